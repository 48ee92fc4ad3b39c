"""The source-format envelope readers: seeds, example pages per format, and robustness."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import re
import time
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomeet
from diplomeet.formats import Envelope, detect_format, get_format
from diplomeet.formats import _layout as layout
from diplomeet.formats._layout import (
    HEADERS,
    Furniture,
    LayoutFormat,
    caption_credit,
    find_dateline,
    make_date,
    month_number,
    parse_date_text,
)
from diplomeet.formats.cgtn import CGTN
from diplomeet.formats.generic import GENERIC
from diplomeet.formats.mfa import MFA
from diplomeet.formats.xinhua import XINHUA

HERE = Path(__file__).parent
PAGES = HERE / "formats"
GOLD = HERE / "seeds" / "gold"
FORMATS = [MFA, XINHUA, CGTN, GENERIC]
FURNITURE_JSON = Path(diplomeet.__file__).parent / "knowledge" / "data" / "furniture.json"


def read(rel: str) -> str:
    # newline="" keeps \r\n as written: spans index the text exactly as given
    with open(PAGES / rel, encoding="utf-8", newline="") as f:
        return f.read()


def spans_text(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in spans]


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def check_envelope(text: str, env: Envelope) -> None:
    """The invariants every envelope keeps, whatever the text."""
    n = len(text)
    assert isinstance(env, Envelope)
    assert not any(note.startswith("layout reader failed") for note in env.notes), env.notes
    everything = [*env.story, *env.furniture, *(c.span for c in env.captions)]
    if env.title_span is not None:
        everything.append(env.title_span)
    if env.dateline is not None:
        everything.append(env.dateline.span)
    for s, e in everything:
        assert 0 <= s <= e <= n
    for group in (env.story, env.furniture, [c.span for c in env.captions]):
        for (_s1, e1), (s2, _e2) in itertools.pairwise(group):
            assert e1 <= s2, "spans must be ordered and disjoint"
    for s, e in env.story:
        assert s < e
        piece = text[s:e]
        assert piece == piece.strip(layout.WHITESPACE), "story spans are trimmed"
        for other in [*env.furniture, *(c.span for c in env.captions)]:
            assert not overlaps((s, e), other)
        if env.title_span is not None:
            assert not overlaps((s, e), env.title_span)
    for c in env.captions:
        assert c.text == text[c.span[0] : c.span[1]]
    if env.title is not None:
        assert env.title_span is not None
        assert env.title == text[env.title_span[0] : env.title_span[1]]
        assert env.title.strip() == env.title
    if env.dateline is not None:
        assert env.dateline.country is None


# ----------------------------------------------------------------------------- seeds

SEEDS = {
    "000_fbd1224d27f36314": {
        "formats": {"generic", "xinhua"},
        "title": None,
        "published": None,
        "dateline": None,
        "credits": [],
        "story": [
            "Chinese State Councilor and Foreign Minister Wang Yi Wang Yi said",
            "According to a press release",
            "Wang Yi said that this year",
            "Lavrov said,",
            "The press release also said",
            "The two sides believe",
            "The two sides agreed",
            "Wang Yi met with Lavrov",
        ],
        "furniture": [],
    },
    "001_29a77923fbac22ee": {
        "formats": {"mfa"},
        "title": "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
        "published": None,
        "dateline": None,
        "credits": [],
        "story": [
            "On July 15, 2021 local time,",
            "Wang Yi said, not long ago",
            "Wang Yi said that COVID-19",
            "Wang Yi said, this year",
            "Wang Yi pointed out",
            "Lavrov said, Russia-China relations",
        ],
        "furniture": ["Home\xa0>\xa0Important News of China", "Suggest To A Friend:"],
    },
    "002_bb335031257d7abf": {
        "formats": {"xinhua", "cgtn"},
        "title": None,
        "published": dt.date(2019, 5, 23),
        "dateline": None,
        "credits": ["Xinhua/Li Yong"],
        "caption_starts": ["Chinese State Councilor and Foreign Minister Wang Yi (R) meets"],
        "story": [
            "Chinese State Councilor and Foreign Minister Wang Yi on Wednesday",
            "Wang made the remarks",
            "Wang said that against",
            "China and Russia need",
            "Wang stressed",
            "He noted",
            "Lavrov said the world",
            "With the joint efforts",
            "The two countries should",
            "Russia is ready",
            "The two sides also exchanged",
        ],
        "furniture": ["date 2019-05-23"],
    },
    "003_b9fb024020862bbd": {
        "formats": {"cgtn", "xinhua"},
        "title": "Chinese, Russian FMs pledge to step up bilateral cooperation",
        "published": dt.date(2021, 9, 17),
        "dateline": ("Dushanbe", 9, 16, "Xinhua"),
        "credits": [],
        "story": [
            "Lavrov said that the two sides",
            "Chinese State Councilor and Foreign Minister Wang Yi and Russian",
            "Not long ago",
            "He said that China firmly",
            "China is ready",
            "He suggested",
            "Wang said that China is ready",
            "The senior official",
            "He added",
            "Lavrov said Russia and China",
            "He said that the two sides",
            "Russia unwaveringly",
            "Russia supports",
            "He said Russia is willing",
        ],
        "furniture": [
            "Source:Xinhua 17-09-21 09:01 Updated BJT",
            "Font size:A+A-",
            "Editor: zhangrui",
            "17-09-21 09:01 BJT",
            "Share this:",
        ],
    },
    "004_8a21272e37cef72c": {
        "formats": {"cgtn", "xinhua"},
        "title": None,
        "published": dt.date(2025, 7, 14),
        "dateline": None,
        "credits": ["Photo/Chinese Foreign Ministry", "Photo/Chinese Foreign Ministry"],
        "caption_starts": ["Member of the Political Bureau", "Member of the Political Bureau"],
        "story": [
            "Chinese Foreign Minister Wang Yi met",
            "Wang, also a member",
            "He emphasized",
            "The two top diplomats",
            "Wang underscored",
            "Wang also highlighted",
            "This year marks",
            "Lavrov, for his part",
            "He expressed full support",
            "The two ministers also exchanged",
        ],
        "furniture": ["date 2025-07-14"],
    },
}

# ----------------------------------------------------------------------------- example pages

EXAMPLES = {
    "mfa/01_talks_crlf_timestamp.txt": {
        "formats": {"mfa"},
        "title": "Wang Yi Holds Talks with Foreign Minister Retno Marsudi of Indonesia",
        "published": dt.date(2019, 8, 2),
        "dateline": None,
        "credits": [],
        "story": [
            "On August 2, 2019",
            "Wang Yi said that China",
            "Retno Marsudi said",
            "The two sides",
        ],
        "furniture": [
            "中文 | English",
            "Home\xa0>\xa0Foreign Minister Wang Yi's Activities",
            "2019-08-02 21:47",
            "Suggest To A Friend:",
            "Print",
            "[Close]",
        ],
    },
    "mfa/02_phone_call_one_per_line.txt": {
        "formats": {"mfa"},
        "title": "Wang Yi Has a Phone Call with Turkish Foreign Minister Hakan Fidan",
        "published": dt.date(2024, 1, 11),
        "dateline": None,
        "credits": [],
        "story": [
            "On January 11, 2024",
            "Wang Yi expressed that",
            "Hakan Fidan said",
            "Both sides",
        ],
        "furniture": [
            "Home | About Us | Foreign Minister | Spokesperson's Remarks | Embassies and",
            "Home > Important News of China",
            "Updated: 2024-01-11 18:05",
            "Suggest to a friend",
            "Copyright © Ministry of Foreign Affairs",
        ],
    },
    "mfa/03_embassy_mirror_tabs.txt": {
        "formats": {"mfa"},
        "title": "Wang Yi Meets with Foreign Minister Mauro Vieira of Brazil",
        "published": dt.date(2023, 4, 15),
        "dateline": None,
        "credits": ["Photo/Chinese Foreign Ministry"],
        "caption_starts": ["State Councilor and Foreign Minister Wang Yi meets"],
        "story": ["On April 14, 2023", "Wang Yi said that China and Brazil", "Mauro Vieira said"],
        "furniture": [
            "Home > Embassy News > Activities",
            "Date: 2023-04-15",
            "Source: Ministry of Foreign Affairs",
            "Print",
            "E-mail",
            "Back to top",
        ],
    },
    "xinhua/01_wire_captions_related.txt": {
        "formats": {"xinhua"},
        "title": "Chinese, Brazilian FMs hold talks in Beijing",
        "published": dt.date(2023, 4, 15),
        "dateline": ("Beijing", 4, 14, "Xinhua"),
        "credits": ["Xinhua/Yan Yan"],
        "caption_starts": ["Chinese Foreign Minister Qin Gang (R) holds talks"],
        "story": ["Chinese Foreign Minister Qin Gang held talks", "Qin said", "Vieira said"],
        "furniture": [
            "Source: Xinhua | 2023-04-15 22:41:08 | Editor: huaxia",
            'src="http://www.news.example/photo/2023-04/14/c_1129.jpeg">',
            "Related:",
            "China, Brazil sign cooperation documents",
            "Brazilian president arrives in Beijing for state visit",
            "Follow us on Twitter",
            "Copyright © 2000-2023 XINHUANET.com All rights reserved.",
        ],
    },
    "xinhua/02_peoples_daily_reprint.txt": {
        "formats": {"xinhua"},
        "title": "Chinese premier meets Vietnamese deputy PM",
        "published": dt.date(2023, 5, 25),
        "dateline": ("Beijing", 5, 24, "Xinhua"),
        "credits": ["Xinhua/Liu Bin"],
        "caption_starts": ["Photo taken on May 24, 2023"],
        "story": ["Chinese Premier Li Qiang met", "Li said China", "Tran Luu Quang said"],
        "furniture": [
            "Home>>China",
            "(Xinhua) 09:22, May 25, 2023",
            "Search Trends",
            "Xi Jinping",
            "China-Vietnam relations",
            "Belt and Road",
            "Share:",
        ],
    },
    "xinhua/03_hard_wrapped_wire.txt": {
        "formats": {"xinhua"},
        "title": "Russian, Chinese FMs discuss Ukraine crisis in Moscow",
        "published": None,
        "dateline": ("Moscow", 3, 20, "Xinhua"),
        "credits": ["Xinhua/Bai Xueqi"],
        "caption_starts": ["Chinese Foreign Minister Wang Yi (L) shakes hands"],
        "story": [
            "Chinese Foreign Minister Wang Yi held talks\nwith his Russian",
            "Wang said that China will continue",
            "Lavrov said that Russia appreciates",
            "The two ministers also exchanged",
        ],
        "furniture": [
            "This site uses cookies",
            "WATCH VIDEO",
            "00:50",
            "By Xinhua writer Li Yan",
        ],
    },
    "cgtn/01_cctv_bjt_xinhua_story.txt": {
        "formats": {"cgtn"},
        "title": "Chinese vice president meets Kazakh foreign minister",
        "published": dt.date(2023, 5, 24),
        "dateline": ("Beijing", 5, 24, "Xinhua"),
        "credits": ["Xinhua/Shen Hong"],
        "caption_starts": ["Chinese Vice President Han Zheng (R) meets"],
        "story": ["Chinese Vice President Han Zheng met", "Han said China", "Nurtleu said"],
        "furniture": [
            "Source:Xinhua 24-05-23 18:40 Updated BJT",
            "Font size:A+A-",
            "Editor: liuxin",
            "24-05-23 18:40 BJT",
            "Share this:",
        ],
    },
    "cgtn/02_gmt8_byline_widgets.txt": {
        "formats": {"cgtn"},
        "title": "China, Germany hold talks on trade and climate in Berlin",
        "published": dt.date(2023, 5, 10),
        "dateline": None,
        "credits": ["Photo: Wang Xin/CGTN"],
        "caption_starts": ["Chinese Vice President Han Zheng shakes hands"],
        "story": [
            "Chinese Vice President Han Zheng met",
            "\u201cChina and Germany",
            "Baerbock said",
        ],
        "furniture": [
            "We use cookies to personalise content. Accept all cookies",
            '<a href="https://www.cgtn.example/politics">Politics</a>',
            "By Li Jingjing",
            "2023-05-10 09:53 GMT+8",
            "WATCH VIDEO",
            "01:42",
            "Search Trends",
            "Berlin talks",
            "Green transition",
            "Subscribe to our newsletter for the latest news.",
            "Editor: Zhao Yue",
            "Share this:",
        ],
    },
    "cgtn/03_video_shotlist.txt": {
        "formats": {"cgtn"},
        "title": "Chinese, Russian FMs meet on sidelines of G20 meeting in Bonn",
        "published": dt.date(2017, 2, 16),
        "dateline": None,
        "credits": [],
        "story": [
            "Chinese Foreign Minister Wang Yi met Russian",
            # A soundbite's speaker and words are the story, as a transcript's turn is.
            "Wang Yi, Chinese Foreign Minister:",
            '"China and Russia should keep close strategic communication."',
            "Chinese Foreign Minister Wang Yi and his Russian counterpart",
            "Wang said that China and Russia share",
        ],
        "furniture": [
            "Updated 21:15, 16-Feb-2017",
            "00:58",
            "Date : Feb 16, 2017",
            "Location(s) : Bonn, Germany",
            "Duration : 00:58",
            "SHOTLIST:",
            "1. Various of Wang Yi and Lavrov shaking hands",
            "2. Wide of meeting",
            "3. SOUNDBITE (Chinese)",
            "4. Close-up of national flags",
            "STORYLINE:",
            "Editor: Wang Xin",
            "Share this:",
        ],
        "metadata": (dt.date(2017, 2, 16), "Bonn, Germany"),
    },
    "cgtn/04_cctv_source_pipe.txt": {
        "formats": {"cgtn"},
        "title": "Chinese vice premier meets Russian deputy PM in Beijing",
        "published": dt.date(2009, 4, 27),
        "dateline": None,
        "credits": [],
        "story": ["Chinese Vice Premier Wang Qishan met", "Wang said China", "Sechin said"],
        "furniture": [
            "Source:CCTV.com | 04-27-2009 13:29",
            "Editor:Zhang Pei",
            "Print | E-mail | Share",
        ],
    },
    "generic/01_newspaper_paywall.txt": {
        "formats": {"generic"},
        "title": "Brazil and China pledge closer ties as foreign ministers meet",
        "published": dt.date(2013, 4, 13),
        "dateline": ("Brasilia", 4, 12, "AFP"),
        "credits": ["AFP"],
        "caption_starts": ["Foreign Minister Antonio Patriota greets"],
        "story": ["Brazil and China agreed", "Patriota said", "The Chinese minister said"],
        "furniture": [
            "Subscribe | Sign in",
            "We use cookies to personalise content and ads. Accept all cookies",
            "World | Asia | Politics | Business",
            "By Ana Souza",
            "Published: 2013-4-13 17:56:56",
            "To continue reading, subscribe to one of our plans.",
            "Advertisement",
            "© 2013 Daily Example. All rights reserved.",
        ],
    },
    "generic/02_machine_translation_lines.txt": {
        "formats": {"generic"},
        "title": "Wang Yi and Lavrov meet in Tashkent",
        "published": dt.date(2022, 7, 29),
        "dateline": None,
        "credits": [],
        "story": [
            "Russian Foreign Minister Lavrov said",
            "Lavrov said that relations",
            "Wang Yi said",
        ],
        "furniture": [
            "Home > International > Europe",
            "Date: 2022-07-29",
            "Source: Foreign Ministry of Russia",
            "Print",
        ],
    },
    "generic/03_aggregator_debris.txt": {
        "formats": {"generic"},
        "title": "Foreign ministers of China and Germany hold talks in Berlin",
        "published": dt.date(2023, 5, 12),
        "dateline": None,
        "credits": ["Reuters"],
        "caption_starts": ["File photo: German Foreign Minister"],
        "story": [
            "German Foreign Minister Annalena Baerbock met",
            "\u201cWe want fair rules",
            "Qin said",
        ],
        "furniture": [
            '<div class="article-header">',
            "Posted: May 12, 2023",
            "Read more: https://news.example.com/world/2023/05/12/berlin-talks",
            "Tags: China, Germany, diplomacy",
            'src="https://img.example.com/2023/05/12/talks.jpeg">',
            "Advertisement",
            "https://news.example.com/world/asia",
        ],
    },
}

CASES = {f"seeds/{k}.txt": v for k, v in SEEDS.items()} | EXAMPLES


def test_every_example_page_is_listed():
    on_disk = {str(p.relative_to(PAGES)) for p in PAGES.glob("*/*.txt")}
    assert on_disk == set(CASES)
    for fmt in ("mfa", "xinhua", "cgtn", "generic"):
        assert sum(1 for k in EXAMPLES if k.startswith(fmt + "/")) >= 3


@pytest.mark.parametrize("rel", sorted(CASES))
def test_detection(rel):
    text = read(rel)
    assert detect_format(text) in CASES[rel]["formats"]
    for fmt in FORMATS:
        assert 0.0 <= fmt.sniff(text) <= 1.0


@pytest.mark.parametrize(
    ("page", "fmt"),
    [
        ("Wang meets Rubio\nJuly 11, 2025 4:52 PM GMT+8 Updated July 11, 2025\n", "generic"),
        ("Wang meets Rubio\n2025-07-11 16:52 GMT+8\n", "cgtn"),
        ("Kuwait News Agency\nFont size A+ A-\nGCC chief meets minister\n", "generic"),
        (
            "MINISTRY OF FOREIGN AFFAIRS, REPUBLIC OF KOREA\nPress Releases\n"
            "Foreign Minister Holds Talks with Japanese Counterpart\n",
            "generic",
        ),
        (
            "Ministry of Foreign Affairs of the People's Republic of China\n"
            "Wang Yi Holds Talks with Japanese Foreign Minister\n",
            "mfa",
        ),
    ],
)
def test_marks_many_sites_share_make_no_page_of_a_format(page, fmt):
    assert detect_format(page) == fmt


@pytest.mark.parametrize("rel", sorted(CASES))
def test_envelope(rel):
    case = CASES[rel]
    text = read(rel)
    fmt = get_format(detect_format(text))
    env = fmt.envelope(text)
    check_envelope(text, env)
    assert env.source == fmt.name
    assert env.title == case["title"]
    assert env.published == case["published"]
    if case["dateline"] is None:
        assert env.dateline is None
    else:
        d = env.dateline
        assert d is not None
        assert (d.city, d.month, d.day, d.agency) == case["dateline"]
        assert text[d.span[0] : d.span[1]].startswith(text[d.span[0] : d.span[0] + 3])
        assert re.search(r"\)\s*(--|—|:|-)$", text[d.span[0] : d.span[1]])
    assert [c.credit for c in env.captions] == case["credits"]
    for c, start in zip(env.captions, case.get("caption_starts", []), strict=True):
        assert c.text.startswith(start)
    story = spans_text(text, env.story)
    assert len(story) == len(case["story"]), story
    for paragraph, start in zip(story, case["story"], strict=True):
        assert paragraph.startswith(start)
    furniture = spans_text(text, env.furniture)
    for line in case["furniture"]:
        assert any(f.startswith(line) for f in furniture), line
        assert not any(line in p for p in story), line
    if "metadata" in case:
        assert (env.metadata_date, env.metadata_location) == case["metadata"]
    else:
        assert env.metadata_date is None
        assert env.metadata_location is None


@pytest.mark.parametrize("rel", sorted(CASES))
def test_every_format_reads_every_page_safely(rel):
    text = read(rel)
    for fmt in FORMATS:
        check_envelope(text, fmt.envelope(text))


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_seeds_agree_with_gold(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    text = read(f"seeds/{stem}.txt")
    name = detect_format(text)
    assert name in gold["source"]
    env = get_format(name).envelope(text)
    published = gold["published"]
    assert env.published == (dt.date.fromisoformat(published) if published else None)
    assert env.title == gold.get("title")


def test_seed_002_caption_follows_the_scraper_header():
    text = read("seeds/002_bb335031257d7abf.txt")
    env = XINHUA.envelope(text)
    (caption,) = env.captions
    assert caption.span[0] == text.index("Chinese State Councilor")
    assert caption.text.endswith("(Xinhua/Li Yong)")
    assert env.furniture[0] == (1, 16)


def test_seed_003_dateline_is_cut_from_its_paragraph():
    text = read("seeds/003_b9fb024020862bbd.txt")
    env = CGTN.envelope(text)
    assert env.dateline is not None
    s, e = env.dateline.span
    assert text[s:e] == "DUSHANBE, Sept. 16 (Xinhua) --"
    assert any(
        start == text.index("Chinese State Councilor and Foreign Minister Wang Yi and")
        for start, _ in env.story
    )


def test_cgtn_page_with_a_xinhua_story_is_cgtn():
    for rel in ("seeds/003_b9fb024020862bbd.txt", "cgtn/01_cctv_bjt_xinhua_story.txt"):
        text = read(rel)
        assert CGTN.sniff(text) > XINHUA.sniff(text)


def test_registry_doctest_line_is_xinhua():
    assert detect_format("BEIJING, May 24 (Xinhua) -- Chinese Foreign Minister ...") == "xinhua"


def test_a_lone_line_is_story_not_title():
    for text in ("Wang Yi meets Lavrov in Moscow", "Headline\nSuggest to a friend"):
        env = GENERIC.envelope(text)
        assert env.title is None
        assert len(env.story) == 1


def test_generic_is_a_small_constant():
    assert GENERIC.sniff("") == GENERIC.sniff("anything at all") == 0.1


# ----------------------------------------------------------------------------- white space


def test_crlf_nbsp_tabs_and_leading_spaces():
    text = (
        "\ufeff  Home\xa0>\xa0China News\r\n"
        "\t Wang Yi Meets with Foreign Minister A of B \r\n\r\n\r\n"
        "   On May 1, 2020, Wang Yi met with Foreign Minister A in Beijing.\xa0\r\n"
        "\r\n"
        "\u3000Wang Yi said that the two sides should cooperate.\r\n"
        "  Suggest to a friend  \r\n\r\n\r\n"
    )
    env = MFA.envelope(text)
    check_envelope(text, env)
    assert env.title == "Wang Yi Meets with Foreign Minister A of B"
    assert spans_text(text, env.story) == [
        "On May 1, 2020, Wang Yi met with Foreign Minister A in Beijing.",
        "Wang Yi said that the two sides should cooperate.",
    ]
    assert spans_text(text, env.furniture) == ["Home\xa0>\xa0China News", "Suggest to a friend"]


def test_one_paragraph_per_line_and_hard_wrapped_blocks():
    per_line = "First paragraph ends here.\nSecond paragraph ends here.\nThird one too."
    env = GENERIC.envelope(per_line)
    assert spans_text(per_line, env.story) == [
        "First paragraph ends here.",
        "Second paragraph ends here.",
        "Third one too.",
    ]
    wrapped = (
        "The minister met his counterpart\n"
        "in the capital on Monday and said\n"
        "that ties were good.\n"
    )
    env = GENERIC.envelope(wrapped)
    assert spans_text(wrapped, env.story) == [wrapped.strip()]


def test_credit_on_its_own_line_stays_with_its_caption():
    text = (
        "Wang Yi (R) meets Lavrov in Beijing, July 13.\n(Xinhua/Li Yong)\n"
        "BEIJING, July 13 (Xinhua) -- They met."
    )
    env = XINHUA.envelope(text)
    assert [c.text for c in env.captions] == [
        "Wang Yi (R) meets Lavrov in Beijing, July 13.\n(Xinhua/Li Yong)"
    ]
    assert spans_text(text, env.story) == ["They met."]


# ----------------------------------------------------------------------------- dates and headers


@pytest.mark.parametrize("header", sorted(HEADERS))
def test_each_header_reads_its_example(header):
    pattern = HEADERS[header]
    assert pattern.read(pattern.example) is not None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("17-09-21 09:01 BJT", dt.date(2021, 9, 17)),
        ("Source:Xinhua 17-09-21 09:01 Updated BJT", dt.date(2021, 9, 17)),
        ("Published: 2013-4-13 17:56:56", dt.date(2013, 4, 13)),
        ("Xinhua) 09:22, May 25, 2023", dt.date(2023, 5, 25)),
        ("2017-02-08 09:53 GMT+8", dt.date(2017, 2, 8)),
        ("2017-08-06 10:33", dt.date(2017, 8, 6)),
        ("Source:CCTV.com | 04-27-2009 13:29", dt.date(2009, 4, 27)),
        ("Updated 21:07, 13-Jul-2025", dt.date(2025, 7, 13)),
        ("Source: Xinhua | 2023-05-25 09:22:11 | Editor: huaxia", dt.date(2023, 5, 25)),
        # A time of day written `18h40`, and when the page was updated after the date.
        ("Published on 05/06/2023 18h40 Updated on 05/06/2023 19h12", dt.date(2023, 6, 5)),
        ("20:14 21.10.2024 (updated: 20:31 21.10.2024)", dt.date(2024, 10, 21)),
        ("March 8, 2024 9:41 PM GMT+1 Updated 3 hours ago", dt.date(2024, 3, 8)),
        # The Hijri date before the Gregorian one.
        ("Tuesday 1446/3/21 - 2024/09/24", dt.date(2024, 9, 24)),
        ("Publication date: November 27, 2024, 14:15", dt.date(2024, 11, 27)),
        ("Date of publication: 3 May 2021", dt.date(2021, 5, 3)),
        # No space after the comma, a timestamp in brackets, an ordinal day with `of`.
        ("Dec 11,2023", dt.date(2023, 12, 11)),
        ("(2023-09-25 21:35)", dt.date(2023, 9, 25)),
        ("[2024-03-03]", dt.date(2024, 3, 3)),
        ("Published on 3rd of March, 2024", dt.date(2024, 3, 3)),
        # A machine translation from Spanish: `lunes 29 de abril de 2024`.
        ("Monday 29 of April of 2024", dt.date(2024, 4, 29)),
    ],
)
def test_header_dates(line, expected):
    text = f"Headline of the page\n{line}\n\nThe ministers met on Monday."
    assert GENERIC.envelope(text).published == expected


@pytest.mark.parametrize(
    "line",
    [
        "32-13-21 09:01 BJT",
        "Published: 2013-02-30 17:56:56",
        "Source:CCTV.com | 13-27-2009 13:29",
        "Xinhua) 09:22, Smarch 25, 2023",
        " date 2019-02-29",
        "0000-00-00 10:33",
    ],
)
def test_impossible_header_dates_give_none(line):
    for fmt in FORMATS:
        env = fmt.envelope(f"{line}\nHeadline\n\nThe ministers met.")
        assert env.published is None


def test_scraper_date_header_is_read_by_every_format():
    text = " date 2020-02-03 Headline text\n\nThe ministers met on Monday."
    for fmt in FORMATS:
        env = fmt.envelope(text)
        assert env.published == dt.date(2020, 2, 3)
        assert env.title == "Headline text"
        assert env.furniture[0] == (1, 16)


def test_every_format_reads_every_date_header():
    """Pages are copied between sites: a forced format still reads another site's header."""
    text = "Headline\nSource:Xinhua 17-09-21 09:01 Updated BJT\n\nThe ministers met."
    assert CGTN.envelope(text).published == dt.date(2021, 9, 17)
    assert MFA.envelope(text).published == dt.date(2021, 9, 17)
    assert "Source:Xinhua" not in "".join(spans_text(text, MFA.envelope(text).story))


