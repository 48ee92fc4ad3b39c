import datetime as dt

import pytest

import diplomeet
from diplomeet.people import find_people


def cast_of(text: str):
    return find_people(text, [(0, len(text))])


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.country, p.title) for p in cast_of(text).people()]


class TestPatterns:
    @pytest.mark.parametrize(
        ("text", "name", "country", "title"),
        [
            (
                "Russian Foreign Minister Sergei Lavrov arrived.",
                "Sergey Lavrov",
                "RUS",
                "Foreign Minister",
            ),
            (
                "He met Foreign Minister Retno Marsudi of Indonesia.",
                "Retno Marsudi",
                "IDN",
                "Foreign Minister",
            ),
            ("He met his Kazakh counterpart Erlan Karin.", "Erlan Karin", "KAZ", None),
            (
                "Kenyan Cabinet Secretary for Foreign Affairs Zakayo Mwangi spoke.",
                "Zakayo Mwangi",
                "KEN",
                "Cabinet Secretary for Foreign Affairs",
            ),
            (
                "He met Lars Nordqvist, Sweden's foreign minister, on Monday.",
                "Lars Nordqvist",
                "SWE",
                None,
            ),
            (
                "It hosted visiting Ghanaian Vice President Samuel Adjei.",
                "Samuel Adjei",
                "GHA",
                "Vice President",
            ),
            (
                "South African Minister of International Relations and Cooperation Ronald Lamola"
                " spoke.",
                "Ronald Lamola",
                "ZAF",
                "Minister of International Relations and Cooperation",
            ),
        ],
    )
    def test_any_official(self, text, name, country, title):
        found = {p[0]: p for p in people(text)}
        assert name in found
        assert found[name][1] == country
        if title is not None:
            assert title in (found[name][2] or "")

    @pytest.mark.parametrize(
        ("place", "code"),
        [("New Zealand", "NZL"), ("Sri Lanka", "LKA"), ("Papua New Guinea", "PNG")],
    )
    def test_country_of_several_words_before_the_name(self, place, code):
        # The words of the country's name are neither the title's end nor the name's start.
        text = f"He met Prime Minister of {place} Jonathan Harrowby on Monday."
        assert people(text) == [("Jonathan Harrowby", code, f"Prime Minister of {place}")]

    @pytest.mark.parametrize(
        ("text", "name", "title"),
        [
            (
                "Minister of Economy, Trade and Industry Haruto Kimura spoke.",
                "Haruto Kimura",
                "Minister of Economy, Trade and Industry",
            ),
            (
                "He met Minister of Foreign Affairs, Emigration and Egyptian Expatriates"
                " Karim Mansour.",
                "Karim Mansour",
                "Minister of Foreign Affairs, Emigration and Egyptian Expatriates",
            ),
            (
                "He met Minister of Foreign Affairs, Trade and Development of Canada"
                " Anne Tremblay.",
                "Anne Tremblay",
                "Minister of Foreign Affairs, Trade and Development of Canada",
            ),
        ],
    )
    def test_a_portfolio_listed_with_commas(self, text, name, title):
        # `Minister of A, B and C`: the list after the comma is still the title.
        assert [(p[0], p[2]) for p in people(text)] == [(name, title)]

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            (
                "The Minister of Foreign Affairs, African Integration and Malians Abroad,"
                " Karim Diallo, received him.",
                "Minister of Foreign Affairs, African Integration and Malians Abroad",
            ),
            (
                "The Minister of Foreign Affairs, Cooperation and Nigeriens Overseas, Karim"
                " Diallo, received him.",
                "Minister of Foreign Affairs, Cooperation and Nigeriens Overseas",
            ),
            (
                "The Minister of Foreign Affairs and the Diaspora, Karim Diallo, received him.",
                "Minister of Foreign Affairs and the Diaspora",
            ),
        ],
    )
    def test_a_portfolio_ending_in_a_word_of_emigrants(self, text, title):
        # `... and Malians Abroad, X`: `Abroad` ends the portfolio; it is no one's name.
        assert [(p[0], p[2]) for p in people(text)] == [("Karim Diallo", title)]

    @pytest.mark.parametrize(
        "text",
        [
            "The Minister of Foreign Affairs, Ambassador Paulo Castro, received him.",
            "He met the Minister of Foreign Affairs, H.E. Ambassador Paulo Castro, today.",
            "The Minister of Defence, General Paulo Castro, received him.",
        ],
    )
    def test_a_rank_after_an_office_set_off_by_a_comma_is_no_title(self, text):
        # A minister who is an ambassador or a general by rank: the office is the title.
        [(name, _country, title)] = people(text)
        assert name == "Paulo Castro"
        assert title is not None and title.startswith("Minister of")
        assert not title.endswith(("Ambassador", "General", "H.E."))

    def test_a_rank_alone_is_the_title(self):
        # With no office before it, `Ambassador X` is an ambassador.
        assert people("He received Ambassador Paulo Castro today.") == [
            ("Paulo Castro", None, "Ambassador")
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Hon. Kevin Marsh MP, Minister of Foreign Affairs and Trade, met him.",
            "Hon. Kevin Marsh, MP, Minister of Foreign Affairs and Trade, met him.",
            "Hon. Kevin Marsh, KC, MP, Minister of Foreign Affairs and Trade, met him.",
            "Hon. Kevin Marsh M.P., Minister of Foreign Affairs and Trade, met him.",
        ],
    )
    def test_letters_after_a_name_stand_before_its_title(self, text):
        # Post-nominals (`MP`, `KC`) are neither the name nor the title.
        assert people(text) == [("Kevin Marsh", None, "Minister of Foreign Affairs and Trade")]

    def test_a_list_of_people_with_titles_after_their_names(self):
        # `..., Minister of ... of Germany, and H.E. Mr. X, Minister ...`: `and` and a
        # courtesy after the comma open the next person, not a list of portfolios.
        text = (
            "He welcomed H.E. Ms. Anna Berg, Minister for Foreign Affairs of Sweden, and"
            " H.E. Mr. Tomas Ruiz, Minister of Foreign Affairs of the Republic of Chile."
        )
        assert people(text) == [
            ("Anna Berg", "SWE", "Minister for Foreign Affairs of Sweden"),
            ("Tomas Ruiz", "CHL", "Minister of Foreign Affairs of the Republic of Chile"),
        ]

    @pytest.mark.parametrize(
        ("text", "title", "country"),
        [
            ("He met Foreign Minister Dr. Peter Tanaka of Fiji.", "Foreign Minister", "FJI"),
            ("ASEAN Secretary-General Dr. Peter Tanaka received him.", "Secretary-General", None),
            ("He met Foreign Minister H.E. Mr. Peter Tanaka.", "Foreign Minister", None),
            (
                "He met Foreign Minister of Fiji Senator the Hon Peter Tanaka.",
                "Foreign Minister of Fiji",
                "FJI",
            ),
            ("He met HE Mr Peter Tanaka, Foreign Minister of Fiji.", "Foreign Minister", "FJI"),
            # Set off by commas on both sides, the title before the courtesy is his.
            (
                "He met the Foreign Minister of Fiji, Dr Peter Tanaka, on Monday.",
                "Foreign Minister",
                "FJI",
            ),
            # Not closed by a comma: `with the President` is another person.
            ("At a press conference with the President, Mr Peter Tanaka said so.", None, None),
            ("He met H.E. Mr. Peter Tanaka.", None, None),
        ],
    )
    def test_a_courtesy_is_no_part_of_the_title(self, text, title, country):
        # `Mr.`, `Dr`, `H.E.`, `the Hon` stand between a title and a name; they are
        # neither the title's end nor the name's start, and a courtesy names a person.
        [(name, found_country, found_title)] = people(text)
        assert name == "Peter Tanaka"
        assert found_country == country
        if title is None:
            assert found_title is None
        else:
            assert found_title is not None and found_title.startswith(title)
            assert not found_title.endswith(("Dr", "Mr", "the", "Hon", "Senator"))

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            (
                "He received Secretary General of the Gulf Cooperation Council (GCC) Omar"
                " Qasimi today.",
                "Secretary General of the Gulf Cooperation Council (GCC)",
            ),
            (
                "He received Secretary General of the Arab Maghreb Union Omar Qasimi today.",
                "Secretary General of the Arab Maghreb Union",
            ),
            (
                "He received the Secretary-General of the Organisation of Islamic Cooperation"
                " (OIC), Omar Qasimi, today.",
                "Secretary-General of the Organisation of Islamic Cooperation (OIC)",
            ),
            (
                "Separately, the Secretary General of the OIC, H.E. Omar Qasimi, called on him.",
                "Secretary General of the OIC",
            ),
        ],
    )
    def test_a_body_named_in_the_title(self, text, title):
        # `of the <body>`, with its acronym in brackets: the whole is the title.
        assert [(p[0], p[2]) for p in people(text)] == [("Omar Qasimi", title)]

    def test_a_bracket_never_opens_a_name(self):
        text = "He met the head of the International Atomic Energy Agency (IAEA) Rafael Grossi."
        [grossi] = cast_of(text).people()
        assert grossi.name == "Rafael Grossi"
        assert not any(m.startswith(("(", "IAEA")) for m in grossi.mentions)
        # The body's whole name stands in the title before the name.
        assert grossi.title == "head of the International Atomic Energy Agency (IAEA)"

    def test_a_comma_without_a_list_ends_a_portfolio(self):
        # `the Minister of the Environment, Marina Tavares,`: no `and` follows the comma,
        # so `Marina` is no part of a portfolio.
        text = "Later, the Minister of the Environment, Marina Tavares, said so."
        assert [(p[0], p[2]) for p in people(text)] == [
            ("Marina Tavares", "Minister of the Environment")
        ]

    def test_an_initial_alone_names_no_one(self):
        text = "He held talks with the Minister of Foreign Affairs of the Republic of Peru M.Ruiz."
        assert [p[0] for p in people(text)] == []

    @pytest.mark.parametrize("courtesy", ["Makhdoom", "Alhaji", "Datuk Seri"])
    def test_courtesies_from_the_lexicon(self, courtesy):
        # The lexicon's courtesies stand between a title and a name, in neither.
        text = f"Foreign Minister {courtesy} Omar Qasimi arrived."
        assert people(text) == [("Omar Qasimi", None, "Foreign Minister")]

    def test_a_comma_without_a_list_ends_the_title(self):
        text = "He met the Minister of Finance, Deputy Governor Rafael Ortiz, on Monday."
        assert [(p[0], p[2]) for p in people(text)] == [("Rafael Ortiz", "Deputy Governor")]

    def test_title_does_not_reach_back_over_a_name(self):
        text = (
            "Wang met Prime Minister of Fiji Sitiveni Rabukana and Minister of Trade of Samoa"
            " Jon Mbekiso."
        )
        found = {p[0]: p for p in people(text)}
        assert found["Sitiveni Rabukana"][1:] == ("FJI", "Prime Minister of Fiji")
        assert found["Jon Mbekiso"][1:] == ("WSM", "Minister of Trade of Samoa")

    def test_long_party_title_and_glued_marker(self):
        text = (
            "Member of the Political Bureau of the CPC Central Committee and Chinese Foreign"
            " Minister Wang Yi(R) meets Lavrov."
        )
        (wang, *_rest) = people(text)
        assert wang[0] == "Wang Yi"
        assert wang[1] == "CHN"
        assert "Foreign Minister" in wang[2]

    def test_organisation_official_has_no_country(self):
        cast = cast_of("UN Secretary-General Antonio Guterres met Wang Yi.")
        guterres = next(p for p in cast.people() if "Guterres" in p.name)
        assert guterres.country is None
        assert guterres.organization == "UN"

    def test_not_people(self):
        names = [
            p[0]
            for p in people(
                "They met at the Diaoyutai State Guesthouse of the Shanghai Cooperation"
                " Organization on Central Asia and the Belt and Road Initiative."
            )
        ]
        assert names == []

    @pytest.mark.parametrize(
        ("text", "person"),
        [
            (
                "He received Ms. Anna Berg, the newly appointed Ambassador of Sweden to ASEAN.",
                ("Anna Berg", "SWE", "Ambassador of Sweden to ASEAN"),
            ),
            (
                "He met Mr. Tomas Ruiz, the incoming Ambassador of Chile to the European Union.",
                ("Tomas Ruiz", "CHL", "Ambassador of Chile to the European Union"),
            ),
            (
                "He met H.E. Joao Amaral, Minister of Foreign Affairs and Cooperation of the"
                " Democratic Republic of Timor-Leste.",
                (
                    "Joao Amaral",
                    "TLS",
                    "Minister of Foreign Affairs and Cooperation of the Democratic Republic of"
                    " Timor-Leste",
                ),
            ),
        ],
    )
    def test_a_title_after_the_name(self, text, person):
        assert people(text) == [person]

    def test_a_verb_after_the_comma_is_no_title(self):
        assert people("Kallas, met the Secretary of State Tom Hale.") == [
            ("Kaja Kallas", "EST", None),
            ("Tom Hale", None, "Secretary of State"),
        ]


