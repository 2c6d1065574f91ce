"""Pure helpers the assistant and search rely on: language detection, the English→Dutch search words,
sentence splitting, coverage and follow-up rewriting, BM25 tokens and rank fusion."""
from __future__ import annotations

from assistant.cues import answer_cues, asked_years, unanswered
from assistant.evidence import (Sentence, coverage, extend_quote, proper_names, quote_score, quote_windows,
                                split_sentences)
from assistant.translate import detect_language, dutch_search_words
from index.bm25 import tokenize
from index.fusion import fuse_rankings


def test_language_detection():
    assert detect_language("How much does Maashorst spend on the recovery centre?") == "en"
    assert detect_language("Hoeveel geeft Maashorst uit aan het herstelcentrum?") == "nl"
    assert detect_language("Maashorst 2023 herstelcentrum") == "nl"  # unsure → the corpus language


def test_english_question_becomes_dutch_search_words():
    words = dutch_search_words("What is the total budget for sheltered housing in Renkum in 2023?").split()
    assert {"beschermd", "wonen", "totaal", "budget", "renkum", "2023"} <= set(words)
    assert "what" not in words and "the" not in words


def test_tokens_fold_accents_numbers_and_plurals():
    assert tokenize("Cliënten kregen € 80.000") == tokenize("clienten kregen 80000")
    assert "80000" in tokenize("€ 80.000") and "woning" in tokenize("woningen")
    assert tokenize("x" * 100) == []


def test_rank_fusion_weights_and_ties():
    fused = fuse_rankings({"a": ["x", "y"], "b": ["y", "z"]}, {"a": 1.0, "b": 0.5}, k=5)
    assert [key for key, _ in fused] == ["y", "x", "z"]
    assert fuse_rankings({"a": []}) == []


def test_sentences_and_table_rows_keep_offsets():
    text = "Dit is een zin. En nog een over € 15.000 in 2023. Laatste\nregel."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Dit is een zin.", "En nog een over € 15.000 in 2023.", "Laatste\nregel."]
    assert all(text[s.start:s.end] == s.text for s in sents)
    table = "Onderdeel 2022 2023\nHerstelcentrum € 80.000 € 80.000\nTotaal € 1 € 2"
    assert [s.text for s in split_sentences(table)][1] == "Herstelcentrum € 80.000 € 80.000"
    headed = ("Tabel 1. Begroting\nOnderdeel | 2025 | 2026\nSchuldenfonds — 2025: € 150.000; 2026: € 220.000\n"
              "Nazorg — 2025: -; 2026: € 60.000\nDe bedragen zijn ramingen. Ze worden jaarlijks bijgesteld.")
    assert [s.text for s in split_sentences(headed)] == [
        "Tabel 1. Begroting", "Onderdeel | 2025 | 2026", "Schuldenfonds — 2025: € 150.000; 2026: € 220.000",
        "Nazorg — 2025: -; 2026: € 60.000", "De bedragen zijn ramingen.", "Ze worden jaarlijks bijgesteld."]


def test_question_signals():
    assert asked_years("Wat kost het in 2025 en 2026?") == ["2025", "2026"]
    assert asked_years("Kost het € 2025?") == []
    assert proper_names("Hoeveel mensen wonen beschermd in Zwolle?") == ["Zwolle"]
    assert coverage("herstelcentrum Maashorst", "Het herstelcentrum in Maashorst") == 1.0


def test_quote_windows_join_consecutive_sentences_within_the_limit():
    text = "De toegang is de Centrale Toegang. Die is ondergebracht bij Stichting Wijkteams. Verder niets."
    windows = [w.text for w in quote_windows(text, 90)]
    assert "De toegang is de Centrale Toegang. Die is ondergebracht bij Stichting Wijkteams." in windows
    assert all(len(w) <= 90 for w in windows) and text not in windows


