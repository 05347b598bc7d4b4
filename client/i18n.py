"""Languages: Simplified Chinese and English, following the system locale unless the
operator chose one. Every visible string goes through Qt's translation (tr /
QCoreApplication.translate); the .ts sources and compiled .qm files live in
resources/translations and are built with PySide6's lupdate/lrelease."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import resources
from server_schema.audit import TABLE_TITLES
from server_schema.errors import DomainError

TRANSLATIONS = Path(resources.__file__).parent / "translations"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []


def chosen_language(override: str | None = None) -> str:
    """'zh_CN' or 'en': the override, the saved choice, else the system locale."""
    choice = override or str(QSettings().value("ui/language", "system") or "system")
    if choice == "system":
        choice = "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"
    return choice if choice in LANGUAGES else "en"


def install(app: QCoreApplication, language: str) -> None:
    """Load our catalogue and Qt's own (standard buttons and dialogs) for ``language``."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if language == "zh_CN" else QLocale(QLocale.Language.English))
    if language == "en":
        return  # source strings are English
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"aftersales_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)


def tr_error(error: DomainError) -> str:
    """A domain error's message in the user's language, values filled in."""
    template = QCoreApplication.translate("DomainError", error.template)
    # A table named in a message (``*_table``) reads as the audit viewer calls it.
    params = {key: QCoreApplication.translate("AuditTable", TABLE_TITLES.get(value, value))
              if key.endswith("_table") and isinstance(value, str) else value
              for key, value in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        return str(error)
