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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from client import __version__ as client_version
from client.connection import APPLICATION_NAME, Profile, login
from server_schema import audit
from server_schema.base import SCHEMA
from server_schema.errors import DomainError
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
    committed: dict[str, Any]  # the values as the database holds them
    version: int = 1


@dataclass
class Flush:
    """What one flush should log, keyed by (table, object)."""

    inserted: list[Tracked] = field(default_factory=list)
    updated: dict[int, Tracked] = field(default_factory=dict)
    deleted: list[Tracked] = field(default_factory=list)


def _run_audit_property(
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
    counter = iter(range(10_000))
    expected_by_flush: list[tuple[str, Flush]] = []
    with sessions() as session:
        for step in range(data.draw(st.integers(1, 5), label="flushes")):
            version = f"{tag}-{step}"
            session.info["app_version"] = version
            flush = Flush()
            touched: set[int] = set()
            for _ in range(data.draw(st.integers(1, 4), label="changes")):
                committed_d = [t for t in departments if id(t) not in touched]
                committed_e = [t for t in employees if id(t) not in touched]
                choices = ["new_department", "new_employee"]
                if departments:
                    choices.append("update_department")
                if employees:
                    choices.append("update_employee")
                empty = [t for t in committed_d
                         if not any(e.obj.department_id == t.obj.id for e in employees)
                         and not any(e.obj.department is t.obj for e in flush.inserted
                                     if e.table == "employee")]
                if empty:
                    choices.append("delete_department")
                if may_delete_employees and committed_e:
                    choices.append("delete_employee")
                kind = data.draw(st.sampled_from(choices), label="change")
                n = next(counter)
                if kind == "new_department":
                    values = {"code": f"T{tag}{n:03d}", "name": data.draw(st.sampled_from(
                        DEPARTMENT_NAMES)), "branch_id": branch_id}
                    obj = Department(**values)
                    session.add(obj)
                    flush.inserted.append(Tracked("department", obj, values))
                elif kind == "new_employee":
                    targets = [fixed_department] + [t.obj for t in departments]
                    target = data.draw(st.sampled_from(targets), label="department")
                    values = {"code": f"E{tag}{n:03d}",
                              **{c: data.draw(st.sampled_from(options), label=c)
                                 for c, options in EDITABLE["employee"].items()}}
                    obj = Employee(**values)
                    if isinstance(target, int):
                        obj.department_id = target
                        values["department_id"] = target
                    else:
                        obj.department = target  # may be inserted in this same flush
                    session.add(obj)
                    flush.inserted.append(Tracked("employee", obj, values))
                elif kind.startswith("update_"):
                    table = kind.removeprefix("update_")
                    pool = departments if table == "department" else employees
                    tracked = data.draw(st.sampled_from(pool), label="target")
                    column = data.draw(st.sampled_from(sorted(EDITABLE[table])), label="column")
                    value = data.draw(st.sampled_from(EDITABLE[table][column]), label="value")
                    setattr(tracked.obj, column, value)
                    flush.updated[id(tracked)] = tracked
                    touched.add(id(tracked))
                else:
                    table = kind.removeprefix("delete_")
                    pool = empty if table == "department" else committed_e
                    tracked = data.draw(st.sampled_from(pool), label="target")
                    session.delete(tracked.obj)
                    flush.deleted.append(tracked)
                    touched.add(id(tracked))
                    (departments if table == "department" else employees).remove(tracked)
            # What the flush must log, computed before it runs (the objects' state).
            expected = _expected_rows(flush)
            session.commit()
            for row in expected:
                if row["action"] == "INSERT":
                    row["row_key"] = str(row.pop("_obj").id)
                    row["new"] = {**row["new"], "id": int(row["row_key"])}
            for tracked in flush.inserted:
                tracked.committed["id"] = tracked.obj.id
                if tracked.table == "employee":
                    tracked.committed["department_id"] = tracked.obj.department_id
                (departments if tracked.table == "department" else employees).append(tracked)
            for tracked in flush.updated.values():
                if any(r["action"] == "UPDATE" and r["row_key"] == str(tracked.obj.id)
                       and r["table_name"] == tracked.table for r in expected):
                    tracked.version += 1
                for column in EDITABLE[tracked.table]:
                    tracked.committed[column] = getattr(tracked.obj, column)
            expected_by_flush.append((version, expected))

    # Every flush logged exactly its changes.
    for version, expected in expected_by_flush:
        got = audit_rows(db, "app_version = :v", {"v": version})
        for row in got:
            assert row["actor"] == role
            assert row["branch_id"] == branch_id
        key = lambda r: (r["table_name"], r["row_key"], r["action"])  # noqa: E731
        got_by_key = {key(r): r for r in got}
        assert len(got_by_key) == len(got), f"two rows for one object in one flush: {got}"
        want_by_key = {key(r): r for r in expected}
        assert set(got_by_key) == set(want_by_key), version
        for k, want in want_by_key.items():
            row = got_by_key[k]
            if want["action"] == "DELETE":
                assert row["new"] is None
                # Everything the session knew of the row, as the database held it.
                subset = {c: row["old"].get(c) for c in want["old"]}
                assert subset == want["old"], k
            else:
                assert row["old"] == want["old"], k
                assert row["new"] == want["new"], k
            for values in (row["old"], row["new"]):
                for column in SENSITIVE_COLUMNS & set(values or {}):
                    assert values[column] in (MASK, None), (k, column)

    # And the database holds what the model says.
    engine_su = db.superuser_engine()
    try:
        with engine_su.connect() as conn:
            for tracked in departments:
                name = conn.execute(select(Department.name).where(
                    Department.id == tracked.committed["id"])).scalar_one()
                assert name == tracked.committed["name"]
            for tracked in employees:
                row = conn.execute(select(Employee.name, Employee.post, Employee.skill_grade,
                                          Employee.phone, Employee.post_salary, Employee.version)
                                   .where(Employee.id == tracked.committed["id"])).one()
                assert tuple(row) == tuple(tracked.committed[c] for c in (
                    "name", "post", "skill_grade", "phone", "post_salary")) + (tracked.version,)
    finally:
        engine_su.dispose()


def _expected_rows(flush: Flush) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for tracked in flush.inserted:
        values = {k: v for k, v in tracked.committed.items() if v is not None}
        if tracked.table == "employee" and "department_id" not in values:
            values["department_id"] = None  # filled in after the flush
        rows.append({"action": "INSERT", "table_name": tracked.table, "_obj": tracked.obj,
                     "old": None, "new": values, "_tracked": tracked})
    for tracked in flush.updated.values():
        old, new = {}, {}
        for column in EDITABLE[tracked.table]:
            now = getattr(tracked.obj, column)
            if now != tracked.committed[column]:
                old[column], new[column] = tracked.committed[column], now
        if new:
            rows.append({"action": "UPDATE", "table_name": tracked.table,
                         "row_key": str(tracked.obj.id),
                         "old": masked(tracked.table, old), "new": masked(tracked.table, new)})
    for tracked in flush.deleted:
        rows.append({"action": "DELETE", "table_name": tracked.table,
                     "row_key": str(tracked.obj.id), "new": None,
                     "old": masked(tracked.table, {**tracked.committed,
                                                   "version": tracked.version})})
    return rows


def _finish_insert_rows(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if row["action"] != "INSERT":
            continue
        tracked: Tracked = row.pop("_tracked")
        values = dict(row["new"])
        if tracked.table == "employee":
            values["department_id"] = tracked.obj.department_id
        values["id"] = tracked.obj.id
        values["version"] = 1
        row["new"] = masked(tracked.table, values)
        row["row_key"] = str(tracked.obj.id)
        row.pop("_obj", None)
