"""Audit completeness: every insert, update and delete of business data leaves
exactly one audit row per changed row, with the right action, table, key and values
(sensitive ones masked), whoever makes it and however: ORM flushes, bulk statements,
or a plain psql connection (the database's audit trigger writes them). Logins,
logouts and reveals are logged as who made them, from where.

The changes run as a superuser and as the ``manager`` demo operator (org_edit, all
branches); the log is read back as the superuser. Each transaction of a test names
itself in application_name, which the log records.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
from conftest import unique
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete, event, func, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from client import __version__ as client_version
from client.connection import APPLICATION_NAME, Profile, login
from server_schema import audit
from server_schema.base import SCHEMA
from server_schema.org import Branch, Department, Employee
from server_schema.permissions import PERMISSIONS, PROFILES, SENSITIVE
from server_schema.security import Operator
from server_schema.setup import create_operator

if TYPE_CHECKING:
    from conftest import TestDatabase

MASK = audit.MASK
#: Columns the database fills in on INSERT (server defaults), per table.
SERVER_FILLED = {
    table.name: {c.name for c in table.columns
                 if c.server_default is not None or c.computed is not None}
    for table in (Department.__table__, Employee.__table__)
}
#: (table, column) pairs whose values the log must not show.
SENSITIVE_PAIRS = {pair for pairs in SENSITIVE.values() for pair in pairs}
assert ("employee", "phone") in SENSITIVE_PAIRS and ("employee", "post_salary") in SENSITIVE_PAIRS


def name_transaction(session: Session, name: str) -> None:
    """Name the session's (next) transaction in application_name: the log records it."""
    session.execute(text("SELECT set_config('application_name', :n, true)"), {"n": name})


def profile_for(db: TestDatabase) -> Profile:
    return Profile(name="test", kind="server", host=db.server.host, port=db.server.port,
                   database=db.name, sslmode="disable", role_prefix=db.roles.prefix)


def audit_rows(db: TestDatabase, where: str, params: dict[str, Any] | None = None) -> list[dict]:
    engine = db.superuser_engine()
    try:
        with engine.connect() as conn:
            result = conn.execute(text(
                f"SELECT actor, branch_id, action, table_name, row_key, old, new, "
                f"client_addr::text AS client_addr, application, app_version, note "
                f"FROM {SCHEMA}.audit_event WHERE {where} ORDER BY at, id"), params or {})
            return [dict(r._mapping) for r in result]
    finally:
        engine.dispose()


@pytest.fixture
def head_office(db: TestDatabase) -> tuple[int, int]:
    """(head office id, id of one of its departments)."""
    engine = db.superuser_engine()
    try:
        with engine.connect() as conn:
            branch = conn.execute(select(Branch.id).where(Branch.is_head_office)).scalar_one()
            department = conn.execute(select(func.min(Department.id))
                                      .where(Department.branch_id == branch)).scalar_one()
    finally:
        engine.dispose()
    return branch, department


@pytest.fixture(params=["superuser", "manager"])
def actor(request: pytest.FixtureRequest, db: TestDatabase) -> Iterator[tuple[str, Engine]]:
    """Who makes the changes: (the role the audit rows must name, its engine)."""
    if request.param == "superuser":
        engine = db.superuser_engine()
        role = db.server.base.username or "postgres"
    else:
        engine = create_engine(db.operator_url("manager"))
        role = db.roles.operator("manager")
    yield role, engine
    engine.dispose()


# -- a model of what was changed -----------------------------------------------------

DEPARTMENT_NAMES = ("维修部", "客服部", "派工部", "Repairs", "仓库")
EMPLOYEE_NAMES = ("王伟", "李娜", "张敏", "Zhang Wei")
POSTS = ("前台接待", "维修工程师", "派工员", "")
GRADES = ("", "初级", "中级", "高级")
PHONES = ("13800000000", "13912345678", "")
SALARIES = (Decimal("4500.00"), Decimal("6000.50"), Decimal("0.00"))

EDITABLE = {
    "department": {"name": DEPARTMENT_NAMES},
    "employee": {"name": EMPLOYEE_NAMES, "post": POSTS, "skill_grade": GRADES,
                 "phone": PHONES, "post_salary": SALARIES},
}


