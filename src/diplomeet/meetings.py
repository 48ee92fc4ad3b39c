"""Finding the meetings a report tells of: who met whom, when, where, how, on what occasion.

Meetings are read from the reporter's frames only (see
[`diplomeet.clauses`][diplomeet.clauses]): a sentence part outside anyone's
reported words that holds a meeting phrase (`met with`, `held phone talks`,
`via video link`) and the people who met. The first such meeting is the one
the report is about; a later one that names a different day, or a different
counterpart, is another meeting. Dates, places and occasions come from the
meeting's own sentence first, then the opening paragraph, the photo captions,
a video page's metadata block, and the dateline; a readout that never dates
its meeting tells of the day it is published. A date in a `since` or `until`
clause dates no meeting.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator, Sequence

from attrs import define, field

from diplomeet.clauses import (
    PEERS,
    RELAYER,
    SUBJECTS_BREAK,
    Clause,
    Vocabulary,
    alternation,
    named_after_verb,
    role_named,
    vocabulary,
)
from diplomeet.dates import DateMention, find_dates, infer_year, reference_day, resolve
from diplomeet.formats import Envelope
from diplomeet.knowledge import Forum, Knowledge, OfficeTerm
from diplomeet.model import MeetingMode, Occasion, Place, Span
from diplomeet.people import AIDE_OF, PARTICLES, Cast, Mention, own_title, place_after
from diplomeet.phrases import PhraseHit, TextMatcher
from diplomeet.text import Sentence

__all__ = ["Draft", "find_meetings"]


@define
class Draft:
    """A meeting being assembled."""

    people: list[str]
    """Cast keys of the participants."""
    mode: MeetingMode = MeetingMode.IN_PERSON
    date: dt.date | None = None
    place: Place | None = None
    host: str | None = None
    occasion: Occasion | None = None
    span: Span | None = None
    sentence: int = -1
    """The index of the clause that tells of it (-1 for a caption or the headline)."""
    frames: list[Span] = field(factory=list)
    """The frames that told of it."""
    date_explicit: bool = False
    persistent: bool = False
    """A meeting with another counterpart: the sentences after it are about it."""
    own_part: Span | None = None
    """The part of a sentence that tells of this meeting alone (`..., before meeting X in
    Baku on Saturday`): its day and place come from there first."""


@define
class _Evidence:
    frame: Span
    clause: int
    mode: MeetingMode
    people: list[str]
    future: bool
    pluperfect: bool = False
    """Told in the past perfect (`had already met`): a meeting before the one reported."""
    retold: str = ""
    """The meeting told before, named again with who chaired or hosted it (`by`: `The
    meeting was chaired by X, with Y in attendance`) or who attended it (`attended`)."""
    paired: bool = False
    """Told in a part of a sentence that tells another meeting in its other part (`X
    held talks with A, while Y received B`): a meeting of its own people."""
    joined_far: list[str] = field(factory=list)
    """For a joint subject whose sentences before name one side only (`The announcement
    came after the two foreign ministers met`): the people the paragraphs before named,
    the meeting's people when the report tells no other."""


@functools.cache
def _needs_person(kb: Knowledge) -> frozenset[str]:
    """Meeting phrases that tell of a meeting only with a person right after (`called on`)."""
    return frozenset(p.lower() for p in kb.lexicon.get("meeting_needs_person") or [])


@functools.cache
def _negation(kb: Knowledge) -> re.Pattern[str] | None:
    """A negation (lexicon `negations`) at most two words before the end of a text."""
    words = sorted(kb.lexicon.get("negations") or [], key=len, reverse=True)
    if not words:
        return None
    alts = "|".join((r"\b" if w[:1].isalnum() else "") + re.escape(w) for w in words)
    return re.compile(rf"(?:{alts})(?!\s+only\b)(?:\s+[\w'-]+){{0,2}}\s+\Z", re.IGNORECASE)


_NEGATION_REACH = 60
"""How far before a meeting phrase a negation is looked for (characters)."""


def _negated(kb: Knowledge, folded: str, start: int, at: int) -> bool:
    """Whether a negation stands right before a meeting phrase at `at` (`did not meet`).

    Only the words since `start` (the sentence's, or the headline's, start) count.
    """
    negation = _negation(kb)
    return negation is not None and (
        negation.search(folded, max(start, at - _NEGATION_REACH), at) is not None
    )


@functools.cache
def _patterns(kb: Knowledge) -> dict[str, TextMatcher]:
    """The meeting vocabulary of a knowledge base as phrase matchers (built once)."""
    lex = kb.lexicon
    phrases = lex.get("meeting_phrases") or {}
    return {
        "meet": TextMatcher(p for ps in phrases.values() for p in ps),
        "phone": TextMatcher(phrases.get("phone") or []),
        "video": TextMatcher(phrases.get("video") or []),
        "spoken": TextMatcher(phrases.get("spoken") or []),
        "in_person": TextMatcher(
            p
            for mode, ps in phrases.items()
            if mode not in ("phone", "video", "spoken")
            for p in ps
        ),
        "together": TextMatcher(lex.get("in_person_markers") or []),
        "future": TextMatcher(lex.get("future_markers") or []),
        "planned": TextMatcher(lex.get("future_predicates") or []),
        "headline_future": TextMatcher(lex.get("headline_future_markers") or []),
        "not": TextMatcher(lex.get("not_meetings") or []),
        "landmark": TextMatcher((lex.get("landmarks") or {}).keys(), case=True),
        "forum": TextMatcher((n for f in kb.forums for n in f.names), case=True),
        "kind": TextMatcher(p for _, ps in kb.event_kinds for p in ps),
        "ceremony": TextMatcher(p for _, ps in kb.ceremonies for p in ps),
    }


_PLACE = re.compile(
    r"\b(?P<prep>in|at|to|of|here)\s+(?:the\s+)?(?P<a>[A-Z][\w'\-.]*(?:\s+[A-Z][\w'\-.]*){0,3})"
    r"(?:\s*,\s*(?P<b>[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2}))?"
)
_HERE = re.compile(r"\bhere\b")


@functools.cache
def _topic_before(kb: Knowledge) -> re.Pattern[str]:
    """A topic noun (the lexicon's `topic_nouns`) ending right before a place's preposition."""
    nouns = sorted(kb.lexicon.get("topic_nouns") or [], key=len, reverse=True)
    words = "|".join(re.escape(n) for n in nouns) or "(?!)"
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)


_TOPIC_REACH = 24
_TOWN_WORDS = "city|town|port|village|resort|metropolis|municipality"
_TOWN_OF = re.compile(rf"\b(?:{_TOWN_WORDS})\s+$")
"""What stands before `of` when a city's name follows (`the port city of Busan`)."""
_TOWN_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_TOWN_WORDS}|capital)\b")
"""What follows a demonym that says where (`in the Spanish city of`, `in the Saudi port city`)."""
_AT = re.compile(r"\b(?:at|in|inside|to)\s+(?:the\s+)?$", re.IGNORECASE)
_CAPITAL = re.compile(r"\bin\s+the\s+(?P<who>[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)?)\s+capital\b")
"""`in the Peruvian capital`: the capital of the country the demonym names."""
_VISITING = re.compile(
    r"\b(?:visiting|(?:visit|trip|tour)\s+(?:to|of))\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2})(?![\w'\-]*\s+[A-Z][a-z])"
)
"""`who was visiting Japan`, `on a visit to China`: where a visitor is."""
_CAPS = re.compile(r"[A-Z][\w'\-.]*(?:\s+[A-Z][\w'\-.]*){0,3}")


def _writes_any(folded: str, words: tuple[str, ...], span: Span) -> bool:
    """Whether a span holds one of these words as written: a cheap test before a pattern."""
    start, end = span
    return any(folded.find(w, start, end) >= 0 for w in words)


def _sides(cast: Cast, people: Sequence[str]) -> int:
    return len({cast.entry(p).country or cast.entry(p).organization or p for p in people})


_BYSTANDER = re.compile(
    r"\b(?:who|whom|whose|which|accompan\w*|behalf|greetings|invitation|"
    r"message|letter|on\s+the\s+occasion)\b[^,;]*$",
    re.IGNORECASE,
)
"""Words before a name, in its clause, that make it someone who did not meet."""
_BYSTANDER_WORDS = (
    "who", "which", "accompan", "behalf", "greetings", "invitation", "message", "letter",
    "occasion",
)  # fmt: skip
"""What every match of `_BYSTANDER` holds, in lower case."""
_INVITED_BY = re.compile(r"(?:\d{1,2}\.\s+)?(?:at|on|upon)\s+the\s+invitation\s+of\b", re.I)
"""A frame opening with its host's invitation (`At the invitation of X, Y visited ...`)."""


