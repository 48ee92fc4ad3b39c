"""Statements and who said them.

Each story sentence is read for its cue (see [`diplomeet.clauses`][diplomeet.clauses]).
A sentence with a cue starts a statement by the cue's subject, resolved to a
person: a name or surname to the cast member, a pronoun to the most recent
speaker, a role noun (`the Russian diplomat`, `the senior official`, `his
counterpart`) by country, title and recency, a joint subject (`the two sides`)
to every participant. A sentence without a cue continues the statement of its
paragraph's speaker, if there is one (and a quotation left open carries the
speaker into the next paragraph); otherwise nobody says it. Consecutive
sentences of one paragraph with the same speakers make one statement, whose
span is exact offsets into the input.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter

from attrs import define, field

from diplomeet.clauses import (
    JOINT_GAP,
    OUTSIDERS,
    RELAYER,
    Clause,
    Subject,
    Vocabulary,
    joint_opening,
    past_tense,
    vocabulary,
)
from diplomeet.knowledge import Knowledge
from diplomeet.meetings import Draft
from diplomeet.model import Attribution, Person, Resolution, Span, Statement, StatementKind
from diplomeet.narrator import FIRST_PERSON
from diplomeet.people import COUNTERPARTS, Cast, own_title
from diplomeet.phrases import TextMatcher
from diplomeet.text import LIST_ITEM

__all__ = ["Turn", "attribute", "narration", "speech_flow"]

_CONFIDENCE = {
    Resolution.NAME: 0.95,
    Resolution.SURNAME: 0.9,
    Resolution.PRONOUN: 0.8,
    Resolution.ROLE: 0.8,
    Resolution.CONTINUATION: 0.75,
    Resolution.JOINT: 0.9,
    Resolution.OTHER: 0.6,
}


@define
class Turn:
    """Who speaks in one sentence, before the speakers are resolved to people."""

    subject: Subject | None
    """The subject of the sentence's own cue, or of the statement it continues."""
    continued: bool = False
    """The sentence has no cue of its own and continues a statement."""
    clause: Clause | None = None
    """The clause whose cue governs the statement."""
    speaks: bool = False
    """Someone says this sentence."""
    meeting: int = 0
    """The index of the meeting the sentence belongs to."""
    speakers: tuple[str, ...] = ()
    """Cast keys of the resolved speakers."""
    resolution: Resolution = Resolution.NAME
    mention: str | None = None
    quoted: bool = False
    extra: list[str] = field(factory=list)


def _open_quote(folded: str, start: int, end: int) -> bool:
    """Whether a paragraph leaves a quotation open (an odd number of quote marks)."""
    return folded.count('"', start, end) % 2 == 1


