"""The audit log, and the flag that makes an operator change a reset password.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# Audited tables: (table, key column, sensitive columns...). Each later migration
# that adds a table adds its trigger the same way.
AUDITED = (
    ("branch", "id"),
    ("department", "id"),
    ("employee", "id", "phone", "post_salary"),
    ("operator", "id"),
    ("setting", "key"),
)

# Every change of business data is written to the audit log by the database itself,
# in the same transaction, whoever makes it and however (the client, psql, a script):
# an operator cannot change data without leaving a row. SECURITY DEFINER: the log is
# INSERT-only for operators, the function runs as the schema owner. The actor is the
# login role (session_user); operators may not SET ROLE to another. Sensitive columns
# (trigger arguments after the key) are logged as changed but masked; an UPDATE logs
# only what changed, and what the database derives (updated_at, updated_by, version,
# name_pinyin, the masked forms) is left out.
AUDIT_FUNCTION = """
CREATE FUNCTION aftersales.audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_key text := coalesce(new_row, old_row) ->> TG_ARGV[0];
    old_values jsonb := old_row;
    new_values jsonb := new_row;
    name text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        old_values := '{}';
        new_values := '{}';
        FOR name IN SELECT jsonb_object_keys(new_row) LOOP
            IF name NOT IN ('updated_at', 'updated_by', 'version', 'name_pinyin') AND name NOT LIKE '%\\_masked'
                    AND (old_row -> name) IS DISTINCT FROM (new_row -> name) THEN
                old_values := old_values || jsonb_build_object(name, old_row -> name);
                new_values := new_values || jsonb_build_object(name, new_row -> name);
            END IF;
        END LOOP;
        IF new_values = '{}' THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        new_values := jsonb_strip_nulls(new_row);
    END IF;
    FOR i IN 1 .. coalesce(TG_NARGS, 1) - 1 LOOP
        name := TG_ARGV[i];
        IF old_values ? name AND old_values ->> name IS NOT NULL THEN
            old_values := jsonb_set(old_values, ARRAY[name], '"***"');
        END IF;
        IF new_values ? name AND new_values ->> name IS NOT NULL THEN
            new_values := jsonb_set(new_values, ARRAY[name], '"***"');
        END IF;
    END LOOP;
    INSERT INTO aftersales.audit_event
        (id, actor, branch_id, action, table_name, row_key, old, new)
    VALUES (
        gen_random_uuid(), session_user,
        (SELECT o.branch_id FROM aftersales.operator o WHERE o.role_name = session_user),
        TG_OP, TG_TABLE_NAME, row_key, old_values, new_values);
    RETURN NULL;
END
$$
"""

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('clock_timestamp()'), nullable=False),
    sa.Column('actor', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('table_name', sa.String(length=63), nullable=True),
    sa.Column('row_key', sa.String(length=200), nullable=True),
    sa.Column('old', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('new', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('client_addr', postgresql.INET(), server_default=sa.text('inet_client_addr()'), nullable=True),
    sa.Column('application', sa.String(length=64), server_default=sa.text("current_setting('application_name')"), nullable=False),
    sa.Column('app_version', sa.String(length=20), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.CheckConstraint("action IN ('INSERT', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT', 'PASSWORD_CHANGED', 'PASSWORD_CHANGE_FAILED', 'PASSWORD_RESET', 'REVEAL')", name=op.f('ck_audit_event_action_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    schema='aftersales'
    )
    op.create_index('ix_audit_event_actor_at', 'audit_event', ['actor', 'at'], unique=False, schema='aftersales')
    op.create_index('ix_audit_event_at', 'audit_event', ['at'], unique=False, schema='aftersales')
    op.create_index('ix_audit_event_record', 'audit_event', ['table_name', 'row_key'], unique=False, schema='aftersales')
    # The viewer's full-field filter (server_schema.audit._search): ILIKE '%word%' served
    # by trigrams. aftersales-admin creates the extension before migrating.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
    op.execute(
        "CREATE INDEX ix_audit_event_search ON aftersales.audit_event USING gin (lower("
        "coalesce(actor, '') || ' ' || coalesce(action, '') || ' ' || coalesce(table_name, '')"
        " || ' ' || coalesce(row_key, '') || ' ' || coalesce(note, '') || ' '"
        " || coalesce(old::text, '') || ' ' || coalesce(new::text, '')) public.gin_trgm_ops)"
    )
    op.execute(AUDIT_FUNCTION)
    for table, key, *sensitive in AUDITED:
        arguments = ", ".join(f"'{a}'" for a in (key, *sensitive))
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON aftersales.{table} "
                   f"FOR EACH ROW EXECUTE FUNCTION aftersales.audit_row({arguments})")
    op.add_column('operator', sa.Column('must_change_password', sa.Boolean(), server_default='false', nullable=False), schema='aftersales')
    op.add_column('operator', sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True), schema='aftersales')


def downgrade_triggers() -> None:
    for table, *_rest in AUDITED:
        op.execute(f"DROP TRIGGER audit ON aftersales.{table}")
    op.execute("DROP FUNCTION aftersales.audit_row()")


def downgrade() -> None:
    downgrade_triggers()
    op.drop_column('operator', 'password_changed_at', schema='aftersales')
    op.drop_column('operator', 'must_change_password', schema='aftersales')
    op.execute("DROP INDEX aftersales.ix_audit_event_search")
    op.drop_index('ix_audit_event_record', table_name='audit_event', schema='aftersales')
    op.drop_index('ix_audit_event_at', table_name='audit_event', schema='aftersales')
    op.drop_index('ix_audit_event_actor_at', table_name='audit_event', schema='aftersales')
    op.drop_table('audit_event', schema='aftersales')
