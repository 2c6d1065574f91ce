"""Checks before anything is shown: can the retrieved passages answer the question at all, and does each
sentence of the model's wording stand in the quote it cites (its numbers above all)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from index.bm25 import tokenize

from .config import AssistantConfig
from .cues import asked_years
from .evidence import coverage, known_name, proper_names
from .numbers import parse_numbers, verify_numbers
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
    years = [y for y in asked_years(plan.question) if not any(y in t for t in top)]
    if years:
        return f"de gevonden passages gaan niet over {', '.join(years)}"
    if max(coverage(search_query(plan), t) for t in top) < cfg.min_coverage:
        return "de gevonden passages gaan over iets anders"
    if "money" in plan.cues and not any(m.kind == "amount" for t in top for m in parse_numbers(t)):
        return "de gevonden passages noemen geen bedragen"
    return None


def numbers_ok(sentence: str, passages: Sequence[str]) -> bool:
    return not verify_numbers(sentence, list(passages))


def check_sentence(sentence: str, quotes: Sequence[Quote]) -> tuple[str, list[int]] | None:
    """The sentence with its citations aligned to the quote(s) that support it, or None when no given
    quote contains its numbers. Markers pointing outside the quotes are removed."""
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", sentence) if 1 <= int(n) <= len(quotes)]
    bare = re.sub(r"\s*\[\d+\]", "", sentence).strip()
    if not bare or bare == REFUSAL_TOKEN:
        return None
    texts = [q.text for q in quotes]
    if cited and numbers_ok(bare, [texts[n - 1] for n in cited]):
        return bare, sorted(set(cited))
    tokens = set(tokenize(bare))
    ranked = sorted(range(len(quotes)), key=lambda i: -len(tokens & set(tokenize(texts[i]))))
    for i in ranked:
        if numbers_ok(bare, [texts[i]]) and tokens & set(tokenize(texts[i])):
            return bare, [i + 1]
    return None
