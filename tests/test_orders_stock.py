"""Part lines of service orders move stock exactly as the stock engine promises: saving a
line takes its quantity from the warehouse, changing it moves only the difference (5
-> 3 puts 2 back), deleting it puts it back, cancelling the order puts everything back;
a take beyond the stock is refused with the engine's message and saves nothing; the
ledger names the order; a warehouse of another branch, a closed order, bad input are
refused clearly; concurrent part lines on the last units never oversell."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from db_support import PERMISSIONS, S, one, operator, raw, refused, sql
from orders_support import Desk
from sqlalchemy.pool import NullPool
from stock_support import ledger_mismatches, level, race, set_stock, short_names

from server_schema import order_workflow, service_orders
from server_schema.errors import ConflictError, PermissionDenied, ValidationError
from server_schema.order_workflow import PartLineInput
from server_schema.service_orders import SavedOrder
from server_schema.stock_engine import ShortStock

if TYPE_CHECKING:
    from conftest import TestDatabase

D = Decimal


def _repair(desk: Desk, warranty: str = "out") -> SavedOrder:
    """An order of a machine bought a month ago, in repair."""
    return desk.new_order("in_repair", bought_days_ago=30, warranty=warranty)


def _lines(db: TestDatabase, order_id: int) -> list[tuple]:
    return sql(db, f"SELECT product_id, qty, price FROM {S}.order_part_line "
                   f"WHERE order_id = {order_id} ORDER BY line_no")


def test_part_lines_take_change_and_give_back_stock(db: TestDatabase, desk: Desk,
                                                    r: dict[str, Any]) -> None:
    hq, a, b = r["HQ-PART"], r["PT0003"], r["PT0004"]
    order_id, number, _version = _repair(desk)
    with desk.conn("manager") as manager:
        set_stock(manager, hq, a, 5)
        set_stock(manager, hq, b, 10)
    moves = one(db, f"SELECT count(*) FROM {S}.stock_move")
    with desk.conn("engineer") as conn:
        added = order_workflow.save_part_lines(
            conn, order_id, [PartLineInput(hq, a, 5), PartLineInput(hq, b, "1.5", price="20")],
            permissions=PERMISSIONS["engineer"])
        assert len(added) == 2
        assert (level(db, hq, a), level(db, hq, b)) == (0, D("8.5"))
        # 5 -> 3 gives 2 back; the second line goes: all of it back; a third comes.
        order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, a, 3, id=added[0]),
                                                        PartLineInput(hq, b, 2)],
                                       removed=[added[1]])
        assert (level(db, hq, a), level(db, hq, b)) == (2, 8)
        order = service_orders.load_order(conn, order_id)
    sale_a, sale_b = (one(db, f"SELECT sale_price FROM {S}.product WHERE id = {p}") for p in (a, b))
    assert [(p["product_id"], p["qty"], p["price"], p["line_no"]) for p in order["parts"]] == [
        (a, 3, sale_a, 1), (b, 2, sale_b, 2)]  # the sale price unless priced
    assert order["fees"]["parts"] == 3 * sale_a + 2 * sale_b
    ledger = sql(db, f"SELECT source_kind, source_no, product_id, qty FROM {S}.stock_move "
                     f"WHERE source_kind = 'order' AND source_id = {order_id} ORDER BY id")
    assert ledger[:2] == [("order", number, a, -5), ("order", number, b, D("-1.5"))]
    assert sorted(ledger[2:]) == sorted([("order", number, a, 2), ("order", number, b, D("1.5")),
                                         ("order", number, b, -2)])
    assert one(db, f"SELECT count(*) FROM {S}.stock_move") == moves + 5
    # Deleting every line puts everything back.
    with desk.conn("engineer") as conn:
        order_workflow.save_part_lines(conn, order_id, [], removed=[p["id"] for p in order["parts"]])
    assert (level(db, hq, a), level(db, hq, b)) == (5, 10)
    with raw(db, "manager") as conn:
        assert ledger_mismatches(conn) == []


def test_a_short_part_is_refused_with_the_engine_s_message_and_nothing_is_saved(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    hq, a, b = r["HQ-PART"], r["PT0005"], r["PT0006"]
    order_id = _repair(desk).id
    with desk.conn("manager") as manager:
        set_stock(manager, hq, a, 2)
        set_stock(manager, hq, b, 9)
    with desk.conn("engineer") as conn:
        with pytest.raises(ShortStock) as error:
            order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, b, 1),
                                                            PartLineInput(hq, a, 3)])
        assert str(error.value) == f"Not enough {short_names(db, hq, a)}: 2 available, 3 wanted."
        assert _lines(db, order_id) == []
        assert (level(db, hq, a), level(db, hq, b)) == (2, 9)
        added = order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, a, 2)])
        # Raising a line beyond the stock is refused too, and the line stays as it was.
        with pytest.raises(ShortStock, match="0 available, 1 wanted"):
            order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, a, 3, id=added[0])])
    assert _lines(db, order_id)[0][1] == 2 and level(db, hq, a) == 0


def test_cancelling_the_order_puts_its_parts_back(db: TestDatabase, desk: Desk,
                                                  r: dict[str, Any]) -> None:
    hq, a = r["HQ-PART"], r["PT0007"]
    order_id, _number, version = _repair(desk)
    with desk.conn("manager") as manager:
        set_stock(manager, hq, a, 4)
    with desk.conn("engineer") as conn:
        order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, a, 3)])
    assert level(db, hq, a) == 1
    with desk.conn("clerk") as conn:
        order_workflow.cancel(conn, order_id, version, reason="客户不修了")
    assert level(db, hq, a) == 4 and _lines(db, order_id) == []
    # A closed order's lines never change again.
    with desk.conn("engineer") as conn, pytest.raises(ConflictError, match="is cancelled"):
        order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, a, 1)])
    assert level(db, hq, a) == 4


def test_a_picked_up_order_s_parts_stay_as_they_were(db: TestDatabase, desk: Desk,
                                                     r: dict[str, Any]) -> None:
    hq, a = r["HQ-PART"], r["PT0008"]
    order_id, number, _version = _repair(desk, warranty="in")
    with desk.conn("manager") as manager:
        set_stock(manager, hq, a, 4)
    with desk.conn("engineer") as conn:
        line = order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, a, 1)])[0]
    desk.to(order_id, "picked_up")
    with desk.conn("engineer") as conn:
        with pytest.raises(ConflictError, match=f"Order {number} has been picked up"):
            order_workflow.save_part_lines(conn, order_id, [], removed=[line])
    with raw(db, "engineer") as conn:
        refused(conn, f"DELETE FROM {S}.order_part_line WHERE id = {line}", "AO006")
        refused(conn, f"UPDATE {S}.order_part_line SET qty = 2 WHERE id = {line}", "AO006")
    assert level(db, hq, a) == 3


def test_parts_come_from_the_order_s_own_branch(db: TestDatabase, desk: Desk,
                                                r: dict[str, Any]) -> None:
    order_id = _repair(desk).id
    sh = r["SH-PART"]
    name = one(db, f"SELECT name FROM {S}.warehouse WHERE id = {sh}")
    with desk.conn("manager") as manager:  # even for those who work with every branch
        set_stock(manager, sh, r["PT0001"], 5)
        with pytest.raises(ValidationError, match=f"Warehouse {name} belongs to another branch"):
            order_workflow.save_part_lines(manager, order_id, [PartLineInput(sh, r["PT0001"], 1)])
    assert level(db, sh, r["PT0001"]) == 5


def test_who_may_record_parts(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    hq = r["HQ-PART"]
    order_id = _repair(desk).id
    with desk.conn("clerk") as conn:
        with pytest.raises(PermissionDenied, match="workshop"):
            order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, r["PT0001"], 1)],
                                           permissions=PERMISSIONS["clerk"])
        with pytest.raises(PermissionDenied, match="may not"):
            order_workflow.save_part_lines(conn, order_id, [PartLineInput(hq, r["PT0001"], 1)])
    with raw(db, "clerk") as conn:
        refused(conn, f"INSERT INTO {S}.order_part_line (order_id, warehouse_id, product_id, qty, price) "
                      f"VALUES ({order_id}, {hq}, {r['PT0001']}, 1, 1)", "42501")
    assert _lines(db, order_id) == []


@pytest.mark.parametrize(("line", "message"), [
    (PartLineInput(None, 1, 1), "Line 1: choose the warehouse"),
    (PartLineInput(1, None, 1), "Line 1: choose the part"),
    (PartLineInput(1, 1, "abc"), "is not a quantity"),
    (PartLineInput(1, 1, ""), "enter a quantity"),
    (PartLineInput(1, 1, 0), "more than zero"),
    (PartLineInput(1, 1, "-2"), "more than zero"),
    (PartLineInput(1, 1, "1.2345"), "three decimals"),
    (PartLineInput(1, 1, "1e12"), "too large"),
    (PartLineInput(1, 1, "Infinity"), "is not a quantity"),
    (PartLineInput(1, 1, 1, price="-1"), "price is not a valid amount"),
    (PartLineInput(1, 1, 1, price="1.005"), "price is not a valid amount"),
    (PartLineInput(1, 1, 1, note="注" * 201), "at most 200"),
    (PartLineInput(1, 1, 1, id=True), "not one of the order's"),  # type: ignore[arg-type]
])
def test_bad_lines_get_a_clear_message_before_any_round_trip(line: PartLineInput, message: str) -> None:
    class NoSession:
        def execute(self, *args: Any, **kwargs: Any) -> Any:
            raise AssertionError("no round trip for bad input")
    with pytest.raises(ValidationError, match=message):
        order_workflow.save_part_lines(NoSession(), 1, [line])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="at most 200 part lines"):
        order_workflow.save_part_lines(NoSession(), 1,  # type: ignore[arg-type]
                                       [PartLineInput(1, 1, 1)] * 201)


def test_a_line_of_another_order_is_neither_changed_nor_removed(db: TestDatabase, desk: Desk,
                                                                r: dict[str, Any]) -> None:
    hq, a = r["HQ-PART"], r["PT0009"]
    first = _repair(desk).id
    second = _repair(desk).id
    with desk.conn("manager") as manager:
        set_stock(manager, hq, a, 5)
    with desk.conn("engineer") as conn:
        line = order_workflow.save_part_lines(conn, first, [PartLineInput(hq, a, 1)])[0]
        with pytest.raises(ValidationError, match="changed or removed by someone else"):
            order_workflow.save_part_lines(conn, second, [], removed=[line])
        with pytest.raises(ValidationError, match="changed or removed by someone else"):
            order_workflow.save_part_lines(conn, second, [PartLineInput(hq, a, 4, id=line)])
    assert _lines(db, first) == [(a, 1, one(db, f"SELECT sale_price FROM {S}.product WHERE id = {a}"))]
    assert level(db, hq, a) == 4


def test_concurrent_part_lines_on_the_last_units_never_oversell(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    hq, a = r["HQ-PART"], r["PT0010"]
    orders = [_repair(desk).id for _ in range(12)]
    with desk.conn("manager") as manager:
        set_stock(manager, hq, a, 5)
    engine = operator(db, "engineer", poolclass=NullPool)

    def save(i: int) -> list[int]:
        with engine.connect() as conn:
            return order_workflow.save_part_lines(conn, orders[i], [PartLineInput(hq, a, 1)])
    try:
        outcomes = race(len(orders), save)
    finally:
        engine.dispose()
    assert sorted(kind for kind, _lines in outcomes) == ["ok"] * 5 + ["short"] * 7, outcomes
    assert level(db, hq, a) == 0
    assert one(db, f"SELECT count(*) FROM {S}.order_part_line WHERE product_id = {a} "
                   f"AND order_id = ANY(ARRAY{orders})") == 5
