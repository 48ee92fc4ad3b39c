"""Dates as reports write them, and what day they mean.

Full dates in several orders (`July 15, 2021`, `15 July 2021`, `2021-07-15`),
month and day without a year (`Sept. 16`), weekday words (`on Wednesday`,
resolved to the most recent such day on or before a reference day, the
reference itself included; `this Tuesday (8)` with its day of the month too),
`the 7th of this month`, a bare day of the month (`on the 14th`: the latest such
day on or before the reference), and `today`/`yesterday`.
When no year is written anywhere, [`infer_year`][diplomeet.dates.infer_year]
narrows it only where the text fixes it: a weekday with a month and day, and
the terms of office of the people's titles.

Examples:
    >>> import datetime as dt
    >>> from diplomeet.dates import find_dates, resolve
    >>> t = "met on Wednesday in Bishkek"
    >>> [resolve(d, dt.date(2019, 5, 23)) for d in find_dates(t, 0, len(t))]
    [datetime.date(2019, 5, 22)]
    >>> t = "On July 15, 2021 local time"
    >>> [resolve(d, None) for d in find_dates(t, 0, len(t))]
    [datetime.date(2021, 7, 15)]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from attrs import evolve, frozen

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "DateMention",
    "find_dates",
    "infer_year",
    "month_number",
    "reference_day",
    "resolve",
]

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
"""Month names and abbreviations (lowercase) to month numbers."""

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
"""Weekday names (lowercase) to `date.weekday()` numbers."""

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# `Nov. 16 last year`: the year told against the report's own.
_YEAR_WORDS = r"|,?\s{1,3}(?P<yrel>last|this|next)\s{1,3}year\b"
_YEARS_BACK = {"last": 1, "this": 0, "next": -1}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b")),
    (
        "mdy",
        re.compile(
            _MONTH
            + r"\s{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
            + r"(?:,?\s{1,3}(?:of\s{1,3})?(?P<year>(?:19|20)\d\d)\b"
            + _YEAR_WORDS
            + ")?"
        ),
    ),
    (
        "dmy",
        re.compile(
            r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?"
            + _MONTH
            + r"(?:,?\s{1,3}(?:of\s{1,3})?(?P<year>(?:19|20)\d\d)\b"
            + _YEAR_WORDS
            + ")?"
        ),
    ),
    (
        # `14.03.2023`, `14/03/2023` (day first, as most of the world writes), and a year
        # first with dots (`2024.05.09.`); a slashed date is read only where the day, being
        # over 12, shows the order (`27/08/2024`, or `08/27/2024` month first).
        "numeric",
        re.compile(
            r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"
            r"|\b(?P<y2>(?:19|20)\d\d)\.\s?(?P<m2>[01]?\d)\.\s?(?P<d2>[0-3]?\d)\b"
            r"|\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y3>(?:19|20)\d\d)\b"
        ),
    ),
    (
        "this_month",
        re.compile(
            r"\bthe\s{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)\s{1,3}of\s{1,3}this\s{1,3}month\b"
        ),
    ),
    (
        # `on the 14th`: a day of the reference's month (or the month before), when no
        # noun follows (`on the 14th round` is no date) and no `of` (`of this month` is
        # `this_month`'s, `of May` is `dmy`'s).
        "day",
        re.compile(
            r"\b[Oo]n\s{1,3}the\s{1,3}(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            r"(?=[ \t\u00a0]{0,3}(?:[,.;:)\n]|\Z|(?:in|at|with|and|when|during|as|after|"
            r"before|while|to|by)\b))"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>today|yesterday|earlier (?:in )?the day|the same day)\b", re.IGNORECASE
        ),
    ),
    (
        # A day told against the day of the meeting before it, not the report's.
        "sequel",
        re.compile(
            r"\b(?:(?P<after>the\s{1,3}(?:following|next)\s{1,3}day|a\s{1,3}day\s{1,3}later)"
            r"|(?P<before>the\s{1,3}(?:previous|preceding)\s{1,3}day|the\s{1,3}day\s{1,3}before"
            r"|a\s{1,3}day\s{1,3}earlier))\b",
            re.IGNORECASE,
        ),
    ),
]


@frozen
class DateMention:
    """A date as the text writes it, not yet resolved."""

    start: int
    """Where it starts in the text."""
    end: int
    """Where it ends."""
    kind: str
    """`iso`, `mdy`, `dmy`, `numeric` (`14.03.2023`), `this_month`, `day` (`on the 14th`),
    `weekday`, `relative` (to the report's day) or `sequel` (to the meeting told before)."""
    year: int | None = None
    """The year, if written."""
    month: int | None = None
    """The month, if written."""
    day: int | None = None
    """The day of the month, if written (with no month: `on the 14th`, `this Tuesday (8)`)."""
    weekday: int | None = None
    """The weekday (0 is Monday), if written (here or right next to the date)."""
    relative: int | None = None
    """Days before the reference, for `today` (0) and `yesterday` (1); for a `sequel`,
    `the day before` (1) and `the following day` (-1)."""
    years_back: int | None = None
    """Years before the reference's, for a day told with `last year` (1), `this year` (0)
    or `next year` (-1)."""

    @property
    def full(self) -> bool:
        """Whether year, month and day are all written."""
        return self.year is not None and self.month is not None and self.day is not None


_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""Letters a case-insensitive pattern takes for an ASCII one (`İ`, `ı`, long `ſ`, Kelvin `K`)."""


def _name(word: str) -> str:
    """A matched month or weekday name in plain lowercase (`FRİDAY` -> `friday`)."""
    return word.translate(_CASE_TWINS).lower()


def month_number(word: str) -> int | None:
    """The number of a month name or abbreviation (`Sept.` -> 9)."""
    return MONTHS.get(_name(word).rstrip("."))


_KINDS = dict(_PATTERNS)
_ASCII_DIGIT = re.compile(r"[0-9]")
_ANY_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
"""How every month `_MONTH` reads opens (case and all)."""
_DAY_BEFORE_MONTH = 12
"""The most characters `dmy` writes before the month (`31st of   `)."""
_ISO_YEAR = re.compile(r"(?:19|20)\d\d-")
"""How every `iso` date opens."""
_NUMERIC_HINT = re.compile(r"\d[./]\s?\d")
"""What every `numeric` date holds."""
_THIS_MONTH = re.compile(r"this\s{1,3}month")
"""What every `this_month` date holds ..."""
_DAY_BEFORE_THIS_MONTH = 18
"""... at most this many characters after it opens (`the   31st   of   `)."""
_RELATIVE_WORDS = ("today", "yesterday", "the day", "same day")
"""What every relative day holds (`earlier in the day`, `the same day`), in lower case."""
_SEQUEL_WORDS = ("day later", "day earlier", "day before", "ing day", "next day", "ous day")
"""What every `sequel` day holds (`the following day`, `the previous day`), in lower case."""


def find_dates(text: str, start: int, end: int) -> list[DateMention]:
    """Every date expression in `text[start:end]`, in order, overlaps resolved to the longest.

    A weekday written right next to a month and day (`Thursday, local time (July 28)`)
    is folded into that date.

    Each pattern runs only where the words it needs are written: a numeric date
    needs a digit (of any script) and a hyphen (`iso`), a month's name (`mdy` opens
    with it, `dmy` closes with it), `the` (`day`) or `month` (`this_month`); a worded one needs
    `day` in some case (no character but `D`, `A` and `Y` matches those letters when
    case is ignored). In an ASCII span, where lower case is exact, the weekdays are
    found as words, and a relative day needs its own words.
    """
    chunk = text[start:end]
    exact = chunk.isascii()
    digit = _ASCII_DIGIT if exact else _ANY_DIGIT
    found: list[DateMention] = []
    if digit.search(chunk) is not None:
        iso = _ISO_YEAR.search(text, start, end) if "-" in chunk else None
        if iso is not None:
            found += _matches("iso", text, iso.start(), end)
        months = [m.start() for m in _MONTH_WORD.finditer(text, start, end)]
        if months:
            found += _matches("mdy", text, months[0], end)
            # `15 July`: a day stands at most `_DAY_BEFORE_MONTH` characters before its month.
            dmy_from = next(
                (
                    max(start, m - _DAY_BEFORE_MONTH)
                    for m in months
                    if digit.search(text, max(start, m - _DAY_BEFORE_MONTH), m)
                ),
                None,
            )
            if dmy_from is not None:
                found += _matches("dmy", text, dmy_from, end)
        if "the" in chunk:
            found += _matches("day", text, start, end)
        if ("." in chunk or "/" in chunk) and _NUMERIC_HINT.search(text, start, end):
            found += _matches("numeric", text, start, end)
        this_month = _THIS_MONTH.search(text, start, end) if "month" in chunk else None
        if this_month is not None:
            at = max(start, this_month.start() - _DAY_BEFORE_THIS_MONTH)
            found += _matches("this_month", text, at, end)
    low = chunk.lower()
    if "day" in low:
        found += _weekdays(text, low, start) if exact else _matches("weekday", text, start, end)
        if not exact or any(w in low for w in _RELATIVE_WORDS):
            found += _matches("relative", text, start, end)
        if not exact or any(w in low for w in _SEQUEL_WORDS):
            found += _matches("sequel", text, start, end)
    if not found:
        return []
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for d in found:
        if kept and d.start < kept[-1].end:
            continue
        if (d.day is not None and not 1 <= d.day <= 31) or (
            d.month is not None and not 1 <= d.month <= 12
        ):
            continue
        kept.append(d)
    return _fold_weekdays(text, kept)


_PAREN_DAY = re.compile(r"[ \t\u00a0]{0,3}\((?P<day>[1-9]|[12]\d|3[01])\)")
"""A day of the month in brackets right after a weekday: `this Tuesday (8)`."""


def _matches(kind: str, text: str, start: int, end: int) -> list[DateMention]:
    """The dates one pattern finds in `text[start:end]`."""
    found: list[DateMention] = []
    for m in _KINDS[kind].finditer(text, start, end):
        ordered = _numeric_order(m.groupdict()) if kind == "numeric" else m.groupdict()
        if ordered is None:
            continue
        g = ordered
        month = (
            int(g["mnum"])
            if g.get("mnum")
            else (month_number(g["month"]) if g.get("month") else None)
        )
        rel = g.get("rel")
        sequel = -1 if g.get("after") else (1 if g.get("before") else None)
        found.append(
            DateMention(
                m.start(),
                m.end(),
                kind,
                year=int(g["year"]) if g.get("year") else None,
                month=month,
                day=int(g["day"]) if g.get("day") else None,
                weekday=WEEKDAYS.get(_name(g["weekday"])) if g.get("weekday") else None,
                relative=(0 if rel.lower() != "yesterday" else 1) if rel else sequel,
                years_back=_YEARS_BACK.get(_name(g["yrel"])) if g.get("yrel") else None,
            )
        )
    return found


def _numeric_order(g: dict[str, Any]) -> dict[str, Any] | None:
    """The day, month and year of a numeric date's groups, or None when its order is unclear."""
    if g.get("y2"):
        return {"year": g["y2"], "mnum": g["m2"], "day": g["d2"]}
    if g.get("y3"):
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        if a > 12 >= b:
            return {"year": g["y3"], "mnum": g["b"], "day": g["a"]}
        if b > 12 >= a:
            return {"year": g["y3"], "mnum": g["a"], "day": g["b"]}
        return None
    return g


