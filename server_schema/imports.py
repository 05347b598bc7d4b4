"""Excel import of master data (customers, products, employees), laid out like the
list's export: the first row holds the list's column titles, in English or Chinese.

One engine serves every kind: the header is mapped to fields, every row is checked
(each field's parser, then names looked up to ids, then codes for duplicates), and
only when no row is wrong do all of them go in, in one INSERT in the caller's
transaction. The report lists every bad row, by its row number in the sheet, and why.

Round trips are constant whatever the file's size: one query reads everything the
checks need (privileges, the referenced names, codes already taken, the last numbers
of generated codes), then one INSERT of all rows (and one more to add new brands, if
any)."""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import (
    JSON,
    BigInteger,
    Insert,
    Select,
    String,
    Table,
    any_,
    bindparam,
    cast,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .catalog import Brand, Product, ProductCategory
from .customers import PHONE, Customer, CustomerGrade
from .errors import QT_TRANSLATE_NOOP, ConflictError, PermissionDenied, ValidationError
from .org import Branch, Department, Employee, Region
from .roles import PERMISSION_INFIX
from .security import Operator, Setting
from .text import normalise, pinyin_key

# More data rows than this is refused: split the file (the whole file is checked in
# memory before anything is written).
MAX_ROWS = 100_000


@dataclass
class ImportReport:
    imported: int = 0
    # (row number in the sheet, what is wrong with it)
    problems: list[tuple[int, list[ValidationError]]] = field(default_factory=list)
    # Names added to small lists on the way (new brands), in the import's transaction.
    added: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The problems in English, one row a line (the client translates its own)."""
        return [f"{row}: " + "; ".join(str(e) for e in errors) for row, errors in self.problems]


# -- cells --------------------------------------------------------------------------

# (cell value, the column's title as the file writes it) -> the value to store;
# raises ValidationError. Blank cells never reach a parser.
Parser = Callable[[Any, str], Any]

# What the export writes for a value the operator may not see (client/models/paged.py
# MASK "●●●●"), and the database's masked phones (138****5678).
_MASKED = re.compile(r"^[●*]+$")
_SHOWN = 40  # characters of a wrong value quoted in the report


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone or code typed as a number in Excel
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _blank(value: Any) -> bool:
    return _cell_text(value) == ""


def _wrong(template: str, column: str, value: Any = "", **params: Any) -> ValidationError:
    shown = _cell_text(value)
    if len(shown) > _SHOWN:  # a huge malicious cell must not swell the report
        shown = shown[:_SHOWN] + "…"
    return ValidationError(template, field=column, column=column, value=shown, **params)


def text_of(length: int | None) -> Parser:
    """Text of at most ``length`` characters, on one line, not a formula."""
    def parse(value: Any, column: str) -> str:
        # Line breaks typed in a cell (Alt+Enter) become spaces; other control
        # characters (NUL, escape...) have no business in a name or an address.
        cleaned = re.sub(r"[\r\n\t]+", " ", _cell_text(value)).strip()
        if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
            raise _wrong(QT_TRANSLATE_NOOP(
                "DomainError", "{column} “{value}” holds control characters"),
                column, cleaned.encode("unicode_escape").decode())
        if cleaned.startswith("="):
            # openpyxl writes such text back as a live formula in the next export.
            raise _wrong(QT_TRANSLATE_NOOP(
                "DomainError", "{column} “{value}” looks like a formula; type the text itself"),
                column, cleaned)
        if length is not None and len(cleaned) > length:
            raise _wrong(QT_TRANSLATE_NOOP(
                "DomainError", "{column} “{value}” is longer than {n} characters"),
                column, cleaned, n=length)
        return cleaned
    return parse


def code_of(length: int) -> Parser:
    """A code: full-width letters and digits typed with a Chinese input method count as
    their half-width forms (ＰＴ００１ is PT001)."""
    parse_text = text_of(length)
    return lambda value, column: parse_text(unicodedata.normalize("NFKC", _cell_text(value)),
                                            column)


def phone(value: Any, column: str) -> str:
    cleaned = unicodedata.normalize("NFKC", text_of(40)(value, column)).replace(" ", "")
    if "*" in cleaned:
        raise _wrong(QT_TRANSLATE_NOOP(
            "DomainError", "{column} “{value}” is masked: export the list with the sensitive "
            "fields shown, or clear the cell"), column, cleaned)
    if not PHONE.match(cleaned):
        raise _wrong(QT_TRANSLATE_NOOP(
            "DomainError", "{column} “{value}” is not a phone number: 11-digit mobile, or a "
            "landline with its area code (010-12345678)"), column, cleaned)
    return cleaned


def _decimal(value: Any, column: str) -> Decimal:
    number: Decimal | None = None
    if isinstance(value, bool):
        number = None  # TRUE is no amount, though Python counts it as 1
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        # Excel keeps 15 significant digits: 19.99 stays 19.99, not 19.989999999999998.
        number = Decimal(format(value, ".15g"))
    elif isinstance(value, str):
        cleaned = unicodedata.normalize("NFKC", value).strip().replace(",", "")
        try:
            number = Decimal(cleaned.removeprefix("¥").strip())
        except InvalidOperation:
            number = None
    if number is None or not number.is_finite():
        raise _wrong(QT_TRANSLATE_NOOP("DomainError", "{column} “{value}” is not a number"),
                     column, value)
    return number


def amount(places: int, digits: int = 12) -> Parser:
    """A number of at most ``places`` decimals that fits NUMERIC(digits, places), not
    negative (prices, salaries, stock quantities)."""
    def parse(value: Any, column: str) -> Decimal:
        number = _decimal(value, column)
        if number < 0:
            raise _wrong(QT_TRANSLATE_NOOP("DomainError", "{column} “{value}” is negative"),
                         column, value)
        if number >= Decimal(10) ** (digits - places):
            raise _wrong(QT_TRANSLATE_NOOP("DomainError", "{column} “{value}” is too large"),
                         column, value)
        if number != number.quantize(Decimal(1).scaleb(-places)):
            raise _wrong(QT_TRANSLATE_NOOP(
                "DomainError", "{column} “{value}” has more than {n} decimals"),
                column, value, n=places)
        return number
    return parse


def whole(low: int, high: int) -> Parser:
    def parse(value: Any, column: str) -> int:
        number = _decimal(value, column)
        if number != number.to_integral_value() or not low <= number <= high:
            raise _wrong(QT_TRANSLATE_NOOP(
                "DomainError", "{column} “{value}” is not a whole number from {low} to {high}"),
                column, value, low=low, high=high)
        return int(number)
    return parse


_YES = {"是", "yes", "y", "true", "1", "✓", "✔", "√", "启用"}
_NO = {"否", "no", "n", "false", "0", "✗", "✘", "×", "停用"}


def flag(value: Any, column: str) -> bool:
    if isinstance(value, bool):
        return value  # the export writes TRUE/FALSE cells
    word = normalise(_cell_text(value))
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise _wrong(QT_TRANSLATE_NOOP(
        "DomainError", "{column} “{value}” is neither yes nor no (是/否, 1/0, ✓)"), column, value)


# -- what each kind of row is made of -------------------------------------------------

@dataclass(frozen=True)
class Field:
    key: str  # the column written (an id column for a looked-up name)
    titles: tuple[str, str]  # the list export's header: English, Chinese
    parse: Parser
    default: Any = None  # written for a blank cell
    required: bool = False
    # Needs the matching reveal permission (permissions.SENSITIVE "cost", "salary"):
    # whoever may not see the values may not write them either.
    sensitive: bool = False
    # A name resolved to an id through this lookup (Kind.lookups).
    lookup: str | None = None
    # The field (by key) whose name narrows the lookup: departments within a branch.
    within: str | None = None
    # False: only narrows another field's lookup, is not written itself.
    stored: bool = True


@dataclass(frozen=True)
class Lookup:
    """Names the file refers to. ``statement`` selects (id, name, scope, allowed):
    scope is the name of what narrows it (a department's branch), allowed whether
    this operator may use it (a department of another branch, without all_branches)."""

    statement: Callable[[], Select[Any]]
    # Unknown names are added to this table (brands grow from data entry).
    creates: Table | None = None


@dataclass(frozen=True)
class CodeRule:
    """Codes made for rows without one: the next number after the highest code of the
    prefix, in the database or the file."""

    widths: dict[str, int]  # prefix -> digits, as the demo data numbers them
    prefix: Callable[[dict[str, Any]], str]


@dataclass(frozen=True)
class Kind:
    table: Table
    fields: tuple[Field, ...]
    permission: str  # what the client checks before offering the import
    refused: str  # the message when the profile may not add such rows
    lookups: dict[str, Lookup] = field(default_factory=dict)
    codes: CodeRule | None = None


def _length(column: Any) -> int | None:
    return getattr(column.type, "length", None)


def _names(id_: Any, name: Any, *where: Any) -> Callable[[], Select[Any]]:
    return lambda: select(id_, name, literal_column("''").label("scope"),
                          true().label("allowed")).where(*where)


def _departments() -> Select[Any]:
    """Every department with its branch, and whether this operator may add employees
    to it: the row-level policy on employee (grants.py) allows the operator's own
    branch, or every branch with all_branches."""
    prefix = select(Setting.value).where(Setting.key == "role_prefix").scalar_subquery()
    all_branches = func.pg_has_role(
        text("current_user"), func.concat(prefix, PERMISSION_INFIX + "all_branches"), "USAGE")
    my_branch = select(Operator.branch_id).where(
        Operator.role_name == text("current_user")).scalar_subquery()
    return (select(Department.id, Department.name, Branch.name.label("scope"),
                   or_(all_branches, Department.branch_id == my_branch).label("allowed"))
            .join(Branch, Branch.id == Department.branch_id))


def _active() -> Field:
    return Field("active", ("Active", "启用"), flag, default=True)


def _text(key: str, titles: tuple[str, str], column: Any, **options: Any) -> Field:
    return Field(key, titles, text_of(_length(column)), default="", **options)


def _lookup(key: str, titles: tuple[str, str], name: Any, lookup: str, **options: Any) -> Field:
    return Field(key, titles, text_of(_length(name)), lookup=lookup, **options)


CUSTOMER = Kind(
    Customer.__table__,  # type: ignore[arg-type]
    (
        _text("name", ("Customer", "客户"), Customer.name, required=True),
        _lookup("grade_id", ("Grade", "客户等级"), CustomerGrade.name, "grade"),
        _lookup("region_id", ("Region", "区域"), Region.name, "region"),
        _text("contact_person", ("Contact person", "联系人"), Customer.contact_person),
        Field("phone", ("Phone", "电话"), phone, default=""),
        _text("address", ("Address", "地址"), Customer.address),
        _active(),
    ),
    "customer_edit",
    QT_TRANSLATE_NOOP("DomainError", "Your profile may not add customers."),
    {"grade": Lookup(_names(CustomerGrade.id, CustomerGrade.name)),
     "region": Lookup(_names(Region.id, Region.name, Region.level >= 3))},
    CodeRule({"C": 6}, lambda row: "C"),
)

PRODUCT = Kind(
    Product.__table__,  # type: ignore[arg-type]
    (
        Field("code", ("Code", "编码"), code_of(32)),
        _text("name", ("Name", "名称"), Product.name, required=True),
        _text("model", ("Model", "型号"), Product.model),
        Field("unit", ("Unit", "单位"), text_of(_length(Product.unit)), default="台"),
        Field("is_part", ("Spare part", "配件"), flag, default=False),
        _lookup("category_id", ("Category", "产品类别"), ProductCategory.name, "category"),
        _lookup("brand_id", ("Brand", "品牌"), Brand.name, "brand"),
        Field("sale_price", ("Sale price", "销售价"), amount(2), default=Decimal(0)),
        Field("cost_price", ("Cost price", "成本价"), amount(2), default=Decimal(0),
              sensitive=True),
        Field("warranty_months", ("Warranty (months)", "保修期（月）"), whole(0, 240), default=12),
        Field("min_stock", ("Minimum stock", "最低库存"), amount(3), default=Decimal(0)),
        _active(),
    ),
    "catalog_edit",
    QT_TRANSLATE_NOOP("DomainError", "Your profile may not add products."),
    {"category": Lookup(_names(ProductCategory.id, ProductCategory.name)),
     # Brands are a short list that grows from data entry: a new one is added.
     "brand": Lookup(_names(Brand.id, Brand.name), creates=Brand.__table__)},  # type: ignore[arg-type]
    # Products P00001, spare parts PT0001, as the demo data numbers them.
    CodeRule({"P": 5, "PT": 4}, lambda row: "PT" if row.get("is_part") else "P"),
)

EMPLOYEE = Kind(
    Employee.__table__,  # type: ignore[arg-type]
    (
        Field("code", ("Code", "编码"), code_of(32), required=True),
        _text("name", ("Name", "姓名"), Employee.name, required=True),
        # Department names repeat across branches (every branch has 维修部).
        _lookup("department_id", ("Department", "部门"), Department.name, "department",
                within="branch", required=True),
        _text("branch", ("Branch", "分公司"), Branch.name, stored=False),
        _text("post", ("Post", "岗位"), Employee.post),
        _text("skill_grade", ("Skill grade", "技术等级"), Employee.skill_grade),
        Field("is_engineer", ("Engineer", "工程师"), flag, default=False),
        Field("phone", ("Phone", "电话"), phone, default=""),
        Field("post_salary", ("Post salary", "岗位工资"), amount(2), default=Decimal(0),
              sensitive=True),
        _active(),
    ),
    "org_edit",
    QT_TRANSLATE_NOOP("DomainError", "Your profile may not add employees."),
    {"department": Lookup(_departments)},
)

IMPORTS: dict[str, Kind] = {"customer": CUSTOMER, "product": PRODUCT, "employee": EMPLOYEE}


# -- reading the sheet ----------------------------------------------------------------

@contextmanager
def _sheet_rows(path: Path) -> Iterator[Iterator[tuple[Any, ...]]]:
    """The first sheet's rows, streamed (read-only: a big file is never all in memory)."""
    name = Path(path).name
    try:
        # A file object, so that openpyxl does not judge the file by its extension.
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the workbook
    except OSError as error:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Cannot read {file}: {reason}"),
                              file=name, reason=error.strerror or str(error)) from None
    try:
        try:
            workbook = load_workbook(stream, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a file that is not xlsx
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{file} is not an Excel workbook (.xlsx): {reason}"),
                file=name, reason=str(error) or type(error).__name__) from None
        try:
            if not workbook.worksheets:
                raise _empty(name)
            yield _guarded(workbook.worksheets[0].iter_rows(values_only=True), name)
        finally:
            workbook.close()
    finally:
        stream.close()


def _guarded(rows: Iterator[tuple[Any, ...]], name: str) -> Iterator[tuple[Any, ...]]:
    """The rows; a sheet damaged further down (bad XML) fails as it is read."""
    try:
        yield from rows
    except Exception as error:  # noqa: BLE001 - XML and zip errors of many kinds
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{file} is damaged and cannot be read: {reason}"),
            file=name, reason=str(error) or type(error).__name__) from None


