"""The registry of source formats: built-ins, entry-point plug-ins and detection."""

from __future__ import annotations

import functools
import logging
import warnings
from importlib.metadata import entry_points

from diplomeet.errors import UnknownFormatError
from diplomeet.formats._base import SourceFormat

__all__ = [
    "ENTRY_POINT_GROUP",
    "detect_format",
    "get_format",
    "list_formats",
    "refresh_formats",
    "register_format",
    "unregister_format",
]

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "diplomeet.formats"
"""The entry-point group third-party formats register in."""

_registered: dict[str, SourceFormat] = {}


def _builtins() -> list[SourceFormat]:
    from diplomeet.formats.cgtn import CGTN  # noqa: PLC0415 - avoid an import cycle
    from diplomeet.formats.generic import GENERIC  # noqa: PLC0415
    from diplomeet.formats.mfa import MFA  # noqa: PLC0415
    from diplomeet.formats.xinhua import XINHUA  # noqa: PLC0415

    return [MFA, XINHUA, CGTN, GENERIC]


def _load_entry_points() -> list[SourceFormat]:
    found = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            obj = ep.load()
            fmt = obj() if isinstance(obj, type) else obj
        except Exception as exc:
            warnings.warn(
                f"diplomeet: source format plug-in {ep.name!r} ({ep.value}) failed to load: {exc}",
                RuntimeWarning,
                stacklevel=2,
            )
            continue
        if not isinstance(fmt, SourceFormat):
            warnings.warn(
                f"diplomeet: plug-in {ep.name!r} ({ep.value}) is not a SourceFormat "
                "(it needs name, sniff and envelope)",
                RuntimeWarning,
                stacklevel=2,
            )
            continue
        found.append(fmt)
    return found


@functools.cache
def _installed() -> dict[str, SourceFormat]:
    formats: dict[str, SourceFormat] = {}
    for fmt in [*_builtins(), *_load_entry_points()]:
        if fmt.name in formats:
            warnings.warn(
                f"diplomeet: two source formats are named {fmt.name!r}; the first one is kept",
                RuntimeWarning,
                stacklevel=2,
            )
            continue
        formats[fmt.name] = fmt
    return formats


def _all() -> dict[str, SourceFormat]:
    return {**_installed(), **_registered}


def refresh_formats() -> None:
    """Forget the cached list of installed formats (after installing a plug-in)."""
    _installed.cache_clear()


def register_format(fmt: SourceFormat) -> None:
    """Add a source format at run time (it replaces any format of the same name).

    Examples:
        >>> import diplomeet
        >>> from diplomeet.formats import Envelope
        >>> class Telegraph:
        ...     name = "telegraph"
        ...     def sniff(self, text): return 1.0 if "TELEGRAPH" in text else 0.0
        ...     def envelope(self, text):
        ...         return Envelope(source=self.name, story=((0, len(text)),))
        >>> diplomeet.register_format(Telegraph())
        >>> diplomeet.detect_format("TELEGRAPH: the ministers met.")
        'telegraph'
        >>> diplomeet.unregister_format("telegraph")
    """
    if not isinstance(fmt, SourceFormat):
        msg = f"{fmt!r} is not a SourceFormat (it needs name, sniff and envelope)"
        raise TypeError(msg)
    _registered[fmt.name] = fmt


def unregister_format(name: str) -> None:
    """Remove a format added with `register_format` (installed plug-ins stay).

    Raises:
        UnknownFormatError: if no format of that name was registered at run time.
    """
    if _registered.pop(name, None) is None:
        raise UnknownFormatError(name, sorted(_registered))


def list_formats() -> list[str]:
    """The names of the installed source formats, sorted.

    Examples:
        >>> import diplomeet
        >>> {"mfa", "xinhua", "cgtn", "generic"} <= set(diplomeet.list_formats())
        True
    """
    return sorted(_all())


def get_format(name: str) -> SourceFormat:
    """The installed format of that name.

    Raises:
        UnknownFormatError: if there is none; the message lists the installed names.

    Examples:
        >>> import diplomeet
        >>> diplomeet.get_format("xinhua").name
        'xinhua'
    """
    formats = _all()
    try:
        return formats[name]
    except KeyError:
        raise UnknownFormatError(name, sorted(formats)) from None


def detect_format(text: str) -> str:
    """The name of the format that recognises `text` best (`generic` when none does).

    Ties go to the format registered first (built-ins before plug-ins). A
    format whose `sniff` raises is skipped with a warning.

    Examples:
        >>> import diplomeet
        >>> diplomeet.detect_format("BEIJING, May 24 (Xinhua) -- Chinese Foreign Minister ...")
        'xinhua'
    """
    best_name, best_score = "generic", 0.0
    for name, fmt in _all().items():
        try:
            score = float(fmt.sniff(text))
        except Exception as exc:
            log.warning("source format %r failed to sniff: %s", name, exc)
            continue
        if score > best_score:
            best_name, best_score = name, score
    return best_name
