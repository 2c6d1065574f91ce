"""The page viewer beside chat and search: the cited PDF page as an image with the passage boxed, its
document, page and a link that opens the original PDF at that page."""
from __future__ import annotations

import io
from urllib.parse import quote

import gradio as gr
from PIL import Image

from ..service import Service

EMPTY = "*Klik op een bron om de pagina te zien.*"


def escape_md(text: str) -> str:
    """Markdown-inert text: a document's own `*`, `[`, `<` … are shown, never interpreted."""
    return "".join(f"\\{ch}" if ch in "\\`*_{}[]()<>#+-.!|~" else ch for ch in text)


def viewer(tab: str) -> tuple[gr.Image, gr.Markdown]:
    """The viewer's components; `tab` keeps their element ids apart (#chat-page-image, #search-page-image)."""
    image = gr.Image(label="Pagina", type="pil", interactive=False, height=720, buttons=["fullscreen"],
                     elem_id=f"{tab}-page-image")
    caption = gr.Markdown(EMPTY, elem_id=f"{tab}-page-caption")
    return image, caption


def show_pick(service: Service, i: int | None, sources: list[dict]):
    """The viewer for the `i`-th of the sources a chip or result list offers; empty when none is picked (a
    new answer or result list resets the pick: the viewer never shows a page of an earlier one)."""
    if i is None or not 0 <= i < len(sources):
        return None, EMPTY
    return show(service, sources[i])


def show(service: Service, source: dict | None) -> tuple[Image.Image | None, str]:
    """`source`: a citation or hit as JSON (file, page, title, start, end, section)."""
    if not source:
        return None, EMPTY
    file, page = source["file"], int(source["page"])
    try:
        png = service.page_png(file, page, (int(source["start"]), int(source["end"])))
    except Exception as exc:  # a removed document, a page past the end: say so in the viewer
        return None, f"**Pagina niet te tonen:** {escape_md(str(exc))}"
    section = " › ".join(source.get("section") or ())
    link = f"/api/documents/{quote(file)}/pdf#page={page}"
    caption = (f"**{escape_md(source.get('title') or file)}**  \n{escape_md(file)} — pagina {page}"
               + (f"  \n{escape_md(section)}" if section else "")
               + f"  \n[Open de PDF op pagina {page}]({link})")
    return Image.open(io.BytesIO(png)), caption
