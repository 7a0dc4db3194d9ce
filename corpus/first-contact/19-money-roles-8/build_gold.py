"""Round 19-money-roles-8: the annotations, by hand. Offsets come from a plain text search (the
helpers of round 19-money-roles, copied here from round 19-money-roles-7; never artex); run
python build_gold.py in this folder. Standard library only.

The round has .txt articles, a .json record with "text" (the title lives only in "title"), a
Markdown file with front matter and a CMS HTML page; the readers below turn the .md and .html
files into the text a reader shows, by the rules of corpus/README.md.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROLES = ("payer", "payee", "holder", "place", "source")
NONE = (None, None)


# --- text search (copied from round 19-money-roles) -------------------------------------------

def occurrences(text: str, words: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]


def year(y: int) -> tuple[str, str]:
    return f"{y}-01-01", f"{y}-12-31"


def day(d: str) -> tuple[str, str]:
    return d, d


def month(m: str, last: str = "31") -> tuple[str, str]:
    return f"{m}-01", f"{m}-{last}"


QUARTER = {1: ("01-01", "03-31"), 2: ("04-01", "06-30"), 3: ("07-01", "09-30"),
           4: ("10-01", "12-31")}


def quarter(y: int, q: int) -> tuple[str, str]:
    return f"{y}-{QUARTER[q][0]}", f"{y}-{QUARTER[q][1]}"


def span(text: str, words: str, nth: int) -> dict:
    found = occurrences(text, words)
    assert nth < len(found), f"{words!r}: occurrence {nth} of {len(found)}"
    start = found[nth]
    return {"text": words, "start": start, "end": start + len(words)}


def entities(text: str, annotated: list, not_mentions: list[str]) -> list[dict]:
    blocked = [(s, s + len(w)) for w in not_mentions for s in occurrences(text, w)]
    found = []  # (start, end, entity index)
    for index, (_, _, _, forms) in enumerate(annotated):
        for form in forms:
            found += [(s, s + len(form), index) for s in occurrences(text, form)]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, int]] = []
    for start, end, index in found:
        if any(s < end and start < e for s, e, _ in kept) \
                or any(s <= start and end <= e for s, e in blocked):
            continue
        kept.append((start, end, index))
    records = []
    for index, (name, label, country, _) in enumerate(annotated):
        mentions = sorted((s, e) for s, e, i in kept if i == index)
        assert mentions, f"{name}: no mention"
        surface = [text[s:e] for s, e in mentions]
        aliases = [form for form in dict.fromkeys(surface) if form != name]
        records.append({"name": name, "label": label, "country_code": country,
                        "aliases": aliases,
                        "mentions": [{"text": text[s:e], "start": s, "end": e}
                                     for s, e in mentions]})
    first = {r["name"]: r["mentions"][0]["start"] for r in records}
    return sorted(records, key=lambda r: first[r["name"]])


def roles(given: dict, names: set[str]) -> dict:
    for key, value in given.items():
        role = key.removesuffix("_text")
        assert role in ROLES, key
        if key == role:
            assert value and set(value) <= names, (key, value)
        else:
            assert isinstance(value, str) and value, (key, value)
    return given


# --- names ---------------------------------------------------------------------------------------

# --- names ---------------------------------------------------------------------------------------

ANA = "Anatolia Cement AS"
EGE = "Ege Yapi"
BEP = "Bosphorus Equity Partners"
AYD = "Selin Aydemir"
TFM = "Treasury and Finance Ministry"
ADB = "Asian Development Bank"
MEK = "Mekong Solar Power JSC"
LAN = "Tran Thi Lan"
EVN = "Vietnam Electricity"
MOIT = "Ministry of Industry and Trade"
FIA = "Foreign Investment Agency"
ORZ = "Orzeł Gdańsk"
NOW = "Kamil Nowicki"
MAL = "Jerzy Malinowski"
PS = "Przegląd Sportowy"
DG = "Delta Grain Trading"
GASC = "General Authority for Supply Commodities"
ITFC = "International Islamic Trade Finance Corporation"
FATHY = "Karim Fathy"
MOS = "Ministry of Supply"
ECA = "Egyptian Competition Authority"
IGC = "International Grains Council"
NAJD = "Najd Petrochemical Co"
PIF = "Public Investment Fund"
QAH = "Omar Al-Qahtani"
SNB = "Saudi National Bank"
ALP = "Alpenmed AG"
SCS = "Southern Cross Super"
KEL = "Andrea Keller"
MTAA = "Medical Technology Association of Australia"
SSA = "Swiss Startup Association"
COCO = "Ghana Cocoa Board"
OFORI = "Kwabena Ofori"
BOG = "Bank of Ghana"
ADOM = "Adom Savings and Loans"
IMF = "International Monetary Fund"

ARTICLES = {
    "anatolia-cement-takeover.txt": {
        "reference_date": "2026-12-02",
        "not_mentions": [],
        "entities": [
            (ANA, "ORG", None, [ANA, "Anatolia Cement", "Anatolia"]),
            (EGE, "ORG", None, [EGE]),
            ("Istanbul", "GPE", None, ["ISTANBUL", "Istanbul"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("Turkish", "NORP", None, ["Turkish"]),
            (BEP, "ORG", None, [BEP, "Bosphorus Equity"]),
            (AYD, "PERSON", None, [AYD, "Aydemir"]),
            ("Turkey", "GPE", "TR", ["Turkey"]),
            ("Garanti BBVA", "ORG", None, ["Garanti BBVA"]),
            ("Akbank", "ORG", None, ["Akbank"]),
            ("Izmir", "GPE", None, ["Izmir"]),
            ("Kahramanmaras", "GPE", None, ["Kahramanmaras"]),
            (TFM, "ORG", None, [TFM]),
            ("Yapi Kredi Invest", "ORG", None, ["Yapi Kredi Invest"]),
            ("LSEG", "ORG", None, ["LSEG"]),
            ("Deniz Kaya", "PERSON", None, ["Deniz Kaya"]),
            ("Mark Potter", "PERSON", None, ["Mark Potter"]),
        ],
        "money": [
            ("$640 million", 0, 640e6, None, "USD", "exact", None,
             {"payer": [ANA], "holder": [EGE]}),
            ("$640 million", 1, 640e6, None, "USD", "exact", None,
             {"payer": [ANA], "payee": [BEP], "source": [ANA]}),
            ("4.1 billion lira", 0, 4.1e9, None, "TRY", "exact", None,
             {"holder": [EGE], "source": [AYD]}),
            ("$118 million", 0, 118e6, None, "USD", "exact", None,
             {"holder": [EGE], "source": [AYD]}),
            ("$400 million", 0, 400e6, None, "USD", "exact", None,
             {"payer": ["Garanti BBVA", "Akbank"], "payee": [ANA], "source": [AYD]}),
            ("7 billion lira", 0, 7e9, None, "TRY", "approximate", None,
             {"payer_text": "existing investors", "payee": [ANA], "source": [AYD]}),
            ("12.6 billion lira", 0, 12.6e9, None, "TRY", "exact", None,
             {"holder": [EGE], "source": [EGE]}),
            ("$150 million", 0, 150e6, None, "USD", "exact", None,
             {"payer": [ANA], "place": ["Kahramanmaras"]}),
            ("1.2 trillion lira", 0, 1.2e12, None, "TRY", "exact", None,
             {"payer_text": "The government", "source": [TFM]}),
            ("84.50 lira", 0, 84.5, None, "TRY", "exact", None, {"holder": [ANA]}),
            ("48 billion lira", 0, 48e9, None, "TRY", "approximate", None, {"holder": [ANA]}),
            ("2 lira", 0, 2.0, None, "TRY", "approximate", "share",
             {"holder": [ANA], "source": ["Yapi Kredi Invest"]}),
            ("$310 million", 0, 310e6, None, "USD", "approximate", None,
             {"payer": [BEP], "holder": [EGE], "source": ["LSEG"]}),
        ],
        "quantities": [
            ("30%", 0, 30.0, None, "percent", "more_than"),
            ("400 people", 0, 400.0, None, "people", "approximate"),
            ("6%", 0, 6.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Dec 2", 0, "DATE", "2026-12-02", None, day("2026-12-02")),
            ("Wednesday", 0, "DATE", "2026-12-02", None, day("2026-12-02")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("2028", 0, "DATE", "2028", None, year(2028)),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("last month", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("the next two years", 0, "DURATION", "P2Y", None, NONE),
        ],
        "lists": [],
    },
    "mekong-solar-adb-loan.json": {
        "reference_date": "2026-12-03",
        "not_mentions": [],
        "entities": [
            ("Hanoi", "GPE", None, ["HANOI"]),
            ("VNA", "ORG", None, ["VNA"]),
            (ADB, "ORG", None, [ADB]),
            (MEK, "ORG", None, [MEK, "Mekong Solar"]),
            ("Ninh Thuan", "GPE", None, ["Ninh Thuan"]),
            ("Dutch", "NORP", None, ["Dutch"]),
            ("FMO", "ORG", None, ["FMO"]),
            (LAN, "PERSON", None, [LAN, "Lan"]),
            (EVN, "ORG", None, [EVN, "EVN"]),
            ("Ho Chi Minh City", "GPE", None, ["Ho Chi Minh City"]),
            ("Vietnam", "GPE", "VN", ["Vietnam"]),
            (MOIT, "ORG", None, [MOIT]),
            ("Japanese", "NORP", None, ["Japanese"]),
            ("Vietnamese", "NORP", None, ["Vietnamese"]),
            (FIA, "ORG", None, [FIA]),
        ],
        "money": [
            ("$220 million", 0, 220e6, None, "USD", "exact", None,
             {"payer": [ADB], "payee": [MEK], "place": ["Ninh Thuan"], "source": [ADB]}),
            ("$80 million", 0, 80e6, None, "USD", "exact", None,
             {"payer": ["FMO"], "source": [LAN]}),
            ("VND2.5 trillion", 0, 2.5e12, None, "VND", "exact", None,
             {"payer": [MEK], "source": [LAN]}),
            ("$98 million", 0, 98e6, None, "USD", "exact", None,
             {"payer": [MEK], "source": [LAN]}),
            ("$400 million", 0, 400e6, None, "USD", "approximate", None,
             {"holder_text": "The project"}),
            ("1,840 dong", 0, 1840.0, None, "VND", "exact", "kilowatt hour",
             {"payer": [EVN], "payee": [MEK], "source": [LAN]}),
            ("VND1.1 trillion", 0, 1.1e12, None, "VND", "exact", None,
             {"payer": [EVN], "payee": [MEK]}),
            ("VND312 billion", 0, 312e9, None, "VND", "exact", None,
             {"holder": [MEK], "source": [MEK]}),
            ("VND24,600", 0, 24600.0, None, "VND", "exact", None, {"holder": [MEK]}),
            ("$135 billion", 0, 135e9, None, "USD", "approximate", None,
             {"place": ["Vietnam"], "source": [MOIT]}),
            ("$60 million", 0, 60e6, None, "USD", "exact", None, {"source": [LAN]}),
            ("$1.7 billion", 0, 1.7e9, None, "USD", "exact", None,
             {"payer": [ADB], "payee_text": "Vietnamese energy projects", "source": [ADB]}),
            ("$31.4 billion", 0, 31.4e9, None, "USD", "exact", None,
             {"place": ["Vietnam"], "source": [FIA]}),
        ],
        "quantities": [
            ("300-megawatt", 0, 300.0, None, "megawatt", "exact"),
            ("14%", 0, 14.0, None, "percent", "exact"),
            ("3.2%", 0, 3.2, None, "percent", "exact"),
        ],
        "dates": [
            ("Dec 3", 0, "DATE", "2026-12-03", None, day("2026-12-03")),
            ("Thursday", 0, "DATE", "2026-12-03", None, day("2026-12-03")),
            ("2028", 0, "DATE", "2028", None, year(2028)),
            ("20-year", 0, "DURATION", "P20Y", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("the third quarter", 0, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("Thursday", 1, "DATE", "2026-12-03", None, day("2026-12-03")),
            ("2021", 0, "DATE", "2021", "ON_OR_AFTER", year(2021)),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("2020", 0, "DATE", "2020", "ON_OR_AFTER", year(2020)),
            ("the first half of 2026", 0, "DATE", "2026-H1", None,
             ("2026-01-01", "2026-06-30")),
        ],
        "lists": [],
    },
    "orzel-nowicki-transfer.md": {
        "reference_date": "2026-12-05",
        "not_mentions": [],
        "entities": [
            (ORZ, "ORG", None, [ORZ, "Orzeł"]),
            (NOW, "PERSON", None, [NOW, "Nowicki"]),
            ("Benfica", "ORG", None, ["Benfica"]),
            ("Marta Zielińska", "PERSON", None, ["Marta Zielińska"]),
            ("Gdańsk", "GPE", None, ["GDAŃSK", "Gdańsk"]),
            ("Polish", "NORP", None, ["Polish"]),
            ("Portugal", "GPE", "PT", ["Portugal"]),
            ("Ekstraklasa", "ORG", None, ["Ekstraklasa"]),
            (MAL, "PERSON", None, [MAL, "Malinowski"]),
            ("Lisbon", "GPE", None, ["Lisbon"]),
            (PS, "ORG", None, [PS]),
            ("European", "NORP", None, ["European"]),
            ("Kaszuby Puck", "ORG", None, ["Kaszuby Puck"]),
            ("Deloitte", "ORG", None, ["Deloitte"]),
            ("Netherlands", "GPE", "NL", ["Netherlands"]),
            ("Poland", "GPE", "PL", ["Poland"]),
        ],
        "money": [
            ("€18 million", 0, 18e6, None, "EUR", "exact", None,
             {"payer": ["Benfica"], "payee": [ORZ]}),
            ("€18 million", 1, 18e6, None, "EUR", "exact", None,
             {"payer": ["Benfica"], "payee": [ORZ], "source": [ORZ]}),
            ("€4 million", 0, 4e6, None, "EUR", "exact", None,
             {"payer": ["Benfica"], "source": [MAL]}),
            ("€1.6 million", 0, 1.6e6, None, "EUR", "approximate", "year",
             {"payer": ["Benfica"], "payee": [NOW], "source": [PS]}),
            ("77 million zł", 0, 77e6, None, "PLN", "approximate", None, {"source": [MAL]}),
            ("64 million zł", 0, 64e6, None, "PLN", "exact", None,
             {"holder": [ORZ], "source": [MAL]}),
            ("11 million zł", 0, 11e6, None, "PLN", "exact", None, {"holder": [ORZ]}),
            ("€1.8 million", 0, 1.8e6, None, "EUR", "exact", None,
             {"payer": [ORZ], "payee": ["Kaszuby Puck"]}),
            ("45 million zł", 0, 45e6, None, "PLN", "exact", None,
             {"holder_text": "a new training centre", "place": ["Gdańsk"],
              "source": [MAL]}),
            ("12 million zł", 0, 12e6, None, "PLN", "exact", None, {"payer": ["Gdańsk"]}),
            ("€96 million", 0, 96e6, None, "EUR", "exact", None,
             {"payee_text": "Polish clubs", "source": ["Deloitte"]}),
        ],
        "quantities": [
            ("15%", 0, 15.0, None, "percent", "exact"),
            ("10%", 0, 10.0, None, "percent", "exact"),
            ("19 goals", 0, 19.0, None, "goals", "exact"),
            ("31 games", 0, 31.0, None, "games", "exact"),
        ],
        "dates": [
            ("Saturday", 0, "DATE", "2026-12-05", None, day("2026-12-05")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2028", 0, "DATE", "2028", "ON_OR_BEFORE", year(2028)),
            ("last year", 1, "DATE", "2025", None, year(2025)),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("September", 0, "DATE", "2026-09", None, month("2026-09", "30")),
            ("this year", 1, "DATE", "2026", None, year(2026)),
        ],
        "lists": [],
    },
    "egypt-wheat-contract.html": {
        "reference_date": "2026-12-06",
        "not_mentions": [],
        "entities": [
            ("Egypt", "GPE", "EG", ["Egypt"]),
            (DG, "ORG", None, [DG, "Delta Grain"]),
            ("Nour El-Sayed", "PERSON", None, ["Nour El-Sayed"]),
            ("Cairo", "GPE", None, ["CAIRO"]),
            (GASC, "ORG", None, [GASC, "GASC"]),
            ("Alexandria", "GPE", None, ["Alexandria"]),
            (FATHY, "PERSON", None, [FATHY, "Fathy"]),
            (ITFC, "ORG", None, [ITFC, "ITFC"]),
            (MOS, "ORG", None, [MOS]),
            ("Minya", "GPE", None, ["Minya"]),
            ("Sohag", "GPE", None, ["Sohag"]),
            (ECA, "ORG", None, [ECA]),
            ("Hany Shawky", "PERSON", None, ["Hany Shawky"]),
            (IGC, "ORG", None, [IGC]),
            ("Ministry of Finance", "ORG", None, ["Ministry of Finance"]),
        ],
        "money": [
            ("$410 million", 0, 410e6, None, "USD", "exact", None,
             {"payer": ["Egypt"], "payee": [DG]}),
            ("$410 million", 1, 410e6, None, "USD", "exact", None,
             {"payer": [GASC], "payee": [DG], "source": [GASC]}),
            ("$273", 0, 273.0, None, "USD", "exact", "tonne",
             {"payer": [GASC], "source": [FATHY]}),
            ("$300 million", 0, 300e6, None, "USD", "exact", None,
             {"payer": [ITFC], "payee": ["Egypt"], "source": [FATHY]}),
            ("EGP 1.9 billion", 0, 1.9e9, None, "EGP", "exact", None,
             {"payer": [MOS], "payee": [DG], "place": ["Minya", "Sohag"],
              "source": [FATHY]}),
            ("EGP 85 million", 0, 85e6, None, "EGP", "exact", None,
             {"payer": [DG], "payee": [ECA]}),
            ("EGP 14.8 billion", 0, 14.8e9, None, "EGP", "exact", None,
             {"holder": [DG], "source": [DG]}),
            ("EGP 1.2 billion", 0, 1.2e9, None, "EGP", "exact", None,
             {"holder": [DG], "source": [DG]}),
            ("$5 billion", 0, 5e9, None, "USD", "approximate", "year",
             {"payer": ["Egypt"], "source": [IGC]}),
            ("20 piastres", 0, 0.2, None, "EGP", "exact", "loaf",
             {"payee_text": "Bakeries"}),
            ("EGP 160 billion", 0, 160e9, None, "EGP", "exact", "year",
             {"payer_text": "The government", "source": ["Ministry of Finance"]}),
        ],
        "quantities": [
            ("1.5 million tonnes", 0, 1.5e6, None, "tonne", "exact"),
            ("10%", 0, 10.0, None, "percent", "approximate"),
            ("22%", 0, 22.0, None, "percent", "exact"),
            ("60 million people", 0, 60e6, None, "people", "approximate"),
        ],
        "dates": [
            ("Sunday", 0, "DATE", "2026-12-06", None, day("2026-12-06")),
            ("September", 0, "DATE", "2026-09", None, month("2026-09", "30")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("Sunday", 1, "DATE", "2026-12-06", None, day("2026-12-06")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("a year", 1, "SET", "P1Y", None, NONE),
        ],
        "lists": [],
    },
    "najd-petrochemical-results.txt": {
        "reference_date": "2026-12-07",
        "not_mentions": [],
        "entities": [
            (NAJD, "ORG", None, [NAJD, "Najd Petrochemical", "Najd"]),
            ("Faisal Al-Harbi", "PERSON", None, ["Faisal Al-Harbi"]),
            ("Riyadh", "GPE", None, ["RIYADH"]),
            ("Saudi", "NORP", None, ["Saudi"]),
            (PIF, "ORG", None, [PIF]),
            ("Asia", "LOC", None, ["Asia"]),
            ("LSEG", "ORG", None, ["LSEG"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            (QAH, "PERSON", None, [QAH, "Al-Qahtani"]),
            ("Jubail", "GPE", None, ["Jubail"]),
            (SNB, "ORG", None, [SNB]),
            ("ICIS", "ORG", None, ["ICIS"]),
            ("Gulf", "LOC", None, ["Gulf"]),
            ("Saudi Arabia", "GPE", "SA", ["Saudi Arabia"]),
            ("Saudi Press Agency", "ORG", None, ["Saudi Press Agency"]),
        ],
        "money": [
            ("1.45 billion riyals", 0, 1.45e9, None, "SAR", "exact", None,
             {"holder": [NAJD], "source": [NAJD]}),
            ("$387 million", 0, 387e6, None, "USD", "exact", None,
             {"holder": [NAJD], "source": [NAJD]}),
            ("9.8 billion riyals", 0, 9.8e9, None, "SAR", "exact", None,
             {"holder": [NAJD], "source": [NAJD]}),
            ("1.6 billion riyals", 0, 1.6e9, None, "SAR", "approximate", None,
             {"holder": [NAJD], "source_text": "Analysts polled by LSEG"}),
            ("1.25 riyals", 0, 1.25, None, "SAR", "exact", "share", {"payer": [NAJD]}),
            ("1.9 billion riyals", 0, 1.9e9, None, "SAR", "approximate", None,
             {"payer": [NAJD]}),
            ("720 million riyals", 0, 720e6, None, "SAR", "approximate", None,
             {"payee": [PIF]}),
            ("SR 14 billion", 0, 14e9, None, "SAR", "exact", None,
             {"payer": [NAJD], "place": ["Jubail"], "source": [QAH]}),
            ("7 billion riyals", 0, 7e9, None, "SAR", "exact", None,
             {"payer": [SNB], "payee": [NAJD], "source": [QAH]}),
            ("11.2 billion riyals", 0, 11.2e9, None, "SAR", "exact", None,
             {"holder": [NAJD], "source": [QAH]}),
            ("$940", 0, 940.0, None, "USD", "exact", "tonne", {"source": ["ICIS"]}),
            ("$1,100", 0, 1100.0, None, "USD", "more_than", None, {"source": ["ICIS"]}),
            ("68.40 riyals", 0, 68.4, None, "SAR", "exact", None, {"holder": [NAJD]}),
            ("1.29 trillion riyals", 0, 1.29e12, None, "SAR", "exact", None,
             {"payer": ["Saudi Arabia"], "source_text": "the finance ministry"}),
        ],
        "quantities": [
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("18%", 1, 18.0, None, "percent", "exact"),
            ("38%", 0, 38.0, None, "percent", "exact"),
            ("1.1%", 0, 1.1, None, "percent", "exact"),
        ],
        "dates": [
            ("Dec 7", 0, "DATE", "2026-12-07", None, day("2026-12-07")),
            ("third-quarter", 0, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("Monday", 0, "DATE", "2026-12-07", None, day("2026-12-07")),
            ("a year earlier", 0, "DATE", "2025-Q3", None, quarter(2025, 3)),
            ("the previous quarter", 0, "DATE", "2026-Q2", None, quarter(2026, 2)),
            ("the next five years", 0, "DURATION", "P5Y", None, NONE),
            ("the end of September", 0, "DATE", "2026-09", "END",
             ("2026-09-21", "2026-09-30")),
            ("November", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("the start of the year", 0, "DATE", "2026", "START",
             ("2026-01-01", "2026-04-30")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("Thursday", 0, "DATE", "2026-12-03", None, day("2026-12-03")),
        ],
        "lists": [],
    },
    "alpenmed-funding-round.txt": {
        "reference_date": "2026-12-04",
        "not_mentions": [],
        "entities": [
            ("Australian", "NORP", None, ["Australian"]),
            ("Swiss", "NORP", None, ["Swiss"]),
            (ALP, "ORG", None, [ALP, "Alpenmed"]),
            ("Sydney", "GPE", None, ["SYDNEY"]),
            ("AAP", "ORG", None, ["AAP"]),
            (SCS, "ORG", None, [SCS]),
            ("Geneva", "GPE", None, ["Geneva"]),
            ("Lemanic Capital", "ORG", None, ["Lemanic Capital"]),
            (KEL, "PERSON", None, [KEL, "Keller"]),
            ("Zurich", "GPE", None, ["Zurich"]),
            ("European", "NORP", None, ["European"]),
            ("Tom Hadley", "PERSON", None, ["Tom Hadley"]),
            ("Australia", "GPE", "AU", ["Australia"]),
            ("Brisbane", "GPE", None, ["Brisbane"]),
            ("Asian", "NORP", None, ["Asian"]),
            ("Queensland", "GPE", None, ["Queensland"]),
            ("Grace Whitlock", "PERSON", None, ["Grace Whitlock"]),
            ("Marc Favre", "PERSON", None, ["Marc Favre"]),
            ("ETH Zurich", "ORG", None, ["ETH Zurich"]),
            (MTAA, "ORG", None, [MTAA]),
            (SSA, "ORG", None, [SSA]),
            ("Chloe Barton", "PERSON", None, ["Chloe Barton"]),
        ],
        "money": [
            ("CHF 75 million", 0, 75e6, None, "CHF", "exact", None,
             {"payer_text": "Australian super fund", "payee": [ALP]}),
            ("CHF 75 million", 1, 75e6, None, "CHF", "exact", None,
             {"payer": [SCS, "Lemanic Capital"], "payee": [ALP], "source": [ALP]}),
            ("$94 million", 0, 94e6, None, "USD", "exact", None,
             {"payer": [SCS, "Lemanic Capital"], "payee": [ALP], "source": [ALP]}),
            ("CHF 610 million", 0, 610e6, None, "CHF", "exact", None,
             {"holder": [ALP], "source": [KEL]}),
            ("A$240 billion", 0, 240e9, None, "AUD", "exact", None, {"holder": [SCS]}),
            ("A$60 million", 0, 60e6, None, "AUD", "exact", None, {"payer": [SCS]}),
            ("A$2 billion", 0, 2e9, None, "AUD", "exact", None,
             {"payer": [SCS], "payee_text": "private companies outside Australia",
              "source": ["Tom Hadley"]}),
            ("A$45 million", 0, 45e6, None, "AUD", "approximate", None,
             {"payer": [ALP], "place": ["Brisbane"], "source": [KEL]}),
            ("A$8 million", 0, 8e6, None, "AUD", "exact", None,
             {"payer": ["Queensland"], "source": ["Grace Whitlock"]}),
            ("CHF 38 million", 0, 38e6, None, "CHF", "exact", None, {"holder": [ALP]}),
            ("CHF 40 million", 0, 40e6, None, "CHF", "exact", None, {"payee": [ALP]}),
            ("CHF 5 million", 0, 5e6, None, "CHF", "exact", None,
             {"payer": [KEL, "Marc Favre"], "payee": ["ETH Zurich"],
              "source": ["ETH Zurich"]}),
            ("A$1.3 billion", 0, 1.3e9, None, "AUD", "exact", None,
             {"payer_text": "investors", "payee_text": "Australian medtech companies",
              "source": [MTAA]}),
            ("CHF 2.6 billion", 0, 2.6e9, None, "CHF", "approximate", None,
             {"payee_text": "Swiss start-ups", "source": [SSA]}),
        ],
        "quantities": [
            ("14 countries", 0, 14.0, None, "countries", "exact"),
            ("9.5%", 0, 9.5, None, "percent", "exact"),
            ("250 people", 0, 250.0, None, "people", "exact"),
        ],
        "dates": [
            ("Dec 4", 0, "DATE", "2026-12-04", None, day("2026-12-04")),
            ("Friday", 0, "DATE", "2026-12-04", None, day("2026-12-04")),
            ("the next three years", 0, "DURATION", "P3Y", None, NONE),
            ("2028", 0, "DATE", "2028", "ON_OR_BEFORE", year(2028)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2028", 1, "DATE", "2028", None, year(2028)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("Thursday", 0, "DATE", "2026-12-03", None, day("2026-12-03")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("last year", 1, "DATE", "2025", None, year(2025)),
        ],
        "lists": [],
    },
    "ghana-cocobod-loan.json": {
        "reference_date": "2026-12-01",
        "not_mentions": [],
        "entities": [
            ("Accra", "GPE", None, ["ACCRA"]),
            ("GNA", "ORG", None, ["GNA"]),
            (COCO, "ORG", None, [COCO, "Cocobod"]),
            ("Standard Chartered", "ORG", None, ["Standard Chartered"]),
            ("Absa Bank Ghana", "ORG", None, ["Absa Bank Ghana"]),
            (OFORI, "PERSON", None, [OFORI, "Ofori"]),
            ("Ghana", "GPE", "GH", ["Ghana"]),
            ("Ivory Coast", "GPE", "CI", ["Ivory Coast"]),
            ("Coffee-Cocoa Council", "ORG", None, ["Coffee-Cocoa Council"]),
            ("London", "GPE", None, ["London"]),
            ("Kente Re", "ORG", None, ["Kente Re"]),
            ("Tema", "GPE", None, ["Tema"]),
            ("Kumasi", "GPE", None, ["Kumasi"]),
            ("Ghanaians", "NORP", None, ["Ghanaians"]),
            (BOG, "ORG", None, [BOG]),
            (ADOM, "ORG", None, [ADOM]),
            (IMF, "ORG", None, [IMF]),
        ],
        "money": [
            ("$1.1 billion", 0, 1.1e9, None, "USD", "exact", None,
             {"payer": ["Standard Chartered", "Absa Bank Ghana"], "payee": [COCO],
              "source": [COCO]}),
            ("GH¢3,850", 0, 3850.0, None, "GHS", "exact", "bag",
             {"payer_text": "the government", "payee_text": "farmers", "source": [OFORI]}),
            ("GH¢3,228.75", 0, 3228.75, None, "GHS", "exact", None,
             {"payer_text": "the government", "payee_text": "farmers", "source": [OFORI]}),
            ("$2.8 billion", 0, 2.8e9, None, "USD", "approximate", None,
             {"payee": [COCO], "source": [OFORI]}),
            ("2,800 CFA francs", 0, 2800.0, None, "XOF", "exact", "kilogram",
             {"payer": ["Ivory Coast"], "payee_text": "its growers",
              "source": ["Coffee-Cocoa Council"]}),
            ("$4.5 million", 0, 4.5e6, None, "USD", "exact", "year",
             {"payer": [COCO], "payee": ["Kente Re"], "source": ["Kente Re"]}),
            ("$150 million", 0, 150e6, None, "USD", "at_most", None, {}),
            ("$4.6 billion", 0, 4.6e9, None, "USD", "exact", None,
             {"payer_text": "Ghanaians abroad", "source": [BOG]}),
            ("GH¢2.4 million", 0, 2.4e6, None, "GHS", "exact", None,
             {"payer": [ADOM], "payee": [BOG]}),
            ("GH¢39 billion", 0, 39e9, None, "GHS", "approximate", None,
             {"holder": [COCO], "source": [IMF]}),
            ("$370 million", 0, 370e6, None, "USD", "exact", None,
             {"payer": [IMF], "payee": ["Ghana"]}),
        ],
        "quantities": [],
        "dates": [
            ("Dec 1", 0, "DATE", "2026-12-01", None, day("2026-12-01")),
            ("Tuesday", 0, "DATE", "2026-12-01", None, day("2026-12-01")),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("the first half of 2026", 0, "DATE", "2026-H1", None,
             ("2026-01-01", "2026-06-30")),
            ("last month", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("June", 0, "DATE", "2026-06", None, month("2026-06", "30")),
            ("October", 0, "DATE", "2026-10", None, month("2026-10")),
        ],
        "lists": [],
    },
}


# --- readers ---------------------------------------------------------------------------

def read_txt(raw: str) -> tuple[str, str | None, str | None]:
    return raw, raw.split("\n", 1)[0], None


def read_json(raw: str) -> tuple[str, str | None, str | None]:
    record = json.loads(raw)
    return record["text"], record["title"], record["published"][:10]


def read_md(raw: str) -> tuple[str, str | None, str | None]:
    """Front matter dropped; '#' markers, '*'/'**' emphasis and '---' rules dropped; links keep
    their text."""
    assert raw.startswith("---\n")
    front, body = raw[4:].split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in front.splitlines())
    lines = []
    for line in body.strip("\n").split("\n"):
        if line.strip() == "---":
            continue
        line = re.sub(r"^#+ ", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("**", "").replace("*", "")
        lines.append(line)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text, meta["title"].strip('"'), meta["date"]


class _ArticleBlocks(HTMLParser):
    """The <article>'s blocks: <h1>, <h2>, <p>, <li>; <time> and the share buttons left out;
    the byline (class="byline") moved to right after the <h1>."""

    BLOCKS = {"h1", "h2", "p", "li"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = False
        self.skip = 0
        self.current: list[str] | None = None
        self.current_byline = False
        self.blocks: list[str] = []
        self.byline: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.in_article = True
        elif not self.in_article:
            return
        elif tag == "time" or attrs.get("class") == "share":
            self.skip += 1
        elif tag in self.BLOCKS and not self.skip:
            self.current = []
            self.current_byline = attrs.get("class") == "byline"

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article = False
        elif not self.in_article:
            return
        elif tag in ("time", "div") and self.skip:
            self.skip -= 1
        elif tag in self.BLOCKS and self.current is not None:
            block = " ".join("".join(self.current).split())
            if self.current_byline:
                self.byline = block
            else:
                self.blocks.append(block)
            self.current = None

    def handle_data(self, data):
        if self.in_article and not self.skip and self.current is not None:
            self.current.append(data)


def read_html(raw: str) -> tuple[str, str | None, str | None]:
    parser = _ArticleBlocks()
    parser.feed(raw)
    blocks = parser.blocks
    if parser.byline:
        blocks = blocks[:1] + [parser.byline] + blocks[1:]
    title = html.unescape(re.search(r'property="og:title" content="([^"]*)"', raw).group(1))
    published = re.search(r'property="article:published_time" content="([^"]*)"',
                          raw).group(1)[:10]
    return "\n\n".join(blocks), title, published


READERS = {".txt": read_txt, ".json": read_json, ".md": read_md, ".html": read_html}


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
            "lists": spec["lists"]}


def write() -> None:
    for source, spec in ARTICLES.items():
        path = HERE / f"{Path(source).stem}.gold.json"
        data = gold(source, spec)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(path.name, len(data["entities"]), "entities", len(data["money"]), "money",
              len(data["quantities"]), "quantities", len(data["dates"]), "dates")


if __name__ == "__main__":
    write()
