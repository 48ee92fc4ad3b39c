"""Source formats: one module per kind of page, a registry, and detection.

Built in: `mfa` (Chinese Foreign Ministry pages and mirrors), `xinhua` (the
wire), `cgtn` (CGTN and CCTV English pages) and `generic` (anything else).
Third-party formats plug in through the `diplomeet.formats` entry-point group
or [`register_format`][diplomeet.register_format].
"""

from diplomeet.formats._base import Envelope, SourceFormat
from diplomeet.formats._registry import (
    ENTRY_POINT_GROUP,
    detect_format,
    get_format,
    list_formats,
    refresh_formats,
    register_format,
    unregister_format,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "Envelope",
    "SourceFormat",
    "detect_format",
    "get_format",
    "list_formats",
    "refresh_formats",
    "register_format",
    "unregister_format",
]
