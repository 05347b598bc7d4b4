"""Changing and resetting passwords: the plain password never reaches the server
(not even its statement log), the old one stops working, a reset forces a change at
the next login, a wrong current password is refused and logged, and the password
policy is checked before anything password-related leaves the client.

Roles are cluster-wide and the demo operators are shared by every clone, so these
tests change the passwords of operators they create themselves.
"""
from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import PgServer, unique
from sqlalchemy import select, text

from client.connection import Database, LoginError, LoginProblem, Profile, login
from server_schema import audit, operators
from server_schema.base import SCHEMA
from server_schema.errors import PermissionDenied, ValidationError
from server_schema.org import Branch, Employee
from server_schema.security import Operator
from server_schema.setup import MIN_PASSWORD_LENGTH, create_operator

if TYPE_CHECKING:
    from conftest import TestDatabase


def secret(label: str) -> str:
    """A password no log line can contain by accident."""
    return f"{label}#{uuid.uuid4().hex[:12]}Aa"


def profile_for(db: TestDatabase) -> Profile:
    return Profile(name="test", kind="server", host=db.server.host, port=db.server.port,
                   database=db.name, sslmode="disable", role_prefix=db.roles.prefix)


@pytest.fixture
def extra_roles(pg_server: PgServer) -> Iterator[list[str]]:
    created: list[str] = []
    yield created
    for role in created:
        pg_server.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def new_operator(db: TestDatabase, extra_roles: list[str]) -> Callable[[str], str]:
    """A fresh head-office clerk with this password; returns its code."""
    def make(password: str) -> str:
        code = unique("pw")
        engine = db.superuser_engine()
        try:
            with engine.begin() as conn:
                employee_id = conn.execute(
                    select(Employee.id)
                    .where(~select(Operator.id).where(Operator.employee_id == Employee.id).exists())
                    .order_by(Employee.id).limit(1)
                ).scalar_one()
                branch_id = conn.execute(select(Branch.id).where(Branch.is_head_office)).scalar_one()
                extra_roles.append(create_operator(
                    conn, db.roles, code=code, password=password, employee_id=employee_id,
                    branch_id=branch_id, profiles=["clerk"]))
        finally:
            engine.dispose()
        return code
    return make


def operator_row(db: TestDatabase, code: str) -> tuple[bool, object]:
    [(must, changed_at)] = db.server.execute(
        f"SELECT must_change_password, password_changed_at FROM {SCHEMA}.operator "
        f"WHERE code = '{code}'", database=db.name)
    return must, changed_at


def login_refused(db: TestDatabase, code: str, password: str) -> LoginError:
    with pytest.raises(LoginError) as caught:
        login(profile_for(db), code, password, connect_timeout=5)
    return caught.value


# -- the server's statement log ------------------------------------------------------

@pytest.fixture
def statement_log(db: TestDatabase) -> Iterator[Callable[[], str]]:
    """Log every statement on the test server while the test runs; yields a function
    that returns what the server logged since the fixture started."""
    if os.environ.get("AFTERSALES_TEST_DSN"):
        pytest.skip("the server log of an external server (AFTERSALES_TEST_DSN) is not "
                    "readable from here")
    [(data_directory,)] = db.server.execute("SHOW data_directory")
    # client/local_server.py: <root>/data is PGDATA, the log is <root>/server.log.
    log = Path(str(data_directory)).parent / "server.log"
    assert log.is_file(), f"no server log at {log}"
    start = log.stat().st_size
    db.server.execute("ALTER SYSTEM SET log_statement = 'all'")
    db.server.execute("SELECT pg_reload_conf()")
    try:
        _wait_for_setting(db, "all")
        marker = f"statement-log-marker-{uuid.uuid4().hex}"
        db.server.execute(f"SELECT '{marker}'")

        def read() -> str:
            deadline = time.monotonic() + 5
            while True:  # the server writes its log asynchronously to us
                with log.open("rb") as handle:
                    handle.seek(start)
                    logged = handle.read().decode("utf-8", errors="replace")
                if marker in logged or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            assert marker in logged, "statement logging is not on: the test would prove nothing"
            return logged

        yield read
    finally:
        db.server.execute("ALTER SYSTEM RESET log_statement")
        db.server.execute("SELECT pg_reload_conf()")
        _wait_for_setting(db, None)


def _wait_for_setting(db: TestDatabase, wanted: str | None) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        [(value, source)] = db.server.execute(
            "SELECT setting, source FROM pg_settings WHERE name = 'log_statement'")
        if (wanted is None and source != "configuration file") or value == wanted:
            return
        time.sleep(0.05)
    raise AssertionError(f"log_statement did not become {wanted!r}")


def test_changed_and_reset_passwords_never_reach_the_server_log(
    db: TestDatabase, new_operator: Callable[[str], str], statement_log: Callable[[], str]
) -> None:
    first, second, temporary = secret("First"), secret("Second"), secret("Temp")
    too_short = "Ab1#" + "x" * (MIN_PASSWORD_LENGTH - 6)
    code = new_operator(first)
    with_code = f"{code}#Aa{uuid.uuid4().hex[:6]}"

    database = login(profile_for(db), code, first)
    try:
        # Refused by the policy: must not travel either.
        for bad in (too_short, with_code):
            with pytest.raises(ValidationError):
                database.change_password(first, bad)
        database.change_password(first, second)
    finally:
        database.close()

    admin = login(profile_for(db), "admin", db.password)
    try:
        with admin.session() as session:
            operators.reset_password(session, code, temporary)
    finally:
        admin.close()
    login(profile_for(db), code, temporary).close()

    logged = statement_log()
    for password in (first, second, temporary, too_short, with_code):
        assert password not in logged
    # The changes were logged, as verifiers: logging did cover them.
    role = db.roles.operator(code)
    changes = [line for line in logged.splitlines() if "ALTER ROLE" in line and "PASSWORD" in line]
    assert any("CURRENT_USER" in line for line in changes), changes
    assert any(role in line for line in changes), changes
    assert all("SCRAM-SHA-256$" in line for line in changes), changes