def speech_flow(
    folded: str,
    clauses: list[Clause],
    meeting_sentences: set[int],
    narrated: Callable[[int, int, frozenset[str]], bool] | None = None,
) -> list[Turn]:
    """Decide, sentence by sentence, who speaks (as subjects, not yet people).

    Args:
        folded: the folded input.
        clauses: the story's sentences, read for speech.
        meeting_sentences: indices of sentences that tell of a meeting and have no cue
            of their own: they end the current speaker's statement.
        narrated: whether a paragraph (its start and end) is the narrator's, told of
            the transcript's speakers so far (their keys) in the third person (see
            `narration`): it ends a transcript's turn.
    """
    turns: list[Turn] = []
    current: Turn | None = None
    paragraph = -1
    carried_quote = False
    para_bounds: dict[int, tuple[int, int]] = {}
    labelled: set[str] = set()  # who a transcript's labels have named so far
    for c in clauses:
        p = c.sentence.paragraph
        s, e = para_bounds.get(p, (c.sentence.start, c.sentence.end))
        para_bounds[p] = (min(s, c.sentence.start), max(e, c.sentence.end))
    for i, c in enumerate(clauses):
        p = c.sentence.paragraph
        if p != paragraph:
            opens_with_quote = folded[c.sentence.start : c.sentence.start + 1] == '"'
            transcript = (
                current is not None
                and current.clause is not None
                and current.clause.label
                and _prose(folded, para_bounds[p])
                and not (narrated is not None and narrated(*para_bounds[p], frozenset(labelled)))
            )
            s, e = para_bounds[p]
            # A list's items after a sentence ending in a colon (`the two sides:`, `They
            # agreed to:`) are said by whoever that sentence names.
            listed = (
                current is not None
                and current.clause is not None
                and folded.endswith(":", 0, current.clause.sentence.end)
                and LIST_ITEM.match(folded, c.sentence.start) is not None
            )
            if (
                not (carried_quote and opens_with_quote)
                and not (transcript and not c.label and not _UNNAMED_LABEL.match(folded, s))
                and not (opens_with_quote and _quoted_whole(folded, s, e))
                and not listed
            ):
                current = None
            paragraph = p
            # A quotation left open, or a cue ending in a colon (`Lammy said:`), carries the
            # speaker into the next paragraph when it opens with a quotation mark.
            carried_quote = _open_quote(folded, s, e) or folded[s:e].rstrip().endswith(":")
        # `"Both countries share a long border. We ...," he told reporters`: a verb in the
        # present inside the quotation a sentence opens is the quoted words' (a readout
        # quoted whole, `"The leaders discussed ...`, keeps its own subjects).
        quoted_cue = c.cue is not None and not past_tense(c.cue_text or "")
        closing = _closing_cue(folded, clauses, i) if c.cue is None or quoted_cue else None
        embedded = (
            c.subject is not None
            and c.subject.kind == "joint"
            and not c.sentence.first
            and current is not None
            and current.subject is not None
            and current.subject.kind in ("person", "pronoun", "role")
            and not past_tense(c.cue_text or "")
        )
        if closing is not None:
            # `"Had a good meeting. Our ties are strong," Singh wrote.`: the sentences of a
            # quotation are said by whoever the sentence that closes it names.
            turn = Turn(subject=closing.subject, clause=closing, speaks=True)
            current = turn
        elif embedded:
            # `Zhao said ... The two sides firmly support each other ...`: a joint subject in
            # the present tense inside one speaker's paragraph is still that speaker's words.
            turn = Turn(
                subject=current.subject if current else None,
                clause=current.clause if current else None,
                continued=True,
                speaks=True,
            )
        elif c.lead:
            # `During the talks, the two sides:` says nothing itself; the list after it does.
            turn = Turn(subject=None)
            current = Turn(subject=c.subject, clause=c, speaks=True)
        elif c.subject is not None and c.cue is not None:
            turn = Turn(subject=c.subject, clause=c, speaks=True)
            current = turn
            if c.label:
                labelled.update(c.subject.people)
        elif (
            current is not None
            and current.clause is not None
            and current.clause.lead
            and not (turns and turns[-1].speaks)
        ):
            # The list's first item after its lead: the lead's subject says it.
            turn = Turn(subject=current.subject, clause=current.clause, speaks=True)
            current = turn
        elif current is not None and (
            i not in meeting_sentences or _first_person_turn(folded, current, c)
        ):
            turn = Turn(subject=current.subject, clause=current.clause, continued=True, speaks=True)
        else:
            turn = Turn(subject=None)
            if i in meeting_sentences:
                current = None
        turns.append(turn)
    return turns


_UNNAMED_LABEL = re.compile(
    r"(?:[A-Z][\w'.\-]{0,30}|of|the|from)(?:\s(?:[A-Z][\w'.\-]{0,30}|of|the|from)){0,3}:\s"
)
"""A transcript's label that names no one the story knows (`Q:`, `JOURNALIST:`, `AFP:`,
`Question from Reuters:`): the turn before it ends. (A label naming a person is read as one.)"""


