"""The dashboard: server-rendered pages (autoescaped) whose charts ``static/app.js`` draws.

Pages: ``/`` overview, ``/actors`` and ``/actors/{id}``, ``/compare``,
``/search``, ``/events`` (who did what to whom, newest first, with the
sentence), ``/articles/{id}``, ``/evidence`` (the sentences behind any
number, also shown in place by the charts), ``/outreach`` and
``/outreach/{id}`` (the ledger), ``/api`` (the API's endpoints).

Example (against a real store, so not run as a doctest)::

    from fastapi.testclient import TestClient
    TestClient(create_app("nkwatch.db")).get("/actors/donald-trump").status_code  # 200
"""

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from nkwatch.errors import UserError
from nkwatch.store import mention_queries as mq
from nkwatch.web import api, queries
from nkwatch.web.params import (
    By,
    Form,
    Offset,
    Period,
    Since,
    Until,
    date_span,
    period_range,
)
from nkwatch.web.render import render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE = 50


def _page(template: str, request: Request, **context) -> HTMLResponse:
    return HTMLResponse(render(template, path=request.url.path, **context))


@router.get("/")
def overview(request: Request) -> HTMLResponse:
    """Latest signals; the most-mentioned actors this month against their baseline."""
    data = api.overview(request, month=None, limit=15)
    return _page("overview.html", request, data=data,
                 outlets=queries.outlets(api.db(request)))


@router.get("/actors")
def actors(request: Request, since: Since = None, until: Until = None,
           kind: Annotated[str | None,
                           Query(pattern="^(person|government|country|organization)$")] = None,
           offset: Offset = 0) -> HTMLResponse:
    """Actors by mentions, with first and last seen."""
    date_span(since, until)
    found = api.actors(request, kind=kind, outlet=None, since=since, until=until,
                       limit=PAGE, offset=offset)
    rows, more = found["items"], found["has_more"]
    return _page("actors.html", request, rows=rows, more=more,
                 offset=offset, since=since, until=until, kind=kind, page_size=PAGE)


@router.get("/actors/{actor_id}")
def actor(request: Request, actor_id: Annotated[str, Path(max_length=200)],
          since: Since = None, until: Until = None, by: By = "month",
          outlet: Annotated[str | None, Query(max_length=100)] = None) -> HTMLResponse:
    """One actor: mentions per outlet, address forms, tone, epithets, signals, evidence."""
    date_span(since, until)
    conn = api.db(request)
    api.check_actor(conn, actor_id, "actor_id")
    api.check_outlet(conn, outlet or None)
    profile = api.actor(request, actor_id)
    epithets = mq.epithets(conn, actor=actor_id, outlet=outlet or None, since=since,
                           until=until, limit=50)
    signals = queries.signals(conn, actor=actor_id, since=since, until=until,
                              outlet=outlet or None, order="desc", limit=30)
    return _page("actor.html", request, profile=profile, epithets=epithets, signals=signals,
                 since=since, until=until, by=by, outlet=outlet or None)


@router.get("/compare")
def compare(request: Request,
            actor: Annotated[str | None, Query(max_length=200)] = None,
            outlets: Annotated[str | None, Query(max_length=500)] = None) -> HTMLResponse:
    """Outlets side by side for one actor."""
    if not actor:
        return _page("compare.html", request, actor=None, rows=[], outlets=outlets,
                     known=queries.outlets(api.db(request)))
    rows = api.compare(request, actor=actor, outlets=outlets or None)
    return _page("compare.html", request, actor=actor, name=queries.actor_name(actor),
                 rows=rows, outlets=",".join(r["outlet"] for r in rows),
                 known=queries.outlets(api.db(request)))


@router.get("/search")
def search(request: Request, q: Annotated[str, Query(max_length=1000)] = "",
           outlet: Annotated[str | None, Query(max_length=100)] = None,
           lang: Annotated[str | None, Query(max_length=10)] = None,
           since: Since = None, until: Until = None,
           order: Annotated[str, Query(pattern="^(relevance|date)$")] = "relevance",
           offset: Offset = 0) -> HTMLResponse:
    """Full-text search with highlighted snippets."""
    form = {"q": q, "outlet": outlet or None, "lang": lang or None, "since": since,
            "until": until, "order": order}
    hits, error, more = [], None, False
    if q.strip():
        try:
            found = api.search(request, q=q, outlet=outlet or None, lang=lang or None,
                               since=since, until=until, order=order, limit=PAGE,
                               offset=offset)
            hits, more = found["items"], found["has_more"]
        except UserError as exc:
            error = str(exc)
    status = 400 if error else 200
    response = _page("search.html", request, form=form, hits=hits, error=error, more=more,
                     offset=offset, page_size=PAGE)
    response.status_code = status
    return response


