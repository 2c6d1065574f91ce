"""The types ingest hands on: a PDF becomes a Document of Pages and Chunks, or a typed IngestError."""
from __future__ import annotations

from dataclasses import dataclass, field

TEXT = "text"
TABLE = "table"


@dataclass(frozen=True)
class Page:
    number: int  # 1-based, as a PDF viewer shows it
    text: str  # cleaned text; Chunk offsets point into this


@dataclass(frozen=True)
class Chunk:
    file: str  # the PDF's file name, also the document's key in the index
    page: int
    section: tuple[str, ...]  # heading path, outermost first
    start: int  # char offsets of `text` in Page.text
    end: int
    text: str  # exactly Page.text[start:end]
    kind: str = TEXT  # TEXT | TABLE
    title: str = ""  # document title, for context
    doc_id: str = ""  # the first 16 hex digits of the file's sha256: a changed file gets new chunk ids

    @property
    def id(self) -> str:
        return f"{self.doc_id}:p{self.page}:{self.start}-{self.end}"

    def index_text(self) -> str:
        """What the search legs see: the passage with its document title and section as context."""
        head = " > ".join(s for s in (self.title, *self.section) if s)
        return f"{head}\n{self.text}" if head else self.text


@dataclass(frozen=True)
class DocumentMeta:
    file: str
    sha256: str
    title: str
    organisation: str = ""
    region: str = ""
    municipalities: tuple[str, ...] = ()
    year: int | None = None
    doc_type: str = ""
    pages: int = 0


@dataclass(frozen=True)
class Document:
    meta: DocumentMeta
    pages: tuple[Page, ...]
    chunks: tuple[Chunk, ...] = field(default=())


class IngestError(Exception):
    """A file that cannot be ingested; the message names the file and says what to do."""

    reason = "fout"

    def __init__(self, file: str, detail: str = ""):
        self.file = file
        self.detail = detail
        super().__init__(f"{file}: {self.describe()}")

    def describe(self) -> str:
        return f"{self.reason}{': ' + self.detail if self.detail else ''}"


class EmptyFileError(IngestError):
    reason = "leeg bestand (0 bytes)"


class NotPdfError(IngestError):
    reason = "geen PDF (het bestand begint niet met %PDF)"


class PdfEncryptedError(IngestError):
    reason = "versleuteld met een wachtwoord; ontsleutel de PDF eerst (bijv. qpdf --decrypt)"


class PdfCorruptError(IngestError):
    reason = "beschadigd of afgebroken PDF-bestand"


class NeedsOcrError(IngestError):
    reason = "geen tekstlaag (gescande PDF?); voer eerst OCR uit (bijv. ocrmypdf), niet geïndexeerd"
