"""The `Assistant` facade: the one object the CLI, the chat window and other tools use."""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

import numpy as np

from . import corpus, ingest
from .answering import ExtractiveAnswerer
from .reader import shared_reader
from .backends import ChatModel, Embedder, Manifest, VectorStore
from .backends.registry import open_chat_model, open_embedder, open_store
from .config import Settings
from .conversation import Query, build_query, is_follow_up, normalise_history, smalltalk_reply
from .frame import Frame
from .inputs import check_k, clean_question
from .comparing import compare_documents
from .naming import calls_itself
from .scoping import apart_on_refusal, outside_reply, points_nowhere, scope
from .kinds import KIND_DIMENSION, KIND_EMBEDDER, shared_kind_model
from .composing import Kind, kind_of
from .timeline import SEARCHED as TIMELINE_SEARCHED, wants_timeline
from .errors import IndexDamaged, IndexMissing, InputError, LLMError
from .generation import Verifier, clean_rewrite, compose_generated, condense_messages, generate
from .changes import Change, plan
from .index import Index, Progress
from .retrieval import HybridRetriever
from .spelling import SpellerCache
from .corpus import UploadResult
from .parts import in_parts, two_parts
from .types import Answer, AnswerStream, Chunk, DocumentInfo, HistoryLike, IngestReport, Passage

T = TypeVar("T")


