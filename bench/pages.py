"""Page images on the dev set: latency of a page render without and with a highlighted citation (cold, no
cache) and of finding the highlight boxes, plus how well the boxes cover the cited words.
Usage: .venv/bin/python bench/pages.py [--home DIR] [--n 100]"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()

from eval.questions import load_questions  # noqa: E402
from ui.library import Library  # noqa: E402
from ui.pages import PageRenderer, highlight_boxes  # noqa: E402


def citations(lib: Library, n: int) -> list[tuple[str, int, str]]:
    """(file, page, text) of the extractive dev-set answers' citations, topped up with search hits."""
    assistant = lib.assistant("extractive")
    questions = load_questions()
    out = [(c.file, c.page, c.text) for q in questions for c in assistant.ask(q.question, q.history).citations]
    for q in questions:
        if len(out) >= n:
            break
        out += [(h.chunk.file, h.chunk.page, h.chunk.text) for h in lib.search(q.question, k=3)]
    return out[:n]


def _words(text: str) -> list[str]:
    folded = ("".join(c for c in unicodedata.normalize("NFKD", w.lower()) if c.isalnum())
              for w in re.findall(r"\w+", text))
    return [w for w in folded if len(w) >= 2]


def coverage(pdf: Path, page: int, quote: str, boxes) -> float:
    """Share of the quote's words that pdfium finds inside the boxes (as in tests/test_highlight.py)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        textpage = doc[page - 1].get_textpage()
        text = "\n".join(textpage.get_text_bounded(*box) for box in boxes)
    finally:
        doc.close()
    found = set(_words(text)) | set(_words(re.sub(r"[-\u00ad\ufffe]?\s*\n\s*", "", text)))
    words = _words(quote)
    return sum(w in found for w in words) / len(words) if words else 1.0


def timed(fn, *args) -> tuple[float, object]:
    t = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - t) * 1000, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path)
    ap.add_argument("--n", type=int, default=100, help="number of citations")
    args = ap.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="beleid-bench-pages-"))
    lib = Library(Settings(home=home, corpus=ROOT / "corpus"))
    lib.ingest()
    items = citations(lib, args.n)
    renderer = PageRenderer(cache_size=0)  # every render cold
    timings: dict[str, list[float]] = {"render": [], "highlight_boxes": [], "render+highlight": []}
    scores = []
    for file, page, text in items:
        pdf = ROOT / "corpus" / file
        timings["render"].append(timed(renderer.render, pdf, page)[0])
        ms, boxes = timed(highlight_boxes, pdf, page, text)
        timings["highlight_boxes"].append(ms)
        timings["render+highlight"].append(timed(renderer.render, pdf, page, text)[0])
        scores.append(coverage(pdf, page, text, boxes))
    print(f"{len(items)} citations, scale {renderer.scale}")
    for label, ms in timings.items():
        ms.sort()
        p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
        print(f"  {label:17} p50 {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms")
    print(f"  coverage          mean {statistics.mean(scores):.4f}   lowest {min(scores):.4f}")


if __name__ == "__main__":
    main()
