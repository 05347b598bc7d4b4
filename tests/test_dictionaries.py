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


def _ids(session, kind: str, *names: str) -> list[int]:
    return [session.scalar(select(DictionaryEntry.id).where(
        DictionaryEntry.kind == kind, DictionaryEntry.name == n)) for n in names]


def test_merge_adds_the_uses_and_removes_the_duplicates(db):
    engine = create_engine(db.operator_url("manager"))
    try:
        with Session(engine) as session, session.begin():
            for name, times in (("屏幕不亮", 3), ("屏不亮", 2), ("黑屏", 1)):
                for _ in range(times):
                    dictionaries.use(session, "fault", name)
        with Session(engine) as session, session.begin():
            keep, *others = _ids(session, "fault", "屏幕不亮", "屏不亮", "黑屏")
            assert dictionaries.merge(session, keep, others) == 2
        assert entry(db, "fault", "屏幕不亮") == [("屏幕不亮", 6)]
        assert entry(db, "fault", "屏不亮") == [] and entry(db, "fault", "黑屏") == []
        with Session(engine) as session, session.begin():
            dictionaries.use(session, "accessory", "遥控器")
        with Session(engine) as session, session.begin():
            keep, other = _ids(session, "fault", "屏幕不亮")[0], _ids(session, "accessory", "遥控器")[0]
            with pytest.raises(ValidationError, match="same dictionary"):
                dictionaries.merge(session, keep, [other])
            with pytest.raises(ValidationError, match="Select the entries"):
                dictionaries.merge(session, keep, [keep])
    finally:
        engine.dispose()


def test_rename_refuses_a_name_the_dictionary_has(db):
    engine = create_engine(db.operator_url("manager"))
    try:
        with Session(engine) as session, session.begin():
            dictionaries.use(session, "fault", "不制冷")
            dictionaries.use(session, "fault", "不致冷")
        with Session(engine) as session, session.begin():
            typo, right = _ids(session, "fault", "不致冷", "不制冷")
            with pytest.raises(ValidationError, match="merge"):
                dictionaries.rename(session, typo, " 不制冷 ")
            assert dictionaries.rename(session, right, "不 制冷") == "不 制冷"
    finally:
        engine.dispose()
