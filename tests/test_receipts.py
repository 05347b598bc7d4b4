"""The intake receipt and the pick-up slip: printed to PDF on as many pages as they
need, a reprint marked as a copy, every text translated, the total in capital
numerals on a Chinese page, the QR code saying the order number, and the page drawn
to PNG for the screenshots."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QImage, QTextDocument, QTextTable

from client import i18n
from client.printing import TableDocument, print_to_pdf
from client.receipts import (
    IntakeReceipt,
    PickupSlip,
    day,
    money,
    page_font,
    qr_matrix,
    qr_payload,
    render_first_page,
    render_page,
    when,
)

BEIJING = timezone(timedelta(hours=8))


def sample_order(parts: int = 2) -> dict:
    """An order as ``service_orders.load_order`` returns it (the contract, every key)."""
    lines = []
    for i in range(parts):
        qty, price = Decimal(1 + i % 3), Decimal("85.50") + i
        lines.append({"id": 100 + i, "warehouse_id": 7, "warehouse": "北京总部配件库",
                      "product_id": 500 + i, "product_code": f"P{i:05d}",
                      "product_name": "压缩机启动电容" if i % 2 == 0 else "洗衣机排水泵总成",
                      "unit": "个", "qty": qty, "price": price, "amount": qty * price})
    parts_total = sum((line["amount"] for line in lines), Decimal("0.00"))
    labour, other, discount = Decimal("120.00"), Decimal("30.00"), Decimal("15.50")
    total = parts_total + labour + other - discount
    paid = Decimal("200.00")
    return {
        "id": 123, "number": "BJ-2026-000123", "branch_id": 1, "branch": "北京总部",
        "branch_phone": "010-6543 2100", "branch_address": "北京市朝阳区建设路88号",
        "status": "picked_up", "service_mode": "carry_in", "warranty": "out",
        "warranty_suggested": "out", "urgent": True, "customer_id": 42, "customer_code": "C000042",
        "customer_name": "张三丰", "customer_phone_masked": "138****5678",
        "customer_address_masked": "北京市朝阳区人民路****", "contact_person": "张小明",
        "device_id": 77, "product_id": 9, "product_code": "WM-100", "product_name": "滚筒洗衣机",
        "brand": "海尔", "model": "EG100MATE2S", "serial_no": "SN2023A0098765",
        "purchase_date": date(2023, 5, 20), "warranty_end": date(2025, 5, 19),
        "fault": "脱水时噪音大，偶尔报E4故障\n排水慢", "accessories": "电源线、进水管",
        "appearance": "左侧面板轻微划痕", "work_type_id": 3, "work_type": "维修（中）",
        "estimated_fee": Decimal("350.00"),
        "promised_at": datetime(2026, 3, 8, 17, 30, tzinfo=BEIJING),
        "pickup_due": date(2026, 3, 20), "engineer_id": 15, "engineer": "李四",
        "received_by": "u_demo_clerk", "received_at": datetime(2026, 3, 5, 9, 7, tzinfo=BEIJING),
        "cancel_reason": None, "note": "内部备注：老客户", "version": 4, "repeat_of": None,
        "printed_copies": 0,
        "parts": lines,
        "fees": {"parts": parts_total, "labour": labour, "other": other, "discount": discount,
                 "total": total, "paid": paid, "balance": total - paid, "claim": Decimal("0.00")},
        "payments": [{"id": 1, "method": "cash", "amount": Decimal("150.00"),
                      "paid_at": datetime(2026, 3, 9, 10, 15, tzinfo=BEIJING), "paid_by": "u_demo_clerk"},
                     {"id": 2, "method": "card", "amount": Decimal("50.00"),
                      "paid_at": datetime(2026, 3, 9, 10, 16, tzinfo=BEIJING), "paid_by": "u_demo_clerk"}],
        "events": [{"at": datetime(2026, 3, 5, 9, 7, tzinfo=BEIJING), "by": "u_demo_clerk",
                    "from_status": None, "to_status": "pending", "note": ""},
                   {"at": datetime(2026, 3, 9, 10, 20, tzinfo=BEIJING), "by": "u_demo_clerk",
                    "from_status": "ready", "to_status": "picked_up", "note": ""}],
        "notifications": [{"id": 1, "kind": "repair_finished", "channel": "sms",
                           "at": datetime(2026, 3, 8, 16, 0, tzinfo=BEIJING), "by": "u_demo_clerk",
                           "note": ""}],
    }


def pdf_pages(path: Path) -> int:
    """Pages of a PDF as its page tree counts them (Qt writes one /Type /Pages)."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    [count] = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data) or \
        re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)
    return int(count)


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.system())


