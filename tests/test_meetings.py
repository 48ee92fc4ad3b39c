"""Each meeting rule with a focused example written for it."""

import datetime as dt

import pytest

import diplomeet
from diplomeet import MeetingMode


def first(text: str, **kwargs) -> diplomeet.Meeting:
    report = diplomeet.parse(text, **kwargs)
    assert report.meetings, "expected a meeting"
    return report.meetings[0]


def names(m: diplomeet.Meeting) -> list[str]:
    return [p.name for p in m.participants]


XINHUA = (
    "BEIJING, May 24 (Xinhua) -- Chinese Foreign Minister Wang Yi met with visiting Kazakh"
    " Foreign Minister Murat Nurtleu here on Wednesday.\n\nWang said ties are good."
)


class TestDate:
    def test_weekday_against_the_dateline_and_publication_year(self):
        m = first(XINHUA, published=dt.date(2023, 5, 25))
        assert m.date == dt.date(2023, 5, 24)

    def test_no_year_anywhere_gives_no_date(self):
        assert first(XINHUA).date is None

    def test_full_date_as_written(self):
        m = first("On July 15, 2021, Wang Yi met with Russian Foreign Minister Sergei Lavrov.")
        assert m.date == dt.date(2021, 7, 15)

    def test_weekday_and_title_fix_the_year(self):
        m = first(
            "State Councilor and Foreign Minister Wang Yi said on Thursday, local time (July 28)"
            " when meeting Russian Foreign Minister Sergei Lavrov that ties are good."
        )
        assert m.date == dt.date(2022, 7, 28)

    def test_an_undated_readout_tells_of_the_day_it_is_published(self):
        text = (
            "Talks with the President of Mongolia\n\nMay 6, 2024\n\n"
            "President Xi Jinping held talks with President of Mongolia Ukhnaagiin"
            " Khurelsukh at the Great Hall of the People.\n\nXi said ties are good."
        )
        assert first(text).date == dt.date(2024, 5, 6)
        body = text.split("\n\n", 2)[2]
        assert first(body).date is None
        assert first(body, published=dt.date(2024, 5, 7)).date == dt.date(2024, 5, 7)

    def test_a_date_after_since_or_until_is_no_meeting_s_day(self):
        text = (
            "ANKARA, March 10 (Agency) -- Turkish Foreign Minister Mevlut Cavusoglu met with"
            " Russian Foreign Minister Sergey Lavrov in Antalya.\n\nThe meeting was the first"
            " between the two sides since the crisis began on 24 February.\n\n"
            "Cavusoglu said talks would go on until 30 June."
        )
        report = diplomeet.parse(text, published=dt.date(2022, 3, 10))
        assert [m.date for m in report.meetings] == [dt.date(2022, 3, 10)]

    def test_caption_date(self):
        text = (
            "Wang Yi (R) meets with Sergei Lavrov in Bishkek, Kyrgyzstan, May 22, 2019."
            " (Xinhua/Li Yong)\n\nChinese Foreign Minister Wang Yi met with Russian Foreign"
            " Minister Sergei Lavrov.\n\nWang said ties are good."
        )
        m = first(text)
        assert m.date == dt.date(2019, 5, 22)
        assert m.place == diplomeet.Place(city="Bishkek", country="KGZ")


class TestPlaceAndHost:
    def test_here_is_the_dateline_city_and_the_visited_side_hosts(self):
        m = first(XINHUA, published=dt.date(2023, 5, 25))
        assert m.place == diplomeet.Place(city="Beijing", country="CHN")
        assert m.host == "CHN"

    def test_third_country_venue_has_no_host(self):
        m = first("Wang Yi met with Russian Foreign Minister Sergei Lavrov in Tashkent on Friday.")
        assert m.place == diplomeet.Place(city="Tashkent", country="UZB")
        assert m.host is None

    @pytest.mark.parametrize(
        ("where", "city", "country"),
        [
            ("in Tashken", "Tashkent", "UZB"),
            ("at the Kremlin", "Moscow", "RUS"),
            ("in the Peruvian capital", "Lima", "PER"),
            ("in Bali Island, Indonesia", "Bali", "IDN"),
        ],
    )
    def test_places_as_written(self, where, city, country):
        m = first(f"Wang Yi met with Russian Foreign Minister Sergei Lavrov {where} on Friday.")
        assert m.place == diplomeet.Place(city=city, country=country)

    def test_a_call_has_no_place(self):
        m = first("BEIJING, May 24 (Xinhua) -- Wang Yi held phone talks with Sergei Lavrov.")
        assert m.mode == MeetingMode.PHONE
        assert m.place is None
        assert m.host is None


class TestModeAndOccasion:
    @pytest.mark.parametrize(
        ("verb", "mode"),
        [
            ("held talks with", MeetingMode.IN_PERSON),
            ("held a phone call with", MeetingMode.PHONE),
            ("spoke over the phone with", MeetingMode.PHONE),
            ("held a virtual meeting with", MeetingMode.VIDEO),
            ("held talks via video link with", MeetingMode.VIDEO),
        ],
    )
    def test_mode(self, verb, mode):
        assert first(f"Wang Yi {verb} Russian Foreign Minister Sergei Lavrov.").mode == mode

    def test_sco_council_of_foreign_ministers(self):
        m = first(
            "Wang Yi met with Russian Foreign Minister Sergei Lavrov on the sidelines of a meeting"
            " of the Shanghai Cooperation Organization (SCO) Council of Foreign Ministers."
        )
        assert m.occasion is not None
        assert m.occasion.acronym == "SCO"
        assert "Council of Foreign Ministers" in m.occasion.name

    def test_standalone_event_names_its_city(self):
        m = first(
            "Wang Yi met with British Foreign Secretary David Cameron on the sidelines of the"
            " Munich Security Conference on Saturday."
        )
        assert m.occasion is not None
        assert m.occasion.name == "Munich Security Conference"
        assert m.place == diplomeet.Place(city="Munich", country="DEU")

    @pytest.mark.parametrize(
        ("where", "place"),
        [
            ("at the Munich Security Conference", diplomeet.Place(city="Munich", country="DEU")),
            ("on the margins of Davos", diplomeet.Place(city="Davos", country="CHE")),
            ("here during the Munich Security Conference", diplomeet.Place("Beijing", "CHN")),
            ("on the sidelines of the Summer Davos", diplomeet.Place("Beijing", "CHN")),
        ],
    )
    def test_an_event_s_city_beats_a_dateline_elsewhere(self, where, place):
        m = first(
            "BEIJING, Feb. 15, 2025 (Xinhua) -- Chinese Foreign Minister Wang Yi met with"
            f" Estonian Foreign Minister Margus Tsahkna {where} on Saturday."
        )
        assert m.place == place

    def test_a_ceremony_the_visitor_came_for_is_the_occasion(self):
        m = first(
            "SANTIAGO, March 11, 2026 -- Vice President Han Zheng met with Chilean President"
            " Jorge Vidal in Santiago on Wednesday. Han was in Chile to attend Vidal's"
            " inauguration ceremony as President Xi Jinping's special envoy."
        )
        assert m.occasion is not None
        assert m.occasion.name == "inauguration"
        assert m.occasion.acronym is None
        assert m.occasion.mention == "inauguration ceremony"

    @pytest.mark.parametrize(
        "sentence",
        [
            "The two presidents attended the inauguration of the new port by video link.",
            "Xi congratulated Vidal on his inauguration.",
        ],
    )
    def test_a_ceremony_not_come_for_is_no_occasion(self, sentence):
        m = first(
            "SANTIAGO, March 11, 2026 -- Chinese President Xi Jinping held talks with Chilean"
            f" President Jorge Vidal in Santiago on Wednesday. {sentence}"
        )
        assert m.occasion is None

    def test_a_forum_naming_a_body_is_no_occasion(self):
        m = first(
            "JAKARTA, 3 June 2025 - The Secretary-General of ASEAN, Dr. Kao Kim Hourn, met with"
            " Foreign Minister Maria Lopes of Timor-Leste at the ASEAN Secretariat today."
        )
        assert m.occasion is None

    def test_a_forum_counts_before_a_kind_in_the_plural(self):
        m = first(
            "VIENTIANE, July 26, 2024 -- Foreign Minister Wang Yi met with Japanese Foreign"
            " Minister Yoko Kamikawa on the sidelines of the foreign ministers' meetings on"
            " East Asia cooperation in Vientiane."
        )
        assert m.occasion is not None
        assert m.occasion.name == "East Asia cooperation Foreign Ministers' Meeting"

    def test_the_asean_defence_ministers_meeting_plus_is_an_event(self):
        m = first(
            "Vientiane, Nov 20, 2024 (PTI) Defence Minister Rajnath Singh held talks with"
            " Australian Defence Minister Richard Marles on the sidelines of the ADMM-Plus"
            " conclave."
        )
        assert m.occasion is not None
        assert m.occasion.name == "ADMM-Plus"

    def test_no_occasion_from_a_title_or_from_speech(self):
        m = first(
            "Wang Yi met with EU High Representative Josep Borrell in Brussels.\n\nWang said the"
            " SCO summit in Tianjin will be a success."
        )
        assert m.occasion is None