class TestCanonicalNames:
    def test_transliterations_are_one_person(self):
        a = people("Russian Foreign Minister Sergei Lavrov spoke.")
        b = people("Russian Foreign Minister Sergey Lavrov spoke.")
        assert a[0][0] == b[0][0] == "Sergey Lavrov"

    def test_surname_alone_is_the_person(self):
        cast = cast_of("Russian Foreign Minister Sergei Lavrov arrived. Lavrov said hello.")
        assert {m.person for m in cast.mentions} == {"sergey lavrov"}
        assert [m.kind for m in cast.mentions] == ["name", "surname"]

    def test_one_word_name_joins_the_full_name(self):
        cast = cast_of("Secretary Rubio arrived. Secretary of State Marco Rubio said hello.")
        assert [p.name for p in cast.people()] == ["Marco Rubio"]

    def test_garbled_name_resolved_by_office_and_day(self):
        import datetime as dt

        cast = cast_of("He met Russian Foreign Minister Raft. They talked.")
        cast.resolve_garbled(dt.date(2022, 7, 28))
        assert [p.name for p in cast.people()] == ["Sergey Lavrov"]

    def test_garbled_name_needs_a_day(self):
        cast = cast_of("He met Russian Foreign Minister Raft.")
        cast.resolve_garbled(None)
        assert [p.name for p in cast.people()] == ["Raft"]

    def test_chinese_and_korean_surnames(self):
        cast = cast_of(
            "Vice President Han Zheng met Korean Foreign Minister Cho Tae-yul."
            " Han said so. Cho agreed."
        )
        kinds = [
            (cast.text[m.start : m.end], m.person) for m in cast.mentions if m.kind == "surname"
        ]
        assert ("Han", "han zheng") in kinds
        assert ("Cho", "cho tae yul") in kinds


