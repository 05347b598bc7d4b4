"""Excel import of master data, laid out like the export: every row is checked first,
then all go in or none; the report lists every bad row and why."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .customers import PHONE, Customer, CustomerGrade, next_code
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .org import Region
from .text import normalise, pinyin_key

MAX_ROWS = 100_000


@dataclass
class ImportReport:
    imported: int = 0
    # (row number in the sheet, what is wrong with it)
    problems: list[tuple[int, list[ValidationError]]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The problems in English, one row a line (the client translates its own)."""
        return [f"{row}: " + "; ".join(str(e) for e in errors) for row, errors in self.problems]


# The customer list's export headers, English and Chinese, and the field each fills.
CUSTOMER_HEADERS = {
    "customer": "name", "客户": "name", "grade": "grade", "客户等级": "grade",
    "region": "region", "区域": "region", "contact person": "contact_person",
    "联系人": "contact_person", "phone": "phone", "电话": "phone", "address": "address",
    "地址": "address",
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone typed as a number in Excel
    return str(value).strip()


def import_customers(session: Session, path: Path) -> ImportReport:
    """Check every row of the workbook's first sheet, then insert all of them in the
    caller's transaction, or none when any row is wrong."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not xlsx
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{file} is not an Excel workbook (.xlsx): {reason}"),
            file=Path(path).name, reason=str(error)) from None
    rows = workbook.worksheets[0].iter_rows(values_only=True)
    header = [normalise(_text(h)) for h in next(rows, ())]
    columns = {i: CUSTOMER_HEADERS[h] for i, h in enumerate(header) if h in CUSTOMER_HEADERS}
    if "name" not in columns.values():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The first row must name the columns as the export does; a "
            "“Customer” column is needed."))
    grades = {normalise(n): i for i, n in session.execute(
        select(CustomerGrade.id, CustomerGrade.name)).all()}
    regions = {normalise(n): i for i, n in session.execute(
        select(Region.id, Region.name).where(Region.level >= 3)).all()}
    report = ImportReport()
    values: list[dict[str, Any]] = []
    for number, row in enumerate(rows, start=2):
        if number - 1 > MAX_ROWS:
            report.problems.append((number, [ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "more than {n} rows"), n=MAX_ROWS)]))
            break
        cells = {name: _text(row[i]) if i < len(row) else "" for i, name in columns.items()}
        if not any(cells.values()):
            continue  # blank line
        wrong = []
        if not cells.get("name"):
            wrong.append(ValidationError(QT_TRANSLATE_NOOP("DomainError", "no customer name")))
        if cells.get("grade") and normalise(cells["grade"]) not in grades:
            wrong.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "unknown grade “{value}”"), value=cells["grade"]))
        if cells.get("region") and normalise(cells["region"]) not in regions:
            wrong.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "unknown region “{value}”"), value=cells["region"]))
        phone = cells.get("phone", "").replace(" ", "")
        if phone and not PHONE.match(phone):
            wrong.append(ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "bad phone number “{value}”"), value=phone))
        if wrong:
            report.problems.append((number, wrong))
            continue
        values.append({
            "name": cells["name"], "name_pinyin": pinyin_key(cells["name"]),
            "grade_id": grades.get(normalise(cells.get("grade", ""))),
            "region_id": regions.get(normalise(cells.get("region", ""))),
            "contact_person": cells.get("contact_person", ""), "phone": phone,
            "address": cells.get("address", ""),
        })
    workbook.close()
    if report.problems or not values:
        return report
    first = int(next_code(session)[1:])
    for offset, row in enumerate(values):
        row["code"] = f"C{first + offset:06d}"
    session.execute(insert(Customer), values)  # one statement for all rows
    report.imported = len(values)
    return report

