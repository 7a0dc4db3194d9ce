"""parse_number: digits, words, scales and fractions; None for anything that is not a number."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artex.numbers import parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("1,500", 1500),
    ("2,000,000", 2_000_000),
    ("4.5", 4.5),
    ("2.9", 2.9),
    (".5", 0.5),
    ("three", 3),
    ("Seventeen", 17),
    ("twenty-five", 25),
    ("twenty five", 25),
    ("one hundred and five", 105),
    ("three hundred thousand", 300_000),
    ("one thousand two hundred", 1200),
    ("seven hundred fifty billion", 750e9),
    ("a dozen", 12),
    ("two dozen", 24),
    ("a hundred", 100),
    ("a million", 1e6),
    ("1.5 million", 1.5e6),
    ("10 million", 1e7),
    ("two billion", 2e9),
    ("half a billion", 5e8),
    ("a quarter of a million", 2.5e5),
    ("two and a half million", 2.5e6),
    ("half", 0.5),
])
def test_number_expressions_have_their_value(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "", "a", "and", "the", "second", "millions", "1,50", "five six", "ten five",
    "2-nanometer", "fifty-year", "hundred", "45m", "1.30 million and 1.34 million",
    "two million and three million", "3 4",
])
def test_non_numbers_give_none(text):
    assert parse_number(text) is None


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
              "ninety"]


def in_words(n: int, british_and: bool) -> str:
    """English words for 0 <= n < 10**12, written independently of the parser."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS_WORDS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        joiner = " and " if british_and else " "
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else joiner
                                              + in_words(rest, british_and))
    for size, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= size:
            rest = n % size
            return in_words(n // size, british_and) + " " + name + (
                "" if rest == 0 else " " + in_words(rest, british_and))
    raise AssertionError(n)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**12 - 1), british_and=st.booleans())
def test_numbers_written_in_words_read_back(n, british_and):
    assert parse_number(in_words(n, british_and)) == n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**12 - 1))
def test_numbers_written_with_separators_read_back(n):
    assert parse_number(f"{n:,}") == n
