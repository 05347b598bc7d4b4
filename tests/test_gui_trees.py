"""The tree navigators through real widgets: every tree opens from the navigator,
leaves load on expand and page with "More…", drag and drop, Move to…, the context
menu and its keys, (de)activation with "show inactive", New and Edit through the
record forms, and refusals shown in words with nothing changed."""
from __future__ import annotations

import pytest
from db_support import new_operator, sql
from gui_support import manager_window, open_window  # noqa: F401 - a fixture
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QTreeWidgetItem

from client.views import trees as tree_views
from client.views.org_tree import OrgTreeTab
from client.views.records import RecordForm
from client.views.trees import MoveDialog, TreeTab, node_of
from server_schema.trees import MORE

A = "aftersales"
TREES = ["org_tree", "catalog_tree", "customer_tree", "region_tree", "warehouse_tree"]


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    """What the trees would have shown in a message box."""
    shown: list[str] = []
    monkeypatch.setattr(tree_views, "show_exception",
                        lambda error, parent=None: shown.append(str(error)))
    return shown


def idle(qtbot, tab: TreeTab) -> None:
    qtbot.waitUntil(lambda: tab.idle, timeout=10_000)


def opened(qtbot, window, key: str) -> TreeTab:
    tab = window.open_module(key)
    idle(qtbot, tab)
    return tab


def department(tab: TreeTab, code: str) -> QTreeWidgetItem:
    [item] = [i for k, i in tab._items.items() if k[0] == "department" and node_of(i).code == code]
    return item


def expand(qtbot, tab: TreeTab, item: QTreeWidgetItem) -> list:
    item.setExpanded(True)
    idle(qtbot, tab)
    return tab.leaves(node_of(item).key)


def label(tab: TreeTab, key) -> str:
    return tab.item(key).text(0)


@pytest.mark.parametrize("key", TREES)
def test_every_tree_opens_from_the_navigator(qtbot, manager, key):
    tab = opened(qtbot, manager, key)
    assert isinstance(tab, TreeTab) and tab.last_error is None
    assert tab.tree.topLevelItemCount() > 0
    nodes = tab.nodes()
    assert [n.key for n in nodes] == list(tab._items)
    for node in nodes:  # every shown count is in its label
        if node.count is not None:
            assert label(tab, node.key).endswith(f"({node.count})")
    assert manager.open_module(key) is tab  # opened once, brought forward after


def test_org_tree_is_the_shared_tree(qtbot, manager, db):
    tab = opened(qtbot, manager, "org_tree")
    assert isinstance(tab, OrgTreeTab)
    head = tab.tree.topLevelItem(0)
    assert head.text(1) == "HQ" and head.isExpanded()
    service = department(tab, "HQ-SVC")
    staff = sql(db, f"SELECT e.code, e.name, e.post FROM {A}.employee e JOIN {A}.department d "
                    f"ON d.id = e.department_id WHERE d.code = 'HQ-SVC' ORDER BY e.code")
    assert service.text(0) == f"客服部 ({len(staff)})"
    assert service.childCount() == 0  # not read until it opens
    leaves = expand(qtbot, tab, service)
    assert [(n.code, n.name) for n in leaves] == [(c, n) for c, n, _p in staff]
    assert [service.child(i).text(2) for i in range(service.childCount())] == [p for *_x, p in staff]


