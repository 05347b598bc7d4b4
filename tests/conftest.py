"""A real PostgreSQL for the test session: the server named by AFTERSALES_TEST_DSN
(a superuser URL), or else a private embedded server started for this run.

A migrated template database (with a little demo data and the demo operators) is
made once; each test that writes gets its own clone (``db``)."""
from __future__ import annotations

import gc
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Logs and settings of the client under test stay out of the user's own folders.
os.environ.setdefault("AFTERSALES_DATA_DIR", tempfile.mkdtemp(prefix="aftersales-test-"))

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError

from client.local_server import LocalServer
from server_schema.demo_data import DEMO_PASSWORD, DemoSize, create_demo_operators, fill_demo_data
from server_schema.roles import RoleNames
from server_schema.setup import InitOptions, init_database

# Helpers shared by the database tests, in plain modules the tests import; their few
# fixtures (engines, proxied, w, r, desk, site) are offered to every test from here.
pytest_plugins = ["db_support", "stock_support", "orders_support", "dispatch_support"]


@dataclass
class PgServer:
    """Superuser access to the test server."""

    base: URL

    @property
    def host(self) -> str:
        return self.base.host or "127.0.0.1"

    @property
    def port(self) -> int:
        return self.base.port or 5432

    def url(self, database: str = "postgres") -> URL:
        return self.base.set(database=database)

    def engine(self, database: str = "postgres", **kwargs: object) -> Engine:
        return create_engine(self.url(database), **kwargs)  # type: ignore[arg-type]

    def execute(self, statement: str, database: str = "postgres") -> list[tuple]:
        engine = self.engine(database, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                result = conn.exec_driver_sql(statement)
                return [tuple(r) for r in result] if result.returns_rows else []
        finally:
            engine.dispose()

    def create_database(self, name: str, template: str | None = None) -> None:
        clause = f' TEMPLATE "{template}"' if template else ""
        self.execute(f'CREATE DATABASE "{name}"{clause}')

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_roles(self, prefix: str) -> None:
        """Drop a database's roles: members before what they belong to, g_admin (the
        grantor of the memberships) and the owner last."""
        roles = [r for (r,) in self.execute(
            f"SELECT rolname FROM pg_roles WHERE starts_with(rolname, '{prefix}')")]
        rank = {"u_": 0, "r_": 1, "p_": 2, "g_": 3}
        roles.sort(key=lambda r: (rank.get(r[len(prefix):len(prefix) + 2], 4), r))
        # An operator that created another is the grantor of grants on it: drop in
        # rounds until nothing is left that can go.
        while roles:
            left = []
            for role in roles:
                try:
                    self.execute(f'DROP ROLE IF EXISTS "{role}"')
                except DBAPIError:
                    left.append(role)
            if len(left) == len(roles):
                raise RuntimeError(f"roles that cannot be dropped: {left}")
            roles = left


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    dsn = os.environ.get("AFTERSALES_TEST_DSN")
    if dsn:
        url = make_url(dsn)
        if url.drivername in ("postgres", "postgresql"):
            url = url.set(drivername="postgresql+psycopg")
        yield PgServer(url)
        return
    # Not under pytest's tmp folder: another pytest run resets that to mode 0700, which
    # locks out the server's unprivileged system user when running as root.
    root = Path(tempfile.mkdtemp(prefix="aftersales-pg-"))
    server = LocalServer(root)
    server.start()
    try:
        yield PgServer(make_url(server.url()))
    finally:
        server.stop(mode="immediate")
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class TestDatabase:
    """One database of the test server, its role names and the demo password."""

    server: PgServer
    name: str
    roles: RoleNames
    password: str = DEMO_PASSWORD

    def superuser_engine(self, **kwargs: object) -> Engine:
        return self.server.engine(self.name, **kwargs)

    def operator_url(self, code: str, password: str | None = None) -> URL:
        return self.server.url(self.name).set(
            username=self.roles.operator(code), password=password or self.password
        )

    def operator_engine(self, code: str, password: str | None = None) -> Engine:
        return create_engine(self.operator_url(code, password))


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


@contextmanager
def demo_database(pg_server: PgServer, kind: str) -> Iterator[TestDatabase]:
    """A database prepared by init, with a little demo data and the demo operators,
    and roles of its own; dropped with its roles afterwards."""
    name = unique(f"as_{kind}_")
    roles = RoleNames(unique(kind[0]) + "_")
    pg_server.create_database(name)
    engine = pg_server.engine(name)
    try:
        with engine.begin() as conn:
            init_database(conn, InitOptions(admin_password=DEMO_PASSWORD, role_prefix=roles.prefix))
            fill_demo_data(conn, DemoSize(branches=3, employees=24, customers=60, products=30,
                                          seed=7))
            create_demo_operators(conn)
    finally:
        engine.dispose()
    try:
        yield TestDatabase(pg_server, name, roles)
    finally:
        pg_server.drop_database(name)
        pg_server.drop_roles(roles.prefix)


@pytest.fixture(scope="session")
def template_db(pg_server: PgServer) -> Iterator[TestDatabase]:
    with demo_database(pg_server, "tmpl") as database:
        yield database


@pytest.fixture
def db(pg_server: PgServer, template_db: TestDatabase) -> Iterator[TestDatabase]:
    """A private clone of the template for one test."""
    name = unique("as_test_")
    pg_server.create_database(name, template=template_db.name)
    # A clone starts with default database privileges; give it init's.
    pg_server.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
    pg_server.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO "{template_db.roles.staff}"')
    yield TestDatabase(pg_server, name, template_db.roles)
    pg_server.drop_database(name)


@pytest.fixture
def own_db(pg_server: PgServer) -> Iterator[TestDatabase]:
    """A database with roles of its own, for tests that change roles (operators,
    profiles, grants): roles are cluster-wide, so changing the template's would leak
    into every other test."""
    with demo_database(pg_server, "own") as database:
        yield database


_tests_run = 0


@pytest.fixture(autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    """As the client does (client/gc_on_gui_thread.py): no automatic cycle collection,
    which could free Qt wrappers on a worker thread; the main thread collects between
    tests instead."""
    global _tests_run
    gc.disable()
    yield
    _tests_run += 1
    gc.collect(2 if _tests_run % 50 == 0 else 1)


@pytest.fixture(autouse=True)
def no_modal_dialogs(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would block a test run for ever: fail instead, unless the test
    is marked ``dialogs`` and closes them itself."""
    if request.node.get_closest_marker("dialogs"):
        return
    from PySide6.QtWidgets import QMessageBox

    def refuse(box: QMessageBox, *args: object) -> int:
        raise AssertionError(f"unexpected modal dialog: {box.text()}")

    def refuse_static(*args: object, **kwargs: object) -> int:
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse_static))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private user data folder (logs, local server) for the client under test."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("AFTERSALES_DATA_DIR", str(folder))
    return folder
