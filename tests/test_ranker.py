"""The learned quote ranker: its committed weights load and rank, its features are general (no word of one
question), and on the real corpus it puts the quote that holds the asked fact first."""
from __future__ import annotations

import pytest

from assistant import ranker
from assistant.cues import answer_cues


def test_weights_are_committed_and_name_every_feature():
    models = ranker.models()
    assert set(models) == {"lexical", "full"}
    assert models["lexical"].names == ranker.LEXICAL and models["full"].names == ranker.FEATURES
    full = dict(zip(models["full"].names, models["full"].coef))
    assert full["sim"] > 0 and full["rare_gap"] > 0  # closer to the question ranks higher


def test_features_reward_what_the_question_asks_for():
    q = "Hoeveel kost het herstelcentrum in 2023?"
    terms = {"kost", "herstelcentrum", "2023"}
    ctx = ranker.context(terms, ["Het herstelcentrum kost in 2023 € 80.000.", "Het herstelcentrum komt er."],
                         q, answer_cues(q), 1.0)
    good = ranker.lexical("Het herstelcentrum kost in 2023 € 80.000.", set(), 0, 1.0, False, ctx)
    bad = ranker.lexical("Het herstelcentrum komt er.", set(), 0, 1.0, False, ctx)
    assert good["cue_money"] == 1 and bad["cue_money"] == 0 and good["cues_missing"] < bad["cues_missing"]
    rows = [good, bad]
    ranker.relative(rows)
    model = ranker.models()["lexical"]
    assert model.logit(good) > model.logit(bad)


def test_disabled_ranker_falls_back_to_the_hand_set_scores():
    ranker.ENABLED = False
    try:
        assert ranker.models() == {}
    finally:
        ranker.ENABLED = True
    assert ranker.models()


@pytest.mark.slow
def test_learned_ranking_quotes_the_row_asked_for(corpus_library):
    from assistant.answer import Assistant
    from conftest import RENKUM

    ans = Assistant(corpus_library, None).ask(
        "Hoeveel geld reserveert Renkum in totaal voor de beleidsmedewerker die de transitie moet trekken?")
    assert not ans.refused and "100.000" in ans.answer
    assert any(c.file == RENKUM and c.page == 8 for c in ans.citations)
