"""Time `diplomeet.dedupe` on synthetic meetings and print a table (not a test).

    python bench/dedupe.py                      # 10k, 100k and 1M tellings
    python bench/dedupe.py --sizes 10000 50000  # other sizes
    python bench/dedupe.py --minhash            # also numpy MinHash against datasketch

Each size runs in a fresh process. The input is N reports of one meeting each:
the tellings of about N/3 real meetings (one to six outlets each) between a
pool of officials over ten years, with the slips of real copies (a date a day
off or missing, a place cut to its city, the occasion left out, statements
reworded or dropped, other spellings of names) and traps (the same people by
phone on the same day, the same day and city with another counterpart). The
table gives the wall-clock and CPU time of `dedupe` alone (the input is built
first), the peak resident memory during it (input included), the memory of the
input alone, and the pair precision and recall of the clusters against the
truth (pairs of tellings put in one merged meeting).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

SOURCES = ["mfa", "xinhua", "cgtn", "generic"]
CITIES = [
    ("Beijing", "CHN"), ("Moscow", "RUS"), ("Tashkent", "UZB"), ("Bishkek", "KGZ"),
    ("Jakarta", "IDN"), ("New York", "USA"), ("Munich", "DEU"), ("Geneva", "CHE"),
    ("Astana", "KAZ"), ("Brasilia", "BRA"), ("Pretoria", "ZAF"), ("Cairo", "EGY"),
    ("Paris", "FRA"), ("London", "GBR"), ("Tokyo", "JPN"), ("Seoul", "KOR"),
]  # fmt: skip
OCCASIONS = [("SCO Council of Foreign Ministers meeting", "SCO"), ("G20 Summit", "G20"),
             ("BRICS Summit", "BRICS"), ("UN General Assembly", "UNGA")]  # fmt: skip
WORDS = (
    "cooperation strategic partnership trade energy security dialogue mutual trust "
    "development stability region multilateral coordination investment connectivity "
    "exchanges people culture economy support sovereignty integrity peace climate "
    "health vaccine agriculture technology finance infrastructure education youth"
).split()


def _person_pool(n: int, rng: random.Random):
    from diplomeet import Person

    codes = [c for _, c in CITIES] + ["AUS", "ARG", "MEX", "NGA", "PAK", "VNM", "TUR", "IRN"]
    people = []
    given = [("Sergey", "Sergei"), ("Mohammad", "Mohammed"), ("Yevgeny", "Yevgeniy"),
             ("Antony", "Anthony"), ("Maria", "Mariya"), ("Chen", "Chen")]  # fmt: skip
    for i in range(n):
        country = codes[i % len(codes)]
        first, other = rng.choice(given)
        people.append(
            (Person(name=f"{first} Off{i:06d}", country=country, title="Foreign Minister"),
             Person(name=f"{other} Off{i:06d}", country=country,
                    title="Minister of Foreign Affairs"))
        )  # fmt: skip
    return people


def synthetic(n: int, seed: int = 1):
    """N single-meeting reports and the true clusters (lists of report positions)."""
    from diplomeet import Attribution, Meeting, Occasion, Place, Report, Statement

    rng = random.Random(seed)
    pool = _person_pool(max(100, n // 40), rng)
    start = dt.date(2014, 1, 1)
    reports: list = []
    truth: list[list[int]] = []
    while len(reports) < n:
        (a, a2), (b, b2) = rng.sample(pool, 2)
        day = start + dt.timedelta(days=rng.randrange(3650))
        city, country = rng.choice(CITIES)
        mode = rng.choices(["in_person", "phone", "video"], [8, 3, 1])[0]
        occ = Occasion(*rng.choice(OCCASIONS)) if rng.random() < 0.3 else None
        lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 30))) for _ in range(3)]
        group = []
        for _ in range(min(rng.randint(1, 6), n - len(reports))):
            source = rng.choice(SOURCES)
            d = rng.choices([day, day + dt.timedelta(days=1), None], [8, 1, 1])[0]
            place = rng.choice([Place(city=city, country=country), Place(city=city), None])
            who = (a if rng.random() < 0.8 else a2, b if rng.random() < 0.8 else b2)
            said = []
            at = 200
            for k, line in enumerate(lines):
                if rng.random() < 0.2:
                    continue
                text = (
                    f"{who[k % 2].name} said {line}."
                    if source == "mfa"
                    else f"{line}, {who[k % 2].name.split()[-1]} said."
                )
                said.append(
                    Statement(text=text, span=(at, at + len(text)),
                              attribution=Attribution(speakers=(who[k % 2],)))
                )  # fmt: skip
                at += len(text) + 2
            m = Meeting(date=d, mode=mode, place=place, participants=who,
                        occasion=occ if rng.random() < 0.7 else None,
                        statements=tuple(said))  # fmt: skip
            group.append(len(reports))
            reports.append(
                Report(source=source, published=day + dt.timedelta(days=rng.randint(0, 1)),
                       title=f"{a.name} meets {b.name}", meetings=(m,))
            )  # fmt: skip
        truth.append(group)
        # A trap now and then: the same people by phone the same day, or another counterpart.
        if rng.random() < 0.1 and len(reports) < n:
            other = rng.choice([p for p, _ in rng.sample(pool, 3) if p not in (a, b)])
            trap = Meeting(date=day, mode="phone" if mode != "phone" else "in_person",
                           place=Place(city=city, country=country),
                           participants=(a, b))  # fmt: skip
            if rng.random() < 0.5:
                trap = Meeting(date=day, mode=mode, place=Place(city=city, country=country),
                               participants=(a, other))  # fmt: skip
            truth.append([len(reports)])
            reports.append(Report(source="mfa", published=day, meetings=(trap,)))
    return reports, truth


def _pairs(groups):
    return {p for g in groups for p in combinations(sorted(g), 2)}


def _rss_peak_reset() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def run_one(n: int) -> dict[str, float]:
    import diplomeet

    t0 = time.perf_counter()
    reports, truth = synthetic(n)
    built = time.perf_counter() - t0
    rss_input = _rss_kib("VmRSS")
    _rss_peak_reset()
    t0, c0 = time.perf_counter(), time.process_time()
    merged = diplomeet.dedupe(reports)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = _rss_kib("VmHWM")
    got = [[s.report for s in m.sources] for m in merged]
    want, have = _pairs(truth), _pairs(got)
    tp = len(want & have)
    precision = tp / len(have) if have else 1.0
    recall = tp / len(want) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": n,
        "meetings": len(truth),
        "merged": len(merged),
        "build_s": built,
        "seconds": took,
        "cpu": cpu,
        "input_mib": rss_input / 1024,
        "peak_mib": peak / 1024,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def compare_minhash(n: int = 10_000) -> None:
    """numpy MinHash (diplomeet._minhash) against datasketch, if installed."""
    from diplomeet import _minhash

    rng = random.Random(0)
    texts = []
    for _ in range(n // 2):
        base = [rng.choice(WORDS) + str(rng.randrange(300)) for _ in range(150)]
        texts += [" ".join(base), " ".join(base[:140] + ["copy"] * 10)]
    t0 = time.perf_counter()
    b = _minhash.SignatureBuilder()
    for t in texts:
        b.add(t)
    sig, valid = b.finish()
    t1 = time.perf_counter()
    groups = _minhash.components(sig, valid, 0.8)
    t2 = time.perf_counter()
    print(f"\nMinHash on {n:,} texts of 150 words (128 permutations, threshold 0.8)\n")
    print("| implementation | signatures | LSH + pair check | pairs found |")
    print("| --- | ---: | ---: | ---: |")
    found = sum(1 for i, g in enumerate(groups.tolist()) if g != i)
    print(f"| diplomeet (numpy) | {t1 - t0:.2f} s | {t2 - t1:.2f} s | {found:,} |")
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        print("| datasketch | not installed | | |")
        return
    t0 = time.perf_counter()
    hashes = []
    for t in texts:
        words = _minhash.tokens(t)
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)])
        hashes.append(m)
    t1 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    for i, m in enumerate(hashes):
        lsh.insert(i, m)
    found = sum(1 for i, m in enumerate(hashes) if any(j < i for j in lsh.query(m)))
    t2 = time.perf_counter()
    print(f"| datasketch | {t1 - t0:.2f} s | {t2 - t1:.2f} s | {found:,} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--minhash", action="store_true", help="compare numpy MinHash and datasketch")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    print(f"dedupe on synthetic tellings (Python {sys.version.split()[0]})\n")
    print(
        "| tellings | meetings | merged | time | CPU time | CPU per 1k | peak memory | input "
        "| precision | recall |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(
            f"| {n:,} | {r['meetings']:,} | {r['merged']:,} | {r['seconds']:.1f} s "
            f"| {r['cpu']:.1f} s | {1000 * r['cpu'] / n:.2f} s | {r['peak_mib']:,.0f} MiB "
            f"| {r['input_mib']:,.0f} MiB | {r['precision']:.4f} | {r['recall']:.4f} |",
            flush=True,
        )
    if args.minhash:
        compare_minhash()


if __name__ == "__main__":
    main()
