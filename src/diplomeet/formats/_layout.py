r"""The page-layout reader the built-in source formats share.

A source format is mostly a few marks to recognise its pages by and a list of
the header lines it reads its publication date from; everything else is
common to all pages and lives here: lines with their offsets, page furniture
(patterns kept as data in `knowledge/data/furniture.json`), header dates, wire
datelines, photo captions, a video page's metadata block, paragraphs, and the
headline.

Every span indexes the original text. Every regular expression is compiled
once (at import, or for the furniture patterns a line of a given first
character and length may match, on first use) and is linear in the length of
what it reads (bounded repetitions, no quantifier on a group that repeats a
quantifier), so a page of any size and content is read in time linear in its
length, and never raises.

Speed: most work is skipped by cheap, exact tests first. A line is tried only
with the furniture patterns that may match it whole (by its first character
and length, read from the patterns' parse trees); a dateline pattern only
after a city and a comma or a bracket; a mark's search only when one of its
literal starts occurs, all of which one search finds for all formats at once.

Examples:
    >>> from diplomeet.formats._layout import LayoutFormat, mark
    >>> fmt = LayoutFormat("wire", marks=(mark(r"\(Wire\)", 0.8),), headers=("timestamp",))
    >>> page = "Home > World\nMinisters meet\n\nPARIS, May 2 (Wire) -- They met."
    >>> env = fmt.envelope(page)
    >>> env.title, env.dateline.city, [page[s:e] for s, e in env.story]
    ('Ministers meet', 'Paris', ['They met.'])
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from attrs import frozen

from diplomeet.formats._base import Envelope
from diplomeet.formats._patterns import length_bucket, literal_starts, may_match, shape
from diplomeet.knowledge import default_knowledge
from diplomeet.model import Caption, Dateline, Span

__all__ = [
    "HEADERS",
    "HSPACE",
    "WHITESPACE",
    "Furniture",
    "HeaderPattern",
    "LayoutFormat",
    "Line",
    "Mark",
    "caption_credit",
    "copyright_year",
    "default_furniture",
    "find_dateline",
    "make_date",
    "mark",
    "month_number",
    "parse_date_text",
    "read_envelope",
    "sniff_score",
    "split_lines",
]

log = logging.getLogger(__name__)

WHITESPACE = (
    "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\u200c\u200d\u2060\ufeff"
)
"""Every character trimmed around a line: white space (tabs, non-breaking and
ideographic spaces, line breaks) and the zero-width characters scrapers leave."""

HSPACE = r"[ \t\u00a0]"
"""A regular expression for one horizontal space (a space, a tab or a non-breaking space)."""

_MAX_FURNITURE_LINE = 2000
"""Longer lines are never furniture (and are not run through the patterns)."""
_MAX_HEADER_LINE = 200
_MAX_BOX_LINE = 150
_PROSE_LINE = 80
"""A line longer than this that closes like a sentence is the story's prose (not `DW | Made
for minds.`): a box after it may hold its links apart, blank lines between."""
_MAX_WRAP_WIDTH = 100
_MAX_TITLE_CHARS = 250
_MAX_TITLE_WORDS = 30
_SNIFF_HEAD = 20_000
_SNIFF_TAIL = 10_000

# ----------------------------------------------------------------------------- lines


class Line(NamedTuple):
    """One line of the input, trimmed of white space.

    `start` and `end` are offsets into the original text; `text` is
    `original[start:end]`. A blank line has `text == ""` (its offsets are
    not kept: every blank line is the same `Line(0, 0, "")`).
    """

    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    r"""Cut `text` into lines (at `\n`, `\r\n`, `\r` and the other Unicode line breaks).

    Examples:
        >>> [tuple(line) for line in split_lines(" a \r\n\n\xa0b")]
        [(1, 2, 'a'), (0, 0, ''), (7, 8, 'b')]
    """
    lines: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip(WHITESPACE)
        if stripped:
            # White space before the first character of `stripped` is all it follows.
            start = pos if raw[0] == stripped[0] else pos + raw.find(stripped[0])
            lines.append(Line(start, start + len(stripped), stripped))
        else:
            lines.append(_BLANK)
        pos += len(raw)
    return lines


_BLANK = Line(0, 0, "")


# ----------------------------------------------------------------------------- dates


def _load_month_names() -> dict[str, int]:
    """The month names of every language in `formats/month_names.json`, merged."""
    raw = resources.files("diplomeet").joinpath("formats", "month_names.json")
    table: dict[str, int] = {}
    for language, names in json.loads(raw.read_text(encoding="utf-8")).items():
        if not language.startswith("_"):
            table.update(names)
    return table


_MONTHS = _load_month_names()
"""Month names and abbreviations, lower case, in the languages pages date themselves in
(`abril`, `março`, `avril`, `Oktober`): header and byline dates are often not in English."""


def month_number(word: str) -> int | None:
    """The month a name or abbreviation stands for (`Sept.` -> 9), or None.

    Examples:
        >>> month_number("Sept."), month_number("september"), month_number("Sun")
        (9, 9, None)
        >>> month_number("abril"), month_number("Março")
        (4, 3)
    """
    return _MONTHS.get(word.strip().rstrip(".").lower())


def make_date(year: int | str, month: int | str, day: int | str) -> dt.date | None:
    """A date from its parts, or None if they make no calendar day.

    Two-digit years are read as 2000-2069 or 1970-1999; a month may be a name.

    Examples:
        >>> make_date("21", "09", "17")
        datetime.date(2021, 9, 17)
        >>> make_date(2021, "Feb", 30) is None
        True
    """
    try:
        m = month if isinstance(month, int) else (month_number(month) or int(month))
        y, d = int(year), int(day)
        if isinstance(year, str) and len(year.strip()) <= 2:
            y += 2000 if y < 70 else 1900
        return dt.date(y, m, d)
    except (ValueError, TypeError, OverflowError):
        return None


_DATE_TEXTS = [
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(
        r"(?P<m>[a-z]{3,9})\.?[ \t\u00a0]{1,3}(?P<d>\d{1,2})(?:st|nd|rd|th)?,?"
        r"[ \t\u00a0]{1,3}(?P<y>\d{4})",
        re.I,
    ),
    re.compile(
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0-]{1,3}(?P<m>[a-z]{3,9})\.?"
        r"[ \t\u00a0,-]{1,3}(?P<y>\d{4})",
        re.I,
    ),
]


def parse_date_text(value: str) -> dt.date | None:
    """A date written in a common form at the start of `value`, or None.

    Reads `2017-02-16`, `Feb 16, 2017`, `February 16 2017`, `16 Feb 2017`,
    `16-Feb-2017`; anything after the date (a time) is ignored.

    Examples:
        >>> parse_date_text("Feb 16, 2017 (Thursday)")
        datetime.date(2017, 2, 16)
        >>> parse_date_text("Feb 30, 2017") is None
        True
    """
    value = value.strip(WHITESPACE)[:100]
    for regex in _DATE_TEXTS:
        m = regex.match(value)
        if m:
            return make_date(m["y"], m["m"], m["d"])
    return None


@frozen
class HeaderPattern:
    """A header line a page dates itself with.

    `regex` is matched against a whole trimmed line and has the named groups
    `y`, `m` (a number or a month name) and `d`.
    """

    name: str
    """A short name formats list the headers they read by."""
    regex: re.Pattern[str]
    """The compiled pattern."""
    example: str
    """A line it reads (documentation, and checked by the tests)."""

    def read(self, line: str) -> dt.date | None:
        """The date on `line` if the whole line is this header and the date exists."""
        m = self.regex.fullmatch(line)
        return make_date(m["y"], m["m"], m["d"]) if m else None


_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_ISO = r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
_MDY_WORDS = (
    r"(?P<m>[a-z]{3,9})\.?\s{1,3}(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s{0,3}|\s{1,3})(?P<y>\d{4})"
)
"""`Dec 11, 2023`, `Dec 11,2023`, `March 3rd 2024`."""


# Parts of a free-standing date line: `New Delhi, Updated: Friday, Dec 28, 2023 07:15 IST`.
_PLACE_PREFIX = r"(?:[a-z][a-z .'\-]{1,30}?(?:,|\s[-–—|])\s{0,3})?"
_LABEL = (
    r"(?:(?:published|updated|posted|last updated|date|publication date|date of publication"
    r"|release date|date published)\s{0,3}(?:on)?\s{0,3}[:：]?\s{0,3})?"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s{1,3})?"
_ZONE = (
    r"(?:\s{0,2}[ap]\.?m\.?)?"
    r"(?:\s{0,3}\(?[a-z]{2,5}(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?)?"
    r"(?:\s{0,3}\|[^|\n]{0,40})?(?:\s{0,3}\|[^|\n]{0,40})?"
)
_AT_TIME = r"(?:\s{0,3}at)?"
_CLOCK = r"\d{1,2}(?::|h)\d{2}(?::\d{2})?"
"""A time of day, `20:14` or `18h40`."""
_UPDATED = r"(?:\s{0,3}[(|,;\-–]?\s{0,3}(?:updated|last updated|modified)\b[^\n]{0,60})?"
"""What may follow a header's date: when the page was updated (`Updated 3 hours ago`,
`(updated: 20:31 21.10.2024)`, `Updated on 05/06/2023 19h12`)."""


def _header(name: str, pattern: str, example: str) -> HeaderPattern:
    return HeaderPattern(name, re.compile(pattern, re.IGNORECASE), example)


_HEADER_LIST = [
    _header(
        "timestamp",
        rf"[(\[]?{_ISO}(?:[ T]{{1,3}}{_TIME})?[)\]]?",
        "(2017-08-06 10:33)",
    ),
    _header(
        "labelled",
        rf"(?:published|updated|last updated|posted|release time|released|date|time)\s{{0,3}}"
        rf"(?:on|at)?\s{{0,3}}[:：]?\s{{0,3}}{_ISO}(?:\s{{1,3}}{_TIME})?"
        r"(?:\s{0,3}\(?(?:BJT|GMT\s?\+\s?8|UTC\s?\+\s?8|Beijing Time)\)?)?",
        "Published: 2013-4-13 17:56:56",
    ),
    _header(
        "bjt",
        rf"(?:source\s{{0,3}}[:：][^|\d]{{0,60}}?)?\s{{0,3}}"
        rf"(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-(?P<y>\d{{2}}|\d{{4}})\s{{1,3}}{_TIME}"
        r"(?:\s{1,3}updated)?\s{0,3}BJT",
        "Source:Xinhua 17-09-21 09:01 Updated BJT",
    ),
    _header(
        "gmt8",
        rf"[^\d]{{0,60}}?{_ISO}\s{{1,3}}{_TIME}\s{{0,3}}\(?(?:GMT|UTC)\s?\+\s?0?8(?::?00)?\)?",
        "2017-02-08 09:53 GMT+8",
    ),
    _header(
        "source_mdy",
        r"source\s{0,3}[:：][^|\n]{1,60}\|\s{0,3}"
        rf"(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})-(?P<y>\d{{4}})(?:\s{{1,3}}{_TIME})?",
        "Source:CCTV.com | 04-27-2009 13:29",
    ),
    _header(
        "source_ymd",
        rf"source\s{{0,3}}[:：][^|\n]{{1,60}}\|\s{{0,3}}{_ISO}(?:\s{{1,3}}{_TIME})?"
        r"(?:\s{0,3}\|[^\n]{0,100})?",
        "Source: Xinhua | 2023-05-25 09:22:11 | Editor: huaxia",
    ),
    _header(
        "time_mdy",
        rf"[^\d\n]{{0,80}}?\)\s{{0,3}}{_TIME},?\s{{0,3}}{_MDY_WORDS}",
        "Xinhua) 09:22, May 25, 2023",
    ),
    _header(
        "updated_dmy",
        rf"(?:updated\s{{0,3}}[:：]?\s{{0,3}})?{_TIME},?\s{{0,3}}"
        r"(?P<d>\d{1,2})-(?P<m>[a-z]{3,9})-(?P<y>\d{4})",
        "Updated 21:07, 13-Jul-2025",
    ),
    _header(
        "mdy",
        rf"{_PLACE_PREFIX}{_LABEL}{_WEEKDAY}{_MDY_WORDS}"
        rf"(?:{_AT_TIME}[ ,|\-–]{{1,4}}{_TIME}{_ZONE})?{_UPDATED}",
        "March 8, 2024 9:41 PM GMT+1 Updated 3 hours ago",
    ),
    _header(
        "dmy_numeric",
        rf"(?:{_CLOCK}\s{{1,3}})?"
        rf"(?:\d{{1,6}}-)?(?P<d>\d{{1,2}})[-./](?P<m>\d{{1,2}})[-./](?P<y>\d{{4}})"
        rf"(?:[ ,|]{{1,4}}{_CLOCK}{_ZONE})?{_UPDATED}",
        "20:14 21.10.2024 (updated: 20:31 21.10.2024)",
    ),
    _header(
        "hijri_iso",
        rf"{_WEEKDAY}\d{{4}}/\d{{1,2}}/\d{{1,2}}\s{{1,3}}[-–|]\s{{1,3}}"
        r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})",
        "Tuesday 1446/3/21 - 2024/09/24",
    ),
    _header(
        "time_first",
        rf"{_LABEL}{_TIME}{_ZONE},?\s{{0,3}}{_MDY_WORDS}",
        "Updated 5:47 PM GMT+3, February 18, 2025",
    ),
    _header(
        "dmy",
        rf"{_PLACE_PREFIX}{_LABEL}{_WEEKDAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?"
        r"(?P<m>[a-z]{3,9})\.?,?"
        rf"\s{{1,3}}(?:of\s{{1,3}})?(?P<y>\d{{4}})(?:[ ,|]{{1,4}}{_TIME}{_ZONE})?",
        "Published on 18th of October, 2024",
    ),
]
HEADERS: Mapping[str, HeaderPattern] = {h.name: h for h in _HEADER_LIST}
"""The header lines formats read publication dates from, by name.

Every line any of them matches is furniture, whichever format reads the page;
a format takes the publication date only from the headers it lists.
"""

_ANY_HEADER = re.compile(
    "|".join(
        f"(?P<{h.name}>{h.regex.pattern.replace('(?P<', f'(?P<{h.name}_')})" for h in _HEADER_LIST
    ),
    re.IGNORECASE,
)

_DIGIT = re.compile(r"\d")
"""Every header line has a digit: lines without one skip the header patterns."""

_SCRAPER_DATE = re.compile(
    r"date[ \t\u00a0]{0,3}[:=]?[ \t\u00a0]{0,3}(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d:])",
    re.IGNORECASE,
)

# ----------------------------------------------------------------------------- furniture

_TOKEN = re.compile(r"[^\s|/>»›·•,]++")
"""A word of a line (cut at white space, commas and menu separators)."""
_FIRST_TOKEN = re.compile(r"[\s|/>»›·•,]*+([^\s|/>»›·•,]++)")
"""The first word of a line."""
_MENU_SEPARATOR = re.compile(r"[|/>»›·•]")
# A breadcrumb or menu cut into items: by arrows, by spaced bars and slashes,
# or by runs of two or more spaces.
_CRUMB_SPLIT = re.compile(
    r"[ \t\u00a0]*[>»›][ \t\u00a0]*|[ \t\u00a0]+[|/·•][ \t\u00a0]+|[ \t\u00a0]{2,}"
)
_CRUMB_ARROW = re.compile(r"[>»›]|[ \t\u00a0]{3}")
_MAX_CRUMB_ITEM = 30
_ARROWS = re.compile(r"[>»›]")
_MAX_TRAIL_ITEM = 60


def _words_within(line: str, vocabulary: frozenset[str], more: frozenset[str] = frozenset()) -> int:
    """How many words the line has if each is in one of the vocabularies (case-folded), else 0."""
    count = 0
    for m in _TOKEN.finditer(line):
        word = m[0].casefold()
        if word not in vocabulary and word not in more:
            return 0
        count += 1
    return count


def _has_digit(line: str) -> bool:
    """Whether any character of `line` is a digit (`str.isdigit`)."""
    if _DIGIT.search(line):
        return True
    # Beyond the decimal digits `\d` finds, `isdigit` takes superscripts and the like.
    return not line.isascii() and any(c.isdigit() for c in line)


_CRUMB_SEPARATOR = re.compile(r"[>»›|/·•\t\u00a0]|  ")
"""What `_CRUMB_SPLIT` cuts at has one of these (a cheap test before the split)."""


def _is_crumbs(line: str) -> bool:
    """Whether a line is a breadcrumb trail or a row of menu items or buttons.

    Every item is short (three words at most), opens with a capital and ends
    without punctuation, and the line holds no digit. Three or more items make
    a menu; two do when they are cut by an arrow (`Media Center > Press
    Releases`) or three spaces, or when the line is all capitals (`WORLD NEWS
    | ASIA-PACIFIC`).
    """
    if len(line) > 200 or not _CRUMB_SEPARATOR.search(line) or _has_digit(line):
        return False
    items = _CRUMB_SPLIT.split(line)
    if len(items) < 2:
        return False
    # Two arrows or more make a trail whose items may be longer (`EEAS > Delegation of the
    # European Union to Ukraine > Press material`).
    trail = len(_ARROWS.findall(line)) >= 2
    longest, most_words = (_MAX_TRAIL_ITEM, 8) if trail else (_MAX_CRUMB_ITEM, 3)
    for item in items:
        if not item or len(item) > longest or len(item.split()) > most_words:
            return False
        if not item[0].isupper() or item[-1] in ".,;:!?\"'”’)":
            return False
    return (
        len(items) >= 3
        or (len(items) == 2 and all(len(item.split()) <= 2 for item in items))
        or _CRUMB_ARROW.search(line) is not None
        or not any(c.islower() for c in line)
    )


