"""Budget lines from a document's pages: every amount a cost table or a sentence states, with its item,
year, kind and the exact place it stands, totals checked against their items, and amended amounts
superseding the ones they change. Pure functions over the cleaned pages and the chunks' section paths.

Tables: a header row of year columns (and a "Totaal" column) names the cells; a row whose cells are fewer
than the columns (empty cells lost in the text) is placed by the totals row when exactly one placement
adds up, else its cells keep no year ("kolom onzeker"); a table whose rows go on at the top of the next
page is one table. Sentences: an amount takes the year bound to it ("2023: € 10.000", "in 2023"), a period
("2021 tot 2023") or the sentence's only year; national figures quoted for background are `context`."""
from __future__ import annotations

import itertools
import math
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .chunk import YEAR, is_table_header, line_offsets, table_spans
from .model import AMENDED, COMMITMENT, CONTEXT, TOTAL, BudgetLine, Chunk, Page, json_number
from .numbers import AMOUNT, NUMBER, parse_numbers
from .tables import headed_cells

BUDGET_VERSION = "budget-5"
"""Bumped when extraction changes: stored lines are then re-extracted from the stored pages."""

_CELL = re.compile(r"€\s*-(?![\d])|(?<![\w.,])-(?![\w])|(?:k?€|eur\b)\s*\d[\d.,]*(?:,[-=])?(?:\s*(?:mln|miljoen|mld|miljard)\b)?"
                   r"|(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w])|(?<![\w.,])\d+(?:,\d+)?\s*(?:mln|miljoen)\b", re.I)
"""A table cell: an amount, or an empty cell ("€ -", "-") that keeps the columns aligned."""
_TOTAL_LABEL = re.compile(r"^\s*(?:sub)?(?:totaal|total|totale\b|som\b)", re.I)
_SUBTOTAL = re.compile(r"^\s*sub", re.I)
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|/|tot en met|t/m|tot|to|until)\s*((?:19|20)\d\d)\b")
_SCALE_NOTE = [(re.compile(r"x\s*€?\s*1\.000\b(?!\.)|in duizenden|\(k€\)|\bin k€|x\s*€?\s*1\s*000\b", re.I), Decimal(1000)),
               (re.compile(r"x\s*€?\s*1\s*(?:mln|miljoen)\b|in miljoenen", re.I), Decimal(10) ** 6)]
"""Tables whose cells are in thousands or millions say so in their header or caption ("bedragen x € 1.000")."""
_PER_YEAR = re.compile(r"\b(?:per jaar|jaarlijks\w*|per annum|p\.j\.|structureel|per year|annually|a year)\b|/\s*jaar", re.I)
_CONTEXT = re.compile(r"\b(?:kabinet\w*|(?:het )?rijk\b|rijksoverheid|rijksbijdrage\w*|landelijk\w*|nationa\w*|"
                      r"ministerie|minister|staatssecretaris|vws|macro\w*|tweede kamer|in nederland|"
                      r"government|national\w*|cabinet)\b", re.I)
"""National government and national figures: quoted for background in a local or regional plan."""
_MONEY_WORDS = re.compile(r"\b(?:budget\w*|middelen|kosten|begrot\w*|euro|subsidie\w*|investe\w*|financ\w*|"
                          r"bijdrage\w*|uitname|bezuinig\w*|geld|vloeit|funding|cost\w*)\b|€", re.I)
_AMEND = re.compile(r"\b(?:verhoogd|verlaagd|gewijzigd|bijgesteld|aangepast|opgehoogd|teruggebracht|verminderd|"
                    r"vermeerderd|verruimd|amended|increased|reduced|revised|raised|lowered)\b", re.I)
_AMEND_AMOUNT = r"(?:€\s*\d[\d.,]*|\d{1,3}(?:\.\d{3})+(?:,\d+)?)(?:\s*(?:mln|miljoen|million))?(?:\s*euro)?"
_OLD_NEW = re.compile(rf"\b(?:van|from)\s+(?P<old>{_AMEND_AMOUNT})\s+(?:naar|tot|in|to)\s+(?P<new>{_AMEND_AMOUNT})", re.I)
"""An amended amount, "van € 120.000 naar € 150.000" or "from 88.000 to 64.000 euro"."""
_RANGE = re.compile(r"(€\s*\d[\d.,]*)\s*(?:–|—|-|tot|à|a|en)\s*(€\s*\d[\d.,]*)")
_PARTY = re.compile(r"\b(?:door|vanuit|van|aan|naar|via|bij)\s+(?:de\s+|het\s+)?((?:gemeenten?|regio|provincie|stichting)"
                    r"\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
_OPEN_END = re.compile(r"\s(?:de|het|een|van|voor|in|met|tot|op|aan|en|of|te|door|bij|naar|om|die|dat|als)$", re.I)
_LEAD_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zà-ÿ]{4,}", text.casefold())}


