"""Tables read by position: pypdf's layout mode keeps a table's rows and columns aligned, where its plain
mode may give a table drawn cell by cell one cell per line (the years of the header row no longer beside the
amounts under them). A table found in a page's layout text replaces its cells in the page's plain text by
one line per row that carries its column headers ("Achterbroek — 2025: 24; 2026: 22; 2027: 21"), so a row
answers "how many in 2027" on its own and no row label passes for a section heading. Pure functions."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

_GAP = re.compile(r"\S+(?: \S+)*")
"""A cell of a layout line: text whose words are one space apart (two or more spaces part the cells)."""
_LEAD_PERIOD = re.compile(r"^(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\b")
_FIGURE = re.compile(r"(?:[€<>≤≥~+]|[-–](?=\s*\d))?\s*\d|[-–]$|€\s*[-–]$")
HEADER_SEP = " | "
"""Between the names of a table's header row as `Table.lines` writes it."""
ROW_SEP = " — "
"""Between a row's label and its headed cells; budget extraction reads such rows back."""
HEADED = re.compile(rf"^(?P<label>.*?){ROW_SEP}(?P<cells>[^;]*?: [^;]+(?:; [^;]+)*)$")
"""A row with its headers, as `Table.lines` writes it."""
GROUP_END = ":"
"""A table's group row ("Spoor 2. Herstel en crisis:") ends so: a row label, never a section heading."""


@dataclass(frozen=True)
class Table:
    names: tuple[str, ...]  # the column headers, one per column (the levels of a two-level header joined)
    rows: tuple[tuple[str, ...], ...]  # the body: one cell per column ("" = empty); a group row has a label only
    words: Counter  # every word of the table as the layout text has it
    head_words: Counter = field(default_factory=Counter)  # the words of its header lines
    top: bool = False  # it starts the page (a table continued from the page before may start so)
    bottom: bool = False  # it ends the page (it may go on on the next one)

    def lines(self) -> list[str]:
        """The table as page text: its header row, then each row with its headers."""
        out = [HEADER_SEP.join(n for n in self.names if n)]
        for row in self.rows:
            label, cells, names = row[0], list(row[1:]), list(self.names[1:])
            if not label:  # a row whose number column is empty ("Totaal dekking" under "Maatregel")
                k = next((k for k, c in enumerate(cells) if c and not _figure(c)), None)
                if k is not None and any(_figure(c) for c in cells[k + 1 :] if c):
                    label, cells[k] = cells[k], ""
            headed = [f"{n}: {c}" if n else c for n, c in zip(names, cells) if c]
            if not headed:
                out.append(label.rstrip(":") + GROUP_END if label else "")
            else:
                out.append(f"{label}{ROW_SEP}" + "; ".join(headed) if label else "; ".join(headed))
        return [ln for ln in out if ln]


