"""Run every code example of the documentation, so that the docs cannot drift from the code.

Each page `docs/**/*.md` runs top to bottom in a temporary directory of its own
(the current directory, and first on `sys.path`), with one namespace for all
its Python blocks:

- a ```` ```pycon ```` block, or a ```` ```python ```` block that starts with
  `>>>`, is a doctest: its output is checked (`...` stands for any text);
- any other ```` ```python ```` block is executed;
- a ```` ```python title="NAME.py" ```` block is written to that file instead of
  being run: a module that later blocks import;
- in a ```` ```console ```` block each `$ COMMAND` line runs in bash (with this
  Python's scripts first on `PATH`) and its output, stdout and stderr, must
  match the lines under it (again with `...` for any text);
- a block right after a `<!-- docs-test: skip -->` line is not run.

Blocks of other languages (`sh`, `toml`, `json`, `text`) are shown, not run;
the `toml` block of the Source formats page is checked by
`test_the_entry_point_example_loads` instead.
"""

from __future__ import annotations

import doctest
import importlib
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import diplomeet
from diplomeet.formats import _registry

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
SKIP_MARK = "<!-- docs-test: skip -->"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,})(?P<info>[^`\n]*)$")


@dataclass(frozen=True)
class Block:
    """One fenced code block of a page."""

    page: str
    line: int
    lang: str
    title: str | None
    code: str
    skipped: bool

    @property
    def where(self) -> str:
        return f"docs/{self.page}:{self.line}"


def blocks(page: str, root: Path = DOCS) -> Iterator[Block]:
    """The fenced blocks of a page, in order, dedented to their fence."""
    lines = (root / page).read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = m["indent"], m["fence"], m["info"].strip()
        start = i
        body = []
        i += 1
        while i < len(lines) and lines[i].strip() != fence:
            line = lines[i]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            i += 1
        i += 1
        lang = info.split()[0].lstrip(".") if info else ""
        title = re.search(r'title="([^"]*)"', info)
        before = lines[start - 1].strip() if start else ""
        yield Block(
            page=page,
            line=start + 1,
            lang=lang,
            title=title[1] if title else None,
            code="\n".join(body) + "\n",
            skipped=before == SKIP_MARK,
        )


def _doctest(block: Block, namespace: dict[str, object]) -> None:
    test = doctest.DocTestParser().get_doctest(
        block.code, namespace, block.where, block.where, block.line
    )
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    out: list[str] = []
    runner.run(test, out=out.append, clear_globs=False)
    namespace.update(test.globs)  # DocTest works on a copy: later blocks see these names
    assert not runner.failures, f"{block.where}: the example's output changed\n" + "".join(out)


def _console(block: Block, cwd: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("COLUMNS", None)
    checker = doctest.OutputChecker()
    commands: list[tuple[str, list[str]]] = []
    for line in block.code.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
        else:
            pytest.fail(f"{block.where}: a console block must start with a `$ ` command")
    for command, want_lines in commands:
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=300,
            check=False,
        )
        want = "\n".join(want_lines).strip("\n") + "\n"
        got = done.stdout.strip("\n") + "\n"
        assert checker.check_output(want, got, FLAGS), (
            f"{block.where}: `{command}` printed\n{got}\nbut the docs show\n{want}"
        )


def run_page(page: str, cwd: Path, root: Path = DOCS) -> int:
    """Run every block of a page in `cwd`; returns how many blocks ran."""
    namespace: dict[str, object] = {"__name__": f"docs.{page}"}
    ran = 0
    for block in blocks(page, root):
        if block.skipped:
            continue
        if block.lang == "python" and block.title and block.title.endswith(".py"):
            (cwd / block.title).write_text(block.code, encoding="utf-8")
        elif block.lang == "pycon" or (block.lang == "python" and block.code.startswith(">>>")):
            _doctest(block, namespace)
        elif block.lang == "python":
            code = compile(block.code, block.where, "exec")
            exec(code, namespace)
        elif block.lang == "console":
            _console(block, cwd)
        else:
            continue
        ran += 1
    return ran


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """A scratch directory first on sys.path; formats registered meanwhile are forgotten."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    registered = dict(_registry._registered)
    modules = set(sys.modules)
    yield tmp_path
    _registry._registered.clear()
    _registry._registered.update(registered)
    for name in set(sys.modules) - modules:
        if getattr(sys.modules[name], "__file__", None) and str(tmp_path) in str(
            sys.modules[name].__file__
        ):
            del sys.modules[name]
    _registry.refresh_formats()


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page, sandbox):
    run_page(page, sandbox)


def test_the_pages_have_examples():
    # The harness must see the examples: a change of fence style would silently run nothing.
    runnable = {"python", "pycon", "console"}
    counts = {p: sum(b.lang in runnable and not b.skipped for b in blocks(p)) for p in PAGES}
    for page in ["index.md", "getting-started.md", "data-model.md", "formats.md"]:
        assert counts[page] >= 2, (page, counts[page])
    for page in ["attribution.md", "strategies.md", "cli.md"]:
        assert counts[page] >= 1, (page, counts[page])


def test_skip_marks_are_rare():
    skipped = [b.where for p in PAGES for b in blocks(p) if b.skipped]
    assert len(skipped) <= 2, skipped


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("```pycon\n>>> 1 + 1\n3\n```\n", "output changed"),
        ("```python\nassert 1 + 1 == 3, 'sums'\n```\n", "sums"),
        ("```console\n$ echo two\nthree\n```\n", "but the docs show"),
    ],
)
def test_the_harness_catches_a_wrong_example(tmp_path, text, error):
    (tmp_path / "probe.md").write_text(text, encoding="utf-8")
    with pytest.raises(AssertionError, match=error):
        run_page("probe.md", tmp_path, root=tmp_path)


def test_the_harness_skips_only_marked_blocks(tmp_path):
    text = f"{SKIP_MARK}\n```python\nassert False\n```\n\n```python\nx = 1\n```\n"
    (tmp_path / "probe.md").write_text(text, encoding="utf-8")
    assert run_page("probe.md", tmp_path, root=tmp_path) == 1


def test_the_entry_point_example_loads(sandbox):
    """The Source formats page's plug-in, installed through its `pyproject.toml` entry point."""
    page = "formats.md"
    module = next(b for b in blocks(page) if b.title == "pacific_wire.py")
    toml = next(b for b in blocks(page) if b.lang == "toml")
    (sandbox / module.title).write_text(module.code, encoding="utf-8")
    project = tomllib.loads(toml.code)["project"]
    group = project["entry-points"][_registry.ENTRY_POINT_GROUP]
    # What `pip install` would leave in site-packages: a dist-info with the entry points.
    dist = sandbox / "pacific_wire-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: pacific-wire\nVersion: 1.0\n", encoding="utf-8"
    )
    lines = [f"[{_registry.ENTRY_POINT_GROUP}]", *(f"{k} = {v}" for k, v in group.items())]
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    importlib.invalidate_caches()
    _registry.refresh_formats()
    assert "pacific" in diplomeet.list_formats()
    text = "PACIFIC NEWS WIRE\nSUVA, June 3 -- Nothing happened.\n"
    assert diplomeet.detect_format(text) == "pacific"
    assert diplomeet.parse(text).source == "pacific"


# The API reference ------------------------------------------------------------------------

_DIRECTIVE = re.compile(r"^::: (diplomeet(?:\.\w+)*)\s*$", re.MULTILINE)


def _reference() -> dict[str, str]:
    return {p: (DOCS / p).read_text(encoding="utf-8") for p in PAGES if p.startswith("reference/")}


def test_the_api_reference_documents_every_public_name():
    pages = _reference()
    objects = {m for text in pages.values() for m in _DIRECTIVE.findall(text)}
    # The package page renders every exported name except those its filters leave to the
    # topic pages: each name left out must be rendered by a topic page.
    index = pages["reference/index.md"]
    assert "diplomeet" in _DIRECTIVE.findall(index)
    filters = re.search(r"filters: (\[.*\])", index)
    assert filters
    excluded = {
        name
        for pattern in re.findall(r'"!\^\((.*?)\)\$"', filters[1])
        for name in pattern.split("|")
    }
    assert excluded, "the filter format changed: update this test"
    on_topic_pages = {o.removeprefix("diplomeet.") for o in objects if o.count(".") == 1}
    assert excluded == on_topic_pages & set(diplomeet.__all__)
    assert excluded <= set(diplomeet.__all__), excluded - set(diplomeet.__all__)
    # The public modules that the package does not re-export have pages of their own.
    for module in ["diplomeet.strategies", "diplomeet.cli", "diplomeet.knowledge"]:
        assert module in objects, module


def test_the_records_page_shows_the_issue_classes():
    records = _DIRECTIVE.findall(_reference()["reference/records.md"])
    for name in ["Report", "Meeting", "Statement", "Attribution"]:
        assert f"diplomeet.{name}" in records
