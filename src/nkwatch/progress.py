"""Progress bars on stderr for long runs: share done, items per second, ETA.

Quiet when disabled or when stderr is not a terminal and ``NKWATCH_PROGRESS``
is not set to 1 (so logs and tests stay clean).

>>> with Progress("ingest", 10, enabled=False) as bar:
...     bar.update(5, 100)
"""

import os
import sys
import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress
from rich.text import Text


class _RateColumn(ProgressColumn):
    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task) -> Text:
        items = task.fields.get("items", 0)
        elapsed = task.elapsed or 0.0
        rate = items / elapsed if elapsed > 0 else 0.0
        return Text(f"{items:,} {self.unit} · {rate:,.0f}/s", style="cyan")


def progress_wanted(enabled: bool) -> bool:
    """Whether to draw bars: asked for, and stderr is a terminal (or forced)."""
    if not enabled:
        return False
    if os.environ.get("NKWATCH_PROGRESS") == "1":
        return True
    return sys.stderr.isatty()


class Progress:
    """A one-task progress bar; ``update(done, items)`` with done in units of total."""

    def __init__(self, label: str, total: float, unit: str = "items", enabled: bool = True):
        self.enabled = progress_wanted(enabled)
        self.label = label
        self.total = total
        self.unit = unit
        self._bar: RichProgress | None = None
        self._task = None
        self._last = 0.0

    def __enter__(self) -> "Progress":
        if self.enabled:
            self._bar = RichProgress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TaskProgressColumn(),
                _RateColumn(self.unit),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task(self.label, total=self.total or 1, items=0)
        return self

    def update(self, done: float, items: int) -> None:
        if self._bar is None:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < self.total:
            return
        self._last = now
        self._bar.update(self._task, completed=done, items=items)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
