"""The front desk's lists for the shared list view (``queries.ListSpec``): service orders
with their fees (query, group and subtotal by status, warranty type, service mode,
dates, branch, engineer, work type, customer), overdue pick-ups, "to notify", parts
pre-orders, payments and receivables; the status board; and the conditions the
screens filter by (an engineer's work queue, one status of the board...). Each
operator sees their branch's rows only (row-level security) unless they work with
every branch.

Codes, not words: ``status``, ``warranty``, ``service_mode``, ``reason``, ``method``,
``kind`` hold codes; the screens show them through ``service_orders.STATUS_TITLES``,
``WARRANTY_TITLES``, ``MODE_TITLES``, ``NOTIFICATION_TITLES``, ``METHOD_TITLES``,
``PREORDER_TITLES``, ``RECEIVABLE_TITLES`` (context "Order"). What a row opens: an
order row its order (``id``); a to-notify row its order or pre-order (``document``
"order" or "preorder", ``id``); a pre-order row its pre-order; a payment or
receivable row its order (``order_id``) or pre-order (``preorder_id``)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Interval,
    Numeric,
    String,
    and_,
    cast,
    column,
    exists,
    func,
    literal,
    literal_column,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from .catalog import Brand, Product
from .customers import Customer, CustomerDevice
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .org import Branch, Employee
from .queries import ListSpec, search_text, sensitive
from .service import (
    CLOSED_STATUSES,
    Notification,
    NotificationKind,
    OrderStatus,
    PartsPreorder,
    Payment,
    Receivable,
    ServiceMode,
    ServiceOrder,
    Warranty,
    WorkType,
)
from .service_orders import PICKUP_REMINDER_DAYS, is_id, setting_days
from .stock import Warehouse

MONEY = Numeric(12, 2)
FEE_COLUMNS = ("parts_fee", "labour_fee", "other_fee", "discount_fee", "total", "paid", "balance",
               "claim")
#: Money columns of ORDERS a footer or a group summary sums.
ORDER_SUMS = ("estimated_fee", "parts_fee", "labour_fee", "other_fee", "discount_fee", "total",
              "paid", "balance", "claim")
#: Statuses an engineer works on (the work queue).
WORKSHOP_STATUSES = (OrderStatus.PENDING, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
                     OrderStatus.HARD_TO_REPAIR)


def order_fees(order: Any = ServiceOrder) -> Any:
    """The database's ``order_fees`` of an order, as a LATERAL table for a join."""
    return func.aftersales.order_fees(
        order.id, order.warranty, order.labour_fee, order.other_fee, order.discount,
    ).table_valued(*(column(name, MONEY) for name in FEE_COLUMNS)).lateral("fees")


def _orders(reveal: frozenset[str]) -> Any:
    fees = order_fees()
    today = func.current_date()
    return (
        select(
            ServiceOrder.id, ServiceOrder.number, ServiceOrder.received_at, ServiceOrder.status,
            ServiceOrder.status_at, ServiceOrder.urgent, ServiceOrder.warranty,
            ServiceOrder.service_mode, ServiceOrder.branch_id, Branch.name.label("branch"),
            ServiceOrder.customer_id, Customer.code.label("customer_code"),
            Customer.name.label("customer"),
            sensitive(Customer.phone, "phone", reveal, Customer.phone_masked),
            Product.code.label("product_code"), Product.name.label("product"), Product.model,
            CustomerDevice.serial_no, ServiceOrder.fault, ServiceOrder.work_type_id,
            WorkType.name.label("work_type"), ServiceOrder.engineer_id,
            Employee.name.label("engineer"), ServiceOrder.promised_at, ServiceOrder.pickup_due,
            ServiceOrder.picked_up_at, ServiceOrder.estimated_fee,
            *(fees.c[name] for name in FEE_COLUMNS),
            (and_(ServiceOrder.status == OrderStatus.READY, ServiceOrder.pickup_due < today))
            .label("overdue"),
            late_condition().label("late"),
            ServiceOrder.received_by,
        )
        .join(Branch, Branch.id == ServiceOrder.branch_id)
        .join(Customer, Customer.id == ServiceOrder.customer_id)
        .join(Product, Product.id == ServiceOrder.product_id)
        .join(WorkType, WorkType.id == ServiceOrder.work_type_id)
        .outerjoin(CustomerDevice, CustomerDevice.id == ServiceOrder.device_id)
        .outerjoin(Employee, Employee.id == ServiceOrder.engineer_id)
        .join(fees, true()))


