"""The stock engine under concurrency, with real threads on separate connections: takes
of the last units never lose an update, never go below zero and never deadlock; every
refused take gets the short-stock message, never a raw database error; slip numbers
stay unique and gapless while many people create slips, also when some give up."""
from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from db_support import S, one, operator, sql
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool
from stock_support import (
    add_requisitions,
    approved_slip,
    ids,
    ledger_mismatches,
    level,
    new_requisition,
    race,
    set_stock,
    short_names,
    take,
)

from server_schema import slips
from server_schema.slips import LineInput, SlipInput
from server_schema.stock import SlipKind, SlipReason

if TYPE_CHECKING:
    from conftest import TestDatabase

THREADS = 20
ROUNDS = 3


@pytest.fixture
def keepers(db: TestDatabase) -> Iterator[Engine]:
    """The keeper's role, a new connection per use (no pool): each thread its own."""
    engine = operator(db, "keeper", poolclass=NullPool)
    yield engine
    engine.dispose()


@pytest.fixture
def manager(db: TestDatabase) -> Iterator[Engine]:
    engine = operator(db, "manager")
    yield engine
    engine.dispose()


def check_last_units(db: TestDatabase, outcomes: list[tuple[str, Any]], warehouse: int,
                     product: int, name: str) -> None:
    kinds = [kind for kind, _value in outcomes]
    errors = [value for kind, value in outcomes if kind == "error"]
    assert not errors, errors
    assert kinds.count("ok") == 5 and kinds.count("short") == THREADS - 5, kinds
    for kind, error in outcomes:
        if kind == "short":
            assert str(error) == f"Not enough {name}: 0 available, 1 wanted.", str(error)
    assert level(db, warehouse, product) == 0


def test_twenty_concurrent_takes_of_the_last_five_units(
    db: TestDatabase, manager: Engine, keepers: Engine,
) -> None:
    """Twenty keepers post a stock-out of one unit each at the same moment, against five
    units: five succeed, fifteen are told what is short, the stock ends at zero."""
    w = ids(db)
    hq, part = w["HQ-PART"], w["PT0016"]
    name = short_names(db, hq, part)
    for _round in range(ROUNDS):
        with manager.connect() as conn:
            set_stock(conn, hq, part, 5)
            ready = [approved_slip(conn, SlipKind.OUT, SlipReason.REPAIR_USE, hq, [(part, 1)])
                     for _ in range(THREADS)]

        def post(i: int, ready: list[slips.SavedSlip] = ready) -> int:
            with keepers.connect() as conn:
                return slips.post(conn, ready[i].id, ready[i].version)
        outcomes = race(THREADS, post)
        check_last_units(db, outcomes, hq, part, name)
        posted = sql(db, f"SELECT count(*) FROM {S}.stock_slip "
                         f"WHERE id IN ({','.join(str(s.id) for s in ready)}) AND status = 'posted'")
        assert posted == [(5,)]
    with manager.connect() as conn:
        assert ledger_mismatches(conn) == []


def test_twenty_concurrent_requisition_lines_against_five_units(
    db: TestDatabase, manager: Engine, keepers: Engine,
) -> None:
    """The same through a document whose lines take stock as they are saved, each
    thread in a transaction of its own that also writes its requisition."""
    add_requisitions(db)
    w = ids(db)
    sh, part = w["SH-PART"], w["PT0017"]
    name = short_names(db, sh, part)
    engine = operator(db, "manager", autocommit=False, poolclass=NullPool)
    try:
        for round_ in range(ROUNDS):
            with manager.connect() as conn:
                set_stock(conn, sh, part, 5)

            def requisition(i: int, round_: int = round_) -> int:
                with engine.begin() as conn:
                    document = new_requisition(conn, f"RQ-{round_}-{i}")
                    return take(conn, document, sh, part, 1)
            check_last_units(db, race(THREADS, requisition), sh, part, name)
    finally:
        engine.dispose()
    with manager.connect() as conn:
        assert ledger_mismatches(conn) == []


