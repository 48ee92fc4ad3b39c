"""The annotated corpora under tests/: every gold file is one the shared scorer can read.

tests/reports was written early and used for tuning; tests/reports2 (other outlets) and
tests/reports3 (Chinese sources) were written without reading the parser or each other, and
so were tests/reports4 (outlets of every region, wires, more Chinese sources),
tests/reports5 (ministries' own readouts, wires of every region, machine translations) and
tests/reports6 (ministries of Europe, Latin America, Africa, Central Asia, the Pacific and
the Gulf; newspapers of every region, transcripts, machine translations) and tests/reports7
(Chinese sources beyond the Foreign Minister; the big ministries and governments of the
world, their agencies, the UN Secretary-General) and tests/reports8 (Africa, Latin America,
Central Asia, the Caucasus and the Pacific; Europe beyond the big four, the EU, the Gulf and
Asia-Pacific middle powers; first-person releases, single quotation marks, group subjects)
and tests/reports9 (South Asia, Russia, the Middle East, East Asia; North America, the UK, the
UN, NATO, wires and Chinese outlets beyond the ministry; meetings in subordinate clauses and
several meetings in one sentence) and tests/reports10 (Europe, Africa, Latin America; Chinese
sources beyond the usual officials; calls told as conversations, readouts quoted whole) and
tests/reports11 (Asia-Pacific and the Gulf; China, Russia and Central Asia; transcripts with
labels, trips told day by day, two readouts on one page) and tests/reports12 (the structure
of reports: separate and follow-on meetings, digests and round-ups, live blogs, features
quoting analysts, meetings scheduled or called off) and tests/reports13 (people and speech:
names in their own order, royals, clergy and honorifics, plural counterparts, pronouns with
two women in the story, titles written several ways, relayed readouts, sign-offs) and
tests/reports14 (time, place, occasion, mode and host: dates written every way, venues and
meeting cities other than the dateline, summits, dialogues' rounds, calls across time zones,
several meetings in one report, recalled meetings) and tests/reports15 (other ministers'
readouts and messy pages: house styles of ministries other than China's, wires carrying
them, republished, machine-translated, pasted-twice and bilingual pages, live blogs and
transcripts) and tests/reports16 (summits, group meetings and several meetings per report:
participants listed apart from the verb, days of sideline bilaterals, round-ups over several
days, relative days, recalled meetings) and tests/reports17 (recent, ordinary reports: 2025-26
office-holders and events, phone calls, receptions, short wire briefs, negatives) and
tests/reports18 (other ministers and outlets across the years: 2015-24 reports from the
ministries and news agencies of Latin America, Africa, Central Asia, the Caucasus, the
Balkans, the Baltics, the Nordics, Southeast Asia, the Pacific and the Gulf) and
tests/reports19 (the extremes of length and shape: posts, alerts, captions and round-ups
under 1 kB, transcripts, joint statements, tours, features and live blogs over 6 kB, and
readouts told in an unusual order).
These tests never run the parser: they check the annotations against the rules of
`gold_corpus`, and that each corpus covers what it is for.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gold_corpus import (
    SOURCES,
    Corpus,
    alias_problems,
    anchor_problems,
    document_problems,
    meeting_problems,
    occurrences,
)

HERE = Path(__file__).parent
DEVELOPMENT = Corpus(HERE / "reports", min_anchors=5)
OTHER_OUTLETS = Corpus(HERE / "reports2", min_anchors=8)
CHINESE_SOURCES = Corpus(HERE / "reports3", min_anchors=8)
WORLD_SOURCES = Corpus(HERE / "reports4", min_anchors=8)
READOUTS_AND_WIRES = Corpus(HERE / "reports5", min_anchors=8)
MINISTRIES_AND_PAPERS = Corpus(HERE / "reports6", min_anchors=8)
OFFICIALS_AND_GOVERNMENTS = Corpus(HERE / "reports7", min_anchors=8)
REGIONS_AND_VOICES = Corpus(HERE / "reports8", min_anchors=8)
EAST_AND_WEST = Corpus(HERE / "reports9", min_anchors=8)
FAR_AND_NEAR = Corpus(HERE / "reports10", min_anchors=8)
GULF_TO_STEPPE = Corpus(HERE / "reports11", min_anchors=8)
SHAPES_OF_REPORTS = Corpus(HERE / "reports12", min_anchors=8)
PEOPLE_AND_SPEECH = Corpus(HERE / "reports13", min_anchors=8)
WHEN_AND_WHERE = Corpus(HERE / "reports14", min_anchors=8)
OTHER_MINISTERS = Corpus(HERE / "reports15", min_anchors=8)
SUMMITS_AND_GROUPS = Corpus(HERE / "reports16", min_anchors=8)
RECENT_AND_ORDINARY = Corpus(HERE / "reports17", min_anchors=8)
ACROSS_THE_WORLD = Corpus(HERE / "reports18", min_anchors=8)
LENGTHS_AND_SHAPES = Corpus(HERE / "reports19", min_anchors=3)
CORPORA = {
    "reports": DEVELOPMENT,
    "reports2": OTHER_OUTLETS,
    "reports3": CHINESE_SOURCES,
    "reports4": WORLD_SOURCES,
    "reports5": READOUTS_AND_WIRES,
    "reports6": MINISTRIES_AND_PAPERS,
    "reports7": OFFICIALS_AND_GOVERNMENTS,
    "reports8": REGIONS_AND_VOICES,
    "reports9": EAST_AND_WEST,
    "reports10": FAR_AND_NEAR,
    "reports11": GULF_TO_STEPPE,
    "reports12": SHAPES_OF_REPORTS,
    "reports13": PEOPLE_AND_SPEECH,
    "reports14": WHEN_AND_WHERE,
    "reports15": OTHER_MINISTERS,
    "reports16": SUMMITS_AND_GROUPS,
    "reports17": RECENT_AND_ORDINARY,
    "reports18": ACROSS_THE_WORLD,
    "reports19": LENGTHS_AND_SHAPES,
}
GOLD_FILES = [
    pytest.param(corpus, path, id=f"{name}/{path.stem}")
    for name, corpus in CORPORA.items()
    for path in corpus.gold_files
]


@pytest.mark.parametrize(
    ("corpus", "size"),
    [
        (DEVELOPMENT, 40),
        (OTHER_OUTLETS, 40),
        (CHINESE_SOURCES, 30),
        (WORLD_SOURCES, 50),
        (READOUTS_AND_WIRES, 50),
        (MINISTRIES_AND_PAPERS, 50),
        (OFFICIALS_AND_GOVERNMENTS, 50),
        (REGIONS_AND_VOICES, 50),
        (EAST_AND_WEST, 50),
        (FAR_AND_NEAR, 50),
        (GULF_TO_STEPPE, 50),
        (SHAPES_OF_REPORTS, 50),
        (PEOPLE_AND_SPEECH, 50),
        (WHEN_AND_WHERE, 50),
        (OTHER_MINISTERS, 50),
        (SUMMITS_AND_GROUPS, 50),
        (RECENT_AND_ORDINARY, 50),
        (ACROSS_THE_WORLD, 50),
        (LENGTHS_AND_SHAPES, 50),
    ],
)
def test_each_text_has_its_gold(corpus: Corpus, size: int) -> None:
    """The texts and gold files pair up by name, as many as the corpus was written with."""
    golds = {p.stem for p in corpus.gold_files}
    assert len(golds) >= size if corpus is DEVELOPMENT else len(golds) == size
    assert golds == corpus.text_stems


@pytest.mark.parametrize("corpus", CORPORA.values(), ids=CORPORA.keys())
def test_aliases_name_each_person_once(corpus: Corpus) -> None:
    """aliases.json maps canonical names to distinct variants; no spelling names two."""
    assert corpus.aliases
    assert alias_problems(corpus.aliases) == []


@pytest.mark.parametrize(("corpus", "path"), GOLD_FILES)
def test_gold_file_is_well_formed(corpus: Corpus, path: Path) -> None:
    """Document fields, the meetings, and names that are canonical, never a variant."""
    gold = corpus.load(path)
    assert document_problems(path, gold, corpus.text(gold)) == []
    assert [p for m in gold["meetings"] for p in meeting_problems(m, corpus.aliases)] == []
    variants = {v.casefold() for vs in corpus.aliases.values() for v in vs}
    used = {p for m in gold["meetings"] for p in m["participants"]}
    used |= {s for st in gold["statements"] for s in st["speakers"]}
    assert {u for u in used if u.casefold() in variants} == set()


@pytest.mark.parametrize(("corpus", "path"), GOLD_FILES)
def test_every_anchor_occurs_once(corpus: Corpus, path: Path) -> None:
    """Each anchor is found exactly once and names canonical speakers."""
    gold = corpus.load(path)
    assert anchor_problems(gold, corpus.text(gold), corpus.aliases, corpus.min_anchors) == []


def test_the_development_corpus_covers_every_format_and_kind() -> None:
    """Every source and mode; hosts and none; undated, several and no meetings."""
    docs = [DEVELOPMENT.load(p) for p in DEVELOPMENT.gold_files]
    assert {s for d in docs for s in d["source"]} == SOURCES
    meetings = [m for d in docs for m in d["meetings"]]
    assert {m["mode"] for m in meetings} == {"in_person", "phone", "video"}
    assert any(m["host"] is None for m in meetings)
    assert any(m["host"] == "CHN" for m in meetings)
    assert any(m["date"] is None for m in meetings)
    assert any(len(d["meetings"]) > 1 for d in docs)
    assert sum(d["meetings"] == [] for d in docs) >= 3
    assert any("" in m["participant_countries"] for m in meetings)
    assert any("CHN" not in m["participant_countries"] for m in meetings)


def test_the_tenth_corpus_covers_calls_negatives_and_organisations() -> None:
    """Every mode, three negatives, several meetings in a report, an organisation's official."""
    docs = [FAR_AND_NEAR.load(p) for p in FAR_AND_NEAR.gold_files]
    meetings = [m for d in docs for m in d["meetings"]]
    assert {m["mode"] for m in meetings} == {"in_person", "phone", "video"}
    assert sum(not d["meetings"] for d in docs) >= 6
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 3
    assert any("" in m["participant_countries"] for m in meetings)


