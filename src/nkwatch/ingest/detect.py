"""Tell which input format a path holds (``--format`` overrides).

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> _ = open(os.path.join(d, "2019.txt"), "w").write("새해")
>>> detect_format(d)
'newyear'
"""

import gzip
import re
from pathlib import Path

from nkwatch.errors import UserError
from nkwatch.ingest.readers import READERS

_YEAR_FILE = re.compile(r"^\d{4}\.txt$")


def _peek(path: Path, size: int = 4096) -> bytes:
    with open(path, "rb") as handle:
        head = handle.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    try:
        with opener(path, "rb") as handle:
            return handle.read(size)
    except (OSError, EOFError):
        return b""


def detect_format(path: str | Path) -> str:
    """Return the reader name for ``path`` or raise :class:`UserError`."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"no such file or directory: {path}")
    if path.is_dir():
        names = [p.name for p in path.iterdir()]
        if any(_YEAR_FILE.match(n) for n in names):
            return "newyear"
        if any(n.endswith(".json") for n in names) or any(path.rglob("*_juche.json")):
            return "kcna-days"
        raise UserError(f"cannot tell the format of folder {path}: no YYYY.txt or day .json files")
    name = path.name.lower()
    if _YEAR_FILE.match(name):
        return "newyear"
    if name.endswith((".tar.gz", ".tgz", ".tar")):
        return "kcna-days"
    stem = name[:-3] if name.endswith(".gz") else name
    if stem.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if stem.endswith(".csv"):
        return "csv"
    head = _peek(path).lstrip()
    if stem.endswith(".json") or head[:1] in (b"[", b"{"):
        first_line = head.split(b"\n", 1)[0].strip()
        if head[:1] == b"{" and first_line.endswith(b"}"):
            return "jsonl"
        return "json"
    raise UserError(f"cannot tell the format of {path}: use --format ({', '.join(READERS)})")
