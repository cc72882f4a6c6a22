"""The outreach ledger over HTTP: reads like the rest, writes only with the token.

Writes need ``Authorization: Bearer <token>`` where the token is
``$NKWATCH_TOKEN`` or the first line of the file named by
``$NKWATCH_TOKEN_FILE`` (or ``nkwatch serve --token-file``). No header: 401;
a wrong token, or a server started without any token: 403. Input is
validated by the same code as the CLI; a bad field is a 422 naming it.

>>> token_matches("abc", "abc"), token_matches("abc", "abd"), token_matches(None, "x")
(True, False, False)
"""

import hmac
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from pydantic import BaseModel, Field

from nkwatch.errors import UserError
from nkwatch.outreach import facts, ledger
from nkwatch.store.connection import connect

router = APIRouter(prefix="/api/outreach", tags=["outreach"])


class AttemptIn(BaseModel):
    """A new attempt."""

    date: str
    end_date: str | None = None
    initiator: str
    target: str = "north-korea"
    channel: str
    visibility: str = "private"
    summary: str
    sources: list[str] = Field(default_factory=list)


class AttemptChange(BaseModel):
    """Some fields of an attempt."""

    date: str | None = None
    end_date: str | None = None
    initiator: str | None = None
    target: str | None = None
    channel: str | None = None
    visibility: str | None = None
    summary: str | None = None
    sources: list[str] | None = None


class ResponseIn(BaseModel):
    """An answer to an attempt."""

    date: str
    kind: str
    summary: str = ""
    sources: list[str] = Field(default_factory=list)


class DeleteIn(BaseModel):
    """Why an attempt is deleted."""

    reason: str


def configured_token(request: Request) -> str | None:
    """The write token: app setting, ``$NKWATCH_TOKEN``, or ``$NKWATCH_TOKEN_FILE``."""
    token = getattr(request.app.state, "token", None) or os.environ.get("NKWATCH_TOKEN")
    path = getattr(request.app.state, "token_file", None) or os.environ.get("NKWATCH_TOKEN_FILE")
    if not token and path:
        try:
            token = Path(path).read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError):
            token = None
    return token or None


def token_matches(expected: str | None, given: str) -> bool:
    """Constant-time comparison; no configured token never matches."""
    return bool(expected) and hmac.compare_digest(expected.encode(), given.encode())


def require_writer(request: Request, authorization: str | None) -> str:
    """Check the bearer token; return who writes (for the audit trail)."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "writes need Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})
    if not token_matches(configured_token(request), authorization.removeprefix("Bearer ")):
        raise HTTPException(403, "this token may not write (or the server has no token)")
    return "api"


@contextmanager
def _writing(request: Request,
             authorization: str | None) -> Iterator[tuple[sqlite3.Connection, str]]:
    """Check the token, open a writable connection, map ledger errors to 404/422."""
    who = require_writer(request, authorization)
    conn = connect(request.app.state.store.path, must_exist=True)
    try:
        yield conn, who
    except UserError as exc:
        raise _invalid(exc) from exc
    finally:
        conn.close()


def _read(request: Request) -> sqlite3.Connection:
    conn = request.app.state.store.conn()
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'outreach_attempts'").fetchone():
        raise HTTPException(503, "the store has no outreach ledger yet: run"
                                 " `nkwatch outreach list` once to upgrade it")
    return conn


def _invalid(exc: UserError) -> HTTPException:
    message = str(exc)
    code = 404 if message.startswith("no outreach attempt") else 422
    return HTTPException(code, message)


AsOf = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$",
                                   description="Status as of this date (default today).")]
Auth = Annotated[str | None, Header()]
AttemptId = Annotated[int, PathParam(ge=1)]


@router.get("", summary="Outreach attempts with status")
def list_attempts(request: Request, as_of: AsOf = None) -> list[dict]:
    conn = _read(request)
    as_of = as_of or date.today().isoformat()
    return [{**a, **facts.status(a, as_of), "as_of": as_of} for a in ledger.list_attempts(conn)]


@router.get("/{attempt_id}", summary="One attempt with media evidence and event study")
def show_attempt(request: Request, attempt_id: AttemptId, as_of: AsOf = None) -> dict:
    conn = _read(request)
    as_of = as_of or date.today().isoformat()
    try:
        attempt = ledger.get_attempt(conn, attempt_id)
    except UserError as exc:
        raise _invalid(exc) from exc
    return {**attempt, **facts.status(attempt, as_of), "as_of": as_of,
            "media": facts.media_evidence(conn, attempt),
            "event_study": facts.event_study(conn, attempt)}


@router.get("/{attempt_id}/audit", summary="Audit trail of one attempt")
def audit(request: Request, attempt_id: AttemptId) -> list[dict]:
    return ledger.audit_trail(_read(request), attempt_id)


@router.post("", status_code=201, summary="Record an attempt (token)")
def create(request: Request, body: AttemptIn, authorization: Auth = None) -> dict:
    with _writing(request, authorization) as (conn, who):
        return ledger.add_attempt(conn, body.model_dump(), who=who)


@router.patch("/{attempt_id}", summary="Change an attempt (token)")
def change(request: Request, attempt_id: AttemptId, body: AttemptChange,
           authorization: Auth = None) -> dict:
    with _writing(request, authorization) as (conn, who):
        return ledger.update_attempt(conn, attempt_id, body.model_dump(exclude_none=True),
                                     who=who)


@router.post("/{attempt_id}/responses", status_code=201, summary="Record an answer (token)")
def respond(request: Request, attempt_id: AttemptId, body: ResponseIn,
            authorization: Auth = None) -> dict:
    with _writing(request, authorization) as (conn, who):
        return ledger.add_response(conn, attempt_id, body.model_dump(), who=who)


@router.post("/{attempt_id}/delete", summary="Mark an attempt deleted (token)")
def delete(request: Request, attempt_id: AttemptId, body: DeleteIn,
           authorization: Auth = None) -> dict:
    with _writing(request, authorization) as (conn, who):
        ledger.delete_attempt(conn, attempt_id, who=who, reason=body.reason)
        return {"deleted": attempt_id}
