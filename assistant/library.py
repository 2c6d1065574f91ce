"""The one library the CLI, web app and eval call: ingest a corpus into the index, search it, manage it."""
from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from index.catalog import READY
from index.search import HYBRID, Hit, Index, IndexConfig, SearchFilter
from ingest.chunk import ChunkConfig
from ingest.metadata import load_overrides
from ingest.model import DocumentMeta, IngestError
from ingest.pdf import PARSER_VERSION, file_sha256, read_document

from .settings import Settings
from .translate import detect_language, dutch_search_words

log = logging.getLogger(__name__)
ADDED, UPDATED, UNCHANGED, RESUMED, FAILED, PRUNED = (
    "toegevoegd", "bijgewerkt", "ongewijzigd", "hervat", "mislukt", "verwijderd")

Progress = Callable[[int], None]
ProgressFactory = Callable[[int, str], Progress]


@dataclass(frozen=True)
class FileResult:
    file: str
    status: str  # ADDED | UPDATED | UNCHANGED | RESUMED | FAILED | PRUNED
    reason: str = ""
    pages: int = 0
    chunks: int = 0


@dataclass(frozen=True)
class IngestReport:
    results: tuple[FileResult, ...]

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == FAILED]


def find_pdfs(paths: Iterable[Path]) -> list[Path]:
    """PDFs named directly (whatever their extension, so a wrong file gets a clear error) or found in
    the given folders."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() == ".pdf"))
        elif p.exists():
            found.append(p)
        else:
            raise FileNotFoundError(f"{p}: bestand of map bestaat niet")
    return found


def _load_embedder(name: str):
    from index.embed import embedder_from_name

    return embedder_from_name(name)


class Library:
    def __init__(self, settings: Settings, chunking: ChunkConfig = ChunkConfig(),
                 index_cfg: IndexConfig = IndexConfig()):
        self.settings = settings
        self.chunking = chunking
        self.index_cfg = index_cfg
        self._index: Index | None = None

    def fingerprint(self) -> dict[str, str]:
        return {"embedder": self.settings.embed_model, "parser": PARSER_VERSION,
                "chunking": f"{self.chunking.max_chars}/{self.chunking.overlap_chars}/{self.chunking.min_chars}"}

    @property
    def index(self) -> Index:
        if self._index is None:
            name = self.settings.embed_model
            self._index = Index(self.settings.home, lambda: _load_embedder(name), self.fingerprint(),
                                self.settings.chroma_url, self.index_cfg)
        return self._index

    # -- ingest --------------------------------------------------------------------------------------
    def ingest(self, paths: list[Path] | None = None, prune: bool = False,
               progress: ProgressFactory | None = None, embed: bool = True) -> IngestReport:
        """Stage every new or changed PDF (lexically searchable at once), then embed what is pending.
        A file that fails is reported and never touches what is already indexed."""
        paths = paths or [self.settings.corpus]
        files = find_pdfs(paths)
        overrides: dict[Path, dict] = {}
        results: list[FileResult] = []
        self.index.store  # opening the store reconciles it with the catalog (lost vectors → pending)
        known = {m.file: m for m, _, _ in self.index.documents()}
        for path in files:
            folder = path.parent
            if folder not in overrides:
                overrides[folder] = load_overrides(folder)
            results.append(self._stage(path, overrides[folder].get(path.name, {}), known.get(path.name)))
        if prune:
            results.extend(self._prune({p.name for p in files}, paths))
        if embed:
            self.embed_pending(progress)
        return IngestReport(tuple(results))

    def _stage(self, path: Path, override: dict, known: DocumentMeta | None) -> FileResult:
        try:
            sha = file_sha256(path)
            state = self.index.state_of(path.name, sha)
            if state is not None:  # same content: nothing to re-read; a pending one only needs its vectors
                return FileResult(path.name, UNCHANGED if state == READY else RESUMED,
                                  pages=known.pages if known else 0)
            doc = read_document(path, override, self.chunking)
            self.index.stage(doc, str(path.resolve()))
            return FileResult(path.name, UPDATED if known else ADDED, pages=len(doc.pages), chunks=len(doc.chunks))
        except IngestError as exc:
            return FileResult(path.name, FAILED, exc.describe())
        except OSError as exc:
            return FileResult(path.name, FAILED, f"niet leesbaar: {exc.strerror or exc}")

    def _prune(self, present: set[str], roots: list[Path]) -> list[FileResult]:
        """Drop documents whose source file is gone (under the scanned folders, or anywhere if its path
        no longer exists)."""
        out = []
        for meta, _, src in self.index.documents():
            if meta.file in present:
                continue
            if not src or not Path(src).exists():
                self.index.remove(meta.file)
                out.append(FileResult(meta.file, PRUNED, "bronbestand bestaat niet meer"))
        return out

    def embed_pending(self, progress: ProgressFactory | None = None) -> int:
        pending = self.index.pending()
        if not pending:
            return 0
        counts = self.index.catalog.chunk_counts()
        total = sum(counts.get(f, 0) for f in pending)
        tick = progress(total, "embedden") if progress else None
        done = 0
        for file in pending:
            done += self.index.embed(file, tick)
        return done

    def rebuild(self) -> None:
        """Throw the whole index away (catalog, BM25, vectors) so the next ingest starts clean."""
        from index.catalog import Catalog
        from index.dense import chroma_client

        if self._index is not None:
            self._index.close()
            self._index = None
        catalog = Catalog(self.settings.home / "catalog.sqlite")  # no fingerprint check: it may differ
        name = catalog.collection_name()
        catalog.close()
        client = chroma_client(self.settings.home, self.settings.chroma_url)
        if name in [c if isinstance(c, str) else c.name for c in client.list_collections()]:
            client.delete_collection(name)
        for db in ("catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm"):
            (self.settings.home / db).unlink(missing_ok=True)
        shutil.rmtree(self.settings.home / "bm25", ignore_errors=True)

    # -- query and manage --------------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filt: SearchFilter = SearchFilter(), mode: str = HYBRID,
               per_document: int | None = None) -> list[Hit]:
        """Hybrid search; an English query reaches the lexical leg in Dutch words."""
        bm25_query = dutch_search_words(query) if detect_language(query) == "en" else None
        return self.index.search(query, k, filt, mode, per_document, bm25_query)

    def assistant(self, llm: str | None = None):
        """The grounded assistant over this library with the configured (or named) generator."""
        from .answer import Assistant
        from .llm import chat_model_from_name

        name = llm or self.settings.llm
        s = self.settings
        chat = None if name == "extractive" else chat_model_from_name(
            name, url=s.llm_url, model=s.llm_model, api_key=s.llm_api_key, threads=s.threads)
        return Assistant(self, chat)

    def documents(self) -> list[tuple[DocumentMeta, str, str]]:
        return self.index.documents()

    def remove(self, file: str) -> bool:
        return self.index.remove(Path(file).name)
