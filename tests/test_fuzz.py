"""Fuzzing (hypothesis) over the readers and the whole pipeline: random Unicode, random HTML and
Markdown structures, random numbers, currencies and dates in sentences, very long tokens.

Whatever the input: reading raises nothing but InputError (in one line); the pipeline gives an
Article (never an ArticleError); every offset slices the text to the span's text; the Article
validates against the schema; two runs give identical JSON.

``make test`` runs a few examples of each; ``make fuzz`` sets ARTEX_FUZZ_EXAMPLES=5000.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artex import core
from artex.readers import record_from_bytes, record_from_string
from artex.record import InputError
from artex.schema import Article
from artex.settings import Settings

EXAMPLES = int(os.environ.get("ARTEX_FUZZ_EXAMPLES", "0"))
FUZZ = settings(deadline=None, derandomize=EXAMPLES == 0,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])


def fuzz(examples: int) -> settings:
    """``examples`` in ``make test``, ARTEX_FUZZ_EXAMPLES in ``make fuzz``."""
    return settings(FUZZ, max_examples=EXAMPLES or examples)

SETTINGS = Settings()
FORMATS = ["txt", "html", "md", "json"]

WORDS = st.sampled_from([
    "Acme Corp", "said", "the", "company", "would", "invest", "in", "Ohio", "Sony", "paid",
    "Japan", "the U.S.", "Reuters", "on", "Tuesday", "revenue", "rose", "to", "a", "loss",
    "of", "shares", "fell", "Ltd.", "announced", "by", "and", "Pros:", "Cons:", "risks",
    "advantages", "Mr.", "Smith", "Berlin", "(", ")", ",", ".", ":", ";", "—", "\"", "“", "”"])
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**15).map(str),
    st.integers(min_value=0, max_value=10**15).map("{:,}".format),
    st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.sampled_from(["one", "two", "a dozen", "half", "three-quarters", "1/2", "10-15",
                     "1.5-2", "0", "-5", "+7", "1e9", "1,2,3", "1..2", "9" * 60]))
CURRENCY_BEFORE = st.sampled_from(["$", "US$", "€", "£", "¥", "₹", "USD ", "EUR ", "Rs ",
                                   "CHF ", "A$", "R$", "HK$", ""])
CURRENCY_AFTER = st.sampled_from(["", " million", "bn", "m", "k", " billion", " euros",
                                  " yen", " dollars", " pesos", " USD", "%", " percent",
                                  " per cent", " per share", " a year", " tonnes", " jobs"])
AMOUNTS = st.tuples(st.sampled_from(["", "about ", "more than ", "up to ", "between "]),
                    CURRENCY_BEFORE, NUMBERS, CURRENCY_AFTER).map("".join)
DATES = st.one_of(
    st.tuples(st.sampled_from(["January", "Feb.", "March", "Sept", "December"]),
              st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=9999)
              ).map(lambda p: f"{p[0]} {p[1]}, {p[2]}"),
    st.tuples(st.integers(0, 40), st.integers(0, 14), st.integers(0, 3000)).map(
        lambda p: f"{p[0]}/{p[1]}/{p[2]}"),
    st.tuples(st.integers(0, 9999), st.integers(0, 14), st.integers(0, 40)).map(
        lambda p: f"{p[0]:04d}-{p[1]:02d}-{p[2]:02d}"),
    st.sampled_from(["last year", "next Tuesday", "in Q3", "the second half of 2024",
                     "three years ago", "by 2030", "since the 1990s", "FY2025", "H1 2024",
                     "earlier this month", "at 16:08", "midnight", "the 21st century"]))
LONG_TOKENS = st.one_of(
    st.integers(min_value=200, max_value=3000).map(lambda n: "x" * n),
    st.integers(min_value=50, max_value=1000).map(lambda n: "9" * n),
    st.integers(min_value=50, max_value=500).map(lambda n: "$" + "1," * n + "000"),
    st.text(min_size=100, max_size=400).map(lambda t: t.replace(" ", "")))
UNICODE = st.text(max_size=30)
BREAKS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2028"])
HTML_PIECES = st.sampled_from([
    "<p>", "</p>", "<ul>", "</ul>", "<ol>", "<li>", "</li>", "<b>", "</b>", "<h2>", "</h2>",
    "<br>", "<html>", "<body>", "<table><tr><td>", "</td></tr></table>", "<div>" * 300,
    "<blockquote>", "<!--", "-->", "<script>", "</script>", "&amp;", "&#0;", "<", ">"])
MARKDOWN_PIECES = st.sampled_from([
    "# ", "## ", "- ", "1. ", "  - ", "**", "*", "`", "[", "](x)", "\n", "\n\n", "> ",
    "---\n", "```\n", "| a | b |\n|---|---|\n", "\\", "&amp;"])

SENTENCE_PARTS = st.one_of(WORDS, WORDS, WORDS, AMOUNTS, AMOUNTS, DATES, NUMBERS, UNICODE,
                           LONG_TOKENS, BREAKS, BREAKS)


SENTENCES = st.lists(SENTENCE_PARTS, min_size=1, max_size=20).map(" ".join)


@st.composite
def documents(draw) -> tuple[str, str]:
    """(format, text): sentences of words, amounts, dates and noise, with markup of the
    format between them (HTML: blocks of them between random tags, as a page or a
    fragment)."""
    fmt = draw(st.sampled_from(["txt", "txt", "html", "md"]))
    if fmt == "html":
        blocks = draw(st.lists(st.tuples(HTML_PIECES, SENTENCES, HTML_PIECES).map("".join),
                               min_size=1, max_size=8))
        page = draw(st.booleans())
        return fmt, "".join(["<html><body><article>" * page, *blocks,
                             "</article></body></html>" * page])
    markup = MARKDOWN_PIECES if fmt == "md" else BREAKS
    parts = draw(st.lists(st.one_of(SENTENCE_PARTS, markup), min_size=1, max_size=60))
    return fmt, " ".join(parts)


def read(fmt: str, text: str):
    """The record of the text, or None for an InputError (in one line)."""
    try:
        return record_from_string(text, "<fuzz>", SETTINGS, fmt)
    except InputError as error:
        assert "\n" not in str(error)
        return None


def assert_sound(article: Article) -> None:
    """Every offset slices the text to the span's text; the Article validates."""
    text = article.text
    spans = [*article.money, *article.quantities, *article.dates,
             *(m for e in article.entities for m in e.mentions),
             *article.lists, *(i for found in article.lists for i in found.items)]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        if hasattr(span, "text"):
            assert text[span.start:span.end] == span.text
    assert all(0 <= s.start <= s.end <= len(text) for s in article.sections)
    assert article.stats.characters == len(text)
    Article.model_validate_json(article.model_dump_json())


# --- readers ---------------------------------------------------------------------------------

@fuzz(150)
@given(fmt=st.sampled_from(FORMATS), data=st.binary(max_size=300))
def test_any_bytes_are_read_or_refused_with_an_input_error(fmt, data):
    try:
        record = record_from_bytes(data, "<fuzz>", fmt)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert all(0 <= m.start < m.end <= len(record.text) for m in record.markup)


@fuzz(150)
@given(document=documents())
def test_any_document_is_read_or_refused_with_an_input_error(document):
    record = read(*document)
    if record is not None:
        assert record.text.strip()
        assert all(0 <= m.start < m.end <= len(record.text) for m in record.markup)


# --- the whole pipeline -----------------------------------------------------------------------

@pytest.mark.model
@fuzz(60)
@given(document=documents(), piece_chars=st.sampled_from([SETTINGS.piece_chars, 300]))
def test_any_document_gives_a_sound_article_and_the_same_json_twice(nlp, document,
                                                                    piece_chars):
    record = read(*document)
    if record is None:
        return
    run = replace(SETTINGS, piece_chars=piece_chars)
    article = core.extract(record, nlp, run)
    assert_sound(article)
    assert core.extract(record, nlp, run).model_dump_json() == article.model_dump_json()