class TestParticipants:
    def test_bystanders_did_not_meet(self):
        m = first(
            "Wang Yi met with Egyptian Foreign Minister Sameh Shoukry, who is accompanying"
            " President Abdel Fattah al-Sisi on his state visit."
        )
        assert names(m) == ["Wang Yi", "Sameh Shoukry"]

    def test_the_host_who_invited_a_visitor_met_them(self):
        # `At the invitation of X, Y visited`, then `The Ministers held talks`: X met Y.
        m = first(
            "At the invitation of the Minister of Foreign Affairs of Chile, Ana Rojas, the"
            " Minister of Foreign Affairs of Peru, Luis Vera, paid an official visit to"
            " Santiago on 3 May 2023.\n\nThe Ministers held talks at La Moneda."
        )
        assert names(m) == ["Ana Rojas", "Luis Vera"]

    @pytest.mark.parametrize(
        "said",
        [
            "Foreign Minister Nadia Rahim said the issue was raised during her meeting with"
            " her Thai counterpart Maris Sangiampongsa in Bangkok on Monday.",
            "Trade will grow, said Foreign Minister Nadia Rahim.\n\nShe said the issue was"
            " raised during her meeting with her Thai counterpart Maris Sangiampongsa in"
            " Bangkok on Monday.",
        ],
    )
    def test_a_meeting_told_only_in_the_speaker_s_words_is_theirs(self, said):
        # `... during her meeting with X`: the speaker met X, when nothing else tells it.
        m = first("KUALA LUMPUR, March 4 (Bernama) -- " + said)
        assert names(m) == ["Nadia Rahim", "Maris Sangiampongsa"]
        assert m.place is not None and m.place.city == "Bangkok"

    @pytest.mark.parametrize(
        "said",
        [
            "the issue would be raised during her meeting with her Thai counterpart Maris"
            " Sangiampongsa in Bangkok.",
            "she looked forward to her meeting with her Thai counterpart Maris Sangiampongsa.",
            "the issue will come up in her talks with her Thai counterpart Maris"
            " Sangiampongsa next week.",
        ],
    )
    def test_a_meeting_still_to_come_in_the_speaker_s_words_is_none(self, said):
        text = "KUALA LUMPUR, March 4 (Bernama) -- Foreign Minister Nadia Rahim said " + said
        assert diplomeet.parse(text).meetings == ()

    @pytest.mark.parametrize(
        "sat",
        [
            "sat down in Almaty",
            "sat down in Almaty for two days of talks",
            "began two days of talks in Almaty",
        ],
    )
    def test_two_who_sat_down_met(self, sat):
        m = first(
            "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun"
            f" Bayramov {sat} on May 10, 2024."
        )
        assert names(m) == ["Ararat Mirzoyan", "Jeyhun Bayramov"]
        assert m.place is not None and m.place.city == "Almaty"

    def test_two_ministers_who_met_told_only_at_the_story_s_end(self):
        # `... came after the two foreign ministers met on ...`: the two the paragraphs
        # before named, when nothing else tells the meeting.
        text = (
            "MEXICO CITY (AP) \u2014 Mexico and Guatemala will build a border crossing,"
            ' Mexican Foreign Minister Marcelo Ebrard said. "This is a historic day," Ebrard'
            " said.\n\nGuatemalan Foreign Minister Pedro Brolo said it would open next year."
            "\n\nThe announcement came after the two foreign ministers met on Wednesday,"
            " January 15, 2020, at the Foreign Ministry in Mexico City."
        )
        m = first(text)
        assert sorted(names(m)) == ["Marcelo Ebrard", "Pedro Brolo"]
        assert m.date == dt.date(2020, 1, 15)

    def test_one_who_invited_a_visitor_named_later_in_the_frame_did_not_meet(self):
        m = first(
            "Wang Yi met with Egyptian Foreign Minister Sameh Shoukry, who is visiting China"
            " at the invitation of Vice President Han Zheng."
        )
        assert names(m) == ["Wang Yi", "Sameh Shoukry"]

    def test_the_person_an_adviser_serves_did_not_meet(self):
        m = first(
            "Wang Yi held talks with Emmanuel Bonne, diplomatic adviser to French President"
            " Emmanuel Macron, in Paris."
        )
        assert names(m) == ["Wang Yi", "Emmanuel Bonne"]

    def test_organisation_official_has_no_country(self):
        m = first(
            "Chinese Vice President Han Zheng met with UN Secretary-General Antonio Guterres."
        )
        guterres = m.participants[1]
        assert guterres.country is None
        assert guterres.organization == "UN"

    def test_garbled_name_resolved(self):
        m = first(
            "State Councilor and Foreign Minister Wang Yi said on Thursday, local time (July 28)"
            " to meet Russian Foreign Minister Raft that ties are good. Lavrov agreed."
        )
        assert "Sergey Lavrov" in names(m)

    def test_title_from_the_table_when_the_report_gives_none(self):
        m = first("On May 5, 2024, Wang Yi met with Sergey Lavrov in Beijing.")
        assert m.participants[1].title == "Foreign Minister"


class TestNotMeetings:
    @pytest.mark.parametrize(
        "text",
        [
            "Foreign Ministry spokesperson Mao Ning said at a regular press briefing on Monday"
            " that China opposes sanctions.",
            "Russian Foreign Minister Sergei Lavrov will pay an official visit to China from"
            " April 8 to 9, the Foreign Ministry announced.",
            "Chinese President Xi Jinping on Tuesday joined a deliberation of the National"
            " People's Congress delegation from Jiangsu.",
            "Nothing happened today.",
            "",
            # A reporter's question tells of no meeting.
            "Question: Is there any plan for the Secretary-General to meet President Volodymyr"
            " Zelenskyy this week?\n\nSpokesman: I have nothing to announce.",
            # A meeting that was expected, and called off.
            "U.S. Secretary of State Antony Blinken postponed his trip to Beijing on Friday."
            " Blinken had been expected to meet Chinese Foreign Minister Qin Gang.",
            "Spokesperson Tammy Bruce said Secretary Marco Rubio was scheduled to meet Canadian"
            " Foreign Minister Melanie Joly on Monday, but the talks were called off.",
        ],
    )
    def test_no_meeting(self, text):
        assert diplomeet.parse(text).meetings == ()


class TestSeveralMeetings:
    def test_a_recalled_dated_meeting_comes_after(self):
        report = diplomeet.parse(
            "On July 28, 2022, Wang Yi met with Russian Foreign Minister Sergei Lavrov in"
            " Tashkent.\n\nWang Yi met with Lavrov in Bali, Indonesia on the 7th of this month."
            " Wang Yi said at the time that ties were strong."
        )
        assert report.meetings[0].date == dt.date(2022, 7, 28)
        later = report.meetings[1]
        assert later.date == dt.date(2022, 7, 7)
        assert later.place == diplomeet.Place(city="Bali", country="IDN")
        assert any("at the time" in s.text for s in later.statements)

    def test_a_second_counterpart_the_same_day(self):
        report = diplomeet.parse(
            "ASTANA, May 20 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Kazakh Foreign"
            " Minister Murat Nurtleu in Astana on Monday.\n\nWang said ties are good.\n\nAlso on"
            " Monday, Wang met with Uzbek Foreign Minister Bakhtiyor Saidov.\n\nSaidov said"
            " Uzbekistan supports China.",
            published=dt.date(2024, 5, 21),
        )
        second = report.meetings[1]
        assert names(second) == ["Wang Yi", "Bakhtiyor Saidov"]
        assert second.date == report.meetings[0].date == dt.date(2024, 5, 20)
        assert [p.name for s in second.statements for p in s.attribution.speakers] == [
            "Bakhtiyor Saidov"
        ]


def test_an_official_named_only_by_title_is_the_office_holder():
    """UN readouts never name the Secretary-General: the table knows who held the office."""
    text = (
        "Readout of the Secretary-General's meeting with Prime Minister Abiy Ahmed of Ethiopia\n\n"
        "The Secretary-General met today with Prime Minister Abiy Ahmed of Ethiopia in Addis"
        " Ababa, on the margins of the African Union summit. The Secretary-General thanked the"
        " Prime Minister for Ethiopia's contributions to United Nations peacekeeping."
    )
    m = first(text, published=dt.date(2025, 2, 15))
    assert names(m) == ["António Guterres", "Abiy Ahmed"] or names(m) == [
        "Abiy Ahmed",
        "António Guterres",
    ]
    said = [s for s in m.statements if "thanked" in s.text]
    assert [p.name for p in said[0].attribution.speakers] == ["António Guterres"]


def test_met_separately_is_one_meeting_per_counterpart():
    report = diplomeet.parse(
        "DAVOS, Switzerland, Jan. 21 (Xinhua) -- Chinese Vice Premier Ding Xuexiang met"
        " separately with Swiss President Karin Keller-Sutter and European Commission President"
        " Ursula von der Leyen on Tuesday.\n\nDing said China values Switzerland.\n\nWhen"
        " meeting with von der Leyen, Ding said China and the EU are partners.",
        published=dt.date(2025, 1, 22),
    )
    assert [names(m) for m in report.meetings[:2]] == [
        ["Ding Xuexiang", "Karin Keller-Sutter"],
        ["Ding Xuexiang", "Ursula von der Leyen"],
    ]
    assert report.meetings[1].date == dt.date(2025, 1, 21)
    assert any("partners" in s.text for s in report.meetings[1].statements)


@pytest.mark.parametrize("verb", ["met separately with", "held separate talks with"])
def test_several_who_met_separately_with_one_are_one_meeting_each(verb):
    report = diplomeet.parse(
        "PHNOM PENH, April 21, 2025 (Xinhua) -- Cambodian Prime Minister Hun Manet and Senate"
        f" President Hun Sen on Monday {verb} visiting Chinese Foreign Minister Wang Yi.\n\n"
        "Hun Manet said Cambodia would deepen cooperation with China.",
    )
    assert [names(m) for m in report.meetings] == [
        ["Hun Manet", "Wang Yi"],
        ["Hun Sen", "Wang Yi"],
    ]


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        (
            "LONDON, 14 March 2025 - Foreign Secretary David Lammy met Chinese Foreign Minister"
            " Wang Yi and later Vice President Han Zheng in Beijing on Friday.",
            [
                (["David Lammy", "Wang Yi"], dt.date(2025, 3, 14), "Beijing"),
                (["David Lammy", "Han Zheng"], dt.date(2025, 3, 14), "Beijing"),
            ],
        ),
        (
            "KYIV, Oct 3 2024 - Ukrainian Foreign Minister Andrii Sybiha met Turkish Foreign"
            " Minister Hakan Fidan in Ankara on Friday, before meeting Azerbaijani Foreign"
            " Minister Jeyhun Bayramov in Baku on Saturday.",
            [
                (["Andrii Sybiha", "Hakan Fidan"], dt.date(2024, 9, 27), "Ankara"),
                (["Andrii Sybiha", "Jeyhun Bayramov"], dt.date(2024, 9, 28), "Baku"),
            ],
        ),
        (
            # One meeting of three: no word says they met in turn.
            "MOSCOW, June 4, 2024 -- Russian Foreign Minister Sergey Lavrov met Chinese Foreign"
            " Minister Wang Yi and Indian External Affairs Minister S. Jaishankar in Moscow on"
            " Tuesday.",
            [(["Sergey Lavrov", "Wang Yi", "S. Jaishankar"], dt.date(2024, 6, 4), "Moscow")],
        ),
        (
            "MOSCOW, June 4, 2024 -- Russian Foreign Minister Sergey Lavrov and Chinese Foreign"
            " Minister Wang Yi met in Moscow on Tuesday and later visited an exhibition.",
            [(["Sergey Lavrov", "Wang Yi"], dt.date(2024, 6, 4), "Moscow")],
        ),
    ],
)
def test_counterparts_met_in_turn_are_one_meeting_each(text, turns):
    # `met A and later B`, `met A ..., before meeting B ...`: a meeting per turn, each with
    # the day and place of its own part of the sentence.
    report = diplomeet.parse(text)
    got = [(names(m), m.date, m.place.city if m.place else None) for m in report.meetings]
    assert got == turns


