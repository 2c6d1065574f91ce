"""`beleid serve`: one process with the HTTP API (FastAPI, OpenAPI at /docs) and the web app (Gradio, mounted at
/), both over one warm Service. Errors are JSON {"error": "<Dutch message>"} with a fitting status."""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
from collections.abc import Iterator
from dataclasses import asdict
from urllib.parse import quote

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from index.search import SearchFilter

from .pages import PageNotFound
from .service import LLMS, Service, UnknownDocument
from .uploads import Upload

SESSION_COOKIE = "beleid_session"
NO_TELEMETRY = {"tracing": False, "metrics": False, "logs": False, "operation_spans": False, "auto_configure": False}
"""FastAPI 0.165's OpenTelemetry hooks, all off: nothing is recorded, nothing can be exported."""
_STATUS_TEXT = {401: "niet aangemeld: stuur Authorization: Bearer <BELEID_TOKEN>", 404: "niet gevonden",
                405: "methode niet toegestaan", 413: "te groot", 415: "geen PDF"}


class Turn(BaseModel):
    role: str = Field(pattern="^(user|assistant)$")
    content: str


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=4000)
    history: list[Turn] = []
    files: list[str] = []
    llm: str | None = Field(default=None, pattern=f"^({'|'.join(LLMS)})$")


class CompareRequest(BaseModel):
    topic: str = Field(min_length=1, max_length=500)
    files: list[str] = []
    aspects: list[str] = Field(default=[], max_length=12)
    llm: str | None = Field(default=None, pattern=f"^({'|'.join(LLMS)})$")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _session_value(token: str) -> str:
    return hmac.new(token.encode(), b"beleid-ui-session", hashlib.sha256).hexdigest()


