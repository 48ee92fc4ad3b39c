"""Reading each sentence's speech frame: the cue verb, who it names, and what is reported.

For every story sentence this finds the cue that governs it (`Wang said that`,
`..., said the Russian diplomat.`, `According to ...`), the words that name its
subject (a person mention, a pronoun, a role noun, a joint subject such as
`the two sides`, or a document), the *content* (the reported words) and the
*frame* (everything else: where the reporter says who met whom, when and where).
Meetings are read only from frames, so a meeting recalled inside someone's
speech never becomes a meeting of the report.

All vocabulary comes from the lexicon (`knowledge/data/lexicon.json`).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Mapping, Sequence
from operator import attrgetter

from attrs import define, field, frozen

from diplomeet.knowledge import Knowledge, key, words
from diplomeet.model import Span
from diplomeet.people import Cast, Mention, courtesies, place_after
from diplomeet.phrases import PhraseHit, TextMatcher, Tokens, index_words, tokens_of
from diplomeet.text import ITEM_MARK, Sentence

__all__ = [
    "JOINT_GAP",
    "OUTSIDERS",
    "PEERS",
    "RELAYER",
    "SUBJECTS_BREAK",
    "Clause",
    "Subject",
    "Vocabulary",
    "analyse",
    "joint_opening",
    "past_tense",
    "split_speakers",
    "vocabulary",
]


@frozen
class Subject:
    """The words that name who speaks."""

    start: int
    """Where the words start."""
    end: int
    """Where they end."""
    kind: str
    """`person`, `pronoun`, `role`, `joint`, `people` (names joined by `and`), `sides`
    (countries joined by `and`: `Pakistan and Iran agreed`) or `document`."""
    people: tuple[str, ...] = ()
    """Cast keys of the people named (for `person` and `people`)."""
    role: str | None = None
    """For a role noun: the role word (`diplomat`, `counterpart`)."""
    country: str | None = None
    """For a role noun with a demonym (`the Russian diplomat`): the country."""
    organization: str | None = None
    """For a role noun naming an organisation's official."""
    roles: tuple[Subject, ...] = ()
    """For `people`: the role nouns joined to the names (`Biden and the pope`); for
    `sides`: a role subject of each country."""


@define
class Clause:
    """One story sentence, read for speech."""

    sentence: Sentence
    """The sentence."""
    cue: Span | None = None
    """The cue verb's span, if the sentence has a governing cue."""
    cue_text: str | None = None
    """The cue verb as written."""
    subject: Subject | None = None
    """Who the cue names."""
    content: Span | None = None
    """The reported words."""
    frames: list[Span] = field(factory=list)
    """The parts of the sentence outside the reported words."""
    inverted: bool = False
    """The cue follows its content (`..., Lavrov said.`)."""
    joint_content: bool = False
    """The content itself opens with a joint subject (`... said that the two sides agreed`)."""
    label: bool = False
    """A transcript's speaker label (`Vladimir Putin: ...`) names the subject."""
    lead: bool = False
    """The sentence names a subject and ends in a colon (`During the talks, the two sides:`):
    the items of the list after it are the subject's words."""


@frozen
class Vocabulary:
    """Compiled patterns built once from the lexicon."""

    role_words: TextMatcher
    acronyms: TextMatcher
    document_words: TextMatcher
    cue: TextMatcher
    forms: dict[str, str]
    joint: TextMatcher
    pronoun: TextMatcher
    role: re.Pattern[str]
    document: re.Pattern[str]
    role_firsts: frozenset[str] | None = None
    """The first words of the role nouns in lower case (None: `role` is run on the whole
    sentence, see `_role_hits`)."""
    role_back: re.Pattern[str] | None = None
    """How far before a role noun a match of `role` can start (see `_role_plan`)."""
    participles: frozenset[str] = frozenset()
    """The `-ing` cue forms that report speech after a comma (`..., calling on`), lower case."""
    visits: frozenset[str] = frozenset()
    """Cue forms that tell of a meeting when a person follows (`called on`, `welcomed`): the
    lexicon's `meeting_needs_person`, lower case."""
    courtesies: frozenset[str] = frozenset()
    """Words of courtesy before a name or a title (`H.E`, `Excellency`): the lexicon's."""


def alternation(items: list[str]) -> str:
    """A regex alternation of phrases, longest first; ` ... ` stands for up to six words."""
    return "|".join(
        re.escape(w).replace(r"\ \.\.\.\ ", r"(?:\s+[\w,\-]+){0,6}?\s+").replace(r"\ ", r"\s+")
        for w in words(items)
    )


_TRIE_DEPTH = 200
"""Longer phrases keep the plain alternation (the trie is built by recursion)."""


def _trie_alternation(items: list[str]) -> str:
    """`alternation` with the phrases folded into a trie of characters (case-insensitive).

    It matches exactly what `alternation` matches, and in the same order of preference:
    the phrases that match at one place are prefixes of each other, so longest first is
    deepest first. But a failing place costs one look per distinct first letter, not one
    per phrase. Phrases with a ` ... ` gap, white space other than single spaces between
    words, or letters whose lower case is not a plain case variant keep the plain
    alternation.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in words(items):
        if "..." in phrase or len(phrase) > _TRIE_DEPTH or phrase != " ".join(phrase.split()):
            return alternation(items)
        node = root
        for ch in phrase:
            low = ch.lower()
            if len(low) != 1 or not re.fullmatch(re.escape(low), ch, re.IGNORECASE):
                return alternation(items)
            node = node.setdefault(low, {})
        node[""] = {}
    return _trie_pattern(root) if root else alternation(items)


def _trie_pattern(node: dict) -> str:  # type: ignore[type-arg]
    """The regex of a trie node: its branches, longest first (the end of a phrase last)."""
    branches = [c for c in node if c]
    for a, b in itertools.combinations(branches, 2):
        if re.fullmatch(re.escape(a), b, re.IGNORECASE) or (a.isspace() and b.isspace()):
            raise _AmbiguousTrieError  # two branches would match one letter: order would matter
    alts = [(r"\s+" if c == " " else re.escape(c)) + _trie_pattern(node[c]) for c in branches]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
    return body + "?" if "" in node else body


class _AmbiguousTrieError(Exception):
    """Two branches of a trie match the same letter."""


def _phrase_alternation(items: list[str]) -> str:
    """The fastest exact alternation of phrases: a trie, else the plain one."""
    try:
        return _trie_alternation(items)
    except _AmbiguousTrieError:
        return alternation(items)


def _groups(groups: Sequence[Mapping[str, Sequence[str]]]) -> list[str]:
    """The joint subjects of `joint_groups`: each group's determiners before its nouns."""
    return [
        f"{det} {noun}"
        for group in groups
        for det in group.get("determiners", ())
        for noun in group.get("nouns", ())
    ]