def test_leaves_load_with_one_query(qtbot, manager, db):
    from sqlalchemy import event  # the test counts what the widget sends
    from sqlalchemy.engine import Engine

    tab = opened(qtbot, manager, "catalog_tree")
    statements: list[str] = []

    def count(conn, _cursor, statement, *_args):
        if conn.engine.url.database == db.name:
            statements.append(statement)
    event.listen(Engine, "before_cursor_execute", count)
    try:
        [parts] = [i for i in tab._items.values() if node_of(i).code == "PT"]
        leaves = expand(qtbot, tab, parts)
        assert len(leaves) == 18 and len(statements) == 1
        parts.setExpanded(False)
        parts.setExpanded(True)  # already there: no second read
        idle(qtbot, tab)
        assert len(statements) == 1
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def test_customers_page_with_more(qtbot, manager, db):
    [(grade,)] = sql(db, f"SELECT id FROM {A}.customer_grade WHERE code = 'DEALER'")
    [(district,)] = sql(db, f"SELECT id FROM {A}.region WHERE name = '海淀区'")
    sql(db, f"INSERT INTO {A}.customer (code, name, grade_id, region_id) "
            f"SELECT 'Y' || lpad(g::text, 5, '0'), '经销商' || g, {grade}, {district} "
            "FROM generate_series(1, 250) g")
    tab = opened(qtbot, manager, "customer_tree")
    item = tab.item(("region", grade, district))
    assert item.text(0) == "海淀区 (250)"
    leaves = expand(qtbot, tab, item)
    assert len(leaves) == 201 and leaves[-1].kind == MORE
    more = item.child(item.childCount() - 1)
    assert more.text(0) == "More…"
    tab.tree.setCurrentItem(more)
    tab._activated(more)  # Enter or a double click on it
    idle(qtbot, tab)
    leaves = tab.leaves(item and node_of(item).key)
    codes = [n.code for n in leaves]
    assert MORE not in {n.kind for n in leaves}
    assert len(codes) == len(set(codes)) == 250 and codes == sorted(codes)


def drop(tab: TreeTab, dragged: QTreeWidgetItem, target: QTreeWidgetItem) -> None:
    """What Qt does at the end of a drag: a drop event over the target's row."""
    tab.tree.setCurrentItem(dragged)
    tab.tree.scrollToItem(target)
    point = tab.tree.visualItemRect(target).center()
    mime = tab.tree.mimeData([dragged])
    event = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime or QMimeData(),
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.tree.dropEvent(event)


def test_drag_an_employee_onto_another_department(qtbot, manager, db):
    tab = opened(qtbot, manager, "org_tree")
    service, repair = department(tab, "HQ-SVC"), department(tab, "HQ-RPR")
    staff = expand(qtbot, tab, service)
    expand(qtbot, tab, repair)
    before = len(tab.leaves(node_of(repair).key))
    person = tab.item(staff[0].key)
    drop(tab, person, repair)
    idle(qtbot, tab)
    assert sql(db, f"SELECT d.code, e.version FROM {A}.employee e JOIN {A}.department d "
                   f"ON d.id = e.department_id WHERE e.id = {staff[0].id}") == [
        ("HQ-RPR", staff[0].version + 1)]
    # Both departments read again, nothing else rebuilt: the same items, still open.
    assert department(tab, "HQ-SVC") is service and service.isExpanded()
    assert staff[0].code not in [n.code for n in tab.leaves(node_of(service).key)]
    assert staff[0].code in [n.code for n in tab.leaves(node_of(repair).key)]
    assert len(tab.leaves(node_of(repair).key)) == before + 1
    assert repair.text(0) == f"维修部 ({before + 1})"
    assert tab.current().key == staff[0].key  # still selected, in its new place
    assert "Moved" in tab.status.text()


def test_drop_where_it_cannot_go_changes_nothing(qtbot, manager, db, refusals):
    tab = opened(qtbot, manager, "org_tree")
    service, shanghai = department(tab, "HQ-SVC"), department(tab, "SH-SVC")
    before = sql(db, f"SELECT id, parent_id, version FROM {A}.department ORDER BY id")
    drop(tab, service, shanghai)  # another branch: not even tried
    drop(tab, service, service)  # onto itself
    idle(qtbot, tab)
    assert sql(db, f"SELECT id, parent_id, version FROM {A}.department ORDER BY id") == before
    # Tried anyway (say, data changed meanwhile): the rule refuses, in words.
    repair = department(tab, "HQ-RPR")
    tab.move(node_of(service), node_of(repair))
    idle(qtbot, tab)
    tab.move(node_of(repair), node_of(department(tab, "HQ-SVC")))
    idle(qtbot, tab)
    assert refusals == ["It cannot move under itself or under one of its own sub-entries."]
    assert tab.status.text() == refusals[0]
    assert department(tab, "HQ-SVC").parent() is department(tab, "HQ-RPR")


