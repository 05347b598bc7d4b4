"""What a freshly connected operator's session is: checked once after login."""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError

from . import migrate
from .base import SCHEMA
from .errors import QT_TRANSLATE_NOOP, SetupError
from .org import Branch, Employee
from .pgroles import granted_names, pg_roles
from .roles import PERMISSION_INFIX, PROFILE_INFIX
from .security import Operator, Setting


class SchemaMissing(SetupError):
    """The database has no Aftersales schema (or this role may not see it)."""


class SchemaTooOld(SetupError):
    """The database needs ``aftersales-admin upgrade`` before this client can use it."""


class SchemaTooNew(SetupError):
    """The database was upgraded by a newer Aftersales; this client must be updated."""


class NotAnOperator(SetupError):
    """The login role is not linked to an active operator of this database."""


@dataclass(frozen=True)
class SessionInfo:
    operator_id: int
    operator_code: str
    role_name: str
    employee_name: str
    branch_id: int
    branch_code: str
    branch_name: str
    is_administrator: bool
    database: str
    server_version: str
    schema_revision: str
    role_prefix: str = ""
    # Permission names (``permissions.PERMISSIONS``) the operator holds, from
    # ``pg_has_role``: the same facts the database enforces.
    permissions: frozenset[str] = frozenset()
    profiles: tuple[str, ...] = ()
    must_change_password: bool = False

    def may(self, permission: str) -> bool:
        return permission in self.permissions


def check_schema(connection: Connection) -> str:
    """The database's schema revision, if this client can work with it."""
    visible = connection.execute(
        text("SELECT has_schema_privilege(current_user, n.oid, 'USAGE') "
             "FROM pg_namespace n WHERE n.nspname = :s"),
        {"s": SCHEMA},
    ).scalar()
    if not visible:
        raise SchemaMissing(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Database {database} holds no Aftersales data. Ask your administrator to "
                "prepare it with 'aftersales-admin init', or choose another connection.",
            ),
            database=connection.execute(text("SELECT current_database()")).scalar_one(),
        )
    revision = migrate.current_revision(connection)
    head = migrate.head_revision()
    if revision == head:
        return revision
    if revision is not None and revision not in migrate.known_revisions():
        raise SchemaTooNew(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The database was upgraded by a newer Aftersales (schema {revision}). "
                "Install the new version of this program.",
            ),
            revision=revision,
        )
    raise SchemaTooOld(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The database has an older schema ({revision}; this program needs {head}). "
            "Ask your administrator to run 'aftersales-admin upgrade'.",
        ),
        revision=revision or "-",
        head=head,
    )


def describe_session(connection: Connection) -> SessionInfo:
    """Find the operator behind ``current_user``, with the permissions and profiles it
    holds and the schema revision: one round trip when all is well. When the query
    fails, or the revision is not this program's, ``check_schema`` says what is wrong."""
    try:
        # A savepoint (if in a transaction) keeps the connection usable for the
        # diagnosis after a failure.
        with connection.begin_nested() if connection.in_transaction() else nullcontext():
            row = _describe(connection)
    except DBAPIError:
        check_schema(connection)
        raise
    revision = row.revision if row is not None else None
    if revision != migrate.head_revision():
        check_schema(connection)
    if row is None or not row.active:
        raise NotAnOperator(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This login is not an active operator of this database. Ask your "
                "administrator to check the operator and the connection's role prefix.",
            )
        )
    return SessionInfo(
        operator_id=row.id,
        operator_code=row.code,
        role_name=row.role_name,
        employee_name=row.employee_name,
        branch_id=row.branch_id,
        branch_code=row.branch_code,
        branch_name=row.branch_name,
        is_administrator=row.is_administrator,
        database=row.database,
        server_version=row.server_version,
        schema_revision=row.revision,
        role_prefix=row.role_prefix or "",
        permissions=frozenset(row.permissions or ()),
        profiles=tuple(sorted(row.profiles or ())),
        must_change_password=row.must_change_password,
    )


def _describe(connection: Connection) -> Any:
    prefix = select(Setting.value).where(Setting.key == "role_prefix").scalar_subquery()
    revision = text(f"(SELECT version_num FROM {SCHEMA}.alembic_version) AS revision")
    return connection.execute(
        select(
            Operator.id, Operator.code, Operator.role_name, Operator.is_administrator,
            Operator.active, Employee.name.label("employee_name"),
            Branch.id.label("branch_id"), Branch.code.label("branch_code"),
            Branch.name.label("branch_name"),
            Operator.must_change_password,
            text("current_database() AS database"),
            text("current_setting('server_version') AS server_version"),
            revision,
            prefix.label("role_prefix"),
            _held(prefix, PERMISSION_INFIX, "USAGE").label("permissions"),
            _profiles(prefix).label("profiles"),
        )
        .join(Employee, Employee.id == Operator.employee_id)
        .join(Branch, Branch.id == Operator.branch_id)
        .where(Operator.role_name == text("current_user"))
    ).first()


def _held(prefix: Any, infix: str, how: str) -> Any:
    """Names (without prefix) of this database's roles of one kind whose privileges
    the current user has, by any path of grants."""
    head = func.concat(prefix, infix)
    return (
        select(func.array_agg(func.substr(pg_roles.c.rolname, func.length(head) + 1)))
        .where(
            func.starts_with(pg_roles.c.rolname, head),
            func.pg_has_role(text("current_user"), pg_roles.c.oid, how),
        )
        .scalar_subquery()
    )


def _profiles(prefix: Any) -> Any:
    """The profiles granted to the current user itself (not those an administrator
    merely administers)."""
    return granted_names(text("current_user"), func.concat(prefix, PROFILE_INFIX))
