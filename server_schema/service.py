"""Work types: what a job is, its standard labour fee, the engineers' commission
ratio for each service mode, and its time limit. (Service orders come with the front
desk module.)"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, PinyinMixin, TimestampMixin, VersionedMixin

RATIO = Numeric(5, 4)


class WorkType(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "work_type"
    __table_args__ = tuple(
        CheckConstraint(f"{column} >= 0 AND {column} <= 1", name=f"{column}_range")
        for column in ("commission_repair", "commission_install", "commission_outsourced")
    ) + (
        CheckConstraint("standard_fee >= 0", name="standard_fee_not_negative"),
        CheckConstraint("time_limit_hours > 0", name="time_limit_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    standard_fee: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default="0")
    # Brochure 1C: a different commission for repair, installation and outsourced work.
    commission_repair: Mapped[Decimal] = mapped_column(RATIO, server_default="0")
    commission_install: Mapped[Decimal] = mapped_column(RATIO, server_default="0")
    commission_outsourced: Mapped[Decimal] = mapped_column(RATIO, server_default="0")
    time_limit_hours: Mapped[int] = mapped_column(server_default="72")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")
