"""Tab *Vraag het*: the chat. The answer streams in the order the assistant produces it (cited quotes at
once, then the checked wording); sources appear as chips under it and open the page viewer."""
from __future__ import annotations

import html

import gradio as gr

from ..service import Service
from .viewer import show_pick, viewer

WAIT_SECONDS = 600


def _examples(service: Service) -> list[str]:
    """Starter questions over whatever is indexed: about the first documents' own titles."""
    titles = [d.meta.title for d in service.lib.documents() if d.meta.title][:2]
    questions = [f"Wat zijn de belangrijkste doelen van “{t}”?" for t in titles]
    return questions + ["Welke afspraken zijn er gemaakt over de financiering?",
                        "Which measures are planned, and when?"]


def _chips(answer: dict) -> tuple[list[tuple[str, int]], list[dict]]:
    sources = answer["see_also"] if answer["refused"] else answer["citations"]
    choices = [(f"[{c['n']}] {c['title'][:48]} — p. {c['page']}", i) for i, c in enumerate(sources)]
    return choices, sources


def _badge(answer: dict | None, turn: int) -> str:
    """The answer's status line; `turn` (the message's index) lets a reader tell answers apart."""
    if answer is None:
        return ""
    nl = answer["language"] == "nl"
    if answer["refused"]:
        text = ("Dat staat niet in de documenten. Hieronder de passages die er het dichtst bij komen."
                if nl else "The documents do not say this. Below are the closest passages.")
        return f'<div class="badge refused" role="status" data-turn="{turn}">⚠ {html.escape(text)}</div>'
    n = len(answer["citations"])
    text = (f"Antwoord uit de documenten, {n} bron{'nen' if n != 1 else ''} — klik een bron om de pagina te zien"
            if nl else f"Answer from the documents, {n} source{'s' if n != 1 else ''} — click a source to see the page")
    return f'<div class="badge answered" role="status" data-turn="{turn}">✓ {html.escape(text)}</div>'


def chat_tab(service: Service) -> dict:
    answers = gr.State({})  # chatbot message index → the answer JSON shown there
    sources = gr.State([])
    turns = gr.State([])  # the conversation as the assistant reads it (raw text, not the escaped display)
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(label="Gesprek", height=520, render_markdown=False, sanitize_html=True,
                                 elem_id="chat", placeholder="Stel een vraag over de beleidsdocumenten.",
                                 feedback_options=None, group_consecutive_messages=False)
            badge = gr.HTML("", elem_id="answer-badge")
            chips = gr.Radio([], label="Bronnen", elem_id="source-chips", interactive=True)
            with gr.Row():
                box = gr.Textbox(placeholder="Bijv. Hoeveel geld is er voor …?", show_label=False, scale=5,
                                 elem_id="question", submit_btn="Vraag", autofocus=True)
            with gr.Row():
                docs = gr.Dropdown([], multiselect=True, label="Alleen in deze documenten (leeg = alle)",
                                   elem_id="chat-docs", scale=4)
                clear = gr.Button("Nieuw gesprek", scale=1)
            gr.Examples(_examples(service), inputs=box, label="Voorbeeldvragen")
        with gr.Column(scale=2):
            image, caption = viewer("chat")

    def respond(question: str, messages: list, shown: dict, history: list, files: list[str] | None):
        skip = (gr.skip(),) * 5
        question = (question or "").strip()
        if not question:
            yield gr.skip(), gr.skip(), *skip
            return
        messages = messages + [{"role": "user", "content": as_text(question)},
                               {"role": "assistant", "content": "…"}]
        if not service.ready:
            messages[-1]["content"] = as_text(f"Even geduld: {service.status}…")
            yield messages, "", *skip
            if not service.wait_ready(WAIT_SECONDS):
                messages[-1]["content"] = as_text(f"De server is niet klaar: {service.status}")
                yield messages, "", *skip
                return
        assistant = service.assistant()
        yield messages, "", "", gr.update(choices=[], value=None), shown, [], gr.skip()
        evidence = ""
        for event in assistant.stream(question, history, tuple(files or ())):
            if event.kind == "evidence":
                evidence = event.text
                messages[-1]["content"] = as_text(evidence)
            elif event.kind == "text":
                messages[-1]["content"] = as_text(f"{event.text}\n\n{evidence}")
            else:
                answer = event.answer.to_json()
                messages[-1]["content"] = as_text(_answer_text(answer))
                shown = {**shown, len(messages) - 1: answer}
                choices, cited = _chips(answer)
                history = history + [{"role": "user", "content": question},
                                     {"role": "assistant", "content": answer["answer"]}]
                yield (messages, "", _badge(answer, len(messages) - 1), gr.update(choices=choices, value=None),
                       shown, cited, history)
                return
            yield messages, "", *skip

    def pick_answer(shown: dict, evt: gr.SelectData):
        turn = evt.index if isinstance(evt.index, int) else evt.index[0]
        answer = shown.get(turn)
        if answer is None:
            return gr.skip(), gr.skip(), gr.skip()
        choices, cited = _chips(answer)
        return _badge(answer, turn), gr.update(choices=choices, value=None), cited

    outputs = [chatbot, box, badge, chips, answers, sources, turns]
    box.submit(respond, [box, chatbot, answers, turns, docs], outputs, concurrency_limit=4,
               concurrency_id="ask")
    chatbot.select(pick_answer, [answers], [badge, chips, sources])
    chips.change(lambda i, cited: show_pick(service, i, cited), [chips, sources], [image, caption])
    clear.click(lambda: ([], {}, "", gr.update(choices=[], value=None), [], None, []),
                None, [chatbot, answers, badge, chips, sources, image, turns])
    return {"docs": docs}


def as_text(text: str) -> str:
    """Chat text for display: the Chatbot renders HTML even without markdown, so a document's `<script>`
    or `<b>` is escaped here and shows literally (markdown is off, so `[link](…)` stays text too)."""
    return html.escape(text, quote=False)


def _answer_text(answer: dict) -> str:
    """The message text: a refusal (which names its closest passages itself) marked as one."""
    return f"⚠ {answer['answer']}" if answer["refused"] else answer["answer"]
