"""The exceptions diplomeet raises: one base class and a few specific ones.

Catch [`DiplomeetError`][diplomeet.DiplomeetError] to handle them all. The
classes are public API; their messages are meant for people and may change.
`parse` never raises on text: these errors are about input that is not text,
malformed records, and unknown names.
"""

from __future__ import annotations

__all__ = [
    "DiplomeetError",
    "InputError",
    "KnowledgeError",
    "MalformedRecordError",
    "UnknownFormatError",
]


class DiplomeetError(Exception):
    """The base of every error diplomeet raises on purpose."""


class UnknownFormatError(DiplomeetError, LookupError):
    """A source format was asked for by a name that no installed format has.

    Examples:
        >>> import diplomeet
        >>> try:
        ...     diplomeet.parse("text", source="telegraph")
        ... except diplomeet.UnknownFormatError as exc:
        ...     print(exc)  # doctest: +ELLIPSIS
        unknown source format 'telegraph'; installed formats: cgtn, generic, mfa, xinhua...
    """

    def __init__(self, name: str, installed: list[str]) -> None:
        self.name = name
        """The name that was asked for."""
        self.installed = installed
        """The names of the installed formats."""
        super().__init__(
            f"unknown source format {name!r}; installed formats: {', '.join(installed)}"
        )


class MalformedRecordError(DiplomeetError, ValueError):
    """A dict or JSON document is not a valid diplomeet record.

    The message lists every problem with its path, one per line, such as
    `meetings[0].date: invalid isoformat string: '2021-13-01'`.
    """

    def __init__(self, what: str, problems: list[str]) -> None:
        self.problems = problems
        """Every problem found, each prefixed by its path in the record."""
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"malformed {what} ({len(problems)} problem(s)):\n{lines}")


class InputError(DiplomeetError, OSError):
    """An input is not text: a missing file, a directory, or bytes that do not decode."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        """The input that failed (a path, or `<stdin>`)."""
        self.reason = reason
        """Why it failed."""
        super().__init__(f"{name}: {reason}")


class KnowledgeError(DiplomeetError, ValueError):
    """A knowledge data file (countries, cities, office-holders ...) is malformed."""
