"""Train the quote ranker (assistant/ranker.py) on question sets: every candidate quote of every question
with its features, labelled by whether it holds the question's required facts as it would be shown.
Cross-validated by document (no document's questions are scored by a model trained on them), compared with
the hand-set ranking, and written to assistant/ranker.json.

    python -m eval.ranker [--write] [SET ...]      # default: the dev set, the held-out sets, unseen-corpus/a/b

Never train on a set that is meant to stay unseen."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from assistant import ranker
from assistant.quotes import ranked, shown_quote

from .answers import has_required
from .questions import load_questions, question_corpus

HERE = Path(__file__).parent
TRAIN = ("questions.yaml", "heldout.yaml", "heldout2.yaml", "unseen-corpus.yaml", "unseen-a.yaml", "unseen-b.yaml")
SEMANTIC_CANDIDATES = 48  # more than the assistant embeds, so the full model sees deeper candidates too


def set_assistants(lib, paths):
    """Each question set's path, its folder of PDFs (None: the library's own corpus) and an extractive
    assistant over that folder's index (ingested first)."""
    for path in paths:
        corpus = question_corpus(path)
        set_lib = lib.for_corpus(corpus) if corpus else lib
        set_lib.ingest()
        yield path, corpus, set_lib.assistant("extractive")


def collect(lib, paths) -> list[dict]:
    """One record per question: its kind, its document (the CV group) and its candidates."""
    out = []
    for path, corpus, assistant in set_assistants(lib, paths):
        cfg = replace(assistant.cfg, semantic_candidates=SEMANTIC_CANDIDATES)
        for q in load_questions(path):
            plan = assistant.plan(q.question, list(q.history))
            rows = []
            for s in ranked(assistant.corpus, plan, cfg):
                c = shown_quote(s.candidate, cfg)
                chunk = c.hit.chunk
                found = [r for r in q.required if has_required(c.shown, r)]
                rows.append({"f": s.features, "found": len(found), "file": chunk.file, "page": chunk.page,
                             "start": chunk.start + c.window.start, "end": chunk.start + c.window.end,
                             "hand": s.candidate.score})
            group = q.gold[0].file if q.gold else (plan.hits[0].chunk.file if plan.hits else "")
            out.append({"id": q.id, "set": path.stem, "kind": q.kind, "group": f"{path.stem}:{group}",
                        "required": len(q.required), "rows": rows})
            print(f"{path.stem} {q.id}: {len(rows)} candidates", file=sys.stderr)
    return out


MULTI = ("multi_doc", "comparison")


def positive(question: dict) -> list[bool]:
    """A candidate answers when it holds as many required facts as the best candidate does: the best of
    all for a one-document question, the best of its own document for a question over several (their
    facts are spread over one quote per document)."""
    rows = question["rows"]
    per = (lambda r: r["file"]) if question["kind"] in MULTI else (lambda r: "")
    best: dict[str, int] = {}
    for r in rows:
        best[per(r)] = max(best.get(per(r), 0), r["found"])
    return [r["found"] > 0 and r["found"] == best[per(r)] for r in rows]


def matrix(questions: list[dict], names, semantic: bool):
    xs, ys, groups = [], [], []
    for q in questions:
        if not q["required"]:
            continue
        labels = positive(q)
        if not any(labels):
            continue
        for r, y in zip(q["rows"], labels):
            if semantic and "sim" not in r["f"]:
                continue
            xs.append([r["f"].get(n, 0.0) for n in names])
            ys.append(y)
            groups.append(q["group"])
    return np.array(xs), np.array(ys), groups


def fit(x, y, names) -> ranker.Model:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit((x - mean) / scale, y)
    return ranker.Model(tuple(names), tuple(float(c) for c in lr.coef_[0]), float(lr.intercept_[0]),
                        tuple(float(m) for m in mean), tuple(float(s) for s in scale))


def top_hits(q: dict, score, k: int = 2) -> bool:
    """Do the best k candidates by `score` (of a candidate's index; no two overlapping on a page, as the
    assistant picks them) hold a positive one?"""
    labels = positive(q)
    order = sorted(range(len(q["rows"])), key=lambda i: -score(i))
    picked = []
    for i in order:
        r = q["rows"][i]
        if any(p["file"] == r["file"] and p["page"] == r["page"] and p["start"] < r["end"] and r["start"] < p["end"]
               for p in (q["rows"][j] for j in picked)):
            continue
        picked.append(i)
        if len(picked) == k:
            break
    return any(labels[i] for i in picked)


