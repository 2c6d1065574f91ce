"""Can answerability be learned from general features? A logistic model over features of a question and
the quotes the assistant picks for it (how much of the question the quotes hold, rare words weighted more,
its words the corpus never uses, its names, whether what it asks for — an amount, a count, a date, a person,
a year — stands in them and in one sentence with its subject, the number beside the asked noun, the
embedder's similarity), trained on the seen question sets plus generated unanswerable variants of their
questions (eval/train/: another year, place, attribute of the same measure, role never named, amount for a
measure stated in words), cross-validated by document, compared with the assistant's hand-written checks.

    python -m eval.answerability [--max-false 0.03] [--cache FILE] [SET ...]

Measured 2026-12-02 (487 questions, 236 unanswerable): the checks alone refuse 21 % of the unanswerables
at 1.6 % false refusals; with the model at the threshold that keeps out-of-fold false refusals within 3 %,
28 %. On the four frozen sets the model refused 1 more unanswerable and 3 more answerable questions, so the
assistant does not use it: these features do not tell "the plan discusses the subject but never states
the asked attribute" (hours, a provider, a count) from an answerable question. Kept as the measurement a
better feature (or a reading model) has to beat."""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.cues import YEAR, asked_years
from assistant.evidence import STOPWORDS, content_terms, known_name, matches, proper_names, split_sentences
from assistant.plan import Plan
from assistant.quotes import Quote, search_query
from index.bm25 import tokenize

from .questions import load_questions
from .ranker import TRAIN, fit, set_assistants

HERE = Path(__file__).parent
GENERATED = ("train/unanswerable-corpus.yaml", "train/unanswerable-a.yaml", "train/unanswerable-b.yaml")

ASKED = ("money", "count", "person", "when", "duration", "names", "frequency", "total", "counted")
_FOCUS = re.compile(r"\b(?:hoeveel|welke|welk|wat (?:is|zijn|was|waren) de|wie (?:is|zijn|was) de|how many|how much|which|"
                    r"what (?:is|are|was|were) the|who (?:is|are|was) the)\s+((?:[\w-]+\s+){0,1}[\w-]+)", re.I)
_NUMBER = re.compile(r"\d")
_COUNTS = r"\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten|ander\w*|other"


def focus_terms(question: str) -> tuple[list[str], bool]:
    """What the question asks for: the word right after its question word ("Hoeveel uur per week …" →
    "uur", "Met welke zorgaanbieder …" → "zorgaanbieder"), and whether it asks how many. A plan that
    discusses the subject but never states that attribute is the usual unanswerable question."""
    m = _FOCUS.search(question)
    if not m:
        return [], False
    words = [t for t in tokenize(m.group(1)) if t not in STOPWORDS and not re.fullmatch(_COUNTS, t)]
    return words[:1], bool(words) and bool(re.match(r"hoeveel|how many|how much", m.group(0), re.I))


def _near_number(term: str, text: str) -> bool:
    """A figure within four words of the term ("12 plaatsen", "plaatsen: 12", "uren per week 16")."""
    words = text.split()
    for i, w in enumerate(words):
        if any(matches(term, {t}) for t in tokenize(w)):
            if any(_NUMBER.search(x) for x in words[max(0, i - 4) : i + 5]):
                return True
    return False


def features(plan: Plan, quotes: Sequence[Quote], vocabulary: set[str]) -> dict[str, float]:
    """The features of one question and the quotes picked for it. (The embedder's similarity of the question
    to the quotes' single sentences was tried: 0.876 answerable vs 0.871 unanswerable on average, no use.)"""
    terms = set(content_terms(search_query(plan)))
    shown = [set(tokenize(q.text + " " + " ".join(q.hit.chunk.section))) for q in quotes]
    everywhere = set().union(*shown) if shown else set()
    passages = [set(tokenize(h.chunk.index_text())) for h in plan.hits]
    n = max(1, len(passages))
    # a word in few of the retrieved passages tells them apart: the rare ones are what the question is about
    weight = {t: math.log(1 + n / (1 + sum(1 for p in passages if matches(t, p)))) for t in terms}
    total = sum(weight.values()) or 1.0
    found = {t for t in terms if matches(t, everywhere)}
    best = max((sum(weight[t] for t in terms if matches(t, s)) / total for s in shown), default=0.0)
    rarest = max(terms, key=lambda t: weight[t], default=None)
    names = proper_names(plan.question)
    quoted = " ".join(q.text for q in quotes)
    lower = quoted.lower()
    years = asked_years(plan.question)
    text_no_years = YEAR.sub(" ", quoted)
    out = {
        "terms": len(found) / max(1, len(terms)),
        "rare_terms": sum(weight[t] for t in found) / total,
        "best_quote": best,
        "rarest_missing": float(rarest is not None and rarest not in found),
        "unused_words": sum(1 for t in terms if t not in vocabulary) / max(1, len(terms)),
        "names_missing": sum(1 for x in names if x.lower() not in lower) / len(names) if names else 0.0,
        "names_unknown": float(any(not known_name(x, vocabulary) for x in names)),
        "years_missing": sum(1 for y in years if y not in lower) / len(years) if years else 0.0,
        "dense_top": max((h.dense or 0.0 for h in plan.hits[:4]), default=0.0),
        "dense_quote": max((q.hit.dense or 0.0 for q in quotes), default=0.0),
        "n_terms": min(len(terms), 12) / 12,
        "english": float(plan.language == "en"),
        "followup": float(plan.standalone != plan.question),
        "compare": float(plan.compare),
    }
    focus, counts = focus_terms(plan.question)
    out["focus_missing"] = sum(1 for t in focus if not matches(t, everywhere)) / len(focus) if focus else 0.0
    out["focus_unused"] = sum(1 for t in focus if t not in vocabulary) / len(focus) if focus else 0.0
    out["focus_no_number"] = float(counts and "money" not in plan.cues and not any(_near_number(t, quoted) for t in focus))
    # binding: the asked kind of answer and the question's subject in one sentence (or table row)
    wants = [plan.cues[n].wants for n in ASKED if n in plan.cues and plan.cues[n].wants.pattern]
    best_typed = 0.0
    for q in quotes:
        heading = set(tokenize(" ".join(q.hit.chunk.section)))
        for sent in split_sentences(q.text):
            if wants and not any(w.search(YEAR.sub(" ", sent.text)) for w in wants):
                continue
            tokens = set(tokenize(sent.text)) | heading
            best_typed = max(best_typed, sum(weight[t] for t in terms if matches(t, tokens)) / total)
    out["typed_sentence"] = best_typed
    out["typed_asked"] = float(bool(wants))
    out["new_name"] = float(any(x.lower() not in plan.standalone.lower() for x in proper_names(quoted)))
    missing = 0
    asked = 0
    for name in ASKED:
        cue = plan.cues.get(name)
        if cue is None or not cue.wants.pattern:
            out[f"miss_{name}"] = 0.0
            continue
        asked += 1
        miss = not cue.wants.search(text_no_years if name != "when" else quoted)
        out[f"miss_{name}"] = float(miss)
        missing += miss
    out["asked_missing"] = missing / asked if asked else 0.0
    return out


