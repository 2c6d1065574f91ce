"""The one library the CLI, web app and eval share: a thin façade over the index (put documents in, search,
manage) and the assistant, built from the Settings."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from assistant.translate import detect_language, dutch_search_words
from index.catalog import DocumentRecord
from index.ingestion import IngestReport, ProgressFactory, ingest_paths, rebuild_index
from index.search import HYBRID, Hit, Index, IndexConfig, SearchFilter
from ingest.budget import select
from ingest.chunk import ChunkConfig
from ingest.model import BudgetLine
from ingest.pdf import PARSER_VERSION

from .settings import Settings


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
                "chunking": f"{self.chunking.max_chars}/{self.chunking.overlap_chars}/{self.chunking.min_chars}/"
                            f"{self.chunking.table_chars}"}

    @property
    def index(self) -> Index:
        if self._index is None:
            name = self.settings.embed_model
            self._index = Index(self.settings.home, lambda: _load_embedder(name), self.fingerprint(),
                                self.settings.chroma_url, self.index_cfg)
        return self._index

    def for_corpus(self, corpus: Path) -> "Library":
        """The same settings over another folder of PDFs, in an index of its own (under this home), so
        documents of one corpus never answer questions about another."""
        home = self.settings.home / "corpora" / Path(corpus).resolve().name
        return Library(replace(self.settings, home=home, corpus=Path(corpus)), self.chunking, self.index_cfg)

    def ingest(self, paths: list[Path] | None = None, prune: bool = False,
               progress: ProgressFactory | None = None, embed: bool = True) -> IngestReport:
        """Stage every new or changed PDF (default: the corpus folder), then embed what is pending."""
        return ingest_paths(self.index, paths or [self.settings.corpus], self.chunking, prune, progress, embed)

    def rebuild(self) -> None:
        """Throw the whole index away (catalog, BM25, vectors) so the next ingest starts clean."""
        if self._index is not None:
            self._index.close()
            self._index = None
        rebuild_index(self.settings.home, self.settings.chroma_url)

    def search(self, query: str, k: int = 10, filt: SearchFilter = SearchFilter(), mode: str = HYBRID,
               per_document: int | None = None) -> list[Hit]:
        """Hybrid search; an English query reaches the lexical leg in Dutch words."""
        bm25_query = dutch_search_words(query) if detect_language(query) == "en" else None
        return self.index.search(query, k, filt, mode, per_document, bm25_query)

    def documents(self) -> list[DocumentRecord]:
        return self.index.documents()

    def vocabulary(self) -> set[str]:
        return self.index.vocabulary()

    @property
    def embedder(self):
        return self.index.embedder

    def remove(self, file: str) -> bool:
        return self.index.remove(Path(file).name)

    def budget(self, files: Sequence[str] = (), year: str | None = None, kind: str | None = None) -> list[BudgetLine]:
        """Budget lines found at ingest, filtered and sorted by document, year and amount."""
        return select(self.index.budget(), [Path(f).name for f in files], year, kind)

    def chat_model(self, llm: str | None = None):
        """The configured (or named) generator; None for extractive."""
        from assistant.llm import chat_model_from_name

        name = llm or self.settings.llm
        s = self.settings
        return None if name == "extractive" else chat_model_from_name(
            name, url=s.llm_url, model=s.llm_model, api_key=s.llm_api_key, threads=s.threads)

    def unknown(self, files: Sequence[str]) -> list[str]:
        """The file names among these that are not in the index."""
        known = {r.meta.file for r in self.documents()}
        return [f for f in files if f not in known]

    def page_text(self, file: str, page: int) -> str:
        """A page's cleaned text, which every Citation's offsets point into."""
        return self.index.catalog.page_text(file, page) or ""

    def assistant(self, llm: str | None = None):
        """The grounded assistant over this library with the configured (or named) generator."""
        from assistant.answer import Assistant

        return Assistant(self, self.chat_model(llm))

    def comparer(self, llm: str | None = None):
        """Side-by-side comparisons over this library (assistant.compare)."""
        from assistant.compare import Comparer

        return Comparer(self, self.chat_model(llm))
