"""Response shapes of the JSON API, for the OpenAPI schema at ``/openapi.json``.

Items follow the CLI's JSON contract (``shared/DESIGN.md``); extra keys pass through.

>>> Evidence(url="u", date="2017-09-22", sentence="s").date
'2017-09-22'
"""

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class Open(BaseModel):
    """A model that keeps keys it does not name."""

    model_config = ConfigDict(extra="allow")


class Page(Open, Generic[T]):
    """One page of a list: ``items`` from ``offset``; ``has_more`` when more follow."""

    items: list[T]
    limit: int
    offset: int
    has_more: bool
    next_offset: int | None = None


class Error(BaseModel):
    """Every 4xx answer: one line for people, and the parameter at fault when known."""

    error: str
    param: str | None = None


class Evidence(Open):
    url: str
    date: str
    sentence: str


class SearchHit(Open):
    id: int
    date: str
    outlet: str
    lang: str
    title: str
    url: str
    snippet: str


class ActorRow(Open):
    id: str
    name: str
    kind: str
    registered: bool
    mentions: int
    articles: int
    first_seen: str
    last_seen: str


class FormsRow(Open):
    """Counts per address form; ``null`` where forms do not apply (countries, bodies)."""

    period: str
    outlet: str
    articles: int
    mentions: int
    title: int | None
    name: int | None
    role: int | None
    epithet: int | None


class TimelineRow(Open):
    period: str
    outlet: str
    articles: int
    mentions: int
    share: float
    tone: float | None


class EpithetRow(Open):
    epithet: str
    actor: str
    count: int
    first_seen: str
    last_seen: str
    example: Evidence | None


class Finding(Open):
    date: str
    outlet: str
    url: str
    title: str
    sentence: str


class Signal(Open):
    kind: str
    actor: str
    outlet: str
    date: str
    strength: float
    detail: dict[str, Any]
    evidence: list[Evidence]
    key: str


class CellEvidence(Open):
    mention: int
    article_id: int
    url: str
    date: str
    outlet: str
    title: str
    text: str
    form: str | None
    epithets: list[str]
    tone: float | None
    sentence: str


class Event(Open):
    id: int
    article_id: int
    outlet: str
    date: str
    type: str
    source: str | None
    target: str | None
    trigger: str
    score: float
    sentence: str
    url: str
    title: str


class EventCount(Open):
    period: str
    type: str
    events: int
    score: float | None


class Mention(Open):
    id: int
    actor: str
    kind: str
    start: int
    end: int
    text: str
    form: str | None
    title: str | None
    epithets: list[str]
    inferred: bool
    tone: float | None


class Article(Open):
    id: int
    outlet: str
    lang: str
    date: str
    url: str
    title: str
    body: str
    mentions: list[Mention]
    events: list[Event]


class Period(Open):
    first: str
    last: str


class CompareRow(Open):
    outlet: str
    articles_in_store: int
    store_period: Period | None  # the dates the store holds of the outlet
    mentions: int
    articles: int
    forms: dict[str, int]
    first_mention: Finding | None
    first_title: Finding | None
    last_title: Finding | None
    last_epithet: Finding | None
    last_mention: Finding | None


class ActorProfile(Open):
    id: str
    name: str
    kind: str
    mentions: int
    articles: int
    outlets: list[dict[str, Any]]
    forms: dict[str, int]
    top_epithets: list[EpithetRow]


class Outlet(Open):
    outlet: str
    articles: int
    first: str
    last: str


class Overview(Open):
    latest: str | None
    trending: dict[str, Any] | None
    signals: list[Signal]
