"""`parse`: text in, a [`Report`][diplomeet.Report] out.

The pipeline: pick the source format, read the envelope (headline,
publication date, dateline, captions, story paragraphs), split the story into
sentences with exact offsets, find the people, read each sentence's speech
frame, find the meetings, then the statements and their speakers.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import logging

import attrs

from diplomeet.attribution import attribute, narration, speech_flow
from diplomeet.clauses import analyse, split_speakers, vocabulary
from diplomeet.dates import find_dates
from diplomeet.formats import Envelope, detect_format, get_format
from diplomeet.knowledge import Knowledge, default_knowledge
from diplomeet.meetings import Draft, find_meetings, meeting_sentences
from diplomeet.model import Dateline, Meeting, Person, Report, Statement
from diplomeet.narrator import first_person
from diplomeet.people import Cast, find_people
from diplomeet.text import fold, fold_single_quotes, sentences

__all__ = ["parse"]

log = logging.getLogger(__name__)


def parse(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    knowledge: Knowledge | None = None,
) -> Report:
    """Read one report.

    Args:
        text: the report's text, as scraped or pasted (page furniture and all).
        source: force a source format by name instead of detecting it.
        url: where the report came from, kept in the result.
        published: the publication date, if the caller knows it; it beats a
            date read from the page and is the reference for weekday words.
        knowledge: the knowledge to use (see `diplomeet.knowledge`); the built-in
            data by default.

    Returns:
        The report. Text with no meeting in it gives `meetings == ()`.

    Raises:
        UnknownFormatError: only if `source` names no installed format. Any
            `str` is parsed without raising.

    Examples:
        >>> import diplomeet
        >>> diplomeet.parse("Nothing happened today.").meetings
        ()
    """
    fmt = get_format(source) if source is not None else get_format(detect_format(text))
    kb = knowledge or default_knowledge()
    try:
        envelope = fmt.envelope(text)
    except Exception:  # a plug-in's bug must not make parse raise on text
        log.exception("source format %r failed to read the envelope", fmt.name)
        envelope = Envelope(source=fmt.name, story=((0, len(text)),))
    envelope = _resolve_dateline(envelope, kb)
    published = published or envelope.published
    if published != envelope.published:
        envelope = attrs.evolve(envelope, published=published)  # the caller's day is the page's
    meetings = _meetings(text, envelope, kb, published or _undated_reference(text, envelope))
    return Report(
        source=fmt.name,
        title=envelope.title,
        published=published,
        url=url,
        meetings=meetings,
        dateline=envelope.dateline,
        captions=envelope.captions,
        story=envelope.story,
        length=len(text),
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )


def _resolve_dateline(envelope: Envelope, kb: Knowledge) -> Envelope:
    dl = envelope.dateline
    if dl is None or not dl.city:
        return envelope
    city = kb.city(dl.city, fuzzy=False)
    if city is None:
        city = kb.capital(kb.country_code(dl.city))  # `KUWAIT, Nov 24 (KUNA)`: its capital
    if city is None:
        return envelope
    dl = Dateline(
        city=city.name,
        country=city.country,
        month=dl.month,
        day=dl.day,
        agency=dl.agency,
        span=dl.span,
    )
    return attrs.evolve(envelope, dateline=dl)


def _undated_reference(text: str, envelope: Envelope) -> dt.date | None:
    """The dateline's day in the copyright line's year, for a page that gives no date.

    (`Rabat, Feb 1 (EFE)` ... `(c) EFE 2023`): the day the meetings' weekday words
    count back from. It is no publication date: the report's `published` stays empty.
    A site's footer may give the year it was read in rather than written in, so a full
    date in the story or a caption (which gives the year itself) comes first.
    """
    dl = envelope.dateline
    year = envelope.copyright_year
    if dl is None or not dl.month or not dl.day or year is None:
        return None
    for span in (*envelope.story, *(c.span for c in envelope.captions)):
        if any(d.full for d in find_dates(text, *span)):
            return None
    try:
        return dt.date(year, dl.month, dl.day)
    except ValueError:
        return None


def _meetings(
    text: str, envelope: Envelope, kb: Knowledge, published: dt.date | None
) -> tuple[Meeting, ...]:
    folded = fold_single_quotes(fold(text), envelope.story)
    story = sentences(text, envelope.story, folded=folded)
    if not story:
        return ()
    spans = [*envelope.story, *(c.span for c in envelope.captions)]
    if envelope.title_span:
        spans.append(envelope.title_span)
    story_start = envelope.story[0][0] if envelope.story else 0
    cast = find_people(text, spans, kb=kb, folded=folded, story_start=story_start, day=published)
    if envelope.dateline is not None and envelope.dateline.country is not None:
        cast.settle_home(envelope.dateline.country)  # (the dateline's city is resolved)
    clauses = [analyse(text, folded, s, cast, kb) for s in story]
    if not any(c.label for c in clauses):  # a transcript's labels name who says `I`
        selves = sorted(a for a, _ in first_person(text, folded, envelope, cast, kb))
        for i, s in enumerate(story):
            at = bisect.bisect_left(selves, s.start)
            if at < len(selves) and selves[at] < s.end:
                clauses[i] = analyse(text, folded, s, cast, kb)
    story, clauses = split_speakers(text, folded, story, clauses, cast, kb)
    told = meeting_sentences(folded, clauses, cast, kb)
    joint = vocabulary(kb).joint
    turns = speech_flow(
        folded, clauses, told, lambda s, e, who: narration(folded, s, e, who, cast, joint)
    )
    speech = [t.continued for t in turns]
    drafts = find_meetings(text, folded, clauses, speech, cast, envelope, kb, published)
    if not drafts:
        return ()
    for d in drafts:
        d.people = list(dict.fromkeys(cast.canon(p) for p in d.people))
    statements = attribute(text, folded, clauses, turns, cast, drafts)
    return tuple(_meeting(d, cast, said) for d, said in zip(drafts, statements, strict=True))


def _titled(person: Person, cast: Cast, key: str, day: dt.date | None) -> Person:
    """A participant's title, from the office-holder table when the report gives none.

    The title of the office the table says the person held on the meeting day (or,
    with no day, the latest one), and, when the text does not say, that office's country
    or organisation: one term's, never a title of one and the country of another.
    """
    if person.title is not None:
        return person
    entry = cast.entry(key)
    terms = entry.known
    if day is not None:
        terms = tuple(t for t in terms if t.holds_on(day))
    if not terms:
        return person
    latest = max(terms, key=lambda t: t.start or dt.date.min)
    if entry.stated:
        return attrs.evolve(person, title=latest.title)
    return attrs.evolve(
        person, title=latest.title, country=latest.country, organization=latest.organization
    )


def _meeting(d: Draft, cast: Cast, said: list[Statement]) -> Meeting:
    participants = tuple(_titled(cast.person(p), cast, p, d.date) for p in d.people)
    return Meeting(
        date=d.date,
        mode=d.mode,
        place=d.place,
        host=d.host,
        occasion=d.occasion,
        participants=participants,
        statements=_as_participants(said, participants),
        span=d.span,
    )


def _as_participants(
    said: list[Statement], participants: tuple[Person, ...]
) -> tuple[Statement, ...]:
    """The statements with each speaker who took part written as the meeting's participant.

    A speaker's record is then the participant's, with the title and country the
    office-holder table gave for the meeting's day, not a second, barer one.
    """
    by_name = {p.name: p for p in participants}
    out = []
    for s in said:
        speakers = tuple(by_name.get(p.name, p) for p in s.attribution.speakers)
        same = speakers == s.attribution.speakers
        attribution = s.attribution if same else attrs.evolve(s.attribution, speakers=speakers)
        out.append(s if same else attrs.evolve(s, attribution=attribution))
    return tuple(out)
