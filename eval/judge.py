"""ragas faithfulness, fully offline: our own judge model (the local model, or the OpenAI-compatible endpoint
when one is configured) behind ragas' structured-output interface, with the ragas prompts in Dutch.

A small judge misses exactly the error that matters (it accepted € 25.000 for € 15.000 in a quick test),
so the report labels these figures with the judge's name and shows its verdicts; the deterministic check in
eval/faithfulness.py is the faithfulness figure we trust offline."""
from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence

from ragas.llms.base import InstructorBaseRagasLLM
from ragas.metrics.collections import ContextPrecision, ContextRecall, Faithfulness
from ragas.metrics.collections.context_precision.util import (
    ContextPrecisionInput,
    ContextPrecisionOutput,
    ContextPrecisionPrompt,
)
from ragas.metrics.collections.context_recall.util import (
    ContextRecallClassification,
    ContextRecallInput,
    ContextRecallOutput,
    ContextRecallPrompt,
)
from ragas.metrics.collections.faithfulness.util import (
    NLIStatementInput,
    NLIStatementOutput,
    NLIStatementPrompt,
    StatementFaithfulnessAnswer,
    StatementGeneratorInput,
    StatementGeneratorOutput,
    StatementGeneratorPrompt,
)

from assistant.llm import LLMError, complete

from .questions import Question

RAGAS_ITEMS = 10
"""Answers judged per backend (spread over the set): each takes about five judge calls (statements,
verdicts, recall, precision per cited passage) of ~1,000 tokens: one to two minutes with the local model."""


_RAGAS_METRICS = ("faithfulness", "context_precision", "context_recall")


class ChatJudge(InstructorBaseRagasLLM):
    """Any of our ChatModels as a ragas judge: JSON constrained to the response model's schema."""

    def __init__(self, chat, max_tokens: int = 700) -> None:
        self.chat = chat
        self.max_tokens = max_tokens

    def generate(self, prompt: str, response_model):
        text = complete(self.chat, [{"role": "user", "content": prompt}], max_tokens=self.max_tokens,
                        temperature=0.0, json_schema=response_model.model_json_schema())
        return response_model.model_validate_json(text)

    async def agenerate(self, prompt: str, response_model):
        return self.generate(prompt, response_model)


class DutchStatements(StatementGeneratorPrompt):
    language = "dutch"
    instruction = ("Gegeven een vraag en een antwoord in het Nederlands: splits elke zin van het antwoord in één of "
                   "meer op zichzelf begrijpelijke uitspraken, in het Nederlands. Gebruik geen voornaamwoorden en "
                   "neem bedragen, aantallen, jaren en namen precies over zoals ze in het antwoord staan.")
    examples = [(
        StatementGeneratorInput(
            question="Hoeveel geld is er in 2023 voor het herstelcentrum in Maashorst?",
            answer="In 2023 is er € 80.000 voor het opzetten van een herstelcentrum. Het valt onder thema 4."),
        StatementGeneratorOutput(statements=[
            "Maashorst heeft in 2023 € 80.000 voor het opzetten van een herstelcentrum.",
            "Het herstelcentrum in Maashorst valt onder thema 4."]))]


_BUURTCIRKELS = "Buurtcirkels. Inschatting kosten: 2022: € 35.000 2023: € 25.000. Mogelijke partner: Renkum voor Elkaar."


class DutchVerdicts(NLIStatementPrompt):
    language = "dutch"
    instruction = ("Beoordeel elke uitspraak tegen de context (Nederlandse beleidstekst). Geef verdict 1 als de "
                   "uitspraak rechtstreeks uit de context volgt en 0 als dat niet zo is. Een uitspraak met een "
                   "bedrag, aantal, percentage of jaar dat niet precies zo in de context staat, krijgt altijd 0. "
                   "Schrijf de reden in het Nederlands.")
    examples = [(
        NLIStatementInput(
            context=_BUURTCIRKELS,
            statements=["De buurtcirkels kosten in 2023 € 25.000.", "De buurtcirkels kosten in 2022 € 15.000.",
                        "Renkum voor Elkaar is een mogelijke partner."]),
        NLIStatementOutput(statements=[
            StatementFaithfulnessAnswer(statement="De buurtcirkels kosten in 2023 € 25.000.",
                                        reason="De context noemt voor 2023 € 25.000.", verdict=1),
            StatementFaithfulnessAnswer(statement="De buurtcirkels kosten in 2022 € 15.000.",
                                        reason="De context noemt voor 2022 € 35.000, niet € 15.000.", verdict=0),
            StatementFaithfulnessAnswer(statement="Renkum voor Elkaar is een mogelijke partner.",
                                        reason="Dat staat letterlijk in de context.", verdict=1)]))]


class DutchRecall(ContextRecallPrompt):
    language = "dutch"
    instruction = ("Gegeven een vraag, een context en een referentieantwoord (Nederlands): deel het antwoord op in "
                   "uitspraken en geef per uitspraak attributed 1 als die uit de context te halen is, anders 0. "
                   "Een bedrag of jaar telt alleen als het precies zo in de context staat. Reden in het Nederlands.")
    examples = [(
        ContextRecallInput(question="Wat kosten de buurtcirkels in Renkum?", context=_BUURTCIRKELS,
                           answer="In 2022 € 35.000 en in 2023 € 25.000; er zijn twaalf buurtcirkels."),
        ContextRecallOutput(classifications=[
            ContextRecallClassification(statement="De buurtcirkels kosten in 2022 € 35.000.",
                                        reason="Staat in de context.", attributed=1),
            ContextRecallClassification(statement="De buurtcirkels kosten in 2023 € 25.000.",
                                        reason="Staat in de context.", attributed=1),
            ContextRecallClassification(statement="Er zijn twaalf buurtcirkels.",
                                        reason="De context noemt geen aantal buurtcirkels.", attributed=0)]))]


