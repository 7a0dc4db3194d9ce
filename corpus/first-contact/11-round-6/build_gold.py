"""Writes the gold files of round 11-round-6 from the hand-written annotations below.

Written by a writer session that never read artex's rule code and never ran artex (nor a spaCy
model) on these articles. Offsets are found by searching each article's text for the annotated
words: an entity's mentions are every whole-word occurrence of its surface forms before the
article's boilerplate, minus those inside a longer mention or a listed non-mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). The text of a .md, .html or .json (``html`` field) article is made by the
rules of corpus/README.md (``reader_text`` below, copied from round 11-round-4's build_gold.py).
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

AUSTUR = "Austurorka hf."
FJORD = "Fjordvik Energi AS"
KJF = "Kristín Jónsdóttir Fund"
NEA = "National Energy Authority"
LUCIC = "Lučić Brothers Shipping"
MSTI = "Ministry of the Sea, Transport and Infrastructure"
EIB = "European Investment Bank"
GLEN = "Glenmorven Camanachd"
MINBE = "Ministry of Blue Economy and Fisheries"
UMP = "Unguja Marine Products Ltd"
NGS = "National Gallery of Slovenia"
MORNING = "Morning on the Ljubljanica"
MHF = "Marija Horvat Foundation"
NTB = "Nepal Tourism Board"
TAAN = "Trekking Agencies' Association of Nepal"
YLB = "Yacimientos de Litio Bolivianos"
SALAR_FEST = "Salar Light Festival"


ARTICLES = {
    "iceland-glacier-dam-vote": {
        "source": "iceland-glacier-dam-vote.txt",
        "reference_date": "2025-04-14",
        "published": "2025-04-14",
        "boilerplate": None,
        "not_mentions": ["Icelandic crowns"],
        "entities": [
            ("Icelandic", "NORP", None, ["Icelandic", "Icelanders"]),
            ("Althing", "ORG", None, ["Althing"]),
            ("Sigrún Eiríksdóttir", "PERSON", None, ["Sigrún Eiríksdóttir"]),
            ("Tom Hadley", "PERSON", None, ["Tom Hadley"]),
            ("Höfn", "GPE", None, ["HÖFN", "Höfn"]),
            ("Iceland", "GPE", "IS", ["Iceland"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            (AUSTUR, "ORG", None, [AUSTUR, "Austurorka"]),
            ("Jökulsá í Lóni", "LOC", None, ["Jökulsá í Lóni"]),
            ("Vatnajökull", "LOC", None, ["Vatnajökull"]),
            ("Nature Conservation Act", "LAW", None, ["Nature Conservation Act"]),
            ("Reykjavik", "GPE", None, ["Reykjavik"]),
            ("Norway", "GPE", "NO", ["Norway"]),
            (FJORD, "ORG", None, [FJORD, "Fjordvik Energi"]),
            ("Lón", "LOC", None, ["Lón"]),
            ("Vestra Metals", "ORG", None, ["Vestra Metals"]),
            ("Djúpivogur", "GPE", None, ["Djúpivogur"]),
            ("Gunnar Hallsson", "PERSON", None, ["Gunnar Hallsson", "Hallsson"]),
            ("Hornafjörður", "GPE", None, ["Hornafjörður"]),
            ("Lónsvinir", "ORG", None, ["Lónsvinir"]),
            (KJF, "ORG", None, [KJF]),
            ("Vatnajökull National Park", "LOC", None, ["Vatnajökull National Park"]),
            ("Ragna Þórsdóttir", "PERSON", None, ["Ragna Þórsdóttir"]),
            ("Helga Brandsdóttir", "PERSON", None, ["Helga Brandsdóttir"]),
            (NEA, "ORG", None, [NEA, "Orkustofnun"]),
            ("Skeiðará", "LOC", None, ["Skeiðará"]),
            ("Ring Road", "FAC", None, ["Ring Road"]),
            ("Kárahnjúkar", "FAC", None, ["Kárahnjúkar"]),
            ("Canada", "GPE", "CA", ["Canada"]),
            ("Borealis Aluminium", "ORG", None, ["Borealis Aluminium"]),
            ("Arion Bank", "ORG", None, ["Arion Bank"]),
            ("Ruth Penrose", "PERSON", None, ["Ruth Penrose"]),
        ],
        "money": [
            ("41 billion Icelandic crowns", 0, 41e9, None, "ISK", "approximate", None,
             {"payer": [AUSTUR], "holder_text": "a 95-megawatt station", "place": ["Lón"]}),
            ("$295 million", 0, 295e6, None, "USD", "approximate", None,
             {"payer": [AUSTUR], "holder_text": "a 95-megawatt station", "place": ["Lón"]}),
            ("180 million crowns", 0, 180e6, None, "ISK", "exact", "year",
             {"payer": [AUSTUR], "payee": ["Hornafjörður"], "source": ["Gunnar Hallsson"]}),
            ("350 million crowns", 0, 350e6, None, "ISK", "exact", None,
             {"payer": [KJF], "holder_text": "600 hectares of the valley"}),
            ("6 billion crowns", 0, 6e9, None, "ISK", "at_most", None,
             {"payer": [FJORD], "source": [FJORD]}),
        ],
        "quantities": [
            ("2,400 people", 0, 2400.0, None, "people", "approximate"),
            ("95-megawatt", 0, 95.0, None, "megawatt", "exact"),
            ("100 kilometres", 0, 100.0, None, "kilometre", "exact"),
            ("14 square kilometres", 0, 14.0, None, "square kilometre", "exact"),
            ("600 hectares", 0, 600.0, None, "hectare", "exact"),
            ("40%", 0, 40.0, None, "percent", "exact"),
            ("12%", 0, 12.0, None, "percent", "exact"),
            ("2.2 million tourists", 0, 2.2e6, None, "tourists", "exact"),
            ("30%", 0, 30.0, None, "percent", "more_than"),
            ("1.5%", 0, 1.5, None, "percent", "exact"),
        ],
        "dates": [
            ("April 14", 0, "DATE", "2025-04-14", None, day("2025-04-14")),
            ("days", 0, "DURATION", "PXD", None, NONE),
            ("the end of 2028", 0, "DATE", "2028", "END", ("2028-09-01", "2028-12-31")),
            ("the next fifty years", 0, "DURATION", "P50Y", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("1998", 0, "DATE", "1998", None, year(1998)),
            ("last week", 0, "DATE", "2025-W15", None, ("2025-04-07", "2025-04-13")),
            ("Monday", 0, "DATE", "2025-04-14", None, day("2025-04-14")),
            ("Thursday", 0, "DATE", "2025-04-17", None, day("2025-04-17")),
            ("March", 0, "DATE", "2025-03", None, month("2025-03")),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("1996", 0, "DATE", "1996", None, year(1996)),
            ("each year", 0, "SET", "P1Y", None, NONE),
        ],
        "lists": [
            ("Risks the committee listed in its report", "risks", "con", [
                ("Glacial floods", "a jökulhlaup from Vatnajökull could overtop the dam, as "
                                   "floodwater swept away bridges on the Skeiðará river in 1996."),
                ("Tourism", "the view from the Ring Road would change for the 2.2 million "
                            "tourists who drive it each year."),
                ("Cost overruns", "the Kárahnjúkar project in east Iceland ran more than 30% "
                                  "over budget."),
            ]),
        ],
    },
    "croatia-island-ferries": {
        "source": "croatia-island-ferries.html",
        "reference_date": "2025-05-21",
        "published": "2025-05-21",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Vis", "LOC", None, ["Vis"]),
            ("Lastovo", "LOC", None, ["Lastovo"]),
            (LUCIC, "ORG", None, [LUCIC, "Lučić Brothers"]),
            ("Jadrolinija", "ORG", None, ["Jadrolinija"]),
            ("Ana Perić", "PERSON", None, ["Ana Perić"]),
            ("James Whitcombe", "PERSON", None, ["James Whitcombe"]),
            ("Split", "GPE", None, ["SPLIT", "Split"]),
            ("Croatia", "GPE", "HR", ["Croatia"]),
            ("Komiža", "GPE", None, ["Komiža"]),
            (MSTI, "ORG", None, [MSTI]),
            ("Adriatic Sea", "LOC", None, ["Adriatic Sea"]),
            ("Sveti Nikola", "PRODUCT", None, ["Sveti Nikola"]),
            ("Hvar", "LOC", None, ["Hvar"]),
            ("Ivo Marić", "PERSON", None, ["Ivo Marić"]),
            ("Pixsell", "ORG", None, ["Pixsell"]),
            ("Tonko Vitaljić", "PERSON", None, ["Tonko Vitaljić"]),
            ("Lastovo Archipelago Nature Park", "LOC", None,
             ["Lastovo Archipelago Nature Park"]),
            ("Hardanger Marine AS", "ORG", None, ["Hardanger Marine AS"]),
            ("Norwegian", "NORP", None, ["Norwegian"]),
            (EIB, "ORG", None, [EIB]),
            ("Marko Lučić", "PERSON", None, ["Marko Lučić"]),
            ("Ante", "PERSON", None, ["Ante"]),
            ("Lastovo Carnival", "EVENT", None, ["Lastovo Carnival"]),
            ("Biševo", "LOC", None, ["Biševo"]),
            ("Brač", "LOC", None, ["Brač"]),
            ("Šolta", "LOC", None, ["Šolta"]),
        ],
        "money": [
            ("€38 million", 0, 38e6, None, "EUR", "exact", None,
             {"payer": [MSTI], "payee": [LUCIC]}),
            ("€5.4 million", 0, 5.4e6, None, "EUR", "approximate", "year",
             {"payer": [MSTI], "payee": [LUCIC]}),
            ("€9", 0, 9.0, None, "EUR", "exact", None,
             {"holder_text": "a single adult fare"}),
            ("€21 million", 0, 21e6, None, "EUR", "exact", None,
             {"payer": [LUCIC], "payee": ["Hardanger Marine AS"]}),
            ("€15 million", 0, 15e6, None, "EUR", "exact", None,
             {"payer": [EIB], "payee": [LUCIC]}),
            ("€9", 1, 9.0, None, "EUR", "exact", None, {}),
        ],
        "quantities": [
            ("3,350 residents", 0, 3350.0, None, "residents", "exact"),
            ("16%", 0, 16.0, None, "percent", "exact"),
            ("800 residents", 0, 800.0, None, "residents", "less_than"),
            ("400-seat", 0, 400.0, None, "seat", "exact"),
            ("40%", 0, 40.0, None, "percent", "approximate"),
            ("25%", 0, 25.0, None, "percent", "exact"),
            ("120 sailings", 0, 120.0, None, "sailings", "approximate"),
        ],
        "dates": [
            ("June 1", 0, "DATE", "2025-06-01", None, day("2025-06-01")),
            ("Wednesday", 0, "DATE", "2025-05-21", None, day("2025-05-21")),
            ("1947", 0, "DATE", "1947", "ON_OR_AFTER", year(1947)),
            ("seven-year", 0, "DURATION", "P7Y", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("last month", 0, "DATE", "2025-04", None, month("2025-04")),
            ("years", 0, "DURATION", "PXY", None, NONE),
            ("January", 0, "DATE", "2025-01", None, month("2025-01")),
            ("5.30 in the morning", 0, "TIME", "XXXX-XX-XXT05:30", None, NONE),
            ("2001", 0, "DATE", "2001", "ON_OR_AFTER", year(2001)),
            ("early June", 0, "DATE", "2025-06", "START", ("2025-06-01", "2025-06-10")),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("this summer", 0, "DATE", "2025-SU", None, NONE),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("February", 0, "DATE", "2026-02", None, month("2026-02")),
            ("the autumn", 0, "DATE", "2025-FA", None, NONE),
        ],
        "lists": [
            ("Benefits for the islands", "benefits", "pro", [
                ("Winter service", "Four sailings a day to Vis all year, against two in "
                                   "winter now."),
                ("Cheaper tickets", "The €9 cap is about 40% below this summer’s Jadrolinija "
                                    "fast-ferry fare."),
                ("Cleaner boats", "The catamarans burn 25% less fuel than the vessels they "
                                  "replace."),
            ]),
            ("Challenges ahead", "challenges", "con", [
                (None, "The Split ferry port has no free berth for a second operator before "
                       "the new pier opens in 2027."),
                (None, "Bora winds cancel about 120 sailings to Lastovo a year."),
                (None, "The firm has never run more than three boats."),
            ]),
        ],
    },
    "shinty-camanachd-cup-final": {
        "source": "shinty-camanachd-cup-final.md",
        "reference_date": "2025-09-20",
        "published": "2025-09-20",
        "boilerplate": "© 2025 Highland Sport Weekly",
        "not_mentions": [],
        "entities": [
            (GLEN, "ORG", None, [GLEN, "Glenmorven"]),
            ("Camanachd Cup", "EVENT", None, ["Camanachd Cup"]),
            ("Bught Park", "FAC", None, ["Bught Park"]),
            ("Fiona MacRae", "PERSON", None, ["Fiona MacRae"]),
            ("Inverness", "GPE", None, ["INVERNESS"]),
            ("Strathardle", "ORG", None, ["Strathardle"]),
            ("River Ness", "LOC", None, ["River Ness"]),
            ("Skye", "LOC", None, ["Skye"]),
            ("Calum Nicolson", "PERSON", None, ["Calum Nicolson", "Nicolson"]),
            ("Euan Fraser", "PERSON", None, ["Euan Fraser", "Fraser"]),
            ("Portree", "GPE", None, ["Portree"]),
            ("BBC Alba", "ORG", None, ["BBC Alba"]),
            ("Gaelic", "LANGUAGE", None, ["Gaelic"]),
            ("Perthshire", "GPE", None, ["Perthshire"]),
            ("Ruairidh Stewart", "PERSON", None, ["Ruairidh Stewart", "Stewart"]),
            ("Donnie MacLeod", "PERSON", None, ["Donnie MacLeod", "MacLeod"]),
            ("Aonghas Gillies", "PERSON", None, ["Aonghas Gillies"]),
            ("Cairngorms", "LOC", None, ["Cairngorms"]),
            ("Camanachd Association", "ORG", None, ["Camanachd Association"]),
            ("Dunvegan Distillers", "ORG", None, ["Dunvegan Distillers"]),
            ("Premiership", "ORG", None, ["Premiership"]),
            ("River Spey", "LOC", None, ["River Spey"]),
            ("Sportscotland", "ORG", None, ["Sportscotland"]),
            ("Highlands", "LOC", None, ["Highlands"]),
            ("Scottish", "NORP", None, ["Scottish"]),
            ("Irish", "NORP", None, ["Irish"]),
            ("Scotland", "GPE", None, ["Scotland"]),
            ("Ireland", "GPE", "IE", ["Ireland"]),
            ("Galway", "GPE", None, ["Galway"]),
            ("Macaulay Cup", "EVENT", None, ["Macaulay Cup"]),
            ("Alasdair Munro", "PERSON", None, ["Alasdair Munro"]),
        ],
        "money": [
            ("£25,000", 0, 25000.0, None, "GBP", "exact", None,
             {"payer": ["Dunvegan Distillers"], "payee_text": "the winning club"}),
            ("£60,000", 0, 60000.0, None, "GBP", "approximate", None,
             {"payer": ["Camanachd Association"], "payee_text": "the 12 clubs"}),
            ("£90,000", 0, 90000.0, None, "GBP", "exact", None,
             {"holder_text": "a new drainage system"}),
        ],
        "quantities": [
            ("4,100 spectators", 0, 4100.0, None, "spectators", "exact"),
            ("20 metres", 0, 20.0, None, "metre", "exact"),
            ("12 clubs", 0, 12.0, None, "clubs", "exact"),
        ],
        "dates": [
            ("Saturday", 0, "DATE", "2025-09-20", None, day("2025-09-20")),
            ("41 years", 0, "DURATION", "P41Y", None, NONE),
            ("Saturday", 1, "DATE", "2025-09-20", None, day("2025-09-20")),
            ("six minutes", 0, "DURATION", "PT6M", None, NONE),
            ("15 minutes", 0, "DURATION", "PT15M", None, NONE),
            ("years", 1, "DURATION", "PXY", None, NONE),
            ("2019", 0, "DATE", "2019", "ON_OR_AFTER", year(2019)),
            ("February", 0, "DATE", "2025-02", None, month("2025-02")),
            ("This year", 0, "DATE", "2025", None, year(2025)),
            ("October 25", 0, "DATE", "2025-10-25", None, day("2025-10-25")),
            ("next spring", 0, "DATE", "2026-SP", None, NONE),
            ("next September", 0, "DATE", "2026-09", None, month("2026-09")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("two weeks", 0, "DURATION", "P2W", None, NONE),
        ],
        "lists": [],
    },
    "zanzibar-seaweed-floor-price": {
        "source": "zanzibar-seaweed-floor-price.json",
        "reference_date": "2025-10-02",
        "published": "2025-10-02",
        "title": "Zanzibar sets floor price for seaweed as warming seas hit Pemba farmers",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Dar es Salaam", "GPE", None, ["DAR ES SALAAM", "Dar es Salaam"]),
            ("Xinhua", "ORG", None, ["Xinhua"]),
            ("Zanzibar", "GPE", None, ["Zanzibar"]),
            ("Pemba Island", "LOC", None, ["Pemba Island", "Pemba"]),
            ("House of Representatives", "ORG", None, ["House of Representatives"]),
            (MINBE, "ORG", None, [MINBE]),
            ("Zanzibar Marine Aquaculture Act", "LAW", None,
             ["Zanzibar Marine Aquaculture Act"]),
            ("Unguja", "LOC", None, ["Unguja"]),
            ("Shaaban Ali Othman", "PERSON", None, ["Shaaban Ali Othman"]),
            ("Stone Town", "GPE", None, ["Stone Town"]),
            ("Tanzania", "GPE", "TZ", ["Tanzania"]),
            ("China", "GPE", "CN", ["China"]),
            ("France", "GPE", "FR", ["France"]),
            ("United States", "GPE", "US", ["United States"]),
            ("Indian Ocean", "LOC", None, ["Indian Ocean"]),
            ("Paje", "GPE", None, ["Paje"]),
            ("Mwanaisha Juma Enterprises", "ORG", None, ["Mwanaisha Juma Enterprises"]),
            ("Chake Chake", "GPE", None, ["Chake Chake"]),
            ("Mwanaisha Juma", "PERSON", None, ["Mwanaisha Juma", "Juma"]),
            ("Mwani Glow", "PRODUCT", None, ["Mwani Glow"]),
            (UMP, "ORG", None, [UMP]),
            ("French", "NORP", None, ["French"]),
            ("Maison Corail SA", "ORG", None, ["Maison Corail SA"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            ("Tanzanian", "NORP", None, ["Tanzanian"]),
            ("Indonesia", "GPE", "ID", ["Indonesia"]),
            ("Blue Economy Expo", "EVENT", None, ["Blue Economy Expo"]),
            ("Zhang Rui", "PERSON", None, ["Zhang Rui"]),
        ],
        "money": [
            ("1,200 shillings", 0, 1200.0, None, "TZS", "at_least", "kilogram",
             {"payee_text": "Seaweed farmers", "source": [MINBE]}),
            ("500 shillings", 0, 500.0, None, "TZS", "approximate", "kilogram",
             {"payer_text": "middlemen", "payee_text": "Farmers"}),
            ("TSh 4.5 billion", 0, 4.5e9, None, "TZS", "exact", "year",
             {"holder_text": "the trade", "source": [MINBE]}),
            ("$1.7 million", 0, 1.7e6, None, "USD", "exact", "year",
             {"holder_text": "the trade", "source": [MINBE]}),
            ("$3.2 million", 0, 3.2e6, None, "USD", "exact", None,
             {"payer": ["Maison Corail SA"], "payee": [UMP]}),
            ("$150 million", 0, 150e6, None, "USD", "exact", None,
             {"payer": ["World Bank"], "payee": ["Tanzania"]}),
        ],
        "quantities": [
            ("80%", 0, 80.0, None, "percent", "approximate"),
            ("11,000 tonnes", 0, 11000.0, None, "tonne", "approximate"),
            ("15,000 farmers", 0, 15000.0, None, "farmers", "approximate"),
            ("31 degrees Celsius", 0, 31.0, None, "degree Celsius", "more_than"),
            ("20 women", 0, 20.0, None, "women", "exact"),
            ("140 people", 0, 140.0, None, "people", "exact"),
            ("18%", 0, 18.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Oct. 2", 0, "DATE", "2025-10-02", None, day("2025-10-02")),
            ("Wednesday", 0, "DATE", "2025-10-01", None, day("2025-10-01")),
            ("thirty years", 0, "DURATION", "P30Y", None, NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("March", 0, "DATE", "2025-03", None, month("2025-03")),
            ("2009", 0, "DATE", "2009", None, year(2009)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("May", 0, "DATE", "2025-05", None, month("2025-05")),
            ("next month", 0, "DATE", "2025-11", None, month("2025-11")),
            ("Nov. 18", 0, "DATE", "2025-11-18", None, day("2025-11-18")),
            ("Nov. 20", 0, "DATE", "2025-11-20", None, day("2025-11-20")),
        ],
        "lists": [],
    },
    "slovenia-gallery-painting": {
        "source": "slovenia-gallery-painting.json",
        "reference_date": "2025-06-10",
        "published": "2025-06-10",
        "title": "National Gallery Brings Home Vidmar's Lost 'Morning on the Ljubljanica' "
                 "for €1.2 Million",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Maja Kovač", "PERSON", None, ["Maja Kovač"]),
            ("Ljubljana", "GPE", None, ["LJUBLJANA", "Ljubljana"]),
            (NGS, "ORG", None, [NGS, "Narodna galerija"]),
            (MORNING, "WORK_OF_ART", None, [MORNING]),
            ("Slovenian", "NORP", None, ["Slovenian"]),
            ("Anton Vidmar", "PERSON", None, ["Anton Vidmar", "Vidmar"]),
            ("Dorotheum", "ORG", None, ["Dorotheum"]),
            ("Vienna", "GPE", None, ["Vienna"]),
            (MHF, "ORG", None, [MHF]),
            ("Ministry of Culture", "ORG", None, ["Ministry of Culture"]),
            ("Ljubljanica", "LOC", None, ["Ljubljanica"]),
            ("Munich", "GPE", None, ["Munich"]),
            ("Sava Artists’ Circle", "ORG", None, ["Sava Artists’ Circle"]),
            ("Petra Zupan", "PERSON", None, ["Petra Zupan"]),
            ("Heinrich Baumann", "PERSON", None, ["Heinrich Baumann"]),
            ("Geneva", "GPE", None, ["Geneva"]),
            ("Austrian", "NORP", None, ["Austrian"]),
            ("United States", "GPE", "US", ["United States"]),
            ("Marija Horvat", "PERSON", None, ["Marija Horvat"]),
            ("Koper", "GPE", None, ["Koper"]),
            ("Lake Bled in Winter", "WORK_OF_ART", None, ["Lake Bled in Winter"]),
            ("Alps", "LOC", None, ["Alps"]),
            ("Adriatic", "LOC", None, ["Adriatic"]),
            ("Kranj", "GPE", None, ["Kranj"]),
            ("Julian Alps", "LOC", None, ["Julian Alps"]),
            ("Triglav", "LOC", None, ["Triglav"]),
            ("Slovenia", "GPE", "SI", ["Slovenia"]),
            ("Cultural Heritage Protection Act", "LAW", None,
             ["Cultural Heritage Protection Act"]),
            ("Light and Water", "EVENT", None, ["Light and Water"]),
            ("Museum of Modern Art", "ORG", None, ["Museum of Modern Art"]),
            ("Zagreb", "GPE", None, ["Zagreb"]),
            ("Jaka Babnik", "PERSON", None, ["Jaka Babnik"]),
        ],
        "money": [
            ("€1.2 million", 0, 1.2e6, None, "EUR", "exact", None,
             {"payer": [NGS], "holder": [MORNING]}),
            ("€900,000", 0, 900000.0, None, "EUR", "exact", None,
             {"payer": [MHF], "source": [NGS]}),
            ("€300,000", 0, 300000.0, None, "EUR", "exact", None,
             {"payer": ["Ministry of Culture"], "source": [NGS]}),
            ("€400,000 and €600,000", 0, 400000.0, 600000.0, "EUR", "range", None,
             {"holder": [MORNING], "source": ["Dorotheum"]}),
            ("€240,000", 0, 240000.0, None, "EUR", "exact", None,
             {"payer": [MHF], "holder": ["Lake Bled in Winter"]}),
            ("€5 million", 0, 5e6, None, "EUR", "exact", "year",
             {"holder_text": "a fund", "source": ["Ministry of Culture"]}),
        ],
        "quantities": [
            ("112 centimetres", 0, 112.0, None, "centimetre", "exact"),
            ("2.4%", 0, 2.4, None, "percent", "approximate"),
        ],
        "dates": [
            ("1937", 0, "DATE", "1937", None, year(1937)),
            ("Tuesday", 0, "DATE", "2025-06-10", None, day("2025-06-10")),
            ("1904", 0, "DATE", "1904", None, year(1904)),
            ("ninety years", 0, "DURATION", "P90Y", None, NONE),
            ("the 1930s", 0, "DATE", "193", None, ("1930-01-01", "1939-12-31")),
            ("2012", 0, "DATE", "2012", None, year(2012)),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("1869", 0, "DATE", "1869", None, year(1869)),
            ("1931", 0, "DATE", "1931", None, year(1931)),
            ("this autumn", 0, "DATE", "2025-FA", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("July 4", 0, "DATE", "2025-07-04", None, day("2025-07-04")),
            ("the end of October", 0, "DATE", "2025-10", "END", ("2025-10-21", "2025-10-31")),
        ],
        "lists": [],
    },
    "nepal-solo-trekking-ban": {
        "source": "nepal-solo-trekking-ban.txt",
        "reference_date": "2025-11-18",
        "published": "2025-11-18",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Nepal", "GPE", "NP", ["Nepal"]),
            ("Annapurna Circuit", "FAC", None, ["Annapurna Circuit"]),
            ("Prakash Adhikari", "PERSON", None, ["Prakash Adhikari"]),
            ("Pokhara", "GPE", None, ["Pokhara", "POKHARA"]),
            (NTB, "ORG", None, [NTB, "NTB"]),
            ("Everest", "LOC", None, ["Everest"]),
            ("Manaslu", "LOC", None, ["Manaslu"]),
            ("Tourism Act", "LAW", None, ["Tourism Act"]),
            ("Kathmandu", "GPE", None, ["Kathmandu"]),
            ("Yatra Pass", "PRODUCT", None, ["Yatra Pass"]),
            ("Mingma Sherpa", "PERSON", None, ["Mingma Sherpa"]),
            ("Himalayan Yeti Treks", "ORG", None, ["Himalayan Yeti Treks"]),
            ("Annapurna Conservation Area", "LOC", None, ["Annapurna Conservation Area"]),
            ("Gandaki Province", "GPE", None, ["Gandaki Province"]),
            ("Manang", "GPE", None, ["Manang"]),
            ("Mustang", "GPE", None, ["Mustang"]),
            ("Thorong La", "LOC", None, ["Thorong La"]),
            ("Kali Gandaki", "LOC", None, ["Kali Gandaki"]),
            ("Ladakh", "GPE", None, ["Ladakh"]),
            ("India", "GPE", "IN", ["India"]),
            ("Georgia", "GPE", "GE", ["Georgia"]),
            ("Caucasus", "LOC", None, ["Caucasus"]),
            ("Besisahar", "GPE", None, ["Besisahar"]),
            ("Jomsom", "GPE", None, ["Jomsom"]),
            ("Sunita Gurung", "PERSON", None, ["Sunita Gurung"]),
            ("Israeli", "NORP", None, ["Israeli"]),
            ("European", "NORP", None, ["European"]),
            ("Indian", "NORP", None, ["Indian"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Nepal Rastra Bank", "ORG", None, ["Nepal Rastra Bank"]),
            (TAAN, "ORG", None, [TAAN, "TAAN"]),
        ],
        "money": [
            ("Rs 3,000", 0, 3000.0, None, "NPR", "exact", "person",
             {"payer_text": "Trekkers", "holder_text": "a digital permit"}),
            ("$22", 0, 22.0, None, "USD", "approximate", "person",
             {"payer_text": "Trekkers", "holder_text": "a digital permit"}),
            ("Rs 2,500 and Rs 3,500", 0, 2500.0, 3500.0, "NPR", "range", "day",
             {"payee_text": "a guide"}),
            ("$600", 0, 600.0, None, "USD", "more_than", None,
             {"holder_text": "a 14-day trek with a guide"}),
            ("$250", 0, 250.0, None, "USD", "approximate", None, {}),
            ("$550 million", 0, 550e6, None, "USD", "exact", None,
             {"payee": ["Nepal"], "source": ["Nepal Rastra Bank"]}),
        ],
        "quantities": [
            ("85 guides", 0, 85.0, None, "guides", "exact"),
            ("4,000 jobs", 0, 4000.0, None, "jobs", "approximate"),
            ("5,416-metre", 0, 5416.0, None, "metre", "exact"),
            ("1.15 million visitors", 0, 1.15e6, None, "visitors", "exact"),
            ("27%", 0, 27.0, None, "percent", "exact"),
            ("11%", 0, 11.0, None, "percent", "exact"),
            ("two million visitors", 0, 2e6, None, "visitors", "exact"),
            ("2,700 members", 0, 2700.0, None, "members", "exact"),
            ("1,000 guides", 0, 1000.0, None, "guides", "exact"),
        ],
        "dates": [
            ("18 November 2025", 0, "DATE", "2025-11-18", None, day("2025-11-18")),
            ("Nov 18", 0, "DATE", "2025-11-18", None, day("2025-11-18")),
            ("next spring", 0, "DATE", "2026-SP", None, NONE),
            ("Monday", 0, "DATE", "2025-11-17", None, day("2025-11-17")),
            ("April 2023", 0, "DATE", "2023-04", "ON_OR_AFTER", month("2023-04")),
            ("last month", 0, "DATE", "2025-10", None, month("2025-10")),
            ("March 1", 0, "DATE", "2026-03-01", None, day("2026-03-01")),
            ("Every year", 0, "SET", "P1Y", None, NONE),
            ("the past 12 months", 0, "DURATION", "P12M", None, NONE),
            ("two hours", 0, "DURATION", "PT2H", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("14-day", 0, "DURATION", "P14D", None, NONE),
            ("October", 0, "DATE", "2025-10", None, month("2025-10")),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("March", 1, "DATE", "2026-03", "BEFORE", month("2026-03")),
        ],
        "lists": [
            ("Benefits cited by the tourism board", "benefits", "pro", [
                ("Safety", "guides carry satellite phones and can call helicopters from "
                           "Pokhara within two hours."),
                ("Local income", "a guide earns between Rs 2,500 and Rs 3,500 a day, most of "
                                 "it spent in the hills."),
                ("Records", "the Yatra Pass app logs where each group sleeps, which speeds up "
                            "searches."),
            ]),
            ("Concerns raised by lodge owners", "concerns", "con", [
                ("Fewer visitors", "backpackers on tight budgets may go to Ladakh in India or "
                                   "to Georgia's Caucasus instead."),
                ("Cost", "a 14-day trek with a guide costs more than $600, against about $250 "
                         "alone."),
                ("Enforcement", "checkpoints at Besisahar and Jomsom are staffed only in "
                                "daylight."),
            ]),
        ],
    },
    "bolivia-salar-light-festival": {
        "source": "bolivia-salar-light-festival.md",
        "reference_date": "2025-08-07",
        "published": "2025-08-07",
        "boilerplate": "© 2025 Andes Weekend Magazine",
        "not_mentions": [],
        "entities": [
            ("Bolivia", "GPE", "BO", ["Bolivia"]),
            (SALAR_FEST, "EVENT", None, [SALAR_FEST]),
            ("Lucía Mamani", "PERSON", None, ["Lucía Mamani"]),
            ("Diego Quispe", "PERSON", None, ["Diego Quispe"]),
            ("Uyuni", "GPE", None, ["UYUNI", "Uyuni"]),
            ("Salar de Uyuni", "LOC", None, ["Salar de Uyuni", "Salar"]),
            ("Casa Tunupa", "ORG", None, ["Casa Tunupa"]),
            ("Coqueza", "GPE", None, ["Coqueza"]),
            ("Mirror of the Sky", "WORK_OF_ART", None, ["Mirror of the Sky"]),
            ("La Paz", "GPE", None, ["La Paz"]),
            ("Rosa Condori", "PERSON", None, ["Rosa Condori", "Condori"]),
            ("Quechua", "LANGUAGE", None, ["Quechua"]),
            ("Aymara", "LANGUAGE", None, ["Aymara"]),
            ("Spanish", "LANGUAGE", None, ["Spanish"]),
            ("Potosí", "GPE", None, ["Potosí"]),
            ("Oruro", "GPE", None, ["Oruro"]),
            ("Chile", "GPE", "CL", ["Chile"]),
            ("Toyota Land Cruiser", "PRODUCT", None, ["Toyota Land Cruiser"]),
            ("Hilda Ticona Foundation", "ORG", None, ["Hilda Ticona Foundation"]),
            ("Boliviana de Aviación", "ORG", None, ["Boliviana de Aviación"]),
            ("Earth", "LOC", None, ["Earth"]),
            ("Tianshan Lithium", "ORG", None, ["Tianshan Lithium"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            (YLB, "ORG", None, [YLB, "YLB"]),
            ("Efraín Choque", "PERSON", None, ["Efraín Choque"]),
            ("Mother Earth Law", "LAW", None, ["Mother Earth Law"]),
            ("Isla Incahuasi", "LOC", None, ["Isla Incahuasi"]),
            ("Hannah Berger", "PERSON", None, ["Hannah Berger"]),
            ("Graz", "GPE", None, ["Graz"]),
            ("Austria", "GPE", "AT", ["Austria"]),
            ("Bolivian", "NORP", None, ["Bolivian"]),
            ("Wilmer Flores", "PERSON", None, ["Wilmer Flores"]),
            ("Lake Titicaca", "LOC", None, ["Lake Titicaca"]),
            ("Isla del Sol", "LOC", None, ["Isla del Sol"]),
        ],
        "money": [
            ("Bs 350", 0, 350.0, None, "BOB", "exact", None, {"holder_text": "Tickets"}),
            ("$50", 0, 50.0, None, "USD", "approximate", None, {"holder_text": "Tickets"}),
            ("Bs 2.1 million", 0, 2.1e6, None, "BOB", "exact", None,
             {"payer": ["Hilda Ticona Foundation", "Uyuni"]}),
            ("$1 billion", 0, 1e9, None, "USD", "exact", None,
             {"payer": ["Tianshan Lithium"]}),
            ("$400,000", 0, 400000.0, None, "USD", "approximate", None,
             {"payee": [SALAR_FEST], "source": ["Efraín Choque"]}),
        ],
        "quantities": [
            ("18,000 visitors", 0, 18000.0, None, "visitors", "more_than"),
            ("300 panels", 0, 300.0, None, "panels", "exact"),
            ("30,000 people", 0, 30000.0, None, "people", "approximate"),
            ("5%", 0, 5.0, None, "percent", "less_than"),
        ],
        "dates": [
            ("7 August 2025", 0, "DATE", "2025-08-07", None, day("2025-08-07")),
            ("this week", 0, "DATE", "2025-W32", None, ("2025-08-04", "2025-08-10")),
            ("three days", 0, "DURATION", "P3D", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("Tuesday", 0, "DATE", "2025-08-05", None, day("2025-08-05")),
            ("10-hour", 0, "DURATION", "PT10H", None, NONE),
            ("50-minute", 0, "DURATION", "PT50M", None, NONE),
            ("January", 0, "DATE", "2025-01", None, month("2025-01")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2027", 0, "DATE", "2027", "ON_OR_BEFORE", year(2027)),
            ("three months", 0, "DURATION", "P3M", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("early August 2026", 0, "DATE", "2026-08", "START", ("2026-08-01", "2026-08-10")),
        ],
        "lists": [
            ("At a glance", "other", "neutral", [
                ("Tickets", "Bs 350 (about $50) for the festival, free for residents of Potosí "
                            "department."),
                ("Funding", "Bs 2.1 million from the Hilda Ticona Foundation and the "
                            "municipality of Uyuni."),
                ("Getting there", "a 10-hour overnight bus from La Paz, or a 50-minute flight "
                                  "on Boliviana de Aviación."),
            ]),
        ],
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
