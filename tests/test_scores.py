"""The parser scored against annotated reports: the seeds and the project's own corpus.

`tests/scorer.py` is a verbatim copy of the shared scorer; `tests/seeds/` holds the
five seed reports with their annotations and `tests/reports/` the project-written
corpus (see its README).
"""

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("diplomeet_scorer", HERE / "scorer.py")
assert _spec is not None
assert _spec.loader is not None
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)


def score(capsys: pytest.CaptureFixture[str], gold: Path) -> dict:
    status = scorer.main([str(gold), "--json"])
    summary = json.loads(capsys.readouterr().out)
    summary["status"] = status
    return summary


def fraction(summary: dict, field: str) -> float:
    ok, n = summary["fields"][field].split("/")
    return int(ok) / int(n)


def test_seeds(capsys):
    s = score(capsys, HERE / "seeds" / "gold")
    assert s["crashes"] == 0
    assert s["meeting_fields"] == 1.0
    assert s["attribution"] >= 0.97
    assert fraction(s, "span") == 1.0
    assert fraction(s, "names.consistent") == 1.0


def test_corpus(capsys):
    s = score(capsys, HERE / "reports" / "gold")
    assert s["crashes"] == 0
    assert s["meeting_fields"] >= 0.9
    assert s["said"] >= 0.9
    assert s["unsaid"] >= 0.95
    assert fraction(s, "span") == 1.0
    assert fraction(s, "source") == 1.0
    assert fraction(s, "no_meeting") == 1.0


@pytest.mark.parametrize(
    ("corpus", "meeting", "said"),
    [
        ("reports2", 0.94, 0.9),
        ("reports3", 0.96, 0.91),
        ("reports4", 0.9, 0.84),
        ("reports5", 0.89, 0.86),
        ("reports6", 0.88, 0.86),
        ("reports7", 0.91, 0.85),
        ("reports8", 0.8, 0.85),
        ("reports9", 0.91, 0.86),
        ("reports10", 0.85, 0.82),
        ("reports11", 0.81, 0.73),
        ("reports12", 0.79, 0.82),
        ("reports13", 0.77, 0.8),
        ("reports14", 0.8, 0.9),
        ("reports15", 0.85, 0.78),
        ("reports16", 0.78, 0.8),
        ("reports17", 0.92, 0.91),
        ("reports18", 0.83, 0.77),
        ("reports19", 0.77, 0.7),
    ],
)
def test_held_out_corpora(capsys, corpus, meeting, said):
    """The corpora written without looking at the parser: floors a little below today."""
    s = score(capsys, HERE / corpus / "gold")
    assert s["crashes"] == 0
    assert s["meeting_fields"] >= meeting
    assert s["said"] >= said
    assert s["unsaid"] >= 0.95
    assert fraction(s, "span") == 1.0
