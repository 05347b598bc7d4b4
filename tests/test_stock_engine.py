"""The stock engine against a real PostgreSQL: takes beyond the stock are refused with
the part, the warehouse and the quantities, and change nothing; changing a take moves
only the difference and cancelling puts it back; the ledger can be neither changed
nor bypassed, by operators or by the schema owner; and after any sequence of stock
operations (a Hypothesis property test) every level equals the sum of its moves and
none is negative.

The helpers shared by the stock tests are in stock_support."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from db_support import S, operator, raw, refused
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text
from sqlalchemy.engine import Engine
from stock_support import (
    add_requisitions,
    approved_slip,
    ids,
    ledger_mismatches,
    level,
    move_count,
    new_requisition,
    posted_slip,
    set_stock,
    short_names,
    take,
)

from server_schema import slips
from server_schema.errors import DomainError
from server_schema.slips import LineInput, SlipInput
from server_schema.stock import SlipKind, SlipReason
from server_schema.stock_engine import ShortStock, on_hand, stock_errors

if TYPE_CHECKING:
    from conftest import TestDatabase

D = Decimal


@pytest.fixture
def manager(db: TestDatabase) -> Iterator[Engine]:
    engine = operator(db, "manager")
    yield engine
    engine.dispose()


# -- a take larger than the stock ------------------------------------------------------------

def test_a_take_beyond_the_stock_is_refused_with_names_and_quantities_and_changes_nothing(
    db: TestDatabase, manager: Engine, w: dict[str, int],
) -> None:
    part, hq = w["PT0003"], w["HQ-PART"]
    with manager.connect() as conn:
        set_stock(conn, hq, part, 5)
        slip = approved_slip(conn, SlipKind.OUT, SlipReason.SALE, hq, [(part, 6)])
        moves, before = move_count(db), slips.load_slip(conn, slip.id)
        with pytest.raises(ShortStock) as refused:
            slips.post(conn, slip.id, slip.version)
        assert str(refused.value) == f"Not enough {short_names(db, hq, part)}: 5 available, 6 wanted."
        assert refused.value.params["available"] == "5" and refused.value.params["wanted"] == "6"
        assert refused.value.template.startswith("Not enough {product}")
        # Nothing moved: the level, the ledger and the slip are as they were.
        assert level(db, hq, part) == 5
        assert move_count(db) == moves
        assert slips.load_slip(conn, slip.id) == before
        # Exactly what there is may be taken.
        smaller = approved_slip(conn, SlipKind.OUT, SlipReason.SALE, hq, [(part, 5)])
        slips.post(conn, smaller.id, smaller.version)
        assert level(db, hq, part) == 0
        assert ledger_mismatches(conn) == []


def test_a_take_from_a_warehouse_never_stocked_is_refused(manager: Engine, w: dict[str, int],
                                                          db: TestDatabase) -> None:
    part, scrap = w["PT0004"], w["SH-SCRAP"]
    with manager.connect() as conn:
        if level(db, scrap, part):
            set_stock(conn, scrap, part, 0)
        slip = approved_slip(conn, SlipKind.OUT, SlipReason.SCRAP, scrap, [(part, "0.5")])
        with pytest.raises(ShortStock, match="0 available, 0.5 wanted"):
            slips.post(conn, slip.id, slip.version)


def test_one_short_line_refuses_the_whole_slip(db: TestDatabase, manager: Engine,
                                               w: dict[str, int]) -> None:
    hq = w["HQ-PART"]
    parts = [w[f"PT{n:04d}"] for n in range(1, 11)]
    with manager.connect() as conn:
        for part in parts:
            set_stock(conn, hq, part, 3)
        moves = move_count(db)
        slip = approved_slip(conn, SlipKind.OUT, SlipReason.SALE, hq,
                             [(p, 3 if p != parts[6] else 4) for p in parts])
        with pytest.raises(ShortStock, match="PT0007"):
            slips.post(conn, slip.id, slip.version)
        assert [level(db, hq, p) for p in parts] == [3] * 10
        assert move_count(db) == moves


# -- live lines: a take changed moves the difference, cancelled puts it back --------------------

def test_changing_a_take_moves_the_difference_and_cancelling_returns_the_rest(
    db: TestDatabase, manager: Engine, w: dict[str, int],
) -> None:
    add_requisitions(db)
    part, hq = w["PT0005"], w["HQ-PART"]
    with manager.connect() as conn:
        set_stock(conn, hq, part, 10)
        requisition = new_requisition(conn)
        line = take(conn, requisition, hq, part, 5)
        assert level(db, hq, part) == 5
        conn.execute(text(f"UPDATE {S}.test_requisition_line SET qty = 3 WHERE id = {line}"))
        assert level(db, hq, part) == 7  # 2 came back
        with pytest.raises(ShortStock, match="7 available, 8 wanted"), stock_errors():
            conn.execute(text(f"UPDATE {S}.test_requisition_line SET qty = 11 WHERE id = {line}"))
        assert level(db, hq, part) == 7
        # Cancelling the requisition deletes its lines: the rest comes back.
        conn.execute(text(f"DELETE FROM {S}.test_requisition_line WHERE requisition_id = {requisition}"))
        assert level(db, hq, part) == 10
        # Deleting a whole document (its lines cascade) puts stock back the same way.
        other = new_requisition(conn, "RQ-2")
        take(conn, other, hq, part, 4)
        assert level(db, hq, part) == 6
        conn.execute(text(f"DELETE FROM {S}.test_requisition WHERE id = {other}"))
        assert level(db, hq, part) == 10
        moves = conn.execute(text(
            f"SELECT qty, source_kind, source_id, source_line_id, source_no FROM {S}.stock_move "
            f"WHERE source_kind = 'requisition' AND source_id = {requisition} ORDER BY id")).all()
        assert moves == [(D(-5), "requisition", requisition, line, "RQ-1"),
                         (D(2), "requisition", requisition, line, "RQ-1"),
                         (D(3), "requisition", requisition, line, "RQ-1")]
        assert ledger_mismatches(conn) == []


def test_a_line_moved_to_another_warehouse_returns_here_and_takes_there(
    db: TestDatabase, manager: Engine, w: dict[str, int],
) -> None:
    add_requisitions(db)
    part, hq, sh = w["PT0006"], w["HQ-PART"], w["SH-PART"]
    with manager.connect() as conn:
        set_stock(conn, hq, part, 4)
        set_stock(conn, sh, part, 4)
        line = take(conn, new_requisition(conn), hq, part, 3)
        conn.execute(text(f"UPDATE {S}.test_requisition_line SET warehouse_id = {sh}, qty = 4 "
                          f"WHERE id = {line}"))
        assert (level(db, hq, part), level(db, sh, part)) == (4, 0)


def test_fifty_lines_in_one_statement_take_at_once(db: TestDatabase, manager: Engine,
                                                   w: dict[str, int]) -> None:
    add_requisitions(db)
    hq = w["HQ-PART"]
    parts = [w[f"PT{n:04d}"] for n in range(1, 11)]
    with manager.connect() as conn:
        for part in parts:
            set_stock(conn, hq, part, 20)
        requisition = new_requisition(conn)
        with stock_errors():
            conn.execute(text(
                f"INSERT INTO {S}.test_requisition_line (requisition_id, warehouse_id, product_id, qty) "
                "SELECT :r, :w, p, 1 FROM unnest(CAST(:ps AS integer[])) AS p"),
                {"r": requisition, "w": hq, "ps": [parts[n % 10] for n in range(50)]})
        assert [level(db, hq, p) for p in parts] == [15] * 10
        with pytest.raises(ShortStock), stock_errors():
            conn.execute(text(f"UPDATE {S}.test_requisition_line SET qty = qty * 5 "
                              f"WHERE requisition_id = {requisition}"))
        assert [level(db, hq, p) for p in parts] == [15] * 10


# -- nobody writes the ledger or the levels but the engine --------------------------------------

@pytest.mark.parametrize("who", ["manager", "keeper", "clerk"])
def test_operators_cannot_touch_levels_or_the_ledger(db: TestDatabase, who: str,
                                                     w: dict[str, int]) -> None:
    hq, part = w["HQ-PART"], w["PT0001"]
    statements = [
        f"UPDATE {S}.stock_level SET qty = qty + 100",
        f"INSERT INTO {S}.stock_level (warehouse_id, product_id, qty) VALUES ({hq}, {part}, 1)",
        f"DELETE FROM {S}.stock_level",
        f"UPDATE {S}.stock_move SET qty = 1",
        f"DELETE FROM {S}.stock_move",
        f"INSERT INTO {S}.stock_move (warehouse_id, product_id, qty, source_kind, source_id, branch_id) "
        f"VALUES ({hq}, {part}, 100, 'slip', 1, {w['branch:HQ']})",
        f"TRUNCATE {S}.stock_move",
        f"INSERT INTO {S}.stock_slip_counter (kind, year, last) VALUES ('x', 2000, 1)",
        f"UPDATE {S}.stock_slip_counter SET last = 0",
        f"SELECT {S}.stock_book(ARRAY[ROW({hq}, {part}, 100, false, 'slip', 1, 1, 'x', NULL)"
        f"::{S}.stock_delta])",
        f"SELECT {S}.stock_slip_deltas(ARRAY[1])",
    ]
    with raw(db, who) as conn:
        for statement in statements:
            refused(conn, statement, "42501")  # insufficient privilege


def test_not_even_the_owner_changes_the_ledger_or_a_level_directly(db: TestDatabase,
                                                                   w: dict[str, int]) -> None:
    """The schema owner (and a superuser) hold every privilege; the triggers still refuse."""
    owner = db.roles.owner
    for statement in (f"UPDATE {S}.stock_move SET qty = qty * 2",
                      f"DELETE FROM {S}.stock_move",
                      f"TRUNCATE {S}.stock_move",
                      f"UPDATE {S}.stock_level SET qty = qty + 1",
                      f"INSERT INTO {S}.stock_level (warehouse_id, product_id, qty) "
                      f"VALUES ({w['SH-SCRAP']}, {w['PT0018']}, 1) ON CONFLICT DO NOTHING",
                      f"DELETE FROM {S}.stock_level",
                      f"TRUNCATE {S}.stock_level",
                      f"SELECT {S}.stock_book(ARRAY[ROW({w['HQ-PART']}, {w['PT0001']}, 100, false, "
                      f"'slip', 1, 1, 'x', NULL)::{S}.stock_delta])"):
        for role in (None, owner):
            with pytest.raises(Exception, match="AS009|changes only through stock documents"):
                prefix = f'SET ROLE "{role}"; ' if role else ""
                db.server.execute(f"BEGIN; {prefix}{statement}; COMMIT", database=db.name)
    engine = db.superuser_engine()
    try:
        with engine.connect() as conn:
            assert ledger_mismatches(conn) == []
    finally:
        engine.dispose()


def test_every_move_names_its_document_line_actor_and_branch(db: TestDatabase, manager: Engine,
                                                             w: dict[str, int]) -> None:
    hq, sh, part = w["HQ-PART"], w["SH-PART"], w["PT0008"]
    with manager.connect() as conn:
        set_stock(conn, hq, part, 6)
        slip = posted_slip(conn, SlipKind.TRANSFER, SlipReason.TRANSFER, hq, [(part, 2)], to=sh)
        line = slips.load_slip(conn, slip.id)["lines"][0]
        rows = conn.execute(text(
            f"SELECT warehouse_id, qty, source_kind, source_id, source_line_id, source_no, actor, "
            f"branch_id FROM {S}.stock_move WHERE source_id = {slip.id} AND source_kind = 'slip' "
            f"ORDER BY warehouse_id")).all()
    actor = db.roles.operator("manager")
    assert sorted(rows) == sorted([
        (hq, D(-2), "slip", slip.id, line["id"], slip.number, actor, w["branch:HQ"]),
        (sh, D(2), "slip", slip.id, line["id"], slip.number, actor, w["branch:SH"])])
    assert line["moved"] == -2


def test_on_hand_reads_many_products_at_once(manager: Engine, w: dict[str, int]) -> None:
    hq = w["HQ-PART"]
    with manager.connect() as conn:
        set_stock(conn, hq, w["PT0009"], "2.5")
        set_stock(conn, hq, w["PT0010"], 0)
        found = on_hand(conn, hq, [w["PT0009"], w["PT0010"], w["PT0009"]])
    assert found == {w["PT0009"]: D("2.5"), w["PT0010"]: D(0)}


# -- the property: after anything, every level is the sum of its moves and never negative ------

WAREHOUSES = ("HQ-PART", "HQ-SCRAP", "SH-PART")
PARTS = ("PT0011", "PT0012", "PT0013")
quantities = st.integers(min_value=1, max_value=6).map(D) | st.sampled_from([D("0.5"), D("1.25")])


class Model:
    """What the stock should be, operation by operation."""

    def __init__(self, conn: Connection, w: dict[str, int]) -> None:
        self.w = w
        self.stock: dict[tuple[int, int], Decimal] = defaultdict(D)
        for code in WAREHOUSES:
            for part, qty in on_hand(conn, w[code], [w[p] for p in PARTS]).items():
                self.stock[w[code], part] = qty
        self.posted: list[dict[str, Any]] = []  # slips that may be reversed or corrected
        self.lines: dict[int, tuple[int, int, Decimal]] = {}  # live requisition lines

    def fits(self, effect: dict[tuple[int, int], Decimal]) -> bool:
        return all(self.stock[key] + delta >= 0 for key, delta in effect.items())

    def apply(self, effect: dict[tuple[int, int], Decimal]) -> None:
        for key, delta in effect.items():
            self.stock[key] += delta


def effect_of(kind: str, warehouse: int, to: int | None, lines: list[tuple[int, Decimal]],
              stock: dict[tuple[int, int], Decimal]) -> dict[tuple[int, int], Decimal]:
    effect: dict[tuple[int, int], Decimal] = defaultdict(D)
    for product, qty in lines:
        if kind == SlipKind.IN:
            effect[warehouse, product] += qty
        elif kind == SlipKind.OUT:
            effect[warehouse, product] -= qty
        elif kind == SlipKind.TRANSFER:
            effect[warehouse, product] -= qty
            effect[to, product] += qty
        else:
            effect[warehouse, product] = qty - stock[warehouse, product]
    return effect


def _expect(conn: Connection, model: Model, effect: dict[tuple[int, int], Decimal], action) -> Any:
    """Run ``action`` in a savepoint: it succeeds exactly when the model says the stock
    allows it; a refusal is the short-stock DomainError and changes nothing."""
    fits = model.fits(effect)
    try:
        with conn.begin_nested():
            result = action()
    except ShortStock:
        assert not fits, "refused although the stock was there"
        event("refused for short stock")
        return None
    assert fits, "a take beyond the stock went through"
    event("booked")
    model.apply(effect)
    return result


def _slip_op(conn: Connection, model: Model, data: st.DataObject) -> None:
    w = model.w
    kind = data.draw(st.sampled_from(list(SlipKind)), label="kind")
    warehouse = w[data.draw(st.sampled_from(WAREHOUSES), label="warehouse")]
    to = None
    if kind == SlipKind.TRANSFER:
        to = w[data.draw(st.sampled_from([c for c in WAREHOUSES if w[c] != warehouse]), label="to")]
    products = data.draw(st.lists(st.sampled_from(PARTS), min_size=1, max_size=2, unique=True))
    lines = [(w[p], data.draw(quantities if kind != SlipKind.STOCKTAKE
                              else st.integers(0, 8).map(D), label="qty")) for p in products]
    reason = {SlipKind.IN: SlipReason.PURCHASE, SlipKind.OUT: SlipReason.SALE,
              SlipKind.TRANSFER: SlipReason.TO_SCRAP, SlipKind.STOCKTAKE: SlipReason.COUNT}[kind]
    slip = approved_slip(conn, kind, reason, warehouse, lines, to=to)
    if data.draw(st.booleans(), label="cancel instead"):
        slips.cancel(conn, slip.id, slip.version)
        return
    effect = effect_of(kind, warehouse, to, lines, model.stock)
    if _expect(conn, model, effect, lambda: slips.post(conn, slip.id, slip.version)) is not None:
        model.posted.append({"id": slip.id, "kind": kind, "warehouse": warehouse, "to": to,
                             "reason": reason, "effect": dict(effect), "lines": lines})


def _reverse_op(conn: Connection, model: Model, data: st.DataObject) -> None:
    if not model.posted:
        return
    slip = model.posted.pop(data.draw(st.integers(0, len(model.posted) - 1), label="which"))
    undo = {key: -delta for key, delta in slip["effect"].items()}
    if data.draw(st.booleans(), label="correct"):
        counts = slip["kind"] == SlipKind.STOCKTAKE
        lines = [(p, data.draw(st.integers(0, 8).map(D) if counts else quantities, label="new qty"))
                 for p, _q in slip["lines"]]
        # The new slip counts against the stock as the reversal leaves it (one booking).
        undone = defaultdict(D, {key: model.stock[key] + undo.get(key, 0) for key in model.stock})
        new = effect_of(slip["kind"], slip["warehouse"], slip["to"], lines, undone)
        effect: dict[tuple[int, int], Decimal] = defaultdict(D)
        for part in (undo, new):
            for key, delta in part.items():
                effect[key] += delta
        result = _expect(conn, model, effect, lambda: slips.correct(conn, slip["id"], SlipInput(
            slip["kind"], slip["reason"], slip["warehouse"], to_warehouse_id=slip["to"]),
            [LineInput(p, q) for p, q in lines]))
        if result is not None:
            model.posted.append({**slip, "id": result[1].id, "effect": dict(new), "lines": lines})
        else:
            model.posted.append(slip)
        return
    if _expect(conn, model, undo, lambda: slips.reverse(conn, slip["id"])) is None:
        model.posted.append(slip)


def _live_op(conn: Connection, model: Model, data: st.DataObject, requisition: int) -> None:
    w = model.w
    action = data.draw(st.sampled_from(["take", "change", "delete"]), label="live")
    if action == "take" or not model.lines:
        warehouse, product = w[data.draw(st.sampled_from(WAREHOUSES))], w[data.draw(st.sampled_from(PARTS))]
        qty = data.draw(quantities, label="take")
        line = _expect(conn, model, {(warehouse, product): -qty},
                       lambda: take(conn, requisition, warehouse, product, qty))
        if line is not None:
            model.lines[line] = (warehouse, product, qty)
        return
    line = data.draw(st.sampled_from(sorted(model.lines)), label="line")
    warehouse, product, qty = model.lines[line]
    if action == "delete":
        _expect(conn, model, {(warehouse, product): qty}, lambda: conn.execute(text(
            f"DELETE FROM {S}.test_requisition_line WHERE id = {line}")))
        del model.lines[line]
        return
    new = data.draw(quantities, label="new take")

    def change() -> Any:
        with stock_errors():
            return conn.execute(text(f"UPDATE {S}.test_requisition_line SET qty = :q WHERE id = :id"),
                                {"q": new, "id": line})
    if _expect(conn, model, {(warehouse, product): qty - new}, change) is not None:
        model.lines[line] = (warehouse, product, new)


def _draft_op(conn: Connection, model: Model, data: st.DataObject) -> None:
    """Drafts edited, lines changed and deleted, then cancelled: no stock moves."""
    w = model.w
    saved = slips.save_slip(conn, SlipInput(SlipKind.OUT, SlipReason.SALE, w["HQ-PART"]),
                            [LineInput(w[p], 100) for p in PARTS])
    lines = slips.load_slip(conn, saved.id)["lines"]
    kept = [LineInput(lines[0]["product_id"], data.draw(quantities), id=lines[0]["id"])]
    saved = slips.save_slip(conn, SlipInput(SlipKind.OUT, SlipReason.SALE, w["HQ-PART"]), kept,
                            slip_id=saved.id, version=saved.version,
                            removed=[line["id"] for line in lines[1:]])
    slips.cancel(conn, saved.id, saved.version)


def _check(conn: Connection, model: Model) -> None:
    assert ledger_mismatches(conn) == []
    for code in WAREHOUSES:
        found = on_hand(conn, model.w[code], [model.w[p] for p in PARTS])
        for product, qty in found.items():
            assert qty == model.stock[model.w[code], product], (code, product)
            assert qty >= 0


@pytest.fixture
def property_db(db: TestDatabase) -> TestDatabase:
    add_requisitions(db)
    return db


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_levels_always_equal_the_sum_of_their_moves_and_are_never_negative(
    property_db: TestDatabase, data: st.DataObject,
) -> None:
    w = ids(property_db)
    engine = operator(property_db, "manager", autocommit=False)
    try:
        with engine.connect() as conn:
            outer = conn.begin()  # each example starts from the same database
            try:
                model = Model(conn, w)
                requisition = new_requisition(conn)
                for _ in range(data.draw(st.integers(1, 14), label="steps")):
                    op = data.draw(st.sampled_from(["slip", "slip", "reverse", "live", "live",
                                                    "draft"]), label="op")
                    if op == "slip":
                        _slip_op(conn, model, data)
                    elif op == "reverse":
                        _reverse_op(conn, model, data)
                    elif op == "live":
                        _live_op(conn, model, data, requisition)
                    else:
                        _draft_op(conn, model, data)
                    _check(conn, model)
            finally:
                outer.rollback()
    finally:
        engine.dispose()


def test_a_domain_error_never_hides_a_raw_database_error(manager: Engine, w: dict[str, int]) -> None:
    """Errors that are not the engine's pass through unchanged (a bug is a bug)."""
    with manager.connect() as conn, pytest.raises(Exception) as raised, stock_errors():
        conn.execute(text(f"SELECT * FROM {S}.no_such_table"))
    assert not isinstance(raised.value, DomainError)
