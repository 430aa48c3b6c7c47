"""`assistant bench compare`: our pipeline against the textbook pipeline and BM25 alone, on the
same data in one process, quality and speed side by side (ratios are what to read: the machine
is noisy, so absolute times are only comparable within one run)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from assistant import Assistant, Settings, chunking, ingest

from . import metrics as M
from .baselines import BM25Pipeline, TextbookPipeline, doc_ranking, raw_encoder_seconds, split_textbook
from .beir import answer_scores, is_yes_no, load_dataset, open_dataset_assistant, retrieval_scores, run_retrieval
from .bench import cold_start, machine
from .runner import run_suite
from .suite import load_suite, supports

Progress = Callable[[int, int, str], None]
DATASETS = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"


def _ms(xs: list[float], q: float) -> float:
    return round(1000 * M.percentile(xs, q), 2)


def article(settings: Settings, embedder: Any) -> dict[str, Any]:
    cases = [c for c in load_suite() if c.answerable]
    with tempfile.TemporaryDirectory() as tmp:
        bot = Assistant.from_config(settings.model_copy(update={"index_dir": Path(tmp), "auto_ingest": False}),
                                    embedder=embedder)
        bot.ingest()
        m = run_suite(bot, cases).metrics
        asks = []
        for c in cases * 3:
            asks.append(bot.ask(c.question, c.history or None).timings["total"])
        bot.close()
        ours = {"hit@1": m["hit@1"], "hit@4": m["hit@4"], "mrr@10": m["mrr@10"],
                "ask_p50_ms": _ms(asks, 0.5), "ask_p95_ms": _ms(asks, 0.95)}
    files = sorted(p for p in settings.corpus_path.rglob("*") if p.suffix.lower() in ingest.SUPPORTED_SUFFIXES)
    docs = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in files]
    out = {"ours": ours}
    for name, pipe in (("textbook", TextbookPipeline("article", docs, embedder)),
                       ("bm25", BM25Pipeline(split_textbook(docs)))):
        hit1, hit4, rr, times = [], [], [], []
        for c in cases:
            t = time.perf_counter()
            hits = pipe.retrieve(c.question, 10)  # the textbook searches the question as typed
            times.append(time.perf_counter() - t)
            ranking = [str(i) for i in range(len(hits))]  # hits have no chunk ids: gold is found by text
            gold = {str(i) for i, (_, text) in enumerate(hits) if any(supports(text, s) for s in c.support)}
            hit1.append(M.hit_at(ranking, gold, 1))
            hit4.append(M.hit_at(ranking, gold, 4))
            rr.append(M.reciprocal_rank(ranking, gold, 10))
        out[name] = {"hit@1": round(M.mean(hit1), 4), "hit@4": round(M.mean(hit4), 4), "mrr@10": round(M.mean(rr), 4),
                     "retrieve_p50_ms": _ms(times, 0.5)}
        if hasattr(pipe, "close"):
            pipe.close()
    return out


def scifact(path: Path, settings: Settings, embedder: Any, progress: Progress | None) -> dict[str, Any]:
    ours = run_retrieval(path, settings, embedder=embedder, progress=progress)
    ds = load_dataset(path)
    bot, names = open_dataset_assistant(ds, settings, embedder=embedder)
    qids = sorted(ds.queries)
    retrieve_t, ask_t = [], []
    for q in qids:
        t = time.perf_counter()
        bot.retrieve(ds.queries[q]["text"], settings.retrieval.top_k)
        retrieve_t.append(time.perf_counter() - t)
        ask_t.append(bot.ask(ds.queries[q]["text"]).timings["total"])
    bot.close()
    ours.update(retrieve_p50_ms=_ms(retrieve_t, 0.5), retrieve_p95_ms=_ms(retrieve_t, 0.95),
                ask_p50_ms=_ms(ask_t, 0.5), ask_p95_ms=_ms(ask_t, 0.95))
    docs = [(did, f"{d['title']}\n{d['text']}".strip()) for did, d in ds.corpus.items()]
    out = {"ours": ours}
    for name, make, depth in (("textbook", lambda: TextbookPipeline("scifact", docs, embedder), 400),
                              ("bm25", lambda: BM25Pipeline(docs), 100)):
        pipe = make()
        rankings, times = {}, []
        for q in qids:
            t = time.perf_counter()
            rankings[q] = doc_ranking(pipe.retrieve(ds.queries[q]["text"], depth), 100)
            times.append(time.perf_counter() - t)
        out[name] = {**retrieval_scores(rankings, ds.qrels), "retrieve_p50_ms": _ms(times, 0.5),
                     "retrieve_p95_ms": _ms(times, 0.95)}
        if hasattr(pipe, "close"):
            pipe.close()
    return out


def wikiqa(path: Path, settings: Settings, embedder: Any, limit: int | None) -> dict[str, Any]:
    """Factoid questions: does the top passage contain a gold answer (all three pipelines), and
    does our short answer contain it."""
    ds = load_dataset(path)
    qids = [q for q in sorted(ds.queries) if not is_yes_no([str(a) for a in ds.queries[q].get("answers", [])])]
    qids = qids[:limit] if limit else qids
    bot, _ = open_dataset_assistant(ds, settings, embedder=embedder)
    ours_top, ours_answer, answered = [], [], []
    for q in qids:
        refs = [str(a) for a in ds.queries[q]["answers"]]
        a = bot.ask(ds.queries[q]["text"])
        answered.append(float(not a.refused))
        ours_answer.append(answer_scores(a.text, refs)["contains"])
        top = bot.retrieve(ds.queries[q]["text"], 1)
        ours_top.append(answer_scores(top[0].chunk.text if top else "", refs)["contains"])
    bot.close()
    docs = [(did, d["text"]) for did, d in ds.corpus.items()]
    out: dict[str, Any] = {"questions": len(qids), "ours": {
        "top_passage_contains_answer": round(M.mean(ours_top), 4),
        "answer_contains_answer": round(M.mean(ours_answer), 4), "answered": round(M.mean(answered), 4)}}
    for name, pipe in (("textbook", TextbookPipeline("wikiqa", docs, embedder)), ("bm25", BM25Pipeline(split_textbook(docs)))):
        got = []
        for q in qids:
            hits = pipe.retrieve(ds.queries[q]["text"], 1)
            got.append(answer_scores(hits[0][1] if hits else "", [str(a) for a in ds.queries[q]["answers"]])["contains"])
        out[name] = {"top_passage_contains_answer": round(M.mean(got), 4)}
        if hasattr(pipe, "close"):
            pipe.close()
    return out


def ingest_speed(path: Path, settings: Settings, embedder: Any, n_docs: int = 300) -> dict[str, Any]:
    """Ingest of n SciFact abstracts against the raw encoder on exactly the texts ingest encodes."""
    ds = load_dataset(path)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for did in sorted(ds.corpus)[:n_docs]:
            d = ds.corpus[did]
            (folder / f"{did}.md").write_text(f"# {d['title']}\n\n{d['text']}\n", encoding="utf-8")
        texts = []
        for f in sorted(folder.iterdir()):
            for c in chunking.chunk_document(ingest.load(f, root=folder), settings.chunking):
                texts += [c.embedding_text(), *c.sentences]
        raw = raw_encoder_seconds(embedder, texts)
        bot = Assistant.from_config(settings.model_copy(update={"index_dir": Path(tmp) / "index",
                                                                "corpus_dir": folder, "auto_ingest": False}),
                                    embedder=embedder)
        t = time.perf_counter()
        report = bot.ingest()
        ours = time.perf_counter() - t
        t = time.perf_counter()
        bot.ingest()
        again = time.perf_counter() - t
        bot.close()
        docs = [(f.stem, f.read_text(encoding="utf-8")) for f in sorted(folder.iterdir())]
        t = time.perf_counter()
        pipe = TextbookPipeline(f"ingest-{time.time_ns()}", docs, embedder, cache=Path(tmp))
        textbook = time.perf_counter() - t
        pipe.close()
    return {"documents": n_docs, "texts_encoded": len(texts), "passages": report.chunks_added,
            "raw_encoder_seconds": round(raw, 2), "ingest_seconds": round(ours, 2),
            "ingest_vs_raw_encoder": round(raw / ours, 3), "reingest_unchanged_seconds": round(again, 3),
            "textbook_ingest_seconds": round(textbook, 2), "textbook_texts": len(split_textbook(docs))}


_TRAMPOLINE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
               "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def peak_memory_mb(args: list[str]) -> float:
    """Peak resident memory of a command. It is started from a small Python process: a child
    forked from this large one would count the parent's pages it shares until exec."""
    out = subprocess.run([sys.executable, "-c", _TRAMPOLINE, *args], capture_output=True, text=True, check=True)
    return round(int(out.stdout.strip()) / 1024, 1)


