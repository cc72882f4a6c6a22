"""Read records out of the input formats nkwatch knows.

Every reader yields :class:`RawRecord` (fields as found in the file) or
:class:`Rejection` (where and why a record could not be read), and never
stops at a bad record: a broken line is reported and the next one read.

Formats:
- ``jsonl``: one JSON object a line, gzip or not (the KCNA and Rodong archives);
- ``json``: one JSON array of objects, or an object holding such an array;
- ``csv``: a header line, then one record a row;
- ``newyear``: a folder of ``YYYY.txt`` files (or one such file), the date
  taken from the file name (the New Year addresses);
- ``kcna-days``: the KCNA scraper's per-day JSON files
  (``{"date", "url", "articles": [...]}``) in a folder or a ``.tar.gz``.

>>> import json, tempfile, os
>>> d = tempfile.mkdtemp(); p = os.path.join(d, "a.jsonl")
>>> _ = open(p, "w").write('{"title": "A"}\\n{broken\\n')
>>> [type(r).__name__ for r in read_jsonl(p)]
['RawRecord', 'Rejection']
"""

import csv
import gzip
import io
import json
import re
import tarfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class RawRecord:
    """One record as found in a file, before validation."""

    source: str
    position: int
    fields: dict
    defaults: dict = field(default_factory=dict)


@dataclass
class Rejection:
    """A record that could not be read or used: where, and why."""

    where: str
    why: str

    def as_dict(self) -> dict:
        return {"where": self.where, "why": self.why}


class ByteCounter:
    """Tracks how many bytes of the input files have been consumed (for progress)."""

    def __init__(self) -> None:
        self.done = 0
        self._current: io.BufferedReader | None = None
        self._base = 0

    def start(self, handle: io.BufferedReader) -> None:
        self._current = handle
        self._base = self.done

    def update(self) -> int:
        if self._current is not None and not self._current.closed:
            self.done = self._base + self._current.tell()
        return self.done

    def finish(self, size: int) -> None:
        self.done = self._base + size
        self._current = None


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


def _open_binary(path: Path, counter: ByteCounter | None) -> tuple[io.BufferedReader, object]:
    raw = open(path, "rb")
    if counter is not None:
        counter.start(raw)
    if _is_gzip(path):
        return raw, gzip.GzipFile(fileobj=raw)
    return raw, raw


_STREAM_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile, OSError)


def _lines(path: Path, counter: ByteCounter | None) -> Iterator[tuple[int, bytes] | Rejection]:
    """Yield ``(line_number, bytes)``; a truncated or corrupt gzip ends in a Rejection."""
    raw, stream = _open_binary(path, counter)
    number = 0
    try:
        while True:
            try:
                line = stream.readline()
            except _STREAM_ERRORS as exc:
                yield Rejection(f"{path}:{number + 1}", f"unreadable compressed data ({exc})")
                return
            if not line:
                return
            number += 1
            yield number, line
    finally:
        if counter is not None:
            counter.update()
        raw.close()


def _decode(line: bytes, where: str) -> str | Rejection:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(where, f"not UTF-8 text ({exc.reason} at byte {exc.start})")


def read_jsonl(path: str | Path, counter: ByteCounter | None = None) -> Iterator:
    """Read one JSON object a line."""
    path = Path(path)
    for item in _lines(path, counter):
        if isinstance(item, Rejection):
            yield item
            continue
        number, line = item
        where = f"{path}:{number}"
        text = _decode(line, where)
        if isinstance(text, Rejection):
            yield text
            continue
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejection(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Rejection(where, f"expected a JSON object, found {type(obj).__name__}")
            continue
        yield RawRecord(str(path), number, obj)


def _records_in(obj: object) -> list | None:
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict):
        for key in ("articles", "items", "records", "data", "results"):
            if isinstance(obj.get(key), list):
                return obj[key]
    return None


def read_json(path: str | Path, counter: ByteCounter | None = None) -> Iterator:
    """Read a JSON array of objects (or an object holding one); position = record number."""
    path = Path(path)
    raw, stream = _open_binary(path, counter)
    try:
        data = stream.read()
    except _STREAM_ERRORS as exc:
        yield Rejection(f"{path}:1", f"unreadable compressed data ({exc})")
        return
    finally:
        raw.close()
    text = _decode(data, f"{path}:1")
    if isinstance(text, Rejection):
        yield text
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejection(f"{path}:{exc.lineno}", f"malformed JSON ({exc.msg})")
        return
    records = _records_in(obj)
    if records is None:
        yield Rejection(f"{path}:1", "no list of records found in the JSON document")
        return
    for index, record in enumerate(records, start=1):
        if isinstance(record, dict):
            yield RawRecord(str(path), index, record)
        else:
            yield Rejection(f"{path}:{index}", "record is not a JSON object")


