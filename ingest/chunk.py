"""Page structure and chunking: headings become a section path, tables stay whole, text is split into
overlapping, line-aligned chunks whose offsets point into the cleaned page text."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .model import TABLE, TEXT, Chunk, Page
from .tables import headed_cells, is_header_row


@dataclass(frozen=True)
class ChunkConfig:
    max_chars: int = 1000
    """Upper bound of a chunk's text; ~1000 Dutch characters stay under mE5-small's 512 tokens."""
    overlap_chars: int = 200
    """How much text consecutive chunks of one section share."""
    min_chars: int = 40
    """Shorter leftovers are merged into the previous chunk rather than indexed alone."""
    table_chars: int = 300
    """A longer table is split by rows into parts of about this size, each carrying the column header row
    in its section path: a row is found by its own words, not drowned among a whole budget's."""


_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+\S")
_AMOUNT = re.compile(r"€\s*(?:\d[\d.,]*|-)|\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b|\b\d+(?:,\d+)?\s?%")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year as a table's column or cell ("2022"); shared with quoting and the binding check."""
_TERMINATORS = ".,;:!?"
_LABEL = re.compile(r"^([^:\d][^:]{1,40}):\s+(\S.*)$")
"""A "label: value" line ("Mogelijke partner: Renkum voor Elkaar", "Totaal: 40 personen")."""
_OPEN_END = re.compile(r"\s(de|het|een|van|voor|in|met|tot|op|aan|en|of|te|door|bij|naar|om|die|dat|als)$", re.I)
"""A line ending in an article or preposition is a sentence wrapped onto the next line."""
PRIORITY_CELL = re.compile(r"(?:^|\s)(?:Hoog|Midden|Middel|Laag)\s+\S[^.]{0,18}$|^\s*Lopend\s*$")
"""The last cells of an action-table row: urgency and planning ("Hoog  2022", "Laag  T", "Lopend")."""


def heading_level(line: str) -> int:
    """1 for plain headings, 2 for "1.2 ...", 3 for "1.2.3 ..."."""
    m = _NUMBERED.match(line.strip())
    return min(3, m.group(1).count(".") + 1) if m and "." in m.group(1) else 1


def is_table_row(line: str) -> bool:
    """A row of amounts, or a row written with its headers (a table found by position, ingest/tables.py)."""
    return len(_AMOUNT.findall(line)) >= 2 or bool(headed_cells(line))


def is_table_header(line: str) -> bool:
    """A row of year columns ("2022 2023 Totaal", "Maatregel (bedragen in euro)  2024  2025  2026  2027")."""
    words, years = [w for w in line.split() if w != "|"], len(YEAR.findall(line))
    return years >= 2 and len(words) <= 8 + years and not line.rstrip().endswith(".") and not _AMOUNT.search(line) \
        and not headed_cells(line)  # "Totaal — 2025: 600; 2026: 640" (x € 1.000) is a row


_CHAPTER = re.compile(r"^(\d{1,2})\s+([A-Z][^.;:!?]*[^.,;:!?])$")
"""A candidate chapter heading numbered without a dot ("4 Maatregelen"); also the form of a footnote's first
line or a page footer, so only a document's run of them counts (`chapter_headings`)."""


def chapter_headings(pages: Sequence[str]) -> set[str]:
    """The document's chapter headings numbered without a dot ("1 Inleiding", "2 De opgave", …): short
    candidate lines whose numbers run 1, 2, 3, … in page order (at least three). A footnote ("5 Zoals benoemd
    in hoofdstuk 2") or a footer ("7 Vereniging van Nederlandse Gemeenten") does not join such a run."""
    found: list[tuple[int, str]] = []
    for text in pages:
        for line in text.split("\n"):
            m = _CHAPTER.match(line.strip())
            if m and len(line.split()) <= 7 and not _OPEN_END.search(line.strip()):
                found.append((int(m.group(1)), line.strip()))
    run: list[str] = []
    for number, line in found:
        if number == len(run) + 1 and line not in run:
            run.append(line)
    return set(run) if len(run) >= 3 else set()


def is_heading(line: str, prev: str | None, nxt: str | None, chapters: set[str] = frozenset()) -> bool:
    s = line.strip()
    if s in chapters:
        return True
    if not (2 <= len(s) <= 90) or len(s.split()) > 12 or s[-1] in _TERMINATORS:
        return False
    if not (s[0].isupper() or _NUMBERED.match(s)) or s.startswith(("-", "•", "*")):
        return False
    numbered = bool(_NUMBERED.match(s))
    if s[0].isdigit() and not re.match(r"^\d+(\.\d+)*\.\s|^\d+\.\d+", s):
        return False  # "2 Hieronder vallen ..." is a footnote
    if len(s.split()) > (10 if numbered else 7):
        return False
    if _AMOUNT.search(s) or is_table_header(s):
        return False
    if (len(s.split()) <= 3 and YEAR.search(s.split()[-1])) or PRIORITY_CELL.search(s):
        return False  # "Hoog 2022", "Midden 2023", "Lopend": cells of a planning table
    if _OPEN_END.search(s) or re.search(r"[a-z]\.\s+[A-Z]", s):
        return False  # "De toegang verloopt via de", "Er komen minder cliënten. Op 1 juli": sentences
    label = None if numbered else _LABEL.match(s)
    if label and (re.search(r"\d", label.group(2)) or (nxt is not None and _LABEL.match(nxt.strip()))):
        return False  # "Totaal: 40 personen"; "Mogelijke partner: X" above "Inschatting kosten: ..."
    if prev is not None and prev.strip() and prev.strip()[-1] not in ".:!?;" and not _looks_short(prev) \
            and not headed_cells(prev):
        return False  # a wrapped sentence continues here (a table row above is none)
    if nxt is not None and nxt.strip() and nxt.strip()[0].islower():
        return False  # "Het kennisniveau over psychische\nkwetsbaarheid verhogen ..." is a sentence
    return True