def test_move_to_dialog(qtbot, manager, db):
    tab = opened(qtbot, manager, "org_tree")
    repair = department(tab, "HQ-RPR")
    tab.tree.setCurrentItem(repair)
    tab.move_action.trigger()
    qtbot.waitUntil(lambda: tab.move_dialog is not None and tab.move_dialog.isVisible())
    dialog: MoveDialog = tab.move_dialog
    offered = [t.code for t in dialog.shown()]
    assert "HQ-RPR" not in offered and "SH-SVC" not in offered and "HQ-SVC" in offered
    dialog.filter.setText("'; drop table x; --")  # the malicious finds nothing...
    assert dialog.shown() == [] and dialog.target() is None
    dialog.accept()  # ... and moves nothing
    assert dialog.isVisible()
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "svc")  # type to filter (by code here), then Enter
    assert [t.code for t in dialog.shown()] == ["HQ-SVC"]
    assert dialog.list.currentItem().text().startswith("总部 › 客服部")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    idle(qtbot, tab)
    assert not dialog.isVisible()
    assert sql(db, f"SELECT p.code FROM {A}.department d JOIN {A}.department p "
                   f"ON p.id = d.parent_id WHERE d.code = 'HQ-RPR'") == [("HQ-SVC",)]
    assert department(tab, "HQ-RPR").parent() is department(tab, "HQ-SVC")
    assert department(tab, "HQ-SVC").text(0) == "客服部 (4)"  # its staff and the moved ones


def test_move_a_customer_to_another_district(qtbot, manager, db):
    tab = opened(qtbot, manager, "customer_tree")
    district = next(i for i in tab._items.values() if node_of(i).lazy)
    customer = expand(qtbot, tab, district)[0]
    tab.select(customer.key)
    tab.move_action.trigger()
    qtbot.waitUntil(lambda: tab.move_dialog is not None and tab.move_dialog.isVisible())
    dialog = tab.move_dialog
    dialog.filter.setText("tianhe")  # pinyin of 天河区
    [target] = dialog.shown()
    assert dialog.list.currentItem().text().startswith("广东省 › 广州市 › 天河区")
    dialog.accept()
    idle(qtbot, tab)
    assert sql(db, f"SELECT r.name FROM {A}.customer c JOIN {A}.region r ON r.id = c.region_id "
                   f"WHERE c.id = {customer.id}") == [("天河区",)]
    assert tab.item(target.key) is not None  # 天河区 appears under the customer's grade


def test_context_menu_and_keys(qtbot, manager, db):
    tab = opened(qtbot, manager, "org_tree")
    service = department(tab, "HQ-SVC")
    tab.tree.setCurrentItem(service)
    texts = [a.text() for a in tab.context_menu(node_of(service)).actions() if a.text()]
    assert texts == ["New Department", "New Employee", "Edit", "Move to…", "Deactivate"]
    top = [a.text() for a in tab.context_menu(None).actions()]
    assert top == ["New Branch"]
    # Del deactivates (not a department with staff: a refusal, in words)...
    person = tab.item(expand(qtbot, tab, service)[0].key)
    tab.tree.setCurrentItem(person)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    idle(qtbot, tab)
    code = node_of(person).code
    assert sql(db, f"SELECT active FROM {A}.employee WHERE code = '{code}'") == [(False,)]
    assert code not in [n.code for n in tab.leaves(node_of(service).key)]
    assert service.text(0) == "客服部 (1)"
    # ... "show inactive" shows it greyed, and Activate brings it back.
    tab.show_inactive.setChecked(True)
    idle(qtbot, tab)
    assert department(tab, "HQ-SVC").text(0) == "客服部 (2)"
    [shown] = [n for n in tab.leaves(node_of(service).key) if n.code == code]
    item = tab.item(shown.key)
    assert not shown.active and item.foreground(0).color() != tab.palette().text().color()
    tab.tree.setCurrentItem(item)
    menu = [a for a in tab.context_menu(shown).actions() if a.text() == "Activate"]
    menu[0].trigger()
    idle(qtbot, tab)
    assert sql(db, f"SELECT active FROM {A}.employee WHERE code = '{code}'") == [(True,)]


def test_clerk_sees_but_does_not_change(qtbot, db):
    window = open_window(qtbot, db, "clerk")
    try:
        tab = opened(qtbot, window, "org_tree")
        service = department(tab, "HQ-SVC")
        tab.tree.setCurrentItem(service)
        texts = [a.text() for a in tab.context_menu(node_of(service)).actions() if a.text()]
        assert texts == ["Edit"]  # the form opens read-only
        assert not tab.move_action.isEnabled() and not tab.active_action.isEnabled()
        assert not service.flags() & Qt.ItemFlag.ItemIsDragEnabled
        customers = opened(qtbot, window, "customer_tree")
        grade = customers.tree.topLevelItem(0)
        texts = [a.text() for a in customers.context_menu(node_of(grade)).actions() if a.text()]
        assert texts == ["New Customer", "Edit"]  # customers a clerk may add, grades not
    finally:
        window.close()
        window.database.close()


