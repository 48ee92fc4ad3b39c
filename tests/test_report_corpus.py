"""The development corpus in tests/reports: every gold file is well formed and anchored.

The anchor rule is the one the shared gold checker applies: an anchor is a verbatim
phrase of its text, matched with any run of white space between its words, and it
must occur exactly once, so that the scorer can find the statement that holds it.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

REPORTS = Path(__file__).parent / "reports"
GOLD = REPORTS / "gold"
TEXTS = REPORTS / "texts"

SOURCES = {"mfa", "xinhua", "cgtn", "generic"}
MODES = {"in_person", "phone", "video"}
MEETING_KEYS = {
    "date",
    "city",
    "country",
    "participants",
    "participant_countries",
    "titles",
    "occasion",
    "mode",
    "host",
}
DOC_KEYS = {"file", "source", "published", "title", "notes", "negative", "meetings", "statements"}
STATEMENT_KEYS = {"anchor", "speakers", "alt", "meeting"}
ISO3 = re.compile(r"[A-Z]{3}")
NAME = re.compile(r"\d{3}_[a-z0-9_]+")

GOLD_FILES = sorted(p for p in GOLD.glob("*.json") if not p.name.startswith("aliases"))


def load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def aliases() -> dict[str, list[str]]:
    data = json.loads((GOLD / "aliases.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def occurrences(text: str, anchor: str) -> int:
    """How often the anchor occurs in the text, any white space between its words."""
    pattern = r"\s+".join(re.escape(word) for word in anchor.split())
    return len(re.findall(pattern, text))


def is_iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def test_corpus_is_large_and_paired():
    assert len(GOLD_FILES) >= 40
    golds = {p.stem for p in GOLD_FILES}
    texts = {p.stem for p in TEXTS.glob("*.txt")}
    assert golds == texts
    assert all(NAME.fullmatch(stem) for stem in golds)


def test_aliases_shape():
    data = aliases()
    assert data
    for name, variants in data.items():
        assert isinstance(name, str) and name.strip() == name and name
        assert isinstance(variants, list)
        assert all(isinstance(v, str) and v and v != name for v in variants)


def test_every_format_and_kind_is_covered():
    docs = [load(p) for p in GOLD_FILES]
    assert {s for d in docs for s in d["source"]} == SOURCES
    meetings = [m for d in docs for m in d["meetings"]]
    assert {m["mode"] for m in meetings} == MODES
    assert any(m["host"] is None for m in meetings)
    assert any(m["host"] == "CHN" for m in meetings)
    assert any(m["date"] is None for m in meetings)
    assert any(len(d["meetings"]) > 1 for d in docs)
    assert sum(d["meetings"] == [] for d in docs) >= 3
    assert any("" in m["participant_countries"] for m in meetings)
    assert any("CHN" not in m["participant_countries"] for m in meetings)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_valid(path: Path):
    doc = load(path)
    names = aliases()
    assert set(doc) <= DOC_KEYS, set(doc) - DOC_KEYS
    assert doc["file"] == f"texts/{path.stem}.txt"
    assert (REPORTS / doc["file"]).is_file()
    assert doc["source"] and set(doc["source"]) <= SOURCES
    assert doc["published"] is None or is_iso_date(doc["published"])
    assert "title" not in doc or (isinstance(doc["title"], str) and doc["title"].strip())
    assert isinstance(doc["notes"], str) and doc["notes"]

    meetings = doc["meetings"]
    assert isinstance(meetings, list)
    if not meetings:
        assert isinstance(doc.get("negative"), str) and doc["negative"]
    else:
        assert "negative" not in doc
    for m in meetings:
        assert set(m) <= MEETING_KEYS, set(m) - MEETING_KEYS
        assert m["date"] is None or is_iso_date(m["date"])
        assert m["mode"] in MODES
        people = m["participants"]
        assert len(people) >= 2 and len(set(people)) == len(people)
        assert all(isinstance(p, str) and p in names for p in people), people
        countries = m["participant_countries"]
        assert len(countries) == len(people)
        # The scorer maps a null country (EU, UN) to "" before comparing.
        assert all(c == "" or ISO3.fullmatch(c) for c in countries), countries
        assert m["host"] is None or m["host"] in countries
        city = m["city"]
        if isinstance(city, list):
            assert city and all(isinstance(c, str) and c for c in city)
        else:
            assert city is None or (isinstance(city, str) and city)
        assert m["country"] is None or ISO3.fullmatch(m["country"])
        assert (m["city"] is None) == (m["country"] is None)
        if m["mode"] == "in_person":
            assert m["city"] is not None
        for who, title in m.get("titles", {}).items():
            assert who in people and isinstance(title, str) and title
        if "occasion" in m:
            occ = m["occasion"]
            assert occ and all(o is None or (isinstance(o, str) and o) for o in occ)

    statements = doc["statements"]
    assert 5 <= len(statements) <= 20
    for st in statements:
        assert set(st) <= STATEMENT_KEYS, set(st) - STATEMENT_KEYS
        assert isinstance(st["anchor"], str) and st["anchor"].strip()
        readings = [st["speakers"], *st.get("alt", [])]
        for speakers in readings:
            assert isinstance(speakers, list)
            assert all(s in names for s in speakers), speakers
        assert len({tuple(sorted(r)) for r in readings}) == len(readings), "duplicate reading"
        if "meeting" in st:
            assert isinstance(st["meeting"], int) and 0 <= st["meeting"] < len(meetings)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_anchor_occurs_once(path: Path):
    doc = load(path)
    text = (REPORTS / doc["file"]).read_text(encoding="utf-8")
    counts = {st["anchor"]: occurrences(text, st["anchor"]) for st in doc["statements"]}
    assert {a: n for a, n in counts.items() if n != 1} == {}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_title_is_a_line_of_the_text(path: Path):
    doc = load(path)
    if "title" not in doc:
        return
    text = (REPORTS / doc["file"]).read_text(encoding="utf-8")
    lines = {" ".join(line.split()) for line in text.splitlines()}
    assert " ".join(doc["title"].split()) in lines


def test_occurrences_counts_across_white_space():
    assert occurrences("a\u00a0b  c\nd", "a b c d") == 1
    assert occurrences("x y x y", "x y") == 2
    assert occurrences("x y", "y x") == 0
