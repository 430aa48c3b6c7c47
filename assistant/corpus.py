"""The corpus folder, owned by the library: files added (copied in under a safe name, indexed,
nothing lost) and documents removed (their files set aside, so they stay removed across
`assistant ingest`). One policy for the chat window, the REST API and the CLI."""

from __future__ import annotations

import hashlib
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence
from urllib.parse import unquote

from .errors import DiskFull, is_disk_full
from .ingest import SUPPORTED_SUFFIXES

if TYPE_CHECKING:  # the Assistant calls in here; only its type is needed
    from .api import Assistant

UPLOADS = "uploads"  # subfolder of the corpus that receives added files


@dataclass
class UploadResult:
    saved: list[Path]  # files copied into corpus/uploads
    indexed: list[str]  # their sources once indexed (added, updated or unchanged)
    problems: list[str]  # "name: reason" for each file refused or not indexed
    notes: list[str] = field(default_factory=list)  # what else the user should know (a replaced version kept)


# one upload or removal at a time per process: two same-name uploads (chat window and REST API
# threads) must not both see the name free, nor one's clean-up undo the other's file
_CORPUS_LOCK = threading.Lock()


def add_files(bot: Assistant, files: Sequence[str | Path], progress: Callable[[int, int, str], None] | None = None,
              ) -> UploadResult:
    with _CORPUS_LOCK:
        return _add_files(bot, files, progress)


def _add_files(bot: Assistant, files: Sequence[str | Path], progress: Callable[[int, int, str], None] | None = None,
               ) -> UploadResult:
    """Check uploaded files (type, size), save them into corpus/uploads under a safe name and index
    them. Nothing is lost: a file that replaces one of the same name sets the old version aside in
    corpus/.removed (under a name of its own); if the new one cannot be indexed it is not kept and
    the old version is put back and stays indexed. Used by the Documents tab, the REST API and `assistant add`."""
    max_bytes = int(bot.settings.limits.max_file_mb * 2**20)
    corpus = bot.settings.corpus_path
    target = corpus / UPLOADS
    saved: list[Path] = []
    problems: list[str] = []
    previous: dict[Path, Path] = {}  # replaced file -> where its old version was set aside
    for f in files:
        src = Path(f)
        dest = target / safe_name(src.name)
        if not src.is_file():
            problems.append(f"{src}: no such file")
        elif src.suffix.lower() not in SUPPORTED_SUFFIXES:
            problems.append(f"{src.name}: unsupported type (allowed: {', '.join(SUPPORTED_SUFFIXES)})")
        elif src.stat().st_size > max_bytes:
            problems.append(f"{src.name}: larger than {max_bytes // 2**20} MB")
        elif dest in saved:
            problems.append(f"{src.name}: the same name twice in one upload; only the first was kept")
        else:
            try:
                target.mkdir(parents=True, exist_ok=True)
                if dest.exists():
                    previous[dest] = set_aside(corpus, dest)
                saved.append(dest)
                shutil.copyfile(src, dest)
            except OSError as err:
                _put_back(saved, previous)  # nothing was indexed yet
                if is_disk_full(err):
                    raise DiskFull(f"no space left on the disk holding the documents folder ({corpus}): "
                                   "nothing was uploaded. Free some space and try again; the documents "
                                   "already indexed still answer questions") from err
                raise
    if not saved:
        return UploadResult([], [], problems)
    try:
        result = bot.ingest(saved, progress=progress)
    except BaseException:  # the store failed mid-way: what it did not commit is undone
        _put_back(_uncommitted(bot, corpus, saved), previous)
        raise
    problems += [f"{p}: {why}" for p, why in result.failed]
    restored = []
    for p, _ in result.failed:
        failed = target / Path(p).name
        failed.unlink(missing_ok=True)
        if failed in previous:  # the upload failed: the version it would have replaced comes back
            previous.pop(failed).replace(failed)
            restored.append(failed)
    if restored:
        bot.ingest(restored)
    notes = [f"{dest.name} replaced an earlier upload of the same name, which is kept as "
             f"{old.relative_to(corpus).as_posix()}" for dest, old in previous.items()]
    return UploadResult([s for s in saved if s.exists() and s not in restored],
                        result.added + result.updated + result.skipped, problems, notes)


def _uncommitted(bot: Assistant, corpus: Path, saved: list[Path]) -> list[Path]:
    """The files of a failed ingest that the index did not commit. An ingest writes in batches:
    files of a batch written before the failure are indexed and must stay (with the file that
    is indexed, not the version it replaced)."""
    try:
        manifest = bot.index.manifest.read_manifest()
    except Exception:  # noqa: BLE001 - the store is failing: then nothing new is known to be committed
        return list(saved)
    keep = []
    for path in saved:
        entry = manifest.get(path.relative_to(corpus).as_posix())
        try:
            if entry and not entry.pending and entry.sha256 == hashlib.sha256(path.read_bytes()).hexdigest():
                keep.append(path)
        except OSError:
            pass
    return [p for p in saved if p not in keep]


def _put_back(undo: list[Path], previous: dict[Path, Path]) -> None:
    """Undo the part of an upload that could not finish: those files leave the corpus folder and
    the versions they replaced return (the index still holds those: their write never committed).
    The replaced versions of files that did commit stay in corpus/.removed."""
    for dest in undo:
        dest.unlink(missing_ok=True)
        if dest in previous:
            previous.pop(dest).replace(dest)


def set_aside(corpus: Path, path: Path) -> Path:
    """Move a corpus file into corpus/.removed under its own path there, numbered when that name is
    taken ("report (2).md"), so no earlier copy is ever overwritten."""
    rel = path.resolve().relative_to(corpus.resolve())
    trash = corpus / ".removed" / rel
    trash.parent.mkdir(parents=True, exist_ok=True)
    n = 2
    while trash.exists():
        trash = trash.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    path.replace(trash)
    return trash


def remove_document(bot: Assistant, source: str) -> bool:
    """Remove a document from the index; its file, if inside the corpus, is moved to
    corpus/.removed (not deleted: the folder stays the source of truth for `assistant ingest`)."""
    with _CORPUS_LOCK:
        return _remove_document(bot, source)


def _remove_document(bot: Assistant, source: str) -> bool:
    """An indexed document, or a file in the corpus folder that is not indexed (a stray): once the
    index no longer holds `source`, its file, if one is in the corpus folder, is set aside."""
    removed = bot.index.remove([source])
    corpus = bot.settings.corpus_path.resolve()
    path = (corpus / source).resolve()
    visible = not any(part.startswith(".") for part in Path(source).parts)  # never what ingest skips (.removed/)
    if visible and corpus in path.parents and path.is_file():
        set_aside(corpus, path)
        return True
    return bool(removed)


MAX_NAME = 120  # characters of an uploaded file's name


def safe_name(name: str) -> str:
    """A plain file name: no folders, no leading dots, only ordinary characters."""
    # a browser's upload may arrive percent-encoded ('"q"' as "%22q%22", which became "_22q_22")
    name = Path(unquote(name).replace("\\", "/")).name
    # letters of any script, digits, and the punctuation of ordinary titles ("Farah – site visit
    # (final), v2.txt"); quotes, slashes, angle brackets and the like become "_"
    name = re.sub(r"[^\w.\- ()–—,'&+]+", "_", name).strip(" .") or "upload"
    if len(name) <= MAX_NAME:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:  # no extension worth keeping
        return name[:MAX_NAME]
    return stem[:MAX_NAME - len(ext) - 1].rstrip(" .") + "." + ext  # shortened, extension kept
