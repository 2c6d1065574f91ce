"""Generate two entirely fictional Dutch policy PDFs for the budget-extraction test set "c".

All names (regions, municipalities, organisations, people) and all amounts are invented.

Run:  /work/main/.venv/bin/python make.py      (needs reportlab importable)
Writes next to this script:
  wolderveen-meerjarenbegroting-ggz-2025-2028.pdf   (regional plan, Helvetica, 8 pages)
  lindehoven-uitvoeringsagenda-opvang-2026-2027.pdf (municipal plan, DejaVu Serif, 8 pages)
"""
import os

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

rl_config.invariant = 1  # byte-reproducible output (fixed dates / ids)
HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4


# --------------------------------------------------------------------------------------
# Document A: Regio Wolderveen, Meerjarenbegroting GGZ, beschermd wonen en opvang 2025-2028
# --------------------------------------------------------------------------------------

def build_wolderveen(path):
    base = "Helvetica"
    bold = "Helvetica-Bold"
    green = colors.HexColor("#1f5f4a")
    light = colors.HexColor("#e3efe9")

    body = ParagraphStyle("body", fontName=base, fontSize=10, leading=14.2,
                          alignment=TA_JUSTIFY, spaceAfter=7)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, textColor=green,
                        spaceBefore=4, spaceAfter=9)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, textColor=green,
                        spaceBefore=6, spaceAfter=5)
    cap = ParagraphStyle("cap", fontName=bold, fontSize=9, leading=12, spaceBefore=4,
                         spaceAfter=4)
    note = ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=8.5, leading=11,
                          spaceBefore=3, spaceAfter=8)
    cell = ParagraphStyle("cell", fontName=base, fontSize=8.8, leading=10.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=bold)

    def header_footer(c, doc):
        c.saveState()
        c.setStrokeColor(green)
        c.setLineWidth(0.8)
        c.setFont(base, 8.5)
        c.setFillColor(green)
        c.drawString(2.2 * cm, H - 1.45 * cm,
                     "Regio Wolderveen  \u00b7  Meerjarenbegroting GGZ, Beschermd Wonen en Opvang 2025\u20132028")
        c.drawRightString(W - 2.2 * cm, H - 1.45 * cm, "versie 1.2")
        c.line(2.2 * cm, H - 1.65 * cm, W - 2.2 * cm, H - 1.65 * cm)
        c.setFillColor(colors.black)
        c.setFont(base, 8)
        c.line(2.2 * cm, 1.75 * cm, W - 2.2 * cm, 1.75 * cm)
        c.drawString(2.2 * cm, 1.3 * cm, "Vastgesteld RBO 14 november 2024")
        c.drawRightString(W - 2.2 * cm, 1.3 * cm, "blz. %d" % doc.page)
        c.restoreState()

    def cover(c, doc):
        c.saveState()
        c.setFillColor(green)
        c.rect(0, H - 9.5 * cm, W, 9.5 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 12)
        c.drawString(2.2 * cm, H - 2.6 * cm, "REGIO WOLDERVEEN")
        c.setFont(base, 9.5)
        c.drawString(2.2 * cm, H - 3.2 * cm,
                     "Askerbroek  \u00b7  Heeldijk  \u00b7  Ommerlo  \u00b7  Vreesveld  \u00b7  Wolderveen")
        c.setFillColor(light)
        c.rect(0, 0, W, 3.2 * cm, stroke=0, fill=1)
        c.setFillColor(green)
        c.setFont(base, 9)
        c.drawString(2.2 * cm, 1.6 * cm, "Centrumgemeente Wolderveen  \u00b7  Afdeling Samenleving en Zorg")
        c.drawString(2.2 * cm, 1.1 * cm, "Postbus 410, 8150 AK Wolderveen")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2.3 * cm, bottomMargin=2.3 * cm,
                          title="Meerjarenbegroting GGZ, Beschermd Wonen en Opvang 2025-2028",
                          author="Regio Wolderveen", subject="Regionaal plan (fictief)")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    cover_frame = Frame(2.2 * cm, 4 * cm, W - 4.4 * cm, H - 14 * cm, id="cf")
    doc.addPageTemplates([PageTemplate("cover", [cover_frame], onPage=cover),
                          PageTemplate("main", [frame], onPage=header_footer)])

    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))

    # ---- p1 cover
    s.append(Spacer(1, 0.2 * cm))
    s.append(Paragraph("Meerjarenbegroting GGZ,<br/>Beschermd Wonen en<br/>Maatschappelijke Opvang",
                       ParagraphStyle("ct", fontName=bold, fontSize=26, leading=32, textColor=green)))
    s.append(Spacer(1, 0.5 * cm))
    s.append(Paragraph("2025\u20132028",
                       ParagraphStyle("cy", fontName=base, fontSize=22, leading=26, textColor=green)))
    s.append(Spacer(1, 1.2 * cm))
    s.append(Paragraph(
        "Regionaal plan van de centrumgemeente Wolderveen, opgesteld namens de gemeenten "
        "Askerbroek, Heeldijk, Ommerlo, Vreesveld en Wolderveen",
        ParagraphStyle("cs", fontName=base, fontSize=11.5, leading=16)))
    s.append(Spacer(1, 0.8 * cm))
    s.append(Paragraph("Vastgesteld in het Regionaal Bestuurlijk Overleg Zorg van 14 november 2024<br/>"
                       "Versie 1.2 (verwerkt: voorjaarsnota 2025)",
                       ParagraphStyle("cd", fontName=base, fontSize=10, leading=14,
                                      textColor=colors.HexColor("#444444"))))
    s.append(NextPageTemplate("main"))
    s.append(PageBreak())

    # ---- p2 voorwoord + inleiding (+ national context figure)
    P("Voorwoord", h1)
    P("Met deze meerjarenbegroting zetten de vijf gemeenten in de regio Wolderveen de volgende stap "
      "in de beweging van beschermd wonen naar beschermd thuis. Steeds meer inwoners met een psychische "
      "kwetsbaarheid wonen zelfstandig in de wijk, met begeleiding die meebeweegt met wat zij nodig hebben. "
      "Dat vraagt om een stevige samenwerking tussen gemeenten, zorgaanbieders, woningcorporaties en "
      "ervaringsdeskundigen, en om heldere afspraken over geld.")
    P("De opgave is groot. Landelijk stelt het Rijk in 2025 ruim \u20ac 1,9 miljard beschikbaar voor "
      "beschermd wonen en maatschappelijke opvang; tegelijk stijgen de kosten per cli\u00ebnt en neemt "
      "het aantal mensen dat dakloos raakt in onze regio niet af. In 2023 meldden zich ruim 640 inwoners "
      "bij het centrale aanmeldpunt. Wij kiezen daarom voor investeringen die voorkomen dat mensen in "
      "de opvang belanden, en voor herstel dichtbij huis.")
    P("Ik dank alle partners die aan dit plan hebben bijgedragen, in het bijzonder de cli\u00ebntenraad "
      "en de adviesraden sociaal domein van de vijf gemeenten.")
    P("<i>Hendrika Mulderij-Vos</i><br/>Portefeuillehouder Zorg en Veiligheid, regio Wolderveen")
    s.append(Spacer(1, 0.3 * cm))
    P("1. Inleiding", h1)
    P("Deze meerjarenbegroting vertaalt het regionale beleidskader \u2018Thuis in de Wijk 2024\u20132030\u2019 "
      "naar concrete maatregelen en budgetten voor de jaren 2025 tot en met 2028. Het plan beschrijft "
      "achtereenvolgens het financi\u00eble kader (hoofdstuk 2), beschermd wonen en herstel (hoofdstuk 3), "
      "de subsidies aan zorgaanbieders (hoofdstuk 4), maatschappelijke opvang en wijkaanpak "
      "(hoofdstuk 5) en de wijzigingen en risico\u2019s (hoofdstuk 6). Een Engelstalige samenvatting "
      "is opgenomen op de laatste pagina.")
    P("De centrumgemeente Wolderveen voert de begroting uit namens de regio. Over de verdeling van "
      "middelen besluit het Regionaal Bestuurlijk Overleg Zorg, dat vier keer per jaar bijeenkomt.")
    s.append(PageBreak())

    # ---- p3 financieel kader + table 1 (years as columns, Totaal column, totals row)
    P("2. Financieel kader", h1)
    P("In tabel 1 staan de regionale maatregelen die uit de integratie-uitkering beschermd wonen en "
      "de decentralisatie-uitkering maatschappelijke opvang worden bekostigd. Per maatregel is het "
      "budget per jaar opgenomen; de laatste kolom geeft het totaal over de planperiode.")
    s.append(Paragraph("Tabel 1. Regionale maatregelen 2025\u20132028", cap))
    hdr = ["Maatregel", "2025", "2026", "2027", "2028", "Totaal"]
    rows = [
        ["Herstelhuis Wolderveen (beschermd wonen nieuwe stijl)", "\u20ac 420.000", "\u20ac 435.000",
         "\u20ac 450.000", "\u20ac 450.000", "\u20ac 1.755.000"],
        ["Ambulante woonbegeleiding", "\u20ac 310.000", "\u20ac 320.000", "\u20ac 330.000",
         "\u20ac 340.000", "\u20ac 1.300.000"],
        ["Nachtopvang De Brugwachter", "\u20ac 185.000", "\u20ac 185.000", "\u20ac 190.000",
         "\u20ac 190.000", "\u20ac 750.000"],
        ["Housing First", "\u20ac 96.000", "\u20ac 120.000", "\u20ac 120.000", "-", "\u20ac 336.000"],
        ["Crisisbedden GGZ (pilot)", "\u20ac 60.000", "\u20ac 60.000", "", "", "\u20ac 120.000"],
    ]
    tot = ["Totaal", "\u20ac 1.071.000", "\u20ac 1.120.000", "\u20ac 1.090.000", "\u20ac 980.000",
           "\u20ac 4.261.000"]
    data = [hdr] + [[Paragraph(r[0], cell)] + r[1:] for r in rows] + [[Paragraph(tot[0], cellb)] + tot[1:]]
    t = Table(data, colWidths=[5.6 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 2.3 * cm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 8.8),
        ("FONT", (1, 1), (-1, -1), base, 8.8),
        ("FONT", (1, -1), (-1, -1), bold, 8.8),
        ("FONT", (-1, 1), (-1, -1), bold, 8.8),
        ("BACKGROUND", (0, 0), (-1, 0), green),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, -1), (-1, -1), light),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbcae")),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, green),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(t)
    P("Een leeg vak betekent dat voor dat jaar (nog) geen besluit is genomen; een streepje betekent "
      "dat er in dat jaar geen budget is.", note)
    P("De crisisbedden zijn een pilot van twee jaar in samenwerking met De Brugwachter GGZ. Voor de "
      "pilot Crisisbedden GGZ is in 2025 \u20ac 60.000 beschikbaar; na een tussenevaluatie in het najaar "
      "van 2025 besluit het RBO over voortzetting in 2026 en een eventuele structurele plek in de "
      "begroting vanaf 2027. De pilot biedt plaats aan maximaal 4 volwassenen tegelijk, voor ten hoogste "
      "14 nachten.")
    P("De bedragen zijn inclusief indexatie volgens de OVA-systematiek (prijspeil 2024) en exclusief "
      "btw, voor zover die niet verrekenbaar is. De centrumgemeente rapporteert twee keer per jaar over "
      "de uitputting per maatregel.")
    s.append(PageBreak())

    # ---- p4 beschermd wonen en herstel (running-text amounts)
    P("3. Beschermd wonen en herstel", h1)
    P("3.1 Van intramuraal naar beschermd thuis", h2)
    P("In de regio wonen op dit moment 212 inwoners in een intramurale setting van beschermd wonen. "
      "Het streven is dat dit aantal in 2028 is gedaald naar 150, doordat meer inwoners met ambulante "
      "begeleiding zelfstandig kunnen wonen. Het Herstelhuis Wolderveen aan de Kanaalweg vormt daarbij "
      "de spil: een kleinschalige voorziening met 42 plekken waar bewoners maximaal 18 maanden verblijven "
      "en stap voor stap werken aan een eigen woning.")
    P("Voor de verbouwing van de locatie Kanaalweg reserveert de regio 2,4 miljoen euro in de periode "
      "2025\u20132027. De verbouwing omvat onder meer 12 studio\u2019s met eigen sanitair en een "
      "gemeenschappelijke huiskamer. Woningcorporatie Mijnstede levert de grond in erfpacht.")
    P("3.2 Herstel en ervaringsdeskundigheid", h2)
    P("Stichting Herstelhuis Wolderveen ontvangt jaarlijks \u20ac 25.000 voor de inzet van twee "
      "herstelcoaches. Zij begeleiden bewoners bij het opstellen van een herstelplan en bij de overgang "
      "naar zelfstandig wonen. Voor scholing van ervaringsdeskundigen is in 2026 \u20ac 10.000 \u2013 "
      "\u20ac 15.000 gereserveerd, afhankelijk van het aantal deelnemers aan de opleiding bij het "
      "Herstelcollege Noord.")
    P("3.3 Thuis na Opname", h2)
    P("Na een klinische opname in de GGZ is de terugkeer naar huis een kwetsbaar moment. Daarom start "
      "de regio met de pilot \u2018Thuis na Opname\u2019, waarin een wijkverpleegkundige en een "
      "woonbegeleider de eerste zes weken na ontslag samen optrekken met de cli\u00ebnt. Voor de pilot "
      "is in 2026 \u20ac 48.000 beschikbaar. De pilot loopt in Heeldijk en Vreesveld; bij een "
      "positieve evaluatie volgt uitbreiding naar de andere drie gemeenten.")
    P("3.4 Wachttijden", h2)
    P("De gemiddelde wachttijd voor een plek in beschermd wonen bedroeg in 2023 nog 19 weken. De regio "
      "wil deze in 2026 terugbrengen tot hooguit 8 weken. Daartoe wordt het aanmeldproces bij het "
      "Centraal Toegangspunt vereenvoudigd en krijgen de wijkteams meer ruimte om zelf een "
      "beschikking af te geven.")
    s.append(PageBreak())

    # ---- p5 table 2 (x EUR 1.000, subtotal per theme, WRONG grand total for 2027)
    P("4. Subsidies aan zorgaanbieders", h1)
    P("Naast de maatregelen uit tabel 1 verstrekt de regio meerjarige subsidies aan aanbieders van "
      "ambulante begeleiding, opvang en preventie. De subsidies worden jaarlijks vastgesteld op basis "
      "van de prestatieafspraken. Tabel 2 geeft de subsidieplafonds per thema.")
    s.append(Paragraph("Tabel 2. Subsidieplafonds per thema (bedragen x \u20ac 1.000)", cap))
    hdr2 = ["Onderdeel", "Ontvanger", "2025", "2026", "2027", "2028"]
    r2 = [
        ("theme", "Thema Wonen en herstel"),
        ("row", "Ambulante begeleiding", "De Brugwachter GGZ", "210", "215", "220", "225"),
        ("row", "Beschermd thuis", "Zorgco\u00f6peratie Kielmaat", "145", "150", "150", "155"),
        ("sub", "Subtotaal wonen en herstel", "", "355", "365", "370", "380"),
        ("theme", "Thema Opvang"),
        ("row", "Dagopvang", "Stichting Dak & Deur", "132,5", "135", "137,5", "140"),
        ("row", "Nazorg vrouwenopvang", "Stichting Dak & Deur", "48", "48", "50", "50"),
        ("sub", "Subtotaal opvang", "", "180,5", "183", "187,5", "190"),
        ("theme", "Thema Preventie en wijk"),
        ("row", "GGZ-consulent wijkteams", "Gemeenten Askerbroek en Heeldijk", "64", "66", "68", "70"),
        ("row", "Vroegsignalering huurachterstand", "Woningcorporatie Mijnstede", "30", "30", "-", "-"),
        ("sub", "Subtotaal preventie en wijk", "", "94", "96", "68", "70"),
        ("total", "Totaal subsidies", "", "629,5", "644", "635,5", "640"),
    ]
    data2 = [hdr2]
    style2 = [
        ("FONT", (0, 0), (-1, 0), bold, 8.8),
        ("TEXTCOLOR", (0, 0), (-1, 0), green),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, green),
        ("FONT", (2, 1), (-1, -1), base, 8.8),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, r in enumerate(r2, start=1):
        if r[0] == "theme":
            data2.append([Paragraph("<b>%s</b>" % r[1].replace("&", "&amp;"), cell), "", "", "", "", ""])
            style2 += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), light)]
        elif r[0] == "row":
            data2.append([Paragraph(r[1], cell), Paragraph(r[2].replace("&", "&amp;"), cell)] + list(r[3:]))
        elif r[0] == "sub":
            data2.append([Paragraph("<i>%s</i>" % r[1], cell), ""] + list(r[3:]))
            style2 += [("FONT", (2, i), (-1, i), "Helvetica-Oblique", 8.8),
                       ("LINEABOVE", (2, i), (-1, i), 0.4, colors.grey)]
        else:
            data2.append([Paragraph("<b>%s</b>" % r[1], cell), ""] + list(r[3:]))
            style2 += [("FONT", (2, i), (-1, i), bold, 8.8),
                       ("LINEABOVE", (0, i), (-1, i), 1.0, green),
                       ("LINEBELOW", (0, i), (-1, i), 1.0, green)]
    t2 = Table(data2, colWidths=[4.6 * cm, 4.4 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm])
    t2.setStyle(TableStyle(style2))
    s.append(t2)
    P("Bron: subsidieregister regio Wolderveen, peildatum 1 oktober 2024.", note)
    P("De subsidie voor vroegsignalering huurachterstand loopt af per 31 december 2026. Woningcorporatie "
      "Mijnstede heeft toegezegd de aanpak daarna met eigen middelen voort te zetten. De subsidies "
      "aan Stichting Dak &amp; Deur worden vanaf 2026 in \u00e9\u00e9n beschikking verleend.")
    P("Subsidieontvangers leggen jaarlijks v\u00f3\u00f3r 1 mei verantwoording af over het voorgaande jaar. "
      "Bij subsidies boven de drempel uit de Algemene Subsidieverordening is een controleverklaring van "
      "een accountant vereist.")
    s.append(PageBreak())

    # ---- p6 opvang + wijkaanpak
    P("5. Maatschappelijke opvang en wijkaanpak", h1)
    P("5.1 Nachtopvang en dagopvang", h2)
    P("De nachtopvang aan de Stationsstraat in Wolderveen heeft 28 bedden en een vaste bezetting van "
      "gemiddeld 24 personen per nacht. In 2026 gaat \u20ac 185.000 naar de nachtopvang van De "
      "Brugwachter, naast de subsidie voor de dagopvang van Stichting Dak &amp; Deur. Beide voorzieningen "
      "werken met \u00e9\u00e9n gezamenlijk cli\u00ebntvolgsysteem, zodat bezoekers niet twee keer hun "
      "verhaal hoeven te doen.")
    P("Het kabinet stelt in het Nationaal Actieplan Dakloosheid voor 2023\u20132030 landelijk jaarlijks "
      "\u20ac 65 miljoen extra beschikbaar voor preventie en huisvesting. Welk deel "
      "daarvan aan de regio Wolderveen toekomt, is nog niet bekend; deze middelen maken geen deel uit "
      "van deze begroting.")
    P("5.2 Wijkaanpak Ommerlo-Noord", h2)
    P("In Ommerlo-Noord wonen relatief veel inwoners die na een verblijf in beschermd wonen of de opvang "
      "zelfstandig zijn gaan wonen. Samen met de gemeente Ommerlo, Woningcorporatie Mijnstede en het "
      "wijkteam start de regio een wijkaanpak met een vast aanspreekpunt, een laagdrempelige inloop en "
      "afspraken over vroegsignalering van overlast en huurachterstand. Vanuit de regio wordt voor de "
      "wijkaanpak Ommerlo-Noord in 2027 en 2028 \u20ac 35.000 per jaar ingezet.")
    P("5.3 Samenwerking met de woningcorporaties", h2)
    P("Met de corporaties Mijnstede, Thuis aan de Aa en WoonGoed Vreesveld zijn prestatieafspraken "
      "gemaakt over uitstroomwoningen. In 2025 komen 35 woningen beschikbaar, in 2026 en 2027 elk jaar "
      "40. De corporaties verlenen een huurcontract op naam met een begeleidingsafspraak van 2 jaar.")
    s.append(PageBreak())

    # ---- p7 wijzigingen (amendment) + risico's
    P("6. Wijzigingen en risico\u2019s", h1)
    P("6.1 Verwerkte wijzigingen", h2)
    P("Na vaststelling van deze meerjarenbegroting in het RBO van 14 november 2024 is het plan op "
      "\u00e9\u00e9n punt gewijzigd. Het budget voor Housing First in 2027 is bij de "
      "voorjaarsnota 2025 verhoogd van \u20ac 120.000 naar \u20ac 150.000. Aanleiding is de uitbreiding "
      "van het aantal trajecten van 10 naar 13, waartoe het RBO op 3 april 2025 heeft besloten. "
      "Tabel 1 is op dit punt niet aangepast; de overige bedragen in dit plan blijven ongewijzigd.")
    P("6.2 Risico\u2019s", h2)
    P("De belangrijkste financi\u00eble risico\u2019s zijn de onzekerheid over het nieuwe "
      "verdeelmodel voor de integratie-uitkering beschermd wonen, de loon- en prijsontwikkeling bij "
      "zorgaanbieders en een mogelijke toename van het aantal dakloze jongeren. Ter dekking van "
      "tegenvallers houdt de regio een risicoreserve aan van \u20ac 250.000. Onttrekkingen aan de "
      "reserve vragen een besluit van het RBO.")
    P("6.3 Monitoring en evaluatie", h2)
    P("De centrumgemeente rapporteert in de voortgangsrapportages van juni en december over de "
      "uitputting van de budgetten en over de prestatie-indicatoren: het aantal inwoners in beschermd "
      "wonen, de doorstroom naar zelfstandig wonen, de wachttijden en het aantal daklozen in de "
      "nachtopvang. In 2027 volgt een tussentijdse evaluatie door een onafhankelijk bureau.")
    P("Contactpersoon: Sander Okkema, programmamanager Beschermd Thuis, telefoon 0516 44 12 90.")
    s.append(PageBreak())

    # ---- p8 English summary
    P("Summary", h1)
    P("This multi-year budget sets out how the five municipalities of the Wolderveen region "
      "(Askerbroek, Heeldijk, Ommerlo, Vreesveld and Wolderveen) will fund sheltered housing, mental "
      "health support and homeless services from 2025 to 2028.")
    P("The regional measures in Table 1 add up to \u20ac 4.26 million for 2025\u20132028. The largest "
      "item is the Herstelhuis Wolderveen, a recovery-oriented housing facility with 42 places, which "
      "receives \u20ac 420,000 in 2025. Following the spring budget review (voorjaarsnota 2025), Housing "
      "First will receive \u20ac 150,000 in 2027.")
    P("Nationally, the government makes about \u20ac 1.9 billion available in 2025 for sheltered housing "
      "and homeless services; only part of this reaches the region through the municipal fund.")
    P("Key goals are to reduce the number of residents in residential sheltered housing from 212 to 150, "
      "to cut waiting times to at most 8 weeks, and to provide 115 move-on homes together with the "
      "housing associations.")
    doc.build(s)


