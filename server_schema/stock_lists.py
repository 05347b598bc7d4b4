"""The warehouse's lists for the shared list view (``queries.ListSpec``): slips, on-hand
with low-stock flags, the stock card of one product in one warehouse, valuation at
cost, and the whole ledger. Each operator sees their branch's rows only (row-level
security), unless they work with every branch.

Codes, not words: ``kind``, ``reason``, ``status``, ``fault_origin`` and
``source_kind`` hold codes; the screens show them through ``stock.KIND_TITLES``,
``REASON_TITLES``, ``STATUS_TITLES``, ``FAULT_TITLES`` and ``SOURCE_TITLES`` (context
"Stock"). What a row opens: a slip row its slip (``id``); an on-hand or valuation row
the stock card (``warehouse_id``, ``product_id``); a stock card or ledger row its
source document (``source_kind``, ``source_id``: for "slip", the slip's id)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Numeric, and_, case, cast, func, null, select
from sqlalchemy.orm import aliased

from .catalog import Product, ProductCategory
from .org import Branch
from .queries import ListSpec, search_text, sensitive
from .stock import StockLevel, StockMove, StockSlip, StockSlipLine, Warehouse, WarehouseKind

# Warehouse kinds (codes, as the demo and the brochure have them) that hold nothing to
# use: being below a part's minimum there is no shortage.
NOT_FOR_USE = ("SCRAP", "RETURN")

to_warehouse = aliased(Warehouse)
reversed_slip = aliased(StockSlip)
corrected_slip = aliased(StockSlip)
reversal = aliased(StockSlip)


def _slips(reveal: frozenset[str]) -> Any:
    lines = (select(func.count()).where(StockSlipLine.slip_id == StockSlip.id)
             .correlate(StockSlip).scalar_subquery())
    return (
        select(StockSlip.id, StockSlip.number, StockSlip.slip_date, StockSlip.kind,
               StockSlip.reason, StockSlip.status, Warehouse.name.label("warehouse"),
               to_warehouse.name.label("to_warehouse"), Branch.name.label("branch"),
               StockSlip.counterparty, lines.label("lines"),
               reversed_slip.number.label("reverses"), corrected_slip.number.label("corrects"),
               reversal.number.label("reversed_by"), StockSlip.created_by, StockSlip.approved_by,
               StockSlip.posted_by, StockSlip.posted_at, StockSlip.note)
        .join(Warehouse, Warehouse.id == StockSlip.warehouse_id)
        .join(Branch, Branch.id == StockSlip.branch_id)
        .outerjoin(to_warehouse, to_warehouse.id == StockSlip.to_warehouse_id)
        .outerjoin(reversed_slip, reversed_slip.id == StockSlip.reverses_id)
        .outerjoin(corrected_slip, corrected_slip.id == StockSlip.corrects_id)
        .outerjoin(reversal, reversal.reverses_id == StockSlip.id))


#: Stock slips, newest first. Row opens: the slip (``id``).
SLIPS = ListSpec(
    "stock_slip",
    _slips,
    (StockSlip.id,),
    search=lambda: search_text(StockSlip.number, StockSlip.kind, StockSlip.reason,
                               StockSlip.status, StockSlip.counterparty, StockSlip.note,
                               Warehouse.name, Warehouse.name_pinyin, to_warehouse.name,
                               Branch.name, StockSlip.created_by, StockSlip.approved_by,
                               StockSlip.posted_by),
    descending=True,
)

WAREHOUSE_CODE = Warehouse.code.label("warehouse_code")
PRODUCT_CODE = Product.code.label("product_code")


def low_stock() -> Any:
    """Below the product's minimum, in a warehouse that holds stock to use."""
    return and_(Product.min_stock > 0, StockLevel.qty < Product.min_stock,
                WarehouseKind.code.not_in(NOT_FOR_USE))


def _on_hand(reveal: frozenset[str]) -> Any:
    return (
        select(StockLevel.warehouse_id, StockLevel.product_id, WAREHOUSE_CODE,
               Warehouse.name.label("warehouse"), WarehouseKind.name.label("warehouse_kind"),
               Branch.name.label("branch"), PRODUCT_CODE, Product.name.label("product"),
               Product.model, Product.unit, Product.is_part, StockLevel.qty, Product.min_stock,
               low_stock().label("low"), StockLevel.updated_at)
        .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
        .join(WarehouseKind, WarehouseKind.id == Warehouse.kind_id)
        .join(Branch, Branch.id == Warehouse.branch_id)
        .join(Product, Product.id == StockLevel.product_id))


def _stock_search() -> Any:
    return search_text(Warehouse.code, Warehouse.name, Warehouse.name_pinyin, Branch.name,
                       Product.code, Product.name, Product.name_pinyin, Product.model)