def _is_word(char: str) -> bool:
    """Whether a character is a word character to a word boundary (letter, digit, `_`)."""
    return char.isalnum() or char == "_"


def _weekdays(text: str, low: str, start: int) -> list[DateMention]:
    """The weekdays of an ASCII span, as the `weekday` pattern finds them.

    `low` is the span in lower case, from `start`; a weekday stands between word
    boundaries (the span's end is one; its start is one unless a word runs into it).
    """
    found: list[DateMention] = []
    day = low.find("day")
    while day >= 0:
        after = day + 3  # every weekday's name ends in `day`
        if not (after < len(low) and _is_word(low[after])):
            for name, number in WEEKDAYS.items():
                i = after - len(name)
                if i >= 0 and low.startswith(name, i):
                    at = start + i
                    if not (at > 0 and _is_word(text[at - 1])):
                        found.append(DateMention(at, start + after, "weekday", weekday=number))
                    break
        day = low.find("day", after)
    return found


_NEAR = re.compile(r"[\s,()]*(?:local time)?[\s,()]*", re.IGNORECASE)


def _fold_weekdays(text: str, dates: list[DateMention]) -> list[DateMention]:
    """Weekdays joined to the dates written next to them.

    `Thursday, July 28` is one date with its weekday; `this Tuesday (8)` (the way
    Portuguese and Spanish reports write it) a weekday with its day of the month.
    """
    out: list[DateMention] = []
    i = 0
    while i < len(dates):
        d = dates[i]
        if d.kind == "weekday" and d.day is None:
            paren = _PAREN_DAY.match(text, d.end)
            if paren is not None and (i + 1 == len(dates) or dates[i + 1].start >= paren.end()):
                d = evolve(d, end=paren.end(), day=int(paren["day"]))
        if d.kind == "weekday" and i + 1 < len(dates) and dates[i + 1].month is not None:
            n = dates[i + 1]
            if _NEAR.fullmatch(text, d.end, n.start):
                out.append(evolve(n, start=d.start, weekday=d.weekday))
                i += 2
                continue
        if (
            d.month is not None
            and out
            and out[-1].kind == "weekday"
            and _NEAR.fullmatch(text, out[-1].end, d.start)
        ):
            w = out.pop()
            d = evolve(d, start=w.start, weekday=w.weekday)
        out.append(d)
        i += 1
    return out


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve(d: DateMention, reference: dt.date | None) -> dt.date | None:
    """The day a date expression means, against a reference day (for weekdays and the like).

    Returns `None` where the text and the reference do not fix the day.
    """
    if d.full:
        assert d.year is not None and d.month is not None and d.day is not None
        return _safe(d.year, d.month, d.day)
    if d.month is not None and d.day is not None:
        if reference is None:
            return None
        year = reference.year
        if d.years_back is not None:
            year -= d.years_back
        elif d.month - reference.month > 1:
            # A month after the reference's is last year's (a December meeting told in January).
            year -= 1
        day = _safe(year, d.month, d.day)
        if day is not None and d.weekday is not None and day.weekday() != d.weekday:
            return None
        return day
    if reference is None:
        return None
    if d.kind == "this_month" and d.day is not None:
        return _safe(reference.year, reference.month, d.day)
    if d.day is not None:
        # `on the 14th`, `this Tuesday (8)`: the latest such day on or before the reference.
        day = _day_of_month_before(reference, d.day)
        if day is not None and (d.weekday is None or day.weekday() == d.weekday):
            return day
    if d.weekday is not None:
        back = (reference.weekday() - d.weekday) % 7
        return reference - dt.timedelta(days=back)
    if d.relative is not None:
        return reference - dt.timedelta(days=d.relative)
    return None


