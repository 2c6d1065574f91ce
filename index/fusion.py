"""Score fusion: weighted reciprocal-rank fusion of ranked lists (pure)."""
from __future__ import annotations

from collections.abc import Hashable, Sequence


def fuse_rankings(rankings: dict[str, Sequence[Hashable]], weights: dict[str, float] | None = None,
                  k: int = 60) -> list[tuple[Hashable, float]]:
    """Weighted RRF: score(d) = Σ_leg w_leg / (k + rank_leg(d)), rank 1-based. Ties keep first-seen order."""
    scores: dict[Hashable, float] = {}
    for leg, ranked in rankings.items():
        w = 1.0 if weights is None else weights.get(leg, 1.0)
        for rank, key in enumerate(ranked, start=1):
            scores[key] = scores.get(key, 0.0) + w / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])
