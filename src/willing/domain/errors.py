"""Errors the domain raises; every interface turns them into clear messages."""

from __future__ import annotations


class WillingError(Exception):
    """Base class for errors that carry a message meant for the user."""


class ValidationFailure(WillingError):
    """Input was rejected; `problems` lists each (where, field, message)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{len(problems)} problem(s) found, nothing was changed:\n{shown}{more}")


class Problem:
    """One thing wrong with an input: where it is (file, record) and which field."""

    __slots__ = ("where", "field", "message")

    def __init__(self, where: str, field: str | None, message: str) -> None:
        self.where = where
        self.field = field
        self.message = message

    def __str__(self) -> str:
        field = f", field '{self.field}'" if self.field else ""
        return f"{self.where}{field}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self.where!r}, {self.field!r}, {self.message!r})"


class UnknownKind(WillingError, KeyError):
    """A kind name that is not in the catalogue."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class NotFound(WillingError):
    """A record does not exist, or the viewer may not see it (the two are not told apart)."""


class AccessDenied(WillingError):
    """The viewer may not perform this action."""


class StaleVersion(WillingError):
    """An edit was made from a version of a record that is no longer the newest one."""


class AuthenticationFailed(WillingError):
    """A user name, password, token or session that does not authenticate anyone."""


class LimitReached(WillingError):
    """A user asked for more of something than he may have at once (queued jobs)."""


class NotReady(WillingError):
    """What was asked for does not exist yet, or will not (a job still running, or failed)."""
