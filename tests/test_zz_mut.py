import pytest
import test_audit
from test_audit import *  # noqa
from server_schema import audit as _audit

@pytest.fixture(autouse=True)
def _mutate(monkeypatch):
    monkeypatch.setattr(_audit, "_masked", lambda table, values: values)
