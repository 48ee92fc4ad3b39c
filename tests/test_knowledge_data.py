"""Validate the knowledge data files shipped in ``diplomeet/knowledge/data``.

These tests read the JSON as the package ships it and check shape, cross-references and the
facts other stages rely on (codes, dates, no overlapping terms, no ambiguous aliases).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections import defaultdict
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pycountry
import pytest

DATA_FILES = [
    "countries.json",
    "organizations.json",
    "cities.json",
    "officeholders.json",
    "titles.json",
    "events.json",
]

OFFICES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "vice_president",
    "vice_premier",
    "deputy_prime_minister",
    "state_councilor",
    "defense_minister",
    "national_security_adviser",
    "cfac_director",
    "secretary_general",
    "high_representative",
    "president_of_commission",
    "president_of_council",
    "deputy_foreign_minister",
    "special_envoy",
    "chairman",
    "speaker",
    "finance_minister",
    "trade_minister",
    "deputy_finance_minister",
    "deputy_trade_minister",
}

# Offices held by one person at a time in a country or organisation. Vice premiers, deputy
# prime ministers, envoys, advisers, speakers of two chambers and so on can be several.
SINGULAR_OFFICES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "vice_president",
    "defense_minister",
    "cfac_director",
    "high_representative",
    "president_of_commission",
    "president_of_council",
}

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def data_dir() -> Path:
    return Path(str(files("diplomeet").joinpath("knowledge", "data")))


@cache
def raw(name: str) -> str:
    return (data_dir() / name).read_text(encoding="utf-8")


@cache
def load(name: str) -> Any:
    return json.loads(raw(name))


def key(text: str) -> str:
    return text.replace("’", "'").casefold()


def alpha3_codes() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries}


# --------------------------------------------------------------------------- all files


@pytest.mark.parametrize("name", DATA_FILES)
def test_file_is_utf8_json_with_two_space_indent(name: str) -> None:
    text = raw(name)
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", DATA_FILES)
def test_no_blank_or_padded_strings(name: str) -> None:
    def walk(node: Any) -> None:
        if isinstance(node, str):
            assert node == node.strip(), repr(node)
            assert node, "empty string"
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(k)
                walk(v)

    walk(load(name))


# --------------------------------------------------------------------------- countries


def test_countries_cover_exactly_pycountry() -> None:
    assert set(load("countries.json")) == alpha3_codes()


def test_countries_are_sorted_by_code() -> None:
    codes = list(load("countries.json"))
    assert codes == sorted(codes)


def test_country_entry_shape() -> None:
    for code, entry in load("countries.json").items():
        assert set(entry) == {"name", "names", "demonyms", "capital"}, code
        assert isinstance(entry["name"], str)
        assert entry["name"] in entry["names"], code
        assert entry["demonyms"], f"{code} has no demonym"
        assert len(set(entry["names"])) == len(entry["names"]), code
        assert len(set(entry["demonyms"])) == len(entry["demonyms"]), code
        assert entry["capital"] is None or isinstance(entry["capital"], str)


def test_only_uninhabited_or_capital_less_territories_lack_a_capital() -> None:
    without = {c for c, e in load("countries.json").items() if e["capital"] is None}
    assert without <= {"ATA", "BVT", "HMD", "UMI", "TKL"}


def test_country_names_and_demonyms_are_unambiguous() -> None:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for code, entry in load("countries.json").items():
        for name in entry["names"]:
            assert names.setdefault(key(name), code) == code, (name, code, names[key(name)])
        for demonym in entry["demonyms"]:
            owner = demonyms.setdefault(key(demonym), code)
            assert owner == code, (demonym, code, owner)


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("Russia", "RUS"),
        ("the Russian Federation", "RUS"),
        ("U.S.", "USA"),
        ("America", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("ROK", "KOR"),
        ("DPRK", "PRK"),
        ("UAE", "ARE"),
        ("Lao PDR", "LAO"),
        ("Viet Nam", "VNM"),
        ("Czech Republic", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Burma", "MMR"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Iran", "IRN"),
        ("Laos", "LAO"),
        ("Syria", "SYR"),
        ("Kyrgyz Republic", "KGZ"),
    ],
)
def test_country_name_forms(form: str, code: str) -> None:
    assert form in load("countries.json")[code]["names"]


@pytest.mark.parametrize(
    ("demonym", "code"),
    [
        ("Russian", "RUS"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("British", "GBR"),
        ("South Korean", "KOR"),
        ("Kyrgyz", "KGZ"),
        ("Uzbek", "UZB"),
        ("Tajik", "TJK"),
        ("Kazakh", "KAZ"),
        ("Emirati", "ARE"),
        ("Saudi", "SAU"),
        ("Filipino", "PHL"),
        ("Lao", "LAO"),
        ("Dutch", "NLD"),
        ("Swiss", "CHE"),
        ("New Zealand", "NZL"),
        ("Sri Lankan", "LKA"),
    ],
)
def test_country_demonyms(demonym: str, code: str) -> None:
    assert demonym in load("countries.json")[code]["demonyms"]


# --------------------------------------------------------------------------- organisations

REQUIRED_ORGS = [
    "EU", "UN", "ASEAN", "AU", "NATO", "SCO", "Arab League", "GCC", "OSCE", "WHO", "IAEA",
    "CSTO", "OPEC", "IMF", "World Bank", "WTO", "CIS", "EAEU", "NDB", "CICA", "PIF", "CELAC",
    "OAS", "ICRC",
]  # fmt: skip


def test_required_organizations_present() -> None:
    orgs = load("organizations.json")
    assert set(REQUIRED_ORGS) <= set(orgs)
    assert orgs["PIF"]["name"] == "Pacific Islands Forum"


def test_organization_entry_shape_and_uniqueness() -> None:
    country_forms = {
        key(n) for e in load("countries.json").values() for n in [*e["names"], *e["demonyms"]]
    }
    seen: dict[str, str] = {}
    for short, entry in load("organizations.json").items():
        assert set(entry) == {"name", "names", "demonyms"}, short
        assert entry["name"] in entry["names"], short
        assert entry["demonyms"], short
        for name in entry["names"]:
            assert seen.setdefault(key(name), short) == short, (name, short)
            assert key(name) not in country_forms, name


# --------------------------------------------------------------------------- cities

REQUIRED_PLACES = [
    ("Tashkent", "UZB"), ("Bishkek", "KGZ"), ("Dushanbe", "TJK"), ("Bali", "IDN"),
    ("Nusa Dua", "IDN"), ("Davos", "CHE"), ("Boao", "CHN"), ("Sochi", "RUS"),
    ("Samarkand", "UZB"), ("Cholpon-Ata", "KGZ"), ("Tunxi", "CHN"), ("Anning", "CHN"),
    ("St. Petersburg", "RUS"), ("Geneva", "CHE"), ("The Hague", "NLD"), ("New York", "USA"),
    ("Washington", "USA"), ("Kyiv", "UKR"), ("Astana", "KAZ"), ("Naypyidaw", "MMR"),
    ("Yangon", "MMR"), ("Ulaanbaatar", "MNG"), ("Ashgabat", "TKM"), ("Beijing", "CHN"),
    ("Hanoi", "VNM"), ("Sharm el-Sheikh", "EGY"), ("Macao", "MAC"), ("Hong Kong", "HKG"),
    ("Kuwait City", "KWT"), ("Jeju", "KOR"), ("Da Nang", "VNM"), ("Siem Reap", "KHM"),
    ("Luang Prabang", "LAO"), ("Labuan Bajo", "IDN"), ("Beidaihe", "CHN"), ("Khorgos", "CHN"),
    ("Putrajaya", "MYS"), ("Brasília", "BRA"), ("Strasbourg", "FRA"), ("Luxembourg", "LUX"),
]  # fmt: skip

REQUIRED_ALIASES = [
    ("Kiev", "Kyiv"), ("Nur-Sultan", "Astana"), ("Rangoon", "Yangon"),
    ("Nay Pyi Taw", "Naypyidaw"), ("Ha Noi", "Hanoi"), ("Ulan Bator", "Ulaanbaatar"),
    ("Ashkhabad", "Ashgabat"), ("Peking", "Beijing"), ("Saint Petersburg", "St. Petersburg"),
    ("St Petersburg", "St. Petersburg"), ("Macau", "Macao"), ("Danang", "Da Nang"),
]  # fmt: skip


def test_city_entry_shape() -> None:
    codes = alpha3_codes()
    cities = load("cities.json")
    assert len(cities) > 1000
    for entry in cities:
        assert set(entry) <= {"name", "country", "aliases", "strict"}, entry
        assert {"name", "country", "aliases"} <= set(entry), entry
        assert entry["country"] in codes, entry
        assert isinstance(entry["aliases"], list)
        assert entry.get("strict", True) is True, entry
        assert entry["name"] not in entry["aliases"], entry


def test_city_names_and_aliases_are_unambiguous() -> None:
    cities = load("cities.json")
    seen_pairs: set[tuple[str, str]] = set()
    names = {key(e["name"]) for e in cities}
    alias_owner: dict[str, int] = {}
    for i, entry in enumerate(cities):
        pair = (key(entry["name"]), entry["country"])
        assert pair not in seen_pairs, f"duplicate {pair}"
        seen_pairs.add(pair)
        for alias in entry["aliases"]:
            assert key(alias) not in names or key(alias) == key(entry["name"]), alias
            assert alias_owner.setdefault(key(alias), i) == i, (alias, entry["name"])


def test_city_names_are_not_other_countries_names() -> None:
    owner = {
        key(n): code
        for code, e in load("countries.json").items()
        for n in [*e["names"], *e["demonyms"]]
    }
    for entry in load("cities.json"):
        for form in [entry["name"], *entry["aliases"]]:
            assert owner.get(key(form), entry["country"]) == entry["country"], form


def test_every_capital_is_a_city() -> None:
    index = defaultdict(set)
    for entry in load("cities.json"):
        for form in [entry["name"], *entry["aliases"]]:
            index[entry["country"]].add(key(form))
    for code, country in load("countries.json").items():
        if country["capital"]:
            assert key(country["capital"]) in index[code], (code, country["capital"])


@pytest.mark.parametrize(("name", "code"), REQUIRED_PLACES)
def test_diplomatic_places_present(name: str, code: str) -> None:
    assert any(e["name"] == name and e["country"] == code for e in load("cities.json"))


@pytest.mark.parametrize(("alias", "name"), REQUIRED_ALIASES)
def test_city_aliases(alias: str, name: str) -> None:
    entry = next(e for e in load("cities.json") if e["name"] == name)
    assert alias in entry["aliases"]


@pytest.mark.parametrize("name", ["Nice", "Victoria", "Malé", "Santiago"])
def test_word_like_city_names_are_strict(name: str) -> None:
    entry = next(e for e in load("cities.json") if e["name"] == name)
    assert entry.get("strict") is True


def test_cities_named_like_officeholders_are_strict() -> None:
    surnames = {key(t["surname"]) for t in load("officeholders.json")}
    for entry in load("cities.json"):
        if key(entry["name"]) in surnames:
            assert entry.get("strict") is True, entry["name"]
        assert not {key(a) for a in entry["aliases"]} & surnames, entry


def test_first_city_of_an_ambiguous_name_is_the_important_one() -> None:
    first: dict[str, str] = {}
    for entry in load("cities.json"):
        first.setdefault(entry["name"], entry["country"])
    assert first["Hyderabad"] == "IND"
    assert first["Valencia"] == "ESP"
    assert first["Kingston"] == "JAM"


# --------------------------------------------------------------------------- office-holders


def terms() -> list[dict[str, Any]]:
    return load("officeholders.json")  # type: ignore[no-any-return]


def holder_of(term: dict[str, Any]) -> str:
    return term["country"] or term["organization"]


def test_officeholder_entry_shape() -> None:
    codes = alpha3_codes()
    orgs = set(load("organizations.json"))
    base = {"name", "surname", "country", "office", "title", "start", "end", "aliases"}
    for term in terms():
        if term["country"] is None:
            assert set(term) == base | {"organization"}, term
            assert term["organization"] in orgs, term
        else:
            assert set(term) == base, term
            assert term["country"] in codes, term
        assert term["office"] in OFFICES, term
        assert isinstance(term["aliases"], list)


def test_officeholder_dates_are_iso_and_ordered() -> None:
    for term in terms():
        assert ISO_DATE.match(term["start"]), term
        start = dt.date.fromisoformat(term["start"])
        if term["end"] is not None:
            assert ISO_DATE.match(term["end"]), term
            assert start <= dt.date.fromisoformat(term["end"]), term


def test_no_overlapping_terms_in_singular_offices() -> None:
    by_seat: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for term in terms():
        if term["office"] in SINGULAR_OFFICES:
            by_seat[(holder_of(term), term["office"])].append(term)
    far = dt.date(9999, 12, 31)
    for seat, seat_terms in by_seat.items():
        ordered = sorted(seat_terms, key=lambda t: t["start"])
        for before, after in itertools.pairwise(ordered):
            end = dt.date.fromisoformat(before["end"]) if before["end"] else far
            assert end <= dt.date.fromisoformat(after["start"]), (seat, before, after)


def test_no_duplicate_terms() -> None:
    seen = set()
    for term in terms():
        ident = (term["name"], holder_of(term), term["office"], term["start"])
        assert ident not in seen, ident
        seen.add(ident)


def test_terms_are_ordered_by_holder_office_and_start() -> None:
    # Countries by code, then organisations by short name; within one, offices in the order
    # of titles.json and terms by start date.
    offices = list(load("titles.json")["offices"])
    order = [
        (t["country"] is None, holder_of(t), offices.index(t["office"]), t["start"])
        for t in terms()
    ]
    assert order == sorted(order)


def test_aliases_are_never_bare_surnames_or_the_name() -> None:
    for term in terms():
        assert term["surname"] not in term["aliases"], term
        assert term["name"] not in term["aliases"], term
        assert term["surname"], term


def test_one_person_one_surname_and_aliases_point_to_one_person() -> None:
    surname_of: dict[str, str] = {}
    owner: dict[str, str] = {}
    names = {t["name"] for t in terms()}
    for term in terms():
        assert surname_of.setdefault(term["name"], term["surname"]) == term["surname"], term
        for alias in term["aliases"]:
            assert owner.setdefault(key(alias), term["name"]) == term["name"], alias
            assert alias not in names, alias


def test_titles_are_known_title_phrases() -> None:
    # A term's title names its office ("UN Secretary-General" holds "Secretary-General"), or
    # is itself a known title of another office: India's Foreign Secretary is a civil servant
    # (deputy_foreign_minister) styled like Britain's, and Iran's President heads the government.
    phrases = load("titles.json")["offices"]
    known = {key(p) for office_phrases in phrases.values() for p in office_phrases}
    for term in terms():
        title = key(term["title"])
        assert title in known or any(key(p) in title for p in phrases[term["office"]]), term


def test_wang_yi_terms() -> None:
    wang = {(t["office"], t["start"], t["end"]) for t in terms() if t["name"] == "Wang Yi"}
    assert ("foreign_minister", "2013-03-16", "2022-12-30") in wang
    assert ("foreign_minister", "2023-07-25", None) in wang
    assert ("state_councilor", "2018-03-19", "2023-03-12") in wang
    assert ("cfac_director", "2023-01-01", None) in wang


def test_lavrov_matches_the_gold_aliases() -> None:
    lavrov = [t for t in terms() if t["name"] == "Sergey Lavrov"]
    assert len(lavrov) == 1
    assert lavrov[0]["surname"] == "Lavrov"
    assert {"Sergei Lavrov", "Sergey Viktorovich Lavrov"} <= set(lavrov[0]["aliases"])


COVERED = (
    "CHN RUS USA GBR FRA DEU ITA ESP NLD BEL POL HUN SRB GRC PRT AUT CHE SWE NOR FIN DNK IRL CZE "
    "ROU UKR BLR TUR JPN KOR PRK MNG IND PAK BGD LKA NPL AFG IRN IRQ SYR ISR PSE SAU ARE QAT KWT "
    "OMN BHR JOR EGY DZA MAR TUN ZAF NGA ETH KEN TZA ZWE AGO COD GHA SEN IDN MYS SGP THA PHL VNM "
    "LAO KHM MMR BRN TLS KAZ UZB KGZ TJK TKM AZE ARM GEO AUS NZL PNG FJI SLB CAN MEX BRA ARG CHL "
    "PER COL VEN CUB NIC BOL ECU URY"
).split()


@pytest.mark.parametrize("code", COVERED)
def test_country_has_leaders_and_foreign_ministers(code: str) -> None:
    offices = {t["office"] for t in terms() if t["country"] == code}
    assert "foreign_minister" in offices or code in {"PER"}, code
    assert offices & {"head_of_state", "head_of_government"}, code


@pytest.mark.parametrize("org", ["UN", "EU", "NATO", "SCO", "ASEAN"])
def test_organisation_heads_present(org: str) -> None:
    assert any(t.get("organization") == org for t in terms())


@pytest.mark.parametrize(
    ("name", "office", "day"),
    [
        ("Xi Jinping", "head_of_state", "2022-07-28"),
        ("Li Qiang", "head_of_government", "2024-01-01"),
        ("Antony Blinken", "foreign_minister", "2023-06-18"),
        ("S. Jaishankar", "foreign_minister", "2023-03-02"),
        ("Faisal bin Farhan Al Saud", "foreign_minister", "2023-03-10"),
        ("Josep Borrell", "high_representative", "2022-07-07"),
    ],
)
def test_known_terms(name: str, office: str, day: str) -> None:
    when = dt.date.fromisoformat(day)
    assert any(
        t["name"] == name
        and t["office"] == office
        and dt.date.fromisoformat(t["start"]) <= when
        and (t["end"] is None or when <= dt.date.fromisoformat(t["end"]))
        for t in terms()
    )


# --------------------------------------------------------------------------- titles


def test_titles_shape() -> None:
    titles = load("titles.json")
    assert set(titles) == {"offices", "titles", "party_titles", "national_titles"}
    assert set(titles["offices"]) == OFFICES
    for phrases in titles["offices"].values():
        assert phrases
    assert "Foreign Minister" in titles["offices"]["foreign_minister"]
    assert "Premier" in titles["offices"]["head_of_government"]
    assert "Member of the Political Bureau of the CPC Central Committee" in titles["party_titles"]


def test_national_titles_name_an_office_of_a_known_country() -> None:
    titles = load("titles.json")
    phrases = {p.casefold() for ps in titles["offices"].values() for p in ps}
    codes = alpha3_codes()
    for title, code in titles["national_titles"].items():
        assert title.casefold() in phrases, title
        assert code in codes, (title, code)


def test_office_phrases_name_one_office() -> None:
    owner: dict[str, str] = {}
    for office, phrases in load("titles.json")["offices"].items():
        assert len(set(phrases)) == len(phrases), office
        for phrase in phrases:
            assert owner.setdefault(phrase.casefold(), office) == office, phrase


def test_title_lists_have_no_repeats() -> None:
    titles = load("titles.json")
    for name in ("titles", "party_titles"):
        assert len(set(titles[name])) == len(titles[name]), name


# --------------------------------------------------------------------------- events

REQUIRED_FORUMS = [
    "SCO", "G20", "G7", "BRICS", "ASEAN", "ARF", "APT", "EAS", "APEC", "UNGA", "UNSC", "MSC",
    "WEF", "BFA", "EEF", "SPIEF", "BRF", "FOCAC", "CICA", "LMC", "NATO", "OSCE", "COP", "NSS",
    "CSTO", "CIS", "EAEU", "PIF", "ADF", "CIIE",
]  # fmt: skip

REQUIRED_KINDS = [
    "Council of Foreign Ministers meeting", "Foreign Ministers' Meeting", "Summit",
    "Leaders' Meeting", "Ministerial Meeting", "Annual Meeting", "Dialogue", "Forum",
    "Conference", "Session", "Expo", "Council of Heads of State",
    "Council of Heads of Government", "Defense Ministers' Meeting", "Security Council meeting",
]  # fmt: skip


def test_events_shape() -> None:
    events = load("events.json")
    assert set(events) == {"forums", "kinds", "ceremonies", "bodies"}
    for forum in events["forums"]:
        assert set(forum) <= {"acronym", "names", "event"}, forum
        assert forum["names"], forum
    for kind in [*events["kinds"], *events["ceremonies"]]:
        assert set(kind) == {"name", "patterns"}, kind
        assert kind["patterns"], kind
    assert all(isinstance(b, str) and b.strip() == b and b for b in events["bodies"])


def test_required_forums_and_kinds() -> None:
    events = load("events.json")
    acronyms = [f["acronym"] for f in events["forums"]]
    assert set(REQUIRED_FORUMS) <= set(acronyms)
    assert set(REQUIRED_KINDS) <= {k["name"] for k in events["kinds"]}
    standalone = {f["acronym"]: f.get("event") for f in events["forums"]}
    assert standalone["ARF"] == "ASEAN Regional Forum"
    assert standalone["EAS"] == "East Asia Summit"
    assert standalone["UNGA"]
    assert standalone["SCO"] is None


def test_event_names_and_patterns_are_unambiguous() -> None:
    events = load("events.json")
    acronyms = [f["acronym"] for f in events["forums"]]
    assert len(set(acronyms)) == len(acronyms)
    owner: dict[str, str] = {}
    for forum in events["forums"]:
        for name in forum["names"]:
            assert owner.setdefault(key(name), forum["acronym"]) == forum["acronym"], name
    owner = {}
    for kind in [*events["kinds"], *events["ceremonies"]]:
        for pattern in kind["patterns"]:
            assert owner.setdefault(pattern.lower(), kind["name"]) == kind["name"], pattern
