"""The one core: records to Articles for every caller (extract, eval, batch, API, service)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from artex import core
from artex.record import Record
from artex.schema import Article


@Language.component("artex_test_core_fails_on_boom")
def fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("found BOOM")
    return doc


@pytest.fixture(scope="module")
def fragile_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("artex_test_core_fails_on_boom")
    return nlp


def test_articles_stream_in_input_order(fragile_nlp, settings):
    records = [Record(text=f"Story number {n}.", source=f"{n}.txt") for n in range(5)]
    assert [a.source for a in core.articles(records, fragile_nlp, settings)] == \
        [f"{n}.txt" for n in range(5)]


def test_articles_raise_a_one_line_error_naming_the_record_that_failed(fragile_nlp, settings):
    records = [Record(text="Fine.", source="a.txt"),
               Record(text="It went BOOM.", source="b.jsonl", line=7)]
    produced = []
    with pytest.raises(core.ArticleError) as raised:
        produced.extend(core.articles(records, fragile_nlp, settings))
    assert [a.source for a in produced] == ["a.txt"]
    assert str(raised.value) == ("b.jsonl:7: pipeline component artex_test_core_fails_on_boom "
                                 "failed: ValueError: found BOOM")


def test_extract_gives_one_validated_article(fragile_nlp, settings):
    article = core.extract(Record(text="One line.", source="x.txt"), fragile_nlp, settings)
    assert isinstance(article, Article) and article.text == "One line."
