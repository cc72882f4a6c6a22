"""Write prepared articles to the store: deduplicated, versioned, indexed.

- a url already stored with the same text is a duplicate (nothing written);
- a url already stored with other text is a new version of that article;
- the same normalised text under a new url is an alias of the first article;
- otherwise the article is added, and indexed for full-text search.

Each batch is one transaction, so a killed ingest loses at most the batch in
flight, and running it again adds exactly what is missing.

>>> from nkwatch.store.connection import connect
>>> from nkwatch.ingest.prepare import PreparedArticle
>>> w = ArticleWriter(connect(":memory:"))
>>> a = PreparedArticle("kcna", "en", "2018-01-09", "u1", "T", "x", "x", "[]", "h1", "f", 1)
>>> w.write([a, a]).as_dict()
{'added': 1, 'duplicates': 1, 'versions': 0}
"""

import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from nkwatch.ingest.prepare import PreparedArticle


@dataclass
class WriteCounts:
    """What one or more batches did."""

    added: int = 0
    duplicates: int = 0
    versions: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def __iadd__(self, other: "WriteCounts") -> "WriteCounts":
        self.added += other.added
        self.duplicates += other.duplicates
        self.versions += other.versions
        return self


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ArticleWriter:
    """Writes batches of :class:`PreparedArticle` into one store."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.added_ids: list[int] = []
        self._url_ids: dict[str, tuple[int, str]] | None = None
        self._hash_ids: dict[str, int] | None = None
        self._alias_urls: set[str] | None = None
        self._next_id = 0

    def _load(self) -> None:
        rows = self.conn.execute("SELECT id, url, hash FROM articles").fetchall()
        self._url_ids = {r[1]: (r[0], r[2]) for r in rows}
        self._hash_ids = {r[2]: r[0] for r in rows}
        versions = self.conn.execute("SELECT article_id, hash FROM article_versions").fetchall()
        for article_id, digest in versions:
            self._hash_ids.setdefault(digest, article_id)
        self._alias_urls = {r[0] for r in self.conn.execute("SELECT url FROM aliases")}
        self._next_id = (self.conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1

    def write(self, batch: list[PreparedArticle]) -> WriteCounts:
        """Write one batch in one transaction; return what it did."""
        if self._url_ids is None:
            self._load()
        assert self._url_ids is not None and self._hash_ids is not None
        assert self._alias_urls is not None
        counts = WriteCounts()
        now = _now()
        new_rows, fts_rows, alias_rows, version_rows = [], [], [], []
        for art in batch:
            known = self._url_ids.get(art.url)
            if known is not None:
                article_id, digest = known
                if digest == art.hash or self._hash_ids.get(art.hash) == article_id:
                    counts.duplicates += 1
                else:
                    version_rows.append((article_id, art.title, art.body_raw, art.hash,
                                         art.source, art.position, now))
                    self._hash_ids[art.hash] = article_id
                    counts.versions += 1
                continue
            if art.url in self._alias_urls:
                counts.duplicates += 1
                continue
            first = self._hash_ids.get(art.hash)
            if first is not None:
                alias_rows.append((art.url, first, art.source, art.position, now))
                self._alias_urls.add(art.url)
                counts.duplicates += 1
                continue
            article_id = self._next_id
            self._next_id += 1
            new_rows.append((article_id, art.outlet, art.lang, art.date, art.url, art.title,
                             art.body_raw, art.body, art.offset_map, art.hash, art.source,
                             art.position, now))
            fts_rows.append((article_id, art.title, art.body))
            self._url_ids[art.url] = (article_id, art.hash)
            self._hash_ids[art.hash] = article_id
            counts.added += 1
        try:
            with self.conn:
                self.conn.executemany(
                    "INSERT INTO articles (id, outlet, lang, date, url, title, body_raw, body,"
                    " offset_map, hash, source, position, ingested_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    new_rows,
                )
                self.conn.executemany(
                    "INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)", fts_rows
                )
                self.conn.executemany(
                    "INSERT OR IGNORE INTO aliases (url, article_id, source, position,"
                    " ingested_at) VALUES (?,?,?,?,?)",
                    alias_rows,
                )
                self.conn.executemany(
                    "INSERT OR IGNORE INTO article_versions (article_id, title, body_raw, hash,"
                    " source, position, ingested_at) VALUES (?,?,?,?,?,?,?)",
                    version_rows,
                )
        except sqlite3.Error:
            self._url_ids = None  # caches may be ahead of the rolled-back store
            raise
        self.added_ids.extend(row[0] for row in new_rows)
        return counts
