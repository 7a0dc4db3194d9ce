"""Cutting long texts into pieces: bounded size, tiling the text, at the text's own boundaries."""

from __future__ import annotations

import pytest

from artex.pieces import piece_bounds
from artex.record import Markup

PARAGRAPH = "The council met on Monday and approved the budget for the harbour works. " * 3


def cuts(text: str, max_chars: int, markup=()) -> list[int]:
    bounds = piece_bounds(text, max_chars, markup)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == after for (_, end), (after, _) in zip(bounds, bounds[1:], strict=False))
    assert all(0 < end - start <= max_chars for start, end in bounds)
    return [end for _, end in bounds[:-1]]


@pytest.mark.parametrize("text", [
    "short text", "x" * 1000, " " * 999, "word " * 400, "a\n\n" * 300, "€1,234, " * 200,
    "“" * 700, PARAGRAPH * 20,
])
def test_pieces_tile_the_text_and_none_is_longer_than_the_limit(text):
    cuts(text, 250)


def test_a_text_within_the_limit_is_one_piece():
    assert piece_bounds("One short article.", 100) == [(0, 18)]


def test_the_cut_falls_at_a_paragraph_break_rather_than_inside_a_paragraph():
    text = "\n\n".join([PARAGRAPH] * 6)
    for position in cuts(text, 600):
        assert text[position - 2:position] == "\n\n"


def test_a_list_is_not_cut_between_its_items_when_a_paragraph_break_is_near():
    items = "\n\n".join(f"- Item {n}: the port adds a berth for ferries." for n in range(6))
    text = f"{PARAGRAPH}\n\nThe risks:\n\n{items}\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    list_start, list_end = text.index("The risks:"), text.index(items) + len(items)
    for position in cuts(text, 700):
        assert not list_start < position < list_end


def test_a_quote_running_into_the_next_paragraph_is_not_cut():
    quote = ("“We will finish the terminal,” the mayor said. “It is the work of a decade.\n\n"
             "“And nobody will stop it,” she added.")
    text = f"{PARAGRAPH}\n\n{quote}\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    inside = text.index("“And nobody")
    assert inside not in cuts(text, 600)


def test_items_marked_by_the_reader_are_not_cut_apart():
    lines = [f"Item number {n} of the list, about the harbour." for n in range(4)]
    text = PARAGRAPH + "\n" + "\n".join(lines) + "\n" + PARAGRAPH + "\n" + PARAGRAPH
    markup, start = [], len(PARAGRAPH) + 1
    for line in lines:
        markup.append(Markup(start, start + len(line), "item"))
        start += len(line) + 1
    first, last = markup[0].start, markup[-1].end
    for position in cuts(text, 500, markup):
        assert not first < position < last


def test_without_paragraphs_the_cut_falls_at_a_sentence_end_then_at_white_space():
    sentences = "The board met. It voted for the plan. " * 30
    assert all(sentences[p - 2:p] == ". " for p in cuts(sentences, 300))
    numbers = ", ".join(str(n) for n in range(2000))
    assert all(numbers[p - 1] == " " for p in cuts(numbers, 300))
