"""The JSON API over the real KCNA 2017-2018 store: shapes, paging, 4xx answers, schema."""

import sqlite3

import pytest
from fastapi.testclient import TestClient

from nkwatch.web.app import create_app

TRUMP = "donald-trump"


@pytest.fixture(scope="module")
def client(kcna_2017_2018):
    with TestClient(create_app(kcna_2017_2018)) as c:
        yield c


def ok(client, path, **params) -> dict | list:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def fails(client, status, path, **params) -> str:
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "param"} and body["error"]
    assert "\n" not in body["error"]
    return body["error"]


def assert_page(body, limit, offset):
    assert set(body) >= {"items", "limit", "offset", "has_more", "next_offset"}
    assert body["limit"] == limit and body["offset"] == offset
    assert len(body["items"]) <= limit
    assert body["next_offset"] == (offset + limit if body["has_more"] else None)


def test_openapi_schema_lists_every_endpoint(client):
    schema = ok(client, "/openapi.json")
    assert schema["openapi"].startswith("3.")
    for path in ("/api/search", "/api/actors", "/api/actors/{actor_id}", "/api/forms",
                 "/api/epithets", "/api/first", "/api/timeline", "/api/signals",
                 "/api/compare", "/api/evidence", "/api/events", "/api/events/counts",
                 "/api/articles/{article_id}", "/api/outlets", "/api/overview"):
        assert "get" in schema["paths"][path], path
    params = {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "limit", "offset", "since", "until", "outlet"} <= params
    assert "SearchHit" in schema["components"]["schemas"]
    assert not any(p.startswith("/actors") for p in schema["paths"])  # pages stay out


def test_search_marks_matches_and_pages(client):
    body = ok(client, "/api/search", q="dotard", since="2017-09-01", until="2017-09-30",
              limit=3)
    assert_page(body, 3, 0)
    assert body["has_more"]
    hit = body["items"][0]
    assert set(hit) >= {"id", "date", "outlet", "lang", "title", "url", "snippet"}
    assert "**" in hit["snippet"] and "dotard" in hit["snippet"].lower()
    assert all("2017-09-01" <= h["date"] <= "2017-09-30" for h in body["items"])
    second = ok(client, "/api/search", q="dotard", since="2017-09-01", until="2017-09-30",
                limit=3, offset=3)
    assert not {h["id"] for h in body["items"]} & {h["id"] for h in second["items"]}
    by_date = ok(client, "/api/search", q="dotard", order="date", limit=20)["items"]
    assert [h["date"] for h in by_date] == sorted((h["date"] for h in by_date), reverse=True)
    # newest first, paged the same way, each hit with its own snippet
    later = ok(client, "/api/search", q="dotard", order="date", limit=5, offset=5)["items"]
    assert later == by_date[5:10]
    assert all("**" in h["snippet"] for h in by_date)


def test_search_errors(client):
    assert "unterminated" in fails(client, 400, "/api/search", q='"dotard')
    assert "unterminated" in fails(client, 400, "/api/search", q='"dotard', order="date")
    assert "limit" in fails(client, 422, "/api/search", q="dotard", limit=201)
    assert "q" in fails(client, 422, "/api/search")
    assert "order" in fails(client, 422, "/api/search", q="x", order="random")


def test_actors_page_consistently(client):
    ten = ok(client, "/api/actors", limit=10)["items"]
    later = ok(client, "/api/actors", limit=5, offset=5)
    assert_page(later, 5, 5)
    assert later["items"] == ten[5:10]
    assert set(ten[0]) >= {"id", "name", "kind", "mentions", "articles", "first_seen",
                           "last_seen"}
    assert [a["mentions"] for a in ten] == sorted((a["mentions"] for a in ten), reverse=True)
    people = ok(client, "/api/actors", kind="person", limit=50)["items"]
    assert TRUMP in {a["id"] for a in people}
    assert all(a["kind"] == "person" for a in people)


def test_actor_profile_and_unknown_actor(client):
    profile = ok(client, f"/api/actors/{TRUMP}")
    assert profile["id"] == TRUMP and profile["kind"] == "person"
    assert profile["mentions"] > 500
    assert profile["outlets"][0]["outlet"] == "kcna"
    assert set(profile["forms"]) == {"epithet", "title", "name", "role"}
    message = fails(client, 404, "/api/actors/no-such-person-anywhere")
    assert "no-such-person-anywhere" in message
    for path in ("/api/forms", "/api/timeline", "/api/first", "/api/evidence",
                 "/api/compare"):
        fails(client, 404, path, actor="no-such-person-anywhere")


