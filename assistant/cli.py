"""`assistant` command line: ingest, ask, chat, serve (and the evaluation commands).

Heavy modules (gradio, sentence-transformers) are imported only by the commands that need
them, so `assistant ask` starts fast.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
from pathlib import Path
from typing import Any, Sequence

from .errors import AssistantError, InputError


def settings_from_args(args: argparse.Namespace) -> Any:
    """Settings with the command line's --config, --index-dir and --corpus-dir applied (also used
    by `assistant eval` and `assistant bench`)."""
    from .config import Settings

    overrides: dict[str, Any] = {}
    if getattr(args, "index_dir", None):
        overrides["index_dir"] = Path(args.index_dir).resolve()
    if getattr(args, "corpus_dir", None):
        overrides["corpus_dir"] = Path(args.corpus_dir).resolve()
    return Settings.load(getattr(args, "config", None), **overrides)


def assistant_from_args(args: argparse.Namespace) -> Any:
    """An Assistant for a command, building the index on first use with progress on stderr."""
    from .api import Assistant

    bot = Assistant.from_config(settings_from_args(args))
    if not bot.index.built and bot.settings.auto_ingest:
        print(f"Building the index from {bot.settings.corpus_path} (first run) ...", file=sys.stderr)
        report = bot.ensure_index(progress=_progress)
        if report is not None:
            print(f"\r{report.summary()}", file=sys.stderr)
    return bot


def _progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r[{done}/{total}] {message[:60]:<60}", end="", file=sys.stderr, flush=True)


def _fill(text: str, width: int) -> str:
    """Wrapped line by line: an answer's lead, its bullets (with a hanging indent) and a
    comparison's side labels each keep their own lines."""
    out = []
    for line in text.splitlines():
        bullet = line.startswith("- ")
        out.append(textwrap.fill(line, width, subsequent_indent="  " if bullet else "") if line.strip() else "")
    return "\n".join(out)


# a source's own footnote marker ("[3]") in a quoted passage would read as one of the answer's
# citation markers: shown as what it is
_NOTE = re.compile(r"\s?\[(\d{1,3})\]")


def format_answer(answer: Any, width: int = 100) -> str:
    """An answer as a terminal user reads it: text, then the passages behind the markers."""
    lines = [_fill(answer.text, width)]
    if answer.notice:
        lines += ["", f"({answer.notice})"]
    shown = answer.citations or answer.related
    if shown:
        lines.append("")
        heading = "Sources" if answer.citations else "Related passages (not an answer)"
        # one document: its title once, then where in it each passage is
        one = len({(c.source, c.title) for c in shown}) == 1
        first = shown[0]
        lines.append(f"{heading}, from {first.title or first.source} ({first.source}):" if one else f"{heading}:")
        for c in shown:
            # a passage under no heading but the title (a page's H1) is where the title is
            where = (c.section or c.title or "(opening)") if one else " › ".join(x for x in (c.title, c.section) if x)
            page = f", page {c.page}" if c.page else ""
            lines.append(f"[{c.marker}] {where}{page}" if one else f"[{c.marker}] {where} ({c.source}{page})")
            quote = _NOTE.sub(r" (note \1)", c.quote or c.text)
            lines.append(textwrap.indent(textwrap.fill(quote, width - 4), "    "))
    return "\n".join(lines)


def cmd_ingest(args: argparse.Namespace) -> int:
    from .api import Assistant

    bot = Assistant.from_config(settings_from_args(args))
    report = bot.ingest(args.paths or None, progress=_progress, rebuild=args.rebuild)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.summary())
        for path, reason in report.failed:
            print(f"  failed: {path}: {reason}")
        for path, warning in report.warnings:
            print(f"  warning: {path}: {warning}")
    return 0 if report.ok else 1


def read_history(path: Path) -> Any:
    """The --history file's messages, or an InputError that says what is wrong with it."""
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as err:
        raise InputError(f"cannot read the history file {path}: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise InputError(f"the history file {path} is not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise InputError(f"the history file {path} is not JSON ({err.msg}, line {err.lineno}): "
                         'write [{"role": "user", "content": "..."}, ...]') from None


def cmd_ask(args: argparse.Namespace) -> int:
    bot = assistant_from_args(args)
    history = read_history(Path(args.history)) if args.history else None
    answer = bot.ask(args.question, history, top_k=args.k, documents=args.doc)
    if args.json:
        print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
    else:
        if history and answer.query and answer.query != args.question:
            print(f"(searched for: {answer.query})\n")  # what the conversation made of the question
        print(format_answer(answer))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    bot = assistant_from_args(args)
    history: list[dict[str, str]] = []
    print("Ask about the documents. /new starts a new conversation, /quit (or Ctrl-D) leaves.")
    while True:
        try:
            question = input("\nyou> ")
            if not sys.stdin.isatty():  # piped: echoed, so the transcript reads as if typed
                print(question)
            question = question.strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if question in ("/quit", "/exit"):
            return 0
        if question == "/new":
            history = []
            print("(new conversation)")
            continue
        if not question:
            continue
        try:
            answer = bot.ask(question, history)
        except InputError as err:
            print(f"error: {err}")
            continue
        if answer.query and answer.query != question:
            print(f"(searched for: {answer.query})")
        print("\n" + format_answer(answer))
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]


