"""Comparison latency per document (extractive and local) and budget extraction figures.

Prints, for a few topics over two documents and over all documents, the wall time of a whole comparison
and per document; then budget precision/recall against the hand-made lists (eval/budget/gold-*.yaml).
Usage: .venv/bin/python bench/compare.py [--home DIR] [--llm extractive,local] [--topics N]"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()

from assistant.compare import Comparer  # noqa: E402
from eval.budget import SETS, run  # noqa: E402
from ui.library import Library  # noqa: E402

TOPICS = ["uitstroom naar zelfstandig wonen", "herstelcentrum", "ervaringsdeskundigheid", "wachtlijsten",
          "samenwerking met woningcorporaties"]
PAIR = ["renkum-ambulantiseringsplan-beschermd-wonen-2022.pdf",
        "maashorst-lokale-ontwikkelagenda-beschermd-wonen-2022-2024.pdf"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path)
    ap.add_argument("--llm", default="extractive,local")
    ap.add_argument("--topics", type=int, default=len(TOPICS))
    args = ap.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="beleid-bench-compare-"))
    lib = Library(Settings(home=home, corpus=ROOT / "corpus"))
    if not lib.documents():
        lib.ingest()
    files = [r.meta.file for r in lib.documents()]
    for llm in args.llm.split(","):
        comparer = lib.comparer(llm)
        if comparer.chat is not None and hasattr(comparer.chat, "load"):
            comparer.chat.load()
        comparer.compare("opwarmen", PAIR[:1], ["doel"])
        for label, docs in (("2 documenten", PAIR), (f"{len(files)} documenten", files)):
            per_doc, filled, cells = [], 0, 0
            for topic in TOPICS[: args.topics]:
                t0 = time.perf_counter()
                cmp = comparer.compare(topic, docs)
                per_doc.append((time.perf_counter() - t0) / len(docs))
                filled += sum(c.mentioned for c in cmp.cells.values())
                cells += len(cmp.cells)
            print(f"compare {llm:10} {label:13} per document median {statistics.median(per_doc):.2f} s, "
                  f"max {max(per_doc):.2f} s; cells filled {filled}/{cells}")
    for name in SETS:
        s = run(name)
        print(f"budget {name:7} precision {s.precision:.3f} recall {s.recall:.3f} kind {s.kind_accuracy:.3f} "
              f"commitments P {s.commitment_precision:.3f} R {s.commitment_recall:.3f} ({s.extracted}/{s.gold})")


if __name__ == "__main__":
    main()