#: On-hand by warehouse and product, with ``low`` (below the product's minimum; the
#: filter ``ColumnFilter.equals("low", True)`` lists what to reorder). Row opens: the
#: stock card of (``warehouse_id``, ``product_id``).
ON_HAND = ListSpec(
    "stock_level",
    _on_hand,
    (WAREHOUSE_CODE, PRODUCT_CODE),
    search=_stock_search,
)


def _valuation(reveal: frozenset[str]) -> Any:
    value = (func.round(StockLevel.qty * Product.cost_price, 2) if "cost" in reveal
             else cast(null(), Numeric(14, 2)))
    return (
        select(StockLevel.warehouse_id, StockLevel.product_id, WAREHOUSE_CODE,
               Warehouse.name.label("warehouse"), Branch.name.label("branch"),
               ProductCategory.name.label("category"), PRODUCT_CODE, Product.name.label("product"),
               Product.model, Product.unit, StockLevel.qty,
               sensitive(Product.cost_price, "cost", reveal), value.label("value"))
        .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
        .join(Branch, Branch.id == Warehouse.branch_id)
        .join(Product, Product.id == StockLevel.product_id)
        .outerjoin(ProductCategory, ProductCategory.id == Product.category_id)
        .where(StockLevel.qty > 0))


#: Stock valued at cost (quantity x the product's cost price). ``cost_price`` and
#: ``value`` are sensitive ("cost"): NULL unless revealed, never filtered or grouped
#: by; group by ``warehouse`` or ``category`` with ``sums=["value"]`` for subtotals.
VALUATION = ListSpec(
    "stock_valuation",
    _valuation,
    (WAREHOUSE_CODE, PRODUCT_CODE),
    search=_stock_search,
)


def _source_columns(moves: Any) -> tuple[Any, ...]:
    return (moves.c.source_kind, moves.c.source_id, moves.c.source_line_id, moves.c.source_no,
            StockSlip.kind.label("slip_kind"), StockSlip.reason, StockSlip.slip_date,
            StockSlip.counterparty)


def stock_card(warehouse_id: int, product_id: int) -> ListSpec:
    """One product's moves in one warehouse, oldest first, each with the running
    ``balance`` after it (a window over all the card's moves, so that filtering the
    list leaves each row's balance as it was), ``qty_in``/``qty_out``, and its source
    document (``source_kind``, ``source_id``, ``source_no``; a slip's kind, reason, date
    and counterparty). Row opens: the source document."""
    card = (
        select(StockMove.id, StockMove.at, StockMove.qty, StockMove.source_kind,
               StockMove.source_id, StockMove.source_line_id, StockMove.source_no,
               StockMove.fault_origin, StockMove.actor,
               func.sum(StockMove.qty).over(order_by=StockMove.id).label("balance"))
        .where(StockMove.warehouse_id == warehouse_id, StockMove.product_id == product_id)
        .subquery("card"))

    def statement(reveal: frozenset[str]) -> Any:
        return (
            select(card.c.id, card.c.at, *_source_columns(card),
                   case((card.c.qty > 0, card.c.qty), else_=None).label("qty_in"),
                   case((card.c.qty < 0, -card.c.qty), else_=None).label("qty_out"),
                   card.c.qty, card.c.balance, card.c.fault_origin, card.c.actor)
            .outerjoin(StockSlip, and_(card.c.source_kind == "slip",
                                       StockSlip.id == card.c.source_id)))

    return ListSpec(
        "stock_card", statement, (card.c.id,),
        search=lambda: search_text(card.c.source_no, card.c.source_kind, card.c.actor,
                                   card.c.fault_origin, StockSlip.counterparty, StockSlip.note))


ledger = StockMove.__table__.alias("ledger")


def _moves(reveal: frozenset[str]) -> Any:
    return (
        select(ledger.c.id, ledger.c.at, ledger.c.warehouse_id, ledger.c.product_id,
               WAREHOUSE_CODE, Warehouse.name.label("warehouse"), PRODUCT_CODE,
               Product.name.label("product"), Product.unit, ledger.c.qty,
               *_source_columns(ledger), ledger.c.fault_origin, ledger.c.actor,
               Branch.name.label("branch"))
        .join(Warehouse, Warehouse.id == ledger.c.warehouse_id)
        .join(Product, Product.id == ledger.c.product_id)
        .join(Branch, Branch.id == ledger.c.branch_id)
        .outerjoin(StockSlip, and_(ledger.c.source_kind == "slip",
                                   StockSlip.id == ledger.c.source_id)))


#: The whole ledger, newest first: every stock move with its warehouse, product and
#: source document. Row opens: the source document.
MOVES = ListSpec(
    "stock_move",
    _moves,
    (ledger.c.id,),
    search=lambda: search_text(ledger.c.source_no, ledger.c.source_kind, ledger.c.actor,
                               ledger.c.fault_origin, Warehouse.code, Warehouse.name,
                               Product.code, Product.name, Product.name_pinyin,
                               StockSlip.counterparty),
    descending=True,
)
