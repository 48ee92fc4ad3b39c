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
