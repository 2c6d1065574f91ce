"""Uploaded PDFs: checked (size, magic bytes, a safe base name) before anything is written, and written only
inside BELEID_HOME/uploads, never over another document of the same name."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ingest.model import IngestError, NotPdfError
from ingest.pdf import check_bytes

_UNSAFE = re.compile(r"[^\w.\- ()]+")


@dataclass(frozen=True)
class Upload:
    name: str  # as the client sent it; never trusted as a path
    data: bytes


class UploadError(ValueError):
    """An upload refused before it reached the index: the reason (as `beleid ingest` words it, without the
    file name) and `http_status`, what an API client sees."""

    def __init__(self, message: str, http_status: int = 400):
        super().__init__(message)
        self.http_status = http_status


def safe_name(name: str) -> str:
    """A base name with nothing that could leave the uploads folder: the last part after any / or \\,
    no control characters, no leading dots, only word characters, dots, dashes, spaces and brackets.
    Percent escapes are left alone (never decoded), so `..%2f..%2fetc%2fpasswd.pdf` stays one name."""
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).replace("..", "_").strip(" ._")
    stem, _, ext = name.rpartition(".") if "." in name else (name, "", "")
    if ext.lower() != "pdf":
        stem, ext = name, "pdf"
    stem = stem.strip(" ._")[:120] or "document"
    return f"{stem}.{ext.lower()}"


def _free_name(name: str, taken: dict[str, str], folder: Path) -> str:
    stem, ext = name[:-4], name[-4:]
    n = 2
    while f"{stem}-{n}{ext}" in taken or (folder / f"{stem}-{n}{ext}").exists():
        n += 1
    return f"{stem}-{n}{ext}"


def check_upload(upload: Upload, max_bytes: int) -> None:
    """Refuse before writing: too large (413), or what ingest's own checks before parsing find: empty or cut
    off (400), not a PDF (415), with the same one-line reasons as `beleid ingest` gives."""
    data = upload.data
    if len(data) > max_bytes:
        raise UploadError(f"te groot (meer dan {max_bytes // (1024 * 1024)} MB; zie BELEID_MAX_UPLOAD_MB)", 413)
    try:
        check_bytes(upload.name, len(data), data[:1024], data[-2048:])
    except IngestError as exc:
        raise UploadError(exc.describe(), 415 if isinstance(exc, NotPdfError) else 400) from exc


def save_upload(upload: Upload, folder: Path, max_bytes: int, taken: dict[str, str]) -> Path:
    """Check the upload and write it under `folder` with a safe name. `taken` maps the names already in
    the index to their sha256: a name held by other content gets a free variant (name-2.pdf, …), so no
    document is ever replaced by an upload that happens to share its name. The name is added to `taken`."""
    check_upload(upload, max_bytes)
    name = safe_name(upload.name)
    sha = hashlib.sha256(upload.data).hexdigest()
    target = folder / name
    held = taken.get(name)
    if (held is not None and held != sha) or (held is None and target.exists()):
        name = _free_name(name, taken, folder)
        target = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    if target.resolve().parent != folder.resolve():  # cannot happen after safe_name; never write elsewhere
        raise UploadError("ongeldige bestandsnaam", 400)
    tmp = target.with_suffix(".part")
    tmp.write_bytes(upload.data)
    tmp.replace(target)
    taken[name] = sha
    return target
