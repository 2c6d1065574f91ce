"""The web app in a real browser: Debian's chromium (installed by scripts/setup) driven by Playwright against
the running app with the local model. Fails on any console error, page error or request to a non-loopback
host. Screenshots of each tab go to tests/artifacts/ (git-ignored)."""
from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import CORPUS, MAASHORST, RENKUM, RunningServer, is_loopback
from ingest.budget import CSV_COLUMNS
from pdfmaker import write_pdf

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
QUESTION = "Hoeveel geld is er in 2023 voor het herstelcentrum in Maashorst?"
UNANSWERABLE = "Hoeveel geld trekt Maashorst uit voor de zorg in 2031?"
HOSTILE = ["Gemeente Teststad: <script>alert('x')</script> regeling kunstgrasvelden.",
           "Meer informatie: [klik hier](http://evil.example/steal) over kunstgrasvelden."]


@pytest.fixture(scope="module")
def app_url(served):
    """The web app over the shared test index, answering with the local model."""
    from ui.service import Service

    service = Service(served.service.lib, "local")
    service.warm()
    assert service.ready, service.status
    server = RunningServer(service)
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def page(app_url):
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is missing: scripts/setup installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        pg = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="nl-NL")  # as our users

        def on_request(request):
            host = urlparse(request.url).hostname or ""
            if request.url.startswith(("http:", "https:", "ws:", "wss:")) and not is_loopback(host):
                problems.append(f"request to {request.url}")

        pg.on("request", on_request)
        pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        pg.goto(app_url)
        pg.wait_for_selector("#question textarea")
        pg.problems = problems
        yield pg
        browser.close()
    assert not problems, problems


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def bot_messages(page):
    return page.locator("#chat [data-testid='bot']")


def ask(page, question: str) -> tuple[float | None, float]:
    """Submit a question; returns (seconds until the cited quotes showed, seconds until the answer's badge)."""
    before = bot_messages(page).count()
    turn = 2 * before + 1  # the new answer's message index: user, assistant, user, assistant, …
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    t0 = time.perf_counter()
    evidence_at = None
    while time.perf_counter() - t0 < 180:
        bots = bot_messages(page)
        if evidence_at is None and bots.count() > before and "“" in bots.last.inner_text():
            evidence_at = time.perf_counter() - t0
        if page.locator(f"#answer-badge .badge[data-turn='{turn}']").count():
            return evidence_at, time.perf_counter() - t0
        page.wait_for_timeout(50)
    raise AssertionError(f"no answer to {question!r} within 180 s")


def test_chat_streams_cites_and_opens_the_page(page):
    evidence_at, done_at = ask(page, QUESTION)
    assert evidence_at is not None and evidence_at < done_at, (evidence_at, done_at)
    answer = bot_messages(page).last.inner_text()
    assert "€ 80.000" in answer and "[1]" in answer
    assert "answered" in page.locator("#answer-badge .badge").get_attribute("class")
    chips = page.locator("#source-chips label")
    assert chips.count() >= 1 and "p. 21" in chips.first.inner_text()
    chips.first.click()
    page.wait_for_selector("#chat-page-image img")
    caption = page.locator("#chat-page-caption").inner_text()
    assert "pagina 21" in caption and MAASHORST in caption
    link = page.locator("#chat-page-caption a").get_attribute("href")
    assert link.endswith(f"/api/documents/{MAASHORST}/pdf#page=21")
    src = page.locator("#chat-page-image img").get_attribute("src")
    assert src
    shot(page, "chat")


def test_follow_up_and_refusal_look_different(page):
    ask(page, "En in 2024?")
    follow = bot_messages(page).last.inner_text()
    assert "2024" in follow and "[1]" in follow
    ask(page, UNANSWERABLE)
    refused = bot_messages(page).last.inner_text()
    assert refused.startswith("⚠") and "niet" in refused
    badge = page.locator("#answer-badge .badge")
    assert "refused" in badge.get_attribute("class") and "Dat staat niet in de documenten" in badge.inner_text()
    page.wait_for_function("() => !document.querySelector('#chat-page-image img')")  # no earlier answer's page
    assert "Klik op een bron" in page.locator("#chat-page-caption").inner_text()
    shot(page, "chat-refused")


