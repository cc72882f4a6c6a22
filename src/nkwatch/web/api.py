"""The JSON API under ``/api/``: everything the CLI answers, paged, read-only.

Lists come as ``{"items", "limit", "offset", "has_more", "next_offset"}``;
bad parameters are 422, unknown actors, outlets and articles 404, malformed
search queries 400, each as ``{"error": "one line", "param": ...}``.

Example (against a real store, so not run as a doctest)::

    from fastapi.testclient import TestClient
    client = TestClient(create_app("nkwatch.db"))
    client.get("/api/timeline", params={"actor": "donald-trump"}).json()["items"][0]
    # {'period': '2016-11', 'outlet': 'kcna', 'articles': 3, ...}
"""

import sqlite3
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, HTTPException, Path, Query, Request

from nkwatch.store import mention_queries as mq
from nkwatch.store.search import search as fts_search
from nkwatch.web import models as m
from nkwatch.web import queries
from nkwatch.web.params import (
    BadParameter,
    By,
    Form,
    Limit,
    Offset,
    Period,
    SeriesLimit,
    Since,
    Until,
    date_span,
    page,
    period_range,
    window,
)

ERRORS = {400: {"model": m.Error}, 404: {"model": m.Error}, 422: {"model": m.Error}}
router = APIRouter(prefix="/api", responses=ERRORS)

Actor = Annotated[str, Query(min_length=1, max_length=200,
                             description="Actor id, e.g. donald-trump.")]
OptActor = Annotated[str | None, Query(min_length=1, max_length=200, description="Actor id.")]
Outlet = Annotated[str | None, Query(min_length=1, max_length=100,
                                     description="Outlet id, e.g. kcna.")]


T = TypeVar("T")


def db(request: Request) -> sqlite3.Connection:
    """This worker thread's read-only connection (call it inside the endpoint)."""
    return request.app.state.store.conn()


def cached(request: Request, key: tuple, compute: Callable[[], T]) -> T:
    """``compute()``, remembered until the store changes (for store-wide aggregates)."""
    return request.app.state.cache.get(db(request), key, compute)


def not_found(message: str, param: str | None = None) -> HTTPException:
    """A 404 whose body is ``{"error": message, "param": param}``."""
    return HTTPException(404, detail={"error": message, "param": param})


def check_actor(conn: sqlite3.Connection, actor: str | None, param: str = "actor") -> None:
    """404 for an actor neither registered nor ever mentioned."""
    if actor is not None and not queries.actor_exists(conn, actor):
        raise not_found(f"unknown actor {actor!r} (see /api/actors)", param)


def check_outlet(conn: sqlite3.Connection, outlet: str | None) -> None:
    """404 for an outlet with no stored article."""
    if outlet is not None and not queries.outlet_exists(conn, outlet):
        known = ", ".join(o["outlet"] for o in queries.outlets(conn)) or "none"
        raise not_found(f"unknown outlet {outlet!r} (stored: {known})", "outlet")


def checked(request: Request, since: str | None, until: str | None, outlet: str | None,
            actor: str | None = None) -> sqlite3.Connection:
    """The connection, once the date span, the actor and the outlet asked are valid."""
    date_span(since, until)
    conn = db(request)
    check_actor(conn, actor)
    check_outlet(conn, outlet)
    return conn


@router.get("/search", response_model=m.Page[m.SearchHit], summary="Full-text search")
def search(request: Request,
           q: Annotated[str, Query(min_length=1, max_length=1000,
                                   description="FTS5 query: words, \"phrases\", AND/OR/NOT,"
                                               " prefix*, NEAR(a b, 5), title:word.")],
           outlet: Outlet = None,
           lang: Annotated[str | None, Query(max_length=10)] = None,
           since: Since = None, until: Until = None,
           order: Annotated[str, Query(pattern="^(relevance|date)$")] = "relevance",
           limit: Annotated[int, Query(ge=1, le=200, description="At most 200 hits.")] = 20,
           offset: Offset = 0) -> dict:
    """Search titles and bodies; matches are marked ``**like this**`` in ``snippet``."""
    conn = checked(request, since, until, outlet)
    hits = fts_search(conn, q, outlet=outlet, lang=lang, since=since, until=until,
                      limit=limit + 1, offset=offset, order=order)
    return page(hits, limit=limit, offset=offset)


