"""Pure evidence handling: sentences of passages, how well they match a question, and which question
terms the passages do not contain (a refusal signal)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from index.bm25 import tokenize
from ingest.chunk import PRIORITY_CELL
from ingest.tables import headed_cells, is_header_row

from .cues import Cue, cue_bonus

STOPWORDS = set("""
de het een en of van voor in op aan met door bij tot uit over naar om te als dan dat die dit deze er is zijn was
waren wordt worden werd kan kunnen zal zullen moet moeten heeft hebben had wat welke wie waar wanneer hoe hoeveel
waarom ook nog al niet geen wel meer veel zo maar dus want omdat hun haar zijn ons onze we wij ik je jij u zij ze
men iets elk elke alle andere zich hem hen mij mijn jouw uw per sinds tussen tegen zonder binnen onder boven
the a an and or of for in on at to with by from as than that this these those is are was were be been being
can could will would shall should must has have had what which who whom whose where when how why much many
also not no any all other its it their them they we you he she his her our your per since between about into
does do did there here then so such more most some each year jaar staat stond wil willen gaat gaan doen doet
vergelijk vergelijking verschil compare comparison difference
""".split())


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the passage text
    end: int
    text: str


_SENT_END = re.compile(r"(?<=[.!?;])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[A-Z0-9€\"'(‘“•-])|\n(?=\s*(?:[-•*]|\d+\.)\s)")


def _row_ends(text: str, is_end) -> list[tuple[int, int]]:
    seps, line_start = [], 0
    for m in re.finditer(r"\n", text):
        if is_end(text[line_start : m.start()]):
            seps.append((m.start(), m.end()))
        line_start = m.end()
    return seps


def _separators(text: str) -> list[tuple[int, int]]:
    """Spans between sentences: after a sentence end, before a list item, and at the line break after a
    short line followed by a capital (a heading or a label such as "Inschatting kosten: ..."). In a table
    the rows are the sentences: a row ends at its amounts, or at its urgency and planning cells."""
    rows = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
            if headed_cells(m.group()) or is_header_row(m.group())]
    if rows:  # rows with their headers (ingest/tables.py): each one sentence, never cut at its "; "
        seps = {(m.start(), m.end()) for m in _SENT_END.finditer(text)
                if not any(a <= m.start() < b for a, b in rows)}
        seps |= {(b, b + 1) for _, b in rows if b < len(text)} | {(a - 1, a) for a, _ in rows if a > 0}
        return sorted(seps)
    if text.count("€") >= 3:  # wrapped row labels stay with their amounts
        return _row_ends(text, lambda line: "€" in line or re.search(r"\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b", line))
    if any(PRIORITY_CELL.search(line) for line in text.split("\n")):
        return _row_ends(text, lambda line: bool(PRIORITY_CELL.search(line)))
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
    """The corpus mentions the name, or a word it derives from or shares its stem with ("Renkumse" →
    "renkum", "Ostervense" → "ostervenne")."""
    for token in tokenize(name):
        if token in vocabulary:
            continue
        if not any(len(v) >= 5 and (token.startswith(v) or _same_stem(token, v)) for v in vocabulary
                   if v[:3] == token[:3]):
            return False
    return True


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one long name: they differ only in their last two or three letters."""
    n = len(os.path.commonprefix([a, b]))
    return n >= 6 and n >= max(len(a), len(b)) - 3


def matches(term: str, tokens: set[str]) -> bool:
    """The term is one of the tokens, or (six letters or more) begins one: "centrumgemeente" finds
    "centrumgemeenteconstructie", "gespikkeld" finds "gespikkelde"."""
    return term in tokens or (len(term) >= 6 and any(t.startswith(term) for t in tokens))


def quote_windows(text: str, max_chars: int, max_sentences: int = 4) -> list[Sentence]:
    """Runs of 1 to `max_sentences` consecutive sentences of a passage, each within `max_chars`: the
    candidate quotes of an extractive answer (a fact often sits in the sentence after the matching one)."""
    sents = split_sentences(text)
    out = []
    for i, first in enumerate(sents):
        for last in sents[i : i + max_sentences]:
            if last is not first and last.end - first.start > max_chars:
                break
            out.append(Sentence(first.start, last.end, text[first.start : last.end]))
    return out


def extend_quote(text: str, quote: Sentence, min_chars: int, max_chars: int) -> Sentence:
    """The quote continued with the passage's next sentences until it is `min_chars` long (never past
    `max_chars`); a numbered list it has begun ("op twee manieren: 1. …") is continued with its next
    items (up to twice `max_chars`)."""
    end = quote.end
    for sent in split_sentences(text):
        if sent.start < end:
            continue
        items = re.findall(r"(?:^|\s)(\d{1,2})\.\s", text[quote.start : end])
        next_item = bool(items) and sent.text.startswith(f"{int(items[-1]) + 1}.")
        if next_item and sent.end - quote.start <= 2 * max_chars:
            end = sent.end
            continue
        if end - quote.start >= min_chars or sent.end - quote.start > max_chars:
            break
        end = sent.end
    return Sentence(quote.start, end, text[quote.start : end])


def quote_score(text: str, terms: set[str], heading: set[str], cues: dict[str, Cue]) -> float:
    """How well a candidate quote answers: share of the question's terms it holds (its section heading
    counts), plus a bonus per answer cue it meets, minus a little for length."""
    tokens = set(tokenize(text)) | heading
    score = sum(1 for t in terms if matches(t, tokens)) / max(1, len(terms))
    score += cue_bonus(text, cues)
    if len(text) < 25:
        score -= 0.3
    return score - 0.0003 * len(text)
