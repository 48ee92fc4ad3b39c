import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomeet.text import fold, paragraphs, sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, [(0, len(text))])]


class TestSentences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Wang said so. Lavrov agreed.", ["Wang said so.", "Lavrov agreed."]),
            ("Ties are stable.Stable ties help.", ["Ties are stable.", "Stable ties help."]),
            ("U.S. Secretary of State Blinken spoke.", ["U.S. Secretary of State Blinken spoke."]),
            ("They met on Sept. 16 in Dushanbe.", ["They met on Sept. 16 in Dushanbe."]),
            ("S. Jaishankar met Lavrov.", ["S. Jaishankar met Lavrov."]),
            # Honorifics of India, France, Spain (`Smt.`, `Sh.`, `Mme.`, `Sra.`).
            ("Zarif called on Smt. Sushma Swaraj.", ["Zarif called on Smt. Sushma Swaraj."]),
            (
                "He met Sh. Piyush Goyal and Mme. Colonna.",
                ["He met Sh. Piyush Goyal and Mme. Colonna."],
            ),
            ("Sra. Bárcena met Albares.", ["Sra. Bárcena met Albares."]),
            ("Trade grew 3.5 percent. It will grow.", ["Trade grew 3.5 percent.", "It will grow."]),
            ('"We agree." He said so.', ['"We agree."', "He said so."]),
            (
                "They met in Washington, D.C. The talks went well.",
                ["They met in Washington, D.C.", "The talks went well."],
            ),
            ("No final period here", ["No final period here"]),
            ("Why? Because. ", ["Why?", "Because."]),
            ("First.\n\nSecond paragraph.", ["First.", "Second paragraph."]),
        ],
    )
    def test_split(self, text, expected):
        assert split(text) == expected

    def test_paragraph_index_and_first(self):
        text = "One. Two.\n\nThree."
        ss = sentences(text, [(0, len(text))])
        assert [(s.paragraph, s.first) for s in ss] == [(0, True), (0, False), (1, True)]

    def test_story_spans_are_respected(self):
        text = "Home > News\nWang said so. Lavrov agreed."
        ss = sentences(text, [(12, len(text))])
        assert [text[s.start : s.end] for s in ss] == ["Wang said so.", "Lavrov agreed."]

    @given(st.text(max_size=300))
    def test_spans_are_exact_and_ordered(self, text):
        last = 0
        for s in sentences(text, [(0, len(text))]):
            assert last <= s.start < s.end <= len(text)
            assert text[s.start : s.end] == text[s.start : s.end].strip()
            last = s.end


class TestFold:
    @given(st.text())
    def test_length_is_kept(self, text):
        assert len(fold(text)) == len(text)

    def test_quotes_and_spaces(self):
        assert fold("\u201cA\u201d\u00a0\u2018b\u2019") == "\"A\" 'b'"


def test_paragraphs_trim_and_split():
    text = "  A line.\n \n\nB line.  \n"
    assert [text[s:e] for s, e in paragraphs(text, [(0, len(text))])] == ["A line.", "B line."]


@pytest.mark.parametrize("marker", ["- ", "\u2022 ", "1. ", "(2) ", "a) "])
def test_a_list_item_opens_a_sentence_after_a_line_ending_in_a_semicolon(marker):
    text = f"The two sides:\n{marker}agreed to trade more;\n{marker}agreed to meet again."
    got = [text[s.start : s.end] for s in sentences(text, [(0, len(text))])]
    assert got == [
        "The two sides:",
        f"{marker}agreed to trade more;",
        f"{marker}agreed to meet again.",
    ]
