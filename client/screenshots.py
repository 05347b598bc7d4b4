"""Grab the screens shown in the README: ``python -m client.screenshots --lang zh_CN docs``.

Uses this PC's demo server like ``aftersales --demo``; run it once per language (the
language is chosen when the application starts)."""
from __future__ import annotations

import argparse
import os
import sys
import time
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


def wait_loaded(tab: QWidget | None, timeout: float = 10.0) -> None:
    """Let a list's background fetches arrive before grabbing it."""
    model = getattr(tab, "model", None)
    deadline = time.monotonic() + timeout
    while model is not None and (model.loading or getattr(tab, "total", 0) is None):
        QApplication.processEvents()
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)
    QApplication.processEvents()


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
        employees = window.open_module("employees")
        wait_loaded(employees)
        employees.reveal_button.setChecked(True)  # shows the reveal, and logs it
        wait_loaded(employees)
        grab(window, args.folder / f"employees_{args.lang}.png")
        window.open_module("org_tree")
        tab = window.current_tab()
        tree = getattr(tab, "tree", None)
        if tree is not None and tree.topLevelItemCount():
            first_branch = tree.topLevelItem(0)
            if first_branch.childCount() > 1:
                first_branch.child(1).setExpanded(True)
        grab(window, args.folder / f"main_{args.lang}.png")
        products = window.open_module("products")
        products.filter.setText("geli")  # pinyin of 格力: the full-field filter
        products._apply_filter()
        wait_loaded(products)
        grab(window, args.folder / f"products_{args.lang}.png")
        customers = window.open_module("customers")
        wait_loaded(customers)
        grab(window, args.folder / f"customers_{args.lang}.png")
        customers.table.activated.emit(customers.model.index(0, 0))  # a customer's form
        form = window.current_tab()
        if hasattr(form, "phone"):
            form.phone.show_value()  # revealed (and logged), like a clerk would
        grab(window, args.folder / f"customer_form_{args.lang}.png")
        for key in ("operators", "profiles", "audit"):
            tab = window.open_module(key)
            wait_loaded(tab)
            grab(window, args.folder / f"{key}_{args.lang}.png")
        window.close()
        database.close()
    finally:
        local.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