def test_answer_cues_and_unanswered_questions():
    cues = answer_cues("Hoeveel inwoners van Maashorst hebben een indicatie in 2023?")
    assert {"count", "years"} <= set(cues)
    assert unanswered(cues, ["Het aantal inwoners met een indicatie staat in de rapportage van 2023."])
    assert unanswered(cues, ["In 2023 hadden 41 inwoners een indicatie."]) is None
    assert unanswered(answer_cues("Wat kost de cursus?"), ["De cursus start in 2022."]) == \
        "de gevonden passages noemen geen bedrag"
    assert unanswered(answer_cues("Wat kost de cursus?"), ["Inschatting kosten: € 15.000"]) is None
    person = answer_cues("Wie is de wethouder Wmo van Renkum?")
    assert unanswered(person, ["De wethouders Wmo van de gemeenten Amersfoort en Nijkerk."])
    assert unanswered(person, ["Wethouder Jansen is verantwoordelijk voor de Wmo."]) is None
    assert "person" not in answer_cues("Wie zijn de bestuurlijke trekkers?")


def test_quote_score_prefers_the_quote_that_gives_what_is_asked():
    terms, cues = {"cursus", "start"}, answer_cues("Wanneer start de cursus?")
    dated = quote_score("De eerste cursus voor het team start in 2022.", terms, set(), cues)
    undated = quote_score("De eerste cursus voor het team start binnenkort.", terms, set(), cues)
    assert dated > undated


def test_action_table_rows_end_at_their_urgency_and_planning_cells():
    text = ("Midden 2023\nIntern uitwerken van een werkproces voor\nhet verstrekken van een briefadres.\n"
            "Het werkproces wordt geëvalueerd.\nHoog  2022\nDe gemeente bekostigt een deel.\nLaag 2024")
    rows = [s.text for s in split_sentences(text)]
    assert rows[1].startswith("Intern uitwerken") and rows[1].endswith("Hoog  2022")
    assert rows[2] == "De gemeente bekostigt een deel.\nLaag 2024"


def test_cues_for_totals_counted_nouns_durations_and_money_words():
    assert "total" in answer_cues("Welke gemeente besteedt in 2023 meer aan haar plan: Renkum of Maashorst?")
    assert "money" in answer_cues("Hoeveel besteedt Renkum daar in 2022 aan?")
    assert "money" not in answer_cues("Over hoeveel gemeenten waren de middelen verdeeld?")
    counted = answer_cues("In hoeveel groepen deelt Maashorst de doelgroep op?")["counted"].wants
    assert counted.search("Binnen deze doelgroep onderscheiden we zes groepen:")
    assert not counted.search("Er is één groep en 24 uur beschikbaarheid.")
    looptijd = answer_cues("Wat is de looptijd van de regiovisie?")["duration"].wants
    assert looptijd.search("de komende vijf jaar (2022 t/m december 2026)") and looptijd.search("is 2022-2023-2024")
    total = answer_cues("Wat zijn de totale kosten in 2022?")["total"].wants
    assert total.search("2022 2023 Totaal | Totaal € 247.000 € 187.000") and not total.search("Subtotaal wonen € 5")


def test_short_quotes_continue_and_a_begun_list_is_completed():
    text = ("Een voorbeeld zijn omklapwoningen. Het huurcontract staat eerst op naam van de zorgaanbieder. "
            "Daarna wordt het omgeklapt. Ander onderwerp dat niet meer past in de minimale lengte van dit citaat.")
    short = Sentence(0, 34, text[:34])
    longer = extend_quote(text, short, 80, 200).text
    assert longer.startswith(short.text) and "zorgaanbieder" in longer and "Ander onderwerp" not in longer
    listed = "Het kan op twee manieren: 1. Een digitale wegwijzer op de website. 2. Een aanspreekpunt in de wijk. Verder."
    first = Sentence(0, 66, listed[:66])
    assert extend_quote(listed, first, 20, 60).text.endswith("2. Een aanspreekpunt in de wijk.")


def test_amounts_are_bound_to_their_year_column_and_region():
    from assistant.checks import bound, row_columns

    row = "2022 2023 Totaal | Totaal € 247.000 € 187.000 € 434.000"
    assert row_columns(row) == {247000: {"2022"}, 187000: {"2023"}, 434000: {"Totaal"}}
    assert bound("In 2023 kost het plan € 187.000.", row, [], [])
    assert not bound("In 2023 kost het plan € 247.000.", row, [], [])  # the 2022 cell stated for 2023
    assert not bound("Het kost € 247.000.", row, ["2023"], [])  # a follow-up asking 2023 gets 2022's cell
    assert bound("In totaal kost het € 434.000.", row, [], [])
    extra = "Onderdeel 2022 2023 2024 | Totaal: €2.000.000 €280.000 €860.000 €860.000"  # a leading cell more
    assert bound("Het totaal voor 2022 is €280.000.", extra, [], [])
    assert not bound("Het totaal voor 2022 is €2.000.000.", extra, [], [])
    assert not bound("De looptijd van Amersfoort is 2022-2024.", "De looptijd is 2022-2024.", [], ["Amersfoort"])
    assert bound("De looptijd is 2022-2024.", "De looptijd is 2022-2024.", [], ["Amersfoort"])
    assert bound("Renkum hoort bij de regio.", "De regio telt acht gemeenten, waaronder Renkum.", [], ["Renkum"])