def _may_hold(folded: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether a case-blind pattern that needs one of these words may match in the span.

    In ASCII, lower case is exact; elsewhere (`İ`, `ſ` and a few more match ASCII letters
    when case is ignored) the answer is always yes.
    """
    chunk = folded[start:end]
    if not chunk.isascii():
        return True
    low = chunk.lower()
    return any(w in low for w in words)


_MAX_FRAME_MENTIONS = 64
"""Mentions read per frame: a sentence names a few people; a run-on page must not take n² time."""


@functools.cache
def _honoured(kb: Knowledge) -> re.Pattern[str]:
    """A ceremony for someone right before their name (`the funeral of`, `inauguration of`).

    The ceremonies are the events table's; the one they honour did not meet.
    """
    words = "|".join(sorted((re.escape(p) for _, ps in kb.ceremonies for p in ps), key=len))
    return re.compile(rf"\b(?:{words or '(?!)'})\s+(?:of|for)\s+(?:the\s+late\s+)?$", re.I)


_HONOURED_REACH = 60
_PATRONYM = re.compile(
    r"\b(?:ibni|ibn|bin|binti|bint|son\s+of|daughter\s+of)\s+(?:Al-?\s?Marhum\s+|the\s+late\s+)?$",
    re.IGNORECASE,
)
"""Words after a name before the father's (`ibni Al-Marhum`, `son of the late`)."""
_PATRONYM_REACH = 30


def _frame_people(
    cast: Cast,
    folded: str,
    frame: Span,
    meet: TextMatcher | None = None,
    kb: Knowledge | None = None,
) -> list[str]:
    """The people a frame names as taking part (not bystanders, aides' masters, possessors).

    With `meet` (the meeting phrases), a possessor of a meeting takes part: `President
    Biden's meeting with ...`, `Wang Yi's phone call with ...`. With `kb`, the one a
    ceremony honours does not (`met ... before the funeral of Pope Francis`).
    """
    honoured = _honoured(kb) if kb is not None else None
    out: list[str] = []
    mentions = cast.in_span(*frame)[:_MAX_FRAME_MENTIONS]
    ends = {o.end for o in mentions}
    for m in mentions:
        clause_start = max(folded.rfind(",", frame[0], m.start), frame[0])
        if (
            _may_hold(folded, _BYSTANDER_WORDS, clause_start, m.start)
            and _BYSTANDER.search(folded, clause_start, m.start)
            and not (clause_start == frame[0] and _INVITED_BY.match(folded, frame[0]))
        ):
            # `..., who is accompanying President X`; but `At the invitation of X, Y paid a
            # visit to ...` opening a frame names the host of the visit.
            continue
        # `X, adviser to President Y`: a name of the frame ends right before the clause.
        apposed = clause_start in ends or clause_start - 1 in ends
        if apposed and AIDE_OF.search(folded, clause_start, m.name_start):
            continue
        if honoured is not None and honoured.search(
            folded, max(clause_start, m.start - _HONOURED_REACH), m.start
        ):
            continue  # `shortly before the funeral of Pope Francis`: the one it honours
        father = _PATRONYM.search(folded, max(clause_start, m.start - _PATRONYM_REACH), m.start)
        if father is not None and father.start() - 1 in ends:
            continue  # `Sultan Hassanal Bolkiah ibni Al-Marhum Sultan Haji Omar ...`: his father
        after = _possessive_end(folded, m.end)
        if after and not (meet is not None and _possessed_meeting(meet, folded, after)):
            continue  # `Xi's special envoy`, `ahead of Pope Francis' funeral`: no part
        if m.person not in out:
            out.append(m.person)
    return out


def _possessive_end(folded: str, end: int) -> int:
    """Where a possessive after a name ending at `end` ends (`Xi's`, `Francis' `), or 0."""
    if folded[end : end + 2] == "'s" and not folded[end + 2 : end + 3].isalpha():
        return end + 2
    if folded[end - 1 : end] == "s" and _BARE_POSSESSIVE.match(folded, end):
        return end + 1
    return 0


_BARE_POSSESSIVE = re.compile(r"'\s[a-z]")
"""An apostrophe after a name ending in s, before a lower-case word (`Francis' funeral`)."""
_SPACES = re.compile(r"\s{1,3}")
_ADJECTIVE = re.compile(r"[a-z\-]{1,20}\s{1,3}")


def _possessed_meeting(meet: TextMatcher, folded: str, at: int) -> bool:
    """Whether a meeting phrase follows a possessive (`Biden's meeting with`).

    An adjective may stand between (`Wang Yi's first talks with`).
    """
    spaces = _SPACES.match(folded, at)
    if spaces is None:
        return False
    if meet.match(folded, spaces.end()) is not None:
        return True
    word = _ADJECTIVE.match(folded, spaces.end())
    return word is not None and meet.match(folded, word.end()) is not None


_HE_OR_SHE = re.compile(r"\b(?:he|she)\s+(?:\w+\s+)?$")
"""`he` or `she` right before a meeting's verb (an adverb may stand between)."""


def _pronoun_subject(cast: Cast, folded: str, span: Span, sentence_start: int) -> list[str]:
    """The person a `he` or `she` before a meeting's verb stands for.

    It is the last one named before the sentence, when nobody is named between the
    pronoun and the verb.
    """
    start, end = span
    if end - start > _MAX_PRONOUN_REACH:
        start = end - _MAX_PRONOUN_REACH
    if _HE_OR_SHE.search(folded, start, end) is None or cast.in_span(start, end):
        return []
    last = cast.last_before(sentence_start)
    return [last.person] if last is not None else []


_MAX_PRONOUN_REACH = 40

_HAD = re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+|also\s+|just\s+)?$")
"""`had` right before a verb (an adverb may stand between): the past perfect."""
_HAD_REACH = 40
"""How far before a meeting's verb its `had` is looked for."""


def _pluperfect(folded: str, start: int, m: PhraseHit) -> bool:
    """Whether a meeting's verb is in the past perfect (`had already met`, `had held`).

    `had talks with` is no past perfect: the verb after `had` must be a participle.
    """
    verb = m.group().split()[0].lower()
    if verb not in ("met", "held", "spoken") and not verb.endswith("ed"):
        return False
    return _HAD.search(folded, max(start, m.start() - _HAD_REACH), m.start()) is not None


def _by_initials(cast: Cast, folded: str, span: Span, kb: Knowledge) -> list[str]:
    """People a span names by a title's initials (`EAM`, `NSA`), where one person holds it."""
    acronyms = kb.lexicon.get("role_acronyms") or {}
    out: list[str] = []
    for hit in vocabulary(kb).acronyms.finditer(folded, *span):
        role = str(acronyms.get(hit.group(), "")).lower()
        fits = [k for k, e in cast.entries.items() if role and role in (e.title or "").lower()]
        if len(fits) == 1 and fits[0] not in out:
            out.append(fits[0])
    return out


_QUESTION = re.compile(r"\?[\s\"')\]]*$")
"""A sentence that asks (a reporter's question tells of no meeting)."""

_PEER_ROLES = frozenset({"counterpart", "colleague"})
"""Role nouns that name someone by what they are to another (`his Turkish counterpart`)."""


def _role_people(
    cast: Cast,
    folded: str,
    frame: Span,
    verb: int,
    kb: Knowledge,
    day: dt.date | None,
    holders: dict[tuple[str, str, str | None], list[str]],
) -> list[tuple[str, bool]]:
    """People a frame names by role (`The Foreign Secretary also met ...`), where one fits.

    A bare role before the meeting's verb (at `verb`) that several hold is the one the
    story is about (see `_protagonist`).

    A role nobody in the report holds (`The Secretary-General met ...` in a UN readout)
    is the office's holder on `day` in the office-holder table, for an organisation the
    report names, when there is exactly one. `holders` remembers, for the report, who in
    the cast is of a country (`"peer"`), who has a title (`"title"`) and whom the table
    gives for a role (`"table"`): one look per role.

    `his Turkish counterpart` (or colleague) is the one person of that country in the
    cast, or of several the one who holds an office of someone the frame names.

    Each person comes with whether they go first among the meeting's people: all but a
    counterpart named after the verb (`X met his Egyptian counterpart`) do.
    """
    out: list[tuple[str, bool]] = []
    taken: set[str] = set()
    named = cast.in_span(*frame)  # sorted by start
    starts = [m.start for m in named]
    reach = list(itertools.accumulate((m.end for m in named), max))  # the furthest end so far
    for hit in vocabulary(kb).role.finditer(folded, *frame):
        before = bisect_left(starts, hit.end())  # the mentions that start before the hit ends
        if before and reach[before - 1] > hit.start():
            continue  # part of a named mention (`Egyptian President Abdel Fattah al-Sisi`)
        if not hit.group("det") and not hit.group("owner"):
            continue  # `Talks with President of ...`: a title, not someone named by it
        role = (hit.group("role") or hit.group("role2") or "").lower()
        adj = " ".join((hit.group("adj") or hit.group("owner") or "").split())
        country = kb.country_code(adj) if adj else None
        org = None
        stop = hit.end()
        if not adj:
            # `the Emir of Qatar`, `the Secretary-General of the United Nations`.
            stop, country, org = place_after(kb, folded, stop, frame[1])
        if _apposed(cast, folded, stop):
            continue  # `the Minister of Foreign Affairs of Malaysia, Dato' Seri ... Hasan`
        # `the Foreign Minister`: the foreign minister when the cast has one, else a minister.
        fits: list[str] = []
        if role in _PEER_ROLES and country is not None:
            fits = _peer(cast, kb, country, named, day, holders)
            if len(fits) == 1 and fits[0] not in taken:
                taken.add(fits[0])
                out.append((fits[0], hit.end() <= verb))
            continue
        said_roles = tuple(dict.fromkeys((role_named(hit), role)))
        for said in said_roles:
            if ("title", said, country) not in holders:
                holders["title", said, country] = [
                    k
                    for k, e in cast.entries.items()
                    if (country is None or e.country == country)
                    and role
                    # (a word of the title: not `side` in `President`)
                    and f" {said} " in f" {own_title(e.title or '').lower()} "
                ]
            fits = holders["title", said, country]
            if fits:
                break
        # `the Foreign Minister` (a modifier and a role) names a foreign minister.
        office_role = next((r for r in said_roles if kb.office(r)), role)
        office = kb.office(office_role)
        if not fits and country is not None and office is not None:
            # `the King of Jordan`, where the page names King Abdullah II untitled.
            if ("office", office, country) not in holders:
                holders["office", office, country] = [
                    k
                    for k, e in cast.entries.items()
                    if e.country == country
                    and (office in e.offices or any(t.office == office for t in e.known))
                ]
            fits = holders["office", office, country]
        if not fits and day is not None:
            if ("table", office_role, country or org) not in holders:  # one look per role
                holders["table", office_role, country or org] = _holder_of(
                    cast, folded, kb, office_role, day, country, org
                )
            fits = holders["table", office_role, country or org]
        if (
            len(fits) > 1
            and hit.end() <= verb
            and not adj
            and (hit.group("det") or "").lower() == "the"
        ):
            fits = _protagonist(cast, fits, frame, named)
        if len(fits) == 1 and fits[0] not in taken:
            taken.add(fits[0])
            out.append((fits[0], True))
    for hit in PEERS.finditer(folded, *frame):
        # `his Egyptian, Saudi and Qatari counterparts`, `counterparts from Egypt and Qatar`.
        before = bisect_left(starts, hit.end())
        if (before and reach[before - 1] > hit.start()) or _apposed(cast, folded, hit.end()):
            continue  # `his Algerian counterpart Ahmed Attaf`: the name says who
        for said in _LIST_SPLIT.split(hit.group("before") or hit.group("after")):
            country = kb.country_code(said) if said else None
            fits = _peer(cast, kb, country, named, day, holders) if country else []
            if len(fits) == 1 and fits[0] not in taken:
                taken.add(fits[0])
                out.append((fits[0], hit.end() <= verb))
    return out


_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|^the\s+")


def _peer(
    cast: Cast,
    kb: Knowledge,
    country: str,
    named: list[Mention],
    day: dt.date | None,
    holders: dict[tuple[str, str, str | None], list[str]],
) -> list[str]:
    """Who `his Turkish counterpart` (or colleague) is, of the people the report names.

    The one of that country the cast names, or of several the one who holds an office of
    someone the frame names (`named`).

    A counterpart the report never names is the table's holder on `day` of the one office
    the frame's people hold (`Foreign Minister X met his Egyptian counterpart`: Egypt's
    foreign minister on that day).
    """
    if ("peer", "", country) not in holders:
        holders["peer", "", country] = [k for k, e in cast.entries.items() if e.country == country]
    fits = holders["peer", "", country]
    offices = {o for m in named for o in cast.offices(cast.canon(m.person))}
    if len(fits) > 1:
        fits = [k for k in fits if cast.offices(k) & offices]
    if fits or day is None or len(offices) != 1:
        return fits
    office = next(iter(offices))
    if ("peer office", office, country) not in holders:
        terms = kb.holders(country, office, day)
        holders["peer office", office, country] = (
            [cast.add_known(terms[0])] if len({t.name for t in terms}) == 1 else []
        )
    return holders["peer office", office, country]


