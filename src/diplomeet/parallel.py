"""`parse_many`: many reports, in order, streamed, on one core or several.

Each worker is a separate process (the parser is pure Python, so threads would
share one core). Inputs are read lazily and only a few chunks are in flight at
once, so memory stays flat however long the input is; results come back in
input order as soon as the report they belong to, and every one before it, is
parsed.

Examples:
    >>> import diplomeet
    >>> reports = diplomeet.parse_many(["Nothing happened.", ("Nor here.", {"url": "u"})])
    >>> [(r.length, r.url) for r in reports]
    [(17, None), (9, 'u')]
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeAlias

from diplomeet.formats import get_format
from diplomeet.knowledge import Knowledge, default_knowledge
from diplomeet.model import Report
from diplomeet.parser import parse

__all__ = ["Item", "parse_many"]

Item: TypeAlias = str | tuple[str, Mapping[str, Any]]
"""One input of `parse_many`: a text, or a text and keyword arguments for `parse`
(`source`, `url`, `published`)."""

_Job: TypeAlias = tuple[str, dict[str, Any]]

_ITEM_KEYWORDS = frozenset({"source", "url", "published"})
_IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker: enough to keep it busy, no more
_WORKER_KNOWLEDGE: Knowledge | None = None


def parse_many(
    texts: Iterable[Item],
    *,
    workers: int = 1,
    chunksize: int = 8,
    source: str | None = None,
    knowledge: Knowledge | None = None,
    start_method: str | None = None,
) -> Iterator[Report]:
    """Parse many reports, yielding them in input order as they are ready.

    Args:
        texts: the reports, each a `str` or a `(text, kwargs)` pair whose kwargs
            (any of `source`, `url`, `published`) go to `parse` for that text.
            Read lazily: a generator over a huge archive is fine.
        workers: how many processes parse; `1` parses in this process, with no
            pool. `0` means one per available core.
        chunksize: how many reports a worker takes at a time. Larger chunks cost
            less in hand-overs; smaller ones keep results flowing sooner.
        source: the source format for every text (an item's own `source`
            beats it); detected per text by default.
        knowledge: the knowledge to use (sent to each worker once); the
            built-in data by default.
        start_method: the `multiprocessing` start method of the workers
            (`fork`, `forkserver`, `spawn`); when `None`, the one set with
            `multiprocessing.set_start_method`, else the platform's default
            (but `forkserver` instead of `fork` from Python 3.12 on, where forking
            a process that runs threads is deprecated).

    Returns:
        An iterator of `Report`, one per input, in input order. Stop it early
        (or `close()` it) and the workers are shut down.

    Raises:
        ValueError: `workers` or `chunksize` is out of range (raised at once).
        UnknownFormatError: `source` names no installed format (raised at once),
            or an item's own `source` does not (raised when that item is reached,
            after every report before it).
        TypeError: `texts` is a single `str` (raised at once); an item is neither a
            `str` nor a `(str, dict)` pair, or its dict has a key `parse` does not
            take (raised when that item is reached).

    Examples:
        >>> import diplomeet
        >>> texts = diplomeet.sample_texts()
        >>> serial = [r.sha256 for r in diplomeet.parse_many(texts)]
        >>> pooled = [r.sha256 for r in diplomeet.parse_many(texts, workers=2, chunksize=1)]
        >>> serial == pooled
        True
    """
    if isinstance(texts, str):
        raise TypeError("parse_many takes an iterable of texts, not one text: use parse for that")
    if workers < 0:
        raise ValueError(f"workers must be 0 (one per core) or more, not {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be 1 or more, not {chunksize}")
    if source is not None:
        get_format(source)  # an unknown name fails now, not in a worker
    if workers == 0:
        workers = _cores()
    jobs = (_job(item, source) for item in texts)
    if workers == 1:
        return _serial(jobs, knowledge)
    return _pooled(jobs, workers, chunksize, knowledge, start_method)


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _job(item: object, source: str | None) -> _Job:
    """Check one input and turn it into `(text, parse keyword arguments)`."""
    if isinstance(item, str):
        return item, {} if source is None else {"source": source}
    if (
        isinstance(item, tuple)
        and len(item) == 2
        and isinstance(item[0], str)
        and isinstance(item[1], Mapping)
    ):
        text, given = item
        unknown = sorted(str(k) for k in given if k not in _ITEM_KEYWORDS)
        if unknown:
            raise TypeError(
                f"parse_many: unknown keyword(s) {', '.join(unknown)} for a report; "
                f"allowed: {', '.join(sorted(_ITEM_KEYWORDS))}"
            )
        kwargs = dict(given)
        if source is not None:
            kwargs.setdefault("source", source)
        if kwargs.get("source") is not None:
            get_format(kwargs["source"])
        published = kwargs.get("published")
        if published is not None and not isinstance(published, dt.date):
            raise TypeError(f"parse_many: published must be a date, not {published!r}")
        return text, kwargs
    raise TypeError(
        f"parse_many takes str or (str, dict) items, not {type(item).__name__}: {item!r:.80}"
    )


def _serial(jobs: Iterator[_Job], knowledge: Knowledge | None) -> Iterator[Report]:
    for text, kwargs in jobs:
        yield parse(text, knowledge=knowledge, **kwargs)


def _start_method(asked: str | None) -> str | None:
    if asked is not None or multiprocessing.get_start_method(allow_none=True) is not None:
        return asked
    if (
        sys.version_info >= (3, 12)
        and multiprocessing.get_all_start_methods()[0] == "fork"  # the default, not fixing it
        and "forkserver" in multiprocessing.get_all_start_methods()
    ):
        return "forkserver"
    return None


def _start_worker(knowledge: Knowledge | None) -> None:
    """Load the knowledge (and compile the patterns) once per worker, not per report."""
    global _WORKER_KNOWLEDGE  # noqa: PLW0603 - one worker process, one knowledge base
    _WORKER_KNOWLEDGE = knowledge or default_knowledge()
    parse("Warm-up: Wang Yi met Sergey Lavrov in Beijing on Monday.", knowledge=_WORKER_KNOWLEDGE)


def _parse_chunk(chunk: list[_Job]) -> list[Report]:
    """A worker's task: parse a few reports."""
    return [parse(text, knowledge=_WORKER_KNOWLEDGE, **kwargs) for text, kwargs in chunk]


