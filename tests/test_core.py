"""The one core: records to Articles for every caller (extract, eval, batch, API, service)."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from artex import core
from artex.record import Record
from artex.schema import Article
from artex.sinks import Failure


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


def test_processing_leaves_the_vocabulary_as_it_was(fragile_nlp, settings):
    """Every record runs in a spaCy memory zone: the strings and lexemes its words add are
    freed with it, so that a long run's vocabulary does not grow with what it read."""
    list(core.articles([Record(text="A first story.", source="0.txt")], fragile_nlp, settings))
    strings = len(fragile_nlp.vocab.strings)
    records = [Record(text=f"Quorbit{n} signed with Zellany{n} in Vorthame{n}.",
                      source=f"{n}.txt") for n in range(40)]
    articles = list(core.articles(records, fragile_nlp, settings))
    assert [a.source for a in articles] == [f"{n}.txt" for n in range(40)]
    assert len(fragile_nlp.vocab.strings) == strings
    assert "Zellany7" not in fragile_nlp.vocab.strings


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
    assert str(raised.value) == ("b.jsonl:7: internal error: pipeline component "
                                 "artex_test_core_fails_on_boom failed: ValueError: found BOOM")


def test_extract_gives_one_validated_article(fragile_nlp, settings):
    article = core.extract(Record(text="One line.", source="x.txt"), fragile_nlp, settings)
    assert isinstance(article, Article) and article.text == "One line."


def long_record(source: str, paragraphs: int = 12) -> Record:
    text = "\n\n".join(f"Paragraph {n} of the report on the harbour works." for n in range(
        paragraphs))
    return Record(text=text, source=source)


@pytest.mark.parametrize("workers", [1, 2])
def test_long_records_come_back_whole_in_input_order(fragile_nlp, settings, workers):
    records = [long_record("a.txt"), Record(text="Short one.", source="b.txt"),
               long_record("c.txt", 20)]
    pieced = replace(settings, piece_chars=120, workers=workers, batch_size=2)
    got = list(core.articles(records, fragile_nlp, pieced))
    assert [(a.source, a.text) for a in got] == [(r.source, r.text) for r in records]


def test_a_failing_piece_fails_its_record_only(fragile_nlp, settings):
    bad = long_record("bad.txt")
    bad = replace(bad, text=bad.text + "\n\nThen it went BOOM.")
    outcomes = list(core.process([bad, long_record("good.txt")], fragile_nlp,
                                 replace(settings, piece_chars=120)))
    assert isinstance(outcomes[0], Failure) and "found BOOM" in outcomes[0].reason
    assert isinstance(outcomes[1], Article) and outcomes[1].source == "good.txt"


def test_a_record_over_its_time_budget_is_a_failure_naming_the_limit(fragile_nlp, settings):
    no_time = replace(settings, piece_chars=120, time_budget=0.0)
    [outcome, short] = core.process([long_record("slow.txt"), Record(text="Quick.", source="q")],
                                    fragile_nlp, no_time)
    assert isinstance(outcome, Failure) and outcome.input == "slow.txt"
    assert outcome.reason.startswith("over the time budget of 0 s an article")
    assert isinstance(short, Article)  # a record done in one piece is never thrown away


@pytest.mark.parametrize("text", ["Acme Corp. said on Tuesday it would invest $5 million.",
                                  "  Two  spaces,\n\nline breaks\tand a tab. ", "U.S.-China talks"])
def test_a_doc_keeps_the_text_it_was_made_from_for_the_stages(text):
    from artex.stages.common import TEXT_KEY, doc_text

    nlp = spacy.blank("en")
    made = core.make_doc(nlp, Record(source="<text>", text=text), core.Settings())
    assert made.user_data[TEXT_KEY] == made.text == doc_text(made) == text
    built = nlp.make_doc(text)  # a doc made elsewhere: its text is built from the tokens once
    assert doc_text(built) == text and built.user_data[TEXT_KEY] == text


@pytest.mark.parametrize("text", ["Velmora Ltd. told reporters in Oskar Bay it had raised €12m.",
                                  "  Two  spaces,\n\nthen: 40% of \"QUIET\" lakes\tdried. ", "",
                                  "Hexa-Grid's CEO, Ana Duval, (FY2031) e.g. 3.5bn"])
def test_doc_words_are_the_tokens_attributes(text):
    from artex.stages.common import doc_words, span_text

    doc = spacy.blank("en")(text)
    for token, tag in zip(doc, itertools.cycle(["NNP", "VBD", "", "DT"]), strict=False):
        token.tag_ = tag  # the lists carry the tagger's tags where a model set them
    words = doc_words(doc)
    assert doc_words(doc) is words  # read once per doc
    for i, token in enumerate(doc):
        assert (words.start[i], words.text[i], words.lower[i], words.tag[i], words.whitespace[i],
                words.is_title[i], words.is_lower[i], words.is_alpha[i], words.is_punct[i],
                words.is_space[i], words.like_num[i]) == (
            token.idx, token.text, token.lower_, token.tag_, bool(token.whitespace_),
            token.is_title, token.is_lower, token.is_alpha, token.is_punct, token.is_space,
            token.like_num)
    # Any slice, as Doc slices it: negative indices count from the end, ends are clipped.
    for start in range(-len(doc) - 2, len(doc) + 2):
        for end in range(-len(doc) - 2, len(doc) + 2):
            assert span_text(doc, start, end) == doc[start:end].text


@pytest.mark.parametrize("texts", [["Orla Penn met Tavi Osk in Brindle.", "Sun Vale hired 40."],
                                   ["One.", "Two words.", "One."]])
def test_doc_words_answers_for_the_doc_asked_when_docs_alternate(texts):
    from artex.stages.common import doc_words

    nlp = spacy.blank("en")
    docs = [nlp(text) for text in texts]
    for doc in docs + docs[::-1] + docs:
        assert doc_words(doc).text == [t.text for t in doc]


@pytest.mark.parametrize("ents", [[], [(0, 2, "PERSON")], [(0, 2, "ORG"), (4, 5, "GPE"),
                                                           (6, 8, "MONEY")]])
def test_doc_ents_are_the_docs_entities(ents):
    from artex.stages.common import doc_ents

    doc = spacy.blank("en")("Kestrel Holdings opened in Varno for 30 million.")
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert doc_ents(doc) == [(e.start, e.end, e.label_, e.start_char, e.end_char)
                             for e in doc.ents]
    assert doc_ents(doc) is doc_ents(doc)  # read once per doc
