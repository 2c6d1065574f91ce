"""Answer quality and latency on the dev set for one backend: answer accuracy (required facts present),
citation accuracy (a citation on a gold page), refusal accuracy, median/p95 latency and time to the first
output. Usage: .venv/bin/python bench/answer.py [--llm local|extractive|openai] [--home DIR] [--limit N]"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()

from assistant.library import Library  # noqa: E402
from eval.answers import score_answer, summarise  # noqa: E402
from eval.questions import DEFAULT_QUESTIONS, load_questions  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--llm", default="local")
    ap.add_argument("--home", type=Path)
    ap.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, help="write per-item results as JSON")
    args = ap.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="beleid-bench-answer-"))
    lib = Library(Settings(home=home, corpus=ROOT / "corpus", llm=args.llm, threads=args.threads))
    lib.ingest()
    pages = {m.file: m.pages for m, _, _ in lib.documents()}
    assistant = lib.assistant(args.llm)
    if assistant.chat is not None and hasattr(assistant.chat, "load"):
        assistant.chat.load()  # measured apart: `serve` keeps the model warm
    lib.search("warm-up", 1)
    questions = load_questions(args.questions)[: args.limit]
    items, rows, first = [], [], []
    for q in questions:
        t = time.perf_counter()
        first_out = None
        answer = None
        for event in assistant.stream(q.question, list(q.history)):
            if first_out is None and event.kind in ("evidence", "text", "answer"):
                first_out = time.perf_counter() - t
            if event.kind == "answer":
                answer = event.answer
        seconds = time.perf_counter() - t
        first.append(first_out)
        s = score_answer(q, answer, seconds, pages)
        items.append(s)
        rows.append({"id": q.id, "kind": q.kind, "correct": s.correct, "refused": answer.refused,
                     "cited_gold": s.cited_gold, "seconds": round(seconds, 2), "question": q.question,
                     "answer": answer.answer, "citations": [(c.file, c.page) for c in answer.citations],
                     "reason": answer.reason, "dropped": list(answer.dropped)})
        flag = "ok " if s.correct else "BAD"
        print(f"{flag} {seconds:5.1f}s [{q.kind}] {q.id}: {' '.join(answer.answer.split())[:150]}", flush=True)
    summary = summarise(items)
    first.sort()
    summary["first_output_median_s"] = round(first[len(first) // 2], 2)
    summary["llm"] = assistant.chat.name if assistant.chat else "extractive"
    print(json.dumps(summary, indent=1))
    by_kind: dict[str, list] = {}
    for i in items:
        by_kind.setdefault(i.kind, []).append(i.correct)
    print("per kind:", {k: f"{sum(v)}/{len(v)}" for k, v in by_kind.items()})
    if args.out:
        args.out.write_text(json.dumps({"summary": summary, "items": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