def _first_person_turn(folded: str, current: Turn, c: Clause) -> bool:
    """Whether a transcript's speaker tells of a meeting in the first person.

    (`H. FIDAN: ... We also agreed that the Council will meet in Athens ...`): the sentence
    is still the speaker's, though it names people and a meeting.
    """
    return (
        current.clause is not None
        and current.clause.label
        and _FIRST_OR_SECOND_PERSON.search(folded, c.sentence.start, c.sentence.end) is not None
    )


_FIRST_OR_SECOND_PERSON = re.compile(
    r"\b(?:I(?:'m|'ve|'d|'ll)?|[Mm]e|[Mm]y|[Mm]ine|[Ww]e(?:'re|'ve|'ll|'d)?|us|[Oo]urs?"
    r"|[Yy]ou(?:'re|'ve|'ll)?|[Yy]ours?)\b"
)
"""Words of the first or second person (`us` in lower case only: `US` is a country)."""


def narration(
    folded: str,
    start: int,
    end: int,
    speakers: frozenset[str],
    cast: Cast,
    joint: TextMatcher,
) -> bool:
    """Whether a paragraph tells of a transcript's speakers rather than speaking.

    In a transcript, a paragraph without a label goes on with the last speaker unless
    it names the speakers in the third person (a joint subject, `the presidents`, or
    the name of one whose label came before) and has no word of the first or second
    person (`I`, `we`, `our`, `you`): `Following the talks, the presidents made
    statements for the press.` A speaker may name others (`a meeting with President
    Trump`) and go on speaking.
    """
    if _FIRST_OR_SECOND_PERSON.search(folded, start, end):
        return False
    if joint.search(folded, start, end) is not None:
        return True
    return any(m.person in speakers for m in cast.in_span(start, end))


def _quoted_whole(folded: str, start: int, end: int) -> bool:
    """Whether a paragraph is one quotation and nothing else, no cue of its own.

    (`"Our meeting today was an opportunity to take stock ..."` after a paragraph that
    ends `..., Mr Peters says.`): it goes on with the speaker before it.
    """
    body = folded[start:end].strip()
    return len(body) > 2 and body[-1] == '"' and body.count('"') % 2 == 0


def _prose(folded: str, span: tuple[int, int]) -> bool:
    """A paragraph of sentences, not a heading (`Foreign policy`) or a mark (`<...>`)."""
    body = folded[span[0] : span[1]].strip()
    return len(body) > 40 or body[-1:] in (".", "?", "!", '"')


def _closing_cue(folded: str, clauses: list[Clause], i: int) -> Clause | None:
    """The sentence that closes the quotation a sentence opens, if a cue follows it.

    (`"Had a good meeting. Our ties are strong," Singh wrote.`): a later sentence with
    the cue after the quotation, in the same paragraph or in the next ones, where each
    reopens the quotation with a mark of its own (`"We want firms there.` / `"They
    have the experience," he added.`).
    """
    c = clauses[i]
    s = c.sentence
    if folded[s.start : s.start + 1] != '"' or folded.count('"', s.start, s.end) % 2 == 0:
        return None
    for j in range(i + 1, min(len(clauses), i + 8)):
        cj = clauses[j]
        marks = folded.count('"', cj.sentence.start, cj.sentence.end)
        if cj.sentence.paragraph != clauses[j - 1].sentence.paragraph:
            if not cj.sentence.first or folded[cj.sentence.start : cj.sentence.start + 1] != '"':
                return None
            marks -= 1  # the mark that reopens the quotation in a new paragraph
        if marks % 2 == 1:
            return cj if cj.inverted and cj.subject is not None and cj.cue is not None else None
    return None


def _offices_of(kb: Knowledge, role: str) -> list[str]:
    """The titles a role stands for besides its own words (lexicon `role_offices`).

    `the Head of State` is the participant titled President, King or Emir.
    """
    return list((kb.lexicon.get("role_offices") or {}).get(role, []))


