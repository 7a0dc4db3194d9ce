"""The output contract: every field described, spans verified against the text."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from artex import schema


def all_models():
    return [m for m in vars(schema).values()
            if isinstance(m, type) and issubclass(m, BaseModel) and m.__module__ == schema.__name__
            and not m.__name__.startswith("_")]


@pytest.mark.parametrize("model", all_models(), ids=lambda m: m.__name__)
def test_every_field_has_a_description(model):
    undescribed = [name for name, field in model.model_fields.items() if not field.description]
    assert undescribed == []


def minimal_article(**overrides):
    fields = dict(id="a", source="-", title=None, published=None, reference_date=None,
                  text="Acme paid $5.", stats=dict(characters=13, words=3, sentences=1,
                                                    paragraphs=1),
                  sections=[], entities=[], money=[], quantities=[], dates=[], lists=[],
                  warnings=[])
    fields.update(overrides)
    return fields


def test_an_article_whose_spans_match_its_text_validates():
    money = dict(text="$5", start=10, end=12, amount=5.0, amount_max=None, currency="USD",
                 qualifier="exact", per=None, entities=[])
    article = schema.Article.model_validate(minimal_article(money=[money]))
    assert article.schema_version == "1.2"


def test_a_span_that_does_not_match_the_text_is_rejected():
    money = dict(text="$5", start=9, end=11, amount=5.0, amount_max=None, currency="USD",
                 qualifier="exact", per=None, entities=[])
    with pytest.raises(ValidationError, match="does not match"):
        schema.Article.model_validate(minimal_article(money=[money]))


def test_unknown_qualifiers_are_rejected():
    money = dict(text="$5", start=10, end=12, amount=5.0, amount_max=None, currency="USD",
                 qualifier="roughly", per=None, entities=[])
    with pytest.raises(ValidationError):
        schema.Article.model_validate(minimal_article(money=[money]))


@pytest.mark.parametrize(("text", "words", "sentences"), [
    ("Acme paid $5. Then it left.", 7, 2),
    ("", 0, 0),
    ("  \n\n  ", 0, 0),
    ("One.\n\n\nTwo, three.  \n", 3, 2),
])
def test_stats_count_words_and_sentences_that_are_not_white_space(text, words, sentences):
    import spacy

    from artex.convert import _stats

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    stats = _stats(doc, text)
    assert (stats.characters, stats.words, stats.sentences) == (len(text), words, sentences)
    assert stats.sentences == sum(1 for s in doc.sents if not all(t.is_space for t in s))
    assert _stats(spacy.blank("en")(text), text).sentences == 0  # no sentence boundaries
