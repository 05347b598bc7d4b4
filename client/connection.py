"""Connection profiles and logging in.

Two kinds of profile: *This PC* (an embedded PostgreSQL under the user's data folder,
started by the client) and *Server* (a central PostgreSQL by host/port/database and
TLS settings, or by a libpq service name). Profiles are kept with QSettings;
passwords never are. Logging in connects as the operator's own PostgreSQL role.
"""
from __future__ import annotations

import enum
import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields

from PySide6.QtCore import QSettings
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from server_schema import audit
from server_schema.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from server_schema.login import SessionInfo, describe_session
from server_schema.roles import RoleNames, default_prefix

from . import __version__
from .local_server import LocalServer

log = logging.getLogger(__name__)

APPLICATION_NAME = f"Aftersales {__version__}"
LOCAL = "local"
SERVER = "server"
DEMO_DATABASE = "aftersales_demo"
LOCAL_DATABASE = "aftersales"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass
class Profile:
    """How to reach one Aftersales database. Never holds a password."""

    name: str
    kind: str = SERVER
    host: str = ""
    port: int = 5432
    database: str = LOCAL_DATABASE
    service: str = ""
    sslmode: str = "prefer"
    sslrootcert: str = ""
    channel_binding: str = ""
    role_prefix: str = ""
    demo: bool = False

    @property
    def is_local(self) -> bool:
        return self.kind == LOCAL

    @property
    def is_remote(self) -> bool:
        host = self.host.strip().lower()
        return not self.is_local and (bool(self.service) or host not in ("", "localhost", "127.0.0.1", "::1"))

    @property
    def verifies_server(self) -> bool:
        """True when libpq checks the server's certificate (TLS required)."""
        return self.sslmode in ("verify-ca", "verify-full")

    def roles(self) -> RoleNames:
        return RoleNames(self.role_prefix or default_prefix(self.database or self.service))

    def describe(self) -> str:
        if self.is_local:
            return f"localhost/{self.database}"
        if self.service:
            return f"service={self.service}"
        return f"{self.host}:{self.port}/{self.database}"


def local_profile(*, demo: bool = False) -> Profile:
    return Profile(
        name="demo" if demo else "local",
        kind=LOCAL,
        host="127.0.0.1",
        database=DEMO_DATABASE if demo else LOCAL_DATABASE,
        sslmode="disable",
        demo=demo,
    )