def _apposed(cast: Cast, folded: str, pos: int) -> bool:
    """Whether a name follows a role ending at `pos`, perhaps after a comma and styles.

    `the Minister of Foreign Affairs of Malaysia, Dato' Seri Utama Haji Mohamad Hasan`:
    the name says who holds the role. The rest of a title may come first, before a comma
    (`the Deputy Prime Minister and Minister of Foreign Affairs of New Zealand, Rt Hon.
    Winston Peters`).
    """
    named = cast.in_span(pos, pos + _APPOSITION_REACH)
    return bool(named) and any(
        p.fullmatch(folded, pos, named[0].start) is not None for p in _BEFORE_APPOSED
    )


_APPOSITION_REACH = 120
# Styles and the first words of a name the finder did not take (`Dato' Seri ... bin Haji`),
# perhaps after the rest of a title and a comma.
_STYLES_BEFORE_NAME = rf"(?:(?:[A-Z][\w'.\-]*|{'|'.join(sorted(PARTICLES))})\s+){{0,8}}"
_BEFORE_APPOSED = (
    re.compile(rf",?\s+{_STYLES_BEFORE_NAME}"),
    re.compile(rf"(?:\s+(?:[A-Z][\w'.\-]*|of|the|and|for)){{1,12}},\s+{_STYLES_BEFORE_NAME}"),
)


def _protagonist(cast: Cast, fits: list[str], frame: Span, named: list[Mention]) -> list[str]:
    """Of several who hold a role the frame names bare, the one the story is about.

    `Espen Barth Eide, Minister of Foreign Affairs, ... the Minister met with Mr Ahmed
    Attaf, Minister of Foreign Affairs of Algeria`: `the Minister` is the one of that
    title named first, before the frame, who is not the frame's other side.
    """
    inside = {m.person for m in named}
    others = [k for k in fits if k not in inside]
    if not others:
        return fits
    lead = min(others, key=lambda k: cast.entry(k).first)
    return [lead] if cast.entry(lead).first < frame[0] else fits


@functools.cache
def _organisations(kb: Knowledge) -> TextMatcher:
    names = [n for short, e in kb.organizations.items() for n in (short, *e.get("names", []))]
    return TextMatcher(names, case=True)


def _holder_of(
    cast: Cast,
    folded: str,
    kb: Knowledge,
    role: str,
    day: dt.date,
    country: str | None = None,
    organization: str | None = None,
) -> list[str]:
    """The table's holder of the office a role names, in an organisation the text names.

    Or of the country or organisation named after the role (`the Emir of Qatar`), or of
    the one country a title names (`the Taoiseach`, `the Tánaiste`).
    """
    office = kb.office(role)
    if office is None:
        return []
    country = country or kb.title_country(role)
    if country is not None:
        terms = kb.holders(country, office, day)
    elif organization is not None:
        terms = kb.holders(None, office, day, organization=organization)
    else:
        orgs = {kb.organization(h.group()) for h in _organisations(kb).finditer(folded)}
        terms = [t for org in orgs if org for t in kb.holders(None, office, day, organization=org)]
    if not terms and country is None:
        # `The Prime Minister met President Xi` on a page that names its author only in
        # its furniture (`From: Prime Minister's Office, ... Sir Keir Starmer`): the one
        # holder of that office on the day whom the page names.
        terms = [
            t
            for t in kb.holders_anywhere(office, day)
            if t.country is not None and _written_word(folded, t.surname)
        ]
    if len({t.name for t in terms}) != 1:
        return []
    return [cast.add_known(terms[0])]


def _written_word(folded: str, word: str) -> bool:
    """Whether the words of a name all stand in the text (one scan of the text, kept)."""
    words = _words_of(folded)
    return all(w in words for w in word.split())


@functools.lru_cache(maxsize=2)
def _words_of(folded: str) -> frozenset[str]:
    """The words of a text that open with a capital (a report's, looked up for names)."""
    return frozenset(_CAPITALISED.findall(folded))


_CAPITALISED = re.compile(r"\b[A-Z][\w'\-]*")


def _people_around(
    clauses: list[Clause],
    speech: list[bool],
    i: int,
    cast: Cast,
    folded: str,
    step: int,
    reach: int = 2,
    paragraphs: int = 1,
) -> list[str]:
    """The people named in the `reach` sentences after (`step` 1) or before (-1) clause `i`.

    The sentences stand in its paragraph or the next (or the one before), or as many
    `paragraphs` around it. After: `The meeting took place in Luxembourg. It was chaired
    by X. The Egyptian delegation was led by Y.`; `The foreign ministers of five countries
    met in Amman.` / `Foreign Minister X joined his Jordanian counterpart Y ...`. Before:
    `... Lawrence Wong at the Leaders' Retreat here. Wong arrived before the two leaders
    held a meeting`.
    """
    out: list[str] = []
    paragraph = clauses[i].sentence.paragraph
    for j in range(i + step, i + step * (1 + reach), step):
        if not 0 <= j < len(clauses):
            break
        if abs(clauses[j].sentence.paragraph - paragraph) > paragraphs or speech[j]:
            break
        for frame in clauses[j].frames:
            out += [p for p in _frame_people(cast, folded, frame) if p not in out]
    return out


_AFTER_TALKS = re.compile(
    r",?\s+(?:following|after|during|at\s+the\s+(?:end|close|conclusion)\s+of)\s+"
    r"(?:(?:their|the|a|an|his|her|its)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:talks|meeting|meetings|consultations|call|conversation|discussions)\b"
)
"""The reporter's words after what both sides agreed: `, following talks between ...`."""


def _frames_told(folded: str, clause: Clause) -> list[Span]:
    """The parts of a sentence that may tell of a meeting.

    The reporter's frames, and the words a spokesperson reports (`Ambassador X, the
    official spokesperson of the Ministry, stated that Minister Y met with Z`): a
    readout relayed is the ministry's account of the meeting, not an opinion.
    """
    subj, content = clause.subject, clause.content
    if content is not None and subj is not None and subj.kind in ("joint", "sides"):
        # `Kenya and Egypt have agreed to ..., following talks between A and B in Nairobi`:
        # what the sides agreed is theirs, the talks it followed the reporter's.
        after = _AFTER_TALKS.search(folded, *content)
        return [*clause.frames, (after.start(), content[1])] if after else clause.frames
    if (
        content is None
        or subj is None
        or clause.cue is None
        or subj.kind not in ("person", "people", "role")
        or not RELAYER.search(folded, subj.start, max(subj.end, clause.cue[0]))
    ):
        return clause.frames
    return [*clause.frames, content]


def _pairs(folded: str, cast: Cast, meet: TextMatcher, frame: Span) -> list[Span]:
    """The parts of a frame that each tell a meeting of their own people, or the frame.

    `Wang Yi held talks with Abdelatty in Beijing, while Vice President Han Zheng met
    Vieira`: each part names someone before its meeting phrase and someone after it.
    """
    breaks = list(SUBJECTS_BREAK.finditer(folded, *frame))
    if not breaks:
        return [frame]
    bounds = [frame[0], *(b.start() for b in breaks), frame[1]]
    starts = [frame[0], *(b.end() for b in breaks)]
    parts: list[Span] = []
    for k, start in enumerate(starts):
        end = bounds[k + 1]
        verb = meet.search(folded, start, end)
        if verb is None:
            continue
        named = cast.in_span(start, end)
        if any(m.end <= verb.start() for m in named) and any(m.start >= verb.end() for m in named):
            parts.append((start, end))
    return parts if len(parts) >= 2 else [frame]


_THE_START = re.compile(r"\s*(?:The|This)\s")
"""A sentence that opens on a meeting told before (`The meeting was chaired by ...`)."""
_BY = re.compile(
    r"[ \t]+(?:(?:was|were|is|has[ \t]+been|had[ \t]+been)[ \t]+(?:(?:co-)?chaired|attended"
    r"|hosted|presided[ \t]+over|convened|opened)[ \t]+)?by[ \t]+"
    r"|[ \t]+(?:brought|brings)[ \t]+together[ \t]+"
)


def _by_someone(folded: str, pos: int, cast: Cast, vocab: Vocabulary) -> str:
    """How someone is named after `by` right after a phrase ending at `pos`, if so.

    `attended` (`The meeting was attended by ...`), else `by` (`The summit, hosted by
    President Biden, ...`, `was received by the Emir`, `The meeting was chaired by H.E.
    ...`, `The meeting brought together ...`), or `""` when no one is.
    """
    by = _BY.match(folded, pos)
    if by is None or named_after_verb(folded, by.end(), cast, vocab) is None:
        return ""
    return "attended" if "attended" in by.group() else "by"


def _first_capital(folded: str, sent: Sentence) -> int:
    """Where the first capitalised word after a sentence's first word starts (or its end)."""
    found = _CAPITALISED.search(folded, sent.start + 1, sent.end)
    return found.start() if found is not None else sent.end


_WITH_NEXT = re.compile(r" (?:also |then |later |\w+ly )?with ")
"""`with` after a meeting's phrase that has no subject (`talks took place with ...`)."""


def _joint_before(vocab: Vocabulary, folded: str, start: int, verb: int) -> bool:
    """Whether a joint subject (`the two leaders`) stands right before a meeting's verb."""
    return any(
        folded[end:verb].strip() in _BETWEEN_JOINT_AND_VERB
        for _, end, _ in vocab.joint.spans(folded, max(start, verb - 60), verb)
    )


_BETWEEN_JOINT_AND_VERB = frozenset({"", "also", "then", "later", "first", "have", "had", ", who"})


def _told_in_words(
    folded: str,
    clauses: list[Clause],
    speech: list[bool],
    cast: Cast,
    pats: dict[str, TextMatcher],
    kb: Knowledge,
) -> tuple[Span, list[str], MeetingMode] | None:
    """The first meeting between two sides told inside someone's words, if any."""
    for c, span, people in _in_words(folded, clauses, speech, cast, pats):
        return span, people, _mode(pats, folded, c.sentence.span, kb)
    return None


_WE_OR_OUR = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def _told_by_the_labelled(
    folded: str,
    clauses: list[Clause],
    cast: Cast,
    pats: dict[str, TextMatcher],
    kb: Knowledge,
) -> tuple[Span, list[str], MeetingMode] | None:
    """A meeting the speakers of a transcript tell of in the first person.

    (`H. FIDAN: ... We have just completed a very productive meeting.` / `A. SAFADI:
    ...`): the people the labels name, of two sides or more, met.
    """
    labelled: list[str] = []
    for c in clauses:
        if c.label and c.subject is not None:
            labelled += [p for p in c.subject.people if p not in labelled]
    if _sides(cast, labelled) < 2:
        return None
    for c in clauses:
        s = c.sentence
        m = pats["meet"].search(folded, s.start, s.end)
        if (
            m is not None
            and _WE_OR_OUR.search(folded, s.start, s.end)
            and not _future(pats, folded, s.span, m.end())
        ):
            return s.span, labelled, _mode(pats, folded, s.span, kb)
    return None