def _empty(name: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("DomainError", "The first sheet of {file} is empty."),
                           file=name)


@dataclass
class _Header:
    columns: dict[int, Field]  # sheet column index -> field
    titles: dict[str, str]  # field key -> its title as the file writes it
    language: int  # 0 English, 1 Chinese: for titles the file lacks


def _header(kind: Kind, row: tuple[Any, ...] | None, name: str) -> _Header:
    if row is None or all(_blank(v) for v in row):
        raise _empty(name)
    known = {normalise(title): (f, lang) for f in kind.fields for lang, title in enumerate(f.titles)}
    header = _Header({}, {}, 0)
    for index, value in enumerate(row):
        title = _cell_text(value)
        found = known.get(normalise(title))
        if found is None:
            continue  # a column of the user's own, or one the import does not take (Code)
        column, header.language = found
        if column.key in header.titles:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The column “{column}” appears twice in the first row."),
                column=title)
        header.columns[index] = column
        header.titles[column.key] = title
    missing = [f for f in kind.fields if f.required and f.key not in header.titles]
    if missing:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The first row must name the columns as the list's export does; "
            "missing: {columns}."),
            columns=", ".join(f"“{f.titles[header.language]}”" for f in missing))
    return header


@dataclass
class _Row:
    number: int  # in the sheet
    values: dict[str, Any]
    errors: list[ValidationError]
    names: dict[str, str] = field(default_factory=dict)  # looked-up field key -> the name


