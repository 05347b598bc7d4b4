"""Lookups' server half against a real database: by code, name, pinyin and whole phone
number (also for operators who may not read numbers), ranked, filtered, inactive
records left out, malicious text taken literally, one round trip per search."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import conftest
import pytest
from conftest import PgServer, unique
from sqlalchemy import insert, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session

from bench.rtproxy import RoundTripProxy
from client.connection import Profile, login
from server_schema import lookups, migrate, queries, setup
from server_schema.catalog import Product
from server_schema.customers import Customer
from server_schema.errors import ValidationError
from server_schema.org import Branch, Department, Employee, Region
from server_schema.stock import Warehouse
from server_schema.text import pinyin_key

if TYPE_CHECKING:
    from conftest import TestDatabase

PHONE = "13800138000"
PHONE2 = "13912345678"
LANDLINE = "010-62345678"
ENGINEER_PHONE = "18611112222"


def _customer(code: str, name: str, *, phone: str = "", phone2: str = "", active: bool = True,
              contact: str = "", region_id: int | None = None) -> dict:
    return {"code": code, "name": name, "name_pinyin": pinyin_key(name), "phone": phone,
            "phone2": phone2, "active": active, "contact_person": contact, "region_id": region_id}


@pytest.fixture(scope="module")
def lookup_db(pg_server: PgServer, template_db: TestDatabase) -> Iterator[TestDatabase]:
    """A clone of the template with the records these tests look for (read only)."""
    name = unique("as_lookup_")
    pg_server.create_database(name, template=template_db.name)
    pg_server.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
    pg_server.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO "{template_db.roles.staff}"')
    database = conftest.TestDatabase(pg_server, name, template_db.roles)
    engine = database.superuser_engine()
    try:
        with engine.begin() as conn:
            _seed(conn)
        engine.dispose()
        yield database
    finally:
        engine.dispose()
        pg_server.drop_database(name)


def _employee(code: str, name: str, department: int, post: str, *, engineer: bool,
              phone: str = "", active: bool = True) -> dict:
    return {"code": code, "name": name, "name_pinyin": pinyin_key(name), "department_id": department,
            "post": post, "is_engineer": engineer, "phone": phone, "active": active}


def _seed(conn) -> None:
    """The records the tests look for, beside the demo data."""
    # The demo data's spare parts (PT....) are not marked as parts: mark them here.
    conn.execute(update(Product).where(Product.code.like("PT%")).values(is_part=True))
    chaoyang = conn.execute(select(Region.id).where(Region.name == "朝阳区")).scalar_one()
    conn.execute(insert(Customer), [
        _customer("LK001", "张三", phone=PHONE, phone2=PHONE2, region_id=chaoyang),
        _customer("LK002", "张三丰", phone="13800138001", active=False),
        _customer("LK003", "三星电器维修部", phone=LANDLINE, contact="王经理"),
        _customer("SAN1", "钱七"),
        _customer("ZS", "赵六"),
        _customer("ZS01", "孙八"),
        _customer("LK010", "折扣100%店"), _customer("LK011", "折扣1000店"),
        _customer("LK012", "型号a_b店"), _customer("LK013", "型号aXb店"),
        _customer("LK014", "O'Brien\\Shop"),
    ])
    department = conn.execute(select(Department.id).join(Branch)
                              .where(Branch.is_head_office).limit(1)).scalar_one()
    conn.execute(insert(Employee), [
        _employee("LKE1", "张三", department, "维修工程师", engineer=True,
                  phone=ENGINEER_PHONE),
        _employee("LKE2", "张珊", department, "文员", engineer=False),
        _employee("LKE3", "张善", department, "维修工程师", engineer=True, active=False),
    ])


@pytest.fixture(scope="module")
def engineer(lookup_db: TestDatabase) -> Iterator[Engine]:
    """An operator who may not read phone numbers (the engineer profile)."""
    engine = lookup_db.operator_engine("engineer")
    yield engine
    engine.dispose()


def search(engine: Engine, kind: str, text_: str, **filters) -> list[lookups.Suggestion]:
    with Session(engine) as session:
        return lookups.search(session, kind, text_, **filters)


def everything(engine: Engine, kind: str, text_: str) -> list[lookups.Suggestion]:
    return search(engine, kind, text_, limit=lookups.MAX_LIMIT)


def codes(found: list[lookups.Suggestion]) -> list[str]:
    return [s.code for s in found]


# -- code, name, pinyin -----------------------------------------------------------------
def test_by_code_exact_first_then_prefix(engineer):
    found = search(engineer, "customer", "lk001")
    assert codes(found)[0] == "LK001"
    assert found[0].label == "LK001 张三"
    assert codes(search(engineer, "customer", "LK01")) == ["LK010", "LK011", "LK012", "LK013",
                                                           "LK014"]


def test_by_name(engineer):
    assert codes(search(engineer, "customer", "张三")) == ["LK001"]
    assert "LK003" in codes(search(engineer, "customer", "星电器"))  # inside the name
    assert "LK003" in codes(search(engineer, "customer", "王经理"))  # the contact person
    assert codes(search(engineer, "employee", "张三")) == ["LKE1"]


@pytest.mark.parametrize("typed", ["zs", "ZS", "zhangsan", "ZhangSan", "ｚｈａｎｇｓａｎ", "zhang"])
def test_by_pinyin_initials_and_full_pinyin(engineer, typed):
    assert "LK001" in codes(everything(engineer, "customer", typed))
    assert "LKE1" in codes(everything(engineer, "employee", typed))


def test_ranking_exact_code_then_code_prefix_then_name_then_contains(engineer):
    # "zs": the code ZS, the code ZS01, then 张三 by its initials (short text: starts only).
    found = codes(search(engineer, "customer", "zs"))
    assert found.index("ZS") < found.index("ZS01") < found.index("LK001")
    # "san": the code SAN1, then 三星电器 (pinyin starts with it), then 张三 (contains it).
    found = codes(search(engineer, "customer", "san"))
    assert found.index("SAN1") < found.index("LK003") < found.index("LK001")


def test_suggestions_say_what_tells_records_apart(engineer):
    customer = search(engineer, "customer", "LK001")[0]
    assert customer.detail == "138****8000 · 朝阳区"
    product = search(engineer, "product", "PT0001")[0]
    assert product.detail.startswith("通用-01 · 个 · ¥") and product.name == "空调主板"
    employee = search(engineer, "employee", "LKE1")[0]
    assert employee.detail.endswith(" · 维修工程师") and "总部" in employee.detail
    warehouse = search(engineer, "warehouse", "HQ-PART")[0]
    assert warehouse.detail == "配件库 · 总部"
    region = search(engineer, "region", "chaoyang")[0]
    assert (region.name, region.detail) == ("朝阳区", "北京市")
    tianhe = search(engineer, "region", "天河区")[0]
    assert tianhe.detail == "广东省 / 广州市"


def test_limit(engineer):
    assert len(search(engineer, "customer", "c0")) == lookups.LIMIT
    with Session(engineer) as session:
        assert len(lookups.search(session, "customer", "c0", limit=3)) == 3
        with pytest.raises(ValueError):
            lookups.search(session, "customer", "c0", limit=0)


# -- phone numbers ----------------------------------------------------------------------
def test_the_engineer_may_not_read_phone_numbers(engineer):
    with engineer.connect() as conn, pytest.raises(ProgrammingError, match="permission denied"):
        conn.execute(text("SELECT phone FROM aftersales.customer LIMIT 1"))


@pytest.mark.parametrize("typed", [PHONE, "138 0013 8000", "138-0013-8000", "１３８００１３８０００",
                                   PHONE2, " 139 1234 5678 "])
def test_whole_phone_number_finds_without_revealing(engineer, typed):
    found = search(engineer, "customer", typed)
    assert codes(found) == ["LK001"]
    shown = repr(found)
    assert PHONE not in shown and PHONE2 not in shown and "138****8000" in shown


def test_landline_and_employee_phone(engineer):
    assert codes(search(engineer, "customer", "01062345678")) == ["LK003"]
    assert codes(search(engineer, "customer", LANDLINE)) == ["LK003"]
    found = search(engineer, "employee", "186 1111 2222")
    assert codes(found) == ["LKE1"] and ENGINEER_PHONE not in repr(found)


@pytest.mark.parametrize("typed", ["13800138", "0013800", "138001380", "38000", "8000",
                                   "1380013800", "138001380000", "62345678", "1380013800%"])
def test_parts_of_a_number_find_nothing(engineer, typed):
    assert "LK001" not in codes(search(engineer, "customer", typed))
    assert "LK003" not in codes(search(engineer, "customer", typed))


def test_the_phone_function_answers_only_whole_numbers(engineer, lookup_db):
    with engineer.connect() as conn:
        def ids(number: str) -> list[int]:
            return list(conn.execute(text("SELECT aftersales.find_customer_by_phone(:n)"),
                                     {"n": number}).scalars())
        assert len(ids(PHONE)) == 1
        assert ids("138001") == [] and ids("%") == [] and ids("138%") == [] and ids("") == []
        assert ids("13800138000 OR true") == []
        # The inactive customer's number is known to the function; lookups leave it out.
        assert len(ids("13800138001")) == 1
    assert "LK002" not in codes(search(engineer, "customer", "13800138001"))


def test_a_lookup_writes_nothing_to_the_audit_log(engineer, lookup_db):
    def logged() -> int:
        return lookup_db.server.execute("SELECT count(*) FROM aftersales.audit_event",
                                        lookup_db.name)[0][0]
    before = logged()
    search(engineer, "customer", PHONE)
    search(engineer, "employee", ENGINEER_PHONE)
    search(engineer, "customer", "zhangsan")
    assert logged() == before


def test_phone_functions_are_definer_functions_for_the_staff_only(lookup_db):
    rows = lookup_db.server.execute(
        "SELECT p.proname, p.prosecdef, p.proconfig, pg_get_userbyid(p.proowner), "
        f"has_function_privilege('{lookup_db.roles.staff}', p.oid, 'EXECUTE'), "
        "has_function_privilege('public', p.oid, 'EXECUTE') "
        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'aftersales' AND p.proname LIKE 'find_%%_by_phone' ORDER BY 1",
        lookup_db.name)
    assert [r[0] for r in rows] == ["find_customer_by_phone", "find_employee_by_phone"]
    for _name, definer, config, owner, staff, public in rows:
        assert definer and config == ["search_path=pg_catalog, pg_temp"]
        assert owner == lookup_db.roles.owner and staff and not public


def test_an_upgraded_database_grants_the_functions_too(own_db):
    """Databases made before 0006 get the functions, and the staff may call them."""
    engine = own_db.superuser_engine()
    try:
        with engine.begin() as conn:
            conn.execute(text(f'SET LOCAL ROLE "{own_db.roles.owner}"'))
            migrate.downgrade(conn, "0005")
            conn.execute(text("RESET ROLE"))
            assert conn.execute(text(
                "SELECT to_regprocedure('aftersales.find_customer_by_phone(text)')")).scalar() is None
            setup.upgrade_database(conn)
    finally:
        engine.dispose()
    operator = own_db.operator_engine("keeper")
    try:
        with Session(operator) as session:
            phone = own_db.server.execute(
                "SELECT phone, code FROM aftersales.customer WHERE phone <> '' LIMIT 1", own_db.name)
            found = lookups.search(session, "customer", phone[0][0])
            assert phone[0][1] in codes(found)
    finally:
        operator.dispose()


@pytest.mark.parametrize("table,column,index", [
    ("customer", "phone", "ix_customer_phone_digits"),
    ("customer", "phone2", "ix_customer_phone2_digits"),
    ("employee", "phone", "ix_employee_phone_digits"),
])
def test_phone_lookups_are_served_by_the_indexes(lookup_db, table, column, index):
    # The functions' own condition, as their owner runs it; a tiny table: ask what the
    # planner could use.
    engine = lookup_db.superuser_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text("SET enable_seqscan = off"))
            plan = "\n".join(conn.execute(text(
                f"EXPLAIN SELECT id FROM aftersales.{table} "
                f"WHERE translate({column}, ' -', '') = translate('138 0013 8000', ' -', '')"
            )).scalars())
    finally:
        engine.dispose()
    assert index in plan


@pytest.mark.parametrize("typed,indexes", [
    ("zs", {"ix_customer_code_prefix", "ix_customer_name_prefix", "ix_customer_pinyin_prefix",
            "ix_customer_initials_prefix"}),
    ("王", {"ix_customer_name_prefix"}),
    ("zhangsan", {"ix_customer_search"}),
    (PHONE, {"ix_customer_search", "pk_customer"}),
])
def test_searches_are_served_by_indexes(lookup_db, typed, indexes):
    statement = lookups.search_statement("customer", typed)
    engine = lookup_db.superuser_engine()
    try:
        with engine.connect() as conn:
            sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
            driver = conn.connection.driver_connection
            # A tiny table: ask what the planner could use, not what it likes best here.
            driver.execute("SET enable_seqscan = off")
            driver.execute("SET enable_indexscan = off")
            plan = "\n".join(r[0] for r in driver.execute("EXPLAIN " + sql.replace("%%", "%")))
    finally:
        engine.dispose()
    assert all(index in plan for index in indexes), plan


# -- filters and inactive records -----------------------------------------------------------
def test_filters_apply_on_the_server(engineer):
    with Session(engineer) as session:
        parts = lookups.search(session, "product", "p", limit=100, parts=True)
        machines = lookups.search(session, "product", "p", limit=100, parts=False)
        assert parts and machines
        part_ids = set(session.scalars(select(Product.id).where(Product.is_part)))
        assert {s.id for s in parts} <= part_ids and not {s.id for s in machines} & part_ids
        districts = lookups.search(session, "region", "r", limit=100, districts=True)
        levels = dict(session.execute(select(Region.id, Region.level)).all())
        assert districts and all(levels[s.id] >= 3 for s in districts)
        assert {levels[s.id] for s in lookups.search(session, "region", "r", limit=100,
                                                     districts=False)} == {1, 2}
        assert codes(lookups.search(session, "employee", "zhangsan", engineers=True)) == ["LKE1"]
        assert codes(lookups.search(session, "employee", "zhangshan", engineers=False)) == ["LKE2"]
        assert lookups.search(session, "employee", "zhangshan", engineers=True) == []
        head = session.scalar(select(Branch.id).where(Branch.is_head_office))
        warehouses = lookups.search(session, "warehouse", "ku", limit=100, branch_id=head)
        branch_of = dict(session.execute(select(Warehouse.id, Warehouse.branch_id)).all())
        assert warehouses and {branch_of[s.id] for s in warehouses} == {head}
        # A filter given as None is no filter.
        assert len(lookups.search(session, "product", "p", limit=100, parts=None)) == \
            len(parts) + len(machines)


def test_wrong_kinds_and_filters_are_refused(engineer):
    with Session(engineer) as session:
        with pytest.raises(ValueError, match="unknown lookup kind"):
            lookups.search(session, "operator", "admin")
        with pytest.raises(TypeError, match="no filter colour"):
            lookups.search(session, "product", "p", colour="red")
        with pytest.raises(TypeError):
            lookups.search(session, "product", "p", parts="yes")
        with pytest.raises(TypeError):
            lookups.search(session, "warehouse", "p", branch_id="1; drop table x")
    with pytest.raises(TypeError):
        lookups.dialog_spec("customer", parts=True)


def test_inactive_records_are_not_offered(engineer):
    assert "LK002" not in codes(search(engineer, "customer", "zhangsanfeng"))
    assert "LK002" not in codes(search(engineer, "customer", "LK002"))
    assert "LKE3" not in codes(search(engineer, "employee", "zhangshan"))
    with Session(engineer) as session:
        listed = queries.keyset_page(session, lookups.dialog_spec("customer"), text="张三", limit=80)
        assert [r.code for r in listed] == ["LK001"]
        # An old document still names an inactive record by its label.
        inactive = session.scalar(select(Customer.id).where(Customer.code == "LK002"))
        assert lookups.label(session, "customer", inactive) == "LK002 张三丰"


def test_label(engineer):
    with Session(engineer) as session:
        found = lookups.search(session, "employee", "LKE1")[0]
        assert lookups.label(session, "employee", found.id) == "LKE1 张三"
        with pytest.raises(ValidationError, match="no longer exists"):
            lookups.label(session, "customer", -1)


def test_dialog_spec_finds_by_phone_as_a_condition(engineer):
    with Session(engineer) as session:
        spec = lookups.dialog_spec("customer")
        condition = lookups.phone_condition("customer", "138 0013 8000")
        rows = queries.keyset_page(session, spec, conditions=[condition])
        assert [r.code for r in rows] == ["LK001"] and rows[0].phone == "138****8000"
        assert lookups.phone_condition("customer", "13800") is None
        assert lookups.phone_condition("product", PHONE) is None
        engineers = queries.keyset_page(session, lookups.dialog_spec("employee", engineers=True),
                                        limit=200)
        assert engineers and all(r.is_engineer for r in engineers)


# -- malicious and odd input ----------------------------------------------------------
@pytest.mark.parametrize("typed,expected", [
    ("00%", ["LK010"]),  # not "1000"
    ("0%店", ["LK010"]),
    ("a_b", ["LK012"]),  # not "aXb"
    ("'brien", ["LK014"]),
    ("n\\s", ["LK014"]),
    ("%", []), ("_", []), ("'", []), ("\\", []), ("%%%", []), ("___", []),
    ("'; DROP TABLE aftersales.customer; --", []),
    ("\x00", []),
])
def test_text_is_matched_literally(engineer, typed, expected):
    found = [c for c in codes(search(engineer, "customer", typed)) if c.startswith("LK")]
    assert found == expected


@pytest.mark.parametrize("typed", ["", "   ", "张" * 10_000, "a" * lookups.MAX_TEXT + "b",
                                   "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 5])
def test_empty_and_huge_text(engineer, typed):
    for kind in lookups.KINDS:
        assert search(engineer, kind, typed) == []


# -- round trips ------------------------------------------------------------------------
@pytest.fixture
def proxied(lookup_db):
    with RoundTripProxy(lookup_db.server.host, lookup_db.server.port) as proxy:
        profile = Profile(name="t", host="127.0.0.1", port=proxy.port, database=lookup_db.name,
                          sslmode="disable", role_prefix=lookup_db.roles.prefix)
        database = login(profile, "engineer", lookup_db.password)
        yield proxy, database
        database.close(logout=False)


@pytest.mark.parametrize("kind,typed", [
    ("customer", "zhangsan"), ("customer", "zs"), ("customer", PHONE), ("customer", "lk0"),
    ("product", "空调"), ("employee", ENGINEER_PHONE), ("warehouse", "ku"), ("region", "chaoyang"),
])
def test_one_round_trip_per_search(proxied, kind, typed):
    proxy, database = proxied
    with database.read() as session:  # the connection is open before counting
        session.execute(select(1))
    proxy.reset()
    with database.read() as session:
        found = lookups.search(session, kind, typed)
    assert proxy.count() == 1 and found
    proxy.reset()
    with database.read() as session:
        lookups.label(session, kind, found[0].id)
    assert proxy.count() == 1


def test_nothing_asked_for_empty_or_huge_text(proxied):
    proxy, database = proxied
    proxy.reset()
    with database.read() as session:
        assert lookups.search(session, "customer", "  ") == []
        assert lookups.search(session, "customer", "x" * 20_000) == []
    assert proxy.count() == 0
