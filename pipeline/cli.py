"""The artex command line: each command parses its options and calls one library function."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer

from pipeline import api
from pipeline.record import InputError
from pipeline.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="News articles to structured, verifiable JSON.")

EXIT_BAD_INPUT = 2


def fail(message: str, code: int = EXIT_BAD_INPUT) -> None:
    typer.echo(f"artex: error: {message}", err=True)
    raise typer.Exit(code)


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
        help="Input format (txt, html, md, json); default: the file suffix.")] = None,
) -> None:
    """Extract one article and print it as JSON."""
    settings = Settings(reference_date=parse_date(reference_date, "--reference-date"))
    try:
        result = api.extract_article(article, settings, article_id=id, fmt=format)
    except InputError as error:
        fail(str(error))
    typer.echo(result.model_dump_json(indent=2))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    typer.echo(json.dumps(api.json_schema(), indent=2))


if __name__ == "__main__":
    app()