@functools.cache
def vocabulary(kb: Knowledge) -> Vocabulary:
    """The compiled speech patterns of a knowledge base (cached per knowledge base)."""
    lex = kb.lexicon
    forms: dict[str, str] = {}
    for lemma, fs in (lex.get("cues") or {}).items():
        for f in fs:
            forms[f.lower()] = lemma
    cue = TextMatcher(forms)
    joint = TextMatcher(
        [*(lex.get("joint_subjects") or []), *_groups(lex.get("joint_groups") or [])]
    )
    pronoun = TextMatcher(["he", "she", "they", "him", "her"])
    roles = _phrase_alternation(lex.get("role_nouns") or [])
    dets = _phrase_alternation(lex.get("role_determiners") or ["the"])
    role = re.compile(
        rf"(?:\b(?P<det>{dets})\s+(?:(?:senior|top|chief|veteran|visiting)\s+)?|\b(?=(?-i:[A-Z])))(?P<adj>(?:(?-i:[A-Z])[\w'.\-]*\s+){{0,3}}?)"
        rf"(?P<mod>(?:(?:senior|top|chief|visiting|foreign|veteran|new)\s+)?)(?P<role>{roles})\b"
        rf"|\b(?P<owner>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?)'s\s+(?P<mod2>(?:(?:senior|top|chief)\s+)?)"
        rf"(?P<role2>{roles})\b",
        re.IGNORECASE,
    )
    role_firsts, role_back = _role_plan(
        lex.get("role_nouns") or [], lex.get("role_determiners") or ["the"]
    )
    docs = _phrase_alternation(lex.get("document_subjects") or [])
    document = re.compile(
        rf"\b(?:the|a|an|this|that)\s+(?:[\w'\-]+\s+){{0,3}}?(?P<doc>{docs})\b(?=\s+\w)",
        re.IGNORECASE,
    )
    return Vocabulary(
        role_words=TextMatcher(lex.get("role_nouns") or []),
        acronyms=TextMatcher((lex.get("role_acronyms") or {}).keys(), case=True),
        document_words=TextMatcher(lex.get("document_subjects") or []),
        cue=cue,
        forms=forms,
        joint=joint,
        pronoun=pronoun,
        role=role,
        document=document,
        role_firsts=role_firsts,
        role_back=role_back,
        participles=frozenset(
            f.lower()
            for lemma in lex.get("participle_cues") or []
            for f in (lex.get("cues") or {}).get(lemma, [])
            if f.split(" ", 1)[0].endswith("ing")
        ),
        visits=frozenset(p.lower() for p in lex.get("meeting_needs_person") or []),
        courtesies=courtesies(kb),
    )


_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")
"""A word as the phrase matchers tokenise it, in ASCII."""
_GLUED = re.compile(r"[-'](?=[^\W_])")
"""A hyphen or apostrophe before a letter: a word boundary inside a token (`vice-minister`)."""


def _role_plan(
    roles: list[str], dets: list[str]
) -> tuple[frozenset[str] | None, re.Pattern[str] | None]:
    """What `_role_hits` needs: the role nouns' first words, and the reach back.

    A match of `role` is its role noun preceded by at most `reach` white-space separated
    words: a determiner's words, `senior`, three capitalised words and a modifier (or an
    owner's two words and a modifier). Run on the reversed text from just before a role
    noun, `back` covers at least that many runs of non-space (and the space around them),
    and reaches no less far back from a later place.

    `(None, None)` when the role nouns are not plain ASCII words (lower case and ignoring
    case agree on ASCII only).
    """
    firsts: set[str] = set()
    for phrase in words(roles):
        first = _ASCII_WORD.match(phrase.lower())
        if not phrase.isascii() or "..." in phrase or first is None or first.start() != 0:
            return None, None
        firsts.add(first.group())
    index_words(firsts)  # looked up in `Tokens.openers`
    reach = max([len(d.split()) for d in dets] + [1]) + 5
    return frozenset(firsts), re.compile(rf"\s*(?:\S+\s*){{0,{reach}}}")


_ROLE_MEMO: list[tuple[str, Vocabulary, list[int], str, Tokens]] = []
"""The last text and vocabulary `_role_candidates` ran on: `(text, vocab, places, reversed,
tokens)`."""


def _role_candidates(
    folded: str, vocab: Vocabulary, firsts: frozenset[str]
) -> tuple[list[int], str, Tokens]:
    """Every place a role noun can start in an ASCII text, and the text reversed.

    Where `role` matches a role noun, a token starts (its first word, or a longer token
    glued on by `-` or `'`), or a `-` or `'` stands just before: the places of the words
    that open a role noun, of the tokens holding a glued boundary, and of what follows it.
    (And the start of a token cut by the end of the range searched: see `_role_hits`.)
    """
    memo = _ROLE_MEMO[-1] if _ROLE_MEMO else None  # read once: another thread may replace it
    if memo is not None and memo[0] is folded and memo[1] is vocab:
        return memo[2], memo[3], memo[4]
    tokens = tokens_of(folded)
    where = tokens.openers()
    starts = tokens.starts
    places = [starts[i] for w in firsts if w in where for i in where[w]]
    for glue in _GLUED.finditer(folded):
        p = glue.start()
        places.append(p + 1)
        i = bisect_right(starts, p) - 1
        if i >= 0:
            places.append(starts[i])
    places = sorted(set(places))
    rev = folded[::-1]
    _ROLE_MEMO[:] = [(folded, vocab, places, rev, tokens)]
    return places, rev, tokens


