"""The printed dispatch slip (派工单, brochure 3.2 B): what the engineer or the outlet
takes to the customer's door. It says where to go and what to do (customer, masked
phone and address, region, device, fault, appointment), who was sent, the parts taken
along with their total, and leaves room for what happens on site: arrival and finish,
the result, the parts taken off, and the customer's signature with the date. This
signed slip is the completion slip that comes back to the office.

A ``paint(printer) -> pages`` document like the front desk's receipts (it shares their
page furniture: company and branch, the title, the slip number large with a QR code
of it, the footer), drawn from ``dispatching.load_dispatch``. A slip already completed
prints its completion in the same places instead of the blanks. The phone and the
address stay masked on paper, whoever prints: the engineer calls through the office."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from server_schema import dispatching
from server_schema.errors import QT_TRANSLATE_NOOP
from server_schema.money_words import capital_amount
from server_schema.stock import FAULT_TITLES
from server_schema.stock_engine import qty_text

from . import operations
from .connection import Database
from .errors import show_exception
from .printing import preview, print_to_pdf
from .receipts import (
    HEADER_SHADE,
    LINES_TABLE,
    RED,
    SPACE,
    WARRANTY_TITLES,
    _Document,
    money,
    render_first_page,
    text,
    title,
    when,
)

translate = QCoreApplication.translate

#: Blank rows for the parts taken off, on a slip that has not come back yet.
BLANK_REMOVED_ROWS = 2
BLANK = "&nbsp;"


class DispatchSlip(_Document):
    """A dispatch slip on paper (``slip`` as ``dispatching.load_dispatch`` returns it).
    ``copy`` and ``company`` as for the receipts."""

    title_source = QT_TRANSLATE_NOOP("DispatchSlip", "Dispatch slip")

    def heading(self) -> str:
        return translate("DispatchSlip", self.title_source)

    @property
    def slip(self) -> dict[str, Any]:
        return self.order

    def number_label(self) -> str:
        return translate("DispatchSlip", "Slip No.")

    def header_line(self) -> str:
        s = self.slip
        parts = [translate("DispatchSlip", "Order {number}").format(number=s.get("order_number") or ""),
                 translate("DispatchSlip", "Dispatched {when} by {who}").format(
                     when=when(s.get("dispatched_at")),
                     who=s.get("dispatched_by_name") or s.get("dispatched_by") or "")]
        return SPACE.join(parts)

    # -- the body -----------------------------------------------------------------------------
    def assignee_rows(self) -> list[list[tuple[str, str]]]:
        s = self.slip
        if s.get("outlet_id"):
            outlet = text(s.get("outlet"))
            contact = " ".join(str(p) for p in (s.get("outlet_contact"), s.get("outlet_phone")) if p)
            if contact:
                outlet += f' <span style="color: #555">({text(contact)})</span>'
            sent = [(translate("DispatchSlip", "Service outlet"), outlet)]
        else:
            engineer = text(s.get("engineer"))
            if s.get("engineer_phone_masked"):
                engineer += f' <span style="color: #555">({text(s["engineer_phone_masked"])})</span>'
            sent = [(translate("DispatchSlip", "Engineer"), engineer)]
        appointment = f"<b>{when(s.get('appointment_at'))}</b>"
        rows = [[*sent, (translate("DispatchSlip", "Appointment"), appointment)]]
        if s.get("previous_number"):
            rows.append([(translate("DispatchSlip", "Replaces slip"), translate(
                "DispatchSlip", "{number}, because: {reason}").format(
                    number=text(s["previous_number"]), reason=text(s.get("redispatch_reason"))))])
        if s.get("next_number"):
            replaced = translate("DispatchSlip", "Replaced by slip {number}, because: {reason}").format(
                number=text(s["next_number"]), reason=text(s.get("taken_back_because")))
            rows.append([(translate("DispatchSlip", "Status"), f'<b style="color: {RED}">{replaced}</b>')])
        if s.get("note"):
            rows.append([(translate("DispatchSlip", "Note"), text(s["note"]))])
        return rows

    def place_rows(self) -> list[list[tuple[str, str]]]:
        s = self.slip
        return [*self.customer_rows(), [(translate("DispatchSlip", "Region"), text(s.get("region")))]]

    def job_rows(self) -> list[list[tuple[str, str]]]:
        s = self.slip
        device = " ".join(text(s.get(key)) for key in ("product_name", "model") if s.get(key))
        return [
            [(translate("Receipt", "Device"), device),
             (translate("Receipt", "Serial No."), text(s.get("serial_no")))],
            [(translate("Receipt", "Warranty"), escape(title(WARRANTY_TITLES, s.get("warranty")))),
             (translate("Receipt", "Work type"), text(s.get("order_work_type")))],
            [(translate("Receipt", "Fault"), f"<b>{text(s.get('fault'))}</b>")],
        ]

    def parts_total(self) -> Decimal:
        return sum((Decimal(line.get("amount") or 0) for line in self.slip.get("parts") or ()),
                   Decimal("0.00"))

    def parts_html(self) -> str:
        heads = [(translate("Receipt", "No."), "right", 5),
                 (translate("DispatchSlip", "Warehouse"), "left", 20),
                 (translate("Receipt", "Part"), "left", 37), (translate("Receipt", "Qty"), "right", 10),
                 (translate("Receipt", "Unit price"), "right", 13),
                 (translate("Receipt", "Amount"), "right", 15)]
        head = "".join(f'<th align="{align}" width="{share}%" nowrap>{escape(label)}</th>'
                       for label, align, share in heads)
        rows = []
        for number, line in enumerate(self.slip.get("parts") or (), start=1):
            part = text(line.get("product_name"))
            if line.get("product_code"):
                part = f'{text(line["product_code"])} {part}'
            if line.get("model"):
                part += f' <span style="color: #555">{text(line["model"])}</span>'
            qty = "" if line.get("qty") is None else qty_text(line["qty"])
            if line.get("unit"):
                qty += f" {text(line['unit'])}"
            rows.append(f'<tr><td align="right">{number}</td><td>{text(line.get("warehouse"))}</td>'
                        f'<td>{part}</td><td align="right" nowrap>{qty}</td>'
                        f'<td align="right" nowrap>{money(line.get("price"))}</td>'
                        f'<td align="right" nowrap>{money(line.get("amount"))}</td></tr>')
        if not rows:
            none = translate("DispatchSlip", "No parts taken along")
            rows.append(f'<tr><td colspan="6" align="center">{escape(none)}</td></tr>')
        total_label = translate("Receipt", "Total")
        rows.append(f'<tr><td colspan="5" align="right"><b>{escape(total_label)}</b></td>'
                    f'<td align="right" nowrap><b>¥ {money(self.parts_total())}</b></td></tr>')
        return (f'<table {LINES_TABLE}><thead><tr bgcolor="{HEADER_SHADE}">{head}</tr></thead>'
                f"{''.join(rows)}</table>{self.words_html()}")

    def words_html(self) -> str:
        """The parts' total in capital numerals on a Chinese page, as receipts there show it."""
        total = self.parts_total()
        if not self.capital or not total:
            return ""
        try:
            words = capital_amount(total)
        except ValueError:  # beyond a trillion: the figure has to do
            return ""
        line = translate("Receipt", "Total in words: {words} ({figure})").format(
            words="人民币" + words, figure="¥ " + money(total))
        return f'<p style="margin: 4px 0 0 0; font-weight: bold">{escape(line)}</p>'

    def completion_rows(self) -> list[list[tuple[str, str]]]:
        """Filled in on site: blanks to write in, or what came back on a completed slip."""
        s = self.slip
        done = s.get("status") == "completed"
        blank = BLANK * 30
        rows = [
            [(translate("DispatchSlip", "Arrived at"), when(s.get("arrived_at")) if done else blank),
             (translate("DispatchSlip", "Finished at"), when(s.get("finished_at")) if done else blank)],
            [(translate("DispatchSlip", "Result"),
              text(s.get("result")) if done else f"{blank}<br>{blank}")],
        ]
        if done and s.get("work_type"):
            rows.append([(translate("DispatchSlip", "Work done"), text(s.get("work_type")))])
        if done and s.get("shares"):
            shares = "、".join(f"{text(x.get('engineer'))} {x['percent'].normalize():f}%"
                              for x in s["shares"])
            rows.append([(translate("DispatchSlip", "Engineers' shares"), shares)])
        return rows

    def removed_html(self) -> str:
        heads = [(translate("Receipt", "No."), "right", 5), (translate("Receipt", "Part"), "left", 45),
                 (translate("Receipt", "Qty"), "right", 10),
                 (translate("DispatchSlip", "Faulty from the supplier / damaged by us"), "left", 40)]
        head = "".join(f'<th align="{align}" width="{share}%">{escape(label)}</th>'
                       for label, align, share in heads)
        removed = self.slip.get("removed") or ()
        rows = []
        for number, part in enumerate(removed, start=1):
            name = f"{text(part.get('product_code'))} {text(part.get('product_name'))}"
            qty = qty_text(part["qty"]) if part.get("qty") is not None else ""
            origin = part.get("origin")
            origin = escape(translate("Stock", FAULT_TITLES[origin])) if origin in FAULT_TITLES else ""
            rows.append(f'<tr><td align="right">{number}</td><td>{name}</td>'
                        f'<td align="right">{qty}</td><td>{origin}</td></tr>')
        if self.slip.get("status") != "completed":
            rows += [f'<tr><td align="right">{n}</td><td>{BLANK}</td><td>{BLANK}</td><td>{BLANK}</td></tr>'
                     for n in range(len(rows) + 1, len(rows) + 1 + BLANK_REMOVED_ROWS)]
        elif not rows:
            none = translate("DispatchSlip", "No parts taken off")
            rows.append(f'<tr><td colspan="4" align="center">{escape(none)}</td></tr>')
        return (f'<table {LINES_TABLE}><thead><tr bgcolor="{HEADER_SHADE}">{head}</tr></thead>'
                f"{''.join(rows)}</table>")

    def body_html(self) -> str:
        terms = [translate("DispatchSlip", "Please check the work before signing: by signing you confirm "
                                           "that it was done as written above. The office settles the parts "
                                           "and the work with you; parts under warranty are free.")]
        return (self.section(translate("DispatchSlip", "Assignment")) + self.grid(self.assignee_rows())
                + self.section(translate("Receipt", "Customer")) + self.grid(self.place_rows())
                + self.section(translate("DispatchSlip", "Job")) + self.grid(self.job_rows())
                + self.section(translate("DispatchSlip", "Parts taken along")) + self.parts_html()
                + self.section(translate("DispatchSlip", "Completion (filled in on site)"))
                + self.grid(self.completion_rows())
                + self.section(translate("DispatchSlip", "Parts taken off the device")) + self.removed_html()
                + self.terms(translate("Receipt", "Terms"), terms)
                + self.signatures([translate("DispatchSlip", "Customer signature"),
                                   translate("DispatchSlip", "Engineer")]))


