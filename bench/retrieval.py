"""Retrieval quality on the dev set: recall@1/5/10 and MRR for BM25, dense and hybrid.

Usage: .venv/bin/python bench/retrieval.py [--home DIR] [--questions FILE] [--tolerance 0]
Ingests corpus/ into DIR (default: a fresh temp dir) first, reusing an index that is already there."""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()

from ui.library import Library  # noqa: E402
from eval.questions import DEFAULT_QUESTIONS, load_questions  # noqa: E402
from eval.run import score_leg  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path)
    ap.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--tolerance", type=int, default=0)
    ap.add_argument("--misses", action="store_true", help="print the questions hybrid misses at 5")
    ap.add_argument("--grid", action="store_true", help="also try other fusion weights and boosts")
    args = ap.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="beleid-bench-"))
    lib = Library(Settings(home=home, corpus=ROOT / "corpus"))
    t = time.perf_counter()
    lib.ingest()
    print(f"index ready in {time.perf_counter() - t:.1f} s ({home})")
    questions = load_questions(args.questions)
    print(f"{len([q for q in questions if q.answerable])} answerable questions, page tolerance {args.tolerance}")
    print(f"{'mode':8} {'R@1':>6} {'R@5':>6} {'R@10':>6} {'MRR':>6}   config")
    results = {}
    variants = [(m, lib.index_cfg) for m in ("bm25", "dense", "hybrid")]
    if args.grid:
        base = lib.index_cfg
        variants += [("hybrid", replace(base, bm25_weight=bw, dense_weight=dw, region_boost=rb, amount_boost=ab,
                                        rrf_k=k))
                     for k in (5, 15, 60) for bw, dw in ((1, 1), (1, 0.7), (1, 0.5)) for rb in (0, 0.3)
                     for ab in (0, 0.3)]
    for mode, cfg in variants:
        lib.index.cfg = cfg
        s = score_leg(lib, questions, mode, args.tolerance)
        results.setdefault(mode, s)
        note = "" if mode != "hybrid" else (f"k={cfg.rrf_k} w={cfg.bm25_weight}/{cfg.dense_weight} region+{cfg.region_boost} "
                                            f"amount+{cfg.amount_boost}")
        print(f"{mode:8} {s.recall[1]:6.3f} {s.recall[5]:6.3f} {s.recall[10]:6.3f} {s.mrr:6.3f}   {note}")
    if args.misses:
        for q in questions:
            r = results["hybrid"].ranks.get(q.id, 0)
            if q.answerable and (r is None or r > 5):
                print(f"miss {q.id} [{q.kind}] rank={r} bm25={results['bm25'].ranks[q.id]} "
                      f"dense={results['dense'].ranks[q.id]}: {q.question}")


if __name__ == "__main__":
    main()
