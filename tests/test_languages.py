"""The language names (models/languages.json) are what the pinned pycountry gives."""

from __future__ import annotations

import json

from artex import languages


def test_the_shipped_language_names_are_what_the_pinned_package_gives():
    assert json.loads(languages.FILE.read_text(encoding="utf-8")) == languages.document()


def test_language_names_lose_pycountrys_qualifier():
    names = languages.build()
    assert {"Swahili", "Kinyarwanda", "Arabic", "Malay"} <= set(names)
    assert not any("(" in name for name in names)


def test_language_names_include_the_head_of_an_inverted_name():
    names = set(languages.build())
    assert {"Gaelic", "Greek", "Scottish Gaelic", "Modern Greek"} <= names


def test_living_language_names_add_creoles_and_small_languages_iso_639_1_lacks():
    living = set(languages.build_living())
    assert {"Sranan Tongo", "Kriol", "Garifuna", "Tok Pisin"} <= living
    assert not living & set(languages.build())
    assert not any("(" in name for name in living)