def test_a_title_set_off_by_a_comma_is_the_name_s_at_the_sentence_s_end():
    # `chaired by the High Representative ..., Josep Borrell.`: set off by the full stop.
    text = "The meeting was chaired by the High Representative of the Union, Omar Qasimi."
    assert people(text) == [("Omar Qasimi", None, "High Representative of the Union")]


def test_his_highness_is_no_part_of_the_title():
    text = "President His Highness Sheikh Omar bin Zayed Al Qasimi received the envoy."
    [(_name, _country, title)] = people(text)
    assert title == "President"


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        ("South Korean President Lee Jae-myung met the envoy.", "President", "KOR"),
        ("New Zealand Prime Minister Christopher Luxon met the envoy.", "Prime Minister", "NZL"),
        ("Papua New Guinean Prime Minister James Marape met the envoy.", "Prime Minister", "PNG"),
        ("South African Foreign Minister Ronald Lamola met the envoy.", "Foreign Minister", "ZAF"),
    ],
)
def test_a_demonym_of_two_or_three_words_opens_the_title(text, title, country):
    [(_name, got_country, got_title)] = people(text)
    assert (got_title, got_country) == (title, country)
    mention = text.split(" met ")[0]
    report = diplomeet.parse(text.replace("the envoy", "Wang Yi"))
    assert mention in report.meetings[0].participants[0].mentions