def collect(lib, paths) -> list[dict]:
    """One record per question: its label, its document (the CV group), the checks' reason, its features."""
    out = []
    for path, corpus, assistant in set_assistants(lib, paths):
        vocabulary = assistant.corpus.vocabulary()
        for q in load_questions(path):
            plan = assistant.plan(q.question, list(q.history))
            quotes = assistant.quotes(plan)
            rules = assistant.unanswerable(plan, quotes) or (None if quotes else "geen citaten")
            file = q.gold[0].file if q.gold else (plan.hits[0].chunk.file if plan.hits else "")
            out.append({"id": q.id, "set": path.stem, "kind": q.kind, "answerable": q.answerable,
                        "group": f"{corpus.name if corpus else 'corpus'}:{file}", "rules": rules,
                        "f": features(plan, quotes, vocabulary)})
        print(f"{path.stem}: {len(out)} questions so far", file=sys.stderr)
    return out


def _matrix(records, names):
    return np.array([[r["f"].get(n, 0.0) for n in names] for r in records]), np.array([r["answerable"] for r in records])


def out_of_fold(records: list[dict], names) -> list[float]:
    """Each question's probability of being answerable by a model trained without its document (on the
    questions the checks let through: the model decides only those)."""
    probs = [0.0] * len(records)
    for g in sorted({r["group"] for r in records}):
        train = [r for r in records if r["group"] != g and r["rules"] is None]
        model = fit(*_matrix(train, names), names)
        for i, r in enumerate(records):
            if r["group"] == g:
                probs[i] = model.probability(r["f"])
    return probs


def rates(records, refused) -> tuple[float, float]:
    """(share of unanswerables refused, share of answerables refused)."""
    una = [x for r, x in zip(records, refused) if not r["answerable"]]
    ans = [x for r, x in zip(records, refused) if r["answerable"]]
    return sum(una) / max(1, len(una)), sum(ans) / max(1, len(ans))


def main(argv=None) -> int:
    from ui.library import Library
    from ui.settings import Settings

    ap = argparse.ArgumentParser(prog="python -m eval.answerability")
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--max-false", type=float, default=0.03, help="out-of-fold false refusals allowed")
    ap.add_argument("--cache", type=Path, help="features JSON to read (if present) or write")
    args = ap.parse_args(argv)
    paths = args.sets or [HERE / s for s in TRAIN + GENERATED]
    if args.cache and args.cache.exists():
        records = json.loads(args.cache.read_text())
    else:
        records = collect(Library(Settings.from_env()), paths)
        if args.cache:
            args.cache.write_text(json.dumps(records))
    names = tuple(sorted(records[0]["f"]))
    rules = [r["rules"] is not None for r in records]
    una, ans = rates(records, rules)
    n_una = sum(not r["answerable"] for r in records)
    print(f"{len(records)} questions ({n_una} unanswerable, {len(records) - n_una} answerable), "
          f"{len({r['group'] for r in records})} documents")
    print(f"checks alone: unanswerables refused {una:.3f}, false refusals {ans:.3f}")
    probs = out_of_fold(records, names)
    best = None
    for t in np.arange(0.05, 0.95, 0.025):
        refused = [x or p < t for x, p in zip(rules, probs)]
        una, ans = rates(records, refused)
        if ans <= args.max_false:
            best = (float(t), una, ans)
        print(f"threshold {t:.3f}: unanswerables refused {una:.3f}, false refusals {ans:.3f}")
    if best is None:
        print("no threshold keeps the false refusals within the limit")
        return 1
    print(f"chosen threshold {best[0]:.3f}: out of fold, unanswerables refused {best[1]:.3f}, false refusals {best[2]:.3f}")
    per_set = {}
    for r, x, p in zip(records, rules, probs):
        s = per_set.setdefault(r["set"], [0, 0, 0, 0])
        s[0 if r["answerable"] else 2] += 1
        s[1 if r["answerable"] else 3] += x or p < best[0]
    for name, (a, fa, u, ru) in per_set.items():
        print(f"  {name}: false refusals {fa}/{a}, unanswerables refused {ru}/{u}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
