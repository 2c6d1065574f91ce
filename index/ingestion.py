"""Putting documents into the index: find the PDFs, stage each new or changed one (lexically searchable at
once), skip unchanged ones and byte-identical copies, prune vanished ones, then embed what is pending."""
from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.chunk import ChunkConfig
from ingest.metadata import load_overrides
from ingest.model import DocumentMeta, IngestError
from ingest.pdf import file_sha256, read_document

from .catalog import READY, Catalog
from .dense import chroma_client
from .search import Index

ADDED, UPDATED, UNCHANGED, RESUMED, DUPLICATE, FAILED, PRUNED = (
    "toegevoegd", "bijgewerkt", "ongewijzigd", "hervat", "duplicaat", "mislukt", "verwijderd")
SKIPPED = (UNCHANGED, DUPLICATE)
"""Statuses of files that were not (re)read: they leave the exit code at 0."""

Progress = Callable[[int], None]
ProgressFactory = Callable[[int, str], Progress]


@dataclass(frozen=True)
class FileResult:
    file: str
    status: str  # ADDED | UPDATED | UNCHANGED | RESUMED | DUPLICATE | FAILED | PRUNED
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


def ingest_paths(index: Index, paths: list[Path], chunking: ChunkConfig = ChunkConfig(), prune: bool = False,
                 progress: ProgressFactory | None = None, embed: bool = True) -> IngestReport:
    """Stage every new or changed PDF, then embed what is pending. A file that fails is reported and never
    touches what is already indexed; the batch always goes on with the next file."""
    files = find_pdfs(paths)
    overrides: dict[Path, dict] = {}
    results: list[FileResult] = []
    index.store  # opening the store reconciles it with the catalog (lost vectors → pending)
    known = {r.meta.file: r.meta for r in index.documents()}
    by_sha = {m.sha256: f for f, m in known.items()}  # chunk ids come from the content: one copy only
    for path in files:
        folder = path.parent
        if folder not in overrides:
            overrides[folder] = load_overrides(folder)
        result, sha = _stage(index, path, overrides[folder].get(path.name, {}), known.get(path.name), by_sha,
                             chunking)
        if sha and result.status != FAILED:
            by_sha.setdefault(sha, path.name)
        results.append(result)
    if prune:
        results.extend(_prune(index, {p.name for p in files}))
    if embed:
        embed_pending(index, progress)
    return IngestReport(tuple(results))


def _stage(index: Index, path: Path, override: dict, known: DocumentMeta | None, by_sha: dict[str, str],
           chunking: ChunkConfig) -> tuple[FileResult, str]:
    sha = ""
    try:
        sha = file_sha256(path)
        state = index.state_of(path.name, sha)
        if state is not None:  # same content: nothing to re-read; a pending one only needs its vectors
            return FileResult(path.name, UNCHANGED if state == READY else RESUMED,
                              pages=known.pages if known else 0), sha
        original = by_sha.get(sha)
        if original and original != path.name:
            if known:  # its earlier, other content is stale now
                index.remove(path.name)
            return FileResult(path.name, DUPLICATE, f"duplicaat van {original}"), sha
        doc = read_document(path, override, chunking)
        index.stage(doc, str(path.resolve()))
        return FileResult(path.name, UPDATED if known else ADDED, pages=len(doc.pages), chunks=len(doc.chunks)), sha
    except IngestError as exc:
        return FileResult(path.name, FAILED, exc.describe()), sha
    except OSError as exc:
        return FileResult(path.name, FAILED, f"niet leesbaar: {exc.strerror or exc}"), sha


def _prune(index: Index, present: set[str]) -> list[FileResult]:
    """Drop documents whose source file is gone (not among the scanned files and its path no longer exists)."""
    out = []
    for record in index.documents():
        if record.meta.file in present:
            continue
        if not record.path or not Path(record.path).exists():
            index.remove(record.meta.file)
            out.append(FileResult(record.meta.file, PRUNED, "bronbestand bestaat niet meer"))
    return out


def embed_pending(index: Index, progress: ProgressFactory | None = None) -> int:
    pending = index.pending()
    if not pending:
        return 0
    counts = index.catalog.chunk_counts()
    total = sum(counts.get(f, 0) for f in pending)
    tick = progress(total, "embedden") if progress else None
    return sum(index.embed(file, tick) for file in pending)


def rebuild_index(home: Path, chroma_url: str | None) -> None:
    """Throw a whole index away (catalog, BM25, vectors) so the next ingest starts clean."""
    catalog = Catalog(home / "catalog.sqlite")  # no fingerprint check: it may differ
    name = catalog.collection_name()
    catalog.close()
    client = chroma_client(home, chroma_url)
    if name in [c if isinstance(c, str) else c.name for c in client.list_collections()]:
        client.delete_collection(name)
    for db in ("catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm"):
        (home / db).unlink(missing_ok=True)
    shutil.rmtree(home / "bm25", ignore_errors=True)
