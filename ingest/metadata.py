"""Document metadata from PDF info, file name and text, overridable per file in corpus/documents.toml."""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .model import DocumentMeta

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MUNICIPALITY = re.compile(r"\b[Gg]emeente\s+([A-Z][a-zë]+(?:[- ](?:aan|op|de|den)?[- ]?[A-Z][a-zë]+)?)")
_DOC_TYPES = ("regiovisie", "transformatieplan", "ontwikkelagenda", "ambulantiseringsplan", "handreiking",
              "uitvoeringsplan", "beleidsplan", "visie", "plan", "nota")
OVERRIDABLE = {"title", "organisation", "region", "municipalities", "year", "doc_type"}


def _region_of(organisation: str) -> str:
    org = organisation.strip()
    for prefix in ("Regio ", "Gemeente ", "regio ", "gemeente "):
        if org.startswith(prefix):
            return org[len(prefix):].strip()
    if "Nederlandse Gemeenten" in org:
        return "Nederland"
    return org


def _year_of(info: dict, file: str, text: str) -> int | None:
    for source in (str(info.get("/Subject", "")), Path(file).stem, str(info.get("/CreationDate", ""))[2:6]):
        years = _YEAR.findall(source)
        if years:
            return int(years[0])
    years = _YEAR.findall(text[:3000])
    return int(Counter(years).most_common(1)[0][0]) if years else None


def _doc_type_of(title: str, file: str) -> str:
    haystack = f"{title} {file}".lower()
    return next((t for t in _DOC_TYPES if t in haystack), "")


def _municipalities_of(text: str) -> tuple[str, ...]:
    counts = Counter(m.group(1) for m in _MUNICIPALITY.finditer(text))
    return tuple(sorted(name for name, n in counts.items() if n >= 2))


def infer_meta(file: str, sha256: str, info: dict, pages: list[str]) -> DocumentMeta:
    """Best-effort metadata: PDF info first, then the file name and the text."""
    text = "\n".join(pages)
    first_line = next((ln.strip() for ln in text.split("\n") if len(ln.strip()) > 3), "")
    title = str(info.get("/Title") or "").strip() or first_line[:120] or Path(file).stem
    organisation = str(info.get("/Author") or "").strip()
    return DocumentMeta(
        file=file, sha256=sha256, title=title, organisation=organisation, region=_region_of(organisation),
        municipalities=_municipalities_of(text), year=_year_of(info, file, text),
        doc_type=_doc_type_of(title, file), pages=len(pages))


def load_overrides(corpus_dir: Path) -> dict[str, dict]:
    """`documents.toml`: one table per file name with any of OVERRIDABLE."""
    path = corpus_dir / "documents.toml"
    if not path.exists():
        return {}
    with path.open("rb") as f:
        data = tomllib.load(f)
    for file, fields in data.items():
        unknown = set(fields) - OVERRIDABLE
        if unknown:
            raise ValueError(f"{path}: [{file}] kent de velden {sorted(unknown)} niet; "
                             f"toegestaan: {sorted(OVERRIDABLE)}")
    return data


def apply_overrides(meta: DocumentMeta, overrides: dict) -> DocumentMeta:
    fields = dict(overrides)
    if "municipalities" in fields:
        fields["municipalities"] = tuple(fields["municipalities"])
    return replace(meta, **fields) if fields else meta