def masked(table: str, values: dict[str, Any]) -> dict[str, Any]:
    def show(column: str, value: Any) -> Any:
        if (table, column) in SENSITIVE_PAIRS and value is not None:
            return MASK
        return str(value) if isinstance(value, Decimal) else value
    return {k: show(k, v) for k, v in values.items()}


@dataclass
class Tracked:
    table: str
    obj: Any
    committed: dict[str, Any]  # the editable values as the database holds them
    department: Tracked | None = None  # an employee's department, when one of ours
    version: int = 1


@dataclass
class Step:
    """The changes of one flush."""

    inserted: list[Tracked] = field(default_factory=list)
    updated: dict[int, Tracked] = field(default_factory=dict)
    deleted: list[Tracked] = field(default_factory=list)

    def touched(self, tracked: Tracked) -> bool:
        return id(tracked) in self.updated or any(t is tracked for t in self.deleted)


def _draw_step(data: st.DataObject, session: Session, step: Step, departments: list[Tracked],
               employees: list[Tracked], *, tag: str, n: int, branch_id: int,
               fixed_department: int, may_delete_employees: bool) -> None:
    """Draw one change that makes sense now and make it in the session."""
    def employed(department: Tracked) -> bool:
        return any(e.department is department for e in employees + step.inserted)

    # Not what was changed in this flush: that case has a test of its own below
    # (test_delete_after_an_unflushed_change_logs_the_stored_row).
    deletable_d = [t for t in departments if not step.touched(t) and not employed(t)]
    deletable_e = [t for t in employees if not step.touched(t)] if may_delete_employees else []
    choices = ["new_department", "new_employee"]
    choices += ["update_department"] * bool(departments) + ["update_employee"] * bool(employees)
    choices += ["delete_department"] * bool(deletable_d) + ["delete_employee"] * bool(deletable_e)
    kind = data.draw(st.sampled_from(choices), label="change")
    if kind == "new_department":
        values = {"code": f"T{tag}{n:03d}", "name": data.draw(st.sampled_from(DEPARTMENT_NAMES)),
                  "branch_id": branch_id}
        obj = Department(**values)
        session.add(obj)
        step.inserted.append(Tracked("department", obj, values))
    elif kind == "new_employee":
        # A department of the demo data, or one of ours (perhaps new in this flush).
        ours = [t for t in departments + step.inserted
                if t.table == "department" and not any(t is d for d in step.deleted)]
        target = data.draw(st.sampled_from([None, *ours]), label="department")
        values = {"code": f"E{tag}{n:03d}",
                  **{c: data.draw(st.sampled_from(options), label=c)
                     for c, options in EDITABLE["employee"].items()}}
        obj = Employee(**values)
        if target is None:
            obj.department_id = fixed_department
        else:
            obj.department = target.obj
        session.add(obj)
        step.inserted.append(Tracked("employee", obj, values, department=target))
    elif kind.startswith("update_"):
        table = kind.removeprefix("update_")
        pool = [t for t in (departments if table == "department" else employees)
                if not any(t is d for d in step.deleted)]
        if not pool:
            return
        tracked = data.draw(st.sampled_from(pool), label="target")
        column = data.draw(st.sampled_from(sorted(EDITABLE[table])), label="column")
        setattr(tracked.obj, column,
                data.draw(st.sampled_from(EDITABLE[table][column]), label="value"))
        step.updated[id(tracked)] = tracked
    else:
        table = kind.removeprefix("delete_")
        tracked = data.draw(st.sampled_from(deletable_d if table == "department" else deletable_e),
                            label="target")
        session.delete(tracked.obj)
        step.deleted.append(tracked)