def _role_hits(folded: str, start: int, end: int, vocab: Vocabulary) -> list[re.Match[str]]:
    """`vocab.role.finditer(folded, start, end)`, searched from near the role nouns only.

    The next match starts at `pos` or later and holds a role noun at a candidate place
    `q >= pos`; it starts no earlier than the reach back from the first such place (the
    reach only grows with the place). So searching from there finds the same match.
    """
    firsts, back = vocab.role_firsts, vocab.role_back
    if firsts is None or back is None or not folded.isascii():
        return list(vocab.role.finditer(folded, start, end))
    places, rev, tokens = _role_candidates(folded, vocab, firsts)
    todo = places[bisect_left(places, start) : bisect_left(places, end)]
    # The end of the range is the end of the string to `role`: a token cut there may end
    # in a role noun (`the side|s`).
    cut = bisect_left(tokens.starts, end) - 1
    if cut >= 0 and tokens.ends[cut] > end and tokens.starts[cut] >= start:
        insort(todo, tokens.starts[cut])
    n = len(folded)
    hits: list[re.Match[str]] = []
    pos = start
    for q in todo:
        if q < pos:
            continue
        reach = back.match(rev, n - q)
        assert reach is not None  # it matches the empty string
        m = vocab.role.search(folded, max(pos, q - (reach.end() - reach.start())), end)
        if m is None:
            break
        hits.append(m)
        pos = m.end()
    return hits


# What may stand between a subject and its cue: white space, one comma-delimited insert
# (`Wang, also a member of ...,`), auxiliaries, adverbs and short time or place phrases.
_GAP = re.compile(
    # An insert between commas; one opening with `who` may hold commas of its own (`The two
    # leaders, who held talks at State House, Nairobi, on Saturday, said`).
    r"(?:\s*,[^,;\"]{1,220},|\s*,\s*who\s[^;\"]{1,220},)?"
    r"(?:\s+(?:also|further|further\s+more|then|later|again|once\s+again|in\s+turn|first|"
    r"still|finally|first\s+of\s+all|was\s+quoted(?:\s+by\s+[^,.;]{1,60}?)?\s+as|"
    r"[a-z]+ly|on\s+[A-Z][a-z]+day|on\s+[A-Z][a-z]+\.?\s+\d{1,2}|here|there|today|"
    r"in\s+(?:his|her|their)\s+(?:speech|remarks|talks|address|turn)|"
    r"(?:for|on)\s+(?:his|her|its|their)\s+part|in\s+response|at\s+the\s+(?:meeting|talks)|"
    r"during\s+the\s+(?:meeting|talks)|has|have|had|would|will|could|did|does|do|is|are|"
    r"was|were|not)\b)*\s*,?\s+",
)
_AND_GAP = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|made|paid|took|gave|sent|went|came)\b"
    r"[^,;:\"]{0,160}?\s+and\s+(?:also\s+|then\s+)?"
)
"""A first predicate before the cue's (`Modi welcomed the Vice President to India and
expressed hope that ...`): the subject of both is the one before it."""
_DOCUMENT_FROM = re.compile(
    r"\s+(?:issued|released|signed|published|adopted|from|by|of|after|following)\b[^,.;:\"]{1,120}"
)
"""Where a document came from, between it and its cue (`A readout from the Prime
Minister's office said`, `The statement issued by the ministry after the talks said`)."""
_CLAUSE_START = re.compile(r'(?:^|[,;:("]|\band|\bbut|\bwhile|\bwhereas|\bwhich)\s*$')
_CLAUSE_START_LOOKBACK = len("whereas")  # searched near the end only: no scan of a long sentence
_MAX_CUES = 64
"""Cues read per sentence: a real sentence has a few; a run-on page must not take n² time."""
_WHEN = re.compile(
    r"\s*(?:here\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\s*(?:here|today|yesterday)\b"
)
_INITIALS = re.compile(r"(?:\b[A-Z]\.\s?){1,3}$")
_INITIALS_REACH = 10
"""A match of `_INITIALS` is at most 9 characters and ends at the end (or before a last
newline): it starts within this many characters of the end."""
_OPENER = re.compile(r"\s*[A-Z][^,;\"]{0,60},\s*")
_THAT_WORD = re.compile(r"that\b(?<!\wthat)")
"""The word `that` (the same as `\\bthat\\b`, but opening with a literal, which scans fast)."""
_JOINED = re.compile(r"\s*(?:and|,\s*and|&)\s*(?:(?:his|her)\s+)?")
_COMMA = re.compile(r"\s*[,:]")
_REPORTER_ASIDE = re.compile(
    r",\s(?:(?:as|when|while)\s(?:he|she)\s(?=[a-z])"
    r"|(?:during|at|in)\s(?:the\s|a\s|their\s|his\s|her\s)?(?:[a-z\-]{1,20}\s)?"
    r"(?:talks|meeting|consultations)\b)"
)
"""A clause after the reported words that tells what the speaker did as they spoke (`...,
as she hosted Blinken in Pretoria`, `..., during talks at the foreign ministry in Nicosia`):
the reporter's words, a frame."""
_TAIL = re.compile(
    r"\s*(?:[.!?;\"')]|$|,?\s*(?:adding|noting|saying|stressing|urging|calling)\b"
    r"|\s*(?:(?:[A-Z][\w\-]+|local|foreign|state|national|visiting)\s+){0,2}"
    r"(?:reporters|journalists|correspondents|media)\b"
    r"|\s*(?:the\s+press|the\s+media|a\s+(?:news|press)\s+conference)\b"
    r"|,?\s*(?:in|at|on|during|when|while|after|before|as|here|there|today|yesterday|"
    r"according|to(?=\s+(?:the|a|an|his|her|their|its|him|them|[A-Z])\b))\b(?![^.]*\bthat\b))"
)
"""What may follow an inverted cue (`..., Wang said on Monday.`, `..., he said to reporters`);
not `to` and a verb (`At the talks, the two ministers agreed to boost trade`: what they
agreed follows)."""
_INVERTED_TAIL = re.compile(
    r"\s*(?:[,.;:!?\"')]|$|\s(?:in|at|on|during|when|while|after|as|"
    r"before|adding|noting|saying|according)\b)"
)


