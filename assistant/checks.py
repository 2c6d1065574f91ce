"""Checks before anything is shown: can the retrieved passages answer the question at all, and does each
sentence of the model's wording stand in the quote it cites (its numbers above all)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from index.bm25 import tokenize
from ingest.chunk import YEAR as YEAR_COLUMN

from .config import AssistantConfig
from .cues import asked_years
from .evidence import coverage, known_name, proper_names
from ingest.numbers import AMOUNT, YEAR, parse_numbers, verify_numbers
from .plan import Plan
from .quotes import Quote, search_query
from .translate import GLOSSARY

REFUSAL_TOKEN = "NIET_GEVONDEN"


def refusal_reason(plan: Plan, vocabulary: set[str], cfg: AssistantConfig) -> str | None:
    """Why the retrieved passages cannot answer the question, or None when they may."""
    if not plan.hits:
        return "geen passages gevonden"
    top = [h.chunk.index_text() for h in plan.hits[: cfg.evidence_passages]]
    english = GLOSSARY if plan.language == "en" else {}
    unknown = [n for n in proper_names(plan.question)
               if not known_name(n, vocabulary) and not all(w.lower() in english for w in n.split())]
    if unknown:
        return f"de documenten noemen {', '.join(unknown)} niet"
    years = [y for y in asked_years(plan.question) if not any(y in h.chunk.index_text() for h in plan.hits)]
    if years:
        return f"de gevonden passages gaan niet over {', '.join(years)}"
    if max(coverage(search_query(plan), t) for t in top) < cfg.min_coverage:
        return "de gevonden passages gaan over iets anders"
    if "money" in plan.cues and not any(m.kind == "amount" for t in top for m in parse_numbers(t)):
        return "de gevonden passages noemen geen bedragen"
    return None


def unbudgeted_year(plan: Plan, budget) -> str | None:
    """A question for money in a year the document's budget has no amount for (its lines, periods
    included, cover other years): the plan budgets nothing for that year, whatever its text says about
    it. `budget(files)` gives the budget lines. Not in a comparison: one document's gap is part of it."""
    years = asked_years(plan.question)
    if "money" not in plan.cues or not years or plan.compare or not plan.hits:
        return None
    file = plan.hits[0].chunk.file
    covered = set()
    for line in budget([file]):
        ends = [int(y) for y in YEAR_COLUMN.findall(line.year)]
        covered |= set(range(min(ends), max(ends) + 1)) if ends else set()
    missing = [y for y in years if covered and int(y) not in covered]
    if len(covered) >= 2 and missing:
        return f"de begroting van dit document noemt geen bedragen voor {', '.join(missing)}"
    return None


def says_something(sentence: str) -> bool:
    """The sentence has words besides its figures and markers: "561 [1]" or "2022: € 25.000" states a figure
    but not what it is, so nothing binds it to the claim the question asks about."""
    text = re.sub(r"\[\d+\]", " ", sentence)
    for m in sorted(parse_numbers(text), key=lambda m: -m.start):
        text = text[: m.start] + " " + text[m.end :]
    return bool(re.search(r"[^\W\d_]{2,}", text.replace("euro", "").replace("EUR", "")))


def numbers_ok(sentence: str, passages: Sequence[str]) -> bool:
    return not verify_numbers(sentence, list(passages))


def row_columns(quote: str) -> dict[int, set[str]]:
    """For a table row shown under its header ("2022 2023 Totaal | Totaal € 247.000 € 187.000 € 434.000"):
    the column(s) each amount of the row stands in, by its position in the row. Columns align from the
    right, so a row with a leading cell more than its header has (a total of its own) still binds its last
    amounts to the last columns. Empty when the quote is no row under a header of two or more years."""
    header, sep, row = quote.partition(" | ")
    columns = header.split()
    if not sep or sum(bool(YEAR_COLUMN.fullmatch(c)) for c in columns) < 2:
        return {}
    out: dict[int, set[str]] = {}
    for cells in _row_runs(row):
        for cell, column in zip(reversed(cells), reversed(columns)):
            out.setdefault(int(cell.value), set()).add(column)
    return out


