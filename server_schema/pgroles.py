"""The few PostgreSQL catalog tables the schema's queries read (roles and grants)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Column, MetaData, Table, func, select
from sqlalchemy.dialects.postgresql import OID
from sqlalchemy.types import Text

_catalog = MetaData()
pg_roles = Table("pg_roles", _catalog, Column("rolname", Text), Column("oid", OID),
                 schema="pg_catalog")
pg_auth_members = Table("pg_auth_members", _catalog, Column("roleid", OID), Column("member", OID),
                        schema="pg_catalog")


def granted_names(member: Any, head: Any, *, aggregate: Any = func.array_agg) -> Any:
    """Names (without ``head``) of the roles starting with ``head`` that are granted
    directly to the role named ``member``, aggregated."""
    granted, holder = pg_roles.alias("granted"), pg_roles.alias("holder")
    return (
        select(aggregate(func.substr(granted.c.rolname, func.length(head) + 1)))
        .select_from(pg_auth_members)
        .join(granted, pg_auth_members.c.roleid == granted.c.oid)
        .join(holder, pg_auth_members.c.member == holder.c.oid)
        .where(func.starts_with(granted.c.rolname, head), holder.c.rolname == member)
        .scalar_subquery()
    )