class ProfileStore:
    """Profiles in QSettings, one group per profile under "profiles/"."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    def names(self) -> list[str]:
        self.settings.beginGroup("profiles")
        try:
            return sorted(self.settings.childGroups())
        finally:
            self.settings.endGroup()

    def load(self, name: str) -> Profile | None:
        if name not in self.names():
            return None
        values: dict[str, object] = {"name": name}
        for f in fields(Profile):
            if f.name == "name":
                continue
            raw = self.settings.value(f"profiles/{name}/{f.name}")
            if raw is None:
                continue
            if f.type in ("int", int):
                values[f.name] = int(raw)  # type: ignore[arg-type]
            elif f.type in ("bool", bool):
                values[f.name] = raw in (True, "true", "1", 1)
            else:
                values[f.name] = str(raw)
        return Profile(**values)  # type: ignore[arg-type]

    def all(self) -> list[Profile]:
        return [p for p in (self.load(n) for n in self.names()) if p is not None]

    def save(self, profile: Profile) -> None:
        if not re.fullmatch(r"[\w .-]{1,40}", profile.name):
            raise ValueError("profile name")
        for key, value in asdict(profile).items():
            if key != "name":
                self.settings.setValue(f"profiles/{profile.name}/{key}", value)
        self.settings.sync()

    def delete(self, name: str) -> None:
        self.settings.remove(f"profiles/{name}")
        self.settings.sync()

    @property
    def last_used(self) -> tuple[str, str]:
        """(profile name, operator code) of the last successful login."""
        return (
            str(self.settings.value("login/profile", "") or ""),
            str(self.settings.value("login/operator", "") or ""),
        )

    def remember(self, profile: str, operator: str) -> None:
        self.settings.setValue("login/profile", profile)
        self.settings.setValue("login/operator", operator)
        self.settings.sync()


class LoginProblem(enum.Enum):
    """Why a login failed; the login dialog words each one for the user."""

    BAD_CREDENTIALS = "bad_credentials"  # unknown operator or wrong password
    DISABLED = "disabled"  # the role may not log in
    UNREACHABLE = "unreachable"  # no server answers there
    NO_DATABASE = "no_database"
    NO_ACCESS = "no_access"  # connected but may not use this database
    TLS = "tls"
    SCHEMA_MISSING = "schema_missing"
    SCHEMA_TOO_OLD = "schema_too_old"
    SCHEMA_TOO_NEW = "schema_too_new"
    NOT_AN_OPERATOR = "not_an_operator"
    INVALID_INPUT = "invalid_input"
    OTHER = "other"


class LoginError(Exception):
    def __init__(self, problem: LoginProblem, detail: str = "", error: DomainError | None = None):
        super().__init__(detail or problem.value)
        self.problem = problem
        self.detail = detail
        self.domain_error = error


# libpq reports connection failures as text only (no SQLSTATE before a session exists).
_PATTERNS: tuple[tuple[LoginProblem, str], ...] = (
    (LoginProblem.BAD_CREDENTIALS, r"password authentication failed|no password supplied|"
                                   r"SCRAM authentication"),
    (LoginProblem.DISABLED, r"is not permitted to log in|password has expired|"
                            r"too many connections for role"),
    (LoginProblem.NO_DATABASE, r"database \".*\" does not exist"),
    (LoginProblem.NO_ACCESS, r"permission denied for database|no pg_hba\.conf entry"),
    (LoginProblem.TLS, r"SSL|certificate|channel binding|sslmode"),
    (LoginProblem.UNREACHABLE, r"Connection refused|timeout expired|could not translate|"
                               r"failed to resolve host|No route to host|Network is unreachable|"
                               r"could not connect|server closed the connection"),
)


def classify(error: BaseException) -> LoginProblem:
    message = str(getattr(error, "orig", None) or error)
    for problem, pattern in _PATTERNS:
        if re.search(pattern, message, re.IGNORECASE):
            return problem
    return LoginProblem.OTHER


def server_detail(error: BaseException) -> str:
    """The server's or libpq's own words, shortened for a dialog's details."""
    message = str(getattr(error, "orig", None) or error).strip()
    return re.sub(r"^connection failed: ", "", message)


