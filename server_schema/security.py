"""Operators (the link between an employee and a PostgreSQL login role) and the
database-wide settings row."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Select,
    String,
    Text,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from .base import Base, TimestampMixin, VersionedMixin
from .org import Branch, Employee
from .pgroles import granted_names
from .queries import ListSpec, search_text
from .roles import PROFILE_INFIX


class Operator(TimestampMixin, VersionedMixin, Base):
    """Someone who logs in. ``role_name`` is their own PostgreSQL LOGIN role; the
    password lives only in PostgreSQL (as a SCRAM verifier), never here."""

    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    role_name: Mapped[str] = mapped_column(String(63), unique=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    is_administrator: Mapped[bool] = mapped_column(Boolean, server_default="false")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")
    # Set when an administrator resets the password: the client makes the operator
    # choose a new one before anything else.
    must_change_password: Mapped[bool] = mapped_column(Boolean, server_default="false")
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    employee: Mapped[Employee] = relationship(lazy="raise")
    branch: Mapped[Branch] = relationship(lazy="raise")


class Setting(Base):
    """Database-wide settings as key/value text (role prefix, company name, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def operator_list() -> Select:
    return (
        select(
            Operator.code, Employee.name, Branch.name.label("branch"),
            granted_names(
                Operator.role_name,
                select(func.concat(Setting.value, PROFILE_INFIX))
                .where(Setting.key == "role_prefix").scalar_subquery(),
                aggregate=lambda names: func.string_agg(names, literal_column("', '")),
            ).label("profiles"),
            Operator.is_administrator, Operator.active, Operator.must_change_password,
            Operator.role_name,
        )
        .join(Employee, Employee.id == Operator.employee_id)
        .join(Branch, Branch.id == Operator.branch_id)
    )


OPERATORS = ListSpec(
    "operator",
    lambda reveal: operator_list(),
    (Operator.code,),
    search=lambda: search_text(Operator.code, Employee.name, Branch.name, Operator.role_name),
)