def read_csv(path: str | Path, counter: ByteCounter | None = None) -> Iterator:
    """Read a CSV file with a header line; position = the line where the row ends."""
    path = Path(path)
    pending: list[Rejection] = []

    def decoded() -> Iterator[str]:
        for item in _lines(path, counter):
            if isinstance(item, Rejection):
                pending.append(item)
                return
            number, line = item
            text = _decode(line, f"{path}:{number}")
            if isinstance(text, Rejection):
                pending.append(text)
                text = "\n"
            yield text

    reader = csv.reader(decoded())
    header: list[str] | None = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejection(f"{path}:{reader.line_num}", f"malformed CSV ({exc})")
            continue
        yield from pending
        pending.clear()
        if header is None:
            header = [h.strip() for h in row]
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            where = f"{path}:{reader.line_num}"
            yield Rejection(where, f"expected {len(header)} fields, found {len(row)}")
            continue
        yield RawRecord(str(path), reader.line_num, dict(zip(header, row, strict=True)))
    yield from pending


_YEAR_FILE = re.compile(r"^(\d{4})\.txt$")


def read_newyear(path: str | Path, counter: ByteCounter | None = None) -> Iterator:
    """Read ``YYYY.txt`` files: one address each, dated 1 January of that year."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if _YEAR_FILE.match(p.name))
    else:
        files = [path]
    for file in files:
        match = _YEAR_FILE.match(file.name)
        where = f"{file}:1"
        if not match:
            yield Rejection(where, "file name is not YYYY.txt")
            continue
        raw, stream = _open_binary(file, counter)
        try:
            data = stream.read()
        finally:
            raw.close()
        text = _decode(data, where)
        if isinstance(text, Rejection):
            yield text
            continue
        year = match.group(1)
        fields = {
            "date": f"{year}-01-01",
            "title": f"신년사 {year}",
            "url": f"urn:nkwatch:new-year-address:{year}",
            "body": text,
        }
        yield RawRecord(str(file), 1, fields, {"outlet": "new-year-address"})


def _day_records(name: str, data: bytes) -> Iterator:
    where = f"{name}:1"
    text = _decode(data, where)
    if isinstance(text, Rejection):
        yield text
        return
    try:
        day = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejection(f"{name}:{exc.lineno}", f"malformed JSON ({exc.msg})")
        return
    if not isinstance(day, dict) or not isinstance(day.get("articles"), list):
        yield Rejection(where, "not a KCNA day file (no 'articles' list)")
        return
    for index, article in enumerate(day["articles"], start=1):
        if not isinstance(article, dict):
            yield Rejection(f"{name}:{index}", "article is not a JSON object")
            continue
        fields = dict(article)
        fields.setdefault("date", day.get("date"))
        fields.setdefault("day_url", day.get("url"))
        yield RawRecord(name, index, fields)


def read_kcna_days(path: str | Path, counter: ByteCounter | None = None) -> Iterator:
    """Read the KCNA scraper's per-day JSON files from a folder or a tar archive."""
    path = Path(path)
    if path.is_dir():
        for file in sorted(path.rglob("*.json")):
            yield from _day_records(str(file), file.read_bytes())
        return
    raw = open(path, "rb")
    if counter is not None:
        counter.start(raw)
    try:
        with tarfile.open(fileobj=raw, mode="r|*") as archive:
            for member in archive:
                if not (member.isfile() and member.name.endswith(".json")):
                    continue
                handle = archive.extractfile(member)
                if handle is None:
                    continue
                yield from _day_records(f"{path}!{member.name}", handle.read())
                if counter is not None:
                    counter.update()
    except (tarfile.TarError, *_STREAM_ERRORS) as exc:
        yield Rejection(f"{path}:1", f"unreadable archive ({exc})")
    finally:
        raw.close()


READERS: dict[str, Callable[..., Iterator]] = {
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "newyear": read_newyear,
    "kcna-days": read_kcna_days,
}