def test_make_date_and_month_number():
    assert make_date("21", "09", "17") == dt.date(2021, 9, 17)
    assert make_date("99", "1", "2") == dt.date(1999, 1, 2)
    assert make_date(2021, "Sept.", 16) == dt.date(2021, 9, 16)
    assert make_date(2021, 2, 29) is None
    assert make_date(2021, 13, 1) is None
    assert make_date("x", "y", "z") is None
    assert make_date("9" * 40, 1, 1) is None
    assert [month_number(m) for m in ("Jan.", "Sep.", "Sept.", "September", "DEC", "Mon")] == [
        1,
        9,
        9,
        9,
        12,
        None,
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Feb 16, 2017", dt.date(2017, 2, 16)),
        ("February 16 2017", dt.date(2017, 2, 16)),
        ("16 Feb 2017", dt.date(2017, 2, 16)),
        ("16-Feb-2017", dt.date(2017, 2, 16)),
        ("2017-02-16", dt.date(2017, 2, 16)),
        ("Feb 31, 2017", None),
        ("someday", None),
        ("", None),
    ],
)
def test_parse_date_text(value, expected):
    assert parse_date_text(value) == expected


# ----------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("paragraph", "expected", "body"),
    [
        ("DUSHANBE, Sept. 16 (Xinhua) -- Chinese", ("Dushanbe", 9, 16, "Xinhua"), "Chinese"),
        ("MOSCOW, March 20 (Xinhua): Chinese", ("Moscow", 3, 20, "Xinhua"), "Chinese"),
        ("BEIJING, May 24 (Xinhua) \u2014 Chinese", ("Beijing", 5, 24, "Xinhua"), "Chinese"),
        ("BEIJING, Sep. 1 (Xinhua) --Chinese", ("Beijing", 9, 1, "Xinhua"), "Chinese"),
        ("NEW DELHI, Jan. 5 (Xinhua) -- The", ("New Delhi", 1, 5, "Xinhua"), "The"),
        (
            "ST. PETERSBURG, Russia, June 6 (Xinhua) -- The",
            ("St. Petersburg", 6, 6, "Xinhua"),
            "The",
        ),
        ("RIO DE JANEIRO, Nov. 18 (Xinhua) -- The", ("Rio de Janeiro", 11, 18, "Xinhua"), "The"),
        ("UNITED NATIONS (Xinhua) -- The", ("United Nations", None, None, "Xinhua"), "The"),
        ("Beijing, May 24 (Xinhua) -- The", ("Beijing", 5, 24, "Xinhua"), "The"),
        ("BRASILIA, April 12 (AFP) - Brazil", ("Brasilia", 4, 12, "AFP"), "Brazil"),
        # A city in capitals, its country or state after a comma, a dash and no agency.
        ("LIMA - Japanese", ("Lima", None, None, None), "Japanese"),
        ("BANFF, Canada - Japanese", ("Banff", None, None, None), "Japanese"),
        ("PORT MORESBY, Papua New Guinea — The", ("Port Moresby", None, None, None), "The"),
        # A known city written as a name, its own country after a comma, and a dash.
        ("Addis Ababa, Ethiopia - The", ("Addis Ababa", None, None, None), "The"),
        ("Tashkent, Uzbekistan – Minister", ("Tashkent", None, None, None), "Minister"),
        ("Nairobi \u2014 Kenya's", ("Nairobi", None, None, None), "Kenya's"),
        # A month and day with no year and no agency.
        ("ASTANA, July 2 -- Kazakh", ("Astana", 7, 2, None), "Kazakh"),
        ("Geneva, 14 May - The", ("Geneva", 5, 14, None), "The"),
        # Cities with accented letters, as names or in capitals.
        ("Lomé - The", ("Lomé", None, None, None), "The"),
        ("BRASÍLIA, 3 May 2023 - The", ("Brasília", 5, 3, None), "The"),
        ("Asunción, May 3 (EFE) - The", ("Asunción", 5, 3, "EFE"), "The"),
        ("Reykjavík, 14 May - The", ("Reykjavík", 5, 14, None), "The"),
    ],
)
def test_datelines(paragraph, expected, body):
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None
    d, start = found
    assert (d.city, d.month, d.day, d.agency) == expected
    assert paragraph[start:].startswith(body)
    assert d.span[0] == 0
    assert paragraph[d.span[1] - 1] in "-—–:"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Wang said (Xinhua) the two sides agreed.",
        "BEIJING, Smarch 24 (Xinhua) -- The",
        "BEIJING, May 45 (Xinhua) -- The",
        "Chinese State Councilor Wang Yi (R) meets Lavrov.",
        "The two sides agreed to cooperate.",
        "",
        "Wang, Lavrov - the talks",
        "Xi said, May 14 - the talks",
        # A city written as a name needs to be known, and its country to be its own.
        "Wangcheng, Ethiopia - the talks",
        "Paris, Kenya - the talks",
    ],
)
def test_not_datelines(paragraph):
    assert find_dateline(paragraph, 0, len(paragraph)) is None