def test_forms_and_timeline(client):
    forms = ok(client, "/api/forms", actor=TRUMP, since="2017-01-01", until="2017-12-31")
    rows = forms["items"]
    assert [r["period"] for r in rows] == sorted(r["period"] for r in rows)
    september = next(r for r in rows if r["period"] == "2017-09")
    assert september["mentions"] == sum(september[f] for f in ("title", "name", "role",
                                                                "epithet"))
    assert september["mentions"] > 100
    timeline = ok(client, "/api/timeline", actor=TRUMP, by="year")["items"]
    assert {r["period"] for r in timeline} == {"2017", "2018"}
    assert all(set(r) >= {"period", "outlet", "articles", "mentions", "share", "tone"}
               and 0 <= r["share"] <= 1 for r in timeline)
    days = ok(client, "/api/timeline", actor=TRUMP, by="day", limit=100, offset=100)
    assert_page(days, 100, 100)
    assert days["has_more"]
    assert "by" in fails(client, 422, "/api/forms", actor=TRUMP, by="week")
    assert "limit" in fails(client, 422, "/api/timeline", actor=TRUMP, limit=0)
    assert "offset" in fails(client, 422, "/api/timeline", actor=TRUMP, offset=-1)


def test_bad_dates_are_422(client):
    for bad in ("2017-13-01", "2017-9-1", "yesterday", "2017-02-30"):
        message = fails(client, 422, "/api/timeline", actor=TRUMP, since=bad)
        assert message.startswith("since:") and "YYYY-MM-DD" in message
    assert "after" in fails(client, 422, "/api/forms", actor=TRUMP, since="2018-01-01",
                            until="2017-01-01")


def test_epithets_first_and_compare(client):
    rows = ok(client, "/api/epithets", limit=5)
    assert_page(rows, 5, 0)
    for row in rows["items"]:
        assert set(row) >= {"epithet", "actor", "count", "first_seen", "last_seen", "example"}
        assert row["first_seen"] <= row["last_seen"]
    found = ok(client, "/api/first", actor=TRUMP)
    assert found["date"].startswith("2017") and found["sentence"] and found["url"]
    assert ok(client, "/api/first", actor=TRUMP, since="2099-01-01") is None
    assert "form" in fails(client, 422, "/api/first", actor=TRUMP, form="nickname")
    compare = ok(client, "/api/compare", actor=TRUMP)
    assert [r["outlet"] for r in compare] == ["kcna"]
    assert compare[0]["mentions"] == sum(compare[0]["forms"].values())
    period = compare[0]["store_period"]
    assert period["first"] <= compare[0]["first_mention"]["date"] <= period["last"]
    assert "rodong" in fails(client, 404, "/api/compare", actor=TRUMP, outlets="kcna,rodong")


def test_signals(client):
    all_rows = ok(client, "/api/signals", limit=1000)
    assert all_rows["items"], "the analysed store has signals"
    row = all_rows["items"][0]
    assert set(row) >= {"kind", "actor", "outlet", "date", "detail", "evidence"}
    assert all(set(e) >= {"url", "date", "sentence"} for e in row["evidence"])
    page = ok(client, "/api/signals", limit=2, offset=1)
    assert page["items"] == all_rows["items"][1:3]
    latest = ok(client, "/api/signals", order="desc", limit=5)["items"]
    assert [s["date"] for s in latest] == sorted((s["date"] for s in latest), reverse=True)
    firsts = ok(client, "/api/signals", kind="first", limit=50)["items"]
    assert all(s["kind"] == "first" for s in firsts)


def test_evidence_of_a_chart_cell(client):
    body = ok(client, "/api/evidence", actor=TRUMP, period="2017-09", limit=50)
    assert_page(body, 50, 0)
    assert body["has_more"]
    assert all(r["date"].startswith("2017-09") for r in body["items"])
    row = body["items"][0]
    assert set(row) >= {"mention", "article_id", "url", "date", "outlet", "title", "text",
                        "form", "epithets", "tone", "sentence"}
    assert row["text"] in row["sentence"]
    day = ok(client, "/api/evidence", actor=TRUMP, since="2017-09-22", until="2017-09-22",
             outlet="kcna", limit=200)["items"]
    assert day and all(r["date"] == "2017-09-22" for r in day)
    titled = ok(client, "/api/evidence", actor=TRUMP, period="2017", form="title")["items"]
    assert titled and all(r["form"] == "title" for r in titled)
    nxt = ok(client, "/api/evidence", actor=TRUMP, period="2017-09", limit=25, offset=25)
    assert nxt["items"] == body["items"][25:50]
    assert "period" in fails(client, 422, "/api/evidence", actor=TRUMP, period="2017-13")
    assert "either" in fails(client, 422, "/api/evidence", actor=TRUMP, period="2017",
                             since="2017-01-01")
    assert "limit" in fails(client, 422, "/api/evidence", actor=TRUMP, limit=1001)


