"""Departments and their staff as a tree, branch by branch (brochure 2E): the shared
tree navigator (``trees.TreeTab``) over the organisation tree."""
from __future__ import annotations

from ..connection import Database
from .trees import TreeTab, org_headers


class OrgTreeTab(TreeTab):
    """Branch -> department tree -> staff (loaded when a department expands)."""

    def __init__(self, database: Database) -> None:
        super().__init__(database, "org", org_headers())
