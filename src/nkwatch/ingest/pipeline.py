"""Ingest files into the store: read, prepare, deduplicate, write in batches.

>>> import tempfile, os
>>> from nkwatch.store.connection import connect
>>> d = tempfile.mkdtemp(); p = os.path.join(d, "a.jsonl")
>>> line = '{"date": "2018-01-09", "url": "http://kcna.kp/1", "content": "Talks."}'
>>> _ = open(p, "w").write(line + chr(10))
>>> ingest_paths(connect(":memory:"), [p], show_progress=False).as_dict()["added"]
1
"""

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from nkwatch.errors import UserError
from nkwatch.ingest.detect import detect_format
from nkwatch.ingest.prepare import PreparedArticle, prepare
from nkwatch.ingest.readers import READERS, ByteCounter, RawRecord, Rejection
from nkwatch.progress import Progress
from nkwatch.store.articles import ArticleWriter, WriteCounts

MAX_ERRORS_LISTED = 1000
BATCH_SIZE = 2000


@dataclass
class IngestSummary:
    """What an ingest did (the ``--json`` document of ``nkwatch ingest``)."""

    read: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    rejected: int = 0
    errors: list[dict] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)

    def reject(self, rejection: Rejection) -> None:
        self.rejected += 1
        if len(self.errors) < MAX_ERRORS_LISTED:
            self.errors.append(rejection.as_dict())

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "added": self.counts.added,
            "duplicates": self.counts.duplicates,
            "versions": self.counts.versions,
            "rejected": self.rejected,
            "errors": self.errors,
            "errors_listed": len(self.errors),
        }


@dataclass
class _Options:
    mapping: dict[str, str]
    outlet: str | None
    lang: str | None


def _prepare_chunk(
    records: list[RawRecord], options: _Options
) -> list[PreparedArticle | Rejection]:
    return [prepare(r, options.mapping, options.outlet, options.lang) for r in records]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def plan_inputs(paths: list[str], fmt: str | None) -> list[tuple[Path, str]]:
    """Check every path before reading any; return ``(path, format)`` pairs."""
    if fmt is not None and fmt not in READERS:
        raise UserError(f"unknown format {fmt!r}: one of {', '.join(READERS)}")
    planned = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise UserError(f"no such file or directory: {name}")
        if path.is_file() and not os.access(path, os.R_OK):
            raise UserError(f"cannot read {name}: permission denied")
        planned.append((path, fmt or detect_format(path)))
    return planned


def _input_size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def ingest_paths(
    conn,
    paths: list[str],
    *,
    fmt: str | None = None,
    mapping: dict[str, str] | None = None,
    outlet: str | None = None,
    lang: str | None = None,
    show_progress: bool = True,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    after_batch: Callable[[list[int]], None] | None = None,
) -> IngestSummary:
    """Ingest every path; bad records are counted and listed, never fatal."""
    planned = plan_inputs(paths, fmt)
    options = _Options(mapping or {}, outlet, lang)
    writer = ArticleWriter(conn)
    summary = IngestSummary()
    counter = ByteCounter()
    total = sum(_input_size(p) for p, _ in planned)

    def records() -> Iterator[RawRecord]:
        for path, name in planned:
            for item in READERS[name](path, counter):
                if isinstance(item, Rejection):
                    summary.reject(item)
                else:
                    summary.read += 1
                    yield item
            if path.is_file():
                counter.finish(_input_size(path))

    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
    try:
        chunks = _chunks(records(), 250)
        if pool is not None:
            prepared_chunks = _bounded_map(pool, chunks, options, ahead=4 * workers)
        else:
            prepared_chunks = (_prepare_chunk(c, options) for c in chunks)
        with Progress("ingest", total, unit="articles", enabled=show_progress) as bar:
            batch: list[PreparedArticle] = []
            for prepared in prepared_chunks:
                for item in prepared:
                    if isinstance(item, Rejection):
                        summary.reject(item)
                    else:
                        batch.append(item)
                if len(batch) >= batch_size:
                    _flush(writer, batch, summary, after_batch)
                    batch = []
                bar.update(counter.update(), summary.read)
            _flush(writer, batch, summary, after_batch)
            bar.update(total, summary.read)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return summary


def _bounded_map(pool: ProcessPoolExecutor, chunks: Iterator[list], options: _Options, ahead: int):
    """Like ``pool.map`` but keeps only ``ahead`` chunks in flight, in order."""
    pending = deque()
    for chunk in chunks:
        pending.append(pool.submit(_prepare_chunk, chunk, options))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _flush(writer: ArticleWriter, batch, summary: IngestSummary, after_batch) -> None:
    if not batch:
        return
    before = len(writer.added_ids)
    summary.counts += writer.write(batch)
    new_ids = writer.added_ids[before:]
    summary.added_ids.extend(new_ids)
    if after_batch is not None and new_ids:
        after_batch(new_ids)