@pytest.mark.parametrize(
    ("apart", "day"),
    [
        ("On Friday, Qin held separate talks with Bhutto Zardari", dt.date(2023, 5, 5)),
        ("On the sidelines, Qin held a bilateral meeting with Bhutto Zardari", dt.date(2023, 5, 6)),
        ("Qin also met Bhutto Zardari one-on-one", dt.date(2023, 5, 6)),
    ],
)
def test_a_separate_meeting_of_some_of_a_group_is_a_meeting_of_its_own(apart, day):
    text = (
        "ISLAMABAD, May 6, 2023 -- Chinese Foreign Minister Qin Gang, Pakistani Foreign"
        " Minister Bilawal Bhutto Zardari and Afghan acting Foreign Minister Amir Khan Muttaqi"
        " held a trilateral dialogue in Islamabad on Saturday.\n\nThe three ministers agreed"
        f" to extend the economic corridor to Afghanistan.\n\n{apart} at the Foreign"
        " Office.\n\nQin said China and Pakistan are iron brothers.\n"
    )
    group, pair = diplomeet.parse(text).meetings
    assert names(group) == ["Qin Gang", "Bilawal Bhutto Zardari", "Amir Khan Muttaqi"]
    assert (names(pair), pair.date) == (["Qin Gang", "Bilawal Bhutto Zardari"], day)
    assert [s.text for s in pair.statements] == ["Qin said China and Pakistan are iron brothers."]


def test_a_counterpart_of_a_country_is_the_one_of_that_country_the_report_names():
    # `his Turkish counterpart`: of the two Turkish officials, the foreign minister, as
    # Fuad Hussein is one.
    text = (
        "BAGHDAD, Aug 15, 2024 (INA) - Prime Minister Mohammed Shia al-Sudani received"
        " Turkish President Recep Tayyip Erdogan and Foreign Minister Hakan Fidan in Baghdad"
        " on Thursday.\n\nEarlier in the day, Iraqi Foreign Minister Fuad Hussein held talks"
        " with his Turkish counterpart at the Ministry of Foreign Affairs.\n\nThe two"
        " ministers agreed to hold the next round of the security mechanism in Ankara.\n"
    )
    _main, ministers = diplomeet.parse(text).meetings
    assert names(ministers) == ["Fuad Hussein", "Hakan Fidan"]
    assert ministers.date == dt.date(2024, 8, 15)
    [agreed] = ministers.statements
    assert [p.name for p in agreed.attribution.speakers] == ["Fuad Hussein", "Hakan Fidan"]


def test_met_two_counterparts_respectively_is_two_meetings():
    report = diplomeet.parse(
        "HANOI, March 3 (Xinhua) -- Chinese Premier Li Qiang met with Vietnamese President"
        " Luong Cuong and Prime Minister Pham Minh Chinh respectively here on Monday.",
        published=dt.date(2025, 3, 4),
    )
    assert [names(m) for m in report.meetings] == [
        ["Li Qiang", "Luong Cuong"],
        ["Li Qiang", "Pham Minh Chinh"],
    ]


@pytest.mark.parametrize(
    ("negated", "held"),
    [
        ("Prince Faisal did not meet Amir-Abdollahian", "Prince Faisal met Amir-Abdollahian"),
        (
            "Prince Faisal has not yet held talks with Amir-Abdollahian",
            "Prince Faisal held talks with Amir-Abdollahian",
        ),
        (
            "Prince Faisal avoided meeting Amir-Abdollahian",
            "Prince Faisal was meeting Amir-Abdollahian",
        ),
        (
            "Prince Faisal refused to meet Amir-Abdollahian",
            "Prince Faisal came to meet Amir-Abdollahian",
        ),
    ],
)
def test_a_meeting_that_did_not_take_place_is_none(negated, held):
    def text(sentence: str) -> str:
        return (
            "NEW YORK, Sept. 22 (Agency) -- Saudi Foreign Minister Faisal bin Farhan and"
            " Iranian Foreign Minister Hossein Amir-Abdollahian spoke at the UN Security"
            f" Council on Thursday. {sentence} on the sidelines of the session."
        )

    assert diplomeet.parse(text(negated), published=dt.date(2022, 9, 22)).meetings == ()
    assert len(diplomeet.parse(text(held), published=dt.date(2022, 9, 22)).meetings) == 1


def test_not_only_met_is_a_meeting():
    text = (
        "Iranian Foreign Minister Hossein Amir-Abdollahian not only met Saudi Foreign"
        " Minister Faisal bin Farhan in Riyadh but also toured the city."
    )
    assert len(diplomeet.parse(text).meetings) == 1


@pytest.mark.parametrize(
    ("held", "occasion"),
    [
        (
            "held the 11th Spain-Morocco High-Level Meeting with",
            "Spain-Morocco High-Level Meeting",
        ),
        (
            "co-chaired the fifth meeting of the Egypt-Kenya Joint Commission with",
            "Egypt-Kenya Joint Commission",
        ),
        (
            "held talks under the Kenya-Egypt Strategic Dialogue mechanism with",
            "Kenya-Egypt Strategic Dialogue mechanism",
        ),
        ("held the Kenya-Egypt Foreign Ministers' Meeting with", None),
        ("held talks with", None),
    ],
)
def test_a_named_bilateral_mechanism_is_the_occasion(held, occasion):
    text = (
        f"NAIROBI, May 6 (Agency) -- Kenyan Cabinet Secretary Musalia Mudavadi {held}"
        " Egyptian Foreign Minister Badr Abdelatty on Monday.\n\nMudavadi said ties are good."
    )
    m = first(text, published=dt.date(2025, 5, 6))
    assert (m.occasion.name if m.occasion else None) == occasion


@pytest.mark.parametrize(
    "plan",
    [
        "Oli is also scheduled to call on President Xi Jinping and meet Premier Li Qiang",
        "Oli will then meet Premier Li Qiang",
    ],
)
def test_a_meeting_still_to_come_is_none(plan):
    text = (
        "KATHMANDU, May 6 (Agency) -- Nepali Prime Minister K. P. Sharma Oli left for Beijing"
        f" on Monday. {plan} during the visit, officials said."
    )
    assert diplomeet.parse(text, published=dt.date(2024, 5, 6)).meetings == ()


def test_a_call_on_another_day_does_not_make_the_meeting_a_call():
    text = (
        "TOKYO, June 17 (Agency) -- Japanese Prime Minister Shigeru Ishiba met South Korean"
        " President Lee Jae-myung in Tokyo on Tuesday.\n\nThe two leaders had first spoken"
        " by phone on June 9, days after Lee took office."
    )
    m = first(text, published=dt.date(2025, 6, 17))
    assert m.mode == MeetingMode.IN_PERSON
    assert m.place == diplomeet.Place(city="Tokyo", country="JPN")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Kenyan President William Ruto was received on Monday at the Chigi Palace by"
            " Italian Prime Minister Giorgia Meloni.",
            diplomeet.Place(city="Rome", country="ITA"),
        ),
        (
            "Kenyan President William Ruto was welcomed at the Casa de Nariño by Colombian"
            " President Gustavo Petro.",
            diplomeet.Place(city="Bogotá", country="COL"),
        ),
    ],
)
def test_received_with_when_and_where_before_by_is_a_meeting_at_the_landmark(sentence, place):
    m = first(sentence, published=dt.date(2024, 5, 6))
    assert names(m)[0] == "William Ruto"
    assert m.place == place


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        (
            "Foreign Minister Cho Tae-yul held a talk with Wang Yi the Chinese Foreign Minister"
            " in Beijing on the 9th.",
            MeetingMode.IN_PERSON,
        ),
        (
            "General Secretary To Lam had a phone talk with US President Donald Trump on the"
            " evening of the 4th.",
            MeetingMode.PHONE,
        ),
    ],
)
def test_machine_translation_s_talk_in_the_singular_is_a_meeting(sentence, mode):
    m = first(sentence, published=dt.date(2025, 4, 5))
    assert len(m.participants) == 2
    assert m.mode == mode


def test_a_committee_in_a_title_is_no_occasion():
    text = (
        "BEIJING, May 6 (Xinhua) -- Zhao Leji, chairman of the Standing Committee of the"
        " National People's Congress, met with Kenyan Foreign Minister Musalia Mudavadi."
    )
    assert first(text, published=dt.date(2025, 5, 6)).occasion is None


def test_the_mode_is_read_in_the_meeting_clause():
    m = first(
        "Xi held talks with Peruvian President Dina Boluarte at the Government Palace in Lima,"
        " and the two heads of state attended the inauguration of a port via video link."
    )
    assert m.mode == MeetingMode.IN_PERSON


def test_a_counterpart_named_with_honorifics_is_met():
    text = (
        "Addis Ababa, 15 February 2025\n\n"
        "The Secretary-General met today with H.E. Mr. Abiy Ahmed Ali, Prime Minister of "
        "Ethiopia.\n\nThe Secretary-General thanked United Nations staff.\n"
    )
    meetings = diplomeet.parse(text).meetings
    assert [[p.name for p in m.participants] for m in meetings] == [
        ["António Guterres", "Abiy Ahmed"]
    ]


def test_a_readout_heading_and_its_sentence_are_one_meeting():
    text = (
        "New York, 3 March 2025\n\n"
        "UN Secretary-General António Guterres met today with Ethiopian Prime Minister "
        "Abiy Ahmed.\n\n"
        "Readout of the Secretary-General's meeting with H.E. Mr. Mahmoud Ali Youssouf, "
        "Chairperson of the African Union Commission\n\n"
        "The Secretary-General met today with H.E. Mr. Mahmoud Ali Youssouf, Chairperson of "
        "the African Union Commission.\n"
    )
    meetings = diplomeet.parse(text).meetings
    youssouf = [m for m in meetings if "Mahmoud Ali Youssouf" in {p.name for p in m.participants}]
    assert len(youssouf) == 1


def test_a_call_on_a_leader_by_a_minister_named_by_initials_is_a_meeting():
    text = (
        "Canberra, 8 November 2024\n\n"
        "External Affairs Minister S. Jaishankar and Foreign Minister of Australia Penny Wong "
        "held the Foreign Ministers' Framework Dialogue in Canberra today.\n\n"
        "Earlier in the day, EAM called on Prime Minister Anthony Albanese at Parliament "
        "House.\n"
    )
    meetings = diplomeet.parse(text).meetings
    people = [{p.name for p in m.participants} for m in meetings]
    assert {"S. Jaishankar", "Anthony Albanese"} in people


def test_a_courtesy_call_received_is_a_meeting():
    report = diplomeet.parse(
        "JAKARTA, 3 June 2025 - The Secretary-General of ASEAN, Dr. Kao Kim Hourn, met with"
        " Foreign Minister Maria Lopes of Timor-Leste today.\n\nOn the same day, the"
        " Secretary-General also received a courtesy call from H.E. Ms. Anna Berg, the newly"
        " appointed Ambassador of Sweden to ASEAN."
    )
    assert [names(m) for m in report.meetings] == [
        ["Kao Kim Hourn", "Maria Lopes"],
        ["Kao Kim Hourn", "Anna Berg"],
    ]
    assert report.meetings[1].date == dt.date(2025, 6, 3)


