"""Writes the gold files of round 11-round-7 from the hand-written annotations below.

Written by a writer session that never read artex's rule code and never ran artex (nor a spaCy
model) on these articles. Offsets are found by searching each article's text for the annotated
words: an entity's mentions are every whole-word occurrence of its surface forms before the
article's boilerplate, minus those inside a longer mention or a listed non-mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). The text of a .md, .html or .json (``html`` field) article is made by the
rules of corpus/README.md (``reader_text`` below, copied unchanged from round 11-round-6's
build_gold.py, as are the offset helpers).
Run from any folder: python build_gold.py
"""

from __future__ import annotations

import calendar
import html
import json
import re
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROLES = ("payer", "payee", "holder", "place", "source")
NONE = (None, None)


def year(y: int) -> tuple[str, str]:
    return f"{y}-01-01", f"{y}-12-31"


def day(d: str) -> tuple[str, str]:
    return d, d


def month(m: str) -> tuple[str, str]:
    y, n = int(m[:4]), int(m[5:7])
    return f"{m}-01", f"{m}-{calendar.monthrange(y, n)[1]:02d}"


# ---------------------------------------------------------------------------------------------
# The text of an article, by corpus/README.md


def _clean(s: str) -> str:
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def _html_blocks(fragment: str) -> str:
    out = []
    for m in re.finditer(r"<(h1|h2|p|ul|ol)\b[^>]*>(.*?)</\1>", fragment, re.S):
        tag, inner = m.group(1), m.group(2)
        if tag in ("ul", "ol"):
            lines = []
            for n, li in enumerate(re.findall(r"<li\b[^>]*>(.*?)</li>", inner, re.S), 1):
                bold = re.match(r"\s*<strong>(.*?)</strong>\s*(.*)", li, re.S)
                if bold:
                    title = bold.group(1).strip()
                    li = f"{title if title.endswith(':') else title + ':'} {bold.group(2)}"
                lines.append(("- " if tag == "ul" else f"{n}. ") + _clean(li))
            out.append("\n".join(lines))
        else:
            out.append(_clean(inner))
    return "\n\n".join(out)


