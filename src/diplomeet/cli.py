"""The `diplomeet` command line.

```
diplomeet parse FILE... | -        one JSON object per input, as JSON Lines
diplomeet parse --sample           the bundled sample reports
diplomeet schema                   the JSON Schema of a report
```

Records go to stdout, errors and progress to stderr. A bad input (a missing
file, a directory, bytes that do not decode) is reported with its name and
does not stop the others; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from diplomeet.errors import DiplomeetError, InputError
from diplomeet.parser import parse
from diplomeet.samples import sample_names, sample_texts
from diplomeet.serialize import json_schema, to_dict

__all__ = ["main"]


def _version() -> str:
    from diplomeet import __version__  # noqa: PLC0415 - avoid an import cycle

    return __version__


def _read(name: str) -> str:
    """The text of one input: a path, or `-` for standard input."""
    if name == "-":
        data = sys.stdin.buffer.read()
        label = "<stdin>"
    else:
        path = Path(name)
        label = name
        if path.is_dir():
            raise InputError(label, "is a directory, not a text file")
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(label, "no such file") from None
        except OSError as exc:
            raise InputError(label, exc.strerror or str(exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            label, f"not UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
        ) from None


def _progress(items: list[str], *, what: str) -> Iterable[str]:
    """Show a progress bar on stderr for many inputs, only when stderr is a terminal."""
    if len(items) < 2 or not sys.stderr.isatty():
        return items
    from tqdm import tqdm  # noqa: PLC0415 - only the CLI needs it, and only on a terminal

    return tqdm(items, desc=what, unit="file", file=sys.stderr, leave=False)


def _write(obj: object, out: TextIO, *, pretty: bool) -> None:
    out.write(
        json.dumps(
            obj,
            ensure_ascii=False,
            indent=2 if pretty else None,
            separators=None if pretty else (",", ":"),
        )
    )
    out.write("\n")


def _inputs(args: argparse.Namespace) -> Iterator[tuple[str, str | InputError]]:
    if args.sample:
        yield from zip(sample_names(), sample_texts(), strict=True)
    for name in _progress(args.files, what="parse"):
        try:
            yield name, _read(name)
        except InputError as exc:
            yield name, exc


def _cmd_parse(args: argparse.Namespace) -> int:
    if not args.files and not args.sample:
        print("diplomeet parse: give FILE..., - for standard input, or --sample", file=sys.stderr)
        return 2
    failed = 0
    for name, text in _inputs(args):
        if isinstance(text, InputError):
            print(f"diplomeet: {text}", file=sys.stderr)
            failed += 1
            continue
        try:
            report = parse(text, source=args.source)
        except DiplomeetError as exc:
            print(f"diplomeet: {name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        _write(to_dict(report), sys.stdout, pretty=args.pretty)
    return 1 if failed else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    _write(json_schema(), sys.stdout, pretty=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `diplomeet` command."""
    ap = argparse.ArgumentParser(
        prog="diplomeet",
        description="Turn news reports of diplomatic meetings into typed records.",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="parse reports into JSON Lines")
    p.add_argument("files", nargs="*", metavar="FILE", help="text files; - for standard input")
    p.add_argument("--sample", action="store_true", help="parse the bundled sample reports")
    p.add_argument("--source", metavar="FORMAT", help="force a source format (mfa, xinhua, ...)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON (one object per block)")
    p.set_defaults(func=_cmd_parse)

    s = sub.add_parser("schema", help="print the JSON Schema of a parsed report")
    s.set_defaults(func=_cmd_schema)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples:
        >>> from diplomeet.cli import main
        >>> main(["parse", "--sample"])  # doctest: +SKIP
        0
    """
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.command is None:
        ap.print_help(sys.stderr)
        return 2
    try:
        status: int = args.func(args)
    except DiplomeetError as exc:
        print(f"diplomeet: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `diplomeet parse ... | head`
        return 0
    return status
