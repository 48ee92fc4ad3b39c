"""The first person of a release: who `I` and `we` are when ministers write of their meetings.

A minister's media release or post often tells of a meeting in the first person
(`Today I met my Indonesian counterpart, Foreign Minister Retno Marsudi`, `We
discussed ...`, `I thanked her for ...`) and names its author above the story
(`Minister for Foreign Affairs` / `Senator the Hon Penny Wong`). Outside quotation
marks, `I` is then that author, and `we` the author with the people met.

Nothing is read this way where a quotation holds the words (`"I met him," Lavrov
said`), in a transcript (whose labels name each speaker: `Vladimir Putin:`, `Q:`,
`SENIOR STATE DEPARTMENT OFFICIAL:`), or where the page names no titled or known
author before the first `I`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomeet.formats import Envelope
from diplomeet.knowledge import Knowledge
from diplomeet.model import Span
from diplomeet.people import Cast, Mention, find_people, post_nominals

__all__ = ["FIRST_PERSON", "first_person", "narrated"]

FIRST_PERSON = "self"
"""The `Mention.kind` of an `I` that names the page's author."""

_NOT_A_VERB = r"(?:of|and|or|in|on|at|to|for|the|a|an|with|by|from)\b"
"""Words after which `I` is a numeral (`Phase I of`, `World War I and`), not a subject."""

_I = re.compile(rf"(?<![\w.'\-])I(?=[ \t\u00a0]+(?!{_NOT_A_VERB})[a-z])")
"""`I` before a lower-case word: `I met`, `I also thanked`."""

_WE = re.compile(r"(?<![\w'\-])[Ww]e(?=[ \t\u00a0]+[a-z])")
"""`We` or `we` before a lower-case word: `We discussed`."""


_IMPLIED_I = re.compile(
    r"^[^\w\n\"]{0,8}(?P<word>(?:Good|Great|Pleased|Glad|Delighted|Happy|Honou?red|Wonderful"
    r"|Excellent|Productive|Fruitful|Useful|Warm|Constructive|Privileged|Nice|Substantive)"
    r"(?=(?:[ \t]+and[ \t]+[a-z]+)?[ \t]+(?:to[ \t]+(?:meet|speak|talk|see|welcome|host|receive"
    r"|catch[ \t]+up|sit[ \t]+down|hold|have|call|visit)"
    r"|(?:phone[ \t]+|video[ \t]+|telephone[ \t]+)?(?:meeting|talks?|call|conversation"
    r"|discussions?|exchange)\b))"
    r"|(?:Had|Held|Met|Spoke|Hosted|Received|Welcomed|Called)"
    r"(?=[ \t]+(?:a|an|with|to|on|[A-Z])\b))",
    re.MULTILINE,
)
"""A post's first person left unsaid at a line's start (`Good to speak with FM Wong`,
`Pleased to meet ...`, `Had a productive call with ...`, `Met with ...`): the word that
stands for `I`."""


def implied(folded: str, spans: Sequence[Span]) -> list[Span]:
    """Where a line of the story opens with a first person left unsaid (see `_IMPLIED_I`).

    Examples:
        >>> t = "Good to speak with FM Wong today. Good governance matters."
        >>> implied(t, [(0, len(t))])
        [(0, 4)]
    """
    return [m.span("word") for start, end in spans for m in _IMPLIED_I.finditer(folded, start, end)]


def narrated(folded: str, spans: Sequence[Span], pattern: re.Pattern[str] = _I) -> list[Span]:
    """Where the story says `I` (or, with `_WE`, `we`) outside quotation marks.

    The marks are counted from the start of each line, once over the text (linear
    however many times a line says `I`).

    Examples:
        >>> t = 'Today I met the minister. "I am glad," she said. Phase I of the plan.'
        >>> narrated(t, [(0, len(t))])
        [(6, 7)]
    """
    found: list[Span] = []
    for start, end in spans:
        at, marks = start, 0
        for m in pattern.finditer(folded, start, end):
            line = folded.rfind("\n", at, m.start())
            if line >= 0:
                at, marks = line + 1, 0
            marks += folded.count('"', at, m.start())
            at = m.start()
            if marks % 2 == 0:
                found.append(m.span())
    return found


def _gaps(end: int, cuts: Sequence[Span | None]) -> list[Span]:
    """The parts of `[0, end)` that none of `cuts` covers."""
    spans: list[Span] = []
    at = 0
    for start, stop in sorted(c for c in cuts if c is not None and c[0] < end):
        if start > at:
            spans.append((at, start))
        at = max(at, stop)
    if at < end:
        spans.append((at, end))
    return spans


_BYLINE = 120
"""The longest line read as a byline (the name alone on it): a bound on the look around."""


