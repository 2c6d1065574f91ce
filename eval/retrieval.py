"""Retrieval metrics that need no LLM: recall@k and MRR of gold pages, per search mode."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .questions import Gold, Question


def search_text(q: Question) -> str:
    """What retrieval is measured with: a follow-up carries its earlier user turns."""
    return " ".join([t["content"] for t in q.history if t.get("role") == "user"] + [q.question])


def is_gold(file: str, page: int, gold: Sequence[Gold], tolerance: int = 0) -> bool:
    return any(g.file == file and any(abs(page - p) <= tolerance for p in g.pages) for g in gold)


def first_gold_rank(hits: Sequence[tuple[str, int]], gold: Sequence[Gold], tolerance: int = 0) -> int | None:
    """1-based rank of the first (file, page) hit on a gold page, or None."""
    return next((i for i, (f, p) in enumerate(hits, start=1) if is_gold(f, p, gold, tolerance)), None)


@dataclass(frozen=True)
class RetrievalScores:
    n: int
    recall: dict[int, float]  # k -> share of questions with a gold page in the top k
    mrr: float
    ranks: dict[str, int | None]  # question id -> first gold rank


def score_retrieval(questions: Sequence[Question], search: Callable[[Question], list[tuple[str, int]]],
                    ks: Sequence[int] = (1, 5, 10), tolerance: int = 0) -> RetrievalScores:
    """`search` returns ranked (file, page) pairs for a question; questions without gold are skipped."""
    ranks = {q.id: first_gold_rank(search(q), q.gold, tolerance) for q in questions if q.answerable}
    n = len(ranks)
    recall = {k: sum(1 for r in ranks.values() if r is not None and r <= k) / n if n else 0.0 for k in ks}
    mrr = sum(1.0 / r for r in ranks.values() if r) / n if n else 0.0
    return RetrievalScores(n, recall, mrr, ranks)
