r"""Facts read from a regular expression's parse tree, for cheap exact tests before a search.

The standard library's own parser (`re._parser`, read only) gives a pattern's tree;
from it come the literal strings every match starts with (a `str.find` before the
search), and the characters a match may open with and its shortest and longest
length (a line that cannot match is never tried). Every fact is a superset of what
the pattern may match, so a test built on it only skips searches that would fail.
Should the parser be missing or changed, there are no facts and every search runs.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from typing import Any, NamedTuple

__all__ = ["Shape", "length_bucket", "literal_starts", "may_match", "shape"]

try:
    _RE_PARSER: Any = importlib.import_module("re._parser")
    """The standard library's regular-expression parser (read-only use: the pattern tree)."""
except ImportError:  # pragma: no cover - a Python without it: no facts, every test runs
    _RE_PARSER = None
_MAX_STARTS = 64


def _starts_of(items: Any) -> tuple[list[str], bool] | None:
    """Literal strings one of which every match of a parsed sequence starts with.

    Also whether they are the whole match (the sequence is literal text and
    alternations of literal text), so that what follows extends them. None
    when a match may start with anything (or the tree is not understood).
    """
    literal, branch = _RE_PARSER.LITERAL, _RE_PARSER.BRANCH
    starts = [""]
    for op, av in items:
        if op is literal:
            starts = [s + chr(av) for s in starts]
            continue
        if op is not branch:
            return starts, False
        subs = [_starts_of(b) for b in av[1]]
        if any(sub is None or "" in sub[0] for sub in subs):
            return starts, False
        tails = [t for sub in subs if sub is not None for t in sub[0]]
        if len(starts) * len(tails) > _MAX_STARTS:
            return starts, False
        starts = [s + t for s in starts for t in tails]
        if not all(sub is not None and sub[1] for sub in subs):
            return starts, False
    return starts, True


@functools.lru_cache(maxsize=1024)
def literal_starts(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    r"""Literal strings one of which every match of a case-sensitive `regex` contains.

    Each is where a match starts (`BJT\b|GMT\s?\+` -> `BJT`, `GMT`), so
    `regex` cannot match a text containing none of them: a cheap `in` test
    before the search. None when there is no such test (a match may start
    with anything, or the pattern ignores case).

    Examples:
        >>> literal_starts(re.compile(r"\((?:Xinhua|XINHUA)\) ?--"))
        ('(Xinhua)', '(XINHUA)')
        >>> literal_starts(re.compile(r"[Ff]ont")) is None
        True
    """
    if _RE_PARSER is None or regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    try:
        found = _starts_of(_RE_PARSER.parse(regex.pattern, regex.flags))
    except Exception:  # a parser that changed: no pre-test, same results
        return None
    if found is None or "" in found[0]:
        return None
    return tuple(found[0])


_ASCII = [chr(c) for c in range(128)]
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


@functools.cache
def _ascii_matching(pattern: str) -> frozenset[str]:
    """The ASCII characters a one-character pattern matches, ignoring case."""
    regex = re.compile(pattern, re.IGNORECASE)
    return frozenset(c for c in _ASCII if regex.fullmatch(c))


def _item_firsts(op: Any, av: Any) -> frozenset[str] | None:
    """The ASCII characters one item of a character class matches (None: not known)."""
    if op is _RE_PARSER.LITERAL:
        char = chr(av)
        if char.isascii():  # ignoring case, an ASCII character matches its two cases only
            return frozenset((char.lower(), char.upper()))
        return _ascii_matching(re.escape(char))
    if op is _RE_PARSER.RANGE:
        return _ascii_matching(f"[{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}]")
    if op is _RE_PARSER.CATEGORY:
        category = _CATEGORIES.get(str(av).replace("UNI_", ""))
        return None if category is None else _ascii_matching(category)
    return None


def _firsts_of(items: Any) -> tuple[frozenset[str] | None, bool]:
    """The ASCII characters a match of a parsed sequence may open with, and whether it may be empty.

    None for the characters when any character may open it (or the tree is
    not understood). Case is ignored (a superset for case-sensitive parts),
    and a lookaround counts as empty (a superset too).
    """
    firsts: set[str] = set()
    for op, av in items:
        found, empty = _op_firsts(op, av)
        if found is None:
            return None, False
        firsts |= found
        if not empty:
            return frozenset(firsts), False
    return frozenset(firsts), True


def _op_firsts(op: Any, av: Any) -> tuple[frozenset[str] | None, bool]:
    p = _RE_PARSER
    if op is p.LITERAL:
        return _item_firsts(op, av), False
    if op is p.IN:
        firsts: set[str] = set()
        for item_op, item_av in av:
            found = _item_firsts(item_op, item_av)
            if found is None:
                return None, False
            firsts |= found
        return frozenset(firsts), False
    if op is p.BRANCH:
        firsts = set()
        any_empty = False
        for branch in av[1]:
            found, empty = _firsts_of(branch)
            if found is None:
                return None, False
            firsts |= found
            any_empty = any_empty or empty
        return frozenset(firsts), any_empty
    if op is p.SUBPATTERN:
        return _firsts_of(av[3])
    if op is p.ATOMIC_GROUP:
        return _firsts_of(av)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        found, empty = _firsts_of(av[2])
        return (None, False) if found is None else (found, empty or av[0] == 0)
    if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
        return frozenset(), True
    return None, False


class Shape(NamedTuple):
    """What a line a pattern matches whole must look like."""

    firsts: frozenset[str] | None
    """The ASCII characters it may open with (None: any)."""
    shortest: int
    longest: int


def shape(pattern: str) -> Shape:
    """The shape of the lines `pattern` (ignoring case) matches whole."""
    if _RE_PARSER is None:
        return Shape(None, 0, sys.maxsize)
    try:
        tree = _RE_PARSER.parse(pattern, re.IGNORECASE)
        firsts, _ = _firsts_of(tree)
        shortest, longest = tree.getwidth()
    except Exception:  # a parser that changed: no shape, every line is tried
        return Shape(None, 0, sys.maxsize)
    return Shape(firsts, shortest, longest)


_BUCKET_WIDTH = 64


def length_bucket(length: int) -> int:
    """Lines are tried by length buckets: by powers of two, then 64 characters wide."""
    if length < 2 * _BUCKET_WIDTH:
        return length.bit_length()
    return 8 + length // _BUCKET_WIDTH - 2


def _bucket_lengths(bucket: int) -> tuple[int, int]:
    """The shortest and the longest length of a bucket's lines."""
    if bucket < 8:
        return (1 << bucket) >> 1, (1 << bucket) - 1
    shortest = (bucket - 8 + 2) * _BUCKET_WIDTH
    return shortest, shortest + _BUCKET_WIDTH - 1


def may_match(shape: Shape, first: str | None, bucket: int) -> bool:
    """Whether a line that opens with `first` (None: not ASCII) and in a length bucket may match."""
    if first is not None and shape.firsts is not None and first not in shape.firsts:
        return False
    shortest, longest = _bucket_lengths(bucket)
    return shape.longest >= shortest and shape.shortest <= longest
