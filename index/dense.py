"""The dense leg: a Chroma collection, embedded and persistent in BELEID_HOME or a Chroma server."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse



def chroma_client(home: Path, url: str | None = None):
    """Embedded persistent Chroma in `home/chroma`, or a server at `url`; telemetry always off."""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if url:
        u = urlparse(url)
        if u.scheme not in ("http", "https") or not u.hostname:
            raise ValueError(f"BELEID_CHROMA_URL={url!r} is geen geldige URL; bedoeld is bijv. http://127.0.0.1:8000")
        # httpx honours HTTP(S)_PROXY: never send passages and vectors through a proxy to our own server
        for var in ("NO_PROXY", "no_proxy"):
            os.environ[var] = ",".join(filter(None, [os.environ.get(var), u.hostname]))
        return chromadb.HttpClient(host=u.hostname, port=u.port or (443 if u.scheme == "https" else 8000),
                                   ssl=u.scheme == "https", settings=settings)
    return chromadb.PersistentClient(path=str(home / "chroma"), settings=settings)


class ChromaStore:
    def __init__(self, client, embedding_function, name: str):
        self.collection = client.get_or_create_collection(
            name=name, embedding_function=embedding_function,
            configuration={"hnsw": {"space": "cosine"}})

    def upsert(self, ids: list[str], vectors, metadatas: list[dict], documents: list[str]) -> None:
        self.collection.upsert(ids=ids, embeddings=[list(map(float, v)) for v in vectors],
                               metadatas=metadatas, documents=documents)

    def delete_file(self, file: str) -> None:
        self.collection.delete(where={"file": file})

    def ids_of(self, file: str) -> set[str]:
        return set(self.collection.get(where={"file": file}, include=[])["ids"])

    def query(self, vector, k: int, files: list[str] | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first, optionally only within `files`."""
        if k <= 0 or files == []:
            return []
        where = None if files is None else ({"file": files[0]} if len(files) == 1 else {"file": {"$in": files}})
        res = self.collection.query(query_embeddings=[list(map(float, vector))], n_results=k, where=where,
                                    include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0])]

    def count(self) -> int:
        return self.collection.count()
