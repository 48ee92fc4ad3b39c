"""`near_duplicates` and `dedupe` on hand-made reports of real-looking meetings."""

import datetime as dt
import itertools
import json
import subprocess
import sys
from pathlib import Path

import attrs
import numpy as np
import pytest

import diplomeet
from diplomeet import (
    Attribution,
    Caption,
    Dateline,
    Meeting,
    MeetingSource,
    Occasion,
    Person,
    Place,
    Report,
    Statement,
    StatementKind,
    _minhash,
)
from diplomeet.deduplication import story_text

REPORTS = Path(__file__).parent / "dedupe_reports"

WANG = Person(name="Wang Yi", country="CHN", title="Foreign Minister")
LAVROV = Person(name="Sergey Lavrov", country="RUS", title="Foreign Minister")
LAVROV_XINHUA = Person(name="Sergei Lavrov", country="RUS", title="Russian Foreign Minister")
SAIDOV = Person(name="Bakhtiyor Saidov", country="UZB", title="Foreign Minister")
LI_QIANG = Person(name="Li Qiang", country="CHN", title="Premier")
LI_KEQIANG = Person(name="Li Keqiang", country="CHN", title="Premier")
SCHOLZ = Person(name="Olaf Scholz", country="DEU", title="Chancellor")
TASHKENT = Place(city="Tashkent", country="UZB")
SCO = Occasion(name="SCO Council of Foreign Ministers meeting", acronym="SCO")
G20 = Occasion(name="G20 Foreign Ministers' Meeting", acronym="G20")
DAY = dt.date(2022, 7, 28)
BALI_DAY = dt.date(2022, 7, 7)


def said(text, *speakers, at=0, kind=StatementKind.INDIRECT):
    return Statement(
        text=text,
        span=(at, at + len(text)),
        kind=kind,
        attribution=Attribution(speakers=speakers, cue="said"),
    )


READOUT = [
    said(
        "Wang Yi said that China is willing to work with Russia to deepen strategic "
        "coordination and practical cooperation in energy, trade and connectivity.",
        WANG,
        at=310,
    ),
    said(
        "Sergey Lavrov said that Russia firmly supports China's position on Taiwan and "
        "opposes any interference in China's internal affairs.",
        LAVROV,
        at=480,
    ),
]
WIRE = [
    said(
        "China is ready to work with Russia to deepen strategic coordination and practical "
        "cooperation in trade, energy and connectivity, Wang said.",
        WANG,
        at=220,
    ),
    said(
        "Russia firmly backs China on the Taiwan question and opposes interference in "
        "China's internal affairs, Lavrov said.",
        LAVROV_XINHUA,
        at=380,
    ),
    said(
        "The two sides also exchanged views on the situation in Afghanistan and on the "
        "preparations for the summit of the organization in Samarkand in September.",
        WANG,
        LAVROV_XINHUA,
        at=520,
        kind=StatementKind.JOINT,
    ),
]
CAPTION = Caption(
    text="Chinese State Councilor and Foreign Minister Wang Yi (R) meets with Russian Foreign "
    "Minister Sergei Lavrov in Tashkent, Uzbekistan, July 28, 2022. (Xinhua/Li Yong)",
    span=(60, 200),
    credit="Xinhua/Li Yong",
)


def told(source, published, *meetings, **kw):
    return Report(source=source, published=published, meetings=meetings, **kw)


