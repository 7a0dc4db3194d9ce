"""Sinks: where finished Articles (and the records of failed ones) go.

Modelled on scrapy's item exporters: a sink is opened once, written one item at a time and
closed. What a sink has been given becomes durable only at a ``checkpoint()`` (the JSON Lines
file flushed and fsync'd, the database transaction committed); ``close()`` is a last checkpoint
followed by releasing the file or connection. A run killed between checkpoints therefore loses
only the articles since the last one, and never leaves a half-written line or a half-written
article in the database. Sinks know nothing of spaCy.

The database layout (one SQLAlchemy Core metadata for SQLite and PostgreSQL) mirrors the output
contract, one table per list in an Article; character offsets are ``start_char``/``end_char``
(``end`` is a reserved word in SQL), rows keep their position in the article as ``*_index``, and
the entity ids of a money figure or a list item are link tables (``money_entities``,
``list_item_entities``) so that joins are plain SQL on both databases. ``money_entities`` is
co-occurrence (every entity of the amount's sentence); who pays, receives, holds or states an
amount is ``money_roles``, one row per filler: an entity (``entity_id``, ``text`` its name) or
words that name no entity (``entity_id`` null). ``money.section`` is the kind of the section
an amount is in, so that a query can leave out the headline's repeat of a body figure.
``quotes`` and ``claims`` hold who said what and what is argued for and against; the entity a
quotation's speaker or a claim's holder is (``entity_id``, null when none) links to
``entities``, and the words that name them are ``speaker_text`` / ``holder_text``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Protocol

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Double,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from artex.record import Failure
from artex.schema import MONEY_ROLES, SCHEMA_VERSION, Article


class SinkError(Exception):
    """A sink that cannot be opened or written: a bad database URL, an unreachable server, a
    database of another schema version, an unreadable output file."""


class Sink(Protocol):
    def open(self) -> None: ...

    def write(self, item) -> None: ...

    def checkpoint(self) -> None: ...

    def close(self) -> None: ...

    def mark(self) -> int: ...

    def rollback(self, mark: int) -> None: ...


class JsonLinesFile:
    """Lines appended to a file, kept in memory until a checkpoint writes, flushes and fsyncs
    them together, so that what is on disk is always whole lines."""

    def __init__(self, path: Path, append: bool = False):
        self.path = path
        self.append = append
        self._pending: list[bytes] = []
        self._file = None

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.append:
            drop_partial_last_line(self.path)
        try:
            self._file = self.path.open("ab" if self.append else "wb")
        except OSError as error:
            raise SinkError(f"{self.path}: cannot be written ({error.strerror})") from None

    def write_line(self, line: str) -> None:
        self._pending.append(line.encode("utf-8") + b"\n")

    def mark(self) -> int:
        return len(self._pending)

    def rollback(self, mark: int) -> None:
        del self._pending[mark:]

    def checkpoint(self) -> None:
        if self._pending:
            self._file.write(b"".join(self._pending))
            self._pending.clear()
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self.checkpoint()
            self._file.close()
            self._file = None


class JsonlSink(JsonLinesFile):
    """Articles as JSON Lines, one ``Article.model_dump_json()`` a line. ``append`` continues an
    existing file (resume), after dropping a line a killed run left half-written."""

    def write(self, article: Article) -> None:
        self.write_line(article.model_dump_json())


class ErrorSink(JsonLinesFile):
    """Failures as JSON Lines: ``{"input", "line", "reason", "id"}``."""

    def write(self, failure: Failure) -> None:
        self.write_line(json.dumps(asdict(failure), ensure_ascii=False))


class SinkGroup:
    """Sinks written as one: an article goes to every sink of the group or to none.

    ``write`` hands the article to each sink in turn; when one of them raises (a value its
    format cannot hold, say), what the sinks before it took of that article is rolled back
    (each sink's ``mark()``/``rollback(mark)`` over what it holds since its last checkpoint)
    and the error is raised again, for the caller to record the article as a failure.
    ``checkpoint`` makes the sinks durable in the group's order: the ledger (articles.jsonl)
    goes last, so that an article in it is in every other sink."""

    def __init__(self, sinks: list):
        self.sinks = list(sinks)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes inside the block are all kept, or all rolled back if it raises."""
        marks = [sink.mark() for sink in self.sinks]
        try:
            yield
        except BaseException:
            for sink, mark in zip(self.sinks, marks, strict=True):
                sink.rollback(mark)
            raise

    def write(self, article: Article) -> None:
        with self.transaction():
            for sink in self.sinks:
                sink.write(article)

    def checkpoint(self) -> None:
        for sink in self.sinks:
            sink.checkpoint()

    def close(self) -> None:
        """A last checkpoint, in order, then each sink released (all of them, even when one
        fails). When a checkpoint fails, what the sinks after it hold is dropped, not made
        durable: the ledger never gets ahead of the other sinks."""
        first_error = None
        try:
            self.checkpoint()
        except Exception as error:
            first_error = error
            for sink in self.sinks:
                sink.rollback(0)
        for sink in self.sinks:
            try:
                sink.close()
            except Exception as error:
                first_error = first_error or error
        if first_error is not None:
            raise first_error


def drop_partial_last_line(path: Path) -> int:
    """Truncate a last line that has no line end (a write cut short); the bytes removed."""
    if not path.exists():
        return 0
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        keep = size
        while keep > 0:
            block = min(64 * 1024, keep)
            file.seek(keep - block)
            chunk = file.read(block)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = keep - block + newline + 1
                break
            keep -= block
        if keep < size:
            file.truncate(keep)
        return size - keep


# Article.model_dump_json() writes schema_version then id first; reading just the id keeps
# resuming cheap on large files (anything else falls back to parsing the whole line).
_ID_FIELD = re.compile(r'\{"schema_version":"[^"]*","id":')


def article_id_of_line(line: str) -> str:
    match = _ID_FIELD.match(line)
    if match:
        return json.JSONDecoder().raw_decode(line, match.end())[0]
    return json.loads(line)["id"]


def written_article_ids(path: Path) -> set[str]:
    """The ids of the articles in a JSON Lines file (whole lines only)."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    with path.open(encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.endswith("\n"):
                break
            try:
                ids.add(article_id_of_line(line))
            except (ValueError, KeyError, TypeError):
                raise SinkError(f"{path}:{number}: not an article line; cannot resume "
                                f"from this file") from None
    return ids


# --- databases -------------------------------------------------------------------------------

metadata = MetaData()


def _article_key() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE")


def _offsets() -> list[Column]:
    return [Column("text", Text, nullable=False), Column("start_char", Integer, nullable=False),
            Column("end_char", Integer, nullable=False)]


meta_table = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles_table = Table(
    "articles", metadata,
    Column("id", String(255), primary_key=True),
    Column("schema_version", String(16), nullable=False),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("reference_date", Date),
    Column("characters", Integer, nullable=False),
    Column("words", Integer, nullable=False),
    Column("sentences", Integer, nullable=False),
    Column("paragraphs", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sections", JSON, nullable=False),
    Column("warnings", JSON, nullable=False),
)

entities_table = Table(
    "entities", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    Column("name", Text, nullable=False, index=True),
    Column("label", String(32), nullable=False, index=True),
    Column("country_code", String(2), index=True),
    Column("count", Integer, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("titles", JSON, nullable=False),
    _article_key(),
)

mentions_table = Table(
    "mentions", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    Column("mention_index", Integer, primary_key=True),
    *_offsets(),
    ForeignKeyConstraint(["article_id", "entity_id"],
                         ["entities.article_id", "entities.entity_id"], ondelete="CASCADE"),
)

money_table = Table(
    "money", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("money_index", Integer, primary_key=True),
    *_offsets(),
    Column("amount", Double, nullable=False),
    Column("amount_max", Double),
    Column("currency", String(3), index=True),
    Column("qualifier", String(16), nullable=False),
    Column("per", Text),
    Column("section", String(16), index=True),
    _article_key(),
)

money_entities_table = Table(
    "money_entities", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("money_index", Integer, primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    ForeignKeyConstraint(["article_id", "money_index"],
                         ["money.article_id", "money.money_index"], ondelete="CASCADE"),
    ForeignKeyConstraint(["article_id", "entity_id"],
                         ["entities.article_id", "entities.entity_id"], ondelete="CASCADE"),
    Index("ix_money_entities_entity", "article_id", "entity_id"),
)

money_roles_table = Table(
    "money_roles", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("money_index", Integer, primary_key=True),
    Column("role", String(16), primary_key=True),
    Column("filler_index", Integer, primary_key=True),
    Column("entity_id", String(32)),
    Column("text", Text, nullable=False),
    ForeignKeyConstraint(["article_id", "money_index"],
                         ["money.article_id", "money.money_index"], ondelete="CASCADE"),
    ForeignKeyConstraint(["article_id", "entity_id"],
                         ["entities.article_id", "entities.entity_id"], ondelete="CASCADE"),
    Index("ix_money_roles_role_entity", "role", "article_id", "entity_id"),
)

quantities_table = Table(
    "quantities", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("quantity_index", Integer, primary_key=True),
    *_offsets(),
    Column("value", Double, nullable=False),
    Column("value_max", Double),
    Column("unit", Text, nullable=False, index=True),
    Column("qualifier", String(16), nullable=False),
    _article_key(),
)

dates_table = Table(
    "dates", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("date_index", Integer, primary_key=True),
    *_offsets(),
    Column("type", String(16), nullable=False),
    Column("value", String(64), index=True),
    Column("modifier", String(32)),
    Column("granularity", String(16)),
    Column("start_date", Date, index=True),
    Column("end_date", Date),
    Column("relative", Boolean, nullable=False),
    _article_key(),
)

lists_table = Table(
    "lists", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("list_index", Integer, primary_key=True),
    Column("heading", Text),
    Column("kind", String(64), nullable=False, index=True),
    Column("polarity", String(16), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    _article_key(),
)

list_items_table = Table(
    "list_items", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("list_index", Integer, primary_key=True),
    Column("item_index", Integer, primary_key=True),
    Column("title", Text),
    *_offsets(),
    ForeignKeyConstraint(["article_id", "list_index"],
                         ["lists.article_id", "lists.list_index"], ondelete="CASCADE"),
)

list_item_entities_table = Table(
    "list_item_entities", metadata,
    Column("article_id", String(255), primary_key=True),
    Column("list_index", Integer, primary_key=True),
    Column("item_index", Integer, primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    ForeignKeyConstraint(["article_id", "list_index", "item_index"],
                         ["list_items.article_id", "list_items.list_index",
                          "list_items.item_index"], ondelete="CASCADE"),
    ForeignKeyConstraint(["article_id", "entity_id"],
                         ["entities.article_id", "entities.entity_id"], ondelete="CASCADE"),
)


def _attributed_table(name: str, index: str, value: str, words: str) -> Table:
    """A table of spans attributed to an entity (``entity_id``, null when none) and to the
    words that name it: quotes (speaker) and claims (holder)."""
    return Table(
        name, metadata,
        Column("article_id", String(255), primary_key=True),
        Column(index, Integer, primary_key=True),
        *_offsets(),
        Column(value, String(16), nullable=False, index=True),
        Column("cue", String(64)),
        Column("entity_id", String(32)),
        Column(words, Text),
        _article_key(),
        ForeignKeyConstraint(["article_id", "entity_id"],
                             ["entities.article_id", "entities.entity_id"], ondelete="CASCADE"),
        Index(f"ix_{name}_entity", "article_id", "entity_id"),
    )


quotes_table = _attributed_table("quotes", "quote_index", "kind", "speaker_text")
claims_table = _attributed_table("claims", "claim_index", "polarity", "holder_text")


def article_rows(article: Article) -> dict[Table, list[dict]]:
    """The rows one Article becomes, by table (parents before children)."""
    key = {"article_id": article.id}

    def offsets(span) -> dict:
        return {"text": span.text, "start_char": span.start, "end_char": span.end}

    rows: dict[Table, list[dict]] = {articles_table: [{
        "id": article.id, "schema_version": article.schema_version, "source": article.source,
        "title": article.title, "published": article.published,
        "reference_date": article.reference_date, **article.stats.model_dump(),
        "text": article.text,
        "sections": [s.model_dump(mode="json") for s in article.sections],
        "warnings": article.warnings,
    }]}
    rows[entities_table] = [
        {**key, "entity_id": e.id, "name": e.name, "label": e.label,
         "country_code": e.country_code, "count": e.count, "aliases": e.aliases,
         "titles": e.titles}
        for e in article.entities]
    rows[mentions_table] = [
        {**key, "entity_id": e.id, "mention_index": i, **offsets(m)}
        for e in article.entities for i, m in enumerate(e.mentions)]
    rows[money_table] = [
        {**key, "money_index": i, **offsets(m), "amount": m.amount, "amount_max": m.amount_max,
         "currency": m.currency, "qualifier": m.qualifier, "per": m.per,
         "section": section_kind(article, m.start)}
        for i, m in enumerate(article.money)]
    names = {e.id: e.name for e in article.entities}
    rows[money_roles_table] = [
        {**key, "money_index": i, "role": role, "filler_index": j, "entity_id": entity_id,
         "text": names[entity_id] if entity_id else text}
        for i, m in enumerate(article.money) for role in MONEY_ROLES
        for j, (entity_id, text) in enumerate(
            [(entity_id, None) for entity_id in dict.fromkeys(getattr(m.roles, role))]
            + ([(None, getattr(m.roles, f"{role}_text"))]
               if getattr(m.roles, f"{role}_text") else []))]
    rows[money_entities_table] = [
        {**key, "money_index": i, "entity_id": entity_id}
        for i, m in enumerate(article.money) for entity_id in dict.fromkeys(m.entities)]
    rows[quantities_table] = [
        {**key, "quantity_index": i, **offsets(q), "value": q.value, "value_max": q.value_max,
         "unit": q.unit, "qualifier": q.qualifier}
        for i, q in enumerate(article.quantities)]
    rows[dates_table] = [
        {**key, "date_index": i, **offsets(d), "type": d.type, "value": d.value,
         "modifier": d.modifier, "granularity": d.granularity, "start_date": d.start_date,
         "end_date": d.end_date, "relative": d.relative}
        for i, d in enumerate(article.dates)]
    rows[lists_table] = [
        {**key, "list_index": i, "heading": lst.heading, "kind": lst.kind,
         "polarity": lst.polarity, "start_char": lst.start, "end_char": lst.end}
        for i, lst in enumerate(article.lists)]
    rows[list_items_table] = [
        {**key, "list_index": i, "item_index": j, "title": item.title, **offsets(item)}
        for i, lst in enumerate(article.lists) for j, item in enumerate(lst.items)]
    rows[list_item_entities_table] = [
        {**key, "list_index": i, "item_index": j, "entity_id": entity_id}
        for i, lst in enumerate(article.lists) for j, item in enumerate(lst.items)
        for entity_id in dict.fromkeys(item.entities)]
    rows[quotes_table] = [
        {**key, "quote_index": i, **offsets(q), "kind": q.kind, "cue": q.cue,
         "entity_id": q.speaker, "speaker_text": q.speaker_text}
        for i, q in enumerate(article.quotes)]
    rows[claims_table] = [
        {**key, "claim_index": i, **offsets(c), "polarity": c.polarity, "cue": c.cue,
         "entity_id": c.holder, "holder_text": c.holder_text}
        for i, c in enumerate(article.claims)]
    return rows


def section_kind(article: Article, offset: int) -> str | None:
    """The kind of the section that holds the offset (None outside every section)."""
    return next((s.kind for s in article.sections if s.start <= offset < s.end), None)


def display_url(url: str) -> str:
    """The database URL without its password, for logs and summaries."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _enforce_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    # SQLite checks foreign keys (and cascades deletes) only when asked, per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_database_engine(url: str) -> Engine:
    """An engine for ``sqlite:///FILE`` (the file's folder is created) or
    ``postgresql+psycopg://…``, raising SinkError for a URL that names no usable database."""
    try:
        parsed = make_url(url)
        engine = create_engine(parsed)
    except (ArgumentError, NoSuchModuleError, ImportError) as error:
        raise SinkError(f"--db {url!r}: not a usable database URL ({error})") from None
    if engine.dialect.name == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        event.listen(engine, "connect", _enforce_sqlite_foreign_keys)
    return engine


def create_schema(engine: Engine) -> None:
    """Create the tables that are missing and record the schema version; refuse a database that
    holds another version of the schema."""
    metadata.create_all(engine)
    with engine.begin() as connection:
        stored = connection.execute(
            select(meta_table.c.value).where(meta_table.c.key == "schema_version")).scalar()
        if stored is None:
            connection.execute(meta_table.insert(),
                               {"key": "schema_version", "value": SCHEMA_VERSION})
        elif stored != SCHEMA_VERSION:
            raise SinkError(f"the database holds artex schema version {stored}; this artex "
                            f"writes {SCHEMA_VERSION}: use another database")


class SqlSink:
    """Articles into a database through SQLAlchemy Core. Each checkpoint is one transaction that
    replaces the articles written since the last one (delete by id, the children go by ON DELETE
    CASCADE, then insert), so re-running the same input never duplicates rows."""

    def __init__(self, url: str):
        self.url = url
        self._engine: Engine | None = None
        self._pending: dict[str, Article] = {}

    def open(self) -> None:
        self._engine = create_database_engine(self.url)
        try:
            create_schema(self._engine)
        except SQLAlchemyError as error:
            self._engine.dispose()
            raise SinkError(f"database {display_url(self.url)}: {_first_line(error)}") from None

    def write(self, article: Article) -> None:
        self._pending[article.id] = article

    def mark(self) -> int:
        return len(self._pending)

    def rollback(self, mark: int) -> None:
        while len(self._pending) > mark:
            self._pending.popitem()

    def checkpoint(self) -> None:
        if not self._pending:
            return
        tables: dict[Table, list[dict]] = {table: [] for table in metadata.sorted_tables}
        for article in self._pending.values():
            for table, rows in article_rows(article).items():
                tables[table].extend(rows)
        try:
            with self._engine.begin() as connection:
                connection.execute(articles_table.delete().where(
                    articles_table.c.id.in_(list(self._pending))))
                for table, rows in tables.items():
                    if rows:
                        connection.execute(table.insert(), rows)
        except SQLAlchemyError as error:
            raise SinkError(f"database {display_url(self.url)}: {_first_line(error)}") from None
        self._pending.clear()

    def close(self) -> None:
        if self._engine is not None:
            try:
                self.checkpoint()
            finally:
                self._engine.dispose()
                self._engine = None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]
