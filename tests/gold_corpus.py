"""The rules every annotated corpus under tests/ follows (tests/reports, reports2, reports3).

A corpus is a folder with `texts/NNN_name.txt`, `gold/NNN_name.json` and
`gold/aliases.json`. The rules are the ones the shared scorer relies on: each gold file
names its text; meetings and statements have the keys, dates, modes, countries and
canonical names the scorer reads; and every anchor occurs exactly once in its text, any run
of white space between its words matching any other, so that the scorer finds the one
statement that holds it. The checks return readable problems, so that a test shows them
all at once and can show that each rule fails.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from attrs import frozen

SOURCES = frozenset({"mfa", "xinhua", "cgtn", "generic"})
MODES = frozenset({"in_person", "phone", "video"})
DOC_KEYS = frozenset(
    {"file", "source", "published", "title", "notes", "negative", "meetings", "statements"}
)
MEETING_KEYS = frozenset(
    "date city country participants participant_countries titles occasion mode host".split()
)
STATEMENT_KEYS = frozenset({"anchor", "speakers", "alt", "meeting"})
MAX_ANCHORS = 20
ALPHA3 = re.compile(r"[A-Z]{3}")
STEM = re.compile(r"\d{3}_[a-z0-9_]+")


def occurrences(text: str, anchor: str) -> int:
    """How often an anchor occurs in a text, any run of white space matching any other."""
    return len(re.findall(r"\s+".join(map(re.escape, anchor.split())), text))


def is_iso_date(value: object) -> bool:
    """Whether a value is a YYYY-MM-DD calendar date string."""
    try:
        return isinstance(value, str) and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _nonempty_str(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


@frozen
class Corpus:
    """One annotated corpus: its folder and the fewest anchors a gold file may have."""

    root: Path
    min_anchors: int

    @property
    def gold_files(self) -> list[Path]:
        """Every gold file, aliases.json aside, by name."""
        return sorted(
            p for p in (self.root / "gold").glob("*.json") if not p.name.startswith("aliases")
        )

    @property
    def text_stems(self) -> set[str]:
        """The names of the texts."""
        return {p.stem for p in (self.root / "texts").glob("*.txt")}

    @property
    def aliases(self) -> dict[str, list[str]]:
        """aliases.json: each canonical name with its variants."""
        return _aliases(self.root)

    def load(self, path: Path) -> dict[str, Any]:
        """One gold file."""
        gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return gold

    def text(self, gold: dict[str, Any]) -> str:
        """The text a gold file annotates."""
        return (self.root / gold["file"]).read_text(encoding="utf-8")


@functools.cache
def _aliases(root: Path) -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(
        (root / "gold" / "aliases.json").read_text(encoding="utf-8")
    )
    return data


def alias_problems(aliases: dict[str, Any]) -> list[str]:
    """What is wrong with aliases.json: its shape, and a spelling owned by two names."""
    found: list[str] = []
    owners: dict[str, set[str]] = {}
    for name, variants in aliases.items():
        if not (_nonempty_str(name) and name == name.strip()):
            found.append(f"canonical name {name!r}")
        if not isinstance(variants, list) or not all(_nonempty_str(v) for v in variants):
            found.append(f"variants of {name!r}: {variants!r}")
            continue
        if name in variants or len(set(variants)) != len(variants):
            found.append(f"variants of {name!r} repeat a name: {variants!r}")
        for form in {name, *variants}:
            owners.setdefault(form.casefold(), set()).add(name)
    found += [f"{form!r} names {sorted(who)}" for form, who in owners.items() if len(who) > 1]
    return found


def meeting_problems(m: dict[str, Any], aliases: dict[str, Any]) -> list[str]:
    """What is wrong with one gold meeting, as readable strings (empty when nothing)."""
    found: list[str] = []
    if set(m) - MEETING_KEYS:
        found.append(f"unknown meeting keys {set(m) - MEETING_KEYS}")
    people, countries = m["participants"], m["participant_countries"]
    if len(people) < 2 or len(set(people)) != len(people):
        found.append(f"participants {people}")
    found += [f"not a canonical name: {p!r}" for p in people if p not in aliases]
    # The scorer maps a null country (EU, UN) to "" before comparing.
    if len(countries) != len(people) or not all(c == "" or ALPHA3.fullmatch(c) for c in countries):
        found.append(f"participant_countries {countries}")
    if not (m["date"] is None or is_iso_date(m["date"])):
        found.append(f"date {m['date']!r}")
    if m["mode"] not in MODES:
        found.append(f"mode {m['mode']!r}")
    if m["host"] is not None and m["host"] not in countries:
        found.append(f"host {m['host']!r} is no participant's country")
    # A place key left out is not scored: the scorer reads only the keys a meeting has.
    place = ("city", "country", "host")
    if m["mode"] != "in_person" and any(m.get(k) is not None for k in place):
        found.append("a call has no place and no host")
    if m["mode"] == "in_person" and any(k in m and not m[k] for k in ("city", "country")):
        found.append("a meeting in person has a city and a country")
    city = m.get("city")
    cities = city if isinstance(city, list) else [city]
    if not cities or not all(c is None or _nonempty_str(c) for c in cities):
        found.append(f"city {city!r}")
    if m.get("country") is not None and not ALPHA3.fullmatch(m["country"]):
        found.append(f"country {m['country']!r}")
    for who, title in m.get("titles", {}).items():
        if who not in people:
            found.append(f"title for a non-participant {who!r}")
        if not _nonempty_str(title):
            found.append(f"title {title!r} of {who!r}")
    occasion = m.get("occasion", [None])
    if (
        not isinstance(occasion, list)
        or not occasion
        or not all(o is None or _nonempty_str(o) for o in occasion)
    ):
        found.append(f"occasion {occasion!r}")
    return found


def anchor_problems(
    gold: dict[str, Any], text: str, aliases: dict[str, Any], min_anchors: int
) -> list[str]:
    """What is wrong with a gold file's anchors: the shared checker's rule and the names."""
    found: list[str] = []
    statements = gold["statements"]
    if not min_anchors <= len(statements) <= MAX_ANCHORS:
        found.append(f"{len(statements)} anchors, want {min_anchors} to {MAX_ANCHORS}")
    for st in statements:
        if set(st) - STATEMENT_KEYS:
            found.append(f"unknown anchor keys {set(st) - STATEMENT_KEYS}")
        if not _nonempty_str(st["anchor"]):
            found.append(f"anchor {st['anchor']!r}")
            continue
        n = occurrences(text, st["anchor"])
        if n != 1:
            found.append(f"anchor found {n} times: {st['anchor']!r}")
        readings = [st["speakers"], *st.get("alt", [])]
        for reading in readings:
            if (
                not isinstance(reading, list)
                or len(set(reading)) != len(reading)
                or not all(s in aliases for s in reading)
            ):
                found.append(f"speakers {reading} of {st['anchor']!r}")
        if len({tuple(sorted(r)) for r in readings}) != len(readings):
            found.append(f"a reading repeats another for {st['anchor']!r}")
        if "meeting" in st and not (
            isinstance(st["meeting"], int) and 0 <= st["meeting"] < len(gold["meetings"])
        ):
            found.append(f"meeting {st['meeting']!r} of {st['anchor']!r}")
    return found


def document_problems(path: Path, gold: dict[str, Any], text: str) -> list[str]:
    """What is wrong with a gold file's own fields: keys, text, source, date, title, notes."""
    found: list[str] = []
    if not STEM.fullmatch(path.stem):
        found.append(f"file name {path.name!r}")
    if set(gold) - DOC_KEYS:
        found.append(f"unknown keys {set(gold) - DOC_KEYS}")
    if gold["file"] != f"texts/{path.stem}.txt":
        found.append(f"file {gold['file']!r}")
    if not gold["source"] or not set(gold["source"]) <= SOURCES:
        found.append(f"source {gold['source']!r}")
    if not (gold["published"] is None or is_iso_date(gold["published"])):
        found.append(f"published {gold['published']!r}")
    if not _nonempty_str(gold["notes"]):
        found.append("no notes")
    if "title" in gold:
        lines = {" ".join(line.split()) for line in text.splitlines()}
        if not _nonempty_str(gold["title"]) or " ".join(gold["title"].split()) not in lines:
            found.append(f"title is not a line of the text: {gold['title']!r}")
    meetings = gold["meetings"]
    if not isinstance(meetings, list) or (
        ("negative" in gold) if meetings else not _nonempty_str(gold.get("negative"))
    ):
        found.append("a gold file has meetings or says why not (`negative`), not both")
    return found
