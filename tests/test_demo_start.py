"""``aftersales --demo``: this PC's server is initialised, filled with demo data the
first time, reused the next time, and stopped when the client that started it exits."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from client import app
from client.connection import LocalServerHandle, connect_profile, local_profile
from client.local_server import LocalServer
from client.paths import local_server_dir
from server_schema.demo_data import DEMO_OPERATORS, DEMO_PASSWORD


def test_demo_start_creates_reuses_and_stops(data_dir, qapp):
    local = LocalServerHandle(LocalServer(local_server_dir()))
    try:
        app.prepare_demo(local)
        assert local.started_here and local.server.is_running()
        assert (data_dir / "local-server" / "data" / "PG_VERSION").exists()
        database = connect_profile(local_profile(demo=True), "admin", DEMO_PASSWORD, local=local)
        assert database.info.is_administrator
        with database.session() as session:
            operators = session.execute(text("select code from aftersales.operator")).scalars()
            assert sorted(operators) == sorted(o.code for o in DEMO_OPERATORS)
            employees = session.execute(text("select count(*) from aftersales.employee")).scalar()
        database.close()

        # A second client start finds server and data as they were.
        again = LocalServerHandle(LocalServer(local_server_dir()))
        app.prepare_demo(again)
        assert not again.started_here  # it was running: the second client leaves it be
        database = connect_profile(local_profile(demo=True), "clerk", DEMO_PASSWORD, local=again)
        with database.session() as session:
            assert session.execute(text("select count(*) from aftersales.employee")).scalar() == employees
        database.close()
        again.shutdown()
        assert local.server.is_running()
    finally:
        local.shutdown()
    assert not local.server.is_running()

    # Restarted later: data kept.
    later = LocalServerHandle(LocalServer(local_server_dir()))
    try:
        app.prepare_demo(later)
        assert later.started_here
        database = connect_profile(local_profile(demo=True), "engineer", DEMO_PASSWORD, local=later)
        assert database.info.operator_code == "engineer"
        database.close()
    finally:
        later.shutdown()


def test_smoke_command(data_dir, qapp, capsys, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app.main(["--demo", "--smoke", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "smoke: logged in as aftersales_demo_u_admin" in out
    assert not LocalServer(local_server_dir()).is_running()


def test_smoke_needs_demo(data_dir, qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app.main(["--smoke"]) == 2


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGTERM")
def test_client_stops_its_server_when_told_to_quit(data_dir):
    env = {**os.environ, "AFTERSALES_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    client = subprocess.Popen([sys.executable, "-m", "client.app", "--demo"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = LocalServer(data_dir / "local-server")
    try:
        deadline = time.monotonic() + 60
        while not (server.is_initialised() and server.is_running()):
            assert client.poll() is None, "the client exited early"
            assert time.monotonic() < deadline, "the local server did not start"
            time.sleep(0.3)
        time.sleep(1.0)  # the login window is up
        client.send_signal(signal.SIGTERM)
        assert client.wait(timeout=30) == 0
        assert not server.is_running()
    finally:
        if client.poll() is None:
            client.kill()
        server.stop(mode="immediate")