def _overlap(a: str, b: str) -> int:
    wa, wb = _words(a), _words(b)
    return sum(1 for w in wa if w in wb or (len(w) >= 6 and any(v.startswith(w[:6]) for v in wb)))


def euro(value: Decimal | None) -> str:
    """€ 434.000 (Dutch grouping), € 1.250,50."""
    if value is None:
        return ""
    whole = int(value)
    text = f"{whole:,}".replace(",", ".")
    cents = abs(value - whole)
    return f"€ {text}" + (f",{int(cents * 100):02d}" if cents else "")


# -- tables ----------------------------------------------------------------------------------------------
@dataclass
class _Row:
    label: str
    group: str
    cells: list[Decimal | None]  # None: an empty cell
    start: int
    end: int
    total: bool
    subtotal: bool
    places: list[int] | None = None  # the column of each cell, once known
    head: int | None = None  # offset of the column header line on the row's page
    party: str = ""  # a text column naming who receives or carries it out


@dataclass
class _Table:
    id: str
    columns: list[str]  # "2022", "2022-2023", or "Totaal"
    scale: Decimal
    rows: dict[int, list[_Row]] = field(default_factory=dict)  # page → rows

    def all_rows(self) -> list[tuple[int, _Row]]:
        return [(p, r) for p in sorted(self.rows) for r in self.rows[p]]


def _columns(header: str) -> list[str]:
    cols = []
    for m in re.finditer(r"\b((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)\d\d))?\b|\b(totaal|total|som)\b", header, re.I):
        if m.group(3):
            cols.append("Totaal")
        else:
            cols.append(f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1))
    return cols


def _cells(text: str, scale: Decimal) -> list[Decimal | None]:
    out: list[Decimal | None] = []
    for m in _CELL.finditer(text):
        token = m.group()
        if re.fullmatch(r"(?:€\s*)?-", token):
            out.append(None)
            continue
        found = parse_numbers(token.replace("k€", "€"))
        if not found:
            continue
        value = found[0].value * (Decimal(1000) if token.lower().startswith("k€") else 1)
        out.append(value * scale if not re.search(r"mln|miljoen|mld|miljard", token, re.I) else value)
    return out