def _pooled(
    jobs: Iterator[_Job],
    workers: int,
    chunksize: int,
    knowledge: Knowledge | None,
    start_method: str | None,
) -> Iterator[Report]:
    context = multiprocessing.get_context(_start_method(start_method))
    # Each entry: the chunk and its future, or the error that stopped reading the input.
    window: deque[tuple[list[_Job], Future[list[Report]]] | BaseException] = deque()
    exhausted = False
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(knowledge,),
    ) as pool:
        try:
            while True:
                while not exhausted and len(window) < workers * _IN_FLIGHT_PER_WORKER:
                    chunk: list[_Job] = []
                    try:
                        while len(chunk) < chunksize:
                            chunk.append(next(jobs))
                    except StopIteration:
                        exhausted = True
                    except Exception as exc:  # a bad item: raised in its place, in order
                        exhausted = True
                        if chunk:
                            window.append((chunk, pool.submit(_parse_chunk, chunk)))
                        window.append(exc)
                        break
                    if chunk:
                        window.append((chunk, pool.submit(_parse_chunk, chunk)))
                if not window:
                    return
                entry = window.popleft()
                if isinstance(entry, BaseException):
                    raise entry
                chunk, future = entry
                try:
                    reports = future.result()
                except Exception:
                    # A worker failed (or died): parse the chunk here, so the reports before
                    # the one that failed still come out, and its error is raised as it is.
                    reports = list(_serial(iter(chunk), knowledge))
                yield from reports
        finally:
            for pending in window:
                if not isinstance(pending, BaseException):
                    pending[1].cancel()