def _titled_as(role: str, title: str) -> bool:
    """Whether a title says the role (`senate president` is `President of the Senate`)."""
    have = _spelling(own_title(title))
    return role in have or set(role.split()) <= set(have.split())


def _spelling(title: str) -> str:
    """A title in lower case with one spelling of each word (`advisor` is `adviser`).

    (`premier` is `prime minister`: `the Deputy Premier` is the Deputy Prime Minister.)
    """
    return (
        title.lower()
        .replace("advisor", "adviser")
        .replace("defence", "defense")
        .replace("-", " ")
        .replace("premier", "prime minister")
    )


_LESSER = frozenset({"deputy", "vice", "assistant", "former", "under", "associate"})
"""Words before a title that make it another office (`Deputy Prime Minister`)."""


def _plainly(role: str, title: str) -> bool:
    """Whether a title holds a role's words with no `Deputy`, `Vice` ... before them."""
    words = _spelling(own_title(title)).split()
    want = role.split()
    n = len(want)
    return any(
        words[k : k + n] == want and (k == 0 or words[k - 1] not in _LESSER)
        for k in range(len(words) - n + 1)
    )


_GUEST_OR_HOST = {"guest": "guest", "visitor": "guest", "host": "host"}
"""Role nouns that name a side by where the meeting was."""


