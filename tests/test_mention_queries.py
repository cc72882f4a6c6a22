"""forms, epithets, first, actors, actor on the real KCNA archive."""

import json

from nkwatch.cli.main import main


def run_json(capsys, *args):
    code = main(list(args) + ["--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_first_dotard_for_trump_is_22_september_2017(kcna_archive, capsys):
    found = run_json(capsys, "first", "--actor", "donald-trump", "--epithet", "dotard",
                     "--outlet", "kcna", "--db", str(kcna_archive))
    assert set(found) == {"date", "outlet", "url", "title", "sentence"}
    assert found["date"] == "2017-09-22"
    assert "dotard" in found["sentence"].lower()


def test_forms_of_trump_by_month(kcna_archive, capsys):
    rows = run_json(capsys, "forms", "--actor", "donald-trump", "--outlet", "kcna", "--by",
                    "month", "--since", "2017-01-01", "--db", str(kcna_archive))
    by_month = {r["period"]: r for r in rows}
    assert set(rows[0]) == {"period", "outlet", "articles", "mentions", "title", "name",
                            "role", "epithet"}
    early = [by_month[m] for m in ("2017-01", "2017-02", "2017-03", "2017-04")]
    assert by_month["2017-02"]["title"] >= 1  # "U.S. President Trump", 4 February 2017
    assert sum(r["title"] for r in early) >= 2
    september = by_month["2017-09"]
    assert september["epithet"] > 5 * september["title"]
    assert september["epithet"] >= 0.2 * september["mentions"]
    # the share of epithets grows several-fold from early 2017 to September
    early_share = sum(r["epithet"] for r in early) / sum(r["mentions"] for r in early)
    assert september["epithet"] / september["mentions"] > 2 * early_share
    for row in rows:
        assert row["title"] + row["name"] + row["role"] + row["epithet"] == row["mentions"]


def test_epithets_list_with_examples(kcna_2017_2018, capsys):
    rows = run_json(capsys, "epithets", "--actor", "donald-trump", "--db", str(kcna_2017_2018))
    words = {r["epithet"] for r in rows}
    assert any("dotard" in w for w in words)
    for row in rows[:10]:
        assert row["first_seen"] <= row["last_seen"]
        assert row["example"]["sentence"]
        assert row["epithet"].split()[-1].rstrip('"') in row["example"]["sentence"].lower() or \
            row["epithet"].strip('"') in row["example"]["sentence"].lower()


def test_actors_and_profile(kcna_2017_2018, capsys):
    rows = run_json(capsys, "actors", "--kind", "person", "--db", str(kcna_2017_2018))
    ids = [r["id"] for r in rows]
    assert "kim-jong-un" in ids[:3]
    assert "donald-trump" in ids[:10]
    profile = run_json(capsys, "actor", "donald-trump", "--db", str(kcna_2017_2018))
    assert profile["kind"] == "person" and profile["mentions"] > 500
    (kcna,) = profile["outlets"]
    assert kcna["first_seen"] <= "2017-01-31"
    assert kcna["first_title"]["date"] <= "2017-02-28"
    assert kcna["last_epithet"]["date"] >= "2017-09-22"
    assert profile["forms"]["epithet"] > 0 and profile["forms"]["title"] > 0


def test_unknown_actor_is_one_line(kcna_2017_2018, capsys):
    assert main(["actor", "nobody-at-all", "--db", str(kcna_2017_2018)]) == 2
    assert "unknown actor" in capsys.readouterr().err


def test_first_returns_null_when_never(kcna_2017_2018, capsys):
    found = run_json(capsys, "first", "--actor", "donald-trump", "--epithet", "zzzz",
                     "--db", str(kcna_2017_2018))
    assert found is None
