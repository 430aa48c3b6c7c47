"""The values that cross the library's boundaries.

Everything here is plain data (frozen dataclasses) so it can be logged, compared in tests and
turned into JSON with `to_dict()` for the CLI, the UI and the evaluation runner.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterator, Literal, Mapping, Sequence

BlockKind = Literal["heading", "paragraph", "list_item", "quote", "code", "table"]


@dataclass(frozen=True)
class Block:
    """One structural unit of a loaded document, in reading order."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level (1 = title-like); 0 for non-headings
    page: int | None = None  # 1-based page for paginated formats


@dataclass(frozen=True)
class Document:
    """A file turned into structured text by a loader."""

    source: str  # path relative to the corpus root when inside it, else as given
    title: str
    blocks: tuple[Block, ...]
    sha256: str  # of the file's bytes: the "file version" recorded in the manifest
    metadata: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chunk:
    """A passage: the unit that is embedded, retrieved and cited."""

    id: str  # stable content hash
    source: str
    title: str
    section: str | None  # heading path, e.g. "Regional Implications › 5.1 China"
    page: int | None
    text: str  # the passage as it reads in the document
    sentences: tuple[str, ...]  # `text` split into answerable units (sentences, list lines)
    position: int  # order of the chunk within its document
    list_items: tuple[int, ...] = ()  # indexes of `sentences` that are list items, not prose

    def embedding_text(self) -> str:
        """What the encoder sees: the heading gives a short passage its topic."""
        return f"{self.section}: {self.text}" if self.section else self.text

    def lexical_text(self) -> str:
        return " ".join(p for p in (self.title, self.section, self.text) if p)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its retrieval score (higher is better, roughly 0..1)."""

    chunk: Chunk
    score: float
    dense: float = 0.0
    lexical: float = 0.0
    # the chunk id of the passage whose closing lead-in ("... several risks:") brought this one:
    # `score` is then that passage's, not a match of its own (retrieval.Retrieval.introduced)
    via: str | None = None
    # the chunk id of the found passage whose section this one completes (a question that gathers
    # reads the rest of the best passages' sections; retrieval.section_rest): not a match of its own
    section_of: str | None = None
    # the sentence before the passage in its section (the last of the passage before it) and the
    # one after it (the first of the next): whether a table runs on into them; filled only for a
    # superlative over a table (retrieval.with_around)
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class Citation:
    marker: int  # the n of "[n]" in the answer text
    chunk_id: str
    source: str
    title: str
    section: str | None
    page: int | None
    text: str  # the whole cited passage
    quote: str  # the sentence(s) of the passage that the answer relies on
    score: float
    span: tuple[int, int] | None = None  # the reader's answer span: character offsets into `text`
    # the search did not find this passage itself: a lead-in ("... several risks:") brought it,
    # and `score` is that lead-in's; `via` is the lead-in's marker when the answer cites it too
    introduced: bool = False
    via: int | None = None
    # the search did not find this passage itself: it is in the section of a passage it found
    # (read for a question that gathers); `in_section_of` is that passage's marker when cited
    in_section: bool = False
    in_section_of: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AnswerSentence:
    text: str  # without markers
    markers: tuple[int, ...]
    verified: bool  # supported by (a verbatim sentence of, in extractive mode) its cited passages
    support: float = 1.0  # how strongly: 1.0 verbatim; similarity in LLM mode


AnswerMode = Literal["extractive", "llm", "smalltalk", "refusal"]


@dataclass(frozen=True)
class Answer:
    text: str  # what a user reads: sentences each ending with their [n] markers
    citations: tuple[Citation, ...]
    refused: bool
    query: str  # the standalone query actually searched ("" when nothing was searched)
    sentences: tuple[AnswerSentence, ...] = ()
    mode: AnswerMode = "extractive"
    evidence: float = 0.0  # the score the refusal threshold was applied to
    related: tuple[Citation, ...] = ()  # on refusal: closest passages, "related, not an answer"
    notice: str | None = None  # e.g. the LLM failed and the extractive answer is shown instead
    timings: Mapping[str, float] = field(default_factory=dict)  # seconds per stage
    short_answer: str | None = None  # the reader's short span ("70 percent [1]"), cited; shown first
    hedged: bool = False  # answered, but the reader is not sure the passages answer it (notice says so)
    fallback: bool = False  # LLM mode was asked for; the documents' own sentences answer (notice says why)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return self.text


Role = Literal["user", "assistant"]


@dataclass(frozen=True)
class Turn:
    role: Role
    content: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


HistoryLike = Sequence[Turn | Mapping[str, Any]] | None


@dataclass
class IngestReport:
    """What one ingest run did, by source path."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unchanged since the last ingest
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    chunks_added: int = 0
    chunks_removed: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.skipped)} unchanged",
        ]
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts) + f" ({self.chunks_added} chunks written, {self.seconds:.1f} s)"


@dataclass(frozen=True)
class DocumentInfo:
    source: str
    title: str
    chunks: int
    indexed_at: str  # ISO 8601, UTC
    sha256: str


class AnswerStream:
    """Iterate for text as it is produced; `.answer` holds the final, verified `Answer`.

    The final answer is authoritative: in LLM mode a streamed sentence that fails citation
    verification is removed from it.
    """

    def __init__(self, events: Iterator[str | Answer]) -> None:
        self._events = events
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        for event in self._events:
            if isinstance(event, Answer):
                self.answer = event
            else:
                yield event
