"""Round trips per action, counted by a proxy between client and server: branch users
sit 40-100 ms away, so every read of a list costs one round trip, whatever it shows."""
from __future__ import annotations

import pytest
from db_support import proxied

from bench.rtproxy import RoundTripProxy
from client.connection import Profile, login
from server_schema import audit, lists, org, queries, security
from server_schema.queries import ColumnFilter, Sort

#: What test_home imports from here (``proxied``, the manager logged in through the
#: counting proxy, is db_support's, and reaches every test without an import).
__all__ = ["proxied", "read", "trips"]


def trips(proxy: RoundTripProxy, action) -> int:
    proxy.reset()
    action()
    return proxy.count()


def read(database, fn):
    def run():
        with database.read() as session:
            return fn(session)
    return run


@pytest.mark.parametrize("spec", [org.EMPLOYEES, org.BRANCHES, security.OPERATORS, audit.AUDIT_LOG],
                         ids=lambda s: s.name)
def test_a_list_page_is_one_round_trip(proxied, spec):
    proxy, database = proxied
    first = []
    assert trips(proxy, read(database, lambda s: first.extend(
        queries.keyset_page(s, spec, limit=5)))) == 1
    after = queries.key_of(spec, first[-1])
    assert trips(proxy, read(database, lambda s: queries.keyset_page(
        s, spec, after=after, limit=5))) == 1
    assert trips(proxy, read(database, lambda s: queries.keyset_page(
        s, spec, text="a b", reveal=frozenset({"phone"})))) == 1
    assert trips(proxy, read(database, lambda s: queries.count(s, spec, text="x"))) == 1


@pytest.mark.parametrize("spec, sort, filters, group", [
    (org.EMPLOYEES, Sort("name", descending=True),
     [ColumnFilter.contains("name", "zs"), ColumnFilter.equals("is_engineer", True)], "department"),
    (lists.PRODUCTS, Sort("category"), [ColumnFilter.between("sale_price", 10, 5000)], "brand"),
    (audit.AUDIT_LOG, Sort("actor"), [ColumnFilter.contains("table_name", "o")], "action"),
], ids=lambda v: getattr(v, "name", None))
def test_sorted_filtered_and_grouped_reads_are_one_round_trip(proxied, spec, sort, filters, group):
    proxy, database = proxied
    first = []
    assert trips(proxy, read(database, lambda s: first.extend(
        queries.keyset_page(s, spec, limit=2, sort=sort)))) == 1
    after = queries.key_of(spec, first[-1], sort)
    assert trips(proxy, read(database, lambda s: queries.keyset_page(
        s, spec, after=after, limit=2, sort=sort))) == 1
    assert trips(proxy, read(database, lambda s: queries.keyset_page(
        s, spec, column_filters=filters, text="a", sort=sort))) == 1
    assert trips(proxy, read(database, lambda s: queries.totals(
        s, spec, column_filters=filters, sort=sort))) == 1
    assert trips(proxy, read(database, lambda s: queries.group_summary(
        s, spec, group, column_filters=filters[:1]))) == 1


def test_an_audit_record_is_one_round_trip(proxied):
    proxy, database = proxied
    assert trips(proxy, lambda: database.record(audit.Action.REVEAL, table="employee", key="*")) == 1


def test_login_costs_a_constant_number_of_round_trips(db):
    counts = []
    for code in ("clerk", "manager", "admin"):  # 1, 5 and 6 permissions
        with RoundTripProxy(db.server.host, db.server.port) as proxy:
            profile = Profile(name="t", host="127.0.0.1", port=proxy.port, database=db.name,
                              sslmode="disable", role_prefix=db.roles.prefix)
            database = login(profile, code, db.password)
            counts.append(proxy.count())
            database.close(logout=False)
    assert len(set(counts)) == 1, counts
    assert counts[0] <= 15, counts
