import datetime as dt

import pytest

from diplomeet.dates import find_dates, infer_year, reference_day, resolve


def one(text: str, ref: dt.date | None) -> dt.date | None:
    found = find_dates(text, 0, len(text))
    assert len(found) == 1, found
    return resolve(found[0], ref)


class TestResolve:
    @pytest.mark.parametrize(
        ("text", "ref", "expected"),
        [
            ("On July 15, 2021 local time", None, dt.date(2021, 7, 15)),
            ("on 15 July 2021", None, dt.date(2021, 7, 15)),
            ("dated 2019-05-23", None, dt.date(2019, 5, 23)),
            ("DUSHANBE, Sept. 16", dt.date(2021, 9, 17), dt.date(2021, 9, 16)),
            ("on Wednesday", dt.date(2019, 5, 23), dt.date(2019, 5, 22)),
            ("on Thursday", dt.date(2021, 9, 16), dt.date(2021, 9, 16)),  # the day itself counts
            ("on Sunday", dt.date(2025, 7, 14), dt.date(2025, 7, 13)),
            ("on the 7th of this month", dt.date(2022, 7, 28), dt.date(2022, 7, 7)),
            ("yesterday", dt.date(2022, 7, 28), dt.date(2022, 7, 27)),
            ("on Dec. 30", dt.date(2023, 1, 2), dt.date(2022, 12, 30)),  # told in the new year
        ],
    )
    def test_resolve(self, text, ref, expected):
        assert one(text, ref) == expected

    def test_no_year_no_reference_gives_nothing(self):
        assert one("on July 28", None) is None
        assert one("on Thursday", None) is None

    def test_impossible_date_gives_nothing(self):
        assert one("on February 30, 2021", None) is None

    def test_weekday_next_to_a_date_is_kept(self):
        found = find_dates("said on Thursday, local time (July 28) that", 0, 44)
        assert len(found) == 1
        assert (found[0].weekday, found[0].month, found[0].day) == (3, 7, 28)


class TestInferYear:
    def test_weekday_and_term_fix_the_year(self):
        # Thursday 28 July fell in 2016 and 2022; a State Councilor title (2018-2023) keeps 2022.
        def fits(day):
            return dt.date(2018, 3, 19) <= day <= dt.date(2023, 3, 12)

        assert infer_year(7, 28, 3, fits) == dt.date(2022, 7, 28)

    def test_ambiguous_gives_nothing(self):
        assert infer_year(7, 28, 3, lambda d: True) is None


def test_reference_day_from_dateline():
    assert reference_day(dt.date(2021, 9, 17), 9, 16) == dt.date(2021, 9, 16)
    assert reference_day(dt.date(2022, 1, 2), 12, 31) == dt.date(2021, 12, 31)
    assert reference_day(None, 9, 16) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("held talks in San Francisco on Nov. 16 last year", dt.date(2023, 11, 16)),
        ("they met on 2 March this year", dt.date(2024, 3, 2)),
        ("the summit on 12 September next year", dt.date(2025, 9, 12)),
        ("they met on Nov. 16", dt.date(2024, 11, 16)),
    ],
)
def test_a_day_told_with_last_or_next_year(text, want):
    (d,) = find_dates(text, 0, len(text))
    assert resolve(d, dt.date(2024, 11, 20)) == want


@pytest.mark.parametrize(
    "text", ["they met on 29 of April of 2023", "they met on April 29 of 2023"]
)
def test_a_year_after_of(text):
    # Machine translations from Spanish and Portuguese (`29 de abril de 2023`).
    (d,) = find_dates(text, 0, len(text))
    assert resolve(d, dt.date(2024, 11, 20)) == dt.date(2023, 4, 29)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # A case-insensitive pattern takes `İ`, `ı`, `ſ` and the Kelvin sign for `i`, `s`, `k`;
        # the name they spell is still the weekday (and nothing raises).
        ("on FRİDAY", dt.date(2024, 5, 10), dt.date(2024, 5, 10)),
        ("on frıday", dt.date(2024, 5, 10), dt.date(2024, 5, 10)),
        ("on Tueſday", dt.date(2024, 5, 10), dt.date(2024, 5, 7)),
        ("on TUESDAY", dt.date(2024, 5, 10), dt.date(2024, 5, 7)),
    ],
)
def test_names_written_with_case_twins(text, ref, expected):
    assert one(text, ref) == expected


class TestDayOfMonthAlone:
    """A day of the month with no month, told against the reference day."""

    @pytest.mark.parametrize(
        ("text", "ref", "expected"),
        [
            ("the envoys talked on the 3rd in Lima", dt.date(2021, 11, 9), dt.date(2021, 11, 3)),
            ("they spoke on the 27th.", dt.date(2021, 11, 9), dt.date(2021, 10, 27)),
            ("signed on the 9th, officials said", dt.date(2021, 11, 9), dt.date(2021, 11, 9)),
        ],
    )
    def test_latest_such_day_on_or_before_the_reference(self, text, ref, expected):
        assert one(text, ref) == expected

    @pytest.mark.parametrize(
        "text",
        ["on the 5th round of talks", "on the 12th anniversary", "on the 2nd floor"],
    )
    def test_an_ordinal_before_a_noun_is_no_date(self, text):
        assert find_dates(text, 0, len(text)) == []

    def test_of_this_month_is_still_read_whole(self):
        text = "on the 4th of this month"
        (d,) = find_dates(text, 0, len(text))
        assert d.kind == "this_month"

    def test_no_reference_no_day(self):
        assert one("met on the 3rd.", None) is None


class TestWeekdayWithItsDay:
    """`this Tuesday (8)`: a weekday with the day of the month in brackets."""

    def test_the_bracketed_day_is_read(self):
        text = "held talks this Friday (3) in Quito"
        (d,) = find_dates(text, 0, len(text))
        assert (d.weekday, d.day) == (4, 3)
        assert text[d.start : d.end] == "Friday (3)"

    def test_the_day_is_taken_when_the_weekday_agrees(self):
        # Friday 3 March 2023, told on Monday 6 March: the plain weekday would agree too.
        assert one("met this Friday (3)", dt.date(2023, 3, 6)) == dt.date(2023, 3, 3)
        # A report dated a week later: the bracketed day still fixes the Friday meant.
        assert one("met this Friday (3)", dt.date(2023, 3, 13)) == dt.date(2023, 3, 3)

    def test_a_day_that_disagrees_falls_back_to_the_weekday(self):
        assert one("met this Friday (4)", dt.date(2023, 3, 6)) == dt.date(2023, 3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met on 14.03.2023 in Berlin", dt.date(2023, 3, 14)),
        ("on 9.1.2024", dt.date(2024, 1, 9)),
        ("BUDAPEST, 2024.05.09. -- talks", dt.date(2024, 5, 9)),
        ("on 27/08/2024", dt.date(2024, 8, 27)),
        ("on 08/27/2024", dt.date(2024, 8, 27)),
    ],
)
def test_numeric_dates(text, expected):
    assert one(text, None) == expected


@pytest.mark.parametrize(
    "text", ["on 05/06/2024", "a 1.5-degree limit", "on 31.13.2024", "version 2.3.20245"]
)
def test_numeric_dates_of_unclear_order_or_no_date_are_none(text):
    """A slashed date with both parts 12 or under could be either order: it is not read."""
    assert find_dates(text, 0, len(text)) == []
