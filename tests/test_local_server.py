"""The "This PC" server (client.local_server.LocalServer) in a private folder: one
server for the whole module, initialised, restarted and stopped for real."""
from __future__ import annotations

import os
import shutil
import socket
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from client.local_server import SUPERUSER, LocalServer, LocalServerError

TRGM_SAMPLE = "张三丰 手机屏幕碎裂"


def connect(server: LocalServer, database: str = "postgres", **overrides: object) -> psycopg.Connection:
    info = {**server.conninfo(database), "connect_timeout": 5, **overrides}
    return psycopg.connect(**info, autocommit=True)  # type: ignore[arg-type]


def query(server: LocalServer, statement: str, database: str = "postgres") -> list[tuple]:
    with connect(server, database) as conn:
        return conn.execute(statement).fetchall()  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    # Not under pytest's basetemp: as root the server runs as an unprivileged user
    # that must traverse every parent folder, and each new pytest session (another
    # run on this machine) resets /tmp/pytest-of-<user> to mode 0700.
    folder = Path(tempfile.mkdtemp(prefix="aftersales-thispc-"))
    local = LocalServer(folder / "server")
    assert not local.is_initialised()
    assert not local.is_running()
    started = local.start()
    assert started is True
    try:
        yield local
    finally:
        try:
            local.stop(mode="immediate")
        finally:
            shutil.rmtree(folder, ignore_errors=True)


# -- initialisation ------------------------------------------------------------------
def test_first_start_initialises(server: LocalServer) -> None:
    assert server.is_initialised()
    assert (server.data_dir / "PG_VERSION").is_file()
    assert int((server.data_dir / "PG_VERSION").read_text().strip()) >= 16
    assert server.is_running()
    assert 0 < server.port < 65536
    # The temporary initdb password file is gone.
    assert not (server.root / ".initdb-pw").exists()
    password = server.superuser_password()
    assert len(password) >= 24


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_superuser_secret_is_private(server: LocalServer) -> None:
    mode = stat.S_IMODE(server.password_file.stat().st_mode)
    assert mode == 0o600
    assert server.password_file.stat().st_uid == os.geteuid()


def test_initialise_again_changes_nothing(server: LocalServer) -> None:
    password = server.superuser_password()
    port = server.port
    server.initialise()
    assert server.superuser_password() == password
    assert server.port == port


def test_superuser_password_is_a_scram_verifier(server: LocalServer) -> None:
    [(verifier,)] = query(server, f"SELECT rolpassword FROM pg_authid WHERE rolname = '{SUPERUSER}'")
    assert verifier.startswith("SCRAM-SHA-256$")
    assert server.superuser_password() not in verifier


def test_url_reaches_the_server(server: LocalServer) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(server.url())
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == SUPERUSER
    finally:
        engine.dispose()


# -- encoding and locale -------------------------------------------------------------
def test_databases_are_utf8_with_a_utf8_ctype(server: LocalServer) -> None:
    with connect(server) as conn:
        conn.execute("CREATE DATABASE ctype_check")
    rows = query(
        server,
        "SELECT datname, pg_encoding_to_char(encoding), datctype FROM pg_database "
        "WHERE datname IN ('postgres', 'template1', 'ctype_check')",
    )
    assert len(rows) == 3
    for _name, encoding, ctype in rows:
        assert encoding == "UTF8"
        assert ctype.lower().replace("-", "").endswith(".utf8"), ctype


def test_pg_trgm_extracts_chinese_trigrams(server: LocalServer) -> None:
    with connect(server) as conn:
        conn.execute("CREATE DATABASE trgm_check")
    with connect(server, "trgm_check") as conn:
        conn.execute("CREATE EXTENSION pg_trgm")
        [(trigrams,)] = conn.execute("SELECT show_trgm(%s)", (TRGM_SAMPLE,)).fetchall()
        # "张三丰" gives 4 padded trigrams, "手机屏幕碎裂" 7: none under a C ctype.
        assert len(trigrams) == 11
        [(similar, matches)] = conn.execute(
            "SELECT similarity('手机屏幕碎裂', '屏幕碎裂'), '手机屏幕碎裂' % '屏幕碎裂'"
        ).fetchall()
        assert similar > 0.3
        assert matches is True
        # The control: under a C ctype the same text gives no trigram at all.
        conn.execute(
            "CREATE DATABASE trgm_c TEMPLATE template0 LC_CTYPE 'C' LC_COLLATE 'C'"
        )
    with connect(server, "trgm_c") as conn:
        conn.execute("CREATE EXTENSION pg_trgm")
        [(trigrams,)] = conn.execute("SELECT show_trgm(%s)", (TRGM_SAMPLE,)).fetchall()
        assert trigrams == []


