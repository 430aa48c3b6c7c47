"""The pipelines we measure ourselves against, built from the same parts on the same data.

- Textbook: LangChain tutorial retrieval. RecursiveCharacterTextSplitter(1000, 200) -> Chroma
  (cosine) -> all-MiniLM-L6-v2 -> top-k similarity.
- BM25 alone: Okapi BM25 (k1 1.2, b 0.75, stemmed, stopwords removed) over the same passages
  (or whole documents for BEIR).
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from assistant.lexical import BM25, tokenize

from .beir import CACHE

Doc = tuple[str, str]  # (doc id, text)


def split_textbook(docs: Sequence[Doc]) -> list[Doc]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    return [(did, piece) for did, text in docs for piece in splitter.split_text(text)]


class TextbookPipeline:
    """Dense top-k over 1000/200 character chunks in a persistent Chroma collection (cached by
    content, so a rerun does not re-encode)."""

    def __init__(self, name: str, docs: Sequence[Doc], embedder: Any, cache: Path | None = None) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.embedder = embedder
        self.chunks = split_textbook(docs)
        digest = hashlib.sha256("\0".join(f"{d}\0{t}" for d, t in self.chunks).encode()).hexdigest()[:16]
        self.client = chromadb.PersistentClient(path=str((cache or CACHE) / "textbook" / f"{name}-{digest}"),
                                                settings=ChromaSettings(anonymized_telemetry=False))
        self.col = self.client.get_or_create_collection("textbook", configuration={"hnsw": {"space": "cosine"}},
                                                        embedding_function=None)
        if self.col.count() != len(self.chunks):
            vectors = embedder.embed_documents([t for _, t in self.chunks])
            for i in range(0, len(self.chunks), 2000):
                part = self.chunks[i:i + 2000]
                self.col.upsert(ids=[str(j) for j in range(i, i + len(part))], embeddings=vectors[i:i + len(part)],
                                documents=[t for _, t in part], metadatas=[{"doc": d} for d, _ in part])

    def retrieve(self, query: str, k: int) -> list[Doc]:
        vector = self.embedder.embed_documents([query])[0]  # the tutorial embeds queries with the same model
        res = self.col.query(query_embeddings=[vector], n_results=min(k, len(self.chunks)),
                             include=["documents", "metadatas"])
        return [(m["doc"], t) for m, t in zip(res["metadatas"][0], res["documents"][0])]

    def close(self) -> None:
        self.client.close()


class BM25Pipeline:
    def __init__(self, passages: Sequence[Doc]) -> None:
        self.passages = list(passages)
        self.bm25 = BM25([tokenize(t) for _, t in self.passages])

    def retrieve(self, query: str, k: int) -> list[Doc]:
        return [self.passages[i] for i, _ in self.bm25.top(tokenize(query), k)]


def doc_ranking(hits: Sequence[Doc], depth: int) -> list[str]:
    out: list[str] = []
    for did, _ in hits:
        if did not in out:
            out.append(did)
    return out[:depth]


def raw_encoder_seconds(embedder: Any, texts: Sequence[str]) -> float:
    """Time for the bare encoder on exactly these texts: the physical limit of ingest here."""
    embedder.embed_documents(["warm up"])
    started = time.perf_counter()
    vectors = embedder.embed_documents(list(texts))
    assert isinstance(vectors, np.ndarray) and len(vectors) == len(texts)
    return time.perf_counter() - started
