"""Grab the screens shown in the README: ``python -m client.screenshots --lang zh_CN docs``.

Uses this PC's demo server like ``aftersales --demo``; run it once per language (the
language is chosen when the application starts)."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from server_schema.demo_data import DEMO_OPERATORS  # noqa: E402

from .app import make_application, prepare_demo  # noqa: E402
from .connection import LocalServerHandle, ProfileStore, connect_profile, local_profile  # noqa: E402
from .local_server import LocalServer  # noqa: E402
from .paths import local_server_dir  # noqa: E402
from .receipts import IntakeReceipt, render_first_page  # noqa: E402


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


def wait_idle(seconds: float = 0.8) -> None:
    """Let background reads (lookups' labels, on-hand figures) arrive."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def wait_tree(tab: QWidget, timeout: float = 10.0) -> None:
    """Let a tree's background reads arrive before grabbing it."""
    deadline = time.monotonic() + timeout
    while not tab.idle and time.monotonic() < deadline:  # type: ignore[attr-defined]
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()


def show_intake(form: QWidget) -> dict | None:
    """Fill the intake form (``views.intake.IntakeForm``) as the counter would for a
    device back soon after a repair: its serial number typed in the device's field
    finds the owner, their history and the repeat-repair warning. Returns the latest
    order (``load_order``), for the receipt."""
    from server_schema import order_lists, queries, service_orders

    with form.database.read() as session:  # type: ignore[attr-defined]
        rows = queries.keyset_page(session, order_lists.ORDERS, limit=200)
        branch = form.database.info.branch_id  # type: ignore[attr-defined]
        ours = [r for r in rows if r.branch_id == branch] or rows
        latest = service_orders.load_order(session, ours[0].id) if ours else None
    done = sorted((r for r in rows if r.serial_no and r.status == "picked_up" and r.picked_up_at),
                  key=lambda r: r.picked_up_at, reverse=True)
    if done:
        form.serial.setText(done[0].serial_no)  # type: ignore[attr-defined]
        form.serial.editingFinished.emit()  # type: ignore[attr-defined]
        deadline = time.monotonic() + 10
        while form.returning is None and time.monotonic() < deadline:  # type: ignore[attr-defined]
            QApplication.processEvents()
            time.sleep(0.02)
    for combo in (form.fault, form.appearance):  # type: ignore[attr-defined]
        combo.setCurrentIndex(0)  # the commonest entry
    for item in form.dictionary.get("accessory", [])[:2]:  # type: ignore[attr-defined]
        form.accessories.add(item)  # type: ignore[attr-defined]
    form.urgent.setChecked(True)  # type: ignore[attr-defined]
    wait_idle()
    return latest


def show_dispatch(window: QWidget, database: Any, folder: Path, lang: str) -> None:
    """The dispatch board with an order that is out selected, its slip with the part
    lines taken along, the slip as printed, and the outlet statement."""
    from .dispatch_slip import render_dispatch_png
    from .views.dispatch_form import open_dispatch

    board = window.open_module("dispatch_board")  # type: ignore[attr-defined]
    wait_tree(board)
    out = next((o for o in board.board.orders if o["engineer_id"] and o["dispatch_id"]), None)
    if out is not None:
        board.select_order(out["id"])
    wait_idle()
    grab(window, folder / f"dispatch_board_{lang}.png")
    if out is not None:
        form = open_dispatch(window, database, out["dispatch_id"])
        deadline = time.monotonic() + 10
        while form is not None and (form.busy or form.slip is None) and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        wait_idle()
        grab(window, folder / f"dispatch_slip_{lang}.png")
        if form is not None and form.slip is not None:
            render_dispatch_png(form.slip, folder / f"dispatch_print_{lang}.png")
            print(f"wrote {folder / f'dispatch_print_{lang}.png'}")
    statement = window.open_module("outlet_statement")  # type: ignore[attr-defined]
    wait_loaded(statement)
    grab(window, folder / f"outlet_statement_{lang}.png")


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
        departments = window.open_module("org_tree")
        wait_tree(departments)
        departments.tree.expandAll()  # the staff of every department, loaded as expanded
        wait_tree(departments)
        grab(window, args.folder / f"departments_{args.lang}.png")
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
        engineers = window.open_module("engineers")
        wait_loaded(engineers)
        engineers.open_record(engineers.model.row(0).id)  # an employee's form with regions
        wait_idle()
        grab(window, args.folder / f"employee_form_{args.lang}.png")
        slips = window.open_module("stock_slips")
        wait_loaded(slips)
        waiting = next((r for r in range(slips.model.rowCount())
                        if slips.model.row(r).status in ("draft", "approved")), 0)
        slip = slips.open_slip(slips.model.row(waiting).id)  # a slip awaiting its next step
        wait_idle()
        grab(window, args.folder / f"stock_slip_{args.lang}.png")
        if slip is not None:
            slip._modified = False
        on_hand = window.open_module("on_hand")
        wait_loaded(on_hand)
        grab(window, args.folder / f"on_hand_{args.lang}.png")
        on_hand.filter.setText("HQ-PART PT00")  # a part in head office's parts store
        on_hand._apply_filter()
        wait_loaded(on_hand)
        on_hand.table.activated.emit(on_hand.model.index(0, 0))  # its stock card
        wait_loaded(window.current_tab())
        grab(window, args.folder / f"stock_card_{args.lang}.png")
        board = window.open_module("status_board")  # counts per status, a tile's orders below
        board.show_orders("ready")
        wait_loaded(board.list)
        wait_idle()
        grab(window, args.folder / f"status_board_{args.lang}.png")
        show_dispatch(window, database, args.folder, args.lang)
        intake = window.open_module("intake")  # a device back soon after its repair
        receipt_order = show_intake(intake)
        grab(window, args.folder / f"intake_{args.lang}.png")
        intake.clear()  # shown, not taken in
        if receipt_order is not None:  # the receipt of the latest order, as printed
            render_first_page(IntakeReceipt(receipt_order).paint, args.folder / f"receipt_{args.lang}.png")
            print(f"wrote {args.folder / f'receipt_{args.lang}.png'}")
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