def test_events(client):
    body = ok(client, "/api/events", limit=10)
    assert_page(body, 10, 0)
    for row in body["items"]:
        assert set(row) >= {"article_id", "outlet", "date", "type", "source", "target",
                            "sentence", "trigger", "score", "url"}
    counts = ok(client, "/api/events/counts", by="year")
    assert all(set(r) >= {"period", "type", "events"} for r in counts["items"])
    assert "THREATEN" in fails(client, 422, "/api/events", type="SHOUT")


def test_events_page_newest_first_with_filters(client):
    page = client.get("/events", params={"type": "THREATEN", "target": "united-states"})
    assert page.status_code == 200
    rows = page.text.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert rows and all("<td>THREATEN</td>" in r for r in rows)
    dates = [r.split("<time>")[1].split("</time>")[0] for r in rows]
    assert dates == sorted(dates, reverse=True)
    # the API knows no later one
    latest = ok(client, "/api/events", type="THREATEN", target="united-states",
                since=dates[0])["items"]
    assert latest and max(e["date"] for e in latest) == dates[0]
    assert client.get("/events", params={"source": "nobody-at-all"}).status_code == 404
    assert client.get("/events", params={"type": "SHOUT"}).status_code == 422
    assert "No events." in client.get("/events", params={"since": "2030-01-01"}).text


def test_article_with_mentions(client):
    hit = ok(client, "/api/search", q="dotard", since="2017-09-22", until="2017-09-22",
             limit=1)["items"][0]
    article = ok(client, f"/api/articles/{hit['id']}")
    assert set(article) >= {"id", "outlet", "lang", "date", "url", "title", "body", "mentions",
                            "events"}
    assert article["mentions"], "an analysed article names someone"
    for m in article["mentions"]:
        assert article["body"][m["start"]:m["end"]] == m["text"]
        assert isinstance(m["epithets"], list)
    assert "999999999" in fails(client, 404, "/api/articles/999999999")
    fails(client, 422, "/api/articles/0")
    fails(client, 422, "/api/articles/abc")


def test_outlets_and_overview(client):
    outlets = ok(client, "/api/outlets")
    assert [o["outlet"] for o in outlets] == ["kcna"]
    assert outlets[0]["first"].startswith("2017") and outlets[0]["last"].startswith("2018")
    overview = ok(client, "/api/overview", month="2017-09", limit=10)
    trend = overview["trending"]
    assert trend["month"] == "2017-09" and len(trend["actors"]) == 10
    trump = next(a for a in trend["actors"] if a["id"] == TRUMP)
    assert trump["ratio"] > 1.5, "September 2017 is far above Trump's baseline"
    assert "month" in fails(client, 422, "/api/overview", month="2017-9")
    assert overview["latest"] == ok(client, "/api/overview")["latest"]


def test_unknown_outlet_and_route(client):
    assert "nowhere" in fails(client, 404, "/api/search", q="dotard", outlet="nowhere")
    fails(client, 404, "/api/no-such-endpoint")


def test_server_is_read_only(client):
    conn = client.app.state.store.conn()
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("CREATE TABLE scribble (x)")
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM signals")


def test_pages_render_with_a_strict_policy(client):
    for path in ("/", "/actors", f"/actors/{TRUMP}", f"/compare?actor={TRUMP}",
                 "/search?q=dotard", "/evidence?actor=donald-trump&period=2017-09", "/api",
                 "/events"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "//cdn" not in response.text and "https://" not in response.text.split(
            "<main")[0]
    assert client.get("/actors/nobody-at-all").status_code == 404
    assert "not a date" in client.get("/evidence?actor=donald-trump&since=2017-13-01").text
    assert client.get("/search?q=%22dotard").status_code == 400
    assert client.get("/static/chart.umd.js").status_code == 200
