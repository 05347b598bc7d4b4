"""What the user sees when a rule is broken.

A message is an English template with ``{named}`` values. The client translates the
template (Qt context "DomainError") and then fills in the values, so a rule never
needs Qt. Mark every template with ``QT_TRANSLATE_NOOP("DomainError", ...)`` where
it is written: that is how Qt's lupdate finds it for the translation files.
"""
from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Marks ``text`` for translation without translating it here."""
    return text


class DomainError(Exception):
    """A business rule refused the action. ``str(error)`` is the English message."""

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(DomainError):
    """The input is wrong: a missing field, a malformed phone number, a bad code."""


class PermissionDenied(DomainError):
    """The operator's profile does not allow this."""


class ConflictError(DomainError):
    """Someone else changed or used the record first."""


class SetupError(DomainError):
    """The server or database is not in a state this program can work with."""