def two_stage(lexical: ranker.Model, full: ranker.Model, n: int):
    """The assistant's order: the lexical model ranks all, the full model re-ranks its best n."""
    def order(q: dict) -> dict:
        rows = q["rows"]
        lex = sorted(range(len(rows)), key=lambda i: -lexical.logit(rows[i]["f"]))
        head = [i for i in lex[:n] if "sim" in rows[i]["f"]]
        sims = [rows[i]["f"]["sim"] for i in head]
        best = max(sims, default=0.0)
        scores = {}
        for i in head:
            f = dict(rows[i]["f"], sim_gap=rows[i]["f"]["sim"] - best)
            scores[i] = 100 + full.logit(f)
        for rank, i in enumerate(i for i in lex if i not in scores):
            scores[i] = -rank
        return scores
    return order


def best_probability(q: dict, full: ranker.Model, order) -> float:
    """The full model's probability that the question's best candidate answers it."""
    scores = order(q)
    rows = q["rows"]
    head = [i for i in scores if scores[i] >= 100]
    if not head:
        return 0.0
    best = max(rows[i]["f"]["sim"] for i in head)
    return max(full.probability(dict(rows[i]["f"], sim_gap=rows[i]["f"]["sim"] - best)) for i in head)


def cross_validate(questions: list[dict], n: int = 24) -> dict:
    """Top-1/top-2 hit rate of the hand-set ranking and the learned one, each question scored by models
    trained without its document; and the best candidate's probability of every question (answerable
    or not), out of fold, for the refusal threshold."""
    groups = sorted({q["group"] for q in questions})
    hand1 = hand2 = lrn1 = lrn2 = total = 0
    probs = []
    for g in groups:
        train = [q for q in questions if q["group"] != g]
        lexical = fit(*matrix(train, ranker.LEXICAL, False)[:2], ranker.LEXICAL)
        full = fit(*matrix(train, ranker.FEATURES, True)[:2], ranker.FEATURES)
        order = two_stage(lexical, full, n)
        for q in (q for q in questions if q["group"] == g and q["rows"]):
            probs.append((bool(q["required"]), best_probability(q, full, order), q["id"]))
        test = [q for q in questions if q["group"] == g and q["required"] and any(positive(q))]
        for q in test:
            learned = order(q).__getitem__
            hand = lambda i: q["rows"][i]["hand"]  # noqa: E731
            hand1 += top_hits(q, hand, 1)
            hand2 += top_hits(q, hand, 2)
            lrn1 += top_hits(q, learned, 1)
            lrn2 += top_hits(q, learned, 2)
            total += 1
    median = lambda xs: sorted(xs)[len(xs) // 2] if xs else None  # noqa: E731
    separation = {"answerable": median([p for a, p, _ in probs if a]),
                  "unanswerable": median([p for a, p, _ in probs if not a])}
    return {"questions": total, "hand_top1": hand1 / total, "hand_top2": hand2 / total,
            "learned_top1": lrn1 / total, "learned_top2": lrn2 / total,
            "best_probability_median": separation}


def main(argv=None) -> int:
    from ui.library import Library
    from ui.settings import Settings

    ap = argparse.ArgumentParser(prog="python -m eval.ranker")
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--write", action="store_true", help="write assistant/ranker.json")
    ap.add_argument("--cache", type=Path, help="candidates JSON to read (if present) or write")
    args = ap.parse_args(argv)
    paths = args.sets or [HERE / s for s in TRAIN]
    if args.cache and args.cache.exists():
        questions = json.loads(args.cache.read_text())
    else:
        ranker.ENABLED = False  # candidates and their "hand" score as the assistant ranked them before
        questions = collect(Library(Settings.from_env()), paths)
        if args.cache:
            args.cache.write_text(json.dumps(questions))
    answerable = [q for q in questions if q["required"]]
    reachable = [q for q in answerable if any(positive(q))]
    print(f"{len(answerable)} answerable questions, {len(reachable)} with a candidate that holds the facts")
    print(json.dumps(cross_validate(questions), indent=1))
    if args.write:
        lexical = fit(*matrix(questions, ranker.LEXICAL, False)[:2], ranker.LEXICAL)
        full = fit(*matrix(questions, ranker.FEATURES, True)[:2], ranker.FEATURES)
        data = {"trained_on": [p.name for p in paths], "models": {"lexical": lexical.to_json(), "full": full.to_json()}}
        ranker.WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        for name, m in (("lexical", lexical), ("full", full)):
            print(name, ", ".join(f"{n} {c:+.2f}" for n, c in zip(m.names, m.coef)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
