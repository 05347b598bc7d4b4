"""Warehouses and their kinds. (Stock levels, slips and the ledger come with the
warehouse module.)"""
from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, PinyinMixin, TimestampMixin, VersionedMixin

CODE = String(32)


class WarehouseKind(TimestampMixin, VersionedMixin, Base):
    """Finished goods, awaiting repair, samples, scrap, dealer returns, spare parts...;
    editable."""

    __tablename__ = "warehouse_kind"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


class Warehouse(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "warehouse"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(60))
    kind_id: Mapped[int] = mapped_column(ForeignKey("warehouse_kind.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")