def reader_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".txt":
        return raw
    if path.suffix == ".json":
        record = json.loads(raw)
        return record["text"] if "text" in record else _html_blocks(record["html"])
    if path.suffix == ".html":
        article = re.search(r"<article\b[^>]*>(.*?)</article>", raw, re.S).group(1)
        return _html_blocks(re.sub(r"<time\b.*?</time>", "", article, flags=re.S))
    # .md: front matter, heading marks, emphasis, link targets and rules dropped
    body = re.sub(r"\A---\n.*?\n---\n", "", raw, flags=re.S)
    lines = []
    for line in body.split("\n"):
        if line.strip() == "---":
            continue
        line = re.sub(r"^#+\s*", "", line).replace("**", "")
        line = re.sub(r"(?<!\w)\*(.+?)\*(?!\w)", r"\1", line)
        lines.append(re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------------------------------------
# The annotations (all hand-written)


NVA = "New Vilnius Alliance"
VRK = "Central Electoral Commission"
CDU = "Civic Democratic Union"
VCC = "Vilnius City Council"
AWPL = "Electoral Action of Poles in Lithuania"
EIB = "European Investment Bank"
MCR = "Mahaweli Crest Resorts PLC"
CEA = "Central Environmental Authority"
SLH = "Serendib Leisure Holdings"
CBSL = "Central Bank of Sri Lanka"
MPH = "Ministry of Public Health"
IDB = "Inter-American Development Bank"
VIREO = "Vireo Biologics"
OGM = "Omaheke Grain Millers"
KESTREL = "Kestrel Semiconductor"
ARMSTAT = "Statistical Committee of the Republic of Armenia"
UTY = "Uzbekistan Railways"
ADB = "Asian Development Bank"
GER = "Great Ethiopian Run"
ENTOTO = "Entoto Coffee Company"


ARTICLES = {
    "lithuania-vilnius-mayor-runoff": {
        "source": "lithuania-vilnius-mayor-runoff.txt",
        "reference_date": "2027-03-15",
        "published": "2027-03-15",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Vilnius", "GPE", None, ["Vilnius", "VILNIUS"]),
            ("Rūta Vaitkutė", "PERSON", None, ["Rūta Vaitkutė", "Vaitkutė"]),
            ("Algirdas Šimkus", "PERSON", None, ["Šimkus", "Algirdas Šimkus"]),
            ("Tomas Jankauskas", "PERSON", None, ["Tomas Jankauskas"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            (NVA, "ORG", None, [NVA]),
            ("Lithuanian", "NORP", None, ["Lithuanian"]),
            (VRK, "ORG", None, [VRK, "VRK"]),
            (CDU, "ORG", None, [CDU]),
            ("Gintaras Pay", "ORG", None, ["Gintaras Pay"]),
            ("Pilaitė", "GPE", None, ["Pilaitė"]),
            ("Antakalnis", "GPE", None, ["Antakalnis"]),
            ("Neris Riverside Hall", "FAC", None, ["Neris Riverside Hall"]),
            ("Neris", "LOC", None, ["Neris"]),
            (VCC, "ORG", None, [VCC]),
            ("Homeland Union", "ORG", None, ["Homeland Union"]),
            (AWPL, "ORG", None, [AWPL, "AWPL"]),
            ("Facebook", "ORG", None, ["Facebook"]),
            ("Žirmūnai", "GPE", None, ["Žirmūnai"]),
            (EIB, "ORG", None, [EIB]),
            ("Darius Petrauskas", "PERSON", None, ["Darius Petrauskas"]),
            ("LRT", "ORG", None, ["LRT"]),
            ("Laura Stankevičienė", "PERSON", None, ["Laura Stankevičienė"]),
            ("Fabijoniškės", "GPE", None, ["Fabijoniškės"]),
            ("Polish", "NORP", None, ["Polish"]),
            ("Naujamiestis", "GPE", None, ["Naujamiestis"]),
            ("Užupis", "GPE", None, ["Užupis"]),
            ("NATO", "ORG", None, ["NATO"]),
            ("Lithuania", "GPE", "LT", ["Lithuania"]),
            ("Gediminas Rimkus", "PERSON", None, ["Gediminas Rimkus"]),
            ("Vilnius University", "ORG", None, ["Vilnius University"]),
            ("Kaunas", "GPE", None, ["Kaunas"]),
            ("Klaipėda", "GPE", None, ["Klaipėda"]),
            ("Claire Bennett", "PERSON", None, ["Claire Bennett"]),
            ("Riga", "GPE", None, ["Riga"]),
            ("Joanna Pryce", "PERSON", None, ["Joanna Pryce"]),
        ],
        "money": [
            ("310 million euros", 0, 310e6, None, "EUR", "exact", None,
             {"payer": [VCC]}),
            ("150 million euros", 0, 150e6, None, "EUR", "at_most", None,
             {"payer": [EIB], "payee": ["Vilnius"], "source_text": "council documents"}),
            ("1.46 billion euros", 0, 1.46e9, None, "EUR", "exact", None,
             {"holder": ["Vilnius"], "source_text": "Critics"}),
            ("500 million euros", 0, 500e6, None, "EUR", "exact", None,
             {"holder_text": "promises", "source": ["Laura Stankevičienė"]}),
        ],
        "quantities": [
            ("54.2%", 0, 54.2, None, "percent", "exact"),
            ("45.8%", 0, 45.8, None, "percent", "exact"),
            ("47.1%", 0, 47.1, None, "percent", "exact"),
            ("41.3%", 0, 41.3, None, "percent", "exact"),
            ("19 seats", 0, 19.0, None, "seats", "exact"),
            ("51-member", 0, 51.0, None, "member", "exact"),
            ("2,500 flats", 0, 2500.0, None, "flats", "exact"),
            ("10,000 trees", 0, 10000.0, None, "trees", "exact"),
            ("60%", 0, 60.0, None, "percent", "approximate"),
            ("600,000 people", 0, 600000.0, None, "people", "approximate"),
        ],
        "dates": [
            ("12-Year", 0, "DURATION", "P12Y", None, NONE),
            ("March 15", 0, "DATE", "2027-03-15", None, day("2027-03-15")),
            ("Sunday", 0, "DATE", "2027-03-14", None, day("2027-03-14")),
            ("Monday", 0, "DATE", "2027-03-15", None, day("2027-03-15")),
            ("Feb. 28", 0, "DATE", "2027-02-28", None, day("2027-02-28")),
            ("the end of 2030", 0, "DATE", "2030", "END", ("2030-09-01", "2030-12-31")),
            ("2029", 0, "DATE", "2029", "ON_OR_BEFORE", year(2029)),
            ("this week", 0, "DATE", "2027-W11", None, ("2027-03-15", "2027-03-21")),
            ("Wednesday", 0, "DATE", "2027-03-17", None, day("2027-03-17")),
            ("Sunday", 1, "DATE", "2027-03-14", None, day("2027-03-14")),
            ("2015", 0, "DATE", "2015", "ON_OR_AFTER", year(2015)),
            ("2008", 0, "DATE", "2008", None, year(2008)),
            ("December", 0, "DATE", "2026-12", None, month("2026-12")),
            ("Monday", 1, "DATE", "2027-03-15", None, day("2027-03-15")),
            ("a month", 0, "DURATION", "P1M", None, NONE),
            ("2031", 0, "DATE", "2031", "ON_OR_BEFORE", year(2031)),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("2028", 0, "DATE", "2028", None, year(2028)),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("April 1", 0, "DATE", "2027-04-01", None, day("2027-04-01")),
            ("1990", 0, "DATE", "1990", None, year(1990)),
        ],
        "lists": [],
    },
    "sri-lanka-kandy-hotel-ruling": {
        "source": "sri-lanka-kandy-hotel-ruling.html",
        "reference_date": "2025-09-24",
        "published": "2025-09-24",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Supreme Court", "ORG", None, ["Supreme Court"]),
            (MCR, "ORG", None, ["Mahaweli Crest", MCR]),
            ("Kandy", "GPE", None, ["Kandy"]),
            ("Nirmala Fernando", "PERSON", None, ["Nirmala Fernando"]),
            ("Ruwan Dissanayake", "PERSON", None, ["Ruwan Dissanayake"]),
            ("Colombo", "GPE", None, ["COLOMBO", "Colombo"]),
            ("Sri Lanka", "GPE", "LK", ["Sri Lanka"]),
            ("Mahaweli River", "LOC", None, ["Mahaweli River"]),
            (CEA, "ORG", None, [CEA, "CEA"]),
            ("National Environmental Act", "LAW", None, ["National Environmental Act"]),
            ("Priyantha Jayasekara", "PERSON", None, ["Priyantha Jayasekara", "Jayasekara"]),
            ("Chamila Karunarathne", "PERSON", None, ["Chamila Karunarathne"]),
            ("AFP", "ORG", None, ["AFP"]),
            ("Hill Country Conservation Trust", "ORG", None,
             ["Hill Country Conservation Trust"]),
            ("Hantana", "GPE", None, ["Hantana"]),
            ("Dilani Wickramasinghe", "PERSON", None, ["Dilani Wickramasinghe"]),
            ("Hulftsdorp", "GPE", None, ["Hulftsdorp"]),
            (SLH, "ORG", None, [SLH, "Serendib"]),
            ("Victoria Reservoir", "LOC", None, ["Victoria Reservoir"]),
            ("Colombo Stock Exchange", "ORG", None, ["Colombo Stock Exchange"]),
            ("UNESCO", "ORG", None, ["UNESCO"]),
            ("Temple of the Tooth", "FAC", None, ["Temple of the Tooth"]),
            ("Buddhist", "NORP", None, ["Buddhist"]),
            ("Sri Lanka Tourism Development Authority", "ORG", None,
             ["Sri Lanka Tourism Development Authority"]),
            ("Central Province", "GPE", None, ["Central Province"]),
            ("Kasun Rathnayake", "PERSON", None, ["Kasun Rathnayake"]),
            (CBSL, "ORG", None, [CBSL]),
            ("Sri Lankan", "NORP", None, ["Sri Lankan"]),
            ("Knuckles Mountain Range", "LOC", None, ["Knuckles Mountain Range"]),
        ],
        "money": [
            ("Rs. 25 million", 0, 25e6, None, "LKR", "exact", None,
             {"payer": [MCR], "payee": ["Supreme Court"]}),
            ("Rs. 4.2 billion", 0, 4.2e9, None, "LKR", "exact", None,
             {"payer": [MCR], "place_text": "the resort"}),
            ("$14 million", 0, 14e6, None, "USD", "exact", None,
             {"payer": [MCR], "place_text": "the resort"}),
            ("Rs. 61.50", 0, 61.5, None, "LKR", "exact", None,
             {"holder": [SLH]}),
            ("$3.2 billion", 0, 3.2e9, None, "USD", "exact", None,
             {"holder": ["Sri Lanka"], "source": [CBSL]}),
        ],
        "quantities": [
            ("240-room", 0, 240.0, None, "room", "exact"),
            ("6.5 hectares", 0, 6.5, None, "hectare", "exact"),
            ("8%", 0, 8.0, None, "percent", "exact"),
            ("11-hectare", 0, 11.0, None, "hectare", "exact"),
            ("2.05 million tourists", 0, 2.05e6, None, "tourists", "exact"),
            ("2.4 million visitors", 0, 2.4e6, None, "visitors", "more_than"),
            ("14 projects", 0, 14.0, None, "projects", "at_least"),
            ("10,000 rooms", 0, 10000.0, None, "rooms", "exact"),
        ],
        "dates": [
            ("Wednesday", 0, "DATE", "2025-09-24", None, day("2025-09-24")),
            ("48 hours", 0, "DURATION", "PT48H", None, NONE),
            ("August", 0, "DATE", "2025-08", None, month("2025-08")),
            ("December 2026", 0, "DATE", "2026-12", None, month("2026-12")),
            ("Friday", 0, "DATE", "2025-09-26", "ON_OR_BEFORE", day("2025-09-26")),
            ("Tuesday", 0, "DATE", "2025-09-23", None, day("2025-09-23")),
            ("this month", 0, "DATE", "2025-09", None, month("2025-09")),
            ("18 months", 0, "DURATION", "P18M", None, NONE),
            ("March 31, 2026", 0, "DATE", "2026-03-31", "ON_OR_BEFORE", day("2026-03-31")),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("2021", 0, "DATE", "2021", "ON_OR_AFTER", year(2021)),
            ("Wednesday", 1, "DATE", "2025-09-24", None, day("2025-09-24")),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("November", 0, "DATE", "2025-11", None, month("2025-11")),
        ],
        "lists": [
            ("What the court ordered", "other", "neutral", [
                (None, "A halt to all building and clearing on the 11-hectare site."),
                (None, "A new environmental impact assessment by the CEA, with two public "
                       "hearings in Kandy."),
                (None, "Replanting of the cleared forest within 18 months, at the company’s "
                       "cost."),
                (None, "A progress report to the court by March 31, 2026."),
            ]),
        ],
    },
    "ecuador-dengue-emergency": {
        "source": "ecuador-dengue-emergency.json",
        "reference_date": "2026-02-06",
        "published": "2026-02-06",
        "title": "Ecuador declares dengue emergency as cases double; field hospital to open in "
                 "Guayaquil stadium",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Valeria Montalvo", "PERSON", None, ["Valeria Montalvo"]),
            ("Guayaquil", "GPE", None, ["GUAYAQUIL", "Guayaquil"]),
            ("Ecuador", "GPE", "EC", ["Ecuador"]),
            (MPH, "ORG", None, [MPH]),
            ("Estadio Monumental", "FAC", None, ["Estadio Monumental"]),
            ("Guasmo", "GPE", None, ["Guasmo"]),
            ("Andrés Quishpe", "PERSON", None, ["Andrés Quishpe"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("Jorge Andrade Viteri", "PERSON", None, ["Jorge Andrade Viteri", "Andrade"]),
            ("Guayas", "GPE", None, ["Guayas"]),
            ("Manabí", "GPE", None, ["Manabí"]),
            ("Los Ríos", "GPE", None, ["Los Ríos"]),
            ("El Oro", "GPE", None, ["El Oro"]),
            ("Quito", "GPE", None, ["Quito"]),
            ("Pacific", "LOC", None, ["Pacific"]),
            ("National Institute of Meteorology and Hydrology", "ORG", None,
             ["National Institute of Meteorology and Hydrology", "INAMHI"]),
            ("Teodoro Maldonado Carbo Hospital", "ORG", None,
             ["Teodoro Maldonado Carbo Hospital"]),
            ("Carla Mendoza", "PERSON", None, ["Carla Mendoza"]),
            ("National Federation of Nurses of Ecuador", "ORG", None,
             ["National Federation of Nurses of Ecuador"]),
            (IDB, "ORG", None, [IDB, "IDB"]),
            ("Pan American Health Organization", "ORG", None,
             ["Pan American Health Organization", "PAHO"]),
            ("Peru", "GPE", "PE", ["Peru"]),
            ("Colombia", "GPE", "CO", ["Colombia"]),
            ("South America", "LOC", None, ["South America"]),
            ("Manta", "GPE", None, ["Manta"]),
            ("TetraDen", "PRODUCT", None, ["TetraDen"]),
            ("Swiss", "NORP", None, ["Swiss"]),
            (VIREO, "ORG", None, [VIREO, "Vireo"]),
            ("Ecuadorian Medical Federation", "ORG", None, ["Ecuadorian Medical Federation"]),
            ("Education Ministry", "ORG", None, ["Education Ministry"]),
            ("Carnival", "EVENT", None, ["Carnival"]),
        ],
        "money": [
            ("$18 million", 0, 18e6, None, "USD", "exact", None,
             {"payer_text": "The government"}),
            ("$60 million", 0, 60e6, None, "USD", "exact", None,
             {"payer": [IDB], "place": ["Guayas", "Manabí"]}),
            ("$19", 0, 19.0, None, "USD", "exact", "dose",
             {"payer": [MPH], "payee": [VIREO], "source": ["Jorge Andrade Viteri"]}),
        ],
        "quantities": [
            ("300-bed", 0, 300.0, None, "bed", "exact"),
            ("41,200 cases", 0, 41200.0, None, "cases", "exact"),
            ("63 deaths", 0, 63.0, None, "deaths", "exact"),
            ("58,300 cases", 0, 58300.0, None, "cases", "exact"),
            ("80%", 0, 80.0, None, "percent", "approximate"),
            ("33 degrees Celsius", 0, 33.0, None, "degree Celsius", "more_than"),
            ("40 beds", 0, 40.0, None, "beds", "exact"),
            ("140 patients", 0, 140.0, None, "patients", "exact"),
            ("400,000 doses", 0, 400000.0, None, "doses", "exact"),
        ],
        "dates": [
            ("February 6, 2026", 0, "DATE", "2026-02-06", None, day("2026-02-06")),
            ("Friday", 0, "DATE", "2026-02-06", None, day("2026-02-06")),
            ("January", 0, "DATE", "2026-01", None, month("2026-01")),
            ("next week", 0, "DATE", "2026-W07", None, ("2026-02-09", "2026-02-15")),
            ("Thursday", 0, "DATE", "2026-02-05", None, day("2026-02-05")),
            ("Jan. 1", 0, "DATE", "2026-01-01", "ON_OR_AFTER", day("2026-01-01")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("the past three weeks", 0, "DURATION", "P3W", None, NONE),
            ("nine hours", 0, "DURATION", "PT9H", None, NONE),
            ("Thursday", 1, "DATE", "2026-02-05", None, day("2026-02-05")),
            ("Wednesday", 0, "DATE", "2026-02-04", None, day("2026-02-04")),
            ("15 years", 0, "DURATION", "P15Y", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("October", 0, "DATE", "2025-10", None, month("2025-10")),
            ("two weeks", 0, "DURATION", "P2W", None, NONE),
            ("Monday", 0, "DATE", "2026-02-09", None, day("2026-02-09")),
            ("Feb. 16", 0, "DATE", "2026-02-16", None, day("2026-02-16")),
            ("mid-March", 0, "DATE", "2026-03", "MID", ("2026-03-11", "2026-03-20")),
        ],
        "lists": [],
    },
    "namibia-school-meals-kavango": {
        "source": "namibia-school-meals-kavango.md",
        "reference_date": "2026-05-19",
        "published": "2026-05-19",
        "boilerplate": "© 2026 Kalahari Weekly",
        "not_mentions": [],
        "entities": [
            ("Namibia", "GPE", "NA", ["Namibia"]),
            ("Kavango East", "GPE", None, ["Kavango East"]),
            ("Selma Nangolo", "PERSON", None, ["Selma Nangolo"]),
            ("Rundu", "GPE", None, ["RUNDU", "Rundu"]),
            ("Petrina Shikongo", "PERSON", None, ["Petrina Shikongo", "Shikongo"]),
            ("Sauyemwa Combined School", "ORG", None, ["Sauyemwa Combined School"]),
            ("Hileni Amupolo", "PERSON", None, ["Hileni Amupolo"]),
            ("Kavango West", "GPE", None, ["Kavango West"]),
            ("Okavango River", "LOC", None, ["Okavango River"]),
            ("Angola", "GPE", "AO", ["Angola"]),
            ("Namibia Statistics Agency", "ORG", None, ["Namibia Statistics Agency"]),
            ("Festus Haingura", "PERSON", None, ["Festus Haingura", "Haingura"]),
            ("Angolan", "NORP", None, ["Angolan"]),
            ("World Food Programme", "ORG", None, ["World Food Programme", "WFP"]),
            ("European Union", "ORG", None, ["European Union"]),
            (OGM, "ORG", None, [OGM]),
            ("Gobabis", "GPE", None, ["Gobabis"]),
            ("Mahangu Plus", "PRODUCT", None, ["Mahangu Plus"]),
            ("Namibia National Teachers' Union", "ORG", None,
             ["Namibia National Teachers' Union", "NANTU"]),
            ("Zambezi", "GPE", None, ["Zambezi"]),
            ("Basic Education Act", "LAW", None, ["Basic Education Act"]),
        ],
        "money": [
            ("N$145 million", 0, 145e6, None, "NAD", "exact", "year",
             {"holder_text": "the expansion", "source": ["Petrina Shikongo"]}),
            ("$7.9 million", 0, 7.9e6, None, "USD", "approximate", "year",
             {"holder_text": "the expansion", "source": ["Petrina Shikongo"]}),
            ("€4 million", 0, 4e6, None, "EUR", "exact", None,
             {"payer": ["European Union"], "payee_text": "local farmers"}),
            ("N$3.50", 0, 3.5, None, "NAD", "exact", "meal",
             {"payee": [OGM]}),
            ("N$50", 0, 50.0, None, "NAD", "exact", "month",
             {"payee_text": "some schools", "source_text": "parents in Rundu"}),
        ],
        "quantities": [
            ("180,000 learners", 0, 180000.0, None, "learners", "approximate"),
            ("420,000 learners", 0, 420000.0, None, "learners", "exact"),
            ("1,600 schools", 0, 1600.0, None, "schools", "exact"),
            ("38%", 0, 38.0, None, "percent", "exact"),
            ("1,150 pupils", 0, 1150.0, None, "pupils", "exact"),
            ("12%", 0, 12.0, None, "percent", "exact"),
            ("3,000 growers", 0, 3000.0, None, "growers", "approximate"),
            ("200 schools", 0, 200.0, None, "schools", "at_least"),
            ("20%", 0, 20.0, None, "percent", "exact"),
            ("14 regions", 0, 14.0, None, "regions", "exact"),
        ],
        "dates": [
            ("19 May", 0, "DATE", "2026-05-19", None, day("2026-05-19")),
            ("September", 0, "DATE", "2026-09", None, month("2026-09")),
            ("Tuesday", 0, "DATE", "2026-05-19", None, day("2026-05-19")),
            ("1991", 0, "DATE", "1991", "ON_OR_AFTER", year(1991)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("Tuesday", 1, "DATE", "2026-05-19", None, day("2026-05-19")),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("three-year", 0, "DURATION", "P3Y", None, NONE),
            ("April", 0, "DATE", "2026-04", None, month("2026-04")),
            ("2020", 0, "DATE", "2020", None, year(2020)),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("January", 0, "DATE", "2026-01", "ON_OR_AFTER", month("2026-01")),
            ("early 2027", 0, "DATE", "2027", "START", ("2027-01-01", "2027-04-30")),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
        ],
        "lists": [
            ("Benefits", "benefits", "pro", [
                ("Attendance", "schools in Kavango West that began serving breakfast in 2024 "
                               "saw attendance rise by 12%, the ministry says."),
                ("Local farmers", "about 3,000 growers will sell grain to the programme."),
                ("Learning", "a WFP study found better concentration in afternoon classes."),
            ]),
            ("Challenges", "challenges", "con", [
                ("Kitchens", "at least 200 schools have no kitchen or storage room."),
                ("Water", "boreholes in the Zambezi region ran dry last year."),
                ("Cost", "the price of beans has risen 20% since January."),
            ]),
        ],
    },
    "armenia-chip-design-centre": {
        "source": "armenia-chip-design-centre.json",
        "reference_date": "2025-05-14",
        "published": "2025-05-14",
        "title": "Kestrel Semiconductor to open 400-engineer chip design centre in Yerevan",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Yerevan", "GPE", None, ["YEREVAN", "Yerevan"]),
            ("Armenpress", "ORG", None, ["Armenpress"]),
            (KESTREL, "ORG", None, [KESTREL, "Kestrel"]),
            ("California", "GPE", None, ["California"]),
            ("Armenian", "NORP", None, ["Armenian"]),
            ("Glendale", "GPE", None, ["Glendale"]),
            ("Engineering City", "FAC", None, ["Engineering City"]),
            ("Arsen Melikyan", "PERSON", None, ["Arsen Melikyan", "Melikyan"]),
            ("San Jose", "GPE", None, ["San Jose"]),
            ("Technology Sector Support Act", "LAW", None, ["Technology Sector Support Act"]),
            ("United States", "GPE", "US", ["United States", "US"]),
            ("India", "GPE", "IN", ["India"]),
            ("Armenia", "GPE", "AM", ["Armenia"]),
            ("Synopsys", "ORG", None, ["Synopsys"]),
            ("Lilit Zakaryan", "PERSON", None, ["Lilit Zakaryan"]),
            (ARMSTAT, "ORG", None, [ARMSTAT]),
            ("National Polytechnic University of Armenia", "ORG", None,
             ["National Polytechnic University of Armenia"]),
            ("American University of Armenia", "ORG", None,
             ["American University of Armenia", "AUA"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("Lusine Avetisyan", "PERSON", None, ["Lusine Avetisyan"]),
            ("Gyumri", "GPE", None, ["Gyumri"]),
            ("American", "NORP", None, ["American"]),
            ("Yerevan Tech Week", "EVENT", None, ["Yerevan Tech Week"]),
        ],
        "money": [
            ("$45 million", 0, 45e6, None, "USD", "exact", None,
             {"payer": [KESTREL], "place_text": "the centre", "source": ["Arsen Melikyan"]}),
            ("112 billion drams", 0, 112e9, None, "AMD", "exact", None,
             {"payer_text": "Tech companies", "source": [ARMSTAT]}),
            ("$289 million", 0, 289e6, None, "USD", "exact", None,
             {"payer_text": "Tech companies", "source": [ARMSTAT]}),
            ("$2,800", 0, 2800.0, None, "USD", "approximate", "month",
             {"payer_text": "The centre"}),
            ("$150 million", 0, 150e6, None, "USD", "exact", "year",
             {"payee_text": "chip-design services", "source_text": "The ministry"}),
            ("1.9 billion drams", 0, 1.9e9, None, "AMD", "approximate", "year",
             {"payer_text": "the state", "holder_text": "The wage subsidy",
              "source_text": "the finance ministry"}),
        ],
        "quantities": [
            ("400 engineers", 0, 400.0, None, "engineers", "exact"),
            ("30%", 0, 30.0, None, "percent", "exact"),
            ("260 people", 0, 260.0, None, "people", "exact"),
            ("1,000 staff", 0, 1000.0, None, "staff", "more_than"),
            ("21%", 0, 21.0, None, "percent", "exact"),
            ("7%", 0, 7.0, None, "percent", "approximate"),
            ("5-nanometre", 0, 5.0, None, "nanometre", "exact"),
            ("35 students", 0, 35.0, None, "students", "exact"),
        ],
        "dates": [
            ("September", 0, "DATE", "2025-09", None, month("2025-09")),
            ("the end of 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("Wednesday", 0, "DATE", "2025-05-14", None, day("2025-05-14")),
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("the first three years", 0, "DURATION", "P3Y", None, NONE),
            ("2023", 0, "DATE", "2023", "ON_OR_AFTER", year(2023)),
            ("March", 0, "DATE", "2025-03", None, month("2025-03")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("this autumn", 0, "DATE", "2025-FA", None, NONE),
            ("11 hours", 0, "DURATION", "PT11H", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("six hours", 0, "DURATION", "PT6H", None, NONE),
            ("January", 0, "DATE", "2025-01", None, month("2025-01")),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("June 10", 0, "DATE", "2025-06-10", None, day("2025-06-10")),
        ],
        "lists": [
            ("Opportunities", "opportunities", "pro", [
                ("Jobs", "The centre’s starting salaries of about $2,800 a month are roughly "
                         "three times the national average wage."),
                ("Skills", "Engineers trained on 5-nanometre designs could seed Armenian "
                           "start-ups."),
                ("Exports", "The ministry expects chip-design services to earn $150 million a "
                            "year by 2030."),
            ]),
            ("Risks", "risks", "con", [
                ("Brain drain", "Smaller Armenian firms say they cannot match Kestrel’s pay."),
                ("Power", "Engineering City lost electricity for six hours in January."),
                ("Geopolitics", "US export controls could limit which chips can be designed "
                                "outside the United States."),
            ]),
        ],
    },
    "uzbekistan-khiva-high-speed-rail": {
        "source": "uzbekistan-khiva-high-speed-rail.txt",
        "reference_date": "2026-04-03",
        "published": "2026-04-03",
        "boilerplate": "© 2026 Silk Road Business Review",
        "not_mentions": [],
        "entities": [
            ("Uzbekistan", "GPE", "UZ", ["Uzbekistan"]),
            ("Khiva", "GPE", None, ["Khiva"]),
            ("Tashkent", "GPE", None, ["Tashkent"]),
            ("Dilnoza Karimova", "PERSON", None, ["Dilnoza Karimova"]),
            ("Samarkand", "GPE", None, ["Samarkand", "SAMARKAND"]),
            ("Oliver Quinn", "PERSON", None, ["Oliver Quinn"]),
            ("Silk Road", "LOC", None, ["Silk Road"]),
            ("Turan-350", "PRODUCT", None, ["Turan-350"]),
            ("German", "NORP", None, ["German"]),
            ("Hanseatic Rail Systems", "ORG", None, ["Hanseatic Rail Systems", "Hanseatic"]),
            ("Bukhara", "GPE", None, ["Bukhara"]),
            ("Urgench", "GPE", None, ["Urgench"]),
            (UTY, "ORG", None, [UTY, "UTY"]),
            ("Sardor Ismoilov", "PERSON", None, ["Sardor Ismoilov"]),
            (ADB, "ORG", None, [ADB, "ADB"]),
            ("Jasur Tursunov", "PERSON", None, ["Jasur Tursunov"]),
            ("Itchan Kala", "FAC", None, ["Itchan Kala"]),
            ("UNESCO", "ORG", None, ["UNESCO"]),
            ("Uzbek", "NORP", None, ["Uzbek"]),
            ("Khorezm", "GPE", None, ["Khorezm"]),
            ("Kazakhstan", "GPE", "KZ", ["Kazakhstan"]),
            ("Tajikistan", "GPE", "TJ", ["Tajikistan"]),
            ("Kyrgyzstan", "GPE", "KG", ["Kyrgyzstan"]),
            ("Tourism Committee", "ORG", None, ["Tourism Committee"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Uzbekistan Airways", "ORG", None, ["Uzbekistan Airways"]),
            ("Kyzylkum Desert", "LOC", None, ["Kyzylkum Desert"]),
            ("Amu Darya", "LOC", None, ["Amu Darya"]),
            ("Gobi Desert", "LOC", None, ["Gobi Desert"]),
            ("China", "GPE", "CN", ["China"]),
            ("Karakalpakstan", "GPE", None, ["Karakalpakstan"]),
            ("Nukus", "GPE", None, ["Nukus"]),
        ],
        "money": [
            ("320,000 soums", 0, 320000.0, None, "UZS", "exact", None,
             {"holder_text": "Tickets on the new service", "source": [UTY]}),
            ("$25", 0, 25.0, None, "USD", "exact", None,
             {"holder_text": "Tickets on the new service", "source": [UTY]}),
            ("190,000 soums", 0, 190000.0, None, "UZS", "approximate", None,
             {"holder_text": "the overnight train it replaces", "source": [UTY]}),
            ("2.3 trillion soums", 0, 2.3e12, None, "UZS", "exact", None,
             {"holder_text": "The extension from Bukhara", "payer": [ADB],
              "payer_text": "the state budget"}),
            ("$180 million", 0, 180e6, None, "USD", "approximate", None,
             {"holder_text": "The extension from Bukhara", "payer": [ADB],
              "payer_text": "the state budget"}),
            ("$150 million", 0, 150e6, None, "USD", "exact", None,
             {"payer": [ADB]}),
        ],
        "quantities": [
            ("1,060-kilometre", 0, 1060.0, None, "kilometre", "exact"),
            ("4 million passengers", 0, 4e6, None, "passengers", "approximate"),
            ("1,060 kilometres", 0, 1060.0, None, "kilometre", "exact"),
            ("250 km/h", 0, 250.0, None, "kilometre per hour", "exact"),
            ("1 million visitors", 0, 1e6, None, "visitors", "more_than"),
            ("10.2 million visitors", 0, 10.2e6, None, "visitors", "exact"),
            ("180 kilometres", 0, 180.0, None, "kilometre", "exact"),
        ],
        "dates": [
            ("Seven Hours", 0, "DURATION", "PT7H", None, NONE),
            ("3 April 2026", 0, "DATE", "2026-04-03", None, day("2026-04-03")),
            ("April 3", 0, "DATE", "2026-04-03", None, day("2026-04-03")),
            ("Friday", 0, "DATE", "2026-04-03", None, day("2026-04-03")),
            ("about seven hours", 0, "DURATION", "PT7H", "APPROX", NONE),
            ("6:40 a.m.", 0, "TIME", "XXXX-XX-XXT06:40", None, NONE),
            ("1:45 p.m.", 0, "TIME", "XXXX-XX-XXT13:45", None, NONE),
            ("Friday", 1, "DATE", "2026-04-03", None, day("2026-04-03")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("Ten years ago", 0, "DATE", "2016", None, year(2016)),
            ("two days", 0, "DURATION", "P2D", None, NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("the end of 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("the summer", 0, "DATE", "2026-SU", None, NONE),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("2028", 0, "DATE", "2028", "ON_OR_BEFORE", year(2028)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("a day", 1, "SET", "P1D", None, NONE),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("last summer", 0, "DATE", "2025-SU", None, NONE),
            ("the end of the year", 0, "DATE", "2026", "END", ("2026-09-01", "2026-12-31")),
        ],
        "lists": [
            ("The line at a glance", "other", "neutral", [
                ("Route", "Tashkent–Samarkand–Bukhara–Khiva, 1,060 kilometres"),
                ("Top speed", "250 km/h between Samarkand and Bukhara"),
                ("Trains", "four Turan-350 sets now, eight by the end of 2027"),
                ("Frequency", "two return trips a day, rising to four in the summer"),
            ]),
        ],
    },
    "ethiopia-great-run-addis": {
        "source": "ethiopia-great-run-addis.txt",
        "reference_date": "2025-11-23",
        "published": "2025-11-23",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Tigist Alemu", "PERSON", None, ["Alemu", "Tigist Alemu"]),
            ("Abebe Girma", "PERSON", None, ["Girma", "Abebe Girma"]),
            (GER, "EVENT", None, [GER]),
            ("Addis Ababa", "GPE", None, ["Addis Ababa", "ADDIS ABABA"]),
            ("Meron Tadesse", "PERSON", None, ["Meron Tadesse"]),
            ("Ethiopian", "NORP", None, ["Ethiopian"]),
            ("Bekoji", "GPE", None, ["Bekoji"]),
            ("Churchill Avenue", "FAC", None, ["Churchill Avenue"]),
            ("Kenya", "GPE", "KE", ["Kenya"]),
            ("Daniel Kiprono", "PERSON", None, ["Daniel Kiprono", "Kiprono"]),
            ("Uganda", "GPE", "UG", ["Uganda"]),
            ("Moses Okello", "PERSON", None, ["Moses Okello"]),
            ("Addis Ababa Stadium", "FAC", None, ["Addis Ababa Stadium"]),
            ("Yonas Tesfaye", "PERSON", None, ["Yonas Tesfaye"]),
            ("Oromia Police", "ORG", None, ["Oromia Police"]),
            ("Bishoftu", "GPE", None, ["Bishoftu"]),
            ("Meskel Square", "FAC", None, ["Meskel Square"]),
            ("Aster Mekonnen", "PERSON", None, ["Aster Mekonnen"]),
            ("Entoto Morning", "WORK_OF_ART", None, ["Entoto Morning"]),
            ("Africa", "LOC", None, ["Africa"]),
            ("Afar", "GPE", None, ["Afar"]),
            (ENTOTO, "ORG", None, [ENTOTO]),
            ("Simien Flyer", "PRODUCT", None, ["Simien Flyer"]),
            ("Lalibela Footwear", "ORG", None, ["Lalibela Footwear"]),
            ("Simien Mountains", "LOC", None, ["Simien Mountains"]),
            ("Gondar", "GPE", None, ["Gondar"]),
            ("World Athletics", "ORG", None, ["World Athletics"]),
            ("Tokyo", "GPE", None, ["Tokyo"]),
            ("Los Angeles Olympics", "EVENT", None, ["Los Angeles Olympics"]),
            ("Ethiopian Athletics Federation", "ORG", None,
             ["Ethiopian Athletics Federation", "EAF"]),
            ("World Athletics Championships", "EVENT", None, ["World Athletics Championships"]),
            ("Beijing", "GPE", None, ["Beijing"]),
            ("Hawassa", "GPE", None, ["Hawassa"]),
            ("Ethiopia", "GPE", "ET", ["Ethiopia"]),
            ("Kenyan", "NORP", None, ["Kenyan"]),
            ("Ugandan", "NORP", None, ["Ugandan"]),
            ("Hanna Bekele", "PERSON", None, ["Hanna Bekele"]),
        ],
        "money": [
            ("18 million birr", 0, 18e6, None, "ETB", "exact", None,
             {"payee": [GER], "place": ["Afar"], "source_text": "Organisers"}),
            ("$125,000", 0, 125000.0, None, "USD", "approximate", None,
             {"payee": [GER], "place": ["Afar"], "source_text": "Organisers"}),
            ("400,000 birr", 0, 400000.0, None, "ETB", "exact", None,
             {"payer": [ENTOTO], "payee_text": "each winner"}),
        ],
        "quantities": [
            ("52,000 runners", 0, 52000.0, None, "runners", "exact"),
            ("10,000 metres", 0, 10000.0, None, "metre", "exact"),
            ("2 kilometres", 0, 2.0, None, "kilometre", "approximate"),
            ("10-kilometre", 0, 10.0, None, "kilometre", "exact"),
            ("60%", 0, 60.0, None, "percent", "exact"),
            ("15,000 pairs", 0, 15000.0, None, "pairs", "exact"),
            ("10,000 metres", 1, 10000.0, None, "metre", "exact"),
        ],
        "dates": [
            ("23 November 2025", 0, "DATE", "2025-11-23", None, day("2025-11-23")),
            ("Sunday", 0, "DATE", "2025-11-23", None, day("2025-11-23")),
            ("nine seconds", 0, "DURATION", "PT9S", None, NONE),
            ("two seconds", 0, "DURATION", "PT2S", None, NONE),
            ("Sunday", 1, "DATE", "2025-11-23", None, day("2025-11-23")),
            ("2001", 0, "DATE", "2001", None, year(2001)),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("2028", 0, "DATE", "2028", "ON_OR_BEFORE", year(2028)),
            ("March", 0, "DATE", "2025-03", None, month("2025-03")),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("Sunday", 2, "DATE", "2025-11-23", None, day("2025-11-23")),
            ("September", 0, "DATE", "2025-09", None, month("2025-09")),
            ("Next year", 0, "DATE", "2026", None, year(2026)),
            ("September 2027", 0, "DATE", "2027-09", None, month("2027-09")),
            ("next year", 0, "DATE", "2026", None, year(2026)),
            ("May", 0, "DATE", "2026-05", None, month("2026-05")),
            ("every year", 0, "SET", "P1Y", None, NONE),
            ("2016", 0, "DATE", "2016", "ON_OR_AFTER", year(2016)),
        ],
        "lists": [],
    },
}


# ---------------------------------------------------------------------------------------------
# Offsets


def occurrences(text: str, words: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]


def span(text: str, words: str, nth: int) -> dict:
    found = occurrences(text, words)
    assert nth < len(found), f"{words!r}: occurrence {nth} of {len(found)}"
    start = found[nth]
    return {"text": words, "start": start, "end": start + len(words)}


def entities(text: str, annotated: list, not_mentions: list[str], stop: int) -> list[dict]:
    blocked = [(s, s + len(w)) for w in not_mentions for s in occurrences(text, w)]
    found = []  # (start, end, entity index)
    for index, (_, _, _, forms) in enumerate(annotated):
        for form in forms:
            found += [(s, s + len(form), index) for s in occurrences(text[:stop], form)]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, int]] = []
    for start, end, index in found:
        if any(s < end and start < e for s, e, _ in kept) \
                or any(s <= start and end <= e for s, e in blocked):
            continue
        kept.append((start, end, index))
    records = []
    for index, (name, label, country, forms) in enumerate(annotated):
        mentions = sorted((s, e) for s, e, i in kept if i == index)
        assert mentions, f"{name}: no mention"
        surface = [text[s:e] for s, e in mentions]
        assert set(surface) == set(forms), (name, forms, surface)
        aliases = [form for form in dict.fromkeys(surface) if form != name]
        records.append({"name": name, "label": label, "country_code": country,
                        "aliases": aliases,
                        "mentions": [{"text": text[s:e], "start": s, "end": e}
                                     for s, e in mentions]})
    first = {r["name"]: r["mentions"][0]["start"] for r in records}
    return sorted(records, key=lambda r: first[r["name"]])


def check_roles(given: dict, names: set[str]) -> dict:
    for key, value in given.items():
        role = key.removesuffix("_text")
        assert role in ROLES, key
        if key == role:
            assert set(value) <= names, (key, value)
    return given


def lists(text: str, annotated: list) -> list[dict]:
    out = []
    for heading, kind, polarity, items in annotated:
        found = [m.end() for m in re.finditer(rf"(?m)^{re.escape(heading)}:?\n", text)]
        assert len(found) == 1, heading
        at = found[0]
        records = []
        for title, words in items:
            line = f"{title}: {words}" if title else words
            begin = text.index(line, at)
            assert text[text.rindex("\n", 0, begin) + 1:begin] in ("- ", "1. ", "2. ", "3. ",
                                                                   "4. ", "5. "), words
            start = begin + (len(title) + 2 if title else 0)
            records.append({"title": title, "text": words, "start": start,
                            "end": start + len(words)})
            at = start + len(words)
        out.append({"heading": heading, "kind": kind, "polarity": polarity,
                    "items": records})
    return out


def inline_lists(text: str, annotated: list) -> list[dict]:
    """Inline lists, one paragraph each: "Heading: a; b; c." gives untitled items a, b, c."""
    out = []
    for heading, kind, polarity, items in annotated:
        line = f"{heading}: " + "; ".join(items) + "."
        found = [m.start() for m in re.finditer(rf"(?m)^{re.escape(line)}$", text)]
        assert len(found) == 1, heading
        at = found[0] + len(heading) + 2
        records = []
        for words in items:
            records.append({"title": None, "text": words, "start": at, "end": at + len(words)})
            at += len(words) + 2
        out.append({"heading": heading, "kind": kind, "polarity": polarity,
                    "items": records})
    return out


def gold(spec: dict) -> dict:
    text = reader_text(HERE / spec["source"])
    stop = text.index(spec["boilerplate"]) if spec["boilerplate"] else len(text)
    ents = entities(text, spec["entities"], spec["not_mentions"], stop)
    names = {e["name"] for e in ents}
    money = [{**span(text, words, nth), "amount": amount, "amount_max": amount_max,
              "currency": currency, "qualifier": qualifier, "per": per,
              "roles": check_roles(given, names)}
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
        assert all(a["end"] <= b["start"] for a, b in pairwise(items)), items
        assert all(item["end"] <= stop for item in items)
    title = spec.get("title", text.split("\n", 1)[0])
    return {"gold_version": "1.0", "source": spec["source"],
            "reference_date": spec["reference_date"], "title": title,
            "published": spec["published"], "text": text, "entities": ents,
            "money": money, "quantities": quantities, "dates": dates,
            "lists": sorted(lists(text, spec["lists"])
                             + inline_lists(text, spec.get("inline_lists", [])),
                             key=lambda lst: lst["items"][0]["start"])}


def main() -> None:
    for name, spec in ARTICLES.items():
        data = gold(spec)
        path = HERE / f"{name}.gold.json"
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(data['entities'])} entities, "
              f"{sum(len(e['mentions']) for e in data['entities'])} mentions, "
              f"{len(data['money'])} money, {len(data['quantities'])} quantities, "
              f"{len(data['dates'])} dates, {len(data['lists'])} lists")


if __name__ == "__main__":
    main()