def _in_words(
    folded: str,
    clauses: list[Clause],
    speech: list[bool],
    cast: Cast,
    pats: dict[str, TextMatcher],
) -> Iterator[tuple[Clause, Span, list[str]]]:
    """Meetings of two sides or more told in reported words (not announced for later)."""
    for i, c in enumerate(clauses):
        spans = [c.sentence.span] if speech[i] else ([c.content] if c.content else [])
        for span in spans:
            m = pats["meet"].search(folded, *span)
            if m is None or _future(pats, folded, span, m.end()) or _planned(pats, folded, span, m):
                continue
            people = _frame_people(cast, folded, span)
            subj = c.subject
            if (
                _sides(cast, people) < 2
                and subj is not None
                and span == c.content
                and _SPEAKER_S.search(folded, max(span[0], m.start() - _SPEAKER_S_REACH), m.start())
                and not _LATER.search(folded, *span)
            ):
                # `He said the matter was discussed during his meeting with his Thai
                # counterpart X`: the speaker's own meeting (not `would be raised during his
                # meeting with X next week`).
                if subj.kind == "pronoun":
                    last = cast.last_before(c.sentence.start)
                    speaker = [last.person] if last is not None else []
                else:
                    speaker = list(subj.people) if subj.kind in ("person", "people") else []
                people = [*speaker, *(p for p in people if p not in speaker)]
            if _sides(cast, people) >= 2:
                yield c, span, people


_SPEAKER_S = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]{2,20}\s+)?$")
"""A possessive pronoun before a meeting's noun in someone's words (`his first meeting`)."""
_SPEAKER_S_REACH = 30
_LATER = re.compile(
    r"\b(?:will|would|shall|next|upcoming|forthcoming|tomorrow|later|look(?:s|ed)?\s+forward)\b",
    re.IGNORECASE,
)
"""Words in someone's words that put their meeting still to come."""


def _future(pats: dict[str, TextMatcher], folded: str, span: Span, at: int) -> bool:
    """Whether a mark of the future opens in `span` before `at` (a meeting word's end).

    The mark may run past the meeting's word: `will hold a phone call on Tuesday` holds
    the mark `will ... call on`.
    """
    hit = pats["future"].search(folded, *span)
    return hit is not None and hit.start() < at


def _planned(pats: dict[str, TextMatcher], folded: str, frame: Span, m: PhraseHit) -> bool:
    """Whether a meeting's noun opens its clause and a predicate of the future follows.

    `A telephone conversation between Putin and Trump is being prepared`, `Talks between
    the two premiers are planned for next week`: still to come (lexicon
    `future_predicates`). Not `Putin held a phone call with Trump`.
    """
    start = frame[0]
    for b in _CLAUSE_OPENS.finditer(folded, max(frame[0], m.start() - _OPENING_REACH), m.start()):
        start = b.end()  # (`Peskov added that a three-way meeting ... is being arranged`)
    if _OPENING.fullmatch(folded, start, m.start()) is None:
        return False
    hit = pats["planned"].search(folded, m.end(), frame[1])
    return hit is not None and not _SET_OFF.search(folded, m.end(), hit.start())


# What may stand before a meeting's noun that opens its clause: `A`, `The next round of`.
_OPENING = re.compile(
    r"\s*(?:(?:a|an|the|their|his|her|its|this|that|another|any|next|first|second|new|possible|"
    r"upcoming|expected|planned|direct|bilateral|trilateral|formal|informal|separate|joint|"
    r"further|round|of|[a-z]+-(?:way|level|to-face))\s+){0,4}",
    re.IGNORECASE,
)
_SET_OFF = re.compile(r"[,;:()\"]")
_CLAUSE_OPENS = re.compile(r"(?:\bthat\b|[,;:])")
_OPENING_REACH = 80


def _draft(e: _Evidence, clauses: list[Clause]) -> Draft:
    """A meeting drafted from the sentence that tells of it."""
    return Draft(
        people=list(e.people),
        mode=e.mode,
        span=clauses[e.clause].sentence.span,
        sentence=e.clause,
        frames=[e.frame],
    )


_SINCE = re.compile(r"\b(?:since|until|till|ever since)\b[^,;:.()]{0,100}$", re.IGNORECASE)


def _event_dates(folded: str, start: int, end: int) -> list[DateMention]:
    """The dates of a span that can date what it tells, in order.

    A date in a clause opened by `since` or `until` marks the edge of a stretch of
    time, not the day of an event: `the first meeting since the war started on 24
    February`, `talks will continue until 30 June`.
    """
    return [
        dm
        for dm in find_dates(folded, start, end)
        if not _SINCE.search(folded, max(start, dm.start - 100), dm.start)
    ]


def _first_day(
    folded: str,
    frames: list[Span],
    ref: dt.date | None,
    *,
    skip: tuple[str, ...] = (),
    only: tuple[str, ...] | None = None,
) -> dt.date | None:
    """The first day the frames write out, resolved against `ref`.

    Dates of the kinds in `skip` are passed over, and with `only`, those of other kinds.
    """
    for frame in frames:
        for dm in _event_dates(folded, *frame):
            if dm.kind not in skip and (only is None or dm.kind in only):
                day = resolve(dm, ref)
                if day is not None:
                    return day
    return None