def read_auth_file(path: Path) -> str:
    """The login from a file's first line, "user:password" (kept out of `ps` and shell history)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").strip().splitlines()  # Notepad writes a BOM
        line = lines[0].strip() if lines else ""
    except OSError as err:
        raise InputError(f"cannot read the auth file {path}: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise InputError(f"the auth file {path} is not UTF-8 text") from None
    user, _, password = line.partition(":")
    if not user or not password:
        raise InputError(f"the auth file {path} must hold one line, user:password")
    return line


def cmd_docs(args: argparse.Namespace) -> int:
    bot = assistant_from_args(args)
    docs = bot.documents()
    if args.json:
        print(json.dumps([d.__dict__ for d in docs], indent=2))
        return 0
    for d in docs:
        print(f"{d.chunks:5d} {_plural(d.chunks, 'passage'):8}  {d.indexed_at}  {d.source}  ({d.title})")
    print(f"{len(docs)} {_plural(len(docs), 'document')}")
    return 0


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def cmd_remove(args: argparse.Namespace) -> int:
    from .api import Assistant

    bot = Assistant.from_config(settings_from_args(args))
    removed = bot.remove(args.sources)
    for s in args.sources:
        print(("removed: " if s in removed else "not in the index or the documents folder: ") + s)
    return 0 if len(removed) == len(args.sources) else 1


def cmd_add(args: argparse.Namespace) -> int:
    from .api import Assistant

    bot = Assistant.from_config(settings_from_args(args))
    result = bot.add_files(args.files, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for source in result.indexed:
        print(f"added: {source}")
    for note in result.notes:
        print(f"  note: {note}")
    for problem in result.problems:
        print(f"  failed: {problem}")
    return 0 if result.indexed and not result.problems else 1


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="assistant", description="Cited answers from your documents, offline.")
    p.add_argument("--config", help="TOML settings file (default: ./assistant.toml if present)")
    p.add_argument("--index-dir", help="index folder (default: index/)")
    p.add_argument("--corpus-dir", help="corpus folder (default: corpus/)")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="add or update files and folders in the index")
    s.add_argument("paths", nargs="*", help="files or folders (default: the corpus folder)")
    s.add_argument("--rebuild", action="store_true", help="drop the index first (e.g. after changing model)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("ask", help="answer one question")
    s.add_argument("question")
    s.add_argument("--history", help="JSON file with earlier [{role, content}] messages")
    s.add_argument("-k", type=int, default=None, help="passages to retrieve")
    s.add_argument("--doc", action="append", metavar="SOURCE",
                   help="search only this document (a source name from `assistant docs`); repeatable")
    s.add_argument("--json", action="store_true", help="print the whole Answer as JSON")
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser("chat", help="a conversation in the terminal")
    s.set_defaults(func=cmd_chat)

    s = sub.add_parser("docs", help="list the indexed documents")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_docs)

    s = sub.add_parser("add", help="copy files into the documents folder (its uploads/) and index them")
    s.add_argument("files", nargs="+")
    s.set_defaults(func=cmd_add)

    s = sub.add_parser("remove", help="remove documents (by source name); their files move to the folder's .removed/")
    s.add_argument("sources", nargs="+")
    s.set_defaults(func=cmd_remove)

    _add_registered_commands(sub)
    return p


COMMANDS_GROUP = "assistant.commands"


def _add_registered_commands(sub: Any) -> None:
    """Commands other packages register (entry points in `assistant.commands`: `serve` from the
    chat window, `eval`/`bench`/... from the evaluation tooling): the library never imports them."""
    from importlib.metadata import entry_points

    for ep in sorted(entry_points(group=COMMANDS_GROUP), key=lambda e: e.name):
        try:
            add_commands = ep.load()
        except ImportError:  # that package is not installed (an entry point left by an old install)
            continue
        add_commands(sub)


def main(argv: Sequence[str] | None = None) -> int:
    from .backends.embedding import offline_env

    offline_env()
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except AssistantError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2 if isinstance(err, InputError) else 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`assistant ask ... | head`): no traceback; stdout is
        # pointed at devnull so that the interpreter's own flush at exit does not raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
