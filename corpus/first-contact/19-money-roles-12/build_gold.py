"""Round 19-money-roles-12: the annotations, by hand. Offsets come from a plain text search (the
helpers of round 19-money-roles, copied here unchanged from round 19-money-roles-11; never artex);
run python3 build_gold.py from any folder. Standard library only.

The round has .txt articles, a .json record with "text" and one with "html" (the title lives
only in "title"), a Markdown file with front matter and a CMS HTML page; the readers below
(copied unchanged from round 19-money-roles-11) turn the .md and .html files into the text a
reader shows, by the rules of corpus/README.md; read_record sends a .json record with "html"
through the same <article> block reader. Lists are given as (heading, kind, polarity,
[(title, text, nth)]).
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

GAL = "Gulf Anchor Logistics"
KIA = "Kuwait Investment Authority"
AMC = "Al Manara Capital"
SWFI = "Sovereign Wealth Fund Institute"
KPA = "Kuwait Ports Authority"
NAM = "Noura Al-Mutairi"
KFH = "Kuwait Finance House"
TS = "Tatranská Stavebná a.s."
NDS = "Národná diaľničná spoločnosť"
HDSS = "Horizont DSS"
MOT = "Ministry of Transport"
MOH = "Ministry of Health"
BAL = "Peter Baláž"
SBT = "Sanaga Bulk Terminals SA"
PAK = "Port Autonome de Kribi"
BDEAC = "Development Bank of Central African States"
INS = "National Institute of Statistics"
ATA = "Serge Atangana"
GCA = "Grupo Costa Ámbar"
DGII = "Dirección General de Impuestos Internos"
SIMV = "Superintendencia del Mercado de Valores"
LFP = "Luis Fernández Peña"
BIS = "Andrés Bisonó"
CUA = "Castillo Ureña Abogados"
CBDR = "Central Bank of the Dominican Republic"
MPW = "Ministry of Public Works"
IDA = "International Development Association"
MEF = "Ministry of Economy and Finance"
FR = "Faly Randrianarisoa"
BFM = "Banky Foiben’i Madagasikara"
LUM = "Lumeris Diagnostics SA"
BERG = "Bergmann Biotech GmbH"
ICC = "International Chamber of Commerce"
BIL = "Banque Internationale à Luxembourg"
HAAS = "Ulrike Haas"
MH = "Marc Hoffmann"
FHR = "Fondation Hoffmann pour la Recherche"
UL = "University of Luxembourg"
LIH = "Luxembourg Institute of Health"
MHER = "Ministry of Higher Education and Research"
KCW = "Kumul Civil Works Ltd"
DWH = "Department of Works and Highways"
HRB = "Huaxin Road and Bridge Group"
ADB = "Asian Development Bank"
OAG = "Office of the Auditor-General"
PNGC = "Papua New Guinea Chamber of Commerce and Industry"
KAPI = "Joseph Kapi"
WAMBI = "Grace Wambi"


def end_of(m: str, last: str) -> tuple[str, str]:
    return f"{m}-21", f"{m}-{last}"


ARTICLES = {
    "kuwait-port-dividend-buyback.txt": {
        "reference_date": "2027-01-11",
        "not_mentions": [],
        "entities": [
            (GAL, "ORG", None, ["Gulf Anchor", GAL]),
            ("Fahad Al-Rashidi", "PERSON", None, ["Fahad Al-Rashidi"]),
            ("Kuwait City", "GPE", None, ["KUWAIT CITY"]),
            ("KUNA", "ORG", None, ["KUNA"]),
            ("Kuwaiti", "NORP", None, ["Kuwaiti"]),
            (NAM, "PERSON", None, [NAM, "Al-Mutairi"]),
            (KIA, "ORG", None, [KIA, "KIA"]),
            ("Bahraini", "NORP", None, ["Bahraini"]),
            (AMC, "ORG", None, [AMC]),
            ("Boursa Kuwait", "ORG", None, ["Boursa Kuwait"]),
            (SWFI, "ORG", None, [SWFI]),
            ("Shuwaikh Port", "FAC", None, ["Shuwaikh Port"]),
            (KPA, "ORG", None, [KPA]),
            ("Capital Markets Authority", "ORG", None, ["Capital Markets Authority", "CMA"]),
            ("Marzouq Capital", "ORG", None, ["Marzouq Capital"]),
            ("Dana Al-Enezi", "PERSON", None, ["Dana Al-Enezi"]),
            ("Mubarak Al-Kabeer", "GPE", None, ["Mubarak Al-Kabeer"]),
            ("Islamic", "NORP", None, ["Islamic"]),
            (KFH, "ORG", None, [KFH]),
            ("Ahmad Al-Kandari", "PERSON", None, ["Ahmad Al-Kandari"]),
            ("Maryam Hussain", "PERSON", None, ["Maryam Hussain"]),
        ],
        "money": [
            ("KD 40 Million", 0, 40e6, None, "KWD", "exact", None, {"payer": [GAL]}),
            ("35 fils", 0, 0.035, None, "KWD", "exact", "share",
             {"payer": [GAL], "payee_text": "shareholders", "source": [GAL]}),
            ("KD 40 million", 0, 40e6, None, "KWD", "at_most", None,
             {"payer": [GAL], "source": [GAL]}),
            ("KD 52 million", 0, 52e6, None, "KWD", "approximate", None,
             {"payer": [GAL], "source": [NAM]}),
            ("KD 41 million", 0, 41e6, None, "KWD", "exact", None,
             {"payer": [GAL], "source": [NAM]}),
            ("KD 12.8 million", 0, 12.8e6, None, "KWD", "approximate", None, {"payee": [KIA]}),
            ("KD 16 million", 0, 16e6, None, "KWD", "approximate", None,
             {"payee_text": "Retail investors"}),
            ("KD 96 million", 0, 96e6, None, "KWD", "exact", None,
             {"payer": [KIA], "payee": [AMC]}),
            ("KD 390 million", 0, 390e6, None, "KWD", "approximate", None, {"holder": [GAL]}),
            ("412 fils", 0, 0.412, None, "KWD", "exact", None, {"holder": [GAL]}),
            ("KD 670 million", 0, 670e6, None, "KWD", "approximate", None, {"holder": [GAL]}),
            ("$900 billion", 0, 900e9, None, "USD", "more_than", None,
             {"holder": [KIA], "source": [SWFI]}),
            ("KD 74.5 million", 0, 74.5e6, None, "KWD", "exact", None,
             {"holder": [GAL], "source_text": "results filed with the exchange"}),
            ("KD 312 million", 0, 312e6, None, "KWD", "exact", None,
             {"holder": [GAL], "source_text": "results filed with the exchange"}),
            ("KD 9 million", 0, 9e6, None, "KWD", "exact", "year",
             {"payer": [GAL], "payee": [KPA]}),
            ("KD 118 million", 0, 118e6, None, "KWD", "exact", None,
             {"holder": [GAL], "source": [NAM]}),
            ("465 fils", 0, 0.465, None, "KWD", "exact", None,
             {"holder": [GAL], "source": ["Dana Al-Enezi"]}),
            ("KD 1.2 million", 0, 1.2e6, None, "KWD", "exact", None,
             {"payee_text": "its members"}),
            ("KD 85 million", 0, 85e6, None, "KWD", "exact", None,
             {"payer": [GAL], "place": ["Mubarak Al-Kabeer"]}),
            ("KD 50 million", 0, 50e6, None, "KWD", "exact", None,
             {"payer": [KFH], "payee": [GAL]}),
        ],
        "quantities": [
            ("24.6%", 0, 24.6, None, "percent", "exact"),
            ("31%", 0, 31.0, None, "percent", "approximate"),
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("4%", 0, 4.0, None, "percent", "exact"),
            ("11%", 0, 11.0, None, "percent", "exact"),
            ("10%", 0, 10.0, None, "percent", "at_most"),
            ("600 jobs", 0, 600.0, None, "jobs", "exact"),
            ("2,300 people", 0, 2300.0, None, "people", "approximate"),
            ("2.1%", 0, 2.1, None, "percent", "exact"),
        ],
        "dates": [
            ("Jan 11", 0, "DATE", "2027-01-11", None, day("2027-01-11")),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("the next 12 months", 0, "DURATION", "P12M", None, NONE),
            ("Monday", 0, "DATE", "2027-01-11", None, day("2027-01-11")),
            ("a year earlier", 0, "DATE", "2025", None, year(2025)),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("Sunday", 0, "DATE", "2027-01-10", None, day("2027-01-10")),
            ("2026", 1, "DATE", "2026", None, year(2026)),
            ("15-year", 0, "DURATION", "P15Y", None, NONE),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("last year", 0, "DATE", "2026", None, year(2026)),
            ("the end of December", 0, "DATE", "2026-12", "END", end_of("2026-12", "31")),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("the second half of 2028", 0, "DATE", "2028-H2", None,
             ("2028-07-01", "2028-12-31")),
            ("Monday", 1, "DATE", "2027-01-11", None, day("2027-01-11")),
        ],
        "lists": [],
    },
    "slovakia-builder-bond-restructuring.md": {
        "reference_date": "2027-01-12",
        "not_mentions": ["Danube Business Review"],
        "entities": [
            ("Slovak", "NORP", None, ["Slovak"]),
            (TS, "ORG", None, ["Tatranská Stavebná", TS]),
            ("Zuzana Hlinková", "PERSON", None, ["Zuzana Hlinková"]),
            ("Bratislava", "GPE", None, ["BRATISLAVA", "Bratislava"]),
            ("Slovakia", "GPE", "SK", ["Slovakia"]),
            ("Bratislava Stock Exchange", "ORG", None, ["Bratislava Stock Exchange"]),
            ("Slovenská sporiteľňa", "ORG", None, ["Slovenská sporiteľňa"]),
            ("Tatra banka", "ORG", None, ["Tatra banka"]),
            (HDSS, "ORG", None, [HDSS]),
            ("Marek Kováč", "PERSON", None, ["Marek Kováč"]),
            (NDS, "ORG", None, [NDS, "NDS"]),
            ("D1", "FAC", None, ["D1"]),
            ("Žilina", "GPE", None, ["Žilina"]),
            (MOT, "ORG", None, [MOT]),
            ("Prešov", "GPE", None, ["Prešov"]),
            (MOH, "ORG", None, [MOH]),
            (BAL, "PERSON", None, [BAL, "Baláž"]),
            ("Karpaty Holding", "ORG", None, ["Karpaty Holding"]),
            ("Dunaj Capital", "ORG", None, ["Dunaj Capital"]),
        ],
        "money": [
            ("€180 Million", 0, 180e6, None, "EUR", "exact", None, {"holder": [TS]}),
            ("€180 million", 0, 180e6, None, "EUR", "exact", None, {"holder": [TS]}),
            ("€120 million", 0, 120e6, None, "EUR", "exact", None,
             {"holder": [TS], "source": [TS]}),
            ("€60 million", 0, 60e6, None, "EUR", "exact", None, {"holder": [TS]}),
            ("€84 million", 0, 84e6, None, "EUR", "exact", None, {"payee_text": "Bondholders"}),
            ("€6 million", 0, 6e6, None, "EUR", "exact", None, {"payee_text": "Bondholders"}),
            ("€22 million", 0, 22e6, None, "EUR", "exact", None, {"holder": [HDSS]}),
            ("€6.6 million", 0, 6.6e6, None, "EUR", "approximate", None,
             {"holder": [HDSS], "source": ["Marek Kováč"]}),
            ("€15 million", 0, 15e6, None, "EUR", "approximate", None,
             {"payer_text": "Retail investors"}),
            ("€4.2 million", 0, 4.2e6, None, "EUR", "exact", None, {"payer": [TS]}),
            ("€41 million", 0, 41e6, None, "EUR", "exact", None,
             {"holder": [TS], "source": [TS]}),
            ("€17 million", 0, 17e6, None, "EUR", "exact", None,
             {"payer": [MOT], "payee": [NDS], "source": [MOT]}),
            ("€38 million", 0, 38e6, None, "EUR", "exact", None,
             {"holder": [TS], "source": [TS]}),
            ("€410 million", 0, 410e6, None, "EUR", "exact", None,
             {"holder": [TS], "source": [TS]}),
            ("€95 million", 0, 95e6, None, "EUR", "exact", None,
             {"payer": [MOH], "payee": [TS], "place": ["Prešov"], "source": [BAL]}),
            ("€12 million", 0, 12e6, None, "EUR", "exact", None,
             {"payer": ["Karpaty Holding"], "payee": [TS]}),
            ("€250 million", 0, 250e6, None, "EUR", "exact", None, {"holder": [TS]}),
            ("€330 million", 0, 330e6, None, "EUR", "exact", None, {"holder": [TS]}),
        ],
        "quantities": [
            ("30%", 0, 30.0, None, "percent", "exact"),
            ("6.5%", 0, 6.5, None, "percent", "exact"),
            ("78%", 0, 78.0, None, "percent", "approximate"),
            ("75%", 0, 75.0, None, "percent", "exact"),
            ("6.5%", 1, 6.5, None, "percent", "exact"),
            ("3.75%", 0, 3.75, None, "percent", "exact"),
            ("70%", 0, 70.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("Monday", 0, "DATE", "2027-01-11", None, day("2027-01-11")),
            ("2031", 0, "DATE", "2031", None, year(2031)),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("last week", 0, "DATE", "2027-W01", "ON_OR_BEFORE", ("2027-01-04", "2027-01-10")),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("March", 0, "DATE", "2027-03", None, month("2027-03")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("December", 0, "DATE", "2026-12", None, month("2026-12")),
            ("2025", 1, "DATE", "2025", None, year(2025)),
            ("2009", 0, "DATE", "2009", "ON_OR_AFTER", year(2009)),
            ("February", 0, "DATE", "2027-02", None, month("2027-02", "28")),
            ("last autumn", 0, "DATE", "2026-FA", None, NONE),
            ("the spring", 0, "DATE", "2027-SP", "ON_OR_BEFORE", NONE),
            ("June", 0, "DATE", "2027-06", "ON_OR_BEFORE", month("2027-06", "30")),
            ("July", 0, "DATE", "2027-07", None, month("2027-07")),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("a year earlier", 0, "DATE", "2025", None, year(2025)),
            ("the end of March", 0, "DATE", "2027-03", "END", end_of("2027-03", "31")),
        ],
        "lists": [
            ("Risks bondholders still face", "risks", "con", [
                ("State payments", "further delays by NDS could leave the group short of cash "
                 "again before the first coupon falls due in July.", 0),
                ("Order book", "the group's new contracts fell to €250 million in 2026 from "
                 "€330 million a year earlier.", 0),
                ("Interest costs", "the 6.5% coupon on the new notes is well above the 3.75% the "
                 "company paid before the crisis.", 0),
            ]),
        ],
    },
    "cameroon-kribi-grain-concession.html": {
        "reference_date": "2027-01-13",
        "not_mentions": [],
        "entities": [
            ("Cameroon", "GPE", "CM", ["Cameroon"]),
            ("Kribi", "GPE", None, ["Kribi"]),
            (SBT, "ORG", None, ["Sanaga Bulk", SBT]),
            ("Solange Ekwalla", "PERSON", None, ["Solange Ekwalla"]),
            ("Yaoundé", "GPE", None, ["YAOUNDÉ", "Yaoundé"]),
            (MOT, "ORG", None, [MOT]),
            (PAK, "ORG", None, [PAK, "PAK"]),
            ("Douala", "GPE", None, ["Douala"]),
            ("Mungo Agro", "ORG", None, ["Mungo Agro"]),
            ("Dutch", "NORP", None, ["Dutch"]),
            ("Zeeland Harbour Partners", "ORG", None, ["Zeeland Harbour Partners"]),
            ("Afriland First Bank", "ORG", None, ["Afriland First Bank"]),
            (BDEAC, "ORG", None, [BDEAC, "BDEAC"]),
            ("AFP", "ORG", None, ["AFP"]),
            ("Emmanuel Tchoua", "PERSON", None, ["Emmanuel Tchoua"]),
            ("Turkish", "NORP", None, ["Turkish"]),
            ("Anadolu Liman", "ORG", None, ["Anadolu Liman"]),
            ("Nigeria", "GPE", "NG", ["Nigeria"]),
            ("Coastline Terminals", "ORG", None, ["Coastline Terminals"]),
            ("Hervé Mbarga", "PERSON", None, ["Hervé Mbarga"]),
            (INS, "ORG", None, [INS, "INS"]),
            ("Rose Ndzana", "PERSON", None, ["Rose Ndzana"]),
            ("Ministry of Finance", "ORG", None, ["Ministry of Finance"]),
            (ATA, "PERSON", None, [ATA, "Atangana"]),
        ],
        "money": [
            ("45 Billion FCFA", 0, 45e9, None, "XAF", "exact", None,
             {"payer": [SBT], "payee": ["Cameroon"]}),
            ("45 billion FCFA", 0, 45e9, None, "XAF", "exact", None,
             {"payer": [SBT], "payee_text": "the state", "source": [MOT]}),
            ("6 billion FCFA", 0, 6e9, None, "XAF", "exact", None,
             {"payer": [SBT], "payee": [PAK], "source_text": "the tender documents"}),
            ("1.2 billion FCFA", 0, 1.2e9, None, "XAF", "exact", "year",
             {"payer": [SBT], "payee": [PAK], "source_text": "the tender documents"}),
            ("850 FCFA", 0, 850.0, None, "XAF", "exact", "tonne",
             {"payer": [SBT], "payee": [PAK], "source_text": "the tender documents"}),
            ("118 billion FCFA", 0, 118e9, None, "XAF", "exact", None, {"payer": [SBT]}),
            ("€180 million", 0, 180e6, None, "EUR", "approximate", None, {"payer": [SBT]}),
            ("70 billion FCFA", 0, 70e9, None, "XAF", "exact", None,
             {"payer": ["Afriland First Bank", BDEAC], "payee": [SBT]}),
            ("39 billion FCFA", 0, 39e9, None, "XAF", "exact", None,
             {"source_text": "a PAK official"}),
            ("41.5 billion FCFA", 0, 41.5e9, None, "XAF", "exact", None,
             {"source_text": "a PAK official"}),
            ("18,000 FCFA", 0, 18000.0, None, "XAF", "at_most", "tonne",
             {"payer_text": "Importers"}),
            ("310 billion FCFA", 0, 310e9, None, "XAF", "exact", None,
             {"payer": ["Cameroon"], "source": [INS]}),
            ("64 billion FCFA", 0, 64e9, None, "XAF", "exact", None,
             {"holder": [PAK], "source": [PAK]}),
            ("240 million FCFA", 0, 240e6, None, "XAF", "approximate", "year",
             {"payer": [PAK], "payee": ["Kribi"], "source": ["Rose Ndzana"]}),
            ("2.4 billion FCFA", 0, 2.4e9, None, "XAF", "exact", None,
             {"payer": [SBT], "payee_text": "Local fishermen displaced by the quay",
              "source": [ATA]}),
            ("5 billion FCFA", 1, 5e9, None, "XAF", "exact", None, {"source": [ATA]}),
        ],
        "quantities": [
            ("300-metre", 0, 300.0, None, "metre", "exact"),
            ("1.1 million tonnes", 0, 1.1e6, None, "tonne", "approximate"),
            ("650 jobs", 0, 650.0, None, "jobs", "exact"),
        ],
        "dates": [
            ("25-year", 0, "DURATION", "P25Y", None, NONE),
            ("Tuesday", 0, "DATE", "2027-01-12", None, day("2027-01-12")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("last year", 0, "DATE", "2026", None, year(2026)),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("the second half of 2027", 0, "DATE", "2027-H2", None, ("2027-07-01", "2027-12-31")),
            ("mid-2029", 0, "DATE", "2029", "MID", ("2029-05-01", "2029-08-31")),
        ],
        "lists": [],
    },
    "dominican-resort-tax-settlement.json": {
        "reference_date": "2027-01-14",
        "not_mentions": [],
        "entities": [
            ("Mariela Santana", "PERSON", None, ["Mariela Santana"]),
            ("Santo Domingo", "GPE", None, ["SANTO DOMINGO"]),
            (GCA, "ORG", None, [GCA, "Costa Ámbar"]),
            ("Dominican Republic", "GPE", "DO", ["Dominican Republic"]),
            (DGII, "ORG", None, [DGII, "DGII"]),
            ("Punta Cana", "GPE", None, ["Punta Cana"]),
            ("Samaná", "GPE", None, ["Samaná"]),
            (SIMV, "ORG", None, [SIMV, "SIMV"]),
            (LFP, "PERSON", None, [LFP]),
            ("Superior Administrative Court", "ORG", None, ["Superior Administrative Court"]),
            ("Spanish", "NORP", None, ["Spanish"]),
            ("Meridia Hoteles", "ORG", None, ["Meridia Hoteles"]),
            (BIS, "PERSON", None, [BIS, "Bisonó"]),
            (CUA, "ORG", None, [CUA]),
            ("Bávaro", "GPE", None, ["Bávaro"]),
            ("Madrid", "GPE", None, ["Madrid"]),
            ("Caribbean", "LOC", None, ["Caribbean"]),
            (CBDR, "ORG", None, [CBDR]),
            (MPW, "ORG", None, [MPW]),
            ("Las Terrenas", "GPE", None, ["Las Terrenas"]),
            ("Ana Reyes", "PERSON", None, ["Ana Reyes"]),
            ("Pedro Almonte", "PERSON", None, ["Pedro Almonte"]),
        ],
        "money": [
            ("RD$2.8 billion", 0, 2.8e9, None, "DOP", "exact", None,
             {"payer": [GCA], "payee": [DGII], "source": [GCA, DGII]}),
            ("US$47 million", 0, 47e6, None, "USD", "approximate", None,
             {"payer": [GCA], "payee": [DGII], "source": [GCA, DGII]}),
            ("RD$5.1 billion", 0, 5.1e9, None, "DOP", "exact", None,
             {"source_text": "court filings"}),
            ("RD$1.2 billion", 0, 1.2e9, None, "DOP", "exact", None,
             {"payer": [GCA], "source": [GCA]}),
            ("RD$66.7 million", 0, 66.7e6, None, "DOP", "approximate", None,
             {"payer": [GCA], "source": [GCA]}),
            ("RD$1.9 billion", 0, 1.9e9, None, "DOP", "approximate", None, {"source": [LFP]}),
            ("RD$842 billion", 0, 842e9, None, "DOP", "exact", None,
             {"payee": [DGII], "source": [DGII]}),
            ("RD$3 billion", 0, 3e9, None, "DOP", "exact", None, {"holder": [GCA]}),
            ("RD$200 million", 0, 200e6, None, "DOP", "approximate", None,
             {"holder": [GCA], "source": [BIS]}),
            ("RD$38 million", 0, 38e6, None, "DOP", "exact", None,
             {"payer": [GCA], "payee": [CUA], "source": [BIS]}),
            ("RD$24.6 billion", 0, 24.6e9, None, "DOP", "exact", None,
             {"holder": [GCA], "source": [GCA]}),
            ("RD$450 million", 0, 450e6, None, "DOP", "exact", None,
             {"payee": ["Meridia Hoteles"], "source_text": "the filing"}),
            ("US$10.9 billion", 0, 10.9e9, None, "USD", "exact", None,
             {"payer_text": "Visitors", "place": ["Dominican Republic"], "source": [CBDR]}),
            ("US$10", 1, 10.0, None, "USD", "exact", "guest night",
             {"payer_text": "Foreign guests", "payee_text": "the state"}),
            ("RD$250 million", 0, 250e6, None, "DOP", "exact", None,
             {"payer": [MPW], "place": ["Las Terrenas", "Samaná"], "source": [MPW]}),
        ],
        "quantities": [
            ("9%", 0, 9.0, None, "percent", "exact"),
            ("6,400 people", 0, 6400.0, None, "people", "approximate"),
            ("15%", 0, 15.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("14 January 2027", 0, "DATE", "2027-01-14", None, day("2027-01-14")),
            ("six-year", 0, "DURATION", "P6Y", None, NONE),
            ("Wednesday", 0, "DATE", "2027-01-13", None, day("2027-01-13")),
            ("2017", 0, "DATE", "2017", None, year(2017)),
            ("2020", 0, "DATE", "2020", None, year(2020)),
            ("30 days", 0, "DURATION", "P30D", None, NONE),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("a year earlier", 0, "DATE", "2025", None, year(2025)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("this year", 0, "DATE", "2027", None, year(2027)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2026", 1, "DATE", "2026", None, year(2026)),
            ("2019", 0, "DATE", "2019", "ON_OR_AFTER", year(2019)),
        ],
        "lists": [],
    },
    "madagascar-microfinance-programme.json": {
        "reference_date": "2027-01-15",
        "not_mentions": [],
        "entities": [
            ("Haingo Rasoanaivo", "PERSON", None, ["Haingo Rasoanaivo"]),
            ("Antananarivo", "GPE", None, ["ANTANANARIVO"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            ("Madagascar", "GPE", "MG", ["Madagascar"]),
            (MEF, "ORG", None, [MEF]),
            (IDA, "ORG", None, [IDA, "IDA"]),
            ("Vola Mahasoa", "ORG", None, ["Vola Mahasoa"]),
            ("Tahiry Finance", "ORG", None, ["Tahiry Finance"]),
            ("Fanilo Microcrédit", "ORG", None, ["Fanilo Microcrédit"]),
            (FR, "PERSON", None, [FR, "Randrianarisoa"]),
            ("Androy", "GPE", None, ["Androy"]),
            ("Anosy", "GPE", None, ["Anosy"]),
            (INS, "ORG", None, [INS, "INSTAT"]),
            ("Ambovombe", "GPE", None, ["Ambovombe"]),
            ("AFP", "ORG", None, ["AFP"]),
            ("Tojo Rakotomalala", "PERSON", None, ["Tojo Rakotomalala"]),
            ("Malagasy", "LANGUAGE", None, ["Malagasy"]),
            ("French", "LANGUAGE", None, ["French"]),
            ("Mialy Rakotoarisoa", "PERSON", None, ["Mialy Rakotoarisoa"]),
            (BFM, "ORG", None, [BFM]),
        ],
        "money": [
            ("120 billion ariary", 0, 120e9, None, "MGA", "exact", None,
             {"payer": ["World Bank", "Madagascar"], "source": [MEF]}),
            ("Ar 90 billion", 0, 90e9, None, "MGA", "exact", None, {"payer": [IDA]}),
            ("Ar 30 billion", 0, 30e9, None, "MGA", "exact", None,
             {"payer_text": "the government"}),
            ("Ar 55 billion", 0, 55e9, None, "MGA", "exact", None,
             {"payee": ["Vola Mahasoa"], "source": [FR]}),
            ("Ar 40 billion", 0, 40e9, None, "MGA", "exact", None,
             {"payee": ["Tahiry Finance"], "source": [FR]}),
            ("Ar 25 billion", 0, 25e9, None, "MGA", "exact", None,
             {"payee": ["Fanilo Microcrédit"], "source": [FR]}),
            ("Ar 300,000 to Ar 4 million", 0, 300000.0, 4e6, "MGA", "range", None,
             {"payee_text": "Borrowers", "source": [FR]}),
            ("Ar 1.4 million", 0, 1.4e6, None, "MGA", "exact", None,
             {"payee_text": "Farmers in Androy", "source": [INS]}),
            ("$150 million", 0, 150e6, None, "USD", "approximate", None,
             {"holder_text": "the south", "source": ["World Bank"]}),
            ("$1.2 billion", 0, 1.2e9, None, "USD", "exact", None,
             {"payer": ["World Bank"], "payee": ["Madagascar"]}),
            ("Ar 600,000", 0, 600000.0, None, "MGA", "at_most", None,
             {"payer_text": "a state-backed insurance pool",
              "payee_text": "borrowers whose crops fail"}),
            ("Ar 2.5 billion", 0, 2.5e9, None, "MGA", "exact", None, {"payee_text": "lenders"}),
            ("Ar 3.2 billion", 0, 3.2e9, None, "MGA", "exact", None,
             {"holder": ["Tahiry Finance"], "source": ["Mialy Rakotoarisoa"]}),
            ("Ar 8 billion", 0, 8e9, None, "MGA", "exact", None,
             {"payer_text": "The programme"}),
            ("Ar 1,150 billion", 0, 1150e9, None, "MGA", "exact", None,
             {"holder_text": "microfinance institutions", "source": [BFM]}),
        ],
        "quantities": [
            ("40,000 borrowers", 0, 40000.0, None, "borrowers", "approximate"),
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("18%", 1, 18.0, None, "percent", "exact"),
            ("32%", 0, 32.0, None, "percent", "approximate"),
            ("12%", 0, 12.0, None, "percent", "at_most"),
            ("9%", 0, 9.0, None, "percent", "exact"),
            ("14%", 0, 14.0, None, "percent", "exact"),
        ],
        "dates": [
            ("15 January", 0, "DATE", "2027-01-15", None, day("2027-01-15")),
            ("Thursday", 0, "DATE", "2027-01-14", None, day("2027-01-14")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("March", 0, "DATE", "2027-03", None, month("2027-03")),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("last year", 0, "DATE", "2026", None, year(2026)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2020", 0, "DATE", "2020", "ON_OR_AFTER", year(2020)),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("last year", 1, "DATE", "2026", None, year(2026)),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("the end of September", 0, "DATE", "2026-09", "END", end_of("2026-09", "30")),
            ("a year earlier", 0, "DATE", "2025-09", None, month("2025-09", "30")),
        ],
        "lists": [
            ("Benefits for borrowers", "benefits", "pro", [
                ("Lower rates", "interest is capped at 18% a year, against about 32% at most "
                 "lenders.", 0),
                ("Insurance", "borrowers whose crops fail can claim up to Ar 600,000 from a "
                 "state-backed insurance pool.", 0),
                ("Training", "lenders receive Ar 2.5 billion to train loan officers who speak "
                 "Malagasy as well as French.", 0),
            ]),
            ("Concerns raised by lenders", "concerns", "con", [
                ("Repayment", "up to 12% of loans could go bad in a poor season.", 0),
                ("Currency", "the ariary lost 9% against the euro last year, raising the cost "
                 "of imported seed and fertiliser.", 0),
                ("Reach", "fewer than half of the districts targeted have a microfinance "
                 "branch.", 0),
            ]),
        ],
    },
    "luxembourg-royalty-award-endowment.txt": {
        "reference_date": "2027-01-18",
        "not_mentions": ["Moselle Press Agency"],
        "entities": [
            (LUM, "ORG", None, ["Lumeris", LUM]),
            ("German", "NORP", None, ["German"]),
            ("Claire Wagner", "PERSON", None, ["Claire Wagner"]),
            ("Esch-sur-Alzette", "GPE", None, ["ESCH-SUR-ALZETTE", "Esch-sur-Alzette"]),
            ("Luxembourg", "GPE", "LU", ["Luxembourg"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            (BERG, "ORG", None, [BERG, "Bergmann"]),
            (ICC, "ORG", None, [ICC, "ICC"]),
            ("Paris", "GPE", None, ["Paris"]),
            ("Vireo", "PRODUCT", None, ["Vireo"]),
            (BIL, "ORG", None, [BIL, "BIL"]),
            ("Belval", "GPE", None, ["Belval"]),
            ("Frankfurt", "GPE", None, ["Frankfurt"]),
            ("Sophie Reding", "PERSON", None, ["Sophie Reding"]),
            (HAAS, "PERSON", None, [HAAS, "Haas"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Asia", "LOC", None, ["Asia"]),
            (MH, "PERSON", None, [MH, "Hoffmann"]),
            (FHR, "ORG", None, [FHR]),
            (UL, "ORG", None, [UL]),
            (LIH, "ORG", None, [LIH]),
            (MHER, "ORG", None, [MHER]),
            ("Belgium", "GPE", "BE", ["Belgium"]),
            ("Paul Schmit", "PERSON", None, ["Paul Schmit"]),
        ],
        "money": [
            ("€64 Million", 0, 64e6, None, "EUR", "exact", None,
             {"payer": [LUM], "payee_text": "German Patent Holder"}),
            ("€64 million", 0, 64e6, None, "EUR", "exact", None,
             {"payer": [LUM], "payee": [BERG], "source": [LUM, BERG]}),
            ("€51.3 million", 0, 51.3e6, None, "EUR", "exact", None,
             {"payer": [LUM], "source": [BERG]}),
            ("€12.7 million", 0, 12.7e6, None, "EUR", "exact", None,
             {"payer": [LUM], "source": [BERG]}),
            ("€18 million", 0, 18e6, None, "EUR", "exact", None,
             {"source_text": "a person close to the company"}),
            ("€40 million", 0, 40e6, None, "EUR", "exact", None,
             {"holder": [LUM], "source": [LUM]}),
            ("€24 million", 0, 24e6, None, "EUR", "exact", None,
             {"payer": [LUM], "source": [LUM]}),
            ("€210 million", 0, 210e6, None, "EUR", "exact", None,
             {"holder": [LUM], "source": [LUM]}),
            ("€75 million", 0, 75e6, None, "EUR", "exact", None,
             {"payer": [BIL], "payee": [LUM], "place": ["Belval"]}),
            ("€31.20", 0, 31.2, None, "EUR", "exact", None, {"holder": [LUM]}),
            ("€1.1 billion", 0, 1.1e9, None, "EUR", "approximate", None, {"holder": [LUM]}),
            ("€286 million", 0, 286e6, None, "EUR", "exact", None,
             {"holder": [LUM], "source": [LUM]}),
            ("€19 million", 0, 19e6, None, "EUR", "exact", None,
             {"holder": [LUM], "source": [LUM]}),
            ("€9 million", 0, 9e6, None, "EUR", "exact", None, {"source": [HAAS]}),
            ("€22 million", 0, 22e6, None, "EUR", "exact", None,
             {"payee": [BERG], "source": [HAAS]}),
            ("€25 million", 0, 25e6, None, "EUR", "exact", None,
             {"payer": [MH], "payee": [FHR], "place": ["Belval"], "source": [MH]}),
            ("€60 million", 0, 60e6, None, "EUR", "exact", None, {"holder": [FHR]}),
            ("€35 million", 0, 35e6, None, "EUR", "exact", None, {"holder": [FHR]}),
            ("€1.4 million", 0, 1.4e6, None, "EUR", "exact", None,
             {"payer": [FHR], "payee": [LIH]}),
            ("€5 million", 0, 5e6, None, "EUR", "at_most", "year",
             {"payer": ["Luxembourg"], "payee": [UL], "source": [MHER]}),
        ],
        "quantities": [
            ("4.5%", 0, 4.5, None, "percent", "exact"),
            ("7.4%", 0, 7.4, None, "percent", "exact"),
            ("38%", 0, 38.0, None, "percent", "exact"),
            ("4%", 1, 4.0, None, "percent", "approximate"),
            ("1,100 people", 0, 1100.0, None, "people", "approximate"),
        ],
        "dates": [
            ("18 January 2027", 0, "DATE", "2027-01-18", None, day("2027-01-18")),
            ("four-year", 0, "DURATION", "P4Y", None, NONE),
            ("Friday", 0, "DATE", "2027-01-15", None, day("2027-01-15")),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("Last month", 0, "DATE", "2026-12", None, month("2026-12")),
            ("Friday", 1, "DATE", "2027-01-15", None, day("2027-01-15")),
            ("2025", 1, "DATE", "2025", None, year(2025)),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("March", 0, "DATE", "2027-03", None, month("2027-03")),
            ("2026", 1, "DATE", "2026", None, year(2026)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("last year", 0, "DATE", "2026", None, year(2026)),
            ("each year", 0, "SET", "P1Y", None, NONE),
            ("2026", 2, "DATE", "2026", None, year(2026)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("the autumn", 0, "DATE", "2027-FA", "ON_OR_BEFORE", NONE),
            ("2004", 0, "DATE", "2004", None, year(2004)),
        ],
        "lists": [],
    },
    "png-highlands-highway-contract.txt": {
        "reference_date": "2027-01-19",
        "not_mentions": [],
        "entities": [
            (KCW, "ORG", None, ["Kumul Civil", KCW]),
            ("Highlands Highway", "FAC", None, ["Highlands Highway"]),
            ("Ruth Kaupa", "PERSON", None, ["Ruth Kaupa"]),
            ("Port Moresby", "GPE", None, ["PORT MORESBY"]),
            ("Papua New Guinea", "GPE", "PG", ["Papua New Guinea"]),
            (DWH, "ORG", None, [DWH]),
            ("Lae", "GPE", None, ["Lae"]),
            ("Goroka", "GPE", None, ["Goroka"]),
            (KAPI, "PERSON", None, [KAPI, "Kapi"]),
            ("Parliament", "ORG", None, ["Parliament"]),
            ("China", "GPE", "CN", ["China"]),
            (HRB, "ORG", None, [HRB, "Huaxin"]),
            ("Australian", "NORP", None, ["Australian"]),
            ("Coral Sea Constructions", "ORG", None, ["Coral Sea Constructions"]),
            ("Morobe", "GPE", None, ["Morobe"]),
            ("Eastern Highlands", "GPE", None, ["Eastern Highlands"]),
            (ADB, "ORG", None, [ADB, "ADB"]),
            ("Australia", "GPE", "AU", ["Australia"]),
            (WAMBI, "PERSON", None, [WAMBI, "Wambi"]),
            ("Highlands", "LOC", None, ["Highlands"]),
            (OAG, "ORG", None, [OAG]),
            ("Public Accounts Committee", "ORG", None, ["Public Accounts Committee"]),
            ("Peter Ambeng", "PERSON", None, ["Peter Ambeng"]),
            (PNGC, "ORG", None, [PNGC]),
            ("Enga", "GPE", None, ["Enga"]),
            ("Southern Highlands", "GPE", None, ["Southern Highlands"]),
            ("Mount Hagen", "GPE", None, ["Mount Hagen"]),
            ("Kassam Pass", "LOC", None, ["Kassam Pass"]),
            ("James Mora", "PERSON", None, ["James Mora"]),
        ],
        "money": [
            ("K1.35 Billion", 0, 1.35e9, None, "PGK", "exact", None, {"payee": [KCW]}),
            ("K1.35 billion", 0, 1.35e9, None, "PGK", "exact", None,
             {"payer": [DWH], "payee": [KCW], "place": ["Lae", "Goroka"], "source": [KAPI]}),
            ("K1.18 billion", 0, 1.18e9, None, "PGK", "exact", None,
             {"source_text": "the evaluation report"}),
            ("K820 million", 0, 820e6, None, "PGK", "exact", None,
             {"payer": [ADB], "source": [DWH]}),
            ("A$95 million", 0, 95e6, None, "AUD", "exact", None,
             {"payer": ["Australia"], "source": [DWH]}),
            ("K240 million", 0, 240e6, None, "PGK", "approximate", None,
             {"payer": ["Australia"], "source": [DWH]}),
            ("K290 million", 0, 290e6, None, "PGK", "exact", None,
             {"payer_text": "The government"}),
            ("K200 million", 0, 200e6, None, "PGK", "approximate", None,
             {"payer": [KCW], "payee_text": "subcontractors in the two provinces",
              "source": [WAMBI]}),
            ("K160 million", 0, 160e6, None, "PGK", "exact", None,
             {"payer": [HRB], "source": [WAMBI]}),
            ("K410 million", 0, 410e6, None, "PGK", "exact", None,
             {"holder": [DWH], "source": [OAG]}),
            ("K170 million", 0, 170e6, None, "PGK", "exact", None,
             {"holder_text": "the winning bid"}),
            ("K6 billion", 0, 6e9, None, "PGK", "approximate", "year",
             {"holder_text": "Freight on the highway", "source": [PNGC]}),
            ("K1,500", 0, 1500.0, None, "PGK", "exact", None,
             {"holder_text": "each round trip from Lae to Mount Hagen",
              "source_text": "Trucking companies"}),
            ("K25", 0, 25.0, None, "PGK", "exact", "car", {"payee": [DWH]}),
            ("K180", 0, 180.0, None, "PGK", "exact", "truck", {"payee": [DWH]}),
            ("K31 million", 0, 31e6, None, "PGK", "exact", None, {"payee": [DWH]}),
        ],
        "quantities": [
            ("142 kilometres", 0, 142.0, None, "kilometre", "exact"),
            ("49%", 0, 49.0, None, "percent", "exact"),
            ("60%", 0, 60.0, None, "percent", "exact"),
            ("40 kilometres", 0, 40.0, None, "kilometre", "exact"),
        ],
        "dates": [
            ("Monday", 0, "DATE", "2027-01-18", None, day("2027-01-18")),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("four-year", 0, "DURATION", "P4Y", None, NONE),
            ("last week", 0, "DATE", "2027-W02", None, ("2027-01-11", "2027-01-17")),
            ("2022", 0, "DATE", "2022", "ON_OR_AFTER", year(2022)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("February", 0, "DATE", "2027-02", None, month("2027-02", "28")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("April", 0, "DATE", "2027-04", None, month("2027-04", "30")),
            ("the end of 2028", 0, "DATE", "2028", "END", ("2028-09-01", "2028-12-31")),
        ],
        "lists": [
            ("Concerns", "concerns", "con", [
                (None, "the winning bid was K170 million above the lowest offer", 0),
                (None, "the joint venture had filed no audited accounts for 2025", 0),
                (None, "the evaluation report was signed after the award", 0),
            ]),
        ],
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
    the byline (class="byline") moved to right after the <h1>. Added in this round (round 11's
    pages had no lists): a <ul>/<ol> is one block, its items one per line as "- item" / "1. item"
    (corpus/README.md); "<strong>Title:</strong> text" reads "Title: text", and so does
    "<strong>Title</strong> text" (review: the colon is added after a bold title that has none)."""

    BLOCKS = {"h1", "h2", "p", "li"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = False
        self.skip = 0
        self.current: list[str] | None = None
        self.current_byline = False
        self.blocks: list[str] = []
        self.byline: str | None = None
        self.items: list[str] | None = None
        self.ordered = False
        self.item_title = False
        self.colon_pending = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.in_article = True
        elif not self.in_article:
            return
        elif tag == "time" or attrs.get("class") == "share":
            self.skip += 1
        elif tag in ("ul", "ol") and not self.skip:
            self.items, self.ordered = [], tag == "ol"
        elif tag == "strong" and self.items is not None and self.current is not None \
                and not "".join(self.current).strip():
            self.item_title = True
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
        elif tag == "strong" and self.item_title:
            # A colon after the bold title unless the title ends with one or the text after it
            # starts with one ("<strong>Title</strong>: text").
            self.item_title = False
            title = "".join(self.current).rstrip()
            self.current[:] = [title]
            self.colon_pending = not title.endswith(":")
        elif tag in ("ul", "ol") and self.items is not None:
            self.blocks.append("\n".join(self.items))
            self.items = None
        elif tag in self.BLOCKS and self.current is not None:
            block = " ".join("".join(self.current).split())
            if self.current_byline:
                self.byline = block
            elif tag == "li" and self.items is not None:
                marker = f"{len(self.items) + 1}." if self.ordered else "-"
                self.items.append(f"{marker} {block}")
            else:
                self.blocks.append(block)
            self.current = None

    def handle_data(self, data):
        if self.in_article and not self.skip and self.current is not None:
            if self.colon_pending and data.strip():
                self.colon_pending = False
                if not data.lstrip().startswith(":"):
                    self.current.append(":")
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
