"""Metadata, naming convention and the mixins every table shares."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, MetaData, String, event, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Every table lives in this schema; statements are always schema-qualified, so an
# operator's search_path can never redirect them.
SCHEMA = "aftersales"

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(schema=SCHEMA, naming_convention=NAMING_CONVENTION)

# Expression indexes made by migrations with SQL of their own (trigram indexes of the
# full-field filters); alembic's comparison leaves them alone.
DB_ONLY_INDEXES: set[str] = {"ix_audit_event_search", "ix_customer_search", "ix_product_search",
                              # lookups: whole phone numbers, prefixes (migration 0006)
                              "ix_customer_phone_digits", "ix_customer_phone2_digits",
                              "ix_employee_phone_digits",
                              "ix_customer_code_prefix", "ix_customer_name_prefix",
                              "ix_customer_pinyin_prefix", "ix_customer_initials_prefix",
                              "ix_product_code_prefix", "ix_product_name_prefix",
                              "ix_product_pinyin_prefix", "ix_product_initials_prefix"}


class Base(DeclarativeBase):
    metadata = metadata


class TimestampMixin:
    """When a row was created and last changed (server clock, with time zone)."""

    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False
    )
    # Who wrote the row last (their login role): a refused stale save says who it was.
    updated_by: Mapped[str] = mapped_column(
        String(63), server_default=func.current_user(), onupdate=func.current_user(),
        nullable=False
    )


# How a sensitive value reads to operators without the reveal permission: kept by the
# database as generated columns, so that nobody needs the value to show its mask.
MASK_PHONE = ("CASE WHEN length({c}) >= 8 THEN left({c}, 3) || '****' || right({c}, 4) "
              "WHEN {c} = '' THEN '' ELSE '****' END")
MASK_ADDRESS = "CASE WHEN {c} = '' THEN '' ELSE left({c}, 6) || '****' END"


class PinyinMixin:
    """A ``name`` searchable by pinyin: ``name_pinyin`` holds its full pinyin and
    initials ('zhangsan zs'), kept up to date whenever the ORM writes the row."""

    name_pinyin: Mapped[str] = mapped_column(String(300), server_default="")


@event.listens_for(PinyinMixin, "before_insert", propagate=True)
@event.listens_for(PinyinMixin, "before_update", propagate=True)
def _set_pinyin(_mapper: object, _connection: object, target: PinyinMixin) -> None:
    from .text import pinyin_key

    target.name_pinyin = pinyin_key(getattr(target, "name", "") or "")


class VersionedMixin:
    """Optimistic locking: an UPDATE that finds another version raises StaleDataError,
    which the client reports as a concurrent edit instead of silently overwriting."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        # No eager defaults: an INSERT returns only the key, never server-filled
        # columns, which may be sensitive ones the operator is not allowed to read.
        return {"version_id_col": cls.version, "eager_defaults": False}
