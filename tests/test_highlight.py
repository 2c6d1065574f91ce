"""Page rendering and passage highlighting (ui/pages.py): measured on the real dev-set citations, and on
small PDFs made here for the hard cases (hyphenation, two columns, crop box offset, rotation)."""
from __future__ import annotations

import math
import os
import re
import statistics
import threading
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import CORPUS, GELDERLAND, RENKUM
from pdfmaker import table_cells, write_pdf
from PIL import Image, ImageChops, ImageDraw

from eval.questions import load_questions
from ingest.pdf import read_document
from ui.pages import PageNotFound, PageRenderer, highlight_boxes

pytestmark = pytest.mark.slow

SCALE = 1.5
UNRELATED = "De kat van de buren slaapt graag in de zon op het dak."


def _words(text: str) -> list[str]:
    """Normalised words: lowercase, accents folded, letters and digits only, at least two characters."""
    folded = ("".join(c for c in unicodedata.normalize("NFKD", w.lower()) if c.isalnum())
              for w in re.findall(r"\w+", text))
    return [w for w in folded if len(w) >= 2]


def _bounded_text(pdf: Path, page: int, boxes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        textpage = doc[page - 1].get_textpage()
        return "\n".join(textpage.get_text_bounded(*box) for box in boxes)
    finally:
        doc.close()


def coverage(pdf: Path, page: int, quote: str, boxes) -> float:
    """Share of the quote's words that pdfium finds inside the boxes (a word hyphenated over two lines, so
    over two boxes, counts as found)."""
    text = _bounded_text(pdf, page, boxes)
    found = set(_words(text)) | set(_words(re.sub(r"[-\u00ad\ufffe]?\s*\n\s*", "", text)))
    words = _words(quote)
    return sum(w in found for w in words) / len(words) if words else 1.0


def precision(pdf: Path, page: int, quote: str, boxes) -> float:
    """Share of the words inside the boxes that are the quote's: low when a highlight spills over."""
    words = set(_words(quote))
    found = _words(_bounded_text(pdf, page, boxes))
    return sum(w in words for w in found) / len(found) if found else 1.0


def _page_bounds(pdf: Path, page: int) -> tuple[float, float, float, float]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page - 1].get_bbox()
    finally:
        doc.close()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_layout_pdf(path: Path, items: list[tuple[float, float, str]], media=(0, 0, 595, 842),
                     crop=None, rotate: int = 0) -> Path:
    """A one-page PDF with text (Helvetica 11) at the given (x, y) points, in the given order."""
    stream = "BT /F1 11 Tf " + " ".join(f"1 0 0 1 {x} {y} Tm ({_escape(t)}) Tj" for x, y, t in items) + " ET"
    extra = (f" /CropBox [{' '.join(map(str, crop))}]" if crop else "") + (f" /Rotate {rotate}" if rotate else "")
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{' '.join(map(str, media))}]{extra} /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    path.write_bytes(out.encode("latin-1"))
    return path


# --- the real corpus: every citation of the extractive dev-set answers ---

@pytest.fixture(scope="module")
def citations(corpus_library) -> list[tuple[str, int, str]]:
    """(file, page, text) of every citation of the extractive answers to the dev set, topped up with
    search hits when there are fewer than 100."""
    assistant = corpus_library.assistant("extractive")
    questions = load_questions()
    out = [(c.file, c.page, c.text) for q in questions for c in assistant.ask(q.question, q.history).citations]
    for q in questions:
        if len(out) >= 100:
            break
        out += [(h.chunk.file, h.chunk.page, h.chunk.text) for h in corpus_library.search(q.question, k=3)]
    return out


def test_highlight_covers_dev_set_citations(citations):
    assert len(citations) >= 100
    scores, spill = [], []
    for file, page, text in citations:
        pdf = CORPUS / file
        boxes = highlight_boxes(pdf, page, text)
        assert boxes, f"{file} p{page}: geen vakken voor {text[:60]!r}"
        left, bottom, right, top = _page_bounds(pdf, page)
        for b in boxes:
            assert left <= b[0] < b[2] <= right and bottom <= b[1] < b[3] <= top, (file, page, b)
        scores.append(coverage(pdf, page, text, boxes))
        spill.append(precision(pdf, page, text, boxes))
    low = sorted((round(s, 3), f, p) for s, (f, p, _) in zip(scores, citations) if s < 0.9)
    print(f"\nhighlight coverage: mean {statistics.mean(scores):.4f}, lowest {min(scores):.4f} over "
          f"{len(citations)} citations (below 0.9: {low}); words in the boxes from the quote: "
          f"{statistics.mean(spill):.4f}")
    assert statistics.mean(scores) >= 0.9
    assert statistics.mean(spill) >= 0.9  # a box over the whole page would cover every quote too


