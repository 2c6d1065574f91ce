"""Budget lines (ingest/budget.py) on the real corpus and on PDFs made here: year columns, totals checked,
amendments, a table over a page break, one-cell-per-line tables; and `beleid budget`, /api/budget."""
from __future__ import annotations

import csv
import io
import json
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import GELDERLAND, MAASHORST, RENKUM, beleid_cmd, cli_env
from pdfmaker import table_cells, write_pdf

from ingest.budget import sums
from ingest.model import AMENDED, COMMITMENT, CONTEXT, TOTAL
from ingest.pdf import read_document

INTRO = ["Inleiding", "Dit uitvoeringsplan beschrijft wat de gemeente Veldzicht de komende jaren gaat doen voor",
         "inwoners met een psychische kwetsbaarheid. We werken samen met Stichting Anker en GGZ Oost."]


def lines_of(lib, file: str):
    return lib.budget([file])


def find(lines, item: str, year: str | None = None, kind: str | None = None):
    return [l for l in lines if item.lower() in l.item.lower() and (year is None or l.year == year)
            and (kind is None or l.kind == kind)]


def test_renkum_cost_table(corpus_library):
    lines = lines_of(corpus_library, RENKUM)
    total = find(lines, "Totaal", "2022-2023", TOTAL)
    assert [(l.amount, l.page, l.check) for l in total] == [(Decimal(434000), 8, "ok")]
    sig = find(lines, "Signaleringswegwijzer", "2023", COMMITMENT)
    assert {(l.amount, l.page) for l in sig if not l.repeats} == {(Decimal(15000), 8)}
    # each year column its own row, and the page text at the offsets is the row that states it
    row = [l for l in find(lines, "Signaleringswegwijzer") if l.page == 8 and not l.repeats]
    assert sorted((l.year, l.amount) for l in row) == [("2022", 25000), ("2022-2023", 40000), ("2023", 15000)]
    page = corpus_library.index.catalog.page_text(RENKUM, 8)
    assert all(page[l.start : l.end] == l.quote and "15.000" in l.quote for l in row)
    # the sentences under each measure restate the table: kept, marked, counted once
    assert find(lines, "Signaleringswegwijzer", "2023")[0].page in (6, 8)
    assert all(l.repeats == "p. 8" for l in lines if l.page < 8 and l.kind == COMMITMENT)
    by_year = {y: v for f, y, v, n in sums(lines)}
    assert by_year["2022"] == 247000 and by_year["2023"] == 187000


def test_maashorst_rows_placed_by_the_totals_row(corpus_library):
    lines = lines_of(corpus_library, MAASHORST)
    herstel = find(lines, "herstelcentrum", kind=COMMITMENT)
    assert sorted((l.year, l.amount, l.page) for l in herstel) == [(y, 80000, 21) for y in ("2022", "2023", "2024")]
    # two amounts under three year columns: only 2023 and 2024 add up to the stated totals
    wijk = find(lines, "wijkvoorzieningen")
    assert sorted(l.year for l in wijk) == ["2023", "2024"] and all(l.check == "" for l in wijk)
    t2023 = find(lines, "Totaal", "2023", TOTAL)
    assert [(l.amount, l.page, l.check) for l in t2023] == [(Decimal(860000), 21, "ok")]
    grand = find(lines, "Totaal", "2022-2024", TOTAL)
    assert [(l.amount, l.check) for l in grand] == [(Decimal(2000000), "ok")]


def test_national_figures_are_context(corpus_library):
    lines = lines_of(corpus_library, GELDERLAND)
    cabinet = [l for l in lines if l.amount == Decimal(495_000_000)]
    assert len(cabinet) == 1 and cabinet[0].kind == CONTEXT and cabinet[0].page == 11
    assert not [l for l in corpus_library.budget(kind=COMMITMENT) if l.amount == Decimal(495_000_000)]


def _plan(path: Path, pages: list[list[str]]) -> Path:
    return write_pdf(path, pages, {"Title": "Uitvoeringsplan Veldzicht 2026-2027"})


