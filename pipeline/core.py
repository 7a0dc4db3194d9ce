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

It cuts a long text into pieces (``artex.pieces``), builds each piece's Doc (``make_doc``),
runs ``nlp.pipe`` in spaCy memory zones (workers: ``settings.workers``), converts the finished
Docs (``convert.to_article``) and joins a long text's pieces into one Article
(``convert.join_pieces``).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ignore_error

from artex.convert import join_pieces, to_article
from artex.language import language_warning
from artex.pieces import piece_bounds
from artex.record import Failure, InputError, Markup, Record
from artex.schema import Article
from artex.settings import Settings
from artex.stages.common import prepare_doc, remember_text
from artex.stages.money import MoneyExtractor

# Any item that is neither a Record nor an InputError is passed through unchanged.
Other = TypeVar("Other")

# Pieces (a record's text is one piece unless long) processed in one spaCy memory zone: the
# strings and lexemes new documents add to the vocabulary are freed at its end, so that memory
# stays flat however many articles a run reads.
ZONE_RECORDS = 1000


# The start of the reason of a record that failed for a fault of artex, not of its input: the
# same words on the command line, in errors.jsonl and in the service's answer.
INTERNAL = "internal error: "


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


def make_doc(nlp: Language, record: Record, settings: Settings, continues: bool = False,
             text_places: dict[str, int] | None = None) -> Doc:
    """The record's text as a Doc with the inputs every stage reads (reference date, markup;
    ``continues`` and ``text_places`` for a piece of a long text)."""
    reference = reference_date_of(record, settings)
    doc = remember_text(nlp.make_doc(record.text), record.text)
    return prepare_doc(doc, reference.isoformat() if reference else None,
                       ((m.start, m.end, m.kind) for m in record.markup), continues,
                       text_places)


def places_named(nlp: Language, text: str) -> dict[str, int] | None:
    """How often ``text`` names the places of each currency, by the pipeline's money stage (None
    without one): a long text's pieces share it, so that an amount's currency is settled by
    what the whole text says, as for a short text."""
    stage = next((c for _, c in nlp.pipeline if isinstance(c, MoneyExtractor)), None)
    return None if stage is None else dict(sorted(stage.places_named(text).items()))


def checked(record: Record) -> Record:
    """The record with a warning when its text does not look English (artex.language)."""
    warning = language_warning(record.text)
    if warning is None or warning in record.warnings:
        return record
    return replace(record, warnings=(*record.warnings, warning))


def failure_of(error: InputError) -> Failure:
    """A reader's InputError as a Failure."""
    return Failure(input=error.source, line=error.line, reason=error.reason)


def record_failure(record: Record, reason: str) -> Failure:
    return Failure(input=record.source, line=record.line, reason=reason, id=record.article_id)


def describe(error: Exception) -> str:
    """An exception in one line (pydantic and others write several)."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}"[:500]


def run_components(doc: Doc, nlp: Language) -> Doc:
    """A Doc through the pipeline, component by component, naming the one that fails."""
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except Exception as error:
            raise RuntimeError(f"{INTERNAL}pipeline component {name} failed: {describe(error)}") \
                from error
    return doc


def ignore_component_errors(nlp: Language) -> None:
    """Components that fail drop their Doc rather than stop ``nlp.pipe`` (see ``process``).
    spaCy's compiled parser (ner) cannot store a handler and keeps raising: in this process its
    failure still stops the stream (``process`` goes on), in a worker the failing batch comes
    back empty under the pipeline's default handler and is run here."""
    nlp.default_error_handler = ignore_error
    for _, component in nlp.pipeline:
        with suppress(AttributeError):
            component.set_error_handler(ignore_error)


@dataclass
class Job:
    """One input item on its way through ``process``: for a record, the bounds of its pieces
    (one piece unless the text is longer than ``Settings.piece_chars``), the Articles of the
    pieces done so far, the time they took, or why the record failed."""

    index: int
    item: Record | Failure | Any
    bounds: list[tuple[int, int]] = field(default_factory=list)
    parts: list[Article] = field(default_factory=list)
    failure: Failure | None = None
    seconds: float = 0.0
    places: dict[str, int] | None = None

    @property
    def open(self) -> bool:
        """Whether pieces remain to be done (and nothing failed)."""
        return self.failure is None and len(self.parts) < len(self.bounds)

    def piece(self, k: int) -> Record:
        """Piece k of the record as a record of its own (its markup moved into it); the later
        pieces take the reference date the first one found (its dateline's, say)."""
        record = self.item
        if len(self.bounds) == 1:
            return record
        start, end = self.bounds[k]
        markup = tuple(Markup(m.start - start, m.end - start, m.kind) for m in record.markup
                       if start <= m.start and m.end <= end)
        reference = self.parts[0].reference_date if k > 0 else record.reference_date
        return replace(record, text=record.text[start:end], markup=markup,
                       reference_date=reference)

    def fail(self, reason: str) -> None:
        self.failure = record_failure(self.item, reason)


def piece_doc(job: Job, k: int, nlp: Language, settings: Settings) -> Doc:
    if len(job.bounds) > 1 and job.places is None:
        job.places = places_named(nlp, job.item.text)
    return make_doc(nlp, job.piece(k), settings, continues=k > 0, text_places=job.places)