def _read_rows(header: _Header, rows: Iterator[tuple[Any, ...]],
               name: str) -> tuple[list[_Row], set[str]]:
    """Every data row parsed field by field; and the sensitive fields that some row
    gives a value for (a column of masks, as the export writes it for an operator who
    may not see it, carries none)."""
    parsed: list[_Row] = []
    given: set[str] = set()
    for number, cells in enumerate(rows, start=2):
        values = {f.key: cells[i] if i < len(cells) else None for i, f in header.columns.items()}
        if all(_blank(v) for v in values.values()):
            continue  # a blank line
        if len(parsed) >= MAX_ROWS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{file} has more than {n} rows; split it into smaller files."),
                file=name, n=MAX_ROWS)
        row = _Row(number, {}, [])
        for column in header.columns.values():
            raw, title = values[column.key], header.titles[column.key]
            masked = column.sensitive and _MASKED.match(_cell_text(raw)) is not None
            if _blank(raw) or masked:
                if column.required:
                    row.errors.append(_wrong(QT_TRANSLATE_NOOP(
                        "DomainError", "{column} is empty"), title))
                row.values[column.key] = column.default
                continue
            if column.sensitive:
                given.add(column.key)
            try:
                row.values[column.key] = column.parse(raw, title)
            except ValidationError as error:
                row.errors.append(error)
                row.values[column.key] = column.default
        parsed.append(row)
    if not parsed:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{file} has no rows below the column titles."), file=name)
    return parsed, given