def test_dateline_alone_on_its_line():
    text = "Headline\n\nBEIJING, May 24 (Xinhua) --\nChinese Premier Li Qiang met a guest.\n"
    env = XINHUA.envelope(text)
    assert env.dateline is not None
    assert env.dateline.city == "Beijing"
    assert spans_text(text, env.story) == ["Chinese Premier Li Qiang met a guest."]


# ----------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Wang Yi (R) meets Lavrov in Beijing. (Xinhua/Li Yong)", "Xinhua/Li Yong"),
        (
            "Wang Yi meets Lavrov. (Photo/Chinese Foreign Ministry)",
            "Photo/Chinese Foreign Ministry",
        ),
        ("Wang Yi meets Lavrov. (Photo: Li/CGTN)", "Photo: Li/CGTN"),
        ("Wang Yi meets Lavrov. (CFP)", "CFP"),
        ("Wang Yi meets Lavrov. (AFP)", "AFP"),
        ("Wang Yi meets Lavrov. (Reuters)", "Reuters"),
        ("Wang Yi meets Lavrov. [Photo/Xinhua]", "Photo/Xinhua"),
        ("Photo taken on May 2 shows the talks.", None),
        ("File photo of the talks in Beijing.", None),
    ],
)
def test_captions(paragraph, credit):
    assert caption_credit(paragraph) == (True, credit)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Both sides support the Shanghai Cooperation Organization (SCO)",
        "Trains ran at 350 (km/h)",
        "China's growth was strong (Xinhua)",
        "The two sides agreed to cooperate.",
        "",
    ],
)
def test_not_captions(paragraph):
    assert caption_credit(paragraph) == (False, None)


