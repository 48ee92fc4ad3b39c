"""Each attribution rule with a focused example written for it."""

import pytest

import diplomeet
from diplomeet.knowledge import Knowledge

LEDE = (
    "BEIJING, May 24 (Xinhua) -- Chinese Foreign Minister Wang Yi met with visiting"
    " Russian Foreign Minister Sergei Lavrov here on Wednesday.\n\n"
)


def speakers(text: str, anchor: str) -> list[str] | None:
    """The speakers of the statement holding `anchor`, or None if nobody says it."""
    report = diplomeet.parse(text)
    at = text.index(anchor)
    for meeting in report.meetings:
        for st in meeting.statements:
            assert text[st.span[0] : st.span[1]] == st.text
            if st.span[0] <= at < st.span[1]:
                return [p.name for p in st.attribution.speakers]
    return None


def statement(text: str, anchor: str) -> diplomeet.Statement:
    at = text.index(anchor)
    for meeting in diplomeet.parse(text).meetings:
        for st in meeting.statements:
            if st.span[0] <= at < st.span[1]:
                return st
    raise AssertionError(f"no statement holds {anchor!r}")


WANG, LAVROV = ["Wang Yi"], ["Sergey Lavrov"]
BOTH = ["Wang Yi", "Sergey Lavrov"]


class TestCues:
    @pytest.mark.parametrize(
        ("body", "anchor", "who"),
        [
            ("Wang said that ties are stable.", "ties are stable", WANG),
            ("Ties are stable, Wang said.", "Ties are stable", WANG),
            ("Ties are stable, said Lavrov.", "Ties are stable", LAVROV),
            ("Ties are stable, noted the Russian diplomat.", "Ties are stable", LAVROV),
            ("Lavrov, for his part, reaffirmed support for the Games.", "support", LAVROV),
            ("Wang on Wednesday urged closer coordination.", "closer", WANG),
            ("Wang, also a member of the Political Bureau, welcomed the visit.", "welcomed", WANG),
            ("Stressing that ties are stable, Wang urged more trade.", "Stressing", WANG),
            ("Wang highlighted trade. He also underscored investment.", "investment", WANG),
            ("According to Lavrov, ties are at their best.", "their best", LAVROV),
            ("Ties are stable, Lavrov said, adding that trade will grow.", "trade will", LAVROV),
        ],
    )
    def test_cue_before_or_after(self, body, anchor, who):
        text = LEDE + body
        assert speakers(text, anchor) == who

    def test_cue_and_mention_are_recorded(self):
        st = statement(LEDE + "Ties are stable, noted the Russian diplomat.", "Ties")
        assert st.attribution.cue == "noted"
        assert st.attribution.mention == "the Russian diplomat"
        assert st.attribution.resolution == diplomeet.Resolution.ROLE


class TestResolution:
    def test_pronoun_goes_to_the_last_speaker(self):
        text = LEDE + "Wang said ties are stable.\n\nLavrov met reporters later.\n\nHe noted that."
        # The last *speaker* is Wang: Lavrov was only mentioned.
        assert speakers(text, "He noted") == WANG

    def test_role_noun_by_country(self):
        text = LEDE + "Wang said ties are stable.\n\nThe Russian minister said trade grows."
        assert speakers(text, "trade grows") == LAVROV

    def test_senior_official_is_the_recent_speaker(self):
        text = LEDE + "Wang said ties are stable.\n\nThe senior official said trade grows."
        assert speakers(text, "trade grows") == WANG

    def test_counterpart_is_the_other_side(self):
        text = LEDE + "Wang said ties are stable.\n\nHis counterpart said trade grows."
        assert speakers(text, "trade grows") == LAVROV


class TestContinuationAndJoint:
    def test_continuation_in_the_paragraph(self):
        text = LEDE + "Wang said ties are stable. The two sides should deepen trade. We should act."
        assert speakers(text, "deepen trade") == WANG
        assert speakers(text, "We should act") == WANG

    def test_no_continuation_across_paragraphs(self):
        text = LEDE + "Wang said ties are stable.\n\nThis year marks the 75th anniversary of ties."
        assert speakers(text, "75th anniversary") is None

    def test_embedded_cue_does_not_steal(self):
        text = LEDE + (
            "Lavrov said ties are at their best. As the joint statement issued by the"
            " two sides last month pointed out, ties are not an alliance."
        )
        assert speakers(text, "not an alliance") == LAVROV

    @pytest.mark.parametrize(
        "sentence",
        [
            "The two sides agreed to deepen trade.",
            "Both sides believe that trade matters.",
            "The two ministers also exchanged views on Afghanistan.",
            "The two sides had a candid and in-depth exchange on Afghanistan.",
        ],
    )
    def test_joint(self, sentence):
        text = LEDE + "Wang said ties are stable.\n\n" + sentence
        st = statement(text, sentence[:20])
        assert sorted(p.name for p in st.attribution.speakers) == sorted(BOTH)
        assert st.kind == diplomeet.StatementKind.JOINT

    def test_joint_inside_a_speakers_words_is_the_speaker(self):
        text = LEDE + (
            "Wang said ties are stable. Last year, President Putin visited China, and"
            " the two sides agreed to deepen trade."
        )
        assert speakers(text, "deepen trade") == WANG


class TestQuotes:
    def test_direct_quote(self):
        text = LEDE + '"We are ready to work together," Lavrov said.'
        st = statement(text, "We are ready")
        assert [p.name for p in st.attribution.speakers] == LAVROV
        assert st.kind == diplomeet.StatementKind.DIRECT

    def test_curly_quote_spanning_paragraphs(self):
        text = LEDE + (
            "Wang said:\n\n\u201cChina is ready to work with Russia.\n\n"
            "\u201cWe will deepen trade.\u201d"
        )
        assert speakers(text, "deepen trade") == WANG

    def test_other_people_get_their_own_speaker(self):
        text = LEDE + ('"Ties matter," said Li Hua, a researcher at a Beijing think tank.')
        assert speakers(text, "Ties matter") == ["Li Hua"]


