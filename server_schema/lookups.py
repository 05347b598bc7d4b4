"""Lookup fields' server half: the matches for what a clerk types into a customer,
product, employee, warehouse or region field, the label of a chosen record, and the
lists of the full search dialog (F4).

A clerk types a code, a name, pinyin initials or full pinyin ("zs", "zhangsan" find
张三), or a whole phone number (customers, employees). Every search is one
statement: one round trip. Phone numbers are matched only whole, through functions
that answer with ids (migration 0006), so that operators who may not read numbers
can still find a caller, and nobody can list numbers by typing parts of them; the
suggestions show only the masked form. A lookup reveals nothing, so nothing of it
is written to the audit log."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    any_,
    case,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from . import lists, org
from .catalog import Brand, Product, ProductCategory
from .customers import Customer, CustomerGrade
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .org import Branch, Department, Employee, Region
from .queries import ListSpec, _escape_like, search_text, sensitive
from .stock import Warehouse, WarehouseKind
from .text import normalise

# Suggestions a popup shows: a screenful; more means the clerk should type more.
LIMIT = 15
MAX_LIMIT = 100
# Longer than anything a lookup can match (a name's full pinyin is at most 300
# characters): longer input finds nothing, without asking the server.
MAX_TEXT = 300
# A phone number is looked up only whole: at least this many digits.
MIN_PHONE_DIGITS = 7
# pg_trgm finds no trigram in a shorter word: the trigram indexes cannot help.
TRIGRAM = 3
_PHONE = re.compile(rf"[0-9]{{{MIN_PHONE_DIGITS},}}")
_SEPARATORS = re.compile(r"[\s-]+")
# Control characters (a pasted NUL, tabs) separate words like spaces; PostgreSQL takes
# no NUL in text at all.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Suggestion:
    id: int
    code: str
    name: str
    # The helpful second line: masked phone and region, model and price, department...
    detail: str

    @property
    def label(self) -> str:
        """What a field shows once this is picked."""
        return f"{self.code} {self.name}"


Filter = Callable[[Any], ColumnElement[bool]]


@dataclass(frozen=True)
class _Kind:
    table: Any  # the ORM class: id, code, name, name_pinyin, active
    # The rows of the search dialog (id, code, name and what tells them apart), given
    # the sensitive kinds revealed; the suggestions' second line comes from them too.
    rows: Callable[[frozenset[str]], Select[Any]]
    # What the popup matches: code, name and pinyin (the trigram index's expression
    # where the table is large).
    search: Callable[[], ColumnElement[str]]
    # What the dialog's full-field filter matches: every column it shows.
    filter: Callable[[], ColumnElement[str]]
    detail: Callable[[Row[Any]], tuple[Any, ...]]
    filters: Mapping[str, Filter]
    phone_function: str | None = None
    # Short words on a large table match only the starts of codes, names and pinyin
    # (the prefix indexes); a small one is read whole anyway, so they match anywhere.
    large: bool = False


def _id(column: Any) -> Filter:
    def condition(value: Any) -> ColumnElement[bool]:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"an id is an int, not {value!r}")
        return column == value  # type: ignore[no-any-return]
    return condition


def _flag(column: Any) -> Filter:
    def condition(value: Any) -> ColumnElement[bool]:
        if not isinstance(value, bool):
            raise TypeError(f"a flag is True or False, not {value!r}")
        return column.is_(True) if value else column.is_(False)  # type: ignore[no-any-return]
    return condition


def _districts(value: Any) -> ColumnElement[bool]:
    """Districts and the areas under them (where an address can be), or the levels
    above."""
    if not isinstance(value, bool):
        raise TypeError(f"a flag is True or False, not {value!r}")
    return Region.level >= 3 if value else Region.level < 3


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"¥{value:,.2f}"


# -- the five kinds ---------------------------------------------------------------------

def _customers(reveal: frozenset[str]) -> Select[Any]:
    return (select(Customer.id, Customer.code, Customer.name, CustomerGrade.name.label("grade"),
                   Region.name.label("region"), Customer.contact_person,
                   sensitive(Customer.phone, "phone", reveal, Customer.phone_masked))
            .outerjoin(CustomerGrade, CustomerGrade.id == Customer.grade_id)
            .outerjoin(Region, Region.id == Customer.region_id))


def _products(reveal: frozenset[str]) -> Select[Any]:
    return (select(Product.id, Product.code, Product.name, Product.model, Product.unit,
                   Product.is_part, ProductCategory.name.label("category"),
                   Brand.name.label("brand"), Product.sale_price)
            .outerjoin(ProductCategory, ProductCategory.id == Product.category_id)
            .outerjoin(Brand, Brand.id == Product.brand_id))


def _employees(reveal: frozenset[str]) -> Select[Any]:
    return (select(Employee.id, Employee.code, Employee.name, Department.name.label("department"),
                   Branch.name.label("branch"), Employee.post, Employee.is_engineer,
                   sensitive(Employee.phone, "phone", reveal, Employee.phone_masked))
            .join(Department, Department.id == Employee.department_id)
            .join(Branch, Branch.id == Department.branch_id))


def _warehouses(reveal: frozenset[str]) -> Select[Any]:
    return (select(Warehouse.id, Warehouse.code, Warehouse.name, WarehouseKind.name.label("kind"),
                   Branch.name.label("branch"))
            .join(WarehouseKind, WarehouseKind.id == Warehouse.kind_id)
            .join(Branch, Branch.id == Warehouse.branch_id))


# A region's ancestors (province, city, district: at most three above a level-4 area).
_up1, _up2, _up3 = aliased(Region), aliased(Region), aliased(Region)


def _regions(reveal: frozenset[str]) -> Select[Any]:
    path = func.concat_ws(literal_column("' / '"), _up3.name, _up2.name, _up1.name)
    return (select(Region.id, Region.code, Region.name, Region.level, path.label("path"))
            .outerjoin(_up1, _up1.id == Region.parent_id)
            .outerjoin(_up2, _up2.id == _up1.parent_id)
            .outerjoin(_up3, _up3.id == _up2.parent_id))


def _name_search(table: Any) -> Callable[[], ColumnElement[str]]:
    return lambda: search_text(table.code, table.name, table.name_pinyin)


KINDS: dict[str, _Kind] = {
    "customer": _Kind(
        Customer, _customers, lists.CUSTOMERS.search, lists.CUSTOMERS.search,  # type: ignore[arg-type]
        lambda r: (r.phone, r.region, r.contact_person),
        {"region_id": _id(Customer.region_id), "grade_id": _id(Customer.grade_id)},
        phone_function="find_customer_by_phone", large=True),
    "product": _Kind(
        Product, _products, lists.PRODUCTS.search, lists.PRODUCTS.search,  # type: ignore[arg-type]
        lambda r: (r.model, r.unit, _money(r.sale_price)),
        {"parts": _flag(Product.is_part), "category_id": _id(Product.category_id),
         "brand_id": _id(Product.brand_id)}, large=True),
    "employee": _Kind(
        Employee, _employees, _name_search(Employee), org.EMPLOYEES.search,  # type: ignore[arg-type]
        lambda r: (r.branch, r.department, r.post),
        {"engineers": _flag(Employee.is_engineer), "branch_id": _id(Department.branch_id),
         "department_id": _id(Employee.department_id)},
        phone_function="find_employee_by_phone"),
    "warehouse": _Kind(
        Warehouse, _warehouses, _name_search(Warehouse), lists.WAREHOUSES.search,  # type: ignore[arg-type]
        lambda r: (r.kind, r.branch),
        {"branch_id": _id(Warehouse.branch_id), "kind_id": _id(Warehouse.kind_id)}),
    "region": _Kind(
        Region, _regions, _name_search(Region), _name_search(Region),
        lambda r: (r.path,),
        {"districts": _districts, "level": _id(Region.level), "parent_id": _id(Region.parent_id)}),
}


def _kind(kind: str) -> _Kind:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown lookup kind {kind!r}; one of {', '.join(KINDS)}") from None


def _conditions(kind: str, filters: Mapping[str, Any]) -> list[ColumnElement[bool]]:
    """The field's filters as conditions; a filter given as None is no filter."""
    known = _kind(kind).filters
    unknown = set(filters) - set(known)
    if unknown:
        raise TypeError(f"a {kind} lookup has no filter {', '.join(sorted(unknown))}; "
                        f"it has {', '.join(known)}")
    return [known[name](value) for name, value in filters.items() if value is not None]