# -- what the checks need from the database: one query -----------------------------------

def _json_rows(statement: Select[Any]) -> Any:
    inner = statement.subquery()
    return select(func.coalesce(func.json_agg(func.json_build_array(*inner.c)),
                                literal_column("'[]'::json"))).scalar_subquery()


def _facts(session: Session, kind: Kind, written: list[str], sensitive: list[str],
           codes: list[str]) -> dict[str, Any]:
    table, name = kind.table, kind.table.fullname
    facts: dict[str, Any] = {
        f"insert {c}": func.has_column_privilege(name, c, "INSERT") for c in written}
    facts |= {f"see {c}": func.has_column_privilege(name, c, "SELECT") for c in sensitive}
    for key, lookup in kind.lookups.items():
        facts[f"lookup {key}"] = _json_rows(lookup.statement())
        if lookup.creates is not None:
            facts[f"create {key}"] = func.has_column_privilege(
                lookup.creates.fullname, "name", "INSERT")
    if codes:
        wanted = bindparam("codes", codes, type_=ARRAY(String))
        facts["taken"] = select(func.coalesce(func.json_agg(table.c.code),
                                              literal_column("'[]'::json"))
                                ).where(table.c.code == any_(wanted)).scalar_subquery()
    for prefix in kind.codes.widths if kind.codes else ():
        facts[f"last {prefix}"] = select(func.max(cast(
            func.substr(table.c.code, len(prefix) + 1), BigInteger))).where(
            table.c.code.regexp_match(f"^{re.escape(prefix)}[0-9]{{1,18}}$")).scalar_subquery()
    row = session.execute(select(*(value.label(key) for key, value in facts.items()))).one()
    return dict(row._mapping)