def test_wrong_totals_row_is_a_mismatch(tmp_path):
    pdf = _plan(tmp_path / "veldzicht-plan.pdf", [INTRO, [
        "Begroting", "Onderdeel 2026 2027 Totaal",
        "Herstelhuis De Brug € 120.000 € 130.000 € 250.000",
        "Inloop Het Anker € 40.000 € 45.000 € 85.000",
        "Ervaringsdeskundigen € 60.000 € 60.000 € 120.000",
        "Totaal € 220.000 € 245.000 € 465.000",
        "De gemeenteraad stelt de begroting vast in december."]])
    lines = read_document(pdf).budget
    t2026 = find(lines, "Totaal", "2026", TOTAL)[0]
    assert t2026.check == "mismatch (som € 220.000, vermeld € 220.000)" or t2026.check == "ok"
    t2027 = find(lines, "Totaal", "2027", TOTAL)[0]
    assert t2027.check == "mismatch (som € 235.000, vermeld € 245.000)"
    grand = find(lines, "Totaal", "2026-2027", TOTAL)[0]
    assert grand.check == "mismatch (som € 455.000, vermeld € 465.000)"
    assert find(lines, "Herstelhuis", "2026-2027", TOTAL)[0].check == "ok"


def test_amendment_supersedes_the_table_amount(tmp_path):
    pdf = _plan(tmp_path / "veldzicht-plan.pdf", [INTRO, [
        "Begroting", "Onderdeel 2026 2027 Totaal",
        "Herstelhuis De Brug € 120.000 € 130.000 € 250.000",
        "Inloop Het Anker € 40.000 € 45.000 € 85.000",
        "Totaal € 160.000 € 175.000 € 335.000"], [
        "Wijzigingen", "Bij de voorjaarsnota is het budget voor het herstelhuis De Brug in 2027 verhoogd van",
        "€ 130.000 naar € 150.000. De andere posten blijven gelijk."]])
    lines = read_document(pdf).budget
    brug = find(lines, "Herstelhuis", "2027", COMMITMENT)
    assert len(brug) == 1
    b = brug[0]
    assert (b.amount, b.status, b.old_amount, b.page, b.old_page) == (Decimal(150000), AMENDED, Decimal(130000), 3, 2)
    assert "verhoogd" in b.quote and "130.000" in b.old_quote
    assert not [l for l in lines if l.amount == 130000 and l.year == "2027" and l.kind == COMMITMENT]
    t = find(lines, "Totaal", "2027", TOTAL)[0]
    assert t.amount == 175000 and t.check == "ok; na wijziging som € 195.000"


def test_table_continued_over_a_page_break_is_one_table(tmp_path):
    head = "Maatregel 2026 2027 2028"
    rows = [f"Maatregel {n} € {10 + n}.000 € {20 + n}.000 € {30 + n}.000" for n in range(1, 7)]
    pdf = _plan(tmp_path / "veldzicht-lang.pdf", [INTRO, [
        "Begroting", "De tabel hieronder loopt door op de volgende pagina.", head, *rows[:4]], [
        head, *rows[4:], "Totaal € 81.000 € 141.000 € 201.000", "Toelichting bij de tabel volgt in hoofdstuk 6."]])
    lines = read_document(pdf).budget
    assert {l.table for l in lines if l.kind in (COMMITMENT, TOTAL)} == {"p2"}
    totals = find(lines, "Totaal", kind=TOTAL)
    assert {(l.year, l.page, l.check) for l in totals} == {(y, 3, "ok") for y in ("2026", "2027", "2028")}
    assert len(find(lines, "Maatregel 5", "2027")) == 1 and find(lines, "Maatregel 5", "2027")[0].page == 3