def test_a_surname_spelled_as_one_of_the_table_s_spellings_names_the_person():
    # The table lists `Volodymyr Zelenskyy` as a spelling of Volodymyr Zelensky: the
    # surname alone in that spelling is him too.
    report = diplomeet.parse(
        "PM call with President Zelenskyy: 19 November 2024\n\n"
        "The Prime Minister Keir Starmer spoke to President Zelenskyy this afternoon.\n"
    )
    [meeting] = report.meetings
    assert [p.name for p in meeting.participants] == ["Keir Starmer", "Volodymyr Zelensky"]


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Ambassador Wu Ken met Minister-President of the German state of Saxony"
            " Michael Kretschmer.",
            "Michael Kretschmer",
            "Minister-President of the German state of Saxony",
            "DEU",
        ),
        (
            "Xie Feng met with Governor of the U.S. state of Utah Spencer Cox on Friday.",
            "Spencer Cox",
            "Governor of the U.S. state of Utah",
            "USA",
        ),
        (
            "Ambassador Lu Shaye met with Premier of the Canadian province of Quebec"
            " Francois Legault.",
            "Francois Legault",
            "Premier of the Canadian province of Quebec",
            "CAN",
        ),
    ],
)
def test_a_title_of_a_state_or_province_of_a_country(text, name, title, country):
    report = diplomeet.parse(text)
    [meeting] = report.meetings
    person = meeting.participants[-1]
    assert (person.name, person.title, person.country) == (name, title, country)


@pytest.mark.parametrize(
    "place", ["Addis Ababa, Ethiopia", "Abu Dhabi, UAE", "Ethiopia, Addis Ababa"]
)
def test_a_place_before_a_title_is_no_person(place):
    text = (
        f"{place} - The Chairperson of the African Union Commission, H.E. Moussa Faki"
        " Mahamat, met the President of Kenya, H.E. William Ruto."
    )
    assert [name for name, _, _ in people(text)] == ["Moussa Faki Mahamat", "William Ruto"]


@pytest.mark.parametrize(
    ("day", "named"), [(dt.date(2021, 6, 1), True), (dt.date(2030, 6, 1), False)]
)
def test_a_lone_surname_names_someone_in_office_about_the_report_s_day(day, named):
    # Naledi Pandor held office from 2019 to 2024: `Minister Pandor` names her in a report
    # of 2021, not in one written six years after she left.
    text = "Minister Pandor said the talks went well."
    cast = find_people(text, [(0, len(text))], day=day)
    assert ("Naledi Pandor" in [p.name for p in cast.people()]) is named


