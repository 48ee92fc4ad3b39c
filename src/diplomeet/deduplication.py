"""Deduplication: one record per real meeting, with every source kept.

Two functions, both exported at the top level:

- [`near_duplicates`][diplomeet.near_duplicates] groups texts
  that are the same or nearly so (MinHash with LSH banding, then a check of
  every candidate pair);
- [`dedupe`][diplomeet.dedupe] merges the meetings that several
  reports tell into one [`Meeting`][diplomeet.Meeting] each, keeping every
  source, every statement and every disagreement.

See the *Deduplication* page of the docs for the rules in full.

Examples:
    >>> import datetime as dt
    >>> import diplomeet
    >>> from diplomeet import Meeting, Person, Place, Report
    >>> wang, lavrov = Person(name="Wang Yi", country="CHN"), Person(name="Sergey Lavrov",
    ...                                                              country="RUS")
    >>> def told(source, day, name="Sergey Lavrov"):
    ...     m = Meeting(date=dt.date(2021, 7, day), place=Place(city="Tashkent", country="UZB"),
    ...                 participants=(wang, Person(name=name, country="RUS")))
    ...     return Report(source=source, meetings=(m,))
    >>> merged = diplomeet.dedupe([told("mfa", 15), told("xinhua", 15, "Sergei Lavrov"),
    ...                            told("cgtn", 16)])
    >>> len(merged), [(s.report, s.source) for s in merged[0].sources]
    (1, [(0, 'mfa'), (1, 'xinhua'), (2, 'cgtn')])
    >>> merged[0].date, merged[0].disagreements[0].values
    (datetime.date(2021, 7, 15), ('2021-07-15', '2021-07-16'))
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from rapidfuzz.utils import default_process

from diplomeet import _minhash
from diplomeet.model import (
    Attribution,
    Disagreement,
    Meeting,
    MeetingMode,
    MeetingSource,
    Occasion,
    Person,
    Place,
    Report,
    Statement,
    StatementSource,
)

__all__ = ["dedupe", "near_duplicates", "story_text"]

T = TypeVar("T")

DEFAULT_TOLERANCE = 1
"""Days by which two tellings' dates of one meeting may differ (time zones, publication lag)."""
TEXT_WINDOW = 7
"""Days by which two near-duplicate tellings' dates may differ (a misread weekday, say)."""
MIN_TIE_WORDS = 30
"""A story text shorter than this many words never ties meetings as near duplicates."""
MAX_ROUNDS = 8
"""How many times `dedupe` re-runs on its own output at most to reach a fixed point."""

_PRIORITY = {"mfa": 0, "xinhua": 1, "cgtn": 2, "generic": 3}
_OTHER_PRIORITY = 4
_UNKNOWN_SOURCE = "unknown"
_FIELDS = ("date", "mode", "place", "host", "occasion")
_NONWORD = re.compile(r"[\W_]+")


# Story texts and near duplicates ---------------------------------------------------------


def story_text(item: Report | Meeting | str) -> str:
    """The text that stands for a report when looking for near duplicates.

    A [`Report`][diplomeet.Report] keeps no text of its own, only spans, so its
    story text is its title, its captions' texts and its statements' texts,
    one a line, in that order (page furniture is already left out). A
    [`Meeting`][diplomeet.Meeting] stands for its statements' texts; a `str`
    for itself.

    Examples:
        >>> from diplomeet import Caption, Meeting, Report, Statement
        >>> r = Report(source="xinhua", title="FMs meet",
        ...            captions=(Caption(text="Wang (R) meets Lavrov.", span=(9, 31)),),
        ...            meetings=(Meeting(statements=(Statement(text="Wang said hi.",
        ...                                                    span=(40, 53)),)),))
        >>> print(story_text(r))
        FMs meet
        Wang (R) meets Lavrov.
        Wang said hi.
    """
    if isinstance(item, str):
        return item
    if isinstance(item, Meeting):
        return "\n".join(s.text for s in item.statements)
    parts = [item.title] if item.title else []
    parts.extend(c.text for c in item.captions)
    parts.extend(s.text for m in item.meetings for s in m.statements)
    return "\n".join(parts)


def _check_threshold(name: str, value: float) -> None:
    if not 0.0 < value <= 1.0:
        msg = f"{name} must be in (0, 1], got {value!r}"
        raise ValueError(msg)


def near_duplicates(
    reports: Iterable[Report | Meeting | str],
    threshold: float = 0.8,
    *,
    num_perm: int = 128,
    shingle_size: int = 3,
) -> list[list[int]]:
    """Group the reports whose story texts are the same or nearly so.

    Each text (see [`story_text`][diplomeet.deduplication.story_text]) is cut
    into shingles of `shingle_size` words and summarised by a MinHash
    signature; LSH banding proposes candidate pairs and a pair is kept only
    if its signatures agree on at least `threshold` of their values (the
    estimated Jaccard similarity of the shingle sets), so banding alone never
    joins two dissimilar texts. Kept pairs are joined transitively. Hashes are
    BLAKE2b-based: the result is the same in every process and run, and does
    not depend on the order of the input. The input is read once, as a
    stream; only the signatures are held.

    Args:
        reports: reports, meetings or plain texts, in any iterable.
        threshold: the least estimated Jaccard similarity of two texts in one
            group, in `(0, 1]`.
        num_perm: the length of the MinHash signatures (more is more precise
            and slower).
        shingle_size: words per shingle.

    Returns:
        Every group of two or more near-duplicate texts, as their positions in
        the input, ascending; groups ordered by their first position. A text
        with no words is never grouped.

    Raises:
        ValueError: if `threshold` is not in `(0, 1]`.

    Examples:
        >>> import diplomeet
        >>> diplomeet.near_duplicates([
        ...     "Wang Yi met Sergey Lavrov in Tashkent on Thursday to discuss trade.",
        ...     "An unrelated story about the weather.",
        ...     "Wang Yi met Sergey Lavrov in Tashkent on Thursday to discuss trade",
        ... ])
        [[0, 2]]
    """
    _check_threshold("threshold", threshold)
    builder = _minhash.SignatureBuilder(num_perm=num_perm, shingle_size=shingle_size)
    for item in reports:
        builder.add(story_text(item))
    sig, valid = builder.finish()
    labels = _minhash.components(sig, valid, threshold)
    groups: dict[int, list[int]] = defaultdict(list)
    for pos, label in enumerate(labels.tolist()):
        if label >= 0:
            groups[label].append(pos)
    return [g for _, g in sorted(groups.items()) if len(g) > 1]


