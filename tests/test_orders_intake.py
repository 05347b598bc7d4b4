"""Intake at the front desk against a real PostgreSQL, as the demo operators (their own
login roles): numbers per branch and year, gapless and unique under concurrent intake;
a new customer and device in the intake's own statement with their dictionary values;
the warranty suggested from the device and its override recorded; the work type's
fee and time limit; everything or nothing; clear messages for bad, huge and malicious
input; the returning customer's panel with the repeat-repair warning; the lookup by
serial number; the customer's history; the printed-copy counter; the whole order as
the contract has it.

The helpers shared by the order tests are in orders_support."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from db_support import PERMISSIONS, S, engines, one, operator, raw, sql
from orders_support import Desk, desk, new_customer, order_input, r
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool
from stock_support import race

from server_schema import customers, order_workflow, service_orders, settlement
from server_schema.customers import CustomerInput, DeviceInput
from server_schema.errors import ConflictError, DomainError, PermissionDenied, ValidationError
from server_schema.service_orders import IntakeInput

if TYPE_CHECKING:
    from conftest import TestDatabase

#: What test_gui_front_desk and test_gui_settlement import from here; the helpers live in
#: orders_support and db_support, and the fixtures reach every test without an import.
__all__ = ["S", "Desk", "desk", "engines", "new_customer", "one", "r", "sql"]

D = Decimal
NUMBER = re.compile(r"^(?P<prefix>[A-Z]{1,4})-(?P<year>\d{4})-(?P<seq>\d{6,})$")


def last_seq(db: TestDatabase, branch: str) -> int:
    return int(one(db, f"""SELECT coalesce(max(o.seq), 0) FROM {S}.service_order o
                           JOIN {S}.branch b ON b.id = o.branch_id
                           WHERE b.code = '{branch}' AND o.year = extract(year FROM current_date)"""))


# -- intake -----------------------------------------------------------------------------------

def test_an_intake_gets_a_branch_number_and_everything_the_database_sets(
    db: TestDatabase, desk: Desk, r: dict[str, Any],
) -> None:
    customer, device = new_customer(db, serial="SN-A1", purchased=date.today() - timedelta(days=100))
    before = last_seq(db, "HQ")
    saved = desk.intake(customer, device, urgent=True, estimated_fee="150.5",
                        contact_person="王先生", note="客户下午来取")
    match = NUMBER.match(saved.number)
    assert match is not None, saved.number
    assert (match["prefix"], int(match["year"]), int(match["seq"])) == ("HQ", date.today().year,
                                                                       before + 1)
    order = desk.load(saved.id, "clerk")
    assert order["number"] == saved.number and order["version"] == saved.version == 1
    assert (order["status"], order["branch"], order["received_by"]) == (
        "pending", "总部", db.roles.operator("clerk"))
    assert order["received_by_name"]
    # In warranty by the product's months since the purchase, 100 days ago.
    assert (order["warranty"], order["warranty_suggested"], order["warranty_set_by"]) == ("in", "in", None)
    assert order["product_id"] == r["machine"] and order["serial_no"] == "SN-A1"
    # The work type's fee and time limit (中修: 180, 72 hours).
    work = sql(db, f"SELECT standard_fee, time_limit_hours FROM {S}.work_type WHERE code = 'RPR-M'")[0]
    assert order["labour_fee_set"] == work[0]
    assert order["promised_at"] - order["received_at"] == timedelta(hours=work[1])
    assert order["pickup_due"] == order["promised_at"].date()
    assert (order["urgent"], order["estimated_fee"], order["contact_person"], order["note"]) == (
        True, D("150.50"), "王先生", "客户下午来取")
    assert (order["fault"], order["accessories"], order["appearance"]) == ("不制冷", "遥控器", "外观完好")
    # In warranty: the customer pays nothing for parts and labour.
    assert order["fees"] == {"parts": 0, "labour": 0, "other": 0, "discount": 0, "total": 0,
                             "paid": 0, "balance": 0, "claim": 0}
    assert [(e["kind"], e["from_status"], e["to_status"], e["by"]) for e in order["events"]] == [
        ("intake", None, "pending", db.roles.operator("clerk"))]
    assert order["repeat_of"] is None and order["printed_copies"] == 0


def test_a_warranty_other_than_the_suggestion_is_allowed_and_recorded(
    db: TestDatabase, desk: Desk,
) -> None:
    customer, device = new_customer(db, purchased=date.today() - timedelta(days=4000))
    assert service_orders.suggest_warranty(date.today() - timedelta(days=4000), None, 36) == "out"
    saved = desk.intake(customer, device, warranty="in")
    order = desk.load(saved.id)
    assert (order["warranty"], order["warranty_suggested"], order["warranty_set_by"]) == (
        "in", "out", db.roles.operator("clerk"))
    assert [(e["kind"], e["note"]) for e in order["events"]] == [("intake", ""), ("warranty", "out -> in")]
    # A warranty end set on the device wins over the months; changing it later is an event too.
    customer, device = new_customer(db, purchased=date.today() - timedelta(days=4000),
                                    warranty_end=date.today() + timedelta(days=1))
    saved = desk.intake(customer, device)
    assert desk.load(saved.id)["warranty_suggested"] == "in"
    with desk.conn("clerk") as conn:
        service_orders.update_order(conn, saved.id, saved.version,
                                    service_orders.OrderChanges(warranty="claim"))
    order = desk.load(saved.id)
    assert (order["warranty"], order["warranty_set_by"]) == ("claim", db.roles.operator("clerk"))
    assert order["events"][-1]["kind"] == "warranty" and order["events"][-1]["note"] == "in -> claim"
    # Without a device nothing suggests a warranty: out.
    saved = desk.intake(customer)
    assert desk.load(saved.id)["warranty_suggested"] == "out"


def test_a_new_customer_and_device_come_with_the_order_and_their_dictionary_values(
    db: TestDatabase, engines: Callable[[str], Engine], r: dict[str, Any],
) -> None:
    uses = dict(sql(db, f"SELECT name, uses FROM {S}.dictionary_entry WHERE kind = 'accessory'"))
    assert "遥控器" in uses
    data = IntakeInput(
        service_mode="on_site", work_type_id=r["wt:INST"],
        new_customer=CustomerInput(name=" 新客户甲 ", phone="139 1234 5678", address="北京市朝阳区"),
        new_device=DeviceInput(product_id=r["machine"], serial_no="NEW-001",
                               purchase_date=date.today() - timedelta(days=10),
                               purchase_place="京东家电朝阳店"),
        fault="ＡＢＣ  新故障", accessories=["遥控器", "新配件", "遥控器", "  新配件 "],
        appearance="轻微划痕", labour_fee="0")
    with engines("clerk").connect() as conn:
        saved = service_orders.intake(conn, data, permissions=PERMISSIONS["clerk"])
        order = service_orders.load_order(conn, saved.id)
    assert order["customer_name"] == "新客户甲" and order["customer_code"].startswith("C")
    assert order["customer_phone_masked"] == "139****5678"
    assert (order["serial_no"], order["warranty_suggested"], order["service_mode"]) == (
        "NEW-001", "in", "on_site")
    assert order["fees"]["labour"] == 0 and order["labour_fee_set"] == 0  # given: none charged
    assert order["accessories"] == "遥控器、新配件"
    after = dict(sql(db, f"SELECT name, uses FROM {S}.dictionary_entry WHERE kind = 'accessory'"))
    assert after["遥控器"] == uses["遥控器"] + 1 and after["新配件"] == 1
    assert order["fault"] == "ＡＢＣ 新故障"  # single spaces, as the dictionary writes it
    # The same value typed half-width later is the same entry, written as first written.
    with engines("clerk").connect() as conn:
        again = service_orders.intake(conn, order_input(r, order["customer_id"], order["device_id"],
                                                        fault="abc   新故障"))
        assert service_orders.load_order(conn, again.id)["fault"] == "ＡＢＣ 新故障"
    assert sql(db, f"SELECT name, uses FROM {S}.dictionary_entry WHERE kind = 'fault' "
                   "AND normalised = 'abc 新故障'") == [("ＡＢＣ 新故障", 2)]
    assert one(db, f"SELECT count(*) FROM {S}.dictionary_entry WHERE kind = 'purchase_place' "
                   "AND name = '京东家电朝阳店'") == 1
    # The customer's form shows them as the customer form saved them.
    phone = one(db, f"SELECT phone FROM {S}.customer WHERE id = {order['customer_id']}")
    assert phone == "13912345678"


def test_an_intake_is_all_or_nothing(db: TestDatabase, engines: Callable[[str], Engine],
                                     r: dict[str, Any]) -> None:
    counts = f"""SELECT (SELECT count(*) FROM {S}.customer), (SELECT count(*) FROM {S}.customer_device),
                        (SELECT count(*) FROM {S}.dictionary_entry), (SELECT count(*) FROM {S}.service_order),
                        (SELECT coalesce(sum(last), 0) FROM {S}.document_counter)"""
    before = sql(db, counts)
    data = IntakeInput(service_mode="carry_in", work_type_id=999999,
                       new_customer=CustomerInput(name="不会留下"),
                       new_device=DeviceInput(product_id=r["machine"], serial_no="GONE"),
                       fault="全新的故障现象", accessories=["全新的配件"])
    with engines("clerk").connect() as conn, pytest.raises(ValidationError, match="no longer exists"):
        service_orders.intake(conn, data)
    assert sql(db, counts) == before
    # A device of another customer is refused by the database, and leaves nothing either.
    _other, device = new_customer(db)
    customer, _device = new_customer(db)
    before = sql(db, counts)
    with engines("clerk").connect() as conn, pytest.raises(ValidationError,
                                                           match="belongs to another customer"):
        service_orders.intake(conn, order_input(r, customer, device))
    assert sql(db, counts) == before


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"customer_id": None}, "customer_id", "Find the customer, or enter a new one"),
    ({"new_customer": CustomerInput(name="x")}, "customer_id", "not both"),
    ({"customer_id": True}, "customer_id", "Find the customer"),
    ({"customer_id": None, "new_customer": CustomerInput(name="  ")}, "customer.name",
     "Enter the customer's name"),
    ({"customer_id": None, "new_customer": CustomerInput(name="甲", phone="12345")}, "customer.phone",
     "11-digit mobile"),
    ({"customer_id": None, "new_customer": CustomerInput(name="名" * 101)}, "customer.name", "At most 100"),
    ({"service_mode": "walk_in"}, "service_mode", "carry-in or on-site"),
    ({"warranty": "maybe"}, "warranty", "manufacturer claim"),
    ({"work_type_id": None}, "work_type_id", "work type"),
    ({"work_type_id": "3"}, "work_type_id", "work type"),
    ({"product_id": None}, "product_id", "Choose the product"),
    ({"device_id": -4}, "device_id", "from the list"),
    ({"new_device": DeviceInput(product_id=None)}, "product_id", "Choose the product"),  # type: ignore[arg-type]
    ({"new_device": DeviceInput(product_id=1, purchase_date=date.today() + timedelta(days=3))},
     "devices", "in the future"),
    ({"fault": "坏" * 201}, "fault", "At most 200"),
    ({"note": "x" * 20001}, "note", "At most 2000"),
    ({"accessories": "遥控器"}, "accessories", "one by one"),
    ({"accessories": ["件"] * 51}, "accessories", "Too many"),
    ({"accessories": ["件" * 201]}, "accessories", "at most 200"),
    ({"estimated_fee": "abc"}, "estimated_fee", "not an amount"),
    ({"estimated_fee": "-1"}, "estimated_fee", "negative"),
    ({"estimated_fee": "1.234"}, "estimated_fee", "two decimals"),
    ({"estimated_fee": "1e20"}, "estimated_fee", "too large"),
    ({"estimated_fee": "NaN"}, "estimated_fee", "not an amount"),
    ({"labour_fee": True}, "labour_fee", "not an amount"),
    ({"promised_at": datetime.now() - timedelta(days=1)}, "promised_at", "in the past"),
    ({"promised_at": "tomorrow"}, "promised_at", "promised date and time"),
    ({"promised_at": datetime.now() + timedelta(days=2), "pickup_due": date.today()},
     "pickup_due", "before the promised date"),
    ({"urgent": "yes"}, "urgent", "urgent"),
    ({"engineer_id": 0}, "engineer_id", "from the list"),
])
def test_bad_input_gets_a_clear_message_before_any_round_trip(
    r: dict[str, Any], changes: dict[str, Any], field: str, message: str,
) -> None:
    data = order_input(r, 1, None, **changes)
    problems = service_orders.check_intake(data)
    assert any(p.field == field and message in str(p) for p in problems), [
        (p.field, str(p)) for p in problems]

    class NoSession:
        def execute(self, *args: Any, **kwargs: Any) -> Any:
            raise AssertionError("no round trip for bad input")
    with pytest.raises(ValidationError):
        service_orders.intake(NoSession(), data)  # type: ignore[arg-type]


def test_malicious_text_is_stored_as_typed_and_control_characters_are_dropped(
    db: TestDatabase, desk: Desk,
) -> None:
    evil = "'); DROP TABLE aftersales.service_order; --"
    saved = desk.new_order(fault=evil, note="a\x00b\x07c <script>alert(1)</script>",
                           accessories=["%", "_", "\\"], contact_person="O'Brien")
    order = desk.load(saved.id)
    assert order["fault"] == evil
    assert order["note"] == "abc <script>alert(1)</script>"
    assert order["accessories"] == "%、_、\\" and order["contact_person"] == "O'Brien"
    assert one(db, f"SELECT count(*) FROM {S}.service_order") > 0


def test_who_may_take_in(db: TestDatabase, engines: Callable[[str], Engine], r: dict[str, Any]) -> None:
    customer, device = new_customer(db)
    data = order_input(r, customer, device)
    for code in ("engineer", "keeper", "finance"):
        with engines(code).connect() as conn:
            # Refused before the round trip with the operator's permissions, and by the
            # database without them, with the same message.
            with pytest.raises(PermissionDenied, match="may not take in or change service orders"):
                service_orders.intake(conn, data, permissions=PERMISSIONS[
                    {"keeper": "warehouse"}.get(code, code)])
            with pytest.raises(PermissionDenied, match="may not"):
                service_orders.intake(conn, data)
    with engines("dispatcher").connect() as conn:
        assert service_orders.intake(conn, data, permissions=PERMISSIONS["dispatcher"]).number


def test_concurrent_intakes_never_give_a_number_twice_or_skip_one(
    db: TestDatabase, r: dict[str, Any],
) -> None:
    customer, device = new_customer(db)
    before = {branch: last_seq(db, branch) for branch in ("HQ", "SH")}
    engines = {code: operator(db, code, autocommit=False, poolclass=NullPool)
               for code in ("clerk", "sh_clerk", "manager")}

    def work(i: int) -> list[str]:
        code = ("clerk", "sh_clerk", "manager")[i % 3]
        numbers: list[str] = []
        for round_ in range(3):
            with engines[code].connect() as conn, conn.begin() as transaction:
                saved = service_orders.intake(conn, order_input(r, customer, device))
                # Every fourth gives up after its number was given: the number comes back.
                if (i + round_) % 4 == 0:
                    transaction.rollback()
                    continue
            numbers.append(saved.number)
        return numbers
    try:
        outcomes = race(14, work)
    finally:
        for engine in engines.values():
            engine.dispose()
    assert [kind for kind, _numbers in outcomes] == ["ok"] * 14, outcomes
    numbers = [n for _ok, taken in outcomes for n in taken]
    assert len(numbers) == len(set(numbers))
    for branch in ("HQ", "SH"):
        seqs = sorted(int(NUMBER.match(n)["seq"]) for n in numbers if n.startswith(branch + "-"))
        assert seqs == list(range(before[branch] + 1, before[branch] + 1 + len(seqs))), branch
        assert last_seq(db, branch) == before[branch] + len(seqs)
    assert {n.split("-")[0] for n in numbers} == {"HQ", "SH"}


def test_the_operator_cannot_set_the_clock_or_the_actor(db: TestDatabase, r: dict[str, Any]) -> None:
    customer, device = new_customer(db)
    with raw(db, "clerk") as conn:
        conn.execute("SELECT set_config('aftersales.clock', '2001-01-01', false), "
                     "set_config('aftersales.actor', 'somebody_else', false)")
        number = conn.execute(
            f"INSERT INTO {S}.service_order (customer_id, device_id, product_id, service_mode, "
            f"work_type_id, warranty, promised_at, pickup_due) VALUES ({customer}, {device}, "
            f"{r['machine']}, 'carry_in', {r['wt:RPR-S']}, NULL, NULL, NULL) RETURNING number"
        ).fetchone()[0]
    row = sql(db, f"SELECT received_at::date, received_by, status FROM {S}.service_order "
                  f"WHERE number = '{number}'")[0]
    assert row == (date.today(), db.roles.operator("clerk"), "pending")


# -- the returning customer -----------------------------------------------------------------------

def test_the_returning_customer_panel_in_one_read(db: TestDatabase, desk: Desk,
                                                  engines: Callable[[str], Engine]) -> None:
    customer, device = new_customer(db, serial="RT-7788")
    first = desk.intake(customer, device, warranty="out")
    desk.to(first.id, "ready")
    with desk.conn("manager") as conn:  # handed over unpaid, on credit
        settlement.settle(conn, first.id, desk.load(first.id)["version"], pick_up=True)
    second = desk.intake(customer, device, fault="漏水")
    sql(db, f"INSERT INTO {S}.complaint (customer_id, subject) VALUES ({customer}, '维修后又坏')")
    owed = desk.load(first.id)["fees"]["balance"]
    assert owed > 0
    with engines("clerk").connect() as conn:
        by_customer = service_orders.returning(conn, customer_id=customer)
        for panel in (by_customer,
                      service_orders.returning(conn, device_id=device),
                      service_orders.returning(conn, serial_no="rt-7788")):
            assert panel["customer"]["id"] == customer
            assert [d["id"] for d in panel["devices"]] == [device]
            assert [o["number"] for o in panel["orders"]] == [second.number, first.number]
            assert [o["number"] for o in panel["open_orders"]] == [second.number]
            assert [c["subject"] for c in panel["complaints"]] == ["维修后又坏"]
            assert panel["unpaid"] == owed
            # Picked up just now: the machine is back within its repair's own warranty.
            assert panel["devices"][0]["repeat_of"] == first.number
            if panel is not by_customer:
                assert panel["repeat_of"]["number"] == first.number
                assert panel["repeat_of"]["warranty_until"] == date.today() + timedelta(days=90)
        assert by_customer["repeat_of"] is None  # which of their machines: see the devices
        assert service_orders.load_order(conn, second.id)["repeat_of"] == first.number
        nobody = service_orders.returning(conn, serial_no="NO-SUCH-SERIAL")
        assert nobody["customer"] is None and nobody["orders"] == [] and nobody["repeat_of"] is None
        assert service_orders.returning(conn, customer_id=-1)["customer"] is None


def test_a_repeat_repair_counts_only_within_the_repair_warranty_setting(
    db: TestDatabase, desk: Desk, engines: Callable[[str], Engine],
) -> None:
    customer, device = new_customer(db, serial="RW-1")
    old = desk.intake(customer, device)
    desk.to(old.id, "picked_up")
    # Picked up 30 days ago (the superuser moves the date, as for data brought over).
    sql(db, f"ALTER TABLE {S}.service_order DISABLE TRIGGER order_step; "
            f"UPDATE {S}.service_order SET picked_up_at = now() - interval '30 days', "
            f"received_at = now() - interval '35 days' WHERE id = {old.id}; "
            f"ALTER TABLE {S}.service_order ENABLE TRIGGER order_step")
    with engines("clerk").connect() as conn:
        assert service_orders.returning(conn, serial_no="RW-1")["repeat_of"]["number"] == old.number
    with engines("manager").connect() as conn:
        settlement.set_order_setting(conn, "repair_warranty_days", 20,
                                     permissions=PERMISSIONS["manager"])
        assert settlement.order_settings(conn)["repair_warranty_days"] == 20
    with engines("clerk").connect() as conn:
        assert service_orders.returning(conn, serial_no="RW-1")["repeat_of"] is None
        with pytest.raises(PermissionDenied):
            settlement.set_order_setting(conn, "repair_warranty_days", 90,
                                         permissions=PERMISSIONS["clerk"])
        with pytest.raises(PermissionDenied):
            settlement.set_order_setting(conn, "repair_warranty_days", 90)
    with engines("manager").connect() as conn:
        for bad in (0, -5, 99999, "30", True, 2.5):
            with pytest.raises(ValidationError, match="number of days"):
                settlement.set_order_setting(conn, "repair_warranty_days", bad)


def test_a_customer_is_found_by_a_device_serial_number(db: TestDatabase,
                                                       engines: Callable[[str], Engine]) -> None:
    customer, device = new_customer(db, serial="LBL-99X")
    with engines("clerk").connect() as conn:
        for typed in ("LBL-99X", "lbl-99x", "  LBL-99X "):
            found = service_orders.find_by_serial(conn, typed)
            assert [(f["customer_id"], f["device_id"]) for f in found] == [(customer, device)]
        assert service_orders.find_by_serial(conn, "LBL-99") == []
    assert service_orders.find_by_serial(None, "") == []  # type: ignore[arg-type]
    assert service_orders.find_by_serial(None, "x" * 61) == []  # type: ignore[arg-type]


def test_the_customer_history_lists_their_orders(db: TestDatabase, desk: Desk,
                                                 engines: Callable[[str], Engine]) -> None:
    customer, device = new_customer(db)
    saved = desk.intake(customer, device, fault="不开机")
    with engines("clerk").connect() as conn:
        from sqlalchemy.orm import Session
        with Session(bind=conn) as session:
            events = customers.history(session, customer)
    assert [(e.kind, e.id, e.status) for e in events] == [("service_order", saved.id, "pending")]
    assert saved.number in events[0].summary and "不开机" in events[0].summary


# -- the order as the screens and the printouts have it ------------------------------------------

CONTRACT_HEADER = {
    "id", "number", "branch_id", "branch", "branch_phone", "branch_address", "status",
    "service_mode", "warranty", "warranty_suggested", "urgent", "customer_id", "customer_code",
    "customer_name", "customer_phone_masked", "customer_address_masked", "contact_person",
    "device_id", "product_id", "product_code", "product_name", "brand", "model", "serial_no",
    "purchase_date", "warranty_end", "fault", "accessories", "appearance", "work_type_id",
    "work_type", "estimated_fee", "promised_at", "pickup_due", "engineer_id", "engineer",
    "received_by", "received_at", "cancel_reason", "note", "version", "repeat_of",
    "printed_copies"}


def test_load_order_holds_the_contract(db: TestDatabase, desk: Desk, r: dict[str, Any]) -> None:
    saved = desk.new_order("in_repair", warranty="out")
    with desk.conn("engineer") as conn:
        order_workflow.save_part_lines(conn, saved.id, [
            order_workflow.PartLineInput(r["HQ-PART"], r["PT0001"], 1)])
    with desk.conn("clerk") as conn:
        settlement.add_payments(conn, [settlement.PaymentInput("card", "10")], order_id=saved.id)
    order = desk.load(saved.id, "clerk")
    assert CONTRACT_HEADER <= set(order)
    assert set(order["parts"][0]) >= {"id", "warehouse_id", "warehouse", "product_id", "product_code",
                                      "product_name", "unit", "qty", "price", "amount"}
    assert set(order["fees"]) == {"parts", "labour", "other", "discount", "total", "paid",
                                  "balance", "claim"}
    assert all(isinstance(v, Decimal) for v in order["fees"].values())
    assert set(order["payments"][0]) >= {"id", "method", "amount", "paid_at", "paid_by"}
    assert isinstance(order["payments"][0]["amount"], Decimal)
    assert isinstance(order["payments"][0]["paid_at"], datetime)
    assert set(order["events"][0]) >= {"at", "by", "from_status", "to_status", "note"}
    assert order["fees"]["paid"] == D(10) and order["parts"][0]["qty"] == D(1)
    assert order["fees"]["parts"] == order["parts"][0]["amount"] == order["parts"][0]["price"]
    assert order["engineer"] and order["work_type"] == "中修"
    with desk.conn("clerk") as conn, pytest.raises(ValidationError, match="no longer exists"):
        service_orders.load_order(conn, 99999999)


def test_each_printout_after_the_first_is_a_copy(db: TestDatabase, desk: Desk) -> None:
    saved = desk.new_order()
    with desk.conn("clerk") as conn:
        assert [service_orders.mark_printed(conn, saved.id, "receipt") for _ in range(3)] == [1, 2, 3]
        assert service_orders.mark_printed(conn, saved.id, "pickup") == 1
        order = service_orders.load_order(conn, saved.id)
        assert (order["printed_copies"], order["printed_pickups"]) == (3, 1)
        with pytest.raises(ValueError):
            service_orders.mark_printed(conn, saved.id, "label")
    # Everyone who sees the order may print it (the engineer too), not forge the count.
    with desk.conn("engineer") as conn:
        assert service_orders.mark_printed(conn, saved.id, "receipt") == 4
    with raw(db, "clerk") as conn:
        conn.execute(f"UPDATE {S}.order_print SET copies = 0, last_by = 'x' WHERE order_id = {saved.id}")
    assert sql(db, f"SELECT copies, last_by FROM {S}.order_print WHERE order_id = {saved.id} "
                   "AND kind = 'receipt'") == [(5, db.roles.operator("clerk"))]


def test_a_stale_change_says_who_changed_the_order(db: TestDatabase, desk: Desk) -> None:
    saved = desk.new_order()
    with desk.conn("manager") as conn:
        service_orders.update_order(conn, saved.id, saved.version,
                                    service_orders.OrderChanges(fault="噪音大", urgent=True))
    with desk.conn("clerk") as conn, pytest.raises(
            ConflictError, match=f"{db.roles.operator('manager')} changed order {saved.number} at"):
        service_orders.update_order(conn, saved.id, saved.version,
                                    service_orders.OrderChanges(note="x"))
    order = desk.load(saved.id)
    assert (order["fault"], order["urgent"], order["version"]) == ("噪音大", True, 2)
    assert isinstance(ConflictError("x"), DomainError)


def test_the_forms_choices_are_the_branch_s(db: TestDatabase, engines: Callable[[str], Engine],
                                            r: dict[str, Any]) -> None:
    with engines("clerk").connect() as conn:
        mine = service_orders.form_choices(conn)
        theirs = service_orders.form_choices(conn, branch_id=r["branch:SH"])
    assert {w["code"] for w in mine["work_types"]} >= {"RPR-M", "INST"}
    fee = next(w for w in mine["work_types"] if w["code"] == "RPR-M")["standard_fee"]
    assert isinstance(fee, Decimal) and fee == 180
    assert {e["id"] for e in mine["engineers"]} == set(r["engineers:HQ"])
    assert {e["id"] for e in theirs["engineers"]} == set(r["engineers:SH"])
    assert r["HQ-PART"] in {w["id"] for w in mine["warehouses"] if w["kind"] == "PART"}
    assert r["HQ-PART"] not in {w["id"] for w in theirs["warehouses"]}
