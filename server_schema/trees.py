"""The navigator trees of the master data (brochure: "departments and staff as a tree",
"a tree navigator"): what each tree shows, and the rules for moving a node under
another parent and for deactivating or activating one.

A tree is a list of ``Node``s, parents before their children. Its fixed part
(branches and departments, categories, grades and regions, warehouse kinds) is read
in ONE query however deep it is, counts included; the leaves that can be many
(staff, products, customers) load when their parent expands, a page at a time by
keyset, again one query each.

Moves and (de)activation run as the logged-in operator: PostgreSQL's grants and
row-level policies decide what they may change (a branch's operator only its own
branch's departments and staff), and what the database refuses comes back as a
``PermissionDenied`` in words. Each change bumps the row's ``version`` and stamps
``updated_at``/``updated_by``, so that a form opened before it refuses a stale save.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    Select,
    String,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from .catalog import Product, ProductCategory
from .customers import Customer, CustomerGrade
from .errors import QT_TRANSLATE_NOOP, ConflictError, PermissionDenied, ValidationError
from .org import Branch, Department, Employee, Region
from .stock import Warehouse, WarehouseKind

Key = tuple[Any, ...]

# The trees there are, by name.
TREES = ("org", "catalog", "customers", "regions", "warehouses")

# Leaves loaded on expand come this many at a time, then a "more…" node.
PAGE = 200
MORE = "more"

# Each kind of node is a row of this table.
MODELS: dict[str, Any] = {
    "branch": Branch, "department": Department, "employee": Employee,
    "product_category": ProductCategory, "product": Product,
    "customer_grade": CustomerGrade, "customer": Customer, "region": Region,
    "warehouse_kind": WarehouseKind, "warehouse": Warehouse,
}

# The permission that lets an operator change a kind (the client greys what it lacks;
# the database refuses it anyway).
EDIT_PERMISSION: dict[str, str] = {
    "branch": "org_edit", "department": "org_edit", "employee": "org_edit",
    "product_category": "catalog_edit", "product": "catalog_edit",
    "customer": "customer_edit",
    "customer_grade": "settings_edit", "region": "settings_edit",
    "warehouse_kind": "settings_edit", "warehouse": "settings_edit",
}

# What a move changes, by the kind of the node moved: the parent columns only.
MOVE_COLUMNS: dict[str, tuple[str, ...]] = {
    "department": ("parent_id",),
    "employee": ("department_id",),
    "product_category": ("parent_id",),
    "product": ("category_id",),
    "region": ("parent_id",),
    "customer": ("grade_id", "region_id"),
}


@dataclass(eq=False)
class Node:
    """One node of a tree. ``children`` says what may be created (or moved) under it:
    child kind -> the column values such a child gets, e.g. a department's
    ``{"employee": {"department_id": 7}, "department": {"parent_id": 7, ...}}``."""

    key: Key  # unique in its tree
    parent: Key | None
    kind: str  # a table name (MODELS), or MORE
    id: int | None  # the row; None for a group such as "(no grade)"
    name: str = ""
    code: str = ""
    active: bool = True
    version: int | None = None
    count: int | None = None  # shown as "name (n)" when not None
    columns: tuple[str, ...] = ()  # further columns: post, skill grade, model...
    search: str = ""  # pinyin of the name, for the Move to… filter
    lazy: tuple[Any, ...] | None = None  # (loader, args...) of children loaded on expand
    children: dict[str, dict[str, Any]] = field(default_factory=dict)
    movable: bool = False
    branch_id: int | None = None  # the branch a department (or branch) belongs to
    level: int | None = None  # regions: 1 province, 2 city, 3 district, 4 street
    after: Any = None  # MORE nodes: the key the next page starts after
    path: tuple[str, ...] = ()  # Move to… targets: the names above it, when not in the tree
    sort: tuple[Any, ...] = ()

    def __repr__(self) -> str:
        return f"<Node {self.key} {self.name!r}>"


# -- reading: one query for a tree's fixed part --------------------------------------

_COLUMNS = {"kind": String, "id": Integer, "parent": Integer, "grp": Integer, "code": String,
            "name": String, "search": String, "active": Boolean, "version": Integer,
            "n": Integer, "sort": Integer}


def _part(kind: str, **columns: Any) -> Select[Any]:
    """One SELECT of a UNION ALL: every part has the same columns, NULL where unused."""
    values = [literal(kind, String).label("kind")]
    for name, type_ in list(_COLUMNS.items())[1:]:
        value = columns.pop(name, None)
        values.append((cast(null(), type_) if value is None else value).label(name))
    statement = select(*values)
    for condition in columns.pop("where", ()):
        statement = statement.where(condition)
    group_by = columns.pop("group_by", ())
    if group_by:
        statement = statement.group_by(*group_by)
    assert not columns, columns
    return statement


def _union(session: Session, *parts: Select[Any]) -> list[Any]:
    return list(session.execute(union_all(*parts)).all())


def _shown(model: Any, inactive: bool) -> list[ColumnElement[bool]]:
    return [] if inactive else [model.active]


def _tidy(nodes: list[Node], inactive: bool) -> list[Node]:
    """Without ``inactive``, drop inactive nodes and everything under them; then order
    parents before children, siblings by their sort key. A node whose parent is not
    there, or that sits in a cycle (old data), goes to the top rather than vanish."""
    by_key = {n.key: n for n in nodes}
    if not inactive:
        nodes = [n for n in nodes if not _under_inactive(n, by_key)]
        by_key = {n.key: n for n in nodes}
    under: dict[Key | None, list[Node]] = {}
    for node in nodes:
        if node.parent not in by_key:
            node.parent = None
        under.setdefault(node.parent, []).append(node)
    for siblings in under.values():
        siblings.sort(key=lambda n: n.sort)
    ordered: list[Node] = []
    placed: set[Key] = set()

    def place(parent: Key | None) -> None:
        for node in under.get(parent, ()):
            if node.key not in placed:
                placed.add(node.key)
                ordered.append(node)
                place(node.key)

    place(None)
    for node in nodes:  # a cycle: nobody's child reaches it from the top
        if node.key not in placed:
            node.parent = None
            placed.add(node.key)
            ordered.append(node)
            place(node.key)
    return ordered


def _under_inactive(node: Node, by_key: dict[Key, Node]) -> bool:
    """Whether the node or one of its ancestors is inactive."""
    seen: set[Key] = set()
    current: Node | None = node
    while current is not None and current.key not in seen:
        if not current.active:
            return True
        seen.add(current.key)
        current = by_key.get(current.parent) if current.parent is not None else None
    return False


def _rollup(nodes: list[Node], own: dict[Key, int]) -> None:
    """Each node's count: its own plus its descendants' (nodes in tree order)."""
    for node in nodes:
        node.count = own.get(node.key, 0)
    by_key = {n.key: n for n in nodes}
    for node in reversed(nodes):
        parent = by_key.get(node.parent) if node.parent is not None else None
        if parent is not None:
            parent.count = (parent.count or 0) + (node.count or 0)


def _org(session: Session, inactive: bool) -> list[Node]:
    """Branch -> department tree; each counts the staff in it and under it (the
    department's own staff load on expand)."""
    staff = (select(func.count()).where(Employee.department_id == Department.id,
                                        *_shown(Employee, inactive)).scalar_subquery())
    rows = _union(
        session,
        _part("branch", id=Branch.id, code=Branch.code, name=Branch.name, active=Branch.active,
              version=Branch.version, sort=case((Branch.is_head_office, 0), else_=1)),
        _part("department", id=Department.id, parent=Department.parent_id,
              grp=Department.branch_id, code=Department.code, name=Department.name,
              active=Department.active, version=Department.version, n=staff,
              sort=Department.sort_order),
    )
    nodes = []
    for row in rows:
        if row.kind == "branch":
            nodes.append(Node(("branch", row.id), None, "branch", row.id, row.name, row.code,
                              row.active, row.version, branch_id=row.id,
                              children={"department": {"branch_id": row.id, "parent_id": None}},
                              sort=(row.sort, row.code)))
        else:
            parent = ("department", row.parent) if row.parent else ("branch", row.grp)
            nodes.append(Node(
                ("department", row.id), parent, "department", row.id, row.name, row.code,
                row.active, row.version, row.n, lazy=("staff", row.id) if row.n else None,
                children={"department": {"branch_id": row.grp, "parent_id": row.id},
                          "employee": {"department_id": row.id}},
                movable=True, branch_id=row.grp, sort=(row.sort, row.code)))
    ordered = _tidy(nodes, inactive)
    _rollup(ordered, {n.key: n.count for n in ordered if n.count})
    return ordered


def _catalog(session: Session, inactive: bool) -> list[Node]:
    """Category tree; each category counts the products and parts in it and under it
    (its own load on expand). Products in no category sit in a group of their own."""
    products = (select(func.count()).where(Product.category_id == ProductCategory.id,
                                           *_shown(Product, inactive)).scalar_subquery())
    rows = _union(
        session,
        _part("product_category", id=ProductCategory.id, parent=ProductCategory.parent_id,
              code=ProductCategory.code, name=ProductCategory.name,
              search=ProductCategory.name_pinyin, active=ProductCategory.active,
              version=ProductCategory.version, n=products),
        _part("none", n=func.count(), where=[Product.category_id.is_(None),
                                              *_shown(Product, inactive)]),
    )
    nodes = []
    for row in rows:
        if row.kind == "none":
            if row.n:
                nodes.append(Node(("product_category", None), None, "product_category", None,
                                  count=row.n, lazy=("products", None),
                                  children={"product": {"category_id": None}},
                                  sort=(1, "")))
            continue
        nodes.append(Node(
            ("product_category", row.id),
            ("product_category", row.parent) if row.parent else None,
            "product_category", row.id, row.name, row.code, row.active, row.version, row.n,
            search=row.search, lazy=("products", row.id) if row.n else None,
            children={"product_category": {"parent_id": row.id},
                      "product": {"category_id": row.id}},
            movable=True, sort=(0, row.code)))
    ordered = _tidy(nodes, inactive)
    _rollup(ordered, {n.key: n.count for n in ordered if n.count})
    return ordered


def _region_rows(inactive: bool, grouped_by_grade: bool) -> list[Select[Any]]:
    """Every region, and the number of customers in each (per grade if asked)."""
    return [
        _part("region", id=Region.id, parent=Region.parent_id, grp=Region.level,
              code=Region.code, name=Region.name, search=Region.name_pinyin,
              active=Region.active, version=Region.version),
        _part("count", parent=Customer.region_id,
              grp=Customer.grade_id if grouped_by_grade else None, n=func.count(),
              where=_shown(Customer, inactive),
              group_by=[Customer.region_id, *([Customer.grade_id] if grouped_by_grade else [])]),
    ]


def _customers(session: Session, inactive: bool) -> list[Node]:
    """Grade -> province -> city -> district, each counting its customers; the
    customers of a district load when it expands, a page at a time."""
    rows = _union(
        session,
        _part("customer_grade", id=CustomerGrade.id, code=CustomerGrade.code,
              name=CustomerGrade.name, active=CustomerGrade.active,
              version=CustomerGrade.version, sort=CustomerGrade.sort_order),
        *_region_rows(inactive, grouped_by_grade=True),
    )
    regions = {r.id: r for r in rows if r.kind == "region"}
    nodes: dict[Key, Node] = {}
    own: dict[Key, int] = {}
    for row in rows:
        if row.kind == "customer_grade":
            key = ("customer_grade", row.id)
            nodes[key] = Node(key, None, "customer_grade", row.id, row.name, row.code, row.active,
                              row.version, children={"customer": {"grade_id": row.id}},
                              sort=(0, row.sort, row.code))
    for row in rows:
        if row.kind != "count":
            continue
        grade, region = row.grp, row.parent
        grade_key = ("customer_grade", grade)
        if grade_key not in nodes:  # customers of no grade
            nodes[grade_key] = Node(grade_key, None, "customer_grade", None,
                                    children={"customer": {"grade_id": None}}, sort=(1,))
        key = ("region", grade, region)
        own[key] = row.n
        chain, seen = [], set()
        while region is not None and region not in seen and region in regions:
            seen.add(region)
            chain.append(regions[region])
            region = regions[region].parent
        if not chain:  # customers of no region (or of one that is gone)
            nodes.setdefault(key, Node(key, grade_key, "region", None, sort=(1, "")))
        for place in chain:
            place_key = ("region", grade, place.id)
            if place_key not in nodes:
                parent = ("region", grade, place.parent) if place.parent in regions else grade_key
                nodes[place_key] = Node(
                    place_key, parent, "region", place.id, place.name, place.code, place.active,
                    place.version, search=place.search, level=place.grp, sort=(0, place.code))
        nodes[key].lazy = ("customers", grade, nodes[key].id)
        nodes[key].children = {"customer": {"grade_id": grade, "region_id": nodes[key].id}}
    ordered = _tidy(list(nodes.values()), inactive)
    _rollup(ordered, own)
    for node in ordered:
        if node.kind == "region" and node.level is not None and node.level >= 3:
            node.children.setdefault("customer", {"grade_id": node.key[1], "region_id": node.id})
    return ordered


def _regions(session: Session, inactive: bool) -> list[Node]:
    """Province -> city -> district (-> street), each counting the customers in it."""
    rows = _union(session, *_region_rows(inactive, grouped_by_grade=False))
    nodes, own = [], {}
    for row in rows:
        if row.kind == "count":
            if row.parent is not None:
                own[("region", row.parent)] = row.n
            continue
        nodes.append(Node(
            ("region", row.id), ("region", row.parent) if row.parent else None, "region", row.id,
            row.name, row.code, row.active, row.version, search=row.search, level=row.grp,
            children={"region": {"parent_id": row.id, "level": row.grp + 1}} if row.grp < 4 else {},
            movable=True, sort=(row.code,)))
    ordered = _tidy(nodes, inactive)
    _rollup(ordered, own)
    levels: dict[Key, set[int]] = {}
    for node in ordered:
        if node.parent is not None and node.level is not None:
            levels.setdefault(node.parent, set()).add(node.level)
    for node in ordered:  # a new region gets the level of those already there
        if "region" in node.children and len(levels.get(node.key, ())) == 1:
            node.children["region"]["level"] = next(iter(levels[node.key]))
    return ordered


def _warehouses(session: Session, inactive: bool) -> list[Node]:
    """Branch -> warehouse kind -> warehouse; a kind counts its warehouses."""
    rows = _union(
        session,
        _part("branch", id=Branch.id, code=Branch.code, name=Branch.name, active=Branch.active,
              version=Branch.version, sort=case((Branch.is_head_office, 0), else_=1)),
        _part("warehouse_kind", id=WarehouseKind.id, code=WarehouseKind.code,
              name=WarehouseKind.name, active=WarehouseKind.active,
              version=WarehouseKind.version),
        _part("warehouse", id=Warehouse.id, parent=Warehouse.branch_id, grp=Warehouse.kind_id,
              code=Warehouse.code, name=Warehouse.name, search=Warehouse.name_pinyin,
              active=Warehouse.active, version=Warehouse.version),
    )
    kinds = {r.id: r for r in rows if r.kind == "warehouse_kind"}
    nodes: dict[Key, Node] = {}
    for row in rows:
        if row.kind == "branch":
            nodes[("branch", row.id)] = Node(
                ("branch", row.id), None, "branch", row.id, row.name, row.code, row.active,
                row.version, branch_id=row.id, children={"warehouse": {"branch_id": row.id}},
                sort=(row.sort, row.code))
    for row in rows:
        if row.kind != "warehouse" or ("branch", row.parent) not in nodes:
            continue
        kind = kinds[row.grp]
        kind_key = ("warehouse_kind", row.parent, kind.id)
        nodes.setdefault(kind_key, Node(
            kind_key, ("branch", row.parent), "warehouse_kind", kind.id, kind.name, kind.code,
            kind.active, kind.version, branch_id=row.parent,
            children={"warehouse": {"branch_id": row.parent, "kind_id": kind.id}},
            sort=(kind.code,)))
        nodes[("warehouse", row.id)] = Node(
            ("warehouse", row.id), kind_key, "warehouse", row.id, row.name, row.code, row.active,
            row.version, search=row.search, branch_id=row.parent, sort=(row.code,))
    ordered = _tidy(list(nodes.values()), inactive)
    counts: dict[Key, int] = {}
    for node in ordered:
        if node.kind == "warehouse":
            counts[node.parent] = counts.get(node.parent, 0) + 1  # type: ignore[index]
    for node in ordered:
        if node.kind == "warehouse_kind":
            node.count = counts.get(node.key, 0)
    return ordered


_LOADERS: dict[str, Callable[[Session, bool], list[Node]]] = {
    "org": _org, "catalog": _catalog, "customers": _customers, "regions": _regions,
    "warehouses": _warehouses,
}

# What may be created at the top of each tree (the root's children).
_ROOTS: dict[str, dict[str, dict[str, Any]]] = {
    "org": {"branch": {}},
    "catalog": {"product_category": {"parent_id": None}},
    "customers": {"customer_grade": {}},
    "regions": {"region": {"parent_id": None, "level": 1}},
    "warehouses": {},
}


def load(session: Session, tree: str, *, inactive: bool = False) -> list[Node]:
    """A tree's fixed part in one query, parents before children. Without
    ``inactive``, inactive nodes (and what is under them) are left out and counts
    count active rows only."""
    if tree not in _LOADERS:
        raise ValidationError("Unknown tree {name}.", name=tree)
    return _LOADERS[tree](session, inactive)


def root(tree: str) -> Node:
    """The invisible node above a tree's top level: what may be created there, and the
    target of a category dropped on empty space."""
    return Node(("root", tree), None, "root", None, children=_ROOTS[tree])


# -- reading: the leaves, a page at a time --------------------------------------------

def _staff(department_id: int, inactive: bool) -> tuple[Select[Any], Callable[[Any], Node]]:
    statement = (select(Employee.id, Employee.code, Employee.name, Employee.post,
                        Employee.skill_grade, Employee.active, Employee.version,
                        Employee.name_pinyin)
                 .where(Employee.department_id == department_id, *_shown(Employee, inactive)))

    def node(row: Any) -> Node:
        return Node(("employee", row.id), ("department", department_id), "employee", row.id,
                    row.name, row.code, row.active, row.version,
                    columns=(row.post, row.skill_grade), search=row.name_pinyin, movable=True)
    return statement, node


def _products(category_id: int | None, inactive: bool) -> tuple[Select[Any], Callable[[Any], Node]]:
    where = Product.category_id.is_(None) if category_id is None else Product.category_id == category_id
    statement = (select(Product.id, Product.code, Product.name, Product.model, Product.active,
                        Product.version, Product.name_pinyin)
                 .where(where, *_shown(Product, inactive)))

    def node(row: Any) -> Node:
        return Node(("product", row.id), ("product_category", category_id), "product", row.id,
                    row.name, row.code, row.active, row.version, columns=(row.model,),
                    search=row.name_pinyin, movable=True)
    return statement, node


def _customer_leaves(grade_id: int | None, region_id: int | None,
                     inactive: bool) -> tuple[Select[Any], Callable[[Any], Node]]:
    statement = (select(Customer.id, Customer.code, Customer.name, Customer.contact_person,
                        Customer.active, Customer.version, Customer.name_pinyin)
                 .where(Customer.grade_id.is_(None) if grade_id is None
                        else Customer.grade_id == grade_id,
                        Customer.region_id.is_(None) if region_id is None
                        else Customer.region_id == region_id,
                        *_shown(Customer, inactive)))

    def node(row: Any) -> Node:
        return Node(("customer", row.id), ("region", grade_id, region_id), "customer", row.id,
                    row.name, row.code, row.active, row.version, columns=(row.contact_person,),
                    search=row.name_pinyin, movable=True)
    return statement, node


# Loader name -> the table of the leaves (paged by its unique code) and the query.
_LEAVES: dict[str, tuple[Any, Callable[..., tuple[Select[Any], Callable[[Any], Node]]]]] = {
    "staff": (Employee, _staff), "products": (Product, _products),
    "customers": (Customer, _customer_leaves),
}


def children_page(session: Session, parent: Node, *, after: str | None = None,
                  limit: int = PAGE, inactive: bool = False) -> list[Node]:
    """The next ``limit`` leaves under ``parent`` (staff, products or customers) after
    the code ``after``, in code order, in one query; a MORE node ends the page when
    there are more (its ``after`` continues from there). Never OFFSET."""
    if parent.lazy is None:
        return []
    limit = max(1, min(int(limit), 5000))
    loader, *args = parent.lazy
    model, query = _LEAVES[loader]
    statement, make = query(*args, inactive)
    if after is not None:
        statement = statement.where(model.code > after)
    rows = session.execute(statement.order_by(model.code).limit(limit + 1)).all()
    nodes = [make(row) for row in rows[:limit]]
    if len(rows) > limit:
        nodes.append(Node((MORE, *parent.key), parent.key, MORE, None, after=rows[limit - 1].code))
    return nodes


# -- moving ----------------------------------------------------------------------------

def _move_values(node: Node, target: Node) -> dict[str, Any]:
    """The columns a move of ``node`` under ``target`` sets, or why it cannot."""
    presets = target.children.get(node.kind)
    if target.key == node.key and presets is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "It cannot move under itself or under one of its own sub-entries."))
    if node.id is None or not node.movable or presets is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "This cannot be moved there."))
    values = {c: presets[c] for c in MOVE_COLUMNS[node.kind] if c in presets}
    if not values:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "This cannot be moved there."))
    return values


