"""Fuzzing `parse`: arbitrary text and mangled real reports never make it raise.

Every report that comes back is sound: its spans lie in the text,
`text[start:end]` is each statement's source, and it survives a round trip
through dicts and JSON (see `adversarial.assert_sound`).
"""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplomeet
from adversarial import assert_sound
from diplomeet import parse, parse_many, to_dict

pytestmark = pytest.mark.property

SAMPLES = diplomeet.sample_texts()
SCHEMA = diplomeet.json_schema()

# The ci profile runs 1000 examples; a whole report takes a few milliseconds to parse, so
# the tests on real reports run fewer (and never more than the profile asks for).
REPORT_EXAMPLES = min(300, settings().max_examples)

FURNITURE = [
    "Share",
    "Tweet",
    "Print",
    "Editor: Li Yan",
    "[Editor: Wang Lei]",
    "Home > World > Asia",
    "Follow us on Facebook",
    "Copyright 2024 Xinhua. All rights reserved.",
    "Related stories",
    "(Xinhua/Li Xueren)",
    "Photo taken on May 6, 2024 shows Wang Yi meeting Ada Okoth in Beijing. [Photo/Xinhua]",
    "BEIJING, May 6 (Xinhua) --",
    "Updated 10:42, 06-May-2024",
    "Source: Ministry of Foreign Affairs",
    "2024-05-06 18:30",
    "Subscribe to our newsletter",
    "Font size: A A A",
    "Advertisement",
    "Scan the QR code to read on your phone",
    "We use cookies to improve your experience.",
]

WORDS = [
    "Wang",
    "Yi",
    "Wang Yi",
    "Sergey Lavrov",
    "Lavrov",
    "he",
    "she",
    "they",
    "the two sides",
    "the Russian diplomat",
    "Chinese",
    "Foreign Minister",
    "State Councilor",
    "said",
    "says",
    "stressed",
    "noted",
    "according to",
    "held talks with",
    "met with",
    "talked over the phone with",
    "via video link",
    "in Beijing",
    "on Monday",
    "on FR\u0130DAY",  # `İ`, `ı`, `ſ`: letters a case-insensitive pattern takes for `i`, `s`
    "last Tue\u017fday",
    "this Frıday",
    "May 6",
    "2024",
    "Sept.",
    "U.S.",
    "Mr.",
    "SCO",
    "G20 Summit",
    "that",
    "and",
    ",",
    ".",
    ":",
    ";",
    '"',
    "\u201c",
    "\u201d",
    "'",
    "(",
    ")",
    "--",
    "\n",
    "\n\n",
    " ",
    # Words longer than the step the title reader walks back by (a URL, glued words).
    "https://example.org/news/2024/05/06/wang-lavrov",
    "internationalisation-of-the-conference",
]

wordy_text = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
any_text = st.lists(
    st.one_of(
        st.characters(exclude_categories=()),  # every category, controls and marks included
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=()),
        st.sampled_from(list(".!?,;:\"'\u201c\u201d\u2019()[]{}-\n\r\t \u00a0\u3000")),
    ),
    max_size=400,
).map("".join)  # not st.text, which leaves lone surrogates out
"""Any `str`: lone surrogates (as `surrogateescape` leaves them) and punctuation made likely."""


@st.composite
def mutated_reports(draw: st.DrawFn) -> str:
    """A sample report with lines deleted, duplicated, shuffled or injected, characters
    inserted, and truncated anywhere."""
    lines = draw(st.sampled_from(SAMPLES)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "furniture", "chars", "blank"]))
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        if op == "delete" and lines:
            del lines[i]
        elif op == "duplicate" and lines:
            lines.insert(i, lines[i])
        elif op == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "furniture":
            lines.insert(i, draw(st.sampled_from(FURNITURE)))
        elif op == "chars" and lines:
            line = lines[i]
            at = draw(st.integers(0, len(line)))
            extra = draw(st.one_of(any_text.map(lambda s: s[:20]), st.sampled_from(WORDS)))
            lines[i] = line[:at] + extra + line[at:]
        elif op == "blank":
            lines.insert(i, "")
    if draw(st.booleans()):
        draw(st.randoms(use_true_random=False)).shuffle(lines)
    text = "\n".join(lines)
    if draw(st.booleans()):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        text = text[start:end]
    return text


@given(any_text)
def test_any_text(text: str) -> None:
    assert_sound(parse(text), text)


@given(wordy_text)
def test_text_made_of_report_words(text: str) -> None:
    assert_sound(parse(text), text)


@settings(max_examples=REPORT_EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_reports())
def test_mutated_reports(text: str) -> None:
    assert_sound(parse(text), text)


@settings(max_examples=REPORT_EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_reports(), st.sampled_from(sorted(diplomeet.list_formats())))
def test_mutated_reports_in_every_format(text: str, source: str) -> None:
    assert_sound(parse(text, source=source), text)


@settings(max_examples=min(100, settings().max_examples))
@given(st.one_of(mutated_reports(), wordy_text))
def test_output_matches_the_schema(text: str) -> None:
    jsonschema.validate(to_dict(parse(text)), SCHEMA)


@settings(max_examples=min(50, settings().max_examples))
@given(st.lists(st.one_of(wordy_text, st.sampled_from(SAMPLES)), max_size=6))
def test_parse_many_is_parse(texts: list[str]) -> None:
    assert [to_dict(r) for r in parse_many(texts)] == [to_dict(parse(t)) for t in texts]