def _day_of_month_before(reference: dt.date, day: int) -> dt.date | None:
    """The latest day numbered `day` on or before `reference` (this month's or last month's)."""
    if day <= reference.day:
        return _safe(reference.year, reference.month, day)
    last = reference.replace(day=1) - dt.timedelta(days=1)
    return _safe(last.year, last.month, day)


def reference_day(
    published: dt.date | None, month: int | None = None, day: int | None = None
) -> dt.date | None:
    """The day a report's weekday words count back from.

    The dateline's month and day when there is one (its year from the publication
    date, a year earlier when the dateline's month lies after it), else the
    publication date.
    """
    if month is not None and day is not None:
        if published is None:
            return None
        year = published.year - (1 if month - published.month > 1 else 0)
        return _safe(year, month, day) or published
    return published


def infer_year(
    month: int,
    day: int,
    weekday: int | None,
    fits: Callable[[dt.date], bool],
    years: Iterable[int] = range(1990, 2041),
) -> dt.date | None:
    """The one date with this month and day (and weekday) that `fits`, or `None`.

    Args:
        month: the month written.
        day: the day written.
        weekday: the weekday written next to it, if any.
        fits: whether a candidate day agrees with what else the text says (for example
            that every participant held the title the report gives on that day).
        years: the years to consider.
    """
    candidates = []
    for year in years:
        d = _safe(year, month, day)
        if d is None or (weekday is not None and d.weekday() != weekday):
            continue
        if fits(d):
            candidates.append(d)
    return candidates[0] if len(candidates) == 1 else None
