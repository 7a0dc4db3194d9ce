"""The language check: a text that does not look English is named in a warning."""

from __future__ import annotations

import pytest

from artex.language import SAMPLE_CHARS, language_warning, sample

ENGLISH = ("Acme Corp said on Tuesday it would invest $5 million in a new battery plant in Ohio, "
           "creating about 200 jobs over the next three years.")


@pytest.mark.parametrize(("text", "language"), [
    ("বাংলাদেশের অর্থনীতি গত বছর ছয় শতাংশ হারে বৃদ্ধি পেয়েছে। সরকার নতুন বাজেটে শিক্ষা ও "
     "স্বাস্থ্য খাতে বরাদ্দ বাড়িয়েছে।", "Bengali (bn)"),
    ("Die deutsche Wirtschaft ist im vergangenen Jahr um zwei Prozent gewachsen. Die "
     "Regierung hat mehr Geld für Bildung bereitgestellt.", "German (de)"),
    ("El gobierno de México anunció una inversión de 500 millones de dólares en la nueva "
     "planta de baterías del norte del país.", "Spanish (es)"),
])
def test_a_text_in_another_language_gets_a_warning_naming_it(text, language):
    warning = language_warning(text)
    assert warning is not None and warning.startswith(f"the text looks like {language}, not "
                                                      "English")


@pytest.mark.parametrize("text", [
    ENGLISH,
    "1,234, 56.7, 8901, 12, 77.25, 3,400,000",
    "$1.2 million, €340, 12,500 yen, £7bn.",
    ", ".join(["$12.5 million", "€340", "12,500 yen", "Rs 45 crore", "CHF 1,200",
               "840 billion euros", "US$77", "£3bn"] * 50),
    "Ltd. GmbH S.A.",
])
def test_english_and_texts_without_enough_words_get_no_warning(text):
    assert language_warning(text) is None


def test_a_long_text_is_judged_on_its_start_middle_and_end():
    text = "a" * SAMPLE_CHARS + "b" * 10 * SAMPLE_CHARS + "c" * SAMPLE_CHARS
    assert sample(text) == "\n".join(["a" * SAMPLE_CHARS, "b" * SAMPLE_CHARS, "c" * SAMPLE_CHARS])
    assert sample(ENGLISH) == ENGLISH