PARTS = ("article", "scifact", "wikiqa", "ingest", "startup")


def compare(settings: Settings | None = None, *, datasets: Path = DATASETS, wikiqa_limit: int | None = None,
            progress: Progress | None = None, parts: tuple[str, ...] = PARTS) -> dict[str, Any]:
    from assistant.backends.registry import open_embedder

    settings = settings or Settings.load()
    embedder = open_embedder(settings)
    embedder.embed_documents(["warm up"])
    exe = str(Path(sys.executable).parent / "assistant")
    result: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "machine": machine()}
    if "article" in parts:
        result["article"] = article(settings, embedder)
    if "scifact" in parts:
        result["scifact"] = scifact(datasets / "scifact", settings, embedder, progress)
    if "wikiqa" in parts:
        result["wikiqa"] = wikiqa(datasets / "cmu-wikiqa-s10", settings, embedder, wikiqa_limit)
    if "ingest" in parts:
        result["ingest"] = ingest_speed(datasets / "scifact", settings, embedder)
    if "startup" in parts:
        with tempfile.TemporaryDirectory() as tmp:
            result["cold_start"] = cold_start(Path(tmp) / "index")
            ask = [exe, "--index-dir", str(Path(tmp) / "index"), "ask", "Which minerals does Pakistan have?"]
            result["memory_mb"] = {"cold_ask_process": peak_memory_mb(ask),
                                   "bare_import_sentence_transformers": peak_memory_mb(
                                       [sys.executable, "-c", "import sentence_transformers"])}
    return result


