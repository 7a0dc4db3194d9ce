"""The batch runner: many inputs in, ``articles.jsonl``, ``errors.jsonl``, ``summary.json`` (and
optionally a database) out; streaming, in input order, resumable.

- Inputs are files, folders (walked recursively for article files, sorted; gold annotations
  ``*.gold.json`` and READMEs are not articles) or ``-`` (a JSON Lines stream on standard
  input). Records become Articles in ``artex.core``, the one core every caller shares; the
  outputs follow the input order whatever the number of workers.
- An input or article that fails becomes a line of ``errors.jsonl`` (input, line, reason) and the
  run goes on (see ``core.process`` for a pipeline component that fails).
- Output is made durable in checkpoints, the database first and ``articles.jsonl`` last: the
  articles file is the ledger ``--resume`` reads, so an article in it is always in the database.
- Without ``--resume`` a run starts afresh: ``articles.jsonl`` and ``errors.jsonl`` are replaced.
  With it, the articles whose id is already in ``articles.jsonl`` are skipped and the rest
  appended; ``errors.jsonl`` is rewritten either way, since failed inputs are tried again.
- An article id seen twice in one run (the same text twice, or a caller's id reused) is written
  once, the first time; the later ones are counted as duplicates.
- Memory stays flat: records, documents and articles stream; what is kept per article is its id.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from spacy.language import Language

from artex import core
from artex.nlp import build_nlp
from artex.readers import iter_records
from artex.record import InputError, Record
from artex.schema import Article
from artex.settings import Settings
from artex.sinks import (
    ErrorSink,
    Failure,
    JsonlSink,
    SinkError,
    SinkGroup,
    SqlSink,
    display_url,
    written_article_ids,
)

STDIN = "-"
# What a batch reads on standard input: a stream of articles, one JSON object a line.
STDIN_FORMAT = "jsonl"
ARTICLES_FILE = "articles.jsonl"
ERRORS_FILE = "errors.jsonl"
SUMMARY_FILE = "summary.json"
# The suffixes of the files a folder is walked for.
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
GOLD_ANNOTATION_SUFFIX = ".gold.json"


class BatchUsageError(Exception):
    """The run cannot start: a missing input, a bad database URL, an unusable output folder."""


def is_gold_annotation(path: Path) -> bool:
    """Gold annotations kept beside the articles (``NAME.gold.json``) are not articles."""
    return path.name.lower().endswith(GOLD_ANNOTATION_SUFFIX)


def is_readme(path: Path) -> bool:
    """A folder's README (README.md, readme.txt, ...) describes the folder; it is no article."""
    return path.stem.lower() == "readme"


def is_article_file(path: Path) -> bool:
    return (path.suffix.lower() in ARTICLE_SUFFIXES and not is_gold_annotation(path)
            and not is_readme(path))


def discover_inputs(inputs: Iterable[str], out_dir: Path | None = None) -> Iterator[str]:
    """Each input as given, a folder replaced by the article files under it (sorted), leaving
    out the run's own output folder (a run's articles.jsonl is not input to the next)."""
    skipped = out_dir.resolve() if out_dir is not None else None
    for given in inputs:
        path = Path(given)
        if given != STDIN and path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*"))
                        if p.is_file() and is_article_file(p)
                        and (skipped is None or not p.resolve().is_relative_to(skipped)))
        else:
            yield given


def check_inputs(inputs: list[str]) -> None:
    if not inputs:
        raise BatchUsageError("no input given")
    missing = [given for given in inputs if given != STDIN and not Path(given).exists()]
    if missing:
        raise BatchUsageError(f"no such file or folder: {', '.join(missing)}")
    if inputs.count(STDIN) > 1:
        raise BatchUsageError("standard input (-) can be read only once")


def estimate_articles(inputs: Iterable[str], out_dir: Path | None = None) -> int | None:
    """How many articles the inputs hold, for a progress bar: one per file, one per non-blank
    line of a JSON Lines file; None when reading standard input."""
    total = 0
    for source in discover_inputs(inputs, out_dir):
        if source == STDIN:
            return None
        if source.lower().endswith(".jsonl"):
            with open(source, "rb") as file:
                total += sum(1 for line in file if line.strip())
        else:
            total += 1
    return total


# --- processing in input order ---------------------------------------------------------------

@dataclass(frozen=True)
class Skipped:
    """A record not processed because its article id was already written."""

    record: Record
    already_written: bool  # in articles.jsonl before this run (resume), else a duplicate


Outcome = Article | Failure | Skipped


# --- progress --------------------------------------------------------------------------------

class Progress(Protocol):
    needs_total: bool

    def start(self, total: int | None) -> None: ...

    def update(self, done: int, errors: int) -> None: ...

    def finish(self) -> None: ...


class NoProgress:
    needs_total = False

    def start(self, total: int | None) -> None:
        pass

    def update(self, done: int, errors: int) -> None:
        pass

    def finish(self) -> None:
        pass


