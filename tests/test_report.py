"""eval/report.py: report.json round-trips, report.html is self-contained, escaped and tolerant of gaps."""
from __future__ import annotations

import json

from eval.report import bar_chart, histogram, render_html, worst_items, write_report

DOC_A = "renkum-ambulantiseringsplan-beschermd-wonen-2022.pdf"
DOC_B = "maashorst-lokale-ontwikkelagenda-beschermd-wonen-2022-2024.pdf"


def item(i: int, correct: bool, faithful: bool = True, seconds: float | None = 1.0, **kw) -> dict:
    return {"id": f"q{i}", "kind": "fact", "question": f"Vraag {i}?", "answer": f"Antwoord {i}\ntweede regel [1]",
            "required": ["tien"], "correct": correct, "refused": False,
            "citations": [{"n": 1, "file": DOC_A, "page": 3}], "gold": [{"file": DOC_A, "pages": [1, 2]}],
            "seconds": seconds, "faithful": faithful, "unsupported": [], "ragas": None, **kw}


def synthetic() -> dict:
    worst = item(0, False, faithful=False, seconds=6.2, question="Hoeveel plekken <script>alert(1)</script>?",
                 unsupported=["€ 25.000"],
                 ragas={"faithfulness": 0.5, "verdicts": [
                     {"statement": "Er zijn tien plekken.", "verdict": 1, "reason": "Staat op pagina 3."},
                     {"statement": "Het kost € 25.000.", "verdict": 0,
                      "reason": "Bedrag komt niet in de context voor."}]})
    return {
        "date": "2026-11-30T12:00:00", "machine": "2 cores, no GPU", "questions": "eval/questions.yaml", "n": 4,
        "retrieval": {
            "bm25": {"recall@1": 0.8, "recall@5": 0.95, "recall@10": 1.0, "mrr": 0.87},
            "dense": {"recall@1": 0.7, "recall@5": 0.9, "recall@10": 0.97, "mrr": 0.8},
            "hybrid": {"recall@1": 0.85, "recall@5": 0.97, "recall@10": 1.0, "mrr": 0.9}},
        "backends": {
            "extractive": {
                "summary": {"answer_accuracy": 0.5, "citation_accuracy": 0.96, "citation_precision": None,
                            "refusal_accuracy": 0.9, "false_refusal_rate": 0.01, "bad_citations": 0,
                            "latency_median_s": 0.03, "latency_p95_s": 0.09, "ragas_faithfulness": None},
                "per_kind": {"fact": {"n": 3, "answer_accuracy": 0.67}, "refusal": {"n": 1, "answer_accuracy": 1.0}},
                "per_document": {DOC_A: {"n": 3, "answer_accuracy": 0.67}, DOC_B: {"n": 1, "answer_accuracy": 0.0}},
                "items": [item(1, True, seconds=0.02), worst, item(2, True, seconds=0.05),
                          item(3, True, faithful=False, seconds=None)]},
            "local:qwen2.5-coder-1.5b": {
                "summary": {"answer_accuracy": 0.75, "citation_accuracy": 0.9, "citation_precision": 0.8,
                            "citation_recall": 0.7, "faithfulness_numbers": 0.98, "ragas_faithfulness": 0.6,
                            "latency_median_s": 6.0, "latency_p95_s": 9.5},
                "per_kind": {"fact": {"n": 3, "answer_accuracy": 0.67}},
                "items": [item(4, True, seconds=5.0), item(5, False, seconds=9.5)]}},
        "ragas": {"judge": "local:qwen2.5-coder-1.5b (weak judge: see README)", "note": "Zwakke beoordelaar."},
    }


def test_write_report_files_and_html(tmp_path):
    report = synthetic()
    json_path, html_path = write_report(report, tmp_path / "out")
    assert json_path == tmp_path / "out" / "report.json" and html_path == tmp_path / "out" / "report.html"
    assert json.loads(json_path.read_text(encoding="utf-8")) == report
    assert "€ 25.000" in json_path.read_text(encoding="utf-8")  # ensure_ascii=False
    page = html_path.read_text(encoding="utf-8")
    # self-contained: no external references, no scripts at all
    assert "http://" not in page and "https://" not in page and 'src="http' not in page
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # retrieval + summary metrics + per-document + one latency histogram per backend
    assert page.count("<svg") == 5
    assert "Evaluatierapport" in page and "Antwoordnauwkeurigheid" in page and "answer_accuracy" in page
    assert "weak judge: see README" in page and "2 cores, no GPU" in page
    # worst item with its judge verdicts, citations as "file p. N", gold pages and unsupported numbers
    assert "Hoeveel plekken" in page
    assert "Bedrag komt niet in de context voor." in page and "Er zijn tien plekken." in page
    assert f"{DOC_A} p. 3" in page and f"{DOC_A} p. 1, 2" in page and "€ 25.000" in page
    assert "Antwoord 1\ntweede regel" not in page  # correct & faithful items are not listed as worst
    assert "Vergelijking van backends" in page
    assert "<b>0.75</b>" in page  # best answer_accuracy bold
    assert "<b>0.03</b>" in page  # lowest median latency bold


def test_minimal_report_renders(tmp_path):
    report = {"date": "2026-11-30", "n": 0, "backends": {"extractive": {"summary": {}, "items": []}}}
    page = render_html(report)
    assert "Evaluatierapport" in page and "extractive" in page
    assert "<svg" not in page and "Vergelijking van backends" not in page
    _, html_path = write_report(report, tmp_path / "min")
    assert html_path.read_text(encoding="utf-8") == page


def test_report_without_backends_or_date():
    page = render_html({"backends": {"x": None}, "retrieval": None, "ragas": None})
    assert "Evaluatierapport" in page


def test_worst_items_order_and_limit():
    items = [item(1, True, faithful=False), item(2, False), item(3, True)] + [item(i, False) for i in range(4, 20)]
    worst = worst_items(items)
    assert len(worst) == 10 and worst[0]["id"] == "q2" and "q1" not in [w["id"] for w in worst]
    assert [w["id"] for w in worst_items(items[:3])] == ["q2", "q1"]


def test_chart_helpers():
    labels, counts = histogram([0.0, 1.0, 2.0, 10.0])
    assert len(labels) == 10 and sum(counts) == 4 and counts[-1] == 1
    svg = bar_chart(["a<b", "c"], {"s1": [0.5, None], "s2": [1.0, 0.25]}, title="T&T", y_label="y")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "a&lt;b" in svg and "T&amp;T" in svg and "0.50" in svg and "–" in svg and "s2" in svg
