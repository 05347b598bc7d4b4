"""Preparing and upgrading an Aftersales database on a PostgreSQL server.

Used by ``aftersales-admin`` and by the client's "This PC" first start. Every
function takes a SQLAlchemy connection of an administrator of the server (a
superuser, or a role with CREATEROLE that owns the database) and runs in the
caller's transaction, so a failed init leaves nothing behind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import Connection, text

from . import migrate
from .base import SCHEMA
from .errors import QT_TRANSLATE_NOOP, SetupError, ValidationError
from .grants import _q, apply_grants, ensure_roles
from .permissions import PERMISSIONS, PROFILE_NAMES, PROFILES
from .roles import RoleNames, default_prefix, normalise_code

# PostgreSQL 16 is the first release where CREATEROLE lets our administrator
# operator manage operators without superuser-like power.
MIN_SERVER_VERSION = 160000
MIN_PASSWORD_LENGTH = 8


def check_server(connection: Connection) -> int:
    version = int(connection.execute(text("SHOW server_version_num")).scalar_one())
    require_supported(version)
    return version


def require_supported(version_num: int) -> None:
    """Refuse servers older than PostgreSQL 16 (``server_version_num`` form)."""
    if version_num < MIN_SERVER_VERSION:
        raise SetupError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This server runs PostgreSQL {major}; Aftersales needs PostgreSQL 16 or newer "
                "(older servers let CREATEROLE grant almost any role).",
            ),
            major=version_num // 10000,
        )


def ensure_extensions(connection: Connection) -> None:
    """pg_trgm serves the full-field filters. It is a trusted extension: the database
    owner may create it; the schema owner role, which runs the migrations, may not."""
    connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public"))


def lock_public_schema(connection: Connection, names: RoleNames) -> None:
    """PUBLIC gets nothing in the public schema (it belongs to the database owner, so
    this runs as the caller). Our owner role keeps USAGE for pg_trgm's operator classes."""
    connection.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {_q(names.owner)}"))


def schema_exists(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text("SELECT to_regclass(:t) IS NOT NULL"), {"t": f"{SCHEMA}.alembic_version"}
        ).scalar_one()
    )


def check_password(code: str, password: str) -> None:
    """The password policy, checked before a verifier is computed."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A password has at least {n} characters."),
            field="password",
            n=MIN_PASSWORD_LENGTH,
        )
    if code.lower() in password.lower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A password must not contain the operator code."),
            field="password",
        )


def scram_verifier(connection: Connection, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed here by libpq so that the
    plain password never reaches the server or its logs."""
    pgconn = connection.connection.driver_connection.pgconn  # type: ignore[union-attr]
    return pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()


def stored_prefix(connection: Connection) -> str:
    value = connection.execute(
        text(f"SELECT value FROM {SCHEMA}.setting WHERE key = 'role_prefix'")
    ).scalar_one_or_none()
    if value is None:
        raise SetupError("This database has no role prefix recorded; it was not set up by init.")
    return str(value)


@dataclass(frozen=True)
class InitOptions:
    admin_password: str
    admin_code: str = "admin"
    admin_name: str = "系统管理员"
    branch_code: str = "HQ"
    branch_name: str = "总部"
    number_prefix: str = "HQ"
    role_prefix: str | None = None


def init_database(connection: Connection, options: InitOptions) -> RoleNames:
    """Create roles, schema and tables in an empty database, and the first administrator."""
    check_server(connection)
    if schema_exists(connection):
        raise SetupError(
            "This database already holds Aftersales; use 'aftersales-admin upgrade' instead."
        )
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    names = RoleNames(options.role_prefix or default_prefix(database))
    code = normalise_code(options.admin_code)
    check_password(code, options.admin_password)
    if not re.fullmatch(r"[A-Z]{1,4}", options.number_prefix):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A document number prefix is 1 to 4 capital letters."),
            field="number_prefix",
        )

    taken = connection.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": [names.owner, names.staff, names.admin, names.operator(code),
                   *(names.permission(p.name) for p in PERMISSIONS),
                   *(names.profile(p.name) for p in PROFILES)]},
    ).scalars().all()
    if taken:
        raise SetupError(
            "Roles {roles} exist already on this server: another database uses the same "
            "prefix. Choose another with --role-prefix.",
            roles=", ".join(taken),
        )

    is_superuser = connection.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar_one()
    connection.execute(text(f"CREATE ROLE {_q(names.owner)} NOLOGIN"))
    ensure_roles(connection, names)
    if not is_superuser:
        # A CREATEROLE administrator holds ADMIN on roles it created (PostgreSQL 16+),
        # but must be a member to create objects owned by the owner role.
        connection.execute(text(f"GRANT {_q(names.owner)} TO CURRENT_USER WITH SET TRUE"))

    connection.execute(text(f"CREATE SCHEMA {SCHEMA} AUTHORIZATION {_q(names.owner)}"))
    ensure_extensions(connection)
    connection.execute(text(f"REVOKE ALL ON DATABASE {_q(database)} FROM PUBLIC"))
    lock_public_schema(connection, names)
    connection.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {_q(database)} TO {_q(names.staff)}"))

    connection.execute(text(f"SET LOCAL ROLE {_q(names.owner)}"))
    migrate.upgrade(connection)
    apply_grants(connection, names)
    connection.execute(
        text(f"INSERT INTO {SCHEMA}.setting (key, value) VALUES ('role_prefix', :p)"),
        {"p": names.prefix},
    )
    branch_id = connection.execute(
        text(
            f"INSERT INTO {SCHEMA}.branch (code, name, number_prefix, is_head_office) "
            "VALUES (:code, :name, :prefix, true) RETURNING id"
        ),
        {"code": options.branch_code, "name": options.branch_name, "prefix": options.number_prefix},
    ).scalar_one()
    department_id = connection.execute(
        text(
            f"INSERT INTO {SCHEMA}.department (code, name, branch_id) "
            "VALUES ('ADMIN', '行政部', :b) RETURNING id"
        ),
        {"b": branch_id},
    ).scalar_one()
    employee_id = connection.execute(
        text(
            f"INSERT INTO {SCHEMA}.employee (code, name, department_id, post) "
            "VALUES (:code, :name, :d, '系统管理员') RETURNING id"
        ),
        {"code": code.upper(), "name": options.admin_name, "d": department_id},
    ).scalar_one()
    connection.execute(text("RESET ROLE"))

    create_operator(
        connection,
        names,
        code=code,
        password=options.admin_password,
        employee_id=employee_id,
        branch_id=branch_id,
        profiles=["administrator"],
    )
    return names


