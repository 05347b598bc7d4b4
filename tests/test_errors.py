"""The one route from an exception to a dialog: domain errors are told plainly,
unexpected ones are logged with their traceback and offered as details."""
from __future__ import annotations

import logging
import logging.handlers

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.orm.exc import StaleDataError

from client import errors
from client.paths import log_file
from server_schema.errors import SetupError, ValidationError
from server_schema.setup import require_supported


def close_next_box(seen: list[QMessageBox]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            box.done(0)
        else:
            QTimer.singleShot(20, close)
    QTimer.singleShot(20, close)


@pytest.mark.dialogs
def test_domain_error_is_shown_without_details(qtbot, data_dir):
    seen: list[QMessageBox] = []
    close_next_box(seen)
    errors.show_exception(ValidationError("A password has at least {n} characters.", n=8))
    assert seen and seen[0].text() == "A password has at least 8 characters."
    assert seen[0].detailedText() == ""


@pytest.mark.dialogs
def test_unexpected_error_is_logged_with_traceback(qtbot, data_dir):
    errors.setup_logging()
    seen: list[QMessageBox] = []
    close_next_box(seen)
    try:
        {}["missing"]
    except KeyError as error:
        errors.show_exception(error)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "unexpected error occurred" in seen[0].text()
    assert "KeyError" in seen[0].detailedText()
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'missing'" in logged
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_concurrent_edit_is_explained():
    text, unexpected = errors.message_for(StaleDataError("version mismatch"))
    assert not unexpected and "Someone else changed this record" in text


@pytest.mark.parametrize(("version", "ok"), [(150012, False), (160000, True), (180006, True)])
def test_old_servers_are_refused_by_version(version, ok):
    if ok:
        require_supported(version)
    else:
        with pytest.raises(SetupError) as info:
            require_supported(version)
        assert "PostgreSQL 15" in str(info.value) and "16 or newer" in str(info.value)