# ----------------------------------------------------------------------------- furniture


def _nested_repeat(items, inside: bool = False) -> bool:
    repeats = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
    repeats += tuple(
        getattr(sre_constants, n) for n in ("POSSESSIVE_REPEAT",) if hasattr(sre_constants, n)
    )
    for op, av in items:
        if op in repeats:
            _lo, hi, sub = av
            many = hi > 1
            if many and inside:
                return True
            children = []
            if _nested_repeat(sub, inside or many):
                return True
        elif op is sre_constants.SUBPATTERN:
            children = [av[-1]]
        elif op is sre_constants.BRANCH:
            children = list(av[1])
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            children = [av[1]]
        else:
            children = []
        if any(_nested_repeat(child, inside) for child in children):
            return True
    return False


def test_nested_repeat_checker_works():
    assert _nested_repeat(sre_parse.parse(r"(?:a+)+"))
    assert _nested_repeat(sre_parse.parse(r"(?:x\s{1,3}){2,9}"))
    assert not _nested_repeat(sre_parse.parse(r"(?:\s*\d{1,6})?comments?"))


def test_furniture_data_file():
    data = json.loads(FURNITURE_JSON.read_text(encoding="utf-8"))
    assert data["patterns"]
    for entry in data["patterns"]:
        assert entry["comment"].strip()
        pattern = entry["pattern"]
        re.compile(pattern, re.IGNORECASE)
        assert not _nested_repeat(sre_parse.parse(pattern, re.IGNORECASE)), pattern
        assert not pattern.startswith("^") and not pattern.endswith("$"), (
            "patterns are anchored by the reader"
        )
    assert data["menu_words"] and data["language_names"]


