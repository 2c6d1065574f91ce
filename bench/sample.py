"""Sample text for the benchmarks: passages of about `chars` characters cut from the corpus PDFs."""
from __future__ import annotations

import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def corpus_passages(n: int, chars: int, pages: slice = slice(0, 40), per_file: int | None = None,
                    label: bool = False) -> list[str]:
    """`n` passages of ≥ `chars` characters in corpus order (`per_file` caps how many come from one PDF;
    `label` prefixes each with its file stem)."""
    from pypdf import PdfReader

    out: list[str] = []
    for pdf in sorted(CORPUS.glob("*.pdf")):
        text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages[pages])
        cur: list[str] = []
        size = taken = 0
        for w in re.sub(r"\s+", " ", text).split(" "):
            cur.append(w)
            size += len(w) + 1
            if size >= chars:
                out.append((f"[{pdf.stem}] " if label else "") + " ".join(cur))
                cur, size, taken = [], 0, taken + 1
                if len(out) >= n:
                    return out
                if per_file and taken >= per_file:
                    break
    raise SystemExit(f"corpus gave only {len(out)} passages of {chars} chars")
