"""Bulk (re)analysis of a whole store against batch-by-batch replacement, on KCNA 2018."""

import pytest

from conftest import kcna_file
from nkwatch.analysis import batch
from nkwatch.analysis.batch import ANALYSIS_TABLES, analyze_store
from nkwatch.ingest.pipeline import ingest_paths
from nkwatch.store.bulk_indexes import index_names
from nkwatch.store.connection import connect


def _snapshot(conn) -> dict:
    return {
        "mentions": conn.execute(
            "SELECT article_id, actor, start, end, form, epithets FROM mentions"
            " ORDER BY article_id, start, end, actor").fetchall(),
        "epithets": conn.execute(
            "SELECT e.article_id, e.actor, e.epithet, m.start FROM mention_epithets e"
            " JOIN mentions m ON m.id = e.mention_id ORDER BY 1, 4, 2, 3").fetchall(),
        "events": conn.execute(
            "SELECT article_id, type, source, target, sentence FROM events"
            " ORDER BY article_id, sentence, type, source, target").fetchall(),
        "analysed": conn.execute("SELECT count(*) FROM analyses").fetchone()[0],
        "rollups": conn.execute(
            "SELECT outlet, actor, date, articles, mentions, title, name, role, epithet,"
            " round(tone_sum, 9), tone_n FROM rollup_daily ORDER BY 1, 2, 3").fetchall(),
        "outlet_days": conn.execute("SELECT * FROM outlet_daily ORDER BY 1, 2").fetchall(),
        "signals": conn.execute("SELECT kind, actor, outlet, date FROM signals"
                                " ORDER BY 1, 2, 3, 4").fetchall(),
    }


@pytest.fixture()
def store_2018(tmp_path):
    conn = connect(tmp_path / "kcna-2018.db")
    ingest_paths(conn, [str(kcna_file(2018))], show_progress=False, workers=1)
    return conn


def test_bulk_run_equals_batchwise_replacement_and_keeps_indexes(store_2018, monkeypatch):
    conn = store_2018
    tables = [*ANALYSIS_TABLES, "rollup_daily"]  # the rollups' index is rebuilt too
    indexes = index_names(conn, tables)
    assert "rollup_daily_actor" in indexes
    monkeypatch.setattr(batch, "BULK_MIN", 10)
    analyze_store(conn, workers=2, show_progress=False)  # every article: bulk
    bulk = _snapshot(conn)
    assert bulk["analysed"] > 1500 and len(bulk["mentions"]) > 10_000
    assert index_names(conn, tables) == indexes
    assert conn.execute("SELECT count(*) FROM suspended_indexes").fetchone()[0] == 0
    monkeypatch.setattr(batch, "BULK_MIN", 10**9)
    analyze_store(conn, redo=True, workers=2, show_progress=False)  # batch by batch
    assert _snapshot(conn) == bulk


def test_an_interrupted_bulk_run_is_finished_by_the_next_one(store_2018, monkeypatch):
    conn = store_2018
    analyze_store(conn, workers=1, show_progress=False)
    whole = _snapshot(conn)
    with conn:  # rollups that no longer match: they must be rebuilt, not kept
        conn.execute("DELETE FROM rollup_daily")
        conn.execute("DELETE FROM outlet_daily")
    monkeypatch.setattr(batch, "BULK_MIN", 10)
    calls = {"n": 0}
    real = batch.analyze_rows

    def failing(rows):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(rows)

    monkeypatch.setattr(batch, "analyze_rows", failing)
    with pytest.raises(KeyboardInterrupt):
        analyze_store(conn, redo=True, workers=1, show_progress=False)
    assert 0 < conn.execute("SELECT count(*) FROM analyses").fetchone()[0] < whole["analysed"]
    assert index_names(conn, list(ANALYSIS_TABLES))  # rebuilt on the way out
    monkeypatch.setattr(batch, "analyze_rows", real)
    analyze_store(conn, workers=1, show_progress=False)  # the missing ones only
    assert _snapshot(conn) == whole


def test_new_analysis_code_redoes_the_store(store_2018, monkeypatch):
    conn = store_2018
    analyze_store(conn, workers=1, show_progress=False)  # ingest analysed them already
    assert analyze_store(conn, workers=1, show_progress=False)["analyzed"] == 0
    from nkwatch.analysis import pipeline

    monkeypatch.setattr(pipeline, "_code_version", lambda: "another-code")
    redone = analyze_store(conn, workers=1, show_progress=False)["analyzed"]
    assert redone == conn.execute("SELECT count(*) FROM analyses").fetchone()[0] > 1500