@router.get("/actors", response_model=m.Page[m.ActorRow], summary="Most-mentioned actors")
def actors(request: Request,
           kind: Annotated[str | None,
                           Query(pattern="^(person|government|country|organization)$")] = None,
           outlet: Outlet = None, since: Since = None, until: Until = None,
           limit: Limit = 50, offset: Offset = 0) -> dict:
    """Actors by number of mentions, with first and last seen."""
    conn = checked(request, since, until, outlet)
    rows = cached(request, ("actors", kind, outlet, since, until, offset + limit + 1),
                  lambda: mq.actors(conn, kind=kind, outlet=outlet, since=since, until=until,
                                    limit=offset + limit + 1))
    return page(rows[offset:], limit=limit, offset=offset)


@router.get("/actors/{actor_id}", response_model=m.ActorProfile, summary="Actor profile")
def actor(request: Request,
          actor_id: Annotated[str, Path(description="Actor id, e.g. donald-trump.")]) -> dict:
    """Counts, per-outlet first/last seen, first titled, last epithet, forms, top epithets."""
    conn = db(request)
    check_actor(conn, actor_id, "actor_id")
    return cached(request, ("profile", actor_id), lambda: mq.actor_profile(conn, actor_id))


@router.get("/forms", response_model=m.Page[m.FormsRow], summary="Address forms over time")
def forms(request: Request, actor: Actor, outlet: Outlet = None, by: By = "month",
          since: Since = None, until: Until = None, limit: SeriesLimit = 1000,
          offset: Offset = 0) -> dict:
    """Mentions of an actor per period and outlet, counted by title, name, role, epithet."""
    conn = checked(request, since, until, outlet, actor)
    rows = cached(request, ("forms", actor, outlet, by, since, until),
                  lambda: mq.forms(conn, actor, outlet=outlet, by=by, since=since, until=until))
    return window(rows, limit=limit, offset=offset)


@router.get("/timeline", response_model=m.Page[m.TimelineRow], summary="Mentions over time")
def timeline(request: Request, actor: Actor, outlet: Outlet = None, by: By = "month",
             since: Since = None, until: Until = None, limit: SeriesLimit = 1000,
             offset: Offset = 0) -> dict:
    """Articles naming the actor per period and outlet, their share, and mean tone.

    Periods in which the outlet published but never named the actor have zeros.
    """
    from nkwatch.store.timeline import timeline as series

    conn = checked(request, since, until, outlet, actor)
    rows = cached(request, ("timeline", actor, outlet, by, since, until),
                  lambda: series(conn, actor, outlet=outlet, by=by, since=since, until=until))
    return window(rows, limit=limit, offset=offset)


@router.get("/epithets", response_model=m.Page[m.EpithetRow], summary="Epithets used")
def epithets(request: Request, actor: OptActor = None, outlet: Outlet = None,
             since: Since = None, until: Until = None, limit: Limit = 100,
             offset: Offset = 0) -> dict:
    """Insults and derisive labels: for whom, how often, first/last seen, an example."""
    conn = checked(request, since, until, outlet, actor)
    rows = mq.epithets(conn, actor=actor, outlet=outlet, since=since, until=until,
                       limit=offset + limit + 1)
    return page(rows[offset:], limit=limit, offset=offset)


@router.get("/first", response_model=m.Finding | None, summary="First mention")
def first(request: Request, actor: Actor, form: Form = None,
          epithet: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
          outlet: Outlet = None, since: Since = None) -> dict | None:
    """The first mention of an actor (in a form, with an epithet), or ``null``."""
    conn = db(request)
    check_actor(conn, actor)
    check_outlet(conn, outlet)
    return cached(request, ("first", actor, form, epithet, outlet, since),
                  lambda: mq.first(conn, actor, form=form, epithet=epithet, outlet=outlet,
                                   since=since))


@router.get("/compare", response_model=list[m.CompareRow], summary="Outlets side by side")
def compare(request: Request, actor: Actor,
            outlets: Annotated[str | None,
                               Query(description="Comma-separated outlet ids (default: every"
                                                 " outlet that named the actor).")] = None
            ) -> list[dict]:
    """For one actor, per outlet: forms, first mention, first/last titled, last epithet."""
    conn = db(request)
    check_actor(conn, actor)
    if outlets is None:
        names = [r[0] for r in conn.execute(
            "SELECT DISTINCT outlet FROM rollup_daily WHERE actor = ? ORDER BY outlet",
            (actor,))]
    else:
        names = [o.strip() for o in outlets.split(",") if o.strip()]
        if not names or len(names) > 20:
            raise BadParameter("outlets: give 1 to 20 comma-separated outlet ids")
        for name in names:
            check_outlet(conn, name)
    return cached(request, ("compare", actor, tuple(names)),
                  lambda: mq.compare(conn, actor, names))