def world():
    """Reports of eight real meetings, with the traps of the issue; and the true clusters."""
    tashkent = Meeting(
        date=DAY, place=TASHKENT, occasion=SCO, participants=(WANG, LAVROV), statements=READOUT
    )
    wire = Meeting(date=DAY, place=TASHKENT, participants=(WANG, LAVROV_XINHUA), statements=WIRE)
    bali = Meeting(
        date=BALI_DAY,
        place=Place(city="Bali", country="IDN"),
        occasion=G20,
        participants=(LAVROV, WANG),
    )
    saidov = Meeting(date=DAY, place=TASHKENT, occasion=SCO, participants=(WANG, SAIDOV))
    next_day = DAY + dt.timedelta(days=1)
    berlin = Place(city="Berlin", country="DEU")
    reports = [
        # 0: the ministry's readout
        told(
            "mfa",
            DAY,
            tashkent,
            url="https://mfa.example/1.html",
            title="Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
        ),
        # 1: the Xinhua wire, naming Lavrov its own way
        told(
            "xinhua",
            DAY,
            wire,
            url="https://xinhua.example/2.html",
            captions=(CAPTION,),
            title="Chinese, Russian FMs meet in Tashkent",
        ),
        # 2: CGTN's copy of the wire, a day later; its parse found no date and no place
        told(
            "cgtn",
            next_day,
            attrs.evolve(wire, date=None, place=None),
            captions=(CAPTION,),
            title="Chinese, Russian FMs meet in Tashkent",
        ),
        # 3: a machine translation: a day off, a truncated city; it recalls the Bali meeting
        told(
            "generic",
            next_day,
            Meeting(date=next_day, place=Place(city="Tashken"), participants=(WANG, LAVROV)),
            Meeting(date=BALI_DAY, place=Place(city="Bali"), participants=(WANG, LAVROV)),
        ),
        # 4: the trap: the same day and city, another counterpart
        told("mfa", DAY, saidov, title="Wang Yi Meets with Uzbek Foreign Minister"),
        # 5: the trap told by the wire
        told("xinhua", DAY, attrs.evolve(saidov, occasion=None)),
        # 6: the Bali meeting, three weeks earlier: the same people on another occasion
        told("xinhua", BALI_DAY, bali),
        # 7: the same people by phone, the same day: another meeting
        told("mfa", DAY, Meeting(date=DAY, mode="phone", participants=(WANG, LAVROV))),
        # 8: the same people the next day in another city: another meeting
        told(
            "mfa",
            next_day,
            Meeting(
                date=next_day,
                place=Place(city="Moscow", country="RUS"),
                participants=(WANG, LAVROV),
            ),
        ),
        # 9 and 10: two premiers whose names are close, the same day and place
        told("xinhua", DAY, Meeting(date=DAY, place=berlin, participants=(LI_QIANG, SCHOLZ))),
        told("xinhua", DAY, Meeting(date=DAY, place=berlin, participants=(LI_KEQIANG, SCHOLZ))),
        # 11: an undated telling whose city agrees and whose publication day is near
        told("generic", DAY, Meeting(place=Place(city="Tashkent"), participants=(LAVROV, WANG))),
        # 12: an undated telling with nothing to tie it: left alone
        told("generic", DAY, Meeting(participants=(LAVROV, WANG))),
    ]
    truth = [
        {(0, 0), (1, 0), (2, 0), (3, 0), (11, 0)},
        {(3, 1), (6, 0)},
        {(4, 0), (5, 0)},
        {(7, 0)},
        {(8, 0)},
        {(9, 0)},
        {(10, 0)},
        {(12, 0)},
    ]
    return reports, truth


def clusters(result):
    return [{(s.report, s.meeting) for s in m.sources} for m in result]


def pairs(groups):
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}


