"""The list machinery's server half: what a list selects, how it pages, sorts,
filters, counts, groups and streams. Every list in the client is a ``ListSpec``."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Float,
    Integer,
    Interval,
    Label,
    Numeric,
    Row,
    Select,
    String,
    Text,
    and_,
    cast,
    false,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .text import normalise

# Rows per page: a screen and a half, one round trip.
PAGE_SIZE = 80
# A column filter's text: enough for any name or number, short of a pasted document.
MAX_FILTER_TEXT = 200
# Groups a summary shows: more than that is no summary (e.g. grouped by a code).
MAX_GROUPS = 1000


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
    # Result columns whose column filter also matches a pinyin key ('zhangsan zs'):
    # (result column name, its pinyin column). Rarely needed: a result column that is
    # a table's ``name`` finds that table's ``name_pinyin`` by itself (see
    # ``pinyin_column``); name here what that cannot find (a computed name).
    pinyin: tuple[tuple[str, ColumnElement[str]], ...] = ()


@dataclass(frozen=True)
class Sort:
    """A list sorted by one of its result columns instead of its natural order."""

    key: str
    descending: bool = False


@dataclass(frozen=True)
class ColumnFilter:
    """One column's filter: ``contains`` a text (literally, case-blind; names also
    by pinyin), ``equals`` a value (None: the empty), or ``between`` two bounds
    (inclusive; either may be None, open). Dates bound datetime columns by whole days."""

    key: str
    op: str  # "contains" | "equals" | "between"
    value: Any = None
    high: Any = None

    @classmethod
    def contains(cls, key: str, text: str) -> ColumnFilter:
        return cls(key, "contains", text)

    @classmethod
    def equals(cls, key: str, value: Any) -> ColumnFilter:
        return cls(key, "equals", value)

    @classmethod
    def between(cls, key: str, low: Any = None, high: Any = None) -> ColumnFilter:
        return cls(key, "between", low, high)


@dataclass(frozen=True)
class Group:
    value: Any
    rows: int
    sums: dict[str, Any]


@dataclass(frozen=True)
class GroupSummary:
    key: str
    groups: list[Group]
    # More than MAX_GROUPS groups: only the first MAX_GROUPS are in ``groups``.
    truncated: bool = False


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


def _clean(text: str) -> str:
    """Typed text without control characters (PostgreSQL refuses NUL in any text)."""
    return "".join(ch for ch in str(text) if ch >= " " or ch == "\t").strip()


# -- result columns ------------------------------------------------------------------

def result_column(statement: Select[Any], key: str) -> ColumnElement[Any]:
    """The expression a list selects under the name ``key`` (for WHERE, ORDER BY)."""
    try:
        return statement.selected_columns[key]
    except KeyError:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The list has no column {column}."),
                              column=key) from None


_sensitive_names: dict[int, tuple[ListSpec, frozenset[str]]] = {}


def sensitive_columns(spec: ListSpec) -> frozenset[str]:
    """The result columns that hold a sensitive field (permissions.SENSITIVE), found in
    the statement with every kind revealed, so that the masked and NULL forms are
    caught too. Those are never filtered or grouped by: that would tell what they hold."""
    cached = _sensitive_names.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    from .permissions import SENSITIVE  # not at import: permissions reads the models

    pairs = {pair for pairs in SENSITIVE.values() for pair in pairs}
    names = frozenset(
        name for name, column in spec.statement(frozenset(SENSITIVE)).selected_columns.items()
        if any((getattr(getattr(base, "table", None), "name", None), getattr(base, "name", None))
               in pairs for base in column.base_columns))
    _sensitive_names[id(spec)] = (spec, names)
    return names


def _refuse_sensitive(spec: ListSpec, key: str) -> None:
    if key in sensitive_columns(spec):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The column {column} holds sensitive data: it cannot be filtered "
            "or grouped by."), column=key)


def pinyin_column(spec: ListSpec, key: str, column: ColumnElement[Any]) -> ColumnElement[str] | None:
    """The pinyin key ('zhangsan zs') of a result column, if it has one: the spec's
    own entry, else the ``name_pinyin`` beside a table's ``name`` (PinyinMixin), of the
    same table or alias the list selects it from."""
    for name, pinyin in spec.pinyin:
        if name == key:
            return pinyin
    element = column.element if isinstance(column, Label) else column
    table = getattr(element, "table", None)
    if getattr(element, "name", None) == "name" and table is not None and "name_pinyin" in table.c:
        return table.c.name_pinyin  # type: ignore[no-any-return]
    return None


def has_pinyin(spec: ListSpec, key: str) -> bool:
    """Whether a column filter on ``key`` also finds by pinyin."""
    statement = spec.statement(frozenset())
    return key in statement.selected_columns and pinyin_column(
        spec, key, statement.selected_columns[key]) is not None


# -- column filters --------------------------------------------------------------------

def _number(value: Any, column: ColumnElement[Any]) -> Any:
    if isinstance(value, bool):
        raise ValueError(value)
    number = Decimal(str(value).strip())
    if not number.is_finite() or number.adjusted() > 15:  # beyond any amount: a typo
        raise ValueError(value)
    if isinstance(column.type, Integer):
        if number != number.to_integral_value():
            raise ValueError(value)
        return int(number)
    return number


def _typed(value: Any, column: ColumnElement[Any]) -> Any:
    """A filter value as the column's type, or a clear refusal."""
    kind = column.type
    try:
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if isinstance(kind, (Integer, Numeric, Float)):
            return _number(value, column)
        if isinstance(kind, DateTime):
            if isinstance(value, str):  # a date alone means the whole day
                text = value.strip()
                value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
            if not isinstance(value, (date, datetime)):
                raise ValueError(value)
            return value
        if isinstance(kind, Date):
            if isinstance(value, str):
                value = date.fromisoformat(value.strip())
            if isinstance(value, datetime):
                value = value.date()
            if not isinstance(value, date):
                raise ValueError(value)
            return value
    except (ValueError, InvalidOperation, TypeError):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "“{value}” is not a valid value for this column."),
            value=str(value)[:40]) from None
    if isinstance(kind, String):
        return str(value).replace("\x00", "")  # exactly the value, but what PostgreSQL refuses
    return value


