"""The front desk's printed documents: the intake receipt the customer keeps when the
device is handed in, and the pick-up slip with the settlement when it is collected.

Both are ``paint(printer) -> pages`` documents for ``printing.preview`` and
``printing.print_to_pdf``, drawn from the order dict of ``service_orders.load_order``.
Every page has the same header (company and branch, the title, the order number large
with a QR code of it, the copy mark of a reprint) and a footer (printed at, page n of
N); the body is one rich-text document that Qt breaks into pages, repeating the column
headers of the parts table on each. The layout follows the printer's page, A4 or A5.

The QR code carries the order number alone, so that any scanner (a counter's
hand-held one, a phone) types it into the order search.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QImage, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from server_schema.errors import QT_TRANSLATE_NOOP
from server_schema.money_words import capital_amount
from server_schema.stock_engine import qty_text

from .printing import MARGIN_MM, PrintFailed

translate = QCoreApplication.translate

WARRANTY_TITLES = {
    "in": QT_TRANSLATE_NOOP("Receipt", "In warranty"),
    "out": QT_TRANSLATE_NOOP("Receipt", "Out of warranty"),
    "claim": QT_TRANSLATE_NOOP("Receipt", "Manufacturer claim"),
}
SERVICE_MODE_TITLES = {
    "carry_in": QT_TRANSLATE_NOOP("Receipt", "Carry-in"),
    "on_site": QT_TRANSLATE_NOOP("Receipt", "On-site"),
}
PAYMENT_TITLES = {
    "cash": QT_TRANSLATE_NOOP("Receipt", "Cash"),
    "card": QT_TRANSLATE_NOOP("Receipt", "Card"),
    "transfer": QT_TRANSLATE_NOOP("Receipt", "Bank transfer"),
}

QR_SIDE_MM = 24.0
GAP_MM = 3.0
BASE_POINTS = 9.5
RED = "#b00020"
LABEL_SHADE = "#f0f0f0"
HEADER_SHADE = "#e0e0e0"
# Cell padding and borders in CSS pixels, scaled by Qt to the printer.
TABLE = 'width="100%" border="1" cellspacing="0" cellpadding="{pad}" style="border-collapse: collapse"'
GRID_TABLE = TABLE.format(pad=4)
LINES_TABLE = TABLE.format(pad=2)
SPACE = "    "  # in elements that keep their white space (pre-wrap)


# -- values as they read on paper ---------------------------------------------------------

def money(value: Any) -> str:
    """Two decimals and thousands separators, exactly (no float on the way, and the
    separators whatever the locale's number options); blank for none. Chinese and
    English pages write numbers alike."""
    return "" if value is None else f"{Decimal(value):,.2f}"


def when(value: datetime | None) -> str:
    """yyyy-MM-dd HH:mm in the local time zone (the server hands out aware times)."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


def day(value: date | None) -> str:
    if value is None:
        return ""
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def title(table: dict[str, str], code: Any) -> str:
    return translate("Receipt", table[code]) if code in table else str(code or "")


def text(value: Any) -> str:
    """Free text (a name, a fault description) escaped for the page, lines kept."""
    return escape("" if value is None else str(value)).replace("\n", "<br>")


def page_font(font: QFont) -> QFont:
    """The system font if it has Chinese glyphs, else the system's Chinese sans-serif
    family with the system font behind it: text in one font keeps one baseline and one
    line height where Chinese and Latin mix (a fallback font for the Chinese glyphs
    alone sets them lower and the lines taller)."""
    font = QFont(font)
    family = QFontInfo(font).family()
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    if chinese in QFontDatabase.writingSystems(family):
        return font
    # Windows lists its vertical-writing faces too ("@SimSun"): never those.
    candidates = [name for name in QFontDatabase.families(chinese) if not name.startswith("@")]
    if candidates:
        def rank(name: str) -> tuple[bool, bool, bool, str]:
            """Sans before serif (Song, Ming, Kai, Fang Song), proportional before
            monospaced, Simplified Chinese before the other CJK variants."""
            plain = name.replace("Sans Serif", "Sans")
            return (bool(re.search(r"Serif|Song|Ming|Kai|Fang", plain, re.IGNORECASE)),
                    "mono" in name.lower(),
                    not re.search(r"\b(SC|GB|CN|Hans)\b|YaHei|SimHei|DengXian", name), name)

        font.setFamilies([min(candidates, key=rank), family])
    return font


def chinese_ui() -> bool:
    """Whether the interface speaks Chinese (``i18n.install`` sets the default locale)."""
    return QLocale().language() == QLocale.Language.Chinese


# -- the QR code ----------------------------------------------------------------------------

def qr_payload(order: dict) -> str:
    """What the code says: the order number, nothing more."""
    return str(order["number"])


def qr_matrix(payload: str) -> list[list[bool]]:
    """The dark (True) and light modules of a QR code of ``payload``, row by row,
    without the quiet zone. Medium error correction (raised when it costs no size)
    survives a crease or a smudge on a receipt kept in a pocket."""
    code = segno.make_qr(payload, error="m")
    return [[bool(module) for module in row] for row in code.matrix]


def draw_qr(painter: QPainter, matrix: Sequence[Sequence[bool]], area: QRectF) -> None:
    """The modules as black squares filling ``area`` (square); the page around it is
    the quiet zone."""
    modules = len(matrix)
    side = min(area.width(), area.height()) / modules
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor(Qt.GlobalColor.black)
    for y, row in enumerate(matrix):
        x = 0
        while x < modules:  # a run of dark modules is one rectangle: fewer calls, no seams
            if not row[x]:
                x += 1
                continue
            start = x
            while x < modules and row[x]:
                x += 1
            painter.fillRect(QRectF(area.left() + start * side, area.top() + y * side,
                                    (x - start) * side, side), black)
    painter.restore()


# -- the documents --------------------------------------------------------------------------

class _Document:
    """What both documents share: page furniture, pagination and the copy mark."""

    title_source = ""

    def __init__(self, order: dict, *, copy: int = 0, company: str = "",
                 capital: bool | None = None) -> None:
        """``copy`` 0 prints the original, n >= 1 the n-th copy (a reprint), marked so
        on every page. ``company`` heads the page above the branch when given.
        ``capital`` shows the total in Chinese capital numerals; by default when the
        interface is Chinese."""
        if isinstance(copy, bool) or not isinstance(copy, int) or copy < 0:
            raise ValueError(f"copy is a whole number from 0 (the original): {copy!r}")
        if not str(order.get("number") or "").strip():
            raise ValueError("an order without a number cannot be printed")
        self.order = order
        self.copy = copy
        self.company = company
        self.capital = chinese_ui() if capital is None else capital
        self.printed_at = QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")

    # -- what the page says --------------------------------------------------------------
    def heading(self) -> str:
        return translate("Receipt", self.title_source)

    @property
    def title(self) -> str:
        """The heading and the number: the print job's and the preview's title."""
        return f"{self.heading()} {self.order['number']}"

    def copy_mark(self) -> str:
        return translate("Receipt", "COPY {n}").format(n=self.copy) if self.copy else ""

    def header_html(self) -> str:
        order = self.order
        name = self.company or order.get("branch") or ""
        place = [order.get("branch") or ""] if self.company else []
        if order.get("branch_address"):
            place.append(order["branch_address"])
        if order.get("branch_phone"):
            place.append(translate("Receipt", "Tel. {phone}").format(phone=order["branch_phone"]))
        marks = []
        if order.get("urgent"):
            marks.append(translate("Receipt", "URGENT"))
        if self.copy:
            marks.append(self.copy_mark())
        number_label = self.number_label()
        mark = (f'<td align="right" valign="top" style="color: {RED}; font-size: 15pt; '
                f'font-weight: bold; white-space: pre">{escape(SPACE.join(marks))}</td>' if marks else "")
        return (
            f'<p style="margin: 0; font-size: 12pt; font-weight: bold">{text(name)}</p>'
            f'<p style="margin: 0; font-size: 8.5pt; white-space: pre-wrap">'
            f'{escape(SPACE.join(p for p in place if p))}</p>'
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 4px"><tr>'
            f'<td valign="top"><span style="font-size: 17pt; font-weight: bold">'
            f"{escape(self.heading())}</span></td>{mark}</tr></table>"
            f'<p style="margin: 2px 0 0 0"><span style="font-size: 9pt">'
            f"{escape(number_label)}</span> "
            f'<span style="font-size: 19pt; font-weight: bold">{text(order["number"])}</span></p>'
            f'<p style="margin: 0; font-size: 9pt; white-space: pre-wrap">{escape(self.header_line())}</p>')

    def number_label(self) -> str:
        """What the big number at the top is."""
        return translate("Receipt", "Order No.")

    def header_line(self) -> str:
        return translate("Receipt", "Received {when}").format(when=when(self.order.get("received_at")))

    def footer_html(self, page: int, pages: int) -> str:
        printed = translate("Printing", "Printed {when}").format(when=self.printed_at)
        number = translate("Printing", "Page {n} of {pages}").format(n=page, pages=pages)
        return ('<table width="100%" cellspacing="0" cellpadding="0" style="font-size: 8pt"><tr>'
                f'<td width="40%">{escape(self.title)}</td>'
                f'<td width="20%" align="center" style="color: {RED}; font-weight: bold">'
                f"{escape(self.copy_mark())}</td>"
                f'<td width="40%" align="right" style="white-space: pre">'
                f"{escape(printed)}{SPACE}{escape(number)}</td>"
                "</tr></table>")

    def body_html(self) -> str:
        """The document's own part; IntakeReceipt and PickupSlip each write theirs."""
        raise NotImplementedError

    def html(self) -> str:
        """Everything the first page says, for tests and for a look without a printer."""
        return self.header_html() + self.body_html() + self.footer_html(1, 1)

    def plain_text(self) -> str:
        document = QTextDocument()
        document.setHtml(self.html())
        return document.toPlainText()

    # -- shared pieces of the body --------------------------------------------------------
    @staticmethod
    def grid(rows: Sequence[Sequence[tuple[str, str]]]) -> str:
        """Label/value pairs, two to a row; a row with one pair spans the width.
        Values are HTML already (escaped by the caller)."""
        out = []
        for row in rows:
            cells = []
            for label, value in row:
                span = ' colspan="3"' if len(row) == 1 else ""
                cells.append(f'<td width="15%" bgcolor="{LABEL_SHADE}" nowrap>{escape(label)}</td>'
                             f'<td width="35%"{span}>{value}</td>')
            out.append(f"<tr>{''.join(cells)}</tr>")
        return f"<table {GRID_TABLE}>{''.join(out)}</table>"

    @staticmethod
    def section(heading: str) -> str:
        return f'<p style="margin: 8px 0 2px 0; font-weight: bold">{escape(heading)}</p>'

    @staticmethod
    def terms(heading: str, items: Sequence[str]) -> str:
        listed = "".join(f"<li>{escape(item)}</li>" for item in items)
        return (f'<p style="margin: 10px 0 2px 0; font-size: 8.5pt; font-weight: bold">'
                f"{escape(heading)}</p>"
                f'<ol style="margin: 0; font-size: 8.5pt">{listed}</ol>')

    @staticmethod
    def signatures(pairs: Sequence[str]) -> str:
        """Signature lines side by side, each with room for the date."""
        date_label = translate("Receipt", "Date")
        cells = "".join(
            f'<td width="{100 // len(pairs)}%" style="padding-top: 18px">{escape(label)}: '
            f"______________________<br><br>{escape(date_label)}: ______________</td>"
            for label in pairs)
        return (f'<table width="100%" cellspacing="0" cellpadding="4" style="margin-top: 14px">'
                f"<tr>{cells}</tr></table>")

    def device_rows(self) -> list[list[tuple[str, str]]]:
        o = self.order
        return [
            [(translate("Receipt", "Product"), text(o.get("product_name"))),
             (translate("Receipt", "Brand"), text(o.get("brand")))],
            [(translate("Receipt", "Model"), text(o.get("model"))),
             (translate("Receipt", "Serial No."), text(o.get("serial_no")))],
            [(translate("Receipt", "Purchase date"), day(o.get("purchase_date"))),
             (translate("Receipt", "Warranty until"), day(o.get("warranty_end")))],
        ]

    def customer_rows(self) -> list[list[tuple[str, str]]]:
        o = self.order
        customer = text(o.get("customer_name"))
        if o.get("customer_code"):
            customer += f' <span style="color: #555">({text(o["customer_code"])})</span>'
        rows = [[(translate("Receipt", "Customer"), customer),
                 (translate("Receipt", "Phone"), text(o.get("customer_phone_masked")))]]
        if o.get("contact_person") or o.get("customer_address_masked"):
            rows.append([(translate("Receipt", "Contact person"), text(o.get("contact_person"))),
                         (translate("Receipt", "Address"), text(o.get("customer_address_masked")))])
        return rows

    # -- painting ---------------------------------------------------------------------------
    def paint(self, printer: QPrinter) -> int:
        """Draw every page on ``printer``; returns the number of pages."""
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(translate("Printing", "The printer could not be opened."))
        try:
            return self._paint(painter, printer)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, printer: QPrinter) -> int:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        width, height = page.width(), page.height()
        mm = printer.resolution() / 25.4
        base = page_font(painter.font())
        base.setPointSizeF(BASE_POINTS)
        qr_side, gap = QR_SIDE_MM * mm, GAP_MM * mm

        def document(html: str, text_width: float) -> QTextDocument:
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(printer)
            doc.setDefaultFont(base)
            doc.setDocumentMargin(0)
            doc.setTextWidth(text_width)
            doc.setHtml(html)
            return doc

        header = document(self.header_html(), width - qr_side - gap)
        header_height = max(header.size().height(), qr_side)
        footer_height = document(self.footer_html(1, 1), width).size().height()
        body = document(self.body_html(), width)
        # An absurdly tall header (a long address) may crowd the body, never abolish it.
        body_height = max(height - header_height - footer_height - 2 * gap, height / 3)
        # Qt breaks the body into pages: table rows are not cut, header rows repeat.
        body.setPageSize(QSizeF(width, body_height))
        pages = body.pageCount()
        matrix = qr_matrix(qr_payload(self.order))
        for index in range(pages):
            if index:
                printer.newPage()
            header.drawContents(painter)
            draw_qr(painter, matrix, QRectF(width - qr_side, 0, qr_side, qr_side))
            painter.save()
            painter.translate(0, header_height + gap - index * body_height)
            body.drawContents(painter, QRectF(0, index * body_height, width, body_height))
            painter.restore()
            painter.save()
            painter.translate(0, height - footer_height)
            document(self.footer_html(index + 1, pages), width).drawContents(painter)
            painter.restore()
            if self.copy:
                self._watermark(painter, base, width, height)
        return pages

    def _watermark(self, painter: QPainter, base: QFont, width: float, height: float) -> None:
        """A reprint says so across the page too, faint enough to read through."""
        painter.save()
        font = QFont(base)
        font.setPointSizeF(54)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(176, 0, 32, 40))
        painter.translate(QPointF(width / 2, height / 2))
        painter.rotate(-30)
        box = QRectF(-width, -height / 4, 2 * width, height / 2)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.copy_mark())
        painter.restore()


