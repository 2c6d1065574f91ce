"""Pure helpers the assistant and search rely on: language detection, the English→Dutch search words,
sentence splitting, coverage and follow-up rewriting, BM25 tokens and rank fusion."""
from __future__ import annotations

from assistant.evidence import asked_years, coverage, proper_names, split_sentences
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
