"""Names of the PostgreSQL roles that belong to one Aftersales database.

Roles are cluster-wide, so every name carries a prefix chosen when the database is
initialised (by default its own name). The client derives an operator's login role
from the prefix in its connection profile and the operator code typed at login.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, ValidationError

# PostgreSQL truncates identifiers longer than this many bytes (NAMEDATALEN - 1).
MAX_ROLE_BYTES = 63
MAX_OPERATOR_CODE = 24
_PREFIX_RE = re.compile(r"^[a-z][a-z0-9_]*_$")
_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")

# Suffixes of the NOLOGIN roles every database has; the longest decides how long a
# prefix may be.
OWNER = "owner"
STAFF = "g_staff"
ADMIN = "g_admin"
OPERATOR_INFIX = "u_"
PERMISSION_INFIX = "p_"
PROFILE_INFIX = "r_"


def default_prefix(database: str) -> str:
    """A valid prefix made from a database name: lower case, [a-z0-9_], ends in '_'."""
    cleaned = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_") or "aftersales"
    if not cleaned[0].isalpha():
        cleaned = "as_" + cleaned
    max_len = MAX_ROLE_BYTES - len(OPERATOR_INFIX) - MAX_OPERATOR_CODE - 1
    return cleaned[:max_len].rstrip("_") + "_"


def normalise_code(code: str) -> str:
    """Operator codes are case-insensitive: 'Admin' and 'admin' are the same login."""
    code = code.strip().lower()
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Enter an operator code."), field="code"
        )
    if len(code) > MAX_OPERATOR_CODE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "An operator code has at most {n} characters."),
            field="code",
            n=MAX_OPERATOR_CODE,
        )
    if not _CODE_RE.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "An operator code uses only letters, digits, '.', '-' and '_'."
            ),
            field="code",
        )
    return code


@dataclass(frozen=True)
class RoleNames:
    prefix: str

    def __post_init__(self) -> None:
        if not _PREFIX_RE.fullmatch(self.prefix):
            raise ValidationError(
                "Role prefix {prefix!r} must start with a letter, use only a-z, 0-9 "
                "and '_', and end with '_'.",
                field="prefix",
                prefix=self.prefix,
            )
        longest = len(OPERATOR_INFIX) + MAX_OPERATOR_CODE
        if len(self.prefix.encode()) + longest > MAX_ROLE_BYTES:
            raise ValidationError(
                "Role prefix {prefix!r} is too long: with an operator code of {code} "
                "characters a role name would pass PostgreSQL's {limit}-byte limit.",
                field="prefix",
                prefix=self.prefix,
                code=MAX_OPERATOR_CODE,
                limit=MAX_ROLE_BYTES,
            )

    @property
    def owner(self) -> str:
        return self.prefix + OWNER

    @property
    def staff(self) -> str:
        return self.prefix + STAFF

    @property
    def admin(self) -> str:
        return self.prefix + ADMIN

    def permission(self, name: str) -> str:
        return self.prefix + PERMISSION_INFIX + name

    def profile(self, name: str) -> str:
        return self.prefix + PROFILE_INFIX + name

    def permission_of(self, role_name: str) -> str | None:
        head = self.prefix + PERMISSION_INFIX
        return role_name[len(head):] if role_name.startswith(head) else None

    def profile_of(self, role_name: str) -> str | None:
        head = self.prefix + PROFILE_INFIX
        return role_name[len(head):] if role_name.startswith(head) else None

    def operator(self, code: str) -> str:
        return self.prefix + OPERATOR_INFIX + normalise_code(code)

    def code_of(self, role_name: str) -> str | None:
        """The operator code of a login role of this database, or None."""
        head = self.prefix + OPERATOR_INFIX
        return role_name[len(head):] if role_name.startswith(head) else None