def _choose(page, dropdown: str, option: str) -> None:
    page.locator(f"{dropdown} input").click()
    page.locator(f"{dropdown} input").fill(option[:25])
    page.get_by_role("option", name=option).first.click()
    page.keyboard.press("Escape")
    page.locator(f"{dropdown} input").blur()  # so a next click opens the list again (a second pick)


def test_search_with_a_document_filter(page):
    page.get_by_role("tab", name="Zoeken").click()
    _choose(page, "#search-docs", RENKUM)
    page.locator("#search-query textarea").fill("beschermd wonen ambulantisering")
    page.locator("#search-query textarea").press("Enter")
    page.wait_for_selector("#search-results .hit")
    heads = page.locator("#search-results .hit-head").all_inner_texts()
    assert heads and all(RENKUM in h for h in heads)
    assert page.locator("#search-results mark").count() > 0
    first_page = heads[0].rsplit("p. ", 1)[1].split()[0]
    page.locator("#search-picks label").first.click()
    page.wait_for_selector("#search-page-image img")
    page.wait_for_function(f"() => document.querySelector('#search-page-caption').innerText"
                           f".includes('{RENKUM} — pagina {first_page}')", timeout=30_000)
    shot(page, "search")


def test_upload_list_hostile_text_and_remove(page, tmp_path):
    pdf = write_pdf(tmp_path / "teststad-kunstgras.pdf", [HOSTILE], {"Title": "Teststad kunstgras"})
    page.get_by_role("tab", name="Documenten").click()
    page.locator("#upload-files input[type=file]").set_input_files(str(pdf))
    page.wait_for_timeout(500)
    page.locator("#upload-button").click()
    page.wait_for_function("() => document.querySelector('#upload-result textarea')?.value.includes('✓')",
                           timeout=120_000)
    assert "teststad-kunstgras.pdf" in page.locator("#doc-table").inner_text()
    page.wait_for_function(f"() => document.querySelector('#status-line').innerText.includes("
                           f"'{len(list(CORPUS.glob('*.pdf'))) + 1} documenten')", timeout=10_000)
    shot(page, "documents")
    # hostile text is shown as text: no script ran (console/page errors fail the fixture), no link was made
    page.get_by_role("tab", name="Zoeken").click()
    page.locator("#search-docs input").click()
    page.keyboard.press("Escape")
    for _ in range(3):  # clear the document filter chips left by the search test
        remove_chip = page.locator("#search-docs .token-remove, #search-docs [aria-label^='Remove']")
        if remove_chip.count():
            remove_chip.first.click()
    page.locator("#search-query textarea").fill("kunstgrasvelden")
    page.locator("#search-query textarea").press("Enter")
    page.wait_for_selector("#search-results .hit-text >> text=<script>")
    assert page.locator("#search-results a[href*='evil.example']").count() == 0
    assert "[klik hier](http://evil.example/steal)" in page.locator("#search-results").inner_text()
    # …and in the chat, asked with the chat's document filter on the new document
    page.get_by_role("tab", name="Vraag het").click()
    _choose(page, "#chat-docs", "teststad-kunstgras.pdf")
    ask(page, "Wat doet Teststad met kunstgrasvelden?")
    chat_text = bot_messages(page).last.inner_text()
    assert "<script>" in chat_text and "teststad" in page.locator("#source-chips").inner_text().lower()
    assert page.locator("#chat a[href*='evil.example']").count() == 0
    page.get_by_role("tab", name="Documenten").click()
    _choose(page, "#remove-choice", "teststad-kunstgras.pdf")
    page.locator("#remove-button").click()
    page.locator("#remove-confirm").click()
    page.wait_for_function(
        "() => !document.querySelector('#doc-table').innerText.includes('teststad-kunstgras.pdf')", timeout=30_000)
    assert RENKUM in page.locator("#doc-table").inner_text()


def _download(page, button: str) -> tuple[str, str]:
    with page.expect_download() as info:
        page.locator(button).click()
    download = info.value
    return download.suggested_filename, Path(download.path()).read_text(encoding="utf-8")


