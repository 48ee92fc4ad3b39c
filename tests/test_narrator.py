"""A minister's release in the first person: `I` is the author the page names above its story."""

import datetime as dt

import pytest

import diplomeet
from diplomeet.model import Resolution

RELEASE = (
    "Hon Winston Peters\n"
    "Deputy Prime Minister\n"
    "Minister of Foreign Affairs\n\n"
    "Foreign Minister meets Japanese counterpart\n\n"
    "Published: 8 March 2024\n\n"
    "Yesterday I met Japan's Foreign Minister Yoko Kamikawa in Tokyo.\n\n"
    "We talked about the security of the Pacific and about trade between our two countries.\n\n"
    "I told Minister Kamikawa that New Zealand wants to do more with Japan in the region.\n\n"
    '"Japan is a partner we trust," I said after the talks.\n\n'
    "Minister Kamikawa said Japan valued the long friendship with New Zealand.\n"
)


def speakers_of(report: diplomeet.Report, words: str) -> list[str]:
    for meeting in report.meetings:
        for st in meeting.statements:
            if words in st.text:
                return [p.name for p in st.attribution.speakers]
    return []


def test_i_is_the_author_named_above_the_story():
    report = diplomeet.parse(RELEASE)
    (meeting,) = report.meetings
    assert [p.name for p in meeting.participants] == ["Winston Peters", "Yoko Kamikawa"]
    assert meeting.date == dt.date(2024, 3, 7)
    assert meeting.place is not None and meeting.place.city == "Tokyo"
    assert speakers_of(report, "I told Minister Kamikawa") == ["Winston Peters"]
    assert speakers_of(report, "a partner we trust") == ["Winston Peters"]
    assert speakers_of(report, "long friendship") == ["Yoko Kamikawa"]
    (told,) = [s for s in meeting.statements if "I told" in s.text]
    assert (told.attribution.mention, told.attribution.resolution) == ("I", Resolution.PRONOUN)


def test_we_is_the_author_with_the_people_met():
    report = diplomeet.parse(RELEASE)
    assert sorted(speakers_of(report, "security of the Pacific")) == [
        "Winston Peters",
        "Yoko Kamikawa",
    ]


def test_without_an_author_above_the_story_i_is_nobody():
    story = RELEASE[RELEASE.index("Foreign Minister meets") :]
    report = diplomeet.parse(story)
    assert all("Winston Peters" not in speakers_of(report, w) for w in ("I told", "trust"))


def test_i_inside_quotation_marks_is_the_speakers():
    text = (
        "Hon Winston Peters\nMinister of Foreign Affairs\n\n"
        "Foreign Minister Yoko Kamikawa of Japan met Indian External Affairs Minister"
        " S. Jaishankar in Tokyo on Thursday.\n\n"
        '"I welcomed the progress on the rail project," Kamikawa said.\n'
    )
    report = diplomeet.parse(text)
    assert speakers_of(report, "rail project") == ["Yoko Kamikawa"]
    assert all(p.name != "Winston Peters" for m in report.meetings for p in m.participants)


def test_a_transcripts_i_belongs_to_its_labelled_speaker():
    text = (
        "Hon Winston Peters\nMinister of Foreign Affairs\n\n"
        "Transcript: talks with the Japanese Foreign Minister\n\n"
        "Foreign Minister Yoko Kamikawa met Foreign Minister Winston Peters in Tokyo on"
        " 7 March 2024.\n\n"
        "Yoko Kamikawa: I welcome you to Tokyo, and I thank you for coming.\n\n"
        "Winston Peters: Thank you. It is good to be here.\n"
    )
    report = diplomeet.parse(text)
    assert speakers_of(report, "I welcome you") == ["Yoko Kamikawa"]


@pytest.mark.parametrize(
    ("text", "met", "anchor"),
    [
        # The headline's first words name the author.
        (
            "Ministry of Foreign Affairs\n\nElina Valtonen: Finland and Latvia stand together\n\n"
            "Today I met my Latvian counterpart Baiba Braže in Riga. We discussed the defence of"
            " the Baltic Sea.\n\nI thanked Latvia for its help with the new border crossings.\n",
            ["Elina Valtonen", "Baiba Braže"],
            "I thanked Latvia",
        ),
        # The author's name on a line of its own.
        (
            "Government of Canada\nMinister of Foreign Affairs\nThe Honourable Mélanie Joly\n\n"
            "Today I met with Mexico's Foreign Secretary Alicia Bárcena in Ottawa. We talked"
            " about trade and migration.\n\nI stressed that Canada and Mexico must stand"
            " together.\n",
            ["Mélanie Joly", "Alicia Bárcena"],
            "must stand together",
        ),
    ],
)
def test_where_the_page_names_its_author(text, met, anchor):
    report = diplomeet.parse(text)
    assert [p.name for p in report.meetings[0].participants] == met
    assert speakers_of(report, anchor) == met[:1]


