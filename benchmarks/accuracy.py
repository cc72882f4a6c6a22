"""Accuracy of mention detection, address forms and epithet attribution.

    python benchmarks/accuracy.py [--split dev|test] [--set a|b|c|d] [--errors N]
                                  [--gold first|second|adjudicated]

Scores nkwatch against the labelled sentences in tests/gold/mentions-*.jsonl
(text read from ../shared/corpora) and prints precision, recall and F1 of
mentions, accuracy of forms, and precision/recall of epithet attribution, for
each split and overall. ``--set c`` scores one labelled file (mentions-c.jsonl).
``--gold adjudicated`` scores against the adjudicated labels instead of the first
readings (tests/gold/adjudicated: where two blind readings part, a third reader's
decision); ``--gold second`` against the second readings.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import READINGS, SHARED  # noqa: E402
from nkwatch.evaluation.mentions import load_gold, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default=None)
    parser.add_argument("--set", dest="labelled_set", default="*",
                        help="one labelled file: mentions-SET.jsonl (default: all)")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    parser.add_argument("--gold", choices=list(READINGS), default="first",
                        help="which labels: the first readings (default), the second"
                             " readings or the adjudicated labels")
    args = parser.parse_args()
    splits = [args.split] if args.split else ["dev", "test", None]
    annotated: dict = {}  # each article annotated once for all the splits
    for split in splits:
        gold = load_gold(READINGS[args.gold], split, args.labelled_set)
        if not gold:
            sys.exit(f"accuracy.py: no labelled sentences in"
                     f" {READINGS[args.gold]}/mentions-{args.labelled_set}.jsonl")
        result = score(gold, SHARED / "corpora", annotated)
        figures = result.figures()
        n_mentions = sum(len(g["mentions"]) for g in gold)
        print(f"split {split or 'all'}: {len(gold)} sentences, {n_mentions} labelled mentions")
        for name, value in figures.items():
            print(f"  {name:20s} {value:.3f}")
        print("  form confusion (gold -> got): " + ", ".join(
            f"{g}->{p}: {n}" for (g, p), n in sorted(result.confusion.items()) if g != p))
        if args.errors and split == splits[0]:
            for error in result.errors[: args.errors]:
                print("   ", error)


if __name__ == "__main__":
    main()
