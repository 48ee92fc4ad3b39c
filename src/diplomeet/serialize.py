"""Lossless JSON for diplomeet records, through a diplomeet-owned cattrs converter.

Dates are ISO 8601 strings, enums their values, spans `[start, end]` lists,
and the keys are the field names (those of `CONTRACT.md`). `from_dict` is
strict: an unknown key, a missing required key or a bad value raises one
[`MalformedRecordError`][diplomeet.MalformedRecordError] listing every
problem with its path.

Examples:
    >>> import diplomeet
    >>> r = diplomeet.Report(source="mfa", title="Wang Yi Meets with Lavrov")
    >>> diplomeet.from_json(diplomeet.to_json(r)) == r
    True
    >>> diplomeet.from_dict({"source": "mfa", "meetings": [{"date": "2021-13-01"}]})
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplomeet.errors.MalformedRecordError: malformed Report (1 problem(s)):
      meetings[0].date: invalid value for type, expected ... (month must be in 1..12)
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar, overload

import attrs
import cattrs
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from diplomeet.errors import MalformedRecordError
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
    Statement,
    StatementKind,
    StatementSource,
)

__all__ = [
    "converter",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "json_schema",
    "load_jsonl",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]

T = TypeVar("T")

Record = (
    Report
    | Meeting
    | Person
    | Place
    | Occasion
    | Statement
    | Attribution
    | Caption
    | Dateline
    | MeetingSource
    | StatementSource
    | Disagreement
)
"""Any diplomeet record that `to_dict` takes."""

converter = make_converter(
    forbid_extra_keys=True,
    detailed_validation=True,
    unstruct_collection_overrides={tuple: list},
)
"""The converter behind `to_dict` and `from_dict` (cattrs's JSON preset, strict).

diplomeet never configures cattrs's global converter; use this one, or
build your own, to change the mapping.
"""


def _structure_date(value: Any, _: type) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO 8601 date string, got {type(value).__name__}"
        raise TypeError(msg)
    # A full timestamp is accepted and cut to its day.
    return dt.date.fromisoformat(value[:10])


converter.register_structure_hook(dt.date, _structure_date)
for _enum in (MeetingMode, StatementKind, Resolution):
    # By value, as plain strings: str-enums would otherwise pass through as enum members.
    converter.register_unstructure_hook(_enum, lambda e: e.value)


def to_dict(record: Record) -> dict[str, Any]:
    """Turn a record into a JSON-ready dict (dates as strings, enums as values).

    Args:
        record: a `Report`, `Meeting` or any other diplomeet record.

    Returns:
        A dict of plain lists, strings, numbers, booleans and `None`.

    Examples:
        >>> import diplomeet
        >>> diplomeet.to_dict(diplomeet.Place(city="Bali", country="IDN"))
        {'city': 'Bali', 'country': 'IDN'}
    """
    result: dict[str, Any] = converter.unstructure(record)
    return result


def _format_exception(exc: BaseException, type_: type | None) -> str:
    base = format_exception(exc, type_)
    if isinstance(exc, (ValueError, TypeError)) and not isinstance(exc, KeyError) and str(exc):
        return f"{base} ({exc})"
    return base


_PATH = re.compile(r"^(?P<msg>.*) @ \$(?P<path>.*)$", re.DOTALL)


def _problems(exc: BaseException) -> list[str]:
    problems = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_format_exception):
        m = _PATH.match(line)
        if m:
            path = m["path"].lstrip(".") or "(top level)"
            problems.append(f"{path}: {m['msg']}")
        else:  # pragma: no cover - transform_error always adds a path
            problems.append(line)
    return problems


@overload
def from_dict(data: Any) -> Report: ...
@overload
def from_dict(data: Any, cls: type[T]) -> T: ...
def from_dict(data: Any, cls: type[Any] = Report) -> Any:
    """Build a record from a dict made by `to_dict` (or parsed from JSON).

    Args:
        data: the dict.
        cls: the record class to build; a `Report` unless said otherwise.

    Returns:
        The record, equal to the one `to_dict` was given.

    Raises:
        MalformedRecordError: if `data` is not a valid record; the message
            lists every problem with its path (`meetings[0].date: ...`).

    Examples:
        >>> import diplomeet
        >>> diplomeet.from_dict({"city": "Bali", "country": "IDN"}, diplomeet.Place)
        Place(city='Bali', country='IDN')
    """
    if not isinstance(data, dict):
        raise MalformedRecordError(
            cls.__name__, [f"(top level): expected a JSON object, got {type(data).__name__}"]
        )
    try:
        return converter.structure(data, cls)
    except (cattrs.ClassValidationError, cattrs.IterableValidationError) as exc:
        raise MalformedRecordError(cls.__name__, _problems(exc)) from None
    except (TypeError, ValueError, KeyError, AttributeError) as exc:  # pragma: no cover
        raise MalformedRecordError(cls.__name__, [f"(top level): {exc}"]) from exc


def to_json(record: Record, *, indent: int | None = None) -> str:
    """Serialise a record as a JSON string.

    Args:
        record: any diplomeet record.
        indent: pretty-print with this indent; compact (one line) by default.

    Returns:
        The JSON text, with non-ASCII characters kept as they are.

    Examples:
        >>> import diplomeet
        >>> diplomeet.to_json(diplomeet.Place(city="Zürich", country="CHE"))
        '{"city":"Zürich","country":"CHE"}'
    """
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent, separators=separators)


@overload
def from_json(text: str | bytes) -> Report: ...
@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
def from_json(text: str | bytes, cls: type[Any] = Report) -> Any:
    """Read a record from JSON text made by `to_json`.

    Raises:
        MalformedRecordError: if the text is not JSON or not a valid record.

    Examples:
        >>> import diplomeet
        >>> diplomeet.from_json('{"city": "Bali", "country": "IDN"}', diplomeet.Place)
        Place(city='Bali', country='IDN')
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise MalformedRecordError(cls.__name__, [f"(top level): not JSON: {exc}"]) from exc
    return from_dict(data, cls)


def dump_jsonl(records: Iterable[Record], fp: IO[str]) -> int:
    """Write records to an open text file as JSON Lines, one compact object a line.

    Returns:
        How many records were written.

    Examples:
        >>> import io
        >>> import diplomeet
        >>> out = io.StringIO()
        >>> reports = [diplomeet.Report(source="mfa"), diplomeet.Report(source="cgtn")]
        >>> diplomeet.dump_jsonl(reports, out)
        2
        >>> [r.source for r in diplomeet.load_jsonl(out.getvalue().splitlines())]
        ['mfa', 'cgtn']
    """
    n = 0
    for record in records:
        fp.write(to_json(record))
        fp.write("\n")
        n += 1
    return n


def load_jsonl(fp: Iterable[str], cls: type[T] = Report, *, name: str = "<jsonl>") -> Iterator[T]:  # type: ignore[assignment]
    """Read records from JSON Lines, lazily, one per non-blank line.

    Args:
        fp: an open text file, or any iterable of lines.
        cls: the record class of every line (`Report` by default).
        name: what to call the input in error messages.

    Raises:
        MalformedRecordError: at the first bad line, naming the input and line number.
    """
    for number, line in enumerate(fp, 1):
        if not line.strip():
            continue
        try:
            yield from_json(line, cls)
        except MalformedRecordError as exc:
            problems = [f"{name}:{number}: {p}" for p in exc.problems]
            raise MalformedRecordError(cls.__name__, problems) from exc


def write_jsonl(records: Iterable[Record], path: str | Path) -> int:
    """Write records to a JSON Lines file (UTF-8); returns how many were written."""
    with Path(path).open("w", encoding="utf-8") as fp:
        return dump_jsonl(records, fp)


def read_jsonl(path: str | Path, cls: type[T] = Report) -> Iterator[T]:  # type: ignore[assignment]
    """Read records from a JSON Lines file (UTF-8), lazily."""
    with Path(path).open(encoding="utf-8") as fp:
        yield from load_jsonl(fp, cls, name=str(path))


# JSON Schema -----------------------------------------------------------------------------


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        non_null = [a for a in args if a is not type(None)]
        inner = [_schema_of(a, defs) for a in non_null]
        if len(non_null) < len(args):
            inner.append({"type": "null"})
        return inner[0] if len(inner) == 1 else {"anyOf": inner}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema_of(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_schema_of(a, defs) for a in args],
            "minItems": len(args),
            "maxItems": len(args),
        }
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # a placeholder against recursion
            hints = typing.get_type_hints(tp)
            fields = attrs.fields(tp)
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().splitlines()[0],
                "properties": {f.name: _schema_of(hints[f.name], defs) for f in fields},
                "required": [f.name for f in fields if f.default is attrs.NOTHING],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    msg = f"no JSON Schema for {tp!r}"  # pragma: no cover - every model type is covered
    raise TypeError(msg)


def json_schema(cls: type[Any] = Report) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record as `to_dict` writes it.

    Args:
        cls: the record class; `Report` by default, `Meeting` for `dedupe` output.

    Examples:
        >>> import diplomeet
        >>> schema = diplomeet.json_schema()
        >>> schema["$defs"]["Report"]["required"]
        ['source']
    """
    defs: dict[str, Any] = {}
    ref = _schema_of(cls, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"diplomeet {cls.__name__}",
        **ref,
        "$defs": defs,
    }