def test_crossing_transfers_of_many_parts_never_deadlock(db: TestDatabase, manager: Engine) -> None:
    """Transfers both ways between two warehouses, each with the same parts in another
    order, posted at once: the engine locks in one order, so all get through."""
    w = ids(db)
    hq, sh = w["HQ-PART"], w["SH-PART"]
    parts = [w[f"PT{n:04d}"] for n in range(1, 13)]
    rng = random.Random(5)
    with manager.connect() as conn:
        for part in parts:
            set_stock(conn, hq, part, 100)
            set_stock(conn, sh, part, 100)
        ready = []
        for i in range(12):
            shuffled = rng.sample(parts, len(parts))
            source, target = (hq, sh) if i % 2 else (sh, hq)
            ready.append(approved_slip(conn, SlipKind.TRANSFER, SlipReason.TRANSFER, source,
                                       [(p, 1) for p in shuffled], to=target))

    # The manager works with both branches (the keeper only with the head office's).
    posters = operator(db, "manager", poolclass=NullPool)

    def post(i: int) -> int:
        with posters.connect() as conn:
            return slips.post(conn, ready[i].id, ready[i].version)
    try:
        outcomes = race(len(ready), post)
    finally:
        posters.dispose()
    assert [kind for kind, _v in outcomes] == ["ok"] * len(ready), outcomes
    assert {level(db, hq, p) for p in parts} == {Decimal(100)}
    assert {level(db, sh, p) for p in parts} == {Decimal(100)}


def test_slip_numbers_stay_unique_and_gapless_under_concurrency(
    db: TestDatabase, keepers: Engine,
) -> None:
    w = ids(db)
    data = SlipInput(SlipKind.TRANSFER, SlipReason.TRANSFER, w["HQ-PART"],
                     to_warehouse_id=w["SH-PART"])
    before = _last(db, "transfer")
    engine = operator(db, "keeper", autocommit=False, poolclass=NullPool)

    def create(i: int) -> str | None:
        # In a transaction of its own: every third gives up after numbering its slip.
        with engine.connect() as conn:
            with conn.begin() as transaction:
                saved = slips.save_slip(conn, data, [LineInput(w["PT0001"], 1)])
                if i % 3 == 0:
                    transaction.rollback()
                    return None
            return saved.number
    try:
        outcomes = race(12, create)
    finally:
        engine.dispose()
    assert {kind for kind, _v in outcomes} == {"ok"}, outcomes
    numbers = sorted(n for _kind, n in outcomes if n is not None)
    assert len(numbers) == 8 and len(set(numbers)) == 8
    sequences = [slips.parse_number(n)[2] for n in numbers]
    assert sequences == list(range(before + 1, before + 9))
    assert _last(db, "transfer") == before + 8

    # Ten more at once in autocommit (one statement each): consecutive too.
    def quick(i: int) -> str:
        with keepers.connect() as conn:
            return slips.save_slip(conn, data, [LineInput(w["PT0001"], 1)]).number
    more = sorted(slips.parse_number(n)[2] for _kind, n in race(10, quick))
    assert more == list(range(before + 9, before + 19))


def _last(db: TestDatabase, kind: str) -> int:
    return int(one(db, f"SELECT coalesce(max(seq), 0) FROM {S}.stock_slip WHERE kind = '{kind}' "
                       "AND year = extract(year FROM current_date)"))


def test_a_line_change_and_an_approval_at_once_never_approve_an_unseen_change(
    db: TestDatabase, manager: Engine,
) -> None:
    """Lines saved while the slip is approved: either the change lands before the
    approval (and is what was approved) or it is refused; never after it."""
    w = ids(db)
    editor = operator(db, "keeper", poolclass=NullPool)
    approver = operator(db, "manager", poolclass=NullPool)
    try:
        for _ in range(5):
            with manager.connect() as conn:
                saved = slips.save_slip(conn, SlipInput(SlipKind.OUT, SlipReason.SALE, w["HQ-PART"]),
                                        [LineInput(w["PT0002"], 1)])

            def act(i: int, saved: slips.SavedSlip = saved) -> Any:
                if i == 0:
                    with approver.connect() as conn:
                        return slips.approve(conn, saved.id, saved.version)
                with editor.connect() as conn:
                    conn.execute(text(f"UPDATE {S}.stock_slip_line SET qty = 9 "
                                      f"WHERE slip_id = {saved.id}"))
                    return "edited"
            outcomes = race(2, act)
            final = sql(db, f"SELECT s.status, l.qty FROM {S}.stock_slip s JOIN {S}.stock_slip_line l "
                            f"ON l.slip_id = s.id WHERE s.id = {saved.id}")
            approve, edit = outcomes
            assert approve[0] == "ok", outcomes
            if edit[0] == "ok":  # the edit came first and was approved as it was
                assert final == [("approved", Decimal(9))]
            else:  # the approval came first: the edit was refused, not applied
                assert "approved" in str(edit[1]) and final == [("approved", Decimal(1))]
    finally:
        editor.dispose()
        approver.dispose()
