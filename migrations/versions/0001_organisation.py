"""Organisation: branches, the department tree and employees.

Revision ID: 0001
Revises: None
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('number_prefix', sa.String(length=4), nullable=False),
    sa.Column('is_head_office', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('address', sa.String(length=200), server_default='', nullable=False),
    sa.Column('phone', sa.String(length=40), server_default='', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("code <> ''", name=op.f('ck_branch_code_not_empty')),
    sa.CheckConstraint("name <> ''", name=op.f('ck_branch_name_not_empty')),
    sa.CheckConstraint("number_prefix ~ '^[A-Z]{1,4}$'", name=op.f('ck_branch_number_prefix_format')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch')),
    sa.UniqueConstraint('code', name=op.f('uq_branch_code')),
    sa.UniqueConstraint('name', name=op.f('uq_branch_name')),
    schema='aftersales'
    )
    op.create_table('department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), server_default='0', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("code <> ''", name=op.f('ck_department_code_not_empty')),
    sa.CheckConstraint('parent_id IS NULL OR parent_id <> id', name=op.f('ck_department_not_own_parent')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_department_branch_id_branch')),
    sa.ForeignKeyConstraint(['parent_id'], ['aftersales.department.id'], name=op.f('fk_department_parent_id_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department')),
    sa.UniqueConstraint('code', name=op.f('uq_department_code')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_department_branch_id'), 'department', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_department_parent_id'), 'department', ['parent_id'], unique=False, schema='aftersales')
    op.create_table('employee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('post', sa.String(length=60), server_default='', nullable=False),
    sa.Column('skill_grade', sa.String(length=30), server_default='', nullable=False),
    sa.Column('post_salary', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('phone', sa.String(length=40), server_default='', nullable=False),
    sa.Column('address', sa.Text(), server_default='', nullable=False),
    sa.Column('is_engineer', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("code <> ''", name=op.f('ck_employee_code_not_empty')),
    sa.CheckConstraint("name <> ''", name=op.f('ck_employee_name_not_empty')),
    sa.CheckConstraint('post_salary >= 0', name=op.f('ck_employee_post_salary_not_negative')),
    sa.ForeignKeyConstraint(['department_id'], ['aftersales.department.id'], name=op.f('fk_employee_department_id_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employee')),
    sa.UniqueConstraint('code', name=op.f('uq_employee_code')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_employee_department_id'), 'employee', ['department_id'], unique=False, schema='aftersales')


def downgrade() -> None:
    op.drop_index(op.f('ix_aftersales_employee_department_id'), table_name='employee', schema='aftersales')
    op.drop_table('employee', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_department_parent_id'), table_name='department', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_department_branch_id'), table_name='department', schema='aftersales')
    op.drop_table('department', schema='aftersales')
    op.drop_table('branch', schema='aftersales')