# Normalised names, places, occasions -----------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Casefolded, accents stripped, punctuation to spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NONWORD.sub(" ", bare.casefold()).split())


@lru_cache(maxsize=1 << 14)
def _cities_compatible(a: str, b: str) -> bool:
    """Two normalised city names that may name one place (a truncated or misspelt name)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True
    return len(short) >= 5 and fuzz.ratio(a, b) >= 85


_OccKey = tuple[str, str]


def _occasion_key(o: Occasion) -> _OccKey:
    return (_norm(o.acronym) if o.acronym else "", _norm(o.name))


@lru_cache(maxsize=1 << 12)
def _occasions_compatible(a: _OccKey, b: _OccKey) -> bool:
    """Two occasions that may be one event: the same acronym, or similar names."""
    if a == b:
        return True
    (acr_a, name_a), (acr_b, name_b) = a, b
    if acr_a and acr_b:
        return acr_a == acr_b
    for acr, name in ((acr_a, name_b), (acr_b, name_a)):
        if acr and acr in name.split():
            return True
    return fuzz.token_set_ratio(name_a, name_b) >= 80


def _place_compatible(a: Place, b: Place) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    return not (a.city and b.city and not _cities_compatible(_norm(a.city), _norm(b.city)))


def _place_str(p: Place) -> str:
    return ", ".join(x for x in (p.city, p.country) if x)


# Canonical people ------------------------------------------------------------------------


def _tokens_close(a: str, b: str) -> bool:
    if a == b:
        return True
    n = min(len(a), len(b))
    limit = 2 if n >= 8 else 1 if n >= 5 else 0
    return limit > 0 and Levenshtein.distance(a, b, score_cutoff=limit) <= limit


def _names_match(a: str, b: str, threshold: float) -> bool:
    """Two normalised names of one country that name the same person.

    The same words with small spelling differences (`sergei lavrov`, `sergey
    lavrov`; short words must be equal, so `li qiang` is not `li keqiang`),
    or a shorter full name inside a longer one with the same first and last
    words (`sergey lavrov`, `sergey viktorovich lavrov`).
    """
    ta, tb = a.split(), b.split()
    if len(ta) == len(tb):
        if fuzz.ratio(a, b) < threshold and fuzz.token_sort_ratio(a, b) < threshold:
            return False
        for x, y in (ta, tb), (sorted(ta), sorted(tb)):
            if any(p == q for p, q in zip(x, y, strict=True)) and all(
                _tokens_close(p, q) for p, q in zip(x, y, strict=True)
            ):
                return True
        return False
    short, long_ = sorted((ta, tb), key=len)
    if len(short) < 2 or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    it = iter(long_)
    return all(tok in it for tok in short)


class _Names:
    """Canonical people across all the input: exact names, then a careful fuzzy match.

    Every spelling is normalised (casefolded, accents stripped); a full name
    is one person whatever the country given with it, a lone word (a surname)
    is one per country. Spellings are joined when they match (`_names_match`)
    and their people have the same country (or both none); a lone surname
    joins the only full name of its country that has that word. Each class is
    named by its most used spelling (weighted by sources), the primary
    source's on a tie.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self._countries: dict[str, Counter[str]] = defaultdict(Counter)
        self._priority: dict[str, int] = {}
        self._key: dict[str, str] = {}
        self._name: dict[str, str] = {}
        self._cache: dict[tuple[str, str | None], str] = {}

    @staticmethod
    def _node(p: Person) -> str:
        n = _norm(p.name)
        return f"{n}\x1f{p.country}" if p.country and " " not in n else n

    def add(self, person: Person, weight: int, priority: int) -> None:
        n = self._node(person)
        self._spellings[n][person.name] += weight
        self._priority[person.name] = min(priority, self._priority.get(person.name, priority))
        if person.country:
            self._countries[n][person.country] += weight

    def _country(self, n: str) -> str:
        c = self._countries.get(n)
        if not c:
            return ""
        return min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    def build(self) -> None:
        nodes = sorted(self._spellings)
        parent = {n: n for n in nodes}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(x: str, y: str) -> None:
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)

        blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
        for n in nodes:
            for tok in set(n.split("\x1f")[0].split()):
                if len(tok) >= 3:
                    blocks[(self._country(n), tok)].append(n)
        for members in blocks.values():
            multi = [m for m in members if " " in m]
            for i, x in enumerate(multi):
                for y in multi[i + 1 :]:
                    if find(x) != find(y) and _names_match(x, y, self.threshold):
                        union(x, y)
        for (country, tok), members in sorted(blocks.items()):
            lone = f"{tok}\x1f{country}" if country else tok
            if lone in parent:
                classes = {find(m) for m in members if " " in m and tok in m.split()}
                if len(classes) == 1:
                    union(lone, classes.pop())
        by_class: dict[str, Counter[str]] = defaultdict(Counter)
        for n in nodes:
            by_class[find(n)].update(self._spellings[n])
        for n in nodes:
            root = find(n)
            self._name[n] = min(
                by_class[root].items(), key=lambda kv: (-kv[1], self._priority[kv[0]], kv[0])
            )[0]
            self._key[n] = root

    def key_of(self, p: Person) -> str:
        """The person's class: the same for every spelling of one person."""
        cached = self._cache.get((p.name, p.country))
        if cached is None:
            n = self._node(p)
            cached = self._cache[(p.name, p.country)] = self._key.get(n, n)
        return cached

    def name_of(self, p: Person) -> str:
        """The person's canonical spelling."""
        return self._name.get(self._node(p), p.name)