def _expected_rows(step: Step) -> dict[tuple[str, str, str], dict[str, Any]]:
    """The audit rows one committed flush must have written, by (table, key, action).
    ``committed`` still holds the values from before the flush."""
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for tracked in step.inserted:
        obj = tracked.obj
        new = {**tracked.committed, "id": obj.id, "version": 1}
        if tracked.table == "employee":
            new["department_id"] = obj.department_id
        # Keyed by the new id: the row_key of INSERT rows has a test of its own below.
        rows[(tracked.table, str(obj.id), "INSERT")] = {
            "old": None, "new": masked(tracked.table, new)}
    for tracked in step.updated.values():
        if any(tracked is d for d in step.deleted):
            continue  # changed, then deleted: one DELETE row
        old, new = {}, {}
        for column in EDITABLE[tracked.table]:
            now = getattr(tracked.obj, column)
            if now != tracked.committed[column]:
                old[column], new[column] = tracked.committed[column], now
        if new:
            rows[(tracked.table, str(tracked.obj.id), "UPDATE")] = {
                "old": masked(tracked.table, old), "new": masked(tracked.table, new)}
    for tracked in step.deleted:
        old = {**tracked.committed, "id": tracked.obj.id, "version": tracked.version}
        rows[(tracked.table, str(tracked.obj.id), "DELETE")] = {
            "old": masked(tracked.table, old), "new": None}
    return rows


def _after_commit(step: Step, expected: dict, departments: list[Tracked],
                  employees: list[Tracked]) -> None:
    for tracked in step.inserted:
        tracked.committed["id"] = tracked.obj.id
        (departments if tracked.table == "department" else employees).append(tracked)
    for tracked in step.updated.values():
        if (tracked.table, str(tracked.obj.id), "UPDATE") in expected:
            tracked.version += 1
        for column in EDITABLE[tracked.table]:
            tracked.committed[column] = getattr(tracked.obj, column)
    for tracked in step.deleted:
        (departments if tracked.table == "department" else employees).remove(tracked)


def run_changes(
    db: TestDatabase, engine: Engine, role: str, head_office: tuple[int, int],
    data: st.DataObject, *, may_delete_employees: bool,
) -> None:
    branch_id, fixed_department = head_office
    tag = uuid.uuid4().hex[:8]
    session = Session(engine, expire_on_commit=False)
    # Operators' rows carry their branch; a superuser is no operator and has none.
    logged_branch = None if role == (db.server.base.username or "postgres") else branch_id
    departments: list[Tracked] = []
    employees: list[Tracked] = []
    n = 0
    logged: list[tuple[str, dict]] = []
    with session:
        for index in range(data.draw(st.integers(1, 5), label="flushes")):
            version = f"{tag}-{index}"  # tells each transaction's audit rows apart
            name_transaction(session, version)
            step = Step()
            for _ in range(data.draw(st.integers(1, 4), label="changes")):
                n += 1
                _draw_step(data, session, step, departments, employees, tag=tag, n=n,
                           branch_id=branch_id, fixed_department=fixed_department,
                           may_delete_employees=may_delete_employees)
            session.commit()
            expected = _expected_rows(step)
            _after_commit(step, expected, departments, employees)
            logged.append((version, expected))

    for version, expected in logged:
        got = audit_rows(db, "application = :v", {"v": version})
        by_key = {(r["table_name"], str(r["new"]["id"]) if r["action"] == "INSERT" else r["row_key"],
                   r["action"]): r for r in got}
        assert len(by_key) == len(got), f"more than one row for an object in one flush: {got}"
        assert set(by_key) == set(expected), version
        for key, want in expected.items():
            row = by_key[key]
            assert (row["actor"], row["branch_id"]) == (role, logged_branch), key
            if key[2] == "DELETE":
                assert row["new"] is None, key
                # The row as the database held it (the session may know less, never other).
                assert {c: row["old"].get(c, want["old"][c]) for c in want["old"]} == want["old"], key
                assert {"id", "code", "version"} <= set(row["old"]), key
            elif key[2] == "INSERT":
                assert row["old"] is None, key
                assert {c: row["new"].get(c) for c in want["new"]} == want["new"], key
                # Anything else logged is a value the server filled in.
                assert set(row["new"]) - set(want["new"]) <= SERVER_FILLED[key[0]], key
            else:
                assert (row["old"], row["new"]) == (want["old"], want["new"]), key
            for values in (row["old"], row["new"]):
                for column in values or {}:
                    if (key[0], column) in SENSITIVE_PAIRS:
                        assert values[column] == MASK, (key, column)

    # The database holds what the model says.
    superuser = db.superuser_engine()
    try:
        with superuser.connect() as conn:
            for tracked in departments:
                assert conn.execute(select(Department.name, Department.version).where(
                    Department.id == tracked.committed["id"])).one() == (
                    tracked.committed["name"], tracked.version)
            for tracked in employees:
                row = conn.execute(select(*(getattr(Employee, c) for c in EDITABLE["employee"]),
                                          Employee.version)
                                   .where(Employee.id == tracked.committed["id"])).one()
                assert tuple(row) == tuple(tracked.committed[c] for c in EDITABLE["employee"]) + (
                    tracked.version,)
    finally:
        superuser.dispose()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_every_orm_change_is_audited_once(
    db: TestDatabase, actor: tuple[str, Engine], head_office: tuple[int, int], data: st.DataObject
) -> None:
    role, engine = actor
    superuser = role == (db.server.base.username or "postgres")
    # As the specification has it (no profile deletes employees in this version).
    manager_deletes = any(
        g.table == "employee" and "DELETE" in g.privileges
        for p in PERMISSIONS if p.name in next(f.permissions for f in PROFILES if f.name == "manager")
        for g in p.grants)
    run_changes(db, engine, role, head_office, data,
                may_delete_employees=superuser or manager_deletes)


