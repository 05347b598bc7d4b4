"""Entry point of the desktop client: ``aftersales [--demo] [--smoke] [--lang zh_CN|en]``."""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from . import __version__, gc_on_gui_thread, i18n, operations
from .connection import (
    Database,
    LocalServerHandle,
    ProfileStore,
    connect_profile,
    ensure_local_database,
    local_profile,
)
from .errors import install_excepthook, setup_logging, show_exception
from .local_server import LocalServer
from .paths import local_server_dir

translate = QCoreApplication.translate

log = logging.getLogger("aftersales")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="aftersales", description="Aftersales desktop client.")
    parser.add_argument("--demo", action="store_true",
                        help="use this PC's own server with demo data (created on first start)")
    parser.add_argument("--smoke", action="store_true",
                        help="with --demo: start, log in as the demo administrator without a "
                             "screen, open the main window and every module, then exit")
    parser.add_argument("--lang", choices=["zh_CN", "en"],
                        help="language of this run (default: the saved choice or the system's)")
    return parser.parse_args(argv)


def make_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName("Aftersales")
    app.setApplicationName("Aftersales")
    app.setApplicationVersion(__version__)
    i18n.install(app, i18n.chosen_language(language))
    gc_on_gui_thread.install(app)
    return app



def prepare_demo(local: LocalServerHandle) -> None:
    """Start this PC's server and create the demo database on first use."""
    ensure_local_database(local.ensure_running(), local_profile(demo=True))


class Controller:
    """Login → main window → (log out) → login again, until the user quits."""

    def __init__(self, app: QApplication, local: LocalServerHandle, *, demo: bool) -> None:
        self.app = app
        self.local = local
        self.demo = demo
        self.store = ProfileStore()
        self.window = None
        self.database: Database | None = None
        app.aboutToQuit.connect(self.quit)

    def quit(self) -> None:
        """Leaving the application logs out (recorded in the audit log)."""
        if self.database is not None:
            self.database.close()
            self.database = None

    def start(self) -> None:
        if not self.demo:
            self.show_login()
            return
        progress = QProgressDialog(
            translate("App", "Starting this PC's database… The first start prepares the demo data."),
            "", 0, 0)
        progress.setWindowTitle(translate("App", "Aftersales"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.show()

        def done(_result: object) -> None:
            progress.close()
            self.show_login()

        def failed(error: BaseException) -> None:
            progress.close()
            show_exception(error)
            self.app.quit()

        operations.run(lambda: prepare_demo(self.local), on_done=done, on_error=failed)

    def show_login(self) -> None:
        from .views.login import LoginDialog

        dialog = LoginDialog(self.store, self.local, demo=self.demo)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.database is None:
            self.app.quit()
            return
        self.open_main(dialog.database)

    def open_main(self, database: Database) -> None:
        from .main_window import MainWindow
        from .views.password import PasswordDialog

        if database.info.must_change_password:
            # A reset password is the administrator's, not the operator's: replace it first.
            if PasswordDialog(database, forced=True).exec() != QDialog.DialogCode.Accepted:
                database.close()
                self.show_login()
                return
        self.database = database
        self.window = MainWindow(database)
        self.window.logout_requested.connect(self.logged_out)
        self.window.show()

    def logged_out(self) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None
        self.window = None
        self.show_login()


def smoke(local: LocalServerHandle) -> int:
    """Headless check of the demo start: log in as the demo administrator, open the
    main window and every module, close, stop the server."""
    from server_schema.demo_data import DEMO_OPERATORS

    from .main_window import MainWindow

    prepare_demo(local)
    admin = DEMO_OPERATORS[0]
    database = connect_profile(local_profile(demo=True), admin.code, admin.password, local=local)
    window = MainWindow(database)
    window.show()
    for key in list(window._modules):
        if window.open_module(key) is None:
            raise RuntimeError(f"module {key} did not open")
    QApplication.processEvents()
    print(f"smoke: logged in as {database.info.role_name} on {database.info.database}, "
          f"schema {database.info.schema_revision}, {window.tabs.count()} tabs open, "
          f"round trip {database.round_trip_ms:.1f} ms")
    window.close()
    database.close()
    return 0


def quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or a termination request quits the event loop normally, so that the
    local server this client started is stopped cleanly."""
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: app.quit())
    # Python runs signal handlers only when it gets control: wake it up now and then.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application([sys.argv[0]], args.lang)
    setup_logging()
    install_excepthook()
    local = LocalServerHandle(LocalServer(local_server_dir()))
    try:
        if args.smoke:
            if not args.demo:
                print("aftersales: --smoke needs --demo", file=sys.stderr)
                return 2
            return smoke(local)
        quit_on_signals(app)
        controller = Controller(app, local, demo=args.demo)
        controller.start()
        return app.exec()
    finally:
        operations.wait_all()
        local.shutdown()


if __name__ == "__main__":
    sys.exit(main())