# Items: one telling of a meeting ---------------------------------------------------------


@attrs.define(slots=True, eq=False)
class _Item:
    meeting: Meeting
    sources: tuple[MeetingSource, ...]
    fresh: bool
    """A meeting read from a Report: its statements get fresh sources, its disagreements none."""
    doc: int
    reports: frozenset[int]
    published: dt.date | None
    weight: int
    priority: int
    pkey: tuple[str, ...] = ()
    ordinal: int = 0
    label: int = -1
    profile: tuple[int, str, str, str, str, bool] = (-1, "", "", "", "", False)
    key: tuple[Any, ...] = ()
    """What the telling and its report say, to order tellings by content, never by position."""
    partial: tuple[int, int] | None = None
    """The report's dateline month and day, for a telling with no date nor publication day."""


def _priority(source: str) -> int:
    return _PRIORITY.get(source, _OTHER_PRIORITY)


def _items_of(
    inputs: Iterable[Report | Meeting],
    builder: _minhash.SignatureBuilder,
    progress: bool,
) -> list[_Item]:
    items: list[_Item] = []
    it: Iterable[Report | Meeting] = inputs
    if progress:
        from tqdm import tqdm  # noqa: PLC0415 - only when asked, and only on a terminal

        it = tqdm(inputs, desc="dedupe: reading", unit="report", disable=None, leave=False)
    for pos, obj in enumerate(it):
        doc = pos
        builder.add(story_text(obj))
        if isinstance(obj, Report):
            dl = obj.dateline
            partial = (
                (dl.month, dl.day)
                if dl is not None and dl.month and dl.day and obj.published is None
                else None
            )
            for j, m in enumerate(obj.meetings):
                src = MeetingSource(
                    report=pos,
                    meeting=j,
                    source=obj.source,
                    url=obj.url,
                    published=obj.published,
                    title=obj.title,
                )
                items.append(
                    _Item(
                        meeting=m,
                        sources=(src,),
                        fresh=True,
                        doc=doc,
                        reports=frozenset((pos,)),
                        published=obj.published,
                        weight=1,
                        priority=_priority(obj.source),
                        partial=partial if m.date is None else None,
                    )
                )
        elif isinstance(obj, Meeting):
            srcs = obj.sources or (MeetingSource(report=pos, meeting=0, source=_UNKNOWN_SOURCE),)
            published = [s.published for s in srcs if s.published is not None]
            items.append(
                _Item(
                    meeting=obj,
                    sources=srcs,
                    fresh=False,
                    doc=doc,
                    reports=frozenset(s.report for s in srcs),
                    published=min(published) if published else None,
                    weight=len(srcs),
                    priority=min(_priority(s.source) for s in srcs),
                )
            )
        else:
            msg = f"dedupe takes Reports and Meetings, got {type(obj).__name__} at position {pos}"
            raise TypeError(msg)
    return items


# Group summaries: what a group of tellings says, for compatibility checks ----------------


@attrs.define(slots=True)
class _Summary:
    hard_lo: int | None
    hard_hi: int | None
    soft_lo: int | None
    soft_hi: int | None
    cities: frozenset[str]
    countries: frozenset[str]
    occasions: frozenset[_OccKey]
    reports: frozenset[int]


def _span_ok(lo: int | None, hi: int | None, lo2: int | None, hi2: int | None, tol: int) -> bool:
    if lo is None or lo2 is None or hi is None or hi2 is None:
        return True
    return max(hi, hi2) - min(lo, lo2) <= tol


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def _compatible(a: _Summary, b: _Summary, tol: int) -> bool:
    if a.reports & b.reports:
        return False
    if not _span_ok(a.hard_lo, a.hard_hi, b.hard_lo, b.hard_hi, tol):
        return False
    if not _span_ok(a.soft_lo, a.soft_hi, b.soft_lo, b.soft_hi, tol):
        return False
    hard_lo, hard_hi = _min(a.hard_lo, b.hard_lo), _max(a.hard_hi, b.hard_hi)
    soft_lo, soft_hi = _min(a.soft_lo, b.soft_lo), _max(a.soft_hi, b.soft_hi)
    if (
        hard_lo is not None
        and hard_hi is not None
        and soft_lo is not None
        and soft_hi is not None
        and (soft_lo < hard_lo - tol or soft_hi > hard_hi + tol)
    ):
        return False
    if len(a.countries | b.countries) > 1:
        return False
    if not all(_cities_compatible(x, y) for x in a.cities for y in b.cities):
        return False
    return all(_occasions_compatible(x, y) for x in a.occasions for y in b.occasions)


