"""The permission model as PostgreSQL enforces it, cell by cell.

For every profile (through its demo operator) x every table x every verb, a minimal
statement runs over a raw psycopg connection as that operator, in a transaction that
is always rolled back. Each statement is one that only a missing privilege can refuse
(``WHERE false`` forms: PostgreSQL checks privileges when the executor starts, before
any row is looked at, so no NOT NULL, foreign key or row-level policy gets a say).

The expected outcome is computed from ``server_schema.permissions`` (STAFF, the
permissions' TableGrants and the profiles' default composition): a change of the
specification that the database does not follow, or the reverse, fails the cell that
differs, named in the test id as ``profile-table-verb``.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import conftest
import psycopg
import pytest
from conftest import PgServer, unique
from psycopg import sql

from server_schema import models  # noqa: F401 - every table in the metadata
from server_schema.base import SCHEMA, metadata
from server_schema.demo_data import DEMO_OPERATORS
from server_schema.permissions import (
    PERMISSIONS,
    PROFILES,
    SENSITIVE,
    STAFF,
    TableGrant,
    reveal_permission,
)

if TYPE_CHECKING:
    from conftest import TestDatabase

# -- the specification, read ---------------------------------------------------------

#: Tables the migrations make, with their columns: the ORM's, plus alembic's own.
COLUMNS: dict[str, tuple[str, ...]] = {
    table.name: tuple(c.name for c in table.columns) for table in metadata.sorted_tables
}
COLUMNS["alembic_version"] = ("version_num",)
GENERATED: dict[str, set[str]] = {
    table.name: {c.name for c in table.columns if c.computed is not None}
    for table in metadata.sorted_tables
}
GENERATED["alembic_version"] = set()
TABLES = tuple(sorted(COLUMNS))

VERBS = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")
#: Verbs PostgreSQL grants per column (the others are table-wide).
COLUMN_VERBS = ("SELECT", "INSERT", "UPDATE")

#: One demo operator per profile, at the head office.
OPERATOR_OF_PROFILE = {d.profile: d.code for d in DEMO_OPERATORS if not d.branch}
PROFILE_NAMES = tuple(p.name for p in PROFILES)


def profile_permissions(profile: str) -> tuple[str, ...]:
    return next(p.permissions for p in PROFILES if p.name == profile)


def grants_of(profile: str) -> list[TableGrant]:
    """Everything an operator with this one profile holds: STAFF and the grants of
    the profile's default permissions."""
    held = set(profile_permissions(profile))
    return list(STAFF) + [g for p in PERMISSIONS if p.name in held for g in p.grants]


def column_allowed(profile: str, table: str, verb: str, column: str) -> bool:
    return any(
        g.table == table and verb in g.privileges and (g.columns is None or column in g.columns)
        for g in grants_of(profile)
    )


def table_allowed(profile: str, table: str, verb: str) -> bool:
    """Whether the profile holds ``verb`` on the table or on any of its columns."""
    return any(g.table == table and verb in g.privileges for g in grants_of(profile))


def test_the_specification_only_names_known_tables_and_columns() -> None:
    """A grant on a table or column the schema lacks would make the matrix vacuous."""
    grants = list(STAFF) + [g for p in PERMISSIONS for g in p.grants]
    for grant in grants:
        assert grant.table in COLUMNS, grant
        assert set(grant.privileges) <= set(VERBS), grant
        if grant.columns is not None:
            assert set(grant.columns) <= set(COLUMNS[grant.table]), grant
    for kind, pairs in SENSITIVE.items():
        reveal_permission(kind)
        for table, column in pairs:
            assert column in COLUMNS[table]
    assert set(OPERATOR_OF_PROFILE) == set(PROFILE_NAMES), "one demo operator per profile"


# -- the database ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def matrix_db(pg_server: PgServer, template_db: TestDatabase) -> Iterator[TestDatabase]:
    """A clone of the template for this module (nothing here is ever committed).
    Not the template itself: an open connection to it would block every clone."""
    name = unique("as_matrix_")
    pg_server.create_database(name, template=template_db.name)
    pg_server.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
    pg_server.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO "{template_db.roles.staff}"')
    yield conftest.TestDatabase(pg_server, name, template_db.roles)
    pg_server.drop_database(name)


def raw_connect(db: TestDatabase, code: str, password: str | None = None) -> psycopg.Connection:
    """A plain psycopg connection as the operator: none of the application's code."""
    return psycopg.connect(
        host=db.server.host, port=db.server.port, dbname=db.name,
        user=db.roles.operator(code), password=password or db.password,
        sslmode="disable", connect_timeout=10,
    )


@pytest.fixture(scope="module")
def connections(matrix_db: TestDatabase) -> Iterator[dict[str, psycopg.Connection]]:
    opened = {profile: raw_connect(matrix_db, code) for profile, code in OPERATOR_OF_PROFILE.items()}
    yield opened
    for conn in opened.values():
        conn.close()


OK = "ok"
DENIED = "42501"


def outcome(conn: psycopg.Connection, statement: sql.Composable) -> str:
    """"ok", "42501" (insufficient_privilege), or another SQLSTATE; always rolled back."""
    try:
        with conn.transaction(force_rollback=True):
            conn.execute(statement)
    except psycopg.Error as error:
        return error.sqlstate or type(error).__name__
    return OK


def expected(allowed: bool) -> str:
    return OK if allowed else DENIED