def _check_privileges(kind: Kind, header: _Header, facts: dict[str, Any],
                      sensitive: list[str]) -> None:
    """Refuse the whole file when the profile may not write what it holds: the same
    facts the database enforces, said clearly before it would refuse the INSERT."""
    if not all(v for k, v in facts.items()
               if k.startswith("insert ") and k.removeprefix("insert ") not in sensitive):
        raise PermissionDenied(kind.refused)
    for key in sensitive:
        if not (facts[f"see {key}"] and facts[f"insert {key}"]):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "DomainError", "Your profile may not see the column “{column}”, so it may not "
                "import it: remove the column from the file, or ask for the permission to see "
                "it."),
                column=header.titles[key])


# -- checking the rows ---------------------------------------------------------------

@dataclass
class _Names:
    """A lookup's rows by normalised name: (id, normalised scope, scope, allowed)."""

    rows: dict[str, list[tuple[int, str, str, bool]]]
    may_create: bool
    # New names to add (normalised -> as first written); their ids come later.
    new: dict[str, str] = field(default_factory=dict)


def _lookups(kind: Kind, facts: dict[str, Any]) -> dict[str, _Names]:
    found: dict[str, _Names] = {}
    for key in kind.lookups:
        rows: dict[str, list[tuple[int, str, str, bool]]] = {}
        for id_, name, scope, allowed in facts[f"lookup {key}"]:
            rows.setdefault(normalise(name), []).append((id_, normalise(scope), scope, allowed))
        found[key] = _Names(rows, bool(facts.get(f"create {key}")))
    return found