def create_operator(
    connection: Connection,
    names: RoleNames,
    *,
    code: str,
    password: str,
    employee_id: int,
    branch_id: int,
    profiles: list[str],
    must_change_password: bool = False,
) -> str:
    """Create the operator's LOGIN role (password as a SCRAM verifier) with its
    profiles, and its row. Runs as a superuser (init, demo data) or as an
    administrator operator (CREATEROLE, and ADMIN on the roles through g_admin)."""
    code = normalise_code(code)
    check_password(code, password)
    unknown = set(profiles) - set(PROFILE_NAMES)
    if unknown:
        raise ValidationError("Unknown profile {names}.", names=", ".join(sorted(unknown)))
    role = names.operator(code)
    administrator = "administrator" in profiles
    verifier = scram_verifier(connection, role, password)
    groups = [names.staff] + [names.profile(p) for p in profiles]
    options = "LOGIN CREATEROLE" if administrator else "LOGIN"
    # DDL takes no bind parameters: the verifier goes in as a literal quoted by psycopg.
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(
        sql.SQL("CREATE ROLE {} " + options + " PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(verifier))
    )
    # In g_admin's name, so that every administrator may revoke the profiles later.
    driver.execute(sql.SQL("GRANT {} TO {} GRANTED BY {}").format(
        sql.SQL(", ").join(sql.Identifier(g) for g in groups), sql.Identifier(role),
        sql.Identifier(names.admin)))
    if administrator:
        # An administrator acts through g_admin. PostgreSQL allows no membership
        # cycles, so another administrator cannot also manage this one through
        # g_admin: administrators are managed by their creator (or a superuser).
        connection.execute(text(f"GRANT {_q(names.admin)} TO {_q(role)} WITH ADMIN OPTION"))
    else:
        # Every administrator may manage this operator later, not only its creator.
        connection.execute(text(
            f"GRANT {_q(role)} TO {_q(names.admin)} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE"))
    connection.execute(
        text(
            f"INSERT INTO {SCHEMA}.operator "
            "(code, role_name, employee_id, branch_id, is_administrator, must_change_password) "
            "VALUES (:code, :role, :e, :b, :admin, :must)"
        ),
        {"code": code, "role": role, "e": employee_id, "b": branch_id, "admin": administrator,
         "must": must_change_password},
    )
    return role


def upgrade_database(connection: Connection) -> tuple[str | None, str]:
    """Bring the schema to the head revision and re-apply grants. Idempotent.
    Returns (revision before, revision after)."""
    check_server(connection)
    if not schema_exists(connection):
        raise SetupError("This database holds no Aftersales schema; run 'aftersales-admin init'.")
    before = migrate.current_revision(connection)
    if before is not None and before not in migrate.known_revisions():
        raise SetupError(
            "The database is at revision {revision}, newer than this program knows; "
            "upgrade Aftersales itself first.",
            revision=before,
        )
    owner = connection.execute(
        text("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = :s"), {"s": SCHEMA}
    ).scalar_one()
    connection.execute(text(f"SET LOCAL ROLE {owner}"))
    names = RoleNames(stored_prefix(connection))
    connection.execute(text("RESET ROLE"))
    ensure_roles(connection, names)
    ensure_extensions(connection)
    lock_public_schema(connection, names)
    connection.execute(text(f"SET LOCAL ROLE {owner}"))
    migrate.upgrade(connection)
    apply_grants(connection, names)
    connection.execute(text("RESET ROLE"))
    return before, migrate.current_revision(connection) or ""
