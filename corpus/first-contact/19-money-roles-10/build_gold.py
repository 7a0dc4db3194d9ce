"""Round 19-money-roles-10: the annotations, by hand. Offsets come from a plain text search (the
helpers of round 19-money-roles, copied here unchanged from round 19-money-roles-9; never artex);
run python3 build_gold.py from any folder. Standard library only.

The round has .txt articles, a .json record with "text" and one with "html" (the title lives
only in "title"), a Markdown file with front matter and a CMS HTML page; the readers below
(copied unchanged from round 19-money-roles-9) turn the .md and .html files into the text a
reader shows, by the rules of corpus/README.md. The only addition is read_record, which sends a
.json record with "html" through the same <article> block reader. Lists are given as (heading,
kind, polarity, [(title, text, nth)]).
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

TRAF = "Finnish Transport and Communications Agency"
KAA = "Kaamos Mobile Oy"
LUMO = "Lumo Telecom"
POH = "Pohjola Verkot"
FMOF = "Ministry of Finance"
NIB = "Nordic Investment Bank"
SER = "Serendib Leisure PLC"
ATC = "Atoll Crest Holdings"
CBC = "Commercial Bank of Ceylon"
HNB = "Hatton National Bank"
JAY = "Rohan Jayasuriya"
RAS = "Ahmed Rasheed"
CBSL = "Central Bank of Sri Lanka"
LBS = "Lanka Bridge Securities"
MTSS = "Ministry of Labour and Social Security"
CCSS = "Costa Rican Social Security Fund"
FVC = "Finca Verde Caribe"
INEC = "National Institute of Statistics and Census"
FM = "Finance Ministry"
THIRA = "Municipality of Thira"
ROU = "Stavros Roussos"
CLIA = "Cruise Lines International Association"
ASC = "Aegean Star Cruises"
BOG = "Bank of Greece"
MAAIF = "Ministry of Agriculture, Animal Industry and Fisheries"
NC = "Nile Crest Coffee Ltd"
HGC = "Helvetia Green Coffee AG"
SSE = "Peter Ssemakula"
BOU = "Bank of Uganda"
CLUJ = "Cluj-Napoca"
BT = "Banca Transilvania"
OLT = "Radu Oltean"
ING = "ING Bank Romania"
EU = "European Union"
MDEV = "Ministry of Development"
ANA = "Anadolu Raylı Sistemler"
CARPAT = "Carpat Infrastructura SA"
OVB = "Oltin Vodiy Bank"
SCB = "Steppe Capital Bank"
SAMA = "State Assets Management Agency"
EBRD = "European Bank for Reconstruction and Development"
IMF = "International Monetary Fund"
ROTH = "Rothschild & Co"

ARTICLES = {
    "finland-spectrum-auction.txt": {
        "reference_date": "2026-12-15",
        "not_mentions": [],
        "entities": [
            ("Finland", "GPE", "FI", ["Finland"]),
            ("Helsinki", "GPE", None, ["HELSINKI", "Helsinki"]),
            ("STT", "ORG", None, ["STT"]),
            (TRAF, "ORG", None, [TRAF, "Traficom"]),
            (KAA, "ORG", None, [KAA, "Kaamos Mobile", "Kaamos"]),
            (LUMO, "ORG", None, [LUMO, "Lumo"]),
            (POH, "ORG", None, [POH]),
            ("Aino Lehtinen", "PERSON", None, ["Aino Lehtinen"]),
            (FMOF, "ORG", None, [FMOF]),
            ("Lapland", "GPE", None, ["Lapland"]),
            ("Kainuu", "GPE", None, ["Kainuu"]),
            (NIB, "ORG", None, [NIB, "NIB"]),
            ("Nordea", "ORG", None, ["Nordea"]),
            ("Mikko Virtanen", "PERSON", None, ["Mikko Virtanen"]),
            ("Sanna Heikkilä", "PERSON", None, ["Sanna Heikkilä"]),
            ("Rovaniemi", "GPE", None, ["Rovaniemi"]),
            ("Lehtikuva", "ORG", None, ["Lehtikuva"]),
            ("Otto Salmi", "PERSON", None, ["Otto Salmi"]),
            ("Ville Koskinen", "PERSON", None, ["Ville Koskinen"]),
            ("Laura Mäkelä", "PERSON", None, ["Laura Mäkelä"]),
        ],
        "money": [
            ("€412 million", 0, 412e6, None, "EUR", "exact", None, {"payee": ["Finland"]}),
            ("€412 million", 1, 412e6, None, "EUR", "exact", None,
             {"payer_text": "Three mobile operators", "payee_text": "the state",
              "source": [TRAF]}),
            ("€250 million", 0, 250e6, None, "EUR", "exact", None, {"source": [TRAF]}),
            ("€77.6 million", 0, 77.6e6, None, "EUR", "exact", None,
             {"payee": ["Finland"], "source": [TRAF]}),
            ("€171 million", 0, 171e6, None, "EUR", "exact", None, {"payer": [KAA]}),
            ("€139 million", 0, 139e6, None, "EUR", "exact", None, {"payer": [LUMO]}),
            ("€102 million", 0, 102e6, None, "EUR", "exact", None, {"payer": [POH]}),
            ("€41 million", 0, 41e6, None, "EUR", "approximate", None,
             {"payer_text": "The operators", "source": [TRAF]}),
            ("€82 million", 0, 82e6, None, "EUR", "exact", None,
             {"payer_text": "The operators"}),
            ("€9.8 billion", 0, 9.8e9, None, "EUR", "exact", None,
             {"holder_text": "the central government", "source": [FMOF]}),
            ("€300 million", 0, 300e6, None, "EUR", "approximate", None,
             {"payer": [KAA], "source": [KAA]}),
            ("€60 million", 0, 60e6, None, "EUR", "exact", None,
             {"payer": [KAA], "place": ["Lapland", "Kainuu"], "source": [KAA]}),
            ("€18.40", 0, 18.4, None, "EUR", "exact", None, {"holder": [KAA]}),
            ("€6.2 billion", 0, 6.2e9, None, "EUR", "approximate", None, {"holder": [KAA]}),
            ("€150 million", 0, 150e6, None, "EUR", "exact", None,
             {"payer": [NIB], "payee": [LUMO], "source": [LUMO]}),
            ("€100 million", 0, 100e6, None, "EUR", "approximate", None,
             {"payee": [LUMO], "source": ["Mikko Virtanen"]}),
            ("€40 million", 0, 40e6, None, "EUR", "exact", None,
             {"payer_text": "Pohjola Verkot's owners", "payee": [POH],
              "source": ["Sanna Heikkilä"]}),
            ("€29.90", 0, 29.9, None, "EUR", "exact", "month", {"payee": [KAA]}),
        ],
        "quantities": [
            ("99%", 0, 99.0, None, "percent", "exact"),
            ("2.1%", 0, 2.1, None, "percent", "exact"),
        ],
        "dates": [
            ("Monday", 0, "DATE", "2026-12-14", None, day("2026-12-14")),
            ("2018", 0, "DATE", "2018", None, year(2018)),
            ("10 years", 0, "DURATION", "P10Y", None, NONE),
            ("the end of March", 0, "DATE", "2027-03", "END", ("2027-03-21", "2027-03-31")),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("the next five years", 0, "DURATION", "P5Y", None, NONE),
            ("Tuesday", 0, "DATE", "2026-12-15", None, day("2026-12-15")),
            ("2028", 0, "DATE", "2028", "BEFORE", year(2028)),
            ("next year", 1, "DATE", "2027", None, year(2027)),
            ("the next 20 years", 0, "DURATION", "P20Y", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
        ],
        "lists": [],
    },
    "colombo-resort-sale.txt": {
        "reference_date": "2026-12-16",
        "not_mentions": ["The Island Ledger"],
        "entities": [
            (SER, "ORG", None, [SER, "Serendib Leisure", "Serendib"]),
            ("Bentota", "GPE", None, ["Bentota"]),
            ("Maldivian", "NORP", None, ["Maldivian"]),
            ("Nadeesha Perera", "PERSON", None, ["Nadeesha Perera"]),
            ("Colombo", "GPE", None, ["COLOMBO", "Colombo"]),
            ("Maldives", "GPE", "MV", ["Maldives"]),
            (ATC, "ORG", None, [ATC, "Atoll Crest"]),
            ("Colombo Stock Exchange", "ORG", None, ["Colombo Stock Exchange"]),
            (CBC, "ORG", None, [CBC]),
            (HNB, "ORG", None, [HNB]),
            ("Galle", "GPE", None, ["Galle"]),
            (JAY, "PERSON", None, [JAY, "Jayasuriya"]),
            ("People's Bank", "ORG", None, ["People's Bank"]),
            (RAS, "PERSON", None, [RAS, "Rasheed"]),
            ("Crest Bentota", "FAC", None, ["Crest Bentota"]),
            ("Sri Lanka", "GPE", "LK", ["Sri Lanka"]),
            (CBSL, "ORG", None, [CBSL]),
            (LBS, "ORG", None, [LBS]),
        ],
        "money": [
            ("9.6 billion rupees", 0, 9.6e9, None, "LKR", "exact", None,
             {"payer_text": "Maldivian group", "payee": [SER]}),
            ("9.6 billion Sri Lankan rupees", 0, 9.6e9, None, "LKR", "exact", None,
             {"payer": [ATC], "payee": [SER], "source": [SER]}),
            ("$32 million", 0, 32e6, None, "USD", "exact", None,
             {"payer": [ATC], "payee": [SER], "source": [SER]}),
            ("8.1 billion rupees", 0, 8.1e9, None, "LKR", "exact", None,
             {"holder_text": "The resort", "source": [SER]}),
            ("700 million rupees", 0, 700e6, None, "LKR", "exact", None, {"payer": [ATC]}),
            ("5.2 billion rupees", 0, 5.2e9, None, "LKR", "approximate", None,
             {"payer": [SER], "payee": [CBC, HNB], "source": [SER]}),
            ("3.4 billion rupees", 0, 3.4e9, None, "LKR", "approximate", None,
             {"holder": [SER], "source": [SER]}),
            ("2.5 billion rupees", 0, 2.5e9, None, "LKR", "exact", None,
             {"payer": [SER], "place": ["Galle"], "source": [JAY]}),
            ("$20 million", 0, 20e6, None, "USD", "exact", None,
             {"payer": ["People's Bank"], "payee": [ATC], "source": [RAS]}),
            ("$6 million", 0, 6e6, None, "USD", "exact", None,
             {"payer": [ATC], "source": [RAS]}),
            ("$3.1 billion", 0, 3.1e9, None, "USD", "exact", None,
             {"payee": ["Sri Lanka"], "source": [CBSL]}),
            ("$2.1 billion", 0, 2.1e9, None, "USD", "exact", None,
             {"payee": ["Sri Lanka"], "source": [CBSL]}),
            ("85 million rupees", 0, 85e6, None, "LKR", "approximate", "room",
             {"payer": [ATC], "source": [LBS]}),
            ("48.50 rupees", 0, 48.5, None, "LKR", "exact", None, {"holder": [SER]}),
            ("14.6 billion rupees", 0, 14.6e9, None, "LKR", "exact", None, {"holder": [SER]}),
            ("$4 million", 0, 4e6, None, "USD", "approximate", "year",
             {"holder": [ATC], "source": [RAS]}),
        ],
        "quantities": [
            ("112 rooms", 0, 112.0, None, "rooms", "exact"),
            ("65 kilometres", 0, 65.0, None, "kilometre", "approximate"),
            ("6.4%", 0, 6.4, None, "percent", "exact"),
        ],
        "dates": [
            ("December 16, 2026", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("Wednesday", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("2009", 0, "DATE", "2009", None, year(2009)),
            ("the next three years", 0, "DURATION", "P3Y", None, NONE),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("October", 0, "DATE", "2027-10", None, month("2027-10")),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("Wednesday", 1, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("a year", 0, "SET", "P1Y", None, NONE),
        ],
        "lists": [],
    },
    "costa-rica-minimum-wage.md": {
        "reference_date": "2026-12-17",
        "not_mentions": ["Tico Business Weekly"],
        "entities": [
            ("Costa Rica", "GPE", "CR", ["Costa Rica"]),
            ("María Fernanda Solís", "PERSON", None, ["María Fernanda Solís"]),
            ("Diego Araya", "PERSON", None, ["Diego Araya"]),
            ("San José", "GPE", None, ["SAN JOSÉ"]),
            ("National Wages Council", "ORG", None, ["National Wages Council"]),
            (MTSS, "ORG", None, [MTSS]),
            ("UCCAEP", "ORG", None, ["UCCAEP"]),
            ("Central Bank of Costa Rica", "ORG", None, ["Central Bank of Costa Rica"]),
            ("Latin America", "LOC", None, ["Latin America"]),
            (CCSS, "ORG", None, [CCSS, "CCSS"]),
            ("Laura Quesada", "PERSON", None, ["Laura Quesada"]),
            (FVC, "ORG", None, [FVC]),
            ("Limón", "GPE", None, ["Limón"]),
            ("Óscar Brenes", "PERSON", None, ["Óscar Brenes"]),
            ("Ana Lucía Mora", "PERSON", None, ["Ana Lucía Mora"]),
            ("Rerum Novarum", "ORG", None, ["Rerum Novarum"]),
            (INEC, "ORG", None, [INEC, "INEC"]),
        ],
        "money": [
            ("372,400 colones", 0, 372400.0, None, "CRC", "exact", None,
             {"payee_text": "unskilled workers", "source": [MTSS]}),
            ("$735", 0, 735.0, None, "USD", "exact", None,
             {"payee_text": "unskilled workers", "source": [MTSS]}),
            ("96 billion colones", 0, 96e9, None, "CRC", "approximate", None,
             {"holder_text": "private employers", "source": ["UCCAEP"]}),
            ("8,700 colones", 0, 8700.0, None, "CRC", "exact", "month",
             {"payer_text": "employers"}),
            ("2,300 colones", 0, 2300.0, None, "CRC", "exact", None,
             {"payer_text": "employers", "payee": [CCSS]}),
            ("372,400 colones", 1, 372400.0, None, "CRC", "exact", "month",
             {"payee_text": "Unskilled workers"}),
            ("363,700 colones", 0, 363700.0, None, "CRC", "exact", None,
             {"payee_text": "Unskilled workers"}),
            ("241,800 colones", 0, 241800.0, None, "CRC", "exact", "month",
             {"payee_text": "Domestic workers"}),
            ("701,500 colones", 0, 701500.0, None, "CRC", "exact", "month",
             {"payee_text": "Graduate professionals"}),
            ("14,420 colones", 0, 14420.0, None, "CRC", "exact", "day",
             {"payee_text": "Farm labourers"}),
            ("31 billion colones", 0, 31e9, None, "CRC", "exact", None,
             {"payer_text": "The government", "source": ["Laura Quesada"]}),
            ("410 million colones", 0, 410e6, None, "CRC", "exact", "year",
             {"holder": [FVC], "source": [FVC]}),
            ("890 million colones", 0, 890e6, None, "CRC", "exact", None,
             {"payer_text": "214 companies", "payee": [MTSS], "source": [MTSS]}),
            ("12 billion colones", 0, 12e9, None, "CRC", "more_than", None,
             {"holder_text": "employers", "source": ["Ana Lucía Mora"]}),
            ("61,500 colones", 0, 61500.0, None, "CRC", "exact", "person",
             {"holder_text": "A basic food basket", "source": [INEC]}),
        ],
        "quantities": [
            ("2.4%", 0, 2.4, None, "percent", "exact"),
            ("2.4%", 1, 2.4, None, "percent", "exact"),
            ("1.8%", 0, 1.8, None, "percent", "exact"),
            ("5%", 0, 5.0, None, "percent", "exact"),
            ("1.9%", 0, 1.9, None, "percent", "exact"),
            ("4%", 2, 4.0, None, "percent", "exact"),
            ("3,200 people", 0, 3200.0, None, "people", "exact"),
            ("40%", 0, 40.0, None, "percent", "approximate"),
            ("214 companies", 0, 214.0, None, "companies", "exact"),
        ],
        "dates": [
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("Wednesday", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("2027", 1, "DATE", "2027", None, year(2027)),
            ("January 1", 0, "DATE", "2027-01-01", None, day("2027-01-01")),
            ("November", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("January", 1, "DATE", "2027-01", None, month("2027-01")),
            ("a month", 1, "SET", "P1M", None, NONE),
            ("a month", 2, "SET", "P1M", None, NONE),
            ("a month", 3, "SET", "P1M", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("next year", 1, "DATE", "2027", None, year(2027)),
            ("Thursday", 0, "DATE", "2026-12-17", None, day("2026-12-17")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("November", 1, "DATE", "2026-11", None, month("2026-11", "30")),
        ],
        "lists": [
            ("What changes in January", "other", "neutral", [
                ("Unskilled workers", "372,400 colones a month, up from 363,700 colones.", 0),
                ("Domestic workers", "241,800 colones a month, after a larger 4% rise.", 0),
                ("Graduate professionals", "701,500 colones a month.", 0),
                ("Farm labourers", "14,420 colones a day.", 0),
            ]),
        ],
    },
    "greece-cruise-levy.html": {
        "reference_date": "2026-12-18",
        "not_mentions": [],
        "entities": [
            ("Greece", "GPE", "GR", ["Greece"]),
            ("Eleni Papadaki", "PERSON", None, ["Eleni Papadaki"]),
            ("Athens", "GPE", None, ["ATHENS"]),
            (FM, "ORG", None, [FM]),
            ("Santorini", "GPE", None, ["Santorini"]),
            ("Mykonos", "GPE", None, ["Mykonos"]),
            ("Oia", "GPE", None, ["Oia"]),
            ("Giorgos Kalamaras", "PERSON", None, ["Giorgos Kalamaras"]),
            (THIRA, "ORG", None, [THIRA]),
            (ROU, "PERSON", None, [ROU]),
            ("Crete", "GPE", None, ["Crete"]),
            ("Corfu", "GPE", None, ["Corfu"]),
            (CLIA, "ORG", None, [CLIA, "CLIA"]),
            ("Greek", "NORP", None, ["Greek"]),
            ("Turkey", "GPE", "TR", ["Turkey"]),
            ("Croatia", "GPE", "HR", ["Croatia"]),
            ("Hellenic Ports Association", "ORG", None, ["Hellenic Ports Association"]),
            ("Piraeus", "GPE", None, ["Piraeus"]),
            (ASC, "ORG", None, [ASC]),
            (BOG, "ORG", None, [BOG]),
        ],
        "money": [
            ("€46 million", 0, 46e6, None, "EUR", "exact", None, {"payee": ["Greece"]}),
            ("€46 million", 1, 46e6, None, "EUR", "exact", None,
             {"payer_text": "cruise passengers", "payee": ["Greece"], "source": [FM]}),
            ("€35 million", 0, 35e6, None, "EUR", "exact", None, {"source": [FM]}),
            ("€20", 0, 20.0, None, "EUR", "exact", None,
             {"payer_text": "passengers", "source": [FM]}),
            ("€5", 0, 5.0, None, "EUR", "exact", None,
             {"payer_text": "passengers", "source": [FM]}),
            ("€21.3 million", 0, 21.3e6, None, "EUR", "exact", None, {"holder": ["Santorini"]}),
            ("€6.4 million", 0, 6.4e6, None, "EUR", "exact", None,
             {"payee": [THIRA], "source": [ROU]}),
            ("€4 million", 0, 4e6, None, "EUR", "exact", None,
             {"payer": [THIRA], "place": ["Oia"], "source": [ROU]}),
            ("€3.9 million", 0, 3.9e6, None, "EUR", "exact", None, {"payee": ["Mykonos"]}),
            ("€32 million", 0, 32e6, None, "EUR", "approximate", None,
             {"payee_text": "the state budget", "source": [FM]}),
            ("€10 million", 0, 10e6, None, "EUR", "exact", None,
             {"place": ["Crete", "Corfu"], "source": [FM]}),
            ("€180", 0, 180.0, None, "EUR", "approximate", None,
             {"payer_text": "a family of four", "source": [CLIA]}),
            ("€2.7 million", 0, 2.7e6, None, "EUR", "exact", None,
             {"payer": [ASC], "source": [ASC]}),
            ("€15", 0, 15.0, None, "EUR", "exact", "ticket",
             {"payer_text": "passengers", "payee": [ASC], "source": [ASC]}),
            ("€23.1 billion", 0, 23.1e9, None, "EUR", "exact", None,
             {"payer_text": "Foreign visitors", "place": ["Greece"], "source": [BOG]}),
            ("€25", 0, 25.0, None, "EUR", "exact", None, {"payee_text": "The government"}),
            ("€60 million", 0, 60e6, None, "EUR", "at_most", "year",
             {"payee_text": "The government", "source_text": "The government"}),
        ],
        "quantities": [
            ("1.07 million visitors", 0, 1.07e6, None, "visitors", "approximate"),
            ("17,000 passengers", 0, 17000.0, None, "passengers", "at_most"),
            ("30%", 0, 30.0, None, "percent", "exact"),
            ("4%", 0, 4.0, None, "percent", "exact"),
            ("5,100 calls", 0, 5100.0, None, "calls", "approximate"),
            ("6%", 0, 6.0, None, "percent", "exact"),
        ],
        "dates": [
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("Friday", 0, "DATE", "2026-12-18", None, day("2026-12-18")),
            ("April", 0, "DATE", "2026-04", "ON_OR_AFTER", month("2026-04", "30")),
            ("June", 0, "DATE", "2026-06", None, month("2026-06", "30")),
            ("September", 0, "DATE", "2026-09", None, month("2026-09", "30")),
            ("this year", 1, "DATE", "2026", None, year(2026)),
            ("August", 0, "DATE", "2026-08", None, month("2026-08")),
            ("August", 1, "DATE", "2026-08", None, month("2026-08")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("week-long", 0, "DURATION", "P1W", None, NONE),
            ("this year", 2, "DATE", "2026", None, year(2026)),
            ("this year", 3, "DATE", "2026", None, year(2026)),
            ("March", 0, "DATE", "2027-03", None, month("2027-03")),
            ("the first half", 0, "DATE", "2026-H1", None, ("2026-01-01", "2026-06-30")),
            ("a year earlier", 0, "DATE", "2025-H1", None, ("2025-01-01", "2025-06-30")),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("a year", 1, "SET", "P1Y", None, NONE),
        ],
        "lists": [],
    },
    "uganda-coffee-exports.json": {
        "reference_date": "2026-12-14",
        "not_mentions": [],
        "entities": [
            ("Joseph Okello", "PERSON", None, ["Joseph Okello"]),
            ("Kampala", "GPE", None, ["KAMPALA", "Kampala"]),
            ("Uganda", "GPE", "UG", ["Uganda"]),
            (MAAIF, "ORG", None, [MAAIF, "MAAIF"]),
            ("Ugandan", "NORP", None, ["Ugandan"]),
            ("Italy", "GPE", "IT", ["Italy"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            ("India", "GPE", "IN", ["India"]),
            (NC, "ORG", None, [NC, "Nile Crest"]),
            (HGC, "ORG", None, [HGC]),
            ("Zurich", "GPE", None, ["Zurich"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Brenda Atim", "PERSON", None, ["Brenda Atim"]),
            ("Masaka", "GPE", None, ["Masaka"]),
            ("Bugisu", "GPE", None, ["Bugisu"]),
            (SSE, "PERSON", None, [SSE]),
            (BOU, "ORG", None, [BOU]),
            (EU, "ORG", None, [EU]),
            ("International Coffee Organization", "ORG", None,
             ["International Coffee Organization"]),
            ("Brazilian", "NORP", None, ["Brazilian"]),
        ],
        "money": [
            ("$2.41 billion", 0, 2.41e9, None, "USD", "exact", None,
             {"payee": ["Uganda"], "source": [MAAIF]}),
            ("$1.98 billion", 0, 1.98e9, None, "USD", "exact", None,
             {"payee": ["Uganda"], "source": [MAAIF]}),
            ("$5.12", 0, 5.12, None, "USD", "exact", "kilogram",
             {"payee_text": "Ugandan exporters"}),
            ("$4.05", 0, 4.05, None, "USD", "exact", None,
             {"payee_text": "Ugandan exporters"}),
            ("$512 million", 0, 512e6, None, "USD", "exact", None, {"payer": ["Italy"]}),
            ("$298 million", 0, 298e6, None, "USD", "exact", None, {"payer": ["Germany"]}),
            ("$190 million", 0, 190e6, None, "USD", "exact", None, {"payer": ["India"]}),
            ("$214 million", 0, 214e6, None, "USD", "exact", None,
             {"payee": [NC], "source": [NC]}),
            ("$38 million", 0, 38e6, None, "USD", "exact", None,
             {"payer": [HGC], "payee": [NC], "source": [NC]}),
            ("7,800 shillings", 0, 7800.0, None, "UGX", "exact", "kilogram",
             {"payee_text": "Farmers", "source": [MAAIF]}),
            ("$2.10", 0, 2.1, None, "USD", "exact", "kilogram",
             {"payee_text": "Farmers", "source": [MAAIF]}),
            ("5,100 shillings", 0, 5100.0, None, "UGX", "exact", None,
             {"payee_text": "Farmers", "source": [MAAIF]}),
            ("150 billion shillings", 0, 150e9, None, "UGX", "exact", None,
             {"payer_text": "The government", "place": ["Masaka", "Bugisu"],
              "source": [SSE]}),
            ("1.3 trillion shillings", 0, 1.3e12, None, "UGX", "exact", None,
             {"payer_text": "Commercial banks", "payee_text": "coffee traders",
              "source": [BOU]}),
            ("$15 million", 0, 15e6, None, "USD", "approximate", "year",
             {"holder_text": "the industry", "source_text": "Exporters"}),
        ],
        "quantities": [
            ("6.1 million bags", 0, 6.1e6, None, "bags", "exact"),
            ("60 kilograms", 0, 60.0, None, "kilogram", "exact"),
            ("3%", 0, 3.0, None, "percent", "exact"),
            ("1.8 million households", 0, 1.8e6, None, "households", "approximate"),
            ("2.5 hectares", 0, 2.5, None, "hectare", "less_than"),
        ],
        "dates": [
            ("Monday 14 December 2026", 0, "DATE", "2026-12-14", None, day("2026-12-14")),
            ("January", 0, "DATE", "2026-01", None, month("2026-01")),
            ("November", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("Monday", 1, "DATE", "2026-12-14", None, day("2026-12-14")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("the next financial year", 0, "DATE", "FY2027", None, NONE),
            ("the end of October", 0, "DATE", "2026-10", "END", ("2026-10-21", "2026-10-31")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("next year", 0, "DATE", "2027", None, year(2027)),
        ],
        "lists": [],
    },
    "cluj-metro-loan.json": {
        "reference_date": "2026-12-15",
        "not_mentions": [],
        "entities": [
            ("Andrei Popescu", "PERSON", None, ["Andrei Popescu"]),
            ("Ioana Marin", "PERSON", None, ["Ioana Marin"]),
            (CLUJ, "GPE", None, ["CLUJ-NAPOCA", CLUJ]),
            (BT, "ORG", None, [BT]),
            (OLT, "PERSON", None, [OLT, "Oltean"]),
            ("BCR", "ORG", None, ["BCR"]),
            (ING, "ORG", None, [ING]),
            (EU, "ORG", None, [EU, "EU"]),
            ("Romania", "GPE", "RO", ["Romania"]),
            (MDEV, "ORG", None, [MDEV]),
            ("Turkish", "NORP", None, ["Turkish"]),
            (ANA, "ORG", None, [ANA]),
            ("Romanian", "NORP", None, ["Romanian"]),
            (CARPAT, "ORG", None, [CARPAT]),
            ("Mănăștur", "GPE", None, ["Mănăștur"]),
            ("Apahida", "GPE", None, ["Apahida"]),
            ("Fitch Ratings", "ORG", None, ["Fitch Ratings"]),
        ],
        "money": [
            ("1.2 billion lei", 0, 1.2e9, None, "RON", "exact", None,
             {"payer": [BT], "payee": [CLUJ], "source": [OLT]}),
            ("€241 million", 0, 241e6, None, "EUR", "exact", None,
             {"payer": [BT], "payee": [CLUJ], "source": [OLT]}),
            ("500 million lei", 0, 500e6, None, "RON", "exact", None,
             {"payer": [BT], "source_text": "a city council decision"}),
            ("350 million lei", 0, 350e6, None, "RON", "exact", None,
             {"payer": ["BCR", ING], "source_text": "a city council decision"}),
            ("410 million lei", 0, 410e6, None, "RON", "approximate", None,
             {"payer": [CLUJ], "source_text": "the city’s finance department"}),
            ("10.4 billion lei", 0, 10.4e9, None, "RON", "exact", None,
             {"holder_text": "The 21-kilometre line"}),
            ("7.6 billion lei", 0, 7.6e9, None, "RON", "exact", None,
             {"payer": [EU], "source": [MDEV]}),
            ("1.1 billion lei", 0, 1.1e9, None, "RON", "exact", None,
             {"payer_text": "the national government", "source": [MDEV]}),
            ("500 million lei", 1, 500e6, None, "RON", "exact", None, {"payer": [CLUJ]}),
            ("8.2 billion lei", 0, 8.2e9, None, "RON", "exact", None,
             {"payee": [ANA, CARPAT]}),
            ("1.4 billion lei", 0, 1.4e9, None, "RON", "exact", None,
             {"payer": [CLUJ], "payee": [ANA, CARPAT], "source": [OLT]}),
            ("5 lei", 0, 5.0, None, "RON", "exact", None, {"holder_text": "A single ticket"}),
            ("75 million lei", 0, 75e6, None, "RON", "approximate", "year",
             {"payee": [CLUJ]}),
            ("2.3 billion lei", 0, 2.3e9, None, "RON", "approximate", None,
             {"holder": [CLUJ], "source": ["Fitch Ratings"]}),
            ("3.8 billion lei", 0, 3.8e9, None, "RON", "exact", None,
             {"holder": [CLUJ], "source": [CLUJ]}),
        ],
        "quantities": [
            ("21-kilometre", 0, 21.0, None, "kilometre", "exact"),
            ("19 stations", 0, 19.0, None, "stations", "exact"),
            ("290,000 people", 0, 290000.0, None, "people", "approximate"),
            ("100,000 passengers", 0, 100000.0, None, "passengers", "exact"),
            ("61%", 0, 61.0, None, "percent", "exact"),
        ],
        "dates": [
            ("15 December 2026", 0, "DATE", "2026-12-15", None, day("2026-12-15")),
            ("Tuesday", 0, "DATE", "2026-12-15", None, day("2026-12-15")),
            ("Monday", 0, "DATE", "2026-12-14", None, day("2026-12-14")),
            ("15-year", 0, "DURATION", "P15Y", None, NONE),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("March", 0, "DATE", "2027-03", None, month("2027-03")),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("2030", 0, "DATE", "2030", None, year(2030)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
        ],
        "lists": [],
    },
    "uzbekistan-bank-privatisation.txt": {
        "reference_date": "2026-12-17",
        "not_mentions": [],
        "entities": [
            ("Uzbekistan", "GPE", "UZ", ["Uzbekistan"]),
            (OVB, "ORG", None, [OVB, "Oltin Vodiy"]),
            ("Kazakh", "NORP", None, ["Kazakh"]),
            ("Dilnoza Karimova", "PERSON", None, ["Dilnoza Karimova"]),
            ("Tashkent", "GPE", None, ["TASHKENT"]),
            ("Kazakhstan", "GPE", "KZ", ["Kazakhstan"]),
            (SCB, "ORG", None, [SCB, "Steppe Capital"]),
            (SAMA, "ORG", None, [SAMA]),
            (EBRD, "ORG", None, [EBRD, "EBRD"]),
            ("Astana International Exchange", "ORG", None, ["Astana International Exchange"]),
            ("Samarkand", "GPE", None, ["Samarkand"]),
            ("Fergana Valley", "LOC", None, ["Fergana Valley"]),
            (ROTH, "ORG", None, [ROTH]),
            ("Akmal Nazarov", "PERSON", None, ["Akmal Nazarov"]),
            (IMF, "ORG", None, [IMF]),
            ("Uzbek", "NORP", None, ["Uzbek"]),
            ("Central Bank of Uzbekistan", "ORG", None, ["Central Bank of Uzbekistan"]),
            ("Astana", "GPE", None, ["Astana"]),
            ("Aigerim Seitkali", "PERSON", None, ["Aigerim Seitkali"]),
            ("Almaty", "GPE", None, ["Almaty"]),
            ("Tom Hargreaves", "PERSON", None, ["Tom Hargreaves"]),
        ],
        "money": [
            ("$310 million", 0, 310e6, None, "USD", "exact", None,
             {"payer_text": "Kazakh lender", "payee": ["Uzbekistan"]}),
            ("$310 million", 1, 310e6, None, "USD", "exact", None,
             {"payer": [SCB], "payee": ["Uzbekistan"], "source": [SAMA]}),
            ("$413 million", 0, 413e6, None, "USD", "approximate", None,
             {"holder": [OVB], "source": [SAMA]}),
            ("$21 million", 0, 21e6, None, "USD", "approximate", None, {"payer": [EBRD]}),
            ("$120 million", 0, 120e6, None, "USD", "exact", None,
             {"payer": [SCB], "source": [SCB]}),
            ("$150 million", 0, 150e6, None, "USD", "exact", None,
             {"payer": [SCB], "payee": [OVB], "place": ["Samarkand", "Fergana Valley"]}),
            ("18.6 trillion soums", 0, 18.6e12, None, "UZS", "exact", None, {"holder": [OVB]}),
            ("$1.5 billion", 0, 1.5e9, None, "USD", "exact", None, {"holder": [OVB]}),
            ("412 billion soums", 0, 412e9, None, "UZS", "exact", None, {"holder": [OVB]}),
            ("$8 million", 0, 8e6, None, "USD", "exact", None, {"payer": [SCB]}),
            ("$4.5 million", 0, 4.5e6, None, "USD", "exact", None,
             {"payee": [ROTH], "source": [SAMA]}),
            ("$1.2 billion", 0, 1.2e9, None, "USD", "exact", None,
             {"payee_text": "The government", "source": ["Akmal Nazarov"]}),
            ("$2.9 billion", 0, 2.9e9, None, "USD", "exact", None,
             {"payee": ["Uzbekistan"], "source": [IMF]}),
            ("1,450 tenge", 0, 1450.0, None, "KZT", "exact", None, {"holder": [SCB]}),
            ("96 billion tenge", 0, 96e9, None, "KZT", "exact", None, {"holder": [SCB]}),
        ],
        "quantities": [
            ("75%", 0, 75.0, None, "percent", "exact"),
            ("75%", 1, 75.0, None, "percent", "exact"),
            ("10%", 0, 10.0, None, "percent", "exact"),
            ("5%", 0, 5.0, None, "percent", "exact"),
            ("10%", 1, 10.0, None, "percent", "exact"),
            ("4,300 employees", 0, 4300.0, None, "employees", "exact"),
            ("65%", 0, 65.0, None, "percent", "approximate"),
            ("85%", 0, 85.0, None, "percent", "exact"),
            ("3.2%", 0, 3.2, None, "percent", "exact"),
        ],
        "dates": [
            ("Dec 17", 0, "DATE", "2026-12-17", None, day("2026-12-17")),
            ("Thursday", 0, "DATE", "2026-12-17", None, day("2026-12-17")),
            ("the end of 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("1994", 0, "DATE", "1994", None, year(1994)),
            ("the first half of 2026", 0, "DATE", "2026-H1", None,
             ("2026-01-01", "2026-06-30")),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("2020", 0, "DATE", "2020", "ON_OR_AFTER", year(2020)),
            ("2017", 0, "DATE", "2017", None, year(2017)),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("Thursday", 1, "DATE", "2026-12-17", None, day("2026-12-17")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
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


def read_record(raw: str) -> tuple[str, str | None, str | None]:
    """A .json record: "text" as it is (read_json); "html" (a fragment of <p> and <h2>) by the
    <article> block reader above, blocks separated by a blank line."""
    record = json.loads(raw)
    if "html" not in record:
        return read_json(raw)
    parser = _ArticleBlocks()
    parser.feed(f"<article>{record['html']}</article>")
    return "\n\n".join(parser.blocks), record["title"], record["published"][:10]


READERS = {".txt": read_txt, ".json": read_record, ".md": read_md, ".html": read_html}


def lists(text: str, given: list) -> list[dict]:
    return [{"heading": heading, "kind": kind, "polarity": polarity,
             "items": [{"title": title, **span(text, words, nth)}
                       for title, words, nth in items]}
            for heading, kind, polarity, items in given]


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
