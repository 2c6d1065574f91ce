"""The eval suite can fail: broken answerers score low on the metric they break, our faithfulness check
flags what the cited passages do not say, the quick gate trips below its thresholds, `beleid eval` writes
its report, and ragas runs offline with our own judge and Dutch prompts."""
from __future__ import annotations

import json
import subprocess
from dataclasses import replace

import pytest

from assistant.answer import Assistant, Event
from assistant.types import Answer, Citation
from conftest import beleid_cmd, cli_env
from eval.faithfulness import unsupported_claims
from eval.questions import load_questions
from eval.run import answer_backend, gate_failures

SAMPLE = ["maashorst-herstelcentrum-2023", "renkum-totaal-2022", "renkum-aantal-burgerbeloften",
          "cg-regiegroep", "vng-monitoring-pilots", "maashorst-totaal-2022", "en-vng-ips", "refusal-zwolle"]
PASSAGE = "Opzetten herstelcentrum € 0 € 80.000 € 80.000. De gemeente Maashorst werkt samen met GGZ Oost Brabant."


def cite(text: str = PASSAGE) -> Citation:
    return Citation(1, "maashorst.pdf", 21, "Lokale ontwikkelagenda", text, 0, len(text))


def answer(text: str, *citations: Citation) -> Answer:
    return Answer("Hoeveel geld is er in 2023 voor het herstelcentrum in Maashorst?", text, False, "nl", citations)


def test_faithfulness_flags_numbers_names_and_quotes_the_source_does_not_hold():
    assert unsupported_claims(answer("In 2023 is er € 80.000 voor het herstelcentrum [1].", cite())) == []
    assert unsupported_claims(answer("Het herstelcentrum krijgt € 25.000 [1].", cite())) == ["€ 25.000"]
    assert unsupported_claims(answer("Maashorst werkt samen met Pro Persona [1].", cite())) == ["Pro Persona"]
    assert unsupported_claims(answer("Er is € 80.000 voor het herstelcentrum.")) == ["€ 80.000"]  # uncited
    quote = "Volgens de documenten:\n- “Opzetten herstelcentrum € 0 € 80.000” (Lokale ontwikkelagenda, p. 21) [1]"
    assert unsupported_claims(answer(quote, cite())) == []
    assert unsupported_claims(answer(quote.replace("80.000", "90.000"), cite())) == ["“Opzetten herstelcentrum € 0 € 90.000”"]
    assert unsupported_claims(replace(answer("Dat staat niet in de documenten."), refused=True)) == []


class Broken:
    """An honest assistant's answers, broken one way: every citation points at page 1, or an invented amount
    is added to every answer."""

    def __init__(self, honest: Assistant, how: str):
        self.honest, self.how, self.chat = honest, how, None

    def stream(self, question, history=()):
        a = self.honest.ask(question, history)
        if a.refused:
            yield Event("answer", answer=a)
        elif self.how == "page-1":
            yield Event("answer", answer=replace(a, citations=tuple(replace(c, page=1) for c in a.citations)))
        else:
            yield Event("answer", answer=replace(a, answer=f"Het budget is € 987.654 [1].\n\n{a.answer}"))


@pytest.mark.slow
def test_deliberately_broken_answerers_score_low(corpus_library):
    questions = [q for q in load_questions() if q.id in SAMPLE]
    pages = {r.meta.file: r.meta.pages for r in corpus_library.documents()}
    honest = Assistant(corpus_library, None)
    good = answer_backend(honest, questions, pages)[0]["summary"]
    page1 = answer_backend(Broken(honest, "page-1"), questions, pages)[0]["summary"]
    invent = answer_backend(Broken(honest, "invent"), questions, pages)[0]["summary"]
    assert good["citation_accuracy"] >= 0.8 and good["faithfulness_numbers"] == 1.0
    assert page1["citation_accuracy"] <= 0.3 < good["citation_accuracy"]
    assert invent["faithfulness_numbers"] == 0.0
    assert good["refusal_accuracy"] == 1.0


