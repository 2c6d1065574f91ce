"""Tab *Zoeken*: hybrid search with filters; each result shows document, page, section, a snippet with the
query words marked and its score per leg, and opens the same page viewer."""
from __future__ import annotations

import html
import re

import gradio as gr

from index.search import SearchFilter

from ..service import Service
from .viewer import show_pick, viewer

MODES = [("Hybride (BM25 + betekenis)", "hybrid"), ("Alleen woorden (BM25)", "bm25"), ("Alleen betekenis", "dense")]


def marked(text: str, query: str, limit: int = 600) -> str:
    """The passage as escaped HTML with the query's words (3+ letters) in <mark>."""
    snippet = " ".join(text.split())
    snippet = snippet[:limit] + ("…" if len(snippet) > limit else "")
    words = sorted({w for w in re.findall(r"\w{3,}", query.casefold())}, key=len, reverse=True)
    escaped = html.escape(snippet)
    if not words:
        return escaped
    pattern = re.compile("|".join(re.escape(html.escape(w)) for w in words), re.IGNORECASE)
    return pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)


def _scores(hit) -> str:
    parts = [f"score {hit.score:.3f}"]
    if hit.bm25 is not None:
        parts.append(f"BM25 {hit.bm25:.2f} (#{hit.bm25_rank})")
    if hit.dense is not None:
        parts.append(f"betekenis {hit.dense:.3f} (#{hit.dense_rank})")
    return " · ".join(parts)


def results_html(hits, query: str) -> str:
    if not hits:
        return '<p class="no-results">Geen passages gevonden.</p>'
    rows = []
    for i, h in enumerate(hits, 1):
        c = h.chunk
        section = " › ".join(c.section)
        rows.append(
            f'<div class="hit"><div class="hit-head"><b>{i}. {html.escape(c.title)}</b> — '
            f'{html.escape(c.file)}, p. {c.page}{" (tabel)" if c.kind == "table" else ""}</div>'
            + (f'<div class="hit-section">{html.escape(section)}</div>' if section else "")
            + f'<div class="hit-text">{marked(c.text, query)}</div>'
            f'<div class="hit-scores">{_scores(h)}</div></div>')
    return "\n".join(rows)


def search_tab(service: Service) -> dict:
    found = gr.State([])
    with gr.Row():
        with gr.Column(scale=3):
            with gr.Row():
                query = gr.Textbox(placeholder="Zoek in de documenten…", show_label=False, scale=5,
                                   elem_id="search-query", submit_btn="Zoek")
            with gr.Row():
                docs = gr.Dropdown([], multiselect=True, label="Documenten (leeg = alle)", elem_id="search-docs")
                year = gr.Dropdown([], label="Jaar", elem_id="search-year")
                region = gr.Dropdown([], label="Regio/gemeente", elem_id="search-region")
            with gr.Row():
                mode = gr.Radio(MODES, value="hybrid", label="Zoekwijze")
                k = gr.Slider(1, 30, value=8, step=1, label="Aantal resultaten")
            picks = gr.Radio([], label="Toon op de pagina", elem_id="search-picks")
            results = gr.HTML("", elem_id="search-results")
        with gr.Column(scale=2):
            image, caption = viewer("search")

    def run(q: str, files: list[str] | None, y, r, m: str, n: int):
        q = (q or "").strip()
        if not q:
            return "", gr.update(choices=[], value=None), []
        if m != "bm25" and not service.wait_ready(600):
            return f"<p>Nog niet klaar: {html.escape(service.status)}</p>", gr.skip(), gr.skip()
        filt = SearchFilter(tuple(files or ()), int(y) if y else None, r or None)
        hits = service.lib.search(q, int(n), filt, m)
        cited = [h.to_json(i) for i, h in enumerate(hits, 1)]
        choices = [(f"{i}. {h.chunk.file[:40]} p. {h.chunk.page}", i - 1) for i, h in enumerate(hits, 1)]
        return results_html(hits, q), gr.update(choices=choices, value=None), cited

    query.submit(run, [query, docs, year, region, mode, k], [results, picks, found], concurrency_limit=8,
                 concurrency_id="search")
    picks.change(lambda i, cited: show_pick(service, i, cited), [picks, found], [image, caption])
    return {"docs": docs, "year": year, "region": region}