def test_lower_and_upper_understand_unicode(server: LocalServer) -> None:
    [(lower, upper)] = query(server, "SELECT lower('ÄÖÜ ΑΒΓ'), upper('straße')")
    assert lower == "äöü αβγ"
    assert upper.startswith("STRA")


# -- network and authentication ------------------------------------------------------
def test_pg_hba_allows_only_scram_over_tcp(server: LocalServer) -> None:
    lines = [
        line.split()
        for line in (server.data_dir / "pg_hba.conf").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert lines
    for fields in lines:
        assert fields[0] == "host"
        assert fields[-1] == "scram-sha-256"
    assert {fields[3] for fields in lines} == {"127.0.0.1/32", "::1/128"}
    # What the server actually loaded agrees.
    rules = query(server, "SELECT type, auth_method, address, error FROM pg_hba_file_rules")
    assert rules
    for rule_type, method, address, error in rules:
        assert error is None
        assert rule_type == "host"
        assert method == "scram-sha-256"
        assert address in ("127.0.0.1", "::1")


def test_server_settings(server: LocalServer) -> None:
    settings = dict(query(
        server,
        "SELECT name, setting FROM pg_settings WHERE name IN "
        "('listen_addresses', 'unix_socket_directories', 'password_encryption', "
        "'idle_in_transaction_session_timeout', 'server_encoding')",
    ))
    assert settings["listen_addresses"] == "localhost"
    assert settings["unix_socket_directories"] == ""
    assert settings["password_encryption"] == "scram-sha-256"
    assert settings["idle_in_transaction_session_timeout"] == str(10 * 60 * 1000)
    assert settings["server_encoding"] == "UTF8"


def test_wrong_superuser_password_is_refused(server: LocalServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        connect(server, password=server.superuser_password() + "x")


def test_missing_password_is_refused(server: LocalServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="password"):
        connect(server, password="", passfile=os.devnull)


def test_only_localhost_listens(server: LocalServer) -> None:
    # Reachable on the loopback address...
    with socket.create_connection(("127.0.0.1", server.port), timeout=2):
        pass
    # ...but not on another address of this machine, if it has one (the source
    # address of an outgoing route; connecting a UDP socket sends nothing).
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 9))
            other = probe.getsockname()[0]
    except OSError:
        pytest.skip("no network address besides loopback")
    if other.startswith("127.") or other == "0.0.0.0":
        pytest.skip("no network address besides loopback")
    with pytest.raises(OSError):
        with socket.create_connection((other, server.port), timeout=2):
            pass


# -- life cycle ----------------------------------------------------------------------
def test_start_when_running_returns_false(server: LocalServer) -> None:
    assert server.is_running()
    assert server.start() is False
    assert server.is_running()


def test_restart_keeps_data_and_moves_off_a_taken_port(server: LocalServer) -> None:
    with connect(server) as conn:
        conn.execute("CREATE TABLE kept (id int, name text)")
        conn.execute("INSERT INTO kept VALUES (1, '李四')")
    old_port = server.port

    server.stop()
    assert server.is_running() is False
    server.stop()  # stopping a stopped server is a no-op
    assert server.is_running() is False
    with pytest.raises(psycopg.OperationalError):
        connect(server)

    # Someone else took the port meanwhile: the server moves to a free one.
    squatter = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind(("127.0.0.1", old_port))
        squatter.listen(1)
        assert server.start() is True
    finally:
        squatter.close()
    assert server.is_running()
    assert server.port != old_port
    assert int(server.port_file.read_text()) == server.port
    assert query(server, "SELECT id, name FROM kept") == [(1, "李四")]


def test_stop_then_start_again(server: LocalServer) -> None:
    server.stop(mode="fast")
    assert server.is_running() is False
    assert server.start() is True
    assert server.is_running() is True
    assert query(server, "SELECT 1") == [(1,)]


# -- refusals without a server -------------------------------------------------------
def test_uninitialised_folder_is_not_running(tmp_path: Path) -> None:
    local = LocalServer(tmp_path / "nothing")
    assert local.is_initialised() is False
    assert local.is_running() is False
    local.stop()  # nothing to stop
    assert not (tmp_path / "nothing").exists()


def test_initialise_refuses_a_half_made_data_folder(tmp_path: Path) -> None:
    local = LocalServer(tmp_path / "broken")
    local.data_dir.mkdir(parents=True)
    (local.data_dir / "stray.txt").write_text("not a cluster", encoding="utf-8")
    with pytest.raises(LocalServerError, match="not empty"):
        local.initialise()
    assert not local.password_file.exists()
    assert (local.data_dir / "stray.txt").exists()