def test_quick_gate_trips_below_its_thresholds():
    summary = {"answer_accuracy": 0.9, "citation_accuracy": 0.9, "refusal_accuracy": 1.0, "false_refusal_rate": 0.0,
               "bad_citations": 0, "faithfulness_numbers": 1.0}
    report = {"backends": {"extractive": {"summary": summary}}}
    assert gate_failures(report) == []
    report["backends"]["extractive"]["summary"] = {**summary, "citation_accuracy": 0.5, "bad_citations": 2}
    failures = gate_failures(report)
    assert len(failures) == 2 and any("citation_accuracy" in f for f in failures)


@pytest.mark.slow
def test_beleid_eval_quick_writes_json_and_html_report(tmp_path, corpus_library):
    out = tmp_path / "rapport"
    r = subprocess.run([*beleid_cmd(), "eval", "--quick", "--llm", "extractive", "--out", str(out)],
                       env=cli_env(corpus_library.settings.home), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["n"] == 27 and set(report["retrieval"]) == {"bm25", "dense", "hybrid"}
    assert set(report["sets"]) == {"questions", "unseen-corpus", "unseen-d"}  # the gate guards unseen questions too
    assert report["backends"]["extractive"]["summary"]["bad_citations"] == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 3 and "http" not in html
    assert "extractive" in r.stdout and "report.html" in r.stdout


@pytest.mark.slow
def test_ragas_faithfulness_runs_offline_with_our_judge_in_dutch(local_model):
    from eval.judge import dutch_context_metrics, dutch_faithfulness, judge_item

    metric = dutch_faithfulness(local_model)
    result = judge_item(metric, "Hoeveel geld is er in 2023 voor het herstelcentrum in Maashorst?",
                        "In 2023 is er € 80.000 voor het opzetten van een herstelcentrum in Maashorst [1].", [PASSAGE])
    assert result["verdicts"] and all(v["verdict"] in (0, 1) for v in result["verdicts"])
    assert 0.0 <= result["faithfulness"] <= 1.0
    assert "Beoordeel elke uitspraak" in metric.nli_statement_prompt.instruction
    precision, recall = dutch_context_metrics(local_model)
    both = judge_item(metric, "Wat kost het herstelcentrum in 2023?", "€ 80.000 [1].", [PASSAGE],
                      "In 2023 is er € 80.000 voor het opzetten van een herstelcentrum.", (precision, recall))
    assert 0.0 <= both["context_precision"] <= 1.0 and 0.0 <= both["context_recall"] <= 1.0


def test_the_judge_reads_the_worst_answers_first():
    from eval.judge import judged_items

    items = [{"id": str(n), "refused": n == 3, "correct": n not in (5, 7), "faithful": n != 8,
              "answer": "Woorden [1].\n\nVolgens de documenten: …" if n != 9 else "Volgens de documenten: …"}
             for n in range(20)]
    picked = [i["id"] for i in judged_items(items, 6)]
    assert picked[:3] == ["5", "7", "8"] and len(picked) == 6 and not {"3", "9"} & set(picked)


def test_faithfulness_reads_a_row_in_thousands_and_titles_with_brackets():
    """A quote line's euro note is supported only by the quoted row's own cells in thousands; a document
    title with brackets ("(fictief)") still makes the line a quote."""
    from assistant.types import Answer, Citation
    from eval.faithfulness import unsupported_claims

    cited = Citation(1, "x.pdf", 7, "Plan (fictief)", "Herstelhuis De Brug\n120\n130\n250", 0, 30, ("Tabel",))

    def answer(note: str) -> Answer:
        text = f"Volgens de documenten:\n- “Herstelhuis De Brug 120 130 250” (in euro: {note}) (Plan (fictief), p. 7) [1]"
        return Answer("q", text, False, "nl", (cited,), "extractive", {})

    assert unsupported_claims(answer("2026: € 120.000; 2027: € 130.000; 2026-2027: € 250.000")) == []
    assert unsupported_claims(answer("2026: € 140.000")) == ["€ 140.000"]
