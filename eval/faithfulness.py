"""Our own faithfulness check, no LLM judge: every number and name an answer states must occur in a passage
it cites, and every quote must be the cited passage's own words. This is the figure we trust offline
(a small judge model accepts "€ 25.000" for "€ 15.000")."""
from __future__ import annotations

import re

from assistant.evidence import proper_names
from ingest.numbers import cell_values, in_scaled_cell, parse_numbers, verify_numbers
from assistant.types import Answer

_QUOTE_LINE = re.compile(r"“(?P<quote>.+)”(?: \(in euro: (?P<euros>[^()]*)\))? \(.*, p\. \d+\)\s*(?P<refs>(?:\[\d+\])+)\s*$")
"""A quote line: the quote, a row in thousands' amounts in euros, (document title — it may hold brackets —, page)."""
_MARKER = re.compile(r"\[(\d+)\]")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def unsupported_claims(answer: Answer) -> list[str]:
    """The numbers, names and quotes in the answer that its cited passages do not contain (empty: the
    answer is faithful to its sources). A refusal states nothing and is faithful."""
    if answer.refused:
        return []
    passages = {c.n: c.text for c in answer.citations}
    headings = {c.n: " ".join(c.section) for c in answer.citations}  # a table part's header row stands there
    out: list[str] = []
    for line in answer.answer.split("\n"):
        m = _QUOTE_LINE.search(line)
        if m:  # a quote: each part (a table header is joined with " | ") must be the passage's own words
            refs = [int(n) for n in _MARKER.findall(m.group("refs"))]
            cited = " ".join(passages.get(n, "") + " " + headings.get(n, "") for n in refs)
            out += [f"“{part}”" for part in m.group("quote").split(" | ") if _norm(part) not in _norm(cited)]
            cells = cell_values(m.group("quote"))
            out += [n.text for n in parse_numbers(m.group("euros") or "") if n.kind == "amount"
                    and not in_scaled_cell(n.value, cells)]  # the quoted row's own cells
            continue
        for sentence in re.split(r"(?<=[.!?\]])\s+(?=[^\[\s])", line):  # a marker after the stop stays
            bare = _MARKER.sub("", sentence).strip()
            if not bare or bare.endswith(":"):
                continue  # a lead-in such as "Volgens de documenten:"
            cited = [passages[int(n)] for n in _MARKER.findall(sentence) if int(n) in passages]
            out += [m.text for m in verify_numbers(bare, [*cited, answer.question])]  # echoing the question is no claim
            sources = _norm(" ".join(cited) + " " + answer.question)
            out += [name for name in proper_names(bare) if _norm(name) not in sources]
    return out