# -- known gaps, each with a test that fails until it is fixed -----------------------

@pytest.fixture
def manager_session(db: TestDatabase, head_office: tuple[int, int]) -> Iterator[Session]:
    engine = create_engine(db.operator_url("manager"))
    session = Session(engine, expire_on_commit=False, info={"tag": uuid.uuid4().hex[:8]})

    @event.listens_for(session, "after_begin")
    def _name(session: Session, _transaction: Any, connection: Any) -> None:
        connection.exec_driver_sql(
            f"SELECT set_config('application_name', '{session.info['tag']}', true)")
    try:
        yield session
    finally:
        session.close()
        engine.dispose()


def test_insert_rows_carry_the_primary_key(
    db: TestDatabase, manager_session: Session, head_office: tuple[int, int]
) -> None:
    department = Department(code=f"K{uuid.uuid4().hex[:8]}", name="键", branch_id=head_office[0])
    employee = Employee(code=f"K{uuid.uuid4().hex[:8]}", name="王伟", department_id=head_office[1],
                        phone="13800000000", post_salary=Decimal("5000"))
    manager_session.add_all([department, employee])
    manager_session.commit()
    rows = audit_rows(db, "application = :v AND action = 'INSERT'",
                      {"v": manager_session.info["tag"]})
    assert sorted((r["table_name"], r["row_key"]) for r in rows) == sorted(
        [("department", str(department.id)), ("employee", str(employee.id))])


def test_absent_old_and_new_values_are_sql_null(
    db: TestDatabase, manager_session: Session, head_office: tuple[int, int]
) -> None:
    manager_session.add(Department(code=f"N{uuid.uuid4().hex[:8]}", name="x",
                                   branch_id=head_office[0]))
    manager_session.commit()
    [(is_null,)] = db.server.execute(
        f"SELECT old IS NULL FROM {SCHEMA}.audit_event "
        f"WHERE application = '{manager_session.info['tag']}'", database=db.name)
    assert is_null is True


def test_org_editor_without_reveal_permissions_adds_an_employee(
    db: TestDatabase, head_office: tuple[int, int]
) -> None:
    code = unique("org")
    superuser = db.superuser_engine()
    with superuser.begin() as conn:
        employee_id = conn.execute(
            select(Employee.id).where(~select(Operator.id).where(
                Operator.employee_id == Employee.id).exists()).order_by(Employee.id).limit(1)
        ).scalar_one()
        role = create_operator(conn, db.roles, code=code, password="Audit#Test2026",
                               employee_id=employee_id, branch_id=head_office[0],
                               profiles=["engineer"])
    superuser.dispose()
    db.server.execute(f'GRANT "{db.roles.permission("org_edit")}" TO "{role}"')
    engine = create_engine(db.operator_url(code, "Audit#Test2026"))
    try:
        with Session(engine) as session:
            session.add(Employee(code=f"O{uuid.uuid4().hex[:8]}", name="李娜",
                                 department_id=head_office[1]))
            session.commit()
    finally:
        engine.dispose()
        db.server.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_delete_after_an_unflushed_change_logs_the_stored_row(
    db: TestDatabase, manager_session: Session, head_office: tuple[int, int]
) -> None:
    department = Department(code=f"D{uuid.uuid4().hex[:8]}", name="stored name",
                            branch_id=head_office[0])
    manager_session.add(department)
    manager_session.commit()
    department.name = "never stored"
    manager_session.delete(department)
    manager_session.commit()
    [row] = audit_rows(db, "action = 'DELETE' AND application = :v",
                       {"v": manager_session.info["tag"]})
    assert row["old"]["name"] == "stored name"


