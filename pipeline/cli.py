"""The artex command line: each command parses its options and calls one library function.

Each command imports what it needs when it runs: spaCy and the model take seconds to import,
and `artex --help` or `artex --version` should not wait for them."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from artex import __version__
from artex.record import InputError
from artex.settings import Settings


class App(typer.Typer):
    """The typer app, which turns an unexpected exception into one line and exit 1 (the
    traceback only with ``artex --debug``)."""

    debug = False

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except Exception as error:  # SystemExit and KeyboardInterrupt are no Exception
            if App.debug:
                raise
            typer.echo(f"artex: internal error: {one_line(error)} (run with --debug for the "
                       "traceback)", err=True)
            raise SystemExit(EXIT_SOME_FAILED) from None


def one_line(error: Exception) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}"[:500] if message else type(error).__name__


# rich_markup_mode=None: click's plain help; rendering it with rich would import rich's
# markup, markdown and table modules first, which takes longer than the help itself.
app = App(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
          rich_markup_mode=None, help="News articles to structured, verifiable JSON.")


def print_version(value: bool) -> None:
    if value:
        typer.echo(f"artex {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option(
        "--version", callback=print_version, is_eager=True,
        help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option(
        "--debug", help="On an internal error, show the traceback.")] = False,
) -> None:
    """News articles to structured, verifiable JSON."""
    App.debug = debug

EXIT_BAD_INPUT = 2
EXIT_SOME_FAILED = 1
EXIT_INTERRUPTED = 130


def fail(message: str, code: int = EXIT_BAD_INPUT) -> None:
    typer.echo(f"artex: error: {message}", err=True)
    raise typer.Exit(code)


# Options shared by the commands that read inputs.
MaxBytes = Annotated[int, typer.Option(
    "--max-bytes", min=1, help="Refuse an input (a JSON Lines record) larger than this many "
                               "bytes, before parsing it.")]
TimeBudget = Annotated[float | None, typer.Option(
    "--time-budget", min=0.0, help="Give up an article that takes longer than this many "
                                   "seconds (checked between the pieces of a long text); "
                                   "default: no limit.")]


def warn(article: Any) -> None:
    """The article's warnings on stderr, one a line (they are in its JSON too)."""
    for warning in article.warnings:
        typer.echo(f"artex: warning: {article.source}: {warning}", err=True)


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date (YYYY-MM-DD)")


@app.command()
def extract(
    article: Annotated[str, typer.Argument(help="Article file, or - for standard input.")],
    reference_date: Annotated[str | None, typer.Option(
        help="Resolve relative dates against this date (YYYY-MM-DD).")] = None,
    id: Annotated[str | None, typer.Option(help="Id to give the article.")] = None,
    format: Annotated[str | None, typer.Option(
        help="Input format (txt, html, md, json, jsonl); default: the file suffix, and txt "
             "for standard input.")] = None,
    max_bytes: MaxBytes = Settings.max_input_bytes,
    time_budget: TimeBudget = None,
) -> None:
    """Extract one article and print it as JSON (its warnings also on stderr)."""
    from artex import api
    from artex.core import ArticleError

    settings = Settings(reference_date=parse_date(reference_date, "--reference-date"),
                        max_input_bytes=max_bytes, time_budget=time_budget)
    try:
        result = api.extract_article(article, settings, article_id=id, fmt=format)
    except InputError as error:
        fail(str(error))
    except ArticleError as error:
        fail(str(error), EXIT_SOME_FAILED)
    warn(result)
    typer.echo(result.model_dump_json(indent=2))