def _resolve(kind: Kind, header: _Header, row: _Row, names: dict[str, _Names]) -> None:
    """Looked-up names to ids, in place; what cannot be resolved goes to row.errors."""
    for column in header.columns.values():
        if column.lookup is None or not row.values.get(column.key):
            continue
        value = row.values[column.key]
        title = header.titles[column.key]
        lookup = names[column.lookup]
        candidates = lookup.rows.get(normalise(value), [])
        scope = row.values.get(column.within, "") if column.within else ""
        if scope:
            candidates = [c for c in candidates if c[1] == normalise(scope)]
        row.names[column.key] = value
        row.values[column.key] = None
        if not candidates:
            if lookup.may_create and not scope:
                lookup.new.setdefault(normalise(value), value)
                continue
            if scope:
                row.errors.append(_wrong(QT_TRANSLATE_NOOP(
                    "DomainError", "{column} “{value}” is not in “{scope}”"),
                    title, value, scope=scope))
            else:
                row.errors.append(_wrong(QT_TRANSLATE_NOOP(
                    "DomainError", "{column} “{value}” is unknown"), title, value))
        elif len(candidates) > 1:
            if column.within and not scope:
                other = next(f for f in kind.fields if f.key == column.within)
                row.errors.append(_wrong(QT_TRANSLATE_NOOP(
                    "DomainError", "{column} “{value}” is in several; fill in “{other}” to "
                    "say which"), title, value,
                    other=header.titles.get(other.key, other.titles[header.language])))
            else:
                row.errors.append(_wrong(QT_TRANSLATE_NOOP(
                    "DomainError", "{column} “{value}” is ambiguous: several have this name"),
                    title, value))
        elif not candidates[0][3]:
            row.errors.append(_wrong(QT_TRANSLATE_NOOP(
                "DomainError", "{column} “{value}” is in “{scope}”; your profile adds records "
                "to its own branch only"), title, value, scope=candidates[0][2]))
        else:
            row.values[column.key] = candidates[0][0]


def _check_codes(header: _Header, rows: list[_Row], taken: set[str]) -> None:
    if "code" not in header.titles:
        return
    title = header.titles["code"]
    first: dict[str, int] = {}
    for row in rows:
        code = row.values.get("code")
        if not code:
            continue
        if code in taken:
            row.errors.append(_wrong(QT_TRANSLATE_NOOP(
                "DomainError", "{column} “{value}” is taken already"), title, code))
        if code in first:
            row.errors.append(_wrong(QT_TRANSLATE_NOOP(
                "DomainError", "{column} “{value}” is also in row {row}"), title, code,
                row=first[code]))
        first.setdefault(code, row.number)


# -- writing ---------------------------------------------------------------------------

def _add_names(session: Session, kind: Kind, header: _Header, rows: list[_Row],
               names: dict[str, _Names]) -> list[str]:
    """Add the new names (brands) the rows use, one statement a lookup, and fill in
    their ids. Returns the names added."""
    added: list[str] = []
    for key, lookup in names.items():
        table = kind.lookups[key].creates
        if not lookup.new or table is None:
            continue
        created = session.execute(_insert_all(table, [
            {"name": n, "name_pinyin": pinyin_key(n)} for n in lookup.new.values()]
        ).returning(table.c.id, table.c.name)).all()
        ids = {normalise(name): id_ for id_, name in created}
        added += [name for _id, name in created]
        for column in header.columns.values():
            if column.lookup != key:
                continue
            for row in rows:
                if row.values.get(column.key) is None and column.key in row.names:
                    row.values[column.key] = ids[normalise(row.names[column.key])]
    return added