def _cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of a layout line: a currency sign set apart from its amount ("€        25.000") joined to
    it, a footnote mark beside a word left out."""
    out: list[tuple[int, int, str]] = []
    for m in _GAP.finditer(line):
        if out and out[-1][2] == "€":
            out[-1] = (out[-1][0], m.end(), f"€ {m.group()}")
        elif out and re.fullmatch(r"\d", m.group()) and m.start() - out[-1][1] <= 3 and out[-1][2][-1:].isalpha():
            continue  # a footnote mark set beside a word ("Programmacoördinatie 1")
        else:
            out.append((m.start(), m.end(), m.group()))
    return out


def _intact(plain: str, table: "Table") -> bool:
    """Plain text already holds the table's rows each on a line of its own, cells in order (most tables
    of word processors): it stays as it is."""
    lines = [" ".join(ln.split()) for ln in plain.split("\n")]
    rows = [[c for c in row if c] for row in table.rows]
    rows = [r for r in rows if len(r) >= 2]

    def on_a_line(cells: list[str]) -> bool:
        pattern = r"\s*".join(re.escape(" ".join(c.split())) for c in cells)
        return any(re.search(pattern, ln) for ln in lines)

    return bool(rows) and 5 * sum(map(on_a_line, rows)) >= 4 * len(rows)


def _overlaps(columns: list[list[int]], a: int, b: int) -> list[int]:
    return [i for i, (lo, hi) in enumerate(columns) if a < hi and lo < b]


def _merge(columns: list[list[int]], cells: list[tuple[int, int, str]]) -> list[list[int]]:
    """The columns widened by the cells: intervals that overlap become one column."""
    spans = sorted([list(c) for c in columns] + [[a, b] for a, b, _ in cells])
    out: list[list[int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def _blocks(lines: list[str]) -> list[list[int]]:
    """Runs of line indexes that may be one table: lines of two or more cells most of which stand in the
    columns of the lines above, with the single-cell lines (wrapped labels, group rows) and single blank
    lines between them."""
    blocks, current, columns, blank, figures, single = [], [], [], 0, False, False
    for i, line in enumerate(lines):
        cells = _cells(line)
        if not cells:
            blank += 1
            if blank >= 3 and current:
                blocks.append(current)
                current, columns = [], []
            continue
        multi = len(cells) >= 2  # a row with empty cells; a table starts with a row of three (not "•  text")
        prose = len(cells) == 1 and len(cells[0][2]) > 60
        inside = sum(1 for a, b, _ in cells if _overlaps(columns, a, b))
        numbers = any(_figure(c) for _, _, c in cells[1:])
        header = multi and figures and not numbers and single
        if header:  # a row of names after rows of figures, below a caption line: the next table
            blocks.append(current)
            current, columns, figures = [i], _merge([], cells), False
        elif multi and current and (2 * inside >= len(cells) or not figures):  # a header's levels align loosely
            current.append(i)
            columns = _merge(columns, cells)
        elif len(cells) >= 3:
            if current:
                blocks.append(current)
            current, columns = [i], _merge([], cells)
        elif current and not prose and _overlaps(columns, cells[0][0], cells[0][1]):
            current.append(i)
        else:
            if current:
                blocks.append(current)
            current, columns = [], []
        figures = (figures or numbers) and bool(current)
        blank, single = 0, len(cells) == 1 and blank > 0  # a caption stands apart; a wrapped cell does not
    if current:
        blocks.append(current)
    return blocks


def _place(columns: list[list[int]], a: int, b: int) -> int:
    """The column of a cell: the one it overlaps most, else (a narrow cell such as "-", right- or
    left-aligned in its column) the nearest."""
    hit = _overlaps(columns, a, b)
    if hit:
        return max(hit, key=lambda i: min(b, columns[i][1]) - max(a, columns[i][0]))
    return min(range(len(columns)), key=lambda i: max(columns[i][0] - b, a - columns[i][1]))


def _join(a: str, b: str) -> str:
    """Two lines of one cell: a word broken at a hyphen joined ("Brakeler-" + "veen")."""
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}".strip()


_YEAR = re.compile(r"(?:19|20)\d\d")


def _figure(text: str) -> bool:
    """A cell that states a figure ("€ 80.000", "11 van 13", "< 5", "-5", "-"); not a year or period that
    heads a column ("2025", "Plan 2025", "2024–2025 in %") or a footnote mark ("4")."""
    text = text.strip()
    if re.fullmatch(r"\d", text) or len(text.split()) > 3:
        return False  # a footnote mark; words that begin with a number ("12 tijdelijke flexwoningen aan …")
    return bool(_FIGURE.match(_LEAD_PERIOD.sub("", text).strip() if _LEAD_PERIOD.match(text) else text))


def _header_count(lines: list[str], block: list[int]) -> int:
    """How many of the block's first lines are its header. In a table of figures: the lines above its first
    row of figures (every level of a multi-level header) but for the group rows right above that row, which
    hold no cell over a column of figures ("A  Dichtbij: preventie"); none when it starts with figures (a
    table going on from the page before). In a table of words: the first line, with the lines below it
    that leave the label column empty (a wrapped header cell)."""
    def figures(i: int) -> bool:
        return any(_figure(c) for _, _, c in _cells(lines[i])[1:])

    end = next((n for n, i in enumerate(block) if figures(i)), None)
    if end is not None:
        spans = [(a, b) for i in block[end:] for a, b, c in _cells(lines[i])[1:] if _figure(c)]
        while end > 1 and not any(a < hi and lo < b for a, b, _ in _cells(lines[block[end - 1]])
                                  for lo, hi in spans):
            end -= 1
        return end
    first_x = min(_cells(lines[i])[0][0] for i in block)
    n = 1
    while n < len(block) - 2 and _cells(lines[block[n]])[0][0] > first_x + 3:
        n += 1
    return n


def _table(lines: list[str], block: list[int]) -> Table | None:
    """A block as a table: a header (a cell over several columns names each of them), ≥3 columns found by
    the body rows' cells, ≥2 body rows with cells; rows wrapped over lines joined. None when it is no such
    table."""
    while block and len(_cells(lines[block[-1]])) < 2 and not (len(block) > 1 and block[-1] == block[-2] + 1):
        block = block[:-1]  # a heading after the table is no row of it
    if len(block) < 2:
        return None
    n_header = _header_count(lines, block)
    if n_header and len(block) < 3:
        return None
    columns: list[list[int]] = []
    for i in block[n_header:]:
        cells = _cells(lines[i])
        if len(cells) >= 2:
            columns = _merge(columns, [c for c in cells if len(c[2]) > 1])
    if len(columns) < 3:
        return None
    names = [""] * len(columns)
    for n, i in enumerate(block[:n_header]):
        cells = [c for c in _cells(lines[i]) if not re.fullmatch(r"\d", c[2])]  # not a footnote mark
        upper = n < n_header - 1 and len(cells) < len(columns)
        for k, (lo, hi) in enumerate(columns):
            if upper:  # a level above: each column under the cell centred nearest to it ("2025" over two)
                near = min(cells, key=lambda c: abs((c[0] + c[1]) - (lo + hi))) if cells else None
                over = [near] if near and abs((near[0] + near[1]) - (lo + hi)) <= (near[1] - near[0]) + (hi - lo) + 12 \
                    else []
            else:
                over = [c for c in cells if _place(columns, c[0], c[1]) == k or k in _overlaps(columns, c[0], c[1])]
            for c in over:
                names[k] = _join(names[k], c[2]) if names[k] else c[2]
    rows: list[list[str]] = []
    prev_line = None
    for i in block[n_header:]:
        row = [""] * len(columns)
        for a, b, text in _cells(lines[i]):
            k = _place(columns, a, b)
            row[k] = _join(row[k], text) if row[k] else text
        numbers = any(_figure(c) for c in row[1:] if c)
        first = next((c for c in row if c), "")
        adjacent = prev_line is not None and i == prev_line + 1
        wraps = rows and adjacent and not numbers and (not row[0] or first[:1].islower() or first[:1] == "(")
        if wraps:
            rows[-1] = [_join(a, b) for a, b in zip(rows[-1], row)]
        else:
            rows.append(row)
        prev_line = i
    for k in range(len(rows) - 2, -1, -1):  # a footnote mark raised onto the row's line, its label below it
        if re.fullmatch(r"\d", rows[k][0]) and rows[k + 1][0] and not any(rows[k + 1][1:]):
            rows[k][0] = rows.pop(k + 1)[0]
    body = [r for r in rows if any(r[1:])]
    if len(body) < 2 or 3 * sum(1 for r in rows if r[0][:1].islower()) >= len(rows):
        return None  # rows that begin in lower case: running text in a column beside a table
    words = Counter(w for i in block for w in lines[i].split())
    return Table(tuple(names), tuple(tuple(r) for r in rows), words,
                 Counter(w for i in block[:n_header] for w in lines[i].split()))


def layout_tables(layout: str) -> list[Table]:
    """The tables of a page's layout-mode text, top to bottom."""
    lines = layout.split("\n")
    out = []
    for block in _blocks(lines):
        table = _table(lines, block)
        if table:
            above = sum(1 for ln in lines[: block[0]] if ln.strip())
            below = sum(1 for ln in lines[block[-1] + 1 :] if ln.strip())
            out.append(replace(table, top=above <= 3, bottom=below <= 3))
    return out


