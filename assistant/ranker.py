"""Learned quote ranking: general features of a candidate quote (how much of the question it holds, rare
words weighted more, what the question asks for found in it, its passage's rank, the embedder's
similarity, its length and kind), weighed by a logistic model trained on many questions
(`python -m eval.ranker`, cross-validated by document) instead of hand-set bonuses. The weights live in
`ranker.json` beside this file. The full model's probability that the best quote answers does not tell
unanswerable questions apart (measured by `eval.ranker`), so refusals do not use it."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from index.bm25 import tokenize

from .cues import CUES
from .evidence import matches, proper_names

WEIGHTS = Path(__file__).with_name("ranker.json")
CUE_NAMES = tuple(c.name for c in CUES) + ("counted", "years")
LEXICAL = ("terms", "terms_gap", "rare_terms", "rare_gap", "heading", "names", "rank", "score", "length",
           "short", "table") + tuple(f"cue_{n}" for n in CUE_NAMES) + ("cues_missing",)
SEMANTIC = ("sim", "sim_gap")
FEATURES = LEXICAL + SEMANTIC


@dataclass(frozen=True)
class Context:
    """What the features of one question's candidates share: its terms with their weight among the
    retrieved passages (a word in every passage tells the quotes apart by nothing), its names, its cues."""

    terms: dict[str, float]
    names: tuple[str, ...]
    cues: dict
    best_score: float


def context(terms: set[str], passages: list[str], question: str, cues: dict, best_score: float) -> Context:
    tokens = [set(tokenize(p)) for p in passages]
    n = max(1, len(tokens))
    weight = {t: math.log(1 + n / (1 + sum(1 for s in tokens if matches(t, s)))) for t in terms}
    names = tuple(n.lower() for n in proper_names(question))
    return Context(weight, names, cues, best_score or 1.0)


def lexical(text: str, heading: set[str], rank: int, score: float, table: bool, ctx: Context) -> dict[str, float]:
    """The features that need no embedding (the gaps to the question's best are filled in by `relative`)."""
    tokens = set(tokenize(text)) | heading
    terms = ctx.terms
    found = [t for t in terms if matches(t, tokens)]
    own = set(tokenize(text))
    lower = text.lower()
    out = {
        "terms": len(found) / max(1, len(terms)),
        "rare_terms": sum(terms[t] for t in found) / max(1e-9, sum(terms.values())),
        "heading": sum(1 for t in terms if matches(t, heading) and not matches(t, own)) / max(1, len(terms)),
        "names": sum(1 for n in ctx.names if n in lower) / len(ctx.names) if ctx.names else 1.0,
        "rank": 1 / (rank + 1),
        "score": score / ctx.best_score,
        "length": len(text) / 360,
        "short": float(len(text) < 25),
        "table": float(table),
    }
    met = 0
    for name in CUE_NAMES:
        cue = ctx.cues.get(name)
        hit = bool(cue and cue.wants.pattern and cue.wants.search(text))
        out[f"cue_{name}"] = float(hit)
        met += hit
    asked = sum(1 for n in CUE_NAMES if n in ctx.cues and ctx.cues[n].wants.pattern)
    out["cues_missing"] = (asked - met) / asked if asked else 0.0
    return out


def relative(rows: list[dict[str, float]]) -> None:
    """Each candidate's gap to the question's best on the word features (in place)."""
    for key, gap in (("terms", "terms_gap"), ("rare_terms", "rare_gap"), ("sim", "sim_gap")):
        if rows and key in rows[0]:
            best = max(r[key] for r in rows)
            for r in rows:
                r[gap] = r[key] - best


@dataclass(frozen=True)
class Model:
    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def logit(self, row: dict[str, float]) -> float:
        return self.intercept + sum(c * (row.get(n, 0.0) - m) / s
                                    for n, c, m, s in zip(self.names, self.coef, self.mean, self.scale))

    def probability(self, row: dict[str, float]) -> float:
        return 1 / (1 + math.exp(-self.logit(row)))

    def to_json(self) -> dict:
        return {"names": list(self.names), "coef": list(self.coef), "intercept": self.intercept,
                "mean": list(self.mean), "scale": list(self.scale)}

    @classmethod
    def from_json(cls, d: dict) -> "Model":
        return cls(tuple(d["names"]), tuple(d["coef"]), d["intercept"], tuple(d["mean"]), tuple(d["scale"]))


ENABLED = True
"""False: rank by the hand-set scores (the baseline the training compares with)."""


def models() -> dict[str, Model]:
    """The trained models: "lexical" (first stage, every candidate) and "full" (with the embedder)."""
    return _load() if ENABLED else {}


@lru_cache(maxsize=1)
def _load() -> dict[str, Model]:
    if not WEIGHTS.exists():
        return {}
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return {k: Model.from_json(v) for k, v in data["models"].items()}
