"""The question set format (eval/questions.yaml or a user's own file)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_QUESTIONS = Path(__file__).with_name("questions.yaml")
KINDS = ("fact", "budget", "table", "multi_doc", "comparison", "followup", "english", "refusal")


@dataclass(frozen=True)
class Gold:
    file: str
    pages: tuple[int, ...]


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    question: str
    answer: str = ""
    required: tuple[str, ...] = ()
    gold: tuple[Gold, ...] = ()
    history: tuple[dict, ...] = ()
    language: str = "nl"

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


def question_corpus(path: Path) -> Path | None:
    """The folder of PDFs a question set is about, when the set names one (`corpus:` beside `questions:`,
    relative to the set's file); None = the library's own corpus."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict) and data.get("corpus"):
        return (Path(path).parent / data["corpus"]).resolve()
    return None


def load_questions(path: Path = DEFAULT_QUESTIONS) -> list[Question]:
    """A question set: a YAML list of questions, or a mapping with `questions:` (and `corpus:`)."""
    import yaml

    items = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    if isinstance(items, dict):
        items = items.get("questions") or []
    out = []
    for n, item in enumerate(items, start=1):
        try:
            out.append(Question(
                id=str(item["id"]), kind=item.get("kind", "fact"), question=item["question"],
                answer=str(item.get("answer", "")), required=tuple(str(r) for r in item.get("required") or ()),
                gold=tuple(Gold(g["file"], tuple(int(p) for p in g["pages"])) for g in item.get("gold") or ()),
                history=tuple(item.get("history") or ()), language=item.get("language", "nl")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: vraag {n} is ongeldig ({exc!r}); zie eval/questions.yaml voor het formaat") from exc
    ids = [q.id for q in out]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path}: dubbele id's: {sorted({i for i in ids if ids.count(i) > 1})}")
    return out
