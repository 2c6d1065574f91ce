"""The same index code against a real Chroma server (`chroma run`, started here on a free loopback port):
ingest, hybrid and dense search, re-ingest, remove and the CLI all go through BELEID_CHROMA_URL, and nothing
is written to an embedded Chroma folder in BELEID_HOME."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import RENKUM, VNG, beleid_cmd, cli_env, copy_corpus, free_port, make_library

pytestmark = pytest.mark.slow

CHROMA = Path(sys.executable).parent / "chroma"
STARTUP_TIMEOUT = 60.0
BUURTCIRKELS = "Wat kosten de buurtcirkels in Renkum?"



def server_env() -> dict[str, str]:
    """The server's environment with telemetry off. chromadb 1.5.9's `chroma run` is the Rust frontend: it
    has no product telemetry and exports OpenTelemetry only when configured (config key `open_telemetry`,
    which figment also reads from CHROMA_OPEN_TELEMETRY__*, or the OTEL_EXPORTER_OTLP_* variables), so those
    are dropped; ANONYMIZED_TELEMETRY=False covers the Python side of the `chroma` entry point."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CHROMA_", "OTEL_"))}
    env["ANONYMIZED_TELEMETRY"] = "False"
    env["NO_COLOR"] = "1"
    return env


def heartbeat(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via an HTTP proxy
    try:
        with opener.open(f"{url}/api/v2/heartbeat", timeout=2) as r:
            return r.status == 200 and "heartbeat" in r.read().decode()
    except (urllib.error.URLError, OSError):
        return False


def non_loopback_peers(pid: int) -> list[str]:
    """Remote addresses of the process's TCP sockets that are not loopback (Linux /proc; [] elsewhere)."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return []
    inodes = set()
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    peers = []
    for table in ("tcp", "tcp6"):
        try:
            lines = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            cols = line.split()
            remote, inode = cols[2], cols[9]
            if inode not in inodes:
                continue
            host = remote.split(":")[0]
            if set(host) == {"0"}:  # not connected (a listening socket)
                continue
            if host.endswith("7F") and (len(host) == 8 or host.startswith("0000000000000000FFFF0000")):
                continue  # 127.x.x.x (little-endian hex), also IPv4-mapped
            if host == "00000000000000000000000001000000":  # ::1
                continue
            peers.append(f"{table}:{remote}")
    return peers


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real Chroma server on a free loopback port, persisting into a temp dir; killed at the end."""
    root = tmp_path_factory.mktemp("chroma-server")
    data = root / "data"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = root / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([str(CHROMA), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data)],
                                cwd=root, env=server_env(), stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)

    def output() -> str:
        return log_path.read_text(errors="replace")

    def stop() -> None:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)

    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not heartbeat(url):
        if proc.poll() is not None:
            pytest.fail(f"chroma server exited with code {proc.returncode} before answering {url}/api/v2/heartbeat."
                        f"\n--- server output ---\n{output()}")
        if time.monotonic() > deadline:
            stop()
            pytest.fail(f"chroma server did not answer {url}/api/v2/heartbeat within {STARTUP_TIMEOUT:.0f} s."
                        f"\n--- server output ---\n{output()}")
        time.sleep(0.25)
    try:
        yield {"url": url, "port": port, "data": data, "proc": proc, "output": output}
    finally:
        stop()


@pytest.fixture(scope="module")
def server_lib(chroma_server, tmp_path_factory):
    """Renkum and VNG (the two smallest PDFs), ingested once through the server."""
    root = tmp_path_factory.mktemp("server-lib")
    corpus = copy_corpus(root / "corpus", [RENKUM, VNG])
    home = root / "home"
    lib = make_library(home, corpus, chroma_url=chroma_server["url"])
    report = lib.ingest()
    return {"lib": lib, "home": home, "corpus": corpus, "report": report}


