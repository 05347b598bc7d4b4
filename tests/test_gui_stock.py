"""The warehouse's screens through real widgets: a slip from draft to posted by the
people allowed each step, on-hand and its stock card, a short take refused with the
engine's message, a correction by reversal, printing to PDF."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from client.views.slip_form import ON_HAND, QTY, SlipForm
from client.views.stock import OnHandTab, StockCardTab
from tests.test_gui_lists import open_window, settle


def sql(db, statement: str, **params):
    engine = db.superuser_engine()
    try:
        with engine.begin() as connection:
            return connection.execute(text(statement), params).all()
    finally:
        engine.dispose()


def part_and_warehouse(db, branch: str = "HQ"):
    """A part and a parts warehouse of the branch, with labels as lookups show them."""
    [(warehouse_id, warehouse)] = sql(db, """
        SELECT w.id, w.code || ' ' || w.name FROM aftersales.warehouse w
        JOIN aftersales.branch b ON b.id = w.branch_id
        JOIN aftersales.warehouse_kind k ON k.id = w.kind_id
        WHERE b.code = :b AND k.code = 'PART' ORDER BY w.id LIMIT 1""", b=branch)
    [(product_id, product)] = sql(db, """
        SELECT id, code || ' ' || name FROM aftersales.product WHERE code LIKE 'PT%'
        ORDER BY id LIMIT 1""")
    return (warehouse_id, warehouse), (product_id, product)


def on_hand(db, warehouse_id: int, product_id: int) -> float:
    rows = sql(db, "SELECT qty FROM aftersales.stock_level WHERE warehouse_id = :w "
                   "AND product_id = :p", w=warehouse_id, p=product_id)
    return float(rows[0][0]) if rows else 0.0


def done(qtbot, form: SlipForm) -> None:
    qtbot.waitUntil(lambda: form.message.text() != "Saving…", timeout=10_000)


@pytest.fixture
def admin(qtbot, db):
    window = open_window(qtbot, db, "admin")
    yield window
    window.close()
    window.database.close()


def fill(form: SlipForm, warehouse, product, qty: str) -> None:
    form.warehouse.set_value(*warehouse)
    form.add_line()
    form.lines.cellWidget(0, 0).set_value(*product)
    form.lines.item(0, QTY).setText(qty)


def test_stock_in_from_draft_to_posted_then_card_and_print(qtbot, admin, db, tmp_path):
    warehouse, product = part_and_warehouse(db)
    before = on_hand(db, warehouse[0], product[0])
    tab = admin.open_module("stock_slips")
    settle(qtbot, tab)
    form = tab.open_slip(None, "in")
    fill(form, warehouse, product, "7")
    form.counterparty.setText("格力配件供应商")
    form.save()
    done(qtbot, form)
    qtbot.waitUntil(lambda: bool(form.slip.get("number")), timeout=10_000)
    assert form.slip["number"].startswith("RK-") and form.slip["status"] == "draft"
    assert form.approve_button.isVisibleTo(form) and not form.post_button.isVisibleTo(form)
    form.step("approve")
    qtbot.waitUntil(lambda: form.slip["status"] == "approved", timeout=10_000)
    assert form.post_button.isVisibleTo(form) and not form.save_button.isVisibleTo(form)
    form.step("post")
    qtbot.waitUntil(lambda: form.slip["status"] == "posted", timeout=10_000)
    assert on_hand(db, warehouse[0], product[0]) == before + 7
    assert form.reverse_button.isVisibleTo(form) and form.correct_button.isVisibleTo(form)
    pages = form.print_pdf(tmp_path / "slip.pdf")
    assert pages == 1 and (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")

    stock = admin.open_module("on_hand")
    assert isinstance(stock, OnHandTab)
    stock.filter.setText(product[1].split()[0])
    stock._apply_filter()
    settle(qtbot, stock)
    row = next(r for r in range(stock.model.rowCount())
               if stock.model.row(r).warehouse_id == warehouse[0])
    stock.table.activated.emit(stock.model.index(row, 0))
    card = admin.current_tab()
    assert isinstance(card, StockCardTab)
    settle(qtbot, card)
    last = card.model.row(card.model.rowCount() - 1)
    assert float(last.balance) == before + 7 and last.source_no == form.slip["number"]


def test_short_take_is_refused_with_the_engines_message(qtbot, admin, db):
    warehouse, product = part_and_warehouse(db)
    have = on_hand(db, warehouse[0], product[0])
    tab = admin.open_module("stock_slips")
    form = tab.open_slip(None, "out")
    fill(form, warehouse, product, str(int(have) + 5))
    form.save()
    done(qtbot, form)
    for step, status in (("approve", "approved"), ("post", "posted")):
        form.step(step)
        qtbot.waitUntil(lambda wanted=status: form.slip["status"] == wanted
                        or "Not done" in form.message.text(), timeout=10_000)
    assert form.slip["status"] == "approved"
    assert "Not done" in form.message.text() and product[1].split()[0] in form.message.text()
    assert on_hand(db, warehouse[0], product[0]) == have


def test_correction_reverses_and_posts_the_new_slip(qtbot, admin, db):
    warehouse, product = part_and_warehouse(db)
    before = on_hand(db, warehouse[0], product[0])
    form = admin.open_module("stock_slips").open_slip(None, "in")
    fill(form, warehouse, product, "5")
    form.save()
    done(qtbot, form)
    for step, status in (("approve", "approved"), ("post", "posted")):
        form.step(step)
        qtbot.waitUntil(lambda wanted=status: form.slip["status"] == wanted, timeout=10_000)
    original = form.slip["number"]
    form.start_correction()
    assert form.save_button.isVisibleTo(form) and form.lines.cellWidget(0, 0).isEnabled()
    form.lines.item(0, QTY).setText("3")
    form.save()
    done(qtbot, form)
    qtbot.waitUntil(lambda: form.slip.get("corrects_number") == original, timeout=10_000)
    assert form.slip["status"] == "posted"
    assert on_hand(db, warehouse[0], product[0]) == before + 3


def test_keeper_cannot_approve_and_sees_what_the_warehouse_holds(qtbot, db):
    window = open_window(qtbot, db, "keeper")
    warehouse, product = part_and_warehouse(db)
    form = window.open_module("stock_slips").open_slip(None, "out")
    fill(form, warehouse, product, "1")
    form._refresh_on_hand()
    expected = on_hand(db, warehouse[0], product[0])
    qtbot.waitUntil(lambda: form.lines.item(0, ON_HAND).text() != "", timeout=10_000)
    assert float(form.lines.item(0, ON_HAND).text()) == expected
    form.save()
    done(qtbot, form)
    assert form.slip["status"] == "draft" and not form.approve_button.isVisibleTo(form)
    window.close()
    window.database.close()
