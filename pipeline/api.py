"""The library: one function per CLI command, plus the streaming core they share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from artex.convert import to_article
from artex.nlp import build_nlp
from artex.readers import read_records
from artex.record import InputError, Record
from artex.schema import Article
from artex.settings import Settings
from artex.stages.common import prepare_doc


def reference_date_of(record: Record, settings: Settings) -> date | None:
    """Explicit option > the record's own reference date > its publication date > none."""
    return settings.reference_date or record.reference_date or record.published


def make_doc(nlp: Language, record: Record, settings: Settings) -> Doc:
    reference = reference_date_of(record, settings)
    return prepare_doc(nlp.make_doc(record.text), reference.isoformat() if reference else None,
                       ((m.start, m.end, m.kind) for m in record.markup))


def process(records: Iterable[Record], nlp: Language, settings: Settings) -> Iterator[Article]:
    """Articles for the records, in input order, streaming (spaCy batches and workers)."""
    docs = ((make_doc(nlp, record, settings), record) for record in records)
    for doc, record in nlp.pipe(docs, as_tuples=True, batch_size=settings.batch_size,
                                n_process=settings.workers):
        yield to_article(doc, record)


def extract_article(source: str, settings: Settings, article_id: str | None = None,
                    fmt: str | None = None, nlp: Language | None = None) -> Article:
    """One article from a file (or '-' for stdin) to an Article. Raises InputError."""
    records = list(read_records(source, settings, fmt))
    if len(records) != 1:
        raise InputError(source, f"holds {len(records)} articles; use `artex batch` for several")
    record = records[0]
    if article_id:
        record = replace(record, id=article_id)
    return next(process([record], nlp or build_nlp(settings), replace(settings, workers=1)))


def json_schema() -> dict:
    return Article.model_json_schema()
