"""Reading English numbers written in digits, words or both.

``parse_number`` is shared by the money and dates stages; its signature is stable.
Number words are part of the language, not of any one model, so they live here rather than in
``models/``; money-specific abbreviations ("bn", "mln", "k") are in ``models/money.json``.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multipliers that close a group ("two hundred", "three million").
SCALES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
# Nouns that stand for a count on their own ("a dozen", "two dozen", "a score").
COUNT_NOUNS = {"dozen": 12, "score": 20}
FRACTIONS = {"half": 0.5, "quarter": 0.25}

# 1,500 | 1500 | 4.5 | .5 | 1,500.25 ; separators group by three, or the Indian way: three
# digits last and two before them (45,67,890 | 1,23,45,678).
DIGITS_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)?(?:\.\d+)?$")
_SPLIT_RE = re.compile(r"[\s\-\u2010-\u2013]+")


def round_float(value: float) -> float:
    """Drop binary noise from a product ("16.6 billion" is 16600000000.000002 as a float):
    15 significant digits hold any money amount to the cent."""
    return float(f"{value:.15g}")


def parse_digits(text: str) -> float | None:
    """``"1,500"`` -> 1500.0, ``"4.5"`` -> 4.5; None unless the whole text is a digit number."""
    text = text.strip()
    if not text or not any(c.isdigit() for c in text) or not DIGITS_RE.match(text):
        return None
    return float(text.replace(",", ""))


def parse_number(text: str) -> float | None:
    """The value of an English number expression, or None when ``text`` is not one.

    Accepts digits with thousands separators and decimals ("1,500", "4.5"), cardinal words
    ("three", "twenty-five", "one hundred and five"), counting nouns ("a dozen"), scale words
    after digits or words ("1.5 million", "two billion", "a million", "a hundred"), halves and
    quarters ("half a billion", "two and a half million", "a quarter of a million").
    Case and surrounding whitespace are ignored. Ordinals ("second"), plural scales
    ("millions") and money abbreviations ("45m", "3bn") give None: the callers that accept
    those read them with their own tables.
    """
    words = [w for w in _SPLIT_RE.split(text.strip().lower()) if w]
    if not words:
        return None
    value = parse_digits(words[0]) if len(words) == 1 else None
    if value is None:
        value = _parse_words(words)
    return None if value is None else round_float(value)


def _parse_words(words: list[str]) -> float | None:
    leading = _leading_fraction(words)
    if leading is not None:
        return leading
    total = 0.0
    group: float | None = None  # the value being built before the next scale word
    last_scale = float("inf")  # scales must fall: "two million three hundred thousand"
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if word in ("a", "an"):
            # "a" is one only before a scale or counting noun; "and a half" adds a fraction.
            if nxt in SCALES or nxt in COUNT_NOUNS:
                if group is not None:
                    return None
                group = 1.0
            elif not (nxt in FRACTIONS and i > 0 and words[i - 1] == "and"):
                return None
        elif word == "and":
            if i == 0 or nxt is None:
                return None
        elif word in FRACTIONS:
            if group is None:
                return None
            group += FRACTIONS[word]
        elif (value := parse_digits(word)) is not None:
            if i > 0:  # "1.30 million and 1.34 million" is two numbers
                return None
            group = value
        elif word in UNITS:
            # "twenty five" (no hyphen) joins; "five six" does not.
            if group is not None and group % 100 and not (group % 10 == 0 and group % 100 >= 20):
                return None
            group = (group or 0.0) + UNITS[word]
        elif word in TENS:
            if group is not None and group % 100:
                return None
            group = (group or 0.0) + TENS[word]
        elif word in COUNT_NOUNS:
            group = (group if group is not None else 1.0) * COUNT_NOUNS[word]
        elif word in SCALES:
            if group is None:
                return None
            if word == "hundred":
                group *= 100
            elif SCALES[word] >= last_scale:
                return None
            else:
                last_scale = SCALES[word]
                total += group * SCALES[word]
                group = None
        else:
            return None
    if group is None and total == 0 and not any(w in SCALES for w in words):
        return None
    return total + (group or 0.0)


def _leading_fraction(words: list[str]) -> float | None:
    """"half", "half a billion", "a quarter of a million"; None for any other shape."""
    rest = words[1:] if words[0] in ("a", "an") else words
    if not rest or rest[0] not in FRACTIONS:
        return None
    fraction, rest = FRACTIONS[rest[0]], rest[1:]
    if rest[:1] == ["of"]:
        rest = rest[1:]
    if rest[:1] in (["a"], ["an"]):
        rest = rest[1:]
    if not rest:
        return fraction
    if len(rest) == 1 and rest[0] in SCALES:
        return fraction * SCALES[rest[0]]
    return None
