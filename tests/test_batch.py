"""The batch runner: inputs found, outcomes in input order, bad inputs recorded and the run going
on, checkpoints, resume (also after SIGKILL), no duplicates, exit codes.

Most tests run a light pipeline (spacy.blank("en") with a sentencizer): they check the
machinery, not the extractors. The kill test runs the real CLI with the full pipeline.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from artex import batch, core
from artex.batch import (
    BatchOptions,
    BatchUsageError,
    discover_inputs,
    estimate_articles,
    is_gold_annotation,
    records_to_process,
    run_batch,
)
from artex.cli import app
from artex.record import InputError, Record
from artex.schema import Article
from artex.sinks import Failure

REPO = Path(__file__).resolve().parent.parent
FAILING_WORD = "EXPLODE"


@Language.component("artex_test_fails_on_word")
def fails_on_word(doc):
    if FAILING_WORD in doc.text:
        raise ValueError(f"found {FAILING_WORD}")
    return doc


@pytest.fixture(scope="module")
def light_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="module")
def fragile_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("artex_test_fails_on_word")
    return nlp


def article_text(number: int) -> str:
    return (f"Report {number}\n\nThe harbour board of Northport met for the {number}th time "
            f"and approved plan {number} for the ferry terminal.")


def write_jsonl(path: Path, objects: list) -> Path:
    path.write_text("".join((o if isinstance(o, str) else json.dumps(o)) + "\n"
                            for o in objects))
    return path


def articles_in(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def ids_in(path: Path) -> list[str]:
    return [a["id"] for a in articles_in(path)]


# --- finding the inputs ----------------------------------------------------------------------

def test_folders_are_walked_recursively_for_article_files_sorted(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.jsonl", "e.json", "f.htm",
                 "g.markdown", "notes.csv", "a.gold.json", "sub/x.GOLD.json", "image.png",
                 "README.md", "sub/readme.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in discover_inputs([str(tmp_path)])]
    assert found == ["a.md", "b.txt", "e.json", "f.htm", "g.markdown", "sub/c.html",
                     "sub/deeper/d.jsonl"]


@pytest.mark.parametrize(("name", "is_gold"), [
    ("voltera.gold.json", True), ("VOLTERA.GOLD.JSON", True), ("voltera.json", False),
    ("gold.json", False), ("voltera.gold.jsonl", False),
])
def test_gold_annotation_files_are_not_articles(name, is_gold):
    assert is_gold_annotation(Path(name)) is is_gold


def test_the_corpus_folder_yields_its_articles_but_not_its_gold_files_or_readme():
    found = [Path(p).name for p in discover_inputs([str(REPO / "corpus")])]
    assert "japan-us-tech-investments.txt" in found
    assert not any(name.endswith(".gold.json") or name == "README.md" for name in found)


def test_the_output_folder_is_not_read_as_input(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "articles.jsonl").write_text("{}\n")
    (tmp_path / "a.txt").write_text("x")
    assert list(discover_inputs([str(tmp_path)], out_dir=tmp_path / "out")) == [
        str(tmp_path / "a.txt")]


def test_files_and_stdin_are_kept_as_given():
    assert list(discover_inputs(["-", "x/unknown.suffix"])) == ["-", "x/unknown.suffix"]


def test_estimate_counts_one_per_file_and_one_per_jsonl_line(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    write_jsonl(tmp_path / "b.jsonl", [{"text": "a"}, "", {"text": "b"}, "broken"])
    assert estimate_articles([str(tmp_path)]) == 4
    assert estimate_articles(["-"]) is None


# --- processing in input order ---------------------------------------------------------------

def items_with_every_kind() -> list:
    return [
        Record(text=article_text(1), source="one.txt"),
        InputError("bad.jsonl", "not valid JSON", line=2),
        Record(text=article_text(2) + FAILING_WORD, source="two.txt"),
        batch.Skipped(Record(text=article_text(3), source="three.txt"), already_written=True),
        Record(text=article_text(4), source="four.txt"),
        InputError("empty.txt", "empty: no text to extract"),
    ]


@pytest.mark.parametrize(("workers", "zone_records"), [(1, 1000), (2, 1000), (1, 1), (2, 2)])
def test_outcomes_follow_input_order_and_a_failing_document_is_reported(
        fragile_nlp, settings, monkeypatch, workers, zone_records):
    monkeypatch.setattr(core, "ZONE_RECORDS", zone_records)
    outcomes = list(core.process(items_with_every_kind(), fragile_nlp,
                                 replace(settings, workers=workers, batch_size=2)))
    kinds = [type(o).__name__ for o in outcomes]
    assert kinds == ["Article", "Failure", "Failure", "Skipped", "Article", "Failure"]
    assert [o.source for o in outcomes if isinstance(o, Article)] == ["one.txt", "four.txt"]
    failed = outcomes[2]
    assert failed.input == "two.txt" and failed.id is not None
    assert failed.reason.startswith("internal error: pipeline component artex_test_fails_on_word "
                                    "failed: ValueError: found EXPLODE")
    assert outcomes[1] == Failure(input="bad.jsonl", line=2, reason="not valid JSON")


def test_an_article_that_cannot_be_built_is_reported(light_nlp, settings, monkeypatch):
    def refuse(doc, record):
        raise ValueError("span 'x' does not match text[0:1]")
    monkeypatch.setattr(core, "to_article", refuse)
    [outcome] = core.process([Record(text="Some text.", source="s.txt")], light_nlp, settings)
    assert outcome.reason == ("internal error: could not build the article: ValueError: "
                              "span 'x' does not match text[0:1]")


def test_repeated_article_ids_are_skipped_after_the_first(tmp_path, settings):
    write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "one"}, {"id": "b", "text": "two"},
                                        {"id": "a", "text": "three"}, {"text": "same"},
                                        {"text": "same"}])
    items = list(records_to_process([str(tmp_path / "in.jsonl")], settings, {"b"}))
    assert [(type(i).__name__, getattr(i, "already_written", None)) for i in items] == [
        ("Record", None), ("Skipped", True), ("Skipped", False), ("Record", None),
        ("Skipped", False)]


# --- runs ------------------------------------------------------------------------------------

def test_a_run_writes_articles_errors_and_summary_in_input_order(tmp_path, light_nlp, settings):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "b.jsonl", [{"id": f"b{i}", "text": article_text(i)} for i in range(5)]
                + ['{"id": "broken', {"id": "b9", "text": article_text(9)}])
    (corpus / "a.txt").write_text(article_text(100))
    (corpus / "c.txt").write_bytes(b"\x00\x01binary")
    (corpus / "c.gold.json").write_text("{}")
    out = tmp_path / "out"
    summary = run_batch([str(corpus)], out, settings, BatchOptions(checkpoint_every=2),
                        nlp=light_nlp)
    assert ids_in(out / "articles.jsonl")[1:] == ["b0", "b1", "b2", "b3", "b4", "b9"]
    errors = articles_in(out / "errors.jsonl")
    assert [(e["input"], e["line"]) for e in errors] == [(str(corpus / "b.jsonl"), 6),
                                                         (str(corpus / "c.txt"), None)]
    assert "binary" in errors[1]["reason"]
    written = json.loads((out / "summary.json").read_text())
    assert (written["articles"], written["errors"], written["resumed"]) == (7, 2, 0)
    assert written["words"] == sum(a["stats"]["words"] for a in articles_in(out / "articles.jsonl"))
    assert written["words_per_second"] > 0 and not summary.ok


def test_a_thousand_inputs_with_fifty_bad_ones_give_950_articles_and_50_errors(
        tmp_path, light_nlp, settings, monkeypatch):
    """The issue's acceptance check, with tiny articles so that it stays quick: bad inputs are
    binary files, empty files and broken JSON lines among good ones."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = []
    for number in range(930):
        lines.append({"text": f"Article {number} is about the harbour."})
        if number % 31 == 0:
            lines.append(['not an object'] if number % 2 else '{"text": "cut off')
    write_jsonl(corpus / "stream.jsonl", lines)
    for number in range(10):
        (corpus / f"binary-{number}.txt").write_bytes(b"PK\x03\x04\x00\x00" + bytes([number]))
        (corpus / f"empty-{number}.txt").write_text("  \n" if number % 2 else "")
        (corpus / f"good-{number}.md").write_text(f"# Title {number}\n\nBody {number}.\n")
    for number in range(10):
        (corpus / f"good-{number}.txt").write_text(f"Good article {number}.")
    monkeypatch.setattr(batch, "build_nlp", lambda settings: light_nlp)
    result = CliRunner().invoke(app, ["batch", str(corpus), "--out", str(tmp_path / "out"),
                                      "--db", f"sqlite:///{tmp_path}/out/artex.db"])
    assert result.exit_code == 1, result.output
    assert len(articles_in(tmp_path / "out" / "articles.jsonl")) == 950
    errors = articles_in(tmp_path / "out" / "errors.jsonl")
    assert len(errors) == 50
    assert sum(1 for e in errors if e["line"] is not None) == 30
    assert database_ids(f"sqlite:///{tmp_path}/out/artex.db") == 950