class IntakeReceipt(_Document):
    """The receipt the customer keeps when handing the device in: what was received
    (device, accessories, appearance), the fault, the promises (estimate, date), the
    terms, and both signatures. Print ``copy=order["printed_copies"]``: the first
    print is the original, every later one a numbered copy."""

    title_source = QT_TRANSLATE_NOOP("Receipt", "Service intake receipt")

    def service_rows(self) -> list[list[tuple[str, str]]]:
        o = self.order
        urgent_label = translate("Receipt", "Urgent")
        urgent = (f'<b style="color: {RED}">{escape(urgent_label)}</b>'
                  if o.get("urgent") else escape(translate("Receipt", "No")))
        repeat = ([[(translate("Receipt", "Repeat repair of"), text(o["repeat_of"]))]]
                  if o.get("repeat_of") else [])
        return [
            [(translate("Receipt", "Warranty"), escape(title(WARRANTY_TITLES, o.get("warranty")))),
             (translate("Receipt", "Service mode"),
              escape(title(SERVICE_MODE_TITLES, o.get("service_mode"))))],
            [(translate("Receipt", "Work type"), text(o.get("work_type"))),
             (translate("Receipt", "Engineer"), text(o.get("engineer")))],
            [(translate("Receipt", "Urgent"), urgent),
             (translate("Receipt", "Estimated fee"), money(o.get("estimated_fee")))],
            [(translate("Receipt", "Promised by"), when(o.get("promised_at"))),
             (translate("Receipt", "Pick up by"), f"<b>{day(o.get('pickup_due'))}</b>")],
            *repeat,
            [(translate("Receipt", "Fault"), text(o.get("fault")))],
            [(translate("Receipt", "Accessories received"), text(o.get("accessories")))],
            [(translate("Receipt", "Appearance"), text(o.get("appearance")))],
        ]

    def terms_items(self) -> list[str]:
        items = [translate("Receipt", "Keep this receipt: the device is handed back against it. If it "
                                      "is lost, bring an identity document and the phone number given "
                                      "above.")]
        if self.order.get("pickup_due"):
            items.append(translate("Receipt", "We let you know when the device is ready. Please collect it "
                                              "by {date}.").format(date=day(self.order["pickup_due"])))
        items += [
            translate("Receipt", "Back up the data on the device before handing it in: a repair can "
                                 "erase it, and we cannot answer for data lost."),
            translate("Receipt", "The estimated fee is a guide: we ask you before any work that costs "
                                 "more."),
            translate("Receipt", "The accessories and the appearance above are what we received; "
                                 "please check them before signing."),
        ]
        return items

    def body_html(self) -> str:
        return (self.section(translate("Receipt", "Customer")) + self.grid(self.customer_rows())
                + self.section(translate("Receipt", "Device")) + self.grid(self.device_rows())
                + self.section(translate("Receipt", "Service")) + self.grid(self.service_rows())
                + self.terms(translate("Receipt", "Terms"), self.terms_items())
                + self.signatures([translate("Receipt", "Customer signature"),
                                   translate("Receipt", "Received by (clerk)")]))


