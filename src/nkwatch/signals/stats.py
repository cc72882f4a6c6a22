"""Small statistics for the detectors: Poisson tails and running sums.

>>> round(poisson_cdf(0, 10.0), 6)
4.5e-05
>>> f"{poisson_sf(20, 5.0):.3g}"
'3.45e-07'
"""

import math


def _log_pmf(k: int, lam: float) -> float:
    return k * math.log(lam) - lam - math.lgamma(k + 1)


def poisson_cdf(k: int, lam: float) -> float:
    """P(X <= k) for X ~ Poisson(lam)."""
    if lam <= 0:
        return 1.0
    if k < 0:
        return 0.0
    total = 0.0
    for i in range(k + 1):
        total += math.exp(_log_pmf(i, lam))
    return min(total, 1.0)


def poisson_sf(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam)."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    if k > lam:
        # sum the upper tail directly: accurate where 1 - cdf would round to 0
        total, i = 0.0, k
        while True:
            term = math.exp(_log_pmf(i, lam))
            total += term
            if term < total * 1e-12 or i > k + 10_000:
                return min(total, 1.0)
            i += 1
    return max(0.0, 1.0 - poisson_cdf(k - 1, lam))


def strength(p: float) -> float:
    """-log10 of a p-value, capped at 50 (a signal's strength)."""
    return round(min(50.0, -math.log10(max(p, 1e-50))), 2)