def _packaged_data() -> str:
    data = resources.files("diplomeet").joinpath("knowledge").joinpath("data")
    return data.joinpath("furniture.json").read_text(encoding="utf-8")


class _LinePlan(NamedTuple):
    """The furniture patterns to try on lines of one first character and length bucket."""

    regex: re.Pattern[str] | None
    """The line patterns that may match, in one alternation."""
    hinted: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    """The hinted patterns that may match, with their hints."""
    hints: tuple[str, ...]
    """All their hints (each once)."""


class Furniture:
    r"""Page-furniture lines: regular expressions, a menu vocabulary and language names.

    A line (trimmed) is furniture if one of the patterns matches all of it
    (ignoring case), if it is a menu (three or more menu words with separators
    such as `|`, or five or more with spaces), if it is made only of
    language names (a language switch), or if it has the shape of a
    breadcrumb or a row of buttons (short capitalised items cut by arrows,
    spaced bars or slashes, or wide gaps: `Media Center > Press Releases`).
    A box heading (`Related stories`, `Search Trends`) also makes furniture of
    the short link lines under it.

    Args:
        patterns: regular expressions for whole lines. A pattern that does not
            compile is skipped with a logged warning.
        menu_words: words a menu line is made of.
        language_names: the names a language switch is made of.
        boxes: regular expressions for box headings (furniture themselves).
        hinted: pairs of a regular expression for whole lines and the lowercase
            substrings (any one) a line must contain for it to be tried.

    Examples:
        >>> f = Furniture([r"share this\s*:?"], menu_words=["home", "world", "china"])
        >>> f.matches("Share this:"), f.matches("Home | World | China"), f.matches("Home")
        (True, True, False)
    """

    def __init__(
        self,
        patterns: Iterable[str],
        *,
        menu_words: Iterable[str] = (),
        language_names: Iterable[str] = (),
        boxes: Iterable[str] = (),
        hinted: Iterable[tuple[str, Sequence[str]]] = (),
    ) -> None:
        good = _valid_patterns(patterns)
        good_boxes = _valid_patterns(boxes)
        hinted = list(hinted)
        good_hinted = set(_valid_patterns(p for p, _ in hinted))
        self.patterns: tuple[str, ...] = tuple(good)
        """The line patterns in use (tried on every line)."""
        self.hinted: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
            (re.compile(p, re.IGNORECASE), tuple(h.lower() for h in hints))
            for p, hints in hinted
            if p in good_hinted
        )
        """The patterns tried only on lines that contain one of their hints."""
        self.boxes: tuple[str, ...] = tuple(good_boxes)
        """The box-heading patterns in use."""
        self.menu_words: frozenset[str] = frozenset(w.casefold() for w in menu_words)
        """Words a menu line is made of (case-folded)."""
        self.language_names: frozenset[str] = frozenset(w.casefold() for w in language_names)
        """Names a language switch is made of (case-folded)."""
        combined = _combinable(good + good_boxes)
        self._regex = _alternation(combined)
        self._box = _alternation(_combinable(good_boxes))
        # Which patterns may match a line whole, by its first character and length:
        # most lines are tried with a few patterns only. (Not with capturing groups,
        # whose numbers, and so back-references, depend on the patterns around them.)
        self._combined = combined
        self._shapes = (
            [shape(p) for p in combined]
            if self._regex is not None and self._regex.groups == 0
            else None
        )
        self._hinted_shapes = [shape(regex.pattern) for regex, _ in self.hinted]
        self._plans: dict[tuple[str | None, int], _LinePlan] = {}
        self._subsets: dict[tuple[int, ...], re.Pattern[str] | None] = {}

    @classmethod
    def load(cls, *extra: str | Path) -> Furniture:
        """The packaged furniture, plus the entries of any extra JSON files.

        Each file has the shape of `knowledge/data/furniture.json`:
        `{"patterns": [{"pattern": ..., "comment": ..., "hint": [...], "box": false}],
        "menu_words": [...], "language_names": [...]}` (every key optional;
        `"box": true` marks a box heading, `"hint"` lists substrings a line must
        contain for the pattern to be tried).
        """
        patterns: list[str] = []
        boxes: list[str] = []
        hinted: list[tuple[str, list[str]]] = []
        menu: list[str] = []
        languages: list[str] = []
        for raw in (_packaged_data(), *(Path(p).read_text(encoding="utf-8") for p in extra)):
            data: Any = json.loads(raw)
            for entry in data.get("patterns", []):
                if isinstance(entry, dict) and entry.get("box"):
                    boxes.append(entry["pattern"])
                elif isinstance(entry, dict) and entry.get("hint"):
                    hinted.append((entry["pattern"], list(entry["hint"])))
                elif isinstance(entry, dict):
                    patterns.append(entry["pattern"])
                else:
                    patterns.append(entry)
            menu.extend(data.get("menu_words", []))
            languages.extend(data.get("language_names", []))
        return cls(patterns, menu_words=menu, language_names=languages, boxes=boxes, hinted=hinted)

    def _plan(self, line: str) -> _LinePlan:
        """The patterns that may match `line` whole (by its first character and its length)."""
        first = line[0] if line[0].isascii() else None
        key = (first, length_bucket(len(line)))
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._make_plan(*key)
        return plan

    def _make_plan(self, first: str | None, bucket: int) -> _LinePlan:
        regex = self._regex
        if self._shapes is not None:
            kept = tuple(
                i for i, shape in enumerate(self._shapes) if may_match(shape, first, bucket)
            )
            if kept not in self._subsets:
                self._subsets[kept] = _alternation([self._combined[i] for i in kept])
            regex = self._subsets[kept]
        hinted = tuple(
            entry
            for entry, shape in zip(self.hinted, self._hinted_shapes, strict=True)
            if may_match(shape, first, bucket)
        )
        hints = tuple(dict.fromkeys(h for _, hints in hinted for h in hints))
        return _LinePlan(regex, hinted, hints)

    def matches(self, line: str) -> bool:
        """Whether the (trimmed) line is page furniture."""
        if not line or len(line) > _MAX_FURNITURE_LINE:
            return False
        regex, hinted, hints_of_hinted = self._plan(line)
        if regex is not None and regex.fullmatch(line):
            return True
        if hinted:
            low = line.lower()
            present = [h for h in hints_of_hinted if h in low]
            if present:
                for regex, hints in hinted:
                    if any(h in present for h in hints) and regex.fullmatch(line):
                        return True
        if len(line) > 200:
            return False
        if ("   " in line or "\t" in line) and self.segmented(line):
            return True
        # Most lines fail on their first word: the others are read only if it passes.
        first = _FIRST_TOKEN.match(line)
        if first is None:
            return False  # no word at all
        first_word = first[1].casefold()
        languages, menu = self.language_names, self.menu_words
        if first_word in languages and _words_within(line, languages):
            return True  # a language switch
        if _is_crumbs(line):
            return True
        if first_word not in menu and first_word not in languages:
            return False
        # A menu: three words with separators, or five without.
        words = _words_within(line, menu, languages)
        return words >= 5 or (words >= 3 and _MENU_SEPARATOR.search(line) is not None)

    def segmented(self, line: str) -> bool:
        """Whether a line of items cut by wide spaces is furniture item by item.

        (`Category: News    Thursday, 13 July 2023    Viewed: 1,218 times`, `Date    2023-11-26
        Hits    2417`, `Skip to main content    Screen Reader Access    A-  A  A+`.) Each
        item is furniture, a date, a number or a page's label.
        """
        items = [item for item in _SEGMENTS.split(line) if item]
        return len(items) >= 2 and all(
            item.lower() in _PAGE_LABELS
            or _NUMBER.fullmatch(item) is not None
            or _date_line(item)
            or _ANY_HEADER.fullmatch(item) is not None
            or ("   " not in item and "\t" not in item and self.matches(item))
            for item in items
        )

    def opens_box(self, line: str) -> bool:
        """Whether the (trimmed) line is a box heading such as `Related stories`."""
        return self._box is not None and len(line) <= 200 and self._box.fullmatch(line) is not None