def _days_near(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether two days are one or two apart (a visit's or a summit's days)."""
    return a is not None and b is not None and 1 <= abs((a - b).days) <= _NEAR_DAYS


_NEAR_DAYS = 2

_SEPARATELY = re.compile(
    r"\b(?:separate(?:ly)?|respectively"
    r"|meetings\s+with|(?:phone\s+|telephone\s+)?(?:calls|conversations)\s+with)\b",
    re.IGNORECASE,
)
"""What says one subject met each counterpart on their own: `met separately with A and B`,
`held bilateral meetings with A and B`, `held phone calls with A and B` (the plural)."""
_APART = re.compile(
    r"\b(?:separate(?:ly)?|respectively|bilateral(?:ly)?|one-on-one|sidelines|margins|"
    r"pull-aside|tete-a-tete|t\u00eate-\u00e0-t\u00eate)\b",
    re.IGNORECASE,
)
"""What marks a meeting of some of a group's people as one of their own (`On the sidelines,
EAM held a bilateral meeting with Foreign Minister Hayashi`)."""
_BESIDES = re.compile(
    r"\b(?:also|sidelines|margins|later|afterwards|additionally|in addition)\b", re.IGNORECASE
)
"""What tells a meeting besides the one told before (`Park also held separate meetings`)."""
_CLAUSE_BREAK = re.compile(r";|,\s+and\s+|\s+and\s+the\s+|,\s+while\s+|,\s+before\s+|,\s+after\s+")


_BESIDE = re.compile(
    r"\b(?:sidelines|margins|ahead|eve|after|before|following)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'\-]+\s+){0,3}$"
)
"""What sets a press conference or a plenary apart from the meeting told beside it (`on the
sidelines of the plenary session`, `after a joint press conference`)."""


_IN_TURN = re.compile(
    r",?\s+(?:and\s+(?:later|then|subsequently|afterwards)(?:\s+(?:with|on))?"
    r"|(?:before|after)\s+(?:meeting|holding\s+talks\s+with|talks\s+with)"
    r"|followed\s+by)\b",
    re.IGNORECASE,
)
"""What joins the counterparts of two meetings in one sentence (`met A and later B`,
`met A before meeting B`)."""


def _in_turn(
    folded: str, cast: Cast, pats: dict[str, TextMatcher], main: Draft, frame: Span
) -> list[Draft]:
    """The later meetings of a sentence that tells of several in turn, with their parts.

    The people named before the meeting's verb meet those named before the first
    joining words (`and later`, `before meeting`) in the main meeting, and those named
    after each joining words in a meeting of their own. `main` keeps the first group.
    """
    joins = [m.start() for m in _IN_TURN.finditer(folded, *frame)]
    verb = pats["meet"].search(folded, *frame)
    if not joins or verb is None or verb.start() > joins[0]:
        return []
    heads: list[str] = []
    groups: list[list[str]] = [[] for _ in range(len(joins) + 1)]
    among = set(main.people)
    for m in cast.in_span(*frame):
        person = cast.canon(m.person)
        if person not in among:
            continue
        among.discard(person)  # placed once, at the first mention
        if m.end <= verb.start():
            heads.append(person)
        else:
            groups[bisect_right(joins, m.start)].append(person)
    if not heads or not groups[0] or sum(bool(g) for g in groups) < 2:
        return []
    main.people = [*heads, *groups[0]]
    bounds = [frame[0], *joins, frame[1]]
    return [
        Draft(
            people=[*heads, *g],
            mode=main.mode,
            span=main.span,
            sentence=-1,
            frames=[(bounds[k], bounds[k + 1]), *main.frames],
            persistent=True,
            own_part=(bounds[k], bounds[k + 1]),
        )
        for k, g in enumerate(groups)
        if k > 0 and g
    ]


def _separate_groups(
    folded: str, cast: Cast, pats: dict[str, TextMatcher], frame: Span, people: list[str]
) -> list[list[str]]:
    """The people of each meeting a sentence with `separately` tells of, or none.

    One subject meets each counterpart on their own (`Ding met separately with Keller-Sutter
    and von der Leyen`); several subjects, named before the meeting's verb, each meet the
    counterparts (`Hun Manet and Hun Sen met separately with Wang Yi`).
    """
    verb = pats["meet"].search(folded, *frame)
    heads: list[str] = []
    if verb is not None:
        for m in cast.in_span(frame[0], verb.start()):
            person = cast.canon(m.person)
            if person in people and person not in heads:
                heads.append(person)
    heads = heads or people[:1]
    others = [p for p in people if p not in heads]
    if len(heads) == 1 and len(others) >= 2:
        return [[heads[0], o] for o in others]
    if len(heads) >= 2 and others:
        return [[h, *others] for h in heads]
    return []


_HEADLINE_BREAK = re.compile(r"[,;|]")
"""Between the parts of a headline or caption that may tell different things (`X receives
Y, receives phone call from Z`)."""


def _around(folded: str, sent: Span, m: PhraseHit) -> Span:
    """The clause of a sentence that holds a meeting phrase (where its mode is said)."""
    start = sent[0]
    for b in _CLAUSE_BREAK.finditer(folded, sent[0], m.start()):
        start = b.end()
    nxt = _CLAUSE_BREAK.search(folded, m.end(), sent[1])
    return (start, nxt.start() if nxt else sent[1])


def _mode(pats: dict[str, TextMatcher], folded: str, span: Span, kb: Knowledge) -> MeetingMode:
    """How the meeting a span tells of was held: by video, by phone, or in person.

    A conversation (`spoke with`, `speaks to`) is a call unless the span places it (a
    city, a forum, `on the sidelines`) or names an in-person meeting too.
    """
    if pats["video"].search(folded, *span):
        return MeetingMode.VIDEO
    if pats["phone"].search(folded, *span):
        return MeetingMode.PHONE
    if (
        pats["spoken"].search(folded, *span)
        and not pats["in_person"].search(folded, *span)
        and not pats["together"].search(folded, *span)
        and not pats["forum"].search(folded, *span)
        and not _placed(kb, folded, span)
    ):
        return MeetingMode.PHONE
    return MeetingMode.IN_PERSON


def _placed(kb: Knowledge, folded: str, span: Span) -> bool:
    """Whether a span names a known city a meeting was held in or at (`in New Delhi`)."""
    for m in _PLACE.finditer(folded, *span):
        if m.group("prep") in ("in", "at"):
            place = _city_in(kb, m.group("a"), m.group("b"), m.group("prep"))
            if place is not None and place.city is not None:
                return True
    return False


def find_meetings(
    text: str,
    folded: str,
    clauses: list[Clause],
    speech: list[bool],
    cast: Cast,
    envelope: Envelope,
    kb: Knowledge,
    published: dt.date | None,
) -> list[Draft]:
    """Assemble the report's meetings, the main one first.

    Args:
        text: the input.
        folded: `fold(text)`.
        clauses: the story's sentences, read for speech.
        speech: for each clause, whether the whole sentence is someone's words
            (a continuation of a speaker), so that it holds no frame.
        cast: the report's people.
        envelope: the page's own facts.
        kb: the knowledge.
        published: the publication date.
    """
    pats = _patterns(kb)
    needs_person = _needs_person(kb)
    vocab = vocabulary(kb)
    evidence: list[_Evidence] = []
    holders: dict[tuple[str, str, str | None], list[str]] = {}  # see `_role_people`
    for i, clause in enumerate(clauses):
        if speech[i] or _QUESTION.search(folded, clause.sentence.start, clause.sentence.end):
            continue  # `Is there any plan for the Secretary-General to meet ...?`
        first_capital: int | None = None  # see `_first_capital`
        sent = clause.sentence
        frames: list[Span] = []
        paired: dict[Span, bool] = {}  # the parts `_pairs` split: has it a subject of its own?
        for whole in _frames_told(folded, clause):
            parts = _pairs(folded, cast, pats["meet"], whole)
            frames += parts
            if len(parts) > 1:
                paired.update((part, k > 0) for k, part in enumerate(parts))
        for frame in frames:
            # A part of a sentence split in two meetings is read as a sentence of its own.
            lo, hi = frame if frame in paired else sent.span
            for m in pats["meet"].finditer(folded, *frame):
                if any(
                    not cast.in_span(h.start(), h.end())
                    and not _BESIDE.search(folded, max(lo, h.start() - 40), h.start())
                    for h in pats["not"].finditer(folded, lo, hi)
                ):
                    continue  # a press conference; not `Chairman of the ... Congress`
                if _negated(kb, folded, lo, m.start()):
                    continue  # `the two ministers did not meet`
                by = ""
                joined_far: list[str] = []
                if (
                    m.group().lower() in needs_person
                    and named_after_verb(folded, m.end(), cast, vocab) is None
                    and not (by := _by_someone(folded, m.end(), cast, vocab))
                ):
                    continue  # `called on the U.S. to ...` urges; `called on Putin` visits
                people = _frame_people(cast, folded, frame, pats["meet"], kb)
                roles = _role_people(cast, folded, frame, m.start(), kb, published, holders)
                for who, first in roles:
                    if who in people:
                        continue
                    if first:  # `The Foreign Secretary met X`
                        people.insert(0, who)
                    else:  # `X met his Egyptian counterpart`
                        people.append(who)
                retold = by if by and _THE_START.match(folded, sent.start) else ""
                if retold:
                    # `X attended the ... Meeting in Busan. The meeting was chaired by Y, with
                    # Z in attendance`: X, named first in the sentences before, took part.
                    people[:0] = [
                        p
                        for p in _people_around(clauses, speech, i, cast, folded, -1)[:1]
                        if p not in people
                    ]
                if _sides(cast, people) < 2 and _joint_before(vocab, folded, sent.start, m.start()):
                    # `X and Y promised ... The two men met at the State Department`: a
                    # joint subject is the people the sentences before it named.
                    people += [
                        p
                        for p in _people_around(clauses, speech, i, cast, folded, -1)
                        if p not in people
                    ]
                    if _sides(cast, people) < 2:
                        joined_far = [
                            p
                            for p in _people_around(clauses, speech, i, cast, folded, -1, 6, 3)
                            if p not in people
                        ]
                if _sides(cast, people) < 2 and (
                    m.group().endswith(" with") or _WITH_NEXT.match(folded, m.end())
                ):
                    # `Later that evening, talks took place with President X`: with the one
                    # the story was telling of, named first in the sentences before, when no
                    # capitalised word before the phrase may be its subject (a name, a role).
                    if first_capital is None:  # (looked for once a sentence)
                        first_capital = _first_capital(folded, sent)
                    if first_capital >= m.start():
                        people[:0] = [
                            p
                            for p in _people_around(clauses, speech, i, cast, folded, -1)[:1]
                            if p not in people
                        ]
                if (
                    _sides(cast, people) < 2
                    and not retold  # (`The meeting was attended by the Ambassador`: no more)
                    and not (clause.cue and clause.cue[0] == m.start())
                ):
                    # `The 23rd Meeting ... was held in Beijing. The Indian delegation was led
                    # by ...`: the next sentence of the paragraph may name who met (not when
                    # the phrase is the verb of speech: `X, for his part, welcomed the
                    # Iranian minister and expressed ...` names him in the words).
                    people += [
                        p
                        for p in _people_around(clauses, speech, i, cast, folded, 1)
                        if p not in people
                    ]
                if frame == clause.content or paired.get(frame):
                    pass  # (the spokesperson who relays it; a part with a subject of its own)
                elif clause.subject and clause.subject.kind in ("person", "people"):
                    for p in clause.subject.people:
                        if p not in people:
                            people.insert(0, p)
                else:
                    # `EAM called on Prime Minister Albanese`: the one who holds that title;
                    # `During the visit, he met with ...`: the one the story was telling of.
                    before = (frame[0], m.start())
                    for p in _by_initials(cast, folded, before, kb) or _pronoun_subject(
                        cast, folded, before, sent.start
                    ):
                        if p not in people:
                            people.insert(0, p)
                future = _future(pats, folded, (lo, hi), m.end()) or _planned(
                    pats, folded, frame, m
                )
                evidence.append(
                    _Evidence(
                        frame,
                        i,
                        _mode(pats, folded, _around(folded, (lo, hi), m), kb),
                        people,
                        future,
                        _pluperfect(folded, lo, m),
                        retold,
                        frame in paired,
                        joined_far,
                    )
                )
                break
        subj = clause.subject
        if (
            subj is not None
            and subj.kind == "people"
            and _sides(cast, subj.people) >= 2
            and not any(e.clause == i for e in evidence)
            and clause.frames
        ):
            # `Ishiba and Xi agreed Friday to ...`: two sides acting together met.
            sent = clause.sentence
            evidence.append(
                _Evidence(
                    clause.frames[0],
                    i,
                    _mode(pats, folded, (sent.start, sent.end), kb),
                    list(subj.people),
                    bool(pats["future"].search(folded, sent.start, sent.end)),
                )
            )
    extra: list[tuple[Span, list[str], MeetingMode]] = []
    for span in [c.span for c in envelope.captions] + (
        [envelope.title_span] if envelope.title_span else []
    ):
        hit = pats["meet"].search(folded, *span)
        if (
            hit is not None
            and not pats["future"].search(folded, *span)
            and not pats["headline_future"].search(folded, span[0], hit.end())
            and not _negated(kb, folded, span[0], hit.start())
        ):
            # A headline may tell two meetings (`X receives Hungarian Foreign Minister,
            # receives phone call from Egyptian counterpart`): the mode of its first.
            start = max(
                (b.end() for b in _HEADLINE_BREAK.finditer(folded, span[0], hit.start())),
                default=span[0],
            )
            nxt = _HEADLINE_BREAK.search(folded, hit.end(), span[1])
            extra.append(
                (
                    span,
                    _frame_people(cast, folded, span, pats["meet"], kb),
                    _mode(pats, folded, (start, nxt.start() if nxt else span[1]), kb),
                )
            )

    ref = _reference(
        envelope,
        published,
        folded,
        [c.span for c in envelope.captions] + [c.sentence.span for c in clauses],
    )
    # The report's meeting is the first told of both sides, unless it is long past (`when
    # Modi and Xi met in Kazan on October 23 last year`) and another, or the headline, tells
    # of one: a meeting recalled to set the scene.
    candidates = [e for e in evidence if not e.future and _sides(cast, e.people) >= 2]
    main_ev = next((e for e in candidates if not _long_before(folded, e.frame, ref)), None)
    if main_ev is None and not any(_sides(cast, x[1]) >= 2 for x in extra):
        main_ev = next(iter(candidates), None)
        # `The announcement came after the two foreign ministers met ...` at the end of a
        # story whose first paragraphs named them: when nothing else tells a meeting.
        far = (
            e
            for e in evidence
            if e.joined_far and not e.future and _sides(cast, e.people + e.joined_far) >= 2
        )
        if main_ev is None and (main_ev := next(far, None)) is not None:
            main_ev.people += main_ev.joined_far
    if main_ev is None:
        # The story names the meeting without both sides (`..., Wang said during the talks`):
        # a caption or the headline may name them.
        side = next((x for x in extra if _sides(cast, x[1]) >= 2), None)
        if side is None:
            # A readout relayed whole by a spokesperson (`A spokesperson said: "The Prime
            # Minister met President Aliyev ..."`): the meeting stands in the reported words.
            side = _told_in_words(folded, clauses, speech, cast, pats, kb)
        if side is None:
            # `H. FIDAN: ... We have just completed a very productive meeting.`
            side = _told_by_the_labelled(folded, clauses, cast, pats, kb)
        if side is None:
            return []
        main = Draft(people=list(side[1]), mode=side[2], span=None, sentence=-1, frames=[side[0]])
    else:
        main = _draft(main_ev, clauses)
    if main.mode == MeetingMode.IN_PERSON:
        # A headline or caption (or a sentence naming one side) may say it was a call; a
        # sentence that dates its call tells of another one (`their phone call on June 9`).
        told = [(x[1], x[2]) for x in extra] + [
            (e.people, e.mode)
            for e in evidence
            if not e.future
            and e.mode != MeetingMode.IN_PERSON
            and not _event_dates(folded, *e.frame)
        ]
        for named, mode in told:
            if (
                mode != MeetingMode.IN_PERSON
                and set(named) & set(main.people)
                and set(named) <= set(main.people)
            ):
                # (not `Later in the day, X held a phone call with Z`: a call of another)
                main.mode = mode
                break
    # When: the meeting's own frames, then the opening paragraph, captions, metadata, dateline.
    # The opening: the first four sentences of the first two paragraphs (a headline
    # or a summary line may stand before the sentence that dates the meeting).
    first_paragraphs = set(sorted({c.sentence.paragraph for c in clauses[:8]})[:3])
    opening = [
        f
        for k, c in enumerate(clauses[:5])
        if c.sentence.paragraph in first_paragraphs and not speech[k]
        for f in c.frames
    ]
    caption_spans = [c.span for c in envelope.captions]
    # `Saudi Arabia's foreign minister has held talks with his Iranian counterpart.` /
    # `Prince Faisal arrived on Saturday and met ...`: the next paragraph may tell the same
    # meeting again, with its day.
    told_again = [
        e.frame
        for e in evidence
        if main_ev is not None
        and e is not main_ev
        and not e.future
        and set(e.people) == set(main.people)
        and 0
        < clauses[e.clause].sentence.paragraph - clauses[main_ev.clause].sentence.paragraph
        <= 1
    ]
    _date_of(
        main, folded, [*main.frames, *told_again, *opening], caption_spans, envelope, ref, cast, kb
    )
    # With the day known, a name machine translation garbled can be resolved.
    cast.resolve_garbled(main.date or published)
    main.people = list(dict.fromkeys(cast.canon(p) for p in main.people))
    for e in evidence:
        e.people = list(dict.fromkeys(cast.canon(p) for p in e.people))

    drafts = [main]
    # `Ding met separately with Swiss President Keller-Sutter and European Commission
    # President von der Leyen`: one meeting per counterpart.
    split: list[Draft] = []
    if main_ev is not None and _SEPARATELY.search(folded, *main_ev.frame):
        groups = _separate_groups(folded, cast, pats, main_ev.frame, main.people)
        if groups:
            main.people = groups[0]
            split = [
                Draft(
                    people=g,
                    mode=main.mode,
                    span=main.span,
                    sentence=-1,
                    frames=list(main.frames),
                    persistent=True,
                )
                for g in groups[1:]
            ]
    # `Lammy met Wang Yi and later Vice President Han Zheng`: one meeting per turn, each
    # with the day and place its part of the sentence gives (and so a separate meeting of
    # some of a group's people, below).
    if main_ev is not None and not split:
        split = _in_turn(folded, cast, pats, main, main_ev.frame)
    others: list[tuple[_Evidence, Draft]] = []
    # The first split meeting of each group of people, the first other meeting of each
    # group and mode: looked up, not searched for, per piece of evidence.
    twins: dict[frozenset[str], Draft] = {}
    for s in split:
        twins.setdefault(frozenset(s.people), s)
    # Each person of one split meeting only, not of the main one: `At the meeting with
    # Erywan, ...` tells of the meeting with Erywan again (None: of several).
    only_in: dict[str, Draft | None] = {}
    everyone_split = {*main.people, *(p for s in split for p in s.people)}
    for s in split:
        for p in s.people:
            if p not in main.people:
                only_in[p] = s if p not in only_in else None
    first_told: dict[tuple[frozenset[str], MeetingMode], Draft] = {}
    joint = vocabulary(kb).joint
    earlier_frames: set[Span] = set()
    for e in evidence:
        if e.future or e is main_ev:
            continue
        written = _first_day(folded, [e.frame], main.date or ref, skip=("weekday", "relative"))
        # `The two leaders last met in Kazan on October 23`: an earlier meeting of the same
        # people (named, or a joint subject), not a frame of the main meeting.
        earlier = (
            written is not None
            and main.date is not None
            and written < main.date
            and set(e.people) <= set(main.people)
            and bool(e.people or joint.search(folded, clauses[e.clause].sentence.start, e.frame[1]))
        )
        if earlier and not e.people:
            e.people = list(main.people)
        if e.pluperfect and not earlier and set(e.people) <= set(main.people):
            earlier_frames.add(e.frame)  # `the Minister had already met counterparts`
            continue
        if not e.people:
            continue
        if e.retold and main_ev is not None and not earlier and written is None:
            # `The meeting was chaired by X, with Y in attendance`: the people of the
            # meeting told before. Of those who attended, only peers of its people (`The
            # meeting, hosted by Kamikawa, was attended by Blinken and Wong`; not `The
            # meeting was attended by the Kingdom's Ambassador`, a delegation).
            offices = {o for p in main.people for o in cast.offices(p)}
            main.people += [
                p
                for p in e.people
                if p not in main.people and (e.retold == "by" or cast.offices(p) & offices)
            ]
            main.frames.append(e.frame)
            continue
        if (
            only_in
            and len(e.people) > 2
            and set(e.people) <= everyone_split
            and _SEPARATELY.search(folded, *e.frame)
        ):
            # `X held separate meetings with A and B` told again: the meetings split.
            main.frames.append(e.frame)
            continue
        twin = twins.get(frozenset(e.people))
        if twin is None and only_in and not earlier:
            # Everyone the sentence names is of that meeting (those it does not name, found
            # around it, may be the story's subject).
            in_frame = {cast.canon(m.person) for m in cast.in_span(*e.frame)}
            outside = [only_in.get(p) for p in in_frame if p not in main.people]
            twin = outside[0] if outside and all(o is outside[0] for o in outside) else None
            twin = twin if twin is not None and in_frame <= set(twin.people) else None
        if twin is not None:
            # The paragraph that tells of that separate meeting: what follows is about it.
            twin.sentence = e.clause if twin.sentence < 0 else twin.sentence
            continue
        apart: list[list[str]] = []
        if not earlier and len(main.people) >= 3 and set(e.people) <= set(main.people):
            if set(e.people) < set(main.people) and _sides(cast, e.people) >= 2:
                # `On Friday, Qin held separate talks with Bhutto Zardari`, `On the
                # sidelines, X held a bilateral meeting with Y`: some of a group's people
                # met on their own too (on the day its sentence says, else the group's).
                apart = [e.people] if e.paired or _APART.search(folded, *e.frame) else []
            elif _SEPARATELY.search(folded, *e.frame) and _BESIDES.search(folded, *e.frame):
                # `Park also held separate bilateral meetings with Kamikawa and Wang`: the
                # group's people met in pairs too (not `X held separate meetings with Y and
                # Z`, which tells again what the headline told as one).
                apart = _separate_groups(folded, cast, pats, e.frame, e.people)
        for k, group in enumerate(apart):
            d = _draft(e, clauses)
            d.people = group
            if k:
                d.sentence = -1  # (what follows tells of the first, as reports tell in turn)
            d.persistent = True
            d.own_part = e.frame
            twins[frozenset(d.people)] = d
            split.append(d)
        if apart:
            continue
        new_people = [p for p in e.people if p not in main.people]
        told_twice = first_told.get((frozenset(e.people), e.mode))
        if told_twice is not None and new_people and written is None:
            # `Readout of the meeting with X` over `... met today with X`: one meeting told twice.
            told_twice.frames.append(e.frame)
            continue
        d = _draft(e, clauses)
        others.append((e, d))
        first_told.setdefault((frozenset(d.people), d.mode), d)
        if earlier:
            earlier_frames.add(e.frame)
            continue
        if new_people and _sides(cast, e.people) >= 2:
            continue
        main.frames.append(e.frame)

    # A caption of another day (a photo from an earlier summit) says nothing of the occasion.
    same_day = [
        s
        for s in caption_spans
        if all(resolve(dm, ref) in (None, main.date) for dm in find_dates(folded, *s))
    ]
    opening = [f for f in opening if f not in earlier_frames]
    main.occasion = _occasion(folded, text, [*main.frames, *opening, *same_day], kb, pats, cast)
    _place_of(main, text, folded, [*main.frames, *opening], caption_spans, envelope, cast, kb, pats)
    main.host = _host(cast, main)

    told_on: dict[int, dt.date] = {}  # the day a sentence's first part with one gives
    for s in split:
        part = s.own_part
        if part is None:
            s.date, s.place, s.occasion = main.date, main.place, main.occasion
        else:  # its own part of the sentence first (`..., before meeting X in Baku on Saturday`)
            day = _first_day(folded, [part], ref or main.date, skip=("sequel",)) or _first_day(
                folded, [part], main.date, only=("sequel",)
            )
            if day is not None and s.sentence >= 0:
                told_on.setdefault(s.sentence, day)
            # (`On Wednesday, Chung held talks with Blinken, while Suh received Austin`)
            s.date = day or told_on.get(s.sentence) or main.date
            _place_of(s, text, folded, [part], [], None, cast, kb, pats)
            s.place = s.place or main.place
            s.occasion = _occasion(folded, text, [part], kb, pats, cast) or main.occasion
        s.host = _host(cast, s)
        drafts.append(s)
    drafts.extend(_recalled(folded, clauses, speech, cast, pats, kb, main, ref))
    # The days of the meetings told so far, by where they are told: `the following day`
    # counts from the one told last before it.
    told_days: list[tuple[int, dt.date]] = []  # (where, day), sorted
    if main.date is not None:
        told_days.append((main.span[0] if main.span else 0, main.date))
    for e, d in others:
        day = _first_day(folded, d.frames, main.date or ref, skip=("weekday", "sequel"))
        if day is None:
            k = bisect_left(told_days, (d.frames[0][0], dt.date.min))
            prior = told_days[k - 1][1] if k else None
            day = _first_day(folded, d.frames, prior, only=("sequel",)) if prior else None
        if day is None and ref is not None:
            # `On Friday, Lavrov held talks with Fidan`: the weekday before the report's day.
            day = _first_day(folded, d.frames, ref, only=("weekday",))
        new_people = [p for p in d.people if p not in main.people]
        if new_people and _sides(cast, d.people) >= 2:
            # Another counterpart: the same day unless the text says otherwise. When one of
            # the main meeting's people meets him, what follows is about that meeting;
            # a meeting of other people altogether is only recalled.
            shared = set(d.people) & set(main.people)
            alongside = main_ev is not None and e.clause == main_ev.clause
            d.date = day or (main.date if shared or alongside else None)
            d.persistent = bool(shared) or alongside
            if not shared and day is None and not alongside:
                continue
        elif day is not None and main.date is not None and day != main.date and day < main.date:
            d.date = day
            if _sides(cast, d.people) < 2:
                d.people = list(main.people)
        else:
            continue
        d.occasion = _occasion(folded, text, d.frames, kb, pats, cast)
        _place_of(d, text, folded, d.frames, [], None, cast, kb, pats)
        if d.persistent and d.date == main.date and d.mode == main.mode:
            # Another counterpart met the same day: the same event, and the same place
            # unless the text names another.
            d.occasion = d.occasion or main.occasion
            d.place = d.place or main.place
        elif (
            d.persistent
            and _days_near(d.date, main.date)
            and d.mode == main.mode == MeetingMode.IN_PERSON
        ):
            # A day or two before or after (`On Friday, Lavrov held talks with Fidan`): the
            # same place and occasion (the summit or funeral that brought them) unless the
            # text names others.
            d.place = d.place or main.place
            d.occasion = d.occasion or main.occasion
        d.host = _host(cast, d)
        drafts.append(d)
        if d.date is not None:
            insort(told_days, (d.frames[0][0], d.date))
    return drafts


_LONG_AGO = re.compile(
    r"\b(?:last|past|previous)\s+(?:year|month)\b|\b(?:years?|months?)\s+(?:ago|earlier|before)\b"
    r"|\bearlier\s+this\s+year\b",
    re.IGNORECASE,
)
_LONG_AGO_DAYS = 30
_SINCE_REACH = 120  # (`_SINCE` looks back at most 100 characters)


def _long_before(folded: str, frame: Span, ref: dt.date | None) -> bool:
    """Whether a frame tells a meeting long before the report's day.

    `last year`, `two years ago`, or a date of an earlier year more than a month before it.
    """
    for ago in _LONG_AGO.finditer(folded, *frame):
        if not _SINCE.search(folded, max(frame[0], ago.start() - _SINCE_REACH), ago.start()):
            return True  # (not `his first visit since his inauguration last month`)
    if ref is None or not _YEAR_DIGITS.search(folded, *frame):
        return False
    written = _first_day(folded, [frame], ref, skip=("weekday", "relative"))
    # (a day of an earlier year, not only an earlier day: a page's date may be a late one)
    return written is not None and written.year < ref.year and (ref - written).days > _LONG_AGO_DAYS


def _recalled(
    folded: str,
    clauses: list[Clause],
    speech: list[bool],
    cast: Cast,
    pats: dict[str, TextMatcher],
    kb: Knowledge,
    main: Draft,
    ref: dt.date | None,
) -> list[Draft]:
    """Dated meetings recalled inside someone's words.

    (`on January 17, the presidents had a phone call`): meetings the report tells of,
    though no statement was made at them.
    """
    out: list[Draft] = []
    for c, span, people in _in_words(folded, clauses, speech, cast, pats):
        if set(people) == set(main.people):
            continue
        dates = [d for d in _event_dates(folded, *span) if d.kind not in ("weekday", "relative")]
        day = next((x for x in (resolve(d, main.date or ref) for d in dates) if x), None)
        if day is None or day == main.date:
            continue
        out.append(
            Draft(
                people=people,
                mode=_mode(pats, folded, span, kb),
                date=day,
                span=c.sentence.span,
                sentence=-1,
                frames=[span],
                date_explicit=True,
            )
        )
    return out


def _reference(
    envelope: Envelope, published: dt.date | None, folded: str, hint_spans: list[Span]
) -> dt.date | None:
    """The day weekday words count back from: the dateline's day, or the publication date.

    A dateline gives no year: it takes the publication date's, or failing that the year
    of the first full date written in `hint_spans` (a caption's, a sentence's).
    """
    dl = envelope.dateline
    if dl is not None and dl.month and dl.day:
        year_hint = _year_hint(folded, hint_spans) if published is None else None
        if year_hint is not None:
            return reference_day(dt.date(year_hint, 12, 31), dl.month, dl.day)
        return reference_day(published, dl.month, dl.day)
    return published


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
"""What every full date writes (its year): a span without it holds none."""


def _year_hint(folded: str, spans: list[Span]) -> int | None:
    """The year of the first full date in the given spans."""
    for span in spans:
        if not _YEAR_DIGITS.search(folded, *span):
            continue
        for dm in find_dates(folded, *span):
            if dm.full:
                return dm.year
    return None


def _date_of(
    d: Draft,
    folded: str,
    frames: list[Span],
    captions: list[Span],
    envelope: Envelope,
    ref: dt.date | None,
    cast: Cast,
    kb: Knowledge,
) -> None:
    for f in frames:
        for dm in _event_dates(folded, *f):
            if dm.kind == "sequel":
                continue  # `the following day`: of a later meeting, told against this one
            day = resolve(dm, ref)
            if day is None and dm.month is not None and dm.day is not None and dm.year is None:
                day = _infer(dm, d, cast, kb)
            if day is not None:
                d.date = day
                d.date_explicit = dm.kind not in ("weekday", "relative")
                return
    for span in captions:
        people = {m.person for m in cast.in_span(*span)}
        if people and not people & set(d.people):
            continue  # a photo of other people
        for dm in find_dates(folded, *span):
            day = resolve(dm, ref)
            if day is not None:
                d.date = day
                d.date_explicit = True
                return
    if envelope.metadata_date is not None:
        d.date = envelope.metadata_date
        return
    dl = envelope.dateline
    if dl is not None and dl.month and dl.day and ref is not None:
        d.date = ref
    elif envelope.published is not None:
        # A readout that never dates the meeting tells of the day it is published.
        d.date = envelope.published


def _infer(dm: DateMention, d: Draft, cast: Cast, kb: Knowledge) -> dt.date | None:
    """A year for a month and day, where the text fixes one (weekday, titles' terms)."""
    assert dm.month is not None and dm.day is not None
    constrained = dm.weekday is not None or any(
        cast.entry(p).offices and cast.entry(p).known for p in d.people
    )
    if not constrained:
        return None

    # Each office a participant is known to have held: one of its terms must cover the day.
    offices_held: list[list[OfficeTerm]] = []
    for p in d.people:
        e = cast.entry(p)
        if not e.known:
            continue
        for office in e.offices:
            terms = [t for t in e.known if t.office == office]
            if terms:
                offices_held.append(terms)

    def fits(day: dt.date) -> bool:
        return all(any(t.holds_on(day) for t in terms) for terms in offices_held)

    return infer_year(dm.month, dm.day, dm.weekday, fits)


@functools.lru_cache(maxsize=4096)
def _city_in(kb: Knowledge, words_a: str, words_b: str | None, prep: str) -> Place | None:
    """A place from `in <a>[, <b>]`: a known city (fuzzy after `in`), or a country.

    Remembered for the words last asked about (the knowledge is immutable): the same
    few places and capitalised words come back report after report.
    """
    country_b = kb.country_code(words_b) if words_b else None
    tokens = words_a.split()
    for n in range(len(tokens), 0, -1):
        cand = " ".join(tokens[:n]).rstrip(".")
        city = kb.city(cand, fuzzy=False, country=country_b)
        if city is not None and not (city.strict and country_b is None):
            return Place(city=city.name, country=city.country)
    code = kb.country_named(words_a)  # (not `assistance to the Palestinian people`)
    if code is not None and prep in ("in", "to"):
        return Place(city=None, country=code)
    if prep in ("in", "at") and len(tokens) >= 2:
        # `at Expo City Dubai`, `at the Hilton Tashkent`: a venue, then its city.
        last = [" ".join(tokens[-2:]).rstrip(".")] if len(tokens) > 2 else []
        found = _loose_city(kb, [*last, tokens[-1].rstrip(".")], country_b)
        if found is not None:
            return found
    if words_b and country_b is None and prep in ("in", "at"):
        # `at State House, Nairobi`, `in Pudong, Shanghai`: a venue or district, then its city.
        found = _loose_city(kb, [words_b])
        if found is not None:
            return found
    if prep == "in" and len(tokens) <= 2:
        city = kb.city(words_a, fuzzy=True, country=country_b)
        if city is not None:
            return Place(city=city.name, country=city.country)
    return None


def _loose_city(kb: Knowledge, names: list[str], country: str | None = None) -> Place | None:
    """The first of `names` that is a city whose name is no common word or person's name.

    (A `strict` city, `Nice` or `Victoria`, needs its country named beside it.)
    """
    for name in names:
        city = kb.city(name, fuzzy=False, country=country)
        if city is not None and not city.strict:
            return Place(city=city.name, country=city.country)
    return None


def _place_of(
    d: Draft,
    text: str,
    folded: str,
    frames: list[Span],
    captions: list[Span],
    envelope: Envelope | None,
    cast: Cast,
    kb: Knowledge,
    pats: dict[str, TextMatcher],
) -> None:
    landmarks = kb.lexicon.get("landmarks") or {}
    masked = _occasion_spans(folded, frames, pats)
    topic = _topic_before(kb)

    def search(spans: list[Span]) -> Place | None:
        best: Place | None = None
        weak: Place | None = None  # `to London`, `visiting Japan`: only if nothing better
        for f in spans:
            for lm in pats["landmark"].finditer(folded, *f):
                if not _AT.search(folded, max(f[0], lm.start() - 12), lm.start()):
                    continue  # `Kremlin foreign policy adviser`: a place only after at/in
                city, country = landmarks[lm.group()]
                return Place(city=city, country=country)
            capitals = _CAPITAL.finditer(folded, *f) if _writes_any(folded, ("capital",), f) else ()
            for cm in capitals:
                found = kb.capital(kb.country_code(cm.group("who")))
                if found is not None:
                    return Place(city=found.name, country=found.country)
            for m in _PLACE.finditer(folded, *f):
                if any(s <= m.start("a") < e for s, e in masked):
                    continue
                if topic.search(folded, max(f[0], m.start() - _TOPIC_REACH), m.start()):
                    continue  # `the humanitarian situation in Gaza`: what they talked of
                prep = m.group("prep")
                if prep == "here":
                    continue
                if prep == "of" and _TOWN_OF.search(folded, max(f[0], m.start() - 16), m.start()):
                    prep = "in"  # `in the South Korean port city of Busan`
                if prep in ("to", "of") and not m.group("b"):
                    if prep == "to":
                        weak = weak or _city_in(kb, m.group("a"), None, "to")
                    continue
                place = _city_in(kb, m.group("a"), m.group("b"), prep)
                if place is None and prep == "in" and _TOWN_AFTER.match(folded, m.end("a")):
                    # `in the Spanish city of Toledo`: the country of the demonym.
                    code = kb.country_code(m.group("a"))
                    place = Place(city=None, country=code) if code else None
                if place is None:
                    continue
                if place.city is not None:
                    return place
                best = best or place
            if weak is not None or not _writes_any(folded, ("visit", "trip", "tour"), f):
                continue  # `visiting Japan` only gives a weak place: none written, or one known
            for vm in _VISITING.finditer(folded, *f):
                weak = weak or _city_in(kb, vm.group("a"), None, "in")
        return best or weak

    place = search(frames)
    if place is None and captions:
        people_caps = [s for s in captions if {m.person for m in cast.in_span(*s)} & set(d.people)]
        place = search(people_caps)
    if place is None and envelope is not None and envelope.metadata_location:
        loc = envelope.metadata_location
        parts = [x.strip() for x in loc.split(",")]
        place = _city_in(kb, parts[0], parts[1] if len(parts) > 1 else None, "in")
    dl = envelope.dateline if envelope is not None else None
    here = any(_writes_any(folded, ("here",), f) and _HERE.search(folded, *f) for f in frames)
    if (
        place is None
        and not (here and dl is not None and dl.city)
        and d.occasion is not None
        and d.occasion.mention
        and d.occasion.acronym in _event_acronyms(kb)
    ):
        # `on the margins of the Munich Security Conference`: the event names its city,
        # which says more than a dateline (`BEIJING -- ... met ... at Davos`).
        # The city opens the name (`Munich Security Conference`, `St. Petersburg International
        # Economic Forum`); `Summer Davos` is not held in Davos.
        run = _CAPS.search(d.occasion.mention)
        words = run.group().split() if run is not None else []
        place = _loose_city(kb, [" ".join(words[:2]), *words[:1]] if len(words) > 1 else words)
    if dl is not None and dl.city and place is None and (here or d.mode == MeetingMode.IN_PERSON):
        city = kb.city(dl.city, fuzzy=False)
        if city is not None:
            place = Place(city=city.name, country=city.country)
        elif dl.country or here:
            # A town the table does not know: the dateline says it all the same
            # (`SALT LAKE CITY, May 3 (Xinhua) -- ... met ... here`).
            place = Place(city=dl.city, country=dl.country)
    if place is not None and place.city is None and place.country is not None and dl is not None:
        city = kb.city(dl.city or "", fuzzy=False, country=place.country) if dl.city else None
        if city is not None:
            place = Place(city=city.name, country=city.country)
    if d.mode != MeetingMode.IN_PERSON:
        place = None  # a call has no one place
    d.place = place


def _occasion_spans(folded: str, frames: list[Span], pats: dict[str, TextMatcher]) -> list[Span]:
    out = []
    for f in frames:
        for m in pats["forum"].finditer(folded, *f):
            out.append((m.start(), m.end()))
    return out


_OCCASION_CUE = re.compile(
    r"\b(?:sidelines?|margins?|during|at|attend(?:ing|s|ed)?|ahead\s+of|on\s+the\s+eve\s+of|"
    r"in\s+(?:the\s+)?(?:run-up|lead-up)\s+to|for|to\s+attend|visit\s+to\s+attend|host(?:s|ed|ing)?"
    r"|chair(?:s|ed|ing)?)\b[^,;.]{0,80}$",
    re.IGNORECASE,
)
_CEREMONY_CUE = re.compile(
    r"\b(?:sidelines?|margins?|during|attending|ahead\s+of|on\s+the\s+eve\s+of|for|to\s+attend)"
    r"\b[^,;.]{0,80}$",
    re.IGNORECASE,
)
"""What leads up to a ceremony that was the occasion of a meeting: the visitor came for it."""
_BETWEEN = re.compile(r"[^,;.]{0,60}")


@functools.cache
def _body_after(kb: Knowledge) -> re.Pattern[str]:
    """The words after a forum's name that make it part of a body's name.

    `ASEAN Secretariat`, `SCO Charter`, `G20 Presidency`: the `bodies` of `events.json`.
    """
    bodies = alternation(list(kb.bodies))
    return re.compile(rf"(?:'s|\u2019s)?[ \-](?:{bodies or '(?!)'})\b")


def _after_stop(folded: str, start: int, end: int) -> int:
    """Where `[start, end)` is last broken by `,`, `;` or `.`: an `_OCCASION_CUE` starts after.

    (The cue words and what follows them up to the forum hold none of the three.)
    """
    return max(start, *(folded.rfind(c, start, end) + 1 for c in ",;."))


@functools.cache
def _event_acronyms(kb: Knowledge) -> frozenset[str]:
    """The forums that are events of their own (`MSC`): their names say where they meet."""
    return frozenset(f.acronym for f in kb.forums if f.event)


@functools.cache
def _forums_by_name(kb: Knowledge) -> dict[str, Forum]:
    return {n: f for f in kb.forums for n in f.names}


@functools.cache
def _names_by_phrase(named: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    """The name of each phrase of `kb.event_kinds` or `kb.ceremonies`, by its folded form."""
    return {" ".join(p.lower().split()): name for name, ps in named for p in ps}


def _occasion(
    folded: str,
    text: str,
    spans: list[Span],
    kb: Knowledge,
    pats: dict[str, TextMatcher],
    cast: Cast,
) -> Occasion | None:
    """The multilateral event a meeting took place at, from the meeting's frames.

    A forum's name counts when a kind of meeting stands next to it in the same
    clause (`SCO Council of Foreign Ministers`, `the summit of the G20`), when it
    is a standalone event (`Munich Security Conference`), or when an occasion word
    leads up to it (`on the sidelines of`, `during`, `to attend`); never as part
    of a person's title (`EU High Representative`).
    """
    by_name = _forums_by_name(kb)
    kinds = _names_by_phrase(kb.event_kinds)
    named: list[Span] | None = None  # the people's mentions, read once a forum is named
    for span in spans:
        for m in pats["forum"].finditer(folded, *span):
            forum = by_name.get(m.group())
            if forum is None:
                continue
            if named is None:
                named = [(n.start, n.end) for n in cast.mentions]
            if any(s <= m.start() < e for s, e in named):
                continue
            kind_name = None
            kind_at: tuple[int, int] | None = None
            best: int | None = None
            lo, hi = max(span[0], m.start() - 60), min(span[1], m.end() + 60)
            for km in pats["kind"].finditer(folded, lo, hi):
                gap = (km.start(), m.start()) if km.end() <= m.start() else (m.end(), km.start())
                if gap[0] > gap[1] or not _BETWEEN.fullmatch(folded, *gap):
                    continue
                dist = gap[1] - gap[0]
                if best is None or dist < best:
                    best = dist
                    kind_name = kinds.get(" ".join(km.group().lower().split()))
                    kind_at = (km.start(), km.end())
            cue_from = _after_stop(folded, span[0], m.start())
            cued = _OCCASION_CUE.search(folded, cue_from, m.start()) is not None
            if forum.event:
                return Occasion(
                    name=forum.event, acronym=forum.acronym, mention=text[m.start() : m.end()]
                )
            if kind_name is None and not cued:
                continue
            if kind_name is None and _body_after(kb).match(folded, m.end()):
                continue  # `at the ASEAN Secretariat`: the forum names a body, not a meeting
            name = f"{forum.acronym} {kind_name}" if kind_name else f"{forum.acronym} meeting"
            if kind_name and kind_at is not None and kind_at[0] >= m.end():
                # Words between the forum and the kind are part of the name
                # (`China-EU High-level Strategic Dialogue`), brackets aside.
                between = re.sub(r"\([^)]*\)", " ", folded[m.end() : kind_at[0]]).split()
                if between and all(w[:1].isupper() for w in between):
                    written = " ".join(text[kind_at[0] : kind_at[1]].split())
                    name = f"{forum.acronym} {' '.join(between)} {written}"
            return Occasion(name=name, acronym=forum.acronym, mention=text[m.start() : m.end()])
    return _ceremony(folded, text, spans, kb, pats) or _mechanism(text, spans, kb, cast)


_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|\w{3,6}teenth|twentieth|inaugural|new|latest|next)"
)


