"""Which backend a setting names: a registry of factories, open to plugins.

Built in: the "sentence-transformers" embedder, the "chroma" store and the "openai" and "ollama"
chat models. Other packages add theirs through the `assistant.backends` entry point group: each
entry point names a function taking no arguments that calls `register_*` (this package's own
fakes, "hash", "memory" and "scripted", come that way, as a plugin would). Settings choose one by
name: `embedding.backend`, `store.backend`, `llm.provider`.
"""

from __future__ import annotations

import logging
import threading
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Callable, TypeVar

from ..errors import ConfigError
from . import ChatModel, Embedder, VectorStore

if TYPE_CHECKING:  # settings are passed in, never read here
    from ..config import LLMSettings, Settings

T = TypeVar("T")
log = logging.getLogger(__name__)
EmbedderFactory = Callable[["Settings"], Embedder]
StoreFactory = Callable[["Settings"], VectorStore]
ChatModelFactory = Callable[["LLMSettings"], ChatModel]
GROUP = "assistant.backends"

_embedders: dict[str, EmbedderFactory] = {}
_stores: dict[str, StoreFactory] = {}
_chat_models: dict[str, ChatModelFactory] = {}
_plugins_loaded = False
_broken: dict[str, str] = {}  # plugin -> why it failed to load
_loading = threading.Lock()


def register_embedder(name: str, factory: EmbedderFactory) -> None:
    _embedders[name] = factory


def register_store(name: str, factory: StoreFactory) -> None:
    _stores[name] = factory


def register_chat_model(name: str, factory: ChatModelFactory) -> None:
    if name == "none":
        raise ValueError("'none' means no chat model and cannot be registered")
    _chat_models[name] = factory


def names() -> dict[str, list[str]]:
    """Registered backends by kind (after loading plugins)."""
    _load_plugins()
    return {"embedding": sorted(_embedders), "store": sorted(_stores), "llm": ["none", *sorted(_chat_models)]}


def open_embedder(settings: Settings) -> Embedder:
    return _pick(_embedders, settings.embedding.backend, "embedding.backend")(settings)


def open_store(settings: Settings) -> VectorStore:
    return _pick(_stores, settings.store.backend, "store.backend")(settings)


def open_chat_model(settings: LLMSettings) -> ChatModel | None:
    """The configured chat model, or None when `llm.provider` is "none"."""
    if settings.provider == "none":
        return None
    return _pick(_chat_models, settings.provider, "llm.provider")(settings)


def _pick(table: dict[str, T], name: str, setting: str) -> T:
    _load_plugins()
    if name not in table:
        broken = "".join(f"; the plugin {p} failed to load: {why}" for p, why in sorted(_broken.items()))
        raise ConfigError(f"{setting} is {name!r}, which is not a registered backend: use one of "
                          f"{', '.join(sorted(table)) or 'none'} (plugins register through the "
                          f"{GROUP!r} entry point group){broken}")
    return table[name]


def _load_plugins() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    with _loading:
        if _plugins_loaded:
            return
        for ep in entry_points(group=GROUP):
            try:
                ep.load()()
            except Exception as err:  # a broken plugin must not take the other backends down
                _broken[f"{ep.name!r} ({ep.value})"] = f"{type(err).__name__}: {err}"
                log.warning("the backend plugin %s (%s) failed to load: %s", ep.name, ep.value, err)
        _plugins_loaded = True


# -- the built-in backends (imported on use: each pulls a heavy library) -------------------------

def _sentence_transformers(settings: Settings) -> Embedder:
    from .embedding import SentenceTransformerEmbedder

    e = settings.embedding
    return SentenceTransformerEmbedder(e.model, batch_size=e.batch_size, fast_queries=e.fast_queries)


def _chroma(settings: Settings) -> VectorStore:
    from .chroma import ChromaStore

    s = settings.store
    if s.host:
        return ChromaStore(host=s.host, port=s.port, prefix=s.collection_prefix)
    return ChromaStore(path=settings.index_path / "chroma", prefix=s.collection_prefix)


def _langchain_chat(settings: LLMSettings) -> ChatModel:
    from .llm import open_llm

    chat = open_llm(settings)
    assert chat is not None  # "none" never reaches a factory
    return chat


register_embedder("sentence-transformers", _sentence_transformers)
register_store("chroma", _chroma)
register_chat_model("openai", _langchain_chat)
register_chat_model("ollama", _langchain_chat)