_SEGMENTS = re.compile(r"[ \u00a0]{3,}|\t+")
_NUMBER = re.compile(r"[\d,.:/\-]{1,20}")
_PAGE_LABELS = frozenset(
    "date time hits views viewed visits reads author source category section updated "
    "published posted print email share".split()
)
"""Labels of a page's metadata, written apart from their values (`Date    2023-11-26`)."""


def _valid_patterns(patterns: Iterable[str]) -> list[str]:
    good: list[str] = []
    for pattern in patterns:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            log.warning("furniture pattern %r skipped: %s", pattern, exc)
            continue
        good.append(pattern)
    return good


def _combinable(patterns: Sequence[str]) -> list[str]:
    """The patterns that can be joined in one alternation (ignoring case)."""
    try:
        re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:  # e.g. a global flag inside one pattern: keep those that combine
        return [p for p in patterns if _compiles(f"(?:{p})")]
    return list(patterns)


def _alternation(patterns: Sequence[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        log.warning("furniture pattern %r skipped: %s", pattern, exc)
        return False
    return True


_DEFAULT_FURNITURE = Furniture.load()


def default_furniture() -> Furniture:
    """The packaged furniture (`knowledge/data/furniture.json`, compiled once at import)."""
    return _DEFAULT_FURNITURE


# ----------------------------------------------------------------------------- datelines

_SP = r"[ \t\u00a0]"
# The letters of a city's name, accented Latin ones included (`Lomé`, `Brasília`, `Chișinău`),
# and those that may open it.
_LET = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f"
_CITY = rf"[{_UP}][{_LET}.'’\- ]"
"""A city's first letter and the class of the characters after it (a repeat follows)."""
# The date of an agency's dateline: `, Sept. 16`, `, 14th October, 2024`, or with no comma
# after the city (then only a known city or one in capitals) `October 14/2022`.
_AGENCY_DATE = (
    r"(?:(?:,|(?P<bare>" + _SP + r"))" + _SP + r"{0,3}"
    r"(?:(?P<month>[A-Za-z]{3,9}\.?)" + _SP + r"{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<dday>\d{1,2})(?:st|nd|rd|th)?" + _SP + r"{1,3}(?P<dmonth>[A-Za-z]{3,9}\.?))"
    r"(?:(?:/|,?" + _SP + r"{1,3})(?P<year>\d{4}))?)?"
)
_DATELINE = re.compile(
    r"(?P<city>" + _CITY + r"{0,40}?)"
    r"(?:,[ \t\u00a0]{0,3}(?P<region>"
    + _CITY
    + r"{0,40}?))?"
    + _AGENCY_DATE
    + r"[ \t\u00a0]{0,3}\((?P<agency>[A-Z][A-Za-z.'’ ]{0,30})\)"
    # `(EFE).-`: a full stop may stand before the dash.
    r"(?:[ \t\u00a0]{0,3}\.?[ \t\u00a0]{0,3}(?P<sep>--|—|–|‑|-|:))?[ \t\u00a0]{0,3}"
)
# Other wires' datelines: `MOSCOW, April 18. /TASS/.` and `Brussels, 27/01/2025 –`.
_DATELINE_SLASHED = re.compile(
    r"(?P<city>" + _CITY + r"{0,40}?),[ \t\u00a0]{0,3}(?P<month>[A-Za-z]{3,9}\.?)"
    r"[ \t\u00a0]{1,3}(?P<day>\d{1,2})\.?[ \t\u00a0]{0,3}/(?P<agency>[A-Z][A-Za-z]{1,15})/\.?"
)
_DATELINE_NUMERIC = re.compile(
    r"(?P<city>" + _CITY + r"{0,40}?),[ \t\u00a0]{0,3}(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})"
    r"[/.](?P<year>\d{4})[ \t\u00a0]{0,3}(?P<sep>--|—|–|-|:)"
)
# A Hijri date written before the Gregorian one (`Rabi' I 10, 1445,` or `10 Ramadan 1445 AH,`):
# Hijri years of these centuries are 1300-1499, no Gregorian year of a report.
_HIJRI = (
    r"(?:(?:[A-Z][A-Za-z'’\- ]{1,20}?"
    + _SP
    + r"\d{1,2}|\d{1,2}"
    + _SP
    + r"[A-Z][A-Za-z'’\- ]{1,20}?)"
    r",?" + _SP + r"1[34]\d\d(?:" + _SP + r"?A\.?H\.?|" + _SP + r"?H)?," + _SP + r"{0,3})?"
)
# After the year, an agency's name in capitals may stand before the dash (`2023, SPA --`).
_AGENCY_AFTER = r"(?:,[ \t\u00a0]{0,3}(?P<agency>[A-Z]{2,12}))?"
# A written date with its year and a dash or colon: `JAKARTA, 14 May 2024 –`,
# `NEW DELHI, August 20, 2024:`.
_DATELINE_DMY = re.compile(
    r"(?P<city>"
    + _CITY
    + r"{0,40}?),[ \t\u00a0]{0,3}"
    + _HIJRI
    + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0]{1,3}"
    r"(?P<month>[A-Za-z]{3,9}\.?),?[ \t\u00a0]{1,3}(?P<year>\d{4})"
    + _AGENCY_AFTER
    + r"[ \t\u00a0]{0,3}(?P<sep>--|—|–|-|:)"
)
_DATELINE_MDY = re.compile(
    r"(?P<city>" + _CITY + r"{0,40}?),[ \t\u00a0]{0,3}" + _HIJRI + r"(?P<month>[A-Za-z]{3,9}\.?)"
    r"[ \t\u00a0]{1,3}(?P<day>\d{1,2}),?[ \t\u00a0]{1,3}(?P<year>\d{4})"
    + _AGENCY_AFTER
    + r"[ \t\u00a0]{0,3}(?P<sep>--|—|–|-|:)"
)
# A month and day with no year and no agency, then a dash: `ASTANA, March 3 --`,
# `Geneva, 14 May -` (a city in capitals, or a known one).
_DATELINE_MD = re.compile(
    r"(?P<city>" + _CITY + r"{0,40}?),[ \t\u00a0]{0,3}"
    r"(?:(?P<month>[A-Za-z]{3,9}\.?)[ \t\u00a0]{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<dday>\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0]{1,3}(?P<dmonth>[A-Za-z]{3,9}\.?))"
    r"[ \t\u00a0]{1,3}(?P<sep>--|—|–|-)[ \t\u00a0]"
)
# A city and a dash, with no agency, its country or state after a comma: in capitals (`LIMA -
# Japanese Prime Minister ...`, `KANANASKIS, Canada - ...`), or a known city written as a
# name, then its own country (`Addis Ababa, Ethiopia - ...`, `Geneva — ...`).
_DATELINE_DASH = re.compile(
    r"(?P<city>" + _CITY + r"{2,30}?)"
    r"(?:,[ \t\u00a0]{1,3}(?P<region>" + _CITY + r"{1,40}?))?"
    r"[ \t\u00a0]{1,3}(?P<sep>--|—|–|-)[ \t\u00a0]"
)
_ANY_DASH = re.compile(r"[-—–]")
# What the datelines with an agency or a comma open with (a cheap test before them): a city
# and at most three spaces, then the comma or the agency's bracket. (The city's characters
# and the spaces are read as one possessive run: no backtracking.)
# A city and a month, with no comma, may stand right before the day (`Addis Ababa October 14`).
_CITY_THEN = re.compile(rf"[{_UP}][{_LET}.'’\- \t\u00a0]{{0,43}}+[,(\d]")
# After that comma: a day, or a month and a day, or a Hijri month and a day (`Rabi' I 10`).
_AFTER_CITY_COMMA = re.compile(
    r",[ \t\u00a0]{0,3}+(?:\d|[A-Za-z]{3,9}+\.?[ \t\u00a0]{1,3}+\d"
    r"|[A-Z][A-Za-z'’ \t\u00a0-]{2,20}+\d)"
)
_SMALL_WORDS = frozenset({"de", "da", "do", "dos", "das", "del", "es", "of", "the", "al", "el"})


def _city_case(city: str) -> str:
    """Title-case a city written in capitals (`ST. PETERSBURG` -> `St. Petersburg`)."""
    if city != city.upper():
        return city
    words = []
    for i, word in enumerate(city.split()):
        low = word.lower()
        if i and low in _SMALL_WORDS:
            words.append(low)
            continue
        parts = []
        for part in low.split("-"):
            head, apo, tail = part.partition("'")
            if apo and len(head) == 1:
                parts.append(head.upper() + apo + tail[:1].upper() + tail[1:])
            else:
                parts.append(part[:1].upper() + part[1:])
        words.append("-".join(parts))
    return " ".join(words)


def _named_city(city: str, region: str | None) -> bool:
    """Whether a city written as a name (not in capitals) opens a dateline with a dash.

    It must be a known city, and the region after it, if any, the city's own country
    (`Addis Ababa, Ethiopia -`, not `Paris, Texas -`).
    """
    kb = default_knowledge()
    known = kb.city(city, fuzzy=False)
    if known is None:
        return False
    if region is not None:
        return kb.country_code(region.strip()) == known.country
    return True


def find_dateline(text: str, start: int, end: int) -> tuple[Dateline, int] | None:
    """A wire dateline at `text[start:]`, and where the story after it starts.

    A dateline is `CITY[, Region], Month D (Agency) --` (or `:` or a dash); a
    dateline without a month needs a city in capitals and a separator.

    Examples:
        >>> s = "DUSHANBE, Sept. 16 (Xinhua) -- Chinese State Councilor"
        >>> d, body = find_dateline(s, 0, len(s))
        >>> d.city, d.month, d.day, d.agency, d.span, s[body:body + 7]
        ('Dushanbe', 9, 16, 'Xinhua', (0, 30), 'Chinese')
    """
    found = _find_dateline(text, start, end)
    return None if found is None else found[:2]


def _find_dateline(text: str, start: int, end: int) -> tuple[Dateline, int, dt.date | None] | None:
    """`find_dateline`, and the day the dateline writes in full (with its year), if it does.

    Forms beyond `find_dateline`'s: the day before the month (`ABU DHABI, 14th October,
    2024 (WAM) --`), a year after the day (`Addis Ababa October 14/2022 (ENA)`: with no
    comma after the city, only a known city or one in capitals), a full stop before the
    dash (`Rabat, Feb 1 (EFE).-`), a Hijri date before the Gregorian one and the agency
    after the year (`Riyadh, Rabi' I 10, 1445, Sep 25, 2023, SPA --`).
    """
    if start >= end or not "A" <= text[start] <= "Z":
        return None  # every dateline opens with a capital
    stop = min(end, start + 160)
    m = None
    opening = _CITY_THEN.match(text, start, stop)
    if opening is not None:
        if text.find("(", start, stop) >= 0:
            m = _DATELINE.match(text, start, stop)
        comma = opening.end() - 1
        if m is None and text[comma] == "," and _AFTER_CITY_COMMA.match(text, comma, stop):
            m = (
                _DATELINE_SLASHED.match(text, start, stop)
                or _DATELINE_NUMERIC.match(text, start, stop)
                or _DATELINE_DMY.match(text, start, stop)
                or _DATELINE_MDY.match(text, start, stop)
                or _DATELINE_MD.match(text, start, stop)
            )
    if m is None and _ANY_DASH.search(text, start, min(end, start + 80)) is not None:
        m = _DATELINE_DASH.match(text, start, min(end, start + 80))
    if m is None:
        return None
    groups = m.groupdict()
    city = m["city"].strip(" -")
    named = m.re is _DATELINE_DASH and city != city.upper()
    if named and not _named_city(city, groups.get("region")):
        return None
    if (
        (m.re in (_DATELINE_DMY, _DATELINE_MDY, _DATELINE_MD) or groups.get("bare"))
        and city != city.upper()
        and default_knowledge().city(city, fuzzy=False) is None
    ):
        return None  # `Xi said, 14 May 2024 -`: a place in capitals, or a known city
    month = day = None
    if groups.get("mnum"):
        month, day = int(m["mnum"]), int(m["day"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
    elif groups.get("month") or groups.get("dmonth"):
        month = month_number(m["month"] or m["dmonth"])
        day = int(m["day"] or m["dday"])
        if month is None or not 1 <= day <= 31:
            return None
    elif not groups.get("sep") or (
        city != city.upper() and len((groups.get("agency") or "").strip()) < 2 and not named
    ):
        return None
    if not city:
        return None
    if month is None:
        kb = default_knowledge()
        if kb.city(city, fuzzy=False) is None and kb.country_code(city) is not None:
            return None  # `HELLENIC REPUBLIC - Ministry of Foreign Affairs`: a masthead
    dateline_end = m.end()
    while dateline_end > start and text[dateline_end - 1] in WHITESPACE:
        dateline_end -= 1
    body = m.end()
    while body < end and text[body] in WHITESPACE:
        body += 1
    dateline = Dateline(
        city=_city_case(city),
        month=month,
        day=day,
        agency=m["agency"].strip() if groups.get("agency") else None,
        span=(start, dateline_end),
    )
    full = make_date(m["year"], month, day) if groups.get("year") and month and day else None
    return dateline, body, full


# ----------------------------------------------------------------------------- captions

_CREDIT_END = re.compile(r"[(\[（](?P<credit>[^()\[\]（）\n]{1,120})[)\]）][ \t\u00a0]{0,3}\.?\Z")
_BARE_CREDIT = re.compile(
    r"(?:photo|photos|file photo|photo by|photo courtesy of|courtesy of|photo\s{0,2}:|"
    r"cfp|afp|reuters|ap|vcg|ic|epa|epa-efe|getty images|afp/getty images|anadolu|sputnik|"
    r"tass|ria novosti|cnsphoto|china news service|kyodo|yonhap|bloomberg|imaginechina|"
    r"visual china group|cgtn photo|xinhua photo)\b[^\n]{0,100}",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"(?:photo taken on|file photo|this (?:undated |handout |file |combination )?photo|"
    r"photo shows|aerial photo taken on|undated photo)\b",
    re.IGNORECASE,
)


def _credit_ok(credit: str) -> bool:
    credit = credit.strip(WHITESPACE)
    if not credit:
        return False
    left, slash, right = credit.partition("/")
    left, right = left.strip(WHITESPACE), right.strip(WHITESPACE)
    if slash and left and right and len(left) <= 40:
        return (left[0].isupper() or not left[0].isascii()) and (
            right[0].isupper() or not right[0].isascii()
        )
    return _BARE_CREDIT.fullmatch(credit) is not None


def _tail_credit(text: str, start: int, end: int) -> str | None:
    # The closing bracket stands among the last five characters (a cheap test first).
    tail = text[max(start, end - 5) : end]
    if ")" not in tail and "]" not in tail and "）" not in tail:
        return None
    m = _CREDIT_END.search(text[max(start, end - 160) : end])
    if m is None or not _credit_ok(m["credit"]):
        return None
    return m["credit"].strip(WHITESPACE)


def caption_credit(text: str, start: int = 0, end: int | None = None) -> tuple[bool, str | None]:
    """Whether `text[start:end]` is a photo caption, and its credit.

    A caption ends in a credit in brackets (`(Xinhua/Li Yong)`,
    `(Photo/Chinese Foreign Ministry)`, `(Li Yong/CGTN)`, `(CFP)`), or starts
    `Photo taken on ...` or `File photo`.

    Examples:
        >>> caption_credit("Wang Yi (R) meets Lavrov in Beijing, July 13. (Xinhua/Li Yong)")
        (True, 'Xinhua/Li Yong')
        >>> caption_credit("The talks were held at the SCO (Shanghai Cooperation Organization).")
        (False, None)
    """
    end = len(text) if end is None else end
    credit = _tail_credit(text, start, end)
    if credit is not None:
        return True, credit
    if _CAPTION_START.match(text, start, end):
        return True, None
    return False, None


# ----------------------------------------------------------------------------- video metadata

_VIDEO_PAGE = re.compile(
    r"^[ \t\u00a0]{0,20}(?:location\(s\)|locations?|duration|shot ?list|story ?line|restrictions|"
    r"video id|aspect ratio)[ \t\u00a0]{0,3}:",
    re.IGNORECASE | re.MULTILINE,
)
# What a line of a video page's metadata block opens with, once trimmed (a cheap test).
_VIDEO_KEY = re.compile(
    r"(?:location\(s\)|locations?|duration|shot ?list|story ?line|restrictions|"
    r"video id|aspect ratio)[ \t\u00a0]{0,3}:",
    re.IGNORECASE,
)
_VIDEO_KEY_FIRSTS = shape(_VIDEO_KEY.pattern).firsts
"""The ASCII characters such a line may open with, read from the pattern (None: any)."""


def _is_video_page(text: str, lines: Iterable[Line]) -> bool:
    """Whether the page has a video page's metadata block (`Location(s) :`, `Duration:`).

    Such a line opens a trimmed line: the lines are tested first, the page
    only if one of them opens so.
    """
    for ln in lines:
        t = ln.text
        if (
            t
            and (_VIDEO_KEY_FIRSTS is None or t[0] in _VIDEO_KEY_FIRSTS or not t[0].isascii())
            and _VIDEO_KEY.match(t)
        ):
            return _VIDEO_PAGE.search(text) is not None
    return False


_META_KEY = re.compile(
    r"(?P<key>date|location\(s\)|locations?|dateline|duration|category|language\(s\)|languages?|"
    r"restrictions|video id|aspect ratio|shot ?list|story ?line|summary|keywords?)"
    r"[ \t\u00a0]{0,3}[:：]",
    re.IGNORECASE,
)
_SHOT = re.compile(r"\d{1,3}\s{0,2}[.)]\s{1,3}\S")
_SHOT_WORDS = re.compile(
    r"\d{1,3}\s{0,2}[.)]\s{1,3}(?:various|wide|medium|mid|close|close-up|closeup|extreme|"
    r"exterior|interior|soundbite|sot|pan|tilt|zoom|tracking|aerial|cutaway|set up|setup|"
    r"set-up|pull out|push in|upsound|vox pop|graphics?|stills?|archive)\b",
    re.IGNORECASE,
)
_SOUNDBITE = re.compile(r"(?:soundbite|sot|upsound)\b", re.IGNORECASE)
_BITE_LABEL = re.compile(
    r"\d{1,3}\s{0,2}[.)]\s{1,3}(?:soundbite|sot)\b\s{0,3}(?:\([^()\n]{1,40}\)\s{0,3})?"
    r"(?:[:\-\u2013]\s{0,3})?(?P<who>[A-Z][^:\n]{2,250}:)\s*(?:$|(?=[\"\u201c]))",
    re.IGNORECASE,
)
"""A shot list's soundbite with its speaker: `4. SOUNDBITE (Chinese) Zhai Jun, envoy:`, the
words said on the lines after it or in quotation marks on its own."""

# ----------------------------------------------------------------------------- paragraphs

_CLOSES = re.compile(r"[.!?。！？…:][\"'”’»)\]]{0,3}\Z")
_OPENS_TITLE = re.compile(r"[\"'“‘«(]?[A-Z0-9\u4e00-\u9fff]")
_TITLE_BAD_END = frozenset(".,;:-–—…/\\|")


def _closes(line: str) -> bool:
    return _CLOSES.search(line[-6:]) is not None


def _is_bare_credit(line: str) -> bool:
    if len(line) > 124 or line[:1] not in "([（" or line[-1:] not in ")]）":
        return False
    return _credit_ok(line[1:-1])


def _headline_cased(line: str) -> bool:
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and 2 * sum(1 for w in words if w[0].isupper()) >= len(words)


_ANY_FULL_DATE = re.compile(
    r"(?<!\d)(?P<d1>\d{1,2})(?P<sep1>[./-])(?P<m1>\d{1,2})(?P=sep1)(?P<y1>\d{4})"
    r"|(?P<y2>\d{4})(?P<sep2>[./-])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2})(?!\d)"
    r"|(?P<m3>[^\W\d_]{3,10})\.?\s{1,3}(?P<d3>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<y3>\d{4})"
    r"|(?P<d4>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:de\s{1,3})?(?P<m4>[^\W\d_]{3,10})\.?,?"
    r"\s{1,3}(?:de\s{1,3})?(?P<y4>\d{4})"
)
"""A full date in any of the common forms: numeric (`20/02/2024`, `14-10-2024`, `05.06.2023`),
ISO and year first with dots or slashes (`2024.05.09`), `Month D, YYYY`, `D Month YYYY`
(`14th October, 2024`), and with the month in
another language (`08 de abril de 2022`, `15 avril 2021`). A word that is no month
makes no date (the match is skipped)."""

_NUMERIC_DATE = re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)\d{4}")


def _day_first(texts: Iterable[str]) -> bool:
    """Whether a page writes its numeric dates day first (`20/02/2024`) or month first.

    The page decides: a first number above 12 can only be a day, a second one
    above 12 only a day too (`09/22/2022`: month first). When no date on the page
    settles it, day first, as most of the world writes it (outlets in the United
    States write month first, and their pages nearly always hold a date that says so).
    """
    for t in texts:
        for m in _NUMERIC_DATE.finditer(t):
            if int(m["a"]) > 12:
                return True
            if int(m["b"]) > 12:
                return False
    return True


def _dates_in(line: str, day_first: bool = True) -> Iterator[tuple[int, dt.date]]:
    """The full dates written in `line`, with where each starts."""
    for found in _ANY_FULL_DATE.finditer(line):
        for k in "1234":
            if found[f"y{k}"]:
                d, m = found[f"d{k}"], found[f"m{k}"]
                if k == "1" and not day_first:
                    d, m = m, d
                date = make_date(found[f"y{k}"], m, d)
                if date is not None:
                    yield found.start(), date
                break


_PLACE_BEFORE_DATE = re.compile(
    r"(?P<city>[A-Z][\w.'’ -]{1,40}?)"
    r"(?:,|[ \t][-–—][ \t](?:[A-Z][\w.'’ ]{1,40}[ \t][-–—][ \t])?)[ \t\u00a0]*(?=\d|[A-Z][a-z])"
)
"""A place before a date (`Addis Ababa, 15 ...`, `Doha - Information Office - 12 ...`)."""


def _full_date(text: str, span: Span) -> dt.date | None:
    """The first full date written in `text[span]`, if any."""
    return next((d for _, d in _dates_in(text[span[0] : span[1]])), None)


def _header_dateline(
    text: str, lines: Sequence[Line], kinds: Sequence[int], story_start: int
) -> Dateline | None:
    """A known city before the date on a line of its own, above or below the story.

    (`Addis Ababa, 15 February 2025`, `Doha - Information Office - 12 March 2025`
    above the story; `New York, 22 September 2025` signing a readout off): the page's
    dateline when its story opens without one. Failing those, a header line that is
    only a known city (`St Petersburg` under a transcript's date).
    """
    city_line: Dateline | None = None
    head = lines[:40]
    for k, (ln, kind) in enumerate(zip(head, kinds[:40], strict=False)):
        if city_line is None and 2 < len(ln.text) <= _CITY_LINE_MAX and ln.text[0].isupper():
            # A city on a line of its own beside a date (`June 19, 2025` / `St Petersburg`
            # among a transcript's first lines), not one tag of a list.
            found = _city_dateline(text, ln.text, (ln.start, ln.end), (ln.end, ln.end))
            if found is not None and any(
                len(n.text) <= _DATE_LINE_MAX and _ANY_FULL_DATE.search(n.text)
                for n in _neighbours(head, k)
            ):
                city_line = found
        if ln.start >= story_start or kind == _CONTENT or len(ln.text) > _DATE_LINE_MAX:
            continue
        found = _dated_place_line(text, ln, whole=False)
        if found is not None:
            return found
    for ln in lines[-_SIGN_OFF_LINES:]:
        if ln.start > story_start and len(ln.text) <= _SIGN_OFF_MAX:
            found = _dated_place_line(text, ln, whole=True)
            if found is not None:
                return found
    return city_line


def _neighbours(lines: Sequence[Line], k: int) -> list[Line]:
    """The two lines with words on each side of line `k` (blank lines skipped).

    (`June 19, 2025` / `16:05` / `St Petersburg`: a date, a time, then the place.)
    """
    before = [ln for ln in lines[max(0, k - 4) : k] if ln.text][-2:]
    after = [ln for ln in lines[k + 1 : k + 5] if ln.text][:2]
    return before + after


_SIGN_OFF_LINES = 6
"""How many of the page's last lines may sign it off with a place and a date."""
_SIGN_OFF_MAX = 60
"""The longest line that may sign a page off (`New York, 22 September 2025`)."""
_DATE_LINE_MAX = 90
"""The longest header line that may date the page, or date a city's own line beside it (a
byline with its date)."""
_CITY_LINE_MAX = 30
"""The longest line that may be a city's name alone."""


def _dated_place_line(text: str, ln: Line, *, whole: bool) -> Dateline | None:
    """The known city of a line that opens with a place and then a full date.

    `whole`: the date ends the line (a sign-off: `New York, 22 September 2025`).
    """
    if not _ANY_FULL_DATE.search(ln.text):
        return None
    m = _PLACE_BEFORE_DATE.match(ln.text)
    if m is None:
        return None
    date = _ANY_FULL_DATE.match(ln.text, m.end())
    if date is None or (whole and ln.text[date.end() :].strip(" .")):
        return None
    return _city_dateline(
        text, m["city"], (ln.start, ln.start + m.end("city")), (ln.start + m.end(), ln.end)
    )


def _city_dateline(text: str, written: str, span: Span, dated: Span) -> Dateline | None:
    """A dateline of a known city written at `span`, dated by the first full date in `dated`."""
    city = default_knowledge().city(written, fuzzy=False)
    if city is None:
        return None
    date = _full_date(text, dated)
    return Dateline(
        city=city.name,
        country=city.country,
        month=date.month if date else None,
        day=date.day if date else None,
        span=span,
    )


_BYLINE_LINES_AFTER = 4
"""How many lines past the story's start and past the headline a byline date may stand."""


def _byline_date(
    text: str, lines: Sequence[Line], story_start: int, title_end: int = 0
) -> dt.date | None:
    """A full date on a short line at the head of the page (`Burak Dag |25.06.2025 - Update`).

    The fallback when no header line of a known shape dates the page. The head is
    the lines above the story and the first few after its start and after the
    headline (a page's masthead may be read as story: the date then stands under
    the headline). A line that reads as a sentence is passed over, and so is one
    ending in a bracket unless the date opens it (`10.03.2022 14:58 (updated ...)`,
    not a caption's `(Xinhua/Li Yong)`). Numeric dates are read in the page's order
    (see `_day_first`).
    """
    head_end = max(story_start, title_end)
    head: list[str] = []
    seen = 0
    for ln in lines[:40]:
        if ln.start >= head_end and ln.text:
            # A byline may stand among the story's first lines.
            seen += 1
            if seen > _BYLINE_LINES_AFTER:
                break
        if (
            not ln.text
            or len(ln.text) > 90
            or (ln.text.endswith((".", "!", "?", '"')) and not _DOTTED_DATE_END.search(ln.text))
        ):
            continue  # a short line, not a sentence (`2024.05.09.` ends no sentence)
        head.append(ln.text)
    day_first = _day_first(head)
    for line in head:
        for at, found in _dates_in(line, day_first):
            if at == 0 or not line.endswith((")", "]")):
                return found
    return None


_DOTTED_DATE_END = re.compile(r"\d\.\d{1,2}\.\d{2,4}\.\Z")
"""A date written with full stops closing a line (`2024.05.09.`, `09.05.2024.`)."""
_BRACKETED_END = re.compile(r"[(\[](?P<inside>[^()\[\]\n]{6,40})[)\]][ \t\u00a0]{0,3}\Z")


def _headline_date(title: str) -> dt.date | None:
    """A full date in brackets closing the headline (`Talks with X (15 April 2021)`)."""
    m = _BRACKETED_END.search(title, max(0, len(title) - 46))
    if m is None:
        return None
    inside = m["inside"].strip(WHITESPACE)
    return next((d for at, d in _dates_in(inside) if at == 0), None)


def _headline_dateline(text: str, title_span: Span) -> Dateline | None:
    """A known city and a full date in brackets closing the headline.

    (`Joint statements ... following their meeting (Ankara, 8 November 2023)`): the
    page's dateline when the story opens without one.
    """
    start, end = title_span
    m = _BRACKETED_END.search(text, max(start, end - 46), end)
    if m is None:
        return None
    inside = m.start("inside")
    while inside < m.end("inside") and text[inside] in WHITESPACE:
        inside += 1
    place = _PLACE_BEFORE_DATE.match(text, inside, m.end("inside"))
    if place is None or not _ANY_FULL_DATE.match(text, place.end(), m.end("inside")):
        return None
    return _city_dateline(text, place["city"], place.span("city"), (place.end(), m.end("inside")))


_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|[Cc]opyright)[ \t\u00a0]{0,3}(?:[^\n\d]{1,40}?[ \t\u00a0])?"
    r"(?:(?:19|20)\d\d[ \t\u00a0]{0,2}[-–][ \t\u00a0]{0,2})?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_COPYRIGHT_TAIL = 800
"""How far from the page's end a copyright line is looked for."""


def copyright_year(text: str) -> int | None:
    r"""The year of a copyright line at the foot of a page (`© 2023 EFE`, `(c) EFE 2023`).

    Of a range (`© 2010-2023`), the last year.

    Examples:
        >>> copyright_year("...the end.\n\n(c) EFE 2023. All rights reserved.")
        2023
        >>> copyright_year("Copyright © 2012-2024 Some Agency"), copyright_year("No year.")
        (2024, None)
    """
    start = max(0, len(text) - _COPYRIGHT_TAIL)
    year = None
    for m in _COPYRIGHT.finditer(text, start):
        year = int(m["year"])
    return year


_MAX_MASTHEAD_LINES = 2


_MASTHEAD_WORDS = 6
_MIN_MASTHEAD_NAME_WORDS = 3
_MASTHEAD_SMALL = frozenset({"of", "for", "the", "and", "&", "on", "in", "to"})


def _is_masthead(line: str, following: str | None) -> bool:
    """Whether a page's first content line is the site's name rather than a headline.

    A line of one or two words, one of them a name in capitals, without end
    punctuation (`BERNAMA`, `ANTARA News`); the whole name of an organisation or a
    country the knowledge knows (`European External Action Service`); or a name of
    three to six capitalised words (`President of Russia`, `THE WHITE HOUSE`)
    over another header line (the headline, a section's name) rather than
    over the story.
    """
    words = line.split()
    if not words or len(words) > _MASTHEAD_WORDS or not line[-1:].isalnum():
        return False
    if len(words) <= 2 and any(len(w) >= 2 and w.isalpha() and w.isupper() for w in words):
        return True
    kb = default_knowledge()
    if kb.organization(line) is not None or kb.country_named(line) is not None:
        return True  # (`Republic of the Philippines` over its government's pages)
    if len(words) < _MIN_MASTHEAD_NAME_WORDS or not all(
        w[:1].isupper() or w.casefold() in _MASTHEAD_SMALL for w in words
    ):
        return False
    return (
        following is not None
        and len(following.split()) <= _MAX_TITLE_WORDS
        and following[-1:] not in ".!?"
        and _MEDIA_OPENING.match(following) is None  # (a photo's caption is no header)
    )


def _is_title(line: str, following: str | None) -> bool:
    """Whether the first content line of a page is its headline."""
    if not _title_shaped(line):
        return False
    if following is None:
        return True
    if following[:1].islower():
        return False
    return _headline_cased(line) or len(following) > max(100, 1.5 * len(line))


_MEDIA = r"[\[(](?:photos?|videos?|pictures?|gallery|audio|infographic)[\])]"
_MEDIA_MARK = re.compile(rf"[ \t]*{_MEDIA}[ \t]*$", re.IGNORECASE)
"""A headline's mark of what the page holds besides text: `(Photo)`, `[VIDEO]`."""
_MEDIA_OPENING = re.compile(_MEDIA, re.IGNORECASE)
"""A caption's opening mark (`(Photo) Japan-U.S.-ROK Foreign Ministers' Meeting`)."""


def _media_marked(line: str) -> int:
    """How many characters a headline's media mark takes at its end (0 if none)."""
    if line[-1:] not in ")]":
        return 0
    m = _MEDIA_MARK.search(line, max(0, len(line) - 20))
    return len(line) - m.start() if m is not None else 0


def _title_shaped(line: str) -> bool:
    """Whether a line may be a headline by its own shape: short, no sentence's end, no credit."""
    line = line[: len(line) - _media_marked(line)]
    if not line or (line[0] in "[(" and _MEDIA_OPENING.match(line)):
        return False
    if len(line) > _MAX_TITLE_CHARS or len(line.split()) > _MAX_TITLE_WORDS:
        return False
    if line[-1] in _TITLE_BAD_END or (_closes(line) and line[-1] not in "?!\"'”’)"):
        return False
    if line[-1] in "\"'”’)" and len(line) > 1 and line[-2] in ".,;:":
        return False
    if not _OPENS_TITLE.match(line) or sum(c.isalpha() for c in line[:40]) < 2:
        return False
    if _tail_credit(line, 0, len(line)) or _CAPTION_START.match(line):
        return False
    return not find_dateline(line, 0, len(line))


_MAX_HEADER_LINES = 16
"""Content lines read above the story for its headline."""
_NAME_WORDS = frozenset(
    "of for the and in on to at de da das do dos del la le les des di degli della delle e y "
    "et und der die van von al el".split()
)
"""Small words that stand inside a name (`Ministério das Relações Exteriores`)."""
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’-]{2,}")
_BYLINE = re.compile(r"(?:by|written by|reporter|editor)[:\s]", re.IGNORECASE)


