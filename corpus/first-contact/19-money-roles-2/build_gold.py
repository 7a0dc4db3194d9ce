"""Writes the gold files of round 19-money-roles-2 from the hand-written annotations below.

Offsets come from a text search over each article (never from artex), with the span and entity
search of round 19-money-roles (`../19-money-roles/build_gold.py`): an entity's mentions are every
whole-word occurrence of its surface forms, minus those inside a longer mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). Run from this folder: python build_gold.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "round_19_money_roles", HERE.parent / "19-money-roles" / "build_gold.py")
_round = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round)
_round.HERE = HERE  # its gold() reads the articles of this folder
gold, year, day = _round.gold, _round.year, _round.day


NONE = (None, None)
MERIDIAN = "Meridian Pharmaceuticals Inc"
EDINBURGH = "University of Edinburgh"
GALWAY = "Galway City Council"
KESTREL = "Kestrel Dynamics"
MOD = "Ministry of Defence"

ARTICLES = {
    "harrowgate-athletic-transfer": {
        "reference_date": "2025-08-29",
        "not_mentions": [],
        "entities": [
            ("Harrowgate Athletic", "ORG", None, ["Harrowgate Athletic", "Harrowgate"]),
            ("Brazilian", "NORP", None, ["Brazilian"]),
            ("Caio Matos", "PERSON", None, ["Caio Matos", "Matos", "Caio"]),
            ("Owen Pritchard", "PERSON", None, ["Owen Pritchard"]),
            ("Portuguese", "NORP", None, ["Portuguese"]),
            ("Vila Serra", "ORG", None, ["Vila Serra"]),
            ("Champions League", "EVENT", None, ["Champions League"]),
            ("American", "NORP", None, ["American"]),
            ("Redwater Sports", "ORG", None, ["Redwater Sports"]),
            ("Citibank", "ORG", None, ["Citibank"]),
            ("Tomás Eriksen", "PERSON", None, ["Tomás Eriksen"]),
            ("Dean Holloway", "PERSON", None, ["Dean Holloway"]),
            ("Spanish", "NORP", None, ["Spanish"]),
            ("Real Betis", "ORG", None, ["Real Betis"]),
        ],
        "money": [
            # The headline names no seller: the signed player is what the fee is the price of.
            ("£48m", 0, 48e6, None, "GBP", "exact", None,
             {"payer": ["Harrowgate Athletic"], "holder": ["Caio Matos"]}),
            ("£48 million", 0, 48e6, None, "GBP", "exact", None,
             {"payer": ["Harrowgate Athletic"], "payee": ["Vila Serra"]}),
            ("£7 million", 0, 7e6, None, "GBP", "exact", None,
             {"payer": ["Harrowgate Athletic"], "payee": ["Vila Serra"]}),
            ("£150,000", 0, 150000.0, None, "GBP", "approximate", "week",
             {"payer": ["Harrowgate Athletic"], "payee": ["Caio Matos"],
              "source": ["Harrowgate Athletic"]}),
            ("£2 million", 0, 2e6, None, "GBP", "exact", None,
             {"payer": ["Vila Serra"], "holder": ["Caio Matos"]}),
            ("£300 million", 0, 300e6, None, "GBP", "more_than", None,
             {"payer": ["Redwater Sports"]}),
            ("£64 million", 0, 64e6, None, "GBP", "exact", None,
             {"holder": ["Harrowgate Athletic"], "source": ["Harrowgate Athletic"]}),
            ("£90 million", 0, 90e6, None, "GBP", "exact", None,
             {"payee": ["Harrowgate Athletic"], "payer": ["Citibank"]}),
            ("£18 million", 0, 18e6, None, "GBP", "exact", None,
             {"payee": ["Harrowgate Athletic"], "payer": ["Real Betis"]}),
        ],
        "quantities": [
            ("15%", 0, 15.0, None, "percent", "exact"),
            ("27 goals", 0, 27.0, None, "goals", "exact"),
        ],
        "dates": [
            ("a week", 0, "SET", "P1W", None, NONE),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("Friday", 0, "DATE", "2025-08-29", None, day("2025-08-29")),
            ("three years ago", 0, "DATE", "2022", None, year(2022)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("March", 0, "DATE", "2025-03", None, ("2025-03-01", "2025-03-31")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("Thursday", 0, "DATE", "2025-08-28", None, day("2025-08-28")),
        ],
    },
    "meridian-pharma-opioid-settlement": {
        "reference_date": "2025-05-13",
        "not_mentions": [],
        "entities": [
            (MERIDIAN, "ORG", None,
             ["Meridian Pharmaceuticals Inc", "Meridian Pharmaceuticals", "Meridian"]),
            ("Ohio", "GPE", None, ["Ohio"]),
            ("Columbus", "GPE", None, ["COLUMBUS"]),
            ("AP", "ORG", None, ["AP"]),
            ("Dolvexa", "PRODUCT", None, ["Dolvexa"]),
            ("Kathleen Brandt", "PERSON", None, ["Kathleen Brandt", "Brandt"]),
            ("Franklin County", "GPE", None, ["Franklin County"]),
            ("Cuyahoga County", "GPE", None, ["Cuyahoga County"]),
            ("New York", "GPE", None, ["New York"]),
            ("Associated Press", "ORG", None, ["Associated Press"]),
            ("Luis Ortega", "PERSON", None, ["Luis Ortega"]),
        ],
        "money": [
            ("$310 million", 0, 310e6, None, "USD", "exact", None,
             {"payer": [MERIDIAN], "payee": ["Ohio"]}),
            ("$310 million", 1, 310e6, None, "USD", "exact", None,
             {"payer": [MERIDIAN], "payee": ["Ohio"], "payee_text": "14 counties",
              "source": ["Kathleen Brandt"]}),
            ("$240 million", 0, 240e6, None, "USD", "exact", None,
             {"payer": [MERIDIAN], "payee_text": "the state"}),
            ("$70 million", 0, 70e6, None, "USD", "exact", None,
             {"payer": [MERIDIAN], "payee_text": "the counties"}),
            ("$4.6 billion", 0, 4.6e9, None, "USD", "exact", None,
             {"holder": [MERIDIAN]}),
            ("$400 million", 0, 400e6, None, "USD", "exact", None,
             {"payer": [MERIDIAN], "source": [MERIDIAN]}),
            ("$18 million", 0, 18e6, None, "USD", "approximate", None,
             {"payee": ["Cuyahoga County"], "source_text": "court documents"}),
            ("$9.5 million", 0, 9.5e6, None, "USD", "exact", None,
             {"payee_text": "Lawyers for the counties", "payer_text": "a separate fund"}),
            ("$900 million", 0, 900e6, None, "USD", "approximate", None,
             {"holder": [MERIDIAN]}),
        ],
        "quantities": [
            ("14 counties", 0, 14.0, None, "counties", "exact"),
            ("3%", 0, 3.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Tuesday", 0, "DATE", "2025-05-13", None, day("2025-05-13")),
            ("nine years", 0, "DURATION", "P9Y", None, NONE),
            ("six months", 0, "DURATION", "P6M", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("the first quarter", 0, "DATE", "2025-Q1", None, ("2025-01-01", "2025-03-31")),
        ],
    },
    "castlebrook-foundation-gift": {
        "reference_date": "2025-06-10",
        "not_mentions": [],
        "entities": [
            (EDINBURGH, "ORG", None, [EDINBURGH]),
            ("Castlebrook Foundation", "ORG", None, ["Castlebrook Foundation"]),
            ("Scottish", "NORP", None, ["Scottish"]),
            ("Fiona Castlebrook", "PERSON", None, ["Fiona Castlebrook", "Castlebrook"]),
            ("Scottish Government", "ORG", None, ["Scottish Government"]),
            ("King's Buildings", "FAC", None, ["King's Buildings"]),
            ("Alan Whitcombe", "PERSON", None, ["Alan Whitcombe"]),
            ("Castlebrook Line", "ORG", None, ["Castlebrook Line"]),
            ("Danish", "NORP", None, ["Danish"]),
            ("Maersk", "ORG", None, ["Maersk"]),
        ],
        "money": [
            ("£25m", 0, 25e6, None, "GBP", "exact", None, {"payee": [EDINBURGH]}),
            ("£25 million", 0, 25e6, None, "GBP", "exact", None,
             {"payee": [EDINBURGH], "payer": ["Castlebrook Foundation"]}),
            ("£5 million", 0, 5e6, None, "GBP", "exact", "year",
             {"payer": ["Castlebrook Foundation"]}),
            ("£8 million", 0, 8e6, None, "GBP", "exact", None,
             {"payer": ["Scottish Government"], "place": ["King's Buildings"]}),
            ("£1.4 billion", 0, 1.4e9, None, "GBP", "exact", None, {"holder": [EDINBURGH]}),
            ("£212 million", 0, 212e6, None, "GBP", "exact", None,
             {"payee": [EDINBURGH], "payer_text": "alumni and donors"}),
            ("£640 million", 0, 640e6, None, "GBP", "exact", None, {"holder": [EDINBURGH]}),
            # A seller is named: the seller is the payee, the sold company holds no role.
            ("£1.1 billion", 0, 1.1e9, None, "GBP", "exact", None,
             {"payee": ["Fiona Castlebrook"], "payer": ["Maersk"]}),
        ],
        "quantities": [
            ("40 researchers", 0, 40.0, None, "researchers", "exact"),
            ("60 scholarships", 0, 60.0, None, "scholarships", "exact"),
        ],
        "dates": [
            ("2009", 0, "DATE", "2009", None, year(2009)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("September", 0, "DATE", "2025-09", None, ("2025-09-01", "2025-09-30")),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("2018", 0, "DATE", "2018", None, year(2018)),
        ],
    },
    "galway-council-budget": {
        "reference_date": "2025-11-25",
        "not_mentions": [],
        "entities": [
            (GALWAY, "ORG", None, [GALWAY]),
            ("Department of Housing", "ORG", None, ["Department of Housing"]),
            ("Ballybrit", "GPE", None, ["Ballybrit"]),
            ("Brendan Kavanagh", "PERSON", None, ["Brendan Kavanagh"]),
            ("National Transport Authority", "ORG", None, ["National Transport Authority"]),
            ("Dublin Road", "FAC", None, ["Dublin Road"]),
            ("Aoife Byrne", "PERSON", None, ["Aoife Byrne"]),
            ("Fairgreen Road", "FAC", None, ["Fairgreen Road"]),
            ("Corrib Living", "ORG", None, ["Corrib Living"]),
        ],
        "money": [
            ("€196m", 0, 196e6, None, "EUR", "exact", None, {"holder_text": "Council"}),
            ("€196 million", 0, 196e6, None, "EUR", "exact", None, {"holder": [GALWAY]}),
            ("€31 million", 0, 31e6, None, "EUR", "exact", None, {}),
            ("€14 million", 0, 14e6, None, "EUR", "exact", None, {}),
            ("20 cent", 0, 0.2, None, "EUR", "exact", "hour", {}),
            ("€1.2 million", 0, 1.2e6, None, "EUR", "exact", "year",
             {"source_text": "officials"}),
            ("€22 million", 0, 22e6, None, "EUR", "exact", None,
             {"payer": ["Department of Housing"], "payee": [GALWAY], "place": ["Ballybrit"],
              "source": ["Brendan Kavanagh"]}),
            ("€9 million", 0, 9e6, None, "EUR", "exact", None,
             {"payer": ["National Transport Authority"], "payee": [GALWAY],
              "place": ["Dublin Road"]}),
            ("€48 million", 0, 48e6, None, "EUR", "exact", None,
             {"payer_text": "Local businesses"}),
            ("€46.5 million", 0, 46.5e6, None, "EUR", "exact", None,
             {"payer_text": "Local businesses"}),
            ("€75 million", 0, 75e6, None, "EUR", "exact", None,
             {"holder": [GALWAY], "source": ["Aoife Byrne"]}),
            ("€4.3 million", 0, 4.3e6, None, "EUR", "exact", None,
             {"payee": [GALWAY], "payer": ["Corrib Living"]}),
        ],
        "quantities": [],
        "dates": [
            ("next year", 0, "DATE", "2026", None, year(2026)),
            ("Monday", 0, "DATE", "2025-11-24", None, day("2025-11-24")),
            ("an hour", 0, "SET", "PT1H", None, NONE),
            ("January", 0, "DATE", "2026-01", None, ("2026-01-01", "2026-01-31")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("October", 0, "DATE", "2025-10", None, ("2025-10-01", "2025-10-31")),
        ],
    },
    "earnings-roundup": {
        "reference_date": "2025-10-30",
        "not_mentions": [],
        "entities": [
            ("Soltek", "ORG", None, ["SOLTEK", "Soltek"]),
            ("Taiwanese", "NORP", None, ["Taiwanese"]),
            ("Hsinchu", "GPE", None, ["Hsinchu"]),
            ("Grace Lin", "PERSON", None, ["Grace Lin"]),
            ("Haldane Homeware", "ORG", None, ["HALDANE HOMEWARE", "Haldane"]),
            ("British", "NORP", None, ["British"]),
            ("Lloyds Banking Group", "ORG", None, ["Lloyds Banking Group"]),
            ("HSBC", "ORG", None, ["HSBC"]),
            ("Northgate Energy", "ORG", None, ["NORTHGATE ENERGY", "Northgate"]),
            ("Calgary", "GPE", None, ["Calgary"]),
            ("Alberta", "GPE", None, ["Alberta"]),
            ("Velora Motors", "ORG", None, ["VELORA MOTORS", "Velora"]),
            ("SoftBank", "ORG", None, ["SoftBank"]),
        ],
        "money": [
            ("NT$92 billion", 0, 92e9, None, "TWD", "exact", None, {"holder": ["Soltek"]}),
            ("NT$85 billion", 0, 85e9, None, "TWD", "exact", None,
             {"holder": ["Soltek"], "source_text": "analysts"}),
            ("NT$21 billion", 0, 21e9, None, "TWD", "exact", None, {}),
            ("NT$6", 0, 6.0, None, "TWD", "exact", "share",
             {"payer": ["Soltek"], "source": ["Grace Lin"]}),
            ("US$2.5 billion", 0, 2.5e9, None, "USD", "exact", None,
             {"payer": ["Soltek"], "place": ["Hsinchu"], "source": ["Grace Lin"]}),
            ("£38 million", 0, 38e6, None, "GBP", "exact", None,
             {"holder": ["Haldane Homeware"]}),
            ("£12 million", 0, 12e6, None, "GBP", "exact", None,
             {"holder": ["Haldane Homeware"]}),
            ("£150 million", 0, 150e6, None, "GBP", "exact", None,
             {"payee": ["Haldane Homeware"], "payer": ["Lloyds Banking Group", "HSBC"],
              "source": ["Haldane Homeware"]}),
            ("C$640 million", 0, 640e6, None, "CAD", "exact", None,
             {"holder": ["Northgate Energy"], "source": ["Northgate Energy"]}),
            ("C$300 million", 0, 300e6, None, "CAD", "exact", None,
             {"payer": ["Northgate Energy"]}),
            ("C$3.2 billion", 0, 3.2e9, None, "CAD", "exact", None,
             {"holder": ["Northgate Energy"], "place": ["Alberta"]}),
            ("$88 million", 0, 88e6, None, "USD", "exact", None,
             {"holder": ["Velora Motors"]}),
            ("$131 million", 0, 131e6, None, "USD", "exact", None,
             {"holder": ["Velora Motors"]}),
            ("$45 million", 0, 45e6, None, "USD", "exact", None,
             {"payer": ["Velora Motors"]}),
            ("$100 million", 0, 100e6, None, "USD", "exact", None,
             {"payee": ["Velora Motors"], "payer": ["SoftBank"],
              "payer_text": "existing investors", "source": ["Velora Motors"]}),
        ],
        "quantities": [
            ("34%", 0, 34.0, None, "percent", "exact"),
            ("22 stores", 0, 22.0, None, "stores", "exact"),
        ],
        "dates": [
            ("the third quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("the quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
            ("2026", 0, "DATE", "2026", None, year(2026)),
        ],
    },
    "kestrel-defence-contract": {
        "reference_date": "2025-09-17",
        "not_mentions": [],
        "entities": [
            (MOD, "ORG", None, [MOD, "MoD"]),
            (KESTREL, "ORG", None, [KESTREL, "Kestrel"]),
            ("Defence Procurement Weekly", "ORG", None, ["Defence Procurement Weekly"]),
            ("British Army", "ORG", None, ["British Army"]),
            ("Harriet Quayle", "PERSON", None, ["Harriet Quayle"]),
            ("Bristol", "GPE", None, ["Bristol"]),
            ("Newport", "GPE", None, ["Newport"]),
            ("Wales", "GPE", None, ["Wales"]),
            ("Welsh Government", "ORG", None, ["Welsh Government"]),
            ("Hanover Capital", "ORG", None, ["Hanover Capital"]),
            ("Thales", "ORG", None, ["Thales"]),
            ("Defence and Security Accelerator", "ORG", None,
             ["Defence and Security Accelerator"]),
            ("Israeli", "NORP", None, ["Israeli"]),
            ("Elbit Systems", "ORG", None, ["Elbit Systems"]),
            ("National Audit Office", "ORG", None, ["National Audit Office"]),
            ("Marcus Hale", "PERSON", None, ["Marcus Hale"]),
        ],
        "money": [
            ("£1.3bn", 0, 1.3e9, None, "GBP", "exact", None,
             {"payer": [MOD], "payee": [KESTREL]}),
            ("£1.3 billion", 0, 1.3e9, None, "GBP", "exact", None,
             {"payer": [MOD], "payee": [KESTREL], "source": ["Harriet Quayle"]}),
            ("£60 million", 0, 60e6, None, "GBP", "exact", None,
             {"payer": [KESTREL], "place": ["Newport", "Wales"]}),
            ("£12 million", 0, 12e6, None, "GBP", "exact", None,
             {"payer": ["Welsh Government"]}),
            ("£800 million", 0, 800e6, None, "GBP", "exact", None, {"holder": [KESTREL]}),
            ("£75 million", 0, 75e6, None, "GBP", "exact", None,
             {"payee": [KESTREL], "payer": ["Defence and Security Accelerator"]}),
            ("£210 million", 0, 210e6, None, "GBP", "exact", None,
             {"payer": [MOD], "payee": ["Elbit Systems"], "source": ["National Audit Office"]}),
            ("£400 million", 0, 400e6, None, "GBP", "exact", None,
             {"holder": [KESTREL], "source": ["Marcus Hale"]}),
        ],
        "quantities": [
            ("400 jobs", 0, 400.0, None, "jobs", "exact"),
            ("30%", 0, 30.0, None, "percent", "exact"),
        ],
        "dates": [
            ("ten years", 0, "DURATION", "P10Y", None, NONE),
            ("Wednesday", 0, "DATE", "2025-09-17", None, day("2025-09-17")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("2028", 0, "DATE", "2028", "ON_OR_BEFORE", year(2028)),
        ],
    },
}


if __name__ == "__main__":
    for article, annotations in ARTICLES.items():
        path = HERE / f"{article}.gold.json"
        data = gold(article, annotations)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(path.name, len(data["entities"]), "entities", len(data["money"]), "money")
