"""Lookup fields find customers and employees by their whole phone number, also for
operators who may not read phone numbers: functions that answer only with ids.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# A number as typed or stored, without the spaces and dashes people write in it.
DIGITS = "translate({c}, ' -', '')"

# (index, table, column): the exact matches of the functions below, by index.
PHONE_INDEXES = (
    ("ix_customer_phone_digits", "customer", "phone"),
    ("ix_customer_phone2_digits", "customer", "phone2"),
    ("ix_employee_phone_digits", "employee", "phone"),
)

# Short input (a surname, "zs") has no trigram for the full-field filters' indexes to
# use: lookups then match prefixes of the code, the name, the full pinyin and the
# initials (the second word of name_pinyin), served by these on the two large tables.
PREFIX_EXPRESSIONS = {
    "code": "lower(code)",
    "name": "lower(name)",
    "pinyin": "name_pinyin",
    "initials": "split_part(name_pinyin, ' ', 2)",
}
PREFIX_INDEXES = tuple(
    (f"ix_{table}_{what}_prefix", table, expression)
    for table in ("customer", "product") for what, expression in PREFIX_EXPRESSIONS.items())

# Operators without the reveal permission may not SELECT the phone columns at all.
# These functions run as the schema owner (SECURITY DEFINER, search_path fixed) and
# return only the ids of the rows whose whole number is the one given: they reveal
# no number, and a part of one (fewer than 7 digits, or not all digits) finds
# nothing, so that nobody can list numbers by trying prefixes.
FUNCTIONS = {
    "find_customer_by_phone": ("customer", ("phone", "phone2")),
    "find_employee_by_phone": ("employee", ("phone",)),
}

FUNCTION = """
CREATE FUNCTION aftersales.{name}(number text) RETURNS SETOF bigint
LANGUAGE sql STABLE STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp ROWS 2 AS $$
    SELECT t.id::bigint FROM aftersales.{table} t
    WHERE {digits} ~ '^[0-9]{{7,}}$' AND ({matches})
$$
"""

# The staff group may call them. Its name comes from the schema owner's (both carry
# the database's role prefix: <prefix>owner, <prefix>g_staff); a database made
# without those roles (the migration tests') just has no one to grant to.
GRANT = """
DO $$
DECLARE
    owner_name text := (SELECT r.rolname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
                        WHERE n.nspname = 'aftersales');
    staff_name text := left(owner_name, -length('owner')) || 'g_staff';
BEGIN
    IF owner_name LIKE '%owner' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = staff_name) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION {functions} TO %I', staff_name);
    END IF;
END
$$
"""


def _signature(name: str) -> str:
    return f"aftersales.{name}(text)"


def upgrade() -> None:
    for index, table, column in PHONE_INDEXES:
        op.execute(f"CREATE INDEX {index} ON aftersales.{table} ({DIGITS.format(c=column)})")
    for index, table, expression in PREFIX_INDEXES:
        op.execute(f"CREATE INDEX {index} ON aftersales.{table} ({expression} text_pattern_ops)")
    for name, (table, columns) in FUNCTIONS.items():
        digits = DIGITS.format(c="number")
        matches = " OR ".join(f"{DIGITS.format(c='t.' + c)} = {digits}" for c in columns)
        op.execute(FUNCTION.format(name=name, table=table, digits=digits, matches=matches))
        op.execute(f"REVOKE ALL ON FUNCTION {_signature(name)} FROM PUBLIC")
    op.execute(GRANT.format(functions=", ".join(_signature(n) for n in FUNCTIONS)))


def downgrade() -> None:
    for name in FUNCTIONS:
        op.execute(f"DROP FUNCTION {_signature(name)}")
    for index, _table, _what in PREFIX_INDEXES + PHONE_INDEXES:
        op.execute(f"DROP INDEX aftersales.{index}")