_START = attrgetter("start")
_PRONOUN_REACH = 64
_OBJECT_REACH = 160
"""How far after a pronoun a name is read as the one it speaks to (not the pronoun)."""
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@define
class _Resolver:
    cast: Cast
    drafts: list[Draft]
    folded: str
    last: tuple[str, ...] = ()
    """The most recent speakers."""
    sentence_start: int = 0
    """Where the sentence being resolved starts."""
    sentence_end: int = 0
    """Where it ends."""
    told_before: bool = False
    """Whether the sentence before the one being resolved told of its meeting."""
    role_holders: dict[tuple[str, ...], list[str]] = field(factory=dict)
    """Everyone in the cast with a title that says one of these roles (a memo: a report
    that names a new person and a role in every sentence stays linear)."""

    def participants(self, meeting: int) -> list[str]:
        return self.drafts[meeting].people if self.drafts else []

    def resolve(self, subj: Subject, meeting: int) -> tuple[tuple[str, ...], Resolution]:
        parts = self.participants(meeting)
        if subj.kind in ("person", "people"):
            # A garbled name resolved after the clauses were read: the person's key now.
            people = tuple(dict.fromkeys(self.cast.canon(p) for p in subj.people))
            if subj.kind == "people":
                # `Biden and the pope`: the names' people and the roles' holders.
                for r in subj.roles:
                    people += tuple(p for p in self.role(r, parts, meeting) if p not in people)
                return people, Resolution.JOINT
            res = Resolution.NAME
            mention = next(
                (m for m in self.cast.in_span(subj.start, subj.end) if m.start == subj.start), None
            )
            if mention is not None and mention.kind == "surname":
                res = Resolution.SURNAME
            elif mention is not None and mention.kind == FIRST_PERSON:
                res = Resolution.PRONOUN  # a release's `I`
            if people and people[0] not in parts:
                res = Resolution.OTHER
            return people, res
        if subj.kind == "joint":
            return tuple(self.joint(subj, meeting)), Resolution.JOINT
        if subj.kind == "sides":
            # `Pakistan and Iran agreed`: the participant from each country.
            sides = (p for r in subj.roles for p in self.role(r, parts, meeting))
            return tuple(dict.fromkeys(sides)), Resolution.JOINT
        if subj.kind == "pronoun":
            return self.pronoun(subj, parts), Resolution.PRONOUN
        if subj.kind == "role":
            return self.role(subj, parts, meeting), Resolution.ROLE
        return (), Resolution.OTHER

    def joint(self, subj: Subject, meeting: int) -> list[str]:
        """The people of a joint subject: the meeting's, or those whose titles it names.

        (`The president briefed him ... The two ministers also agreed`): when the
        subject's noun names a title (`ministers`, `presidents`) that not all of the
        meeting's people hold, it is those of them who hold it (two or more), else the
        people of the one other meeting who all do.
        """
        parts = self.participants(meeting)
        if len(parts) < 2:
            return []
        words = self.folded[subj.start : subj.end].lower().split()
        if "of" in words or not words[-1].endswith("s"):
            return parts  # `the heads of the organisations`: the noun is no title word
        noun = words[-1][:-1]
        if not any(self.titled(p, noun) is False for p in parts):
            return parts  # (a title unknown does not count against the meeting)
        fit = [p for p in parts if self.titled(p, noun) is not False]
        if len(fit) >= 2:
            return fit  # `the two ministers` of a minister, a president and a minister
        others = [
            d.people
            for d in self.drafts
            if len(d.people) >= 2 and all(self.titled(p, noun) for p in d.people)
        ]
        return others[0] if len(others) == 1 else parts

    def titled(self, person: str, noun: str) -> bool | None:
        """Whether a person may be one of `the ministers` or `the presidents`.

        False only where the title's office says otherwise (a head of state is no
        minister; a minister no president); None where it does not tell.
        """
        title = self.cast.entry(person).title
        office = self.cast.kb.office(title) if title else None
        if title is None or office is None or noun not in ("minister", "president"):
            return None
        if noun == "minister":
            return office != "head_of_state"
        return "president" in title.lower()

    def pronoun(self, subj: Subject, parts: list[str]) -> tuple[str, ...]:
        """Who `he` or `she` is.

        The last speaker, unless a name or a courtesy says that person is of the other
        gender (`Helga Schmid`, `Ms Wong`, `Queen Rania`); then the participant named last
        who may be the one.
        """
        want = _PRONOUN_GENDERS.get(self.folded[subj.start : subj.end].lower())
        # Whom the sentence names after the pronoun is someone else (`She told Joly that
        # ...` is not Joly).
        objects = {
            self.cast.canon(m.person)
            for m in self.cast.in_span(subj.end, min(self.sentence_end, subj.end + _OBJECT_REACH))
        }

        def fits(person: str) -> bool:
            if person in objects:
                return False
            known = self.cast.gender(person) if want else None
            return known is None or known == want

        last = self.last[0] if len(self.last) == 1 else None
        # `Saidov said ... She welcomed ...`: the participant known to be a woman, when the
        # last speaker is not known to be one. (Not so for `he`: most officials are men,
        # and few names or courtesies say so.)
        woman_wanted = want == "f" and last is not None and self.cast.gender(last) != want
        if last is not None and fits(last) and not woman_wanted:
            return self.last
        # The participants named before the pronoun who may be the one, the latest first
        # (among the last `_PRONOUN_REACH` people named: a pronoun looks back, not far).
        ms = self.cast.mentions
        at = bisect_left(ms, subj.start, key=_START)
        recent = [self.cast.canon(m.person) for m in reversed(ms[max(0, at - _PRONOUN_REACH) : at])]
        named = [p for p in recent if p in parts and fits(p)]
        if last is not None:
            sure = [p for p in named if p != last and self.cast.gender(p) == want]
            if woman_wanted and sure:
                return (sure[0],)
            if fits(last):
                return self.last
            others = [p for p in named if p != last]  # of the other gender
            return tuple(others[:1])
        # Nobody has spoken yet: the subject of the pronoun's own sentence (`Xi held a
        # call with Macron, during which he said`), else the participant named last.
        own = [
            self.cast.canon(m.person) for m in self.cast.in_span(self.sentence_start, subj.start)
        ]
        own = [p for p in own if p in parts and fits(p)]
        if own:
            return (own[0],)
        if self.told_before and parts and fits(parts[0]):
            # `The Minister met with Mr Lamola. He congratulated ...`: the subject of
            # the sentence that told of the meeting, not the one it named last.
            return (parts[0],)
        return tuple(named[:1])

    def role(self, subj: Subject, parts: list[str], meeting: int) -> tuple[str, ...]:
        pool = parts or list(self.cast.entries)
        side = _GUEST_OR_HOST.get(subj.role or "")
        if side is None and "visiting" in self.cast.text[subj.start : subj.end].lower():
            side = "guest"
        host = self.drafts[meeting].host if self.drafts else None
        if side and host and not subj.country:
            # `The guest thanked ...`, `the visiting premier`: the side from elsewhere;
            # `the host`: the host's side.
            home = side == "host"
            sides = [p for p in parts if (self.cast.entry(p).country == host) == home]
            if len(sides) == 1:
                return (sides[0],)
        if subj.country or subj.organization:
            hits = [
                p
                for p in pool
                if (subj.country and self.cast.entry(p).country == subj.country)
                or (subj.organization and self.cast.entry(p).organization == subj.organization)
            ]
            if len(hits) == 1:
                return (hits[0],)
            if len(hits) > 1 and self.last and self.last[0] in hits:
                return (self.last[0],)
            return tuple(hits[:1])
        role = subj.role or ""
        if role in OUTSIDERS:
            # `the spokesperson`: someone of that title named in the report, never the
            # participant who spoke last.
            named = [k for k, e in self.cast.entries.items() if role in (e.title or "").lower()]
            return tuple(named[:1]) if len(named) == 1 else ()
        if role in COUNTERPARTS and self.last and len(pool) == 2:
            other = [p for p in pool if p not in self.last]
            return tuple(other[:1])
        wanted = _spelling(role)
        said = [wanted, *(_spelling(o) for o in _offices_of(self.cast.kb, role))]
        titled = [
            p
            for p in pool
            if role and any(_titled_as(w, self.cast.entry(p).title or "") for w in said)
        ]
        if not titled and role:
            # `His Highness`, `the Sheikh`, `the Pontiff` (of `Pope Francis`): a courtesy
            # the text gave the person, no title.
            titled = [
                p
                for p in pool
                if any(
                    f" {w} " in spelled
                    for spelled in (f" {_spelling(m)} " for m in self.cast.entry(p).mentions)
                    for w in said
                )
            ]
        if len(titled) > 1:
            # `The Prime Minister welcomed ...` of a Prime Minister and a Deputy Prime
            # Minister: the one whose title says it with no `Deputy` or `Vice` before it.
            plain = [p for p in titled if _plainly(wanted, self.cast.entry(p).title or "")]
            if plain:
                titled = plain
        if len(titled) > 1 and " " in wanted:
            # `The Foreign Minister welcomed ...` of a Secretary of State and a Foreign
            # Minister: the one whose title has the role's own head noun (`minister`),
            # when not all do (an office of the role in other words is a weaker sign).
            head = wanted.rsplit(" ", 1)[1]
            own = [
                p
                for p in titled
                if head in _spelling(own_title(self.cast.entry(p).title or "")).split()
            ]
            if own:
                titled = own
        if len(titled) == 1 and role not in ("minister", "official", "diplomat"):
            return (titled[0],)
        if not titled and role and parts:
            # No participant has that title: the only other person who has it (`..., the
            # Minister of the Environment, Marina Silva, said ... the minister said`).
            key = tuple(said)
            if key not in self.role_holders:
                self.role_holders[key] = [
                    p
                    for p in self.cast.entries
                    if any(_titled_as(w, self.cast.entry(p).title or "") for w in said)
                ]
            everyone = self.role_holders[key]
            # (More than one besides the participants: no one; not looked through.)
            others = (
                [p for p in everyone if p not in parts] if len(everyone) <= len(parts) + 1 else []
            )
            if len(others) == 1:
                return (others[0],)
        if len(titled) > 1 and _capitalised(self.cast.text, subj):
            # `The Minister welcomed ...` on a ministry's page: its own minister, the one
            # of that title the report named first.
            return (min(titled, key=lambda k: self.cast.entry(k).first),)
        if len(self.last) == 1:
            return self.last
        return tuple(titled[:1])


