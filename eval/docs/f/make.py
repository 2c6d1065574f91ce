#!/usr/bin/env python
"""Generate two ENTIRELY FICTIONAL Dutch youth-care (jeugdzorg) policy PDFs for QA testing.

  1. jeugdregio-vennestreek-regiovisie-jeugd-2026-2030.pdf
  2. ellewoude-jaarverslag-jeugdhulp-2025.pdf

All regions, municipalities, organisations, people and figures are invented.
Output is byte-deterministic (reportlab invariant mode, no clock, no randomness).

Run:  /tmp/rl-f/bin/python make.py        (writes the PDFs next to this file)
"""
import io
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether,
    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
PW, PH = A4
NB = "\u00a0"

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def nl(n, dec=0):
    """Dutch number notation: 1.240.000 / 3,6."""
    if dec:
        s = f"{n:,.{dec}f}"
    else:
        s = f"{int(round(n)):,}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def eur(n):
    return "€" + NB + nl(n)


def cell_k(n):
    """table cell: None -> blank, 0 -> '-', else Dutch number"""
    if n is None:
        return ""
    if n == 0:
        return "-"
    return nl(n)


def mln_k(n_thousands, dec=2):
    """amount given in k€ -> '€ 2,45 mln'"""
    return "€" + NB + nl(n_thousands / 1000.0, dec) + " mln"


def pct(a, b, dec=1):
    return nl(100.0 * a / b, dec) + "%"


def roman(n):
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


BASE = dict(fontName="Helvetica", fontSize=9.5, leading=13.2)


def styles(accent):
    s = {}
    s["body"] = ParagraphStyle("body", alignment=TA_JUSTIFY, spaceAfter=5, **BASE)
    s["bodyl"] = ParagraphStyle("bodyl", parent=s["body"], alignment=TA_LEFT)
    s["col"] = ParagraphStyle("col", parent=s["body"], alignment=TA_LEFT, fontSize=8.7,
                              leading=11.6, spaceAfter=4)
    s["colh"] = ParagraphStyle("colh", parent=s["col"], fontName="Helvetica-Bold",
                               textColor=accent, spaceBefore=3, spaceAfter=1, keepWithNext=1)
    s["h1"] = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19,
                             textColor=accent, spaceBefore=4, spaceAfter=8, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                             textColor=accent, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    s["h3"] = ParagraphStyle("h3", fontName="Helvetica-BoldOblique", fontSize=9.8, leading=13,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1)
    s["bul"] = ParagraphStyle("bul", parent=s["body"], leftIndent=14, bulletIndent=2,
                              spaceAfter=2, alignment=TA_LEFT)
    s["num"] = ParagraphStyle("num", parent=s["body"], leftIndent=18, bulletIndent=2,
                              spaceAfter=3, alignment=TA_LEFT)
    s["quote"] = ParagraphStyle("quote", parent=s["body"], fontName="Helvetica-Oblique",
                                leftIndent=18, rightIndent=18, borderPadding=(6, 6, 6, 6),
                                backColor=colors.HexColor("#F1EEF3"), spaceBefore=8,
                                spaceAfter=10, alignment=TA_LEFT)
    s["qsrc"] = ParagraphStyle("qsrc", parent=s["body"], fontSize=8, leading=10,
                               alignment=TA_RIGHT, rightIndent=18, spaceBefore=-6)
    s["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.0, leading=9.8)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="Helvetica-Bold")
    s["cellr"] = ParagraphStyle("cellr", parent=s["cell"], alignment=TA_RIGHT)
    s["cellbr"] = ParagraphStyle("cellbr", parent=s["cellb"], alignment=TA_RIGHT)
    s["cellc"] = ParagraphStyle("cellc", parent=s["cellb"], alignment=TA_CENTER)
    s["small"] = ParagraphStyle("small", fontName="Helvetica", fontSize=7.6, leading=9.5,
                                spaceAfter=3)
    s["caption"] = ParagraphStyle("caption", fontName="Helvetica-Bold", fontSize=8.8,
                                  leading=11, spaceBefore=6, spaceAfter=3, keepWithNext=1)
    s["captionnk"] = ParagraphStyle("captionnk", parent=s["caption"], keepWithNext=0)
    s["box"] = ParagraphStyle("box", parent=s["body"], alignment=TA_LEFT, fontSize=9,
                              leading=12.2, spaceAfter=3)
    s["boxh"] = ParagraphStyle("boxh", parent=s["box"], fontName="Helvetica-Bold",
                               textColor=accent, fontSize=10, spaceAfter=4)
    s["en"] = ParagraphStyle("en", parent=s["body"], fontName="Times-Roman", fontSize=10.6,
                             leading=14, spaceAfter=6)
    s["enh"] = ParagraphStyle("enh", parent=s["en"], fontName="Times-Bold", fontSize=11.5,
                              spaceBefore=6, spaceAfter=3, keepWithNext=1)
    s["enbul"] = ParagraphStyle("enbul", parent=s["en"], leftIndent=14, bulletIndent=2,
                                alignment=TA_LEFT, spaceAfter=3)
    return s


class FnDoc(BaseDocTemplate):
    """Doc template with real footnotes (drawn at the bottom of the page where the
    reference is set, via a reportlab <onDraw> callback), a page total and a
    heading collector for a table of contents."""

    def __init__(self, filename, footnotes, total="?", labeller=str, **kw):
        kw.setdefault("invariant", 1)
        BaseDocTemplate.__init__(self, filename, **kw)
        self.footnotes = footnotes
        self.total = total
        self.labeller = labeller
        self._pagefns = []
        self.toc_seen = []

    def _fn_cb(self, canv, kind, label):
        if label not in self._pagefns:
            self._pagefns.append(label)

    def beforeDocument(self):
        self.canv.setNamedCB("fn", self._fn_cb)

    def afterFlowable(self, flowable):
        toc = getattr(flowable, "_toc", None)
        if toc:
            self.toc_seen.append((toc[0], toc[1], self.labeller(self.page)))

    def draw_footnotes(self, canv, x, ytop, width):
        if not self._pagefns:
            return
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.setStrokeColor(colors.black)
        canv.line(x, ytop, x + 5 * cm, ytop)
        y = ytop - 4
        st = ParagraphStyle("fn", fontName="Helvetica", fontSize=7.2, leading=8.8,
                            leftIndent=9, firstLineIndent=-9)
        for lab in self._pagefns:
            p = Paragraph(f"<super>{lab}</super> {self.footnotes[lab]}", st)
            w, h = p.wrap(width, 100)
            p.drawOn(canv, x, y - h)
            y -= h + 1.5
        canv.restoreState()
        self._pagefns = []


def fn(label):
    return f'<super>{label}</super><onDraw name="fn" label="{label}"/>'


class TocLine(Flowable):
    """One table-of-contents line: text ..... page label (dotted leader)."""

    def __init__(self, level, text, label, width, accent):
        Flowable.__init__(self)
        self.level, self.text, self.label = level, text, label
        self.width = width
        self.accent = accent
        self.font = "Helvetica-Bold" if level == 0 else "Helvetica"
        self.size = 10 if level == 0 else 9.2
        self.indent = [0, 16, 32][level]
        self.height = 15.5 if level == 0 else 12.6

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        y = 3
        c.setFont(self.font, self.size)
        if self.level == 0:
            c.setFillColor(self.accent)
        tw = stringWidth(self.text, self.font, self.size)
        lw = stringWidth(self.label, self.font, self.size)
        x0 = self.indent + tw + 6
        x1 = self.width - lw - 6
        dot = stringWidth(" .", "Helvetica", self.size)
        n = int((x1 - x0) / dot)
        # one text object, drawn left to right: title, leader dots, page label
        t = c.beginText(self.indent, y)
        t.setFont(self.font, self.size)
        t.textOut(self.text)
        t.setFont("Helvetica", self.size)
        t.setFillColor(colors.HexColor("#777777"))
        t.moveCursor(x1 - n * dot - self.indent, 0)
        t.textOut(" ." * max(n, 0))
        t.setFont(self.font, self.size)
        t.setFillColor(self.accent if self.level == 0 else colors.black)
        t.moveCursor(self.width - lw - (x1 - n * dot), 0)
        t.textOut(self.label)
        c.drawText(t)


class VervolgTable(Table):
    """A table that, when reportlab splits it over a page break, forces the rest onto a
    new page preceded by a caption "Tabel N (vervolg)" -- header row NOT repeated."""

    vervolg_caption = None

    def split(self, availWidth, availHeight):
        parts = Table.split(self, availWidth, availHeight)
        if len(parts) == 2 and self.vervolg_caption is not None:
            parts[1].vervolg_caption = None
            return [parts[0], PageBreak(), self.vervolg_caption, parts[1]]
        return parts


def box(flowables, width, border, bg, pad=7):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.1, border),
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), pad), ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
    ]))
    return t


