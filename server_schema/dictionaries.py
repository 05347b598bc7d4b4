"""Dictionaries that grow from data entry (brochure 1A): brands typed on an order,
product models, fault phenomena, accessories received, appearance notes... A value
typed that is not yet in its dictionary is added in the same transaction as the
document that uses it. Matching ignores case and full-width/half-width differences."""
from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, String, UniqueConstraint, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, PinyinMixin, TimestampMixin, VersionedMixin
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .text import normalise, pinyin_key

# The dictionaries and what the screens call them (context "Dictionary").
KINDS = {
    "model": QT_TRANSLATE_NOOP("Dictionary", "Product models"),
    "fault": QT_TRANSLATE_NOOP("Dictionary", "Fault phenomena"),
    "accessory": QT_TRANSLATE_NOOP("Dictionary", "Accessories received"),
    "appearance": QT_TRANSLATE_NOOP("Dictionary", "Appearance notes"),
    "purchase_place": QT_TRANSLATE_NOOP("Dictionary", "Places of purchase"),
}


class DictionaryEntry(PinyinMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "dictionary_entry"
    __table_args__ = (
        UniqueConstraint("kind", "normalised", name="uq_dictionary_entry_kind_normalised"),
        CheckConstraint("kind IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")",
                        name="kind_known"),
        CheckConstraint("name <> ''", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    # text.normalise(name): one entry for "ＡＢＣ１２３" and "abc123"
    normalised: Mapped[str] = mapped_column(String(200))
    uses: Mapped[int] = mapped_column(server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


def use(session: Session, kind: str, name: str) -> str:
    """The dictionary entry for ``name``, added if new, its use counted: in the
    caller's transaction, so it stands or falls with the document that uses it. One
    statement (INSERT ... ON CONFLICT), safe against another clerk adding the same value
    at the same moment. Returns the entry's name as first written ("abc123" for
    "ＡＢＣ１２３" once "abc123" exists), or "" for an empty value."""
    if kind not in KINDS:
        raise ValidationError("Unknown dictionary {kind}.", kind=kind)
    cleaned = " ".join(name.split())
    if not cleaned:
        return ""
    if len(cleaned) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A dictionary entry has at most 200 characters."), field=kind)
    table = DictionaryEntry.__table__
    statement = pg_insert(table).values(
        kind=kind, name=cleaned, normalised=normalise(cleaned), name_pinyin=pinyin_key(cleaned),
        uses=1,
    )
    statement = statement.on_conflict_do_update(
        constraint="uq_dictionary_entry_kind_normalised",
        set_={"uses": table.c.uses + 1, "updated_at": func.now(),
              "updated_by": func.current_user(), "version": table.c.version + 1},
    ).returning(table.c.name)
    return str(session.execute(statement).scalar_one())


def entries(session: Session) -> dict[str, list[str]]:
    """Every active entry of every dictionary, most used first: loaded once after
    login (one round trip) for the forms' combo boxes."""
    rows = session.execute(
        select(DictionaryEntry.kind, DictionaryEntry.name)
        .where(DictionaryEntry.active)
        .order_by(DictionaryEntry.kind, DictionaryEntry.uses.desc(), DictionaryEntry.name)
    ).all()
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for kind, name in rows:
        found.setdefault(kind, []).append(name)
    return found


def merge(session: Session, keep_id: int, duplicate_ids: list[int]) -> int:
    """Merge duplicate entries ("屏不亮", "屏幕不亮") into the one kept: their uses are
    added to it and they are deleted, in the caller's transaction. Returns how many
    were merged. All entries must be of one dictionary."""
    duplicates = sorted(set(duplicate_ids) - {keep_id})
    if not duplicates:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Select the entries to merge, and the one to keep as the current "
            "row."))
    table = DictionaryEntry.__table__
    # Lock every entry involved in one statement, in id order (no deadlock with a
    # concurrent merge or use()).
    rows = session.execute(select(table.c.id, table.c.kind, table.c.uses)
                           .where(table.c.id.in_([keep_id, *duplicates]))
                           .order_by(table.c.id).with_for_update()).all()
    if len(rows) != len(duplicates) + 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Some of these entries no longer exist; refresh the list."))
    if len({row.kind for row in rows}) > 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Only entries of the same dictionary can be merged."))
    added = sum(row.uses for row in rows if row.id != keep_id)
    session.execute(table.delete().where(table.c.id.in_(duplicates)))
    session.execute(table.update().where(table.c.id == keep_id).values(
        uses=table.c.uses + added, active=True, updated_at=func.now(),
        updated_by=func.current_user(), version=table.c.version + 1))
    return len(duplicates)


def rename(session: Session, entry_id: int, name: str) -> str:
    """Correct an entry's spelling; refused when the corrected name is another entry
    of the same dictionary (merge them instead)."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Required."), field="name")
    if len(cleaned) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A dictionary entry has at most 200 characters."), field="name")
    table = DictionaryEntry.__table__
    kind = session.scalar(select(table.c.kind).where(table.c.id == entry_id))
    other = session.scalar(select(table.c.name).where(
        table.c.kind == kind, table.c.normalised == normalise(cleaned), table.c.id != entry_id))
    if other is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "“{name}” is already in this dictionary; merge the two entries "
            "instead."), field="name", name=other)
    session.execute(table.update().where(table.c.id == entry_id).values(
        name=cleaned, normalised=normalise(cleaned), name_pinyin=pinyin_key(cleaned),
        updated_at=func.now(), updated_by=func.current_user(), version=table.c.version + 1))
    return cleaned


def set_active(session: Session, entry_id: int, active: bool) -> None:
    """Hide an entry from the forms' lists (or offer it again); it stays for merging
    and for the documents that used it."""
    table = DictionaryEntry.__table__
    session.execute(table.update().where(table.c.id == entry_id).values(
        active=active, updated_at=func.now(), updated_by=func.current_user(),
        version=table.c.version + 1))