@app.command("eval")
def eval_(
    gold: Annotated[list[str], typer.Argument(
        help="Gold files (*.gold.json), folders of them, MEANTIME .jsonl files.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    baseline: Annotated[bool, typer.Option(
        help="Also score the spaCy baseline, side by side.")] = True,
    save_floors: Annotated[Path | None, typer.Option(
        help="Write the scores as quality-gate floors, with the gold's SHA-256, to this file "
             "(gold paths relative to the current folder: run from the repository root).")
    ] = None,
    validate: Annotated[bool, typer.Option(
        "--validate", help="Only check the gold files (format, spans, text); score nothing.")
    ] = False,
    errors: Annotated[bool, typer.Option(
        "--errors", help="Also list artex's errors (misses, spurious spans, wrong values).")
    ] = False,
    folds: Annotated[int, typer.Option(
        help="Split each dataset into this many folds by document id and report each fold.")
    ] = 1,
    ablate: Annotated[str | None, typer.Option(
        help="Also run artex with this rule family switched off and report its gain.")
    ] = None,
) -> None:
    """Score the extractors against gold annotations (and a spaCy baseline)."""
    from artex import evaluate
    from artex.core import ArticleError
    from artex.gold import GoldError, read_cases

    try:
        if validate:
            typer.echo(f"{len(read_cases(gold))} gold articles are valid")
            return
        report = evaluate.run_eval(gold, Settings(), evaluate.EvalOptions(
            baseline=baseline, folds=folds, ablate=ablate))
    except (GoldError, InputError) as error:
        fail(str(error))
    except ArticleError as error:
        fail(str(error), EXIT_SOME_FAILED)
    if save_floors:
        record = evaluate.quality_baseline(report, Path.cwd())
        save_floors.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(report.to_json(errors), indent=2))
        return
    from rich.console import Console

    console = Console()
    for table in evaluate.report_tables(report):
        console.print(table)
    if errors:
        for name, dataset in report.datasets.items():
            for error in dataset.errors[evaluate.ARTEX]:
                console.print(f"{name} {error}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="Article files, folders (walked for .txt .md .html .json .jsonl files), "
             "or - for JSON Lines on standard input.")],
    out: Annotated[Path, typer.Option(
        help="Folder for articles.jsonl, errors.jsonl and summary.json.")],
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 8,
    db: Annotated[str | None, typer.Option(
        help="Also write to this database: sqlite:///FILE or "
             "postgresql+psycopg://USER@HOST/DB.")] = None,
    resume: Annotated[bool, typer.Option(
        help="Skip the articles already in OUT/articles.jsonl and finish the rest "
             "(without it, the output files are replaced).")] = False,
    reference_date: Annotated[str | None, typer.Option(
        help="Resolve relative dates against this date (YYYY-MM-DD).")] = None,
    checkpoint_every: Annotated[int, typer.Option(
        min=1, help="Articles between two checkpoints (flush to disk, commit).")] = 100,
    parquet: Annotated[str | None, typer.Option(
        help="Also write a Parquet dataset, one row an article, to this folder or fsspec URL "
             "(with --cluster: where every worker can write).")] = None,
    cluster: Annotated[str | None, typer.Option(
        help="Run on the Dask cluster whose scheduler is at this address (tcp://HOST:PORT); "
             "--workers is then the cluster's.")] = None,
    partition_size: Annotated[int, typer.Option(
        min=1, help="With --cluster: records per Dask task.")] = 32,
    max_bytes: MaxBytes = Settings.max_input_bytes,
    time_budget: TimeBudget = None,
) -> None:
    """Extract many articles into JSON Lines (and a database). Exit 1 if some failed."""
    from artex import batch as batch_runner
    from artex.sinks import SinkError

    settings = Settings(reference_date=parse_date(reference_date, "--reference-date"),
                        batch_size=batch_size, workers=workers, max_input_bytes=max_bytes,
                        time_budget=time_budget)
    options = batch_runner.BatchOptions(db_url=db, resume=resume,
                                        checkpoint_every=checkpoint_every,
                                        progress=batch_runner.progress_for(sys.stderr),
                                        parquet=parquet, cluster=cluster,
                                        partition_size=partition_size)
    try:
        summary = batch_runner.run_batch(inputs, out, settings, options)
    except (batch_runner.BatchUsageError, SinkError) as error:
        fail(str(error))
    except KeyboardInterrupt:
        fail("interrupted; the articles written so far are kept: finish with --resume",
             EXIT_INTERRUPTED)
    counts = summary.as_dict()
    typer.echo(f"artex batch: {counts['articles']:,} articles written, {counts['errors']:,} "
               f"failed (see {out / batch_runner.ERRORS_FILE}), {counts['resumed']:,} resumed, "
               f"{counts['duplicates']:,} duplicates; {counts['articles_per_second']} articles/s",
               err=True)
    raise typer.Exit(0 if summary.ok else EXIT_SOME_FAILED)


@app.command()
def render(
    article: Annotated[str, typer.Argument(help="Article file, or - for standard input.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    reference_date: Annotated[str | None, typer.Option(
        help="Resolve relative dates against this date (YYYY-MM-DD).")] = None,
    format: Annotated[str | None, typer.Option(
        help="Input format (txt, html, md, json); default: the file suffix, and txt for "
             "standard input.")] = None,
    max_bytes: MaxBytes = Settings.max_input_bytes,
) -> None:
    """Extract one article and write its reading view as one self-contained HTML page."""
    from artex import api
    from artex.core import ArticleError

    settings = Settings(reference_date=parse_date(reference_date, "--reference-date"),
                        max_input_bytes=max_bytes)
    try:
        page = api.render_article(article, settings, fmt=format)
    except InputError as error:
        fail(str(error))
    except ArticleError as error:
        fail(str(error), EXIT_SOME_FAILED)
    write_whole(output, page)


def write_whole(path: Path, content: str) -> None:
    """Write a file so that it is never seen half-written: a temporary file, then a rename."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(content, encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        fail(f"{path}: cannot be written ({error.strerror})")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(
        min=1, help="Worker processes (each loads the model once).")] = 1,
    max_body_bytes: Annotated[int, typer.Option(
        min=1, help="Refuse request bodies larger than this (413).")
    ] = Settings.max_input_bytes,
    max_waiting: Annotated[int, typer.Option(
        min=0, help="Requests a worker lets wait for its model; past that, 503 with "
                    "Retry-After.")] = 32,
) -> None:
    """Serve the extraction over HTTP (POST /v1/extract) and the reading view (/)."""
    # Imported here: the web stack is not needed by the other commands' start-up.
    from artex import service

    service.serve(service.ServiceOptions(host=host, port=port, workers=workers,
                                         max_body_bytes=max_body_bytes,
                                         max_waiting=max_waiting))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    from artex import api

    typer.echo(json.dumps(api.json_schema(), indent=2))


if __name__ == "__main__":
    app()
