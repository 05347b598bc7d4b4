"""Grab the screens shown in the README: ``python -m client.screenshots --lang zh_CN docs``.

Uses this PC's demo server like ``aftersales --demo``; run it once per language (the
language is chosen when the application starts)."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from server_schema.demo_data import DEMO_OPERATORS  # noqa: E402

from .app import make_application, prepare_demo  # noqa: E402
from .connection import LocalServerHandle, ProfileStore, connect_profile, local_profile  # noqa: E402
from .local_server import LocalServer  # noqa: E402
from .paths import local_server_dir  # noqa: E402


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["zh_CN", "en"], required=True)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    make_application([sys.argv[0]], args.lang)
    local = LocalServerHandle(LocalServer(local_server_dir()))
    try:
        prepare_demo(local)
        from .main_window import MainWindow
        from .views.login import LoginDialog

        login = LoginDialog(ProfileStore(), local, demo=True)
        login.code.setText("clerk")
        login.resize(520, 360)
        grab(login, args.folder / f"login_{args.lang}.png")
        login.close()

        admin = DEMO_OPERATORS[0]
        database = connect_profile(local_profile(demo=True), admin.code, admin.password,
                                   local=local)
        window = MainWindow(database)
        window.resize(1280, 780)
        window.open_module("employees")
        window.open_module("org_tree")
        tab = window.current_tab()
        tree = getattr(tab, "tree", None)
        if tree is not None and tree.topLevelItemCount():
            first_branch = tree.topLevelItem(0)
            if first_branch.childCount() > 1:
                first_branch.child(1).setExpanded(True)
        grab(window, args.folder / f"main_{args.lang}.png")
        window.close()
        database.close()
    finally:
        local.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
