"""Demo stock: every warehouse stocked by a posted slip, and a history of slips of every
kind and step (stock-outs, transfers to the branches and into scrap, faulty parts, a
stocktake, a correction and a reversal, drafts, an approved slip waiting to be posted,
a cancelled one), and parts below their minimum. Made through the same functions and
database engine the screens use, as the connection's role (init's superuser or
administrator, who may take every step); reproducible from the seed."""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from . import slips
from .catalog import Product
from .slips import LineInput, SlipInput
from .stock import FaultOrigin, SlipKind, SlipReason, StockSlip, Warehouse, WarehouseKind

# How each warehouse kind (demo_master's kind codes) was stocked first.
OPENING = {
    "PART": (SlipReason.PURCHASE, "parts", (8, 40)),
    "FIN": (SlipReason.PURCHASE, "machines", (2, 12)),
    "AWAIT": (SlipReason.CUSTOMER_RETURN, "machines", (1, 3)),
    "SAMPLE": (SlipReason.OTHER_IN, "machines", (1, 2)),
    "RETURN": (SlipReason.DEALER_RETURN, "machines", (1, 4)),
    "SCRAP": (SlipReason.FAULTY_PART, "parts", (1, 3)),
}
SUPPLIERS = ("格力配件中心", "美的售后备件库", "海尔零部件公司", "华南电子元件厂")
DEALERS = ("国美电器", "苏宁易购", "京东家电")


class _Book:
    """Makes slips and takes them through their steps, dated forward from 75 days ago,
    keeping what is on hand so that every take fits."""

    def __init__(self, connection: Connection, rng: random.Random) -> None:
        self.connection = connection
        self.rng = rng
        self.day = date.today() - timedelta(days=75)
        self.count = 0
        self.stock: dict[tuple[int, int], Decimal] = defaultdict(Decimal)

    def date(self) -> date:
        self.day = min(date.today(), self.day + timedelta(days=self.rng.choice((0, 1, 1, 2))))
        return self.day

    def slip(self, kind: str, reason: str, warehouse: int, lines: list[LineInput], *,
             to: int | None = None, counterparty: str = "", note: str = "",
             until: str = "posted") -> slips.SavedSlip | None:
        if not lines:
            return None  # nothing left to take (a tiny demo)
        saved = slips.save_slip(self.connection, SlipInput(
            kind=kind, reason=reason, warehouse_id=warehouse, to_warehouse_id=to,
            slip_date=self.date(), counterparty=counterparty, note=note), lines)
        self.count += 1
        version = saved.version
        if until in ("approved", "posted"):
            version = slips.approve(self.connection, saved.id, version)
        if until == "posted":
            version = slips.post(self.connection, saved.id, version)
            self.booked(kind, warehouse, to, lines)
        if until == "cancelled":
            version = slips.cancel(self.connection, saved.id, version)
        return slips.SavedSlip(saved.id, saved.number, version)

    def booked(self, kind: str, warehouse: int, to: int | None, lines: list[LineInput],
               sign: int = 1) -> None:
        for line in lines:
            assert line.product_id is not None
            qty = Decimal(line.qty) * sign
            if kind == SlipKind.STOCKTAKE:
                self.stock[warehouse, line.product_id] = qty
            elif kind == SlipKind.IN:
                self.stock[warehouse, line.product_id] += qty
            else:
                self.stock[warehouse, line.product_id] -= qty
                if to is not None:
                    self.stock[to, line.product_id] += qty

    def take(self, warehouse: int, k: int, share: str) -> list[LineInput]:
        """Up to ``k`` products of the warehouse, a share of what is on hand of each."""
        there = sorted(p for (w, p), q in self.stock.items() if w == warehouse and q >= 2)
        return [LineInput(p, max(Decimal(1), (self.stock[warehouse, p] * Decimal(share))
                                 .quantize(Decimal(1))))
                for p in sorted(self.rng.sample(there, min(k, len(there))))]


def fill_demo_stock(connection: Connection, rng: random.Random) -> dict[str, int]:
    """Stock and slips for the demo warehouses; nothing if there are slips already."""
    if connection.execute(select(StockSlip.id).limit(1)).first() is not None:
        return {}
    warehouses = connection.execute(
        select(Warehouse.id, Warehouse.branch_id, WarehouseKind.code.label("kind"))
        .join(WarehouseKind, WarehouseKind.id == Warehouse.kind_id)
        .where(Warehouse.active).order_by(Warehouse.id)).all()
    products = connection.execute(select(Product.id, Product.is_part).where(Product.active)
                                  .order_by(Product.id)).all()
    catalog = {"parts": [p.id for p in products if p.is_part],
               "machines": [p.id for p in products if not p.is_part]}
    if not warehouses or not catalog["parts"] or not catalog["machines"]:
        return {}
    book = _Book(connection, rng)
    for w in warehouses:
        if w.kind not in OPENING:
            continue
        reason, what, (low, high) = OPENING[w.kind]
        chosen = sorted(rng.sample(catalog[what], min(12 if what == "parts" else 5,
                                                      len(catalog[what]))))
        lines = [LineInput(p, Decimal(rng.randint(low, high)),
                           fault_origin=rng.choice(list(FaultOrigin))
                           if reason == SlipReason.FAULTY_PART else None) for p in chosen]
        party = (rng.choice(DEALERS) if reason == SlipReason.DEALER_RETURN
                 else rng.choice(SUPPLIERS) if reason == SlipReason.PURCHASE else "")
        book.slip(SlipKind.IN, reason, w.id, lines, counterparty=party)
    _history(book, warehouses)
    return {"stock slips": book.count}


