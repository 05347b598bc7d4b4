"""Turn the permission model (``permissions.py``) into PostgreSQL roles, GRANTs and
row-level security policies.

Applied by ``aftersales-admin init`` and ``upgrade`` after the migrations; every step
is idempotent. Role creation needs CREATEROLE and runs as the caller; grants and
policies run as the schema owner.
"""
from __future__ import annotations

from sqlalchemy import Connection, text

from .base import SCHEMA
from .permissions import EDITABLE_SETTINGS, PERMISSIONS, PROFILES, STAFF, STAFF_FUNCTIONS, TableGrant
from .roles import RoleNames


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _existing(connection: Connection, names: list[str]) -> set[str]:
    return set(connection.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"), {"n": names}
    ).scalars())


def ensure_roles(connection: Connection, names: RoleNames) -> list[str]:
    """Create the group, permission and profile roles that are missing. A permission
    that is new gets granted to the profiles that include it by default; profiles an
    administrator has edited keep their edits. Returns the roles created."""
    wanted = [names.staff, names.admin]
    wanted += [names.permission(p.name) for p in PERMISSIONS]
    wanted += [names.profile(p.name) for p in PROFILES]
    have = _existing(connection, wanted)
    created = [role for role in wanted if role not in have]
    for role in created:
        connection.execute(text(f"CREATE ROLE {_q(role)} NOLOGIN"))
    new = set(created)
    # Administrators administer every group, profile and permission role through
    # g_admin, without gaining their privileges by that (INHERIT FALSE, SET FALSE).
    for role in wanted[2:] + [names.staff]:
        connection.execute(text(
            f"GRANT {_q(role)} TO {_q(names.admin)} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE"))
    for profile in PROFILES:
        profile_role = names.profile(profile.name)
        for permission in profile.permissions:
            permission_role = names.permission(permission)
            if profile_role in new or permission_role in new:
                # Granted in g_admin's name, so that any administrator may revoke it later
                # (PostgreSQL lets only the grantor, or its members, revoke a grant).
                connection.execute(text(f"GRANT {_q(permission_role)} TO {_q(profile_role)} "
                                        f"GRANTED BY {_q(names.admin)}"))
    return created


def _grant(grant: TableGrant, role: str) -> str:
    privileges = ", ".join(
        f"{p} ({', '.join(grant.columns)})" if grant.columns else p for p in grant.privileges
    )
    return f"GRANT {privileges} ON {SCHEMA}.{grant.table} TO {_q(role)}"


def grant_statements(names: RoleNames) -> list[str]:
    roles = [names.staff] + [names.permission(p.name) for p in PERMISSIONS]
    quoted = ", ".join(_q(r) for r in roles)
    statements = [
        f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {_q(names.owner)} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM PUBLIC, {quoted}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {SCHEMA} FROM PUBLIC, {quoted}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {_q(names.staff)}",
    ]
    statements += [_grant(g, names.staff) for g in STAFF]
    statements += [f"GRANT EXECUTE ON FUNCTION {SCHEMA}.{f} TO {_q(names.staff)}"
                   for f in STAFF_FUNCTIONS]
    for permission in PERMISSIONS:
        role = names.permission(permission.name)
        statements += [_grant(g, role) for g in permission.grants]
        if any("INSERT" in g.privileges for g in permission.grants):
            statements.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {SCHEMA} TO {_q(role)}")
    return statements


