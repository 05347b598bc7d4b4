"""The permission model, as data: permission roles, what each may do on which table
(and column), and the profiles made of them.

Everything here becomes PostgreSQL roles and GRANTs (see ``grants.py``): the database
enforces it against any client, and the client shows menus and actions from the same
facts (``pg_has_role``). Each later module adds its tables and permissions here in the
change that adds its migration.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TableGrant:
    table: str
    privileges: tuple[str, ...]
    # Column-level grant (None: the whole table).
    columns: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Permission:
    name: str  # the role is <prefix>p_<name>
    title: str  # marked for translation in context "Permission"
    grants: tuple[TableGrant, ...] = ()
    # Sensitive-field kind this permission reveals, if any.
    reveals: str | None = None


# Columns nobody reads without the matching reveal permission: kind -> table.columns.
# Everyone may read their masked forms (generated columns ``<column>_masked``).
SENSITIVE: dict[str, tuple[tuple[str, str], ...]] = {
    "phone": (("employee", "phone"), ("customer", "phone"), ("customer", "phone2")),
    "address": (("customer", "address"),),
    "salary": (("employee", "post_salary"),),
    "cost": (("product", "cost_price"),),
}


def _columns(table: str) -> tuple[str, ...]:
    from .models import metadata

    return tuple(c.name for c in metadata.tables[f"aftersales.{table}"].columns)


def public_columns(table: str) -> tuple[str, ...]:
    """Every column of ``table`` but its sensitive ones."""
    hidden = {column for pairs in SENSITIVE.values() for t, column in pairs if t == table}
    return tuple(c for c in _columns(table) if c not in hidden)


def writable_columns(table: str, *also: str) -> tuple[str, ...]:
    """What an editor may write: the public columns but the generated ones, plus
    ``also`` (sensitive ones the editor may set, e.g. a phone typed on a form)."""
    from .models import metadata

    table_ = metadata.tables[f"aftersales.{table}"]
    return tuple(c for c in public_columns(table) if table_.c[c].computed is None) + also


def _read(*tables: str) -> tuple[TableGrant, ...]:
    """SELECT on the tables: whole tables, or the public columns of those that have
    sensitive ones."""
    return tuple(
        TableGrant(t, ("SELECT",), None if public_columns(t) == _columns(t) else public_columns(t))
        for t in tables)


def _edit(table: str, *also: str, delete: bool = False) -> tuple[TableGrant, ...]:
    grants = (TableGrant(table, ("INSERT", "UPDATE"), writable_columns(table, *also)),)
    return grants + ((TableGrant(table, ("DELETE",)),) if delete else ())


# Reference data every operator reads (sensitive columns excepted).
REFERENCE = (
    "branch", "department", "employee", "operator", "region", "employee_region",
    "service_outlet", "outlet_region", "product_category", "brand", "product",
    "customer_grade", "customer", "customer_device", "complaint", "consultation",
    "warehouse_kind", "warehouse", "work_type", "reward_penalty_item", "overdue_rule",
    "dictionary_entry",
    # Stock: on-hand, the ledger and the slips, each operator those of their branch
    # (row-level policies). Levels and the ledger are written only by the stock engine.
    "stock_level", "stock_move", "stock_slip", "stock_slip_line",
)

# What a slip's editor writes; the database sets its number, branch, status steps
# and who and when (migration 0007's triggers).
SLIP_CONTENT = ("reason", "warehouse_id", "to_warehouse_id", "slip_date", "counterparty", "note")
SLIP_STEP = ("status", "version", "updated_at", "updated_by")
SLIP_LINE = ("line_no", "product_id", "qty", "fault_origin", "device_id", "note")

# The front desk's documents: every operator reads those of their branch (row-level
# policies); events, receivables and counters are written only by the database.
ORDERS = ("service_order", "order_event", "order_part_line", "payment", "receivable",
          "notification", "order_print", "parts_preorder")
# What an order's editor writes; the database sets its number, branch, status steps
# and who and when (migration 0008's triggers).
ORDER_CONTENT = ("service_mode", "warranty", "urgent", "contact_person", "fault", "accessories",
                 "appearance", "work_type_id", "estimated_fee", "labour_fee", "other_fee",
                 "discount", "promised_at", "pickup_due", "note")
ORDER_NEW = ("branch_id", "customer_id", "device_id", "product_id", "engineer_id", *ORDER_CONTENT)
ORDER_STEP = ("status", "status_note", "engineer_id", "version", "updated_at", "updated_by")
PART_LINE = ("line_no", "warehouse_id", "product_id", "qty", "price", "note")
# Dispatch (brochure 3.2 B): every operator reads the slips of their branch; the
# database sets the number, branch, steps and who and when (migration 0009).
DISPATCHES = ("dispatch", "dispatch_share", "dispatch_removed_part")
DISPATCH_NEW = ("order_id", "engineer_id", "outlet_id", "appointment_at", "note", "previous_id",
                "redispatch_reason")
DISPATCH_STEP = ("appointment_at", "note", "status", "result", "work_type_id", "arrived_at",
                 "finished_at", "signed_back", "version", "updated_at", "updated_by")
PREORDER_CONTENT = ("product_id", "warehouse_id", "qty", "price", "note")
PREORDER_STEP = ("status", "cancel_reason", "version", "updated_at", "updated_by")
#: Settings an editor of basic settings may change (a row-level policy keeps the
#: others, such as the role prefix, out of reach). Defaults: settlement.ORDER_SETTINGS.
EDITABLE_SETTINGS = ("pickup_reminder_days", "repair_warranty_days")

# What every operator may do (the group role <prefix>g_staff).
STAFF: tuple[TableGrant, ...] = (
    TableGrant("alembic_version", ("SELECT",)),
    TableGrant("setting", ("SELECT",)),
    *_read(*REFERENCE),
    *_read(*ORDERS),
    *_read(*DISPATCHES),
    # Whoever may see an order may print it; the database counts the copies.
    TableGrant("order_print", ("INSERT",), ("order_id", "kind")),
    TableGrant("order_print", ("UPDATE",), ("copies", "last_at", "last_by")),
    # Operators clear their own "must change password" flag (row-level policy: own row).
    TableGrant("operator", ("UPDATE",),
               ("must_change_password", "password_changed_at", "updated_at", "updated_by",
                "version")),
    # Dictionaries grow from data entry (brochure 1A): whoever types a new value adds it.
    TableGrant("dictionary_entry", ("INSERT",),
               ("kind", "name", "normalised", "name_pinyin", "uses")),
    TableGrant("dictionary_entry", ("UPDATE",), ("uses", "updated_at", "updated_by", "version")),
    # The audit log takes rows from everyone and shows them to nobody but holders of
    # audit_read. Time, actor, client address and application always come from
    # server defaults; the row-level policy checks the branch.
    TableGrant("audit_event", ("INSERT",),
               ("id", "branch_id", "action", "table_name", "row_key", "old", "new",
                "app_version", "note")),
)

# Functions every operator may call: they answer with ids only (a lookup by a whole
# phone number for operators who may not read phone numbers; see migration 0006).
STAFF_FUNCTIONS = ("find_customer_by_phone(text)", "find_employee_by_phone(text)",
                   # an order's fees (migration 0008): the lists and forms compute them
                   "order_fees(integer, text, numeric, numeric, numeric)")

PERMISSIONS: tuple[Permission, ...] = (
    Permission(
        "org_edit",
        QT_TRANSLATE_NOOP("Permission", "Edit branches, departments and employees"),
        (
            TableGrant("branch", ("INSERT", "UPDATE", "DELETE")),
            TableGrant("department", ("INSERT", "UPDATE", "DELETE")),
            *_edit("employee", "phone", delete=True),
            TableGrant("employee_region", ("INSERT", "DELETE")),
        ),
    ),
    Permission(
        "customer_edit",
        QT_TRANSLATE_NOOP("Permission", "Edit customers, their devices, complaints and "
                                        "consultations"),
        (
            *_edit("customer", "phone", "phone2", "address", delete=True),
            *_edit("customer_device", delete=True),
            *_edit("complaint"),
            *_edit("consultation"),
        ),
    ),
    Permission(
        "catalog_edit",
        QT_TRANSLATE_NOOP("Permission", "Edit products, spare parts, categories and brands"),
        (*_edit("product_category", delete=True), *_edit("brand", delete=True),
         *_edit("product", "cost_price", delete=True)),
    ),
    Permission(
        "settings_edit",
        QT_TRANSLATE_NOOP("Permission", "Edit basic settings: regions, outlets, customer "
                                        "grades, warehouses, work types, rewards, penalties, "
                                        "overdue rules and dictionaries"),
        (
            *_edit("region", delete=True), *_edit("service_outlet", delete=True),
            TableGrant("outlet_region", ("INSERT", "DELETE")),
            *(grant for table in ("customer_grade", "warehouse_kind", "warehouse", "work_type",
                                  "reward_penalty_item", "overdue_rule")
              for grant in _edit(table, delete=True)),
            TableGrant("dictionary_entry", ("UPDATE", "DELETE")),
            TableGrant("setting", ("INSERT", "UPDATE"), ("key", "value")),
        ),
    ),
    Permission(
        "stock_edit",
        QT_TRANSLATE_NOOP("Permission", "Make and change draft stock slips, and cancel them"),
        (
            TableGrant("stock_slip", ("INSERT",), ("kind", *SLIP_CONTENT)),
            TableGrant("stock_slip", ("UPDATE",), SLIP_CONTENT + SLIP_STEP),
            TableGrant("stock_slip_line", ("INSERT",), ("slip_id", *SLIP_LINE)),
            TableGrant("stock_slip_line", ("UPDATE",), SLIP_LINE),
            TableGrant("stock_slip_line", ("DELETE",)),
        ),
    ),
    # Approving and posting are separate steps, so that they can be separate people's.
    Permission(
        "stock_approve",
        QT_TRANSLATE_NOOP("Permission", "Approve stock slips"),
        (TableGrant("stock_slip", ("UPDATE",), SLIP_STEP),),
    ),
    Permission(
        "stock_post",
        QT_TRANSLATE_NOOP("Permission", "Post approved stock slips (moves the stock)"),
        (TableGrant("stock_slip", ("UPDATE",), SLIP_STEP),),
    ),
    # Brochure 1E, "editing a slip is controlled by a permission": a posted slip is
    # never changed; it is corrected by a reversal and a new slip, both posted at once.
    Permission(
        "stock_correct",
        QT_TRANSLATE_NOOP("Permission", "Correct posted stock slips (reversal and new slip)"),
        (
            TableGrant("stock_slip", ("INSERT",),
                       ("kind", *SLIP_CONTENT, "status", "reverses_id", "corrects_id")),
            TableGrant("stock_slip_line", ("INSERT",), ("slip_id", *SLIP_LINE, "origin_line_id")),
        ),
    ),
    # The front desk (brochure 3.2 A): intake, settlement and pick-up, notifications,
    # pre-orders; the workshop; cancelling; and the two money decisions the database
    # checks itself (a discount above the limit, handing over unpaid).
    Permission(
        "order_edit",
        QT_TRANSLATE_NOOP("Permission", "Take in and change service orders, take payments, hand "
                                        "repaired machines over, notify customers, take parts "
                                        "pre-orders"),
        (
            TableGrant("service_order", ("INSERT",), ORDER_NEW),
            TableGrant("service_order", ("UPDATE",), ORDER_CONTENT + ORDER_STEP),
            TableGrant("payment", ("INSERT",), ("order_id", "preorder_id", "method", "amount", "note")),
            TableGrant("notification", ("INSERT",),
                       ("order_id", "preorder_id", "kind", "channel", "note")),
            TableGrant("parts_preorder", ("INSERT",), ("customer_id", *PREORDER_CONTENT)),
            TableGrant("parts_preorder", ("UPDATE",), PREORDER_CONTENT + PREORDER_STEP),
        ),
    ),
    Permission(
        "order_repair",
        QT_TRANSLATE_NOOP("Permission", "Repair in the workshop: take orders on, record the "
                                        "parts used, mark them waiting for parts, hard to "
                                        "repair or ready"),
        (
            TableGrant("service_order", ("UPDATE",), ORDER_STEP),
            TableGrant("order_part_line", ("INSERT",), ("order_id", *PART_LINE)),
            TableGrant("order_part_line", ("UPDATE",), PART_LINE + ("updated_at", "updated_by")),
            TableGrant("order_part_line", ("DELETE",)),
        ),
    ),
    Permission(
        "dispatch_edit",
        QT_TRANSLATE_NOOP("Permission", "Dispatch on-site orders to engineers and service outlets, "
                                        "requisition parts on dispatch slips, enter completions"),
        (
            TableGrant("dispatch", ("INSERT",), DISPATCH_NEW),
            TableGrant("dispatch", ("UPDATE",), DISPATCH_STEP),
            TableGrant("dispatch_share", ("INSERT",), ("dispatch_id", "employee_id", "share")),
            TableGrant("dispatch_share", ("UPDATE",), ("share",)),
            TableGrant("dispatch_share", ("DELETE",)),
            TableGrant("dispatch_removed_part", ("INSERT",),
                       ("dispatch_id", "product_id", "qty", "origin", "warehouse_id")),
            TableGrant("order_part_line", ("INSERT",), ("order_id", "dispatch_id", *PART_LINE)),
            TableGrant("order_part_line", ("UPDATE",), PART_LINE + ("updated_at", "updated_by")),
            TableGrant("order_part_line", ("DELETE",)),
        ),
    ),
    Permission(
        "order_cancel",
        QT_TRANSLATE_NOOP("Permission", "Cancel service orders"),
        (TableGrant("service_order", ("UPDATE",), ORDER_STEP + ("cancel_reason",)),),
    ),
    Permission(
        "order_discount",
        QT_TRANSLATE_NOOP("Permission", "Give discounts above the limit"),
    ),
    Permission(
        "order_credit",
        QT_TRANSLATE_NOOP("Permission", "Hand over orders and pre-orders unpaid (on credit)"),
    ),
    Permission(
        "reveal_phone",
        QT_TRANSLATE_NOOP("Permission", "Show phone numbers"),
        tuple(TableGrant(t, ("SELECT",), (c,)) for t, c in SENSITIVE["phone"]),
        reveals="phone",
    ),
    Permission(
        "reveal_address",
        QT_TRANSLATE_NOOP("Permission", "Show customers' addresses"),
        tuple(TableGrant(t, ("SELECT",), (c,)) for t, c in SENSITIVE["address"]),
        reveals="address",
    ),
    Permission(
        "reveal_salary",
        QT_TRANSLATE_NOOP("Permission", "Show and change salaries"),
        (TableGrant("employee", ("SELECT", "INSERT", "UPDATE"), ("post_salary",)),),
        reveals="salary",
    ),
    Permission(
        "reveal_cost",
        QT_TRANSLATE_NOOP("Permission", "Show cost prices"),
        (TableGrant("product", ("SELECT",), ("cost_price",)),),
        reveals="cost",
    ),
    Permission(
        "all_branches",
        QT_TRANSLATE_NOOP("Permission", "Work with every branch's records"),
    ),
    Permission(
        "audit_read",
        QT_TRANSLATE_NOOP("Permission", "Read the audit log"),
        (TableGrant("audit_event", ("SELECT",)),),
    ),
    Permission(
        "operator_admin",
        QT_TRANSLATE_NOOP("Permission", "Administer operators and profiles"),
        (TableGrant("operator", ("INSERT", "UPDATE")),),
    ),
)

PERMISSION_NAMES = tuple(p.name for p in PERMISSIONS)


@dataclass(frozen=True)
class Profile:
    name: str  # the role is <prefix>r_<name>
    title: str
    permissions: tuple[str, ...] = field(default=())


# The profiles a new database starts with; administrators change them later.
PROFILES: tuple[Profile, ...] = (
    Profile("clerk", QT_TRANSLATE_NOOP("Profile", "Counter clerk"),
            ("customer_edit", "order_edit", "order_cancel", "reveal_phone", "reveal_address")),
    Profile("dispatcher", QT_TRANSLATE_NOOP("Profile", "Dispatcher"),
            ("customer_edit", "order_edit", "dispatch_edit", "reveal_phone", "reveal_address")),
    Profile("engineer", QT_TRANSLATE_NOOP("Profile", "Engineer"), ("order_repair",)),
    # Keepers draft and post slips; approving them (and correcting posted ones) is the
    # manager's, so that no single person both decides and moves stock.
    Profile("warehouse", QT_TRANSLATE_NOOP("Profile", "Warehouse keeper"),
            ("catalog_edit", "reveal_cost", "stock_edit", "stock_post")),
    Profile("finance", QT_TRANSLATE_NOOP("Profile", "Finance"),
            ("order_credit", "reveal_phone", "reveal_salary", "reveal_cost", "all_branches")),
    Profile("manager", QT_TRANSLATE_NOOP("Profile", "Manager"),
            ("org_edit", "customer_edit", "catalog_edit", "settings_edit", "stock_edit",
             "stock_approve", "stock_post", "stock_correct", "order_edit", "order_repair",
             "dispatch_edit",
             "order_cancel", "order_discount", "order_credit", "reveal_phone", "reveal_address",
             "reveal_salary", "reveal_cost", "all_branches", "audit_read")),
    Profile("administrator", QT_TRANSLATE_NOOP("Profile", "Administrator"), PERMISSION_NAMES),
)

PROFILE_NAMES = tuple(p.name for p in PROFILES)


def permission(name: str) -> Permission:
    for p in PERMISSIONS:
        if p.name == name:
            return p
    raise KeyError(name)


def reveal_permission(kind: str) -> str:
    """The permission that reveals a kind of sensitive field."""
    for p in PERMISSIONS:
        if p.reveals == kind:
            return p.name
    raise KeyError(kind)