def test_the_last_meeting_of_the_same_leaders_is_its_own_record():
    text = (
        "BEIJING, Dec. 18 (Xinhua) -- Chinese President Xi Jinping met with Russian President "
        "Vladimir Putin in Beijing on Wednesday.\n\n"
        "Xi said the two countries should deepen cooperation.\n\n"
        "The two leaders last met in Kazan on October 23, 2024, on the sidelines of the BRICS "
        "summit.\n"
    )
    main, earlier = diplomeet.parse(text).meetings
    assert main.date == dt.date(2024, 12, 18)
    assert main.occasion is None  # the summit was the earlier meeting's
    assert earlier.date == dt.date(2024, 10, 23)
    assert earlier.place is not None and earlier.place.city == "Kazan"
    assert [p.name for p in earlier.participants] == ["Xi Jinping", "Vladimir Putin"]


def test_a_garbled_name_in_a_report_without_a_year_is_the_holder_named_elsewhere():
    m = first(
        "On the afternoon of March 3rd, Wang Yi held talks with Russian Foreign Minister"
        " Lafrov in Beijing.\n\nLavrov said that the two sides should stay in close touch."
    )
    assert m.date is None
    assert names(m) == ["Wang Yi", "Sergey Lavrov"]


@pytest.mark.parametrize(
    ("title", "absent"),
    [("Deputy Defense Minister", "Shoigu"), ("Vice Minister of Finance", "Siluanov")],
)
def test_a_deputy_is_not_taken_for_the_minister_named_elsewhere(title, absent):
    m = first(
        f"MOSCOW, May 6, 2024 -- Wang Yi met with Russian {title} Ivan Petrovsky in Moscow on"
        f" Monday.\n\n{absent} was not present."
    )
    assert names(m) == ["Wang Yi", "Ivan Petrovsky"]


@pytest.mark.parametrize(
    "lede",
    [
        # A possessive and a demonym between the verb and the name.
        "Foreign Minister Lena Varga met today with her Slovak counterpart Tomas Hruby.",
        # A title with `of` and a comma, then a courtesy, before the name.
        "Foreign Minister Lena Varga met today with the Minister of Foreign Affairs of the"
        " Slovak Republic, Mr. Tomas Hruby, on the margins of the summit.",
        # Where and when between the verb and the one received.
        "Foreign Minister Lena Varga received at the ministry in Budapest today His Excellency"
        " Minister of Foreign Affairs of Slovakia Tomas Hruby.",
        # Phrases of other outlets' English.
        "Foreign Minister Lena Varga held discussion with Slovak Foreign Minister Tomas Hruby.",
        "Foreign Minister Lena Varga came together with Slovak Foreign Minister Tomas Hruby.",
        "Foreign Minister Lena Varga held negotiations with Slovak Foreign Minister Tomas Hruby.",
        # Welcomed a person: a meeting, not words.
        "Foreign Minister Lena Varga welcomed Slovak Foreign Minister Tomas Hruby to Budapest.",
    ],
)
def test_a_meeting_phrase_with_words_before_the_one_met(lede):
    m = first(f"BUDAPEST, 3 March 2024 -\n\n{lede}\n\nThe two sides discussed energy.")
    assert names(m) == ["Lena Varga", "Tomas Hruby"]


def test_welcoming_someone_s_visit_is_words():
    report = diplomeet.parse(
        "Foreign Minister Lena Varga met Slovak Foreign Minister Tomas Hruby on Monday.\n\n"
        "Varga welcomed Minister Hruby's visit and stated that trade had doubled.\n"
    )
    [said] = [s for s in report.meetings[0].statements if "doubled" in s.text]
    assert [p.name for p in said.attribution.speakers] == ["Lena Varga"]


def test_he_met_is_the_one_the_story_tells_of():
    m = first(
        "From May 3 to 5, 2024, Special Envoy Lena Varga visited Slovakia. During the visit,"
        " he met with Slovak Foreign Minister Tomas Hruby in Bratislava on May 4.",
        published=dt.date(2024, 5, 6),
    )
    assert names(m) == ["Lena Varga", "Tomas Hruby"]
    assert m.date == dt.date(2024, 5, 4)


def test_who_met_may_be_named_two_sentences_later():
    m = first(
        "The 5th meeting of the Cooperation Council between the European Union and Slovakia"
        " took place today in Luxembourg. The meeting was chaired by High Representative"
        " Lena Varga. The Slovak delegation was led by Foreign Minister Tomas Hruby of"
        " Slovakia.",
        published=dt.date(2024, 3, 3),
    )
    assert names(m) == ["Lena Varga", "Tomas Hruby"]


def test_a_known_name_goes_on_with_its_particles():
    text = (
        "His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs,"
        " met Slovak Foreign Minister Tomas Hruby in Riyadh on 3 March 2024."
    )
    m = first(text)
    assert [p.name for p in m.participants][1:] == ["Tomas Hruby"]
    assert m.participants[0].title == "Minister of Foreign Affairs"


def test_a_counterpart_titled_by_a_body_with_its_acronym_is_met_later():
    # `received Secretary General of the <body> (<acronym>) <name>`: another meeting.
    report = diplomeet.parse(
        "RIYADH, 3 March 2024 - Foreign Minister Khalid Rashed received Slovak Foreign"
        " Minister Tomas Hruby today.\n\nThe two sides discussed trade.\n\n"
        "Later, Minister Rashed received Secretary General of the Gulf Cooperation Council"
        " (GCC) Omar Qasimi.\n\nThey discussed the region.\n"
    )
    assert [names(m) for m in report.meetings] == [
        ["Khalid Rashed", "Tomas Hruby"],
        ["Khalid Rashed", "Omar Qasimi"],
    ]
    assert report.meetings[1].participants[1].title == (
        "Secretary General of the Gulf Cooperation Council (GCC)"
    )


def test_a_call_on_someone_named_by_role_is_a_meeting():
    # `called on the Foreign Minister`: the foreign minister the story named, not the
    # visiting minister of foreign affairs.
    report = diplomeet.parse(
        "ISLAMABAD, 22 March 2022 - Foreign Minister Makhdoom Ali Shah met Minister of Foreign"
        " Affairs of Jordan Omar Qasimi today.\n\nThe two sides discussed trade.\n\n"
        "Separately, the Secretary General of the OIC, H.E. Idris Musa, called on the"
        " Foreign Minister at the Ministry. The Foreign Minister commended him.\n"
    )
    assert [names(m) for m in report.meetings] == [
        ["Ali Shah", "Omar Qasimi"],
        ["Ali Shah", "Idris Musa"],
    ]
    [commended] = report.meetings[1].statements
    assert [p.name for p in commended.attribution.speakers] == ["Ali Shah"]


def test_where_and_when_set_off_by_commas_before_the_one_received():
    m = first(
        "Minister of Foreign Affairs Paulo Ferraz received today, at the Itamaraty Palace, the"
        " Federal Minister for Foreign Affairs of Slovakia, Tomas Hruby, who is in Brazil on a"
        " tour of the region.",
        published=dt.date(2023, 6, 5),
    )
    assert names(m) == ["Paulo Ferraz", "Tomas Hruby"]
    assert m.participants[1].country == "SVK"


def test_the_place_a_visit_is_to_is_not_the_visitor_s_country():
    # `Visit to Brazil of the Federal Minister ... of Slovakia, X`: X is Slovak.
    report = diplomeet.parse(
        "Visit to Brazil of the Federal Minister for Foreign Affairs of Slovakia, Tomas Hruby\n\n"
        "Foreign Minister Paulo Ferraz of Brazil met Minister Hruby in Brasilia on Monday.\n"
    )
    [m] = report.meetings
    assert [(p.name, p.country) for p in m.participants] == [
        ("Paulo Ferraz", "BRA"),
        ("Tomas Hruby", "SVK"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The two men met at the Foreign Ministry for a round of the strategic dialogue.",
        "Hruby arrived at 9.30 am before the two leaders held a four-eyes meeting.",
    ],
)
def test_a_joint_subject_that_met_is_the_people_named_before(second):
    m = first(
        "BRATISLAVA, March 8 (Reuters) - Slovak Foreign Minister Tomas Hruby and Hungarian"
        " Foreign Minister Lena Varga are at odds over a long list of disputes.\n\n"
        f"{second}\n",
        published=dt.date(2024, 3, 8),
    )
    assert sorted(names(m)) == ["Lena Varga", "Tomas Hruby"]


def test_a_group_named_in_the_next_paragraph():
    m = first(
        "AMMAN\n\nThe foreign ministers of Hungary, Slovakia and Poland met in the Jordanian"
        " capital on Sunday.\n\n"
        "Hungarian Foreign Minister Lena Varga joined her Slovak counterpart Tomas Hruby and"
        " Polish Foreign Minister Adam Nowicki at the meeting.\n",
        published=dt.date(2025, 3, 9),
    )
    assert names(m) == ["Lena Varga", "Tomas Hruby", "Adam Nowicki"]


def test_the_day_from_the_next_paragraph_telling_the_same_meeting():
    m = first(
        "Published On 17 Jun 2023\n\n"
        "Hungary's foreign minister has held talks with her Slovak counterpart in Bratislava.\n\n"
        "Foreign Minister Lena Varga arrived in the Slovak capital on Friday and met Foreign"
        " Minister Tomas Hruby.\n",
        published=dt.date(2023, 6, 17),
    )
    assert m.date == dt.date(2023, 6, 16)


def test_in_telephone_conversation_with_is_a_call():
    m = first(
        "MOSCOW, 21 Oct - The head of the Russian MFA Sergei Lavrov on Monday in telephone"
        " conversation with the Slovak colleague Tomas Hruby discussed the Middle East.",
        published=dt.date(2024, 10, 21),
    )
    assert names(m) == ["Sergey Lavrov", "Tomas Hruby"]
    assert m.mode == MeetingMode.PHONE


def test_a_bare_role_before_the_verb_is_the_one_the_story_is_about():
    # `the Minister` fits every minister of the page; before the verb it is the one the
    # story named first, not the counterpart the sentence names.
    report = diplomeet.parse(
        "Marek Dvorak, Minister of Foreign Affairs, attended the ministerial segment of the"
        " Human Rights Council in Geneva.\n\n"
        "On 3 March, the Minister met with his Slovak counterpart, Mr Tomas Hruby, Minister"
        " of Foreign and European Affairs.\n\n"
        "Later the same day, the Minister held talks with Mr Adam Nowicki, Minister of"
        " Foreign Affairs of Poland.\n",
        published=dt.date(2025, 3, 3),
    )
    assert [names(m) for m in report.meetings] == [
        ["Marek Dvorak", "Tomas Hruby"],
        ["Marek Dvorak", "Adam Nowicki"],
    ]