def test_the_tags_under_a_bare_tag_label_are_furniture():
    text = (
        "Talks in the Kremlin\n\nThe presidents met in the Kremlin on Monday.\n\n"
        "Publication date: May 6, 2024, 14:15\nDirect link: en.example.ru/d/1\n\n"
        "Topics\nForeign policy\nPersons\nPutin Vladimir\n"
    )
    env = GENERIC.envelope(text)
    story = "".join(text[s:e] for s, e in env.story)
    assert "Foreign policy" not in story
    assert "Putin Vladimir" not in story
    assert "Direct link" not in story
    assert "Publication date" not in story


def test_code_patterns_have_no_nested_repeats():
    patterns = [v for v in vars(layout).values() if isinstance(v, re.Pattern)]
    patterns += [h.regex for h in HEADERS.values()]
    patterns += [m.regex for fmt in FORMATS for m in fmt.marks]
    assert len(patterns) > 20
    for regex in patterns:
        assert not _nested_repeat(sre_parse.parse(regex.pattern, regex.flags)), regex.pattern


@pytest.mark.parametrize(
    "line",
    [
        "Home > China News",
        "Home\xa0>\xa0Important News of China",
        "You are here: Home / World",
        "Suggest to a friend",
        "Suggest To A Friend:",
        "Print",
        "【Print】",
        "Share this:",
        "Share",
        "Font size:A+A-",
        "Editor: Li Yan",
        "(Web editor: Li Yan)",
        "By Zhang San",
        "Source: Xinhua",
        "Source:CCTV.com | 04-27-2009 13:29",
        "Copyright © 2024 Example News. All rights reserved.",
        "We use cookies to improve your experience on our site.",
        "Accept all cookies",
        "Subscribe now",
        "Already a subscriber? Log in to continue reading.",
        "WATCH VIDEO",
        "Watch video",
        "00:50",
        "00:50 / 02:31",
        "Search Trends",
        "Related stories",
        '<a href="https://example.com/news">',
        "</div>",
        'src="http://example.com/a/b/photo.jpeg">',
        "https://example.com/news/1.html",
        "English | 中文 | Français",
        "中文",
        "Home | World | China | Business | Sports",
        "Home World China Business Sports",
        "-----",
        "Tags: China, Russia",
        "Download the CGTN app",
        "Main page / Press service / News",
        "Media Center > Press Releases",
        "Home   Government   Climate change",
        "HOME  CHINA  WORLD  BIZ  OPINION  TECH  VIDEO",
        "ACCEPT ALL    MANAGE PREFERENCES",
        "WORLD NEWS | ASIA-PACIFIC",
        "Events / News",
        "Japanese | English",
        "Malaysian National News Agency",
        "By CAO DESHENG in New Delhi | China Daily | Updated: 2023-09-11 07:26",
        "SUBSCRIBE NOW  Get unlimited access for Rs 99/month",
        "Readouts",
        "Briefings & Statements",
        "Direct link: en.example.ru/d/75669",
        "Permalink: https://example.org/news/123",
    ],
)
def test_furniture_lines(line):
    assert layout.default_furniture().matches(line)


@pytest.mark.parametrize(
    "line",
    [
        "Wang Yi said that China and Russia should deepen cooperation.",
        "By 2030, the two sides aim to double bilateral trade.",
        "Shared prosperity is the goal of the two countries.",
        "Lavrov said Russia supports China in hosting the Games.",
        "Print media reported the talks widely.",
        "Home to many ethnic groups, Xinjiang was discussed.",
        "Source of tension remains the situation in the region, he said.",
        "The two sides also exchanged views on regional issues of common concern.",
        "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
        "China and the World",
        "China, Africa and Europe",
        "Copyright protection was also discussed.",
        "Chinese, Russian FMs pledge to step up bilateral cooperation",
        "High Representative/Vice-President Kallas meets Secretary de la Fuente",
        "Russia / Ukraine talks resume in Istanbul",
        "Xi meets Putin | Lavrov in Pyongyang",
        "PM ANWAR, MODI AGREE TO ELEVATE TIES",
        "By 2030 | the two sides aim to double trade",
    ],
)
def test_story_lines_are_not_furniture(line):
    assert not layout.default_furniture().matches(line)


@pytest.mark.parametrize(
    "line",
    [
        # Lines of items cut by wide spaces, each item furniture, a date, a number or a label.
        "Skip to main content    Screen Reader Access    A-  A  A+    हिंदी",
        "Section: Diplomacy    Tuesday, 4 March 2025    Read: 3,402 times",
        "Date    2025-03-04    Views    811",
        "Monday, March 3, 2025, 10:05 a.m.    Ministry of Foreign Affairs",
        # A trail of two arrows or more, its items longer than a menu's.
        "Press Office  >  Embassy of the Republic of Korea to Kenya  >  News and notices",
        "Accueil > Politique étrangère > Diplomatie économique et commerce extérieur > Actualités",
        # A banner's line, a ticker, a posting line, a counter.
        "Here\u2019s how you know",
        "Breaking: Parliament passes the budget bill",
        "Posted on 12 March 2025 by Press Office",
        "Hits: 1,024",
    ],
)
def test_page_lines_of_other_ministries_are_furniture(line):
    assert layout.default_furniture().matches(line)


@pytest.mark.parametrize(
    "line",
    [
        "Foreign Minister meets counterpart    in Nairobi",
        "Talks in Seoul > expectations, officials say",
        "Breaking the deadlock was the aim of the talks, Lavrov said.",
        "Posted to Nairobi in 2023, the ambassador met the minister.",
    ],
)
def test_lines_of_a_story_with_wide_spaces_or_arrows_are_not_furniture(line):
    assert not layout.default_furniture().matches(line)


def test_the_headline_stands_under_a_country_s_name_and_a_line_of_page_items():
    page = (
        "Republic of Kenya\n"
        "Category: News    Friday, 14 March 2025    Viewed: 1,210 times\n\n"
        "Kenya, Ghana Agree to Deepen Trade Ties\n\n"
        "NAIROBI, 14 March 2025 - Prime Cabinet Secretary Musalia Mudavadi held talks with"
        " Ghanaian Foreign Minister Samuel Okudzeto Ablakwa in Nairobi on Friday.\n\n"
        "Mudavadi said the two countries would open direct flights.\n"
    )
    report = diplomeet.parse(page)
    assert report.title == "Kenya, Ghana Agree to Deepen Trade Ties"


def test_a_byline_date_written_year_first_with_full_stops_dates_the_page():
    page = (
        "Orbán Receives Fico in Budapest\n\n"
        "By MTI   2024.05.09.\n\n"
        "Prime Minister Viktor Orbán held talks with Slovak Prime Minister Robert Fico in"
        " Budapest on Thursday.\n"
    )
    report = diplomeet.parse(page)
    assert report.published == dt.date(2024, 5, 9)
    assert report.meetings[0].date == dt.date(2024, 5, 9)


