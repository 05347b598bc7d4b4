"""The catalog: product categories (a tree), brands, and products and spare parts."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, PinyinMixin, TimestampMixin, VersionedMixin

CODE = String(32)


class ProductCategory(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "product_category"
    __table_args__ = (
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("product_category.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


class Brand(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "brand"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


class Product(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    """A product customers own, or a spare part (is_part) used in repairs."""

    __tablename__ = "product"
    __table_args__ = (
        CheckConstraint("code <> ''", name="code_not_empty"),
        CheckConstraint("sale_price >= 0", name="sale_price_not_negative"),
        CheckConstraint("cost_price >= 0", name="cost_price_not_negative"),
        CheckConstraint("warranty_months BETWEEN 0 AND 240", name="warranty_months_range"),
        CheckConstraint("min_stock >= 0", name="min_stock_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100), server_default="")
    unit: Mapped[str] = mapped_column(String(10), server_default="台")
    is_part: Mapped[bool] = mapped_column(Boolean, server_default="false")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("product_category.id"), index=True)
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brand.id"), index=True)
    sale_price: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default="0")
    # Sensitive (permissions.SENSITIVE "cost"): selected only with the reveal permission.
    cost_price: Mapped[Decimal] = mapped_column(
        Numeric(12, 2), server_default="0", deferred=True, deferred_raiseload=True)
    warranty_months: Mapped[int] = mapped_column(server_default="12")
    min_stock: Mapped[Decimal] = mapped_column(Numeric(12, 3), server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")
