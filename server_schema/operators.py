"""Administering operators and profiles, and changing one's own password.

These run as the logged-in operator: creating and altering roles needs the
administrator's CREATEROLE and its ADMIN OPTION on the roles (through g_admin), so
an operator without them is refused by PostgreSQL itself (SQLSTATE 42501), whatever
the client does. Role changes are DDL and take no bind parameters: names are quoted
by psycopg, and passwords travel only as SCRAM verifiers made on the client."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import audit
from .errors import QT_TRANSLATE_NOOP, ConflictError, PermissionDenied, ValidationError
from .permissions import PERMISSION_NAMES, PROFILE_NAMES
from .pgroles import pg_auth_members, pg_roles
from .roles import RoleNames, normalise_code
from .security import Operator, Setting
from .setup import check_password, create_operator, scram_verifier


def role_names(session: Session) -> RoleNames:
    prefix = session.scalar(select(Setting.value).where(Setting.key == "role_prefix"))
    return RoleNames(str(prefix))


def _ddl(session: Session, statement: sql.Composable) -> None:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    try:
        driver.execute(statement)
    except Exception as error:  # psycopg errors: the SQLSTATE tells what happened
        if getattr(error, "sqlstate", None) == "42501":
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The database refused: your profile may not change this operator or "
                    "profile. (Administrators are managed by whoever created them.)",
                )
            ) from None
        raise


def _role(name: str) -> sql.Identifier:
    return sql.Identifier(name)


def operator_profiles(session: Session, role: str) -> set[str]:
    """The profiles granted directly to a login role."""
    names = role_names(session)
    member = select(pg_roles.c.oid).where(pg_roles.c.rolname == role).scalar_subquery()
    granted = session.execute(
        select(pg_roles.c.rolname)
        .join(pg_auth_members, pg_auth_members.c.roleid == pg_roles.c.oid)
        .where(pg_auth_members.c.member == member)
    ).scalars()
    return {p for p in (names.profile_of(r) for r in granted) if p is not None}


@dataclass(frozen=True)
class OperatorDetail:
    code: str
    role_name: str
    employee_id: int
    branch_id: int
    active: bool
    must_change_password: bool
    profiles: frozenset[str]
    version: int


def load_operator(session: Session, code: str) -> OperatorDetail:
    row = session.execute(select(Operator).where(Operator.code == normalise_code(code))).scalar()
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "No operator {code}."), code=code)
    return OperatorDetail(
        code=row.code, role_name=row.role_name, employee_id=row.employee_id,
        branch_id=row.branch_id, active=row.active,
        must_change_password=row.must_change_password,
        profiles=frozenset(operator_profiles(session, row.role_name)), version=row.version,
    )


def _check_profiles(profiles: Iterable[str]) -> list[str]:
    chosen = sorted(set(profiles))
    if not chosen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Give the operator at least one profile."),
            field="profiles",
        )
    unknown = set(chosen) - set(PROFILE_NAMES)
    if unknown:
        raise ValidationError("Unknown profile {names}.", names=", ".join(sorted(unknown)))
    return chosen


def add_operator(
    session: Session, *, code: str, password: str, employee_id: int, branch_id: int,
    profiles: Iterable[str],
) -> str:
    """A new operator who must choose their own password at first login."""
    chosen = _check_profiles(profiles)
    code = normalise_code(code)
    if session.scalar(select(Operator.id).where(Operator.code == code)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The operator code {code} is taken."),
            field="code", code=code)
    if session.scalar(select(Operator.code).where(Operator.employee_id == employee_id)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "This employee already has an operator."),
            field="employee")
    names = role_names(session)
    try:
        role = create_operator(
            session.connection(), names, code=code, password=password,
            employee_id=employee_id, branch_id=branch_id, profiles=chosen,
            must_change_password=True,
        )
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("DomainError", "Your profile may not create operators.")
            ) from None
        raise
    audit.record(session, audit.Action.INSERT, table="operator", key=code,
                 new={"role_name": role, "employee_id": employee_id, "branch_id": branch_id,
                      "profiles": chosen})
    return role


def update_operator(
    session: Session, code: str, *, branch_id: int, employee_id: int, active: bool,
    profiles: Iterable[str], version: int,
) -> None:
    """Change branch, employee, profiles and whether the operator may log in."""
    chosen = set(_check_profiles(profiles))
    names = role_names(session)
    operator = session.execute(
        select(Operator).where(Operator.code == normalise_code(code))
        .with_for_update().execution_options(populate_existing=True)
    ).scalar_one()
    if operator.version != version:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "DomainError", "Someone else changed operator {code} meanwhile; reopen it."),
            code=code)
    if operator.role_name == session.scalar(text("SELECT current_user")) and not active:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "You cannot disable yourself."))
    role = operator.role_name
    before = operator_profiles(session, role)
    was_admin, is_admin = "administrator" in before, "administrator" in chosen
    if is_admin and not was_admin:
        _ddl(session, sql.SQL("ALTER ROLE {} CREATEROLE").format(_role(role)))
    for profile in sorted(chosen - before):
        _ddl(session, sql.SQL("GRANT {} TO {}").format(_role(names.profile(profile)), _role(role)))
    if is_admin and not was_admin:
        # No membership cycles: it leaves g_admin's care and joins g_admin itself.
        _ddl(session, sql.SQL("REVOKE {} FROM {}").format(_role(role), _role(names.admin)))
        _ddl(session, sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(
            _role(names.admin), _role(role)))
    if was_admin and not is_admin:
        _ddl(session, sql.SQL("REVOKE {} FROM {}").format(_role(names.admin), _role(role)))
        _ddl(session, sql.SQL("ALTER ROLE {} NOCREATEROLE").format(_role(role)))
        _ddl(session, sql.SQL(
            "GRANT {} TO {} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE").format(
            _role(role), _role(names.admin)))
    for profile in sorted(before - chosen):
        _ddl(session, sql.SQL("REVOKE {} FROM {}").format(_role(names.profile(profile)), _role(role)))
    if active != operator.active:
        _ddl(session, sql.SQL("ALTER ROLE {} " + ("LOGIN" if active else "NOLOGIN")).format(
            _role(role)))
    operator.branch_id = branch_id
    operator.employee_id = employee_id
    operator.active = active
    operator.is_administrator = is_admin
    if before != chosen:
        audit.record(session, audit.Action.UPDATE, table="role", key=role,
                     old={"profiles": sorted(before)}, new={"profiles": sorted(chosen)})


def reset_password(session: Session, code: str, new_password: str) -> None:
    """An administrator sets a temporary password; the operator must change it at
    next login."""
    operator = session.execute(
        select(Operator).where(Operator.code == normalise_code(code))).scalar_one()
    check_password(operator.code, new_password)
    verifier = scram_verifier(session.connection(), operator.role_name, new_password)
    _ddl(session, sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        _role(operator.role_name), sql.Literal(verifier)))
    operator.must_change_password = True
    audit.record(session, audit.Action.PASSWORD_RESET, table="operator", key=operator.code)


def change_own_password(session: Session, new_password: str) -> None:
    """The logged-in operator's new password (its old one was checked by the caller,
    by logging in with it)."""
    operator = session.execute(
        select(Operator).where(Operator.role_name == text("current_user"))).scalar_one()
    check_password(operator.code, new_password)
    verifier = scram_verifier(session.connection(), operator.role_name, new_password)
    _ddl(session, sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(sql.Literal(verifier)))
    operator.must_change_password = False
    operator.password_changed_at = session.scalar(text("SELECT now()"))
    audit.record(session, audit.Action.PASSWORD_CHANGED, table="operator", key=operator.code)


def profile_matrix(session: Session) -> dict[str, set[str]]:
    """Which permissions each profile holds now (as granted in PostgreSQL)."""
    names = role_names(session)
    profile_role = pg_roles.alias("profile_role")
    rows = session.execute(
        select(profile_role.c.rolname, pg_roles.c.rolname)
        .select_from(pg_auth_members)
        .join(pg_roles, pg_roles.c.oid == pg_auth_members.c.roleid)
        .join(profile_role, profile_role.c.oid == pg_auth_members.c.member)
        .where(profile_role.c.rolname.in_([names.profile(p) for p in PROFILE_NAMES]))
    ).all()
    matrix: dict[str, set[str]] = {p: set() for p in PROFILE_NAMES}
    for profile_name, permission_name in rows:
        profile, permission = names.profile_of(profile_name), names.permission_of(permission_name)
        if profile in matrix and permission in PERMISSION_NAMES:
            matrix[profile].add(permission)
    return matrix


def set_profile_permissions(session: Session, profile: str, permissions: Iterable[str]) -> None:
    """Make a profile hold exactly these permissions."""
    if profile not in PROFILE_NAMES:
        raise ValidationError("Unknown profile {names}.", names=profile)
    wanted = set(permissions)
    unknown = wanted - set(PERMISSION_NAMES)
    if unknown:
        raise ValidationError("Unknown permission {names}.", names=", ".join(sorted(unknown)))
    names = role_names(session)
    current = profile_matrix(session)[profile]
    target = _role(names.profile(profile))
    for permission in sorted(wanted - current):
        _ddl(session, sql.SQL("GRANT {} TO {}").format(_role(names.permission(permission)), target))
    for permission in sorted(current - wanted):
        _ddl(session, sql.SQL("REVOKE {} FROM {}").format(_role(names.permission(permission)), target))
    if wanted != current:
        audit.record(session, audit.Action.UPDATE, table="role", key=names.profile(profile),
                     old={"permissions": sorted(current)}, new={"permissions": sorted(wanted)})
