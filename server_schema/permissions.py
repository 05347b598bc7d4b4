"""The permission model, as data: permission roles, what each may do on which table
(and column), and the profiles made of them.

Everything here becomes PostgreSQL roles and GRANTs (see ``grants.py``): the database
enforces it against any client, and the client shows menus and actions from the same
facts (``pg_has_role``). Each later module adds its tables and permissions here in the
change that adds its migration.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TableGrant:
    table: str
    privileges: tuple[str, ...]
    # Column-level grant (None: the whole table).
    columns: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Permission:
    name: str  # the role is <prefix>p_<name>
    title: str  # marked for translation in context "Permission"
    grants: tuple[TableGrant, ...] = ()
    # Sensitive-field kind this permission reveals, if any.
    reveals: str | None = None


# Columns nobody reads without the matching reveal permission: kind -> table.columns.
SENSITIVE: dict[str, tuple[tuple[str, str], ...]] = {
    "phone": (("employee", "phone"),),
    "salary": (("employee", "post_salary"),),
}


def _columns_except(table: str, all_columns: tuple[str, ...]) -> tuple[str, ...]:
    hidden = {column for pairs in SENSITIVE.values() for t, column in pairs if t == table}
    return tuple(c for c in all_columns if c not in hidden)


EMPLOYEE_COLUMNS = (
    "id", "code", "name", "department_id", "post", "skill_grade", "post_salary", "phone",
    "address", "is_engineer", "active", "created_at", "updated_at", "version",
)

# What every operator may do (the group role <prefix>g_staff).
STAFF: tuple[TableGrant, ...] = (
    TableGrant("alembic_version", ("SELECT",)),
    TableGrant("setting", ("SELECT",)),
    TableGrant("branch", ("SELECT",)),
    TableGrant("department", ("SELECT",)),
    TableGrant("employee", ("SELECT",), _columns_except("employee", EMPLOYEE_COLUMNS)),
    TableGrant("operator", ("SELECT",)),
    # Operators clear their own "must change password" flag (row-level policy: own row).
    TableGrant("operator", ("UPDATE",),
               ("must_change_password", "password_changed_at", "updated_at", "version")),
    # The audit log takes rows from everyone (policy: as themselves) and shows them to
    # nobody but holders of audit_read.
    # Time, actor, client address and application always come from server defaults.
    TableGrant("audit_event", ("INSERT",),
               ("id", "branch_id", "action", "table_name", "row_key", "old", "new",
                "app_version", "note")),
)

PERMISSIONS: tuple[Permission, ...] = (
    Permission(
        "org_edit",
        QT_TRANSLATE_NOOP("Permission", "Edit branches, departments and employees"),
        (
            TableGrant("branch", ("INSERT", "UPDATE")),
            TableGrant("department", ("INSERT", "UPDATE", "DELETE")),
            TableGrant("employee", ("INSERT",)),
            TableGrant("employee", ("UPDATE",), _columns_except("employee", EMPLOYEE_COLUMNS)
                       + ("phone",)),
        ),
    ),
    Permission(
        "reveal_phone",
        QT_TRANSLATE_NOOP("Permission", "Show phone numbers"),
        (TableGrant("employee", ("SELECT",), ("phone",)),),
        reveals="phone",
    ),
    Permission(
        "reveal_salary",
        QT_TRANSLATE_NOOP("Permission", "Show and change salaries"),
        (TableGrant("employee", ("SELECT", "UPDATE"), ("post_salary",)),),
        reveals="salary",
    ),
    Permission(
        "all_branches",
        QT_TRANSLATE_NOOP("Permission", "Work with every branch's records"),
    ),
    Permission(
        "audit_read",
        QT_TRANSLATE_NOOP("Permission", "Read the audit log"),
        (TableGrant("audit_event", ("SELECT",)),),
    ),
    Permission(
        "operator_admin",
        QT_TRANSLATE_NOOP("Permission", "Administer operators and profiles"),
        (TableGrant("operator", ("INSERT", "UPDATE")),),
    ),
)

PERMISSION_NAMES = tuple(p.name for p in PERMISSIONS)


@dataclass(frozen=True)
class Profile:
    name: str  # the role is <prefix>r_<name>
    title: str
    permissions: tuple[str, ...] = field(default=())


# The profiles a new database starts with; administrators change them later.
PROFILES: tuple[Profile, ...] = (
    Profile("clerk", QT_TRANSLATE_NOOP("Profile", "Counter clerk"), ("reveal_phone",)),
    Profile("dispatcher", QT_TRANSLATE_NOOP("Profile", "Dispatcher"), ("reveal_phone",)),
    Profile("engineer", QT_TRANSLATE_NOOP("Profile", "Engineer"), ()),
    Profile("warehouse", QT_TRANSLATE_NOOP("Profile", "Warehouse keeper"), ()),
    Profile("finance", QT_TRANSLATE_NOOP("Profile", "Finance"),
            ("reveal_phone", "reveal_salary", "all_branches")),
    Profile("manager", QT_TRANSLATE_NOOP("Profile", "Manager"),
            ("org_edit", "reveal_phone", "reveal_salary", "all_branches", "audit_read")),
    Profile("administrator", QT_TRANSLATE_NOOP("Profile", "Administrator"), PERMISSION_NAMES),
)

PROFILE_NAMES = tuple(p.name for p in PROFILES)


def permission(name: str) -> Permission:
    for p in PERMISSIONS:
        if p.name == name:
            return p
    raise KeyError(name)


def reveal_permission(kind: str) -> str:
    """The permission that reveals a kind of sensitive field."""
    for p in PERMISSIONS:
        if p.reveals == kind:
            return p.name
    raise KeyError(kind)