def _row_runs(text: str) -> list[list]:
    """The rows of a quote as runs of consecutive cells (numbers with only spaces, "€" or "-" between
    them): "Opzetten herstelcentrum € 0 € 80.000 € 80.000 Inrichten … €500.000 €500.000" has two."""
    runs: list[list] = []
    last_end = None
    for m in (m for m in parse_numbers(text) if m.kind != YEAR):
        if last_end is not None and re.fullmatch(r"[\s€-]*", text[last_end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
        last_end = m.end
    return runs



def row_totals(quote: str) -> dict[int, int]:
    """For each row of a quote whose last amount is the sum of the others (a cost row with its total
    column, a totals row: "€ 520.000 € 540.000 € 560.000 € 580.000 € 2.200.000"): each other amount of the
    row → the row's total."""
    out: dict[int, int] = {}
    for cells in _row_runs(quote.partition(" | ")[2] or quote):
        values = [int(c.value) for c in cells if c.kind == AMOUNT]
        if len(values) >= 3 and abs(values[-1] - sum(values[:-1])) <= 1:
            out.update({v: values[-1] for v in values[:-1]})
    return out


def bound(sentence: str, quote: str, asked_years: Sequence[str], other_regions: Sequence[str],
          total: bool = False) -> bool:
    """Binding, not only presence: each amount the sentence takes from a table row stands in the column of
    the year it states (or the question asks, e.g. a follow-up "En in 2024?"); asked for a `total` with no
    year, it is the row's total, not one of the amounts that add up to it; and the sentence names no
    region of another document than the quoted one (unless the quote names it too: Renkum is one of
    Centraal Gelderland's municipalities)."""
    named = lambda r, text: re.search(rf"\b{re.escape(r)}\b", text, re.I)  # noqa: E731
    if any(named(r, sentence) and not named(r, quote) for r in other_regions if r):
        return False
    numbers = parse_numbers(sentence)
    stated = [str(m.value) for m in numbers if m.kind == YEAR] or list(asked_years)
    amounts = {int(m.value) for m in numbers if m.kind == AMOUNT}
    if total and not stated:
        parts = row_totals(quote)
        if any(a in parts and parts[a] not in amounts for a in amounts):
            return False
    columns = row_columns(quote)
    if not columns:
        return True
    years = {c for cols in columns.values() for c in cols if YEAR_COLUMN.fullmatch(c)}
    wanted = {y for y in stated if y in years}
    return not wanted or all(columns[a] & wanted for a in amounts if a in columns)


def check_sentence(sentence: str, quotes: Sequence[Quote], asked: Sequence[str] = (),
                   regions: dict[str, str] | None = None, total: bool = False) -> tuple[str, list[int]] | None:
    """The sentence with its citations aligned to the quote(s) that support it, or None when no given
    quote contains its numbers bound as the quote binds them (`bound`). Markers pointing outside the quotes
    are removed. `regions`: each document's region, `asked`: the years the question asks, `total`: whether
    it asks a total."""
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", sentence) if 1 <= int(n) <= len(quotes)]
    bare = re.sub(r"\s*\[\d+\]", "", sentence).strip()
    if not bare or bare == REFUSAL_TOKEN:
        return None
    texts = [q.text for q in quotes]
    regions = regions or {}

    def holds(cited: list[int]) -> bool:  # indices of the quotes the sentence cites
        own = {regions.get(quotes[i].hit.chunk.file, "") for i in cited}
        others = sorted({r for r in regions.values() if r and r not in own})
        return all(bound(bare, texts[i], asked, others, total) for i in cited)

    if cited and numbers_ok(bare, [texts[n - 1] for n in cited]) and holds([n - 1 for n in cited]):
        return bare, sorted(set(cited))
    tokens = set(tokenize(bare))
    ranked = sorted(range(len(quotes)), key=lambda i: -len(tokens & set(tokenize(texts[i]))))
    for i in ranked:
        if numbers_ok(bare, [texts[i]]) and tokens & set(tokenize(texts[i])) and holds([i]):
            return bare, [i + 1]
    return None
