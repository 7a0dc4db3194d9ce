"""The language check: a text that does not look English is named in a warning."""

from __future__ import annotations

import json

import pytest

from artex import function_words, language
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


ENGLISH_REPORT = (
    "The city council said on Monday that it would spend $12 million on new buses, and that the "
    "first of them could be on the road before the end of the year. Residents who spoke at the "
    "meeting said they had waited for this since the old fleet was taken out of service. The "
    "mayor, who was not at the meeting, said in a statement that the money came from a state "
    "grant and that fares would not rise. Officials said the buses were built in Ohio by a "
    "company that has supplied other cities in the region.")


def test_plainly_english_text_never_loads_the_identifier(monkeypatch):
    def fail():
        raise AssertionError("the identifier was loaded")

    monkeypatch.setattr(language, "identifier", fail)
    assert language.plainly_english(ENGLISH_REPORT)
    assert language_warning(ENGLISH_REPORT) is None
    assert language_warning(ENGLISH_REPORT.replace("Ohio", "Malmö by Åsa Lindqvist")) is None


@pytest.mark.parametrize("text", [
    # English with a paragraph of Dutch: the Dutch function words
    ENGLISH_REPORT + " De gemeente heeft het geld van de provincie gekregen en de bussen "
                     "worden in het voorjaar van het volgende jaar geleverd.",
    # English words in a Tagalog sentence frame
    "Sinabi ng mayor na ang bagong bus ay dadating sa susunod na buwan, and the council said "
    "na ang pera ay galing sa grant ng estado para sa mga residente ng lungsod.",
    # Vietnamese: its letters are not ASCII
    "Chính phủ cho biết sẽ chi 12 triệu đô la cho xe buýt mới trong năm nay, theo thông báo "
    "của hội đồng thành phố vào thứ Hai.",
    # a list of names and amounts has too few English function words to judge
    "Acme Corp $12 million\nBeta Holdings $4 million\nGamma Partners $2.5 million",
])
def test_a_text_not_plainly_english_goes_to_the_identifier(text):
    assert not language.plainly_english(text)


def test_the_shipped_foreign_function_words_are_what_the_pinned_package_gives():
    assert json.loads(function_words.FILE.read_text(encoding="utf-8")) == function_words.document()


def test_foreign_function_words_are_frequent_words_of_other_languages_and_not_english():
    found = set(function_words.build())
    assert {"het", "und", "los", "och", "yang"} <= found
    assert not found & {"the", "and", "of", "in", "de", "a"}


@pytest.fixture(scope="module")
def both_identifiers():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from artex.compact_langid import CompactIdentifier

    return [(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=norm),
             CompactIdentifier.load(norm_probs=norm)) for norm in (True, False)]


@pytest.mark.parametrize("text", [
    ENGLISH,
    "Le conseil municipal a voté hier soir un budget de 40 millions d'euros pour les écoles.",
    "Het bedrijf opende vorige week een nieuwe fabriek in de haven van Rotterdam.",
    "Pemerintah daerah akan membangun jembatan baru di atas sungai tahun depan.",
    "Правительство объявило о новых мерах поддержки малого бизнеса в регионах.",
    "新しい工場は来年の春に稼働を始め、約三百人を雇用する予定だ。",
    "الشركة أعلنت عن أرباح قياسية في الربع الثالث من العام الجاري.",
    "Acme SA a annoncé mardi un investissement de 5 millions de dollars à Montréal.",
    "1,250 — 3.4% | 17/08 → ∞ ☃ \x00\x7f",
    "",
    "Ж" * 3 * SAMPLE_CHARS,
])
def test_the_compact_identifier_scores_every_text_as_py3langid_does(both_identifiers, text):
    import numpy as np

    for original, compact in both_identifiers:
        expected, got = original._decide(text), compact._decide(text)
        assert got.dtype == expected.dtype and np.array_equal(got, expected)
        assert compact.classify(text) == original.classify(text)

