"""`beleid ask`/`chat` through a running `beleid serve` (BELEID_URL): a warm answer instead of loading every
model for one question. Same interface as the Assistant (stream, ask), over the HTTP API."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence

from assistant.answer import Event
from assistant.types import Answer


class RemoteError(RuntimeError):
    pass


class RemoteAssistant:
    def __init__(self, url: str, token: str | None = None, llm: str | None = None, timeout: float = 600):
        self.url = url.rstrip("/")
        self.token = token
        self.llm = llm
        self.timeout = timeout

    def _request(self, path: str, body: dict | None = None) -> urllib.request.Request:
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = json.dumps(body).encode() if body is not None else None
        return urllib.request.Request(self.url + path, data=data, headers=headers)

    def ready(self, timeout: float = 0.5) -> bool:
        """True when a server answers /healthz at the URL and is ready."""
        try:
            with urllib.request.urlopen(self._request("/healthz"), timeout=timeout) as r:
                return bool(json.load(r).get("ready"))
        except (OSError, ValueError):
            return False

    def _body(self, question: str, history: Sequence[dict], files: Sequence[str]) -> dict:
        return {"question": question, "history": list(history), "files": list(files), "llm": self.llm}

    def stream(self, question: str, history: Sequence[dict] = (), files: Sequence[str] = ()) -> Iterator[Event]:
        try:
            response = urllib.request.urlopen(self._request("/api/ask/stream", self._body(question, history, files)),
                                              timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            raise RemoteError(_error_text(exc)) from exc
        with response:
            kind = None
            for raw in response:
                line = raw.decode("utf-8").rstrip("\n")
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: ") and kind:
                    data = json.loads(line[6:])
                    if kind == "error":
                        raise RemoteError(data["error"])
                    if kind == "answer":
                        yield Event("answer", answer=Answer.from_json(data))
                        return
                    yield Event(kind, data.get("text", ""))
        raise RemoteError("de server brak het antwoord af")

    def ask(self, question: str, history: Sequence[dict] = (), files: Sequence[str] = ()) -> Answer:
        try:
            with urllib.request.urlopen(self._request("/api/ask", self._body(question, history, files)),
                                        timeout=self.timeout) as r:
                return Answer.from_json(json.load(r))
        except urllib.error.HTTPError as exc:
            raise RemoteError(_error_text(exc)) from exc


def _error_text(exc: urllib.error.HTTPError) -> str:
    try:
        return f"server: {json.load(exc).get('error')}"
    except ValueError:
        return f"server: HTTP {exc.code}"
