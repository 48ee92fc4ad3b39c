"""Finding people in a report: names, titles, countries, and one canonical name each.

People are recognised from the patterns officials are written in, for any
country, not from a closed list: a run of capitalised words whose tail is a
name and whose head (or the words just before it) is a title, a demonym or a
role (`Russian Foreign Minister Sergei Lavrov`, `his Russian counterpart
Sergey Lavrov`, `Foreign Minister Retno Marsudi of Indonesia`, `Member of the
Political Bureau of the CPC Central Committee and Chinese Foreign Minister
Wang Yi(R)`). The office-holder table then supplies canonical names and
spellings (`Sergei` and `Sergey` are one person), resolves a surname alone
(`Lavrov`), and resolves a name machine translation garbled: a person titled
with an office whose holder on that day the table knows (`Russian Foreign
Minister Raft` in July 2022 is Sergey Lavrov).

Examples:
    >>> from diplomeet.people import find_people
    >>> t = "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov."
    >>> cast = find_people(t, [(0, len(t))])
    >>> [(p.name, p.country, p.title) for p in cast.people()]
    [('Wang Yi', 'CHN', 'Foreign Minister'), ('Sergey Lavrov', 'RUS', 'Foreign Minister')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Hashable, Iterable, Sequence
from typing import NamedTuple, TypeVar

from attrs import define, field, frozen
from rapidfuzz import fuzz

from diplomeet.knowledge import Knowledge, OfficeTerm, default_knowledge, key
from diplomeet.model import Person, Span
from diplomeet.text import fold

__all__ = ["Cast", "Mention", "find_people"]

_GIVEN = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
_PREFIX_HEADS = frozenset(
    {"al-", "el-", "ad-", "as-", "ash", "at-", "az-", "bin", "ben", "ibn", "de-", "van", "von"}
)
# A word as the finder reads it: initials (`U.S.`, `S.`), or letters with inner hyphens and
# apostrophes; a possessive `'s` or a trailing apostrophe is left out of the word. (Written so
# that each branch opens with a letter and no branch re-reads what another read: it is the
# finder's hottest pattern.)
_WORDS = re.compile(
    r"[A-Z]\.(?:(?:[A-Z]\.)+|(?=\s))|(?<!')[^\W\d_]\w*(?:[-'](?=[^\W_])(?!s\b)\w+)*"
)
_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ben|ibn|de|van|von)-[A-Z]")
"""A name part with a lowercase prefix (`al-Sisi`)."""

# The finder does not tokenise a whole span: one pattern finds the chains of words that may
# hold a name (words joined by one or two spaces, each capitalised, a prefixed name part or
# a particle), and only those words, and the few before a chain that survives, are read.
# Each word of a chain is matched exactly as `_WORDS` matches it (same branches, same order),
# so a chain's words are the span's words wherever the chain starts at a word's start.
_BODY = r"\w*(?:[-'](?=[^\W_])(?!s\b)\w+)*"
_CAP_WORD = rf"[^\W\d_a-z](?:(?<=[A-Z])\.(?:(?:[A-Z]\.)+|(?=\s))|(?<!'.){_BODY})"
"""A word opening with anything but a lowercase ASCII letter: initials, or `_WORDS`' second
branch. (The first letter comes first and the lookbehinds after it, so that the pattern opens
with a character set that the regex engine scans for fast.)"""
_LOWER_MEMBER = (
    r"(?<!')(?=(?:al|el|ad|as|ash|at|az|bin|ben|ibn|de|van|von)-[A-Z]"
    r"|(?:b(?i:in|int|inti)|i(?i:bn)|a(?i:l|bu)|e(?i:l)|d(?i:e|a|as|os|o|u|er|en|i|el)"
    r"|v(?i:an|on)|l(?i:a|e)|u(?i:l|d))(?!\w))"
    rf"[a-z]{_BODY}"
)
"""A lowercase word that may stand inside a run: a prefixed name part (`al-Sisi`) or a word
that may be a particle (`bin`, `van`, `de`; a superset: the finder checks each word)."""
_MEMBERS = rf"(?:[ ]{{1,2}}(?:{_CAP_WORD}|{_LOWER_MEMBER}))*"
_CHAIN = re.compile(_CAP_WORD + _MEMBERS)
"""A chain of words that may hold runs of a name, opening with a capitalised word."""
_CHAIN_REST = re.compile(_MEMBERS)
"""The rest of a chain after its first word."""
_SLOTS = 48
"""Empty slots before a chain's words, for the words before it that its titles are read from
(`his Russian counterpart`); the rare title that reaches further makes the finder read the
whole span."""
_STEP = 24
"""How many characters before a chain (or the words read before it) are read at a time."""
_NO_WORD = (-1, -1, "")
"""An empty slot before a chain's words."""
_HONORIFICS = frozenset(
    "Dr Mr Mrs Ms Prof Gen Lt Col Maj Capt Adm Sen Rep Gov Amb Hon Shri Smt Sri".split()
)
_PERSONAL_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mme|Prof)\.? $")
"""Courtesies of a person, never of an office: a title word right after one is a given name
(`Dr. Sultan Ahmed Al Jaber`, `Mr Prince Kamara`)."""
_OF_WHERE = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?([A-Z][\w'\- ]{1,60}?)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w'\-. ]{0,60})?(?:\s+\([A-Z]+\))?$"
)
"""The place a title ends with: `of Fiji`, `for Foreign Affairs`, and an ambassador's posting
after it (`Ambassador of New Zealand to ASEAN`)."""
"""The organisation or country that ends an appositive (`secretary-general of the Arab League`)."""
_LOWER_MODIFIERS = frozenset(
    "special deputy vice senior chief foreign first executive permanent acting assistant "
    "prime general high national interim caretaker".split()
)


@functools.cache
def post_nominals(kb: Knowledge) -> frozenset[str]:
    """The lexicon's `post_nominals`: letters after a name (`MP`, `QC`)."""
    return frozenset(kb.lexicon.get("post_nominals") or ())


@functools.cache
def _ranks(kb: Knowledge) -> frozenset[str]:
    """The lexicon's `ranks`: `Ambassador`, `General` before a name, after an office and a comma."""
    return frozenset(kb.lexicon.get("ranks") or ())


@functools.cache
def courtesies(kb: Knowledge) -> frozenset[str]:
    """The lexicon's `courtesies` (`H.E`, `Excellency`, `Makhdoom`) and abbreviated honorifics."""
    return _HONORIFICS | frozenset(kb.lexicon.get("courtesies") or [])


MODIFIERS = frozenset(
    "Deputy Vice Assistant First Acting Interim Caretaker Executive Senior Chief Special "
    "Permanent Former Foreign State Prime General High Dr Mr Mrs Ms Madam Shri Smt Sri".split()
)
"""Words that build titles (`Deputy`, `Vice`) even where the title list does not name them."""
PARTICLES = frozenset(
    (
        "bin bint binti ibn ibni al el ul ud abu "  # Arabic and Malay
        "de da das dos do du van von der den la le di del"  # European
    ).split()
)
CONNECTORS = frozenset("of the and for on to &".split())
_PLACE_NOUNS = frozenset("state province region emirate canton county prefecture oblast".split())
"""Lowercase nouns of a part of a country that stand inside a title's place (`Minister-
President of the German state of Saxony`)."""
DETERMINERS = frozenset("his her their its the visiting then former".split())
_STOP = frozenset(
    """On In At For The Of And With To As After During Amid Over Before From By Via Under
    Meets Met Meet Meeting Holds Held Hold Talks Talk Says Said Say Calls Call Urges Urge Has Had
    Have Attends Visits Visit Pledge Pledges Agree Agrees Discuss Discusses Hails Vows Stresses
    Welcomes Receives Received Congratulates Speaks Spoke Phone Telephone Video Virtual Also
    Local Time This That These It He She They We I A An But While When Where If Not No Yes
    Both Two Three Sides Side January February March April May June July August September
    October November December Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow Photo Xinhua Source
    Editor Share Print Home News According Chinese""".split()
)
"""Capitalised words that end a name (headline verbs, prepositions, months, weekdays)."""
_BEARERS_LOOKED_AT = 64
_NOT_NAMES = frozenset(
    """china russia beijing moscow un eu asean sco brics xinhua cgtn cctv government ministry
    council committee commission republic kingdom federation union organization organisation
    summit forum conference assembly meeting security national people state states international
    world global belt road initiative councils ministers guesthouse guest hall palace house
    building center centre hotel airport square museum university park garden gardens stadium
    headquarters embassy consulate villa residence institute academy school college affairs
    bureau office party policy cooperation relations development dialogue
    department embassy agency news media press area region province city island islands
    peninsula sea ocean river strait zone north south east west central asia africa europe
    america pacific atlantic middle debate debates session sessions plenary secretariat staff
    delegation delegations talks ceremony dinner luncheon banquet reception programme program
    agenda technology technologies industry trade energy finance defence defense health
    education environment climate economy commerce investment agriculture transport
    infrastructure justice interior culture tourism science labour labor abroad overseas
    diaspora diasporas expatriates emigrants""".split()
)
"""Lowercased words that never stand alone as a person's name."""
_ABSTRACT_NOUN = re.compile(r"[a-z]{3}(?:tion|sion|ism|ship|ity)s?$", re.IGNORECASE)
"""The endings of abstract nouns no name has (`Emigration`, `Partnership`, `Security`)."""

CHINESE_SURNAMES = frozenset(
    """wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang
    song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang
    cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong
    jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian tang yin yi
    chang wen qi ning ke zhai xi""".split()
)
"""Common Chinese surnames: a Chinese name is written surname first (`Wang Yi` is Mr Wang)."""


def _mention_start(m: Mention) -> int:
    return m.start


KOREAN_SURNAMES = frozenset(
    """kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im
    han oh seo suh shin sin kwon hwang ahn an song yoo yu hong moon mun jeon chun ko go
    baek paik nam noh roh ha kwak""".split()
)
"""Common Korean surnames: a Korean name is written surname first (`Kim Gunn` is Mr Kim)."""


# A word that may stand between a verb and the name of the one it meets: an honorific or
# a title's word (`met with H.E. Mr. ...`, `called on Prime Minister ...`).
_WORD_BEFORE_NAME = re.compile(
    r"[ \t]*,?[ \t]*(?P<word>(?i:h\.\s?e\.|his excellency|her excellency|the hon\.?|hon\.|mr\.?"
    r"|mrs\.?|ms\.?|dr\.?|madam|prof\.?)(?=[ \t])"
    r"|(?:the|his|her|their|visiting|of|and|for)(?=[ \t])|[A-Z][\w.'’-]*|\([A-Z][\w.&'’-]*\))"
)
"""(`met with the Secretary of State of the United States, Mr. Antony Blinken`; `received
Secretary General of the Gulf Cooperation Council (GCC) Jasem Albudaiwi`.)"""
_MAX_WORDS_BEFORE_NAME = 12
_ASIDE = re.compile(r"[ \t]*,?[ \t]*(?:at|in|today|yesterday|here|on)[ \t,]")
"""A word that opens where or when, between a meeting's verb and the one met (`received
today, at the Itamaraty Palace, the Federal Minister ...`)."""
_AT_A_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
"""What stands right before a venue's or a town's name (`at the Marina da Glória`): an
untitled name after it is no person's."""
_VENUE_WORDS = frozenset(
    """house guesthouse palace hall hotel building centre center villa residence lodge pavilion
    castle mansion tower complex auditorium""".split()
)
"""The last word of a building's kind before its own name (`State Guest House Padma`)."""
_NEXT_WORD = re.compile(r"[ \t]*,?[ \t]*(?P<word>[^\s,.;:]+)")
_MAX_ASIDE_WORDS = 16
_SPACES_AFTER = re.compile(r" *")
_MAX_NAME = 1000
"""Characters a mention may run past where it starts."""


def _word_starts(folded: str, pos: int, word: re.Pattern[str], limit: int) -> set[int]:
    """Where the first `limit` words matched by `word` (group `word`) after `pos` start."""
    out: set[int] = set()
    for _ in range(limit):
        m = word.match(folded, pos)
        if m is None:
            break
        out.add(m.start("word"))
        pos = m.end()
    return out


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3})")


def place_after(
    kb: Knowledge, folded: str, pos: int, end: int
) -> tuple[int, str | None, str | None]:
    """The country or organisation an `of` right after `pos` names (`... of Kazakhstan`).

    Returns where its words end (the capitalised words after `of` all belong to it:
    `of the Armenian Parliament`), and the country or organisation the longest
    leading run of them names; `(pos, None, None)` when they name none.
    """
    m = _OF_COUNTRY.match(folded, pos, end)
    if m is None:
        return pos, None, None
    names = m.group(1).split()
    for n in range(len(names), 0, -1):
        phrase = " ".join(names[:n])
        country = kb.country_code(phrase)
        org = kb.organization(phrase) if country is None else None
        if country is not None or org is not None:
            return m.end(), country, org
    return pos, None, None


