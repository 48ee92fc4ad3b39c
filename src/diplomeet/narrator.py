"""The first person of a release: who `I` and `we` are when ministers write of their meetings.

A minister's media release or post often tells of a meeting in the first person
(`Today I met my Indonesian counterpart, Foreign Minister Retno Marsudi`, `We
discussed ...`, `I thanked her for ...`) and names its author above the story
(`Minister for Foreign Affairs` / `Senator the Hon Penny Wong`). Outside quotation
marks, `I` is then that author, and `we` the author with the people met.

Nothing is read this way where a quotation holds the words (`"I met him," Lavrov
said`), in a transcript (whose labels name each speaker), or where the page names no
titled or known author above its story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomeet.formats import Envelope
from diplomeet.knowledge import Knowledge
from diplomeet.model import Span
from diplomeet.people import Cast, Mention, find_people

__all__ = ["FIRST_PERSON", "first_person", "narrated"]

FIRST_PERSON = "self"
"""The `Mention.kind` of an `I` that names the page's author."""

_NOT_A_VERB = (
    r"(?:of|and|or|in|on|at|to|for|the|a|an|with|by|from|is|was|are|were|will|would|has|had"
    r"|have)\b"
)
"""Words after which `I` is a numeral (`Phase I of`, `World War I and`); `I was`, `I have`
are rarer in releases than `Part I is` in law."""

_I = re.compile(rf"(?<![\w.'\-])I(?=[ \t\u00a0]+(?!{_NOT_A_VERB})[a-z])")
"""`I` before a lower-case word: `I met`, `I also thanked`."""

_WE = re.compile(r"(?<![\w'\-])[Ww]e(?=[ \t\u00a0]+[a-z])")
"""`We` or `we` before a lower-case word: `We discussed`."""


def _outside_quotes(folded: str, start: int, pos: int) -> bool:
    """Whether `pos` lies outside double quotation marks in its paragraph (from `start`)."""
    line = max(start, folded.rfind("\n", start, pos) + 1)
    return folded.count('"', line, pos) % 2 == 0


def narrated(folded: str, spans: Sequence[Span], pattern: re.Pattern[str] = _I) -> list[Span]:
    """Where the story says `I` (or, with `_WE`, `we`) outside quotation marks.

    Examples:
        >>> t = 'Today I met the minister. "I am glad," she said. Phase I of the plan.'
        >>> narrated(t, [(0, len(t))])
        [(6, 7)]
    """
    found: list[Span] = []
    for start, end in spans:
        for m in pattern.finditer(folded, start, end):
            if _outside_quotes(folded, start, m.start()):
                found.append(m.span())
    return found


def _header(envelope: Envelope) -> list[Span]:
    """The page above the story, less headline and captions (which name the people met)."""
    top = envelope.story[0][0] if envelope.story else 0
    cuts = sorted(
        s
        for s in (envelope.title_span, *(c.span for c in envelope.captions))
        if s is not None and s[0] < top
    )
    spans: list[Span] = []
    at = 0
    for start, end in cuts:
        if start > at:
            spans.append((at, start))
        at = max(at, end)
    if at < top:
        spans.append((at, top))
    return spans


def first_person(
    text: str, folded: str, envelope: Envelope, cast: Cast, kb: Knowledge
) -> list[Span]:
    """Read the story's `I` as its author, and `we` as the author with the people met.

    Adds a mention of kind `FIRST_PERSON` to `cast` for every `I` outside quotation
    marks, and sets `cast.narrator` and `cast.first_plural` (the spans of `we`). The
    author is the first person named above the story, other than in the headline,
    with a title or an entry in the office-holder table.

    Returns:
        The spans read (of `I` and of `we`), empty when the story has no first person
        or the page names no author.
    """
    selves = narrated(folded, envelope.story)
    if not selves:
        return []
    above = _header(envelope)
    if not above:
        return []
    header = find_people(text, above, kb=kb, folded=folded)
    author = next(
        (
            header.entry(m.person)
            for m in header.mentions
            if header.entry(m.person).title or header.entry(m.person).known
        ),
        None,
    )
    if author is None:
        return []
    entry = cast.entries.get(author.key)
    if entry is None:
        entry = author
        entry.mentions = [text[m.start : m.end] for m in header.mentions if m.person == author.key]
        cast.entries[author.key] = entry
    entry.first = min(entry.first, selves[0][0])
    cast.narrator = entry.key
    mine = [Mention(start, end, start, entry.key, FIRST_PERSON) for start, end in selves]
    cast.mentions = sorted([*cast.mentions, *mine], key=lambda m: m.start)
    cast.first_plural = narrated(folded, envelope.story, _WE)
    return [*selves, *cast.first_plural]