class PickupSlip(_Document):
    """The slip of the collection: the parts used, labour and other fees, discount,
    total (in capital numerals too in Chinese), what was paid and how, the balance,
    and the signatures of the hand-over."""

    title_source = QT_TRANSLATE_NOOP("Receipt", "Pick-up and settlement slip")

    def header_line(self) -> str:
        picked = [e["at"] for e in self.order.get("events") or () if e.get("to_status") == "picked_up"]
        received = translate("Receipt", "Received {when}").format(when=when(self.order.get("received_at")))
        if not picked:
            return received
        return received + SPACE + translate("Receipt", "Picked up {when}").format(when=when(picked[-1]))

    def summary_rows(self) -> list[list[tuple[str, str]]]:
        o = self.order
        device = " ".join(text(o.get(key)) for key in ("product_name", "brand", "model") if o.get(key))
        return [
            *self.customer_rows()[:1],
            [(translate("Receipt", "Device"), device),
             (translate("Receipt", "Serial No."), text(o.get("serial_no")))],
            [(translate("Receipt", "Warranty"), escape(title(WARRANTY_TITLES, o.get("warranty")))),
             (translate("Receipt", "Service mode"),
              escape(title(SERVICE_MODE_TITLES, o.get("service_mode"))))],
            [(translate("Receipt", "Work type"), text(o.get("work_type"))),
             (translate("Receipt", "Engineer"), text(o.get("engineer")))],
            [(translate("Receipt", "Fault"), text(o.get("fault")))],
        ]

    def parts_html(self) -> str:
        heads = [(translate("Receipt", "No."), "right", 6),
                 (translate("Receipt", "Part"), "left", 46),
                 (translate("Receipt", "Qty"), "right", 12),
                 (translate("Receipt", "Unit price"), "right", 18),
                 (translate("Receipt", "Amount"), "right", 18)]
        head = "".join(f'<th align="{align}" width="{share}%" nowrap>{escape(label)}</th>'
                       for label, align, share in heads)
        rows = []
        for number, line in enumerate(self.order.get("parts") or (), start=1):
            part = text(line.get("product_name"))
            if line.get("product_code"):
                part = f'{text(line["product_code"])} {part}'
            qty = "" if line.get("qty") is None else qty_text(line["qty"])
            if line.get("unit"):
                qty += f" {text(line['unit'])}"
            rows.append(f'<tr><td align="right">{number}</td><td>{part}</td>'
                        f'<td align="right" nowrap>{qty}</td>'
                        f'<td align="right" nowrap>{money(line.get("price"))}</td>'
                        f'<td align="right" nowrap>{money(line.get("amount"))}</td></tr>')
        if not rows:
            none = translate("Receipt", "No parts used")
            rows.append(f'<tr><td colspan="5" align="center">{escape(none)}</td></tr>')
        return (f'<table {LINES_TABLE}><thead><tr bgcolor="{HEADER_SHADE}">{head}</tr></thead>'
                f"{''.join(rows)}</table>")

    def fee(self, key: str) -> Decimal:
        return Decimal((self.order.get("fees") or {}).get(key) or 0)

    def fees_html(self) -> str:
        discount = self.fee("discount")
        lines: list[tuple[str, str, bool]] = [
            (translate("Receipt", "Parts"), money(self.fee("parts")), False),
            (translate("Receipt", "Labour"), money(self.fee("labour")), False),
            (translate("Receipt", "Other fees"), money(self.fee("other")), False),
            (translate("Receipt", "Discount"), ("-" if discount else "") + money(discount), False),
            (translate("Receipt", "Total"), "¥ " + money(self.fee("total")), True),
        ]
        for payment in self.order.get("payments") or ():
            lines.append((translate("Receipt", "Paid: {method}, {when}").format(
                method=title(PAYMENT_TITLES, payment.get("method")), when=when(payment.get("paid_at"))),
                money(payment.get("amount")), False))
        balance = self.fee("balance")
        lines += [(translate("Receipt", "Paid in total"), money(self.fee("paid")), False),
                  (translate("Receipt", "Balance due") if balance >= 0 else translate("Receipt", "To refund"),
                   "¥ " + money(abs(balance)), True)]
        body = "".join(
            f'<tr><td bgcolor="{LABEL_SHADE}">{"<b>" if strong else ""}{escape(label)}'
            f'{"</b>" if strong else ""}</td><td align="right" nowrap>'
            f'{"<b>" if strong else ""}{escape(value)}{"</b>" if strong else ""}</td></tr>'
            for label, value, strong in lines)
        return (f'<table width="55%" align="right" border="1" cellspacing="0" cellpadding="4" '
                f'style="border-collapse: collapse; margin-top: 8px">{body}</table>')

    def words_html(self) -> str:
        """The total once more in capital numerals on a Chinese page: what a Chinese
        receipt shows, and what makes the figure hard to alter. English receipts carry
        no amount in words: the figure in the fees stands alone there."""
        if not self.capital:
            return ""
        total = self.fee("total")
        try:
            words = capital_amount(total)
        except ValueError:  # beyond a trillion: the figure above has to do
            return ""
        line = translate("Receipt", "Total in words: {words} ({figure})").format(
            words="人民币" + words, figure="¥ " + money(total))
        return f'<p style="margin: 6px 0 0 0; font-size: 10.5pt; font-weight: bold">{escape(line)}</p>'

    def notes_html(self) -> str:
        if self.order.get("warranty") not in ("in", "claim"):
            return ""
        note = translate("Receipt", "Under warranty: no charge for parts and labour.")
        return f'<p style="margin: 4px 0 0 0; font-size: 8.5pt">{escape(note)}</p>'

    def body_html(self) -> str:
        terms = [
            translate("Receipt", "Check the device and its accessories before you leave: by signing you "
                                 "confirm that you received them in good order."),
            translate("Receipt", "Keep this slip: it is the proof of payment and of the repair, which we "
                                 "need to serve a repeat repair under its warranty."),
        ]
        return (self.section(translate("Receipt", "Order")) + self.grid(self.summary_rows())
                + self.section(translate("Receipt", "Parts used")) + self.parts_html()
                + self.fees_html() + '<p style="margin: 0; clear: both"></p>'
                + self.words_html() + self.notes_html()
                + self.terms(translate("Receipt", "Terms"), terms)
                + self.signatures([translate("Receipt", "Handed over by (clerk)"),
                                   translate("Receipt", "Received by (customer)")]))


