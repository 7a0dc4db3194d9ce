"""The one core: records in, Articles out, in input order.

Every caller (the CLI's extract and eval, the batch runner, the Python API, the HTTP service,
the Dask engine) turns records into Articles through this module and nothing else:

- ``process(items, nlp, settings)`` streams one outcome per item, in input order: an
  ``Article``, a ``Failure`` (the record, or an ``InputError`` a reader yielded, produced no
  article: the reason in one line), or the item itself when it is neither a Record nor an
  InputError (a caller's marker, such as the batch runner's ``Skipped``), passed through in its
  place. A record that fails never stops the stream.
- ``articles(records, nlp, settings)`` streams Articles and raises ``ArticleError`` on the first
  record that produced none: for callers that want every article or an error.
- ``extract(record, nlp, settings)`` is one record to one Article (raises ``ArticleError``).

It builds each record's Doc (``make_doc``), runs ``nlp.pipe`` in spaCy memory zones (workers:
``settings.workers``) and converts the finished Docs (``convert.to_article``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from artex.convert import to_article
from artex.record import InputError, Record
from artex.schema import Article
from artex.settings import Settings
from artex.sinks import Failure
from artex.stages.common import prepare_doc

# Any item that is neither a Record nor an InputError is passed through unchanged.
Other = TypeVar("Other")

# Records processed in one spaCy memory zone: the strings and lexemes new documents add to the
# vocabulary are freed at its end, so that memory stays flat however many articles a run reads.
ZONE_RECORDS = 1000


class ArticleError(Exception):
    """A record that produced no article (``articles``/``extract``). ``str()`` is one line
    naming the input; ``failure`` is what the batch runner would have recorded."""

    def __init__(self, failure: Failure):
        self.failure = failure
        where = f"{failure.input}:{failure.line}" if failure.line is not None else failure.input
        super().__init__(f"{where}: {failure.reason}")


def reference_date_of(record: Record, settings: Settings) -> date | None:
    """Explicit option > the record's own reference date > its publication date > none."""
    return settings.reference_date or record.reference_date or record.published


def make_doc(nlp: Language, record: Record, settings: Settings) -> Doc:
    """The record's text as a Doc with the inputs every stage reads (reference date, markup)."""
    reference = reference_date_of(record, settings)
    return prepare_doc(nlp.make_doc(record.text), reference.isoformat() if reference else None,
                       ((m.start, m.end, m.kind) for m in record.markup))


def failure_of(error: InputError) -> Failure:
    """A reader's InputError as a Failure."""
    return Failure(input=error.source, line=error.line, reason=error.reason)


def record_failure(record: Record, reason: str) -> Failure:
    return Failure(input=record.source, line=record.line, reason=reason, id=record.article_id)


def describe(error: Exception) -> str:
    """An exception in one line (pydantic and others write several)."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}"[:500]


def run_alone(record: Record, nlp: Language, settings: Settings) -> Doc:
    """One record through the pipeline, component by component, naming the one that fails."""
    doc = make_doc(nlp, record, settings)
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except Exception as error:
            raise RuntimeError(f"pipeline component {name} failed: {describe(error)}") from error
    return doc


def settle(item: Record | Failure | Other, doc: Doc | None, nlp: Language,
           settings: Settings) -> Article | Failure | Other:
    """The outcome of one item; ``doc`` is None when the pipeline dropped the record."""
    if not isinstance(item, Record):
        return item
    try:
        if doc is None:
            doc = run_alone(item, nlp, settings)
        return to_article(doc, item)
    except RuntimeError as error:
        return record_failure(item, str(error))
    except Exception as error:
        return record_failure(item, f"could not build the article: {describe(error)}")


def process(items: Iterable[Record | InputError | Other], nlp: Language,
            settings: Settings) -> Iterator[Article | Failure | Other]:
    """One outcome per item, in input order: an Article, a Failure, or the item itself.

    Only Records go through ``nlp.pipe``, with the item's index as the document's context; the
    items spaCy has taken but not yet returned wait in a queue. The records go through in
    memory zones of ZONE_RECORDS, one ``nlp.pipe`` each. When a component fails, spaCy stops
    the whole stream: the waiting records are then run alone, one by one (reporting the one
    that fails, converting the others), and a new stream goes on with the rest of the items."""
    remaining = enumerate(items)
    pending: deque[tuple[int, Record | Failure | Other]] = deque()
    exhausted = False

    def docs() -> Iterator[tuple[Doc, int]]:
        nonlocal exhausted
        taken = 0
        for index, item in remaining:
            if isinstance(item, InputError):
                pending.append((index, failure_of(item)))
            elif isinstance(item, Record):
                try:
                    doc = make_doc(nlp, item, settings)
                except Exception as error:
                    pending.append((index, record_failure(item, describe(error))))
                    continue
                pending.append((index, item))
                yield doc, index
                taken += 1
                if taken == ZONE_RECORDS:
                    return
            else:
                pending.append((index, item))
        exhausted = True

    while not exhausted:
        with nlp.memory_zone():
            try:
                for doc, index in nlp.pipe(docs(), as_tuples=True,
                                           batch_size=settings.batch_size,
                                           n_process=settings.workers):
                    while pending[0][0] < index:
                        yield settle(pending.popleft()[1], None, nlp, settings)
                    yield settle(pending.popleft()[1], doc, nlp, settings)
            except Exception:
                if not pending:  # not a document's fault
                    raise
            while pending:
                yield settle(pending.popleft()[1], None, nlp, settings)


def articles(records: Iterable[Record], nlp: Language, settings: Settings) -> Iterator[Article]:
    """The Articles of the records, in input order, streaming; raises ArticleError on the first
    record that produced no article."""
    for outcome in process(records, nlp, settings):
        if isinstance(outcome, Failure):
            raise ArticleError(outcome)
        yield outcome


def extract(record: Record, nlp: Language, settings: Settings) -> Article:
    """One record to one Article in this process; raises ArticleError."""
    return next(articles([record], nlp, replace(settings, workers=1)))
