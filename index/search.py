"""The index: catalog + BM25 + Chroma kept in step, and hybrid search over them. Chunks in, Hits out."""
from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.model import Chunk, Document, DocumentMeta

from .bm25 import Bm25Leg, top_rows
from .catalog import PENDING, Catalog, DocumentRecord
from .dense import ChromaStore, chroma_client
from .fusion import fuse_rankings

BM25, DENSE, HYBRID = "bm25", "dense", "hybrid"
log = logging.getLogger(__name__)
_MONEY_QUESTION = re.compile(r"\b(hoeveel|budget\w*|begrot\w*|kost\w*|geld|euro|bedrag\w*|middelen|"
                             r"investe\w*|how much|cost\w*|money|amount|spend\w*|funding|(?:19|20)\d\d)\b|€", re.I)
_AMOUNT = re.compile(r"€\s*\d|\d+(?:[.,]\d+)?\s*(?:miljoen|mln|duizend)\b", re.I)


def asks_for_money(query: str) -> bool:
    return bool(_MONEY_QUESTION.search(query))


def named_regions(query: str, metas: dict[str, DocumentMeta]) -> set[str]:
    """Files whose region is named in the query ("Maashorst", "regio Amersfoort")."""
    q = query.casefold()
    return {f for f, m in metas.items() if m.region and re.search(rf"\b{re.escape(m.region.casefold())}\b", q)}


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # the fused score in hybrid mode, else the leg's own score
    bm25: float | None = None  # raw BM25 score, when the lexical leg found it
    dense: float | None = None  # cosine similarity, when the dense leg found it
    bm25_rank: int | None = None
    dense_rank: int | None = None

    def to_json(self, rank: int) -> dict:
        """The passage as `beleid search --json` and /api/search give it, with its scores per leg."""
        c = self.chunk
        return {"rank": rank, "file": c.file, "page": c.page, "title": c.title, "section": list(c.section),
                "kind": c.kind, "text": c.text, "start": c.start, "end": c.end, "score": round(self.score, 6),
                "bm25": self.bm25, "dense": self.dense, "bm25_rank": self.bm25_rank, "dense_rank": self.dense_rank}


@dataclass(frozen=True)
class SearchFilter:
    files: tuple[str, ...] = ()
    """Only these documents (file names); empty = all."""
    year: int | None = None
    """Only documents of this year."""
    region: str | None = None
    """Only documents whose region, organisation or municipalities name this (case-insensitive)."""

    def admits(self, meta: DocumentMeta) -> bool:
        if self.files and meta.file not in self.files:
            return False
        if self.year is not None and meta.year != self.year:
            return False
        if self.region:
            r = self.region.casefold()
            names = [meta.region, meta.organisation, *meta.municipalities]
            if not any(r in n.casefold() for n in names if n):
                return False
        return True


@dataclass(frozen=True)
class IndexConfig:
    bm25_weight: float = 1.0
    """Weight of the lexical leg in reciprocal-rank fusion."""
    dense_weight: float = 0.5
    """Weight of the dense leg in reciprocal-rank fusion."""
    rrf_k: int = 5
    """RRF constant: larger flattens the rank curve. Small, so one leg's clear first hit is not outvoted
    by passages both legs rank mediocrely (measured on the dev set, bench/retrieval.py --grid)."""
    candidates: int = 50
    """How many hits each leg contributes before fusion."""
    batch_size: int = 16
    """Chunks embedded and written to Chroma per step."""
    region_boost: float = 0.3
    """Fused-score bonus (fraction) for chunks of documents whose region the query names."""
    amount_boost: float = 0.3
    """Fused-score bonus (fraction) for chunks with amounts (tables above all) when the query asks for money."""


class _Snapshot:
    """The catalog's chunks at one version with their BM25 leg, for fast search."""

    def __init__(self, version: int, chunks: list[Chunk], metas: dict[str, DocumentMeta], bm25: Bm25Leg):
        self.version = version
        self.chunks = chunks
        self.metas = metas
        self.row_of = {c.id: i for i, c in enumerate(chunks)}
        by_file: dict[str, list[int]] = {}
        for i, c in enumerate(chunks):
            by_file.setdefault(c.file, []).append(i)
        self.rows_of_file = {f: np.array(rows, dtype=np.int64) for f, rows in by_file.items()}
        self.bm25 = bm25
        self._vocabulary: set[str] | None = None
        self._vectors: np.ndarray | None = None

    def rows(self, files: list[str]) -> np.ndarray:
        return np.concatenate([self.rows_of_file.get(f, np.zeros(0, dtype=np.int64)) for f in files])

    def mask(self, files: list[str]) -> np.ndarray:
        m = np.zeros(len(self.chunks), dtype=bool)
        m[self.rows(files)] = True
        return m

    def vectors(self, store: ChromaStore) -> np.ndarray:
        """All chunk vectors in row order (zeros where one is missing), loaded from Chroma once per
        snapshot: filtered dense search is an exact dot product over the admitted rows, which beats
        Chroma's filtered HNSW query by far at 100k chunks."""
        if self._vectors is None:
            ids = [c.id for c in self.chunks]
            matrix = None
            for i in range(0, len(ids), 5000):
                got = store.collection.get(ids=ids[i : i + 5000], include=["embeddings"])
                for cid, vec in zip(got["ids"], got["embeddings"]):
                    if matrix is None:
                        matrix = np.zeros((len(ids), len(vec)), dtype=np.float32)
                    matrix[self.row_of[cid]] = vec
            self._vectors = matrix if matrix is not None else np.zeros((len(ids), 1), dtype=np.float32)
        return self._vectors

    @property
    def vocabulary(self) -> set[str]:
        """Every BM25 token in the index: tells whether the corpus mentions a name at all."""
        if self._vocabulary is None:
            from .bm25 import tokenize

            self._vocabulary = {t for c in self.chunks for t in tokenize(c.index_text())}
        return self._vocabulary


