"""The Parquet dataset (artex.parquet) and the sinks written as one (sinks.SinkGroup): the Arrow
schema follows the pydantic model, one row an article read back by pyarrow and DuckDB with the
JSON Lines' values, parts replaced rather than duplicated, resume, all-or-nothing writes."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pytest
import spacy
from samples import company_article

from artex.batch import BatchOptions, run_batch
from artex.parquet import (
    ParquetSink,
    arrow_schema,
    arrow_type,
    existing_parts,
    part_name,
    prepare_dataset,
    write_part,
)
from artex.schema import Article, Entity, Money
from artex.sinks import JsonlSink, SinkGroup


@pytest.fixture(scope="module")
def light_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def articles() -> list[Article]:
    return [company_article("a1", [("Acme", [("$5", "USD"), ("EUR 3", "EUR")])]),
            company_article("a2", [("Bolt", [("$7", "USD")]), ("Crane", [("$2", "USD")])]),
            company_article("a3", [("Dyne", [])])]


@pytest.mark.parametrize(("annotation", "expected", "nullable"), [
    (str, pa.string(), False),
    (int | None, pa.int64(), True),
    (float, pa.float64(), False),
    (date | None, pa.date32(), True),
    (list[str], pa.list_(pa.field("item", pa.string(), nullable=False)), False),
])
def test_arrow_types_follow_the_annotations(annotation, expected, nullable):
    assert arrow_type(annotation) == (expected, nullable)


def test_the_schema_has_one_column_per_article_field_with_nested_structs():
    schema = arrow_schema()
    assert schema.names == list(Article.model_fields)
    entity = schema.field("entities").type.value_type
    assert [f.name for f in entity] == list(Entity.model_fields)
    assert entity.field("mentions").type.value_type.names == ["text", "start", "end"]
    money = schema.field("money").type.value_type
    assert [f.name for f in money] == list(Money.model_fields)
    assert money.field("currency").nullable and not money.field("amount").nullable
    assert money.field("roles").type.field("payer").type == pa.list_(
        pa.field("item", pa.string(), nullable=False))
    assert schema.field("published").type == pa.date32()
    assert schema.field("id").metadata[b"description"].startswith(b"The caller's id")
    assert schema.metadata[b"artex_schema_version"] == Article.model_fields[
        "schema_version"].default.encode()


def test_rows_read_back_equal_the_articles(tmp_path):
    sink = ParquetSink(str(tmp_path / "lake"))
    sink.open()
    for article in articles():
        sink.write(article)
    sink.close()
    table = ds.dataset(tmp_path / "lake", format="parquet").to_table()
    assert table.num_rows == 3
    assert [Article.model_validate(row) for row in table.to_pylist()] == articles()


def test_duckdb_reads_the_nested_columns(tmp_path):
    write_part(*prepare_dataset(str(tmp_path / "lake"), resume=False)[:2], 0,
               [a.model_dump() for a in articles()])
    rows = duckdb.sql(
        f"SELECT id, m.currency, sum(m.amount) FROM "
        f"(SELECT id, unnest(money) AS m FROM read_parquet('{tmp_path}/lake/*.parquet')) "
        f"GROUP BY ALL ORDER BY ALL").fetchall()
    assert rows == [("a1", "EUR", 3.0), ("a1", "USD", 5.0), ("a2", "USD", 9.0)]
    payers = duckdb.sql(
        f"SELECT list_sort(flatten(list_transform(money, lambda m: m.roles.payer))) "
        f"FROM read_parquet('{tmp_path}/lake/*.parquet') WHERE id = 'a2'").fetchall()[0][0]
    assert payers == ["e1", "e2"]


def test_a_part_written_again_replaces_itself(tmp_path):
    fs, root, first = prepare_dataset(str(tmp_path / "lake"), resume=False)
    rows = [a.model_dump() for a in articles()]
    name = write_part(fs, root, first, rows)
    assert write_part(fs, root, first, rows) == name == part_name(0, ["a1", "a2", "a3"])
    assert existing_parts(fs, root) == [name]
    assert not [p for p in Path(root).iterdir() if p.name.startswith(".")]


def test_a_fresh_run_replaces_the_parts_and_resume_drops_those_not_in_the_ledger(tmp_path):
    lake = str(tmp_path / "lake")
    fs, root, _ = prepare_dataset(lake, resume=False)
    rows = [a.model_dump() for a in articles()]
    write_part(fs, root, 0, rows[:2])
    write_part(fs, root, 1, rows[2:])
    _, _, following = prepare_dataset(lake, resume=True, ledger={"a1", "a2"})
    assert existing_parts(fs, root) == [part_name(0, ["a1", "a2"])]
    assert following == 1
    prepare_dataset(lake, resume=False)
    assert existing_parts(fs, root) == []


class Refuses:
    """A sink whose write fails for one article id."""

    def __init__(self, refused: str):
        self.refused = refused
        self.kept: list[str] = []

    def write(self, article):
        if article.id == self.refused:
            raise ValueError("cannot hold this article")
        self.kept.append(article.id)

    def mark(self):
        return len(self.kept)

    def rollback(self, mark):
        del self.kept[mark:]

    def checkpoint(self):
        pass

    def close(self):
        pass


def test_an_article_one_sink_refuses_is_in_no_sink_of_the_group(tmp_path):
    jsonl = JsonlSink(tmp_path / "articles.jsonl")
    parquet = ParquetSink(str(tmp_path / "lake"))
    refusing = Refuses("a2")
    jsonl.open()
    parquet.open()
    group = SinkGroup([jsonl, parquet, refusing])
    for article in articles():
        with contextlib.suppress(ValueError):
            group.write(article)
    group.close()
    assert [json.loads(line)["id"] for line in
            (tmp_path / "articles.jsonl").read_text().splitlines()] == ["a1", "a3"]
    assert ds.dataset(tmp_path / "lake").to_table().column("id").to_pylist() == ["a1", "a3"]
    assert refusing.kept == ["a1", "a3"]


def test_a_batch_run_writes_the_same_articles_to_parquet_as_to_json_lines(
        tmp_path, light_nlp, settings):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"r{i}", "text": f"Report {i}. The board met."})
                              + "\n" for i in range(7)) + "broken\n")
    out = tmp_path / "out"
    summary = run_batch([str(source)], out, settings,
                        BatchOptions(parquet=str(out / "lake"), checkpoint_every=3),
                        nlp=light_nlp)
    assert (summary.articles, summary.errors) == (7, 1)
    lines = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    dataset = ds.dataset(out / "lake", format="parquet")
    assert len(dataset.files) == 3  # one part per checkpoint
    rows = dataset.to_table().to_pylist()
    assert [Article.model_validate(r).model_dump(mode="json") for r in rows] == lines


def test_a_resumed_run_completes_the_dataset_without_duplicates(tmp_path, light_nlp, settings):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"r{i}", "text": f"Report {i}."}) + "\n"
                              for i in range(6)))
    out = tmp_path / "out"
    options = BatchOptions(parquet=str(out / "lake"), checkpoint_every=2)
    run_batch([str(source)], out, settings, options, nlp=light_nlp)
    lines = (out / "articles.jsonl").read_text().splitlines(keepends=True)
    # A run killed after its third Parquet part but before articles.jsonl had r4 and r5.
    (out / "articles.jsonl").write_text("".join(lines[:4]))
    options.resume = True
    summary = run_batch([str(source)], out, settings, options, nlp=light_nlp)
    assert (summary.resumed, summary.articles) == (4, 2)
    ids = ds.dataset(out / "lake").to_table().column("id").to_pylist()
    assert ids == [f"r{i}" for i in range(6)]