def _alone(folded: str, mention: Mention, post_nominals: frozenset[str] = frozenset()) -> bool:
    """Whether a mention is its line's only words (a byline: `Senator the Hon Penny Wong`).

    Letters after the name (`MP`, `, QC`) may close the line when `post_nominals` holds them.
    """
    lo = max(0, mention.start - _BYLINE)
    before = folded[lo : mention.start]
    after = folded[mention.end : mention.end + _BYLINE]
    line_start, line_end = before.rfind("\n"), after.find("\n")
    if (line_start < 0 and lo > 0) or (line_end < 0 and mention.end + _BYLINE < len(folded)):
        return False
    rest = (after[:line_end] if line_end >= 0 else after).replace(",", " ").split()
    return not before[line_start + 1 :].strip() and all(w in post_nominals for w in rest)


def _signed(folded: str, cast: Cast, kb: Knowledge, after: int) -> str | None:
    """Who signs the page below its first-person story (`Penny Wong` / `Minister for ...`).

    The last person after `after` (the story's last `I`) named alone on a line, perhaps
    with letters after the name (`Hon. James Marape MP`), who has a title or an entry in
    the office-holder table.
    """
    letters = post_nominals(kb)
    signed = None
    for m in cast.in_span(after, len(folded)):
        if m.kind == "name" and _alone(folded, m, letters):
            entry = cast.entry(m.person)
            if entry.title or entry.known:
                signed = m.person
    return signed


_LABEL = re.compile(r"^[ \t]*(?:[A-Z][A-Z.'\-]*(?:[ \t]+[A-Z][A-Z.'\-]*){0,5}|Q|A)[ \t]*:", re.M)
"""A transcript's speaker label in capitals (`WONG:`, `SENIOR STATE DEPARTMENT OFFICIAL:`,
`Q:`): whoever says `I` there, it is not the page's author."""


def _author(
    text: str, folded: str, envelope: Envelope, cast: Cast, kb: Knowledge, end: int, last: int
) -> tuple[str, Cast] | None:
    """Who the page says wrote it, from what stands before `end` (the first `I`'s line).

    The first person named there with a title or an entry in the office-holder table,
    in the page's header lines or, in the story, on a line of their own (`Senator the
    Hon Penny Wong`), but not in the headline or a caption, which name the people met.
    Else the one who signs below the story, after `last` (the last `I`; see `_signed`).
    Else the person a headline opens with (`PCS Mudavadi hosts ...`, `Margus Tsahkna: ...`).
    Returns the author's key and the cast that holds them.
    """
    told = [envelope.title_span, *(c.span for c in envelope.captions)]
    header = _gaps(end, [*envelope.story, *told])
    above = find_people(text, header, kb=kb, folded=folded) if header else None
    # A full name, not a surname alone (the finder also looks for surnames page-wide).
    named = (
        [(m.start, m.person, above) for m in above.mentions if m.kind == "name"] if above else []
    )
    for span in _gaps(end, told):
        named += [(m.start, m.person, cast) for m in cast.in_span(*span) if _alone(folded, m)]
    named = [n for n in named if n[0] < end]
    for _, person, source in sorted(named, key=lambda n: n[0]):
        if source.entry(person).title or source.entry(person).known:
            return person, source
    signed = _signed(folded, cast, kb, last)
    if signed is not None:
        return signed, cast
    title = envelope.title_span
    opening = cast.in_span(*title)[:1] if title is not None else []
    if not opening or title is None:
        return None
    before = text[title[0] : opening[0].start].split()
    if len(before) <= 3 and all(w[:1].isupper() for w in before):
        return opening[0].person, cast  # `The Honourable Melanie Joly`, `PCS Mudavadi hosts`
    return None


def first_person(
    text: str, folded: str, envelope: Envelope, cast: Cast, kb: Knowledge
) -> list[Span]:
    """Read the story's `I` as its author, and `we` as the author with the people met.

    Adds a mention of kind `FIRST_PERSON` to `cast` for every `I` outside quotation
    marks, and sets `cast.first_plural` (the spans of `we`). The author is read from
    the page before the first `I` (see `_author`).

    Returns:
        The spans read (of `I` and of `we`), empty when the story has no first person
        or the page names no author.
    """
    selves = sorted([*narrated(folded, envelope.story), *implied(folded, envelope.story)])
    if not selves or any(_LABEL.search(folded, *span) for span in envelope.story):
        return []
    line = folded.rfind("\n", 0, selves[0][0]) + 1
    author = _author(text, folded, envelope, cast, kb, line, selves[-1][1])
    if author is None:
        return []
    key, source = author
    entry = cast.entries.setdefault(key, source.entry(key))  # maybe named only in the header
    entry.first = min(entry.first, selves[0][0])
    mine = [Mention(start, end, start, entry.key, FIRST_PERSON) for start, end in selves]
    cast.mentions = sorted([*cast.mentions, *mine], key=lambda m: m.start)
    cast.first_plural = narrated(folded, envelope.story, _WE)
    return [*selves, *cast.first_plural]
