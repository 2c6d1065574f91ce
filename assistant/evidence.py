"""Pure evidence handling: sentences of passages, how well they match a question, and which question
terms the passages do not contain (a refusal signal)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.bm25 import tokenize
from ingest.chunk import PRIORITY_CELL

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


MONEY_QUESTION = re.compile(r"\b(budget\w*|begrot\w*|kost\w*|geld|euro|bedrag\w*|tarie\w*|investe\w*|"
                            r"uitgetrokken|trekt\b.*\buit|gereserveerd|besteed\w*|uitgave\w*|"
                            r"cost\w*|money|spend\w*|funding)\b|€", re.I)
"""A question that asks for an amount ("Wat kost …", "Hoeveel trekt Renkum … uit?", "besteedt"); not
"middelen", which as often means means as money ("Over hoeveel gemeenten waren de middelen verdeeld?")."""
_NUMBER_WORDS = r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd"
_NUMBER = rf"(\d+(?:[.,]\d+)*|{_NUMBER_WORDS})"  # "80.000", "8,5", "zes"
_CUES = {
    "when": (re.compile(r"\b(wanneer|when|welk jaar|which year|planning|gepland|per wanneer|sinds wanneer|looptijd|"
                        r"timing)\b", re.I),
             re.compile(r"\b((?:19|20)\d\d|medio|begin|eind|januari|februari|maart|april|mei|juni|juli|augustus|"
                        r"september|oktober|november|december|kwartaal)\b", re.I)),
    "count": (re.compile(r"\b(hoeveel|how many|how much|aantal\w*|telt|tellen|welk deel|percentage|number of)\b", re.I),
              re.compile(rf"(?<![\w/-]){_NUMBER}(?![\w/-])|%|procent|"
                         r"(?:\b[A-Z][a-z]+, ){3,}")),  # a number, or an enumeration of names to count
    "duration": (re.compile(r"\b(hoe lang|how long|maximaal|duur|termijn|looptijd)\b", re.I),
                 re.compile(rf"\b(\d+|{_NUMBER_WORDS})\s+(jaar|jaren|maand|maanden|week|weken|dag|dagen|uur)\b|"
                            r"\b(?:19|20)\d\d\s*(?:-|t/m|tot)\s*(?:\w+\s)?(?:19|20)\d\d\b", re.I)),
    "names": (re.compile(r"\b(welke|which)\s+(gemeenten|organisaties|partners|partijen|aanbieders|municipalities|"
                         r"organi[sz]ations|providers)\b", re.I),
              re.compile(r"(?:\b[A-Z][\w&-]*(?: [A-Z][\w&-]*)*, ){2,}[A-Z]")),  # "Amersfoort, Baarn, Bunschoten"
    "midyear": (re.compile(r"\b(halverwege|medio|midden van|mid-year|halfway)\b", re.I),
                re.compile(r"\b(medio|halverwege|midden (?:van )?(?:19|20)\d\d)\b", re.I)),
    "frequency": (re.compile(r"\b(hoe vaak|how often|frequentie)\b", re.I), re.compile(r"\bkeer\b", re.I)),
    "money": (MONEY_QUESTION, re.compile(r"€\s*\d|\d\s*(miljoen|mln|duizend)\b", re.I)),
    "person": (re.compile(r"\b(wie (is|zijn|was|waren) de|who (is|are|was|were) the) (wethouder|burgemeester|directeur|"
                          r"voorzitter|projectleider|contactpersoon|minister|gedeputeerde|alderman|mayor|director|chair)",
                          re.IGNORECASE),
               re.compile(r"\b(?i:de heer|mevrouw|dhr\.?|mevr\.?|wethouder|burgemeester)\s+(?:[A-Z]\.\s?)*[A-Z][a-z]+|"
                          r"\b[A-Z]\.\s?(?:[A-Z]\.\s?)*(?:van |de |den |der )*[A-Z][a-z]+")),
    "total": (re.compile(r"\b(totaa?l\w*|in totaal|samen|opgeteld|total)\b", re.I),
              re.compile(r"(?:^|\|)\s*(totaal|total)\b", re.I | re.M)),  # a "Totaal" row, under its header
}
_CUE_WEIGHT = {"counted": 0.4, "names": 0.4, "when": 0.2, "count": 0.2, "duration": 0.25, "frequency": 0.25,
               "money": 0.3, "total": 0.5}


_WHICH_MORE = re.compile(r"\b(welke|wie|which|who)\b.*\b(meer|minder|more|less)\b", re.I)


def answer_cues(question: str) -> dict[str, re.Pattern]:
    """What kind of answer the question wants (a date, a count, a duration, an amount, a total): each
    with the pattern a quote that gives it matches. Asked years are a cue of their own; "which one
    spends more" compares totals."""
    cues = {name: want for name, (asks, want) in _CUES.items() if asks.search(question)}
    if "money" in cues and _WHICH_MORE.search(question):
        cues["total"] = _CUES["total"][1]
    counted = re.search(r"\b(?:hoeveel|how many)\s+(\w{4,})", question, re.I)
    if counted:  # "In hoeveel groepen …" is answered by "zes groepen"
        noun = re.escape(counted.group(1)[:-2] if counted.group(1).endswith("en") else counted.group(1))
        cues["counted"] = re.compile(rf"(?<![\w-]){_NUMBER}\s+(?:\w+\s+)?{noun}", re.I)
    years = asked_years(question)
    if years:
        cues["years"] = re.compile("|".join(years))
    return cues


def quote_score(text: str, terms: set[str], heading: set[str], cues: dict[str, re.Pattern]) -> float:
    """How well a candidate quote answers: share of the question's terms it holds (its section heading
    counts), plus a bonus per answer cue it meets, minus a little for length."""
    tokens = set(tokenize(text)) | heading
    score = sum(1 for t in terms if matches(t, tokens)) / max(1, len(terms))
    score += sum(_CUE_WEIGHT.get(name, 0.2) for name, want in cues.items() if want.search(text))
    if len(text) < 25:
        score -= 0.3
    return score - 0.0003 * len(text)


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
_UNANSWERED = {"money": "de gevonden passages noemen geen bedrag", "count": "de gevonden passages noemen geen aantal",
               "person": "de gevonden passages noemen geen persoon"}


def unanswered(cues: dict[str, re.Pattern], quotes: list[str]) -> str | None:
    """Why the best quotes cannot answer a question that asks for an amount, a count or a named official
    (none of them holds one; years do not count), or None."""
    for cue, reason in _UNANSWERED.items():
        if cue in cues and not any(cues[cue].search(_YEARS.sub(" ", q)) for q in quotes):
            return reason
    return None