@router.get("/events")
def events(request: Request,
           source: Annotated[str | None, Query(max_length=200)] = None,
           target: Annotated[str | None, Query(max_length=200)] = None,
           type: Annotated[str | None, Query(pattern="^(|" + "|".join(queries.EVENT_TYPES)
                                                + ")$")] = None,
           outlet: Annotated[str | None, Query(max_length=100)] = None,
           since: Since = None, until: Until = None, offset: Offset = 0) -> HTMLResponse:
    """Coded events, newest first: type, source, target, trigger, score and sentence."""
    date_span(since, until)
    conn = api.db(request)
    form = {"source": source or None, "target": target or None, "type": type or None,
            "outlet": outlet or None, "since": since, "until": until}
    api.check_actor(conn, form["source"], "source")
    api.check_actor(conn, form["target"], "target")
    api.check_outlet(conn, form["outlet"])
    rows = queries.events(conn, **form, limit=PAGE + 1, offset=offset, newest_first=True)
    return _page("events.html", request, form=form, rows=rows[:PAGE], more=len(rows) > PAGE,
                 offset=offset, page_size=PAGE, types=queries.EVENT_TYPES)


@router.get("/articles/{article_id}")
def article(request: Request, article_id: Annotated[int, Path(ge=1)]) -> HTMLResponse:
    """One article, every mention highlighted and coloured by its address form."""
    found = api.article(request, article_id)
    return _page("article.html", request, article=found)


@router.get("/evidence")
def evidence(request: Request, actor: Annotated[str, Query(min_length=1, max_length=200)],
             outlet: Annotated[str | None, Query(max_length=100)] = None,
             period: Period = None, since: Since = None, until: Until = None,
             form: Form = None,
             epithet: Annotated[str | None, Query(max_length=200)] = None,
             offset: Offset = 0) -> HTMLResponse:
    """The sentences behind a number: an actor's mentions in a period, outlet, form."""
    found = api.evidence(request, actor=actor, outlet=outlet or None, period=period,
                         since=since, until=until, form=form or None, epithet=epithet or None,
                         limit=PAGE, offset=offset)
    if period:
        since, until = period_range(period)
    params = {"actor": actor, "outlet": outlet, "period": period,
              "since": None if period else since, "until": None if period else until,
              "form": form, "epithet": epithet}
    return _page("evidence.html", request, rows=found["items"], more=found["has_more"],
                 offset=offset, page_size=PAGE, params=params, name=queries.actor_name(actor),
                 span=(since, until))


@router.get("/outreach")
def outreach(request: Request, as_of: Annotated[str | None, Query(
        pattern=r"^\d{4}-\d{2}-\d{2}$")] = None) -> HTMLResponse:
    """The outreach ledger: attempts, status, days without an answer."""
    from datetime import date, timedelta

    from nkwatch.web import outreach_api

    rows = outreach_api.list_attempts(request, as_of=as_of)
    for row in rows:
        row["window_end"] = (date.fromisoformat(row["date"]) + timedelta(days=28)).isoformat()
    return _page("outreach.html", request, rows=rows,
                 as_of=as_of or date.today().isoformat())


@router.get("/outreach/{attempt_id}")
def outreach_attempt(request: Request, attempt_id: Annotated[int, Path(ge=1)],
                     as_of: Annotated[str | None, Query(
                         pattern=r"^\d{4}-\d{2}-\d{2}$")] = None) -> HTMLResponse:
    """One attempt: answers, the media around it, and the event study."""
    from nkwatch.web import outreach_api

    return _page("outreach_attempt.html", request,
                 a=outreach_api.show_attempt(request, attempt_id, as_of=as_of))


@router.get("/api")
def api_index(request: Request) -> HTMLResponse:
    """The API's endpoints and parameters, from its OpenAPI schema."""
    schema = request.app.openapi()
    return _page("api.html", request, schema=schema)