# -- printing a slip from the database -----------------------------------------------------------

def dispatch_document(database: Database, dispatch_id: int) -> DispatchSlip:
    """The printout of a slip as stored now (one round trip)."""
    with database.read() as session:
        slip = dispatching.load_dispatch(session, dispatch_id)
    return DispatchSlip(slip)


def print_dispatch_pdf(database: Database, dispatch_id: int, path: Path | str) -> int:
    """Print a dispatch slip to a PDF file; returns the pages."""
    document = dispatch_document(database, dispatch_id)
    return print_to_pdf(document.paint, Path(path), title=document.title)


def preview_dispatch(widget: QWidget, database: Database, dispatch_id: int,
                     on_error: Callable[[BaseException], None] | None = None) -> None:
    """Read the slip in the background, then open the print preview."""
    def shown(document: DispatchSlip) -> None:
        if shiboken6.isValid(widget):
            preview(document.paint, widget, title=document.title)

    def failed(error: BaseException) -> None:
        if on_error is not None and shiboken6.isValid(widget):
            on_error(error)
        elif shiboken6.isValid(widget):
            show_exception(error, widget)

    operations.run(lambda: dispatch_document(database, dispatch_id), on_done=shown, on_error=failed)


def render_dispatch_png(slip: dict[str, Any], path: Path | str, dpi: int = 110) -> int:
    """The first page of a slip (as ``load_dispatch`` returns it) to PNG, for the
    screenshots; returns the document's pages."""
    return render_first_page(DispatchSlip(slip).paint, path, dpi)


__all__ = ["DispatchSlip", "dispatch_document", "preview_dispatch", "print_dispatch_pdf",
           "render_dispatch_png"]
