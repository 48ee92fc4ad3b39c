"""The typed records diplomeet produces: reports, meetings, people, statements.

Every class is a frozen, slotted attrs class: immutable, hashable and cheap.
The classes hold data only; the stages of the pipeline build them, and
[`diplomeet.serialize`][diplomeet.serialize] turns them into JSON and back.

Examples:
    >>> from datetime import date
    >>> from diplomeet import Meeting, MeetingMode, Person, Place
    >>> wang = Person(name="Wang Yi", country="CHN", title="Foreign Minister")
    >>> m = Meeting(date=date(2021, 7, 15), mode=MeetingMode.IN_PERSON,
    ...             place=Place(city="Tashkent", country="UZB"), participants=(wang,))
    >>> m.participants[0].name
    'Wang Yi'
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Any

import attrs
from attrs import field, frozen
from attrs import validators as v

__all__ = [
    "Attribution",
    "Caption",
    "Dateline",
    "Disagreement",
    "Meeting",
    "MeetingMode",
    "MeetingSource",
    "Occasion",
    "Person",
    "Place",
    "Report",
    "Resolution",
    "Span",
    "Statement",
    "StatementKind",
    "StatementSource",
]

Span = tuple[int, int]
"""A half-open `[start, end)` range of character offsets into the text given to `parse`."""

_ALPHA3 = re.compile(r"[A-Z]{3}")


class MeetingMode(enum.StrEnum):
    """How the participants met."""

    IN_PERSON = "in_person"
    """Face to face."""
    PHONE = "phone"
    """A telephone call."""
    VIDEO = "video"
    """A video link or virtual meeting."""


class StatementKind(enum.StrEnum):
    """What kind of speech a statement reports."""

    INDIRECT = "indirect"
    """Reported speech: `Wang said that ...`."""
    DIRECT = "direct"
    """Quoted words: `"...," Lavrov said.`."""
    JOINT = "joint"
    """Both sides at once: `The two sides agreed ...`."""


class Resolution(enum.StrEnum):
    """How the words that named a speaker were resolved to a person."""

    NAME = "name"
    """A full name, possibly with titles: `Russian Foreign Minister Sergei Lavrov`."""
    SURNAME = "surname"
    """A surname alone: `Lavrov`."""
    PRONOUN = "pronoun"
    """A personal pronoun: `he`, `she`."""
    ROLE = "role"
    """A role noun: `the Russian diplomat`, `the senior official`."""
    CONTINUATION = "continuation"
    """No new cue: a further sentence of the same speaker's paragraph."""
    JOINT = "joint"
    """Both sides: `the two sides`, `the two ministers`."""
    OTHER = "other"
    """Someone who is not a participant: a spokesperson, a document, an expert."""


def _optional_alpha3(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _ALPHA3.fullmatch(value):
        msg = f"{attribute.name} must be an ISO 3166-1 alpha-3 code such as 'CHN', got {value!r}"
        raise ValueError(msg)


def _valid_span(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)
    ):
        msg = f"{attribute.name} must be a pair of integers [start, end), got {value!r}"
        raise TypeError(msg)
    start, end = value
    if not 0 <= start <= end:
        msg = f"{attribute.name} must satisfy 0 <= start <= end, got {value!r}"
        raise ValueError(msg)


def _to_span(value: Any) -> Any:
    """Accept a list `[start, end]` where a tuple is wanted (JSON has no tuples)."""
    return tuple(value) if isinstance(value, list) else value


def _to_spans(value: Any) -> Any:
    return tuple(_to_span(s) for s in value) if isinstance(value, (list, tuple)) else value


def _to_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _str_tuple() -> Any:
    return field(
        default=(),
        converter=_to_tuple,
        validator=v.deep_iterable(v.instance_of(str), v.instance_of(tuple)),
    )


def _tuple_of(cls: type) -> Any:
    return field(
        default=(),
        converter=_to_tuple,
        validator=v.deep_iterable(v.instance_of(cls), v.instance_of(tuple)),
    )


_optional_str = v.optional(v.instance_of(str))
_optional_date = v.optional(v.instance_of(dt.date))


@frozen
class Place:
    """Where something took place.

    Examples:
        >>> Place(city="Bishkek", country="KGZ")
        Place(city='Bishkek', country='KGZ')
    """

    city: str | None = field(default=None, validator=_optional_str)
    """The city (or island, resort, region) as its canonical English name."""
    country: str | None = field(default=None, validator=_optional_alpha3)
    """The country as an ISO 3166-1 alpha-3 code."""