def _order_search() -> Any:
    return search_text(ServiceOrder.number, Customer.code, Customer.name, Customer.name_pinyin,
                       ServiceOrder.contact_person, Product.code, Product.name, Product.model,
                       CustomerDevice.serial_no, ServiceOrder.fault, ServiceOrder.accessories,
                       ServiceOrder.appearance, ServiceOrder.note, WorkType.name, Employee.name,
                       Branch.name)


#: Service orders, newest first, with their fees (a ``total``/``balance`` of the
#: customer's; ``claim`` on manufacturer-claim orders), ``overdue`` (ready and past
#: its pick-up date) and ``late`` (still in the workshop past its promised time).
#: Sum ORDER_SUMS in footers and group summaries.
ORDERS = ListSpec("service_order", _orders, (ServiceOrder.id,), search=_order_search,
                  descending=True)

#: Orders ready but not collected by their pick-up date, oldest due first.
OVERDUE_PICKUPS = ListSpec(
    "service_order",
    lambda reveal: _orders(reveal).where(ServiceOrder.status == OrderStatus.READY,
                                         ServiceOrder.pickup_due < func.current_date()),
    (ServiceOrder.id,), search=_order_search)


# -- conditions ------------------------------------------------------------------------------

def _enum(value: Any, allowed: Any, name: str) -> str:
    if value not in set(allowed):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose one of the values offered."),
                              field=name)
    return str(value)


def order_conditions(
    *, status: str | None = None, statuses: Any = None, warranty: str | None = None,
    service_mode: str | None = None, branch_id: int | None = None, engineer_id: int | None = None,
    work_type_id: int | None = None, customer_id: int | None = None,
    received_from: date | None = None, received_until: date | None = None,
    urgent: bool | None = None, open_only: bool = False, overdue: bool = False,
    unassigned: bool = False, late: bool = False,
) -> list[ColumnElement[bool]]:
    """The order queries' conditions bar as WHERE clauses for ORDERS (each None: no
    condition). ``received_until`` includes that whole day (the operator's time zone);
    ``overdue``: ready and past the pick-up date; ``late``: in the workshop past the
    promised time; ``unassigned``: waiting without an engineer."""
    conditions: list[ColumnElement[bool]] = []
    if status is not None:
        conditions.append(ServiceOrder.status == _enum(status, OrderStatus, "status"))
    if statuses is not None:
        conditions.append(ServiceOrder.status.in_([_enum(s, OrderStatus, "status") for s in statuses]))
    if warranty is not None:
        conditions.append(ServiceOrder.warranty == _enum(warranty, Warranty, "warranty"))
    if service_mode is not None:
        conditions.append(ServiceOrder.service_mode == _enum(service_mode, ServiceMode, "service_mode"))
    for column_, value in ((ServiceOrder.branch_id, branch_id), (ServiceOrder.engineer_id, engineer_id),
                           (ServiceOrder.work_type_id, work_type_id),
                           (ServiceOrder.customer_id, customer_id)):
        if value is not None:
            if not is_id(value):
                raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose it from the list."))
            conditions.append(column_ == value)
    if received_from is not None:
        conditions.append(ServiceOrder.received_at >= _day_start(received_from))
    if received_until is not None:
        conditions.append(ServiceOrder.received_at < _day_start(received_until, 1))
    if urgent is not None:
        conditions.append(ServiceOrder.urgent.is_(bool(urgent)))
    if open_only:
        conditions.append(ServiceOrder.status.notin_(CLOSED_STATUSES))
    if overdue:
        conditions.append(overdue_condition())
    if unassigned:
        conditions += [ServiceOrder.engineer_id.is_(None), ServiceOrder.status == OrderStatus.PENDING]
    if late:
        conditions.append(late_condition())
    return conditions


def _day_start(day: date, plus: int = 0) -> datetime:
    from datetime import time, timedelta

    if not isinstance(day, date):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Enter a date."))
    if isinstance(day, datetime):
        day = day.date()
    return datetime.combine(day + timedelta(days=plus), time.min).astimezone()


def late_condition() -> ColumnElement[bool]:
    """Still in the workshop past the promised time."""
    return and_(ServiceOrder.status.in_(WORKSHOP_STATUSES), ServiceOrder.promised_at < func.now())