def test_a_lone_surname_is_the_unknown_person_named_before_it():
    # The table knows one Wu in office in 2024, Wu Zhenglong; `Wu` after `Wu Ken` is Wu Ken.
    report = diplomeet.parse(
        "BERLIN, March 4, 2024 -- Chinese Ambassador Wu Ken met with Saxony's"
        " Minister-President Michael Kretschmer on Monday.\n\n"
        "Wu said that cooperation in manufacturing has a bright future.\n"
    )
    [statement] = [s for s in report.meetings[0].statements if "bright future" in s.text]
    assert [p.name for p in statement.attribution.speakers] == ["Wu Ken"]


def test_a_ruler_named_by_a_courtesy_and_first_name_is_the_office_holder():
    # `President Sheikh Mohamed`: the UAE's president on the day (the report names the UAE),
    # not Amina Mohamed, whose surname it is and who left office in 2018.
    report = diplomeet.parse(
        "ABU DHABI, 13 February 2024 - President Sheikh Mohamed and Indian Prime Minister"
        " Narendra Modi held talks at Qasr Al Watan on Tuesday.\n\n"
        "Sheikh Mohamed said relations between the UAE and India had reached new heights.\n"
    )
    [meeting] = report.meetings
    assert [(p.name, p.country) for p in meeting.participants] == [
        ("Mohamed bin Zayed Al Nahyan", "ARE"),
        ("Narendra Modi", "IND"),
    ]


@pytest.mark.parametrize("courtesy", ["Sir", "Dame"])
def test_a_knighthood_is_a_courtesy_not_a_title(courtesy):
    text = f"{courtesy} Keir Starmer met President Xi Jinping in Rio de Janeiro."
    [starmer, _xi] = cast_of(text).people()
    assert (starmer.name, starmer.title) == ("Keir Starmer", None)


@pytest.mark.parametrize("title", ["Acting President", "Acting Foreign Minister"])
def test_an_acting_office_holder_keeps_acting_in_the_title(title):
    [choi, _] = cast_of(f"{title} Choi Sang-mok received Ambassador Dai Bing in Seoul.").people()
    assert (choi.name, choi.title) == ("Choi Sang-mok", title)


def test_a_one_word_name_followed_by_a_surname_is_someone_else():
    # `Philippe` alone is the King of the Belgians; `Philippe Lazzarini` is not.
    [lazzarini] = cast_of("UNRWA chief Philippe Lazzarini toured the camp.").people()
    assert (lazzarini.name, lazzarini.country) == ("Philippe Lazzarini", None)


@pytest.mark.parametrize("un", ["United Nations", "UN"])
def test_no_one_is_named_inside_an_organisation_s_long_name(un):
    text = (
        f"The Commissioner-General of the {un} Relief and Works Agency for Palestine Refugees"
        " in the Near East (UNRWA), Philippe Lazzarini, met Foreign Minister Ayman Safadi."
    )
    [lazzarini, safadi] = cast_of(text).people()
    assert (lazzarini.name, lazzarini.organization) == ("Philippe Lazzarini", "UNRWA")
    assert lazzarini.title is not None and lazzarini.title.startswith("Commissioner-General")
    assert safadi.name == "Ayman Safadi"


def test_a_title_in_lower_case_words_is_read_whole_and_names_the_body():
    [borrell, _] = cast_of(
        "EU foreign policy chief Josep Borrell met Foreign Minister Wang Yi."
    ).people()
    assert (borrell.title, borrell.country, borrell.organization) == (
        "foreign policy chief",
        None,
        "EU",
    )


def test_a_title_picks_the_term_it_names_among_a_person_s_terms():
    # Borrell was Spain's foreign minister, then the EU's High Representative.
    [borrell, _] = cast_of("High Representative Josep Borrell met Wang Yi.").people()
    assert (borrell.country, borrell.organization) == (None, "EU")
    [borrell, _] = cast_of("Foreign Minister Josep Borrell met Wang Yi.").people()
    assert (borrell.country, borrell.organization) == ("ESP", None)


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        (
            "He met the State Councilor and Minister of Foreign Affairs of the People's"
            " Republic of China, Wang Yi, in Mexico City.",
            "State Councilor and Minister of Foreign Affairs of the People's Republic of China",
            "CHN",
        ),
        (
            "He met the Minister of Foreign Affairs and the National Community Abroad of the"
            " People's Democratic Republic of Algeria, Ahmed Attaf, in Rome.",
            "Minister of Foreign Affairs and the National Community Abroad of the People's"
            " Democratic Republic of Algeria",
            "DZA",
        ),
        (
            "He met People's Republic of China (PRC) State Councilor and Foreign Minister"
            " Wang Yi in Beijing.",
            "State Councilor and Foreign Minister",
            "CHN",
        ),
    ],
)
def test_a_country_s_long_name_stands_whole_in_a_title(text, title, country):
    [person] = cast_of(text).people()
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize("before", ["at the", "in the", "at"])
def test_an_untitled_name_right_after_at_or_in_is_a_venue(before):
    text = (
        f"Foreign Minister Mauro Vieira received today, {before} Palacio da Alvorada, the"
        " Minister of International Relations of South Africa, Naledi Pandor."
    )
    assert [p.name for p in cast_of(text).people()] == ["Mauro Vieira", "Naledi Pandor"]


