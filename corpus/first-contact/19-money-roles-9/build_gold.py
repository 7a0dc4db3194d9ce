"""Round 19-money-roles-9: the annotations, by hand. Offsets come from a plain text search (the
helpers of round 19-money-roles, copied here from round 19-money-roles-8; never artex); run
python build_gold.py in this folder. Standard library only.

The round has .txt articles, .json records with "text" (the title lives only in "title"), a
Markdown file with front matter and a CMS HTML page; the readers below (copied unchanged from
round 19-money-roles-8) turn the .md and .html files into the text a reader shows, by the rules
of corpus/README.md. Lists are given as (heading, kind, polarity, [(title, text, nth)]).
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

FP = "Formosa Photonics Corp."
TWSE = "Taiwan Stock Exchange"
STSP = "Southern Taiwan Science Park"
HUANG = "Grace Huang"
CBP = "U.S. Customs and Border Protection"
FSC = "Financial Supervisory Commission"
MEF = "Ministry of Economy and Finance"
BAM = "Bank Al-Maghrib"
CDG = "Caisse de Dépôt et de Gestion"
IBT = "Ibertrans Rolling Stock"
CASA = "Casa Transports"
KER = "Gábor Kertész"
DUNA = "Duna Lakópark Kft."
BMC = "Budapest Metropolitan Court"
KH = "Kertész Holdings Ltd"
HOR = "Péter Horváth"
NAV = "National Tax and Customs Administration"
KSH = "Central Statistical Office"
ODW = "Odane Whitfield"
LEVY = "Marcia Levy"
WA = "World Athletics"
YS = "Yard Speed"
TAJ = "Tax Administration Jamaica"
TIV = "Tivoli Harriers"
KI = "Kingston Invitational"
JAAA = "Jamaica Athletics Administrative Association"
KIL = "Kilima Gold Mines Ltd"
TRA = "Tanzania Revenue Authority"
MARSH = "Helen Marsh"
SBT = "Stanbic Bank Tanzania"
NOR = "Nordhavn Tankers A/S"
SKOV = "Skovgaard Foundation"
VEST = "Anders Vestergaard"
ZOS = "Zhoushan Ocean Shipyard"
UN = "United Nations"
WFP = "World Food Programme"
ARC = "African Risk Capacity"
MUT = "Bwalya Mutale"
FRA = "Food Reserve Agency"
ZNFU = "Zambia National Farmers' Union"
MOF = "Ministry of Finance and National Planning"
UK = "United Kingdom"
US = "United States"

ARTICLES = {
    "formosa-photonics-ipo.txt": {
        "reference_date": "2026-12-08",
        "not_mentions": [],
        "entities": [
            (FP, "ORG", None, [FP, "Formosa Photonics", "Formosa"]),
            ("Taipei", "GPE", None, ["Taipei", "TAIPEI"]),
            ("Lin Yu-ting", "PERSON", None, ["Lin Yu-ting"]),
            ("Kevin Chou", "PERSON", None, ["Kevin Chou"]),
            ("CNA", "ORG", None, ["CNA"]),
            ("Taiwan", "GPE", "TW", ["Taiwan"]),
            ("Hsinchu", "GPE", None, ["Hsinchu"]),
            (TWSE, "ORG", None, [TWSE]),
            ("Singapore", "GPE", "SG", ["Singapore"]),
            ("GIC", "ORG", None, ["GIC"]),
            ("Cathay Life Insurance", "ORG", None, ["Cathay Life Insurance"]),
            ("Taiwanese", "NORP", None, ["Taiwanese"]),
            ("Wu Cheng-han", "PERSON", None, ["Wu Cheng-han"]),
            ("Tainan", "GPE", None, ["Tainan"]),
            (STSP, "FAC", None, [STSP]),
            ("Japan", "GPE", "JP", ["Japan"]),
            ("Canon", "ORG", None, ["Canon"]),
            (HUANG, "PERSON", None, [HUANG, "Huang"]),
            ("Yuanta Securities", "ORG", None, ["Yuanta Securities"]),
            ("Fubon Securities", "ORG", None, ["Fubon Securities"]),
            (US, "GPE", "US", [US]),
            (CBP, "ORG", None, [CBP]),
            ("KGI Securities", "ORG", None, ["KGI Securities"]),
            ("American", "NORP", None, ["American"]),
            ("Keelung Power Systems", "ORG", None, ["Keelung Power Systems"]),
            (FSC, "ORG", None, [FSC]),
            ("Chen Mei-ling", "PERSON", None, ["Chen Mei-ling"]),
        ],
        "money": [
            ("NT$18 Billion", 0, 18e9, None, "TWD", "exact", None, {"payee": [FP]}),
            ("NT$450", 0, 450.0, None, "TWD", "exact", "share",
             {"holder": [FP], "source": [FP]}),
            ("NT$18 billion", 0, 18e9, None, "TWD", "exact", None,
             {"payee": [FP], "source": [FP]}),
            ("US$570 million", 0, 570e6, None, "USD", "exact", None,
             {"payee": [FP], "source": [FP]}),
            ("NT$162 billion", 0, 162e9, None, "TWD", "approximate", None, {"holder": [FP]}),
            ("NT$6 billion", 0, 6e9, None, "TWD", "exact", None,
             {"payer": ["GIC", "Cathay Life Insurance"], "source_text": "the prospectus"}),
            ("NT$310 billion", 0, 310e9, None, "TWD", "exact", None, {"source": [TWSE]}),
            ("NT$35.6 billion", 0, 35.6e9, None, "TWD", "approximate", None,
             {"holder": ["Wu Cheng-han"]}),
            ("NT$11 billion", 0, 11e9, None, "TWD", "exact", None,
             {"payer": [FP], "place": [STSP, "Tainan"], "source": [HUANG]}),
            ("NT$4 billion", 0, 4e9, None, "TWD", "exact", None,
             {"payer": [FP], "payee": ["Canon"], "source": [HUANG]}),
            ("NT$270 million", 0, 270e6, None, "TWD", "approximate", None,
             {"payee": ["Yuanta Securities", "Fubon Securities"],
              "source_text": "the prospectus"}),
            ("NT$41.2 billion", 0, 41.2e9, None, "TWD", "exact", None,
             {"holder": [FP], "source": [FP]}),
            ("NT$7.9 billion", 0, 7.9e9, None, "TWD", "exact", None,
             {"holder": [FP], "source": [FP]}),
            ("NT$1.5 billion", 0, 1.5e9, None, "TWD", "exact", None,
             {"payer": [FP], "payee_text": "staff", "source": [HUANG]}),
            ("NT$600,000", 0, 600000.0, None, "TWD", "approximate", None,
             {"payer": [FP], "payee_text": "each of its 2,500 employees", "source": [HUANG]}),
            ("US$38 million", 0, 38e6, None, "USD", "exact", None,
             {"payer": [FP], "payee": [CBP], "source": [FP]}),
            ("US$55 million", 0, 55e6, None, "USD", "approximate", None,
             {"payer": [FP], "payee": [CBP], "source": [FP]}),
            ("NT$520", 0, 520.0, None, "TWD", "exact", "share",
             {"holder": [FP], "source": ["KGI Securities"]}),
            ("NT$9.2 billion", 0, 9.2e9, None, "TWD", "exact", None,
             {"payee": ["Keelung Power Systems"]}),
            ("NT$64 billion", 0, 64e9, None, "TWD", "exact", None,
             {"payee_text": "companies", "place": ["Taiwan"], "source": [FSC]}),
        ],
        "quantities": [
            ("40 million shares", 0, 40e6, None, "shares", "exact"),
            ("10%", 0, 10.0, None, "percent", "exact"),
            ("22%", 0, 22.0, None, "percent", "exact"),
            ("64%", 0, 64.0, None, "percent", "exact"),
            ("2,500 employees", 0, 2500.0, None, "employees", "exact"),
            ("15%", 0, 15.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Dec. 8", 0, "DATE", "2026-12-08", None, day("2026-12-08")),
            ("Tuesday", 0, "DATE", "2026-12-08", None, day("2026-12-08")),
            ("four years", 0, "DURATION", "P4Y", None, NONE),
            ("Dec. 16", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("2011", 0, "DATE", "2011", None, year(2011)),
            ("the third quarter", 0, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("a year earlier", 0, "DATE", "2025-Q3", None, quarter(2025, 3)),
            ("February", 0, "DATE", "2027-02", None, month("2027-02", "28")),
            ("this summer", 0, "DATE", "2026-SU", None, NONE),
            ("the third quarter", 1, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
        ],
        "lists": [],
    },
    "morocco-tram-sukuk.html": {
        "reference_date": "2026-12-09",
        "not_mentions": [],
        "entities": [
            ("Morocco", "GPE", "MA", ["Morocco"]),
            ("Casablanca", "GPE", None, ["Casablanca"]),
            ("Amina Bennani", "PERSON", None, ["Amina Bennani"]),
            ("Youssef El Idrissi", "PERSON", None, ["Youssef El Idrissi"]),
            ("Rabat", "GPE", None, ["RABAT", "Rabat"]),
            (MEF, "ORG", None, [MEF]),
            (BAM, "ORG", None, [BAM]),
            ("Sukuk Al-Maghrib SA", "ORG", None, ["Sukuk Al-Maghrib SA"]),
            ("Attijariwafa Bank", "ORG", None, ["Attijariwafa Bank"]),
            (CDG, "ORG", None, [CDG, "CDG"]),
            ("Kenitra", "GPE", None, ["Kenitra"]),
            (CASA, "ORG", None, [CASA]),
            ("Spanish", "NORP", None, ["Spanish"]),
            (IBT, "ORG", None, [IBT, "Ibertrans"]),
            ("Javier Montoya", "PERSON", None, ["Javier Montoya"]),
            ("Latifa Ouazzani", "PERSON", None, ["Latifa Ouazzani"]),
            ("Fitch Ratings", "ORG", None, ["Fitch Ratings"]),
            ("Moroccan", "NORP", None, ["Moroccan"]),
            ("S&P Global", "ORG", None, ["S&P Global"]),
            ("Mohammed V Boulevard", "FAC", None, ["Mohammed V Boulevard"]),
            ("Hassan Amrani", "PERSON", None, ["Hassan Amrani"]),
        ],
        "money": [
            ("6 Billion Dirhams", 0, 6e9, None, "MAD", "exact", None,
             {"payee": ["Morocco"], "place": ["Casablanca"]}),
            ("6 billion dirhams", 0, 6e9, None, "MAD", "exact", None,
             {"payee": ["Morocco"], "place": ["Casablanca"], "source": [MEF]}),
            ("$650 million", 0, 650e6, None, "USD", "exact", None,
             {"payee": ["Morocco"], "place": ["Casablanca"], "source": [MEF]}),
            ("14.8 billion dirhams", 0, 14.8e9, None, "MAD", "exact", None,
             {"source": [BAM]}),
            ("261 million dirhams", 0, 261e6, None, "MAD", "approximate", "year",
             {"payer_text": "The state", "payee_text": "the holders", "source": [MEF]}),
            ("1.2 billion dirhams", 0, 1.2e9, None, "MAD", "exact", None,
             {"payer": ["Attijariwafa Bank"],
              "source_text": "a person familiar with the auction"}),
            ("900 million dirhams", 0, 900e6, None, "MAD", "exact", None, {"payer": [CDG]}),
            ("4.1 billion dirham", 0, 4.1e9, None, "MAD", "exact", None,
             {"payer": [CASA], "payee": [IBT]}),
            ("€120 million", 0, 120e6, None, "EUR", "exact", None,
             {"payer": [IBT], "place": ["Kenitra"], "source": ["Javier Montoya"]}),
            ("1.5 billion dirhams", 0, 1.5e9, None, "MAD", "exact", None,
             {"payer": ["Casablanca"], "source": ["Latifa Ouazzani"]}),
            ("9.8 billion dirhams", 0, 9.8e9, None, "MAD", "exact", None,
             {"holder_text": "The extension"}),
            ("$1.06 billion", 0, 1.06e9, None, "USD", "approximate", None,
             {"holder_text": "The extension"}),
            ("31.7 billion dirhams", 0, 31.7e9, None, "MAD", "exact", None,
             {"payer_text": "The government", "source": [MEF]}),
            ("$2 billion", 0, 2e9, None, "USD", "at_most", None,
             {"payee": ["Morocco"], "source": [MEF]}),
        ],
        "quantities": [
            ("4.35%", 0, 4.35, None, "percent", "exact"),
            ("66 trams", 0, 66.0, None, "trams", "exact"),
            ("800 workers", 0, 800.0, None, "workers", "exact"),
            ("38 kilometres", 0, 38.0, None, "kilometre", "exact"),
        ],
        "dates": [
            ("Wednesday", 0, "DATE", "2026-12-09", None, day("2026-12-09")),
            ("seven-year", 0, "DURATION", "P7Y", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("last month", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("Tuesday", 0, "DATE", "2026-12-08", None, day("2026-12-08")),
            ("2029", 0, "DATE", "2029", None, year(2029)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("the first half of 2027", 0, "DATE", "2027-H1", None,
             ("2027-01-01", "2027-06-30")),
        ],
        "lists": [],
    },
    "budapest-developer-bail.txt": {
        "reference_date": "2026-12-09",
        "not_mentions": ["Budapest Business Courier"],
        "entities": [
            ("Réka Szabó", "PERSON", None, ["Réka Szabó"]),
            ("Budapest", "GPE", None, ["BUDAPEST", "Budapest"]),
            (KER, "PERSON", None, [KER, "Kertész"]),
            (DUNA, "ORG", None, [DUNA, "Duna Lakópark"]),
            (BMC, "ORG", None, [BMC]),
            (KH, "ORG", None, [KH]),
            ("Cyprus", "GPE", "CY", ["Cyprus"]),
            ("OTP Bank", "ORG", None, ["OTP Bank"]),
            ("Tisza Biztosító", "ORG", None, ["Tisza Biztosító"]),
            (HOR, "PERSON", None, [HOR]),
            (NAV, "ORG", None, [NAV, "NAV"]),
            ("Alföld Építő Zrt.", "ORG", None, ["Alföld Építő Zrt."]),
            ("Danube", "LOC", None, ["Danube"]),
            ("Zsófia Nagy", "PERSON", None, ["Zsófia Nagy"]),
            ("Hungary", "GPE", "HU", ["Hungary"]),
            (KSH, "ORG", None, [KSH, "KSH"]),
        ],
        "money": [
            ("50 Million Forint", 0, 50e6, None, "HUF", "exact", None,
             {"payer_text": "Developer's Founder"}),
            ("2.3 Billion Forint", 0, 2.3e9, None, "HUF", "exact", None,
             {"payee_text": "Buyers"}),
            ("50 million forints", 0, 50e6, None, "HUF", "exact", None,
             {"payer": [KER], "payee": [BMC]}),
            ("€127,000", 0, 127000.0, None, "EUR", "exact", None,
             {"payer": [KER], "payee": [BMC]}),
            ("2.3 billion forints", 0, 2.3e9, None, "HUF", "exact", None,
             {"payer": [DUNA], "payee_text": "flat buyers"}),
            ("4.6 billion forints", 0, 4.6e9, None, "HUF", "exact", None, {"payee": [KER]}),
            ("900 million forints", 0, 900e6, None, "HUF", "more_than", None,
             {"payer": [KER], "payee": [KH], "source_text": "Prosecutors"}),
            ("7.4 million forints", 0, 7.4e6, None, "HUF", "exact", None,
             {"payee_text": "buyers"}),
            ("1.9 billion forints", 0, 1.9e9, None, "HUF", "exact", None,
             {"payer": ["OTP Bank"], "payee": [DUNA]}),
            ("400 million forint", 0, 400e6, None, "HUF", "exact", None,
             {"payer": ["Tisza Biztosító"]}),
            ("120 million forints", 0, 120e6, None, "HUF", "exact", None,
             {"payer_text": "his clients", "source": [HOR]}),
            ("250,000 forints", 0, 250000.0, None, "HUF", "exact", "month",
             {"payer_text": "Some families", "source": [HOR]}),
            ("780 million forints", 0, 780e6, None, "HUF", "exact", None,
             {"payer": [DUNA], "payee": [NAV], "source": [NAV]}),
            ("1.1 billion forints", 0, 1.1e9, None, "HUF", "exact", None,
             {"holder": [DUNA], "source_text": "court filings"}),
            ("1.35 million forints", 0, 1.35e6, None, "HUF", "exact", "square metre",
             {"source": [KSH]}),
        ],
        "quantities": [
            ("312 flats", 0, 312.0, None, "flats", "exact"),
            ("72%", 0, 72.0, None, "percent", "exact"),
            ("214 buyers", 0, 214.0, None, "buyers", "exact"),
            ("11%", 0, 11.0, None, "percent", "exact"),
        ],
        "dates": [
            ("9 December 2026", 0, "DATE", "2026-12-09", None, day("2026-12-09")),
            ("Wednesday", 0, "DATE", "2026-12-09", None, day("2026-12-09")),
            ("hours", 0, "DURATION", "PTXH", None, NONE),
            ("Tuesday", 0, "DATE", "2026-12-08", None, day("2026-12-08")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("2014", 0, "DATE", "2014", None, year(2014)),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("14 January", 0, "DATE", "2027-01-14", None, day("2027-01-14")),
            ("the third quarter", 0, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("a year earlier", 0, "DATE", "2025-Q3", None, quarter(2025, 3)),
        ],
        "lists": [],
    },
    "whitfield-record-bonus.json": {
        "reference_date": "2026-12-10",
        "not_mentions": [],
        "entities": [
            ("Tamika Reid", "PERSON", None, ["Tamika Reid"]),
            ("Kingston", "GPE", None, ["KINGSTON", "Kingston"]),
            ("Jamaica", "GPE", "JM", ["Jamaica"]),
            (ODW, "PERSON", None, [ODW, "Whitfield", "Odane"]),
            ("Jamaican", "NORP", None, ["Jamaican"]),
            ("Zurich", "GPE", None, ["Zurich"]),
            (LEVY, "PERSON", None, [LEVY, "Levy"]),
            (WA, "ORG", None, [WA]),
            (YS, "ORG", None, [YS]),
            ("Damion Clarke", "PERSON", None, ["Damion Clarke"]),
            (TAJ, "ORG", None, [TAJ, "TAJ"]),
            ("Commonwealth Games", "EVENT", None, ["Commonwealth Games"]),
            (TIV, "ORG", None, [TIV]),
            ("Spanish Town", "GPE", None, ["Spanish Town"]),
            ("Everton Gayle", "PERSON", None, ["Everton Gayle", "Gayle"]),
            (UK, "GPE", "GB", ["Britain"]),
            (US, "GPE", "US", [US]),
            (KI, "EVENT", None, [KI]),
            ("St. Elizabeth", "GPE", None, ["St. Elizabeth"]),
            (JAAA, "ORG", None, [JAAA, "JAAA"]),
        ],
        "money": [
            ("J$25 million", 0, 25e6, None, "JMD", "exact", None,
             {"payer_text": "the Jamaican government", "payee": [ODW], "source": [LEVY]}),
            ("US$100,000", 0, 100000.0, None, "USD", "exact", None,
             {"payer": [WA], "payee": [ODW]}),
            ("US$50,000", 0, 50000.0, None, "USD", "exact", None,
             {"payer": [YS], "payee": [ODW], "source": [YS]}),
            ("US$1.2 million", 0, 1.2e6, None, "USD", "approximate", None,
             {"payer": [YS], "payee": [ODW], "source": [YS]}),
            ("J$3.9 million", 0, 3.9e6, None, "JMD", "approximate", None,
             {"payer": [ODW], "payee": [TAJ], "source": ["Damion Clarke"]}),
            ("J$25 million", 1, 25e6, None, "JMD", "exact", None,
             {"payer_text": "The government's bonus scheme"}),
            ("J$10 million", 0, 10e6, None, "JMD", "exact", None,
             {"payer_text": "The government's bonus scheme"}),
            ("J$4 million", 0, 4e6, None, "JMD", "exact", None,
             {"payer_text": "The government's bonus scheme"}),
            ("J$182 million", 0, 182e6, None, "JMD", "exact", None,
             {"payer_text": "The scheme", "payee_text": "41 athletes",
              "source_text": "the sports ministry"}),
            ("J$8.6 million", 0, 8.6e6, None, "JMD", "exact", None,
             {"payee": [TIV], "place": ["Spanish Town"]}),
            ("J$20 million", 0, 20e6, None, "JMD", "exact", None,
             {"holder_text": "The work"}),
            ("US$40,000", 0, 40000.0, None, "USD", "at_most", "race",
             {"payee": [ODW], "source_text": "Meet promoters"}),
            ("US$8,000", 0, 8000.0, None, "USD", "approximate", None,
             {"payee": [ODW], "source_text": "Meet promoters"}),
            ("US$350,000", 0, 350000.0, None, "USD", "exact", None,
             {"payer": [KI], "source_text": "Organisers"}),
            ("US$60,000", 0, 60000.0, None, "USD", "exact", None,
             {"payer_text": "Organisers", "payee": [ODW], "source_text": "Organisers"}),
            ("US$2 million", 0, 2e6, None, "USD", "more_than", None,
             {"payee_text": "Jamaica's sprinters", "source": [JAAA]}),
        ],
        "quantities": [
            ("25%", 0, 25.0, None, "percent", "exact"),
            ("41 athletes", 0, 41.0, None, "athletes", "exact"),
            ("2,300 donors", 0, 2300.0, None, "donors", "exact"),
        ],
        "dates": [
            ("Thursday", 0, "DATE", "2026-12-10", None, day("2026-12-10")),
            ("August", 0, "DATE", "2026-08", None, month("2026-08")),
            ("four-year", 0, "DURATION", "P4Y", None, NONE),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("June", 0, "DATE", "2027-06", None, month("2027-06", "30")),
            ("Christmas", 0, "DATE", "2026-12-25", "BEFORE", day("2026-12-25")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
        ],
        "lists": [],
    },
    "kilima-gold-tax-settlement.txt": {
        "reference_date": "2026-12-11",
        "not_mentions": [],
        "entities": [
            (KIL, "ORG", None, [KIL, "Kilima Gold", "Kilima"]),
            ("Tanzania", "GPE", "TZ", ["Tanzania"]),
            ("Neema Mwakyusa", "PERSON", None, ["Neema Mwakyusa"]),
            ("Daniel Otieno", "PERSON", None, ["Daniel Otieno"]),
            ("Dodoma", "GPE", None, ["DODOMA", "Dodoma"]),
            ("London", "GPE", None, ["London"]),
            ("Tanzanian", "NORP", None, ["Tanzanian"]),
            (TRA, "ORG", None, [TRA, "TRA"]),
            ("Nyakanga", "FAC", None, ["Nyakanga"]),
            ("Geita", "GPE", None, ["Geita"]),
            (MARSH, "PERSON", None, [MARSH, "Marsh"]),
            ("Nyota Minerals Ltd", "ORG", None, ["Nyota Minerals Ltd"]),
            ("Mining Commission", "ORG", None, ["Mining Commission"]),
            ("Standard Bank", "ORG", None, ["Standard Bank"]),
            (SBT, "ORG", None, [SBT]),
            ("Msasani Securities", "ORG", None, ["Msasani Securities"]),
            ("Halima Mnyampala", "PERSON", None, ["Halima Mnyampala"]),
            ("Joseph Mrema", "PERSON", None, ["Joseph Mrema"]),
            ("Dar es Salaam", "GPE", None, ["Dar es Salaam"]),
            ("Clare Fenwick", "PERSON", None, ["Clare Fenwick"]),
        ],
        "money": [
            ("$210 Million", 0, 210e6, None, "USD", "exact", None, {"payer": [KIL]}),
            ("$210 million", 0, 210e6, None, "USD", "exact", None,
             {"payer": [KIL], "payee_text": "the Tanzanian government", "source": [KIL],
              "source_text": "the finance ministry"}),
            ("$1.4 billion", 0, 1.4e9, None, "USD", "exact", None,
             {"source": [KIL], "source_text": "the finance ministry"}),
            ("$50 million", 0, 50e6, None, "USD", "exact", None,
             {"payer": [KIL], "source": [MARSH]}),
            ("$35 million", 0, 35e6, None, "USD", "exact", None,
             {"payer": [KIL], "payee": ["Tanzania"]}),
            ("312 billion shillings", 0, 312e9, None, "TZS", "exact", None,
             {"payer": [KIL], "source": [KIL]}),
            ("$127 million", 0, 127e6, None, "USD", "exact", None,
             {"payer": [KIL], "source": [KIL]}),
            ("1.12 trillion shillings", 0, 1.12e12, None, "TZS", "exact", None,
             {"payee_text": "the government", "source": ["Mining Commission"]}),
            ("$300 million", 0, 300e6, None, "USD", "exact", None,
             {"payer": ["Standard Bank", SBT], "payee": [KIL], "source": [KIL]}),
            ("$250 million", 0, 250e6, None, "USD", "exact", None,
             {"payer_text": "holders", "payee": [KIL], "source": [MARSH]}),
            ("$412 million", 0, 412e6, None, "USD", "exact", None, {"holder": [KIL]}),
            ("184 pence", 0, 1.84, None, "GBP", "exact", None, {"holder": [KIL]}),
            ("$14 million", 0, 14e6, None, "USD", "approximate", "year",
             {"holder": [KIL], "source": ["Msasani Securities"]}),
            ("$600 million", 0, 600e6, None, "USD", "at_most", None,
             {"source": ["Halima Mnyampala"]}),
            ("$90 million", 0, 90e6, None, "USD", "exact", None,
             {"payer": [KIL], "place": ["Nyakanga"], "source": [MARSH]}),
        ],
        "quantities": [
            ("7%", 0, 7.0, None, "percent", "exact"),
            ("6%", 0, 6.0, None, "percent", "exact"),
            ("16%", 0, 16.0, None, "percent", "exact"),
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("6%", 1, 6.0, None, "percent", "exact"),
            ("400 jobs", 0, 400.0, None, "jobs", "exact"),
        ],
        "dates": [
            ("Friday, December 11, 2026", 0, "DATE", "2026-12-11", None, day("2026-12-11")),
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("Friday", 1, "DATE", "2026-12-11", None, day("2026-12-11")),
            ("2018", 0, "DATE", "2018", None, year(2018)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("March", 0, "DATE", "2027-03", "ON_OR_BEFORE", month("2027-03")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("last year", 1, "DATE", "2025", None, year(2025)),
            ("a year earlier", 0, "DATE", "2024", None, year(2024)),
            ("2030", 0, "DATE", "2030", None, year(2030)),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("2031", 0, "DATE", "2031", None, year(2031)),
            ("the end of September", 0, "DATE", "2026-09", "END",
             ("2026-09-21", "2026-09-30")),
            ("Friday", 2, "DATE", "2026-12-11", None, day("2026-12-11")),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("every day", 0, "SET", "P1D", None, NONE),
            ("years", 1, "DURATION", "PXY", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
        ],
        "lists": [],
    },
    "nordhavn-tankers-buyback.md": {
        "reference_date": "2026-12-10",
        "not_mentions": ["Danish crowns", "Nordic Shipping Review"],
        "entities": [
            (NOR, "ORG", None, [NOR, "Nordhavn Tankers", "Nordhavn"]),
            ("Mette Kjær", "PERSON", None, ["Mette Kjær"]),
            ("Lars Holm", "PERSON", None, ["Lars Holm"]),
            ("Copenhagen", "GPE", None, ["COPENHAGEN", "Copenhagen"]),
            ("Ritzau", "ORG", None, ["Ritzau"]),
            ("Danish", "NORP", None, ["Danish"]),
            ("Clarksons", "ORG", None, ["Clarksons"]),
            (SKOV, "ORG", None, [SKOV]),
            (VEST, "PERSON", None, [VEST]),
            ("Danish Shareholders Association", "ORG", None,
             ["Danish Shareholders Association"]),
            ("Gard", "ORG", None, ["Gard"]),
            ("Norwegian", "NORP", None, ["Norwegian"]),
            ("Nordhavn Aurora", "PRODUCT", None, ["Nordhavn Aurora"]),
            ("Kattegat", "LOC", None, ["Kattegat"]),
            ("Greek", "NORP", None, ["Greek"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            (ZOS, "ORG", None, [ZOS]),
            ("Suez Canal", "FAC", None, ["Suez Canal"]),
            ("Danske Bank", "ORG", None, ["Danske Bank"]),
            ("EU", "ORG", None, ["EU"]),
        ],
        "money": [
            ("1.5 Billion Crown", 0, 1.5e9, None, "DKK", "exact", None, {"payer": [NOR]}),
            ("1.5 billion Danish crowns", 0, 1.5e9, None, "DKK", "at_most", None,
             {"payer": [NOR], "source": [NOR]}),
            ("$235 million", 0, 235e6, None, "USD", "at_most", None,
             {"payer": [NOR], "source": [NOR]}),
            ("$148 million", 0, 148e6, None, "USD", "exact", None, {"holder": [NOR]}),
            ("$61 million", 0, 61e6, None, "USD", "exact", None, {"holder": [NOR]}),
            ("$402 million", 0, 402e6, None, "USD", "exact", None, {"holder": [NOR]}),
            ("$38,500", 0, 38500.0, None, "USD", "exact", "day", {"source": ["Clarksons"]}),
            ("14 crowns", 0, 14.0, None, "DKK", "exact", "share", {"payer": [NOR]}),
            ("9 crowns", 0, 9.0, None, "DKK", "exact", None, {"payer": [NOR]}),
            ("1.1 billion crowns", 0, 1.1e9, None, "DKK", "approximate", None,
             {"holder": [NOR]}),
            ("450 million crowns", 0, 450e6, None, "DKK", "approximate", None,
             {"payee": [SKOV]}),
            ("9.2 million crowns", 0, 9.2e6, None, "DKK", "exact", None,
             {"payee": [VEST], "source": [NOR]}),
            ("14 million crowns", 0, 14e6, None, "DKK", "at_most", None,
             {"payee": [VEST], "source": [NOR]}),
            ("$22 million", 0, 22e6, None, "USD", "exact", None,
             {"payer": ["Gard"], "payee": [NOR]}),
            ("$58 million", 0, 58e6, None, "USD", "exact", None,
             {"payer_text": "a Greek buyer", "payee": [NOR]}),
            ("$129 million", 0, 129e6, None, "USD", "exact", None,
             {"payer": [NOR], "payee": [ZOS]}),
            ("318 crowns", 0, 318.0, None, "DKK", "exact", None, {"holder": [NOR]}),
            ("24 billion crowns", 0, 24e9, None, "DKK", "approximate", None,
             {"holder": [NOR]}),
            ("$1.5 million", 0, 1.5e6, None, "USD", "approximate", "year",
             {"holder": [NOR]}),
        ],
        "quantities": [
            ("41%", 0, 41.0, None, "percent", "exact"),
            ("7.2%", 0, 7.2, None, "percent", "exact"),
            ("20%", 0, 20.0, None, "percent", "exact"),
            ("300 tankers", 0, 300.0, None, "tankers", "more_than"),
        ],
        "dates": [
            ("Dec 10", 0, "DATE", "2026-12-10", None, day("2026-12-10")),
            ("the next six months", 0, "DURATION", "P6M", None, NONE),
            ("third-quarter", 0, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("Thursday", 0, "DATE", "2026-12-10", None, day("2026-12-10")),
            ("the quarter", 0, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("a year earlier", 0, "DATE", "2025-Q3", None, quarter(2025, 3)),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("the quarter", 1, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("a year earlier", 1, "DATE", "2025-Q3", None, quarter(2025, 3)),
            ("the quarter", 2, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("May", 0, "DATE", "2026-05", None, month("2026-05")),
            ("2028", 0, "DATE", "2028", None, year(2028)),
            ("2009", 0, "DATE", "2009", "ON_OR_AFTER", year(2009)),
            ("a year", 2, "SET", "P1Y", None, NONE),
            ("2027", 0, "DATE", "2027", None, year(2027)),
        ],
        "lists": [
            ("Risks for shareholders", "risks", "con", [
                ("Shorter routes", "A return of traffic through the Suez Canal would shorten "
                 "voyages and could cut rates by 20%, analysts at Danske Bank said.", 0),
                ("Orderbook", "Yards hold orders for more than 300 tankers, the most since "
                 "2009.", 0),
                ("Costs", "New EU emissions rules could add about $1.5 million a year to "
                 "Nordhavn's fuel and carbon bill from 2027.", 0),
            ]),
        ],
    },
    "zambia-drought-pledges.json": {
        "reference_date": "2026-12-14",
        "not_mentions": [],
        "entities": [
            ("Lusaka", "GPE", None, ["LUSAKA", "Lusaka"]),
            ("Zambia", "GPE", "ZM", ["Zambia"]),
            (UN, "ORG", None, [UN]),
            ("World Bank", "ORG", None, ["World Bank"]),
            ("European Union", "ORG", None, ["European Union"]),
            (UK, "GPE", "GB", ["Britain"]),
            (US, "GPE", "US", [US]),
            (WFP, "ORG", None, [WFP, "WFP"]),
            (ARC, "ORG", None, [ARC, "ARC"]),
            (MUT, "PERSON", None, [MUT, "Mutale"]),
            (FRA, "ORG", None, [FRA]),
            ("Tanzania", "GPE", "TZ", ["Tanzania"]),
            ("South Africa", "GPE", "ZA", ["South Africa"]),
            ("Southern Province", "GPE", None, ["Southern Province"]),
            (ZNFU, "ORG", None, [ZNFU]),
            ("Mwansa Lungu", "PERSON", None, ["Mwansa Lungu"]),
            ("Kondwani Phiri", "PERSON", None, ["Kondwani Phiri"]),
            (MOF, "ORG", None, [MOF]),
            ("Chanda Mwale", "PERSON", None, ["Chanda Mwale"]),
            ("Ruth Nkandu", "PERSON", None, ["Ruth Nkandu"]),
        ],
        "money": [
            ("$420 million", 0, 420e6, None, "USD", "exact", None,
             {"payer_text": "Donors", "payee": ["Zambia"], "source": [UN]}),
            ("$680 million", 0, 680e6, None, "USD", "exact", None, {"source": [UN]}),
            ("$150 million", 0, 150e6, None, "USD", "exact", None, {"payer": ["World Bank"]}),
            ("€60 million", 0, 60e6, None, "EUR", "exact", None,
             {"payer": ["European Union"]}),
            ("$63 million", 0, 63e6, None, "USD", "exact", None,
             {"payer": ["European Union"]}),
            ("£25 million", 0, 25e6, None, "GBP", "exact", None, {"payer": [UK]}),
            ("$40 million", 0, 40e6, None, "USD", "exact", None, {"payer": [US]}),
            ("$32 million", 0, 32e6, None, "USD", "exact", None,
             {"payer": [ARC], "payee": ["Zambia"], "source": [MUT]}),
            ("$4.8 million", 0, 4.8e6, None, "USD", "exact", None,
             {"payer": ["Zambia"], "payee": [ARC], "source": [MUT]}),
            ("4.5 billion kwacha", 0, 4.5e9, None, "ZMW", "exact", None,
             {"payer_text": "the government", "payee_text": "farmers", "source": [MUT]}),
            ("$167 million", 0, 167e6, None, "USD", "exact", None,
             {"payer_text": "the government", "payee_text": "farmers", "source": [MUT]}),
            ("7,500 kwacha", 0, 7500.0, None, "ZMW", "exact", "tonne",
             {"payer": [FRA], "source": [MUT]}),
            ("2.8 billion kwacha", 0, 2.8e9, None, "ZMW", "exact", None,
             {"payer": ["Zambia"], "source_text": "the budget statement"}),
            ("1,000 kwacha", 0, 1000.0, None, "ZMW", "exact", "month",
             {"payer": [WFP], "payee_text": "400,000 households",
              "place": ["Southern Province"], "source": [WFP]}),
            ("11 billion kwacha", 0, 11e9, None, "ZMW", "exact", None,
             {"holder_text": "its members", "source": [ZNFU]}),
            ("3.2 million kwacha", 0, 3.2e6, None, "ZMW", "exact", None,
             {"payer_text": "more than 9,000 donors", "payee": ["Kondwani Phiri"],
              "place": ["Southern Province"], "source": ["Kondwani Phiri"]}),
            ("$13.2 billion", 0, 13.2e9, None, "USD", "exact", None,
             {"holder": ["Zambia"], "source": [MOF]}),
        ],
        "quantities": [
            ("2.1 million people", 0, 2.1e6, None, "people", "exact"),
            ("600,000 tonnes", 0, 600000.0, None, "tonne", "exact"),
            ("250,000 tonnes", 0, 250000.0, None, "tonne", "exact"),
            ("400,000 households", 0, 400000.0, None, "households", "exact"),
            ("9,000 donors", 0, 9000.0, None, "donors", "more_than"),
        ],
        "dates": [
            ("Monday", 0, "DATE", "2026-12-14", None, day("2026-12-14")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("six months", 0, "DURATION", "P6M", None, NONE),
            ("Sunday", 0, "DATE", "2026-12-13", None, day("2026-12-13")),
            ("2020", 0, "DATE", "2020", None, year(2020)),
            ("the end of June", 0, "DATE", "2026-06", "END", ("2026-06-21", "2026-06-30")),
            ("April", 0, "DATE", "2027-04", None, month("2027-04", "30")),
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