class LogProgress:
    """Plain lines on a stream that is not a terminal, at most one per ``every`` seconds."""

    needs_total = False

    def __init__(self, stream, every: float = 10.0):
        self.stream = stream
        self.every = every

    def start(self, total: int | None) -> None:
        self._started = self._last = time.perf_counter()

    def update(self, done: int, errors: int) -> None:
        now = time.perf_counter()
        if now - self._last >= self.every:
            self._last = now
            rate = done / (now - self._started)
            print(f"artex batch: {done:,} done, {errors:,} failed, {rate:.1f} articles/s",
                  file=self.stream, flush=True)

    def finish(self) -> None:
        pass


class RichProgress:
    """A progress bar on a terminal: articles done, articles/s, time left."""

    needs_total = True

    def __init__(self, stream):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        self._bar = Progress(
            TextColumn("articles"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"), TextColumn("{task.fields[errors]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(file=stream), transient=False)

    def start(self, total: int | None) -> None:
        self._started = time.perf_counter()
        self._bar.start()
        self._task = self._bar.add_task("batch", total=total, rate="0.0", errors="")

    def update(self, done: int, errors: int) -> None:
        rate = done / max(time.perf_counter() - self._started, 1e-9)
        self._bar.update(self._task, completed=done, rate=f"{rate:.1f}",
                         errors=f"{errors:,} failed" if errors else "")

    def finish(self) -> None:
        self._bar.stop()


def progress_for(stream) -> Progress:
    return RichProgress(stream) if stream.isatty() else LogProgress(stream)


# --- the run ---------------------------------------------------------------------------------

@dataclass
class BatchOptions:
    db_url: str | None = None
    resume: bool = False
    # Articles (and failures) between two checkpoints.
    checkpoint_every: int = 100
    progress: Progress = field(default_factory=NoProgress)
    # Also write a Parquet dataset (a folder or an fsspec URL): artex.parquet.
    parquet: str | None = None
    # Run on the Dask cluster whose scheduler is at this address (tcp://HOST:PORT):
    # artex.cluster. Records per Dask task, and partitions kept in flight (None: twice the
    # cluster's threads).
    cluster: str | None = None
    partition_size: int = 32
    in_flight: int | None = None


@dataclass
class BatchSummary:
    inputs: list[str]
    out_dir: str
    database: str | None
    workers: int
    batch_size: int
    parquet: str | None = None
    cluster: str | None = None
    articles: int = 0  # written by this run
    resumed: int = 0  # already in articles.jsonl and skipped (--resume)
    duplicates: int = 0
    errors: int = 0
    words: int = 0
    load_seconds: float = 0.0  # building the pipeline
    seconds: float = 0.0  # processing, after the pipeline was built
    cpu_seconds: float = 0.0  # processor time of that processing, workers included

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def as_dict(self) -> dict:
        seconds = max(self.seconds, 1e-9)
        return {
            "inputs": self.inputs, "out": self.out_dir, "database": self.database,
            "parquet": self.parquet, "cluster": self.cluster,
            "workers": self.workers, "batch_size": self.batch_size,
            "articles": self.articles, "resumed": self.resumed, "duplicates": self.duplicates,
            "errors": self.errors, "words": self.words,
            "load_seconds": round(self.load_seconds, 3), "seconds": round(self.seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3),
            "articles_per_second": round(self.articles / seconds, 2),
            "words_per_second": round(self.words / seconds, 1),
        }


def records_to_process(inputs: list[str], settings: Settings, already_written: set[str],
                       out_dir: Path | None = None) -> Iterator[Record | InputError | Skipped]:
    """Every item of the inputs, records whose id was already written marked as Skipped."""
    seen: set[str] = set()
    for source in discover_inputs(inputs, out_dir):
        for item in iter_records(source, settings, STDIN_FORMAT if source == STDIN else None):
            if isinstance(item, Record):
                article_id = item.article_id
                if article_id in already_written or article_id in seen:
                    yield Skipped(item, already_written=article_id in already_written)
                    continue
                seen.add(article_id)
            yield item


def run_batch(inputs: list[str], out_dir: Path, settings: Settings,
              options: BatchOptions | None = None, nlp: Language | None = None) -> BatchSummary:
    """Process every article of the inputs into ``out_dir`` (and the database and the Parquet
    dataset, if any), in this process and its workers or, with ``options.cluster``, on a Dask
    cluster (``artex.cluster``); the outputs are the same either way.

    Raises BatchUsageError when the run cannot start; a failing article never stops it."""
    options = options or BatchOptions()
    check_inputs(inputs)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchUsageError(f"--out {out_dir}: not a folder")
    articles_path = out_dir / ARTICLES_FILE
    summary = BatchSummary(inputs=list(inputs), out_dir=str(out_dir),
                           database=display_url(options.db_url) if options.db_url else None,
                           workers=settings.workers, batch_size=settings.batch_size,
                           parquet=options.parquet, cluster=options.cluster)
    client = None
    if options.cluster:
        from artex.cluster import connect
        client = connect(options.cluster)
    try:
        return _run(inputs, out_dir, articles_path, settings, options, summary, nlp, client)
    finally:
        if client is not None:
            client.close()


def _run(inputs, out_dir, articles_path, settings, options, summary, nlp, client) -> BatchSummary:
    database_sinks = [SqlSink(options.db_url)] if options.db_url else []
    # PostgreSQL with a cluster: each worker upserts its own partitions, one transaction each
    # (artex.cluster); the client only checks the database and creates the schema. SQLite, a
    # file, is written by the client alone.
    workers_database = None
    if client is not None and options.db_url and is_server_database(options.db_url):
        workers_database, database_sinks = options.db_url, []
        schema_check = SqlSink(options.db_url)
        try:
            schema_check.open()
        except SinkError as error:
            raise BatchUsageError(str(error)) from None
        schema_check.close()
    errors_sink = ErrorSink(out_dir / ERRORS_FILE)
    articles_sink = JsonlSink(articles_path, append=options.resume)
    opened = []
    try:
        already_written = written_article_ids(articles_path) if options.resume else set()
        parquet_sinks, parquet_target = _parquet_output(options, already_written, client)
        # Made durable at each checkpoint in this order: articles.jsonl, the resume ledger,
        # last. Opened so that a database that cannot be used stops the run before a file is
        # replaced.
        article_sinks = [*database_sinks, *parquet_sinks, articles_sink]
        for sink in (*database_sinks, *parquet_sinks, errors_sink, articles_sink):
            sink.open()
            opened.append(sink)
    except SinkError as error:
        for sink in opened:
            sink.close()
        raise BatchUsageError(str(error)) from None
    sinks = [errors_sink, SinkGroup(article_sinks)]
    loading = time.perf_counter()
    items = records_to_process(inputs, settings, already_written, out_dir)
    if client is not None:
        from artex.cluster import cluster_outcomes, register_pipeline
        try:
            register_pipeline(client, settings)
        except (BatchUsageError, OSError, TimeoutError) as error:
            for sink in sinks:
                sink.close()
            raise BatchUsageError(f"--cluster {options.cluster}: {error}") from None
        outcomes = cluster_outcomes(client, items, settings, options.partition_size,
                                    options.in_flight, parquet_target, workers_database)
    else:
        nlp = nlp or build_nlp(settings)
        outcomes = core.process(items, nlp, settings)
    started = time.perf_counter()
    cpu_started = cpu_seconds()
    summary.load_seconds = started - loading
    progress = options.progress
    progress.start(estimate_articles(inputs, out_dir) if progress.needs_total else None)
    try:
        _write_outcomes(outcomes, sinks, summary, options, on_progress=progress.update)
    finally:
        progress.finish()
        for sink in sinks:
            sink.close()
    summary.seconds = time.perf_counter() - started
    summary.cpu_seconds = cpu_seconds() - cpu_started
    write_summary(out_dir / SUMMARY_FILE, summary)
    return summary


def is_server_database(url: str) -> bool:
    """Whether the URL names a database server (PostgreSQL), which several processes write."""
    return url.split(":", 1)[0].split("+", 1)[0] == "postgresql"


def _parquet_output(options: BatchOptions, already_written: set[str], client):
    """The Parquet sink of a local run, or where a cluster's workers write their parts."""
    if not options.parquet:
        return [], None
    from artex.parquet import ParquetSink, prepare_dataset
    if client is None:
        return [ParquetSink(options.parquet, options.resume, already_written)], None
    from artex.cluster import ParquetTarget
    _fs, root, first = prepare_dataset(options.parquet, options.resume, already_written)
    url = root if "://" not in options.parquet else options.parquet.split("://")[0] + "://" + root
    return [], ParquetTarget(url, first)


def _write_outcomes(outcomes: Iterator[Outcome], sinks: list, summary: BatchSummary,
                    options: BatchOptions, on_progress: Callable[[int, int], None]) -> None:
    errors_sink, article_sinks = sinks
    since_checkpoint = 0
    for done, outcome in enumerate(outcomes, 1):
        if isinstance(outcome, Article):
            try:
                article_sinks.write(outcome)
            except Exception as error:  # in no sink: recorded as the article's failure
                outcome = Failure(input=outcome.source, line=None, id=outcome.id,
                                  reason=f"could not be written: {core.describe(error)}")
            else:
                summary.articles += 1
                summary.words += outcome.stats.words
                since_checkpoint += 1
        if isinstance(outcome, Failure):
            errors_sink.write(outcome)
            summary.errors += 1
            since_checkpoint += 1
        elif isinstance(outcome, Skipped):
            if outcome.already_written:
                summary.resumed += 1
            else:
                summary.duplicates += 1
        if since_checkpoint >= options.checkpoint_every:
            for sink in sinks:
                sink.checkpoint()
            since_checkpoint = 0
        on_progress(done, summary.errors)


def cpu_seconds() -> float:
    """Processor time of this process and of its finished children (spaCy's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def write_summary(path: Path, summary: BatchSummary) -> None:
    """summary.json, replaced atomically (a reader never sees half of it)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)
