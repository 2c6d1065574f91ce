"""Side-by-side comparison (assistant/compare.py) on the real corpus: per-document cells with citations
that exist, "niet genoemd" where a document says nothing, stable JSON; `beleid compare`, /api/compare; and
`beleid ask "Vergelijk …"` citing every compared document."""
from __future__ import annotations

import json
import subprocess

import pytest
from conftest import AMERSFOORT, MAASHORST, RENKUM, VNG, beleid_cmd, cli_env

from assistant.compare import DEFAULT_ASPECTS, NOT_MENTIONED, Comparer
from ingest.numbers import verify_numbers

TOPIC = "uitstroom naar zelfstandig wonen"


@pytest.fixture(scope="module")
def extractive(corpus_library):
    return Comparer(corpus_library)


def _check_citations(lib, cmp) -> None:
    by_n = {c.n: c for c in cmp.citations}
    for (aspect, file), cell in cmp.cells.items():
        for n in cell.citations:
            c = by_n[n]
            assert c.file == file, f"{aspect}: a cell cites another document"
            page = lib.index.catalog.page_text(c.file, c.page)
            assert page[c.start : c.end] == c.text  # the cited passage is exactly on that page
            assert f"[{n}]" in cell.text
            assert not verify_numbers(cell.text, [c.text for c in (by_n[m] for m in cell.citations)]), cell.text


def test_two_real_documents_get_cited_cells_from_both(corpus_library, extractive):
    cmp = extractive.compare(TOPIC, [RENKUM, MAASHORST])
    assert cmp.files == [RENKUM, MAASHORST] and cmp.aspects == list(DEFAULT_ASPECTS)
    for file in cmp.files:
        assert any(cmp.cells[(a, file)].mentioned for a in cmp.aspects), file
    _check_citations(corpus_library, cmp)


def test_a_document_without_the_topic_says_niet_genoemd(corpus_library, extractive):
    cmp = extractive.compare("budget voor het herstelcentrum", [MAASHORST, VNG], ["budget"])
    assert cmp.cells[("budget", MAASHORST)].mentioned and "80.000" in cmp.cells[("budget", MAASHORST)].text
    assert cmp.cells[("budget", VNG)].text == NOT_MENTIONED["nl"] and not cmp.cells[("budget", VNG)].citations
    nothing = extractive.compare("kernenergie en windmolens op zee", [RENKUM, AMERSFOORT])
    assert all(c.text == NOT_MENTIONED["nl"] for c in nothing.cells.values())
    _check_citations(corpus_library, cmp)


def test_json_form_is_stable(extractive):
    data = extractive.compare(TOPIC, [RENKUM, MAASHORST], ["doel", "planning"]).to_json()
    assert set(data) == {"topic", "llm", "timings_ms", "aspects", "documents", "rows", "citations"}
    assert [d["file"] for d in data["documents"]] == [RENKUM, MAASHORST]
    assert [r["aspect"] for r in data["rows"]] == ["doel", "planning"]
    for row in data["rows"]:
        assert [c["file"] for c in row["cells"]] == [RENKUM, MAASHORST]
        for cell in row["cells"]:
            assert set(cell) == {"file", "text", "mentioned", "citations"}
            assert cell["mentioned"] == bool(cell["citations"])
    numbers = {c["n"] for c in data["citations"]}
    assert {n for r in data["rows"] for c in r["cells"] for n in c["citations"]} == numbers
    assert {"n", "file", "page", "title", "text", "start", "end"} <= set(data["citations"][0])


def test_local_model_cells_keep_their_numbers(corpus_library, local_model):
    cmp = Comparer(corpus_library, local_model).compare("herstelcentrum", [MAASHORST, RENKUM], ["budget", "doel"])
    assert cmp.llm.startswith("local:")
    _check_citations(corpus_library, cmp)
    assert cmp.cells[("budget", MAASHORST)].mentioned


def test_cli_compare_markdown_json_and_bad_input(corpus_library):
    env = cli_env(corpus_library.settings.home)
    out = subprocess.run([*beleid_cmd(), "compare", TOPIC, "--doc", RENKUM, "--doc", MAASHORST, "--llm", "extractive",
                          "--markdown"], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert any(l.startswith("| aspect |") for l in lines) and any(l.startswith("| budget |") for l in lines)
    assert any(l.startswith("[1] ") for l in lines)
    out = subprocess.run([*beleid_cmd(), "compare", TOPIC, "--doc", RENKUM, "--aspects", "doel,planning",
                          "--llm", "extractive", "--json"], env=env, capture_output=True, text=True, timeout=300)
    assert [r["aspect"] for r in json.loads(out.stdout)["rows"]] == ["doel", "planning"]
    out = subprocess.run([*beleid_cmd(), "compare", TOPIC, "--doc", "nee.pdf", "--llm", "extractive"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "staat niet in de index" in out.stderr


def test_ask_vergelijk_cites_every_compared_document(corpus_library):
    answer = corpus_library.assistant("extractive").ask(
        "Vergelijk hoe Renkum en Maashorst de uitstroom naar zelfstandig wonen aanpakken.")
    assert not answer.refused
    assert {RENKUM, MAASHORST} <= {c.file for c in answer.citations}


@pytest.fixture(scope="module")
def api(served):
    import httpx

    with httpx.Client(base_url=served.url, timeout=300) as client:
        yield client


def test_api_compare(api):
    r = api.post("/api/compare", json={"topic": TOPIC, "files": [RENKUM, MAASHORST], "aspects": ["doel", "budget"]})
    assert r.status_code == 200
    data = r.json()
    assert [d["file"] for d in data["documents"]] == [RENKUM, MAASHORST] and len(data["rows"]) == 2
    assert api.post("/api/compare", json={"topic": TOPIC, "files": ["nee.pdf"]}).status_code == 404
    r = api.post("/api/compare", json={"topic": ""})
    assert r.status_code == 400 and "error" in r.json()


def test_which_region_more_is_a_comparison(corpus_library):
    """"Welke gemeente … meer …" names no document but compares them: each document gets its own passages."""
    from assistant.plan import make_plan

    plan = make_plan(corpus_library, "Welke gemeente trekt in 2023 meer geld uit voor beschermd wonen?")
    assert plan.compare
    assert not make_plan(corpus_library, "Welke gemeente is centrumgemeente in Centraal Gelderland?").compare
    answer = corpus_library.assistant("extractive").ask("Welke gemeente trekt in 2023 meer geld uit voor beschermd wonen?")
    assert len({c.file for c in answer.citations}) >= 2


def test_a_rewording_that_changes_the_meaning_falls_back_to_the_quote(corpus_library):
    """The model's cell must keep the quote's numbers, add no negation and bring few words of its own."""
    from assistant.compare import faithful_rewording
    from assistant.llm import ScriptedChatModel

    quote = "Waakvlam begeleiding (nazorg bij uitstroom uit beschermd wonen);"
    assert not faithful_rewording("Renkum doet niet aan nazorg bij uitstroom.", quote, TOPIC)
    assert not faithful_rewording("De gemeente bouwt een zwembad met sauna en parkeergarage.", quote, TOPIC)
    assert faithful_rewording("Renkum biedt waakvlambegeleiding als nazorg bij uitstroom uit beschermd wonen.", quote, TOPIC)
    bad = ScriptedChatModel(["Het herstelcentrum krijgt geen geld en sluit in 2030."] * 10)
    cmp = Comparer(corpus_library, bad).compare("herstelcentrum", [MAASHORST], ["doel", "planning"])
    for cell in cmp.cells.values():
        assert "sluit in 2030" not in cell.text
