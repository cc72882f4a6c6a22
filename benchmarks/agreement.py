"""How far two readers agree, and nkwatch against each of them.

    python benchmarks/agreement.py [--set t]

For every second reading in ``tests/gold/second-readings/mentions-SET.jsonl``
(the same sentences labelled again, blind, by another reader) it prints, per
split and overall: the second reading scored against the first as the
annotator is scored (mention precision/recall/F1, forms, epithets), and
nkwatch scored against each reading. A figure for nkwatch far below the
readers' agreement is nkwatch's error, not noise in the labels.

Where the set is adjudicated (``tests/gold/adjudicated``: a third reader's decision
where the two readings part) it prints each reading and nkwatch scored against the
adjudicated labels too: how far one careful reader gets, beside nkwatch.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import READINGS, SHARED  # noqa: E402
from nkwatch.evaluation.mentions import load_gold, score, score_readings  # noqa: E402

GOLD, SECOND, ADJUDICATED = READINGS["first"], READINGS["second"], READINGS["adjudicated"]
ANNOTATED: dict = {}  # each article annotated once, for every split and both readings


def _line(label: str, figures: dict[str, float]) -> str:
    return f"  {label:28s}" + "  ".join(
        f"{name.replace('mention_', '')} {value:.3f}" for name, value in figures.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="labelled_set", default="*",
                        help="one re-read set (default: every one)")
    args = parser.parse_args()
    paths = sorted(SECOND.glob(f"mentions-{args.labelled_set}.jsonl"))
    if not paths:
        sys.exit(f"agreement.py: no second reading mentions-{args.labelled_set}.jsonl"
                 f" in {SECOND}")
    sets = [path.stem.removeprefix("mentions-") for path in paths]
    for labelled_set in sets:
        for split in ("dev", "test", None):
            _compare(f"set {labelled_set}, split {split or 'all'}",
                     *(load_gold(folder, split, labelled_set)
                       for folder in (GOLD, SECOND, ADJUDICATED)))
    if len(sets) > 1:
        _compare(f"sets {', '.join(sets)} together",
                 *([s for x in sets for s in load_gold(folder, None, x)]
                   for folder in (GOLD, SECOND, ADJUDICATED)))


def _compare(label: str, first: list[dict], second: list[dict],
             adjudicated: list[dict]) -> None:
    counts = (sum(len(s["mentions"]) for s in first), sum(len(s["mentions"]) for s in second))
    print(f"{label}: {len(first)} sentences, {counts[0]} mentions in the first reading,"
          f" {counts[1]} in the second")
    print(_line("second against first", score_readings(first, second).figures()))
    readings = [("first", first), ("second", second)]
    if len(adjudicated) == len(first):  # (every set of the comparison adjudicated)
        readings.append(("adjudicated", adjudicated))
        for name, reading in readings[:2]:
            print(_line(f"{name} against adjudicated",
                        score_readings(adjudicated, reading).figures()))
    for name, reading in readings:
        print(_line(f"nkwatch against {name}",
                    score(reading, SHARED / "corpora", ANNOTATED).figures()))


if __name__ == "__main__":
    main()
