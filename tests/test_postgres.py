"""PostgreSQL: the same schema and the same answers as SQLite, on a real PostgreSQL 15 server
started for the session (tests/pg.py; skipped with the reason when it cannot run here)."""

from __future__ import annotations

import json

import pytest
import spacy
from samples import company_article
from sqlalchemy import create_engine, text

from artex.batch import BatchOptions, run_batch
from artex.sinks import SqlSink

# The PostgreSQL server fixtures (postgres_server, postgres_url).
pytest_plugins = ["pg"]

pytestmark = pytest.mark.postgres

# What a user would write: total US dollar amounts by organisation, through the money's entities.
TOTAL_USD_BY_ORGANISATION = """
SELECT e.name, SUM(m.amount) AS total_usd, COUNT(*) AS figures
FROM money AS m
JOIN money_entities AS me ON me.article_id = m.article_id AND me.money_index = m.money_index
JOIN entities AS e ON e.article_id = me.article_id AND e.entity_id = me.entity_id
WHERE m.currency = 'USD' AND e.label = 'ORG'
GROUP BY e.name
ORDER BY total_usd DESC, e.name
"""

ARTICLES = [
    company_article("a1", [("Acme", [("$5", "USD"), ("EUR 3", "EUR")]),
                           ("Globex", [("$2", "USD")])]),
    company_article("a2", [("Initech", [("$7", "USD")]), ("Acme", [("$10.5", "USD")])]),
    company_article("a3", [("Umbrella", [("EUR 40", "EUR")])]),
]


def query(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(text(sql))]
    engine.dispose()
    return rows


def test_the_server_is_postgresql_15_listening_on_loopback_only(postgres_url):
    [(version,)] = query(postgres_url, "SHOW server_version")
    [(addresses,)] = query(postgres_url, "SHOW listen_addresses")
    assert version.startswith("15.") and addresses == "127.0.0.1"


def test_total_usd_by_organisation_is_the_same_on_sqlite_and_postgresql(postgres_url, tmp_path):
    answers = []
    for url in (f"sqlite:///{tmp_path}/artex.db", postgres_url):
        sink = SqlSink(url)
        sink.open()
        for article in ARTICLES:
            sink.write(article)
        sink.close()
        answers.append([(name, float(total), count) for name, total, count
                        in query(url, TOTAL_USD_BY_ORGANISATION)])
    sqlite_answer, postgres_answer = answers
    assert sqlite_answer == [("Acme", 15.5, 2), ("Initech", 7.0, 1), ("Globex", 2.0, 1)]
    assert postgres_answer == sqlite_answer


def test_a_batch_into_postgresql_holds_the_jsonl_articles_once_after_a_rerun(postgres_url,
                                                                             tmp_path, settings):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"text": f"Article {i} about the harbour."}) + "\n"
                              for i in range(12)))
    for _ in range(2):
        run_batch([str(source)], tmp_path / "out", settings,
                  BatchOptions(db_url=postgres_url, checkpoint_every=5), nlp=nlp)
    written = sorted(json.loads(line)["id"]
                     for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines())
    stored = [row[0] for row in query(postgres_url, "SELECT id FROM articles ORDER BY id")]
    assert len(written) == 12 and stored == written