def _label_blocks(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Consecutive label lines (text, offset) joined where one wraps onto the next (it ends open, or the
    next goes on in lower case)."""
    blocks: list[tuple[str, int]] = []
    for line, at in lines:
        line = line.strip()
        if blocks and (_OPEN_END.search(blocks[-1][0]) or line[0].islower()):
            blocks[-1] = (blocks[-1][0] + " " + line, blocks[-1][1])
        else:
            blocks.append((line, at))
    return blocks


def _page_tables(lines: list[str], offsets: list[int]) -> list[tuple[int, int, list[str], list[_Row], Decimal]]:
    """Each table region of a page's lines (starting at `offsets` in its text): its first and last line
    index, its columns, rows and scale."""
    out = []
    for a, b in table_spans(lines):
        scale = _scale(lines[max(0, a - 2) : b])
        above = max(0, a - 2)  # whether the caption, header or group lines above line i speak of money
        said = list(itertools.accumulate((bool(_MONEY_WORDS.search(ln)) and not headed_cells(ln)
                                          for ln in lines[above:b]), operator.or_, initial=False))
        columns, rows, pending, group, used, head, headed_rows = [], [], [], "", [], None, []
        for i in range(a, b):
            line = lines[i]
            if not line.strip():
                continue
            if is_table_header(line):
                columns, pending, head = _columns(line), [], offsets[i]
                used.append(i)
                continue
            headed = headed_cells(line)
            if headed:  # a row with its headers (ingest/tables.py): each cell in the year column it names
                money = scale != 1 or said[i - above]
                row = _headed_row(headed, columns, scale, money, offsets[i], offsets[i] + len(line), pending, group)
                if row:
                    row.head, group = head, row.group
                    rows.append(row)
                    headed_rows.append(row)
                    used += [i] + [k for k in range(i - len(pending), i)]
                pending = []
                continue  # no year columns (years as rows, counts): its sentence reading stands
            first = next(_CELL.finditer(line), None)
            cells = _cells(line, scale) if first else []
            if not cells or _is_prose(line[: first.start()], line):
                pending.append((line, offsets[i]))
                continue
            row, group = _row(pending, line[: first.start()], cells, offsets[i], offsets[i] + len(line), group)
            row.head = head
            rows.append(row)
            used += [i] + [k for k in range(i - len(pending), i)]
            pending = []
        for row in headed_rows:  # the columns later rows named
            row.cells += [None] * (len(columns) - len(row.cells))
        if len(rows) >= 2 or (rows and columns):
            out.append((min(used), max(used) + 1, columns, rows, scale))
    out += _vertical_tables(lines, offsets)
    return sorted(out, key=lambda t: t[0])


def _headed_row(headed: tuple[str, list[tuple[str, str]]], columns: list[str], scale: Decimal, money: bool,
                start: int, end: int, pending: list[tuple[str, int]], group: str) -> _Row | None:
    """A row written with its headers as a row of the table's year columns; a table with no header row of
    years gets its columns from its rows' headers ("Budget 2026" → 2026; "Bedrag" in a table without years:
    the one column with no year). Other cells ("Inwoners", "Verschil", "Ontvanger") are no amounts of it.
    `money`: the table's header or caption speaks of money (else in a column that names no year only a
    cell with "€", or under a header that speaks of money, is an amount).
    `columns` grows in place. None when the row states no amount."""
    label, pairs = headed
    if _CODE.fullmatch(label.strip()) and not YEAR.fullmatch(label.strip()):  # "1.1 — Actie: Nachtopvang …": the row's number, its name beside it
        label = next((text for name, text in pairs if not _columns(name) and not re.match(r"[€\d-]", text)), label)
    yearly = any(len(_columns(name)) == 1 for name, _ in pairs)
    if not yearly and len(YEAR.findall(label)) == 1 and len(label) <= 20:  # years as rows: "2026 — Budget: €"
        year = YEAR.search(label).group()
        pairs = [(year, text) for name, text in pairs if _cells(text, scale)][:1]
        label = next((name for name, text in headed[1] if _cells(text, scale)), label)
    found: dict[str, Decimal] = {}
    for name, text in pairs:
        named = _columns(name)
        column = named[0] if len(named) == 1 else ("" if not yearly and (name or not found) else None)
        values = _cells(text, scale) or ([_bare(text, scale)] if scale != 1 and _BARE.fullmatch(text.strip()) else [])
        if len(named) != 1 and not (money or _MONEY_WORDS.search(name) or re.search(r"€|mln|miljoen", text, re.I)):
            values = []  # "Bezoeken: 1.120" in a table that names no money is a count
        if column is not None and len(values) == 1 and values[0] is not None and column not in found:
            found[column] = values[0]
    if not found:
        return None
    for column in found:
        if column not in columns:
            columns.append(column)
    cells: list[Decimal | None] = [found.get(c) for c in columns]
    blocks = _label_blocks(pending)
    if blocks:
        group = blocks[-1][0].rstrip(":")
    return _labelled(label.strip(), group, cells, start, end)


def _is_prose(label: str, line: str) -> bool:
    """A sentence with amounts in it ("Voor de pilot is in 2026 € 60.000 beschikbaar, daarna € 25.000."),
    not a table row."""
    return line.rstrip().endswith((".", "!", "?")) and len(label.split()) >= 4


def _scale(region: list[str]) -> Decimal:
    return next((s for pattern, s in _SCALE_NOTE for ln in region if pattern.search(ln)), Decimal(1))


def _row(pending: list[tuple[str, int]], own: str, cells: list[Decimal | None], start: int, end: int,
         group: str) -> tuple[_Row, str]:
    """A row from the label lines above its cells and the label before them on its own line; earlier label
    lines are a group row ("Thema 2: …")."""
    own = own.strip().rstrip(":").strip()
    blocks = _label_blocks(pending)
    if blocks and (not own or _OPEN_END.search(blocks[-1][0]) or own[0].islower()):
        label, start = blocks.pop()
        own = f"{label} {own}".strip()
    if blocks:
        group = blocks[-1][0]
    row = _labelled(own, group, cells, start, end)
    return row, row.group


def _labelled(label: str, group: str, cells: list[Decimal | None], start: int, end: int) -> _Row:
    """A row under its label (without its number: "2. Herstelhuis" → "Herstelhuis"); a grand total
    belongs to no group."""
    label = _LEAD_NUMBER.sub("", label)
    if _TOTAL_LABEL.match(label) and not _SUBTOTAL.match(label):
        group = ""
    return _Row(label, group, cells, start, end, bool(_TOTAL_LABEL.match(label)), bool(_SUBTOTAL.match(label)))


_BARE = re.compile(r"\d+(?:,\d+)?")
_CODE = re.compile(r"(?:[A-Z]{0,2}\d+(?:\.\d+)*\.?|[A-Z]\d*)")
"""A row's number or code ("1.1", "A3", "B") standing in a table's first column."""


def _bare(line: str, scale: Decimal) -> Decimal:
    value = Decimal(line.strip().replace(",", ".")) * scale
    return value.quantize(Decimal(1)) if value == value.to_integral() else value


_COLUMN_CELL = re.compile(r"(?:[A-Za-z]+\s+)?((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)\d\d))?|totaal|total|som", re.I)
"""A header cell of one cell per line: a year or period ("2026", "Budget 2027", "2025-2026") or "Totaal"."""


def _vertical_tables(lines: list[str], offsets: list[int]) -> list[tuple[int, int, list[str], list[_Row], Decimal]]:
    """Tables whose text has one cell per line (a table drawn cell by cell): a header of year (and
    "Totaal") lines, then rows of label lines each followed by its cell lines."""
    out = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and _COLUMN_CELL.fullmatch(lines[j].strip()):
            j += 1
        columns = [_columns(lines[k])[0] for k in range(i, j)]
        a = i  # the header's text columns above the years ("Onderdeel", "Ontvanger"): short lines, no sentence
        while a > 0 and i - a < 3 and 0 < len(lines[a - 1].strip()) <= 30 and not lines[a - 1].rstrip().endswith(".") \
                and not _CELL.search(lines[a - 1]):
            a -= 1
        scale = _scale(lines[max(0, a - 2) : j])

        def is_cell(line: str) -> bool:  # in a table "x € 1.000" a bare number is a cell too
            line = line.strip()
            return bool(line) and bool(_CELL.fullmatch(line) or (scale != 1 and _BARE.fullmatch(line)))

        if sum(c != "Totaal" for c in columns) < 2 or not any(is_cell(ln) for ln in lines[j : j + 8]):
            i = max(j, i + 1)
            continue
        text_columns = max(1, i - a)
        rows, pending, group, k, last = [], [], "", j, j

        while k < len(lines):
            line = lines[k]
            if not line.strip():
                k += 1
                continue
            if is_cell(line):
                first, cells = k, []
                while k < len(lines) and is_cell(lines[k]):
                    cells += _cells(lines[k], scale) or ([_bare(lines[k], scale)] if _BARE.fullmatch(lines[k].strip()) else [None])
                    k += 1
                if not pending and rows:
                    break  # cells without a label: not this table
                party = ""
                if text_columns > 1 and len(_label_blocks(pending)) >= text_columns:
                    blocks = _label_blocks(pending)  # a text column after the label: "Ontvanger", "Uitvoerder"
                    party = " ".join(b for b, _ in blocks[len(blocks) - text_columns + 1:])
                    keep = blocks[len(blocks) - text_columns + 1][1]
                    pending = [(ln, at) for ln, at in pending if at < keep]
                row, group = _row(pending, "", cells, offsets[first], offsets[k - 1] + len(lines[k - 1]), group)
                row.head, row.party = offsets[a], party
                rows.append(row)
                pending, last = [], k
                continue
            prose = len(line.strip()) > 90 or (len(line.strip()) > 60 and line.rstrip().endswith("."))
            if prose or len(pending) >= 4 or YEAR.fullmatch(line.strip()):  # a new header: another table
                break
            pending.append((line, offsets[k]))
            k += 1
        if len(rows) >= 2:
            out.append((a, last, columns, rows, scale))
            i = last
        else:
            i = j
    return out


def _tables(pages: Sequence[Page]) -> tuple[list[_Table], dict[int, list[tuple[int, int]]]]:
    """The document's tables, and the character spans of each page's table regions; a table whose rows go
    on at the top of the next page (no totals row yet, the same header repeated or none) is continued there."""
    tables: list[_Table] = []
    regions: dict[int, list[tuple[int, int]]] = {}
    last: tuple[_Table, int, bool] | None = None  # the previous page's last table, its page, and whether it ended the page
    for page in pages:
        lines = page.text.split("\n")
        spans = line_offsets(page.text)
        found = _page_tables(lines, [a for a, _ in spans])
        regions[page.number] = [(spans[a][0], spans[b - 1][1]) for a, b, *_ in found]
        for k, (a, b, columns, rows, scale) in enumerate(found):
            top = k == 0 and sum(1 for ln in lines[:a] if ln.strip()) <= 3
            prev = last[0] if last and last[1] == page.number - 1 and last[2] else None
            closed = prev is not None and any(r.total and not r.subtotal for _, r in prev.all_rows())
            if prev is not None and top and not closed and (not columns or columns == prev.columns):
                prev.rows[page.number] = rows
                table = prev
            else:
                table = _Table(f"p{page.number}" + (f"-{k + 1}" if k else ""), columns, scale, {page.number: rows})
                tables.append(table)
            ends_page = k == len(found) - 1 and sum(1 for ln in lines[b:] if ln.strip()) <= 3
            last = (table, page.number, ends_page)
        if not found:
            last = None
    return tables, regions


def _place(table: _Table) -> None:
    """The column of every cell: direct when a row has as many cells as there are columns (one more in a
    totals row: its grand total first or last); a shorter row is placed by the totals row when exactly one
    placement of the short rows adds up to it."""
    ncols = len(table.columns)
    rows = [r for _, r in table.all_rows()]
    short = []
    for r in rows:
        n = len(r.cells)
        if ncols and n == ncols:
            r.places = list(range(ncols))
        elif ncols and n < ncols:
            short.append(r)
    totals = next((r for r in rows if r.total and not r.subtotal and r.places is not None), None)
    if totals is None:
        totals = next((r for r in rows if r.total and not r.subtotal and len(r.cells) == ncols + 1), None)
        if totals is not None:
            _place_grand_total(totals, ncols)
    items = [r for r in rows if not r.total]
    if not short or totals is None:
        return
    stated = {c: v for c, v in zip(totals.places or [], totals.cells) if c >= 0 and v is not None}
    choices = [list(itertools.combinations(range(ncols), len(r.cells))) for r in short if not r.total]
    short_items = [r for r in short if not r.total]
    if not short_items or math.prod(max(1, len(c)) for c in choices) > 20000:
        return
    year_cols = [c for c in stated if table.columns[c] != "Totaal"]
    fits = []
    for combo in itertools.product(*choices):
        sums: dict[int, Decimal] = {}
        for r, places in [(r, r.places) for r in items if r.places is not None] + list(zip(short_items, combo)):
            for c, v in zip(places, r.cells):
                if v is not None:
                    sums[c] = sums.get(c, Decimal(0)) + v
        if year_cols and all(sums.get(c, Decimal(0)) == stated[c] for c in year_cols):
            fits.append(combo)
            if len(fits) > 1:
                return  # more than one placement adds up: the columns stay unknown
    if len(fits) == 1:
        for r, places in zip(short_items, fits[0]):
            r.places = list(places)


def _place_grand_total(row: _Row, ncols: int) -> None:
    """A totals row with one cell more than the columns: the extra one (first or last) is the grand total."""
    first, rest = row.cells[0], row.cells[1:]
    if first is not None and first == sum(v for v in rest if v is not None):
        row.places = [-1] + list(range(ncols))
    else:
        row.places = list(range(ncols)) + [-1]


def _period(columns: list[str]) -> str:
    years = sorted({int(y) for c in columns for y in YEAR.findall(c)})
    return f"{years[0]}-{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")


def _table_lines(file: str, table: _Table, texts: dict[int, str]) -> tuple[list[BudgetLine], list[tuple[int, list[int]]]]:
    """A table's lines, and for every total line the indices of the lines it sums."""
    _place(table)
    cols = table.columns
    year_cols = [c for c in cols if c != "Totaal"]
    lines: list[BudgetLine] = []
    sums: list[tuple[int, list[int]]] = []
    by_col: dict[int, list[int]] = {}  # item lines per column since the last subtotal
    all_by_col: dict[int, list[int]] = {}
    for page, r in table.all_rows():
        quote = texts[page][r.start : r.end]
        row_items: list[int] = []
        row_total: int | None = None
        for k, value in enumerate(r.cells):
            if value is None:
                continue
            col = r.places[k] if r.places is not None else None
            name = "" if col is None else ("grand" if col == -1 else cols[col])
            is_total = r.total or name in ("Totaal", "grand")
            year = _period(year_cols) if name in ("Totaal", "grand") else name
            check = "kolom onzeker" if col is None and cols else ""
            line = BudgetLine(file, page, r.label, value, year, TOTAL if is_total else COMMITMENT,
                              group=r.group, start=r.start, end=r.end, quote=quote, table=table.id, check=check,
                              header_start=r.head, party=r.party)
            lines.append(line)
            i = len(lines) - 1
            if r.total and col is not None and col >= 0 and name != "Totaal":
                members = (by_col if r.subtotal else all_by_col).get(col, [])
                sums.append((i, list(members)))
            elif r.total and col is not None:  # the grand total: every item cell of the year columns
                sums.append((i, [j for c, m in all_by_col.items() if cols[c] != "Totaal" for j in m]))
            elif name == "Totaal":
                row_total = i
            elif col is not None:
                row_items.append(i)
                by_col.setdefault(col, []).append(i)
                all_by_col.setdefault(col, []).append(i)
        if row_total is not None and row_items:
            sums.append((row_total, row_items))
        if r.subtotal:
            by_col = {}
    return lines, sums