def _own_quotation(
    folded: str, c: Clause, speakers: tuple[str, ...], cast: Cast, vocab: Vocabulary
) -> bool:
    """Whether a quotation opening with a joint subject is the speaker's own view.

    Not the sides' joint words relayed: a joint subject that does not go on with a verb
    of speech (`"Both countries are gas producers," Peskov said`), or a quotation by a
    named person other than a spokesperson (`"Both sides want ...," said X, a senior
    fellow at ...`), whose title speaks for no one (`Spokesperson`, `Press Secretary` do).
    The words of a spokesperson's quotation with a verb of speech (`"The two leaders
    agreed ...," the spokesman said`) are the sides'.
    """
    if c.content is None:
        return False
    start, end = c.content
    if folded[start : start + 3].lstrip(" ,:")[:1] != '"':
        return False
    joint = joint_opening(folded, vocab, start, end)
    if joint is not None:
        gap = JOINT_GAP.match(folded, joint.end())
        if vocab.cue.match(folded, gap.end() if gap else joint.end()) is None:
            return True
    if c.subject is None or c.subject.kind not in ("person", "people"):
        return False
    titles = [(cast.entries[k].title or "").lower() for k in speakers if k in cast.entries]
    return bool(titles) and not any(RELAYER.search(t) for t in titles)


