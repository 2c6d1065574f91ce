"""The assistant's settings: one dataclass with defaults, a docstring per field."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AssistantConfig:
    k: int = 8
    """Passages retrieved per question."""
    evidence_passages: int = 4
    """The best passages whose words decide whether the documents answer the question at all."""
    min_coverage: float = 0.2
    """Below this share of the question's content words in the best passage, the question is refused."""
    max_tokens: int = 80
    """Longest model reply."""
    model_refusal_coverage: float = 0.34
    """The model's "not found" refuses only when the quoted passages hold less than this share of the
    question's words (on the dev set the model refused answerable questions more often than it caught
    unanswerable ones)."""
    quote_chars: int = 360
    """Longest quote in the extractive answer (a few consecutive sentences)."""
    min_quote_chars: int = 200
    """A shorter quote is continued with the sentences after it (in its passage), so a definition comes
    with its explanation and "40% is a twenty-something" with "31% is over 50"."""
    quote_passages: int = 8
    """How many of the best passages quotes are taken from (fewer points for lower ranks)."""
    semantic_weight: float = 3.0
    """Weight of the embedder's question–quote similarity when ranking quotes (0 = words only)."""
    semantic_candidates: int = 24
    """How many of the best quotes by words are re-ranked by similarity (each costs an embedding)."""
