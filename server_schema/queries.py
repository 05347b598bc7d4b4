"""Shared query helpers: keyset paging for every list in the client."""
from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Row, Select
from sqlalchemy.orm import Session

#: Rows per page: a screen and a half, one round trip.
PAGE_SIZE = 80


def keyset_page(
    session: Session,
    statement: Select[Any],
    key: ColumnElement[Any],
    after: Any = None,
    limit: int = PAGE_SIZE,
) -> list[Row[Any]]:
    """The next ``limit`` rows ordered by the unique ``key``, after the key value
    ``after`` (None for the first page). Never OFFSET: page 100 costs what page 1 does."""
    if after is not None:
        statement = statement.where(key > after)
    return list(session.execute(statement.order_by(key).limit(limit)).all())