def test_the_when_and_where_corpus_covers_what_it_is_for() -> None:
    """Every mode, hosts of each kind, occasions, many reports of several meetings."""
    docs = [WHEN_AND_WHERE.load(p) for p in WHEN_AND_WHERE.gold_files]
    meetings = [m for d in docs for m in d["meetings"]]
    assert {m["mode"] for m in meetings} == {"in_person", "phone", "video"}
    assert sum(m["host"] is None and m["mode"] == "in_person" for m in meetings) >= 3
    assert sum(any(m.get("occasion") or [None]) for m in meetings) >= 20
    assert sum(not d["meetings"] for d in docs) >= 6
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 15


def test_the_other_ministers_corpus_covers_what_it_is_for() -> None:
    """Other ministers than China's, every mode, groups, negatives, several meetings."""
    docs = [OTHER_MINISTERS.load(p) for p in OTHER_MINISTERS.gold_files]
    meetings = [m for d in docs for m in d["meetings"]]
    assert {m["mode"] for m in meetings} == {"in_person", "phone", "video"}
    assert sum("CHN" not in m["participant_countries"] for m in meetings) >= 40
    assert sum(len(m["participants"]) >= 3 for m in meetings) >= 4
    assert sum(not d["meetings"] for d in docs) >= 6
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 15