def can_move(node: Node, target: Node | None) -> bool:
    """Whether dropping ``node`` on ``target`` is worth trying: the kinds fit, it is not
    there already, and what the tree already knows does not forbid it (another branch,
    the wrong region level, under itself). ``move`` checks again against the database."""
    if target is None or target.kind == MORE:
        return False
    try:
        values = _move_values(node, target)
    except ValidationError:
        return False
    if target.key == node.parent or (target.kind == "root" and node.parent is None):
        return False
    if node.kind == "department" and target.branch_id != node.branch_id:
        return False
    if node.kind == "region":
        return _region_fits(node.level, target.level, has_cities=False)
    if node.kind == "customer":
        return target.level is not None and target.level >= 3
    return bool(values)


def _ancestors(model: Any, start: Any) -> Any:
    """The ids from ``start`` up to the top of a parent_id tree (recursive CTE; UNION,
    so that a cycle in old data ends the recursion)."""
    up = select(model.id, model.parent_id).where(model.id == start).cte("up", recursive=True)
    higher = aliased(model)
    return up.union(select(higher.id, higher.parent_id).join(up, higher.id == up.c.parent_id))


def _under_itself(model: Any, record_id: int, target_id: int | None) -> Any:
    if target_id is None:
        return literal(False)
    up = _ancestors(model, target_id)
    return exists(select(up.c.id).where(up.c.id == record_id))


