"""Turn an eval run's report dict into report.json plus one self-contained report.html.

The HTML needs nothing but a browser: inline CSS and inline SVG charts drawn by the small helpers below
(no matplotlib, no CDN, no JavaScript), so the file can be mailed, archived or opened offline. The report
dict comes from the eval runner; every optional key may be missing or None, so each section degrades to
a short "geen gegevens" line instead of failing. All text that came from the report (questions, answers,
judge reasons, file names) goes through html.escape, because answers are model output.
"""
from __future__ import annotations

import html
import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

# Summary metrics in display order, with Dutch labels; the key is always shown next to the label so
# numbers can be traced back to the runner's output.
METRICS: dict[str, str] = {
    "answer_accuracy": "Antwoordnauwkeurigheid",
    "citation_accuracy": "Citatienauwkeurigheid",
    "citation_precision": "Citatieprecisie",
    "citation_recall": "Citatiedekking",
    "refusal_accuracy": "Weigeringsnauwkeurigheid",
    "false_refusal_rate": "Onterechte weigeringen",
    "faithfulness_numbers": "Getrouwheid getallen",
    "wrong_leads": "Verkeerde leads (aantal)",
    "wrong_lead_rate": "Verkeerde leads",
    "ragas_faithfulness": "RAGAS-getrouwheid",
    "ragas_context_precision": "RAGAS-contextprecisie",
    "ragas_context_recall": "RAGAS-contextdekking",
    "bad_citations": "Ongeldige citaties",
    "latency_median_s": "Latentie mediaan (s)",
    "latency_p95_s": "Latentie p95 (s)",
}
# Metrics that are fractions in [0, 1] and so share one chart axis.
FRACTIONS = ["answer_accuracy", "citation_accuracy", "citation_precision", "citation_recall",
             "refusal_accuracy", "false_refusal_rate", "faithfulness_numbers", "ragas_faithfulness",
             "ragas_context_precision", "ragas_context_recall"]
# For these, lower is better (used to pick the bold "best" value in the comparison table).
LOWER_IS_BETTER = {"false_refusal_rate", "bad_citations", "latency_median_s", "latency_p95_s", "wrong_leads",
                   "wrong_lead_rate"}
PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948", "#9c755f"]
MISSING = "–"

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1100px;
 padding:0 1em;color:#222;line-height:1.4}
