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
    env = {**os.environ, "BELEID_HOME": str(home), **extra}
    return env
