"""The HTTP API of `beleid serve` with httpx against the real app on a loopback port: the real index of
corpus/, the real embedder, the extractive backend where the model is not the point and the local model in
one ask and one stream test; uploads of good and bad files; page images; the token beyond loopback."""
from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from conftest import CORPUS, MAASHORST, RENKUM, RunningServer, beleid_cmd, cli_env
from pdfmaker import encrypt_pdf, write_pdf

pytestmark = pytest.mark.slow

QUESTION = "Hoeveel geld is er in 2023 voor het herstelcentrum in Maashorst?"
UNANSWERABLE = "Hoeveel geld trekt Maashorst uit voor de zorg in 2031?"


@pytest.fixture(scope="module")
def api(served):
    with httpx.Client(base_url=served.url, timeout=600) as client:
        yield client


def state(api, served) -> tuple[list, list]:
    uploads = served.service.lib.settings.home / "uploads"
    files = sorted(p.name for p in uploads.iterdir()) if uploads.exists() else []
    return api.get("/api/documents").json(), files


def sse(response) -> list[tuple[str, dict, float]]:
    """(event, data, seconds since the request) for every Server-Sent Event."""
    t0 = time.perf_counter()
    out, kind = [], None
    for line in response.iter_lines():
        if line.startswith("event: "):
            kind = line[7:]
        elif line.startswith("data: "):
            out.append((kind, json.loads(line[6:]), time.perf_counter() - t0))
    return out


def test_healthz_and_openapi(api):
    health = api.get("/healthz")
    assert health.status_code == 200 and health.json()["ready"] is True
    assert health.json()["documents"] == len(list(CORPUS.glob("*.pdf")))
    spec = api.get("/openapi.json").json()
    for route in ("/api/ask", "/api/ask/stream", "/api/search", "/api/documents", "/api/documents/{file}/pdf",
                  "/api/documents/{file}/pages/{n}.png", "/healthz"):
        assert route in spec["paths"], route


def test_not_ready_is_503(corpus_library):
    from ui.service import Service

    service = Service(corpus_library, "extractive")  # never warmed
    server = RunningServer(service, web=False)
    try:
        assert httpx.get(server.url + "/healthz").status_code == 503
        r = httpx.post(server.url + "/api/ask", json={"question": QUESTION})
        assert r.status_code == 503 and "nog niet klaar" in r.json()["error"]
    finally:
        server.stop()


def test_ask_cites_existing_pages(api):
    r = api.post("/api/ask", json={"question": QUESTION, "llm": "extractive"})
    assert r.status_code == 200
    answer = r.json()
    assert not answer["refused"] and answer["citations"]
    pages = {d["file"]: d["pages"] for d in api.get("/api/documents").json()}
    for c in answer["citations"]:
        assert 1 <= c["page"] <= pages[c["file"]]
    assert any(c["file"] == MAASHORST for c in answer["citations"])
    # the same object as `beleid ask --json`
    assert set(answer) >= {"question", "answer", "refused", "language", "citations", "llm", "see_also"}