def database_ids(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(DISTINCT id) FROM articles")).scalar()
    engine.dispose()
    return count


def test_standard_input_is_read_as_json_lines(tmp_path, light_nlp, settings, monkeypatch):
    lines = "".join(json.dumps({"id": f"s{i}", "text": article_text(i)}) + "\n"
                    for i in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    run_batch(["-"], tmp_path / "out", settings, nlp=light_nlp)
    assert ids_in(tmp_path / "out" / "articles.jsonl") == ["s0", "s1", "s2"]


def test_rerunning_into_the_same_database_does_not_duplicate(tmp_path, light_nlp, settings):
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article_text(i)} for i in range(6)])
    url = f"sqlite:///{tmp_path}/artex.db"
    for _ in range(2):
        run_batch([str(source)], tmp_path / "out", settings, BatchOptions(db_url=url),
                  nlp=light_nlp)
    assert database_ids(url) == 6
    assert len(ids_in(tmp_path / "out" / "articles.jsonl")) == 6


def test_resume_finishes_exactly_the_missing_articles(tmp_path, light_nlp, settings):
    source = write_jsonl(tmp_path / "in.jsonl",
                         [{"text": article_text(i)} for i in range(10)] + ["broken"])
    whole, cut = tmp_path / "whole", tmp_path / "cut"
    run_batch([str(source)], whole, settings, nlp=light_nlp)
    lines = (whole / "articles.jsonl").read_bytes().splitlines(keepends=True)
    cut.mkdir()
    (cut / "articles.jsonl").write_bytes(b"".join(lines[:4]) + lines[4][:25])
    summary = run_batch([str(source)], cut, settings, BatchOptions(resume=True), nlp=light_nlp)
    assert (summary.resumed, summary.articles, summary.errors) == (4, 6, 1)
    assert (cut / "articles.jsonl").read_bytes() == (whole / "articles.jsonl").read_bytes()
    assert (cut / "errors.jsonl").read_bytes() == (whole / "errors.jsonl").read_bytes()