def test_the_minister_after_the_verb_is_not_the_one_the_story_is_about():
    report = diplomeet.parse(
        "Marek Dvorak, Minister of Foreign Affairs, opened the forum.\n\n"
        "Later, Tomas Hruby, Minister of Foreign Affairs of Slovakia, met the Minister.\n",
        published=dt.date(2025, 3, 3),
    )
    assert all("Marek Dvorak" not in names(m) for m in report.meetings)


def test_a_meeting_told_in_the_past_perfect_lends_the_call_nothing():
    m = first(
        "Minister of Foreign Affairs Marek Dvorak today held a telephone conversation with"
        " the Minister of Foreign Affairs of Slovakia, Tomas Hruby.\n\n"
        "Last week in New York, on the margins of the United Nations General Assembly, the"
        " Minister had already met several regional counterparts.\n",
        published=dt.date(2024, 10, 2),
    )
    assert names(m) == ["Marek Dvorak", "Tomas Hruby"]
    assert m.mode == MeetingMode.PHONE
    assert m.occasion is None


def test_spoke_to_someone_is_a_meeting_and_spoke_to_reporters_is_not():
    m = first(
        "PM call with President Zelenskyy: 19 November 2024\n\n"
        "Prime Minister Keir Starmer spoke to President Zelenskyy of Ukraine this afternoon.\n"
    )
    assert names(m) == ["Keir Starmer", "Volodymyr Zelensky"]
    assert m.mode == MeetingMode.PHONE  # the headline's call
    assert not diplomeet.parse("Prime Minister Keir Starmer spoke to reporters in London.").meetings


def test_a_town_the_table_does_not_know_is_the_place_when_the_dateline_says_here():
    m = first(
        "SALT LAKE CITY, May 3 (Xinhua) -- Chinese Ambassador to the United States Xie Feng"
        " met with Governor of the U.S. state of Utah Spencer Cox here on Friday.",
        published=dt.date(2024, 5, 4),
    )
    assert m.place is not None and m.place.city == "Salt Lake City"


@pytest.mark.parametrize("verb", ["spoke with", "speaks with", "spoke to"])
def test_a_conversation_no_place_or_forum_sets_is_a_call(verb):
    m = first(
        f"Foreign Minister Melanie Joly {verb} Foreign Minister Dmytro Kuleba of Ukraine"
        " today about the grain corridor.",
        published=dt.date(2023, 8, 2),
    )
    assert names(m) == ["Mélanie Joly", "Dmytro Kuleba"]
    assert m.mode == MeetingMode.PHONE


@pytest.mark.parametrize(
    "where",
    [
        "in Kyiv",
        "on the sidelines of the G20 summit",
        "during her visit to Kyiv",
    ],
)
def test_a_conversation_in_a_place_or_at_a_forum_was_held_in_person(where):
    m = first(
        f"Foreign Minister Melanie Joly spoke with Foreign Minister Dmytro Kuleba {where}"
        " on Wednesday.",
        published=dt.date(2023, 8, 2),
    )
    assert m.mode == MeetingMode.IN_PERSON


@pytest.mark.parametrize(
    "where", ["the Russian city of Kazan", "the southern port city of Kazan", "the town of Kazan"]
)
def test_a_city_named_after_city_of_is_the_place(where):
    m = first(f"Wang Yi met Sergey Lavrov in {where} on Monday, October 21, 2024.")
    assert m.place is not None and (m.place.city, m.place.country) == ("Kazan", "RUS")


@pytest.mark.parametrize(
    "topic", ["the war in Gaza", "the humanitarian situation in Gaza", "the crisis in Gaza"]
)
def test_a_place_the_talks_were_about_is_not_where_they_were_held(topic):
    m = first(
        "Foreign Minister Antonio Tajani met Egyptian Foreign Minister Sameh Shoukry on"
        f" 12 March 2024 to discuss {topic}."
    )
    assert m.place is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Tánaiste met Egypt's Foreign Minister Sameh Shoukry in Cairo.", "Micheál Martin"),
        ("The Taoiseach met US President Joe Biden at the White House.", "Leo Varadkar"),
    ],
)
def test_a_title_only_one_country_bears_names_its_holder_on_the_day(text, who):
    m = first(f"DUBLIN, 15 March 2024 - {text}", published=dt.date(2024, 3, 15))
    assert names(m)[0] == who


@pytest.mark.parametrize(
    ("where", "occasion"),
    [
        ("on the sidelines of the EU Foreign Affairs Council", "Foreign Affairs Council"),
        ("in the Weimar Triangle format", "Weimar Triangle meeting"),
    ],
)
def test_european_formats_are_occasions(where, occasion):
    m = first(
        f"Foreign Minister Annalena Baerbock met Foreign Minister Radoslaw Sikorski {where}"
        " in Brussels on 22 April 2024."
    )
    assert m.occasion is not None and m.occasion.name == occasion


def test_the_possessor_of_a_meeting_in_the_headline_took_part():
    text = (
        "Readout of President Joe Biden's Meeting with Prime Minister Keir Starmer of the"
        " United Kingdom\n\nJuly 10, 2024\n\nPresident Biden congratulated Prime Minister"
        " Starmer on his election as he welcomed him today.\n"
    )
    assert names(first(text)) == ["Joe Biden", "Keir Starmer"]


def test_the_possessor_of_an_envoy_did_not_take_part():
    m = first("Xi's special envoy Li Hui met Foreign Minister Dmytro Kuleba in Kyiv on Tuesday.")
    assert "Xi Jinping" not in names(m)


@pytest.mark.parametrize(
    "aside",
    [
        ", as she hosted US Secretary of State Antony Blinken in Pretoria on Monday.",
        ", during talks with US Secretary of State Antony Blinken in Pretoria on Monday.",
    ],
)
def test_a_meeting_told_after_the_reported_words_is_the_reporter_s(aside):
    text = (
        "International Relations and Cooperation Minister Naledi Pandor reaffirmed South"
        " Africa's commitment to strong ties with the United States" + aside
    )
    m = first(text)
    assert names(m) == ["Naledi Pandor", "Antony Blinken"]
    assert m.place is not None and m.place.city == "Pretoria"


def test_a_joint_subject_with_a_clause_of_its_own_met():
    text = (
        "President William Ruto and his Somali counterpart Hassan Sheikh Mohamud agreed to"
        " reopen the border.\n\nThe two leaders, who held talks at State House, Nairobi, on"
        " Saturday, said trade would grow."
    )
    m = first(text, published=dt.date(2024, 3, 3))
    assert names(m) == ["William Ruto", "Hassan Sheikh Mohamud"]
    assert m.date == dt.date(2024, 3, 2)
    assert m.place is not None and m.place.city == "Nairobi"


@pytest.mark.parametrize(
    ("where", "city"),
    [("at State House, Nairobi", "Nairobi"), ("at the Quirinal Palace, Rome", "Rome")],
)
def test_a_venue_then_its_city(where, city):
    m = first(f"Foreign Minister Wang Yi met President Sergio Mattarella {where} on Monday.")
    assert m.place is not None and m.place.city == city


def test_an_untitled_role_is_the_holder_the_page_names_in_its_furniture():
    text = (
        "GOV.UK\n\nPress release\nPM meeting with President Xi: 18 November 2024\n\n"
        "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer\n"
        "Published 18 November 2024\n\n"
        "The Prime Minister met President Xi Jinping of China on the sidelines of the G20"
        " Summit in Rio de Janeiro this afternoon.\n"
    )
    m = first(text)
    assert names(m) == ["Keir Starmer", "Xi Jinping"]


@pytest.mark.parametrize(
    ("dateline", "city", "country"),
    [
        ("KUWAIT, Nov 24 (KUNA)", "Kuwait City", "KWT"),
        ("PANAMA, May 3 (EFE)", "Panama City", "PAN"),
    ],
)
def test_a_country_s_name_in_a_dateline_is_its_capital(dateline, city, country):
    m = first(
        f"{dateline} -- The country's foreign minister, Abdullah Al-Yahya, received Omani"
        " Foreign Minister Badr Albusaidi on Sunday for talks on regional issues."
    )
    assert m.place is not None and (m.place.city, m.place.country) == (city, country)


def test_a_headline_in_capitals_names_no_one_with_its_small_words():
    text = (
        "LULA HOLDS TALKS WITH PRESIDENT XI IN BEIJING\n\n14 April 2023\n\n"
        "Brazilian President Luiz Inacio Lula da Silva said ties with China are strong."
        " The two leaders agreed to expand trade."
    )
    m = first(text)
    assert names(m) == ["Luiz Inácio Lula da Silva", "Xi Jinping"]
    assert [p.title for p in m.participants] == ["President", "President"]


@pytest.mark.parametrize(
    "announced",
    [
        "Putin would first travel to Hanoi for talks with Vietnamese President To Lam",
        "Putin will then travel to Hanoi for talks with Vietnamese President To Lam",
    ],
)
def test_a_trip_announced_for_later_is_no_meeting(announced):
    text = (
        "MOSCOW, June 3 (TASS) -- Kremlin spokesman Dmitry Peskov said on Monday that"
        f" Russian President Vladimir {announced}, and then visit Pyongyang."
    )
    assert diplomeet.parse(text).meetings == ()


def test_the_speakers_of_a_transcript_who_tell_of_their_meeting_met():
    text = (
        "Ministry of Foreign Affairs\n\nJoint press conference of Foreign Minister Hakan Fidan"
        " and Jordanian Foreign Minister Ayman Safadi\n\n"
        "H. FİDAN: Dear Minister, welcome to Ankara."
        " We have just completed a very productive meeting.\n\n"
        "A. SAFADİ: Thank you, my brother Hakan. We agreed to coordinate closely.\n\n"
        "Q: What about Syria?\n\nA. SAFADİ: Syria must be stable."
    )
    assert names(first(text)) == ["Hakan Fidan", "Ayman Safadi"]
    labels_only = text.replace("We have just completed a very productive meeting.", "")
    assert diplomeet.parse(labels_only).meetings == ()


@pytest.mark.parametrize(
    "told", ["the talks we have just concluded", "our talks today", "our meeting this morning"]
)
def test_speakers_named_in_capitals_who_tell_of_their_talks_met(told):
    # `PENNY WONG:` names the known person in capitals; `the talks we ...` their meeting.
    text = (
        "Transcript: joint press conference, Wellington\n\n14 March 2024\n\n"
        f"FOREIGN MINISTER WINSTON PETERS: Welcome to Wellington for {told}.\n\n"
        "PENNY WONG: Thank you, Winston. We are family in the Pacific.\n\n"
        "QUESTION: Did you discuss AUKUS?\n\nPENNY WONG: We did."
    )
    report = diplomeet.parse(text)
    (m,) = report.meetings
    assert names(m) == ["Winston Peters", "Penny Wong"]
    said = {st.text.split(":")[0]: [p.name for p in st.attribution.speakers] for st in m.statements}
    assert said["PENNY WONG"] == ["Penny Wong"]


