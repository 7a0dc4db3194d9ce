"""The reading view's highlighting, without a model or a browser: every span becomes an element
with its own offsets and text, whatever the spans' overlaps, and the HTML stays well formed."""

from __future__ import annotations

import pytest
from views import Highlights, highlight_spans

from artex.view import HIGHLIGHT_KINDS, Highlight, highlighted_text, size_text

TEXT = "On 3 May <Acme & Co> paid $5 million."


def at(kind: str, part: str) -> Highlight:
    start = TEXT.index(part)
    return Highlight(kind, start, start + len(part), f"tip of {part}")


@pytest.mark.parametrize("spans", [
    [],
    [at("date", "3 May"), at("money", "$5 million")],
    [at("entity", "Acme & Co"), at("entity", "Acme")],  # nested
    [at("money", "$5 million"), at("quantity", "5 million")],  # nested, ending together
    [at("entity", "Co> paid"), at("money", "paid $5")],  # crossing
    [at("date", "3 May"), at("quantity", "3 May")],  # the same span twice
    [at("entity", "On 3"), at("date", "3 May"), at("money", "May <Acme")],  # a chain of crossings
])
def test_every_span_is_one_element_with_its_offsets_and_text(spans):
    html = highlighted_text(TEXT, sorted(spans, key=lambda h: (h.start, -h.end)))
    parser = Highlights()
    parser.feed(str(html))
    assert parser.open == []  # every element opened was closed
    assert highlight_spans(parser.found) == sorted(
        (h.kind, h.start, h.end, TEXT[h.start:h.end]) for h in spans)
    assert parser.text == TEXT  # the text is whole, escaped and unescaped back


def test_tooltips_and_text_are_escaped():
    html = str(highlighted_text(TEXT, [Highlight("entity", 10, 19, 'say "<b>"')]))
    assert "&lt;<mark " in html and ">Acme &amp; Co</mark>&gt;" in html
    assert 'data-tip="say &#34;&lt;b&gt;&#34;"' in html


def test_every_kind_has_a_distinct_name_and_colour():
    assert len({kind.name for kind in HIGHLIGHT_KINDS}) == len(HIGHLIGHT_KINDS)
    assert len({kind.colour for kind in HIGHLIGHT_KINDS}) == len(HIGHLIGHT_KINDS)


@pytest.mark.parametrize(("size", "text"), [
    (100, "100 bytes"), (1023, "1,023 bytes"), (1024, "1 KiB"), (1536, "1.5 KiB"),
    (20 * 1024 * 1024, "20 MiB"), (3 * 1024 ** 3, "3 GiB"),
])
def test_the_size_limit_is_told_in_the_largest_whole_unit(size, text):
    assert size_text(size) == text
