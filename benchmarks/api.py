"""Latency of the JSON API's main endpoints over the whole KCNA archive 1997-2018.

    python benchmarks/api.py [--db /tmp/bench-api.db] [--repeat 20]

Builds the store first when it is missing (``nkwatch ingest`` of the whole
archive: a few minutes). Requests go through the real ASGI app in-process
(FastAPI's TestClient: routing, validation, JSON; no sockets). Prints p50,
p95 and max in milliseconds per endpoint, over ``repeat`` rounds of a few
parameter sets each, and flags endpoints whose p95 is over the 50 ms target.
"""

import argparse
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import kcna_files  # noqa: E402

TARGET_MS = 50.0
ACTORS = ["donald-trump", "kim-jong-un", "united-states", "bill-clinton", "park-geun-hye"]
CASES: list[tuple[str, str, list[dict]]] = [
    ("search", "/api/search", [{"q": q} for q in ("dotard", '"merciless punishment"',
                                                   "Clinton", '"nuclear test"')]),
    ("search by date", "/api/search", [{"q": "dotard", "order": "date"},
                                       {"q": '"hostile policy"', "order": "date"}]),
    ("actors, one month", "/api/actors", [{"since": "2017-09-01", "until": "2017-09-30"},
                                          {"since": "2003-01-01", "until": "2003-01-31"}]),
    ("actors, all time", "/api/actors", [{}]),
    ("actor profile", "/api/actors/{actor}", [{"actor": a} for a in ACTORS]),
    ("forms by month", "/api/forms", [{"actor": a} for a in ACTORS]),
    ("timeline by month", "/api/timeline", [{"actor": a} for a in ACTORS]),
    ("timeline by day, 1 year", "/api/timeline",
     [{"actor": a, "by": "day", "since": "2017-01-01", "until": "2017-12-31"} for a in ACTORS]),
    ("epithets of an actor", "/api/epithets", [{"actor": a} for a in ACTORS]),
    ("epithets, all", "/api/epithets", [{}]),
    ("first", "/api/first", [{"actor": a} for a in ACTORS]),
    ("first titled", "/api/first", [{"actor": a, "form": "title"} for a in ACTORS]),
    ("compare", "/api/compare", [{"actor": a} for a in ACTORS]),
    ("signals of an actor", "/api/signals", [{"actor": a} for a in ACTORS]),
    ("signals, latest 100", "/api/signals", [{"order": "desc", "limit": 100}]),
    ("evidence of a month", "/api/evidence",
     [{"actor": a, "period": "2017-09"} for a in ACTORS]),
    ("evidence of a form", "/api/evidence",
     [{"actor": a, "form": "title", "period": "2017"} for a in ACTORS]),
    ("events", "/api/events", [{}, {"source": "north-korea", "target": "united-states"}]),
    ("article", "/api/articles/{id}", [{"id": i} for i in (1000, 50000, 120000)]),
    ("overview", "/api/overview", [{}]),
]


def build(db: Path) -> None:
    """Ingest (and analyse) the whole archive into ``db``."""
    print(f"building {db} from the KCNA archive (a few minutes)...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "nkwatch.cli.main", "ingest", *kcna_files(),
                    "--db", str(db)], check=True, stdout=subprocess.DEVNULL)


def measure(client, path: str, params_list: list[dict], repeat: int) -> list[float]:
    """Milliseconds per request, over ``repeat`` rounds of every parameter set."""
    def url_and_query(params: dict) -> tuple[str, dict]:
        url, query = path, dict(params)
        for key in ("actor", "id"):
            if "{" + key + "}" in url:
                url = url.replace("{" + key + "}", str(query.pop(key)))
        return url, query

    requests = [url_and_query(p) for p in params_list]
    for url, query in requests:  # warm up: connections, page cache, registry
        response = client.get(url, params=query)
        if response.status_code != 200:
            raise SystemExit(f"{url} {query}: {response.status_code} {response.text[:200]}")
    times = []
    for _ in range(repeat):
        for url, query in requests:
            start = time.perf_counter()
            client.get(url, params=query)
            times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/bench-api.db")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--only", default=None, help="Only cases whose name contains this.")
    parser.add_argument("--no-cache", action="store_true",
                        help="Measure without the server's result cache (cold queries).")
    args = parser.parse_args()
    db = Path(args.db)
    if not db.exists():
        build(db)
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from nkwatch.web.app import create_app

    app = create_app(db)
    if args.no_cache:
        app.state.cache.size = 0
    with TestClient(app) as client:
        conn = client.app.state.store.conn()
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        cache = "without" if args.no_cache else "with"
        print(f"store {db}: {articles:,} articles, {mentions:,} mentions;"
              f" {args.repeat} rounds per case, {cache} the result cache\n")
        print(f"{'endpoint':28s} {'requests':>8s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}")
        slow = []
        for name, path, params in CASES:
            if args.only and args.only not in name:
                continue
            times = measure(client, path, params, args.repeat)
            p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
            flag = "  over target" if p95 > TARGET_MS else ""
            print(f"{name:28s} {len(times):>8d} {statistics.median(times):>8.1f} {p95:>8.1f}"
                  f" {times[-1]:>8.1f}{flag}")
            if p95 > TARGET_MS:
                slow.append(name)
        print(f"\np95 target {TARGET_MS:.0f} ms: " + (f"over it: {', '.join(slow)}" if slow
                                                      else "all endpoints within it"))


if __name__ == "__main__":
    main()
