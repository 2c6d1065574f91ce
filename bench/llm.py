"""Local generator speed: model load time, prompt processing tok/s, generation tok/s, time to first
token and total time for a ~500-token Dutch RAG-style prompt, with 1 and with 2 threads, plus peak RSS.

Each thread count runs in its own subprocess, so load time and peak RSS are its own (and because
xllamacpp cannot load a second server after freeing one in the same process). Every repetition uses a
different passage, so llama.cpp's prompt cache cannot skip prompt processing. Both cores are shared with
whatever else runs on the machine: the load average is printed beside the figures.

--busy N starts N spinning processes for the duration, to imitate the embedder or the web app
working beside the generator (the case where 1 thread beats 2).

Usage: .venv/bin/python bench/llm.py [--threads 1,2] [--reps 2] [--prompt-tokens 500] [--max-tokens 128]
       [--busy 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sample import corpus_passages  # noqa: E402

SYSTEM = ("Je bent een assistent voor Nederlandse beleidsdocumenten. Beantwoord de vraag alleen met de "
          "gegeven bronnen, in het Nederlands, en noem de bron tussen vierkante haken.")
QUESTION = "Vat samen wat deze passage zegt over beschermd wonen en de rol van de gemeente."
CHARS_PER_TOKEN = 3.4  # Qwen2.5 tokenizer on Dutch policy text, measured; the real count is printed


def passages(n: int, chars: int) -> list[str]:
    return corpus_passages(n, chars, pages=slice(2, 30), per_file=1, label=True)


def run(threads: int, reps: int, prompt_tokens: int, max_tokens: int) -> dict:
    from assistant.llm import LocalChatModel, assemble_local_model

    t0 = time.perf_counter()
    path = assemble_local_model()
    locate_s = time.perf_counter() - t0
    model = LocalChatModel(path, threads=threads)
    t1 = time.perf_counter()
    model.load()
    load_s = time.perf_counter() - t1

    context_chars = int(prompt_tokens * CHARS_PER_TOKEN) - len(SYSTEM) - len(QUESTION)
    runs = []
    for passage in passages(reps, context_chars):
        messages = [{"role": "system", "content": SYSTEM},
                    {"role": "user", "content": f"Bronnen:\n{passage}\n\nVraag: {QUESTION}"}]
        start = time.perf_counter()
        first = None
        n_deltas = 0
        for _ in model.stream(messages, max_tokens=max_tokens, temperature=0.0):
            if first is None:
                first = time.perf_counter() - start
            n_deltas += 1
        total = time.perf_counter() - start
        t = model.last_timings or {}
        runs.append({
            "prompt_tokens": t.get("prompt_n"),
            "cached_tokens": t.get("cache_n"),
            "gen_tokens": t.get("predicted_n"),
            "pp_tok_s": t.get("prompt_per_second"),
            "gen_tok_s": t.get("predicted_per_second"),
            "ttft_s": first,
            "total_s": total,
            "deltas": n_deltas,
        })
    return {"threads": threads, "locate_s": locate_s, "load_s": load_s, "runs": runs,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--reps", type=int, default=2)
    ap.add_argument("--prompt-tokens", type=int, default=500)
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--busy", type=int, default=0, help="CPU-spinning processes to run beside")
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child is not None:
        print(json.dumps(run(args.child, args.reps, args.prompt_tokens, args.max_tokens)))
        return

    print(f"cpus: {os.cpu_count()}, prompt ~{args.prompt_tokens} tokens, up to {args.max_tokens} generated, "
          f"{args.reps} runs per thread count, {args.busy} busy process(es) beside")
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    try:
        for threads in [int(t) for t in args.threads.split(",")]:
            bench_one(threads, args)
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def bench_one(threads: int, args: argparse.Namespace) -> None:
    load_before = os.getloadavg()[0]
    cmd = [sys.executable, __file__, "--child", str(threads), "--reps", str(args.reps),
           "--prompt-tokens", str(args.prompt_tokens), "--max-tokens", str(args.max_tokens)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"threads={threads}: failed\n{proc.stderr[-3000:]}")
        return
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"threads={threads}: load {r['load_s']:.1f} s (locate/assemble {r['locate_s']:.1f} s), "
          f"peak RSS {r['peak_rss_mb']:.0f} MB, load avg before {load_before:.1f}")
    for i, run_ in enumerate(r["runs"], 1):
        print(f"  run {i}: prompt {run_['prompt_tokens']} tok at {run_['pp_tok_s']:.1f} tok/s, "
              f"gen {run_['gen_tokens']} tok at {run_['gen_tok_s']:.1f} tok/s, "
              f"TTFT {run_['ttft_s']:.1f} s, total {run_['total_s']:.1f} s")


if __name__ == "__main__":
    main()
