"""Alembic environment. ``aftersales-admin`` passes an open connection (already
``SET ROLE`` to the schema owner) in ``config.attributes["connection"]``; the plain
``alembic`` command line takes the URL from ``-x dsn=...`` or ``AFTERSALES_DSN``."""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine, pool

from server_schema.base import DB_ONLY_INDEXES
from server_schema.models import SCHEMA, metadata

config = context.config


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    # Only our own schema is compared; extensions and other schemas are not ours.
    if type_ == "schema":
        return name == SCHEMA
    if type_ == "index" and name in DB_ONLY_INDEXES:
        return False
    return True


def run_with(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=metadata,
        version_table_schema=SCHEMA,
        include_schemas=True,
        include_name=include_name,
        compare_type=True,
        compare_server_default=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("dsn") or os.environ.get(
        "AFTERSALES_DSN"
    )
    if not url:
        raise SystemExit("Give the database as -x dsn=postgresql+psycopg://... or AFTERSALES_DSN.")
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        run_with(conn)


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or "postgresql+psycopg://",
        target_metadata=metadata,
        version_table_schema=SCHEMA,
        include_schemas=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_online()