def _clean(text: str) -> str:
    """Typed text as it is searched: one case, half-width, single spaces."""
    return normalise(_CONTROL.sub(" ", text))


# -- phone numbers ----------------------------------------------------------------------

def phone_digits(text: str) -> str | None:
    """The digits of ``text`` if it is a whole phone number as people type one (digits,
    spaces and dashes; full-width digits too), else None."""
    digits = _SEPARATORS.sub("", _clean(text))
    return digits if _PHONE.fullmatch(digits) else None


def phone_condition(kind: str, text: str) -> ColumnElement[bool] | None:
    """Rows whose phone number is exactly ``text`` (None: the kind has no phones, or
    the text is not a whole number). Served by the phone functions' indexes."""
    function = _kind(kind).phone_function
    digits = phone_digits(text)
    if function is None or digits is None:
        return None
    ids = select(getattr(func.aftersales, function)(digits)).scalar_subquery()
    # id = ANY(ARRAY(...)): the function runs once and the key's index finds the rows.
    return _kind(kind).table.id == any_(func.array(ids))  # type: ignore[no-any-return]


# -- what the field calls ---------------------------------------------------------------

def search(session: Session, kind: str, text: str, limit: int = LIMIT,
           **filters: Any) -> list[Suggestion]:
    """The active records of ``kind`` matching ``text`` (every word, in code, name or
    pinyin; or the whole phone number), best first: the exact code, then codes
    starting with it, then names or pinyin starting with it, then the rest. One round
    trip; none for empty or over-long text."""
    statement = search_statement(kind, text, limit, **filters)
    if statement is None:
        return []
    detail = _kind(kind).detail
    return [Suggestion(row.id, row.code, row.name,
                       " · ".join(str(part) for part in detail(row) if part))
            for row in session.execute(statement)]


