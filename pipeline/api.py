"""The library: the Python API (``artex.load``, ``artex.extract``) and one function per CLI
command; records become Articles in ``artex.core``."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language

from artex import core
from artex.nlp import build_nlp
from artex.readers import iter_records, read_records, record_from_object, record_from_string
from artex.record import InputError, Record
from artex.schema import Article
from artex.settings import DEFAULT_MODELS_DIR, Settings
from artex.view import render_page

# How an input is named in errors when it is a string, not a file.
TEXT_SOURCE = "<text>"

# What ``Extractor.pipe`` takes: article text, a file, a JSON-like object or a Record.
Source = str | os.PathLike[str]
PipeItem = str | os.PathLike[str] | Mapping[str, Any] | Record


class Extractor:
    """The artex pipeline, loaded once (``artex.load``): extract as many articles with it as
    you like, in this process (``extract``) or streaming (``pipe``).

    ``nlp`` is the spaCy pipeline itself, for callers that want the Docs."""

    def __init__(self, nlp: Language, settings: Settings):
        self.nlp = nlp
        self.settings = settings

    def extract(self, text_or_path: Source, *, reference_date: date | str | None = None,
                format: str | None = None, id: str | None = None) -> Article:
        """One article to an ``Article``.

        ``text_or_path``: a ``str`` is the article itself; a ``pathlib.Path`` (any
        ``os.PathLike``) is a file holding one article. ``format``: txt, html, md or json
        (jsonl too for a file); default: plain text for a string, the suffix for a file.
        ``reference_date`` (a ``date`` or ``"YYYY-MM-DD"``) resolves relative dates ("last
        Tuesday") and wins over the date the input states; ``id`` names the article (default:
        the input's own id, else a hash of its text).

        Raises ``InputError`` when the input cannot be read (the message names it and says
        why) and ``ArticleError`` when the pipeline produced no article."""
        settings = self._with_reference_date(reference_date)
        if isinstance(text_or_path, os.PathLike):
            record = read_one_record(os.fspath(text_or_path), settings, format, "pipe()")
        else:
            record = record_from_string(text_or_path, TEXT_SOURCE, settings, format)
        if id:
            record = replace(record, id=id)
        return core.extract(record, self.nlp, settings)

    def pipe(self, records: Iterable[PipeItem], *, workers: int = 1) -> Iterator[Article]:
        """The Articles of many inputs, streaming, in input order.

        Each item is article text (``str``), a file (``pathlib.Path``; a JSON Lines file gives
        one article a line), an object with the fields of artex's JSON input (``{"text", "html" or
        "markdown", "id", "title", "published", "reference_date"}``) or a ``Record``. ``workers``
        > 1 runs spaCy in that many processes.

        Raises ``ArticleError`` (naming the input, and the line for JSON Lines) at the first
        item that gives no article; for runs that record failures and go on, use
        ``artex batch``."""
        settings = replace(self.settings, workers=workers)
        return core.articles(self._records(records, settings), self.nlp, settings)

    def _records(self, items: Iterable[PipeItem],
                 settings: Settings) -> Iterator[Record | InputError]:
        for index, item in enumerate(items):
            source = f"<records[{index}]>"
            try:
                if isinstance(item, Record):
                    yield item
                elif isinstance(item, os.PathLike):
                    yield from iter_records(os.fspath(item), settings)
                elif isinstance(item, Mapping):
                    yield record_from_object(dict(item), source)
                else:
                    yield record_from_string(item, source, settings)
            except InputError as error:
                yield error

    def _with_reference_date(self, reference_date: date | str | None) -> Settings:
        if reference_date is None:
            return self.settings
        if isinstance(reference_date, str):
            try:
                reference_date = date.fromisoformat(reference_date)
            except ValueError:
                raise ValueError(f"reference_date {reference_date!r} is not a date "
                                 f"(YYYY-MM-DD)") from None
        return replace(self.settings, reference_date=reference_date)


def load(*, models_dir: str | os.PathLike[str] | None = None, batch_size: int = 8) -> Extractor:
    """Load the artex pipeline (the pinned English model and the artex stages) once.

    ``models_dir``: a folder with artex's data files (patterns, lexicons, tables) to use
    instead of the ones artex ships. ``batch_size``: documents per spaCy batch in ``pipe``."""
    settings = Settings(models_dir=Path(models_dir) if models_dir else DEFAULT_MODELS_DIR,
                        batch_size=batch_size)
    return Extractor(build_nlp(settings), settings)


def extract(text_or_path: Source, *, reference_date: date | str | None = None,
            format: str | None = None, id: str | None = None) -> Article:
    """One article to an ``Article`` in one call: ``load().extract(...)``. It loads the
    pipeline each time (a few seconds): for several articles, ``load()`` once and reuse it."""
    return load().extract(text_or_path, reference_date=reference_date, format=format, id=id)


def extract_article(source: str, settings: Settings, article_id: str | None = None,
                    fmt: str | None = None, nlp: Language | None = None) -> Article:
    """One article from a file (or '-' for stdin) to an Article. Raises InputError (the input
    cannot be read) or core.ArticleError (the pipeline produced no article)."""
    record = read_one_record(source, settings, fmt, "`artex batch`")
    if article_id:
        record = replace(record, id=article_id)
    return core.extract(record, nlp or build_nlp(settings), settings)


def read_one_record(source: str, settings: Settings, fmt: str | None, for_several: str) -> Record:
    """The one article of an input; raises InputError when it holds none or several."""
    records = list(read_records(source, settings, fmt))
    if len(records) != 1:
        raise InputError(source, f"holds {len(records)} articles; use {for_several} for several")
    return records[0]


def render_article(source: str, settings: Settings, fmt: str | None = None,
                   nlp: Language | None = None) -> str:
    """One article from a file to its reading view: one self-contained HTML page."""
    return render_page(extract_article(source, settings, fmt=fmt, nlp=nlp))


def json_schema() -> dict:
    return Article.model_json_schema()
