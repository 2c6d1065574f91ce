"""Pure evidence handling: sentences of passages, how well they match a question, and which question
terms the passages do not contain (a refusal signal)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.bm25 import tokenize

STOPWORDS = set("""
de het een en of van voor in op aan met door bij tot uit over naar om te als dan dat die dit deze er is zijn was
waren wordt worden werd kan kunnen zal zullen moet moeten heeft hebben had wat welke wie waar wanneer hoe hoeveel
waarom ook nog al niet geen wel meer veel zo maar dus want omdat hun haar zijn ons onze we wij ik je jij u zij ze
men iets elk elke alle andere zich hem hen mij mijn jouw uw per sinds tussen tegen zonder binnen onder boven
the a an and or of for in on at to with by from as than that this these those is are was were be been being
can could will would shall should must has have had what which who whom whose where when how why much many
also not no any all other its it their them they we you he she his her our your per since between about into
does do did there here then so such more most some each year jaar staat stond wil willen gaat gaan doen doet
""".split())


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the passage text
    end: int
    text: str


_SENT_END = re.compile(r"(?<=[.!?;])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[A-Z0-9€\"'(‘“•-])|\n(?=\s*(?:[-•*]|\d+\.)\s)")


def _separators(text: str) -> list[tuple[int, int]]:
    """Spans between sentences: after a sentence end, before a list item, and at the line break after a
    short line followed by a capital (a heading or a label such as "Inschatting kosten: ...")."""
    if text.count("€") >= 3:  # a table: a row ends at a line with amounts; wrapped labels stay with it
        seps, line_start = [], 0
        for m in re.finditer(r"\n", text):
            line = text[line_start : m.start()]
            if "€" in line or re.search(r"\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b", line):
                seps.append((m.start(), m.end()))
            line_start = m.end()
        return seps
    seps = {(m.start(), m.end()) for m in _SENT_END.finditer(text)}
    line_start = 0
    for m in re.finditer(r"\n", text):
        short = 3 <= len(text[line_start : m.start()].strip()) <= 60
        if short and m.end() < len(text) and text[m.end()].isupper():
            seps.add((m.start(), m.end()))
        line_start = m.end()
    return sorted(seps)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences (or table rows, list items) of a passage, with offsets, line breaks inside kept."""
    out: list[Sentence] = []
    pos = 0
    for a, b in _separators(text) + [(len(text), len(text))]:
        if a < pos:
            continue
        piece = text[pos:a]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(pos + lead, pos + len(piece.rstrip()), piece.strip()))
        pos = b
    return out


def content_terms(text: str) -> list[str]:
    """The question's words that carry meaning (no stop words), as BM25 tokens."""
    return [t for t in tokenize(text) if t not in STOPWORDS and (len(t) > 2 or t.isdigit())]


def coverage(question: str, passage: str) -> float:
    """Share of the question's content terms found in the passage."""
    terms = set(content_terms(question))
    if not terms:
        return 0.0
    found = set(tokenize(passage))
    return len(terms & found) / len(terms)


def missing_terms(question: str, passages: list[str]) -> list[str]:
    """Question terms that no passage contains."""
    found = set(t for p in passages for t in tokenize(p))
    return [t for t in dict.fromkeys(content_terms(question)) if t not in found]


_YEAR = re.compile(r"(?<![\d€.,])(?<!€ )(?:19|20)\d\d(?![\d.,]\d)")


def asked_years(question: str) -> list[str]:
    return _YEAR.findall(question)


def proper_names(question: str) -> list[str]:
    """Capitalised words inside a sentence of the question (place and organisation names); not a
    sentence's first word, not the head of a compound ("Long-term")."""
    names = []
    for m in re.finditer(r"(?<![\w'-])([A-Z][a-zà-ÿ]+(?:[ ][A-Z][a-zà-ÿ]+)*)\b(?!-)", question):
        before = question[: m.start()].rstrip()
        if not before or before[-1] in ".!?:\"'‘“(":
            continue
        names.append(m.group(1))
    return names


def known_name(name: str, vocabulary: set[str]) -> bool:
    """The corpus mentions the name, or a word it derives from ("Renkumse" → "renkum")."""
    for token in tokenize(name):
        if token in vocabulary:
            continue
        if not any(len(v) >= 5 and token.startswith(v) for v in vocabulary if v[:3] == token[:3]):
            return False
    return True


def focus(text: str, terms: set[str], budget: int) -> str:
    """The part of a passage around its sentence that best matches `terms`, within `budget` characters
    (a table keeps its first line: the column header). Keeps the model's prompt short."""
    if len(text) <= budget:
        return text
    sents = split_sentences(text)
    if not sents:
        return text[:budget]
    scores = [len(terms & set(tokenize(s.text))) for s in sents]
    lo = hi = max(range(len(sents)), key=lambda i: scores[i])
    while True:
        options = [i for i in (lo - 1, hi + 1) if 0 <= i < len(sents)]
        options = [i for i in options if sents[max(hi, i)].end - sents[min(lo, i)].start <= budget]
        if not options:
            break
        pick = max(options, key=lambda i: (scores[i], -abs(i - lo)))
        lo, hi = min(lo, pick), max(hi, pick)
    piece = text[sents[lo].start : sents[hi].end]
    if lo > 0 and text.count("€") >= 3:
        piece = sents[0].text + "\n…\n" + piece
    return piece
