"""Search latency p50/p95 at 1k, 10k and 100k chunks (synthetic chunks built from corpus sentences,
random unit vectors in Chroma; the query is embedded by the real model), hybrid with a document filter,
plus peak RSS. Usage: .venv/bin/python bench/search.py [--sizes 1000,10000,100000] [--queries 40]"""
from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()

from ui.library import Library  # noqa: E402
from index.search import SearchFilter  # noqa: E402
from ingest.model import Chunk, Document, DocumentMeta, Page  # noqa: E402
from ingest.pdf import read_document  # noqa: E402

QUERIES = ["Hoeveel geld gaat naar het herstelcentrum?", "Wat kosten de buurtcirkels in 2023?",
           "Wanneer start de doordecentralisatie van beschermd wonen?", "Wat is Beschermd Thuis?",
           "Welke rol heeft de centrumgemeente?", "uitstroom naar een eigen woning", "budget 2024 wijkvoorzieningen",
           "Wie voert de regie over de toegang?", "ervaringsdeskundigen in de wijk", "objectief verdeelmodel"]


def synthetic_documents(n_chunks: int, per_doc: int = 1000, seed: int = 7) -> list[Document]:
    rnd = random.Random(seed)
    sentences = [s for p in sorted((ROOT / "corpus").glob("*.pdf"))
                 for pg in read_document(p).pages for s in re.split(r"(?<=\.)\s+", pg.text) if len(s) > 40]
    docs = []
    for d in range((n_chunks + per_doc - 1) // per_doc):
        file = f"synthetisch-{d:04d}.pdf"
        meta = DocumentMeta(file, f"{d:016x}" + "0" * 48, f"Synthetisch document {d}", region=f"Regio {d % 20}",
                            year=2015 + d % 10, pages=per_doc // 4)
        chunks, pages = [], {}
        for i in range(min(per_doc, n_chunks - d * per_doc)):
            text = " ".join(rnd.choice(sentences) for _ in range(6))[:900]
            page = i // 4 + 1
            start = len(pages.get(page, ""))
            pages[page] = pages.get(page, "") + text + "\n"
            chunks.append(Chunk(file, page, ("Synthetisch",), start, start + len(text), text, "text", meta.title,
                                meta.sha256[:16]))
        docs.append(Document(meta, tuple(Page(n, t) for n, t in pages.items()), tuple(chunks)))
    return docs


def bench(size: int, queries: int) -> None:
    home = Path(tempfile.mkdtemp(prefix=f"beleid-bench-{size}-"))
    lib = Library(Settings(home=home))
    idx = lib.index
    rng = np.random.default_rng(0)
    t = time.perf_counter()
    docs = synthetic_documents(size)
    for doc in docs:
        idx.stage(doc)
        for i in range(0, len(doc.chunks), 5000):
            part = doc.chunks[i:i + 5000]
            vecs = rng.standard_normal((len(part), 384)).astype(np.float32)
            vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            idx.store.upsert([c.id for c in part], vecs, [{"file": c.file, "year": doc.meta.year, "region": doc.meta.region,
                                                           "page": c.page, "kind": c.kind} for c in part],
                             [c.text for c in part])
        idx.catalog.mark_ready(doc.meta.file)
    build = time.perf_counter() - t
    t = time.perf_counter()
    idx.search("warm-up", 5)  # loads the snapshot and BM25 once
    warm = time.perf_counter() - t
    files = [d.meta.file for d in docs]
    timings = {"hybrid": [], "hybrid+filter": [], "bm25": []}
    for n in range(queries):
        q = QUERIES[n % len(QUERIES)]
        filt = SearchFilter(files=(files[n % len(files)],))
        for label, kw in (("hybrid", {}), ("hybrid+filter", {"filt": filt}), ("bm25", {"mode": "bm25"})):
            t = time.perf_counter()
            hits = idx.search(q, 10, **kw)
            timings[label].append((time.perf_counter() - t) * 1000)
            assert hits
    print(f"{size:>7} chunks: build {build:.1f} s, first search (BM25 load/build) {warm:.2f} s")
    for label, ms in timings.items():
        ms.sort()
        p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
        print(f"         {label:14} p50 {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--queries", type=int, default=40)
    args = ap.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        bench(size, args.queries)
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