@dataclass
class Database:
    """A logged-in connection: the engine, the session facts, and the profile."""

    engine: Engine
    info: SessionInfo
    profile: Profile
    round_trip_ms: float = 0.0
    secret: dict[str, str] = field(default_factory=dict, repr=False)
    closed: bool = False  # logged out: late answers of background work are dropped
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        info = {"branch_id": self.info.branch_id, "app_version": __version__}
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info=info)
        # Reads and single-statement writes need no transaction: in autocommit there is
        # no BEGIN and no COMMIT, so a list page costs one round trip, not three.
        self._autocommit = sessionmaker(
            self.engine.execution_options(isolation_level="AUTOCOMMIT"),
            expire_on_commit=False, info=info)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One user action that writes: one transaction, committed at the end or
        rolled back."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read (one statement, or several that need not agree on one snapshot):
        autocommit, one round trip a statement. Also for a write of one statement."""
        with self._autocommit.begin() as session:
            yield session

    def ping(self) -> float:
        """Measure one round trip (ms); raises if the connection is gone."""
        with self.engine.connect() as conn:
            start = time.perf_counter()
            conn.exec_driver_sql("SELECT 1")
            self.round_trip_ms = (time.perf_counter() - start) * 1000
        return self.round_trip_ms

    def check_password(self, password: str) -> bool:
        """Whether ``password`` is the operator's current one: a fresh login with it."""
        probe = create_engine(self.engine.url.set(password=password), poolclass=NullPool,
                              connect_args={"connect_timeout": 10,
                                            "application_name": APPLICATION_NAME})
        try:
            with probe.connect():
                return True
        except OperationalError as error:
            if classify(error) is LoginProblem.BAD_CREDENTIALS:
                return False
            raise
        finally:
            probe.dispose()

    def change_password(self, old: str, new: str) -> None:
        """Change the operator's own password after checking the old one; a wrong old
        password is recorded in the audit log and refused."""
        from server_schema import operators

        if not self.check_password(old):
            self.record(audit.Action.PASSWORD_CHANGE_FAILED, note="wrong current password")
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The current password is wrong."), field="old_password")
        with self.session() as session:
            operators.change_own_password(session, new)
        self.secret["password"] = new
        self.engine.dispose()  # pooled connections logged in with the old password

    def record(self, action: audit.Action, **values: object) -> None:
        """Write one audit event (login, logout, reveal, ...) in its own transaction."""
        with self.read() as session:  # one INSERT: autocommit, one round trip
            audit.record(session, action, **values)

    def close(self, *, logout: bool = True) -> None:
        self.closed = True
        if logout:
            try:
                self.record(audit.Action.LOGOUT)
            except DBAPIError:
                log.warning("could not record the logout (connection lost)")
        self.engine.dispose()


def engine_url(profile: Profile, role: str, password: str, *, port: int | None = None) -> URL:
    query: dict[str, str] = {}
    if profile.service and not profile.is_local:
        query["service"] = profile.service
    if profile.sslmode:
        query["sslmode"] = profile.sslmode
    if profile.sslrootcert:
        query["sslrootcert"] = profile.sslrootcert
    if profile.channel_binding:
        query["channel_binding"] = profile.channel_binding
    use_service = bool(profile.service) and not profile.is_local
    return URL.create(
        "postgresql+psycopg",
        username=role,
        password=password,
        host=None if use_service and not profile.host else profile.host or None,
        port=port or (None if use_service else profile.port),
        database=None if use_service and not profile.database else profile.database,
        query=query,
    )


def login(
    profile: Profile,
    code: str,
    password: str,
    *,
    local_server: LocalServer | None = None,
    connect_timeout: int = 10,
) -> Database:
    """Connect as the operator's own role and check the database. Raises LoginError."""
    try:
        role = profile.roles().operator(code)
    except DomainError as error:
        raise LoginError(LoginProblem.INVALID_INPUT, str(error), error) from None
    if not password:
        raise LoginError(LoginProblem.INVALID_INPUT, "password")
    port = local_server.port if (profile.is_local and local_server) else None
    secret = {"password": password}
    engine = create_engine(
        engine_url(profile, role, "", port=port),
        pool_size=2,
        max_overflow=2,
        pool_recycle=3600,
        connect_args={
            "connect_timeout": connect_timeout,
            "application_name": APPLICATION_NAME,
            # A client that vanishes (sleeping laptop, dropped VPN) must not hold locks:
            # the server ends a transaction left idle, and keepalives find dead peers.
            "options": "-c idle_in_transaction_session_timeout=300000",
            "keepalives": 1,
            "keepalives_idle": 60,
            "keepalives_interval": 10,
            "keepalives_count": 5,
        },
    )

    # The password is handed to each new connection from here, not kept in the URL,
    # so that a changed password applies to connections made afterwards.
    @event.listens_for(engine, "do_connect")
    def _password(_dialect: object, _record: object, _args: object, params: dict) -> None:
        params["password"] = secret["password"]

    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            info = describe_session(conn)
    except DomainError as error:
        engine.dispose()
        problem = {
            "SchemaMissing": LoginProblem.SCHEMA_MISSING,
            "SchemaTooOld": LoginProblem.SCHEMA_TOO_OLD,
            "SchemaTooNew": LoginProblem.SCHEMA_TOO_NEW,
            "NotAnOperator": LoginProblem.NOT_AN_OPERATOR,
        }.get(type(error).__name__, LoginProblem.OTHER)
        raise LoginError(problem, str(error), error) from None
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        problem = classify(error)
        if problem is LoginProblem.OTHER and getattr(error.orig, "sqlstate", "") == "42501":
            problem = LoginProblem.NO_ACCESS
        log.info("login of %s to %s failed: %s", role, profile.describe(), server_detail(error))
        raise LoginError(problem, server_detail(error)) from None
    database = Database(engine=engine, info=info, profile=profile, secret=secret)
    try:
        start = time.perf_counter()
        database.record(audit.Action.LOGIN)
        database.round_trip_ms = (time.perf_counter() - start) * 1000
    except DBAPIError as error:
        engine.dispose()
        raise LoginError(classify(error), server_detail(error)) from None
    return database


