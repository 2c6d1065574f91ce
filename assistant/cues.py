"""What kind of answer a question asks for, as one typed table: each `Cue` names a class of questions
(by the words that ask), the pattern a quote that answers them matches, its weight when ranking quotes,
and whether a question of that class is refused when no quote holds such an answer."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.patterns import MONEY_QUESTION
from ingest.chunk import YEAR

_NUMBER_WORDS = r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd"
_NUMBER = rf"(\d+(?:[.,]\d+)*|{_NUMBER_WORDS})"  # "80.000", "8,5", "zes"
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"


@dataclass(frozen=True)
class Cue:
    name: str
    asks: re.Pattern
    """The question asks for this kind of answer."""
    wants: re.Pattern
    """A quote that gives such an answer."""
    weight: float
    """Bonus of a quote that matches `wants`, when ranking quotes."""
    refuse: str = ""
    """When set: refuse (with this reason) if no quote matches `wants` (years not counting)."""


def _re(pattern: str, flags: int = re.I) -> re.Pattern:
    return re.compile(pattern, flags)


CUES: tuple[Cue, ...] = (
    Cue("when", _re(r"\b(wanneer|when|welk jaar|which year|planning|gepland|per wanneer|sinds wanneer|looptijd|"
                    r"timing)\b"),
        _re(rf"\b((?:19|20)\d\d|medio|begin|eind|{_MONTHS}|kwartaal)\b"), 0.2),
    Cue("count", _re(r"\b(hoeveel|how many|how much|aantal\w*|telt|tellen|welk deel|percentage|number of)\b"),
        _re(rf"(?<![\w/-]){_NUMBER}(?![\w/-])|%|procent|(?:\b[A-Z][a-z]+, ){{3,}}", 0), 0.2,
        "de gevonden passages noemen geen aantal"),  # a number, or an enumeration of names to count
    Cue("duration", _re(r"\b(hoe lang|how long|maximaal|duur|termijn|looptijd)\b"),
        _re(rf"\b(\d+|{_NUMBER_WORDS})\s+(jaar|jaren|maand|maanden|week|weken|dag|dagen|uur)\b|"
            r"\b(?:19|20)\d\d\s*(?:-|t/m|tot)\s*(?:\w+\s)?(?:19|20)\d\d\b"), 0.25),
    Cue("names", _re(r"\b(welke|which)\s+(gemeenten|organisaties|partners|partijen|aanbieders|municipalities|"
                     r"organi[sz]ations|providers)\b"),
        _re(r"(?:\b[A-Z][\w&-]*(?: [A-Z][\w&-]*)*, ){2,}[A-Z]", 0), 0.4),  # "Amersfoort, Baarn, Bunschoten"
    Cue("frequency", _re(r"\b(hoe vaak|how often|frequentie)\b"),
        _re(r"\b(keer|maal)\b|\bper (dag|week|maand|jaar|kwartaal)\b|\b(dage|weke|maande|jaar|tweewekel)lijks\b"),
        0.25),
    Cue("money", MONEY_QUESTION, _re(r"€\s*\d|\d\s*(miljoen|mln|duizend)\b"), 0.3,
        "de gevonden passages noemen geen bedrag"),
    Cue("person", _re(r"\b(wie (is|zijn|was|waren) de|who (is|are|was|were) the) (wethouder|burgemeester|directeur|"
                      r"voorzitter|projectleider|contactpersoon|minister|gedeputeerde|alderman|mayor|director|chair)"),
        re.compile(r"\b(?i:de heer|mevrouw|dhr\.?|mevr\.?|wethouder|burgemeester)\s+(?:[A-Z]\.\s?)*[A-Z][a-z]+|"
                   r"\b[A-Z]\.\s?(?:[A-Z]\.\s?)*(?:van |de |den |der )*[A-Z][a-z]+"), 0.2,
        "de gevonden passages noemen geen persoon"),
    Cue("total", _re(r"\b(totaa?l\w*|in totaal|opgeteld|total)\b"),
        _re(r"(?:^|\|)\s*(totaal|total)\b", re.I | re.M), 0.5),  # a "Totaal" row, under its header
)
BY_NAME = {c.name: c for c in CUES}
_WHICH_MORE = re.compile(r"\b(welke|wie|which|who)\b.*\b(meer|minder|more|less)\b", re.I)
_YEAR = re.compile(r"(?<![\d€.,])(?<!€ )(?:19|20)\d\d(?![\d.,]\d)")


def asked_years(question: str) -> list[str]:
    return _YEAR.findall(question)


def answer_cues(question: str) -> dict[str, Cue]:
    """The cues a question meets, by name. Two are made from the question itself: the asked years, and
    the counted noun ("In hoeveel groepen …" is answered by "zes groepen"); "which one spends more"
    compares totals."""
    cues = {c.name: c for c in CUES if c.asks.search(question)}
    if "money" in cues and _WHICH_MORE.search(question):
        cues["total"] = BY_NAME["total"]
    counted = re.search(r"\b(?:hoeveel|how many)\s+(\w{4,})", question, re.I)
    if counted:
        noun = re.escape(counted.group(1)[:-2] if counted.group(1).endswith("en") else counted.group(1))
        cues["counted"] = Cue("counted", re.compile(""), re.compile(rf"(?<![\w-]){_NUMBER}\s+(?:\w+\s+)?{noun}", re.I),
                              0.4)
    years = asked_years(question)
    if years:
        cues["years"] = Cue("years", re.compile(""), re.compile("|".join(years)), 0.2)
    return cues


def cue_bonus(text: str, cues: dict[str, Cue]) -> float:
    return sum(c.weight for c in cues.values() if c.wants.search(text))


def unanswered(cues: dict[str, Cue], quotes: list[str]) -> str | None:
    """Why the best quotes cannot answer a question that asks for an amount, a count or a named official
    (none of them holds one; years do not count), or None."""
    for cue in cues.values():
        if cue.refuse and not any(cue.wants.search(YEAR.sub(" ", q)) for q in quotes):
            return cue.refuse
    return None
