"""Master data: regions, outlets, catalog, customers and devices, warehouses, work
types, rewards and penalties, overdue rules, dictionaries; masked forms of sensitive
columns and pinyin keys for the filters.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

AUDITED = (
    ("region", "id"),
    ("employee_region", "employee_id"),
    ("service_outlet", "id"),
    ("outlet_region", "outlet_id"),
    ("product_category", "id"),
    ("brand", "id"),
    ("product", "id", "cost_price"),
    ("customer_grade", "id"),
    ("customer", "id", "phone", "phone2", "address"),
    ("customer_device", "id"),
    ("complaint", "id"),
    ("consultation", "id"),
    ("warehouse_kind", "id"),
    ("warehouse", "id"),
    ("work_type", "id"),
    ("reward_penalty_item", "id"),
    ("overdue_rule", "id"),
    ("dictionary_entry", "id"),
)

SEARCH_INDEXES = {
    "ix_customer_search": "lower(coalesce(code, '') || ' ' || coalesce(name, '') || ' ' || "
                          "coalesce(name_pinyin, '') || ' ' || coalesce(contact_person, ''))",
    "ix_product_search": "lower(coalesce(code, '') || ' ' || coalesce(name, '') || ' ' || "
                         "coalesce(name_pinyin, '') || ' ' || coalesce(model, ''))",
}

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('brand',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brand')),
    sa.UniqueConstraint('name', name=op.f('uq_brand_name')),
    schema='aftersales'
    )
    op.create_table('customer_grade',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('sort_order', sa.Integer(), server_default='0', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_grade')),
    sa.UniqueConstraint('code', name=op.f('uq_customer_grade_code')),
    sa.UniqueConstraint('name', name=op.f('uq_customer_grade_name')),
    schema='aftersales'
    )
    op.create_table('dictionary_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('normalised', sa.String(length=200), nullable=False),
    sa.Column('uses', sa.Integer(), server_default='0', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("kind IN ('model', 'fault', 'accessory', 'appearance', 'purchase_place')", name=op.f('ck_dictionary_entry_kind_known')),
    sa.CheckConstraint("name <> ''", name=op.f('ck_dictionary_entry_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dictionary_entry')),
    sa.UniqueConstraint('kind', 'normalised', name='uq_dictionary_entry_kind_normalised'),
    schema='aftersales'
    )
    op.create_table('product_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('parent_id IS NULL OR parent_id <> id', name=op.f('ck_product_category_not_own_parent')),
    sa.ForeignKeyConstraint(['parent_id'], ['aftersales.product_category.id'], name=op.f('fk_product_category_parent_id_product_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_category')),
    sa.UniqueConstraint('code', name=op.f('uq_product_category_code')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_product_category_parent_id'), 'product_category', ['parent_id'], unique=False, schema='aftersales')
    op.create_table('region',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('level', sa.Integer(), server_default='1', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('level BETWEEN 1 AND 4', name=op.f('ck_region_level_range')),
    sa.CheckConstraint('parent_id IS NULL OR parent_id <> id', name=op.f('ck_region_not_own_parent')),
    sa.ForeignKeyConstraint(['parent_id'], ['aftersales.region.id'], name=op.f('fk_region_parent_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_region')),
    sa.UniqueConstraint('code', name=op.f('uq_region_code')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_region_parent_id'), 'region', ['parent_id'], unique=False, schema='aftersales')
    op.create_table('reward_penalty_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('sign', sa.Integer(), server_default='1', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_reward_penalty_item_amount_not_negative')),
    sa.CheckConstraint('sign IN (-1, 1)', name=op.f('ck_reward_penalty_item_sign_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reward_penalty_item')),
    sa.UniqueConstraint('code', name=op.f('uq_reward_penalty_item_code')),
    sa.UniqueConstraint('name', name=op.f('uq_reward_penalty_item_name')),
    schema='aftersales'
    )
    op.create_table('service_outlet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('contact', sa.String(length=60), server_default='', nullable=False),
    sa.Column('phone', sa.String(length=40), server_default='', nullable=False),
    sa.Column('address', sa.Text(), server_default='', nullable=False),
    sa.Column('settlement_ratio', sa.Numeric(precision=5, scale=4), server_default='0.7', nullable=False),
    sa.Column('settlement_cycle', sa.String(length=20), server_default='monthly', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('settlement_ratio >= 0 AND settlement_ratio <= 1', name=op.f('ck_service_outlet_settlement_ratio_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_outlet')),
    sa.UniqueConstraint('code', name=op.f('uq_service_outlet_code')),
    schema='aftersales'
    )
    op.create_table('warehouse_kind',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warehouse_kind')),
    sa.UniqueConstraint('code', name=op.f('uq_warehouse_kind_code')),
    sa.UniqueConstraint('name', name=op.f('uq_warehouse_kind_name')),
    schema='aftersales'
    )
    op.create_table('work_type',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('standard_fee', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('commission_repair', sa.Numeric(precision=5, scale=4), server_default='0', nullable=False),
    sa.Column('commission_install', sa.Numeric(precision=5, scale=4), server_default='0', nullable=False),
    sa.Column('commission_outsourced', sa.Numeric(precision=5, scale=4), server_default='0', nullable=False),
    sa.Column('time_limit_hours', sa.Integer(), server_default='72', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('commission_install >= 0 AND commission_install <= 1', name=op.f('ck_work_type_commission_install_range')),
    sa.CheckConstraint('commission_outsourced >= 0 AND commission_outsourced <= 1', name=op.f('ck_work_type_commission_outsourced_range')),
    sa.CheckConstraint('commission_repair >= 0 AND commission_repair <= 1', name=op.f('ck_work_type_commission_repair_range')),
    sa.CheckConstraint('standard_fee >= 0', name=op.f('ck_work_type_standard_fee_not_negative')),
    sa.CheckConstraint('time_limit_hours > 0', name=op.f('ck_work_type_time_limit_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_type')),
    sa.UniqueConstraint('code', name=op.f('uq_work_type_code')),
    sa.UniqueConstraint('name', name=op.f('uq_work_type_name')),
    schema='aftersales'
    )
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('grade_id', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('contact_person', sa.String(length=60), server_default='', nullable=False),
    sa.Column('phone', sa.String(length=40), server_default='', nullable=False),
    sa.Column('phone2', sa.String(length=40), server_default='', nullable=False),
    sa.Column('address', sa.Text(), server_default='', nullable=False),
    sa.Column('phone_masked', sa.String(length=40), sa.Computed("CASE WHEN length(phone) >= 8 THEN left(phone, 3) || '****' || right(phone, 4) WHEN phone = '' THEN '' ELSE '****' END", ), nullable=False),
    sa.Column('phone2_masked', sa.String(length=40), sa.Computed("CASE WHEN length(phone2) >= 8 THEN left(phone2, 3) || '****' || right(phone2, 4) WHEN phone2 = '' THEN '' ELSE '****' END", ), nullable=False),
    sa.Column('address_masked', sa.Text(), sa.Computed("CASE WHEN address = '' THEN '' ELSE left(address, 6) || '****' END", ), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("name <> ''", name=op.f('ck_customer_name_not_empty')),
    sa.ForeignKeyConstraint(['grade_id'], ['aftersales.customer_grade.id'], name=op.f('fk_customer_grade_id_customer_grade')),
    sa.ForeignKeyConstraint(['region_id'], ['aftersales.region.id'], name=op.f('fk_customer_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('code', name=op.f('uq_customer_code')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_customer_grade_id'), 'customer', ['grade_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_customer_region_id'), 'customer', ['region_id'], unique=False, schema='aftersales')
    op.create_table('outlet_region',
    sa.Column('outlet_id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['aftersales.service_outlet.id'], name=op.f('fk_outlet_region_outlet_id_service_outlet'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['aftersales.region.id'], name=op.f('fk_outlet_region_region_id_region')),
    sa.PrimaryKeyConstraint('outlet_id', 'region_id', name=op.f('pk_outlet_region')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_outlet_region_region_id'), 'outlet_region', ['region_id'], unique=False, schema='aftersales')
    op.create_table('overdue_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_type_id', sa.Integer(), nullable=True),
    sa.Column('service_mode', sa.String(length=20), nullable=True),
    sa.Column('allowed_hours', sa.Integer(), nullable=False),
    sa.Column('deduction', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('unit', sa.String(length=4), server_default='day', nullable=False),
    sa.Column('cap', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("service_mode IS NULL OR service_mode IN ('repair', 'installation', 'outsourced')", name=op.f('ck_overdue_rule_service_mode_known')),
    sa.CheckConstraint("unit IN ('hour', 'day')", name=op.f('ck_overdue_rule_unit_known')),
    sa.CheckConstraint('allowed_hours > 0', name=op.f('ck_overdue_rule_allowed_hours_positive')),
    sa.CheckConstraint('deduction >= 0 AND cap >= 0', name=op.f('ck_overdue_rule_amounts_not_negative')),
    sa.CheckConstraint('work_type_id IS NOT NULL OR service_mode IS NOT NULL', name=op.f('ck_overdue_rule_applies_to_something')),
    sa.ForeignKeyConstraint(['work_type_id'], ['aftersales.work_type.id'], name=op.f('fk_overdue_rule_work_type_id_work_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_overdue_rule')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_overdue_rule_work_type_id'), 'overdue_rule', ['work_type_id'], unique=False, schema='aftersales')
    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('model', sa.String(length=100), server_default='', nullable=False),
    sa.Column('unit', sa.String(length=10), server_default='台', nullable=False),
    sa.Column('is_part', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('brand_id', sa.Integer(), nullable=True),
    sa.Column('sale_price', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('cost_price', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('warranty_months', sa.Integer(), server_default='12', nullable=False),
    sa.Column('min_stock', sa.Numeric(precision=12, scale=3), server_default='0', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("code <> ''", name=op.f('ck_product_code_not_empty')),
    sa.CheckConstraint('cost_price >= 0', name=op.f('ck_product_cost_price_not_negative')),
    sa.CheckConstraint('min_stock >= 0', name=op.f('ck_product_min_stock_not_negative')),
    sa.CheckConstraint('sale_price >= 0', name=op.f('ck_product_sale_price_not_negative')),
    sa.CheckConstraint('warranty_months BETWEEN 0 AND 240', name=op.f('ck_product_warranty_months_range')),
    sa.ForeignKeyConstraint(['brand_id'], ['aftersales.brand.id'], name=op.f('fk_product_brand_id_brand')),
    sa.ForeignKeyConstraint(['category_id'], ['aftersales.product_category.id'], name=op.f('fk_product_category_id_product_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product')),
    sa.UniqueConstraint('code', name=op.f('uq_product_code')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_product_brand_id'), 'product', ['brand_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_product_category_id'), 'product', ['category_id'], unique=False, schema='aftersales')
    op.create_table('warehouse',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_warehouse_branch_id_branch')),
    sa.ForeignKeyConstraint(['kind_id'], ['aftersales.warehouse_kind.id'], name=op.f('fk_warehouse_kind_id_warehouse_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warehouse')),
    sa.UniqueConstraint('code', name=op.f('uq_warehouse_code')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_warehouse_branch_id'), 'warehouse', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_warehouse_kind_id'), 'warehouse', ['kind_id'], unique=False, schema='aftersales')
    op.create_table('complaint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), server_default='', nullable=False),
    sa.Column('status', sa.String(length=10), server_default='open', nullable=False),
    sa.Column('resolution', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("status IN ('open', 'handling', 'closed')", name=op.f('ck_complaint_status_known')),
    sa.ForeignKeyConstraint(['customer_id'], ['aftersales.customer.id'], name=op.f('fk_complaint_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_complaint_customer_id'), 'complaint', ['customer_id'], unique=False, schema='aftersales')
    op.create_table('consultation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('asked_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['aftersales.customer.id'], name=op.f('fk_consultation_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_consultation_customer_id'), 'consultation', ['customer_id'], unique=False, schema='aftersales')
    op.create_table('customer_device',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('serial_no', sa.String(length=60), server_default='', nullable=False),
    sa.Column('purchase_date', sa.Date(), nullable=True),
    sa.Column('purchase_place', sa.String(length=100), server_default='', nullable=False),
    sa.Column('invoice_no', sa.String(length=60), server_default='', nullable=False),
    sa.Column('warranty_end', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('warranty_end IS NULL OR purchase_date IS NULL OR warranty_end >= purchase_date', name=op.f('ck_customer_device_warranty_after_purchase')),
    sa.ForeignKeyConstraint(['customer_id'], ['aftersales.customer.id'], name=op.f('fk_customer_device_customer_id_customer')),
    sa.ForeignKeyConstraint(['product_id'], ['aftersales.product.id'], name=op.f('fk_customer_device_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_device')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_customer_device_customer_id'), 'customer_device', ['customer_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_customer_device_product_id'), 'customer_device', ['product_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_customer_device_serial_no'), 'customer_device', ['serial_no'], unique=False, schema='aftersales')
    op.create_table('employee_region',
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['aftersales.employee.id'], name=op.f('fk_employee_region_employee_id_employee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['aftersales.region.id'], name=op.f('fk_employee_region_region_id_region')),
    sa.PrimaryKeyConstraint('employee_id', 'region_id', name=op.f('pk_employee_region')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_employee_region_region_id'), 'employee_region', ['region_id'], unique=False, schema='aftersales')
    op.add_column('employee', sa.Column('phone_masked', sa.String(length=40), sa.Computed("CASE WHEN length(phone) >= 8 THEN left(phone, 3) || '****' || right(phone, 4) WHEN phone = '' THEN '' ELSE '****' END", ), nullable=False), schema='aftersales')
    op.add_column('employee', sa.Column('name_pinyin', sa.String(length=300), server_default='', nullable=False), schema='aftersales')

    for table, key, *sensitive in AUDITED:
        arguments = ", ".join(f"'{a}'" for a in (key, *sensitive))
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON aftersales.{table} "
                   f"FOR EACH ROW EXECUTE FUNCTION aftersales.audit_row({arguments})")
    # The full-field filters of the two large lists (server_schema.lists): ILIKE '%w%'
    # served by trigrams.
    for name, expression in SEARCH_INDEXES.items():
        table = name.removeprefix("ix_").removesuffix("_search")
        op.execute(f"CREATE INDEX {name} ON aftersales.{table} "
                   f"USING gin ({expression} public.gin_trgm_ops)")


def downgrade() -> None:
    for name in SEARCH_INDEXES:
        op.execute(f"DROP INDEX aftersales.{name}")
    for table, *_rest in AUDITED:
        op.execute(f"DROP TRIGGER audit ON aftersales.{table}")
    op.drop_column('employee', 'name_pinyin', schema='aftersales')
    op.drop_column('employee', 'phone_masked', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_employee_region_region_id'), table_name='employee_region', schema='aftersales')
    op.drop_table('employee_region', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_customer_device_serial_no'), table_name='customer_device', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_customer_device_product_id'), table_name='customer_device', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_customer_device_customer_id'), table_name='customer_device', schema='aftersales')
    op.drop_table('customer_device', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_consultation_customer_id'), table_name='consultation', schema='aftersales')
    op.drop_table('consultation', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_complaint_customer_id'), table_name='complaint', schema='aftersales')
    op.drop_table('complaint', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_warehouse_kind_id'), table_name='warehouse', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_warehouse_branch_id'), table_name='warehouse', schema='aftersales')
    op.drop_table('warehouse', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_product_category_id'), table_name='product', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_product_brand_id'), table_name='product', schema='aftersales')
    op.drop_table('product', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_overdue_rule_work_type_id'), table_name='overdue_rule', schema='aftersales')
    op.drop_table('overdue_rule', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_outlet_region_region_id'), table_name='outlet_region', schema='aftersales')
    op.drop_table('outlet_region', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_customer_region_id'), table_name='customer', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_customer_grade_id'), table_name='customer', schema='aftersales')
    op.drop_table('customer', schema='aftersales')
    op.drop_table('work_type', schema='aftersales')
    op.drop_table('warehouse_kind', schema='aftersales')
    op.drop_table('service_outlet', schema='aftersales')
    op.drop_table('reward_penalty_item', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_region_parent_id'), table_name='region', schema='aftersales')
    op.drop_table('region', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_product_category_parent_id'), table_name='product_category', schema='aftersales')
    op.drop_table('product_category', schema='aftersales')
    op.drop_table('dictionary_entry', schema='aftersales')
    op.drop_table('customer_grade', schema='aftersales')
    op.drop_table('brand', schema='aftersales')
