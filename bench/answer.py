"""Answer quality and latency on the dev set for one backend: answer accuracy (required facts present),
citation accuracy (a citation on a gold page), refusal accuracy, our faithfulness check, median/p95
latency and time to the first output, with the model warm (as in `serve`).
Usage: .venv/bin/python bench/answer.py [--llm local|extractive|openai] [--home DIR] [--limit N] [--out F]"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()

from ui.library import Library  # noqa: E402
from eval.questions import DEFAULT_QUESTIONS, load_questions  # noqa: E402
from eval.run import answer_backend  # noqa: E402


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
    pages = {r.meta.file: r.meta.pages for r in lib.documents()}
    assistant = lib.assistant(args.llm)
    if assistant.chat is not None and hasattr(assistant.chat, "load"):
        assistant.chat.load()  # measured apart: `serve` keeps the model warm
    lib.search("warm-up", 1)
    questions = load_questions(args.questions)[: args.limit]
    result, _ = answer_backend(assistant, questions, pages)
    for i in result["items"]:
        flag = "ok " if i["correct"] else "BAD"
        print(f"{flag} {i['seconds']:5.1f}s [{i['kind']}] {i['id']}: {' '.join(i['answer'].split())[:150]}")
    print(json.dumps({**result["summary"], "llm": result["llm"]}, indent=1))
    print("per kind:", {k: f"{round(v['answer_accuracy'] * v['n'])}/{v['n']}" for k, v in result["per_kind"].items()})
    if args.out:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
