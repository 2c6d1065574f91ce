"""The web app: a readiness line, then one tab per job. Each tab is a module with a function over the
Service."""
from __future__ import annotations

import gradio as gr

from ..service import Service
from .budget import budget_tab
from .budget import choices as budget_choices
from .chat import chat_tab
from .compare import compare_tab
from .documents import documents_tab, table
from .search import search_tab

THEME = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
CSS = """
.badge {padding: .5rem .8rem; border-radius: .5rem; font-weight: 600}
.badge.refused {background: #fff4e5; border: 2px solid #e67e22; color: #8a4b00}
.badge.answered {background: #eaf7ee; border: 1px solid #2e8b57; color: #1d5e3a}
.hit {border-bottom: 1px solid #ddd; padding: .5rem 0}
.hit-section {color: #666; font-size: .9em}
.hit-scores {color: #888; font-size: .8em}
.hit-text mark {background: #ffe58a}
#status-line p {margin: 0}
#budget-table *, #budget-sums * {font-family: var(--font)}
.cmp-wrap {overflow-x: auto}
.cmp-table {border-collapse: collapse; width: 100%; font-size: .92em}
.cmp-table th, .cmp-table td {border: 1px solid #ddd; padding: .4rem .5rem; vertical-align: top; text-align: left}
.cmp-table thead th {background: #f4f4f5}
.cmp-table tbody th {background: #fafafa; white-space: nowrap}
.cmp-file {color: #777; font-size: .8em; font-weight: normal}
.cmp-none {color: #888; font-style: italic; background: #f7f7f7}
.cmp-ref {border: none; background: none; padding: 0 .1rem; color: #1d4ed8; cursor: pointer; font: inherit}
.cmp-ref:hover {text-decoration: underline}
"""


def _status(service: Service) -> str:
    if service.ready:
        docs = service.lib.documents()
        return f"**beleid** — {len(docs)} documenten geïndexeerd · klaar"
    return f"**beleid** — bezig met laden: {service.status}…"


def build_app(service: Service) -> gr.Blocks:
    with gr.Blocks(title="beleid — vragen en zoeken in beleidsdocumenten", analytics_enabled=False,
                   delete_cache=(3600, 3600)) as app:  # Gradio's copies of uploads: gone after an hour
        status = gr.Markdown(_status(service), elem_id="status-line")
        timer = gr.Timer(1.0, active=not service.ready)
        with gr.Tabs():
            with gr.Tab("Vraag het", id="chat"):
                chat = chat_tab(service)
            with gr.Tab("Zoeken", id="search"):
                search = search_tab(service)
            with gr.Tab("Vergelijken", id="compare"):
                compare = compare_tab(service)
            with gr.Tab("Budgetten", id="budget") as money_tab:
                budget = budget_tab(service)
            with gr.Tab("Documenten", id="documents") as docs_tab:
                documents = documents_tab(service)

        def tick():
            return _status(service), gr.Timer(active=not service.ready)

        def choices():
            """The filters' choices from what is indexed now (after an upload or removal too)."""
            records = service.lib.documents()
            files = [r.meta.file for r in records]
            years = sorted({r.meta.year for r in records if r.meta.year})
            regions = sorted({r.meta.region for r in records if r.meta.region})
            pick = gr.update(choices=files)
            return (pick, pick, gr.update(choices=[""] + [str(y) for y in years]),
                    gr.update(choices=[""] + regions), pick, pick, *budget_choices(service),
                    _status(service))

        lists = [chat["docs"], search["docs"], search["year"], search["region"], documents["doomed"],
                 compare["docs"], budget["docs"], budget["year"], status]
        timer.tick(tick, None, [status, timer])
        app.load(lambda: (*choices(), table(service)), None, lists + [documents["listing"]])
        app.load(*budget["refresh"])
        money_tab.select(*budget["refresh"])
        docs_tab.select(lambda: (*choices(), table(service)), None, lists + [documents["listing"]])
        documents["listing"].change(choices, None, lists)
    return app