# --- made documents: the hard cases ---

@pytest.fixture
def hyphen_pdf(tmp_path) -> Path:
    return write_pdf(tmp_path / "afbreking.pdf", [
        ["Inleiding"],
        ["Het plan beschrijft de ambu-", "lantisering van beschermd wonen in de regio.",
         "Gemeenten werken samen aan een sterke sociale basis."],
        ["Slot"],
    ])


def test_hyphenated_word_is_highlighted_on_both_lines(hyphen_pdf):
    text = read_document(hyphen_pdf).pages[1].text  # the cleaned page text, as the index holds it
    quote = text[:text.index(".") + 1]
    assert "ambulantisering" in quote and "-" not in quote
    boxes = highlight_boxes(hyphen_pdf, 2, quote)
    texts = [_bounded_text(hyphen_pdf, 2, [b]) for b in boxes]
    first = next(b for b, t in zip(boxes, texts) if "ambu" in t)
    second = next(b for b, t in zip(boxes, texts) if "lantisering" in t)
    assert first[1] > second[3] - 1  # two lines, the first above the second
    assert not any("Gemeenten" in t for t in texts)
    assert coverage(hyphen_pdf, 2, quote, boxes) == 1.0


def test_right_column_quote_stays_in_the_right_half(tmp_path):
    left = ["Beschermd wonen in de regio vraagt", "om een goede samenwerking tussen",
            "de centrumgemeente en de andere", "gemeenten in het verzorgingsgebied."]
    right = ["Beschermd wonen in de wijk begint", "bij een woning die past en bij",
             "begeleiding die meebeweegt met de", "inwoner en zijn netwerk."]
    items = [item for n, (a, b) in enumerate(zip(left, right))  # interleaved per line, as many PDFs are
             for item in ((50, 760 - 14 * n, a), (320, 760 - 14 * n, b))]
    pdf = write_layout_pdf(tmp_path / "kolommen.pdf", items)
    quote = "\n".join(right)
    boxes = highlight_boxes(pdf, 1, quote)
    assert boxes and all(b[0] >= 595 / 2 for b in boxes)
    assert coverage(pdf, 1, quote, boxes) == 1.0
    assert "centrumgemeente" not in _bounded_text(pdf, 1, boxes)


def test_a_row_written_with_its_headers_is_highlighted_where_the_page_has_it(tmp_path):
    """The page text writes a table row with its headers ("Aldorp — 2025: 24; 2026: 22"); the viewer finds
    the row's label and cells on the page, not the header words that stand elsewhere."""
    items = table_cells(760, [["Gemeente", "2025", "2026", "2027"], ["Aldorp", "124", "122", "119"],
                              ["Bemmerveld", "328", "317", "295"], ["Regio", "452", "439", "414"]],
                        [50, 250, 330, 410])
    pdf = write_pdf(tmp_path / "tabel.pdf", [items])
    text = read_document(pdf).pages[0].text
    row = next(line for line in text.split("\n") if line.startswith("Bemmerveld —"))
    boxes = highlight_boxes(pdf, 1, row)
    assert coverage(pdf, 1, "Bemmerveld 328 317 295", boxes) == 1.0
    assert not {"regio", "aldorp", "452"} & set(_words(_bounded_text(pdf, 1, boxes)))


def test_quote_not_on_the_page_gets_no_boxes(hyphen_pdf):
    assert highlight_boxes(hyphen_pdf, 2, UNRELATED) == []
    assert highlight_boxes(hyphen_pdf, 2, "") == []
    renderer = PageRenderer(cache_size=0)
    assert renderer.render(hyphen_pdf, 2, UNRELATED) == renderer.render(hyphen_pdf, 2)


def test_page_out_of_range(hyphen_pdf):
    for page in (0, 4, -1):
        with pytest.raises(PageNotFound, match=f"pagina {page} bestaat niet \\(het document heeft 3 pagina's\\)"):
            highlight_boxes(hyphen_pdf, page, "ambulantisering")
        with pytest.raises(LookupError):
            PageRenderer().render(hyphen_pdf, page)


