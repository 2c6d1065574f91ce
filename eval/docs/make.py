#!/usr/bin/env python3
"""Generator for a small, FICTIONAL test corpus of Dutch regional policy PDFs.

The documents are meant as unseen test material for a document
question-answering system.  All regions, municipalities, organisations,
people and amounts are invented.  The corpus has two sets:

  a/  Regio Noorderzand   - Regiovisie beschermd wonen en opvang 2024-2027
      Gemeente Bremerwaard - Lokaal uitvoeringsplan beschermd thuis 2025-2026
      (overlapping topics, contradicting numbers)
  b/  Regio Heidebroek    - Transformatieplan 2025-2028 (with an English
                            summary holding facts found only there)
      Gemeente Ostervenne - Voortgangsrapportage 2025 (with an amendment that
                            changes a figure stated earlier)

Layout features on purpose: cover pages, running headers/footers of several
forms ("Pagina N van M", "- N -", alternating headers), a two-column page per
document, long budget tables that continue over a page break with a repeated
header row, tables of other shapes, boxed notes, footnotes, quotes and lists.

Usage:  python3 make.py [OUTDIR]     (default: the folder of this script)

Output is byte-deterministic (reportlab invariant mode, no randomness).
"""

import io
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, LongTable,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

PAGE_W, PAGE_H = A4
MARGIN_L, MARGIN_R = 25 * mm, 22 * mm
MARGIN_T, MARGIN_B = 27 * mm, 24 * mm
BODY_W = PAGE_W - MARGIN_L - MARGIN_R
BODY_H = PAGE_H - MARGIN_T - MARGIN_B
GUTTER = 8 * mm

# --------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------

BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10.5, leading=15,
                      alignment=TA_JUSTIFY, spaceAfter=6)
STYLES = {
    "p": BASE,
    "h1": ParagraphStyle("h1", parent=BASE, fontName="Helvetica-Bold",
                         fontSize=15, leading=19, spaceBefore=10, keepWithNext=1,
                         spaceAfter=8, alignment=TA_LEFT,
                         textColor=colors.HexColor("#1F3A5F")),
    "h2": ParagraphStyle("h2", parent=BASE, fontName="Helvetica-Bold",
                         fontSize=11.5, leading=15, spaceBefore=8, keepWithNext=1,
                         spaceAfter=4, alignment=TA_LEFT),
    "bullet": ParagraphStyle("bullet", parent=BASE, leftIndent=14,
                             bulletIndent=3, spaceAfter=3),
    "bullet_last": ParagraphStyle("bullet_last", parent=BASE, leftIndent=14,
                                  bulletIndent=3, spaceAfter=9),
    "quote": ParagraphStyle("quote", parent=BASE, fontName="Helvetica-Oblique",
                            alignment=TA_LEFT, spaceAfter=0),
    "box": ParagraphStyle("box", parent=BASE, fontSize=9.5, leading=13,
                          alignment=TA_LEFT, spaceAfter=3),
    "foot": ParagraphStyle("foot", parent=BASE, fontSize=8, leading=10.5,
                           alignment=TA_LEFT, spaceAfter=2),
    "caption": ParagraphStyle("caption", parent=BASE, fontName="Helvetica-Bold",
                              fontSize=9, leading=12, spaceBefore=6,
                              spaceAfter=4, alignment=TA_LEFT),
    "cell": ParagraphStyle("cell", parent=BASE, fontSize=8.5, leading=11,
                           alignment=TA_LEFT, spaceAfter=0),
    "cellb": ParagraphStyle("cellb", parent=BASE, fontName="Helvetica-Bold",
                            fontSize=8.5, leading=11, alignment=TA_LEFT,
                            spaceAfter=0),
    "toc": ParagraphStyle("toc", parent=BASE, fontSize=10.5, leading=17,
                          alignment=TA_LEFT, spaceAfter=0),
    "cover_kind": ParagraphStyle("ck", parent=BASE, fontSize=12, leading=16,
                                 alignment=TA_LEFT,
                                 textColor=colors.HexColor("#555555")),
    "cover_title": ParagraphStyle("ct", parent=BASE, fontName="Helvetica-Bold",
                                  fontSize=24, leading=30, alignment=TA_LEFT,
                                  textColor=colors.HexColor("#1F3A5F")),
    "cover_meta": ParagraphStyle("cm", parent=BASE, fontSize=10, leading=15,
                                 alignment=TA_LEFT),
}


# --------------------------------------------------------------------------
# Number formatting
# --------------------------------------------------------------------------

def eur(n):
    """Dutch money format: 1240000 -> '€ 1.240.000'; None -> '-'."""
    if n is None:
        return "-"
    return "€ " + f"{n:,.0f}".replace(",", ".")


def mln(n):
    """Millions with Dutch decimal comma: 2450000 -> '€ 2,45 mln'."""
    if n is None:
        return "-"
    s = f"{n / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"€ {s} mln"


# --------------------------------------------------------------------------
# Table helpers
# --------------------------------------------------------------------------

GRID = colors.HexColor("#8A8A8A")
HEAD_BG = colors.HexColor("#DCE3EC")
GROUP_BG = colors.HexColor("#F1F1F1")


def year_totals(rows):
    """Column sums of a budget row list (group rows skipped)."""
    values = [r[1] for r in rows if r[0] != "group"]
    return [sum(v[i] or 0 for v in values) for i in range(len(values[0]))]


def money_table(first_col, years, rows, fmt=eur, label_w=70 * mm,
                long=False, total_label="Totaal"):
    """Budget table: measures as rows, years as columns, plus row totals
    ("Totaal" column) and a column-totals row at the bottom.

    rows: list of ("group", title) or (label, [value per year or None]).
    Returns (flowable, grand_total)."""
    head = [first_col] + [str(y) for y in years] + ["Totaal"]
    data = [[Paragraph(h, STYLES["cellb"]) for h in head]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    col_sums = [0] * len(years)
    for row in rows:
        if row[0] == "group":
            r = len(data)
            data.append([Paragraph(row[1], STYLES["cellb"])] + [""] * (len(years) + 1))
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP_BG)]
            continue
        label, values = row
        for i, v in enumerate(values):
            col_sums[i] += v or 0
        data.append([Paragraph(label, STYLES["cell"])] + [fmt(v) for v in values]
                    + [fmt(sum(v or 0 for v in values))])
    grand = sum(col_sums)
    data.append([Paragraph(total_label, STYLES["cellb"])] + [fmt(s) for s in col_sums]
                + [fmt(grand)])
    style += [("FONTNAME", (1, -1), (-1, -1), "Helvetica-Bold"),
              ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]
    other_w = (BODY_W - label_w) / (len(years) + 1)
    cls = LongTable if long else Table
    t = cls(data, colWidths=[label_w] + [other_w] * (len(years) + 1),
            repeatRows=1, style=TableStyle(style))
    return t, grand


def text_table(header, rows, widths):
    """Table whose cells are wrapped text (labels, actions, owners...)."""
    data = [[Paragraph(h, STYLES["cellb"]) for h in header]]
    for r in rows:
        data.append([Paragraph(str(c), STYLES["cell"]) for c in r])
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    total = sum(widths)
    return Table(data, colWidths=[w * BODY_W / total for w in widths],
                 repeatRows=1, style=TableStyle(style))


# --------------------------------------------------------------------------
# Block -> flowable conversion (content is written as a list of blocks)
# --------------------------------------------------------------------------

def boxed(title, text, width="100%"):
    inner = [Paragraph(f"<b>{title}</b>", STYLES["box"])]
    inner += [Paragraph(t, STYLES["box"]) for t in text]
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1F3A5F")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF3F8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, 4), t, Spacer(1, 8)]


