"""The one route from an exception to a dialog, and the log file behind it."""
from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from server_schema.errors import DomainError

from .i18n import tr_error
from .paths import log_file

translate = QCoreApplication.translate

log = logging.getLogger("aftersales")


def setup_logging(level: int = logging.INFO) -> None:
    """Log to the user data folder's log file (replacing a handler for another file)."""
    path = str(log_file())
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        if old.baseFilename == path:
            return
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)



def message_for(error: BaseException) -> tuple[str, bool]:
    """(what to tell the user, whether it is an unexpected bug)."""
    if isinstance(error, DomainError):
        return tr_error(error), False
    if isinstance(error, StaleDataError):
        return translate("Errors", "Someone else changed this record in the meantime. Reopen it to see "
                  "their changes, then make yours again."), False
    if isinstance(error, OperationalError) or (
        isinstance(error, DBAPIError) and error.connection_invalidated
    ):
        return translate("Errors", "The connection to the server was lost. Check the network; the next "
                  "action will reconnect. Nothing was saved by the failed action."), False
    return translate("Errors", "An unexpected error occurred. The details were written to the log file:\n"
              "{path}").format(path=log_file()), True


def show_exception(error: BaseException, parent: QWidget | None = None) -> None:
    text, unexpected = message_for(error)
    if unexpected:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    else:
        log.info("refused: %s", error)
    if QApplication.instance() is None:
        print(text, file=sys.stderr)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if unexpected else QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "Aftersales"))
    box.setText(text)
    if unexpected:
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    error.__traceback__ = tb
    show_exception(error)


def install_excepthook() -> None:
    """Unexpected exceptions in slots go to the log and a dialog, never to a crash."""
    sys.excepthook = _excepthook