# -- printing -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [IntakeReceipt, PickupSlip])
def test_a_typical_order_prints_on_one_page(english, tmp_path, kind):
    document = kind(sample_order())
    path = tmp_path / "doc.pdf"
    assert print_to_pdf(document.paint, path, title=document.title) == 1
    assert path.stat().st_size > 5_000 and pdf_pages(path) == 1


def test_eighty_part_lines_go_on_over_pages_with_the_column_headers_again(english, tmp_path):
    order = sample_order(parts=80)
    slip = PickupSlip(order)
    path = tmp_path / "long.pdf"
    pages = print_to_pdf(slip.paint, path, title=slip.title)
    assert pages >= 2 and pdf_pages(path) == pages
    text = slip.plain_text()
    assert all(text.count(f"P{i:05d} ") == 1 for i in range(80))
    assert money(order["fees"]["total"]) in text and "Received by (customer)" in text


def test_the_parts_table_repeats_its_column_titles_on_each_page(english):
    """Qt repeats a table's header rows at the top of every page it runs onto: the
    parts table has exactly its one title row as header."""
    slip = PickupSlip(sample_order(parts=80))
    document = QTextDocument()
    document.setHtml(slip.body_html())
    tables = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    [parts] = [table for table in tables if table.rows() == 81]
    assert parts.format().headerRowCount() == 1
    assert parts.cellAt(0, 1).firstCursorPosition().block().text() == "Part"
    assert parts.cellAt(80, 1).firstCursorPosition().block().text() == "P00079 洗衣机排水泵总成"


def test_a_long_fault_text_takes_another_page_not_the_footer(english, tmp_path):
    order = sample_order()
    order["fault"] = "开机后显示屏闪烁，" * 600
    pages = print_to_pdf(IntakeReceipt(order).paint, tmp_path / "fault.pdf")
    assert pages >= 2 and pdf_pages(tmp_path / "fault.pdf") == pages


def test_an_order_with_no_parts_nothing_optional_and_no_payments_prints(english, tmp_path):
    order = sample_order(parts=0)
    for key in ("contact_person", "customer_address_masked", "serial_no", "purchase_date", "warranty_end",
                "promised_at", "pickup_due", "engineer", "work_type", "accessories", "appearance",
                "estimated_fee", "brand", "model", "customer_code"):
        order[key] = None
    order.update(payments=[], events=[], urgent=False, warranty="in")
    for kind in (IntakeReceipt, PickupSlip):
        assert print_to_pdf(kind(order).paint, tmp_path / "bare.pdf") == 1
    text = PickupSlip(order).plain_text()
    assert "No parts used" in text and "Under warranty: no charge for parts and labour." in text
    assert "Please collect it by" not in IntakeReceipt(order).plain_text()
    assert "URGENT" not in text


def test_no_discount_reads_zero_and_an_overpayment_is_to_refund(english):
    order = sample_order()
    order["fees"] = {**order["fees"], "discount": Decimal("0.00"), "paid": Decimal("500.00"),
                     "balance": Decimal("-91.50")}
    text = PickupSlip(order).plain_text()
    assert "-0.00" not in text and "Discount\n0.00" in text
    assert "To refund\n¥ 91.50" in text and "Balance due" not in text


def test_the_longest_values_the_database_allows_still_print(english, tmp_path):
    """A 200-character address, a 100-character branch, a serial number without a
    break: wrapped, not cut, the QR code and the number still on top."""
    order = sample_order(parts=3)
    order["branch"] = "北京" * 50
    order["branch_address"] = "朝阳区建设路" * 33 + "88"
    order["serial_no"] = "X" * 300
    order["parts"][0]["product_name"] = "超长配件名称" * 40
    for kind in (IntakeReceipt, PickupSlip):
        pages = print_to_pdf(kind(order).paint, tmp_path / "long.pdf")
        assert 1 <= pages <= 2 and pdf_pages(tmp_path / "long.pdf") == pages
        assert "X" * 300 in kind(order).plain_text().replace("\u2028", "").replace("\n", "")


def test_what_the_intake_receipt_says(english):
    order = sample_order()
    text = IntakeReceipt(order).plain_text()
    for expected in ("北京总部", "010-6543 2100", "北京市朝阳区建设路88号", "Service intake receipt",
                     "BJ-2026-000123", "Received " + when(order["received_at"]), "张三丰", "C000042",
                     "138****5678",
                     "滚筒洗衣机", "海尔", "EG100MATE2S", "SN2023A0098765", "2023-05-20", "2025-05-19",
                     "Out of warranty", "Carry-in", "URGENT", "脱水时噪音大", "排水慢", "电源线、进水管",
                     "左侧面板轻微划痕", "350.00", "2026-03-20", "李四", "维修（中）",
                     "Promised by", when(order["promised_at"]),
                     "Please collect it by 2026-03-20.", "Customer signature", "Received by (clerk)"):
        assert expected in text, expected
    # The operator's database role is no name to print; internal notes stay inside.
    assert "u_demo_clerk" not in text and "内部备注" not in text
    assert "COPY" not in text


