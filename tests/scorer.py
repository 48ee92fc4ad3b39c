#!/usr/bin/env python3
"""Score a diplomeet implementation against gold annotations.

Usage:
    python evaluate.py GOLD_DIR [GOLD_DIR ...] [--impl MODULE:FUNC] [--json] [--verbose]
                       [--min-meeting X] [--min-attribution X]

Each gold file (GOLD_DIR/*.json, aliases.json aside) names a text file relative to
the gold directory's parent, its expected meetings and a list of statement anchors:
verbatim phrases of the text with the speakers expected for the statement that
holds them ([] for a sentence that nobody says). The implementation is called as
FUNC(text) -> dict in the JSON shape of CONTRACT.md; by default
diplomeet.to_dict(diplomeet.parse(text)).

Exit status: 0, or 1 when a --min threshold is not reached.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path


def norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip().casefold()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).casefold()


def load_impl(spec: str | None):
    if spec:
        sys.path.insert(0, str(Path.cwd()))
        mod, _, fn = spec.partition(":")
        return getattr(importlib.import_module(mod), fn)
    import diplomeet

    return lambda text: diplomeet.to_dict(diplomeet.parse(text))


class Names:
    """Gold canonical names and their accepted variants."""

    def __init__(self, aliases: dict[str, list[str]]):
        self.variants = {g: {norm(g), *map(norm, v)} for g, v in aliases.items()}

    def matches(self, gold: str, predicted: str | None) -> bool:
        return norm(predicted) in self.variants.get(gold, {norm(gold)})

    def gold_of(self, predicted: str | None) -> str | None:
        for g, vs in self.variants.items():
            if norm(predicted) in vs:
                return g
        return None


# Acronyms and their long forms: a keyword matches an occasion that spells either.
SAME = [
    {"sco", "shanghai cooperation organization", "shanghai cooperation organisation"},
    {"g20", "g-20", "group of 20", "group of twenty"},
    {"asean", "association of southeast asian nations"},
    {"apec", "asia-pacific economic cooperation"},
    {"unga", "un general assembly", "united nations general assembly", "general assembly"},
    {"msc", "munich security conference"},
    {"eas", "east asia summit"},
    {"eef", "eastern economic forum"},
    {"cfm", "council of foreign ministers"},
]


def expand(keyword: str) -> set[str]:
    k = norm(keyword)
    for group in SAME:
        if k in group:
            return group
    return {k}


def anchor_range(text: str, anchor: str) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(w) for w in anchor.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def statements_of(pred: dict):
    for k, meeting in enumerate(pred.get("meetings") or []):
        for st in meeting.get("statements") or []:
            yield k, st


def speakers_of(st: dict) -> list[str]:
    att = st.get("attribution") or {}
    return [p.get("name") for p in (att.get("speakers") or [])]


def find_statement(text: str, pred: dict, anchor: str):
    """The predicted statement holding the anchor: by span first, then by text."""
    rng = anchor_range(text, anchor)
    best = None
    if rng:
        a0, a1 = rng
        for k, st in statements_of(pred):
            span = st.get("span") or [None, None]
            if not isinstance(span, (list, tuple)) or len(span) != 2 or None in span:
                continue
            overlap = min(a1, span[1]) - max(a0, span[0])
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, k, st)
        if best and best[0] >= 0.5 * (a1 - a0):
            return best[1], best[2]
    key = squash(anchor)
    for k, st in statements_of(pred):
        if key in squash(st.get("text") or ""):
            return k, st
    return None, None


def score_doc(
    gold: dict, text: str, pred: dict, names: Names, tally: dict, rows: list, seen_names: dict
):
    doc = Path(gold["file"]).name
    problems: list[str] = []

    def check(field: str, ok: bool, detail: str = ""):
        tally[field][0] += ok
        tally[field][1] += 1
        if not ok:
            problems.append(f"{field}: {detail}")

    src = pred.get("source")
    check(
        "source", src in gold.get("source", [src]), f"got {src!r}, want one of {gold.get('source')}"
    )
    if gold.get("published"):
        got = (pred.get("published") or "")[:10]
        check("published", got == gold["published"], f"got {got!r}, want {gold['published']}")
    if gold.get("title"):
        check("title", norm(pred.get("title")) == norm(gold["title"]), f"got {pred.get('title')!r}")

    pm = pred.get("meetings") or []
    if gold.get("meetings") == []:
        check(
            "no_meeting",
            not pm,
            f"the report tells of no meeting ({gold.get('negative', '')}), got {len(pm)}",
        )

    def likeness(gm: dict, m: dict) -> tuple[int, int]:
        got = [p.get("name") for p in m.get("participants") or []]
        shared = sum(any(names.matches(g, n) for n in got) for g in gm.get("participants", []))
        return (shared, int("date" in gm and m.get("date") == gm["date"]))

    for i, gm in enumerate(gold.get("meetings", [])):
        if i == 0:
            m = pm[0] if pm else {}
        else:  # a later meeting: the predicted one after the first that shares most people, then the date
            m = max(pm[1:], key=lambda x: likeness(gm, x), default={})
        tag = "meeting" if i == 0 else "other_meeting"
        if "date" in gm:
            check(
                f"{tag}.date",
                m.get("date") == gm["date"],
                f"got {m.get('date')!r}, want {gm['date']}",
            )
        if "mode" in gm:
            check(
                f"{tag}.mode",
                m.get("mode") == gm["mode"],
                f"got {m.get('mode')!r}, want {gm['mode']}",
            )
        if "host" in gm:
            check(
                f"{tag}.host",
                m.get("host") == gm["host"],
                f"got {m.get('host')!r}, want {gm['host']}",
            )
        place = m.get("place") or {}
        if "city" in gm:
            ok = norm(place.get("city")) in {
                norm(c) for c in ([gm["city"]] if not isinstance(gm["city"], list) else gm["city"])
            }
            check(f"{tag}.city", ok, f"got {place.get('city')!r}, want {gm['city']}")
        if "country" in gm:
            check(
                f"{tag}.country",
                place.get("country") == gm["country"],
                f"got {place.get('country')!r}, want {gm['country']}",
            )
        parts = m.get("participants") or []
        got_names = [p.get("name") for p in parts]
        want = gm.get("participants", [])
        ok = len(got_names) == len(want) and all(
            any(names.matches(g, p) for p in got_names) for g in want
        )
        check(f"{tag}.participants", ok, f"got {got_names}, want {want}")
        for p in parts:
            g = names.gold_of(p.get("name"))
            if g:
                seen_names[g].add(p.get("name"))
        if "participant_countries" in gm:
            got_c = sorted(p.get("country") or "" for p in parts)
            check(f"{tag}.countries", got_c == sorted(gm["participant_countries"]), f"got {got_c}")
        for who, title in (gm.get("titles") or {}).items():
            p = next((p for p in parts if names.matches(who, p.get("name"))), {})
            check(
                f"{tag}.titles",
                norm(title) in norm(p.get("title")),
                f"{who}: got {p.get('title')!r}, want to contain {title!r}",
            )
        if "occasion" in gm:
            occ_d = m.get("occasion") or {}
            occ = occ_d.get("name")
            said = norm(" ".join(v for v in occ_d.values() if isinstance(v, str)))
            ok = any(
                (occ is None)
                if w is None
                else (occ is not None and any(k in said for k in expand(w)))
                for w in gm["occasion"]
            )
            check(f"{tag}.occasion", ok, f"got {occ!r}, want one of {gm['occasion']}")

    for st_gold in gold.get("statements", []):
        k, st = find_statement(text, pred, st_gold["anchor"])
        got = speakers_of(st) if st else []
        for g in [n for n in got if names.gold_of(n)]:
            seen_names[names.gold_of(g)].add(g)

        def same(want: list[str]) -> bool:
            return len(want) == len(got) and all(
                any(names.matches(w, n) for n in got) for w in want
            )

        ok = same(st_gold["speakers"]) or any(same(a) for a in st_gold.get("alt", []))
        field = "attribution.said" if st_gold["speakers"] else "attribution.unsaid"
        check(field, ok, f"{st_gold['anchor'][:50]!r}: got {got}, want {st_gold['speakers']}")
        check("attribution", ok, "")
        problems.pop() if not ok else None  # reported once, under its own field
        if "meeting" in st_gold and st is not None:
            check(
                "attribution.meeting",
                k == st_gold["meeting"],
                f"{st_gold['anchor'][:40]!r}: in meeting {k}, want {st_gold['meeting']}",
            )

    for _, st in statements_of(pred):
        span = st.get("span")
        ok = (
            isinstance(span, (list, tuple))
            and len(span) == 2
            and squash(st.get("text") or "") in squash(text[span[0] : span[1]])
            if span
            else False
        )
        check("span", bool(ok), f"statement text is not text[span]: {str(st.get('text'))[:40]!r}")

    rows.append((doc, problems))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--impl")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ap.add_argument("--min-meeting", type=float)
    ap.add_argument("--min-attribution", type=float)
    args = ap.parse_args(argv)

    impl = load_impl(args.impl)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rows: list = []
    seen_names: dict[str, set] = defaultdict(set)
    crashes = 0
    for gdir in args.gold:
        aliases: dict[str, list[str]] = {}
        for af in sorted(gdir.glob("aliases*.json")):
            for name, variants in json.loads(af.read_text()).items():
                aliases.setdefault(name, [])
                aliases[name] = sorted(set(aliases[name]) | set(variants))
        names = Names(aliases)
        for gf in sorted(gdir.glob("*.json")):
            if gf.name.startswith("aliases"):
                continue
            gold = json.loads(gf.read_text())
            text = (gdir.parent / gold["file"]).read_text(encoding="utf-8")
            try:
                pred = impl(text)
            except Exception as exc:  # a crash scores zero on every field
                crashes += 1
                pred = {}
                rows.append((gf.name, [f"CRASH: {type(exc).__name__}: {exc}"]))
            score_doc(gold, text, pred, names, tally, rows, seen_names)

    consistent = sum(len(v) == 1 for v in seen_names.values())
    tally["names.consistent"] = [consistent, len(seen_names)]

    def rate(prefixes):
        ok = sum(
            tally[f][0]
            for f in tally
            if f.split(".")[0] in prefixes
            and f != "attribution.said"
            and f != "attribution.unsaid"
            and f != "attribution.meeting"
        )
        n = sum(
            tally[f][1]
            for f in tally
            if f.split(".")[0] in prefixes
            and f != "attribution.said"
            and f != "attribution.unsaid"
            and f != "attribution.meeting"
        )
        return ok / n if n else 0.0

    meeting = rate({"meeting", "no_meeting"})
    attribution = (
        tally["attribution"][0] / tally["attribution"][1] if tally["attribution"][1] else 0.0
    )
    summary = {
        "documents": len(rows) - crashes if False else len({r[0] for r in rows}),
        "crashes": crashes,
        "meeting_fields": round(meeting, 4),
        "attribution": round(attribution, 4),
        "said": round(tally["attribution.said"][0] / tally["attribution.said"][1], 4)
        if tally["attribution.said"][1]
        else 0.0,
        "unsaid": round(tally["attribution.unsaid"][0] / tally["attribution.unsaid"][1], 4)
        if tally["attribution.unsaid"][1]
        else 0.0,
        "fields": {k: f"{v[0]}/{v[1]}" for k, v in sorted(tally.items())},
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for doc, problems in rows:
            if problems and args.verbose:
                print(f"{doc}:")
                for p in problems:
                    print(f"  - {p}")
        for k, v in sorted(tally.items()):
            print(f"{k:28s} {v[0]:5d}/{v[1]:<5d} {v[0] / v[1] if v[1] else 0:.3f}")
        print(
            f"crashes {crashes}; meeting fields {meeting:.3f}; attribution {attribution:.3f} "
            f"(said {summary['said']:.3f}, unsaid {summary['unsaid']:.3f})"
        )
    short = (args.min_meeting is not None and meeting < args.min_meeting) or (
        args.min_attribution is not None and attribution < args.min_attribution
    )
    return 1 if short or crashes else 0


if __name__ == "__main__":
    sys.exit(main())
