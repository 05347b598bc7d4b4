"""Printing: on paper through the print preview, or to a PDF file.

Anything printable is a ``paint(printer) -> pages`` function that draws its pages on
a ``QPrinter``; ``preview`` and ``print_to_pdf`` take such a function, so that lists
(``TableDocument``) and, later, slips and receipts share the page set-up, the
preview and the PDF output."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QMarginsF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate

Paint = Callable[[QPrinter], int]
MARGIN_MM = 12.0
# Rows whose text is measured to size the columns: enough to be representative,
# few enough that 20,000 rows do not take long.
MEASURED_ROWS = 400
CELL_PADDING = 3


def new_printer(*, landscape: bool = False, title: str = "") -> QPrinter:
    """A high-resolution A4 printer with the house margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                           QPageLayout.Unit.Millimeter)
    printer.setDocName(title)
    printer.setCreator(QCoreApplication.applicationName())
    return printer


def print_to_pdf(paint: Paint, path: Path, *, landscape: bool = False, title: str = "") -> int:
    """Print to a PDF file; returns the number of pages."""
    printer = new_printer(landscape=landscape, title=title)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return paint(printer)


def preview(paint: Paint, parent: QWidget | None, *, landscape: bool = False,
            title: str = "") -> QPrintPreviewDialog:
    """Open the print preview (window-modal, not blocking); printing goes from there."""
    printer = new_printer(landscape=landscape, title=title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ = printer  # type: ignore[attr-defined] - the dialog does not own it
    dialog.setWindowTitle(translate("Printing", "Print preview: {title}").format(title=title))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.paintRequested.connect(lambda target: None if paint(target) else None)
    dialog.resize(1000, 760)
    dialog.open()
    return dialog


class PrintFailed(OSError):
    """The printer (or the PDF file) could not be opened."""


@dataclass
class TableDocument:
    """A table on as many pages as it needs: every page has the title, the date and
    "page n of N", the notes (what was filtered) and the column headers; the last one
    the footer (totals). Cells are one line, shortened with "…" when too long for
    their column.

    Each page is one small rich-text document drawn in one call: few calls into Qt per
    page, whatever the number of cells, and rows line up whatever font a glyph comes
    from (Chinese and Latin text mixed)."""

    title: str
    headers: list[str]
    rows: Sequence[Sequence[str]]
    right_aligned: frozenset[int] = frozenset()
    notes: list[str] = field(default_factory=list)
    footer: str = ""
    printed_at: str = field(default_factory=lambda: QDateTime.currentDateTime().toString(
        "yyyy-MM-dd HH:mm"))

    @property
    def landscape(self) -> bool:
        """Wide tables print across the page."""
        return len(self.headers) > 6

    # -- layout ----------------------------------------------------------------------
    def _widths(self, metrics: QFontMetricsF, bold: QFontMetricsF, width: float,
                padding: float) -> list[float]:
        """Column widths: each as wide as its text (header and a sample of rows), the
        widest shrunk first when they do not fit."""
        natural = [bold.horizontalAdvance(h) + 2 * padding for h in self.headers]
        for row in self.rows[:MEASURED_ROWS]:
            for i, text in enumerate(row):
                natural[i] = max(natural[i], metrics.horizontalAdvance(text) + 2 * padding)
        if sum(natural) <= width:
            extra = (width - sum(natural)) / len(natural)
            return [w + extra for w in natural]
        # Narrow columns keep their width; the wide ones share what is left.
        fixed: dict[int, float] = {}
        while True:
            wide = [i for i in range(len(natural)) if i not in fixed]
            share = (width - sum(fixed.values())) / max(1, len(wide))
            narrow = {i: natural[i] for i in wide if natural[i] <= share}
            if not narrow:
                break
            fixed.update(narrow)
        wide_total = sum(natural[i] for i in wide) or 1.0
        left = width - sum(fixed.values())
        return [fixed[i] if i in fixed else natural[i] * left / wide_total
                for i in range(len(natural))]

    def _html(self, head: str, rows: Sequence[Sequence[str]], percents: list[float],
              footer: bool) -> str:
        cells = []
        for i, title in enumerate(self.headers):
            align = "right" if i in self.right_aligned else "left"
            cells.append(f'<th align="{align}" width="{percents[i]:.2f}%" nowrap>'
                         f"{escape(title)}</th>")
        body = []
        for n, row in enumerate(rows):
            shade = ' bgcolor="#f3f3f3"' if n % 2 else ""
            body.append(f"<tr{shade}>" + "".join(
                f'<td align="{"right" if i in self.right_aligned else "left"}" nowrap>'
                f"{escape(text)}</td>" for i, text in enumerate(row)) + "</tr>")
        tail = (f'<p style="margin-top: 6px; white-space: pre-wrap"><b>{escape(self.footer)}</b></p>'
                if footer else "")
        return (f"{head}<table width=\"100%\" cellspacing=\"0\" cellpadding=\"{CELL_PADDING}\">"
                f'<thead><tr bgcolor="#e0e0e0">{"".join(cells)}</tr></thead>'
                f"{''.join(body)}</table>{tail}")

    def _head(self, page: int, pages: int) -> str:
        when = translate("Printing", "Printed {when}").format(when=self.printed_at)
        number = translate("Printing", "Page {n} of {pages}").format(n=page, pages=pages)
        notes = "".join(f'<p style="font-size: 8pt; margin: 0">{escape(note)}</p>'
                        for note in self.notes)
        return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td><span style="font-size: 14pt; font-weight: bold">{escape(self.title)}</span></td>'
                f'<td align="right" valign="bottom" style="font-size: 8pt; white-space: pre">'
                f"{escape(when)}    {escape(number)}</td>"
                f'</tr></table>{notes}<p style="margin: 0; font-size: 4pt">&nbsp;</p>')

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
        base = QFont(painter.font())
        base.setPointSizeF(9)
        bold = QFont(base)
        bold.setBold(True)
        fm, fm_bold = QFontMetricsF(base, printer), QFontMetricsF(bold, printer)
        # Cell padding is in CSS pixels (1/96 in), scaled to the printer.
        padding = CELL_PADDING * printer.resolution() / 96
        widths = self._widths(fm, fm_bold, width, padding)
        percents = [100 * w / width for w in widths]
        slack = fm.averageCharWidth()

        def line(text: str, i: int) -> str:
            flat = " ".join(text.split())
            return fm.elidedText(flat, Qt.TextElideMode.ElideRight, widths[i] - 2 * padding - slack)

        document = QTextDocument()
        document.documentLayout().setPaintDevice(printer)
        document.setDefaultFont(base)
        document.setDocumentMargin(0)
        document.setTextWidth(width)

        def measure(rows: Sequence[Sequence[str]], footer: bool) -> float:
            document.setHtml(self._html(self._head(1, 1), rows, percents, footer))
            return float(document.size().height())

        # The tallest a row can be: Chinese and Latin glyphs (from different fonts).
        sample = [["中文Ag"] * len(self.headers)] * 10
        empty = measure([], False)
        pitch = (measure(sample, False) - empty) / len(sample)
        footer_slots = math.ceil((measure([], True) - empty) / pitch) if self.footer else 0
        per_page = max(1, int((height - empty) // pitch))
        pages = max(1, math.ceil((len(self.rows) + footer_slots) / per_page))
        for number in range(pages):
            if number:
                printer.newPage()
            rows = [[line(text, i) for i, text in enumerate(row)]
                    for row in self.rows[number * per_page:(number + 1) * per_page]]
            document.setHtml(self._html(self._head(number + 1, pages), rows, percents,
                                        self.footer != "" and number == pages - 1))
            document.drawContents(painter)
        return pages
