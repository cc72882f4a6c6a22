"""Detect silences, surges, escalations and firsts per outlet x actor.

Each detector compares a window with the actor's own trailing baseline, as a
share of the outlet's own articles, and keeps only changes unlikely under the
baseline (Poisson tails for counts, a z-test for tone). Parameters and their
reasons are data: ``nkwatch/data/signals.toml``.

>>> weeks = ["2018-01-01", "2018-01-08"]
>>> s = Series("kcna", "x", weeks, [10, 10], [1, 0], [1, 0], [0.0, 0.0], [0.0, 0.0], [0, 0])
>>> s.rate(0, 2)
0.05
"""

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from nkwatch.signals.stats import poisson_cdf, poisson_sf, strength


@lru_cache(maxsize=1)
def parameters() -> dict:
    """The detector parameters (``signals.toml``)."""
    text = (resources.files("nkwatch") / "data" / "signals.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def week_of(iso: str) -> str:
    """The Monday starting the ISO week of a date.

    >>> week_of("2017-09-22")
    '2017-09-18'
    """
    day = date.fromisoformat(iso)
    return (day - timedelta(days=day.weekday())).isoformat()


@dataclass
class Series:
    """Weekly counts of one actor in one outlet, aligned on the outlet's weeks."""

    outlet: str
    actor: str
    weeks: list[str]
    published: list[int]  # outlet's analysed articles
    articles: list[int]  # of which name the actor
    mentions: list[int]
    tone_sum: list[float]
    tone_sq: list[float]
    tone_n: list[int]
    _cumulative: dict[str, list] = field(default_factory=dict, init=False, repr=False)

    def total(self, name: str, start: int, stop: int) -> float:
        """Sum of one weekly column over weeks ``start:stop`` (prefix sums, O(1))."""
        cumulative = self._cumulative.get(name)
        if cumulative is None:
            cumulative = self._cumulative[name] = [0, *accumulate(getattr(self, name))]
        return cumulative[stop] - cumulative[start]

    def rate(self, start: int, stop: int) -> float:
        pub = self.total("published", start, stop)
        return self.total("articles", start, stop) / pub if pub else 0.0

    def tone_stats(self, start: int, stop: int) -> tuple[int, float, float]:
        """(n, mean, sd) of mention tone over weeks ``start:stop``."""
        n = self.total("tone_n", start, stop)
        if n == 0:
            return 0, 0.0, 0.0
        total = self.total("tone_sum", start, stop)
        squares = self.total("tone_sq", start, stop)
        mean = total / n
        var = max(squares / n - mean * mean, 0.0)
        return n, mean, var ** 0.5


@dataclass
class Finding:
    """A detected signal before its evidence is attached."""

    kind: str
    actor: str
    outlet: str
    date: str
    strength: float
    detail: dict
    window: tuple[str, str]  # dates whose sentences are evidence
    evidence_query: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        tag = self.detail.get("phase") or self.detail.get("what") or ""
        extra = ",".join(self.detail.get("epithets", []))
        return f"{self.kind}|{self.actor}|{self.outlet}|{self.date}|{tag}|{extra}"


def _week_end(week: str) -> str:
    return (date.fromisoformat(week) + timedelta(days=6)).isoformat()


def detect_silences(s: Series) -> list[Finding]:
    """Sustained falls of the actor's share far below its trailing baseline, and their ends."""
    p = parameters()
    base_weeks, gap = p["baseline"]["weeks"], p["baseline"]["gap_weeks"]
    win, alpha = p["silence"]["window_weeks"], p["silence"]["alpha"]
    max_ratio, end_ratio = p["silence"]["max_ratio"], p["silence"]["end_ratio"]
    out: list[Finding] = []
    in_silence = False
    frozen_rate = 0.0
    start_index = 0
    w = base_weeks + gap
    while w + win <= len(s.weeks):
        published = s.total("published", w, w + win)
        observed = s.total("articles", w, w + win)
        if not in_silence:
            b0, b1 = w - gap - base_weeks, w - gap
            base_articles = s.total("articles", b0, b1)
            if base_articles >= p["baseline"]["min_articles"] and published:
                rate = s.rate(b0, b1)
                expected = rate * published
                # the ratio test first: the Poisson tail only where it can matter
                if observed <= max_ratio * expected and (
                        (prob := poisson_cdf(observed, expected)) < alpha):
                    in_silence, frozen_rate, start_index = True, rate, w
                    out.append(Finding(
                        "silence", s.actor, s.outlet, s.weeks[w], strength(prob),
                        {"phase": "start", "observed": observed, "expected": round(expected, 1),
                         "baseline_share": round(rate, 4), "window_weeks": win,
                         "p_value": prob},
                        (s.weeks[max(b0, w - 8)], _week_end(s.weeks[w + win - 1])),
                        {"order": "last_before", "before": s.weeks[w]}))
        else:
            expected = frozen_rate * published
            if published and observed >= end_ratio * expected and w > start_index:
                in_silence = False
                out.append(Finding(
                    "silence", s.actor, s.outlet, s.weeks[w], 0.0,
                    {"phase": "end", "observed": observed, "expected": round(expected, 1),
                     "silent_weeks": w - start_index},
                    (s.weeks[w], _week_end(s.weeks[w + win - 1])), {"order": "first"}))
                w += win
                continue
        w += 1
    return out


def detect_surges(s: Series) -> list[Finding]:
    """Weeks in which the actor's share jumps far above its trailing baseline."""
    p = parameters()
    base_weeks, gap = p["baseline"]["weeks"], p["baseline"]["gap_weeks"]
    q = p["surge"]
    out: list[Finding] = []
    previous = -2
    for w in range(base_weeks + gap, len(s.weeks)):
        b0, b1 = w - gap - base_weeks, w - gap
        if s.total("articles", b0, b1) < p["baseline"]["min_articles"]:
            continue
        expected = s.rate(b0, b1) * s.published[w]
        observed = s.articles[w]
        if observed < q["min_articles"] or observed < q["min_ratio"] * max(expected, 1e-9):
            continue
        prob = poisson_sf(observed, expected)
        if prob >= q["alpha"]:
            continue
        if w == previous + 1:
            previous = w  # one surge per run of weeks
            continue
        previous = w
        out.append(Finding("surge", s.actor, s.outlet, s.weeks[w], strength(prob),
                           {"observed": observed, "expected": round(expected, 1),
                            "p_value": prob},
                           (s.weeks[w], _week_end(s.weeks[w])), {"order": "hostile_first"}))
    return out


def detect_tone_shifts(s: Series) -> list[Finding]:
    """Escalations (tone far below baseline) and de-escalations (far above)."""
    p = parameters()
    base_weeks, gap = p["baseline"]["weeks"], p["baseline"]["gap_weeks"]
    q = p["tone"]
    win = q["window_weeks"]
    out: list[Finding] = []
    current: str | None = None
    for w in range(base_weeks + gap, len(s.weeks) - win + 1):
        b0, b1 = w - gap - base_weeks, w - gap
        n0, mean0, sd0 = s.tone_stats(b0, b1)
        n, mean, _ = s.tone_stats(w, w + win)
        kind = None
        z = 0.0
        if n0 >= p["baseline"]["min_tone_mentions"] and n >= q["min_mentions"] and sd0 > 0:
            z = (mean - mean0) / (sd0 / n ** 0.5)
            if z <= -q["z"] and mean - mean0 <= -q["min_shift"]:
                kind = "escalation"
            elif z >= q["z"] and mean - mean0 >= q["min_shift"]:
                kind = "de-escalation"
        if kind is not None and kind != current:
            out.append(Finding(kind, s.actor, s.outlet, s.weeks[w], round(abs(z), 2),
                               {"mean_tone": round(mean, 3), "baseline_tone": round(mean0, 3),
                                "z": round(z, 2), "mentions": n, "window_weeks": win},
                               (s.weeks[w], _week_end(s.weeks[w + win - 1])),
                               {"order": "hostile_first" if kind == "escalation"
                                else "warm_first"}))
        current = kind
    return out