def _subjects(
    folded: str,
    start: int,
    end: int,
    cast: Cast,
    vocab: Vocabulary,
    kb: Knowledge,
    cues: Sequence[tuple[int, int, str]] = (),
) -> list[Subject]:
    """Every candidate subject in `folded[start:end]`, in order (`cues`: the sentence's)."""
    found: list[Subject] = []
    mentions = cast.in_span(start, end)
    i = 0
    while i < len(mentions):
        m = mentions[i]
        group: list[Mention] = [m]
        j = i + 1
        while j < len(mentions) and (
            _JOINED.fullmatch(folded, group[-1].end, mentions[j].start)
            or (
                mentions[j].person == m.person
                and not folded[group[-1].end : mentions[j].start].strip()
            )
        ):
            group.append(mentions[j])
            j += 1
        people = tuple(dict.fromkeys(g.person for g in group))
        if len(people) > 1:
            found.append(Subject(m.start, group[-1].end, "people", people))
        else:
            # A repeated name (`Wang Yi Wang Yi said`) is one subject.
            found.append(Subject(m.start, group[-1].end, "person", people))
        i = j
    for hit_start, hit_end, acronym in vocab.acronyms.spans(folded, start, end):
        # `EAM underlined ...`, `The HR/VP said ...`: a title by its initials.
        role = (kb.lexicon.get("role_acronyms") or {}).get(acronym, "").lower()
        begin = hit_start
        if folded[max(start, begin - 4) : begin].lower() == "the ":
            begin -= 4
        found.append(Subject(begin, hit_end, "role", role=role))
    for begin, hit_end, pronoun in vocab.pronoun.spans(folded, start, end):
        kind = "joint" if pronoun.lower() == "they" else "pronoun"
        found.append(Subject(begin, hit_end, kind))
    for begin, hit_end, _ in vocab.joint.spans(folded, start, end):
        found.append(Subject(begin, hit_end, "joint"))
    at = bisect_left(cast.first_plural, (start, start))
    while at < len(cast.first_plural) and cast.first_plural[at][1] <= end:
        found.append(Subject(*cast.first_plural[at], "joint"))  # a release's `We discussed`
        at += 1
    roles = (
        _role_hits(folded, start, end, vocab) if vocab.role_words.spans(folded, start, end) else ()
    )
    for rh in roles:
        role = role_named(rh)
        words_before = (rh.group("adj") or "").split() or (rh.group("owner") or "").split()
        country = org = None
        if not rh.group("det") and not words_before and rh.group("role"):
            continue  # a bare role word needs a determiner or a demonym
        if words_before:
            phrase = " ".join(words_before)
            country = kb.country_code(phrase)
            org = kb.organization(phrase) if country is None else None
            if country is None and org is None:
                if not rh.group("det") or not rh.group("adj") or len(words_before) > 2:
                    continue
                # `the Senate president`: the institution narrows the role.
                role = f"{phrase.lower()} {role}"
        stop = rh.end()
        if country is None and org is None:
            # `The Minister of Foreign Affairs of Kazakhstan`, `The Speaker of the
            # Armenian Parliament`: the country after the role.
            stop, country, org = place_after(kb, folded, stop, end)
        found.append(
            Subject(rh.start(), stop, "role", role=role, country=country, organization=org)
        )
    for hit in _heads_of(kb).finditer(folded, start, end):
        # `the head of Polish diplomacy`: a country's foreign minister.
        country = kb.country_code(" ".join(hit.group("adj").split()))
        if country is not None:
            role = str((kb.lexicon.get("heads_of") or {}).get(hit.group("what").lower(), ""))
            found.append(Subject(hit.start(), hit.end(), "role", role=role, country=country))
    docs = (
        vocab.document.finditer(folded, start, end)
        if vocab.document_words.spans(folded, start, end)
        else ()
    )
    for dh in docs:
        found.append(Subject(dh.start(), dh.end(), "document", role=dh.group("doc").lower()))
    if cues and folded.find(" and ", start, end) >= 0:
        found.extend(_countries_agreeing(folded, start, cues, kb))
    pair = _TWO_TITLES.match(folded, start, end)
    if pair is not None and not cast.in_span(start, pair.end()):
        a, b = pair.group("a").split()[-1].lower(), pair.group("b").split()[-1].lower()
        heads = {r.split()[-1] for r in kb.lexicon.get("role_nouns") or []}
        if a in heads and b in heads:
            # `The Secretary and External Affairs Minister discussed ...`: both sides.
            found.append(Subject(pair.start(), pair.end(), "joint"))
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    # Keep the longest of overlapping candidates, preferring people over other words.
    kept: list[Subject] = []
    for s in found:
        if kept and s.start < kept[-1].end:
            if s.kind in ("person", "people") and kept[-1].kind not in (
                "person",
                "people",
                "document",
            ):
                kept[-1] = s
            continue
        if kept and _coordinated(folded, kept[-1], s):
            kept[-1] = _together(kept[-1], s)  # `Biden and the pope`, `the Emir and his guest`
            continue
        kept.append(s)
    return kept


_COORDINATED = frozenset({"person", "people", "role"})


def _coordinated(folded: str, a: Subject, b: Subject) -> bool:
    """Whether `b` is joined to `a` by `and`, one of them a role (names alone were joined)."""
    return (
        a.kind in _COORDINATED
        and b.kind in _COORDINATED
        and "role" in (a.kind, b.kind)
        and _JOINED.fullmatch(folded, a.end, b.start) is not None
    )


def _together(a: Subject, b: Subject) -> Subject:
    """One subject of two joined by `and`: their people and their roles."""
    people = a.people + b.people
    roles = tuple(x for y in (a, b) for x in ((y,) if y.kind == "role" else y.roles))
    return Subject(a.start, b.end, "people", people, roles=roles)


@functools.cache
def _heads_of(kb: Knowledge) -> re.Pattern[str]:
    """`the head of <demonym> <what>` for each `what` of the lexicon's `heads_of`."""
    heads = list(kb.lexicon.get("heads_of") or {})
    what = _phrase_alternation(heads) if heads else "(?!)"
    return re.compile(
        r"\b(?:the\s+)?(?:head|chief)\s+of\s+(?:the\s+)?"
        rf"(?P<adj>(?-i:[A-Z])[\w'\-]*(?:\s+(?-i:[A-Z])[\w'\-]*)?)\s+(?P<what>{what})\b",
        re.IGNORECASE,
    )