# -- changing one's own password -----------------------------------------------------

def test_change_password(db: TestDatabase, new_operator: Callable[[str], str]) -> None:
    old, new = secret("Old"), secret("New")
    code = new_operator(old)
    database = login(profile_for(db), code, old)
    try:
        database.change_password(old, new)
        # The logged-in client goes on working, with the new password for new connections.
        database.ping()
        with database.session() as session:
            assert session.scalar(text("SELECT current_user")) == db.roles.operator(code)
    finally:
        database.close()
    must, changed_at = operator_row(db, code)
    assert must is False and changed_at is not None
    login(profile_for(db), code, new).close()
    assert login_refused(db, code, old).problem is LoginProblem.BAD_CREDENTIALS
    actions = [a for (a,) in db.server.execute(
        f"SELECT action FROM {SCHEMA}.audit_event WHERE actor = '{db.roles.operator(code)}' "
        "ORDER BY at", database=db.name)]
    assert "PASSWORD_CHANGED" in actions


def test_wrong_current_password_is_refused_and_logged(
    db: TestDatabase, new_operator: Callable[[str], str]
) -> None:
    old = secret("Old")
    code = new_operator(old)
    database = login(profile_for(db), code, old)
    try:
        with pytest.raises(ValidationError) as caught:
            database.change_password("Wrong#Pass2026", secret("New"))
        assert caught.value.field == "old_password"
    finally:
        database.close()
    rows = db.server.execute(
        f"SELECT actor, note, branch_id FROM {SCHEMA}.audit_event "
        f"WHERE action = '{audit.Action.PASSWORD_CHANGE_FAILED}'", database=db.name)
    assert [(actor, note) for actor, note, _ in rows] == [
        (db.roles.operator(code), "wrong current password")]
    assert rows[0][2] is not None
    # Nothing changed.
    login(profile_for(db), code, old).close()
    assert operator_row(db, code) == (False, None)


@pytest.mark.parametrize("kind", ["too-short", "contains-code", "contains-code-upper"])
def test_password_policy_is_checked_before_the_server_sees_anything(
    db: TestDatabase, new_operator: Callable[[str], str], monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    old = secret("Old")
    code = new_operator(old)
    bad = {
        "too-short": "Ab#1" + "x" * (MIN_PASSWORD_LENGTH - 5),
        "contains-code": f"Xy#{code}9",
        "contains-code-upper": f"Xy#{code.upper()}9",
    }[kind]
    assert len(bad) < MIN_PASSWORD_LENGTH or code in bad.lower()

    def no_verifier(*args: object, **kwargs: object) -> str:
        raise AssertionError("a verifier was made of a password the policy refuses")

    def no_ddl(*args: object, **kwargs: object) -> None:
        raise AssertionError("a role statement was sent for a password the policy refuses")

    monkeypatch.setattr(operators, "scram_verifier", no_verifier)
    monkeypatch.setattr(operators, "_ddl", no_ddl)

    database = login(profile_for(db), code, old)
    try:
        with pytest.raises(ValidationError) as caught:
            database.change_password(old, bad)
        assert caught.value.field == "password"
    finally:
        database.close()
    admin = login(profile_for(db), "admin", db.password)
    try:
        with pytest.raises(ValidationError) as caught, admin.session() as session:
            operators.reset_password(session, code, bad)
        assert caught.value.field == "password"
    finally:
        admin.close()
    # The old password still works, nothing was flagged.
    login(profile_for(db), code, old).close()
    assert operator_row(db, code) == (False, None)


# -- an administrator's reset --------------------------------------------------------

def test_reset_password_forces_a_change_at_next_login(
    db: TestDatabase, new_operator: Callable[[str], str]
) -> None:
    old, temporary, chosen = secret("Old"), secret("Temp"), secret("Mine")
    code = new_operator(old)
    admin: Database = login(profile_for(db), "admin", db.password)
    try:
        with admin.session() as session:
            operators.reset_password(session, code, temporary)
    finally:
        admin.close()
    assert operator_row(db, code)[0] is True
    assert login_refused(db, code, old).problem is LoginProblem.BAD_CREDENTIALS

    database = login(profile_for(db), code, temporary)
    try:
        assert database.info.must_change_password is True
        database.change_password(temporary, chosen)
    finally:
        database.close()
    again = login(profile_for(db), code, chosen)
    try:
        assert again.info.must_change_password is False
    finally:
        again.close()
    actions = {(actor, action) for actor, action in db.server.execute(
        f"SELECT actor, action FROM {SCHEMA}.audit_event WHERE starts_with(action, 'PASSWORD')",
        database=db.name)}
    assert actions == {(db.roles.operator("admin"), "PASSWORD_RESET"),
                       (db.roles.operator(code), "PASSWORD_CHANGED")}


def test_only_an_administrator_resets_passwords(
    db: TestDatabase, new_operator: Callable[[str], str]
) -> None:
    old = secret("Old")
    code = new_operator(old)
    manager = login(profile_for(db), "manager", db.password)
    try:
        with pytest.raises(PermissionDenied), manager.session() as session:
            operators.reset_password(session, code, secret("Stolen"))
    finally:
        manager.close()
    login(profile_for(db), code, old).close()
    assert operator_row(db, code) == (False, None)
