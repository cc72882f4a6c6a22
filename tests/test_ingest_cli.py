"""The ingest command on the real archives, and on broken input."""

import json
import sqlite3

import pytest

from conftest import NEW_YEAR, RODONG, kcna_file
from nkwatch.cli.main import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_kcna_2017_2018_twice_adds_nothing_the_second_time(tmp_path, capsys):
    db = str(tmp_path / "n.db")
    files = [str(kcna_file(2017)), str(kcna_file(2018))]
    code, out, _ = run(capsys, "ingest", *files, "--db", db, "--json")
    first = json.loads(out)
    assert code == 0
    assert first["read"] == 8490 + 2270
    assert first["added"] > 10000
    # every record read is accounted for exactly once
    assert first["added"] + first["duplicates"] + first["versions"] + first["rejected"] == (
        first["read"]
    )
    assert {e["why"] for e in first["errors"]} <= {"no body"}
    code, out, _ = run(capsys, "ingest", *files, "--db", db, "--json")
    second = json.loads(out)
    assert code == 0
    assert second["added"] == 0
    assert second["versions"] == 0
    conn = sqlite3.connect(db)
    langs = dict(conn.execute("SELECT lang, count(*) FROM articles GROUP BY lang").fetchall())
    assert set(langs) == {"en", "es"}
    assert 0.10 < langs["es"] / (langs["en"] + langs["es"]) < 0.25
    spanish_title = conn.execute(
        "SELECT lang FROM articles WHERE title LIKE 'Efectuad%' OR title LIKE 'Celebrad%'"
    ).fetchall()
    assert spanish_title and {r[0] for r in spanish_title} == {"es"}
    (dupes,) = conn.execute("SELECT count(*) FROM (SELECT url FROM articles GROUP BY url "
                            "HAVING count(*) > 1)").fetchone()
    assert dupes == 0


def test_same_text_under_another_url_is_an_alias(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    rows = [
        {"date": "2018-01-09", "url": "http://kcna.kp/1", "title": "T", "content": "Same text."},
        {"date": "2018-01-09", "url": "http://kcna.kp/2", "title": "T", "content": "Same  text."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = str(tmp_path / "n.db")
    code, out, _ = run(capsys, "ingest", str(path), "--db", db, "--json")
    summary = json.loads(out)
    assert (summary["added"], summary["duplicates"]) == (1, 1)
    conn = sqlite3.connect(db)
    aliases = conn.execute("SELECT url, article_id FROM aliases").fetchall()
    assert aliases == [("http://kcna.kp/2", 1)]


def test_changed_text_under_the_same_url_is_kept_as_a_version(tmp_path, capsys):
    db = str(tmp_path / "n.db")
    for text in ("First version.", "Second version."):
        path = tmp_path / "a.jsonl"
        path.write_text(json.dumps({"date": "2018-01-09", "url": "http://kcna.kp/1",
                                    "content": text}) + "\n")
        run(capsys, "ingest", str(path), "--db", db, "--json")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT body FROM articles").fetchall() == [("First version.",)]
    assert conn.execute("SELECT body_raw FROM article_versions").fetchall() == [
        ("Second version.",)
    ]


def test_one_broken_line_among_good_ones(tmp_path, capsys):
    good = kcna_file(2018)
    import gzip

    with gzip.open(good, "rt", encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(5)]
    lines.insert(3, '{"date": "2018-01-01", "title": "broken", "content": \n')
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(path), "--db", str(tmp_path / "n.db"), "--json")
    summary = json.loads(out)
    assert code == 0
    assert summary["rejected"] == 1
    assert summary["errors"][0]["where"] == f"{path}:4"
    assert summary["added"] == 5
    assert summary["read"] == 5


def test_records_without_date_or_body_are_rejected(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    rows = [{"url": "http://kcna.kp/1", "content": "No date."},
            {"date": "2018-01-09", "url": "http://kcna.kp/2", "content": "  \r\n\t "},
            {"date": "yesterday", "url": "http://kcna.kp/3", "content": "Bad date."},
            {"date": "2018-01-09", "url": "http://kcna.kp/4", "content": "Good."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, out, _ = run(capsys, "ingest", str(path), "--db", str(tmp_path / "n.db"), "--json")
    summary = json.loads(out)
    assert summary["added"] == 1 and summary["rejected"] == 3
    assert [e["why"] for e in summary["errors"]] == ["no date", "no body",
                                                     "unreadable date 'yesterday'"]


def test_missing_path_exits_2_with_one_line(tmp_path, capsys):
    code, out, err = run(capsys, "ingest", str(tmp_path / "nope.jsonl"),
                         "--db", str(tmp_path / "n.db"))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "no such file" in err


def test_unknown_option_exits_2_with_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "ingest", "x", "--bogus")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_generic_csv_with_a_field_map(tmp_path, capsys):
    path = tmp_path / "scrape.csv"
    path.write_text(
        "headline,link,date_str,story_text\n"
        "Talks held,http://www.rodong.rep.kp/en/1,2021-06-17,\"Talks were held, it said.\"\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "n.db")
    code, out, _ = run(capsys, "ingest", str(path), "--db", db, "--json",
                       "--map", "title=headline,url=link,date=date_str,body=story_text")
    assert code == 0 and json.loads(out)["added"] == 1
    row = sqlite3.connect(db).execute("SELECT outlet, title, body, lang FROM articles").fetchone()
    assert row == ("rodong", "Talks held", "Talks were held, it said.", "en")


def test_bad_map_is_a_user_error(tmp_path, capsys):
    code, _, err = run(capsys, "ingest", str(RODONG), "--db", str(tmp_path / "n.db"),
                       "--map", "nonsense")
    assert code == 2 and "--map" in err


def test_rodong_and_new_year_addresses(tmp_path, capsys):
    db = str(tmp_path / "n.db")
    code, out, _ = run(capsys, "ingest", str(RODONG), str(NEW_YEAR), "--db", db, "--json")
    summary = json.loads(out)
    assert code == 0
    # two Rodong records in the archive have empty bodies
    assert [e["why"] for e in summary["errors"]] == ["no body", "no body"]
    conn = sqlite3.connect(db)
    per_outlet = dict(conn.execute("SELECT outlet, count(*) FROM articles GROUP BY outlet"))
    assert per_outlet["new-year-address"] == 73
    assert 120 <= per_outlet["rodong"] <= 134
    assert conn.execute("SELECT lang, date FROM articles WHERE url LIKE '%new-year-address:2019'"
                        ).fetchone() == ("ko", "2019-01-01")
    body = conn.execute("SELECT body FROM articles WHERE outlet='rodong' LIMIT 1").fetchone()[0]
    assert "\n" in body  # paragraphs kept apart


def test_killed_ingest_finishes_on_rerun(tmp_path):
    from nkwatch.ingest.pipeline import ingest_paths
    from nkwatch.store.connection import connect

    db = tmp_path / "n.db"

    class Killed(Exception):
        pass

    def kill(_ids):
        raise Killed

    with pytest.raises(Killed):
        ingest_paths(connect(db), [str(kcna_file(2018))], show_progress=False, batch_size=500,
                     after_batch=kill)
    conn = connect(db)
    partial = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < partial < 2000
    summary = ingest_paths(conn, [str(kcna_file(2018))], show_progress=False)
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert summary.counts.added == total - partial
    fresh = connect(tmp_path / "fresh.db")
    ingest_paths(fresh, [str(kcna_file(2018))], show_progress=False)
    assert total == fresh.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == total
