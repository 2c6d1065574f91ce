"""Quotes: candidate runs of consecutive sentences (or table rows with their column header) from the best
passages, scored by the question's terms, by what it asks for and by the embedder's similarity, then picked
(at most 3: one per named document first in a comparison, a compound question's clauses each answered,
never a heading alone, never the same words of a page twice)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.bm25 import tokenize
from index.search import Hit
from ingest.chunk import YEAR
from ingest.model import Chunk
from ingest.tables import headed_cells

from .config import AssistantConfig
from .evidence import Sentence, content_terms, extend_quote, quote_score, quote_windows
from . import ranker
from .plan import MONEY_WORDS, Corpus, Plan, own_words
from .translate import dutch_search_words


@dataclass(frozen=True)
class Quote:
    """A quote as shown to the user and to the model, and the passage it cites."""

    hit: Hit
    text: str


@dataclass(frozen=True)
class Candidate:
    score: float
    rank: int  # the passage's rank among those quotes are taken from
    window: Sentence  # where in the passage the quote stands
    hit: Hit
    shown: str  # the quote as shown: whitespace folded, a table row led by its column header

    def key(self) -> tuple:
        return -self.score, self.rank, len(self.window.text)


def search_query(plan: Plan) -> str:
    """The question as the lexical side reads it: English questions in Dutch words."""
    return dutch_search_words(plan.standalone) if plan.language == "en" else plan.standalone


def table_header(chunk: Chunk) -> str:
    """The column header row of a table passage ("Onderdeel 2022 2023 2024"), if any: the line of most year
    columns among its first lines, or (a long table's later part) the end of its section path. "" for a
    passage that is no table."""
    if chunk.kind != "table":
        return ""
    lines = chunk.text.split("\n")[:6] + list(chunk.section[-1:])
    years = [(len(YEAR.findall(line)), -i, line.strip()) for i, line in enumerate(lines) if "€" not in line]
    best = max(years, default=(0, 0, ""))
    return best[2] if best[0] >= 2 else ""


def says_nothing(text: str, header: str = "") -> bool:
    """A window that is no quote: a table's column header row alone ("Onderdeel 2022 2023 2024"), or a
    heading or label alone ("1. Inleiding", "Cursus ggz-problematiek"): one short line with no figure
    and no sentence end."""
    folded = " ".join(text.split())
    if header and folded == " ".join(header.split()):
        return True
    bare = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", folded)
    return "\n" not in text.strip() and len(bare) <= 60 and not re.search(r"\d|[.!?:;]$", bare)


def with_header(header: str, quote: str) -> str:
    """A quote as shown: whitespace folded, a table row led by its column header (not a row that carries
    its headers itself: "Schuldenfonds — 2026: 150; 2027: 220")."""
    if header and headed_cells(quote.strip().split("\n")[0]):
        header = ""
    quote = " ".join(quote.split())
    return f"{header} | {quote}" if header and header not in quote else quote


def _same_words(a: Candidate, b: Candidate) -> bool:
    """Two quotes share words of one page (overlapping passages share text)."""
    ca, cb = a.hit.chunk, b.hit.chunk
    if (ca.file, ca.page) != (cb.file, cb.page):
        return False
    qa, qb = a.window, b.window
    sa, sb = ca.start + qa.start, cb.start + qb.start
    return qa.text in qb.text or qb.text in qa.text or (sa < sb + len(qb.text) and sb < sa + len(qa.text))


def passages_to_quote(plan: Plan, cfg: AssistantConfig) -> list[tuple[int, Hit]]:
    """The passages quotes are taken from, with their rank: the best few, or in a comparison of named
    documents every passage retrieved for them, ranked within its own document. A question for a total
    also gets the cost tables retrieved for it."""
    if not plan.named:
        n = cfg.quote_passages
        tables = [h for h in plan.hits[n:] if "total" in plan.cues and h.chunk.kind == "table"]
        return list(enumerate(plan.hits[:n])) + [(n, h) for h in tables]
    ranks: dict[str, int] = {}
    out = []
    for hit in plan.hits:
        if hit.chunk.file in plan.named:
            out.append((ranks.get(hit.chunk.file, 0), hit))
            ranks[hit.chunk.file] = ranks.get(hit.chunk.file, 0) + 1
    return out


@dataclass(frozen=True)
class Scored:
    """A candidate with its ranking features (assistant/ranker.py)."""

    candidate: Candidate
    features: dict


def candidates(plan: Plan, cfg: AssistantConfig) -> list[Scored]:
    """Every candidate quote of the passages to quote with its word and cue features, best first by the
    learned lexical model (by the hand-set score when no model is trained)."""
    terms = set(content_terms(search_query(plan)))
    if plan.compare:  # every document matches its own names: they tell the quotes apart by nothing
        files = plan.named or [h.chunk.file for h in plan.hits]
        terms -= {t for f in files for t in tokenize(" ".join(plan.docs.with_kinds.get(f, ())))}
    passages = passages_to_quote(plan, cfg)
    ctx = ranker.context(terms, [h.chunk.text for _, h in passages], plan.standalone, plan.cues,
                         max((h.score for _, h in passages), default=1.0))
    model = ranker.models().get("lexical")
    out = []
    for rank, hit in passages:
        heading = set(tokenize(" ".join(hit.chunk.section)))  # "3. Buurtcirkels" names what a cost row is for
        header = table_header(hit.chunk)
        for window in quote_windows(hit.chunk.text, cfg.quote_chars):
            shown = with_header(header, window.text)  # a row is judged as it is shown: with its columns
            features = ranker.lexical(shown, heading, rank, hit.score, hit.chunk.kind == "table", ctx)
            score = 0.0 if model else quote_score(shown, terms, heading, plan.cues) + 0.15 / (rank + 1)
            out.append(Scored(Candidate(score, rank, window, hit, shown), features))
    ranker.relative([s.features for s in out])  # the gaps need every candidate's features first
    if model:
        out = [replace(s, candidate=replace(s.candidate, score=model.logit(s.features))) for s in out]
    return sorted(out, key=lambda s: s.candidate.key())


def rescore(corpus: Corpus, query: str, scored: list[Scored], cfg: AssistantConfig) -> list[Scored]:
    """The best lexical candidates re-ranked with the embedder's similarity to the question: a quote
    that says the answer in other words than the question's can still win."""
    head = scored[: cfg.semantic_candidates]
    embedder = corpus.embedder
    vectors = embedder.embed_documents([s.candidate.shown for s in head])
    sims = vectors @ embedder.embed_query(query)
    for s, sim in zip(head, sims):
        s.features["sim"] = float(sim)
    ranker.relative([s.features for s in head])
    model = ranker.models().get("full")
    if model:
        rescored = [replace(s, candidate=replace(s.candidate, score=model.logit(s.features))) for s in head]
    else:
        rescored = [replace(s, candidate=replace(s.candidate, score=s.candidate.score + cfg.semantic_weight
                                                 * s.features["sim_gap"])) for s in head]
    return sorted(rescored, key=lambda s: s.candidate.key()) + scored[len(head):]


def ranked(corpus: Corpus, plan: Plan, cfg: AssistantConfig) -> list[Scored]:
    """Every candidate quote, best first: words and cues, then the embedder on the best few."""
    scored = candidates(plan, cfg)
    if cfg.semantic_weight and scored:
        scored = rescore(corpus, search_query(plan), scored, cfg)
    return scored


def shown_quote(c: Candidate, cfg: AssistantConfig) -> Candidate:
    """The candidate as it is shown: a sentence quote continued to a readable length."""
    if c.hit.chunk.kind == "table":
        return c
    window = extend_quote(c.hit.chunk.text, c.window, cfg.min_quote_chars, cfg.quote_chars)
    return replace(c, window=window, shown=with_header("", window.text))


def pick_quotes(corpus: Corpus, plan: Plan, cfg: AssistantConfig, max_quotes: int = 2) -> list[Quote]:
    """The best-matching quotes (at most 3): one per named document first in a comparison; in a compound
    question one more, the best of a clause that no quote picked answers yet (it displaces none of the whole
    question's best); never a heading alone, never the same words twice."""
    picked: list[Candidate] = []
    per_file: dict[str, int] = {}
    wanted = len(plan.named) or 2  # a comparison quotes each named document before a second quote
    reserve = 1 if plan.parts else 0  # room for a clause's quote
    limit = max(3, len(plan.named)) if plan.compare else min(3, max_quotes + reserve)

    def shown(s: Scored) -> Candidate | None:
        """The candidate as shown, or None when it is no quote or not of the named documents."""
        c = s.candidate
        if plan.named and c.hit.chunk.file not in plan.named:
            return None
        c = shown_quote(c, cfg)
        return None if says_nothing(c.shown, table_header(c.hit.chunk)) else c

    def fresh(c: Candidate | None) -> bool:
        return c is not None and not any(_same_words(c, p) for p in picked)

    def take(c: Candidate) -> None:
        picked.append(c)
        per_file[c.hit.chunk.file] = per_file.get(c.hit.chunk.file, 0) + 1

    best = ranked(corpus, plan, cfg)
    looked: dict[int, Candidate | None] = {}  # fill() goes over the ranking twice: show each candidate once

    def fill(n: int) -> None:
        for i, s in enumerate(best):
            if len(picked) >= n:
                return
            file = s.candidate.hit.chunk.file
            if plan.compare and per_file.get(file, 0) >= 1 and len(per_file) < wanted:
                continue
            if i not in looked:
                looked[i] = shown(s)
            if fresh(looked[i]):
                take(looked[i])

    fill(limit - reserve)
    for part in plan.parts:
        asks = [c.wants for c in part.cues.values()]
        if len(picked) >= limit or (asks and not own_words(part.question)
                                    and any(all(w.search(p.shown) for w in asks) for p in picked)):
            continue  # a bare "…, en in welk jaar?" that a quote picked already answers
        c = next((c for c in map(shown, ranked(corpus, part, cfg)) if c), None)
        if fresh(c):  # else a quote picked already answers the clause
            take(c)
    fill(limit)
    return [Quote(c.hit, c.shown) for c in picked]


def _named(terms: set[str], line) -> int:
    """How many of the question's words name the budget line's item or group."""
    return len(terms & set(tokenize(f"{line.item} {line.group}")))


def budget_quotes(corpus: Corpus, plan: Plan) -> list[Quote]:
    """In a comparison about money, each compared document's own budget lines answer it exactly: per
    document the line of the asked year for the item the question names, or its total when it names none
    (or asks a total), quoted from the column header down to the row so the year stands in the quote."""
    if not plan.compare or "money" not in plan.cues:
        return []
    from ingest.model import COMMITMENT, TABLE, TOTAL

    from .cues import asked_years

    records = {r.meta.file: r.meta for r in corpus.documents()}
    files = plan.named or sorted({h.chunk.file for h in plan.hits})
    years = asked_years(plan.question)
    terms = set(content_terms(plan.docs.without_names(plan.standalone, files))) - MONEY_WORDS - set(years)
    out = []
    for file in files:
        lines = [l for l in corpus.budget([file]) if l.kind in (COMMITMENT, TOTAL) and not l.repeats
                 and (l.year in years if years else True)]
        named = [l for l in lines if _named(terms, l)]
        whole = set(tokenize(f"{records[file].title} {file.replace('-', ' ')}"))
        if named and "total" not in plan.cues:
            pool = named
        elif all(t in whole for t in terms):  # about the plan's whole subject ("beschermd wonen"): its total
            pool = [l for l in lines if l.kind == TOTAL and l.table and not l.group]
        else:
            pool = []  # an item this document's budget does not name: no amount of another item stands in
        if not pool:
            continue
        best = max(pool, key=lambda l: (_named(terms, l), l.kind == TOTAL, l.amount))
        page = corpus.page_text(file, best.page)
        header = ""
        if best.header_start is not None and best.year not in best.quote:
            header = page[best.header_start : page.find("\n", best.header_start) % (len(page) + 1)]
            if not YEAR.search(header):  # a header drawn one cell per line: its cells up to the row
                header = page[best.header_start : best.start]
        meta = records[file]
        start = best.header_start if header else best.start  # the citation holds the years it shows
        chunk = Chunk(file, best.page, (best.group,) if best.group else (), start, best.end, page[start : best.end],
                      TABLE, meta.title, meta.sha256[:16])
        out.append(Quote(Hit(chunk, 1.0), with_header(" ".join(header.split()), best.quote)))
    return out