h1{margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.8em 0}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}
code{font-size:.85em;color:#555}.note{background:#fff8e1;border-left:4px solid #f0c040;padding:.5em 1em}
.item{border:1px solid #ddd;border-radius:4px;padding:.6em 1em;margin:1em 0}
pre.answer{white-space:pre-wrap;background:#f7f7f7;padding:.5em;margin:.3em 0}
.badge{display:inline-block;background:#e15759;color:#fff;border-radius:3px;padding:0 .4em;font-size:.8em;
 margin-left:.3em}svg{max-width:100%;height:auto;display:block;margin:.8em 0}
svg text{font-family:system-ui,sans-serif}dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em}
dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
"""


def esc(x: Any) -> str:
    return html.escape(str(x), quote=True)


def number(v: Any) -> float | None:
    """A finite number or None (bools, strings, NaN and missing values all count as "no value")."""
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return None
    return float(v)


def fmt(v: Any) -> str:
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, int):
        return str(v)
    n = number(v)
    return MISSING if n is None else f"{n:.2f}"


def label(key: str) -> str:
    """Dutch label plus the raw key, e.g. 'Antwoordnauwkeurigheid <code>answer_accuracy</code>'."""
    name = METRICS.get(key)
    return f"{esc(name)} <code>{esc(key)}</code>" if name else f"<code>{esc(key)}</code>"


def nice_max(v: float) -> float:
    """Round an axis maximum up to 1, 2 or 5 × 10^k so tick labels stay readable."""
    if v <= 0:
        return 1.0
    mag = 10 ** math.floor(math.log10(v))
    return next(m * mag for m in (1, 2, 5, 10) if m * mag >= v)


def bar_chart(groups: list[str], series: dict[str, list[float | None]], *, title: str = "",
              y_label: str = "", x_label: str = "", y_max: float | None = None,
              colors: dict[str, str] | None = None, value_fmt: str = "{:.2f}") -> str:
    """Grouped vertical bar chart as inline <svg>: one group per entry of `groups`, one bar per series.

    None values leave a gap labelled '–'. A legend is drawn when there is more than one series. Long group
    labels are rotated and truncated (the full text stays in a <title> tooltip)."""
    names = list(series)
    colors = colors or {}
    col = {s: colors.get(s, PALETTE[i % len(PALETTE)]) for i, s in enumerate(names)}
    vals = [number(v) for s in names for v in series[s]]
    top = y_max if y_max is not None else nice_max(max([v for v in vals if v is not None] or [0.0]) * 1.05)
    bar_w, gap = 22, 18
    group_w = max(1, len(names)) * bar_w + gap
    rotate = any(len(g) * 6.5 > group_w for g in groups)
    shown = [g if len(g) <= 40 else g[:39] + "…" for g in groups]
    bottom = 30 + (int(max((len(g) for g in shown), default=0) * 4.2) if rotate else 14)
    legend_w = int(max((len(s) for s in names), default=0) * 7 + 40) if len(names) > 1 else 0
    # rotated labels hang down-left from their group, so the first one needs room left of the axis
    left = max(60, int(len(shown[0]) * 5.4) - gap) if rotate and shown else 60
    head, plot_h = 36, 220
    plot_w = max(300, len(groups) * group_w)
    width, height = left + plot_w + 20 + legend_w, head + plot_h + bottom

    def y(v: float) -> float:  # data value -> pixel row
        return head + plot_h - plot_h * min(max(v, 0.0), top) / top  # clamp: bars never leave the plot

    out = [(f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{esc(title)}">'),
           (f'<text x="{width / 2:.0f}" y="20" text-anchor="middle" font-size="15" font-weight="bold">'
            f'{esc(title)}</text>')]
    for i in range(6):  # y ticks and grid lines
        t = top * i / 5
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#e5e5e5"/>'
                   f'<text x="{left - 6}" y="{y(t) + 4:.1f}" text-anchor="end" font-size="11">{t:.4g}</text>')
    out.append(f'<line x1="{left}" x2="{left}" y1="{head}" y2="{head + plot_h}" stroke="#333"/>'
               f'<line x1="{left}" x2="{left + plot_w}" y1="{head + plot_h}" y2="{head + plot_h}" stroke="#333"/>')
    offset = (plot_w - len(groups) * group_w) / 2  # centre the groups when the plot is wider than needed
    for gi, g in enumerate(groups):
        x0 = left + offset + gi * group_w + gap / 2
        for si, s in enumerate(names):
            v = number(series[s][gi]) if gi < len(series[s]) else None
            x = x0 + si * bar_w
            if v is None:
                out.append(f'<text x="{x + bar_w / 2:.1f}" y="{head + plot_h - 4}" text-anchor="middle" '
                           f'font-size="10" fill="#888">{MISSING}</text>')
                continue
            out.append(f'<rect x="{x:.1f}" y="{y(v):.1f}" width="{bar_w - 2}" height="{head + plot_h - y(v):.1f}" '
                       f'fill="{col[s]}"><title>{esc(s)} · {esc(g)}: {esc(value_fmt.format(v))}</title></rect>'
                       f'<text x="{x + bar_w / 2 - 1:.1f}" y="{y(v) - 3:.1f}" text-anchor="middle" '
                       f'font-size="9">{esc(value_fmt.format(v))}</text>')
        cx, ly = x0 + len(names) * bar_w / 2, head + plot_h + 14
        if rotate:
            out.append(f'<text x="{cx:.1f}" y="{ly}" text-anchor="end" font-size="11" '
                       f'transform="rotate(-35 {cx:.1f} {ly})"><title>{esc(g)}</title>{esc(shown[gi])}</text>')
        else:
            out.append(f'<text x="{cx:.1f}" y="{ly}" text-anchor="middle" font-size="11">{esc(g)}</text>')
    out.append(f'<text x="{left - 44}" y="{head + plot_h / 2:.0f}" text-anchor="middle" font-size="12" '
               f'transform="rotate(-90 {left - 44} {head + plot_h / 2:.0f})">{esc(y_label)}</text>'
               f'<text x="{left + plot_w / 2:.0f}" y="{height - 6}" text-anchor="middle" font-size="12">'
               f'{esc(x_label)}</text>')
    if len(names) > 1:
        lx = left + plot_w + 20
        for si, s in enumerate(names):
            ly = head + 4 + si * 18
            out.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{col[s]}"/>'
                       f'<text x="{lx + 18}" y="{ly + 10}" font-size="12">{esc(s)}</text>')
    out.append("</svg>")
    return "".join(out)


def histogram(values: list[float], bins: int = 10) -> tuple[list[str], list[float]]:
    """Equal-width bins from 0 to the maximum; returns bin labels ("0.5–1.0") and counts."""
    hi = max(values, default=0.0)
    width = hi / bins if hi > 0 else 1.0
    counts = [0.0] * bins
    for v in values:
        counts[min(bins - 1, int(v / width))] += 1
    return [f"{i * width:.2g}–{(i + 1) * width:.2g}" for i in range(bins)], counts


def table(head: list[str], rows: list[list[str]]) -> str:
    """Cells are already-escaped HTML; cells that look numeric are right-aligned."""
    def cell(c: str) -> str:
        plain = c.replace("<b>", "").replace("</b>", "")
        numeric = plain == MISSING or plain.replace(".", "", 1).replace("-", "", 1).isdigit()
        return f'<td class="num">{c}</td>' if numeric else f"<td>{c}</td>"
    header = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>" if head else ""
    return ("<table>" + header + "".join("<tr>" + "".join(cell(c) for c in r) + "</tr>" for r in rows) + "</table>")


def section_header(report: dict) -> str:
    date = report.get("date")
    try:  # show a readable Dutch-style date when it is ISO, else the raw value
        date = datetime.fromisoformat(str(date)).strftime("%d-%m-%Y %H:%M") if date else None
    except ValueError:
        pass
    meta = [("Datum", date), ("Machine", report.get("machine")), ("Vragenbestand", report.get("questions")),
            ("Aantal vragen (n)", report.get("n")), ("Backends", ", ".join(report.get("backends") or {}) or None)]
    out = ["<h1>Evaluatierapport</h1>", '<dl class="meta">']
    out += [f"<dt>{esc(k)}</dt><dd>{esc(MISSING if v is None else v)}</dd>" for k, v in meta]
    out.append("</dl>")
    ragas = report.get("ragas") or {}
    if ragas.get("judge") or ragas.get("note"):
        out.append('<div class="note"><b>RAGAS-beoordelaar:</b> ' + esc(ragas.get("judge") or MISSING)
                   + (f"<br>{esc(ragas['note'])}" if ragas.get("note") else "") + "</div>")
    return "".join(out)


def section_retrieval(report: dict) -> str:
    legs = {k: v for k, v in (report.get("retrieval") or {}).items() if isinstance(v, dict)}
    if not legs:
        return ""
    keys = list(dict.fromkeys(k for v in legs.values() for k in v))
    rows = [[esc(leg)] + [fmt(v.get(k)) for k in keys] for leg, v in legs.items()]
    chart = bar_chart(keys, {leg: [v.get(k) for k in keys] for leg, v in legs.items()},
                      title="Retrieval per zoekmethode", y_label="score", x_label="metriek", y_max=1.0)
    return ("<h2>Retrieval</h2>" + table(["Zoekmethode"] + [f"<code>{esc(k)}</code>" for k in keys], rows)
            + chart)


def summaries_and_keys(backends: dict) -> tuple[dict[str, dict], list[str]]:
    """Each backend's summary, and the metric keys any of them has: known ones in display order, then
    unknown extras (still shown)."""
    summaries = {b: (v.get("summary") or {}) for b, v in backends.items()}
    keys = [k for k in METRICS if any(k in s for s in summaries.values())]
    return summaries, keys + sorted({k for s in summaries.values() for k in s} - set(keys))


def section_metrics(backends: dict, colors: dict[str, str]) -> str:
    summaries, keys = summaries_and_keys(backends)
    frac = [k for k in FRACTIONS if any(number(s.get(k)) is not None for s in summaries.values())]
    out = ["<h2>Metrieken per backend</h2>"]
    if frac:
        out.append(bar_chart([METRICS[k] for k in frac], {b: [s.get(k) for k in frac] for b, s in summaries.items()},
                             title="Samenvattende metrieken (fracties)", y_label="fractie", y_max=1.0,
                             colors=colors))
    if keys:
        out.append(table(["Backend"] + [label(k) for k in keys],
                         [[esc(b)] + [fmt(s.get(k)) for k in keys] for b, s in summaries.items()]))
    else:
        out.append("<p>Geen samenvattende metrieken.</p>")
    return "".join(out)


def section_per_document(backends: dict, colors: dict[str, str]) -> str:
    per = {b: (v.get("per_document") or {}) for b, v in backends.items()}
    docs = list(dict.fromkeys(d for p in per.values() for d in p))
    out = ["<h2>Antwoordnauwkeurigheid per document <code>per_document.answer_accuracy</code></h2>"]
    if not docs:
        return out[0] + "<p>Geen gegevens per document.</p>"
    series = {b: [(p.get(d) or {}).get("answer_accuracy") for d in docs] for b, p in per.items() if p}
    out.append(bar_chart(docs, series, title="Antwoordnauwkeurigheid per document", y_label="fractie",
                         y_max=1.0, colors=colors))
    return "".join(out)


def section_per_kind(backends: dict) -> str:
    per = {b: (v.get("per_kind") or {}) for b, v in backends.items()}
    kinds = list(dict.fromkeys(k for p in per.values() for k in p))
    head = "<h2>Antwoordnauwkeurigheid per vraagsoort <code>per_kind.answer_accuracy</code></h2>"
    if not kinds:
        return head + "<p>Geen gegevens per vraagsoort.</p>"

    def cell(d: dict | None) -> str:
        return MISSING if not d else f"{fmt(d.get('answer_accuracy'))} (n={esc(d.get('n', MISSING))})"
    return head + table(["Soort"] + [esc(b) for b in per], [[esc(k)] + [cell(p.get(k)) for p in per.values()]
                                                             for k in kinds])


def section_latency(backends: dict, colors: dict[str, str]) -> str:
    out = ["<h2>Latentie per backend <code>items[].seconds</code></h2>"]
    for b, v in backends.items():
        secs = [s for s in (number(i.get("seconds")) for i in v.get("items") or []) if s is not None and s >= 0]
        if not secs:
            out.append(f"<p>{esc(b)}: geen latentiegegevens.</p>")
            continue
        labels, counts = histogram(secs)
        out.append(bar_chart(labels, {b: counts}, title=f"Latentie {b} (n={len(secs)})", y_label="aantal items",
                             x_label="antwoordtijd (seconden)", colors=colors, value_fmt="{:.0f}"))
    return "".join(out)


def worst_items(items: list[dict], limit: int = 10) -> list[dict]:
    """Wrong answers first, then answers that are right but unfaithful; the runner's order within each."""
    wrong = [i for i in items if i.get("correct") is False]
    unfaithful = [i for i in items if i.get("correct") is not False and i.get("faithful") is False]
    return (wrong + unfaithful)[:limit]


def render_item(item: dict) -> str:
    badges = [t for t, on in (("fout", item.get("correct") is False), ("niet getrouw", item.get("faithful") is False),
                              ("geweigerd", item.get("refused") is True)) if on]
    cites = ", ".join(f"[{c.get('n', '?')}] {c.get('file', '?')} p. {c.get('page', '?')}"
                      for c in item.get("citations") or [])
    gold = "; ".join(f"{g.get('file', '?')} p. {', '.join(str(p) for p in g.get('pages') or [])}"
                     for g in item.get("gold") or [])
    rows = [("Vereist", ", ".join(str(r) for r in item.get("required") or [])), ("Citaties", cites),
            ("Goudpagina's", gold), ("Seconden", fmt(item.get("seconds"))),
            ("Niet onderbouwd", ", ".join(str(u) for u in item.get("unsupported") or []))]
    out = [f'<div class="item"><b>{esc(item.get("id", "?"))}</b> <code>{esc(item.get("kind", ""))}</code>'
           + "".join(f'<span class="badge">{esc(t)}</span>' for t in badges),
           f"<p><b>Vraag:</b> {esc(item.get('question', ''))}</p>",
           f'<b>Antwoord:</b><pre class="answer">{esc(item.get("answer") or "")}</pre>',
           table([], [[esc(k), esc(v or MISSING)] for k, v in rows])]
    ragas = item.get("ragas") or {}
    if ragas.get("verdicts"):
        out.append("<p><b>Oordelen van de RAGAS-beoordelaar</b> "
                   f"(faithfulness = {fmt(ragas.get('faithfulness'))}, context precision = "
                   f"{fmt(ragas.get('context_precision'))}, context recall = {fmt(ragas.get('context_recall'))}):</p>")
        out.append(table(["Bewering", "Oordeel", "Reden"],
                         [[esc(v.get("statement", "")), esc(v.get("verdict", MISSING)), esc(v.get("reason", ""))]
                          for v in ragas["verdicts"] if isinstance(v, dict)]))
    out.append("</div>")
    return "".join(out)


def section_worst(backends: dict) -> str:
    out = ["<h2>Slechtste items</h2>"]
    for b, v in backends.items():
        worst = worst_items(v.get("items") or [])
        out.append(f"<h3>{esc(b)}</h3>")
        out.append("".join(render_item(i) for i in worst) if worst else "<p>Geen foute of ongetrouwe items.</p>")
    return "".join(out)


def section_compare(backends: dict) -> str:
    if len(backends) < 2:
        return ""
    summaries, keys = summaries_and_keys(backends)
    rows = []
    for k in keys:
        vals = [number(s.get(k)) for s in summaries.values()]
        present = [v for v in vals if v is not None]
        best = (min if k in LOWER_IS_BETTER else max)(present) if len(present) > 1 else None
        rows.append([label(k)] + [f"<b>{fmt(s.get(k))}</b>" if best is not None and v == best else fmt(s.get(k))
                                  for v, s in zip(vals, summaries.values())])
    return ("<h2>Vergelijking van backends</h2><p>Beste waarde per metriek vet (lager is beter voor "
            + ", ".join(f"<code>{esc(k)}</code>" for k in sorted(LOWER_IS_BETTER)) + ").</p>"
            + table(["Metriek"] + [esc(b) for b in summaries], rows))


SET_METRICS = ["answer_accuracy", "citation_accuracy", "refusal_accuracy", "false_refusal_rate", "wrong_leads",
               "faithfulness_numbers", "latency_median_s"]


def section_sets(report: dict) -> str:
    """Every question set side by side (the dev set beside unseen ones): its figures and accuracy per kind."""
    sets = report.get("sets") or {}
    rows, kind_rows = [], []
    kinds = list(dict.fromkeys(k for e in sets.values() for b in (e.get("backends") or {}).values()
                               for k in (b.get("per_kind") or {})))
    for name, entry in sets.items():
        for backend, b in (entry.get("backends") or {}).items():
            summary, per_kind = b.get("summary") or {}, b.get("per_kind") or {}
            head = [esc(name), esc(backend), esc(entry.get("n", MISSING))]
            rows.append(head + [fmt(summary.get(k)) for k in SET_METRICS])
            kind_rows.append(head[:2] + [MISSING if k not in per_kind else
                                         f"{fmt(per_kind[k].get('answer_accuracy'))} (n={esc(per_kind[k].get('n'))})"
                                         for k in kinds])
    if len(rows) < 2:
        return ""
    return ("<h2>Vragensets naast elkaar</h2><p>De devset is gebruikt om af te stemmen; de ongeziene sets niet.</p>"
            + table(["Set", "Backend", "n"] + [label(k) for k in SET_METRICS], rows)
            + table(["Set", "Backend"] + [esc(k) for k in kinds], kind_rows))


def render_html(report: dict) -> str:
    backends = {b: (v or {}) for b, v in (report.get("backends") or {}).items()}
    # one fixed colour per backend so it is the same backend in every chart
    colors = {b: PALETTE[i % len(PALETTE)] for i, b in enumerate(backends)}
    body = [section_header(report), section_sets(report), section_retrieval(report), section_metrics(backends, colors),
            section_per_document(backends, colors), section_per_kind(backends), section_latency(backends, colors),
            section_worst(backends), section_compare(backends)]
    return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Evaluatierapport beleid</title>'
            f"<style>{CSS}</style></head><body>\n" + "\n".join(s for s in body if s) + "\n</body></html>\n")


def write_report(report: dict, out_dir: Path) -> tuple[Path, Path]:
    """Writes out_dir/report.json (the dict, ensure_ascii=False, indent=1) and a self-contained
    out_dir/report.html; creates out_dir; returns both paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, html_path = out_dir / "report.json", out_dir / "report.html"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    html_path.write_text(render_html(report), encoding="utf-8")
    return json_path, html_path
