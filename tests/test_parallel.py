"""`parse_many`: the same reports as `parse`, in input order, streamed, with or without workers."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import diplomeet
from diplomeet import UnknownFormatError, parse, parse_many, to_dict
from diplomeet.cli import main
from diplomeet.knowledge import default_knowledge

SHORT = [
    "",
    "Nothing happened today.",
    "BEIJING, May 6 (Xinhua) -- Chinese Foreign Minister Wang Yi met with visiting Kenyan "
    "Foreign Minister Ada Okoth here on Monday. Wang said China is ready to work with Kenya.",
    "...",
    "Ms. Okoth said: \u201cWe agreed on everything.\u201d",
]


@pytest.fixture(scope="module")
def texts(seed_texts: dict[str, str]) -> list[str]:
    """The seed reports and a few short texts, interleaved so that order matters."""
    seeds = list(seed_texts.values())
    out: list[str] = []
    for pair in itertools.zip_longest(seeds, SHORT):
        out.extend(t for t in pair if t is not None)
    return out


def _dicts(reports: Iterator[diplomeet.Report]) -> list[dict[str, object]]:
    return [to_dict(r) for r in reports]


def test_serial_is_parse(texts: list[str]) -> None:
    assert _dicts(parse_many(texts)) == [to_dict(parse(t)) for t in texts]


@pytest.mark.parametrize("chunksize", [1, 3, 100])
def test_workers_keep_input_order(texts: list[str], chunksize: int) -> None:
    expected = [to_dict(parse(t)) for t in texts]
    assert _dicts(parse_many(texts, workers=2, chunksize=chunksize)) == expected


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_any_start_method(method: str) -> None:
    got = [to_dict(r) for r in parse_many(SHORT, workers=2, start_method=method)]
    assert got == [to_dict(parse(t)) for t in SHORT]


def test_one_worker_per_core_with_zero() -> None:
    assert [r.length for r in parse_many(SHORT, workers=0)] == [len(t) for t in SHORT]


def test_empty_input() -> None:
    assert list(parse_many([])) == []
    assert list(parse_many(iter([]), workers=2)) == []


def test_items_with_keyword_arguments() -> None:
    day = dt.date(2024, 5, 6)
    items: list[diplomeet.parallel.Item] = [
        ("Nothing happened.", {"url": "https://example.org/1", "published": day}),
        "Nothing else happened.",
        ("Or here.", {"source": "generic"}),
    ]
    for workers in (1, 2):
        got = list(parse_many(items, workers=workers, chunksize=1))
        assert [r.url for r in got] == ["https://example.org/1", None, None]
        assert got[0].published == day
        assert got[2].source == "generic"


def test_source_applies_to_every_text_unless_an_item_says_otherwise() -> None:
    items: list[diplomeet.parallel.Item] = ["One.", ("Two.", {"source": "mfa"})]
    assert [r.source for r in parse_many(items, source="generic")] == ["generic", "mfa"]


def test_knowledge_reaches_the_workers() -> None:
    kb = default_knowledge()
    got = list(parse_many(SHORT, workers=2, knowledge=kb))
    assert [to_dict(r) for r in got] == [to_dict(parse(t, knowledge=kb)) for t in SHORT]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"workers": -1}, ValueError),
        ({"chunksize": 0}, ValueError),
        ({"source": "telegraph"}, UnknownFormatError),
    ],
)
def test_bad_options_fail_at_once(kwargs: dict[str, object], error: type[Exception]) -> None:
    def never() -> Iterator[str]:
        raise AssertionError("the input was read")
        yield ""  # pragma: no cover

    with pytest.raises(error):
        parse_many(never(), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (b"bytes", TypeError),
        (("text", {"colour": "red"}), TypeError),
        (("text", {"published": "2024-05-06"}), TypeError),
        (("text", {"source": "telegraph"}), UnknownFormatError),
    ],
)
def test_a_bad_item_fails_in_its_place(workers: int, bad: object, error: type[Exception]) -> None:
    items = ["One.", "Two.", "Three.", bad, "Never read."]
    got: list[int] = []

    def drain() -> None:
        for r in parse_many(items, workers=workers, chunksize=2):  # type: ignore[arg-type]
            got.append(r.length)

    with pytest.raises(error):
        drain()
    assert got == [4, 4, 6]


@pytest.mark.parametrize("workers", [1, 2])
def test_streams_without_reading_ahead_much(workers: int) -> None:
    read = 0

    def endless() -> Iterator[str]:
        nonlocal read
        for i in itertools.count():
            read += 1
            yield f"Report number {i}."

    chunksize = 4
    stream = parse_many(endless(), workers=workers, chunksize=chunksize)
    first = list(itertools.islice(stream, 10))
    stream.close()  # type: ignore[attr-defined]
    assert [r.length for r in first] == [len(f"Report number {i}.") for i in range(10)]
    # A bounded window: the workers' queue, not the whole (endless) input.
    assert read <= 10 + workers * 3 * chunksize + chunksize


def test_one_text_is_not_many() -> None:
    with pytest.raises(TypeError, match="not one text"):
        parse_many("Nothing happened.")  # type: ignore[arg-type]


def test_is_exported() -> None:
    assert diplomeet.parse_many is parse_many
    assert "parse_many" in diplomeet.__all__


def test_cli_jobs_gives_the_same_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for i, text in enumerate(SHORT):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    files = [str(tmp_path / f"{i}.txt") for i in range(len(SHORT))]
    assert main(["parse", "--sample", *files]) == 0
    serial = capsys.readouterr().out
    assert main(["parse", "--sample", *files, "--jobs", "2"]) == 0
    assert capsys.readouterr().out == serial
    assert len(serial.splitlines()) == len(diplomeet.sample_texts()) + len(SHORT)


def test_cli_jobs_reports_a_bad_input_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SHORT[2], encoding="utf-8")
    assert main(["parse", "-j", "2", str(good), str(tmp_path / "missing.txt"), str(good)]) == 1
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 2
    assert "missing.txt" in out.err


@pytest.mark.parametrize("jobs", ["-1", "two"])
def test_cli_jobs_must_be_a_count(capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--sample", "--jobs", jobs])
    assert exc.value.code == 2
    assert "not a number of workers" in capsys.readouterr().err