def test_the_summits_and_groups_corpus_covers_what_it_is_for() -> None:
    """Groups of three and of four or more, reports of several meetings, occasions, negatives."""
    docs = [SUMMITS_AND_GROUPS.load(p) for p in SUMMITS_AND_GROUPS.gold_files]
    meetings = [m for d in docs for m in d["meetings"]]
    assert {m["mode"] for m in meetings} == {"in_person", "phone", "video"}
    assert sum(len(m["participants"]) >= 3 for m in meetings) >= 15
    assert sum(len(m["participants"]) >= 4 for m in meetings) >= 8
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 30
    assert sum(any(m.get("occasion") or [None]) for m in meetings) >= 50
    assert sum(not d["meetings"] for d in docs) >= 6


def test_the_recent_corpus_covers_what_it_is_for() -> None:
    """Meetings of 2025 and after, phone calls, organisations, several meetings, negatives."""
    docs = [RECENT_AND_ORDINARY.load(p) for p in RECENT_AND_ORDINARY.gold_files]
    meetings = [m for d in docs for m in d["meetings"]]
    assert sum((m["date"] or "") >= "2025-01-01" for m in meetings) >= 50
    assert sum(m["mode"] == "phone" for m in meetings) >= 10
    assert sum("" in m["participant_countries"] for m in meetings) >= 10
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 10
    assert sum(not d["meetings"] for d in docs) >= 6


def test_the_world_corpus_covers_what_it_is_for() -> None:
    """Meetings of 2015-24 away from the big powers: calls, organisations, several meetings."""
    docs = [ACROSS_THE_WORLD.load(p) for p in ACROSS_THE_WORLD.gold_files]
    meetings = [m for d in docs for m in d["meetings"]]
    assert sum("2015-01-01" <= (m["date"] or "") < "2025-01-01" for m in meetings) >= 50
    assert {m["mode"] for m in meetings} == {"in_person", "phone", "video"}
    assert sum(m["mode"] == "phone" for m in meetings) >= 5
    assert sum("" in m["participant_countries"] for m in meetings) >= 4
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 10
    assert sum(not d["meetings"] for d in docs) >= 6
    countries = {c for m in meetings for c in m["participant_countries"]}
    assert len(countries - {"", "CHN", "USA", "RUS", "IND"}) >= 40


