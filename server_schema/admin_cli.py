"""``aftersales-admin``: prepare, upgrade and fill an Aftersales database.

The DSN names a role that administers the server (a superuser, or on PostgreSQL 16+
a role with CREATEROLE that owns the database). Passwords are prompted, or read from
an environment variable for scripts; never from the command line, where other users
of the machine could read them.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from . import setup
from .errors import DomainError, SetupError

PASSWORD_ENV = "AFTERSALES_ADMIN_PASSWORD"


def _engine(dsn: str) -> Engine:
    url = make_url(dsn)
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    # One command, one connection: nothing is left open on the server afterwards.
    return create_engine(url, poolclass=NullPool)


def _admin_password(args: argparse.Namespace) -> str:
    password = os.environ.get(args.password_env or PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise DomainError(
            f"No password: set {args.password_env or PASSWORD_ENV} or run in a terminal."
        )
    first = getpass.getpass(f"Password for operator {args.admin_code}: ")
    if first != getpass.getpass("Again: "):
        raise DomainError("The two passwords differ.")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    options = setup.InitOptions(
        admin_password=_admin_password(args),
        admin_code=args.admin_code,
        admin_name=args.admin_name,
        branch_code=args.branch_code,
        branch_name=args.branch_name,
        number_prefix=args.number_prefix,
        role_prefix=args.role_prefix,
    )
    with _engine(args.dsn).begin() as connection:
        names = setup.init_database(connection, options)
    print(f"Initialised. Role prefix: {names.prefix}  administrator: {names.operator(args.admin_code)}")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    with _engine(args.dsn).begin() as connection:
        before, after = setup.upgrade_database(connection)
    if before == after:
        print(f"Already at the current schema ({after}).")
    else:
        print(f"Upgraded from {before} to {after}.")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from .demo_data import DemoSize, fill_demo_data

    size = DemoSize(branches=args.branches, employees=args.employees, seed=args.seed)
    with _engine(args.dsn).begin() as connection:
        if not setup.schema_exists(connection):
            raise SetupError("This database holds no Aftersales schema; run 'aftersales-admin init'.")
        counts = fill_demo_data(connection, size)
    print("Demo data: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .check import run_checks

    with _engine(args.dsn).connect() as connection:
        findings = run_checks(connection)
    for finding in findings:
        print(finding)
    serious = [f for f in findings if f.severity != "note"]
    if not findings:
        print("No problems found.")
    return 1 if serious else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aftersales-admin", description="Set up and maintain an Aftersales database."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_dsn(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--dsn",
            required=True,
            help="database URL of a server administrator, e.g. "
            "postgresql://postgres@db.example.com/aftersales?sslmode=verify-full",
        )
        return p

    init = with_dsn(sub.add_parser(
        "init", help="prepare an empty database: schema, roles, first administrator",
        description="Prepare an empty database on PostgreSQL 16+: run the migrations, "
        f"create the owner and group roles and the first administrator operator. The "
        f"administrator's password is prompted, or read from ${PASSWORD_ENV}.",
    ))
    init.add_argument("--admin-code", default="admin", help="operator code of the administrator")
    init.add_argument("--admin-name", default="系统管理员", help="the administrator's name")
    init.add_argument("--branch-code", default="HQ", help="code of the head office branch")
    init.add_argument("--branch-name", default="总部", help="name of the head office branch")
    init.add_argument("--number-prefix", default="HQ", help="document number prefix of the head office")
    init.add_argument("--role-prefix", help="prefix of this database's roles (default: from its name)")
    init.add_argument("--password-env",
                      help=f"read the password from this variable instead of {PASSWORD_ENV}")
    init.set_defaults(func=cmd_init)

    upgrade = with_dsn(sub.add_parser(
        "upgrade", help="bring the schema to this version (idempotent)",
        description="Run any pending migrations and re-apply privileges. Safe to run again.",
    ))
    upgrade.set_defaults(func=cmd_upgrade)

    demo = with_dsn(sub.add_parser(
        "demo-data", help="fill a database with realistic Chinese demo data",
        description="Add demo branches, departments and employees with Chinese names, "
        "phone numbers and addresses. Meant for an initialised, otherwise empty database.",
    ))
    demo.add_argument("--branches", type=int, default=3,
                      help="number of branches, head office included (1-7)")
    demo.add_argument("--employees", type=int, default=40, help="number of employees (1-100000)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    demo.set_defaults(func=cmd_demo_data)

    check = with_dsn(sub.add_parser(
        "check", help="list what is unsafe in the server's set-up",
        description="Inspect the server and this database: pg_hba rules without TLS or "
        "with md5/trust, md5 password hashes, auth_delay, fsync and full_page_writes, "
        "idle_in_transaction_session_timeout, privileges left to PUBLIC. Exit code 1 when "
        "something needs fixing. Run as a superuser to see everything.",
    ))
    check.set_defaults(func=cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except DomainError as error:
        print(f"aftersales-admin: {error}", file=sys.stderr)
        return 2
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        print(f"aftersales-admin: cannot use the database: {reason}", file=sys.stderr)
        return 3
    except DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        print(f"aftersales-admin: the database refused: {reason}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
