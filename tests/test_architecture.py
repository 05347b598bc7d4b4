"""Layering rules that keep the code honest."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_server_schema_never_imports_qt_or_client():
    offenders = {
        path: sorted(n for n in names if n.split(".")[0] in ("PySide6", "client", "shiboken6"))
        for path, names in imported_modules("server_schema").items()
    }
    assert {p: n for p, n in offenders.items() if n} == {}


def test_server_schema_loads_without_qt():
    # Importing every module in a fresh interpreter must not pull in Qt.
    code = (
        "import sys, pkgutil, importlib, server_schema\n"
        "for m in pkgutil.walk_packages(server_schema.__path__, 'server_schema.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'client'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_views_build_no_sql():
    # Screens call server_schema; they never assemble SQL themselves.
    for path, names in imported_modules("client/views").items():
        assert "sqlalchemy" not in {n.split(".")[0] for n in names}, path


def test_no_posix_only_calls_in_client():
    forbidden = ("os.fork", "os.getuid()", "signal.SIGKILL", "'/tmp", '"/tmp')
    for path in (ROOT / "client").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{path}: {word}"


def test_translated_texts_are_visible_to_lupdate():
    # lupdate finds tr(), translate() and QT_TRANSLATE_NOOP() by name: a text passed
    # through an alias (t = translate) is never offered for translation.
    import re

    alias = re.compile(r"^\s*\w+\s*=\s*(QCoreApplication\.)?translate\s*$", re.MULTILINE)
    for path in (ROOT / "client").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for match in alias.finditer(source):
            assert match.group(0).split("=")[0].strip() == "translate", f"{path}: {match.group(0)}"