class TestNotStatements:
    def test_meeting_description_and_background(self):
        text = LEDE + "Wang said ties are stable.\n\nThis year marks the 75th anniversary."
        assert speakers(text, "met with visiting") is None
        assert speakers(text, "75th anniversary") is None

    def test_remarks_made_when_meeting(self):
        text = (
            "Chinese Foreign Minister Wang Yi on Wednesday urged stronger ties.\n\n"
            "Wang made the remarks when meeting with Russian Foreign Minister Sergei Lavrov."
        )
        assert speakers(text, "urged") == WANG
        assert speakers(text, "made the remarks") is None


def test_statement_belongs_to_the_recalled_meeting():
    text = (
        LEDE + "Wang said ties are stable.\n\nWang Yi met with Lavrov in Bali, Indonesia on"
        " the 7th of this month. Wang Yi said at the time that ties were strong."
    )
    report = diplomeet.parse(text, published=None)
    assert len(report.meetings) >= 1
    later = [m for m in report.meetings[1:] if any("at the time" in s.text for s in m.statements)]
    if report.meetings[0].date is not None:
        assert later, "the statement made at the recalled meeting belongs to it"


def test_spokesperson_is_not_the_last_speaker():
    text = LEDE + "Wang said ties are stable. The spokesperson said the talks were useful."
    assert speakers(text, "talks were useful") is None


def test_named_spokesperson_speaks_for_himself():
    text = LEDE + (
        "Wang said ties are stable.\n\nForeign Ministry spokesperson Lin Jian said the"
        " talks were useful."
    )
    assert speakers(text, "talks were useful") == ["Lin Jian"]


class TestMoreCues:
    def test_a_quotation_takes_the_speaker_named_where_it_closes(self):
        text = LEDE + '"Had a good meeting with my friend. Our ties are strong," Lavrov wrote on X.'
        assert speakers(text, "Had a good meeting") == LAVROV

    @pytest.mark.parametrize("audience", ["Russian media", "local reporters", "reporters"])
    def test_a_quotation_opening_with_words_in_the_present_is_the_closing_speaker_s(self, audience):
        # `"Both countries share ... . We ...," he told Russian media`: `share` is in the
        # quoted words; the quotation is his (the one the story told of first).
        text = (
            LEDE + '"Both countries share a long border. We will guard it together," he told'
            f" {audience} after the talks."
        )
        assert speakers(text, "Both countries share") == WANG
        assert speakers(text, "We will guard") == WANG

    def test_a_readout_quoted_whole_keeps_its_own_subjects(self):
        # `"The ministers discussed ... . Wang stressed ...," the ministry said`: past
        # tense narration quoted whole is a readout; its subjects speak.
        text = (
            LEDE + '"The ministers discussed the Ukraine crisis. Lavrov stressed the need for'
            ' talks," the ministry said.'
        )
        assert speakers(text, "Lavrov stressed") == LAVROV

    @pytest.mark.parametrize("mark", ["\u2022 ", "- ", "\U0001f539 ", "\u25b6\ufe0f ", "(2) "])
    def test_a_list_item_s_mark_stands_before_its_subject(self, mark):
        # `• Both ministers agreed ...`, `🔹 Lavrov stressed ...`: the mark is no opener.
        text = (
            LEDE + f"{mark}Lavrov stressed the need for talks.\n\n{mark}Both ministers agreed"
            " to meet again."
        )
        assert speakers(text, "Lavrov stressed") == LAVROV
        assert speakers(text, "Both ministers agreed") == BOTH

    def test_transcript_labels(self):
        text = LEDE + (
            "Sergey Lavrov: Dear friend,\n\nI am glad to welcome you.\n\n"
            "Wang Yi (retranslated): Thank you.\n\nWe are ready to work together."
        )
        assert speakers(text, "I am glad") == LAVROV
        assert speakers(text, "ready to work") == WANG

    @pytest.mark.parametrize(
        "narration",
        [
            "After the talks, the two ministers signed a plan of consultations.",
            "The ministers then walked together through the old town.",
            "Following the talks, Lavrov and Wang Yi visited an exhibition.",
        ],
    )
    def test_a_transcript_turn_ends_where_the_narrator_tells_of_the_speakers(self, narration):
        text = LEDE + (
            "Sergey Lavrov: Dear friend,\n\nI am glad to welcome you.\n\n"
            "Wang Yi (retranslated): Thank you.\n\nThe talks with President Trump's envoy"
            " were useful.\n\n" + narration + "\n\nTopics\nForeign policy\nPersons\n"
            "Lavrov Sergey\nWang Yi\n"
        )
        assert speakers(text, "I am glad") == LAVROV
        # Naming someone who had no label goes on with the speaker.
        assert speakers(text, "President Trump") == WANG
        assert speakers(text, narration[:25]) is None
        assert speakers(text, "Foreign policy") is None

    def test_labels_in_capitals_with_initials(self):
        text = LEDE + (
            "S. LAVROV: Dear friend, I am glad to welcome you.\n\n"
            "We also agreed that the two presidents will meet in Kazan in October, with"
            " President Putin and President Xi Jinping taking part.\n\n"
            "WANG YI: Thank you.\n\nWe are ready to work together."
        )
        assert speakers(text, "I am glad") == LAVROV
        # A turn in the first person that tells of a meeting is still the speaker's.
        assert speakers(text, "meet in Kazan") == LAVROV
        assert speakers(text, "ready to work") == WANG

    @pytest.mark.parametrize("label", ["Q", "QUESTION", "Journalist", "AFP", "Question from TASS"])
    def test_a_label_that_names_no_one_ends_the_turn(self, label):
        text = LEDE + (
            "Sergey Lavrov: Dear friend, I am glad to welcome you.\n\n"
            f"{label}: Will there be a summit this year?\n\n"
            "It is for the presidents to decide.\n\n"
            "Sergey Lavrov: The presidents will decide."
        )
        assert speakers(text, "I am glad") == LAVROV
        assert speakers(text, "summit this year") is None
        assert speakers(text, "It is for the presidents") is None
        assert speakers(text, "presidents will decide") == LAVROV

    def test_a_turn_that_names_the_counterpart_in_the_first_person_goes_on(self):
        text = LEDE + (
            "Sergey Lavrov: Dear friend,\n\nWang Yi: Thank you.\n\n"
            "Minister Lavrov and I agreed on the plan for next year."
        )
        assert speakers(text, "plan for next year") == WANG

    def test_two_named_sides_act_together(self):
        text = LEDE + "Wang and Lavrov agreed to deepen trade."
        assert sorted(speakers(text, "deepen trade")) == sorted(BOTH)

    def test_a_spokesperson_relaying_a_joint_agreement(self):
        text = LEDE + (
            "Foreign Ministry spokesperson Lin Jian said the two ministers agreed to keep in touch."
        )
        assert sorted(speakers(text, "keep in touch")) == sorted(BOTH)

    def test_a_spokesperson_quoting_a_joint_agreement(self):
        text = LEDE + (
            'Foreign Ministry spokesperson Lin Jian said: "The two ministers agreed to keep in'
            ' touch."'
        )
        assert sorted(speakers(text, "keep in touch")) == sorted(BOTH)

    @pytest.mark.parametrize(
        ("quote", "name"),
        [
            (
                '"Both sides want a floor under the relationship," said Marta Lindqvist, a'
                " senior fellow at the Stockholm Institute for Asian Affairs.",
                "Marta Lindqvist",
            ),
            (
                '"The leaders agreed to keep a floor under the relationship," Foreign Secretary'
                " Vikram Misri told reporters.",
                "Vikram Misri",
            ),
        ],
    )
    def test_someone_who_took_no_part_quoting_the_sides_speaks_for_himself(self, quote, name):
        assert speakers(LEDE + quote, "floor under the relationship") == [name]

    def test_titles_by_their_initials(self):
        text = (
            "External Affairs Minister S. Jaishankar met with Russian Foreign Minister Sergei"
            " Lavrov in Moscow.\n\nEAM underlined that ties are steady."
        )
        assert speakers(text, "ties are steady") == ["S. Jaishankar"]

    def test_according_to_him(self):
        text = LEDE + "Lavrov spoke to reporters. According to him, the talks were useful."
        assert speakers(text, "talks were useful") == LAVROV


