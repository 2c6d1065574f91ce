"""Answer metrics that need no LLM judge: required facts present (numbers compared by value), citations
on gold pages, refusals right, our faithfulness check, latency."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.numbers import parse_numbers
from assistant.types import Answer

from .faithfulness import unsupported_claims
from .questions import Question
from .retrieval import is_gold


_FIGURE = re.compile(r"[€\s\d.,%-]+|.*(miljoen|procent|%).*")
"""A required string that is a figure (an amount, a count, a percentage), compared by value."""


def has_required(answer: str, required: str) -> bool:
    """A required string is in the answer: numbers by value ("80.000" = "€ 80,000"), text ignoring case
    and spacing."""
    wanted = [m for m in parse_numbers(required) if m.kind != "year" or len(required.strip()) == 4]
    if wanted and len(wanted) == 1 and _FIGURE.fullmatch(required.strip()):
        values = {m.value for m in parse_numbers(answer)}
        return wanted[0].value in values
    norm = lambda s: " ".join(s.lower().split())  # noqa: E731
    return norm(required) in norm(answer)


@dataclass(frozen=True)
class ItemScore:
    id: str
    kind: str
    correct: bool  # refusal items: refused; others: every required string present and not refused
    refused: bool
    cited_gold: bool | None  # any citation on a gold page (None for refusal items)
    citation_precision: float | None  # share of citations on gold pages
    citation_recall: float | None  # share of gold documents cited on one of their gold pages
    bad_citations: int  # citations to pages that do not exist / markers without a citation
    seconds: float
    unsupported: tuple[str, ...] = ()  # numbers, names, quotes the cited passages do not contain
    wrong_lead: bool | None = None  # the model's lead states another figure than the gold one, which the
    # quotes below it hold (None: no model lead, or no figure asked)


_EVIDENCE_LEAD = re.compile(r"^(Volgens de documenten:|According to the documents)", re.M)


def _is_figure(required: str) -> bool:
    return bool(_FIGURE.fullmatch(required.strip())) and any(ch.isdigit() for ch in required)


def wrong_lead(q: Question, a: Answer) -> bool | None:
    """A user reads the lead first: the model's wording above the quotes is wrong when it states figures but
    not the gold figure, while the quotes under it hold that figure."""
    m = _EVIDENCE_LEAD.search(a.answer)
    lead, quotes = (a.answer[: m.start()], a.answer[m.start():]) if m else ("", a.answer)
    figures = [r for r in q.required if _is_figure(r)]
    lead_numbers = [n for n in parse_numbers(re.sub(r"\[\d+\]", " ", lead)) if n.kind != "year"]
    if a.refused or not lead.strip() or not figures or not lead_numbers:
        return None
    if not all(has_required(quotes, r) for r in figures):
        return None  # the quotes miss it too: a retrieval failure, not a wrong lead
    return not all(has_required(lead, r) for r in figures)


def score_answer(q: Question, a: Answer, seconds: float, page_counts: dict[str, int]) -> ItemScore:
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", a.answer)}
    known = {c.n for c in a.citations}
    bad = len(markers - known) + sum(1 for c in a.citations if not 1 <= c.page <= page_counts.get(c.file, 0))
    unsupported = tuple(unsupported_claims(a))
    if not q.answerable:
        return ItemScore(q.id, q.kind, a.refused, a.refused, None, None, None, bad, seconds, unsupported)
    correct = not a.refused and all(has_required(a.answer, r) for r in q.required)
    on_gold = [is_gold(c.file, c.page, q.gold) for c in a.citations]
    recall = sum(any(c.file == g.file and c.page in g.pages for c in a.citations) for g in q.gold) / len(q.gold)
    return ItemScore(q.id, q.kind, correct, a.refused, any(on_gold),
                     sum(on_gold) / len(on_gold) if on_gold else 0.0, recall, bad, seconds, unsupported,
                     wrong_lead(q, a))


def summarise(items: Sequence[ItemScore]) -> dict:
    answerable = [i for i in items if i.cited_gold is not None]
    refusals = [i for i in items if i.cited_gold is None]
    secs = sorted(i.seconds for i in items)
    pct = lambda xs: round(sum(xs) / len(xs), 3) if xs else None  # noqa: E731
    return {
        "n": len(items),
        "answer_accuracy": pct([i.correct for i in answerable]),
        "citation_accuracy": pct([bool(i.cited_gold) for i in answerable if not i.refused]),
        "citation_precision": pct([i.citation_precision for i in answerable if not i.refused]),
        "citation_recall": pct([i.citation_recall for i in answerable if not i.refused]),
        "refusal_accuracy": pct([i.refused for i in refusals]),
        "false_refusal_rate": pct([i.refused for i in answerable]),
        "bad_citations": sum(i.bad_citations for i in items),
        "faithfulness_numbers": pct([not i.unsupported for i in items if not i.refused]),
        "wrong_leads": sum(bool(i.wrong_lead) for i in items),
        "wrong_lead_rate": pct([bool(i.wrong_lead) for i in answerable if not i.refused]),
        "latency_median_s": round(secs[len(secs) // 2], 2) if secs else None,
        "latency_p95_s": round(secs[min(len(secs) - 1, int(0.95 * len(secs)))], 2) if secs else None,
    }
