"""Read an article's text from the shared corpora by corpus file and url.

The labelled data in ``tests/gold`` refers to articles as (corpus, url); the
text is read from ``../shared/corpora`` at run time, never copied.

>>> article_text({"content": ["a", "b"]})
'a\\n\\nb'
"""

import gzip
import json
from functools import lru_cache
from pathlib import Path


def article_text(record: dict) -> str:
    """The article text as the labels count offsets: content, paragraphs joined."""
    content = record.get("content") or ""
    if isinstance(content, list):
        return "\n\n".join(content)
    return content


@lru_cache(maxsize=64)
def _load(path: str) -> dict[str, dict]:
    if path.endswith(".txt"):
        text = Path(path).read_text(encoding="utf-8")
        return {Path(path).name: {"content": text, "title": "", "date": Path(path).stem + "-01-01"}}
    out: dict[str, dict] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            out.setdefault(record["url"], record)
    return out


def find_article(corpora: Path, corpus: str, url: str) -> dict:
    """The corpus record of ``url`` in ``corpora/corpus`` (first one with that url)."""
    path = corpora / corpus
    records = _load(str(path))
    if path.suffix == ".txt":
        return records[path.name]
    return records[url]
