"""The first-name lexicon (models/first_names.json) is what the pinned Faker gives."""

from __future__ import annotations

import json

import pytest

from artex import first_names


def test_the_shipped_lexicon_is_what_the_pinned_faker_gives():
    shipped = json.loads(first_names.FILE.read_text(encoding="utf-8"))
    assert shipped == first_names.document()


@pytest.mark.parametrize("name, listed", [
    ("Marcus", True), ("Isabel", True), ("Kwame", True), ("Andrés", True), ("Georgia", True),
    # Only Faker's generic English list has these: no given names in news text.
    ("China", False), ("General", False), ("Royal", False),
    # English stop words.
    ("May", False), ("Will", False),
])
def test_the_lexicon_holds_given_names_of_many_locales_and_no_common_words(name, listed):
    names = set(json.loads(first_names.FILE.read_text(encoding="utf-8"))["names"])
    assert (name in names) == listed


@pytest.mark.parametrize("name, latin", [("Zoë", True), ("O'Neil", False), ("Anna-Lena", False),
                                         ("李", False), ("ANNA", False), ("A", False)])
def test_only_one_word_title_case_latin_names_are_taken(name, latin):
    assert first_names.is_latin_name(name) == latin
