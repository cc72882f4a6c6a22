"""Stored events on the real KCNA 2017-2018 archive, through the CLI."""

import json

from nkwatch.cli.main import main


def test_events_north_korea_to_united_states_by_month(kcna_2017_2018, capsys):
    code = main(["events", "--source", "north-korea", "--target", "united-states", "--by",
                 "month", "--json", "--db", str(kcna_2017_2018)])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = json.loads(out)
    assert rows
    types = {r["type"] for r in rows}
    assert {"THREATEN", "DISAPPROVE"} <= types
    for row in rows:
        assert {"period", "type", "events", "score", "evidence"} <= set(row)
        assert row["evidence"] and len(row["evidence"]) <= min(3, row["events"])
        for e in row["evidence"]:
            assert e["sentence"] and e["url"]
            assert row["first"] <= e["date"] <= row["last"]
    september = [r for r in rows if r["period"] == "2017-09"]
    assert sum(r["events"] for r in september if r["type"] == "THREATEN") >= 5


def test_events_listing_has_countries(kcna_2017_2018, capsys):
    code = main(["events", "--source", "north-korea", "--type", "THREATEN", "--limit", "20",
                 "--json", "--db", str(kcna_2017_2018)])
    rows = json.loads(capsys.readouterr().out)
    assert code == 0 and len(rows) == 20
    for row in rows:
        assert row["type"] == "THREATEN"
        assert "north-korea" in (row["source"], row["source_country"])
        assert row["sentence"]
