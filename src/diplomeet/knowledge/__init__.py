"""diplomeet's knowledge, kept as data: countries, cities, office-holders, titles, events, speech.

The data files live in `diplomeet/knowledge/data/` (JSON; their schemas are
described in that folder's README). [`default_knowledge`][diplomeet.knowledge.default_knowledge]
loads them once per process. To extend them, put files of the same names and
shapes in a folder of your own and load both:

Examples:
    >>> from diplomeet.knowledge import Knowledge, default_knowledge
    >>> kb = default_knowledge()
    >>> kb.country_code("Russian")
    'RUS'
    >>> kb.city("Tashken").name
    'Tashkent'
    >>> import datetime as dt
    >>> [t.name for t in kb.holders("RUS", "foreign_minister", dt.date(2022, 7, 28))]
    ['Sergey Lavrov']

A user folder is merged over the built-in data: `Knowledge.load("my_data/")`
adds its cities, office-holders, cue verbs and so on to diplomeet's own, and
`diplomeet.parse(text, knowledge=kb)` uses them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from attrs import field, frozen
from rapidfuzz import fuzz, process

from diplomeet.errors import KnowledgeError

__all__ = [
    "City",
    "Forum",
    "Knowledge",
    "OfficeTerm",
    "default_knowledge",
    "key",
]

_DASHES = str.maketrans({"\u2019": "'", "\u2018": "'", "-": " ", "\u2010": " ", "\u2013": " "})
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The lookup key of a name: accents stripped, case folded, hyphens and runs of space as one.

    Examples:
        >>> key("Sergéi  Lavrov")
        'sergei lavrov'
        >>> key("Jae-in")
        'jae in'
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACE.sub(" ", text.translate(_DASHES)).strip().casefold()


@frozen
class City:
    """A place meetings happen in."""

    name: str
    """The canonical English name."""
    country: str
    """Its country (ISO 3166-1 alpha-3)."""
    aliases: tuple[str, ...] = ()
    """Other spellings."""
    strict: bool = False
    """The name is also a common word or a person's name: match only its exact spelling."""


