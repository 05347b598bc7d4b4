"""Dispatch's lists for the shared list view (``queries.ListSpec``): every dispatch slip
(query, group and subtotal by status, engineer or outlet, region, work type, branch,
dates), with the conditions its screen filters by; and the outlet settlement
statement: the completed jobs of one outlet (or of all) in a period, with the fee each
is owed by its settlement terms. Each operator sees their branch's slips only
(row-level security) unless they work with every branch.

Codes, not words: ``status`` and ``assignee_kind`` hold codes; the screens show them
through ``STATUS_TITLES`` and ``KIND_TITLES`` (context "DispatchLists"). What a row
opens: its dispatch slip (``id``); ``order_id`` is its order.

The statement's period is one of completion (``completed_at``), which the database
sets when the completion is entered and nobody can change afterwards: once a period
is over, its statement stays what it was when the outlet was paid. The fee is the one
the database recorded at completion (``dispatch.outlet_fee``: the work type's standard
fee times the outlet's settlement ratio then); ``standard_fee`` and ``ratio`` show the
terms as they are now, and ``terms_changed`` flags a job whose fee no longer matches
them (the terms changed since)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from .catalog import Product
from .customers import Customer
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .order_lists import _day_start, _enum
from .org import Branch, Employee, Region, ServiceOutlet
from .queries import ListSpec, search_text, sensitive
from .security import Operator
from .service import Dispatch, DispatchStatus, ServiceOrder, WorkType
from .service_orders import is_id

#: What the screens call each code (context "DispatchLists").
STATUS_TITLES = {
    DispatchStatus.DISPATCHED: QT_TRANSLATE_NOOP("DispatchLists", "Out"),
    DispatchStatus.COMPLETED: QT_TRANSLATE_NOOP("DispatchLists", "Completed"),
    DispatchStatus.REDISPATCHED: QT_TRANSLATE_NOOP("DispatchLists", "Re-dispatched"),
}
KIND_TITLES = {
    "engineer": QT_TRANSLATE_NOOP("DispatchLists", "Engineer"),
    "outlet": QT_TRANSLATE_NOOP("DispatchLists", "Service outlet"),
}
#: Money columns of DISPATCHES and OUTLET_STATEMENT a footer or a group summary sums.
DISPATCH_SUMS = ("outlet_fee",)
STATEMENT_SUMS = ("standard_fee", "outlet_fee")
DATES_REVERSED = QT_TRANSLATE_NOOP("DomainError", "The start date is after the end date.")
CHOOSE_FROM_LIST = QT_TRANSLATE_NOOP("DomainError", "Choose it from the list.")

engineer = aliased(Employee, name="engineer")
dispatcher = aliased(Employee, name="dispatcher")
dispatcher_operator = aliased(Operator, name="dispatcher_operator")
done_type = aliased(WorkType, name="done_type")


def assignee_kind() -> ColumnElement[str]:
    return case((Dispatch.outlet_id.is_(None), literal("engineer", String)),
                else_=literal("outlet", String))


def _dispatches(reveal: frozenset[str]) -> Any:
    return (
        select(
            Dispatch.id, Dispatch.number, Dispatch.status, Dispatch.order_id,
            ServiceOrder.number.label("order_number"), ServiceOrder.customer_id,
            Customer.code.label("customer_code"), Customer.name.label("customer"),
            sensitive(Customer.phone, "phone", reveal, Customer.phone_masked),
            sensitive(Customer.address, "address", reveal, Customer.address_masked),
            Region.name.label("region"), Product.name.label("product"), Product.model,
            ServiceOrder.fault, assignee_kind().label("assignee_kind"),
            func.coalesce(engineer.name, ServiceOutlet.name).label("assignee"),
            Dispatch.engineer_id, Dispatch.outlet_id, Dispatch.appointment_at, Dispatch.dispatched_at,
            func.coalesce(dispatcher.name, Dispatch.dispatched_by).label("dispatched_by"),
            Dispatch.completed_at, Dispatch.result, done_type.name.label("work_type"),
            Dispatch.signed_back, Dispatch.signed_back_at, Dispatch.outlet_fee, Dispatch.note,
            Dispatch.redispatch_reason, Dispatch.branch_id, Branch.name.label("branch"),
        )
        .join(Branch, Branch.id == Dispatch.branch_id)
        .join(ServiceOrder, ServiceOrder.id == Dispatch.order_id)
        .join(Customer, Customer.id == ServiceOrder.customer_id)
        .join(Product, Product.id == ServiceOrder.product_id)
        .outerjoin(Region, Region.id == Customer.region_id)
        .outerjoin(engineer, engineer.id == Dispatch.engineer_id)
        .outerjoin(ServiceOutlet, ServiceOutlet.id == Dispatch.outlet_id)
        .outerjoin(done_type, done_type.id == Dispatch.work_type_id)
        .outerjoin(dispatcher_operator, dispatcher_operator.role_name == Dispatch.dispatched_by)
        .outerjoin(dispatcher, dispatcher.id == dispatcher_operator.employee_id))


def _dispatch_search() -> Any:
    return search_text(Dispatch.number, ServiceOrder.number, Customer.code, Customer.name,
                       Customer.name_pinyin, Region.name, Region.name_pinyin, Product.name,
                       Product.name_pinyin, Product.model, ServiceOrder.fault, engineer.name,
                       engineer.name_pinyin, ServiceOutlet.name, ServiceOutlet.name_pinyin,
                       Dispatch.result, done_type.name, Dispatch.note, Dispatch.redispatch_reason,
                       Branch.name)


#: Every dispatch slip, newest first: the order, customer (phone and address masked
#: unless revealed), region, product, who it went to (``assignee_kind`` "engineer" or
#: "outlet", ``assignee`` their name), appointment, who dispatched it and when, and
#: the completion (result, the work type done, signed slip back, an outlet's fee).
#: Sum DISPATCH_SUMS in footers and group summaries.
DISPATCHES = ListSpec(
    "dispatch", _dispatches, (Dispatch.id,), search=_dispatch_search, descending=True,
    pinyin=(("assignee", func.coalesce(engineer.name_pinyin, ServiceOutlet.name_pinyin)),))


def _statement(reveal: frozenset[str]) -> Any:
    terms = func.round(WorkType.standard_fee * ServiceOutlet.settlement_ratio, 2)
    return (
        select(
            Dispatch.id, Dispatch.number, Dispatch.completed_at, Dispatch.finished_at,
            Dispatch.outlet_id, ServiceOutlet.code.label("outlet_code"),
            ServiceOutlet.name.label("outlet"), ServiceOutlet.settlement_cycle, Dispatch.order_id,
            ServiceOrder.number.label("order_number"), Customer.name.label("customer"),
            Product.name.label("product"), Product.model, WorkType.name.label("work_type"),
            WorkType.standard_fee, ServiceOutlet.settlement_ratio.label("ratio"), Dispatch.outlet_fee,
            (Dispatch.outlet_fee != terms).label("terms_changed"), Dispatch.result,
            Dispatch.signed_back, Dispatch.branch_id, Branch.name.label("branch"),
        )
        .join(ServiceOutlet, ServiceOutlet.id == Dispatch.outlet_id)
        .join(WorkType, WorkType.id == Dispatch.work_type_id)
        .join(Branch, Branch.id == Dispatch.branch_id)
        .join(ServiceOrder, ServiceOrder.id == Dispatch.order_id)
        .join(Customer, Customer.id == ServiceOrder.customer_id)
        .join(Product, Product.id == ServiceOrder.product_id)
        .where(Dispatch.status == DispatchStatus.COMPLETED))


#: The outlet settlement statement: outlets' completed jobs in the order they were
#: completed, with the work type done, its standard fee, the outlet's ratio and the
#: fee owed (``outlet_fee``). Narrow it with ``statement_conditions``; sum
#: STATEMENT_SUMS; group by ``outlet`` for a summary per outlet.
OUTLET_STATEMENT = ListSpec(
    "outlet_statement", _statement, (Dispatch.completed_at, Dispatch.id),
    search=lambda: search_text(Dispatch.number, ServiceOrder.number, Customer.name,
                               Customer.name_pinyin, Product.name, Product.name_pinyin,
                               Product.model, WorkType.name, ServiceOutlet.code, ServiceOutlet.name,
                               ServiceOutlet.name_pinyin, Dispatch.result, Branch.name))


# -- conditions ------------------------------------------------------------------------------

def _id(value: Any) -> int:
    if not is_id(value):
        raise ValidationError(CHOOSE_FROM_LIST)
    return int(value)


def _moment(value: Any, field: str) -> datetime:
    """A bound of a period: a date is the start of that day in the operator's time
    zone; a time without a zone is the operator's local time."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.astimezone()
    if isinstance(value, date):
        return _day_start(value)
    raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Enter a date."), field=field)


