"""The home tab's counts of today's work: one round trip, equal to direct counts, and
scoped to the operator's branch by row-level security."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from server_schema import home
from server_schema.order_lists import to_notify_count
from tests.test_round_trips import proxied, read, trips  # noqa: F401 - proxied is a fixture

COUNTS = {
    "pending": "SELECT count(*) FROM aftersales.service_order WHERE status = 'pending'",
    "ready": "SELECT count(*) FROM aftersales.service_order WHERE status = 'ready'",
    "overdue": "SELECT count(*) FROM aftersales.service_order WHERE status = 'ready' "
               "AND pickup_due < current_date",
    "slips_to_approve": "SELECT count(*) FROM aftersales.stock_slip WHERE status = 'draft'",
    "slips_to_post": "SELECT count(*) FROM aftersales.stock_slip WHERE status = 'approved'",
    "to_dispatch": "SELECT count(*) FROM aftersales.service_order o WHERE service_mode = 'on_site' "
                   "AND status IN ('pending', 'in_repair', 'awaiting_parts', 'hard_to_repair') "
                   "AND NOT EXISTS (SELECT 1 FROM aftersales.dispatch d WHERE d.order_id = o.id "
                   "AND d.status = 'dispatched')",
    "appointments_today": "SELECT count(*) FROM aftersales.dispatch WHERE status = 'dispatched' "
                          "AND appointment_at::date = current_date",
    "signed_missing": "SELECT count(*) FROM aftersales.dispatch WHERE status = 'completed' "
                      "AND NOT signed_back",
}


def counts_by_sql(db, branch: str | None = None) -> dict[str, int]:
    where = "" if branch is None else (
        " AND branch_id = (SELECT id FROM aftersales.branch WHERE code = :b)")
    engine = db.superuser_engine()
    try:
        with engine.connect() as connection:
            return {key: int(connection.execute(text(sql + where), {"b": branch}).scalar_one())
                    for key, sql in COUNTS.items()}
    finally:
        engine.dispose()


def work_of(db, code: str) -> tuple[dict[str, int], int]:
    engine = db.operator_engine(code)
    try:
        with Session(engine) as session:
            return home.todays_work(session), to_notify_count(session)
    finally:
        engine.dispose()


def test_counts_match_the_tables(db):
    work, to_notify = work_of(db, "manager")  # sees every branch
    expected = counts_by_sql(db)
    assert {key: work[key] for key in expected} == expected
    assert work["to_notify"] == to_notify
    assert work["workshop"] >= work["pending"] and work["low_stock"] >= 0
    assert work["to_dispatch"] > 0 and work["signed_missing"] > 0  # the demo has both


def test_a_branch_clerk_counts_their_branch_only(db):
    work, _ = work_of(db, "sh_clerk")
    expected = counts_by_sql(db, "SH")
    assert work["pending"] == expected["pending"] and work["ready"] == expected["ready"]


def test_todays_work_is_one_round_trip(proxied):  # noqa: F811 - the imported fixture
    proxy, database = proxied
    assert trips(proxy, read(database, home.todays_work)) == 1
