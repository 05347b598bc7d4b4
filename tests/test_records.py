"""The master-data records' rules: checking, saving with optimistic locking, delete
refused for a record in use, links to regions, permissions enforced by the database."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from server_schema import records
from server_schema.catalog import Product
from server_schema.errors import ConflictError, PermissionDenied, ValidationError
from server_schema.org import Department, Employee, Region


def operator_session(db, code: str) -> Session:
    return Session(db.operator_engine(code))


def test_check_names_every_problem_at_once():
    spec = records.spec("product")
    problems = records.check(spec, {
        "code": "P 1", "name": " ", "unit": "台", "sale_price": "-1", "cost_price": "1.234",
        "warranty_months": "3.5", "min_stock": "abc", "model": "x" * 101})
    fields = {p.field: str(p) for p in problems}
    assert set(fields) == {"code", "name", "sale_price", "cost_price", "warranty_months",
                           "min_stock", "model"}
    assert fields["name"] == "Required."
    assert fields["cost_price"] == "At most 2 decimal places."
    assert fields["model"] == "At most 100 characters."


def test_check_ratio_and_huge_numbers():
    spec = records.spec("work_type")
    problems = records.check(spec, {"name": "x", "commission_repair": "1.5",
                                    "standard_fee": "1e30", "time_limit_hours": "0",
                                    "commission_install": "NaN"})
    fields = {p.field: str(p) for p in problems}
    assert fields["commission_repair"] == "At most 100%."
    assert fields["standard_fee"] == "The number is too large."
    assert fields["time_limit_hours"] == "At least 1."
    assert fields["commission_install"] == "Enter a number."


def test_save_creates_with_generated_code_and_changes_with_version(db):
    with operator_session(db, "manager") as session, session.begin():
        record_id, version = records.save(session, "product", {
            "code": "", "name": "变频空调 室外机", "unit": "台", "sale_price": "3,299.50",
            "cost_price": "2100", "warranty_months": "24", "min_stock": "2", "is_part": False})
        assert version == 1
    with operator_session(db, "manager") as session, session.begin():
        data = records.load(session, "product", record_id, frozenset({"cost"}))
        assert data["code"].startswith("P") and data["sale_price"] == Decimal("3299.50")
        assert data["cost_price"] == Decimal("2100.00")
        _, version = records.save(session, "product", {"name": "变频空调", "unit": "台"},
                                  record_id=record_id, version=1)
        assert version == 2
        pinyin = session.scalar(select(Product.name_pinyin).where(Product.id == record_id))
        assert "bpkt" in pinyin


def test_stale_save_names_who_and_when(db):
    with operator_session(db, "manager") as session, session.begin():
        brand_id, _ = records.save(session, "brand", {"name": "测试品牌", "active": True})
    with operator_session(db, "admin") as session, session.begin():
        records.save(session, "brand", {"name": "测试品牌集团"}, record_id=brand_id, version=1)
    with operator_session(db, "manager") as session, session.begin():
        with pytest.raises(ConflictError) as caught:
            records.save(session, "brand", {"name": "Haier"}, record_id=brand_id, version=1)
    assert "admin" in caught.value.params["who"] and caught.value.params["when"]


def test_duplicate_is_reported_on_its_field(db):
    with operator_session(db, "manager") as session, session.begin():
        existing = session.scalar(select(Product.code).limit(1))
        with pytest.raises(ValidationError) as caught:
            records.save(session, "product", {"code": existing, "name": "x", "unit": "个"})
    assert caught.value.field == "code"


def test_referenced_record_cannot_be_deleted_but_can_be_deactivated(db):
    with operator_session(db, "manager") as session, session.begin():
        department_id, version = session.execute(
            select(Department.id, Department.version)
            .where(Department.id.in_(select(Employee.department_id))).limit(1)).one()
        with pytest.raises(ValidationError) as caught:
            records.delete_record(session, "department", department_id, version)
    assert caught.value.params["used_table"] in ("employee", "department")
    assert "Untick Active" in str(caught.value)
    with operator_session(db, "manager") as session, session.begin():
        assert records.set_active(session, "department", department_id, False) == version + 1
    with operator_session(db, "manager") as session, session.begin():
        brand_id, version = records.save(session, "brand", {"name": "新品牌"})
        records.delete_record(session, "brand", brand_id, version)


def test_engineer_regions_are_saved_as_links(db):
    with operator_session(db, "manager") as session, session.begin():
        districts = list(session.scalars(select(Region.id).where(Region.level == 3).limit(3)))
        department = session.scalar(select(Department.id).limit(1))
        employee_id, version = records.save(session, "employee", {
            "code": "", "name": "王工", "department_id": department, "is_engineer": True,
            "regions": districts[:2], "phone": "13812345678", "post_salary": "5000"})
        records.save(session, "employee", {"name": "王工", "department_id": department,
                                           "regions": districts[1:]},
                     record_id=employee_id, version=version)
        data = records.load(session, "employee", employee_id)
    assert data["regions"] == sorted(districts[1:])
    assert data["phone"] == "138****5678" and data["post_salary"] is None


def test_region_level_and_cycles_are_refused(db):
    with operator_session(db, "manager") as session, session.begin():
        province, city = session.execute(
            select(Region.parent_id, Region.id).where(Region.level == 2).limit(1)).one()
        with pytest.raises(ValidationError) as caught:  # a district straight under a province
            records.save(session, "region", {"name": "新区", "level": "3", "parent_id": province})
        assert caught.value.field == "parent_id"
        version = session.scalar(select(Region.version).where(Region.id == province))
        with pytest.raises(ValidationError):  # a province inside its own city
            records.save(session, "region", {"name": "x", "level": "1", "parent_id": city},
                         record_id=province, version=version)


def test_department_stays_in_its_branch(db):
    with operator_session(db, "manager") as session, session.begin():
        rows = session.execute(select(Department.id, Department.branch_id)).all()
        mine, other = rows[0], next(r for r in rows if r.branch_id != rows[0].branch_id)
        with pytest.raises(ValidationError) as caught:
            records.save(session, "department", {"name": "x", "branch_id": mine.branch_id,
                                                 "parent_id": other.id})
    assert caught.value.field == "parent_id"


def test_database_refuses_an_operator_without_the_permission(db):
    with operator_session(db, "clerk") as session, session.begin():
        with pytest.raises(PermissionDenied) as caught:
            records.save(session, "brand", {"name": "不许"})
    assert caught.value.params["record_table"] == "brand"


def test_malicious_text_is_stored_literally(db):
    evil = "'; drop table aftersales.brand; --"
    with operator_session(db, "manager") as session, session.begin():
        brand_id, _ = records.save(session, "brand", {"name": evil})
    with operator_session(db, "manager") as session:
        assert records.load(session, "brand", brand_id)["name"] == evil.strip()
        assert session.scalar(text("select count(*) from aftersales.brand")) > 0


def test_choices_come_in_one_query(db):
    with operator_session(db, "manager") as session:
        options = records.choices(session, "employee")
    assert set(options) == {"department", "district"}
    assert all(" / " in label for _, label in options["department"])
    assert options["district"]