def test_a_followup_that_asks_another_year_drops_the_earlier_years():
    from assistant.plan import standalone_question

    history = [{"role": "user", "content": "Hoeveel plaatsen heeft Achterbroek in 2025?"}]
    assert standalone_question("En hoeveel zijn het er in 2028?", history) == \
        "Hoeveel plaatsen heeft Achterbroek? En hoeveel zijn het er in 2028?"
    assert "2025" in standalone_question("En hoeveel kost dat?", history)  # no year asked: the earlier one holds


def test_documents_are_named_by_derived_forms_of_their_place():
    from assistant.plan import _forms
    import re

    for name, text, named in [("ostervenne", "de ostervense wijken", True), ("renkum", "het renkumse plan", True),
                              ("maashorst", "de maashorster agenda", True), ("renkum", "renkumerveld", False),
                              ("vng", "de vng-handreiking", True), ("vng", "vngs", False)]:
        assert bool(re.search(rf"\b{_forms(name)}\b", text)) is named, (name, text)


def test_derived_names_are_known_and_english_calendar_words_are_no_names():
    from assistant.evidence import known_name, proper_names
    from assistant.translate import GLOSSARY, dutch_search_words

    assert known_name("Ostervense", {"ostervenne"}) and known_name("Renkumse", {"renkum"})
    assert not known_name("Portaal", {"portiek", "porto"})
    assert "October" in proper_names("How many residents were there on 1 October 2024?")
    assert "october" in GLOSSARY and "oktober" in dutch_search_words("on 1 October 2024")


def test_a_compound_question_is_split_into_its_clauses():
    from assistant.plan import clauses

    two = clauses("Welke organisatie draait het herstelsteunpunt, en hoe vaak per week is het open?")
    assert [c.own for c in two] == ["Welke organisatie draait het herstelsteunpunt", "hoe vaak per week is het open?"]
    assert two[1].text == "hoe vaak per week is het open?"  # words of its own: ranked by them alone
    leaning = clauses("Wat is in totaal gereserveerd voor de units, en welk jaarbedrag is het hoogst?")
    assert leaning[1].text.startswith("Wat is in totaal gereserveerd voor de units")  # too few words of its own
    refers = clauses("Maashorst wil afspraken maken over de Wvggz. Wanneer staat dat gepland, en sinds wanneer "
                     "geldt die wet volgens de regiovisie van Amersfoort?")
    assert all(c.text.startswith("Maashorst wil afspraken maken over de Wvggz.") for c in refers)  # the statement
    assert "Wanneer staat dat gepland" in refers[1].text  # "die wet" refers back
    english = clauses("What is the name of the crisis line, and when does it start?")
    assert [c.own for c in english] == ["What is the name of the crisis line", "when does it start?"]
    for single in ("Hoeveel cliënten en aanbieders zijn er?", "Wat doen Renkum en Maashorst aan stigma?",
                   "Hoeveel geld is er in 2023 voor het herstelcentrum?"):
        assert clauses(single) == []  # "en" between nouns or documents is no second question


def test_a_heading_or_a_column_header_alone_is_no_quote():
    from assistant.quotes import says_nothing

    assert says_nothing("1. Inleiding") and says_nothing("Cursus ggz-problematiek")
    assert says_nothing("Onderdeel 2022 2023 2024", header="Onderdeel 2022 2023 2024")
    assert not says_nothing("Onderdeel 2022 2023 2024 | Buurtcirkels € 35.000 € 25.000", header="Onderdeel 2022 2023 2024")
    assert not says_nothing("De VGGM vervult deze rol.") and not says_nothing("Crisisbedden: maximaal 7 nachten")