def test_present_tense_joint_subject_inside_a_speakers_paragraph():
    text = LEDE + "Wang said ties are stable. The two sides firmly support each other."
    assert speakers(text, "firmly support") == WANG


def test_past_tense_joint_subject_inside_a_paragraph_is_joint():
    text = LEDE + "Wang said ties are stable. The two ministers reaffirmed their commitment."
    assert sorted(speakers(text, "reaffirmed their")) == sorted(BOTH)


def test_two_titles_joined_are_both_sides():
    text = (
        "Secretary of State Antony Blinken met with Indian External Affairs Minister S."
        " Jaishankar in Munich.\n\nThe Secretary and External Affairs Minister discussed trade."
    )
    assert sorted(speakers(text, "discussed trade")) == ["Antony Blinken", "S. Jaishankar"]


def test_an_analyst_named_with_an_appositive():
    text = LEDE + '"This is a thaw," said Meera Rao, a China specialist at a think tank.'
    assert speakers(text, "This is a thaw") == ["Meera Rao"]


VIDEO_PAGE = """Chinese, Kenyan foreign ministers meet in Nairobi
CCTV+
Date : Jan 9, 2026
Location(s) : Nairobi, Kenya
Language(s) : Chinese/English/Nats
Duration : 00:02:05

Chinese Foreign Minister Wang Yi met with Kenyan Foreign Minister Musalia Mudavadi on Friday.

Shot list:
1. Various of Wang Yi arriving at the ministry
2. Wang Yi, Musalia Mudavadi shaking hands
3. SOUNDBITE (Chinese) Wang Yi, Chinese Foreign Minister:
"China will always be Africa's reliable partner. Our cooperation brings real benefits."
4. SOUNDBITE (English) Musalia Mudavadi, Kenyan Foreign Minister:
"We value the railway and the new trade links."
5. Various of meeting in progress

Storyline:
Wang said China is ready to expand imports from Kenya.

Editor: Li Ming
"""


def test_a_soundbite_is_said_by_its_label_and_the_label_is_no_statement():
    assert speakers(VIDEO_PAGE, "reliable partner") == ["Wang Yi"]
    assert speakers(VIDEO_PAGE, "real benefits") == ["Wang Yi"]
    assert speakers(VIDEO_PAGE, "the railway") == ["Musalia Mudavadi"]
    assert speakers(VIDEO_PAGE, "Musalia Mudavadi, Kenyan") is None
    assert speakers(VIDEO_PAGE, "Chinese/English") is None
    quote = statement(VIDEO_PAGE, "reliable partner")
    assert quote.text.startswith('"China will always')
    assert quote.kind == diplomeet.StatementKind.DIRECT


def test_a_soundbite_whose_words_stand_on_its_line_is_said_by_its_label():
    page = VIDEO_PAGE.replace('Minister:\n"', 'Minister: "')
    assert speakers(page, "reliable partner") == ["Wang Yi"]
    assert speakers(page, "real benefits") == ["Wang Yi"]
    assert speakers(page, "the railway") == ["Musalia Mudavadi"]
    assert speakers(page, "Chinese/English") is None
    assert statement(page, "reliable partner").kind == diplomeet.StatementKind.DIRECT