def test_without_resume_a_run_replaces_the_previous_output(tmp_path, light_nlp, settings):
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text('{"id": "old"}\n')
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "new", "text": "New text."}])
    run_batch([str(source)], out, settings, nlp=light_nlp)
    assert ids_in(out / "articles.jsonl") == ["new"]


@pytest.mark.parametrize(("arguments", "message"), [
    (["missing-folder", "--out", "{tmp}/out"], "no such file or folder: missing-folder"),
    (["{tmp}", "--out", "{tmp}/out", "--db", "nosuch://x"], "not a usable database URL"),
    (["{tmp}", "--out", "{tmp}/out", "--reference-date", "April"], "is not a date"),
    (["{tmp}", "--out", "{tmp}/out", "--workers", "0"], "--workers"),
    (["{tmp}"], "--out"),
    (["-", "-", "--out", "{tmp}/out"], "standard input (-) can be read only once"),
])
def test_bad_usage_exits_2_before_loading_the_model(tmp_path, monkeypatch, arguments, message):
    def no_model(settings):
        raise AssertionError("the model was loaded")
    monkeypatch.setattr(batch, "build_nlp", no_model)
    result = CliRunner().invoke(app, ["batch", *(a.format(tmp=tmp_path) for a in arguments)])
    assert result.exit_code == 2
    assert message in result.output


def test_a_run_without_failures_exits_0(tmp_path, light_nlp, monkeypatch):
    monkeypatch.setattr(batch, "build_nlp", lambda settings: light_nlp)
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article_text(1)}])
    result = CliRunner().invoke(app, ["batch", str(source), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "1 articles written, 0 failed" in result.output


def test_an_unusable_database_stops_the_run_before_the_output_is_replaced(tmp_path, settings):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("articles.jsonl", "errors.jsonl"):
        (out / name).write_text('{"id": "earlier"}\n')
    with pytest.raises(BatchUsageError, match="not a usable database URL"):
        run_batch([str(tmp_path)], out, settings, BatchOptions(db_url="nosuch://x"))
    assert all((out / name).read_text() == '{"id": "earlier"}\n'
               for name in ("articles.jsonl", "errors.jsonl"))


def test_run_batch_refuses_an_out_path_that_is_a_file(tmp_path, settings):
    (tmp_path / "file").write_text("x")
    with pytest.raises(BatchUsageError, match="not a folder"):
        run_batch([str(tmp_path)], tmp_path / "file", settings)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_plain_log_lines_when_not_on_a_terminal(tmp_path, light_nlp, settings):
    stream = io.StringIO()
    progress = batch.progress_for(stream)
    progress.every = 0
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article_text(i)} for i in range(3)])
    run_batch([str(source)], tmp_path / "out", settings, BatchOptions(progress=progress),
              nlp=light_nlp)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("artex batch: 3 done, 0 failed, ")


