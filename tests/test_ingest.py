"""Ingest on the real corpus and on hand-made bad inputs: pages, cleaning, tables, chunks, errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import AMERSFOORT, CORPUS, MAASHORST, RENKUM, VNG
from ingest.chunk import ChunkConfig, chunk_page
from ingest.clean import join_hyphenated, normalise_text, remove_running_lines
from ingest.metadata import load_overrides
from ingest.model import (TABLE, EmptyFileError, NeedsOcrError, NotPdfError, Page, PdfCorruptError,
                          PdfEncryptedError)
from ingest.pdf import read_document
from pdfmaker import encrypt_pdf, table_cells, write_pdf


@pytest.fixture(scope="module")
def docs():
    return {p.name: read_document(p) for p in sorted(CORPUS.glob("*.pdf"))}


def page_of(doc, needle: str) -> list[int]:
    return [p.number for p in doc.pages if needle in p.text]


def test_known_sentences_are_on_the_page_a_viewer_shows(docs):
    assert page_of(docs[MAASHORST], "Opzetten herstelcentrum") == [21]
    assert page_of(docs[MAASHORST], "8,5 miljoen") == [3]
    assert page_of(docs[RENKUM], "Inschatting kosten: 2022: € 35.000") == [6]
    assert page_of(docs[RENKUM], "Totaal  €        247.000") == [8]
    assert [p.number for p in docs[AMERSFOORT].pages] == list(range(1, 37))


def test_every_chunk_points_exactly_into_its_page(docs):
    cfg = ChunkConfig()
    for doc in docs.values():
        pages = {p.number: p.text for p in doc.pages}
        assert doc.chunks
        for c in doc.chunks:
            assert pages[c.page][c.start:c.end] == c.text
            assert c.text.strip()
            assert len(c.text) <= cfg.max_chars * 1.5
        covered = {(c.page) for c in doc.chunks}
        assert covered == {n for n, t in pages.items() if t.strip()}


def test_tables_keep_their_caption_and_every_part_its_column_header(docs):
    tables = [c for c in docs[MAASHORST].chunks if c.kind == TABLE and c.page == 21]
    budget = next(c for c in tables if "Opzetten herstelcentrum" in c.text)
    assert "Onderdeel 2022 2023 2024" in budget.text and "Inrichten van wijkvoorzieningen" in budget.text
    totals = next(c for c in tables if "Totaal: €2.000.000 €280.000" in c.text)
    # a long table is split by rows; a later part carries the column header in its section path
    assert totals is budget or totals.section[-1] == "Onderdeel 2022 2023 2024"
    assert all("Onderdeel 2022 2023 2024" in c.text or c.section[-1] == "Onderdeel 2022 2023 2024" for c in tables)
    costs = [c for c in docs[RENKUM].chunks if c.kind == TABLE and c.page == 8]
    assert costs[0].section == ("Overzicht kosten",) and "Overzicht kosten" in costs[0].text
    assert "2022 2023 Totaal" in costs[0].text and any("Buurtcirkels" in c.text for c in costs)
    assert any("Totaal  €        247.000" in c.text and c.section[-1] == "2022 2023 Totaal" for c in costs[1:])
    # plain prose is never mistaken for a table
    assert not any(c.kind == TABLE for c in docs[VNG].chunks if "€" not in c.text)


def test_sections_follow_headings(docs):
    by_text = {c.text.split("\n")[0]: c for c in docs[RENKUM].chunks}
    assert by_text["3. Buurtcirkels"].section[-1] == "3. Buurtcirkels"
    table = next(c for c in docs[MAASHORST].chunks if c.kind == TABLE and c.page == 21)
    assert table.section == ("Begroting",)
    assert "Begroting" in table.index_text() and docs[MAASHORST].meta.title in table.index_text()


def test_labels_wrapped_sentences_and_table_cells_are_not_headings(docs):
    buurtcirkels = next(c for c in docs[RENKUM].chunks if "€ 35.000" in c.text and c.page == 6)
    assert buurtcirkels.section[-1] == "3. Buurtcirkels"  # not "Mogelijke partner: Renkum voor Elkaar"
    sections = {c.section[-1] for d in docs.values() for c in d.chunks if c.section}
    for false in ("Mogelijke partner: Renkum voor Elkaar", "Totaal: 40 personen", "Lopend", "Laag  T",
                  "De toegang verloopt via de", "2.  Er komen minder cliënten beschermd wonen/Wmo. Op 1 juli"):
        assert false not in sections
    assert {"Thema 3: Wonen gaat voor opvang", "4.3 Ontwikkeling: Financieel verdeelmodel per 2021",
            "Verantwoordelijkheden: lokaal, regionaal, bovenregionaal"} <= sections


def test_hyphenated_line_ends_are_rejoined():
    assert join_hyphenated("voor de onder-\nsteuning van") == "voor de ondersteuning\nvan"
    assert join_hyphenated("flexibel op-\nen afschalen") == "flexibel op-\nen afschalen"
    assert join_hyphenated("een BW-\nvoorziening") == "een BW-voorziening"
    assert join_hyphenated("de onder-\nsteuning\nvolgt") == "de ondersteuning\nvolgt"
    assert join_hyphenated("GGz-\nDoelgroep") == "GGz-\nDoelgroep"


def test_corpus_line_end_hyphens_are_gone(docs):
    text = "\n".join(p.text for p in docs[VNG].pages)
    assert "burgers" in text and "bur-\ngers" not in text


def test_unicode_ligatures_and_soft_hyphens():
    assert normalise_text("ﬁnanciële\u00ad steun\u00a0nu\r\n") == "financiële steun nu"
    assert normalise_text("a\x00b\x07c") == "abc"


def test_running_headers_footers_and_page_numbers_are_removed():
    bodies = ["Wonen gaat voor.", "Zorg dichtbij.", "Werk en inkomen.", "Veilig thuis.", "Samen verder."]
    pages = [f"Gemeente Test - Beleidsplan 2024\n{b}\nPagina {n} van 5" for n, b in enumerate(bodies, 1)]
    assert remove_running_lines(pages) == bodies
    assert remove_running_lines(["Inhoud\n1", "Meer\n2"]) == ["Inhoud", "Meer"]


def test_running_lines_of_any_form_are_found_by_repetition():
    """Headers and footers of several lines and other forms ("- 3 -", a version line, a draft notice), even
    when the text layer puts the footer at the top of the page; body lines that recur on a few pages stay."""
    pages, topics = [], ["wonen", "zorg", "werk", "geld", "buurt", "toegang", "opvang"]
    for n, topic in enumerate(topics, 1):
        body = [f"{n}. Over {topic}", f"In {2020 + n} start de aanpak voor {topic}.", f"Totaal € {n}.000"]
        top = ["Gemeente Ergens", "Uitvoeringsplan 2025–2026", " Versie 2.0 — 3 december 2024", f"Pagina {n} van 7"]
        bottom = [f"- {n} -", "Concept, niet voor verspreiding"]
        pages.append("\n".join((top + bottom + body) if n % 2 else (top + body + bottom)))
    cleaned = remove_running_lines(pages)
    for n, text in enumerate(cleaned, 1):
        assert text.split("\n")[:2] == [f"{n}. Over {topics[n - 1]}", f"In {2020 + n} start de aanpak voor {topics[n - 1]}."]
        assert not any(w in text for w in ("Versie", "Pagina", "Concept", "Ergens", f"- {n} -"))
        assert f"Totaal € {n}.000" in text  # an amount is content, however often such a line recurs


def test_header_removal_on_a_real_pdf(tmp_path):
    topics = ["wonen", "zorg", "werk", "veiligheid", "geld"]
    pdf = write_pdf(tmp_path / "kop.pdf", [[
        "Regio Test | Beleidsplan beschermd wonen", f"Over {t}", f"Dit hoofdstuk gaat over {t} in de regio.",
        f"{n}"] for n, t in enumerate(topics, 1)], {"Title": "Beleidsplan"})
    doc = read_document(pdf)
    assert all("Regio Test |" not in p.text for p in doc.pages)
    assert doc.pages[2].text == "Over werk\nDit hoofdstuk gaat over werk in de regio."


def test_absurdly_long_lines_are_split(tmp_path):
    pdf = write_pdf(tmp_path / "lang.pdf", [["Inleiding", "woord " * 3000, "x" * 5000]])
    doc = read_document(pdf)
    assert len(doc.chunks) >= 8
    assert all(len(c.text) <= 1000 for c in doc.chunks)
    assert all(doc.pages[0].text[c.start:c.end] == c.text for c in doc.chunks)


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make, error", [
    (lambda d: _file(d / "leeg.pdf", b""), EmptyFileError),
    (lambda d: _file(d / "tekst.pdf", b"Dit is geen PDF maar platte tekst.\n"), NotPdfError),
    (lambda d: _file(d / "kapot.pdf", (CORPUS / RENKUM).read_bytes()[:20000]), PdfCorruptError),
    (lambda d: _file(d / "rommel.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"), PdfCorruptError),
    (lambda d: write_pdf(d / "scan.pdf", [None, None]), NeedsOcrError),
    (lambda d: encrypt_pdf(write_pdf(d / "a.pdf", [["Geheim plan met tekst erin."]]), d / "slot.pdf", "geheim"),
     PdfEncryptedError),
])
def test_bad_inputs_raise_a_clear_typed_error(tmp_path, make, error):
    path = make(tmp_path)
    with pytest.raises(error) as info:
        read_document(path)
    assert path.name in str(info.value)  # the message names the file


def test_encrypted_with_empty_password_is_read(tmp_path):
    plain = write_pdf(tmp_path / "open.pdf", [["Inleiding", "De raad besloot tot een budget van € 12.500."]])
    doc = read_document(encrypt_pdf(plain, tmp_path / "leeg-wachtwoord.pdf", ""))
    assert "€ 12.500" in doc.pages[0].text


def test_metadata_from_pdf_info_and_overrides(docs, tmp_path):
    m = docs[RENKUM].meta
    assert (m.organisation, m.region, m.year, m.pages) == ("Gemeente Renkum", "Renkum", 2022, 19)
    assert m.title.startswith("Ambulantiseringsplan")
    assert docs[VNG].meta.doc_type == "handreiking"
    (tmp_path / "documents.toml").write_text(f'["{RENKUM}"]\nregion = "Centraal Gelderland"\nyear = 2023\n')
    ov = load_overrides(tmp_path)
    doc = read_document(CORPUS / RENKUM, ov[RENKUM])
    assert (doc.meta.region, doc.meta.year) == ("Centraal Gelderland", 2023)
    (tmp_path / "documents.toml").write_text(f'["{RENKUM}"]\nkleur = "blauw"\n')
    with pytest.raises(ValueError, match="kleur"):
        load_overrides(tmp_path)


def test_chunk_page_carries_the_section_over_pages():
    p1 = Page(1, "Inleiding\nDit plan gaat over wonen.\n2. Middelen\nWe hebben € 5.000 en € 6.000 euro.")
    p2 = Page(2, "vervolg van de tekst over middelen.")
    chunks1, section = chunk_page(p1, "x.pdf", "X", ())
    chunks2, _ = chunk_page(p2, "x.pdf", "X", section)
    assert section == ("2. Middelen",)
    assert chunks2[0].section == ("2. Middelen",)
    assert [c.section for c in chunks1] == [("Inleiding",), ("2. Middelen",)]


def test_chapters_numbered_without_a_dot_head_their_sections_and_footnotes_do_not(tmp_path):
    """"4 Maatregelen" is a chapter when the document's such lines run 1, 2, 3, …; a footnote line of the same
    form ("5 Zoals benoemd in hoofdstuk 2") is not, and a table's row label does not stay the parent of the
    next chapter's paragraphs."""
    body = "Dit is een gewone zin over de aanpak van schulden in de regio, met genoeg woorden erin."
    pages = [
        ["1 Inleiding", body, "1.1 Aanleiding", body, "5 Zoals benoemd in hoofdstuk 2"],
        ["2 De opgave", body, "Maatregel 2026 2027", "Geldpunt € 120.000 € 130.000", "Werkgevers met afspraak",
         "", body],
        ["3 Maatregelen", body, "3.1 Eerder erbij", body],
    ]
    doc = read_document(write_pdf(tmp_path / "hoofdstukken.pdf", pages))
    sections = {c.section for c in doc.chunks}
    assert ("1 Inleiding", "1.1 Aanleiding") in sections
    assert ("3 Maatregelen", "3.1 Eerder erbij") in sections
    assert not any("5 Zoals benoemd in hoofdstuk 2" in s for s in sections)
    # without a run of them the same form is a footnote's first line, never a heading
    single = read_document(write_pdf(tmp_path / "voetnoot.pdf", [[body, "1.1 Aanleiding", body, "5 Zoals benoemd"]]))
    assert not any("5 Zoals benoemd" in s for c in single.chunks for s in c.section)