def test_a_name_and_title_before_a_cue_and_a_quote_is_no_label():
    """`X, for his part, wrote on Twitter: "..."`: the cue, not a label, reads it."""
    text = (
        "Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi"
        " in Muscat on Sunday.\n\n"
        'Araghchi, for his part, wrote on X: "A constructive meeting with my Omani friend."'
    )
    quote = statement(text, "constructive meeting")
    assert [p.name for p in quote.attribution.speakers] == ["Abbas Araghchi"]
    assert quote.attribution.cue == "wrote"


@pytest.mark.parametrize(
    ("tail", "who"),
    [
        ("calling on the two countries to deepen trade ties.", WANG),
        ("saying that the two sides should stay in close touch.", WANG),
        ("discussing the situation in the Middle East.", None),
        ("marking the 75th anniversary of their ties.", None),
    ],
)
def test_a_speech_cue_in_ing_after_the_meeting_is_said_by_its_subject(tail, who):
    text = LEDE.replace("here on Wednesday.", f"here on Wednesday, {tail}")
    assert speakers(text, tail[:12]) == who


@pytest.mark.parametrize(
    ("role", "who"),
    [
        ("The defence minister", ["Dong Jun"]),
        ("The defense secretary", ["Lloyd Austin"]),
        ("The treasury secretary", ["Janet Yellen"]),
    ],
)
def test_a_ministers_portfolio_names_the_speaker(role, who):
    text = (
        "SINGAPORE, May 31, 2024 -- Chinese Defense Minister Dong Jun held talks with U.S."
        " Defense Secretary Lloyd Austin and U.S. Treasury Secretary Janet Yellen on Friday.\n\n"
        f"{role} said the talks were useful."
    )
    assert speakers(text, "the talks were useful") == who


def test_a_secretary_general_without_a_hyphen_is_a_role():
    text = (
        "KYIV, Oct. 3, 2024 -- NATO Secretary General Mark Rutte met with President Volodymyr"
        " Zelenskyy in Kyiv on Thursday.\n\nThe Secretary General stressed that help is no charity."
    )
    assert speakers(text, "help is no charity") == ["Mark Rutte"]


def test_a_garbled_name_resolved_to_the_office_holder_keeps_its_statements():
    text = (
        "BEIJING, Oct. 27, 2023 -- Vice Premier He Lifeng held a video call with US Treasury"
        " Secretary Yelun on Friday.\n\nYelun said the two sides should keep talking."
    )
    assert speakers(text, "keep talking") == ["Janet Yellen"]


COURTLY = (
    "DOHA, 3 March 2024 - His Highness Sheikh Khalid bin Nasser, Minister of Foreign Affairs,"
    " met Deputy Prime Minister and Foreign Minister Anna Lindqvist of Sweden in Doha today.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # A courtesy the text gave the person stands for him.
        ("His Highness affirmed the keenness of Qatar to deepen ties.", "Khalid bin Nasser"),
        # `premier` is `prime minister` in a title.
        ("During the talks, the Deputy Premier underscored that trade grew.", "Anna Lindqvist"),
        # A courtesy before a role noun that opens the sentence.
        ("HE the Swedish Minister praised the mediation of Qatar.", "Anna Lindqvist"),
        # Greetings conveyed are words too.
        ("The Swedish minister transmitted the greetings of her prime minister.", "Anna Lindqvist"),
        # Machine translation's spelled-out courtesies.
        ('"Trade must grow," declared Mister Khalid bin Nasser.', "Khalid bin Nasser"),
        ('"Trade must grow," declared Madam Lindqvist.', "Anna Lindqvist"),
    ],
)
def test_a_speaker_named_by_courtesy_or_by_another_word_for_the_title(sentence, who):
    assert speakers(COURTLY + sentence, sentence[:30]) == [who]


def test_a_cue_after_a_first_predicate_is_said_by_its_subject():
    # `welcomed X to India and expressed hope that ...`: the subject of both.
    text = LEDE + (
        "Wang warmly welcomed the Russian minister to China and expressed his hope that the"
        " visit would deepen ties."
    )
    assert speakers(text, "expressed his hope") == ["Wang Yi"]


def test_the_minister_who_is_not_a_participant():
    # Nobody who met is a minister: `the minister` is the one minister the report names.
    text = (
        "BRASILIA, Aug 8 (Xinhua) -- Brazilian President Luiz Inacio Lula da Silva met"
        " Colombian President Gustavo Petro here on Tuesday.\n\n"
        "Speaking to journalists, the Minister of the Environment, Ana Ferraz, said that the"
        " talks went well. There is room for a gradual transition, the minister said.\n"
    )
    assert speakers(text, "said that the talks") == ["Ana Ferraz"]
    assert speakers(text, "There is room") == ["Ana Ferraz"]


@pytest.mark.parametrize("verb", ["repeated", "defended"])
def test_a_position_repeated_or_defended_is_said(verb):
    text = LEDE + f"Lavrov {verb} the proposal that talks resume."
    assert speakers(text, "the proposal") == ["Sergey Lavrov"]


def test_the_three_sides_are_all_who_met():
    text = (
        "BUSAN, Nov 26 (Xinhua) -- Chinese Foreign Minister Wang Yi, Russian Foreign Minister"
        " Sergei Lavrov and Slovak Foreign Minister Tomas Hruby met here on Sunday.\n\n"
        "The three sides agreed to meet again next year."
    )
    assert sorted(speakers(text, "The three sides") or []) == [
        "Sergey Lavrov",
        "Tomas Hruby",
        "Wang Yi",
    ]


