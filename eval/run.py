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
from .questions import DEFAULT_QUESTIONS, Question, load_questions, question_corpus
from .retrieval import score_retrieval, search_text

QUICK = Path(__file__).with_name("quick.toml")
LEGS = ("bm25", "dense", "hybrid")
Tick = Callable[[int], None]


@dataclass(frozen=True)
class EvalOptions:
    questions: tuple[Path, ...] = (DEFAULT_QUESTIONS,)
    """Question sets, each measured on its own corpus (a set may name one) and reported side by side."""
    backends: tuple[str, ...] = ("extractive", "local")
    """Answer backends to run: extractive, local, openai."""
    quick: bool = False
    """About a dozen items of the dev set and an unseen set (eval/quick.toml), no ragas: the CI gate."""
    ragas: bool = False
    """Also run ragas faithfulness with our judge model (slow: ~10 judge calls per item)."""
    tolerance: int = 1
    """Retrieval counts a hit within this many pages of a gold page."""


def select_sets(opts: EvalOptions) -> list[tuple[Path, list[Question]]]:
    """The question sets to run with their questions: the given files whole, or the quick gate's items."""
    if not opts.quick:
        return [(Path(f), load_questions(f)) for f in opts.questions]
    out = []
    for entry in tomllib.loads(QUICK.read_text(encoding="utf-8"))["set"]:
        path = QUICK.parent / entry["questions"]
        by_id = {q.id: q for q in load_questions(path)}
        missing = [i for i in entry["ids"] if i not in by_id]
        if missing:
            raise ValueError(f"{QUICK.name} noemt vragen die niet in {path.name} staan: {', '.join(missing)}")
        out.append((path, [by_id[i] for i in entry["ids"]]))
    return out


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
                   tick: Tick = lambda n: None) -> tuple[dict, list[ItemScore]]:
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
            "wrong_lead": s.wrong_lead, "ragas": None})
        tick(1)
    return _backend_report(assistant.chat.name if assistant.chat else "extractive", scores, items, questions,
                           sorted(first)), scores


def _backend_report(llm: str, scores: Sequence[ItemScore], items: list[dict], questions: Sequence[Question],
                    first: list[float]) -> dict:
    summary = summarise(scores)
    summary["first_output_median_s"] = round(first[len(first) // 2], 3) if first else None
    return {"llm": llm, "summary": summary, "per_kind": _per_group(scores, lambda s, q: [q.kind], questions),
            "per_document": _per_group(scores, lambda s, q: sorted({g.file for g in q.gold}), questions),
            "items": items}


def _per_group(scores: Sequence[ItemScore], keys, questions: Sequence[Question]) -> dict:
    groups: dict[str, list[bool]] = {}
    for s, q in zip(scores, questions):
        for k in keys(s, q):
            groups.setdefault(k, []).append(s.correct)
    return {k: {"n": len(v), "answer_accuracy": round(sum(v) / len(v), 3)} for k, v in sorted(groups.items())}


def run_eval(lib, opts: EvalOptions, progress: Callable[[int, str], Tick] | None = None) -> dict:
    """The whole evaluation as the report dict (eval/report.py renders it): every set on its own corpus,
    side by side under "sets", and all items together under "backends"."""
    sets = select_sets(opts)
    report = {"date": datetime.now().isoformat(timespec="seconds"), "machine": machine(),
              "questions": ", ".join(str(p) for p, _ in sets), "n": sum(len(qs) for _, qs in sets),
              "quick": opts.quick, "sets": {}, "backends": {}}
    together: dict[str, tuple[str, list, list, list]] = {}  # per backend: all sets' results
    for path, questions in sets:
        corpus = question_corpus(path)
        set_lib = lib.for_corpus(corpus) if corpus else lib
        set_lib.ingest()
        pages = {r.meta.file: r.meta.pages for r in set_lib.documents()}
        entry = {"questions": str(path), "corpus": str(corpus or set_lib.settings.corpus), "n": len(questions),
                 "retrieval": retrieval_report(set_lib, questions, opts.tolerance), "backends": {}}
        for name in opts.backends:
            assistant = set_lib.assistant(name)
            tick = progress(len(questions), f"{path.stem} {name}") if progress else (lambda n: None)
            result, scores = answer_backend(assistant, questions, pages, tick)
            entry["backends"][name] = {k: v for k, v in result.items() if k != "items"}
            llm, scores_all, items_all, qs_all = together.setdefault(name, (result["llm"], [], [], []))
            scores_all += scores
            items_all += result["items"]
            qs_all += questions
        report["sets"][path.stem] = entry
    for name, (llm, scores_all, items_all, qs_all) in together.items():
        first = sorted(i["first_output_s"] for i in items_all)
        report["backends"][name] = _backend_report(llm, scores_all, items_all, qs_all, first)
    report["retrieval"] = next(iter(report["sets"].values()))["retrieval"]
    if opts.ragas:
        from .judge import add_ragas

        add_ragas(report, lib, [q for _, qs in sets for q in qs])
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
