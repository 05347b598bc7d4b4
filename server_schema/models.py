"""Imports every table module so that ``metadata`` knows the whole schema."""
from __future__ import annotations

from . import audit, org, security  # noqa: F401
from .base import SCHEMA, metadata

__all__ = ["SCHEMA", "metadata"]
