"""Update and compile the translation files with PySide6's own tools.

``python -m client.i18n_tools`` runs lupdate over client/ and server_schema/ into
resources/translations/aftersales_<lang>.ts (keeping existing translations), then
lrelease into .qm. The tests check that every source text has a Chinese translation
and that the .qm files are current."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .i18n import LANGUAGES, TRANSLATIONS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("client", "server_schema")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def sources() -> list[str]:
    files: list[str] = []
    for package in SOURCES:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / package).rglob("*.py"))
    return files


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"aftersales_{language}.ts"


def update() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [_tool("lupdate"), "-locations", "none", "-no-obsolete", *sources(),
             "-ts", str(ts_file(language))],
            cwd=ROOT, check=True,
        )


def release() -> None:
    for language in LANGUAGES:
        ts = ts_file(language)
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


if __name__ == "__main__":
    update()
    release()
