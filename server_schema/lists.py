"""The master-data lists: what each shows, its key and what its filter searches.

Sensitive columns are chosen with ``sensitive()``: the full value when its kind is
revealed, else the masked form the database keeps (or NULL where there is none).
Sensitive values are never searched: a filter would tell what they hold."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Date, cast, func, literal_column, select, text
from sqlalchemy.orm import aliased

from .catalog import Brand, Product, ProductCategory
from .customers import Complaint, Consultation, Customer, CustomerDevice, CustomerGrade
from .dictionaries import DictionaryEntry
from .org import Branch, Department, Employee, Region, ServiceOutlet, employee_region, outlet_region
from .payroll import OverdueRule, RewardPenaltyItem
from .queries import ListSpec, search_text, sensitive
from .service import WorkType
from .stock import Warehouse, WarehouseKind


def _names(table: Any, key: Any, region_key: Any) -> Any:
    """The names of the regions linked to a row, comma-separated (one subquery)."""
    return (select(func.string_agg(Region.name, literal_column("'、'")))
            .select_from(table).join(Region, Region.id == table.c.region_id)
            .where(region_key == key).scalar_subquery())


parent_region = aliased(Region)
REGIONS = ListSpec(
    "region",
    lambda reveal: select(Region.id, Region.code, Region.name, Region.level,
                          parent_region.name.label("parent"), Region.active)
    .outerjoin(parent_region, parent_region.id == Region.parent_id),
    (Region.code,),
    search=lambda: search_text(Region.code, Region.name, Region.name_pinyin),
)

OUTLETS = ListSpec(
    "service_outlet",
    lambda reveal: select(
        ServiceOutlet.id, ServiceOutlet.code, ServiceOutlet.name, ServiceOutlet.contact, ServiceOutlet.phone,
        ServiceOutlet.address, ServiceOutlet.settlement_ratio, ServiceOutlet.settlement_cycle,
        _names(outlet_region, ServiceOutlet.id, outlet_region.c.outlet_id).label("regions"),
        ServiceOutlet.active),
    (ServiceOutlet.code,),
    search=lambda: search_text(ServiceOutlet.code, ServiceOutlet.name, ServiceOutlet.name_pinyin,
                               ServiceOutlet.contact, ServiceOutlet.address),
)

parent_category = aliased(ProductCategory)
CATEGORIES = ListSpec(
    "product_category",
    lambda reveal: select(ProductCategory.id, ProductCategory.code, ProductCategory.name,
                          parent_category.name.label("parent"), ProductCategory.active)
    .outerjoin(parent_category, parent_category.id == ProductCategory.parent_id),
    (ProductCategory.code,),
    search=lambda: search_text(ProductCategory.code, ProductCategory.name,
                               ProductCategory.name_pinyin),
)

BRANDS = ListSpec(
    "brand",
    lambda reveal: select(Brand.id, Brand.name, Brand.active),
    (Brand.name,),
    search=lambda: search_text(Brand.name, Brand.name_pinyin),
)


def _product_search() -> Any:
    return search_text(Product.code, Product.name, Product.name_pinyin, Product.model)


PRODUCTS = ListSpec(
    "product",
    lambda reveal: select(
        Product.id, Product.code, Product.name, Product.model, Product.unit, Product.is_part,
        ProductCategory.name.label("category"), Brand.name.label("brand"), Product.sale_price,
        sensitive(Product.cost_price, "cost", reveal), Product.warranty_months,
        Product.min_stock, Product.active)
    .outerjoin(ProductCategory, ProductCategory.id == Product.category_id)
    .outerjoin(Brand, Brand.id == Product.brand_id),
    (Product.code,),
    search=_product_search,
)

CUSTOMER_GRADES = ListSpec(
    "customer_grade",
    lambda reveal: select(CustomerGrade.id, CustomerGrade.code, CustomerGrade.name, CustomerGrade.sort_order,
                          CustomerGrade.active),
    (CustomerGrade.code,),
    search=lambda: search_text(CustomerGrade.code, CustomerGrade.name),
)


def _customer_search() -> Any:
    return search_text(Customer.code, Customer.name, Customer.name_pinyin,
                       Customer.contact_person)


CUSTOMERS = ListSpec(
    "customer",
    lambda reveal: select(
        Customer.id, Customer.code, Customer.name, CustomerGrade.name.label("grade"),
        Region.name.label("region"), Customer.contact_person,
        sensitive(Customer.phone, "phone", reveal, Customer.phone_masked),
        sensitive(Customer.address, "address", reveal, Customer.address_masked),
        Customer.active)
    .outerjoin(CustomerGrade, CustomerGrade.id == Customer.grade_id)
    .outerjoin(Region, Region.id == Customer.region_id),
    (Customer.code,),
    search=_customer_search,
)


def warranty_end() -> Any:
    """A device's warranty end: the override, else purchase date + the product's months."""
    derived = Product.warranty_months * text("interval '1 month'")
    return func.coalesce(CustomerDevice.warranty_end,
                         cast(CustomerDevice.purchase_date + derived, Date))


DEVICES = ListSpec(
    "customer_device",
    lambda reveal: select(
        CustomerDevice.id, Customer.id.label("customer_id"), Customer.code.label("customer_code"),
        Customer.name.label("customer"), Product.name.label("product"), Product.model,
        CustomerDevice.serial_no, CustomerDevice.purchase_date, CustomerDevice.purchase_place,
        CustomerDevice.invoice_no, warranty_end().label("warranty_end"))
    .join(Customer, Customer.id == CustomerDevice.customer_id)
    .join(Product, Product.id == CustomerDevice.product_id),
    (CustomerDevice.id,),
    search=lambda: search_text(Customer.code, Customer.name, Customer.name_pinyin, Product.name,
                               Product.model, CustomerDevice.serial_no,
                               CustomerDevice.invoice_no),
    descending=True,
)

COMPLAINTS = ListSpec(
    "complaint",
    lambda reveal: select(Complaint.id, Complaint.received_at, Customer.name.label("customer"),
                          Complaint.subject, Complaint.status, Complaint.resolution)
    .join(Customer, Customer.id == Complaint.customer_id),
    (Complaint.id,),
    search=lambda: search_text(Customer.name, Customer.name_pinyin, Complaint.subject,
                               Complaint.content, Complaint.resolution),
    descending=True,
)

CONSULTATIONS = ListSpec(
    "consultation",
    lambda reveal: select(Consultation.id, Consultation.asked_at,
                          Customer.name.label("customer"), Consultation.question,
                          Consultation.answer)
    .join(Customer, Customer.id == Consultation.customer_id),
    (Consultation.id,),
    search=lambda: search_text(Customer.name, Customer.name_pinyin, Consultation.question,
                               Consultation.answer),
    descending=True,
)

WAREHOUSE_KINDS = ListSpec(
    "warehouse_kind",
    lambda reveal: select(WarehouseKind.id, WarehouseKind.code, WarehouseKind.name, WarehouseKind.active),
    (WarehouseKind.code,),
    search=lambda: search_text(WarehouseKind.code, WarehouseKind.name),
)

WAREHOUSES = ListSpec(
    "warehouse",
    lambda reveal: select(Warehouse.id, Warehouse.code, Warehouse.name, WarehouseKind.name.label("kind"),
                          Branch.name.label("branch"), Warehouse.active)
    .join(WarehouseKind, WarehouseKind.id == Warehouse.kind_id)
    .join(Branch, Branch.id == Warehouse.branch_id),
    (Warehouse.code,),
    search=lambda: search_text(Warehouse.code, Warehouse.name, Warehouse.name_pinyin,
                               WarehouseKind.name, Branch.name),
)

WORK_TYPES = ListSpec(
    "work_type",
    lambda reveal: select(WorkType.id, WorkType.code, WorkType.name, WorkType.standard_fee,
                          WorkType.commission_repair, WorkType.commission_install,
                          WorkType.commission_outsourced, WorkType.time_limit_hours,
                          WorkType.active),
    (WorkType.code,),
    search=lambda: search_text(WorkType.code, WorkType.name, WorkType.name_pinyin),
)

REWARD_PENALTY_ITEMS = ListSpec(
    "reward_penalty_item",
    lambda reveal: select(RewardPenaltyItem.id, RewardPenaltyItem.code, RewardPenaltyItem.name,
                          (RewardPenaltyItem.amount * RewardPenaltyItem.sign).label("amount"),
                          RewardPenaltyItem.active),
    (RewardPenaltyItem.code,),
    search=lambda: search_text(RewardPenaltyItem.code, RewardPenaltyItem.name,
                               RewardPenaltyItem.name_pinyin),
)

OVERDUE_RULES = ListSpec(
    "overdue_rule",
    lambda reveal: select(OverdueRule.id, WorkType.name.label("work_type"),
                          OverdueRule.service_mode, OverdueRule.allowed_hours,
                          OverdueRule.deduction, OverdueRule.unit, OverdueRule.cap,
                          OverdueRule.active)
    .outerjoin(WorkType, WorkType.id == OverdueRule.work_type_id),
    (OverdueRule.id,),
    search=lambda: search_text(WorkType.name, OverdueRule.service_mode),
)

DICTIONARY = ListSpec(
    "dictionary_entry",
    lambda reveal: select(DictionaryEntry.id, DictionaryEntry.kind, DictionaryEntry.name,
                          DictionaryEntry.uses, DictionaryEntry.active),
    (DictionaryEntry.id,),
    search=lambda: search_text(DictionaryEntry.kind, DictionaryEntry.name,
                               DictionaryEntry.name_pinyin, DictionaryEntry.normalised),
)


ENGINEERS = ListSpec(
    "engineer",
    lambda reveal: select(Employee.id, Employee.code, Employee.name,
                          Department.name.label("department"),
                          Branch.name.label("branch"), Employee.skill_grade,
                          _names(employee_region, Employee.id, employee_region.c.employee_id)
                          .label("regions"))
    .join(Department, Department.id == Employee.department_id)
    .join(Branch, Branch.id == Department.branch_id)
    .where(Employee.is_engineer, Employee.active),
    (Employee.code,),
    search=lambda: search_text(Employee.code, Employee.name, Employee.name_pinyin,
                               Department.name, Branch.name),
)