def _exists(model: Any, record_id: int | None) -> Any:
    if record_id is None:
        return literal(True)
    return exists(select(model.id).where(model.id == record_id))


def _facts(session: Session, node: Node, values: dict[str, Any], target: Node) -> Any:
    """Everything the rules need about the row and where it goes, in one query."""
    model = MODELS[node.kind]
    columns: list[Any] = [model.version, model.updated_by, model.updated_at,
                          *(getattr(model, c) for c in values)]
    if node.kind in ("department", "product_category"):
        parent = values["parent_id"]
        columns += [_under_itself(model, node.id, parent).label("cycle"),
                    _exists(model, parent).label("target_exists")]
    if node.kind == "department":
        parent = values["parent_id"]
        target_branch = (select(Department.branch_id).where(Department.id == parent)
                         .scalar_subquery() if parent is not None
                         else literal(target.children["department"].get("branch_id")))
        columns += [Department.branch_id, target_branch.label("target_branch")]
    elif node.kind == "employee":
        columns.append(_exists(Department, values["department_id"]).label("target_exists"))
    elif node.kind == "product":
        columns.append(_exists(ProductCategory, values["category_id"]).label("target_exists"))
    elif node.kind == "region":
        parent = values["parent_id"]
        city = aliased(Region)
        columns += [
            Region.level,
            select(Region.level).where(Region.id == parent).scalar_subquery().label("target_level"),
            exists(select(city.id).where(city.parent_id == parent, city.level == 2))
            .label("target_has_cities"),
            _under_itself(Region, node.id, parent).label("cycle"),
        ]
    elif node.kind == "customer":
        region = values.get("region_id")
        columns += [
            select(Region.level).where(Region.id == region).scalar_subquery().label("target_level")
            if region is not None else literal(None, Integer).label("target_level"),
            _exists(CustomerGrade, values.get("grade_id")).label("grade_exists"),
        ]
    row = session.execute(select(*columns).where(model.id == node.id)).first()
    if row is None:
        raise _gone()
    if row.version != node.version:
        raise _stale(row)
    return row