_PAST = frozenset("said held had made spoke told reached took gave saw met thought felt".split())


def past_tense(cue: str) -> bool:
    """Whether a cue verb is in the past tense (`agreed`, `reaffirmed`, `held that`)."""
    first = cue.split(maxsplit=1)[0].lower() if cue.split() else ""
    return first.endswith("ed") or first in _PAST


_JOINT_GAP_WORDS = frozenset("also have had both all further jointly".split())
JOINT_GAP = re.compile(rf"\s*(?:(?:{'|'.join(sorted(_JOINT_GAP_WORDS))}|[a-z]+ly)\s+){{0,3}}")
"""Between a joint subject and its verb: `The two sides have also agreed`."""
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*){0,2}"
_COUNTRY_LIST_BEFORE_CUE = re.compile(
    rf"(?<![\w,])(?:(?i:both)\s+)?(?P<names>{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME}){{0,6}}"
    rf",?\s+and\s+{_PLACE_NAME}){JOINT_GAP.pattern}\Z"
)
"""Names joined by commas and `and` (`Pakistan, China and Afghanistan`) that end right
before a cue (read in the words before it)."""
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


_LIST_REACH = 160
"""How far before a cue a list of countries as its subject is looked for."""


def _countries_agreeing(
    folded: str,
    start: int,
    cues: Sequence[tuple[int, int, str]],
    kb: Knowledge,
) -> list[Subject]:
    """Countries named together as the subject of a cue: their participants.

    `Pakistan, China and Afghanistan agreed ...`, `Berlin and Kyiv agreed ...` (a
    capital for its government): each name is a country or a capital, right before a cue
    in the past (`Brazil and China share ...` in the present is a speaker's words). Each
    name is a role subject of that country, resolved to the participant from it. Only
    the few words before each cue are read.
    """
    out: list[Subject] = []
    for c0, _c1, cue in cues:
        if not past_tense(cue):
            continue
        base = max(start, c0 - _LIST_REACH)
        word = _word_before(folded, base, c0)
        if not word[:1].isupper() or key(word) not in _country_ends(kb):
            continue  # (the word before the cue ends no country's or capital's name)
        if folded.find(" and ", base, c0) < 0:
            continue
        window = folded[base:c0]
        at = 0
        while (hit := _COUNTRY_LIST_BEFORE_CUE.search(window, at)) is not None:
            # (A list that fails is tried again from its next word: `On Thursday, the
            # Russian Federation and China`.)
            at = hit.start("names") + 1
            names = _LIST_SEPARATOR.split(hit.group("names"))
            codes = [_country_or_capital(kb, n) for n in names]
            if None in codes or len(set(codes)) < len(codes):
                continue
            a, b = base + hit.start("names"), base + hit.end("names")
            roles = tuple(Subject(a, b, "role", role="side", country=c) for c in codes)
            out.append(Subject(base + hit.start(), b, "sides", roles=roles))
            break
    return out


def _word_before(folded: str, lo: int, at: int) -> str:
    """The last word before `at` (not before `lo`), past the words `JOINT_GAP` allows."""
    for _ in range(4):
        end = at
        while end > lo and folded[end - 1].isspace():
            end -= 1
        begin = end
        while begin > lo and (folded[begin - 1].isalnum() or folded[begin - 1] in "'\u2019.-"):
            begin -= 1
        word = folded[begin:end]
        if word not in _JOINT_GAP_WORDS and not (word.endswith("ly") and word.islower()):
            return word
        at = begin
    return ""


@functools.cache
def _country_ends(kb: Knowledge) -> frozenset[str]:
    """The last words of the countries' names and of their capitals' (as lookup keys)."""
    ends = {k.split()[-1] for k in kb.country_words if k}
    for code in kb.countries:
        capital = kb.capital(code)
        if capital is not None:
            ends.update(key(n).split()[-1] for n in (capital.name, *capital.aliases) if n)
    return frozenset(ends)


def _country_or_capital(kb: Knowledge, name: str) -> str | None:
    """The country a name stands for: its own name, or its capital's (`Kyiv`)."""
    code = kb.country_named(name)
    if code is not None:
        return code
    city = kb.city(name, fuzzy=False)
    capital = kb.capital(city.country) if city is not None else None
    return city.country if capital is not None and capital == city else None


_TWO_TITLES = re.compile(
    r"(?:The|the)\s+(?P<a>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)\s+and\s+(?:the\s+)?"
    r"(?P<b>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)(?=\s+[a-z])"
)
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_PASSIVE_TO = re.compile(r"\s+to\s+(?!have\b)")
_IT_WAS = re.compile(r"\b[Ii]t\s+(?:was|has\s+been)\s+(?:also\s+)?$")
_AGREED = frozenset({"agreed", "decided"})
"""`It was agreed to continue contacts`: what the sides agreed, though `to` follows."""
_RANK = {
    "person": 0,
    "people": 0,
    "pronoun": 1,
    "role": 1,
    "joint": 1,
    "sides": 1,
    "document": 3,
}


