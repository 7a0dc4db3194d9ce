"""Writes the gold files of round 11-round-10 from the hand-written annotations below.

Written by a writer session that never read artex's rule code and never ran artex (nor a spaCy
model) on these articles. Offsets are found by searching each article's text for the annotated
words: an entity's mentions are every whole-word occurrence of its surface forms before the
article's boilerplate, minus those inside a longer mention or a listed non-mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). The text of a .md, .html or .json (``html`` field) article is made by the
rules of corpus/README.md (``reader_text`` below, copied unchanged from round 11-round-9's
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

BSP = "Brunei Shell Petroleum"
UBD = "Universiti Brunei Darussalam"
IBTE = "Institute of Brunei Technical Education"
BPA = "Belize Port Authority"
CDB = "Caribbean Development Bank"
CSWT = "Coral Strait Water Taxi Ltd"
SPBE = "San Pedro Belize Express"
BTIA = "Belize Tourism Industry Association"
PEMNP = "Public Enterprise for National Parks of Montenegro"
EPA = "Environmental Protection Agency"
CLIA = "Cruise Lines International Association"
SYNTEE = "National Union of Energy and Water Workers"
SEEG = "Société d'Énergie et d'Eau du Gabon"
CHUL = "Centre Hospitalier Universitaire de Libreville"
CPG = "Gabonese Employers' Confederation"
SDP = "Sangay Dorji Penjor"
DFPS = "Department of Forests and Park Services"
FNCA = "Forest and Nature Conservation Act"
RSPN = "Royal Society for Protection of Nature"
CNR = "College of Natural Resources"
BBS = "Bhutan Broadcasting Service"
ZEC = "Zimbabwe Electoral Commission"
CCC = "Citizens Coalition for Change"
ZANU = "Zimbabwe African National Union – Patriotic Front"
ZESN = "Zimbabwe Election Support Network"
ADEKUS = "Anton de Kom University of Suriname"
GSBT = "Guiana Shield Biodiversity Trust"
RVO = "Netherlands Enterprise Agency"
MDS = "Meteorological Service of Suriname"


ARTICLES = {
    "brunei-temburong-school-opening": {
        "source": "brunei-temburong-school-opening.txt",
        "reference_date": "2026-11-03",
        "published": "2026-11-03",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Brunei", "GPE", "BN", ["Brunei"]),
            ("Temburong", "GPE", None, ["Temburong"]),
            ("Nurul Huda Ismail", "PERSON", None, ["Nurul Huda Ismail"]),
            ("Bandar Seri Begawan", "GPE", None, ["BANDAR SERI BEGAWAN", "Bandar Seri Begawan"]),
            ("Xinhua", "ORG", None, ["Xinhua"]),
            ("Bangar Secondary School", "ORG", None, ["Bangar Secondary School"]),
            ("Azlan Abdul Karim", "PERSON", None, ["Azlan Abdul Karim", "Azlan"]),
            ("Ministry of Education", "ORG", None, ["Ministry of Education"]),
            ("Bangar", "GPE", None, ["Bangar"]),
            ("Labu", "GPE", None, ["Labu"]),
            ("Malaysian", "NORP", None, ["Malaysian"]),
            ("Sarawak", "GPE", None, ["Sarawak"]),
            ("Temburong Bridge", "FAC", None, ["Temburong Bridge"]),
            ("Brunei Bay", "LOC", None, ["Brunei Bay"]),
            ("Temburong River", "LOC", None, ["Temburong River"]),
            ("Sultan Hassan Secondary School", "ORG", None, ["Sultan Hassan Secondary School"]),
            ("Siti Khadijah Omar", "PERSON", None, ["Siti Khadijah Omar"]),
            (BSP, "ORG", None, [BSP, "BSP"]),
            ("Ulu Temburong National Park", "LOC", None, ["Ulu Temburong National Park"]),
            ("Belalong River", "LOC", None, ["Belalong River"]),
            (UBD, "ORG", None, [UBD, "UBD"]),
            ("Hamid Yaakub", "PERSON", None, ["Hamid Yaakub"]),
            ("Kuala Belalong Field Studies Centre", "ORG", None,
             ["Kuala Belalong Field Studies Centre"]),
            ("Malay", "LANGUAGE", None, ["Malay"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("Arabic", "LANGUAGE", None, ["Arabic"]),
            (IBTE, "ORG", None, [IBTE, "IBTE"]),
            ("Mohd Faizal Haji Tahir", "PERSON", None, ["Mohd Faizal Haji Tahir"]),
            ("Rosmawati Jaafar", "PERSON", None, ["Rosmawati Jaafar"]),
            ("Batang Duri", "GPE", None, ["Batang Duri"]),
            ("Limbang", "GPE", None, ["Limbang"]),
            ("Bruneian", "NORP", None, ["Bruneian"]),
            ("Lim Jia Hui", "PERSON", None, ["Lim Jia Hui"]),
            ("Chen Wei", "PERSON", None, ["Chen Wei"]),
        ],
        "money": [
            ("B$48 million", 0, 48e6, None, "BND", "exact", None,
             {"holder": ["Bangar Secondary School"], "source": ["Azlan Abdul Karim"]}),
            ("US$37 million", 0, 37e6, None, "USD", "approximate", None,
             {"holder": ["Bangar Secondary School"], "source": ["Azlan Abdul Karim"]}),
            ("B$2.5 million", 0, 2.5e6, None, "BND", "exact", None, {"payer": [BSP]}),
            ("B$150", 0, 150.0, None, "BND", "approximate", "month",
             {"payer_text": "the family", "source": ["Rosmawati Jaafar"]}),
        ],
        "quantities": [
            ("640 pupils", 0, 640.0, None, "pupils", "exact"),
            ("30-kilometre", 0, 30.0, None, "kilometre", "exact"),
            ("410 pupils", 0, 410.0, None, "pupils", "approximate"),
            ("86%", 0, 86.0, None, "percent", "exact"),
            ("95%", 0, 95.0, None, "percent", "exact"),
            ("460,000 people", 0, 460000.0, None, "people", "approximate"),
            ("4%", 0, 4.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Nov 3", 0, "DATE", "2026-11-03", None, day("2026-11-03")),
            ("two decades", 0, "DURATION", "P20Y", None, NONE),
            ("Monday", 0, "DATE", "2026-11-02", None, day("2026-11-02")),
            ("90 minutes", 0, "DURATION", "PT90M", None, NONE),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("six in the morning", 0, "TIME", "XXXX-XX-XXT06:00", "BEFORE", NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("March 2020", 0, "DATE", "2020-03", None, month("2020-03")),
            ("mid-2023", 0, "DATE", "2023", "MID", ("2023-05-01", "2023-08-31")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("eight-week", 0, "DURATION", "P8W", None, NONE),
            ("January", 0, "DATE", "2027-01", None, month("2027-01")),
            ("mid-2027", 0, "DATE", "2027", "MID", ("2027-05-01", "2027-08-31")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("Nov. 2, 2026", 0, "DATE", "2026-11-02", None, day("2026-11-02")),
        ],
        "lists": [],
    },
    "belize-city-water-taxi-terminal": {
        "source": "belize-city-water-taxi-terminal.html",
        "reference_date": "2026-06-09",
        "published": "2026-06-09",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Belize City", "GPE", None, ["Belize City"]),
            ("Marisol Chan", "PERSON", None, ["Marisol Chan"]),
            ("Caye Caulker", "LOC", None, ["Caye Caulker"]),
            ("Marine Terminal", "FAC", None, ["Marine Terminal"]),
            ("Haulover Creek", "LOC", None, ["Haulover Creek"]),
            ("Reef Coast News", "ORG", None, ["Reef Coast News"]),
            ("Andre Gillett", "PERSON", None, ["Andre Gillett"]),
            ("Ambergris Caye", "LOC", None, ["Ambergris Caye"]),
            (BPA, "ORG", None, [BPA, "BPA", "Authority"]),
            ("Fort Point Tourism Village", "FAC", None, ["Fort Point Tourism Village"]),
            ("Delroy Usher", "PERSON", None, ["Delroy Usher", "Usher"]),
            (CDB, "ORG", None, [CDB, "CDB"]),
            ("Ministry of Infrastructure Development and Housing", "ORG", None,
             ["Ministry of Infrastructure Development and Housing"]),
            ("Hurricane Lisa", "EVENT", None, ["Hurricane Lisa"]),
            (CSWT, "ORG", None, [CSWT, "Coral Strait"]),
            (SPBE, "ORG", None, [SPBE]),
            ("Chetumal", "GPE", None, ["Chetumal"]),
            ("Mexico", "GPE", "MX", ["Mexico"]),
            ("San Pedro", "GPE", None, ["San Pedro"]),
            ("Kenrick Flowers", "PERSON", None, ["Kenrick Flowers"]),
            ("Belize City Council", "ORG", None, ["Belize City Council"]),
            ("BelCan Bridge", "FAC", None, ["BelCan Bridge"]),
            ("Swing Bridge", "FAC", None, ["Swing Bridge"]),
            ("Bernard Wagner", "PERSON", None, ["Bernard Wagner"]),
            ("Philip S. W. Goldson International Airport", "FAC", None,
             ["Philip S. W. Goldson International Airport"]),
            ("George Price Highway", "FAC", None, ["George Price Highway"]),
            ("Princess Margaret Drive", "FAC", None, ["Princess Margaret Drive"]),
            ("Belize", "GPE", "BZ", ["Belize"]),
            ("Yolanda Cruz", "PERSON", None, ["Yolanda Cruz"]),
            (BTIA, "ORG", None, [BTIA, "BTIA"]),
            ("American", "NORP", None, ["American"]),
            ("Canadian", "NORP", None, ["Canadian"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("Spanish", "LANGUAGE", None, ["Spanish"]),
            ("Kriol", "LANGUAGE", None, ["Kriol"]),
        ],
        "money": [
            ("BZ$14.6 million", 0, 14.6e6, None, "BZD", "exact", None, {"payer": [CDB]}),
            ("US$7.3 million", 0, 7.3e6, None, "USD", "exact", None, {"payer": [CDB]}),
            ("BZ$35", 0, 35.0, None, "BZD", "exact", None,
             {"holder_text": "fares", "source": [CSWT, SPBE]}),
            ("BZ$25", 0, 25.0, None, "BZD", "exact", None,
             {"holder_text": "fares", "source": [CSWT, SPBE]}),
        ],
        "quantities": [
            ("400 metres", 0, 400.0, None, "metre", "approximate"),
            ("1,200 passengers", 0, 1200.0, None, "passengers", "approximate"),
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("180 metres", 0, 180.0, None, "metre", "exact"),
            ("14 boats", 0, 14.0, None, "boats", "exact"),
        ],
        "dates": [
            ("10 weeks", 0, "DURATION", "P10W", None, NONE),
            ("Monday", 0, "DATE", "2026-06-08", None, day("2026-06-08")),
            ("10 weeks", 1, "DURATION", "P10W", None, NONE),
            ("July 6", 0, "DATE", "2026-07-06", None, day("2026-07-06")),
            ("Monday", 1, "DATE", "2026-06-08", None, day("2026-06-08")),
            ("mid-September", 0, "DATE", "2026-09", "MID", ("2026-09-11", "2026-09-20")),
            ("February", 0, "DATE", "2026-02", None, month("2026-02")),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("November 2022", 0, "DATE", "2022-11", None, month("2022-11")),
            ("6:30 a.m.", 0, "TIME", "XXXX-XX-XXT06:30", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("about 90 minutes", 0, "DURATION", "PT90M", "APPROX", NONE),
            ("This July", 0, "DATE", "2026-07", None, month("2026-07")),
            ("Sept. 14", 0, "DATE", "2026-09-14", "ON_OR_BEFORE", day("2026-09-14")),
            ("Sept. 21", 0, "DATE", "2026-09-21", None, day("2026-09-21")),
        ],
        "lists": [],
    },
    "montenegro-kotor-cruise-ship-cap": {
        "source": "montenegro-kotor-cruise-ship-cap.md",
        "reference_date": "2026-04-22",
        "published": "2026-04-22",
        "boilerplate": "© 2026 Adriatic Ledger",
        "not_mentions": [],
        "entities": [
            ("Kotor", "GPE", None, ["Kotor", "KOTOR"]),
            ("Jelena Vukčević", "PERSON", None, ["Jelena Vukčević"]),
            ("Kotor Municipal Assembly", "ORG", None, ["Kotor Municipal Assembly"]),
            ("Bay of Kotor", "LOC", None, ["Bay of Kotor", "Boka Kotorska"]),
            ("Port of Kotor", "ORG", None, ["Port of Kotor"]),
            ("Dragan Radonjić", "PERSON", None, ["Dragan Radonjić", "Radonjić"]),
            ("Montenegro", "GPE", "ME", ["Montenegro"]),
            ("Adriatic", "LOC", None, ["Adriatic"]),
            ("UNESCO", "ORG", None, ["UNESCO"]),
            ("Herceg Novi", "GPE", None, ["Herceg Novi"]),
            ("Tivat", "GPE", None, ["Tivat"]),
            ("Our Lady of the Rocks", "FAC", None, ["Our Lady of the Rocks"]),
            ("Perast", "GPE", None, ["Perast"]),
            ("Dubrovnik", "GPE", None, ["Dubrovnik"]),
            ("Croatia", "GPE", "HR", ["Croatia"]),
            ("Italian", "NORP", None, ["Italian"]),
            ("Marko Lazović", "PERSON", None, ["Marko Lazović"]),
            (PEMNP, "ORG", None, [PEMNP]),
            ("Lovćen National Park", "LOC", None, ["Lovćen National Park"]),
            ("Austro-Hungarian", "NORP", None, ["Austro-Hungarian"]),
            ("Mount Lovćen", "LOC", None, ["Mount Lovćen"]),
            ("Ana Šćepanović", "PERSON", None, ["Ana Šćepanović"]),
            ("Zelena Boka", "ORG", None, ["Zelena Boka"]),
            ("Dobrota", "GPE", None, ["Dobrota"]),
            ("Prčanj", "GPE", None, ["Prčanj"]),
            ("Ministry of Tourism", "ORG", None, ["Ministry of Tourism"]),
            (EPA, "ORG", None, [EPA, "EPA"]),
            ("Montenegrin Association of Tour Guides", "ORG", None,
             ["Montenegrin Association of Tour Guides"]),
            ("Nikola Popović", "PERSON", None, ["Nikola Popović"]),
            ("Sea Gate", "FAC", None, ["Sea Gate"]),
            ("Bar", "GPE", None, ["Bar"]),
            (CLIA, "ORG", None, [CLIA, "CLIA"]),
        ],
        "money": [
            ("€8", 0, 8.0, None, "EUR", "exact", "head",
             {"payer_text": "the cruise lines", "payee": ["Port of Kotor"]}),
            ("€3", 0, 3.0, None, "EUR", "exact", None,
             {"payer_text": "the cruise lines", "payee": ["Port of Kotor"]}),
            ("€2.4 million", 0, 2.4e6, None, "EUR", "approximate", "year",
             {"source": ["Dragan Radonjić"]}),
        ],
        "quantities": [
            ("9,000 people", 0, 9000.0, None, "people", "exact"),
            ("3,000 residents", 0, 3000.0, None, "residents", "exact"),
            ("28 kilometres", 0, 28.0, None, "kilometre", "approximate"),
            ("412 calls", 0, 412.0, None, "calls", "exact"),
            ("620,000 cruise passengers", 0, 620000.0, None, "cruise passengers",
             "approximate"),
            ("11%", 0, 11.0, None, "percent", "exact"),
            ("70%", 0, 70.0, None, "percent", "exact"),
            ("5,000 people", 0, 5000.0, None, "people", "less_than"),
        ],
        "dates": [
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("22 April 2026", 0, "DATE", "2026-04-22", None, day("2026-04-22")),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("2027", 1, "DATE", "2027", None, year(2027)),
            ("Tuesday", 0, "DATE", "2026-04-21", None, day("2026-04-21")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("last August", 0, "DATE", "2025-08", None, month("2025-08")),
            ("1979", 0, "DATE", "1979", "ON_OR_AFTER", year(1979)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("every week", 0, "SET", "P1W", None, NONE),
            ("six months", 0, "DURATION", "P6M", None, NONE),
            ("a day", 1, "SET", "P1D", None, NONE),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("1 January 2027", 0, "DATE", "2027-01-01", None, day("2027-01-01")),
            ("late 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
        ],
        "lists": [
            ("Benefits", "benefits", "pro", [
                ("Fewer crowds", "the limit would keep visitors in the old town below 5,000 "
                                 "people a day, the municipality estimates."),
                ("Cleaner air", "ships would no longer wait with engines running in the inner "
                                "bay near Dobrota."),
                ("Money for the town", "the higher levy pays for restoration of the walls and "
                                       "the Sea Gate."),
            ]),
            ("Concerns", "concerns", "con", [
                ("Lost income", "cafés and guides in Kotor fear ships will move to Tivat or to "
                                "Bar."),
                ("Short notice", "cruise lines plan their routes up to three years ahead, the "
                                 "Cruise Lines International Association (CLIA) warned."),
                ("Enforcement", "the EPA has only four inspectors for the whole coast."),
            ]),
        ],
    },
    "gabon-libreville-power-workers-strike": {
        "source": "gabon-libreville-power-workers-strike.json",
        "reference_date": "2026-03-12",
        "published": "2026-03-12",
        "title": "Gabon power workers strike as Libreville cuts stretch to 12 hours a day",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Armel Ndong Obiang", "PERSON", None, ["Armel Ndong Obiang"]),
            ("Libreville", "GPE", None, ["LIBREVILLE", "Libreville"]),
            ("Gabon", "GPE", "GA", ["Gabon"]),
            ("Owendo", "GPE", None, ["Owendo"]),
            ("Akanda", "GPE", None, ["Akanda"]),
            (SYNTEE, "ORG", None, [SYNTEE, "SYNTEE"]),
            (SEEG, "ORG", None, [SEEG, "SEEG"]),
            ("Prisca Mboumba", "PERSON", None, ["Prisca Mboumba", "Mboumba"]),
            ("Boulevard Triomphal", "FAC", None, ["Boulevard Triomphal"]),
            ("Kinguélé", "FAC", None, ["Kinguélé"]),
            ("Tchimbélé", "FAC", None, ["Tchimbélé"]),
            ("Mbei River", "LOC", None, ["Mbei River"]),
            ("Ministry of Petroleum, Gas and Energy", "ORG", None,
             ["Ministry of Petroleum, Gas and Energy"]),
            ("Turkish", "NORP", None, ["Turkish"]),
            ("Port of Owendo", "FAC", None, ["Port of Owendo"]),
            ("Anatolia Marine Power", "ORG", None, ["Anatolia Marine Power"]),
            ("Serge Mabicka-Nziengui", "PERSON", None, ["Serge Mabicka-Nziengui"]),
            ("Treasury", "ORG", None, ["Treasury"]),
            (CHUL, "ORG", None, [CHUL]),
            ("Hervé Nzé Essono", "PERSON", None, ["Hervé Nzé Essono"]),
            ("Lalala", "GPE", None, ["Lalala"]),
            ("Port-Gentil", "GPE", None, ["Port-Gentil"]),
            ("Moanda", "GPE", None, ["Moanda"]),
            ("Haut-Ogooué", "GPE", None, ["Haut-Ogooué"]),
            (CPG, "ORG", None, [CPG, "CPG"]),
            ("Estuaire", "GPE", None, ["Estuaire"]),
            ("Ministry of Labour", "ORG", None, ["Ministry of Labour"]),
            ("Ntoum", "GPE", None, ["Ntoum"]),
            ("Clarisse Moussavou", "PERSON", None, ["Clarisse Moussavou"]),
        ],
        "money": [
            ("9 billion CFA francs", 0, 9e9, None, "XAF", "approximate", None,
             {"payer": [SEEG], "source": ["Prisca Mboumba"]}),
            ("€13.7 million", 0, 13.7e6, None, "EUR", "approximate", None,
             {"payer": [SEEG], "source": ["Prisca Mboumba"]}),
            ("75,000 CFA francs", 0, 75000.0, None, "XAF", "exact", "worker",
             {"payer": [SEEG], "source": ["Prisca Mboumba"]}),
            ("21 billion CFA francs", 0, 21e9, None, "XAF", "approximate", None,
             {"holder": [SEEG], "source_text": "a ministry document"}),
            ("15 billion CFA francs", 0, 15e9, None, "XAF", "exact", None,
             {"payer": ["Treasury"], "payee": [SEEG], "source": ["Serge Mabicka-Nziengui"]}),
            ("4 million CFA francs", 0, 4e6, None, "XAF", "approximate", "day",
             {"payer": [CHUL]}),
            ("3 billion CFA francs", 0, 3e9, None, "XAF", "approximate", "week",
             {"holder_text": "businesses in the Estuaire province", "source": [CPG]}),
        ],
        "quantities": [
            ("1,800 workers", 0, 1800.0, None, "workers", "approximate"),
            ("40%", 0, 40.0, None, "percent", "exact"),
            ("35 megawatts", 0, 35.0, None, "megawatt", "approximate"),
            ("60 megawatts", 0, 60.0, None, "megawatt", "more_than"),
            ("70 megawatts", 0, 70.0, None, "megawatt", "approximate"),
            ("400,000 people", 0, 400000.0, None, "people", "exact"),
            ("8%", 0, 8.0, None, "percent", "exact"),
        ],
        "dates": [
            ("12 March 2026", 0, "DATE", "2026-03-12", None, day("2026-03-12")),
            ("Monday", 0, "DATE", "2026-03-09", None, day("2026-03-09")),
            ("12 hours", 0, "DURATION", "PT12H", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("late February", 0, "DATE", "2026-02", "END", ("2026-02-21", "2026-02-28")),
            ("2024", 0, "DATE", "2024", "ON_OR_AFTER", year(2024)),
            ("six years", 0, "DURATION", "P6Y", None, NONE),
            ("March last year", 0, "DATE", "2025-03", None, month("2025-03")),
            ("Wednesday", 0, "DATE", "2026-03-11", None, day("2026-03-11")),
            ("the end of March", 0, "DATE", "2026-03", "END", ("2026-03-21", "2026-03-31")),
            ("ten days", 0, "DURATION", "P10D", None, NONE),
            ("a day", 1, "SET", "P1D", None, NONE),
            ("March 2", 0, "DATE", "2026-03-02", "ON_OR_AFTER", day("2026-03-02")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("a week", 0, "SET", "P1W", None, NONE),
            ("Friday", 0, "DATE", "2026-03-13", None, day("2026-03-13")),
            ("March 20", 0, "DATE", "2026-03-20", "ON_OR_BEFORE", day("2026-03-20")),
            ("mid-2023", 0, "DATE", "2023", "MID", ("2023-05-01", "2023-08-31")),
            ("three weeks", 0, "DURATION", "P3W", None, NONE),
        ],
        "lists": [],
    },
    "bhutan-phobjikha-forester-obituary": {
        "source": "bhutan-phobjikha-forester-obituary.json",
        "reference_date": "2026-09-15",
        "published": "2026-09-15",
        "title": "Sangay Dorji Penjor, forester who saved Phobjikha's cranes, dies at 81",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Kinley Wangmo", "PERSON", None, ["Kinley Wangmo"]),
            ("Thimphu", "GPE", None, ["THIMPHU", "Thimphu"]),
            (SDP, "PERSON", None, [SDP, "Penjor"]),
            ("Phobjikha Valley", "LOC", None, ["Phobjikha Valley", "Phobjikha"]),
            ("Bhutan", "GPE", "BT", ["Bhutan"]),
            ("Dechen Penjor", "PERSON", None, ["Dechen Penjor"]),
            ("Changangkha Lhakhang", "FAC", None, ["Changangkha Lhakhang"]),
            ("Buddhist", "NORP", None, ["Buddhist"]),
            ("Ura", "GPE", None, ["Ura"]),
            ("Dehradun", "GPE", None, ["Dehradun"]),
            ("Bumthang", "GPE", None, ["Bumthang"]),
            ("Kalimpong", "GPE", None, ["Kalimpong"]),
            ("India", "GPE", "IN", ["India"]),
            ("Forest Research Institute", "ORG", None, ["Forest Research Institute"]),
            ("Trongsa", "GPE", None, ["Trongsa"]),
            ("Haa", "GPE", None, ["Haa"]),
            ("Tashi Wangdi", "PERSON", None, ["Tashi Wangdi"]),
            (DFPS, "ORG", None, [DFPS]),
            (FNCA, "LAW", None, [FNCA]),
            ("National Assembly", "ORG", None, ["National Assembly"]),
            (RSPN, "ORG", None, [RSPN, "RSPN"]),
            ("Gangtey", "GPE", None, ["Gangtey"]),
            ("Bhutan Power Corporation", "ORG", None, ["Bhutan Power Corporation"]),
            ("Black-Necked Crane Festival", "EVENT", None, ["Black-Necked Crane Festival"]),
            ("Gangtey Goenpa", "FAC", None, ["Gangtey Goenpa"]),
            ("Wings over Phobjikha", "WORK_OF_ART", None, ["Wings over Phobjikha"]),
            ("Dzongkha", "LANGUAGE", None, ["Dzongkha"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("Lhaden Tshomo", "PERSON", None, ["Lhaden Tshomo"]),
            (CNR, "ORG", None, [CNR]),
            ("Royal University of Bhutan", "ORG", None, ["Royal University of Bhutan"]),
            ("Punakha", "GPE", None, ["Punakha"]),
            ("Pem Choden", "PERSON", None, ["Pem Choden"]),
            (BBS, "ORG", None, [BBS, "BBS"]),
        ],
        "money": [
            ("Nu 2 million", 0, 2e6, None, "BTN", "exact", None,
             {"payer": [SDP], "payee": [CNR], "place": ["Punakha"]}),
            ("$24,000", 0, 24000.0, None, "USD", "approximate", None,
             {"payer": [SDP], "payee": [CNR], "place": ["Punakha"]}),
        ],
        "quantities": [
            ("20 trained foresters", 0, 20.0, None, "trained foresters", "less_than"),
            ("60%", 0, 60.0, None, "percent", "at_least"),
            ("12 kilometres", 0, 12.0, None, "kilometre", "exact"),
            ("270 birds", 0, 270.0, None, "birds", "approximate"),
            ("560 birds", 0, 560.0, None, "birds", "more_than"),
            ("31 students", 0, 31.0, None, "students", "exact"),
        ],
        "dates": [
            ("Sept. 15", 0, "DATE", "2026-09-15", None, day("2026-09-15")),
            ("four decades", 0, "DURATION", "P40Y", None, NONE),
            ("Sunday", 0, "DATE", "2026-09-13", None, day("2026-09-13")),
            ("early August", 0, "DATE", "2026-08", "START", ("2026-08-01", "2026-08-10")),
            ("49 days", 0, "DURATION", "P49D", None, NONE),
            ("Thursday", 0, "DATE", "2026-09-17", None, day("2026-09-17")),
            ("1945", 0, "DATE", "1945", None, year(1945)),
            ("nine days", 0, "DURATION", "P9D", None, NONE),
            ("1969", 0, "DATE", "1969", None, year(1969)),
            ("the early 1990s", 0, "DATE", "199", "START", ("1990-01-01", "1993-12-31")),
            ("1995", 0, "DATE", "1995", None, year(1995)),
            ("2000", 0, "DATE", "2000", None, year(2000)),
            ("last winter", 0, "DATE", "2025-WI", None, NONE),
            ("1998", 0, "DATE", "1998", None, year(1998)),
            ("every year", 0, "SET", "P1Y", None, NONE),
            ("2011", 0, "DATE", "2011", None, year(2011)),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("1969", 1, "DATE", "1969", None, year(1969)),
            ("1991", 0, "DATE", "1991", None, year(1991)),
            ("1995", 1, "DATE", "1995", None, year(1995)),
            ("18 years", 0, "DURATION", "P18Y", None, NONE),
            ("2003", 0, "DATE", "2003", "AFTER", year(2003)),
            ("2007", 0, "DATE", "2007", None, year(2007)),
            ("Saturday", 0, "DATE", "2026-09-19", None, day("2026-09-19")),
        ],
        "lists": [
            ("Career", "other", "neutral", [
                ("Forester", "joined the Department of Forests and Park Services in 1969 and "
                             "rose to chief forestry officer."),
                ("Lawmaker’s adviser", "led the drafting of the Forest and Nature Conservation "
                                       "Act from 1991 to 1995."),
                ("Conservationist", "worked for the RSPN in Phobjikha for 18 years after 2003."),
                ("Author", "published Wings over Phobjikha in 2007."),
            ]),
        ],
    },
    "zimbabwe-glen-view-by-election-ruling": {
        "source": "zimbabwe-glen-view-by-election-ruling.txt",
        "reference_date": "2026-08-14",
        "published": "2026-08-14",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Electoral Court", "ORG", None, ["Electoral Court"]),
            ("Glen View South", "GPE", None, ["Glen View South"]),
            ("Harare", "GPE", None, ["Harare", "HARARE"]),
            ("Tendai Moyo", "PERSON", None, ["Tendai Moyo"]),
            ("Rumbidzai Chikore", "PERSON", None, ["Rumbidzai Chikore"]),
            ("Zimbabwe", "GPE", "ZW", ["Zimbabwe"]),
            ("Priscilla Munangati", "PERSON", None, ["Priscilla Munangati", "Munangati"]),
            (ZEC, "ORG", None, [ZEC, "ZEC"]),
            ("Farai Marufu", "PERSON", None, ["Farai Marufu"]),
            (CCC, "ORG", None, [CCC, "CCC"]),
            (ZANU, "ORG", None, [ZANU, "ZANU-PF"]),
            ("Edmore Chinoda", "PERSON", None, ["Edmore Chinoda", "Chinoda"]),
            ("Loveness Gumbo", "PERSON", None, ["Loveness Gumbo", "Gumbo"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("High Court", "ORG", None, ["High Court"]),
            ("Simbarashe Nyathi", "PERSON", None, ["Simbarashe Nyathi"]),
            ("Electoral Act", "LAW", None, ["Electoral Act"]),
            ("Supreme Court", "ORG", None, ["Supreme Court"]),
            ("Ministry of Finance", "ORG", None, ["Ministry of Finance"]),
            ("Parirenyatwa Group of Hospitals", "ORG", None,
             ["Parirenyatwa Group of Hospitals"]),
            ("Glen View", "GPE", None, ["Glen View"]),
            ("Shona", "LANGUAGE", None, ["Shona"]),
            ("Samora Machel Avenue", "FAC", None, ["Samora Machel Avenue"]),
            ("Owen Mhlanga", "PERSON", None, ["Owen Mhlanga"]),
            (ZESN, "ORG", None, [ZESN, "ZESN"]),
            ("Rutendo Mhere", "PERSON", None, ["Rutendo Mhere"]),
            ("Glen View 7", "GPE", None, ["Glen View 7"]),
            ("Budiriro", "GPE", None, ["Budiriro"]),
            ("Mukuvisi River", "LOC", None, ["Mukuvisi River"]),
            ("Harare City Council", "ORG", None, ["Harare City Council"]),
            ("Lake Chivero", "LOC", None, ["Lake Chivero"]),
            ("Chipo Dube", "PERSON", None, ["Chipo Dube"]),
            ("Tafadzwa Gore", "PERSON", None, ["Tafadzwa Gore"]),
            ("Takudzwa Sibanda", "PERSON", None, ["Takudzwa Sibanda"]),
            ("University of Zimbabwe", "ORG", None, ["University of Zimbabwe"]),
            ("Chitungwiza", "GPE", None, ["Chitungwiza"]),
            ("Epworth", "GPE", None, ["Epworth"]),
            ("Nokuthula Ncube", "PERSON", None, ["Nokuthula Ncube"]),
            ("Bulawayo", "GPE", None, ["Bulawayo"]),
        ],
        "money": [
            ("ZiG 14 million", 0, 14e6, None, "ZWG", "exact", None,
             {"payer": [ZEC], "source": ["Ministry of Finance"]}),
            ("US$520,000", 0, 520000.0, None, "USD", "approximate", None,
             {"payer": [ZEC], "source": ["Ministry of Finance"]}),
            ("US$1,000", 0, 1000.0, None, "USD", "exact", "candidate", {"payer_text": "Parties"}),
            ("US$3.5 million", 0, 3.5e6, None, "USD", "exact", None,
             {"payer": ["Harare"], "place": ["Glen View", "Budiriro"],
              "source": ["Chipo Dube"]}),
        ],
        "quantities": [
            ("23 polling stations", 0, 23.0, None, "polling stations", "exact"),
            ("1,400 registered voters", 0, 1400.0, None, "registered voters", "at_least"),
            ("612 votes", 0, 612.0, None, "votes", "exact"),
            ("5,218 votes", 0, 5218.0, None, "votes", "exact"),
            ("4,606 votes", 0, 4606.0, None, "votes", "exact"),
            ("46 observers", 0, 46.0, None, "observers", "exact"),
            ("31%", 0, 31.0, None, "percent", "exact"),
            ("44%", 0, 44.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Aug 14", 0, "DATE", "2026-08-14", None, day("2026-08-14")),
            ("Thursday", 0, "DATE", "2026-08-13", None, day("2026-08-13")),
            ("June", 0, "DATE", "2026-06", None, month("2026-06")),
            ("90 days", 0, "DURATION", "P90D", None, NONE),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("June 20", 0, "DATE", "2026-06-20", None, day("2026-06-20")),
            ("June", 2, "DATE", "2026-06", None, month("2026-06")),
            ("March", 1, "DATE", "2026-03", "ON_OR_AFTER", month("2026-03")),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("late last year", 0, "DATE", "2025", "END", ("2025-09-01", "2025-12-31")),
            ("months", 0, "DURATION", "PXM", None, NONE),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("Friday", 0, "DATE", "2026-08-14", None, day("2026-08-14")),
            ("2018", 0, "DATE", "2018", "ON_OR_AFTER", year(2018)),
            ("years", 0, "DURATION", "PXY", None, NONE),
            ("the next six months", 0, "DURATION", "P6M", None, NONE),
            ("Sept. 1", 0, "DATE", "2026-09-01", "ON_OR_BEFORE", day("2026-09-01")),
        ],
        "lists": [],
    },
    "suriname-kabalebo-rainforest-survey": {
        "source": "suriname-kabalebo-rainforest-survey.txt",
        "reference_date": "2026-05-05",
        "published": "2026-05-05",
        "title": "Anton de Kom University Opens Rainforest Research Station on the Kabalebo River",
        "boilerplate": "Media contact",
        "not_mentions": [],
        "entities": [
            (ADEKUS, "ORG", None, ["Anton de Kom University", ADEKUS, "AdeKUS"]),
            ("Kabalebo River", "LOC", None, ["Kabalebo River", "Kabalebo"]),
            ("Paramaribo", "GPE", None, ["Paramaribo"]),
            ("Suriname", "GPE", "SR", ["Suriname"]),
            ("Sipaliwini", "GPE", None, ["Sipaliwini"]),
            ("Corantijn", "LOC", None, ["Corantijn"]),
            ("Guyana", "GPE", "GY", ["Guyana"]),
            ("Kabalebo Field Station", "FAC", None, ["Kabalebo Field Station"]),
            (GSBT, "ORG", None, [GSBT, "GSBT", "Trust"]),
            (RVO, "ORG", None, [RVO, "RVO"]),
            ("Sharda Ramdin", "PERSON", None, ["Sharda Ramdin", "Ramdin"]),
            ("Faculty of Technological Sciences", "ORG", None,
             ["Faculty of Technological Sciences"]),
            ("Surinamese", "NORP", None, ["Surinamese"]),
            ("Telesur", "ORG", None, ["Telesur"]),
            ("Apoera", "GPE", None, ["Apoera"]),
            (MDS, "ORG", None, [MDS, "MDS"]),
            ("Nickerie", "LOC", None, ["Nickerie"]),
            ("Washabo", "GPE", None, ["Washabo"]),
            ("Arawak", "NORP", None, ["Arawak"]),
            ("Trio", "NORP", None, ["Trio"]),
            ("Dutch", "LANGUAGE", None, ["Dutch"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("Sranan Tongo", "LANGUAGE", None, ["Sranan Tongo"]),
            ("Lokono", "LANGUAGE", None, ["Lokono"]),
            ("Marlon Sabajo", "PERSON", None, ["Marlon Sabajo"]),
            ("Celine Wongsodikromo", "PERSON", None, ["Celine Wongsodikromo"]),
            ("Paris Agreement", "LAW", None, ["Paris Agreement"]),
            ("Guiana Shield Forum", "EVENT", None, ["Guiana Shield Forum"]),
            ("French Guiana", "GPE", None, ["French Guiana"]),
        ],
        "money": [
            ("SRD 18 million", 0, 18e6, None, "SRD", "exact", None, {"payer": [GSBT]}),
            ("US$500,000", 0, 500000.0, None, "USD", "approximate", None, {"payer": [GSBT]}),
            ("€250,000", 0, 250000.0, None, "EUR", "exact", None, {"payer": [RVO]}),
            ("SRD 1,100", 0, 1100.0, None, "SRD", "exact", "day", {"payee_text": "Guides"}),
        ],
        "quantities": [
            ("1.6 million hectares", 0, 1.6e6, None, "hectare", "exact"),
            ("24 researchers", 0, 24.0, None, "researchers", "exact"),
            ("50 megabits per second", 0, 50.0, None, "megabit per second", "exact"),
            ("120 kilometres", 0, 120.0, None, "kilometre", "approximate"),
            ("14 forest guides", 0, 14.0, None, "forest guides", "exact"),
            ("93%", 0, 93.0, None, "percent", "approximate"),
            ("60 projects", 0, 60.0, None, "projects", "more_than"),
        ],
        "dates": [
            ("5 May 2026", 0, "DATE", "2026-05-05", None, day("2026-05-05")),
            ("today", 0, "DATE", "2026-05-05", None, day("2026-05-05")),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("a century", 0, "DURATION", "P100Y", None, NONE),
            ("two weeks", 0, "DURATION", "P2W", None, NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("months", 0, "DURATION", "PXM", None, NONE),
            ("June", 0, "DATE", "2026-06", None, month("2026-06")),
            ("mid-2022", 0, "DATE", "2022", "MID", ("2022-05-01", "2022-08-31")),
            ("weeks", 1, "DURATION", "PXW", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("the end of 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("March next year", 0, "DATE", "2027-03", None, month("2027-03")),
            ("2014", 0, "DATE", "2014", None, year(2014)),
            ("2014", 1, "DATE", "2014", "ON_OR_AFTER", year(2014)),
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