def test_times_are_local_and_without_seconds(english):
    moment = datetime(2026, 3, 5, 9, 7, 33, tzinfo=BEIJING)
    assert when(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", when(moment))
    assert day(date(2026, 1, 2)) == "2026-01-02" and day(None) == when(None) == ""
    assert money(Decimal("1234567.5")) == "1,234,567.50" and money(Decimal("-15.5")) == "-15.50"


def test_what_the_pickup_slip_says(english):
    order = sample_order()
    text = PickupSlip(order).plain_text()
    fees = order["fees"]
    for expected in ("Pick-up and settlement slip", "BJ-2026-000123", "P00000", "压缩机启动电容",
                     "洗衣机排水泵总成", "85.50", "86.50", "173.00", "120.00", "30.00", "-15.50",
                     money(fees["total"]), "Paid: Cash", "Paid: Card", "150.00", "50.00", "200.00",
                     money(fees["balance"]), "Handed over by (clerk)", "Received by (customer)",
                     "Picked up " + when(order["events"][-1]["at"]),
                     "Paid: Cash, " + when(order["payments"][0]["paid_at"])):
        assert expected in text, expected
    # An English page has the figure alone: no amount in words.
    assert "Total in words" not in text and "人民币" not in text


def test_a_chinese_page_shows_the_total_in_capital_numerals(chinese):
    order = sample_order()
    order["fees"] = {**order["fees"], "total": Decimal("1005.00")}
    slip = PickupSlip(order)
    assert slip.capital
    text = slip.plain_text()
    assert "人民币壹仟零伍元整" in text and "1,005.00" in text
    # The house's strings come in Chinese already (the footer's page number).
    assert "第 1 页，共 2 页" in slip.footer_html(1, 2)
    # Chosen explicitly, whatever the interface language.
    assert "壹仟零伍元整" not in PickupSlip(order, capital=False).plain_text()
    negative = {**order, "fees": {**order["fees"], "total": Decimal("-20.50")}}
    assert "人民币负贰拾元伍角" in PickupSlip(negative).plain_text()
    # An amount beyond what capital numerals write still prints, with its figure.
    huge = {**order, "fees": {**order["fees"], "total": Decimal("1000000000000.00")}}
    text = PickupSlip(huge).plain_text()
    assert "1,000,000,000,000.00" in text and "人民币" not in text


def test_chinese_text_is_set_in_a_font_with_chinese_glyphs(qapp):
    """One font for the whole line (Chinese and Latin alike), taken from the system."""
    font = page_font(QFont())
    family = QFontInfo(font).family()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
    assert font.pointSizeF() == QFont().pointSizeF()


def test_a_reprint_is_marked_as_a_copy_on_every_page(english, tmp_path):
    order = sample_order(parts=80)
    original, reprint = PickupSlip(order), PickupSlip(order, copy=2)
    reprint.printed_at = original.printed_at
    assert "COPY" not in original.plain_text()
    assert "COPY 2" in reprint.header_html() and "COPY 2" in reprint.footer_html(3, 3)
    assert IntakeReceipt(order, copy=1).copy_mark() == "COPY 1"
    pages = print_to_pdf(reprint.paint, tmp_path / "copy.pdf")
    assert pages >= 2
    # Each page of the reprint differs from the original's: the mark is drawn on all.
    for page in range(1, pages + 1):
        render_page(original.paint, tmp_path / "a.png", page=page, dpi=40)
        render_page(reprint.paint, tmp_path / "b.png", page=page, dpi=40)
        assert QImage(str(tmp_path / "a.png")) != QImage(str(tmp_path / "b.png")), page


@pytest.mark.parametrize("bad", [-1, True, 1.0, "1"])
def test_a_copy_number_is_a_whole_number_from_zero(bad):
    with pytest.raises(ValueError):
        IntakeReceipt(sample_order(), copy=bad)


def test_an_order_without_a_number_is_refused():
    for number in ("", "  ", None):
        order = sample_order()
        order["number"] = number
        with pytest.raises(ValueError):
            PickupSlip(order)


def test_markup_in_the_data_prints_as_text(english, tmp_path):
    order = sample_order()
    order["customer_name"] = '<img src="x.png">王<b>五</b> & Co'
    order["fault"] = "</td></tr></table><h1>big</h1>"
    order["parts"][0]["product_name"] = "<script>alert(1)</script>"
    for kind in (IntakeReceipt, PickupSlip):
        document = kind(order)
        text = document.plain_text()
        assert '<img src="x.png">王<b>五</b> & Co' in text
        assert "<img" not in document.html().replace("&lt;img", "")
        assert print_to_pdf(document.paint, tmp_path / "markup.pdf") == 1
    assert "<script>alert(1)</script>" in PickupSlip(order).plain_text()
    assert "</td></tr></table><h1>big</h1>" in IntakeReceipt(order).plain_text()


def data_texts(value) -> list[str]:
    """Every string in an order dict: data printed as it is, not translated."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in data_texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in data_texts(v)]
    return [value] if isinstance(value, str) else []


def test_every_text_goes_through_the_translation(qapp):
    """A translator that marks each text of the "Receipt" context: once the marked
    texts, the order's data and the house's "Printing" texts are taken out, no word
    of English is left on either document."""

    class Marking(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"«{source}»" if context == "Receipt" else ""

    marking = Marking()
    qapp.installTranslator(marking)
    try:
        order = sample_order()
        intake, slip = IntakeReceipt(order, copy=1), PickupSlip(order, copy=1)
        assert "«Service intake receipt»" in intake.plain_text()
        assert "«COPY 1»" in intake.plain_text()  # the number filled into the translation
        assert "«Pick-up and settlement slip»" in slip.plain_text()
        assert "«Out of warranty»" in slip.plain_text() and "«Paid: «Cash», " in slip.plain_text()
        for document in (intake, slip):
            left = re.sub(r"«[^»]*»", " ", document.plain_text())
            for data in sorted(data_texts(order), key=len, reverse=True):
                left = left.replace(data, " ")
            left = re.sub(r"Printed|Page \d+ of \d+", " ", left)
            assert re.findall(r"[A-Za-z]{2,}", left) == [], left
    finally:
        qapp.removeTranslator(marking)


# -- the QR code -------------------------------------------------------------------------------

def test_the_qr_code_says_the_order_number():
    order = sample_order()
    assert qr_payload(order) == "BJ-2026-000123"
    matrix = qr_matrix(qr_payload(order))
    expected = segno.make_qr("BJ-2026-000123", error="m")
    assert matrix == [[bool(m) for m in row] for row in expected.matrix]
    assert len(matrix) == len(matrix[0]) == expected.symbol_size(border=0)[0]
    # The three finder patterns: a dark 7×7 ring in three corners.
    size = len(matrix)
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        assert all(matrix[top][left + i] and matrix[top + 6][left + i] for i in range(7))
    # A different number makes a different code; a long one still fits in one code.
    assert qr_matrix("BJ-2026-000124") != matrix
    assert len(qr_matrix("X" * 200)) > size


# -- screenshots -----------------------------------------------------------------------------

def test_the_first_page_renders_to_png(english, tmp_path):
    slip = PickupSlip(sample_order(parts=80), copy=1)
    path = tmp_path / "slip.png"
    pages = render_first_page(slip.paint, path, dpi=80)
    assert pages >= 2
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(210 * 80 / 25.4), round(297 * 80 / 25.4))
    # Something is drawn: dark pixels (text, the QR code) and the page stays mostly white.
    dark = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 200


def test_any_house_document_renders_to_png(english, tmp_path):
    table = TableDocument(title="Customers", headers=["Code", "Name"],
                          rows=[[f"C{i:03d}", "张三"] for i in range(300)])
    assert render_first_page(table.paint, tmp_path / "table.png", dpi=60) > 1
    assert (tmp_path / "table.png").stat().st_size > 1000


def test_any_page_renders_and_a_missing_one_is_refused(english, tmp_path):
    order = sample_order(parts=80)
    pages = render_page(PickupSlip(order).paint, tmp_path / "p2.png", page=2, dpi=50)
    assert pages >= 2
    first, second = QImage(str(tmp_path / "p2.png")), QImage()
    render_first_page(PickupSlip(order).paint, tmp_path / "p1.png", dpi=50)
    second.load(str(tmp_path / "p1.png"))
    assert first.size() == second.size() and first != second
    with pytest.raises(ValueError, match="not 9"):
        render_page(PickupSlip(order).paint, tmp_path / "p9.png", page=9, dpi=50)
    with pytest.raises(ValueError):
        render_page(PickupSlip(order).paint, tmp_path / "p0.png", page=0)
