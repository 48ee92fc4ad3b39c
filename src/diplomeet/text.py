r"""Offset-preserving text handling: folding, paragraphs and sentences.

Every function here keeps offsets into the text the user gave. Folding maps
each character to exactly one character (non-breaking spaces to spaces, curly
quotes to straight ones), so a span of the folded text is the same span of
the original. Glued sentences (`relations.Stable`) and photo markers glued
to names (`Wang Yi(R)`) need no insertion: the splitter and the name finder
read them as they are.

Examples:
    >>> from diplomeet.text import fold, sentences
    >>> t = "Wang said ties are stable.Lavrov agreed. He added 3.5 percent."
    >>> [t[s.start:s.end] for s in sentences(t, [(0, len(t))])]
    ['Wang said ties are stable.', 'Lavrov agreed.', 'He added 3.5 percent.']
    >>> fold("\u201cYes\u201d\xa0he said")
    '"Yes" he said'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from attrs import frozen

from diplomeet.model import Span

__all__ = [
    "ITEM_MARK",
    "LIST_ITEM",
    "Sentence",
    "fold",
    "fold_single_quotes",
    "paragraphs",
    "sentences",
]

_FOLDS: dict[str, str] = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\t": " ",
    "\r": " ",
    "\u200b": " ",
    "\u200c": " ",
    "\u200d": " ",
    "\ufeff": " ",
    "\u0130": "I",  # Turkish capital dotted I (`FİDAN`, `İSTANBUL`)
    "\u2028": "\n",
    "\u2029": "\n",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\uff02": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\uff07": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\uff08": "(",
    "\uff09": ")",
    "\uff0c": ",",
    "\u3002": ".",
    "\uff1a": ":",
}
"""Each look-alike character and the one it folds to."""
_ASCII_FOLDS = {"\t": " ", "\r": " "}
"""The only foldable ASCII characters (an ASCII text needs nothing else)."""


def fold(text: str) -> str:
    """The text with look-alike characters folded, one character for one.

    `len(fold(t)) == len(t)` always, so offsets carry over unchanged.
    """
    # `str.translate` with a dict looks up every character of a non-ASCII text
    # in Python; replacing only the few characters present runs in C.
    folds = _ASCII_FOLDS if text.isascii() else _FOLDS
    out = text
    for char, to in folds.items():
        if char in out:
            out = out.replace(char, to)
    return out


_SINGLE_QUOTE = re.compile(
    r"(?P<open>(?:^|(?<=[\s(\[\-]))'(?=[A-Za-z0-9]))|(?P<close>(?<=[,.!?;:])'(?=[\s)\]\-]|$))",
    re.MULTILINE,
)
"""A single quotation mark that opens (after a space, before a word) or closes (after a
stop, before a space) a quotation; apostrophes (`Norway's`, `ministers' talks`) are neither."""


def fold_single_quotes(folded: str, spans: Iterable[Span]) -> str:
    """`folded` with single quotation marks as double ones, where the spans quote that way.

    British and many Asian outlets quote in single marks (`'We are ready,' says
    Foreign Minister Eide.`). Where the spans hold no double quotation mark, each
    single mark that opens a quotation and the next that closes it in the same span
    (a paragraph), and a mark that opens a paragraph and is not closed in it (the
    quotation goes on in the next), become `"`, one character for one, so the rest
    of the parser reads one kind of quotation. Apostrophes stay as they are.

    Examples:
        >>> fold_single_quotes("'We agree,' says Eide.", [(0, 22)])
        '"We agree," says Eide.'
        >>> fold_single_quotes("The ministers' talks on Norway's plan", [(0, 37)])
        "The ministers' talks on Norway's plan"
    """
    spans = list(spans)
    if "'" not in folded or any(folded.find('"', a, b) >= 0 for a, b in spans):
        return folded
    marks: list[int] = []
    for start, end in spans:
        opened: int | None = None
        for m in _SINGLE_QUOTE.finditer(folded, start, end):
            if m.group("open") is not None and opened is None:
                opened = m.start()
            elif m.group("close") is not None and opened is not None:
                marks += (opened, m.start())
                opened = None
        if opened is not None and not folded[start:opened].strip():
            marks.append(opened)  # `'...` opening a paragraph and going on in the next
    if not marks:
        return folded
    out = list(folded)
    for i in marks:
        out[i] = '"'
    return "".join(out)


@frozen
class Sentence:
    """A sentence of the story, as offsets into the input."""

    start: int
    """The first character."""
    end: int
    """One past the last character."""
    paragraph: int
    """The index of its paragraph in the story."""
    first: bool
    """Whether it opens its paragraph."""

    @property
    def span(self) -> Span:
        """`(start, end)`."""
        return (self.start, self.end)


_BLANK_LINES = re.compile(r"\n[ \t\r\u00a0]*\n\s*")


def paragraphs(text: str, story: Iterable[Span]) -> list[Span]:
    """The story's paragraphs: each story span cut at blank lines, trimmed of white space."""
    out: list[Span] = []
    for start, end in story:
        pos = start
        if text.find("\n", start, end) < 0:  # no blank line (a cheap test)
            out.extend(_trim(text, start, end))
            continue
        for m in _BLANK_LINES.finditer(text, start, end):
            out.extend(_trim(text, pos, m.start()))
            pos = m.end()
        out.extend(_trim(text, pos, end))
    return out


def _trim(text: str, start: int, end: int) -> list[Span]:
    start, end = _trimmed(text, start, end)
    return [(start, end)] if end > start else []