@frozen
class Occasion:
    """The multilateral event a meeting took place at, or the mechanism it was held under.

    (A bilateral mechanism: `Japan-India Foreign Ministers' Strategic Dialogue`.)

    Examples:
        >>> Occasion(name="SCO Council of Foreign Ministers meeting", acronym="SCO").acronym
        'SCO'
    """

    name: str = field(validator=v.instance_of(str))
    """A normalised name such as `SCO Council of Foreign Ministers meeting` or `G20 Summit`."""
    acronym: str | None = field(default=None, validator=_optional_str)
    """The organisation or forum behind it, by its usual short name (`SCO`, `G20`)."""
    mention: str | None = field(default=None, validator=_optional_str)
    """The words of the report that named it."""


@frozen
class Person:
    """Someone who took part in a meeting or said something.

    Examples:
        >>> p = Person(name="Sergey Lavrov", country="RUS", title="Foreign Minister",
        ...            mentions=("Sergei Lavrov", "Lavrov"))
        >>> p.country
        'RUS'
    """

    name: str = field(validator=v.instance_of(str))
    """The canonical full name, the same in every report (`Sergey Lavrov`)."""
    country: str | None = field(default=None, validator=_optional_alpha3)
    """The country the person represents (ISO 3166-1 alpha-3); `None` for an organisation."""
    title: str | None = field(default=None, validator=_optional_str)
    """The title as the report gives it (`State Councilor and Foreign Minister`)."""
    organization: str | None = field(default=None, validator=_optional_str)
    """The international organisation represented (`EU`, `UN`), if any."""
    mentions: tuple[str, ...] = _str_tuple()
    """Every distinct form of words the report used to name the person."""


@frozen
class Attribution:
    """Who said a statement, and how diplomeet knows.

    Examples:
        >>> a = Attribution(speakers=(Person(name="Wang Yi", country="CHN"),),
        ...                 cue="said", mention="Wang", resolution=Resolution.SURNAME)
        >>> a.speakers[0].name
        'Wang Yi'
    """

    speakers: tuple[Person, ...] = _tuple_of(Person)
    """Everyone who said it: one person, or all participants for a joint statement."""
    cue: str | None = field(default=None, validator=_optional_str)
    """The cue verb as written (`said`, `stressed`, `pointed out`, `agreed`)."""
    mention: str | None = field(default=None, validator=_optional_str)
    """The words that named the speaker (`he`, `the Russian diplomat`, `Lavrov`)."""
    resolution: Resolution = field(default=Resolution.NAME, converter=Resolution)
    """How the mention was resolved to the speakers."""
    confidence: float = field(default=1.0, validator=[v.instance_of(float), v.ge(0.0), v.le(1.0)])
    """How sure diplomeet is of the speakers, from 0 to 1."""


@frozen
class StatementSource:
    """One outlet's telling of a statement, kept when statements are merged by `dedupe`."""

    report: int = field(validator=[v.instance_of(int), v.ge(0)])
    """The position of the report in the input of `dedupe`."""
    meeting: int = field(validator=[v.instance_of(int), v.ge(0)])
    """The position of the meeting in that report's `meetings`."""
    text: str = field(validator=v.instance_of(str))
    """The statement's text in that report."""
    span: Span = field(converter=_to_span, validator=_valid_span)
    """The statement's span in that report's input text."""


@frozen
class Statement:
    """One or more consecutive sentences said by the same speaker(s).

    Examples:
        >>> s = Statement(text="Wang said ties are stable.", span=(10, 36))
        >>> s.kind
        <StatementKind.INDIRECT: 'indirect'>
    """

    text: str = field(validator=v.instance_of(str))
    """The statement's source text: exactly `input[span[0]:span[1]]`."""
    span: Span = field(converter=_to_span, validator=_valid_span)
    """`[start, end)` character offsets into the text given to `parse`."""
    kind: StatementKind = field(default=StatementKind.INDIRECT, converter=StatementKind)
    """Reported, quoted or joint speech."""
    attribution: Attribution = field(factory=Attribution, validator=v.instance_of(Attribution))
    """Who said it."""
    sources: tuple[StatementSource, ...] = _tuple_of(StatementSource)
    """Every outlet's text and span of this statement; filled in by `dedupe`, else empty."""


@frozen
class MeetingSource:
    """A report (and a meeting in it) that a merged meeting was built from."""

    report: int = field(validator=[v.instance_of(int), v.ge(0)])
    """The position of the report in the input of `dedupe`."""
    meeting: int = field(validator=[v.instance_of(int), v.ge(0)])
    """The position of the meeting in that report's `meetings`."""
    source: str = field(validator=v.instance_of(str))
    """The report's source format (`mfa`, `xinhua`, `cgtn`, `generic`, ...)."""
    url: str | None = field(default=None, validator=_optional_str)
    """The report's URL, when known."""
    published: dt.date | None = field(default=None, validator=_optional_date)
    """The report's publication date, when known."""
    title: str | None = field(default=None, validator=_optional_str)
    """The report's headline, when known."""


