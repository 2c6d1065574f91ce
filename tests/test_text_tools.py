"""Pure helpers the assistant and search rely on: language detection, the English→Dutch search words,
sentence splitting, coverage and follow-up rewriting, BM25 tokens and rank fusion."""
from __future__ import annotations

from assistant.evidence import (answer_cues, asked_years, coverage, proper_names, quote_score, quote_windows,
                                split_sentences, unanswered)
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