def analyse(text: str, folded: str, sentence: Sentence, cast: Cast, kb: Knowledge) -> Clause:
    """Read one sentence: its governing cue, subject, content and frame."""
    vocab = vocabulary(kb)
    s0, s1 = sentence.start, sentence.end
    mark = ITEM_MARK.match(folded, s0, s1)
    if mark is not None:
        s0 = mark.end()  # `• Both ministers agreed ...`, `🔹 Lavrov reaffirmed ...`
    cues = vocab.cue.spans(folded, s0, s1)[:_MAX_CUES]
    colon = folded.find(":", s0, s1) >= 0
    if not cues and not colon:
        # No cue, and no colon for a speaker's label: nobody to look for.
        return Clause(sentence=sentence, frames=[(s0, s1)])
    subjects = _subjects(folded, s0, s1, cast, vocab, kb, cues)
    labelled = _label(folded, sentence, subjects, cues) if colon else None
    if labelled is not None:
        return labelled
    lead = _lead(folded, sentence, subjects) if colon else None
    if lead is not None:
        return lead
    best: tuple[int, int, Clause] | None = None
    for c0, c1, cue in cues:
        form = cue.lower()
        if form in vocab.visits and _visit(folded, c1, s1, cast, vocab):
            continue  # `called on Putin at the Kremlin`, `welcomed Yoon`: a visit, not words
        if (
            _PASSIVE_TO.match(folded, c1)
            and _BE.search(folded, max(s0, c0 - 8), c0)
            and not (form in _AGREED and _IT_WAS.search(folded, max(s0, c0 - 16), c0))
        ):
            continue  # `Campbell is expected to hold talks`, `is said to have`: no one speaks
        candidate = _left(folded, s0, s1, c0, c1, subjects, sentence, vocab.courtesies, cues)
        if candidate is None and not form.endswith("ing"):
            candidate = _right(folded, s0, s1, c0, c1, subjects, form)
        if candidate is None and form in vocab.participles:
            candidate = _participle(folded, s0, s1, c0, c1, subjects, sentence)
        if candidate is None:
            continue
        candidate.sentence = sentence
        candidate.cue = (c0, c1)
        candidate.cue_text = text[c0:c1]
        assert candidate.subject is not None
        rank = _RANK[candidate.subject.kind]
        if best is None or rank < best[0]:
            best = (rank, c0, candidate)
    if best is None:
        return Clause(sentence=sentence, frames=[(s0, s1)])
    chosen = best[2]
    if chosen.content is not None:
        # `The press release said that the two sides ...`: a joint subject opens the content.
        chosen.joint_content = joint_opening(folded, vocab, *chosen.content) is not None
    return chosen


SUBJECTS_BREAK = re.compile(r";\s+|,\s+(?:while|whereas)\s+")
"""Between two clauses of one sentence that each have their own subject (`X held talks
with A, while Y received B`; `X expressed ..., whereas Y affirmed ...`)."""


def split_speakers(
    text: str,
    folded: str,
    story: list[Sentence],
    clauses: list[Clause],
    cast: Cast,
    kb: Knowledge,
) -> tuple[list[Sentence], list[Clause]]:
    """Cut each sentence in which two speakers say their own words into one per speaker.

    `President Erdogan expressed his appreciation ..., while the Crown Prince affirmed
    ...`: a part after `, while`, `, whereas` or `;` (outside quotation marks) that
    opens with its own subject and cue is a sentence of its own, so each side's words
    are a statement of that side. The sentences and their clauses are returned; a
    sentence with no such part is kept as it was.

    Each part is read on its own (not the rest of the sentence from it), so a sentence of
    endless such parts is read in time linear in its length.
    """
    if not any(c.cue is not None for c in clauses):
        return story, clauses
    out_story: list[Sentence] = []
    out_clauses: list[Clause] = []
    for s, c in zip(story, clauses, strict=True):
        parts = _speaker_parts(folded, s, c) if c.subject is not None else []
        if not parts:
            out_story.append(s)
            out_clauses.append(c)
            continue
        read = [analyse(text, folded, p, cast, kb) for p in parts]
        # A part opens a speaker's words of its own when its subject comes first.
        cut = [0] + [k for k in range(1, len(parts)) if _opens_with_subject(read[k])]
        if len(cut) == 1 or read[0].subject is None:
            out_story.append(s)
            out_clauses.append(c)
            continue
        for a, b in itertools.pairwise([*cut, len(parts)]):
            part = Sentence(parts[a].start, parts[b - 1].end, s.paragraph, s.first and a == 0)
            out_story.append(part)
            out_clauses.append(read[a] if b == a + 1 else analyse(text, folded, part, cast, kb))
    return out_story, out_clauses


def _opens_with_subject(c: Clause) -> bool:
    """Whether a part of a sentence opens with the subject of its own cue."""
    return c.subject is not None and not c.inverted and c.subject.start == c.sentence.start


def _speaker_parts(folded: str, s: Sentence, c: Clause) -> list[Sentence]:
    """The parts of a sentence between the breaks after its cue (none if it has none)."""
    if c.cue is None or c.inverted or folded.count('"', s.start, c.cue[1]) % 2:
        return []
    quotes = 0
    at = c.cue[1]
    bounds: list[tuple[int, int]] = []
    for b in SUBJECTS_BREAK.finditer(folded, c.cue[1], s.end):
        quotes += folded.count('"', at, b.start())
        at = b.start()
        if quotes % 2 == 0:
            bounds.append((b.start(), b.end()))
    if not bounds:
        return []
    starts = [s.start, *(e for _, e in bounds)]
    ends = [*(b for b, _ in bounds), s.end]
    return [Sentence(a, b, s.paragraph, False) for a, b in zip(starts, ends, strict=True)]


def joint_opening(folded: str, vocab: Vocabulary, start: int, end: int) -> PhraseHit | None:
    """The joint subject that opens reported words, if any (`... said that the two sides`).

    Spaces, commas, a colon and a quotation mark before it are passed over.
    """
    at = start
    while at < end and folded[at] in ' ,:"':
        at += 1
    return vocab.joint.match(folded, at)


_LABEL_TAIL = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*:\s*")


_APPOSED_LABEL = re.compile(r",[^:;\n\"\u201c]{1,250}:\s*")
"""A label whose title follows the name (`Zhai Jun, special envoy of ...:`), alone in its
paragraph (the words said follow in the next) or before words in quotation marks."""


_LABEL_HEAD = re.compile(r"(?:(?:[A-Z][\w'\-.]*|of|the|and)\s+){0,12}")


def _label(
    folded: str, sentence: Sentence, subjects: list[Subject], cues: list[tuple[int, int, str]]
) -> Clause | None:
    """A transcript turn: a person's name (and a note in brackets) then a colon.

    (Never without a colon in the sentence: `analyse` relies on that.)

    Titles may stand before the name (`President of the United Arab Emirates ...:`).
    """
    first = next((s for s in subjects if s.kind == "person"), None)
    if first is None or first.start - sentence.start > 120:
        return None
    head = _LABEL_HEAD.match(folded, sentence.start, first.start)
    if head is None or head.end() != first.start:
        return None
    m = _LABEL_TAIL.match(folded, first.end, sentence.end)
    if m is None:
        m = _APPOSED_LABEL.match(folded, first.end, sentence.end)
        if m is None or (
            m.end() < sentence.end
            and (folded[m.end()] != '"' or any(first.end <= c0 < m.end() for c0, _, _ in cues))
        ):
            # `Zhai Jun, special envoy ...:` stands alone, the words said after it or in
            # quotation marks right after the colon (with no cue: `Zarif, for his part,
            # wrote on Twitter: "..."` is read by its cue).
            return None
    elif m.end() >= sentence.end:
        return None
    colon = folded.rindex(":", first.end, m.end())
    return Clause(
        sentence=sentence,
        cue=(colon, colon + 1),
        cue_text=None,
        subject=first,
        content=(m.end(), sentence.end) if m.end() < sentence.end else None,
        frames=[(sentence.start, m.end())],
        label=True,
    )


