"""Planning a turn: the standalone question (a follow-up carries its earlier question), the documents it
names, whether it compares them, what kind of answer it asks for, the passages retrieved for it, and a
compound question's clauses, each planned on its own."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from index.bm25 import tokenize
from index.catalog import DocumentRecord
from index.search import Hit, SearchFilter
from ingest.model import TABLE, TOTAL, Chunk

from .config import AssistantConfig
from .cues import Cue, answer_cues, asked_years
from .evidence import content_terms
from .translate import detect_language

MONEY_WORDS = set(tokenize("geld budget begroting kosten middelen euro uit uitgeven besteden trekt trekken meer minder "
                           "money spend spends budget cost costs more less gemeente regio plan"))
"""Words of a question about money that name no budget item."""
_GRAND_TOTAL = re.compile(r"^\s*(?:totaal|totale|total|grand total)\b", re.I)
_FOLLOWUP = re.compile(r"^\s*(en|maar|ook|and|what about|how about)\b|\b(dat|die|dit|deze|daar|daarvan|het|ze|"
                       r"hun|zij|that|this|it|they|those|them|there)\b", re.I)
_COMPARE = {"nl": re.compile(r"\b(vergelijk\w*|verschil\w*|versus|vs\.?|zowel|meer dan|minder dan|beide|allebei|"
                            r"(?:deze|de) twee (?:documenten|plannen|regio'?s|gemeenten))\b|\bof\b.*\?$"
                            r"|\bwelke (?:regio|gemeente|document|plan)\w*\b.*\b(?:meer|minder|hoogste|laagste|grootste|"
                            r"kleinste|eerder|later|langer|korter)\b", re.I),
            "en": re.compile(r"\b(compare\w*|differen\w*|versus|vs\.?|more than|less than|both|"
                            r"(?:these|the) two (?:documents|plans|regions|municipalities))\b|\bor\b.*\?$"
                            r"|\bwhich (?:region|municipality|document|plan)s?\b.*\b(?:more|less|most|least|highest|"
                            r"lowest|earlier|later|longer|shorter)\b", re.I)}
"""A comparison when no document is named ("Vergelijk de regio's …", "Welke regio trekt meer uit voor …",
"… willen beide plannen …"); naming two documents is one too."""


def _forms(name: str) -> str:
    """A place name and its derived forms as a pattern ("Renkumse", "Maashorster", "Ostervense" of
    Ostervenne): a question names a document by them too. Names under six letters ("VNG", "Oss") only as
    written."""
    if len(name) < 6:
        return re.escape(name)
    stems = {name}
    if name.endswith("e"):  # Ostervenne → Ostervenn-, Osterven-
        stems |= {name[:-1], name[:-2]} if name.endswith("ne") else {name[:-1]}
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return rf"(?:{alternatives})(?:se|er|ers|s)?"


class Corpus(Protocol):
    """What the assistant needs of the index: search, the documents, their words, the embedder."""

    def search(self, query: str, k: int = 10, filt: SearchFilter = SearchFilter(), mode: str = "hybrid",
               per_document: int | None = None) -> list[Hit]: ...

    def documents(self) -> list[DocumentRecord]: ...

    def vocabulary(self) -> set[str]: ...

    def budget(self, files: Sequence[str] = ()) -> list: ...

    def page_text(self, file: str, page: int) -> str: ...

    @property
    def embedder(self): ...


class DocumentNames:
    """The words a question names each document by, read from the catalog once per turn: its region
    ("Maashorst", "Centraal Gelderland") and the first word of its file name ("VNG"); `with_kinds` adds
    every other word of its file name ("regiovisie", "beschermd", "wonen"): a file name describes the whole
    document, so within that document its words tell no passage from another."""

    def __init__(self, records: Sequence[DocumentRecord]):
        self.regions = {r.meta.file: r.meta.region or "" for r in records}
        self.names: dict[str, list[str]] = {}
        self.with_kinds: dict[str, list[str]] = {}
        for r in records:
            m = r.meta
            names = [n for n in (m.region, m.file.split("-")[0]) if n]
            self.names[m.file] = names
            known = set(tokenize(" ".join(names)))
            self.with_kinds[m.file] = names + [w for w in Path(m.file).stem.split("-")
                                               if w not in known and not w.isdigit() and len(w) >= 3]

    def named_files(self, text: str) -> list[str]:
        """Documents the text names."""
        q = text.casefold()
        return [f for f, names in self.names.items()
                if any(re.search(rf"\b{_forms(n.casefold())}\b", q) for n in names if len(n) >= 3)]

    def without_names(self, text: str, files: Sequence[str]) -> str:
        """The text without the names of the given documents ("Vergelijk de looptijd van de regiovisie van
        Amersfoort met die van de lokale ontwikkelagenda van Maashorst" → "Vergelijk de looptijd van de van
        met die van de van"): within one document they only find passages saying them."""
        for n in sorted({n for f in files for n in self.with_kinds.get(f, ()) if len(n) >= 3}, key=len, reverse=True):
            text = re.sub(rf"\b(?:regio |gemeente )?{_forms(n)}\b", " ", text, flags=re.I)
        return " ".join(text.replace(" -", " ").split())


@dataclass
class Plan:
    question: str
    standalone: str
    language: str
    compare: bool
    docs: DocumentNames
    named: list[str] = field(default_factory=list)  # the documents a comparison names (two or more)
    hits: list[Hit] = field(default_factory=list)
    cues: dict[str, Cue] = field(default_factory=dict)  # what the question asks for (cues.answer_cues)
    parts: list["Plan"] = field(default_factory=list)  # a compound question's clauses, each planned on its own


_ASKS = (r"wat|welke|welk|wie|wiens|hoe|hoeveel|wanneer|waar|waarom|sinds|vanaf|what|which|who|whom|whose|how|when|"
         r"where|why")
_CLAUSE = re.compile(rf"(?:,\s*|\s+)(?:en|and)\s+(?=(?:\w+\s+){{0,2}}(?:{_ASKS})\b)|;\s+", re.I)
_REFERS = re.compile(r"\b(die|dit|deze|ze|zij|hun|daarvan|daarbij|daarin|daarvoor|ervan|hiervan|that|this|it|they|them|"
                     r"its|their|those)\b", re.I)
"""Words that refer back to the first clause ("die", "daarvan"), not "dat" or "het": mostly a conjunction
and an article."""


def own_words(clause: str) -> list[str]:
    """A clause's words that carry meaning, its question words not counted ("in welk jaar?" has none)."""
    return [t for t in content_terms(clause) if not re.fullmatch(_ASKS, t)]


@dataclass(frozen=True)
class Clause:
    """One sub-question of a compound question."""

    own: str  # the clause as asked: the documents it names, what it asks for
    text: str  # what it is searched and its quotes ranked by: the question's statements and the clause,
    # led by the first clause when it leans on it


def clauses(question: str) -> list[Clause]:
    """The sub-questions of a compound question: "Welke organisatie draait het herstelsteunpunt, en hoe vaak
    per week is het open?" asks two things, often answered in two places. A clause leans on the first one
    when it has few words of its own or refers back ("… en wanneer staat het gepland?", "… en wie in de regio
    Amersfoort?"). Empty for a question that asks one thing."""
    sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", question.strip())
    context = " ".join(s for s in sentences if not s.endswith("?"))
    asked = [s for s in sentences if s.endswith("?")] or sentences[-1:]
    parts = [p.strip() for s in asked for p in _CLAUSE.split(s) if p.strip()]
    if len(parts) < 2:
        return []
    out = []
    for i, part in enumerate(parts):
        leans = i > 0 and (len(own_words(part)) < 3 or _REFERS.search(part))
        out.append(Clause(part, " ".join(x for x in (context, parts[0] if leans else "", part) if x)))
    return out


def standalone_question(question: str, history: Sequence[dict]) -> str:
    """A follow-up ("En in 2023?", "Hoeveel kost dat?") carries the earlier user question's words, so
    retrieval sees what "dat" refers to; a follow-up that asks another year replaces the earlier years."""
    earlier = [t["content"] for t in history if t.get("role") == "user" and t.get("content")]
    if not earlier:
        return question
    short = len(content_terms(question)) <= 6
    if short or _FOLLOWUP.search(question):
        carried = earlier[-1]
        asked = set(asked_years(question))
        if asked:  # "En in 2028?": the earlier question's other years no longer hold
            for year in set(asked_years(carried)) - asked:
                carried = re.sub(rf"\b(?:in |voor |for )?{year}\b", "", carried)
        carried = re.sub(r"\s+([?.!,])", r"\1", " ".join(carried.split()))
        return f"{carried} {question}"
    return question


def make_plan(corpus: Corpus, question: str, history: Sequence[dict] = (), files: Sequence[str] = (),
              cfg: AssistantConfig = AssistantConfig()) -> Plan:
    language = detect_language(question)
    standalone = standalone_question(question, history)
    docs = DocumentNames(corpus.documents())
    named = [] if files else docs.named_files(question)
    compare = not files and (len(named) >= 2 or (not named and bool(_COMPARE[language].search(question))))
    filt = SearchFilter(files=tuple(files))
    p = Plan(question, standalone, language, compare, docs, named if len(named) >= 2 else [],
             cues=answer_cues(question))
    # within one named document the documents' names only pull in passages that say them
    doc_query = docs.without_names(standalone, p.named) if p.named else standalone
    if compare:  # each document its own passages, so one cannot crowd out the other
        if p.named:
            per_doc = corpus.search(doc_query, filt=SearchFilter(files=tuple(p.named)), per_document=5)
        else:
            per_doc = corpus.search(standalone, filt=filt, per_document=2)
        best = corpus.search(standalone, cfg.k, filt)
        seen = {h.chunk.id for h in per_doc}
        p.hits = per_doc + [h for h in best if h.chunk.id not in seen]
    else:
        p.hits = corpus.search(standalone, cfg.k, filt)
    if {"total", "money"} <= set(p.cues) and p.hits:  # a total stands in the totals row of a cost table
        # the documents compared, or the one it names, or the best passage's; not `files` (the caller's filter)
        targets = p.named or docs.named_files(question)[:1] or [p.hits[0].chunk.file]
        seen = {h.chunk.id for h in p.hits}
        totals = corpus.search(f"{doc_query} totaal", filt=SearchFilter(files=tuple(targets)), per_document=2)
        p.hits += [h for h in totals if h.chunk.kind == "table" and h.chunk.id not in seen]
        terms = {t for t in content_terms(docs.without_names(standalone, targets))  # words that can name an item
                 if len(t) >= 7 and t not in MONEY_WORDS and not _GRAND_TOTAL.match(t)}
        p.hits += totals_rows(corpus, targets, terms, p.hits[0].score)
    if standalone == question:  # a follow-up's clauses gained nothing measured from the earlier question
        p.parts = [part_plan(corpus, p, c, files, cfg) for c in clauses(question)]
    return p


def totals_rows(corpus: Corpus, files: Sequence[str], terms: set[str], score: float) -> list[Hit]:
    """The grand totals rows of the documents' cost tables, each a passage of its own scored as the best
    one retrieved (a long table's rows are split over passages, and the part with its totals row rarely
    shares the question's words): the row and its table's column header, cited where they stand. None for
    a document with a table row the question's `terms` name: it asks that row's total."""
    out = []
    records = {r.meta.file: r.meta for r in corpus.documents()}
    for file in files:
        rows = {}
        lines = corpus.budget([file])
        if any(line.table and terms & set(tokenize(line.item)) for line in lines if not _GRAND_TOTAL.match(line.item)):
            continue
        for line in lines:
            if line.kind == TOTAL and line.table and not line.group and _GRAND_TOTAL.match(line.item):
                rows.setdefault((line.page, line.start, line.end), line)
        for (page, start, end), line in list(rows.items())[:2]:
            text = corpus.page_text(file, page)
            head = line.header_start
            header = text[head : text.find("\n", head)] if head is not None and head < start else ""
            meta = records[file]
            chunk = Chunk(file, page, (header.strip(),) if header.strip() else (), start, end, text[start:end],
                          TABLE, meta.title, meta.sha256[:16])
            out.append(Hit(chunk, score))
    return out


def part_plan(corpus: Corpus, plan: Plan, clause: Clause, files: Sequence[str], cfg: AssistantConfig) -> Plan:
    """One clause of a compound question as a plan of its own (`question` is the clause as asked): what it
    asks for, among the whole question's passages, or among those of the one document it names."""
    cues = answer_cues(clause.own)
    named = [] if files else plan.docs.named_files(clause.own)
    if len(named) != 1:
        return Plan(clause.own, clause.text, plan.language, False, plan.docs, [], plan.hits, cues)
    text = plan.docs.without_names(clause.text, named)
    return Plan(clause.own, text, plan.language, False, plan.docs, named,
                corpus.search(text, cfg.k, SearchFilter(files=tuple(named))), cues)