def _day_start(day: date) -> datetime:
    # Whole days in the operator's own time zone, as the audit viewer's dates are.
    return datetime.combine(day, time.min).astimezone()


def _contains(spec: ListSpec, column: ColumnElement[Any], key: str, text: Any) -> ColumnElement[bool]:
    term = _clean(text or "")
    if not term:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Type the text the column should contain."))
    if len(term) > MAX_FILTER_TEXT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A filter text may be at most {n} characters long."), n=MAX_FILTER_TEXT)
    haystack = column if isinstance(column.type, String) else cast(column, Text)
    match = haystack.ilike(f"%{_escape_like(term)}%", escape="\\")
    pinyin = pinyin_column(spec, key, column)
    # The pinyin key holds 'fullpinyin initials': the term without spaces cannot span
    # the two, and "zhang san" finds 张三 as "zhangsan" does.
    letters = "".join(normalise(term).split())
    if pinyin is not None and letters:
        match = or_(match, pinyin.like(f"%{_escape_like(letters)}%", escape="\\"))
    return match


def _between(column: ColumnElement[Any], low: Any, high: Any) -> ColumnElement[bool]:
    if isinstance(column.type, (Boolean, String)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "This column cannot be filtered by a range."))
    low = None if low is None or low == "" else _typed(low, column)
    high = None if high is None or high == "" else _typed(high, column)
    if low is None and high is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give a lower or an upper bound, or both."))
    shown = {"low": str(low), "high": str(high)}
    if isinstance(column.type, DateTime):
        # Dates bound a time by whole days: up to a date is up to the end of that day
        # (timestamps count microseconds).
        if low is not None:
            low = _aware(low) if isinstance(low, datetime) else _day_start(low)
        if high is not None:
            high = _aware(high) if isinstance(high, datetime) else (
                _day_start(high + timedelta(days=1)) - timedelta(microseconds=1))
    if low is not None and high is not None and low > high:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The lower bound {low} is above the upper bound {high}."), **shown)
    return and_(*(c for c in (None if low is None else column >= low,
                              None if high is None else column <= high) if c is not None))


