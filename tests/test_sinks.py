"""Sinks: JSON Lines files written in whole lines at checkpoints, and the database (SQLite, and
PostgreSQL when its binaries are there) with one row set per article, replaced on rewrite."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from samples import company_article
from sqlalchemy import create_engine, func, select, text

from artex.schema import SCHEMA_VERSION
from artex.sinks import (
    ErrorSink,
    Failure,
    JsonlSink,
    SinkError,
    SqlSink,
    article_id_of_line,
    articles_table,
    create_database_engine,
    drop_partial_last_line,
    meta_table,
    metadata,
    written_article_ids,
)

# The PostgreSQL server fixtures (postgres_server, postgres_url).
pytest_plugins = ["pg"]

ACME = company_article("a1", [("Acme", [("$5", "USD"), ("EUR 3", "EUR")]),
                              ("Globex", [("$2", "USD")])])
INITECH = company_article("a2", [("Initech", [("$7", "USD")])])


# --- JSON Lines ------------------------------------------------------------------------------

def test_jsonl_sink_writes_articles_only_at_checkpoints(tmp_path):
    path = tmp_path / "out" / "articles.jsonl"
    sink = JsonlSink(path)
    sink.open()
    sink.write(ACME)
    assert path.read_bytes() == b""
    sink.checkpoint()
    sink.write(INITECH)
    assert path.read_text().splitlines() == [ACME.model_dump_json()]
    sink.close()
    assert path.read_text().splitlines() == [ACME.model_dump_json(), INITECH.model_dump_json()]


def test_jsonl_sink_without_append_replaces_the_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("old line\n")
    sink = JsonlSink(path)
    sink.open()
    sink.write(ACME)
    sink.close()
    assert path.read_text() == ACME.model_dump_json() + "\n"


def test_appending_jsonl_sink_drops_a_half_written_line(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(ACME.model_dump_json() + "\n" + INITECH.model_dump_json()[:40])
    sink = JsonlSink(path, append=True)
    sink.open()
    sink.write(INITECH)
    sink.close()
    assert path.read_text().splitlines() == [ACME.model_dump_json(), INITECH.model_dump_json()]


@pytest.mark.parametrize(("content", "kept"), [
    (b"", b""),
    (b"{}\n", b"{}\n"),
    (b"{}\n{\"id\": \"x", b"{}\n"),
    (b"{\"id\": \"x", b""),
    (b"{}\n" + b"x" * 200_000, b"{}\n"),
])
def test_drop_partial_last_line_keeps_whole_lines(tmp_path, content, kept):
    path = tmp_path / "articles.jsonl"
    path.write_bytes(content)
    assert drop_partial_last_line(path) == len(content) - len(kept)
    assert path.read_bytes() == kept


def test_written_article_ids_reads_the_ids_of_whole_lines(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(ACME.model_dump_json() + "\n" + '{"id": "reordered", "x": 1}\n'
                    + INITECH.model_dump_json()[:30])
    assert written_article_ids(path) == {"a1", "reordered"}
    assert written_article_ids(tmp_path / "missing.jsonl") == set()


def test_article_id_of_line_reads_escaped_ids():
    line = ACME.model_copy(update={"id": 'q"\\é'}).model_dump_json()
    assert article_id_of_line(line) == 'q"\\é'


def test_written_article_ids_refuses_a_file_that_is_not_articles(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(ACME.model_dump_json() + "\nnot json\n")
    with pytest.raises(SinkError, match=r"articles.jsonl:2: not an article line"):
        written_article_ids(path)


def test_error_sink_writes_input_line_and_reason(tmp_path):
    path = tmp_path / "errors.jsonl"
    sink = ErrorSink(path)
    sink.open()
    sink.write(Failure(input="in.jsonl", line=3, reason="not valid JSON"))
    sink.write(Failure(input="b.txt", line=None, reason="empty: no text", id="abc"))
    sink.close()
    assert [json.loads(line) for line in path.read_text().splitlines()] == [
        {"input": "in.jsonl", "line": 3, "reason": "not valid JSON", "id": None},
        {"input": "b.txt", "line": None, "reason": "empty: no text", "id": "abc"},
    ]


def test_sinks_do_not_import_spacy():
    code = "import sys, artex.sinks; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# --- databases -------------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/db/artex.db"
    return request.getfixturevalue("postgres_url")


def table_counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        counts = {table.name: connection.execute(select(func.count()).select_from(table))
                  .scalar() for table in metadata.sorted_tables}
    engine.dispose()
    return counts


def write_articles(url: str, *articles) -> None:
    sink = SqlSink(url)
    sink.open()
    for article in articles:
        sink.write(article)
    sink.close()


ROWS_OF_ACME_AND_INITECH = {
    "meta": 1, "articles": 2, "entities": 3, "mentions": 3, "money": 4, "money_entities": 4,
    "money_roles": 4, "quantities": 0, "dates": 2, "lists": 2, "list_items": 2,
    "list_item_entities": 2, "quotes": 2, "claims": 2,
}


def test_sql_sink_writes_every_table(database_url):
    write_articles(database_url, ACME, INITECH)
    assert table_counts(database_url) == ROWS_OF_ACME_AND_INITECH


def test_quote_speakers_and_claim_holders_join_their_entities(database_url):
    write_articles(database_url, ACME, INITECH)
    engine = create_engine(database_url)
    with engine.connect() as connection:
        speakers = connection.execute(text(
            "SELECT q.article_id, e.name, q.kind FROM quotes q JOIN entities e "
            "ON e.article_id = q.article_id AND e.entity_id = q.entity_id "
            "ORDER BY q.article_id")).all()
        holders = connection.execute(text(
            "SELECT e.name, c.polarity FROM claims c JOIN entities e "
            "ON e.article_id = c.article_id AND e.entity_id = c.entity_id "
            "ORDER BY c.article_id")).all()
    engine.dispose()
    assert [tuple(row) for row in speakers] == [("a1", "Acme", "indirect"),
                                                ("a2", "Initech", "indirect")]
    assert [tuple(row) for row in holders] == [("Acme", "pro"), ("Initech", "pro")]


def test_rewriting_articles_replaces_their_rows_without_duplicates(database_url):
    write_articles(database_url, ACME, INITECH)
    smaller_acme = company_article("a1", [("Acme", [("$5", "USD")])])
    write_articles(database_url, smaller_acme, INITECH)
    write_articles(database_url, INITECH)
    assert table_counts(database_url) == {
        **ROWS_OF_ACME_AND_INITECH, "entities": 2, "mentions": 2, "money": 2,
        "money_entities": 2, "money_roles": 2}


def test_deleting_an_article_deletes_its_rows(database_url):
    write_articles(database_url, ACME, INITECH)
    engine = create_database_engine(database_url)
    with engine.begin() as connection:
        connection.execute(articles_table.delete().where(articles_table.c.id == "a1"))
    engine.dispose()
    assert table_counts(database_url) == {
        "meta": 1, "articles": 1, "entities": 1, "mentions": 1, "money": 1,
        "money_entities": 1, "money_roles": 1, "quantities": 0, "dates": 1, "lists": 1,
        "list_items": 1, "list_item_entities": 1, "quotes": 1, "claims": 1}


def test_sql_sink_commits_only_at_checkpoints(database_url):
    sink = SqlSink(database_url)
    sink.open()
    sink.write(ACME)
    assert table_counts(database_url)["articles"] == 0
    sink.checkpoint()
    sink.write(INITECH)
    assert table_counts(database_url)["articles"] == 1
    sink.close()
    assert table_counts(database_url)["articles"] == 2


def test_schema_version_is_stored_and_another_version_refused(database_url):
    write_articles(database_url, ACME)
    engine = create_engine(database_url)
    with engine.begin() as connection:
        assert connection.execute(select(meta_table.c.value)).scalar() == SCHEMA_VERSION
        connection.execute(meta_table.update().values(value="0.9"))
    engine.dispose()
    with pytest.raises(SinkError, match="schema version 0.9"):
        SqlSink(database_url).open()


@pytest.mark.parametrize("url", ["nosuchdialect://x/y", "not a url", "sqlite+nodriver:///x.db"])
def test_unusable_database_url_is_a_sink_error(url):
    with pytest.raises(SinkError, match="not a usable database URL"):
        SqlSink(url).open()


def test_unreachable_database_is_a_sink_error():
    with pytest.raises(SinkError, match="database postgresql"):
        SqlSink("postgresql+psycopg://nobody@127.0.0.1:1/none").open()


def test_a_database_failing_at_a_checkpoint_is_a_sink_error(tmp_path):
    url = f"sqlite:///{tmp_path}/artex.db"
    sink = SqlSink(url)
    sink.open()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE list_item_entities"))
    engine.dispose()
    sink.write(ACME)
    with pytest.raises(SinkError, match="no such table: list_item_entities"):
        sink.checkpoint()