# -- a look at a page without a printer -------------------------------------------------------

class _ImagePage(QImage):
    """A page in memory, standing in for a printer: what a ``paint(printer)`` function
    asks of one (page rectangle, resolution, new page) on an image, so that the code
    that prints also draws the screenshots. The wanted page is kept when the next one
    starts; the image is then cleared for it."""

    def __init__(self, size: QSize, dpi: int, wanted: int) -> None:
        super().__init__(size, QImage.Format.Format_RGB32)
        dots_per_metre = round(dpi / 0.0254)
        self.setDotsPerMeterX(dots_per_metre)
        self.setDotsPerMeterY(dots_per_metre)
        self.fill(Qt.GlobalColor.white)
        self.dpi = dpi
        self.wanted = wanted
        self.number = 1
        self.kept: QImage | None = None

    def pageRect(self, _unit: object = None) -> QRectF:  # noqa: N802 - QPrinter's name
        return QRectF(0, 0, self.width(), self.height())

    def resolution(self) -> int:
        return self.dpi

    def newPage(self) -> bool:  # noqa: N802 - QPrinter's name
        if self.number == self.wanted:
            self.kept = self.copy()
        self.number += 1
        self.fill(Qt.GlobalColor.white)
        return True

    def page(self) -> QImage | None:
        """The wanted page once painting is over (None if the document is shorter)."""
        if self.kept is not None:
            return self.kept
        return self if self.number == self.wanted else None