def test_budget_table_opens_the_page_and_exports_csv(page):
    page.get_by_role("tab", name="Budgetten").click()
    _choose(page, "#budget-docs", RENKUM)
    table = page.locator("#budget-table")
    page.wait_for_function("() => document.querySelector('#budget-table').innerText.includes('Signaleringswegwijzer')"
                           " && !document.querySelector('#budget-table').innerText.includes('Maashorst')",
                           timeout=30_000)
    search = table.locator("input.search-input")  # the table is virtual: filter it to the rows we look at
    search.fill("434.000")
    page.wait_for_function("() => document.querySelector('#budget-table').innerText.includes('€ 434.000')",
                           timeout=10_000)
    search.fill("Signaleringswegwijzer")
    row = table.locator(".virtual-row").filter(has_text="€ 40.000").filter(has_text="2022-2023").first
    row.locator("[role=gridcell]").filter(has_text="Signaleringswegwijzer").click()
    page.wait_for_selector("#budget-page-image img")
    page.wait_for_function("() => document.querySelector('#budget-page-caption').innerText"
                           f".includes('{RENKUM} — pagina 8')", timeout=30_000)
    assert "Signaleringswegwijzer" in page.locator("#budget-page-caption").inner_text()
    assert page.locator("#budget-page-image img").get_attribute("src")
    assert page.locator("#budget-sums").inner_text().count("€ 247.000") == 1
    name, text = _download(page, "#budget-csv")
    assert name == "begroting.csv"
    lines = text.splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert any(line.startswith(f"{RENKUM},8,Signaleringswegwijzer,") for line in lines[1:])
    assert all(line.startswith(RENKUM) for line in lines[1:])
    shot(page, "budget")


def test_compare_two_documents_cites_and_exports(page, served):
    page.get_by_role("tab", name="Vergelijken").click()
    page.locator("#compare-button").click()  # no topic yet: a message, no error
    page.wait_for_selector("#compare-result .cmp-message")
    assert "onderwerp" in page.locator("#compare-result").inner_text()
    _choose(page, "#compare-docs", RENKUM)
    _choose(page, "#compare-docs", MAASHORST)
    page.locator("#compare-topic textarea").fill("uitstroom naar zelfstandig wonen")
    page.locator("#compare-button").click()
    page.wait_for_selector("#compare-result table.cmp-table", timeout=300_000)
    heads = page.locator("#compare-result thead th").all_inner_texts()
    assert len(heads) == 3 and RENKUM in heads[1] and MAASHORST in heads[2]
    titles = {d.meta.file: d.meta.title for d in served.service.lib.documents()}
    for file, head in zip((RENKUM, MAASHORST), heads[1:]):
        assert titles[file] and titles[file] in head
    cited = page.evaluate("""() => [2, 3].map(col => [...document.querySelectorAll('#compare-result tbody tr')]
        .filter(tr => tr.querySelector(`td:nth-child(${col}) .cmp-ref`)).length)""")
    assert all(n >= 1 for n in cited), cited
    assert page.locator("#compare-result td.cmp-none").count() + sum(cited) == 10
    ref = page.locator("#compare-result .cmp-ref").first
    n = ref.inner_text().strip("[]")
    ref.click()
    source = page.locator("#compare-sources label").filter(has_text=f"[{n}]").first.inner_text()
    cited_page = source.rsplit("p. ", 1)[1].strip()
    page.wait_for_selector("#compare-page-image img")
    page.wait_for_function("() => document.querySelector('#compare-page-caption').innerText"
                           f".includes('— pagina {cited_page}')", timeout=30_000)
    caption = page.locator("#compare-page-caption").inner_text()
    assert RENKUM in caption or MAASHORST in caption
    name, text = _download(page, "#compare-md")
    assert name == "vergelijking.md"
    assert text.startswith("**uitstroom naar zelfstandig wonen**") and "| aspect |" in text
    assert RENKUM in text and MAASHORST in text and f"[{n}]" in text
    shot(page, "compare")
