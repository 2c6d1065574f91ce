"""What the assistant hands on: an Answer whose claims carry Citations to document pages."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    n: int  # the [n] used in the answer text
    file: str
    page: int  # 1-based, as a PDF viewer shows it
    title: str
    text: str  # the exact cited passage (Page.text[start:end])
    start: int
    end: int
    section: tuple[str, ...] = ()  # the passage's heading path (a long table's later part: its column header)


class Numbering:
    """Citation numbers in order of first use, one per cited place (document, page, offsets), shared by
    an answer's quotes and wording, or by a comparison's cells."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._numbers: dict[tuple[str, int, int, int], int] = {}

    def cite(self, file: str, page: int, title: str, text: str, start: int, end: int,
             section: tuple[str, ...] = ()) -> int:
        key = (file, page, start, end)
        if key not in self._numbers:
            self._numbers[key] = len(self._numbers) + 1
            self.citations.append(Citation(self._numbers[key], file, page, title, text, start, end, tuple(section)))
        return self._numbers[key]

    def number(self, hit) -> int:
        """The number of a retrieved passage (an index.search.Hit)."""
        c = hit.chunk
        return self.cite(c.file, c.page, c.title, c.text, c.start, c.end, c.section)


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str  # text with [n] markers
    refused: bool
    language: str  # "nl" | "en"
    citations: tuple[Citation, ...] = ()
    llm: str = "extractive"
    timings_ms: dict[str, int] = field(default_factory=dict)
    dropped: tuple[str, ...] = ()  # claims removed because they failed verification
    see_also: tuple[Citation, ...] = ()  # closest passages, shown with a refusal
    reason: str = ""  # why it was refused (for people checking the decision)

    @classmethod
    def from_json(cls, d: dict) -> "Answer":
        """The inverse of to_json (an answer that came over HTTP)."""
        def cites(items):
            return tuple(Citation(**{**c, "section": tuple(c.get("section") or ())}) for c in items)
        return cls(**{**d, "citations": cites(d.get("citations", ())), "see_also": cites(d.get("see_also", ())),
                      "dropped": tuple(d.get("dropped", ()))})

    def to_json(self) -> dict:
        """The `beleid ask --json` object (DESIGN.md), plus verification details."""
        d = asdict(self)
        d["citations"] = [asdict(c) for c in self.citations]
        d["see_also"] = [asdict(c) for c in self.see_also]
        d["dropped"] = list(self.dropped)
        return d
