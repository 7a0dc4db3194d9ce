"""parse_number: digits, words, scales and fractions; None for anything that is not a number."""

import pytest

from pipeline.numbers import parse_number


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
