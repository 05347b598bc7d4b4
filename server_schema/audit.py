"""The audit log (brochure 1G, 2L): every insert, update and delete of business data,
and every login, logout, password change and sensitive-field reveal.

Data changes are written by the database itself, in the same transaction, by the
``audit_row`` trigger of each table (migration 0003): no client, psql included, can
change data without leaving a row, and the log costs no round trip. The events
without a table row (login, reveal, ...) are written here. The table is INSERT-only
for operators, on the columns that say what happened; time, actor, client address
and application always come from the server, and a row-level policy checks the
branch. Without SELECT there is no RETURNING, so keys are made here (UUIDs).
"""
from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    Uuid,
    cast,
    func,
    insert,
    select,
)
from sqlalchemy.dialects.postgresql import INET, JSONB
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base
from .errors import QT_TRANSLATE_NOOP
from .queries import ListSpec, search_text


class Action(enum.StrEnum):
    INSERT = "INSERT"
    UPDATE = "UPDATE"
    DELETE = "DELETE"
    LOGIN = "LOGIN"
    LOGOUT = "LOGOUT"
    PASSWORD_CHANGED = "PASSWORD_CHANGED"
    PASSWORD_CHANGE_FAILED = "PASSWORD_CHANGE_FAILED"
    PASSWORD_RESET = "PASSWORD_RESET"
    REVEAL = "REVEAL"


#: What the viewer calls each action (translated in context "AuditAction").
ACTION_TITLES = {
    Action.INSERT: QT_TRANSLATE_NOOP("AuditAction", "Added"),
    Action.UPDATE: QT_TRANSLATE_NOOP("AuditAction", "Changed"),
    Action.DELETE: QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
    Action.LOGIN: QT_TRANSLATE_NOOP("AuditAction", "Logged in"),
    Action.LOGOUT: QT_TRANSLATE_NOOP("AuditAction", "Logged out"),
    Action.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("AuditAction", "Password changed"),
    Action.PASSWORD_CHANGE_FAILED: QT_TRANSLATE_NOOP("AuditAction", "Password change refused"),
    Action.PASSWORD_RESET: QT_TRANSLATE_NOOP("AuditAction", "Password reset"),
    Action.REVEAL: QT_TRANSLATE_NOOP("AuditAction", "Sensitive fields shown"),
}


# What the viewer calls the audited tables (translated in context "AuditTable").
TABLE_TITLES = {
    "branch": QT_TRANSLATE_NOOP("AuditTable", "Branch"),
    "department": QT_TRANSLATE_NOOP("AuditTable", "Department"),
    "employee": QT_TRANSLATE_NOOP("AuditTable", "Employee"),
    "operator": QT_TRANSLATE_NOOP("AuditTable", "Operator"),
    "setting": QT_TRANSLATE_NOOP("AuditTable", "Setting"),
    "role": QT_TRANSLATE_NOOP("AuditTable", "Role and profile"),
    "region": QT_TRANSLATE_NOOP("AuditTable", "Region"),
    "employee_region": QT_TRANSLATE_NOOP("AuditTable", "Engineer's region"),
    "service_outlet": QT_TRANSLATE_NOOP("AuditTable", "Service outlet"),
    "outlet_region": QT_TRANSLATE_NOOP("AuditTable", "Outlet's region"),
    "product_category": QT_TRANSLATE_NOOP("AuditTable", "Product category"),
    "brand": QT_TRANSLATE_NOOP("AuditTable", "Brand"),
    "product": QT_TRANSLATE_NOOP("AuditTable", "Product"),
    "customer_grade": QT_TRANSLATE_NOOP("AuditTable", "Customer grade"),
    "customer": QT_TRANSLATE_NOOP("AuditTable", "Customer"),
    "customer_device": QT_TRANSLATE_NOOP("AuditTable", "Customer device"),
    "complaint": QT_TRANSLATE_NOOP("AuditTable", "Complaint"),
    "consultation": QT_TRANSLATE_NOOP("AuditTable", "Consultation"),
    "warehouse_kind": QT_TRANSLATE_NOOP("AuditTable", "Warehouse kind"),
    "warehouse": QT_TRANSLATE_NOOP("AuditTable", "Warehouse"),
    "work_type": QT_TRANSLATE_NOOP("AuditTable", "Work type"),
    "reward_penalty_item": QT_TRANSLATE_NOOP("AuditTable", "Reward or penalty item"),
    "overdue_rule": QT_TRANSLATE_NOOP("AuditTable", "Overdue rule"),
    "dictionary_entry": QT_TRANSLATE_NOOP("AuditTable", "Dictionary entry"),
    "stock_slip": QT_TRANSLATE_NOOP("AuditTable", "Stock slip"),
    "stock_slip_line": QT_TRANSLATE_NOOP("AuditTable", "Stock slip line"),
    "service_order": QT_TRANSLATE_NOOP("AuditTable", "Service order"),
    "order_part_line": QT_TRANSLATE_NOOP("AuditTable", "Part used on an order"),
    "payment": QT_TRANSLATE_NOOP("AuditTable", "Payment"),
    "receivable": QT_TRANSLATE_NOOP("AuditTable", "Receivable"),
    "notification": QT_TRANSLATE_NOOP("AuditTable", "Customer notification"),
    "order_print": QT_TRANSLATE_NOOP("AuditTable", "Order printout"),
    "parts_preorder": QT_TRANSLATE_NOOP("AuditTable", "Parts pre-order"),
    "dispatch": QT_TRANSLATE_NOOP("AuditTable", "Dispatch slip"),
    "dispatch_share": QT_TRANSLATE_NOOP("AuditTable", "Engineer's share of a dispatch"),
    "dispatch_removed_part": QT_TRANSLATE_NOOP("AuditTable", "Part taken off on site"),
}


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (
        CheckConstraint(
            "action IN (" + ", ".join(f"'{a.value}'" for a in Action) + ")", name="action_known"
        ),
        Index("ix_audit_event_at", "at"),
        Index("ix_audit_event_actor_at", "actor", "at"),
        Index("ix_audit_event_record", "table_name", "row_key"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    # The clock, not the transaction's start: rows of one transaction keep their order.
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True),
                                         server_default=func.clock_timestamp())
    actor: Mapped[str] = mapped_column(String(63), server_default=func.current_user())
    branch_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(24))
    table_name: Mapped[str | None] = mapped_column(String(63))
    row_key: Mapped[str | None] = mapped_column(String(200))
    old: Mapped[dict[str, Any] | None] = mapped_column(JSONB(none_as_null=True))
    new: Mapped[dict[str, Any] | None] = mapped_column(JSONB(none_as_null=True))
    client_addr: Mapped[str | None] = mapped_column(INET, server_default=func.inet_client_addr())
    application: Mapped[str] = mapped_column(
        String(64), server_default=func.current_setting("application_name"))
    app_version: Mapped[str] = mapped_column(String(20), server_default="")
    note: Mapped[str] = mapped_column(Text, server_default="")