def test_a_table_drawn_cell_by_cell_is_stored_row_by_row_with_its_headers(tmp_path):
    """Plain text mixes up a table drawn cell by cell (a row's cells end up on the next row's line); read by
    position, each row carries its column headers, the text around it stays as it is, and no row label
    becomes a section title."""
    page = [(40, 800, "4.2 Plaatsen per gemeente"), (40, 786, "Het aantal plaatsen daalt in elke gemeente.")]
    page += table_cells(760, [["Gemeente", "2025", "2026", "2027", "Verschil"],
                              ["Aldorp", "24", "22", "19", "-5"],
                              ["Bemmerveld (centrumgemeente)", "128", "117", "95", "-33"],
                              ["Regio", "152", "139", "114", "-38"]], [40, 250, 320, 390, 460])
    page += [(40, 680, "Na de tabel volgt gewone tekst over de opvang in de regio.")]
    prose = [(40, 800 - 14 * i, f"Linkerkolom regel {i} over wonen") for i in range(8)]
    prose += [(320, 800 - 14 * i, f"Rechterkolom regel {i} over zorg") for i in range(8)]
    doc = read_document(write_pdf(tmp_path / "plan.pdf", [page, prose]))
    text = doc.pages[0].text
    assert "Gemeente | 2025 | 2026 | 2027 | Verschil" in text
    assert "Aldorp — 2025: 24; 2026: 22; 2027: 19; Verschil: -5" in text
    assert "Bemmerveld (centrumgemeente) — 2025: 128; 2026: 117; 2027: 95; Verschil: -33" in text
    assert text.startswith("4.2 Plaatsen per gemeente\nHet aantal plaatsen daalt in elke gemeente.\n")
    assert text.endswith("Na de tabel volgt gewone tekst over de opvang in de regio.")
    row = next(c for c in doc.chunks if "Aldorp —" in c.text)
    assert row.text == text[row.start : row.end] and row.section[-1] == "4.2 Plaatsen per gemeente"
    assert not any(s.startswith(("Aldorp", "Regio", "Bemmerveld")) for c in doc.chunks for s in c.section)
    assert " — " not in doc.pages[1].text  # two columns of prose are no table
    assert "Linkerkolom regel 3 over wonen" in doc.pages[1].text


