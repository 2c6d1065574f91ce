"""The catalog: an SQLite file in BELEID_HOME that is the source of truth for which documents and chunks
are indexed, their state (pending/ready) and the index fingerprint."""
from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from ingest.budget import BUDGET_VERSION, extract_budget
from ingest.model import BudgetLine, Chunk, Document, DocumentMeta, Page

PENDING, READY = "pending", "ready"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  file TEXT PRIMARY KEY, sha256 TEXT NOT NULL, meta TEXT NOT NULL, state TEXT NOT NULL,
  path TEXT NOT NULL DEFAULT '', updated REAL NOT NULL DEFAULT (julianday('now')));
CREATE TABLE IF NOT EXISTS chunks (
  id TEXT PRIMARY KEY, file TEXT NOT NULL REFERENCES documents(file) ON DELETE CASCADE,
  ord INTEGER NOT NULL, page INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  section TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_file ON chunks(file, ord);
CREATE TABLE IF NOT EXISTS pages (
  file TEXT NOT NULL REFERENCES documents(file) ON DELETE CASCADE, page INTEGER NOT NULL,
  text TEXT NOT NULL, PRIMARY KEY (file, page));
CREATE TABLE IF NOT EXISTS budget (
  file TEXT NOT NULL REFERENCES documents(file) ON DELETE CASCADE, ord INTEGER NOT NULL, line TEXT NOT NULL,
  PRIMARY KEY (file, ord));
"""


@dataclass(frozen=True)
class DocumentRecord:
    """One indexed document: its metadata, its state (pending until its vectors exist) and source path."""

    meta: DocumentMeta
    state: str  # PENDING | READY
    path: str = ""
    ingested: str = ""  # when it was last staged or embedded, "YYYY-MM-DD HH:MM:SS" UTC


class IndexMismatchError(Exception):
    """The index was built with other settings (embedding model, chunking, parser)."""


def meta_from_json(text: str) -> DocumentMeta:
    data = json.loads(text)
    data["municipalities"] = tuple(data.get("municipalities", ()))
    return DocumentMeta(**data)


class Catalog:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(_SCHEMA)
        self._refresh_budget()

    # -- fingerprint and version -------------------------------------------------------------------
    def check_fingerprint(self, fingerprint: dict[str, str]) -> None:
        """Record the fingerprint on first use; refuse to mix vectors or chunks from other settings."""
        row = self.db.execute("SELECT value FROM settings WHERE key='fingerprint'").fetchone()
        if row is None:
            self.db.execute("INSERT INTO settings VALUES ('fingerprint', ?)", (json.dumps(fingerprint),))
            return
        stored = json.loads(row[0])
        if stored != fingerprint:
            diff = ", ".join(f"{k}: {stored.get(k)!r} → {v!r}" for k, v in fingerprint.items()
                             if stored.get(k) != v)
            raise IndexMismatchError(
                f"De index in {self.path.parent} is gebouwd met andere instellingen ({diff}). "
                f"Herbouw hem met: beleid ingest --rebuild")

    def collection_name(self) -> str:
        """This index's own Chroma collection, so several homes can share one Chroma server safely."""
        row = self.db.execute("SELECT value FROM settings WHERE key='collection'").fetchone()
        if row:
            return row[0]
        name = f"beleid-{uuid.uuid4().hex[:12]}"
        self.db.execute("INSERT INTO settings VALUES ('collection', ?)", (name,))
        return name

    def version(self) -> int:
        """Bumped on every change, so in-memory caches (BM25) know when to reload."""
        row = self.db.execute("SELECT value FROM settings WHERE key='version'").fetchone()
        return int(row[0]) if row else 0

    def _bump(self) -> None:
        self.db.execute("INSERT INTO settings VALUES ('version', '1') ON CONFLICT(key) "
                        "DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    # -- documents -----------------------------------------------------------------------------------
    def put_pending(self, doc: Document, path: str = "") -> None:
        """Replace a document's chunks in one transaction and mark it pending until its vectors exist."""
        m = doc.meta
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM documents WHERE file=?", (m.file,))
            self.db.execute("INSERT INTO documents (file, sha256, meta, state, path) VALUES (?,?,?,?,?)",
                            (m.file, m.sha256, json.dumps(asdict(m)), PENDING, path))
            self.db.executemany("INSERT INTO pages VALUES (?,?,?)", [(m.file, p.number, p.text) for p in doc.pages])
            self._put_budget(m.file, doc.budget)
            self.db.executemany(
                'INSERT INTO chunks (id, file, ord, page, start, "end", section, kind, text) VALUES (?,?,?,?,?,?,?,?,?)',
                [(c.id, c.file, i, c.page, c.start, c.end, json.dumps(c.section), c.kind, c.text)
                 for i, c in enumerate(doc.chunks)])
            self._bump()

    # -- budget lines --------------------------------------------------------------------------------
    def _put_budget(self, file: str, lines: tuple[BudgetLine, ...]) -> None:
        self.db.execute("DELETE FROM budget WHERE file=?", (file,))
        self.db.executemany("INSERT INTO budget VALUES (?,?,?)",
                            [(file, i, json.dumps(line.to_json(), ensure_ascii=False)) for i, line in enumerate(lines)])

    def _refresh_budget(self) -> None:
        """Lines extracted by another version of ingest.budget are extracted again from the stored pages and
        chunks (no re-reading of PDFs, no re-embedding)."""
        row = self.db.execute("SELECT value FROM settings WHERE key='budget'").fetchone()
        if row and row[0] == BUDGET_VERSION:
            return
        with self.db:
            self.db.execute("BEGIN")
            for (file,) in self.db.execute("SELECT file FROM documents").fetchall():
                pages = [Page(n, t) for n, t in self.db.execute(
                    "SELECT page, text FROM pages WHERE file=? ORDER BY page", (file,)).fetchall()]
                self._put_budget(file, extract_budget(file, pages, self.chunks(file)))
            self.db.execute("INSERT INTO settings VALUES ('budget', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                            (BUDGET_VERSION,))

    def budget(self, file: str | None = None) -> list[BudgetLine]:
        """Budget lines of one document or all, in document and page order."""
        sql = "SELECT line FROM budget" + (" WHERE file=?" if file else "") + " ORDER BY file, ord"
        return [BudgetLine.from_json(json.loads(r[0])) for r in self.db.execute(sql, (file,) if file else ())]

    def mark_ready(self, file: str) -> None:
        self._set_state(file, READY)

    def mark_pending(self, file: str) -> None:
        self._set_state(file, PENDING)

    def _set_state(self, file: str, state: str) -> None:
        with self.db:
            self.db.execute("UPDATE documents SET state=?, updated=julianday('now') WHERE file=?", (state, file))

    def remove(self, file: str) -> bool:
        with self.db:
            self.db.execute("BEGIN")
            gone = self.db.execute("DELETE FROM documents WHERE file=?", (file,)).rowcount > 0
            self._bump()
        return gone

    def documents(self) -> list[DocumentRecord]:
        """Every document, by file name."""
        rows = self.db.execute("SELECT meta, state, path, datetime(updated) FROM documents ORDER BY file").fetchall()
        return [DocumentRecord(meta_from_json(m), s, p, u) for m, s, p, u in rows]

    def document(self, file: str) -> DocumentRecord | None:
        row = self.db.execute("SELECT meta, state, path, datetime(updated) FROM documents WHERE file=?",
                              (file,)).fetchone()
        return DocumentRecord(meta_from_json(row[0]), *row[1:]) if row else None

    def chunks(self, file: str | None = None) -> list[Chunk]:
        sql = ('SELECT c.file, c.page, c.section, c.start, c."end", c.text, c.kind, d.meta FROM chunks c '
               'JOIN documents d ON d.file = c.file')
        rows = self.db.execute(sql + (" WHERE c.file=? ORDER BY c.ord" if file else " ORDER BY c.file, c.ord"),
                               (file,) if file else ()).fetchall()
        docs: dict[str, tuple[str, str]] = {}
        out = []
        for f, page, section, start, end, text, kind, meta in rows:
            if f not in docs:
                m = json.loads(meta)
                docs[f] = (m["title"], m["sha256"][:16])
            title, doc_id = docs[f]
            out.append(Chunk(f, page, tuple(json.loads(section)), start, end, text, kind, title, doc_id))
        return out

    def chunk_counts(self) -> dict[str, int]:
        """Chunks per document, without loading their text."""
        return dict(self.db.execute("SELECT file, COUNT(*) FROM chunks GROUP BY file").fetchall())

    def page_text(self, file: str, page: int) -> str | None:
        row = self.db.execute("SELECT text FROM pages WHERE file=? AND page=?", (file, page)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.db.close()