def _lead(folded: str, sentence: Sentence, subjects: list[Subject]) -> Clause | None:
    """A sentence ending in its subject and a colon, a list to follow (`the two ministers:`)."""
    colon = folded.rfind(":", sentence.start, sentence.end)
    if colon < 0 or folded[colon + 1 : sentence.end].strip():
        return None
    subject = next(
        (
            s
            for s in reversed(subjects)
            if s.kind in ("joint", "person", "people") and not folded[s.end : colon].strip()
        ),
        None,
    )
    if subject is None:
        return None
    return Clause(
        sentence=sentence,
        cue=(colon, colon + 1),
        subject=subject,
        frames=[(sentence.start, sentence.end)],
        lead=True,
    )


def _without_initials(before: str) -> str:
    """`before` without the initials that end it (`S.V.` of `S.V.Lavrov`).

    The same as `_INITIALS.sub("", before)`, looking at the end only.
    """
    reach = max(0, len(before) - _INITIALS_REACH)
    if before.find(".", reach) < 0:
        return before  # initials hold a period
    m = _INITIALS.search(before, reach)
    return before if m is None else before[: m.start()] + before[m.end() :]


def role_named(hit: re.Match[str]) -> str:
    """The role a match of `Vocabulary.role` names, in lower case.

    `the Foreign Minister` is a foreign minister, not any minister; other modifiers
    (`the visiting minister`, `the top diplomat`) say nothing of the office.
    """
    role = (hit.group("role") or hit.group("role2") or "").lower()
    if "foreign" in (hit.group("mod") or "").lower():
        return f"foreign {role}"
    return role


_BLANKS = re.compile(r"[ \t]*")


_NAME = r"(?:the\s+)?(?:[A-Z][\w'\-]*\s+){0,2}[A-Z][\w'\-]*"
_NAMES_LIST = rf"{_NAME}(?:(?:\s*,\s*|\s*,?\s+and\s+){_NAME}){{1,11}}"
PEERS = re.compile(
    rf"\b(?:his|her|their)\s+(?P<before>{_NAMES_LIST})\s+(?:counterparts|colleagues|homologues)\b"
    rf"|\b(?:counterparts|colleagues|homologues)\s+(?:from|of)\s+(?P<after>{_NAMES_LIST})"
)
"""Counterparts of several countries: their adjectives before, or their names after."""


def named_after_verb(folded: str, pos: int, cast: Cast, vocab: Vocabulary) -> int | None:
    """Where the one named right after a verb ending at `pos` ends, if someone is named.

    A person's mention (`called on Prime Minister Albanese`, see `Cast.named_after`) or
    a role with its determiner (`called on the Foreign Minister`, `received his
    counterpart`), or counterparts of several countries.
    """
    person = cast.named_after(folded, pos)
    if person is not None:
        return person.end
    spaces = _BLANKS.match(folded, pos)
    at = spaces.end() if spaces else pos
    role = vocab.role.match(folded, at)
    if role is None or not (role.group("det") or role.group("owner")):
        peers = PEERS.match(folded, at)  # `hosted his Chinese and South Korean counterparts`
        return peers.end() if peers is not None else None
    return role.end()


def _visit(folded: str, c1: int, s1: int, cast: Cast, vocab: Vocabulary) -> bool:
    """`called on <person>`, `welcomed <person>`, with no `to <verb>` after: a visit."""
    end = named_after_verb(folded, c1, cast, vocab)
    if end is None or end > s1 or folded.startswith("'s", end):
        return False  # `welcomed Minister Cho's visit`: his visit, not him
    appeal = re.match(
        r"[^.;]{0,40}?\bto\s+(?!him\b|her\b|them\b|the\b|a\b|an\b|his\b|its\b)[a-z]",
        folded[end:s1],
    )
    return appeal is None


_START = attrgetter("start")
_RELAYED_GAP = re.compile(r"(?:\s+[^,;:\"]{0,60}?)?\s+that\s+|\s+")
"""Between a cue and the words it reports (`said`, `said in a statement that`)."""
_SPEAKERS = frozenset({"person", "people", "pronoun", "joint", "role", "sides"})
OUTSIDERS = frozenset(
    "spokesperson spokesman spokeswoman analyst expert researcher observer source".split()
)
"""Role nouns of people who speak about a meeting without taking part in it."""
RELAYER = re.compile(r"\b(?:spokes\w*|press)\b", re.IGNORECASE)
"""Words of the titles of those who speak for others (`Spokesperson`, `the official
spokesperson of the Ministry`, `Press Secretary`, `Press Office`)."""


def _relayed(
    folded: str,
    s0: int,
    subj: Subject,
    subjects: list[Subject],
    cues: Sequence[tuple[int, int, str]],
) -> bool:
    """Whether a person's words open what a cue before them reports, with no speaker of its own.

    `The ministry said Wang stressed ...`, `State media said in a statement that Wang
    ...`: the words are Wang's, and so are they when a spokesperson relays them. Not when
    someone who could have taken part says them (`Lavrov said Wang stressed`, `the Vice
    President stressed that Xi attached ...`: Lavrov's and the Vice President's).
    """
    if subj.kind not in ("person", "people"):
        return False
    for c0, c1, _ in cues:
        if c1 > subj.start:
            break
        if _RELAYED_GAP.fullmatch(folded, c1, subj.start):
            # The nearest few subjects before the cue, as for any cue's subject.
            at = bisect_left(subjects, c0, key=_START)
            return not any(
                s.kind in _SPEAKERS and (s.role or "") not in OUTSIDERS
                for s in subjects[max(0, at - 8) : at]
                if s.start >= s0
            )
    return False