def test_story_of_every_page_is_not_furniture():
    fur = layout.default_furniture()
    for rel in CASES:
        text = read(rel)
        env = get_format(detect_format(text)).envelope(text)
        for paragraph in spans_text(text, env.story):
            for line in paragraph.splitlines():
                assert not fur.matches(line.strip(layout.WHITESPACE)), (rel, line)


def test_user_furniture_file_adds_a_pattern(tmp_path):
    extra = tmp_path / "extra.json"
    extra.write_text(
        json.dumps({"patterns": [{"pattern": r"listen to this article", "comment": "audio"}]}),
        encoding="utf-8",
    )
    text = "Headline\n\nListen to this article\n\nThe ministers met."
    plain = GENERIC.envelope(text)
    assert "Listen to this article" not in spans_text(text, plain.furniture)
    fmt = LayoutFormat("mine", headers=("timestamp",), furniture=Furniture.load(extra))
    env = fmt.envelope(text)
    assert spans_text(text, env.story) == ["The ministers met."]
    assert "Listen to this article" in spans_text(text, env.furniture)


def test_bad_user_pattern_is_skipped(caplog):
    with caplog.at_level(logging.WARNING):
        fur = Furniture(["(unclosed", "print"])
    assert fur.patterns == ("print",)
    assert fur.matches("Print")
    assert "skipped" in caplog.text


def test_unknown_header_name_is_refused():
    with pytest.raises(ValueError, match="unknown header"):
        LayoutFormat("bad", headers=("no-such-header",))


# ----------------------------------------------------------------------------- metadata


def test_video_metadata_without_shotlist_label():
    text = (
        "FMs meet in Bonn\n\nDate : 16 Feb 2017\nLocation(s) : Bonn, Germany\n\n"
        "1. Wide of meeting room\n2. Ministers shaking hands\n\n"
        "STORYLINE: The two ministers met in Bonn on Thursday.\n"
    )
    env = CGTN.envelope(text)
    check_envelope(text, env)
    assert env.metadata_date == dt.date(2017, 2, 16)
    assert env.metadata_location == "Bonn, Germany"
    assert spans_text(text, env.story) == ["The two ministers met in Bonn on Thursday."]
    assert "1. Wide of meeting room" in spans_text(text, env.furniture)


def test_numbered_story_lists_are_not_shot_lists():
    text = (
        "Wang Yi put forward three proposals:\n\n"
        "1. Both sides should deepen trust.\n2. Both sides should expand trade.\n"
    )
    env = MFA.envelope(text)
    assert len(env.story) == 3
    assert env.furniture == ()


# ----------------------------------------------------------------------------- robustness

JUNK_FRAGMENTS = [
    " date 2019-05-23 ",
    "Home\xa0>\xa0China News",
    "Suggest To A Friend:",
    "Source:Xinhua 17-09-21 09:01 Updated BJT",
    "Font size:A+A-",
    "BEIJING, May 24 (Xinhua) -- ",
    "DUSHANBE, Sept. 16 (Xinhua) --",
    "(Xinhua/Li Yong)",
    "(Photo/Chinese Foreign Ministry)",
    "Photo taken on ",
    "Date : Feb 16, 2017",
    "Location(s) : Bonn, Germany",
    "SHOTLIST:",
    "STORYLINE:",
    "1. Various of ",
    "SOUNDBITE (Chinese)",
    "Editor: zhangrui",
    "Share this:",
    "Related stories",
    "Search Trends",
    "<a href=",
    'src="x.jpeg">',
    "Wang Yi Meets with Lavrov",
    "Wang Yi said that the two sides should cooperate.",
    "\u201cWe agree,\u201d he said.",
    "17-09-21 09:01 BJT",
    "Xinhua) 09:22, May 25, 2023",
    "2017-02-30 10:33",
    "\n",
    "\r\n",
    "\n\n",
    "\r",
    "\xa0",
    "\t",
    "   ",
    "\u2028",
    "\u200b",
    "\ufeff",
    ".",
    "(",
    ")",
    "/",
    ":",
    "--",
]

pages = st.lists(st.one_of(st.sampled_from(JUNK_FRAGMENTS), st.text(max_size=12)), max_size=40).map(
    "".join
)


@given(st.one_of(st.text(), pages))
def test_envelope_never_raises_and_spans_are_sound(text):
    for fmt in FORMATS:
        check_envelope(text, fmt.envelope(text))
        assert 0.0 <= fmt.sniff(text) <= 1.0


@given(st.binary(max_size=300))
def test_binary_junk(data):
    text = data.decode("latin-1")
    for fmt in FORMATS:
        check_envelope(text, fmt.envelope(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n" * 1000,
        "a" * 1_000_000,
        "." * 100_000,
        "x" * 1_000_000,
        "A" * 1_000_000,
        "(" * 200_000,
        "Home > " * 100_000,
        "1. " * 200_000,
        "a\n" * 100_000,
        "BEIJING, " * 100_000,
        "\xa0" * 500_000,
        "date 2019-05-23 " * 50_000,
        "(Xinhua/" * 100_000,
        ("Wang Yi said that the two sides should cooperate. " * 60 + "\n\n") * 300,
        "\ud800 lone surrogate\n\udfff" * 1000,
        "\x00\x01\x02\x1c\x1d\x1e\x85" * 50_000,
    ],
    ids=lambda t: f"{t[:12]!r}x{len(t)}",
)
def test_large_and_degenerate_inputs(text):
    # A generous bound that only a blow-up (quadratic or exponential time) would break.
    for fmt in FORMATS:
        start = time.perf_counter()
        env = fmt.envelope(text)
        fmt.sniff(text)
        assert time.perf_counter() - start < 5
        check_envelope(text, env)


def test_a_labelled_storyline_starts_its_own_paragraph():
    """Found by hypothesis: the label of `STORYLINE:` is furniture, never inside the story."""
    from diplomeet.formats import get_format

    env = get_format("cgtn").envelope("0\nSTORYLINE:0")
    assert env.story == ((0, 1), (12, 13))
    assert env.furniture == ((2, 12),)


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("EEAS\nEuropean External Action Service\n", "Kallas meets de la Fuente in Brussels"),
        ("ANTARA News\n", "Indonesia, Japan discuss maritime security"),
        ("President of Russia\nEvents / News\n\n", "Talks with President of Mongolia"),
        ("THE WHITE HOUSE\n\n", "Readout of the Vice President's Meeting with Prime Minister Modi"),
        ("World News Digest\nSearch Trends\n\n", "China, France hold strategic dialogue"),
        (
            "Ministerio de Asuntos Exteriores\nInicio | Prensa | Comunicados\n\n",
            "Minister receives his Chilean counterpart in Madrid",
        ),
        (
            "Republic of Freedonia\nOfficial Portal of the Presidency\nPRESS RELEASE\n\n",
            "PRESIDENT MARX RECEIVES THE ENVOY OF SYLVANIA",
        ),
        (
            "Gulf Wire Service\nNEWS  |  Local  |  World  |  عربي\n\n",
            "Foreign Minister Receives Omani Counterpart",
        ),
        ("Daily Ledger\nHome  World  Opinion\nAsia\n\n", "Envoys meet in Hanoi, vow closer ties"),
        ("News Portal\nRef. No: 4471-22\n\n", "Ministers confer in Doha before the summit"),
        ("Ministerstvo\n[Machine translation]\n\n", "On the talks of the two foreign ministers"),
        ("Daily Ledger\nSubscribe for Ksh10 only\n\n", "Envoys meet in Hanoi, vow closer ties"),
        (
            "Skip to main content\nYour trusted source of world news and analysis for"
            " professionals\nWorld\nBusiness\nMarkets\n\n",
            "Envoys meet in Hanoi, vow closer ties",
        ),
        (
            "News Portal\n",
            "Envoys meet in Hanoi\nPublished on 05/06/2023 18h40 Updated on 05/06/2023 19h12",
        ),
        # A headline that reads as a name and ends with a date, under a numbered label,
        # over a line that is only a date.
        (
            "Foreign Ministry\nPress Release No. 224\n",
            "Visit to Ruritania of the Foreign Minister of Sylvania, Anna Petrova - Strelsau,"
            " June 5, 2023\nPublished on 05/06/2023 18h40 Updated on 05/06/2023 19h12",
        ),
    ],
)
def test_site_name_over_the_headline_is_not_the_title(header, title):
    story = (
        "The two ministers held talks on Tuesday and agreed to deepen cooperation in trade, "
        "energy and maritime security, according to a statement issued after the meeting."
    )
    page = f"{header}{title}\n\nMarch 4, 2025\n\n{story}\n\nThey also discussed regional issues.\n"
    env = GENERIC.envelope(page)
    assert env.title == title.split("\n")[0]