def _gone() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "This record no longer exists. Refresh the tree (F5)."))


def _stale(row: Any) -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP(
        "DomainError", "{who} changed this record at {when}, after the tree was read. Refresh "
        "the tree (F5) and try again."),
        who=row.updated_by, when=row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))


def _region_fits(level: int | None, parent_level: int | None, *, has_cities: bool) -> bool:
    """A region goes under the level just above it; a district may also sit directly
    under a municipality (a province-level city such as 北京市, which has no cities)."""
    if level is None or parent_level is None:
        return False
    return parent_level == level - 1 or (level == 3 and parent_level == 1 and not has_cities)


def _check_rules(node: Node, facts: Any, values: dict[str, Any]) -> None:
    target_gone = ValidationError(QT_TRANSLATE_NOOP(
        "DomainError", "The place you chose no longer exists. Refresh the tree (F5)."))
    if getattr(facts, "target_exists", True) is False:
        raise target_gone
    if getattr(facts, "cycle", False):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "It cannot move under itself or under one of its own sub-entries."))
    if node.kind == "department":
        if facts.target_branch is None:
            raise target_gone
        if facts.target_branch != facts.branch_id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A department stays in its branch: it cannot move under another "
                "branch's department."))
    elif node.kind == "region":
        if facts.level == 1:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A province is at the top of the region tree: it cannot move "
                "under another region."))
        if facts.target_level is None:
            raise target_gone
        if not _region_fits(facts.level, facts.target_level, has_cities=facts.target_has_cities):
            raise ValidationError({
                2: QT_TRANSLATE_NOOP("DomainError", "A city goes directly under a province."),
                3: QT_TRANSLATE_NOOP("DomainError", "A district goes under a city, or directly "
                                     "under a municipality (a province without cities)."),
            }.get(facts.level, QT_TRANSLATE_NOOP("DomainError", "A street goes under a "
                                                 "district.")))
    elif node.kind == "customer":
        if not facts.grade_exists:
            raise target_gone
        if values.get("region_id") is not None and facts.target_level is None:
            raise target_gone
        if facts.target_level is None or facts.target_level < 3:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Customers live in districts: choose a district, not a "
                "province or a city."))