def my_employee() -> Any:
    """The employee of the operator logged in, as SQL (None for an operator without one)."""
    from .security import Operator

    return (select(Operator.employee_id).where(Operator.role_name == func.current_user())
            .scalar_subquery())


def my_work_queue() -> list[ColumnElement[bool]]:
    """The work queue of the engineer logged in (``work_queue`` of their employee)."""
    return [ServiceOrder.engineer_id == my_employee(), ServiceOrder.status.in_(WORKSHOP_STATUSES)]


def overdue_condition() -> ColumnElement[bool]:
    """Ready and past the pick-up date."""
    return and_(ServiceOrder.status == OrderStatus.READY, ServiceOrder.pickup_due < func.current_date())


def status_condition(status: str) -> list[ColumnElement[bool]]:
    """The orders behind one count of the status board."""
    return order_conditions(status=status)


def work_queue(engineer_id: int) -> list[ColumnElement[bool]]:
    """An engineer's work queue for ORDERS: their orders still in the workshop (waiting,
    in repair, awaiting parts, hard to repair). Sort by ``promised_at`` for the most
    pressing first."""
    return order_conditions(engineer_id=engineer_id, statuses=WORKSHOP_STATUSES)


def status_board(session: Session, *, branch_id: int | None = None) -> dict[str, int]:
    """Orders per status (every status present, 0 if none), of the branch given or of
    every branch the operator sees, in one round trip; ``"overdue"``: ready and past
    the pick-up date; ``"late"``: in the workshop past the promised time."""
    statement = (select(ServiceOrder.status, func.count(),
                        func.count().filter(overdue_condition()),
                        func.count().filter(late_condition()))
                 .group_by(ServiceOrder.status))
    if branch_id is not None:
        if not is_id(branch_id):
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose it from the list."))
        statement = statement.where(ServiceOrder.branch_id == branch_id)
    board = dict.fromkeys([str(s) for s in OrderStatus] + ["overdue", "late"], 0)
    for status, n, overdue, late in session.execute(statement):
        board[status] = int(n)
        board["overdue"] += int(overdue)
        board["late"] += int(late)
    return board


# -- to notify ---------------------------------------------------------------------------------

_REMINDER = setting_days("pickup_reminder_days", PICKUP_REMINDER_DAYS)
REMINDER_DAYS = literal_column(f"make_interval(days => {_REMINDER})", Interval)


def _told(kind: str, since: Any, order: bool = True) -> Any:
    """A notification of ``kind`` about the row's order (or pre-order) at or after ``since``."""
    target = (Notification.order_id == ServiceOrder.id) if order else (
        Notification.preorder_id == PartsPreorder.id)
    return exists().where(target, Notification.kind == kind, Notification.at >= since)


def _last_told(kind: str) -> Any:
    return (select(func.max(Notification.at))
            .where(Notification.order_id == ServiceOrder.id, Notification.kind == kind)
            .correlate(ServiceOrder).scalar_subquery())


def _order_part(reveal: frozenset[str], reason: str, send: str, since: Any, *where: Any) -> Any:
    return (select(literal("order", String).label("document"), ServiceOrder.id,
                   ServiceOrder.number, literal(reason, String).label("reason"),
                   literal(send, String).label("send"), cast(since, DateTime(timezone=True)).label("since"),
                   ServiceOrder.status, ServiceOrder.customer_id, Customer.name.label("customer"),
                   Customer.name_pinyin.label("customer_pinyin"),
                   sensitive(Customer.phone, "phone", reveal, Customer.phone_masked),
                   Product.name.label("product"), ServiceOrder.branch_id)
            .join(Customer, Customer.id == ServiceOrder.customer_id)
            .join(Product, Product.id == ServiceOrder.product_id)
            .where(*where))


