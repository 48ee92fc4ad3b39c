"""diplomeet: news reports of diplomatic meetings in, typed and trustworthy records out.

Examples:
    >>> import diplomeet
    >>> report = diplomeet.parse("Nothing happened today.")
    >>> report.meetings
    ()
"""

from __future__ import annotations

import logging as _logging
from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from diplomeet.deduplication import dedupe, near_duplicates
from diplomeet.errors import (
    DiplomeetError,
    InputError,
    KnowledgeError,
    MalformedRecordError,
    UnknownFormatError,
)
from diplomeet.formats import (
    Envelope,
    SourceFormat,
    detect_format,
    get_format,
    list_formats,
    register_format,
    unregister_format,
)
from diplomeet.model import (
    Attribution,
    Caption,
    Dateline,
    Disagreement,
    Meeting,
    MeetingMode,
    MeetingSource,
    Occasion,
    Person,
    Place,
    Report,
    Resolution,
    Span,
    Statement,
    StatementKind,
    StatementSource,
)
from diplomeet.parallel import parse_many
from diplomeet.parser import parse
from diplomeet.samples import sample_texts
from diplomeet.serialize import (
    dump_jsonl,
    from_dict,
    from_json,
    json_schema,
    load_jsonl,
    read_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)

try:
    __version__ = _version("diplomeet")
    """The installed version of diplomeet."""
except _PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Attribution",
    "Caption",
    "Dateline",
    "DiplomeetError",
    "Disagreement",
    "Envelope",
    "InputError",
    "KnowledgeError",
    "MalformedRecordError",
    "Meeting",
    "MeetingMode",
    "MeetingSource",
    "Occasion",
    "Person",
    "Place",
    "Report",
    "Resolution",
    "SourceFormat",
    "Span",
    "Statement",
    "StatementKind",
    "StatementSource",
    "UnknownFormatError",
    "__version__",
    "dedupe",
    "detect_format",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "get_format",
    "json_schema",
    "list_formats",
    "load_jsonl",
    "near_duplicates",
    "parse",
    "parse_many",
    "read_jsonl",
    "register_format",
    "sample_texts",
    "to_dict",
    "to_json",
    "unregister_format",
    "write_jsonl",
]

_logging.getLogger(__name__).addHandler(_logging.NullHandler())


def __dir__() -> list[str]:
    return sorted(__all__)