def test_the_lengths_corpus_covers_what_it_is_for() -> None:
    """Items under 1 kB and over 6 kB; negatives, several meetings, every mode."""
    docs = [LENGTHS_AND_SHAPES.load(p) for p in LENGTHS_AND_SHAPES.gold_files]
    sizes = [len(LENGTHS_AND_SHAPES.text(d).encode()) for d in docs]
    assert sum(size < 1024 for size in sizes) >= 12
    assert sum(size > 6000 for size in sizes) >= 12
    meetings = [m for d in docs for m in d["meetings"]]
    assert {m["mode"] for m in meetings} == {"in_person", "phone", "video"}
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 8
    assert sum(not d["meetings"] for d in docs) >= 6
    # A short item's anchors cover it; a long one's are spread over it.
    for d, size in zip(docs, sizes, strict=True):
        assert len(d["statements"]) >= (3 if size < 1024 else 8)


def test_the_chinese_source_corpus_covers_what_it_is_for() -> None:
    """Every source, mode and kind of host; negatives, several meetings, organisations."""
    docs = [CHINESE_SOURCES.load(p) for p in CHINESE_SOURCES.gold_files]
    meetings = [m for d in docs for m in d["meetings"]]
    assert {s for d in docs for s in d["source"]} == SOURCES
    assert {m["mode"] for m in meetings} == {"in_person", "phone", "video"}
    hosts = Counter("none" if m["host"] is None else m["host"] == "CHN" for m in meetings)
    assert hosts["none"] and hosts[True] and hosts[False]
    assert sum(not d["meetings"] for d in docs) >= 4
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 3
    assert any("" in m["participant_countries"] for m in meetings)
    assert any(st.get("meeting", 0) > 0 for d in docs for st in d["statements"])


def test_occurrences_treats_white_space_alike() -> None:
    """The anchor matcher is blind to the kind and length of white space, and to order."""
    assert occurrences("a\u00a0b  c\nd", "a b c d") == 1
    assert occurrences("a\u00a0 b\n\tc a b c", "a b c") == 2
    assert occurrences("x y x y", "x y") == 2
    assert occurrences("x y", "y x") == 0
    assert occurrences("a bc", "a b c") == 0


def test_the_anchor_rule_can_fail() -> None:
    """The checks report a missing, a repeated and a split anchor, and unknown speakers."""
    text = "Wang said the two sides\u00a0should meet.\nThe two sides should meet."
    assert occurrences(text, "the two  sides should") == 1
    assert occurrences(text, "two sides should meet") == 2
    assert occurrences(text, "Wang Yi said") == 0
    gold = {"meetings": [], "statements": [{"anchor": "Wang Yi said", "speakers": ["Nobody"]}]}
    problems = anchor_problems(gold, text, {"Wang Yi": []}, 8)
    assert any("found 0 times" in p for p in problems)
    assert any("speakers ['Nobody']" in p for p in problems)
    assert any("1 anchors" in p for p in problems)


def test_the_meeting_rules_can_fail() -> None:
    """A call with a place, a foreign host and an unknown name are all reported."""
    bad = {
        "date": "2024-02-30",
        "city": "Beijing",
        "country": "CHN",
        "participants": ["Wang Yi", "Nobody"],
        "participant_countries": ["CHN", "xx"],
        "mode": "phone",
        "host": "USA",
    }
    problems = " | ".join(meeting_problems(bad, {"Wang Yi": []}))
    for part in ("'Nobody'", "participant_countries", "date", "host 'USA'", "no place"):
        assert part in problems


def test_the_alias_and_document_rules_can_fail(tmp_path: Path) -> None:
    """A spelling owned by two names, and a gold file with meetings and a negative note."""
    assert alias_problems({"Wang Yi": ["Wang"], "Wang Wentao": ["wang"]})
    path = tmp_path / "001_x.json"
    gold = {
        "file": "texts/001_x.txt",
        "source": ["tass"],
        "published": "2024-13-01",
        "notes": "",
        "title": "Not in the text",
        "negative": "no meeting",
        "meetings": [{}],
        "statements": [],
    }
    problems = " | ".join(document_problems(path, gold, "Some text"))
    for part in ("source", "published", "no notes", "title", "negative"):
        assert part in problems