def _joined(a: _Summary, b: _Summary) -> _Summary:
    return _Summary(
        hard_lo=_min(a.hard_lo, b.hard_lo),
        hard_hi=_max(a.hard_hi, b.hard_hi),
        soft_lo=_min(a.soft_lo, b.soft_lo),
        soft_hi=_max(a.soft_hi, b.soft_hi),
        cities=a.cities | b.cities,
        countries=a.countries | b.countries,
        occasions=a.occasions | b.occasions,
        reports=a.reports | b.reports,
    )


def _located(m: Meeting) -> Place | None:
    """The place, if it is evidence: a call's place is only where an outlet put it."""
    return m.place if m.mode is MeetingMode.IN_PERSON else None


def _summary(items: Sequence[_Item], tol: int) -> _Summary:
    """The summary of one telling, or the consensus of a group tied by near-duplicate text.

    In a tied group a value that the group's most agreed value contradicts
    is left out (it is a misreading, recorded later as a disagreement).
    """
    dates: Counter[int] = Counter()
    soft: Counter[int] = Counter()
    cities: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    occs: Counter[_OccKey] = Counter()
    for it in items:
        m = it.meeting
        if m.date is not None:
            dates[m.date.toordinal()] += it.weight
        elif it.published is not None:
            soft[it.published.toordinal()] += it.weight
        place = _located(m)
        if place is not None:
            if place.city:
                cities[_norm(place.city)] += it.weight
            if place.country:
                countries[place.country] += it.weight
        if m.occasion is not None:
            occs[_occasion_key(m.occasion)] += it.weight
    hard_lo = hard_hi = soft_lo = soft_hi = None
    if dates:
        mode = min(dates.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        near = [d for d in dates if abs(d - mode) <= tol]
        hard_lo, hard_hi = min(near), max(near)
    elif soft:
        mode = min(soft.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        near = [d for d in soft if abs(d - mode) <= tol]
        soft_lo, soft_hi = min(near), max(near)
    city_set: frozenset[str] = frozenset()
    if cities:
        top = min(cities.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
        city_set = frozenset(c for c in cities if _cities_compatible(c, top))
    country_set: frozenset[str] = frozenset()
    if countries:
        country_set = frozenset((min(countries.items(), key=lambda kv: (-kv[1], kv[0]))[0],))
    occ_set: frozenset[_OccKey] = frozenset()
    if occs:
        top_o = min(occs.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        occ_set = frozenset(o for o in occs if _occasions_compatible(o, top_o))
    reports: frozenset[int] = frozenset().union(*(it.reports for it in items))
    return _Summary(hard_lo, hard_hi, soft_lo, soft_hi, city_set, country_set, occ_set, reports)


_Profile = tuple[int, str, str, str, str, bool]
"""What matching looks at in one telling: reference day (the date, else the
publication day, else -1), city, country, occasion acronym and name, and
whether the reference day is a date."""


def _profile(m: Meeting, published: dt.date | None) -> _Profile:
    city = country = ""
    place = _located(m)
    if place is not None:
        city = _norm(place.city) if place.city else ""
        country = place.country or ""
    acr, occ = _occasion_key(m.occasion) if m.occasion is not None else ("", "")
    day = m.date or published
    return (day.toordinal() if day else -1, city, country, acr, occ, m.date is not None)


def _edge(p: _Profile, q: _Profile, tol: int) -> tuple[int, int] | None:
    """Whether two tellings (not tied by text) may be one meeting, and how strongly.

    Returns `(agreements, day difference)`, or `None` when they may not.
    """
    if p[0] < 0 or q[0] < 0 or abs(p[0] - q[0]) > tol:
        return None
    city = bool(p[1] and q[1] and _cities_compatible(p[1], q[1]))
    occ = bool(p[4] and q[4] and _occasions_compatible((p[3], p[4]), (q[3], q[4])))
    if not (p[5] and q[5]) and not (city or occ):
        return None  # an undated telling needs a place or an occasion that agrees
    agreements = (p[5] and q[5] and p[0] == q[0]) + (bool(p[1]) and p[1] == q[1]) + occ
    return agreements, abs(p[0] - q[0])


# Clustering within one block (same participants, same mode) ------------------------------


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> int:
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return rx
        root, child = min(rx, ry), max(rx, ry)
        self.parent[child] = root
        return root


def _cluster_block(block: list[_Item], tol: int) -> list[list[_Item]]:
    n = len(block)
    if n == 1:
        return [block]
    uf = _UnionFind(n)
    # 1. Near-duplicate texts of the same participants, mode and rank in their reports.
    tied: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, it in enumerate(block):
        if it.label >= 0:
            tied[(it.label, it.ordinal)].append(i)
    for members in tied.values():
        if len(members) < 2:
            continue
        dated = sorted(
            (i for i in members if block[i].meeting.date is not None),
            key=lambda i: (block[i].meeting.date, block[i].profile),
        )
        chains: list[list[int]] = []
        for i in dated:
            d = block[i].meeting.date
            prev = block[chains[-1][-1]].meeting.date if chains else None
            if chains and d is not None and prev is not None and (d - prev).days <= TEXT_WINDOW:
                chains[-1].append(i)
            else:
                chains.append([i])
        undated = [i for i in members if block[i].meeting.date is None]
        if len(chains) <= 1:
            chains = [(chains[0] if chains else []) + undated]
        for chain in chains:
            for i in chain[1:]:
                uf.union(chain[0], i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    summaries = {r: _summary([block[i] for i in g], tol) for r, g in groups.items()}
    # 2. Other tellings: candidate pairs of distinct profiles within the tolerance.
    if len(block[0].pkey) >= 2:
        reps: dict[tuple[int, _Profile], int] = {}
        for i, it in enumerate(block):
            if it.profile[0] >= 0:
                r = reps.setdefault((uf.find(i), it.profile), i)
                if it.key < block[r].key:
                    reps[(uf.find(i), it.profile)] = i
        keyed = sorted(
            ((p, block[i].key, i) for (_root, p), i in reps.items()), key=lambda t: t[:2]
        )
        edges: list[tuple[tuple[int, int, _Profile, _Profile], int, int]] = []
        for a, (pa, _ka, i) in enumerate(keyed):
            for pb, _kb, j in keyed[a + 1 :]:
                if pb[0] - pa[0] > tol:
                    break
                e = _edge(pa, pb, tol)
                if e is not None:
                    edges.append(((-e[0], e[1], pa, pb), i, j))
        edges.sort(key=lambda t: t[0])
        for _key, i, j in edges:
            ri, rj = uf.find(i), uf.find(j)
            if ri == rj:
                continue
            si, sj = summaries[ri], summaries[rj]
            if _compatible(si, sj, tol):
                root = uf.union(ri, rj)
                del summaries[ri if root == rj else rj]
                summaries[root] = _joined(si, sj)
        _join_undated(block, uf, summaries, tol)
    clusters: dict[int, list[_Item]] = defaultdict(list)
    for i, it in enumerate(block):
        clusters[uf.find(i)].append(it)
    return list(clusters.values())


def _near_day(month: int, day: int, ordinal: int, tol: int) -> bool:
    """Whether a day of some year, given only by month and day, is near a date."""
    d = dt.date.fromordinal(ordinal)
    for year in (d.year - 1, d.year, d.year + 1):
        try:
            other = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        if abs(other.toordinal() - ordinal) <= tol:
            return True
    return False


def _join_undated(
    block: list[_Item], uf: _UnionFind, summaries: dict[int, _Summary], tol: int
) -> None:
    """Join an undated group to the one dated group that its days fit.

    An undated group's days are its publication days or, when it has none,
    the month and day of its reports' datelines (a wire copy often says
    `VIENTIANE, July 25 (Xinhua) --` with no year, and the caller may not know
    the publication day). It joins a dated group of the same people and mode
    with a date within the tolerance of one of those days (for a dateline, in
    some year) when nothing contradicts, they agree on the city or the
    occasion (not needed for a call or a video link, whose place is no
    evidence), and no other dated group fits.
    """
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(block)):
        groups[uf.find(i)].append(i)
    dated = {r: g for r, g in groups.items() if summaries[r].hard_lo is not None}
    in_person = block[0].meeting.mode is MeetingMode.IN_PERSON
    joins: list[tuple[int, int]] = []
    for r, g in groups.items():
        s = summaries[r]
        days = {p for i in g if (p := block[i].partial) is not None}
        if s.hard_lo is not None or (s.soft_lo is None and not days):
            continue
        fits = []
        for rd, gd in dated.items():
            sd = summaries[rd]
            agree = any(_cities_compatible(a, b) for a in s.cities for b in sd.cities) or any(
                _occasions_compatible(a, b) for a in s.occasions for b in sd.occasions
            )
            if (in_person and not agree) or not _compatible(s, sd, tol):
                continue
            for i in gd:
                day = block[i].profile[0]
                if not block[i].profile[5]:
                    continue
                if s.soft_lo is not None and s.soft_hi is not None:
                    if s.soft_lo - tol <= day <= s.soft_hi + tol:
                        fits.append(rd)
                        break
                elif any(_near_day(month, dom, day, tol) for month, dom in days):
                    fits.append(rd)
                    break
        if len(fits) == 1:
            joins.append((r, fits[0]))
    for r, rd in joins:
        uf.union(r, rd)


# Merging one cluster ---------------------------------------------------------------------


def _choose(
    votes: Sequence[tuple[T, int, int]],
    key: Callable[[T], str],
    *,
    compatible: Callable[[T, T], bool] | None = None,
    specificity: Callable[[T], int] | None = None,
) -> T | None:
    """The value with the most support, then the most specific, agreed and primary.

    `votes` are `(value, weight, priority)`; support counts the weight of every
    compatible value (a country alone supports the city in it).
    """
    if not votes:
        return None
    exact: dict[str, list[Any]] = {}
    for value, weight, prio in votes:
        k = key(value)
        if k in exact:
            exact[k][1] += weight
            exact[k][2] = min(exact[k][2], prio)
        else:
            exact[k] = [value, weight, prio]
    best: tuple[Any, ...] | None = None
    chosen: T | None = None
    for k, (value, weight, prio) in exact.items():
        support = weight
        if compatible is not None:
            support = sum(w for v, w, _ in exact.values() if compatible(value, v))
        spec = specificity(value) if specificity is not None else 0
        rank = (-support, -spec, -weight, prio, k)
        if best is None or rank < best:
            best, chosen = rank, value
    return chosen


class _Merger:
    def __init__(self, names: _Names, statement_threshold: float) -> None:
        self.names = names
        self.statement_threshold = statement_threshold

    # -- people

    def _person(self, key: str, persons: list[tuple[Person, int, int]]) -> Person:
        mentions: set[str] = set()
        name = persons[0][0].name
        for p, _, _ in persons:
            mentions.update(p.mentions)
            name = self.names.name_of(p)
        for p, _, _ in persons:
            if p.name != name:
                mentions.add(p.name)
        country = _choose([(p.country, w, r) for p, w, r in persons if p.country], str)
        title = _choose([(p.title, w, r) for p, w, r in persons if p.title], str, specificity=len)
        org = _choose([(p.organization, w, r) for p, w, r in persons if p.organization], str)
        return Person(
            name=name,
            country=country,
            title=title,
            organization=org,
            mentions=tuple(sorted(mentions)),
        )

    def _rename(self, att: Attribution) -> Attribution:
        speakers = tuple(
            p if self.names.name_of(p) == p.name else attrs.evolve(p, name=self.names.name_of(p))
            for p in att.speakers
        )
        return att if speakers == att.speakers else attrs.evolve(att, speakers=speakers)

    # -- statements

    def _tellings(self, it: _Item) -> list[tuple[Statement, tuple[StatementSource, ...]]]:
        first = it.sources[0]
        out = []
        for s in it.meeting.statements:
            srcs = (
                s.sources
                if s.sources and not it.fresh
                else (
                    StatementSource(
                        report=first.report, meeting=first.meeting, text=s.text, span=s.span
                    ),
                )
            )
            out.append((s, srcs))
        return out

    def _speakers(self, s: Statement) -> frozenset[str]:
        return frozenset(self.names.key_of(p) for p in s.attribution.speakers)

    def _score(self, a: Statement, sa: frozenset[str], b: Statement, sb: frozenset[str]) -> float:
        if sa and sb and sa != sb:
            return 0.0
        if a.text == b.text:
            return 100.0
        return float(
            fuzz.token_sort_ratio(
                a.text, b.text, processor=default_process, score_cutoff=self.statement_threshold
            )
        )

    def _statements(self, members: list[_Item]) -> tuple[Statement, ...]:
        merged: list[list[tuple[Statement, tuple[StatementSource, ...]]]] = []
        speakers: dict[int, frozenset[str]] = {}
        for it in members:
            tellings = self._tellings(it)
            for st, _ in tellings:
                speakers[id(st)] = self._speakers(st)
            if not merged:
                merged = [[t] for t in tellings]
                continue
            if not tellings:
                continue
            pairs = []
            for i, (s, _) in enumerate(tellings):
                for g, group in enumerate(merged):
                    score = max(
                        self._score(s, speakers[id(s)], t, speakers[id(t)]) for t, _ in group
                    )
                    if score >= self.statement_threshold:
                        pairs.append((-score, i, g))
            pairs.sort()
            match: dict[int, int] = {}
            taken: set[int] = set()
            for _, i, g in pairs:
                if i not in match and g not in taken:
                    match[i] = g
                    taken.add(g)
            after: dict[int, list[list[tuple[Statement, tuple[StatementSource, ...]]]]] = (
                defaultdict(list)
            )
            last = -1
            for i, telling in enumerate(tellings):
                if i in match:
                    last = match[i]
                    merged[last].append(telling)
                else:
                    after[last].append([telling])
            rebuilt = list(after[-1])
            for g, group in enumerate(merged):
                rebuilt.append(group)
                rebuilt.extend(after[g])
            merged = rebuilt
        out = []
        for group in merged:
            s0 = group[0][0]
            srcs = sorted(
                (src for _, ss in group for src in ss),
                key=lambda x: (x.report, x.meeting, x.span, x.text),
            )
            out.append(
                attrs.evolve(s0, attribution=self._rename(s0.attribution), sources=tuple(srcs))
            )
        return tuple(out)

    # -- the meeting

    def merge(self, members: list[_Item]) -> Meeting:
        if len(members) > 1:
            keys = [_member_key(it) for it in members]
            if len(set(keys)) < len(keys):  # alike in what the key sees: all of it then
                keys = [(*k, _full_content(it)) for k, it in zip(keys, members, strict=True)]
            order = sorted(range(len(members)), key=keys.__getitem__)
            members = [members[i] for i in order]
        lead = members[0].meeting
        votes: dict[str, list[tuple[Any, int, int]]] = {
            f: [(v, it.weight, it.priority) for it in members if (v := getattr(it.meeting, f))]
            for f in ("date", "host", "occasion", "place")
        }
        votes["place"] = [v for v in votes["place"] if v[0].city or v[0].country]
        date = _choose(votes["date"], lambda d: d.isoformat())
        place = _choose(
            votes["place"],
            _place_str,
            compatible=_place_compatible,
            specificity=lambda p: bool(p.city) + bool(p.country),
        )
        if place is None and lead.place is not None:
            place = lead.place  # an empty Place() stays as it was
        host = _choose(votes["host"], str)
        occasion = _choose(
            votes["occasion"],
            lambda o: "\x1f".join(_occasion_key(o)),
            compatible=lambda a, b: _occasions_compatible(_occasion_key(a), _occasion_key(b)),
            specificity=lambda o: bool(o.acronym) + bool(o.mention),
        )
        # Disagreements: values that contradict the chosen one, with those already recorded.
        chosen: dict[str, str | None] = {
            "date": date.isoformat() if date else None,
            "mode": lead.mode.value,
            "place": _place_str(place) if place is not None else None,
            "host": host,
            "occasion": occasion.name if occasion is not None else None,
        }
        rest: dict[str, set[str]] = defaultdict(set)
        first_seen: dict[str, str] = {}
        for d in votes["date"]:
            rest["date"].add(d[0].isoformat())
        if place is not None:
            for p, _, _ in votes["place"]:
                if not _place_compatible(p, place):
                    rest["place"].add(_place_str(p))
        for h, _, _ in votes["host"]:
            rest["host"].add(h)
        if occasion is not None:
            ok = _occasion_key(occasion)
            for o, _, _ in votes["occasion"]:
                if not _occasions_compatible(_occasion_key(o), ok):
                    rest["occasion"].add(o.name)
        for it in members:
            if it.fresh:
                continue
            for dis in it.meeting.disagreements:
                if dis.values:
                    first_seen.setdefault(dis.field, dis.values[0])
                rest[dis.field].update(dis.values)
        disagreements = []
        ordered = [f for f in _FIELDS if f in rest] + sorted(f for f in rest if f not in _FIELDS)
        for f in ordered:
            head = chosen[f] if f in chosen else first_seen.get(f)
            others = sorted(rest[f] - {head} - {""}) if head is not None else sorted(rest[f])
            if others:
                values = (head, *others) if head is not None else tuple(others)
                disagreements.append(Disagreement(field=f, values=values))
        # People: one per canonical person, in the lead telling's order.
        people: dict[str, list[tuple[Person, int, int]]] = {}
        for it in members:
            for p in it.meeting.participants:
                people.setdefault(self.names.key_of(p), []).append((p, it.weight, it.priority))
        participants = tuple(self._person(k, ps) for k, ps in people.items())
        spans = {it.meeting.span for it in members}
        sources = sorted(
            (s for it in members for s in it.sources),
            key=lambda s: (
                s.report,
                s.meeting,
                s.source,
                s.url or "",
                s.published.isoformat() if s.published else "",
                s.title or "",
            ),
        )
        return Meeting(
            date=date,
            mode=lead.mode,
            place=place,
            host=host,
            occasion=occasion,
            participants=participants,
            statements=self._statements(members),
            span=spans.pop() if len(spans) == 1 else None,
            sources=tuple(sources),
            disagreements=tuple(disagreements),
        )


def _member_key(it: _Item) -> tuple[Any, ...]:
    """Who leads a merge: the ministry before the wire, the fullest telling; then by content."""
    m = it.meeting
    known = sum(x is not None for x in (m.date, m.place, m.host, m.occasion))
    return (it.priority, -len(m.statements), -known, it.key)


def _full_content(it: _Item) -> str:
    """All that a telling says, for the rare tie of `_member_key`."""
    m = it.meeting
    return repr(
        (
            m.date,
            m.mode,
            m.place,
            m.host,
            m.occasion,
            m.participants,
            tuple((s.text, s.span, s.kind, s.attribution) for s in m.statements),
            m.span,
            () if it.fresh else m.disagreements,
            tuple((s.source, s.url, s.published, s.title) for s in it.sources),
        )
    )


# The pass and the fixed point ------------------------------------------------------------


@attrs.frozen
class _Options:
    tol: int
    text_threshold: float
    name_threshold: float
    statement_threshold: float


def _unchanged(m: Meeting, names: _Names) -> bool:
    """Whether a meeting that `dedupe` made would come out of a merge of its own unchanged."""
    return all(names.name_of(p) == p.name for p in m.participants) and all(
        names.name_of(p) == p.name for s in m.statements for p in s.attribution.speakers
    )


def _content_keys(items: list[_Item]) -> None:
    """Give each telling a key made of its content and its report's, for tie-breaks.

    The report's other meetings are part of it: two tellings alike but for
    their reports' other meetings are not interchangeable.
    """
    by_doc: dict[int, list[_Item]] = defaultdict(list)
    for it in items:
        by_doc[it.doc].append(it)
    for its in by_doc.values():
        context = tuple((it.pkey, it.meeting.mode.value, it.profile) for it in its)
        for j, it in enumerate(its):
            src = it.sources[0]
            it.key = (
                context,
                j,
                tuple((s.text, s.span) for s in it.meeting.statements),
                src.source,
                src.url or "",
                it.published.isoformat() if it.published else "",
                src.title or "",
            )


def _one_pass(
    inputs: Iterable[Report | Meeting], opts: _Options, *, progress: bool, settled: bool = False
) -> list[Meeting]:
    """Cluster and merge once. `settled`: the inputs are the output of a pass."""
    builder = _minhash.SignatureBuilder(min_words=MIN_TIE_WORDS)
    items = _items_of(inputs, builder, progress)
    sig, valid = builder.finish()
    labels = _minhash.components(sig, valid, opts.text_threshold).tolist()
    group_size = Counter(labels)
    names = _Names(opts.name_threshold)
    for it in items:
        for p in it.meeting.participants:
            names.add(p, it.weight, it.priority)
        for st in it.meeting.statements:
            for p in st.attribution.speakers:  # known, but not counted for the spelling
                names.add(p, 0, it.priority)
    names.build()
    blocks: dict[tuple[tuple[str, ...], str], list[_Item]] = defaultdict(list)
    seen: dict[tuple[int, tuple[str, ...], str], int] = defaultdict(int)
    singles: list[list[_Item]] = []
    for it in items:
        m = it.meeting
        it.pkey = tuple(sorted({names.key_of(p) for p in m.participants}))
        if not it.pkey:
            singles.append([it])  # nobody to match on: never merged
            continue
        key = (it.pkey, m.mode.value)
        rank = (it.doc, *key)
        it.ordinal = seen[rank]
        seen[rank] += 1
        label = labels[it.doc]
        # A text tie needs a near duplicate of another text: a group of one is no tie.
        it.label = label if label >= 0 and group_size[label] > 1 else -1
        it.profile = _profile(m, it.published)
        blocks[key].append(it)
    _content_keys(items)
    clusters: list[list[_Item]] = list(singles)
    block_iter: Iterable[tuple[tuple[tuple[str, ...], str], list[_Item]]] = sorted(blocks.items())
    if progress:
        from tqdm import tqdm  # noqa: PLC0415 - only when asked, and only on a terminal

        block_iter = tqdm(
            block_iter, desc="dedupe: merging", unit="block", disable=None, leave=False
        )
    for _key, block in block_iter:
        clusters.extend(_cluster_block(block, opts.tol))
    merger = _Merger(names, opts.statement_threshold)
    merged = [
        c[0].meeting
        if settled and len(c) == 1 and _unchanged(c[0].meeting, names)
        else merger.merge(c)
        for c in clusters
    ]
    merged.sort(key=lambda m: (m.sources[0].report, m.sources[0].meeting) if m.sources else (0, 0))
    return merged


def dedupe(
    reports: Iterable[Report | Meeting],
    *,
    tolerance: int | dt.timedelta = DEFAULT_TOLERANCE,
    text_threshold: float = 0.8,
    name_threshold: float = 90.0,
    statement_threshold: float = 70.0,
    progress: bool = False,
) -> list[Meeting]:
    """Merge the tellings of each real meeting into one record, keeping every source.

    Two tellings are one meeting when they have the same participants (by
    canonical name, in any order), the same mode, no report in common, and
    either near-duplicate story texts (the same rank among the report's
    meetings of those people, dates at most `TEXT_WINDOW` days apart), or:
    both dated at most `tolerance` apart, or, for an undated telling,
    publication and date at most `tolerance` apart *and* the same city or
    occasion, or its publication day (or else its dateline's month and day)
    fitting one dated meeting only; and never a contradicting city, country or occasion anywhere
    in the merged group, nor dates more than `tolerance` apart. See the
    Deduplication page of the docs for every rule.

    A merged meeting takes each field from the most agreed value (weighted by
    sources; for places and occasions a compatible but less specific value
    counts as agreeing), then the most specific, then the primary source
    (`mfa`, then `xinhua`, `cgtn`, `generic`); contradicting values go to
    `disagreements`, chosen value first. Statements that several tellings
    give are aligned by fuzzy matching into one statement whose `sources`
    hold each telling's text and span; a statement only one telling gives
    stays. Meetings are returned in the order of their first source.

    Args:
        reports: [`Report`][diplomeet.Report]s as `parse` returns them, or
            [`Meeting`][diplomeet.Meeting]s (such as `dedupe`'s own output), in
            any iterable; read once. A report's meetings get fresh sources
            `(report position, meeting position)` (whatever sources they
            carried are ignored); a meeting keeps its `sources` and
            `disagreements`, or, with none, gets `(position, 0)` and source
            `"unknown"`.
        tolerance: days (or a `timedelta`) by which tellings' dates may differ.
        text_threshold: the least estimated Jaccard similarity of two story
            texts that tie their meetings (texts under `MIN_TIE_WORDS` words never do).
        name_threshold: the least rapidfuzz ratio (0-100) for two spellings of
            a name of one country to be one person (see the docs for the other
            conditions).
        statement_threshold: the least rapidfuzz token-sort ratio (0-100) for
            two statements of the same speakers to be one statement.
        progress: show progress bars on standard error (only on a terminal).

    Returns:
        One `Meeting` per real meeting. Every meeting of every input report is
        in exactly one `sources`; `dedupe` of the result gives the result.

    Raises:
        TypeError: if an input is neither a `Report` nor a `Meeting`.
        ValueError: if a threshold or the tolerance is out of range.

    Examples:
        >>> import datetime as dt
        >>> from diplomeet import Meeting, Person, Report, dedupe
        >>> a, b = Person(name="Wang Yi", country="CHN"), Person(name="Penny Wong", country="AUS")
        >>> call = Meeting(date=dt.date(2023, 3, 2), mode="phone", participants=(a, b))
        >>> met = Meeting(date=dt.date(2023, 3, 2), participants=(b, a))
        >>> out = dedupe([Report(source="mfa", meetings=(call,)),
        ...               Report(source="xinhua", meetings=(call, met))])
        >>> [(m.mode.value, [(s.report, s.meeting) for s in m.sources]) for m in out]
        [('phone', [(0, 0), (1, 0)]), ('in_person', [(1, 1)])]
        >>> dedupe(out) == out
        True
    """
    tol = tolerance.days if isinstance(tolerance, dt.timedelta) else int(tolerance)
    if tol < 0:
        msg = f"tolerance must not be negative, got {tolerance!r}"
        raise ValueError(msg)
    _check_threshold("text_threshold", text_threshold)
    for name, value in (
        ("name_threshold", name_threshold),
        ("statement_threshold", statement_threshold),
    ):
        if not 0.0 <= value <= 100.0:
            msg = f"{name} must be in [0, 100], got {value!r}"
            raise ValueError(msg)
    opts = _Options(tol, text_threshold, name_threshold, statement_threshold)
    result = _one_pass(reports, opts, progress=progress)
    for _ in range(MAX_ROUNDS):
        again = _one_pass(result, opts, progress=False, settled=True)
        if again == result:
            break
        result = again
    return result
