"""The README's money queries (total USD by payer, investments by country of place) run on the
corpus processed by artex and give the totals of the corpus gold annotations."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from artex import core
from artex.evaluate import record_of
from artex.gold import read_cases
from artex.sinks import SqlSink

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
QUERY = re.compile(r"```sql\n\s*-- (?P<name>[^\n]+)\n(?P<sql>.*?)```", re.DOTALL)
QUERIES = {found["name"]: found["sql"]
           for found in QUERY.finditer((ROOT / "README.md").read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def corpus(nlp, settings, tmp_path_factory):
    """The corpus cases, their articles and a SQLite database holding the articles."""
    cases = read_cases([ROOT / "corpus"])
    articles = list(core.articles([record_of(case, settings) for case in cases], nlp, settings))
    url = f"sqlite:///{tmp_path_factory.mktemp('db')}/artex.db"
    sink = SqlSink(url)
    sink.open()
    for article in articles:
        sink.write(article)
    sink.close()
    return cases, articles, url


def run(url: str, name: str) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(text(QUERIES[name]))]
    engine.dispose()
    return rows


def in_headline(gold, money) -> bool:
    first_line = gold.text.split("\n", 1)[0]
    return gold.title is not None and first_line.strip() == gold.title.strip() \
        and money.start < len(first_line)


def predicted_name(gold, article, name: str) -> str:
    """The name artex gives the gold entity: that of the entity whose mentions overlap it."""
    spans = [(m.start, m.end) for e in gold.entities if e.name == name for m in e.mentions]
    for entity in article.entities:
        if any(m.start < end and start < m.end for m in entity.mentions for start, end in spans):
            return entity.name
    return f"(not found: {name})"


def gold_totals(cases, articles, role: str, keep) -> Counter:
    """Sums of the gold amounts by filler: ``keep(gold, money, filler)`` gives the key (None to
    leave the filler out)."""
    totals = Counter()
    for case, article in zip(cases, articles, strict=True):
        gold = case.gold
        for money in gold.money:
            if money.roles is None or money.per is not None or in_headline(gold, money):
                continue
            fillers = [("entity", n) for n in getattr(money.roles, role)]
            if getattr(money.roles, f"{role}_text"):
                fillers.append(("text", getattr(money.roles, f"{role}_text")))
            for kind, value in fillers:
                key = keep(gold, article, money, kind, value)
                if key is not None:
                    totals[key] += money.amount
    return totals


def test_the_readme_holds_both_queries():
    assert set(QUERIES) == {"total USD by payer", "investments by country of place"}


def test_total_usd_by_payer_is_the_gold_total(corpus):
    cases, articles, url = corpus

    def payer(gold, article, money, kind, value):
        if money.currency != "USD":
            return None
        return predicted_name(gold, article, value) if kind == "entity" else value

    expected = gold_totals(cases, articles, "payer", payer)
    got = {name: usd for name, usd, _ in run(url, "total USD by payer")}
    assert got == pytest.approx(dict(expected))
    assert len(expected) >= 10


def test_investments_by_country_of_place_are_the_gold_totals(corpus):
    cases, articles, url = corpus

    def country(gold, article, money, kind, value):
        entity = next((e for e in gold.entities if e.name == value), None)
        if kind != "entity" or entity is None or entity.country_code is None:
            return None
        return predicted_name(gold, article, value), money.currency

    expected = gold_totals(cases, articles, "place", country)
    got = {(name, currency): total
           for name, currency, total, _ in run(url, "investments by country of place")}
    assert got == pytest.approx(dict(expected))
    assert {name for name, _ in expected} >= {"United States", "Japan", "India", "Mexico"}
