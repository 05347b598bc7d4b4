"""Organisation: branches, the department tree and the employees in it."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Computed,
    ForeignKey,
    Numeric,
    Select,
    String,
    Table,
    Text,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from .base import MASK_PHONE, Base, PinyinMixin, TimestampMixin, VersionedMixin
from .queries import ListSpec, search_text, sensitive

CODE = String(32)


class Branch(TimestampMixin, VersionedMixin, Base):
    """Head office or a remote branch; orders, stock and operators belong to one."""

    __tablename__ = "branch"
    __table_args__ = (
        CheckConstraint("code <> ''", name="code_not_empty"),
        CheckConstraint("name <> ''", name="name_not_empty"),
        # A short upper-case prefix used in document numbers, e.g. BJ-2026-000123.
        CheckConstraint("number_prefix ~ '^[A-Z]{1,4}$'", name="number_prefix_format"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    number_prefix: Mapped[str] = mapped_column(String(4))
    is_head_office: Mapped[bool] = mapped_column(Boolean, server_default="false")
    address: Mapped[str] = mapped_column(String(200), server_default="")
    phone: Mapped[str] = mapped_column(String(40), server_default="")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")

    def __repr__(self) -> str:
        return f"<Branch {self.code} {self.name}>"


class Department(TimestampMixin, VersionedMixin, Base):
    """A node of the department tree (brochure 2E: departments and staff as a tree)."""

    __tablename__ = "department"
    __table_args__ = (
        CheckConstraint("code <> ''", name="code_not_empty"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    sort_order: Mapped[int] = mapped_column(server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")

    parent: Mapped[Department | None] = relationship(remote_side=[id], lazy="raise")
    branch: Mapped[Branch] = relationship(lazy="raise")


class Employee(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    """A person on the staff: clerk, dispatcher, engineer, warehouse keeper, manager."""

    __tablename__ = "employee"
    __table_args__ = (
        CheckConstraint("code <> ''", name="code_not_empty"),
        CheckConstraint("name <> ''", name="name_not_empty"),
        CheckConstraint("post_salary >= 0", name="post_salary_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(60))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    post: Mapped[str] = mapped_column(String(60), server_default="")
    skill_grade: Mapped[str] = mapped_column(String(30), server_default="")
    # Sensitive (see permissions.SENSITIVE): never loaded with the row; only operators
    # holding the reveal permission may select them at all.
    post_salary: Mapped[Decimal] = mapped_column(
        Numeric(12, 2), server_default="0", deferred=True, deferred_raiseload=True)
    phone: Mapped[str] = mapped_column(
        String(40), server_default="", deferred=True, deferred_raiseload=True)
    phone_masked: Mapped[str] = mapped_column(String(40), Computed(MASK_PHONE.format(c="phone")))
    address: Mapped[str] = mapped_column(Text, server_default="")
    is_engineer: Mapped[bool] = mapped_column(Boolean, server_default="false")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")

    department: Mapped[Department] = relationship(lazy="raise")

    def __repr__(self) -> str:
        return f"<Employee {self.code} {self.name}>"


class Region(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    """Province → city → district: customers live in one, engineers and outlets
    serve some, dispatch groups work by them."""

    __tablename__ = "region"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    # 1 province, 2 city, 3 district, 4 street or area
    level: Mapped[int] = mapped_column(server_default="1")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


employee_region = Table(
    "employee_region", Base.metadata,
    Column("employee_id", ForeignKey("employee.id", ondelete="CASCADE"), primary_key=True),
    Column("region_id", ForeignKey("region.id"), primary_key=True, index=True),
)


class ServiceOutlet(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    """An outside authorised repair station that on-site work can be dispatched to."""

    __tablename__ = "service_outlet"
    __table_args__ = (
        CheckConstraint("settlement_ratio >= 0 AND settlement_ratio <= 1",
                        name="settlement_ratio_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    name: Mapped[str] = mapped_column(String(100))
    contact: Mapped[str] = mapped_column(String(60), server_default="")
    phone: Mapped[str] = mapped_column(String(40), server_default="")
    address: Mapped[str] = mapped_column(Text, server_default="")
    # The outlet's share of the labour fee, and how often it is settled.
    settlement_ratio: Mapped[Decimal] = mapped_column(Numeric(5, 4), server_default="0.7")
    settlement_cycle: Mapped[str] = mapped_column(String(20), server_default="monthly")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


outlet_region = Table(
    "outlet_region", Base.metadata,
    Column("outlet_id", ForeignKey("service_outlet.id", ondelete="CASCADE"), primary_key=True),
    Column("region_id", ForeignKey("region.id"), primary_key=True, index=True),
)


# -- lists and summaries the client shows ---------------------------------------------

def branch_list() -> Select:
    return select(
        Branch.id, Branch.code, Branch.name, Branch.number_prefix, Branch.is_head_office,
        Branch.phone, Branch.address, Branch.active,
    )


def employee_list(reveal: frozenset[str] = frozenset()) -> Select:
    """Employees with their department and branch. Sensitive columns (phone, salary)
    are selected only for the kinds in ``reveal``; otherwise they come back NULL, so
    an operator without the permission never asks for them."""
    return (
        select(
            Employee.id, Employee.code, Employee.name, Department.name.label("department"),
            Branch.name.label("branch"), Employee.post, Employee.skill_grade,
            Employee.is_engineer,
            sensitive(Employee.phone, "phone", reveal, Employee.phone_masked),
            sensitive(Employee.post_salary, "salary", reveal),
            Employee.active,
        )
        .join(Department, Department.id == Employee.department_id)
        .join(Branch, Branch.id == Department.branch_id)
    )


BRANCHES = ListSpec(
    "branch",
    lambda reveal: branch_list(),
    (Branch.code,),
    search=lambda: search_text(Branch.code, Branch.name, Branch.number_prefix, Branch.address,
                               Branch.phone),
)

# Sensitive columns are never searched: a filter would tell what they hold.
EMPLOYEES = ListSpec(
    "employee",
    employee_list,
    (Employee.code,),
    search=lambda: search_text(Employee.code, Employee.name, Employee.name_pinyin,
                               Department.name, Branch.name, Employee.post, Employee.skill_grade),
)


def overview_counts(session: Session) -> dict[str, int]:
    """Head counts for the home page, in one round trip."""
    from .security import Operator

    row = session.execute(
        select(
            select(func.count()).select_from(Branch).scalar_subquery().label("branches"),
            select(func.count()).select_from(Department).scalar_subquery().label("departments"),
            select(func.count()).select_from(Employee).where(Employee.active)
            .scalar_subquery().label("employees"),
            select(func.count()).select_from(Employee)
            .where(Employee.active, Employee.is_engineer).scalar_subquery().label("engineers"),
            select(func.count()).select_from(Operator).where(Operator.active)
            .scalar_subquery().label("operators"),
        )
    ).one()
    return dict(row._mapping)


def branch_choices(session: Session) -> list:
    return list(session.execute(
        select(Branch.id, Branch.code, Branch.name).where(Branch.active)
        .order_by(Branch.is_head_office.desc(), Branch.code)).all())


def employee_choices(session: Session, *, without_operator_except: int | None = -1) -> list:
    """Active employees with department and branch, for pickers. With
    ``without_operator_except``, only those who have no operator yet (or are that
    employee id)."""
    from .security import Operator

    statement = (
        select(Employee.id, Employee.code, Employee.name, Department.name.label("department"),
               Department.branch_id)
        .join(Department, Department.id == Employee.department_id)
        .where(Employee.active)
        .order_by(Employee.code))
    if without_operator_except is not None:
        statement = statement.where(or_(
            Employee.id == without_operator_except,
            ~select(Operator.id).where(Operator.employee_id == Employee.id).exists()))
    return list(session.execute(statement).all())