def _trimmed(text: str, start: int, end: int) -> Span:
    """`(start, end)` moved inwards past white space (empty if it is all white space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A candidate boundary: end punctuation, closing quotes or brackets, then white space or
# (for glued sentences) nothing, before an opening quote, bracket, capital or digit.
# A match starts a run of end punctuation only (the lookbehind, after its first mark, sees
# no mark before it), and the runs are possessive: a long run of periods with no capital
# after it is not rescanned from each of its characters (quadratic). The pattern opens
# with a character class, so that the engine skips ahead to the next punctuation mark.
_BOUNDARY = re.compile(r"""([.!?](?<![.!?]{2})[.!?]*+)(["')\]]*+)(\s*+)(?=["'(\[]?[A-Z0-9])""")
# The same for a paragraph without `!` or `?` (most): it opens with a literal, which the
# engine scans for faster still.
_PERIOD_BOUNDARY = re.compile(r"""(\.(?<![.!?]{2})[.!?]*+)(["')\]]*+)(\s*+)(?=["'(\[]?[A-Z0-9])""")


def _boundaries(folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The candidate boundaries in `folded[start:end]`."""
    if folded.find("!", start, end) < 0 and folded.find("?", start, end) < 0:
        return _PERIOD_BOUNDARY.finditer(folded, start, end)
    return _BOUNDARY.finditer(folded, start, end)


_LINE_BREAK = re.compile(r"\n\s*")
_RUNS_ON = frozenset("abcdefghijklmnopqrstuvwxyz,;:-(")
_ITEM = r"[-\u2013\u2014\u2022*\u00b7\u25aa\u25cf]|\(?(?:\d{1,2}|[a-z])[.)]"
LIST_ITEM = re.compile(rf"(?:{_ITEM})[ \t]")
"""What opens a list's item at a line's start: a dash or bullet, `1.`, `(2)`, `a)`."""
ITEM_MARK = re.compile(rf"(?:{_ITEM}|[^\w\s\"'\u2018\u2019\u201c\u201d(\[]{{1,3}})[ \t]+")
"""A list's item mark and the spaces after it, emoji and other symbols included (`• `,
`2. `, `🔹 `, `▶️ `): what a sentence's subject may stand after."""
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'-]{0,15})$")

_OPENER = re.compile(
    r"(?:The|He|She|It|They|We|I|This|That|These|Those|Both|But|However|Meanwhile|In|On|At|"
    r"During|After|Before|Earlier|Later|According)\b"
)
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st mt sept sep jan feb mar apr jun jul aug oct nov dec no nos gen lt col
    maj capt cmdr adm prof gov sen rep jr sr inc co corp ltd vs v fig art para sec dept est
    approx e.g i.e a.m p.m u.s u.k u.n e.u h.e h.m h.r.h hon amb rev gov't messrs cf al
    smt sh kum mme mlle sra srta dra engr atty sgt brig md mohd muhd""".split()
)
"""Words that end with a period without ending a sentence (lowercase, without the period)."""


def _is_boundary(folded: str, m: re.Match[str], start: int) -> bool:
    punct, space = m.group(1), m.group(3)
    if punct[0] in "!?":
        return bool(space) or punct.startswith("?")
    before = _WORD_BEFORE.search(folded, max(start, m.start() - 16), m.start())
    run = before.group(1) if before else ""
    segments = run.split(".")
    word = segments[-1]
    initials = len(segments) > 1 and all(len(x) <= 1 for x in segments)  # U.S, e.g, a.m
    nxt = m.end()
    if not space:
        # Glued sentences (`relations.Stable`): a real word, then a capitalised word.
        if initials or len(word) < 2 or not (word[-1].islower() or word.isupper()):
            return False
        return nxt + 1 < len(folded) and folded[nxt].isupper() and folded[nxt + 1].islower()
    if not word:
        return not initials
    if initials:
        # `Washington, D.C. The Secretary ...`: initials end a sentence before an opener.
        return _OPENER.match(folded, nxt) is not None
    if word.lower() in ABBREVIATIONS:
        return False
    # A lone capital is an initial (`S. Jaishankar`).
    return not (len(word) == 1 and word.isupper())


def sentences(text: str, story: Iterable[Span], *, folded: str | None = None) -> list[Sentence]:
    """Split the story's paragraphs into sentences, keeping exact offsets.

    Copes with abbreviations (`U.S.`, `Sept.`, `No.`), initials, decimals,
    closing quotes and brackets after the period, glued sentences
    (`relations.Stable`), line breaks inside a paragraph, and text with no
    final period.

    Args:
        text: the input text.
        story: the story spans (from the envelope).
        folded: `fold(text)`, if the caller has it already.
    """
    f = fold(text) if folded is None else folded
    out: list[Sentence] = []
    for index, (pstart, pend) in enumerate(paragraphs(text, story)):
        cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
        for m in _boundaries(f, pstart, pend):
            if _is_boundary(f, m, pstart):
                cuts.append((m.start(3), m.end()))
        if f.find("\n", pstart, pend) >= 0:
            for m in _LINE_BREAK.finditer(f, pstart, pend):
                # A hard-wrapped line (ending in a lowercase word or a comma) runs on; a
                # list's item always opens a sentence (`the two sides:\n- Agreed to ...;`).
                if m.start() > pstart and (
                    f[m.start() - 1] not in _RUNS_ON or LIST_ITEM.match(f, m.end())
                ):
                    cuts.append((m.start(), m.end()))
        cuts.sort()
        pos = pstart
        first = True
        for end, nxt in cuts:
            if end <= pos:
                pos = max(pos, nxt)
                continue
            s, e = _trimmed(text, pos, end)
            if e > s:
                out.append(Sentence(s, e, index, first))
                first = False
            pos = nxt
        s, e = _trimmed(text, pos, pend)
        if e > s:
            out.append(Sentence(s, e, index, first))
    return out