@pytest.mark.parametrize(
    ("met", "name", "country"),
    [
        ("the Emir of Qatar", "Tamim bin Hamad Al Thani", "QAT"),
        ("the King of Jordan", "Abdullah II", "JOR"),
        ("the President of the UAE", "Mohamed bin Zayed Al Nahyan", "ARE"),
        ("the Foreign Minister of Kazakhstan", "Murat Nurtleu", "KAZ"),
        ("the Secretary-General of the United Nations", "António Guterres", None),
    ],
)
def test_an_office_of_a_country_names_its_holder_on_the_day(met, name, country):
    text = (
        f"ASTANA, October 13, 2023 (Reuters) - Russian President Vladimir Putin met {met}"
        " on the sidelines of a summit in the Kazakh capital on Thursday.\n\n"
        '"We have a lot of contact points," Putin said.'
    )
    m = first(text)
    assert names(m) == [name, "Vladimir Putin"]
    assert m.participants[0].country == country


def test_an_office_then_the_holder_s_name_is_one_person():
    text = (
        "TASHKENT, March 7, 2024 - Foreign Minister Bakhtiyor Saidov met with the Minister of"
        " Foreign Affairs of Malaysia, Dato' Seri Utama Haji Mohamad bin Haji Hasan, on"
        " Wednesday."
    )
    assert len(first(text).participants) == 2


def test_a_spokesman_s_quoted_view_of_both_countries_is_his_own():
    text = (
        "AMMAN, May 9, 2023 (Reuters) - French President Emmanuel Macron met King Abdullah II"
        " in Amman on Tuesday.\n\nKremlin spokesman Dmitry Peskov said the talks mattered."
        ' "Both countries are producers, so there is much to discuss," Peskov said.\n\n'
        '"The two leaders agreed to meet again," the spokesman said.'
    )
    said = {s.text[1:9]: [p.name for p in s.attribution.speakers] for s in first(text).statements}
    assert said["Both cou"] == ["Dmitry Peskov"]
    assert sorted(said["The two "]) == ["Abdullah II", "Emmanuel Macron"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A telephone conversation between Russian President Vladimir Putin and US President"
        " Donald Trump is being prepared and is scheduled for Tuesday, Peskov said.",
        "Russian President Vladimir Putin and US President Donald Trump will hold a phone call"
        " on Tuesday, Peskov said.",
        "Talks between Russian President Vladimir Putin and US President Donald Trump are"
        " planned for next week, the Kremlin said.",
        "The Kremlin called off a planned meeting between Russian President Vladimir Putin and"
        " US President Donald Trump in Budapest.",
        "Russian President Vladimir Putin is hoping to meet US President Donald Trump in"
        " Budapest, Peskov said.",
        "Russian President Vladimir Putin is also pushing to hold talks with US President"
        " Donald Trump and Chinese President Xi Jinping, the Kremlin said.",
        "Peskov added that a three-way meeting with US President Donald Trump and Chinese"
        " President Xi Jinping is also being arranged.",
    ],
)
def test_a_meeting_still_to_come_or_called_off_is_no_meeting(sentence):
    assert diplomeet.parse(f"MOSCOW, March 2, 2025 (TASS) - {sentence}").meetings == ()


def test_talks_that_were_held_are_a_meeting():
    text = (
        "MOSCOW, March 2, 2025 (TASS) - Talks between Russian President Vladimir Putin and US"
        " President Donald Trump were held in Riyadh on Monday."
    )
    assert names(first(text)) == ["Vladimir Putin", "Donald Trump"]


def test_another_meeting_on_a_weekday_is_dated_by_the_report_s_day():
    text = (
        "GENEVA, March 9, 2024 (Reuters) - Russian Foreign Minister Sergei Lavrov met UN"
        " Secretary-General Antonio Guterres on Saturday in Geneva.\n\n"
        "On Thursday, Lavrov held talks with Turkish Foreign Minister Hakan Fidan.\n\n"
        "Lavrov said Russia was open to dialogue."
    )
    meetings = diplomeet.parse(text).meetings
    assert [(m.date, m.place and m.place.city) for m in meetings] == [
        (dt.date(2024, 3, 9), "Geneva"),
        (dt.date(2024, 3, 7), "Geneva"),
    ]
    assert names(meetings[1]) == ["Sergey Lavrov", "Hakan Fidan"]


@pytest.mark.parametrize(
    ("sentence", "counterparts"),
    [
        (
            "Foreign Minister Ayman Safadi met his Egyptian counterpart in Amman on Sunday.",
            ["Sameh Shoukry"],
        ),
        (
            "Foreign Minister Ayman Safadi met his Egyptian, Saudi and Qatari counterparts in"
            " Amman on Sunday.",
            ["Sameh Shoukry", "Faisal bin Farhan Al Saud", "Mohammed bin Abdulrahman Al Thani"],
        ),
        (
            "Foreign Minister Ayman Safadi held talks with counterparts from Egypt and the United"
            " Arab Emirates in Amman on Sunday.",
            ["Sameh Shoukry", "Abdullah bin Zayed Al Nahyan"],
        ),
    ],
)
def test_unnamed_counterparts_are_the_holders_of_the_same_office(sentence, counterparts):
    meeting = first(f"AMMAN, March 3, 2024 (Petra) - {sentence}")
    assert names(meeting) == ["Ayman Safadi", *counterparts]


def test_the_one_a_ceremony_honours_did_not_meet():
    text = (
        "VATICAN CITY, April 26, 2025 (AP) - President Volodymyr Zelensky met U.S. President"
        " Donald Trump in the Vatican on Saturday, shortly before the funeral of Pope Francis."
    )
    assert names(first(text)) == ["Volodymyr Zelensky", "Donald Trump"]


def test_a_possessive_after_a_name_ending_in_s_is_no_participant():
    text = (
        "VATICAN CITY, April 26, 2025 (AP) - Zelensky, Trump meet ahead of Pope Francis'"
        " funeral\n\nPresident Volodymyr Zelensky met U.S. President Donald Trump in the Vatican"
        " on Saturday."
    )
    assert names(first(text)) == ["Volodymyr Zelensky", "Donald Trump"]


def test_a_father_s_name_inside_a_ruler_s_style_is_no_participant():
    text = (
        "BANDAR SERI BEGAWAN, June 3, 2024 (Borneo Bulletin) - His Majesty Sultan Haji"
        " Hassanal Bolkiah ibni Al-Marhum Sultan Haji Omar Ali Saifuddien and Prime Minister"
        " Lawrence Wong of Singapore held the Annual Leaders' Consultations at Istana Nurul Iman"
        " on Monday."
    )
    meeting = first(text)
    assert names(meeting) == ["Hassanal Bolkiah", "Lawrence Wong"]
    assert (meeting.place.city, meeting.host) == ("Bandar Seri Begawan", "BRN")


def test_a_korean_name_without_a_demonym_in_a_seoul_story_is_south_korean():
    text = (
        "SEOUL, Sept. 15, 2021 (Yonhap) -- Defense Minister Suh Wook held talks with U.S."
        " Defense Secretary Lloyd Austin on Wednesday."
    )
    assert [p.country for p in first(text).participants] == ["KOR", "USA"]


def test_a_long_title_a_comma_and_the_holder_s_name_are_one_person():
    text = (
        "SUVA, Feb 12, 2024 -- The Prime Minister, Hon. Sitiveni Rabuka, today welcomed the"
        " Deputy Prime Minister and Minister of Foreign Affairs of New Zealand, Rt Hon. Winston"
        " Peters, at his office in Suva.\n\nMr Peters later met the Deputy Prime Minister and"
        " Minister for Finance, Hon. Professor Biman Prasad."
    )
    meetings = diplomeet.parse(text).meetings
    assert [names(m) for m in meetings] == [
        ["Sitiveni Rabuka", "Winston Peters"],
        ["Winston Peters", "Biman Prasad"],
    ]


@pytest.mark.parametrize(
    "verb",
    [
        "hosted his Egyptian and Saudi counterparts",
        "received counterparts from Egypt and Saudi Arabia",
    ],
)
def test_a_host_verb_before_counterparts_of_several_countries_is_a_meeting(verb):
    m = first(
        f"AMMAN, March 9, 2025 -- Jordanian Foreign Minister Ayman Safadi {verb} in Amman on"
        " Sunday."
    )
    assert names(m) == ["Ayman Safadi", "Badr Abdelatty", "Faisal bin Farhan Al Saud"]


def test_the_spokesman_for_an_office_is_not_its_holder():
    """`Spokesman for the Secretary-General` below a UN readout is not the Secretary-General."""
    m = first(
        "United Nations\n\nNEW YORK, 2 December 2023 -- The Secretary-General met today with"
        " President Mohamed bin Zayed Al Nahyan of the United Arab Emirates in Dubai. The"
        " Secretary-General thanked the President for the hospitality.\n\n"
        "Stéphane Dujarric, Spokesman for the Secretary-General"
    )
    assert names(m) == ["António Guterres", "Mohamed bin Zayed Al Nahyan"]
    assert [p.name for p in m.statements[0].attribution.speakers] == ["António Guterres"]


@pytest.mark.parametrize("forum", ["the UN General Debate", "the Plenary Session"])
def test_a_forum_s_name_after_a_rank_is_no_person(forum):
    m = first(
        "MANILA, 22 September 2023 -- Secretary Enrique Manalo met with Canadian Foreign"
        f" Minister Mélanie Joly on the sidelines of {forum} in New York on Friday."
    )
    assert names(m) == ["Enrique Manalo", "Mélanie Joly"]


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("The following day, Schmid held talks with", dt.date(2024, 5, 15)),
        ("A day later Schmid was received by", dt.date(2024, 5, 15)),
        ("Schmid had met the day before with", dt.date(2024, 5, 13)),
    ],
)
def test_a_day_told_against_the_meeting_before_it(later, day):
    report = diplomeet.parse(
        "VIENNA, 16 May 2024 -- OSCE Secretary General Helga Maria Schmid held talks with"
        " Uzbek Foreign Minister Bakhtiyor Saidov in Tashkent on 14 May.\n\n"
        f"{later} Tajik President Emomali Rahmon in Dushanbe."
    )
    assert [(names(m), m.date) for m in report.meetings] == [
        (["Helga Schmid", "Bakhtiyor Saidov"], dt.date(2024, 5, 14)),
        (["Helga Schmid", "Emomali Rahmon"], day),
    ]


