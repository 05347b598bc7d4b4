"""The tree navigators of the master data: departments and staff, categories and
products, customers by grade and region, regions, warehouses.

Every tree is a ``TreeTab`` over one of ``server_schema.trees``' trees. Its fixed
part arrives in one query; staff, products and customers load when their parent
expands, 200 at a time with a "More…" node. A context menu (and F2, Enter, Del)
creates, edits, moves and (de)activates; nodes are dragged onto their new parent.
After a change only what it touched is read again: the fixed part (one query,
merged into the tree so that expansion and selection stay) and the leaves of the
parents involved."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QDragMoveEvent, QDropEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from server_schema import trees
from server_schema.trees import MORE, Key, Node

from .. import operations
from ..connection import Database
from ..errors import message_for, show_exception
from .base import Tab

translate = QCoreApplication.translate

_NODE = Qt.ItemDataRole.UserRole
_LOADED = Qt.ItemDataRole.UserRole + 1  # lazy leaves: None (not yet), "loading", True


def node_of(item: QTreeWidgetItem | None) -> Node | None:
    return None if item is None else item.data(0, _NODE)


def node_name(node: Node) -> str:
    """A node's name as shown, groups of rows without a parent included."""
    if node.kind == MORE:
        return translate("Trees", "More…")
    if node.id is None and not node.name:
        return {
            "customer_grade": translate("Trees", "(No grade)"),
            "region": translate("Trees", "(No region)"),
            "product_category": translate("Trees", "(No category)"),
        }.get(node.kind, "")
    return node.name


def kind_title(kind: str) -> str:
    from .records import record_title

    return record_title(kind)


class NodeTree(QTreeWidget):
    """The tree widget: a node dragged onto another asks its tab to move it there;
    Qt itself never moves an item (the database decides, then the tree re-reads)."""

    def __init__(self, tab: TreeTab) -> None:
        super().__init__()
        self.tab = tab
        self.dragged: QTreeWidgetItem | None = None
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802 - Qt API
        self.dragged = self.currentItem()
        try:
            super().startDrag(actions)
        finally:
            self.dragged = None

    def _target(self, position: QPoint) -> Node:
        item = self.itemAt(position)
        return node_of(item) if item is not None else trees.root(self.tab.tree_name)

    def dragEnterEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if event.source() is self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        node = node_of(self.dragged or self.currentItem())
        target = self._target(event.position().toPoint())
        if event.source() is self and node is not None and trees.can_move(node, target):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        node = node_of(self.dragged or self.currentItem())
        target = self._target(event.position().toPoint())
        # Accepted as "ignore": the item stays where it is until the move succeeds.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if node is not None and trees.can_move(node, target):
            self.tab.move(node, target)


class MoveDialog(QDialog):
    """Pick a node's new parent from a filtered list: type to filter (name, code or
    pinyin), arrows to choose, Enter to move."""

    def __init__(self, parent: QWidget, node: Node, targets: list[Node]) -> None:
        super().__init__(parent)
        self.node = node
        self.setWindowTitle(translate("Trees", "Move “{name}” to…").format(name=node_name(node)))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Trees", "Type to filter: name, code or pinyin"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        for target in targets:
            path = [*target.path, node_name(target)] if target.kind != "root" else [
                translate("Trees", "(Top level)")]
            label = " › ".join(p for p in path if p)
            item = QListWidgetItem(f"{label}  {target.code}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, target)
            item.setData(Qt.ItemDataRole.UserRole + 1,
                         " ".join((label, target.code, target.search)).lower())
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Trees", "Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Trees", "Where should “{name}” go?").format(name=node_name(node))))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)
        self.resize(460, 420)
        self.filter.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        # Up and Down in the filter box move through the list: no mouse needed.
        if watched is self.filter and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            QCoreApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = item.data(Qt.ItemDataRole.UserRole + 1)
            hidden = not all(w in haystack for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)

    def shown(self) -> list[Node]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if not self.list.item(r).isHidden()]

    def select(self, key: Key) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole).key == key and not item.isHidden():
                self.list.setCurrentItem(item)
                return True
        return False

    def target(self) -> Node | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    def accept(self) -> None:
        if self.target() is not None:
            super().accept()


