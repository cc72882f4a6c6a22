"""The FastAPI application: JSON API, dashboard pages, bundled static files.

Example (against a real store, so not run as a doctest)::

    app = create_app("nkwatch.db")
    import uvicorn; uvicorn.run(app, host="127.0.0.1", port=8000)
"""

import re
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from nkwatch import __version__
from nkwatch.errors import UserError
from nkwatch.web import api, outreach_api, pages
from nkwatch.web.db import ReadOnlyStore, ResultCache
from nkwatch.web.params import BadParameter
from nkwatch.web.render import render

STATIC = Path(__file__).parent / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
       " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
       " frame-ancestors 'none'")
_CHOICES = re.compile(r"^\^\(([\w|-]+)\)\$$")


def create_app(db_path: str | Path, *, token_file: str | Path | None = None) -> FastAPI:
    """Build the app over the store at ``db_path`` (read-only; must exist).

    The outreach ledger's write endpoints need the token of ``token_file`` (or
    ``$NKWATCH_TOKEN`` / ``$NKWATCH_TOKEN_FILE``); everything else only reads.
    """
    store = ReadOnlyStore(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="nkwatch", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="Who North Korean state media mention, how, in what tone, and"
                              " what changed: every number with the sentences behind it."
                              " Read-only, except the outreach ledger's writes, which need"
                              " a bearer token. Lists are paged with limit/offset.")
    app.state.store = store
    app.state.cache = ResultCache()
    app.state.token_file = str(token_file) if token_file else None
    app.include_router(outreach_api.router)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _handlers(app)
    app.add_middleware(SecurityHeaders)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _answer(request: Request, status: int, message: str, param: str | None) -> Response:
    if _is_api(request):
        return JSONResponse({"error": message, "param": param}, status_code=status)
    return HTMLResponse(render("error.html", path=request.url.path, status=status,
                               message=message), status_code=status)


def _validation_message(error: dict) -> tuple[str, str | None]:
    loc = [str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")]
    param = ".".join(loc) or None
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    if error.get("type") == "string_pattern_mismatch":
        found = _CHOICES.match(str(error.get("ctx", {}).get("pattern", "")))
        if found:
            message = f"{error.get('input')!r} is not one of {found.group(1).replace('|', ', ')}"
    elif error.get("type") not in ("value_error", "missing") and "input" in error:
        message = f"{message} (got {error['input']!r})"
    return (f"{param}: {message}" if param else message), param


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        message, param = _validation_message(exc.errors()[0])
        return _answer(request, 422, message, param)

    @app.exception_handler(BadParameter)
    async def bad(request: Request, exc: BadParameter) -> Response:
        return _answer(request, 422, str(exc), None)

    @app.exception_handler(UserError)
    async def user_error(request: Request, exc: UserError) -> Response:
        return _answer(request, 400, str(exc), None)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = exc.detail
        if isinstance(detail, dict):
            return _answer(request, exc.status_code, str(detail.get("error")), detail.get("param"))
        return _answer(request, exc.status_code, str(detail), None)

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException) -> Response:
        return _answer(request, exc.status_code, str(exc.detail), None)


class SecurityHeaders:
    """ASGI middleware: no sniffing, no framing, no referrer; a strict CSP on pages."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"x-frame-options", b"DENY"),
                            (b"content-security-policy", CSP.encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