def _to_notify(reveal: frozenset[str]) -> Any:
    finished = _last_told(NotificationKind.FINISHED)
    parts = [
        _order_part(reveal, "finished", NotificationKind.FINISHED, ServiceOrder.status_at,
                    ServiceOrder.status == OrderStatus.READY,
                    ~_told(NotificationKind.FINISHED, ServiceOrder.status_at)),
        _order_part(reveal, "awaiting_parts", NotificationKind.AWAITING_PARTS, ServiceOrder.status_at,
                    ServiceOrder.status == OrderStatus.AWAITING_PARTS,
                    ~_told(NotificationKind.AWAITING_PARTS, ServiceOrder.status_at)),
        _order_part(reveal, "period_extended", NotificationKind.PERIOD_EXTENDED,
                    ServiceOrder.extended_at, ServiceOrder.extended_at.is_not(None),
                    ServiceOrder.status.notin_(CLOSED_STATUSES),
                    ~_told(NotificationKind.PERIOD_EXTENDED, ServiceOrder.extended_at)),
        # Told it is finished, and still not collected so many days after.
        _order_part(reveal, "reminder", NotificationKind.FINISHED, finished + REMINDER_DAYS,
                    ServiceOrder.status == OrderStatus.READY,
                    _told(NotificationKind.FINISHED, ServiceOrder.status_at),
                    finished + REMINDER_DAYS <= func.now()),
        select(literal("preorder", String).label("document"), PartsPreorder.id,
               PartsPreorder.number, literal("parts_arrived", String).label("reason"),
               literal(NotificationKind.PARTS_ARRIVED, String).label("send"),
               cast(PartsPreorder.status_at, DateTime(timezone=True)).label("since"),
               PartsPreorder.status, PartsPreorder.customer_id, Customer.name.label("customer"),
               Customer.name_pinyin.label("customer_pinyin"),
               sensitive(Customer.phone, "phone", reveal, Customer.phone_masked),
               Product.name.label("product"), PartsPreorder.branch_id)
        .join(Customer, Customer.id == PartsPreorder.customer_id)
        .join(Product, Product.id == PartsPreorder.product_id)
        .where(PartsPreorder.status == "arrived",
               ~_told(NotificationKind.PARTS_ARRIVED, PartsPreorder.status_at, order=False)),
    ]
    return union_all(*parts).subquery("to_notify")


def _to_notify_list(reveal: frozenset[str]) -> Any:
    rows = _to_notify(reveal)
    return select(*(rows.c[name] for name in (
        "document", "id", "number", "reason", "send", "since", "status", "customer_id", "customer",
        "phone", "product", "branch_id")))


#: What is still to be told, longest waiting first: ``document`` ("order" or
#: "preorder") and ``id`` open it; ``reason``: "finished" (ready, not told since),
#: "awaiting_parts", "period_extended", "reminder" (told it is finished, and not
#: collected ``pickup_reminder_days`` later) or "parts_arrived" (a pre-order);
#: ``send``: the notification kind to record once told (``notifications.notify``);
#: ``since``: when it became to be told. Rows go once the notification is recorded.
TO_NOTIFY = ListSpec("notification", _to_notify_list, (column("since"), column("document"),
                                                      column("id"), column("reason")),
                     search=lambda: search_text(column("number"), column("customer"),
                                                column("customer_pinyin"), column("product")))


def _to_notify_of(document: str) -> ListSpec:
    return ListSpec("notification",
                    lambda reveal: _to_notify_list(reveal).where(column("document") == document),
                    TO_NOTIFY.key, search=TO_NOTIFY.search)


#: TO_NOTIFY's orders only, and its pre-orders only (arrived, not yet told).
ORDERS_TO_NOTIFY = _to_notify_of("order")
PREORDERS_TO_NOTIFY = _to_notify_of("preorder")


def to_notify_count(session: Session) -> int:
    """How many rows TO_NOTIFY has (for a badge), in one round trip."""
    return int(session.execute(select(func.count()).select_from(_to_notify(frozenset()))).scalar_one())


# -- pre-orders, payments, receivables -----------------------------------------------------------

def _preorder_paid() -> Any:
    return (select(func.coalesce(func.sum(Payment.amount), 0))
            .where(Payment.preorder_id == PartsPreorder.id).correlate(PartsPreorder)
            .scalar_subquery())


def _preorders(reveal: frozenset[str]) -> Any:
    amount = func.round(PartsPreorder.qty * PartsPreorder.price, 2)
    paid = _preorder_paid()
    told = (select(func.count()).where(Notification.preorder_id == PartsPreorder.id)
            .correlate(PartsPreorder).scalar_subquery())
    return (select(PartsPreorder.id, PartsPreorder.number, PartsPreorder.ordered_at,
                   PartsPreorder.status, PartsPreorder.status_at, PartsPreorder.branch_id,
                   Branch.name.label("branch"), PartsPreorder.customer_id,
                   Customer.code.label("customer_code"), Customer.name.label("customer"),
                   sensitive(Customer.phone, "phone", reveal, Customer.phone_masked),
                   Product.code.label("product_code"), Product.name.label("product"),
                   Product.model, Warehouse.name.label("warehouse"), PartsPreorder.qty,
                   PartsPreorder.price, cast(amount, MONEY).label("amount"),
                   cast(paid, MONEY).label("paid"), cast(amount - paid, MONEY).label("balance"),
                   PartsPreorder.arrived_at, PartsPreorder.collected_at,
                   told.label("notifications"), PartsPreorder.note)
            .join(Branch, Branch.id == PartsPreorder.branch_id)
            .join(Customer, Customer.id == PartsPreorder.customer_id)
            .join(Product, Product.id == PartsPreorder.product_id)
            .join(Warehouse, Warehouse.id == PartsPreorder.warehouse_id))