class TreeTab(Tab):
    """One tree navigator. ``idle`` is True when no read or write is under way."""

    changed = Signal()  # a read or write has finished and the tree shows it

    def __init__(self, database: Database, tree: str, headers: list[str]) -> None:
        super().__init__()
        self.database = database
        self.tree_name = tree
        self.pending = 0
        self.last_error: BaseException | None = None
        self.move_dialog: MoveDialog | None = None
        self._items: dict[Key, QTreeWidgetItem] = {}  # the fixed part, by key
        self._generation = 0

        self.tree = NodeTree(self)
        self.tree.setHeaderLabels(headers)
        self.tree.setColumnWidth(0, 280)
        self.tree.setColumnWidth(1, 110)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemExpanded.connect(self._expanded)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_actions())

        self.show_inactive = QCheckBox(translate("Trees", "Show inactive"))
        self.show_inactive.setToolTip(translate("Trees", "Show deactivated entries too (greyed)"))
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.status = QLabel()

        self._build_actions()
        bar = QToolBar()
        for action in (self.new_action, self.edit_action, self.move_action, self.active_action):
            bar.addAction(action)
        top = QHBoxLayout()
        top.addWidget(bar, 1)
        top.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        layout.addWidget(self.status)
        self.refresh()

    # -- actions -----------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], *keys: QKeySequence | str) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.new_action = action(translate("Trees", "New"), self.new_child,
                                 QKeySequence.StandardKey.New)
        self.edit_action = action(translate("Trees", "Edit"), self.edit, "F2")
        self.move_action = action(translate("Trees", "Move to…"), self.move_to, "Ctrl+M")
        self.active_action = action(translate("Trees", "Deactivate"), self.toggle_active, "Del")
        self.new_action.setToolTip(translate("Trees", "A new entry under the selected one (Ctrl+N)"))
        self.edit_action.setToolTip(translate("Trees", "Open the selected entry's form (F2, Enter)"))
        self.move_action.setToolTip(translate("Trees", "Move the selected entry under another one "
                                              "(Ctrl+M, or drag it there)"))

    def current(self) -> Node | None:
        return node_of(self.tree.currentItem())

    def may(self, kind: str) -> bool:
        permission = trees.EDIT_PERMISSION.get(kind)
        return permission is not None and self.database.info.may(permission)

    def new_kinds(self, node: Node | None) -> list[str]:
        """What may be created under a node (the top level when None)."""
        parent = node or trees.root(self.tree_name)
        return [k for k in parent.children if self.may(k)]

    def _update_actions(self) -> None:
        node = self.current()
        real = node is not None and node.id is not None and node.kind != MORE
        self.edit_action.setEnabled(real)
        self.move_action.setEnabled(real and node.movable and self.may(node.kind))
        self.active_action.setEnabled(real and self.may(node.kind))
        self.active_action.setText(translate("Trees", "Activate") if real and not node.active
                                   else translate("Trees", "Deactivate"))
        self.new_action.setEnabled(bool(self.new_kinds(node)) if node is None or node.kind != MORE
                                   else False)

    def _context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        self.tree.setCurrentItem(item)
        menu = self.context_menu(node_of(item))
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(position))

    def context_menu(self, node: Node | None) -> QMenu:
        """The menu for a node (the top level when None): New for each kind it takes,
        Edit, Move to…, Deactivate or Activate."""
        menu = QMenu(self)
        if node is None:
            self.tree.setCurrentItem(None)  # the actions work on the current node
        elif self.current() is not node:
            self.select(node.key)
        if node is not None and node.kind == MORE:
            menu.addAction(translate("Trees", "Load more"),
                           lambda: self.load_more(self.tree.currentItem()))
            return menu
        for kind in self.new_kinds(node):
            menu.addAction(translate("Trees", "New {what}").format(what=kind_title(kind)),
                           lambda k=kind: self.new_child(k))
        if node is not None and node.id is not None:
            if not menu.isEmpty():
                menu.addSeparator()
            self._update_actions()
            for act in (self.edit_action, self.move_action, self.active_action):
                if act.isEnabled():
                    menu.addAction(act)
        return menu

    # -- reading ---------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        return self.pending == 0

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None],
             undo: Callable[[], None] | None = None) -> None:
        """``job`` on a worker, ``done`` with its result here; on an error, ``undo``
        and the error in words."""
        self.pending += 1

        def finished(result: Any) -> None:
            if not shiboken6.isValid(self):
                return  # the tab was closed meanwhile
            self.pending -= 1
            try:
                done(result)
            finally:
                self.changed.emit()

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.pending -= 1
            if undo is not None:
                undo()
            self.report(error)
            self.changed.emit()

        operations.run(job, on_done=finished, on_error=failed)

    def report(self, error: BaseException) -> None:
        """A refused action: what the database or a rule said, in words."""
        self.last_error = error
        self.status.setText(message_for(error)[0])
        show_exception(error, self)

    @property
    def inactive(self) -> bool:
        return self.show_inactive.isChecked()

    def refresh(self) -> None:
        """Read the tree again (F5): the fixed part, merged; the leaves of expanded
        parents again, the others when next expanded."""
        self._generation += 1
        for item in self._items.values():
            if item.data(0, _LOADED) is not None:
                self._clear_leaves(item)
                item.setData(0, _LOADED, None)
        self.reread([])

    def reread(self, parents: Iterable[Key]) -> None:
        """After a change: the fixed part again (one query, merged into what is shown)
        and the loaded leaves of ``parents`` (one query each)."""
        inactive, tree, generation = self.inactive, self.tree_name, self._generation
        wanted = []
        for key in dict.fromkeys(parents):
            item = self._items.get(key)
            if item is not None and item.data(0, _LOADED) is True:
                shown = sum(1 for i in range(item.childCount())
                            if node_of(item.child(i)).key not in self._items)
                wanted.append((node_of(item), max(trees.PAGE, shown)))

        def job() -> tuple[list[Node], dict[Key, list[Node]]]:
            with self.database.read() as session:
                nodes = trees.load(session, tree, inactive=inactive)
                leaves = {node.key: trees.children_page(session, node, limit=limit,
                                                        inactive=inactive)
                          for node, limit in wanted}
            return nodes, leaves

        def done(result: tuple[list[Node], dict[Key, list[Node]]]) -> None:
            if generation != self._generation:
                return
            nodes, leaves = result
            self._apply(nodes)
            for key, page in leaves.items():
                item = self._items.get(key)
                if item is not None:
                    self._fill_leaves(item, page, replace=True)
            for item in self._items.values():  # open parents whose leaves are not there
                if item.isExpanded():
                    self._expanded(item)
            self._after_change()

        self._run(job, done)

    def _apply(self, nodes: list[Node]) -> None:
        """Merge a fresh read of the fixed part into the tree: items change in place,
        move to their new parent, appear and go; expansion, selection and loaded
        leaves stay."""
        current = node_of(self.tree.currentItem())
        first = not self._items
        expanded = {key for key, item in self._items.items() if item.isExpanded()}
        root = self.tree.invisibleRootItem()
        position: dict[int, int] = {}
        fresh: dict[Key, QTreeWidgetItem] = {}
        self.tree.setUpdatesEnabled(False)
        try:
            for node in nodes:
                parent = fresh.get(node.parent, root) if node.parent is not None else root
                item = self._items.get(node.key) or QTreeWidgetItem()
                index = position.get(id(parent), 0)
                position[id(parent)] = index + 1
                if parent.child(index) is not item:
                    holder = item.parent() or (root if item.treeWidget() is not None else None)
                    if holder is not None:
                        holder.takeChild(holder.indexOfChild(item))
                    parent.insertChild(index, item)
                self._render(item, node)
                fresh[node.key] = item
            for key, item in self._items.items():
                if key not in fresh:
                    holder = item.parent() or root
                    holder.takeChild(holder.indexOfChild(item))
            self._items = fresh
            for key in expanded:
                if key in fresh:
                    fresh[key].setExpanded(True)
            if first:  # the first read: the top level open, unless that reads more
                for index in range(self.tree.topLevelItemCount()):
                    top = self.tree.topLevelItem(index)
                    if node_of(top).lazy is None:
                        top.setExpanded(True)
        finally:
            self.tree.setUpdatesEnabled(True)
        if current is not None:
            self.select(current.key)

    def _render(self, item: QTreeWidgetItem, node: Node) -> None:
        name = node_name(node)
        if node.count is not None:
            name = translate("Trees", "{name} ({n})").format(name=name, n=node.count)
        texts = [name, node.code, *node.columns]
        for column, text in enumerate(texts):
            item.setText(column, text or "")
        item.setData(0, _NODE, node)
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        brush = QBrush(grey) if not node.active or node.kind == MORE else QBrush()
        for column in range(max(len(texts), self.tree.columnCount())):
            item.setForeground(column, brush)
        item.setToolTip(0, translate("Trees", "Inactive") if not node.active else translate(
            "Trees", "Double-click or press Enter to show the next {n}").format(n=trees.PAGE)
            if node.kind == MORE else "")
        font = item.font(0)
        font.setItalic(node.kind == MORE)
        item.setFont(0, font)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if node.movable and node.id is not None and self.may(node.kind):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags)
        if node.lazy is not None:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        else:
            item.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)
            if item.data(0, _LOADED) is not None:  # its leaves are gone
                self._clear_leaves(item)
                item.setData(0, _LOADED, None)

    # -- the leaves ----------------------------------------------------------------------
    def _expanded(self, item: QTreeWidgetItem) -> None:
        node = node_of(item)
        if node is None or node.lazy is None or item.data(0, _LOADED) is not None:
            return
        item.setData(0, _LOADED, "loading")
        self._load_leaves(item, node, after=None)

    def _load_leaves(self, item: QTreeWidgetItem, node: Node, *, after: str | None) -> None:
        inactive, generation = self.inactive, self._generation

        def job() -> list[Node]:
            with self.database.read() as session:
                return trees.children_page(session, node, after=after, inactive=inactive)

        def done(page: list[Node]) -> None:
            if generation != self._generation or not shiboken6.isValid(item):
                return
            if self._items.get(node.key) is item:
                self._fill_leaves(item, page, replace=after is None)

        def undo() -> None:  # expanding again (or "More…") tries again
            if not shiboken6.isValid(item):
                return
            if after is None:
                item.setData(0, _LOADED, None)
                return
            for index in range(item.childCount()):
                child = item.child(index)
                if node_of(child).kind == MORE:
                    self._render(child, node_of(child))

        self._run(job, done, undo)

    def load_more(self, more: QTreeWidgetItem | None) -> None:
        """The next page of leaves after a "More…" node."""
        node = node_of(more)
        if more is None or node is None or node.kind != MORE:
            return
        parent = more.parent()
        more.setText(0, translate("Trees", "Loading…"))
        more.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._load_leaves(parent, node_of(parent), after=node.after)

    def _clear_leaves(self, item: QTreeWidgetItem) -> None:
        for index in reversed(range(item.childCount())):
            if node_of(item.child(index)).key not in self._items:
                item.takeChild(index)

    def _fill_leaves(self, item: QTreeWidgetItem, page: list[Node], *, replace: bool) -> None:
        current = node_of(self.tree.currentItem())
        if replace:
            self._clear_leaves(item)
        else:  # the "More…" node gives way to the next page
            for index in reversed(range(item.childCount())):
                if node_of(item.child(index)).kind == MORE:
                    item.takeChild(index)
        for node in page:
            child = QTreeWidgetItem(item)
            self._render(child, node)
        item.setData(0, _LOADED, True)
        if current is not None and self.tree.currentItem() is None:
            self.select(current.key)

    def leaves(self, key: Key) -> list[Node]:
        """The leaves shown under a node (staff, products, customers; "More…" last)."""
        item = self._items.get(key)
        if item is None:
            return []
        return [n for n in (node_of(item.child(i)) for i in range(item.childCount()))
                if n.key not in self._items]

    # -- finding -------------------------------------------------------------------------
    def item(self, key: Key) -> QTreeWidgetItem | None:
        if key in self._items:
            return self._items[key]
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            found = iterator.value()
            if node_of(found).key == key:
                return found
            iterator += 1
        return None

    def nodes(self) -> list[Node]:
        """The fixed part as shown, in tree order."""
        return [node_of(item) for item in self._items.values()]

    def select(self, key: Key) -> bool:
        item = self.item(key)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    # -- changing ------------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem) -> None:
        node = node_of(item)
        if node is not None and node.kind == MORE:
            self.load_more(item)
        elif node is not None and node.id is not None:
            self.edit()

    def _parent_keys(self, node: Node) -> list[Key]:
        return [node.parent] if node.parent is not None else []

    def _form(self, kind: str, record_id: int | None, defaults: dict[str, Any] | None,
              touched: list[Key]) -> Any:
        from .records import open_record

        form = open_record(self, self.database, kind, record_id, defaults)
        if form is not None and hasattr(form, "saved") and not getattr(form, "_tree_refresh", None):
            form._tree_refresh = True  # once per form, however often it is brought forward

            def saved(saved_id: int) -> None:
                if shiboken6.isValid(self):
                    self.reread(touched)
                    if saved_id:  # 0: deleted
                        self.select_later((kind, saved_id))
            form.saved.connect(saved)
        return form

    def new_child(self, kind: str | None = None) -> Any:
        """The form of a new entry under the selected node, its parent preset."""
        node = self.current()
        if node is not None and node.kind == MORE:
            return None
        kinds = self.new_kinds(node)
        kind = kind or (kinds[0] if kinds else None)
        if kind not in kinds:
            return None
        parent = node or trees.root(self.tree_name)
        touched = [parent.key] if node is not None else []
        if node is not None and node.lazy is not None:
            self.tree.expandItem(self._items[node.key])
        return self._form(kind, None, dict(parent.children[kind]), touched)

    def edit(self) -> Any:
        node = self.current()
        if node is None or node.id is None or node.kind == MORE:
            return None
        return self._form(node.kind, node.id, None, self._parent_keys(node))

    def move(self, node: Node, target: Node) -> None:
        """Move a node under ``target``; the tree shows the result, or why not."""
        def job() -> int:
            with self.database.read() as session:
                return trees.move(session, node, target)

        def done(_version: int) -> None:
            self._say(translate("Trees", "Moved “{name}” to “{target}”.").format(
                name=node_name(node), target=node_name(target) or translate("Trees", "the top level")))
            self.reread([*self._parent_keys(node), target.key])
            self.select_later(node.key)

        self._run(job, done)

    def move_to(self) -> None:
        """Move to…: a dialog of the places the selected node may go."""
        node = self.current()
        if node is None or node.id is None or not node.movable:
            return
        shown = [trees.root(self.tree_name), *self.nodes()]

        def job() -> list[Node]:
            with self.database.read() as session:  # a query only for customers' districts
                return trees.move_targets(session, node, shown)

        def done(targets: list[Node]) -> None:
            if not targets:
                self._say(translate("Trees", "There is nowhere “{name}” could move to.").format(
                    name=node_name(node)))
                return
            paths = self._paths()
            for target in targets:
                if not target.path and target.key in paths:
                    target.path = paths[target.key]
            self.move_dialog = MoveDialog(self, node, targets)
            self.move_dialog.accepted.connect(
                lambda dialog=self.move_dialog: self.move(node, dialog.target()))
            self.move_dialog.open()

        self._run(job, done)

    def _paths(self) -> dict[Key, tuple[str, ...]]:
        """The names above each node of the fixed part."""
        paths: dict[Key, tuple[str, ...]] = {}
        for node in self.nodes():
            above = paths.get(node.parent, ()) if node.parent is not None else ()
            parent = self._items.get(node.parent) if node.parent is not None else None
            paths[node.key] = above + ((node_name(node_of(parent)),) if parent else ())
        return paths

    def toggle_active(self) -> None:
        node = self.current()
        if node is None or node.id is None or node.kind == MORE:
            return
        self.set_active(node, not node.active)

    def set_active(self, node: Node, active: bool) -> None:
        def job() -> int:
            with self.database.read() as session:
                return trees.set_active(session, node, active)

        def done(_version: int) -> None:
            self._say((translate("Trees", "Activated “{name}”.") if active
                       else translate("Trees", "Deactivated “{name}”.")).format(name=node_name(node)))
            self.reread(self._parent_keys(node))
            self.select_later(node.key)

        self._run(job, done)

    def select_later(self, key: Key) -> None:
        """Select a node once the reads under way have shown it."""
        def once() -> None:
            if self.idle:
                self.changed.disconnect(once)
                self.select(key)
        self.changed.connect(once)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)

    def _after_change(self) -> None:
        self.last_error = None
        self._update_actions()


# -- the modules ---------------------------------------------------------------------------

def org_headers() -> list[str]:
    return [translate("Trees", "Department / employee"), translate("Trees", "Code"),
            translate("Trees", "Post"), translate("Trees", "Skill grade")]


def catalog_tree(database: Database) -> TreeTab:
    return TreeTab(database, "catalog", [
        translate("Trees", "Category / product"), translate("Trees", "Code"),
        translate("Trees", "Model")])


def customer_tree(database: Database) -> TreeTab:
    return TreeTab(database, "customers", [
        translate("Trees", "Grade / region / customer"), translate("Trees", "Code"),
        translate("Trees", "Contact person")])


def region_tree(database: Database) -> TreeTab:
    return TreeTab(database, "regions", [
        translate("Trees", "Region (customers)"), translate("Trees", "Code")])


def warehouse_tree(database: Database) -> TreeTab:
    return TreeTab(database, "warehouses", [
        translate("Trees", "Branch / kind / warehouse"), translate("Trees", "Code")])
