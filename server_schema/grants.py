"""Which group role may do what on which table.

Applied by ``aftersales-admin init`` and ``upgrade`` after the migrations, as the
schema owner; GRANT is idempotent, so applying twice changes nothing. Each new table
adds its line here in the same change that adds its migration.
"""
from __future__ import annotations

from sqlalchemy import Connection, text

from .base import SCHEMA
from .roles import RoleNames

#: Every operator reads these (reference data the client loads after login).
STAFF_SELECT = ("alembic_version", "branch", "department", "employee", "operator", "setting")

#: What the administrator profile may change.
ADMIN_WRITE: dict[str, str] = {
    "branch": "INSERT, UPDATE",
    "department": "INSERT, UPDATE, DELETE",
    "employee": "INSERT, UPDATE",
    "operator": "INSERT, UPDATE",
    "setting": "INSERT, UPDATE",
}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def grant_statements(names: RoleNames) -> list[str]:
    staff, admin = _q(names.staff), _q(names.admin)
    statements = [
        f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {staff}",
    ]
    statements += [f"GRANT SELECT ON {SCHEMA}.{table} TO {staff}" for table in STAFF_SELECT]
    statements += [
        f"GRANT {privileges} ON {SCHEMA}.{table} TO {admin}"
        for table, privileges in ADMIN_WRITE.items()
    ]
    statements.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {SCHEMA} TO {admin}")
    return statements


def apply_grants(connection: Connection, names: RoleNames) -> None:
    for statement in grant_statements(names):
        connection.execute(text(statement))