def test_ask_refuses_and_follows_up(api):
    refused = api.post("/api/ask", json={"question": UNANSWERABLE, "llm": "extractive"}).json()
    assert refused["refused"] and not refused["citations"]
    first = api.post("/api/ask", json={"question": QUESTION, "llm": "extractive"}).json()
    history = [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": first["answer"]}]
    follow = api.post("/api/ask", json={"question": "En in 2024?", "history": history, "llm": "extractive"}).json()
    assert "2024" in follow["question"] or any("2024" in c["text"] for c in follow["citations"])


@pytest.mark.parametrize("body, fragment", [
    ({}, "question"),
    ({"question": ""}, "question"),
    ({"question": "x", "llm": "gpt-9"}, "llm"),
    ({"question": "x", "history": [{"role": "system", "content": "y"}]}, "role"),
])
def test_ask_bad_input_is_400_in_dutch(api, body, fragment):
    r = api.post("/api/ask", json=body)
    assert r.status_code == 400
    assert r.json()["error"].startswith("ongeldige invoer") and fragment in r.json()["error"]


def test_stream_sends_evidence_before_the_answer(api):
    with api.stream("POST", "/api/ask/stream", json={"question": QUESTION, "llm": "extractive"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = sse(r)
    kinds = [k for k, _, _ in events]
    assert kinds[0] == "evidence" and kinds[-1] == "answer"
    assert "[1]" in events[0][1]["text"]
    assert events[-1][1]["citations"]


def test_local_model_ask_and_stream(api):
    r = api.post("/api/ask", json={"question": QUESTION, "llm": "local"})
    answer = r.json()
    assert r.status_code == 200 and answer["llm"].startswith("local:") and answer["citations"]
    with api.stream("POST", "/api/ask/stream", json={"question": QUESTION, "llm": "local"}) as s:
        events = sse(s)
    kinds = [k for k, _, _ in events]
    assert kinds[0] == "evidence" and kinds[-1] == "answer"
    assert events[0][2] < events[-1][2]
    assert events[-1][1]["llm"].startswith("local:")


def test_search_filters(api):
    hits = api.get("/api/search", params={"q": "herstelcentrum", "k": 5}).json()
    assert hits and {"file", "page", "section", "text", "score", "bm25", "dense"} <= set(hits[0])
    only = api.get("/api/search", params={"q": "beschermd wonen", "k": 10, "doc": RENKUM}).json()
    assert only and {h["file"] for h in only} == {RENKUM}
    lexical = api.get("/api/search", params={"q": "herstelcentrum", "mode": "bm25"}).json()
    assert lexical and all(h["dense"] is None for h in lexical)
    years = {d["file"]: d["year"] for d in api.get("/api/documents").json()}
    y = years[RENKUM]
    by_year = api.get("/api/search", params={"q": "beschermd wonen", "year": y}).json()
    assert by_year and all(years[h["file"]] == y for h in by_year)
    assert api.get("/api/search", params={"q": "x", "mode": "fuzzy"}).status_code == 400
    assert api.get("/api/search").status_code == 400


def test_pages_pdf_and_highlight(api):
    doc = next(d for d in api.get("/api/documents").json() if d["file"] == RENKUM)
    pdf = api.get(f"/api/documents/{RENKUM}/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    assert pdf.content == (CORPUS / RENKUM).read_bytes()
    plain = api.get(f"/api/documents/{RENKUM}/pages/1.png")
    assert plain.status_code == 200 and plain.content.startswith(b"\x89PNG")
    hit = api.get("/api/search", params={"q": "ambulantisering", "doc": RENKUM, "k": 1}).json()[0]
    marked = api.get(f"/api/documents/{RENKUM}/pages/{hit['page']}.png",
                     params={"highlight": f"{hit['start']}-{hit['end']}"})
    unmarked = api.get(f"/api/documents/{RENKUM}/pages/{hit['page']}.png")
    assert marked.status_code == 200 and marked.content != unmarked.content
    assert api.get(f"/api/documents/{RENKUM}/pages/{doc['pages'] + 1}.png").status_code == 404
    assert api.get(f"/api/documents/{RENKUM}/pages/0.png").status_code == 404
    assert api.get("/api/documents/onbekend.pdf/pages/1.png").status_code == 404
    assert api.get("/api/documents/onbekend.pdf/pdf").json()["error"].endswith("staat niet in de index")
    assert api.get(f"/api/documents/{RENKUM}/pages/1.png", params={"highlight": "9-2"}).status_code == 400
    assert api.get(f"/api/documents/{RENKUM}/pages/1.png", params={"highlight": "abc"}).status_code == 400


def _good_pdf(path: Path, word: str) -> Path:
    return write_pdf(path, [[f"Gemeente Testdorp investeert in {word}.", "Het budget is € 12.500 in 2025."]],
                     {"Title": f"Testplan {word}"})


def test_upload_search_remove(api, served, tmp_path):
    before = state(api, served)
    pdf = _good_pdf(tmp_path / "testdorp.pdf", "zonnepanelenregeling")
    r = api.post("/api/documents", files=[("files", ("testdorp.pdf", pdf.read_bytes(), "application/pdf"))])
    assert r.status_code == 200, r.text
    [result] = r.json()
    assert result["status"] == "toegevoegd" and result["file"] == "testdorp.pdf" and result["passages"] >= 1
    hits = api.get("/api/search", params={"q": "zonnepanelenregeling", "k": 3}).json()
    assert hits[0]["file"] == "testdorp.pdf"
    # a second, different file under the same name never replaces the first
    other = _good_pdf(tmp_path / "other.pdf", "warmtenet")
    r2 = api.post("/api/documents", files=[("files", ("testdorp.pdf", other.read_bytes(), "application/pdf"))])
    [renamed] = r2.json()
    assert renamed["file"] == "testdorp-2.pdf" and renamed["renamed_from"] == "testdorp.pdf"
    assert api.get("/api/search", params={"q": "zonnepanelenregeling", "k": 1}).json()[0]["file"] == "testdorp.pdf"
    # the same bytes again: unchanged, nothing new
    again = api.post("/api/documents", files=[("files", ("testdorp.pdf", pdf.read_bytes(), "application/pdf"))])
    assert again.json()[0]["status"] == "ongewijzigd"
    for f in ("testdorp.pdf", "testdorp-2.pdf"):
        assert api.delete(f"/api/documents/{f}").status_code == 200
    assert api.delete("/api/documents/testdorp.pdf").status_code == 404
    assert not [h for h in api.get("/api/search", params={"q": "zonnepanelenregeling"}).json()
                if h["file"].startswith("testdorp")]
    assert state(api, served) == before


def _bad_uploads(tmp_path: Path) -> list[tuple[str, str, bytes, int]]:
    good = _good_pdf(tmp_path / "good.pdf", "fietsenstalling").read_bytes()
    encrypted = encrypt_pdf(tmp_path / "good.pdf", tmp_path / "locked.pdf", "geheim").read_bytes()
    truncated = (CORPUS / RENKUM).read_bytes()[:40_000]
    huge = b"%PDF-1.7\n" + b"0" * (60 * 1024 * 1024)
    return [
        ("zero-byte", "leeg.pdf", b"", 400),
        ("text renamed .pdf", "notities.pdf", "Dit is gewoon tekst.\n".encode() * 50, 415),
        ("truncated", "afgebroken.pdf", truncated, 400),
        ("encrypted", "beveiligd.pdf", encrypted, 400),
        ("60 MB", "groot.pdf", huge, 413),
        ("hostile name, not a pdf", "..%2f..%2fetc%2fpasswd.pdf", b"root:x:0:0:root:/root:/bin/bash\n", 415),
        ("hostile name, bad pdf", "../../../tmp/evil.pdf", good[: len(good) // 3], 400),
    ]


def test_bad_uploads_get_their_status_and_change_nothing(api, served, tmp_path):
    before = state(api, served)
    for label, name, data, status in _bad_uploads(tmp_path):
        r = api.post("/api/documents", files=[("files", (name, data, "application/pdf"))])
        assert r.status_code == status, (label, r.status_code, r.text[:300])
        body = r.json()
        assert body["error"], label
        # per-file results, except for a body refused as too large before it is read
        assert body.get("results", [{"http_status": 413}])[0]["http_status"] == status, label
        assert state(api, served) == before, label
    home = served.service.lib.settings.home
    assert not (home.parent / "etc").exists() and not Path("/tmp/evil.pdf").exists()


def test_hostile_name_is_stored_safely(api, served, tmp_path):
    before = state(api, served)
    pdf = _good_pdf(tmp_path / "x.pdf", "speeltuinrenovatie").read_bytes()
    r = api.post("/api/documents", files=[("files", ("..%2f..%2fetc%2fpasswd.pdf", pdf, "application/pdf"))])
    [result] = r.json()
    name = result["file"]
    assert "/" not in name and "\\" not in name and ".." not in name and name.endswith(".pdf")
    uploads = served.service.lib.settings.home / "uploads"
    assert (uploads / name).is_file()
    assert api.delete(f"/api/documents/{name}").status_code == 200
    assert state(api, served) == before


def test_several_files_at_once_report_per_file(api, served, tmp_path):
    before = state(api, served)
    good = _good_pdf(tmp_path / "a.pdf", "dorpshuis").read_bytes()
    r = api.post("/api/documents", files=[("files", ("dorpshuis.pdf", good, "application/pdf")),
                                          ("files", ("kapot.pdf", b"nee", "application/pdf"))])
    assert r.status_code == 200
    results = {x["file"]: x for x in r.json()}
    assert results["dorpshuis.pdf"]["status"] == "toegevoegd"
    assert results["kapot.pdf"]["http_status"] == 415 and "geen PDF" in results["kapot.pdf"]["reason"]
    api.delete("/api/documents/dorpshuis.pdf")
    assert state(api, served) == before


def test_token_required_beyond_loopback(served):
    server = RunningServer(served.service, token="s3cret-token", web=False)
    try:
        assert httpx.get(server.url + "/healthz").status_code == 200
        denied = httpx.get(server.url + "/api/documents")
        assert denied.status_code == 401 and "BELEID_TOKEN" in denied.json()["error"]
        wrong = httpx.get(server.url + "/api/documents", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        ok = httpx.get(server.url + "/api/documents", headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200 and ok.json()
        with httpx.Client(base_url=server.url) as browser:
            assert browser.post("/login", data={"token": "fout"}).status_code == 401
            login = browser.post("/login", data={"token": "s3cret-token"})
            assert login.status_code == 303
            assert browser.get("/api/documents").status_code == 200  # the session cookie
    finally:
        server.stop()


def test_serve_refuses_a_public_host_without_token(tmp_path):
    env = cli_env(tmp_path / "home")
    env.pop("BELEID_TOKEN", None)
    r = subprocess.run(beleid_cmd() + ["serve", "--host", "0.0.0.0", "--port", "1"], env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "BELEID_TOKEN" in r.stderr


def test_cli_ask_uses_the_running_server(served, tmp_path):
    """`beleid ask` answers through BELEID_URL when a server is there: its (empty) local home is never read."""
    env = cli_env(tmp_path / "empty-home", BELEID_URL=served.url, BELEID_LLM="extractive")
    r = subprocess.run(beleid_cmd() + ["ask", "--json", QUESTION], env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    answer = json.loads(r.stdout)
    assert answer["citations"] and not answer["refused"]
    assert not (tmp_path / "empty-home" / "catalog.sqlite").exists()


def test_the_serve_command_warms_up_and_keeps_uploads_in_home(corpus_library, tmp_path):
    """The real `beleid serve` process: /healthz 503 until warm, then 200; the page loads; the browser's
    uploads (Gradio's own copies) land inside BELEID_HOME/uploads."""
    import shutil
    import subprocess as sp

    from conftest import free_port

    home = tmp_path / "home"
    shutil.copytree(corpus_library.settings.home, home)
    port = free_port()
    env = cli_env(home, BELEID_LLM="extractive")
    env.pop("GRADIO_TEMP_DIR", None)
    proc = sp.Popen(beleid_cmd() + ["serve", "--port", str(port)], env=env, stdout=sp.PIPE, stderr=sp.PIPE,
                    text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        assert f"{url}/" in proc.stdout.readline()
        statuses = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                statuses.append(httpx.get(url + "/healthz", timeout=5).status_code)
            except httpx.TransportError:
                statuses.append(None)
            if statuses[-1] == 200:
                break
            time.sleep(0.2)
        assert statuses[-1] == 200 and set(statuses) <= {None, 503, 200}, statuses
        assert "<html" in httpx.get(url + "/").text
        r = httpx.post(url + "/gradio_api/upload", files={"files": ("x.pdf", b"%PDF-1.4 test", "application/pdf")})
        assert r.status_code == 200, r.text
        incoming = (home / "uploads" / ".incoming").resolve()
        assert r.json() and all(Path(p).resolve().is_relative_to(incoming) for p in r.json())
    finally:
        proc.terminate()
        proc.wait(30)
