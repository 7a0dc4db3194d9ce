"""The language check: a text that does not look English gets a warning naming the language it
looks like (artex's model and rules are for English; the text is still processed).

The identifier is py3langid (a maintained fork of langid.py: 97 languages, a naive Bayes model
over byte n-grams, shipped inside the package), loaded once per process on first use (about
2 s). A long text is judged on a sample (its start, middle and end), so that the check costs
the same for any length.
"""

from __future__ import annotations

import re
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


@cache
def identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
    if len(words(text)) < MIN_WORDS:
        return None
    code, confidence = identifier().classify(text)
    if code == ENGLISH or confidence < MIN_CONFIDENCE:
        return None
    return (f"the text looks like {language_name(code)} ({code}), not English: artex reads "
            "English, so its findings here may be missing or wrong")


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