def _aware(moment: datetime) -> datetime:
    """A time without a zone is the operator's local time."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def column_condition(spec: ListSpec, statement: Select[Any], where: ColumnFilter) -> ColumnElement[bool]:
    """A column filter as a WHERE clause on the list's statement; refuses a sensitive
    column, a column the list does not have and values that do not fit."""
    _refuse_sensitive(spec, where.key)
    column = result_column(statement, where.key)
    if where.op == "contains":
        return _contains(spec, column, where.key, where.value)
    if where.op == "equals":
        if where.value is None:
            return column.is_(None)
        return column == _typed(where.value, column)
    if where.op == "between":
        return _between(column, where.value, where.high)
    raise ValueError(f"unknown column filter {where.op!r}")


def check_column_filter(spec: ListSpec, where: ColumnFilter,
                        reveal: frozenset[str] = frozenset()) -> None:
    """Raise the ValidationError the filter would meet, without asking the server (for
    the filter dialog, as the user types)."""
    column_condition(spec, spec.statement(reveal), where)


def filtered(
    spec: ListSpec,
    *,
    reveal: frozenset[str] = frozenset(),
    text: str = "",
    conditions: Sequence[ColumnElement[bool]] = (),
    column_filters: Sequence[ColumnFilter] = (),
    sort: Sort | None = None,  # noqa: ARG001 - the order never changes what is selected
) -> Select[Any]:
    """The list's statement with the full-field filter (every word must appear), the
    conditions and the column filters applied (all of them), not yet ordered."""
    statement = spec.statement(reveal)
    words = [w for w in _clean(text).lower().split() if w]
    if words and spec.search is not None:
        haystack = spec.search()
        statement = statement.where(and_(*(
            haystack.like(f"%{_escape_like(w)}%", escape="\\") for w in words)))
    for condition in conditions:
        statement = statement.where(condition)
    for where in column_filters:
        statement = statement.where(column_condition(spec, statement, where))
    return statement


# -- order and keyset paging ---------------------------------------------------------

def _neutral(column: ColumnElement[Any], key: str) -> Callable[[ColumnElement[Any]], ColumnElement[Any]]:
    """How to make values of the column's type NULL-free without changing their order:
    coalesce with a typed neutral value (the NULLs themselves are told apart by a
    leading ``IS NULL`` key). Other scalar types (untyped aggregates, addresses, ids)
    are ordered as text. JSON, arrays and intervals are refused: their values do not
    come back from Python as the server had them (0.70 turns 0.7, a month 30 days),
    so no page could continue exactly after one."""
    kind = column.type
    if isinstance(kind, (JSON, ARRAY, Interval)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The list cannot be sorted by {column}."), column=key)
    if isinstance(kind, Boolean):
        return lambda e: func.coalesce(e, false())
    if isinstance(kind, (Integer, Numeric, Float)):
        return lambda e: func.coalesce(e, literal_column("0"))
    if isinstance(kind, (Date, DateTime)):
        return lambda e: func.coalesce(e, literal_column("'-infinity'"))
    if isinstance(kind, String) and type(kind).__name__ != "Enum":
        return lambda e: func.coalesce(e, literal_column("''"))
    return lambda e: func.coalesce(cast(e, Text), literal_column("''"))


@dataclass(frozen=True)
class _Order:
    terms: tuple[ColumnElement[Any], ...]
    descending: bool
    # The keyset bound after a row: its values of the terms, as SQL.
    bound: Callable[[tuple[Any, ...]], tuple[ColumnElement[Any], ...]]


def _order(spec: ListSpec, statement: Select[Any], sort: Sort | None) -> _Order:
    if sort is None:
        return _Order(tuple(spec.key), spec.descending,
                      lambda after: tuple(literal(v) for v in after))
    column = result_column(statement, sort.key)
    neutral = _neutral(column, sort.key)

    def bound(after: tuple[Any, ...]) -> tuple[ColumnElement[Any], ...]:
        value, keys = after[0], after[1:]
        return (literal(value is None), neutral(literal(value, column.type)),
                *(literal(v) for v in keys))

    # (is NULL, value, key...): a total order (the key is unique) that a row value
    # comparison can continue from, NULLs last ascending and first descending as
    # PostgreSQL orders them.
    return _Order((column.is_(None), neutral(column), *spec.key), sort.descending, bound)


def ordered(spec: ListSpec, statement: Select[Any], sort: Sort | None = None) -> Select[Any]:
    order = _order(spec, statement, sort)
    return statement.order_by(*(t.desc() if order.descending else t for t in order.terms))


def key_of(spec: ListSpec, row: Row[Any], sort: Sort | None = None) -> tuple[Any, ...]:
    """The paging key of a result row: its key columns, after its sort column's value
    when sorted."""
    keys = tuple(row._mapping[k.key] for k in spec.key)  # type: ignore[attr-defined]
    return keys if sort is None else (row._mapping[sort.key], *keys)


def keyset_page(
    session: Session,
    spec: ListSpec,
    *,
    after: Any = None,
    limit: int = PAGE_SIZE,
    sort: Sort | None = None,
    **filters: Any,
) -> list[Row[Any]]:
    """The next ``limit`` rows after the paging key ``after`` (None: the first page;
    see ``key_of``), in the natural order or by ``sort``. Never OFFSET: page 100
    costs what page 1 does."""
    statement = filtered(spec, **filters)
    order = _order(spec, statement, sort)
    if after is not None:
        left, right = tuple_(*order.terms), tuple_(*order.bound(tuple(after)))
        statement = statement.where(left < right if order.descending else left > right)
    return list(session.execute(ordered(spec, statement, sort).limit(limit)).all())


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


def group_summary(session: Session, spec: ListSpec, key: str, sums: Sequence[str] = (),
                  **filters: Any) -> GroupSummary:
    """Everything the filter selects grouped by the result column ``key``: each value
    (NULL last), its row count and the sums of the named columns, in one round trip.
    A sensitive column is never grouped by."""
    _refuse_sensitive(spec, key)
    inner = filtered(spec, **filters).subquery()
    try:
        by = inner.c[key]
    except KeyError:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The list has no column {column}."),
                              column=key) from None
    rows = session.execute(
        select(by, func.count(), *(func.sum(inner.c[name]) for name in sums))
        .group_by(by).order_by(by.asc().nulls_last()).limit(MAX_GROUPS + 1)).all()
    groups = [Group(row[0], int(row[1]), dict(zip(sums, row[2:], strict=True)))
              for row in rows[:MAX_GROUPS]]
    return GroupSummary(key, groups, truncated=len(rows) > MAX_GROUPS)


def stream(session: Session, spec: ListSpec, *, batch: int = 1000, sort: Sort | None = None,
           **filters: Any) -> Iterator[Row[Any]]:
    """Every row the filter selects, in the list's order, fetched ``batch`` at a time
    through a server-side cursor (for export and printing: never the whole result in
    memory)."""
    statement = ordered(spec, filtered(spec, **filters), sort).execution_options(yield_per=batch)
    yield from session.execute(statement)