def policy_statements(names: RoleNames) -> list[str]:
    """Row-level security: branch scoping, own-row updates, an INSERT-only audit log."""
    staff = _q(names.staff)
    my_branch = (f"(SELECT o.branch_id FROM {SCHEMA}.operator o "
                 "WHERE o.role_name = current_user)")
    all_branches = f"pg_has_role(current_user, '{names.permission('all_branches')}', 'USAGE')"

    def scope(column: str) -> str:
        return f"({all_branches} OR {column} = {my_branch})"

    org_edit = _q(names.permission("org_edit"))

    def roles(*permissions: str) -> str:
        return ", ".join(_q(names.permission(p)) for p in permissions)

    editable_setting = "key IN (" + ", ".join(f"'{k}'" for k in EDITABLE_SETTINGS) + ")"

    # Stock: a slip belongs to its warehouse's branch; a transfer is seen at both ends
    # but changed only at its source. Lines follow their slip: read through the slip's
    # own policy; written through a function (migration 0007) because a new slip and
    # its lines come in one statement, whose snapshot does not show the slip yet.
    slip_seen = f"({scope('branch_id')} OR (to_branch_id IS NOT NULL AND {scope('to_branch_id')}))"
    line_writable = f"{SCHEMA}.stock_slip_in_scope(slip_id)"
    policies = {
        "operator": [
            ("operator_read", "SELECT", staff, "true", None),
            ("operator_own_row", "UPDATE", staff, "role_name = current_user",
             "role_name = current_user"),
            ("operator_admin", "ALL", _q(names.permission("operator_admin")), "true", "true"),
        ],
        "branch": [
            ("branch_read", "SELECT", staff, "true", None),
            ("branch_edit", "ALL", org_edit, scope("id"), scope("id")),
        ],
        "department": [
            ("department_read", "SELECT", staff, "true", None),
            ("department_edit", "ALL", org_edit, scope("branch_id"), scope("branch_id")),
        ],
        "employee": [
            ("employee_read", "SELECT", staff, "true", None),
            ("employee_edit", "ALL", org_edit, *(
                [f"EXISTS (SELECT 1 FROM {SCHEMA}.department d WHERE d.id = department_id "
                 f"AND {scope('d.branch_id')})"] * 2)),
        ],
        "audit_event": [
            ("audit_insert", "INSERT", staff, None,
             "actor = current_user AND client_addr IS NOT DISTINCT FROM inet_client_addr() "
             "AND application = current_setting('application_name') "
             f"AND branch_id IS NOT DISTINCT FROM {my_branch}"),
            ("audit_read", "SELECT", _q(names.permission("audit_read")), scope("branch_id"), None),
        ],
        "stock_slip": [
            ("stock_slip_read", "SELECT", staff, slip_seen, None),
            ("stock_slip_insert", "INSERT", roles("stock_edit", "stock_correct"), None,
             scope("branch_id")),
            ("stock_slip_update", "UPDATE",
             roles("stock_edit", "stock_approve", "stock_post"),
             scope("branch_id"), scope("branch_id")),
        ],
        "stock_slip_line": [
            ("stock_slip_line_read", "SELECT", staff,
             f"EXISTS (SELECT 1 FROM {SCHEMA}.stock_slip s WHERE s.id = slip_id)", None),
            ("stock_slip_line_insert", "INSERT", roles("stock_edit", "stock_correct"), None,
             line_writable),
            ("stock_slip_line_update", "UPDATE", roles("stock_edit"), line_writable, line_writable),
            ("stock_slip_line_delete", "DELETE", roles("stock_edit"), line_writable, None),
        ],
        "stock_level": [
            ("stock_level_read", "SELECT", staff,
             f"EXISTS (SELECT 1 FROM {SCHEMA}.warehouse w WHERE w.id = warehouse_id "
             f"AND {scope('w.branch_id')})", None),
        ],
        "stock_move": [
            ("stock_move_read", "SELECT", staff, scope("branch_id"), None),
        ],
        # Settings: everyone reads them; editors of basic settings change only the
        # front desk's (never the role prefix).
        "setting": [
            ("setting_read", "SELECT", staff, "true", None),
            ("setting_edit", "ALL", roles("settings_edit"), editable_setting, editable_setting),
        ],
    }
    # The front desk's documents belong to a branch: an order's, or (children) the one
    # the database copies from their order or pre-order before the row is checked.
    branch = scope("branch_id")
    documents: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
        "service_order": (("INSERT", ("order_edit",)),
                          ("UPDATE", ("order_edit", "order_repair", "order_cancel"))),
        "order_event": (),
        "order_part_line": (("INSERT", ("order_repair",)), ("UPDATE", ("order_repair",)),
                            ("DELETE", ("order_repair",))),
        "payment": (("INSERT", ("order_edit",)),),
        "receivable": (),
        "notification": (("INSERT", ("order_edit",)),),
        "order_print": (("INSERT", ()), ("UPDATE", ())),
        "parts_preorder": (("INSERT", ("order_edit",)), ("UPDATE", ("order_edit",))),
        "dispatch": (("INSERT", ("dispatch_edit",)), ("UPDATE", ("dispatch_edit",))),
        "dispatch_share": (("INSERT", ("dispatch_edit",)), ("UPDATE", ("dispatch_edit",)),
                           ("DELETE", ("dispatch_edit",))),
        "dispatch_removed_part": (("INSERT", ("dispatch_edit",)),),
    }
    for table, writes in documents.items():
        rules = [(f"{table}_read", "SELECT", staff, branch, None)]
        for command, permissions in writes:
            role = roles(*permissions) if permissions else staff
            rules.append((f"{table}_{command.lower()}", command, role,
                          None if command == "INSERT" else branch,
                          None if command == "DELETE" else branch))
        policies[table] = rules
    # Dispatchers write the part lines of dispatch slips only (the workshop's are
    # order_repair's).
    requisition = f"dispatch_id IS NOT NULL AND {branch}"
    policies["order_part_line"] += [
        (f"order_part_line_dispatch_{command.lower()}", command, roles("dispatch_edit"),
         None if command == "INSERT" else requisition, None if command == "DELETE" else requisition)
        for command in ("INSERT", "UPDATE", "DELETE")]
    statements = [f"GRANT EXECUTE ON FUNCTION {SCHEMA}.stock_slip_in_scope(integer) TO {staff}"]
    for table, rules in policies.items():
        statements.append(f"ALTER TABLE {SCHEMA}.{table} ENABLE ROW LEVEL SECURITY")
        existing = f"{SCHEMA}.{table}"
        for name, command, role, using, check in rules:
            statements.append(f"DROP POLICY IF EXISTS {name} ON {existing}")
            sql = f"CREATE POLICY {name} ON {existing} FOR {command} TO {role}"
            if using is not None:
                sql += f" USING ({using})"
            if check is not None:
                sql += f" WITH CHECK ({check})"
            statements.append(sql)
    return statements


def apply_grants(connection: Connection, names: RoleNames) -> None:
    """Grants and policies; run as the schema owner."""
    for statement in grant_statements(names) + policy_statements(names):
        connection.execute(text(statement))
