"""The outreach ledger: records, audit trail, import/export, derived facts."""

import json
import shutil

import pytest

from nkwatch.cli.main import main
from nkwatch.outreach import facts, ledger
from nkwatch.store.connection import connect

ROOT_EXAMPLE = __import__("pathlib").Path(__file__).resolve().parent.parent / "examples"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_unanswered_since_mid_february_2021(tmp_path, capsys):
    db = str(tmp_path / "l.db")
    code, out, _ = run(capsys, "outreach", "add", "--db", db, "--date", "2021-02-16",
                       "--initiator", "united-states", "--channel",
                       "New York channel (DPRK mission to the UN)", "--summary",
                       "An outreach written for this test.", "--json")
    assert code == 0
    attempt_id = json.loads(out)["id"]
    for as_of, days in (("2021-03-13", 25), ("2022-02-16", 365)):
        code, out, _ = run(capsys, "outreach", "list", "--db", db, "--as-of", as_of, "--json")
        (row,) = json.loads(out)
        assert (row["status"], row["days_without_answer"]) == ("unanswered", days)
    run(capsys, "outreach", "respond", str(attempt_id), "--db", db, "--date", "2021-03-13",
        "--kind", "none-yet")
    code, out, _ = run(capsys, "outreach", "list", "--db", db, "--as-of", "2021-03-14", "--json")
    assert json.loads(out)[0]["status"] == "unanswered"  # "none yet" is no answer
    run(capsys, "outreach", "respond", str(attempt_id), "--db", db, "--date", "2021-03-18",
        "--kind", "answered-in-public")
    code, out, _ = run(capsys, "outreach", "list", "--db", db, "--as-of", "2021-04-01", "--json")
    row = json.loads(out)[0]
    assert (row["status"], row["answered_on"], row["days_to_answer"]) == (
        "answered-in-public", "2021-03-18", 30)
    code, out, _ = run(capsys, "outreach", "list", "--db", db, "--as-of", "2021-03-17", "--json")
    assert json.loads(out)[0]["status"] == "unanswered"


def test_audit_trail_shows_every_edit(tmp_path):
    conn = connect(tmp_path / "l.db")
    a = ledger.add_attempt(conn, {"date": "2018-01-02", "initiator": "south-korea",
                                  "target": "north-korea", "channel": "public statement",
                                  "visibility": "public", "summary": "first"}, who="ana")
    ledger.update_attempt(conn, a["id"], {"summary": "second"}, who="ben")
    ledger.add_response(conn, a["id"], {"date": "2018-01-03", "kind": "replied"}, who="cy")
    ledger.delete_attempt(conn, a["id"], who="dee", reason="duplicate entry")
    trail = ledger.audit_trail(conn, a["id"])
    assert [(t["who"], t["action"]) for t in trail] == [
        ("ana", "add"), ("ben", "update"), ("cy", "respond"), ("dee", "delete")]
    assert trail[1]["before"] == {"summary": "first"} and trail[1]["after"] == {"summary": "second"}
    assert trail[3]["after"]["reason"] == "duplicate entry"
    assert ledger.list_attempts(conn) == []
    assert ledger.get_attempt(conn, a["id"], with_deleted=True)["summary"] == "second"


@pytest.mark.parametrize("field, value, message", [
    ("date", "15/02/2021", "date"), ("initiator", "nobody", "unknown actor"),
    ("visibility", "secret", "visibility"), ("summary", "", "summary")])
def test_bad_fields_are_one_line_errors(tmp_path, capsys, field, value, message):
    args = {"--date": "2021-02-16", "--initiator": "united-states", "--channel": "x",
            "--summary": "s", "--visibility": "private"}
    args[f"--{field}"] = value
    flat = [x for kv in args.items() for x in kv]
    code, _, err = run(capsys, "outreach", "add", "--db", str(tmp_path / "l.db"), *flat)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_import_example_then_export_roundtrip(tmp_path, capsys):
    db = str(tmp_path / "l.db")
    code, out, _ = run(capsys, "outreach", "import", str(ROOT_EXAMPLE / "outreach-ledger.json"),
                       "--db", db, "--json")
    summary = json.loads(out)
    assert code == 0 and summary["added"] == 4 and summary["rejected"] == 0
    code, out, _ = run(capsys, "outreach", "import", str(ROOT_EXAMPLE / "outreach-ledger.json"),
                       "--db", db, "--json")
    assert json.loads(out)["duplicates"] == 4  # importing twice adds nothing
    csv_path = tmp_path / "ledger.csv"
    assert run(capsys, "outreach", "export", "--format", "csv", "--out", str(csv_path),
               "--db", db)[0] == 0
    db2 = str(tmp_path / "l2.db")
    code, out, _ = run(capsys, "outreach", "import", str(csv_path), "--db", db2, "--json")
    assert json.loads(out)["added"] == 4
    first = json.loads(run(capsys, "outreach", "export", "--db", db)[1])
    second = json.loads(run(capsys, "outreach", "export", "--db", db2)[1])
    strip = [{k: a[k] for k in ("date", "initiator", "target", "channel", "summary", "sources")}
             for a in first]
    assert strip == [{k: a[k] for k in strip[0]} for a in second]


def test_import_reports_bad_rows_and_keeps_good_ones(tmp_path, capsys):
    path = tmp_path / "l.csv"
    path.write_text(
        "date,initiator,target,channel,visibility,summary\n"
        "2018-01-02,south-korea,north-korea,statement,public,good row\n"
        "2018-13-40,south-korea,north-korea,statement,public,bad date\n"
        "2018-01-05,nobody,north-korea,statement,public,bad actor\n"
        "2018-01-06,south-korea,north-korea,letter,private,another good row\n")
    code, out, _ = run(capsys, "outreach", "import", str(path), "--db",
                       str(tmp_path / "l.db"), "--json")
    summary = json.loads(out)
    assert code == 0 and summary["added"] == 2 and summary["rejected"] == 2
    assert [e["where"] for e in summary["errors"]] == [f"{path}:3", f"{path}:4"]


def test_show_has_media_evidence_and_event_study(kcna_2017_2018, tmp_path, capsys):
    db = tmp_path / "copy.db"
    shutil.copy(kcna_2017_2018, db)
    run(capsys, "outreach", "import", str(ROOT_EXAMPLE / "outreach-ledger.json"), "--db",
        str(db))
    code, out, _ = run(capsys, "outreach", "show", "1", "--db", str(db), "--json",
                       "--as-of", "2018-02-01")
    shown = json.loads(out)
    assert code == 0 and shown["status"] == "replied"
    media = shown["media"]
    assert media["initiator_mentioned"] and media["attempt_mentioned"]
    assert all("2018-01-02" <= e["date"] <= "2018-01-30" for e in media["evidence"]["attempt"])
    study = shown["event_study"]
    # KCNA turned warmer toward Seoul after the January 2018 talks offer
    assert study["tone_change"] is not None, study
    assert study["after"]["tone"] > study["before"]["tone"], study
    assert study["tone_change_vs_baseline"]["ci95"][0] > 0, study


def test_event_study_windows():
    assert facts.status({"date": "2021-02-15", "responses": []}, "2021-02-01")["status"] == (
        "not-yet-made")