def _key(word: str) -> str:
    """A word as the two extractions are compared: a footnote mark glued to it ("verdeelsleutel7") or
    standing alone ("7") does not count: layout and plain text place it differently."""
    return "" if re.fullmatch(r"\d", word) else re.sub(r"(?<=[a-zà-ÿ)])\d$", "", word)


def _span(plain: str, words: Counter) -> tuple[int, int, list[str]] | None:
    """Where in the plain text the table's words stand: the shortest run of words that holds all of them,
    in any order (plain text may put a row's cells on the next row's line, or the next sentence on the last
    row's line), with at most a few words that are not the table's (a footnote between its rows in plain
    text): the span, and those other words."""
    tokens = [(m.start(), m.end(), _key(m.group())) for m in re.finditer(r"\S+", plain)]
    keyed: Counter = Counter()
    for word, n in words.items():
        keyed[_key(word)] += n
    words = Counter({w: n for w, n in keyed.items() if w})
    total = sum(words.values())
    need, have, missing, best, s = dict(words), Counter(), total, None, 0
    for e, (_, _, word) in enumerate(tokens):  # the shortest window holding every word (two pointers)
        have[word] += 1
        if have[word] <= need.get(word, 0):
            missing -= 1
        while missing == 0:
            if best is None or e - s < best[1] - best[0]:
                best = (s, e)
            gone = tokens[s][2]
            have[gone] -= 1
            if have[gone] < need.get(gone, 0):
                missing += 1
            s += 1
    if best is None or best[1] - best[0] + 1 - total > max(3, total // 10):
        return None
    spare, other = Counter(words), []
    for _, _, word in tokens[best[0] : best[1] + 1]:
        if spare[word] > 0:
            spare[word] -= 1
        elif word:
            other.append(word)
    return tokens[best[0]][0], tokens[best[1]][1], other


def with_tables(plain: str, layout: str, before: Table | None = None) -> tuple[str, Table | None]:
    """A page's plain text with each table found in its layout text written as rows with their headers, on
    lines of their own; and the table that ends the page, if any. `before`: the table that ended the page
    before: a table of as many columns at the top of this page goes on from it, under its headers (its
    header row is often not repeated, and the running header above it is none)."""
    tables = layout_tables(layout)
    if tables and before and tables[0].top and len(tables[0].names) == len(before.names) and \
            not any(_YEAR.search(n) for n in tables[0].names) and any(_YEAR.search(n) for n in before.names):
        tables[0] = replace(tables[0], names=before.names, words=tables[0].words - tables[0].head_words)
    for table in tables:
        if not any(table.names):
            continue  # no header, and none from the page before
        span = None if _intact(plain, table) else _span(plain, table.words)
        if span:
            head, after = plain[: span[0]].rstrip(" "), plain[span[1] :].lstrip(" ")
            rows = "\n".join(table.lines() + ([" ".join(span[2])] if span[2] else []))  # other words: after it
            plain = (head + "\n" if head and not head.endswith("\n") else head) + rows + \
                ("\n" + after if after and not after.startswith("\n") else after)
    return plain, tables[-1] if tables and tables[-1].bottom else None


def headed_cells(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A row written with its headers: its label and its (header, cell) pairs ("" header: a column
    without one); None for any other line."""
    m = HEADED.match(line.strip())
    if not m:
        return None
    pairs = []
    for part in m.group("cells").split("; "):
        name, sep, cell = part.partition(": ")
        pairs.append((name, cell) if sep else ("", part))  # a cell's own "; " parts it too: a part without a header
    return m.group("label"), pairs


def is_header_row(line: str) -> bool:
    """A table's header row as `Table.lines` writes it ("Onderdeel | 2026 | 2027 | Totaal"): a new table."""
    return HEADER_SEP in line and not headed_cells(line)


def as_on_the_page(text: str) -> str:
    """Text with each row written with its headers back in the order the page has it (label, then its
    cells), for finding it on the page: "Schuldenfonds — 2026: 150; 2027: 220" → "Schuldenfonds 150 220"."""
    out = []
    for line in text.split("\n"):
        row = headed_cells(line)
        out.append(" ".join([row[0]] + [cell for _, cell in row[1]]) if row else line.replace(HEADER_SEP, " "))
    return "\n".join(out)