def test_a_byline_under_the_headline_is_not_the_title():
    page = (
        "The Evening Courier\nHome  World  Asia\n\n"
        "Foreign Minister Receives Sylvanian Counterpart\nBy Anna Petrova and Ivo Marin\n\n"
        "The foreign minister received his Sylvanian counterpart on Monday and the two "
        "discussed trade, energy and the coming summit in detail.\n"
    )
    assert GENERIC.envelope(page).title == "Foreign Minister Receives Sylvanian Counterpart"


def test_a_labelled_question_under_the_headline_is_the_story():
    page = (
        "Spokesperson's Regular Press Conference on May 2, 2024\n\n"
        "Reuters: Can you share the plans for the foreign minister's visit next week?\n\n"
        "Spokesperson: I have nothing to release at the moment. We will release information in "
        "due course.\n"
    )
    env = GENERIC.envelope(page)
    assert env.title == "Spokesperson's Regular Press Conference on May 2, 2024"


def test_a_title_cased_headline_over_its_story_stays_the_title():
    page = (
        "Xi Jinping Meets Vladimir Putin\n\nBEIJING, May 16 (Xinhua) -- Chinese President Xi "
        "Jinping met with Russian President Vladimir Putin in Beijing on Thursday.\n\n"
        "Xi said the two countries should deepen cooperation.\n"
    )
    assert GENERIC.envelope(page).title == "Xi Jinping Meets Vladimir Putin"


def test_a_city_before_the_date_above_the_story_is_the_dateline():
    page = (
        "United Nations Secretary-General\nReadouts\n\n"
        "Readout of the Secretary-General's meeting with the Prime Minister of Ethiopia\n\n"
        "Addis Ababa, 15 February 2025\n\n"
        "The Secretary-General met today with Prime Minister Abiy Ahmed of Ethiopia.\n"
    )
    env = GENERIC.envelope(page)
    assert env.title == (
        "Readout of the Secretary-General's meeting with the Prime Minister of Ethiopia"
    )
    assert env.dateline is not None
    assert (env.dateline.city, env.dateline.country) == ("Addis Ababa", "ETH")
    assert (env.dateline.month, env.dateline.day) == (2, 15)
    assert page[slice(*env.dateline.span)] == "Addis Ababa"
    assert env.published == dt.date(2025, 2, 15)


@pytest.mark.parametrize(
    ("page", "city", "written"),
    [
        (
            # A readout signed off with its place and day.
            "Readout of the Secretary-General's meeting with the President of Brazil\n\n"
            "The Secretary-General met with the President of Brazil.\n\n"
            "The Secretary-General thanked Brazil for its leadership.\n\n"
            "New York, 22 September 2025\n",
            "New York",
            "New York",
        ),
        (
            # A place, the office that wrote the page, and the day.
            "Prime Minister Meets US Special Envoy\n\n"
            "Doha - Information Office - 12 March 2025\n\n"
            "The Prime Minister met the US Special Envoy today.\n",
            "Doha",
            "Doha",
        ),
        (
            # A transcript's day, hour and place, each on a line of its own.
            "Russian-Indonesian talks\n\n"
            "Vladimir Putin held talks with the President of Indonesia.\n"
            "June 19, 2025\n16:05\nSt Petersburg\n\n"
            "The talks began in a restricted format.\n",
            "St. Petersburg",
            "St Petersburg",
        ),
    ],
)
def test_a_place_on_a_line_of_its_own_beside_a_date_is_the_dateline(page, city, written):
    dateline = GENERIC.envelope(page).dateline
    assert dateline is not None
    assert dateline.city == city
    assert page[slice(*dateline.span)] == written


def test_a_city_among_a_page_s_tags_is_no_dateline():
    page = (
        "Secretary Meets Qatari Prime Minister\n\n"
        "The Secretary met the Prime Minister of Qatar today.\n\n"
        "Tags\nQatar\nIsrael\nThe Secretary of State\nGaza\n\nRelated Articles\n"
    )
    assert GENERIC.envelope(page).dateline is None


def test_a_city_and_date_in_brackets_closing_the_headline_is_the_dateline():
    page = (
        "REPUBLIC OF CYPRUS - Ministry of Foreign Affairs\nHome > Press > Transcripts\n\n"
        "Joint press statements of the Foreign Ministers following their meeting"
        " (Nicosia, 12 March 2024)\n\n"
        "Thursday, 14 March 2024\n\n"
        "C. KOMBOS: Dear Minister, welcome to Nicosia. We had very good talks today.\n"
    )
    env = GENERIC.envelope(page)
    assert env.dateline is not None
    assert (env.dateline.city, env.dateline.country) == ("Nicosia", "CYP")
    assert (env.dateline.month, env.dateline.day) == (3, 12)
    assert page[slice(*env.dateline.span)] == "Nicosia"


@pytest.mark.parametrize(
    "line",
    ["HELLENIC REPUBLIC - Ministry of Foreign Affairs", "UNITED KINGDOM - Foreign Office"],
)
def test_a_country_in_capitals_before_a_dash_is_a_masthead_not_a_dateline(line):
    assert find_dateline(line, 0, len(line)) is None


def test_an_unknown_word_before_the_date_is_no_dateline():
    page = "Some headline here\n\nUpdated, 15 February 2025\n\nThe ministers met today.\n"
    assert GENERIC.envelope(page).dateline is None


@pytest.mark.parametrize(
    ("line", "city", "month", "day"),
    [
        ("JAKARTA, 14 May 2024 – The Secretary-General met the minister.", "Jakarta", 5, 14),
        ("NEW DELHI, August 20, 2024: India and Malaysia agreed.", "New Delhi", 8, 20),
        ("Brussels, 27 January 2025 - Today the High Representative met.", "Brussels", 1, 27),
    ],
)
def test_a_dateline_with_a_written_date_and_its_year(line, city, month, day):
    found = layout.find_dateline(line, 0, len(line))
    assert found is not None
    dateline, _body = found
    assert (dateline.city, dateline.month, dateline.day) == (city, month, day)
    env = GENERIC.envelope(f"A headline for the page\n\n{line}\n")
    assert env.published is not None and (env.published.month, env.published.day) == (month, day)


def test_a_sentence_with_a_comma_and_a_date_is_no_dateline():
    line = "Xi said, 14 May 2024 - no, that was another day."
    assert layout.find_dateline(line, 0, len(line)) is None


_STORY = (
    "The two ministers held talks and agreed to deepen cooperation in trade, energy and "
    "maritime security, according to a statement issued after the meeting."
)


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        # The month in another language, after the issuing office's name.
        ("Ministerio de Asuntos Exteriores | 03 de mayo de 2021", dt.date(2021, 5, 3)),
        ("Assessoria de Imprensa | 12 de março de 2020", dt.date(2020, 3, 12)),
        ("Communiqué du 2 février 2019", dt.date(2019, 2, 2)),
        # Labelled numeric dates, day first, with a time or a byline after them.
        ("Posted on 21/11/2022 - 09:15 By Ana Souza - Staff reporter", dt.date(2022, 11, 21)),
        ("Date: 07/03/2023", dt.date(2023, 3, 7)),
        ("Tue 29-08-2023 11:02 AM", dt.date(2023, 8, 29)),
        ("17.04.2021 - Statement", dt.date(2021, 4, 17)),
        # A date opening a line that ends in a bracket is a timestamp, not a caption.
        ("11.12.2020 09:41 (updated: 11.12.2020 10:05)", dt.date(2020, 12, 11)),
        # An ordinal day and a comma before the year.
        ("Friday, 3rd December, 2021", dt.date(2021, 12, 3)),
    ],
)
def test_a_date_line_under_the_headline_dates_the_page(date_line, expected):
    page = (
        "Site Name\nHome | News | About\n\n"
        f"Ministers of Arcadia and Borduria agree to deepen cooperation\n\n{date_line}\n\n"
        f"{_STORY}\n\nThey also discussed regional issues.\n"
    )
    assert GENERIC.envelope(page).published == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # A day above 12 in second place: the page writes month first.
        ("Posted: 10/23/2022 - 08:00", dt.date(2022, 10, 23)),
        # Another date on the page settles an ambiguous one.
        ("Posted: 04/05/2022\nUpdated: 04/17/2022", dt.date(2022, 4, 5)),
        ("Posted: 04/05/2022\nUpdated: 17/04/2022", dt.date(2022, 5, 4)),
        # Nothing settles it: day first.
        ("Posted: 04/05/2022", dt.date(2022, 5, 4)),
    ],
)
def test_numeric_dates_are_read_in_the_pages_order(head, expected):
    page = f"Headline of a page about a meeting today\n\n{head}\n\n{_STORY}\n"
    assert GENERIC.envelope(page).published == expected


