"""Notifications (brochure 3.2 A): telling the customer that the repair is finished, that
parts arrived, that the repair period is extended, that the repair waits for parts,
that a pre-order waits for parts. Each records its channel (phone, SMS, in person);
time, operator and branch come from the database, and the counts per kind are
counted from the rows (``counts``, and ``load_order``'s ``notification_counts``).

What is still to be told is ``order_lists.TO_NOTIFY``: orders whose status changed to
one the customer should hear about (ready: "finished", awaiting parts, the period
extended) with no notification of that kind since, ready orders nobody collected for
``pickup_reminder_days`` (a setting, 7 by default) since the last "finished"
notification (a reminder, sent as "finished" again), and arrived pre-orders not yet
told "parts arrived"."""
from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import text

from .base import SCHEMA
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .order_errors import ORDER_GONE, order_errors
from .service import Channel, NotificationKind
from .service_orders import is_id, raise_first, require, text_field
from .stock_engine import Executor

S = SCHEMA
MAX_NOTE = 500
#: The kinds that fit each document (the database's check constraints say the same).
ORDER_KINDS = (NotificationKind.FINISHED, NotificationKind.PARTS_ARRIVED,
               NotificationKind.PERIOD_EXTENDED, NotificationKind.AWAITING_PARTS)
PREORDER_KINDS = (NotificationKind.PARTS_ARRIVED, NotificationKind.PREORDER_WAITING)

_NOTIFY = f"""
INSERT INTO {S}.notification (order_id, preorder_id, kind, channel, note)
VALUES (CAST(:order_id AS integer), CAST(:preorder_id AS integer), :kind, :channel, :note)
RETURNING id
"""


def notify(session: Executor, *, kind: str, channel: str, order_id: int | None = None,
           preorder_id: int | None = None, note: str = "",
           permissions: Collection[str] | None = None) -> int:
    """Record that the customer of an order or a pre-order was told ``kind``
    (NotificationKind) by ``channel`` (Channel). One statement. Returns its id."""
    require(permissions, "order_edit")
    if (order_id is None) == (preorder_id is None):
        raise ValueError("notify about an order or a pre-order")
    target = order_id if order_id is not None else preorder_id
    if not is_id(target):
        raise ValidationError(ORDER_GONE)
    problems: list[ValidationError] = []
    fitting = ORDER_KINDS if order_id is not None else PREORDER_KINDS
    if kind not in fitting:
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose what the customer was told."), field="kind"))
    if channel not in set(Channel):
        problems.append(ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose how the customer was told: phone, SMS or in person."),
            field="channel"))
    cleaned = text_field(note, "note", MAX_NOTE, problems)
    raise_first(problems)
    with order_errors():
        return int(session.execute(text(_NOTIFY), {
            "order_id": order_id, "preorder_id": preorder_id, "kind": str(kind),
            "channel": str(channel), "note": cleaned}).scalar_one())


def counts(session: Executor, *, order_id: int | None = None,
           preorder_id: int | None = None) -> dict[str, int]:
    """How many times the customer of an order or a pre-order was told each kind
    (every kind present, 0 if never). One round trip."""
    if (order_id is None) == (preorder_id is None):
        raise ValueError("count for an order or a pre-order")
    column = "order_id" if order_id is not None else "preorder_id"
    found = dict(session.execute(text(
        f"SELECT kind, count(*) FROM {S}.notification WHERE {column} = :id GROUP BY kind"),
        {"id": order_id if order_id is not None else preorder_id}).all())
    return {str(kind): int(found.get(kind, 0)) for kind in NotificationKind}