def test_questions_and_answers_have_no_author():
    text = (
        "Hon Winston Peters\nMinister of Foreign Affairs\n\n"
        "Secretary Blinken met Foreign Minister Wang Yi in Beijing on Friday.\n\n"
        "Q: What did you tell him?\n\nA: I told him that we oppose the sale of arms.\n"
    )
    report = diplomeet.parse(text)
    assert "Winston Peters" not in speakers_of(report, "oppose the sale")
    assert all(p.name != "Winston Peters" for m in report.meetings for p in m.participants)


def test_i_before_an_auxiliary_is_the_author_too():
    text = RELEASE + "\nI have invited Minister Kamikawa to visit Wellington next year.\n"
    assert speakers_of(diplomeet.parse(text), "invited Minister Kamikawa") == ["Winston Peters"]


@pytest.mark.parametrize("post_nominal", ["", " MP", ", MP"])
def test_the_author_may_sign_below_the_story(post_nominal):
    text = (
        "Media statement\n\n"
        "Today I had the pleasure of welcoming the Foreign Minister of Indonesia,"
        " Retno Marsudi, to Canberra.\n\n"
        "We discussed trade, climate and the situation in Myanmar.\n\n"
        "I told her that Australia values the partnership.\n\n"
        f"Senator the Hon Penny Wong{post_nominal}\nMinister for Foreign Affairs\n12 May 2023\n"
    )
    report = diplomeet.parse(text)
    assert [p.name for p in report.meetings[0].participants] == ["Penny Wong", "Retno Marsudi"]
    assert speakers_of(report, "values the partnership") == ["Penny Wong"]


def test_looking_forward_to_welcoming_someone_is_no_meeting():
    text = (
        "Islamabad, 11 February 2025\n\n"
        "Foreign Minister Ishaq Dar said that Pakistan looked forward to welcoming the"
        " President of Türkiye later this month.\n"
    )
    assert diplomeet.parse(text).meetings == ()


@pytest.mark.parametrize(
    ("opening", "mode"),
    [
        ("Good to speak with Japan's Foreign Minister Yoko Kamikawa today.", "phone"),
        ("Great talk with Japan's Foreign Minister Yoko Kamikawa today.", "phone"),
        ("Had a productive call with Japan's Foreign Minister Yoko Kamikawa today.", "phone"),
        ("Pleased to meet Japan's Foreign Minister Yoko Kamikawa in Tokyo today.", "in_person"),
        (
            "\U0001f1f3\U0001f1ff Met with Japan's Foreign Minister Yoko Kamikawa in Tokyo.",
            "in_person",
        ),
    ],
)
def test_a_post_leaves_its_first_person_unsaid(opening, mode):
    # `Good to speak with X`, `Pleased to meet X`: the post's author met X.
    post = f"Winston Peters\n@NZWinstonPeters\n\n{opening} We discussed the Pacific.\n\n8 Mar 2024"
    (meeting,) = diplomeet.parse(post).meetings
    assert [p.name for p in meeting.participants] == ["Winston Peters", "Yoko Kamikawa"]
    assert meeting.mode.value == mode


@pytest.mark.parametrize(
    "text",
    [
        # Words that may open a post's line, but no meeting follows.
        "Winston Peters\n@NZWinstonPeters\n\nGood governance is key to the Pacific's future.",
        "Winston Peters\n@NZWinstonPeters\n\nGreat to see the Pacific Islands Forum agree on"
        " a climate plan.",
        # To speak with someone later is no meeting yet.
        "Trump told reporters he expected to speak with Putin on Tuesday.",
        "Both countries must speak with one voice, Foreign Minister Winston Peters said.",
    ],
)
def test_no_meeting_in_a_post_without_one(text):
    assert diplomeet.parse(text).meetings == ()