def test_a_caption_ending_in_credit_does_not_date_the_page():
    page = (
        "Ministers of Arcadia and Borduria agree to deepen cooperation\n\n"
        "The ministers in Arcadia City on 03/04/2019 (Photo/Agency)\n\n"
        f"{_STORY}\n"
    )
    assert GENERIC.envelope(page).published is None


@pytest.mark.parametrize(
    ("line", "city", "month", "day", "agency", "published"),
    [
        # The day before the month, with an ordinal and a comma before the year.
        (
            "DOHA, 3rd March, 2022 (QNA) -- The minister met his guest.",
            "Doha",
            3,
            3,
            "QNA",
            dt.date(2022, 3, 3),
        ),
        # No comma after a known city, the year after a slash.
        (
            "Nairobi June 9/2021 (KNA) The cabinet secretary met the envoy.",
            "Nairobi",
            6,
            9,
            "KNA",
            dt.date(2021, 6, 9),
        ),
        # A full stop before the dash.
        ("Lima, Nov 4 (EFE).- The ministers met.", "Lima", 11, 4, "EFE", None),
        # A Hijri date before the Gregorian one, the agency after the year.
        (
            "Jeddah, Ramadan 2, 1444, Mar 24, 2023, SPA -- The minister received his guest.",
            "Jeddah",
            3,
            24,
            "SPA",
            dt.date(2023, 3, 24),
        ),
        (
            "JEDDAH, 14 Shawwal 1444 AH, 4 May 2023 -- The minister received his guest.",
            "Jeddah",
            5,
            4,
            None,
            dt.date(2023, 5, 4),
        ),
    ],
)
def test_more_wire_datelines(line, city, month, day, agency, published):
    found = layout.find_dateline(line, 0, len(line))
    assert found is not None
    dateline, body = found
    assert (dateline.city, dateline.month, dateline.day, dateline.agency) == (
        city,
        month,
        day,
        agency,
    )
    assert line[body:].startswith("The ")
    env = GENERIC.envelope(f"A headline for the page\n\n{line}\n")
    assert env.published == published


@pytest.mark.parametrize(
    "line",
    [
        "In Beijing on May 14 (Xinhua) the minister said.",
        "Minister Wang Yi May 14 (Xinhua) said.",
    ],
)
def test_words_before_a_date_without_a_comma_are_no_city(line):
    assert layout.find_dateline(line, 0, len(line)) is None


def test_a_bracketed_date_closing_the_headline_dates_the_page():
    page = (
        "Arcadia - Phone call between the two foreign ministers (9 March 2020)\n\n"
        f"{_STORY}\n\nThey also discussed regional issues.\n"
    )
    env = GENERIC.envelope(page)
    assert env.published == dt.date(2020, 3, 9)


@pytest.mark.parametrize(
    ("foot", "year"),
    [
        ("(c) Agencia Sur 2019. All rights reserved.", 2019),
        ("© 2021 Wire Service", 2021),
        ("Copyright © 2009-2022 Wire Service", 2022),
        ("Contact us | Follow us", None),
    ],
)
def test_the_copyright_year_at_the_foot(foot, year):
    page = f"A headline for the page\n\n{_STORY}\n\n{foot}\n"
    assert GENERIC.envelope(page).copyright_year == year


def test_the_copyright_year_dates_a_dateline_without_a_year_but_publishes_nothing():
    page = (
        "Arcadia and Borduria hail new stage in ties\n\n"
        "Lima, Mar 3 (EFE).- Arcadian Foreign Minister Anna Petrova met her Bordurian "
        "counterpart Ivo Marin in Lima on Friday and both said relations were at their best.\n\n"
        "(c) EFE 2023. All rights reserved.\n"
    )
    report = diplomeet.parse(page)
    assert report.published is None
    assert [m.date for m in report.meetings] == [dt.date(2023, 3, 3)]


def test_a_year_written_in_the_story_beats_the_copyright_year():
    # A site's footer may carry the year the page was read in: the story's own year wins.
    page = (
        "Arcadia and Borduria hail new stage in ties\n\n"
        "Lima, Mar 3 (EFE).- Arcadian Foreign Minister Anna Petrova met her Bordurian "
        "counterpart Ivo Marin in Lima on Friday, a year after their talks of March 10, 2021.\n"
    )
    without = [m.date for m in diplomeet.parse(page).meetings]
    with_foot = diplomeet.parse(page + "\n(c) EFE 2025. All rights reserved.\n")
    assert without and without[0] is not None and without[0].year != 2025
    assert [m.date for m in with_foot.meetings] == without


def test_the_link_under_a_read_also_label_is_furniture():
    page = (
        "Ministers meet in Vilnius\n\n"
        "VILNIUS, March 4 (Xinhua) -- The foreign ministers of Lithuania and Chile met on "
        "Monday and agreed to deepen cooperation in trade and energy.\n\n"
        "Read also:\n"
        "Envoy: Chile and Lithuania will open a joint trade office\n\n"
        "The ministers also discussed the coming summit.\n"
    )
    env = GENERIC.envelope(page)
    story = spans_text(page, env.story)
    assert not any("joint trade office" in s for s in story)
    assert "The ministers also discussed the coming summit." in story


@pytest.mark.parametrize(
    "invocation",
    [
        "Bismillah ir Rahman ir Raheem",
        "In the name of Allah, the Most Gracious, the Most Merciful",
        "\u0628\u0633\u0645 \u0627\u0644\u0644\u0647"
        " \u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645",
    ],
)
def test_a_religious_invocation_over_the_page_is_no_title(invocation):
    page = (
        f"{invocation}\n\nForeign Minister Receives Sylvanian Counterpart\n\n"
        "The foreign minister received his Sylvanian counterpart on Monday and the two "
        "discussed trade, energy and the coming summit in detail.\n"
    )
    assert GENERIC.envelope(page).title == "Foreign Minister Receives Sylvanian Counterpart"


@pytest.mark.parametrize("mark", [" (Photo)", " [VIDEO]", "(Photos)"])
def test_a_media_mark_closing_the_headline_is_not_part_of_it(mark):
    page = (
        f"Foreign Minister receives Sylvanian counterpart{mark}\n12 March 2025\n"
        "The foreign minister received his Sylvanian counterpart on Monday and the two "
        "discussed trade, energy and the coming summit in detail.\n"
    )
    env = GENERIC.envelope(page)
    assert env.title == "Foreign Minister receives Sylvanian counterpart"
    assert env.title_span is not None
    assert page[env.title_span[0] : env.title_span[1]] == env.title


def test_a_caption_opening_with_a_media_mark_is_no_headline():
    page = (
        "Ministry of Foreign Affairs of Japan\nHome > Foreign Policy > Republic of Korea\n\n"
        "Japan-Republic of Korea Foreign Ministers' Meeting\nFebruary 15, 2025\n\n"
        "(Photo) Japan-ROK Foreign Ministers' Meeting\n\n"
        "On February 15, the Foreign Minister of Japan held a meeting with the Foreign "
        "Minister of Canada. The overview of the meeting is as follows.\n"
    )
    assert GENERIC.envelope(page).title == "Japan-Republic of Korea Foreign Ministers' Meeting"


@pytest.mark.parametrize("heading", ["Related materials", "Related news", "Read also:"])
def test_a_box_after_the_story_holds_its_links_apart(heading):
    # The links under a box heading after the story are furniture, blank lines between
    # them: a link to an old phone call makes no call of the meeting.
    text = (
        "Lavrov holds talks with Egypt's Foreign Minister\n\n12 March 2024\n\n"
        "On March 12, Foreign Minister Sergey Lavrov held talks in Moscow with Foreign Minister"
        " of Egypt Sameh Shoukry.\n\nThe ministers discussed the situation in Gaza.\n\n"
        f"{heading}\n\nTelephone conversation between Sergey Lavrov and Sameh Shoukry\n\n"
        "Sergey Lavrov's meeting with Sameh Shoukry"
    )
    report = diplomeet.parse(text)
    (meeting,) = report.meetings
    assert meeting.mode.value == "in_person"
    assert meeting.place is not None and meeting.place.city == "Moscow"


def test_a_box_heading_above_the_story_keeps_the_headline_below_it():
    # Before any prose, a blank line ends the box: the headline after it is no link.
    text = (
        "World News Digest\nSearch Trends\nWATCH VIDEO\n\nWang Yi meets Lavrov in Beijing\n\n"
        "Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov in"
        " Beijing on Tuesday, the two sides said."
    )
    assert diplomeet.parse(text).title == "Wang Yi meets Lavrov in Beijing"