def server_collection(url: str, name: str):
    """An independent client straight to the server, to see what it really holds."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    port = int(url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False))
    return client.get_collection(name)


def pages(hits):
    return [(h.chunk.file, h.chunk.page) for h in hits]


def test_ingest_writes_every_chunk_to_the_server(chroma_server, server_lib):
    lib, home = server_lib["lib"], server_lib["home"]
    report = server_lib["report"]
    assert not report.failed, report.failed
    assert {r.file: r.status for r in report.results} == {RENKUM: "toegevoegd", VNG: "toegevoegd"}
    n_chunks = len(lib.index.catalog.chunks())
    assert n_chunks == sum(r.chunks for r in report.results) > 0
    assert lib.index.store.count() == n_chunks
    assert all(r.state == "ready" for r in lib.documents())
    # the vectors really live on the server (a second client sees them) and in its --path
    assert server_collection(chroma_server["url"], lib.index.catalog.collection_name()).count() == n_chunks
    assert (chroma_server["data"] / "chroma.sqlite3").exists()
    assert not (home / "chroma").exists(), "an embedded Chroma was written in BELEID_HOME despite chroma_url"


@pytest.mark.parametrize("mode", ["hybrid", "dense"])
def test_search_through_the_server_finds_renkum_buurtcirkels(server_lib, mode):
    hits = server_lib["lib"].search(BUURTCIRKELS, 5, mode=mode)
    assert (RENKUM, 6) in pages(hits) or (RENKUM, 8) in pages(hits), pages(hits)
    assert all(h.score > 0 for h in hits)
    if mode == "dense":
        assert all(h.dense is not None for h in hits)
    else:
        assert any(h.dense is not None for h in hits), "the dense leg (the server) contributed nothing"


def test_cli_searches_through_the_server(chroma_server, server_lib):
    home = server_lib["home"]
    env = cli_env(home, BELEID_CHROMA_URL=chroma_server["url"])
    run = subprocess.run(beleid_cmd() + ["search", "buurtcirkels", "--json"], env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    hits = json.loads(run.stdout)
    assert hits and hits[0]["file"] == RENKUM, hits[:1]
    assert any(h["dense"] is not None for h in hits), "the CLI's dense leg found nothing on the server"
    assert not (home / "chroma").exists()


def test_reingest_skips_unchanged_files(chroma_server, server_lib):
    lib, home, corpus = server_lib["lib"], server_lib["home"], server_lib["corpus"]
    n = lib.index.store.count()
    again = lib.ingest()
    assert {r.file: r.status for r in again.results} == {RENKUM: "ongewijzigd", VNG: "ongewijzigd"}
    # a fresh Library (as a new process would make) on the same home and server agrees
    fresh = make_library(home, corpus, chroma_url=chroma_server["url"])
    assert {r.status for r in fresh.ingest().results} == {"ongewijzigd"}
    assert lib.index.store.count() == fresh.index.store.count() == n
    fresh.index.close()
    assert not (home / "chroma").exists()


def test_remove_deletes_the_vectors_on_the_server(chroma_server, server_lib):
    """Runs last in this module: it changes the shared index."""
    lib, home = server_lib["lib"], server_lib["home"]
    vng_ids = lib.index.store.ids_of(VNG)
    assert vng_ids
    assert lib.remove(VNG)
    assert [r.meta.file for r in lib.documents()] == [RENKUM]
    n_renkum = len(lib.index.catalog.chunks(RENKUM))
    assert lib.index.store.ids_of(VNG) == set()
    assert lib.index.store.count() == n_renkum
    on_server = server_collection(chroma_server["url"], lib.index.catalog.collection_name())
    assert on_server.count() == n_renkum
    assert on_server.get(ids=sorted(vng_ids), include=[])["ids"] == []
    assert all(h.chunk.file == RENKUM for h in lib.search("beschermd wonen", 10, mode="dense"))
    assert not lib.remove(VNG)
    assert not (home / "chroma").exists()
    # the server itself never connected anywhere but loopback (a snapshot of its sockets)
    assert chroma_server["proc"].poll() is None, chroma_server["output"]()
    assert non_loopback_peers(chroma_server["proc"].pid) == []


def test_two_homes_share_a_server_without_touching_each_other(chroma_server, server_lib, tmp_path):
    other = make_library(tmp_path / "other-home", copy_corpus(tmp_path / "c2", [VNG]), chroma_url=chroma_server["url"])
    other.ingest()
    mine = server_lib["lib"]
    assert other.index.catalog.collection_name() != mine.index.catalog.collection_name()
    before = mine.index.store.count()
    other.rebuild()
    assert mine.index.store.count() == before  # the other home's rebuild left this index alone
    assert mine.search("buurtcirkels", 3, mode="dense")


def test_chroma_url_without_scheme_is_refused(tmp_path):
    from index.dense import chroma_client

    with pytest.raises(ValueError, match="http://127.0.0.1:8000"):
        chroma_client(tmp_path, "127.0.0.1:8001")