def test_one_cell_per_line_table_and_running_text(tmp_path):
    pdf = _plan(tmp_path / "veldzicht-cellen.pdf", [INTRO, [
        "Tabel 1. Kosten (bedragen x € 1.000)", "Onderdeel", "2026", "2027", "Totaal",
        "Herstelhuis De Brug", "120", "130", "250", "Woonbegeleiding na uitstroom", "-", "45", "45",
        "Totaal", "120", "175", "295",
        "Voor de pilot digitale ondersteuning is in 2026 € 60.000 beschikbaar, daarna jaarlijks € 25.000.",
        "Een evaluatie kost naar verwachting € 10.000 – € 15.000.",
        "Het kabinet trekt landelijk € 1,2 miljard uit voor de beweging naar beschermd thuis."]])
    lines = read_document(pdf).budget
    assert {(l.year, l.amount) for l in find(lines, "Herstelhuis")} == {("2026", 120000), ("2027", 130000),
                                                                        ("2026-2027", 250000)}
    assert [(l.year, l.amount) for l in find(lines, "Woonbegeleiding")] in ([("2027", 45000), ("2026-2027", 45000)],
                                                                            [("2026-2027", 45000), ("2027", 45000)])
    assert all(l.check.startswith("ok") for l in find(lines, "Totaal", kind=TOTAL))
    pilot = [l for l in lines if l.amount == 60000]
    assert pilot and pilot[0].year == "2026" and not pilot[0].per_year is None
    yearly = [l for l in lines if l.amount == 25000]
    assert yearly and yearly[0].per_year
    ranged = [l for l in lines if l.amount == 10000]
    assert ranged and ranged[0].amount_max == 15000 and not [l for l in lines if l.amount == 15000]
    national = [l for l in lines if l.amount == Decimal(1_200_000_000)]
    assert national and national[0].kind == CONTEXT


def test_tables_drawn_cell_by_cell_are_read_by_their_headers(tmp_path):
    """Tables read by position (ingest/tables.py): years centred over right-aligned amounts in thousands and
    an empty "-" cell; years as rows with a money column beside a count; a table of counts with grouped
    digits (no money). Each amount gets the year its header names; counts are no amounts."""
    page = [(40, 800, "Tabel 1. Kosten per onderdeel (bedragen x € 1.000)")]
    page += table_cells(780, [["Onderdeel", "2026", "2027", "Totaal"]], [40, 285, 365, 445])
    page += table_cells(764, [["Schuldenfonds", "150", "220", "370"], ["Nazorg na schuldregeling", "-", "60", "60"],
                              ["Totaal", "150", "280", "430"]], [40, 310, 390, 470], right=(310, 390, 470))
    page += [(40, 690, "Tabel 2. Budget en deelnemers per jaar")]
    page += table_cells(670, [["Jaar", "Budget", "Deelnemers"], ["2026", "€ 80.000", "40"], ["2027", "€ 95.000", "55"]],
                        [40, 200, 330])
    page += [(40, 600, "Tabel 3. Bezoeken per wijkpost")]
    page += table_cells(580, [["Wijkpost", "Bezoeken", "Nieuwe inwoners"], ["Centrum", "1.120", "310"],
                              ["Noord", "882", "205"], ["Totaal", "2.002", "515"]], [40, 200, 330])
    doc = read_document(_plan(tmp_path / "veldzicht-posities.pdf", [INTRO, page]))
    assert "Schuldenfonds — 2026: 150; 2027: 220; Totaal: 370" in doc.pages[1].text
    lines = doc.budget
    assert {(l.year, l.amount) for l in find(lines, "Schuldenfonds")} == {("2026", 150000), ("2027", 220000),
                                                                          ("2026-2027", 370000)}
    assert {(l.year, l.amount) for l in find(lines, "Nazorg")} == {("2027", 60000), ("2026-2027", 60000)}
    assert all(l.check.startswith("ok") for l in lines if l.kind == TOTAL and l.table and l.page == 2
               and l.amount in (150000, 280000, 430000))
    assert {(l.year, l.amount) for l in lines if l.amount in (80000, 95000)} == {("2026", 80000), ("2027", 95000)}
    assert not [l for l in lines if l.amount in (40, 55, 1120, 882, 2002, 1120000)]


