"""The shipped reader model: loaded offline with its checksum, read the way it was trained, and
used by `ask()` (its answerability decides refusal; its span is cited and highlighted)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any
from typing import Callable

import pytest

from assistant import Assistant
from assistant.errors import ModelUnavailable
from assistant.reader import (MODEL_DIR, MODEL_FILE, Reader, encode_pair, length_batches, load_tokenizer, shared_reader,
                              window_text)
from evals.runner import run_suite
from evals.suite import Case
from ui import render

from .helpers import assert_well_cited


@pytest.fixture(scope="module")
def reader() -> Reader:
    return shared_reader()


def test_the_shipped_model_is_small_and_described(reader: Reader) -> None:
    size = (MODEL_DIR / MODEL_FILE).stat().st_size
    assert size <= 30 * 2**20
    meta = json.loads((MODEL_DIR / "reader.json").read_text())
    assert meta["bytes"] == size and 0.0 < meta["threshold"] < 1.0
    card = (MODEL_DIR / "MODEL_CARD.md").read_text()
    assert meta["sha256"] in card and "CC BY-SA 4.0" in card and "--seed" in card


def test_a_damaged_or_missing_model_names_the_fix(tmp_path: Path) -> None:
    bad = tmp_path / "reader"
    shutil.copytree(MODEL_DIR, bad)
    data = bytearray((bad / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (bad / MODEL_FILE).write_bytes(bytes(data))
    # a folder other than the package's is one the user named (answer.reader_dir): the fix names it
    with pytest.raises(ModelUnavailable, match="damaged.*answer.reader_dir"):
        Reader(bad)
    (bad / MODEL_FILE).unlink()
    with pytest.raises(ModelUnavailable, match="missing.*answer.reader_dir"):
        Reader(bad)
    shutil.copy2(MODEL_DIR / MODEL_FILE, bad / MODEL_FILE)
    meta = json.loads((bad / "reader.json").read_text())
    (bad / "reader.json").write_text(json.dumps({k: v for k, v in meta.items() if k != "threshold"}))
    with pytest.raises(ModelUnavailable, match="not calibrated"):  # never a silent default threshold
        Reader(bad)


def test_the_shipped_model_damaged_in_place_names_reinstalling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.reader as reader_module

    copy = tmp_path / "reader"
    shutil.copytree(MODEL_DIR, copy)
    (copy / MODEL_FILE).write_bytes(b"not a model")
    monkeypatch.setattr(reader_module, "MODEL_DIR", copy)
    with pytest.raises(ModelUnavailable, match="damaged.*reinstall"):
        reader_module.Reader(copy)


def test_another_reader_folder_answers_in_place_of_the_shipped_one(bot_over: Any, tmp_path: Path) -> None:
    """answer.reader_dir: an exported reader (here the shipped weights with another answer
    threshold) answers instead of the shipped one, its own threshold applying; a damaged one is
    refused with an error that names the setting."""
    other = tmp_path / "other-reader"
    shutil.copytree(MODEL_DIR, other)
    meta = json.loads((other / "reader.json").read_text())
    meta["answer_threshold"] = {"value": 0.99}
    (other / "reader.json").write_text(json.dumps(meta))
    files = {"tin.md": "# Tin\n\nBolivia produced about 20,000 tonnes of tin in 2023, mostly from the Potosi mines."}
    shipped = bot_over(files)
    question = "How much tin did Bolivia produce in 2023?"
    assert not shipped.ask(question).refused
    shipped.settings.answer.reader_dir = other
    moved = type(shipped)(shipped.settings, shipped.index)
    assert moved.extractive.threshold() == 0.99
    assert moved.ask(question).refused  # the same reading, now under the other folder's threshold
    (other / MODEL_FILE).write_bytes(b"damaged")
    broken = tmp_path / "broken-reader"
    shutil.copytree(other, broken)
    shipped.settings.answer.reader_dir = broken
    with pytest.raises(ModelUnavailable, match="answer.reader_dir"):
        type(shipped)(shipped.settings, shipped.index).ask(question)


def test_the_heading_and_leading_context_are_never_the_answer() -> None:
    tok = load_tokenizer()
    context, start = window_text("Treaty of 1998", ["It was long awaited.", "The treaty was signed in Lisbon."], answer_from=1)
    assert context[start:] == "The treaty was signed in Lisbon."
    enc = encode_pair(tok, "Where was the treaty signed?", context, start)
    allowed = [context[a:b] for (a, b), ok in zip(enc.offsets, enc.context_mask) if ok]
    assert "lisbon" in [w.lower() for w in allowed]
    assert "1998" not in allowed and "awaited" not in allowed and len(enc.ids) <= 128


def test_a_sentence_that_gives_the_answer_outscores_one_that_only_describes_it(reader: Reader) -> None:
    q = "In which year was the copper smelter opened?"
    gives, describes = reader.read(q, [
        window_text("Industry", ["The copper smelter was opened in 1987 near the port."]),
        window_text("Industry", ["The copper smelter near the port is the largest in the province."]),
    ])
    assert gives.answerable > describes.answerable
    ctx, _ = window_text("Industry", ["The copper smelter was opened in 1987 near the port."])
    assert gives.span is not None and "1987" in ctx[gives.span[0]:gives.span[1]]


def test_answers_cite_the_span_and_refusals_come_from_the_reader(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over({"mines.md": (
        "# Copper in Chile\n\nChile produced 5.3 million tonnes of copper in 2023, more than any other "
        "country. Most of it comes from the Atacama region, where the Escondida mine is the largest.\n\n"
        "# Water\n\nThe mines draw heavily on desalinated sea water, which is pumped inland through long "
        "pipelines. Water rights remain a matter of dispute with farmers.\n")})
    a = bot.ask("How much copper did Chile produce in 2023?")
    assert not a.refused and a.evidence >= bot.extractive.threshold()
    c = a.citations[0]
    assert c.span is not None
    span_text = c.text[c.span[0]:c.span[1]]
    assert "5.3 million tonnes" in span_text and span_text in c.quote
    assert a.short_answer is not None and a.short_answer.startswith(span_text.strip(",;:"))
    panel = render.source_panel_html(c)
    assert '<strong class="answer-span">' in panel and "<mark>" in panel
    assert panel.index("<mark>") < panel.index('<strong class="answer-span">')
    refused = bot.ask("Who won the football world cup in 2022?")
    assert refused.refused and refused.evidence < bot.extractive.threshold()


def test_a_span_is_shown_first_only_where_it_answers_alone(bot_over: Callable[[dict[str, str]], Assistant],
                                                            corpus_bot: Assistant) -> None:
    """A blind user test: "Did China ban antimony exports?" was answered first with "United States",
    and "Which minerals does Pakistan have …?" with "copper", one item of the five."""
    from assistant.composing import answers_alone

    assert not answers_alone("Did China ban antimony exports?", True, "United States")
    assert not answers_alone("Which minerals does Pakistan have deposits of?", False, "copper")
    assert answers_alone("Which minerals does Pakistan have deposits of?", False, "copper, gold and antimony")
    assert answers_alone("Which country produced the most copper?", False, "Chile")
    assert answers_alone("What does the memo recommend?", False, "a joint platform")  # "does" is no plural
    # a reviewer's cases: a choice is answered by one option; verbs, "US" and ranges are no plural list
    assert answers_alone("Is the royalty on copper 4 or 6 percent?", True, "4 percent")
    for question in ("What goes into the fund?", "Which US agency lends most?", "What units is the price in?"):
        assert answers_alone(question, False, "the DFC"), question
    assert answers_alone("What years does the plan cover?", False, "2020 to 2024")
    minerals = corpus_bot.ask("Which minerals does Pakistan have significant deposits of?")  # the article
    assert "copper, gold" in minerals.text
    assert minerals.short_answer is None or "," in minerals.short_answer, minerals.short_answer
    bot = bot_over({"mines.md": "# Minerals\n\nIn September 2024 China restricted exports of antimony to the "
                                "United States.\n"})
    ban = bot.ask("Did China restrict antimony exports to the United States?")
    assert "antimony" in ban.text and ban.short_answer is None, ban


def test_the_reader_can_be_switched_off(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over({"a.md": "# Copper\n\nChile produced 5.3 million tonnes of copper in 2023.\n"})
    off = Assistant(bot.settings.model_copy(update={"answer": bot.settings.answer.model_copy(update={"reader": False})}),
                    bot.index)
    a = off.ask("How much copper did Chile produce in 2023?")
    assert a.citations and all(c.span is None for c in a.citations) and a.short_answer is None
    assert off.extractive.threshold() == bot.settings.answer.refusal_threshold


def test_span_highlight_nests_and_escapes() -> None:
    text = "Alpha <b>beta</b> gamma. Delta epsilon."
    html = render.highlight(text, "Alpha <b>beta</b> gamma.", (6, 17))
    assert "<b>" not in html and html.startswith("<mark>Alpha </mark><mark><strong class=\"answer-span\">&lt;b&gt;")
    assert render.highlight(text, "", (100, 120)) == render.highlight(text, "")


def _with_answer(bot: Assistant, **update: object) -> Assistant:
    return Assistant(bot.settings.model_copy(update={"answer": bot.settings.answer.model_copy(update=update)}),
                     bot.index)


def test_the_shipped_threshold_was_fitted_on_measured_rounds(corpus_bot: Assistant) -> None:
    meta = json.loads((MODEL_DIR / "reader.json").read_text())
    fitted = meta["answer_threshold"]
    # carried from an earlier reader when this one learned from the rounds it was fitted on
    fit = fitted["fitted"] if fitted.get("carried_from") else fitted
    assert fit["rounds"] and all(r.startswith("round-") for r in fit["rounds"])
    if not fitted.get("carried_from"):
        assert not set(fit["rounds"]) & set(meta.get("training_rounds", []))
    assert round(fitted["value"] / 0.05, 6).is_integer()  # a grid value, not a four-decimal refit
    assert corpus_bot.extractive.threshold() == fitted["value"]
    assert corpus_bot.extractive.confident() == meta["threshold"]  # the model's own, for the hedge
    assert _with_answer(corpus_bot, reader_threshold=0.55).extractive.threshold() == 0.55  # a setting overrides


def test_a_question_the_documents_are_not_about_is_refused_before_reading(corpus_bot: Assistant) -> None:
    question = "Who won the 2022 World Cup?"
    a = corpus_bot.ask(question)
    assert a.refused and a.evidence == 0.0 and a.related  # refused, with the closest passages shown
    # without the floor the reader finds some span in a sentence naming Pakistan and answers
    unfloored = _with_answer(corpus_bot, topic_floor=0.0, reader_threshold=0.0).ask(question)
    assert not unfloored.refused and unfloored.evidence > 0.0


def test_an_answer_the_reader_doubts_is_shown_hedged(corpus_bot: Assistant) -> None:
    everything = _with_answer(corpus_bot, reader_threshold=0.0)
    sure = everything.ask("What share of REE processing does China control?")
    assert sure.evidence >= everything.extractive.confident() and not sure.hedged and sure.notice is None
    doubt = everything.ask("How long do the U.S. exploration licences last?")  # the article does not say
    assert not doubt.refused and doubt.evidence < everything.extractive.confident()
    assert doubt.hedged and doubt.notice and "may not answer" in doubt.notice
    html = render.answer_html(doubt, 0, "How long do the U.S. exploration licences last?")
    assert "may not answer" in html and "From the documents" in html
    assert "LLM failed" not in html  # a doubt is not a failed LLM


def test_an_answer_the_reader_doubts_shows_the_closest_passages(corpus_bot: Assistant) -> None:
    """A hedged answer says "these are the passages that come closest" and showed one sentence; the
    reader's order among units it doubts is a guess too (round m7: a grant's conditions read 0.30, a
    news sentence naming the grant 0.38). It shows the next passages that clear the threshold."""
    # (the README's hedged follow-up no longer serves: the passages it came closest to were the turn
    # before's, which a follow-up does not show again; test_conversation)
    question = "Will the U.S. build a base in Baluchistan?"
    doubt = corpus_bot.ask(question)
    assert doubt.hedged and doubt.notice and "come closest" in doubt.notice, doubt.notice
    assert_well_cited(doubt)
    best = _with_answer(corpus_bot, hedged_passages=1).ask(question)
    assert best.hedged and len({c.chunk_id for c in best.citations}) == 1, best.text  # as before
    assert doubt.text.startswith(best.text.split(" [1]")[0]), (doubt.text, best.text)  # the best still leads
    assert 2 <= len({c.chunk_id for c in doubt.citations}) <= corpus_bot.settings.answer.hedged_passages, doubt.text
    short = _with_answer(corpus_bot, max_sentences=1).ask(question)
    assert len(short.citations) == 1, short.text  # within the answer's length (a reviewer's case)
    sure = corpus_bot.ask("What share of REE processing does China control?")  # not in doubt: as before
    assert not sure.hedged and len({c.chunk_id for c in sure.citations}) == 1, sure.text


def test_the_evaluation_counts_hedged_answers(corpus_bot: Assistant) -> None:
    # the pass rate cannot tell a hedged answer from a sure one; the hedged share can
    everything = _with_answer(corpus_bot, reader_threshold=0.0)
    cases = [Case(id="sure", question="What share of REE processing does China control?", facts=[["85"]]),
             Case(id="doubt", question="How long do the U.S. exploration licences last?", facts=[["years"]]),
             Case(id="none", question="Who won the 2022 World Cup?", answerable=False)]
    result = run_suite(everything, cases)
    hedged = {c.id: c.hedged for c in result.cases}
    assert hedged == {"sure": False, "doubt": True, "none": False}, hedged
    # of the two answerable questions, both answered, one with the reader's doubt
    assert result.metrics["hedged_share"] == 0.5


def test_windows_are_read_in_at_most_two_batches_by_length() -> None:
    lengths = [40, 120, 42, 38, 118, 41]
    batches = length_batches(lengths)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))  # each window once
    assert [sorted(b) for b in batches] == [[0, 2, 3, 5], [1, 4]]  # short ones are not padded to 120
    assert length_batches([60, 61, 59]) == [[2, 0, 1]]  # nothing to gain: one batch
    assert length_batches([]) == []


def test_a_span_is_never_cut_inside_a_number(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """WordPiece reads "1,500" as "1", ",", "500": a blind user test got the short answer "1" for
    "about 1,500 km" (on the SQuAD test half: 2 of 6,078 spans change, one to its gold answer)."""
    from assistant.reader import whole_numbers

    text = "The mines are about 1,500 km away; output was 3.25 million tonnes in 2019, up 4 percent."
    for piece, whole in (("1", "1,500"), ("500", "1,500"), ("3", "3.25"), ("2019", "2019"), ("4", "4")):
        at = text.index(piece if piece != "500" else "500")
        start, end = whole_numbers(text, at, at + len(piece))
        assert text[start:end] == whole, (piece, text[start:end])
    bot = bot_over({"mines.md": "# Cobalt\n\nFighting in North Kivu disrupts logistics, although the main cobalt "
                                "mines are about 1,500 km away in the south.\n"})
    a = bot.ask("How far are the main cobalt mines from the fighting?")
    assert a.short_answer and a.short_answer.startswith("1,500"), a.short_answer


def test_the_reader_tokenizes_each_text_once_and_reads_the_same_windows(reader: Reader) -> None:
    """The reader keeps texts' tokens (cut to a window's length): the windows it builds from them
    are the tokenizer's own, for short texts, a question longer than its share and a text far
    longer than a window."""
    tok = load_tokenizer()
    long_text = " ".join(f"Clause {i} of the royalty schedule sets a rate of {i}.{i} percent." for i in range(200))
    question = "What rate does clause 12 of the royalty schedule set, and who pays it? " * 8
    for q, context, start in ((question, long_text, 0), ("Who pays the royalty?", "Royalties : The province pays.", 12),
                              ("", "", 0)):
        plain = encode_pair(tok, q, context, start)
        kept = encode_pair(tok, q, context, start, encode=reader._encode)
        assert plain == kept
        assert sum(1 for i in plain.ids if i) >= 3  # [CLS] and two [SEP]s at the least
    before = reader._encode.cache_info().hits
    reader.read("Who pays the royalty?", [("Royalties : The province pays.", 12)] * 3)
    assert reader._encode.cache_info().hits >= before + 2  # the question and the window come back


def test_a_window_with_no_tokens_is_never_run(reader: Reader) -> None:
    """The shipped graph has no NaN guard after its softmax: a row with nothing to attend to would
    change the other windows of its batch, so the reader refuses such a batch outright."""
    from assistant.reader import Encoded

    tok = load_tokenizer()
    real = encode_pair(tok, "Who pays the royalty?", "The province pays.")
    empty = Encoded([], [], [], [])
    with pytest.raises(ValueError, match="no tokens"):
        reader._run([real, empty])