@define(frozen=True)
class _Mechanisms:
    """The lexicon's `mechanisms`, compiled (see `_mechanisms`)."""

    pattern: re.Pattern[str] | None
    one_off: frozenset[str]
    series: frozenset[str]


@functools.cache
def _mechanisms(kb: Knowledge) -> _Mechanisms:
    """The pattern of a named bilateral mechanism after its cue, from the lexicon.

    `held the 16th Japan-India Foreign Ministers' Strategic Dialogue`, `the seventh
    meeting of the China-Brazil High-Level Coordination and Cooperation Committee`, `under
    the Vice Foreign Minister-Foreign Secretary mechanism`.
    """
    data = kb.lexicon.get("mechanisms") or {}
    cues, heads, lower = (data.get(k) or [] for k in ("cues", "heads", "lower_heads"))
    pattern = None
    if cues and (heads or lower):
        pattern = re.compile(
            rf"\b(?i:{alternation(cues)})"
            rf"\s+(?:the\s+|a\s+)?(?:(?P<ordinal>{_ORDINAL})\s+)?(?:round\s+of\s+(?:the\s+)?)?"
            r"(?P<name>(?:[A-Z][\w'’.+\-]*\s+(?:(?:and|of|on|for)\s+)?){1,8}"
            rf"(?:{alternation([*heads, *lower])})\b)"
        )
    return _Mechanisms(
        pattern,
        frozenset(data.get("one_off_heads") or []),
        frozenset(data.get("series_words") or []),
    )