class Index:
    def __init__(self, home: Path, embedder_factory: Callable[[], object], fingerprint: dict[str, str],
                 chroma_url: str | None = None, cfg: IndexConfig = IndexConfig()):
        self.home = Path(home)
        self.cfg = cfg
        self.catalog = Catalog(self.home / "catalog.sqlite")
        self.catalog.check_fingerprint(fingerprint)
        self._embedder_factory = embedder_factory
        self._embedder = None
        self._chroma_url = chroma_url
        self._store: ChromaStore | None = None
        self._snapshot: _Snapshot | None = None
        self._lock = threading.Lock()

    # -- lazily built parts ----------------------------------------------------------------------------
    @property
    def embedder(self):
        if self._embedder is None:
            from .embed import CoalescingEmbedder

            self._embedder = CoalescingEmbedder(self._embedder_factory())
        return self._embedder

    @property
    def store(self) -> ChromaStore:
        if self._store is None:
            from .embed import ChromaEmbeddingFunction

            self._store = ChromaStore(chroma_client(self.home, self._chroma_url),
                                      ChromaEmbeddingFunction(self.embedder), self.catalog.collection_name())
            self._reconcile()
        return self._store

    def _reconcile(self) -> None:
        """Vectors can go missing behind the catalog's back (a wiped Chroma folder or server): such
        documents go back to pending, so search says so and the next ingest re-embeds them."""
        ready = [r.meta.file for r in self.catalog.documents() if r.state != PENDING]
        counts = self.catalog.chunk_counts()
        if self._store.count() >= sum(counts.get(f, 0) for f in ready):
            return
        for file in ready:
            if len(self._store.ids_of(file)) < counts.get(file, 0):
                log.warning("%s: vectoren ontbreken in Chroma; draai beleid ingest om ze opnieuw te maken", file)
                self.catalog.mark_pending(file)

    def snapshot(self) -> _Snapshot:
        with self._lock:
            version = self.catalog.version()
            if self._snapshot is None or self._snapshot.version != version:
                chunks = self.catalog.chunks()
                metas = {r.meta.file: r.meta for r in self.catalog.documents()}
                folder = self.home / "bm25"
                bm25 = Bm25Leg.load(folder, version)
                if bm25 is None or bm25.size != len(chunks):
                    bm25 = Bm25Leg.build([c.index_text() for c in chunks])
                    bm25.save(folder, version)
                self._snapshot = _Snapshot(version, chunks, metas, bm25)
            return self._snapshot

    # -- writing ---------------------------------------------------------------------------------------
    def stage(self, doc: Document, path: str = "") -> None:
        """Make a (new or changed) document lexically searchable at once; its vectors follow in embed()."""
        self.catalog.put_pending(doc, path)

    def pending(self) -> list[str]:
        return [r.meta.file for r in self.catalog.documents() if r.state == PENDING]

    def embed(self, file: str, progress: Callable[[int], None] | None = None) -> int:
        """Write the vectors of a staged document to Chroma, then mark it ready. Safe to re-run after a
        crash: vectors of an older version of the file are deleted, ones already written are kept (chunk
        ids include the content hash)."""
        meta = self.catalog.document(file).meta
        chunks = self.catalog.chunks(file)
        wanted = {c.id for c in chunks}
        existing = self.store.ids_of(file)
        if existing - wanted:
            self.store.collection.delete(ids=sorted(existing - wanted))
        if progress and existing & wanted:
            progress(len(existing & wanted))
        chunks = [c for c in chunks if c.id not in existing]
        base = {"file": file, "year": meta.year or 0, "region": meta.region}
        bs = self.cfg.batch_size
        for i in range(0, len(chunks), bs):
            batch = chunks[i : i + bs]
            vectors = self.embedder.embed_documents([c.index_text() for c in batch])
            self.store.upsert([c.id for c in batch], vectors,
                              [{**base, "page": c.page, "kind": c.kind} for c in batch],
                              [c.text for c in batch])
            if progress:
                progress(len(batch))
        self.catalog.mark_ready(file)
        return len(chunks)

    def remove(self, file: str) -> bool:
        """Forget a document in the catalog first (so search stops returning it), then its vectors."""
        gone = self.catalog.remove(file)
        if self._store is not None or gone:
            self.store.delete_file(file)
        return gone

    def documents(self) -> list[DocumentRecord]:
        return self.catalog.documents()

    def budget(self, file: str | None = None) -> list:
        """The budget lines found at ingest (ingest.model.BudgetLine), of one document or all."""
        return self.catalog.budget(file)

    def vocabulary(self) -> set[str]:
        """Every BM25 token in the index: tells whether the corpus mentions a name at all."""
        return self.snapshot().vocabulary

    def state_of(self, file: str, sha256: str) -> str | None:
        """READY or PENDING when this exact content is staged, else None."""
        row = self.catalog.document(file)
        return row.state if row is not None and row.meta.sha256 == sha256 else None

    # -- searching -------------------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filt: SearchFilter = SearchFilter(), mode: str = HYBRID,
               per_document: int | None = None, bm25_query: str | None = None) -> list[Hit]:
        """Ranked hits. `per_document=n` returns the best n of every admitted document (for comparisons).
        `bm25_query` lets a caller give the lexical leg other words (e.g. a Dutch translation)."""
        snap = self.snapshot()
        files = [f for f, m in snap.metas.items() if filt.admits(m)]
        if not files or not query.strip():
            return []
        if per_document:
            hits = [h for f in files for h in self._search(snap, query, per_document, [f], mode, bm25_query)]
            return sorted(hits, key=lambda h: -h.score)
        return self._search(snap, query, k, None if len(files) == len(snap.metas) else files, mode, bm25_query)

    def _search(self, snap: _Snapshot, query: str, k: int, files: list[str] | None, mode: str,
                bm25_query: str | None) -> list[Hit]:
        n = max(k, self.cfg.candidates)
        lexical: list[tuple[int, float]] = []
        dense: list[tuple[int, float]] = []
        if mode in (BM25, HYBRID):
            scores = snap.bm25.scores(bm25_query or query)
            mask = None if files is None else snap.mask(files)
            lexical = [(r, float(scores[r])) for r in top_rows(scores, mask, n)]
        if mode in (DENSE, HYBRID):
            vector = self.embedder.embed_query(query)
            if files is None:
                found = self.store.query(vector, n, files)
                dense = [(snap.row_of[i], s) for i, s in found if i in snap.row_of]  # drop stale vectors
            else:
                rows = snap.rows(files)
                sims = snap.vectors(self.store)[rows] @ np.asarray(vector, dtype=np.float32)
                best = np.argsort(-sims, kind="stable")[:n]
                dense = [(int(rows[i]), float(sims[i])) for i in best if sims[i] != 0.0]
        if mode == BM25:
            return [Hit(snap.chunks[r], s, bm25=s, bm25_rank=i) for i, (r, s) in enumerate(lexical[:k], 1)]
        if mode == DENSE:
            return [Hit(snap.chunks[r], s, dense=s, dense_rank=i) for i, (r, s) in enumerate(dense[:k], 1)]
        fused = fuse_rankings({BM25: [r for r, _ in lexical], DENSE: [r for r, _ in dense]},
                              {BM25: self.cfg.bm25_weight, DENSE: self.cfg.dense_weight}, self.cfg.rrf_k)
        lex = {r: (i, s) for i, (r, s) in enumerate(lexical, 1)}
        den = {r: (i, s) for i, (r, s) in enumerate(dense, 1)}
        fused = self._boost(snap, query, fused)
        hits = []
        for r, score in fused[:k]:
            li, ls = lex.get(r, (None, None))
            di, ds = den.get(r, (None, None))
            hits.append(Hit(snap.chunks[r], score, bm25=ls, dense=ds, bm25_rank=li, dense_rank=di))
        return hits

    def _boost(self, snap: _Snapshot, query: str, fused: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """Query routing: money questions favour passages with amounts, region names favour that region."""
        regions = named_regions(query, snap.metas) if self.cfg.region_boost else set()
        money = self.cfg.amount_boost and asks_for_money(query)
        if not regions and not money:
            return fused
        out = []
        for r, score in fused:
            c = snap.chunks[r]
            bonus = self.cfg.region_boost if c.file in regions else 0.0
            if money and _AMOUNT.search(c.text):
                bonus += self.cfg.amount_boost * (1.0 if c.kind == "table" else 0.5)
            out.append((r, score * (1.0 + bonus)))
        return sorted(out, key=lambda rs: -rs[1])

    def close(self) -> None:
        self.catalog.close()
