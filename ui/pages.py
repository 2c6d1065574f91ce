"""Page images: a PDF page rendered to PNG with pypdfium2, a cited passage highlighted over its exact words.

The passage is our cleaned page text (hyphenation re-joined, running lines removed, ligatures folded), not
pdfium's, so it is found by its letters and digits alone: runs of at least `MIN_RUN` characters it shares
with pdfium's page text, in any order, each mapped back to pdfium's character boxes."""
from __future__ import annotations

import io
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageDraw

from ingest.tables import as_on_the_page

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points

MIN_RUN = 10  # the fewest shared letters/digits in a row that count as the passage (stray letters never do)
FILL = (255, 220, 0, 90)
OUTLINE = (255, 140, 0, 200)

_PDFIUM = threading.Lock()  # pdfium is not thread-safe: every pypdfium2 call happens under this lock


class PageNotFound(LookupError):
    """A page number (1-based) the document does not have."""


@contextmanager
def _open_page(pdf: Path, page: int) -> Iterator[pdfium.PdfPage]:
    """Page `page` (1-based) of `pdf`, closed afterwards. The caller holds `_PDFIUM`."""
    doc = pdfium.PdfDocument(pdf)
    try:
        n = len(doc)
        if not 1 <= page <= n:
            unit = "pagina" if n == 1 else "pagina's"
            raise PageNotFound(f"pagina {page} bestaat niet (het document heeft {n} {unit})")
        handle = doc[page - 1]
        try:
            yield handle
        finally:
            handle.close()
    finally:
        doc.close()


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", char.lower()) if c.isalnum())


def _fold(text: str) -> str:
    """Lowercase letters and digits only, accents and ligatures folded ("ﬁnanciën" -> "financien")."""
    return "".join(_fold_char(c) for c in text)


def _page_letters(textpage: pdfium.PdfTextPage) -> tuple[str, list[int]]:
    """pdfium's page text folded as `_fold` does, with the pdfium char index of every folded character."""
    letters, owner = [], []
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        folded = _fold_char(chr(code)) if 0 < code <= 0x10FFFF else ""
        letters.append(folded)
        owner.extend([i] * len(folded))
    return "".join(letters), owner


def _shared_runs(page: str, quote: str) -> list[int]:
    """Positions in `page` covered by runs of at least MIN_RUN characters of `quote` (seed and extend: a
    quote's stretch is found wherever pdfium put it; of equal runs the one nearest the last run wins)."""
    k = min(MIN_RUN, len(quote))
    if k == 0:
        return []
    seeds: dict[str, list[int]] = {}
    for p in range(len(page) - k + 1):
        seeds.setdefault(page[p:p + k], []).append(p)
    covered: list[int] = []
    i, last = 0, 0
    while i <= len(quote) - k:
        best, at = 0, 0
        for p in seeds.get(quote[i:i + k], ()):
            n = k
            while i + n < len(quote) and p + n < len(page) and quote[i + n] == page[p + n]:
                n += 1
            if n > best or (n == best and abs(p - last) < abs(at - last)):
                best, at = n, p
        if best:
            covered.extend(range(at, at + best))
            i, last = i + best, at + best
        else:
            i += 1
    return covered


def _line_boxes(textpage: pdfium.PdfTextPage, chars: list[int], bounds: Box) -> list[Box]:
    """One rectangle per line fragment over the given pdfium chars, clipped to the page."""
    boxes: list[list[float]] = []
    for i in sorted(set(chars)):
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        if right <= left or top <= bottom:
            continue
        if boxes:
            cur = boxes[-1]
            height = min(cur[3] - cur[1], top - bottom)
            same_line = min(cur[3], top) - max(cur[1], bottom) > 0.5 * height
            if same_line and cur[0] - height <= left <= cur[2] + 2 * height:
                cur[:] = [min(cur[0], left), min(cur[1], bottom), max(cur[2], right), max(cur[3], top)]
                continue
        boxes.append([left, bottom, right, top])
    clipped = [(max(b[0], bounds[0]), max(b[1], bounds[1]), min(b[2], bounds[2]), min(b[3], bounds[3]))
               for b in boxes]
    return [b for b in clipped if b[0] < b[2] and b[1] < b[3]]


def _boxes(page: pdfium.PdfPage, quote: str) -> list[Box]:
    textpage = page.get_textpage()
    try:
        letters, owner = _page_letters(textpage)
        chars = [owner[p] for p in _shared_runs(letters, _fold(as_on_the_page(quote)))]
        return _line_boxes(textpage, chars, page.get_bbox())
    finally:
        textpage.close()


def highlight_boxes(pdf: Path, page: int, quote: str) -> list[Box]:
    """Rectangles (left, bottom, right, top) in PDF points, one per line fragment, covering the words of
    `quote` on page `page` (1-based)."""
    with _PDFIUM, _open_page(pdf, page) as handle:
        return _boxes(handle, quote)


def _draw(pdf: Path, page: int, quote: str | None, scale: float) -> bytes:
    with _PDFIUM, _open_page(pdf, page) as handle:
        boxes = _boxes(handle, quote) if quote else []
        bitmap = handle.render(scale=scale)
        try:
            to_pixels = bitmap.get_posconv(handle).to_bitmap
            rects = []
            for left, bottom, right, top in boxes:  # PageToDevice: crop box origin and /Rotate as rendered
                (x0, y0), (x1, y1) = to_pixels(left, bottom), to_pixels(right, top)
                rects.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
            image = bitmap.to_pil().convert("RGB")  # a copy: the bitmap's buffer goes with it
        finally:
            bitmap.close()
    if rects:
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for rect in rects:
            draw.rectangle(rect, fill=FILL, outline=OUTLINE, width=max(1, round(scale)))
        image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


class PageRenderer:
    """PNG pages with an optional highlighted passage, the last `cache_size` renders kept (0: no cache)."""

    def __init__(self, scale: float = 1.5, cache_size: int = 64):
        self.scale = scale
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def render(self, pdf: Path, page: int, quote: str | None = None) -> bytes:
        """Page `page` (1-based) of `pdf` as PNG bytes, with `quote` highlighted when given."""
        pdf = Path(pdf).resolve()
        key = (str(pdf), pdf.stat().st_mtime_ns, page, quote or None, self.scale)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        png = _draw(pdf, page, quote, self.scale)
        if self.cache_size > 0:
            with self._lock:
                self._cache[key] = png
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return png
