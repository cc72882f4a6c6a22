"""Analyse the whole KCNA archive 1997-2018 and print MB/s and articles/s.

    python benchmarks/analyze.py [--runs 3] [--workers 2] [--db PATH]

Needs a store with the archive ingested (built with --no-analyze into --db,
default /tmp/nkwatch-bench-analyze.db, when it is missing). Each run
re-analyses every article (`analyze --all`: mentions, forms, epithets, tone,
events, rollups and signals) and prints wall time, articles/s and MB/s of
text; then the median over the runs.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import kcna_files  # noqa: E402
from nkwatch.analysis.batch import analyze_store  # noqa: E402
from nkwatch.ingest.pipeline import ingest_paths  # noqa: E402
from nkwatch.store.connection import connect  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--db", type=Path, default=Path("/tmp/nkwatch-bench-analyze.db"))
    args = parser.parse_args()
    conn = connect(args.db)
    if conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0:
        print(f"building {args.db} (ingest without analysis)...", flush=True)
        ingest_paths(conn, kcna_files(), workers=args.workers, show_progress=False)
    (n, chars) = conn.execute(
        "SELECT count(*), sum(length(body)) FROM articles WHERE lang IN ('en', 'ko')").fetchone()
    megabytes = chars / 1e6
    walls = []
    for run in range(1, args.runs + 1):
        start = time.perf_counter()
        result = analyze_store(conn, redo=True, workers=args.workers, show_progress=False)
        wall = time.perf_counter() - start
        walls.append(wall)
        print(f"run {run}: {result['analyzed']:,} articles, {result['mentions']:,} mentions, "
              f"{result['events']:,} events in {wall:.1f} s = {n / wall:,.0f} articles/s, "
              f"{megabytes / wall:.2f} MB/s ({megabytes:.0f} MB of text)", flush=True)
    wall = statistics.median(walls)
    print(f"median over {args.runs} runs: {wall:.1f} s = {n / wall:,.0f} articles/s, "
          f"{megabytes / wall:.2f} MB/s with {args.workers} workers")


if __name__ == "__main__":
    main()
