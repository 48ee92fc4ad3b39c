"""Hostile inputs for `parse`: long runs, no spaces, deep nesting, every Unicode category.

Used by `tests/test_robustness.py` (which guards against exponential or quadratic
blow-ups) and by `bench/parse.py` (which prints the time per MB of each beside
normal text). Every builder returns exactly `size` characters.
"""

from __future__ import annotations

import hashlib
import itertools
import sys
from collections.abc import Callable, Iterator

from diplomeet import Person, Report, from_dict, from_json, to_dict, to_json

__all__ = ["ADVERSARIAL", "MB", "NAMED_IN_THE_ISSUE", "adversarial", "assert_sound", "normal_text"]

MB = 1_000_000
"""One megabyte of text, counted in characters."""

_REPORT = (
    "BEIJING, May 6 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with visiting "
    "Kenyan Foreign Minister Ada Okoth in Beijing on Monday.\n\n"
    'Wang said China is ready to work with Kenya. "We are good friends," he said.\n\n'
    "Okoth said Kenya supports the Belt and Road Initiative, adding that the two sides agreed "
    "to deepen cooperation.\n"
)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _capitalised_words(size: int) -> str:
    """Distinct capitalised words in a row (`Baka Bake Baki ...`), no punctuation."""
    letters = "bcdfghjklmnprstvz"
    vowels = "aeiou"
    syllables = [c + v for c in letters for v in vowels]
    words = (
        (a + b + c).capitalize() for a, b, c in itertools.product(syllables, syllables, syllables)
    )
    out: list[str] = []
    n = 0
    for w in words:
        out.append(w)
        n += len(w) + 1
        if n >= size:
            break
    return " ".join(out)[:size]


def _new_meetings(size: int) -> Iterator[str]:
    """Clauses of a meeting of two people never named before (`Minister Baka Bake met ...`)."""
    names = _capitalised_words(3 * size).split()
    return (
        f"Minister {a} {b} met Minister {c} {d}"
        for a, b, c, d in zip(names[::4], names[1::4], names[2::4], names[3::4], strict=False)
    )


def _different_meetings(size: int) -> str:
    """A meeting of two people never named before in every sentence."""
    return " ".join(f"{m}." for m in _new_meetings(size))[:size]


def _pairs_in_one_sentence(size: int) -> str:
    """One sentence of meetings of people never named before, joined by `while` and `;`."""
    meetings = _new_meetings(size)
    return "; ".join(f"{p}, while {q}" for p, q in zip(meetings, meetings, strict=False))[:size]


def _speakers_in_one_sentence(size: int) -> str:
    """One sentence of speakers never named before, each saying something, and countries
    agreeing, joined by `while`, `whereas` and `;`."""
    names = iter(_capitalised_words(size).split())
    parts = ["Foreign Minister Wang Yi met Foreign Minister Sergey Lavrov in Beijing.\n\nWang said"]
    length = 0
    for a, b in zip(names, names, strict=False):
        parts.append(
            f"{a} said trade grew, while {b} affirmed support; China, Russia and India agreed"
            " to talk, whereas Beijing and Moscow also agreed"
        )
        length += len(parts[-1]) + 2
        if length > size:
            break
    return "; ".join(parts)[:size]


def _people_named_by_role(size: int) -> str:
    """A new person in every sentence, meeting someone named only by a role."""
    names = _capitalised_words(3 * size).split()
    sentences = (
        f"Minister {a} {b} met the foreign minister."
        for a, b in zip(names[::2], names[1::2], strict=False)
    )
    return " ".join(sentences)[:size]


def _offices_of_countries(size: int) -> str:
    """New people in every sentence, beside offices of countries and meetings yet to come."""
    names = _capitalised_words(3 * size).split()
    countries = ["Qatar", "Jordan", "Viet Nam", "the UAE", "Sri Lanka", "the United Nations"]
    sentences = (
        f"Minister {a} {b} of {countries[i % 6]} and Minister {c} {d} met the King of"
        f" {countries[(i + 1) % 6]}, Sheikh {c}. A telephone conversation between {a} and {d}"
        " is being prepared.\n\n"
        for i, (a, b, c, d) in enumerate(
            zip(names[::4], names[1::4], names[2::4], names[3::4], strict=False)
        )
    )
    return "".join(sentences)[:size]


