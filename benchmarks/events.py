"""Accuracy of event coding against the PLOVER gold standard records (dev half).

    python benchmarks/events.py [--gold PATH] [--errors N]

Each gold record is one sentence with one coded event (``event``) and its
source/target actors as ISO-3166 alpha-3 codes (or "IGO", "NGO", ...). The
sentence is run through the whole pipeline (``annotate``) and the predicted
event is the FIRST event nkwatch lists for the text: the first sentence's
main-clause, strong-trigger event (the coder lists those first), which is the
event a human coder codes for the sentence's main verb. A record with no event
counts as wrong ("NONE").

Actor codes: a country's ``iso3``; a person's or a national organisation's
country's ``iso3``; international organisations carry their own ``iso3``
("IGO"/"NGO"). A source (target) is right when its code is among the gold
record's source (target) codes; target accuracy is measured on the records
that have a gold target. A few gold codes are legacy CAMEO codes or typos and
are read as ISO (JAP -> JPN, ITL -> ITA, VTN -> VNM).

Prints event-type accuracy, source and target accuracy, per-category recall
and precision, and the confusion matrix (rows: gold, columns: predicted).
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED  # noqa: E402
from nkwatch.analysis.events import CATEGORIES  # noqa: E402
from nkwatch.analysis.pipeline import annotate  # noqa: E402
from nkwatch.analysis.registry import Registry, load_registry  # noqa: E402

GOLD = SHARED / "gold" / "plover-gsr-dev.jsonl"
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
ABBREVIATIONS = {c: c[:4] for c in CATEGORIES} | {"NONE": "none"}


def actor_code(registry: Registry, actor_id: str | None) -> str | None:
    """The PLOVER actor code of an nkwatch actor id.

    >>> reg = load_registry()
    >>> actor_code(reg, "kim-jong-un"), actor_code(reg, "united-nations")
    ('PRK', 'IGO')
    """
    if actor_id is None:
        return None
    actor = registry.actors.get(actor_id)
    if actor is None:
        return None
    if actor.iso3:
        return actor.iso3
    country = registry.actors.get(registry.country_of(actor_id) or "")
    return country.iso3 if country else None


def gold_codes(record: dict, role: str) -> set[str]:
    """The gold codes of a record's source or target, legacy codes read as ISO.

    >>> sorted(gold_codes({"source": [{"code": "JAP"}, {"code": "USA"}]}, "source"))
    ['JPN', 'USA']
    """
    return {LEGACY_CODES.get(a["code"], a["code"]) for a in record.get(role, []) if a.get("code")}


def predict(record: dict, registry: Registry) -> tuple[str, str | None, str | None, str]:
    """(type, source code, target code, trigger) of the first event nkwatch codes."""
    doc = annotate(record["text"], date=record.get("date") or "2000-01-01")
    if not doc.events:
        return "NONE", None, None, ""
    event = doc.events[0]
    # (an actor outside the registry codes as the country nkwatch gives it)
    return (event.type,
            actor_code(registry, event.source) or actor_code(registry, event.source_country),
            actor_code(registry, event.target) or actor_code(registry, event.target_country),
            event.trigger)


def evaluate(path: Path = GOLD) -> dict:
    """Score every gold record; return the figures, the confusion counts and the errors."""
    registry = load_registry()
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    confusion: Counter = Counter()
    right = source_right = source_n = target_right = target_n = 0
    errors = []
    for record in records:
        kind, source, target, trigger = predict(record, registry)
        gold = record["event"]
        confusion[(gold, kind)] += 1
        right += kind == gold
        sources, targets = gold_codes(record, "source"), gold_codes(record, "target")
        ok_source = source in sources
        if sources:
            source_n += 1
            source_right += ok_source
        ok_target = target in targets
        if targets:
            target_n += 1
            target_right += ok_target
        if kind != gold or (sources and not ok_source) or (targets and not ok_target):
            errors.append({"id": record["id"], "gold": [gold, sorted(sources), sorted(targets)],
                           "got": [kind, source, target, trigger], "text": record["text"]})
    return {
        "records": len(records),
        "type_accuracy": right / len(records),
        "source_accuracy": source_right / max(source_n, 1),
        "target_accuracy": target_right / max(target_n, 1),
        "source_n": source_n,
        "target_n": target_n,
        "confusion": confusion,
        "errors": errors,
    }


def print_confusion(confusion: Counter) -> None:
    """Rows: gold category; columns: predicted category (abbreviated)."""
    labels = [c for c in (*CATEGORIES, "NONE")
              if any(k[0] == c or k[1] == c for k in confusion)]
    print("confusion (rows gold, columns predicted):")
    print("      " + " ".join(f"{ABBREVIATIONS[c]:>4}" for c in labels))
    for gold in labels:
        if not any(k[0] == gold for k in confusion):
            continue
        cells = " ".join(f"{confusion[(gold, got)] or '.':>4}" for got in labels)
        print(f"{ABBREVIATIONS[gold]:>5} {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", type=int, default=0, help="print this many mistakes")
    args = parser.parse_args()
    result = evaluate(args.gold)
    print(f"{result['records']} gold records ({args.gold.name})")
    print(f"  event type accuracy   {result['type_accuracy']:.3f}")
    print(f"  source code accuracy  {result['source_accuracy']:.3f}"
          f"  (of {result['source_n']} with a gold source)")
    print(f"  target code accuracy  {result['target_accuracy']:.3f}"
          f"  (of {result['target_n']} with a gold target)")
    confusion = result["confusion"]
    print("per category: gold n, recall, precision")
    for category in CATEGORIES:
        gold_n = sum(n for (g, _), n in confusion.items() if g == category)
        got_n = sum(n for (_, p), n in confusion.items() if p == category)
        hit = confusion[(category, category)]
        if gold_n or got_n:
            recall, precision = hit / max(gold_n, 1), hit / max(got_n, 1)
            print(f"  {category:12s} {gold_n:4d}  {recall:.2f}  {precision:.2f}")
    print_confusion(confusion)
    for error in result["errors"][: args.errors]:
        print(json.dumps(error, ensure_ascii=False))


if __name__ == "__main__":
    main()