def _write(session: Session, node: Node, values: dict[str, Any]) -> int:
    """One guarded UPDATE: the version the tree read, bumped; who and when stamped.
    Returns the new version."""
    table = MODELS[node.kind].__table__
    try:
        row = session.execute(
            update(table).where(table.c.id == node.id, table.c.version == node.version)
            .values(**values, version=table.c.version + 1, updated_at=func.now(),
                    updated_by=func.current_user())
            .returning(table.c.version)).first()
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":  # no grant, or a policy's CHECK
            raise _refused() from None
        raise
    if row is not None:
        return int(row.version)
    # Nothing updated: gone, changed meanwhile, or hidden from this operator's writes
    # by a row-level policy (another branch's row).
    model = MODELS[node.kind]
    now = session.execute(select(model.version, model.updated_by, model.updated_at)
                          .where(model.id == node.id)).first()
    if now is None:
        raise _gone()
    if now.version != node.version:
        raise _stale(now)
    raise _refused()


def _refused() -> PermissionDenied:
    return PermissionDenied(QT_TRANSLATE_NOOP(
        "DomainError", "The database refused the change: your profile may not change this "
        "record, or not at this place (another branch's records belong to that branch)."))


def move(session: Session, node: Node, target: Node) -> int:
    """Put ``node`` under ``target`` (a node of the tree, or ``root(tree)``): an
    employee into another department, a department under another department of its
    branch (or at its branch's top), a category under another category, a product into
    another category, a region under one of the level above, a customer into another
    district (and the target's grade, in the customers tree). Refused, with nothing
    changed: a cycle, another branch, the wrong level, a stale or vanished row, and
    whatever the database does not let this operator change. Two round trips.
    Returns the row's new version."""
    values = _move_values(node, target)
    facts = _facts(session, node, values, target)
    _check_rules(node, facts, values)
    if all(getattr(facts, c) == v for c, v in values.items()):
        return int(facts.version)  # it is there already
    return _write(session, node, values)


