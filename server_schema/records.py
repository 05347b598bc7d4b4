"""The master-data records' forms, as data: which fields a record has, what each
must hold, and one save, load and delete for all of them.

Each ``RecordSpec`` names its table, its fields and its extra rules. ``check`` finds
every problem of a form at once (no database needed, so the client runs it as the
user types); ``save`` writes with optimistic locking (a save over someone else's
newer change names who and when); ``delete`` refuses, with the reason, a record that
something else uses. Customers, with their devices, have their own rules in
``customers.py``."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    Integer,
    Numeric,
    String,
    Table,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, aliased

from .audit import TABLE_TITLES
from .catalog import Brand, Product, ProductCategory
from .customers import Complaint, Consultation, CustomerGrade
from .errors import QT_TRANSLATE_NOOP, ConflictError, DomainError, PermissionDenied, ValidationError
from .org import Branch, Department, Employee, Region, ServiceOutlet, employee_region, outlet_region
from .payroll import OverdueRule, RewardPenaltyItem
from .queries import sensitive
from .service import WorkType
from .stock import Warehouse, WarehouseKind
from .text import pinyin_key

CODE_PATTERN = re.compile(r"^[A-Za-z0-9_.-]+$")
PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,4}-?\d{3,4}-?\d{4})$")


@dataclass(frozen=True)
class Field:
    name: str
    # Marked for translation in context "Record".
    title: str
    # text | code | int | money | ratio | number | bool | choice | enum | regions | phone
    # | lookup (a record found as typed: customers, products, regions...)
    kind: str = "text"
    required: bool = False
    # choice: the source of the options (see CHOICES); lookup: the lookup kind (see
    # lookups.KINDS); enum: stored value -> title.
    source: str | None = None
    options: dict[str, str] | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    # The sensitive-field kind (permissions.SENSITIVE): masked unless revealed.
    sensitive: str | None = None
    # Read-only once the record exists (e.g. a department's branch).
    fixed: bool = False


@dataclass(frozen=True)
class RecordSpec:
    kind: str  # the table's name
    model: type
    fields: tuple[Field, ...]
    # The permission that edits it (client: whether the form is editable).
    permission: str
    # A new record's code when the field is left blank: prefix + running number.
    code_prefix: str | None = None
    # Links to regions (engineers and outlets serve regions): the link table and
    # the column that points back at the record.
    links: tuple[Table, str] | None = None
    # Rules that need the other fields or the database: (session, values, id) -> problems.
    rules: Callable[[Session, dict[str, Any], int | None], list[ValidationError]] | None = None

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[attr-defined, no-any-return]

    @property
    def title(self) -> str:
        return TABLE_TITLES.get(self.kind, self.kind)


def _f(name: str, title: str, kind: str = "text", **options: Any) -> Field:
    return Field(name, title, kind, **options)


ACTIVE = _f("active", QT_TRANSLATE_NOOP("Record", "Active"), "bool")
CODE = _f("code", QT_TRANSLATE_NOOP("Record", "Code"), "code")
NAME = _f("name", QT_TRANSLATE_NOOP("Record", "Name"), required=True)
PERCENT = {"minimum": Decimal(0), "maximum": Decimal(1)}
NOT_NEGATIVE = {"minimum": Decimal(0)}
SERVICE_MODES = {"repair": QT_TRANSLATE_NOOP("Record", "Repair"),
                 "installation": QT_TRANSLATE_NOOP("Record", "Installation"),
                 "outsourced": QT_TRANSLATE_NOOP("Record", "Outsourced")}


def _region_rules(session: Session, values: dict[str, Any], record_id: int | None,
                  ) -> list[ValidationError]:
    """A region sits one level under its parent; a province has none."""
    parent_id, level = values.get("parent_id"), int(values.get("level") or 1)
    if parent_id is None:
        if level != 1:
            return [ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Choose the region this one belongs to (only provinces have "
                "none)."), field="parent_id")]
        return []
    parent_level = session.scalar(select(Region.level).where(Region.id == parent_id))
    if parent_level is None or parent_level != level - 1:
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A region lies one level under the region it belongs to (a city "
            "under a province, a district under a city)."), field="parent_id")]
    if record_id is not None and _is_descendant(session, Region, parent_id, record_id):
        return [_cycle("parent_id")]
    return []


def _is_descendant(session: Session, model: Any, node: int, ancestor: int) -> bool:
    """Whether ``node`` is ``ancestor`` or lies under it (one recursive query)."""
    up = select(model.id, model.parent_id).where(model.id == node).cte(recursive=True)
    up = up.union_all(select(model.id, model.parent_id).join(up, model.id == up.c.parent_id))
    return bool(session.scalar(select(func.count()).select_from(up).where(up.c.id == ancestor)))


def _cycle(field_name: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "DomainError", "A record cannot belong to itself or to one of the records under it."),
        field=field_name)


def _tree_rules(model: Any) -> Callable[[Session, dict[str, Any], int | None], list[ValidationError]]:
    def rules(session: Session, values: dict[str, Any], record_id: int | None) -> list[ValidationError]:
        parent_id = values.get("parent_id")
        if record_id is not None and parent_id is not None and _is_descendant(
                session, model, parent_id, record_id):
            return [_cycle("parent_id")]
        return []
    return rules


def _department_rules(session: Session, values: dict[str, Any], record_id: int | None,
                      ) -> list[ValidationError]:
    problems = _tree_rules(Department)(session, values, record_id)
    parent_id = values.get("parent_id")
    if parent_id is not None and values.get("branch_id") is not None:
        branch = session.scalar(select(Department.branch_id).where(Department.id == parent_id))
        if branch != values["branch_id"]:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A department belongs to a department of its own branch."),
                field="parent_id"))
    return problems


def _overdue_rules(session: Session, values: dict[str, Any], record_id: int | None,
                   ) -> list[ValidationError]:
    if values.get("work_type_id") is None and not values.get("service_mode"):
        return [ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the work type or the service mode the rule applies to."),
            field="work_type_id")]
    return []


SPECS: dict[str, RecordSpec] = {spec.kind: spec for spec in (
    RecordSpec("branch", Branch, (
        _f("code", QT_TRANSLATE_NOOP("Record", "Code"), "code", required=True), NAME,
        _f("number_prefix", QT_TRANSLATE_NOOP("Record", "Number prefix"), required=True),
        _f("is_head_office", QT_TRANSLATE_NOOP("Record", "Head office"), "bool"),
        _f("phone", QT_TRANSLATE_NOOP("Record", "Phone"), "phone"),
        _f("address", QT_TRANSLATE_NOOP("Record", "Address")), ACTIVE), "org_edit"),
    RecordSpec("department", Department, (
        CODE, NAME,
        _f("branch_id", QT_TRANSLATE_NOOP("Record", "Branch"), "choice", required=True,
           source="branch", fixed=True),
        _f("parent_id", QT_TRANSLATE_NOOP("Record", "Part of"), "choice", source="department"),
        _f("sort_order", QT_TRANSLATE_NOOP("Record", "Order"), "int"), ACTIVE),
        "org_edit", code_prefix="D", rules=_department_rules),
    RecordSpec("employee", Employee, (
        CODE, NAME,
        _f("department_id", QT_TRANSLATE_NOOP("Record", "Department"), "choice", required=True,
           source="department"),
        _f("post", QT_TRANSLATE_NOOP("Record", "Post")),
        _f("skill_grade", QT_TRANSLATE_NOOP("Record", "Skill grade")),
        _f("phone", QT_TRANSLATE_NOOP("Record", "Phone"), "phone", sensitive="phone"),
        _f("post_salary", QT_TRANSLATE_NOOP("Record", "Post salary"), "money",
           sensitive="salary", **NOT_NEGATIVE),
        _f("address", QT_TRANSLATE_NOOP("Record", "Address")),
        _f("is_engineer", QT_TRANSLATE_NOOP("Record", "Engineer"), "bool"),
        _f("regions", QT_TRANSLATE_NOOP("Record", "Regions served"), "regions"), ACTIVE),
        "org_edit", code_prefix="E", links=(employee_region, "employee_id")),
    RecordSpec("region", Region, (
        CODE, NAME,
        _f("level", QT_TRANSLATE_NOOP("Record", "Level"), "enum", options={
            "1": QT_TRANSLATE_NOOP("Record", "Province"), "2": QT_TRANSLATE_NOOP("Record", "City"),
            "3": QT_TRANSLATE_NOOP("Record", "District"),
            "4": QT_TRANSLATE_NOOP("Record", "Area")}, required=True),
        _f("parent_id", QT_TRANSLATE_NOOP("Record", "Part of"), "lookup", source="region"),
        ACTIVE), "settings_edit", code_prefix="R", rules=_region_rules),
    RecordSpec("service_outlet", ServiceOutlet, (
        CODE, NAME,
        _f("contact", QT_TRANSLATE_NOOP("Record", "Contact person")),
        _f("phone", QT_TRANSLATE_NOOP("Record", "Phone"), "phone"),
        _f("address", QT_TRANSLATE_NOOP("Record", "Address")),
        _f("settlement_ratio", QT_TRANSLATE_NOOP("Record", "Outlet's share of the labour fee"),
           "ratio", required=True, **PERCENT),
        _f("settlement_cycle", QT_TRANSLATE_NOOP("Record", "Settlement"), "enum", options={
            "monthly": QT_TRANSLATE_NOOP("Record", "Monthly"),
            "per job": QT_TRANSLATE_NOOP("Record", "Per job")}, required=True),
        _f("regions", QT_TRANSLATE_NOOP("Record", "Regions served"), "regions"), ACTIVE),
        "settings_edit", code_prefix="S", links=(outlet_region, "outlet_id")),
    RecordSpec("product_category", ProductCategory, (
        CODE, NAME,
        _f("parent_id", QT_TRANSLATE_NOOP("Record", "Part of"), "choice",
           source="product_category"), ACTIVE),
        "catalog_edit", code_prefix="K", rules=_tree_rules(ProductCategory)),
    RecordSpec("brand", Brand, (NAME, ACTIVE), "catalog_edit"),
    RecordSpec("product", Product, (
        CODE, NAME,
        _f("model", QT_TRANSLATE_NOOP("Record", "Model")),
        _f("unit", QT_TRANSLATE_NOOP("Record", "Unit"), required=True),
        _f("is_part", QT_TRANSLATE_NOOP("Record", "Spare part"), "bool"),
        _f("category_id", QT_TRANSLATE_NOOP("Record", "Category"), "choice",
           source="product_category"),
        _f("brand_id", QT_TRANSLATE_NOOP("Record", "Brand"), "choice", source="brand"),
        _f("sale_price", QT_TRANSLATE_NOOP("Record", "Sale price"), "money", **NOT_NEGATIVE),
        _f("cost_price", QT_TRANSLATE_NOOP("Record", "Cost price"), "money", sensitive="cost",
           **NOT_NEGATIVE),
        _f("warranty_months", QT_TRANSLATE_NOOP("Record", "Warranty (months)"), "int",
           minimum=Decimal(0), maximum=Decimal(240)),
        _f("min_stock", QT_TRANSLATE_NOOP("Record", "Minimum stock"), "number", **NOT_NEGATIVE),
        ACTIVE), "catalog_edit", code_prefix="P"),
    RecordSpec("complaint", Complaint, (
        _f("customer_id", QT_TRANSLATE_NOOP("Record", "Customer"), "lookup", required=True,
           source="customer"),
        _f("subject", QT_TRANSLATE_NOOP("Record", "Subject"), required=True),
        _f("content", QT_TRANSLATE_NOOP("Record", "What the customer said")),
        _f("status", QT_TRANSLATE_NOOP("Record", "Status"), "enum", required=True, options={
            "open": QT_TRANSLATE_NOOP("Record", "Open"),
            "handling": QT_TRANSLATE_NOOP("Record", "Being handled"),
            "closed": QT_TRANSLATE_NOOP("Record", "Closed")}),
        _f("resolution", QT_TRANSLATE_NOOP("Record", "Resolution"))), "customer_edit"),
    RecordSpec("consultation", Consultation, (
        _f("customer_id", QT_TRANSLATE_NOOP("Record", "Customer"), "lookup", required=True,
           source="customer"),
        _f("question", QT_TRANSLATE_NOOP("Record", "Question"), required=True),
        _f("answer", QT_TRANSLATE_NOOP("Record", "Answer"))), "customer_edit"),
    RecordSpec("customer_grade", CustomerGrade, (
        CODE, NAME, _f("sort_order", QT_TRANSLATE_NOOP("Record", "Order"), "int"), ACTIVE),
        "settings_edit", code_prefix="G"),
    RecordSpec("warehouse_kind", WarehouseKind, (CODE, NAME, ACTIVE), "settings_edit",
               code_prefix="WK"),
    RecordSpec("warehouse", Warehouse, (
        CODE, NAME,
        _f("kind_id", QT_TRANSLATE_NOOP("Record", "Kind"), "choice", required=True,
           source="warehouse_kind"),
        _f("branch_id", QT_TRANSLATE_NOOP("Record", "Branch"), "choice", required=True,
           source="branch"), ACTIVE), "settings_edit", code_prefix="W"),
    RecordSpec("work_type", WorkType, (
        CODE, NAME,
        _f("standard_fee", QT_TRANSLATE_NOOP("Record", "Standard labour fee"), "money",
           **NOT_NEGATIVE),
        _f("commission_repair", QT_TRANSLATE_NOOP("Record", "Commission: repair"), "ratio",
           **PERCENT),
        _f("commission_install", QT_TRANSLATE_NOOP("Record", "Commission: installation"),
           "ratio", **PERCENT),
        _f("commission_outsourced", QT_TRANSLATE_NOOP("Record", "Commission: outsourced"),
           "ratio", **PERCENT),
        _f("time_limit_hours", QT_TRANSLATE_NOOP("Record", "Time limit (hours)"), "int",
           required=True, minimum=Decimal(1), maximum=Decimal(24 * 365)), ACTIVE),
        "settings_edit", code_prefix="WT"),
    RecordSpec("reward_penalty_item", RewardPenaltyItem, (
        CODE, NAME,
        _f("sign", QT_TRANSLATE_NOOP("Record", "Reward or penalty"), "enum", options={
            "1": QT_TRANSLATE_NOOP("Record", "Reward (added)"),
            "-1": QT_TRANSLATE_NOOP("Record", "Penalty (deducted)")}, required=True),
        _f("amount", QT_TRANSLATE_NOOP("Record", "Amount"), "money", **NOT_NEGATIVE), ACTIVE),
        "settings_edit", code_prefix="RP"),
    RecordSpec("overdue_rule", OverdueRule, (
        _f("work_type_id", QT_TRANSLATE_NOOP("Record", "Work type"), "choice",
           source="work_type"),
        _f("service_mode", QT_TRANSLATE_NOOP("Record", "Service mode"), "enum",
           options=SERVICE_MODES),
        _f("allowed_hours", QT_TRANSLATE_NOOP("Record", "Allowed time (hours)"), "int",
           required=True, minimum=Decimal(1), maximum=Decimal(24 * 365)),
        _f("deduction", QT_TRANSLATE_NOOP("Record", "Deduction"), "money", required=True,
           **NOT_NEGATIVE),
        _f("unit", QT_TRANSLATE_NOOP("Record", "Per"), "enum", options={
            "hour": QT_TRANSLATE_NOOP("Record", "Hour late"),
            "day": QT_TRANSLATE_NOOP("Record", "Day late")}, required=True),
        _f("cap", QT_TRANSLATE_NOOP("Record", "Cap (0: none)"), "money", **NOT_NEGATIVE),
        ACTIVE), "settings_edit", rules=_overdue_rules),
)}


def spec(kind: str) -> RecordSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise ValueError(f"no form for {kind!r}") from None


# -- checking ----------------------------------------------------------------------

def _max_length(spec_: RecordSpec, name: str) -> int | None:
    column = spec_.table.c.get(name)
    return getattr(column.type, "length", None) if column is not None and isinstance(
        column.type, String) else None


def _digits(spec_: RecordSpec, name: str) -> tuple[int, int] | None:
    column = spec_.table.c.get(name)
    if column is not None and isinstance(column.type, Numeric) and column.type.scale is not None:
        return column.type.precision or 18, column.type.scale
    return None


def check(spec_: RecordSpec, values: dict[str, Any]) -> list[ValidationError]:
    """Every problem of the typed values at once, each naming its field. Values are
    as the form holds them: text for text, Decimal or text for numbers, None for an
    empty choice; a sensitive field left masked is absent."""
    problems: list[ValidationError] = []
    for f in spec_.fields:
        if f.name not in values:
            continue
        value = values[f.name]
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty:
            if f.required and f.kind != "bool":
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Required."), field=f.name))
            continue
        if f.kind in ("text", "code", "phone"):
            text = str(value).strip()
            limit = _max_length(spec_, f.name)
            if limit is not None and len(text) > limit:
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "At most {n} characters."), field=f.name, n=limit))
            elif f.kind == "code" and not CODE_PATTERN.match(text):
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "A code holds letters, digits, '-', '_' and '.' only."),
                    field=f.name))
            elif f.kind == "phone" and not PHONE.match(text.replace(" ", "")):
                problems.append(ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Enter an 11-digit mobile number, or a landline with its "
                    "area code (010-12345678)."), field=f.name))
        elif f.kind in ("int", "money", "ratio", "number"):
            problems.extend(_check_number(spec_, f, value))
        elif f.kind == "enum" and f.options is not None and str(value) not in f.options:
            problems.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Choose one of the values offered."), field=f.name))
    return problems


def _check_number(spec_: RecordSpec, f: Field, value: Any) -> list[ValidationError]:
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        return [ValidationError(QT_TRANSLATE_NOOP("DomainError", "Enter a number."), field=f.name)]
    if not number.is_finite():
        return [ValidationError(QT_TRANSLATE_NOOP("DomainError", "Enter a number."), field=f.name)]
    if f.kind == "int" and number != number.to_integral_value():
        return [ValidationError(QT_TRANSLATE_NOOP("DomainError", "Enter a whole number."),
                                field=f.name)]
    if f.minimum is not None and number < f.minimum:
        return [ValidationError(QT_TRANSLATE_NOOP("DomainError", "At least {n}."), field=f.name,
                                n=_shown(f, f.minimum))]
    if f.maximum is not None and number > f.maximum:
        return [ValidationError(QT_TRANSLATE_NOOP("DomainError", "At most {n}."), field=f.name,
                                n=_shown(f, f.maximum))]
    digits = _digits(spec_, f.name)
    if digits is not None:
        precision, scale = digits
        if -number.as_tuple().exponent > scale:  # type: ignore[operator]
            return [ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "At most {n} decimal places."), field=f.name,
                n=scale - 2 if f.kind == "ratio" else scale)]
        if abs(number) >= Decimal(10) ** (precision - scale):
            return [ValidationError(QT_TRANSLATE_NOOP("DomainError", "The number is too large."),
                                    field=f.name)]
    if f.kind == "int" and abs(number) > 2**31 - 1:
        return [ValidationError(QT_TRANSLATE_NOOP("DomainError", "The number is too large."),
                                field=f.name)]
    return []


def _shown(f: Field, number: Decimal) -> str:
    return f"{number * 100:g}%" if f.kind == "ratio" else f"{number:g}"


# -- reading -----------------------------------------------------------------------

def load(session: Session, kind: str, record_id: int, reveal: frozenset[str] = frozenset(),
         ) -> dict[str, Any]:
    """A record as its form shows it: sensitive fields only as revealed (else their
    mask, or None), plus version and who changed it last. One round trip, two with
    region links."""
    spec_ = spec(kind)
    table = spec_.table
    columns = []
    for f in spec_.fields:
        if f.kind == "regions":
            continue
        column = table.c[f.name]
        if f.sensitive:
            masked = table.c.get(f"{f.name}_masked")
            columns.append(sensitive(column, f.sensitive, reveal, masked))
        else:
            columns.append(column)
    row = session.execute(select(
        table.c.id, *columns, table.c.version, table.c.updated_by, table.c.updated_at,
    ).where(table.c.id == record_id)).mappings().first()
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "This record no longer exists: someone deleted it."))
    data = dict(row)
    if spec_.links is not None:
        link, own = spec_.links
        data["regions"] = list(session.scalars(
            select(link.c.region_id).where(link.c[own] == record_id).order_by(link.c.region_id)))
    return data


def choices(session: Session, kind: str) -> dict[str, list[tuple[int, str]]]:
    """The options of every choice field of a form (and the regions it may serve),
    in one round trip: source -> [(id, label)], ordered as shown."""
    spec_ = spec(kind)
    sources = sorted({f.source for f in spec_.fields if f.kind == "choice" and f.source}
                     | ({"district"} if spec_.links else set()))
    if not sources:
        return {}
    parts = [CHOICES[s]().add_columns(literal(s).label("source")) for s in sources]
    result: dict[str, list[tuple[int, str]]] = {s: [] for s in sources}
    for row in session.execute(union_all(*parts).order_by("source", "sort")):
        result[row.source].append((row.id, row.label))
    return result


def _choice(model: Any, label: Any, sort: Any, *where: Any) -> Callable[[], Any]:
    def statement() -> Any:
        return select(model.id.label("id"), label.label("label"),
                      cast(sort, String).label("sort")).where(*where)
    return statement


def _region_path() -> Any:
    parent, grandparent = aliased(Region), aliased(Region)
    return (select(Region.id.label("id"),
                   func.concat_ws(" ", grandparent.name, parent.name, Region.name).label("label"),
                   Region.code.label("sort"))
            .outerjoin(parent, parent.id == Region.parent_id)
            .outerjoin(grandparent, grandparent.id == parent.parent_id))


def _departments() -> Any:
    return (select(Department.id.label("id"),
                   func.concat_ws(" / ", Branch.name, Department.name).label("label"),
                   func.concat(Branch.code, " ", Department.code).label("sort"))
            .join(Branch, Branch.id == Department.branch_id).where(Department.active))


CHOICES: dict[str, Callable[[], Any]] = {
    "branch": _choice(Branch, Branch.name, Branch.code, Branch.active),
    "department": _departments,
    "district": lambda: _region_path().where(Region.active, Region.level >= 3),
    "product_category": _choice(ProductCategory, ProductCategory.name, ProductCategory.code,
                                ProductCategory.active),
    "brand": _choice(Brand, Brand.name, Brand.name, Brand.active),
    "warehouse_kind": _choice(WarehouseKind, WarehouseKind.name, WarehouseKind.code,
                              WarehouseKind.active),
    "work_type": _choice(WorkType, WorkType.name, WorkType.code, WorkType.active),
}


# -- writing -----------------------------------------------------------------------

def _stored(f: Field, value: Any) -> Any:
    """A checked form value as the column stores it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if f.kind == "bool":
            return False
        if f.kind in ("text", "code", "phone"):
            return ""
        return None
    if f.kind in ("money", "ratio", "number"):
        return Decimal(str(value).strip().replace(",", ""))
    if f.kind == "int":
        return int(Decimal(str(value).strip().replace(",", "")))
    if f.kind == "enum" and f.name in ("level", "sign"):
        return int(value)
    if f.kind == "phone":
        return str(value).replace(" ", "")
    if isinstance(value, str):
        return value.strip()
    return value


