"""Shared fixtures: the real corpora beside the project, and stores built from them."""

import gzip
import json
import os
from pathlib import Path

import pytest

from nkwatch.analysis.batch import analyze_store
from nkwatch.analysis.document import Document
from nkwatch.analysis.pipeline import annotate_raw
from nkwatch.evaluation.corpus import article_text, find_article
from nkwatch.ingest.pipeline import ingest_paths
from nkwatch.store.connection import connect

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NKWATCH_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"
KCNA = CORPORA / "kcna-en-1997-2018"
RODONG = CORPORA / "rodong-en-2021-2022" / "rodong-top-news.jsonl.gz"
NEW_YEAR = CORPORA / "new-year-addresses-ko-1946-2019"


def kcna_file(year: int) -> Path:
    return KCNA / f"kcna-{year}.jsonl.gz"


def annotate_archive_article(corpus: str, url: str) -> Document:
    """Annotate one article of the shared corpora, found by corpus file and url.

    ``corpus`` is a path under ``corpora`` ("kcna-en-1997-2018/kcna-2012.jsonl.gz");
    the article is annotated on its own date, as the labelled data is read.
    """
    record = find_article(CORPORA, corpus, url)
    return annotate_raw(article_text(record), date=record["date"])


def read_jsonl_gz(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="session", autouse=True)
def _require_shared():
    if not KCNA.is_dir():
        pytest.exit(f"the shared corpora are missing: {KCNA} (tests run on real data)", 2)


@pytest.fixture(scope="session")
def kcna_archive(tmp_path_factory) -> Path:
    """A store holding the whole KCNA archive 1997-2018, analysed (a few minutes)."""
    db = tmp_path_factory.mktemp("kcna-all") / "kcna-1997-2018.db"
    conn = connect(db)
    ingest_paths(conn, [str(p) for p in sorted(KCNA.glob("kcna-*.jsonl.gz"))],
                 show_progress=False, workers=2)
    analyze_store(conn, workers=2, show_progress=False)
    conn.close()
    return db


@pytest.fixture(scope="session")
def kcna_2017_2018(tmp_path_factory) -> Path:
    """A store holding KCNA 2017 and 2018 (built once per test session)."""
    db = tmp_path_factory.mktemp("kcna") / "kcna-2017-2018.db"
    conn = connect(db)
    ingest_paths(conn, [str(kcna_file(2017)), str(kcna_file(2018))], show_progress=False,
                 workers=2)
    analyze_store(conn, workers=2, show_progress=False)
    conn.close()
    return db