# Tables whose changes are not business data (the log itself, schema bookkeeping), or
# are logged already: the stock ledger is a log of its own (who, when, how much, from
# which document line; never changed), levels are the sum of the ledger, and slip
# counters are the numbers the audited slips carry. An order's events are its own
# log (written only by its triggers), and document counters are the orders' numbers.
NOT_AUDITED = frozenset({"audit_event", "alembic_version", "stock_move", "stock_level",
                         "stock_slip_counter", "order_event", "document_counter"})

# What the audit trigger logs instead of a sensitive value (permissions.SENSITIVE).
MASK = "***"

def _json(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, enum.Enum)):
        return str(value.value if isinstance(value, enum.Enum) else value)
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    return str(value)


def event_row(
    action: Action | str,
    *,
    table: str | None = None,
    key: str | None = None,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    note: str = "",
    branch_id: int | None = None,
    app_version: str = "",
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(), "action": str(action), "table_name": table, "row_key": key,
        "old": old, "new": new, "note": note, "branch_id": branch_id,
        "app_version": app_version,
    }


def write(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Insert audit rows in one statement, without RETURNING (operators may not read
    the log)."""
    rows = list(rows)
    if rows:
        session.execute(insert(AuditEvent.__table__), rows)


def record(session: Session, action: Action, **values: Any) -> None:
    """One non-data event (login, logout, reveal, password change)."""
    write(session, [event_row(action, branch_id=session.info.get("branch_id"),
                              app_version=session.info.get("app_version", ""), **values)])


# -- the audit viewer --------------------------------------------------------------

def _search() -> Any:
    return search_text(AuditEvent.actor, AuditEvent.action, AuditEvent.table_name,
                       AuditEvent.row_key, AuditEvent.note, cast(AuditEvent.old, Text),
                       cast(AuditEvent.new, Text))


AUDIT_LOG = ListSpec(
    "audit_event",
    lambda reveal: select(
        AuditEvent.at, AuditEvent.id, AuditEvent.actor, AuditEvent.action,
        AuditEvent.table_name, AuditEvent.row_key, AuditEvent.old, AuditEvent.new,
        AuditEvent.client_addr, AuditEvent.application, AuditEvent.app_version, AuditEvent.note,
    ),
    (AuditEvent.at, AuditEvent.id),
    search=_search,
    descending=True,
)


def audit_conditions(
    *,
    actor: str = "",
    action: str = "",
    table: str = "",
    key: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[Any]:
    """The audit viewer's conditions bar as WHERE clauses."""
    conditions: list[Any] = []
    if actor:
        conditions.append(AuditEvent.actor.contains(actor.strip().lower(), autoescape=True))
    if action:
        conditions.append(AuditEvent.action == action)
    if table:
        conditions.append(AuditEvent.table_name == table)
    if key:
        conditions.append(AuditEvent.row_key == key.strip())
    if since is not None:
        conditions.append(AuditEvent.at >= since)
    if until is not None:
        conditions.append(AuditEvent.at < until)
    return conditions


def audited_tables() -> list[str]:
    from .base import metadata

    return sorted({t.name for t in metadata.sorted_tables if t.name not in NOT_AUDITED} | {"role"})
