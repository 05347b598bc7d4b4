"""Stock slips end to end against a real PostgreSQL, as the demo operators (their own
login roles): draft -> approved -> posted with separate permissions, checked in Python
and by the database (over raw SQL too); posted slips never change and are corrected
by reversal; branches see and change only their own slips and stock; every input
problem gets a clear message; the round trips of a save, an approval and a posting do
not grow with the lines; the lists and the demo data."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from db_support import PERMISSIONS, S, new_operator, one, operator, raw, refused, sql, trips
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ProgrammingError
from stock_support import LEDGER_MISMATCHES, approved_slip, ledger_mismatches, level, posted_slip, set_stock

from bench.rtproxy import RoundTripProxy
from server_schema import queries, slips, stock_lists
from server_schema.errors import ConflictError, PermissionDenied, ValidationError
from server_schema.queries import ColumnFilter
from server_schema.slips import LineInput, SlipInput
from server_schema.stock import FaultOrigin, SlipKind, SlipReason, SlipStatus
from server_schema.stock_engine import ShortStock

if TYPE_CHECKING:
    from conftest import TestDatabase

D = Decimal


@pytest.fixture
def extra_operator(db: TestDatabase) -> Iterator[Callable[..., str]]:
    """A new operator at a branch with a profile, optionally with permission roles or
    table privileges granted to it directly; dropped afterwards (roles are shared by
    every clone of the template)."""
    created: list[str] = []

    def make(branch: str, profile: str, *, permissions: tuple[str, ...] = (),
             grants: tuple[str, ...] = ()) -> str:
        code, role = new_operator(db, branch, profile)
        created.append(role)
        for permission in permissions:
            db.server.execute(f'GRANT "{db.roles.permission(permission)}" TO "{role}"')
        for grant in grants:
            sql(db, f'GRANT {grant} TO "{role}"')
        return code
    yield make
    for role in created:
        sql(db, f'DROP OWNED BY "{role}"')
        db.server.execute(f'DROP ROLE IF EXISTS "{role}"')


def out_slip(w: dict[str, int], *lines: tuple[str, Any], warehouse: str = "HQ-PART") -> tuple:
    return (SlipInput(SlipKind.OUT, SlipReason.SALE, w[warehouse]),
            [LineInput(w[part], qty) for part, qty in lines])


# -- the workflow -------------------------------------------------------------------------------

def test_a_slip_goes_from_draft_to_approved_to_posted_by_different_people(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    hq, a, b = w["HQ-PART"], w["PT0001"], w["PT0002"]
    before = (level(db, hq, a), level(db, hq, b))
    with engines("keeper").connect() as keeper, engines("manager").connect() as manager:
        saved = slips.save_slip(keeper, SlipInput(SlipKind.IN, SlipReason.PURCHASE, hq,
                                                  counterparty="格力配件中心", note="到货"),
                                [LineInput(a, "10"), LineInput(b, D("2.5"))],
                                permissions=PERMISSIONS["warehouse"])
        year = date.today().year
        assert slips.parse_number(saved.number)[:2] == ("in", year)
        draft = slips.load_slip(keeper, saved.id)
        assert (draft["status"], draft["version"], draft["branch"]) == ("draft", 1, "总部")
        assert [(line["product_id"], line["qty"], line["moved"]) for line in draft["lines"]] == [
            (a, D(10), None), (b, D("2.5"), None)]
        assert slips.allowed_actions(draft, PERMISSIONS["warehouse"]) == {"edit", "cancel"}
        assert "approve" in slips.allowed_actions(draft, PERMISSIONS["manager"])
        # Nothing moves before posting.
        assert (level(db, hq, a), level(db, hq, b)) == before
        version = slips.approve(manager, saved.id, saved.version, permissions=PERMISSIONS["manager"])
        approved = slips.load_slip(keeper, saved.id)
        assert slips.allowed_actions(approved, PERMISSIONS["warehouse"]) == {"post"}
        assert (level(db, hq, a), level(db, hq, b)) == before
        version = slips.post(keeper, saved.id, version, permissions=PERMISSIONS["warehouse"])
        posted = slips.load_slip(keeper, saved.id)
    assert (level(db, hq, a), level(db, hq, b)) == (before[0] + 10, before[1] + D("2.5"))
    assert posted["status"] == "posted" and posted["version"] == version == 3
    assert posted["created_by"] == posted["posted_by"] == db.roles.operator("keeper")
    assert posted["approved_by"] == db.roles.operator("manager")
    assert posted["approved_at"] <= posted["posted_at"]
    assert [line["moved"] for line in posted["lines"]] == [D(10), D("2.5")]
    assert slips.allowed_actions(posted, PERMISSIONS["warehouse"]) == frozenset()
    assert slips.allowed_actions(posted, PERMISSIONS["manager"]) == {"reverse", "correct"}
    audit = sql(db, f"SELECT action, actor FROM {S}.audit_event WHERE table_name = 'stock_slip' "
                    f"AND row_key = '{saved.id}' ORDER BY at")
    assert [a for a, _who in audit] == ["INSERT", "UPDATE", "UPDATE"]


def test_a_draft_is_edited_line_by_line_and_a_stale_save_says_who(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    with engines("keeper").connect() as keeper, engines("manager").connect() as manager:
        data, lines = out_slip(w, ("PT0001", 1), ("PT0002", 2), ("PT0003", 3))
        saved = slips.save_slip(keeper, data, lines)
        stored = slips.load_slip(keeper, saved.id)["lines"]
        changed = [LineInput(w["PT0004"], 7),  # a new line first
                   LineInput(stored[0]["product_id"], 9, id=stored[0]["id"]),
                   LineInput(stored[2]["product_id"], 3, id=stored[2]["id"], note="改")]
        data.counterparty = "新客户"
        again = slips.save_slip(keeper, data, changed, slip_id=saved.id, version=saved.version,
                                removed=[stored[1]["id"]])
        assert (again.number, again.version) == (saved.number, 2)
        now = slips.load_slip(keeper, saved.id)
        assert [(line["line_no"], line["product_id"], line["qty"], line["note"])
                for line in now["lines"]] == [
            (1, w["PT0004"], 7, ""), (2, w["PT0001"], 9, ""), (3, w["PT0003"], 3, "改")]
        assert now["counterparty"] == "新客户"
        # The manager saves over the first version: refused, naming the keeper.
        with pytest.raises(ConflictError, match=f"{db.roles.operator('keeper')} changed slip "
                                                f"{saved.number} at"):
            slips.save_slip(manager, data, changed, slip_id=saved.id, version=saved.version)
        # The kind of a slip never changes.
        data.kind, data.reason = SlipKind.IN, SlipReason.PURCHASE
        with pytest.raises(ValidationError, match="kind of slip .* cannot change"):
            slips.save_slip(keeper, data, changed[:1], slip_id=saved.id, version=again.version)
        # Approved slips are sent back to draft before they change.
        data.kind, data.reason = SlipKind.OUT, SlipReason.SALE
        version = slips.approve(manager, saved.id, again.version)
        with pytest.raises(ConflictError, match="is approved: send it back to draft"):
            slips.save_slip(keeper, data, [LineInput(w["PT0004"], 1)], slip_id=saved.id,
                            version=version)
        version = slips.unapprove(manager, saved.id, version)
        done = slips.save_slip(keeper, data, [LineInput(w["PT0004"], 1)], slip_id=saved.id,
                               version=version, removed=[line["id"] for line in now["lines"]])
        assert [line["qty"] for line in slips.load_slip(keeper, saved.id)["lines"]] == [1]
        assert slips.load_slip(keeper, saved.id)["approved_by"] is None
        assert done.version == version + 1


def test_a_cancelled_slip_keeps_its_number_and_changes_no_more(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    with engines("keeper").connect() as keeper, engines("manager").connect() as manager:
        first = slips.save_slip(keeper, *out_slip(w, ("PT0001", 1)))
        version = slips.cancel(keeper, first.id, first.version)
        cancelled = slips.load_slip(keeper, first.id)
        assert (cancelled["status"], cancelled["cancelled_by"]) == ("cancelled", db.roles.operator("keeper"))
        with pytest.raises(ConflictError, match="cancelled and can no longer be changed"):
            slips.approve(manager, first.id, version)
        with pytest.raises(ConflictError, match="cancelled"):
            slips.save_slip(keeper, *out_slip(w, ("PT0001", 2)), slip_id=first.id, version=version)
        second = slips.save_slip(keeper, *out_slip(w, ("PT0001", 1)))
        assert slips.parse_number(second.number)[2] == slips.parse_number(first.number)[2] + 1
        # An approved slip is cancelled by an approver, not by the keeper.
        version = slips.approve(manager, second.id, second.version)
        with pytest.raises(PermissionDenied):
            slips.cancel(keeper, second.id, version, permissions=PERMISSIONS["warehouse"],
                         approved=True)
        with pytest.raises(PermissionDenied, match="may not approve"):
            slips.cancel(keeper, second.id, version)  # the database says the same
        slips.cancel(manager, second.id, version)
    assert sql(db, f"SELECT count(*) FROM {S}.stock_slip WHERE id IN ({first.id}, "
                   f"{second.id}) AND status = 'cancelled'") == [(2,)]


def test_posting_needs_an_approval_and_lines(engines: Callable[[str], Engine],
                                             w: dict[str, int], db: TestDatabase) -> None:
    with engines("manager").connect() as manager:
        saved = slips.save_slip(manager, *out_slip(w, ("PT0001", 1)))
        with pytest.raises(ConflictError, match="must be approved before it is posted"):
            slips.post(manager, saved.id, saved.version)
        # A draft emptied over raw SQL cannot be approved.
        manager.execute(text(f"DELETE FROM {S}.stock_slip_line WHERE slip_id = {saved.id}"))
        with pytest.raises(ValidationError, match="has no lines"):
            slips.approve(manager, saved.id, saved.version)


def test_a_stocktake_books_the_differences_at_posting_time(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    hq, a, b = w["HQ-PART"], w["PT0005"], w["PT0006"]
    with engines("manager").connect() as manager:
        set_stock(manager, hq, a, 10)
        set_stock(manager, hq, b, 4)
        count = slips.save_slip(manager, SlipInput(SlipKind.STOCKTAKE, SlipReason.COUNT, hq),
                                [LineInput(a, 7), LineInput(b, "4.000")])
        version = slips.approve(manager, count.id, count.version)
        # Meanwhile two are sold: the count is still what is on the shelf.
        posted_slip(manager, SlipKind.OUT, SlipReason.SALE, hq, [(a, 2)])
        slips.post(manager, count.id, version)
        sheet = slips.load_slip(manager, count.id)
    assert (level(db, hq, a), level(db, hq, b)) == (7, 4)
    assert [(line["qty"], line["book_qty"], line["moved"]) for line in sheet["lines"]] == [
        (D(7), D(8), D(-1)), (D(4), D(4), D(0))]
    moves = sql(db, f"SELECT product_id, qty FROM {S}.stock_move WHERE source_kind = 'slip' "
                    f"AND source_id = {count.id}")
    assert moves == [(a, D(-1))]  # no move where nothing differed


def test_a_count_sheet_starts_from_what_is_on_hand(engines: Callable[[str], Engine],
                                                   w: dict[str, int]) -> None:
    with engines("keeper").connect() as keeper:
        sheet = slips.count_sheet(keeper, w["HQ-PART"])
        found = {r["product_id"]: r["on_hand"] for r in sheet}
    assert sheet and [r["product_code"] for r in sheet] == sorted(r["product_code"] for r in sheet)
    assert all(qty >= 0 for qty in found.values())


def test_a_transfer_into_scrap_records_why_the_part_is_faulty(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    hq, scrap, part = w["HQ-PART"], w["HQ-SCRAP"], w["PT0007"]
    with engines("manager").connect() as manager:
        set_stock(manager, hq, part, 3)
        before = level(db, scrap, part)
        saved = slips.save_slip(manager, SlipInput(SlipKind.TRANSFER, SlipReason.TO_SCRAP, hq,
                                                   to_warehouse_id=scrap),
                                [LineInput(part, 1, fault_origin=FaultOrigin.WORKSHOP)])
        slips.post(manager, saved.id, slips.approve(manager, saved.id, saved.version))
    assert (level(db, hq, part), level(db, scrap, part)) == (2, before + 1)
    assert sql(db, f"SELECT warehouse_id, qty, fault_origin FROM {S}.stock_move "
                   f"WHERE source_id = {saved.id} AND source_kind = 'slip' ORDER BY qty") == [
        (hq, D(-1), "workshop"), (scrap, D(1), "workshop")]


def test_a_faulty_part_taken_off_a_device_is_booked_into_dealer_returns(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    returns, part = w["HQ-RETURN"], w["PT0008"]
    device = one(db, f"SELECT min(id) FROM {S}.customer_device")
    before = level(db, returns, part)
    with engines("keeper").connect() as keeper, engines("manager").connect() as manager:
        with pytest.raises(ValidationError, match="faulty from the supplier or damaged"):
            slips.book_faulty_part(keeper, warehouse_id=returns, product_id=part, origin="broken")
        saved = slips.book_faulty_part(keeper, warehouse_id=returns, product_id=part,
                                       origin=FaultOrigin.SUPPLIER, device_id=device,
                                       note="拆机旧件")
        version = slips.approve(manager, saved.id, saved.version)
        slips.post(keeper, saved.id, version)
        line = slips.load_slip(keeper, saved.id)["lines"][0]
    assert (line["fault_origin"], line["device_id"], line["qty"]) == ("supplier", device, D(1))
    assert level(db, returns, part) == before + 1
    assert sql(db, f"SELECT fault_origin FROM {S}.stock_move WHERE source_id = {saved.id} "
                   "AND source_kind = 'slip'") == [("supplier",)]


# -- a posted slip never changes; it is corrected by reversal -----------------------------------

def test_a_posted_slip_cannot_be_edited_in_python_and_is_corrected_by_reversal(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    hq, part = w["HQ-PART"], w["PT0009"]
    with engines("keeper").connect() as keeper, engines("manager").connect() as manager:
        set_stock(manager, hq, part, 10)
        data, lines = out_slip(w, ("PT0009", 5))
        saved = slips.save_slip(keeper, data, lines)
        version = slips.post(keeper, saved.id, slips.approve(manager, saved.id, saved.version))
        assert level(db, hq, part) == 5
        with pytest.raises(ConflictError, match=f"Slip {saved.number} is posted and can no longer"):
            slips.save_slip(keeper, *out_slip(w, ("PT0009", 3)), slip_id=saved.id, version=version)
        with pytest.raises(ConflictError, match="posted"):
            slips.cancel(manager, saved.id, version)
        with pytest.raises(PermissionDenied, match="may not correct"):
            slips.correct(keeper, saved.id, *out_slip(w, ("PT0009", 3)),
                          permissions=PERMISSIONS["warehouse"])
        with pytest.raises(PermissionDenied, match="You may not"):
            slips.correct(keeper, saved.id, *out_slip(w, ("PT0009", 3)))  # the database says so
        assert level(db, hq, part) == 5
        # Corrected from 5 to 3: 2 come back, in one booking (a reversal and a new slip).
        reversal, new = slips.correct(manager, saved.id, *out_slip(w, ("PT0009", 3)),
                                      note="录错数量", permissions=PERMISSIONS["manager"])
        assert level(db, hq, part) == 7
        original = slips.load_slip(manager, saved.id)
        assert (original["status"], original["version"], original["reversed_by_number"]) == (
            "posted", version, reversal.number)
        undone = slips.load_slip(manager, reversal.id)
        assert (undone["status"], undone["reverses_number"], undone["note"]) == (
            "posted", saved.number, "录错数量")
        assert [(line["qty"], line["moved"]) for line in undone["lines"]] == [(D(-5), D(5))]
        assert slips.load_slip(manager, new.id)["corrects_number"] == saved.number
        # Cancelling the take altogether: the corrected slip reversed, the rest comes back.
        slips.reverse(manager, new.id)
        assert level(db, hq, part) == 10
        with pytest.raises(ConflictError, match="reversed already"):
            slips.reverse(manager, saved.id)
        with pytest.raises(ValidationError, match="is a reversal"):
            slips.reverse(manager, reversal.id)
        draft = slips.save_slip(keeper, *out_slip(w, ("PT0009", 1)))
        with pytest.raises(ValidationError, match="is not posted"):
            slips.reverse(manager, draft.id)
        assert ledger_mismatches(manager) == []


def test_a_reversal_is_refused_when_the_stock_it_would_return_has_gone(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    hq, part = w["HQ-PART"], w["PT0010"]
    with engines("manager").connect() as manager:
        set_stock(manager, hq, part, 0)
        receipt = posted_slip(manager, SlipKind.IN, SlipReason.PURCHASE, hq, [(part, 4)])
        posted_slip(manager, SlipKind.OUT, SlipReason.SALE, hq, [(part, 3)])
        with pytest.raises(ShortStock, match="1 available, 4 wanted"):
            slips.reverse(manager, receipt.id)
        assert level(db, hq, part) == 1
        assert slips.load_slip(manager, receipt.id)["reversed_by_id"] is None


def test_posted_slips_cannot_be_changed_over_raw_sql(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    hq, part = w["HQ-PART"], w["PT0011"]
    with engines("manager").connect() as manager:
        set_stock(manager, hq, part, 10)
        slip = posted_slip(manager, SlipKind.OUT, SlipReason.SALE, hq, [(part, 4)])
    line = slips.load_slip(engines("manager").connect(), slip.id)["lines"][0]["id"]
    before = sql(db, f"SELECT * FROM {S}.stock_slip WHERE id = {slip.id}")
    with raw(db, "keeper") as keeper:
        refused(keeper, f"UPDATE {S}.stock_slip SET note = 'x' WHERE id = {slip.id}", "AS002")
        refused(keeper, f"UPDATE {S}.stock_slip SET status = 'draft' WHERE id = {slip.id}", "AS002")
        refused(keeper, f"UPDATE {S}.stock_slip_line SET qty = 1 WHERE id = {line}", "AS002")
        refused(keeper, f"DELETE FROM {S}.stock_slip_line WHERE id = {line}", "AS002")
        refused(keeper, f"INSERT INTO {S}.stock_slip_line (slip_id, product_id, qty) "
                        f"VALUES ({slip.id}, {part}, 1)", "AS002")
        refused(keeper, f"DELETE FROM {S}.stock_slip WHERE id = {slip.id}", "42501")
        # A reversal needs stock_correct: the keeper may not even name the columns.
        refused(keeper, f"INSERT INTO {S}.stock_slip (kind, reason, warehouse_id, reverses_id, "
                        f"status) VALUES ('out', 'sale', {hq}, {slip.id}, 'posted')", "42501")
    with raw(db, "manager") as manager:
        # Not even who may correct changes a posted slip in place, or adds to it later.
        refused(manager, f"UPDATE {S}.stock_slip SET note = 'x' WHERE id = {slip.id}", "AS002")
        refused(manager, f"INSERT INTO {S}.stock_slip_line (slip_id, product_id, qty) "
                         f"VALUES ({slip.id}, {part}, 1)", "AS002")
        refused(manager, f"INSERT INTO {S}.stock_slip (kind, reason, warehouse_id, status) "
                         f"VALUES ('out', 'sale', {hq}, 'posted')", "AS005")
        # A reversal must mirror every line of its slip.
        refused(manager, f"""WITH r AS (INSERT INTO {S}.stock_slip (kind, reason, warehouse_id,
                                        reverses_id, status)
                                        VALUES ('out', 'sale', {hq}, {slip.id}, 'posted') RETURNING id)
                             INSERT INTO {S}.stock_slip_line (slip_id, product_id, qty, origin_line_id)
                             SELECT r.id, {part}, 40, {line} FROM r""", "AS008")
        # ... and one reversal per slip, whatever its lines.
        refused(manager, f"""WITH r AS (INSERT INTO {S}.stock_slip (kind, reason, warehouse_id,
                                        reverses_id, status)
                                        VALUES ('out', 'sale', {hq}, {slip.id}, 'posted') RETURNING id)
                             INSERT INTO {S}.stock_slip_line (slip_id, product_id, qty, origin_line_id)
                             SELECT r.id, {part}, -4, {line} FROM r
                             UNION ALL SELECT r.id, {part}, -4, NULL FROM r""", "AS008")
    superuser = db.superuser_engine()
    try:
        for statement in (f"UPDATE {S}.stock_slip SET note = 'x' WHERE id = {slip.id}",
                          f"DELETE FROM {S}.stock_slip WHERE id = {slip.id}"):
            with pytest.raises(Exception, match="AS002|AS013|posted|cannot be deleted"):
                with superuser.begin() as conn:
                    conn.execute(text(statement))
    finally:
        superuser.dispose()
    assert sql(db, f"SELECT * FROM {S}.stock_slip WHERE id = {slip.id}") == before
    assert level(db, hq, part) == 6


def test_approving_and_posting_are_refused_by_the_database_without_the_permission(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
    extra_operator: Callable[..., str],
) -> None:
    hq, part = w["HQ-PART"], w["PT0012"]
    with engines("manager").connect() as manager:
        set_stock(manager, hq, part, 10)
        draft = slips.save_slip(manager, *out_slip(w, ("PT0012", 1)))
        ready = approved_slip(manager, SlipKind.OUT, SlipReason.SALE, hq, [(part, 1)])
    # Python refuses first, without asking the server ...
    with pytest.raises(PermissionDenied, match="may not approve"):
        slips.approve(None, draft.id, draft.version, permissions=PERMISSIONS["warehouse"])  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied, match="may not post"):
        slips.post(None, ready.id, ready.version, permissions=PERMISSIONS["clerk"])  # type: ignore[arg-type]
    # ... and the database refuses whatever the client.
    with raw(db, "keeper") as keeper:  # keeper: UPDATE (status) granted, stock_approve not held
        refused(keeper, f"UPDATE {S}.stock_slip SET status = 'approved' WHERE id = {draft.id}", "AS004")
        refused(keeper, f"UPDATE {S}.stock_slip SET status = 'draft' WHERE id = {ready.id}", "AS004")
    with raw(db, "clerk") as clerk:  # no privilege at all
        refused(clerk, f"UPDATE {S}.stock_slip SET status = 'posted' WHERE id = {ready.id}", "42501")
        refused(clerk, f"INSERT INTO {S}.stock_slip (kind, reason, warehouse_id) "
                       f"VALUES ('in', 'purchase', {hq})", "42501")
    # Someone who may edit slips but not post them.
    editor = extra_operator("HQ", "clerk", permissions=("stock_edit",))
    with raw(db, editor) as conn:
        refused(conn, f"UPDATE {S}.stock_slip SET status = 'posted' WHERE id = {ready.id}", "AS004")
    # Someone handed the columns of a reversal, but not the permission to correct.
    forger = extra_operator("HQ", "clerk", permissions=("stock_edit",), grants=(
        f"INSERT (kind, reason, warehouse_id, reverses_id, status) ON {S}.stock_slip",))
    with engines("manager").connect() as manager:
        posted = slips.post(manager, ready.id, ready.version)
    assert posted
    with raw(db, forger) as conn:
        message = refused(conn, f"INSERT INTO {S}.stock_slip (kind, reason, warehouse_id, reverses_id, "
                                f"status) VALUES ('out', 'sale', {hq}, {ready.id}, 'posted')", "AS004")
        assert "stock_correct" in message
    status = sql(db, f"SELECT id, status FROM {S}.stock_slip WHERE id IN ({draft.id}, "
                     f"{ready.id}) ORDER BY id")
    assert status == [(draft.id, "draft"), (ready.id, "posted")]
    assert level(db, hq, part) == 9


# -- branches ------------------------------------------------------------------------------------

def test_an_operator_of_another_branch_cannot_see_or_change_a_slip(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
    extra_operator: Callable[..., str],
) -> None:
    hq, sh, part = w["HQ-PART"], w["SH-PART"], w["PT0013"]
    with engines("manager").connect() as manager:
        set_stock(manager, hq, part, 10)
        hq_draft = slips.save_slip(manager, *out_slip(w, ("PT0013", 1)))
        hq_line = slips.load_slip(manager, hq_draft.id)["lines"][0]["id"]
        transfer = posted_slip(manager, SlipKind.TRANSFER, SlipReason.TRANSFER, hq, [(part, 2)], to=sh)
    shanghai = extra_operator("SH", "warehouse")
    with raw(db, shanghai) as conn:
        count = "SELECT count(*) FROM {} WHERE id = {}"
        assert conn.execute(count.format(f"{S}.stock_slip", hq_draft.id)).fetchone() == (0,)
        assert conn.execute(count.format(f"{S}.stock_slip_line", hq_line)).fetchone() == (0,)
        assert conn.execute(f"UPDATE {S}.stock_slip SET note = 'x' WHERE id = {hq_draft.id}").rowcount == 0
        assert conn.execute(f"UPDATE {S}.stock_slip_line SET qty = 9 WHERE id = {hq_line}").rowcount == 0
        assert conn.execute(f"DELETE FROM {S}.stock_slip_line WHERE id = {hq_line}").rowcount == 0
        refused(conn, f"INSERT INTO {S}.stock_slip_line (slip_id, product_id, qty) "
                      f"VALUES ({hq_draft.id}, {part}, 1)", "42501")
        refused(conn, f"INSERT INTO {S}.stock_slip (kind, reason, warehouse_id) "
                      f"VALUES ('out', 'sale', {hq})", "42501")
        # A transfer into its branch it sees, and the stock that came; not the head office's.
        assert conn.execute(f"SELECT number FROM {S}.stock_slip WHERE id = {transfer.id}").fetchone() == (
            transfer.number,)
        warehouses = {r[0] for r in conn.execute(f"SELECT DISTINCT warehouse_id FROM {S}.stock_level")}
        moved = {r[0] for r in conn.execute(f"SELECT DISTINCT branch_id FROM {S}.stock_move")}
        assert sh in warehouses and hq not in warehouses
        assert moved == {w["branch:SH"]}
    engine = operator(db, shanghai)
    try:
        with engine.connect() as conn:
            with pytest.raises(ValidationError, match="belongs to another branch"):
                slips.load_slip(conn, hq_draft.id)
            with pytest.raises(PermissionDenied, match="your own branch"):
                slips.save_slip(conn, *out_slip(w, ("PT0013", 1)))
            with pytest.raises(ConflictError, match="belongs to another branch"):
                slips.save_slip(conn, *out_slip(w, ("PT0013", 2)), slip_id=hq_draft.id,
                                version=hq_draft.version)
            own = slips.save_slip(conn, *out_slip(w, ("PT0013", 1), warehouse="SH-PART"))
            assert slips.load_slip(conn, own.id)["branch_id"] == w["branch:SH"]
            assert {r.branch for r in queries.keyset_page(conn, stock_lists.ON_HAND, limit=500)} == {
                "上海分公司"}
    finally:
        engine.dispose()
    assert sql(db, f"SELECT qty FROM {S}.stock_slip_line WHERE id = {hq_line}") == [(D(1),)]


# -- input ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "lines", "field", "message"), [
    (SlipInput("sideways", "sale", 1), [LineInput(1, 1)], "kind", "Choose the kind of slip."),
    (SlipInput("out", "purchase", 1), [LineInput(1, 1)], "reason", "Choose a reason that fits"),
    (SlipInput("out", "sale", None), [LineInput(1, 1)], "warehouse_id", "Choose the warehouse."),
    (SlipInput("transfer", "transfer", 1), [LineInput(1, 1)], "to_warehouse_id", "goods go to"),
    (SlipInput("transfer", "transfer", 1, to_warehouse_id=1), [LineInput(1, 1)], "to_warehouse_id",
     "A transfer goes to another warehouse."),
    (SlipInput("out", "sale", 1), [], "lines", "Add at least one line."),
    (SlipInput("out", "sale", 1), [LineInput(None, 1)], "lines", "Line 1: choose the product."),
    (SlipInput("out", "sale", 1), [LineInput(1, "")], "lines", "Line 1: enter a quantity."),
    (SlipInput("out", "sale", 1), [LineInput(1, "abc")], "lines", "“abc” is not a quantity."),
    (SlipInput("out", "sale", 1), [LineInput(1, "NaN")], "lines", "is not a quantity."),
    (SlipInput("out", "sale", 1), [LineInput(1, float("inf"))], "lines", "is not a quantity."),
    (SlipInput("out", "sale", 1), [LineInput(1, "1,5")], "lines", "“1,5” is not a quantity."),
    (SlipInput("out", "sale", 1), [LineInput(1, "0")], "lines", "must be more than zero"),
    (SlipInput("out", "sale", 1), [LineInput(1, "-3")], "lines", "must be more than zero"),
    (SlipInput("out", "sale", 1), [LineInput(1, "1e12")], "lines", "too large"),
    (SlipInput("out", "sale", 1), [LineInput(1, "0.0001")], "lines", "at most three decimals"),
    (SlipInput("stocktake", "count", 1), [LineInput(1, "-1")], "lines", "cannot be negative"),
    (SlipInput("stocktake", "count", 1), [LineInput(1, 1), LineInput(1, 2)], "lines",
     "Line 2: the product is counted on line 1 already."),
    (SlipInput("in", "faulty_part", 1), [LineInput(1, 1)], "lines", "faulty from the supplier"),
    (SlipInput("out", "sale", 1), [LineInput(1, 1, device_id="7")], "lines", "choose the device"),
    (SlipInput("out", "sale", 1), [LineInput(1, 1, note="x" * 201)], "lines", "at most 200"),
    (SlipInput("out", "sale", 1, counterparty="x" * 101), [LineInput(1, 1)], "counterparty", "100"),
    (SlipInput("out", "sale", 1, note="x" * 2001), [LineInput(1, 1)], "note", "2000"),
    (SlipInput("out", "sale", 1, slip_date=date.today() + timedelta(days=30)), [LineInput(1, 1)],
     "slip_date", "in the future"),
    (SlipInput("out", "sale", 1, slip_date=date(1999, 12, 31)), [LineInput(1, 1)], "slip_date",
     "too far back"),
    (SlipInput("out", "sale", 1), [LineInput(1, 1)] * 501, "lines", "at most 500 lines"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_bad_input_gets_a_clear_message_before_any_round_trip(
    data: SlipInput, lines: list[LineInput], field: str, message: str,
) -> None:
    problems = slips.check_slip(data, lines)
    assert problems, "accepted"
    assert any(p.field == field and message in str(p) for p in problems), [str(p) for p in problems]
    with pytest.raises(ValidationError):
        slips.save_slip(None, data, lines)  # type: ignore[arg-type]  # never reaches a session


def test_quantities_are_taken_as_typed() -> None:
    data = SlipInput("out", "sale", 1)
    for typed in ("2.5", " 2.500 ", 2.5, D("2.5"), "２.５"):
        assert slips.check_slip(data, [LineInput(1, typed)]) == [], typed
    assert slips.check_slip(SlipInput("stocktake", "count", 1), [LineInput(1, "0")]) == []


def test_malicious_text_is_stored_as_typed(db: TestDatabase, engines: Callable[[str], Engine],
                                           w: dict[str, int]) -> None:
    evil = "'); DROP TABLE aftersales.stock_move; --\x00 <script>"
    with engines("keeper").connect() as keeper:
        saved = slips.save_slip(keeper, SlipInput(SlipKind.OUT, SlipReason.SALE, w["HQ-PART"],
                                                  counterparty=evil[:60], note=evil),
                                [LineInput(w["PT0001"], " １０００ ", note=evil)])
        slip = slips.load_slip(keeper, saved.id)
    clean = evil.replace("\x00", "").strip()
    assert (slip["counterparty"], slip["note"]) == (clean[:60].strip(), clean)
    assert slip["lines"][0]["note"] == clean and slip["lines"][0]["qty"] == 1000
    assert sql(db, f"SELECT to_regclass('{S}.stock_move') IS NOT NULL") == [(True,)]


def test_unknown_products_and_warehouses_are_refused_clearly(
    engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    with engines("keeper").connect() as keeper:
        with pytest.raises(ValidationError, match="does not exist or is inactive"):
            slips.save_slip(keeper, SlipInput(SlipKind.IN, SlipReason.PURCHASE, 999999),
                            [LineInput(w["PT0001"], 1)])
        with pytest.raises(ValidationError, match="no longer exists"):
            slips.save_slip(keeper, SlipInput(SlipKind.IN, SlipReason.PURCHASE, w["HQ-PART"]),
                            [LineInput(999999, 1)])


# -- round trips ---------------------------------------------------------------------------------

def _slip_round_trips(proxy: RoundTripProxy, database: Any, parts: list[int], hq: int,
                      n: int) -> dict[str, int]:
    lines = [LineInput(parts[i % len(parts)], 1) for i in range(n)]
    data = SlipInput(SlipKind.OUT, SlipReason.SALE, hq)
    count: dict[str, int] = {}
    count["save"], saved = trips(proxy, database, lambda s: slips.save_slip(s, data, lines))
    with database.read() as session:
        stored = slips.load_slip(session, saved.id)["lines"]
    edited = [LineInput(line["product_id"], 2, id=line["id"]) for line in stored[1:]]
    count["edit"], saved = trips(proxy, database, lambda s: slips.save_slip(
        s, data, [*edited, LineInput(parts[0], 1)], slip_id=saved.id, version=saved.version,
        removed=[stored[0]["id"]]))
    count["load"], _slip = trips(proxy, database, lambda s: slips.load_slip(s, saved.id))
    count["approve"], version = trips(proxy, database,
                                      lambda s: slips.approve(s, saved.id, saved.version))
    count["post"], _version = trips(proxy, database, lambda s: slips.post(s, saved.id, version))
    count["correct"], _pair = trips(proxy, database,
                                    lambda s: slips.correct(s, saved.id, data, lines))
    return count


def test_saving_approving_posting_and_correcting_cost_the_same_round_trips_for_1_and_50_lines(
    proxied: tuple[RoundTripProxy, Any], w: dict[str, int],
) -> None:
    proxy, database = proxied
    hq = w["HQ-PART"]
    parts = [w[f"PT{n:04d}"] for n in range(1, 11)]
    with database.read() as session:
        for part in parts:
            set_stock(session, hq, part, 100)
    counts = {n: _slip_round_trips(proxy, database, parts, hq, n) for n in (1, 50)}
    assert counts[1] == counts[50], counts
    assert set(counts[50].values()) == {1}, counts  # one statement each, autocommit
    with database.read() as session:
        assert ledger_mismatches(session.connection()) == []


# -- lists ---------------------------------------------------------------------------------------

def test_on_hand_flags_parts_below_their_minimum(engines: Callable[[str], Engine],
                                                 w: dict[str, int], db: TestDatabase) -> None:
    hq, scrap, part = w["HQ-PART"], w["HQ-SCRAP"], w["PT0014"]
    minimum = one(db, f"SELECT min_stock FROM {S}.product WHERE id = {part}")
    assert minimum > 0
    with engines("manager").connect() as manager:
        set_stock(manager, hq, part, minimum - 1)
        set_stock(manager, scrap, part, 0)
        low = queries.keyset_page(manager, stock_lists.ON_HAND, limit=500,
                                  column_filters=[ColumnFilter.equals("low", True)])
        keys = {(r.warehouse_id, r.product_id) for r in low}
        assert (hq, part) in keys
        assert (scrap, part) not in keys  # nothing in scrap is for use
        assert all(r.qty < r.min_stock for r in low)
        set_stock(manager, hq, part, minimum)
        row = queries.keyset_page(manager, stock_lists.ON_HAND, text="PT0014 HQ-PART")
        assert [(r.product_code, r.warehouse_code, r.qty, r.low) for r in row] == [
            ("PT0014", "HQ-PART", minimum, False)]


def test_the_stock_card_runs_a_balance_and_names_each_source(
    db: TestDatabase, engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    hq, sh, part = w["HQ-PART"], w["SH-PART"], w["PT0015"]
    with engines("manager").connect() as manager:
        set_stock(manager, hq, part, 10)
        receipt = posted_slip(manager, SlipKind.IN, SlipReason.PURCHASE, hq, [(part, 5)])
        transfer = posted_slip(manager, SlipKind.TRANSFER, SlipReason.TRANSFER, hq, [(part, 3)], to=sh)
        sale = posted_slip(manager, SlipKind.OUT, SlipReason.SALE, hq, [(part, "1.5")])
        card = stock_lists.stock_card(hq, part)
        rows = queries.keyset_page(manager, card, limit=500)
        running = D(0)
        for row in rows:
            running += row.qty
            assert row.balance == running
            assert row.qty == (row.qty_in or 0) - (row.qty_out or 0)
        assert rows[-1].balance == level(db, hq, part) == D("10.5")
        assert [(r.source_kind, r.source_id, r.source_no, r.slip_kind) for r in rows[-3:]] == [
            ("slip", receipt.id, receipt.number, "in"), ("slip", transfer.id, transfer.number, "transfer"),
            ("slip", sale.id, sale.number, "out")]
        # A filtered card keeps each row's balance.
        only = queries.keyset_page(manager, card, text=transfer.number)
        assert [(r.qty_out, r.balance) for r in only] == [(D(3), D(12))]
        paged = queries.keyset_page(manager, card, limit=2)
        rest = queries.keyset_page(manager, card, after=queries.key_of(card, paged[-1]), limit=500)
        assert [r.id for r in paged + rest] == [r.id for r in rows]


def test_valuation_shows_cost_only_with_the_reveal_permission(
    engines: Callable[[str], Engine], w: dict[str, int],
) -> None:
    with engines("keeper").connect() as keeper:  # reveal_cost
        rows = queries.keyset_page(keeper, stock_lists.VALUATION, reveal=frozenset({"cost"}), limit=500)
        assert rows and all(r.value == (r.qty * r.cost_price).quantize(D("0.01")) for r in rows)
        total, sums = queries.totals(keeper, stock_lists.VALUATION, sums=["value"],
                                     reveal=frozenset({"cost"}))
        assert total == len(rows) and sums["value"] == sum(r.value for r in rows)
        groups = queries.group_summary(keeper, stock_lists.VALUATION, "warehouse", sums=["value"],
                                       reveal=frozenset({"cost"}))
        assert sum(g.sums["value"] for g in groups.groups) == sums["value"]
    with engines("clerk").connect() as clerk:  # may not read cost prices
        rows = queries.keyset_page(clerk, stock_lists.VALUATION, limit=5)
        assert rows and all(r.cost_price is None and r.value is None for r in rows)
        with pytest.raises(ValidationError, match="sensitive"):
            queries.keyset_page(clerk, stock_lists.VALUATION,
                                column_filters=[ColumnFilter.between("cost_price", 100, None)])
        with pytest.raises(ValidationError, match="sensitive"):
            queries.group_summary(clerk, stock_lists.VALUATION, "cost_price")
        # The value is not there to be filtered by: a range finds nothing, tells nothing.
        assert queries.keyset_page(clerk, stock_lists.VALUATION,
                                   column_filters=[ColumnFilter.between("value", 0, None)]) == []
        assert queries.totals(clerk, stock_lists.VALUATION, sums=["value"])[1] == {"value": None}
        # Asking for the revealed form without the permission: the database refuses.
        with pytest.raises(ProgrammingError, match="permission denied"):
            queries.keyset_page(clerk, stock_lists.VALUATION, reveal=frozenset({"cost"}))


def test_the_slip_list_finds_by_number_and_status(engines: Callable[[str], Engine],
                                                  w: dict[str, int]) -> None:
    with engines("keeper").connect() as keeper:
        saved = slips.save_slip(keeper, *out_slip(w, ("PT0001", 1)))
        found = queries.keyset_page(keeper, stock_lists.SLIPS, text=saved.number.lower())
        assert [(r.id, r.status, r.lines, r.warehouse) for r in found] == [
            (saved.id, "draft", 1, "总部配件库")]
        drafts = queries.keyset_page(keeper, stock_lists.SLIPS, limit=500,
                                     column_filters=[ColumnFilter.equals("status", "draft")])
        assert saved.id in {r.id for r in drafts} and {r.status for r in drafts} == {"draft"}
        moves = queries.keyset_page(keeper, stock_lists.MOVES, limit=3)
        assert moves and moves[0].id > moves[-1].id


# -- demo data -----------------------------------------------------------------------------------

def test_the_demo_has_stock_in_every_warehouse_kind_and_a_history_of_slips(db: TestDatabase) -> None:
    kinds = sql(db, f"SELECT k.code, sum(l.qty) FROM {S}.warehouse_kind k "
                    f"JOIN {S}.warehouse w ON w.kind_id = k.id "
                    f"LEFT JOIN {S}.stock_level l ON l.warehouse_id = w.id GROUP BY k.code")
    assert {code for code, total in kinds if total and total > 0} == {
        "PART", "FIN", "AWAIT", "SAMPLE", "SCRAP", "RETURN"}
    slips_by = set(sql(db, f"SELECT kind, status FROM {S}.stock_slip"))
    for kind in SlipKind:
        assert (kind.value, "posted") in slips_by
    assert {status for _kind, status in slips_by} == set(SlipStatus)
    assert sql(db, f"SELECT count(*) > 0 FROM {S}.stock_slip WHERE reverses_id IS NOT NULL") == [(True,)]
    assert sql(db, f"SELECT count(*) > 0 FROM {S}.stock_slip WHERE corrects_id IS NOT NULL") == [(True,)]
    assert sql(db, f"SELECT count(DISTINCT fault_origin) FROM {S}.stock_move") == [(2,)]
    assert sql(db, f"SELECT count(*) > 0 FROM ({LOW}) low") == [(True,)]
    assert sql(db, LEDGER_MISMATCHES) == []


LOW = (f"SELECT 1 FROM {S}.stock_level l JOIN {S}.product p ON p.id = l.product_id "
       f"WHERE l.qty < p.min_stock AND p.is_part")
