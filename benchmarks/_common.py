"""Helpers shared by the benchmark scripts: where the corpora are, and timing."""

import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KCNA = SHARED / "corpora" / "kcna-en-1997-2018"
# the labelled mentions: each set's first reading, its second (blind) reading, and the
# adjudicated labels where the two part (tests/gold/README.md)
READINGS = {"first": ROOT / "tests" / "gold",
            "second": ROOT / "tests" / "gold" / "second-readings",
            "adjudicated": ROOT / "tests" / "gold" / "adjudicated"}


def kcna_files() -> list[str]:
    files = sorted(str(p) for p in KCNA.glob("kcna-*.jsonl.gz"))
    if not files:
        raise SystemExit(f"no KCNA corpus at {KCNA}")
    return files


def text_megabytes(conn) -> float:
    (chars,) = conn.execute("SELECT sum(length(body)) FROM articles").fetchone()
    return (chars or 0) / 1e6


def median_ms(func: Callable[[], object], repeat: int = 21) -> tuple[float, float]:
    """Run ``func`` ``repeat`` times; return (median, p95) in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]