def _looks_short(line: str) -> bool:
    return len(line.strip()) <= 60 and line.strip()[-1] not in _TERMINATORS


def table_spans(lines: list[str]) -> list[tuple[int, int]]:
    """Line index ranges [a, b) that form a table: ≥2 rows with several amounts, their header and
    wrapped row labels kept together."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not (is_table_row(lines[i]) or is_table_header(lines[i])):
            i += 1
            continue
        start, end, rows, gap = i, i, 0, 0
        j = i
        while j < len(lines):
            line = lines[j]
            if rows and is_header_row(line):
                break  # the next table's header: its own span, its own caption and scale
            if is_table_row(line) or is_table_header(line):
                rows += is_table_row(line)
                end, gap = j + 1, 0
            elif not line.strip() and j + 1 < len(lines) and lines[j + 1].strip():
                pass  # a blank line between rows (layout-mode text)
            elif line.strip() and len(line.strip()) <= 70 and gap < 3:
                gap += 1  # a row label wrapped over lines, or a group heading ("Thema 2: ...")
            else:
                break
            j += 1
        if rows >= 2:
            back = start
            while back > 0 and start - back < 2 and _looks_short(lines[back - 1] or ".") \
                    and not _AMOUNT.search(lines[back - 1]):
                back -= 1  # "Project Kosten" / wrapped first label above the first amounts
            spans.append((back, end))
            i = end
        else:
            i = j if j > i else i + 1
    return spans


def line_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the text (split at "\n"), as offsets into it."""
    offsets, pos = [], 0
    for line in text.split("\n"):
        offsets.append((pos, pos + len(line)))
        pos += len(line) + 1
    return offsets


def _split_long(start: int, end: int, text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut an over-long line at sentence ends or spaces, hard as a last resort."""
    pieces = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind(". "), window.rfind("; "))
        if cut < max_chars // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut >= max_chars // 4 else max_chars
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return pieces


def _pack(units: list[tuple[int, int]], cfg: ChunkConfig) -> list[tuple[int, int]]:
    """Group consecutive (start, end) units into chunks of at most max_chars with overlap."""
    chunks: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and units[j + 1][1] - units[i][0] <= cfg.max_chars:
            j += 1
        a, b = units[i][0], units[j][1]
        if chunks and b - a < cfg.min_chars and b > chunks[-1][1]:
            chunks[-1] = (chunks[-1][0], b)
        elif not chunks or b > chunks[-1][1]:
            chunks.append((a, b))
        if j + 1 >= len(units):
            break
        k = j  # step back so the next chunk repeats about overlap_chars of this one
        while k > i and b - units[k][0] < cfg.overlap_chars:
            k -= 1
        i = max(k if k > i else j + 1, i + 1)
    return chunks


def chunk_page(page: Page, file: str, title: str, section: tuple[str, ...],
               cfg: ChunkConfig = ChunkConfig(), doc_id: str = "",
               chapters: set[str] = frozenset()) -> tuple[list[Chunk], tuple[str, ...]]:
    """Chunks of one page, given the section path the page starts in (and the document's chapter headings
    numbered without a dot); returns the path it ends in."""
    text = page.text
    lines = text.split("\n")
    offsets = line_offsets(text)
    tables = {a: b for a, b in table_spans(lines)}
    chunks: list[Chunk] = []
    units: list[tuple[int, int]] = []

    def flush() -> None:
        for a, b in _pack(units, cfg):
            chunks.append(Chunk(file, page.number, section, a, b, text[a:b], TEXT, title, doc_id))
        units.clear()

    i = 0
    while i < len(lines):
        if i in tables:
            flush()
            first = next(k for k in range(i, tables[i]) if is_table_row(lines[k]) or is_table_header(lines[k]))
            caption = next((ln.strip() for ln in lines[i:first]
                            if is_heading(ln, lines[i - 1] if i else None, "X")), None)
            if caption:  # "Overzicht kosten" above the columns names the table
                section = (*section[: heading_level(caption) - 1], caption)
            chunks.extend(_table_chunks(text, offsets[i : tables[i]], file, page.number, section, title, cfg,
                                        doc_id))
            i = tables[i]
            continue
        line = lines[i]
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if line.strip() and is_heading(line, prev, nxt, chapters):
            flush()
            level = heading_level(line)
            section = (*section[: level - 1], line.strip())
        if line.strip():
            units.extend(_split_long(*offsets[i], text, cfg.max_chars))
        i += 1
    flush()
    return chunks, section


def _table_chunks(text: str, rows: list[tuple[int, int]], file: str, page: int,
                  section: tuple[str, ...], title: str, cfg: ChunkConfig, doc_id: str) -> list[Chunk]:
    """A table is one chunk; a table longer than max_chars is split by rows, each part carrying the
    header row in its section path so the columns stay named."""
    a, b = rows[0][0], rows[-1][1]
    if b - a <= cfg.table_chars * 1.5:
        return [Chunk(file, page, section, a, b, text[a:b], TABLE, title, doc_id)]
    headers = [text[s:e].strip() for s, e in rows if is_table_header(text[s:e])]
    header = max(headers, key=lambda h: len(YEAR.findall(h)), default="")  # the row of most year columns
    parts = _pack([(s, e) for s, e in rows], ChunkConfig(cfg.table_chars, 0, cfg.min_chars))
    out = []
    for n, (s, e) in enumerate(parts):
        sec = section if n == 0 or not header else (*section, header)
        out.append(Chunk(file, page, sec, s, e, text[s:e], TABLE, title, doc_id))
    return out
