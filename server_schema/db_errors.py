"""What the front desk's and the stock engine's error maps share: reading a database
error (its SQLSTATE, the constraint it broke, the JSON values of its DETAIL), the
refusal of a missing permission or privilege, and running statements so that the
database's refusals come out as ``DomainError``s.

The messages themselves stay with each map (``order_errors``, ``stock_engine``)."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError

from .errors import DomainError, PermissionDenied

#: The DomainError a database error means, or None when it is none of the map's.
ErrorMap = Callable[[DBAPIError], DomainError | None]

INSUFFICIENT_PRIVILEGE = "42501"
FOREIGN_KEY_VIOLATION = "23503"


def sqlstate(error: DBAPIError) -> str:
    """The SQLSTATE of the driver's error ("" when it has none, e.g. a lost connection)."""
    return getattr(error.orig, "sqlstate", None) or ""


def constraint_name(error: DBAPIError) -> str:
    return getattr(getattr(error.orig, "diag", None), "constraint_name", None) or ""


def detail(error: DBAPIError) -> dict[str, Any]:
    """The values the database's rules send as JSON in the error's DETAIL ({} when
    there are none, or they are not a JSON object)."""
    text = getattr(getattr(error.orig, "diag", None), "message_detail", None) or "{}"
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def permission_denied(permission: str, messages: Mapping[str, str], otherwise: str) -> PermissionDenied:
    """A missing permission in its own words, or ``otherwise`` for one without."""
    return PermissionDenied(messages.get(permission, otherwise), permission=permission)


def privilege_denied(error: DBAPIError, other_branch: str, otherwise: str) -> PermissionDenied:
    """A missing privilege (42501): a row of another branch that row-level security
    hides, or any other statement the operator's roles do not allow."""
    return PermissionDenied(other_branch if "row-level security" in str(error.orig) else otherwise)


@contextmanager
def mapped_errors(error_map: ErrorMap) -> Iterator[None]:
    """Run statements so that the database errors ``error_map`` knows come out as its
    DomainErrors; anything else (a bug, a lost connection) goes on unchanged."""
    try:
        yield
    except DBAPIError as error:
        mapped = error_map(error)
        if mapped is None:
            raise
        raise mapped from None
