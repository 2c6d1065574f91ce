"""Generate two entirely fictional Dutch policy PDFs for the budget-extraction test set d.

All names (regions, municipalities, organisations, people) and all amounts are invented.

Run:
    PYTHONPATH=/tmp/rl_site_d /work/main/.venv/bin/python make.py
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                CondPageBreak, FrameBreak)

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------
# Document 1: Regioplan Dakloosheid Zuiderhaven 2025-2027 (regional, Helvetica)
# ---------------------------------------------------------------------------

def zuiderhaven():
    out = os.path.join(HERE, "zuiderhaven-regioplan-dakloosheid-2025-2027.pdf")
    W, H = A4
    L = R = 2.2 * cm
    T = 2.6 * cm
    B = 2.4 * cm
    navy = colors.HexColor("#1f3a5f")
    light = colors.HexColor("#e8eef5")

    base = ParagraphStyle("z_base", fontName="Helvetica", fontSize=10, leading=14.2,
                          spaceAfter=6)
    h1 = ParagraphStyle("z_h1", parent=base, fontName="Helvetica-Bold", fontSize=15,
                        leading=19, textColor=navy, spaceBefore=4, spaceAfter=8)
    h2 = ParagraphStyle("z_h2", parent=base, fontName="Helvetica-Bold", fontSize=11.5,
                        leading=15, textColor=navy, spaceBefore=6, spaceAfter=4)
    cap = ParagraphStyle("z_cap", parent=base, fontName="Helvetica-Bold", fontSize=9.5,
                         leading=12, spaceBefore=4, spaceAfter=4)
    small = ParagraphStyle("z_small", parent=base, fontSize=8.5, leading=11,
                           textColor=colors.HexColor("#444444"))
    cell = ParagraphStyle("z_cell", parent=base, fontSize=9, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("z_cellb", parent=cell, fontName="Helvetica-Bold")
    colstyle = ParagraphStyle("z_col", parent=base, fontSize=9.5, leading=13.2)
    colh = ParagraphStyle("z_colh", parent=h2, fontSize=10.5, leading=13.5)

    total_pages = {"n": "?"}

    def header_footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.setFillColor(navy)
        c.drawString(L, H - 1.5 * cm, "Regioplan Dakloosheid Zuiderhaven 2025\u20132027")
        c.drawRightString(W - R, H - 1.5 * cm, "Regio Zuiderhaven")
        c.setStrokeColor(navy)
        c.setLineWidth(0.6)
        c.line(L, H - 1.7 * cm, W - R, H - 1.7 * cm)
        c.line(L, 1.75 * cm, W - R, 1.75 * cm)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7.5)
        c.drawString(L, 1.3 * cm,
                     "Versie 1.3 | vastgesteld Bestuurlijk Overleg Wonen & Zorg 12-03-2025")
        c.drawRightString(W - R, 1.3 * cm,
                          "Pagina %d van %s" % (doc.page, total_pages["n"]))
        c.restoreState()

    def cover_page(c, doc):
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, H - 9 * cm, W, 9 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 12)
        c.drawString(L, H - 3 * cm, "REGIO ZUIDERHAVEN")
        c.setFont("Helvetica-Bold", 30)
        c.drawString(L, H - 5 * cm, "Thuis in de regio")
        c.setFont("Helvetica", 16)
        c.drawString(L, H - 6.2 * cm, "Regioplan Dakloosheid 2025\u20132027")
        c.setFillColor(navy)
        c.setFont("Helvetica", 11)
        y = H - 11.5 * cm
        for line in ["Centrumgemeente Zuiderhaven",
                     "met de gemeenten Oostmarke, Lindewaard, Strijendal en Hoekerveen",
                     "",
                     "Beschermd wonen, maatschappelijke opvang en herstel",
                     "van opvang naar wonen"]:
            c.drawString(L, y, line)
            y -= 0.65 * cm
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(L, 3.2 * cm, "Versie 1.3 \u2013 maart 2025")
        c.drawString(L, 2.7 * cm,
                     "Vastgesteld door het Bestuurlijk Overleg Wonen & Zorg op 12 maart 2025")
        c.drawString(L, 2.2 * cm, "Programmamanager: Joost van Emmerik")
        c.restoreState()

    def build(path):
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=L, rightMargin=R,
                              topMargin=T, bottomMargin=B,
                              title="Regioplan Dakloosheid Zuiderhaven 2025-2027",
                              author="Regio Zuiderhaven (fictief)")
        fw = W - L - R
        fh = H - T - B
        single = Frame(L, B, fw, fh, id="single", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
        gap = 0.8 * cm
        cw = (fw - gap) / 2
        head_h = 1.4 * cm
        col_top = Frame(L, B + fh - head_h, fw, head_h, id="tcol_head", leftPadding=0,
                        rightPadding=0, topPadding=0, bottomPadding=0)
        col1 = Frame(L, B, cw, fh - head_h, id="c1", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        col2 = Frame(L + cw + gap, B, cw, fh - head_h, id="c2", leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)
        coverframe = Frame(L, B, fw, fh, id="cover")
        doc.addPageTemplates([
            PageTemplate(id="cover", frames=[coverframe], onPage=cover_page),
            PageTemplate(id="main", frames=[single], onPage=header_footer),
            PageTemplate(id="twocol", frames=[col_top, col1, col2], onPage=header_footer),
        ])

        s = []
        # ---- page 1: cover
        s.append(NextPageTemplate("main"))
        s.append(Spacer(1, 1))
        s.append(PageBreak())

        # ---- page 2: introduction
        s.append(Paragraph("1 Inleiding", h1))
        s.append(Paragraph(
            "Dakloosheid is zelden het gevolg van \u00e9\u00e9n oorzaak. Schulden, verlies van werk, "
            "een scheiding, psychische kwetsbaarheid en een krappe woningmarkt stapelen zich "
            "op. De vijf gemeenten in de regio Zuiderhaven \u2013 Zuiderhaven (centrumgemeente), "
            "Oostmarke, Lindewaard, Strijendal en Hoekerveen \u2013 kiezen daarom voor een "
            "gezamenlijke aanpak waarin wonen voorop staat. Dit regioplan beschrijft hoe wij de "
            "komende drie jaar de beweging maken van opvang naar wonen, welke partners daarbij "
            "aan zet zijn en welke middelen wij daarvoor inzetten.", base))
        s.append(Paragraph(
            "Op 1 oktober 2024 stonden in de regio 412 mensen als dakloos geregistreerd, van wie "
            "87 jongeren tussen 18 en 27 jaar. Het aantal gezinnen in de crisisopvang steeg in twee "
            "jaar met 23 procent. Tegelijk verblijven er gemiddeld 64 mensen langer dan negen "
            "maanden in de nachtopvang, terwijl zij met de juiste begeleiding zelfstandig kunnen "
            "wonen. Het plan is opgesteld met cli\u00ebntenraad De Stem, GGZ Zuiderkust, "
            "Stichting Dak &amp; Drempel en Woningcorporatie Havenwonen.", base))
        s.append(Paragraph("1.1 Landelijke context", h2))
        s.append(Paragraph(
            "Het Rijk stelt landelijk jaarlijks circa \u20ac 480 miljoen beschikbaar via de "
            "decentralisatie-uitkering maatschappelijke opvang. Het kabinet heeft daarnaast voor "
            "2025 landelijk \u20ac 35 miljoen extra uitgetrokken voor Housing First; welk deel "
            "daarvan in de regio Zuiderhaven terechtkomt, is nog niet bekend. Deze landelijke "
            "bedragen maken geen deel uit van de begroting van dit regioplan.", base))
        s.append(Paragraph("1.2 Financi\u00ebn in het kort", h2))
        s.append(Paragraph(
            "De middelen per maatregel staan in tabel 1 (hoofdstuk 2); het uitvoeringsprogramma "
            "per thema staat in tabel 2 (hoofdstuk 4) en de eenmalige investeringen in tabel 3 "
            "(hoofdstuk 6). Daarnaast maken wij enkele afspraken die niet in de tabellen zijn "
            "opgenomen.", base))
        s.append(Paragraph(
            "Voor 2025 tot en met 2027 is in totaal \u20ac 900.000 beschikbaar voor een regionaal "
            "doorbraakfonds, waaruit professionals zonder lange procedures knelpunten kunnen "
            "oplossen, zoals een huurachterstand of een borg. In 2025 is \u20ac 48.000 beschikbaar "
            "voor de opleiding van twaalf ervaringsdeskundigen. De regio streeft ernaar dat in "
            "2027 ten minste 70 procent van de mensen binnen drie maanden na instroom een "
            "woonplek heeft.", base))
        s.append(PageBreak())

        # ---- page 3: table 1 (years as columns + Totaal column)
        s.append(Paragraph("2 Meerjarenbegroting", h1))
        s.append(Paragraph(
            "Tabel 1 geeft de middelen per maatregel voor de looptijd van het plan. De bedragen "
            "zijn inclusief een indexatie van 2,8 procent per jaar. Waar een maatregel in een jaar "
            "niet loopt, is dat met een streepje aangegeven.", base))
        s.append(Paragraph("Tabel 1 \u2013 Middelen per maatregel 2025\u20132027 (bedragen in euro's)",
                           cap))
        rows = [
            ["Maatregel", "2025", "2026", "2027", "Totaal"],
            ["Nachtopvang Zuiderhaven", "\u20ac 120.000", "\u20ac 125.000", "\u20ac 130.000", "\u20ac 375.000"],
            ["Dagopvang De Loods", "\u20ac 85.000", "\u20ac 85.000", "\u20ac 85.000", "\u20ac 255.000"],
            ["Housing First (30 trajecten)", "\u20ac 210.000", "\u20ac 240.000", "\u20ac 270.000", "\u20ac 720.000"],
            ["Ambulante woonbegeleiding", "\u20ac 310.000", "\u20ac 325.000", "\u20ac 340.000", "\u20ac 975.000"],
            ["Vroegsignalering huurachterstanden", "\u20ac 45.000", "\u20ac 45.000", "-", "\u20ac 90.000"],
            ["Pilot Skaeve Huse Lindewaard", "-", "\u20ac 150.000", "\u20ac 75.000", "\u20ac 225.000"],
            ["Totaal", "\u20ac 770.000", "\u20ac 970.000", "\u20ac 900.000", "\u20ac 2.640.000"],
        ]
        t = Table(rows, colWidths=[6.2 * cm, 2.45 * cm, 2.45 * cm, 2.45 * cm, 2.9 * cm])
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), navy),
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, light]),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
            ("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 9),
            ("LINEABOVE", (0, -1), (-1, -1), 1, navy),
            ("LINEBELOW", (0, -1), (-1, -1), 1, navy),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        s.append(t)
        s.append(Spacer(1, 10))
        s.append(Paragraph(
            "Toelichting bij tabel 1. De nachtopvang aan de Havenstraat telt 48 bedden en is 365 "
            "dagen per jaar open. Housing First start in 2025 met 30 trajecten en groeit naar 45 "
            "trajecten in 2027. De pilot Skaeve Huse in Lindewaard start in het voorjaar van 2026 "
            "met acht woonunits voor mensen voor wie wonen in een gewone wijk (nog) niet haalbaar "
            "is.", base))
        s.append(Paragraph("2.1 Dekking", h2))
        s.append(Paragraph(
            "De maatregelen worden gedekt uit de decentralisatie-uitkering maatschappelijke opvang "
            "die de centrumgemeente ontvangt, aangevuld met bijdragen van de regiogemeenten. Over de "
            "bestemming van eventuele onderbesteding besluit het Bestuurlijk Overleg jaarlijks in "
            "mei, op basis van de jaarrekening van de centrumgemeente.", base))
        s.append(NextPageTemplate("twocol"))
        s.append(PageBreak())

        # ---- page 4: two-column page
        s.append(Paragraph("3 Aanpak per gemeente", h1))
        s.append(FrameBreak())
        s.append(Paragraph("Zuiderhaven", colh))
        s.append(Paragraph(
            "Als centrumgemeente voert Zuiderhaven de regie op de opvang en de toegang. Voor de "
            "bouw van het nieuwe Herstelhuis De Kering aan de Kadestraat reserveert de gemeente "
            "Zuiderhaven eenmalig 2,4 miljoen euro. Het herstelhuis biedt straks 24 plekken voor "
            "mensen die na een opname in de GGZ-kliniek niet direct zelfstandig kunnen wonen. "
            "De centrale toegang blijft gevestigd in het Stadskantoor.", colstyle))
        s.append(Paragraph("Oostmarke", colh))
        s.append(Paragraph(
            "Oostmarke richt zich op vroegsignalering. De gemeente Oostmarke draagt jaarlijks "
            "\u20ac 25.000 bij aan het Regionaal Meldpunt Dakloosheid, dat ook 's avonds en in het "
            "weekend bereikbaar is. Het wijkteam krijgt meldingen van huurachterstanden binnen "
            "vijf werkdagen door.", colstyle))
        s.append(Paragraph("Lindewaard", colh))
        s.append(Paragraph(
            "Voor de Skaeve Huse-pilot in Lindewaard is in 2026 \u20ac 150.000 opgenomen (zie "
            "tabel 1). De gemeente zoekt samen met Woningcorporatie Havenwonen een locatie aan de "
            "rand van de kern, met ruimte voor acht units en een beheerdersruimte.", colstyle))
        s.append(FrameBreak())
        s.append(Paragraph("Strijendal", colh))
        s.append(Paragraph(
            "In 2025 reserveert Strijendal \u20ac 10.000 \u2013 \u20ac 15.000 voor een buurtcoach in "
            "de Wielewaalwijk; het precieze bedrag hangt af van het aantal uren dat de coach wordt "
            "ingezet. De buurtcoach werkt nauw samen met de huismannen van Havenwonen.",
            colstyle))
        s.append(Paragraph("Hoekerveen", colh))
        s.append(Paragraph(
            "Hoekerveen werkt met 1,5 fte woonconsulent aan het voorkomen van huisuitzettingen. "
            "In 2027 maakt de gemeente Hoekerveen \u20ac 40.000 vrij voor tijdelijke huisvesting "
            "van spoedzoekers, bijvoorbeeld na een scheiding of een brand.", colstyle))
        s.append(Paragraph("Samenwerking met partners", colh))
        s.append(Paragraph(
            "Met Woningcorporatie Havenwonen en twee kleinere corporaties zijn prestatieafspraken "
            "gemaakt: jaarlijks worden 40 vrijkomende sociale huurwoningen toegewezen aan mensen "
            "die uitstromen uit opvang of beschermd wonen. GGZ Zuiderkust levert bemoeizorg en "
            "sluit aan bij het wekelijkse casusoverleg. Stichting Dak &amp; Drempel organiseert de "
            "inloop en het maatjesproject.", colstyle))
        s.append(Paragraph(
            "Wethouder Marieke Touwslager (Zuiderhaven) is bestuurlijk trekker van het plan. "
            "Iedere gemeente wijst een contactpersoon aan die deelneemt aan het ambtelijk "
            "regio-overleg, dat zes keer per jaar bijeenkomt.", colstyle))
        s.append(NextPageTemplate("main"))
        s.append(PageBreak())

        # ---- page 5/6: table 2 in thousands, subtotals, continued over page break
        s.append(Paragraph("4 Uitvoeringsprogramma per thema", h1))
        s.append(Paragraph(
            "Het uitvoeringsprogramma is ingedeeld in drie thema's: preventie, opvang en wonen en "
            "herstel. Per thema zijn de activiteiten benoemd die de regio gezamenlijk inkoopt of "
            "subsidieert. De bedragen in tabel 2 luiden in duizenden euro's. Activiteiten die in "
            "een jaar niet lopen, zijn met een kastlijn aangegeven.", base))
        s.append(Paragraph(
            "Bij preventie ligt het accent op vroegsignalering van betalingsachterstanden en op "
            "voorlichting aan jongeren in het middelbaar beroepsonderwijs. Bij opvang verschuift het "
            "zwaartepunt van grootschalige voorzieningen naar kleinschalige gezinsopvang. Onder "
            "wonen en herstel vallen de trajecten die mensen helpen een eigen plek te vinden en te "
            "behouden. De regio hanteert daarbij het uitgangspunt 'eerst een dak, dan de rest'.",
            base))
        s.append(Paragraph(
            "De inkoop verloopt via een open-house-procedure met een looptijd van drie jaar en een "
            "optie tot twee keer verlenging met \u00e9\u00e9n jaar. De zorgaanbieders rapporteren "
            "per kwartaal over bezetting, uitstroom en cli\u00ebnttevredenheid. Bij een bezetting "
            "onder 85 procent gaat de regio met de aanbieder in gesprek over afschaling.", base))
        s.append(Paragraph(
            "Voor de gezinsopvang geldt een maximale verblijfsduur van zes maanden. Voor jongeren "
            "tot 23 jaar geldt een aparte route via het jongerenloket, zodat zij niet in de "
            "reguliere nachtopvang terechtkomen.", base))
        s.append(Paragraph("4.1 Verantwoording en bijsturing", h2))
        s.append(Paragraph(
            "De centrumgemeente legt over de besteding van de middelen verantwoording af in de "
            "eigen jaarrekening en rapporteert daarnaast aan de regiogemeenten. Aanbieders leveren "
            "uiterlijk op 1 april een inhoudelijk en financieel verslag over het voorgaande jaar. "
            "Wanneer een activiteit structureel minder kost dan geraamd, kan het Bestuurlijk Overleg "
            "de vrijgevallen ruimte herbestemmen binnen hetzelfde thema. Verschuivingen tussen "
            "thema's vragen om een besluit van alle vijf colleges.", base))
        s.append(Paragraph(
            "De activiteiten onder het thema opvang worden in 2026 tussentijds ge\u00ebvalueerd. "
            "Daarbij kijkt de regio in het bijzonder naar de winterregeling, die in de winter van "
            "2025\u20132026 niet wordt ingezet omdat de capaciteit van de crisisopvang dan is "
            "uitgebreid. Voor het thema wonen en herstel is de beschikbaarheid van betaalbare "
            "woningen de belangrijkste voorwaarde; de corporaties hebben toegezegd hiervoor extra "
            "woningen beschikbaar te stellen. De regio volgt de doorstroom maandelijks en bespreekt "
            "knelpunten in het casusoverleg met de corporaties.", base))
        s.append(Paragraph(
            "Tabel 2 \u2013 Uitvoeringsprogramma per thema 2025\u20132027 (x \u20ac 1.000)", cap))
        head = ["Thema / activiteit", "2025", "2026", "2027"]
        part1 = [
            head,
            ["A. Preventie", "", "", ""],
            ["Vroegsignalering en schuldhulp", "62,5", "64,0", "65,5"],
            ["Voorlichting scholen en jongerenwerk", "18,0", "18,0", "\u2014"],
            ["Subtotaal Preventie", "80,5", "82,0", "65,5"],
            ["B. Opvang", "", "", ""],
            ["Crisisopvang gezinnen", "140,0", "142,5", "145,0"],
            ["Zwerfjongerenopvang", "96,0", "98,0", "100,0"],
            ["Winterregeling", "22,5", "\u2014", "22,5"],
            ["Subtotaal Opvang", "258,5", "240,5", "267,5"],
        ]
        part2 = [
            head,
            ["C. Wonen en herstel", "", "", ""],
            ["Begeleid wonen jongeren", "175,0", "180,0", "185,0"],
            ["Herstelacademie", "48,0", "52,0", "52,0"],
            ["Mentorschap en ervaringsdeskundigheid", "30,0", "30,0", "30,0"],
            ["Subtotaal Wonen en herstel", "253,0", "262,0", "267,0"],
            ["Totaal uitvoeringsprogramma", "592,0", "584,5", "600,0"],
        ]
        widths = [8.0 * cm, 2.7 * cm, 2.7 * cm, 2.7 * cm]

        def t2style(rows, sub_idx, theme_idx, grand=None):
            st = [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("BACKGROUND", (0, 0), (-1, 0), navy),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#b8c4d4")),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
            for i in theme_idx:
                st += [("FONT", (0, i), (-1, i), "Helvetica-BoldOblique", 9),
                       ("TEXTCOLOR", (0, i), (-1, i), navy)]
            for i in sub_idx:
                st += [("FONT", (0, i), (-1, i), "Helvetica-Oblique", 9),
                       ("BACKGROUND", (0, i), (-1, i), light)]
            if grand is not None:
                st += [("FONT", (0, grand), (-1, grand), "Helvetica-Bold", 9.5),
                       ("LINEABOVE", (0, grand), (-1, grand), 1.2, navy),
                       ("LINEBELOW", (0, grand), (-1, grand), 1.2, navy)]
            return TableStyle(st)

        ta = Table(part1, colWidths=widths)
        ta.setStyle(t2style(part1, [4, 9], [1, 5]))
        s.append(ta)
        s.append(PageBreak())
        tb = Table(part2, colWidths=widths)
        tb.setStyle(t2style(part2, [5], [1], grand=6))
        s.append(tb)
        s.append(Paragraph("Bedragen x \u20ac 1.000. \u2014 = activiteit loopt niet in dat jaar.",
                           small))
        s.append(Spacer(1, 8))
        s.append(Paragraph("5 Sturing en monitoring", h1))
        s.append(Paragraph(
            "Het Bestuurlijk Overleg Wonen &amp; Zorg stuurt op de uitvoering van dit regioplan. Het "
            "regionale projectbureau stelt halfjaarlijks een voortgangsrapportage op met de "
            "belangrijkste indicatoren: instroom, doorlooptijd in de opvang, uitstroom naar een "
            "woning en terugval binnen twaalf maanden.", base))
        s.append(Paragraph(
            "Voor de effectmeting werkt de regio samen met een kennispartner. De regio Zuiderhaven "
            "betaalt Hogeschool Zuiderkust in 2026 \u20ac 36.000 voor het onderzoek naar de "
            "effecten van Housing First en de Skaeve Huse-pilot. De resultaten worden in het "
            "voorjaar van 2027 aan de raden van de vijf gemeenten aangeboden.", base))
        s.append(Paragraph(
            "Ervaringsdeskundigen van cli\u00ebntenraad De Stem zijn betrokken bij de keuze van de "
            "indicatoren en bij de interpretatie van de uitkomsten. De cli\u00ebntenraad krijgt "
            "daarnaast inzage in de kwartaalcijfers van de zorgaanbieders.", base))
        s.append(PageBreak())

        # ---- page 7: table 3 single amount column + amendment
        s.append(Paragraph("6 Eenmalige investeringen", h1))
        s.append(Paragraph(
            "Naast de structurele middelen zijn er eenmalige investeringen nodig in gebouwen en "
            "systemen. Tabel 3 geeft een overzicht; de bedragen zijn niet aan een begrotingsjaar "
            "gekoppeld en worden geactiveerd zodra de investering is afgerond.", base))
        s.append(Paragraph("Tabel 3 \u2013 Eenmalige investeringen", cap))
        rows3 = [
            ["Investering", "Uitvoerder / ontvanger", "Bedrag"],
            [Paragraph("Inrichting Herstelhuis De Kering", cell),
             Paragraph("Stichting Herstelhuis De Kering", cell), "\u20ac45.000,-"],
            [Paragraph("Verbouwing nachtopvang Havenstraat", cell),
             Paragraph("Gemeente Zuiderhaven", cell), "\u20ac 1,2 mln"],
            [Paragraph("Regionaal registratiesysteem dakloosheid", cell),
             Paragraph("Regio Zuiderhaven", cell), "k\u20ac 250"],
            [Paragraph("Tijdelijke woonunits Strijendal (12 units)", cell),
             Paragraph("Woningcorporatie Havenwonen", cell), "380.000"],
            [Paragraph("Totaal eenmalig", cellb), "", "\u20ac 1.875.000"],
        ]
        t3 = Table(rows3, colWidths=[6.6 * cm, 6.0 * cm, 3.6 * cm])
        t3.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), navy),
            ("ALIGN", (2, 0), (2, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 0.6, navy),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#b8c4d4")),
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
            ("LINEABOVE", (0, -1), (-1, -1), 1, navy),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        s.append(t3)
        s.append(Spacer(1, 10))
        s.append(Paragraph(
            "De verbouwing van de nachtopvang aan de Havenstraat omvat onder meer brandveilige "
            "scheidingswanden, een tweede sanitaire unit en een aparte ruimte voor vrouwen. Het "
            "registratiesysteem vervangt de huidige spreadsheets en wordt door alle vijf gemeenten "
            "gebruikt.", base))
        s.append(Paragraph("7 Bijstellingen na vaststelling", h1))
        s.append(Paragraph(
            "Na vaststelling van dit plan zijn de volgende wijzigingen doorgevoerd. Het budget voor "
            "Dagopvang De Loods in 2026 (tabel 1) is bij de najaarsnota 2025 bijgesteld van "
            "\u20ac 85.000 naar \u20ac 97.500, vanwege de verruiming van de openingstijden in het "
            "weekend. De overige bedragen in tabel 1 blijven ongewijzigd. De tabellen in dit "
            "document zijn niet aangepast; de bijstelling wordt verwerkt in de volgende versie van "
            "het regioplan.", base))
        s.append(PageBreak())

        # ---- page 8: appendix
        s.append(Paragraph("Bijlage A \u2013 Begrippen", h1))
        terms = [
            ("Beschermd wonen", "Wonen met toezicht en begeleiding voor mensen met psychische "
             "problematiek die (nog) niet zelfstandig kunnen wonen."),
            ("Housing First", "Aanpak waarbij iemand direct een eigen woning krijgt, met "
             "intensieve begeleiding aan huis."),
            ("Skaeve Huse", "Kleinschalige, robuuste woonunits op enige afstand van de bebouwing, "
             "voor mensen die in een gewone wijk veel overlast zouden ervaren of veroorzaken."),
            ("Doorbraakfonds", "Budget waarmee professionals snel een financieel knelpunt kunnen "
             "wegnemen dat een oplossing blokkeert."),
            ("Centrumgemeente", "Gemeente die namens de regio de middelen voor opvang en beschermd "
             "wonen ontvangt en beheert."),
        ]
        for k, v in terms:
            s.append(Paragraph("<b>%s</b> \u2013 %s" % (k, v), base))
        s.append(Paragraph("Bijlage B \u2013 Landelijke benchmark", h1))
        s.append(Paragraph(
            "Ter vergelijking: landelijk bedragen de gemiddelde kosten van een Housing "
            "First-traject circa \u20ac 14.500 per jaar (bron: landelijke benchmark maatschappelijke "
            "opvang). De kosten in de regio Zuiderhaven liggen daar iets onder, doordat de "
            "begeleiding deels door ervaringsdeskundigen wordt gegeven.", base))
        s.append(Paragraph("Bijlage C \u2013 Contact", h1))
        s.append(Paragraph(
            "Programmamanager: Joost van Emmerik, Regionaal Projectbureau Zuiderhaven, "
            "Kadestraat 14, 4911 ZH Zuiderhaven (fictief adres).", base))
        doc.build(s)
        return doc.page

    n = build(out)
    total_pages["n"] = str(n)
    build(out)
    return out


# ---------------------------------------------------------------------------
# Document 2: Programmabegroting 2026, Sociaal Domein, gemeente Brakelstede (Times)
# ---------------------------------------------------------------------------

def brakelstede():
    out = os.path.join(HERE, "brakelstede-begroting-sociaal-domein-2026.pdf")
    W, H = A4
    green = colors.HexColor("#2e5e3a")
    pale = colors.HexColor("#eef3ea")
    grey = colors.HexColor("#dddddd")

    base = ParagraphStyle("b_base", fontName="Times-Roman", fontSize=11, leading=14.8,
                          spaceAfter=7, alignment=4)
    h1 = ParagraphStyle("b_h1", parent=base, fontName="Helvetica-Bold", fontSize=14,
                        leading=18, textColor=green, spaceBefore=6, spaceAfter=8,
                        alignment=TA_LEFT)
    h2 = ParagraphStyle("b_h2", parent=h1, fontSize=11.5, leading=15, spaceBefore=6,
                        spaceAfter=4)
    cap = ParagraphStyle("b_cap", parent=base, fontName="Times-Italic", fontSize=10,
                         leading=13, spaceBefore=2, spaceAfter=3, alignment=TA_LEFT)
    unit = ParagraphStyle("b_unit", parent=cap, alignment=TA_RIGHT, fontName="Times-Roman",
                          fontSize=9.5)
    note = ParagraphStyle("b_note", parent=base, fontSize=9, leading=11.5, alignment=TA_LEFT)
    bullet = ParagraphStyle("b_bul", parent=base, leftIndent=14, bulletIndent=3,
                            spaceAfter=3, alignment=TA_LEFT)

    def hf(c, doc):
        pw, ph = c._pagesize
        lm = 2.5 * cm
        c.saveState()
        c.setFillColor(green)
        c.rect(0, ph - 1.25 * cm, pw, 1.25 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(lm, ph - 0.8 * cm, "Gemeente Brakelstede")
        c.setFont("Helvetica", 9)
        c.drawRightString(pw - lm, ph - 0.8 * cm,
                          "Programmabegroting 2026 \u00b7 Programma 3 Sociaal Domein")
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(pw / 2, 1.2 * cm, "Pagina %d" % doc.page)
        c.setFont("Times-Italic", 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(lm, 0.7 * cm,
                     "Raadsvoorstel 2025/114 \u2013 concept v0.9 \u2013 18 september 2025")
        c.restoreState()

    def cover(c, doc):
        c.saveState()
        c.setStrokeColor(green)
        c.setLineWidth(2)
        c.rect(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm, stroke=1, fill=0)
        c.setFillColor(pale)
        c.rect(2 * cm, H - 12 * cm, W - 4 * cm, 6 * cm, stroke=0, fill=1)
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, H - 4 * cm, "GEMEENTE BRAKELSTEDE")
        c.setFont("Times-Bold", 32)
        c.drawCentredString(W / 2, H - 8 * cm, "Programmabegroting 2026")
        c.setFont("Times-Roman", 18)
        c.drawCentredString(W / 2, H - 9.3 * cm, "Programma 3 \u2013 Sociaal Domein")
        c.setFont("Times-Italic", 13)
        c.drawCentredString(W / 2, H - 10.6 * cm, "Beschermd wonen \u00b7 GGZ \u00b7 Wijkaanpak")
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 11)
        c.drawCentredString(W / 2, 7 * cm, "Portefeuillehouder: wethouder Anouk Verbeek-Stam")
        c.drawCentredString(W / 2, 6.3 * cm,
                            "Concept ten behoeve van de raadsvergadering van 6 november 2025")
        c.setFont("Times-Italic", 10)
        c.drawCentredString(W / 2, 5.6 * cm, "Raadsvoorstel 2025/114 \u2013 versie 0.9")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, title="Programmabegroting 2026 Sociaal Domein",
                          author="Gemeente Brakelstede (fictief)")
    lm = 2.5 * cm
    fr_main = Frame(lm, 2.2 * cm, W - 2 * lm, H - 2.2 * cm - 2.4 * cm, id="main",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    LW, LH = landscape(A4)
    fr_land = Frame(lm, 2.2 * cm, LW - 2 * lm, LH - 2.2 * cm - 2.4 * cm, id="land",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[Frame(0, 0, W, H, id="cv")], onPage=cover),
        PageTemplate(id="main", frames=[fr_main], onPage=hf),
        PageTemplate(id="land", frames=[fr_land], onPage=hf, pagesize=landscape(A4)),
    ])

    s = []
    # ---- page 1 cover
    s.append(NextPageTemplate("main"))
    s.append(Spacer(1, 1))
    s.append(PageBreak())

    # ---- page 2
    s.append(Paragraph("3.1 Inleiding en ambitie", h1))
    s.append(Paragraph(
        "Iedere inwoner van Brakelstede moet kunnen rekenen op een veilige en passende woonplek "
        "en op steun dichtbij huis wanneer het even niet lukt. In dit programma staan beschermd "
        "wonen, de ambulante geestelijke gezondheidszorg (GGZ) en de wijkaanpak centraal. Wij "
        "bouwen voort op het koersdocument 'Samen sterk in de wijk' dat de raad in 2024 heeft "
        "vastgesteld.", base))
    s.append(Paragraph("Wat willen we bereiken?", h2))
    for b in [
        "Minder inwoners die langdurig in een intramurale voorziening verblijven: van 58 naar 45 "
        "personen eind 2027.",
        "Wachttijd voor ambulante begeleiding niet langer dan zes weken.",
        "In alle vier de aandachtswijken een herkenbaar wijkteam met vaste gezichten.",
        "Ten minste 80 procent van de inwoners die uitstromen uit beschermd wonen woont na een "
        "jaar nog zelfstandig.",
    ]:
        s.append(Paragraph(b, bullet, bulletText="\u2022"))
    s.append(Paragraph("Landelijke ontwikkelingen", h2))
    s.append(Paragraph(
        "Landelijk is in 2026 \u20ac 1,9 miljard beschikbaar voor beschermd wonen. Het kabinet "
        "heeft besloten de verdeling van deze middelen over alle gemeenten gefaseerd in te "
        "voeren. Brakelstede is geen centrumgemeente en ontvangt pas vanaf 2027 een eigen deel; "
        "tot die tijd lopen de middelen via de centrumgemeente in de regio.", base))
    s.append(Paragraph("Wat gaan we daarvoor doen?", h2))
    s.append(Paragraph(
        "Wij versterken de wijkteams, bouwen intramurale plekken om naar kleinschalige "
        "woonvormen en investeren in herstel en ervaringsdeskundigheid. In 2026 is \u20ac 60.000 "
        "beschikbaar voor de inzet van ervaringsdeskundigen in de wijkteams. Daarnaast werken wij "
        "met GGZ Brakelland en Woonstichting De Brink aan een convenant over de doorstroom naar "
        "reguliere huurwoningen.", base))
    s.append(NextPageTemplate("land"))
    s.append(PageBreak())

    # ---- page 3 landscape: years as rows, measures as columns
    s.append(Paragraph("3.2 Meerjarenraming", h1))
    s.append(Paragraph(
        "De meerjarenraming hieronder geeft per onderdeel de geraamde lasten voor de jaren 2026 "
        "tot en met 2029. Voor de latere jaren is een aantal onderdelen nog niet geraamd, omdat "
        "de aanbesteding van de wijkteams en de schuldhulpverlening in 2027 opnieuw plaatsvindt.",
        base))
    s.append(Paragraph("Tabel 3.1 Meerjarenraming sociaal domein naar onderdeel", cap))
    s.append(Paragraph("bedragen x \u20ac 1.000", unit))
    rows = [
        ["Jaar", "Beschermd wonen", "Ambulante GGZ-\nbegeleiding", "Wijkteams",
         "Schuldhulp-\nverlening", "Maatschappelijke\nopvang"],
        ["2026", "4.215,0", "1.380,5", "2.640,0", "512,5", "880,0"],
        ["2027", "4.310,0", "1.415,0", "2.700,0", "525,0", "880,0"],
        ["2028", "4.402,5", "1.450,0", "2.765,0", "", "895,0"],
        ["2029", "4.495,0", "1.485,5", "", "", "910,0"],
    ]
    t = Table(rows, colWidths=[2.4 * cm] + [4.0 * cm] * 5)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
        ("FONT", (0, 1), (0, -1), "Times-Bold", 10.5),
        ("BACKGROUND", (0, 0), (-1, 0), grey),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Een lege cel betekent dat voor dat jaar nog geen raming is opgenomen. De bedragen voor "
        "beschermd wonen zijn inclusief uitvoeringskosten en de bijdrage aan de regionale "
        "toegang. Indexatie is toegepast op basis van de septembercirculaire (3,1 procent).", note))
    s.append(NextPageTemplate("main"))
    s.append(PageBreak())

    # ---- page 4: wijkaanpak, wrong total
    s.append(Paragraph("3.3 Wijkaanpak", h1))
    s.append(Paragraph(
        "De wijkaanpak richt zich op de vier aandachtswijken Kanaalzone, De Hooge Akker, "
        "Oud-Brakel en Molenveld. In deze wijken wonen relatief veel inwoners met schulden, "
        "eenzaamheid of psychische kwetsbaarheid. Het wijkteam werkt vanuit een vaste plek in de "
        "wijk samen met huisartsen, de woonstichting en het jongerenwerk.", base))
    s.append(Paragraph(
        "In Molenveld start de wijkaanpak pas in 2027, na oplevering van het nieuwe wijkcentrum "
        "aan het Molenplein. In De Hooge Akker loopt de huidige financiering af na 2027; over "
        "voortzetting besluit de raad bij de evaluatie.", base))
    s.append(Paragraph("Tabel 3.2 Budget wijkaanpak per wijk 2026\u20132028 (in euro's)", cap))
    rows2 = [
        ["Wijk", "2026", "2027", "2028", "Totaal"],
        ["Kanaalzone", "145.000", "150.000", "155.000", "450.000"],
        ["De Hooge Akker", "98.000", "98.000", "\u2014", "196.000"],
        ["Oud-Brakel", "62.000", "64.000", "66.000", "192.000"],
        ["Molenveld", "\u2014", "40.000", "80.000", "120.000"],
        ["Totaal", "315.000", "352.000", "301.000", "958.000"],
    ]
    t2 = Table(rows2, colWidths=[5.0 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm, 3.0 * cm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
        ("FONT", (0, -1), (-1, -1), "Times-Bold", 10.5),
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
        ("BACKGROUND", (-1, 0), (-1, -1), pale),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(t2)
    s.append(Spacer(1, 10))
    s.append(Paragraph(
        "Naast het wijkbudget ontvangt Stichting Buurtkracht Brakelstede jaarlijks "
        "\u20ac 32.500 voor het buurtpreventieteam in Kanaalzone en Oud-Brakel. Het team bestaat "
        "uit 14 vrijwilligers en een betaalde co\u00f6rdinator voor 16 uur per week.", base))
    s.append(Paragraph(
        "De wijkteams registreren hun inzet in het cli\u00ebntvolgsysteem. Twee keer per jaar "
        "bespreekt het college met de wijkteams de ontwikkelingen per wijk; de uitkomsten worden "
        "gedeeld met de raadscommissie Samenleving.", base))
    s.append(PageBreak())

    # ---- page 5: beschermd wonen, subtotals
    s.append(Paragraph("3.4 Beschermd wonen en GGZ", h1))
    s.append(Paragraph(
        "Brakelstede kent \u00e9\u00e9n grote intramurale voorziening, De Lindehof, met 42 "
        "plaatsen. Wij willen een deel van deze plaatsen ombouwen naar kleinschalige woonvormen in "
        "de wijken, met begeleiding die kan meebewegen met wat iemand nodig heeft. Voor 2026 tot "
        "en met 2029 is in totaal \u20ac 1.360.000 gereserveerd voor de ombouw van De Lindehof "
        "naar kleinschalige woonvormen.", base))
    s.append(Paragraph(
        "Tabel 3.3 Begroting beschermd wonen en GGZ naar onderdeel", cap))
    rows3 = [
        ["Onderdeel", "Begroting 2025", "Begroting 2026"],
        ["Intramuraal", "", ""],
        ["   Beschermd wonen 24-uurs (De Lindehof)", "\u20ac 1.840.000", "\u20ac 1.910.000"],
        ["   Beschermd wonen met nachtzorg", "\u20ac 620.000", "\u20ac 655.000"],
        ["Subtotaal intramuraal", "\u20ac 2.460.000", "\u20ac 2.565.000"],
        ["Ambulant", "", ""],
        ["   Begeleiding thuis (Beschermd Thuis)", "\u20ac 735.000", "\u20ac 810.000"],
        ["   Herstelgerichte dagbesteding", "\u20ac 290.000", "\u20ac 305.000"],
        ["   Crisisbedden GGZ", "-", "\u20ac 95.000"],
        ["Subtotaal ambulant", "\u20ac 1.025.000", "\u20ac 1.210.000"],
        ["Totaal beschermd wonen en GGZ", "\u20ac 3.485.000", "\u20ac 3.775.000"],
    ]
    t3 = Table(rows3, colWidths=[8.0 * cm, 3.5 * cm, 3.5 * cm])
    t3.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
        ("BACKGROUND", (0, 0), (-1, 0), grey),
        ("FONT", (0, 1), (-1, 1), "Times-Italic", 10.5),
        ("FONT", (0, 5), (-1, 5), "Times-Italic", 10.5),
        ("FONT", (0, 4), (-1, 4), "Times-Bold", 10.5),
        ("FONT", (0, 9), (-1, 9), "Times-Bold", 10.5),
        ("BACKGROUND", (0, 4), (-1, 4), pale),
        ("BACKGROUND", (0, 9), (-1, 9), pale),
        ("FONT", (0, -1), (-1, -1), "Times-Bold", 11),
        ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    s.append(t3)
    s.append(Spacer(1, 10))
    s.append(Paragraph(
        "De crisisbedden GGZ zijn nieuw in 2026: vier bedden bij GGZ Brakelland voor inwoners "
        "die tijdelijk niet thuis kunnen verblijven, zonder dat een opname nodig is. Begeleiding "
        "thuis groeit doordat meer inwoners vanuit De Lindehof doorstromen naar een eigen "
        "woning.", base))
    s.append(PageBreak())

    # ---- page 6: amendment, risks, context
    s.append(Paragraph("3.5 Bijstellingen en risico's", h1))
    s.append(Paragraph("Bijstellingen", h2))
    s.append(Paragraph(
        "Sinds het opstellen van de kadernota is \u00e9\u00e9n bedrag in deze begroting "
        "gewijzigd. Het budget voor De Hooge Akker in 2027 (tabel 3.2) is bij de najaarsnota 2025 "
        "bijgesteld van \u20ac 98.000 naar \u20ac 110.000, omdat het wijkteam wordt uitgebreid met "
        "een jongerenwerker. Tabel 3.2 toont nog het oorspronkelijke bedrag.", base))
    s.append(Paragraph(
        "Het budget voor schuldhulpverlening bedraagt in 2026 \u20ac 512.500 (tabel 3.1). Vanaf "
        "2028 wordt de schuldhulpverlening opnieuw aanbesteed; daarom is voor die jaren nog geen "
        "bedrag opgenomen.", base))
    s.append(Paragraph("Risico's", h2))
    s.append(Paragraph(
        "De VNG raamt het landelijke tekort op beschermd wonen en maatschappelijke opvang op "
        "\u20ac 300 miljoen per jaar. Als het Rijk dit tekort niet compenseert, kan dat ook voor "
        "Brakelstede gevolgen hebben zodra de gemeente vanaf 2027 zelf middelen ontvangt.", base))
    s.append(Paragraph(
        "Daarnaast is de vraag naar ambulante begeleiding moeilijk te voorspellen. Voor "
        "onvoorziene kosten in het sociaal domein is in 2026 tussen \u20ac 200.000 en "
        "\u20ac 250.000 nodig; dit wordt gedekt uit de algemene reserve sociaal domein.", base))
    s.append(Paragraph(
        "Een derde risico betreft de arbeidsmarkt: de zorgaanbieders hebben moeite om "
        "begeleiders te werven. Het verloop bij de wijkteams bedroeg in 2024 ruim 18 procent. "
        "De gemeente maakt met de aanbieders afspraken over opleiding en behoud van personeel.",
        base))
    s.append(PageBreak())

    # ---- page 7: English summary
    s.append(Paragraph("Summary in English", h1))
    s.append(Paragraph(
        "This chapter of the 2026 budget of the municipality of Brakelstede covers sheltered "
        "housing, community mental health care (GGZ) and the neighbourhood approach. The "
        "municipality wants fewer residents to live in institutional care for long periods and "
        "aims to support them in their own homes instead. Key figures:", base))
    for b in [
        "In 2026, \u20ac60,000 is available for peer experts in the neighbourhood teams.",
        "The neighbourhood approach in Kanaalzone receives \u20ac145,000 in 2026.",
        "For 2026 up to and including 2029, a total of \u20ac1.36 million is reserved for "
        "converting De Lindehof into small-scale housing.",
        "Nationally, \u20ac1.9 billion is available for sheltered housing in 2026; this is not "
        "part of the municipal budget.",
    ]:
        s.append(Paragraph(b, bullet, bulletText="\u2022"))
    s.append(Paragraph(
        "The full multi-year estimates are presented in tables 3.1 to 3.3 of the Dutch text. "
        "Questions can be addressed to the municipal office of Brakelstede.", base))
    doc.build(s)
    return out


if __name__ == "__main__":
    for f in (zuiderhaven(), brakelstede()):
        print("written", f)
