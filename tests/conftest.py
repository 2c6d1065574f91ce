"""Shared fixtures: offline environment, a temp BELEID_HOME per test, a network guard on every test,
and one real index of the corpus per session."""
from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(Path(__file__).parent))

from ui.settings import Settings, apply_offline_env  # noqa: E402

apply_offline_env()

MAASHORST = "maashorst-lokale-ontwikkelagenda-beschermd-wonen-2022-2024.pdf"
RENKUM = "renkum-ambulantiseringsplan-beschermd-wonen-2022.pdf"
AMERSFOORT = "amersfoort-regiovisie-samen-in-de-wijk-2022-2026.pdf"
GELDERLAND = "centraal-gelderland-transformatieplan-beschermd-thuis-2019.pdf"
VNG = "vng-handreiking-lokaal-uitvoeringsplan-beschermd-wonen-2018.pdf"


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkGuard:
    """Audit hook: records and blocks every socket connect to a non-loopback address."""

    active = False
    attempts: list[str] = []

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        if not cls.active or event != "socket.connect":
            return
        sock, address = args[0], args[1]
        if getattr(sock, "family", None) not in (socket.AF_INET, socket.AF_INET6):
            return
        host = address[0] if isinstance(address, tuple) else str(address)
        if not is_loopback(str(host)):
            cls.attempts.append(str(address))
            raise OSError(f"test network guard: connection to {address} is forbidden")


sys.addaudithook(NetworkGuard.hook)


@pytest.fixture(autouse=True)
def no_network():
    """Every test runs with outbound non-loopback connections forbidden and fails if one was tried."""
    NetworkGuard.attempts = []
    NetworkGuard.active = True
    yield NetworkGuard
    NetworkGuard.active = False
    assert not NetworkGuard.attempts, f"non-loopback connections attempted: {NetworkGuard.attempts}"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("BELEID_HOME", str(h))
    return h


def make_library(home: Path, corpus: Path = CORPUS, **kw):
    from ui.library import Library

    return Library(Settings(home=home, corpus=corpus, **kw))


@pytest.fixture(scope="session")
def corpus_library(tmp_path_factory):
    """The whole real corpus, ingested once with the real embedder into real embedded Chroma."""
    home = tmp_path_factory.mktemp("corpus-home")
    lib = make_library(home)
    report = lib.ingest()
    assert not report.failed
    return lib


@pytest.fixture(scope="session")
def model_path() -> Path:
    from assistant.llm import assemble_local_model

    return assemble_local_model()


@pytest.fixture(scope="session")
def local_model(model_path):
    """The real default model (Qwen2.5-Coder-1.5B via xllamacpp), loaded once per session."""
    from assistant.llm import LocalChatModel

    model = LocalChatModel(model_path, threads=2)
    model.load()
    return model


def copy_corpus(dst: Path, files: list[str] | None = None) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for f in files or [p.name for p in CORPUS.glob("*.pdf")]:
        shutil.copy(CORPUS / f, dst / f)
    return dst


def beleid_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "beleid"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.cli"]


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    # BELEID_URL on the discard port: `ask`/`chat` never use a developer's running `beleid serve`.
    env = {**os.environ, "BELEID_HOME": str(home), "BELEID_URL": "http://127.0.0.1:9", **extra}
    return env


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningServer:
    """`beleid serve`'s app (API + web app) in a uvicorn thread of this process, on a free loopback port."""

    def __init__(self, service, token: str | None = None, web: bool = True):
        import threading

        import uvicorn

        from ui.api import create_app

        self.service = service
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(service, token, web), host="127.0.0.1", port=self.port,
                                log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        import time

        deadline = time.monotonic() + 60
        while not self.server.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def served(corpus_library, tmp_path_factory):
    """One warm server per test session over its own copy of the real corpus index (so uploads and
    removals never touch other tests' index), extractive by default; the local model loads when a
    request asks for it."""
    from ui.library import Library
    from ui.service import Service

    home = tmp_path_factory.mktemp("served") / "home"
    shutil.copytree(corpus_library.settings.home, home)
    lib = Library(Settings(home=home, corpus=CORPUS))
    service = Service(lib, "extractive")
    service.warm()
    assert service.ready, service.status
    server = RunningServer(service)
    yield server
    server.stop()