def _period(column: Any, since: date | None, until: date | None, field: str) -> list[ColumnElement[bool]]:
    """Whole days: from the start of ``since`` to the end of ``until`` (the operator's
    time zone), either side open when None."""
    low = None if since is None else _day_start(since)
    high = None if until is None else _day_start(until, 1)
    if low is not None and high is not None and low >= high:
        raise ValidationError(DATES_REVERSED, field=field)
    return [c for c in (None if low is None else column >= low,
                        None if high is None else column < high) if c is not None]


def signed_slip_missing() -> ColumnElement[bool]:
    """Completed, but the completion slip signed by the customer has not come back."""
    return and_(Dispatch.status == DispatchStatus.COMPLETED, Dispatch.signed_back.is_(False))


def late() -> ColumnElement[bool]:
    """Still out past its appointment."""
    return and_(Dispatch.status == DispatchStatus.DISPATCHED, Dispatch.appointment_at < func.now())


def dispatch_conditions(
    *, status: str | None = None, statuses: Any = None, kind: str | None = None,
    engineer_id: int | None = None, outlet_id: int | None = None, branch_id: int | None = None,
    order_id: int | None = None, appointment_from: date | None = None,
    appointment_until: date | None = None, completed_from: date | None = None,
    completed_until: date | None = None, signed_back: bool | None = None,
    missing_signed_slip: bool = False, overdue: bool = False,
) -> list[ColumnElement[bool]]:
    """The slip query's conditions bar as WHERE clauses for DISPATCHES (each None: no
    condition). ``kind``: "engineer" or "outlet"; the ``*_until`` dates include that
    whole day (the operator's time zone); ``missing_signed_slip``: completed but the
    signed completion slip not back (where return visits start from); ``overdue``:
    still out past the appointment."""
    conditions: list[ColumnElement[bool]] = []
    if status is not None:
        conditions.append(Dispatch.status == _enum(status, DispatchStatus, "status"))
    if statuses is not None:
        conditions.append(Dispatch.status.in_([_enum(s, DispatchStatus, "status") for s in statuses]))
    if kind is not None:
        kind = _enum(kind, KIND_TITLES, "kind")
        conditions.append((Dispatch.engineer_id if kind == "engineer" else Dispatch.outlet_id).is_not(None))
    for column, value in ((Dispatch.engineer_id, engineer_id), (Dispatch.outlet_id, outlet_id),
                          (Dispatch.branch_id, branch_id), (Dispatch.order_id, order_id)):
        if value is not None:
            conditions.append(column == _id(value))
    conditions += _period(Dispatch.appointment_at, appointment_from, appointment_until,
                          "appointment_from")
    conditions += _period(Dispatch.completed_at, completed_from, completed_until, "completed_from")
    if signed_back is not None:
        if not isinstance(signed_back, bool):
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose one of the values offered."),
                                  field="signed_back")
        conditions.append(Dispatch.signed_back.is_(signed_back))
    if missing_signed_slip:
        conditions.append(signed_slip_missing())
    if overdue:
        conditions.append(late())
    return conditions


