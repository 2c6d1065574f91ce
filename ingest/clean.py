"""Pure text cleaning for extracted PDF pages: Unicode, ligatures, hyphenation, running headers/footers."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

_SOFT_HYPHEN = "\u00ad"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# "ondersteu-\nning" -> "ondersteuning\n": the rest of the word moves up so line structure survives.
_LINE_END_HYPHEN = re.compile(r"(\w+)-\n(\w+[.,;:!?)]*)([ \t]+|(?=\n)|$)", re.UNICODE)
_KEEP_HYPHEN_NEXT = {"en", "of", "tot", "en/of", "noch"}  # "op- en afschalen" is a real hyphen


def normalise_text(raw: str) -> str:
    """NFKC (fixes ligatures such as ﬁ), drop soft hyphens and control characters, tidy line ends."""
    text = unicodedata.normalize("NFKC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace(_SOFT_HYPHEN, "").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _join_hyphen(match: re.Match) -> str:
    head, tail = match.group(1), match.group(2)
    if tail.rstrip(".,;:!?)").lower() in _KEEP_HYPHEN_NEXT:
        return match.group(0)
    if not tail[0].islower():
        return match.group(0)  # "GGz-\nDoelgroep": not a split word
    brk = "\n" if match.group(3) else ""  # the line break moves behind the re-joined word
    if head.isupper() or len(head) <= 2 or head[-1].isdigit():
        return f"{head}-{tail}{brk}"  # "BW-\nvoorziening", "ex-\ngedetineerden": a compound, keep the hyphen
    return f"{head}{tail}{brk}"


def join_hyphenated(text: str) -> str:
    """Re-join words split by a hyphen at a line end."""
    return _LINE_END_HYPHEN.sub(_join_hyphen, text)


_AMOUNT = re.compile(r"€\s*\d|\d\.\d{3}\b")


def _line_key(line: str) -> str:
    """A line with its digits masked, so "Pagina 3 van 7" and "Pagina 4 van 7" are one running line; a line
    holding an amount is content, never running ("Totaal € 5.000" may close many pages of a budget)."""
    return "" if _AMOUNT.search(line) else re.sub(r"\d+", "#", line.strip().lower())


def remove_running_lines(pages: list[str], edge: int = 6) -> list[str]:
    """Drop running headers and footers of any form ("Pagina 5 van 12", "- 5 -", a version or date line,
    the document's short title), found by repetition, never by pattern: a line (digits ignored) among the
    first or last `edge` lines of many pages is running, and each page loses the unbroken run of running
    lines at its top and at its bottom. Bare page numbers at a page's top or bottom go too."""
    if len(pages) < 3:
        return [_drop_page_number(p, i + 1) for i, p in enumerate(pages)]
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [ln for ln in page.split("\n") if ln.strip()]
        counts.update({_line_key(ln) for ln in lines[:edge] + lines[-edge:]})
    threshold = max(3, int(0.4 * len(pages)))
    running = {k for k, n in counts.items() if n >= threshold and k}
    cleaned = []
    for number, page in enumerate(pages, start=1):
        lines = page.split("\n")
        drop = set()
        for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
            for i in order:
                if not lines[i].strip():
                    continue
                if _line_key(lines[i]) not in running:
                    break
                drop.add(i)
        kept = [ln for i, ln in enumerate(lines) if i not in drop]
        cleaned.append(_drop_page_number("\n".join(kept).strip("\n"), number))
    return cleaned


def _drop_page_number(page: str, number: int) -> str:
    pattern = re.compile(rf"^\s*(pagina\s+|page\s+|- )?{number}(\s+(van|of)\s+\d+| -)?\s*$", re.I)
    lines = page.split("\n")
    if lines and pattern.match(lines[-1]):
        lines = lines[:-1]
    if lines and pattern.match(lines[0]):
        lines = lines[1:]
    return "\n".join(lines).strip("\n")


def clean_pages(raw_pages: list[str]) -> list[str]:
    """The whole cleaning pipeline for one document's pages."""
    return remove_running_lines([join_hyphenated(normalise_text(p)) for p in raw_pages])