def test_a_colleague_in_a_machine_translation_is_a_counterpart():
    text = (
        "MOSCOW, 21 Oct - Sergei Lavrov held talks with the Slovak colleague Tomas Hruby.\n\n"
        "The colleague stressed that Slovakia wants peace."
    )
    report = diplomeet.parse(text)
    [m] = report.meetings
    assert [p.title for p in m.participants][1] is None  # `colleague` is no title
    assert speakers(text, "The colleague stressed") == ["Tomas Hruby"]


@pytest.mark.parametrize(
    "sentence",
    [
        # An opener naming a body, then the speaker: the body is no title of his.
        "According to the Foreign Ministry, Lavrov stressed that talks must go on.",
        "According to the spokesman, Lavrov stressed that talks must go on.",
        # Cues of reported positions.
        "Lavrov drew attention to the humanitarian situation.",
        "Lavrov set out Russia's position on the crisis.",
    ],
)
def test_the_speaker_after_an_opener_or_with_a_cue_of_position(sentence):
    assert speakers(LEDE + sentence, sentence[-30:]) == ["Sergey Lavrov"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides also touched on the situation in the Middle East.",
        "The participants also condemned attacks on civilians.",
        "Both side also agree to increase cooperation in fisheries.",
    ],
)
def test_more_joint_subjects_and_cues(sentence):
    assert sorted(speakers(LEDE + sentence, sentence[-20:]) or []) == [
        "Sergey Lavrov",
        "Wang Yi",
    ]


MINISTRY_PAGE = (
    "Ministry of Foreign Affairs\n\n"
    "Meetings of the Minister in Geneva (3 March 2025)\n\n"
    "Marek Dvorak, Minister of Foreign Affairs, attended the ministerial segment of the"
    " Human Rights Council. On the margins, he held several bilateral meetings.\n\n"
    "On 3 March, the Minister met with his Slovak counterpart, Mr Tomas Hruby, Minister of"
    " Foreign and European Affairs. He thanked Slovakia for its help with the new border"
    " crossing. Mr Hruby invited him to Bratislava.\n\n"
    "Later the same day, the Minister held talks with Mr Adam Nowicki, Minister of Foreign"
    " Affairs of Poland. Mr Nowicki described the plans of the Polish presidency. The Minister"
    " welcomed the growth of trade between the two countries.\n"
)


def test_he_after_the_sentence_that_told_of_the_meeting_is_its_subject():
    # Nobody has spoken yet: `He` is the one who met, not the counterpart named last.
    assert speakers(MINISTRY_PAGE, "He thanked Slovakia") == ["Marek Dvorak"]
    assert speakers(MINISTRY_PAGE, "invited him to Bratislava") == ["Tomas Hruby"]


def test_the_minister_with_a_capital_on_a_ministry_page_is_its_own_minister():
    # Both participants are ministers and the counterpart spoke last: `The Minister`
    # written with a capital is the one the page is about.
    assert speakers(MINISTRY_PAGE, "The Minister welcomed") == ["Marek Dvorak"]
    assert speakers(MINISTRY_PAGE, "Mr Nowicki described") == ["Adam Nowicki"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Minister of Russia stressed that talks must go on.",
        "The Minister of Foreign Affairs of the Russian Federation noted that talks must go on.",
        "The head of Russian diplomacy also raised the question of visas.",
        "The head of the Russian diplomacy noted that talks must go on.",
    ],
)
def test_a_role_of_a_country_named_after_it_or_the_head_of_its_diplomacy(sentence):
    assert speakers(LEDE + sentence, sentence[-25:]) == LAVROV


STATE_VISIT = (
    "ASTANA, July 2 -- Kazakh President Kassym-Jomart Tokayev received visiting Chinese"
    " Foreign Minister Wang Yi here on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The Head of State noted that the partnership is a priority.", ["Kassym-Jomart Tokayev"]),
        ("The head of the Kazakh state noted that the ties are good.", ["Kassym-Jomart Tokayev"]),
        ("The guest thanked Kazakhstan for the warm welcome.", WANG),
        ("The host wished the guest a fruitful stay.", ["Kassym-Jomart Tokayev"]),
    ],
)
def test_a_role_that_says_what_a_person_is_rather_than_the_title(sentence, who):
    # The head of state is the one titled President; the guest is the side from elsewhere.
    assert speakers(STATE_VISIT + sentence, sentence[-20:]) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov spoke about the situation in the Middle East.",
        "Lavrov also updated his counterpart on the talks in Geneva.",
        "Lavrov presented Russia's views on the crisis.",
        "Lavrov offered to host the next round of consultations.",
        "Lavrov, in response, instructed his deputy to prepare a plan.",
    ],
)
def test_cues_of_what_a_side_told_or_put_forward(sentence):
    assert speakers(LEDE + sentence, sentence[-20:]) == LAVROV


def test_the_visiting_premier_is_the_guest():
    text = (
        "WELLINGTON, June 13 -- New Zealand Prime Minister Christopher Luxon hosted visiting"
        " Chinese Premier Li Qiang here on Thursday.\n\n"
        "Luxon said the ties are strong. The visiting premier spoke of the two countries as"
        " partners."
    )
    # Both are heads of government, and Luxon spoke last.
    assert speakers(text, "The visiting premier") == ["Li Qiang"]


def test_a_courtesy_before_the_speaker_s_name_opens_no_clause():
    text = (
        "ABU DHABI, May 3 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign"
        " Affairs, received Russian Foreign Minister Sergei Lavrov.\n\n"
        "His Highness Sheikh Abdullah bin Zayed stressed the importance of dialogue."
    )
    # `His Highness` is a courtesy (lexicon `courtesies`), not an opener of its own; the
    # name the minister goes by is his.
    assert speakers(text, "the importance of dialogue") == ["Abdullah bin Zayed Al Nahyan"]


