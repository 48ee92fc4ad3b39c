"""Hypothesis strategies for diplomeet's own types, for your property-based tests.

Requires the hypothesis package (`pip install hypothesis`); `import diplomeet`
does not import this module. Every strategy is a plural noun with
keyword-only arguments that take strategies, following hypothesis's own API
style. The records drawn are realistic: real-looking names, ISO country
codes, cities, cue verbs, and statements whose spans are consistent.

The types are also registered for `st.from_type` through hypothesis's entry
point, so `st.from_type(diplomeet.Report)` works once diplomeet is installed.

Examples:
    >>> from hypothesis import given
    >>> import diplomeet
    >>> from diplomeet.strategies import reports
    >>> @given(reports())
    ... def test_round_trip(report):
    ...     assert diplomeet.from_dict(diplomeet.to_dict(report)) == report
    >>> test_round_trip()
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

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

__all__ = [
    "attributions",
    "captions",
    "countries",
    "datelines",
    "dates",
    "disagreements",
    "meeting_sources",
    "meetings",
    "occasions",
    "people",
    "places",
    "reports",
    "retellings",
    "spans",
    "statement_sources",
    "statements",
]

_PEOPLE = [
    ("Wang Yi", "CHN", "State Councilor and Foreign Minister"),
    ("Sergey Lavrov", "RUS", "Foreign Minister"),
    ("Antony Blinken", "USA", "Secretary of State"),
    ("S. Jaishankar", "IND", "External Affairs Minister"),
    ("Annalena Baerbock", "DEU", "Foreign Minister"),
    ("Retno Marsudi", "IDN", "Foreign Minister"),
    ("Hakan Fidan", "TUR", "Foreign Minister"),
    ("Mauro Vieira", "BRA", "Foreign Minister"),
    ("Li Qiang", "CHN", "Premier"),
    ("Vladimir Putin", "RUS", "President"),
    ("Bakhtiyor Saidov", "UZB", "Foreign Minister"),
    ("Penny Wong", "AUS", "Foreign Minister"),
]
_ORG_PEOPLE = [
    ("Josep Borrell", "EU", "High Representative for Foreign Affairs and Security Policy"),
    ("Antonio Guterres", "UN", "Secretary-General"),
]
_PLACES = [
    ("Beijing", "CHN"),
    ("Moscow", "RUS"),
    ("Tashkent", "UZB"),
    ("Bishkek", "KGZ"),
    ("Dushanbe", "TJK"),
    ("Bali", "IDN"),
    ("New York", "USA"),
    ("Munich", "DEU"),
    ("Jakarta", "IDN"),
    ("Geneva", "CHE"),
    (None, "LAO"),
    ("Vientiane", None),
]
_OCCASIONS = [
    ("SCO Council of Foreign Ministers meeting", "SCO"),
    ("G20 Foreign Ministers' Meeting", "G20"),
    ("BRICS Summit", "BRICS"),
    ("ASEAN Regional Forum", "ASEAN"),
    ("UN General Assembly", "UNGA"),
    ("Munich Security Conference", "MSC"),
    ("East Asia Summit", "EAS"),
]
_CUES = ["said", "noted", "stressed", "pointed out", "expressed", "agreed", "urged", "added"]
_SENTENCES = [
    "China and Russia should strengthen strategic coordination.",
    "The two sides agreed to deepen practical cooperation.",
    "He said the relationship is at its best in history.",
    "\u201cWe are ready to work together,\u201d she said.",
    "Both sides exchanged views on the situation in Afghanistan.",
    "Lavrov said Russia supports China in hosting the Games.",
]

COUNTRY_CODES = sorted({c for _, c, _ in _PEOPLE} | {"FRA", "GBR", "JPN", "KOR", "ZAF", "EGY"})


def _check_strategy(name: str, value: object) -> None:
    if not isinstance(value, st.SearchStrategy):
        msg = f"{name} must be a hypothesis strategy, got {value!r}"
        raise TypeError(msg)


def countries() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-3 codes of countries that often appear in reports."""
    return st.sampled_from(COUNTRY_CODES)


