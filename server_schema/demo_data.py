"""Realistic Chinese demo data, sized by options and reproducible from a seed.

Later modules add their own tables' demo rows here (customers, products, orders...).
Everything is inserted with multi-row statements: a few round trips whatever the size.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, insert, select

from .errors import ValidationError
from .org import Branch, Department, Employee
from .roles import RoleNames
from .security import Operator
from .setup import create_operator, stored_prefix
from .text import pinyin_key

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 文 华 红 建国 志强 "
    "晓东 海燕 鹏 飞 宇 浩 婷 雪 琳 俊 博 子涵 欣怡 梓轩 思远 国庆 玉兰 春梅 德明 立新 永红"
).split()

# (branch code, name, document prefix, city, districts)
BRANCHES = (
    ("SH", "上海分公司", "SH", "上海市", ("浦东新区", "徐汇区", "闵行区", "静安区")),
    ("GZ", "广州分公司", "GZ", "广东省广州市", ("天河区", "越秀区", "海珠区", "白云区")),
    ("CD", "成都分公司", "CD", "四川省成都市", ("武侯区", "锦江区", "青羊区", "高新区")),
    ("WH", "武汉分公司", "WH", "湖北省武汉市", ("江汉区", "武昌区", "洪山区", "汉阳区")),
    ("XA", "西安分公司", "XA", "陕西省西安市", ("雁塔区", "碑林区", "未央区", "长安区")),
    ("NJ", "南京分公司", "NJ", "江苏省南京市", ("鼓楼区", "玄武区", "建邺区", "江宁区")),
)
HQ_CITY = ("北京市", ("朝阳区", "海淀区", "东城区", "丰台区"))
STREETS = ("人民路", "解放路", "中山路", "建设路", "和平街", "长江路", "光明街", "新华路", "科技路",
           "滨江大道")

# (department code suffix, name, posts with skill grades and salary range)
DEPARTMENTS = (
    ("SVC", "客服部", (("前台接待", "", (3800, 5200)), ("客服专员", "", (4000, 5600)))),
    ("RPR", "维修部", (("维修工程师", "初级", (4500, 6500)), ("维修工程师", "中级", (6000, 8500)),
                     ("维修工程师", "高级", (8000, 12000)))),
    ("DSP", "派工部", (("派工员", "", (4200, 6000)), ("上门工程师", "中级", (5500, 8000)))),
    ("WHS", "仓库", (("仓管员", "", (4000, 5500)),)),
    ("FIN", "财务部", (("会计", "", (5000, 7500)), ("出纳", "", (4200, 6000)))),
)
MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                   "152", "158", "159", "177", "186", "187", "188", "189", "199")

@dataclass(frozen=True)
class DemoOperator:
    code: str
    password: str
    profile: str
    branch: str  # branch code; "" is the head office
    department: str  # department code suffix the operator's employee works in


# Operators created for demo mode, one per profile and a branch clerk. The login
# screen shows their password in demo mode only.
DEMO_PASSWORD = "Demo@2026"
DEMO_OPERATORS = (
    DemoOperator("admin", DEMO_PASSWORD, "administrator", "", "ADMIN"),
    DemoOperator("manager", DEMO_PASSWORD, "manager", "", "SVC"),
    DemoOperator("clerk", DEMO_PASSWORD, "clerk", "", "SVC"),
    DemoOperator("dispatcher", DEMO_PASSWORD, "dispatcher", "", "DSP"),
    DemoOperator("engineer", DEMO_PASSWORD, "engineer", "", "RPR"),
    DemoOperator("keeper", DEMO_PASSWORD, "warehouse", "", "WHS"),
    DemoOperator("finance", DEMO_PASSWORD, "finance", "", "FIN"),
    DemoOperator("sh_clerk", DEMO_PASSWORD, "clerk", "SH", "SVC"),
)


@dataclass(frozen=True)
class DemoSize:
    branches: int = 3
    employees: int = 40
    seed: int = 2026
    customers: int = 200
    products: int = 60

    def __post_init__(self) -> None:
        if not 1 <= self.branches <= len(BRANCHES) + 1:
            raise ValidationError("Branches must be between 1 and {n}.", n=len(BRANCHES) + 1)
        if not 1 <= self.employees <= 100_000:
            raise ValidationError("Employees must be between 1 and 100000.")
        if not 1 <= self.customers <= 1_000_000 or not 1 <= self.products <= 100_000:
            raise ValidationError("Customers must be 1 to 1000000, products 1 to 100000.")


def chinese_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def address(rng: random.Random, city: str, districts: tuple[str, ...]) -> str:
    return (f"{city}{rng.choice(districts)}{rng.choice(STREETS)}{rng.randint(1, 999)}号"
            f"{rng.randint(1, 30)}栋{rng.randint(1, 28)}{rng.randint(1, 4):02d}室")


def fill_demo_data(connection: Connection, size: DemoSize) -> dict[str, int]:
    """Add branches, departments and employees. Returns counts of what was added."""
    rng = random.Random(size.seed)
    head = connection.execute(
        select(Branch.id, Branch.code).where(Branch.is_head_office)
    ).first()
    if head is None:
        raise ValidationError("Run 'aftersales-admin init' before adding demo data.")
    taken = set(connection.execute(select(Branch.code)).scalars())
    new_branches = [b for b in BRANCHES[: size.branches - 1] if b[0] not in taken]
    if new_branches:
        connection.execute(
            insert(Branch),
            [
                {"code": code, "name": name, "number_prefix": prefix,
                 "address": address(rng, city, districts), "phone": mobile(rng)}
                for code, name, prefix, city, districts in new_branches
            ],
        )
    branch_rows = connection.execute(select(Branch.id, Branch.code)).all()
    places = {code: (city, districts) for code, _n, _p, city, districts in BRANCHES}
    places[head.code] = HQ_CITY
    branch_rows = [row for row in branch_rows if row.code in places][: size.branches]

    existing_departments = set(connection.execute(select(Department.code)).scalars())
    department_rows = [
        {"code": f"{b.code}-{suffix}", "name": name, "branch_id": b.id, "sort_order": i}
        for b in branch_rows
        for i, (suffix, name, _posts) in enumerate(DEPARTMENTS)
        if f"{b.code}-{suffix}" not in existing_departments
    ]
    if department_rows:
        connection.execute(insert(Department), department_rows)
    departments = connection.execute(
        select(Department.id, Department.code, Department.branch_id).where(
            Department.code.in_([f"{b.code}-{s}" for b in branch_rows for s, _n, _p in DEPARTMENTS])
        )
    ).all()
    branch_code = {b.id: b.code for b in branch_rows}
    posts = {suffix: dept_posts for suffix, _name, dept_posts in DEPARTMENTS}

    start = connection.execute(select(Employee.id).order_by(Employee.id.desc()).limit(1)).scalar() or 0
    employees = []
    for n in range(size.employees):
        dept = departments[n % len(departments)]
        suffix = dept.code.split("-", 1)[1]
        post, grade, (low, high) = rng.choice(posts[suffix])
        city, districts = places[branch_code[dept.branch_id]]
        employees.append({
            "code": f"E{start + n + 1:05d}",
            "name": (name := chinese_name(rng)),
            "department_id": dept.id,
            "post": post,
            "skill_grade": grade,
            "post_salary": Decimal(rng.randrange(low, high, 100)),
            "phone": mobile(rng),
            "address": address(rng, city, districts),
            "is_engineer": "工程师" in post,
            "name_pinyin": pinyin_key(name),
        })
    connection.execute(insert(Employee), employees)
    counts = {
        "branches": len(new_branches),
        "departments": len(department_rows),
        "employees": len(employees),
    }
    from .demo_master import fill_master_data

    counts.update(fill_master_data(connection, rng, customers=size.customers,
                                   products=size.products))
    from .demo_stock import fill_demo_stock

    counts.update(fill_demo_stock(connection, rng))
    from .demo_orders import fill_demo_orders

    counts.update(fill_demo_orders(connection, rng))
    from .demo_dispatch import fill_demo_dispatches

    counts.update(fill_demo_dispatches(connection, rng))
    return counts


def create_demo_operators(connection: Connection) -> list[str]:
    """The demo operators other than the administrator (created by init), each linked
    to a demo employee of their branch and department. Returns their codes."""
    names = RoleNames(stored_prefix(connection))
    branches = dict(connection.execute(select(Branch.code, Branch.id)).all())
    head_id = connection.execute(select(Branch.id).where(Branch.is_head_office)).scalar_one()
    created = []
    for demo in DEMO_OPERATORS:
        if demo.profile == "administrator":
            continue
        branch_id = branches.get(demo.branch, head_id) if demo.branch else head_id
        free = (
            select(Employee.id)
            .join(Department, Department.id == Employee.department_id)
            .where(
                Department.branch_id == branch_id,
                ~select(Operator.id).where(Operator.employee_id == Employee.id).exists(),
            )
            .order_by(Employee.id)
            .limit(1)
        )
        employee_id = connection.execute(
            free.where(Department.code.endswith("-" + demo.department))
        ).scalar() or connection.execute(free).scalar()
        if employee_id is None:
            continue  # a tiny demo size: fewer people than operators
        create_operator(
            connection, names, code=demo.code, password=demo.password,
            employee_id=employee_id, branch_id=branch_id, profiles=[demo.profile],
        )
        created.append(demo.code)
    return created
