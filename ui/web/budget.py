"""Tab *Budgetten*: the amounts the documents state, filtered by document, year and kind, with the sums of
the commitments per document and year, a bar chart of those sums and a CSV export. A row opens its page in
the viewer with the row (or, for an amended amount, the amending sentence) boxed."""
from __future__ import annotations

import re
import shutil
import tempfile
import time
from pathlib import Path

import gradio as gr
import pandas as pd
from gradio.utils import get_upload_folder

from ingest.budget import amount_text, euro, notes, sums, to_csv
from ingest.model import COMMITMENT, CONTEXT, TOTAL

from ..service import Service, UnknownDocument
from .viewer import escape_md, show, viewer

ALL = "alle"
DEFAULT = "standaard"
KINDS = [("afspraak + totaal (standaard)", DEFAULT), ("afspraak", COMMITMENT), ("totaal", TOTAL),
         ("context", CONTEXT), ("alle", ALL)]
KIND_NL = {COMMITMENT: "afspraak", TOTAL: "totaal", CONTEXT: "context"}
HEADERS = ["document", "p.", "post", "jaar", "bedrag", "soort", "controle / status"]
WIDTHS = ["18%", "5%", "23%", "12%", "12%", "11%", "19%"]
SUM_HEADERS = ["document", "jaar", "som afspraken", "posten"]
EXPORT_MAX_AGE = 3600  # seconds an export file is kept (Gradio serves its own copy of it)


def export(text: str, name: str) -> str:
    """`text` as a file `name` in a fresh folder under Gradio's temp dir (GRADIO_TEMP_DIR); exports older
    than an hour are removed on the way."""
    root = Path(get_upload_folder()) / "exports"
    root.mkdir(parents=True, exist_ok=True)
    for old in root.iterdir():
        try:
            if time.time() - old.stat().st_mtime > EXPORT_MAX_AGE:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:  # removed by a concurrent export meanwhile
            pass
    path = Path(tempfile.mkdtemp(dir=root)) / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def years(service: Service) -> list[str]:
    """The single years the lines state (a period such as 2022-2023 is not a year to filter on)."""
    return sorted({l.year for l in service.budget() if re.fullmatch(r"\d{4}", l.year)})


def choices(service: Service) -> tuple[dict, dict]:
    files = [r.meta.file for r in service.lib.documents()]
    return gr.update(choices=[ALL] + files), gr.update(choices=[ALL] + years(service))


def _short(titles: dict[str, str], regions: dict[str, str]) -> dict[str, str]:
    """A document's name on the chart: its region, or its file name when two documents share one."""
    taken = list(regions.values())
    return {f: regions[f] if regions[f] and taken.count(regions[f]) == 1 else f for f in titles}


def _cut(title: str, limit: int = 32) -> str:
    return title if len(title) <= limit else title[:limit - 1].rstrip() + "…"


def budget_tab(service: Service) -> dict:
    shown = gr.State([])
    files = [r.meta.file for r in service.lib.documents()]
    with gr.Row():
        with gr.Column(scale=3):
            with gr.Row():
                doc = gr.Dropdown([ALL] + files, value=ALL, label="Document", elem_id="budget-docs", scale=3)
                year = gr.Dropdown([ALL], value=ALL, label="Jaar", elem_id="budget-year", scale=1)
                kind = gr.Dropdown(KINDS, value=DEFAULT, label="Soort", elem_id="budget-kind", scale=2)
            note = gr.Markdown("", elem_id="budget-note")
            table = gr.Dataframe([], headers=HEADERS, interactive=False, wrap=True, column_widths=WIDTHS,
                                 elem_id="budget-table", max_height=520, show_search="search",
                                 label="Bedragen — klik een regel om de pagina te zien")
            gr.Markdown("**Som van de afspraken per document en jaar** (totaalregels, contextbedragen en "
                        "herhalingen van een tabelcel tellen niet mee)")
            totals = gr.Dataframe([], headers=SUM_HEADERS, interactive=False, wrap=True, elem_id="budget-sums",
                                  column_widths=["55%", "15%", "20%", "10%"])
            chart = gr.BarPlot(None, x="staaf", y="bedrag", x_title="document en jaar", y_title="afspraken (€)",
                               y_lim=[0, None], y_axis_format="~s", x_label_angle=-30, height=320,
                               label="Afspraken per document en jaar", elem_id="budget-chart")
            download = gr.DownloadButton("Download CSV (begroting.csv)", elem_id="budget-csv")
        with gr.Column(scale=2):
            image, caption = viewer("budget")

    def run(file: str | None, year_: str | None, kind_: str | None):
        records = {r.meta.file: r.meta for r in service.lib.documents()}
        titles = {f: _cut(m.title or f) for f, m in records.items()}
        files = [] if file in (None, "", ALL) else [file]
        try:
            lines = service.budget(files, None if year_ in (None, "", ALL) else year_,
                                   kind_ if kind_ in KIND_NL else None)
        except UnknownDocument as exc:
            return [], [], None, None, [], f"**{escape_md(str(exc))}**"
        hidden = ""
        if kind_ in (None, DEFAULT):
            lines = [l for l in lines if l.kind != CONTEXT]
            hidden = " (contextbedragen verborgen: kies ‘context’ of ‘alle’ om ze te zien)"
        rows = [[titles.get(l.file, l.file), l.page, l.item, l.year, amount_text(l), KIND_NL.get(l.kind, l.kind),
                 notes(l)] for l in lines]
        summed = sums(lines)
        short = _short(titles, {f: m.region for f, m in records.items()})
        bars = pd.DataFrame([{"staaf": f"{short.get(f, f)} {y or 'zonder jaar'}", "bedrag": float(v)}
                             for f, y, v, _ in summed], columns=["staaf", "bedrag"])
        sum_rows = [[titles.get(f, f), y or "zonder jaar", euro(v), n] for f, y, v, n in summed]
        message = f"{len(lines)} bedragen{hidden}" if lines else f"Geen bedragen voor deze keuze{hidden}."
        return rows, sum_rows, bars, export(to_csv(lines), "begroting.csv"), lines, message

    def pick(lines: list, evt: gr.SelectData):
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not isinstance(row, int) or not 0 <= row < len(lines):
            return gr.skip(), gr.skip()
        l = lines[row]
        title = next((r.meta.title for r in service.lib.documents() if r.meta.file == l.file), "") or l.file
        picture, text = show(service, {"file": l.file, "page": l.page, "title": title, "start": l.start,
                                       "end": l.end, "section": [l.group] if l.group else []})
        text += f"  \n**{escape_md(l.item)}**: {escape_md(amount_text(l))}" + (f" ({escape_md(l.year)})" if l.year else "")
        if l.status:
            text += (f"  \nGewijzigd; het oude bedrag {escape_md(euro(l.old_amount))} staat op pagina {l.old_page}"
                     + (f": “{escape_md(' '.join(l.old_quote.split()))}”" if l.old_quote else ""))
        return picture, text

    inputs, outputs = [doc, year, kind], [table, totals, chart, download, shown, note]
    gr.on([doc.change, year.change, kind.change], run, inputs, outputs)
    table.select(pick, [shown], [image, caption])
    return {"docs": doc, "year": year, "refresh": (run, inputs, outputs)}
