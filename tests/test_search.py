import json
import re
import sqlite3

from nkwatch.cli.main import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_dotard_in_september_2017(kcna_2017_2018, capsys):
    code, out, _ = run(capsys, "search", "dotard", "--since", "2017-09-01", "--until",
                       "2017-09-30", "--json", "--db", str(kcna_2017_2018), "--limit", "500")
    assert code == 0
    hits = json.loads(out)
    conn = sqlite3.connect(kcna_2017_2018)
    expected = {
        row[0]
        for row in conn.execute(
            "SELECT id FROM articles WHERE date BETWEEN '2017-09-01' AND '2017-09-30'"
            " AND (body LIKE '%dotard%' OR title LIKE '%dotard%')"
        )
    }
    # FTS matches the word "dotard", not "dotards": compare on the whole word
    word = re.compile(r"\bdotard\b", re.I)
    expected = {
        i for i in expected
        if word.search(" ".join(conn.execute("SELECT title, body FROM articles WHERE id=?",
                                             (i,)).fetchone()))
    }
    assert {h["id"] for h in hits} == expected
    assert len(hits) >= 10
    assert min(h["date"] for h in hits) == "2017-09-22"
    for hit in hits:
        assert set(hit) == {"id", "date", "outlet", "lang", "title", "url", "snippet"}
        assert hit["outlet"] == "kcna"
        assert "dotard" in hit["snippet"].lower()


def test_phrase_prefix_boolean_and_order(kcna_2017_2018, capsys):
    db = str(kcna_2017_2018)
    code, out, _ = run(capsys, "search", '"mentally deranged"', "--json", "--db", db,
                       "--order", "date", "--limit", "50")
    hits = json.loads(out)
    assert code == 0 and hits
    assert [h["date"] for h in hits] == sorted((h["date"] for h in hits), reverse=True)
    assert all("mentally" in h["snippet"].lower() for h in hits)
    code, out, _ = run(capsys, "search", "dotar*", "--json", "--db", db, "--limit", "5")
    assert len(json.loads(out)) == 5
    code, out, _ = run(capsys, "search", "dotard NOT Trump", "--json", "--db", db)
    assert code == 0
    code, out, _ = run(capsys, "search", "Trump", "--lang", "es", "--json", "--db", db,
                       "--limit", "5")
    assert {h["lang"] for h in json.loads(out)} == {"es"}


def test_bad_query_syntax_is_one_line(kcna_2017_2018, capsys):
    code, out, err = run(capsys, "search", '"unterminated', "--db", str(kcna_2017_2018))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "bad search query" in err


def test_bad_date_is_one_line(kcna_2017_2018, capsys):
    code, _, err = run(capsys, "search", "x", "--since", "22/09/2017", "--db",
                       str(kcna_2017_2018))
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_missing_database(tmp_path, capsys):
    code, _, err = run(capsys, "search", "x", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no database" in err


def test_stats(kcna_2017_2018, capsys):
    code, out, _ = run(capsys, "stats", "--json", "--db", str(kcna_2017_2018))
    stats = json.loads(out)
    assert code == 0
    assert stats["by_outlet"] == {"kcna": stats["articles"]}
    assert set(stats["by_year"]) == {"2017", "2018"}
    assert stats["by_lang"]["es"] > 1000
