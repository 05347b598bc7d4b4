"""The audit log, and the flag that makes an operator change a reset password.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
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
    op.add_column('operator', sa.Column('must_change_password', sa.Boolean(), server_default='false', nullable=False), schema='aftersales')
    op.add_column('operator', sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True), schema='aftersales')


def downgrade() -> None:
    op.drop_column('operator', 'password_changed_at', schema='aftersales')
    op.drop_column('operator', 'must_change_password', schema='aftersales')
    op.execute("DROP INDEX aftersales.ix_audit_event_search")
    op.drop_index('ix_audit_event_record', table_name='audit_event', schema='aftersales')
    op.drop_index('ix_audit_event_at', table_name='audit_event', schema='aftersales')
    op.drop_index('ix_audit_event_actor_at', table_name='audit_event', schema='aftersales')
    op.drop_table('audit_event', schema='aftersales')
