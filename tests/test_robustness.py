"""`parse` on hostile input: it never raises, never hangs, and has no quadratic step.

The bounds are generous on purpose: they exist to catch an exponential or
quadratic blow-up (a regular expression that backtracks, a scan per sentence),
not to measure speed. `bench/parse.py` prints the real figures. Times are CPU
times of this process, so a busy machine does not make the test fail.
"""

from __future__ import annotations

import signal
import time
from types import FrameType

import pytest

from adversarial import ADVERSARIAL, MB, adversarial, assert_sound, normal_text
from diplomeet import Report, parse

HANG_SECONDS = 20.0
"""No single input may take longer than this (CPU seconds)."""
BLOWUP_FACTOR = 20.0
"""No hostile input may take more than this many times normal text's time per MB..."""
FLOOR_SECONDS_PER_MB = 2.0
"""...or this, whichever is larger (so that a very fast parser is not held to noise)."""


def _timed(text: str) -> tuple[float, Report]:
    t0 = time.process_time()
    report = parse(text)
    return time.process_time() - t0, report


def _parse_or_fail_if_it_hangs(text: str) -> Report:
    """`parse(text)`, failing the test (not hanging the suite) after `HANG_SECONDS`."""
    if not hasattr(signal, "SIGALRM"):
        return parse(text)

    def hung(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"parse took more than {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(int(HANG_SECONDS))
    try:
        return parse(text)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def normal_seconds_per_mb(seed_texts: dict[str, str]) -> float:
    """Normal text's time per MB: the seed reports one by one, best of three rounds."""
    texts = list(seed_texts.values())
    parse(texts[0])  # load the knowledge and compile the patterns first
    size = sum(map(len, texts))
    best = min(sum(_timed(t)[0] for t in texts) for _ in range(3))
    return best / size * MB


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_hostile_input_takes_linear_time(name: str, normal_seconds_per_mb: float) -> None:
    text = adversarial(name)
    seconds, report = _timed(text)
    assert seconds < HANG_SECONDS, f"{name}: {seconds:.1f} s for {len(text):,} characters"
    per_mb = seconds / len(text) * MB
    bound = max(BLOWUP_FACTOR * normal_seconds_per_mb, FLOOR_SECONDS_PER_MB)
    assert per_mb <= bound, (
        f"{name}: {per_mb:.2f} s/MB against {normal_seconds_per_mb:.2f} s/MB for normal text"
    )
    assert_sound(report, text)


def test_a_long_page_of_normal_text(seed_texts: dict[str, str]) -> None:
    text = normal_text(list(seed_texts.values()), 250_000)
    seconds, report = _timed(text)
    assert seconds < HANG_SECONDS
    assert_sound(report, text)


@pytest.mark.parametrize(
    "name",
    [
        "100,000 periods",
        "one run-on sentence of cues",
        "a different meeting in every sentence",
        "a new person and a role in every sentence",
    ],
)
def test_doubling_the_input_does_not_quadruple_the_time(name: str) -> None:
    # The input sizes that once were quadratic, measured at two sizes: a linear step
    # doubles, a quadratic one quadruples. Generous: up to 3.5 times, best of two.
    size = ADVERSARIAL[name][0] // 2
    parse(adversarial(name, 1_000))

    def best(n: int) -> float:
        text = adversarial(name, n)
        return min(_timed(text)[0] for _ in range(2))

    small, large = best(size), best(2 * size)
    assert large <= 3.5 * small + 0.05, (small, large)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "\ud800",
        "\ufeff",
        "\u202e",
        "\r\n" * 10,
        "(Xinhua) --",
        "BEIJING, (Xinhua) --",
        "Wang said",
        '"',
        "said Wang.",
        "According to",
        "\u201cWe agree,\u201d said",
    ],
)
def test_tiny_and_odd_inputs(text: str) -> None:
    assert_sound(parse(text), text)


@pytest.mark.parametrize("length", [23, 24, 25, 30, 47, 48, 49, 200])
@pytest.mark.parametrize("before", ["", "The ", "Foreign ", "said. "])
def test_a_long_word_before_a_title_chain(before: str, length: int) -> None:
    """A word longer than the step the title reader walks back by (a URL, a glued word).

    The reader once looped for ever when the only space in its step was the one just before
    the words it had read.
    """
    text = before + "a" * length + " Foreign Minister Wang Yi met Sergey Lavrov in Moscow."
    report = _parse_or_fail_if_it_hangs(text)
    assert_sound(report, text)
    assert [p.name for p in report.meetings[0].participants] == ["Wang Yi", "Sergey Lavrov"]