def test_budget_cli_csv_json_and_errors(corpus_library, tmp_path):
    env = cli_env(corpus_library.settings.home)
    out = subprocess.run([*beleid_cmd(), "budget", "--doc", RENKUM, "--year", "2023", "--csv"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and all(r["year"] == "2023" and r["file"] == RENKUM for r in rows)
    assert any(r["item"] == "Signaleringswegwijzer" and r["amount"] == "15000" and r["page"] == "8" for r in rows)
    out = subprocess.run([*beleid_cmd(), "budget", "--kind", "context", "--json"], env=env, capture_output=True,
                         text=True, timeout=120)
    data = json.loads(out.stdout)
    assert set(data) == {"lines", "sums"} and all(l["kind"] == "context" for l in data["lines"])
    out = subprocess.run([*beleid_cmd(), "budget", "--year", "20x3"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 2 and "geen jaartal" in out.stderr
    out = subprocess.run([*beleid_cmd(), "budget", "--doc", "bestaat-niet.pdf"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2 and "staat niet in de index" in out.stderr
    out = subprocess.run([*beleid_cmd(), "budget", "--doc", MAASHORST], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0 and "herstelcentrum" in out.stdout and "860.000" in out.stdout


def test_budget_lines_follow_their_document(tmp_path):
    from conftest import make_library

    folder = tmp_path / "pdfs"
    folder.mkdir()
    pdf = _plan(folder / "veldzicht-plan.pdf", [INTRO, ["Begroting", "Onderdeel 2026 2027",
                                                         "Herstelhuis € 120.000 € 130.000",
                                                         "Inloop € 40.000 € 45.000"]])
    lib = make_library(tmp_path / "home", folder)
    lib.ingest(embed=False)
    assert {l.amount for l in lib.budget()} == {120000, 130000, 40000, 45000}
    _plan(pdf, [INTRO, ["Begroting", "Onderdeel 2026 2027", "Herstelhuis € 125.000 € 135.000"]])
    lib.ingest(embed=False)
    assert {l.amount for l in lib.budget()} == {125000, 135000}
    lib.remove(pdf.name)
    assert lib.budget() == []


@pytest.fixture(scope="module")
def api(served):
    import httpx

    with httpx.Client(base_url=served.url, timeout=120) as client:
        yield client


def test_api_budget_json_csv_and_errors(api):
    r = api.get("/api/budget", params={"doc": MAASHORST, "year": "2023"})
    assert r.status_code == 200
    data = r.json()
    assert data["lines"] and all(l["year"] == "2023" for l in data["lines"])
    assert {"file", "page", "item", "amount", "year", "kind", "check", "status", "start", "end", "quote"} <= set(data["lines"][0])
    assert any(s["year"] == "2023" and s["amount"] == 860000 for s in data["sums"])
    r = api.get("/api/budget", params={"doc": RENKUM}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0].startswith("file,page,item,amount")
    assert api.get("/api/budget", params={"doc": "nee.pdf"}).status_code == 404
    r = api.get("/api/budget", params={"kind": "iets"})
    assert r.status_code == 400 and "error" in r.json()


def test_answers_never_give_a_superseded_amount_as_current(tmp_path):
    """The assistant reads the amendment too: a quote with the old table amount gets the change, cited,
    and a model sentence stating the old amount as current is dropped."""
    from conftest import make_library

    from assistant.answer import Assistant
    from assistant.llm import ScriptedChatModel

    folder = tmp_path / "pdfs"
    folder.mkdir()
    _plan(folder / "veldzicht-plan.pdf", [INTRO, [
        "Begroting herstelhuis", "Onderdeel 2026 2027 Totaal",
        "Herstelhuis De Brug € 120.000 € 130.000 € 250.000",
        "Inloop Het Anker € 40.000 € 45.000 € 85.000",
        "Totaal € 160.000 € 175.000 € 335.000"], [
        "Wijzigingen", "Bij de voorjaarsnota is het budget voor het herstelhuis De Brug in 2027 verhoogd van",
        "€ 130.000 naar € 150.000. De andere posten blijven gelijk."]])
    lib = make_library(tmp_path / "home", folder)
    lib.ingest()
    question = "Hoeveel budget heeft het herstelhuis De Brug in 2027?"
    answer = lib.assistant("extractive").ask(question)
    assert not answer.refused
    assert "130.000" in answer.answer  # the table row is quoted: the change stands under it, cited
    assert "Let op, gewijzigd" in answer.answer and "€ 150.000" in answer.answer
    assert any(c.page == 3 and "verhoogd" in c.text for c in answer.citations)
    chat = ScriptedChatModel(["Het herstelhuis De Brug krijgt in 2027 € 130.000 [1].",
                              "Het herstelhuis De Brug krijgt in 2027 € 130.000 [1]."])
    worded = Assistant(lib, chat).ask(question)
    lead = worded.answer.split("\n\n")[0]
    assert "Let op, gewijzigd" in worded.answer
    assert "Het herstelhuis De Brug krijgt" not in lead and worded.dropped


def test_extraction_against_the_hand_made_lists():
    """Regression guard on the hand-made lists (eval/budget.py): the corpus is the issue's goal (≥ 0.95);
    the fictional sets a+b and c were looked at while fixing layout classes, so they guard, not prove;
    set d is the unseen one and is reported, not asserted (README)."""
    from eval.budget import run

    for name, floor in (("corpus", 0.95), ("docs", 0.95), ("c", 0.95)):
        s = run(name)
        assert s.precision >= floor and s.recall >= floor, (name, s.precision, s.recall)


def test_a_row_in_thousands_is_shown_and_checked_in_euros(tmp_path):
    """A quoted row of a table "x € 1.000" ("Herstelhuis De Brug 120 130 250") says nothing a reader can take
    as an amount: the answer adds the amounts in euros (as the budget read them), and a model sentence
    stating € 130.000 for 2027 is checked against them and kept."""
    from conftest import make_library

    from assistant.answer import Assistant
    from assistant.llm import ScriptedChatModel

    folder = tmp_path / "pdfs"
    folder.mkdir()
    _plan(folder / "veldzicht-duizenden.pdf", [INTRO, [
        "Tabel 1. Kosten (bedragen x € 1.000)", "Onderdeel", "2026", "2027", "Totaal",
        "Herstelhuis De Brug", "120", "130", "250", "Woonbegeleiding na uitstroom", "-", "45", "45",
        "Totaal", "120", "175", "295"]])
    lib = make_library(tmp_path / "home", folder)
    lib.ingest()
    question = "Hoeveel budget heeft het Herstelhuis De Brug in 2027?"
    answer = lib.assistant("extractive").ask(question)
    assert not answer.refused
    assert "2027: € 130.000" in answer.answer
    chat = ScriptedChatModel(["Het Herstelhuis De Brug krijgt in 2027 € 130.000 [1]."])
    worded = Assistant(lib, chat).ask(question)
    assert worded.answer.startswith("Het Herstelhuis De Brug krijgt in 2027 € 130.000") and not worded.dropped


def test_a_total_is_quoted_from_the_totals_row_of_a_long_table(tmp_path):
    """A long cost table is split over passages by rows; the one with its totals row shares few of the
    question's words. A question for the total of a year quotes that row (with the year in it)."""
    from conftest import make_library

    folder = tmp_path / "pdfs"
    folder.mkdir()
    items = ["Huisvesting", "Herstelhuis De Brug", "Woonbegeleiding na uitstroom", "Ervaringsdeskundigen in de wijk",
             "Inloop en dagbesteding", "Schuldhulp aan huis", "Buurtteams psychische kwetsbaarheid", "Nachtopvang",
             "Communicatie en participatie", "Monitoring en evaluatie"]
    rows = [["Onderdeel", "2026", "2027", "Totaal"]]
    rows += [[name, f"€ {20 + 3 * n}.000", f"€ {30 + 2 * n}.000", f"€ {50 + 5 * n}.000"] for n, name in enumerate(items)]
    rows += [["Totaal", "€ 335.000", "€ 390.000", "€ 725.000"]]
    page = [(40, 800, "5. Financiën"), (40, 786, "De kosten van het plan staan in tabel 1, per onderdeel en per jaar.")]
    page += [(40, 760, "Tabel 1. Kosten per onderdeel (bedragen in euro)")]
    page += table_cells(740, rows, [40, 300, 380, 460], right=(340, 420, 500))
    prose = ["3. Uitgangspunten", "De totale kosten van het plan in 2027 hangen af van de afspraken met de regio.",
             "Het plan van Veldzicht kijkt naar de kosten per jaar en naar wat inwoners nodig hebben.",
             "In 2027 evalueert de gemeente de kosten van het plan samen met de aanbieders.",
             "De gemeenteraad ontvangt elk jaar een overzicht van de kosten en de resultaten van het plan."]
    _plan(folder / "veldzicht-kosten.pdf", [INTRO, prose, page])
    lib = make_library(tmp_path / "home", folder)
    lib.ingest()
    answer = lib.assistant("extractive").ask("Wat zijn de totale kosten van het plan van Veldzicht in 2027?")
    assert not answer.refused
    assert "Totaal — 2026: € 335.000; 2027: € 390.000; Totaal: € 725.000" in answer.answer
