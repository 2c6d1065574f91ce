"""Reading a PDF file into a Document with pypdf: page-exact text, typed errors for bad input."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from .budget import extract_budget
from .chunk import ChunkConfig, chapter_headings, chunk_page
from .clean import clean_pages
from .metadata import apply_overrides, infer_meta
from .tables import with_tables
from .model import (Document, EmptyFileError, NeedsOcrError, NotPdfError, Page, PdfCorruptError,
                    PdfEncryptedError)

PARSER_VERSION = "pypdf-7.1/clean-2/chunk-4/tables-1"
log = logging.getLogger(__name__)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_bytes(name: str, size: int, head: bytes, tail: bytes) -> None:
    """The checks before parsing, on a file's size, first 1024 and last 2048 bytes: empty, not a PDF (no
    %PDF- header), cut off (no %%EOF). Shared by ingest and the upload check."""
    if size == 0:
        raise EmptyFileError(name)
    if b"%PDF-" not in head:
        raise NotPdfError(name)
    if b"%%EOF" not in tail:
        raise PdfCorruptError(name, "geen %%EOF aan het eind, het bestand is afgebroken")


def _check_bytes(path: Path) -> None:
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(1024)
        f.seek(max(0, size - 2048))
        tail = f.read()
    check_bytes(path.name, size, head, tail)


def _layout_text(page) -> str:
    """pypdf's layout-mode text of a page (tables aligned by position), "" when it cannot be had."""
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # "Rotated text discovered": layout mode still reads the rest
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:  # noqa: BLE001 - the plain text stands without it
        return ""
    finally:
        pypdf_log.setLevel(level)


def read_pages(path: Path) -> tuple[dict, list[str]]:
    """Raw text of every page (1-based order; tables written row by row with their headers,
    ingest/tables.py) and the PDF info dictionary."""
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    _check_bytes(path)
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfEncryptedError(path.name)
        info = {k: v for k, v in (reader.metadata or {}).items()}
        pages, table = [], None
        for number, page in enumerate(reader.pages, start=1):
            try:
                text, table = with_tables(page.extract_text() or "", _layout_text(page), table)
                pages.append(text)
            except Exception as exc:  # one broken content stream must not lose the other pages
                log.warning("%s: pagina %d niet leesbaar (%s)", path.name, number, exc)
                pages.append("")
                table = None
    except (FileNotDecryptedError, DependencyError) as exc:
        raise PdfEncryptedError(path.name, str(exc)) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OSError) as exc:
        raise PdfCorruptError(path.name, f"{type(exc).__name__}: {exc}"[:200]) from exc
    if not pages:
        raise PdfCorruptError(path.name, "geen pagina's")
    return info, pages


def read_document(path: Path, overrides: dict | None = None, cfg: ChunkConfig = ChunkConfig()) -> Document:
    """A PDF as cleaned pages, metadata and chunks. Raises an IngestError subclass for bad input."""
    info, raw = read_pages(path)
    texts = clean_pages(raw)
    if sum(len(t.split()) for t in texts) < 5:
        raise NeedsOcrError(path.name)
    meta = apply_overrides(infer_meta(path.name, file_sha256(path), info, texts), overrides or {})
    pages = tuple(Page(n, t) for n, t in enumerate(texts, start=1))
    chunks, section = [], ()
    chapters = chapter_headings(texts)
    for page in pages:
        page_chunks, section = chunk_page(page, meta.file, meta.title, section, cfg, meta.sha256[:16], chapters)
        chunks.extend(page_chunks)
    return Document(meta, pages, tuple(chunks), extract_budget(meta.file, pages, chunks))
