"""The navigator trees' server half on the demo database: what each tree shows and
counts, in which order, the lazy leaves and their paging, and the rules for moving
and (de)activating nodes - as the operators themselves, grants and row-level
policies included."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import event, select

from bench.rtproxy import RoundTripProxy
from client.connection import Database, Profile, login
from server_schema import trees
from server_schema.errors import ConflictError, PermissionDenied, ValidationError
from server_schema.org import Branch, Department, Employee
from server_schema.security import Operator
from server_schema.setup import create_operator
from tests import conftest

A = "aftersales"


def connect(db: conftest.TestDatabase, code: str, password: str | None = None,
            port: int | None = None) -> Database:
    profile = Profile(name="t", host="127.0.0.1" if port else db.server.host,
                      port=port or db.server.port, database=db.name, sslmode="disable",
                      role_prefix=db.roles.prefix)
    return login(profile, code, password or db.password)


@pytest.fixture
def manager(db: conftest.TestDatabase) -> Iterator[Database]:
    database = connect(db, "manager")
    yield database
    database.close()


def sql(db: conftest.TestDatabase, statement: str) -> list[tuple]:
    return db.server.execute(statement, db.name)


def load(database: Database, tree: str, **kwargs: object) -> list[trees.Node]:
    with database.read() as session:
        return trees.load(session, tree, **kwargs)  # type: ignore[arg-type]


def page(database: Database, node: trees.Node, **kwargs: object) -> list[trees.Node]:
    with database.read() as session:
        return trees.children_page(session, node, **kwargs)  # type: ignore[arg-type]


def find(nodes: list[trees.Node], kind: str, **match: object) -> trees.Node:
    found = [n for n in nodes if n.kind == kind
             and all(getattr(n, k) == v for k, v in match.items())]
    assert len(found) == 1, (kind, match, found)
    return found[0]


def move(database: Database, node: trees.Node, target: trees.Node) -> int:
    with database.read() as session:
        return trees.move(session, node, target)


def set_active(database: Database, node: trees.Node, active: bool) -> int:
    with database.read() as session:
        return trees.set_active(session, node, active)


def in_tree_order(nodes: list[trees.Node]) -> bool:
    seen: set = set()
    for node in nodes:
        if node.parent is not None and node.parent not in seen:
            return False
        seen.add(node.key)
    return len(seen) == len(nodes)


def siblings(nodes: list[trees.Node], parent: object) -> list[trees.Node]:
    return [n for n in nodes if n.parent == parent]


# -- what each tree shows --------------------------------------------------------------

def test_org_tree_counts_staff_in_branch_and_department_order(db, manager):
    nodes = load(manager, "org")
    assert in_tree_order(nodes)
    branches = siblings(nodes, None)
    assert [b.code for b in branches] == ["HQ", "GZ", "SH"]  # head office first, then code
    staff = dict(sql(db, f"SELECT department_id, count(*) FROM {A}.employee WHERE active "
                         "GROUP BY department_id"))
    for branch in branches:
        departments = siblings(nodes, branch.key)
        expected = sql(db, f"SELECT code FROM {A}.department WHERE branch_id = {branch.id} "
                           "AND parent_id IS NULL ORDER BY sort_order, code")
        assert [d.code for d in departments] == [c for (c,) in expected]
        for department in departments:
            assert department.count == staff.get(department.id, 0)
            assert department.children["employee"] == {"department_id": department.id}
        assert branch.count == sum(d.count for d in departments)
    assert sum(b.count for b in branches) == 25  # 24 demo employees and the administrator's


def test_org_counts_include_sub_departments(db, manager):
    nodes = load(manager, "org")
    service = find(nodes, "department", code="HQ-SVC")
    repair = find(nodes, "department", code="HQ-RPR")
    head = find(nodes, "branch", code="HQ").count
    assert move(manager, repair, service) == repair.version + 1
    nodes = load(manager, "org")
    service2 = find(nodes, "department", code="HQ-SVC")
    assert find(nodes, "department", code="HQ-RPR").parent == service2.key
    assert service2.count == service.count + repair.count
    assert service2.lazy == ("staff", service.id)  # its own staff still load on expand
    assert len(page(manager, service2)) == service.count
    assert find(nodes, "branch", code="HQ").count == head  # the branch total is unchanged


def test_catalog_tree_counts_products_under_each_category(db, manager):
    nodes = load(manager, "catalog")
    assert in_tree_order(nodes)
    assert [n.code for n in siblings(nodes, None)] == ["AC", "KA", "PT", "RF", "WH", "WM"]
    own = dict(sql(db, f"SELECT category_id, count(*) FROM {A}.product WHERE active "
                       "GROUP BY category_id"))
    for node in nodes:
        below = [n for n in nodes if n.parent == node.key]
        assert node.count == own.get(node.id, 0) + sum(n.count for n in below)
        assert (node.lazy is not None) == bool(own.get(node.id))
    assert sum(n.count for n in siblings(nodes, None)) == 48  # 30 machines and 18 parts
    leaves = page(manager, find(nodes, "product_category", code="PT"))
    assert len(leaves) == 18 and [n.code for n in leaves] == sorted(n.code for n in leaves)
    assert {n.kind for n in leaves} == {"product"}


def test_customer_tree_grade_province_city_district(db, manager):
    nodes = load(manager, "customers")
    assert in_tree_order(nodes)
    grades = siblings(nodes, None)
    assert [g.code for g in grades] == ["DEALER", "MALL", "CORP", "PERSON"]  # sort order
    by_grade = dict(sql(db, f"SELECT grade_id, count(*) FROM {A}.customer GROUP BY grade_id"))
    assert {g.id: g.count for g in grades} == by_grade
    cells = sql(db, f"SELECT grade_id, region_id, count(*) FROM {A}.customer "
                    "GROUP BY grade_id, region_id")
    for grade, region, n in cells:
        district = find(nodes, "region", key=("region", grade, region))
        assert district.count == n and district.lazy == ("customers", grade, region)
        assert district.children["customer"] == {"grade_id": grade, "region_id": region}
        # district -> (city ->) province -> grade
        chain = [district]
        while chain[-1].parent is not None:
            chain.append(find(nodes, chain[-1].parent[0], key=chain[-1].parent))
        assert chain[-1].kind == "customer_grade" and chain[-1].id == grade
        assert [n.level for n in chain[:-1]][-1] == 1
    guangzhou = find(nodes, "region", key=("region", grades[-1].id, find(
        load(manager, "regions"), "region", name="广州市").id))
    assert guangzhou.level == 2 and guangzhou.lazy is None  # nobody lives in a city itself


def test_regions_tree_levels_and_customer_counts(db, manager):
    nodes = load(manager, "regions")
    assert in_tree_order(nodes)
    provinces = siblings(nodes, None)
    assert [p.code for p in provinces] == [f"R0{i}" for i in range(1, 8)]
    assert {p.level for p in provinces} == {1}
    assert sum(p.count for p in provinces) == 60
    beijing = provinces[0]
    assert [n.level for n in siblings(nodes, beijing.key)] == [3] * 5  # a municipality
    guangdong = find(nodes, "region", name="广东省")
    [guangzhou] = siblings(nodes, guangdong.key)
    assert guangzhou.level == 2 and len(siblings(nodes, guangzhou.key)) == 5
    assert guangdong.count == guangzhou.count == sum(
        n.count for n in siblings(nodes, guangzhou.key))
    assert guangzhou.children["region"] == {"parent_id": guangzhou.id, "level": 3}
    assert guangdong.children["region"] == {"parent_id": guangdong.id, "level": 2}
    assert beijing.children["region"] == {"parent_id": beijing.id, "level": 3}  # districts


def test_warehouse_tree_branch_kind_warehouse(db, manager):
    nodes = load(manager, "warehouses")
    assert in_tree_order(nodes)
    assert [b.code for b in siblings(nodes, None)] == ["HQ", "GZ", "SH"]
    head = siblings(nodes, None)[0]
    kinds = siblings(nodes, head.key)
    assert [k.code for k in kinds] == sorted(k.code for k in kinds) and len(kinds) == 6
    for kind in kinds:
        assert kind.count == len(siblings(nodes, kind.key)) == 1
        assert kind.children["warehouse"] == {"branch_id": head.id, "kind_id": kind.id}
    total = sql(db, f"SELECT count(*) FROM {A}.warehouse")[0][0]
    assert len([n for n in nodes if n.kind == "warehouse"]) == total == 14


def test_unknown_tree_and_leafless_node(manager):
    with pytest.raises(ValidationError):
        load(manager, "org'; drop table x --")
    branch = load(manager, "org")[0]
    assert page(manager, branch) == []  # branches have no lazy leaves


# -- one query a level -------------------------------------------------------------------

def test_each_level_is_one_query_and_one_round_trip(db):
    with RoundTripProxy(db.server.host, db.server.port) as proxy:
        database = connect(db, "manager", port=proxy.port)
        statements: list[str] = []
        event.listen(database.engine, "before_cursor_execute",
                     lambda _c, _cur, statement, *_a: statements.append(statement))
        try:
            def trips(action: Callable[[], object]) -> tuple[int, int]:
                """(round trips, statements) of an action."""
                proxy.reset()
                statements.clear()
                action()
                return proxy.count(), len(statements)

            for name in trees.TREES:
                assert trips(lambda name=name: load(database, name)) == (1, 1), name
            org = load(database, "org")
            counted = [trips(lambda d=department: page(database, d))
                       for department in [n for n in org if n.lazy]]
            assert {n for _trips, n in counted} == {1}
            # psycopg prepares a statement run the 6th time (one more round trip, once).
            assert counted[:5] == [(1, 1)] * 5 and max(t for t, _n in counted) <= 2
            customers = load(database, "customers")
            district = next(n for n in customers if n.lazy)
            assert trips(lambda: page(database, district, limit=1)) == (1, 1)
            employee = page(database, find(org, "department", code="HQ-SVC"))[0]
            target = find(org, "department", code="HQ-RPR")
            assert trips(lambda: move(database, employee, target)) == (2, 2)  # facts, write
        finally:
            database.close()


# -- paging the customers of a district ----------------------------------------------------

def test_customer_paging_returns_each_customer_once(db, manager):
    nodes = load(manager, "customers")
    person = find(nodes, "customer_grade", code="PERSON")
    haidian = find(load(manager, "regions"), "region", name="海淀区")
    before = sql(db, f"SELECT count(*) FROM {A}.customer WHERE grade_id = {person.id} "
                     f"AND region_id = {haidian.id}")[0][0]
    sql(db, f"INSERT INTO {A}.customer (code, name, grade_id, region_id) "
            f"SELECT 'X' || lpad(g::text, 6, '0'), '客户' || g, {person.id}, {haidian.id} "
            "FROM generate_series(1, 450) g")
    district = find(load(manager, "customers"), "region", key=("region", person.id, haidian.id))
    assert district.count == before + 450
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        leaves = page(manager, district, after=after)
        pages += 1
        more = [n for n in leaves if n.kind == trees.MORE]
        customers = [n for n in leaves if n.kind == "customer"]
        assert len(customers) <= trees.PAGE
        seen += [c.code for c in customers]
        if not more:
            break
        assert leaves[-1] is more[0] and more[0].parent == district.key
        after = more[0].after
    assert pages == 3
    assert len(seen) == len(set(seen)) == before + 450 and seen == sorted(seen)
    # Nonsense limits are bounded, never passed on.
    assert len(page(manager, district, limit=-5)) == 2  # one row, then "more"
    assert len(page(manager, district, limit=10**9)) == before + 450


# -- moving ----------------------------------------------------------------------------

def test_employee_moves_to_another_department(db, manager):
    nodes = load(manager, "org")
    service = find(nodes, "department", code="HQ-SVC")
    finance = find(nodes, "department", code="SH-FIN")  # another branch: allowed for staff
    employee = page(manager, service)[0]
    version = move(manager, employee, finance)
    assert version == employee.version + 1
    [(department, stored, by)] = sql(db, f"SELECT department_id, version, updated_by FROM "
                                         f"{A}.employee WHERE id = {employee.id}")
    assert (department, stored, by) == (finance.id, version, db.roles.operator("manager"))
    after = load(manager, "org")
    assert find(after, "department", code="HQ-SVC").count == service.count - 1
    assert find(after, "department", code="SH-FIN").count == finance.count + 1
    assert employee.code in [n.code for n in page(manager, find(after, "department", code="SH-FIN"))]
    # The tree's old version is stale now: a second move of it is refused, naming who.
    with pytest.raises(ConflictError) as refused:
        move(manager, employee, service)
    assert db.roles.operator("manager") in str(refused.value)


def test_department_moves_within_its_branch_only(db, manager):
    nodes = load(manager, "org")
    service, repair = find(nodes, "department", code="HQ-SVC"), find(nodes, "department", code="HQ-RPR")
    shanghai = find(nodes, "department", code="SH-SVC")
    with pytest.raises(ValidationError, match="stays in its branch"):
        move(manager, repair, shanghai)
    move(manager, repair, service)
    nodes = load(manager, "org")
    service, repair = find(nodes, "department", code="HQ-SVC"), find(nodes, "department", code="HQ-RPR")
    # Its parent under itself: a cycle, refused; nothing changes.
    with pytest.raises(ValidationError, match="under itself"):
        move(manager, service, repair)
    with pytest.raises(ValidationError, match="under itself"):
        move(manager, service, service)
    assert sql(db, f"SELECT parent_id, version FROM {A}.department WHERE id = {service.id}") == [
        (None, service.version)]
    # Back to the top of its branch; not to another branch's top.
    head = find(nodes, "branch", code="HQ")
    assert move(manager, repair, head) == repair.version + 1
    assert sql(db, f"SELECT parent_id FROM {A}.department WHERE id = {repair.id}") == [(None,)]
    repair = find(load(manager, "org"), "department", code="HQ-RPR")
    with pytest.raises(ValidationError, match="stays in its branch"):
        move(manager, repair, find(nodes, "branch", code="SH"))
    # An employee is no department: it has no place on a branch.
    employee = page(manager, service)[0]
    with pytest.raises(ValidationError, match="cannot be moved there"):
        move(manager, employee, head)


def test_category_and_product_moves(db, manager):
    nodes = load(manager, "catalog")
    air, wall = find(nodes, "product_category", code="AC"), find(nodes, "product_category", code="AC-W")
    with pytest.raises(ValidationError, match="under itself"):
        move(manager, air, wall)
    assert move(manager, wall, trees.root("catalog")) == wall.version + 1  # to the top
    nodes = load(manager, "catalog")
    assert find(nodes, "product_category", code="AC-W").parent is None
    product = page(manager, find(nodes, "product_category", code="RF"))[0]
    fridge_count = find(nodes, "product_category", code="RF").count
    move(manager, product, find(nodes, "product_category", code="KA-H"))
    nodes = load(manager, "catalog")
    assert find(nodes, "product_category", code="RF").count == fridge_count - 1
    assert sql(db, f"SELECT c.code FROM {A}.product p JOIN {A}.product_category c "
                   f"ON c.id = p.category_id WHERE p.id = {product.id}") == [("KA-H",)]


def test_region_moves_keep_the_levels(db, manager):
    nodes = load(manager, "regions")
    region = {n.name: n for n in nodes}
    tianhe, chengdu = region["天河区"], region["成都市"]
    assert move(manager, tianhe, chengdu) == tianhe.version + 1  # a district to another city
    assert sql(db, f"SELECT parent_id FROM {A}.region WHERE id = {tianhe.id}") == [(chengdu.id,)]
    nodes = load(manager, "regions")
    region = {n.name: n for n in nodes}
    refusals = [
        (region["越秀区"], region["海珠区"], "A district goes under a city"),  # under a district
        (region["越秀区"], region["广东省"], "A district goes under a city"),  # province with cities
        (region["广州市"], region["成都市"], "A city goes directly under a province"),
        (region["广州市"], region["武侯区"], "A city goes directly under a province"),
        (region["广州市"], region["海珠区"], "under itself"),  # its own district
        (region["四川省"], region["广东省"], "A province is at the top"),
    ]
    for node, target, message in refusals:
        with pytest.raises(ValidationError, match=message):
            move(manager, node, target)
        assert sql(db, f"SELECT version FROM {A}.region WHERE id = {node.id}") == [(node.version,)]
    # A municipality (no cities) takes districts directly.
    assert move(manager, region["越秀区"], region["北京市"]) == region["越秀区"].version + 1
    assert not trees.can_move(region["越秀区"], region["海珠区"])
    assert trees.can_move(region["海珠区"], region["成都市"])


def test_customer_moves_into_a_district_and_grade(db, manager):
    nodes = load(manager, "customers")
    person = find(nodes, "customer_grade", code="PERSON")
    corp = find(nodes, "customer_grade", code="CORP")
    home = next(n for n in nodes if n.lazy and n.key[1] == person.id)
    customer = page(manager, home)[0]
    target = next(n for n in nodes if n.lazy and n.key[1] == corp.id)
    move(manager, customer, target)
    assert sql(db, f"SELECT grade_id, region_id FROM {A}.customer WHERE id = {customer.id}") == [
        (corp.id, target.id)]
    assert customer.code in [n.code for n in page(manager, target)]
    # Not into a city or a province.
    customer = page(manager, home)[0]
    city = next(n for n in nodes if n.kind == "region" and n.level == 2)
    city.children["customer"] = {"grade_id": person.id, "region_id": city.id}
    with pytest.raises(ValidationError, match="Customers live in districts"):
        move(manager, customer, city)
    # The Move to… dialog offers every district, keeping the grade.
    with manager.read() as session:
        choices = trees.move_targets(session, customer, nodes)
    districts = sql(db, f"SELECT count(*) FROM {A}.region WHERE level = 3")[0][0]
    assert {c.level for c in choices} == {3} and len(choices) == districts - 1 == 30
    assert all(c.children == {"customer": {"region_id": c.id}} for c in choices)
    move(manager, customer, choices[0])
    assert sql(db, f"SELECT grade_id, region_id FROM {A}.customer WHERE id = {customer.id}") == [
        (person.id, choices[0].id)]


def test_move_targets_leave_out_what_cannot_be(manager):
    nodes = load(manager, "org")
    service = find(nodes, "department", code="HQ-SVC")
    with manager.read() as session:
        targets = trees.move_targets(session, service, nodes)
    assert targets and all(t.branch_id == service.branch_id for t in targets)
    assert service.key not in {t.key for t in targets}
    assert ("branch", service.branch_id) not in {t.key for t in targets}  # already at its top
    regions = load(manager, "regions")
    district = find(regions, "region", name="天河区")
    with manager.read() as session:
        targets = trees.move_targets(session, district, regions)
    assert {t.level for t in targets} == {1, 2}
    assert "广东省" not in {t.name for t in targets}  # it has cities
    assert "北京市" in {t.name for t in targets} and "广州市" not in {t.name for t in targets}


def test_vanished_rows_and_targets(db, manager):
    nodes = load(manager, "org")
    service = find(nodes, "department", code="HQ-SVC")
    employee = page(manager, service)[0]
    sql(db, f"INSERT INTO {A}.department (code, name, branch_id) VALUES ('GONE', 'x', {service.branch_id})")
    gone = find(load(manager, "org"), "department", code="GONE")
    sql(db, f"DELETE FROM {A}.department WHERE code = 'GONE'")
    with pytest.raises(ValidationError, match="no longer exists"):
        move(manager, employee, gone)
    with pytest.raises(ConflictError, match="no longer exists"):
        set_active(manager, gone, False)
    with pytest.raises(ValidationError):
        set_active(manager, trees.root("org"), False)


# -- permissions, through the database ------------------------------------------------------

@pytest.fixture
def shanghai_editor(db: conftest.TestDatabase) -> Iterator[Database]:
    """A Shanghai operator who may edit the organisation (org_edit, not all_branches)."""
    code = conftest.unique("sh")
    engine = db.superuser_engine()
    try:
        with engine.begin() as conn:
            branch = conn.execute(select(Branch.id).where(Branch.code == "SH")).scalar_one()
            employee = conn.execute(
                select(Employee.id).join(Department, Department.id == Employee.department_id)
                .where(Department.branch_id == branch,
                       ~select(Operator.id).where(Operator.employee_id == Employee.id).exists())
                .order_by(Employee.id).limit(1)).scalar_one()
            role = create_operator(conn, db.roles, code=code, password="Branch@2026x",
                                   employee_id=employee, branch_id=branch, profiles=["clerk"])
    finally:
        engine.dispose()
    db.server.execute(f'GRANT "{db.roles.permission("org_edit")}" TO "{role}"')
    database = connect(db, code, "Branch@2026x")
    yield database
    database.close()
    db.server.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_branch_operator_is_kept_to_its_branch(db, shanghai_editor):
    nodes = load(shanghai_editor, "org")
    hq_service, hq_repair = (find(nodes, "department", code=c) for c in ("HQ-SVC", "HQ-RPR"))
    sh_service, sh_repair = (find(nodes, "department", code=c) for c in ("SH-SVC", "SH-RPR"))
    snapshot = (f"SELECT 'd', id, parent_id, version FROM {A}.department UNION ALL "
                f"SELECT 'e', id, department_id, version FROM {A}.employee ORDER BY 1, 2")
    before = sql(db, snapshot)
    # Another branch's department: the row-level policy hides it from this operator's
    # writes; the refusal comes back in words.
    with pytest.raises(PermissionDenied, match="database refused"):
        move(shanghai_editor, hq_repair, hq_service)
    hq_employee = page(shanghai_editor, hq_service)[0]
    with pytest.raises(PermissionDenied, match="database refused"):
        set_active(shanghai_editor, hq_employee, False)
    # Its own staff into another branch's department: the policy's CHECK refuses.
    employee = page(shanghai_editor, sh_service)[0]
    with pytest.raises(PermissionDenied, match="database refused"):
        move(shanghai_editor, employee, hq_service)
    assert sql(db, snapshot) == before
    # Its own branch it reorganises.
    assert move(shanghai_editor, sh_repair, sh_service) == sh_repair.version + 1
    assert move(shanghai_editor, employee, sh_repair) == employee.version + 1


def test_clerk_may_not_move_staff(db):
    clerk = connect(db, "clerk")
    try:
        nodes = load(clerk, "org")
        employee = page(clerk, find(nodes, "department", code="HQ-SVC"))[0]
        with pytest.raises(PermissionDenied):
            move(clerk, employee, find(nodes, "department", code="HQ-RPR"))
        with pytest.raises(PermissionDenied):
            set_active(clerk, employee, False)
        assert sql(db, f"SELECT version, active FROM {A}.employee WHERE id = {employee.id}") == [
            (employee.version, True)]
    finally:
        clerk.close()


# -- deactivating and activating ------------------------------------------------------------

def test_deactivate_and_activate(db, manager):
    nodes = load(manager, "org")
    finance = find(nodes, "department", code="GZ-FIN")
    [employee] = page(manager, finance)
    # Not while someone works there: they would vanish with it.
    with pytest.raises(ValidationError, match="1 active entries"):
        set_active(manager, finance, False)
    version = set_active(manager, employee, False)
    assert version == employee.version + 1
    assert sql(db, f"SELECT active, updated_by FROM {A}.employee WHERE id = {employee.id}") == [
        (False, db.roles.operator("manager"))]
    nodes = load(manager, "org")
    assert find(nodes, "department", code="GZ-FIN").count == 0
    assert page(manager, find(nodes, "department", code="GZ-FIN")) == []
    finance = find(nodes, "department", code="GZ-FIN")
    assert set_active(manager, finance, False) == finance.version + 1
    assert "GZ-FIN" not in {n.code for n in load(manager, "org")}  # hidden with "show inactive" off
    shown = load(manager, "org", inactive=True)
    finance = find(shown, "department", code="GZ-FIN")
    assert not finance.active and finance.count == 1  # counting inactive staff too
    [employee] = page(manager, finance, inactive=True)
    assert not employee.active
    assert set_active(manager, finance, True) == finance.version + 1
    assert set_active(manager, employee, True) == employee.version + 1
    assert find(load(manager, "org"), "department", code="GZ-FIN").count == 1


def test_inactive_parent_hides_its_subtree(db, manager):
    sql(db, f"UPDATE {A}.region SET active = false WHERE name = '广州市'")
    regions = load(manager, "regions")
    assert not {"广州市", "天河区"} & {n.name for n in regions}
    assert find(regions, "region", name="广东省").count == 0
    customers = load(manager, "customers")
    assert "广州市" not in {n.name for n in customers}
    everything = load(manager, "regions", inactive=True)
    assert {"广州市", "天河区"} <= {n.name for n in everything}


def test_a_cycle_in_old_data_still_shows_every_department_once(db, manager):
    sql(db, f"UPDATE {A}.department SET parent_id = (SELECT id FROM {A}.department "
            "WHERE code = 'HQ-RPR') WHERE code = 'HQ-SVC'")
    sql(db, f"UPDATE {A}.department SET parent_id = (SELECT id FROM {A}.department "
            "WHERE code = 'HQ-SVC') WHERE code = 'HQ-RPR'")
    nodes = load(manager, "org")
    assert in_tree_order(nodes)
    codes = [n.code for n in nodes if n.kind == "department"]
    assert sorted(codes) == sorted(c for (c,) in sql(db, f"SELECT code FROM {A}.department"))
    # Moving one out of the cycle is a cycle check like any other: allowed to the top.
    service = find(nodes, "department", code="HQ-SVC")
    assert move(manager, service, find(nodes, "branch", code="HQ")) == service.version + 1
    assert in_tree_order(load(manager, "org"))