def print_table(r: dict[str, Any]) -> None:
    print(f"bench compare, {r['date']}, {r['machine']}")
    if "article" in r:
        _print_article(r["article"])
    if "scifact" in r:
        _print_scifact(r["scifact"])
    if "wikiqa" in r:
        _print_wikiqa(r["wikiqa"])
    if "ingest" in r:
        _print_ingest(r["ingest"])
    if "cold_start" in r:
        c, m = r["cold_start"], r["memory_mb"]
        print(f"cold `assistant ask`: {c['cold_ask_seconds']} s (bare `import sentence_transformers`: "
              f"{c['import_sentence_transformers_seconds']} s, "
              f"{ratio(c['cold_ask_seconds'], c['import_sentence_transformers_seconds'])})")
        print(f"peak memory: cold `assistant ask` process {m['cold_ask_process']} MB "
              f"(bare import of sentence_transformers: {m['bare_import_sentence_transformers']} MB)")


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def _print_article(a: dict[str, Any]) -> None:
    print("\nsource-article suite (answerable questions, retrieval)   ours     textbook  bm25")
    for k in ("hit@1", "hit@4", "mrr@10"):
        print(f"  {k:<52}{a['ours'][k]:<9.3f}{a['textbook'][k]:<10.3f}{a['bm25'][k]:.3f}")
    print(f"  warm ask p50/p95 (ms)                               {a['ours']['ask_p50_ms']}/{a['ours']['ask_p95_ms']}")


def _print_scifact(s: dict[str, Any]) -> None:
    print(f"\nSciFact ({int(s['ours']['queries'])} queries, {s['ours']['documents']} abstracts)")
    for k in ("ndcg@10", "recall@100", "mrr@10"):
        print(f"  {k:<52}{s['ours'][k]:<9.3f}{s['textbook'][k]:<10.3f}{s['bm25'][k]:.3f}")
    print(f"  retrieval latency p50 (ms)                          {s['ours']['retrieve_p50_ms']:<9}"
          f"{s['textbook']['retrieve_p50_ms']:<10}{s['bm25']['retrieve_p50_ms']}")
    print(f"  warm ask p50/p95 (ms)                               {s['ours']['ask_p50_ms']}/{s['ours']['ask_p95_ms']}")


def _print_wikiqa(w: dict[str, Any]) -> None:
    print(f"\nCMU WikiQA S10 ({w['questions']} factoid questions)")
    print(f"  top passage contains a gold answer                  {w['ours']['top_passage_contains_answer']:<9.3f}"
          f"{w['textbook']['top_passage_contains_answer']:<10.3f}{w['bm25']['top_passage_contains_answer']:.3f}")
    print(f"  our 1-3 sentence answer contains a gold answer      {w['ours']['answer_contains_answer']:.3f} "
          f"(answered {w['ours']['answered']:.3f})")


def _print_ingest(i: dict[str, Any]) -> None:
    print(f"\ningest of {i['documents']} SciFact abstracts: {i['ingest_seconds']} s; raw encoder on the same "
          f"{i['texts_encoded']} texts: {i['raw_encoder_seconds']} s -> {i['ingest_vs_raw_encoder']:.0%} of encoder "
          f"throughput; textbook ingest {i['textbook_ingest_seconds']} s ({i['textbook_texts']} chunks); "
          f"re-ingest unchanged {i['reingest_unchanged_seconds']} s")


def main(out: Path | None, wikiqa_limit: int | None, datasets: Path = DATASETS,
         progress: Progress | None = None, parts: tuple[str, ...] = PARTS) -> int:
    r = compare(datasets=datasets, wikiqa_limit=wikiqa_limit, progress=progress, parts=parts)
    print_table(r)
    if out:
        out.write_text(json.dumps(r, indent=2))
    return 0
