"""``aftersales-admin check``: inspect a server and list what is unsafe for a shop
whose clients connect straight to PostgreSQL."""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from .base import SCHEMA

CRITICAL, WARNING, NOTE = "critical", "warning", "note"


@dataclass(frozen=True)
class Finding:
    severity: str
    message: str

    def __str__(self) -> str:
        return f"[{self.severity}] {self.message}"


def _is_local(address: str | None) -> bool:
    if address in (None, "", "samehost", "localhost"):
        return address not in (None, "")  # an empty address on a host line means 'all'
    try:
        return ipaddress.ip_network(address, strict=False).is_loopback
    except ValueError:
        return False


def hba_findings(rules: Iterable[Any]) -> list[Finding]:
    """Judge pg_hba rules (rows with type, database, user_name, address, auth_method)."""
    found = []
    for rule in rules:
        kind, method = rule.type, rule.auth_method
        where = f"line {getattr(rule, 'line_number', '?')}: {kind} {rule.address or ''}".strip()
        if kind == "local":
            if method == "trust":
                found.append(Finding(WARNING, f"pg_hba {where}: local connections need no password (trust)"))
            continue
        remote = not _is_local(rule.address)
        if method == "reject":
            continue
        if method == "trust":
            found.append(Finding(CRITICAL, f"pg_hba {where}: connections need no password (trust)"))
        if method in ("md5", "password"):
            found.append(Finding(CRITICAL if method == "password" else WARNING,
                                 f"pg_hba {where}: {method} authentication; use scram-sha-256"))
        if remote and kind in ("host", "hostnossl"):
            found.append(Finding(CRITICAL, f"pg_hba {where}: remote connections allowed without "
                                           "TLS; use hostssl"))
    return found


def _settings(connection: Connection) -> dict[str, str]:
    return dict(connection.execute(text("SELECT name, setting FROM pg_settings")).all())


def run_checks(connection: Connection) -> list[Finding]:
    found: list[Finding] = []
    settings = _settings(connection)
    for name in ("fsync", "full_page_writes"):
        if settings.get(name) == "off":
            found.append(Finding(CRITICAL, f"{name} is off: a power cut can corrupt the database"))
    if settings.get("idle_in_transaction_session_timeout", "0") == "0":
        found.append(Finding(WARNING, "idle_in_transaction_session_timeout is not set: a client "
                                      "that vanishes mid-transaction holds its locks"))
    preload = settings.get("shared_preload_libraries", "")
    if "auth_delay" not in preload or settings.get("auth_delay.milliseconds", "0") in ("0", ""):
        found.append(Finding(WARNING, "auth_delay is not loaded: password guessing is not slowed "
                                      "down (shared_preload_libraries = 'auth_delay', "
                                      "auth_delay.milliseconds = 500)"))
    if settings.get("password_encryption") != "scram-sha-256":
        found.append(Finding(CRITICAL, "password_encryption is not scram-sha-256"))
    local_only = ("localhost", "127.0.0.1", "::1", "")
    listens_remotely = settings.get("listen_addresses", "localhost") not in local_only
    if listens_remotely and settings.get("ssl") != "on":
        found.append(Finding(CRITICAL, "the server listens on the network but ssl is off"))

    try:
        rules = connection.execute(text(
            "SELECT line_number, type, database, user_name, address, auth_method "
            "FROM pg_hba_file_rules WHERE error IS NULL")).all()
        found += hba_findings(rules)
    except DBAPIError:
        connection.rollback()
        found.append(Finding(NOTE, "pg_hba rules could not be read (run check as a superuser)"))
    try:
        md5 = connection.execute(text(
            "SELECT rolname FROM pg_authid WHERE rolpassword LIKE 'md5%' ORDER BY 1")).scalars().all()
        if md5:
            found.append(Finding(WARNING, "roles with md5 passwords (reset them to get SCRAM): "
                                          + ", ".join(md5)))
    except DBAPIError:
        connection.rollback()
        found.append(Finding(NOTE, "password hashes could not be checked (run check as a superuser)"))

    powerful = connection.execute(text(
        "SELECT rolname FROM pg_roles WHERE rolcanlogin AND (rolsuper OR rolbypassrls) "
        "AND rolname IN (SELECT role_name FROM " + SCHEMA + ".operator) ORDER BY 1"
    )).scalars().all() if _has_schema(connection) else []
    if powerful:
        found.append(Finding(CRITICAL, "operators that are superusers or bypass row-level "
                                       "security: " + ", ".join(powerful)))
    found += public_findings(connection)
    return found


def _has_schema(connection: Connection) -> bool:
    return bool(connection.execute(
        text("SELECT to_regclass(:t) IS NOT NULL"), {"t": f"{SCHEMA}.operator"}).scalar())


def public_findings(connection: Connection) -> list[Finding]:
    """Privileges left to PUBLIC on this database, the public schema and ours."""
    found = []
    database_public = connection.execute(text(
        "SELECT datacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(datacl) a "
        "WHERE a.grantee = 0 AND a.privilege_type IN ('CONNECT', 'CREATE', 'TEMPORARY')) "
        "FROM pg_database WHERE datname = current_database()")).scalar()
    if database_public:
        found.append(Finding(WARNING, "PUBLIC may connect to this database: every role of the "
                                      "server can (REVOKE ALL ON DATABASE ... FROM PUBLIC)"))
    schemas = connection.execute(text(
        "SELECT n.nspname, a.privilege_type FROM pg_namespace n, aclexplode(n.nspacl) a "
        "WHERE a.grantee = 0 AND n.nspname IN ('public', :s) ORDER BY 1, 2"), {"s": SCHEMA}).all()
    for schema, privilege in schemas:
        found.append(Finding(WARNING, f"PUBLIC has {privilege} on schema {schema}"))
    tables = connection.execute(text(
        "SELECT DISTINCT table_name FROM information_schema.role_table_grants "
        "WHERE grantee = 'PUBLIC' AND table_schema = :s ORDER BY 1"), {"s": SCHEMA}).scalars().all()
    if tables:
        found.append(Finding(CRITICAL, "PUBLIC has privileges on tables: " + ", ".join(tables)))
    functions = connection.execute(text(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = :s AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a "
        "WHERE a.grantee = 0)) ORDER BY 1"), {"s": SCHEMA}).scalars().all()
    if functions:
        found.append(Finding(WARNING, "PUBLIC may execute functions: " + ", ".join(functions)))
    return found
