"""The held-out corpus in tests/reports2: its gold files are well formed and anchored.

tests/reports2 is a second development corpus, written without looking at the parser or
at tests/reports. This test checks only the annotations, never the parser: each gold file
names an existing text, its meetings and statements have the shape the shared scorer
reads, every speaker is a canonical name of aliases.json, and every anchor occurs exactly
once in its text (any run of white space between the anchor's words matches any other,
as in the scorer), so that the scorer finds the one statement that holds it.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).parent / "reports2"
GOLD_DIR = CORPUS / "gold"
TEXT_DIR = CORPUS / "texts"

GOLDS = sorted(p for p in GOLD_DIR.glob("*.json") if not p.name.startswith("aliases"))
ALIASES: dict[str, list[str]] = json.loads((GOLD_DIR / "aliases.json").read_text("utf-8"))

KNOWN_SOURCES = frozenset({"mfa", "xinhua", "cgtn", "generic"})
KNOWN_MODES = frozenset({"in_person", "phone", "video"})
TOP_KEYS = frozenset(
    {"file", "source", "published", "title", "notes", "negative", "meetings", "statements"}
)
GOLD_MEETING_KEYS = frozenset(
    {
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
)
ANCHOR_KEYS = frozenset({"anchor", "speakers", "alt", "meeting"})
COUNTRY = re.compile(r"^[A-Z]{3}$")
STEM = re.compile(r"^\d{3}_[a-z0-9_]+$")


def occurrences(text: str, anchor: str) -> int:
    """How often an anchor occurs in a text, any white space matching any other."""
    pattern = r"\s+".join(re.escape(word) for word in anchor.split())
    return len(re.findall(pattern, text))


def load(path: Path) -> dict[str, Any]:
    """A gold file as a dict."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def is_iso_date(value: object) -> bool:
    """Whether a value is an ISO calendar date string (YYYY-MM-DD)."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def test_corpus_size() -> None:
    """Forty reports, each text with its gold file and each gold file with its text."""
    texts = {p.stem for p in TEXT_DIR.glob("*.txt")}
    golds = {p.stem for p in GOLDS}
    assert len(golds) == 40
    assert texts == golds


def test_aliases_are_well_formed() -> None:
    """aliases.json maps canonical names to lists of distinct variant strings."""
    for name, variants in ALIASES.items():
        assert name.strip() == name
        assert name
        assert isinstance(variants, list)
        assert all(isinstance(v, str) and v.strip() for v in variants)
        assert name not in variants
        assert len(set(variants)) == len(variants)


def test_no_variant_names_two_people() -> None:
    """A variant belongs to one canonical name only, and is never another one's name."""
    owner: dict[str, str] = {}
    for name, variants in ALIASES.items():
        for form in [name, *variants]:
            key = form.casefold()
            assert owner.setdefault(key, name) == name, f"{form!r}: {owner[key]} and {name}"


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_document_fields(path: Path) -> None:
    """Top-level keys, the text it names, the source list and the publication date."""
    gold = load(path)
    assert STEM.match(path.stem)
    assert set(gold) <= TOP_KEYS
    assert gold["file"] == f"texts/{path.stem}.txt"
    assert (CORPUS / gold["file"]).is_file()
    assert gold["source"]
    assert set(gold["source"]) <= KNOWN_SOURCES
    assert gold.get("published") is None or is_iso_date(gold["published"])
    assert gold.get("title") is None or isinstance(gold["title"], str)
    assert isinstance(gold.get("notes", ""), str)
    if "negative" in gold:
        assert gold["meetings"] == []


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_meetings(path: Path) -> None:
    """Each meeting: people by canonical name, countries, date, mode, host and titles."""
    for meeting in load(path)["meetings"]:
        assert set(meeting) <= GOLD_MEETING_KEYS
        people = meeting["participants"]
        countries = meeting["participant_countries"]
        assert len(people) >= 2
        assert all(isinstance(p, str) and p in ALIASES for p in people), people
        assert len(set(people)) == len(people)
        assert len(countries) == len(people)
        assert all(c == "" or COUNTRY.match(c) for c in countries)
        assert meeting.get("date") is None or is_iso_date(meeting["date"])
        assert meeting.get("mode", "in_person") in KNOWN_MODES
        host = meeting.get("host")
        assert host is None or host in countries
        if meeting.get("mode") in {"phone", "video"}:
            assert host is None
            assert meeting.get("city") is None
            assert meeting.get("country") is None
        country = meeting.get("country")
        assert country is None or COUNTRY.match(country)
        assert set(meeting.get("titles", {})) <= set(people)
        occasion = meeting.get("occasion", [None])
        assert isinstance(occasion, list)
        assert occasion
        assert all(o is None or (isinstance(o, str) and o) for o in occasion)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_anchors(path: Path) -> None:
    """8 to 20 anchors; each occurs exactly once; speakers are canonical names."""
    gold = load(path)
    text = (CORPUS / gold["file"]).read_text(encoding="utf-8")
    anchors = gold["statements"]
    assert 8 <= len(anchors) <= 20
    for st in anchors:
        assert set(st) <= ANCHOR_KEYS
        assert occurrences(text, st["anchor"]) == 1, st["anchor"]
        for speakers in [st["speakers"], *st.get("alt", [])]:
            assert isinstance(speakers, list)
            assert all(s in ALIASES for s in speakers), speakers
            assert len(set(speakers)) == len(speakers)
        if "meeting" in st:
            assert 0 <= st["meeting"] < len(gold["meetings"])


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_every_participant_is_named_in_aliases(path: Path) -> None:
    """Names used anywhere in a gold file are keys of aliases.json, never a variant."""
    gold = load(path)
    variants = {v.casefold() for vs in ALIASES.values() for v in vs}
    used = {p for m in gold["meetings"] for p in m["participants"]}
    used |= {s for st in gold["statements"] for s in st["speakers"]}
    assert not {u for u in used if u.casefold() in variants}


def test_occurrences_treats_white_space_alike() -> None:
    """The anchor matcher is blind to the kind and length of white space."""
    assert occurrences("a\u00a0 b\n\tc a b c", "a b c") == 2
    assert occurrences("a bc", "a b c") == 0
