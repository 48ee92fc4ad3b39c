import datetime as dt
import json

import jsonschema
import pytest

import diplomeet
from diplomeet import (
    Attribution,
    Meeting,
    MeetingMode,
    Person,
    Report,
    Statement,
    StatementKind,
)

WANG = Person(name="Wang Yi", country="CHN", title="Foreign Minister", mentions=("Wang",))
REPORT = Report(
    source="mfa",
    title="Wang Yi Meets with Lavrov",
    published=dt.date(2021, 7, 15),
    meetings=(
        Meeting(
            date=dt.date(2021, 7, 15),
            mode=MeetingMode.PHONE,
            participants=(WANG,),
            statements=(
                Statement(
                    text="Wang said so.",
                    span=(3, 16),
                    kind=StatementKind.INDIRECT,
                    attribution=Attribution(speakers=(WANG,), cue="said", mention="Wang"),
                ),
            ),
        ),
    ),
    length=100,
)


class TestRoundTrip:
    def test_dict(self):
        assert diplomeet.from_dict(diplomeet.to_dict(REPORT)) == REPORT

    def test_json(self):
        assert diplomeet.from_json(diplomeet.to_json(REPORT)) == REPORT

    def test_dict_is_plain_json(self):
        """to_dict output survives json.dumps/loads unchanged (no enums, dates or tuples)."""
        d = diplomeet.to_dict(REPORT)
        assert json.loads(json.dumps(d)) == d
        assert d["meetings"][0]["mode"] == "phone"
        assert type(d["meetings"][0]["mode"]) is str
        assert d["published"] == "2021-07-15"
        assert d["meetings"][0]["statements"][0]["span"] == [3, 16]

    def test_contract_keys(self):
        d = diplomeet.to_dict(REPORT)
        assert {"source", "title", "published", "meetings"} <= set(d)
        m = d["meetings"][0]
        assert {"date", "mode", "place", "host", "occasion", "participants", "statements"} <= set(m)
        assert {"name", "country", "title"} <= set(m["participants"][0])
        st = m["statements"][0]
        assert {"text", "kind", "span", "attribution"} <= set(st)
        assert {"speakers", "cue", "mention"} <= set(st["attribution"])

    def test_jsonl(self, tmp_path):
        path = tmp_path / "r.jsonl"
        assert diplomeet.write_jsonl([REPORT, REPORT], path) == 2
        assert list(diplomeet.read_jsonl(path)) == [REPORT, REPORT]

    def test_meeting_record(self):
        m = REPORT.meetings[0]
        assert diplomeet.from_dict(diplomeet.to_dict(m), Meeting) == m


class TestMalformed:
    def test_every_problem_with_its_path(self):
        bad = {
            "source": "mfa",
            "meetings": [
                {"date": "2021-13-01", "mode": "boat", "participants": [{"country": "CHN"}]}
            ],
            "surplus": 1,
        }
        with pytest.raises(diplomeet.MalformedRecordError) as info:
            diplomeet.from_dict(bad)
        msg = str(info.value)
        assert "meetings[0].date:" in msg
        assert "meetings[0].mode:" in msg
        assert "meetings[0].participants[0].name: required field missing" in msg
        assert "surplus" in msg
        assert len(info.value.problems) == 4

    def test_is_a_diplomeet_error_and_a_value_error(self):
        with pytest.raises(diplomeet.DiplomeetError):
            diplomeet.from_dict({"meetings": []})
        with pytest.raises(ValueError, match="source: required field missing"):
            diplomeet.from_dict({"meetings": []})

    @pytest.mark.parametrize("data", [None, [], "x", 3])
    def test_not_an_object(self, data):
        with pytest.raises(diplomeet.MalformedRecordError, match="expected a JSON object"):
            diplomeet.from_dict(data)

    def test_bad_span_and_country(self):
        bad = {
            "source": "x",
            "meetings": [
                {
                    "host": "cn",
                    "statements": [{"text": "a", "span": [5, 2]}],
                }
            ],
        }
        with pytest.raises(diplomeet.MalformedRecordError) as info:
            diplomeet.from_dict(bad)
        assert any("start <= end" in p for p in info.value.problems)

    def test_not_json(self):
        with pytest.raises(diplomeet.MalformedRecordError, match="not JSON"):
            diplomeet.from_json("{")

    def test_jsonl_names_the_line(self, tmp_path):
        path = tmp_path / "r.jsonl"
        path.write_text(diplomeet.to_json(REPORT) + "\n\n{}\n")
        with pytest.raises(diplomeet.MalformedRecordError, match=r"r.jsonl:3: source"):
            list(diplomeet.read_jsonl(path))


class TestSchema:
    def test_output_validates(self):
        jsonschema.validate(diplomeet.to_dict(REPORT), diplomeet.json_schema())

    def test_schema_rejects_bad_output(self):
        d = diplomeet.to_dict(REPORT)
        d["meetings"][0]["mode"] = "carrier pigeon"
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(d, diplomeet.json_schema())

    def test_samples_validate(self, seed_texts):
        schema = diplomeet.json_schema()
        for text in seed_texts.values():
            jsonschema.validate(diplomeet.to_dict(diplomeet.parse(text)), schema)
