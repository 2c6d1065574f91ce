"""`beleid serve` warm, measured over HTTP on loopback (2 cores): time to the first cited output and to the
full answer through /api/ask/stream (median/p95 over the dev set, per backend), the page PNG with a
citation's highlight (cold, the renderer's cache off), and /api/search under 8 concurrent clients.
Goals (issue 11): first cited output ≤ 1 s, full local answer median ≤ 8 s, page with highlight ≤ 300 ms,
search p95 ≤ 100 ms under load.

Usage: .venv/bin/python bench/serve.py [--llm extractive,local] [--every 1] [--search-seconds 20]
(CI runs a small version: --llm extractive --every 10 --search-seconds 3)."""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()

from eval.questions import load_questions  # noqa: E402
from ui.library import Library  # noqa: E402
from ui.service import Service  # noqa: E402


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def start(service: Service) -> tuple[str, object]:
    import uvicorn

    from ui.api import create_app

    config = uvicorn.Config(create_app(service), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    return f"http://127.0.0.1:{port}", server


def stream_times(client: httpx.Client, question: str, llm: str) -> tuple[float, float, dict]:
    """(seconds to the first cited output, seconds to the final object, the answer)."""
    t0 = time.perf_counter()
    first, kind = None, None
    with client.stream("POST", "/api/ask/stream", json={"question": question, "llm": llm}) as r:
        for line in r.iter_lines():
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                if first is None and kind in ("evidence", "answer"):
                    first = time.perf_counter() - t0
                if kind == "answer":
                    return first, time.perf_counter() - t0, json.loads(line[6:])
    raise RuntimeError(f"no answer for {question!r}")


def bench_answers(client, questions, llm: str) -> list[dict]:
    rows = []
    for q in questions:
        first, full, answer = stream_times(client, q.question, llm)
        rows.append({"first": first, "full": full, "answer": answer})
    cited = [r["first"] for r in rows if r["answer"]["citations"]]
    full = [r["full"] for r in rows]
    print(f"{llm:10} {len(rows)} questions | first cited output median {statistics.median(cited):.2f} s "
          f"p95 {pct(cited, .95):.2f} s | full answer median {statistics.median(full):.2f} s "
          f"p95 {pct(full, .95):.2f} s", flush=True)
    return rows


def bench_pages(client, service: Service, rows: list[dict]) -> None:
    service.pages.cache_size = 0  # cold: every request renders and finds the boxes again
    cites = [c for r in rows for c in r["answer"]["citations"]]
    times = []
    for c in cites:
        t0 = time.perf_counter()
        r = client.get(f"/api/documents/{c['file']}/pages/{c['page']}.png",
                       params={"highlight": f"{c['start']}-{c['end']}"})
        r.raise_for_status()
        times.append(time.perf_counter() - t0)
    print(f"page PNG with highlight over HTTP, {len(times)} citations | median {statistics.median(times) * 1000:.0f} ms "
          f"p95 {pct(times, .95) * 1000:.0f} ms", flush=True)


def _load(url: str, queries: list[str], seconds: float, clients: int, out) -> None:
    """The load generator, in its own process (so its threads do not share the server's GIL)."""
    stop = time.perf_counter() + seconds
    latencies: list[float] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        with httpx.Client(base_url=url, timeout=60) as c:
            n = i
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                c.get("/api/search", params={"q": queries[n % len(queries)], "k": 8}).raise_for_status()
                with lock:
                    latencies.append(time.perf_counter() - t0)
                n += clients

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.put((latencies, time.perf_counter() - t0))


def bench_search(url: str, questions, seconds: float, clients: int = 8) -> None:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_load, args=(url, [q.question for q in questions], seconds, clients, out))
    proc.start()
    latencies, elapsed = out.get()
    proc.join()
    print(f"/api/search, {clients} concurrent clients (another process), {elapsed:.0f} s | "
          f"{len(latencies) / elapsed:.1f} requests/s | median {statistics.median(latencies) * 1000:.0f} ms "
          f"p95 {pct(latencies, .95) * 1000:.0f} ms", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--llm", default="extractive,local")
    ap.add_argument("--every", type=int, default=1, help="every n-th dev question")
    ap.add_argument("--search-seconds", type=float, default=20)
    ap.add_argument("--home", type=Path, help="an existing BELEID_HOME with corpus/ indexed (default: a new one)")
    args = ap.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="beleid-bench-serve-"))
    lib = Library(Settings(home=home, corpus=ROOT / "corpus"))
    lib.ingest()
    llms = args.llm.split(",")
    service = Service(lib, llms[-1])
    t0 = time.perf_counter()
    service.warm()
    print(f"warm-up (index, embedder, {llms[-1]} model): {time.perf_counter() - t0:.1f} s", flush=True)
    url, server = start(service)
    questions = load_questions()[:: args.every]
    with httpx.Client(base_url=url, timeout=600) as client:
        rows = []
        for llm in llms:
            rows = bench_answers(client, questions, llm)
        bench_pages(client, service, rows)
    bench_search(url, load_questions(), args.search_seconds)
    server.should_exit = True


if __name__ == "__main__":
    main()