def _mechanism(text: str, spans: list[Span], kb: Knowledge, cast: Cast) -> Occasion | None:
    """A bilateral mechanism the meeting was held under, if one is named (see `_mechanisms`).

    A `Meeting` or `Summit` names the meeting itself unless it is one of a numbered or
    annual series (`the ninth China-Australia Annual Leaders' Meeting`); a name inside a
    person's mention (`Chairman of the Standing Committee ...`) is a title.
    """
    known = _mechanisms(kb)
    if known.pattern is None:
        return None
    for span in spans:
        for m in known.pattern.finditer(text, *span):
            start, end = m.span("name")
            if cast.in_span(start, end):
                continue
            words = text[start:end].split()
            if words[-1] in known.one_off and not (
                m.group("ordinal") or known.series.intersection(words)
            ):
                continue  # `held a Japan-ROK Foreign Ministers' Meeting`: the meeting itself
            name = " ".join(words)
            return Occasion(name=name, mention=name)
    return None


def _ceremony(
    folded: str, text: str, spans: list[Span], kb: Knowledge, pats: dict[str, TextMatcher]
) -> Occasion | None:
    """A ceremony the meeting took place at, when an occasion word leads up to it.

    `in Jakarta to attend Prabowo's inauguration ceremony`, `on the sidelines of the state
    funeral`; a ceremony named without such words (`congratulated him on his
    inauguration`), or one the two attended together (`the two heads of state attended the
    inauguration of the port`), is no occasion of their meeting.
    """
    for span in spans:
        for m in pats["ceremony"].finditer(folded, *span):
            if _CEREMONY_CUE.search(folded, _after_stop(folded, span[0], m.start()), m.start()):
                name = _names_by_phrase(kb.ceremonies)[" ".join(m.group().lower().split())]
                return Occasion(name=name, mention=text[m.start() : m.end()])
    return None


def _host(cast: Cast, d: Draft) -> str | None:
    if d.place is None or d.place.country is None:
        return None
    for p in d.people:
        if cast.entry(p).country == d.place.country:
            return d.place.country
    return None


def mention_people(mentions: Sequence[Mention]) -> list[str]:
    """The distinct people of a list of mentions, in order."""
    return list(dict.fromkeys(m.person for m in mentions))


def meeting_sentences(folded: str, clauses: list[Clause], cast: Cast, kb: Knowledge) -> set[int]:
    """Sentences with no cue of their own that tell of a meeting between named people.

    They are the reporter's words even inside a speaker's paragraph.
    """
    pats = _patterns(kb)
    out = set()
    for i, c in enumerate(clauses):
        if c.cue is not None:
            continue
        s = c.sentence
        if (
            pats["meet"].search(folded, s.start, s.end)
            and len({m.person for m in cast.in_span(s.start, s.end)}) >= 2
        ):
            out.add(i)
    return out