def test_progress_is_a_bar_with_rate_and_eta_on_a_terminal(tmp_path, light_nlp, settings):
    stream = Terminal()
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article_text(i)} for i in range(3)])
    run_batch([str(source)], tmp_path / "out", settings,
              BatchOptions(progress=batch.progress_for(stream)), nlp=light_nlp)
    shown = stream.getvalue()
    assert "3/3" in shown and "articles/s" in shown and "ETA" in shown


# --- killed and resumed (full pipeline, the real command) --------------------------------------

@pytest.mark.model
def test_a_killed_run_resumed_ends_with_exactly_the_articles_of_an_uninterrupted_run(
        tmp_path, nlp, settings):
    source = write_jsonl(tmp_path / "in.jsonl",
                         [{"text": article_text(i)} for i in range(60)])
    killed = tmp_path / "killed"
    command = [str(Path(sys.executable).parent / "artex"), "batch", str(source), "--out",
               str(killed), "--batch-size", "2", "--checkpoint-every", "5"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    articles = killed / "articles.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if articles.exists() and articles.stat().st_size > 0:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    assert process.wait() == -signal.SIGKILL, "the run ended before it could be killed"
    written_before = articles.read_bytes()
    assert 0 < written_before.count(b"\n") < 60 and written_before.endswith(b"\n")
    # The worst a kill can leave: half a line at the end.
    articles.write_bytes(written_before + b'{"schema_version":"1.2","id":"cut')

    summary = run_batch([str(source)], killed, settings, BatchOptions(resume=True), nlp=nlp)
    whole = tmp_path / "whole"
    run_batch([str(source)], whole, settings, nlp=nlp)

    assert summary.resumed == written_before.count(b"\n")
    assert summary.resumed + summary.articles == 60
    resumed_lines = articles.read_bytes().splitlines(keepends=True)
    whole_lines = (whole / "articles.jsonl").read_bytes().splitlines(keepends=True)
    assert all(line.endswith(b"\n") for line in resumed_lines)
    assert sorted(resumed_lines) == sorted(whole_lines)
    assert resumed_lines == whole_lines


# A run whose failing articles sit among several pipe batches of large Docs: with workers, a
# stream stopped by the failure used to join workers blocked on their pipes and never end.
RUN_WITH_FAILURES = """
import json, sys
from dataclasses import replace
import spacy
from spacy.language import Language
from artex import core
from artex.record import Record
from artex.settings import Settings

@Language.component("artex_test_fails_on_word")
def fails_on_word(doc):
    if "EXPLODE" in doc.text:
        raise ValueError("found EXPLODE")
    return doc

nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp.add_pipe("artex_test_fails_on_word")
workers, count = int(sys.argv[1]), int(sys.argv[2])
body = "The ferry board of Quillhaven met again on the terminal. " * 150
texts = [f"Report {n}. {body}" + (" It went EXPLODE." if n in (count // 2, count - 1) else "")
         for n in range(count)]
pieced = "\\n\\n".join(f"Part {n}. {body}" for n in range(3)).replace("Part 1.", "EXPLODE 1.")
records = [Record(text=t, source=f"{n}.txt") for n, t in enumerate(texts)]
records.insert(3, Record(text=pieced, source="pieced.txt"))
settings = replace(Settings(), workers=workers, batch_size=2, piece_chars=len(body) + 20)
for outcome in core.process(records, nlp, settings):
    print(json.dumps([outcome.input, outcome.reason] if hasattr(outcome, "reason")
                     else outcome.source))
"""


@pytest.mark.parametrize("workers", [1, 2])
def test_a_run_with_failing_articles_among_many_batches_ends_with_each_failure_reported(workers):
    count = 60
    run = subprocess.run([sys.executable, "-c", RUN_WITH_FAILURES, str(workers), str(count)],
                         capture_output=True, text=True, timeout=300, cwd=REPO)
    assert run.returncode == 0, run.stderr
    outcomes = [json.loads(line) for line in run.stdout.splitlines()]
    reason = ("internal error: pipeline component artex_test_fails_on_word failed: "
              "ValueError: found EXPLODE")
    failed = {n: o for n, o in enumerate(outcomes) if isinstance(o, list)}
    assert failed == {3: ["pieced.txt", reason], count // 2 + 1: [f"{count // 2}.txt", reason],
                      count: [f"{count - 1}.txt", reason]}
    assert [o for o in outcomes if isinstance(o, str)] == \
        [f"{n}.txt" for n in range(count) if n not in (count // 2, count - 1)]
