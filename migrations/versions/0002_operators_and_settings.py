"""Operators (employee <-> PostgreSQL login role) and database-wide settings.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting')),
    schema='aftersales'
    )
    op.create_table('operator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('is_administrator', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_operator_branch_id_branch')),
    sa.ForeignKeyConstraint(['employee_id'], ['aftersales.employee.id'], name=op.f('fk_operator_employee_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operator')),
    sa.UniqueConstraint('code', name=op.f('uq_operator_code')),
    sa.UniqueConstraint('role_name', name=op.f('uq_operator_role_name')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_operator_branch_id'), 'operator', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_operator_employee_id'), 'operator', ['employee_id'], unique=False, schema='aftersales')


def downgrade() -> None:
    op.drop_index(op.f('ix_aftersales_operator_employee_id'), table_name='operator', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_operator_branch_id'), table_name='operator', schema='aftersales')
    op.drop_table('operator', schema='aftersales')
    op.drop_table('setting', schema='aftersales')
