"""The main window: navigator tree on the left, tabbed workspace on the right, a
toolbar of shortcut buttons and a status bar with operator, branch, server and the
state of the connection (with the measured round trip)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
)

from . import __version__, operations
from .connection import Database
from .errors import show_exception
from .views import masterdata, stock, trees
from .views.audit_log import audit_tab
from .views.base import Tab
from .views.home import HomeTab
from .views.operators import OperatorsTab
from .views.org_tree import OrgTreeTab
from .views.password import PasswordDialog
from .views.profiles import ProfilesTab
from .widgets.modal import run_modal

translate = QCoreApplication.translate

_MODULE = Qt.ItemDataRole.UserRole



@dataclass(frozen=True)
class Module:
    key: str
    title: str
    factory: Callable[[Database], Tab]
    # The permission the operator needs to see the module (None: everyone).
    requires: str | None = None


def modules() -> list[tuple[str, list[Module]]]:
    """The navigator: groups of modules, each opening one tab. Only what exists."""
    from .views import dispatch_lists, front_desk, preorders
    from .views.dispatch_board import DispatchBoard
    from .views.intake import IntakeForm

    return [
        (translate("MainWindow", "Front desk"), [
            Module("intake", translate("MainWindow", "New intake"), IntakeForm, "order_edit"),
            Module("status_board", translate("MainWindow", "Status board"), front_desk.StatusBoard),
            Module("service_orders", translate("MainWindow", "Service orders"),
                   front_desk.OrdersQueryTab),
            Module("work_queue", translate("MainWindow", "Work queues"), front_desk.WorkQueueTab),
            Module("to_notify", translate("MainWindow", "To notify"), front_desk.ToNotifyTab),
            Module("preorders", translate("MainWindow", "Parts pre-orders"), preorders.PreordersTab),
            Module("overdue_pickups", translate("MainWindow", "Overdue pick-ups"),
                   front_desk.OverduePickupsTab),
        ]),
        (translate("MainWindow", "Dispatch"), [
            Module("dispatch_board", translate("MainWindow", "Dispatch board"), DispatchBoard),
            Module("dispatch_slips", translate("MainWindow", "Dispatch slips"),
                   dispatch_lists.DispatchListTab),
            Module("signed_slips_missing", translate("MainWindow", "Signed slips not back"),
                   lambda database: dispatch_lists.DispatchListTab(database,
                                                                   preset="missing_signed_slip")),
            Module("outlet_statement", translate("MainWindow", "Outlet statement"),
                   dispatch_lists.OutletStatementTab),
        ]),
        (translate("MainWindow", "Organisation"), [
            Module("branches", translate("MainWindow", "Branches"), masterdata.branches()),
            Module("org_tree", translate("MainWindow", "Departments and staff"), OrgTreeTab),
            Module("employees", translate("MainWindow", "Employees"), masterdata.employees()),
        ]),
        (translate("MainWindow", "Customers"), [
            Module("customers", translate("MainWindow", "Customers"), masterdata.customers()),
            Module("devices", translate("MainWindow", "Customer devices"), masterdata.devices()),
            Module("complaints", translate("MainWindow", "Complaints"), masterdata.complaints()),
            Module("consultations", translate("MainWindow", "Consultations"),
                   masterdata.consultations()),
            Module("customer_grades", translate("MainWindow", "Customer grades"),
                   masterdata.customer_grades()),
            Module("customer_tree", translate("MainWindow", "Customers by grade and region"),
                   trees.customer_tree),
        ]),
        (translate("MainWindow", "Products"), [
            Module("products", translate("MainWindow", "Products and parts"), masterdata.products()),
            Module("categories", translate("MainWindow", "Product categories"),
                   masterdata.categories()),
            Module("brands", translate("MainWindow", "Brands"), masterdata.brands()),
            Module("catalog_tree", translate("MainWindow", "Categories and products"),
                   trees.catalog_tree),
        ]),
        (translate("MainWindow", "Warehouse"), [
            Module("stock_slips", translate("MainWindow", "Stock slips"), stock.SlipsTab),
            Module("on_hand", translate("MainWindow", "Stock on hand"), stock.OnHandTab),
            Module("ledger", translate("MainWindow", "Stock ledger"), stock.LedgerTab),
            Module("valuation", translate("MainWindow", "Stock valuation"), stock.ValuationTab),
        ]),
        (translate("MainWindow", "Basic settings"), [
            Module("regions", translate("MainWindow", "Regions"), masterdata.regions()),
            Module("region_tree", translate("MainWindow", "Region tree"), trees.region_tree),
            Module("engineers", translate("MainWindow", "Engineers and regions"),
                   masterdata.engineers()),
            Module("outlets", translate("MainWindow", "Service outlets"), masterdata.outlets()),
            Module("warehouses", translate("MainWindow", "Warehouses"), masterdata.warehouses()),
            Module("warehouse_kinds", translate("MainWindow", "Warehouse kinds"),
                   masterdata.warehouse_kinds()),
            Module("warehouse_tree", translate("MainWindow", "Warehouses by branch and kind"),
                   trees.warehouse_tree),
            Module("work_types", translate("MainWindow", "Work types"), masterdata.work_types()),
            Module("rewards", translate("MainWindow", "Rewards and penalties"),
                   masterdata.rewards()),
            Module("overdue_rules", translate("MainWindow", "Overdue rules"),
                   masterdata.overdue_rules()),
            Module("dictionary", translate("MainWindow", "Dictionaries"), masterdata.dictionary()),
        ]),
        (translate("MainWindow", "System"), [
            Module("operators", translate("MainWindow", "Operators"), OperatorsTab,
                   "operator_admin"),
            Module("profiles", translate("MainWindow", "Profiles and permissions"), ProfilesTab,
                   "operator_admin"),
            Module("audit", translate("MainWindow", "Audit log"), audit_tab, "audit_read"),
        ]),
    ]


class MainWindow(QMainWindow):
    logout_requested = Signal()

    PING_INTERVAL_MS = 30_000

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self._logging_out = False
        info = database.info
        self.setWindowTitle(self.tr("Aftersales — {branch} — {operator}").format(
            branch=info.branch_name, operator=info.employee_name))
        self.resize(1200, 760)

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)
        self._open: dict[str, Tab] = {}

        self.navigator = self._build_navigator()
        dock = QDockWidget(self.tr("Navigator"), self)
        dock.setObjectName("navigator")
        dock.setWidget(self.navigator)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.navigator_dock = dock

        self._build_actions()
        self._build_status_bar()
        self.open_module("home")

        self.ping_timer = QTimer(self)
        self.ping_timer.timeout.connect(self.check_connection)
        self.ping_timer.start(self.PING_INTERVAL_MS)
        self._show_connection(database.round_trip_ms, None)

    # -- navigator and tabs ------------------------------------------------------
    def _build_navigator(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderHidden(True)
        home = QTreeWidgetItem(tree, [self.tr("Home")])
        home.setData(0, _MODULE, "home")
        self._modules: dict[str, Module] = {
            "home": Module("home", self.tr("Home"), HomeTab)}
        # Only what the operator's permissions allow: the same pg_has_role facts the
        # database enforces.
        info = self.database.info
        for group, items in modules():
            allowed = [m for m in items if m.requires is None or info.may(m.requires)]
            if not allowed:
                continue
            parent = QTreeWidgetItem(tree, [group])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for module in allowed:
                item = QTreeWidgetItem(parent, [module.title])
                item.setData(0, _MODULE, module.key)
                self._modules[module.key] = module
        tree.expandAll()
        tree.itemActivated.connect(self._navigate)
        tree.itemClicked.connect(self._navigate)
        tree.setMinimumWidth(200)
        return tree

    def _navigate(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, _MODULE)
        if key:
            self.open_module(key)

    def has_module(self, key: str) -> bool:
        """Whether the operator may open this module."""
        return key in self._modules

    def open_module(self, key: str) -> Tab | None:
        """Open (or bring forward) the tab of a module."""
        if key in self._open:
            self.tabs.setCurrentWidget(self._open[key])
            return self._open[key]
        module = self._modules.get(key)
        if module is None:
            return None  # not a module this operator may open
        try:
            tab = module.factory(self.database)
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if a bug
            show_exception(error, self)
            return None
        tab.setObjectName(key)
        self._open[key] = tab
        self.tabs.setCurrentIndex(self.tabs.addTab(tab, module.title))
        return tab

    def open_document(self, key: str, title: str, factory: Callable[[], Tab]) -> Tab | None:
        """Open (or bring forward) a document tab such as one customer's form."""
        if key in self._open:
            self.tabs.setCurrentWidget(self._open[key])
            return self._open[key]
        try:
            tab = factory()
        except Exception as error:  # noqa: BLE001 - shown to the user, logged if a bug
            show_exception(error, self)
            return None
        tab.setObjectName(key)
        self._open[key] = tab
        self.tabs.setCurrentIndex(self.tabs.addTab(tab, title))
        return tab

    def close_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, Tab) and tab.is_modified():
            answer = QMessageBox.question(
                self, self.tr("Close"), self.tr("This tab has changes that are not saved. Close it anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.tabs.removeTab(index)
        self._open = {k: v for k, v in self._open.items() if v is not tab}
        if tab is not None:
            tab.deleteLater()

    def current_tab(self) -> Tab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, Tab) else None

    # -- actions -----------------------------------------------------------------
    def _action(self, text: str, icon: QStyle.StandardPixmap, shortcut: QKeySequence | str | None,
                slot: Callable[[], object], tip: str = "") -> QAction:
        action = QAction(self.style().standardIcon(icon), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text} ({keys})" if keys else (tip or text))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.home_action = self._action(self.tr("Home"), SP.SP_DirHomeIcon, "Ctrl+Home",
                                        lambda: self.open_module("home"), self.tr("Open the home tab"))
        self.refresh_action = self._action(self.tr("Refresh"), SP.SP_BrowserReload,
                                           QKeySequence.StandardKey.Refresh, self.refresh_current,
                                           self.tr("Read the current tab again from the server"))
        self.close_tab_action = self._action(self.tr("Close tab"), SP.SP_TitleBarCloseButton,
                                             QKeySequence.StandardKey.Close, self.close_current_tab)
        self.escape_action = QAction(self)
        self.escape_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.escape_action.triggered.connect(self._escape)
        self.addAction(self.escape_action)
        self.navigator_action = self._action(self.tr("Navigator"), SP.SP_FileDialogListView, "F9",
                                             self._toggle_navigator, self.tr("Show or hide the navigator"))
        self.about_action = self._action(self.tr("About"), SP.SP_MessageBoxInformation, "F1",
                                         self.show_about)
        self.logout_action = self._action(self.tr("Log out"), SP.SP_DialogResetButton, "Ctrl+Shift+L",
                                          self.logout, self.tr("Log out and show the login again"))
        self.export_action = self._action(self.tr("Export"), SP.SP_DialogSaveButton, "Ctrl+E",
                                          self.export_current,
                                          self.tr("Export every row the filter selects to Excel"))
        self.password_action = self._action(self.tr("Change password…"), SP.SP_DialogApplyButton,
                                            None, self.change_password)
        self.exit_action = self._action(self.tr("Exit"), SP.SP_BrowserStop,
                                        QKeySequence.StandardKey.Quit, self.close)

        toolbar = self.addToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        for action in (self.home_action, self.refresh_action, self.export_action,
                       self.close_tab_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.about_action, self.logout_action, self.exit_action):
            toolbar.addAction(action)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.exit_action)
        view_menu = menu.addMenu(self.tr("&View"))
        for action in (self.home_action, self.refresh_action, self.close_tab_action,
                       self.navigator_action):
            view_menu.addAction(action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, title in (("system", self.tr("Follow the system")), ("zh_CN", "简体中文"),
                            ("en", "English")):
            action = language_menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(str(QSettings().value("ui/language", "system")) == code)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.tabs.currentChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        has_tab = self.current_tab() is not None
        tab = self.current_tab()
        self.refresh_action.setEnabled(has_tab)
        self.close_tab_action.setEnabled(has_tab)
        self.export_action.setEnabled(tab is not None and tab.can_export())
        self.export_action.setToolTip(
            self.tr("Export every row the filter selects to Excel (Ctrl+E)") if self.export_action.isEnabled()
            else self.tr("This tab has nothing to export"))

    def refresh_current(self) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        try:
            tab.refresh()
        except Exception as error:  # noqa: BLE001
            show_exception(error, self)
            return
        self.statusBar().showMessage(self.tr("Refreshed."), 3000)

    def export_current(self) -> None:
        tab = self.current_tab()
        if tab is not None and tab.can_export():
            tab.export()

    def change_password(self) -> bool:
        dialog = PasswordDialog(self.database, parent=self)
        if run_modal(dialog):
            self.statusBar().showMessage(self.tr("Your password was changed."), 5000)
            return True
        return False

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def _escape(self) -> None:
        tab = self.current_tab()
        if tab is not None and not tab.is_modified():
            self.close_current_tab()

    def _toggle_navigator(self) -> None:
        self.navigator_dock.setVisible(not self.navigator_dock.isVisible())

    def _choose_language(self, code: str) -> None:
        QSettings().setValue("ui/language", code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start."))

    def show_about(self) -> None:
        info = self.database.info
        QMessageBox.about(self, self.tr("About Aftersales"), translate("MainWindow",
            "<b>Aftersales</b> {version}<br>After-sales service management.<br><br>"
            "Database: {database} (schema {schema})<br>Server: {server}, PostgreSQL {pg}<br>"
            "Logged in as {role}").format(
            version=__version__, database=info.database, schema=info.schema_revision,
            server=self.database.profile.describe(), pg=info.server_version,
            role=info.role_name))

    # -- status bar and connection -------------------------------------------------
    def _build_status_bar(self) -> None:
        info = self.database.info
        bar = self.statusBar()
        self.operator_label = QLabel(self.tr("Operator: {code} {name}").format(
            code=info.operator_code, name=info.employee_name))
        self.branch_label = QLabel(self.tr("Branch: {branch}").format(branch=info.branch_name))
        self.server_label = QLabel(self.tr("Server: {server}").format(
            server=self.database.profile.describe()))
        self.connection_label = QLabel()
        for label in (self.operator_label, self.branch_label, self.server_label,
                      self.connection_label):
            bar.addPermanentWidget(label)

    def check_connection(self) -> None:
        operations.run(self.database.ping,
                       on_done=lambda ms: self._show_connection(ms, None),
                       on_error=lambda error: self._show_connection(None, error))

    def _show_connection(self, ms: float | None, error: BaseException | None) -> None:
        if error is None:
            self.connection_label.setText(self.tr("● Connected · {ms} ms").format(
                ms=f"{ms or 0:.1f}" if (ms or 0) < 10 else f"{ms:.0f}"))
            self.connection_label.setStyleSheet("color: #1b7f3b")
            self.connection_label.setToolTip(self.tr("Round trip to the server, measured every 30 s"))
        else:
            self.connection_label.setText(self.tr("● Connection lost"))
            self.connection_label.setStyleSheet("color: #b00020")
            self.connection_label.setToolTip(self.tr("The next action will try to reconnect."))

    # -- leaving -----------------------------------------------------------------
    def logout(self) -> None:
        self._logging_out = True
        if self.close():
            self.logout_requested.emit()
        self._logging_out = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, Tab) and tab.is_modified():
                self.tabs.setCurrentIndex(index)
                title = (self.tr("Log out") if self._logging_out
                         else self.tr("Exit"))
                answer = QMessageBox.question(self, title, translate(
                    "MainWindow", "Some tabs have changes that are not saved. Leave anyway?"))
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
                break
        self.ping_timer.stop()
        event.accept()

