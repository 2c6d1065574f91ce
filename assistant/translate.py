"""Language detection and an offline English→Dutch keyword translation for the lexical search leg.

BM25 only matches words, so an English question must reach it in Dutch. No translation model ships on
PyPI here; a glossary of this domain's words (Dutch social-domain policy) covers what matters for
matching, and the multilingual dense leg handles the rest."""
from __future__ import annotations

import re

_EN_MARKERS = {"the", "what", "which", "who", "how", "does", "do", "is", "are", "of", "for", "and", "with",
               "many", "much", "when", "where", "why", "according", "should", "there", "their", "this", "that",
               "from", "per", "year", "budget", "plan", "region", "people", "housing"}
_NL_MARKERS = {"de", "het", "een", "wat", "welke", "wie", "hoe", "hoeveel", "is", "zijn", "van", "voor", "en",
               "met", "wanneer", "waar", "waarom", "er", "in", "op", "dat", "die", "deze", "worden", "wordt",
               "gemeente", "regio", "jaar"}

# Domain glossary (lowercase English → Dutch search words). Several Dutch words where usage varies.
GLOSSARY: dict[str, str] = {
    "sheltered": "beschermd", "housing": "wonen woningen huisvesting", "supported": "beschermd begeleid",
    "home": "thuis woning", "homes": "woningen", "house": "woning", "houses": "woningen", "dwelling": "woning",
    "dwellings": "woningen", "room": "kamer", "rooms": "kamers", "rent": "huur", "rental": "huur",
    "self-contained": "zelfstandig", "independent": "zelfstandig", "independently": "zelfstandig",
    "live": "wonen", "living": "wonen", "residents": "inwoners", "resident": "inwoner", "citizens": "burgers inwoners",
    "inhabitants": "inwoners", "clients": "cliënten", "client": "cliënt", "people": "mensen",
    "municipality": "gemeente", "municipalities": "gemeenten", "municipal": "gemeentelijk", "council": "raad",
    "region": "regio", "regional": "regionaal regionale", "national": "landelijk rijk", "government": "rijk overheid",
    "central": "centrum", "central municipality": "centrumgemeente", "province": "provincie",
    "budget": "budget begroting middelen", "budgets": "budget middelen", "cost": "kosten", "costs": "kosten",
    "estimated": "inschatting", "estimate": "inschatting", "total": "totaal", "money": "geld middelen",
    "funds": "middelen", "funding": "middelen financiering", "financing": "financiering", "euros": "euro",
    "amount": "bedrag", "spend": "uitgeven besteden", "invest": "investeren", "investment": "investering",
    "year": "jaar", "years": "jaren", "annual": "jaarlijks", "annually": "jaarlijks", "yearly": "jaarlijks",
    "month": "maand", "monthly": "per maand", "week": "week", "weekly": "per week", "day": "dag", "daily": "dagelijks",
    "maximum": "maximaal", "minimum": "minimaal", "number": "aantal", "places": "plekken plaatsen",
    "place": "plek", "beds": "bedden", "capacity": "capaciteit",
    "care": "zorg", "support": "ondersteuning", "guidance": "begeleiding", "assistance": "hulp",
    "help": "hulp", "treatment": "behandeling", "recovery": "herstel", "recovery-oriented": "herstelgericht",
    "mental": "psychisch psychische", "illness": "aandoening ziekte", "psychological": "psychisch psychische",
    "psychiatric": "psychiatrisch", "vulnerable": "kwetsbaar kwetsbare", "vulnerability": "kwetsbaarheid",
    "severe": "ernstig ernstige", "disorder": "stoornis", "addiction": "verslaving", "homeless": "dakloos daklozen",
    "homelessness": "dakloosheid thuisloosheid", "shelter": "opvang", "relief": "opvang", "reception": "opvang",
    "outflow": "uitstroom", "inflow": "instroom", "transition": "transitie", "transformation": "transformatie",
    "decentralise": "decentraliseert doordecentralisatie", "decentralize": "decentraliseert doordecentralisatie",
    "decentralisation": "decentralisatie doordecentralisatie", "decentralization": "decentralisatie",
    "ambulantisation": "ambulantisering", "ambulatory": "ambulant", "outpatient": "ambulant",
    "neighbourhood": "wijk buurt", "neighborhood": "wijk buurt", "neighbourhoods": "wijken", "district": "wijk",
    "community": "wijk samenleving", "society": "samenleving", "inclusion": "inclusie", "social": "sociaal sociale",
    "network": "netwerk", "volunteers": "vrijwilligers", "volunteer": "vrijwilliger", "informal": "informele",
    "experts": "deskundigen", "experience": "ervaringsdeskundigen ervaring", "peer": "ervaringsdeskundige",
    "team": "team", "teams": "teams", "access": "toegang", "referral": "toegang verwijzing", "intake": "toegang",
    "indication": "indicatie", "assessment": "indicatie", "waiting": "wacht wachttijd", "list": "lijst",
    "work": "werk", "job": "baan werk", "jobs": "banen werk", "employment": "werk arbeid", "daytime": "dagbesteding",
    "activities": "activiteiten dagbesteding", "income": "inkomen", "debt": "schulden", "debts": "schulden",
    "safety": "veiligheid", "safe": "veilig", "nuisance": "overlast", "prevention": "preventie",
    "vision": "visie", "plan": "plan", "agenda": "agenda", "guide": "handreiking", "policy": "beleid",
    "framework": "kader", "agreement": "afspraken convenant", "agreements": "afspraken", "agreed": "afgesproken",
    "goal": "doel", "goals": "doelen", "aim": "doel", "ambition": "ambitie", "principle": "uitgangspunt",
    "principles": "uitgangspunten", "action": "actie", "actions": "acties", "priority": "prioriteit urgentie",
    "urgency": "urgentie", "planning": "planning", "timeline": "planning looptijd", "duration": "looptijd",
    "period": "periode looptijd", "term": "looptijd termijn", "phase": "fase", "pilot": "pilot",
    "project": "project", "projects": "projecten", "monitoring": "monitoring monitoren", "evaluation": "evaluatie",
    "cooperation": "samenwerking", "collaboration": "samenwerking", "partners": "partners", "providers": "aanbieders",
    "provider": "aanbieder", "corporations": "corporaties woningcorporaties", "corporation": "corporatie",
    "housing corporations": "woningcorporaties", "insurers": "zorgverzekeraars", "purchasing": "inkoop",
    "procurement": "inkoop", "contract": "contract", "tariff": "tarief", "rate": "tarief", "price": "prijs",
    "long-term": "langdurige", "long": "lang langdurig", "act": "wet", "law": "wet", "youth": "jeugd", "young": "jongeren", "elderly": "ouderen",
    "approach": "aanpak",
    "expected": "verwacht", "drop": "daling afname", "decrease": "afname daling", "increase": "toename stijging",
    "growth": "groei", "recovery college": "herstelacademie", "centre": "centrum", "center": "centrum",
    "facilities": "voorzieningen", "facility": "voorziening", "services": "voorzieningen diensten",
    "establish": "opzetten", "available": "beschikbaar",
    "participating": "deelnemende",
    "sheltered housing": "beschermd wonen", "protected living": "beschermd wonen", "at home": "thuis",
}
# The calendar and the country are a closed class: an English question names them with a capital.
GLOSSARY.update(zip("january february march april may june july august september october november december "
                    "monday tuesday wednesday thursday friday saturday sunday dutch netherlands".split(),
                    "januari februari maart april mei juni juli augustus september oktober november december "
                    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag nederlandse nederland".split()))
_PHRASES = sorted((k for k in GLOSSARY if " " in k), key=len, reverse=True)
_WORD = re.compile(r"[a-zA-Z][a-zA-Z'-]*")


def detect_language(text: str) -> str:
    """"en" or "nl" by function words; Dutch when unsure (the corpus language)."""
    words = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)]
    en = sum(w in _EN_MARKERS for w in words)
    nl = sum(w in _NL_MARKERS for w in words)
    return "en" if en > nl else "nl"


def dutch_search_words(text: str) -> str:
    """The English question with glossary words replaced by Dutch ones; unknown words (names, numbers,
    Dutch terms quoted in the question) are kept, so "Maashorst" and "2023" still match."""
    lowered = text.lower()
    out: list[str] = []
    for phrase in _PHRASES:
        if phrase in lowered:
            out.append(GLOSSARY[phrase])
            lowered = lowered.replace(phrase, " ")
    for word in _WORD.findall(lowered):
        w = word.strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if w in GLOSSARY:
            out.append(GLOSSARY[w])
        elif w not in _EN_MARKERS and len(w) > 2:
            out.append(w)
    out.extend(re.findall(r"\d[\d.,]*", text))
    return " ".join(out)
