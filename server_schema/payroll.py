"""Reward and penalty items and overdue rules. (Records and wage runs come with the
wages module.)"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, PinyinMixin, TimestampMixin, VersionedMixin


class RewardPenaltyItem(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    """Service attitude, timeliness, satisfaction, skill, complaint, contribution,
    task completion...: an amount that is added (reward) or deducted (penalty)."""

    __tablename__ = "reward_penalty_item"
    __table_args__ = (
        CheckConstraint("sign IN (-1, 1)", name="sign_known"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default="0")
    # +1 reward, -1 penalty
    sign: Mapped[int] = mapped_column(server_default="1")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


class OverdueRule(TimestampMixin, VersionedMixin, Base):
    """Late work costs the engineer or outlet: so much per hour or day past the
    allowed time, up to a cap. For one work type, or a whole service mode."""

    __tablename__ = "overdue_rule"
    __table_args__ = (
        CheckConstraint("work_type_id IS NOT NULL OR service_mode IS NOT NULL",
                        name="applies_to_something"),
        CheckConstraint("service_mode IS NULL OR service_mode IN "
                        "('repair', 'installation', 'outsourced')", name="service_mode_known"),
        CheckConstraint("unit IN ('hour', 'day')", name="unit_known"),
        CheckConstraint("allowed_hours > 0", name="allowed_hours_positive"),
        CheckConstraint("deduction >= 0 AND cap >= 0", name="amounts_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    work_type_id: Mapped[int | None] = mapped_column(ForeignKey("work_type.id"), index=True)
    service_mode: Mapped[str | None] = mapped_column(String(20))
    allowed_hours: Mapped[int] = mapped_column()
    deduction: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    unit: Mapped[str] = mapped_column(String(4), server_default="day")
    cap: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")