TRILATERAL = (
    "ANKARA, March 4 (Agency) -- Turkish Foreign Minister Hakan Fidan met with Egyptian Foreign"
    " Minister Badr Abdelatty and Jordanian Foreign Minister Ayman Safadi in Ankara on Tuesday.\n\n"
)
ALL_THREE = ["Ayman Safadi", "Badr Abdelatty", "Hakan Fidan"]


@pytest.mark.parametrize(
    "subject",
    ["The three officials", "All three ministers", "The two countries", "The top diplomats"],
)
def test_a_group_named_by_a_number_and_a_plural_speaks_for_everyone_who_met(subject):
    sentence = f"{subject} agreed to hold regular consultations on regional security."
    assert sorted(speakers(TRILATERAL + sentence, "regular consultations") or []) == ALL_THREE


def test_a_users_lexicon_adds_group_nouns(tmp_path):
    text = TRILATERAL + "The negotiators agreed to hold regular consultations.\n"
    assert speakers(text, "regular consultations") is None
    (tmp_path / "lexicon.json").write_text(
        '{"joint_groups": [{"determiners": ["the"], "nouns": ["negotiators"]}]}'
    )
    kb = Knowledge.load(tmp_path)
    report = diplomeet.parse(text, knowledge=kb)
    (said,) = [s for s in report.meetings[0].statements if "regular" in s.text]
    assert sorted(p.name for p in said.attribution.speakers) == ALL_THREE


SINGLE_QUOTED = (
    "DUBLIN, 12 February - Tánaiste and Minister for Foreign Affairs Micheál Martin met"
    " Ukrainian Foreign Minister Andrii Sybiha at Iveagh House on Wednesday.\n\n"
    "'Ireland will stand with Ukraine for as long as it takes,' says the Tánaiste.\n\n"
    "'We are grateful for every Irish contribution,' Sybiha told reporters. 'It matters.'\n\n"
    "'The reconstruction conference in Rome is the next step. We want Irish firms there.\n\n"
    "'They have the experience we need,' he added.\n\n"
    "The ministers' talks also covered Ukraine's path to the European Union.\n"
)


@pytest.mark.parametrize(
    ("anchor", "who"),
    [
        ("for as long as it takes", ["Micheál Martin"]),
        ("every Irish contribution", ["Andrii Sybiha"]),
        ("It matters.", ["Andrii Sybiha"]),
        # A quotation that goes on into the next paragraph, its closing cue there.
        ("We want Irish firms there", ["Andrii Sybiha"]),
        ("the experience we need", ["Andrii Sybiha"]),
    ],
)
def test_single_quotation_marks_quote_like_double_ones(anchor, who):
    assert speakers(SINGLE_QUOTED, anchor) == who


def test_single_quotes_keep_apostrophes_and_spans():
    report = diplomeet.parse(SINGLE_QUOTED)
    said = [s for m in report.meetings for s in m.statements]
    assert any(s.text.startswith("'Ireland will stand") for s in said)
    assert all(SINGLE_QUOTED[s.span[0] : s.span[1]] == s.text for s in said)
    assert speakers(SINGLE_QUOTED, "talks also covered") in (None, [])


def test_a_paragraph_that_is_one_quotation_goes_on_with_the_speaker_before_it():
    text = (
        "Foreign Minister Penny Wong met Indian External Affairs Minister S. Jaishankar in"
        " Canberra on Monday.\n\n"
        '"India is one of our closest partners in the region," Ms Wong says.\n\n'
        '"We agreed to meet again before the end of the year. There is a lot to do."\n\n'
        "Officials from both ministries will meet in New Delhi next month.\n"
    )
    assert speakers(text, "There is a lot to do") == ["Penny Wong"]
    assert speakers(text, "Officials from both ministries") in (None, [])


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        ("During the talks, the two ministers:", "- Agreed to expand trade;\n- Agreed to meet"),
        ("The two ministers agreed to:", "1. Expand trade;\n2. Meet"),
        ("The two ministers agreed to:", "\u2022 expand trade;\n\n\u2022 meet"),
    ],
)
def test_a_list_after_a_colon_is_said_by_whom_the_lead_names(lead, items):
    text = f"{LEDE}{lead}\n\n{items} again next year.\n\nWang said the visit was a success.\n"
    assert speakers(text, "xpand trade") == BOTH
    assert speakers(text, "again next year") == BOTH
    assert speakers(text, "the visit was a success") == WANG


def test_a_name_and_his_counterpart_act_together():
    text = (
        "Foreign Minister Cho Tae-yul and his Chinese counterpart Wang Yi agreed on Monday to"
        " resume the trilateral summit, during talks in Beijing."
    )
    assert sorted(speakers(text, "resume the trilateral")) == ["Cho Tae-yul", "Wang Yi"]


def test_the_two_ministers_are_the_ministers_not_the_president_met_last():
    text = (
        "Foreign Minister Constantinos Kombos and his Jordanian counterpart Ayman Safadi"
        " discussed an aid corridor on Saturday, during talks in Nicosia.\n\n"
        "Safadi was first received at the presidential palace by President Nikos"
        " Christodoulides. The president briefed him on the initiative.\n\n"
        "The two ministers also agreed to hold a trilateral summit this year."
    )
    assert sorted(speakers(text, "trilateral summit this year")) == [
        "Ayman Safadi",
        "Constantinos Kombos",
    ]


def test_a_label_in_turkish_capitals_names_its_speaker():
    text = (
        "ANKARA, March 4 (AA) -- Turkish Foreign Minister Hakan Fidan met Jordanian Foreign"
        " Minister Ayman Safadi in Ankara on Tuesday.\n\n"
        "H. FİDAN: We discussed Gaza in detail.\n\nA. SAFADİ: Jordan values this partnership."
    )
    assert speakers(text, "Gaza in detail") == ["Hakan Fidan"]
    assert speakers(text, "values this partnership") == ["Ayman Safadi"]


