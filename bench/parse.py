"""Benchmark `diplomeet.parse`: throughput, memory, hostile inputs and parallel speed-up.

    python bench/parse.py                 # 10,000 reports, hostile inputs, 1 and 2 workers
    python bench/parse.py --quick         # 1,000 reports, smaller hostile inputs
    python bench/parse.py --profile 25    # and the 25 functions with the most own time

1. Throughput: the bundled sample reports, replicated to `--reports` reports and
   streamed through `parse_many` on one core: reports per second, MB per second
   (UTF-8), and the process's memory as the stream goes on (it must stay flat).
2. Hostile inputs (`tests/adversarial.py`): CPU seconds per MB of each, beside
   the same figure for normal reports, and their ratio.
3. Parallel runs: `parse_many(..., workers=N)` for N = 1, 2, ... up to the cores
   this process may use, with the speed-up over one worker.

Not a test: it asserts nothing. `docs/performance.md` records its figures.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import os
import platform
import pstats
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the hostile inputs live beside the tests that use them

import diplomeet  # noqa: E402
from adversarial import ADVERSARIAL, MB, NAMED_IN_THE_ISSUE, adversarial, normal_text  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 1e6


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """The peak resident memory (of this process, or of its largest child), in MB."""
    return resource.getrusage(who).ru_maxrss * 1024 / 1e6


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def distinct(text: str, i: int) -> str:
    """The report with a line of its own at the end, so that no two reports are the same text.

    The parser keeps what it read of the last few texts (the words of a text, read once for
    all the phrase lists); a stream of the same five strings would be read from that memory
    and measure nothing. Every text of the benchmark is therefore a new string.
    """
    return f"{text}\n\nReport {i:07d}\n"


def stream(samples: list[str], n: int) -> Iterator[str]:
    """`n` reports, the samples over and over, each made distinct, one at a time."""
    return (distinct(t, i) for i, t in enumerate(itertools.islice(itertools.cycle(samples), n)))


def throughput(samples: list[str], n: int) -> float:
    """Parse `n` reports on one core; print the figures; return the reports per second."""
    size = sum(len(t.encode("utf-8")) for t in stream(samples, n))
    checkpoints = {n * k // 10 for k in range(1, 11)}
    memory: list[tuple[int, float]] = []
    t0, c0 = time.perf_counter(), time.process_time()
    for done, _report in enumerate(diplomeet.parse_many(stream(samples, n)), start=1):
        if done in checkpoints:
            memory.append((done, rss_mb()))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"\n## Throughput, one core: {n:,} reports, {size / 1e6:.1f} MB")
    print(f"reports per second   {n / wall:9.1f}   (CPU time: {n / cpu:.1f})")
    print(f"MB per second        {size / 1e6 / wall:9.3f}   (CPU time: {size / 1e6 / cpu:.3f})")
    print(f"ms per report        {wall / n * 1000:9.2f}")
    print(f"peak memory (RSS)    {peak_mb():9.1f} MB")
    print("memory while streaming (reports done: RSS MB): ", end="")
    print(", ".join(f"{k:,}: {m:.1f}" for k, m in memory))
    return n / wall


def normal_seconds_per_mb(samples: list[str], rounds: int = 5) -> float:
    """CPU seconds per MB (of characters) for the sample reports, one by one, best round."""
    size = sum(map(len, samples))
    best = float("inf")
    for r in range(rounds):
        texts = [distinct(t, r * len(samples) + i) for i, t in enumerate(samples)]
        size = sum(map(len, texts))
        c0 = time.process_time()
        for t in texts:
            diplomeet.parse(t)
        best = min(best, time.process_time() - c0)
    return best / size * MB


def hostile(samples: list[str], scale: float) -> list[float]:
    """Time each hostile input; print CPU seconds per MB and the ratio to normal text."""
    normal = normal_seconds_per_mb(samples)
    print("\n## Hostile inputs: CPU time per MB, and its ratio to normal reports")
    print(f"{'input':40s} {'chars':>10s} {'seconds':>8s} {'s/MB':>8s} {'ratio':>6s}")
    print(f"{'normal reports (the samples, one by one)':40s} {'':>10s} {'':>8s} {normal:8.2f}")
    rows = [("a long page of normal reports", normal_text(samples, int(250_000 * scale)))]
    rows += [
        (name, adversarial(name, int(size * scale))) for name, (size, _) in ADVERSARIAL.items()
    ]
    ratios: dict[str, float] = {}
    for name, text in rows:
        c0 = time.process_time()
        diplomeet.parse(text)
        seconds = time.process_time() - c0
        per_mb = seconds / len(text) * MB
        ratios[name] = per_mb / normal
        mark = "*" if name in NAMED_IN_THE_ISSUE else " "
        print(f"{name:39s}{mark} {len(text):10,d} {seconds:8.2f} {per_mb:8.2f} {ratios[name]:6.2f}")
    named = max(r for n, r in ratios.items() if n in NAMED_IN_THE_ISSUE)
    worst = max(ratios.values())
    print(f"worst ratio: {named:.2f} for the inputs the issue names (*), {worst:.2f} for all")
    print("(the others are dense text: a meeting, a name or a date in every sentence)")
    return list(ratios.values())


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def parallel(samples: list[str], n: int, workers: list[int], chunksize: int) -> None:
    """Wall time of `parse_many` with each number of workers, and the speed-up."""
    print(f"\n## Parallel runs: {n:,} reports, chunksize {chunksize}, {cores()} cores available")
    # `cores used` is the CPU time of this process and its workers over the wall time: on a
    # busy machine it stays under the number of workers, and so does the speed-up.
    print(
        f"{'workers':>7s} {'seconds':>8s} {'reports/s':>10s} {'speed-up':>8s} {'cores used':>10s}"
    )
    base = None
    for w in workers:
        t0, c0 = time.perf_counter(), cpu_seconds()
        count = sum(
            1 for _ in diplomeet.parse_many(stream(samples, n), workers=w, chunksize=chunksize)
        )
        wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
        assert count == n
        base = base or wall
        print(f"{w:7d} {wall:8.2f} {n / wall:10.1f} {base / wall:7.2f}x {cpu / wall:10.2f}")
    print(f"load average now: {os.getloadavg()[0]:.2f}")
    print(f"peak memory of a worker (RSS) {peak_mb(resource.RUSAGE_CHILDREN):.1f} MB")


def profile(samples: list[str], n: int, top: int) -> None:
    print(f"\n## Profile: {n:,} reports, the {top} functions with the most own time")
    prof = cProfile.Profile()
    prof.enable()
    for t in stream(samples, n):
        diplomeet.parse(t)
    prof.disable()
    pstats.Stats(prof, stream=sys.stdout).strip_dirs().sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=10_000, help="reports for the one-core run")
    ap.add_argument("--parallel-reports", type=int, help="reports for each parallel run")
    ap.add_argument("--workers", default=None, help="worker counts to try, e.g. 1,2,4")
    ap.add_argument("--chunksize", type=int, default=8)
    ap.add_argument("--quick", action="store_true", help="1,000 reports, smaller hostile inputs")
    ap.add_argument("--skip", default="", help="sections to skip: throughput,hostile,parallel")
    ap.add_argument("--profile", type=int, default=0, metavar="TOP", help="print a profile")
    args = ap.parse_args()
    if args.quick:
        args.reports = min(args.reports, 1_000)
    skip = set(filter(None, args.skip.split(",")))
    samples = diplomeet.sample_texts()
    sizes = [len(t.encode("utf-8")) for t in samples]
    print(f"diplomeet {diplomeet.__version__}, Python {platform.python_version()}, {cores()} cores")
    print(f"samples: {len(samples)} reports of {min(sizes):,} to {max(sizes):,} bytes")
    t0 = time.perf_counter()
    diplomeet.parse(samples[0])
    first = time.perf_counter() - t0
    print(f"first parse (loads the knowledge, compiles the patterns): {first:.2f} s")
    if "throughput" not in skip:
        throughput(samples, args.reports)
    if "hostile" not in skip:
        hostile(samples, 0.25 if args.quick else 1.0)
    if "parallel" not in skip:
        workers = (
            [int(w) for w in args.workers.split(",")] if args.workers else sorted({1, 2, cores()})
        )
        n = args.parallel_reports or max(args.reports // 2, 200)
        parallel(samples, n, workers, args.chunksize)
    if args.profile:
        profile(samples, min(args.reports, 500), args.profile)


if __name__ == "__main__":
    main()