# -- sentences -------------------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z€\"'(‘“])|\n(?=\s*(?:[-•*]|\d+\.\s|(?:19|20)\d\d\s*:))|\n(?=[^\n]{0,60}:\s)")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence (or "label: value" line) spans of text[start:end]."""
    spans, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _year_of(sentence: str, at: int, end: int) -> str:
    """The year an amount at sentence[at:end] is bound to: "2023: € X", "in 2023 € X", "€ X in 2023", a
    period in the sentence, or its only year."""
    before = sentence[max(0, at - 24) : at]
    m = re.search(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*:?\s*$", before)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    before = before[-14:]
    m = re.search(r"((?:19|20)\d\d)\s*(?::|=)?\s*(?:is|wordt|zal|bedraagt|een|ca\.?|circa|ongeveer)?\s*$", before)
    if m:
        return m.group(1)
    after = re.match(r"\s*(?:in|voor|per|vanaf)\s+((?:19|20)\d\d)\b", sentence[end : end + 16])
    if after:
        return after.group(1)
    period = _PERIOD.search(sentence)
    if period:
        return f"{period.group(1)}-{period.group(2)}"
    both = re.search(r"\b((?:19|20)\d\d) (?:en|and) ((?:19|20)\d\d)\b", sentence)
    if both and int(both.group(2)) == int(both.group(1)) + 1:  # "voor 2025 en 2026": the two years together
        return f"{both.group(1)}-{both.group(2)}"
    years = sorted(set(YEAR.findall(sentence)))
    return years[0] if len(years) == 1 else ""


def _money(sentence: str) -> list:
    """The money amounts of a sentence: euro amounts, and "8,5 miljoen" where the sentence is about money."""
    found = parse_numbers(sentence)
    money_context = bool(_MONEY_WORDS.search(sentence))
    return [m for m in found if m.kind == AMOUNT
            or (m.kind == NUMBER and money_context and re.search(r"miljoen|miljard|mln|mld", m.text, re.I))]


def _section_at(chunks: Sequence[Chunk], page: int, offset: int) -> str:
    best = ""
    for c in chunks:
        if c.page == page and c.start <= offset < max(c.end, c.start + 1):
            return c.section[-1] if c.section else ""
        if c.page == page and c.start <= offset:
            best = c.section[-1] if c.section else best
    return best


def _sentence_lines(file: str, page: Page, chunks: Sequence[Chunk], skip: list[tuple[int, int]]) -> list[BudgetLine]:
    text = page.text
    out: list[BudgetLine] = []
    free, pos = [], 0
    for a, b in sorted(skip):
        free.append((pos, a))
        pos = max(pos, b)
    free.append((pos, len(text)))
    for fa, fb in free:
        for a, b in _sentences(text, fa, fb):
            sentence = text[a:b]
            notes = [m.span() for pattern, _ in _SCALE_NOTE for m in pattern.finditer(sentence)]
            amounts = [m for m in _money(sentence) if not any(a0 <= m.start < b0 for a0, b0 in notes)]
            if not amounts or _AMEND.search(sentence) and _OLD_NEW.search(sentence):
                continue  # amendments are applied to the lines they change
            section = _LEAD_NUMBER.sub("", _section_at(chunks, page.number, a))
            flat = " ".join(sentence.split())
            kind = CONTEXT if _CONTEXT.search(sentence) else (TOTAL if re.search(r"\b(?:in totaal|totaal|totale)\b", sentence, re.I) else COMMITMENT)
            ranged = {m.start() for m in _RANGE.finditer(sentence)}
            skip_next = False
            for i, m in enumerate(amounts):
                if skip_next:
                    skip_next = False
                    continue
                high = None
                if m.start in ranged and i + 1 < len(amounts):
                    high, skip_next = amounts[i + 1].value, True
                lead = sentence[: m.start].split("\n")[-1]
                lead = lead.rsplit(":", 1)[-1].strip() if ":" in lead else lead.strip()
                lead = re.sub(r"^(?:(?:19|20)\d\d\s*:?\s*)+", "", lead).strip()
                item = lead if lead and len(lead.split()) <= 5 and not lead[0].islower() and not _OPEN_END.search(" " + lead) \
                    and not re.search(r"[.,;]", lead) else section or flat[:60]
                party = _PARTY.search(sentence)
                out.append(BudgetLine(file, page.number, item, m.value, _year_of(sentence, m.start, m.end), kind,
                                      high, bool(_PER_YEAR.search(sentence)), party.group(1) if party else "",
                                      section, a, b, sentence))
    return out


# -- amendments and checks ---------------------------------------------------------------------------------
def _amendments(pages: Sequence[Page]) -> list[tuple[int, int, int, str, Decimal | None, Decimal, str]]:
    """(page, start, end, sentence, old, new, year) of every sentence that changes an amount."""
    out = []
    for page in pages:
        for a, b in _sentences(page.text, 0, len(page.text)):
            sentence = page.text[a:b]
            if not _AMEND.search(sentence):
                continue
            m = _OLD_NEW.search(sentence)
            if not m:
                continue
            old = parse_numbers(m.group("old"))[0].value
            new = parse_numbers(m.group("new"))[0].value
            rest = sentence[: m.start()] + sentence[m.end():]
            years = sorted(set(YEAR.findall(rest)))
            bound = sorted(set(re.findall(r"\b(?:in|voor|vanaf|per)\s+((?:19|20)\d\d)\b", rest)))
            year = years[0] if len(years) == 1 else (bound[0] if len(bound) == 1 else "")  # "in 2027", not "voorjaarsnota 2025"
            out.append((page.number, a, b, sentence, old, new, year))
    return out


def _apply_amendments(lines: list[BudgetLine], pages: Sequence[Page]) -> dict[int, Decimal]:
    """Each amended amount replaces the line it changes (the same amount, the sentence's year, the most
    words of its item); returns line index → the change in amount."""
    changed: dict[int, Decimal] = {}
    for page, a, b, sentence, old, new, year in _amendments(pages):
        best, best_key = None, None
        for i, line in enumerate(lines):
            if line.kind == CONTEXT or line.status or (line.page == page and line.start <= a < line.end):
                continue
            if old is not None and line.amount != old:
                continue
            if year and line.year and line.year != year:
                continue
            key = (_overlap(line.item + " " + line.group, sentence), line.table != "", -abs(line.page - page))
            if key[0] == 0 and old is None:
                continue
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is None:
            continue
        line = lines[best]
        lines[best] = replace(line, amount=new, status=AMENDED, old_amount=line.amount, old_page=line.page,
                              old_start=line.start, old_end=line.end, old_quote=line.quote, page=page, start=a,
                              end=b, quote=sentence, year=line.year or year)
        changed[best] = new - line.amount
    return changed


def _check(lines: list[BudgetLine], sums: list[tuple[int, list[int]]], changed: dict[int, Decimal]) -> None:
    """Every total against the sum of its items as printed: "ok" or "mismatch (…)". A total whose items
    were amended keeps its printed amount (a document may cover a raise from other posts without saying
    by how much) and its check names the sum after the change."""
    for i, members in sums:
        if not members:
            continue
        total = lines[i]
        printed = sum(lines[j].old_amount if j in changed else lines[j].amount for j in members)
        check = "ok" if printed == total.amount else f"mismatch (som {euro(printed)}, vermeld {euro(total.amount)})"
        delta = sum(changed.get(j, Decimal(0)) for j in members)
        if delta:
            check += f"; na wijziging som {euro(printed + delta)}"
        lines[i] = replace(total, check=check)


def _mark_repeats(lines: list[BudgetLine]) -> list[BudgetLine]:
    """A sentence restating a table cell of the same document (same amount, no other year, the item's
    words) is kept but marked, so sums count it once; one stating a table's total amount is that total."""
    cells = [l for l in lines if l.table]
    totals = [l for l in cells if l.kind == TOTAL]
    out = []
    for line in lines:
        if not line.table and line.kind != CONTEXT:
            same = [c for c in cells if c.amount == line.amount and (not line.year or c.year == line.year)
                    and _overlap(c.item, line.item + " " + line.group + " " + line.quote) > 0]
            total = [t for t in totals if t.amount == line.amount and (not line.year or t.year == line.year)]
            if same:
                line = replace(line, repeats=f"p. {same[0].page}")
            elif total:
                line = replace(line, kind=TOTAL, repeats=f"p. {total[0].page}")
        out.append(line)
    return out


def extract_budget(file: str, pages: Sequence[Page], chunks: Sequence[Chunk]) -> tuple[BudgetLine, ...]:
    """Every budget line of a document, in page order."""
    texts = {p.number: p.text for p in pages}
    lines: list[BudgetLine] = []
    sums: list[tuple[int, list[int]]] = []
    tables, regions = _tables(pages)
    for table in tables:
        found, table_sums = _table_lines(file, table, texts)
        sums += [(i + len(lines), [j + len(lines) for j in m]) for i, m in table_sums]
        lines += found
    for page in pages:
        lines += _sentence_lines(file, page, chunks, regions.get(page.number, []))
    changed = _apply_amendments(lines, pages)
    _check(lines, sums, changed)
    lines = _mark_repeats(lines)
    return tuple(sorted(lines, key=lambda l: (l.page, l.start, l.year)))


# -- reading the lines -----------------------------------------------------------------------------------
CSV_COLUMNS = ("file", "page", "item", "amount", "amount_max", "year", "kind", "per_year", "party", "group",
               "check", "status", "old_amount", "old_page", "repeats", "quote")


def select(lines: Sequence[BudgetLine], files: Sequence[str] = (), year: str | None = None,
           kind: str | None = None) -> list[BudgetLine]:
    """The lines of these documents, of exactly this year (a period is not a year) and kind, sorted by
    document, year and amount."""
    out = [l for l in lines if (not files or l.file in files) and (not year or l.year == str(year))
           and (not kind or l.kind == kind)]
    return sorted(out, key=lambda l: (l.file, l.year or "9999", l.amount, l.page))


def sums(lines: Sequence[BudgetLine]) -> list[tuple[str, str, Decimal, int]]:
    """(file, year, sum, number of lines) of the commitments per document and year; a sentence that
    restates a table cell counts once, totals and context figures not at all."""
    out: dict[tuple[str, str], list[Decimal]] = {}
    for l in lines:
        if l.kind == COMMITMENT and not l.repeats:
            out.setdefault((l.file, l.year), []).append(l.amount)
    return [(f, y, sum(v), len(v)) for (f, y), v in sorted(out.items(), key=lambda kv: (kv[0][0], kv[0][1] or "9999"))]


def to_json(lines: Sequence[BudgetLine]) -> dict:
    """The `beleid budget --json` and /api/budget form: the lines and their sums per document and year."""
    return {"lines": [l.to_json() for l in lines],
            "sums": [{"file": f, "year": y, "amount": json_number(v), "lines": n} for f, y, v, n in sums(lines)]}


def amount_text(line: BudgetLine) -> str:
    """"€ 10.000 – € 15.000 per jaar", as the CLI and the web app show an amount."""
    text = euro(line.amount) + (f" – {euro(line.amount_max)}" if line.amount_max is not None else "")
    return text + (" per jaar" if line.per_year else "")


def notes(line: BudgetLine) -> str:
    """A line's check, amendment and repeat, as the CLI and the web app show them."""
    parts = [line.check] if line.check else []
    if line.status:
        parts.append(f"{line.status}, was {euro(line.old_amount)} (p. {line.old_page})")
    if line.repeats:
        parts.append(f"herhaald in tabel ({line.repeats})")
    return "; ".join(parts)


def to_csv(lines: Sequence[BudgetLine]) -> str:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for l in lines:
        d = l.to_json()
        writer.writerow(["" if d[c] is None else (" ".join(str(d[c]).split()) if c == "quote" else d[c])
                         for c in CSV_COLUMNS])
    return buf.getvalue()
