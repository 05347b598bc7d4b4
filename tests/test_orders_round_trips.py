"""Round trips of the front desk's actions, counted by a proxy between client and server
(branch users sit 40-100 ms away): an intake, whatever it carries (a new customer
and device, many accessories), the order's load, the returning customer's panel,
each step, a settlement with several payments, part lines however many, and the
lists cost the same few round trips every time."""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from db_support import trips
from orders_support import new_customer, order_input
from stock_support import set_stock

from bench.rtproxy import RoundTripProxy
from server_schema import notifications, order_lists, order_workflow, queries, service_orders, settlement
from server_schema.customers import CustomerInput, DeviceInput
from server_schema.order_workflow import PartLineInput
from server_schema.settlement import PaymentInput

if TYPE_CHECKING:
    from conftest import TestDatabase


def test_an_intake_costs_one_round_trip_whatever_it_carries(
    db: TestDatabase, proxied: tuple[RoundTripProxy, Any], r: dict[str, Any],
) -> None:
    proxy, database = proxied
    customer, device = new_customer(db)
    small = order_input(r, customer, device)
    big = order_input(r, None, None, product_id=None, note="很长的备注" * 100,
                      accessories=[f"配件{i}" for i in range(30)],
                      new_customer=CustomerInput(name="新客户", phone="13812345678", address="某地"),
                      new_device=DeviceInput(product_id=r["machine"], serial_no="RT-BIG",
                                             purchase_place="国美电器新店"))
    counts = {}
    for name, data in (("small", small), ("big", big)):
        counts[name], saved = trips(proxy, database, lambda s, d=data: service_orders.intake(s, d))
        assert saved.number
        counts[name + " in a transaction"], _saved = trips(
            proxy, database, lambda s, d=data: service_orders.intake(s, d), transaction=True)
    assert counts["small"] == counts["big"] == 1, counts
    assert counts["small in a transaction"] == counts["big in a transaction"] <= 3, counts


def test_reading_an_order_and_the_customer_costs_one_round_trip_each(
    db: TestDatabase, proxied: tuple[RoundTripProxy, Any], r: dict[str, Any],
) -> None:
    proxy, database = proxied
    counts: dict[int, dict[str, int]] = {}
    for parts in (1, 30):
        customer, device = new_customer(db, serial=f"RT-{parts}",
                                        purchased=date.today() - timedelta(days=20))
        with database.read() as session:
            saved = service_orders.intake(session, order_input(r, customer, device, warranty="out"))
            version = order_workflow.start_repair(session, saved.id, saved.version,
                                                  engineer_id=r["engineers:HQ"][0])
            for n in range(parts):
                set_stock(session, r["HQ-PART"], r[f"PT{n % 18 + 1:04d}"], 100)
        lines = [PartLineInput(r["HQ-PART"], r[f"PT{n % 18 + 1:04d}"], 1) for n in range(parts)]
        count: dict[str, int] = {}
        count["parts"], _ids = trips(proxy, database,
                                     lambda s, o=saved.id, ls=lines: order_workflow.save_part_lines(s, o, ls))
        count["ready"], version = trips(proxy, database, lambda s, o=saved.id, v=version:
                                        order_workflow.mark_ready(s, o, v))
        count["notify"], _id = trips(proxy, database, lambda s, o=saved.id: notifications.notify(
            s, kind="finished", channel="phone", order_id=o))
        count["load"], order = trips(proxy, database,
                                     lambda s, o=saved.id: service_orders.load_order(s, o))
        assert len(order["parts"]) == parts
        payments = [PaymentInput("cash", 1), PaymentInput("card", 1), PaymentInput("transfer", 1)]
        count["settle"], version = trips(proxy, database, lambda s, o=saved.id, v=version, p=payments:
                                         settlement.settle(s, o, v, payments=p, pick_up=True))
        count["returning"], panel = trips(proxy, database, lambda s, c=customer:
                                          service_orders.returning(s, customer_id=c))
        assert panel["orders"]
        count["serial"], found = trips(proxy, database, lambda s, sn=f"RT-{parts}":
                                       service_orders.find_by_serial(s, sn))
        assert found
        count["print"], copy = trips(proxy, database, lambda s, o=saved.id:
                                     service_orders.mark_printed(s, o, "pickup"))
        assert copy == 1
        counts[parts] = count
    assert counts[1] == counts[30], counts
    assert set(counts[30].values()) == {1}, counts


def test_the_lists_and_the_board_cost_one_round_trip(
    db: TestDatabase, proxied: tuple[RoundTripProxy, Any],
) -> None:
    proxy, database = proxied
    for spec in (order_lists.ORDERS, order_lists.TO_NOTIFY, order_lists.PREORDERS,
                 order_lists.OVERDUE_PICKUPS, order_lists.PAYMENTS, order_lists.RECEIVABLES):
        count, first = trips(proxy, database, lambda s, sp=spec: queries.keyset_page(s, sp, limit=3))
        assert count == 1, spec.name
        if first:
            after = queries.key_of(spec, first[-1])
            assert trips(proxy, database, lambda s, sp=spec, a=after: queries.keyset_page(
                s, sp, after=a, limit=3))[0] == 1, spec.name
        assert trips(proxy, database, lambda s, sp=spec: queries.keyset_page(
            s, sp, text="a 1", limit=3))[0] == 1, spec.name
    assert trips(proxy, database, lambda s: order_lists.status_board(s))[0] == 1
    assert trips(proxy, database, lambda s: order_lists.to_notify_count(s))[0] == 1
    assert trips(proxy, database, lambda s: queries.group_summary(
        s, order_lists.ORDERS, "engineer", sums=order_lists.ORDER_SUMS))[0] == 1
    assert trips(proxy, database, lambda s: queries.totals(
        s, order_lists.ORDERS, sums=order_lists.ORDER_SUMS,
        conditions=order_lists.work_queue(1)))[0] == 1