def test_a_name_and_a_role_joined_by_and_speak_together():
    text = (
        "AMMAN, May 10, 2024 (Petra) - King Abdullah II received Italian President Sergio"
        " Mattarella at Al Husseiniya Palace on Friday.\n\n"
        "Mattarella and the King discussed the war in Gaza.\n\n"
        "The King and his guest agreed on more aid.\n\n"
        "The foreign ministry said that Mattarella and the King reviewed regional affairs."
    )
    meeting = diplomeet.parse(text).meetings[0]
    assert [sorted(p.name for p in s.attribution.speakers) for s in meeting.statements] == [
        ["Abdullah II", "Sergio Mattarella"]
    ] * 3


def test_the_pope_is_the_pontiff_on_the_day():
    text = (
        "VATICAN CITY, May 10, 2024 - Pope Francis received Italian President Sergio Mattarella"
        " in audience on Friday.\n\nThe Pontiff said peace must prevail.\n\n"
        "His Holiness stressed dialogue."
    )
    meeting = diplomeet.parse(text).meetings[0]
    pope = meeting.participants[0]
    assert (pope.name, pope.country, pope.title) == ("Francis", "VAT", "Pope")
    assert [[p.name for p in s.attribution.speakers] for s in meeting.statements] == [
        ["Francis"],
        ["Francis"],
    ]


def test_a_speaker_who_took_part_is_the_participant_record():
    """The table's title and office for the day, on the speaker as on the participant."""
    report = diplomeet.parse(
        "Chinese Vice President Han Zheng met with Ursula von der Leyen in Davos.\n\n"
        "Von der Leyen said Europe wanted a balanced relationship with China."
    )
    m = report.meetings[0]
    (speaker,) = m.statements[0].attribution.speakers
    assert speaker in m.participants
    assert (speaker.organization, speaker.country) == ("EU", None)
    assert speaker.title == "President of the European Commission"


_CALL = (
    "LONDON, May 4, 2025 -- Prime Minister Keir Starmer spoke with Chinese President Xi"
    " Jinping by phone on Sunday.\n\n"
)


@pytest.mark.parametrize(
    "document",
    [
        "A readout from Starmer's office",
        "The statement issued by the Foreign Office",
        "A joint statement released after the call",
    ],
)
def test_a_document_said_with_where_it_came_from_relays_the_joint_words(document):
    report = diplomeet.parse(f"{_CALL}{document} said the two leaders discussed trade.")
    (said,) = report.meetings[0].statements
    assert {p.name for p in said.attribution.speakers} == {"Keir Starmer", "Xi Jinping"}


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The ministry said Xi stressed the importance of dialogue.", "Xi Jinping"),
        ("Chinese state media said Xi stressed the importance of dialogue.", "Xi Jinping"),
        ("Downing Street said in a statement that Starmer raised Hong Kong.", "Keir Starmer"),
        ("A spokesperson said Starmer raised Hong Kong.", "Keir Starmer"),
        ("Starmer said Xi had stressed the importance of dialogue.", "Keir Starmer"),
        ("The Prime Minister said that Xi had stressed dialogue.", "Keir Starmer"),
    ],
)
def test_words_relayed_by_no_one_who_took_part_are_the_named_speaker_s(sentence, who):
    report = diplomeet.parse(_CALL + sentence)
    (said,) = report.meetings[0].statements
    assert [p.name for p in said.attribution.speakers] == [who]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Xi is expected to visit London next year.", False),
        ("Starmer was invited to attend the summit.", False),
        ("Xi was said to have praised the British stance.", True),
    ],
)
def test_a_passive_cue_before_to_is_no_one_s_words(sentence, said):
    report = diplomeet.parse(_CALL + sentence)
    assert bool(report.meetings[0].statements) is said


@pytest.mark.parametrize(
    ("story", "who"),
    [
        ("Saidov said Uzbekistan valued the OSCE. She welcomed its reforms.", "Helga Schmid"),
        ("Schmid said the OSCE valued Uzbekistan. He welcomed her visit.", "Bakhtiyor Saidov"),
        ("Saidov said Uzbekistan valued the OSCE. He welcomed her visit.", "Bakhtiyor Saidov"),
    ],
)
def test_a_pronoun_goes_to_a_participant_of_its_gender(story, who):
    """A given name or courtesy the lexicon knows says who `she` can be; `he` is anyone else."""
    report = diplomeet.parse(
        "VIENNA, 16 May 2024 -- OSCE Secretary General Helga Schmid held talks with Uzbek"
        f" Foreign Minister Bakhtiyor Saidov in Tashkent on 14 May.\n\n{story}"
    )
    said = report.meetings[0].statements[-1]
    assert said.text.endswith(story.split(". ")[1])
    assert [p.name for p in said.attribution.speakers] == [who]


def test_the_lexicon_tells_a_woman_by_name_courtesy_or_title():
    from diplomeet.knowledge import default_knowledge
    from diplomeet.people import find_people

    text = "Penny Wong met Ms Lee Hyun-ju, Queen Rania, Mr Wang Yi and Cho Tae-yul."
    cast = find_people(text, [(0, len(text))], kb=default_knowledge())
    genders = {cast.entry(k).name: cast.gender(k) for k in cast.entries}
    assert genders["Penny Wong"] == "f"
    assert genders["Wang Yi"] == "m"
    assert genders["Cho Tae-yul"] is None
    assert "f" in {g for n, g in genders.items() if "Rania" in n}


