"""The list machinery's server half: what a list selects, how it pages, filters,
counts and streams. Every list in the client is a ``ListSpec``."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    cast,
    func,
    literal,
    literal_column,
    null,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

# Rows per page: a screen and a half, one round trip.
PAGE_SIZE = 80


@dataclass(frozen=True)
class ListSpec:
    # Names the list in the audit log when sensitive columns are revealed.
    name: str
    # The rows, given the sensitive-field kinds revealed (see ``org.sensitive``).
    statement: Callable[[frozenset[str]], Select[Any]]
    # The columns, unique together, that the list is ordered and paged by; each must
    # be in the statement's result under its own name.
    key: tuple[ColumnElement[Any], ...]
    # The text the full-field filter searches (one expression, trigram-indexed).
    search: Callable[[], ColumnElement[str]] | None = None
    descending: bool = False


def sensitive(column: Any, kind: str, reveal: frozenset[str], masked: Any = None) -> Any:
    """A sensitive column for a list: the value if its kind is revealed; else its masked
    form (a generated column), or a typed NULL, under the same name."""
    if kind in reveal:
        return column
    if masked is not None:
        return masked.label(column.key)
    return cast(null(), column.type).label(column.key)


def search_text(*columns: Any) -> ColumnElement[str]:
    """One lower-case text of the given columns, for the full-field filter. Written
    with ``||`` and ``coalesce`` (both immutable) so that an expression index with
    gin_trgm_ops can serve it."""
    # Literals inline (not bind parameters), so that the planner can match the
    # expression index's text exactly.
    parts: list[Any] = []
    for column in columns:
        if parts:
            parts.append(literal_column("' '"))
        parts.append(func.coalesce(column, literal_column("''")))
    expression = parts[0]
    for part in parts[1:]:
        expression = expression.op("||")(part)
    return func.lower(expression)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filtered(
    spec: ListSpec,
    *,
    reveal: frozenset[str] = frozenset(),
    text: str = "",
    conditions: Sequence[ColumnElement[bool]] = (),
) -> Select[Any]:
    """The list's statement with the full-field filter (every word must appear) and
    the conditions applied, not yet ordered."""
    statement = spec.statement(reveal)
    words = [w for w in text.lower().split() if w]
    if words and spec.search is not None:
        haystack = spec.search()
        statement = statement.where(and_(*(
            haystack.like(f"%{_escape_like(w)}%", escape="\\") for w in words)))
    for condition in conditions:
        statement = statement.where(condition)
    return statement


def ordered(spec: ListSpec, statement: Select[Any]) -> Select[Any]:
    return statement.order_by(*(k.desc() if spec.descending else k for k in spec.key))


def key_of(spec: ListSpec, row: Row[Any]) -> tuple[Any, ...]:
    """The paging key of a result row."""
    return tuple(row._mapping[k.key] for k in spec.key)  # type: ignore[attr-defined]


def keyset_page(
    session: Session,
    spec: ListSpec,
    *,
    after: Any = None,
    limit: int = PAGE_SIZE,
    **filters: Any,
) -> list[Row[Any]]:
    """The next ``limit`` rows after the key value ``after`` (None: the first page).
    Never OFFSET: page 100 costs what page 1 does."""
    statement = filtered(spec, **filters)
    if after is not None:
        key, values = tuple_(*spec.key), tuple_(*(literal(v) for v in after))
        statement = statement.where(key < values if spec.descending else key > values)
    return list(session.execute(ordered(spec, statement).limit(limit)).all())


def count(session: Session, spec: ListSpec, **filters: Any) -> int:
    inner = filtered(spec, **filters).subquery()
    return int(session.execute(select(func.count()).select_from(inner)).scalar_one())


def totals(session: Session, spec: ListSpec, sums: Sequence[str] = (),
           **filters: Any) -> tuple[int, dict[str, Any]]:
    """The number of rows the filter selects and the sums of the named columns over
    all of them (not only the loaded page), in one round trip. A column the operator
    may not see (a NULL mask) sums to None."""
    inner = filtered(spec, **filters).subquery()
    row = session.execute(select(func.count(), *(func.sum(inner.c[name]) for name in sums))
                          .select_from(inner)).one()
    return int(row[0]), dict(zip(sums, row[1:], strict=True))


def stream(session: Session, spec: ListSpec, *, batch: int = 1000, **filters: Any) -> Iterator[Row[Any]]:
    """Every row the filter selects, fetched ``batch`` at a time through a server-side
    cursor (for Excel export: never the whole result in memory)."""
    statement = ordered(spec, filtered(spec, **filters)).execution_options(yield_per=batch)
    yield from session.execute(statement)