class TestNearDuplicates:
    TEXT = (
        "Chinese State Councilor and Foreign Minister Wang Yi and Russian Foreign Minister "
        "Sergei Lavrov made a common commitment on Thursday to strengthen cooperation in "
        "various fields between the two countries, and agreed to deepen coordination on "
        "Afghanistan."
    )

    def test_copies_are_grouped_and_other_stories_are_not(self):
        """A reprint with other case and punctuation is grouped; another story is not."""
        texts = [
            self.TEXT,
            "A story about the weather in Beijing, which was hot and humid all week long.",
            self.TEXT.upper().replace(",", ""),
            "",
            self.TEXT + " Editor: Li",
        ]
        assert diplomeet.near_duplicates(texts) == [[0, 2, 4]]

    def test_threshold(self):
        """A reprint that keeps half of the story is grouped at a low threshold only."""
        half = self.TEXT[: len(self.TEXT) // 2]
        assert diplomeet.near_duplicates([self.TEXT, half], threshold=0.95) == []
        assert diplomeet.near_duplicates([self.TEXT, half], threshold=0.3) == [[0, 1]]

    def test_reports_use_their_story_text(self):
        """A report stands for its title, captions and statements."""
        reports, _ = world()
        assert story_text(reports[1]).splitlines()[:2] == [reports[1].title, CAPTION.text]
        groups = diplomeet.near_duplicates(reports)
        assert [1, 2] in groups
        assert not any(0 in g for g in groups)  # the readout is worded otherwise

    def test_a_stream_is_read_once(self):
        """Any iterable will do, a generator included."""
        gen = (t for t in [self.TEXT, self.TEXT])
        assert diplomeet.near_duplicates(gen) == [[0, 1]]

    def test_empty_texts_are_never_grouped(self):
        assert diplomeet.near_duplicates(["", "", "  ", "..."]) == []

    @pytest.mark.parametrize("threshold", [0.0, -1.0, 1.5])
    def test_bad_threshold(self, threshold):
        with pytest.raises(ValueError, match="threshold"):
            diplomeet.near_duplicates([], threshold=threshold)

    def test_signatures_are_the_same_in_another_process(self):
        """No `hash()`: a new interpreter (another hash seed) computes the same signature."""
        code = (
            "from diplomeet import _minhash; b = _minhash.SignatureBuilder(); "
            f"b.add({self.TEXT!r}); print(b.finish()[0][0].tolist())"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": "12345"},
        ).stdout
        b = _minhash.SignatureBuilder()
        b.add(self.TEXT)
        assert out.strip() == str(b.finish()[0][0].tolist())

    def test_banding_alone_never_joins_dissimilar_texts(self):
        """With one row per band, texts that share a few shingles collide, and stay apart."""
        words = self.TEXT.split()
        texts = [" ".join(words[:12] + ["alpha"] * 30), " ".join(words[:12] + ["omega"] * 30)]
        b = _minhash.SignatureBuilder()
        for t in texts:
            b.add(t)
        sig, valid = b.finish()
        ids = np.arange(2, dtype=np.int64)
        assert len(_minhash._candidates(sig, ids, 128, 1)) == 1  # a band collision
        labels = _minhash.components(sig, valid, 0.8, bands=128, rows=1)
        assert labels.tolist() == [0, 1]

    def test_lsh_params(self):
        bands, rows = _minhash.lsh_params(0.5, 128)
        assert bands * rows <= 128
        assert bands > _minhash.lsh_params(0.9, 128)[0]


class TestDedupe:
    def test_one_record_per_meeting_and_no_trap_merged(self):
        """Every telling of a meeting merged, the traps kept apart: pair F1 is 1."""
        reports, truth = world()
        got = clusters(diplomeet.dedupe(reports))
        assert pairs(got) == pairs(truth)
        assert sorted(map(sorted, got)) == sorted(map(sorted, truth))

    def test_sources_keep_provenance(self):
        reports, _ = world()
        first = diplomeet.dedupe(reports)[0]
        assert first.sources[0] == MeetingSource(
            report=0,
            meeting=0,
            source="mfa",
            url="https://mfa.example/1.html",
            published=DAY,
            title="Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
        )
        assert [s.source for s in first.sources] == ["mfa", "xinhua", "cgtn", "generic", "generic"]

    def test_fields_come_from_the_most_agreed_and_specific_source(self):
        """The date most tellings give, the full place, the occasion only the readout has."""
        reports, _ = world()
        m = diplomeet.dedupe(reports)[0]
        assert m.date == DAY
        assert m.place == TASHKENT
        assert m.occasion == SCO
        assert m.disagreements == (
            diplomeet.Disagreement(field="date", values=("2022-07-28", "2022-07-29")),
        )

    def test_canonical_people(self):
        """Spellings of one person become the most used one; the others are kept as mentions."""
        reports, _ = world()
        m = diplomeet.dedupe(reports)[0]
        assert [p.name for p in m.participants] == ["Wang Yi", "Sergey Lavrov"]
        lavrov = m.participants[1]
        assert "Sergei Lavrov" in lavrov.mentions
        assert lavrov.title == "Foreign Minister"  # three tellings to two
        for s in m.statements:
            assert "Sergei Lavrov" not in {p.name for p in s.attribution.speakers}

    def test_statements_are_aligned_and_none_is_lost(self):
        reports, _ = world()
        m = diplomeet.dedupe(reports)[0]
        assert len(m.statements) == 3
        wang, lavrov, joint = m.statements
        assert wang.text == READOUT[0].text  # the ministry's telling leads
        assert [(s.report, s.text, s.span) for s in wang.sources] == [
            (0, READOUT[0].text, READOUT[0].span),
            (1, WIRE[0].text, WIRE[0].span),
            (2, WIRE[0].text, WIRE[0].span),
        ]
        assert [s.report for s in lavrov.sources] == [0, 1, 2]
        assert joint.kind is StatementKind.JOINT
        assert [s.report for s in joint.sources] == [1, 2]  # only the wire had it: it stays

    def test_statements_of_other_speakers_are_not_aligned(self):
        a = Meeting(
            date=DAY,
            place=TASHKENT,
            participants=(WANG, LAVROV),
            statements=(said(READOUT[0].text, WANG),),
        )
        b = Meeting(
            date=DAY,
            place=TASHKENT,
            participants=(WANG, LAVROV),
            statements=(said(READOUT[0].text, LAVROV),),
        )
        (m,) = diplomeet.dedupe(
            [Report(source="mfa", meetings=(a,)), Report(source="cgtn", meetings=(b,))]
        )
        assert len(m.statements) == 2

    def test_idempotent(self):
        reports, _ = world()
        once = diplomeet.dedupe(reports)
        assert diplomeet.dedupe(once) == once
        wrapped = [Report(source="mfa", meetings=(m,)) for m in once]
        assert len(diplomeet.dedupe(wrapped)) == len(once)

    def test_order_of_input(self):
        reports, truth = world()
        order = list(reversed(range(len(reports))))
        got = clusters(diplomeet.dedupe([reports[i] for i in order]))
        back = [{(order[r], j) for r, j in g} for g in got]
        assert pairs(back) == pairs(truth)

    def test_dates_do_not_chain(self):
        """Tellings a day apart each, three days in all, are not one meeting."""
        tell = [
            Report(
                source="generic",
                meetings=(Meeting(date=DAY + dt.timedelta(days=d), participants=(WANG, LAVROV)),),
            )
            for d in (0, 1, 2)
        ]
        assert len(diplomeet.dedupe(tell)) == 2

    def test_tolerance(self):
        tell = [
            Report(
                source="generic",
                meetings=(Meeting(date=DAY + dt.timedelta(days=d), participants=(WANG, LAVROV)),),
            )
            for d in (0, 1)
        ]
        assert len(diplomeet.dedupe(tell)) == 1
        assert len(diplomeet.dedupe(tell, tolerance=0)) == 2
        assert len(diplomeet.dedupe(tell, tolerance=dt.timedelta(days=0))) == 2

    def test_meetings_of_one_report_are_never_merged(self):
        """A report that tells two meetings of the same people a day apart means two."""
        r = Report(
            source="xinhua",
            meetings=(
                Meeting(date=DAY, participants=(WANG, LAVROV)),
                Meeting(date=DAY + dt.timedelta(days=1), participants=(WANG, LAVROV)),
            ),
        )
        assert len(diplomeet.dedupe([r])) == 2

    def test_a_lone_participant_is_not_enough(self):
        tell = [Report(source="generic", meetings=(Meeting(date=DAY, participants=(WANG,)),))] * 2
        assert len(diplomeet.dedupe(tell)) == 2
        nobody = [Report(source="generic", meetings=(Meeting(date=DAY),))] * 2
        assert len(diplomeet.dedupe(nobody)) == 2

    def test_undated_needs_a_near_publication_day(self):
        far = Report(
            source="generic",
            published=DAY + dt.timedelta(days=5),
            meetings=(Meeting(place=Place(city="Tashkent"), participants=(WANG, LAVROV)),),
        )
        near = attrs.evolve(far, published=DAY)
        dated = Report(
            source="mfa", meetings=(Meeting(date=DAY, place=TASHKENT, participants=(WANG, LAVROV)),)
        )
        assert len(diplomeet.dedupe([dated, far])) == 2
        assert len(diplomeet.dedupe([dated, near])) == 1

    def test_organisation_people(self):
        """People with no country (the EU, the UN) are matched by name."""
        borrell = Person(name="Josep Borrell", organization="EU")
        tell = [
            Report(source=s, meetings=(Meeting(date=DAY, participants=(WANG, borrell)),))
            for s in ("mfa", "xinhua")
        ]
        (m,) = diplomeet.dedupe(tell)
        assert m.participants[1].country is None

    def test_names_in_another_form(self):
        """Accents, case, a middle name: one person. A lone common surname: not guessed."""
        forms = [
            Person(name="SERGEY LAVROV", country="RUS"),
            Person(name="Sergey Viktorovich Lavrov", country="RUS"),
            Person(name="Sérgey Lavrov", country="RUS"),
        ]
        tell = [
            Report(source="generic", meetings=(Meeting(date=DAY, participants=(WANG, p)),))
            for p in forms
        ]
        assert len(diplomeet.dedupe(tell)) == 1
        wangs = [Person(name="Wang", country="CHN"), Person(name="Wang Wentao", country="CHN")]
        tell = [
            Report(source="generic", meetings=(Meeting(date=DAY, participants=(p, LAVROV)),))
            for p in [WANG, *wangs]
        ]
        assert len(diplomeet.dedupe(tell)) == 3

    def test_meetings_as_input_keep_their_sources(self):
        src = MeetingSource(report=7, meeting=1, source="mfa")
        a = Meeting(date=DAY, participants=(WANG, LAVROV), sources=(src,))
        b = Meeting(date=DAY, participants=(WANG, LAVROV))
        (m,) = diplomeet.dedupe([a, b])
        assert m.sources == (MeetingSource(report=1, meeting=0, source="unknown"), src)

    def test_report_meetings_get_fresh_sources(self):
        """Whatever sources a report's meeting carries, it is told by that report."""
        stale = Meeting(
            date=DAY,
            participants=(WANG, LAVROV),
            sources=(MeetingSource(report=9, meeting=9, source="mfa"),),
        )
        (m,) = diplomeet.dedupe([Report(source="cgtn", meetings=(stale,))])
        assert m.sources == (MeetingSource(report=0, meeting=0, source="cgtn"),)

    def test_json_shape(self):
        reports, _ = world()
        m = diplomeet.dedupe(reports)[0]
        d = diplomeet.to_dict(m)
        assert d["sources"][0] == {
            "report": 0,
            "meeting": 0,
            "source": "mfa",
            "url": "https://mfa.example/1.html",
            "published": "2022-07-28",
            "title": "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
        }
        assert diplomeet.from_dict(d, Meeting) == m

    def test_empty_and_streamed_input(self):
        assert diplomeet.dedupe([]) == []
        reports, truth = world()
        assert len(diplomeet.dedupe(r for r in reports)) == len(truth)

    def test_bad_input(self):
        with pytest.raises(TypeError, match="position 1"):
            diplomeet.dedupe([Report(source="mfa"), "text"])  # type: ignore[list-item]
        with pytest.raises(ValueError, match="tolerance"):
            diplomeet.dedupe([], tolerance=-1)
        with pytest.raises(ValueError, match="text_threshold"):
            diplomeet.dedupe([], text_threshold=2.0)
        with pytest.raises(ValueError, match="name_threshold"):
            diplomeet.dedupe([], name_threshold=101)

    def test_a_dateline_without_a_year(self):
        """A wire copy dated `VIENTIANE, July 25 (Xinhua)`, no year, joins the meeting it fits."""
        vientiane = Place(city="Vientiane", country="LAO")
        dated = told(
            "mfa",
            None,
            Meeting(date=dt.date(2024, 7, 25), place=vientiane, participants=(WANG, LAVROV)),
        )
        wire = Report(
            source="xinhua",
            dateline=Dateline(city="Vientiane", country="LAO", month=7, day=25),
            meetings=(Meeting(place=vientiane, participants=(WANG, LAVROV)),),
        )
        assert len(diplomeet.dedupe([dated, wire])) == 1
        # Nothing agrees but the day: left alone.
        elsewhere = attrs.evolve(wire, meetings=(Meeting(participants=(WANG, LAVROV)),))
        assert len(diplomeet.dedupe([dated, elsewhere])) == 2
        # The same day and city of another year fits too: ambiguous, left alone.
        year_before = told(
            "mfa",
            None,
            Meeting(date=dt.date(2023, 7, 25), place=vientiane, participants=(WANG, LAVROV)),
        )
        assert len(diplomeet.dedupe([dated, wire, year_before])) == 3


class TestParsedReports:
    def test_reports_of_several_outlets(self):
        """Texts in each outlet's layout, parsed: no trap merged, and every pair found.

        Two Wang Yi–Lavrov meetings three weeks apart, and Wang Yi meeting Penny
        Wong in Vientiane the day of the first; wire copies with no year.
        """
        names = sorted(p.name for p in REPORTS.glob("*.txt"))
        reports = [diplomeet.parse((REPORTS / n).read_text(encoding="utf-8")) for n in names]
        got = [[names[s.report] for s in m.sources] for m in diplomeet.dedupe(reports)]
        truth = json.loads((REPORTS / "clusters.json").read_text(encoding="utf-8"))
        real = {n: k for k, group in enumerate(truth) for n in group}
        assert all(len({real[n] for n in g}) == 1 for g in got)  # no trap merged
        found, wanted = pairs(got), pairs(truth)
        assert found == wanted, sorted(map(sorted, got))


class TestPeople:
    def test_a_lone_surname_joins_the_only_full_name_of_its_country(self):
        tell = [
            told("mfa", DAY, Meeting(date=DAY, participants=(WANG, LAVROV))),
            told(
                "generic",
                DAY,
                Meeting(
                    date=DAY,
                    participants=(
                        Person(name="Wang", country="CHN"),
                        Person(name="Lavrov", country="RUS"),
                    ),
                ),
            ),
            # The same surname in another country names someone else.
            told(
                "generic",
                DAY,
                Meeting(date=DAY, participants=(Person(name="Wang", country="SGP"), LAVROV)),
            ),
        ]
        out = diplomeet.dedupe(tell)
        assert [[s.report for s in m.sources] for m in out] == [[0, 1], [2]]
        assert [p.name for p in out[0].participants] == ["Wang Yi", "Sergey Lavrov"]


class TestUndated:
    def test_an_undated_call_joins_the_only_call_it_fits(self):
        """A call's place is no evidence: an undated telling joins the one call near its day."""
        call = told("mfa", DAY, Meeting(date=DAY, mode="phone", participants=(WANG, LAVROV)))
        copy = told(
            "generic",
            DAY + dt.timedelta(days=1),
            Meeting(mode="phone", participants=(LAVROV, WANG)),
        )
        assert len(diplomeet.dedupe([call, copy])) == 1
        # Two calls two days apart, the copy published between them: which one? Neither.
        later = told(
            "mfa",
            DAY + dt.timedelta(days=2),
            Meeting(date=DAY + dt.timedelta(days=2), mode="phone", participants=(WANG, LAVROV)),
        )
        assert len(diplomeet.dedupe([call, copy, later])) == 3