def render_page(paint: Callable[[Any], int], path: Path | str, *, page: int = 1, dpi: int = 110,
                landscape: bool = False) -> int:
    """Draw page ``page`` (from 1) of a ``paint(printer)`` document (a receipt, a
    ``TableDocument``) as a PNG of an A4 sheet with the house margins; returns the
    document's page count. Works offscreen: no printer, no PDF reader."""
    if page < 1 or dpi < 10:
        raise ValueError(f"no page {page} at {dpi} dpi")
    width_mm, height_mm = (297.0, 210.0) if landscape else (210.0, 297.0)
    dots = dpi / 25.4
    margin = round(MARGIN_MM * dots)
    sheet = QSize(round(width_mm * dots), round(height_mm * dots))
    printable = _ImagePage(QSize(sheet.width() - 2 * margin, sheet.height() - 2 * margin), dpi, page)
    pages = paint(printable)
    drawn = printable.page()
    if drawn is None:
        raise ValueError(f"the document has {pages} pages, not {page}")
    image = QImage(sheet, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(margin, margin, drawn)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return pages


def render_first_page(paint: Callable[[Any], int], path: Path | str, dpi: int = 110, *,
                      landscape: bool = False) -> int:
    """The first page to PNG (see ``render_page``): the screenshots' helper."""
    return render_page(paint, path, dpi=dpi, landscape=landscape)
