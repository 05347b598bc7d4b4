"""Dictionaries that grow from data entry (brochure 1A): brands typed on an order,
product models, fault phenomena, accessories received, appearance notes... A value
typed that is not yet in its dictionary is added in the same transaction as the
document that uses it. Matching ignores case and full-width/half-width differences."""
from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, PinyinMixin, TimestampMixin, VersionedMixin
from .errors import QT_TRANSLATE_NOOP

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