def _counterparts_and_ceremonies(size: int) -> str:
    """Lists of counterparts, a name joined to a role, and ceremonies for someone, in every
    sentence: each person new, each list as long as a list gets."""
    names = _capitalised_words(3 * size).split()
    demonyms = ", ".join(["Egyptian", "Saudi", "Qatari", "Jordanian", "Iraqi"] * 3)
    sentences = (
        f"Minister {a} {b} met his {demonyms} and Omani counterparts before the funeral of"
        f" President {c} {d}. {a} and the pope discussed peace, and the ministry said that {b}"
        f" and the King of Jordan reviewed ties with counterparts from Egypt, the UAE and {d}.\n\n"
        for a, b, c, d in zip(names[::4], names[1::4], names[2::4], names[3::4], strict=False)
    )
    return "".join(sentences)[:size]


def _relayed_days_and_pronouns(size: int) -> str:
    """Words relayed by a ministry, numeric dates, days told against the meeting before, a
    woman's pronoun and a venue before its city, with new people in every sentence."""
    names = _capitalised_words(size).split()
    sentences = (
        f"On 1{k % 9}.0{k % 9 + 1}.2024 Ms Helga {a} met Mr {b} at Expo Hall Dubai. The"
        f" ministry said in a statement that {a} stressed ties, {b} said. The following day"
        f" she held talks with {b} and she said {a} agreed."
        for k, (a, b) in enumerate(zip(names[::2], names[1::2], strict=False))
    )
    return " ".join(sentences)[:size]


def _pages_ranks_and_subjectless_talks(size: int) -> str:
    """Lines of wide-spaced page items and arrows, datelines of a city written as a name,
    titles that are given names, particles before surnames, ranks before an office, talks
    with no subject and soundbites, with new people in every paragraph."""
    names = _capitalised_words(size).split()
    paragraphs = (
        f"Category: News    Friday, 14 March 2025    Viewed: {k} times\n"
        f"Press > Delegation of {a} to {b} > News\n\n"
        f"Addis Ababa, Ethiopia - Dr. Sultan {a} Al {b} met Ambassador Jan de {b}, Minister of"
        f" Foreign Affairs of Kenya. Later, talks took place with President {a} de {b}. De {b}"
        f" said ties grew.\n"
        f'3. SOUNDBITE (English) {a} Al {b}, EAM: "We are ready."\n\n'
        for k, (a, b) in enumerate(zip(names[::2], names[1::2], strict=False))
    )
    return "".join(paragraphs)[:size]


def _posts_labels_and_boxes(size: int) -> str:
    """Posts' lines with their first person unsaid, labels in capitals, list items' marks,
    ranks and post-nominals, and boxes of links after prose, with new people everywhere."""
    names = _capitalised_words(size).split()
    paragraphs = (
        f"Good to speak with Foreign Minister {a} {b} today. Had a productive call with {b}.\n\n"
        f"PENNY WONG: Thank you, {a}. We discussed the talks we have just concluded.\n\n"
        f"{a.upper()} {b.upper()}: Our meeting was useful.\n\n"
        f"\U0001f539 {a} {b} reaffirmed support. \u2022 Both ministers agreed.\n\n"
        f"Hon. {b} {a} MP, KC, Minister of Foreign Affairs, Cooperation and Malians Abroad,"
        f" met the Minister of Defence, General {a} {b}, who said the matter was discussed"
        f' during his meeting with {b}. "Both countries share a border," he told local media.'
        f"\n\nRelated news\n\nTelephone conversation between {a} and {b}\n\n"
        for a, b in zip(names[::2], names[1::2], strict=False)
    )
    return "".join(paragraphs)[:size]


