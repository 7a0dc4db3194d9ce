"""The golden case: corpus/japan-us-tech-investments.txt, reference date 2024-04-12.

The whole output is compared field by field with the hand-checked gold file; the requirements
of the golden case are also asserted one by one, so a failure says what broke.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from artex import api

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTICLE = CORPUS / "japan-us-tech-investments.txt"
GOLD = CORPUS / "japan-us-tech-investments.gold.json"
REFERENCE = date(2024, 4, 12)


@pytest.fixture(scope="module")
def golden(nlp, settings):
    """The output as `artex extract corpus/… --reference-date 2024-04-12` gives it from the
    repository root (the source path is part of the output)."""
    settings = replace(settings, reference_date=REFERENCE)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(CORPUS.parent)
        article = api.extract_article(str(ARTICLE.relative_to(CORPUS.parent)), settings, nlp=nlp)
    return json.loads(article.model_dump_json())


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


FIELDS = ["schema_version", "id", "source", "title", "published", "reference_date", "text",
          "stats", "sections", "entities", "money", "quantities", "dates", "lists", "quotes",
          "claims", "warnings"]


@pytest.mark.parametrize("field", FIELDS)
def test_output_equals_the_gold_file_field_by_field(golden, gold, field):
    assert golden[field] == gold[field]


def test_gold_file_has_no_field_the_output_lacks(golden, gold):
    assert set(gold) == set(golden) == set(FIELDS)


def test_title_is_the_headline(golden):
    assert golden["title"] == "Japan and U.S. Forge Stronger Bonds through Tech Investments"


def test_footer_is_boilerplate_and_links_are_references(golden):
    text = golden["text"]
    boilerplate = [text[s["start"]:s["end"]].strip() for s in golden["sections"]
                   if s["kind"] == "boilerplate"]
    assert "\n".join(boilerplate) == "Privacy policy\nContact"
    references = [text[s["start"]:s["end"]] for s in golden["sections"]
                  if s["kind"] == "references"]
    assert references == ["Ministry of Justice of Japan\nU.S. Department of State\n"
                          "International Monetary Fund"]


def test_exactly_three_money_items(golden):
    got = [(m["text"], m["amount"], m["currency"], m["qualifier"]) for m in golden["money"]]
    assert got == [
        ("$750 billion", 750e9, "USD", "more_than"),
        ("$2.9 billion", 2.9e9, "USD", "exact"),
        ("$3.9 billion", 3.9e9, "USD", "approximate"),
    ]


def test_quantities_are_the_jobs_and_the_chip_size(golden):
    got = [(q["value"], q["unit"], q["qualifier"]) for q in golden["quantities"]]
    assert got == [(1e6, "jobs", "more_than"), (2.0, "nanometre", "exact")]


def test_dates_resolve_against_the_reference_date(golden):
    got = {d["text"]: (d["type"], d["value"], d["modifier"], d["relative"])
           for d in golden["dates"]}
    assert got["Last year"] == ("DATE", "2023", None, True)
    assert got["early April"][:3] == ("DATE", "2024-04", "START")
    assert got["April 2025"][:2] == ("DATE", "2025-04")
    assert got["2027"][:2] == ("DATE", "2027")
    assert got["17 years"][:2] == ("DURATION", "P17Y")
    assert got["2024"][:3] == ("DATE", "2024", "ON_OR_BEFORE")
    assert got["recently"][:2] == ("DATE", "PAST_REF")
    assert len(golden["dates"]) == 7
    early_april = next(d for d in golden["dates"] if d["text"] == "early April")
    assert (early_april["start_date"], early_april["end_date"]) == ("2024-04-01", "2024-04-10")


def test_lists_are_typed_and_split_into_titled_items(golden):
    got = [(lst["heading"], lst["polarity"], [i["title"] for i in lst["items"]])
           for lst in golden["lists"]]
    assert got == [
        ("Advantages of Tech Investments Between Japan and the U.S.", "pro",
         ["Strengthening of Bilateral Relations", "Economic Growth", "Innovation Enhancement",
          "Supply Chain Security"]),
        ("Key Challenges and Controversies", "con",
         ["Geopolitical Tensions", "Intellectual Property", "Potential Dependency",
          "Economic and Policy Balancing"]),
        ("Disadvantages of Tech Investments", "con",
         ["Market Distortion", "Privacy and Security", "Economic Vulnerability"]),
    ]
    first = golden["lists"][0]["items"][0]
    assert first["text"].startswith("The investments in technology serve to deepen")
    assert golden["text"][first["start"]:first["end"]] == first["text"]


def test_entities_are_merged_and_coded(golden):
    by_name = {e["name"]: e for e in golden["entities"]}
    kishida = by_name["Fumio Kishida"]
    assert (kishida["label"], kishida["count"]) == ("PERSON", 3)
    assert "Kishida" in kishida["aliases"]
    assert (by_name["Japan"]["label"], by_name["Japan"]["country_code"]) == ("GPE", "JP")
    united_states = by_name["United States"]
    assert (united_states["label"], united_states["country_code"]) == ("GPE", "US")
    assert "U.S." in united_states["aliases"]
    assert by_name["China"]["country_code"] == "CN"
    assert by_name["Rapidus"]["count"] == 3
    for name in ["Microsoft", "Microsoft Research Asia", "Rapidus", "IBM",
                 "International Monetary Fund", "U.S. Department of State",
                 "Ministry of Justice of Japan"]:
        assert by_name[name]["label"] == "ORG", name
    for name in ["Tokyo", "Washington", "Beijing", "China", "Hokkaido", "Asia"]:
        assert by_name[name]["label"] in {"GPE", "LOC"}, name
    for name in ["Japanese", "American"]:
        assert by_name[name]["label"] == "NORP", name
    surface_forms = {m["text"] for e in golden["entities"] for m in e["mentions"]}
    for not_an_entity in ["AI", "FDI", "Tech Investments", "Supply Chain Security",
                          "Economic Growth", "Privacy policy"]:
        assert not_an_entity not in surface_forms
    assert all("\n" not in m["text"] for e in golden["entities"] for m in e["mentions"])


def test_every_span_matches_the_text(golden):
    text = golden["text"]
    spans = golden["money"] + golden["quantities"] + golden["dates"]
    spans += [m for e in golden["entities"] for m in e["mentions"]]
    spans += [i for lst in golden["lists"] for i in lst["items"]]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_two_runs_give_byte_identical_json(nlp, settings):
    settings = replace(settings, reference_date=REFERENCE)
    runs = [api.extract_article(str(ARTICLE), settings, nlp=nlp).model_dump_json()
            for _ in range(2)]
    assert runs[0] == runs[1]


def test_without_a_reference_date_relative_dates_stay_unresolved(nlp, settings):
    article = api.extract_article(str(ARTICLE), settings, nlp=nlp)
    values = {d.text: d.value for d in article.dates}
    assert values["early April"] == "XXXX-04"
    assert values["Last year"] is None or "X" in values["Last year"]
    assert values["April 2025"] == "2025-04"
    assert article.reference_date is None
    assert article.warnings