def test_a_meeting_a_day_before_keeps_the_occasion_that_brought_them():
    report = diplomeet.parse(
        "TOKYO, Sept 28, 2022 -- Prime Minister Fumio Kishida met Indian Prime Minister"
        " Narendra Modi in Tokyo on Tuesday on the margins of the state funeral of Shinzo Abe.\n\n"
        "Kishida had met Australian Prime Minister Anthony Albanese the day before."
    )
    later = report.meetings[1]
    assert later.date == dt.date(2022, 9, 26)
    assert later.occasion is not None and later.occasion.name == "funeral"


@pytest.mark.parametrize(
    ("venue", "city"),
    [("at Expo City Dubai", "Dubai"), ("at a hotel in Midtown Manhattan", "New York")],
)
def test_a_venue_s_last_words_are_its_city(venue, city):
    m = first(
        f"ANKARA, Sept 24, 2024 -- Turkish Foreign Minister Hakan Fidan met US Secretary of"
        f" State Antony Blinken {venue} on Monday."
    )
    assert m.place is not None and m.place.city == city


@pytest.mark.parametrize(
    "sentence",
    [
        "Later that evening, talks took place with President Nana Akufo-Addo at Jubilee House.",
        "In the evening, consultations were held with President Nana Akufo-Addo.",
        "In her meeting with President Nana Akufo-Addo, ties were reviewed.",
    ],
)
def test_a_meeting_told_with_no_subject_is_the_one_the_story_tells_of(sentence):
    report = diplomeet.parse(
        "Minister in Ghana\n\n"
        "ACCRA, 5 June 2024 - German Foreign Minister Annalena Baerbock arrived in Accra on"
        f" Wednesday for a two-day visit.\n\n{sentence}\n\n"
        "The President said Ghana valued German investment."
    )
    (meeting,) = report.meetings
    assert {p.name for p in meeting.participants} == {"Annalena Baerbock", "Nana Akufo-Addo"}
    assert meeting.host == "GHA"


def test_meetings_a_spokesperson_relays_are_meetings():
    # `The spokesperson said that Minister X met with Y`: the ministry's own account of its
    # minister's day, one meeting per counterpart; the spokesperson took part in none.
    text = (
        "Tuesday, 24 September 2024\n\nNew York - Foreign Minister Ahmed Attaf held several"
        " bilateral meetings on Tuesday on the margins of the United Nations General"
        " Assembly.\n\nThe spokesperson of the Ministry, Ms. Samira Hadj, said that Minister"
        " Attaf met with Portuguese Foreign Minister Paulo Rangel, and the two ministers"
        " reviewed energy cooperation. Rangel praised Algeria's role in the Sahel.\n\nThe"
        " spokesperson added that Attaf later met with Swedish Foreign Minister Maria Malmer"
        " Stenergard. The two sides agreed to hold political consultations in Stockholm.\n"
    )
    first, second = diplomeet.parse(text).meetings
    assert names(first) == ["Ahmed Attaf", "Paulo Rangel"]
    assert names(second) == ["Ahmed Attaf", "Maria Malmer Stenergard"]
    assert {m.date for m in (first, second)} == {dt.date(2024, 9, 24)}
    assert [s.text for s in second.statements][-1:] == [
        "The two sides agreed to hold political consultations in Stockholm."
    ]


@pytest.mark.parametrize(
    ("where", "country"),
    [
        ("in the Spanish city of Toledo", "ESP"),
        ("in the Brazilian seaside town of Buzios", "BRA"),
        ("at a hotel, before a conference on aid to the Palestinian people", None),
    ],
)
def test_a_demonym_places_a_meeting_only_before_a_word_for_a_town(where, country):
    text = (
        "Foreign Minister Yoko Kamikawa met Foreign Minister Mauro Vieira on Thursday"
        f" {where}.\n\nThe two ministers discussed trade.\n"
    )
    [m] = diplomeet.parse(text, published=dt.date(2024, 2, 23)).meetings
    assert (m.place.country if m.place else None) == country


@pytest.mark.parametrize(
    ("separately", "pairs"),
    [
        (
            # The host also met each guest: a meeting per pair besides the group's.
            "On the same day, Minister Park also held separate bilateral meetings with Minister"
            " Kamikawa and Minister Wang.",
            [["Park Jin", "Yoko Kamikawa"], ["Park Jin", "Wang Yi"]],
        ),
        # Without a word that tells a meeting besides: the group's meeting told again.
        ("Minister Park held talks with Minister Kamikawa and Minister Wang.", []),
    ],
)
def test_a_group_whose_people_also_met_in_pairs(separately, pairs):
    text = (
        "SEOUL, Nov. 26, 2023 -- Foreign Minister Park Jin hosted the 10th Korea-Japan-China"
        " Trilateral Foreign Ministers' Meeting with Japanese Foreign Minister Yoko Kamikawa"
        " and Chinese Foreign Minister Wang Yi in Busan on Sunday.\n\nThe three ministers"
        f" agreed to revive the trilateral summit.\n\n{separately}\n\nPark told Kamikawa that"
        " the two countries should deepen exchanges.\n"
    )
    group, *rest = diplomeet.parse(text).meetings
    assert names(group) == ["Park Jin", "Yoko Kamikawa", "Wang Yi"]
    assert group.occasion is not None
    assert group.occasion.name == "Korea-Japan-China Trilateral Foreign Ministers' Meeting"
    assert [names(m) for m in rest] == pairs
    assert {(m.date, m.place.city if m.place else None) for m in rest} <= {
        (dt.date(2023, 11, 26), "Busan")
    }
    if rest:  # what follows tells of the first pair
        assert [s.text[:9] for s in rest[0].statements] == ["Park told"]


def test_a_side_is_no_president():
    # `the Algerian side` names no one titled `President` (the word `side` in it).
    text = (
        "ALGIERS, April 6, 2025 -- French Foreign Minister Jean-Noel Barrot was received by"
        " Algerian President Abdelmadjid Tebboune on Sunday.\n\nBarrot had held talks earlier"
        " in the day with Foreign Minister Ahmed Attaf, a meeting the Algerian side described"
        " as frank.\n"
    )
    _, ministers = diplomeet.parse(text).meetings
    assert names(ministers) == ["Jean-Noël Barrot", "Ahmed Attaf"]


def test_a_welcome_in_someone_s_words_takes_no_one_from_the_next_paragraph():
    # `X, for his part, welcomed the minister and said ...`: a statement of the meeting told
    # before, not a meeting of X with the people the next paragraph names.
    text = (
        "Wednesday, 9 October 2024\n\nAbbas Araghchi, Foreign Minister of Iran, who arrived in"
        " Riyadh on Wednesday, met Mohammed bin Salman, Crown Prince of Saudi Arabia.\n\nThe"
        " Saudi Crown Prince, for his part, welcomed the Iranian minister and expressed"
        " readiness to develop relations. He said dialogue is the way forward.\n\nEarlier,"
        " Araghchi had held talks with his Saudi counterpart, Prince Faisal bin Farhan, at the"
        " Foreign Ministry.\n"
    )
    meetings = diplomeet.parse(text).meetings
    assert [names(m) for m in meetings] == [
        ["Abbas Araghchi", "Mohammed bin Salman"],
        ["Abbas Araghchi", "Faisal bin Farhan Al Saud"],
    ]


@pytest.mark.parametrize(
    ("told", "people"),
    [
        (
            # The meeting named with who hosted it and who attended it.
            "The summit, hosted by President Joe Biden, was attended by Japanese Prime Minister"
            " Fumio Kishida and South Korean President Yoon Suk Yeol.",
            ["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"],
        ),
        (
            # `The meeting` is the one the sentence before told: its subject took part.
            "Foreign Minister Wang Yi attended the 10th China-Japan-ROK Foreign Ministers'"
            " Meeting on Sunday. The meeting was chaired by ROK Foreign Minister Park Jin, with"
            " Japanese Foreign Minister Yoko Kamikawa in attendance.",
            ["Wang Yi", "Park Jin", "Yoko Kamikawa"],
        ),
        (
            "The GCC Ministerial Council held its 160th session on Sunday. The meeting was"
            " chaired by H.E. Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and"
            " Minister of Foreign Affairs of Qatar, with the participation of H.E. Prince Faisal"
            " bin Farhan Al Saud, Minister of Foreign Affairs of Saudi Arabia; and H.E. Jasem"
            " Albudaiwi, Secretary-General of the GCC.",
            [
                "Mohammed bin Abdulrahman Al Thani",
                "Faisal bin Farhan Al Saud",
                "Jasem Mohamed Albudaiwi",
            ],
        ),
        (
            # Those who attended a meeting of two are its delegations, not its people.
            "Foreign Minister Faisal bin Farhan met Irish Tanaiste Micheal Martin on Tuesday."
            " The meeting was attended by the Kingdom's Ambassador to Ireland, Ibrahim Al-Ibrahim,"
            " and the Minister of State Adel Al-Jubeir.\n\nLater, Prince Faisal met Norwegian"
            " Foreign Minister Espen Barth Eide.",
            ["Faisal bin Farhan Al Saud", "Micheál Martin"],
        ),
    ],
)
def test_a_meeting_named_with_who_hosted_chaired_or_attended_it(told, people):
    text = f"NEW YORK, Sept. 24, 2024 -- {told}\n\nThe leaders agreed to meet again next year.\n"
    meeting = diplomeet.parse(text).meetings[0]
    assert names(meeting) == people


def test_a_call_with_another_counterpart_makes_no_call_of_the_meeting_told_first():
    text = (
        "JAKARTA, March 4, 2024 -- Foreign Minister Retno Marsudi met Australian Foreign"
        " Minister Penny Wong in Jakarta on Monday.\n\nThe two ministers discussed maritime"
        " cooperation.\n\nLater in the day, Retno held a phone call with Japanese Foreign"
        " Minister Yoko Kamikawa.\n"
    )
    visit, call = diplomeet.parse(text).meetings
    assert (visit.mode, visit.place.city if visit.place else None) == (
        diplomeet.MeetingMode.IN_PERSON,
        "Jakarta",
    )
    assert (names(call), call.mode) == (
        ["Retno Marsudi", "Yoko Kamikawa"],
        diplomeet.MeetingMode.PHONE,
    )


