"""Dutch (and English) numbers in policy text and answers: parse them to values, and check that every
number in a claim occurs in the passage it cites. Pure functions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

AMOUNT, PERCENT, YEAR, NUMBER = "amount", "percent", "year", "number"
_SCALES = {"miljard": Decimal(10) ** 9, "billion": Decimal(10) ** 9, "mld": Decimal(10) ** 9,
           "miljoen": Decimal(10) ** 6, "million": Decimal(10) ** 6, "mln": Decimal(10) ** 6,
           "duizend": Decimal(1000), "thousand": Decimal(1000), "k": Decimal(1000)}
_NUM = (r"(?P<num>\d{1,3}(?:(?P<sep>[.,  ])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        r"(?P<whole>,[-=])?")
_PATTERN = re.compile(
    r"(?P<cur>€|eur\b|euro\b)?\s*" + _NUM +
    r"(?:\s*(?P<scale>miljard|miljoen|million|billion|duizend|thousand|mln|mld|k)\b)?"
    r"(?:\s*(?P<pct>%|procent\b|percent\b))?"
    r"(?:\s*(?P<eur>euro\b|eur\b))?", re.I)
_CITATION = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class NumberMention:
    value: Decimal
    kind: str  # AMOUNT | PERCENT | YEAR | NUMBER
    text: str
    start: int
    end: int


def _value(num: str, sep: str | None) -> Decimal | None:
    """"15.000" → 15000 (a dot or comma before exactly three digits groups thousands), "8,5" → 8.5,
    "€15,000" → 15000, "8.5" → 8.5."""
    s = num.replace(" ", "").replace("\u202f", "")
    if sep in (".", ",", " ", "\u202f"):
        head, _, tail = s.rpartition("," if sep == "." else ".") if sep in (".", ",") else (s, "", "")
        if sep in (".", ","):
            # "4.750,50": groups by sep, decimals after the other mark
            if tail and head and len(tail) != 3:
                s = head.replace(sep, "") + "." + tail
            else:
                s = s.replace(sep, "")
        else:
            s = s.replace(" ", "")
    else:
        s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_numbers(text: str) -> list[NumberMention]:
    """Every number in the text with its kind; citation markers like [2] and "€ -" are not numbers."""
    cleaned = _CITATION.sub(lambda m: " " * len(m.group()), text)
    out: list[NumberMention] = []
    for m in _PATTERN.finditer(cleaned):
        before = cleaned[m.start("num") - 1] if m.start("num") > 0 else " "
        if before.isalpha() or (before.isdigit() and not m.group("cur")):
            continue  # part of a word or code ("H3", "Wmo2015")
        value = _value(m.group("num"), m.group("sep"))
        if value is None:
            continue
        scale = (m.group("scale") or "").lower()
        if scale == "k" and not m.group("cur"):
            scale = ""
        if scale:
            value *= _SCALES[scale]
        money = bool(m.group("cur") or m.group("eur") or m.group("whole"))
        if m.group("pct"):
            kind = PERCENT
        elif money:
            kind = AMOUNT
        elif not scale and re.fullmatch(r"(19|20)\d\d", m.group("num")):
            kind = YEAR
        else:
            kind = NUMBER
        start = m.start("cur") if m.group("cur") else m.start("num")
        out.append(NumberMention(Decimal(int(value)) if value == value.to_integral() else value, kind,
                                 text[start : m.end()].strip(), start, m.end()))
    return out


def normalise_amount(text: str) -> Decimal | None:
    """The value of the first number in `text` ("€ 15.000" → 15000, "8,5 miljoen" → 8500000)."""
    found = parse_numbers(text)
    return found[0].value if found else None


def same_number(a: str, b: str) -> bool:
    va, vb = normalise_amount(a), normalise_amount(b)
    return va is not None and va == vb


def _supported(m: NumberMention, pool: list[NumberMention]) -> bool:
    for s in pool:
        if s.value != m.value:
            continue
        if m.kind == PERCENT or s.kind == PERCENT:
            if m.kind == s.kind:
                return True
            continue
        return True  # amount ~ number ~ year: "€ 80.000" is supported by a table cell "80.000"
    return False


def cell_values(text: str) -> set[Decimal]:
    """The values of the text's numbers, also read a cell at a time: a table row with its cells one per line,
    folded ("120 130 250"), would otherwise read as the one number 120130250."""
    return {m.value for m in parse_numbers(text)} | {m.value for cell in text.split() for m in parse_numbers(cell)}


def in_scaled_cell(amount: Decimal, cells: set[Decimal]) -> bool:
    """The amount stands among the cells in thousands or millions ("220" for € 220.000 under "x € 1.000")."""
    return any(amount / scale in cells for scale in (1000, 1_000_000))


def verify_numbers(claim: str, sources: list[str], *, ignore_small: int = 10) -> list[NumberMention]:
    """The numbers in `claim` that no source contains (compared by value; percentages only with
    percentages). Small counts ("3 projecten") are too noisy to check unless they are money or %."""
    pool = [m for s in sources for m in parse_numbers(s)]
    return [m for m in parse_numbers(claim)
            if (m.kind in (AMOUNT, PERCENT) or abs(m.value) >= ignore_small) and not _supported(m, pool)]