@pytest.mark.parametrize(
    ("text", "name", "title", "mention"),
    [
        (
            "The Minister of Foreign Affairs of Spain, José Manuel Albares Bueno, met Wang Yi.",
            "José Manuel Albares",
            "Minister of Foreign Affairs of Spain",
            "Minister of Foreign Affairs of Spain, José Manuel Albares Bueno",
        ),
        (
            "The Minister of People's Power for Foreign Affairs, Yván Gil Pinto, met Wang Yi.",
            "Yván Gil",
            "Minister of People's Power for Foreign Affairs",
            "Minister of People's Power for Foreign Affairs, Yván Gil Pinto",
        ),
    ],
)
def test_a_second_surname_the_table_lacks_is_part_of_the_known_name(text, name, title, mention):
    person = cast_of(text).people()[0]
    assert (person.name, person.title, person.mentions) == (name, title, (mention,))


def test_a_possessive_inside_a_portfolio_is_part_of_the_title():
    [doe, wang] = cast_of(
        "He met the Minister of Women's Affairs Jane Doe Smith and China's Foreign Minister"
        " Wang Yi in Kabul."
    ).people()
    assert (doe.name, doe.title) == ("Jane Doe Smith", "Minister of Women's Affairs")
    assert (wang.name, wang.title) == ("Wang Yi", "Foreign Minister")


@pytest.mark.parametrize("after", ["Tuesday", "Beijing", "Ambassador"])
def test_no_word_that_is_never_a_name_joins_a_known_name(after):
    [wang] = cast_of(f"Wang Yi {after} met.").people()
    assert wang.mentions == ("Wang Yi",)


def test_a_counterpart_holds_the_office_of_the_one_named_last_before_him():
    # `his Italian counterpart`: Novak's (named last, by his surname), not the President's
    # (titled last).
    people = cast_of(
        "Foreign Minister Jan Novak was received by President Aldo Ferri. Earlier, Novak"
        " held talks with his Italian counterpart Marco Bellini."
    ).people()
    assert [(p.name, p.title) for p in people] == [
        ("Jan Novak", "Foreign Minister"),
        ("Aldo Ferri", "President"),
        ("Marco Bellini", "Foreign Minister"),
    ]


def test_a_title_after_a_counterpart_s_name_is_read_but_not_the_next_of_a_list():
    [_, popescu] = cast_of(
        "Minister Gabrielius Landsbergis met his counterpart Nicu Popescu, Deputy Prime"
        " Minister and Minister of Foreign Affairs of Moldova, in Chisinau."
    ).people()
    assert (popescu.title, popescu.country) == (
        "Deputy Prime Minister and Minister of Foreign Affairs of Moldova",
        "MDA",
    )
    people = cast_of(
        "Hakan Fidan met his Jordanian counterpart Ayman Safadi, Syrian Foreign Minister"
        " Asaad al-Shaibani and others."
    ).people()
    assert [(p.name, p.title) for p in people][1:] == [
        ("Ayman Safadi", None),
        ("Asaad al-Shaibani", "Foreign Minister"),
    ]


@pytest.mark.parametrize(
    ("opening", "who", "title"),
    [
        (
            "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince"
            " and Prime Minister,",
            "Mohammed bin Salman",
            "Crown Prince and Prime Minister",
        ),
        (
            "HRH Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister,",
            "Salman bin Hamad Al Khalifa",
            "Crown Prince and Prime Minister",
        ),
    ],
)
def test_a_style_before_the_name_gives_way_to_the_office_after_it(opening, who, title):
    report = diplomeet.parse(
        f"{opening} received US Secretary of State Antony Blinken today.\n\n"
        "HRH the Crown Prince stressed the importance of regional peace."
    )
    person = next(p for p in report.meetings[0].participants if p.name == who)
    assert person.title == title
    said = next(s for s in report.meetings[0].statements if "regional peace" in s.text)
    assert [p.name for p in said.attribution.speakers] == [who]


@pytest.mark.parametrize("country", ["Vietnam", "Viet Nam", "the Philippines", "Sri Lanka"])
def test_a_country_after_a_name_and_of_is_not_the_next_person_s_title(country):
    text = (
        f"Wang Yi met separately with Foreign Minister Bui Thanh Son of {country} and"
        " Minister of Foreign Affairs Retno Marsudi of Indonesia."
    )
    retno = next(p for p in people(text) if p[0] == "Retno Marsudi")
    assert retno[1:] == ("IDN", "Minister of Foreign Affairs")


