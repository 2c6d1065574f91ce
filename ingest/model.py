"""The types ingest hands on: a PDF becomes a Document of Pages and Chunks, or a typed IngestError."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

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


def json_number(value: Decimal) -> int | float:
    """An amount as JSON: a whole number stays an integer."""
    return int(value) if value == value.to_integral() else float(value)


COMMITMENT, TOTAL, CONTEXT = "commitment", "total", "context"
"""Kinds of budget line: the plan's own money, a totals row/column, a national or historical figure."""
AMENDED = "gewijzigd"


@dataclass(frozen=True)
class BudgetLine:
    """One amount a document states: for a multi-year table one line per filled year cell. `start`/`end`
    point into the page text (the row or sentence that states it); an amended line carries the amount
    from the statement that changed it and, as `old_*`, the amount and place it supersedes."""

    file: str
    page: int
    item: str  # the measure or row label ("Signaleringswegwijzer")
    amount: Decimal
    year: str = ""  # "2023", a period "2022-2023", or "" when none is stated
    kind: str = COMMITMENT  # COMMITMENT | TOTAL | CONTEXT
    amount_max: Decimal | None = None  # the upper end of a range ("€ 10.000 – € 15.000")
    per_year: bool = False
    party: str = ""  # who pays or receives, when stated
    group: str = ""  # the table's group row or the section the line stands in
    start: int = 0
    end: int = 0
    quote: str = ""  # Page.text[start:end]
    table: str = ""  # the table's id ("p8"), shared by a table continued over a page break
    check: str = ""  # a total: "ok" | "mismatch (som € X, vermeld € Y)"; a cell: "kolom onzeker" when unplaced
    status: str = ""  # "" | AMENDED
    old_amount: Decimal | None = None
    old_page: int | None = None
    old_start: int | None = None
    old_end: int | None = None
    old_quote: str = ""
    header_start: int | None = None  # a table cell: where its column header line starts on the page (names the year)
    repeats: str = ""  # a running-text line that restates a table cell: that cell's place ("p. 8"); not summed

    def to_json(self) -> dict:
        d = asdict(self)
        for key in ("amount", "amount_max", "old_amount"):
            if d[key] is not None:
                d[key] = json_number(d[key])
        return d

    @classmethod
    def from_json(cls, d: dict) -> "BudgetLine":
        d = dict(d)
        for key in ("amount", "amount_max", "old_amount"):
            if d.get(key) is not None:
                d[key] = Decimal(str(d[key]))
        return cls(**d)


@dataclass(frozen=True)
class Document:
    meta: DocumentMeta
    pages: tuple[Page, ...]
    chunks: tuple[Chunk, ...] = field(default=())
    budget: tuple[BudgetLine, ...] = field(default=())


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
