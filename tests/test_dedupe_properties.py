"""Properties of `dedupe` and `near_duplicates`: order, idempotence, nothing lost."""

import datetime as dt
import re
from collections import Counter

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomeet
from diplomeet import Meeting, Person, Report
from diplomeet.strategies import meetings, reports, retellings

pytestmark = pytest.mark.property

# Few people, few days: so that tellings often are of the same meeting, and often are traps.
PEOPLE = [
    Person(name="Wang Yi", country="CHN", title="Foreign Minister"),
    Person(name="Sergey Lavrov", country="RUS", title="Foreign Minister"),
    Person(name="Sergei Lavrov", country="RUS", mentions=("Lavrov",)),
    Person(name="Penny Wong", country="AUS"),
    Person(name="Josep Borrell", organization="EU"),
]
DAYS = [dt.date(2022, 7, 27), dt.date(2022, 7, 28), dt.date(2022, 7, 29), dt.date(2022, 8, 2)]

tellings = meetings(
    participants=st.sampled_from(PEOPLE),
    dates=st.sampled_from(DAYS),
    min_participants=1,
    max_participants=3,
    max_statements=3,
)
real_meetings = meetings(
    participants=st.sampled_from(PEOPLE),
    dates=st.sampled_from(DAYS),
    min_participants=2,
    max_participants=3,
    max_statements=4,
).filter(lambda m: m.date is not None)
report_lists = st.one_of(
    retellings(meetings=real_meetings, max_meetings=4, max_reports=8),
    st.lists(reports(meetings=tellings, max_meetings=3), max_size=5),
)


def _remap(meeting: Meeting, back: list[int]) -> Meeting:
    """Renumber the reports of a result computed on a permuted input."""
    sources = sorted(
        (attrs.evolve(s, report=back[s.report]) for s in meeting.sources),
        key=lambda s: (s.report, s.meeting),
    )
    statements = tuple(
        attrs.evolve(
            s,
            sources=tuple(
                sorted(
                    (attrs.evolve(x, report=back[x.report]) for x in s.sources),
                    key=lambda x: (x.report, x.meeting, x.span, x.text),
                )
            ),
        )
        for s in meeting.statements
    )
    return attrs.evolve(meeting, sources=tuple(sources), statements=statements)


def _canonical(result: list[Meeting]) -> list[Meeting]:
    return sorted(result, key=lambda m: (m.sources[0].report, m.sources[0].meeting))


@given(report_lists, st.randoms(use_true_random=False))
@settings(max_examples=200)
def test_result_does_not_depend_on_input_order(rs, rnd):
    order = list(range(len(rs)))
    rnd.shuffle(order)
    first = diplomeet.dedupe(rs)
    second = diplomeet.dedupe([rs[i] for i in order])
    assert _canonical([_remap(m, order) for m in second]) == _canonical(first), order


@given(report_lists)
@settings(max_examples=200)
def test_dedupe_of_its_own_output_changes_nothing(rs):
    once = diplomeet.dedupe(rs)
    assert diplomeet.dedupe(once) == once


@given(report_lists)
@settings(max_examples=200)
def test_no_meeting_source_or_statement_is_lost(rs):
    out = diplomeet.dedupe(rs)
    told = Counter((s.report, s.meeting) for m in out for s in m.sources)
    expected = Counter((i, j) for i, r in enumerate(rs) for j in range(len(r.meetings)))
    assert told == expected
    for m in out:
        assert {s.source for s in m.sources} <= {r.source for r in rs}
        for s in m.sources:
            r = rs[s.report]
            assert (s.source, s.url, s.published, s.title) == (
                r.source,
                r.url,
                r.published,
                r.title,
            )
    said = Counter(
        (x.report, x.meeting, x.text, x.span) for m in out for s in m.statements for x in s.sources
    )
    expected_said = Counter(
        (i, j, s.text, s.span)
        for i, r in enumerate(rs)
        for j, m in enumerate(r.meetings)
        for s in m.statements
    )
    assert said == expected_said
    for m in out:
        mine = {(s.report, s.meeting) for s in m.sources}
        assert all((x.report, x.meeting) in mine for s in m.statements for x in s.sources)


@given(report_lists)
@settings(max_examples=150)
def test_merged_meetings_are_of_the_same_people_and_mode(rs):
    for m in diplomeet.dedupe(rs):
        kinds = {(rs[s.report].meetings[s.meeting].mode) for s in m.sources}
        assert kinds == {m.mode}
        people = {
            frozenset(
                "lavrov" if "Lavrov" in p.name else p.name
                for p in rs[s.report].meetings[s.meeting].participants
            )
            for s in m.sources
        }
        assert len(people) == 1
        dates = [rs[s.report].meetings[s.meeting].date for s in m.sources]
        known = [d for d in dates if d is not None]
        if len(m.sources) > 1 and known:
            # Dates in one merged meeting lie within the tolerance, or come from
            # near-duplicate texts (these generated texts are short, so rarely).
            assert max(known) - min(known) <= dt.timedelta(days=diplomeet.deduplication.TEXT_WINDOW)


@given(
    st.lists(
        meetings(
            participants=st.sampled_from(PEOPLE),
            dates=st.sampled_from(DAYS),
            min_participants=2,
            max_participants=2,
        ),
        max_size=6,
    )
)
@settings(max_examples=100)
def test_meetings_keep_their_sources(ms):
    out = diplomeet.dedupe(ms)
    got = Counter(s for m in out for s in m.sources)
    expected = Counter(
        s
        for i, m in enumerate(ms)
        for s in (m.sources or (diplomeet.MeetingSource(report=i, meeting=0, source="unknown"),))
    )
    assert got == expected
    assert diplomeet.dedupe(out) == out


texts = st.lists(
    st.sampled_from(
        [
            "Wang Yi met Sergey Lavrov in Tashkent on Thursday and they agreed to deepen ties.",
            "Wang Yi met Sergey Lavrov in Tashkent on Thursday and they agreed to deepen ties",
            "WANG YI MET SERGEY LAVROV IN TASHKENT ON THURSDAY, AND THEY AGREED TO DEEPEN TIES.",
            "Penny Wong held phone talks with Wang Yi about trade and the climate.",
            "",
            "Nothing happened.",
        ]
    ),
    max_size=8,
)


@given(texts, st.randoms(use_true_random=False))
def test_near_duplicates_do_not_depend_on_order(ts, rnd):
    order = list(range(len(ts)))
    rnd.shuffle(order)
    first = diplomeet.near_duplicates(ts)
    second = diplomeet.near_duplicates([ts[i] for i in order])
    assert sorted(sorted(order[i] for i in g) for g in second) == sorted(first)
    for g in first:
        assert len({" ".join(re.findall(r"\w+", ts[i].casefold())) for i in g}) == 1


@given(st.lists(reports(), max_size=4))
@settings(max_examples=60)
def test_any_reports_are_deduped_without_error(rs):
    out = diplomeet.dedupe(rs)
    assert sum(len(m.sources) for m in out) == sum(len(r.meetings) for r in rs)
    assert all(isinstance(m, Meeting) for m in out)
    assert all(isinstance(r, Report) for r in rs)