def test_one_person_s_two_titles_may_join_after_an_organisation():
    text = (
        "Wang Wentao met Executive Vice-President of the European Commission and EU Trade"
        " Commissioner Valdis Dombrovskis in Beijing."
    )
    dombrovskis = next(p for p in people(text) if p[0] == "Valdis Dombrovskis")
    assert dombrovskis[2] == (
        "Executive Vice-President of the European Commission and EU Trade Commissioner"
    )


def test_a_korean_surname_alone_is_the_one_the_report_names_not_a_namesake_of_the_table():
    # Suh Hoon (national security adviser) is in the table; Suh Wook, named without a
    # country, is not: `Suh said` is the one the report names.
    text = (
        "SEOUL, Sept. 15, 2021 (Yonhap) -- Defense Minister Suh Wook held talks with U.S."
        " Defense Secretary Lloyd Austin in Seoul on Wednesday.\n\n"
        "Suh said the alliance remained strong."
    )
    meeting = diplomeet.parse(text).meetings[0]
    assert [p.name for p in meeting.statements[0].attribution.speakers] == ["Suh Wook"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "PUTRAJAYA, Jan 8, 2025 (Bernama) -- Malaysian Foreign Minister Datuk Seri Haji"
            " Mohamad Hasan received Thai Foreign Minister Maris Sangiampongsa on Wednesday.",
            ["Foreign Minister", "Foreign Minister"],
        ),
        (
            "SUVA, May 3, 2024 -- Deputy Prime Minister Professor Biman Prasad met New Zealand"
            " Foreign Minister Winston Peters in Suva on Friday.",
            ["Deputy Prime Minister", "Foreign Minister"],
        ),
        (
            "BEIJING, Feb 6, 2019 (Xinhua) -- Chinese President Xi Jinping met with Thai King"
            " Maha Vajiralongkorn in Beijing on Wednesday.",
            ["President", "King"],
        ),
    ],
)
def test_styles_and_demonyms_before_a_name_are_no_title(text, titles):
    meeting = diplomeet.parse(text).meetings[0]
    assert [p.title for p in meeting.participants] == titles


def test_a_given_name_after_a_style_is_the_one_named_not_a_table_namesake():
    """`Sheikh Mohamed` after `Sheikh Mohamed bin Zayed` is he, not Amina Mohamed."""
    report = diplomeet.parse(
        "DUBAI -- Sheikh Mohamed bin Zayed, President of the UAE, received Narendra Modi,"
        " Prime Minister of India, in Abu Dhabi on Friday.\n\n"
        "Sheikh Mohamed said the UAE valued India's role."
    )
    (said,) = report.meetings[0].statements
    assert [p.name for p in said.attribution.speakers] == ["Mohamed bin Zayed Al Nahyan"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # After a courtesy of a person, a title that is also a given name opens the name.
        (
            "Dr. Sultan Hamad Al Nuaimi, Minister of Energy of the UAE, met visitors.",
            "Sultan Hamad Al Nuaimi",
            "Minister of Energy",
        ),
        ("Mr Prince Kamara, Sierra Leone's trade envoy, met visitors.", "Prince Kamara", None),
        # After a style of office it is the title.
        ("His Majesty Sultan Haitham bin Tarik met visitors.", "Haitham bin Tarik", "Sultan"),
    ],
)
def test_a_title_after_a_courtesy_of_a_person_is_a_given_name(text, name, title):
    (person,) = cast_of(text).people()
    assert person.name == name
    assert person.title is None or title is None or person.title.startswith(title)


def test_a_surname_keeps_the_particles_before_it():
    """`De Souza said`: the particle opens the sentence with the surname it belongs to."""
    report = diplomeet.parse(
        "LISBON -- Portuguese Foreign Minister Ana de Brito met Emirati Minister of State"
        " Khalifa Al Marar in Lisbon on Monday.\n\n"
        "De Brito said the two countries would open direct flights.\n\n"
        "Al Marar said the UAE would invest in Portuguese ports.\n\n"
        "Marar added that talks would go on."
    )
    meeting = report.meetings[0]
    said = [
        (s.attribution.mention, [p.name for p in s.attribution.speakers])
        for s in meeting.statements
    ]
    assert said == [
        ("De Brito", ["Ana de Brito"]),
        ("Al Marar", ["Khalifa Al Marar"]),
        ("Marar", ["Khalifa Al Marar"]),
    ]