# --------------------------------------------------------------------------------------
# Document B: Gemeente Lindehoven, Uitvoeringsagenda Opvang en Wijk 2026-2027
# --------------------------------------------------------------------------------------

def build_lindehoven(path):
    pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-B", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-I", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-BI", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B")
    addMapping("DVS", 0, 1, "DVS-I"); addMapping("DVS", 1, 1, "DVS-BI")
    base, bold = "DVS", "DVS-B"
    red = colors.HexColor("#8a1c2b")
    grey = colors.HexColor("#f1eeee")

    body = ParagraphStyle("b", fontName=base, fontSize=9.6, leading=13.6, spaceAfter=6)
    body2 = ParagraphStyle("b2", parent=body, fontSize=9.0, leading=12.6, alignment=TA_JUSTIFY)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18, textColor=red, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=4)
    cap = ParagraphStyle("cap", fontName="DVS-I", fontSize=8.8, leading=12, spaceBefore=5, spaceAfter=3)
    cell = ParagraphStyle("cell", fontName=base, fontSize=8.2, leading=10)
    small = ParagraphStyle("sm", fontName="DVS-I", fontSize=7.8, leading=10, spaceBefore=2, spaceAfter=6)

    class NumberedCanvas(rl_canvas.Canvas):
        """Two-pass page numbering: 'Pagina N van M'."""
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                if self._pageNumber > 1:
                    self.setFont(base, 7.8)
                    self.drawCentredString(W / 2, 1.2 * cm, "Pagina %d van %d" % (self._pageNumber, n))
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    def header_footer(c, doc):
        c.saveState()
        c.setFillColor(red)
        c.rect(2 * cm, H - 1.55 * cm, 0.35 * cm, 0.35 * cm, stroke=0, fill=1)
        c.setFont(bold, 8.5)
        c.drawString(2.55 * cm, H - 1.5 * cm, "GEMEENTE LINDEHOVEN")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DVS-I", 8)
        c.drawRightString(W - 2 * cm, H - 1.5 * cm, "Uitvoeringsagenda Opvang en Wijk 2026\u20132027")
        c.setFont(base, 7.2)
        c.drawString(2 * cm, 1.2 * cm, "Raadsvoorstel 2026-014")
        c.drawRightString(W - 2 * cm, 1.2 * cm, "Lindehoven, 3 februari 2026")
        c.restoreState()

    def cover(c, doc):
        c.saveState()
        c.setFillColor(red)
        c.rect(0, 0, 1.6 * cm, H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(bold, 11)
        c.drawString(3 * cm, H - 3 * cm, "Gemeente Lindehoven")
        c.setFont(base, 8.5)
        c.drawString(3 * cm, H - 3.5 * cm, "Domein Sociaal \u00b7 Team Wonen, Zorg en Veiligheid")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2.2 * cm, bottomMargin=2.0 * cm,
                          title="Uitvoeringsagenda Maatschappelijke Opvang en Wijkaanpak 2026-2027",
                          author="Gemeente Lindehoven", subject="Gemeentelijk plan (fictief)")
    fw = doc.width
    gap = 0.8 * cm
    colw = (fw - gap) / 2
    one = Frame(doc.leftMargin, doc.bottomMargin, fw, doc.height, id="one")
    # two-column page: a full-width title band on top, then two columns
    band_h = 2.4 * cm
    tc_title = Frame(doc.leftMargin, doc.bottomMargin + doc.height - band_h, fw, band_h, id="tct")
    left = Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height - band_h, id="l")
    right = Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, doc.height - band_h, id="r")
    cover_frame = Frame(3 * cm, 3 * cm, W - 5 * cm, H - 9 * cm, id="cv")

    def twocol_page(c, doc):
        header_footer(c, doc)
        c.saveState()
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.setLineWidth(0.5)
        x = doc.leftMargin + colw + gap / 2
        c.line(x, doc.bottomMargin + 0.3 * cm, x, doc.bottomMargin + doc.height - band_h - 0.2 * cm)
        c.restoreState()

    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame], onPage=cover),
        PageTemplate("twocol", [tc_title, left, right], onPage=twocol_page),
        PageTemplate("one", [one], onPage=header_footer),
    ])

    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))

    # ---- p1 cover
    s.append(Spacer(1, 4 * cm))
    s.append(Paragraph("Uitvoeringsagenda<br/>Maatschappelijke Opvang<br/>en Wijkaanpak",
                       ParagraphStyle("ct", fontName=bold, fontSize=24, leading=30, textColor=red)))
    s.append(Spacer(1, 0.4 * cm))
    s.append(Paragraph("2026 \u2013 2027", ParagraphStyle("cy", fontName=base, fontSize=18, leading=22)))
    s.append(Spacer(1, 1.5 * cm))
    s.append(Paragraph("\u2018Niemand buiten, iedereen een plek\u2019",
                       ParagraphStyle("cq", fontName="DVS-I", fontSize=12, leading=16)))
    s.append(Spacer(1, 3.5 * cm))
    s.append(Paragraph("Bijlage bij raadsvoorstel 2026-014<br/>Behandeld in de commissie Samenleving "
                       "van 19 februari 2026<br/>Portefeuillehouder: wethouder Joost van Dorrestein",
                       ParagraphStyle("cm", fontName=base, fontSize=9.5, leading=14)))
    s.append(NextPageTemplate("twocol"))
    s.append(PageBreak())

    # ---- p2 two-column samenvatting
    s.append(Paragraph("Samenvatting", h1))
    s.append(Paragraph("Wat gaan we doen in 2026 en 2027, en wat kost het?", cap))
    from reportlab.platypus import FrameBreak
    s.append(FrameBreak())
    B = lambda t: s.append(Paragraph(t, body2))
    s.append(Paragraph("Waarom deze agenda", h2))
    B("Lindehoven telt ruim 58.000 inwoners. In 2025 sliepen gemiddeld 37 mensen per nacht in de "
      "opvang aan de Havenkade, terwijl de capaciteit 32 bedden is. Ook het aantal meldingen van "
      "verwarde personen en van woonoverlast in de wijken Oosterkade en Bremhof is de afgelopen twee "
      "jaar gestegen. Met deze uitvoeringsagenda kiest het college voor een aanpak die dichter bij "
      "de inwoner staat: minder opvang, meer wonen, en hulp in de wijk voordat problemen escaleren.")
    B("De agenda bouwt voort op de regionale koers van de regio Tjonger-Lindemeer en op het "
      "Nationaal Actieplan Dakloosheid. Landelijk trekt het kabinet tot en met 2027 \u20ac 150 miljoen "
      "uit voor de Woningbouwimpuls Kwetsbare Groepen; Lindehoven dient daarvoor in 2026 een aanvraag in.")
    s.append(Paragraph("Wat we gaan doen", h2))
    B("De agenda kent vier actielijnen: (1) opvang en toegang, (2) wonen met begeleiding, "
      "(3) wijkaanpak en (4) preventie en schulden. Voor elke actielijn staan in hoofdstuk 2 de "
      "concrete acties, de uitvoerder en het budget per jaar.")
    B("Een belangrijke nieuwe voorziening is de Wijkpost Oosterkade: een laagdrempelig inlooppunt "
      "waar het wijkteam, de GGZ-verpleegkundige van GGZ Vaarhorst en de straatcoaches samen "
      "spreekuur houden. Voor de pilot Wijkpost Oosterkade is in 2026 een bedrag van \u20ac 60.000 beschikbaar; "
      "na een jaar volgt een evaluatie.")
    B("Het inloophuis van Stichting De Lindeboom blijft open op vijf dagen per week. De stichting "
      "ontvangt daarvoor jaarlijks \u20ac 25.000. Daarnaast bereidt de gemeente de bouw voor van "
      "vier Skaeve Huse aan de rand van bedrijventerrein De Vlonder.")
    s.append(Paragraph("Wat het kost", h2))
    B("Hoofdstuk 1 en 2 geven per onderdeel en per actie het budget voor 2026 en 2027. "
      "De agenda wordt gedekt uit de decentralisatie-uitkering maatschappelijke opvang, de "
      "reguliere begroting van het sociaal domein en een bijdrage van woningcorporatie Thuisbaak.")
    B("De raad wordt gevraagd de agenda vast te stellen en kennis te nemen van de financi\u00eble "
      "gevolgen zoals verwerkt in de kadernota 2026 (zie hoofdstuk 5).")
    s.append(Paragraph("Wat we willen bereiken", h2))
    B("Eind 2027 willen we dat de gemiddelde bezetting van de nachtopvang is gedaald tot 26 personen "
      "per nacht, dat niemand langer dan drie maanden in de opvang verblijft zonder woonperspectief, "
      "en dat het aantal huisuitzettingen wegens huurschuld is gehalveerd ten opzichte van 2024.")
    B("Daarnaast willen we dat 8 huishoudens via Housing First een eigen woning hebben, dat in "
      "Oosterkade het aantal meldingen van woonoverlast met een derde is afgenomen en dat inwoners "
      "de Wijkpost weten te vinden.")
    s.append(Paragraph("Planning", h2))
    B("Na vaststelling door de raad start in maart 2026 de uitvoering. De Wijkpost Oosterkade opent "
      "in mei 2026. De eerste voortgangsrapportage volgt bij de najaarsrapportage 2026; de evaluatie "
      "van de agenda als geheel volgt in het najaar van 2027, zodat de uitkomsten kunnen worden "
      "meegenomen in de nieuwe agenda voor 2028 en verder.")
    s.append(Paragraph("Leeswijzer", h2))
    B("Hoofdstuk 1 geeft het financieel overzicht, hoofdstuk 2 de actielijnen, hoofdstuk 3 de "
      "wijkaanpak, hoofdstuk 4 preventie en schulden en hoofdstuk 5 de dekking en wijzigingen. "
      "In de bijlage staan kengetallen en begrippen.")
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # ---- p3 inleiding + table 1 (EUR 45.000,- style, '-' and truly empty cell, mln)
    P("1. Inleiding en financieel overzicht", h1)
    P("Deze uitvoeringsagenda beschrijft hoe de gemeente Lindehoven in 2026 en 2027 uitvoering geeft "
      "aan het beleidsplan Sociaal Domein \u2018Samen Lindehoven\u2019. De agenda is opgesteld met "
      "inbreng van cli\u00ebnten, ervaringsdeskundigen, de Wmo-adviesraad, Stichting De Lindeboom, "
      "Stichting Onderdak Lindehoven, GGZ Vaarhorst en woningcorporatie Thuisbaak.")
    P("Tabel 1 geeft de hoofdonderdelen van de agenda die buiten de actielijnen van hoofdstuk 2 vallen. "
      "Het gaat om voorzieningen met een eigen besluitvorming of een eigen subsidieregeling.")
    s.append(Paragraph("Tabel 1 \u2013 Hoofdonderdelen en budget", cap))
    d1 = [["Onderdeel", "Budget 2026", "Budget 2027", "Toelichting"],
          ["Wijkpost Oosterkade (pilot)", "\u20ac60.000,-", "-", "eenmalig; evaluatie eind 2026"],
          ["Inloophuis De Lindeboom", "\u20ac25.000,-", "\u20ac25.000,-", "subsidie Stichting De Lindeboom"],
          ["Skaeve Huse De Vlonder", "", "\u20ac 1,2 mln", "realisatie vier units"],
          ["Schuldhulp aan huis", "\u20ac38.500,-", "\u20ac41.000,-", "uitvoering Stichting Geldkompas"],
          ["Straatteam / outreach", "\u20ac72.000,-", "\u20ac72.000,-", "twee straatcoaches"],
          ["Totaal", "\u20ac195.500,-", "\u20ac1.338.000,-", ""]]
    d1 = [[Paragraph(r[0], cell) if i else r[0]] + r[1:3] + [Paragraph(r[3], cell) if i else r[3]]
          for i, r in enumerate(d1)]
    t1 = Table(d1, colWidths=[5.2 * cm, 2.8 * cm, 2.8 * cm, 6.0 * cm])
    t1.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 8.4),
        ("FONT", (1, 1), (2, -1), base, 8.4),
        ("FONT", (1, -1), (2, -1), bold, 8.4),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), grey),
        ("BACKGROUND", (0, -1), (-1, -1), grey),
        ("ALIGN", (1, 0), (2, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    s.append(t1)
    P("Een streepje (-) betekent: geen budget in dat jaar. Voor de Skaeve Huse is in 2026 nog geen "
      "budget geraamd; de voorbereidingskosten vallen onder actie 2.6.", small)
    P("De Skaeve Huse worden gerealiseerd op grond die de gemeente in eigendom heeft. Voor de "
      "realisatie van de Skaeve Huse is in 2027 \u20ac 1,2 miljoen geraamd, inclusief "
      "aansluitkosten en een terreininrichting met bosplantsoen. Woningcorporatie Thuisbaak wordt "
      "verhuurder en beheerder van de units.")
    P("De bedragen in deze agenda zijn in euro\u2019s, prijspeil 2026. Waar een bedrag per jaar "
      "wordt genoemd, geldt het voor elk van de twee jaren van de agenda, tenzij anders vermeld.")
    s.append(PageBreak())

    # ---- p4-p5 long table that breaks over the page
    P("2. Actielijnen en uitvoeringsbudget", h1)
    P("Per actielijn is hieronder aangegeven wie de actie uitvoert en welk budget daarvoor in 2026 en "
      "2027 beschikbaar is. De acties zijn afgestemd met de uitvoerders; waar een actie een subsidie "
      "betreft, volgt de verlening via de Algemene Subsidieverordening Lindehoven 2023.")
    P("Actielijn 1 richt zich op de opvang en de toegang daartoe, actielijn 2 op wonen met "
      "begeleiding, actielijn 3 op de wijken Oosterkade en Bremhof en actielijn 4 op preventie "
      "en schulden.")
    P("2.1 Uitgangspunten", h2)
    P("Bij de keuze van de acties zijn drie uitgangspunten gehanteerd. Ten eerste gaat wonen voor "
      "opvang: wie in de nachtopvang verblijft, krijgt binnen drie maanden een woonplek aangeboden. "
      "Ten tweede werken de uitvoerders vanuit \u00e9\u00e9n plan per huishouden, met \u00e9\u00e9n "
      "vaste regisseur. Ten derde zetten we waar mogelijk ervaringsdeskundigen in, zowel in de "
      "opvang als in de wijk.")
    P("De uitvoerders zijn bij de totstandkoming van de acties betrokken geweest in drie werksessies "
      "in het najaar van 2025. Zij hebben per actie aangegeven welke inzet nodig is en welke resultaten "
      "haalbaar zijn. De gemeente legt de afspraken vast in de subsidiebeschikkingen en in de "
      "dienstverleningsovereenkomsten voor 2026 en 2027.")
    P("Voor een aantal acties is het budget voor 2027 nog niet geraamd, omdat de uitkomst van een "
      "verkenning of pilot wordt afgewacht. Die acties zijn in de tabel herkenbaar aan een leeg vak. "
      "Waar een actie in een jaar bewust geen budget heeft, staat een streepje.")
    s.append(Paragraph("Tabel 2 \u2013 Uitvoeringsbudget per actie (in euro\u2019s)", cap))
    d2 = [["Nr.", "Actie", "Uitvoerder", "2026", "2027"]]
    acts = [
        ("1.1", "Nachtopvang Havenkade (32 bedden)", "Stichting Onderdak Lindehoven", "312.000", "318.000"),
        ("1.2", "Uitbreiding winteropvang", "Stichting Onderdak Lindehoven", "46.000", "46.000"),
        ("1.3", "Centraal aanmeldpunt opvang", "Gemeente Lindehoven", "58.000", "59.500"),
        ("1.4", "Dagbesteding voor dak- en thuislozen", "Stichting De Lindeboom", "84.000", "86.000"),
        ("1.5", "Vervoer naar regionale opvang", "Gemeente Lindehoven", "9.500", "9.500"),
        ("1.6", "Vrouwenopvang: nazorgtrajecten", "Veilig Thuis Tjonger-Lindemeer", "27.000", "27.000"),
        ("1.7", "Jongerenopvang Het Anker", "Stichting Onderdak Lindehoven", "64.000", "66.000"),
        ("2.1", "Housing First Lindehoven (8 trajecten)", "GGZ Vaarhorst", "118.000", "124.000"),
        ("2.2", "Begeleid wonen na opvang", "Stichting Onderdak Lindehoven", "96.000", "98.000"),
        ("2.3", "Woonbegeleiding jongvolwassenen", "GGZ Vaarhorst", "82.000", "88.000"),
        ("2.4", "Uitstroomwoningen: huurgarantie", "Woningcorporatie Thuisbaak", "15.000", "15.000"),
        ("2.5", "Ervaringsdeskundige woonmaatjes", "Stichting De Lindeboom", "21.000", "21.000"),
        ("2.6", "Voorbereiding Skaeve Huse", "Gemeente Lindehoven", "35.000", ""),
        ("2.7", "Tweede kans-huurcontracten", "Woningcorporatie Thuisbaak", "12.000", "12.000"),
        ("2.8", "Inrichtingspakket eerste woning", "Gemeente Lindehoven", "18.000", "18.000"),
        ("3.1", "Wijkteam Oosterkade: extra GGZ-uren", "GGZ Vaarhorst", "54.000", "54.000"),
        ("3.2", "Buurtbemiddeling Oosterkade en Bremhof", "Stichting Buurtwijs", "12.500", "12.500"),
        ("3.3", "Straatcoaches avond en weekend", "Gemeente Lindehoven", "41.000", "43.000"),
        ("3.4", "Meldpunt woonoverlast", "Gemeente Lindehoven", "8.000", "8.000"),
        ("3.5", "Bewonersinitiatieven Bremhof", "Wijkraad Bremhof", "10.000", "10.000"),
        ("3.6", "Netwerkoverleg zorg en veiligheid", "Gemeente Lindehoven", "6.500", "6.500"),
        ("3.7", "Herinrichting plein Oosterkade (sociaal)", "Gemeente Lindehoven", "-", "25.000"),
        ("3.8", "Training herkennen psychische problemen", "GGZ Vaarhorst", "7.500", "7.500"),
        ("3.9", "Wijkpost Bremhof (verkenning)", "Gemeente Lindehoven", "", "30.000"),
        ("4.1", "Vroegsignalering betalingsachterstanden", "Stichting Geldkompas", "44.000", "44.000"),
        ("4.2", "Budgetcursussen en Geldcaf\u00e9", "Stichting Geldkompas", "16.000", "16.000"),
        ("4.3", "Preventie huisuitzetting", "Woningcorporatie Thuisbaak", "22.000", "22.000"),
        ("4.4", "Ontslag uit detentie: nazorg", "Gemeente Lindehoven", "13.000", "13.000"),
        ("4.5", "Voorlichting scholen en jongerenwerk", "Stichting Buurtwijs", "9.000", "9.000"),
        ("4.6", "Monitoring en evaluatie agenda", "Gemeente Lindehoven", "20.000", "25.000"),
    ]
    for a in acts:
        d2.append([a[0], Paragraph(a[1], cell), Paragraph(a[2], cell), a[3], a[4]])
    t26 = sum(int(a[3].replace(".", "")) for a in acts if a[3] not in ("", "-"))
    t27 = sum(int(a[4].replace(".", "")) for a in acts if a[4] not in ("", "-"))
    fmt = lambda v: "{:,}".format(v).replace(",", ".")
    d2.append(["", Paragraph("<b>Totaal actielijnen</b>", cell), "", fmt(t26), fmt(t27)])
    t2 = Table(d2, colWidths=[1.0 * cm, 6.6 * cm, 5.4 * cm, 2.0 * cm, 2.0 * cm], repeatRows=1)
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 8.4),
        ("FONT", (0, 1), (0, -1), base, 8.2),
        ("FONT", (3, 1), (-1, -1), base, 8.4),
        ("FONT", (3, -1), (-1, -1), bold, 8.4),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, red),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#cccccc")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, red),
        ("BACKGROUND", (0, -1), (-1, -1), grey),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
    ]))
    s.append(t2)
    P("Leeg = nog niet geraamd; - = geen budget in dat jaar.", small)
    P("De budgetten voor actielijn 1 zijn grotendeels structureel en lopen na 2027 door. Voor de "
      "acties uit actielijn 3 en 4 besluit het college in 2027 op basis van de evaluatie over "
      "voortzetting.")
    P("2.2 Toelichting op de actielijnen", h2)
    P("<b>Actielijn 1 \u2013 Opvang en toegang.</b> De nachtopvang aan de Havenkade blijft de "
      "basisvoorziening. Het aantal bedden gaat in 2027 terug van 32 naar 28, omdat meer mensen "
      "doorstromen naar een woning. De winteropvang wordt alleen geopend bij een gevoelstemperatuur "
      "onder nul. Het centraal aanmeldpunt wordt ondergebracht bij het Zorgloket in het stadhuis.")
    P("<b>Actielijn 2 \u2013 Wonen met begeleiding.</b> Housing First groeit van 6 naar 8 trajecten. "
      "Thuisbaak stelt daarvoor jaarlijks minimaal 10 woningen beschikbaar, verspreid over de stad. "
      "De woonbegeleiding voor jongvolwassenen richt zich op jongeren van 18 tot 23 jaar die uit de "
      "jeugdhulp komen.")
    P("<b>Actielijn 3 \u2013 Wijkaanpak.</b> Zie hoofdstuk 3.")
    P("<b>Actielijn 4 \u2013 Preventie en schulden.</b> Zie hoofdstuk 4.")
    s.append(PageBreak())

    # ---- p6 wijkaanpak prose
    P("3. Wijkaanpak Oosterkade en Bremhof", h1)
    P("In Oosterkade en Bremhof wonen veel inwoners die na een periode in de opvang of in een "
      "instelling zelfstandig zijn gaan wonen. Dat lukt vaak goed, maar niet altijd. Buren melden "
      "overlast, huurachterstanden lopen op en signalen komen laat bij de juiste hulpverlener terecht. "
      "De wijkaanpak brengt wijkteam, GGZ, politie, corporatie en bewoners bij elkaar.")
    P("3.1 Wijkpost Oosterkade", h2)
    P("De Wijkpost wordt gevestigd in het voormalige bibliotheekfiliaal aan de Kerkhoflaan. Voor de "
      "inrichting van de Wijkpost wordt \u20ac 20.000 \u2013 \u20ac 30.000 geraamd, afhankelijk van de "
      "staat van het pand; deze kosten vallen binnen het pilotbudget. Het spreekuur is op maandag-, "
      "woensdag- en donderdagmiddag van 13.00 tot 17.00 uur.")
    P("3.2 Buurtbemiddeling en bewonersinitiatieven", h2)
    P("Stichting Buurtwijs zet getrainde vrijwilligers in als buurtbemiddelaar. Voor buurtbemiddeling "
      "is jaarlijks \u20ac12.500,- beschikbaar. In Bremhof kan de wijkraad bewonersinitiatieven "
      "ondersteunen die ontmoeting en onderling contact versterken, tot een maximum van 1.500 euro "
      "per initiatief.")
    P("3.3 Samenwerking met politie en corporatie", h2)
    P("Elke zes weken komen wijkagent, wijkteam, Thuisbaak en de GGZ-verpleegkundige bijeen in het "
      "netwerkoverleg zorg en veiligheid. Zij bespreken casussen waarin meerdere partijen betrokken "
      "zijn en maken afspraken over wie wat doet. In 2025 zijn op deze manier 46 huishoudens "
      "besproken; bij 31 daarvan is een huisuitzetting voorkomen.")
    P("3.4 Effectmeting", h2)
    P("De gemeente meet het effect van de wijkaanpak aan de hand van het aantal meldingen van "
      "woonoverlast, het aantal huisuitzettingen, de bezetting van de nachtopvang en de ervaren "
      "veiligheid in de wijk uit de Lindehovense Wijkmonitor.")
    s.append(PageBreak())

    # ---- p7 finances & amendment
    P("4. Preventie en schulden", h1)
    P("Schulden zijn een van de belangrijkste oorzaken van dakloosheid. Stichting Geldkompas voert "
      "daarom namens de gemeente de vroegsignalering uit: bij een betalingsachterstand van twee "
      "maanden bij huur, energie, water of zorgverzekering neemt een schuldhulpverlener binnen vijf "
      "werkdagen contact op. Daarnaast krijgt Schuldhulp aan huis een vaste plek in het wijkteam.")
    P("5. Financi\u00eble verantwoording en wijzigingen", h1)
    P("5.1 Dekking", h2)
    P("De agenda wordt gedekt uit de decentralisatie-uitkering maatschappelijke opvang die de gemeente "
      "via de regio Tjonger-Lindemeer ontvangt, aangevuld met middelen uit de reguliere begroting "
      "van het sociaal domein. Woningcorporatie Thuisbaak draagt in 2026 en 2027 elk jaar "
      "\u20ac 30.000 bij aan de acties 2.4 en 4.3.")
    P("5.2 Wijzigingen bij de kadernota 2026", h2)
    P("Bij de behandeling van de kadernota 2026 heeft de raad besloten tot \u00e9\u00e9n wijziging in "
      "de budgetten van deze agenda. Het budget voor actie 2.3 Woonbegeleiding jongvolwassenen in "
      "2027 is bij de kadernota verlaagd van 88.000 naar 64.000 euro, omdat een deel van de trajecten "
      "vanaf 2027 via de Jeugdwet wordt bekostigd. De vrijvallende middelen worden toegevoegd aan "
      "de algemene reserve sociaal domein.")
    P("5.3 Verantwoording", h2)
    P("Het college informeert de raad via de voor- en najaarsrapportage over de voortgang van de "
      "agenda. Uitvoerders leveren per kwartaal cijfers aan over bereik, wachttijden en resultaten. "
      "Een onderschrijding van meer dan 10 procent op een actielijn wordt aan de raad gemeld.")
    s.append(PageBreak())

    # ---- p8 bijlage: kengetallen (non-money numbers), contacten
    P("Bijlage \u2013 Kengetallen en contact", h1)
    s.append(Paragraph("Tabel 3 \u2013 Kengetallen opvang en wonen (aantallen)", cap))
    d3 = [["Kengetal", "2024", "2025", "Streefwaarde 2027"],
          ["Bedden nachtopvang Havenkade", "32", "32", "28"],
          ["Gemiddelde bezetting per nacht", "34", "37", "26"],
          ["Housing First-trajecten", "5", "6", "8"],
          ["Huisuitzettingen wegens huurschuld", "19", "14", "8"],
          ["Meldingen woonoverlast Oosterkade", "112", "131", "90"]]
    t3 = Table(d3, colWidths=[7.5 * cm, 2.5 * cm, 2.5 * cm, 3.5 * cm])
    t3.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 8.4), ("FONT", (0, 1), (-1, -1), base, 8.4),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), grey), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ]))
    s.append(t3)
    s.append(Spacer(1, 0.4 * cm))
    P("Begrippen", h2)
    P("<b>Housing First</b> \u2013 aanpak waarbij een dakloze direct een eigen woning krijgt, met "
      "intensieve begeleiding aan huis.<br/><b>Skaeve Huse</b> \u2013 kleine, vrijstaande woonunits "
      "voor mensen die niet in een gewone woonomgeving kunnen wonen.<br/><b>Vroegsignalering</b> "
      "\u2013 het vroegtijdig opsporen van betalingsachterstanden.")
    P("Contact", h2)
    P("Gemeente Lindehoven, team Wonen, Zorg en Veiligheid<br/>Postbus 1200, 8440 GE Lindehoven<br/>"
      "Telefoon 14 0513 \u00b7 opvang@lindehoven.example<br/>"
      "Beleidsadviseur: Fenna Rijpstra-Hoekman")
    doc.build(s, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    a = os.path.join(HERE, "wolderveen-meerjarenbegroting-ggz-2025-2028.pdf")
    b = os.path.join(HERE, "lindehoven-uitvoeringsagenda-opvang-2026-2027.pdf")
    build_wolderveen(a)
    build_lindehoven(b)
    print("wrote", a)
    print("wrote", b)
