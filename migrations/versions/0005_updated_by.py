"""Who wrote each row last, so that a refused stale save can say who it was.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('branch', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('brand', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('complaint', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('consultation', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('customer', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('customer_device', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('customer_grade', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('department', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('dictionary_entry', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('employee', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('operator', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('overdue_rule', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('product', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('product_category', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('region', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('reward_penalty_item', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('service_outlet', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('warehouse', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('warehouse_kind', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')
    op.add_column('work_type', sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False), schema='aftersales')


def downgrade() -> None:
    op.drop_column('work_type', 'updated_by', schema='aftersales')
    op.drop_column('warehouse_kind', 'updated_by', schema='aftersales')
    op.drop_column('warehouse', 'updated_by', schema='aftersales')
    op.drop_column('service_outlet', 'updated_by', schema='aftersales')
    op.drop_column('reward_penalty_item', 'updated_by', schema='aftersales')
    op.drop_column('region', 'updated_by', schema='aftersales')
    op.drop_column('product_category', 'updated_by', schema='aftersales')
    op.drop_column('product', 'updated_by', schema='aftersales')
    op.drop_column('overdue_rule', 'updated_by', schema='aftersales')
    op.drop_column('operator', 'updated_by', schema='aftersales')
    op.drop_column('employee', 'updated_by', schema='aftersales')
    op.drop_column('dictionary_entry', 'updated_by', schema='aftersales')
    op.drop_column('department', 'updated_by', schema='aftersales')
    op.drop_column('customer_grade', 'updated_by', schema='aftersales')
    op.drop_column('customer_device', 'updated_by', schema='aftersales')
    op.drop_column('customer', 'updated_by', schema='aftersales')
    op.drop_column('consultation', 'updated_by', schema='aftersales')
    op.drop_column('complaint', 'updated_by', schema='aftersales')
    op.drop_column('brand', 'updated_by', schema='aftersales')
    op.drop_column('branch', 'updated_by', schema='aftersales')
