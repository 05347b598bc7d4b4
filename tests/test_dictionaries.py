"""Dictionaries grow from data entry: a new value is added in the same transaction as
the document, once, whatever the width or case it is typed in, even by two clerks at
the same moment."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from client.widgets.dictionary_combo import DictionaryCombo
from server_schema import dictionaries
from server_schema.dictionaries import DictionaryEntry
from server_schema.errors import ValidationError


def entry(db, kind: str, normalised: str):
    engine = db.superuser_engine()
    try:
        with Session(engine) as session:
            return session.execute(select(DictionaryEntry.name, DictionaryEntry.uses).where(
                DictionaryEntry.kind == kind, DictionaryEntry.normalised == normalised)).all()
    finally:
        engine.dispose()


def test_new_value_is_added_once_whatever_its_width(db):
    engine = create_engine(db.operator_url("clerk"))
    try:
        with Session(engine) as session, session.begin():
            assert dictionaries.use(session, "fault", "  显示 E9 故障 ") == "显示 E9 故障"
        with Session(engine) as session, session.begin():
            # Full-width letters and digits, other case: the same entry.
            assert dictionaries.use(session, "fault", "显示 ｅ９ 故障") == "显示 E9 故障"
        assert entry(db, "fault", "显示 e9 故障") == [("显示 E9 故障", 2)]
    finally:
        engine.dispose()


def test_entry_stands_or_falls_with_the_document(db):
    engine = create_engine(db.operator_url("clerk"))
    try:
        with Session(engine) as session:
            with session.begin():
                dictionaries.use(session, "accessory", "备用滤网")
                session.rollback()  # the document's save failed
        assert entry(db, "accessory", "备用滤网") == []
    finally:
        engine.dispose()


def test_two_clerks_add_the_same_value_at_once(db):
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def add(code: str) -> None:
        engine = create_engine(db.operator_url(code))
        try:
            with Session(engine) as session, session.begin():
                barrier.wait()
                dictionaries.use(session, "appearance", "右侧面板凹陷")
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=add, args=(c,)) for c in ("clerk", "dispatcher")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert entry(db, "appearance", "右侧面板凹陷") == [("右侧面板凹陷", 2)]


@pytest.mark.parametrize(("kind", "value"), [("nonsense", "x"), ("fault", "长" * 201)])
def test_bad_input_is_refused(db, kind, value):
    engine = create_engine(db.operator_url("clerk"))
    try:
        with Session(engine) as session, session.begin(), pytest.raises(ValidationError):
            dictionaries.use(session, kind, value)
    finally:
        engine.dispose()


def test_empty_value_adds_nothing(db):
    engine = create_engine(db.operator_url("clerk"))
    try:
        with Session(engine) as session, session.begin():
            assert dictionaries.use(session, "fault", "   ") == ""
            loaded = dictionaries.entries(session)
        assert set(loaded) >= set(dictionaries.KINDS) and "不制冷" in loaded["fault"]
    finally:
        engine.dispose()


def test_combo_settles_on_the_known_spelling(qtbot):
    combo = DictionaryCombo("model", ["KFR-35GW", "abc123"])
    qtbot.addWidget(combo)
    combo.setEditText("ＡＢＣ１２３")
    assert combo.value() == "abc123" and not combo.is_new()
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == "abc123"
    combo.setEditText("KFR-72LW")
    assert combo.is_new() and "KFR-72LW" in combo.toolTip()
    combo.setEditText("  ")
    assert not combo.is_new() and combo.value() == ""
