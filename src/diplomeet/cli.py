"""The `diplomeet` command line.

```
diplomeet parse FILE... | -        one JSON object per input, as JSON Lines
diplomeet parse --sample           the bundled sample reports
diplomeet parse --jobs N ...       the same, parsed by N worker processes, in input order
diplomeet dedupe FILE... | DIR     merged meetings, one JSON object per real meeting
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

from diplomeet.deduplication import dedupe
from diplomeet.errors import DiplomeetError, InputError, MalformedRecordError
from diplomeet.model import Meeting, Report
from diplomeet.parallel import parse_many
from diplomeet.parser import parse
from diplomeet.samples import sample_names, sample_texts
from diplomeet.serialize import from_dict, json_schema, to_dict

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
    if args.jobs != 1:
        return _parse_jobs(args)
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


def _parse_jobs(args: argparse.Namespace) -> int:
    """`parse --jobs N`: the same records in the same order, parsed by worker processes."""
    failed = 0

    def texts() -> Iterator[str]:
        nonlocal failed
        for _name, text in _inputs(args):
            if isinstance(text, InputError):
                print(f"diplomeet: {text}", file=sys.stderr)
                failed += 1
            else:
                yield text

    for report in parse_many(texts(), workers=args.jobs, source=args.source):
        _write(to_dict(report), sys.stdout, pretty=args.pretty)
    return 1 if failed else 0


def _jobs(value: str) -> int:
    """The `--jobs` option: a count of worker processes, 0 for one per core."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of workers: {value!r}")
    return jobs


_REPORT_SUFFIXES = {".txt", ".json", ".jsonl", ""}


def _expand(names: list[str]) -> list[str]:
    """The files named; a directory stands for the report files under it, sorted.

    Under a directory, only `.txt`, `.json`, `.jsonl` and suffix-less files
    count, hidden ones left out.
    """
    out: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            out.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix in _REPORT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            out.append(name)
    return out


def _records(text: str, name: str, source: str | None) -> list[Report | Meeting]:
    """The records of one input: JSON objects (reports or meetings), or one report's text."""
    if not text.lstrip().startswith("{"):
        return [parse(text, source=source)]
    decoder = json.JSONDecoder()
    records: list[Report | Meeting] = []
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return records
        try:
            data, pos = decoder.raw_decode(text, pos)
        except ValueError as exc:
            line = text.count("\n", 0, pos) + 1
            raise MalformedRecordError("record", [f"{name}:{line}: not JSON: {exc}"]) from None
        if isinstance(data, dict) and "meetings" in data:
            records.append(from_dict(data, Report))
        else:
            records.append(from_dict(data, Meeting))


def _dedupe_inputs(args: argparse.Namespace, failed: list[str]) -> Iterator[Report | Meeting]:
    for name in _progress(_expand(args.inputs), what="read"):
        try:
            records = _records(_read(name), name, args.source)
        except InputError as exc:
            print(f"diplomeet: {exc}", file=sys.stderr)
            failed.append(name)
            continue
        except DiplomeetError as exc:
            print(f"diplomeet: {name}: {exc}", file=sys.stderr)
            failed.append(name)
            continue
        yield from records


def _cmd_dedupe(args: argparse.Namespace) -> int:
    if not args.inputs:
        print(
            "diplomeet dedupe: give FILE... or DIR (reports, or parsed JSON Lines)", file=sys.stderr
        )
        return 2
    failed: list[str] = []
    try:
        merged = dedupe(
            _dedupe_inputs(args, failed),
            tolerance=args.tolerance,
            text_threshold=args.threshold,
            progress=sys.stderr.isatty(),
        )
    except ValueError as exc:
        print(f"diplomeet dedupe: {exc}", file=sys.stderr)
        return 2
    for meeting in merged:
        _write(to_dict(meeting), sys.stdout, pretty=args.pretty)
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
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse with N worker processes, 0 for one per core (output keeps the input order)",
    )
    p.set_defaults(func=_cmd_parse)

    d = sub.add_parser(
        "dedupe",
        help="merge the reports of each real meeting into one record, as JSON Lines",
        description="Read reports (text files, or JSON Lines of parsed reports or of merged "
        "meetings) and print one merged meeting per real meeting. A report's position is its "
        "rank in the input: files in the order given, a directory's files sorted by path, "
        "records in file order.",
    )
    d.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE",
        help="text or JSON Lines files, directories; - for stdin",
    )
    d.add_argument("--source", metavar="FORMAT", help="force a source format for text files")
    d.add_argument(
        "--tolerance", type=int, default=1, metavar="DAYS", help="days dates may differ (1)"
    )
    d.add_argument(
        "--threshold",
        type=float,
        default=0.8,
        metavar="J",
        help="Jaccard similarity of near-duplicate texts (0.8)",
    )
    d.add_argument("--pretty", action="store_true", help="indent the JSON (one object per block)")
    d.set_defaults(func=_cmd_dedupe)

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
