"""Import from Excel into a list (customers, products, employees): the file laid out
like the list's export. The server half (server_schema/imports.py) checks every row
and imports all or none; this shows a busy dialog meanwhile, then either the rows to
correct or, on success, the refreshed list and a line in the status bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QToolBar

from server_schema import imports

from .. import operations
from ..errors import show_exception
from ..i18n import tr_error
from .lists import ListTab

translate = QCoreApplication.translate

# Problems listed in the box itself; all of them are under "Show Details...".
SHOWN_PROBLEMS = 8


def _titles(kind: str) -> tuple[str, str]:
    """(file dialog title, success message with {n}) for a kind of import."""
    return {
        "customer": (translate("ExcelImport", "Import customers from Excel"),
                     translate("ExcelImport", "Imported {n} customers.")),
        "product": (translate("ExcelImport", "Import products from Excel"),
                    translate("ExcelImport", "Imported {n} products.")),
        "employee": (translate("ExcelImport", "Import employees from Excel"),
                     translate("ExcelImport", "Imported {n} employees.")),
    }[kind]


def problem_lines(report: imports.ImportReport) -> list[str]:
    """Each bad row and what is wrong with it, in the user's language."""
    return [translate("ExcelImport", "Row {row}: {what}").format(
        row=row, what="; ".join(tr_error(e) for e in errors)) for row, errors in report.problems]


class ImportExcelAction(QAction):
    """"Import from Excel…" on a list tab; shown only to operators who may edit that
    kind of record. ``import_from(path)`` does the work without the file dialog. The
    tab keeps the last report in ``last_import`` (and a failure in
    ``last_import_error``)."""

    def __init__(self, tab: ListTab, kind: str) -> None:
        super().__init__(translate("ExcelImport", "Import from Excel…"), tab)
        self.tab = tab
        self.kind = kind
        self.running = False
        tab.last_import = None  # type: ignore[attr-defined]
        tab.last_import_error = None  # type: ignore[attr-defined]
        self.setToolTip(translate("ExcelImport", "Add rows from an Excel workbook laid out like "
                                                 "this list's export: all rows, or none if any "
                                                 "is wrong."))
        self.setVisible(tab.database.info.may(imports.IMPORTS[kind].permission))
        self.triggered.connect(self.choose_file)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.tab, _titles(self.kind)[0], "",
            translate("ExcelImport", "Excel workbooks (*.xlsx)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Check every row in the background, then import all or none."""
        if self.running:
            return  # one import at a time; the busy dialog says one is running
        self.running = True
        self.setEnabled(False)
        path = Path(path)
        progress = QProgressDialog(
            translate("ExcelImport", "Checking and importing {file}…").format(file=path.name),
            "", 0, 0, self.tab)
        progress.setWindowTitle(_titles(self.kind)[0])
        progress.setCancelButton(None)  # all or none: one transaction, nothing to stop halfway
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        database, kind = self.tab.database, self.kind

        def job() -> imports.ImportReport:
            with database.session() as session:  # one transaction: all rows or none
                return imports.import_file(session, path, kind)

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            self.running = False
            self.setEnabled(True)

        def done(report: imports.ImportReport) -> None:
            finish()
            self.tab.last_import = report  # type: ignore[attr-defined]
            if report.problems:
                self._show_problems(report)
            else:
                self._imported(report)

        def failed(error: BaseException) -> None:
            finish()
            self.tab.last_import_error = error  # type: ignore[attr-defined]
            show_exception(error, self.tab)

        operations.run(job, on_done=done, on_error=failed)

    def _imported(self, report: imports.ImportReport) -> None:
        self.tab.refresh()
        message = _titles(self.kind)[1].format(n=report.imported)
        if report.added:
            message += " " + translate("ExcelImport", "New brands added: {names}.").format(
                names=", ".join(report.added))
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)

    def _show_problems(self, report: imports.ImportReport) -> None:
        lines = problem_lines(report)
        box = QMessageBox(QMessageBox.Icon.Warning, _titles(self.kind)[0], translate(
            "ExcelImport", "Nothing was imported: {n} rows need correcting first.").format(
            n=len(report.problems)), parent=self.tab)
        shown = "\n".join(lines[:SHOWN_PROBLEMS])
        if len(lines) > SHOWN_PROBLEMS:
            shown += "\n" + translate("ExcelImport", "…and {n} more (Show Details).").format(
                n=len(lines) - SHOWN_PROBLEMS)
        box.setInformativeText(shown)
        box.setDetailedText("\n".join(lines))
        box.exec()


def add_import_action(tab: ListTab, kind: str) -> ImportExcelAction:
    """Put "Import from Excel…" on the tab's tool bar (made if it has none); also
    ``tab.import_action``."""
    action = ImportExcelAction(tab, kind)
    layout = tab.layout()
    first = layout.itemAt(0).widget() if layout.count() else None
    bar = first if isinstance(first, QToolBar) else None
    if bar is None:
        bar = QToolBar()
        bar.setVisible(action.isVisible())  # no empty strip for operators who may not
        layout.insertWidget(0, bar)  # type: ignore[attr-defined]
    bar.addAction(action)
    tab.addAction(action)
    tab.import_action = action  # type: ignore[attr-defined]
    return action
