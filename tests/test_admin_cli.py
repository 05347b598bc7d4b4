"""``aftersales-admin`` driven in-process through ``main([...])`` against the real
test server: init, upgrade, demo-data, the password policy and the help texts."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from conftest import PgServer, unique
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from client.local_server import free_port
from server_schema import migrate
from server_schema.admin_cli import PASSWORD_ENV, build_parser, main
from server_schema.base import SCHEMA
from server_schema.login import describe_session
from server_schema.permissions import PERMISSIONS, PROFILES
from server_schema.roles import RoleNames, default_prefix

PASSWORD = "Init#Pass2026"


@dataclass
class Target:
    """An empty database of the test server and a role prefix of its own."""

    server: PgServer
    name: str
    prefix: str

    @property
    def roles(self) -> RoleNames:
        return RoleNames(self.prefix)

    @property
    def dsn(self) -> str:
        return self.server.url(self.name).render_as_string(hide_password=False)

    def init_args(self, *extra: str) -> list[str]:
        return ["init", "--dsn", self.dsn, "--role-prefix", self.prefix, *extra]

    def scalar(self, statement: str, **params: object) -> object:
        engine = self.server.engine(self.name)
        try:
            with engine.connect() as conn:
                return conn.execute(text(statement), params).scalar()
        finally:
            engine.dispose()

    def rows(self, statement: str, **params: object) -> list[tuple]:
        engine = self.server.engine(self.name)
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(statement), params)]
        finally:
            engine.dispose()


def _make_target(pg_server: PgServer) -> Iterator[Target]:
    target = Target(pg_server, unique("as_cli_"), unique("c") + "_")
    pg_server.create_database(target.name)
    try:
        yield target
    finally:
        pg_server.drop_database(target.name)
        pg_server.drop_roles(target.prefix)
        # init without --role-prefix derives one from the database name.
        pg_server.drop_roles(default_prefix(target.name))


@pytest.fixture
def target(pg_server: PgServer) -> Iterator[Target]:
    yield from _make_target(pg_server)


@pytest.fixture
def other_target(pg_server: PgServer) -> Iterator[Target]:
    yield from _make_target(pg_server)


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    return PASSWORD


@pytest.fixture
def initialised(target: Target, password: str, capsys: pytest.CaptureFixture[str]) -> Target:
    assert main(target.init_args()) == 0
    capsys.readouterr()
    return target


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_untouched(target: Target) -> None:
    """A refused or failed init leaves neither schema nor roles behind."""
    assert target.scalar("SELECT to_regnamespace(:s) IS NULL", s=SCHEMA) is True
    assert target.scalar(
        "SELECT count(*) FROM pg_roles WHERE starts_with(rolname, :p)", p=target.prefix
    ) == 0


# -- init ----------------------------------------------------------------------------
def test_init_then_upgrade_is_current(
    target: Target, password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(target.init_args(), capsys)
    assert code == 0, err
    assert "Initialised" in out
    assert f"Role prefix: {target.prefix}" in out
    assert target.roles.operator("admin") in out
    assert err == ""

    head = migrate.head_revision()
    for _ in range(2):  # idempotent
        code, out, err = run(["upgrade", "--dsn", target.dsn], capsys)
        assert code == 0, err
        assert out.strip() == f"Already at the current schema ({head})."
    assert target.scalar(f"SELECT version_num FROM {SCHEMA}.alembic_version") == head


def test_init_creates_roles_schema_and_first_rows(
    initialised: Target,
) -> None:
    target = initialised
    names = target.roles
    roles = dict(target.rows(
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE starts_with(rolname, :p)", p=names.prefix
    ))
    assert roles == {
        names.owner: False,
        names.staff: False,
        names.admin: False,
        names.operator("admin"): True,
        **{names.permission(p.name): False for p in PERMISSIONS},
        **{names.profile(p.name): False for p in PROFILES},
    }
    assert target.scalar(
        "SELECT rolcreaterole AND NOT rolsuper FROM pg_roles WHERE rolname = :r",
        r=names.operator("admin"),
    ) is True
    assert target.scalar(f"SELECT value FROM {SCHEMA}.setting WHERE key = 'role_prefix'") == names.prefix
    assert target.rows(
        f"SELECT b.code, b.name, b.is_head_office, e.code, e.name, o.code, o.role_name, o.is_administrator "
        f"FROM {SCHEMA}.operator o JOIN {SCHEMA}.employee e ON e.id = o.employee_id "
        f"JOIN {SCHEMA}.branch b ON b.id = o.branch_id"
    ) == [("HQ", "总部", True, "ADMIN", "系统管理员", "admin", names.operator("admin"), True)]
    # Only a SCRAM verifier is stored, never the password.
    verifier = target.scalar(
        "SELECT rolpassword FROM pg_authid WHERE rolname = :r", r=names.operator("admin"))
    assert isinstance(verifier, str) and verifier.startswith("SCRAM-SHA-256$")
    assert PASSWORD not in verifier


def test_administrator_logs_in_as_its_own_role(initialised: Target) -> None:
    target = initialised
    role = target.prefix + "u_admin"
    engine = create_engine(target.server.url(target.name).set(username=role, password=PASSWORD))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == role
            info = describe_session(conn)
            assert info.operator_code == "admin"
            assert info.is_administrator is True
            assert info.branch_code == "HQ"
            assert info.employee_name == "系统管理员"
            assert info.schema_revision == migrate.head_revision()
            # The administrator profile may manage the organisation...
            assert conn.execute(text(
                f"SELECT has_any_column_privilege('{SCHEMA}.employee', 'INSERT')"
            )).scalar() is True
            # ...but does not own the schema.
            assert conn.execute(text(
                f"SELECT pg_has_role('{target.roles.owner}', 'USAGE')"
            )).scalar() is False
    finally:
        engine.dispose()
    wrong = create_engine(target.server.url(target.name).set(username=role, password="Wrong#2026"))
    try:
        with pytest.raises(OperationalError, match="password authentication failed"):
            with wrong.connect():
                pass
    finally:
        wrong.dispose()


def test_init_gives_the_schema_to_the_owner_role(initialised: Target) -> None:
    target = initialised
    owner = target.roles.owner
    assert target.scalar(
        "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = :s", s=SCHEMA) == owner
    owners = dict(target.rows(
        "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = :s", s=SCHEMA
    ))
    assert set(owners) >= {"alembic_version", "branch", "department", "employee", "operator", "setting"}
    assert set(owners.values()) == {owner}
    sequences = target.rows(
        "SELECT sequencename, sequenceowner FROM pg_sequences WHERE schemaname = :s", s=SCHEMA
    )
    assert sequences and {o for _s, o in sequences} == {owner}


def test_init_revokes_public_access(initialised: Target) -> None:
    target = initialised
    # No ACL entry for PUBLIC (grantee 0) on the database, and CONNECT for staff.
    public = target.scalar(
        "SELECT count(*) FROM pg_database d, aclexplode(d.datacl) a "
        "WHERE d.datname = current_database() AND a.grantee = 0"
    )
    assert public == 0
    assert target.scalar("SELECT has_database_privilege(:r, current_database(), 'CONNECT')",
                         r=target.roles.staff) is True
    assert target.scalar("SELECT has_schema_privilege('public', :s, 'USAGE')", s=SCHEMA) is False

    # A login role of no Aftersales group is refused at the door.
    stranger = target.prefix + "stranger"
    target.server.execute(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD 'Stranger#2026'")
    engine = create_engine(
        target.server.url(target.name).set(username=stranger, password="Stranger#2026")
    )
    try:
        with pytest.raises(OperationalError, match="permission denied for database"):
            with engine.connect():
                pass
    finally:
        engine.dispose()


def test_init_without_role_prefix_uses_the_database_name(
    target: Target, password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["init", "--dsn", target.dsn], capsys)
    assert code == 0, err
    prefix = default_prefix(target.name)
    assert f"Role prefix: {prefix}" in out
    assert target.scalar(f"SELECT value FROM {SCHEMA}.setting WHERE key = 'role_prefix'") == prefix
    assert target.scalar("SELECT count(*) FROM pg_roles WHERE rolname = :r", r=prefix + "u_admin") == 1


def test_init_with_own_codes_and_names(
    target: Target, password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(target.init_args(
        "--admin-code", "Boss", "--admin-name", "王建国", "--branch-code", "BJ",
        "--branch-name", "北京总部", "--number-prefix", "BJ",
    ), capsys)
    assert code == 0, err
    # The code is case-insensitive: the role is the normalised code's.
    assert target.roles.operator("boss") in out
    assert target.rows(
        f"SELECT o.code, o.role_name, e.name, b.code, b.name, b.number_prefix FROM {SCHEMA}.operator o "
        f"JOIN {SCHEMA}.employee e ON e.id = o.employee_id JOIN {SCHEMA}.branch b ON b.id = o.branch_id"
    ) == [("boss", target.roles.operator("boss"), "王建国", "BJ", "北京总部", "BJ")]


def test_init_reads_the_password_from_another_variable(
    target: Target, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setenv("MY_SECRET", "Other#Pass2026")
    code, _out, err = run(target.init_args("--password-env", "MY_SECRET"), capsys)
    assert code == 0, err
    engine = create_engine(target.server.url(target.name).set(
        username=target.roles.operator("admin"), password="Other#Pass2026"
    ))
    try:
        with engine.connect() as conn:
            assert describe_session(conn).operator_code == "admin"
    finally:
        engine.dispose()


def test_init_without_password_refuses(
    target: Target, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    code, out, err = run(target.init_args(), capsys)
    assert code == 2
    assert out == ""
    assert f"No password: set {PASSWORD_ENV}" in err
    assert_untouched(target)


def test_init_twice_refuses(initialised: Target, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(initialised.init_args(), capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("aftersales-admin: ")
    assert "already holds Aftersales" in err and "upgrade" in err
    assert "Traceback" not in err
    # Still one administrator.
    assert initialised.scalar(f"SELECT count(*) FROM {SCHEMA}.operator") == 1


@pytest.mark.parametrize(
    ("bad_password", "message"),
    [
        ("Ab#1234", "at least 8 characters"),
        ("admin#2026", "must not contain the operator code"),
        ("MyADMINpass", "must not contain the operator code"),
    ],
)
def test_init_password_policy(
    target: Target,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    bad_password: str,
    message: str,
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, bad_password)
    code, out, err = run(target.init_args(), capsys)
    assert code == 2
    assert out == ""
    assert message in err
    assert bad_password not in err
    assert_untouched(target)


@pytest.mark.parametrize("admin_code", ["", "zhang san", "x" * 25, "-admin"])
def test_init_refuses_bad_admin_codes(
    target: Target, password: str, capsys: pytest.CaptureFixture[str], admin_code: str
) -> None:
    code, _out, err = run(target.init_args(f"--admin-code={admin_code}"), capsys)
    assert code == 2
    assert "operator code" in err
    assert_untouched(target)


@pytest.mark.parametrize("prefix", ["Bad-Prefix_", "noprefix", "p" * 40 + "_"])
def test_init_refuses_bad_role_prefixes(
    target: Target, password: str, capsys: pytest.CaptureFixture[str], prefix: str
) -> None:
    code, _out, err = run(["init", "--dsn", target.dsn, "--role-prefix", prefix], capsys)
    assert code == 2
    assert "Role prefix" in err and prefix in err
    assert target.scalar("SELECT to_regnamespace(:s) IS NULL", s=SCHEMA) is True


def test_second_database_with_same_prefix_is_refused(
    initialised: Target,
    other_target: Target,
    capsys: pytest.CaptureFixture[str],
) -> None:
    names = initialised.roles
    code, out, err = run(
        ["init", "--dsn", other_target.dsn, "--role-prefix", initialised.prefix], capsys
    )
    assert code == 2
    assert out == ""
    for role in (names.owner, names.staff, names.admin, names.operator("admin")):
        assert role in err
    assert "--role-prefix" in err
    assert other_target.scalar("SELECT to_regnamespace(:s) IS NULL", s=SCHEMA) is True
    # The first database's roles are untouched.
    assert initialised.scalar(
        "SELECT count(*) FROM pg_roles WHERE starts_with(rolname, :p)", p=initialised.prefix
    ) == 4 + len(PERMISSIONS) + len(PROFILES)


def test_init_with_a_bad_number_prefix_reports_cleanly(
    target: Target, password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code, _out, err = run(target.init_args("--number-prefix", "hq"), capsys)
    finally:
        # Whatever the report, the failed init left nothing behind.
        assert_untouched(target)
    assert code == 2
    assert "number" in err.lower()


# -- upgrade -------------------------------------------------------------------------
def test_upgrade_of_an_empty_database_refuses(
    target: Target, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["upgrade", "--dsn", target.dsn], capsys)
    assert code == 2
    assert out == ""
    assert "holds no Aftersales schema" in err and "init" in err
    assert target.scalar("SELECT to_regnamespace(:s) IS NULL", s=SCHEMA) is True


def test_upgrade_reapplies_grants(initialised: Target, capsys: pytest.CaptureFixture[str]) -> None:
    target = initialised
    target.server.execute(
        f'REVOKE SELECT ON {SCHEMA}.branch FROM "{target.roles.staff}"', database=target.name
    )
    target.server.execute(
        f'GRANT SELECT ON {SCHEMA}.operator TO PUBLIC', database=target.name
    )
    check = f"SELECT has_table_privilege(:r, '{SCHEMA}.branch', 'SELECT')"
    assert target.scalar(check, r=target.roles.staff) is False
    code, _out, err = run(["upgrade", "--dsn", target.dsn], capsys)
    assert code == 0, err
    assert target.scalar(check, r=target.roles.staff) is True
    # Schema USAGE is revoked from PUBLIC again, so a stray table grant reaches no one.
    assert target.scalar("SELECT has_schema_privilege('public', :s, 'USAGE')", s=SCHEMA) is False


def test_upgrade_of_a_newer_database_refuses(
    initialised: Target, capsys: pytest.CaptureFixture[str]
) -> None:
    target = initialised
    target.server.execute(
        f"UPDATE {SCHEMA}.alembic_version SET version_num = '9999'", database=target.name
    )
    code, out, err = run(["upgrade", "--dsn", target.dsn], capsys)
    assert code == 2
    assert out == ""
    assert "9999" in err and "newer than this program knows" in err
    assert target.scalar(f"SELECT version_num FROM {SCHEMA}.alembic_version") == "9999"


# -- demo-data -----------------------------------------------------------------------
def test_demo_data_adds_rows(initialised: Target, capsys: pytest.CaptureFixture[str]) -> None:
    target = initialised
    dsn = target.dsn
    code, out, err = run(
        ["demo-data", "--dsn", dsn, "--branches", "3", "--employees", "30", "--seed", "1"], capsys)
    assert code == 0, err
    assert out.strip().startswith("Demo data: 2 branches, 15 departments, 30 employees, ")
    assert "200 customers" in out
    assert target.scalar(f"SELECT count(*) FROM {SCHEMA}.branch") == 3
    assert target.scalar(f"SELECT count(*) FROM {SCHEMA}.employee") == 31  # + the administrator
    # Chinese names and mainland mobile numbers.
    assert target.scalar(
        f"SELECT bool_and(phone ~ '^1[3-9][0-9]{{9}}$' AND name ~ '^[\\u4e00-\\u9fff]{{2,3}}$') "
        f"FROM {SCHEMA}.employee WHERE code LIKE 'E%'"
    ) is True

    # Run again: no new branches or departments, more employees with fresh codes.
    code, out, err = run(["demo-data", "--dsn", dsn, "--branches", "3", "--employees", "5"], capsys)
    assert code == 0, err
    assert out.strip() == "Demo data: 0 branches, 0 departments, 5 employees"
    assert target.scalar(f"SELECT count(*) FROM {SCHEMA}.employee") == 36
    assert target.scalar(f"SELECT count(DISTINCT code) FROM {SCHEMA}.employee") == 36


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--branches", "0"], "Branches must be between 1 and 7"),
        (["--branches", "8"], "Branches must be between 1 and 7"),
        (["--branches", "-1"], "Branches must be between 1 and 7"),
        (["--employees", "0"], "Employees must be between 1 and 100000"),
        (["--employees", "100001"], "Employees must be between 1 and 100000"),
    ],
)
def test_demo_data_rejects_bad_sizes(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    # The size is checked before connecting: no server answers at this address, yet
    # the answer is the size's message (exit 2), not "cannot use the database" (3).
    dsn = f"postgresql://postgres:x@127.0.0.1:{free_port()}/nowhere?connect_timeout=3"
    code, out, err = run(["demo-data", "--dsn", dsn, *args], capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("aftersales-admin: ")
    assert message in err


def test_demo_data_bad_size_adds_nothing(
    initialised: Target, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(["demo-data", "--dsn", initialised.dsn, "--branches", "0"], capsys)
    assert code == 2
    assert "Branches must be between 1 and 7" in err
    assert initialised.scalar(f"SELECT count(*) FROM {SCHEMA}.employee") == 1
    assert initialised.scalar(f"SELECT count(*) FROM {SCHEMA}.branch") == 1


def test_demo_data_rejects_non_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["demo-data", "--dsn", "postgresql://unused/db", "--branches", "three"])
    assert caught.value.code == 2
    assert "invalid int value" in capsys.readouterr().err


def test_demo_data_on_an_empty_database_refuses(
    target: Target, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(["demo-data", "--dsn", target.dsn], capsys)
    assert code == 2
    assert "init" in err


# -- the server cannot be reached ----------------------------------------------------
@pytest.mark.parametrize("command", ["init", "upgrade", "demo-data"])
def test_unreachable_server_exits_3(
    password: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    dsn = f"postgresql://postgres:x@127.0.0.1:{free_port()}/nowhere?connect_timeout=3"
    code, out, err = run([command, "--dsn", dsn], capsys)
    assert code == 3
    assert out == ""
    assert err.startswith("aftersales-admin: cannot use the database: ")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_missing_database_exits_3(pg_server: PgServer, capsys: pytest.CaptureFixture[str]) -> None:
    dsn = pg_server.url(unique("as_missing_")).render_as_string(hide_password=False)
    code, _out, err = run(["upgrade", "--dsn", dsn], capsys)
    assert code == 3
    assert "does not exist" in err


# -- help ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--help"], ["usage: aftersales-admin", "init", "upgrade", "demo-data"]),
        (["init", "--help"], ["usage: aftersales-admin init", "--dsn", "--admin-code",
                              "--role-prefix", "--password-env", PASSWORD_ENV]),
        (["upgrade", "--help"], ["usage: aftersales-admin upgrade", "--dsn", "Safe to run again"]),
        (["demo-data", "--help"], ["usage: aftersales-admin demo-data", "--branches",
                                   "--employees", "--seed"]),
    ],
)
def test_help(argv: list[str], expected: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # whatever the terminal width
    for fragment in expected:
        assert fragment in out


def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    commands = sorted(subparsers.choices)  # type: ignore[arg-type]
    assert commands == ["check", "demo-data", "init", "upgrade"]
    for command in commands:
        with pytest.raises(SystemExit) as caught:
            main([command, "--help"])
        assert caught.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: aftersales-admin {command}")
        assert "--dsn" in out


@pytest.mark.parametrize("argv", [[], ["bogus"], ["init"], ["upgrade"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "usage: aftersales-admin" in capsys.readouterr().err