def dates(
    *, min_value: dt.date = dt.date(2005, 1, 1), max_value: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[dt.date]:
    """Calendar days in the range reports come from."""
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def spans(draw: st.DrawFn, *, max_end: int = 100_000) -> Span:
    """Valid `[start, end)` spans with `0 <= start <= end <= max_end`."""
    start = draw(st.integers(0, max_end))
    end = draw(st.integers(start, max_end))
    return (start, end)


def places() -> st.SearchStrategy[Place]:
    """Places: real cities with their countries, and partial places (a city or a country)."""
    return st.sampled_from(_PLACES).map(lambda p: Place(city=p[0], country=p[1]))


def occasions() -> st.SearchStrategy[Occasion]:
    """Normalised multilateral events."""
    return st.sampled_from(_OCCASIONS).flatmap(
        lambda o: st.builds(
            Occasion,
            name=st.just(o[0]),
            acronym=st.just(o[1]),
            mention=st.one_of(st.none(), st.just(o[0])),
        )
    )


@st.composite
def people(draw: st.DrawFn, *, names: st.SearchStrategy[str] | None = None) -> Person:
    """Officials with a country (or an organisation), a title and the mentions that named them.

    Args:
        names: a strategy for the canonical name; real diplomats by default.
    """
    if names is not None:
        _check_strategy("names", names)
    if draw(st.integers(0, 9)) == 0:
        name, org, title = draw(st.sampled_from(_ORG_PEOPLE))
        country = None
    else:
        name, country, title = draw(st.sampled_from(_PEOPLE))
        org = None
    if names is not None:
        name = draw(names)
    surname = name.split()[-1] if name.split() else name
    mentions = draw(st.lists(st.sampled_from([name, surname, "he", "she"]), unique=True))
    return Person(
        name=name,
        country=country,
        title=draw(st.one_of(st.none(), st.just(title))),
        organization=org,
        mentions=tuple(mentions),
    )


@st.composite
def attributions(
    draw: st.DrawFn,
    *,
    speakers: st.SearchStrategy[Person] | None = None,
    min_speakers: int = 0,
    max_speakers: int = 3,
) -> Attribution:
    """Attributions with consistent resolution, cue and confidence.

    Args:
        speakers: a strategy for each speaker; `people()` by default.
        min_speakers: at least this many speakers.
        max_speakers: at most this many speakers.
    """
    if speakers is not None:
        _check_strategy("speakers", speakers)
    if not 0 <= min_speakers <= max_speakers:
        msg = f"need 0 <= min_speakers <= max_speakers, got {min_speakers}, {max_speakers}"
        raise ValueError(msg)
    who = tuple(
        draw(
            st.lists(
                speakers if speakers is not None else people(),
                min_size=min_speakers,
                max_size=max_speakers,
            )
        )
    )
    resolution = Resolution.JOINT if len(who) > 1 else draw(st.sampled_from(list(Resolution)))
    return Attribution(
        speakers=who,
        cue=draw(st.one_of(st.none(), st.sampled_from(_CUES))) if who else None,
        mention=(who[0].mentions[0] if who and who[0].mentions else None),
        resolution=resolution,
        confidence=draw(st.floats(0.0, 1.0, allow_nan=False)),
    )


@st.composite
def statement_sources(draw: st.DrawFn) -> StatementSource:
    """One outlet's text and span of a merged statement."""
    text = draw(st.sampled_from(_SENTENCES))
    start = draw(st.integers(0, 5000))
    return StatementSource(
        report=draw(st.integers(0, 50)),
        meeting=draw(st.integers(0, 3)),
        text=text,
        span=(start, start + len(text)),
    )


@st.composite
def statements(
    draw: st.DrawFn,
    *,
    texts: st.SearchStrategy[str] | None = None,
    attributions: st.SearchStrategy[Attribution] | None = None,
    offsets: st.SearchStrategy[int] | None = None,
) -> Statement:
    """Statements whose span is as long as their text.

    Args:
        texts: a strategy for the statement text; report-like sentences by default.
        attributions: a strategy for the attribution; `attributions()` by default.
        offsets: a strategy for the start offset; 0 to 5000 by default.
    """
    for name, value in (("texts", texts), ("attributions", attributions), ("offsets", offsets)):
        if value is not None:
            _check_strategy(name, value)
    text = draw(texts if texts is not None else st.sampled_from(_SENTENCES))
    start = draw(offsets if offsets is not None else st.integers(0, 5000))
    att = draw(attributions if attributions is not None else _attributions())
    kind = (
        StatementKind.JOINT
        if len(att.speakers) > 1
        else draw(st.sampled_from([StatementKind.INDIRECT, StatementKind.DIRECT]))
    )
    return Statement(
        text=text,
        span=(start, start + len(text)),
        kind=kind,
        attribution=att,
        sources=tuple(draw(st.lists(statement_sources(), max_size=2))),
    )


_attributions = attributions


@st.composite
def meeting_sources(draw: st.DrawFn) -> MeetingSource:
    """The provenance of a merged meeting: report, meeting, format, url, date."""
    return MeetingSource(
        report=draw(st.integers(0, 1000)),
        meeting=draw(st.integers(0, 3)),
        source=draw(st.sampled_from(["mfa", "xinhua", "cgtn", "generic"])),
        url=draw(st.one_of(st.none(), st.just("https://example.org/news/1.html"))),
        published=draw(st.one_of(st.none(), dates())),
        title=draw(st.one_of(st.none(), st.just("Wang Yi Meets with Lavrov"))),
    )


def disagreements() -> st.SearchStrategy[Disagreement]:
    """Disagreements between merged sources."""
    return st.builds(
        Disagreement,
        field=st.sampled_from(["date", "place", "mode", "host", "occasion"]),
        values=st.lists(
            st.sampled_from(["2021-07-15", "2021-07-16", "UZB", "phone"]),
            min_size=2,
            max_size=3,
            unique=True,
        ).map(tuple),
    )


@st.composite
def meetings(
    draw: st.DrawFn,
    *,
    participants: st.SearchStrategy[Person] | None = None,
    dates: st.SearchStrategy[dt.date] | None = None,
    min_participants: int = 0,
    max_participants: int = 4,
    max_statements: int = 5,
) -> Meeting:
    """Meetings whose statements' speakers are among the participants.

    Args:
        participants: a strategy for each participant; `people()` by default.
        dates: a strategy for the meeting day; `dates()` by default.
        min_participants: at least this many participants.
        max_participants: at most this many participants.
        max_statements: at most this many statements.
    """
    for name, value in (("participants", participants), ("dates", dates)):
        if value is not None:
            _check_strategy(name, value)
    who = tuple(
        draw(
            st.lists(
                participants if participants is not None else people(),
                min_size=min_participants,
                max_size=max_participants,
                unique_by=lambda p: p.name,
            )
        )
    )
    said = st.lists(
        statements(
            attributions=_attributions(speakers=st.sampled_from(who), max_speakers=min(2, len(who)))
            if who
            else _attributions(max_speakers=0)
        ),
        max_size=max_statements,
    )
    return Meeting(
        date=draw(st.one_of(st.none(), dates if dates is not None else _dates())),
        mode=draw(st.sampled_from(list(MeetingMode))),
        place=draw(st.one_of(st.none(), places())),
        host=draw(
            st.one_of(
                st.none(),
                st.sampled_from([p.country for p in who if p.country])
                if any(p.country for p in who)
                else st.none(),
            )
        ),
        occasion=draw(st.one_of(st.none(), occasions())),
        participants=who,
        statements=tuple(draw(said)),
        span=draw(st.one_of(st.none(), spans(max_end=5000))),
        sources=tuple(draw(st.lists(meeting_sources(), max_size=3))),
        disagreements=tuple(draw(st.lists(disagreements(), max_size=2))),
    )


_dates = dates


@st.composite
def datelines(draw: st.DrawFn) -> Dateline:
    """Wire datelines such as `DUSHANBE, Sept. 16 (Xinhua) --`."""
    city, country = draw(st.sampled_from([p for p in _PLACES if p[0] and p[1]]))
    return Dateline(
        city=city,
        country=country,
        month=draw(st.one_of(st.none(), st.integers(1, 12))),
        day=draw(st.one_of(st.none(), st.integers(1, 28))),
        agency=draw(st.sampled_from(["Xinhua", None])),
        span=draw(spans(max_end=500)),
    )


@st.composite
def captions(draw: st.DrawFn) -> Caption:
    """Photo captions with a credit."""
    text = "Wang Yi (R) meets with Sergei Lavrov in Beijing, May 22, 2019. (Xinhua/Li Yong)"
    start = draw(st.integers(0, 2000))
    return Caption(
        text=text,
        span=(start, start + len(text)),
        credit=draw(st.sampled_from(["Xinhua/Li Yong", None])),
    )


@st.composite
def reports(
    draw: st.DrawFn,
    *,
    meetings: st.SearchStrategy[Meeting] | None = None,
    sources: st.SearchStrategy[str] | None = None,
    min_meetings: int = 0,
    max_meetings: int = 3,
) -> Report:
    """Parsed reports.

    Args:
        meetings: a strategy for each meeting; `meetings()` by default.
        sources: a strategy for the source format name; the built-in names by default.
        min_meetings: at least this many meetings.
        max_meetings: at most this many meetings.
    """
    for name, value in (("meetings", meetings), ("sources", sources)):
        if value is not None:
            _check_strategy(name, value)
    ms = tuple(
        draw(
            st.lists(
                meetings if meetings is not None else _meetings(),
                min_size=min_meetings,
                max_size=max_meetings,
            )
        )
    )
    return Report(
        source=draw(
            sources
            if sources is not None
            else st.sampled_from(["mfa", "xinhua", "cgtn", "generic"])
        ),
        title=draw(st.one_of(st.none(), st.just("Wang Yi Meets with Russian Foreign Minister"))),
        published=draw(st.one_of(st.none(), _dates())),
        url=draw(st.one_of(st.none(), st.just("https://example.org/news/1.html"))),
        meetings=ms,
        dateline=draw(st.one_of(st.none(), datelines())),
        captions=tuple(draw(st.lists(captions(), max_size=2))),
        story=tuple(draw(st.lists(spans(max_end=5000), max_size=4))),
        length=draw(st.integers(0, 100_000)),
        sha256=draw(st.one_of(st.none(), st.text("0123456789abcdef", min_size=64, max_size=64))),
    )


_meetings = meetings


def _retold(draw: st.DrawFn, m: Meeting) -> Meeting:
    """One outlet's telling of a meeting: the slips and gaps of a real copy."""
    day = m.date
    if day is not None:
        day = draw(
            st.sampled_from(
                [day, day, day + dt.timedelta(days=1), day - dt.timedelta(days=1), None]
            )
        )
    place = m.place
    if place is not None:
        place = draw(st.sampled_from([place, place, Place(city=place.city), None]))
    shift = draw(st.integers(0, 500))
    kept = [s for s in m.statements if draw(st.booleans()) or len(m.statements) == 1]
    said = tuple(
        Statement(
            text=s.text,
            span=(s.span[0] + shift, s.span[1] + shift),
            kind=s.kind,
            attribution=s.attribution,
        )
        for s in kept
    )
    who = list(m.participants)
    if draw(st.booleans()):
        who.reverse()
    return Meeting(
        date=day,
        mode=m.mode,
        place=place,
        host=draw(st.sampled_from([m.host, None])),
        occasion=draw(st.sampled_from([m.occasion, m.occasion, None])),
        participants=tuple(who),
        statements=said,
    )


@st.composite
def retellings(
    draw: st.DrawFn,
    *,
    meetings: st.SearchStrategy[Meeting] | None = None,
    min_meetings: int = 1,
    max_meetings: int = 3,
    min_reports: int = 0,
    max_reports: int = 6,
) -> list[Report]:
    """Reports from several outlets that tell the same few meetings, as input for `dedupe`.

    A few meetings are drawn, then each report tells some of them the way a
    copy does: a date a day off or missing, a place cut to its city or
    missing, the occasion or host left out, participants in another order,
    some statements left out and the others at other offsets. Reports come
    from different source formats and carry a publication day near the
    meeting (or none).

    Args:
        meetings: a strategy for each real meeting; `meetings()` by default
            (pass one with few people and days to get same-day traps).
        min_meetings: at least this many real meetings.
        max_meetings: at most this many real meetings.
        min_reports: at least this many reports.
        max_reports: at most this many reports.
    """
    if meetings is not None:
        _check_strategy("meetings", meetings)
    for what, least, lo, hi in (
        ("meetings", 1, min_meetings, max_meetings),
        ("reports", 0, min_reports, max_reports),
    ):
        if not least <= lo <= hi:
            msg = f"need {least} <= min_{what} <= max_{what}, got {lo}, {hi}"
            raise ValueError(msg)
    real = draw(
        st.lists(
            meetings if meetings is not None else _meetings(min_participants=2),
            min_size=min_meetings,
            max_size=max_meetings,
        )
    )
    n = draw(st.integers(min_reports, max_reports))
    out: list[Report] = []
    for _ in range(n):
        told = draw(st.lists(st.sampled_from(real), min_size=1, max_size=2, unique_by=id))
        first = told[0].date
        published = draw(
            st.sampled_from(
                [first, first + dt.timedelta(days=1), None] if first is not None else [None]
            )
        )
        out.append(
            Report(
                source=draw(st.sampled_from(["mfa", "xinhua", "cgtn", "generic"])),
                title=draw(st.sampled_from([None, "Wang Yi Meets with Russian Foreign Minister"])),
                published=published,
                url=draw(st.sampled_from([None, f"https://example.org/news/{len(out)}.html"])),
                meetings=tuple(_retold(draw, m) for m in told),
            )
        )
    return out


def _register(registry: dict[type, Any]) -> None:
    for cls, strategy in registry.items():
        st.register_type_strategy(cls, strategy)


def _hypothesis_setup_hook() -> None:
    """Register the strategies for `st.from_type` (called by hypothesis's entry point)."""
    _register(
        {
            Report: reports(),
            Meeting: meetings(),
            Person: people(),
            Place: places(),
            Occasion: occasions(),
            Statement: statements(),
            Attribution: attributions(),
            Caption: captions(),
            Dateline: datelines(),
            MeetingSource: meeting_sources(),
            StatementSource: statement_sources(),
            Disagreement: disagreements(),
        }
    )