def test_a_minister_named_by_the_acronym_of_the_office_speaks():
    """`EAM Jaishankar stressed`: India's External Affairs Minister, by the acronym."""
    text = (
        "EAM in Colombo\n\n"
        "External Affairs Minister S. Jaishankar met Foreign Minister Vijitha Herath in"
        " Colombo on Friday.\n\n"
        "EAM Jaishankar stressed that India would stand by Sri Lanka."
    )
    quote = statement(text, "stand by Sri Lanka")
    assert [p.name for p in quote.attribution.speakers] == ["S. Jaishankar"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed to continue contacts.",
        "It was also decided to hold consultations in Ankara.",
        "The two sides also took stock of the preparations for the next round.",
    ],
)
def test_what_was_agreed_without_a_subject_is_both_sides(sentence):
    text = (
        "MOSCOW, Jan 24, 2025 -- Foreign Minister Sergey Lavrov held a telephone conversation"
        f" with Turkish Foreign Minister Hakan Fidan.\n\n{sentence}\n"
    )
    [m] = diplomeet.parse(text).meetings
    [said] = m.statements
    assert sorted(p.name for p in said.attribution.speakers) == ["Hakan Fidan", "Sergey Lavrov"]


def test_what_is_expected_to_happen_is_no_one_s_words():
    text = (
        "MOSCOW, Jan 24, 2025 -- Foreign Minister Sergey Lavrov held a telephone conversation"
        " with Turkish Foreign Minister Hakan Fidan.\n\nIt is expected to rain in Moscow.\n"
    )
    [m] = diplomeet.parse(text).meetings
    assert m.statements == ()


@pytest.mark.parametrize(
    ("joined", "first", "second"),
    [
        (
            "Wang expressed concern over the situation, while Lavrov affirmed Russia's support.",
            "expressed concern",
            "affirmed Russia's support",
        ),
        (
            "Wang said trade had grown, whereas the Russian minister noted the new routes.",
            "trade had grown",
            "noted the new routes",
        ),
        ("Wang said the talks were useful; Lavrov stressed the next steps.", "useful", "next"),
    ],
)
def test_two_speakers_in_one_sentence_are_two_statements(joined, first, second):
    """`X expressed ..., while Y affirmed ...`: each side's words are that side's."""
    text = LEDE + joined + "\n"
    assert speakers(text, first) == WANG
    assert speakers(text, second) == LAVROV
    assert statement(text, first) != statement(text, second)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We agree on trade; we disagree on nothing," Wang said.',
        "Wang said the talks, while long, were useful.",
        "Wang said the talks were useful, while noting the work ahead.",
    ],
)
def test_a_sentence_of_one_speaker_stays_whole(sentence):
    """A break inside a quotation, or not followed by a speaker of its own, cuts nothing."""
    text = LEDE + sentence + "\n"
    said = statement(text, sentence[:12])
    assert said.text == sentence
    assert [p.name for p in said.attribution.speakers] == WANG


def test_the_role_in_its_own_words_is_the_participant_of_that_title():
    """`The Foreign Minister` of a Secretary of State and a Foreign Minister: the latter."""
    text = (
        "WASHINGTON, May 6, 2025 -- Secretary of State Marco Rubio met Saudi Foreign Minister"
        " Prince Faisal bin Farhan in Washington on Tuesday.\n\n"
        "The Foreign Minister welcomed the strong partnership.\n"
        "The Secretary stressed the importance of regional stability.\n"
    )
    assert speakers(text, "strong partnership") == ["Faisal bin Farhan Al Saud"]
    assert speakers(text, "regional stability") == ["Marco Rubio"]


@pytest.mark.parametrize(
    "sentence",
    [
        "China and Russia agreed to hold the next round of talks in Moscow.",
        "Both Russia and China expressed satisfaction with the talks.",
        "Beijing and Moscow also agreed to open a new border crossing.",
        "On Thursday, the Russian Federation and China reaffirmed their support for the UN.",
    ],
)
def test_the_countries_of_the_participants_agreeing_are_both_sides(sentence):
    """Countries (or their capitals) joined as the subject of a past cue: their people."""
    assert sorted(speakers(LEDE + sentence + "\n", sentence[-20:]) or []) == sorted(BOTH)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("According to him, China and Russia have agreed to meet again.", LAVROV),
        ("Lavrov said the talks showed that China and Russia agreed on trade.", LAVROV),
        ("Wang said China and Russia share common interests.", WANG),
    ],
)
def test_countries_inside_someones_words_are_that_persons(sentence, who):
    text = LEDE + "Lavrov praised the talks.\n" + sentence + "\n"
    assert speakers(text, sentence[-18:]) == who


def test_the_role_said_plainly_is_not_the_deputy():
    """`The Prime Minister` of a Prime Minister and a Deputy Prime Minister: the former."""
    text = (
        "WELLINGTON, 12 June 2024 - Deputy Prime Minister and Foreign Minister Winston Peters"
        " received Samoan Prime Minister Fiame Naomi Mata'afa in Wellington today.\n\n"
        "The Prime Minister welcomed the new partnership.\n\n"
        "The Deputy Prime Minister said ties were strong.\n"
    )
    assert speakers(text, "new partnership") == ["Fiame Naomi Mata'afa"]
    assert speakers(text, "ties were strong") == ["Winston Peters"]


def test_a_pronoun_is_not_the_one_it_speaks_to():
    """`She told Joly that ...`: two women in the story; she is not Joly."""
    text = (
        "KINGSTON, May 4, 2023 - Foreign Minister Kamina Johnson Smith met Canadian Foreign"
        " Minister Melanie Joly in Kingston on Thursday.\n\n"
        "Johnson Smith welcomed the visit.\n\n"
        "She told Joly that Jamaica remained ready to help.\n\n"
        "Joly on her part commended Jamaica's leadership.\n"
    )
    assert speakers(text, "remained ready") == ["Kamina Johnson Smith"]
    assert speakers(text, "commended") == ["Mélanie Joly"]