@frozen
class Mention:
    """Words of the text that name a person."""

    start: int
    """Where the whole mention starts (its title included)."""
    end: int
    """Where the name ends."""
    name_start: int
    """Where the name itself starts."""
    person: str
    """The key of the person in the `Cast`."""
    kind: str
    """`name` for a full name (with or without a title), `surname` for a surname alone."""
    title: str | None = None
    """The title words before the name, as written (demonym and determiners left out)."""

    @property
    def span(self) -> Span:
        """`(start, end)` of the whole mention."""
        return (self.start, self.end)


@define
class _Entry:
    key: str
    name: str
    country: str | None = None
    organization: str | None = None
    title: str | None = None
    title_from_story: bool = False
    surname: str | None = None
    known: tuple[OfficeTerm, ...] = ()
    offices: set[str] = field(factory=set)
    mentions: list[str] = field(factory=list)
    first: int = 0
    garbled: bool = False
    stated: bool = False
    """The country or organisation was read from the text, not supposed from the table."""


@define
class Cast:
    """The people of one report, each with one canonical name, and where they are named."""

    kb: Knowledge
    text: str
    folded: str = ""
    """`text` folded (see `diplomeet.text.fold`), where names are looked for; else `text`."""
    entries: dict[str, _Entry] = field(factory=dict)
    mentions: list[Mention] = field(factory=list)
    story_start: int = 0
    aliases: dict[str, str] = field(factory=dict)
    """Keys that were merged into another person's (a garbled name), to the new key."""
    written: dict[str, bool] = field(factory=dict)
    """A memo of `_written`: each surname is looked for in the text once."""
    first_plural: list[Span] = field(factory=list)
    """Where the story says `we` for its author and the people met (see `diplomeet.narrator`)."""
    genders: dict[str, str | None] = field(factory=dict)
    """A memo of `gender`."""

    def gender(self, person_key: str) -> str | None:
        """`f` or `m` when a given name, a courtesy or a title tells, else None.

        `Ms Wong`, `Queen Rania`, `Helga Schmid`: the lexicon's `feminine` and `masculine`.
        """
        if person_key in self.genders:
            return self.genders[person_key]
        e = self.entries.get(person_key)
        found = _gender_of(self.kb, e.name, e.title, e.mentions) if e is not None else None
        self.genders[person_key] = found
        return found

    def canon(self, person_key: str) -> str:
        """The current key of a person (after garbled names were resolved)."""
        seen = 0
        while person_key in self.aliases and seen < 10:
            person_key = self.aliases[person_key]
            seen += 1
        return person_key

    def settle_home(self, country: str) -> None:
        """Give the dateline's country to its people the report names without one.

        Only to Korean names in a story datelined in a Korea: `Defense Minister Suh Wook`
        in one datelined Seoul is South Korea's. (A Chinese name is China's wherever it
        stands; a person the table knows keeps the table's country.)
        """
        if country not in ("KOR", "PRK"):
            return
        for e in self.entries.values():
            if e.country is None and e.organization is None and not e.known:
                e.country = country if _korean_surname(e.name, None) else None

    def add_known(self, term: OfficeTerm) -> str:
        """Add a person the report names only by a title, from the office-holder table."""
        k = key(term.name)
        if k not in self.entries:
            self.entries[k] = _Entry(
                key=k,
                name=term.name,
                country=term.country,
                organization=term.organization,
                title=term.title,
                surname=term.surname,
                known=self.kb.person(term.name) or (term,),
                offices={term.office},
                first=len(self.text),
            )
        return k

    def people(self) -> list[Person]:
        """Every person named, in order of first mention."""
        return [self.person(k) for k in sorted(self.entries, key=lambda k: self.entries[k].first)]

    def person(self, person_key: str) -> Person:
        """The `Person` record of a cast member."""
        e = self.entries[person_key]
        return Person(
            name=e.name,
            country=e.country,
            title=e.title,
            organization=e.organization,
            mentions=tuple(dict.fromkeys(e.mentions)),
        )

    def entry(self, person_key: str) -> _Entry:
        """The working record of a cast member."""
        return self.entries[person_key]

    def offices(self, person_key: str) -> set[str]:
        """The office keys the report's titles give the person (`state_councilor`, ...)."""
        return self.entries[person_key].offices

    def in_span(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie within `[start, end)`, in order (`mentions` is sorted by start)."""
        ms = self.mentions
        i = bisect.bisect_left(ms, start, key=_mention_start)  # not a scan per sentence
        out: list[Mention] = []
        while i < len(ms) and ms[i].start <= end:
            if ms[i].end <= end:
                out.append(ms[i])
            i += 1
        return out

    def named_after(self, folded: str, pos: int) -> Mention | None:
        """The person's mention that starts right after `pos` (a verb's end), if any.

        Honorifics (`H.E. Mr.`), a title's words (`the Secretary of State of the United
        States,`) and where or when (`at the Ministry today`) may stand between:
        `called on Prime Minister ...`, `received at the Ministry in Riyadh today His
        Excellency ...`.
        """
        spaces = _SPACES_AFTER.match(folded, pos)
        starts = {spaces.end() if spaces else pos}
        starts |= _word_starts(folded, pos, _WORD_BEFORE_NAME, _MAX_WORDS_BEFORE_NAME)
        if _ASIDE.match(folded, pos) is not None:
            # Any word of the aside may be where the name starts.
            starts |= _word_starts(folded, pos, _NEXT_WORD, _MAX_ASIDE_WORDS)
        return next(
            (m for m in self.in_span(min(starts), max(starts) + _MAX_NAME) if m.start in starts),
            None,
        )

    def last_before(self, pos: int) -> Mention | None:
        """The last mention that ends at or before `pos`, if any."""
        ms = self.mentions
        i = bisect.bisect_left(ms, pos, key=_mention_start) - 1
        while i >= 0 and ms[i].end > pos:
            i -= 1
        return ms[i] if i >= 0 else None

    def resolve_garbled(self, day: dt.date | None) -> None:
        """Replace names machine translation garbled, now that the meeting day is known.

        A person the table does not know, titled with an office of a known
        country, is that office's holder on `day` when the table has exactly
        one, and either the written name is a single word or the holder's
        surname stands elsewhere in the report. Without a day (a report that
        gives no year), only a holder of the office at any time whose surname
        stands elsewhere in the report, the only such one, is. A titled person
        of no country named by one word is the holder who goes by it
        (`_resolve_first_name`).
        """
        for e in list(self.entries.values()):
            if e.known or not e.offices:
                continue
            if e.country is None:
                if day is not None and e.organization is None:
                    self._resolve_first_name(e, day)
                continue
            if _DEPUTY.match(e.title or "") and not all(
                o.startswith(_DEPUTY_OFFICES) for o in e.offices
            ):
                continue  # `Deputy Finance Minister ...` is not the minister the table knows
            holders = {
                t.name: t for office in e.offices for t in self.kb.holders(e.country, office, day)
            }
            if day is None:
                holders = {n: t for n, t in holders.items() if self._written(t.surname)}
            if len(holders) != 1:
                continue
            term = next(iter(holders.values()))
            single = day is not None and len(e.name.split()) == 1
            if not (single or self._written(term.surname)):
                continue
            self._rekey(e, term)

    def _resolve_first_name(self, e: _Entry, day: dt.date) -> None:
        """A titled person named by one word and no country, the holder who goes by it.

        (`President Sheikh Mohamed` is the UAE's president on `day`.) The holder's
        name must start with the word and their office be the title's; when several
        countries have such a holder, only one of them may be named in the report.
        """
        if " " in e.name:
            return
        holders = {
            t.name: t
            for t in self.kb.by_first_name(e.name)
            if t.office in e.offices and t.holds_on(day)
        }
        if len(holders) > 1:
            holders = {n: t for n, t in holders.items() if self._country_written(t.country)}
        if len(holders) == 1:
            term = next(iter(holders.values()))
            e.country = term.country
            self._rekey(e, term)

    def _country_written(self, code: str | None) -> bool:
        """Whether the report names the country by a name or demonym of the table's."""
        return code is not None and any(self._written(f) for f in self.kb.country_forms(code))

    def _written(self, word: str) -> bool:
        """Whether the word stands in the report as a word of its own (once per word)."""
        found = self.written.get(word)
        if found is None:
            found = re.search(rf"\b{re.escape(word)}\b", self.text) is not None
            self.written[word] = found
        return found

    def _rekey(self, e: _Entry, term: OfficeTerm) -> None:
        target = self.entries.get(key(term.name))
        old = e.key
        if target is None:
            e.garbled = True
            e.name = term.name
            e.surname = term.surname
            e.known = self.kb.person(term.name)
            e.key = key(term.name)
            del self.entries[old]
            self.entries[e.key] = e
        else:
            target.mentions.extend(e.mentions)
            target.first = min(target.first, e.first)
            if target.title is None:
                target.title = e.title
            target.offices |= e.offices
            del self.entries[old]
        new = key(term.name)
        if new != old:
            self.aliases[old] = new
        self.mentions = [
            Mention(m.start, m.end, m.name_start, new, m.kind, m.title) if m.person == old else m
            for m in self.mentions
        ]
        self._add_surnames([new])

    def _add_surnames(self, person_keys: Sequence[str]) -> None:
        """Find each person's full name and surname wherever the finder did not.

        The people are taken in turn, each form of a name (full name, surname, a first
        name that people go by) in turn, its places in the text left to right; a place
        that overlaps a mention already known is passed over. One scan of the text
        finds the places of every form, so that the time stays linear in the text
        however many people it names.
        """
        counts = self._name_counts()
        forms = [self._forms(k, counts) for k in person_keys]
        places = _form_places(self.folded or self.text, forms)
        # Sorted, so that an overlap is looked up near the match, not in every mention.
        covered = sorted((m.start, m.end) for m in self.mentions)
        widest = max((t - s for s, t in covered), default=0)
        added = False
        for person_key, person_forms, person_places in zip(person_keys, forms, places, strict=True):
            e = self.entries[person_key]
            for (_form, kind), found in zip(person_forms, person_places, strict=True):
                for start, end in found:
                    lo = bisect.bisect_left(covered, (start - widest,))
                    hi = bisect.bisect_left(covered, (end,))
                    if any(s <= start < t or start <= s < end for s, t in covered[lo:hi]):
                        continue
                    bisect.insort(covered, (start, end))
                    widest = max(widest, end - start)
                    self.mentions.append(Mention(start, end, start, person_key, kind))
                    e.mentions.append(self.text[start:end])
                    added = True
        if added:  # (the mentions are sorted already otherwise)
            self.mentions.sort(key=_mention_start)

    def _forms(self, person_key: str, counts: dict[str, int]) -> list[tuple[str, str]]:
        """The ways the text may name a person again: `(form, "name" | "surname")`.

        `counts`: how many people have each surname or first name (`_name_counts`).
        """
        e = self.entries[person_key]
        forms = [(e.name, "name")]
        parts = e.name.split()
        if e.surname == parts[-1] and len(parts) >= 3 and parts[-2].lower() in PARTICLES:
            # `Al Sayegh`, `de Souza`: the particles before a surname go with it (before the
            # surname alone, so that they are part of the mention where they stand).
            k = len(parts) - 2
            while k > 1 and parts[k - 1].lower() in PARTICLES:
                k -= 1
            forms.append((" ".join(parts[k:]), "surname"))
        if e.surname and e.surname != e.name:
            forms.append((e.surname, "surname"))
        first = parts[0] if len(parts) >= 2 else None
        korean = _korean_surname(e.name, e.country)
        if korean is not None and korean != e.surname and counts.get(korean, 0) <= 1:
            forms.append((korean, "surname"))  # `Suh Wook` of no known country is Mr Suh
        elif (
            first
            and first != e.surname
            and len(first) >= 4
            and first[0].isupper()
            and not _looks_chinese(e.name)
            and first not in _STOP
            and first.lower() not in _NOT_NAMES
            and self.kb.country_code(first) is None
            and counts.get(first, 0) <= 1  # no one else's surname or first name
        ):
            # Many people go by the first part of their name (`Prabowo`, `Faisal`).
            forms.append((first, "surname"))
        written: list[tuple[str, str]] = []
        for form, kind in forms:
            written.append((form, kind))
            if form[:1].islower():
                # `von der Leyen` opens a sentence as `Von der Leyen` (before the surname
                # alone claims `Leyen`).
                written.append((form[:1].upper() + form[1:], kind))
        for form, kind in forms:
            if len(form) >= 3 and form.upper() != form:
                # Capitals in a transcript's labels (`H. FIDAN:`) and in headlines.
                written.append((form.upper(), kind))
        return written

    def _name_counts(self) -> dict[str, int]:
        """How many people of the cast have each surname or first name."""
        counts: dict[str, int] = {}
        for o in self.entries.values():
            for w in {o.surname, *o.name.split()[:1]}:
                if w is not None:
                    counts[w] = counts.get(w, 0) + 1
        return counts


_DEPUTY = re.compile(r"(?:deputy|vice|assistant|under|junior|parliamentary)\b", re.IGNORECASE)
_DEPUTY_OFFICES = ("deputy_", "vice_")
"""Office keys of deputies (`deputy_foreign_minister`, `vice_premier`)."""

_FORM_ENDS = re.compile(r"\b(?!\s+[A-Z][a-z])")
"""Where a form of a name may end: its last word ends, and no capitalised word follows (else
the form is part of a longer name)."""
_SPACES = re.compile(r"\s+")


def _form_places(text: str, forms: Sequence[Sequence[tuple[str, str]]]) -> list[list[list[Span]]]:
    """Where each form of each person's name stands in the text, left to right.

    A form's words stand as whole words, white space between them, after no word
    character or `-`, and not before another capitalised word (`Wang` in `Wang Yi` is not
    `Wang`). Like a `finditer` per form, the places of one form do not overlap; one scan
    finds those of every form, walking a tree of the forms' words from each word that
    opens one (so that many people who share a given name, or `Jan de`, cost one look-up
    a word, not one look each).
    """
    out: list[list[list[Span]]] = [[[] for _ in person] for person in forms]
    root: dict[str, _FormNode] = {}
    for person, places in zip(forms, out, strict=True):
        for (form, _kind), found in zip(person, places, strict=True):
            words = form.split()
            if not words:
                continue
            node = root.get(words[0])
            if node is None:
                node = root[words[0]] = _FormNode()
            for w in words[1:]:
                node = node.child(w)
            node.found.append(found)
    if not root:
        return out
    lengths: dict[str, list[int]] = {}  # of the first words, by their first character
    for w in sorted(root, key=len):
        if len(w) not in lengths.setdefault(w[0], []):
            lengths[w[0]].append(len(w))
    starts = re.compile("[" + "".join(re.escape(c) for c in sorted(lengths)) + r"](?<![\w-].)")
    for m in starts.finditer(text):
        p = m.start()
        for n in lengths[text[p]]:
            first = root.get(text[p : p + n])
            if first is None:
                continue
            walk = [(first, p + n)]
            while walk:
                node, at = walk.pop()
                if node.found and _FORM_ENDS.match(text, at) is not None:
                    for found in node.found:
                        if not found or found[-1][1] <= p:  # not inside its place before
                            found.append((p, at))
                if node.children:
                    space = _SPACES.match(text, at)
                    if space is not None:
                        q = space.end()
                        for k in node.lengths:
                            nxt = node.children.get(text[q : q + k])
                            if nxt is not None:
                                walk.append((nxt, q + k))
    return out


class _FormNode:
    """A word of the forms' tree: the forms that end here, and the words that go on."""

    __slots__ = ("children", "found", "lengths")

    def __init__(self) -> None:
        self.found: list[list[Span]] = []
        self.children: dict[str, _FormNode] = {}
        self.lengths: list[int] = []

    def child(self, word: str) -> _FormNode:
        node = self.children.get(word)
        if node is None:
            node = self.children[word] = _FormNode()
            if len(word) not in self.lengths:
                self.lengths.append(len(word))
        return node


@functools.cache
def _vocab(kb: Knowledge) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Title words, head words of titles, and lowercase role words that may precede a name.

    Any title word may stand inside a title chain (`Foreign`, `Political`, `Bureau`); only a
    head word (the last word of a title: `Minister`, `Councilor`, `Committee`) marks the
    capitalised words right after it as a name.
    """
    phrases: list[str] = []
    for ps in (kb.titles.get("offices") or {}).values():
        phrases.extend(ps)
    phrases.extend(kb.titles.get("titles") or [])
    phrases.extend(kb.titles.get("party_titles") or [])
    phrases.extend(kb.lexicon.get("role_nouns") or [])
    phrases.extend(["Spokesperson", "Spokesman", "Spokeswoman", "Counterpart", "Envoy"])
    words: set[str] = set()
    heads: set[str] = set()
    for p in phrases:
        raw = re.findall(r"[\w'\-]+", p)
        # The head noun stands before the first connector (`Secretary` of State).
        first_part = []
        for w in raw:
            if w.lower() in CONNECTORS:
                break
            first_part.append(w)
        ws = [w for w in raw if w.lower() not in CONNECTORS]
        ws = [w[0].upper() + w[1:] for w in ws if w not in _NOT_TITLE]
        words.update(ws)
        words.update(w + "s" for w in ws)
        if first_part and len(first_part[-1]) > 2 and first_part[-1] not in _NOT_TITLE:
            head = first_part[-1]
            heads.add(head[0].upper() + head[1:])
    words |= MODIFIERS
    lower = {w.lower() for w in heads} | {"counterpart", "spokesperson", "spokesman"}
    return frozenset(words), frozenset(heads), frozenset(lower)


_NOT_TITLE = frozenset({"Chinese", "Russian", "China", "Russia"})
_MAX_CHAIN_WORDS = 40
"""The most words a title chain reads back from a name (the longest titles hold about 25):
a text of organisations' names end to end must not make each name read back to its start."""


@functools.cache
def _long_ends(kb: Knowledge) -> frozenset[str]:
    """The last words of the long names and the lower-case titles (see `_Finder.long_ends`)."""
    return kb.long_name_ends() | frozenset(_lower_titles(kb))


@functools.cache
def _lower_titles(kb: Knowledge) -> dict[str, tuple[str, ...]]:
    """The titles of several words holding a lower-case word, by their last word.

    (`EU foreign policy chief`): a title chain crosses them whole, though its words one by
    one are no title's.
    """
    out: dict[str, list[str]] = {}
    for ps in (kb.titles.get("offices") or {}).values():
        for p in ps:
            words = p.split()
            if len(words) >= 2 and any(w.islower() and w not in CONNECTORS for w in words):
                out.setdefault(words[-1].lower(), []).append(p)
    return {w: tuple(v) for w, v in out.items()}


@functools.cache
def _title_openers(kb: Knowledge) -> frozenset[str]:
    """The lower-case words that may open the title after a name and a comma.

    Role and expert words (`spokesperson`, `professor`), modifiers (`deputy`), articles, and
    the lexicon's `title_modifiers` (`newly`, `incoming`): `Fiona Carrick, the newly appointed
    Ambassador`. Any other lower-case word there is a verb (`Kallas, met the Secretary`).
    """
    articles = {"the", "a", "an", "also", "now", "then", "former"}
    return _vocab(kb)[2] | _EXPERTS | _LOWER_MODIFIERS | articles | _title_modifiers(kb)


@functools.cache
def _title_modifiers(kb: Knowledge) -> frozenset[str]:
    """The lexicon's `title_modifiers` (`newly`, `incoming`): they open a title, not part of it."""
    return frozenset(w.lower() for w in kb.lexicon.get("title_modifiers") or [])


@functools.cache
def _first_words(kb: Knowledge) -> frozenset[str]:
    """The first words of the keys of every name the office-holder table knows.

    A window of words whose first word is not one of these names no known person, so the
    finder looks it up only when it is (the windows of a run are many; known names few).
    """
    return frozenset(k.split(" ", 1)[0] for k in kb.person_index)


def _may_name(first_words: frozenset[str], word: str) -> bool:
    """Whether a known name may start with this word (an initial, `J.`, always may)."""
    return word.endswith(".") or key(word).split(" ", 1)[0] in first_words


_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")
_MEMO_LIMIT = 50_000
"""Words a memo of word facts holds before it starts afresh (memory stays flat on any archive)."""
_MEMO_KEY_CHARS = 100
"""Longer words (or runs of words) are not remembered: no memo grows with a page's longest word."""


def _keep(memo: dict[_K, _V], key: _K, value: _V, chars: int) -> _V:
    """Remember `value` under a `key` of so many `chars` (a word, a run's words); return it.

    The memo starts afresh when full, and keeps no long key.
    """
    if chars <= _MEMO_KEY_CHARS:
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        memo[key] = value
    return value


@functools.cache
def _capitals(kb: Knowledge) -> dict[str, bool]:
    """A memo of `_Finder.is_capital`, one per knowledge base (it depends on its words)."""
    return {}


_KnownPlan = tuple[tuple[tuple[int, int, tuple[OfficeTerm, ...]], ...], tuple[int, ...]]
"""The known names of a run (first word, word after the last, terms) and the words left after
them (indices in the run)."""


_ReadPlan = tuple[int, tuple[tuple[OfficeTerm, ...], ...], bool]
"""Where the name in a run starts, the terms of the known one-word names it opens with, and
whether the words after those are read in context."""
_UNREAD: _ReadPlan = (-1, (), False)
"""No plan remembered yet."""
_MEMO_RUN_WORDS = 8
_KNOWN_NAME_WORDS = 8
"""The most words of a name the office-holder table is asked about."""
"""Runs of more words than this are not remembered (a memo's keys stay small)."""


@functools.cache
def _read_plans(kb: Knowledge) -> dict[tuple[str, ...], _ReadPlan | None]:
    """A memo of `_Finder.read_words`, one per knowledge base."""
    return {}


@functools.cache
def _known_plans(kb: Knowledge) -> dict[tuple[str, ...], _KnownPlan]:
    """A memo of `_Finder.plan_known`, one per knowledge base."""
    return {}


@functools.cache
def _fruitless_runs(kb: Knowledge) -> dict[tuple[str, ...], bool]:
    """A memo of runs that name no one whatever stands around them, one per knowledge base."""
    return {}


@functools.cache
def _dead_words(kb: Knowledge) -> dict[str, bool]:
    """A memo of `_Finder.lone_dead`, one per knowledge base."""
    return {}


@functools.cache
def _demonyms(kb: Knowledge) -> dict[str, bool]:
    """A memo of `_is_demonymish`, one per knowledge base."""
    return {}


def _is_demonymish(kb: Knowledge, word: str) -> bool:
    return kb.country_code(word) is not None or kb.organization(word) is not None


@define
class _Finder:
    kb: Knowledge
    text: str
    folded: str
    cast: Cast
    title_words: frozenset[str]
    head_words: frozenset[str]
    role_words: frozenset[str]
    capitals: dict[str, bool]
    first_words: frozenset[str]
    demonyms: dict[str, bool]
    courtesies: frozenset[str]
    dead: dict[str, bool] = field(factory=dict)
    """A memo of `lone_dead`."""
    span_words: list[tuple[int, int, str]] | None = None
    """All the words of the span being read, once a window proved too short."""
    lo: int = 0
    """The first word of `toks` read (the slots before it are empty)."""
    read_from: int = 0
    """Where in the text the words before `lo` are still to be read."""
    span: Span = (0, 0)
    """The span being read."""
    found: list[_Found] = field(factory=list)
    """The names read from the run being read, not yet added to the cast."""
    read_around: bool = False
    """Whether reading the run looked at the words around it (its result depends on them)."""
    known_plans: dict[tuple[str, ...], _KnownPlan] = field(factory=dict)
    """A memo of `plan_known`, by the words of the run."""
    read_plans: dict[tuple[str, ...], _ReadPlan | None] = field(factory=dict)
    """A memo of `read_words`, by the words of the run."""
    fruitless: dict[tuple[str, ...], bool] = field(factory=dict)
    """Runs that, whatever words stand around them, name no one (`United Nations`)."""
    name_ends: set[int] = field(factory=set)
    """Where the names found so far end (a title chain does not reach back over one)."""
    day: dt.date | None = None
    """About when the report was written (a lone surname names someone in office then)."""
    long_ends: frozenset[str] = frozenset()
    """The words that end a long name or a lower-case title (`Refugees`, `chief`): a title
    chain looks for one ending only at them."""
    unknown: dict[str, list[str]] = field(factory=dict)
    """The full names of the people the table does not know found so far, by surname (a
    lone surname that is one of theirs is theirs, not a namesake's of the table)."""
    counterparts: list[tuple[str, int]] = field(factory=list)
    """The people named as someone's counterpart and not titled, with where (`his
    Egyptian counterpart Badr Abdelatty`): titled once every mention is known."""
    post_nominals: frozenset[str] = frozenset()
    """Letters after a name (`MP`, `QC`): they end a run and are no one's name."""

    def tokens(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The words of `[start, end)` with their offsets, a possessive `'s` left off."""
        return [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(self.folded, start, end)]

    def words_from(self, at: int, stop: int, end: int) -> list[tuple[int, int, str]]:
        """The words of the span ending at `end` that start in `[at, stop)`.

        `at` must be where a word of the span may start without one running over it: the
        span's start, the end of one of its words, or right after a space.
        """
        out: list[tuple[int, int, str]] = []
        for m in _WORDS.finditer(self.folded, at, end):
            if m.start() >= stop:
                break
            out.append((m.start(), m.end(), m.group()))
        return out

    def courtesy(self, word: str) -> bool:
        """Whether a word is a courtesy before a name (`Mr`, `Dr.`, `H.E.`), not a title's."""
        return word.rstrip(".") in self.courtesies

    def is_title(self, w: str) -> bool:
        """A title word, hyphenated ones included (`Vice-President`, `Secretary-General`)."""
        if w in self.title_words:
            return True
        parts = w.split("-")
        return len(parts) > 1 and all(p[:1].upper() + p[1:] in self.title_words for p in parts if p)

    def is_capital(self, w: str) -> bool:
        """A word that may stand in a name: capitalised, and not a run of capitals (`BEIJING`)."""
        known = self.capitals.get(w)
        if known is None:
            known = _keep(self.capitals, w, self._is_capital(w), len(w))
        return known

    def demonymish(self, w: str) -> bool:
        """A country's or an organisation's name or adjective (`Russian`, `EU`, `ASEAN`)."""
        known = self.demonyms.get(w)
        if known is None:
            known = _keep(self.demonyms, w, _is_demonymish(self.kb, w), len(w))
        return known

    def _is_capital(self, w: str) -> bool:
        if w.isupper() and w.capitalize() in _STOP:
            return False  # a headline in capitals: `TALKS WITH PRESIDENT XI IN BEIJING`
        return w[0].isupper() and not (
            len(w) > 1
            and w.isupper()
            and w not in self.title_words
            and not self.kb.country_code(w)
            and not self.kb.organization(w)
            and len(w) > 3
        )

    def opens(self, chain: list[tuple[int, int, str]], i: int, end: int) -> bool:
        """Whether word `i` of a chain may stand in a name as a capitalised word (`Lavrov`).

        Also a prefixed name part (`al-Sisi`) and a word in capitals before a given name
        (`IWAYA Takeshi`); `end` is where the span ends.
        """
        w = chain[i][2]
        if self.is_capital(w) or _PREFIXED.match(w) is not None:
            return True
        if not (w.isalpha() and w.isupper()):
            return False
        # `IWAYA Takeshi`: a surname in capitals before a given name (the span's next word).
        if i + 1 < len(chain):
            after: str | None = chain[i + 1][2]
        else:
            m = _WORDS.search(self.folded, chain[i][1], end)
            after = m.group() if m is not None else None
        return after is not None and _GIVEN.fullmatch(after) is not None

    def lone_dead(self, w: str) -> bool:
        """Whether a chain of this one word holds nothing: no run, or no one's name alone."""
        known = self.dead.get(w)
        if known is None:
            known = self.never_a_name(w) or not (
                (not w[0].islower() or w[:3] in _PREFIX_HEADS)
                and (
                    self.is_capital(w)
                    or _PREFIXED.match(w) is not None
                    or (w.isalpha() and w.isupper())
                )
            )
            _keep(self.dead, w, known, len(w))
        return known

    def runs(self, chain: list[tuple[int, int, str]], end: int) -> list[list[int]]:
        """Indices of maximal runs of capitalised words in a chain (particles and initials inside).

        The words of a run are joined by one or two spaces (the words of a chain are); a
        particle (`bin`, `van`) may stand inside a run but does not end one. `end` is where
        the span ends: a word in capitals opens a run before a given name (`IWAYA Takeshi`),
        and the word after the chain's last one is read from there.
        """
        out: list[list[int]] = []
        n = len(chain)
        pos = 0  # the first word not yet read
        for first in range(n):
            w = chain[first][2]
            if first < pos or (w[0].islower() and w[:3] not in _PREFIX_HEADS):
                continue  # only these words can open a run
            if not self.opens(chain, first, end):
                continue
            i = first + 1
            while i < n and (
                (self.opens(chain, i, end) and chain[i][2] not in self.post_nominals)
                or chain[i][2].lower() in PARTICLES
            ):
                i += 1
            run = list(range(first, i))
            out.append(run[: _last_cap(chain, run) + 1])
            pos = i  # word `i` may open the next run
        return out

    def find(self, spans: Sequence[Span]) -> None:
        for start, end in spans:
            at = start
            for a, b in self.read_labels(start, end):
                self.find_in(at, a)  # (the label's name is read: the rest around it)
                at = b
            self.find_in(at, end)

    def read_labels(self, start: int, end: int) -> list[Span]:
        """Known people named in capitals by a transcript's labels (`PENNY WONG:`).

        Words in capitals are no name elsewhere (a headline in capitals); a label of a line
        of its own ending in a colon whose last two or three words are a known person's
        full name names that person (`FOREIGN MINISTER PENNY WONG:`). Returns where the
        names read stand.
        """
        read: list[Span] = []
        if self.folded.find(":", start, end) < 0:
            return read
        for m in _CAPS_LABEL.finditer(self.folded, start, end):
            words = _chain_words(self.folded, m.start("words"), m.end("words"))
            for n in (3, 2):
                if len(words) < n:
                    continue
                a, b = words[-n][0], words[-1][1]
                terms = self.kb.person(self.folded[a:b])
                if terms:
                    written = " ".join(w.capitalize() for _, _, w in words[-n:])
                    found = _Found(a, b, a, written, terms, None, None, None, None, False)
                    self.record(found)
                    read.append((a, b))
                    break
        return read

    def find_in(self, start: int, end: int) -> None:
        """Find the people named in one span."""
        folded = self.folded
        self.span_words = None
        dead = self.dead
        pos = start  # no word of the span runs over this point
        more = True
        while more:
            more = False
            for m in _CHAIN.finditer(folded, pos, end):
                at = m.start()
                if at > start and folded[at - 1] != " " and _in_word(folded[at - 1]):
                    # The chain may start inside a word (`iPhone`, `al-Sisi`): read the words.
                    over = self.word_over(pos, at, end)
                    if over is not None:
                        pos = over[1]
                        if _PREFIXED.match(over[2]) is not None:
                            rest = _CHAIN_REST.match(folded, pos, end)
                            assert rest is not None  # it matches the empty string
                            pos = rest.end()
                            words = [over, *_chain_words(folded, rest.start(), pos)]
                            self.read_chain_words(words, start, end)
                        more = True
                        break  # look again from the end of that word (or chain)
                pos = m.end()
                chain = m.group()
                if " " not in chain:
                    lone = dead.get(chain)
                    if lone is None:
                        lone = self.lone_dead(chain)
                    if lone:
                        continue  # most chains are one word that is no one's name
                self.read_chain_words(_chain_words(folded, at, pos), start, end)

    def word_over(self, at: int, p: int, end: int) -> tuple[int, int, str] | None:
        """The word of the span that runs over `p` from before it (`None`: a word starts at `p`).

        `at` is a point no word runs over; the words are read from the last space before `p`.
        """
        space = self.folded.rfind(" ", at, p)
        for m in _WORDS.finditer(self.folded, max(at, space + 1), end):
            if m.end() > p:
                return None if m.start() >= p else (m.start(), m.end(), m.group())
        return None

    def read_chain_words(self, chain: list[tuple[int, int, str]], start: int, end: int) -> None:
        """Read the runs of one chain of the span `[start, end)`."""
        words: list[tuple[int, int, str]] | None = None
        shift = 0
        for run in self.runs(chain, end):
            if len(run) == 1 and self.never_a_name(chain[run[0]][2]):
                continue  # most runs are one word, and most such words are no one's name
            written = tuple(chain[i][2] for i in run) if len(run) <= _MEMO_RUN_WORDS else None
            if written in self.fruitless:
                continue
            self.read_around = False
            if words is None:
                words, shift = self.window(chain, start, end)
            try:
                found = self.read_whole_run(words, [i + shift for i in run])
            except _WindowTooShortError:
                # A long title (`Member of the Political Bureau of ...`): read the whole span.
                words, shift = self.whole_span(chain, start, end)
                found = self.read_whole_run(words, [i + shift for i in run])
            if not found and not self.read_around and written is not None:
                # Its words alone rule out a name (`Shanghai Cooperation Organization`).
                _keep(self.fruitless, written, True, sum(map(len, written)))
            for f in found:
                self.record(f)

    def window(
        self, chain: list[tuple[int, int, str]], start: int, end: int
    ) -> tuple[list[tuple[int, int, str]], int]:
        """The words a chain's titles are read from, and where the chain starts among them.

        The words before the chain are read only when a title chain reaches back to them
        (`more`): they fill empty slots before the chain's words, so that the indices of
        the words already read do not change.
        """
        if self.span_words is not None:
            return self.whole_span(chain, start, end)
        self.lo = _SLOTS
        self.read_from = chain[0][0]
        self.span = (start, end)
        return [_NO_WORD] * _SLOTS + chain, _SLOTS

    def whole_span(
        self, chain: list[tuple[int, int, str]], start: int, end: int
    ) -> tuple[list[tuple[int, int, str]], int]:
        """All the words of the span, and where the chain's first word stands among them."""
        if self.span_words is None:
            self.span_words = self.tokens(start, end)
        self.lo = 0
        self.read_from = start
        self.span = (start, end)
        words = self.span_words
        return words, bisect.bisect_left(words, (chain[0][0],))

    def read_whole_run(self, toks: list[tuple[int, int, str]], run: list[int]) -> list[_Found]:
        """The names a run holds (read without changing the cast, so that it may be read again)."""
        self.found = []
        for sub in self.known_names(toks, run):
            for piece in _split_at(toks, sub):
                self.read_run(toks, piece)
        return self.found

    def more(self, toks: list[tuple[int, int, str]], i: int) -> bool:
        """Whether the span has a word at index `i` of `toks`, reading words before those read.

        Words are read `_STEP` characters at a time from right after a space (where no word
        runs over); with no space there, or no empty slot left, the whole span is read.
        """
        start, end = self.span
        while i < self.lo:
            at = self.read_from
            if at <= start:
                return False
            back = at - _STEP
            if back <= start:
                back = start
            else:
                space = self.folded.find(" ", back, at)
                if space < 0 or space + 1 >= at:
                    raise _WindowTooShortError  # no word starts in the step: read the span
                back = space + 1
            words = self.words_from(back, at, end)
            if len(words) > self.lo:
                raise _WindowTooShortError
            toks[self.lo - len(words) : self.lo] = words
            self.lo -= len(words)
            self.read_from = back
        return True

    def never_a_name(self, w: str) -> bool:
        """A word that is no name on its own: a headline word, a title, a country or body."""
        return w in _STOP or w in self.post_nominals or self.is_title(w) or self.demonymish(w)

    def known_names(self, toks: list[tuple[int, int, str]], run: list[int]) -> list[list[int]]:
        """Add the table's full names found anywhere in a run; return the pieces left over.

        Known names are matched before the run is cut at headline words, so that a name
        containing one (`To Lam`) is still found.
        """
        if len(run) > _MEMO_RUN_WORDS:
            plan = self.plan_known(toks, run)
        else:
            written = tuple(toks[i][2] for i in run)
            known = self.known_plans.get(written)
            if known is None:
                known = _keep(
                    self.known_plans, written, self.plan_known(toks, run), sum(map(len, written))
                )
            plan = known
        names, rest = plan
        for k, stop, terms in names:
            self.add(toks, run, run[k], run[stop - 1], terms)
        return [[run[k] for k in rest]] if rest else []

    def plan_known(self, toks: list[tuple[int, int, str]], run: list[int]) -> _KnownPlan:
        """The known names of a run (where each starts and stops), and the words after the last.

        It depends on the run's words alone (the spaces between them are one to the keys),
        so `known_names` remembers it.
        """
        names: list[tuple[int, int, tuple[OfficeTerm, ...]]] = []
        cur: list[int] = []
        k = 0
        while k < len(run):
            found = self.known_at(toks, run, k)
            if found is None:
                cur.append(k)
                k += 1
                continue
            stop, terms = found
            while stop + 1 < len(run) and toks[run[stop]][2].lower() in PARTICLES:
                stop += 2  # `Faisal bin Farhan bin Abdullah`: the rest of the known name
            names.append((k, stop, terms))
            # Words right before a known name are its title (`Security Policy Josep Borrell`).
            cur = []
            k = stop
        if names and cur and len(cur) <= 2 and cur[0] == names[-1][1]:
            # `Yván Gil Pinto`, `Bruno Rodríguez Parrilla`: a second surname the table does
            # not write is still the known person's name, not another person.
            words = [toks[run[j]][2] for j in cur]
            if not any(
                self.never_a_name(w)
                or self.courtesy(w)
                or w.isupper()
                or w.lower() in _NOT_NAMES
                or self.kb.city(w, fuzzy=False) is not None
                for w in words
            ):
                k, _stop, terms = names[-1]
                names[-1] = (k, cur[-1] + 1, terms)
                cur = []
        return tuple(names), tuple(cur)

    def known_at(
        self, toks: list[tuple[int, int, str]], run: list[int], k: int
    ) -> tuple[int, tuple[OfficeTerm, ...]] | None:
        """The longest known name of two to eight words starting at `run[k]`, and where it stops.

        (Eight: `Mohammed bin Abdulrahman bin Jassim Al Thani`, a lineage, has seven.)
        """
        word = toks[run[k]][2]
        last = min(len(run), k + _KNOWN_NAME_WORDS)
        if last < k + 2:
            return None
        if _may_name(self.first_words, word):
            s = toks[run[k]][0]
            for stop in range(last, k + 1, -1):
                terms = self.kb.person(self.folded[s : toks[run[stop - 1]][1]])
                if terms:
                    return stop, terms
        if word.isupper():
            # `IWAYA Takeshi` is Takeshi Iwaya.
            terms = self.kb.person(f"{toks[run[k + 1]][2]} {word}")
            if terms:
                return k + 2, terms
        return None

    def read_run(self, toks: list[tuple[int, int, str]], run: list[int]) -> None:
        plan = self.plan_read(toks, run)
        if plan is None:
            return
        first, known, go_on = plan
        tail = run[first:]
        for pos, terms in enumerate(known):
            self.add(toks, run, tail[pos], tail[pos], terms)
        if not go_on:
            return
        pos = len(known)
        rest = tail[pos:]
        if pos == 0 and len(rest) == 1:
            terms = self.by_surname(toks, run, rest[0])
            if terms:
                self.add(toks, run, rest[0], rest[0], terms)
                return
        if pos != 0:
            return
        if len(rest) >= 2 and self.appositive(toks[rest[-1]][1]):
            self.add(toks, run, rest[0], rest[-1], ())
            return
        # The longest titled tail: leading words may belong to a portfolio
        # (`Minister of International Relations and Cooperation Ronald Lamola`).
        for k in range(len(rest)):
            if self.titled(toks, run, rest[k]):
                self.add(toks, run, rest[k], rest[-1], ())
                return

    def plan_read(self, toks: list[tuple[int, int, str]], run: list[int]) -> _ReadPlan | None:
        """What the words of a run alone say (`None`: no name), remembered by the words."""
        if len(run) > _MEMO_RUN_WORDS:
            return self.read_words(toks, run)
        written: tuple[str, ...] = tuple(toks[i][2] for i in run)
        if self.given_title(written[0], toks[run[0]][0]):
            # What it says differs after a courtesy of a person: a key no run's words make.
            written = ("", *written)
        plan = self.read_plans.get(written, _UNREAD)
        if plan is _UNREAD:
            plan = _keep(
                self.read_plans, written, self.read_words(toks, run), sum(map(len, written))
            )
        return plan

    def read_words(self, toks: list[tuple[int, int, str]], run: list[int]) -> _ReadPlan | None:
        """Where the name in a run starts, the known one-word names there, and whether more.

        The name is the tail of the run that is not title words or demonyms; its first
        words may be known one-word names; the rest, unless it is too long, holds a word
        that is never a name or is a pair of countries (`China-US`), is read in context.
        """
        tail: list[int] = []
        core = 0
        for k in range(len(run) - 1, -1, -1):
            i = run[k]
            w = toks[i][2]
            if (self.is_title(w) or self.courtesy(w) or (self.demonymish(w) and not tail)) and not (
                tail and self.given_title(w, toks[i][0])
            ):
                break
            if self.demonymish(w) and w.lower() not in PARTICLES:
                break
            if self.ends_a_place(toks, run, k):
                break  # `Prime Minister of New Zealand Jacinda Ardern`: no `Zealand` in the name
            tail.insert(0, i)
            core += w.lower() not in PARTICLES
            if core > 6 or len(tail) > 10:
                # Too long for a name (and a run of 100,000 words must not take n²); the
                # particles of a lineage do not count (`Mohammed bin Abdulrahman bin
                # Jassim Al Thani`).
                return None
        if not tail:
            return None
        known: list[tuple[OfficeTerm, ...]] = []
        while len(known) < len(tail):
            # A known one-word name here (`known_names` found every longer one already).
            w = toks[tail[len(known)]][2]
            terms = self.kb.person(w) if _may_name(self.first_words, w) else ()
            if not terms:
                break
            known.append(terms)
        first = len(run) - len(tail)
        if len(known) == len(tail):
            return first, tuple(known), False
        # A one-word name followed by more of a name is someone else's first name
        # (`Philippe Lazzarini` is not King Philippe): the tail is read as unknown.
        particles = sum(toks[i][2].lower() in PARTICLES for i in tail)
        go_on = not (
            len(tail) - particles > 4
            or any(toks[i][2].lower() in _NOT_NAMES for i in tail)
            or any(_ABSTRACT_NOUN.search(toks[i][2][-9:]) for i in tail)
            or any(_country_pair(self.kb, toks[i][2]) for i in tail)
        )
        return first, (), go_on

    def given_title(self, word: str, at: int) -> bool:
        """Whether the title word at `at` is a given name (`Dr. Sultan Ahmed Al Jaber`).

        It is when written right after a courtesy of a person, not of an office (`H.E.
        Sultan Haitham`).
        """
        return (
            word in _given_name_titles(self.kb)
            and _PERSONAL_BEFORE.search(self.folded, max(at - 6, 0), at) is not None
        )

    def ends_a_place(self, toks: list[tuple[int, int, str]], run: list[int], k: int) -> bool:
        """Whether word `k` of a run ends a country's or body's name of two or three words.

        (`New Zealand`, `Sri Lanka`, `Papua New Guinea`: read from the run's words alone.)
        """
        w = toks[run[k]][2]
        return (k >= 1 and self.demonymish(f"{toks[run[k - 1]][2]} {w}")) or (
            k >= 2 and self.demonymish(f"{toks[run[k - 2]][2]} {toks[run[k - 1]][2]} {w}")
        )

    def by_surname(
        self, toks: list[tuple[int, int, str]], run: list[int], i: int
    ) -> tuple[OfficeTerm, ...]:
        """The table's person of that surname, when the surname (and the title) fix one."""
        terms = self.kb.by_surname(toks[i][2])
        if not terms:
            return ()
        self.read_around = True
        named = self.unknown.get(toks[i][2])
        if named and not any(_may_be(n, t.name) for n in named for t in terms):
            return ()  # `Ambassador Wu Ken ... Wu said`: the person named before, not the table's
        if self.day is not None:
            # `Sheikh Mohamed` in 2024 is not Amina Mohamed, out of office since 2018.
            terms = tuple(t for t in terms if _near_term(t, self.day))
            if not terms:
                return ()
        if self.other_bearer(toks[i][2], {t.name for t in terms}):
            return ()  # `Sheikh Mohamed bin Zayed ... Sheikh Mohamed said`: the one named
        if (
            (i > self.lo or self.more(toks, i - 1)) and toks[i - 1][2] in ("The", "the")
        ) or self.kb.city(f"The {toks[i][2]}", fuzzy=False):
            return ()  # `The Hague` is a city, not Mr Hague
        names = {t.name for t in terms}
        if len(names) > 1:
            chain = toks[self.chain_start(toks, i) : i]
            title, country, _org = self.read_chain(chain)
            offices = _offices(self.kb, title) if title else frozenset()
            narrowed = [
                t
                for t in terms
                if (country is None or t.country == country)
                and (not offices or t.office in offices)
            ]
            names = {t.name for t in narrowed}
            if len(names) != 1 or not (country or offices):
                return ()
            terms = tuple(narrowed)
        return self.kb.person(terms[0].name) or terms

    def other_bearer(self, word: str, names: set[str]) -> bool:
        """Whether someone the report has named, none of `names`, bears `word` as a given name.

        Only the last `_BEARERS_LOOKED_AT` people named are looked at.
        """
        for e in itertools.islice(reversed(self.cast.entries.values()), _BEARERS_LOOKED_AT):
            words = e.name.split()
            if e.name not in names and word in words and word != (e.surname or words[-1]):
                return True  # (by their surname, the table's person may be the same one)
        return False

    def titled(self, toks: list[tuple[int, int, str]], run: list[int], first: int) -> bool:
        """Whether a title or a courtesy stands right before the name starting at token `first`.

        The title chain before the name (`U.S. Secretary of State`, `Chief Advisor to the
        President of Brazil`) must hold a head word of a title or a role word.
        """
        start = self.chain_start(toks, first, closed=self.closed(toks[run[-1]][1]))
        for _s, _e, w in toks[start:first]:
            if w in self.head_words or w.lower() in self.role_words or self.courtesy(w):
                return True  # a courtesy (`Mr.`, `H.E.`) names a person too
        return False

    def appositive(self, end: int) -> Span | None:
        """The title after a name and a comma (`Li Zhanshu, chairman of the NPC ...,`), if any.

        One of the first words after the comma must be a title's head, a role or an
        expert's calling (`researcher`, `professor`); the title runs to the next comma,
        bracket or the end of the sentence.
        """
        self.read_around = True
        stop = min(len(self.folded), end + 400)
        # `Hon. Frederick Stephenson MP, Minister ...`, `X, MP, Minister ...`: letters after
        # a name stand before its title.
        letters = _LETTERS_AFTER.match(self.folded, end, stop)
        while letters is not None and letters.group(1) in self.post_nominals:
            end = letters.end()
            letters = _LETTERS_AFTER.match(self.folded, end, stop)
        m = _APPOSITIVE.match(self.folded, end, stop)
        if m is None:
            return None
        body_start, body_end = m.start("body"), m.end("body")
        words = _WORD.findall(self.folded, body_start, min(body_end, body_start + 60))[:4]
        if words and words[0][:1].islower() and words[0].lower() not in _title_openers(self.kb):
            return None  # `Kallas, met the Secretary ...`: a verb, not a title
        if not any(
            w.lower() in self.role_words or w in self.head_words or w.lower() in _EXPERTS
            for w in words
        ):
            return None
        return (body_start, body_end)

    def portfolio(self, toks: list[tuple[int, int, str]], i: int) -> int | None:
        """Where a portfolio ending at token `i` starts, if it follows `<head> of|for`.

        A portfolio is a few capitalised words (and `and`) after a title's head word and
        `of` or `for`: the words need not be title words themselves.
        """
        j = i
        steps = 0
        # A comma stands in a portfolio only in a list, one that an `and` closes (`Foreign
        # Affairs, Emigration and Egyptian Expatriates`; not `Environment, Marina Silva`).
        listing = any(t[2] in ("and", "&") for t in toks[i + 1 : i + 3])
        while steps < 8 and (j >= self.lo or self.more(toks, j)):
            w = toks[j][2]
            if j < i and not self.joined(toks, j, listing):
                return None
            listing = listing or w in ("and", "&")
            if (
                w.lower() in ("of", "for", "on")
                and (j > self.lo or self.more(toks, j - 1))
                and (toks[j - 1][2] in self.head_words or toks[j - 1][2] in self.title_words)
            ):
                return j - 1
            if (
                w in ("the", "of")
                and j < i
                and (j > self.lo or self.more(toks, j - 1))
                and (
                    toks[j - 1][2] in ("of", "for")
                    or (w == "the" and toks[j - 1][2] == "and")  # `and the National Community`
                    or (
                        w == "of"
                        and (toks[j - 1][2][:1].isupper() or toks[j - 1][2] in _PLACE_NOUNS)
                    )
                )
            ):
                # `Secretary General of the Gulf Cooperation Council`, `of the Organisation
                # of Islamic Cooperation`
                j -= 1
                steps += 1
                continue
            if not (w[:1].isupper() or w.lower() in ("and", "&") or w in _PLACE_NOUNS) or (
                self.courtesy(w) and not self.demonymish(f"{w} {toks[j + 1][2]}")
            ):
                return None  # `Minister of Fiji, Dr Jone Tanaka`: no portfolio holds a `Dr`
            j -= 1
            steps += 1
        return None

    def after_of(self, toks: list[tuple[int, int, str]], i: int) -> bool:
        """Whether token `i` follows `of` or `of the` (`Secretary General of the OIC`)."""
        if not (i > self.lo or self.more(toks, i - 1)):
            return False
        if toks[i - 1][2] == "of":
            return True
        return (
            toks[i - 1][2] == "the"
            and (i - 1 > self.lo or self.more(toks, i - 2))
            and toks[i - 2][2] == "of"
        )

    def closed(self, end: int) -> bool:
        """Whether a name ending at `end` is set off by a comma, a sentence's end or a bracket.

        (`..., Josep Borrell.`; not `According to the Foreign Office, Dar said`.)
        """
        return end >= len(self.folded) or self.folded[end] in _CLOSERS

    def bracketed(self, tok: tuple[int, int, str]) -> bool:
        """Whether a word is an acronym in brackets (`(GCC)`)."""
        s, e, w = tok
        return w.isupper() and self.folded[s - 1 : s] == "(" and self.folded[e : e + 1] == ")"

    def joined(self, toks: list[tuple[int, int, str]], j: int, listing: bool) -> bool:
        """Whether tokens `j` and `j + 1` stand in one portfolio.

        Spaces, a comma in a list (`Economy, Trade and Industry`), or an acronym in
        brackets between (`Gulf Cooperation Council (GCC) Jasem Albudaiwi`).
        """
        gap = self.folded[toks[j][1] : toks[j + 1][0]]
        if gap.strip(" ") == "" or gap == "'s " or (listing and gap.strip(" ") == ","):
            return True  # (`Minister of Women's Affairs`, `of People's Power for ...`)
        return (gap == " (" and self.bracketed(toks[j + 1])) or (
            gap == ") " and self.bracketed(toks[j])
        )

    def listed(self, toks: list[tuple[int, int, str]], i: int, start: int, first: int) -> bool:
        """Whether token `i`, before a comma, opens a list of portfolios ending at `first`.

        `Minister of Economy, Trade and Industry Ken Saito`: the words after the comma are
        capitalised or `and` (or `of the` before a country), one of them is `and`, some
        of them are more than `and` (and courtesies before the name), and token `i` ends
        a portfolio.
        """
        if first - start > 8:
            return False  # no list of portfolios is longer (and a hostile run stays linear)
        after = [toks[k][2] for k in range(start, first)]
        while after and self.courtesy(after[-1]):
            after.pop()  # (`..., African Cooperation and Moroccan Expatriates, Mr. Bourita`)
        return (
            any(w in ("and", "&") for w in after)
            and all(w[:1].isupper() or w in ("and", "&", "of", "the") for w in after)
            # (`..., Minister for Foreign Affairs of Germany, and H.E. Mr. X`: no portfolio
            # after the comma, and the courtesy opens the next person.)
            and any(w not in ("and", "&", "of", "the") for w in after)
            and self.portfolio(toks, i) is not None
        )

    def demonym_over(self, toks: list[tuple[int, int, str]], i: int, first: int) -> int | None:
        """The first token of a demonym or country of two or three words that holds token `i`.

        The words lie before token `first`, one space apart: `South` and `Korean` of `South
        Korean President`, `Zealand` of `New Zealand Prime Minister`, `Papua New Guinean`.
        """
        for n in (2, 3):
            for k in range(max(self.lo, i - n + 1), min(i, first - n) + 1):
                if all(toks[j][1] + 1 == toks[j + 1][0] for j in range(k, k + n - 1)) and (
                    self.demonymish(" ".join(toks[j][2] for j in range(k, k + n)))
                ):
                    return k
        return None

    def ends_of(self, toks: list[tuple[int, int, str]], i: int) -> bool:
        """Whether the words before token `i` (an `and`) are a country after `of`.

        `Foreign Minister Bui Thanh Son of Viet Nam and Minister of Foreign Affairs Retno
        Marsudi`: the country is the first person's, and `and` joins two people.
        """
        j = i - 1
        if not (j >= self.lo or self.more(toks, j)) or toks[j][1] + 1 != toks[i][0]:
            return False
        self.more(toks, j - 2)  # a country of up to three words
        k = j if self.demonymish(toks[j][2]) else self.demonym_over(toks, j, i)
        if k is None or not self.after_of(toks, k):
            return False
        # The words before `of` end a name (not `Vice-President of the European Commission
        # and EU Trade Commissioner`, one person's two titles).
        of = k - 1 if toks[k - 1][2] == "of" else k - 2
        return (of - 1 >= self.lo or self.more(toks, of - 1)) and toks[of - 1][1] in self.name_ends

    def chain_start(
        self, toks: list[tuple[int, int, str]], first: int, closed: bool = False
    ) -> int:
        """The first token of the title chain that ends right before token `first`.

        `closed`: the name is set off (a comma or the sentence's end follows it), so a
        title set off by a comma may stand before it, and before a courtesy too (`the
        Secretary of State, Mr. Antony Blinken,`).
        """
        self.read_around = True
        i = first - 1
        start = first
        while (i >= self.lo or self.more(toks, i)) and first - i <= _MAX_CHAIN_WORDS:
            _s, e, w = toks[i]
            if e in self.name_ends:
                break  # `Fiji Sitiveni Rabuka and Minister of Trade ...`: a name ends the title
            gap = self.folded[e : toks[i + 1][0]]
            apposed = (
                closed  # `According to the Foreign Office, Dar said`: no title of Dar's
                and (
                    i == first - 1
                    or all(
                        self.courtesy(toks[k][2]) or toks[k][2] in _ranks(self.kb)
                        for k in range(i + 1, first)
                    )
                )
                and (gap == ", " or (gap == "), " and self.bracketed(toks[i])))
                and (
                    self.is_title(w)
                    or w.lower() in self.role_words
                    or (self.demonymish(w) and (self.after_of(toks, i) or self.bracketed(toks[i])))
                    # `the Minister of the Environment, Marina Silva,`
                    or self.portfolio(toks, i) is not None
                )
            )
            if not (
                gap in (" ", "  ", "/", " / ")
                or (gap == "'s " and i < first - 1 and self.portfolio(toks, i) is not None)
                or (gap == ") " and self.bracketed(toks[i]))
                or (gap == " (" and self.bracketed(toks[i + 1]))
                or (gap in (". ", ".") and w in _HONORIFICS)
                or apposed
                or (gap == ", " and self.listed(toks, i, start, first))
            ):
                break  # a title chain runs over single spaces only (`Dr. `, `<title>, ` aside)
            lw = w.lower()
            named = (
                self.long_name_before(toks, i)
                if w in self.long_ends or lw in self.long_ends
                else None
            )
            if named is not None and named < i:
                # `... of the UN Relief and Works Agency for Palestine Refugees`, `EU foreign
                # policy chief`: a name or title of several words, some of them no title's.
                start = named
                i = named - 1
                continue
            if (
                self.is_title(w)
                or self.courtesy(w)
                or lw in self.role_words
                or self.demonymish(w)
                or lw in CONNECTORS
                or lw in DETERMINERS
                or (
                    # `Syrian prime minister X`, `acting foreign minister of Syria X`: a
                    # modifier in lower case before a lower-case word of the title.
                    w == lw
                    and lw in _LOWER_MODIFIERS
                    and start == i + 1
                    and toks[i + 1][2][:1].islower()
                )
            ):
                if lw in CONNECTORS and (i == first - 1 or (lw == "and" and self.ends_of(toks, i))):
                    break
                start = i
                i -= 1
                continue
            opening = self.demonym_over(toks, i, first)
            if opening is not None:
                start = opening  # `South Korean President`, `New Zealand Prime Minister`
                i = opening - 1
                continue
            portfolio = self.portfolio(toks, i)
            if portfolio is not None:
                # `Minister of International Relations and Cooperation`: a portfolio.
                start = portfolio
                i = portfolio - 1
                continue
            break
        # No leading connectors, determiners or bracketed acronyms (`(IAEA) Rafael Grossi`),
        # nor a place the title is `of` (`Visit to Brazil of the Federal Minister ...`).
        while start < first and (
            toks[start][2].lower() in CONNECTORS
            or toks[start][2].lower() in DETERMINERS
            or self.bracketed(toks[start])
            or (
                start + 1 < first and toks[start + 1][2] == "of" and self.demonymish(toks[start][2])
            )
        ):
            start += 1
        return start

    def add(
        self,
        toks: list[tuple[int, int, str]],
        run: list[int],
        a: int,
        b: int,
        terms: tuple[OfficeTerm, ...],
    ) -> None:
        """Note the name `toks[a..b]` (a known person's when `terms`) and the title before it.

        `record` adds it to the cast once the whole run is read.
        """
        if not terms and self.in_long_name(toks[a][0], toks[b][1]):
            return  # `... Works Agency for Palestine Refugees`: part of a body's name
        cstart = self.chain_start(toks, a, closed=self.closed(toks[b][1]))
        chain = toks[cstart:a]
        if (
            not terms
            and not chain
            and _AT_A_PLACE.search(self.folded, max(0, toks[a][0] - 8), toks[a][0])
        ):
            return  # `received today, at the Marina da Glória, the Minister ...`: a venue
        if not terms and chain and chain[-1][2].lower() in _VENUE_WORDS:
            return  # `at the State Guest House Padma`, `Hotel Taj`: a venue's own name
        title, country, org = self.read_chain(chain)
        self.found.append(
            _Found(
                toks[a][0],
                toks[b][1],
                toks[cstart][0] if chain else toks[a][0],
                " ".join(t[2] for t in toks[a : b + 1]),
                terms,
                title,
                country,
                org,
                self.possessive(toks, cstart),
                a == b and not chain,
            )
        )

    def long_name_before(self, toks: list[tuple[int, int, str]], i: int) -> int | None:
        """The first token of a known name of several words ending at token `i`.

        An organisation's or a country's name (`Relief and Works Agency for Palestine
        Refugees`, `People's Republic of China`), or a title the knowledge writes in lower
        case (`EU foreign policy chief`).
        """
        _s, e, w = toks[i]
        names = itertools.chain(
            self.kb.long_names_with(w, at="last"), _lower_titles(self.kb).get(w.lower(), ())
        )
        for name in names:
            begin = e - len(name)
            if begin < 0 or not name.endswith(w) or self.folded[begin:e] != name:
                continue
            j = i
            while toks[j][0] > begin and (j - 1 >= self.lo or self.more(toks, j - 1)):
                j -= 1
            if toks[j][0] == begin:
                return j
        return None

    def long_names_at(self, chain: list[tuple[int, int, str]], i: int) -> list[tuple[int, str]]:
        """The known long names written from word `i` of a chain on, with their word counts."""
        out = []
        at = chain[i][0]
        for name in self.kb.long_names_with(chain[i][2], at="first"):
            if self.folded.startswith(name, at):
                n = name.count(" ") + 1
                if i + n <= len(chain) and chain[i + n - 1][1] == at + len(name):
                    out.append((n, name))
        return out

    def in_long_name(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` lies inside a known organisation's or country's long name.

        Only names holding the span's first word are looked for, and only near the span.
        """
        first = self.folded[start:end].split(" ", 1)[0]
        names = self.kb.long_names_with(first)
        if names:
            self.read_around = True  # (what the words around say: the run's words are no memo)
        for name in names:
            lo = max(0, end - len(name))
            at = self.folded.find(name, lo, start + len(name))
            while at != -1:
                if at <= start and end <= at + len(name):
                    return True
                at = self.folded.find(name, at + 1, start + len(name))
        return False

    def record(self, found: _Found) -> None:
        """Add a name noted by `add` to the cast: its person, title, country and mention."""
        name_s, name_e, written, terms = found.start, found.end, found.written, found.terms
        title, country, org = found.title, found.country, found.org
        if not terms and len(written.strip(". ")) < 2:
            return  # `M.Vieira`: an initial alone names no one
        if not terms and (
            self.kb.city(written, fuzzy=False) or self.kb.country_code(written) is not None
        ):
            return  # `Addis Ababa, Ethiopia - The Chairperson of ...`: a place, not a person
        if not title or _role_only(title) or title in _styles(self.kb):
            # (`my counterpart Nicu Popescu, Deputy Prime Minister and ...,`: the role is no
            # title, the words after the name are; not the next of a list, `his counterpart
            # Ayman Safadi, Syrian Foreign Minister Asaad al-Shaibani, ...`.)
            apposed = self.appositive(name_e)
            if apposed is not None and title and self.demonymish(_first_word(self.folded, apposed)):
                apposed = None
            if apposed is not None:
                title, a_country, a_org = self.read_apposed(apposed)
                if country is None and org is None:
                    country, org = a_country, a_org
        elif " " not in title and not _offices(self.kb, title):
            # `Ambassador Ji Ling, the Chinese Ambassador to South Africa`, `Ambassador Yusuf
            # Tuggar, Minister of Foreign Affairs of Nigeria`: a rank of one word before the
            # name yields to the office written after it.
            apposed = self.appositive(name_e)
            if apposed is not None:
                a_title, a_country, a_org = self.read_apposed(apposed)
                if a_title and (
                    title.lower() in a_title.lower().split()
                    or _offices(self.kb, _less_country(self.kb, a_title))
                ):
                    title = a_title
                    if country is None and org is None:
                        country, org = a_country, a_org
        if title and title in _role_acronyms(self.kb):
            title = _role_acronyms(self.kb)[title]  # `EAM`: External Affairs Minister
        elif title and title.isupper() and len(title) > 4:
            title = _title_case(title)  # `PRESIDENT` of a headline in capitals
        if country is None and org is None:
            country, org = self.after_name(name_e)
        if country is None and org is None and found.possessor is not None:
            country = self.kb.country_code(found.possessor)
        canonical = terms[0].name if terms else _tidy(written)
        stated = country is not None or org is not None  # the text itself says
        if not terms and country is None and org is None and _looks_chinese(written):
            country = "CHN"
        if terms:
            kcountries = {t.country for t in terms}
            korgs = {t.organization for t in terms}
            if country is None and org is None:
                # The term the title names, else the one held on the report's day, else
                # a national one (`High Representative Josep Borrell` is the EU's in 2023).
                offices = _offices(self.kb, title) if title else frozenset()
                held = next(
                    itertools.chain(
                        (t for t in terms if t.office in offices),
                        (t for t in terms if self.day is not None and t.holds_on(self.day)),
                        (t for t in terms if t.country),
                    ),
                    terms[0],
                )
                country = held.country
                org = held.organization
            elif country is not None and country not in kcountries and None not in kcountries:
                # The text's country wins over a namesake in the table.
                canonical, terms = _tidy(written), ()
            if country is None and org is None and kcountries == {None} and korgs - {None}:
                org = next(iter(korgs - {None}))  # only ever an organisation's official
        pkey = key(canonical)
        e = self.cast.entries.get(pkey)
        if e is None:
            e = _Entry(
                key=pkey,
                name=canonical,
                country=country,
                organization=org,
                known=terms,
                first=name_s,
            )
            e.surname = terms[0].surname if terms else _surname(canonical, country)
            self.cast.entries[pkey] = e
            if e.surname and not terms and " " in canonical:
                for word in {e.surname, _korean_surname(canonical, country) or e.surname}:
                    named = self.unknown.setdefault(word, [])
                    if len(named) < _MAX_NAMESAKES:  # (each lone surname looks at them all)
                        named.append(canonical)
        elif stated and not e.stated:
            # What the text says of the person beats what the table supposed.
            e.country, e.organization = country, org
        elif stated or not e.stated:
            e.country = e.country or country
            e.organization = e.organization or org
        e.stated = e.stated or stated
        in_story = name_s >= self.cast.story_start
        better = (
            e.title is None
            or (in_story and not e.title_from_story)
            or (
                title is not None
                and in_story == e.title_from_story
                and not _offices(self.kb, e.title)
                and (bool(_offices(self.kb, title)) or e.title in title)
            )
        )
        if title and better and not _role_only(title):
            e.title = title
            e.title_from_story = in_story
        elif title and e.title is None and title.lower().endswith(COUNTERPARTS):
            self.counterparts.append((pkey, found.mention_start))  # see `_title_counterparts`
        if title:
            e.offices |= _offices(self.kb, title)
        e.mentions.append(self.text[found.mention_start : name_e])
        kind = "surname" if found.lone_word and len(canonical.split()) > 1 else "name"
        self.cast.mentions.append(Mention(found.mention_start, name_e, name_s, pkey, kind, title))
        self.name_ends.add(name_e)

    def read_apposed(self, span: Span) -> tuple[str, str | None, str | None]:
        """Title, country and organisation from an appositive (`Sweden's foreign minister`)."""
        body = self.text[span[0] : span[1]].strip()
        modifiers = _title_modifiers(self.kb)
        while (first := body.split(" ", 1))[0] in modifiers and len(first) == 2:
            body = first[1].lstrip()  # `newly appointed Ambassador ...`: the title is the rest
        m = re.match(r"(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})(?:'s|\u2019s)\s+", body)
        if m is not None:
            country = self.kb.country_code(m.group("who"))
            org = None if country else self.kb.organization(m.group("who"))
            if country or org:
                return body[m.end() :], country, org
        words = body.split()
        for n in (2, 1):
            if len(words) > n:
                lead = " ".join(words[:n])
                country = self.kb.country_code(lead)
                if country:
                    return " ".join(words[n:]), country, None
        for where in _places_of(body):
            org = self.kb.organization(where)
            if org:
                return body, None, org
            country = self.kb.country_code(where)
            if country:
                return body, country, None
        return body, None, None

    def read_chain(
        self, chain: list[tuple[int, int, str]]
    ) -> tuple[str | None, str | None, str | None]:
        if not chain:
            return None, None, None
        country = org = None
        posted = False
        words = [w for _, _, w in chain]
        # The longest organisation's name in the chain wins over the names inside it (the
        # `United Nations Relief and Works Agency ...`, not `the United Nations`).
        longs = [self.long_names_at(chain, i) for i in range(len(chain))]
        body_at, body = len(words), ""
        for i, found in enumerate(longs):
            for _n, name in found:
                if len(name) > len(body):
                    body_at, body = i, name
        for i, w in enumerate(words):
            # The longest name first (`Papua New Guinea`, not `Guinea`).
            cands = [body] if i == body_at else []
            cands.extend(
                " ".join(words[i : i + n])
                for n in (3, 2, 1)
                if i + n <= len(words) and not i < body_at < i + n
            )
            for cand in cands:
                if posted:  # `Ambassador to the United States`: a posting, not a nationality
                    continue
                code = self.kb.country_code(cand)
                if code and country is None and org is None:
                    country = code
                    break
                o = self.kb.organization(cand)
                if o and country is None and org is None:
                    org = o
                    break
            posted = w.lower() == "to" or (posted and w.lower() == "the")
        # The title: the chain less leading demonyms and determiners.
        i = 0
        while i < len(chain) - 1 and (
            (self.demonymish(words[i]) and words[i] not in self.head_words)
            or words[i].lower() in DETERMINERS
        ):
            i += 1
        # `South Korean`, `Papua New Guinean`, `People's Republic of China`
        leads = [(n, " ".join(words[i : i + n])) for n in (3, 2)] + longs[i]
        for n, lead in sorted(leads, reverse=True):
            if i + n < len(chain) and self.kb.country_code(lead):
                i += n
                if i < len(chain) - 1 and self.bracketed(chain[i]):
                    i += 1  # `People's Republic of China (PRC) State Councilor`
                break
        while i < len(chain) - 1 and self.courtesy(words[i]):
            i += 1  # `Excellency Minister of Foreign Affairs`: the courtesy is no part of it
        j = len(chain) - 1
        ranks = _ranks(self.kb)
        k = j
        while k >= i and (self.courtesy(words[k]) or words[k] in ranks):
            k -= 1
        if i <= k < j and self.folded[chain[k][1] : chain[k + 1][0]] == ", ":
            j = k  # `the Minister of Foreign Affairs, H.E. Ambassador Mauro Vieira`: the office
        while j >= i and (self.courtesy(words[j]) or words[j] in ("the", "His", "Her")):
            j -= 1  # `Foreign Minister Dr. Jone Tanaka`, `Senator the Hon`: no part of the title
        if i > j or (i == j and self.demonymish(words[i])):
            return None, country, org  # (`Thai King Maha Vajiralongkorn`: the King is his name's)
        end = chain[j][1]
        if self.bracketed(chain[j]):
            end += 1  # `Secretary General of the Gulf Cooperation Council (GCC)`
        return self.text[chain[i][0] : end].strip(), country, org

    def after_name(self, end: int) -> tuple[str | None, str | None]:
        _stop, country, org = place_after(self.kb, self.folded, end, len(self.folded))
        return country, org

    def possessive(self, toks: list[tuple[int, int, str]], cstart: int) -> str | None:
        """The word before a title chain when it is a possessive (`Russia's`), if any."""
        if not (cstart > self.lo or self.more(toks, cstart - 1)):
            return None
        _s, e, w = toks[cstart - 1]
        return w if self.folded[e : e + 2] == "'s" else None


class _WindowTooShortError(Exception):
    """The words before a chain did not reach as far back as its titles are read."""


class _Found(NamedTuple):
    """A name `_Finder.add` noted in a run, with what the words before it say."""

    start: int
    end: int
    mention_start: int
    """Where the mention starts (the title chain before the name included)."""
    written: str
    terms: tuple[OfficeTerm, ...]
    title: str | None
    country: str | None
    org: str | None
    possessor: str | None
    """The word before the title chain when it is a possessive (`Russia's`)."""
    lone_word: bool
    """The name is one word with no title before it."""


_CLOSERS = frozenset(",.;:)\n")


def _in_word(c: str) -> bool:
    """Whether a character may stand inside a word: a word character, `'`, `.` or `-`.

    (A word of the text may start right after any other character: no word runs over it.)
    """
    return c.isalnum() or c in "_'.-"


def _chain_words(folded: str, at: int, stop: int) -> list[tuple[int, int, str]]:
    """The words of a chain in `[at, stop)`, words joined by one or two spaces."""
    out: list[tuple[int, int, str]] = []
    for w in folded[at:stop].split(" "):
        if w:
            out.append((at, at + len(w), w))
        at += len(w) + 1
    return out


_APPOSITIVE = re.compile(
    r"\s*,\s+(?:also\s+|now\s+|then\s+)?(?:(?:the|a|an)\s+)?"
    r"(?P<body>(?:[^,;:.()\"\n]|\([A-Z]{2,8}\)){2,300}?)"
    r"(?=[ \t]*(?:[,;:.)\"\n]|\((?![A-Z]{2,8}\))|$))"
)
"""A title after a name and a comma, to the next comma, bracket or line's end (a headline's
apposition does not run into the story below it)."""
_CAPS_LABEL = re.compile(
    r"^[ \t]*(?P<words>[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+){1,5})[ \t]*:", re.MULTILINE
)
"""A transcript's label in capitals at a line's start (`FOREIGN MINISTER PENNY WONG:`)."""
_LETTERS_AFTER = re.compile(r",?[ \t]([A-Z][A-Za-z.]{1,5})(?=[ \t,])")
"""A word of letters after a name (`MP`, `, QC`), maybe a post-nominal."""
_WORD = re.compile(r"[\w'\-]+")
_EXPERTS = frozenset(
    """professor researcher analyst expert scholar fellow director head dean editor
    correspondent economist chairman chairwoman chair speaker governor mayor member
    secretary-general representative commissioner adviser advisor consultant lawmaker
    legislator senator deputy spokesperson spokesman spokeswoman official diplomat
    ambassador envoy minister president premier chancellor leader chief specialist
    commentator academic strategist historian lecturer lawyer activist author journalist
    observer""".split()
)
"""Heads of an appositive that make the words before it a person's name."""


def _country_pair(kb: Knowledge, word: str) -> bool:
    """`China-US`, `Sino-Russian`: a word made of country names is no one's name."""
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(
        kb.country_code(p) or p.lower() in ("sino", "euro") for p in parts
    )


def _last_cap(toks: list[tuple[int, int, str]], run: list[int]) -> int:
    for k in range(len(run) - 1, -1, -1):
        if toks[run[k]][2].lower() not in PARTICLES:
            return k
    return 0


def _split_at(toks: list[tuple[int, int, str]], run: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    cur: list[int] = []
    for i in run:
        if toks[i][2] in _STOP:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(i)
    if cur:
        out.append(cur)
    return out


def _looks_chinese(name: str) -> bool:
    """A two- or three-syllable name opening with a common Chinese surname (`Han Zheng`)."""
    parts = name.split()
    return (
        2 <= len(parts) <= 3
        and parts[0].lower() in CHINESE_SURNAMES
        and all(p[:1].isupper() and p[1:].islower() for p in parts)
    )


def _tidy(name: str) -> str:
    return " ".join(name.split())


def _korean_surname(name: str, country: str | None) -> str | None:
    """The first word of a name written surname first (`Suh Wook`: Mr Suh), if it may be one.

    It must be a common Korean surname, and the person of no other country than the Koreas.
    """
    parts = name.split()
    if len(parts) >= 2 and country in (None, "KOR", "PRK") and parts[0].lower() in KOREAN_SURNAMES:
        return parts[0]
    return None


def _surname(name: str, country: str | None) -> str:
    parts = name.split()
    if len(parts) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", parts[1]):
        return parts[0]  # a Korean name: `Cho Tae-yul` is Mr Cho
    if country in ("KOR", "PRK") and _korean_surname(name, country):
        return parts[0]  # `Kim Gunn` is Mr Kim
    if len(parts) >= 2 and (
        country == "CHN"
        or (parts[0].lower() in CHINESE_SURNAMES and len(parts) == 2 and country in (None, "CHN"))
    ):
        return parts[0]
    return parts[-1]


COUNTERPARTS = ("counterpart", "colleague", "homologue", "homolog")
"""Words for the one who holds the same office in the other country (machine translations
write `colleague` and `homologue`)."""
_ROLE_ONLY = frozenset({*COUNTERPARTS, "visiting", "spokesperson"})


def _first_word(folded: str, span: Span) -> str:
    """The first word of `folded[span]`."""
    m = _WORD.search(folded, *span)
    return m.group() if m else ""


_LOWER_IN_TITLES = frozenset({"of", "the", "and", "for", "on", "to", "in"})


AIDE_OF = re.compile(
    r"\b(?:adviser|advisor|aide|assistant|counsell?or|spokes\w*|envoy|representative)\s+"
    r"(?P<serves>to|of|for)\b",
    re.IGNORECASE,
)
"""A title that names the person it serves (`adviser to French President ...`)."""


def own_title(title: str) -> str:
    """The part of a title that is the holder's own, before the one it serves.

    `Spokesman for the Secretary-General` is a spokesman's title, not a Secretary-General's.

    >>> own_title("Spokesman for the Secretary-General")
    'Spokesman'
    >>> own_title("Minister for Foreign Affairs")
    'Minister for Foreign Affairs'
    """
    aide = AIDE_OF.search(title)
    return title[: aide.start("serves")].rstrip() if aide else title


@functools.cache
def _gender_words(kb: Knowledge) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The lexicon's feminine given names, feminine words and masculine words."""
    fem = kb.lexicon.get("feminine") or {}
    masc = kb.lexicon.get("masculine") or {}
    return (
        frozenset(fem.get("given_names") or ()),
        frozenset(fem.get("words") or ()),
        frozenset(masc.get("words") or ()),
    )


def _gender_of(kb: Knowledge, name: str, title: str | None, mentions: list[str]) -> str | None:
    names, feminine, masculine = _gender_words(kb)
    first = name.split(" ", 1)[0]
    words = {w for text in (title or "", *mentions[:8]) for w in text.split()[:6]}
    if first in names or words & feminine:
        return None if words & masculine else "f"
    return "m" if words & masculine else None


def _title_case(title: str) -> str:
    """A title written in capitals as a title is written (`MINISTER OF FOREIGN AFFAIRS`).

    Words of three letters or fewer stay in capitals (`PM`, `EU`), but for small words
    (`of`, `the`).
    """
    words: list[str] = []
    for w in title.split():
        low = w.lower()
        if low in _LOWER_IN_TITLES and words:
            words.append(low)
        elif len(w) <= 3:
            words.append(w)
        else:
            words.append(w.capitalize())
    return " ".join(words)


@functools.cache
def _role_acronyms(kb: Knowledge) -> dict[str, str]:
    """The lexicon's `role_acronyms`: a title written as its letters (`HR/VP`) and in full."""
    return dict(kb.lexicon.get("role_acronyms") or {})


@functools.cache
def _styles(kb: Knowledge) -> frozenset[str]:
    """The lexicon's `styles`: ranks before a name that are no office (`Prince`)."""
    return frozenset(kb.lexicon.get("styles") or [])


@functools.cache
def _given_name_titles(kb: Knowledge) -> frozenset[str]:
    """The lexicon's `given_name_titles`: titles that are given names after `Dr.` (`Sultan`)."""
    return frozenset(kb.lexicon.get("given_name_titles") or [])


def _role_only(title: str) -> bool:
    """A 'title' that is only a role word (`counterpart`), not a title of office."""
    return title.lower() in _ROLE_ONLY


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'\- ]*$")


def _places_of(title: str) -> list[str]:
    """What follows each `of` or `for` of a title to its end, the last first.

    `Minister of Foreign Affairs and Cooperation of the Democratic Republic of Timor-Leste`
    gives `Timor-Leste`, then `Democratic Republic of Timor-Leste` (tails of up to 60
    characters), each also cut before an `and`: the first that names a country or an
    organisation is the place.
    """
    out = []
    for m in reversed(list(_OF_KEYWORD.finditer(title))):
        tail = _OF_WHERE.match(title, m.start())
        if tail is not None:
            out.append(tail.group(1).strip())
            # `Minister of Industry ... of the United Arab Emirates and COP28 President`:
            # the place of the first of two titles joined by `and`.
            first, joined, _ = out[-1].partition(" and ")
            if joined:
                out.append(first)
    return out


_OF_KEYWORD = re.compile(r"\b(?:of|for)\s")


def _title_parts(title: str) -> list[str]:
    """The parts of a compound title, each also without a trailing `of <Country>`."""
    out = []
    for part in re.split(r"\s+and\s+|\s*,\s*|\s+&\s+|\s*/\s*", title):
        out.append(part)
        bare = _OF_PLACE.sub("", part)
        if bare != part:
            out.append(bare)
    return out


def _less_country(kb: Knowledge, title: str) -> str:
    """A title without the country it closes with.

    (`Minister of Foreign Affairs of the Federal Republic of Nigeria`: `Minister of Foreign
    Affairs`.)
    """
    at = title.find(" of ")
    while at >= 0:
        rest = title[at + 4 :]
        if kb.country_code(rest[4:] if rest.startswith("the ") else rest):
            return title[:at]
        at = title.find(" of ", at + 1)
    return title


def _office_phrase(kb: Knowledge, title: str) -> str | None:
    """The words of a title that name an office (`Turkish Foreign Minister`: `Foreign Minister`)."""
    for part in reversed(_title_parts(title)):
        phrase = _office_tail(kb, part)
        if phrase is not None:
            return phrase
    return None


def _office_tail(kb: Knowledge, part: str) -> str | None:
    """The longest tail of a title's part that names an office (`Chinese Foreign Minister`).

    Only tails as long as the longest office name are tried, so a title of any length is
    read in time linear in it.
    """
    words = part.split()
    for k in range(max(0, len(words) - _longest_office(kb)), len(words)):
        phrase = " ".join(words[k:])
        if kb.office(phrase):
            return phrase
    return None


@functools.cache
def _longest_office(kb: Knowledge) -> int:
    """The most words an office's name has in the knowledge's titles."""
    return max((len(k.split()) for k in kb.office_titles), default=0)


def _may_be(written: str, name: str) -> bool:
    """Whether a name the table does not know may be a table's name written otherwise.

    (`Grace Naledi Mandisa Pandor` holds every word of `Naledi Pandor`; `Davit
    Zalkaliani` is a close spelling of `David Zalkaliani`; `Wu Ken` is not `Wu Zhenglong`.)
    """
    w, n = key(written), key(name)
    return set(n.split()) <= set(w.split()) or fuzz.ratio(w, n) >= _VARIANT_RATIO


_MAX_NAMESAKES = 8
"""How many unknown people of one surname a lone surname is compared with."""

_VARIANT_RATIO = 85
"""How alike (rapidfuzz ratio) two spellings of one name are at least."""

_TERM_MARGIN = dt.timedelta(days=730)
"""How long before or after a term a surname alone may still name its holder."""


def _near_term(term: OfficeTerm, day: dt.date) -> bool:
    """Whether `day` falls within a term of office or two years either side of it."""
    return (term.start is None or term.start - _TERM_MARGIN <= day) and (
        term.end is None or day <= term.end + _TERM_MARGIN
    )


def _offices(kb: Knowledge, title: str) -> frozenset[str]:
    """The office keys a title names (`foreign_minister`), remembered for short titles."""
    if len(title) > _MEMO_TITLE_CHARS:
        return _read_offices(kb, title)
    return _remembered_offices(kb, title)


_MEMO_TITLE_CHARS = 200
"""Longer titles are not remembered (a memo's keys stay small)."""


@functools.lru_cache(maxsize=4096)
def _remembered_offices(kb: Knowledge, title: str) -> frozenset[str]:
    return _read_offices(kb, title)


def _read_offices(kb: Knowledge, title: str) -> frozenset[str]:
    out: set[str] = set()
    for part in _title_parts(title):
        phrase = _office_tail(kb, part)
        if phrase is not None:
            office = kb.office(phrase)
            assert office is not None  # `_office_tail` found it
            out.add(office)
    return frozenset(out)


_CROWD = 200
"""People a report may name before close spellings are no longer compared pair by pair.

(A page naming more is a list, and comparing every pair would take time quadratic in it.)"""


def _alive(cast: Cast, o: _Entry) -> bool:
    """Whether an entry is still in the cast (not merged into another)."""
    return cast.entries.get(o.key) is o


def _by_tails(cast: Cast) -> dict[str, list[_Entry]]:
    """The entries by each end of their key after a space (`fuente`, `la fuente`)."""
    index: dict[str, list[_Entry]] = {}
    for o in cast.entries.values():
        k = o.key
        at = k.find(" ")
        while at >= 0:
            index.setdefault(k[at + 1 :], []).append(o)
            at = k.find(" ", at + 1)
    return index


def _by_name_words(cast: Cast) -> dict[str, list[_Entry]]:
    """The entries of names of several words by the words they may go by, casefolded.

    Surname, first and last word, and any word of four letters or more.
    """
    index: dict[str, list[_Entry]] = {}
    for o in cast.entries.values():
        parts = o.name.split()
        if len(parts) > 1:
            words = {
                (o.surname or "").casefold(),  # (of several words: `Abdullah bin Zayed`)
                parts[0].casefold(),
                parts[-1].casefold(),
                *(t.casefold() for t in parts if len(t) >= 4),
            }
            for w in words:
                index.setdefault(w, []).append(o)
    return index


def _merge_partial_names(cast: Cast) -> None:
    """A one-word name (`Secretary Rubio`) is the full-named person of that surname."""
    by_tails = _by_tails(cast)
    by_words = _by_name_words(cast)
    for e in list(cast.entries.values()):
        if e.known or e.key not in cast.entries:
            continue
        if len(e.name.split()) > 1:
            # `Secretary de la Fuente`: the end of a longer name in the report; `Sheikh
            # Abdullah bin Zayed`: the name a longer one goes by.
            longer = [o for o in by_tails.get(e.key, ()) if o is not e and _alive(cast, o)]
            if not longer:
                word = e.name.casefold()
                longer = [
                    o
                    for o in by_words.get(word, ())
                    if o is not e and _alive(cast, o) and (o.surname or "").casefold() == word
                ]
            if len(longer) == 1:
                _absorb(cast, e, longer[0])
            continue
        word = e.name.casefold()
        same = [
            o
            for o in by_words.get(word, ())
            if o is not e
            and _alive(cast, o)
            and (e.country is None or o.country is None or e.country == o.country)
        ]
        if not same and len(cast.entries) <= _CROWD:
            # `President Zelenskyy` for Volodymyr Zelensky: a close spelling of a surname.
            same = [
                o
                for o in cast.entries.values()
                if o is not e
                and len(o.name.split()) > 1
                and o.surname
                and len(word) >= 5
                and fuzz.ratio(word, o.surname.casefold()) >= _VARIANT_RATIO
                and (e.country is None or o.country is None or e.country == o.country)
            ]
        if len(same) == 1:
            _absorb(cast, e, same[0])


def _merge_variants(cast: Cast) -> None:
    """Two spellings of one name in one report (`Sergey Shoig`, `Sergei Shoigu`) are one person.

    A name the table does not know joins a close spelling (rapidfuzz ratio 85 or more,
    the same initial and a compatible country), the table's person first. Not in a report
    that names more than `_CROWD` people.
    """
    if len(cast.entries) > _CROWD:
        return
    for e in list(cast.entries.values()):
        if e.known or len(e.name.split()) < 2 or e.key not in cast.entries:
            continue
        best: tuple[float, _Entry] | None = None
        for o in cast.entries.values():
            if o is e or o.name[:1].lower() != e.name[:1].lower():
                continue
            if e.country is not None and o.country is not None and e.country != o.country:
                continue
            score = fuzz.ratio(e.key, o.key) + (1 if o.known else 0)
            if score >= _VARIANT_RATIO and (best is None or score > best[0]):
                best = (score, o)
        if best is not None and (best[1].known or best[1].first < e.first):
            _absorb(cast, e, best[1])


def _absorb(cast: Cast, e: _Entry, target: _Entry) -> None:
    """Merge entry `e` into `target`: names, title, country; `e`'s key points to it.

    The mentions keep `e`'s key until `_relink` points them to the merged person.
    """
    target.mentions.extend(e.mentions)
    target.first = min(target.first, e.first)
    target.country = target.country or e.country
    target.organization = target.organization or e.organization
    if target.title is None or (e.title_from_story and not target.title_from_story):
        target.title = e.title or target.title
    target.offices |= e.offices
    del cast.entries[e.key]
    cast.aliases[e.key] = target.key


def _relink(cast: Cast) -> None:
    """Point every mention of a merged person to the person it was merged into."""
    if not cast.aliases:
        return
    final: dict[str, str] = {}
    for k in cast.aliases:
        # Merged into one that was merged in turn: follow to the end (no loops: a person is
        # merged only into one still in the cast).
        path = [k]
        while path[-1] in cast.aliases and path[-1] not in final:
            path.append(cast.aliases[path[-1]])
        end = final.get(path[-1], path[-1])
        for p in path:
            final[p] = end
    cast.mentions = [
        Mention(m.start, m.end, m.name_start, final[m.person], m.kind, m.title)
        if m.person in final
        else m
        for m in cast.mentions
    ]


def find_people(
    text: str,
    spans: Iterable[Span],
    *,
    kb: Knowledge | None = None,
    folded: str | None = None,
    story_start: int = 0,
    day: dt.date | None = None,
) -> Cast:
    """Find the people named in the given spans of `text`.

    Args:
        text: the input text.
        spans: where to look (story paragraphs, captions, the headline).
        kb: the knowledge to use; the built-in one by default.
        folded: `fold(text)`, if the caller has it.
        story_start: where the story starts; a title read there beats one from a caption.
        day: when the report was written, if known: a surname alone names only someone
            of the table who held office within two years of it.

    Returns:
        The report's `Cast`: people with canonical names, and every mention.
    """
    kb = kb or default_knowledge()
    f = fold(text) if folded is None else folded
    cast = Cast(kb=kb, text=text, folded=f, story_start=story_start)
    title_words, head_words, role_words = _vocab(kb)
    finder = _Finder(
        kb,
        text,
        f,
        cast,
        title_words,
        head_words,
        role_words,
        _capitals(kb),
        _first_words(kb),
        _demonyms(kb),
        courtesies(kb),
        _dead_words(kb),
        fruitless=_fruitless_runs(kb),
        known_plans=_known_plans(kb),
        read_plans=_read_plans(kb),
        day=day,
        long_ends=_long_ends(kb),
        post_nominals=post_nominals(kb),
    )
    spans = sorted(spans)
    finder.find(spans)
    cast.mentions.sort(key=lambda m: m.start)
    _merge_partial_names(cast)
    _merge_variants(cast)
    _relink(cast)
    cast._add_surnames(list(cast.entries))
    _title_counterparts(cast, finder.counterparts)
    return cast


def _title_counterparts(cast: Cast, counterparts: list[tuple[str, int]]) -> None:
    """Give each untitled counterpart the office of the one whose counterpart he is.

    That is the last one named before him (`Novak held talks with his Italian counterpart
    Marco Bellini`: Novak, even after `President Aldo Ferri`), by the title he was given;
    the counterpart's own title for that office when the table knows it (`External
    Affairs Minister`), else the office's usual name.
    """
    for pkey, at in counterparts:
        key_now = cast.canon(pkey)
        e = cast.entries.get(key_now)
        if e is None or e.title is not None:
            continue
        k = bisect.bisect_left(cast.mentions, at, key=_mention_start)  # (sorted by start)
        before = next(
            (
                m
                for m in reversed(cast.mentions[max(0, k - 8) : k])
                if cast.canon(m.person) != key_now
            ),
            None,
        )
        if before is None:
            continue
        other = cast.entries.get(cast.canon(before.person))
        prev = before.title or (other.title if other is not None else None)
        phrase = _office_phrase(cast.kb, prev) if prev else None
        office = cast.kb.office(phrase) if phrase else None
        if office:
            own = [t.title for t in e.known if t.office == office]
            usual = ((cast.kb.titles.get("offices") or {}).get(office) or [phrase])[0]
            e.title = own[0] if own else usual
