"""Alembic migrations: the only way the Aftersales schema changes."""
