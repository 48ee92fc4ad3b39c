"""Finance and trade ministers: the offices economic and trade talks name, and their holders."""

from __future__ import annotations

import datetime as dt

import pytest

import diplomeet
from diplomeet.knowledge import default_knowledge


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("Chancellor of the Exchequer", "finance_minister"),
        ("Treasury Secretary", "finance_minister"),
        ("Minister of Finance", "finance_minister"),
        ("Commerce Minister", "trade_minister"),
        ("Secretary of Commerce", "trade_minister"),
        ("Trade Representative", "trade_minister"),
        ("Minister of Economy, Trade and Industry", "trade_minister"),
        ("Vice Minister of Commerce", "deputy_trade_minister"),
        ("Deputy Finance Minister", "deputy_finance_minister"),
    ],
)
def test_title_names_the_office(title: str, office: str) -> None:
    assert default_knowledge().office(title) == office


@pytest.mark.parametrize(
    ("country", "office", "day", "names"),
    [
        ("USA", "finance_minister", dt.date(2023, 10, 27), {"Janet Yellen"}),
        ("CHN", "finance_minister", dt.date(2023, 10, 27), {"Lan Fo'an"}),
        ("CHN", "finance_minister", dt.date(2023, 10, 23), {"Liu Kun"}),
        ("GBR", "finance_minister", dt.date(2022, 10, 1), {"Kwasi Kwarteng"}),
        ("CHN", "trade_minister", dt.date(2023, 10, 27), {"Wang Wentao"}),
        # The Commerce Secretary and the Trade Representative are both trade ministers.
        ("USA", "trade_minister", dt.date(2023, 10, 27), {"Gina Raimondo", "Katherine Tai"}),
        ("JPN", "trade_minister", dt.date(2024, 1, 15), {"Ken Saito"}),
    ],
)
def test_holders_on_a_day(country: str, office: str, day: dt.date, names: set[str]) -> None:
    assert {t.name for t in default_knowledge().holders(country, office, day)} == names


def test_a_former_foreign_minister_is_one_person_in_both_offices() -> None:
    terms = default_knowledge().person("Chrystia Freeland")
    assert {t.office for t in terms} >= {"foreign_minister", "finance_minister", "trade_minister"}


def test_garbled_treasury_secretary_is_the_holder_on_the_day() -> None:
    # `Yelun` (a machine translation of Yellen) titled U.S. Treasury Secretary on a day
    # when the table has one: the report names Janet Yellen.
    report = diplomeet.parse(
        "BEIJING, July 7, 2023 -- Vice Premier He Lifeng met with U.S. Treasury Secretary"
        " Yelun in Beijing on Friday. He said the two sides should keep talking."
    )
    people = {p.name: p for p in report.meetings[0].participants}
    assert set(people) == {"He Lifeng", "Janet Yellen"}
    assert people["Janet Yellen"].country == "USA"
    assert people["Janet Yellen"].title == "Treasury Secretary"


@pytest.mark.parametrize(
    ("text", "deputy"),
    [
        (
            "MOSCOW, June 3, 2024 -- Russian Deputy Finance Minister Ivan Chebeskov met with"
            " Chinese Vice Foreign Minister Sun Weidong in Moscow on Monday. Finance Minister"
            " Anton Siluanov later joined. Siluanov said cooperation is growing.",
            "Ivan Chebeskov",
        ),
        (
            "BEIJING, May 10, 2024 -- Chinese Vice Minister of Commerce Ling Ji met with German"
            " Ambassador Patricia Flor in Beijing on Saturday. Commerce Minister Wang Wentao"
            " also attended. Wang said trade ties matter.",
            "Ling Ji",
        ),
    ],
)
def test_a_deputy_is_not_taken_for_the_minister(text: str, deputy: str) -> None:
    # A deputy the table does not know is not the minister of the day, even when the
    # minister's surname stands elsewhere in the report.
    names = [p.name for p in diplomeet.parse(text).meetings[0].participants]
    assert deputy in names