def take(job: Job, k: int, doc: Doc | None, seconds: float, nlp: Language,
         settings: Settings) -> None:
    """Piece k of the job done: its finished Doc converted (``doc`` None: the piece is run
    here, component by component), the time counted against the budget."""
    if job.failure is not None:
        return
    started = time.perf_counter()
    try:
        if doc is None:
            doc = run_components(piece_doc(job, k, nlp, settings), nlp)
        job.parts.append(to_article(doc, job.piece(k)))
    except RuntimeError as error:
        job.fail(str(error))
        return
    except Exception as error:
        job.fail(f"{INTERNAL}could not build the article: {describe(error)}")
        return
    job.seconds += seconds + time.perf_counter() - started
    budget = settings.time_budget
    if budget is not None and job.seconds > budget and job.open:
        job.fail(f"over the time budget of {budget:g} s an article "
                 f"(--time-budget; {len(job.parts)} of {len(job.bounds)} pieces done)")


def run_alone(job: Job, upto: int, nlp: Language, settings: Settings) -> None:
    """The job's pieces before ``upto`` that the pipeline did not return, run here in order:
    the pieces' Articles are joined in order."""
    while job.open and len(job.parts) < upto:
        take(job, len(job.parts), None, 0.0, nlp, settings)


def outcome(job: Job, nlp: Language, settings: Settings) -> Article | Failure | Any:
    """The job's outcome; the pieces the pipeline did not return are run here."""
    if not isinstance(job.item, Record):
        return job.item
    run_alone(job, len(job.bounds), nlp, settings)
    if job.failure is not None:
        return job.failure
    if len(job.parts) == 1:
        return job.parts[0]
    parts = [(start, part) for (start, _), part in zip(job.bounds, job.parts, strict=True)]
    job.parts = []  # join_pieces lets go of each piece's Article once it is moved
    try:
        return join_pieces(job.item, parts)
    except Exception as error:
        return record_failure(job.item,
                              f"{INTERNAL}could not build the article: {describe(error)}")


def process(items: Iterable[Record | InputError | Other], nlp: Language,
            settings: Settings) -> Iterator[Article | Failure | Other]:
    """One outcome per item, in input order: an Article, a Failure, or the item itself.

    A record's text is cut into pieces of at most ``settings.piece_chars`` (artex.pieces); each
    piece goes through ``nlp.pipe`` with (item index, piece number) as its context, and the
    pieces' Articles are joined into one (``convert.join_pieces``). The first piece of a text
    in several is run here, before the others are handed over, since they need the reference
    date it finds. The items spaCy has taken but not yet returned wait in a queue. The records
    go through in memory zones of about ZONE_RECORDS pieces, one ``nlp.pipe`` each. A Doc whose
    component fails is dropped from the stream (the pipeline's error handler ignores the
    error): the pieces that did not come back are run alone, one by one, in order (reporting
    the record that fails, converting the others). Should the stream stop for another reason,
    the waiting pieces are run alone and a new stream goes on with the rest of the items."""
    # A component that raises drops its Doc from the stream instead of stopping it: with
    # n_process > 1 a stopped stream joins workers still blocked writing to their pipes and the
    # run never ends. A dropped piece is missing from what nlp.pipe returns, so it is run here
    # alone, which names the component that fails, as when the stream stopped.
    ignore_component_errors(nlp)
    remaining = enumerate(items)
    pending: deque[Job] = deque()
    exhausted = False

    def docs() -> Iterator[tuple[Doc, tuple[int, int]]]:
        nonlocal exhausted
        taken = 0
        for index, item in remaining:
            job = Job(index, failure_of(item) if isinstance(item, InputError) else item)
            pending.append(job)
            if not isinstance(item, Record):
                continue
            try:
                job.item = item = checked(item)
                job.bounds = piece_bounds(item.text, settings.piece_chars, item.markup)
                first = 0 if len(job.bounds) == 1 else 1
                if first:
                    take(job, 0, None, 0.0, nlp, settings)
                for k in range(first, len(job.bounds)):
                    if job.failure is not None:
                        break
                    yield piece_doc(job, k, nlp, settings), (index, k)
                    taken += 1
            except Exception as error:
                job.fail(f"{INTERNAL}{describe(error)}")
            if taken >= ZONE_RECORDS:
                return
        exhausted = True

    while not exhausted:
        with nlp.memory_zone():
            try:
                last = time.perf_counter()
                for doc, (index, k) in nlp.pipe(docs(), as_tuples=True,
                                                batch_size=settings.batch_size,
                                                n_process=settings.workers):
                    seconds = time.perf_counter() - last
                    while pending and pending[0].index < index:
                        yield outcome(pending.popleft(), nlp, settings)
                    # A piece of a record already given up (over its budget) is dropped.
                    if pending and pending[0].index == index:
                        job = pending[0]
                        # Earlier pieces of this record that a component dropped go first.
                        run_alone(job, k, nlp, settings)
                        take(job, k, doc, seconds, nlp, settings)
                        if not pending[0].open:
                            yield outcome(pending.popleft(), nlp, settings)
                    last = time.perf_counter()
            except Exception:
                if not pending:  # not a document's fault
                    raise
            while pending:
                yield outcome(pending.popleft(), nlp, settings)


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