def _history(book: _Book, warehouses: list[Any]) -> None:
    rng = book.rng
    parts = [w for w in warehouses if w.kind == "PART"]
    if not parts:
        return
    head = parts[0]
    # Parts used in repairs at every branch, and sold over the counter.
    outs = [saved for w in parts if (saved := book.slip(
        SlipKind.OUT, SlipReason.REPAIR_USE, w.id, book.take(w.id, 3, "0.3"), note="维修领用"))]
    book.slip(SlipKind.OUT, SlipReason.SALE, head.id, book.take(head.id, 2, "0.2"),
              counterparty="散客")
    # The head office supplies the branches.
    for w in parts[1:]:
        book.slip(SlipKind.TRANSFER, SlipReason.TRANSFER, head.id, book.take(head.id, 3, "0.2"),
                  to=w.id, note="总部调拨")
    # A part damaged in the workshop goes to scrap; one faulty from the supplier comes
    # back off a customer's machine.
    scrap = next((w for w in warehouses if w.kind == "SCRAP" and w.branch_id == head.branch_id), None)
    if scrap is not None:
        damaged = book.take(head.id, 1, "0.05")
        for line in damaged:
            line.fault_origin = FaultOrigin.WORKSHOP
        book.slip(SlipKind.TRANSFER, SlipReason.TO_SCRAP, head.id, damaged, to=scrap.id,
                  note="维修中损坏")
        part = rng.choice(sorted(p for (w, p) in book.stock if w == head.id))
        book.slip(SlipKind.IN, SlipReason.FAULTY_PART, scrap.id,
                  [LineInput(part, 1, fault_origin=FaultOrigin.SUPPLIER, note="拆机旧件")],
                  note="上门拆回")
    # The month-end count at the head office finds a few differences.
    counted = [LineInput(p, max(Decimal(0), q + rng.choice((-2, -1, 0, 0, 1))))
               for (w, p), q in sorted(book.stock.items()) if w == head.id][:6]
    book.slip(SlipKind.STOCKTAKE, SlipReason.COUNT, head.id, counted, note="月末盘点")
    # A stock-out booked one too many on each line, corrected; another booked twice, undone.
    wrong = slips.load_slip(book.connection, outs[0].id) if outs else {"lines": []}
    fixed = [LineInput(line["product_id"], line["qty"] - 1) for line in wrong["lines"]
             if line["qty"] > 1]
    if fixed:
        slips.correct(book.connection, outs[0].id, SlipInput(
            kind=SlipKind.OUT, reason=SlipReason.REPAIR_USE, warehouse_id=wrong["warehouse_id"],
            slip_date=book.date(), note="数量更正"), fixed, note="数量录错")
        book.count += 2
    if len(outs) > 1:
        slips.reverse(book.connection, outs[1].id, note="重复录入", slip_date=book.date())
        book.count += 1
    # Not yet posted: a draft purchase, an approved sale, a cancelled scrapping.
    book.slip(SlipKind.IN, SlipReason.PURCHASE, head.id,
              [LineInput(p, Decimal(rng.randint(5, 20)))
               for p in sorted({p for (w, p) in book.stock if w == head.id})[:4]],
              counterparty=rng.choice(SUPPLIERS), until="draft")
    book.slip(SlipKind.OUT, SlipReason.SALE, head.id, book.take(head.id, 2, "0.1"),
              counterparty="散客", until="approved")
    book.slip(SlipKind.OUT, SlipReason.SCRAP, head.id, book.take(head.id, 1, "0.1"),
              until="cancelled")
    # Running low: a big repair takes a branch's part down to one, below its minimum.
    last = parts[-1].id
    plenty = sorted(p for (w, p), q in book.stock.items() if w == last and q > 1)
    if plenty:
        book.slip(SlipKind.OUT, SlipReason.REPAIR_USE, last,
                  [LineInput(plenty[0], book.stock[last, plenty[0]] - 1)], note="大修用料")