def _opens_story(line: str) -> bool:
    """Whether a line above the story is its first.

    It is too long for a headline, ends a sentence, or is a question put by a labelled
    speaker (`Bloomberg: Can you confirm ...?`).
    """
    words = len(line.split())
    if len(line) > _MAX_TITLE_CHARS or words > _MAX_TITLE_WORDS:
        return True
    if _closes(line) and line[-1] != "!" and words >= 6:
        return line[-1] != "?" or _SPEAKER_LABEL.match(line) is not None
    return False


_SPEAKER_LABEL = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?:\s")


def _date_line(line: str) -> bool:
    """Whether a line is only a date and its labels, not a headline ending with a date.

    (`Published on 05/06/2023 18h40 Updated on 05/06/2023 19h12`.)
    """
    if not _ANY_FULL_DATE.search(line):
        return False
    rest = _ANY_FULL_DATE.sub(" ", line)
    return all(w.lower() in _DATE_LABELS for w in _LETTERS.findall(rest))


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_DATE_LABELS = frozenset(
    "published updated posted last modified on at am pm gmt utc bst cet ist wib "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _over_a_menu(lines: Sequence[Line], i: int) -> bool:
    """Whether a column of menu items (lines of one or two words) follows line `i`.

    (A site's tagline over its menu, `Exclusive news, data and analytics ...` / `World` /
    `Business` / `Markets`, is no headline: a headline comes after the menu.)
    """
    items = 0
    for ln in lines[i + 1 : i + 1 + _MENU_COLUMN]:
        if not ln.text or len(ln.text.split()) > 2 or _closes(ln.text):
            break
        items += 1
    return items >= _MENU_COLUMN


_MENU_COLUMN = 3
"""Menu items in a column that make the line above them the site's, not the story's."""


def _header_headline(lines: Sequence[Line], kinds: Sequence[int], first: int) -> int | None:
    """The headline among the content lines above the story, when the first is none.

    Above a story a page may have its site's name, menus and section labels, then the
    headline, then a byline, a date or a deck. The first line that reads as a phrase
    (it has a lower-case word other than `of`, `de`, `the` ...) is the headline; when
    no line does, the last line that reads as a name (`Foreign Minister Receives Turkish
    Counterpart`, `PRESIDENT TINUBU RECEIVES ...`) right before the story is.
    """
    named: int | None = None
    seen = 0
    for i in range(first, len(lines)):
        if kinds[i] != _CONTENT:
            continue
        seen += 1
        t = lines[i].text
        wrapped = (
            i + 1 < len(lines) and kinds[i + 1] == _CONTENT and lines[i + 1].text[:1].islower()
        )
        if seen > _MAX_HEADER_LINES or wrapped or _opens_story(t):
            break  # the story (a paragraph, or one wrapped over lines), or no header block
        if not _title_shaped(t) or len(t.split()) < 3 or _is_crumbs(t) or _BYLINE.match(t):
            continue
        phrase = any(m.group() not in _NAME_WORDS for m in _LOWER_WORD.finditer(t))
        if phrase and "|" not in t and not _over_a_menu(lines, i):
            return i
        if not phrase and not _date_line(t):
            named = i
    return named


def _split_block(block: Sequence[Line]) -> list[Span]:
    """The paragraphs of a run of content lines.

    A block whose lines mostly end a sentence holds one paragraph per line; a
    block whose lines mostly break mid-sentence (or are all short, with some
    break mid-sentence) is hard-wrapped text, cut only after a line that ends a
    sentence and is clearly shorter than the others. A caption's credit always ends a
    paragraph, and a dateline always starts one.
    """
    n = len(block)
    if n == 1:
        return [(block[0].start, block[0].end)]
    closes = [
        _closes(ln.text) or _tail_credit(ln.text, 0, len(ln.text)) is not None for ln in block
    ]
    open_lines = sum(1 for c in closes[:-1] if not c)
    width = max(len(ln.text) for ln in block)
    wrapped = 2 * open_lines > n - 1 or (open_lines > 0 and width <= _MAX_WRAP_WIDTH)
    spans: list[Span] = []
    first = 0
    for i in range(n - 1):
        nxt = block[i + 1].text
        if _is_bare_credit(nxt):
            continue
        line = block[i].text
        split = find_dateline(nxt, 0, len(nxt)) is not None
        if not split and closes[i]:
            split = (
                not wrapped
                or len(line) < 0.8 * width
                or _tail_credit(line, 0, len(line)) is not None
            )
        if split:
            spans.append((block[first].start, block[i].end))
            first = i + 1
    spans.append((block[first].start, block[n - 1].end))
    return spans


# ----------------------------------------------------------------------------- the envelope

_FURNITURE, _CONTENT = 1, 2


def read_envelope(
    text: str,
    *,
    source: str,
    headers: Sequence[str] = (),
    furniture: Furniture | None = None,
) -> Envelope:
    r"""Read the envelope of a page: headline, dates, dateline, captions, story, furniture.

    Args:
        text: the page as given.
        source: the name of the format reading it (becomes `Envelope.source`).
        headers: the names (keys of `HEADERS`) of the header lines the format
            takes its publication date from, best first; a scraper's leading
            ` date YYYY-MM-DD` is always read.
        furniture: the furniture to recognise (the packaged one by default).

    Returns:
        The envelope; every span indexes `text`.

    Examples:
        >>> page = " date 2019-05-23 Wang met Li. (Xinhua/Li Yong)\n\nThey met."
        >>> env = read_envelope(page, source="xinhua")
        >>> env.published, env.captions[0].text, [page[s:e] for s, e in env.story]
        (datetime.date(2019, 5, 23), 'Wang met Li. (Xinhua/Li Yong)', ['They met.'])
    """
    fur = furniture if furniture is not None else default_furniture()
    own = {name: rank for rank, name in enumerate(headers)}
    lines = split_lines(text)
    furniture_spans: list[Span] = []
    relabelled: set[int] = set()
    notes: list[str] = []
    published: dt.date | None = None
    published_rank = len(own)

    video = _is_video_page(text, lines)

    # A scraper's ` date YYYY-MM-DD` glued to the first words of the page.
    first = next((i for i, ln in enumerate(lines) if ln.text), None)
    if first is not None:
        ln = lines[first]
        m = _SCRAPER_DATE.match(ln.text)
        if m:
            published, published_rank = make_date(m["y"], m["m"], m["d"]), -1
            furniture_spans.append((ln.start, ln.start + m.end()))
            rest = ln.text[m.end() :].lstrip(WHITESPACE)
            lines[first] = Line(ln.end - len(rest), ln.end, rest) if rest else _BLANK
            notes.append("scraper date header")

    metadata_date: dt.date | None = None
    metadata_location: str | None = None
    kinds = [0] * len(lines)
    shots = False
    after_shot = False
    box = False
    told = False  # whether a line of prose came before (the story has begun)
    for i, ln in enumerate(lines):
        t = ln.text
        if not t:
            # A box after the story may hold its links apart, a blank line between them.
            after_shot = False
            box = box and told
            continue
        kind = _CONTENT
        if len(t) <= _MAX_FURNITURE_LINE:
            meta = _META_KEY.match(t) if video else None
            if meta is not None:
                key = meta["key"].lower().replace(" ", "")
                value = t[meta.end() :].strip(WHITESPACE)
                kind = _FURNITURE
                if key == "date" and metadata_date is None:
                    metadata_date = parse_date_text(value)
                elif key in {"location(s)", "location", "locations", "dateline"}:
                    metadata_location = metadata_location or value or None
                elif key == "shotlist":
                    shots = True
                elif key in {"storyline", "summary"}:
                    shots = False
                    if value:
                        cut = ln.end - len(value)
                        furniture_spans.append((ln.start, cut))
                        lines[i] = Line(cut, ln.end, value)
                        kind = _CONTENT
                        relabelled.add(i)  # its paragraph starts after the label
            elif t[0].isdecimal() and (bite := _BITE_LABEL.match(t)) is not None:
                # `4. SOUNDBITE (Chinese) Zhai Jun, special envoy ...:` then the words said:
                # the speaker's label opens a paragraph of the story, as in a transcript.
                cut = ln.start + bite.start("who")
                furniture_spans.append((ln.start, cut))
                lines[i] = Line(cut, ln.end, t[bite.start("who") :])
                relabelled.add(i)
                shots = True
            # (A shot opens with its number: `\d`, a decimal digit.)
            elif t[0].isdecimal() and (
                ((shots or video) and _SHOT.match(t)) or _SHOT_WORDS.match(t)
            ):
                kind, shots = _FURNITURE, True
            elif shots and (after_shot or _SOUNDBITE.match(t)):
                kind = _FURNITURE
            else:
                shots = False
                header = (
                    _ANY_HEADER.fullmatch(t)
                    if len(t) <= _MAX_HEADER_LINE and _DIGIT.search(t)
                    else None
                )
                if header is not None:
                    kind = _FURNITURE
                    name = header.lastgroup or ""
                    rank = own.get(name)
                    if rank is not None and rank < published_rank:
                        date = make_date(
                            header[f"{name}_y"], header[f"{name}_m"], header[f"{name}_d"]
                        )
                        if date is not None:
                            published, published_rank = date, rank
                elif fur.matches(t):
                    kind = _FURNITURE
                    box = box or fur.opens_box(t)
                elif box and len(t) <= _MAX_BOX_LINE and not _closes(t):
                    kind = _FURNITURE
        if kind == _CONTENT:
            box = False
            told = told or len(t) > _MAX_BOX_LINE or (len(t) > _PROSE_LINE and _closes(t))
        kinds[i] = kind
        after_shot = kind == _FURNITURE and shots
        if kind == _FURNITURE:
            furniture_spans.append((lines[i].start, lines[i].end))

    # The headline: the first content line, if it looks like one and a story follows.
    title: str | None = None
    title_span: Span | None = None
    first_content = next((i for i, k in enumerate(kinds) if k == _CONTENT), None)
    for _ in range(_MAX_MASTHEAD_LINES):
        # A site's name over its pages (`EEAS`, `ANTARA News`) is no headline.
        if first_content is None:
            break
        after = next(
            (i for i in range(first_content + 1, len(kinds)) if kinds[i] == _CONTENT), None
        )
        if not _is_masthead(
            lines[first_content].text, lines[after].text if after is not None else None
        ):
            break
        kinds[first_content] = _FURNITURE
        furniture_spans.append((lines[first_content].start, lines[first_content].end))
        furniture_spans.sort()
        first_content = after
    if first_content is not None and _CONTENT in kinds[first_content + 1 :]:
        nxt = first_content + 1
        following = lines[nxt].text if nxt < len(lines) and kinds[nxt] == _CONTENT else None
        headline = _header_headline(lines, kinds, first_content)
        if headline is None and _is_title(lines[first_content].text, following):
            headline = first_content
        if headline is not None:
            candidate = lines[headline]
            cut = _media_marked(candidate.text)  # (`... counterpart (Photo)`)
            title = candidate.text[: len(candidate.text) - cut]
            title_span = (candidate.start, candidate.end - cut)
            kinds[headline] = 0

    # Paragraphs: runs of content lines, split where a line ends a paragraph.
    paragraphs: list[Span] = []
    block: list[Line] = []
    for i, (ln, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind == _CONTENT and i in relabelled and block:
            paragraphs.extend(_split_block(block))
            block = []
        if kind == _CONTENT:
            block.append(ln)
        elif block:
            paragraphs.extend(_split_block(block))
            block = []
    if block:
        paragraphs.extend(_split_block(block))

    story: list[Span] = []
    captions: list[Caption] = []
    dateline: Dateline | None = None
    for para_start, end in paragraphs:
        start = para_start
        is_caption, credit = caption_credit(text, start, end)
        if is_caption:
            captions.append(Caption(text=text[start:end], span=(start, end), credit=credit))
            continue
        if dateline is None:
            found = _find_dateline(text, start, end)
            if found is not None:
                dateline, start, written = found
                notes.append("dateline")
                if published is None:
                    # `JAKARTA, 14 May 2024 –`: a dateline with its year dates the page.
                    published = written
                if start >= end:
                    continue
        story.append((start, end))

    if published is None:
        published = _byline_date(
            text, lines, story[0][0] if story else len(text), title_span[1] if title_span else 0
        )
    if published is None and title is not None:
        published = _headline_date(title)
    if dateline is None:
        dateline = _header_dateline(text, lines, kinds, story[0][0] if story else len(text))
    if dateline is None and title_span is not None:
        dateline = _headline_dateline(text, title_span)

    return Envelope(
        source=source,
        title=title,
        title_span=title_span,
        published=published,
        dateline=dateline,
        captions=tuple(captions),
        story=tuple(story),
        furniture=tuple(furniture_spans),
        metadata_date=metadata_date,
        metadata_location=metadata_location,
        copyright_year=copyright_year(text),
        notes=tuple(notes),
    )


# ----------------------------------------------------------------------------- sniffing


@frozen
class Mark:
    """A sign that a page comes from a source: a pattern and how much it counts.

    A negative weight is a sign against (another site's page around the story).
    """

    regex: re.Pattern[str]
    """Searched for in the page's head and tail."""
    weight: float
    """From -1 to 1."""


def mark(pattern: str, weight: float, *, ignore_case: bool = False) -> Mark:
    """A [`Mark`][diplomeet.formats._layout.Mark] from a pattern (compiled once, multi-line)."""
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    return Mark(re.compile(pattern, flags), weight)


_BY_FREQUENCY = (
    " eitanosrhdlcumgpfwy.,CvbSkAPM2T-0IENFRBU'W1J:LDHxz\"GXKOj4Y5V)(38Z7/q6>9Q|+?<&=_#@;[]$"
)
"""Characters of news reports, most frequent first (any other is rarer still)."""


def _rarest(chars: str) -> int:
    """Where the character of `chars` least frequent in news reports stands."""
    rank = [_BY_FREQUENCY.find(c) % (len(_BY_FREQUENCY) + 1) for c in chars]
    return rank.index(max(rank))


class _StartScanner:
    """Finds which of some literal strings occur in a text, in one search of the regex engine.

    Each string is looked for from its rarest character (the engine skips
    ahead to the places where one of those characters stands), and every
    string anchored on the character found is compared there, so that
    strings that overlap or share a place are all found.
    """

    def __init__(self, starts: Iterable[str]) -> None:
        self.anchored: dict[str, list[tuple[str, int]]] = {}
        """For each anchor character, the strings anchored on it and where it stands in them."""
        for start in sorted(set(starts)):
            at = _rarest(start)
            self.anchored.setdefault(start[at], []).append((start, at))
        branches = []
        # The most frequent anchors first: the engine tries the branches in turn.
        for anchor in sorted(self.anchored, key=_BY_FREQUENCY.find):
            # The anchor (the engine scans for it), then what stands before it and after.
            rests = [
                (f"(?<={re.escape(start[: at + 1])})" if at else "") + re.escape(start[at + 1 :])
                for start, at in self.anchored[anchor]
            ]
            branches.append(re.escape(anchor) + "(?:" + "|".join(rests) + ")")
        self.regex = re.compile("|".join(branches)) if branches else None
        """One alternation of all the strings by anchor, each opening with its anchor."""

    def present(self, text: str) -> frozenset[str]:
        """The strings that occur in `text`."""
        if self.regex is None:
            return frozenset()
        found: set[str] = set()
        search, anchored = self.regex.search, self.anchored
        m = search(text)
        while m is not None:
            pos = m.start()
            for start, at in anchored[text[pos]]:
                if pos >= at and text.startswith(start, pos - at):
                    found.add(start)
            m = search(text, pos + 1)
        return frozenset(found)


_gated_starts: set[str] = set()
"""The literal starts of every mark planned so far (one scanner looks for all of them)."""


@functools.lru_cache(maxsize=4)
def _scanner(starts: frozenset[str]) -> _StartScanner:
    return _StartScanner(starts)


@functools.lru_cache(maxsize=1024)
def _mark_gate(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The literal starts one of which must occur for `regex` to match (None: no test)."""
    starts = literal_starts(regex)
    return None if starts is None else frozenset(starts)


class _MarkPlan(NamedTuple):
    """A mark ready for sniffing."""

    regex: re.Pattern[str]
    weight: float
    gate: frozenset[str] | None
    """Its literal starts, one of which must occur (`_mark_gate`)."""


def _plan_marks(marks: Iterable[Mark]) -> tuple[_MarkPlan, ...]:
    plans = tuple(_MarkPlan(mk.regex, mk.weight, _mark_gate(mk.regex)) for mk in marks)
    for plan in plans:
        if plan.gate is not None and not plan.gate <= _gated_starts:
            _gated_starts.update(plan.gate)
    return plans


class _Sniffed(NamedTuple):
    """What sniffing found in a text so far."""

    text: str
    view: str
    """The part of it read."""
    scanned: int
    """How many literal starts were looked for (more marks may be planned since)."""
    present: frozenset[str]
    """The literal starts of the marks that occur in it."""
    found: dict[int, bool]
    """Whether each pattern (by `id`) was found in it."""
    tried: list[re.Pattern[str]]
    """The patterns tried (so that their ids stay theirs)."""


_last_sniffed = _Sniffed("", "", 0, frozenset(), {}, [])


def _sniffed(text: str) -> _Sniffed:
    """What sniffing found in `text` so far.

    Kept for the last text, so that the formats that sniff it in turn share
    what they found: the literal starts of all marks are looked for at once.
    """
    global _last_sniffed  # noqa: PLW0603 - a one-text memo
    last = _last_sniffed
    if last.text is not text or last.scanned != len(_gated_starts):
        view = text
        if len(text) > _SNIFF_HEAD + _SNIFF_TAIL:
            view = text[:_SNIFF_HEAD] + "\n" + text[-_SNIFF_TAIL:]
        starts = frozenset(_gated_starts)
        present = _scanner(starts).present(view)
        last = _last_sniffed = _Sniffed(text, view, len(starts), present, {}, [])
    return last


def _score(text: str, plans: Sequence[_MarkPlan], base: float) -> float:
    sniffed = _sniffed(text)
    view, present, found = sniffed.view, sniffed.present, sniffed.found
    missing, against = 1.0, 0.0
    for regex, weight, gate in plans:
        if gate is not None and present.isdisjoint(gate):
            continue  # none of its literal starts occurs
        result = found.get(id(regex))
        if result is None:
            result = found[id(regex)] = regex.search(view) is not None
            sniffed.tried.append(regex)
        if not result:
            continue
        if weight >= 0:
            missing *= 1.0 - weight
        else:
            against -= weight
    score = max(base, 1.0 - missing) - against
    return round(min(1.0, max(0.0, score)), 6)


def sniff_score(text: str, marks: Iterable[Mark], base: float = 0.0) -> float:
    r"""How sure the marks make us that `text` is a page of their format, from 0 to 1.

    The positive marks found combine like independent evidence
    (`1 - prod(1 - w)`); the negative marks found are subtracted. Only the
    first 20,000 and last 10,000 characters are read.

    Examples:
        >>> sniff_score("BEIJING, May 24 (Xinhua) -- ...", [mark(r"\(Xinhua\) --", 0.6)])
        0.6
    """
    return _score(text, _plan_marks(marks), base)


class LayoutFormat:
    """A source format built on the shared layout reader.

    Args:
        name: the format's name.
        marks: the signs its pages carry (for `sniff`).
        headers: the header lines (keys of `HEADERS`) it reads the
            publication date from, best first.
        base: the least `sniff` returns (the generic fallback's constant).
        furniture: the furniture to recognise (the packaged one by default).
    """

    def __init__(
        self,
        name: str,
        *,
        marks: Sequence[Mark] = (),
        headers: Sequence[str] = (),
        base: float = 0.0,
        furniture: Furniture | None = None,
    ) -> None:
        unknown = [h for h in headers if h not in HEADERS]
        if unknown:
            msg = f"unknown header patterns {unknown}; known: {sorted(HEADERS)}"
            raise ValueError(msg)
        self.name = name
        """The format's name."""
        self.marks = tuple(marks)
        """The signs its pages carry."""
        self._plans = _plan_marks(self.marks)
        self._planned = self.marks
        self.headers = tuple(headers)
        """The header lines it reads the publication date from."""
        self.base = base
        """The least `sniff` returns."""
        self.furniture = furniture
        """The furniture it recognises (None: the packaged one)."""

    def __repr__(self) -> str:
        return f"<source format {self.name!r}>"

    def sniff(self, text: str) -> float:
        """How sure the format is that `text` is one of its pages, from 0 to 1."""
        if self._planned is not self.marks:
            self._plans, self._planned = _plan_marks(self.marks), self.marks
        return _score(text, self._plans, self.base)

    def envelope(self, text: str) -> Envelope:
        """Separate the story from the page furniture and read the page's own facts."""
        try:
            return read_envelope(
                text, source=self.name, headers=self.headers, furniture=self.furniture
            )
        except Exception as exc:  # never raise on any str: the page is then all story
            log.warning(
                "%s: the layout reader failed (%s); the whole text is the story", self.name, exc
            )
            stripped = text.strip(WHITESPACE)
            start = text.find(stripped) if stripped else 0
            story = ((start, start + len(stripped)),) if stripped else ()
            return Envelope(source=self.name, story=story, notes=(f"layout reader failed: {exc}",))