@frozen
class Disagreement:
    """Sources of a merged meeting that disagree on a field."""

    field: str = field(validator=v.instance_of(str))
    """The meeting field (`date`, `place`, `mode`, `host`, `occasion`)."""
    values: tuple[str, ...] = _str_tuple()
    """The distinct values the sources gave, as strings, the chosen one first."""


@frozen
class Meeting:
    """One meeting: who met whom, when, where, how, on what occasion, and what they said.

    Examples:
        >>> m = Meeting(mode="phone")
        >>> m.mode
        <MeetingMode.PHONE: 'phone'>
    """

    date: dt.date | None = field(default=None, validator=_optional_date)
    """The day of the meeting, or `None` when the report does not fix it."""
    mode: MeetingMode = field(default=MeetingMode.IN_PERSON, converter=MeetingMode)
    """In person, by phone or by video link."""
    place: Place | None = field(default=None, validator=v.optional(v.instance_of(Place)))
    """Where it took place (for a call, where the report places it, if anywhere)."""
    host: str | None = field(default=None, validator=_optional_alpha3)
    """The participant's country where it took place; `None` if no participant's."""
    occasion: Occasion | None = field(default=None, validator=v.optional(v.instance_of(Occasion)))
    """The multilateral event it took place at, if any."""
    participants: tuple[Person, ...] = _tuple_of(Person)
    """Everyone who met."""
    statements: tuple[Statement, ...] = _tuple_of(Statement)
    """What was said, in the order of the report."""
    span: Span | None = field(
        default=None,
        converter=_to_span,
        validator=v.optional(_valid_span),
    )
    """The sentence that tells of the meeting, as offsets into the input."""
    sources: tuple[MeetingSource, ...] = _tuple_of(MeetingSource)
    """The reports this meeting was read from; filled in by `dedupe`, else empty."""
    disagreements: tuple[Disagreement, ...] = _tuple_of(Disagreement)
    """Fields on which merged sources disagreed; filled in by `dedupe`, else empty."""


@frozen
class Dateline:
    """A wire dateline such as `DUSHANBE, Sept. 16 (Xinhua) --`."""

    city: str | None = field(default=None, validator=_optional_str)
    """The dateline city, canonical when known (`Dushanbe`)."""
    country: str | None = field(default=None, validator=_optional_alpha3)
    """The city's country (ISO 3166-1 alpha-3), when known."""
    month: int | None = field(default=None, validator=v.optional(v.and_(v.ge(1), v.le(12))))
    """The month of the dateline, if it gives one."""
    day: int | None = field(default=None, validator=v.optional(v.and_(v.ge(1), v.le(31))))
    """The day of the month of the dateline, if it gives one."""
    agency: str | None = field(default=None, validator=_optional_str)
    """The agency in brackets (`Xinhua`)."""
    span: Span = field(default=(0, 0), converter=_to_span, validator=_valid_span)
    """Where the dateline stands in the input."""


@frozen
class Caption:
    """A photo caption: set aside from the statements, but a source of facts."""

    text: str = field(validator=v.instance_of(str))
    """The caption's text, exactly as in the input."""
    span: Span = field(converter=_to_span, validator=_valid_span)
    """Where the caption stands in the input."""
    credit: str | None = field(default=None, validator=_optional_str)
    """The credit in brackets (`Xinhua/Li Yong`, `Photo/Chinese Foreign Ministry`)."""


@frozen
class Report:
    """One parsed report: what the page says about itself, and the meetings it tells of.

    Examples:
        >>> r = Report(source="xinhua", title="Chinese, Russian FMs meet")
        >>> r.meetings
        ()
    """

    source: str = field(validator=v.instance_of(str))
    """The source format that read it (`mfa`, `xinhua`, `cgtn`, `generic`, or a plug-in's)."""
    title: str | None = field(default=None, validator=_optional_str)
    """The headline, if the text has one."""
    published: dt.date | None = field(default=None, validator=_optional_date)
    """The publication date, from the page's own header or the caller."""
    url: str | None = field(default=None, validator=_optional_str)
    """Where the report came from, if the caller said."""
    meetings: tuple[Meeting, ...] = _tuple_of(Meeting)
    """The meeting the report is about first, then any other meeting it tells of and dates."""
    dateline: Dateline | None = field(default=None, validator=v.optional(v.instance_of(Dateline)))
    """The wire dateline, if any."""
    captions: tuple[Caption, ...] = _tuple_of(Caption)
    """Photo captions found in the text."""
    story: tuple[Span, ...] = field(
        default=(),
        converter=_to_spans,
        validator=v.deep_iterable(_valid_span, v.instance_of(tuple)),
    )
    """The paragraphs of the story proper (page furniture, headline and captions left out)."""
    length: int = field(default=0, validator=[v.instance_of(int), v.ge(0)])
    """The length of the input text in characters: every span lies within it."""
    sha256: str | None = field(default=None, validator=_optional_str)
    """The SHA-256 of the input text (UTF-8), to check a span against the right text."""