def move_targets(session: Session, node: Node, nodes: Iterable[Node]) -> list[Node]:
    """Where ``node`` could move, for the Move to… dialog: the fitting nodes of its
    tree (``nodes``), or for a customer every district (one query), keeping its grade."""
    if node.kind == "customer":
        grade = node.parent[1] if node.parent else None
        regions = load(session, "regions")
        names = {r.key: r for r in regions}
        targets = [t for t in regions if t.level is not None and t.level >= 3]
        for target in targets:
            above, seen = [], set()
            parent = names.get(target.parent) if target.parent is not None else None
            while parent is not None and parent.key not in seen:
                seen.add(parent.key)
                above.insert(0, parent.name)
                parent = names.get(parent.parent) if parent.parent is not None else None
            target.path = tuple(above)
            target.children = {"customer": {"region_id": target.id}}
            target.key = ("region", grade, target.id)
        return [t for t in targets if t.key != node.parent]
    found = list(nodes)
    if node.kind in ("department", "product_category"):
        below = _descendants(node, found)
        found = [t for t in found if t.key not in below]
    if node.kind == "region":
        with_cities = {c.parent for c in found if c.level == 2}
        return [t for t in found if t.key != node.parent and t.kind == "region"
                and _region_fits(node.level, t.level, has_cities=t.key in with_cities)]
    return [t for t in found if t.key != node.key and can_move(node, t)]


