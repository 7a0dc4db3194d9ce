"""The language check: a text that does not look English gets a warning naming the language it
looks like (artex's model and rules are for English; the text is still processed).

The identifier is py3langid (a maintained fork of langid.py: 97 languages, a naive Bayes model
over byte n-grams, shipped inside the package), loaded once per process on first use (about
0.4 s of processor time, decompressing its tables; held compactly, ``artex.compact_langid``)
and about 1.3 ms a news article. A long text
is judged on a sample (its start, middle and end), so that the check costs the same for any
length.

A text that is plainly English never reaches the identifier (``plainly_english``): almost none
of its letters is outside ASCII, English function words are as frequent in it as in English
prose, both the commonest ones (some shared with other languages: "in", "a", "is", "to") and
those no other language writes ("the", "which", "would"), and the frequent function words of
other Latin-script languages ("der", "het", "dan") are rare. Such a text is the identifier's
English too: on 36,942 mixtures of English development texts with sentences or words of 67
other languages (spaCy's example sentences) or with the frequent words of 98 (jusText's stop
lists), in every proportion, the gate passed 3,625 and the identifier named another language
for none of them (it did for 16,610 others), while the gate passes 97 % of the English
development and benchmark texts (2,114 of 2,180). So ``artex extract`` on an English article
does not load the identifier, and a batch spends about 0.2 ms an article on the check, not 1.3.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

import pycountry

ENGLISH = "en"
# A verdict is only given this sure (normalised probability) ...
MIN_CONFIDENCE = 0.9
# ... and on a text of at least this many different words (of two letters or more): numbers,
# amounts and names alone are no evidence of a language (20,000 amounts in "$1.2 million,
# €340, 12,500 yen, Rs 45 crore" looked like Volapük).
MIN_WORDS = 12
# Characters taken from each of the start, middle and end of a longer text.
SAMPLE_CHARS = 4000
PUNCTUATION = re.compile(r"^\W+|\W+$")
NON_ASCII = re.compile(r"[^\x00-\x7f]")
# The words the gate counts: runs of letters, with an apostrophe inside ("don't").
LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# The gate (plainly_english). The commonest English function words (some of them words of other
# languages too) ...
_COMMON_WORDS = """
    the and of to a in that is for it on was with as he by at said from his be an are has
    have but not this which who they will after or its were been their her she also would up
    more than about into over out could should there when what
"""
COMMON_WORDS = frozenset(_COMMON_WORDS.split())
# ... and those of them, with a few more, that are not a function word of another language
# (none is a stop word of any of spaCy's other languages).
_ENGLISH_ONLY_WORDS = """
    the that with which were been would from this their they said its not but who she his
    after more than about up out could should there when what them these those our you your
    while where because before between during since such only other
"""
ENGLISH_ONLY_WORDS = frozenset(_ENGLISH_ONLY_WORDS.split())
# A plainly English text: at most this share of its non-space characters are non-ASCII letters
# (an accented name or two pass; a paragraph of French, Polish or Vietnamese does not) ...
MAX_NON_ASCII_LETTERS = 0.01
# ... and at least these shares of its words are common / English-only function words (the
# median English news text has 0.36 / 0.16; a text of English and Dutch, Indonesian or Tagalog
# half and half has about 0.2 / 0.1).
MIN_COMMON_WORDS = 0.28
MIN_ENGLISH_ONLY_WORDS = 0.08
# ... and at most this share are frequent function words of another language written in the
# Latin alphabet ("der", "het", "dan", "och", "ang": models/function_words.json, made by
# artex.function_words). English news has 0.005 at the 95th percentile (names: "El Niño",
# "van Gogh"); a tenth of a Latin-script language's text already gives 0.02 or more.
MAX_FOREIGN_WORDS = 0.01


@cache
def identifier():
    from artex.compact_langid import CompactIdentifier

    return CompactIdentifier.load(norm_probs=True)


def sample(text: str) -> str:
    """The text itself, or its start, middle and end when it is longer than three samples."""
    if len(text) <= 3 * SAMPLE_CHARS:
        return text
    middle = (len(text) - SAMPLE_CHARS) // 2
    return "\n".join((text[:SAMPLE_CHARS], text[middle:middle + SAMPLE_CHARS],
                      text[-SAMPLE_CHARS:]))


def language_warning(text: str) -> str | None:
    """A warning when the text looks like a language other than English, else None."""
    text = sample(text)
    if plainly_english(text) or len(words(text)) < MIN_WORDS:
        return None
    code, confidence = identifier().classify(text)
    if code == ENGLISH or confidence < MIN_CONFIDENCE:
        return None
    return (f"the text looks like {language_name(code)} ({code}), not English: artex reads "
            "English, so its findings here may be missing or wrong")


def plainly_english(text: str) -> bool:
    """Whether the text is plainly English (see the module's note): almost no non-ASCII letter,
    and English function words as frequent as in English prose."""
    if not text.isascii():
        non_ascii = sum(1 for c in NON_ASCII.findall(text)
                        if c.isalpha() or unicodedata.category(c).startswith("M"))
        if non_ascii > MAX_NON_ASCII_LETTERS * (len(text) - sum(map(text.count, " \n\t"))):
            return False
    runs = LETTERS.findall(text.lower())
    if not runs:
        return False
    common = sum(map(COMMON_WORDS.__contains__, runs))
    english = sum(map(ENGLISH_ONLY_WORDS.__contains__, runs))
    foreign = sum(map(foreign_function_words().__contains__, runs))
    return (common >= MIN_COMMON_WORDS * len(runs) and english >= MIN_ENGLISH_ONLY_WORDS * len(runs)
            and foreign <= MAX_FOREIGN_WORDS * len(runs))


@cache
def foreign_function_words() -> frozenset[str]:
    from artex.function_words import FILE

    return frozenset(json.loads(FILE.read_text(encoding="utf-8"))["words"])


def words(text: str) -> set[str]:
    """The different words of a text: runs between spaces, punctuation trimmed, of two
    characters or more, with a letter and without a digit (marks of Bengali or Hindi kept)."""
    found = set()
    for run in text.split():
        word = PUNCTUATION.sub("", run).lower()
        if len(word) > 1 and any(c.isalpha() for c in word) and not any(
                c.isdigit() for c in word):
            found.add(word)
    return found


def language_name(code: str) -> str:
    found = pycountry.languages.get(alpha_2=code)
    return found.name if found is not None else code
