"""Helpers the stock tests and the order tests share: ids of warehouses and parts,
levels and the ledger read as the superuser, stock brought to a level or moved by
posted slips, a test document whose lines take stock as they are saved (as the front
desk's part lines do), and threads released at once.

The fixture here (``w``) reaches every test as a plugin (conftest.py)."""
from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
from db_support import S, one, sql
from sqlalchemy import Connection, text

from server_schema import slips
from server_schema.slips import LineInput, SlipInput
from server_schema.stock import SlipKind, SlipReason
from server_schema.stock_engine import ShortStock, stock_errors

if TYPE_CHECKING:
    from conftest import TestDatabase


def ids(db: TestDatabase) -> dict[str, int]:
    """Warehouse ids by code (HQ-PART, SH-PART, HQ-SCRAP...), part ids by code (PT0001...)
    and branch ids as ``branch:HQ``."""
    return dict(sql(db, f"""SELECT code, id FROM {S}.warehouse
                            UNION ALL SELECT code, id FROM {S}.product WHERE starts_with(code, 'PT')
                            UNION ALL SELECT 'branch:' || code, id FROM {S}.branch"""))


@pytest.fixture
def w(db: TestDatabase) -> dict[str, int]:
    return ids(db)


# -- reading the stock as the superuser ---------------------------------------------------------

def level(db: TestDatabase, warehouse: int, product: int) -> Decimal:
    rows = sql(db, f"SELECT qty FROM {S}.stock_level WHERE warehouse_id = {warehouse} "
                   f"AND product_id = {product}")
    return rows[0][0] if rows else Decimal(0)


def move_count(db: TestDatabase) -> int:
    return one(db, f"SELECT count(*) FROM {S}.stock_move")


def short_names(db: TestDatabase, warehouse: int, product: int) -> str:
    """How the short-stock message names a part and a warehouse: 'name (code) in warehouse'."""
    [(name, code)] = sql(db, f"SELECT name, code FROM {S}.product WHERE id = {product}")
    return f"{name} ({code}) in {one(db, f'SELECT name FROM {S}.warehouse WHERE id = {warehouse}')}"


LEDGER_MISMATCHES = f"""
SELECT l.warehouse_id, l.product_id, l.qty, m.total
FROM {S}.stock_level l
FULL JOIN (SELECT warehouse_id, product_id, sum(qty) AS total FROM {S}.stock_move
           GROUP BY warehouse_id, product_id) m USING (warehouse_id, product_id)
WHERE coalesce(l.qty, 0) <> coalesce(m.total, 0) OR l.qty < 0
"""


def ledger_mismatches(conn: Connection | psycopg.Connection) -> list[Any]:
    """Levels that are not the sum of their moves, or below zero (should be none)."""
    if isinstance(conn, psycopg.Connection):
        return conn.execute(LEDGER_MISMATCHES).fetchall()
    return list(conn.execute(text(LEDGER_MISMATCHES)).all())


# -- moving stock (as an operator who may) --------------------------------------------------------

def set_stock(conn: Connection, warehouse: int, product: int, qty: Any) -> None:
    """Bring a level to ``qty`` with a posted stocktake (as an operator who may do all)."""
    saved = slips.save_slip(conn, SlipInput(SlipKind.STOCKTAKE, SlipReason.COUNT, warehouse),
                            [LineInput(product, qty)])
    slips.post(conn, saved.id, slips.approve(conn, saved.id, saved.version))


def approved_slip(conn: Connection, kind: str, reason: str, warehouse: int,
                  lines: list[tuple[int, Any]], to: int | None = None) -> slips.SavedSlip:
    saved = slips.save_slip(conn, SlipInput(kind, reason, warehouse, to_warehouse_id=to),
                            [LineInput(p, q) for p, q in lines])
    return slips.SavedSlip(saved.id, saved.number, slips.approve(conn, saved.id, saved.version))


def posted_slip(conn: Connection, kind: str, reason: str, warehouse: int,
                lines: list[tuple[int, Any]], to: int | None = None) -> slips.SavedSlip:
    approved = approved_slip(conn, kind, reason, warehouse, lines, to)
    return slips.SavedSlip(approved.id, approved.number, slips.post(conn, approved.id, approved.version))


# -- a document whose lines take stock as they are saved ------------------------------------------

# Plugged into the engine the way the front desk's and dispatch's part lines are
# (migration 0007's docstring).
REQUISITION_DDL = f"""
CREATE TABLE {S}.test_requisition (id serial PRIMARY KEY, number text NOT NULL DEFAULT 'RQ');
CREATE TABLE {S}.test_requisition_line (
    id serial PRIMARY KEY,
    requisition_id integer NOT NULL REFERENCES {S}.test_requisition ON DELETE CASCADE,
    warehouse_id integer NOT NULL REFERENCES {S}.warehouse,
    product_id integer NOT NULL REFERENCES {S}.product,
    qty numeric(12, 3) NOT NULL CHECK (qty > 0));
CREATE TRIGGER stock_in AFTER INSERT ON {S}.test_requisition_line
    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT
    EXECUTE FUNCTION {S}.stock_lines_changed('requisition', 'requisition_id', '-1',
                                              'test_requisition', 'number');
CREATE TRIGGER stock_up AFTER UPDATE ON {S}.test_requisition_line
    REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT
    EXECUTE FUNCTION {S}.stock_lines_changed('requisition', 'requisition_id', '-1',
                                              'test_requisition', 'number');
CREATE TRIGGER stock_out AFTER DELETE ON {S}.test_requisition_line
    REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT
    EXECUTE FUNCTION {S}.stock_lines_changed('requisition', 'requisition_id', '-1',
                                              'test_requisition', 'number');
"""


def add_requisitions(db: TestDatabase) -> None:
    """Create the test requisition tables in ``db`` as a migration would (as the schema
    owner), writable by every operator."""
    staff = db.roles.staff
    sql(db, f'SET ROLE "{db.roles.owner}"; {REQUISITION_DDL}; '
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON {S}.test_requisition, '
            f'{S}.test_requisition_line TO "{staff}"; '
            f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA {S} TO "{staff}"')


def new_requisition(conn: Connection, number: str = "RQ-1") -> int:
    return conn.execute(text(f"INSERT INTO {S}.test_requisition (number) VALUES (:n) RETURNING id"),
                        {"n": number}).scalar_one()


def take(conn: Connection, requisition: int, warehouse: int, product: int, qty: Any) -> int:
    """A requisition line: takes ``qty`` from the warehouse as it is saved."""
    with stock_errors():
        return conn.execute(text(
            f"INSERT INTO {S}.test_requisition_line (requisition_id, warehouse_id, product_id, qty) "
            "VALUES (:r, :w, :p, :q) RETURNING id"),
            {"r": requisition, "w": warehouse, "p": product, "q": qty}).scalar_one()


# -- concurrency ------------------------------------------------------------------------------------

def race(n: int, work: Callable[[int], Any]) -> list[tuple[str, Any]]:
    """Run ``work(i)`` on ``n`` threads released at once; each outcome is ("ok",
    result), ("short", the ShortStock) or ("error", any other exception)."""
    barrier = threading.Barrier(n)
    outcomes: list[tuple[str, Any]] = [("missing", None)] * n

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=30)
            outcomes[i] = ("ok", work(i))
        except ShortStock as error:
            outcomes[i] = ("short", error)
        except Exception as error:  # noqa: BLE001 - every other outcome is a failure
            outcomes[i] = ("error", error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes
