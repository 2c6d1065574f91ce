"""Ingest speed on the real corpus: time until everything is BM25-searchable, embedding throughput
(pages/s, chunks/s) and peak RSS. Usage: .venv/bin/python bench/ingest.py"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()


def main() -> None:
    t0 = time.perf_counter()
    from index.ingestion import embed_pending
    from ui.library import Library

    home = Path(tempfile.mkdtemp(prefix="beleid-bench-ingest-"))
    lib = Library(Settings(home=home, corpus=ROOT / "corpus"))
    report = lib.ingest(embed=False)
    hits = lib.search("herstelcentrum Maashorst 2023", 3, mode="bm25")
    t_lexical = time.perf_counter() - t0
    pages = sum(r.pages for r in report.results)
    chunks = sum(r.chunks for r in report.results)
    assert hits, "BM25 search found nothing"
    t1 = time.perf_counter()
    lib.index.embedder.embed_query("warm-up")  # model load (and the ONNX check), reported apart
    t_load = time.perf_counter() - t1
    t2 = time.perf_counter()
    embed_pending(lib.index)
    t_embed = time.perf_counter() - t2
    total = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(report.results)} PDFs, {pages} pages, {chunks} chunks")
    print(f"BM25-searchable after start: {t_lexical:.2f} s (parse + catalog + BM25, {pages / t_lexical:.0f} pages/s)")
    print(f"embedding model load: {t_load:.1f} s")
    print(f"embedding: {t_embed:.1f} s = {chunks / t_embed:.1f} chunks/s = {pages / t_embed:.2f} pages/s")
    print(f"whole ingest: {total:.1f} s = {pages / total:.2f} pages/s overall")
    print(f"peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