def statement_conditions(*, completed_from: date | datetime, completed_before: date | datetime,
                         outlet_id: int | None = None,
                         branch_id: int | None = None) -> list[ColumnElement[bool]]:
    """The outlet statement of one outlet (None: every outlet) for the period
    [``completed_from``, ``completed_before``) of completion: from inclusive, before
    exclusive, so that one month's statement ends where the next one starts. A date
    is the start of that day in the operator's time zone (the statement of May is
    from 1 May before 1 June)."""
    low = _moment(completed_from, "completed_from")
    high = _moment(completed_before, "completed_before")
    if low >= high:
        raise ValidationError(DATES_REVERSED, field="completed_from")
    conditions = [Dispatch.completed_at >= low, Dispatch.completed_at < high]
    if outlet_id is not None:
        conditions.append(Dispatch.outlet_id == _id(outlet_id))
    if branch_id is not None:
        conditions.append(Dispatch.branch_id == _id(branch_id))
    return conditions


def month(day: date, months: int = 0) -> tuple[date, date]:
    """The calendar month ``months`` away from the one of ``day`` (-1: the month
    before) as [first day, first day of the next month)."""
    index = day.year * 12 + day.month - 1 + months
    first = date(index // 12, index % 12 + 1, 1)
    index += 1
    return first, date(index // 12, index % 12 + 1, 1)


def outlet_choices(session: Session) -> list[Any]:
    """Every outlet with its settlement terms (id, code, name, settlement_ratio,
    settlement_cycle, active), active ones first: a statement may be wanted for an
    outlet no longer used. One round trip."""
    return list(session.execute(
        select(ServiceOutlet.id, ServiceOutlet.code, ServiceOutlet.name, ServiceOutlet.settlement_ratio,
               ServiceOutlet.settlement_cycle, ServiceOutlet.active)
        .order_by(ServiceOutlet.active.desc(), ServiceOutlet.code)).all())


__all__ = ["DISPATCHES", "DISPATCH_SUMS", "KIND_TITLES", "OUTLET_STATEMENT", "STATEMENT_SUMS",
           "STATUS_TITLES", "assignee_kind", "dispatch_conditions", "late", "month", "outlet_choices",
           "signed_slip_missing", "statement_conditions"]
