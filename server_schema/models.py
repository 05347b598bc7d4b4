"""Imports every table module so that ``metadata`` knows the whole schema."""
from __future__ import annotations

from . import (  # noqa: F401
    audit,
    catalog,
    customers,
    dictionaries,
    org,
    payroll,
    security,
    service,
    stock,
)
from .base import SCHEMA, metadata

__all__ = ["SCHEMA", "metadata"]
