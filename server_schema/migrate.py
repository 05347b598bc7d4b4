"""Run alembic from code, against a connection the caller prepared."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from .base import SCHEMA


def alembic_config(connection: Connection | None = None) -> Config:
    import migrations

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The database's revision, in one round trip (alembic's own way asks the catalog
    first). None if the version table is missing or empty."""
    exists = connection.execute(
        text("SELECT to_regclass(:t) IS NOT NULL"), {"t": f"{SCHEMA}.alembic_version"}
    ).scalar_one()
    if not exists:
        return None
    return connection.execute(
        text(f"SELECT version_num FROM {SCHEMA}.alembic_version")
    ).scalar_one_or_none()


def upgrade(connection: Connection, target: str = "head") -> None:
    command.upgrade(alembic_config(connection), target)


def downgrade(connection: Connection, target: str) -> None:
    command.downgrade(alembic_config(connection), target)
