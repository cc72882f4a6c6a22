"""The report's charts with matplotlib (no pyplot, no display): SVG to inline, or PNG.

>>> out = render_charts({"timeline": [], "forms": [], "by": "month"}, fmt="svg")
>>> sorted(out)
['forms', 'mentions', 'tone']
>>> out["mentions"].startswith("<svg")
True
"""

import io
import re

import matplotlib
from matplotlib.figure import Figure

CHARTS = {
    "mentions": "Mentions per period, per outlet",
    "forms": "Address forms per period (stacked)",
    "tone": "Mean tone per period (−1 hostile … +1 warm)",
}
FORM_COLOURS = {"title": "#2b6cb0", "name": "#8a94a6", "role": "#d69e2e", "epithet": "#c53030"}
PALETTE = ["#2b6cb0", "#c53030", "#2f855a", "#b7791f", "#6b46c1", "#dd6b20", "#319795"]
RC = {"svg.fonttype": "none", "svg.hashsalt": "nkwatch", "font.size": 9,
      "axes.spines.top": False, "axes.spines.right": False}


def _plain(label: str) -> str:
    """Keep matplotlib from reading ``$...$`` in data as math."""
    return str(label).replace("$", r"\$")


def _axes(fig: Figure, periods: list[str], ylabel: str):
    ax = fig.add_subplot(1, 1, 1)
    step = max(1, len(periods) // 16)
    ax.set_xticks(range(0, len(periods), step))
    ax.set_xticklabels([_plain(p) for p in periods[::step]], rotation=45, ha="right")
    ax.set_ylabel(ylabel)
    ax.grid(axis="y", color="#e2e8f0", linewidth=0.8)
    ax.set_axisbelow(True)
    if not periods:
        ax.text(0.5, 0.5, "no mentions in this range", ha="center", va="center",
                transform=ax.transAxes, color="#5a6577")
    return ax


def _lines(timeline: list[dict], key: str, ylabel: str) -> Figure:
    periods = sorted({r["period"] for r in timeline})
    outlets = sorted({r["outlet"] for r in timeline})
    index = {p: i for i, p in enumerate(periods)}
    fig = Figure(figsize=(9, 3.2), layout="constrained")
    ax = _axes(fig, periods, ylabel)
    for i, outlet in enumerate(outlets):
        rows = [r for r in timeline if r["outlet"] == outlet and r[key] is not None]
        ax.plot([index[r["period"]] for r in rows], [r[key] for r in rows],
                color=PALETTE[i % len(PALETTE)], label=_plain(outlet), linewidth=1.4,
                marker="o" if len(periods) <= 60 else None, markersize=2.5)
    if periods and not any(r[key] is not None for r in timeline):
        ax.text(0.5, 0.5, f"no {ylabel} measured in this range", ha="center", va="center",
                transform=ax.transAxes, color="#5a6577")
    if key == "tone":
        ax.set_ylim(-1, 1)
        ax.axhline(0, color="#a0aec0", linewidth=0.8)
    if outlets:
        ax.legend(loc="upper left", frameon=False, fontsize=8)
    return fig


def _forms(forms: list[dict]) -> Figure:
    periods = sorted({r["period"] for r in forms})
    sums = {p: dict.fromkeys(FORM_COLOURS, 0) for p in periods}
    for row in forms:
        for form in FORM_COLOURS:
            sums[row["period"]][form] += row[form] or 0
    fig = Figure(figsize=(9, 3.2), layout="constrained")
    ax = _axes(fig, periods, "mentions")
    bottom = [0] * len(periods)
    for form, colour in FORM_COLOURS.items():
        values = [sums[p][form] for p in periods]
        ax.bar(range(len(periods)), values, bottom=bottom, color=colour, label=form, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.legend(loc="upper left", frameon=False, fontsize=8, ncols=4)
    return fig


def _export(fig: Figure, fmt: str) -> str | bytes:
    buffer = io.BytesIO()
    if fmt == "png":
        fig.savefig(buffer, format="png", dpi=130)
        return buffer.getvalue()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue().decode("utf-8")
    svg = svg[svg.index("<svg"):]
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)


def render_charts(data: dict, *, fmt: str = "svg") -> dict[str, str | bytes]:
    """``{"mentions", "forms", "tone"}`` as SVG text (``fmt="svg"``) or PNG bytes."""
    with matplotlib.rc_context(RC):
        figures = {
            "mentions": _lines(data["timeline"], "mentions", "mentions"),
            "forms": _forms(data["forms"]),
            "tone": _lines(data["timeline"], "tone", "mean tone"),
        }
        return {name: _export(fig, fmt) for name, fig in figures.items()}
