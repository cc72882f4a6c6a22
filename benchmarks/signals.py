"""How noisy the detectors are: signals per actor-year on the whole archive, by kind.

    python benchmarks/signals.py [--db PATH] [--top 15]

Uses a store holding the whole KCNA archive 1997-2018, analysed (built into
--db, default /tmp/nkwatch-bench-analyze.db, when it has no analysis). Prints,
per kind, the number of signals, the actors concerned, and the mean and
maximum signals per actor-year (over the actor-years with at least one
signal); then the same for a set of major actors, and the actors with the
most signals. Also times one full detection pass.
"""

import argparse
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import kcna_files  # noqa: E402
from nkwatch.analysis.batch import analyze_store  # noqa: E402
from nkwatch.ingest.pipeline import ingest_paths  # noqa: E402
from nkwatch.signals.engine import refresh_signals, stored_signals  # noqa: E402
from nkwatch.store.connection import connect  # noqa: E402

MAJOR = ("united-states", "south-korea", "japan", "china", "russia", "donald-trump",
         "barack-obama", "george-w-bush", "bill-clinton", "park-geun-hye", "lee-myung-bak",
         "moon-jae-in", "shinzo-abe", "kim-jong-un", "kim-jong-il")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/nkwatch-bench-analyze.db"))
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    conn = connect(args.db)
    if conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0:
        print(f"building {args.db}...", flush=True)
        ingest_paths(conn, kcna_files(), workers=os.cpu_count() or 1, show_progress=False)
    if conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 0:
        analyze_store(conn, workers=os.cpu_count() or 1, show_progress=False)
    start = time.perf_counter()
    total = refresh_signals(conn)
    print(f"one detection pass over the store: {time.perf_counter() - start:.1f} s, "
          f"{total:,} signals")
    signals = stored_signals(conn)
    per_kind: dict[str, Counter] = defaultdict(Counter)
    for s in signals:
        kind = s["kind"] + (f"/{s['detail'].get('what') or s['detail'].get('phase')}"
                            if s["kind"] in ("first", "silence") else "")
        per_kind[kind][(s["actor"], s["date"][:4])] += 1
    print(f"\n{'kind':22s} {'signals':>8s} {'actors':>7s} {'mean/actor-yr':>14s} {'max':>5s}")
    for kind, cells in sorted(per_kind.items()):
        actors = {a for a, _ in cells}
        print(f"{kind:22s} {sum(cells.values()):>8,} {len(actors):>7,} "
              f"{statistics.mean(cells.values()):>14.2f} {max(cells.values()):>5}")
    print("\nmajor actors: signals per year (all kinds but firsts of epithets)")
    years: dict[str, Counter] = defaultdict(Counter)
    for s in signals:
        if s["actor"] in MAJOR and not (s["kind"] == "first" and s["detail"].get("what") ==
                                        "epithet"):
            years[s["actor"]][s["date"][:4]] += 1
    for actor in MAJOR:
        counts = years.get(actor, Counter())
        if counts:
            values = list(counts.values())
            print(f"  {actor:16s} years with signals {len(values):>2}  median "
                  f"{statistics.median(values):>4.1f}  max {max(values):>3} "
                  f"({max(counts, key=counts.get)})")
    print(f"\nactors with the most signals (top {args.top}):")
    overall = Counter(s["actor"] for s in signals)
    for actor, n in overall.most_common(args.top):
        print(f"  {actor:30s} {n:>5}")


if __name__ == "__main__":
    main()
