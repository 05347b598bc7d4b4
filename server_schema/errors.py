"""What the user sees when a rule is broken. Messages are plain sentences a clerk
understands; the client shows them as they are (translated where it knows them)."""
from __future__ import annotations


class DomainError(Exception):
    """A business rule refused the action. ``str(error)`` is the message to show."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """The input is wrong: a missing field, a malformed phone number, a bad code."""


class PermissionDenied(DomainError):
    """The operator's profile does not allow this."""


class ConflictError(DomainError):
    """Someone else changed or used the record first."""


class SetupError(DomainError):
    """The server or database is not in a state this program can work with."""
