"""The evaluation behind `beleid eval`: retrieval per search leg, answers per backend scored without a judge
(required facts, citations, refusals, our faithfulness check, latency), optionally ragas with our own judge,
and the `--quick` regression gate whose item list and thresholds live in eval/quick.toml."""
from __future__ import annotations

import os
import platform
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .answers import ItemScore, score_answer, summarise
from .questions import DEFAULT_QUESTIONS, Question, load_questions
from .retrieval import score_retrieval, search_text

QUICK = Path(__file__).with_name("quick.toml")
LEGS = ("bm25", "dense", "hybrid")
Tick = Callable[[int], None]


@dataclass(frozen=True)
class EvalOptions:
    questions: Path = DEFAULT_QUESTIONS
    backends: tuple[str, ...] = ("extractive", "local")
    """Answer backends to run: extractive, local, openai."""
    quick: bool = False
    """About 10 items (eval/quick.toml), no ragas: the CI regression gate."""
    ragas: bool = False
    """Also run ragas faithfulness with our judge model (slow: ~10 judge calls per item)."""
    tolerance: int = 1
    """Retrieval counts a hit within this many pages of a gold page."""


def select_questions(opts: EvalOptions) -> list[Question]:
    questions = load_questions(opts.questions)
    if not opts.quick:
        return questions
    ids = tomllib.loads(QUICK.read_text(encoding="utf-8"))["ids"]
    by_id = {q.id: q for q in questions}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise ValueError(f"{QUICK.name} noemt vragen die niet in {opts.questions} staan: {', '.join(missing)}")
    return [by_id[i] for i in ids]


def score_leg(lib, questions: Sequence[Question], leg: str, tolerance: int):
    """Recall and ranks of one search leg over the top 10 (follow-ups searched with their earlier user turns)."""
    def search(q: Question) -> list[tuple[str, int]]:
        return [(h.chunk.file, h.chunk.page) for h in lib.search(search_text(q), 10, mode=leg)]
    return score_retrieval(questions, search, tolerance=tolerance)


def retrieval_report(lib, questions: Sequence[Question], tolerance: int) -> dict:
    """recall@1/5/10 and MRR per search leg."""
    out = {}
    for leg in LEGS:
        s = score_leg(lib, questions, leg, tolerance)
        out[leg] = {**{f"recall@{k}": round(v, 3) for k, v in s.recall.items()}, "mrr": round(s.mrr, 3)}
    return out


def answer_backend(assistant, questions: Sequence[Question], pages: dict[str, int],
                   tick: Tick = lambda n: None) -> dict:
    """Every question through one backend: per-item results, the summary, per kind and per document."""
    scores: list[ItemScore] = []
    items, first = [], []
    for q in questions:
        t = time.perf_counter()
        first_out, answer = None, None
        for event in assistant.stream(q.question, list(q.history)):
            first_out = first_out if first_out is not None else time.perf_counter() - t
            answer = event.answer if event.kind == "answer" else answer
        s = score_answer(q, answer, time.perf_counter() - t, pages)
        scores.append(s)
        first.append(first_out)
        items.append({
            "id": q.id, "kind": q.kind, "question": q.question, "answer": answer.answer, "required": list(q.required),
            "reference": q.answer,
            "correct": s.correct, "refused": answer.refused, "reason": answer.reason,
            "citations": [{"n": c.n, "file": c.file, "page": c.page, "text": c.text} for c in answer.citations],
            "gold": [{"file": g.file, "pages": list(g.pages)} for g in q.gold],
            "seconds": round(s.seconds, 2), "first_output_s": round(first_out, 3),
            "faithful": not s.unsupported, "unsupported": list(s.unsupported), "dropped": list(answer.dropped),
            "ragas": None})
        tick(1)
    summary = summarise(scores)
    first.sort()
    summary["first_output_median_s"] = round(first[len(first) // 2], 3) if first else None
    return {"llm": assistant.chat.name if assistant.chat else "extractive", "summary": summary,
            "per_kind": _per_group(scores, lambda s, q: [q.kind], questions),
            "per_document": _per_group(scores, lambda s, q: sorted({g.file for g in q.gold}), questions),
            "items": items}


def _per_group(scores: Sequence[ItemScore], keys, questions: Sequence[Question]) -> dict:
    groups: dict[str, list[bool]] = {}
    for s, q in zip(scores, questions):
        for k in keys(s, q):
            groups.setdefault(k, []).append(s.correct)
    return {k: {"n": len(v), "answer_accuracy": round(sum(v) / len(v), 3)} for k, v in sorted(groups.items())}


def run_eval(lib, opts: EvalOptions, progress: Callable[[int, str], Tick] | None = None) -> dict:
    """The whole evaluation as the report dict (eval/report.py renders it)."""
    questions = select_questions(opts)
    lib.ingest()
    pages = {r.meta.file: r.meta.pages for r in lib.documents()}
    report = {"date": datetime.now().isoformat(timespec="seconds"), "machine": machine(),
              "questions": str(opts.questions), "n": len(questions), "quick": opts.quick,
              "retrieval": retrieval_report(lib, questions, opts.tolerance), "backends": {}}
    for name in opts.backends:
        assistant = lib.assistant(name)
        tick = progress(len(questions), f"eval {name}") if progress else (lambda n: None)
        report["backends"][name] = answer_backend(assistant, questions, pages, tick)
    if opts.ragas:
        from .judge import add_ragas

        add_ragas(report, lib, questions)
    return report


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, no GPU"


def gate_failures(report: dict, path: Path = QUICK) -> list[str]:
    """The quick run's metrics that fall below the thresholds stored in the repo (empty: the gate passes)."""
    thresholds = tomllib.loads(path.read_text(encoding="utf-8"))["thresholds"]
    failures = []
    for backend, limits in thresholds.items():
        summary = report["backends"].get(backend, {}).get("summary")
        if summary is None:
            continue
        for metric, limit in limits.items():
            value = summary.get(metric)
            bad = value is None or (value > limit if metric in ("bad_citations", "false_refusal_rate",
                                                                   "latency_median_s") else value < limit)
            if bad:
                failures.append(f"{backend}: {metric} = {value} (drempel {limit})")
    return failures