@frozen
class OfficeTerm:
    """One person's continuous term in one office."""

    name: str
    """The canonical full name."""
    surname: str
    """The form used alone in news text (`Lavrov`, `Wang`)."""
    country: str | None
    """The country served (ISO alpha-3), `None` for an organisation's official."""
    office: str
    """The office key (`foreign_minister`, `head_of_state`, ...)."""
    title: str
    """How reports title the office for this person."""
    start: dt.date | None
    """The first day in office, if known."""
    end: dt.date | None
    """The last day in office; `None` while still in office."""
    aliases: tuple[str, ...] = ()
    """Other full forms of the name."""
    organization: str | None = None
    """The organisation served, if any."""

    def holds_on(self, day: dt.date) -> bool:
        """Whether this term covers that day."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@frozen
class Forum:
    """A multilateral organisation or forum whose meetings are occasions."""

    acronym: str
    """Its usual short name (`SCO`, `G20`)."""
    names: tuple[str, ...]
    """Every name it goes by."""
    event: str | None = None
    """For a standalone event (`Munich Security Conference`), its normalised name."""


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeError(f"{where}: not an ISO date: {value!r}") from None


@frozen(eq=False)
class Knowledge:
    """Everything diplomeet knows, with indexes for fast lookups.

    Build one with [`Knowledge.load`][diplomeet.knowledge.Knowledge.load] (or use
    [`default_knowledge`][diplomeet.knowledge.default_knowledge]); it is immutable and
    safe to share between threads.
    """

    raw: dict[str, Any] = field(repr=False)
    """The merged contents of the data files, by file stem."""
    countries: dict[str, dict[str, Any]] = field(repr=False)
    """Countries by alpha-3 code (`name`, `names`, `demonyms`, `capital`)."""
    organizations: dict[str, dict[str, Any]] = field(repr=False)
    """International organisations by short name."""
    cities: tuple[City, ...] = field(repr=False)
    """Every known city."""
    terms: tuple[OfficeTerm, ...] = field(repr=False)
    """Every known term of office."""
    forums: tuple[Forum, ...] = field(repr=False)
    """Every known multilateral forum or event."""
    event_kinds: tuple[tuple[str, tuple[str, ...]], ...] = field(repr=False)
    """Kinds of meeting (`Summit`, `Council of Foreign Ministers meeting`) and their patterns."""
    ceremonies: tuple[tuple[str, tuple[str, ...]], ...] = field(repr=False)
    """Ceremonies that bring leaders together (`inauguration`, `state funeral`) and the phrases
    that name them: an occasion where a report says a visitor came for one."""
    bodies: tuple[str, ...] = field(repr=False)
    """Words after a forum's name that make it name a body, not a meeting (`Secretariat`)."""
    lexicon: dict[str, Any] = field(repr=False)
    """Speech and meeting vocabulary (cue verbs, role nouns, meeting phrases ...)."""
    titles: dict[str, Any] = field(repr=False)
    """Titles by office, generic titles, and long party titles."""
    country_words: dict[str, str] = field(repr=False)
    """Country names and demonyms by `key`, to alpha-3 codes."""
    organization_words: dict[str, str] = field(repr=False)
    """Organisation names and adjectives by `key`, to short names."""
    city_index: dict[str, City] = field(repr=False)
    """Cities by the `key` of every name and alias."""
    person_index: dict[str, tuple[OfficeTerm, ...]] = field(repr=False)
    """Terms of office by the `key` of every full name and alias of their holder."""
    office_titles: dict[str, str] = field(repr=False)
    """Title phrases by `key`, to office keys."""

    @classmethod
    def load(cls, *extra: str | Path) -> Knowledge:
        """Load the built-in data, merged with files of the same names in `extra` folders.

        Keyed files (countries, organizations) are updated key by key; list files
        (cities, office-holders) and the lists inside the others are extended.

        Raises:
            KnowledgeError: if a file is not valid JSON or not of the expected shape.
        """
        root = files(__name__).joinpath("data")
        raw: dict[str, Any] = {}
        names = (
            "countries",
            "organizations",
            "cities",
            "officeholders",
            "titles",
            "events",
            "lexicon",
        )
        for name in names:
            raw[name] = _read(root.joinpath(f"{name}.json"), f"{name}.json")
        for folder in extra:
            for name in names:
                path = Path(folder) / f"{name}.json"
                if path.is_file():
                    raw[name] = _merge(raw[name], _read(path, str(path)))
        return cls.from_raw(raw)

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Knowledge:
        """Build the indexes from already-read data (the shapes of the data files)."""
        countries = {k: v for k, v in (raw.get("countries") or {}).items() if not k.startswith("_")}
        orgs = {k: v for k, v in (raw.get("organizations") or {}).items() if not k.startswith("_")}
        country_words: dict[str, str] = {}
        for code, entry in countries.items():
            for word in _country_forms(entry):
                country_words.setdefault(key(word), code)
        organization_words: dict[str, str] = {}
        for short, entry in orgs.items():
            for word in [
                short,
                entry.get("name", ""),
                *entry.get("names", []),
                *entry.get("demonyms", []),
            ]:
                if word:
                    organization_words.setdefault(key(word), short)
        cities = []
        for i, c in enumerate(raw.get("cities") or []):
            try:
                cities.append(
                    City(
                        c["name"],
                        c["country"],
                        tuple(c.get("aliases", ())),
                        bool(c.get("strict", False)),
                    )
                )
            except (KeyError, TypeError) as exc:
                raise KnowledgeError(f"cities.json[{i}]: {exc!r}") from None
        city_index: dict[str, City] = {}
        for city in cities:
            for n in (city.name, *city.aliases):
                city_index.setdefault(key(n), city)
        terms = []
        for i, t in enumerate(raw.get("officeholders") or []):
            where = f"officeholders.json[{i}]"
            try:
                terms.append(
                    OfficeTerm(
                        name=t["name"],
                        surname=t.get("surname") or t["name"].split()[-1],
                        country=t.get("country"),
                        office=t["office"],
                        title=t.get("title") or t["office"].replace("_", " ").title(),
                        start=_date(t.get("start"), where),
                        end=_date(t.get("end"), where),
                        aliases=tuple(t.get("aliases", ())),
                        organization=t.get("organization"),
                    )
                )
            except (KeyError, TypeError, AttributeError) as exc:
                raise KnowledgeError(f"{where}: {exc!r}") from None
        person_index: dict[str, list[OfficeTerm]] = {}
        for term in terms:
            for n in {term.name, *term.aliases}:
                person_index.setdefault(key(n), []).append(term)
        events = raw.get("events") or {}
        forums = tuple(
            Forum(f["acronym"], tuple(f.get("names", ())) or (f["acronym"],), f.get("event"))
            for f in events.get("forums", [])
        )
        kinds = tuple((k["name"], tuple(k.get("patterns", ()))) for k in events.get("kinds", []))
        ceremonies = tuple(
            (c["name"], tuple(c.get("patterns", ()))) for c in events.get("ceremonies", [])
        )
        titles = raw.get("titles") or {}
        office_titles: dict[str, str] = {}
        for office, phrases in (titles.get("offices") or {}).items():
            for p in phrases:
                office_titles.setdefault(key(p), office)
        return cls(
            raw=raw,
            countries=countries,
            organizations=orgs,
            cities=tuple(cities),
            terms=tuple(terms),
            forums=forums,
            event_kinds=kinds,
            ceremonies=ceremonies,
            bodies=tuple(events.get("bodies", ())),
            lexicon=raw.get("lexicon") or {},
            titles=titles,
            country_words=country_words,
            organization_words=organization_words,
            city_index=city_index,
            person_index={k: tuple(v) for k, v in person_index.items()},
            office_titles=office_titles,
        )

    # Lookups ---------------------------------------------------------------------------

    def country_code(self, word: str) -> str | None:
        """The alpha-3 code of a country name or demonym (`Russian`, `the U.S.`), if known."""
        k = key(word)
        code = self.country_words.get(k)
        if code is None and k.startswith("the "):
            code = self.country_words.get(k[4:])
        if code is None and k.endswith("'s"):
            code = self.country_words.get(k[:-2])
        return code

    def country_named(self, word: str) -> str | None:
        """The alpha-3 code of a country's name (`Russia`, `the U.S.`), not its demonym.

        >>> kb = Knowledge.load()
        >>> kb.country_named("Egypt"), kb.country_named("Egyptian")
        ('EGY', None)
        """
        code = self.country_code(word)
        if code is None:
            return None
        k = key(word.removeprefix("the ").removesuffix("'s"))
        entry = self.countries.get(code, {})
        demonyms = {key(d) for d in entry.get("demonyms", ())}
        names = {key(n) for n in (entry.get("name", ""), *entry.get("names", ()))}
        return None if k in demonyms and k not in names else code

    def organization(self, word: str) -> str | None:
        """The short name of an international organisation (`EU`) from a name or adjective."""
        k = key(word)
        return self.organization_words.get(k) or (
            self.organization_words.get(k[4:]) if k.startswith("the ") else None
        )

    def long_names_with(
        self, word: str, *, at: Literal["first", "last", "any"] = "any"
    ) -> tuple[str, ...]:
        """The names of several words, of organisations and countries, that hold `word`.

        `at` is where the word stands in the name: `"first"`, `"last"`, or `"any"` (any
        capitalised word). The word is as written, or less a possessive `'s` (as the people
        finder reads words). A person is never named inside such a name (`Relief` and
        `Refugees` of `United Nations Relief and Works Agency for Palestine Refugees in the
        Near East`), and a title chain crosses it whole (`Minister of Foreign Affairs of the
        People's Republic of China`).
        """
        return self._long_name_index()[at].get(word, ())

    def long_name_ends(self) -> frozenset[str]:
        """The last words of the names `long_names_with` knows (`Refugees`, `China`)."""
        return frozenset(self._long_name_index()["last"])

    @functools.cache  # noqa: B019 - Knowledge is immutable and lives as long as the process
    def _long_name_index(self) -> dict[str, dict[str, tuple[str, ...]]]:
        out: dict[str, dict[str, list[str]]] = {"first": {}, "last": {}, "any": {}}
        entries = [*self.organizations.values(), *self.countries.values()]
        for entry in entries:
            for name in entry.get("names", ()):
                words = name.split()
                if len(words) < 2:
                    continue
                places = (
                    # (Not by a first `the`: the name less it is listed too, or matches it.)
                    ("first", [words[0]] if words[0][:1].isupper() else []),
                    ("last", [words[-1]]),
                    ("any", [w for w in words if w[:1].isupper()]),
                )
                for at, ws in places:
                    for k in dict.fromkeys(x for w in ws for x in (w, w.removesuffix("'s"))):
                        out[at].setdefault(k, []).append(name)
        return {at: {w: tuple(v) for w, v in idx.items()} for at, idx in out.items()}

    def country_forms(self, code: str) -> list[str]:
        """Every name and demonym the table gives a country (`China`, `PRC`, `Chinese`)."""
        entry = self.countries.get(code)
        return _country_forms(entry) if entry is not None else []

    def country_name(self, code: str) -> str:
        """The common English name of a country code (the code itself when unknown)."""
        return str(self.countries.get(code, {}).get("name", code))

    def city(self, name: str, *, fuzzy: bool = True, country: str | None = None) -> City | None:
        """The city of that name, tolerating misspelt or truncated names when `fuzzy`.

        Args:
            name: the name as written (`Tashken`, `Bishkek`).
            fuzzy: also try a close or truncated spelling.
            country: prefer (and with fuzzy matching, require) a city of this country.
        """
        k = key(name)
        found = self.city_index.get(k)
        if found is not None and (country is None or found.country == country):
            return found
        if country is not None:
            for city in self.cities:
                if city.country == country and k in {key(n) for n in (city.name, *city.aliases)}:
                    return city
        if found is not None:
            return found
        if not fuzzy or len(k) < 5:
            return None
        return self._fuzzy_city(k, country)

    def _fuzzy_city(self, k: str, country: str | None) -> City | None:
        pool = self._city_keys_by_initial().get(k[0], ())
        candidates = [c for c in pool if country is None or self.city_index[c].country == country]
        # A truncated name (`Tashken` for Tashkent): a unique non-strict prefix.
        prefixed = [c for c in candidates if c.startswith(k) and len(c) - len(k) <= 2]
        if len({self.city_index[c].name for c in prefixed}) == 1:
            city = self.city_index[prefixed[0]]
            return None if city.strict else city
        match = process.extractOne(k, candidates, scorer=fuzz.ratio, score_cutoff=88)
        if match is None:
            return None
        city = self.city_index[match[0]]
        return None if city.strict else city

    @functools.cache  # noqa: B019 - Knowledge is immutable and lives as long as the process
    def _city_keys_by_initial(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for k in self.city_index:
            if k:
                out.setdefault(k[0], []).append(k)
        return {i: tuple(v) for i, v in out.items()}

    def person(self, name: str) -> tuple[OfficeTerm, ...]:
        """The known terms of office of the person so named (any listed form of the name).

        A middle initial the table does not list is no obstacle (`Antony J. Blinken`).
        """
        k = key(name)
        found = self.person_index.get(k, ())
        if not found and "." in k:
            bare = " ".join(w for w in k.split() if not (len(w) <= 2 and w.endswith(".")))
            if bare != k and " " in bare:
                found = self.person_index.get(bare, ())
        return found

    def by_surname(self, surname: str) -> tuple[OfficeTerm, ...]:
        """The terms of office of every known person with that surname (`Lavrov`).

        A listed spelling of the name gives its surname too (`Zelenskyy` of `Volodymyr
        Zelenskyy`, a spelling of Volodymyr Zelensky).
        """
        return self._surname_index().get(key(surname), ())

    def by_first_name(self, word: str) -> tuple[OfficeTerm, ...]:
        """The terms of office of every known person whose name starts with `word`.

        Gulf rulers go by their first name and a courtesy (`Sheikh Mohamed`, `Emir
        Tamim`): the name's first word and each listed spelling's count.
        """
        return self._first_name_index().get(key(word), ())

    @functools.cache  # noqa: B019 - Knowledge is immutable and lives as long as the process
    def _first_name_index(self) -> dict[str, tuple[OfficeTerm, ...]]:
        out: dict[str, list[OfficeTerm]] = {}
        for t in self.terms:
            for k in {key(n.split()[0]) for n in (t.name, *t.aliases) if len(n.split()) >= 2}:
                out.setdefault(k, []).append(t)
        return {k: tuple(v) for k, v in out.items()}

    @functools.cache  # noqa: B019 - Knowledge is immutable and lives as long as the process
    def _surname_index(self) -> dict[str, tuple[OfficeTerm, ...]]:
        out: dict[str, list[OfficeTerm]] = {}
        for t in self.terms:
            surnames = {key(t.surname)}
            for alias in t.aliases:
                last = key(alias.split()[-1]) if " " in alias.strip() else ""
                if last[:4] == key(t.surname)[:4]:
                    surnames.add(last)  # a transliteration of the same surname
            for k in surnames:
                out.setdefault(k, []).append(t)
        return {k: tuple(v) for k, v in out.items()}

    def holders(
        self,
        country: str | None,
        office: str,
        on: dt.date | None = None,
        *,
        organization: str | None = None,
    ) -> list[OfficeTerm]:
        """Who held `office` for `country` (or `organization`) on a day (or ever, without one)."""
        return [
            t
            for t in self._office_index().get((office, country), ())
            if (organization is None or t.organization == organization)
            and (on is None or t.holds_on(on))
        ]

    def capital(self, code: str | None) -> City | None:
        """A country's capital (`KWT`: Kuwait City), if the tables know it."""
        name = self.countries.get(code or "", {}).get("capital")
        return self.city(name, fuzzy=False, country=code) if name else None

    def holders_anywhere(self, office: str, on: dt.date) -> list[OfficeTerm]:
        """Who held `office` on a day, in any country or organisation."""
        return [t for t in self._by_office().get(office, ()) if t.holds_on(on)]

    @functools.cache  # noqa: B019 - Knowledge is immutable and lives as long as the process
    def _by_office(self) -> dict[str, tuple[OfficeTerm, ...]]:
        out: dict[str, list[OfficeTerm]] = {}
        for t in self.terms:
            out.setdefault(t.office, []).append(t)
        return {k: tuple(v) for k, v in out.items()}

    @functools.cache  # noqa: B019 - Knowledge is immutable and lives as long as the process
    def _office_index(self) -> dict[tuple[str, str | None], tuple[OfficeTerm, ...]]:
        out: dict[tuple[str, str | None], list[OfficeTerm]] = {}
        for t in self.terms:
            out.setdefault((t.office, t.country), []).append(t)
        return {k: tuple(v) for k, v in out.items()}

    def office(self, title: str) -> str | None:
        """The office key of a title phrase (`Foreign Affairs Minister`: `foreign_minister`)."""
        return self.office_titles.get(key(title))

    def title_country(self, title: str) -> str | None:
        """The one country whose office a title names (`Taoiseach`: `IRL`), if it is one.

        From `titles.json`'s `national_titles`: a report may name such an officer by the
        title alone (`The Tánaiste met ...`).
        """
        return self._national_titles().get(key(title))

    @functools.cache  # noqa: B019 - Knowledge is immutable and lives as long as the process
    def _national_titles(self) -> dict[str, str]:
        return {key(t): c for t, c in (self.titles.get("national_titles") or {}).items()}


def _country_forms(entry: dict[str, Any]) -> list[str]:
    """A country entry's name, other names and demonyms, the empty ones left out."""
    forms = [entry.get("name", ""), *entry.get("names", []), *entry.get("demonyms", [])]
    return [f for f in forms if f]


def _read(resource: Any, where: str) -> Any:
    try:
        return json.loads(resource.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, OSError) as exc:
        raise KnowledgeError(f"{where}: cannot read knowledge data: {exc}") from None


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *extra]
    return extra


@functools.cache
def default_knowledge() -> Knowledge:
    """The built-in knowledge, loaded once per process."""
    return Knowledge.load()


def words(items: Iterable[str]) -> list[str]:
    """Phrases sorted longest first, for building alternations that prefer the longest match."""
    return sorted({i for i in items if i}, key=lambda s: (-len(s), s))
