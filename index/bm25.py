"""The lexical leg: BM25 (bm25s) over the catalog's chunks, with plain lowercase word tokens
(measured better than Dutch stemming + stop words on this corpus), persisted beside Chroma."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import numpy as np

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+", re.UNICODE)
MAX_TOKEN_CHARS = 40  # an absurd 1 MB "word" must not bloat the vocabulary
TOKENIZER = "words-lower-fold-plural-1"  # stored with the saved index: a new tokenizer forces a rebuild


def _singular(tok: str) -> str:
    """A light Dutch plural fold ("woningen"→"woning", "projecten"→"project", "cliënts"), much milder than
    Snowball stemming, which measured worse here."""
    if len(tok) > 6 and tok.endswith("en"):
        return tok[:-2]
    if len(tok) > 5 and tok.endswith("s") and not tok.endswith("ss"):
        return tok[:-1]
    return tok


def _fold(text: str) -> str:
    """Lowercase and strip accents, so "clienten" finds "cliënten"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Word tokens; numbers keep their digits only, so "€ 80.000" and "80000" meet."""
    out = []
    for tok in _TOKEN.findall(_fold(text)):
        if tok[0].isdigit():
            tok = tok.replace(".", "").replace(",", "")
        elif len(tok) <= MAX_TOKEN_CHARS:
            tok = _singular(tok)
        if len(tok) <= MAX_TOKEN_CHARS:
            out.append(tok)
    return out


class Bm25Leg:
    """BM25 scores for a fixed list of texts (row i = the i-th chunk of the catalog at one version)."""

    def __init__(self, retriever, size: int):
        self._retriever = retriever
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> "Bm25Leg":
        import bm25s

        retriever = bm25s.BM25()
        if texts:
            retriever.index([tokenize(t) or [""] for t in texts], show_progress=False)
        return cls(retriever, len(texts))

    def scores(self, query: str) -> np.ndarray:
        """One score per row; zeros where no query token matches."""
        tokens = [t for t in tokenize(query) if t in self._retriever.vocab_dict] if self.size else []
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)

    def save(self, folder: Path, version: int) -> None:
        if not self.size:
            return
        tmp = folder.with_name(folder.name + ".tmp")
        self._retriever.save(str(tmp))
        (tmp / "beleid.json").write_text(json.dumps({"version": version, "size": self.size, "tokenizer": TOKENIZER}))
        if folder.exists():
            import shutil
            shutil.rmtree(folder)
        tmp.rename(folder)

    @classmethod
    def load(cls, folder: Path, version: int) -> "Bm25Leg | None":
        """The saved index if it belongs to this catalog version, else None (caller rebuilds)."""
        stamp = folder / "beleid.json"
        if not stamp.exists():
            return None
        info = json.loads(stamp.read_text())
        if info.get("version") != version or info.get("tokenizer") != TOKENIZER:
            return None
        import bm25s

        return cls(bm25s.BM25.load(str(folder)), info["size"])


def top_rows(scores: np.ndarray, mask: np.ndarray | None, k: int) -> list[int]:
    """Indices of the k best positive scores, within `mask` when given."""
    s = scores if mask is None else np.where(mask, scores, 0.0)
    positive = int((s > 0).sum())
    k = min(k, positive)
    if k <= 0:
        return []
    idx = np.argpartition(-s, k - 1)[:k]
    return [int(i) for i in idx[np.argsort(-s[idx], kind="stable")]]
