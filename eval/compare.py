"""Comparisons against a hand-made set (eval/compare/gold.yaml, written from the PDFs alone): for every
(comparison, document, aspect) cell, whether the document mentions it and on which pages.

- filled precision: of the cells we fill, the share the document really states, cited on a right page;
- recall: of the cells the document states, the share we fill citing a right page;
- "niet genoemd" precision: of the cells we leave empty, the share the document indeed does not state.
Run: python -m eval.compare [--gold FILE] [--llm extractive|local] [-v]"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval/compare/gold.yaml"
FOLDERS = [ROOT / "corpus", ROOT / "eval/docs/a", ROOT / "eval/docs/b"]


def score(lib, comparer_for, gold: list[dict], verbose: bool = False) -> dict:
    folder_of = {p.name: p.parent for f in FOLDERS for p in f.glob("*.pdf")}
    per_aspect: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for comp in gold:
        folder = folder_of[comp["files"][0]]
        cmp = comparer_for(folder).compare(comp["topic"], comp["files"])
        pages = {c.n: c.page for c in cmp.citations}
        for cell in comp["cells"]:
            ours = cmp.cells[(cell["aspect"], cell["file"])]
            right = bool(set(pages[n] for n in ours.citations) & set(cell["pages"]))
            s = per_aspect[cell["aspect"]]
            s["cells"] += 1
            s["gold_mentioned"] += cell["mentioned"]
            s["filled"] += ours.mentioned
            s["filled_right"] += ours.mentioned and cell["mentioned"] and right
            s["empty"] += not ours.mentioned
            s["empty_right"] += not ours.mentioned and not cell["mentioned"]
            if verbose and (ours.mentioned != cell["mentioned"] or (ours.mentioned and not right)):
                print(f"  {comp['topic'][:30]:30} {cell['file'][:20]:20} {cell['aspect']:18} gold "
                      f"{cell['pages'] if cell['mentioned'] else '-'} ours {[pages[n] for n in ours.citations] or '-'}")
    total = defaultdict(int)
    for s in per_aspect.values():
        for k, v in s.items():
            total[k] += v

    def figures(s) -> dict:
        return {"cells": s["cells"], "filled_precision": round(s["filled_right"] / max(1, s["filled"]), 3),
                "recall": round(s["filled_right"] / max(1, s["gold_mentioned"]), 3),
                "empty_precision": round(s["empty_right"] / max(1, s["empty"]), 3)}

    return {"all": figures(total), **{a: figures(s) for a, s in sorted(per_aspect.items())}}


def main(argv: list[str]) -> None:
    from ui.settings import Settings, apply_offline_env

    apply_offline_env()
    import time

    from assistant.compare import Comparer
    from ui.library import Library

    llm = argv[argv.index("--llm") + 1] if "--llm" in argv else "extractive"
    lib = Library(Settings.from_env())
    chat = lib.chat_model(llm)
    libs = {}

    def comparer_for(folder: Path):
        if folder not in libs:
            sub = lib if folder == ROOT / "corpus" and lib.documents() else lib.for_corpus(folder)
            if not sub.documents():
                sub.ingest([folder])
            libs[folder] = Comparer(sub, chat)
        return libs[folder]

    gold = yaml.safe_load((GOLD if "--gold" not in argv else Path(argv[argv.index("--gold") + 1])).read_text(
        encoding="utf-8"))["comparisons"]
    t0 = time.perf_counter()
    result = score(lib, comparer_for, gold, "-v" in argv)
    for name, f in result.items():
        print(f"{llm:10} {name:18} cells {f['cells']:3}  filled precision {f['filled_precision']:.3f}  "
              f"recall {f['recall']:.3f}  'niet genoemd' precision {f['empty_precision']:.3f}")
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