def _descendants(node: Node, nodes: list[Node]) -> set[Key]:
    below = {node.key}
    for candidate in nodes:  # tree order: parents come first
        if candidate.parent in below:
            below.add(candidate.key)
    return below


# -- deactivating and activating ---------------------------------------------------------

def _active_children(kind: str, record_id: int) -> Any | None:
    """How many active entries sit directly under a row (one scalar subquery), for the
    kinds whose children would vanish from the tree with it."""
    def count(model: Any, column: Any) -> Any:
        return (select(func.count()).select_from(model)
                .where(column == record_id, model.active).scalar_subquery())
    parts = {
        "branch": (count(Department, Department.branch_id), count(Warehouse, Warehouse.branch_id)),
        "department": (count(Department, Department.parent_id),
                       count(Employee, Employee.department_id)),
        "product_category": (count(ProductCategory, ProductCategory.parent_id),
                             count(Product, Product.category_id)),
        "region": (count(Region, Region.parent_id), count(Customer, Customer.region_id)),
    }.get(kind)
    if parts is None:
        return None
    return parts[0] + parts[1]


def set_active(session: Session, node: Node, active: bool) -> int:
    """Deactivate (hide from pickers, grey in trees) or activate a row. A branch,
    department, category or region that still has active entries under it is not
    deactivated: they would vanish with it. Returns the new version."""
    if node.id is None or node.kind not in MODELS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "This cannot be changed here."))
    children = None if active else _active_children(node.kind, node.id)
    if children is not None:
        model = MODELS[node.kind]
        row = session.execute(select(model.version, model.updated_by, model.updated_at,
                                     children.label("children"))
                              .where(model.id == node.id)).first()
        if row is None:
            raise _gone()
        if row.version != node.version:
            raise _stale(row)
        if row.children:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "It still has {n} active entries under it: move or deactivate "
                "them first."), n=row.children)
    return _write(session, node, {"active": active})
