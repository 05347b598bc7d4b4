"""client.connection.login against real databases: success, and every way it fails,
each classified as the LoginProblem the login dialog words for the user."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
from conftest import PgServer, unique
from sqlalchemy import select, text

from client.connection import Database, LoginError, LoginProblem, Profile, classify, login
from client.local_server import free_port
from server_schema import migrate
from server_schema.base import SCHEMA
from server_schema.org import Branch, Employee
from server_schema.security import Operator
from server_schema.setup import create_operator

if TYPE_CHECKING:
    from conftest import TestDatabase

OTHER_PASSWORD = "Other#Pass2026"


def profile_for(db: TestDatabase, **changes: object) -> Profile:
    values: dict[str, object] = {
        "name": "test",
        "kind": "server",
        "host": db.server.host,
        "port": db.server.port,
        "database": db.name,
        "sslmode": "disable",
        "role_prefix": db.roles.prefix,
    }
    values.update(changes)
    return Profile(**values)  # type: ignore[arg-type]


def login_fails(profile: Profile, code: str, password: str) -> LoginError:
    """Log in expecting a failure; check what every failure must be like."""
    with pytest.raises(LoginError) as caught:
        login(profile, code, password, connect_timeout=5)
    error = caught.value
    assert isinstance(error.problem, LoginProblem)
    assert error.detail.strip(), error.problem
    assert "Traceback" not in error.detail
    assert 'File "' not in error.detail
    if password:
        assert password not in error.detail
    assert str(error) == error.detail
    # Raised "from None" (or outside any handler): no driver exception is chained
    # into what a crash report or log would print.
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__ is True
    return error


@pytest.fixture
def as_superuser(db: TestDatabase) -> Callable[[str], None]:
    def run(statement: str) -> None:
        db.server.execute(statement, database=db.name)

    return run


@pytest.fixture
def extra_roles(pg_server: PgServer) -> Iterator[list[str]]:
    """Cluster-wide roles a test creates; dropped after it (the demo roles are shared
    by every clone and are never changed)."""
    created: list[str] = []
    yield created
    for role in created:
        pg_server.execute(f'DROP ROLE IF EXISTS "{role}"')


def new_operator(db: TestDatabase, extra_roles: list[str], *, password: str = OTHER_PASSWORD) -> str:
    """A fresh operator of the clone (own role and row), made as init makes them."""
    code = unique("op")
    engine = db.superuser_engine()
    try:
        with engine.begin() as conn:
            employee_id = conn.execute(
                select(Employee.id)
                .where(~select(Operator.id).where(Operator.employee_id == Employee.id).exists())
                .order_by(Employee.id)
                .limit(1)
            ).scalar_one()
            branch_id = conn.execute(select(Branch.id).where(Branch.is_head_office)).scalar_one()
            role = create_operator(
                conn, db.roles, code=code, password=password,
                employee_id=employee_id, branch_id=branch_id, profiles=["clerk"],
            )
            extra_roles.append(role)
    finally:
        engine.dispose()
    return code


def sessions_of(db: TestDatabase, role: str) -> int:
    [(count,)] = db.server.execute(
        f"SELECT count(*) FROM pg_stat_activity WHERE usename = '{role}' AND datname = '{db.name}'"
    )
    return int(count)


# -- success -------------------------------------------------------------------------
def test_login_succeeds(db: TestDatabase) -> None:
    database = login(profile_for(db), "clerk", db.password)
    try:
        assert isinstance(database, Database)
        info = database.info
        assert info.operator_code == "clerk"
        assert info.role_name == db.roles.operator("clerk")
        assert info.is_administrator is False
        assert info.database == db.name
        assert info.schema_revision == migrate.head_revision()
        assert info.branch_code == "HQ"
        assert info.employee_name
        assert int(info.server_version.split(".")[0]) >= 16
        assert database.round_trip_ms > 0
        with database.session() as session:
            assert session.execute(text("SELECT current_user")).scalar() == info.role_name
    finally:
        database.close()


def test_login_code_is_case_insensitive(db: TestDatabase) -> None:
    database = login(profile_for(db), "  Admin ", db.password)
    try:
        assert database.info.operator_code == "admin"
        assert database.info.is_administrator is True
    finally:
        database.close()


# -- credentials ---------------------------------------------------------------------
def test_wrong_password(db: TestDatabase) -> None:
    error = login_fails(profile_for(db), "clerk", "Wrong#Pass2026")
    assert error.problem is LoginProblem.BAD_CREDENTIALS
    assert "password authentication failed" in error.detail


def test_unknown_operator_looks_like_a_wrong_password(db: TestDatabase) -> None:
    unknown = login_fails(profile_for(db), "nobody", db.password)
    wrong = login_fails(profile_for(db), "clerk", "Wrong#Pass2026")
    assert unknown.problem is wrong.problem is LoginProblem.BAD_CREDENTIALS
    # The server does not tell whether the role exists.
    assert "does not exist" not in unknown.detail


def test_wrong_role_prefix_is_bad_credentials(db: TestDatabase) -> None:
    error = login_fails(profile_for(db, role_prefix=unique("x") + "_"), "clerk", db.password)
    assert error.problem is LoginProblem.BAD_CREDENTIALS


@pytest.mark.parametrize("code", ["", "   ", "zhang san", "张三", "-clerk", "clerk!", "x" * 25, 'a"b'])
def test_malformed_operator_code(template_db: TestDatabase, code: str) -> None:
    # Refused before any connection: no clone needed.
    error = login_fails(profile_for(template_db), code, template_db.password)
    assert error.problem is LoginProblem.INVALID_INPUT
    assert error.domain_error is not None
    assert error.domain_error.field == "code"
    assert error.detail == str(error.domain_error)


def test_empty_password(template_db: TestDatabase) -> None:
    error = login_fails(profile_for(template_db), "clerk", "")
    assert error.problem is LoginProblem.INVALID_INPUT
    assert error.detail == "password"


def test_malformed_role_prefix(template_db: TestDatabase) -> None:
    error = login_fails(profile_for(template_db, role_prefix="Bad-Prefix"), "clerk", template_db.password)
    assert error.problem is LoginProblem.INVALID_INPUT
    assert error.domain_error is not None and error.domain_error.field == "prefix"


# -- where the server or database is not ---------------------------------------------
def test_unreachable_port(db: TestDatabase) -> None:
    error = login_fails(profile_for(db, port=free_port()), "clerk", db.password)
    assert error.problem is LoginProblem.UNREACHABLE
    assert "refused" in error.detail.lower() or "could not connect" in error.detail.lower()
    assert not error.detail.startswith("connection failed: ")


def test_unknown_host(db: TestDatabase) -> None:
    error = login_fails(profile_for(db, host="no-such-host.invalid"), "clerk", db.password)
    assert error.problem is LoginProblem.UNREACHABLE


def test_missing_database(db: TestDatabase) -> None:
    missing = unique("as_missing_")
    error = login_fails(profile_for(db, database=missing), "clerk", db.password)
    assert error.problem is LoginProblem.NO_DATABASE
    assert missing in error.detail


def test_database_without_our_schema(db: TestDatabase, pg_server: PgServer) -> None:
    name = unique("as_plain_")
    pg_server.create_database(name)  # new databases grant CONNECT to PUBLIC
    try:
        error = login_fails(profile_for(db, database=name), "clerk", db.password)
        assert error.problem is LoginProblem.SCHEMA_MISSING
        assert name in error.detail
        assert "aftersales-admin init" in error.detail
        assert type(error.domain_error).__name__ == "SchemaMissing"
    finally:
        pg_server.drop_database(name)


def test_foreign_aftersales_schema_is_missing_for_us(db: TestDatabase, pg_server: PgServer) -> None:
    """A schema of that name this role may not use counts as no schema."""
    name = unique("as_plain_")
    pg_server.create_database(name)
    try:
        pg_server.execute(f"CREATE SCHEMA {SCHEMA}", database=name)
        error = login_fails(profile_for(db, database=name), "clerk", db.password)
        assert error.problem is LoginProblem.SCHEMA_MISSING
    finally:
        pg_server.drop_database(name)


def test_no_connect_privilege(
    db: TestDatabase, as_superuser: Callable[[str], None], extra_roles: list[str]
) -> None:
    role = db.roles.operator(unique("out"))
    extra_roles.append(role)
    db.server.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{OTHER_PASSWORD}'")
    as_superuser(f'REVOKE ALL ON DATABASE "{db.name}" FROM PUBLIC')
    error = login_fails(profile_for(db), db.roles.code_of(role) or "", OTHER_PASSWORD)
    assert error.problem is LoginProblem.NO_ACCESS
    assert "permission denied" in error.detail


# -- schema versions -----------------------------------------------------------------
def test_older_schema(db: TestDatabase, as_superuser: Callable[[str], None]) -> None:
    as_superuser(f"UPDATE {SCHEMA}.alembic_version SET version_num = '0001'")
    error = login_fails(profile_for(db), "clerk", db.password)
    assert error.problem is LoginProblem.SCHEMA_TOO_OLD
    assert "0001" in error.detail and migrate.head_revision() in error.detail
    assert "aftersales-admin upgrade" in error.detail


def test_empty_version_table_is_too_old(db: TestDatabase, as_superuser: Callable[[str], None]) -> None:
    as_superuser(f"DELETE FROM {SCHEMA}.alembic_version")
    error = login_fails(profile_for(db), "clerk", db.password)
    assert error.problem is LoginProblem.SCHEMA_TOO_OLD
    assert "(-;" in error.detail


def test_newer_schema(db: TestDatabase, as_superuser: Callable[[str], None]) -> None:
    as_superuser(f"UPDATE {SCHEMA}.alembic_version SET version_num = '9999'")
    error = login_fails(profile_for(db), "clerk", db.password)
    assert error.problem is LoginProblem.SCHEMA_TOO_NEW
    assert "9999" in error.detail
    assert type(error.domain_error).__name__ == "SchemaTooNew"


# -- the role and the operator -------------------------------------------------------
def test_member_without_operator_row(db: TestDatabase, extra_roles: list[str]) -> None:
    code = unique("ghost")
    role = db.roles.operator(code)
    extra_roles.append(role)
    db.server.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{OTHER_PASSWORD}'")
    db.server.execute(f'GRANT "{db.roles.staff}" TO "{role}"')
    error = login_fails(profile_for(db), code, OTHER_PASSWORD)
    assert error.problem is LoginProblem.NOT_AN_OPERATOR
    assert "not an active operator" in error.detail
    # The failed login left no session behind.
    deadline = time.monotonic() + 5
    while sessions_of(db, role) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sessions_of(db, role) == 0


def test_inactive_operator(db: TestDatabase, as_superuser: Callable[[str], None]) -> None:
    as_superuser(f"UPDATE {SCHEMA}.operator SET active = false WHERE code = 'clerk'")
    error = login_fails(profile_for(db), "clerk", db.password)
    assert error.problem is LoginProblem.NOT_AN_OPERATOR
    # The other operators still log in.
    database = login(profile_for(db), "engineer", db.password)
    assert database.info.operator_code == "engineer"
    database.close()


def test_operator_row_of_another_role(db: TestDatabase, as_superuser: Callable[[str], None]) -> None:
    """The row is found by current_user, not by the code typed."""
    as_superuser(f"UPDATE {SCHEMA}.operator SET role_name = 'someone_else' WHERE code = 'clerk'")
    error = login_fails(profile_for(db), "clerk", db.password)
    assert error.problem is LoginProblem.NOT_AN_OPERATOR


def test_new_operator_logs_in(db: TestDatabase, extra_roles: list[str]) -> None:
    code = new_operator(db, extra_roles)
    database = login(profile_for(db), code.upper(), OTHER_PASSWORD)
    try:
        assert database.info.operator_code == code
    finally:
        database.close()


def test_disabled_role(db: TestDatabase, extra_roles: list[str]) -> None:
    code = new_operator(db, extra_roles)
    db.server.execute(f'ALTER ROLE "{db.roles.operator(code)}" NOLOGIN')
    error = login_fails(profile_for(db), code, OTHER_PASSWORD)
    assert error.problem is LoginProblem.DISABLED
    assert "not permitted to log in" in error.detail


def test_expired_password_looks_like_a_wrong_one(db: TestDatabase, extra_roles: list[str]) -> None:
    """PostgreSQL tells the client no more than "password authentication failed" for
    an expired password (the reason goes to the server log only)."""
    code = new_operator(db, extra_roles)
    db.server.execute(f"ALTER ROLE \"{db.roles.operator(code)}\" VALID UNTIL '2000-01-01'")
    error = login_fails(profile_for(db), code, OTHER_PASSWORD)
    assert error.problem is LoginProblem.BAD_CREDENTIALS


def test_role_without_connections_left(db: TestDatabase, extra_roles: list[str]) -> None:
    code = new_operator(db, extra_roles)
    db.server.execute(f'ALTER ROLE "{db.roles.operator(code)}" CONNECTION LIMIT 0')
    error = login_fails(profile_for(db), code, OTHER_PASSWORD)
    assert error.problem is LoginProblem.DISABLED


# -- classification of libpq's words -------------------------------------------------
@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ('connection failed: FATAL:  password authentication failed for user "x"',
         LoginProblem.BAD_CREDENTIALS),
        ("fe_sendauth: no password supplied", LoginProblem.BAD_CREDENTIALS),
        ('FATAL:  role "x" is not permitted to log in', LoginProblem.DISABLED),
        ('FATAL:  database "x" does not exist', LoginProblem.NO_DATABASE),
        ('FATAL:  permission denied for database "x"', LoginProblem.NO_ACCESS),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.1"', LoginProblem.NO_ACCESS),
        ("server does not support SSL, but SSL was required", LoginProblem.TLS),
        ("connection to server at \"h\" (1.2.3.4), port 5432 failed: Connection refused",
         LoginProblem.UNREACHABLE),
        ("timeout expired", LoginProblem.UNREACHABLE),
        ("something else entirely", LoginProblem.OTHER),
    ],
)
def test_classify(message: str, problem: LoginProblem) -> None:
    assert classify(Exception(message)) is problem
