"""Importing customers, products and employees from Excel: every row checked, all or
none, every bad row reported by its row number in the sheet."""
from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import unique
from openpyxl import Workbook
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from bench.rtproxy import RoundTripProxy
from client.connection import Profile, login
from client.export import export_list
from client.models.paged import MASK, Column
from server_schema import imports, lists, queries
from server_schema.catalog import Brand, Product
from server_schema.customers import Customer
from server_schema.errors import ConflictError, PermissionDenied, ValidationError
from server_schema.imports import import_customers, import_employees, import_file, import_products
from server_schema.org import Branch, Department, Employee
from server_schema.security import Operator
from server_schema.setup import create_operator

CUSTOMER_HEADER = ["Code", "Customer", "Grade", "Region", "Contact person", "Phone", "Address"]
PRODUCT_HEADER = ["Code", "Name", "Model", "Unit", "Spare part", "Category", "Brand",
                  "Sale price", "Cost price", "Warranty (months)", "Minimum stock", "Active"]
EMPLOYEE_HEADER = ["Code", "Name", "Department", "Branch", "Post", "Skill grade", "Engineer",
                   "Phone", "Post salary", "Active"]


def count(session: Session, model) -> int:
    with session.begin():
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def workbook(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(CUSTOMER_HEADER if header is None else header)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text typed as '=..., not a formula
    book.save(path)
    return path


@pytest.fixture
def session_of(db) -> Iterator[Callable[[str], Session]]:
    """Sessions of demo operators by code (their own login roles: the real grants)."""
    engines = []

    def make(code: str) -> Session:
        engines.append(create_engine(db.operator_url(code)))
        return Session(engines[-1])
    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def clerk_session(session_of):
    return session_of("clerk")


@pytest.fixture
def manager(session_of):
    return session_of("manager")


def run(session: Session, kind: str, path: Path) -> imports.ImportReport:
    with session.begin():
        return import_file(session, path, kind)


def messages(report: imports.ImportReport) -> dict[int, str]:
    return {row: "; ".join(str(e) for e in errors) for row, errors in report.problems}


# -- customers -----------------------------------------------------------------------

def test_good_rows_all_go_in(clerk_session, tmp_path):
    path = workbook(tmp_path / "good.xlsx", [
        ["", "赵大海", "个人", "朝阳区", "", 13800138000, "北京市朝阳区某路1号"],
        ["", "天河家电城", "大卖场", "天河区", "钱经理", "020-87654321", ""],
        [None, None, None, None, None, None, None],  # a blank line is skipped
    ])
    before = count(clerk_session, Customer)
    with clerk_session.begin():
        report = import_customers(clerk_session, path)
    assert report.problems == [] and report.imported == 2
    assert count(clerk_session, Customer) == before + 2
    with clerk_session.begin():
        rows = clerk_session.execute(select(Customer.code, Customer.name_pinyin).where(
            Customer.name.in_(["赵大海", "天河家电城"])).order_by(Customer.code)).all()
    assert [r.name_pinyin for r in rows] == ["zhaodahai zdh", "tianhejiadiancheng thjdc"]
    assert rows[1].code == f"C{int(rows[0].code[1:]) + 1:06d}"  # codes numbered on


def test_one_bad_row_imports_nothing_and_is_reported(clerk_session, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [
        ["", "钱小二", "个人", "海淀区", "", "13912345678", ""],
        ["", "", "个人", "海淀区", "", "13912345678", ""],
        ["", "孙三", "VIP", "火星区", "", "12345", ""],
    ])
    before = count(clerk_session, Customer)
    report = run(clerk_session, "customer", path)
    assert report.imported == 0
    assert [n for n, _why in report.problems] == [3, 4]
    lines = report.lines()
    assert lines[0] == "3: Customer is empty"
    assert all(word in lines[1] for word in ("Grade “VIP”", "Region “火星区”", "Phone “12345”"))
    assert count(clerk_session, Customer) == before


def test_customers_with_chinese_headers(clerk_session, tmp_path):
    path = workbook(tmp_path / "zh.xlsx", [["", "李四", "个人", "海淀区", "", "", "", "否"]],
                    header=["编码", "客户", "客户等级", "区域", "联系人", "电话", "地址", "启用"])
    assert run(clerk_session, "customer", path).imported == 1
    with clerk_session.begin():
        assert clerk_session.scalar(select(Customer.active).where(Customer.name == "李四")) is False


def test_a_file_that_is_not_a_workbook_is_refused(clerk_session, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(ValidationError) as caught:
        import_customers(clerk_session, path)
    assert "fake.xlsx is not an Excel workbook" in str(caught.value)
    other = tmp_path / "other.xlsx"  # a zip, but no workbook in it
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ValidationError, match="other.xlsx is not an Excel workbook"):
        import_customers(clerk_session, other)
    with pytest.raises(ValidationError, match="Cannot read missing.xlsx"):
        import_customers(clerk_session, tmp_path / "missing.xlsx")


def test_a_damaged_sheet_is_refused(clerk_session, tmp_path):
    good = workbook(tmp_path / "good.xlsx", [["", "王五", "", "", "", "", ""]])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace("王五".encode(), b"&#27;")  # no character XML allows
            target.writestr(item, data)
    with pytest.raises(ValidationError, match="damaged.xlsx is damaged and cannot be read"):
        import_customers(clerk_session, damaged)


def test_control_characters_are_refused():
    with pytest.raises(ValidationError) as caught:
        imports.text_of(20)("ab\x00c\x1b", "Name")
    assert str(caught.value) == "Name “ab\\x00c\\x1b” holds control characters"
    assert imports.text_of(20)(" a\r\nb\t", "Name") == "a b"


def test_a_workbook_named_otherwise_is_still_read(clerk_session, tmp_path):
    path = workbook(tmp_path / "customers.xlsx.bak", [["", "王五", "", "", "", "", ""]])
    assert run(clerk_session, "customer", path).imported == 1


def test_headers_must_name_the_required_columns(clerk_session, tmp_path):
    book = Workbook()
    book.active.append(["A", "B"])
    book.active.append(["x", "y"])
    book.save(tmp_path / "x.xlsx")
    with pytest.raises(ValidationError, match="missing: “Customer”"):
        import_customers(clerk_session, tmp_path / "x.xlsx")
    path = workbook(tmp_path / "twice.xlsx", [["", "甲", "", "", "", "1", "2"]],
                    header=["Code", "Customer", "Grade", "Region", "Contact person", "Phone", "电话"])
    with pytest.raises(ValidationError, match="“电话” appears twice"):
        import_customers(clerk_session, path)
    path = workbook(tmp_path / "employees.xlsx", [["E1", "甲", "维修部"]],
                    header=["Code", "Name", "Department"])
    with pytest.raises(ValidationError, match="missing: “Customer”"):
        import_customers(clerk_session, path)


def test_empty_sheets_are_reported(clerk_session, tmp_path):
    Workbook().save(tmp_path / "empty.xlsx")
    with pytest.raises(ValidationError, match="The first sheet of empty.xlsx is empty"):
        import_customers(clerk_session, tmp_path / "empty.xlsx")
    path = workbook(tmp_path / "header.xlsx", [[None] * 7, [" "] * 7])
    with pytest.raises(ValidationError, match="header.xlsx has no rows below the column titles"):
        import_customers(clerk_session, path)


def test_a_file_over_the_row_limit_is_refused(clerk_session, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "MAX_ROWS", 3)
    rows = [["", f"客户{n}", "", "", "", "", ""] for n in range(3)]
    assert run(clerk_session, "customer", workbook(tmp_path / "three.xlsx", rows)).imported == 3
    before = count(clerk_session, Customer)
    with pytest.raises(ValidationError, match="four.xlsx has more than 3 rows"):
        run(clerk_session, "customer", workbook(tmp_path / "four.xlsx", rows + rows[:1]))
    assert count(clerk_session, Customer) == before


# -- products ---------------------------------------------------------------------------

PRODUCT_KEYS = ("code", "name", "model", "unit", "is_part", "category", "brand", "sale_price",
                "cost_price", "warranty_months", "min_stock", "active")


def product_rows(session: Session, codes: list[str]) -> dict[str, tuple]:
    """The product list's rows (costs shown) for some codes."""
    with session.begin():
        found = queries.stream(session, lists.PRODUCTS, reveal=frozenset({"cost"}),
                               conditions=[Product.code.in_(codes)])
        return {row.code: tuple(row._mapping[k] for k in PRODUCT_KEYS) for row in found}


def test_products_go_in_with_made_codes_and_new_brands(manager, tmp_path):
    path = workbook(tmp_path / "products.xlsx", [
        ["X-100", "海尔智能空调", "KFR-35GW", "台", "否", "挂机", "海尔", 3299, 2100.5, 72, 0, True],
        ["", "格力柜机", "KFR-72LW", "", "no", "柜机", "格力", "5,999.00", "", "", "", ""],
        ["", "压缩机电容", "CBB65", "个", "✓", "配件", "", 35.5, 12, 6, 20.5, "是"],
        ["", "新风机", "XF-01", "台", 0, "空调", "清风牌", 1999, 1200, 24, 1, 1],
    ], header=PRODUCT_HEADER)
    report = run(manager, "product", path)
    assert (report.problems, report.imported, report.added) == ([], 4, ["清风牌"])
    with manager.begin():
        made = manager.execute(select(Product.code, Product.name).where(
            Product.name.in_(["格力柜机", "压缩机电容", "新风机"])).order_by(Product.id)).all()
        brand = manager.scalar(select(Brand.name_pinyin).where(Brand.name == "清风牌"))
    # Products continue P00030 of the demo data, spare parts PT0018.
    assert [c for c, _n in made] == ["P00031", "PT0019", "P00032"]
    assert brand == "qingfengpai qfp"
    rows = product_rows(manager, ["X-100", "P00031", "PT0019", "P00032"])
    assert rows["X-100"] == ("X-100", "海尔智能空调", "KFR-35GW", "台", False, "挂机", "海尔",
                             Decimal("3299.00"), Decimal("2100.50"), 72, Decimal("0.000"), True)
    assert rows["P00031"][3:] == ("台", False, "柜机", "格力", Decimal("5999.00"), Decimal("0.00"),
                                  12, Decimal("0.000"), True)
    assert rows["PT0019"][4:] == (True, "配件", None, Decimal("35.50"), Decimal("12.00"), 6,
                                  Decimal("20.500"), True)
    assert rows["P00032"][6] == "清风牌"


def test_a_bad_product_row_imports_nothing(manager, tmp_path):
    good = ["", "好产品", "M1", "台", "否", "挂机", "海尔", 100, 80, 12, 0, True]
    path = workbook(tmp_path / "bad.xlsx", [good, good, ["", "坏产品", "M2", "台", "否", "挂机",
                                                         "新牌子", -5, 80, 12, 0, True], good],
                    header=PRODUCT_HEADER)
    before = (count(manager, Product), count(manager, Brand))
    report = run(manager, "product", path)
    assert report.imported == 0 and report.added == []
    assert messages(report) == {4: "Sale price “-5” is negative"}
    assert (count(manager, Product), count(manager, Brand)) == before  # the brand neither


@pytest.mark.parametrize(("cells", "expected"), [
    ({"Sale price": "abc"}, "Sale price “abc” is not a number"),
    ({"Sale price": 12.345}, "Sale price “12.345” has more than 2 decimals"),
    ({"Sale price": "1.5e3x"}, "Sale price “1.5e3x” is not a number"),
    ({"Sale price": 1e12}, "Sale price “1000000000000” is too large"),
    ({"Sale price": True}, "Sale price “True” is not a number"),
    ({"Cost price": "NaN"}, "Cost price “NaN” is not a number"),
    ({"Minimum stock": 1.2345}, "Minimum stock “1.2345” has more than 3 decimals"),
    ({"Warranty (months)": 12.5}, "Warranty (months) “12.5” is not a whole number from 0 to 240"),
    ({"Warranty (months)": 300}, "Warranty (months) “300” is not a whole number from 0 to 240"),
    ({"Spare part": "maybe"}, "Spare part “maybe” is neither yes nor no (是/否, 1/0, ✓)"),
    ({"Category": "火箭"}, "Category “火箭” is unknown"),
    ({"Name": ""}, "Name is empty"),
    ({"Name": "长" * 101}, "Name “" + "长" * 40 + "…” is longer than 100 characters"),
    ({"Unit": "=HYPERLINK(\"http://x\")"}, "Unit “=HYPERLINK(\"http://x\")” looks like a formula"),
    ({"Code": "Ｐ００００１"}, "Code “P00001” is taken already"),
])
def test_each_wrong_value_is_reported_with_its_column(manager, tmp_path, cells, expected):
    row = dict(zip(PRODUCT_HEADER, ["", "空调", "M", "台", "否", "挂机", "海尔", 100, 80, 12, 0,
                                    True], strict=True))
    row.update(cells)
    path = workbook(tmp_path / "one.xlsx", [list(row.values())], header=PRODUCT_HEADER)
    report = run(manager, "product", path)
    assert report.imported == 0
    assert messages(report)[2].startswith(expected)


def test_line_breaks_fold_and_prices_may_carry_a_currency_sign(manager, tmp_path):
    path = workbook(tmp_path / "p.xlsx", [["Q-1", "双门\n冰箱", "", "", "", "", "", "￥1,299.5",
                                           "", "", "", ""]], header=PRODUCT_HEADER)
    assert run(manager, "product", path).imported == 1
    assert product_rows(manager, ["Q-1"])["Q-1"][1] == "双门 冰箱"
    assert product_rows(manager, ["Q-1"])["Q-1"][7] == Decimal("1299.50")


def test_duplicate_product_codes_in_the_file_and_in_the_database(manager, tmp_path):
    path = workbook(tmp_path / "dup.xlsx", [
        ["X-1", "甲"] + [""] * 10,
        ["P00001", "乙"] + [""] * 10,  # a demo product's code
        ["X-1", "丙"] + [""] * 10,
        ["", "丁"] + [""] * 10,
    ], header=PRODUCT_HEADER)
    report = run(manager, "product", path)
    assert report.imported == 0
    assert messages(report) == {3: "Code “P00001” is taken already",
                                4: "Code “X-1” is also in row 2"}


def test_ambiguous_category_names_are_reported(manager, tmp_path, db):
    db.server.execute("INSERT INTO aftersales.product_category (code, name) VALUES ('X', '挂机')",
                      db.name)
    path = workbook(tmp_path / "amb.xlsx", [["", "空调", "", "", "", "挂机"] + [""] * 6],
                    header=PRODUCT_HEADER)
    assert messages(run(manager, "product", path)) == {
        2: "Category “挂机” is ambiguous: several have this name"}


def test_products_with_chinese_headers(manager, tmp_path):
    header = ["编码", "名称", "型号", "单位", "配件", "产品类别", "品牌", "销售价", "成本价",
              "保修期(月)", "最低库存", "启用"]  # half-width brackets match the full-width title
    path = workbook(tmp_path / "zh.xlsx", [["Z-1", "美的洗衣机", "MB80", "台", "否", "波轮洗衣机",
                                            "美的", 1299, 900, 36, 0, "是"]], header=header)
    assert run(manager, "product", path).imported == 1
    assert product_rows(manager, ["Z-1"])["Z-1"][5:10] == (
        "波轮洗衣机", "美的", Decimal("1299.00"), Decimal("900.00"), 36)


def product_columns() -> list[Column]:
    return [Column("code", "Code"), Column("name", "Name"), Column("model", "Model"),
            Column("unit", "Unit"), Column("is_part", "Spare part", "bool"),
            Column("category", "Category"), Column("brand", "Brand"),
            Column("sale_price", "Sale price", "money"),
            Column("cost_price", "Cost price", "money", sensitive="cost"),
            Column("warranty_months", "Warranty (months)", "int"),
            Column("min_stock", "Minimum stock", "number"), Column("active", "Active", "bool")]


def logged_in(db, code: str, port: int | None = None):
    profile = Profile(name="t", host="127.0.0.1" if port else db.server.host,
                      port=port or db.server.port, database=db.name, sslmode="disable",
                      role_prefix=db.roles.prefix)
    return login(profile, code, db.password)


ROUND_TRIP = [  # products of every shape: parts, no brand, decimals, inactive
    ["RT-1", "海尔智能空调", "KFR-35GW", "台", False, "挂机", "海尔", 3299, 2100.5, 72, 0, True],
    ["RT-2", "压缩机电容", "CBB65", "个", True, "配件", None, 35.5, 12, 6, 20.125, True],
    ["RT-3", "旧款冰箱", "", "台", False, None, "美的", 0, 0, 0, 0, False],
    ["RT-4", "ＡＢＣ燃气灶", "JZT-2", "台", False, "燃气灶", "方太", 1999.99, 1500, 24, 1, True],
]
ROUND_TRIP_CODES = [row[0] for row in ROUND_TRIP]
DELETE_ROUND_TRIP = "DELETE FROM aftersales.product WHERE starts_with(code, 'RT-')"


def test_an_exported_product_list_imports_again(db, manager, tmp_path):
    seed = workbook(tmp_path / "seed.xlsx", ROUND_TRIP, header=PRODUCT_HEADER)
    assert run(manager, "product", seed).imported == len(ROUND_TRIP)
    before = product_rows(manager, ROUND_TRIP_CODES)
    database = logged_in(db, "manager")
    try:
        shown = {"reveal": frozenset({"cost"}), "text": "",
                 "conditions": [Product.code.like("RT-%")]}
        path = tmp_path / "products.xlsx"
        written = export_list(database, lists.PRODUCTS, product_columns(), shown, path,
                              "Products")
        assert written == len(ROUND_TRIP)
        db.server.execute(DELETE_ROUND_TRIP, db.name)
        report = run(manager, "product", path)
        assert (report.problems, report.imported) == ([], len(ROUND_TRIP))
        assert product_rows(manager, ROUND_TRIP_CODES) == before
        # Exported without revealing costs: the masked column carries none and is
        # left out; the costs start at 0.
        masked = {**shown, "reveal": frozenset()}
        export_list(database, lists.PRODUCTS, product_columns(), masked, path, "Products")
        db.server.execute(DELETE_ROUND_TRIP, db.name)
        assert run(manager, "product", path).imported == len(ROUND_TRIP)
        after = product_rows(manager, ROUND_TRIP_CODES)
        assert {row[8] for row in after.values()} == {Decimal("0.00")}
        assert {k: v[:8] + v[9:] for k, v in after.items()} == {
            k: v[:8] + v[9:] for k, v in before.items()}
    finally:
        database.close()


# -- permissions --------------------------------------------------------------------------

@pytest.fixture
def operator_with(db) -> Iterator[Callable[..., Session]]:
    """A new operator (profile and extra permission roles, at a branch by code), and a
    session of it. Its login role is dropped afterwards (roles are cluster-wide)."""
    roles, engines = [], []

    def make(profile: str, *permissions: str, branch: str = "HQ") -> Session:
        code = unique("imp")
        engine = db.superuser_engine()
        try:
            with engine.begin() as conn:
                branch_id = conn.execute(select(Branch.id).where(Branch.code == branch)).scalar_one()
                employee_id = conn.execute(
                    select(Employee.id).join(Department, Department.id == Employee.department_id)
                    .where(Department.branch_id == branch_id,
                           ~select(Operator.id).where(Operator.employee_id == Employee.id).exists())
                    .order_by(Employee.id).limit(1)).scalar_one()
                roles.append(create_operator(conn, db.roles, code=code, password=db.password,
                                             employee_id=employee_id, branch_id=branch_id,
                                             profiles=[profile]))
        finally:
            engine.dispose()
        for permission in permissions:
            db.server.execute(f'GRANT "{db.roles.permission(permission)}" TO "{roles[-1]}"')
        engines.append(create_engine(db.operator_url(code)))
        return Session(engines[-1])
    yield make
    for engine in engines:
        engine.dispose()
    for role in roles:
        db.server.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_costs_are_imported_only_by_who_may_see_them(operator_with, tmp_path):
    editor = operator_with("engineer", "catalog_edit")  # edits the catalog, sees no costs
    row = ["", "空调", "", "", "", "挂机", "海尔", 100, 80, 12, 0, True]
    before = count(editor, Product)
    with pytest.raises(PermissionDenied) as caught:
        run(editor, "product", workbook(tmp_path / "cost.xlsx", [row], header=PRODUCT_HEADER))
    assert str(caught.value) == ("Your profile may not see the column “Cost price”, so it may "
                                 "not import it: remove the column from the file, or ask for the "
                                 "permission to see it.")
    # The same file as the export writes it for this operator (costs masked) goes in.
    masked = workbook(tmp_path / "masked.xlsx", [row[:8] + [MASK] + row[9:]], header=PRODUCT_HEADER)
    assert run(editor, "product", masked).imported == 1
    assert count(editor, Product) == before + 1


def test_who_may_not_edit_the_catalog_imports_no_products(clerk_session, tmp_path):
    path = workbook(tmp_path / "p.xlsx", [["", "空调"]], header=["Code", "Name"])
    with pytest.raises(PermissionDenied, match="Your profile may not add products."):
        run(clerk_session, "product", path)


def test_unknown_brands_need_the_right_to_add_them(operator_with, db, tmp_path):
    editor = operator_with("warehouse")
    db.server.execute(f'REVOKE INSERT ON aftersales.brand FROM "{db.roles.permission("catalog_edit")}"',
                      db.name)  # a private clone: its grants are its own
    path = workbook(tmp_path / "p.xlsx", [["", "空调", "新牌"]], header=["Code", "Name", "Brand"])
    assert messages(run(editor, "product", path)) == {2: "Brand “新牌” is unknown"}


def test_salaries_are_imported_only_by_who_may_see_them(operator_with, tmp_path):
    editor = operator_with("engineer", "org_edit", "all_branches")
    path = workbook(tmp_path / "e.xlsx", [["E90001", "钱七", "维修部", "总部", "", "", "", "", 5000,
                                           True]], header=EMPLOYEE_HEADER)
    with pytest.raises(PermissionDenied, match="may not see the column “Post salary”"):
        run(editor, "employee", path)


# -- employees -----------------------------------------------------------------------------

def test_employees_go_in_with_department_by_branch(manager, tmp_path):
    path = workbook(tmp_path / "e.xlsx", [
        ["E90001", "钱七", "维修部", "上海分公司", "维修工程师", "高级", "是", "138 0013 8000",
         8800.5, True],
        ["E90002", "孙八", "客服部", "总部", "前台接待", "", "", "", "", ""],
    ], header=EMPLOYEE_HEADER)
    report = run(manager, "employee", path)
    assert (report.problems, report.imported) == ([], 2)
    with manager.begin():
        rows = manager.execute(
            select(Employee.code, Employee.name_pinyin, Department.code.label("department"),
                   Employee.post, Employee.skill_grade, Employee.is_engineer, Employee.phone,
                   Employee.post_salary, Employee.active)
            .join(Department, Department.id == Employee.department_id)
            .where(Employee.code.in_(["E90001", "E90002"])).order_by(Employee.code)).all()
    assert [tuple(r) for r in rows] == [
        ("E90001", "qianqi qq", "SH-RPR", "维修工程师", "高级", True, "13800138000",
         Decimal("8800.50"), True),
        ("E90002", "sunba sb", "HQ-SVC", "前台接待", "", False, "", Decimal("0.00"), True)]


def test_a_bad_employee_row_imports_nothing(manager, tmp_path):
    good = ["", "周九", "维修部", "总部", "", "", "", "13912345678", 5000, True]
    rows = [[f"E9000{n}", *good[1:]] for n in range(1, 4)]
    rows[1][7] = "0755-1234"
    before = count(manager, Employee)
    report = run(manager, "employee", workbook(tmp_path / "e.xlsx", rows, header=EMPLOYEE_HEADER))
    assert report.imported == 0
    assert messages(report) == {3: "Phone “0755-1234” is not a phone number: 11-digit mobile, "
                                   "or a landline with its area code (010-12345678)"}
    assert count(manager, Employee) == before


def test_employee_codes_and_departments_are_checked(manager, tmp_path):
    with manager.begin():
        taken = manager.scalar(select(func.min(Employee.code)))
    path = workbook(tmp_path / "e.xlsx", [
        [taken, "甲", "维修部", "总部"] + [""] * 6,  # a demo employee's code
        ["E90001", "乙", "维修部", "火星分公司"] + [""] * 6,
        ["E90001", "丙", "研发部", ""] + [""] * 6,
        ["", "丁", "", "总部"] + [""] * 6,
        ["E90003", "戊", "维修部", ""] + [""] * 6,  # every branch has one
        ["E90004", "己", "维修部", "总部", "", "", "", "138****8000"] + [""] * 2,
    ], header=EMPLOYEE_HEADER)
    assert messages(run(manager, "employee", path)) == {
        2: f"Code “{taken}” is taken already",
        3: "Department “维修部” is not in “火星分公司”",
        4: "Department “研发部” is unknown; Code “E90001” is also in row 3",
        5: "Code is empty; Department is empty",
        6: "Department “维修部” is in several; fill in “Branch” to say which",
        7: "Phone “138****8000” is masked: export the list with the sensitive fields shown, or "
           "clear the cell",
    }


def test_employees_with_chinese_headers_and_no_branch_column(manager, tmp_path):
    path = workbook(tmp_path / "e.xlsx", [["E90005", "吴十", "维修部", "是"]],
                    header=["编码", "姓名", "部门", "工程师"])
    assert messages(run(manager, "employee", path)) == {
        2: "部门 “维修部” is in several; fill in “分公司” to say which"}


def test_a_branch_operator_adds_employees_to_its_own_branch_only(operator_with, tmp_path):
    editor = operator_with("clerk", "org_edit", branch="SH")
    path = workbook(tmp_path / "e.xlsx", [
        ["E90006", "郑一", "维修部", "上海分公司"] + [""] * 6,
        ["E90007", "王二", "维修部", "总部"] + [""] * 6,
    ], header=EMPLOYEE_HEADER[:8])
    assert messages(run(editor, "employee", path)) == {
        3: "Department “维修部” is in “总部”; your profile adds records to its own branch only"}
    assert run(editor, "employee", workbook(tmp_path / "sh.xlsx", [
        ["E90006", "郑一", "维修部", "上海分公司"]], header=EMPLOYEE_HEADER[:4])).imported == 1


def test_codes_taken_meanwhile_are_a_conflict(manager, db, tmp_path, monkeypatch):
    path = workbook(tmp_path / "e.xlsx", [["E90008", "冯三", "维修部", "总部"]],
                    header=EMPLOYEE_HEADER[:4])
    real = imports._check_codes

    def meanwhile(*args):  # another clerk's import commits between check and insert
        db.server.execute("INSERT INTO aftersales.employee (code, name, department_id) SELECT "
                          "'E90008', 'x', id FROM aftersales.department LIMIT 1", db.name)
        real(*args)
    monkeypatch.setattr(imports, "_check_codes", meanwhile)
    with pytest.raises(ConflictError, match="import the file again"):
        run(manager, "employee", path)


# -- round trips ----------------------------------------------------------------------------

def test_an_import_costs_the_same_round_trips_for_any_number_of_rows(db, tmp_path):
    def trips(rows: int) -> int:
        path = workbook(tmp_path / f"{rows}.xlsx", [
            ["", f"产品{rows}-{n}", "", "", n % 2, "挂机", f"牌{rows}", n, n, 12, 0, True]
            for n in range(rows)], header=PRODUCT_HEADER)
        with RoundTripProxy(db.server.host, db.server.port) as proxy:
            database = logged_in(db, "manager", proxy.port)
            try:
                proxy.reset()
                with database.session() as session:
                    assert import_products(session, path).imported == rows
                return proxy.count()
            finally:
                database.close()
    few, many = trips(3), trips(5000)
    # BEGIN, the one query for all checks, the new brand, the INSERT, COMMIT.
    assert few == many <= 5


def test_import_employees_and_products_are_the_engine(manager, tmp_path):
    path = workbook(tmp_path / "e.xlsx", [["E90009", "褚四", "仓库", "总部"]],
                    header=["编码", "姓名", "部门", "分公司"])
    with manager.begin():
        assert import_employees(manager, path).imported == 1
    with manager.begin(), pytest.raises(ValidationError, match="missing: “名称”"):
        import_products(manager, path)


@pytest.mark.dialogs
def test_import_from_the_customer_list(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from client.main_window import MainWindow

    window = MainWindow(logged_in(db, "clerk"))
    qtbot.addWidget(window)
    tab = window.open_module("customers")
    qtbot.waitUntil(lambda: tab.total is not None, timeout=10_000)
    before = tab.total
    tab.import_action.import_from(workbook(tmp_path / "one.xlsx", [["", "周一", "个人", "", "", "", ""]]))
    qtbot.waitUntil(lambda: getattr(tab, "last_import", None) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: tab.total == before + 1, timeout=10_000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    tab.last_import = None
    tab.import_action.import_from(workbook(tmp_path / "bad.xlsx", [["", "", "", "", "", "", ""],
                                                     ["", "周二", "", "", "", "abc", ""]]))
    qtbot.waitUntil(lambda: tab.last_import is not None, timeout=10_000)
    assert shown and "Row 3" in shown[0] and "abc" in shown[0]
    window.close()
    window.database.close()
