"""Helpers the database tests share: SQL as the superuser (to look behind the operators'
backs), sessions as a demo operator (autocommit engines, plain psycopg connections), a
new operator at a branch, and round trips counted by a proxy between client and server.

The fixtures here (``engines``, ``proxied``) reach every test as a plugin (conftest.py)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
from conftest import unique
from sqlalchemy import create_engine, select
from sqlalchemy.engine import Engine

from bench.rtproxy import RoundTripProxy
from client.connection import Profile, login
from server_schema.base import SCHEMA
from server_schema.demo_data import DEMO_PASSWORD
from server_schema.org import Branch, Department, Employee
from server_schema.permissions import PROFILES
from server_schema.security import Operator
from server_schema.setup import create_operator

if TYPE_CHECKING:
    from conftest import TestDatabase

S = SCHEMA
#: The permissions of each profile, by profile name (what the client passes on).
PERMISSIONS = {p.name: frozenset(p.permissions) for p in PROFILES}


# -- as the superuser -----------------------------------------------------------------------

def sql(db: TestDatabase, statement: str) -> list[tuple]:
    """A statement as the superuser (to look behind the operators' backs)."""
    return db.server.execute(statement, database=db.name)


def one(db: TestDatabase, statement: str) -> Any:
    """The first value of the first row of a statement as the superuser."""
    return sql(db, statement)[0][0]


def new_operator(db: TestDatabase, branch: str, profile: str, *,
                 password: str = DEMO_PASSWORD) -> tuple[str, str]:
    """A new operator (code, role) at a branch (by code) with one profile, for an
    employee of the branch who has none. Roles are shared by every clone of the
    template: the test drops the role afterwards."""
    code = unique("op")
    engine = db.superuser_engine()
    try:
        with engine.begin() as conn:
            branch_id = conn.execute(select(Branch.id).where(Branch.code == branch)).scalar_one()
            employee = conn.execute(
                select(Employee.id).join(Department, Department.id == Employee.department_id)
                .where(Department.branch_id == branch_id,
                       ~select(Operator.id).where(Operator.employee_id == Employee.id).exists())
                .order_by(Employee.id).limit(1)).scalar_one()
            role = create_operator(conn, db.roles, code=code, password=password,
                                   employee_id=employee, branch_id=branch_id, profiles=[profile])
    finally:
        engine.dispose()
    return code, role


# -- as a demo operator -------------------------------------------------------------------------

def operator(db: TestDatabase, code: str, *, autocommit: bool = True, **kwargs: Any) -> Engine:
    """An engine logged in as the operator; autocommit unless asked (one action, one
    statement, as the client's reads)."""
    engine = db.operator_engine(code)
    options = {"isolation_level": "AUTOCOMMIT"} if autocommit else {}
    return create_engine(engine.url, execution_options=options, **kwargs)


@pytest.fixture
def engines(db: TestDatabase) -> Iterator[Callable[[str], Engine]]:
    """Autocommit engines of demo operators, by code (one action, one statement)."""
    made: dict[str, Engine] = {}

    def get(code: str) -> Engine:
        if code not in made:
            made[code] = operator(db, code)
        return made[code]
    yield get
    for engine in made.values():
        engine.dispose()


def raw(db: TestDatabase, code: str, password: str = DEMO_PASSWORD) -> psycopg.Connection:
    """A plain psycopg connection as the operator: none of the application's code."""
    return psycopg.connect(host=db.server.host, port=db.server.port, dbname=db.name,
                           user=db.roles.operator(code), password=password, autocommit=True)


def refused(conn: psycopg.Connection, statement: str, sqlstate: str) -> str:
    """Run a statement that must fail with this SQLSTATE; returns the message. It runs
    in a transaction of its own, rolled back, whatever the connection's mode."""
    with pytest.raises(psycopg.Error) as error:
        with conn.transaction():
            conn.execute(statement)
    assert error.value.sqlstate == sqlstate, (statement, error.value.sqlstate, str(error.value))
    return str(error.value)


# -- round trips ----------------------------------------------------------------------------

@pytest.fixture
def proxied(db: TestDatabase) -> Iterator[tuple[RoundTripProxy, Any]]:
    """The manager logged in through a proxy that counts round trips: (proxy, database)."""
    with RoundTripProxy(db.server.host, db.server.port) as proxy:
        profile = Profile(name="t", host="127.0.0.1", port=proxy.port, database=db.name,
                          sslmode="disable", role_prefix=db.roles.prefix)
        database = login(profile, "manager", db.password)
        yield proxy, database
        database.close()


def trips(proxy: RoundTripProxy, database: Any, action: Callable[[Any], Any], *,
          transaction: bool = False) -> tuple[int, Any]:
    """(round trips, result) of one action, in an autocommit session or a transaction."""
    proxy.reset()
    with (database.session() if transaction else database.read()) as session:
        result = action(session)
    return proxy.count(), result