def search_statement(kind: str, text: str, limit: int = LIMIT, **filters: Any) -> Select[Any] | None:
    """The statement of ``search`` (None: nothing to ask). On the large tables
    (customers, products) words too short for the trigram indexes match only the
    starts of codes, names and pinyin, served by the prefix indexes."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be 1 to {MAX_LIMIT}")
    spec = _kind(kind)
    conditions = _conditions(kind, filters)
    wanted = _clean(text)
    if not wanted or len(wanted) > MAX_TEXT:
        return None
    table = spec.table
    words = wanted.split()
    if not spec.large or max(len(word) for word in words) >= TRIGRAM:
        haystack = spec.search()
        found: ColumnElement[bool] = and_(*(
            haystack.like(f"%{_escape_like(word)}%", escape="\\") for word in words))
    else:
        # Too short for trigrams ("王", "zs", "a1"): what starts with each word.
        found = and_(*(_starts(table, word) for word in words))
    phone = phone_condition(kind, text)
    if phone is not None:
        found = or_(found, phone)
    rank = _rank(table, wanted, phone)
    return (spec.rows(frozenset()).add_columns(rank.label("rank"))
            .where(table.active, found, *conditions)
            .order_by(rank, table.code).limit(limit))


def _prefix(column: Any, word: str) -> ColumnElement[bool]:
    return column.like(_escape_like(word) + "%", escape="\\")  # type: ignore[no-any-return]


def _name_starts(table: Any, word: str) -> ColumnElement[bool]:
    """The name, its full pinyin or its initials start with ``word`` (name_pinyin is
    "zhangsan zs"). The expressions of migration 0006's prefix indexes."""
    return or_(_prefix(func.lower(table.name), word), _prefix(table.name_pinyin, word),
               _prefix(func.split_part(table.name_pinyin, literal_column("' '"), literal_column("2")), word))


def _starts(table: Any, word: str) -> ColumnElement[bool]:
    return or_(_prefix(func.lower(table.code), word), _name_starts(table, word))


def _rank(table: Any, wanted: str, phone: ColumnElement[bool] | None) -> ColumnElement[int]:
    code = func.lower(table.code)
    whens: list[tuple[ColumnElement[bool], int]] = [(code == wanted, 0)]
    if phone is not None:
        whens.append((phone, 0))
    whens += [(_prefix(code, wanted), 1), (_name_starts(table, wanted), 2)]
    return case(*whens, else_=3)


def label(session: Session, kind: str, record_id: int) -> str:
    """"code name" of a record (inactive ones too: an old document still shows who it
    names). One round trip."""
    table = _kind(kind).table
    row = session.execute(select(table.code, table.name).where(table.id == record_id)).first()
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The chosen record no longer exists; choose another."))
    return f"{row.code} {row.name}"


def dialog_spec(kind: str, **filters: Any) -> ListSpec:
    """The search dialog's list: the field's active records with its filters, every
    shown column searched by the full-field filter."""
    spec = _kind(kind)
    conditions = _conditions(kind, filters)
    table = spec.table
    return ListSpec(
        table.__tablename__,
        lambda reveal: spec.rows(reveal).where(table.active, *conditions),
        (table.code,),
        search=spec.filter,
    )
