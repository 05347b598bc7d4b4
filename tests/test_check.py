"""``aftersales-admin check`` finds what is unsafe, and stays quiet about what is not."""
from __future__ import annotations

from collections import namedtuple

import pytest

from server_schema.admin_cli import main
from server_schema.check import CRITICAL, WARNING, hba_findings

Rule = namedtuple("Rule", "line_number type database user_name address auth_method")


def test_hba_rules_are_judged():
    findings = hba_findings([
        Rule(1, "local", ["all"], ["all"], None, "peer"),
        Rule(2, "host", ["all"], ["all"], "127.0.0.1", "scram-sha-256"),
        Rule(3, "hostssl", ["all"], ["all"], "10.8.0.0", "scram-sha-256"),
        Rule(4, "host", ["all"], ["all"], "10.8.0.0", "scram-sha-256"),
        Rule(5, "hostssl", ["all"], ["all"], "0.0.0.0", "md5"),
        Rule(6, "host", ["all"], ["all"], "::1", "trust"),
        Rule(7, "host", ["all"], ["all"], "192.168.1.0", "reject"),
    ])
    text = "\n".join(str(f) for f in findings)
    assert "line 1" not in text and "line 2" not in text and "line 3" not in text
    assert "line 7" not in text
    assert any(f.severity == CRITICAL and "line 4" in f.message and "TLS" in f.message
               for f in findings)
    assert any(f.severity == WARNING and "line 5" in f.message and "md5" in f.message
               for f in findings)
    assert any(f.severity == CRITICAL and "line 6" in f.message and "trust" in f.message
               for f in findings)


def test_check_reports_weakened_settings(db, capsys):
    dsn = db.server.url(db.name).render_as_string(hide_password=False)
    db.server.execute("ALTER SYSTEM SET fsync = off")
    db.server.execute("SET password_encryption = 'md5'; CREATE ROLE as_check_md5 PASSWORD 'x'")
    db.server.execute('GRANT SELECT ON aftersales.branch TO PUBLIC', db.name)
    db.server.execute(f'GRANT CONNECT ON DATABASE "{db.name}" TO PUBLIC')
    db.server.execute("SELECT pg_reload_conf()")
    try:
        assert main(["check", "--dsn", dsn]) == 1
        out = capsys.readouterr().out
        assert "[critical] fsync is off" in out
        assert "as_check_md5" in out and "md5 passwords" in out
        assert "PUBLIC has privileges on tables: branch" in out
        assert "PUBLIC may connect" in out
    finally:
        db.server.execute("ALTER SYSTEM RESET fsync")
        db.server.execute("SELECT pg_reload_conf()")
        db.server.execute("DROP ROLE as_check_md5")


def test_check_of_a_set_up_database(db, capsys):
    dsn = db.server.url(db.name).render_as_string(hide_password=False)
    main(["check", "--dsn", dsn])
    out = capsys.readouterr().out
    # What init and the embedded server set up is not reported.
    for healthy in ("fsync", "PUBLIC", "md5", "password_encryption", "TLS", "trust",
                    "idle_in_transaction"):
        assert healthy not in out, out


@pytest.mark.parametrize("argv", [["check"], ["check", "--dsn"]])
def test_check_needs_a_dsn(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