def next_code(session: Session, spec_: RecordSpec) -> str:
    """The next free code of the form prefix + 6 digits."""
    assert spec_.code_prefix is not None
    prefix = spec_.code_prefix
    table = spec_.table
    number = func.substr(table.c.code, len(prefix) + 1)
    last = session.scalar(select(func.max(cast(number, Integer))).where(
        table.c.code.op("~")(f"^{prefix}[0-9]{{1,9}}$")))
    return f"{prefix}{(last or 0) + 1:06d}"


def save(session: Session, kind: str, values: dict[str, Any], *, record_id: int | None = None,
         version: int | None = None) -> tuple[int, int]:
    """Create or change a record in the caller's transaction; returns (id, version).
    ``values`` holds the form's fields; a sensitive field absent from it (still
    masked) keeps its stored value. Refusals are DomainErrors naming the field."""
    spec_ = spec(kind)
    problems = check(spec_, values)
    if spec_.rules is not None and not problems:
        stored = {f.name: _stored(f, values[f.name]) for f in spec_.fields if f.name in values}
        problems = spec_.rules(session, stored, record_id)
    if problems:
        raise problems[0]
    table = spec_.table
    row: dict[str, Any] = {}
    for f in spec_.fields:
        if f.kind == "regions" or f.name not in values:
            continue
        if f.fixed and record_id is not None:
            continue
        row[f.name] = _stored(f, values[f.name])
    if "name_pinyin" in table.c and "name" in row:
        row["name_pinyin"] = pinyin_key(row["name"])
    with refusals(spec_):
        if record_id is None:
            if "code" in table.c and not row.get("code"):
                if spec_.code_prefix is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Required."),
                                          field="code")
                row["code"] = next_code(session, spec_)
            record_id, version = session.execute(
                insert(table).values(**row).returning(table.c.id, table.c.version)).one()
        else:
            changed = session.execute(
                update(table).where(table.c.id == record_id, table.c.version == version)
                .values(**row, version=table.c.version + 1, updated_at=func.now(),
                        updated_by=func.current_user())
                .returning(table.c.version)).first()
            if changed is None:
                raise stale(session, spec_, record_id)
            version = changed.version
        if spec_.links is not None and "regions" in values:
            _save_links(session, spec_, record_id, values["regions"] or [])
    assert record_id is not None and version is not None
    return record_id, version


