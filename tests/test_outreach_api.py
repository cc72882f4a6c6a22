"""The outreach API: reads for anyone, writes only with the token, validated."""

import shutil

import pytest
from fastapi.testclient import TestClient

from nkwatch.store.connection import connect
from nkwatch.web.app import create_app

ATTEMPT = {"date": "2021-02-16", "initiator": "united-states", "target": "north-korea",
           "channel": "New York channel (DPRK mission to the UN)", "visibility": "private",
           "summary": "An attempt written for this test.", "sources": ["a citation"]}


@pytest.fixture
def client(kcna_2017_2018, tmp_path, monkeypatch):
    db = tmp_path / "copy.db"
    shutil.copy(kcna_2017_2018, db)
    connect(db).close()  # bring the copy to the newest schema
    token = tmp_path / "token"
    token.write_text("s3cret-token\n")
    monkeypatch.delenv("NKWATCH_TOKEN", raising=False)
    with TestClient(create_app(db, token_file=token)) as c:
        yield c


def auth(token="s3cret-token"):
    return {"Authorization": f"Bearer {token}"}


def test_writes_without_a_token_are_refused(client):
    assert client.post("/api/outreach", json=ATTEMPT).status_code == 401
    assert client.post("/api/outreach", json=ATTEMPT, headers=auth("wrong")).status_code == 403
    assert client.get("/api/outreach").json() == []


def test_server_without_token_refuses_every_write(kcna_2017_2018, tmp_path, monkeypatch):
    monkeypatch.delenv("NKWATCH_TOKEN", raising=False)
    monkeypatch.delenv("NKWATCH_TOKEN_FILE", raising=False)
    db = tmp_path / "copy.db"
    shutil.copy(kcna_2017_2018, db)
    connect(db).close()
    with TestClient(create_app(db)) as c:
        assert c.post("/api/outreach", json=ATTEMPT, headers=auth("")).status_code == 403
        assert c.post("/api/outreach", json=ATTEMPT, headers=auth("x")).status_code == 403


def test_write_read_and_audit(client):
    made = client.post("/api/outreach", json=ATTEMPT, headers=auth())
    assert made.status_code == 201, made.text
    attempt_id = made.json()["id"]
    listed = client.get("/api/outreach", params={"as_of": "2021-03-13"}).json()
    assert [(a["status"], a["days_without_answer"]) for a in listed] == [("unanswered", 25)]
    changed = client.patch(f"/api/outreach/{attempt_id}", json={"summary": "Changed."},
                           headers=auth())
    assert changed.status_code == 200 and changed.json()["summary"] == "Changed."
    answered = client.post(f"/api/outreach/{attempt_id}/responses", headers=auth(),
                           json={"date": "2021-03-18", "kind": "answered-in-public"})
    assert answered.status_code == 201
    shown = client.get(f"/api/outreach/{attempt_id}", params={"as_of": "2021-04-01"}).json()
    assert shown["status"] == "answered-in-public" and "event_study" in shown
    trail = client.get(f"/api/outreach/{attempt_id}/audit").json()
    assert [t["action"] for t in trail] == ["add", "update", "respond"]
    assert client.post(f"/api/outreach/{attempt_id}/delete", json={"reason": "test"},
                       headers=auth()).status_code == 200
    assert client.get("/api/outreach").json() == []
    assert [t["action"] for t in client.get(f"/api/outreach/{attempt_id}/audit").json()][-1] == (
        "delete")


@pytest.mark.parametrize("change, field", [({"date": "16/02/2021"}, "date"),
                                           ({"initiator": "nobody"}, "initiator"),
                                           ({"visibility": "secret"}, "visibility")])
def test_bad_input_is_422_naming_the_field(client, change, field):
    answer = client.post("/api/outreach", json=ATTEMPT | change, headers=auth())
    assert answer.status_code == 422 and field in answer.json()["error"]


def test_unknown_attempt_is_404(client):
    assert client.get("/api/outreach/999").status_code == 404
    assert client.post("/api/outreach/999/responses", headers=auth(),
                       json={"date": "2021-03-18", "kind": "replied"}).status_code == 404
