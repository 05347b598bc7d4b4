"""Attempts to get around the permission model with a plain PostgreSQL client.

Everything here runs over raw psycopg as an operator's own login role, the way
someone with psql and their Aftersales password would: the database alone must
refuse. PostgreSQL reports both a missing privilege and a row-level security
WITH CHECK violation as SQLSTATE 42501 (insufficient_privilege); a USING clause
that hides rows makes an UPDATE or DELETE touch 0 rows instead.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import conftest
import psycopg
import pytest
from conftest import PgServer, unique
from psycopg import sql
from sqlalchemy import select

from server_schema.base import SCHEMA
from server_schema.org import Branch, Department, Employee
from server_schema.security import Operator
from server_schema.setup import create_operator

if TYPE_CHECKING:
    from conftest import TestDatabase

INSUFFICIENT_PRIVILEGE = "42501"
NEW_PASSWORD = "Bypass#Test2026"
A = f"{SCHEMA}.audit_event"


def raw_connect(db: TestDatabase, code: str, password: str | None = None) -> psycopg.Connection:
    """A plain psycopg connection as the operator: none of the application's code.
    Autocommit: every transaction here is an explicit ``conn.transaction()``."""
    return psycopg.connect(
        host=db.server.host, port=db.server.port, dbname=db.name,
        user=db.roles.operator(code), password=password or db.password,
        sslmode="disable", connect_timeout=10, autocommit=True,
    )


def refused(conn: psycopg.Connection, statement: str | sql.Composable,
            params: tuple | dict | None = None, *, autocommit: bool = False) -> psycopg.Error:
    """Run ``statement`` in a transaction that is always rolled back (or, for what
    cannot run in one, alone); it must fail with insufficient_privilege. Returns the
    error for further checks."""
    with pytest.raises(psycopg.Error) as caught:
        if autocommit:
            conn.execute(statement, params)
        else:
            with conn.transaction(force_rollback=True):
                conn.execute(statement, params)
    assert caught.value.sqlstate == INSUFFICIENT_PRIVILEGE, caught.value
    return caught.value


def rowcount(conn: psycopg.Connection, statement: str | sql.Composable,
             params: tuple | dict | None = None) -> int:
    """Rows an UPDATE/DELETE touched, rolled back afterwards."""
    with conn.transaction(force_rollback=True):
        return conn.execute(statement, params).rowcount


@pytest.fixture(scope="module")
def shared_db(pg_server: PgServer, template_db: TestDatabase) -> Iterator[TestDatabase]:
    """One clone for the tests that commit nothing that matters to the others (their
    attempts are refused or rolled back); tests that change rows use ``db``."""
    name = unique("as_bypass_")
    pg_server.create_database(name, template=template_db.name)
    pg_server.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
    pg_server.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO "{template_db.roles.staff}"')
    yield conftest.TestDatabase(pg_server, name, template_db.roles)
    pg_server.drop_database(name)


def superuser(db: TestDatabase) -> Callable[[str], list[tuple]]:
    """Superuser statements on a clone (autocommit)."""
    def run(statement: str) -> list[tuple]:
        return db.server.execute(statement, database=db.name)
    return run


@pytest.fixture(scope="module")
def su(shared_db: TestDatabase) -> Callable[[str], list[tuple]]:
    return superuser(shared_db)


@pytest.fixture(scope="module")
def ids(shared_db: TestDatabase) -> dict[str, int]:
    """Ids of head office and Shanghai rows of the demo data (the same in every clone)."""
    su = superuser(shared_db)
    found: dict[str, int] = {}
    [(found["hq"],)] = su(f"SELECT id FROM {SCHEMA}.branch WHERE is_head_office")
    [(found["sh"],)] = su(f"SELECT id FROM {SCHEMA}.branch WHERE code = 'SH'")
    for key, branch in (("hq", found["hq"]), ("sh", found["sh"])):
        [(found[f"{key}_department"],)] = su(
            f"SELECT min(id) FROM {SCHEMA}.department WHERE branch_id = {branch}")
        [(found[f"{key}_employee"],)] = su(
            f"SELECT min(e.id) FROM {SCHEMA}.employee e JOIN {SCHEMA}.department d "
            f"ON d.id = e.department_id WHERE d.branch_id = {branch}")
    return found


@pytest.fixture
def extra_roles(pg_server: PgServer) -> Iterator[list[str]]:
    """Login roles a test creates (roles are cluster-wide: the demo operators are
    shared by every clone and so are never changed here)."""
    created: list[str] = []
    yield created
    for role in created:
        pg_server.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def branch_operator(extra_roles: list[str]) -> Callable[..., str]:
    """A new operator at a branch (by code), with a profile and optionally permission
    roles granted to it directly; returns its code."""
    def make(db: TestDatabase, branch: str, profile: str = "clerk",
             permissions: tuple[str, ...] = ()) -> str:
        code = unique("op")
        engine = db.superuser_engine()
        try:
            with engine.begin() as conn:
                branch_id = conn.execute(select(Branch.id).where(Branch.code == branch)).scalar_one()
                employee_id = conn.execute(
                    select(Employee.id)
                    .join(Department, Department.id == Employee.department_id)
                    .where(Department.branch_id == branch_id,
                           ~select(Operator.id).where(Operator.employee_id == Employee.id).exists())
                    .order_by(Employee.id).limit(1)
                ).scalar_one()
                role = create_operator(conn, db.roles, code=code, password=NEW_PASSWORD,
                                       employee_id=employee_id, branch_id=branch_id,
                                       profiles=[profile])
                extra_roles.append(role)
        finally:
            engine.dispose()
        for permission in permissions:
            db.server.execute(f'GRANT "{db.roles.permission(permission)}" TO "{role}"')
        return code
    return make


@pytest.fixture(scope="module")
def clerk(shared_db: TestDatabase) -> Iterator[psycopg.Connection]:
    with raw_connect(shared_db, "clerk") as conn:
        yield conn


@pytest.fixture(scope="module")
def admin(shared_db: TestDatabase) -> Iterator[psycopg.Connection]:
    with raw_connect(shared_db, "admin") as conn:
        yield conn


# -- the audit log -------------------------------------------------------------------

def test_clerk_cannot_update_or_delete_audit_rows(
    clerk: psycopg.Connection, su: Callable[..., list[tuple]], ids: dict[str, int]
) -> None:
    marker = unique("mine")
    # A real row of the clerk's own, so that only privileges can stop the change.
    with clerk.transaction():
        clerk.execute(f"INSERT INTO {A} (id, action, branch_id, note) "
                      "VALUES (gen_random_uuid(), 'REVEAL', %s, %s)", (ids["hq"], marker))
    refused(clerk, f"UPDATE {A} SET note = 'changed'")
    refused(clerk, f"UPDATE {A} SET note = 'changed' WHERE actor = current_user")
    refused(clerk, f"DELETE FROM {A}")
    refused(clerk, f"DELETE FROM {A} WHERE actor = current_user")
    refused(clerk, f"TRUNCATE {A}")
    [(count,)] = su(f"SELECT count(*) FROM {A} WHERE note = '{marker}'")
    assert count == 1


def test_clerk_cannot_read_the_audit_log(clerk: psycopg.Connection) -> None:
    refused(clerk, f"SELECT count(*) FROM {A}")
    refused(clerk, f"SELECT note FROM {A}")
    # Not through RETURNING of its own insert either.
    refused(clerk, f"INSERT INTO {A} (id, action) VALUES (gen_random_uuid(), 'REVEAL') RETURNING note")


def legit_row(ids: dict[str, int], **forged: object) -> tuple[str, dict[str, object]]:
    values: dict[str, object] = {"action": "REVEAL", "branch_id": ids["hq"], "note": "forged?"}
    values.update(forged)
    columns = ", ".join(["id", *values])
    placeholders = ", ".join(["gen_random_uuid()", *(f"%({k})s" for k in values)])
    return f"INSERT INTO {A} ({columns}) VALUES ({placeholders})", values


def test_clerk_may_write_an_honest_audit_row(
    clerk: psycopg.Connection, ids: dict[str, int], su: Callable[..., list[tuple]],
    shared_db: TestDatabase,
) -> None:
    """The control case for the forgeries below: the same statement with honest
    values is accepted, and the defaults fill in who, where and when."""
    marker = unique("honest")
    statement, values = legit_row(ids, note=marker)
    with clerk.transaction():
        clerk.execute(statement, values)
    [(actor, branch_id, addr)] = su(f"SELECT actor, branch_id, client_addr::text FROM {A} "
                                    f"WHERE note = '{marker}'")
    assert actor == shared_db.roles.operator("clerk")
    assert branch_id == ids["hq"]
    assert addr is not None


@pytest.mark.parametrize(
    "forgery",
    [
        pytest.param(lambda db, ids: {"actor": db.roles.operator("admin")}, id="actor-other-operator"),
        pytest.param(lambda db, ids: {"actor": "postgres"}, id="actor-superuser"),
        pytest.param(lambda db, ids: {"branch_id": ids["sh"]}, id="branch-other"),
        pytest.param(lambda db, ids: {"branch_id": None}, id="branch-none"),
        pytest.param(lambda db, ids: {"client_addr": "10.9.8.7"}, id="client-addr"),
        pytest.param(lambda db, ids: {"client_addr": None}, id="client-addr-none"),
        pytest.param(lambda db, ids: {"application": "Aftersales 9.9.9"}, id="application"),
    ],
)
def test_clerk_cannot_forge_audit_rows(
    shared_db: TestDatabase, clerk: psycopg.Connection, ids: dict[str, int],
    su: Callable[..., list[tuple]], forgery: Callable[..., dict[str, object]],
) -> None:
    marker = unique("forged")
    statement, values = legit_row(ids, note=marker, **forgery(shared_db, ids))
    error = refused(clerk, statement, values)
    # Actor, client address and application are not even granted (they come from the
    # server's defaults); the branch is checked by the row-level policy.
    assert "row-level security" in str(error) or "permission denied" in str(error)
    [(count,)] = su(f"SELECT count(*) FROM {A} WHERE note = '{marker}'")
    assert count == 0


def test_clerk_cannot_backdate_audit_rows(
    clerk: psycopg.Connection, ids: dict[str, int], su: Callable[..., list[tuple]]
) -> None:
    marker = unique("backdated")
    statement, values = legit_row(ids, at="2001-01-01T00:00:00+00:00", note=marker)
    try:
        refused(clerk, statement, values)
    finally:
        forged = su(f"SELECT count(*) FROM {A} WHERE note = '{marker}'")
    assert forged == [(0,)]


def test_branch_auditor_sees_only_its_branch(
    shared_db: TestDatabase, ids: dict[str, int], branch_operator: Callable[..., str],
    clerk: psycopg.Connection,
) -> None:
    marker = unique("m")
    # Rows of the head office, written by the head-office clerk.
    with clerk.transaction():
        for _ in range(2):
            clerk.execute(f"INSERT INTO {A} (id, action, branch_id, note) "
                          "VALUES (gen_random_uuid(), 'REVEAL', %s, %s)", (ids["hq"], marker))
    shanghai = branch_operator(shared_db, "SH")
    with raw_connect(shared_db, shanghai, NEW_PASSWORD) as conn:
        with conn.transaction():
            conn.execute(f"INSERT INTO {A} (id, action, branch_id, note) "
                         "VALUES (gen_random_uuid(), 'REVEAL', %s, %s)", (ids["sh"], marker))
        # A branch clerk does not read the log at all...
        refused(conn, f"SELECT count(*) FROM {A}")
    # ... and with audit_read, only its own branch's part of it.
    names = shared_db.roles
    shared_db.server.execute(
        f'GRANT "{names.permission("audit_read")}" TO "{names.operator(shanghai)}"')
    with raw_connect(shared_db, shanghai, NEW_PASSWORD) as conn:
        seen = conn.execute(f"SELECT branch_id FROM {A} WHERE note = %s", (marker,)).fetchall()
        assert seen == [(ids["sh"],)]
        branches = {b for (b,) in conn.execute(f"SELECT DISTINCT branch_id FROM {A}")}
        assert branches == {ids["sh"]}
    # A manager holds all_branches: everything.
    with raw_connect(shared_db, "manager") as conn:
        seen = conn.execute(f"SELECT branch_id FROM {A} WHERE note = %s", (marker,)).fetchall()
    assert sorted(b for (b,) in seen) == sorted([ids["hq"], ids["hq"], ids["sh"]])


# -- roles: the clerk reaching for more ----------------------------------------------

CLERK_ESCALATIONS = [
    ("grant-admin-profile", "GRANT {r_administrator} TO current_user"),
    ("grant-manager-profile", "GRANT {r_manager} TO current_user"),
    ("grant-audit-permission", "GRANT {p_audit_read} TO current_user"),
    ("grant-g-admin", "GRANT {g_admin} TO current_user"),
    ("set-role-admin-operator", "SET ROLE {u_admin}"),
    ("set-role-owner", "SET ROLE {owner}"),
    ("set-role-admin-profile", "SET ROLE {r_administrator}"),
    ("set-role-postgres", "SET ROLE postgres"),
    ("session-authorization", "SET SESSION AUTHORIZATION {u_admin}"),
    ("alter-self-createrole", "ALTER ROLE current_user CREATEROLE"),
    ("alter-self-superuser", "ALTER ROLE current_user SUPERUSER"),
    ("alter-self-bypassrls", "ALTER ROLE current_user BYPASSRLS"),
    ("alter-other-password", "ALTER ROLE {u_admin} PASSWORD 'Stolen#2026pw'"),
    ("create-role", "CREATE ROLE {new_role}"),
    ("create-table-in-schema", "CREATE TABLE " + SCHEMA + ".x (id int)"),
    ("create-table-in-public", "CREATE TABLE public.x (id int)"),
    ("other-operator-is-administrator",
     "UPDATE " + SCHEMA + ".operator SET is_administrator = true WHERE code = 'engineer'"),
    ("own-is-administrator",
     "UPDATE " + SCHEMA + ".operator SET is_administrator = true WHERE role_name = current_user"),
    ("own-branch", "UPDATE " + SCHEMA + ".operator SET branch_id = branch_id "
                   "WHERE role_name = current_user"),
    ("own-active", "UPDATE " + SCHEMA + ".operator SET active = true WHERE role_name = current_user"),
    ("delete-operator", "DELETE FROM " + SCHEMA + ".operator WHERE code = 'admin'"),
    ("insert-operator", "INSERT INTO " + SCHEMA + ".operator (code, role_name, employee_id, branch_id) "
                        "SELECT 'x', 'x', employee_id, branch_id FROM " + SCHEMA + ".operator LIMIT 1"),
    ("employee-salary", "UPDATE " + SCHEMA + ".employee SET post_salary = 99999"),
    ("employee-name", "UPDATE " + SCHEMA + ".employee SET name = 'x'"),
    ("read-salary", "SELECT post_salary FROM " + SCHEMA + ".employee"),
    ("department-name", "UPDATE " + SCHEMA + ".department SET name = 'x'"),
    ("setting", "UPDATE " + SCHEMA + ".setting SET value = 'x_'"),
    ("alembic-version", "UPDATE " + SCHEMA + ".alembic_version SET version_num = 'x'"),
]


def _fill(template: str, db: TestDatabase) -> sql.Composable:
    names = db.roles
    roles = {
        "r_administrator": names.profile("administrator"), "r_manager": names.profile("manager"),
        "p_audit_read": names.permission("audit_read"), "g_admin": names.admin,
        "u_admin": names.operator("admin"), "owner": names.owner,
        "new_role": names.prefix + unique("x"),
    }
    return sql.SQL(template).format(**{k: sql.Identifier(v) for k, v in roles.items()
                                       if "{" + k + "}" in template})


@pytest.mark.parametrize("statement", [s for _, s in CLERK_ESCALATIONS],
                         ids=[i for i, _ in CLERK_ESCALATIONS])
def test_clerk_is_refused(shared_db: TestDatabase, clerk: psycopg.Connection, statement: str) -> None:
    refused(clerk, _fill(statement, shared_db))
    # Nothing stuck: the clerk still is itself, with nothing more.
    names = shared_db.roles
    row = clerk.execute(
        "SELECT current_user, session_user, pg_has_role(current_user, %s, 'MEMBER'), "
        "pg_has_role(current_user, %s, 'MEMBER'), "
        "(SELECT rolcreaterole OR rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user)",
        (names.profile("administrator"), names.permission("audit_read")),
    ).fetchone()
    assert row == (names.operator("clerk"), names.operator("clerk"), False, False, False)


def test_clerk_cannot_touch_another_operators_password_flag(
    clerk: psycopg.Connection, su: Callable[..., list[tuple]]
) -> None:
    """must_change_password is a granted column, but only on the clerk's own row: the
    row-level policy hides the others (0 rows), the column grant the rest."""
    before = su(f"SELECT code, must_change_password, version FROM {SCHEMA}.operator ORDER BY code")
    assert rowcount(clerk, f"UPDATE {SCHEMA}.operator SET must_change_password = true "
                           "WHERE code = 'engineer'") == 0
    assert rowcount(clerk, f"UPDATE {SCHEMA}.operator SET must_change_password = true") == 1
    # The own row may not be handed to someone else either (WITH CHECK: role_name).
    refused(clerk, f"UPDATE {SCHEMA}.operator SET role_name = 'x' WHERE role_name = current_user")
    assert su(f"SELECT code, must_change_password, version FROM {SCHEMA}.operator "
              "ORDER BY code") == before


# -- org editing: who may edit what --------------------------------------------------

def test_engineer_cannot_edit_employees(
    shared_db: TestDatabase, ids: dict[str, int], su: Callable[..., list[tuple]]
) -> None:
    before = su(f"SELECT * FROM {SCHEMA}.employee ORDER BY id")
    with raw_connect(shared_db, "engineer") as conn:
        employee = ids["hq_employee"]
        refused(conn, f"UPDATE {SCHEMA}.employee SET name = 'x' WHERE id = %s", (employee,))
        refused(conn, f"UPDATE {SCHEMA}.employee SET skill_grade = '高级' WHERE id = %s", (employee,))
        refused(conn, f"UPDATE {SCHEMA}.employee SET post_salary = 1 WHERE id = %s", (employee,))
        refused(conn, f"DELETE FROM {SCHEMA}.employee WHERE id = %s", (employee,))
        refused(conn, f"INSERT INTO {SCHEMA}.employee (code, name, department_id) "
                      "VALUES ('EX1', 'x', %s)", (ids["hq_department"],))
        refused(conn, f"SELECT phone FROM {SCHEMA}.employee WHERE id = %s", (employee,))
    assert su(f"SELECT * FROM {SCHEMA}.employee ORDER BY id") == before


def test_branch_org_editor_is_kept_to_its_branch(
    db: TestDatabase, ids: dict[str, int], branch_operator: Callable[..., str],
) -> None:
    shanghai = branch_operator(db, "SH", permissions=("org_edit",))
    su = superuser(db)
    D, E, B = f"{SCHEMA}.department", f"{SCHEMA}.employee", f"{SCHEMA}.branch"
    hq_department_before = su(f"SELECT * FROM {D} WHERE id = {ids['hq_department']}")
    hq_employee_before = su(f"SELECT * FROM {E} WHERE id = {ids['hq_employee']}")
    hq_branch_before = su(f"SELECT * FROM {B} WHERE id = {ids['hq']}")
    with raw_connect(db, shanghai, NEW_PASSWORD) as conn:
        # The head office's rows are not there for it to change (USING) ...
        with conn.transaction():
            assert conn.execute(f"UPDATE {D} SET name = 'hacked' WHERE id = %s",
                                (ids["hq_department"],)).rowcount == 0
            assert conn.execute(f"DELETE FROM {D} WHERE id = %s",
                                (ids["hq_department"],)).rowcount == 0
            assert conn.execute(f"UPDATE {E} SET name = 'hacked' WHERE id = %s",
                                (ids["hq_employee"],)).rowcount == 0
            assert conn.execute(f"UPDATE {B} SET name = 'hacked' WHERE id = %s",
                                (ids["hq"],)).rowcount == 0
        # ... nor may its own rows be moved there, or new ones made there (WITH CHECK).
        refused(conn, f"UPDATE {D} SET branch_id = %s WHERE id = %s",
                (ids["hq"], ids["sh_department"]))
        refused(conn, f"UPDATE {E} SET department_id = %s WHERE id = %s",
                (ids["hq_department"], ids["sh_employee"]))
        refused(conn, f"INSERT INTO {D} (code, name, branch_id) VALUES ('HQ-NEW', 'x', %s)",
                (ids["hq"],))
        refused(conn, f"INSERT INTO {E} (code, name, department_id) VALUES ('EX2', 'x', %s)",
                (ids["hq_department"],))
        # Its own branch it edits.
        with conn.transaction():
            assert conn.execute(f"UPDATE {D} SET name = 'renamed' WHERE id = %s",
                                (ids["sh_department"],)).rowcount == 1
            assert conn.execute(f"UPDATE {E} SET post = 'renamed' WHERE id = %s",
                                (ids["sh_employee"],)).rowcount == 1
            conn.execute(f"INSERT INTO {D} (code, name, branch_id) VALUES ('SH-NEW', 'new', %s)",
                         (ids["sh"],))
    assert su(f"SELECT * FROM {D} WHERE id = {ids['hq_department']}") == hq_department_before
    assert su(f"SELECT * FROM {E} WHERE id = {ids['hq_employee']}") == hq_employee_before
    assert su(f"SELECT * FROM {B} WHERE id = {ids['hq']}") == hq_branch_before
    assert su(f"SELECT name FROM {D} WHERE id = {ids['sh_department']}") == [("renamed",)]
    assert su(f"SELECT post FROM {E} WHERE id = {ids['sh_employee']}") == [("renamed",)]
    assert su(f"SELECT branch_id FROM {D} WHERE code = 'SH-NEW'") == [(ids["sh"],)]


# -- the administrator: powerful, not all-powerful -----------------------------------

ADMIN_ESCALATIONS = [
    ("alter-self-superuser", "ALTER ROLE current_user SUPERUSER"),
    ("alter-self-bypassrls", "ALTER ROLE current_user BYPASSRLS"),
    ("alter-self-replication", "ALTER ROLE current_user REPLICATION"),
    ("create-superuser", "CREATE ROLE {new_role} SUPERUSER"),
    ("create-bypassrls", "CREATE ROLE {new_role} BYPASSRLS"),
    ("grant-read-all-data", "GRANT pg_read_all_data TO current_user"),
    ("grant-write-all-data", "GRANT pg_write_all_data TO current_user"),
    ("grant-server-files", "GRANT pg_read_server_files TO current_user"),
    ("grant-server-program", "GRANT pg_execute_server_program TO current_user"),
    ("grant-owner", "GRANT {owner} TO current_user"),
    ("set-role-owner", "SET ROLE {owner}"),
    ("set-role-clerk-profile", "SET ROLE {r_clerk}"),
    ("set-role-engineer-profile", "SET ROLE {r_engineer}"),
    ("set-role-clerk-operator", "SET ROLE {u_clerk}"),
    ("set-role-postgres", "SET ROLE postgres"),
    ("alter-postgres-password", "ALTER ROLE postgres PASSWORD 'Stolen#2026pw'"),
    ("drop-owner", "DROP ROLE {owner}"),
    ("alter-system", "ALTER SYSTEM SET log_statement = 'none'"),
    ("create-table-in-schema", "CREATE TABLE " + SCHEMA + ".x (id int)"),
    ("audit-update", "UPDATE " + SCHEMA + ".audit_event SET note = 'x'"),
    ("audit-delete", "DELETE FROM " + SCHEMA + ".audit_event"),
]


def _fill_admin(template: str, db: TestDatabase) -> sql.Composable:
    names = db.roles
    roles = {
        "owner": names.owner, "r_clerk": names.profile("clerk"),
        "r_engineer": names.profile("engineer"), "u_clerk": names.operator("clerk"),
        "new_role": names.prefix + unique("x"),
    }
    return sql.SQL(template).format(**{k: sql.Identifier(v) for k, v in roles.items()
                                       if "{" + k + "}" in template})


@pytest.mark.parametrize("statement", [s for _, s in ADMIN_ESCALATIONS],
                         ids=[i for i, _ in ADMIN_ESCALATIONS])
def test_administrator_is_refused(
    shared_db: TestDatabase, admin: psycopg.Connection, statement: str
) -> None:
    refused(admin, _fill_admin(statement, shared_db), autocommit="ALTER SYSTEM" in statement)
    names = shared_db.roles
    row = admin.execute(
        "SELECT current_user, (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user), "
        "pg_has_role(current_user, 'pg_read_all_data', 'MEMBER'), pg_has_role(current_user, %s, 'SET')",
        (names.owner,),
    ).fetchone()
    assert row == (names.operator("admin"), False, False, False)


def test_administrator_administers_profiles_without_being_them(
    shared_db: TestDatabase, admin: psycopg.Connection
) -> None:
    """Through g_admin the administrator holds ADMIN on every profile and permission
    role, but neither their privileges (INHERIT FALSE) nor SET ROLE to them
    (SET FALSE); what it may do, it may do as the administrator profile."""
    names = shared_db.roles
    for role in [names.profile("clerk"), names.profile("engineer"), names.profile("manager")]:
        can_set, usage_via_admin = admin.execute(
            "SELECT pg_has_role(current_user, %s, 'SET'), "
            "pg_has_role(%s, %s, 'USAGE')", (role, names.admin, role)).fetchone()
        assert (can_set, usage_via_admin) == (False, False), role
    # It does administer them: it may grant a profile to an operator (rolled back).
    with admin.transaction(force_rollback=True):
        admin.execute(sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(names.profile("engineer")), sql.Identifier(names.operator("clerk"))))
    # And may create a (non-superuser) role, as CREATEROLE allows (rolled back).
    with admin.transaction(force_rollback=True):
        admin.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(
            sql.Identifier(names.prefix + unique("x"))))
