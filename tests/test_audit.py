"""Audit completeness: every ORM insert, update and delete of business data leaves
exactly one audit row per changed object and flush, with the right action, table,
key and values (sensitive ones masked); bulk ORM changes are refused; logins,
logouts and reveals are logged as who made them, from where.

The changes run as a superuser (row-level security does not apply) and as the
``manager`` demo operator (org_edit, all branches: the audit INSERT policy does);
the log is read back as the superuser.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Profile
from server_schema import audit
from server_schema.base import SCHEMA
from server_schema.org import Branch, Department, Employee

if TYPE_CHECKING:
    from conftest import TestDatabase

MASK = audit.MASK
SENSITIVE_COLUMNS = {"phone", "post_salary"}  # of employee, see permissions.SENSITIVE


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
            department = conn.execute(select(func_min(Department.id))
                                      .where(Department.branch_id == branch)).scalar_one()
    finally:
        engine.dispose()
    return branch, department


def func_min(column: Any) -> Any:
    from sqlalchemy import func

    return func.min(column)


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
        if table == "employee" and column in SENSITIVE_COLUMNS and value is not None:
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
        ours = [t for t in departments + step.inserted if t.table == "department"]
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
    sessions = sessionmaker(engine, expire_on_commit=False,
                            info={"branch_id": branch_id, "app_version": tag})
    audit.attach(sessions)
    departments: list[Tracked] = []
    employees: list[Tracked] = []
    n = 0
    logged: list[tuple[str, dict]] = []
    with sessions() as session:
        for index in range(data.draw(st.integers(1, 5), label="flushes")):
            version = f"{tag}-{index}"  # tells each flush's audit rows apart
            session.info["app_version"] = version
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
        got = audit_rows(db, "app_version = :v", {"v": version})
        by_key = {(r["table_name"], r["row_key"], r["action"]): r for r in got}
        assert len(by_key) == len(got), f"more than one row for an object in one flush: {got}"
        assert set(by_key) == set(expected), version
        for key, want in expected.items():
            row = by_key[key]
            assert (row["actor"], row["branch_id"]) == (role, branch_id), key
            if key[2] == "DELETE":
                assert row["new"] is None, key
                # The row as the database held it (the session may know less, never other).
                assert {c: row["old"].get(c, want["old"][c]) for c in want["old"]} == want["old"], key
                assert {"id", "code", "version"} <= set(row["old"]), key
            else:
                assert (row["old"], row["new"]) == (want["old"], want["new"]), key
            for values in (row["old"], row["new"]):
                for column in SENSITIVE_COLUMNS & set(values or {}):
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
    # Deleting employees is not part of org_edit: only the superuser does it here.
    run_changes(db, engine, role, head_office, data,
                may_delete_employees=role == (db.server.base.username or "postgres"))