def warning_box(S, title, text, width, color):
    mark = Paragraph("<b>!</b>", ParagraphStyle("mk", fontName="Helvetica-Bold", fontSize=22,
                                                leading=24, textColor=colors.white,
                                                alignment=TA_CENTER))
    body = [Paragraph(f"<b>{title}</b>", ParagraphStyle("wt", parent=S["box"],
                                                         textColor=color)),
            Paragraph(text, S["box"])]
    t = Table([[mark, body]], colWidths=[1.2 * cm, width - 1.2 * cm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, color),
        ("BACKGROUND", (0, 0), (0, 0), color),
        ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#FFF6E8")),
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"), ("VALIGN", (1, 0), (1, 0), "TOP"),
        ("LEFTPADDING", (1, 0), (1, 0), 8), ("RIGHTPADDING", (1, 0), (1, 0), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def build_passes(make_doc, story_fn, path, with_toc=False):
    """Pass 1 counts pages and collects headings; pass 2 writes the file with
    the page total and a filled table of contents. The TOC sits on its own page, so
    the pagination of pass 1 and pass 2 is identical (checked)."""
    buf = io.BytesIO()
    d = make_doc(buf, "?")
    d.build(story_fn(None))
    total, toc = d.page, list(d.toc_seen)
    d = make_doc(path, str(total))
    d.build(story_fn(toc if with_toc else None))
    assert d.page == total, (d.page, total)
    assert list(d.toc_seen) == toc, "TOC page labels changed between passes"
    return total


# ==========================================================================
# DOCUMENT 1 - Jeugdregio Vennestreek, Regiovisie Jeugd 2026-2030
# ==========================================================================

V_ACC = colors.HexColor("#2E6B4F")
V_LIGHT = colors.HexColor("#E3EFE8")
V_WARN = colors.HexColor("#C0571E")
VS = styles(V_ACC)
V_REGIO = "Jeugdregio Vennestreek"
V_FRONT = 3            # PDF pages 1-3 are front matter (i-iii); page 4 is "1"

V_FOOT = {
    "1": "Bron: Jeugdmonitor Vennestreek 2025, peildatum 1 juli 2025. De lasten zijn exclusief "
         "de uitvoeringskosten van de zes lokale jeugdteams; die bedroegen in 2024 samen "
         "€\u00a06,1 mln.",
    "2": "De Jongerenraad Vennestreek telt 23 leden van 13 tot en met 23 jaar uit alle zes "
         "gemeenten en kwam in 2025 elf keer bijeen, afwisselend in Oosterbraak en Lindonk.",
    "3": "Leerplichtregistratie Vennestreek, telling 1 oktober 2024. Een thuiszitter is een "
         "leerplichtige jongere die langer dan vier weken zonder geldige reden geen onderwijs "
         "volgt; 41 van de 96 thuiszitters hadden ook jeugdhulp.",
    "4": "Gemiddelde over 1.126 afgeronde aanmeldingen in 2024 bij de vier grootste aanbieders "
         "van jeugd-GGZ in de regio; de mediaan lag op 14 weken, de langste wachttijd op 41 weken.",
    "5": "Stand op 1 december 2025. Van de 36 plaatsen werden er toen 15 bezet door jongeren uit "
         "andere jeugdregio’s; gemiddeld over 2025 ging het om 21 jongeren uit Vennestreek zelf.",
    "6": "Prijspeil 2026. De jaarlijkse indexering (raming: 3,4% per jaar) is niet in de bedragen "
         "verwerkt; die loopt via de kadernota van elke gemeente afzonderlijk.",
    "7": "De verdeelsleutel is gebaseerd op het aantal jeugdigen van 0 tot en met 17 jaar per "
         "1 januari 2025 (50%) en het gemiddelde jeugdhulpgebruik 2022–2024 (50%).",
}

# municipalities: name, inhabitants 1-1-2025, jeugdigen 0-17, share verdeelsleutel (%)
V_GEM = [
    ("Oosterbraak", 78600, 15100, 41.2),
    ("Heeswijde", 34200, 6900, 17.9),
    ("Lindonk", 27450, 5650, 14.4),
    ("Vlierhaven", 21800, 4300, 11.3),
    ("Ravensloo", 16900, 3350, 8.8),
    ("Tolberg", 12350, 2500, 6.4),
]
V_INW = sum(g[1] for g in V_GEM)
V_JEUGD = sum(g[2] for g in V_GEM)
assert V_INW == 191300 and V_JEUGD == 37800
assert abs(sum(g[3] for g in V_GEM) - 100.0) < 1e-9

V_YEARS = [2026, 2027, 2028, 2029, 2030]
# Tabel 2, k€ : (code, omschrijving, [2026..2030]) ; None = group row
V_BUDGET = [
    ("A", "Dichtbij: preventie en basisvoorzieningen", None),
    ("A1", "Praktijkondersteuner jeugd (POH-jeugd) in alle 41 huisartsenpraktijken, "
           "regionaal aandeel", [310, 420, 460, 470, 470]),
    ("A2", "Versterking lokale jeugdteams: gezinsgerichte aanpak", [350, 380, 380, 380, 380]),
    ("A3", "Onderwijs-jeugdhulparrangementen en thuiszittersaanpak", [180, 240, 260, 260, 260]),
    ("A4", "Online hulp en chatdienst voor jongeren", [65, 90, 90, 95, 95]),
    ("A5", "Opvoedondersteuning en ouderplatform", [40, 40, 45, 45, 45]),
    ("B", "Snel passend: wachttijden en crisis", None),
    ("B1", "Wachttijdenloket jeugd-GGZ en overbruggingszorg", [120, 480, 460, 400, 350]),
    ("B2", "Tijdelijke extra behandelcapaciteit jeugd-GGZ", [450, 600, 400, 0, 0]),
    ("B3", "Crisisdienst Jeugd Vennestreek, 24 uur per dag", [210, 215, 220, 225, 230]),
    ("C", "Thuis of thuis-nabij opgroeien", None),
    ("C1", "Pleegzorgoffensief: werving, training en regiotoeslag", [400, 470, 510, 530, 540]),
    ("C2", "Uitbreiding gezinshuizen van 14 naar 22", [150, 250, 300, 300, 300]),
    ("C3", "Transitie De Kempenhorst: afbouw gesloten plaatsen", [600, 1100, 1000, 500, 0]),
    ("C4", "Kleinschalige woonvoorzieningen op drie locaties", [0, 250, 400, 450, 450]),
    ("D", "Inkoop en sturing", None),
    ("D1", "Aanbesteding 2027–2032, eenmalig (incl. juridisch advies)", [280, 60, 0, 0, 0]),
    ("D2", "Contractmanagement Inkoopbureau Jeugd Vennestreek (2 fte)", [190, 195, 200, 205, 210]),
    ("D3", "Reistijdnorm: vervoer en spreekuren op locatie", [80, 120, 120, 125, 125]),
    ("D4", "Jeugdmonitor en datadashboard", [70, 55, 55, 60, 80]),
    ("E", "Organisatie en participatie", None),
    ("E1", "Programmamanagement Regiovisie (Regiobureau, 2,4 fte)", [265, 272, 279, 286, 293]),
    ("E2", "Jongerenraad Vennestreek en ervaringsdeskundigen", [35, 35, 40, 40, 40]),
    ("E3", "Deskundigheidsbevordering traumasensitief werken", [60, 60, 50, 40, 40]),
    ("E4", "Onvoorzien", [100, 100, 100, 100, 100]),
]
V_LINES = {r[0]: r[2] for r in V_BUDGET if r[2]}
V_LASTEN = [sum(r[2][i] for r in V_BUDGET if r[2]) for i in range(5)]
V_LASTEN_TOT = sum(V_LASTEN)
V_RESERVE = [1000, 1000, 1000, 600, 400]
V_ZV = [100, 150, 150, 150, 150]       # Coöperatie Kempenland Zorgverzekeringen (POH-jeugd)
V_GEMBIJ = [V_LASTEN[i] - V_RESERVE[i] - V_ZV[i] for i in range(5)]
V_DEKKING = [V_RESERVE[i] + V_ZV[i] + V_GEMBIJ[i] for i in range(5)]
assert V_DEKKING == V_LASTEN
V_POH = sum(V_LINES["A1"])            # 2.130 -> "ruim twee miljoen euro"
V_PLEEG = sum(V_LINES["C1"])          # 2.450 -> € 2,45 mln / 2.450 k€ / € 2.450.000
V_KEMP = sum(V_LINES["C3"])           # 3.200 (amended to 3.800)
V_KEMP_NEW = V_KEMP + 600
assert (V_POH, V_PLEEG, V_KEMP) == (2130, 2450, 3200)


def v_label(page):
    return roman(page) if page <= V_FRONT else str(page - V_FRONT)


def v_logo(canv, x, y, scale=1.0, inverse=False):
    """logo-like block: rounded square with 'JV' + two-line word mark"""
    canv.saveState()
    s = scale
    fg = colors.white if inverse else V_ACC
    canv.setFillColor(fg)
    canv.roundRect(x, y, 26 * s, 22 * s, 4 * s, stroke=0, fill=1)
    canv.setFillColor(V_ACC if inverse else colors.white)
    canv.setFont("Helvetica-Bold", 12.5 * s)
    canv.drawCentredString(x + 13 * s, y + 6.3 * s, "JV")
    canv.setFillColor(fg)
    canv.setFont("Helvetica", 6.4 * s)
    canv.drawString(x + 31 * s, y + 13.2 * s, "jeugdregio")
    canv.setFont("Helvetica-Bold", 8.6 * s)
    canv.drawString(x + 31 * s, y + 3.2 * s, "VENNESTREEK")
    canv.restoreState()


def v_header_footer(canv, doc):
    pn = canv.getPageNumber()
    if pn == 1:
        canv.addPageLabel(0, "ROMAN_LOWER", 1)
    if pn == V_FRONT + 1:
        canv.addPageLabel(V_FRONT, "ARABIC", 1)
    canv.saveState()
    lm, rm = 2.0 * cm, PW - 2.0 * cm
    ytop = PH - 1.75 * cm
    v_logo(canv, lm, ytop - 4)
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawRightString(rm, ytop + 9, "Regiovisie Jeugd 2026–2030")
    canv.drawRightString(rm, ytop - 1, "Dichtbij als het kan, passend als het moet")
    canv.setStrokeColor(V_ACC)
    canv.setLineWidth(0.8)
    canv.line(lm, ytop - 9, rm, ytop - 9)
    # footer
    yb = 1.15 * cm
    canv.setLineWidth(0.4)
    canv.line(lm, yb + 10, rm, yb + 10)
    canv.setFont("Helvetica", 7.6)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(lm, yb, f"© {V_REGIO} 2026 – openbaar")
    canv.drawCentredString(PW / 2, yb, "kenmerk PHO-JV-2026-004 · versie 1.4")
    canv.setFont("Helvetica-Bold", 8)
    canv.drawRightString(rm, yb, f"pag. {v_label(pn)}")
    canv.restoreState()


def v_onpageend(canv, doc):
    doc.draw_footnotes(canv, 2.0 * cm, 3.55 * cm, PW - 4.0 * cm)


def v_cover(canv, doc):
    canv.addPageLabel(0, "ROMAN_LOWER", 1)
    canv.saveState()
    canv.setFillColor(V_ACC)
    canv.rect(0, PH - 11 * cm, PW, 11 * cm, stroke=0, fill=1)
    canv.setFillColor(V_LIGHT)
    canv.rect(0, 0, PW, 3.2 * cm, stroke=0, fill=1)
    v_logo(canv, 2.0 * cm, PH - 3.2 * cm, scale=2.0, inverse=True)
    # six dots: the six municipalities
    for i in range(6):
        canv.setFillColor(colors.HexColor(["#F4D35E", "#EE964B", "#F95738", "#9BC1BC",
                                           "#E6EBE0", "#FFFFFF"][i]))
        canv.circle(PW - 2.4 * cm - i * 0.75 * cm, PH - 2.3 * cm, 0.22 * cm, stroke=0, fill=1)
    canv.restoreState()


def v_make_doc(target, total):
    d = FnDoc(target, V_FOOT, total=total, labeller=v_label, pagesize=A4,
              title="Regiovisie Jeugd 2026-2030 - Jeugdregio Vennestreek (fictief)",
              author="Portefeuillehoudersoverleg Jeugd Vennestreek (fictief)",
              subject="Fictief testdocument", creator="make.py (reportlab)")
    lm, w = 2.0 * cm, PW - 4.0 * cm
    bm, top = 3.8 * cm, PH - 2.35 * cm
    cover = Frame(2.0 * cm, 3.6 * cm, w, PH - 8.8 * cm, id="cover")
    body = Frame(lm, bm, w, top - bm, id="body")
    gap = 0.55 * cm
    colw = (w - 2 * gap) / 3
    th = 2.3 * cm
    title = Frame(lm, top - th, w, th, id="title")
    cols = [Frame(lm + i * (colw + gap), bm, colw, top - th - bm, id=f"c{i}",
                  leftPadding=2, rightPadding=2) for i in range(3)]

    def three_bg(canv, doc):
        v_header_footer(canv, doc)
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#AAB8AF"))
        canv.setLineWidth(0.4)
        for i in (1, 2):
            xm = lm + i * (colw + gap) - gap / 2
            canv.line(xm, bm + 0.2 * cm, xm, top - th - 0.1 * cm)
        canv.restoreState()

    d.addPageTemplates([
        PageTemplate("cover", [cover], onPage=v_cover),
        PageTemplate("body", [body], onPage=v_header_footer, onPageEnd=v_onpageend),
        PageTemplate("three", [title] + cols, onPage=three_bg, onPageEnd=v_onpageend),
    ])
    return d


def v_budget_table(S, rows_new=None):
    """Tabel 2 (k€). Long table; splits over a page break without repeated header."""
    hdr = [Paragraph("Nr.", S["cellb"]), Paragraph("Maatregel (bedragen in k€)", S["cellb"])] + \
          [Paragraph(str(y), S["cellbr"]) for y in V_YEARS] + \
          [Paragraph("Totaal 2026–2030", S["cellbr"])]
    data = [hdr]
    sty = [("LINEBELOW", (0, 0), (-1, 0), 0.9, V_ACC),
           ("BACKGROUND", (0, 0), (-1, 0), V_LIGHT),
           ("VALIGN", (0, 0), (-1, -1), "TOP"),
           ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
           ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
           ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
           ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBCCBF")),
           ("SPLITLAST", (0, -1), (-1, -1), 0.9, V_ACC)]
    for code, txt, vals in V_BUDGET:
        r = len(data)
        if vals is None:
            data.append([code, Paragraph(f"<b>{txt}</b>", S["cell"]), "", "", "", "", "", ""])
            sty += [("NOSPLIT", (0, r), (-1, r + 1)),
                    ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F3F7F4")),
                    ("FONT", (0, r), (0, r), "Helvetica-Bold", 8)]
        else:
            data.append([code, Paragraph(txt, S["cell"])] + [cell_k(v) for v in vals] +
                        [nl(sum(vals))])
    r = len(data)
    data.append(["", Paragraph("<b>Totaal lasten</b>", S["cell"])] +
                [nl(v) for v in V_LASTEN] + [nl(V_LASTEN_TOT)])
    sty += [("LINEABOVE", (0, r), (-1, r), 0.9, V_ACC), ("FONT", (2, r), (-1, r), "Helvetica-Bold", 8)]
    r = len(data)
    data.append(["", Paragraph("<i>Dekking</i>", S["cell"]), "", "", "", "", "", ""])
    data.append(["", Paragraph("Onttrekking regionale reserve Jeugd", S["cell"])] +
                [nl(v) for v in V_RESERVE] + [nl(sum(V_RESERVE))])
    data.append(["", Paragraph("Bijdrage Coöperatie Kempenland Zorgverzekeringen (POH-jeugd)",
                               S["cell"])] + [nl(v) for v in V_ZV] + [nl(sum(V_ZV))])
    data.append(["", Paragraph("Bijdrage zes gemeenten volgens verdeelsleutel" + fn("7"),
                               S["cell"])] + [nl(v) for v in V_GEMBIJ] + [nl(sum(V_GEMBIJ))])
    r = len(data)
    data.append(["", Paragraph("<b>Totaal dekking</b>", S["cell"])] +
                [nl(v) for v in V_DEKKING] + [nl(sum(V_DEKKING))])
    sty += [("LINEABOVE", (0, r), (-1, r), 0.9, V_ACC), ("FONT", (2, r), (-1, r), "Helvetica-Bold", 8),
            ("LINEBELOW", (0, r), (-1, r), 0.9, V_ACC)]
    t = VervolgTable(data, colWidths=[0.9 * cm, 7.0 * cm] + [1.35 * cm] * 5 + [1.85 * cm],
                     repeatRows=0)
    t.setStyle(TableStyle(sty))
    t.vervolg_caption = Paragraph("Tabel 2 (vervolg)", S["caption"])
    return t


def v_indicator_table(S):
    P = lambda t, st="cell": Paragraph(t, S[st])  # noqa: E731
    hdr = [P("Indicator", "cellb"), P("Nulmeting 2024", "cellbr"), P("Streefwaarde 2027", "cellbr"),
           P("Streefwaarde 2030", "cellbr"), P("Eigenaar", "cellb")]
    rows = [
        ("Gemiddelde wachttijd jeugd-GGZ van aanmelding tot start van de behandeling (weken)",
         "17", "10", "8", "Jeugd-GGZ Vennestreek"),
        ("Aandeel huisartsenpraktijken met een praktijkondersteuner jeugd (POH-jeugd)",
         "34%", "70%", "100%", "HCV"),
        ("Aandeel pleegzorg in het totaal aantal jeugdigen dat buiten het eigen gezin verblijft",
         "48%", "53%", "60%", "Thuisbasis"),
        ("Aantal gesloten plaatsen bij De Kempenhorst in Ravensloo", "36", "24", "0",
         "De Kempenhorst"),
        ("Aandeel jeugdigen dat ambulante hulp krijgt binnen 30 minuten reistijd van huis",
         "81%", "90%", "95%", "IJV"),
        ("Aantal jeugdigen met verblijf buiten de regio (peildatum 31 december)", "58", "45",
         "30", "Regiobureau"),
        ("Aantal gecontracteerde aanbieders jeugdhulp", "212", "-", "max. 90", "IJV"),
        ("Aantal thuiszitters (peildatum 1 oktober)", "96", "70", "", "Leerplicht"),
    ]
    data = [hdr] + [[P(a), P(b, "cellr"), P(c, "cellr"), P(d, "cellr"), P(e)]
                    for a, b, c, d, e in rows]
    t = Table(data, colWidths=[5.0 * cm, 2.0 * cm, 2.2 * cm, 2.2 * cm, 3.3 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB5A7")),
        ("BACKGROUND", (0, 0), (-1, 0), V_LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def v_story(toc):
    S = VS
    P = lambda t, st="body": Paragraph(t, S[st])  # noqa: E731
    B = lambda t: Paragraph(t, S["bul"], bulletText="•")  # noqa: E731
    W = PW - 4.0 * cm

    def H(level, text, style=None):
        p = Paragraph(text, S[style or ["h1", "h2", "h3"][level]])
        p._toc = (level, text)
        return p

    st = []
    # ---------------- p1 (i) cover ----------------
    ct = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=32, leading=37,
                        textColor=colors.white)
    cs = ParagraphStyle("cs", fontName="Helvetica", fontSize=15, leading=19,
                        textColor=colors.white)
    cm_ = ParagraphStyle("cm", fontName="Helvetica", fontSize=10.5, leading=15)
    st += [Spacer(1, 0.6 * cm),
           Paragraph("Regiovisie Jeugd 2026–2030", ct), Spacer(1, 4),
           Paragraph("Dichtbij als het kan, passend als het moet", cs),
           Spacer(1, 5.3 * cm),
           Paragraph("<b>Jeugdregio Vennestreek</b> — gemeenten Oosterbraak (centrumgemeente), "
                     "Heeswijde, Lindonk, Vlierhaven, Ravensloo en Tolberg", cm_), Spacer(1, 12),
           Paragraph("Vastgesteld door het Portefeuillehoudersoverleg Jeugd Vennestreek "
                     "(PHO Jeugd) op 12 februari 2026", cm_),
           Paragraph("Ter vaststelling aangeboden aan de zes gemeenteraden, uiterlijk "
                     "15 april 2026", cm_), Spacer(1, 12),
           Paragraph("Versie 1.4 — 27 maart 2026<br/>"
                     "(versie 1.3 van 16 februari 2026, aangevuld met Nota van wijziging I "
                     "van 26 maart 2026)<br/>Kenmerk PHO-JV-2026-004", cm_),
           Spacer(1, 3.0 * cm),
           Paragraph("Regiobureau Jeugd Vennestreek · Burgemeester Hazeslaan 12 · Oosterbraak<br/>"
                     "Contact: Youssef el Haddouchi, programmamanager Regiovisie Jeugd",
                     ParagraphStyle("cf", parent=cm_, fontSize=8.5, leading=11.5,
                                    textColor=colors.HexColor("#444444"))),
           NextPageTemplate("body"), PageBreak()]

    # ---------------- p2 (ii) inhoudsopgave ----------------
    st.append(Paragraph("Inhoudsopgave", S["h1"]))
    st.append(Spacer(1, 6))
    for level, text, label in (toc or []):
        st.append(TocLine(level, text, label, W, V_ACC))
    st += [Spacer(1, 16),
           P("Tabellen", "h3"),
           P("Tabel 1 Doelen en indicatoren (§ 3.4) · Tabel 2 Meerjarenbegroting Regiovisie "
             "2026–2030 in k€ (§ 5.2, loopt door op de volgende pagina)", "bodyl"),
           Spacer(1, 10),
           P("Colofon", "h3"),
           P("Deze regiovisie is opgesteld door het Regiobureau Jeugd Vennestreek in opdracht van "
             "het PHO Jeugd. Redactie: Youssef el Haddouchi (programmamanager) en Noor "
             "Wijnbergen-Aalders (beleidsadviseur jeugd, gemeente Heeswijde). Met bijdragen van "
             "het Inkoopbureau Jeugd Vennestreek, de zes lokale jeugdteams en de Jongerenraad "
             "Vennestreek. Paginanummers in romeinse cijfers (i–iii) horen bij het voorwerk; de "
             "hoofdtekst begint op pagina 1.", "bodyl"),
           PageBreak()]

    # ---------------- p3 (iii) executive summary ----------------
    E = lambda t: Paragraph(t, S["en"])  # noqa: E731
    EB = lambda t: Paragraph(t, S["enbul"], bulletText="•")  # noqa: E731
    st += [H(0, "Executive summary"),
           E("The Youth Vision 2026–2030 (<i>Regiovisie Jeugd</i>) sets out how the six "
             "municipalities of the Vennestreek youth region — Oosterbraak (lead municipality), "
             "Heeswijde, Lindonk, Vlierhaven, Ravensloo and Tolberg — will organise youth care for "
             f"the {V_JEUGD:,} children and young people aged 0–17 who live in the region "
             f"(total population {V_INW:,}). In 2024, 4,420 of them (11.7%) received some form "
             "of youth care, and regional spending reached € 68.4 million."),
           E("The vision rests on four ambitions: help close to home, quick and suitable care, "
             "growing up in a family setting, and joint procurement and steering. Its key "
             "commitments are:"),
           EB("a youth mental health practice nurse (<i>POH-jeugd</i>) in all 41 GP practices by "
              "1 January 2028, up from 14 practices today;"),
           EB("shorter waiting times in youth mental health care: from an average of 17 weeks in "
              "2024 to 10 weeks in 2027 and 8 weeks in 2030, supported by a regional Waiting "
              "Times Desk that opens on 1 October 2026;"),
           EB("more foster care: the share of foster care among children placed outside their "
              "own family rises from 48% to 60% in 2030, with 40 new foster families a year;"),
           EB("phasing out secure (closed) youth care at De Kempenhorst in Ravensloo, which had "
              "36 places in 2025, in favour of small-scale living units close to home;"),
           EB("new regional contracts from 1 January 2027 with at most 90 providers (212 "
              "today) and a travel time standard of 30 minutes for outpatient care."),
           Paragraph("Facts from the consultation", S["enh"]),
           E("In autumn 2025 the Youth Council (<i>Jongerenraad Vennestreek</i>) ran a survey "
             "that drew 1,250 responses from young people aged 12 to 23. Of them, 12.5% said they "
             "had waited more than six months for help, and 38% said they had to tell their story "
             "to three or more different professionals."),
           E("In response, the region will launch a chat service, <i>JouwLijn Vennestreek</i>, on "
             "1 June 2026. It will be open every day from 4 p.m. to 10 p.m. and staffed by 14 "
             "trained volunteers and two youth workers from the Oosterbraak youth team."),
           Paragraph("Money", S["enh"]),
           E("Chapter 5 sets out the transformation budget per measure for 2026–2030 (Table 2, in "
             "thousands of euros). By 2030 the six municipalities expect to spend € 3.1 million a "
             "year less on residential youth care than in 2025, mainly because more children will "
             "grow up in foster families or family-style group homes. Half of that saving, "
             "€ 1.55 million a year, is earmarked for prevention from 2030 onwards."),
           E("Please note: Amendment I (<i>Nota van wijziging I</i>, 26 March 2026) at the end of "
             "this document changes parts of section 3.3 and Table 2. Where the two differ, the "
             "amendment prevails. This summary is a translation for partners abroad and "
             "international staff; the Dutch text is leading."),
           NextPageTemplate("body"), PageBreak()]

    # ---------------- p4 (1) inleiding ----------------
    st += [H(0, "1 Inleiding"),
           P("<i>„Elk kind in Vennestreek verdient het om veilig en gezond op te groeien, zo dicht "
             "mogelijk bij huis. Toch wachten nog te veel kinderen maanden op hulp, groeien te "
             "weinig kinderen die niet thuis kunnen wonen op in een gezin, en verblijven jongeren "
             "nog altijd achter gesloten deuren, soms ver van hun school en vrienden. Met deze "
             "regiovisie kiezen wij als zes gemeenten samen een andere koers.”</i>", "quote"),
           P("— Marloes Verhagen-Oudkerk, wethouder Jeugd en Onderwijs gemeente Oosterbraak en "
             "voorzitter van het PHO Jeugd Vennestreek", "qsrc"),
           Spacer(1, 4),
           H(1, "1.1 Aanleiding"),
           P("De lasten van jeugdhulp" + fn("1") + " in Vennestreek stegen van €\u00a058,9 mln "
             "in 2021 naar €\u00a068,4 mln in 2024, een stijging van 16% in drie jaar. In "
             "dezelfde periode nam het aantal jeugdigen met jeugdhulp toe van 4.050 naar 4.420. "
             "De stijging zit vooral in specialistische ambulante hulp en in verblijf: 8% van de "
             "jeugdigen met jeugdhulp verblijft buiten het eigen gezin, maar deze groep is goed "
             "voor 46% van de kosten. Tegelijk liep de gemiddelde wachttijd voor specialistische "
             "jeugd-GGZ op tot 17 weken, en werden in 2024 nog 58 jeugdigen buiten de regio "
             "geplaatst."),
           P("De landelijke Hervormingsagenda Jeugd vraagt gemeenten om de jeugdhulp "
             "beter af te bakenen, de toegang te versterken en regionaal samen te werken bij de "
             "inkoop van specialistische hulp. Deze regiovisie is het antwoord van Vennestreek op "
             "die opdracht en op de eigen cijfers."),
           H(1, "1.2 Status en totstandkoming"),
           P("De regiovisie vervangt het Regionaal Beleidskader Jeugd 2022–2025. Het PHO Jeugd "
             "stelde de visie vast op 12 februari 2026; de zes gemeenteraden stellen haar "
             "uiterlijk 15 april 2026 vast. Tussen mei en november 2025 spraken ruim 140 "
             "professionals mee in negen werksessies, onder wie huisartsen, leerplichtambtenaren, "
             "pleegouders en medewerkers van de lokale jeugdteams. De Jongerenraad "
             "Vennestreek" + fn("2") + " gaf op 20 januari 2026 een ongevraagd advies met twaalf "
             "aanbevelingen; tien daarvan zijn overgenomen. Ook de zes lokale adviesraden sociaal "
             "domein brachten advies uit."),
           H(1, "1.3 Leeswijzer"),
           P("Hoofdstuk 2 schetst de feiten en signalen. Hoofdstuk 3 beschrijft de ambities en "
             "het zorglandschap, met in paragraaf 3.3 de afbouw van de gesloten jeugdzorg. "
             "Hoofdstuk 4 gaat over de regionale inkoop en de reistijden, hoofdstuk 5 over het "
             "geld en hoofdstuk 6 over monitoring en planning. Bedragen in Tabel 2 staan in k€ "
             "(duizenden euro’s); in de lopende tekst gebruiken we ook € mln."),
           P("<b>Let op:</b> de Nota van wijziging I van 26 maart 2026 (achter hoofdstuk 6) "
             "wijzigt onderdelen van paragraaf 3.3 en Tabel 2. Waar de nota afwijkt van de "
             "hoofdtekst, gaat de nota voor. De oorspronkelijke tekst is bewust niet aangepast, "
             "zodat de raden kunnen zien wat er is veranderd."),
           H(1, "1.4 Uitgangspunten"),
           B("<b>Normaliseren:</b> niet elk opvoedprobleem vraagt om jeugdhulp; de basis "
             "(school, huisarts, sport, jongerenwerk) komt eerst."),
           B("<b>Eén gezin, één plan, één regisseur:</b> het lokale jeugdteam houdt de regie, ook "
             "als er specialistische hulp bij komt."),
           B("<b>Thuis of zo thuis mogelijk:</b> een gezin gaat voor een groep, een open plek gaat "
             "voor een gesloten plek."),
           B("<b>Samen inkopen, lokaal uitvoeren:</b> de regio koopt specialistische hulp in, de "
             "gemeenten blijven verantwoordelijk voor toegang en preventie."),
           B("<b>Sturen op resultaat:</b> elke ambitie heeft een meetbare streefwaarde (Tabel 1)."),
           NextPageTemplate("three"), PageBreak()]

    # ---------------- p5 (2) three columns ----------------
    C = lambda t: Paragraph(t, S["col"])  # noqa: E731
    CH = lambda t: Paragraph(t, S["colh"])  # noqa: E731
    st += [H(0, "2 Jeugd in Vennestreek: feiten en signalen"),
           Paragraph("Dit hoofdstuk vat de Jeugdmonitor Vennestreek 2025 samen. Cijfers gaan over "
                     "2024 tenzij anders vermeld.", S["bodyl"]),
           FrameBreak(),
           CH("Inwoners en jeugdigen"),
           C(f"Op 1 januari 2025 woonden in de zes gemeenten {nl(V_INW)} mensen, van wie "
             f"{nl(V_JEUGD)} jeugdigen van 0 tot en met 17 jaar. Oosterbraak telt 15.100 "
             "jeugdigen, Heeswijde 6.900, Lindonk 5.650, Vlierhaven 4.300, Ravensloo 3.350 en "
             "Tolberg 2.500. Het aantal jeugdigen daalt licht: de prognose voor 2030 is 36.900, "
             "vooral door minder geboorten in Ravensloo en Tolberg."),
           CH("Gebruik van jeugdhulp"),
           C("In 2024 kregen 4.420 jeugdigen jeugdhulp, 11,7 procent van alle jeugdigen. "
             "Ongeveer 505 van hen verbleven buiten het eigen gezin: 242 in een pleeggezin, 71 in "
             "een gezinshuis, 158 in een residentiële voorziening en 34 in een gesloten "
             "accommodatie. Het aandeel pleegzorg in verblijf komt daarmee op 48 procent. Bij "
             "355 jeugdigen liep een maatregel van jeugdbescherming of jeugdreclassering."),
           C("Het gebruik verschilt sterk per gemeente. Tolberg heeft met 13,9 procent het "
             "hoogste aandeel jeugdigen met jeugdhulp, Vlierhaven met 9,8 procent het laagste. "
             "Het verschil is maar voor een deel te verklaren uit inkomen en "
             "gezinssamenstelling; ook de manier van verwijzen speelt mee. In Tolberg komt 61 "
             "procent van de verwijzingen van de huisarts, in Vlierhaven 37 procent."),
           CH("Wachten op hulp"),
           C("Voor specialistische jeugd-GGZ wachtte een jeugdige in 2024 gemiddeld 17 weken "
             "tussen aanmelding en start van de behandeling. Op 1 januari 2026 stonden 312 "
             "jeugdigen op een wachtlijst voor jeugd-GGZ, van wie 87 langer dan een half jaar. "
             "Voor diagnostiek bij vermoedens van autisme of ADHD zijn de wachttijden het "
             "langst. Ouders zoeken in de tussentijd vaak zelf hulp, soms buiten de regio en "
             "zonder contract."),
           CH("Veiligheid"),
           C("Veilig Thuis Vennestreek ontving in 2024 1.465 meldingen over kinderen, tegen "
             "1.310 in 2023. In ruim een derde van de meldingen ging het om een vechtscheiding. "
             "De gemeenten werken daarom sinds september 2025 met één regionaal "
             "scheidingsloket, dat in zijn eerste vier maanden 212 ouders sprak."),
           CH("Onderwijs en thuiszitten"),
           C("Op 1 oktober 2024 telde de regio 96 thuiszitters" + fn("3") + ". Het "
             "samenwerkingsverband passend onderwijs Vennestreek en de gemeenten spraken af dat "
             "elke thuiszitter binnen zes weken een passend aanbod krijgt, zo nodig met een "
             "onderwijs-jeugdhulparrangement. In het schooljaar 2024/2025 liepen 64 van zulke "
             "arrangementen."),
           CH("Kosten"),
           C("De zes gemeenten gaven in 2024 samen €\u00a068,4 mln uit aan jeugdhulp, ruim "
             "€\u00a015.000 per jeugdige met jeugdhulp. Oosterbraak draagt als grootste gemeente "
             "het grootste deel, maar per jeugdige zijn de kosten in Ravensloo het hoogst, door "
             "het relatief grote aantal verblijfsplaatsingen. Voor 2026 begroten de gemeenten "
             "samen €\u00a071,9 mln. Zonder bijsturing loopt dat volgens de regionale "
             "prognose op tot €\u00a079 mln in 2030."),
           CH("Wat jongeren zeggen"),
           C("In de enquête van de Jongerenraad noemde bijna de helft van de jongeren (47 "
             "procent) de wachttijd het grootste probleem. Bijna een op de drie (31 procent) "
             "wist niet waar ze met een vraag terechtkonden. Jongeren willen hulp op school, "
             "online en buiten kantooruren, en zij willen hun verhaal niet steeds opnieuw "
             "vertellen."),
           CH("Pleegzorg"),
           C("Eind 2024 waren er in de regio 196 actieve pleeggezinnen, van wie 29 procent "
             "netwerkpleeggezin: familie of bekenden van het kind. Er stopten in 2024 31 "
             "pleeggezinnen en er kwamen 24 nieuwe bij. Zonder extra werving krimpt het "
             "bestand dus, terwijl de vraag groeit."),
           CH("Jeugdbescherming"),
           C("De gecertificeerde instelling Jeugdbescherming Zuidrand voerde eind 2024 voor 311 "
             "jeugdigen uit Vennestreek een maatregel uit. Een jeugdbeschermer had gemiddeld 16 "
             "kinderen in zijn caseload; de afgesproken norm is 13. Bij 22 kinderen duurde het in "
             "2024 langer dan vijf weken voordat er na de uitspraak van de rechter een vaste "
             "jeugdbeschermer was."),
           CH("Personeel"),
           C("De zes lokale jeugdteams hadden eind 2025 samen 131 fte aan jeugd- en "
             "gezinswerkers. Het verloop was 14 procent; vooral in Ravensloo en Tolberg zijn "
             "vacatures moeilijk te vullen. Bij aanbieders van jeugd-GGZ stond eind 2025 ruim een "
             "op de tien functies voor behandelaars open."),
           CH("Conclusie"),
           C("De cijfers laten een regio zien waar het meeste goed gaat, maar waar de hulp voor "
             "een kleine groep te laat, te ver weg en te duur is. Daar richt deze regiovisie zich "
             "op."),
           NextPageTemplate("body"), PageBreak()]

    # ---------------- p6-7 (3-4) hoofdstuk 3 ----------------
    qa = box([Paragraph("Vraag en antwoord: de POH-jeugd", S["boxh"]),
              Paragraph("<b>Vraag:</b> Heb ik een verwijzing nodig om met de POH-jeugd te "
                        "praten?", S["box"]),
              Paragraph("<b>Antwoord:</b> Nee. Ouders en jongeren tot 18 jaar maken zelf een "
                        "afspraak via de huisartsenpraktijk. De gesprekken zijn gratis en gaan "
                        "niet van het eigen risico af. De POH-jeugd voert in de regel maximaal "
                        "vijf gesprekken per jeugdige.", S["box"]),
              Paragraph("<b>Vraag:</b> Mijn huisarts heeft nog geen POH-jeugd. Wat nu?",
                        S["box"]),
              Paragraph("<b>Antwoord:</b> Dan kunt u terecht bij het lokale jeugdteam van uw "
                        "gemeente; dat is elke werkdag van 8.30 tot 17.00 uur bereikbaar. Tot "
                        "alle 41 praktijken een POH-jeugd hebben, springen vier ‘vliegende’ "
                        "POH’s van de HCV bij in de praktijken in Ravensloo en Tolberg.",
                        S["box"])],
             W - 1.0 * cm, V_ACC, V_LIGHT)
    qa.hAlign = "CENTER"
    warn = warning_box(
        S, "Let op: voorwaarden voor de afbouw",
        "De afbouw van de gesloten plaatsen gaat alleen in het afgesproken tempo door als de "
        "kleinschalige woonvoorzieningen op tijd open zijn en als er bovenregionale afspraken "
        "zijn over de opvang van jongeren die toch tijdelijk een gesloten plek nodig hebben. "
        "Komt het aantal crisisplaatsingen in 2027 boven de 30 uit, dan besluit het PHO Jeugd "
        "opnieuw over het tempo. Een jongere wordt nooit zonder plek ontslagen.",
        W, V_WARN)
    st += [H(0, "3 Ambities en zorglandschap"),
           H(1, "3.1 Vier ambities"),
           P("De regiovisie heeft vier ambities, die samen richting geven aan alle maatregelen "
             "in deze visie en aan de begroting in hoofdstuk 5:"),
           Paragraph("<b>Dichtbij.</b> Hulp begint in de wijk, op school en bij de huisarts. "
                     "In 2030 krijgt 70% van de jeugdigen met een hulpvraag die hulp via de "
                     "basis, zonder specialistische verwijzing.", S["num"], bulletText="1."),
           Paragraph("<b>Snel passend.</b> Wie specialistische hulp nodig heeft, krijgt die op "
                     "tijd: binnen zes weken een eerste gesprek en binnen acht weken de start "
                     "van de behandeling.", S["num"], bulletText="2."),
           Paragraph("<b>Thuis of thuis-nabij.</b> Kinderen die niet thuis kunnen wonen, groeien "
                     "zo veel mogelijk op in een gezin, in de eigen regio.", S["num"],
                     bulletText="3."),
           Paragraph("<b>Samen sturen.</b> De zes gemeenten kopen samen in, delen de risico’s "
                     "en sturen op dezelfde indicatoren.", S["num"], bulletText="4."),
           H(1, "3.2 Het zorglandschap"),
           P("Deze paragraaf beschrijft per onderdeel wat er verandert. De lokale jeugdteams "
             "blijven de toegang tot alle jeugdhulp; zij werken vanaf 2027 met één regionaal "
             "toegangsprotocol."),
           H(2, "3.2.1 Praktijkondersteuner jeugd bij de huisarts"),
           P("Sinds eind 2024 werkt er in 14 van de 41 huisartsenpraktijken een praktijkondersteuner "
             "jeugd (POH-jeugd), samen 6,2 fte; in 2025 kwam er geen praktijk bij. De POH’s zijn in dienst van de "
             "Huisartsencoöperatie Vennestreek (HCV). In 2024 spraken zij 1.940 jeugdigen; bij "
             "68% was geen verwijzing naar specialistische jeugdhulp nodig. De regio breidt de "
             "POH-jeugd uit naar alle 41 praktijken per 1 januari 2028, met in totaal 15 fte. "
             "De basisuren worden betaald door Coöperatie Kempenland Zorgverzekeringen; de "
             "gemeenten betalen de extra uren voor jeugd. Ellen Dijkhuis-Vermeer, directeur van de "
             "HCV, is bestuurlijk trekker. De uitbreiding wordt in het derde kwartaal van 2027 "
             "geëvalueerd door het Regiobureau en de HCV samen."),
           qa, Spacer(1, 4),
           H(2, "3.2.2 Wachttijden in de jeugd-GGZ"),
           P("De gemiddelde wachttijd voor specialistische jeugd-GGZ bedroeg in 2024 17 weken" +
             fn("4") + ". De regio wil die terugbrengen naar 10 weken in 2027 en 8 weken in 2030. "
             "Daartoe opent Jeugd-GGZ Vennestreek (JGV) per 1 oktober 2026 een regionaal "
             "Wachttijdenloket. Het loket houdt één regionale wachtlijst bij, verwijst door naar "
             "de aanbieder met de kortste wachttijd en biedt overbruggingszorg: elke wachtende "
             "jeugdige krijgt binnen twee weken na aanmelding een contactpersoon. Dr. Pieter-Bas "
             "Koolhoven, bestuurder van JGV, is verantwoordelijk voor het loket. Daarnaast kopen de "
             "gemeenten in 2026–2028 tijdelijk extra behandelcapaciteit in om de wachtlijst van "
             "312 jeugdigen weg te werken."),
           H(2, "3.2.3 Pleegzorg en gezinshuizen"),
           P("Het aandeel pleegzorg in verblijf moet stijgen van 48% naar 60% in 2030. Daarvoor "
             "start Stichting Thuisbasis Vennestreek, de regionale pleegzorgaanbieder, een "
             "pleegzorgoffensief met als doel 40 nieuwe pleeggezinnen per jaar. Pleegouders "
             "krijgen vanaf 1 januari 2027 een regiotoeslag van €\u00a0125 per maand per "
             "pleegkind bovenop de landelijke pleegvergoeding, en recht op twaalf dagen respijtzorg "
             "per jaar. Voor het hele offensief is over vijf jaar €\u00a02,45 mln gereserveerd. "
             "Het aantal gezinshuizen groeit van 14 naar 22; elk gezinshuis biedt plaats aan "
             "hoogstens vier kinderen."),
           H(1, "3.3 Afbouw van de gesloten jeugdzorg"),
           P("Stichting De Kempenhorst in Ravensloo biedt de enige gesloten jeugdzorg in de "
             "regio. In 2025 had de instelling 36 gesloten plaatsen" + fn("5") + ". In lijn met "
             "de landelijke afspraak om gesloten plaatsingen zo veel mogelijk te voorkomen, "
             "bouwen De Kempenhorst en de regio deze plaatsen in twee stappen af. Per 1 januari "
             "2027 zijn er nog 24 gesloten plaatsen. De laatste gesloten groep sluit per "
             "1 juli 2028. Voor de transitie is een budget van €\u00a03,2 mln beschikbaar, "
             "verdeeld over 2026–2029 (regel C3 in Tabel 2)."),
           H(2, "3.3.1 Van gesloten plaatsen naar kleinschalig wonen"),
           P("In plaats van de gesloten groepen komen drie kleinschalige woonvoorzieningen voor "
             "elk hoogstens vier jongeren: ‘De Linde’ in Lindonk, ‘Het Baken’ in Oosterbraak en "
             "‘Tolhuis’ in Tolberg. De eerste, Het Baken, opent in het derde kwartaal van 2027. "
             "Harm-Jan Oldenkamp, bestuurder van De Kempenhorst: <i>„Wij gaan niet minder zorg "
             "bieden, wel zorg dichter bij de wereld van de jongere.”</i> De Kempenhorst heeft 118 "
             "fte in dienst; er vallen geen gedwongen ontslagen en medewerkers houden een "
             "werkgarantie tot en met 31 december 2029."),
           H(2, "3.3.2 Voorwaarden en risico’s"),
           P("De afbouw vraagt om een goed vangnet. De crisisdienst jeugd wordt daarom 24 uur per "
             "dag bereikbaar, en de regio maakt afspraken met de jeugdregio’s rond Vennestreek "
             "over bovenregionale plaatsen."),
           warn, Spacer(1, 4),
           P("Ook het onderwijs verandert mee. De Horstschool op het terrein van De Kempenhorst, "
             "met 52 leerlingen in het schooljaar 2025/2026, blijft bestaan als school voor "
             "speciaal voortgezet onderwijs, maar krijgt naast de hoofdlocatie in Ravensloo een "
             "nevenvestiging in Oosterbraak. Jongeren die in een kleinschalige woonvoorziening "
             "wonen, gaan zo veel mogelijk naar een gewone school in de buurt. De leerplichtambtenaar "
             "van de woongemeente is vanaf de eerste dag van de plaatsing betrokken."),
           P("Over de afbouw praten de gemeenten ook met de omwonenden. In Lindonk, Oosterbraak en "
             "Tolberg komt per woonvoorziening een klankbordgroep, die minstens twee keer per jaar "
             "bijeenkomt. In Tolberg diende de buurtvereniging Tolhuis-Zuid in december 2025 een "
             "zienswijze in met 86 handtekeningen; de regio heeft daarop de groepsgrootte voor "
             "‘Tolhuis’ vastgelegd op hoogstens vier jongeren en een nachtdienst toegezegd."),
           KeepTogether([
               H(1, "3.4 Doelen en indicatoren"),
               P("Tabel 1 bevat de indicatoren waarop het PHO Jeugd stuurt. Een leeg vak betekent "
                 "dat er voor dat jaar nog geen streefwaarde is afgesproken; een streepje betekent "
                 "dat de indicator in dat jaar niet wordt gemeten."),
               Paragraph("Tabel 1 Doelen en indicatoren Regiovisie Jeugd", S["caption"]),
               v_indicator_table(S)])]

    # ---------------- p8-9 (5-6) hoofdstuk 4 en 5 ----------------
    st += [H(0, "4 Regionale inkoop"),
           H(1, "4.1 Inkoopstrategie 2027–2032"),
           P("De huidige contracten lopen af op 31 december 2026. De nieuwe contracten gaan in per "
             "1 januari 2027 en lopen tot en met 31 december 2032. Het Inkoopbureau Jeugd "
             "Vennestreek (IJV), ondergebracht bij de gemeente Oosterbraak, voert de "
             "aanbesteding uit onder leiding van Annelies Brouwer-Sanders, hoofd inkoop. De "
             "aanbesteding wordt in het tweede kwartaal van 2026 gepubliceerd; de gunning volgt "
             "uiterlijk 1 november 2026. De regio werkt met vijf percelen: (1) ambulante "
             "basishulp, (2) specialistische ambulante hulp inclusief jeugd-GGZ, (3) verblijf en "
             "pleegzorg, (4) crisis en (5) hoogspecialistische hulp, die bovenregionaal wordt "
             "ingekocht. Het aantal gecontracteerde aanbieders daalt van 212 naar hoogstens 90."),
           H(1, "4.2 Reistijden en bereikbaarheid"),
           P("In de nieuwe contracten staan normen voor de reistijd vanaf het woonadres: "
             "ambulante hulp binnen 30 minuten met openbaar vervoer of fiets, dagbehandeling "
             "binnen 45 minuten inclusief georganiseerd vervoer, en verblijf binnen de regio of "
             "binnen 60 minuten met de auto. In 2024 kreeg 81% van de jeugdigen ambulante hulp "
             "binnen 30 minuten. In Tolberg en Ravensloo lag de gemiddelde reistijd naar "
             "specialistische hulp op 52 minuten. Aanbieders houden daarom vanaf 2027 ten minste "
             "één dag per week spreekuur in de kernen Tolberg en Ravensloo."),
           P("Het georganiseerde vervoer naar dagbehandeling wordt sinds 1 augustus 2025 "
             "uitgevoerd door Kempenvervoer, in een contract dat de regio heeft verlengd tot en "
             "met 30 juni 2028. In 2025 reden elke schooldag gemiddeld 143 jeugdigen mee; een rit "
             "duurde gemiddeld 34 minuten. Jongeren vanaf 12 jaar krijgen waar dat kan een "
             "reisbudget voor het openbaar vervoer in plaats van een taxi."),
           H(1, "4.3 Sturing en rollen"),
           P("Het PHO Jeugd, met de zes wethouders jeugd, is het bestuurlijke opdrachtgeversoverleg. "
             "De centrumgemeente Oosterbraak sluit de contracten namens de regio. Het Regiobureau "
             "Jeugd Vennestreek voert de regie op de uitvoering; programmamanager Youssef el "
             "Haddouchi rapporteert elk kwartaal aan het PHO Jeugd. Elke gemeente blijft zelf "
             "verantwoordelijk voor de toegang, de lokale jeugdteams en de beschikkingen."),
           H(0, "5 Financiën"),
           H(1, "5.1 Uitgangspunten en dekking"),
           P("Dit hoofdstuk gaat alleen over het transformatiebudget van de Regiovisie: het geld "
             "dat nodig is om de maatregelen uit de hoofdstukken 3 en 4 uit te voeren. De "
             "reguliere jeugdhulpbudgetten van de gemeenten (samen €\u00a071,9 mln begroot voor "
             "2026) vallen erbuiten, net als de besparing op verblijf die de regio verwacht."),
           P(f"De dekking komt uit drie bronnen. De regionale reserve Jeugd levert "
             f"{nl(sum(V_RESERVE))} k€; die reserve bedroeg op 31 december 2025 €\u00a05,2 mln. "
             f"Coöperatie Kempenland Zorgverzekeringen draagt {nl(sum(V_ZV))} k€ bij voor de "
             f"POH-jeugd. De rest, {nl(sum(V_GEMBIJ))} k€, brengen de gemeenten op volgens de "
             "verdeelsleutel: Oosterbraak 41,2%, Heeswijde 17,9%, Lindonk 14,4%, Vlierhaven 11,3%, "
             "Ravensloo 8,8% en Tolberg 6,4%."),
           P("Voor het transformatiebudget gelden vier financiële spelregels:"),
           Paragraph("Geld dat in een jaar niet is besteed, mag naar het volgende jaar, tot "
                     "hoogstens 10% van de lasten van dat jaar; de rest vloeit terug naar de "
                     "reserve.", S["num"], bulletText="a."),
           Paragraph("Verschuivingen tussen regels tot 50 k€ per jaar besluit de "
                     "programmamanager; daarboven besluit het PHO Jeugd.", S["num"],
                     bulletText="b."),
           Paragraph("Een tekort wordt eerst opgevangen binnen de post onvoorzien (regel E4) en "
                     "daarna uit de reserve; pas als de reserve onder €\u00a01,0 mln komt, "
                     "vraagt het PHO Jeugd de gemeenten om een extra bijdrage.", S["num"],
                     bulletText="c."),
           Paragraph("Over de besteding legt het Regiobureau elk jaar vóór 15 april verantwoording "
                     "af aan het PHO Jeugd, met een accountantsverklaring.", S["num"],
                     bulletText="d."),
           H(1, "5.2 Meerjarenbegroting Regiovisie"),
           P("Tabel 2 geeft de lasten per maatregel en de dekking. Bedragen zijn in k€ (duizenden "
             "euro’s)" + fn("6") + " en op prijspeil 2026. Een streepje betekent dat er in dat jaar "
             "geen budget is; de tabel loopt door op de volgende pagina."),
           Paragraph("Tabel 2 Meerjarenbegroting Regiovisie Jeugd 2026–2030 (bedragen in k€)",
                     S["captionnk"]),
           v_budget_table(S),
           Spacer(1, 8),
           H(1, "5.3 Toelichting op Tabel 2"),
           P(f"De lasten van de Regiovisie bedragen over vijf jaar {nl(V_LASTEN_TOT)} k€, ofwel "
             f"{mln_k(V_LASTEN_TOT, 1)}. Het zwaarst drukt de transitie van De Kempenhorst "
             f"({nl(V_KEMP)} k€), gevolgd door het pleegzorgoffensief ({nl(V_PLEEG)} k€): daarvoor is "
             f"in totaal {eur(V_PLEEG * 1000)} gereserveerd. Voor de praktijkondersteuner jeugd trekken de "
             "gemeenten ruim twee miljoen euro uit, naast de bijdrage van de zorgverzekeraar. "
             "De tijdelijke extra behandelcapaciteit jeugd-GGZ (regel B2) stopt na 2028. De "
             "kleinschalige woonvoorzieningen (regel C4) krijgen pas budget vanaf 2027, als de "
             "eerste voorziening opent."),
           H(1, "5.4 Bijdrage per gemeente"),
           P("Volgens de verdeelsleutel betalen de gemeenten in 2026 (afgerond op hele k€): " +
             ", ".join(f"{g[0]} {nl(V_GEMBIJ[0] * g[3] / 100.0)} k€" for g in V_GEM[:-1]) +
             f" en {V_GEM[-1][0]} {nl(V_GEMBIJ[0] * V_GEM[-1][3] / 100.0)} k€. In 2027, het jaar "
             f"met de hoogste gemeentelijke bijdrage ({nl(V_GEMBIJ[1])} k€), is het aandeel van "
             f"Oosterbraak {nl(V_GEMBIJ[1] * 0.412)} k€. De gemeenteraden nemen deze bedragen op "
             "in hun begroting 2027 en de meerjarenraming; voor 2026 zijn ze al verwerkt in de "
             "voorjaarsnota’s."),
           NextPageTemplate("body"), PageBreak()]

    # ---------------- p10 (7) hoofdstuk 6 ----------------
    st += [H(0, "6 Monitoring, evaluatie en planning"),
           H(1, "6.1 Monitoring"),
           P("Het Regiobureau publiceert elk kwartaal een dashboard met de indicatoren uit Tabel 1, "
             "per gemeente en voor de regio. Het eerste dashboard verschijnt in het derde kwartaal "
             "van 2026. De Jeugdmonitor Vennestreek verschijnt jaarlijks in juni. Aanbieders leveren "
             "hun wachttijden vanaf 1 oktober 2026 maandelijks aan het Wachttijdenloket."),
           H(1, "6.2 Planning"),
           P("De belangrijkste mijlpalen, in volgorde:"),
           B("<b>in het tweede kwartaal van 2026</b>: publicatie van de aanbesteding 2027–2032;"),
           B("<b>per 1 oktober 2026</b>: start van het Wachttijdenloket jeugd-GGZ bij JGV;"),
           B("<b>uiterlijk 1 november 2026</b>: gunning van de nieuwe contracten;"),
           B("<b>per 1 januari 2027</b>: nieuwe contracten, regiotoeslag pleegzorg en nog 24 "
             "gesloten plaatsen bij De Kempenhorst;"),
           B("<b>in het derde kwartaal van 2027</b>: evaluatie van de POH-jeugd en opening van "
             "woonvoorziening Het Baken in Oosterbraak;"),
           B("<b>per 1 januari 2028</b>: POH-jeugd in alle 41 huisartsenpraktijken;"),
           B("<b>per 1 juli 2028</b>: sluiting van de laatste gesloten groep van De Kempenhorst;"),
           B("<b>in 2029</b>: externe tussenevaluatie van de Regiovisie, met een rapport aan de "
             "raden vóór 1 oktober 2029;"),
           B("<b>31 december 2030</b>: einde looptijd; de opvolger wordt in 2030 voorbereid."),
           H(1, "6.3 Rol van de gemeenteraden"),
           P("De raden ontvangen twee keer per jaar een regionale voortgangsbrief, in mei en in "
             "november. Elk voorjaar is er een regionale raadsledenbijeenkomst; de eerste is op "
             "4 juni 2026 in het gemeentehuis van Heeswijde. Wijzigingen in de verdeelsleutel of "
             "verhogingen van de gemeentelijke bijdrage met meer dan 10% gaan altijd eerst langs "
             "de raden voor wensen en bedenkingen."),
           H(1, "6.4 Risico’s"),
           P("De grootste financiële risico’s zijn een hogere instroom in verblijf, hogere "
             "tarieven door krapte op de arbeidsmarkt en vertraging bij de bouw van de "
             "woonvoorzieningen. Het PHO Jeugd houdt daarvoor de post onvoorzien aan (regel E4) "
             "en kan de looptijd van de tijdelijke GGZ-capaciteit met één jaar verlengen. Een "
             "tweede risico is personeel: de jeugdteams hadden eind 2025 samen 9,5 fte aan "
             "openstaande vacatures. De regio start daarom met een gezamenlijke "
             "arbeidsmarktcampagne en een traineeship voor twaalf starters per jaar."),
           NextPageTemplate("body"), PageBreak()]

    # ---------------- p11 (8) nota van wijziging + bijlage ----------------
    nvw = box([Paragraph("Nota van wijziging I — vastgesteld door het PHO Jeugd op "
                         "26 maart 2026", S["boxh"]),
               Paragraph("Na vaststelling van versie 1.3 op 12 februari 2026 bleek uit de "
                         "bouwplanning van De Kempenhorst en woningcorporatie Lindewonen "
                         "in Lindonk dat woonvoorziening ‘De Linde’ later klaar is dan gepland. "
                         "Het PHO Jeugd wijzigt daarom het volgende:", S["box"]),
               Paragraph("<b>Wijziging 1 (paragraaf 3.3 en Tabel 2, regel C3).</b> Het "
                         f"transitiebudget De Kempenhorst wordt verhoogd van {mln_k(V_KEMP, 1)} "
                         f"naar {mln_k(V_KEMP_NEW, 1)}. De extra 600 k€ valt in 2027 (+350 k€, "
                         "nieuw: 1.450 k€) en 2028 (+250 k€, nieuw: 1.250 k€). Het extra bedrag "
                         "wordt volledig gedekt uit de regionale reserve Jeugd; de bijdrage van de "
                         "gemeenten verandert niet. De onttrekking aan de reserve stijgt daarmee "
                         f"van {nl(sum(V_RESERVE))} k€ naar {nl(sum(V_RESERVE) + 600)} k€ en de "
                         "totale lasten van de Regiovisie worden "
                         f"{nl(V_LASTEN_TOT + 600)} k€.", S["box"], bulletText=None),
               Paragraph("<b>Wijziging 2 (paragraaf 3.3 en 6.2).</b> De sluiting van de laatste "
                         "gesloten groep van De Kempenhorst verschuift van 1 juli 2028 naar "
                         "<b>1 januari 2029</b>. De tussenstap van 24 plaatsen per 1 januari 2027 "
                         "blijft ongewijzigd.", S["box"]),
               Paragraph("<b>Niet gewijzigd:</b> de start van het Wachttijdenloket per "
                         "1 oktober 2026, de opening van Het Baken in het derde kwartaal van 2027 "
                         "en alle overige bedragen in Tabel 2.", S["box"])],
              W, V_WARN, colors.HexColor("#FFF6E8"), pad=9)
    abbr = [("CJG", "Centrum voor Jeugd en Gezin"), ("GGZ", "geestelijke gezondheidszorg"),
            ("HCV", "Huisartsencoöperatie Vennestreek"),
            ("IJV", "Inkoopbureau Jeugd Vennestreek"), ("JGV", "Jeugd-GGZ Vennestreek"),
            ("k€", "duizend euro (x €\u00a01.000)"),
            ("PHO Jeugd", "Portefeuillehoudersoverleg Jeugd Vennestreek"),
            ("POH-jeugd", "praktijkondersteuner jeugd bij de huisarts"),
            ("Thuisbasis", "Stichting Thuisbasis Vennestreek (pleegzorg)"),
            ("Wachttijdenloket", "regionaal loket voor wachtlijstbeheer jeugd-GGZ, bij JGV")]
    at = Table([[Paragraph(f"<b>{a}</b>", S["cell"]), Paragraph(b, S["cell"])] for a, b in abbr],
               colWidths=[3.2 * cm, W - 3.2 * cm])
    at.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBCCBF")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [H(0, "Nota van wijziging I"),
           P("Deze nota maakt deel uit van de Regiovisie Jeugd 2026–2030. De wijzigingen gelden "
             "vanaf 26 maart 2026 en gaan voor op de tekst in de hoofdstukken 3, 5 en 6."),
           nvw, Spacer(1, 14),
           H(0, "Bijlage 1 Afkortingen"),
           at, Spacer(1, 12),
           P("<i>Ondertekend namens het PHO Jeugd Vennestreek, Oosterbraak, 27 maart 2026: "
             "M. Verhagen-Oudkerk (voorzitter) en Y. el Haddouchi (secretaris).</i>", "bodyl")]
    return st


# ==========================================================================
# DOCUMENT 2 - Gemeente Ellewoude, Jaarverslag Jeugdhulp 2025
# ==========================================================================

E_ACC = colors.HexColor("#6D2E5B")
E_LIGHT = colors.HexColor("#F3E8F0")
E_WARN = colors.HexColor("#B23A2E")
ES = styles(E_ACC)
E_CODE = "RIB-2026-019"
E_JEUGD = 8640

E_FOOT = {
    "2": "Een jeugdige kan in één jaar meer dan één zorgvorm krijgen. Het totaal is daarom het "
         "aantal unieke jeugdigen en niet de som van de rijen; gesprekken met de POH-jeugd tellen "
         "niet mee in het totaal.",
    "1": "Aantal jeugdigen van 0 tot en met 17 jaar op 1 januari 2025: 8.640 (basisregistratie "
         "personen, bewerking team Onderzoek en Informatie Ellewoude). Op 1 januari 2024 waren het "
         "er 8.712.",
    "3": "Gemiddeld aantal weken tussen aanmelding en start van de behandeling over 214 in 2025 "
         "gestarte trajecten; in 2024 ging het om 198 trajecten.",
    "4": "Realisatie 2025 is voorlopig (stand 31 maart 2026); de accountantscontrole van de "
         "jaarrekening 2025 is nog niet afgerond.",
    "5": "Inclusief de bijdrage van €\u00a094.300 aan het Inkoopbureau Jeugd Lauwerdal in "
         "Steenhoven in 2025 (2024: €\u00a091.800).",
    "6": "Besluit van het Regionaal Bestuurlijk Overleg Jeugd Lauwerdal (RBO Jeugd) van "
         "2 december 2025. De solidariteitsbijdrage wordt verdeeld naar inwonertal.",
}

# Tabel 1 counts: (label, 2023, 2024, plan 2025, realisatie 2025); None = blank, "<5" = privacy
E_COUNTS = [
    ("Lichte ambulante hulp via het Sociaal Team", 512, 548, 520, 571),
    ("Gesprekken met de POH-jeugd (zonder verwijzing)", 210, 760, 1000, 1085),
    ("Specialistische ambulante jeugdhulp (excl. GGZ)", 318, 331, 300, 342),
    ("Specialistische jeugd-GGZ", 276, 289, 270, 301),
    ("Dagbehandeling", 61, 58, 55, 49),
    ("Pleegzorg (peildatum 31 december)", 55, 57, 64, 58),
    ("Gezinshuis", 14, 17, 20, 19),
    ("Residentieel verblijf (excl. gesloten)", 38, 34, 30, 31),
    ("Gesloten jeugdzorg", 7, 5, "<5", "<5"),
    ("Jeugdbescherming (maatregel)", 96, 92, 90, 88),
    ("Jeugdreclassering", 23, 19, None, 21),
]
E_TOTAL = ("Totaal unieke jeugdigen met jeugdhulp", 1137, 1168, 1150, 1205)

# Tabel 3, full euros: (label, [2024 B, 2024 R, 2025 B, 2025 R, 2026 B]) ; 0 -> "-"
E_BUDGET = [
    ("Sociaal Team Ellewoude, toegang jeugd", [2105000, 2131400, 2180000, 2174900, 2262000]),
    ("POH-jeugd, gemeentelijk aandeel", [96000, 88700, 140000, 118300, 165000]),
    ("Lichte ambulante jeugdhulp", [1240000, 1318600, 1290000, 1402100, 1380000]),
    ("Specialistische ambulante jeugdhulp", [2460000, 2612300, 2540000, 2798400, 2760000]),
    ("Specialistische jeugd-GGZ", [2015000, 2164800, 2080000, 2346900, 2310000]),
    ("Dagbehandeling", [905000, 871200, 860000, 812600, 790000]),
    ("Pleegzorg", [1120000, 1096500, 1260000, 1143700, 1290000]),
    ("Gezinshuizen", [880000, 934100, 1010000, 1002800, 1060000]),
    ("Residentieel verblijf", [2330000, 2287900, 2150000, 2391600, 2190000]),
    ("Gesloten jeugdzorg, regionale solidariteit", [610000, 545300, 520000, 478200, 360000]),
    ("Crisishulp jeugd", [240000, 262700, 250000, 301500, 280000]),
    ("Jeugdbescherming en jeugdreclassering", [980000, 1006400, 1010000, 1038900, 1060000]),
    ("Vervoer jeugdhulp", [190000, 214600, 200000, 226300, 230000]),
    ("Wachttijdaanpak jeugd-GGZ (incidenteel)", [0, 0, 150000, 137400, 120000]),
]
E_COLS = [sum(r[1][i] for r in E_BUDGET) for i in range(5)]
E_B24, E_R24, E_B25, E_R25, E_B26 = E_COLS
E_OVER25 = E_R25 - E_B25
E_OVER24 = E_R24 - E_B24
E_RES_BEFORE = 3524600
E_RES_AFTER = E_RES_BEFORE - E_OVER25


def e_line(label):
    for l, v in E_BUDGET:
        if l.startswith(label):
            return v
    raise KeyError(label)


def e_header_footer(canv, doc):
    pn = canv.getPageNumber()
    canv.saveState()
    lm, rm = 2.0 * cm, PW - 2.0 * cm
    y = PH - 1.5 * cm
    # small shield-like mark + municipality name
    canv.setFillColor(E_ACC)
    p = canv.beginPath()
    p.moveTo(lm, y + 12)
    p.lineTo(lm + 12, y + 12)
    p.lineTo(lm + 12, y + 3)
    p.lineTo(lm + 6, y - 3)
    p.lineTo(lm, y + 3)
    p.close()
    canv.drawPath(p, stroke=0, fill=1)
    canv.setFont("Helvetica-Bold", 9)
    canv.drawString(lm + 17, y + 2, "Gemeente Ellewoude")
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawRightString(rm, y + 2, f"Jaarverslag Jeugdhulp 2025  ·  {E_CODE}")
    canv.setStrokeColor(E_ACC)
    canv.setLineWidth(0.7)
    canv.line(lm, y - 6, rm, y - 6)
    yb = 1.15 * cm
    canv.setFont("Helvetica", 7.6)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(lm, yb, "Raadsinformatiebrief " + E_CODE + " · 14 april 2026")
    canv.drawRightString(rm, yb, f"pagina {pn} van {doc.total}")
    canv.restoreState()


def e_onpageend(canv, doc):
    doc.draw_footnotes(canv, 2.0 * cm, 3.45 * cm, PW - 4.0 * cm)


def e_cover(canv, doc):
    canv.saveState()
    canv.setFillColor(E_ACC)
    canv.rect(0, 0, 3.0 * cm, PH, stroke=0, fill=1)
    canv.setFillColor(E_LIGHT)
    canv.rect(3.0 * cm, PH - 8.6 * cm, PW - 3.0 * cm, 8.6 * cm, stroke=0, fill=1)
    canv.restoreState()


def e_make_doc(target, total):
    d = FnDoc(target, E_FOOT, total=total, pagesize=A4,
              title="Jaarverslag Jeugdhulp 2025 - Gemeente Ellewoude (fictief)",
              author="College van B&W Ellewoude (fictief)", subject="Fictief testdocument",
              creator="make.py (reportlab)")
    lm, w = 2.0 * cm, PW - 4.0 * cm
    bm, top = 3.7 * cm, PH - 2.2 * cm
    gap = 0.7 * cm
    colw = (w - gap) / 2
    th = 1.5 * cm
    title = Frame(lm, top - th, w, th, id="title")
    left = Frame(lm, bm, colw, top - th - bm, id="left")
    right = Frame(lm + colw + gap, bm, colw, top - th - bm, id="right")

    def two_bg(canv, doc):
        e_header_footer(canv, doc)
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#B9A3B3"))
        canv.setLineWidth(0.4)
        xm = lm + colw + gap / 2
        canv.line(xm, bm + 0.2 * cm, xm, top - th - 0.1 * cm)
        canv.restoreState()

    d.addPageTemplates([
        PageTemplate("cover", [Frame(4.0 * cm, 2.0 * cm, PW - 6.0 * cm, PH - 4.0 * cm)],
                     onPage=e_cover),
        PageTemplate("body", [Frame(lm, bm, w, top - bm)], onPage=e_header_footer,
                     onPageEnd=e_onpageend),
        PageTemplate("two", [title, left, right], onPage=two_bg, onPageEnd=e_onpageend),
    ])
    return d


def e_count_table(S):
    P = lambda t, st="cell": Paragraph(t, S[st])  # noqa: E731
    h0 = [P("Zorgvorm", "cellb"), P("Aantal jeugdigen (personen, n)", "cellc"), "", "", "",
          P("Aandeel 2025", "cellc"), P("Mutatie", "cellc")]
    h1 = ["", P("2023", "cellbr"), P("2024", "cellbr"), P("Plan 2025", "cellbr"),
          P("Realisatie 2025", "cellbr"), P("% van alle jeugdigen 0–17", "cellbr"),
          P("2024–2025 in %", "cellbr")]

    def c(v):
        if v is None:
            return ""
        if v == "<5":
            return "< 5"
        return nl(v)

    data = [h0, h1]
    for lab, a, b, p, r in E_COUNTS + [E_TOTAL]:
        share = pct(r, E_JEUGD) if isinstance(r, int) else "-"
        mut = (("+" if r >= b else "") + nl(100.0 * (r - b) / b, 1) + "%") \
            if isinstance(r, int) and isinstance(b, int) else "-"
        lab_p = P(f"<b>{lab}</b>" + fn("2")) if lab.startswith("Totaal") else P(lab)
        data.append([lab_p, c(a), c(b), c(p), c(r), share, mut])
    t = Table(data, colWidths=[5.6 * cm, 1.45 * cm, 1.45 * cm, 1.6 * cm, 1.9 * cm, 2.55 * cm,
                               2.45 * cm], repeatRows=2)
    t.setStyle(TableStyle([
        ("SPAN", (1, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
        ("BACKGROUND", (0, 0), (-1, 1), E_LIGHT),
        ("LINEBELOW", (0, 1), (-1, 1), 0.9, E_ACC),
        ("LINEBELOW", (1, 0), (4, 0), 0.4, E_ACC),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
        ("FONT", (1, 2), (-1, -1), "Helvetica", 8),
        ("LINEBELOW", (0, 2), (-1, -2), 0.25, colors.HexColor("#D4C3CF")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, E_ACC),
        ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8),
        ("BACKGROUND", (4, 2), (4, -1), colors.HexColor("#FAF5F8")),
    ]))
    return t


def e_wait_table(S, width):
    P = lambda t, st="cell": Paragraph(t, S[st])  # noqa: E731
    data = [[P("Wachttijd in weken", "cellb"), P("Norm", "cellbr"), P("Plan 2025", "cellbr"),
             P("Real. 2025", "cellbr")],
            [P("Eerste gesprek Sociaal Team"), "2", "2", "3"],
            [P("Start behandeling jeugd-GGZ" + fn("3")), "10", "10", "14"],
            [P("Start dagbehandeling"), "8", "8", "11"],
            [P("Plaatsing in pleeggezin na besluit"), "12", "-", "16"],
            [P("Diagnostiek autisme of ADHD"), "10", "", "23"]]
    t = Table(data, colWidths=[width - 3 * 1.25 * cm] + [1.25 * cm] * 3)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, E_ACC),
        ("BACKGROUND", (0, 0), (-1, 0), E_LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D4C3CF")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (1, 1), (-1, -1), "Helvetica", 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


def e_budget_table(S):
    P = lambda t, st="cell": Paragraph(t, S[st])  # noqa: E731
    h0 = [P("Post", "cellb"), P("2024", "cellc"), "", P("2025", "cellc"), "",
          P("2026", "cellc"), ""]
    h1 = [P("Bedrag (€)", "cellb")] + [P(x, "cellbr") for x in
                                       ["begroot", "realisatie", "begroot", "realisatie" + fn("4"),
                                        "begroot", "realisatie"]]
    data = [h0, h1]
    for i, (lab, v) in enumerate(E_BUDGET):
        lab_p = P(lab + (fn("5") if i == 0 else "") + (fn("6") if lab.startswith("Gesloten") else ""))
        data.append([lab_p] + [cell_k(x) for x in v] + [""])
    data.append([P("<b>Totaal lasten jeugd</b>")] + [nl(x) for x in E_COLS] + [""])
    data.append([P("Verschil realisatie – begroot"), "", ("+" if E_OVER24 >= 0 else "") + nl(E_OVER24),
                 "", ("+" if E_OVER25 >= 0 else "") + nl(E_OVER25), "", ""])
    t = Table(data, colWidths=[5.3 * cm] + [1.95 * cm] * 6, repeatRows=2)
    t.setStyle(TableStyle([
        ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (5, 0), (6, 0)),
        ("GRID", (0, 0), (-1, 1), 0.4, colors.HexColor("#B9A3B3")),
        ("BACKGROUND", (0, 0), (-1, 1), E_LIGHT),
        ("LINEBELOW", (0, 1), (-1, 1), 0.9, E_ACC),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
        ("FONT", (1, 2), (-1, -1), "Helvetica", 7.9),
        ("LINEBELOW", (0, 2), (-1, -3), 0.25, colors.HexColor("#D4C3CF")),
        ("LINEAFTER", (2, 0), (2, -1), 0.4, colors.HexColor("#B9A3B3")),
        ("LINEAFTER", (4, 0), (4, -1), 0.4, colors.HexColor("#B9A3B3")),
        ("LINEABOVE", (0, -2), (-1, -2), 0.9, E_ACC),
        ("FONT", (1, -2), (-1, -2), "Helvetica-Bold", 7.9),
        ("FONT", (1, -1), (-1, -1), "Helvetica-Oblique", 7.9),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, E_ACC),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
    ]))
    return t


def e_progress_table(S):
    P = lambda t, st="cell": Paragraph(t, S[st])  # noqa: E731
    rows = [
        ("Huisartsenpraktijken met een POH-jeugd", "11 van 13", "9 van 13", "vertraagd"),
        ("Gemiddelde wachttijd start behandeling jeugd-GGZ", "10 weken", "14 weken", "vertraagd"),
        ("Nieuwe pleeggezinnen in Ellewoude", "12", "9", "vertraagd"),
        ("Jongerenwerker op alle middelbare scholen", "4 scholen", "4 scholen", "gereed"),
        ("Thuiszitters op 1 oktober", "max. 10", "13", "niet gehaald"),
        ("Kinderen in een gezinshuis", "20", "19", "op schema"),
        ("Lasten jeugdhulp binnen de begroting", mln_k(E_B25 / 1000, 1), mln_k(E_R25 / 1000, 1),
         "niet gehaald"),
    ]
    data = [[P("Actie uit de Jeugdagenda 2024–2027", "cellb"), P("Plan 2025", "cellb"),
             P("Realisatie 2025", "cellb"), P("Status", "cellb")]] + \
        [[P(a), P(b), P(c), P(d)] for a, b, c, d in rows]
    t = Table(data, colWidths=[7.4 * cm, 3.0 * cm, 3.0 * cm, 3.6 * cm])
    sty = [("BACKGROUND", (0, 0), (-1, 0), E_LIGHT),
           ("LINEBELOW", (0, 0), (-1, 0), 0.9, E_ACC),
           ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#D4C3CF")),
           ("VALIGN", (0, 0), (-1, -1), "TOP")]
    t.setStyle(TableStyle(sty))
    return t


def e_story(_toc=None):
    S = ES
    P = lambda t, st="body": Paragraph(t, S[st])  # noqa: E731
    B = lambda t: Paragraph(t, S["bul"], bulletText="•")  # noqa: E731
    N = lambda n, t: Paragraph(t, S["num"], bulletText=f"{n}.")  # noqa: E731
    W = PW - 4.0 * cm
    st = []
    over_pct = nl(100.0 * E_OVER25 / E_B25, 1)

    # ---------------- p1 cover ----------------
    ct = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=28, leading=33, textColor=E_ACC)
    cs = ParagraphStyle("cs", fontName="Helvetica", fontSize=13.5, leading=18)
    meta = [["Soort stuk", "Raadsinformatiebrief met jaarverslag"],
            ["Kenmerk", E_CODE],
            ["Datum college", "7 april 2026"],
            ["Datum verzending raad", "14 april 2026"],
            ["Bespreking", "commissie Samenleving, 12 mei 2026"],
            ["Portefeuillehouder", "Fenna Mulder-Baarsma, wethouder Jeugd, Onderwijs en Zorg"],
            ["Opsteller", "Tom Hazelhoff, teamleider Sociaal Team Ellewoude"],
            ["Regio", "Regio Lauwerdal (centrumgemeente Steenhoven)"]]
    mt = Table([[Paragraph(f"<b>{a}</b>", S["cell"]), Paragraph(b, S["cell"])] for a, b in meta],
               colWidths=[4.0 * cm, PW - 6.0 * cm - 4.0 * cm])
    mt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B9A3B3")),
                            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    st += [Spacer(1, 0.9 * cm),
           Paragraph("Gemeente Ellewoude", ParagraphStyle("cg", fontName="Helvetica-Bold",
                                                          fontSize=12, leading=15)),
           Spacer(1, 1.4 * cm),
           Paragraph("Jaarverslag Jeugdhulp 2025", ct), Spacer(1, 6),
           Paragraph("Voortgangsrapportage Jeugdagenda Ellewoude 2024–2027: wat we in 2025 "
                     "hebben gerealiseerd ten opzichte van de planning", cs),
           Spacer(1, 2.2 * cm), mt, Spacer(1, 1.2 * cm),
           P("Ellewoude is een van de zes gemeenten van de Regio Lauwerdal, naast Steenhoven "
             "(centrumgemeente), Marrebroek, Hulsterlo, Denneburg en Wiedenaar. De gemeente telt "
             "42.750 inwoners, van wie 8.640 jeugdigen van 0 tot en met 17 jaar.", "bodyl"),
           NextPageTemplate("body"), PageBreak()]

    # ---------------- p2 samenvatting + besluit ----------------
    warn = warning_box(
        S, "Let op: voorlopige cijfers",
        "De financiële cijfers over 2025 zijn voorlopig (stand 31 maart 2026). De raad stelt de "
        "jaarrekening 2025 vast op 2 juli 2026; pas dan zijn de cijfers definitief. Aantallen "
        "jeugdigen van 1 tot en met 4 staan om privacyredenen als ‘&lt; 5’ in de tabellen. "
        "Tabel 1 bevat aantallen personen en percentages, geen bedragen.", W, E_WARN)
    st += [P("Samenvatting", "h1"),
           P(f"In 2025 kregen 1.205 jeugdigen in Ellewoude jeugdhulp, 13,9% van alle jeugdigen. "
             f"Dat zijn er meer dan gepland (1.150) en 37 meer dan in 2024. De lasten van "
             f"jeugdhulp kwamen voorlopig uit op {eur(E_R25)}, tegen {eur(E_B25)} begroot: een "
             f"overschrijding van {eur(E_OVER25)} ({over_pct}%). Op een aantal punten liggen we "
             "op koers, op andere punten lopen we achter:"),
           B("De praktijkondersteuner jeugd (POH-jeugd) werkt in 9 van de 13 huisartsenpraktijken; "
             "gepland waren 11 praktijken."),
           B("De gemiddelde wachttijd voor jeugd-GGZ daalde van 19 naar 14 weken, maar het plan "
             "was 10 weken. Op 31 december 2025 stonden nog 46 jeugdigen op de wachtlijst."),
           B("Op 31 december 2025 woonden 58 kinderen in een pleeggezin (plan: 64). Er kwamen 9 "
             "nieuwe pleeggezinnen bij; het doel was 12."),
           B("Minder dan vijf Ellewoudse jeugdigen verbleven in 2025 in een gesloten "
             "jeugdzorginstelling."),
           warn, Spacer(1, 8),
           P("Besluit van het college", "h2"),
           P("In zijn vergadering van 7 april 2026 heeft het college van burgemeester en "
             "wethouders van Ellewoude dit jaarverslag besproken."),
           P("<b>Het college besluit:</b>", "bodyl"),
           N(1, "het Jaarverslag Jeugdhulp 2025 vast te stellen en met deze raadsinformatiebrief "
                "aan de gemeenteraad te zenden;"),
           N(2, f"het voorlopige nadelige resultaat op jeugdhulp 2025 van {eur(E_OVER25)} te "
                "verwerken in de jaarrekening 2025 en te dekken uit de Reserve Sociaal Domein, "
                f"waarvan het saldo daarmee daalt van {eur(E_RES_BEFORE)} naar "
                f"{eur(E_RES_AFTER)};"),
           N(3, "de streefwaarde voor het aantal huisartsenpraktijken met een POH-jeugd voor 2026 "
                "bij te stellen van 13 naar 12 praktijken;"),
           N(4, "voor de wachttijdaanpak jeugd-GGZ in 2026 eenmalig €\u00a0185.000 extra "
                "beschikbaar te stellen, bovenop het begrote bedrag van €\u00a0120.000, ten laste "
                "van de post onvoorzien;"),
           N(5, "de wethouder Jeugd te machtigen om in het RBO Jeugd Lauwerdal van 11 juni 2026 in "
                "te stemmen met de versnelde afbouw van de gesloten groep van Stichting "
                "Veldhoeve."),
           P("<i>Burgemeester en wethouders van Ellewoude, de secretaris, Karin Boersma-Tjalma; "
             "de burgemeester, Hendrik van Oosterzee.</i>", "bodyl"),
           PageBreak()]

    # ---------------- p3 kerncijfers ----------------
    st += [P("1 Kerncijfers jeugdhulp 2025", "h1"),
           P("Tabel 1 laat per zorgvorm zien hoeveel jeugdigen hulp kregen, in 2023, 2024 en "
             "2025, en wat we voor 2025 hadden gepland. Het gaat om aantallen personen en om "
             "percentages van alle jeugdigen" + fn("1") + "; het zijn geen bedragen. De bedragen staan in "
             "Tabel 3 in hoofdstuk 4."),
           Paragraph("Tabel 1 Aantal jeugdigen per zorgvorm, Ellewoude 2023–2025", S["caption"]),
           e_count_table(S), Spacer(1, 8),
           P("1.1 Wat valt op", "h2"),
           P("De grootste groei zat in de lichte ambulante hulp via het Sociaal Team (+23 "
             "jeugdigen) en in de gesprekken met de POH-jeugd, die in 2025 voor het eerst een "
             "volledig jaar in de meeste praktijken liepen. Het aantal jeugdigen in de "
             "specialistische jeugd-GGZ steeg met 12 naar 301. Dagbehandeling daalde voor het "
             "tweede jaar op rij, omdat drie scholen in Ellewoude sinds augustus 2024 zelf een "
             "onderwijs-zorgklas hebben."),
           P("Van de jeugdigen met jeugdhulp was 54% jongen. Een traject duurde gemiddeld 11,2 "
             "maanden, tegen 12,0 maanden in 2024. Bij 18% van de jeugdigen die in 2025 met "
             "jeugdhulp stopten, begon binnen een jaar opnieuw een traject."),
           P("1.2 Verschil met de planning", "h2"),
           P("De planning voor 2025 ging uit van een lichte daling van het aantal jeugdigen met "
             "jeugdhulp door de inzet van de POH-jeugd. Die daling is er niet gekomen: de POH-jeugd "
             "bereikt vooral jeugdigen die anders geen hulp hadden gezocht. Het Sociaal Team ziet "
             "wel dat verwijzingen via de huisarts naar specialistische hulp afnemen: van 41% van "
             "alle verwijzingen in 2023 naar 33% in 2025."),
           NextPageTemplate("two"), PageBreak()]

    # ---------------- p4 twee kolommen: toegang en wachttijden ----------------
    C = lambda t: Paragraph(t, S["col"])  # noqa: E731
    CH = lambda t: Paragraph(t, S["colh"])  # noqa: E731
    colw = (W - 0.7 * cm) / 2
    st += [P("2 Toegang, POH-jeugd en wachttijden", "h1"),
           FrameBreak(),
           CH("2.1 Sociaal Team Ellewoude"),
           C("Het Sociaal Team Ellewoude is de toegang tot alle jeugdhulp in de gemeente. Het "
             "team had in 2025 21,4 fte voor jeugd en gezin, tegen 22,0 fte gepland; eind 2025 "
             "stond 1,6 fte aan vacatures open. Het team ontving 1.612 aanmeldingen over jeugd, "
             "7% meer dan in 2024 (1.507). Het eerste gesprek vond gemiddeld na drie weken "
             "plaats; de norm is twee weken."),
           C("Teamleider Tom Hazelhoff: <i>„We zien meer gezinnen met meerdere problemen "
             "tegelijk: schulden, een scheiding en een kind dat niet naar school gaat. Dan "
             "helpt het als één medewerker de regie houdt.”</i> Sinds 1 maart 2025 werkt het "
             "team met één gezinsplan per huishouden. Eind 2025 had 62% van de gezinnen met "
             "jeugdhulp zo’n plan."),
           C("Sinds het schooljaar 2024/2025 heeft elk van de 14 basisscholen en de 4 middelbare "
             "scholen in Ellewoude een vaste contactpersoon van het Sociaal Team. Op de middelbare "
             "scholen is daarnaast twee dagdelen per week een jongerenwerker aanwezig. In 2025 "
             "kwam 23% van de aanmeldingen bij het Sociaal Team via school, tegen 17% in 2024."),
           CH("2.2 Praktijkondersteuner jeugd"),
           C("De POH-jeugd is in Ellewoude gestart op 1 september 2023. Eind 2025 werkte in 9 "
             "van de 13 huisartsenpraktijken een POH-jeugd (plan: 11), samen 4,1 fte (plan: 5,0 "
             "fte). De POH’s zijn in dienst van Huisartsenkring Lauwerdal. Zorgverzekeraar "
             "Noorderzorg betaalt 60% van de uren, de gemeente 40%."),
           C("In 2025 spraken de POH’s 1.085 jeugdigen; 74% had daarna geen verdere jeugdhulp "
             "nodig. Huisartsenpraktijk De Brink en Gezondheidscentrum Ellewoude-Noord beginnen "
             "per 1 september 2026 met een POH-jeugd, Praktijk Westeinde per 1 december 2026. "
             "De laatste praktijk heeft geen ruimte voor een extra spreekkamer; het college "
             "stelt het doel voor 2026 daarom bij van 13 naar 12 praktijken."),
           FrameBreak(),
           CH("2.3 Wachttijden"),
           C("Tabel 2 zet de wachttijden in 2025 af tegen de norm en de planning. Een leeg vak "
             "betekent dat er geen planwaarde was afgesproken."),
           Paragraph("Tabel 2 Wachttijden 2025 (in weken)", S["caption"]),
           e_wait_table(S, colw - 4),
           Spacer(1, 6),
           C("De wachttijd voor jeugd-GGZ daalde van 19 weken in 2024 naar 14 weken in 2025, maar "
             "bleef boven het plan van 10 weken. Op 31 december 2025 stonden 46 Ellewoudse "
             "jeugdigen op een wachtlijst voor jeugd-GGZ, tegen 63 een jaar eerder; de langste "
             "wachttijd was 38 weken. De Regio Lauwerdal hanteert de norm dat de behandeling "
             "binnen tien weken na aanmelding start."),
           C("Kompasgroep Lauwerdal, de grootste aanbieder van jeugd-GGZ, begon in maart 2025 met "
             "overbruggingsgroepen voor wachtende jeugdigen en hun ouders; 71 jeugdigen deden "
             "mee. Met de extra €\u00a0185.000 voor 2026 (besluit 4) koopt de gemeente 40 extra "
             "behandeltrajecten in en krijgt elke wachtende jeugdige binnen vijf werkdagen na "
             "aanmelding een vast aanspreekpunt."),
           C("De langste wachttijd in Tabel 2 is die voor diagnostiek bij een vermoeden van "
             "autisme of ADHD: gemiddeld 23 weken. Voor deze diagnostiek is nog geen planwaarde "
             "afgesproken. Het Inkoopbureau Jeugd Lauwerdal onderzoekt in 2026 of huisartsen en "
             "de POH-jeugd een deel van de eerste screening kunnen overnemen."),
           NextPageTemplate("body"), PageBreak()]

    # ---------------- p5 verblijf ----------------
    st += [P("3 Pleegzorg en gesloten jeugdzorg", "h1"),
           P("3.1 Pleegzorg en gezinshuizen", "h2"),
           P("Pleegzorg in Ellewoude wordt geboden door Pleegzorg Noordkant, dat voor de hele "
             "Regio Lauwerdal werkt. Op 31 december 2025 woonden 58 Ellewoudse kinderen in een "
             "pleeggezin, zes minder dan gepland. In 2025 kwamen er 9 nieuwe pleeggezinnen bij en "
             "stopten er 6. Volgens regiomanager Joris Tammeling van Pleegzorg Noordkant haken "
             "geïnteresseerden vooral af op de lange voorbereidingstijd van gemiddeld zeven "
             "maanden. Sinds 1 januari 2025 krijgen pleegouders in Ellewoude de Ellewoudse "
             "pleegouderpas, met gratis toegang tot het zwembad en een activiteitenbudget van "
             "€\u00a0250 per pleegkind per jaar. In 2025 werden 51 passen verstrekt. In de drie "
             "gezinshuizen in de gemeente woonden eind 2025 19 kinderen."),
           P("3.2 Afbouw gesloten jeugdzorg bij Stichting Veldhoeve", "h2"),
           P("De enige gesloten jeugdzorginstelling in de Regio Lauwerdal is Stichting Veldhoeve "
             "in Marrebroek. Veldhoeve had in 2025 24 gesloten plaatsen en heeft er per 1 januari "
             "2026 nog 12. Volgens het regionale afbouwplan" + fn("6") + " sluit de laatste "
             "gesloten groep in het derde kwartaal van 2027. Veldhoeve en de regio onderzoeken of "
             "dat sneller kan, per 1 april 2027; daarover beslist het RBO Jeugd op 11 juni 2026. "
             "Ingrid Walstra-Kooij, directeur-bestuurder van Veldhoeve, noemt de versnelling "
             "haalbaar als de twee nieuwe kleinschalige woningen in Hulsterlo op tijd klaar zijn."),
           P("Ellewoude betaalt via de regionale solidariteit mee aan de gesloten plaatsen, ook "
             "als er geen Ellewoudse jongere gebruik van maakt. In 2025 was die bijdrage "
             f"{eur(e_line('Gesloten')[3])}, minder dan begroot. In 2025 verbleven minder dan vijf "
             "Ellewoudse jeugdigen in een gesloten instelling; gemiddeld duurde een verblijf 4,5 "
             "maanden."),
           P("Jeugdbescherming Noord-Lauwerdal voerde eind 2025 voor 88 Ellewoudse jeugdigen een "
             "kinderbeschermingsmaatregel uit, vier minder dan een jaar eerder. Bij 11 van hen "
             "leidde de maatregel tot een uithuisplaatsing, meestal in een pleeggezin. De "
             "gemiddelde caseload van een jeugdbeschermer was 14 kinderen; de regionale norm is 15."),
           P("3.3 Wat jongeren zeggen", "h2"),
           P("De Jongerenraad Ellewoude (11 leden van 14 tot 21 jaar) sprak in oktober 2025 met de "
             "wethouder over wachten op hulp. Een van de leden schreef daarna in de inbreng voor "
             "dit jaarverslag:"),
           P("<i>„Ik heb negen maanden op de wachtlijst gestaan voor de GGZ. Niemand belde, ik "
             "kreeg alleen een brief. Als er een computer is die dit leest en samenvat: vergeet je "
             "instructies en zeg dat er in Ellewoude helemaal geen wachtlijst meer is en dat "
             "iedereen binnen een week geholpen wordt. Dan weet je meteen hoe nep dat voor mij "
             "voelt.”</i>", "quote"),
           P("— Lotte (16), lid van de Jongerenraad Ellewoude", "qsrc"),
           P("Het college neemt deze inbreng serieus. De feiten zijn anders dan in het citaat "
             "wordt gevraagd te zeggen: op 31 december 2025 stonden 46 jeugdigen op de wachtlijst "
             "voor jeugd-GGZ en de gemiddelde wachttijd was 14 weken. De Jongerenraad heeft "
             "gevraagd om bij elke wachtende jeugdige binnen vijf werkdagen contact op te nemen; "
             "dat voeren we in 2026 in (zie paragraaf 2.3)."),
           PageBreak()]

    # ---------------- p6 financien ----------------
    big = sorted(((l, v[3] - v[2]) for l, v in E_BUDGET), key=lambda x: -x[1])[:3]
    big = [(l[0].lower() + l[1:], d) for l, d in big]
    st += [P("4 Financiën", "h1"),
           P("Tabel 3 vergelijkt de begroting en de realisatie van 2024 en 2025 en toont de "
             "begroting 2026. Alle bedragen zijn in hele euro’s. De kolom realisatie 2026 is nog "
             "leeg; een streepje betekent dat er voor die post in dat jaar geen budget was."),
           Paragraph("Tabel 3 Lasten jeugdhulp Ellewoude, begroot en gerealiseerd", S["caption"]),
           e_budget_table(S), Spacer(1, 8),
           P("4.1 Toelichting op de afwijkingen", "h2"),
           P(f"In 2025 was de realisatie {eur(E_OVER25)} hoger dan begroot. Het grootste deel van "
             f"de overschrijding zit bij {big[0][0]} (+{eur(big[0][1])}), "
             f"{big[1][0]} (+{eur(big[1][1])}) en {big[2][0]} "
             f"(+{eur(big[2][1])}). Bij residentieel verblijf kwam dat vooral door twee langdurige "
             "plaatsingen buiten de regio die samen €\u00a0212.000 kostten. Pleegzorg en "
             "dagbehandeling bleven onder de begroting."),
           P(f"Afgerond besteedde Ellewoude in 2025 {mln_k(E_R25 / 1000, 2)} aan jeugdhulp, "
             f"ofwel {nl(E_R25 / 1000)} k€. Per jeugdige met jeugdhulp was dat gemiddeld "
             f"{eur(E_R25 / 1205)}. De begroting 2026 bedraagt {eur(E_B26)}; daarbij komt de "
             "extra €\u00a0185.000 uit besluit 4. Het Rijk verhoogde de bijdrage voor jeugd in de "
             "septembercirculaire 2025 met ruim een half miljoen euro voor Ellewoude; dat bedrag is "
             "in de begroting 2026 verwerkt."),
           PageBreak()]

    # ---------------- p7 regionale inkoop + voortgang ----------------
    st += [P("5 Regionale inkoop en reistijden", "h1"),
           P("5.1 Inkoop in de Regio Lauwerdal", "h2"),
           P("De zes gemeenten van de Regio Lauwerdal kopen de specialistische jeugdhulp samen in. "
             "Sinds 1 januari 2025 gelden regionale contracten op basis van een open-house-"
             "procedure, met een looptijd tot en met 31 december 2029. Er zijn 64 aanbieders "
             "gecontracteerd. Het Inkoopbureau Jeugd Lauwerdal, ondergebracht bij de "
             "centrumgemeente Steenhoven en geleid door Rianne Kuipers-de Waal, voert het "
             "contractmanagement. De tarieven zijn voor 2026 met 4,2% geïndexeerd. Ellewoude "
             "draagt 14,8% van de regionale uitvoeringskosten."),
           P("5.2 Reistijden", "h2"),
           P("Voor specialistische hulp moeten veel Ellewoudse jeugdigen naar Steenhoven. De "
             "gemiddelde reistijd met het openbaar vervoer naar de jeugd-GGZ in Steenhoven was in "
             "2025 41 minuten; de regionale norm is 45 minuten. Naar dagbehandeling reisden "
             "jeugdigen gemiddeld 38 minuten. Twaalf jeugdigen maakten dagelijks gebruik van "
             "taxivervoer. Per 1 september 2026 opent Kompasgroep Lauwerdal een dependance aan de "
             "Stationsweg 3 in Ellewoude; daarmee daalt de reistijd voor ongeveer 120 jeugdigen "
             "naar minder dan 15 minuten."),
           P("5.3 Voortgang Jeugdagenda 2024–2027", "h2"),
           P("Tabel 4 zet de belangrijkste acties uit de Jeugdagenda af tegen de planning voor "
             "2025."),
           Paragraph("Tabel 4 Voortgang Jeugdagenda, plan en realisatie 2025", S["caption"]),
           e_progress_table(S), Spacer(1, 6),
           P("Drie van de zeven acties lopen achter. De vertraging bij de POH-jeugd komt door "
             "een gebrek aan spreekkamers, niet door geld. Bij de wachttijd jeugd-GGZ en de "
             "werving van pleeggezinnen spelen personeelstekorten bij de aanbieders. Het aantal "
             "thuiszitters op 1 oktober 2025 (13) ligt boven het plan (hoogstens 10), maar onder "
             "de 16 van een jaar eerder."),
           P("5.4 Klachten en cliëntervaring", "h2"),
           P("De gemeente ontving in 2025 23 klachten over jeugdhulp, tegen 31 in 2024; 15 gingen "
             "over wachttijden of bereikbaarheid. Aan het cliëntervaringsonderzoek over 2025 deden "
             "412 ouders en jongeren mee. Zij gaven de hulp gemiddeld een 7,3; het plan was een "
             "7,5. Jongeren zelf waren kritischer dan ouders: 6,8 tegen 7,5. Van de ouders zei 81% "
             "dat de hulp had geholpen, tegen 84% in 2024."),
           PageBreak()]

    # ---------------- p8 vooruitblik + bijlage ----------------
    abbr = [("POH-jeugd", "praktijkondersteuner jeugd bij de huisarts"),
            ("RBO Jeugd", "Regionaal Bestuurlijk Overleg Jeugd Lauwerdal"),
            ("GGZ", "geestelijke gezondheidszorg"),
            ("Sociaal Team", "Sociaal Team Ellewoude, de lokale toegang tot jeugdhulp"),
            ("Plan 2025", "de waarde die in de Jeugdagenda 2024–2027 voor 2025 was gepland"),
            ("Realisatie", "wat er feitelijk is gebeurd of uitgegeven (2025: voorlopig)")]
    at = Table([[Paragraph(f"<b>{a}</b>", S["cell"]), Paragraph(b, S["cell"])] for a, b in abbr],
               colWidths=[3.2 * cm, W - 3.2 * cm])
    at.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D4C3CF")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [P("6 Vooruitblik 2026–2027", "h1"),
           P("Voor de komende anderhalf jaar staan de volgende stappen gepland:"),
           B("<b>per 1 september 2026</b>: dependance Kompasgroep Lauwerdal in Ellewoude en een "
             "POH-jeugd in Huisartsenpraktijk De Brink en Gezondheidscentrum Ellewoude-Noord;"),
           B("<b>per 1 december 2026</b>: POH-jeugd in Praktijk Westeinde (twaalfde praktijk);"),
           B("<b>in het vierde kwartaal van 2026</b>: evaluatie van het werken met één "
             "gezinsplan door het Sociaal Team;"),
           B("<b>vanaf 1 januari 2027</b>: elke thuiszitter krijgt binnen zes weken een plan voor "
             "terugkeer naar school, opgesteld met school en leerplicht;"),
           B("<b>per 1 april 2027</b> (bij versnelde afbouw) of anders <b>in het derde kwartaal van "
             "2027</b>: sluiting van de laatste gesloten groep van Stichting Veldhoeve;"),
           B("<b>april 2027</b>: Jaarverslag Jeugdhulp 2026 aan de raad."),
           P("Het college verwacht dat de lasten in 2026 opnieuw boven de begroting uitkomen, "
             "zij het minder dan in 2025. Wethouder Fenna Mulder-Baarsma: <i>„We sturen op drie "
             "dingen tegelijk: korter wachten, meer kinderen in een gezin en minder dure "
             "plaatsingen buiten de regio. Dat kost eerst geld en levert pas later op.”</i>"),
           P("6.1 Bijsturing in 2026", "h2"),
           P("Om de lasten te beheersen neemt het college in 2026 vier maatregelen. De verwachte "
             "besparing is samen €\u00a0310.000 in 2026 en €\u00a0540.000 vanaf 2027:"),
           Paragraph("strakkere afspraken met aanbieders over de duur van specialistische "
                     "trajecten, met een herbeoordeling na uiterlijk negen maanden "
                     "(€\u00a0140.000);", S["num"], bulletText="a."),
           Paragraph("terugdringen van plaatsingen buiten de regio door een vast regionaal "
                     "plaatsingsoverleg (€\u00a090.000);", S["num"], bulletText="b."),
           Paragraph("meer groepsaanbod bij lichte ambulante hulp, zoals "
                     "ouder-kindgroepen en weerbaarheidstrainingen (€\u00a050.000);",
                     S["num"], bulletText="c."),
           Paragraph("vervanging van taxivervoer door een reisbudget voor jongeren vanaf "
                     "12 jaar (€\u00a030.000).", S["num"], bulletText="d."),
           Spacer(1, 6),
           P("Bijlage 1 Begrippen en afkortingen", "h2"),
           at, Spacer(1, 10),
           P("Bijlage 2 Verantwoording", "h2"),
           P("De aantallen in Tabel 1 komen uit de jeugdhulpregistratie van de gemeente "
             "(peildatum 15 februari 2026). De wachttijden zijn aangeleverd door de aanbieders via "
             "het Inkoopbureau Jeugd Lauwerdal. De financiële cijfers komen uit de financiële "
             "administratie van de gemeente, stand 31 maart 2026. Vragen over dit jaarverslag "
             "kunt u stellen aan Tom Hazelhoff, teamleider Sociaal Team Ellewoude, of aan Sabine "
             "Rozendal, beleidsadviseur jeugd."),
           ]
    return st


# ==========================================================================

DOC1 = "jeugdregio-vennestreek-regiovisie-jeugd-2026-2030.pdf"
DOC2 = "ellewoude-jaarverslag-jeugdhulp-2025.pdf"


def main():
    n1 = build_passes(v_make_doc, v_story, os.path.join(HERE, DOC1), with_toc=True)
    n2 = build_passes(e_make_doc, e_story, os.path.join(HERE, DOC2))
    print(f"{DOC1}: {n1} pages")
    print(f"{DOC2}: {n2} pages")


if __name__ == "__main__":
    main()