class Assistant:
    def __init__(self, settings: Settings, index: Index, llm: ChatModel | None = None) -> None:
        self.settings = settings
        self.index = index
        self.llm = llm
        self.retriever = HybridRetriever(index, settings.retrieval)
        self.extractive = ExtractiveAnswerer(settings.answer,
                                             reader=lambda: shared_reader(settings.answer.reader_threads,
                                                                          settings.answer.reader_dir))
        self._ready = threading.Lock()
        self._checked_corpus = False
        self._failures: dict[str, str] = {}  # source -> why the last ingest in this process refused it
        self._spelling = SpellerCache()
        self._self_names: dict[tuple[str, str], str] = {}  # (source, sha256) -> what it calls itself

    @classmethod
    def from_config(cls, settings: Settings | None = None, *, embedder: Embedder | None = None,
                    store: VectorStore | Mapping[str, Any] | None = None, manifest: Manifest | None = None,
                    llm: ChatModel | Mapping[str, Any] | None = None, **overrides: Any) -> "Assistant":
        """Build from settings (defaults, env, `assistant.toml`); keyword overrides win. A backend
        passed in is used as it is; the others are the ones the settings name (`registry`).
        `store` and `llm` given as mappings are settings sections (`store={"backend": "memory"}`)."""
        for section, value in (("store", store), ("llm", llm)):
            if isinstance(value, Mapping):
                overrides[section] = value
        store = None if isinstance(store, Mapping) else store
        llm = None if isinstance(llm, Mapping) else llm
        settings = settings or Settings.load(**overrides)
        chat = llm if llm is not None else open_chat_model(settings.llm)
        embedder = embedder or open_embedder(settings)
        index = Index(settings, embedder, store or open_store(settings), manifest)
        return cls(settings, index, chat)

    # -- asking --------------------------------------------------------------------------------

    def ask(self, question: str, history: HistoryLike = None, *, top_k: int | None = None,
            mode: str | None = None, documents: Sequence[str] | None = None) -> Answer:
        """Answer `question`; `history` is the conversation so far. `mode` ("extractive" or "llm")
        overrides answer.mode for this call. `documents` (sources, as `documents()` names them)
        limits the search to those documents; None or empty: all of them."""
        stream = self.stream(question, history, top_k=top_k, mode=mode, documents=documents)
        for _ in stream:
            pass
        assert stream.answer is not None
        return stream.answer

    def stream(self, question: str, history: HistoryLike = None, *, top_k: int | None = None,
               mode: str | None = None, documents: Sequence[str] | None = None) -> AnswerStream:
        """Like `ask`, but yields the answer's text as it is produced."""
        question = self.check_question(question)
        turns = normalise_history(history, self.settings.limits.max_history_turns)
        top_k = check_k(top_k, "top_k")
        mode = mode or self.settings.answer.mode
        if mode not in ("extractive", "llm"):
            raise InputError(f"unknown answer mode {mode!r}: use 'extractive' or 'llm'")
        sources = self._scope(documents)
        split = two_parts(question) if mode == "extractive" and self.settings.answer.two_parts else None
        if split is not None and (self._kind(question)[0] or kind_of(question)) == "factoid":
            # (a synthesis or why/how gathers several points already: used rounds m4, m5)
            return AnswerStream(in_parts(lambda q, t: self._events(q, t, top_k, "extractive", sources),
                                         question, split, turns))
        return AnswerStream(self._events(question, turns, top_k, mode, sources))

    def _events(self, question: str, turns: list[Any], top_k: int | None, mode: str,
                sources: frozenset[str] | None = None) -> Iterator[str | Answer]:
        started = time.perf_counter()
        reply = smalltalk_reply(question)
        # "Who operates it?" opening a conversation: the answer is a guess at what "it" is, and says so
        pointing = points_nowhere(question, turns) if reply is None else None
        if reply is not None:
            yield reply
            yield Answer(text=reply, citations=(), refused=False, query="", mode="smalltalk")
            return
        self._repairing(self.ensure_index)
        if self.settings.answer.correct_spelling:  # searched and read as the documents spell it
            question = self._spelling.correct(self.index.snapshot, question)
        if self.settings.answer.place_names:  # "Tehran" read as "Iran" where no document says Tehran
            question = self._spelling.rename_places(self.index.snapshot, question)
        notice: str | None = None
        if mode == "llm" and self.llm is None:
            mode, notice = "extractive", "No language model is configured (llm.provider), so this answer was extracted from the documents."
        query = build_query(question, turns, is_name=self.index.snapshot.written_as_name)
        if mode == "llm" and turns and is_follow_up(question):
            query = self._rewrite(question, turns, query)
        # the reader judges the standalone question when the LLM wrote one ("Did that work?" says nothing)
        asked = query.question if not query.context and query.question != question else question
        kind, vector = self._kind(asked)
        if vector is not None and asked != query.focus:
            vector = None  # the search embeds what it searches with
        # a follow-up: the reader also sees what "it" is (not after a topic marker, whose subject
        # the question then names: query.question is "X: ..." there)
        reading = query.resolved if query.names and asked == query.question else None
        # the question read once, for retrieval and answering
        frame = Frame.of(asked, query, kind, is_name=self.index.snapshot.written_as_name, reading=reading)
        every = self.documents() if self.settings.answer.named_documents else []
        names = [(d.source, f"{d.title} {self._calls_itself(d)}") for d in every] if len(every) > 1 else []
        # "What does the memo recommend?", "How do the brief and the assessment differ on …?"
        scoped = scope(question, asked, turns, query, frame, kind, vector, reading, sources, every, names,
                       self.settings, self.index.snapshot.written_as_name,
                       lambda f, v, k: self._repairing(lambda: self.retriever.retrieve(f, k, None, v)))
        if scoped.outside is not None:  # the caller's choice leaves out the document it names
            reply = outside_reply(scoped.outside)
            yield reply
            yield Answer(text=reply, citations=(), refused=False, query="", mode="smalltalk")
            return
        query, frame, vector, sources, plain = scoped.query, scoped.frame, scoped.vector, scoped.sources, scoped.plain
        frame = dataclasses.replace(frame, said=next((t.content for t in reversed(turns) if t.role == "assistant"), ""))
        if wants_timeline(frame.question, self.settings.answer) and frame.kind == "factoid":
            frame = dataclasses.replace(frame, kind="synthesis")  # events from anywhere, put in order
        scope_notice, several, compared, across = scoped.notice, scoped.several, scoped.compared, scoped.across
        # several points, often from several sections: more passages, and the rest of the best
        # ones' sections, unless the caller asked for a number of passages
        widen = top_k is None and frame.gathers
        if widen:
            top_k = max(self.settings.retrieval.top_k, self.settings.retrieval.composed_top_k)
            if wants_timeline(frame.question, self.settings.answer):
                top_k = max(top_k, TIMELINE_SEARCHED)
        if compared:  # searched and read side by side (the timings count both as the search)
            answer, retrieval = compare_documents(self.extractive, question, [(d.source, d.title) for d in compared],
                                                  lambda f, only: self._repairing(lambda: self.retriever.retrieve(f, top_k, only)),
                                                  across or None, query if across else None)
            if across and answer.refused:  # read apart, no document answers: asked as one question
                compared, scope_notice = [], None
        if not compared:
            retrieval = self._repairing(lambda: self.retriever.retrieve(frame, top_k, sources, vector, widen=widen))
        retrieved = time.perf_counter()
        lexicon = retrieval.lexicon
        if not compared:
            answer = self.extractive.answer(frame, retrieval, lexicon)  # decides refusal in both modes
            # (not where it was read in each already: `across` refused)
            apart, asked_each = apart_on_refusal(question, frame, retrieval, every, names) \
                if answer.refused and not across and sources is None else ([], "")
            if apart:  # a comparison refused whole: what it compares, read in each
                again, merged = compare_documents(self.extractive, question, [(d.source, d.title) for d in apart],
                                                  lambda f, only: self._repairing(lambda: self.retriever.retrieve(f, top_k, only)),
                                                  asked_each, query)
                if not again.refused:
                    answer, retrieval, compared = again, merged, apart
                    scope_notice = f"Read in each of the {len(apart)} documents that speak to it, each searched on its own."
            cited = {c.source for c in answer.citations}
            if scope_notice and several and len(cited) == 1:  # which of them the user is reading
                scope_notice += "".join(f" The answer is from {d.title}." for d in every if d.source in cited)
        parts: list[str] = []  # LLM text streamed so far
        if mode == "llm" and not answer.refused:
            assert self.llm is not None
            context = retrieval.with_introduced()
            try:
                for delta in generate(self.llm, question, context, turns):
                    parts.append(delta)
                    yield delta
                verifier = Verifier(self.index, self.index.embedder, lexicon)
                generated = compose_generated("".join(parts), context, verifier, answer.evidence,
                                              self.settings.answer.max_sentences)
                if generated is None:
                    notice = ("The language model's answer could not be verified against the passages, "
                              "so the documents' own sentences are shown instead.")
                else:  # the reader's doubt about the passages holds for the LLM's words too
                    answer = dataclasses.replace(generated, hedged=answer.hedged, notice=answer.notice)
            except LLMError as err:
                notice = f"{err}. The answer below was extracted from the documents instead."
        done = time.perf_counter()
        fallback = notice is not None  # an LLM was wanted; the documents' sentences answer instead
        # what was searched stays visible, then which mode answered and why, then the reader's doubt
        guessed = (f"Nothing before this question says what \"{pointing}\" is: the passage below is the search's "
                   "guess at it. Name what you mean to be sure.") if pointing and not answer.refused else None
        notice = " ".join(x for x in (guessed, scope_notice, notice, answer.notice) if x) or None
        # what was searched is shown as the user wrote it: "What risks does it identify?" read as a rewrite
        shown = answer.query.replace(plain, question, 1) if plain != question else answer.query
        answer = dataclasses.replace(answer, notice=notice, fallback=fallback, query=shown, timings={
            "retrieve": round(retrieved - started, 4), "answer": round(done - retrieved, 4),
            "total": round(done - started, 4),
        })
        if answer.mode != "llm":
            if parts:  # a text-only reader already saw unverified words: say plainly they are replaced
                yield f"\n\n({notice})\n\n"
            yield answer.text
        yield answer

    def _calls_itself(self, doc: DocumentInfo) -> str:
        """What the document's opening calls it ("article"), worked out once per version of it."""
        key = (doc.source, doc.sha256)
        if key not in self._self_names:
            self._self_names[key] = calls_itself(self.index.chunks_of(doc.source))
        return self._self_names[key]

    def _kind(self, question: str) -> tuple[Kind | None, np.ndarray | None]:
        """The question-kind model's reading and the question's embedding it read, where the model
        applies (else None, None: the form rules decide). The vector is the one retrieval needs
        when the question is searched as it stands."""
        a = self.settings.answer
        embedder = self.index.embedder
        # a local model folder may share the name: its vectors must also be the trained length
        if not (a.reader and a.question_kinds and getattr(embedder, "name", None) == KIND_EMBEDDER
                and getattr(embedder, "dimension", None) == KIND_DIMENSION):
            return None, None
        vector = embedder.embed_query(question)
        return shared_kind_model().kind(vector, question), vector

    def _rewrite(self, question: str, turns: list[Any], fallback: Query) -> Query:
        """With an LLM, a follow-up is rewritten into a standalone question; if the LLM fails, the
        heuristic query stands."""
        assert self.llm is not None
        try:
            text = self.llm.complete(condense_messages(question, turns))
        except LLMError:
            return fallback
        rewritten = clean_rewrite(text, fallback.text)
        return fallback if rewritten == fallback.text else Query(rewritten)

    def check_question(self, question: Any) -> str:
        """The question as it is asked, or an `InputError` saying what is wrong with it (empty, too long)."""
        return clean_question(question, self.settings.limits.max_question_chars)

    def retrieve(self, query: str, k: int | None = None, history: HistoryLike = None, *,
                 documents: Sequence[str] | None = None) -> list[Passage]:
        """The passages hybrid retrieval finds for `query`, best first; with `history`, searched as
        `ask` searches a follow-up without an LLM (the earlier turn's words weighted lower);
        with `documents`, only passages of those documents."""
        self._repairing(self.ensure_index)
        turns = normalise_history(history, self.settings.limits.max_history_turns)
        q = build_query(self.check_question(query), turns, is_name=self.index.snapshot.written_as_name)
        k = check_k(k, "k")
        sources = self._scope(documents)
        return self._repairing(lambda: self.retriever.retrieve(q, k, sources)).passages

    def _scope(self, documents: Sequence[str] | None) -> frozenset[str] | None:
        """The documents to search as a set of sources (None: all); an unknown name is an input
        error rather than a silent refusal."""
        if not documents:
            return None
        wanted = frozenset([documents] if isinstance(documents, str) else documents)  # one name is fine too
        known = {d.source for d in self.documents()}
        unknown = sorted(wanted - known)
        if unknown:
            raise InputError(f"not in the index: {', '.join(unknown)} (see `assistant docs` for the documents' names)")
        return wanted

    def _repairing(self, work: Callable[[], T]) -> T:
        """Run `work`; if it meets a damaged local index, rebuild it (the caller waits) and run again."""
        try:
            return work()
        except IndexDamaged:
            if not self.index.can_repair:
                raise
            self.index.repair()
            return work()

    # -- the corpus ----------------------------------------------------------------------------

    def ensure_index(self, progress: Progress | None = None) -> IngestReport | None:
        """Build the index from the corpus folder when it has never been built (auto_ingest)."""
        if self._checked_corpus:
            self.index.refresh_if_changed()
            return None
        with self._ready:
            if self._checked_corpus:
                return None
            report = None
            if not self.index.built:
                if not (self.settings.auto_ingest and self.settings.corpus_path.is_dir()):
                    raise IndexMissing(
                        f"nothing has been indexed yet in {self.settings.index_path}: run `assistant ingest` "
                        f"(documents folder: {self.settings.corpus_path})")
                report = self.ingest([self.settings.corpus_path], progress=progress)
            else:
                self.index.refresh_if_changed(every=0.0)  # built by someone else since we opened
            self._checked_corpus = True
            return report

    def ingest(self, paths: Sequence[str | Path] | None = None, *, progress: Progress | None = None,
               rebuild: bool = False) -> IngestReport:
        """Add or update files and folders (default: the corpus folder). Unchanged files are skipped;
        a changed file's passages replace its old ones; files gone from an ingested folder are removed."""
        targets = [Path(p).expanduser() for p in (paths or [self.settings.corpus_path])]
        missing = [str(p) for p in targets if not p.exists()]
        if rebuild:
            self.index.reset()
        report = self.index.ingest([p for p in targets if p.exists()], root=self.settings.corpus_path,
                                   progress=progress)
        report.failed[:0] = [(m, "no such file or folder") for m in missing]
        return self._remember(report)

    def plan(self, paths: Sequence[str | Path] | None = None) -> list[Change]:
        """What `ingest(paths)` would do, file by file (put, skip, fail, remove), writing nothing."""
        targets = [Path(p).expanduser() for p in (paths or [self.settings.corpus_path])]
        return [Change("fail", str(p), reason="no such file or folder") for p in targets if not p.exists()] + \
            list(plan([p for p in targets if p.exists()], self.index.manifest.read_manifest(), self.settings,
                      root=self.settings.corpus_path))

    def apply(self, changes: Iterable[Change]) -> IngestReport:
        """Write planned changes (see `plan`), or a bulk load of passages with their vectors
        (`Change.put(document, chunks, vectors)`)."""
        return self._remember(self.index.apply(changes))

    def _remember(self, report: IngestReport) -> IngestReport:
        for source in report.added + report.updated + report.skipped:
            self._failures.pop(source, None)
        self._failures.update(report.failed)
        return report

    def add_files(self, files: Sequence[str | Path], progress: Progress | None = None) -> UploadResult:
        """Copy files into the corpus folder (its `uploads/`, under safe names) and index them.
        Nothing is lost: a same-name file's old version is kept in `corpus/.removed/`, and put
        back if the new one cannot be indexed; a file that cannot be indexed is not kept."""
        return corpus.add_files(self, files, progress)

    def remove(self, sources: Sequence[str]) -> list[str]:
        """Remove documents (sources as `documents()` names them), or files of the corpus folder
        that are not indexed (`unindexed()`). Files inside the corpus folder move to
        `corpus/.removed/`, so a removed document stays removed across `ingest`. Returns those removed."""
        removed = [s for s in sources if corpus.remove_document(self, s)]
        for source in removed:
            self._failures.pop(source, None)  # a later file of that name starts afresh
        return removed

    def documents(self) -> list[DocumentInfo]:
        self.ensure_index()
        return self.index.documents()

    def unindexed(self) -> list[tuple[str, str]]:
        """Files in the corpus folder that are not in the index (left by a killed upload, copied
        in by hand, refused), each with why: the error of the last ingest here that met it, else
        what to do. `remove` them from the Documents tab, or fix them and run `assistant ingest`."""
        root = self.settings.corpus_path
        if not root.is_dir():
            return []
        indexed = {d.source for d in self.documents()}
        out = []
        for path in ingest.iter_files([root], on_skip=lambda p, why: None):
            source = ingest.source_name(path, root)
            if source in indexed:
                continue
            why = self._failures.get(source) or (
                f"unsupported file type {path.suffix or '(none)'!r}" if path.suffix.lower() not in ingest.LOADERS
                else "not indexed yet: run `assistant ingest`")
            out.append((source, why))
        return out

    def chunks_of(self, source: str) -> list[Chunk]:
        """The passages of one document in reading order (for showing a whole source)."""
        return self.index.chunks_of(source)

    # -- LangChain -----------------------------------------------------------------------------

    def as_retriever(self, k: int | None = None) -> Any:
        """This assistant's hybrid retrieval as a LangChain `BaseRetriever`."""
        from .langchain import AssistantRetriever

        return AssistantRetriever(assistant=self, k=k)

    def as_runnable(self) -> Any:
        """Answering as a LangChain Runnable: input a question or {"question", "history"}."""
        from .langchain import answer_runnable

        return answer_runnable(self)

    def close(self) -> None:
        self.index.store.close()

    def __enter__(self) -> "Assistant":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