# -- bulk changes and plain connections ---------------------------------------------------

def test_bulk_orm_changes_are_audited_row_by_row(
    db: TestDatabase, manager_session: Session, head_office: tuple[int, int]
) -> None:
    codes = [f"B{uuid.uuid4().hex[:7]}{i}" for i in range(3)]
    manager_session.add_all([Department(code=c, name="批量前", branch_id=head_office[0])
                             for c in codes])
    manager_session.commit()
    manager_session.execute(update(Department).where(Department.code.in_(codes))
                            .values(name="批量后"))
    manager_session.execute(delete(Department).where(Department.code == codes[0]))
    manager_session.commit()
    rows = audit_rows(db, "application = :v AND action <> 'INSERT'",
                      {"v": manager_session.info["tag"]})
    updates = [r for r in rows if r["action"] == "UPDATE"]
    assert len(updates) == 3
    assert all((r["old"], r["new"]) == ({"name": "批量前"}, {"name": "批量后"}) for r in updates)
    [deleted] = [r for r in rows if r["action"] == "DELETE"]
    assert deleted["old"]["code"] == codes[0] and deleted["old"]["name"] == "批量后"


def test_changes_over_a_plain_connection_are_audited_too(
    db: TestDatabase, head_office: tuple[int, int]
) -> None:
    url = db.operator_url("manager")
    with psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=url.username,
                         password=url.password, sslmode="disable") as conn:
        conn.execute(f"UPDATE {SCHEMA}.department SET name = 'renamed by psql' WHERE id = %s",
                     (head_office[1],))
    assert db.server.execute(
        f"SELECT name FROM {SCHEMA}.department WHERE id = {head_office[1]}",
        database=db.name) == [("renamed by psql",)]
    [row] = audit_rows(db, "action = 'UPDATE' AND table_name = 'department' AND row_key = :k",
                       {"k": str(head_office[1])})
    assert row["actor"] == db.roles.operator("manager")
    assert row["new"] == {"name": "renamed by psql"}


def test_every_table_has_its_audit_trigger(db: TestDatabase) -> None:
    """A later table without the trigger would escape the log: the trigger list and
    its sensitive columns must follow the schema and permissions.SENSITIVE."""
    from server_schema.base import metadata

    found = dict(db.server.execute(
        "SELECT c.relname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        f"WHERE n.nspname = '{SCHEMA}' AND t.tgname = 'audit'", database=db.name))
    tables = {t.name for t in metadata.sorted_tables} - audit.NOT_AUDITED
    assert set(found) == tables
    for table, column in SENSITIVE_PAIRS:
        assert f"'{column}'" in found[table], (table, column)


# -- logins, logouts, reveals ----------------------------------------------------------

def test_login_logout_and_reveal_are_logged(db: TestDatabase, head_office: tuple[int, int]) -> None:
    role = db.roles.operator("clerk")
    before = {r["note"] for r in audit_rows(db, "actor = :a", {"a": role})}
    assert not before
    database = login(profile_for(db), "clerk", db.password)
    database.record(audit.Action.REVEAL, table="employee", key="*")
    database.close()
    rows = audit_rows(db, "actor = :a", {"a": role})
    assert [r["action"] for r in rows] == ["LOGIN", "REVEAL", "LOGOUT"]
    for row in rows:
        assert row["actor"] == role
        assert row["branch_id"] == head_office[0]
        assert row["client_addr"] is not None and row["client_addr"].startswith("127.0.0.1")
        assert row["application"] == APPLICATION_NAME
        assert row["app_version"] == client_version
    reveal = rows[1]
    assert (reveal["table_name"], reveal["row_key"]) == ("employee", "*")
    assert rows[0]["table_name"] is None and rows[2]["table_name"] is None