def _save_links(session: Session, spec_: RecordSpec, record_id: int, regions: list[int]) -> None:
    assert spec_.links is not None
    link, own = spec_.links
    wanted = set(regions)
    have = set(session.scalars(select(link.c.region_id).where(link.c[own] == record_id)))
    if have - wanted:
        session.execute(delete(link).where(link.c[own] == record_id,
                                           link.c.region_id.in_(have - wanted)))
    if wanted - have:
        session.execute(insert(link), [{own: record_id, "region_id": r}
                                       for r in sorted(wanted - have)])


def stale(session: Session, spec_: RecordSpec, record_id: int) -> DomainError:
    """The error for a save over a newer change: who made it, and when."""
    table = spec_.table
    row = session.execute(select(table.c.updated_by, table.c.updated_at)
                          .where(table.c.id == record_id)).first()
    if row is None:
        return ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Someone deleted this record meanwhile."))
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "{who} changed this record at {when}, after you opened it. Reload "
        "to see their changes; what you typed stays in the form."),
        who=row.updated_by, when=row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))


def delete_record(session: Session, kind: str, record_id: int, version: int) -> None:
    """Delete a record nothing uses; otherwise say what uses it and suggest
    deactivating."""
    spec_ = spec(kind)
    table = spec_.table
    with refusals(spec_):
        if spec_.links is not None:
            link, own = spec_.links
            session.execute(delete(link).where(link.c[own] == record_id))
        gone = session.execute(delete(table).where(
            table.c.id == record_id, table.c.version == version)).rowcount
    if not gone:
        raise stale(session, spec_, record_id)