def test_a_headline_of_two_meetings_gives_the_first_its_mode():
    text = (
        "Abdullah bin Zayed receives Hungarian Foreign Minister, receives phone call from"
        " Egyptian counterpart\n\nABU DHABI, 14th November, 2024 (WAM) -- H.H. Sheikh Abdullah"
        " bin Zayed Al Nahyan, Minister of Foreign Affairs, today received Peter Szijjarto,"
        " Minister of Foreign Affairs and Trade of Hungary.\n\nLater, H.H. Sheikh Abdullah bin"
        " Zayed received a phone call from H.E. Dr. Badr Abdelatty, Minister of Foreign Affairs"
        " of Egypt.\n"
    )
    visit, call = diplomeet.parse(text).meetings
    assert (visit.mode, visit.place.city if visit.place else None) == (
        diplomeet.MeetingMode.IN_PERSON,
        "Abu Dhabi",
    )
    assert (names(call), call.mode) == (
        ["Abdullah bin Zayed Al Nahyan", "Badr Abdelatty"],
        diplomeet.MeetingMode.PHONE,
    )


@pytest.mark.parametrize("joined", [", while", ", whereas", ";"])
def test_two_meetings_of_other_people_told_in_one_sentence(joined):
    text = (
        "HANOI, April 8, 2025 (VNA) -- On Tuesday, Deputy Prime Minister Bui Thanh Son held"
        " talks with Singaporean Foreign Minister Vivian Balakrishnan at the Government"
        f" Guesthouse{joined} President Luong Cuong received Malaysian Prime Minister Anwar"
        " Ibrahim at the Presidential Palace.\n\nAnwar told the President that trade should"
        " double.\n\nSon said the two countries would expand digital cooperation.\n"
    )
    meetings = diplomeet.parse(text).meetings
    assert [names(m) for m in meetings] == [
        ["Bui Thanh Son", "Vivian Balakrishnan"],
        ["Luong Cuong", "Anwar Ibrahim"],
    ]
    assert {m.date for m in meetings} == {dt.date(2025, 4, 8)}
    said = {s.text[:10]: names(m) for m in meetings for s in m.statements}
    assert said == {
        "Anwar told": ["Luong Cuong", "Anwar Ibrahim"],
        "Son said t": ["Bui Thanh Son", "Vivian Balakrishnan"],
    }


def test_a_group_s_people_in_pairs_of_one_sentence_keep_its_day():
    text = (
        "SEOUL, March 20 (Yonhap) -- The foreign and defense ministers of South Korea and Japan"
        " held their first two-plus-two talks in 2025 on Thursday.\n\nForeign Minister Cho"
        " Tae-yul, Defense Minister Kim Yong-hyun, Foreign Minister Takeshi Iwaya and Defense"
        " Minister Gen Nakatani took part.\n\nOn Wednesday, Cho held separate talks with"
        " Iwaya at the foreign ministry, while Kim received Nakatani at the defense"
        " ministry.\n\nIwaya told Cho that exchanges should grow.\n"
    )
    meetings = diplomeet.parse(text, published=dt.date(2025, 3, 20)).meetings
    assert [(names(m), m.date) for m in meetings[1:]] == [
        (["Cho Tae-yul", "Takeshi Iwaya"], dt.date(2025, 3, 19)),
        (["Kim Yong-hyun", "Gen Nakatani"], dt.date(2025, 3, 19)),
    ]
    assert [s.text[:10] for s in meetings[1].statements] == ["Iwaya told"]


@pytest.mark.parametrize(
    ("where", "city", "country"),
    [
        ("in Fiuggi", "Fiuggi", "ITA"),
        ("at Borgo Egnazia in Apulia", "Fasano", "ITA"),
        ("at Schloss Meseberg", "Meseberg", "DEU"),
        ("in Bled", "Bled", "SVN"),
    ],
)
def test_a_summit_venue_that_is_no_big_city_places_the_meeting(where, city, country):
    m = first(
        "Foreign Minister Penny Wong met Indian External Affairs Minister S. Jaishankar"
        f" {where} on 26 November 2024.\n\nThe two ministers discussed the Indo-Pacific.\n"
    )
    assert m.place == diplomeet.Place(city=city, country=country)


@pytest.mark.parametrize(
    "recalled",
    [
        "Prime Minister Shehbaz Sharif and President Xi Jinping met in Beijing last year.",
        "Prime Minister Shehbaz Sharif and President Xi Jinping met in Beijing on June 7, 2024.",
    ],
)
def test_a_meeting_long_past_told_first_is_not_the_report_s(recalled):
    text = (
        "Dar, Wang Yi hold talks in Islamabad\n\n"
        "ISLAMABAD, Aug 21, 2025 (APP) -- Deputy Prime Minister Ishaq Dar on Thursday told"
        " visiting Chinese Foreign Minister Wang Yi that Pakistan valued the all-weather"
        f" partnership.\n\n{recalled}\n\nWang said China would keep supporting Pakistan.\n"
    )
    m = first(text)
    assert names(m) == ["Ishaq Dar", "Wang Yi"]
    assert m.date == dt.date(2025, 8, 21)


def test_a_meeting_since_something_long_past_is_the_report_s():
    m = first(
        "Foreign Minister Eli Cohen held talks with his Ukrainian counterpart Dmytro Kuleba in"
        " Kyiv on Thursday, the first such visit since the war began a year ago.\n\n"
        "Ties between Ankara and Cairo thawed two years ago.\n",
        published=dt.date(2023, 2, 16),
    )
    assert names(m) == ["Eli Cohen", "Dmytro Kuleba"]


def test_a_headline_in_the_infinitive_tells_a_meeting_to_come():
    text = (
        "Marcos to meet Modi during state visit to India\n\nMANILA, Aug 1, 2025 (PNA) --"
        " Palace Press Officer Claire Castro said President Ferdinand Marcos Jr. will hold"
        " bilateral talks with Indian Prime Minister Narendra Modi in New Delhi.\n\nCastro"
        " added that the visit would deepen ties.\n"
    )
    report = diplomeet.parse(text)
    assert report.meetings == ()


@pytest.mark.parametrize("subject", ["The two countries have", "Kenya and Egypt have"])
def test_talks_that_what_both_sides_agreed_followed_are_a_meeting(subject):
    """`X and Y agreed to ..., following talks between A and B`: the talks are the report's,
    though another meeting is told in a later sentence."""
    text = (
        f"NAIROBI, Jan 18, 2024 (KBC) - {subject} agreed to revive the trade committee,"
        " following talks between Foreign Minister Musalia Mudavadi and Egyptian Foreign"
        " Minister Sameh Shoukry in Nairobi on Thursday.\n\n"
        "Later in the day, Shoukry paid a courtesy call on President William Ruto.\n"
    )
    met = [sorted(p.name for p in m.participants) for m in diplomeet.parse(text).meetings]
    assert ["Musalia Mudavadi", "Sameh Shoukry"] in met
    assert ["Sameh Shoukry", "William Ruto"] in met


SIDELINES = (
    "VIENTIANE, July 12, 2024 (VNA) - On the sidelines of the ASEAN Foreign Ministers'"
    " Meeting, Foreign Minister Bui Thanh Son {verb} Singaporean Foreign Minister Vivian"
    " Balakrishnan and Bruneian Second Minister of Foreign Affairs Erywan Yusof.\n\n"
)


@pytest.mark.parametrize(
    ("verb", "mode"),
    [
        ("held bilateral meetings with", MeetingMode.IN_PERSON),
        ("had meetings with", MeetingMode.IN_PERSON),
        ("held phone calls with", MeetingMode.PHONE),
    ],
)
def test_meetings_in_the_plural_with_several_counterparts_are_one_each(verb, mode):
    text = SIDELINES.format(verb=verb)
    met = {
        tuple(sorted(p.name for p in m.participants)): m.mode
        for m in diplomeet.parse(text).meetings
    }
    assert met == {
        ("Bui Thanh Son", "Vivian Balakrishnan"): mode,
        ("Bui Thanh Son", "Erywan Yusof"): mode,
    }


def test_what_follows_the_meeting_with_one_counterpart_told_again_is_of_that_meeting():
    text = SIDELINES.format(verb="held bilateral meetings with") + (
        "At the meeting with Balakrishnan, the two ministers agreed to boost trade.\n\n"
        "At the meeting with Erywan, the two ministers agreed to boost tourism.\n"
    )
    said = {
        s.text[:40]: sorted(p.name for p in m.participants)
        for m in diplomeet.parse(text).meetings
        for s in m.statements
    }
    assert said == {
        "At the meeting with Balakrishnan, the tw": ["Bui Thanh Son", "Vivian Balakrishnan"],
        "At the meeting with Erywan, the two mini": ["Bui Thanh Son", "Erywan Yusof"],
    }


def test_a_group_that_came_together_met():
    text = (
        "ANTALYA, March 10, 2022 (AA) - Foreign Minister Mevlut Cavusoglu, Russian Foreign"
        " Minister Sergey Lavrov and Ukrainian Foreign Minister Dmytro Kuleba came together in"
        " Antalya on Thursday.\n\nCavusoglu also held bilateral meetings with Lavrov and Kuleba"
        " before the trilateral meeting.\n"
    )
    met = [len(m.participants) for m in diplomeet.parse(text).meetings]
    assert met == [3, 2, 2]


def test_will_and_a_date_before_the_verb_is_still_to_come():
    text = (
        "PRETORIA, Tuesday, 11 October 2022 - Minister Naledi Pandor will on Wednesday,"
        " 12 October 2022, co-chair the Joint Commission with Nigerian Foreign Minister"
        " Geoffrey Onyeama in Pretoria.\n"
    )
    assert diplomeet.parse(text).meetings == ()


def test_a_digital_meeting_is_a_video_call():
    text = (
        "OSLO, 3 May 2021 - Foreign Minister Ine Eriksen Soreide had a digital meeting with"
        " Indonesian Foreign Minister Retno Marsudi on Monday.\n"
    )
    [m] = diplomeet.parse(text).meetings
    assert m.mode is MeetingMode.VIDEO


@pytest.mark.parametrize(
    ("where", "forum"),
    [
        ("On the margins of the Berlin Process Summit in Tirana", "Berlin Process"),
        ("On the sidelines of the summit of the Organization of Turkic States in Astana", "OTS"),
        ("On the sidelines of the ECOWAS summit in Abuja", "ECOWAS"),
    ],
)
def test_regional_forums_are_occasions(where, forum):
    text = f"{where}, Foreign Minister Igli Hasani met Foreign Minister Bujar Osmani on Monday.\n"
    [m] = diplomeet.parse(text).meetings
    assert m.occasion is not None
    assert forum in (m.occasion.acronym or "") + (m.occasion.name or "")


def test_a_dateline_of_a_city_in_a_capital_s_metro_area():
    text = (
        "PASAY CITY, 5 March 2024 - Secretary Enrique Manalo met Japanese Foreign Minister"
        " Yoko Kamikawa on Tuesday.\n"
    )
    [m] = diplomeet.parse(text).meetings
    assert m.place is not None and (m.place.city, m.place.country) == ("Pasay", "PHL")
