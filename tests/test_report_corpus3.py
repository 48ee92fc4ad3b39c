"""The third held-out corpus, tests/reports3: thirty Chinese-source reports and their gold.

tests/reports3 was written without reading the parser or the other two corpora. This test
never runs the parser: it checks that the annotations are ones the shared scorer can read.
Each gold file is well formed (the keys, dates, modes, countries and names the scorer
expects), and every anchor occurs exactly once in its text, any run of white space in the
anchor matching any run in the text, as the shared gold checker demands, so that the
scorer finds the one statement that holds it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent / "reports3"
GOLD_FILES = sorted(p for p in (HERE / "gold").glob("*.json") if not p.name.startswith("aliases"))
ALIASES: dict[str, list[str]] = json.loads(
    (HERE / "gold" / "aliases.json").read_text(encoding="utf-8")
)

ALLOWED = {
    "doc": {"file", "source", "published", "title", "notes", "negative", "meetings", "statements"},
    "meeting": set(
        "date city country participants participant_countries titles occasion mode host".split()
    ),
    "anchor": {"anchor", "speakers", "alt", "meeting"},
}
SOURCES = {"mfa", "xinhua", "cgtn", "generic"}
MODES = {"in_person", "phone", "video"}
ALPHA3 = re.compile(r"[A-Z]{3}")


def count_anchor(text: str, anchor: str) -> int:
    """How many times an anchor occurs in a text, any white space matching any other.

    Args:
        text: The report's text.
        anchor: A verbatim phrase of the gold file.

    Returns:
        The number of non-overlapping matches.
    """
    words = anchor.split()
    return len(re.findall(r"\s+".join(map(re.escape, words)), text))


def iso_day(value: Any) -> bool:
    """Whether a value is a YYYY-MM-DD calendar date string."""
    try:
        return isinstance(value, str) and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def read(path: Path) -> dict[str, Any]:
    """One gold file."""
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def meeting_problems(m: dict[str, Any]) -> list[str]:
    """What is wrong with one gold meeting, as readable strings (empty when nothing)."""
    found: list[str] = []
    if set(m) - ALLOWED["meeting"]:
        found.append(f"unknown meeting keys {set(m) - ALLOWED['meeting']}")
    people, countries = m["participants"], m["participant_countries"]
    if len(people) < 2 or len(set(people)) != len(people):
        found.append(f"participants {people}")
    found += [f"not a canonical name: {p!r}" for p in people if p not in ALIASES]
    if len(countries) != len(people) or not all(c == "" or ALPHA3.fullmatch(c) for c in countries):
        found.append(f"participant_countries {countries}")
    if not (m["date"] is None or iso_day(m["date"])):
        found.append(f"date {m['date']!r}")
    if m["mode"] not in MODES:
        found.append(f"mode {m['mode']!r}")
    if m["host"] is not None and m["host"] not in countries:
        found.append(f"host {m['host']!r} is no participant's country")
    if m["mode"] != "in_person" and (m["city"], m["country"], m["host"]) != (None, None, None):
        found.append("a call has no place and no host")
    if m["mode"] == "in_person" and not (m["city"] and m["country"]):
        found.append("a meeting in person has a city and a country")
    if m["country"] is not None and not ALPHA3.fullmatch(m["country"]):
        found.append(f"country {m['country']!r}")
    found += [f"title for a non-participant {w!r}" for w in m.get("titles", {}) if w not in people]
    occasion = m.get("occasion", [None])
    if not occasion or not all(o is None or (isinstance(o, str) and o) for o in occasion):
        found.append(f"occasion {occasion!r}")
    return found


def anchor_problems(gold: dict[str, Any], text: str) -> list[str]:
    """What is wrong with a gold file's anchors: the shared checker's rule and the names."""
    found: list[str] = []
    statements = gold["statements"]
    if not 8 <= len(statements) <= 20:
        found.append(f"{len(statements)} anchors, want 8 to 20")
    for st in statements:
        if set(st) - ALLOWED["anchor"]:
            found.append(f"unknown anchor keys {set(st) - ALLOWED['anchor']}")
        n = count_anchor(text, st["anchor"])
        if n != 1:
            found.append(f"anchor found {n} times: {st['anchor']!r}")
        for reading in [st["speakers"], *st.get("alt", [])]:
            if len(set(reading)) != len(reading) or not all(s in ALIASES for s in reading):
                found.append(f"speakers {reading} of {st['anchor']!r}")
        if "meeting" in st and not 0 <= st["meeting"] < len(gold["meetings"]):
            found.append(f"meeting {st['meeting']} of {st['anchor']!r}")
    return found


def test_thirty_reports_each_with_its_gold() -> None:
    """Thirty texts, thirty gold files, paired by name."""
    texts = {p.stem for p in (HERE / "texts").glob("*.txt")}
    golds = {p.stem for p in GOLD_FILES}
    assert len(golds) == 30
    assert texts == golds
    assert all(re.fullmatch(r"\d{3}_[a-z0-9_]+", stem) for stem in golds)


def test_aliases_name_each_person_once() -> None:
    """A spelling belongs to one canonical name; no canonical name is another's variant."""
    owners: dict[str, set[str]] = {}
    for name, variants in ALIASES.items():
        assert name and name == name.strip()
        assert isinstance(variants, list) and name not in variants
        for form in {name, *variants}:
            owners.setdefault(form.casefold(), set()).add(name)
    assert {form: who for form, who in owners.items() if len(who) > 1} == {}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(path: Path) -> None:
    """Document keys, its text, the source, dates, the meetings and the negative note."""
    gold = read(path)
    assert set(gold) <= ALLOWED["doc"]
    assert gold["file"] == f"texts/{path.stem}.txt"
    text = (HERE / gold["file"]).read_text(encoding="utf-8")
    assert gold["source"] and set(gold["source"]) <= SOURCES
    assert gold["published"] is None or iso_day(gold["published"])
    assert gold["notes"].strip()
    if "title" in gold:
        assert gold["title"] in {" ".join(line.split()) for line in text.splitlines()}
    assert bool(gold["meetings"]) != bool(gold.get("negative"))
    assert [p for m in gold["meetings"] for p in meeting_problems(m)] == []


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_anchor_occurs_once(path: Path) -> None:
    """Each anchor is found exactly once and names canonical speakers."""
    gold = read(path)
    text = (HERE / gold["file"]).read_text(encoding="utf-8")
    assert anchor_problems(gold, text) == []