def _every_category(size: int) -> str:
    """Every code point in turn (lone surrogates, controls, marks, emoji, ...)."""
    return _fill("".join(map(chr, range(sys.maxunicode + 1))), size)


def _nested(size: int) -> str:
    half = size // 2
    opening = _fill("([{\u201c\u2018<", half)
    closing = _fill(">\u2019\u201d}])", size - half)
    return opening + closing


_LIST_HEAD = (
    "Foreign Minister Wang Yi met Foreign Minister Sergey Lavrov in Beijing on Monday.\n\n"
    "The two ministers agreed to:\n"
)
_TURNS_HEAD = "Foreign Secretary David Lammy met "
"""The subject of a sentence that meets counterparts in turn without end."""

_RELEASE_HEAD = "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nHeadline\n\n"
"""A minister's release names its author above the story."""

ADVERSARIAL: dict[str, tuple[int, Callable[[int], str]]] = {
    "1 MB of 'a'": (MB, lambda n: "a" * n),
    "1 MB of 'A'": (MB, lambda n: "A" * n),
    "1 MB of spaces": (MB, lambda n: " " * n),
    "1 MB of newlines": (MB, lambda n: "\n" * n),
    "100,000 periods": (100_000, lambda n: "." * n),
    "100,000 quote marks": (100_000, lambda n: '"' * n),
    "100,000 curly quotes": (100_000, lambda n: "\u201c" * n),
    "100,000 apostrophes": (100_000, lambda n: "'" * n),
    "100,000 periods and spaces": (100_000, lambda n: _fill(". ", n)),
    "100,000 commas": (100_000, lambda n: "," * n),
    "1 MB line with no space": (MB, lambda n: _fill('Wang.Yi,said:"China"(Beijing)-Lavrov', n)),
    "deeply nested brackets": (MB, lambda n: "(" * (n // 2) + ")" * (n - n // 2)),
    "nested mixed brackets and quotes": (MB, _nested),
    "every Unicode category": (MB, _every_category),
    "capitalised words in a row": (250_000, _capitalised_words),
    "the same capitalised words": (250_000, lambda n: _fill("Wang Yi Sergey Lavrov Beijing ", n)),
    "one run-on sentence of cues": (
        250_000,
        lambda n: _fill("The Chinese Foreign Minister Wang Yi said that ", n),
    ),
    "the same meeting sentence": (
        250_000,
        lambda n: _fill("Wang Yi held talks with Lavrov in Beijing. ", n),
    ),
    "names joined by commas": (250_000, lambda n: _fill("Wang Yi, Lavrov and ", n)),
    "a different meeting in every sentence": (250_000, _different_meetings),
    "meetings of others joined in one sentence": (250_000, _pairs_in_one_sentence),
    "speakers and countries joined in one sentence": (250_000, _speakers_in_one_sentence),
    "a new person and a role in every sentence": (MB, _people_named_by_role),
    "abbreviations": (250_000, lambda n: _fill("U.S. Mr. Dr. Sept. No. ", n)),
    "one endless title": (250_000, lambda n: _fill("Foreign Minister H.E. ", n)),
    "title words in a row": (250_000, lambda n: _fill("Foreign Minister ", n)),
    "a portfolio listed without end": (250_000, lambda n: _fill("Minister of Trade, Aid and ", n)),
    "places of a title without end": (
        250_000,
        lambda n: _fill("Governor of the Russian state of the head of Polish diplomacy of ", n),
    ),
    "the past perfect in every sentence": (
        250_000,
        lambda n: _fill("The Minister had already met the Foreign Minister of Russia. ", n),
    ),
    "a speaker named in every sentence": (
        250_000,
        lambda n: _fill("Wang Yi met Lavrov in Beijing. Lavrov said the talks went well. ", n),
    ),
    "a release in the first person without end": (
        250_000,
        lambda n: (
            _RELEASE_HEAD
            + _fill(
                "I met Foreign Minister Wang Yi. We talked about trade, I said. ",
                n - len(_RELEASE_HEAD),
            )
        ),
    ),
    "counterparts met in turn without end": (
        250_000,
        lambda n: (
            _TURNS_HEAD
            + _fill(
                "Foreign Minister Wang Yi and later Vice President Han Zheng and then ",
                n - len(_TURNS_HEAD),
            )
        ),
    ),
    "organisations' long names end to end": (
        250_000,
        lambda n: _fill(
            "Commissioner-General of the UN Relief and Works Agency for Palestine Refugees in"
            " the Near East (UNRWA) ",
            n,
        ),
    ),
    "a country's long name in every title": (
        250_000,
        lambda n: _fill("the Minister of Foreign Affairs of the People's Republic of China, ", n),
    ),
    "a list without end after a colon": (
        250_000,
        lambda n: _LIST_HEAD + _fill("- expand trade;\n", n - len(_LIST_HEAD)),
    ),
    "a transcript's labels and questions": (
        250_000,
        lambda n: _fill(
            "H. FIDAN: We have just completed a meeting.\n\nQ: Why?\n\n"
            "JOURNALIST FROM AFP: Really?\n\n",
            n,
        ),
    ),
    "a headline in capitals without end": (
        250_000,
        lambda n: _fill("PRESIDENT XI IN BEIJING TO MEET PM MODI AT THE ", n),
    ),
    "offices of countries and calls being prepared": (250_000, _offices_of_countries),
    "counterparts, joined roles and ceremonies": (250_000, _counterparts_and_ceremonies),
    "relayed words, numeric dates and following days": (250_000, _relayed_days_and_pronouns),
    "page lines, ranks and talks with no subject": (250_000, _pages_ranks_and_subjectless_talks),
    "posts, labels in capitals and boxes of links": (250_000, _posts_labels_and_boxes),
    "dates": (250_000, lambda n: _fill("on May 5, 2024-05-06 Monday ", n)),
    "one name per line": (250_000, lambda n: _fill("Wang Yi\n", n)),
    "quoted speech without end": (250_000, lambda n: '"' + _fill("We said that they said ", n - 1)),
}
"""Name -> (size in characters, builder). Single-character runs are 1 MB or 100,000
characters as in the issue; text-like inputs, which do real work, are 250 kB (one is 1 MB, so
that a step quadratic in the number of people it names would take longer than any bound)."""

NAMED_IN_THE_ISSUE = frozenset(
    {
        "1 MB of 'a'",
        "100,000 periods",
        "100,000 quote marks",
        "1 MB line with no space",
        "capitalised words in a row",
        "deeply nested brackets",
        "every Unicode category",
    }
)
"""The inputs the robustness issue names; the others are dense text that does more work
per character than a report by design (a meeting, a date or a name in every sentence)."""


def adversarial(name: str, size: int | None = None) -> str:
    """The named hostile input, at its own size or at `size` characters."""
    default, build = ADVERSARIAL[name]
    return build(default if size is None else size)


def normal_text(samples: list[str], size: int) -> str:
    """`size` characters of real reports, one after another (a long normal page)."""
    return _fill("\n\n".join([*samples, _REPORT]), size)


def assert_sound(report: Report, text: str) -> None:
    """Check what `parse` promises of any report: spans in range, exact texts, JSON round trip."""
    n = len(text)
    assert report.length == n
    assert report.sha256 == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    spans = list(report.story)
    spans += [c.span for c in report.captions]
    if report.dateline is not None:
        spans.append(report.dateline.span)
    for c in report.captions:
        assert c.text == text[c.span[0] : c.span[1]]
    for m in report.meetings:
        if m.span is not None:
            spans.append(m.span)
        speakers = [p for s in m.statements for p in s.attribution.speakers]
        assert all(isinstance(p, Person) for p in [*m.participants, *speakers])
        for s in m.statements:
            spans.append(s.span)
            assert s.text == text[s.span[0] : s.span[1]], (s.span, s.text[:80])
            assert s.text.strip(), s.span
    for start, end in spans:
        assert 0 <= start <= end <= n, (start, end, n)
    assert from_json(to_json(report)) == report
    assert from_dict(to_dict(report)) == report