def set_active(session: Session, kind: str, record_id: int, active: bool) -> int:
    """Hide a record from new work (or show it again) without deleting it; returns
    the new version."""
    spec_ = spec(kind)
    table = spec_.table
    with refusals(spec_):
        version = session.scalar(
            update(table).where(table.c.id == record_id)
            .values(active=active, version=table.c.version + 1, updated_at=func.now(),
                    updated_by=func.current_user()).returning(table.c.version))
    if version is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "This record no longer exists: someone deleted it."))
    return int(version)


@contextmanager
def refusals(spec_: RecordSpec) -> Iterator[None]:
    """Turn what the database refuses (a duplicate, a record in use, a rule, a missing
    privilege or row policy) into a message that says what to do. Runs in a
    savepoint's stead: the caller's transaction is rolled back by the error."""
    try:
        yield
    except IntegrityError as error:
        raise _integrity(spec_, error) from None
    except DBAPIError as error:
        state = getattr(error.orig, "sqlstate", None)
        if state == "42501":  # insufficient_privilege, including row-level security
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "DomainError", "Your profile does not allow changing this {record_table} (or "
                "records of another branch)."), record_table=spec_.kind) from None
        raise


def _integrity(spec_: RecordSpec, error: IntegrityError) -> DomainError:
    diag = getattr(error.orig, "diag", None)
    state = getattr(error.orig, "sqlstate", None)
    constraint = getattr(diag, "constraint_name", "") or ""
    if state == "23505":  # unique
        name = next((f.name for f in spec_.fields if constraint.endswith(f"_{f.name}")), None)
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Another record already has this value; it must be unique."),
            field=name)
    if state == "23503":  # foreign key
        used_by = getattr(diag, "table_name", "") or ""
        if used_by and used_by != spec_.kind:
            return ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "This record is used: {used_table} records refer to it, so it "
                "cannot be deleted. Untick Active to hide it from new work instead."),
                used_table=used_by)
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A record this one points to no longer exists; choose again."))
    if state == "23514":  # check
        name = next((f.name for f in spec_.fields if f.name in constraint), None)
        return ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The value is not allowed here."), field=name)
    return ValidationError(QT_TRANSLATE_NOOP(
        "DomainError", "The database refused the change: {reason}"),
        reason=str(getattr(diag, "message_primary", error.orig)))