def ensure_local_database(
    server: LocalServer, profile: Profile, *, admin_password: str | None = None
) -> bool:
    """Create and initialise the profile's database on this PC's server if missing.

    The demo database is filled with demo data and demo operators. A non-demo
    database needs ``admin_password`` for its first administrator. Returns True if
    the database was created now."""
    from server_schema import setup
    from server_schema.demo_data import (
        DEMO_PASSWORD,
        DemoSize,
        create_demo_operators,
        fill_demo_data,
    )

    superuser = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with superuser.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": profile.database}
            ).scalar()
            if exists:
                _upgrade_local(server, profile.database)
                return False
            if not profile.demo and not admin_password:
                raise LoginError(LoginProblem.SCHEMA_MISSING, "first start")
            conn.exec_driver_sql(f'CREATE DATABASE "{profile.database}"')
    finally:
        superuser.dispose()
    target = create_engine(server.url(profile.database))
    try:
        with target.begin() as conn:
            setup.init_database(
                conn,
                setup.InitOptions(
                    admin_password=DEMO_PASSWORD if profile.demo else str(admin_password),
                    role_prefix=profile.roles().prefix,
                ),
            )
            if profile.demo:
                fill_demo_data(conn, DemoSize())
                create_demo_operators(conn)
    except Exception:
        target.dispose()
        _drop_database(server, profile.database)
        raise
    target.dispose()
    return True


def _upgrade_local(server: LocalServer, name: str) -> None:
    """This PC's databases follow the client's version: we administer that server."""
    from server_schema import setup

    engine = create_engine(server.url(name))
    try:
        with engine.begin() as conn:
            if setup.schema_exists(conn):
                setup.upgrade_database(conn)
    finally:
        engine.dispose()


def _drop_database(server: LocalServer, name: str) -> None:
    engine = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        engine.dispose()


class LocalServerHandle:
    """This PC's server as the client uses it: started on demand, and stopped at exit
    only if this client started it (another client on the PC may be using it)."""

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.started_here = False

    def ensure_running(self) -> LocalServer:
        if self.server.start():
            self.started_here = True
        return self.server

    def shutdown(self) -> None:
        if self.started_here:
            self.server.stop()
            self.started_here = False


def connect_profile(
    profile: Profile,
    code: str,
    password: str,
    *,
    local: LocalServerHandle | None,
    first_admin_password: str | None = None,
) -> Database:
    """Everything a login needs, run off the GUI thread: for This PC, start the server
    and create its database on first use; then log in."""
    if profile.is_local:
        if local is None:
            raise LoginError(LoginProblem.UNREACHABLE, "no local server")
        server = local.ensure_running()
        ensure_local_database(server, profile, admin_password=first_admin_password)
        return login(profile, code, password, local_server=server)
    return login(profile, code, password)