def _insert_all(table: Table, rows: list[dict[str, Any]]) -> Insert:
    """One INSERT of every row, its values sent as one JSON parameter: one round trip
    however many rows (an executemany goes in batches). Every row has the same keys."""
    keys = list(rows[0])
    payload = json.dumps(rows, default=str, ensure_ascii=False)  # Decimal as exact text
    records = func.json_populate_recordset(
        literal_column(f"NULL::{table.fullname}"), cast(literal(payload), JSON)
    ).table_valued(*keys)
    return insert(table).from_select(keys, select(*(records.c[k] for k in keys)))


def _make_codes(rule: CodeRule, rows: list[_Row], facts: dict[str, Any]) -> None:
    """Codes for the rows without one, after the highest of their prefix in the
    database and in the file, so that none collides."""
    last = {prefix: int(facts[f"last {prefix}"] or 0) for prefix in rule.widths}
    for row in rows:
        code = row.values.get("code") or ""
        for prefix in rule.widths:
            digits = code[len(prefix):]
            if code.startswith(prefix) and digits.isdigit() and digits.isascii():
                last[prefix] = max(last[prefix], int(digits))
    for row in rows:
        if not row.values.get("code"):
            prefix = rule.prefix(row.values)
            last[prefix] += 1
            row.values["code"] = f"{prefix}{last[prefix]:0{rule.widths[prefix]}d}"


def import_file(session: Session, path: Path, kind_name: str) -> ImportReport:
    """Check every row of the workbook's first sheet, then insert all of them in the
    caller's transaction, or none when any row is wrong. Problems with the file as a
    whole (not a workbook, empty, too big, columns missing, a column the profile may
    not write) raise ValidationError or PermissionDenied."""
    kind = IMPORTS[kind_name]
    name = Path(path).name
    with _sheet_rows(path) as rows:
        header = _header(kind, next(rows, None), name)
        parsed, given = _read_rows(header, rows, name)
    # A sensitive column with no value in it (all masks) is not written at all.
    for column in list(header.columns.values()):
        if column.sensitive and column.key not in given:
            for row in parsed:
                row.values.pop(column.key, None)
    stored = [f.key for f in header.columns.values()
              if f.stored and (not f.sensitive or f.key in given)]
    written = stored + [c for c in ("code", "name_pinyin")
                        if c in kind.table.c and c not in stored]
    codes = sorted({row.values["code"] for row in parsed if row.values.get("code")})
    facts = _facts(session, kind, written, sorted(given), codes)
    _check_privileges(kind, header, facts, sorted(given))
    names = _lookups(kind, facts)
    for row in parsed:
        _resolve(kind, header, row, names)
    _check_codes(header, parsed, set(facts.get("taken") or ()))
    report = ImportReport(problems=[(r.number, r.errors) for r in parsed if r.errors])
    if report.problems:
        return report
    report.added = _add_names(session, kind, header, parsed, names)
    if kind.codes is not None:
        _make_codes(kind.codes, parsed, facts)
    values = []
    for row in parsed:
        row.values = {k: v for k, v in row.values.items() if k in written}
        if "name_pinyin" in written:
            row.values["name_pinyin"] = pinyin_key(row.values["name"])
        values.append(row.values)
    try:
        session.execute(_insert_all(kind.table, values))
    except IntegrityError:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Someone added records with the same codes while the file was "
            "being checked. Nothing was imported; import the file again.")) from None
    report.imported = len(values)
    return report


def import_customers(session: Session, path: Path) -> ImportReport:
    return import_file(session, path, "customer")


def import_products(session: Session, path: Path) -> ImportReport:
    return import_file(session, path, "product")


def import_employees(session: Session, path: Path) -> ImportReport:
    return import_file(session, path, "employee")