def test_png_differs_only_in_the_boxes(hyphen_pdf):
    renderer = PageRenderer(scale=SCALE, cache_size=0)
    plain = Image.open(BytesIO(renderer.render(hyphen_pdf, 2)))
    marked = Image.open(BytesIO(renderer.render(hyphen_pdf, 2, "ambulantisering van beschermd wonen")))
    assert plain.format == marked.format == "PNG"
    assert plain.size == marked.size == (893, 1263)  # A4 at 1.5 pixels per point, rounded up
    boxes = highlight_boxes(hyphen_pdf, 2, "ambulantisering van beschermd wonen")
    allowed = Image.new("L", plain.size, 0)
    draw = ImageDraw.Draw(allowed)
    for left, bottom, right, top in boxes:  # media box at the origin, no rotation: y runs down from the top
        draw.rectangle((left * SCALE - 2, (842 - top) * SCALE - 2, right * SCALE + 2, (842 - bottom) * SCALE + 2),
                       fill=255)
    changed = ImageChops.difference(plain.convert("RGB"), marked.convert("RGB")).convert("L").point(lambda v: 255 * (v > 0))
    assert changed.getbbox() is not None
    assert ImageChops.subtract(changed, allowed).getbbox() is None  # nothing changed outside the boxes


@pytest.mark.parametrize("media, crop, rotate", [
    ((0, 0, 595, 842), None, 0),
    ((100, 50, 695, 892), (150, 100, 600, 800), 0),
    ((0, 0, 595, 842), None, 90),
    ((100, 50, 695, 892), (150, 100, 600, 800), 270),
])
def test_highlight_lands_on_the_ink(tmp_path, media, crop, rotate):
    """Crop box offset and /Rotate: the highlight covers the word's ink on the image, and not much more."""
    pdf = write_layout_pdf(tmp_path / "gedraaid.pdf", [(300, 400, "Ambulantisering")], media, crop, rotate)
    renderer = PageRenderer(scale=SCALE, cache_size=0)
    plain = Image.open(BytesIO(renderer.render(pdf, 1))).convert("L")
    marked = Image.open(BytesIO(renderer.render(pdf, 1, "ambulantisering"))).convert("L")
    box = crop or media
    width, height = (box[2] - box[0]) * SCALE, (box[3] - box[1]) * SCALE
    assert plain.size == tuple(math.ceil(v) for v in ((height, width) if rotate in (90, 270) else (width, height)))
    ink = plain.point(lambda v: 255 * (v < 128)).getbbox()
    lit = ImageChops.difference(plain, marked).getbbox()
    assert ink and lit
    assert lit[0] <= ink[0] and lit[1] <= ink[1] and lit[2] >= ink[2] and lit[3] >= ink[3]
    assert (lit[2] - lit[0]) * (lit[3] - lit[1]) < 3 * (ink[2] - ink[0]) * (ink[3] - ink[1])


# --- the renderer: cache and threads ---

def test_renderer_caches(tmp_path, hyphen_pdf):
    renderer = PageRenderer(cache_size=2)
    first = renderer.render(hyphen_pdf, 2, "ambulantisering")
    t = time.perf_counter()
    assert renderer.render(hyphen_pdf, 2, "ambulantisering") is first
    assert time.perf_counter() - t < 0.005
    assert renderer.render(hyphen_pdf, 2) is not first  # another key
    renderer.render(hyphen_pdf, 1)
    assert renderer.render(hyphen_pdf, 2, "ambulantisering") is not first  # evicted (least recently used)
    again = renderer.render(hyphen_pdf, 2, "ambulantisering")
    stat = hyphen_pdf.stat()
    os.utime(hyphen_pdf, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    changed = renderer.render(hyphen_pdf, 2, "ambulantisering")
    assert changed is not again and changed == again  # a changed file is rendered afresh


def test_renderer_is_thread_safe():
    jobs = []
    for file in (RENKUM, GELDERLAND):
        for page in read_document(CORPUS / file).pages[:6]:
            jobs += [(CORPUS / file, page.number, None), (CORPUS / file, page.number, page.text[100:600])]
    serial = [PageRenderer(cache_size=0).render(*job) for job in jobs]
    boxes = [highlight_boxes(pdf, page, quote) for pdf, page, quote in jobs if quote]
    renderer = PageRenderer(cache_size=0)
    start = threading.Barrier(8)

    def work(n: int) -> list[bytes]:
        start.wait()
        return [renderer.render(*job) for job in jobs[n::8]]

    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(work, range(8)))
        parallel_boxes = list(pool.map(lambda job: highlight_boxes(*job), [j for j in jobs if j[2]]))
    for n in range(8):
        assert parallel[n] == serial[n::8]
    assert parallel_boxes == boxes
