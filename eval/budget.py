"""Budget extraction against hand-made lists (eval/budget/gold-*.yaml, written from the PDFs alone):
precision and recall of the extracted lines, and how often a matched line has the right kind.

A line matches a gold line of the same document, page, amount and year (a period as "2022-2023"); each
gold line is matched once. Run: python -m eval.budget [GOLD.yaml PDF-FOLDER ...]"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

from ingest.model import BudgetLine
from ingest.pdf import read_document

ROOT = Path(__file__).resolve().parent.parent
SETS = {"corpus": (ROOT / "eval/budget/gold-corpus.yaml", [ROOT / "corpus"]),
        "docs": (ROOT / "eval/budget/gold-docs.yaml", [ROOT / "eval/docs/a", ROOT / "eval/docs/b"]),
        "c": (ROOT / "eval/budget/gold-c.yaml", [ROOT / "eval/docs/c"]),
        "unseen-d": (ROOT / "eval/budget/gold-d.yaml", [ROOT / "eval/docs/d"])}


@dataclass(frozen=True)
class BudgetScore:
    precision: float
    recall: float
    kind_accuracy: float  # among matched lines
    commitment_precision: float  # extracted commitments that match a gold commitment
    commitment_recall: float
    extracted: int
    gold: int
    missed: tuple[str, ...]
    extra: tuple[str, ...]


def _key(file: str, page: int, amount, year: str) -> tuple:
    return file, int(page), Decimal(str(amount)), str(year or "").replace("–", "-").replace(" ", "")


def score(lines: list[BudgetLine], gold: list[dict]) -> BudgetScore:
    pool: dict[tuple, list[dict]] = {}
    for g in gold:
        pool.setdefault(_key(g["file"], g["page"], g["amount"], g["year"]), []).append(g)
    matched, kinds, extra = [], 0, []
    for line in lines:
        key = _key(line.file, line.page, line.amount, line.year)
        if pool.get(key):
            g = pool[key].pop(0)
            matched.append((line, g))
            kinds += g["kind"] == line.kind
        else:
            extra.append(f"{line.file[:24]} p.{line.page} {line.item[:30]} {line.amount} {line.year} {line.kind}")
    missed = [f"{g['file'][:24]} p.{g['page']} {str(g['item'])[:30]} {g['amount']} {g['year']} {g['kind']}"
              for gs in pool.values() for g in gs]
    ok_commit = sum(1 for line, g in matched if line.kind == g["kind"] == "commitment")
    n_commit = sum(1 for line in lines if line.kind == "commitment")
    g_commit = sum(1 for g in gold if g["kind"] == "commitment")
    return BudgetScore(len(matched) / max(1, len(lines)), len(matched) / max(1, len(gold)), kinds / max(1, len(matched)),
                       ok_commit / max(1, n_commit), ok_commit / max(1, g_commit), len(lines), len(gold),
                       tuple(missed), tuple(extra))


def extract(folders: list[Path]) -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for folder in folders:
        for pdf in sorted(folder.glob("*.pdf")):
            lines += read_document(pdf).budget
    return lines


def run(name: str) -> BudgetScore:
    gold_path, folders = SETS[name]
    return score(extract(folders), yaml.safe_load(gold_path.read_text(encoding="utf-8"))["lines"])


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    for name in [a for a in argv if a in SETS] or list(SETS):
        s = run(name)
        print(f"{name:7} precision {s.precision:.3f}  recall {s.recall:.3f}  kind {s.kind_accuracy:.3f}  "
              f"commitments P {s.commitment_precision:.3f} R {s.commitment_recall:.3f}  "
              f"({s.extracted} extracted, {s.gold} gold)")
        if verbose:
            for m in s.missed:
                print("  missed", m)
            for e in s.extra:
                print("  extra ", e)
            print("  ", Counter(e.split()[-1] for e in s.extra))


if __name__ == "__main__":
    main(sys.argv[1:])
