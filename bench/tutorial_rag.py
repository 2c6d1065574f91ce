"""The bar to beat: the RAG a LangChain tutorial gives, on our dev set, with the same local model.

PyPDFLoader → RecursiveCharacterTextSplitter(1000, 200) → Chroma with multilingual-e5-small → top-4
chunks → the classic "Use the following pieces of context…" prompt → the local Qwen model. No history
rewriting, no refusal logic, no verification: what the tutorial does. Scored with the same metrics as
bench/answer.py (required facts present; a "citation" is a retrieved chunk on a gold page, since the
tutorial shows its source chunks; a refusal is an answer saying it does not know).

Usage: .venv/bin/python bench/tutorial_rag.py [--every N] [--limit N] [--out FILE]"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.settings import apply_offline_env  # noqa: E402

apply_offline_env()

from langchain_community.document_loaders import PyPDFLoader  # noqa: E402
from langchain_community.vectorstores import Chroma  # noqa: E402
from langchain_core.embeddings import Embeddings  # noqa: E402
from langchain_text_splitters import RecursiveCharacterTextSplitter  # noqa: E402

from assistant.llm import LocalChatModel, complete  # noqa: E402
from assistant.types import Answer, Citation  # noqa: E402
from eval.answers import score_answer, summarise  # noqa: E402
from eval.questions import DEFAULT_QUESTIONS, load_questions, question_corpus  # noqa: E402
from index.embed import embedder_from_name  # noqa: E402

PROMPT = """Use the following pieces of context to answer the question at the end. If you don't know the \
answer, just say that you don't know, don't try to make up an answer.

{context}

Question: {question}
Helpful Answer:"""
_DONT_KNOW = re.compile(r"don't know|do not know|weet (ik )?(het )?niet|niet bekend|geen informatie|"
                        r"not (mentioned|provided|specified)|niet (vermeld|genoemd|gespecificeerd)", re.I)


class E5(Embeddings):
    """multilingual-e5-small (our packaged folder) as a LangChain embedding."""

    def __init__(self) -> None:
        self.model = embedder_from_name(None)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.embed_documents(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text).tolist()


def build_store(workdir: Path, corpus: Path) -> Chroma:
    docs = []
    for pdf in sorted(corpus.glob("*.pdf")):
        docs.extend(PyPDFLoader(str(pdf)).load())  # one Document per page, metadata["page"] 0-based
    splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)
    print(f"{len(docs)} pages → {len(splits)} chunks", flush=True)
    return Chroma.from_documents(splits, E5(), persist_directory=str(workdir / "chroma"),
                                 client_settings=None, collection_name="tutorial")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--every", type=int, default=1, help="every n-th question (keeps the mix of kinds)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    corpus = question_corpus(args.questions) or ROOT / "corpus"  # a set may name its own documents
    store = build_store(Path(tempfile.mkdtemp(prefix="beleid-tutorial-")), corpus)
    retriever = store.as_retriever(search_kwargs={"k": 4})
    llm = LocalChatModel(threads=args.threads)
    llm.load()
    pages: dict[str, int] = {}
    for pdf in corpus.glob("*.pdf"):
        pages[pdf.name] = len(PyPDFLoader(str(pdf)).load())
    items, rows = [], []
    for q in load_questions(args.questions)[:: args.every][: args.limit]:
        t = time.perf_counter()
        docs = retriever.invoke(q.question)
        context = "\n\n".join(d.page_content for d in docs)
        text = complete(llm, [{"role": "user", "content": PROMPT.format(context=context, question=q.question)}],
                        max_tokens=300, temperature=0.0).strip()
        seconds = time.perf_counter() - t
        cites = tuple(Citation(i, Path(d.metadata["source"]).name, d.metadata["page"] + 1, "", d.page_content, 0,
                               len(d.page_content)) for i, d in enumerate(docs, 1))
        refused = bool(_DONT_KNOW.search(text))
        answer = Answer(q.question, text, refused, q.language, cites, llm.name, {})
        s = score_answer(q, answer, seconds, pages)
        items.append(s)
        rows.append({"id": q.id, "kind": q.kind, "correct": s.correct, "refused": refused,
                     "seconds": round(seconds, 2), "answer": text})
        print(f"{'ok ' if s.correct else 'BAD'} {seconds:5.1f}s [{q.kind}] {q.id}: {' '.join(text.split())[:140]}",
              flush=True)
    summary = summarise(items)
    summary["llm"] = llm.name
    summary["recipe"] = "LangChain tutorial: PyPDFLoader, 1000/200 splitter, Chroma, mE5-small, top-4"
    print(json.dumps(summary, indent=1))
    by_kind: dict[str, list] = {}
    for i in items:
        by_kind.setdefault(i.kind, []).append(i.correct)
    print("per kind:", {k: f"{sum(v)}/{len(v)}" for k, v in by_kind.items()})
    if args.out:
        args.out.write_text(json.dumps({"summary": summary, "items": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