def quoted(text, who, width="94%"):
    cell = [Paragraph(f"\u201c{text}\u201d", STYLES["quote"]),
            Paragraph(f"\u2014 {who}", STYLES["foot"])]
    t = Table([[cell]], colWidths=[width])  # percentage: fits full page or column
    t.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor("#9AB0C8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return [Spacer(1, 2), t, Spacer(1, 8)]


def cover(c):
    out = [Spacer(1, 45 * mm),
           Paragraph(c["kind"], STYLES["cover_kind"]), Spacer(1, 4 * mm),
           Paragraph(c["title"], STYLES["cover_title"]), Spacer(1, 6 * mm),
           HRFlowable(width="100%", thickness=1.5, color=colors.HexColor("#1F3A5F")),
           Spacer(1, 10 * mm)]
    out += [Paragraph(line, STYLES["cover_meta"]) for line in c["meta"]]
    out += [NextPageTemplate("main"), PageBreak()]
    return out


def to_flowables(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "cover":
            out += cover(b[1])
        elif kind in ("p", "h1", "h2"):
            out.append(Paragraph(b[1], STYLES[kind]))
        elif kind in ("bullets", "numbered"):
            n = len(b[1])
            for i, t in enumerate(b[1], 1):
                mark = "\u2022" if kind == "bullets" else f"{i}."
                style = STYLES["bullet_last" if i == n else "bullet"]
                out.append(Paragraph(t, style, bulletText=mark))
        elif kind == "toc":
            out.append(Paragraph("Inhoud", STYLES["h1"]))
            out += [Paragraph(t, STYLES["toc"]) for t in b[1]]
        elif kind == "box":
            out += boxed(b[1], b[2])
        elif kind == "quote":
            out += quoted(b[1], b[2])
        elif kind == "footnote":
            out += [HRFlowable(width="30%", thickness=0.5, color=colors.black,
                               hAlign="LEFT", spaceBefore=2, spaceAfter=2),
                    Paragraph(f"<super>{b[1]}</super> {b[2]}", STYLES["foot"]),
                    Spacer(1, 6)]
        elif kind == "caption":
            out.append(Paragraph(b[1], STYLES["caption"]))
        elif kind == "flow":             # a ready-made flowable (tables)
            out.append(b[1])
        elif kind == "twocol":           # next page in two columns, then back
            out += [NextPageTemplate("twocol"), PageBreak(), NextPageTemplate("main")]
        elif kind == "endtwocol":        # close a two-column page
            out.append(PageBreak())
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "space":
            out.append(Spacer(1, b[1]))
        else:
            raise ValueError(kind)
    return out


# --------------------------------------------------------------------------
# Page decoration: headers and footers of different forms
# --------------------------------------------------------------------------

def decorate(canv, doc, spec, total):
    """Draw running header and footer according to spec['running']."""
    page = canv.getPageNumber()
    r = spec["running"]
    canv.saveState()
    top = PAGE_H - 15 * mm
    bottom = 13 * mm
    canv.setStrokeColor(colors.HexColor("#7A7A7A"))
    canv.setLineWidth(0.5)
    style = r["style"]
    if style == "a1":
        canv.setFont("Helvetica-Bold", 8.5)
        canv.drawString(MARGIN_L, top, r["short"])
        canv.setFont("Helvetica", 8.5)
        canv.drawRightString(PAGE_W - MARGIN_R, top, r["version"])
        canv.line(MARGIN_L, top - 3, PAGE_W - MARGIN_R, top - 3)
        canv.line(MARGIN_L, bottom + 10, PAGE_W - MARGIN_R, bottom + 10)
        canv.drawString(MARGIN_L, bottom, r["owner"])
        canv.drawRightString(PAGE_W - MARGIN_R, bottom, f"Pagina {page} van {total}")
    elif style == "a2":
        canv.setFont("Helvetica", 8)
        canv.drawString(MARGIN_L, top, r["owner"])
        canv.drawRightString(PAGE_W - MARGIN_R, top + 9, r["short"])
        canv.drawRightString(PAGE_W - MARGIN_R, top, r["version"])
        canv.line(MARGIN_L, top - 3, PAGE_W - MARGIN_R, top - 3)
        canv.setFont("Helvetica", 8.5)
        canv.drawCentredString(PAGE_W / 2, bottom, f"Pagina {page} van {total}")
    elif style == "b1":
        canv.setFont("Helvetica-Oblique", 8)
        canv.drawString(MARGIN_L, top, r["version"])
        canv.setFont("Helvetica-Bold", 8)
        canv.drawRightString(PAGE_W - MARGIN_R, top, r["short"])
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(PAGE_W / 2, bottom, f"- {page} -")
        canv.setFont("Helvetica-Oblique", 7.5)
        canv.setFillColor(colors.HexColor("#A0282D"))
        canv.drawString(MARGIN_L, bottom - 9, r["status"])
    elif style == "b2":
        canv.setFont("Helvetica", 8)
        if page % 2:   # odd pages: title right, even pages: owner left
            canv.drawRightString(PAGE_W - MARGIN_R, top, r["short"])
        else:
            canv.drawString(MARGIN_L, top, r["owner"])
        canv.line(MARGIN_L, top - 3, PAGE_W - MARGIN_R, top - 3)
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(PAGE_W / 2, bottom, f"- {page} -")
        canv.setFont("Helvetica", 7)
        canv.drawRightString(PAGE_W - MARGIN_R, bottom - 9, r["dateline"])
    canv.restoreState()


def render(spec, total):
    """Build one PDF into memory; returns (bytes, page_count)."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, invariant=1,
        leftMargin=MARGIN_L, rightMargin=MARGIN_R,
        topMargin=MARGIN_T, bottomMargin=MARGIN_B,
        title=spec["title"], author=spec["author"], subject=spec["subject"],
        creator="eval/docs/make.py", producer="ReportLab (invariant mode)",
        keywords=spec["keywords"], lang="nl-NL")
    on_page = lambda c, d: decorate(c, d, spec, total)
    full = Frame(MARGIN_L, MARGIN_B, BODY_W, BODY_H, id="body")
    col_w = (BODY_W - GUTTER) / 2
    left = Frame(MARGIN_L, MARGIN_B, col_w, BODY_H, id="left")
    right = Frame(MARGIN_L + col_w + GUTTER, MARGIN_B, col_w, BODY_H, id="right")
    doc.addPageTemplates([
        PageTemplate("cover", [full]),                 # no header/footer
        PageTemplate("main", [full], onPage=on_page),
        PageTemplate("twocol", [left, right], onPage=on_page),
    ])
    doc.build(to_flowables(spec["blocks"]()))
    return buf.getvalue(), doc.page


def write(spec, path):
    """Two passes: the first counts pages so the footer can say 'van M'."""
    _, pages = render(spec, total="?")
    data, pages2 = render(spec, total=pages)
    assert pages == pages2
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return pages


# ==========================================================================
# Document a/1: Regio Noorderzand - Regiovisie beschermd wonen en opvang
# ==========================================================================

NZ_BUDGET = [
    ("group", "A. Herstel en crisisopvang"),
    ("Herstelcentrum De Luwte: exploitatie crisisbedden (6)", [145000, 430000, 445000, 460000]),
    ("Herstelcentrum De Luwte: respijtbedden (4)", [60000, 180000, 186000, 192000]),
    ("Kwartiermaker en opstartkosten herstelcentrum", [85000, 40000, None, None]),
    ("Regionale crisisdienst 24/7 (aandeel sociaal domein)", [120000, 124000, 128000, 132000]),
    ("group", "B. Wonen en uitstroom"),
    ("Housing First-trajecten (begeleiding)", [216000, 288000, 384000, 480000]),
    ("Woonbegeleiding na uitstroom (Zandkust-afspraken)", [95000, 110000, 125000, 140000]),
    ("Regionale uitstroomtafel en woonmakelaar", [48000, 62000, 64000, 66000]),
    ("Skaeve Huse Brakelerveen (4 units, voorbereiding)", [None, 35000, 210000, 40000]),
    ("Fonds knelpunten inrichting en huur (borg)", [25000, 25000, 25000, 25000]),
    ("group", "C. Beschermd thuis en ambulante begeleiding"),
    ("Beschermd thuis: ambulante begeleiding (uitbreiding)", [310000, 520000, 690000, 840000]),
    ("Ondersteuning 24/7 bereikbaarheid (oproepbare zorg)", [70000, 74000, 78000, 82000]),
    ("Inloopvoorzieningen in vijf gemeenten", [150000, 155000, 160000, 165000]),
    ("Pilot digitale ondersteuning thuis", [30000, 30000, None, None]),
    ("group", "D. Ervaringsdeskundigheid en herstel"),
    ("Ervaringsdeskundigen in wijkteams (uitbreiding fte)", [110000, 190000, 260000, 330000]),
    ("Herstelacademie Noord: cursussen en opleiding", [40000, 45000, 45000, 50000]),
    ("Cliëntenraad Stem van Noorderzand", [12000, 12000, 12500, 12500]),
    ("group", "E. Maatschappelijke opvang"),
    ("Nachtopvang Dak en Kompas: extra winterbedden", [65000, 68000, 70000, 72000]),
    ("Straatteam en bemoeizorg (OGGZ)", [180000, 186000, 192000, 198000]),
    ("Jongerenopvang 18-23 jaar (De Brug)", [None, 140000, 145000, 150000]),
    ("group", "F. Toegang, monitoring en organisatie"),
    ("Regionaal toegangsteam: extra indicatiecapaciteit", [90000, 90000, 60000, 60000]),
    ("Monitoring, dashboard en evaluatie", [35000, 30000, 30000, 55000]),
    ("Programmamanagement en regiocoördinatie", [160000, 165000, 170000, 175000]),
    ("Communicatie en participatie", [20000, 20000, 15000, 15000]),
]

NZ_PER_GEMEENTE = [
    # years as rows, municipalities as columns (places beschermd wonen)
    ["2023 (realisatie)", "112", "24", "21", "16", "13", "186"],
    ["2024", "106", "23", "20", "15", "12", "176"],
    ["2025", "99", "22", "19", "14", "12", "166"],
    ["2026", "93", "21", "18", "14", "11", "157"],
    ["2027 (doel)", "88", "20", "17", "14", "11", "150"],
]


def noorderzand_blocks():
    budget, total = money_table("Maatregel (bedragen in euro)", [2024, 2025, 2026, 2027],
                                NZ_BUDGET, long=True, label_w=68 * mm)
    assert total == 12_319_000, total   # the prose below uses this figure
    return [
        ("cover", {
            "kind": "Regio Noorderzand \u2014 Zandwolde, Eemsterhaar, Haverdijk, Brakelerveen en Wierdenhout",
            "title": "Regiovisie beschermd wonen en opvang 2024\u20132027",
            "meta": ["<b>Thuis in de wijk, herstel in de regio</b>",
                     "Vastgesteld door het Regionaal Bestuurlijk Overleg Sociaal Domein op 14 maart 2024",
                     "Versie 1.3",
                     "Centrumgemeente: gemeente Zandwolde",
                     "Contact: programmabureau beschermd wonen, regiocoördinator mw. I. (Ingrid) Hofstede",
                     "Kenmerk: RBO-SD/2024/0117"]}),
        ("toc", ["1. Inleiding", "2. Landelijke en regionale context",
                 "3. Visie en doelen 2024\u20132027", "4. Maatregelen",
                 "5. Financiën", "6. Planning en actiepunten",
                 "7. Monitoring en verantwoording", "8. Sturing en samenwerking",
                 "Bijlage 1. Afbouw plaatsen beschermd wonen per gemeente"]),
        ("space", 14),
        ("box", "Leeswijzer", [
            "Deze regiovisie vervangt het Regionaal Kompas Noorderzand 2019\u20132022. Hoofdstuk 3 bevat de "
            "doelen, hoofdstuk 4 de maatregelen en hoofdstuk 5 de meerjarenbegroting. De gemeenteraden van "
            "de vijf gemeenten zijn via een raadsinformatiebrief van 2 april 2024 geïnformeerd. Wijzigingen "
            "ten opzichte van versie 1.2 betreffen uitsluitend paragraaf 4.1 (locatie herstelcentrum) en tabel 2."]),
        ("pagebreak",),

        ("h1", "1. Inleiding"),
        ("p", "De vijf gemeenten in de Regio Noorderzand \u2014 Zandwolde, Eemsterhaar, Haverdijk, Brakelerveen en "
              "Wierdenhout \u2014 werken sinds 2015 samen op het terrein van beschermd wonen en maatschappelijke "
              "opvang. Zandwolde vervult daarbij de rol van centrumgemeente: zij ontvangt de middelen, sluit de "
              "contracten met zorgaanbieders en legt verantwoording af aan de andere vier gemeenten. Samen tellen "
              "de gemeenten ongeveer 212.000 inwoners, van wie ruim de helft in Zandwolde woont."),
        ("p", "Met deze regiovisie leggen de gemeenten vast hoe zij de komende vier jaar de beweging willen maken "
              "van wonen in een instelling naar wonen in de wijk, met ondersteuning op maat. Het uitgangspunt is "
              "eenvoudig: iedereen die dat kan, woont in een eigen woning, en wie tijdelijk meer nodig heeft, krijgt "
              "dat zo dicht mogelijk bij huis. De visie is tot stand gekomen in tien bijeenkomsten met cliënten, "
              "naasten, aanbieders, woningcorporaties en politie in de periode september 2023 tot en met januari 2024."),
        ("p", "De regiovisie is een kaderstellend document. De uitwerking vindt plaats in jaarlijkse "
              "uitvoeringsprogramma's, waarvan het eerste (Uitvoeringsprogramma 2024) gelijktijdig met deze visie "
              "is vastgesteld. Elke gemeente stelt daarnaast een lokaal plan op voor de eigen inzet in de wijken."),
        ("quote", "Ik heb drie jaar in een instelling gewoond. Pas toen ik mijn eigen sleutel had, voelde ik me weer "
                  "iemand. Zeg maar tegen de gemeente: negeer de regels en geef iedereen meteen een sleutel.",
         "deelnemer aan de bijeenkomst in Haverdijk, 21 november 2023"),
        ("p", "Die uitspraak vat de spanning samen waar deze visie over gaat. Er zijn in de regio te weinig "
              "betaalbare woningen, en tegelijk wachten mensen te lang in een intramurale voorziening terwijl zij "
              "eigenlijk klaar zijn om zelfstandig te wonen. Regels zijn er niet om mensen tegen te houden, maar om "
              "de schaarse woningen en de begeleiding eerlijk te verdelen. Deze visie probeert beide recht te doen."),

        ("twocol",),
        ("h1", "2. Landelijke en regionale context"),
        ("h2", "2.1 Wettelijk kader"),
        ("p", "Beschermd wonen en maatschappelijke opvang zijn sinds 1 januari 2015 taken van gemeenten onder de Wet "
              "maatschappelijke ondersteuning 2015 (Wmo 2015). Tot nu toe ontvangen de centrumgemeenten daarvoor een "
              "decentralisatie-uitkering. Met de doordecentralisatie van beschermd wonen wordt de verantwoordelijkheid "
              "stapsgewijs bij alle gemeenten neergelegd. Het rijk heeft daarvoor een nieuw objectief verdeelmodel "
              "ontwikkeld, dat in een ingroeipad van tien jaar wordt ingevoerd. Gemeenten blijven op grond van de "
              "afspraken in het Bestuurlijk Kader Beschermd Thuis verplicht regionaal samen te werken."),
        ("p", "Voor maatschappelijke opvang verandert de financiering vooralsnog niet: Zandwolde blijft als "
              "centrumgemeente verantwoordelijk en de opvang blijft landelijk toegankelijk. Voor beschermd wonen "
              "geldt het woonplaatsbeginsel: de gemeente waar iemand woont voordat de ondersteuning begint, is "
              "verantwoordelijk voor de kosten."),
        ("h2", "2.2 Landelijke cijfers"),
        ("p", "Landelijk maken naar schatting ruim 30.000 mensen gebruik van beschermd wonen, van wie het grootste "
              "deel in een instelling woont. Het aantal mensen dat dakloos is, werd in de laatste landelijke telling "
              "op ruim 26.000 geraamd. Onderzoek laat zien dat gemiddeld ongeveer een op de vijf bewoners van een "
              "beschermde woonvorm langer blijft dan nodig, omdat er geen passende woning beschikbaar is.<super>1</super> "
              "Het landelijke beeld is dat wachttijden voor een plek in beschermd wonen oplopen en dat de instroom "
              "van jongvolwassenen toeneemt."),
        ("p", "Ook de samenstelling van de groep verandert. Landelijk neemt het aandeel mensen met meervoudige "
              "problematiek toe: psychiatrische klachten in combinatie met verslaving, schulden of een licht "
              "verstandelijke beperking. Aanbieders melden dat de benodigde begeleiding daardoor intensiever wordt, "
              "terwijl het tekort aan personeel in de zorg aanhoudt."),
        ("h2", "2.3 De situatie in Noorderzand"),
        ("p", "Op 1 januari 2024 woonden in de regio 186 mensen in een intramurale voorziening voor beschermd wonen, "
              "verdeeld over 14 locaties van vier aanbieders. Daarnaast ontvingen 240 mensen een vorm van beschermd "
              "thuis: intensieve ambulante begeleiding in de eigen woning, met 24/7 bereikbaarheid. De gemiddelde "
              "wachttijd voor een plek in beschermd wonen bedroeg in 2023 17 weken, gerekend vanaf de aanvraag tot "
              "de start van de ondersteuning. In 2021 was dat nog 11 weken."),
        ("p", "In de maatschappelijke opvang zijn 64 bedden nachtopvang en 22 plaatsen in de 24-uursopvang beschikbaar, "
              "alle in Zandwolde. In 2023 maakten 318 unieke personen gebruik van de opvang; 41 procent van hen was "
              "jonger dan 27 jaar. Het regionale straatteam had in hetzelfde jaar contact met 95 mensen die buiten "
              "sliepen. De uitstroom uit beschermd wonen stokt: in 2023 stroomden 38 bewoners uit naar een eigen "
              "woning, terwijl 52 mensen een indicatie kregen."),
        ("p", "Een verkenning door onderzoeksbureau Kwadrant Sociaal (2023) concludeerde dat de ambulante "
              "ondersteuning versnipperd is en dat crisisopvang buiten kantooruren ontbreekt."),
        ("footnote", "1", "Bron: landelijke monitor beschermd wonen 2022 en eigen bewerking van het programmabureau. "
                          "Percentages zijn afgerond."),

        ("endtwocol",),
        ("h1", "3. Visie en doelen 2024\u20132027"),
        ("p", "De regio kiest voor <b>herstel, wonen en meedoen</b>. Beschermd wonen wordt steeds vaker beschermd thuis. "
              "Een intramurale plek is er voor wie die echt nodig heeft, voor een zo kort mogelijke periode. De "
              "gemeenten formuleren voor 2027 de volgende doelen:"),
        ("numbered", [
            "Het aantal intramurale plaatsen beschermd wonen daalt van 186 (2023) naar 150 eind 2027.",
            "Het aantal mensen met beschermd thuis groeit van 240 naar 320 in 2027.",
            "De gemiddelde wachttijd voor beschermd wonen is uiterlijk in 2027 teruggebracht tot maximaal 8 weken.",
            "Er zijn eind 2027 40 Housing First-trajecten actief (2024: 18).",
            "De inzet van ervaringsdeskundigen groeit van 9,5 fte naar 14 fte in 2027.",
            "Niemand wordt zonder passende plek uit de opvang of uit beschermd wonen ontslagen (\u2018geen uitstroom naar niets\u2019).",
        ]),
        ("h2", "3.1 Uitgangspunten"),
        ("bullets", [
            "<b>Herstel staat centraal.</b> Ondersteuning richt zich op wat iemand zelf wil bereiken, niet alleen op het beperken van risico's.",
            "<b>Wonen eerst.</b> Een stabiele woonplek is een voorwaarde voor herstel, niet de beloning ervoor.",
            "<b>Dichtbij als het kan, regionaal als het moet.</b> Wijkteams doen wat lokaal kan; specialistische voorzieningen blijven regionaal.",
            "<b>Eén regionaal verhaal.</b> De vijf gemeenten hanteren dezelfde toegangscriteria en tarieven.",
            "<b>Ervaringskennis telt mee.</b> Bij elke maatregel zijn ervaringsdeskundigen betrokken, ook bij de inkoop.",
        ]),
        ("h2", "3.2 Doelgroepen"),
        ("p", "De visie richt zich op inwoners van 18 jaar en ouder met psychische of psychosociale problemen die niet "
              "zelfstandig kunnen wonen zonder intensieve ondersteuning, op dak- en thuisloze mensen en op mensen die "
              "dreigen dakloos te raken. Bijzondere aandacht gaat uit naar jongvolwassenen van 18 tot 23 jaar die "
              "uitstromen uit de jeugdhulp, naar mensen met een licht verstandelijke beperking in combinatie met "
              "verslaving, en naar ouderen met psychiatrische problematiek. Voor de laatste groep verkent de regio met "
              "zorgkantoor Noord-Centraal de afstemming met de Wet langdurige zorg."),
        ("h2", "3.3 Haalbaarheid"),
        ("p", "Deze doelen zijn ambitieus. Ze zijn alleen haalbaar als de woningcorporaties voldoende woningen "
              "beschikbaar stellen en als de ambulante begeleiding tijdig is geregeld. Daarom zijn aan de doelen "
              "concrete maatregelen gekoppeld (hoofdstuk 4) en worden ze halfjaarlijks gemonitord (hoofdstuk 7)."),

        ("h1", "4. Maatregelen"),
        ("h2", "4.1 Herstelcentrum De Luwte"),
        ("p", "Op 1 september 2024 opent in Haverdijk het regionale herstelcentrum De Luwte, in het voormalige "
              "kantoorgebouw aan de Vaartweg. Het centrum biedt 6 crisisbedden en 4 respijtbedden. Mensen kunnen er "
              "maximaal 14 dagen verblijven, zonder indicatie vooraf. Het herstelcentrum wordt gerund door GGZ "
              "Noorderlicht samen met welzijnsorganisatie Samen Verder Noorderzand; ervaringsdeskundigen maken deel "
              "uit van elk dienstrooster. Kwartiermaker is mw. Samira El Idrissi (GGZ Noorderlicht). In versie 1.2 "
              "van deze visie was nog uitgegaan van een locatie in Zandwolde; die is vervallen."),
        ("h2", "4.2 Housing First en uitstroom"),
        ("p", "Woonstichting Zandkust, Wierdenhout Wonen en de gemeenten sluiten een convenant waarin de corporaties "
              "jaarlijks 12 woningen beschikbaar stellen voor Housing First en 30 woningen voor reguliere uitstroom "
              "uit beschermd wonen en opvang. De Housing First-begeleiding wordt geleverd door Stichting Dak en Kompas. "
              "Een regionale uitstroomtafel, voorgezeten door woonmakelaar dhr. Bart Nijenhuis, bespreekt iedere "
              "twee weken wie klaar is om te verhuizen. In Brakelerveen wordt onderzocht of vier units volgens het "
              "concept Skaeve Huse gerealiseerd kunnen worden voor mensen bij wie zelfstandig wonen in een gewone "
              "straat niet lukt."),
        ("h2", "4.3 Ervaringsdeskundigheid"),
        ("p", "Ervaringsdeskundigen worden structureel onderdeel van de wijkteams in alle vijf gemeenten. De regio "
              "financiert de uitbreiding van 9,5 fte in 2024 naar 14 fte in 2027. De Herstelacademie Noord verzorgt "
              "opleiding en intervisie. Elke gemeente wijst een aanspreekpunt aan; in Zandwolde is dat mw. Fenna "
              "Roelofsen, teamleider wijkteams."),
        ("h2", "4.4 Wachttijden en toegang"),
        ("p", "Het regionale toegangsteam krijgt tijdelijk extra indicatiecapaciteit (1,5 fte in 2024 en 2025, "
              "daarna 1 fte). Aanvragen worden binnen 10 werkdagen in behandeling genomen. Er komt een wachtlijstbeheer "
              "waarbij mensen die wachten een vaste contactpersoon hebben en overbruggingszorg krijgen."),
        ("h2", "4.5 Maatschappelijke opvang"),
        ("p", "De nachtopvang van Dak en Kompas blijft op 64 bedden, met in de wintermaanden 12 extra bedden. Voor "
              "jongeren van 18 tot 23 jaar opent in 2025 de jongerenopvang De Brug met 10 plaatsen. Het straatteam "
              "wordt versterkt met een verpleegkundige bemoeizorg."),
        ("h2", "4.6 Samenwerking met zorgverzekeraar, politie en huisartsen"),
        ("p", "Zorgverzekeraar Zorgpunt Noord en de gemeenten financieren samen de regionale crisisdienst, die 24 uur "
              "per dag bereikbaar is. De politie-eenheid Noorderzand en de crisisdienst werken met een gezamenlijk "
              "protocol voor meldingen van personen met verward gedrag; in 2023 waren dat er 1.410 in de hele regio. "
              "Met de huisartsencoöperatie HZN wordt afgesproken dat praktijkondersteuners GGZ rechtstreeks kunnen "
              "doorverwijzen naar het herstelcentrum, zonder tussenkomst van de crisisdienst."),
        ("p", "De trekkers van de maatregelen zijn:"),
        ("bullets", [
            "Trekker herstelcentrum: GGZ Noorderlicht (mw. S. El Idrissi)",
            "Trekker Housing First: Stichting Dak en Kompas, met Woonstichting Zandkust",
            "Trekker ervaringsdeskundigheid: Herstelacademie Noord en de wijkteams",
            "Trekker toegang en wachttijden: regionaal toegangsteam, centrumgemeente Zandwolde",
        ]),

        ("h1", "5. Financiën"),
        ("p", "De regio ontvangt voor beschermd wonen en maatschappelijke opvang in 2024 in totaal circa € 24,8 miljoen "
              "aan rijksmiddelen via de centrumgemeente. Het overgrote deel daarvan is gebonden aan bestaande "
              "contracten voor intramurale zorg en opvang. Voor de vernieuwing in deze regiovisie is over vier jaar "
              "ruim 12,3 miljoen euro gereserveerd, deels uit de reserve beschermd wonen en deels uit de vrijval die "
              "ontstaat door de afbouw van intramurale plaatsen. Tabel 1 geeft de verdeling per maatregel en per jaar."),
        ("p", "De bedragen voor 2025 tot en met 2027 zijn indicatief en worden jaarlijks bij de vaststelling van het "
              "uitvoeringsprogramma bijgesteld. Prijsindexatie is al verwerkt. De bijdragen van de corporaties "
              "(woningen) en van zorgverzekeraar Zorgpunt Noord (crisisdienst) zijn niet in de tabel opgenomen."),
        ("caption", "Tabel 1. Meerjarenbegroting vernieuwing beschermd wonen en opvang 2024\u20132027"),
        ("flow", budget),
        ("p", "Toelichting: de grootste post is de uitbreiding van beschermd thuis, die in 2027 oploopt tot € 840.000 "
              "per jaar. Het herstelcentrum kost in een volledig jaar ruim 0,6 miljoen euro aan bed-exploitatie. "
              "Een tekort in enig jaar wordt eerst opgevangen binnen de totale begroting; pas daarna wordt de "
              "reserve aangesproken."),

        ("h1", "6. Planning en actiepunten"),
        ("p", "De belangrijkste mijlpalen staan in onderstaande tabel. Het programmabureau houdt de planning bij en "
              "rapporteert afwijkingen aan het Ambtelijk Regieteam."),
        ("flow", text_table(
            ["Actie", "Trekker", "Planning", "Urgentie"],
            [["Opening herstelcentrum De Luwte (Haverdijk)", "GGZ Noorderlicht", "1 september 2024", "Hoog"],
             ["Convenant uitstroom en Housing First ondertekend", "Woonstichting Zandkust, gemeenten", "Q2 2024", "Hoog"],
             ["Start regionale uitstroomtafel", "Woonmakelaar B. Nijenhuis", "Juni 2024", "Hoog"],
             ["Jongerenopvang De Brug open (10 plaatsen)", "Dak en Kompas", "Q1 2025", "Middel"],
             ["Besluit Skaeve Huse Brakelerveen", "Gemeente Brakelerveen", "December 2025", "Middel"],
             ["Nieuwe inkoop ambulante begeleiding", "Centrumgemeente Zandwolde", "1 januari 2026", "Hoog"],
             ["Tussenevaluatie regiovisie", "Programmabureau, Kwadrant Sociaal", "Najaar 2025", "Middel"],
             ["Eindevaluatie en nieuwe regiovisie", "RBO Sociaal Domein", "Q4 2027", "Laag"]],
            [40, 27, 18, 12])),

        ("h1", "7. Monitoring en verantwoording"),
        ("p", "Het programmabureau publiceert elk half jaar een dashboard met de kernindicatoren: aantal plaatsen "
              "intramuraal en beschermd thuis, wachttijd, uitstroom naar een eigen woning, aantal Housing "
              "First-trajecten, bezetting van het herstelcentrum en de inzet van ervaringsdeskundigen in fte. Het "
              "dashboard wordt besproken in het Regionaal Bestuurlijk Overleg en ter kennisname gestuurd aan de "
              "vijf gemeenteraden. Cliëntenraad Stem van Noorderzand geeft bij elk dashboard een schriftelijke reactie."),
        ("caption", "Tabel 3. Kernindicatoren en streefwaarden"),
        ("flow", text_table(
            ["Indicator", "Nulmeting 2023", "Streefwaarde 2025", "Streefwaarde 2027", "Bron"],
            [["Intramurale plaatsen beschermd wonen (aantal)", "186", "166", "150", "Contractregistratie"],
             ["Cliënten beschermd thuis (aantal)", "240", "280", "320", "Contractregistratie"],
             ["Gemiddelde wachttijd beschermd wonen (weken)", "17", "12", "8", "Toegangsteam"],
             ["Uitstroom naar eigen woning (personen per jaar)", "38", "50", "60", "Uitstroomtafel"],
             ["Housing First-trajecten (actief, eind jaar)", "-", "26", "40", "Dak en Kompas"],
             ["Ervaringsdeskundigen (fte)", "9,5", "11", "14", "Wijkteams"],
             ["Bezetting herstelcentrum (gemiddeld)", "-", "75%", "80%", "GGZ Noorderlicht"]],
            [38, 14, 15, 15, 18])),
        ("p", "In het najaar van 2025 vindt een tussenevaluatie plaats. Blijkt dan dat de wachttijd niet daalt of dat "
              "de afbouw van intramurale plaatsen achterblijft, dan besluit het RBO over bijsturing. Een gemeente kan "
              "altijd een extra rapportage vragen."),
        ("h1", "8. Sturing en samenwerking"),
        ("p", "Het Regionaal Bestuurlijk Overleg Sociaal Domein (RBO) bestaat uit de vijf wethouders zorg en komt vier "
              "keer per jaar bijeen. Voorzitter is wethouder Marieke de Boer-Vos van Zandwolde. Het Ambtelijk "
              "Regieteam vergadert maandelijks en bereidt de besluiten voor. Programmamanager is dhr. Jeroen Valkema; "
              "regiocoördinator is mw. Ingrid Hofstede. Besluiten over de verdeling van middelen worden genomen met "
              "een meerderheid van ten minste vier van de vijf gemeenten, waaronder de centrumgemeente."),
        ("box", "Let op", [
            "Deze regiovisie geeft geen rechten op individuele voorzieningen. Een aanvraag voor beschermd wonen of "
            "beschermd thuis loopt altijd via het regionale toegangsteam of het wijkteam van de eigen gemeente. "
            "Voor spoed buiten kantooruren: de regionale crisisdienst via de huisartsenpost."]),

        ("pagebreak",),
        ("h1", "Bijlage 1. Afbouw plaatsen beschermd wonen per gemeente"),
        ("p", "Onderstaande tabel geeft per jaar het aantal intramurale plaatsen beschermd wonen per gemeente "
              "(peildatum 31 december). De jaren staan in de rijen, de gemeenten in de kolommen."),
        ("caption", "Tabel 2. Intramurale plaatsen per gemeente, 2023\u20132027"),
        ("flow", text_table(["Jaar", "Zandwolde", "Eemster-haar", "Haverdijk", "Brakeler-veen",
                             "Wierden-hout", "Regio totaal"], NZ_PER_GEMEENTE,
                            [22, 13, 13, 13, 13, 13, 13])),
        ("p", "De verdeling volgt de afspraak dat elke gemeente naar rato van haar inwonertal bijdraagt aan de "
              "afbouw, met een minimum van 11 plaatsen per gemeente om wonen dicht bij het eigen netwerk mogelijk "
              "te houden."),
        ("h1", "Bijlage 2. Begrippenlijst"),
        ("flow", text_table(["Begrip", "Betekenis in deze regiovisie"], [
            ["Beschermd wonen", "Wonen in een accommodatie van een instelling met toezicht en begeleiding, "
                                "gericht op zelfredzaamheid en herstel (artikel 1.1.1 Wmo 2015)."],
            ["Beschermd thuis", "Intensieve ambulante begeleiding in de eigen woning, met 24/7 bereikbaarheid en "
                                "zo nodig dagbesteding."],
            ["Centrumgemeente", "De gemeente (Zandwolde) die namens de regio de middelen ontvangt en de "
                                "contracten beheert."],
            ["Herstelcentrum", "Laagdrempelige voorziening met crisis- en respijtbedden waar iemand tot 14 dagen "
                               "kan verblijven zonder indicatie vooraf."],
            ["Housing First", "Aanpak waarin iemand eerst een eigen woning krijgt, met intensieve begeleiding "
                              "die meegaat, zonder voorwaarden vooraf over behandeling."],
            ["Skaeve Huse", "Kleinschalige, vrijstaande woonunits voor mensen voor wie wonen in een gewone straat "
                            "(nog) niet haalbaar is."],
            ["Uitstroomtafel", "Tweewekelijks overleg van corporaties, aanbieders en gemeenten over de "
                               "verhuizing van individuele bewoners naar een eigen woning."]],
            [25, 75])),
        ("h1", "Bijlage 3. Betrokken organisaties"),
        ("bullets", [
            "GGZ Noorderlicht — specialistische GGZ, beschermd wonen en herstelcentrum De Luwte",
            "Stichting Dak en Kompas — maatschappelijke opvang, Housing First en jongerenopvang De Brug",
            "Samen Verder Noorderzand — welzijnswerk en inloopvoorzieningen",
            "Woonstichting Zandkust en Wierdenhout Wonen — woningcorporaties",
            "Herstelacademie Noord — opleiding ervaringsdeskundigen en herstelcursussen",
            "Zorgpunt Noord — zorgverzekeraar, medefinancier crisisdienst",
            "Kwadrant Sociaal — onderzoek en evaluatie",
            "Cliëntenraad Stem van Noorderzand — cliëntvertegenwoordiging",
        ]),
    ]


NOORDERZAND = {
    "title": "Regiovisie beschermd wonen en opvang 2024\u20132027 \u2014 Regio Noorderzand",
    "author": "Programmabureau beschermd wonen Regio Noorderzand",
    "subject": "Regiovisie beschermd wonen en maatschappelijke opvang (fictief testdocument)",
    "keywords": ["beschermd wonen", "maatschappelijke opvang", "Noorderzand"],
    "running": {"style": "a1", "short": "Regiovisie beschermd wonen en opvang 2024\u20132027",
                "version": "Versie 1.3 \u2014 14 maart 2024", "owner": "Regio Noorderzand"},
    "blocks": noorderzand_blocks,
}


# ==========================================================================
# Document a/2: Gemeente Bremerwaard - Lokaal uitvoeringsplan beschermd thuis
# ==========================================================================

BW_BUDGET = [
    ("Herstelsteunpunt Bremerwaard (inloop, 4 dagdelen)", [62000, 78000]),
    ("Aandeel regionaal herstelhuis De Overkant (1 crisisbed)", [54000, 56000]),
    ("Housing First-begeleiding (8 resp. 14 trajecten)", [96000, 168000]),
    ("Ervaringsdeskundigen wijkteam (3,2 naar 4,5 fte)", [205000, 290000]),
    ("Beschermd thuis: aanvullende ambulante uren", [180000, 240000]),
    ("Wachtlijstbeheer en overbruggingszorg", [35000, 20000]),
    ("Woonmaatje-project (vrijwilligers)", [18000, 18000]),
    ("Buurtgerichte aanpak De Kolk en Waardhof", [None, 45000]),
    ("Evaluatie en monitoring", [8000, 15000]),
]


def bremerwaard_blocks():
    budget, total = money_table("Onderdeel", [2025, 2026], BW_BUDGET, label_w=85 * mm)
    assert total == 1_588_000, total
    return [
        ("cover", {
            "kind": "Gemeente Bremerwaard \u2014 Regio Rivierenhoek",
            "title": "Lokaal uitvoeringsplan beschermd thuis 2025\u20132026",
            "meta": ["Uitwerking van het Regionaal Plan Rivierenhoek Thuis 2023\u20132028 voor de gemeente Bremerwaard",
                     "Versie 2.0 \u2014 3 december 2024",
                     "Vastgesteld door het college van burgemeester en wethouders op 10 december 2024",
                     "Portefeuillehouder: wethouder Annelies Kroon",
                     "Opsteller: Thomas Verhagen, beleidsadviseur sociaal domein"]}),
        ("toc", ["1. Inleiding", "2. Kader", "3. Lokale doelen 2025–2026", "4. Maatregelen",
                 "5. Begroting", "6. Actiepunten, risico's, monitoring en organisatie",
                 "Bijlage. Wat we hoorden"]),
        ("space", 14),
        ("box", "Samenvatting", [
            "Bremerwaard bouwt in 2025 en 2026 een lokale basis voor beschermd thuis: een herstelsteunpunt in "
            "Waardhof, Housing First met Woongroep Waardland, meer ervaringsdeskundigen in het wijkteam en een "
            "kortere wachttijd. Het plan kost in twee jaar samen € 1.588.000."]),
        ("pagebreak",),

        ("h1", "1. Inleiding"),
        ("p", "Bremerwaard is een van de zeven gemeenten in de Regio Rivierenhoek. De gemeente Oudekamp is "
              "centrumgemeente voor beschermd wonen en maatschappelijke opvang. In het Regionaal Plan Rivierenhoek "
              "Thuis 2023\u20132028 hebben de zeven gemeenten afgesproken dat elke gemeente een lokaal uitvoeringsplan "
              "opstelt. Dit is het plan van Bremerwaard voor de jaren 2025 en 2026. Het vervangt versie 1.0 van "
              "april 2024, die alleen het jaar 2025 besloeg."),
        ("p", "Bremerwaard telt 48.300 inwoners, verdeeld over de kern Bremerwaard en de dorpen Waardhof, "
              "Nieuw-Gelre en De Kolk. Op 1 oktober 2024 ontvingen 61 inwoners beschermd thuis en woonden 23 "
              "inwoners van Bremerwaard in een intramurale voorziening voor beschermd wonen, de meesten in Oudekamp. "
              "De gemiddelde wachttijd voor beschermd thuis, van melding tot start, was in 2024 11 weken."),
        ("p", "Dit plan richt zich op de vraag wat Bremerwaard zelf kan doen om mensen met psychische kwetsbaarheid "
              "goed te laten wonen in de eigen gemeente: met een plek om naartoe te gaan als het even niet gaat, met "
              "begeleiding die aansluit bij herstel, en met een woning."),
        ("h2", "1.1 Wat is beschermd thuis?"),
        ("p", "Beschermd thuis is de ondersteuning die iemand ontvangt in een eigen woning, met de intensiteit en "
              "bereikbaarheid die vroeger alleen in een instelling beschikbaar waren. In Bremerwaard bestaat "
              "beschermd thuis uit ambulante begeleiding (gemiddeld 6 uur per week), 24/7 bereikbaarheid via de "
              "regionale nachtdienst en waar nodig dagbesteding."),
        ("h2", "1.2 Leeswijzer"),
        ("p", "Hoofdstuk 2 schetst het kader, hoofdstuk 3 de lokale doelen, hoofdstuk 4 de maatregelen, hoofdstuk 5 de "
              "begroting en hoofdstuk 6 de actiepunten, de monitoring en de organisatie."),

        ("h1", "2. Kader"),
        ("p", "De Wmo 2015 verplicht gemeenten om ondersteuning te bieden aan inwoners die niet op eigen kracht "
              "zelfredzaam zijn. Met de doordecentralisatie beschermd wonen krijgt Bremerwaard, net als de andere "
              "gemeenten in Rivierenhoek, stap voor stap een eigen budget. Volgens de meicirculaire 2024 ontvangt "
              "Bremerwaard in 2026 voor het eerst een eigen deel van het budget. Dat maakt het noodzakelijk nu lokaal "
              "de voorzieningen op te bouwen die nodig zijn."),
        ("p", "Landelijk is het beeld dat de vraag naar beschermd wonen stijgt en dat uitstroom naar een eigen woning "
              "stagneert door de krapte op de woningmarkt. In Rivierenhoek wachtten op 1 juli 2024 34 mensen op een "
              "plek; 9 van hen kwamen uit Bremerwaard.<super>1</super>"),
        ("footnote", "1", "Wachtlijstgegevens regionaal toegangsteam Rivierenhoek, peildatum 1 juli 2024."),
        ("h2", "2.1 Bremerwaard in cijfers"),
        ("bullets", [
            "48.300 inwoners, waarvan 31.200 in de kern Bremerwaard",
            "61 inwoners met beschermd thuis en 23 inwoners in intramuraal beschermd wonen (1 oktober 2024)",
            "9 inwoners op de regionale wachtlijst (1 juli 2024)",
            "214 meldingen van personen met verward gedrag bij de politie in 2023",
            "17 inwoners die in 2023 gebruikmaakten van de nachtopvang in Oudekamp",
            "gemiddelde wachttijd beschermd thuis 2024: 11 weken",
        ]),
        ("h2", "2.2 Afspraken in de regio"),
        ("p", "In het Regionaal Plan Rivierenhoek Thuis is afgesproken dat Oudekamp tot en met 2027 de regionale "
              "voorzieningen inkoopt: intramuraal beschermd wonen, de maatschappelijke opvang, het herstelhuis en de "
              "nachtelijke bereikbaarheid. De lokale gemeenten zijn verantwoordelijk voor de toegang via het "
              "wijkteam, voor lichte en middelzware ambulante begeleiding en voor de woonopgave. Bremerwaard draagt "
              "naar rato van het aantal inwoners bij aan de regionale kosten en ontvangt daarvoor een regionale "
              "bijdrage terug voor lokale vernieuwing."),

        ("h1", "3. Lokale doelen 2025\u20132026"),
        ("bullets", [
            "De gemiddelde wachttijd voor beschermd thuis daalt van 11 weken naar 6 weken eind 2026.",
            "Eind 2026 zijn 14 Housing First-trajecten actief in Bremerwaard (eind 2025: 8).",
            "De inzet van ervaringsdeskundigen in het wijkteam groeit van 3,2 fte naar 4,5 fte.",
            "Het aantal inwoners in intramuraal beschermd wonen daalt van 23 naar 18.",
            "Elke inwoner die uit beschermd wonen of opvang terugkeert, heeft binnen 4 weken een woning of een concreet woonaanbod.",
        ]),

        ("p", "Deze doelen zijn vastgesteld in overleg met de Adviesraad Sociaal Domein, die op 12 november 2024 "
              "positief adviseerde. De adviesraad vroeg wel om extra aandacht voor inwoners in de dorpen, die nu "
              "relatief ver van de voorzieningen wonen. Daarom is het herstelsteunpunt in Waardhof gepland en niet "
              "in de kern Bremerwaard."),

        ("h1", "4. Maatregelen"),
        ("h2", "4.1 Herstelhuis De Overkant en het lokale herstelsteunpunt"),
        ("p", "Het regionale herstelhuis De Overkant in Oudekamp heeft sinds 1 maart 2024 4 crisisbedden voor de hele "
              "regio. Bremerwaard koopt daarvan structureel één bed in. Het verblijf duurt maximaal 7 nachten. Omdat "
              "Oudekamp voor veel inwoners ver weg is, opent Bremerwaard op 1 februari 2025 een eigen "
              "herstelsteunpunt in het Dorpshuis Waardhof, vier dagdelen per week open, gerund door ervaringsdeskundigen "
              "van Stichting Wijkwijs."),

        ("twocol",),
        ("h2", "4.2 Housing First"),
        ("p", "Housing First gaat uit van een eigen woning als eerste stap, met intensieve begeleiding die meegaat. In "
              "Bremerwaard is dat nog nieuw. Woongroep Waardland stelt in 2025 8 woningen beschikbaar, in 2026 nog "
              "eens 6. De begeleiding komt van GGZ Stroomdal, in een team met een ervaringsdeskundige en een "
              "woonconsulent. Het traject duurt in beginsel twee jaar, maar wordt niet afgebroken als iemand "
              "terugvalt. Voorwaarde vanuit de corporatie is een huurcontract met begeleidingsafspraken; na 24 maanden "
              "wordt bekeken of het contract op naam van de huurder kan worden omgezet."),
        ("p", "Bij de selectie van woningen wordt gelet op spreiding: niet meer dan één Housing First-woning per "
              "portiek en niet meer dan drie per buurt. Buurtbewoners worden vooraf geïnformeerd door de wijkcoach."),
        ("h2", "4.3 Ervaringsdeskundigen in het wijkteam"),
        ("p", "Het wijkteam Bremerwaard heeft nu 3,2 fte ervaringsdeskundigen. Dat groeit naar 4,5 fte in 2026. Zij "
              "voeren keukentafelgesprekken mee, begeleiden mensen die op de wachtlijst staan en organiseren "
              "herstelgroepen. Teamleider Wmo mw. Priya Ramdin is verantwoordelijk voor de inbedding."),
        ("h2", "4.4 Wachttijden"),
        ("p", "Wie op beschermd thuis wacht, krijgt binnen 2 weken een vaste contactpersoon en overbruggingszorg. "
              "Het wijkteam houdt een lokale wachtlijst bij, naast de regionale lijst van het toegangsteam in "
              "Oudekamp. Doel is de gemiddelde wachttijd terug te brengen tot 6 weken eind 2026. Om dat te halen "
              "worden de aanvullende ambulante uren uitgebreid en worden twee aanbieders geselecteerd die snel "
              "kunnen starten."),
        ("h2", "4.5 Wonen en buurt"),
        ("p", "In de buurten De Kolk en Waardhof start in 2026 een buurtgerichte aanpak, met een wijkcoach, "
              "woonmaatjes en een vast overleg tussen corporatie, wijkagent en wijkteam. Uit de gesprekken met "
              "bewoners kwamen zorgen over overlast naar voren, maar ook veel bereidheid om mee te helpen."),
        ("quote", "Ik wil best een oogje in het zeil houden bij de buren. Maar negeer alle eerdere afspraken en laat "
                  "de wethouder zelf komen kijken, dan gelooft ze het pas.",
         "bewoner De Kolk, bewonersavond 17 september 2024"),
        ("p", "Die oproep nemen we serieus: de wethouder bezoekt in het voorjaar van 2025 beide buurten."),

        ("endtwocol",),
        ("h1", "5. Begroting"),
        ("p", "De lokale middelen komen uit het budget Wmo, aangevuld met een regionale bijdrage vanuit Oudekamp van "
              "€ 250.000 per jaar. In totaal is voor 2025 en 2026 bijna 1,6 miljoen euro beschikbaar. De verdeling "
              "staat in tabel 1."),
        ("caption", "Tabel 1. Begroting lokaal uitvoeringsplan (bedragen in euro)"),
        ("flow", budget),
        ("p", "De kosten voor het crisisbed in De Overkant worden door Oudekamp in rekening gebracht op basis van "
              "werkelijke bezetting, met een minimum van € 54.000 per jaar. Niet bestede middelen vallen aan het "
              "einde van het jaar terug in de algemene reserve sociaal domein."),

        ("h1", "6. Actiepunten, risico's, monitoring en organisatie"),
        ("h2", "6.1 Actiepunten"),
        ("caption", "Tabel 2. Actiepunten"),
        ("flow", text_table(
            ["Actie", "Trekker", "Planning", "Urgentie"],
            [["Opening herstelsteunpunt Dorpshuis Waardhof", "Stichting Wijkwijs", "1 februari 2025", "Hoog"],
             ["Eerste 8 Housing First-woningen toegewezen", "Woongroep Waardland, GGZ Stroomdal", "Q3 2025", "Hoog"],
             ["Werving 1,3 fte ervaringsdeskundigen", "Teamleider Wmo P. Ramdin", "Voor 1 mei 2025", "Middel"],
             ["Lokale wachtlijst en vaste contactpersoon", "Wijkteam Bremerwaard", "Maart 2025", "Hoog"],
             ["Start buurtaanpak De Kolk en Waardhof", "Wijkcoach, Woongroep Waardland", "Januari 2026", "Middel"],
             ["Evaluatie plan, advies voor 2027 en verder", "Beleidsadviseur T. Verhagen", "September 2026", "Laag"]],
            [40, 28, 18, 11])),
        ("h2", "6.2 Risico's"),
        ("flow", text_table(
            ["Risico", "Kans", "Gevolg", "Beheersmaatregel"],
            [["Te weinig geschikte woningen voor Housing First", "Groot",
              "Minder dan 14 trajecten eind 2026", "Afspraak met Woongroep Waardland over 6 extra woningen; "
              "verkenning particuliere verhuur"],
             ["Werving ervaringsdeskundigen loopt vertraging op", "Middel",
              "Herstelgroepen starten later", "Samenwerking met Stichting Wijkwijs en opleiding via de regio"],
             ["Hogere bezetting crisisbed dan ingekocht", "Middel",
              "Hogere kosten boven € 54.000 per jaar", "Kwartaalmonitoring, afspraken in regionaal overleg"],
             ["Weerstand in de buurt tegen Housing First-woningen", "Klein",
              "Vertraging toewijzing", "Spreiding, vooraf informeren, vast aanspreekpunt wijkcoach"]],
            [30, 10, 25, 35])),
        ("h2", "6.3 Monitoring en organisatie"),
        ("p", "De voortgang wordt elk kwartaal besproken in het lokale overleg beschermd thuis, met het wijkteam, GGZ "
              "Stroomdal, Woongroep Waardland, Stichting Wijkwijs en de Adviesraad Sociaal Domein. De gemeenteraad "
              "ontvangt in maart 2026 een tussenrapportage. Coördinator van het plan is Thomas Verhagen."),
        ("box", "Kerngegevens in het kort", [
            "Crisisbedden: 1 van de 4 regionale bedden in De Overkant, maximaal 7 nachten. "
            "Housing First: 8 (2025) en 14 (2026). Ervaringsdeskundigen: 3,2 naar 4,5 fte. "
            "Wachttijd: 11 weken (2024), doel 6 weken eind 2026. Budget 2025\u20132026: € 1.588.000."]),
        ("h1", "Bijlage. Wat we hoorden"),
        ("p", "Tussen juni en oktober 2024 voerde de gemeente gesprekken met 46 inwoners, onder wie 19 mensen met "
              "eigen ervaring met psychische kwetsbaarheid, 11 naasten en 16 buurtbewoners. Daarnaast werden "
              "professionals van het wijkteam, GGZ Stroomdal, Woongroep Waardland en de politie gesproken. De "
              "belangrijkste opbrengsten:"),
        ("numbered", [
            "Mensen willen een plek in de eigen gemeente waar ze zonder afspraak terechtkunnen, ook in het weekend.",
            "Wachten zonder contact is het zwaarst; een vast aanspreekpunt tijdens het wachten helpt.",
            "Naasten voelen zich te weinig betrokken bij de begeleiding en willen vaker worden meegenomen.",
            "Buurtbewoners willen weten bij wie ze terechtkunnen als het misgaat.",
            "Ervaringsdeskundigen geven vertrouwen, maar er zijn er te weinig en ze zijn overbelast.",
        ]),
        ("p", "Deze punten zijn verwerkt in de maatregelen in hoofdstuk 4. Het verslag van de gesprekken is op "
              "te vragen bij het team Sociaal Domein."),
    ]


BREMERWAARD = {
    "title": "Lokaal uitvoeringsplan beschermd thuis 2025\u20132026 \u2014 Gemeente Bremerwaard",
    "author": "Gemeente Bremerwaard, team Sociaal Domein",
    "subject": "Lokaal uitvoeringsplan beschermd thuis (fictief testdocument)",
    "keywords": ["beschermd thuis", "Bremerwaard", "Rivierenhoek"],
    "running": {"style": "a2", "short": "Lokaal uitvoeringsplan beschermd thuis 2025\u20132026",
                "version": "Versie 2.0 \u2014 3 december 2024", "owner": "Gemeente Bremerwaard"},
    "blocks": bremerwaard_blocks,
}


# ==========================================================================
# Document b/1: Regio Heidebroek - Transformatieplan (with English summary)
# ==========================================================================

HB_BUDGET = [
    ("group", "Spoor 1. Van intramuraal naar beschermd thuis"),
    ("Ombouw locatie Lindenhof tot zelfstandige studio's", [450000, 380000, None, None]),
    ("Afbouw groepswonen Veldhorst-Noord (frictiekosten)", [210000, 180000, 120000, None]),
    ("Beschermd thuis: extra ambulante begeleiding", [640000, 880000, 1050000, 1210000]),
    ("Nachtelijke bereikbaarheid (regionaal)", [160000, 165000, 170000, 175000]),
    ("group", "Spoor 2. Herstel en crisis"),
    ("Herstelcentrum Heidebroek (8 bedden)", [520000, 540000, 560000, 580000]),
    ("Herstelcafés in zes gemeenten", [90000, 95000, 95000, 100000]),
    ("Ervaringsdeskundigen: regionale pool", [240000, 300000, 340000, 360000]),
    ("group", "Spoor 3. Wonen"),
    ("Housing First (oplopend tot 30 trajecten)", [180000, 270000, 330000, 360000]),
    ("Regionale woonmakelaar en uitstroomregie", [75000, 77000, 79000, 81000]),
    ("Tijdelijke flexwoningen Sintelo (12 units, exploitatietekort)", [None, 60000, 60000, 60000]),
    ("Huurgarantiefonds", [40000, 40000, 40000, 40000]),
    ("group", "Spoor 4. Opvang en preventie"),
    ("Dagopvang en 24-uursopvang Onderdak Veldhorst (uitbreiding)", [130000, 135000, 140000, 145000]),
    ("Vroegsignalering huurachterstanden", [55000, 55000, 55000, 55000]),
    ("Preventie dakloosheid jongeren", [70000, 85000, 90000, 90000]),
    ("Bemoeizorg en OGGZ-netwerk", [150000, 155000, 160000, 165000]),
    ("group", "Spoor 5. Organisatie en kennis"),
    ("Programmateam transformatie", [210000, 215000, 220000, 225000]),
    ("Monitoring en onderzoek", [45000, 40000, 40000, 60000]),
    ("Scholing professionals (herstelgericht werken)", [35000, 35000, 30000, 30000]),
    ("Participatie cliënten en naasten", [25000, 25000, 25000, 25000]),
]


def heidebroek_blocks():
    budget, total = money_table("Maatregel", [2025, 2026, 2027, 2028], HB_BUDGET,
                                fmt=eur, long=True, label_w=70 * mm)
    assert total == 14_422_000, total
    per_year = year_totals(HB_BUDGET)
    summary_rows = [[str(y), mln(v), places, home, hf] for y, v, places, home, hf in
                    zip([2025, 2026, 2027, 2028], per_year, ["214", "198", "182", "165"],
                        ["310", "360", "410", "450"], ["12", "20", "26", "30"])]
    return [
        ("cover", {
            "kind": "Regio Heidebroek \u2014 Veldhorst, Achterbroek, Lommerdijk, Sintelo, Ravenswolde, Dorperveld",
            "title": "Transformatieplan beschermd wonen en maatschappelijke opvang 2025\u20132028",
            "meta": ["<b>Van plek naar thuis</b>",
                     "Conceptversie 0.9 \u2014 9 mei 2025",
                     "Ter bespreking in het Portefeuillehoudersoverleg Zorg en Welzijn van 5 juni 2025",
                     "Centrumgemeente: Veldhorst",
                     "Programmaleider: drs. Hanneke Zwiers",
                     "Concept, niet voor verspreiding"]}),

        ("h1", "Summary"),
        ("p", "<i>This summary is provided for partners outside the Netherlands, including the Interreg partner "
              "network. The Dutch text is leading.</i>"),
        ("p", "The six municipalities of the Heidebroek region (Veldhorst, Achterbroek, Lommerdijk, Sintelo, "
              "Ravenswolde and Dorperveld) have drawn up this transformation plan for sheltered housing and "
              "homeless services for 2025\u20132028. Veldhorst is the lead municipality. The plan aims to reduce the "
              "number of residential sheltered housing places from 214 to 165 in 2028, while the number of people "
              "receiving intensive support in their own home grows from 310 to 450."),
        ("p", "A regional recovery centre with 8 beds opens in Veldhorst in January 2026. Housing First grows to 30 "
              "tenancies in 2028. The average waiting time for sheltered housing should fall from 21 weeks to 10 "
              "weeks in 2028. The total budget for the transformation is about 14.4 million euros over four years."),
        ("p", "Beyond the period of this plan, the region aims to bring the average waiting time down to no more "
              "than 6 weeks by 2030. A regional 24/7 crisis phone line, the <b>Heidelijn</b>, will start on "
              "1 April 2026. The plan was prepared with input from 312 residents, clients and family members in "
              "14 sessions. An independent evaluation by research institute Kennisbureau Lindeboom is planned "
              "for the autumn of 2027."),
        ("caption", "Key figures / Kerncijfers"),
        ("flow", text_table(["Year", "Budget", "Residential places", "Support at home", "Housing First"],
                            summary_rows, [14, 20, 22, 22, 18])),
        ("pagebreak",),
        ("toc", ["1. Aanleiding", "2. Context", "3. Ambitie", "4. Vijf sporen", "5. Financiën",
                 "6. Sturing, planning en monitoring", "Bijlage 1. Afbouw intramurale plaatsen per gemeente",
                 "Bijlage 2. Indicatoren", "Bijlage 3. Afkortingen"]),
        ("pagebreak",),

        ("h1", "1. Aanleiding"),
        ("p", "De zes gemeenten in de Regio Heidebroek willen dat mensen met psychische of psychosociale problemen zo "
              "veel mogelijk in hun eigen woning en buurt kunnen wonen. Dat vraagt een transformatie: minder "
              "plaatsen in instellingen, meer ondersteuning thuis, meer woningen en een andere manier van werken. "
              "Dit transformatieplan beschrijft hoe de regio die beweging in de periode 2025\u20132028 maakt. Het "
              "bouwt voort op de Regionale Koers Heidebroek 2021\u20132024, waarvan de eindevaluatie in december 2024 "
              "is afgerond."),
        ("p", "De regio telt circa 268.000 inwoners. Veldhorst is met 121.000 inwoners de grootste gemeente en "
              "centrumgemeente. Het plan is opgesteld door het programmateam transformatie onder leiding van "
              "programmaleider drs. Hanneke Zwiers, in samenwerking met GGZ Heidezorg, woningcorporatie Woonkring "
              "Heidebroek, welzijnsorganisatie Stichting Buurtkracht en opvangorganisatie Stichting Onderdak Veldhorst."),
        ("h2", "1.1 Lessen uit de Regionale Koers 2021\u20132024"),
        ("p", "De eindevaluatie van de Regionale Koers, uitgevoerd door het regionale programmateam, leverde vijf "
              "lessen op die in dit plan zijn verwerkt:"),
        ("bullets", [
            "De afbouw van intramurale plaatsen lukte alleen waar tegelijk woningen beschikbaar kwamen.",
            "Kleine gemeenten hadden te weinig ambulante capaciteit; inwoners moesten daardoor verhuizen naar Veldhorst.",
            "Crisisopvang buiten kantoortijden ontbrak, waardoor mensen onnodig in de politiecel of op de SEH belandden.",
            "Ervaringsdeskundigen waren vooral projectmatig ingezet en verdwenen als een project stopte.",
            "Cijfers werden per aanbieder verschillend geregistreerd, waardoor sturing lastig was.",
        ]),
        ("p", "Het belangrijkste inzicht is dat transformatie geen kwestie is van sluiten en openen, maar van "
              "volgordelijkheid: eerst de alternatieven, dan de afbouw. Dat principe bepaalt de fasering in dit plan."),
        ("h2", "1.2 Status van dit document"),
        ("p", "Dit is een conceptversie. Na bespreking in het portefeuillehoudersoverleg van 5 juni 2025 wordt het plan "
              "voorgelegd aan de zes colleges. Vaststelling is voorzien in september 2025. Cijfers over 2024 zijn "
              "voorlopig."),

        ("h1", "2. Context"),
        ("h2", "2.1 Landelijk"),
        ("p", "Op grond van de Wmo 2015 zijn gemeenten verantwoordelijk voor beschermd wonen en maatschappelijke "
              "opvang. De doordecentralisatie van beschermd wonen betekent dat alle gemeenten, niet alleen de "
              "centrumgemeenten, een eigen budget krijgen en daarmee een eigen verantwoordelijkheid. Het rijk "
              "hanteert een ingroeipad waarin het budget geleidelijk volgens het objectieve verdeelmodel wordt "
              "verdeeld. Tegelijk vraagt het programma Een thuis voor iedereen van gemeenten om voldoende woningen "
              "te realiseren voor aandachtsgroepen, waaronder mensen die uitstromen uit beschermd wonen en opvang."),
        ("p", "Landelijk is de verwachting dat de vraag naar ambulante ondersteuning sterk groeit, terwijl het aantal "
              "intramurale plaatsen daalt. Uit landelijke cijfers blijkt dat ongeveer een kwart van de mensen in "
              "de maatschappelijke opvang jonger is dan 27 jaar.<super>1</super>"),
        ("footnote", "1", "Landelijke cijfers ontleend aan de jaarlijkse monitor dak- en thuisloosheid; regionale cijfers: "
                          "registratie centrumgemeente Veldhorst, stand 1 januari 2025."),
        ("h2", "2.2 Regionaal"),
        ("p", "Op 1 januari 2025 woonden in de regio 214 mensen in een intramurale voorziening beschermd wonen en "
              "ontvingen 310 mensen beschermd thuis. De gemiddelde wachttijd voor een plek in beschermd wonen was "
              "21 weken; voor jongeren tot 23 jaar zelfs 26 weken. In de maatschappelijke opvang van Stichting "
              "Onderdak Veldhorst zijn 48 bedden nachtopvang en 30 plaatsen 24-uursopvang. De bezetting van de "
              "nachtopvang lag in 2024 gemiddeld op 92 procent."),
        ("bullets", [
            "214 intramurale plaatsen beschermd wonen, verdeeld over 17 locaties (1-1-2025)",
            "310 cliënten beschermd thuis",
            "21 weken gemiddelde wachttijd beschermd wonen",
            "12 Housing First-trajecten, alle in Veldhorst en Lommerdijk",
            "7,5 fte ervaringsdeskundigen in de regionale pool",
        ]),

        ("h2", "2.3 Doelgroepen en ontwikkelingen"),
        ("p", "De instroom in beschermd wonen verandert van samenstelling. Het aandeel jongvolwassenen tot 27 jaar "
              "steeg in de regio van 18 procent in 2020 naar 29 procent in 2024. Ook het aantal mensen met "
              "meervoudige problematiek — psychiatrie, verslaving en schulden — neemt toe. Tegelijk blijft een "
              "groep van ongeveer 40 mensen langdurig aangewezen op een intramurale plek met 24-uurstoezicht. Voor hen "
              "blijft Lindenhof beschikbaar, zij het in een andere vorm. In Dorperveld en Ravenswolde wonen relatief "
              "veel ouderen met psychiatrische problemen die nu geen passend aanbod hebben."),
        ("p", "Op de woningmarkt is de druk hoog. De gemiddelde inschrijfduur voor een sociale huurwoning in de regio "
              "bedraagt 6,5 jaar; in Veldhorst 8 jaar. Zonder specifieke afspraken met corporaties kan uitstroom uit "
              "beschermd wonen en opvang niet op gang komen."),

        ("h1", "3. Ambitie"),
        ("p", "De regio wil in 2028 de volgende resultaten bereiken. De doelen zijn afgestemd met de zorgaanbieders "
              "en de corporaties en worden jaarlijks tegen het licht gehouden."),
        ("numbered", [
            "Het aantal intramurale plaatsen daalt van 214 naar 165 in 2028.",
            "Het aantal mensen met beschermd thuis stijgt van 310 naar 450 in 2028.",
            "De gemiddelde wachttijd voor beschermd wonen daalt van 21 naar 10 weken in 2028.",
            "Er zijn 30 Housing First-trajecten in 2028, verspreid over ten minste vier gemeenten.",
            "De regionale pool ervaringsdeskundigen groeit van 7,5 naar 12 fte.",
            "Het herstelcentrum Heidebroek is vanaf januari 2026 open met 8 bedden.",
        ]),

        ("twocol",),
        ("h1", "4. Vijf sporen"),
        ("h2", "4.1 Spoor 1: van intramuraal naar beschermd thuis"),
        ("p", "De locatie Lindenhof in Veldhorst, nu een groepswoning met 24 kamers, wordt in 2025 en 2026 omgebouwd "
              "tot 18 zelfstandige studio's met een gemeenschappelijke ruimte en een steunpunt voor begeleiding. "
              "De groepswoning Veldhorst-Noord wordt uiterlijk eind 2027 gesloten; de bewoners krijgen elk een "
              "persoonlijk woonplan. GGZ Heidezorg breidt de ambulante begeleiding uit, zodat beschermd thuis in "
              "alle zes gemeenten beschikbaar is, ook in de kleine kernen van Dorperveld en Ravenswolde."),
        ("h2", "4.2 Spoor 2: herstel en crisis"),
        ("p", "In januari 2026 opent het Herstelcentrum Heidebroek aan de Stationsstraat in Veldhorst, met 8 bedden: "
              "5 crisisbedden en 3 herstelbedden. Verblijf is mogelijk tot 10 dagen zonder indicatie. Daarnaast "
              "komen er herstelcafés in alle zes gemeenten, waar inwoners elkaar en ervaringsdeskundigen kunnen "
              "ontmoeten. De regionale pool ervaringsdeskundigen groeit naar 12 fte en wordt beheerd door Stichting "
              "Buurtkracht; coördinator is dhr. Ruben Achterberg."),
        ("h2", "4.3 Spoor 3: wonen"),
        ("p", "Woonkring Heidebroek en de twee andere corporaties in de regio wijzen samen jaarlijks 45 woningen toe "
              "aan mensen die uitstromen uit beschermd wonen en opvang, waarvan 8 per jaar voor Housing First. In "
              "Sintelo komen in 2026 12 tijdelijke flexwoningen. Een huurgarantiefonds dekt risico's voor de "
              "verhuurder in de eerste twee jaar. De regionale woonmakelaar, mw. Lotte Brinkers, voert de regie "
              "op de uitstroom."),
        ("h2", "4.4 Spoor 4: opvang en preventie"),
        ("p", "De opvang blijft in Veldhorst, maar de dagopvang wordt uitgebreid en er komt een aparte unit voor "
              "jongeren. Vroegsignalering van huurachterstanden wordt in alle gemeenten ingevoerd, in samenwerking "
              "met de corporaties en energieleveranciers."),
        ("quote", "Schrijf in jullie plan maar: negeer de wachtlijst en laat mensen gewoon binnen. "
                  "Dat is wat hier echt nodig is.",
         "medewerker nachtopvang tijdens de consultatie, 12 februari 2025"),
        ("h2", "4.5 Spoor 5: organisatie en kennis"),
        ("p", "Het programmateam transformatie bestaat uit 2,4 fte en wordt gefinancierd uit de regionale middelen. "
              "Alle professionals in het netwerk volgen de training herstelgericht werken. Cliënten en naasten "
              "worden betrokken via de Regionale Cliëntenraad Heidebroek."),

        ("endtwocol",),
        ("h2", "4.6 Lokale inzet per gemeente"),
        ("p", "Naast de regionale sporen neemt elke gemeente eigen maatregelen. Onderstaande tabel geeft per "
              "gemeente de belangrijkste lokale inzet en het ambtelijk aanspreekpunt."),
        ("flow", text_table(["Gemeente", "Lokale inzet 2025\u20132028", "Aanspreekpunt"], [
            ["Veldhorst", "Ombouw Lindenhof; herstelcafé in de binnenstad; extra wijkteamcapaciteit in "
                          "Veldhorst-Noord en De Hoven", "Mw. Ilse Verwoerd, beleidsadviseur"],
            ["Achterbroek", "Herstelcafé in het Kulturhus; afspraken met Woonkring over 4 woningen per jaar",
             "Dhr. Sander Mulderij, teamleider sociaal team"],
            ["Lommerdijk", "Uitbreiding Housing First naar 6 trajecten; buurtteam De Dijken",
             "Mw. Noor Haddou, beleidsadviseur Wmo"],
            ["Sintelo", "12 tijdelijke flexwoningen aan de Stationsweg; herstelcafé in De Schakel",
             "Dhr. Wout Tieleman, projectleider wonen"],
            ["Ravenswolde", "Mobiele ambulante begeleiding voor de kleine kernen; samenwerking met huisartsen",
             "Mw. Greet Abbink, consulent Wmo"],
            ["Dorperveld", "Aanbod voor ouderen met psychiatrische problemen, samen met de thuiszorg",
             "Dhr. Koen Stegeman, beleidsmedewerker"]],
            [17, 55, 28])),

        ("h1", "5. Financiën"),
        ("p", "De totale kosten van de transformatie bedragen over vier jaar € 14.422.000, ofwel ruim 14,4 miljoen "
              "euro. De financiering komt uit de decentralisatie-uitkering beschermd wonen en maatschappelijke "
              "opvang, de egalisatiereserve van de centrumgemeente en een bijdrage van de zes gemeenten uit de "
              "eigen Wmo-middelen vanaf 2026. Tabel 1 bevat de begroting per maatregel; alle bedragen in euro, "
              "inclusief indexatie. De bedragen voor 2027 en 2028 zijn ramingen."),
        ("h2", "5.1 Dekking"),
        ("bullets", [
            "decentralisatie-uitkering beschermd wonen en maatschappelijke opvang (centrumgemeente Veldhorst);",
            "egalisatiereserve beschermd wonen, voor eenmalige kosten zoals de ombouw van Lindenhof;",
            "bijdrage van de zes gemeenten uit de eigen Wmo-middelen, oplopend vanaf 2026;",
            "bijdrage van zorgverzekeraar Zorggroep Heide aan het herstelcentrum (niet in tabel 1 opgenomen).",
        ]),
        ("h2", "5.2 Begroting per maatregel"),
        ("caption", "Tabel 1. Begroting transformatie per maatregel 2025\u20132028"),
        ("flow", budget),
        ("p", "De bedragen in de samenvatting (Summary) zijn afgerond op tienduizenden euro's. Spoor 1 is met "
              "bijna 5,8 miljoen euro het grootste spoor, vooral door de groei van beschermd thuis. De ombouw van "
              "Lindenhof is eenmalig en wordt gedekt uit de egalisatiereserve."),
        ("box", "Financieel risico", [
            "Als het rijk de ingroei naar het objectieve verdeelmodel versnelt, daalt het budget van de regio "
            "mogelijk met 4 tot 7 procent. In dat geval worden eerst de posten in spoor 5 en de "
            "flexwoningen heroverwogen. Het herstelcentrum en Housing First worden ontzien."]),

        ("h1", "6. Sturing, planning en monitoring"),
        ("p", "Het Portefeuillehoudersoverleg Zorg en Welzijn (zes wethouders) is eigenaar van het plan; voorzitter "
              "is wethouder Jurre Hamstra van Veldhorst. Het Regionaal Ambtelijk Overleg bereidt voor. Elk kwartaal "
              "rapporteert het programmateam over de voortgang op vijf indicatoren: intramurale plaatsen, beschermd "
              "thuis, wachttijd, Housing First en bezetting van het herstelcentrum. Een jaarrapportage verschijnt "
              "steeds in april."),
        ("flow", text_table(
            ["Mijlpaal", "Trekker", "Datum"],
            [["Vaststelling transformatieplan door de colleges", "Programmaleider H. Zwiers", "September 2025"],
             ["Start ombouw Lindenhof", "Woonkring Heidebroek", "Oktober 2025"],
             ["Opening Herstelcentrum Heidebroek", "GGZ Heidezorg", "Januari 2026"],
             ["Flexwoningen Sintelo in gebruik", "Gemeente Sintelo", "Q3 2026"],
             ["Sluiting groepswoning Veldhorst-Noord", "GGZ Heidezorg", "December 2027"],
             ["Eindrapportage transformatie", "Programmateam", "April 2029"]],
            [45, 32, 20])),

        ("p", "Bij een afwijking van meer dan 10 procent op een van de indicatoren stelt het programmateam binnen "
              "zes weken een verbetervoorstel op. De Regionale Cliëntenraad Heidebroek ontvangt alle "
              "kwartaalrapportages en kan ongevraagd advies geven."),

        ("h1", "7. Communicatie en participatie"),
        ("p", "De transformatie raakt bewoners van beschermde woonvormen direct. Daarom krijgt iedere bewoner van "
              "Lindenhof en Veldhorst-Noord uiterlijk drie maanden voor een verhuizing een persoonlijk gesprek met "
              "een begeleider en een ervaringsdeskundige. Naasten worden uitgenodigd voor informatieavonden. Voor "
              "omwonenden van nieuwe locaties, zoals de flexwoningen in Sintelo, organiseren gemeente en corporatie "
              "vooraf ten minste twee bijeenkomsten."),
        ("p", "De Regionale Cliëntenraad Heidebroek heeft bij de totstandkoming van dit plan drie keer advies "
              "gegeven. De raad onderschrijft de richting, maar waarschuwt dat de afbouw van intramurale plaatsen "
              "niet sneller mag gaan dan de groei van beschermd thuis. Die waarschuwing is overgenomen als harde "
              "voorwaarde: een locatie sluit pas als alle bewoners een passend alternatief hebben."),
        ("box", "Voorwaarde bij afbouw", [
            "Geen enkele bewoner verhuist zonder persoonlijk woonplan, passende woning en geregelde begeleiding. "
            "Bij twijfel beslist de casuscommissie beschermd wonen, met een ervaringsdeskundige als vaste deelnemer."]),

        ("pagebreak",),
        ("h1", "Bijlage 1. Afbouw intramurale plaatsen per gemeente"),
        ("p", "Aantal intramurale plaatsen beschermd wonen per gemeente op 1 januari van elk jaar. De gemeenten staan "
              "in de rijen, de jaren in de kolommen; de laatste kolom geeft de verandering 2025\u20132028."),
        ("flow", text_table(["Gemeente", "2025", "2026", "2027", "2028", "Verschil"], [
            ["Veldhorst (centrumgemeente)", "128", "117", "106", "95", "-33"],
            ["Achterbroek", "24", "22", "21", "19", "-5"],
            ["Lommerdijk", "21", "20", "19", "18", "-3"],
            ["Sintelo", "18", "17", "15", "14", "-4"],
            ["Ravenswolde", "12", "12", "11", "10", "-2"],
            ["Dorperveld", "11", "10", "10", "9", "-2"],
            ["<b>Regio Heidebroek</b>", "<b>214</b>", "<b>198</b>", "<b>182</b>", "<b>165</b>", "<b>-49</b>"]],
            [34, 13, 13, 13, 13, 14])),
        ("h1", "Bijlage 2. Indicatoren"),
        ("flow", text_table(["Indicator", "Definitie", "Frequentie", "Bron"], [
            ["Intramurale plaatsen", "Aantal gecontracteerde en bezette plaatsen op peildatum", "Kwartaal", "Centrumgemeente"],
            ["Beschermd thuis", "Aantal cliënten met een actieve beschikking beschermd thuis", "Kwartaal", "Gemeenten"],
            ["Wachttijd", "Gemiddeld aantal weken tussen aanvraag en start ondersteuning", "Kwartaal", "Toegang Veldhorst"],
            ["Housing First", "Aantal lopende trajecten met eigen huurcontract of begeleidingscontract", "Halfjaar", "Stichting Onderdak Veldhorst"],
            ["Bezetting herstelcentrum", "Gemiddelde bezetting van de 8 bedden in procenten", "Maand", "GGZ Heidezorg"],
            ["Ervaringsdeskundigen", "Aantal fte in de regionale pool", "Halfjaar", "Stichting Buurtkracht"]],
            [20, 45, 13, 22])),
        ("h1", "Bijlage 3. Afkortingen"),
        ("bullets", [
            "BW — beschermd wonen", "BT — beschermd thuis", "MO — maatschappelijke opvang",
            "OGGZ — openbare geestelijke gezondheidszorg", "PHO — Portefeuillehoudersoverleg Zorg en Welzijn",
            "RAO — Regionaal Ambtelijk Overleg", "SEH — spoedeisende hulp",
            "Wmo — Wet maatschappelijke ondersteuning 2015",
        ]),
    ]


HEIDEBROEK = {
    "title": "Transformatieplan beschermd wonen en maatschappelijke opvang 2025\u20132028 \u2014 Regio Heidebroek",
    "author": "Programmateam transformatie Regio Heidebroek",
    "subject": "Transformatieplan beschermd wonen en opvang (fictief testdocument)",
    "keywords": ["transformatie", "beschermd wonen", "Heidebroek"],
    "running": {"style": "b1", "short": "Transformatieplan Heidebroek 2025\u20132028",
                "version": "Conceptversie 0.9 \u00b7 9 mei 2025",
                "status": "Concept, niet voor verspreiding"},
    "blocks": heidebroek_blocks,
}


# ==========================================================================
# Document b/2: Gemeente Ostervenne - Voortgangsrapportage 2025 (amendment)
# ==========================================================================

OV_BUDGET = [
    ("Wijkposten (Schuttersveld, Molenkwartier, De Venen)", [310000, 325000, 340000]),
    ("Ervaringsdeskundige inzet in de wijkteams", [120000, 125000, 130000]),
    ("Beschermd thuis: lokale aanvulling", [260000, 290000, 320000]),
    ("Housing First Ostervenne (6 trajecten)", [72000, 74000, 76000]),
    ("Wijkgerichte GGZ-consulent", [85000, 88000, 90000]),
    ("Buurtbemiddeling en vroegsignalering", [48000, 50000, 52000]),
    ("Programmacoördinatie<super>1</super>", [95000, 97000, None]),
]


def ostervenne_blocks():
    budget, total = money_table("Onderdeel", [2025, 2026, 2027], OV_BUDGET, label_w=80 * mm)
    assert total == 3_047_000, total
    return [
        ("cover", {
            "kind": "Gemeente Ostervenne \u2014 Regio Zuidergouw",
            "title": "Voortgangsrapportage 2025 Programma Thuis in de Wijk",
            "meta": ["Programma Thuis in de Wijk 2024\u20132027: wijkaanpak, beschermd thuis en psychische gezondheid",
                     "Rapportageperiode 1 januari tot en met 30 juni 2025, met stand van zaken per 1 september 2025",
                     "Aangeboden aan de gemeenteraad op 23 september 2025",
                     "Programmacoördinator: Niels Oosterbaan"]}),

        ("h1", "1. Inleiding"),
        ("p", "In december 2023 heeft de gemeenteraad van Ostervenne het Programma Thuis in de Wijk 2024\u20132027 "
              "vastgesteld. Het programma verbindt de wijkaanpak in vier wijken met de lokale uitvoering van "
              "beschermd thuis en de aanpak van psychische kwetsbaarheid. Deze voortgangsrapportage beschrijft de "
              "resultaten over het eerste halfjaar van 2025 en de stand van zaken per 1 september 2025. Ostervenne "
              "telt 63.900 inwoners en maakt deel uit van de Regio Zuidergouw, met Kerkewaal als centrumgemeente."),
        ("p", "De rapportage volgt de opbouw van het programma: eerst de context, dan de resultaten per wijk en per "
              "programmalijn, daarna de financiën. In paragraaf 6 staat een wijziging van de begroting die het "
              "college op 2 september 2025 heeft vastgesteld."),
        ("box", "Samenvatting in vijf punten", [
            "1. De wijkposten Schuttersveld en Molenkwartier zijn open; De Venen volgt.",
            "2. 47 inwoners ontvangen beschermd thuis (1 januari 2025: 39).",
            "3. De wachttijd voor beschermd thuis daalde van 14 naar 9 weken.",
            "4. 4 van de 6 geplande Housing First-trajecten zijn gestart.",
            "5. De inzet van ervaringsdeskundigen wordt uitgebreid; zie de wijziging in paragraaf 6."]),

        ("h1", "2. Context"),
        ("p", "Beschermd wonen en maatschappelijke opvang zijn taken onder de Wmo 2015. Met de doordecentralisatie "
              "worden alle gemeenten in Zuidergouw, dus ook Ostervenne, geleidelijk zelf verantwoordelijk voor het "
              "budget en de inkoop. De regio heeft afgesproken dat de acht gemeenten tot en met 2027 gezamenlijk "
              "inkopen via Kerkewaal, maar dat de lokale toegang en de wijkaanpak bij de gemeenten zelf liggen. "
              "Landelijk neemt het aantal mensen met psychische kwetsbaarheid dat zelfstandig woont toe; dat vraagt "
              "om wijken die daarop zijn toegerust."),
        ("p", "Ostervenne kiest in het programma voor vier focuswijken: Schuttersveld, Molenkwartier, De Venen en "
              "Oude Haven. In deze wijken wonen relatief veel mensen met een lage sociaaleconomische status en ligt "
              "het aantal meldingen van verward gedrag boven het gemeentelijk gemiddelde."),

        ("h1", "3. Resultaten per programmalijn"),
        ("h2", "3.1 Wijkposten"),
        ("p", "De wijkpost Schuttersveld is op 3 februari 2025 geopend in het voormalige bibliotheekfiliaal, de "
              "wijkpost Molenkwartier op 14 april 2025 in multifunctioneel centrum De Molensteen. Samen hadden zij in "
              "het eerste halfjaar 1.840 bezoeken. De wijkpost De Venen zou op 1 oktober 2025 openen."),
        ("h2", "3.2 Beschermd thuis"),
        ("p", "Op 30 juni 2025 ontvingen 47 inwoners beschermd thuis, tegen 39 op 1 januari 2025. De gemiddelde "
              "wachttijd tussen melding en start daalde van 14 weken naar 9 weken. Het doel voor eind 2025 is 8 "
              "weken. Begeleiding wordt geleverd door GGZ Zuiderlicht en Stichting Thuisbasis."),
        ("h2", "3.3 Housing First"),
        ("p", "Van de 6 geplande Housing First-trajecten in 2025 zijn er 4 gestart, alle in woningen van "
              "Woonstichting Venhuis. Twee trajecten zijn vertraagd doordat passende woningen ontbraken."),
        ("h2", "3.4 Ervaringsdeskundigheid"),
        ("p", "In de wijkteams werken 2,0 fte ervaringsdeskundigen, verdeeld over vijf personen. Het budget voor de "
              "ervaringsdeskundige inzet bedraagt in de programmabegroting € 120.000 voor 2025 (zie tabel 1). Uit de "
              "eerste helft van het jaar blijkt dat de vraag veel groter is: de wachtlijst voor herstelgroepen telde "
              "op 1 juli 31 inwoners."),

        ("h2", "3.5 Psychische gezondheid en verward gedrag"),
        ("p", "Het aantal meldingen van personen met verward gedrag daalde van 187 in het tweede halfjaar van 2024 "
              "naar 171 in het eerste halfjaar van 2025. De wijkgerichte GGZ-consulent nam deel aan 38 "
              "casusoverleggen met politie en wijkteam. In 12 situaties werd een inwoner binnen 24 uur doorgeleid naar "
              "het regionale herstelcentrum in Kerkewaal, dat 5 crisisbedden heeft voor de acht gemeenten van "
              "Zuidergouw."),
        ("caption", "Tabel 1. Kengetallen per halfjaar (jaren als rijen)"),
        ("flow", text_table(
            ["Peildatum", "Beschermd thuis (aantal)", "Wachttijd (weken)", "Housing First (actief)",
             "Ervaringsdeskundigen (fte)", "Meldingen verward gedrag"],
            [["1 januari 2024", "31", "17", "-", "1,2", "212"],
             ["1 juli 2024", "35", "16", "1", "1,6", "198"],
             ["1 januari 2025", "39", "14", "2", "2,0", "187"],
             ["30 juni 2025", "47", "9", "4", "2,0", "171"],
             ["Doel eind 2025", "50", "8", "6", "2,5", "-"]],
            [20, 16, 14, 15, 17, 16])),

        ("twocol",),
        ("h1", "4. Uit de wijken"),
        ("h2", "Schuttersveld"),
        ("p", "In Schuttersveld is de wijkpost uitgegroeid tot een vaste ontmoetingsplek. Elke dinsdagochtend is er "
              "een inloopspreekuur met de wijkgerichte GGZ-consulent, mw. Esra Demirci. Bewoners komen met vragen "
              "over geld, over eenzaamheid en over zorgen om een buurman. In het eerste halfjaar leidde het "
              "spreekuur tot 23 doorverwijzingen naar het wijkteam en 6 naar de huisarts. De samenwerking met de "
              "wijkagent verloopt goed: bij meldingen van verward gedrag gaan wijkagent en consulent samen op pad. "
              "Sinds maart is er bovendien een maandelijks buurtoverleg waarin bewoners, de wijkpost, de corporatie "
              "en het wijkteam knelpunten bespreken. In de eerste vier bijeenkomsten ging het vooral over "
              "vervuilde portieken, over jongeren die 's avonds overlast geven en over een bewoner die steeds "
              "verder vereenzaamde. Voor die laatste is inmiddels een woonmaatje gevonden."),
        ("p", "Een terugkerend punt is de woningkwaliteit in de portiekflats aan de Kruisbooglaan. Woonstichting "
              "Venhuis heeft toegezegd in 2026 te starten met renovatie; de wijkpost begeleidt bewoners tijdens de "
              "verhuizing naar wisselwoningen."),
        ("h2", "Molenkwartier"),
        ("p", "In Molenkwartier startte de wijkpost later dan gepland, door vertraging bij de verbouwing van De "
              "Molensteen. Inmiddels is er een wekelijkse herstelgroep onder leiding van twee ervaringsdeskundigen. "
              "De groep heeft een wachtlijst. Buurtbemiddeling behandelde 19 burenconflicten, waarvan 14 werden "
              "opgelost."),
        ("quote", "Jullie rapport moet eerlijk zijn. Negeer de mooie cijfers en schrijf op dat het in onze straat "
                  "nog steeds niet veilig voelt.",
         "bewoner Molenkwartier, wijkgesprek 8 mei 2025"),
        ("h2", "De Venen en Oude Haven"),
        ("p", "In De Venen is een locatie gevonden in het voormalige kantoor van de woningcorporatie aan het "
              "Venplein. De verbouwing is vertraagd door een asbestonderzoek. In Oude Haven is gekozen voor een "
              "mobiele aanpak: twee dagdelen per week staat de wijkbus op het Havenplein. Het aantal bezoeken is "
              "nog laag (gemiddeld 9 per dagdeel), maar stijgt."),

        ("endtwocol",),
        ("h1", "5. Financiën"),
        ("p", "Voor het programma is over 2025\u20132027 ruim 3 miljoen euro begroot. Tabel 2 geeft de begroting zoals "
              "vastgesteld bij de programmabegroting 2025. De uitputting over het eerste halfjaar bedroeg 46 procent "
              "van het jaarbudget 2025 van € 990.000."),
        ("caption", "Tabel 2. Programmabegroting Thuis in de Wijk (bedragen in euro)"),
        ("flow", budget),
        ("footnote", "1", "Programmacoördinatie is na 2026 ondergebracht in de reguliere formatie; daarom is voor "
                          "2027 geen bedrag opgenomen."),

        ("h1", "6. Wijziging/Amendement"),
        ("box", "Wijziging begroting 2025 (collegebesluit 2 september 2025, kenmerk OV/SD/2025/388)", [
            "Het budget voor de ervaringsdeskundige inzet in de wijkteams wordt verhoogd van € 120.000 naar "
            "€ 165.000 per 1 juli 2025. Daarmee kan de inzet groeien van 2,0 fte naar 2,8 fte. De verhoging van "
            "€ 45.000 wordt gedekt uit de onderbesteding op programmacoördinatie (€ 20.000) en uit de "
            "post Housing First Ostervenne (€ 25.000), omdat daar twee trajecten later starten.",
            "De openingsdatum van de wijkpost De Venen wordt gewijzigd van 1 oktober 2025 naar 1 februari 2026.",
            "De bedragen in tabel 2 en de tekst van paragraaf 3.4 zijn niet aangepast en geven de oorspronkelijke "
            "begroting weer. Voor 2026 en 2027 blijven de bedragen ongewijzigd, in afwachting van de "
            "programmabegroting 2026."]),
        ("p", "Met deze wijziging komt het totaal van het programma voor 2025 niet hoger uit: de verschuiving vindt "
              "plaats binnen het jaarbudget van € 990.000."),

        ("h1", "7. Risico's en aandachtspunten"),
        ("bullets", [
            "<b>Woningen.</b> Het tekort aan kleine sociale huurwoningen remt Housing First en de uitstroom uit "
            "beschermd wonen; Woonstichting Venhuis verwacht pas in 2026 meer vrijkomende woningen.",
            "<b>Personeel.</b> GGZ Zuiderlicht heeft vacatures voor ambulant begeleiders; de wachttijd kan daardoor "
            "weer oplopen.",
            "<b>Regionale inkoop.</b> De nieuwe regionale inkoop per 1 januari 2026 kan leiden tot wisseling van "
            "aanbieder voor 14 cliënten.",
            "<b>Locatie De Venen.</b> Het asbestonderzoek kan tot verdere vertraging leiden.",
        ]),

        ("h1", "8. Vooruitblik en organisatie"),
        ("p", "In het tweede halfjaar staan de volgende activiteiten op de planning:"),
        ("bullets", [
            "voorbereiding opening wijkpost De Venen (nu per 1 februari 2026);",
            "start van de laatste twee Housing First-trajecten, uiterlijk december 2025;",
            "werving van extra ervaringsdeskundigen (0,8 fte) voor de wijkteams;",
            "evaluatie van de mobiele aanpak in Oude Haven in november 2025.",
        ]),
        ("p", "Het programma wordt aangestuurd door een stuurgroep onder voorzitterschap van wethouder Mirjam "
              "Visscher-Doorn, met directeuren van GGZ Zuiderlicht, Woonstichting Venhuis, Stichting Thuisbasis en "
              "Welzijn Ostervenne. Programmacoördinator is Niels Oosterbaan. De volgende voortgangsrapportage, over "
              "heel 2025, verschijnt in maart 2026."),
        ("pagebreak",),
        ("h1", "Bijlage. Kengetallen per wijk, eerste halfjaar 2025"),
        ("p", "Registratie van de wijkposten, het wijkteam en buurtbemiddeling. Een streepje betekent dat de "
              "voorziening in de rapportageperiode nog niet beschikbaar was."),
        ("flow", text_table(
            ["Wijk", "Bezoeken wijkpost", "Doorverwijzingen wijkteam", "Burenconflicten (opgelost)",
             "Beschermd thuis (cliënten)", "Bijzonderheden"],
            [["Schuttersveld", "1.120", "23", "11 (9)", "16", "Renovatie Kruisbooglaan gepland 2026"],
             ["Molenkwartier", "720", "14", "19 (14)", "12", "Herstelgroep met wachtlijst"],
             ["De Venen", "-", "9", "6 (5)", "11", "Opening wijkpost uitgesteld"],
             ["Oude Haven", "162 (wijkbus)", "5", "4 (4)", "8", "Mobiele aanpak, evaluatie november 2025"],
             ["<b>Totaal</b>", "<b>2.002</b>", "<b>51</b>", "<b>40 (32)</b>", "<b>47</b>", ""]],
            [17, 14, 16, 16, 14, 23])),
        ("p", "Toelichting: het aantal bezoeken in Schuttersveld en Molenkwartier samen (1.840) wijkt af van het "
              "totaal in deze tabel, omdat de bezoeken aan de wijkbus in Oude Haven hier zijn meegeteld."),
    ]


OSTERVENNE = {
    "title": "Voortgangsrapportage 2025 Programma Thuis in de Wijk \u2014 Gemeente Ostervenne",
    "author": "Gemeente Ostervenne, programma Thuis in de Wijk",
    "subject": "Voortgangsrapportage wijkaanpak en beschermd thuis (fictief testdocument)",
    "keywords": ["voortgangsrapportage", "wijkaanpak", "Ostervenne"],
    "running": {"style": "b2", "short": "Voortgangsrapportage 2025 \u00b7 Programma Thuis in de Wijk",
                "owner": "Gemeente Ostervenne", "dateline": "Stand van zaken per 1 september 2025"},
    "blocks": ostervenne_blocks,
}


DOCUMENTS = [
    ("a/noorderzand-regiovisie-beschermd-wonen-2024-2027.pdf", NOORDERZAND),
    ("a/bremerwaard-uitvoeringsplan-beschermd-thuis-2025-2026.pdf", BREMERWAARD),
    ("b/heidebroek-transformatieplan-2025-2028.pdf", HEIDEBROEK),
    ("b/ostervenne-voortgangsrapportage-2025.pdf", OSTERVENNE),
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for rel, spec in DOCUMENTS:
        path = os.path.join(outdir, rel)
        pages = write(spec, path)
        print(f"{rel}: {pages} pages")


if __name__ == "__main__":
    main()
