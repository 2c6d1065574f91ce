"""Tab *Documenten*: what is indexed, upload (several PDFs at once, with progress; the app keeps answering
meanwhile), and removal with a confirm step."""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from ..service import Service
from ..uploads import Upload

HEADERS = ["titel", "bestand", "regio", "jaar", "pagina's", "passages", "staat", "ingelezen (UTC)"]
WIDTHS = ["27%", "25%", "10%", "6%", "7%", "7%", "8%", "10%"]


def table(service: Service) -> list[list]:
    counts = service.passage_counts()
    return [[r.meta.title, r.meta.file, r.meta.region, r.meta.year or "", r.meta.pages,
             counts.get(r.meta.file, 0), "klaar" if r.state == "ready" else "bezig (nog niet ingebed)",
             r.ingested] for r in service.lib.documents()]


def upload_lines(results) -> str:
    lines = []
    for r in results:
        renamed = f" (opgeslagen als {r.file}: de naam {r.renamed_from} was al in gebruik)" if r.renamed_from else ""
        if r.ok:
            detail = r.reason or f"{r.pages} pagina's, {r.chunks} passages"
            lines.append(f"✓ {r.file} — {r.status}, {detail}{renamed}")
        else:
            lines.append(f"✗ {r.renamed_from or r.file} — niet toegevoegd: {r.reason}")
    return "\n".join(lines)


def documents_tab(service: Service) -> dict:
    listing = gr.Dataframe(table(service), headers=HEADERS, interactive=False, wrap=True,
                           column_widths=WIDTHS, elem_id="doc-table")
    with gr.Row():
        files = gr.File(file_count="multiple", file_types=[".pdf"], type="filepath",
                        label="PDF's toevoegen (meerdere tegelijk)", elem_id="upload-files")
        with gr.Column():
            add = gr.Button("Uploaden en indexeren", variant="primary", elem_id="upload-button")
            outcome = gr.Textbox(label="Resultaat", interactive=False, lines=4, elem_id="upload-result")
    with gr.Row():
        doomed = gr.Dropdown([], label="Document verwijderen", elem_id="remove-choice")
        ask_remove = gr.Button("Verwijderen…", variant="stop", elem_id="remove-button")
    with gr.Row(visible=False) as confirm_row:
        warning = gr.Markdown("")
        yes = gr.Button("Ja, verwijderen", variant="stop", elem_id="remove-confirm")
        no = gr.Button("Annuleren")

    def do_upload(paths: list[str] | None, progress=gr.Progress()):
        if not paths:
            return gr.skip(), "Kies eerst een of meer PDF's.", gr.skip()
        uploads = [Upload(Path(p).name, Path(p).read_bytes()) for p in paths]
        progress(0, desc="inlezen")

        def factory(total: int, desc: str):
            done = [0]

            def tick(n: int) -> None:
                done[0] += n
                progress((done[0], total), desc=f"{desc}: passages inbedden")
            return tick

        results = service.upload(uploads, factory)
        return table(service), upload_lines(results), None

    def confirm(file: str | None):
        if not file:
            return gr.update(visible=False), ""
        return gr.update(visible=True), f"**{file}** uit de index verwijderen? Dit kan niet ongedaan worden."

    def do_remove(file: str | None):
        message = ""
        if file:
            try:
                service.remove(file)
                message = f"verwijderd: {file}"
            except LookupError as exc:
                message = str(exc)
        return table(service), gr.update(visible=False), message

    add.click(do_upload, [files], [listing, outcome, files], concurrency_limit=1, concurrency_id="upload")
    ask_remove.click(confirm, [doomed], [confirm_row, warning])
    yes.click(do_remove, [doomed], [listing, confirm_row, outcome], concurrency_id="upload")
    no.click(lambda: gr.update(visible=False), None, [confirm_row])
    return {"listing": listing, "doomed": doomed}
