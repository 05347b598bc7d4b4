"""Demo master data: regions, outlets, the catalog, customers with devices,
complaints and consultations, warehouses, work types, rewards and penalties, overdue
rules and dictionaries. Core inserts in a few statements; pinyin keys computed here
(the ORM's hook does not run for Core inserts)."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert, select

from .catalog import Brand, Product, ProductCategory
from .customers import Complaint, Consultation, Customer, CustomerDevice, CustomerGrade
from .dictionaries import DictionaryEntry
from .org import Branch, Department, Employee, Region, ServiceOutlet, employee_region, outlet_region
from .payroll import OverdueRule, RewardPenaltyItem
from .service import WorkType
from .stock import Warehouse, WarehouseKind
from .text import normalise, pinyin_key

# province, city (None when the province is a city), districts
PLACES = (
    ("北京市", None, ("东城区", "朝阳区", "海淀区", "丰台区", "通州区")),
    ("上海市", None, ("浦东新区", "徐汇区", "闵行区", "静安区", "宝山区")),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "白云区", "番禺区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区", "高新区")),
    ("湖北省", "武汉市", ("江汉区", "武昌区", "洪山区", "汉阳区")),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区", "长安区")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "建邺区", "江宁区")),
)
# branch code -> index in PLACES
BRANCH_PLACE = {"HQ": 0, "SH": 1, "GZ": 2, "CD": 3, "WH": 4, "XA": 5, "NJ": 6}

CATEGORIES = (
    ("AC", "空调", None), ("AC-W", "挂机", "AC"), ("AC-F", "柜机", "AC"),
    ("RF", "冰箱", None), ("WM", "洗衣机", None), ("WM-D", "滚筒洗衣机", "WM"),
    ("WM-P", "波轮洗衣机", "WM"), ("WH", "热水器", None), ("WH-E", "电热水器", "WH"),
    ("WH-G", "燃气热水器", "WH"), ("KA", "厨房电器", None), ("KA-H", "油烟机", "KA"),
    ("KA-S", "燃气灶", "KA"), ("PT", "配件", None),
)
BRANDS = ("格力", "美的", "海尔", "海信", "奥克斯", "西门子", "方太", "老板", "小天鹅", "A.O.史密斯")
# category, name, model pattern, price range, warranty months
PRODUCT_LINES = (
    ("AC-W", "{b}壁挂式空调", "KFR-{n}GW", (2200, 4800), 72),
    ("AC-F", "{b}立柜式空调", "KFR-{n}LW", (4800, 9800), 72),
    ("RF", "{b}对开门冰箱", "BCD-{n}W", (2600, 8900), 36),
    ("WM-D", "{b}滚筒洗衣机", "TG{n}V", (1800, 5600), 36),
    ("WM-P", "{b}波轮洗衣机", "MB{n}", (900, 2200), 36),
    ("WH-E", "{b}电热水器", "EC{n}", (900, 3200), 48),
    ("WH-G", "{b}燃气热水器", "JSQ{n}", (1600, 4200), 36),
    ("KA-H", "{b}吸油烟机", "CXW-{n}", (1800, 6000), 36),
    ("KA-S", "{b}燃气灶", "JZT-{n}", (700, 2600), 24),
)
PARTS = (
    ("空调主板", (180, 420)), ("变频压缩机", (900, 1800)), ("室外风扇电机", (160, 320)),
    ("室内贯流风叶", (60, 140)), ("温度传感器", (20, 60)), ("四通阀", (120, 260)),
    ("冰箱门封条", (40, 120)), ("冰箱温控器", (50, 150)), ("洗衣机排水泵", (60, 160)),
    ("洗衣机门锁", (40, 110)), ("洗衣机电机", (260, 620)), ("热水器加热管", (80, 220)),
    ("热水器镁棒", (30, 80)), ("燃气比例阀", (150, 320)), ("油烟机电机", (220, 480)),
    ("遥控器", (30, 90)), ("电源线", (15, 40)), ("显示板", (90, 240)),
)
GRADES = (("DEALER", "经销商"), ("MALL", "大卖场"), ("CORP", "集团客户"), ("PERSON", "个人"))
STORES = ("国美电器", "苏宁易购", "京东家电", "五星电器", "永辉超市")
COMPANIES = ("物业管理有限公司", "酒店管理有限公司", "实业集团", "科技有限公司")
WAREHOUSE_KINDS = (("FIN", "成品库"), ("AWAIT", "待修库"), ("SAMPLE", "样机库"),
                   ("SCRAP", "报废库"), ("RETURN", "经销商退货库"), ("PART", "配件库"))
# code, name, fee, commission repair/install/outsourced, hours
WORK_TYPES = (
    ("INST", "安装调试", 150, "0.30", "0.40", "0.70", 48),
    ("RPR-L", "大修", 300, "0.35", "0.30", "0.70", 120),
    ("RPR-M", "中修", 180, "0.30", "0.30", "0.70", 72),
    ("RPR-S", "小修", 80, "0.25", "0.25", "0.70", 48),
    ("DLV", "送货", 50, "0.20", "0.20", "0.60", 24),
    ("EXCH", "换机", 100, "0.20", "0.25", "0.60", 72),
    ("DEAL", "经销商退货维修", 120, "0.25", "0.25", "0.65", 96),
    ("CLEAN", "清洗包装", 60, "0.30", "0.30", "0.70", 24),
)
REWARDS = (("ATT", "服务态度", 50, 1), ("TIME", "及时性", 30, 1), ("SAT", "客户满意度", 80, 1),
           ("SKILL", "技术水平", 100, 1), ("CMPL", "客户投诉", 200, -1),
           ("CONTR", "贡献", 150, 1), ("TASK", "任务完成", 120, 1), ("LATE", "迟到早退", 50, -1))
DICTIONARY = {
    "fault": ("不制冷", "不制热", "不开机", "漏水", "噪音大", "显示E1故障", "显示F3故障",
              "遥控失灵", "不脱水", "不进水", "不加热", "点不着火", "异味", "结霜", "跳闸"),
    "accessory": ("遥控器", "电源线", "说明书", "包装箱", "保修卡", "排水管", "安装支架"),
    "appearance": ("外观完好", "轻微划痕", "面板破损", "外壳变形", "有油污", "缺少螺丝"),
    "purchase_place": tuple(f"{s}{d}店" for s in STORES[:3] for d in ("朝阳", "天河", "浦东")),
}
STREETS = ("人民路", "建设路", "中山路", "和平街", "解放路", "长江路")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
         "涛", "明", "超", "秀兰", "霞", "平", "刚", "建华", "志强", "晓东", "海燕", "鹏", "宇")
COMPLAINTS = ("维修后又出现同样故障", "上门时间比约定晚了两小时", "收费与报价不符",
              "工程师态度不好", "配件等待时间太长", "安装后有噪音")
QUESTIONS = ("空调多久需要清洗一次？", "热水器镁棒多久更换？", "保修期从哪天开始算？",
             "洗衣机显示E3是什么意思？", "冰箱冷藏室结冰怎么办？", "延保怎么购买？")


def _rows(rows: list[dict[str, Any]], *, pinyin: bool = True) -> list[dict[str, Any]]:
    if pinyin:
        for row in rows:
            row["name_pinyin"] = pinyin_key(row["name"])
    return rows


def fill_master_data(connection: Connection, rng: random.Random, *, customers: int,
                     products: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    if connection.execute(select(Region.id).limit(1)).first() is not None:
        return counts  # master data is there already
    branches = dict(connection.execute(select(Branch.code, Branch.id)).all())

    # Regions: province -> city -> district.
    district_ids: dict[int, list[int]] = {}
    n = 0
    for index, (province, city, districts) in enumerate(PLACES):
        n += 1
        province_id = connection.execute(insert(Region).values(
            code=f"R{index + 1:02d}", name=province, level=1,
            name_pinyin=pinyin_key(province)).returning(Region.id)).scalar_one()
        parent = province_id
        if city:
            parent = connection.execute(insert(Region).values(
                code=f"R{index + 1:02d}01", name=city, level=2, parent_id=province_id,
                name_pinyin=pinyin_key(city)).returning(Region.id)).scalar_one()
        rows = _rows([{"code": f"R{index + 1:02d}01{d + 1:02d}", "name": name, "level": 3,
                       "parent_id": parent} for d, name in enumerate(districts)])
        district_ids[index] = list(connection.execute(
            insert(Region).returning(Region.id), rows).scalars())
    counts["regions"] = n + sum(len(v) for v in district_ids.values())

    # Engineers serve districts of their branch's city.
    engineers = connection.execute(
        select(Employee.id, Branch.code).join(Department, Department.id == Employee.department_id)
        .join(Branch, Branch.id == Department.branch_id).where(Employee.is_engineer)).all()
    links = []
    for engineer_id, branch_code in engineers:
        choices = district_ids[BRANCH_PLACE.get(branch_code, 0)]
        for region_id in rng.sample(choices, k=min(len(choices), rng.randint(1, 3))):
            links.append({"employee_id": engineer_id, "region_id": region_id})
    if links:
        connection.execute(insert(employee_region), links)

    # Outlets: two for each city with a branch.
    outlet_rows = []
    for index in sorted({BRANCH_PLACE.get(code, 0) for code in branches}):
        province, city, districts = PLACES[index]
        for k, brand in enumerate(rng.sample(BRANDS, 2)):
            district = rng.choice(districts)
            outlet_rows.append({
                "code": f"O{index + 1:02d}{k + 1}", "name": f"{district}{brand}特约维修站",
                "contact": rng.choice(SURNAMES) + "经理", "phone": _mobile(rng),
                "address": f"{city or province}{district}{rng.randint(1, 400)}号",
                "settlement_ratio": Decimal(rng.choice(("0.65", "0.70", "0.75"))),
                "settlement_cycle": rng.choice(("monthly", "per job")),
                "_districts": rng.sample(district_ids[index], 2)})
    outlet_ids = connection.execute(insert(ServiceOutlet).returning(ServiceOutlet.id), _rows(
        [{k: v for k, v in r.items() if not k.startswith("_")} for r in outlet_rows])).scalars()
    connection.execute(insert(outlet_region), [
        {"outlet_id": oid, "region_id": rid}
        for oid, row in zip(outlet_ids, outlet_rows, strict=True) for rid in row["_districts"]])
    counts["outlets"] = len(outlet_rows)

    # Catalog.
    category_ids: dict[str, int] = {}
    for code, name, parent in CATEGORIES:
        category_ids[code] = connection.execute(insert(ProductCategory).values(
            code=code, name=name, parent_id=category_ids.get(parent) if parent else None,
            name_pinyin=pinyin_key(name)).returning(ProductCategory.id)).scalar_one()
    brand_ids = dict(zip(BRANDS, connection.execute(
        insert(Brand).returning(Brand.id), _rows([{"name": b} for b in BRANDS])).scalars(),
        strict=True))
    product_rows = []
    for n in range(products):
        category, pattern, model, (low, high), months = rng.choice(PRODUCT_LINES)
        brand = rng.choice(BRANDS)
        price = Decimal(rng.randrange(low, high, 50))
        product_rows.append({
            "code": f"P{n + 1:05d}", "name": pattern.format(b=brand),
            "model": model.format(n=rng.randint(20, 99) * 10 + rng.choice((0, 5))),
            "unit": "台", "is_part": False, "category_id": category_ids[category],
            "brand_id": brand_ids[brand],
            "sale_price": price, "cost_price": (price * Decimal("0.72")).quantize(Decimal("1")),
            "warranty_months": months, "min_stock": 0})
    for n, (name, (low, high)) in enumerate(PARTS):
        price = Decimal(rng.randrange(low, high, 5))
        product_rows.append({
            "code": f"PT{n + 1:04d}", "name": name, "model": f"通用-{n + 1:02d}", "unit": "个",
            "is_part": True, "category_id": category_ids["PT"], "brand_id": None,
            "sale_price": price, "cost_price": (price * Decimal("0.55")).quantize(Decimal("1")),
            "warranty_months": 3, "min_stock": rng.choice((2, 5, 10))})
    product_ids = list(connection.execute(
        insert(Product).returning(Product.id, Product.is_part), _rows(product_rows)).all())
    machines = [pid for pid, is_part in product_ids if not is_part]
    counts["products"] = len(product_rows)

    # Customers, their devices, complaints and consultations.
    grade_ids = dict(zip([g for g, _n in GRADES], connection.execute(
        insert(CustomerGrade).returning(CustomerGrade.id),
        [{"code": c, "name": n, "sort_order": i} for i, (c, n) in enumerate(GRADES)]).scalars(),
        strict=True))
    customer_rows = []
    for n in range(customers):
        index = rng.choice(list(district_ids))
        province, city, districts = PLACES[index]
        d = rng.randrange(len(districts))
        kind = rng.choices(("PERSON", "DEALER", "MALL", "CORP"), weights=(80, 6, 6, 8))[0]
        person = rng.choice(SURNAMES) + rng.choice(GIVEN)
        name = {"PERSON": person, "DEALER": f"{districts[d]}{rng.choice(BRANDS)}专卖店",
                "MALL": f"{rng.choice(STORES)}{districts[d]}店",
                "CORP": f"{city or province}{rng.choice(('华兴', '鼎盛', '恒通', '安居'))}"
                        f"{rng.choice(COMPANIES)}"}[kind]
        customer_rows.append({
            "code": f"C{n + 1:06d}", "name": name, "grade_id": grade_ids[kind],
            "region_id": district_ids[index][d],
            "contact_person": "" if kind == "PERSON" else person,
            "phone": _mobile(rng), "phone2": _mobile(rng) if rng.random() < 0.2 else "",
            "address": f"{city or province}{districts[d]}{rng.choice(STREETS)}"
                       f"{rng.randint(1, 999)}号{rng.randint(1, 30)}栋{rng.randint(101, 2804)}室",
        })
    customer_ids = list(connection.execute(
        insert(Customer).returning(Customer.id), _rows(customer_rows)).scalars())
    today = date.today()
    places = DICTIONARY["purchase_place"]
    devices = [{
        "customer_id": cid, "product_id": rng.choice(machines),
        "serial_no": f"SN{rng.randrange(10**11):011d}",
        "purchase_date": today - timedelta(days=rng.randint(10, 1500)),
        "purchase_place": rng.choice(places), "invoice_no": f"FP{rng.randrange(10**8):08d}"}
        for cid in customer_ids for _ in range(rng.choice((1, 1, 1, 2, 3)))]
    connection.execute(insert(CustomerDevice), devices)
    counts["customers"], counts["devices"] = len(customer_rows), len(devices)
    now = datetime.now(timezone.utc)
    complaints = [{"customer_id": rng.choice(customer_ids), "subject": rng.choice(COMPLAINTS),
                   "content": "客户来电反映：" + rng.choice(COMPLAINTS),
                   "received_at": now - timedelta(days=rng.randint(0, 200)),
                   "status": rng.choice(("open", "handling", "closed", "closed"))}
                  for _ in range(max(1, customers // 10))]
    connection.execute(insert(Complaint), complaints)
    consultations = [{"customer_id": rng.choice(customer_ids), "question": rng.choice(QUESTIONS),
                      "answer": rng.choice(("已电话解答", "已发送说明书", "")),
                      "asked_at": now - timedelta(days=rng.randint(0, 200))}
                     for _ in range(max(1, customers // 7))]
    connection.execute(insert(Consultation), consultations)

    # Warehouses: the usual four at each branch, samples and dealer returns at the head office.
    kind_ids = dict(zip([k for k, _n in WAREHOUSE_KINDS], connection.execute(
        insert(WarehouseKind).returning(WarehouseKind.id),
        [{"code": c, "name": n} for c, n in WAREHOUSE_KINDS]).scalars(), strict=True))
    warehouses = []
    branch_names = dict(connection.execute(select(Branch.id, Branch.name)).all())
    head = connection.execute(select(Branch.id).where(Branch.is_head_office)).scalar_one()
    for code, branch_id in branches.items():
        kinds = ["PART", "AWAIT", "SCRAP", "FIN"] + (["SAMPLE", "RETURN"] if branch_id == head else [])
        for kind in kinds:
            name = dict(WAREHOUSE_KINDS)[kind]
            warehouses.append({"code": f"{code}-{kind}", "kind_id": kind_ids[kind],
                               "branch_id": branch_id,
                               "name": f"{branch_names[branch_id]}{name}"})
    connection.execute(insert(Warehouse), _rows(warehouses))
    counts["warehouses"] = len(warehouses)

    # Work types, rewards and penalties, overdue rules.
    work_type_ids = list(connection.execute(insert(WorkType).returning(WorkType.id), _rows([
        {"code": c, "name": n, "standard_fee": Decimal(fee), "commission_repair": Decimal(r),
         "commission_install": Decimal(i), "commission_outsourced": Decimal(o),
         "time_limit_hours": hours} for c, n, fee, r, i, o, hours in WORK_TYPES])).scalars())
    connection.execute(insert(RewardPenaltyItem), _rows([
        {"code": c, "name": n, "amount": Decimal(a), "sign": s} for c, n, a, s in REWARDS]))
    rules = (  # (work type index or None, service mode, hours, deduction, unit, cap)
        (0, None, 48, "20", "day", "200"),
        (3, None, 48, "5", "hour", "100"),
        (None, "repair", 72, "30", "day", "300"),
        (None, "outsourced", 96, "50", "day", "500"),
    )
    connection.execute(insert(OverdueRule), [
        {"work_type_id": None if w is None else work_type_ids[w], "service_mode": mode,
         "allowed_hours": hours, "deduction": Decimal(deduction), "unit": unit,
         "cap": Decimal(cap)} for w, mode, hours, deduction, unit, cap in rules])
    counts["work types"] = len(WORK_TYPES)

    # Dictionaries: what earlier entries left, with how often each was used.
    entries = [{"kind": kind, "name": name, "normalised": normalise(name),
                "uses": rng.randint(1, 60)}
               for kind, names in DICTIONARY.items() for name in names]
    entries += [{"kind": "model", "name": model, "normalised": normalise(model),
                 "uses": rng.randint(1, 20)}
                for model in sorted({r["model"] for r in product_rows[:40]})]
    connection.execute(insert(DictionaryEntry), _rows(entries))
    counts["dictionary entries"] = len(entries)
    return counts


def _mobile(rng: random.Random) -> str:
    return rng.choice(("138", "139", "186", "150", "177", "135")) + f"{rng.randrange(10**8):08d}"
