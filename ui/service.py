"""The warm state behind `beleid serve`, shared by the HTTP API and the web app: one library, its assistants
(one per generator, loaded once), the page renderer, readiness, and one lock that serialises every change to
the index (uploads, removals) while questions and searches go on."""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from index.ingestion import FAILED, ProgressFactory

from .library import Library
from .pages import PageRenderer
from .uploads import Upload, UploadError, save_upload

log = logging.getLogger(__name__)
LLMS = ("local", "openai", "extractive")


class UnknownDocument(LookupError):
    """A file name that is not in the index."""

    def __init__(self, file: str):
        super().__init__(f"{file} staat niet in de index")


@dataclass(frozen=True)
class UploadResult:
    file: str  # the name it was stored and indexed under
    status: str  # an ingest status (toegevoegd, ongewijzigd, duplicaat, mislukt, …)
    reason: str = ""
    http_status: int = 200
    pages: int = 0
    chunks: int = 0
    renamed_from: str = ""  # the uploaded name, when it had to change

    @property
    def ok(self) -> bool:
        return self.http_status == 200


class Service:
    def __init__(self, lib: Library, llm: str | None = None, max_upload_mb: int = 50):
        self.lib = lib
        self.default_llm = llm or lib.settings.llm
        self.max_upload_bytes = max_upload_mb * 1024 * 1024
        self.pages = PageRenderer()
        self._assistants: dict[str, object] = {}
        self._assistants_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._ready = threading.Event()
        self.status = "starten"  # then each warm-up step by name, then "klaar"
        self.error = ""
        self.load_seconds: float | None = None

    # -- readiness -------------------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        return self._ready.wait(timeout)

    def warm(self) -> None:
        """Load what the first request would otherwise pay for: the index snapshot (BM25), the embedder,
        and the default generator. Runs in a background thread at start; /healthz reports the outcome."""
        t0 = time.perf_counter()
        try:
            self.status = "index laden"
            self.lib.index.snapshot()
            self.status = "embeddingmodel laden"
            self.lib.embedder.embed_query("opwarmen")
            self.status = f"taalmodel laden ({self.default_llm})"
            chat = self.assistant(self.default_llm).chat
            if chat is not None and hasattr(chat, "load"):
                chat.load()
            self.status = "klaar"
            self.load_seconds = round(time.perf_counter() - t0, 1)
            self._ready.set()
        except Exception as exc:  # reported by /healthz and the web app instead of a dead thread
            log.exception("opwarmen mislukt")
            self.error = str(exc)
            self.status = f"laden mislukt: {exc}"

    def start_warming(self) -> threading.Thread:
        thread = threading.Thread(target=self.warm, name="beleid-warm", daemon=True)
        thread.start()
        return thread

    def health(self) -> dict:
        docs = self.lib.documents()
        return {"ready": self.ready, "status": self.status, "error": self.error or None,
                "documents": len(docs), "pending": sum(d.state != "ready" for d in docs),
                "llm": self.default_llm, "load_seconds": self.load_seconds}

    # -- answering -------------------------------------------------------------------------------------
    def assistant(self, llm: str | None = None):
        name = llm or self.default_llm
        if name not in LLMS:
            raise ValueError(f"onbekende llm {name!r}; kies uit {', '.join(LLMS)}")
        with self._assistants_lock:
            if name not in self._assistants:
                self._assistants[name] = self.lib.assistant(name)
            return self._assistants[name]

    def _known(self, files) -> None:
        unknown = self.lib.unknown(files)
        if unknown:
            raise UnknownDocument(unknown[0])

    def compare(self, topic: str, files: list[str] = (), aspects=None, llm: str | None = None):
        """A side-by-side Comparison (assistant.compare) with the warm generator of `llm`."""
        from assistant.compare import DEFAULT_ASPECTS, Comparer

        self._known(files)
        return Comparer(self.lib, self.assistant(llm).chat).compare(topic, files, aspects or DEFAULT_ASPECTS)

    def budget(self, files: list[str] = (), year: str | None = None, kind: str | None = None):
        self._known(files)
        return self.lib.budget(files, year, kind)

    # -- documents -------------------------------------------------------------------------------------
    def document_path(self, file: str) -> Path:
        record = self.lib.index.catalog.document(file)
        if record is None or not record.path or not Path(record.path).is_file():
            raise UnknownDocument(file)
        return Path(record.path)

    def page_png(self, file: str, page: int, highlight: tuple[int, int] | None = None) -> bytes:
        """The rendered page; with `highlight` (offsets into the page's cleaned text, as a Citation has
        them) the cited passage is boxed."""
        path = self.document_path(file)
        quote = None
        if highlight is not None:
            text = self.lib.page_text(file, page)
            start, end = highlight
            if not 0 <= start < end <= len(text):
                raise ValueError(f"highlight {start}-{end} valt buiten de tekst van pagina {page} "
                                 f"(0-{len(text)})")
            quote = text[start:end]
        return self.pages.render(path, page, quote)

    def passage_counts(self) -> dict[str, int]:
        return self.lib.index.catalog.chunk_counts()

    def upload(self, uploads: list[Upload], progress: ProgressFactory | None = None) -> list[UploadResult]:
        """Check, store (under BELEID_HOME/uploads) and index each file; a bad file gets its reason and the
        status an HTTP client should see, and never touches what is already indexed."""
        results = []
        folder = self.lib.settings.home / "uploads"
        with self._write_lock:
            taken = {d.meta.file: d.meta.sha256 for d in self.lib.documents()}
            for upload in uploads:
                try:
                    path = save_upload(upload, folder, self.max_upload_bytes, taken)
                except UploadError as exc:
                    results.append(UploadResult(upload.name, FAILED, str(exc), exc.http_status))
                    continue
                r = self.lib.ingest([path], progress=progress).results[0]
                record = self.lib.index.catalog.document(path.name)
                if record is None or Path(record.path).resolve() != path.resolve():
                    path.unlink(missing_ok=True)  # failed, or a copy of a document indexed elsewhere
                    taken.pop(path.name, None)
                results.append(UploadResult(
                    path.name, r.status, r.reason, 400 if r.status == FAILED else 200, r.pages, r.chunks,
                    upload.name if upload.name != path.name else ""))
        return results

    def remove(self, file: str) -> None:
        """Forget a document; an uploaded file is deleted too (corpus files are never touched)."""
        with self._write_lock:
            record = self.lib.index.catalog.document(file)
            if record is None or not self.lib.remove(file):
                raise UnknownDocument(file)
            path = Path(record.path) if record.path else None
            uploads = (self.lib.settings.home / "uploads").resolve()
            if path is not None and path.resolve().parent == uploads:
                path.unlink(missing_ok=True)