class DutchPrecision(ContextPrecisionPrompt):
    language = "dutch"
    instruction = ("Gegeven een vraag, een referentieantwoord en een context (Nederlands): was de context nuttig om "
                   "tot het antwoord te komen? verdict 1 als ja, 0 als nee. Reden in het Nederlands.")
    examples = [(
        ContextPrecisionInput(question="Wat kosten de buurtcirkels in Renkum in 2023?", context=_BUURTCIRKELS,
                              answer="€ 25.000."),
        ContextPrecisionOutput(reason="De context noemt de kosten voor 2023: € 25.000.", verdict=1))]


def dutch_faithfulness(chat) -> Faithfulness:
    metric = Faithfulness(llm=ChatJudge(chat))
    metric.statement_generator_prompt = DutchStatements()
    metric.nli_statement_prompt = DutchVerdicts()
    return metric


def dutch_context_metrics(chat) -> tuple[ContextPrecision, ContextRecall]:
    """ragas context precision and recall (they need the reference answer), with Dutch prompts."""
    precision, recall = ContextPrecision(llm=ChatJudge(chat)), ContextRecall(llm=ChatJudge(chat))
    precision.prompt, recall.prompt = DutchPrecision(), DutchRecall()
    return precision, recall


def claims_of(answer: str) -> str:
    """What the judge checks: the answer's own wording (the quotes below it are the sources' words)."""
    wording = answer.split("\n\n")[0] if "\n\n" in answer else answer
    return re.sub(r"\s*\[\d+\]", "", wording).strip()


def judge_item(metric: Faithfulness, question: str, answer: str, contexts: Sequence[str],
               reference: str = "", context_metrics: tuple | None = None) -> dict:
    """ragas faithfulness of one answer, with the judge's statements and verdicts for a person to check;
    with a reference answer and context metrics also context precision and recall of the cited passages."""
    async def run():
        out = {"faithfulness": None, "verdicts": []}
        statements = await metric._create_statements(question, claims_of(answer))
        if statements:
            verdicts = await metric._create_verdicts(statements, "\n".join(contexts))
            out = {"faithfulness": metric._compute_score(verdicts),
                   "verdicts": [v.model_dump() for v in verdicts.statements]}
        if reference and context_metrics:
            precision, recall = context_metrics
            out["context_precision"] = (await precision.ascore(question, reference, list(contexts))).value
            out["context_recall"] = (await recall.ascore(question, list(contexts), reference)).value
        return out
    try:
        return asyncio.run(run())
    except (LLMError, ValueError) as exc:  # a reply cut off at max_tokens is invalid JSON (pydantic: ValueError)
        return {"faithfulness": None, "verdicts": [], "error": f"{type(exc).__name__}: {str(exc)[:200]}"}


def spread(n: int, k: int) -> list[int]:
    """k indices spread evenly over range(n)."""
    return sorted({round(i * (n - 1) / max(1, k - 1)) for i in range(min(n, k))}) if n else []


def judged_items(items: Sequence[dict], k: int) -> list[dict]:
    """The answers the judge reads: those with the model's own wording (quotes alone are the sources' words),
    the worst first (wrong or flagged by our own check, so the report shows the judge's verdicts beside
    them), then a spread of the rest."""
    answered = [i for i in items if not i["refused"] and "\n\n" in i["answer"]]  # with the model's own wording
    worst = [i for i in answered if not i["correct"] or not i["faithful"]][: k // 2]
    rest = [i for i in answered if i not in worst]
    return worst + [rest[j] for j in spread(len(rest), k - len(worst))]


def add_ragas(report: dict, lib, questions: Sequence[Question], items_per_backend: int = RAGAS_ITEMS) -> None:
    """Adds item["ragas"] to a spread of answered items of every model backend, and the ragas means."""
    judge_name = "openai" if lib.settings.llm_url else "local"
    chat = lib.assistant(judge_name).chat
    metric, context_metrics = dutch_faithfulness(chat), dutch_context_metrics(chat)
    report["ragas"] = {"judge": chat.name, "items_per_backend": items_per_backend,
                       "note": "ragas-faithfulness met onze eigen beoordelaar en Nederlandse prompts; met het kleine "
                               "lokale model is dit oordeel zwak (zie README) — de eigen controle op getallen en "
                               "namen (faithfulness_numbers) is het cijfer dat offline telt."}
    texts = {}
    for name, backend in report["backends"].items():
        if name == "extractive":
            continue  # verbatim quotes: faithful by construction (faithfulness_numbers checks it)
        scores: dict[str, list[float]] = {}
        for item in judged_items(backend["items"], items_per_backend):
            key = (item["id"], item["answer"])
            if key not in texts:
                contexts = [c["text"] for c in item["citations"]] or [item["answer"]]
                texts[key] = judge_item(metric, item["question"], item["answer"], contexts,
                                        item.get("reference", ""), context_metrics)
            item["ragas"] = texts[key]
            for metric_name in _RAGAS_METRICS:
                value = texts[key].get(metric_name)
                if value is not None and value == value:  # NaN: the judge found no statements
                    scores.setdefault(metric_name, []).append(value)
        for metric_name in _RAGAS_METRICS:
            values = scores.get(metric_name)
            backend["summary"][f"ragas_{metric_name}"] = round(sum(values) / len(values), 3) if values else None

