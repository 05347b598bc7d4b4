"""Branch isolation of the front desk over raw SQL (row-level security): a branch's clerk
sees and changes only their branch's orders, events, part lines, payments,
notifications, receivables, printouts and pre-orders, whatever they type into psql;
who works with every branch sees all; the application's functions say so clearly."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from db_support import S, one, raw, refused, sql
from orders_support import Desk, new_customer, order_input
from stock_support import set_stock

from server_schema import notifications, order_lists, order_workflow, queries, service_orders, settlement
from server_schema.errors import PermissionDenied, ValidationError
from server_schema.order_workflow import PartLineInput
from server_schema.settlement import PaymentInput

if TYPE_CHECKING:
    from conftest import TestDatabase

CHILDREN = ("order_event", "order_part_line", "payment", "receivable", "notification", "order_print")


def _hq_order(desk: Desk, r: dict[str, Any]) -> tuple[int, str]:
    """An HQ order handed over on credit, with a part, a payment, a notification and a print."""
    saved = desk.new_order("in_repair", warranty="out")
    with desk.conn("manager") as conn:
        set_stock(conn, r["HQ-PART"], r["PT0002"], 5)
        order_workflow.save_part_lines(conn, saved.id, [PartLineInput(r["HQ-PART"], r["PT0002"], 1)])
    version = desk.to(saved.id, "ready")
    with desk.conn("clerk") as conn:
        notifications.notify(conn, kind="finished", channel="phone", order_id=saved.id)
        service_orders.mark_printed(conn, saved.id, "receipt")
    with desk.conn("manager") as conn:
        settlement.settle(conn, saved.id, version, pick_up=True, payments=[PaymentInput("cash", 1)])
    return saved.id, saved.number


def test_a_branch_clerk_sees_nothing_of_another_branch_over_raw_sql(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    order_id, _number = _hq_order(desk, r)
    for table in CHILDREN:
        assert one(db, f"SELECT count(*) FROM {S}.{table} WHERE order_id = {order_id}") > 0, table
    with raw(db, "sh_clerk") as conn:
        count = f"SELECT count(*) FROM {S}.service_order WHERE id = {order_id}"
        assert conn.execute(count).fetchone()[0] == 0
        for table in CHILDREN:
            assert conn.execute(f"SELECT count(*) FROM {S}.{table} "
                                f"WHERE order_id = {order_id}").fetchone()[0] == 0, table
        seen = {b for (b,) in conn.execute(f"SELECT DISTINCT branch_id FROM {S}.service_order")}
        assert seen == {r["branch:SH"]}
        assert {b for (b,) in conn.execute(f"SELECT DISTINCT branch_id FROM {S}.parts_preorder")} <= {
            r["branch:SH"]}
        # ... and changes nothing of it: the rows are not there for them.
        assert conn.execute(f"UPDATE {S}.service_order SET note = 'x' WHERE id = {order_id}").rowcount == 0
        assert conn.execute(f"UPDATE {S}.parts_preorder SET note = 'x' "
                            f"WHERE branch_id = {r['branch:HQ']}").rowcount == 0
        # Rows pointing at another branch's order are refused by the policies.
        refused(conn, f"INSERT INTO {S}.payment (order_id, method, amount) VALUES ({order_id}, 'cash', 1)",
                "42501")
        refused(conn, f"INSERT INTO {S}.notification (order_id, kind, channel) "
                      f"VALUES ({order_id}, 'finished', 'phone')", "42501")
        refused(conn, f"INSERT INTO {S}.order_print (order_id, kind) VALUES ({order_id}, 'pickup')", "42501")
    with raw(db, "engineer") as conn:  # HQ: sees its own branch's orders
        assert conn.execute(count).fetchone()[0] == 1
    assert one(db, f"SELECT note FROM {S}.service_order WHERE id = {order_id}") == ""


def test_a_branch_clerk_s_intake_is_their_branch_s(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    customer, device = new_customer(db)
    saved = desk.intake(customer, device, code="sh_clerk")
    assert saved.number.startswith("SH-")
    assert one(db, f"SELECT branch_id FROM {S}.service_order WHERE id = {saved.id}") == r["branch:SH"]
    # Naming another branch is refused; for those who work with every branch it is allowed.
    with desk.conn("sh_clerk") as conn, pytest.raises(PermissionDenied, match="your own branch's orders"):
        service_orders.intake(conn, order_input(r, customer, device, branch_id=r["branch:HQ"]))
    with desk.conn("manager") as conn:
        other = service_orders.intake(conn, order_input(r, customer, device, branch_id=r["branch:SH"]))
    assert other.number.startswith("SH-")


def test_the_application_says_so_for_another_branch_s_order(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    customer, device = new_customer(db)
    hq = desk.intake(customer, device)
    with desk.conn("sh_clerk") as conn:
        with pytest.raises(ValidationError, match="no longer exists, or belongs to another branch"):
            service_orders.load_order(conn, hq.id)
        with pytest.raises(Exception, match="no longer exists, or belongs to another branch"):
            service_orders.update_order(conn, hq.id, hq.version, service_orders.OrderChanges(note="x"))
        with pytest.raises(PermissionDenied, match="your own branch's orders"):
            notifications.notify(conn, kind="finished", channel="phone", order_id=hq.id)
        with pytest.raises(PermissionDenied, match="your own branch's orders"):
            service_orders.mark_printed(conn, hq.id, "receipt")
        with pytest.raises(PermissionDenied, match="your own branch's orders"):
            settlement.add_payments(conn, [PaymentInput("cash", 1)], order_id=hq.id)
        panel = service_orders.returning(conn, customer_id=customer)
        assert panel["customer"]["id"] == customer and panel["orders"] == []
        assert hq.number not in {row.number for row in queries.keyset_page(
            conn, order_lists.ORDERS, limit=1000, text=hq.number)}
    with desk.conn("finance") as conn:  # every branch, read only
        assert service_orders.load_order(conn, hq.id)["number"] == hq.number
    assert sql(db, f"SELECT note FROM {S}.service_order WHERE id = {hq.id}") == [("",)]


def test_part_lines_of_another_branch_s_order_are_refused(db: TestDatabase, desk: Desk,
                                                          r: dict[str, Any]) -> None:
    saved = desk.new_order(code="sh_clerk")
    with desk.conn("engineer") as conn:  # an HQ engineer, an SH order
        # Another branch's order is not there for them: refused as missing, not named.
        with pytest.raises(ValidationError, match="no longer exists, or belongs to another branch"):
            order_workflow.save_part_lines(conn, saved.id, [PartLineInput(r["SH-PART"], r["PT0001"], 1)])
    assert one(db, f"SELECT count(*) FROM {S}.order_part_line WHERE order_id = {saved.id}") == 0
