"""The `beleid` command: a thin click layer over ui.library.Library."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ui.settings import Settings, apply_offline_env


def _library():
    apply_offline_env()
    from ui.library import Library

    return Library(Settings.from_env())


def _progress_factory(unit: str = "chunk"):
    from tqdm import tqdm

    def make(total: int, desc: str):
        bar = tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True)

        def tick(n: int) -> None:
            bar.update(n)
            if bar.n >= bar.total:
                bar.close()
        return tick
    return make


class BeleidGroup(click.Group):
    """Turns our typed errors into one line on stderr and exit code 1 (click keeps 2 for usage)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("afgebroken", err=True)
            sys.exit(130)
        except Exception as exc:  # one line, never a traceback, for anything we did not foresee
            click.echo(f"fout: {exc}", err=True)
            sys.exit(1)


@click.group(cls=BeleidGroup)
def main() -> None:
    """beleid — zoeken en vragen in beleidsdocumenten (PDF), met bron en pagina bij elk antwoord."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--prune", is_flag=True, help="Verwijder documenten waarvan het bestand weg is.")
@click.option("--rebuild", is_flag=True, help="Gooi de hele index weg en bouw hem opnieuw op.")
@click.option("--json", "as_json", is_flag=True, help="Resultaat per bestand als JSON.")
def ingest(paths: tuple[Path, ...], prune: bool, rebuild: bool, as_json: bool) -> None:
    """Lees PDF's in (standaard: BELEID_CORPUS of corpus/) en indexeer ze."""
    lib = _library()
    if rebuild:
        lib.rebuild()
    report = lib.ingest(list(paths) or None, prune=prune, progress=None if as_json else _progress_factory())
    if as_json:
        click.echo(json.dumps([r.__dict__ for r in report.results], ensure_ascii=False, indent=1))
    else:
        for r in report.results:
            detail = r.reason or (f"{r.pages} pagina's, {r.chunks} passages" if r.chunks else "")
            click.echo(f"{r.status:12} {r.file}{'  — ' + detail if detail else ''}")
        counts = {s: sum(r.status == s for r in report.results) for s in {r.status for r in report.results}}
        click.echo("samenvatting: " + (", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "geen PDF's"))
        for r in report.failed:
            click.echo(f"mislukt: {r.file}: {r.reason}", err=True)
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("query")
@click.option("-k", "k", default=8, show_default=True, help="Aantal passages.")
@click.option("--doc", "docs", multiple=True, help="Alleen in dit document (bestandsnaam); herhaalbaar.")
@click.option("--year", type=int, help="Alleen documenten van dit jaar.")
@click.option("--region", help="Alleen documenten van deze regio/gemeente.")
@click.option("--mode", type=click.Choice(["hybrid", "bm25", "dense"]), default="hybrid", show_default=True)
@click.option("--per-doc", type=int, help="De beste N passages van elk document.")
@click.option("--json", "as_json", is_flag=True)
def search(query: str, k: int, docs: tuple[str, ...], year: int | None, region: str | None, mode: str,
           per_doc: int | None, as_json: bool) -> None:
    """Hybride zoeken (BM25 + betekenis): passages met document en pagina."""
    from index.search import SearchFilter

    lib = _library()
    filt = SearchFilter(tuple(Path(d).name for d in docs), year, region)
    hits = lib.search(query, k, filt, mode, per_doc)
    if as_json:
        click.echo(json.dumps([h.to_json(i) for i, h in enumerate(hits, 1)], ensure_ascii=False, indent=1))
        return
    if not hits:
        click.echo("Geen passages gevonden.")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=True, expand=True)
    for name, kw in (("#", {"width": 3}), ("document", {"ratio": 2}), ("p.", {"width": 4}), ("passage", {"ratio": 5})):
        table.add_column(name, overflow="fold", **kw)
    for i, h in enumerate(hits, 1):
        c = h.chunk
        snippet = " ".join(c.text.split())
        where = c.file + (f"\n{' > '.join(c.section)}" if c.section else "") + ("\n(tabel)" if c.kind == "table" else "")
        table.add_row(str(i), where, str(c.page), snippet[:400] + ("…" if len(snippet) > 400 else ""))
    Console(width=None if sys.stdout.isatty() else 140).print(table)


def _indexed(lib, docs: tuple[str, ...]) -> list[str]:
    """The file names of `--doc` arguments (paths allowed); a usage error names those not indexed."""
    files = [Path(d).name for d in docs]
    unknown = lib.unknown(files)
    if unknown:
        raise click.UsageError(f"{', '.join(unknown)} staat niet in de index (zie beleid docs)")
    return files


def _year(value: str | None) -> str | None:
    if value is not None and not (len(value) == 4 and value.isdigit()):
        raise click.BadParameter(f"{value!r} is geen jaartal (bijv. 2023)", param_hint="--year")
    return value


def _print_sources(citations, title: str) -> None:
    if not citations:
        return
    click.echo(click.style(f"\n{title}:", bold=True))
    for c in citations:
        snippet = " ".join(c.text.split())
        click.echo(f"  [{c.n}] {c.title} — {c.file}, p. {c.page}")
        click.echo(click.style(f"      {snippet[:220]}{'…' if len(snippet) > 220 else ''}", dim=True))


def _assistant(llm: str | None, in_process: bool):
    """A running `beleid serve` at BELEID_URL when one answers (its models are warm), else in-process."""
    apply_offline_env()
    settings = Settings.from_env()
    if not in_process:
        from ui.client import RemoteAssistant

        remote = RemoteAssistant(settings.url, settings.token, llm)
        if remote.ready():
            click.echo(f"(via beleid serve op {settings.url}; --local om zonder server te werken)", err=True)
            return remote
    return _library().assistant(llm)


def _answer_turn(assistant, question: str, history: list[dict], docs: tuple[str, ...]):
    """Streams one turn to the terminal: the cited quotes at once, then the model's checked wording."""
    answer, shown = None, False
    for event in assistant.stream(question, history, docs):
        if event.kind == "evidence":
            click.echo(event.text)
            shown = True
        elif event.kind == "text":
            click.echo("\n" + click.style(event.text, bold=True))
        elif event.kind == "answer":
            answer = event.answer
    nl = answer.language == "nl"
    if answer.refused or not shown:
        click.echo(answer.answer)
    if answer.refused:
        _print_sources(answer.see_also, "Zie ook" if nl else "See also")
    else:
        _print_sources(answer.citations, "Bronnen" if nl else "Sources")
    return answer


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Eén JSON-object op stdout.")
@click.option("--history", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON-lijst van eerdere beurten [{role, content}].")
@click.option("--doc", "docs", multiple=True, help="Alleen in dit document; herhaalbaar.")
@click.option("--llm", type=click.Choice(["local", "openai", "extractive"]), help="Standaard: BELEID_LLM.")
@click.option("--local", "in_process", is_flag=True, help="Niet via een draaiende beleid serve (BELEID_URL).")
def ask(question: str, as_json: bool, history: Path | None, docs: tuple[str, ...], llm: str | None,
        in_process: bool) -> None:
    """Stel een vraag; het antwoord noemt bij elke bewering document en pagina."""
    turns = json.loads(history.read_text(encoding="utf-8")) if history else []
    if not isinstance(turns, list) or not all(isinstance(t, dict) and "role" in t and "content" in t for t in turns):
        raise click.UsageError("--history moet een JSON-lijst zijn van {\"role\": ..., \"content\": ...}")
    assistant = _assistant(llm, in_process)
    files = tuple(Path(d).name for d in docs)
    if as_json:
        answer = assistant.ask(question, turns, files)
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
        return
    _answer_turn(assistant, question, turns, files)


@main.command()
@click.option("--llm", type=click.Choice(["local", "openai", "extractive"]), help="Standaard: BELEID_LLM.")
@click.option("--local", "in_process", is_flag=True, help="Niet via een draaiende beleid serve (BELEID_URL).")
def chat(llm: str | None, in_process: bool) -> None:
    """Gesprek in de terminal: vragen, vervolgvragen, /bronnen, /reset, /exit."""
    assistant = _assistant(llm, in_process)
    history: list[dict] = []
    last = None
    interactive = sys.stdin.isatty()
    if interactive:
        click.echo("beleid chat — stel een vraag over de documenten. /bronnen, /reset, /exit")
    while True:
        try:
            line = input("\nvraag> " if interactive else "")
        except EOFError:
            break
        q = line.strip()
        if not q:
            continue
        if q in ("/exit", "/quit", "/stop"):
            break
        if q == "/reset":
            history, last = [], None
            click.echo("Gesprek gewist.")
            continue
        if q == "/bronnen":
            if last is None:
                click.echo("Nog geen antwoord.")
            else:
                _print_sources(last.citations or last.see_also, "Bronnen")
            continue
        last = _answer_turn(assistant, q, history, ())
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": last.answer}]


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Buiten loopback alleen met BELEID_TOKEN.")
@click.option("--port", default=7860, show_default=True, type=int)
@click.option("--llm", type=click.Choice(["local", "openai", "extractive"]), help="Standaard: BELEID_LLM.")
def serve(host: str, port: int, llm: str | None) -> None:
    """Web-app en HTTP-API (standaard http://127.0.0.1:7860); modellen blijven warm."""
    from ui.api import is_loopback, run

    lib = _library()
    token = lib.settings.token
    if not is_loopback(host) and not token:
        raise click.UsageError(f"--host {host} is bereikbaar buiten deze computer: zet eerst BELEID_TOKEN "
                               "(het toegangstoken voor de API en de aanmelding in de web-app)")
    click.echo(f"beleid serve: http://{host if ':' not in host else f'[{host}]'}:{port}/  "
               f"(API-documentatie: /docs; modellen laden op de achtergrond, /healthz zegt wanneer klaar)")
    run(lib, host, port, llm, token)


@main.command()
@click.option("--json", "as_json", is_flag=True)
def docs(as_json: bool) -> None:
    """Toon de geïndexeerde documenten."""
    rows = _library().documents()
    if as_json:
        click.echo(json.dumps([{**r.meta.__dict__, "municipalities": list(r.meta.municipalities), "state": r.state,
                                "path": r.path} for r in rows], ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("Nog geen documenten. Begin met: beleid ingest")
    for r in rows:
        m = r.meta
        flag = "" if r.state == "ready" else f"  [{r.state}: nog niet volledig ingebed, draai beleid ingest]"
        click.echo(f"{m.file}\n    {m.title} — {m.organisation}, {m.year or '?'}, {m.pages} p.{flag}")


@main.command()
@click.argument("file")
def remove(file: str) -> None:
    """Verwijder een document uit de index."""
    if not _library().remove(file):
        click.echo(f"fout: {Path(file).name} staat niet in de index (zie beleid docs)", err=True)
        sys.exit(1)
    click.echo(f"verwijderd: {Path(file).name}")


@main.command()
@click.argument("topic")
@click.option("--doc", "docs", multiple=True, help="Te vergelijken document (bestandsnaam); herhaalbaar. Standaard: alle.")
@click.option("--aspects", help="Rijen, komma-gescheiden (standaard: doel,concrete afspraken,budget,partners,planning).")
@click.option("--llm", type=click.Choice(["local", "openai", "extractive"]), help="Standaard: BELEID_LLM.")
@click.option("--json", "as_json", is_flag=True, help="Als JSON op stdout.")
@click.option("--markdown", is_flag=True, help="Als Markdown-tabel op stdout.")
def compare(topic: str, docs: tuple[str, ...], aspects: str | None, llm: str | None, as_json: bool,
            markdown: bool) -> None:
    """Vergelijk documenten naast elkaar over een onderwerp: per aspect een cel met bron, of "niet genoemd"."""
    from assistant.compare import DEFAULT_ASPECTS

    lib = _library()
    files = _indexed(lib, docs)
    if not topic.strip():
        raise click.UsageError("geef een onderwerp, bijv. beleid compare \"uitstroom naar zelfstandig wonen\"")
    cmp = lib.comparer(llm).compare(topic, files, aspects.split(",") if aspects else DEFAULT_ASPECTS)
    if as_json:
        click.echo(json.dumps(cmp.to_json(), ensure_ascii=False, indent=1))
        return
    if markdown:
        click.echo(cmp.to_markdown())
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=topic, show_lines=True, expand=True)
    table.add_column("aspect", width=12)
    for f in cmp.files:
        table.add_column(cmp.titles[f], ratio=1, overflow="fold")
    for a in cmp.aspects:
        table.add_row(a, *[cmp.cells[(a, f)].text for f in cmp.files])
    Console(width=None if sys.stdout.isatty() else 160).print(table)
    _print_sources(cmp.citations, "Bronnen")


@main.command()
@click.option("--doc", "docs", multiple=True, help="Alleen dit document (bestandsnaam); herhaalbaar.")
@click.option("--year", callback=lambda ctx, param, v: _year(v),
              help="Alleen dit jaar (bijv. 2023; een periode telt niet als jaar).")
@click.option("--kind", type=click.Choice(["commitment", "total", "context"]),
              help="commitment: het eigen geld van het plan; total: totaalregels; context: landelijke of eerdere bedragen.")
@click.option("--csv", "as_csv", is_flag=True, help="Als CSV op stdout.")
@click.option("--json", "as_json", is_flag=True, help="Als JSON op stdout.")
def budget(docs: tuple[str, ...], year: str | None, kind: str | None, as_csv: bool, as_json: bool) -> None:
    """Begrotingsafspraken uit de documenten: post, bedrag, jaar, soort, controle van totalen, pagina."""
    from ingest.budget import amount_text, euro, notes, sums, to_csv, to_json

    lib = _library()
    lines = lib.budget(_indexed(lib, docs), year, kind)
    if as_csv:
        click.echo(to_csv(lines), nl=False)
        return
    if as_json:
        click.echo(json.dumps(to_json(lines), ensure_ascii=False, indent=1))
        return
    if not lines:
        click.echo("Geen bedragen gevonden" + (" met deze filters." if docs or year or kind else "."))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 160)
    titles = {r.meta.file: r.meta.title for r in lib.documents()}
    kinds = {"commitment": "afspraak", "total": "totaal", "context": "context"}
    foot = sums(lines)
    for file in dict.fromkeys(l.file for l in lines):
        table = Table(title=f"{titles.get(file) or file}\n{file}", expand=True, title_justify="left")
        for name, kw in (("p.", {"width": 4}), ("post", {"ratio": 3}), ("jaar", {"width": 9}),
                         ("bedrag", {"justify": "right", "width": 14}), ("soort", {"width": 9}),
                         ("controle / status", {"ratio": 2})):
            table.add_column(name, overflow="fold", **kw)
        for l in (l for l in lines if l.file == file):
            shown = "; ".join(x for x in (notes(l), l.party) if x)
            table.add_row(str(l.page), l.item, l.year or "–", amount_text(l), kinds.get(l.kind, l.kind), shown)
        console.print(table)
        rows = [(y, v, n) for f, y, v, n in foot if f == file]
        if rows:
            click.echo("  afspraken per jaar (herhalingen en totaalregels niet meegeteld): "
                       + "; ".join(f"{y or 'geen jaar'} {euro(v)}" for y, v, n in rows))
        click.echo()


@main.command("eval")
@click.option("--quick", is_flag=True, help="Ongeveer 10 vragen, zonder ragas: de CI-drempel (eval/quick.toml).")
@click.option("--ragas", is_flag=True, help="Ook ragas-faithfulness met ons eigen beoordelingsmodel (traag).")
@click.option("--llm", "llms", multiple=True, type=click.Choice(["local", "openai", "extractive"]),
              help="Te meten backend(s); standaard extractive en local (en openai als BELEID_LLM_URL gezet is).")
@click.option("--questions", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Vragenset(s), naast elkaar gerapporteerd (formaat: eval/questions.yaml); herhaalbaar.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Map voor report.json en report.html.")
def eval_cmd(quick: bool, ragas: bool, llms: tuple[str, ...], questions: tuple[Path, ...], out: Path | None) -> None:
    """Meet retrieval, antwoorden, bronvermelding, weigeringen en betrouwbaarheid; schrijft een rapport."""
    from eval.questions import DEFAULT_QUESTIONS
    from eval.report import write_report
    from eval.run import EvalOptions, gate_failures, run_eval

    lib = _library()
    backends = llms or ("extractive", "local") + (("openai",) if lib.settings.llm_url else ())
    opts = EvalOptions(questions=questions or (DEFAULT_QUESTIONS,), backends=backends, quick=quick, ragas=ragas)
    report = run_eval(lib, opts, progress=_progress_factory("vraag"))
    json_path, html_path = write_report(report, out or lib.settings.home / "eval")
    rows = [(f"{name} · {set_name}", b["summary"]) for set_name, entry in report["sets"].items()
            for name, b in entry["backends"].items()]
    if len(report["sets"]) > 1:
        rows += [(f"{name} · alles", b["summary"]) for name, b in report["backends"].items()]
    for label, s in rows:
        click.echo(f"{label:34} antwoorden {s['answer_accuracy']}  bronnen {s['citation_accuracy']}  "
                   f"weigeringen {s['refusal_accuracy']}  onterecht geweigerd {s['false_refusal_rate']}  "
                   f"verkeerde lead {s['wrong_leads']}  betrouwbaar {s['faithfulness_numbers']}  "
                   f"mediaan {s['latency_median_s']} s")
    click.echo(f"rapport: {html_path}\n        {json_path}")
    failures = gate_failures(report) if quick and not questions else []
    for f in failures:
        click.echo(f"onder de drempel: {f}", err=True)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
