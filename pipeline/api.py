"""The library: one function per CLI command; records become Articles in ``artex.core``."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from artex import core
from artex.nlp import build_nlp
from artex.readers import read_records
from artex.record import InputError
from artex.schema import Article
from artex.settings import Settings


def extract_article(source: str, settings: Settings, article_id: str | None = None,
                    fmt: str | None = None, nlp: Language | None = None) -> Article:
    """One article from a file (or '-' for stdin) to an Article. Raises InputError (the input
    cannot be read) or core.ArticleError (the pipeline produced no article)."""
    records = list(read_records(source, settings, fmt))
    if len(records) != 1:
        raise InputError(source, f"holds {len(records)} articles; use `artex batch` for several")
    record = records[0]
    if article_id:
        record = replace(record, id=article_id)
    return core.extract(record, nlp or build_nlp(settings), settings)


def json_schema() -> dict:
    return Article.model_json_schema()