def test_a_table_continued_without_its_header_and_a_two_level_header(tmp_path):
    """A table that goes on at the top of the next page without its header row (only a running header above
    it) keeps the previous page's column names; a year over two columns ("begroot", "realisatie") names
    both."""
    xs = [40, 250, 330, 410, 490]
    first = [(40, 800, "Tabel 2. Kosten per maatregel")]
    first += table_cells(780, [["Maatregel", "2026", "2027", "2028", "Totaal"],
                               ["Praktijkondersteuner jeugd", "310", "420", "460", "1.190"],
                               ["Wachttijdenloket", "120", "480", "460", "1.060"]], xs)
    first += [(40, 100 - 14 * i, f"Toelichting regel {i} bij de maatregelen.") for i in range(3)]
    second = [(40, 820, "Jeugdregio Oostland"), (420, 820, "Regiovisie Jeugd")]
    second += [(40, 800, "Tabel 2 (vervolg)")]
    second += table_cells(784, [["Pleegzorgoffensief", "400", "470", "510", "1.380"],
                                ["Totaal", "830", "1.370", "1.430", "3.630"]], xs)
    second += [(40, 700, "Na de tabel volgt de toelichting op de dekking van de maatregelen.")]
    third = [(40, 800, "Tabel 3. Lasten, begroot en gerealiseerd")]
    third += table_cells(780, [["Post", "", "2024", "", "2025"]], [40, 230, 275, 390, 435])
    third += table_cells(764, [["Bedrag (€)", "begroot", "realisatie", "begroot", "realisatie"],
                               ["Sociaal team", "2.105.000", "2.131.400", "2.180.000", "2.174.900"],
                               ["Pleegzorg", "640.000", "702.300", "690.000", "655.100"]], [40, 230, 310, 390, 470])
    doc = read_document(write_pdf(tmp_path / "jeugd.pdf", [first, second, third]))
    assert "Praktijkondersteuner jeugd — 2026: 310; 2027: 420; 2028: 460; Totaal: 1.190" in doc.pages[0].text
    assert "Pleegzorgoffensief — 2026: 400; 2027: 470; 2028: 510; Totaal: 1.380" in doc.pages[1].text
    assert "Totaal — 2026: 830; 2027: 1.370; 2028: 1.430; Totaal: 3.630" in doc.pages[1].text
    assert ("Sociaal team — 2024 begroot: 2.105.000; 2024 realisatie: 2.131.400; 2025 begroot: 2.180.000; "
            "2025 realisatie: 2.174.900") in doc.pages[2].text
