"""Score mention detection against labelled sentences (``tests/gold/mentions-*.jsonl``).

A predicted mention matches a labelled one when the actor is the same and the
spans overlap. Scores:
- mentions: precision, recall, F1 over mentions inside the labelled sentences;
- forms: accuracy of ``form`` over matched person/government mentions;
- epithets: attribution precision/recall — a predicted epithet is right when it
  shares a content word with an epithet labelled on the same mention.

>>> sorted(_words(["mentally deranged dotard", "the puppet", "침략자들"]))
['deranged', 'dotard', 'mentally', 'puppet', '침략자']
"""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from nkwatch.analysis.pipeline import annotate_raw
from nkwatch.evaluation.corpus import article_text, find_article
from nkwatch.ingest.language import detect_language

_STOP = {"the", "a", "an", "of", "and", "s", "his", "her", "its", "their"}
_WORD = re.compile(r"[a-z\uac00-\ud7a3]+")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,}$")


def _agree(words: set[str], others: set[str]) -> bool:
    """A shared word; in Korean, where insults are written solid, one word inside the
    other ("괴뢰" in "괴뢰도당", "미제" in "미제국주의자").

    >>> _agree({"괴뢰"}, {"괴뢰도당"}), _agree({"puppet"}, {"puppets"})
    (True, False)
    """
    return bool(words & others) or any(
        _HANGUL_WORD.match(w) and _HANGUL_WORD.match(o) and (w in o or o in w)
        for w in words for o in others)


def _words(phrases: list[str]) -> set[str]:
    """Content words, a Korean plural mark dropped ("침략자들" and "침략자" agree)."""
    return {w[:-1] if w.endswith("들") and len(w) > 2 else w
            for p in phrases for w in _WORD.findall(p.lower()) if w not in _STOP}


@dataclass
class Scores:
    """Counts behind the figures, plus the errors for reading."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    form_right: int = 0
    form_total: int = 0
    ep_pred: int = 0
    ep_pred_right: int = 0
    ep_gold: int = 0
    ep_gold_found: int = 0
    errors: list[dict] = field(default_factory=list)
    confusion: Counter = field(default_factory=Counter)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def figures(self) -> dict[str, float]:
        p = self._ratio(self.tp, self.tp + self.fp)
        r = self._ratio(self.tp, self.tp + self.fn)
        return {
            "mention_precision": p,
            "mention_recall": r,
            "mention_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "form_accuracy": self._ratio(self.form_right, self.form_total),
            "epithet_precision": self._ratio(self.ep_pred_right, self.ep_pred),
            "epithet_recall": self._ratio(self.ep_gold_found, self.ep_gold),
        }


def load_gold(folder: Path, split: str | None = None, labelled_set: str = "*") -> list[dict]:
    """Labelled sentences from every ``mentions-*.jsonl`` in ``folder`` (or from
    ``mentions-<labelled_set>.jsonl`` alone)."""
    lines = []
    for path in sorted(folder.glob(f"mentions-{labelled_set}.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if split is None or record.get("split") == split:
                    lines.append(record)
    return lines


def score(gold: list[dict], corpora: Path,
          annotated: dict[tuple[str, str], object] | None = None) -> Scores:
    """Annotate each labelled article once and score the labelled sentences.

    ``annotated``: the annotations by (corpus, url) of an earlier call, to reuse and add
    to (scoring the splits of one set, or two readings of it, annotates each article
    once)."""
    scores = Scores()
    cache: dict[tuple[str, str], object] = {} if annotated is None else annotated
    for item in gold:
        key = (item["corpus"], item["url"])
        if key not in cache:
            record = find_article(corpora, item["corpus"], item["url"])
            text = article_text(record)
            # as ingest reads it: the New Year addresses are Korean
            lang = "ko" if detect_language(text) == "ko" else "en"
            cache[key] = annotate_raw(text, date=item["date"], title=record.get("title") or "",
                                      lang=lang)
        doc = cache[key]
        predicted = [m for m in doc.mentions if item["start"] <= m.start < item["end"]]
        _score_sentence(scores, item, predicted)
    return scores


@dataclass
class _Reading:
    """A labelled mention standing where the scorer expects a predicted one."""

    label: dict

    def __getattr__(self, name: str) -> object:
        return self.label.get(name)

    @property
    def epithets(self) -> list[str]:
        return self.label.get("epithets") or []

    def as_dict(self) -> dict:
        return self.label


def score_readings(first: list[dict], second: list[dict]) -> Scores:
    """Score a second reading of the same sentences against the first, as the
    annotator is scored: how far two readers agree.

    >>> sentence = {"url": "u", "start": 0, "end": 30, "mentions": [
    ...     {"actor": "donald-trump", "start": 0, "end": 12, "form": "epithet",
    ...      "epithets": ["dotard"], "text": "dotard Trump"}]}
    >>> score_readings([sentence], [dict(sentence, mentions=[])]).figures()["mention_recall"]
    0.0
    >>> score_readings([sentence], [sentence]).figures()["mention_f1"]
    1.0
    """
    others = {(item["url"], item["start"]): item for item in second}
    if set(others) != {(item["url"], item["start"]) for item in first}:
        raise ValueError("the two readings do not label the same sentences")
    scores = Scores()
    for item in first:
        other = others[(item["url"], item["start"])]
        _score_sentence(scores, item, [_Reading(m) for m in other["mentions"]])
    return scores


def _score_sentence(scores: Scores, item: dict, predicted: list) -> None:
    used: set[int] = set()
    for g in item["mentions"]:
        match = None
        for i, p in enumerate(predicted):
            if i in used or p.actor != g["actor"]:
                continue
            if p.start < g["end"] and g["start"] < p.end:
                match = i
                break
        g_words = _words(g.get("epithets") or [])
        scores.ep_gold += len(g.get("epithets") or [])
        if match is None:
            scores.fn += 1
            scores.errors.append({"type": "missed", "url": item["url"], "gold": g})
            continue
        used.add(match)
        p = predicted[match]
        scores.tp += 1
        if g.get("form") is not None:
            scores.form_total += 1
            scores.confusion[(g["form"], p.form)] += 1
            if p.form == g["form"]:
                scores.form_right += 1
            else:
                scores.errors.append({"type": "form", "url": item["url"], "gold": g,
                                      "got": p.as_dict()})
        p_words = _words(p.epithets)
        scores.ep_pred += len(p.epithets)
        scores.ep_pred_right += sum(1 for e in p.epithets if _agree(_words([e]), g_words))
        scores.ep_gold_found += sum(1 for e in g.get("epithets") or []
                                    if _agree(_words([e]), p_words))
    for i, p in enumerate(predicted):
        if i not in used:
            scores.fp += 1
            scores.ep_pred += len(p.epithets)
            scores.errors.append({"type": "spurious", "url": item["url"], "got": p.as_dict()})
