"""Dutch and English number formats, and the check that every number in a claim is in its source."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.numbers import AMOUNT, NUMBER, PERCENT, YEAR, normalise_amount, parse_numbers, same_number, verify_numbers


def values(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.kind) for m in parse_numbers(text)]


@pytest.mark.parametrize("text, value", [
    ("€ 15.000", 15000), ("€15.000", 15000), ("€  80.000", 80000), ("€          247.000", 247000),
    ("2.000.000", 2000000), ("€2.000.000,=", 2000000), ("€ 15.000,-", 15000), ("8,5 miljoen", 8500000),
    ("€ 4.750,50", Decimal("4750.50")), ("€15,000", 15000), ("€2,000,000", 2000000), ("8.5 million", 8500000),
    ("€ 495 miljoen", 495000000), ("1,2 miljard", 1200000000), ("€15k", 15000), ("15 000", 15000),
    ("1.500", 1500), ("1.5", Decimal("1.5")), ("8,5", Decimal("8.5")),
])
def test_values(text, value):
    assert normalise_amount(text) == Decimal(value)


def test_kinds():
    assert values("€ 80.000 en 25% en 2,3 procent in 2023, 12 projecten") == [
        (80000, AMOUNT), (25, PERCENT), (Decimal("2.3"), PERCENT), (2023, YEAR), (12, NUMBER)]
    assert values("in de jaren 2022-2024") == [(2022, YEAR), (2024, YEAR)]
    assert values("van 2021 tot 2023 vloeit 8,5 miljoen terug")[-1] == (8500000, NUMBER)


def test_not_numbers():
    assert values("Zorgverbinder € 15.000 € - € 15.000") == [(15000, AMOUNT), (15000, AMOUNT)]
    assert values("Het kost € 80.000 [1] [12].") == [(80000, AMOUNT)]
    assert values("Wmo2015 en H3") == []


def test_corpus_rows():
    assert [v for v, _ in values("Totaal: €2.000.000 €280.000 €860.000 €860.000")] == [2000000, 280000, 860000, 860000]
    assert [v for v, _ in values("Totaal  €        247.000  €        187.000  €        434.000")] == [247000, 187000, 434000]
    assert values("ruim €2.000.000,= beschikbaar") == [(2000000, AMOUNT)]


def test_same_number():
    assert same_number("€ 15.000", "15000") and same_number("15.000", "€15,000")
    assert same_number("8,5 miljoen", "€ 8.500.000") and not same_number("€ 15.000", "€ 25.000")


ROW = "Opzetten herstelcentrum € 80.000 €  80.000 €  80.000"


def test_verify_supported_claims():
    assert verify_numbers("Het herstelcentrum krijgt € 80.000 per jaar [1].", [ROW]) == []
    assert verify_numbers("€80,000 in 2023", ["Onderdeel 2022 2023 2024\n" + ROW]) == []
    assert verify_numbers("Er vloeit 8,5 miljoen terug.", ["totaal 8.500.000 euro"]) == []
    assert verify_numbers("Er zijn 3 projecten.", ["geen getallen"]) == []  # small counts are not checked


def test_verify_reports_what_the_source_lacks():
    bad = verify_numbers("Het herstelcentrum krijgt € 25.000 [1].", ["Inschatting kosten: 2023: € 15.000"])
    assert [m.value for m in bad] == [25000]
    assert [m.kind for m in verify_numbers("Het stijgt met 15%.", ["€ 15"])] == [PERCENT]
    assert [m.value for m in verify_numbers("Van 2022 tot 2026.", ["looptijd 2022-2024"])] == [2026]
    assert verify_numbers("€ 80.000 en € 95.000", [ROW, "€ 95.000"]) == []
