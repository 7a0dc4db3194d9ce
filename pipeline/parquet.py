"""Articles as a Parquet dataset (``artex batch --parquet PATH``), for DuckDB, Spark or pandas.

- One row an article, with nested columns: ``entities`` is a list of structs whose ``mentions``
  are a list of structs, and so on for money (with its roles), quantities, dates, sections and
  lists. The Arrow schema is derived from the pydantic ``Article`` model (``arrow_schema``), so
  the output contract is written in one place; each field's description travels as the Arrow
  field's metadata.
- The dataset is a folder (or an fsspec URL: ``s3://bucket/prefix``, ``file:///…``) of part files
  ``part-NNNNNN-DIGEST.parquet``: NNNNNN orders the parts as the input (a checkpoint of a local
  run, a partition of a Dask run), DIGEST is taken from the ids of the part's articles. A part is
  written under a hidden temporary name and then renamed, so a reader never sees half of one,
  and a recomputed partition (a Dask worker that died) replaces its own file rather than adding
  a copy.
- Without ``--resume`` a run replaces the dataset's part files; with it, the parts that hold an
  article missing from ``articles.jsonl`` (the ledger; a run killed between the two) are removed
  before the rest is appended.

Like every sink, this one knows nothing of spaCy.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import types
import typing
import uuid
from datetime import date
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from artex.schema import Article
from artex.sinks import SinkError

PART_PATTERN = re.compile(r"^part-(\d{6})-[0-9a-f]{16}\.parquet$")
ID_COLUMN = "id"


# --- the Arrow schema, from the pydantic models ----------------------------------------------

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
    date: pa.date32(),
}


def arrow_type(annotation) -> tuple[pa.DataType, bool]:
    """The Arrow type of a pydantic field's annotation, and whether it may be null."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"no Arrow type for the union {annotation!r}")
        return arrow_type(members[0])[0], True
    if origin is typing.Literal:
        values = typing.get_args(annotation)
        kinds = {type(v) for v in values}
        if len(kinds) != 1:
            raise TypeError(f"no Arrow type for the mixed literal {annotation!r}")
        return arrow_type(kinds.pop())[0], False
    if origin is list:
        (item,) = typing.get_args(annotation)
        item_type, item_nullable = arrow_type(item)
        return pa.list_(pa.field("item", item_type, nullable=item_nullable)), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(arrow_fields(annotation)), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_fields(model: type[BaseModel]) -> list[pa.Field]:
    fields = []
    hints = typing.get_type_hints(model)
    for name, info in model.model_fields.items():
        data_type, nullable = arrow_type(hints[name])
        metadata = {"description": info.description} if info.description else None
        fields.append(pa.field(name, data_type, nullable=nullable, metadata=metadata))
    return fields


@cache
def arrow_schema(model: type[BaseModel] = Article) -> pa.Schema:
    """The Arrow schema of a pydantic model: one column per field, nested models as structs,
    lists as lists, ``X | None`` nullable, literals as their values' type."""
    schema = pa.schema(arrow_fields(model))
    if model is Article:
        version = Article.model_fields["schema_version"].default
        schema = schema.with_metadata({"artex_schema_version": version})
    return schema


def article_row(article: Article) -> dict:
    """One Article as the row the schema describes."""
    return article.model_dump()


# --- the dataset -----------------------------------------------------------------------------

def dataset_location(path: str) -> tuple[object, str]:
    """The fsspec filesystem and root of a folder or URL (a plain path is made absolute, so that
    Dask workers on this machine write where the client means)."""
    import fsspec

    if "://" not in str(path):
        path = str(Path(path).resolve())
    try:
        fs, root = fsspec.core.url_to_fs(str(path))
    except (ImportError, ValueError) as error:
        raise SinkError(f"--parquet {path}: not a usable location ({error})") from None
    return fs, root.rstrip("/")


def part_name(sequence: int, article_ids: list[str]) -> str:
    """The name of a part: its place in the input, then a digest of its articles' ids (a
    recomputed part gets the same name and replaces the first)."""
    digest = hashlib.sha256("\n".join(article_ids).encode("utf-8")).hexdigest()[:16]
    return f"part-{sequence:06d}-{digest}.parquet"


def write_part(fs, root: str, sequence: int, rows: list[dict]) -> str | None:
    """Write rows as one part file, atomically (a hidden temporary file, then a rename); the
    part's name, or None when there are no rows."""
    if not rows:
        return None
    name = part_name(sequence, [row[ID_COLUMN] for row in rows])
    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    temporary = f"{root}/.{name}.{uuid.uuid4().hex}.tmp"
    try:
        with fs.open(temporary, "wb") as file:
            pq.write_table(table, file, compression="zstd")
        fs.mv(temporary, f"{root}/{name}")
    except OSError as error:
        _remove_quietly(fs, temporary)
        raise SinkError(f"{root}/{name}: cannot be written ({error})") from None
    return name


def _remove_quietly(fs, path: str) -> None:
    with contextlib.suppress(OSError, FileNotFoundError):
        fs.rm(path)


def existing_parts(fs, root: str) -> list[str]:
    """The part files of the dataset, in order."""
    try:
        names = [Path(p).name for p in fs.ls(root, detail=False)]
    except FileNotFoundError:
        return []
    return sorted(name for name in names if PART_PATTERN.match(name))


def prepare_dataset(path: str, resume: bool, ledger: set[str] | None = None) -> tuple[object,
                                                                                         str, int]:
    """Make the dataset's folder ready for a run: without ``resume`` its part files are removed;
    with it, those holding an article not in ``ledger`` (the ids of articles.jsonl). Returns the
    filesystem, the root and the sequence number the run's first part takes."""
    fs, root = dataset_location(path)
    try:
        fs.makedirs(root, exist_ok=True)
        kept = []
        for name in existing_parts(fs, root):
            location = f"{root}/{name}"
            if resume:
                with fs.open(location, "rb") as file:
                    ids = pq.read_table(file, columns=[ID_COLUMN]).column(ID_COLUMN).to_pylist()
                if ledger is not None and all(i in ledger for i in ids):
                    kept.append(name)
                    continue
            fs.rm(location)
    except OSError as error:
        raise SinkError(f"--parquet {path}: cannot be prepared ({error})") from None
    following = max((int(PART_PATTERN.match(name).group(1)) for name in kept), default=-1) + 1
    return fs, root, following


class ParquetSink:
    """Articles into a Parquet dataset, one part file per checkpoint (see the module's notes).
    ``ledger``: with ``resume``, the ids already in articles.jsonl."""

    def __init__(self, path: str, resume: bool = False, ledger: set[str] | None = None):
        self.path = path
        self.resume = resume
        self.ledger = ledger
        self._rows: list[dict] = []
        self._fs = None
        self._root = ""
        self._sequence = 0

    def open(self) -> None:
        self._fs, self._root, self._sequence = prepare_dataset(self.path, self.resume,
                                                               self.ledger)

    def write(self, article: Article) -> None:
        self._rows.append(article_row(article))

    def mark(self) -> int:
        return len(self._rows)

    def rollback(self, mark: int) -> None:
        del self._rows[mark:]

    def checkpoint(self) -> None:
        if write_part(self._fs, self._root, self._sequence, self._rows):
            self._sequence += 1
        self._rows.clear()

    def close(self) -> None:
        if self._fs is not None:
            self.checkpoint()
            self._fs = None