def _left(
    folded: str,
    s0: int,
    s1: int,
    c0: int,
    c1: int,
    subjects: list[Subject],
    sentence: Sentence,
    courtesies: frozenset[str],
    cues: Sequence[tuple[int, int, str]],
) -> Clause | None:
    """`<subject> [gap] <cue> [frame] [that] <content>`, with the subject opening a clause.

    Or opening the words another cue reports, when no one names who reports them: `The
    ministry said Wang stressed ...` is Wang's, relayed.
    """
    # The nearest few candidates only: a subject stands close to its cue.
    for subj in [s for s in subjects if s.end <= c0][-8:][::-1]:
        if (
            not _GAP.fullmatch(folded, subj.end, c0)
            and folded[subj.end : c0].strip()
            and not _AND_GAP.fullmatch(folded, subj.end, c0)
            and not (subj.kind == "document" and _DOCUMENT_FROM.fullmatch(folded, subj.end, c0))
        ):
            continue
        before = _without_initials(folded[s0 : subj.start])  # `S.V.Lavrov said`
        if before.split() and all(
            w.rstrip(".") in courtesies or w in ("His", "Her") for w in before.split()
        ):
            before = ""  # `HE the Norwegian Minister praised`, `His Excellency the ...`
        elif before.endswith(("the ", "The ")):
            before = before[:-4]  # `..., the Minister of the Environment, Marina Silva, said`
        lookback = max(0, len(before.rstrip()) - _CLAUSE_START_LOOKBACK)
        if (
            not _CLAUSE_START.search(before, lookback)
            and before.strip()
            and not (subj.kind == "people" and before.endswith("that "))
            and not _relayed(folded, s0, subj, subjects, cues)
        ):
            # An opener such as `According to ..., ` or `In his speech, ` ends in a comma;
            # a name inside an insert (`Lavrov, speaking alongside Jaishankar, said`) is
            # not the subject: look further left. (Names joined after `that` are: `The
            # ministry said that X and Y reviewed ...`.)
            continue
        if subj.kind in ("joint", "sides", "document") and not _opens(before):
            # `..., and the two sides agreed ...` inside someone's words is not a joint
            # statement: a joint subject opens its sentence (after at most a short opener).
            return None
        rest = folded[c1:s1]
        if before.rstrip().endswith((",", ',"', '"')) and before.strip(' "') and _TAIL.match(rest):
            # `<content>, Wang said [frame].`: the content is what comes before.
            cut = before.rstrip().rstrip('"').rstrip()
            return Clause(
                sentence=sentence,
                subject=subj,
                content=(s0, s0 + len(cut) - 1),
                frames=[(subj.start, s1)],
                inverted=True,
            )
        # The content starts after `that` close by, or a comma or colon right after the cue.
        content_start = c1
        m = _THAT_WORD.search(folded, c1, min(s1, c1 + 220))
        if m is not None:
            content_start = m.end()
        else:
            m = _COMMA.match(folded, c1)
            if m is not None:
                content_start = m.end()
        # A time or place word right after the cue is the reporter's (`agreed Friday to`).
        when = _WHEN.match(folded, content_start, s1)
        frame_end = when.end() if when else content_start
        frames = [(s0, frame_end)] if frame_end > s0 else []
        content_end = s1
        aside = _REPORTER_ASIDE.search(folded, content_start, s1)
        if aside is not None:
            # `Pandor reaffirmed ..., as she hosted Blinken in Pretoria`: the reporter's again.
            content_end = aside.start()
            frames.append((aside.start() + 1, s1))
        return Clause(
            sentence=sentence, subject=subj, content=(content_start, content_end), frames=frames
        )
    return None


def _participle(
    folded: str,
    s0: int,
    s1: int,
    c0: int,
    c1: int,
    subjects: list[Subject],
    sentence: Sentence,
) -> Clause | None:
    """`<subject> met X on Saturday, calling on the two countries to ...`.

    A speech cue in `-ing` (the lexicon's `participle_cues`) after a comma, far from its
    subject: the sentence's own subject (a person or people, opening the sentence after
    at most a short opener) says it.
    """
    if not _PARTICIPLE_AFTER.search(folded, max(s0, c0 - 3), c0):
        return None
    subj = next((x for x in subjects if x.start < c0), None)
    if subj is None or subj.kind not in ("person", "people"):
        return None
    if not _opens(folded[s0 : subj.start]):
        return None
    m = _THAT_WORD.match(folded, c1 + 1) if folded[c1 : c1 + 1] == " " else None
    content_start = m.end() if m is not None else c1
    return Clause(sentence=sentence, subject=subj, content=(content_start, s1), frames=[(s0, c0)])


_PARTICIPLE_AFTER = re.compile(r",\s*$")


def _opens(before: str) -> bool:
    """Whether what stands before a subject lets it open its sentence.

    Nothing does, or a short opener ending in a comma (`On Saturday, `), quotation marks
    and brackets aside.
    """
    bare = before.strip().lstrip("\"'([")
    return not bare or _OPENER.fullmatch(bare) is not None


def _right(
    folded: str,
    s0: int,
    s1: int,
    c0: int,
    c1: int,
    subjects: list[Subject],
    form: str,
) -> Clause | None:
    """`<content>, <cue> <subject>.` (`..., said the Russian diplomat.`) or `according to X`."""
    before = folded[s0:c0].rstrip()
    according = form == "according to"
    if not according and not before.endswith((",", '"')):
        return None
    for subj in subjects:
        if subj.start < c1:
            continue
        if folded[c1 : subj.start].strip():
            return None
        if not _INVERTED_TAIL.match(folded, subj.end):
            return None
        if according:
            comma = folded.find(",", subj.end, s1)
            if comma < 0:
                return None
            return Clause(
                sentence=_dummy(s0, s1),
                subject=subj,
                content=(comma + 1, s1),
                frames=[(s0, comma + 1)],
                inverted=False,
            )
        return Clause(
            sentence=_dummy(s0, s1),
            subject=subj,
            content=(s0, s0 + len(before.rstrip(',"')) if before else s0),
            frames=[(c0, s1)],
            inverted=True,
        )
    return None


def _dummy(s0: int, s1: int) -> Sentence:
    return Sentence(s0, s1, -1, False)
