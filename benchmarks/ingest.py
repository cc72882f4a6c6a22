"""Ingest the whole KCNA archive 1997-2018 into a fresh store and print figures.

    python benchmarks/ingest.py [--runs 3] [--workers 2] [--keep PATH]

Prints, per run: wall time, articles/s, MB/s of article text, peak memory of
this process and its workers; then the median over the runs, and the median
latency of phrase searches over the resulting store.
"""

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import kcna_files, median_ms, text_megabytes  # noqa: E402
from nkwatch.ingest.pipeline import ingest_paths  # noqa: E402
from nkwatch.store.connection import connect  # noqa: E402
from nkwatch.store.search import search  # noqa: E402

PHRASES = ['"merciless punishment"', '"mentally deranged"', '"Korean people"',
           '"U.S. imperialists"', '"south Korean puppet"', '"traditional friendship"',
           '"nuclear test"', '"Supreme Leader Kim Jong Un"', "dotard", '"hostile policy"']


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def one_run(db: Path, workers: int, analyze: bool) -> dict:
    conn = connect(db)
    start = time.perf_counter()
    summary = ingest_paths(conn, kcna_files(), workers=workers, show_progress=False)
    if analyze:
        from nkwatch.analysis.batch import analyze_store

        analyze_store(conn, workers=workers, show_progress=False)
    wall = time.perf_counter() - start
    return {"wall": wall, "added": summary.counts.added, "read": summary.read,
            "mb": text_megabytes(conn), "conn": conn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--analyze", action="store_true", help="include the analysis pass")
    parser.add_argument("--keep", type=Path, help="keep the last store at this path")
    args = parser.parse_args()
    walls = []
    conn = None
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory() as tmp:
            db = args.keep if (args.keep and run == args.runs) else Path(tmp) / "bench.db"
            if db.exists():
                db.unlink()
            result = one_run(db, args.workers, args.analyze)
            walls.append(result["wall"])
            print(f"run {run}: {result['read']:,} read, {result['added']:,} added in "
                  f"{result['wall']:.1f} s = {result['added'] / result['wall']:,.0f} articles/s, "
                  f"{result['mb'] / result['wall']:.1f} MB/s of text ({result['mb']:.0f} MB)")
            if run == args.runs:
                conn = result["conn"]
                timings = [(p, median_ms(lambda p=p, c=conn: search(c, p, limit=20)))
                           for p in PHRASES]
            result["conn"].close()
    wall = statistics.median(walls)
    print(f"median wall time over {args.runs} runs: {wall:.1f} s "
          f"({result['added'] / wall:,.0f} articles/s); peak memory {peak_rss_mb():.0f} MB")
    for phrase, (med, p95) in timings:
        print(f"search {phrase:32s} median {med:6.1f} ms  p95 {p95:6.1f} ms")
    print(f"median over phrases: {statistics.median(t[1][0] for t in timings):.1f} ms")


if __name__ == "__main__":
    main()