#: Parts pre-orders, newest first. Sum ``amount``, ``paid``, ``balance``.
PREORDERS = ListSpec(
    "parts_preorder", _preorders, (PartsPreorder.id,),
    search=lambda: search_text(PartsPreorder.number, Customer.code, Customer.name,
                               Customer.name_pinyin, Product.code, Product.name, Product.model,
                               PartsPreorder.note),
    descending=True)


def preorder_conditions(*, status: str | None = None, customer_id: int | None = None,
                        open_only: bool = False) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if status is not None:
        conditions.append(PartsPreorder.status == _enum(status, ("ordered", "arrived", "collected",
                                                                 "cancelled"), "status"))
    if customer_id is not None:
        if not is_id(customer_id):
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose it from the list."))
        conditions.append(PartsPreorder.customer_id == customer_id)
    if open_only:
        conditions.append(PartsPreorder.status.in_(("ordered", "arrived")))
    return conditions


payment_order = aliased(ServiceOrder)
payment_preorder = aliased(PartsPreorder)
payment_customer = aliased(Customer)


def _document_columns(table: Any, order: Any, preorder: Any, customer: Any) -> tuple[Any, ...]:
    return (table.order_id, table.preorder_id,
            func.coalesce(order.number, preorder.number).label("number"),
            customer.name.label("customer"))


def _with_documents(statement: Any, table: Any, order: Any, preorder: Any, customer: Any) -> Any:
    return (statement.outerjoin(order, order.id == table.order_id)
            .outerjoin(preorder, preorder.id == table.preorder_id)
            .outerjoin(customer, customer.id == func.coalesce(order.customer_id, preorder.customer_id)))


#: Payments taken, newest first (the day's cash: filter ``paid_at``, group by
#: ``method``). Sum ``amount``.
PAYMENTS = ListSpec(
    "payment",
    lambda reveal: _with_documents(
        select(Payment.id, Payment.paid_at, Payment.method, Payment.amount, Payment.paid_by,
               Payment.branch_id, Branch.name.label("branch"), Payment.note,
               *_document_columns(Payment, payment_order, payment_preorder, payment_customer))
        .join(Branch, Branch.id == Payment.branch_id),
        Payment, payment_order, payment_preorder, payment_customer),
    (Payment.id,),
    search=lambda: search_text(payment_order.number, payment_preorder.number,
                               payment_customer.name, Payment.paid_by, Payment.note),
    descending=True)

#: Receivables: balances handed over on credit and claims on brands, newest first.
#: Sum ``amount``; group by ``kind`` or ``brand``.
RECEIVABLES = ListSpec(
    "receivable",
    lambda reveal: _with_documents(
        select(Receivable.id, Receivable.at, Receivable.kind, Receivable.amount,
               Brand.name.label("brand"), Receivable.by, Receivable.branch_id,
               Branch.name.label("branch"),
               *_document_columns(Receivable, payment_order, payment_preorder, payment_customer))
        .join(Branch, Branch.id == Receivable.branch_id)
        .outerjoin(Brand, Brand.id == Receivable.brand_id),
        Receivable, payment_order, payment_preorder, payment_customer),
    (Receivable.id,),
    search=lambda: search_text(payment_order.number, payment_preorder.number,
                               payment_customer.name, Brand.name, Receivable.by),
    descending=True)


__all__ = ["ORDERS", "ORDERS_TO_NOTIFY", "ORDER_SUMS", "OVERDUE_PICKUPS", "PAYMENTS", "PREORDERS",
           "PREORDERS_TO_NOTIFY", "RECEIVABLES", "TO_NOTIFY", "late_condition", "my_work_queue",
           "order_conditions", "order_fees", "overdue_condition", "preorder_conditions",
           "status_board", "status_condition", "to_notify_count", "work_queue"]