@router.get("/signals", response_model=m.Page[m.Signal], summary="Detected signals")
def signals(request: Request, since: Since = None, until: Until = None,
            actor: OptActor = None, outlet: Outlet = None,
            kind: Annotated[str | None, Query(pattern="^[a-z-]{1,30}$",
                                              description="silence, first, escalation,"
                                                          " de-escalation, surge")] = None,
            min_strength: Annotated[float | None, Query(ge=0)] = None,
            order: Annotated[str, Query(pattern="^(asc|desc)$",
                                        description="By date: asc or desc.")] = "asc",
            limit: Limit = 100, offset: Offset = 0) -> dict:
    """Silences, firsts, escalations and surges, each with its evidence sentences."""
    conn = checked(request, since, until, outlet, actor)
    rows = queries.signals(conn, since=since, until=until, actor=actor, outlet=outlet,
                           kind=kind, min_strength=min_strength, order=order,
                           limit=limit + 1, offset=offset)
    return page(rows, limit=limit, offset=offset)


@router.get("/evidence", response_model=m.Page[m.CellEvidence], summary="Evidence of a cell")
def evidence(request: Request, actor: Actor, outlet: Outlet = None, period: Period = None,
             since: Since = None, until: Until = None, form: Form = None,
             epithet: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
             limit: Limit = 50, offset: Offset = 0) -> dict:
    """The sentences behind a chart cell or table row: an actor's mentions in a period
    (``period=2017-09``, or ``since``/``until``), optionally one outlet, form or epithet."""
    if period is not None:
        if since is not None or until is not None:
            raise BadParameter("give either period or since/until, not both")
        since, until = period_range(period)
    conn = checked(request, since, until, outlet, actor)
    rows = queries.evidence(conn, actor, outlet=outlet, since=since, until=until, form=form,
                            epithet=epithet, limit=limit + 1, offset=offset)
    return page(rows, limit=limit, offset=offset)


EventType = Annotated[str | None, Query(pattern="^(" + "|".join(queries.EVENT_TYPES) + ")$",
                                        description="A PLOVER category, e.g. THREATEN.")]


@router.get("/events", response_model=m.Page[m.Event], summary="Coded events")
def events(request: Request, source: OptActor = None, target: OptActor = None,
           type: EventType = None, outlet: Outlet = None, since: Since = None,
           until: Until = None, limit: Limit = 100, offset: Offset = 0) -> dict:
    """Events (who does what to whom) with their sentence, oldest first."""
    conn = checked(request, since, until, outlet)
    rows = queries.events(conn, source=source, target=target, type=type, outlet=outlet,
                          since=since, until=until, limit=limit + 1, offset=offset)
    return page(rows, limit=limit, offset=offset)


@router.get("/events/counts", response_model=m.Page[m.EventCount], summary="Events per period")
def event_counts(request: Request, source: OptActor = None, target: OptActor = None,
                 type: EventType = None, outlet: Outlet = None, by: By = "month",
                 since: Since = None, until: Until = None, limit: SeriesLimit = 1000,
                 offset: Offset = 0) -> dict:
    """Events per period and type, with mean score."""
    conn = checked(request, since, until, outlet)
    rows = queries.event_counts(conn, n=mq.period_length(by), source=source, target=target,
                                type=type, outlet=outlet, since=since, until=until)
    return window(rows, limit=limit, offset=offset)


@router.get("/articles/{article_id}", response_model=m.Article, summary="One article")
def article(request: Request, article_id: Annotated[int, Path(ge=1)]) -> dict:
    """An article with its mentions (``start``/``end`` offsets into ``body``) and events."""
    found = queries.article(db(request), article_id)
    if found is None:
        raise not_found(f"no article {article_id}", "article_id")
    return found


@router.get("/outlets", response_model=list[m.Outlet], summary="Analysed outlets")
def outlets(request: Request) -> list[dict]:
    """Each analysed outlet: articles, first and last day."""
    return queries.outlets(db(request))


@router.get("/overview", response_model=m.Overview, summary="Dashboard overview")
def overview(request: Request,
             month: Annotated[str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
                                                description="YYYY-MM (default: the"
                                                            " store's latest month).")] = None,
             limit: Annotated[int, Query(ge=1, le=100)] = 15) -> dict:
    """Latest signals, and the most-mentioned actors of a month against their baseline."""
    conn = db(request)
    latest = queries.latest_date(conn)
    month = month or (latest[:7] if latest else None)
    if month is None:
        return {"latest": None, "trending": None, "signals": []}
    trend = cached(request, ("trending", month, limit),
                   lambda: queries.trending(conn, month, limit=limit))
    recent = queries.signals(conn, until=trend["until"], order="desc", limit=limit)
    return {"latest": latest, "trending": trend, "signals": recent}
