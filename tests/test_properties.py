"""Round-trip properties over diplomeet's own strategies."""

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomeet
from diplomeet import strategies as ds

pytestmark = pytest.mark.property

SCHEMA = diplomeet.json_schema()


@given(ds.reports())
def test_dict_round_trip(report):
    assert diplomeet.from_dict(diplomeet.to_dict(report)) == report


@given(ds.reports())
def test_json_round_trip(report):
    assert diplomeet.from_json(diplomeet.to_json(report)) == report


@given(ds.reports())
def test_output_matches_schema(report):
    jsonschema.validate(diplomeet.to_dict(report), SCHEMA)


@given(ds.meetings())
def test_meeting_round_trip(meeting):
    assert diplomeet.from_dict(diplomeet.to_dict(meeting), diplomeet.Meeting) == meeting


@given(st.from_type(diplomeet.Report))
def test_from_type_is_registered(report):
    assert isinstance(report, diplomeet.Report)


@given(ds.meetings(min_participants=1))
def test_speakers_are_participants(meeting):
    names = {p.name for p in meeting.participants}
    for s in meeting.statements:
        assert {p.name for p in s.attribution.speakers} <= names


def test_strategy_arguments_are_validated():
    @given(ds.people(names="Wang Yi"))
    def draw_one(person):
        pass

    with pytest.raises(TypeError, match="must be a hypothesis strategy"):
        draw_one()