def test_jan_before_a_surname_is_a_given_name_not_january():
    cast = cast_of("Czech Foreign Minister Jan Lipavsky met Dutch Foreign Minister Jan de Vries.")
    assert [(p.name, p.country) for p in cast.people()] == [
        ("Jan Lipavský", "CZE"),
        ("Jan de Vries", "NLD"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("PM Narendra Modi met visitors.", "Prime Minister"),
        ("HR/VP Kaja Kallas met visitors.", "High Representative"),
        ("Italian FM Antonio Tajani met visitors.", "Foreign Minister"),
    ],
)
def test_a_title_written_as_its_letters_is_written_in_full(text, title):
    (person,) = cast_of(text).people()
    assert person.title == title


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        (
            "Ambassador Ji Ling, the Chinese Ambassador to South Africa, met visitors.",
            "Ambassador to South Africa",
            "CHN",
        ),
        (
            "Ambassador Amina Bello, Minister of Foreign Affairs of the Federal Republic of"
            " Nigeria, met visitors.",
            "Minister of Foreign Affairs of the Federal Republic of Nigeria",
            "NGA",
        ),
        # An office before the name keeps it.
        (
            "President Xi Jinping, also general secretary of the CPC Central Committee, met"
            " visitors.",
            "President",
            "CHN",
        ),
    ],
)
def test_a_rank_before_a_name_yields_to_the_office_written_after_it(text, title, country):
    (person,) = cast_of(text).people()
    assert (person.title, person.country) == (title, country)


def test_a_given_name_title_after_a_courtesy_reads_alike_wherever_the_courtesy_stands():
    """`Mr Sultan Bello` (the courtesy in the run) and `Dr. Sultan Bello` (before it)."""
    cast = cast_of("Mr Sultan Bello met visitors. Later Dr. Sultan Bello met them.")
    assert [(p.name, p.title) for p in cast.people()] == [("Sultan Bello", None)]


def test_the_name_a_longer_one_goes_by_is_the_same_person():
    # The table's surname of several words (`Abdullah bin Zayed`), and its first word.
    text = (
        "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received the"
        " minister.\n\nLater, H.H. Sheikh Abdullah bin Zayed received a phone call.\n\nSheikh"
        " Abdullah stressed the importance of dialogue."
    )
    cast = cast_of(text)
    assert {cast.canon(m.person) for m in cast.mentions} == {"abdullah bin zayed al nahyan"}


def test_a_press_officer_is_named_with_her_title_not_taken_for_a_namesake():
    text = (
        "MANILA, Aug 1, 2025 (PNA) -- President Ferdinand Marcos Jr. met Indonesian President"
        " Prabowo Subianto at Malacanang on Friday.\n\nPalace Press Officer Claire Castro said"
        " the talks were warm.\n\nCastro added that ties would deepen.\n"
    )
    [m] = diplomeet.parse(text).meetings
    speakers = {s.text[:6]: [p.name for p in s.attribution.speakers] for s in m.statements}
    assert speakers["Castro"] == ["Claire Castro"]


@pytest.mark.parametrize("venue", ["the State Guest House Padma", "Hotel Mulia"])
def test_a_given_name_written_short_and_a_venue_s_own_name(venue):
    text = (
        "DHAKA, Aug 24, 2025 (BSS) -- Foreign Adviser Md. Touhid Hossain held talks with"
        f" Pakistan's Deputy Prime Minister Ishaq Dar at {venue} this morning.\n\n"
        "Md. Touhid Hossain said Bangladesh wanted balanced trade.\n"
    )
    [m] = diplomeet.parse(text).meetings
    assert [p.name for p in m.participants] == ["Touhid Hossain", "Ishaq Dar"]
    [said] = m.statements
    assert said.text.startswith("Md. Touhid Hossain said")
    assert [p.name for p in said.attribution.speakers] == ["Touhid Hossain"]


@pytest.mark.parametrize(
    ("before", "title"),
    [
        ("Slovenian prime minister", "prime minister"),
        ("acting foreign minister of Slovenia", "acting foreign minister of Slovenia"),
        ("Slovenia's deputy foreign minister", "deputy foreign minister"),
        ("the interim foreign minister", "interim foreign minister"),
    ],
)
def test_a_title_in_lower_case_keeps_its_modifiers(before, title):
    """`Slovenian prime minister X` is a prime minister, not a `minister`."""
    found = {n: t for n, _, t in people(f"Foreign Minister Wang Yi met {before} Ana Novak.")}
    assert found["Ana Novak"] == title


def test_a_lineage_of_seven_words_is_the_known_person():
    """`Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani`: particles do not count."""
    found = people(
        "Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met Foreign"
        " Minister Hakan Fidan in Doha."
    )
    assert ("Mohammed bin Abdulrahman Al Thani", "QAT", "Prime Minister") in found


def test_a_title_after_a_name_and_a_comma_stops_at_the_line_s_end():
    """A headline's apposition has no final stop; the story's next line is no part of it."""
    text = (
        "Readout of the meeting with H.E. Ana Novak, Minister of Foreign Affairs"
        " of Slovenia\n\nThe Secretary-General met with Ana Novak in New York."
    )
    [(name, _, title)] = people(text)
    assert (name, title) == ("Ana Novak", "Minister of Foreign Affairs of Slovenia")