_LOGIN_PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>beleid — aanmelden</title>
<style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto}input,button{font-size:1rem;
padding:.4rem;width:100%;margin:.3rem 0}</style></head><body><h1>beleid</h1>
<p>Deze server is bereikbaar buiten deze computer. Meld je aan met het toegangstoken (BELEID_TOKEN).</p>
<form method="post" action="/login"><input type="password" name="token" placeholder="toegangstoken" autofocus>
<button type="submit">Aanmelden</button></form>{error}</body></html>"""


def create_app(service: Service, token: str | None = None, web: bool = True) -> FastAPI:
    """The API routes, then (with `web`) the Gradio app at /. With a token every route but /healthz and
    /login needs `Authorization: Bearer <token>` or the session cookie that /login sets."""
    app = FastAPI(title="beleid", description="Zoeken en vragen in beleidsdocumenten, met bron en pagina.",
                  version="0.1.0", telemetry=NO_TELEMETRY)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        detail = exc.detail if isinstance(exc.detail, str) and exc.detail not in ("Not Found", "Method Not Allowed") \
            else _STATUS_TEXT.get(exc.status_code, "fout")
        return _error(exc.status_code, detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = [f"{'.'.join(str(x) for x in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()]
        return _error(400, "ongeldige invoer: " + "; ".join(parts))

    if token:
        session = _session_value(token)

        @app.middleware("http")
        async def require_token(request: Request, call_next):
            path = request.url.path
            if path in ("/healthz", "/login"):
                return await call_next(request)
            header = request.headers.get("authorization", "")
            ok = (hmac.compare_digest(header, f"Bearer {token}")
                  or hmac.compare_digest(request.cookies.get(SESSION_COOKIE, ""), session))
            if ok:
                return await call_next(request)
            if path.startswith(("/api/", "/v1/", "/docs", "/openapi")):
                return _error(401, _STATUS_TEXT[401])
            return RedirectResponse("/login", status_code=303)

        @app.get("/login", include_in_schema=False)
        def login_page() -> HTMLResponse:
            return HTMLResponse(_LOGIN_PAGE.replace("{error}", ""))

        @app.post("/login", include_in_schema=False)
        def login(token_in: str = Form("", alias="token")) -> Response:
            if not hmac.compare_digest(token_in, token):
                return HTMLResponse(_LOGIN_PAGE.replace("{error}", "<p><b>Onjuist token.</b></p>"), status_code=401)
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
            return response

    def ready_or_503() -> JSONResponse | None:
        if service.ready:
            return None
        return _error(503, f"nog niet klaar: {service.status}")

    @app.get("/healthz")
    def healthz():
        return JSONResponse(service.health(), status_code=200 if service.ready else 503)

    @app.post("/api/ask")
    def ask(body: AskRequest):
        if (busy := ready_or_503()) is not None:
            return busy
        assistant = service.assistant(body.llm)
        answer = assistant.ask(body.question, [t.model_dump() for t in body.history], tuple(body.files))
        return answer.to_json()

    @app.post("/api/ask/stream")
    def ask_stream(body: AskRequest):
        """Server-Sent Events: `evidence` (the cited quotes, at once), `text` (checked sentences), then
        `answer` (the same object as /api/ask); `error` if the turn fails."""
        if (busy := ready_or_503()) is not None:
            return busy
        assistant = service.assistant(body.llm)
        history = [t.model_dump() for t in body.history]

        def events() -> Iterator[str]:
            try:
                for event in assistant.stream(body.question, history, tuple(body.files)):
                    data = event.answer.to_json() if event.kind == "answer" else {"text": event.text}
                    yield f"event: {event.kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
            except Exception as exc:  # the stream has started: the status is sent, so report in-band
                yield f"event: error\ndata: {json.dumps({'error': str(exc)}, ensure_ascii=False)}\n\n"

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.get("/api/search")
    def search(q: str = Query(min_length=1, max_length=1000), k: int = Query(10, ge=1, le=100),
               doc: list[str] = Query([]), year: int | None = None, region: str | None = None,
               mode: str = Query("hybrid", pattern="^(hybrid|bm25|dense)$")):
        if mode != "bm25" and (busy := ready_or_503()) is not None:
            return busy
        hits = service.lib.search(q, k, SearchFilter(tuple(doc), year, region), mode)
        # plain JSON: no response-model encoding pass (it was a third of a search's time under load)
        return JSONResponse([h.to_json(i) for i, h in enumerate(hits, 1)])

    @app.get("/api/budget")
    def budget(request: Request, doc: list[str] = Query([]), year: str | None = Query(None, pattern=r"^(19|20)\d\d$"),
               kind: str | None = Query(None, pattern="^(commitment|total|context)$")):
        """Budget lines (JSON: lines and sums per document and year; CSV with Accept: text/csv)."""
        from ingest.budget import to_csv, to_json

        try:
            lines = service.budget(doc, year, kind)
        except UnknownDocument as exc:
            return _error(404, str(exc))
        if "text/csv" in request.headers.get("accept", ""):
            return Response(to_csv(lines), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="begroting.csv"'})
        return JSONResponse(to_json(lines))

    @app.post("/api/compare")
    def compare(body: CompareRequest):
        """A comparison table: one column per document, one row per aspect, every cell cited or "niet genoemd"."""
        if (busy := ready_or_503()) is not None:
            return busy
        try:
            cmp = service.compare(body.topic, body.files, body.aspects or None, body.llm)
        except UnknownDocument as exc:
            return _error(404, str(exc))
        return JSONResponse(cmp.to_json())

    @app.get("/api/documents")
    def documents():
        counts = service.passage_counts()
        return [{**asdict(r.meta), "state": r.state, "passages": counts.get(r.meta.file, 0),
                 "ingested": r.ingested, "uploaded": "/uploads/" in r.path.replace("\\", "/")}
                for r in service.lib.documents()]

    @app.post("/api/documents")
    async def upload(files: list[UploadFile] = File(...)):
        # at most one byte past the limit is read per file: enough for check_upload to say 413
        uploads = [Upload(f.filename or "document.pdf", await f.read(service.max_upload_bytes + 1)) for f in files]
        results = await run_in_threadpool(service.upload, uploads)
        body = [{"file": r.file, "status": r.status, "reason": r.reason, "http_status": r.http_status,
                 "pages": r.pages, "passages": r.chunks, "renamed_from": r.renamed_from or None} for r in results]
        if any(r.ok for r in results):
            return body
        first = results[0]
        return JSONResponse({"error": f"{first.renamed_from or first.file}: {first.reason}", "results": body},
                            status_code=first.http_status)

    @app.delete("/api/documents/{file}")
    def remove(file: str):
        try:
            service.remove(file)
        except UnknownDocument as exc:
            return _error(404, str(exc))
        return {"removed": file}

    @app.get("/api/documents/{file}/pdf")
    def pdf(file: str):
        try:
            path = service.document_path(file)
        except UnknownDocument as exc:
            return _error(404, str(exc))
        return FileResponse(path, media_type="application/pdf",
                            headers={"Content-Disposition": f"inline; filename*=UTF-8''{quote(file)}"})

    @app.get("/api/documents/{file}/pages/{n}.png")
    def page_png(file: str, n: int, highlight: str | None = Query(None, pattern=r"^\d+-\d+$")):
        span = None
        if highlight:  # START-END, validated by the pattern
            start, end = map(int, highlight.split("-"))
            span = (start, end)
        try:
            png = service.page_png(file, n, span)
        except (UnknownDocument, PageNotFound) as exc:
            return _error(404, str(exc))
        except ValueError as exc:
            return _error(400, str(exc))
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    if web:
        import gradio as gr

        from .web.app import THEME, CSS, build_app

        app = gr.mount_gradio_app(app, build_app(service), path="/", theme=THEME, css=CSS,
                                  max_file_size=service.max_upload_bytes, footer_links=[])
    return app


def run(lib, host: str, port: int, llm: str | None = None, token: str | None = None) -> None:
    """Start warming the models in the background and serve until stopped."""
    import os

    import uvicorn

    # Gradio keeps its own copy of every file the browser uploads: inside BELEID_HOME/uploads too (set before
    # gradio is imported: its upload route reads the variable at import).
    os.environ.setdefault("GRADIO_TEMP_DIR", str((lib.settings.home / "uploads" / ".incoming").resolve()))
    service = Service(lib, llm, lib.settings.max_upload_mb)
    app = create_app(service, token)
    service.start_warming()
    uvicorn.run(app, host=host, port=port, log_level="warning")
