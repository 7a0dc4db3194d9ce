"""Round 19-money-roles-5: the annotations, by hand. Offsets come from the text search of round
19-money-roles (never artex); run python build_gold.py in this folder.

The round has .txt, .json (record with "text"), .md and .html articles. The text of a .md or
.html article is the reader's view that corpus/README.md describes ("Gold format 1.0", `text`),
made here by the small converters below for the markup these files use, and checked by eye.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "round_19_money_roles", HERE.parent / "19-money-roles" / "build_gold.py")
_round = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round)
year, day, span, entities, roles = _round.year, _round.day, _round.span, _round.entities, \
    _round.roles

NONE = (None, None)
BRENNER = "Brenner Logistik AG"
HV = "Hollister & Vane"
OSTARA = "Ostara Foods"
LARCHMONT = "Larchmont Capital"
KIRISHIMA = "Kirishima Holdings"
ISARWERK = "Isarwerk Capital"
HOPFENHAUS = "Hopfenhaus Brauerei"
FENWICK = "Fenwick Interiors"
EBRD = "European Bank for Reconstruction and Development"
NCA = "Norwegian Competition Authority"
HIDAYAT = "Rahmat Hidayat"
STORM = "Seattle Stormriders"
DORSEY = "Malik Dorsey"
PRIYA = "Priya Shah"
ACHEBE = "Tom Achebe"
HMRC = "HM Revenue & Customs"
IFC = "International Finance Corporation"
SKYVISTA = "Skyvista Airlines"
ORCHID = "Orchid Aviation Holdings"
DGCA = "Directorate General of Civil Aviation"


def month(m: str, first: str, last: str) -> tuple[str, str]:
    return f"{m}-{first}", f"{m}-{last}"


ARTICLES = {
    "brenner-logistik-results.json": {
        "reference_date": "2025-11-06",
        "not_mentions": [],
        "entities": [
            ("Frankfurt", "GPE", None, ["FRANKFURT", "Frankfurt"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            (BRENNER, "ORG", None, [BRENNER, "Brenner"]),
            ("United States", "GPE", "US", ["United States"]),
            ("German", "NORP", None, ["German"]),
            ("LSEG", "ORG", None, ["LSEG"]),
            ("Annika Weiss", "PERSON", None, ["Annika Weiss"]),
            ("Greenville", "GPE", None, ["Greenville"]),
            ("South Carolina", "GPE", None, ["South Carolina"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Austrian", "NORP", None, ["Austrian"]),
            ("Swiss", "NORP", None, ["Swiss"]),
            ("Transalpina", "ORG", None, ["Transalpina"]),
            ("Geneva", "GPE", None, ["Geneva"]),
            ("Corvatsch Partners", "ORG", None, ["Corvatsch Partners"]),
            ("UBS", "ORG", None, ["UBS"]),
            ("Kinetra", "ORG", None, ["Kinetra"]),
            (HV, "ORG", None, [HV]),
            ("Texas", "GPE", None, ["Texas"]),
            ("Ohio", "GPE", None, ["Ohio"]),
            ("Commerzbank", "ORG", None, ["Commerzbank"]),
            ("British", "NORP", None, ["British"]),
            ("IG Metall", "ORG", None, ["IG Metall"]),
            ("Jana Albrecht", "PERSON", None, ["Jana Albrecht"]),
            ("Miriam Cole", "PERSON", None, ["Miriam Cole"]),
        ],
        "money": [
            ("€212 million", 0, 212e6, None, "EUR", "exact", None,
             {"holder": [BRENNER], "source": [BRENNER]}),
            ("€2.41 billion", 0, 2.41e9, None, "EUR", "exact", None, {"holder": [BRENNER]}),
            ("€2.35 billion", 0, 2.35e9, None, "EUR", "exact", None,
             {"holder": [BRENNER], "source": ["LSEG"], "source_text": "analysts"}),
            ("€780 million and €820 million", 0, 780e6, 820e6, "EUR", "range", None,
             {"holder": [BRENNER]}),
            ("€750 million", 0, 750e6, None, "EUR", "exact", None, {"holder": [BRENNER]}),
            ("€48.20", 0, 48.2, None, "EUR", "exact", None, {"holder": [BRENNER]}),
            ("€9.6 billion", 0, 9.6e9, None, "EUR", "approximate", None, {"holder": [BRENNER]}),
            ("€1.10", 0, 1.1, None, "EUR", "exact", "share",
             {"payer": [BRENNER], "source": ["Annika Weiss"]}),
            ("€300 million", 0, 300e6, None, "EUR", "exact", None,
             {"payer": [BRENNER], "place": ["Greenville", "South Carolina"],
              "source": ["Annika Weiss"]}),
            ("€1.6 billion", 0, 1.6e9, None, "EUR", "exact", None, {"holder": [BRENNER]}),
            ("€1.9 billion", 0, 1.9e9, None, "EUR", "exact", None, {"holder": [BRENNER]}),
            ("€410 million", 0, 410e6, None, "EUR", "exact", None,
             {"payer": ["Transalpina"], "payee": [BRENNER]}),
            ("€250 million", 0, 250e6, None, "EUR", "exact", None,
             {"payer": ["UBS"], "payee": ["Transalpina"]}),
            ("$690 million", 0, 690e6, None, "USD", "exact", None, {"holder": ["Kinetra"]}),
            ("$120 million", 0, 120e6, None, "USD", "exact", None,
             {"payer": [HV], "payee": ["Kinetra"], "place": ["Texas", "Ohio"]}),
            ("€4 billion", 0, 4e9, None, "EUR", "exact", None,
             {"holder": ["Kinetra"], "source": ["Commerzbank"]}),
            ("€95 million", 0, 95e6, None, "EUR", "exact", None,
             {"holder": [BRENNER], "source": [BRENNER]}),
            ("€140 million", 0, 140e6, None, "EUR", "approximate", "year",
             {"holder": [BRENNER], "source": ["IG Metall"]}),
        ],
        "quantities": [
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("9%", 0, 9.0, None, "percent", "exact"),
            ("6.5%", 0, 6.5, None, "percent", "exact"),
            ("41%", 0, 41.0, None, "percent", "exact"),
            ("14 distribution centres", 0, 14.0, None, "distribution centres", "exact"),
            ("1,200 jobs", 0, 1200.0, None, "jobs", "exact"),
        ],
        "dates": [
            ("Nov 6", 0, "DATE", "2025-11-06", None, day("2025-11-06")),
            ("the third quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
            ("Thursday", 0, "DATE", "2025-11-06", None, day("2025-11-06")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("the end of September", 0, "DATE", "2025-09", "END",
             month("2025-09", "21", "30")),
            ("the end of June", 0, "DATE", "2025-06", "END", month("2025-06", "21", "30")),
            ("August", 0, "DATE", "2025-08", None, month("2025-08", "01", "31")),
            ("the third quarter of 2023", 0, "DATE", "2023-Q3", None,
             ("2023-07-01", "2023-09-30")),
            ("a year", 0, "SET", "P1Y", None, NONE),
        ],
        "lists": [],
    },
    "deals-week-ostara.md": {
        "reference_date": "2025-10-02",
        "not_mentions": [],
        "entities": [
            (OSTARA, "ORG", None, [OSTARA, "Ostara"]),
            (LARCHMONT, "ORG", None, [LARCHMONT, "Larchmont"]),
            (KIRISHIMA, "ORG", None, [KIRISHIMA, "Kirishima"]),
            ("Bavarian", "NORP", None, ["Bavarian"]),
            ("Marta Quinn", "PERSON", None, ["Marta Quinn"]),
            ("Dutch", "NORP", None, ["Dutch"]),
            ("Canadian", "NORP", None, ["Canadian"]),
            ("Nordmælk", "ORG", None, ["Nordmælk"]),
            ("Danish", "NORP", None, ["Danish"]),
            ("ING", "ORG", None, ["ING"]),
            ("Rabobank", "ORG", None, ["Rabobank"]),
            (HOPFENHAUS, "ORG", None, [HOPFENHAUS, "Hopfenhaus"]),
            ("Munich", "GPE", None, ["Munich"]),
            (ISARWERK, "ORG", None, [ISARWERK, "Isarwerk"]),
            ("Japanese", "NORP", None, ["Japanese"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Corrado Aerospace", "ORG", None, ["Corrado Aerospace"]),
            ("Turin", "GPE", None, ["Turin"]),
            ("British", "NORP", None, ["British"]),
            (FENWICK, "ORG", None, [FENWICK, "Fenwick"]),
            ("Lisbon", "GPE", None, ["Lisbon"]),
            ("Quadrante", "ORG", None, ["Quadrante"]),
            ("United States", "GPE", "US", ["U.S."]),
            ("Paylynx", "ORG", None, ["Paylynx"]),
            ("Athens", "GPE", None, ["Athens"]),
            ("Skiron Energy", "ORG", None, ["Skiron Energy"]),
            (EBRD, "ORG", None, [EBRD]),
            ("Thessaloniki", "GPE", None, ["Thessaloniki"]),
            (NCA, "ORG", None, [NCA]),
            ("Havbris", "ORG", None, ["Havbris"]),
        ],
        "money": [
            ("€1.2 billion", 0, 1.2e9, None, "EUR", "exact", None,
             {"payer": [LARCHMONT], "holder": [OSTARA]}),
            ("€1.2 billion", 1, 1.2e9, None, "EUR", "exact", None,
             {"payer": [LARCHMONT], "holder": [OSTARA]}),
            ("€31", 0, 31.0, None, "EUR", "exact", "share", {"payer": [LARCHMONT]}),
            ("€28", 0, 28.0, None, "EUR", "exact", "share", {}),
            ("€15 million", 0, 15e6, None, "EUR", "exact", None,
             {"payee": ["Nordmælk"], "payer": [OSTARA]}),
            ("€700 million", 0, 700e6, None, "EUR", "exact", None, {"payer": [LARCHMONT]}),
            ("€500 million", 0, 500e6, None, "EUR", "exact", None,
             {"payee": [LARCHMONT], "payer": ["ING", "Rabobank"]}),
            ("€340 million", 0, 340e6, None, "EUR", "approximate", None,
             {"payee": [ISARWERK], "payer": [KIRISHIMA],
              "source_text": "two people familiar with the talks"}),
            ("¥1.1 trillion", 0, 1.1e12, None, "JPY", "exact", None, {"holder": [KIRISHIMA]}),
            ("¥400 billion", 0, 400e9, None, "JPY", "more_than", None,
             {"payer": [KIRISHIMA], "place": ["Europe"]}),
            ("€95 million", 0, 95e6, None, "EUR", "exact", None,
             {"payer": [ISARWERK], "payee_text": "the family that founded it"}),
            ("£260 million", 0, 260e6, None, "GBP", "exact", None,
             {"payer": ["Corrado Aerospace"], "holder": [FENWICK]}),
            ("410 pence", 0, 4.1, None, "GBP", "exact", "share", {"holder": [FENWICK]}),
            ("£85 million", 0, 85e6, None, "GBP", "exact", None, {"holder": [FENWICK]}),
            ("£19 million", 0, 19e6, None, "GBP", "exact", None, {"holder": [FENWICK]}),
            ("$75 million", 0, 75e6, None, "USD", "exact", None,
             {"payer": ["Paylynx"], "holder": ["Quadrante"]}),
            ("€48 million", 0, 48e6, None, "EUR", "exact", None,
             {"payee": ["Skiron Energy"], "payer": [EBRD], "place": ["Thessaloniki"]}),
            ("NOK 90 million", 0, 90e6, None, "NOK", "exact", None,
             {"payer": ["Havbris"], "payee": [NCA]}),
        ],
        "quantities": [
            ("24%", 0, 24.0, None, "percent", "exact"),
            ("37%", 0, 37.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Monday", 0, "DATE", "2025-09-29", None, day("2025-09-29")),
            ("August", 0, "DATE", "2025-08", None, month("2025-08", "01", "31")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2020", 0, "DATE", "2020", "ON_OR_AFTER", year(2020)),
            ("2016", 0, "DATE", "2016", None, year(2016)),
            ("Wednesday", 0, "DATE", "2025-10-01", None, day("2025-10-01")),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("this week", 0, "DATE", "2025-W40", None, ("2025-09-29", "2025-10-05")),
        ],
        "lists": [
            ("Also this week", "other", "neutral", [
                ("Bought", "Lisbon software firm Quadrante was bought by U.S. payroll "
                           "company Paylynx for $75 million."),
                ("Raised", "Athens-based Skiron Energy raised €48 million from the European "
                           "Bank for Reconstruction and Development to build wind farms near "
                           "Thessaloniki."),
                ("Fined", "The Norwegian Competition Authority fined fish farmer Havbris NOK "
                          "90 million for sharing price information with rivals."),
            ]),
        ],
    },
    "indonesia-budget-2026.txt": {
        "reference_date": "2025-08-15",
        "not_mentions": [],
        "entities": [
            ("Indonesia", "GPE", "ID", ["Indonesia"]),
            ("Jakarta", "GPE", None, ["Jakarta", "JAKARTA"]),
            ("Antara", "ORG", None, ["ANTARA", "Antara"]),
            ("Dewi Lestari", "PERSON", None, ["Dewi Lestari"]),
            (HIDAYAT, "PERSON", None, [HIDAYAT, "Hidayat"]),
            ("House of Representatives", "ORG", None, ["House of Representatives"]),
            ("PLN", "ORG", None, ["PLN"]),
            ("Garuda Investa", "ORG", None, ["Garuda Investa"]),
            ("Sulawesi", "LOC", None, ["Sulawesi"]),
            ("Nusantara", "GPE", None, ["Nusantara"]),
            ("East Kalimantan", "GPE", None, ["East Kalimantan"]),
            ("Public Works Ministry", "ORG", None, ["Public Works Ministry"]),
            ("Finance Ministry", "ORG", None, ["Finance Ministry"]),
            ("World Bank", "ORG", None, ["World Bank"]),
        ],
        "money": [
            ("Rp 3,786 trillion", 0, 3.786e15, None, "IDR", "exact", None,
             {"holder": ["Indonesia"]}),
            ("Rp 3,786 trillion", 1, 3.786e15, None, "IDR", "exact", None,
             {"holder_text": "The government", "source": [HIDAYAT]}),
            ("$229 billion", 0, 229e9, None, "USD", "exact", None,
             {"holder_text": "The government", "source": [HIDAYAT]}),
            ("Rp 3,527 trillion", 0, 3.527e15, None, "IDR", "exact", None, {}),
            ("Rp 3,148 trillion", 0, 3.148e15, None, "IDR", "exact", None, {}),
            ("Rp 638 trillion", 0, 638e12, None, "IDR", "exact", None, {}),
            ("Rp 335 trillion", 0, 335e12, None, "IDR", "exact", None,
             {"payee_text": "The free meals programme", "source": [HIDAYAT]}),
            ("Rp 171 trillion", 0, 171e12, None, "IDR", "exact", None,
             {"payee_text": "The free meals programme", "source": [HIDAYAT]}),
            ("Rp 650 trillion", 0, 650e12, None, "IDR", "exact", None,
             {"payer_text": "The central government", "payee_text": "provinces and districts"}),
            ("Rp 94 trillion", 0, 94e12, None, "IDR", "exact", None, {"payee": ["PLN"]}),
            ("Rp 150 trillion", 0, 150e12, None, "IDR", "exact", None,
             {"payer": ["Garuda Investa"], "place": ["Sulawesi"], "source": [HIDAYAT]}),
            ("Rp 48 trillion", 0, 48e12, None, "IDR", "exact", None,
             {"payer_text": "The government", "place": ["Nusantara", "East Kalimantan"]}),
            ("Rp 642 trillion", 0, 642e12, None, "IDR", "exact", None,
             {"payee_text": "the government", "source": ["Finance Ministry"]}),
            ("Rp 50 trillion", 0, 50e12, None, "IDR", "exact", None,
             {"payee_text": "the government", "payer_text": "retail investors",
              "source": ["Finance Ministry"]}),
            ("Rp 16,500", 0, 16500.0, None, "IDR", "exact", "dollar", {}),
            ("$40 billion", 0, 40e9, None, "USD", "approximate", "year",
             {"payer": ["Indonesia"], "source": ["World Bank"]}),
        ],
        "quantities": [
            ("7%", 0, 7.0, None, "percent", "exact"),
            ("2.48%", 0, 2.48, None, "percent", "exact"),
            ("82 million people", 0, 82e6, None, "people", "approximate"),
            ("5.4%", 0, 5.4, None, "percent", "exact"),
        ],
        "dates": [
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("2026", 1, "DATE", "2026", None, year(2026)),
            ("Friday", 0, "DATE", "2025-08-15", None, day("2025-08-15")),
            ("Friday", 1, "DATE", "2025-08-15", None, day("2025-08-15")),
            ("2026", 2, "DATE", "2026", None, year(2026)),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("this year", 1, "DATE", "2025", None, year(2025)),
            ("February", 0, "DATE", "2025-02", None, month("2025-02", "01", "28")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("October 31", 0, "DATE", "2025-10-31", "ON_OR_BEFORE", day("2025-10-31")),
        ],
        "lists": [],
    },
    "africa-funding-digest.html": {
        "reference_date": "2025-07-09",
        "not_mentions": [],
        "entities": [
            ("Brightpath", "ORG", None, ["Brightpath"]),
            ("African", "NORP", None, ["African"]),
            ("Kemi Adebayo", "PERSON", None, ["Kemi Adebayo"]),
            ("Savanna Data", "ORG", None, ["Savanna Data"]),
            ("Lagos", "GPE", None, ["Lagos"]),
            ("Kora Ventures", "ORG", None, ["Kora Ventures"]),
            (IFC, "ORG", None, [IFC]),
            ("Nairobi", "GPE", None, ["Nairobi"]),
            ("Mizigo", "ORG", None, ["Mizigo"]),
            ("Standard Chartered", "ORG", None, ["Standard Chartered"]),
            ("Cairo", "GPE", None, ["Cairo"]),
            ("Darsi", "ORG", None, ["Darsi"]),
            ("Emirati", "NORP", None, ["Emirati"]),
            ("Maktaba Holdings", "ORG", None, ["Maktaba Holdings"]),
            ("Afya Wings", "ORG", None, ["Afya Wings"]),
            ("Gates Foundation", "ORG", None, ["Gates Foundation"]),
            ("Ghana", "GPE", "GH", ["Ghana"]),
            ("Egypt", "GPE", "EG", ["Egypt"]),
            ("Morocco", "GPE", "MA", ["Morocco"]),
            ("Tunde Okafor", "PERSON", None, ["Tunde Okafor", "Okafor"]),
            ("Harmattan Bank", "ORG", None, ["Harmattan Bank"]),
        ],
        "money": [
            ("$60 million", 0, 60e6, None, "USD", "exact", None, {"payee": ["Brightpath"]}),
            ("$780 million", 0, 780e6, None, "USD", "exact", None,
             {"payee_text": "African start-ups", "source": ["Savanna Data"]}),
            ("$520 million", 0, 520e6, None, "USD", "exact", None,
             {"payee_text": "African start-ups", "source": ["Savanna Data"]}),
            ("$60 million", 1, 60e6, None, "USD", "exact", None,
             {"payee": ["Brightpath"], "payer": ["Kora Ventures", IFC]}),
            ("$900 million", 0, 900e6, None, "USD", "exact", None, {"holder": ["Brightpath"]}),
            ("$12 million", 0, 12e6, None, "USD", "exact", None,
             {"payee": ["Mizigo"], "payer": ["Standard Chartered"]}),
            ("$41 million", 0, 41e6, None, "USD", "exact", None,
             {"payer": ["Maktaba Holdings"], "holder": ["Darsi"]}),
            ("$2 million", 0, 2e6, None, "USD", "exact", None,
             {"payee": ["Afya Wings"], "payer": ["Gates Foundation"], "place": ["Ghana"]}),
            ("$25 million", 0, 25e6, None, "USD", "exact", None,
             {"payer": ["Brightpath"], "place": ["Egypt", "Morocco"],
              "source": ["Brightpath"]}),
            ("$48 million", 0, 48e6, None, "USD", "exact", None,
             {"holder": ["Brightpath"], "source": ["Tunde Okafor"]}),
            ("$8 million", 0, 8e6, None, "USD", "exact", None,
             {"payer": ["Harmattan Bank"], "payee": ["Tunde Okafor"]}),
            ("$310 million", 0, 310e6, None, "USD", "exact", None,
             {"source": ["Savanna Data"]}),
        ],
        "quantities": [
            ("400 trucks", 0, 400.0, None, "trucks", "exact"),
            ("2 million pupils", 0, 2e6, None, "pupils", "exact"),
            ("3,000 merchants", 0, 3000.0, None, "merchants", "exact"),
        ],
        "dates": [
            ("the second quarter", 0, "DATE", "2025-Q2", None, ("2025-04-01", "2025-06-30")),
            ("a year earlier", 0, "DATE", "2024-Q2", None, ("2024-04-01", "2024-06-30")),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("the first half of the year", 0, "DATE", "2025-H1", None,
             ("2025-01-01", "2025-06-30")),
        ],
        "lists": [
            ("The deals", "other", "neutral", [
                (None, "Brightpath, a Lagos-based payments company, raised $60 million in a "
                       "Series C round led by Kora Ventures, with participation from the "
                       "International Finance Corporation. The round values Brightpath at "
                       "$900 million."),
                (None, "Nairobi logistics start-up Mizigo secured a $12 million loan from "
                       "Standard Chartered to buy 400 trucks."),
                (None, "Cairo-based Darsi, which sells online lessons to 2 million pupils, was "
                       "acquired by Emirati education group Maktaba Holdings for $41 million."),
                (None, "Afya Wings won a $2 million grant from the Gates Foundation to expand "
                       "its drone pharmacy network in northern Ghana."),
            ]),
        ],
    },
    "stormriders-dorsey-extension.txt": {
        "reference_date": "2025-07-02",
        "not_mentions": [],
        "entities": [
            (STORM, "ORG", None, [STORM, "Stormriders"]),
            (DORSEY, "PERSON", None, [DORSEY, "Dorsey"]),
            ("Seattle", "GPE", None, ["SEATTLE", "Seattle"]),
            ("Associated Press", "ORG", None, ["AP", "Associated Press"]),
            ("Dana Whitcombe", "PERSON", None, ["Dana Whitcombe"]),
            ("NBA", "ORG", None, ["NBA"]),
            ("Forbes", "ORG", None, ["Forbes"]),
            ("Nike", "ORG", None, ["Nike"]),
            ("Tukwila", "GPE", None, ["Tukwila"]),
            ("King County", "GPE", None, ["King County"]),
            ("Carla Ruiz", "PERSON", None, ["Carla Ruiz"]),
            ("Los Angeles", "GPE", None, ["Los Angeles"]),
        ],
        "money": [
            ("$245 million", 0, 245e6, None, "USD", "exact", None,
             {"payer": [STORM], "payee": [DORSEY]}),
            ("$245 million", 1, 245e6, None, "USD", "exact", None,
             {"payer": [STORM], "payee": [DORSEY],
              "source_text": "a person familiar with the negotiations"}),
            ("$13.9 million", 0, 13.9e6, None, "USD", "exact", None, {"payee": [DORSEY]}),
            ("$3.1 billion", 0, 3.1e9, None, "USD", "exact", None,
             {"payer_text": "a group led by software entrepreneur Dana Whitcombe",
              "holder": [STORM]}),
            ("$22 million", 0, 22e6, None, "USD", "exact", None,
             {"payer": [STORM], "payee": ["NBA"]}),
            ("$3.6 billion", 0, 3.6e9, None, "USD", "exact", None,
             {"holder": [STORM], "source": ["Forbes"]}),
            ("$15 million", 0, 15e6, None, "USD", "approximate", "year",
             {"payer": ["Nike"], "payee": [DORSEY]}),
            ("$50,000", 0, 50000.0, None, "USD", "exact", None,
             {"payer": [DORSEY], "payee": ["NBA"]}),
            ("$1.2 billion", 0, 1.2e9, None, "USD", "exact", None,
             {"payer": [STORM], "place": ["Tukwila"], "source": [STORM]}),
            ("$300 million", 0, 300e6, None, "USD", "exact", None,
             {"payer": ["King County"], "source": [STORM]}),
        ],
        "quantities": [
            ("27.4 points", 0, 27.4, None, "points", "exact"),
            ("30 teams", 0, 30.0, None, "teams", "exact"),
        ],
        "dates": [
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("Tuesday", 0, "DATE", "2025-07-01", None, day("2025-07-01")),
            ("five-year", 1, "DURATION", "P5Y", None, NONE),
            ("next summer", 0, "DATE", "2026-SU", None, NONE),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("October", 0, "DATE", "2024-10", None, month("2024-10", "01", "31")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("March", 0, "DATE", "2025-03", None, month("2025-03", "01", "31")),
        ],
        "lists": [],
    },
    "priya-inheritance-makeover.txt": {
        "reference_date": "2025-05-17",
        "not_mentions": [],
        "entities": [
            (PRIYA, "PERSON", None, [PRIYA, "Priya"]),
            ("Helen Marsh", "PERSON", None, ["Helen Marsh"]),
            ("Leicester", "GPE", None, ["Leicester"]),
            ("Coastline Building Society", "ORG", None, ["Coastline Building Society"]),
            ("Marlow Bank", "ORG", None, ["Marlow Bank"]),
            ("Halden Life", "ORG", None, ["Halden Life"]),
            (ACHEBE, "PERSON", None, [ACHEBE, "Achebe"]),
            ("Greyfriars Wealth", "ORG", None, ["Greyfriars Wealth"]),
            (HMRC, "ORG", None, [HMRC]),
            ("Medwell", "ORG", None, ["Medwell"]),
        ],
        "money": [
            ("£60,000", 0, 60000.0, None, "GBP", "exact", None, {"payee": [PRIYA]}),
            ("£60,000", 1, 60000.0, None, "GBP", "exact", None,
             {"payee": [PRIYA], "payer_text": "her aunt"}),
            ("£52,000", 0, 52000.0, None, "GBP", "exact", "year", {"payee": [PRIYA]}),
            ("£142,000", 0, 142000.0, None, "GBP", "exact", None,
             {"holder": [PRIYA], "payee": ["Coastline Building Society"]}),
            ("£1,150", 0, 1150.0, None, "GBP", "exact", "month", {"payer": [PRIYA]}),
            ("£1,210", 0, 1210.0, None, "GBP", "approximate", "month", {"payer": [PRIYA]}),
            ("£18,000", 0, 18000.0, None, "GBP", "exact", None, {"holder": [PRIYA]}),
            ("£95,000", 0, 95000.0, None, "GBP", "approximate", None, {"holder": [PRIYA]}),
            ("£40,000", 0, 40000.0, None, "GBP", "exact", None,
             {"payer": [PRIYA], "source": [ACHEBE]}),
            ("£830", 0, 830.0, None, "GBP", "approximate", None,
             {"payer": [PRIYA], "source": [ACHEBE]}),
            ("£21,000", 0, 21000.0, None, "GBP", "approximate", None,
             {"holder": [PRIYA], "source": [ACHEBE]}),
            ("£1,000", 0, 1000.0, None, "GBP", "at_most", "year", {}),
            ("£100", 0, 100.0, None, "GBP", "exact", None, {"payer": [PRIYA]}),
            ("£80", 0, 80.0, None, "GBP", "exact", None, {"holder": [PRIYA]}),
            ("£20", 0, 20.0, None, "GBP", "exact", None, {"payer": [HMRC]}),
            ("£150", 0, 150.0, None, "GBP", "exact", "hour", {"payee": [ACHEBE]}),
        ],
        "quantities": [
            ("4.9%", 0, 4.9, None, "percent", "exact"),
            ("4.1%", 0, 4.1, None, "percent", "exact"),
            ("6%", 0, 6.0, None, "percent", "at_most"),
        ],
        "dates": [
            ("January", 0, "DATE", "2025-01", None, month("2025-01", "01", "31")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("October", 0, "DATE", "2025-10", None, month("2025-10", "01", "31")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("a month", 1, "SET", "P1M", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("the remaining 17 years", 0, "DURATION", "P17Y", None, NONE),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("an hour", 0, "SET", "PT1H", None, NONE),
        ],
        "lists": [],
    },
    "skyvista-court-damages.txt": {
        "reference_date": "2025-03-27",
        "not_mentions": [],
        "entities": [
            ("Delhi High Court", "ORG", None, ["Delhi High Court"]),
            (SKYVISTA, "ORG", None, [SKYVISTA, "Skyvista"]),
            ("Rangoli Tours", "ORG", None, ["Rangoli Tours"]),
            ("Aditi Rao", "PERSON", None, ["Aditi Rao"]),
            ("New Delhi", "GPE", None, ["NEW DELHI"]),
            ("Mumbai", "GPE", None, ["Mumbai"]),
            ("Meera Iyer", "PERSON", None, ["Meera Iyer"]),
            ("Singapore", "GPE", "SG", ["Singapore"]),
            (ORCHID, "ORG", None, [ORCHID, "Orchid Aviation"]),
            ("National Stock Exchange", "ORG", None, ["National Stock Exchange"]),
            (DGCA, "ORG", None, [DGCA]),
            ("Kerala", "GPE", None, ["Kerala"]),
            ("Kunal Mehta", "PERSON", None, ["Kunal Mehta", "Mehta"]),
        ],
        "money": [
            ("₹4.2 crore", 0, 4.2e7, None, "INR", "exact", None,
             {"payer": [SKYVISTA], "payee": ["Rangoli Tours"]}),
            ("₹4.2 crore", 1, 4.2e7, None, "INR", "exact", None,
             {"payer": [SKYVISTA], "payee": ["Rangoli Tours"]}),
            ("₹25 lakh", 0, 2.5e6, None, "INR", "exact", None,
             {"payer": [SKYVISTA], "payee": ["Delhi High Court"]}),
            ("₹11 crore", 0, 1.1e8, None, "INR", "exact", None, {}),
            ("₹7.5 crore", 0, 7.5e7, None, "INR", "exact", None,
             {"holder": ["Rangoli Tours"], "source": ["Rangoli Tours"]}),
            ("₹1.8 crore", 0, 1.8e7, None, "INR", "exact", None,
             {"payer": ["Rangoli Tours"], "payee": [SKYVISTA], "source": ["Meera Iyer"]}),
            ("₹640 crore", 0, 6.4e9, None, "INR", "exact", None,
             {"holder": [SKYVISTA], "source": [SKYVISTA]}),
            ("$90 million", 0, 90e6, None, "USD", "approximate", None,
             {"holder": [SKYVISTA], "payee_text": "lessors", "source": [SKYVISTA]}),
            ("₹38.50", 0, 38.5, None, "INR", "exact", None, {"holder": [SKYVISTA]}),
            ("₹30 lakh", 0, 3e6, None, "INR", "exact", None,
             {"payer": [SKYVISTA], "payee": [DGCA], "source": [DGCA]}),
            ("₹2.6 crore", 0, 2.6e7, None, "INR", "exact", None,
             {"payer": [SKYVISTA], "payee_text": "14,000 passengers", "source": [DGCA]}),
            ("₹500 crore", 0, 5e9, None, "INR", "exact", None,
             {"payer": [ORCHID], "payee": [SKYVISTA], "source": ["Kunal Mehta"]}),
        ],
        "quantities": [
            ("9%", 0, 9.0, None, "percent", "exact"),
            ("4%", 0, 4.0, None, "percent", "exact"),
            ("14,000 passengers", 0, 14000.0, None, "passengers", "exact"),
        ],
        "dates": [
            ("Wednesday", 0, "DATE", "2025-03-26", None, day("2025-03-26")),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("two weeks", 0, "DURATION", "P2W", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("last month", 0, "DATE", "2025-02", None, month("2025-02", "01", "28")),
            ("June", 0, "DATE", "2025-06", "ON_OR_BEFORE", month("2025-06", "01", "30")),
        ],
        "lists": [],
    },
}


# --- the reader's view of each format (corpus/README.md, "Gold format 1.0", `text`) ---------

def read_txt(raw: str) -> tuple[str, str | None, str | None]:
    return raw, raw.split("\n", 1)[0], None


def read_json(raw: str) -> tuple[str, str | None, str | None]:
    record = json.loads(raw)
    return record["text"], record["title"], record["published"][:10]


def read_md(raw: str) -> tuple[str, str | None, str | None]:
    front, body = re.match(r"---\n(.*?)\n---\n+(.*)", raw, re.S).groups()
    meta = dict(line.split(": ", 1) for line in front.split("\n"))
    lines, skip_blank = [], False
    for line in body.rstrip("\n").split("\n"):
        if line == "---":          # a horizontal rule goes, with the blank line after it
            skip_blank = True
            continue
        if skip_blank and line == "":
            skip_blank = False
            continue
        skip_blank = False
        line = re.sub(r"^#+ ", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("**", "").replace("*", "")
        lines.append(line)
    return "\n".join(lines), meta["title"].strip('"'), meta["date"]


def _inline(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def read_html(raw: str) -> tuple[str, str | None, str | None]:
    title = html.unescape(re.search(r'<meta property="og:title" content="([^"]*)">', raw)[1])
    published = re.search(r'<meta property="article:published_time" content="([^"]*)">',
                          raw)[1][:10]
    article = re.search(r"<article>(.*?)</article>", raw, re.S)[1]
    article = re.sub(r'<div class="share-buttons">.*?</div>', "", article, flags=re.S)
    blocks = []
    for tag, inner in re.findall(r"<(h1|h2|p|ul)[^>]*>(.*?)</\1>", article, re.S):
        if tag == "ul":
            items = re.findall(r"<li>(.*?)</li>", inner, re.S)
            blocks.append("\n".join(f"- {_inline(item)}" for item in items))
        else:
            blocks.append(_inline(inner))
    return "\n\n".join(blocks), title, published


READERS = {".txt": read_txt, ".json": read_json, ".md": read_md, ".html": read_html}


def lists(text: str, given: list) -> list[dict]:
    out = []
    for heading, kind, polarity, items in given:
        records = []
        for title, words in items:
            start = text.index(f"- {title}: {words}" if title else f"- {words}") + 2 \
                + (len(title) + 2 if title else 0)
            assert text[start:start + len(words)] == words
            records.append({"title": title, "text": words, "start": start,
                            "end": start + len(words)})
        out.append({"heading": heading, "kind": kind, "polarity": polarity, "items": records})
    return out


def gold(source: str, spec: dict) -> dict:
    raw = (HERE / source).read_text(encoding="utf-8")
    text, title, published = READERS[Path(source).suffix](raw)
    ents = entities(text, spec["entities"], spec["not_mentions"])
    names = {e["name"] for e in ents}
    money = [{**span(text, words, nth), "amount": amount, "amount_max": amount_max,
              "currency": currency, "qualifier": qualifier, "per": per,
              "roles": roles(given, names)}
             for words, nth, amount, amount_max, currency, qualifier, per, given
             in spec["money"]]
    quantities = [{**span(text, words, nth), "value": value, "value_max": value_max,
                   "unit": unit, "qualifier": qualifier}
                  for words, nth, value, value_max, unit, qualifier in spec["quantities"]]
    dates = [{**span(text, words, nth), "type": kind, "value": value, "modifier": modifier,
              "start_date": interval[0], "end_date": interval[1]}
             for words, nth, kind, value, modifier, interval in spec["dates"]]
    for items in (money, quantities, dates):
        items.sort(key=lambda item: item["start"])
    return {"gold_version": "1.0", "source": source,
            "reference_date": spec["reference_date"], "title": title,
            "published": published or spec["reference_date"], "text": text,
            "entities": ents, "money": money, "quantities": quantities, "dates": dates,
            "lists": lists(text, spec["lists"])}


def write() -> None:
    for source, spec in ARTICLES.items():
        path = HERE / f"{Path(source).stem}.gold.json"
        data = gold(source, spec)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(path.name, len(data["entities"]), "entities", len(data["money"]), "money",
              len(data["quantities"]), "quantities", len(data["dates"]), "dates")


if __name__ == "__main__":
    write()
