import json
import subprocess
import sys

import diplomeet
from diplomeet.cli import main


class TestParse:
    def test_sample(self, capsys):
        assert main(["parse", "--sample"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == len(diplomeet.sample_texts()) == 5
        for line in lines:
            d = json.loads(line)
            assert {"source", "title", "published", "meetings"} <= set(d)
            assert diplomeet.to_dict(diplomeet.from_dict(d)) == d

    def test_bad_inputs_do_not_stop_the_others(self, tmp_path, capsys):
        good = tmp_path / "good.txt"
        good.write_text("Nothing happened.", encoding="utf-8")
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"\xff\xfe\x00bad")
        status = main(["parse", str(tmp_path / "missing.txt"), str(tmp_path), str(bad), str(good)])
        out, err = capsys.readouterr()
        assert status == 1
        assert len(out.splitlines()) == 1
        assert "missing.txt: no such file" in err
        assert "is a directory" in err
        assert "bad.txt: not UTF-8" in err

    def test_stdin(self):
        proc = subprocess.run(
            [sys.executable, "-m", "diplomeet", "parse", "-", "--pretty"],
            input=b"Nothing happened.",
            capture_output=True,
            check=True,
        )
        assert json.loads(proc.stdout)["meetings"] == []

    def test_forced_unknown_format(self, tmp_path, capsys):
        f = tmp_path / "a.txt"
        f.write_text("x")
        assert main(["parse", "--source", "nope", str(f)]) == 1
        assert "installed formats" in capsys.readouterr().err

    def test_no_input(self, capsys):
        assert main(["parse"]) == 2


def test_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["$defs"]["Report"]["type"] == "object"


def test_version():
    proc = subprocess.run(
        [sys.executable, "-m", "diplomeet", "--version"], capture_output=True, text=True, check=True
    )
    assert diplomeet.__version__ in proc.stdout


class TestDedupe:
    @staticmethod
    def _jsonl(path, records):
        path.write_text("".join(diplomeet.to_json(r) + "\n" for r in records), encoding="utf-8")
        return path

    def test_reports_in_files_and_directories(self, tmp_path, capsys):
        from test_dedupe import world

        reports, truth = world()
        self._jsonl(tmp_path / "a.jsonl", reports[:5])
        sub = tmp_path / "more"
        sub.mkdir()
        self._jsonl(sub / "b.jsonl", reports[5:9])
        (sub / "c.json").write_text(
            "\n".join(diplomeet.to_json(r, indent=2) for r in reports[9:]), encoding="utf-8"
        )
        (sub / ".hidden.jsonl").write_text("junk", encoding="utf-8")
        (sub / "notes.md").write_text("{junk", encoding="utf-8")
        assert main(["dedupe", str(tmp_path / "a.jsonl"), str(sub)]) == 0
        out, err = capsys.readouterr()
        assert err == ""  # no progress bar when stderr is not a terminal
        merged = [
            diplomeet.from_dict(json.loads(line), diplomeet.Meeting) for line in out.splitlines()
        ]
        assert sorted(sorted((s.report, s.meeting) for s in m.sources) for m in merged) == sorted(
            sorted(g) for g in truth
        )
        assert merged == diplomeet.dedupe(reports)

    def test_its_own_output_back_in(self, tmp_path, capsys):
        from test_dedupe import world

        reports, _ = world()
        self._jsonl(tmp_path / "r.jsonl", reports)
        assert main(["dedupe", str(tmp_path / "r.jsonl")]) == 0
        once = capsys.readouterr().out
        (tmp_path / "m.jsonl").write_text(once, encoding="utf-8")
        assert main(["dedupe", str(tmp_path / "m.jsonl")]) == 0
        assert capsys.readouterr().out == once

    def test_text_files_are_parsed(self, tmp_path, capsys):
        f = tmp_path / "a.txt"
        f.write_text("Nothing happened.", encoding="utf-8")
        assert main(["dedupe", str(f), str(f)]) == 0
        for line in capsys.readouterr().out.splitlines():
            assert {"sources", "participants", "statements"} <= set(json.loads(line))

    def test_bad_inputs_do_not_stop_the_others(self, tmp_path, capsys):
        from test_dedupe import world

        reports, _ = world()
        good = self._jsonl(tmp_path / "good.jsonl", reports[:2])
        bad_json = tmp_path / "bad.jsonl"
        bad_json.write_text(diplomeet.to_json(reports[0]) + "\n{nope\n", encoding="utf-8")
        bad_record = tmp_path / "record.jsonl"
        bad_record.write_text('{"meetings": [{"date": "2022-13-01"}]}\n', encoding="utf-8")
        bad_bytes = tmp_path / "bytes.txt"
        bad_bytes.write_bytes(b"\xff\xfe\x00bad")
        status = main(
            [
                "dedupe",
                str(tmp_path / "missing.txt"),
                str(bad_json),
                str(bad_record),
                str(bad_bytes),
                str(good),
            ]
        )
        out, err = capsys.readouterr()
        assert status == 1
        assert "missing.txt: no such file" in err
        assert "bad.jsonl:2: not JSON" in err
        assert "record.jsonl" in err and "meetings[0].date" in err
        assert "bytes.txt: not UTF-8" in err
        merged = [json.loads(line) for line in out.splitlines()]
        assert [[s["report"] for s in m["sources"]] for m in merged] == [[0, 1]]

    def test_usage_errors(self, tmp_path, capsys):
        assert main(["dedupe"]) == 2
        f = tmp_path / "a.jsonl"
        f.write_text("", encoding="utf-8")
        assert main(["dedupe", "--threshold", "3", str(f)]) == 2
        assert "text_threshold" in capsys.readouterr().err