def test_the_corpus_covers_what_it_is_for() -> None:
    """Every source, mode and kind of host; negatives, several meetings, organisations."""
    docs = [read(p) for p in GOLD_FILES]
    meetings = [m for d in docs for m in d["meetings"]]
    assert {s for d in docs for s in d["source"]} == SOURCES
    assert {m["mode"] for m in meetings} == MODES
    hosts = Counter("none" if m["host"] is None else m["host"] == "CHN" for m in meetings)
    assert hosts["none"] and hosts[True] and hosts[False]
    assert sum(not d["meetings"] for d in docs) >= 4
    assert sum(len(d["meetings"]) > 1 for d in docs) >= 3
    assert any("" in m["participant_countries"] for m in meetings)
    assert any(st.get("meeting", 0) > 0 for d in docs for st in d["statements"])


def test_the_anchor_rule_can_fail() -> None:
    """The checks report a missing, a repeated and a split anchor."""
    text = "Wang said the two sides\u00a0should meet.\nThe two sides should meet."
    assert count_anchor(text, "the two  sides should") == 1
    assert count_anchor(text, "two sides should meet") == 2
    assert count_anchor(text, "Wang Yi said") == 0
    gold = {"meetings": [], "statements": [{"anchor": "Wang Yi said", "speakers": ["Nobody"]}]}
    problems = anchor_problems(gold, text)
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
    problems = " | ".join(meeting_problems(bad))
    for part in ("'Nobody'", "participant_countries", "date", "host 'USA'", "no place"):
        assert part in problems