def test_branch_operator_refused_by_the_database(qtbot, db, refusals):
    code, role = new_operator(db, "SH", "clerk", password="Branch@2026x")
    db.server.execute(f'GRANT "{db.roles.permission("org_edit")}" TO "{role}"')
    window = open_window(qtbot, db.__class__(db.server, db.name, db.roles, "Branch@2026x"), code)
    try:
        tab = opened(qtbot, window, "org_tree")
        before = sql(db, f"SELECT id, parent_id, version FROM {A}.department ORDER BY id")
        tab.move(node_of(department(tab, "HQ-RPR")), node_of(department(tab, "HQ-SVC")))
        idle(qtbot, tab)
        assert len(refusals) == 1 and refusals[0].startswith("The database refused the change")
        assert sql(db, f"SELECT id, parent_id, version FROM {A}.department ORDER BY id") == before
        tab.move(node_of(department(tab, "SH-RPR")), node_of(department(tab, "SH-SVC")))
        idle(qtbot, tab)
        assert department(tab, "SH-RPR").parent() is department(tab, "SH-SVC")
    finally:
        window.close()
        window.database.close()
        db.server.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_new_and_edit_through_the_forms(qtbot, manager, db):
    tab = opened(qtbot, manager, "org_tree")
    repair = department(tab, "HQ-RPR")
    count = len(expand(qtbot, tab, repair))
    tab.tree.setCurrentItem(repair)
    form = tab.new_child("employee")
    assert isinstance(form, RecordForm) and form.kind == "employee"
    assert form.widgets["department_id"].currentData() == node_of(repair).id  # preset
    form.widgets["name"].setText("新同事")
    form.widgets["post"].setText("维修工程师")
    form.save()
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=10_000)
    idle(qtbot, tab)
    qtbot.waitUntil(lambda: len(tab.leaves(node_of(repair).key)) == count + 1, timeout=10_000)
    assert repair.text(0) == f"维修部 ({count + 1})"
    assert "新同事" in [n.name for n in tab.leaves(node_of(repair).key)]
    # F2 on the new employee opens its form; a change there shows in the tree.
    manager.tabs.setCurrentWidget(tab)
    [newcomer] = [n for n in tab.leaves(node_of(repair).key) if n.name == "新同事"]
    tab.select(newcomer.key)
    with qtbot.waitActive(manager):
        manager.activateWindow()
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    edit = manager.current_tab()
    assert isinstance(edit, RecordForm) and edit.record_id == newcomer.id
    qtbot.waitUntil(lambda: edit.widgets["post"].text() == "维修工程师", timeout=10_000)
    edit.widgets["post"].setText("高级维修工程师")
    edit.save()
    qtbot.waitUntil(lambda: any(n.columns[0] == "高级维修工程师"
                                for n in tab.leaves(node_of(repair).key)), timeout=10_000)
    assert tab.current().key == newcomer.key  # still selected after the change
    # Enter opens the form too (here: the same one, brought forward).
    manager.tabs.setCurrentWidget(tab)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert manager.current_tab() is edit
    # New under a category in the catalog: the category preset.
    catalog = opened(qtbot, manager, "catalog_tree")
    [fridges] = [i for i in catalog._items.values() if node_of(i).code == "RF"]
    catalog.tree.setCurrentItem(fridges)
    product = catalog.new_child("product")
    assert product.widgets["category_id"].currentData() == node_of(fridges).id


def test_a_province_has_nowhere_to_go(qtbot, manager):
    tab = opened(qtbot, manager, "region_tree")
    province = tab.tree.topLevelItem(0)
    tab.tree.setCurrentItem(province)
    tab.move_action.trigger()
    idle(qtbot, tab)
    assert tab.move_dialog is None
    assert tab.status.text() == "There is nowhere “北京市” could move to."
    # New under a municipality: a district, like those already there.
    form = tab.new_child("region")
    assert form.widgets["level"].currentData() == "3"
    assert form.widgets["parent_id"].value() == node_of(province).id
