"""``nkwatch report``: one self-contained HTML file about an actor, to read offline or mail.

Charts are inline SVG drawn with matplotlib (optionally also PNG files); the
page has no script and loads nothing, and its Content-Security-Policy forbids
both. All article text is escaped.

>>> from nkwatch.store.connection import connect
>>> html = build_report(connect(":memory:"), "donald-trump")
>>> "<script" in html, "<svg" in html
(False, True)
"""

from pathlib import Path

from nkwatch.report.charts import CHARTS, render_charts
from nkwatch.report.data import gather


def build_report(conn, actor: str, *, since: str | None = None, until: str | None = None,
                 by: str = "month", data: dict | None = None,
                 charts: dict | None = None) -> str:
    """The report as one HTML document (``data`` from :func:`gather` when given)."""
    from datetime import UTC, datetime

    from nkwatch import __version__
    from nkwatch.web.render import render

    if data is None:
        data = gather(conn, actor, since=since, until=until, by=by)
    if charts is None:
        charts = render_charts(data, fmt="svg")
    return render("report.html", data=data, charts=charts, titles=CHARTS, version=__version__,
                  generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


def write_report(conn, actor: str, out_path: str | Path, *, since: str | None = None,
                 until: str | None = None, by: str = "month",
                 png_dir: str | Path | None = None) -> list[Path]:
    """Write the report to ``out_path`` (and its charts as PNG into ``png_dir``).

    Returns the PNG files written.
    """
    from nkwatch.errors import UserError

    out = Path(out_path)
    if not out.parent.resolve().is_dir():
        raise UserError(f"cannot write {out}: no directory {out.parent}")
    data = gather(conn, actor, since=since, until=until, by=by)
    html = build_report(conn, actor, since=since, until=until, by=by, data=data)
    out.write_text(html, encoding="utf-8")
    written: list[Path] = []
    if png_dir is not None:
        folder = Path(png_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"cannot create {folder}: {exc}") from exc
        for name, png in render_charts(data, fmt="png").items():
            path = folder / f"{actor}-{name}.png"
            path.write_bytes(png)
            written.append(path)
    return written


__all__ = ["build_report", "write_report"]