def _table(table: str) -> sql.Composable:
    return sql.Identifier(SCHEMA, table)


def column_statement(table: str, verb: str, column: str) -> sql.Composable:
    t, c = _table(table), sql.Identifier(column)
    if verb == "SELECT":
        return sql.SQL("SELECT {} FROM {} WHERE false").format(c, t)
    if verb == "INSERT":
        return sql.SQL("INSERT INTO {} ({}) SELECT NULL WHERE false").format(t, c)
    if verb == "UPDATE":
        return sql.SQL("UPDATE {} SET {} = NULL WHERE false").format(t, c)
    raise AssertionError(verb)


def table_statement(table: str, verb: str) -> sql.Composable:
    t = _table(table)
    return {
        # No column named: any column privilege suffices, as for a table grant.
        "SELECT": sql.SQL("SELECT 1 FROM {} LIMIT 1"),
        "DELETE": sql.SQL("DELETE FROM {} WHERE false"),
        "TRUNCATE": sql.SQL("TRUNCATE {}"),
    }[verb].format(t)


def test_the_database_has_exactly_the_tables_and_columns_of_the_matrix(
    matrix_db: TestDatabase,
) -> None:
    rows = matrix_db.server.execute(
        "SELECT c.relname, a.attname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        f"WHERE n.nspname = '{SCHEMA}' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
        database=matrix_db.name,
    )
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    assert found == {t: set(cols) for t, cols in COLUMNS.items()}


def test_profiles_in_the_database_hold_their_default_permissions(matrix_db: TestDatabase) -> None:
    """The expectation below takes the profiles' composition from PROFILES; check the
    database's profile roles really are composed that way (through pg_has_role, the
    same test the row-level policies use)."""
    names = matrix_db.roles
    for profile in PROFILE_NAMES:
        code = OPERATOR_OF_PROFILE[profile]
        with raw_connect(matrix_db, code) as conn:
            held = {
                p.name for p in PERMISSIONS
                if conn.execute("SELECT pg_has_role(current_user, %s, 'USAGE')",
                                (names.permission(p.name),)).fetchone()[0]
            }
            profiles = {
                row[0] for row in conn.execute(
                    "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                    "WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = current_user) "
                    "AND starts_with(r.rolname, %s)", (names.prefix + "r_",))
            }
        assert held == set(profile_permissions(profile)), profile
        assert profiles == {names.profile(profile)}, profile


MATRIX = [
    pytest.param(profile, table, verb, id=f"{profile}-{table}-{verb}")
    for profile in PROFILE_NAMES
    for table in TABLES
    for verb in VERBS
]


@pytest.mark.parametrize(("profile", "table", "verb"), MATRIX)
def test_matrix(
    connections: dict[str, psycopg.Connection], profile: str, table: str, verb: str
) -> None:
    conn = connections[profile]
    if verb in ("SELECT", "DELETE", "TRUNCATE"):
        assert outcome(conn, table_statement(table, verb)) == expected(
            table_allowed(profile, table, verb))
    if verb in COLUMN_VERBS:
        # Generated columns (the masked forms) are written by nobody: PostgreSQL refuses
        # them before it looks at privileges.
        columns = [c for c in COLUMNS[table] if verb == "SELECT" or c not in GENERATED[table]]
        got = {c: outcome(conn, column_statement(table, verb, c)) for c in columns}
        want = {c: expected(column_allowed(profile, table, verb, c)) for c in columns}
        differing = {c: (got[c], want[c]) for c in got if got[c] != want[c]}
        assert not differing, f"column: (got, expected) {differing}"
        # The table-level cell: the verb is possible on some column or on none.
        assert (OK in got.values()) == table_allowed(profile, table, verb)


SENSITIVE_CELLS = [
    pytest.param(profile, kind, table, column, id=f"{profile}-{table}.{column}")
    for profile in PROFILE_NAMES
    for kind, pairs in SENSITIVE.items()
    for table, column in pairs
]


@pytest.mark.parametrize(("profile", "kind", "table", "column"), SENSITIVE_CELLS)
def test_sensitive_columns_are_readable_exactly_with_the_reveal_permission(
    connections: dict[str, psycopg.Connection], profile: str, kind: str, table: str, column: str,
) -> None:
    conn = connections[profile]
    holds_reveal = reveal_permission(kind) in profile_permissions(profile)
    statement = sql.SQL("SELECT {} FROM {} LIMIT 1").format(sql.Identifier(column), _table(table))
    assert outcome(conn, statement) == expected(holds_reveal)
    # ... and no wildcard reads it for those without the permission either.
    star = sql.SQL("SELECT * FROM {} LIMIT 1").format(_table(table))
    assert outcome(conn, star) == expected(table_allowed_all(profile, table))
    if not holds_reveal:
        assert not table_allowed_all(profile, table)
    if holds_reveal:
        # A real row comes back with a real value (the demo data has phones and salaries).
        with conn.transaction(force_rollback=True):
            value = conn.execute(sql.SQL("SELECT {} FROM {} WHERE {} IS NOT NULL LIMIT 1").format(
                sql.Identifier(column), _table(table), sql.Identifier(column))).fetchone()
        assert value is not None


def table_allowed_all(profile: str, table: str) -> bool:
    """Whether the profile may SELECT every column of the table (as SELECT * needs)."""
    return all(column_allowed(profile, table, "SELECT", c) for c in COLUMNS[table])