def _capitalised(text: str, subj: Subject) -> bool:
    """Whether a role subject's last word is written with a capital (`the Minister`)."""
    words = text[subj.start : subj.end].split()
    return len(words) > 1 and words[-1][:1].isupper()


def attribute(
    text: str,
    folded: str,
    clauses: list[Clause],
    turns: list[Turn],
    cast: Cast,
    drafts: list[Draft],
) -> list[list[Statement]]:
    """Resolve the speakers of each turn and group sentences into statements per meeting."""
    resolver = _Resolver(cast, drafts, folded)
    vocab = vocabulary(cast.kb)
    frames = [set(d.frames) for d in drafts]  # looked up per sentence: a set each
    # Which meeting each sentence belongs to: a meeting with another counterpart holds the
    # sentences after it (those its participants say) until another meeting is told of; a
    # recalled meeting of the same people holds the rest of its paragraph.
    together: dict[int, list[int]] = {}  # sentence -> the meetings it tells
    for k, d in enumerate(drafts):
        if d.sentence >= 0:
            together.setdefault(d.sentence, []).append(k)
    starts = {i: ks[-1] for i, ks in together.items() if ks[-1] > 0}
    # Several meetings told in one sentence (`X held talks with A, while Y received B`):
    # what follows belongs to the one whose people say it.
    alongside: dict[int, dict[str, int]] = {}  # meeting -> its sentence's people -> meeting
    members: dict[int, frozenset[str]] = {}  # (the people of those meetings, as sets)
    for ks in together.values():
        if len(ks) > 1:
            whose: dict[str, int] = {}
            for k in ks:
                members[k] = frozenset(drafts[k].people)
                for p in drafts[k].people:
                    whose.setdefault(p, k)
                alongside[k] = whose
    meeting = 0
    paragraph = -1
    for i, (c, t) in enumerate(zip(clauses, turns, strict=True)):
        if c.sentence.paragraph != paragraph:
            paragraph = c.sentence.paragraph
            if meeting and not drafts[meeting].persistent:
                meeting = 0
        if i in starts:
            meeting = starts[i]
        elif drafts and i == drafts[0].sentence:
            meeting = 0
        t.meeting = meeting
        if not t.speaks or t.subject is None:
            continue
        if t.continued:
            prev = turns[i - 1] if i else None
            if prev is not None and prev.speaks:
                t.speakers, t.mention = prev.speakers, prev.mention
                t.resolution = Resolution.CONTINUATION
            continue
        subj = t.subject
        resolver.sentence_start, resolver.sentence_end = c.sentence.start, c.sentence.end
        resolver.told_before = bool(drafts) and i > 0 and _tells(frames[meeting], clauses[i - 1])
        t.speakers, t.resolution = resolver.resolve(subj, meeting)
        if meeting in alongside and t.speakers and not members[meeting].issuperset(t.speakers):
            theirs = alongside[meeting].get(t.speakers[0], meeting)
            if members[theirs].issuperset(t.speakers):
                meeting = t.meeting = theirs
                t.speakers, t.resolution = resolver.resolve(subj, meeting)
        relayed = (
            subj.kind == "document"
            or not set(t.speakers) <= set(resolver.participants(meeting))
            or (subj.kind == "role" and (subj.role or "") in OUTSIDERS)
        )
        if c.joint_content and relayed and not _own_quotation(folded, c, t.speakers, cast, vocab):
            # `The spokesperson added that the two ministers affirmed ...`: the content
            # is the participants' joint words, relayed.
            t.speakers = tuple(resolver.participants(meeting))
            t.resolution = Resolution.JOINT
        t.mention = text[subj.start : subj.end]
        if len(t.speakers) == 1:
            resolver.last = t.speakers

    per_meeting: list[list[Statement]] = [[] for _ in drafts] if drafts else [[]]
    people_of: dict[str, Person] = {}  # the `Person` of each speaker, made once
    group: list[int] = []

    def person(key: str) -> Person:
        found = people_of.get(key)
        if found is None:
            found = people_of[key] = cast.person(key)
        return found

    def flush() -> None:
        if not group:
            return
        first, last = group[0], group[-1]
        t0 = turns[first]
        start, end = clauses[first].sentence.start, clauses[last].sentence.end
        speakers = tuple(person(k) for k in t0.speakers if k in cast.entries)
        joint = len(speakers) > 1
        kind = (
            StatementKind.JOINT
            if joint
            else (
                StatementKind.DIRECT if _quoted(folded, clauses, group) else StatementKind.INDIRECT
            )
        )
        head = turns[first] if not turns[first].continued else t0
        clause = head.clause
        resolution = Resolution.JOINT if joint else head.resolution
        per_meeting[t0.meeting].append(
            Statement(
                text=text[start:end],
                span=(start, end),
                kind=kind,
                attribution=Attribution(
                    speakers=speakers,
                    cue=clause.cue_text if clause is not None else None,
                    mention=head.mention,
                    resolution=resolution,
                    confidence=_CONFIDENCE[resolution],
                ),
            )
        )
        group.clear()

    for i, t in enumerate(turns):
        if not t.speaks or not t.speakers:
            flush()
            continue
        if clauses[i].label and clauses[i].content is None:
            flush()  # a speaker's label alone (`Zhai Jun, envoy:`): the words said follow it
            continue
        if group:
            prev = turns[group[-1]]
            same = (
                prev.speakers == t.speakers
                and prev.meeting == t.meeting
                and clauses[group[-1]].sentence.paragraph == clauses[i].sentence.paragraph
            )
            if not same:
                flush()
        group.append(i)
    flush()
    return per_meeting


def _tells(frames: set[Span], clause: Clause) -> bool:
    """Whether a sentence told of a meeting (one of its frames is the meeting's)."""
    return any(f in frames for f in clause.frames)


def _quoted(folded: str, clauses: list[Clause], group: list[int]) -> bool:
    c = clauses[group[0]]
    s = c.sentence
    if folded[s.start : s.start + 1] == '"':
        return True
    if c.content is not None:
        body = folded[c.content[0] : c.content[1]].lstrip(" ,:")
        return body.startswith('"')
    return False
