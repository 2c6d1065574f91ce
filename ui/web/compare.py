"""Tab *Vergelijken*: a topic side by side over documents, one column per document and one row per aspect,
each cell a cited statement or "niet genoemd". A citation, in a cell or in the list below the table, opens
the cited page in the viewer; the table downloads as CSV or Markdown."""
from __future__ import annotations

import html
import re

import gradio as gr

from assistant.compare import DEFAULT_ASPECTS

from ..service import Service, UnknownDocument
from .budget import export
from .viewer import show_pick, viewer

WAIT_SECONDS = 600
REF = re.compile(r"\[(\d+)\]")
CLICK_REF = """element.addEventListener('click', (e) => {
  const ref = e.target.closest('.cmp-ref');
  if (ref) trigger('click', {n: Number(ref.dataset.n)});
});"""


def _cell(cell) -> str:
    if not cell.mentioned:
        return f'<td class="cmp-none">{html.escape(cell.text)}</td>'
    cited = set(cell.citations)

    def ref(m: re.Match) -> str:
        n = int(m.group(1))
        if n not in cited:
            return m.group(0)
        return f'<button type="button" class="cmp-ref" data-n="{n}" title="Toon bron {n}">[{n}]</button>'

    return f"<td>{REF.sub(ref, html.escape(cell.text))}</td>"


def table_html(cmp) -> str:
    """The comparison as an HTML table; every text from a document is escaped."""
    head = "".join(f'<th scope="col">{html.escape(cmp.titles.get(f, f))}<div class="cmp-file">{html.escape(f)}'
                   f'</div></th>' for f in cmp.files)
    rows = "".join(f'<tr><th scope="row">{html.escape(a)}</th>'
                   + "".join(_cell(cmp.cells[(a, f)]) for f in cmp.files) + "</tr>" for a in cmp.aspects)
    return (f'<p class="cmp-topic">Onderwerp: <b>{html.escape(cmp.topic)}</b> — klik op een [n] om de bron '
            f'te zien</p><div class="cmp-wrap"><table class="cmp-table"><thead><tr><th>aspect</th>{head}</tr>'
            f'</thead><tbody>{rows}</tbody></table></div>')


def _message(text: str) -> str:
    return f'<p class="cmp-message">{html.escape(text)}</p>'


def compare_tab(service: Service) -> dict:
    sources = gr.State([])
    with gr.Row():
        with gr.Column(scale=3):
            with gr.Row():
                docs = gr.Dropdown([], multiselect=True, label="Documenten (leeg = alle)", elem_id="compare-docs",
                                   scale=3)
                topic = gr.Textbox(label="Onderwerp", placeholder="Bijv. uitstroom naar zelfstandig wonen",
                                   max_length=500, elem_id="compare-topic", scale=3)
            with gr.Row():
                aspects = gr.CheckboxGroup(list(DEFAULT_ASPECTS), value=list(DEFAULT_ASPECTS), label="Aspecten",
                                           elem_id="compare-aspects", scale=3)
                run_button = gr.Button("Vergelijk", variant="primary", elem_id="compare-button", scale=1)
            result = gr.HTML("", elem_id="compare-result", js_on_load=CLICK_REF)
            chips = gr.Radio([], label="Bronnen", elem_id="compare-sources", interactive=True)
            with gr.Row():
                csv_button = gr.DownloadButton("Download CSV", visible=False, elem_id="compare-csv")
                md_button = gr.DownloadButton("Download Markdown", visible=False, elem_id="compare-md")
        with gr.Column(scale=2):
            image, caption = viewer("compare")

    def run(q: str, files: list[str] | None, chosen: list[str] | None):
        hidden = gr.update(value=None, visible=False)
        empty = (gr.update(choices=[], value=None), [], hidden, hidden)
        q = (q or "").strip()
        if not q:
            return _message("Geef eerst een onderwerp op, bijvoorbeeld ‘uitstroom naar zelfstandig wonen’."), *empty
        if not chosen:
            return _message("Kies minstens één aspect."), *empty
        if not service.wait_ready(WAIT_SECONDS):
            return _message(f"De server is niet klaar: {service.status}"), *empty
        try:
            cmp = service.compare(q, list(files or ()), list(chosen), None)
        except UnknownDocument as exc:
            return _message(str(exc)), *empty
        if not cmp.files:
            return _message("Er zijn geen documenten om te vergelijken."), *empty
        cited = cmp.to_json()["citations"]
        choices = [(f"[{c['n']}] {c['title'][:48]} — p. {c['page']}", i) for i, c in enumerate(cited)]
        return (table_html(cmp), gr.update(choices=choices, value=None), cited,
                gr.update(value=export(cmp.to_csv(), "vergelijking.csv"), visible=True),
                gr.update(value=export(cmp.to_markdown(), "vergelijking.md"), visible=True))

    def click_ref(cited: list[dict], evt: gr.EventData):
        n = getattr(evt, "n", None)
        i = next((i for i, c in enumerate(cited) if c["n"] == n), None)
        return gr.skip() if i is None else gr.update(value=i)

    outputs = [result, chips, sources, csv_button, md_button]
    gr.on([run_button.click, topic.submit], run, [topic, docs, aspects], outputs, concurrency_limit=4,
          concurrency_id="ask")
    result.click(click_ref, [sources], [chips])
    chips.change(lambda i, cited: show_pick(service, i, cited), [chips, sources], [image, caption])
    return {"docs": docs}
