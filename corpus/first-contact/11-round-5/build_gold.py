"""Writes the gold files of round 11-round-5 from the hand-written annotations below.

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
# ---------------------------------------------------------------------------------------------
# The annotations (all hand-written)

TOWER = "Tower Pacific Insurance Ltd"
RBF = "Reserve Bank of Fiji"
ADB = "Asian Development Bank"
NAIVALU = "Josefa Naivalu"
WAQA = "Litia Waqanivalu"
USAP = "Senegalese Union of Fishing Shipowners"
NDIAYE = "Coumba Ndiaye-Faye"
TUUL = "Tuul Systems OÜ"
EMBER = "Nordic Ember Capital AB"
EIC = "European Innovation Council"
SAHIL = "Sahil Hydrogen LLC"
MEM = "Ministry of Energy and Minerals"
DAEJIN = "Daejin Energy Corp."
BALUSHI = "Khalid al-Balushi"
HADDAD = "Leila Haddad"
KSURE = "Korea Trade Insurance Corporation"
JBIC = "Japan Bank for International Cooperation"
CERRO = "Deportivo Cerro Azul"
RIBEIRA = "FC Ribeira"
SOSA = "Walter Sosa"
AUF = "Uruguayan Football Association"
NORTHWAY = "Northway Telecom Inc."
HALLORAN = "Halloran Brooks LLP"
KARTLI = "Kartli Air"
GCAA = "Georgian Civil Aviation Agency"
EBRD = "European Bank for Reconstruction and Development"



ARTICLES = {
    "fiji-cyclone-insurance-wire": {
        "source": "fiji-cyclone-insurance-wire.txt",
        "reference_date": "2025-03-11",
        "published": "2025-03-11",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Fiji", "GPE", "FJ", ["Fiji"]),
            ("Tropical Cyclone Rua", "EVENT", None, ["Cyclone Rua", "Tropical Cyclone Rua"]),
            ("Nadi", "GPE", None, ["Nadi"]),
            ("Suva", "GPE", None, ["SUVA", "Suva"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("Lautoka", "GPE", None, ["Lautoka"]),
            (RBF, "ORG", None, [RBF, "Reserve Bank"]),
            ("Pacific", "LOC", None, ["Pacific"]),
            ("Nadi River", "LOC", None, ["Nadi River"]),
            (TOWER, "ORG", None, [TOWER, "Tower Pacific"]),
            (WAQA, "PERSON", None, [WAQA, "Waqanivalu"]),
            ("Munich Re", "ORG", None, ["Munich Re"]),
            ("Swiss Re", "ORG", None, ["Swiss Re"]),
            ("Auckland", "GPE", None, ["Auckland"]),
            ("Brisbane", "GPE", None, ["Brisbane"]),
            ("Nadi International Airport", "FAC", None, ["Nadi International Airport"]),
            ("Fiji Hotel and Tourism Association", "ORG", None,
             ["Fiji Hotel and Tourism Association"]),
            ("Australia", "GPE", "AU", ["Australia"]),
            ("New Zealand", "GPE", "NZ", ["New Zealand"]),
            (NAIVALU, "PERSON", None, [NAIVALU]),
            (ADB, "ORG", None, [ADB, "ADB"]),
            ("Western Division", "GPE", None, ["Western Division"]),
            ("University of the South Pacific", "ORG", None, ["University of the South Pacific"]),
            ("Fiji Sugar Corporation", "ORG", None, ["Fiji Sugar Corporation"]),
            ("Fijian", "NORP", None, ["Fijian"]),
            ("Indo-Fijian", "NORP", None, ["Indo-Fijian"]),
            ("Anaseini Tora", "PERSON", None, ["Anaseini Tora"]),
            ("Kalesi Dugu", "PERSON", None, ["Kalesi Dugu"]),
            ("Peter Marsh", "PERSON", None, ["Peter Marsh"]),
            ("Sydney", "GPE", None, ["Sydney"]),
            ("Helen Ford", "PERSON", None, ["Helen Ford"]),
        ],
        "money": [
            ("F$140 million", 0, 140e6, None, "FJD", "more_than", None,
             {"payer_text": "Insurers in Fiji", "source": [RBF]}),
            ("$61 million", 0, 61e6, None, "USD", "more_than", None,
             {"payer_text": "Insurers in Fiji", "source": [RBF]}),
            ("F$52 million", 0, 52e6, None, "FJD", "exact", None,
             {"payer": [TOWER], "source": [TOWER]}),
            ("F$20 million", 0, 20e6, None, "FJD", "more_than", None,
             {"holder": [TOWER], "source": [WAQA]}),
            ("US$25 million", 0, 25e6, None, "USD", "exact", None,
             {"payer": [ADB], "source": [NAIVALU]}),
            ("A$15 million", 0, 15e6, None, "AUD", "exact", None,
             {"payer": ["Australia"], "place": ["Western Division"], "source": [NAIVALU]}),
            ("F$1,000", 0, 1000.0, None, "FJD", "exact", "household",
             {"payer_text": "the government"}),
        ],
        "quantities": [
            ("9,200 claims", 0, 9200.0, None, "claims", "approximate"),
            ("4.5 metres", 0, 4.5, None, "metre", "exact"),
            ("3,800 claims", 0, 3800.0, None, "claims", "exact"),
            ("40%", 0, 40.0, None, "percent", "approximate"),
            ("2,100 visitors", 0, 2100.0, None, "visitors", "approximate"),
            ("2.5%", 0, 2.5, None, "percent", "approximate"),
            ("3.8%", 0, 3.8, None, "percent", "exact"),
            ("30%", 0, 30.0, None, "percent", "at_most"),
            ("15%", 0, 15.0, None, "percent", "less_than"),
        ],
        "dates": [
            ("March 11", 0, "DATE", "2025-03-11", None, day("2025-03-11")),
            ("last week", 0, "DATE", "2025-W10", None, ("2025-03-03", "2025-03-09")),
            ("Tuesday", 0, "DATE", "2025-03-11", None, day("2025-03-11")),
            ("2016", 0, "DATE", "2016", "ON_OR_AFTER", year(2016)),
            ("Monday", 0, "DATE", "2025-03-10", "ON_OR_BEFORE", day("2025-03-10")),
            ("March 4", 0, "DATE", "2025-03-04", None, day("2025-03-04")),
            ("30 days", 0, "DURATION", "P30D", None, NONE),
            ("36 hours", 0, "DURATION", "PT36H", None, NONE),
            ("March", 2, "DATE", "2025-03", None, month("2025-03")),
            ("Monday", 1, "DATE", "2025-03-10", None, day("2025-03-10")),
            ("next week", 0, "DATE", "2025-W12", None, ("2025-03-17", "2025-03-23")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("January", 0, "DATE", "2025-01", None, month("2025-01")),
            ("Friday", 0, "DATE", "2025-03-07", None, day("2025-03-07")),
            ("years", 0, "DURATION", "PXY", None, NONE),
        ],
        "lists": [],
    },
    "senegal-fisheries-law": {
        "source": "senegal-fisheries-law.html",
        "reference_date": "2025-06-18",
        "published": "2025-06-18",
        "title": "Senegal's parliament passes fishing licence law after all-night session",
        "boilerplate": "Sign up for West Africa Briefing",
        "not_mentions": [],
        "entities": [
            ("Senegal", "GPE", "SN", ["Senegal"]),
            ("Aminata Sow", "PERSON", None, ["Aminata Sow"]),
            ("Daniel Okafor", "PERSON", None, ["Daniel Okafor"]),
            ("Dakar", "GPE", None, ["DAKAR", "Dakar"]),
            ("National Assembly", "ORG", None, ["National Assembly"]),
            ("Maritime Fisheries Act", "LAW", None, ["Maritime Fisheries Act"]),
            (NDIAYE, "PERSON", None, [NDIAYE, "Ndiaye-Faye"]),
            ("Saint-Louis", "GPE", None, ["Saint-Louis"]),
            ("Mbour", "GPE", None, ["Mbour"]),
            ("Joal", "GPE", None, ["Joal"]),
            ("Alliance for a New Senegal", "ORG", None, ["Alliance for a New Senegal", "ANS"]),
            ("Ibrahima Thiam", "PERSON", None, ["Ibrahima Thiam"]),
            (USAP, "ORG", None, [USAP, "USAP"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Spanish", "NORP", None, ["Spanish"]),
            ("European Union", "ORG", None, ["European Union"]),
            ("Brussels", "GPE", None, ["Brussels"]),
            ("Senegalese", "NORP", None, ["Senegalese"]),
            ("Mauritania", "GPE", "MR", ["Mauritania"]),
        ],
        "money": [
            ("48 million CFA francs", 0, 48e6, None, "XOF", "exact", None,
             {"payer_text": "a large trawler"}),
            ("$83,000", 0, 83000.0, None, "USD", "approximate", None,
             {"payer_text": "a large trawler"}),
            ("25 billion CFA francs", 0, 25e9, None, "XOF", "exact", "year",
             {"payee_text": "the government", "place": ["Saint-Louis", "Mbour", "Joal"],
              "source": [NDIAYE]}),
            ("3 billion CFA francs", 0, 3e9, None, "XOF", "approximate", None,
             {"holder_text": "its members", "source": [USAP]}),
            ("48 million CFA francs", 1, 48e6, None, "XOF", "exact", None,
             {"payer_text": "trawlers longer than 40 metres"}),
        ],
        "quantities": [
            ("112 votes", 0, 112.0, None, "votes", "exact"),
            ("22 abstentions", 0, 22.0, None, "abstentions", "exact"),
            ("60 vessels", 0, 60.0, None, "vessels", "exact"),
            ("41 seats", 0, 41.0, None, "seats", "exact"),
            ("40 vessels", 0, 40.0, None, "vessels", "exact"),
            ("90 vessels", 0, 90.0, None, "vessels", "approximate"),
            ("1,500 jobs", 0, 1500.0, None, "jobs", "exact"),
            ("60 vessels", 1, 60.0, None, "vessels", "exact"),
            ("40 metres", 0, 40.0, None, "metre", "more_than"),
            ("30%", 0, 30.0, None, "percent", "at_least"),
        ],
        "dates": [
            ("June 18, 2025", 0, "DATE", "2025-06-18", None, day("2025-06-18")),
            ("Wednesday", 0, "DATE", "2025-06-18", None, day("2025-06-18")),
            ("next January", 0, "DATE", "2026-01", None, month("2026-01")),
            ("today", 0, "DATE", "2025-06-18", None, day("2025-06-18")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2027", 0, "DATE", "2027", "ON_OR_BEFORE", year(2027)),
            ("twenty years", 0, "DURATION", "P20Y", None, NONE),
            ("October", 0, "DATE", "2025-10", None, month("2025-10")),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("November", 0, "DATE", "2024-11", None, month("2024-11")),
            ("January 2026", 0, "DATE", "2026-01", None, month("2026-01")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("15 days", 0, "DURATION", "P15D", None, NONE),
        ],
        "lists": [
            ("What the law changes", "other", "neutral", [
                ("Licence cap", "Foreign industrial licences fall to 60 vessels from January "
                                "2026."),
                ("Fees", "Annual fees double, to 48 million CFA francs for trawlers longer than "
                         "40 metres."),
                ("Observers", "Every licensed trawler must carry a Senegalese observer on each "
                              "trip."),
                ("Landing rule", "At least 30% of each catch must be landed at Dakar or "
                                 "Saint-Louis."),
            ]),
        ],
    },
    "estonia-drone-startup": {
        "source": "estonia-drone-startup.md",
        "reference_date": "2025-09-23",
        "published": "2025-09-23",
        "title": "Tallinn drone maker Tuul Systems raises €42 million for second factory",
        "boilerplate": "© 2025 Baltic Tech Review",
        "not_mentions": [],
        "entities": [
            ("Tallinn", "GPE", None, ["Tallinn", "TALLINN"]),
            (TUUL, "ORG", None, ["Tuul Systems", TUUL, "Tuul"]),
            ("Kadri Tamm", "PERSON", None, ["Kadri Tamm"]),
            ("Estonian", "NORP", None, ["Estonian"]),
            ("Stockholm", "GPE", None, ["Stockholm"]),
            (EMBER, "ORG", None, [EMBER, "Nordic Ember"]),
            ("Baltic states", "LOC", None, ["Baltic states"]),
            ("Finnish", "NORP", None, ["Finnish"]),
            ("Kaleva Mutual", "ORG", None, ["Kaleva Mutual"]),
            (EIC, "ORG", None, [EIC, "EIC"]),
            ("Estonian Defence Forces", "ORG", None, ["Estonian Defence Forces"]),
            ("Mart Kuusik", "PERSON", None, ["Mart Kuusik", "Kuusik"]),
            ("Tartu", "GPE", None, ["Tartu"]),
            ("Estonia", "GPE", "EE", ["Estonia"]),
            ("Latvia", "GPE", "LV", ["Latvia"]),
            ("Lithuania", "GPE", "LT", ["Lithuania"]),
            ("Poland", "GPE", "PL", ["Poland"]),
            ("Kotkas", "PRODUCT", None, ["Kotkas"]),
            ("Russia", "GPE", "RU", ["Russia"]),
            ("Ukraine", "GPE", "UA", ["Ukraine"]),
            ("Ministry of Defence", "ORG", None, ["Ministry of Defence"]),
            ("NATO", "ORG", None, ["NATO"]),
            ("European Defence Fund", "ORG", None, ["European Defence Fund"]),
            ("European Union", "ORG", None, ["European Union"]),
            ("Strategic Goods Commission", "ORG", None, ["Strategic Goods Commission"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            ("Asia", "LOC", None, ["Asia"]),
            ("Sofia Lindahl", "PERSON", None, ["Sofia Lindahl"]),
            ("Europe", "LOC", None, ["Europe"]),
        ],
        "money": [
            ("€42 million", 0, 42e6, None, "EUR", "exact", None, {"payee": [TUUL]}),
            ("€42 million", 1, 42e6, None, "EUR", "exact", None,
             {"payer": [EMBER], "payee": [TUUL], "source": [TUUL]}),
            ("€8 million", 0, 8e6, None, "EUR", "exact", None, {"payer": [EIC]}),
            ("€60 million", 0, 60e6, None, "EUR", "approximate", None, {"payee": [TUUL]}),
            ("€19 million", 0, 19e6, None, "EUR", "exact", None,
             {"holder": [TUUL], "source": [TUUL]}),
            ("€1.6 billion", 0, 1.6e9, None, "EUR", "exact", None,
             {"payer": ["Ministry of Defence"]}),
            ("€90,000", 0, 90000.0, None, "EUR", "at_most", "year",
             {"payer_text": "Larger rivals in Germany", "payee_text": "engineers"}),
        ],
        "quantities": [
            ("1,200 drones", 0, 1200.0, None, "drones", "at_most"),
            ("300 people", 0, 300.0, None, "people", "more_than"),
            ("140 employees", 0, 140.0, None, "employees", "exact"),
            ("180%", 0, 180.0, None, "percent", "exact"),
            ("600 kilometres", 0, 600.0, None, "kilometre", "exact"),
            ("5%", 0, 5.0, None, "percent", "more_than"),
            ("70%", 0, 70.0, None, "percent", "exact"),
            ("2,000 engineers", 0, 2000.0, None, "engineers", "approximate"),
            ("30 companies", 0, 30.0, None, "companies", "exact"),
        ],
        "dates": [
            ("Sept. 23", 0, "DATE", "2025-09-23", None, day("2025-09-23")),
            ("Tuesday", 0, "DATE", "2025-09-23", None, day("2025-09-23")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("the end of 2026", 0, "DATE", "2026", "END", ("2026-09-01", "2026-12-31")),
            ("today", 0, "DATE", "2025-09-23", None, day("2025-09-23")),
            ("Two years ago", 0, "DATE", "2023", None, year(2023)),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("14 hours", 0, "DURATION", "PT14H", None, NONE),
            ("February 2022", 0, "DATE", "2022-02", None, month("2022-02")),
            ("2026", 1, "DATE", "2026", None, year(2026)),
            ("the next four years", 0, "DURATION", "P4Y", None, NONE),
            ("2027", 0, "DATE", "2027", "ON_OR_BEFORE", year(2027)),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("months", 0, "DURATION", "PXM", None, NONE),
            ("a year", 2, "SET", "P1Y", None, NONE),
        ],
        "lists": [
            ("Opportunities for Estonia", "opportunities", "pro", [
                ("Export orders", "NATO members on the eastern flank are buying, and Tuul "
                                  "expects exports to reach 70% of sales by 2027."),
                ("Engineering base", "Tallinn and Tartu already train about 2,000 engineers "
                                     "a year."),
                ("Public money", "The EIC and the European Defence Fund can match private "
                                 "rounds."),
            ]),
            ("Concerns", "concerns", "con", [
                ("Export licences", "Sales outside the European Union need approval from "
                                    "Estonia's Strategic Goods Commission, which can take "
                                    "months."),
                ("Talent", "Larger rivals in Germany pay engineers up to €90,000 a year."),
                ("Chips", "About a third of components still come from Asia."),
            ]),
        ],
    },
    "oman-hydrogen-duqm": {
        "source": "oman-hydrogen-duqm.json",
        "reference_date": "2025-09-09",
        "published": "2025-09-09",
        "title": "Oman signs land deal for $3.1 billion green hydrogen plant at Duqm",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Muscat", "GPE", None, ["MUSCAT", "Muscat"]),
            ("Gulf Energy Wire", "ORG", None, ["Gulf Energy Wire"]),
            ("Oman", "GPE", "OM", ["Oman"]),
            ("Duqm", "GPE", None, ["Duqm"]),
            (SAHIL, "ORG", None, [SAHIL, "Sahil", "Sahil Hydrogen"]),
            (MEM, "ORG", None, [MEM]),
            ("South Korea", "GPE", "KR", ["South Korea"]),
            (DAEJIN, "ORG", None, [DAEJIN, "Daejin Energy"]),
            ("Belgium", "GPE", "BE", ["Belgium"]),
            ("Scheldt Gas NV", "ORG", None, ["Scheldt Gas NV", "Scheldt Gas"]),
            ("Rotterdam", "GPE", None, ["Rotterdam"]),
            ("Busan", "GPE", None, ["Busan"]),
            ("OQ", "ORG", None, ["OQ"]),
            (BALUSHI, "PERSON", None, [BALUSHI, "al-Balushi"]),
            ("Seoul", "GPE", None, ["Seoul"]),
            (KSURE, "ORG", None, [KSURE, "K-SURE"]),
            (JBIC, "ORG", None, [JBIC, "JBIC"]),
            ("Gulf", "LOC", None, ["Gulf"]),
            (HADDAD, "PERSON", None, [HADDAD]),
            ("Dubai", "GPE", None, ["Dubai"]),
            ("Meridian Gulf Advisory", "ORG", None, ["Meridian Gulf Advisory"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Asia", "LOC", None, ["Asia"]),
            ("Saudi Arabia", "GPE", "SA", ["Saudi Arabia"]),
            ("United Arab Emirates", "GPE", "AE", ["United Arab Emirates"]),
            ("Tariq Al-Amri", "PERSON", None, ["Tariq Al-Amri"]),
            ("Nadia Rahman", "PERSON", None, ["Nadia Rahman"]),
        ],
        "money": [
            ("1.2 billion rials", 0, 1.2e9, None, "OMR", "approximate", None,
             {"holder_text": "a green hydrogen plant", "place": ["Duqm"], "source": [MEM]}),
            ("$3.1 billion", 0, 3.1e9, None, "USD", "approximate", None,
             {"holder_text": "a green hydrogen plant", "place": ["Duqm"], "source": [MEM]}),
            ("2 rials", 0, 2.0, None, "OMR", "exact", "square metre",
             {"payer": [SAHIL], "payee_text": "the state", "source": [BALUSHI]}),
            ("$620 million", 0, 620e6, None, "USD", "exact", None,
             {"payer": [DAEJIN], "source": [DAEJIN]}),
            ("$1.8 billion", 0, 1.8e9, None, "USD", "at_most", None,
             {"payer": [KSURE, JBIC], "source_text": "two people familiar with the matter"}),
            ("$5", 0, 5.0, None, "USD", "approximate", "kilogram",
             {"holder_text": "Green hydrogen from the Gulf", "source": [HADDAD]}),
            ("$2", 0, 2.0, None, "USD", "less_than", None,
             {"holder_text": "hydrogen made from natural gas", "source": [HADDAD]}),
        ],
        "quantities": [
            ("320-square-kilometre", 0, 320.0, None, "square kilometre", "exact"),
            ("51%", 0, 51.0, None, "percent", "exact"),
            ("2.5 gigawatts", 0, 2.5, None, "gigawatt", "exact"),
            ("150,000 tonnes", 0, 150000.0, None, "tonne", "at_most"),
            ("1 million barrels", 0, 1e6, None, "barrel", "approximate"),
            ("1 million tonnes", 0, 1e6, None, "tonne", "exact"),
            ("8.5 million tonnes", 0, 8.5e6, None, "tonne", "at_most"),
            ("30%", 0, 30.0, None, "percent", "exact"),
            ("19%", 0, 19.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Sept 9", 0, "DATE", "2025-09-09", None, day("2025-09-09")),
            ("Tuesday", 0, "DATE", "2025-09-09", None, day("2025-09-09")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2030", 0, "DATE", "2030", None, year(2030)),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("the end of the decade", 0, "DATE", "202", "END", ("2027-01-01", "2029-12-31")),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("a year", 2, "SET", "P1Y", None, NONE),
            ("2030", 1, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("2050", 0, "DATE", "2050", "ON_OR_BEFORE", year(2050)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("2023", 0, "DATE", "2023", "ON_OR_AFTER", year(2023)),
            ("today", 0, "DATE", "2025-09-09", None, day("2025-09-09")),
            ("the past 18 months", 0, "DURATION", "P18M", None, NONE),
            ("the second half of 2026", 0, "DATE", "2026-H2", None,
             ("2026-07-01", "2026-12-31")),
            ("early 2027", 0, "DATE", "2027", "START", ("2027-01-01", "2027-04-30")),
        ],
        "lists": [],
    },
    "uruguay-striker-transfer": {
        "source": "uruguay-striker-transfer.txt",
        "reference_date": "2025-07-14",
        "published": "2025-07-14",
        "boilerplate": None,
        "not_mentions": ["Uruguayan pesos"],
        "entities": [
            (CERRO, "ORG", None, ["Cerro Azul", CERRO]),
            ("Facundo Píriz", "PERSON", None, ["Facundo Píriz", "Píriz", "Facundo"]),
            ("Portugal", "GPE", "PT", ["Portugal"]),
            (RIBEIRA, "ORG", None, ["Ribeira", RIBEIRA]),
            ("Martín Olivera", "PERSON", None, ["Martín Olivera"]),
            ("Montevideo", "GPE", None, ["MONTEVIDEO", "Montevideo"]),
            ("Uruguayan", "NORP", None, ["Uruguayan"]),
            ("Portuguese", "NORP", None, ["Portuguese"]),
            (SOSA, "PERSON", None, [SOSA, "Sosa"]),
            ("European", "NORP", None, ["European"]),
            ("Lisbon", "GPE", None, ["Lisbon"]),
            ("Paysandú", "GPE", None, ["Paysandú"]),
            ("Parque Tabaré", "FAC", None, ["Parque Tabaré"]),
            (AUF, "ORG", None, [AUF, "AUF"]),
            ("Canelones", "GPE", None, ["Canelones"]),
            ("Primeira Liga", "ORG", None, ["Primeira Liga"]),
            ("Brazil", "GPE", "BR", ["Brazil"]),
            ("Grêmio Litoral", "ORG", None, ["Grêmio Litoral"]),
            ("Mexico", "GPE", "MX", ["Mexico"]),
            ("Nuno Cardoso", "PERSON", None, ["Nuno Cardoso"]),
            ("Uruguay", "GPE", "UY", ["Uruguay"]),
            ("South American U-20 Championship", "EVENT", None,
             ["South American U-20 Championship"]),
            ("Venezuela", "GPE", "VE", ["Venezuela"]),
            ("Copa Libertadores", "EVENT", None, ["Copa Libertadores"]),
            ("FIFA", "ORG", None, ["FIFA"]),
            ("Club Juventud de Paysandú", "ORG", None, ["Club Juventud de Paysandú"]),
            ("Clausura", "EVENT", None, ["Clausura"]),
            ("Gonzalo Rey", "PERSON", None, ["Gonzalo Rey"]),
            ("Liverpool Montevideo", "ORG", None, ["Liverpool Montevideo"]),
        ],
        "money": [
            ("€9 million", 0, 9e6, None, "EUR", "exact", None,
             {"payer": [RIBEIRA], "payee": [CERRO]}),
            ("€9 million", 1, 9e6, None, "EUR", "exact", None,
             {"payer": [RIBEIRA], "payee": [CERRO], "source": [SOSA]}),
            ("€3 million", 0, 3e6, None, "EUR", "at_most", None, {}),
            ("€2.5 million", 0, 2.5e6, None, "EUR", "approximate", None,
             {"payer": [CERRO], "payee": [AUF], "payee_text": "former players",
              "source": [SOSA]}),
            ("38 million Uruguayan pesos", 0, 38e6, None, "UYU", "exact", None,
             {"holder": [CERRO], "source": [CERRO]}),
            ("$950,000", 0, 950000.0, None, "USD", "approximate", None,
             {"holder": [CERRO], "source": [CERRO]}),
        ],
        "quantities": [
            ("20%", 0, 20.0, None, "percent", "exact"),
            ("14 goals", 0, 14.0, None, "goals", "exact"),
            ("22 league games", 0, 22.0, None, "league games", "exact"),
            ("45 kilometres", 0, 45.0, None, "kilometre", "exact"),
            ("2%", 0, 2.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("Monday 14 July 2025", 0, "DATE", "2025-07-14", None, day("2025-07-14")),
            ("Sunday", 0, "DATE", "2025-07-13", None, day("2025-07-13")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("Wednesday", 0, "DATE", "2025-07-16", None, day("2025-07-16")),
            ("June 2030", 0, "DATE", "2030-06", "ON_OR_BEFORE", month("2030-06")),
            ("the next ten years", 0, "DURATION", "P10Y", None, NONE),
            ("May", 0, "DATE", "2025-05", None, month("2025-05")),
            ("last week", 0, "DATE", "2025-W28", None, ("2025-07-07", "2025-07-13")),
            ("January", 0, "DATE", "2025-01", None, month("2025-01")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2014", 0, "DATE", "2014", "ON_OR_AFTER", year(2014)),
            ("Sunday", 1, "DATE", "2025-07-13", None, day("2025-07-13")),
            ("weeks", 0, "DURATION", "PXW", None, NONE),
            ("August 2", 0, "DATE", "2025-08-02", None, day("2025-08-02")),
            ("30 years", 0, "DURATION", "P30Y", None, NONE),
            ("Saturday", 0, "DATE", "2025-07-19", None, day("2025-07-19")),
        ],
        "lists": [],
    },
    "ontario-data-breach-settlement": {
        "source": "ontario-data-breach-settlement.json",
        "reference_date": "2025-11-26",
        "published": "2025-11-26",
        "title": "Ontario judge approves C$31-million settlement over Northway data breach",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Émilie Gagnon", "PERSON", None, ["Émilie Gagnon"]),
            ("Toronto", "GPE", None, ["TORONTO"]),
            ("Ontario", "GPE", None, ["Ontario"]),
            (NORTHWAY, "ORG", None, [NORTHWAY, "Northway"]),
            ("Priya Raman", "PERSON", None, ["Priya Raman"]),
            ("Ontario Superior Court of Justice", "ORG", None,
             ["Ontario Superior Court of Justice"]),
            ("Mississauga", "GPE", None, ["Mississauga"]),
            (HALLORAN, "ORG", None, [HALLORAN]),
            ("Office of the Privacy Commissioner of Canada", "ORG", None,
             ["Office of the Privacy Commissioner of Canada"]),
            ("British Columbia", "GPE", None, ["British Columbia"]),
            ("Daniel Whitford", "PERSON", None, ["Daniel Whitford"]),
            ("Hamilton", "GPE", None, ["Hamilton"]),
            ("Court of Appeal for Ontario", "ORG", None, ["Court of Appeal for Ontario"]),
            ("Toronto Stock Exchange", "ORG", None, ["Toronto Stock Exchange"]),
            ("Canadian Press", "ORG", None, ["Canadian Press"]),
        ],
        "money": [
            ("C$31-million", 0, 31e6, None, "CAD", "exact", None, {"payer": [NORTHWAY]}),
            ("C$250", 0, 250.0, None, "CAD", "at_most", None,
             {"payer": [NORTHWAY], "payee_text": "each customer"}),
            ("C$40", 0, 40.0, None, "CAD", "exact", None,
             {"payer": [NORTHWAY], "payee_text": "every other account holder"}),
            ("C$7.8 million", 0, 7.8e6, None, "CAD", "exact", None,
             {"payer": [NORTHWAY], "payee": [HALLORAN]}),
            ("C$120 million", 0, 120e6, None, "CAD", "more_than", None,
             {"payer": [NORTHWAY], "source": [NORTHWAY]}),
            ("C$18.62", 0, 18.62, None, "CAD", "exact", None, {"holder": [NORTHWAY]}),
        ],
        "quantities": [
            ("1.9 million customers", 0, 1.9e6, None, "customers", "approximate"),
            ("20 employees", 0, 20.0, None, "employees", "less_than"),
            ("1.4%", 0, 1.4, None, "percent", "exact"),
        ],
        "dates": [
            ("Tuesday", 0, "DATE", "2025-11-25", None, day("2025-11-25")),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("May 31, 2026", 0, "DATE", "2026-05-31", "BEFORE", day("2026-05-31")),
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("August 2023", 0, "DATE", "2023-08", None, month("2023-08")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("March 14, 2023", 0, "DATE", "2023-03-14", None, day("2023-03-14")),
            ("30 days", 0, "DURATION", "P30D", None, NONE),
            ("Tuesday", 1, "DATE", "2025-11-25", None, day("2025-11-25")),
        ],
        "lists": [
            ("Who can claim", "other", "neutral", [
                (None, "Customers with a Northway mobile, internet or TV account on March 14, "
                       "2023."),
                (None, "Former customers whose records were in the stolen files."),
                (None, "Small businesses with fewer than 20 employees on a Northway plan."),
            ]),
        ],
    },
    "georgia-airline-order-wire": {
        "source": "georgia-airline-order-wire.txt",
        "reference_date": "2025-10-14",
        "published": "2025-10-14",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Georgia", "GPE", "GE", ["Georgia"]),
            (KARTLI, "ORG", None, [KARTLI]),
            ("Airbus", "ORG", None, ["Airbus"]),
            ("Nino Beridze", "PERSON", None, ["Nino Beridze"]),
            ("Aram Petrosyan", "PERSON", None, ["Aram Petrosyan"]),
            ("Tbilisi", "GPE", None, ["TBILISI", "Tbilisi"]),
            ("AP", "ORG", None, ["AP"]),
            ("Georgian", "NORP", None, ["Georgian", "Georgians"]),
            ("South Caucasus", "LOC", None, ["South Caucasus"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Gulf", "LOC", None, ["Gulf"]),
            ("Central Asia", "LOC", None, ["Central Asia"]),
            ("Toulouse", "GPE", None, ["Toulouse"]),
            ("France", "GPE", "FR", ["France"]),
            ("Giorgi Lomidze", "PERSON", None, ["Giorgi Lomidze", "Lomidze"]),
            ("Almaty", "GPE", None, ["Almaty"]),
            ("Tashkent", "GPE", None, ["Tashkent"]),
            ("Riyadh", "GPE", None, ["Riyadh"]),
            ("Tbilisi International Airport", "FAC", None, ["Tbilisi International Airport"]),
            ("Istanbul", "GPE", None, ["Istanbul"]),
            (GCAA, "ORG", None, [GCAA, "GCAA"]),
            ("Mtkvari Holdings", "ORG", None, ["Mtkvari Holdings"]),
            ("Ireland", "GPE", "IE", ["Ireland"]),
            ("Shannonside Aviation Partners", "ORG", None, ["Shannonside Aviation Partners"]),
            ("Dublin", "GPE", None, ["Dublin"]),
            (EBRD, "ORG", None, [EBRD, "EBRD"]),
            ("Kutaisi", "GPE", None, ["Kutaisi"]),
            ("Armenia", "GPE", "AM", ["Armenia"]),
            ("Yerevan", "GPE", None, ["Yerevan"]),
            ("Ararat Wings", "ORG", None, ["Ararat Wings"]),
            ("Boeing 737", "PRODUCT", None, ["Boeing 737"]),
            ("Azerbaijan", "GPE", "AZ", ["Azerbaijan"]),
            ("Asia", "LOC", None, ["Asia"]),
            ("Levan Tsiklauri", "PERSON", None, ["Levan Tsiklauri"]),
            ("Tamar Gelashvili", "PERSON", None, ["Tamar Gelashvili"]),
            ("Russia", "GPE", "RU", ["Russia"]),
        ],
        "money": [
            ("$1.6 billion", 0, 1.6e9, None, "USD", "approximate", None,
             {"payer": [KARTLI], "payee": ["Airbus"], "source": [KARTLI]}),
            ("$750 million", 0, 750e6, None, "USD", "approximate", None,
             {"source_text": "analysts"}),
            ("$4.4 billion", 0, 4.4e9, None, "USD", "approximate", None,
             {"payee": ["Georgia"]}),
            ("$90 million", 0, 90e6, None, "USD", "at_most", None,
             {"payer": [EBRD], "place": ["Kutaisi"]}),
            ("412 million lari", 0, 412e6, None, "GEL", "exact", None,
             {"holder": [KARTLI], "source": [KARTLI]}),
            ("$152 million", 0, 152e6, None, "USD", "exact", None,
             {"holder": [KARTLI], "source": [KARTLI]}),
        ],
        "quantities": [
            ("12 aircraft", 0, 12.0, None, "aircraft", "exact"),
            ("12 aircraft", 1, 12.0, None, "aircraft", "exact"),
            ("21 aircraft", 0, 21.0, None, "aircraft", "exact"),
            ("22%", 0, 22.0, None, "percent", "exact"),
            ("7.4 million passengers", 0, 7.4e6, None, "passengers", "exact"),
            ("60%", 0, 60.0, None, "percent", "exact"),
            ("40%", 0, 40.0, None, "percent", "exact"),
            ("15%", 0, 15.0, None, "percent", "exact"),
            ("400 jobs", 0, 400.0, None, "jobs", "approximate"),
            ("1.1 million passengers", 0, 1.1e6, None, "passengers", "exact"),
        ],
        "dates": [
            ("five years ago", 0, "DATE", "2020", None, year(2020)),
            ("Tuesday", 0, "DATE", "2025-10-14", None, day("2025-10-14")),
            ("the second quarter of 2027", 0, "DATE", "2027-Q2", None,
             ("2027-04-01", "2027-06-30")),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("Ten years ago", 0, "DATE", "2015", None, year(2015)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("last month", 0, "DATE", "2025-09", None, month("2025-09")),
            ("2023", 0, "DATE", "2023", "ON_OR_AFTER", year(2023)),
            ("the next three years", 0, "DURATION", "P3Y", None, NONE),
            ("2024", 1, "DATE", "2024", None, year(2024)),
        ],
        "lists": [],
        "inline_lists": [
            ("Benefits", "benefits", "pro", ["cheaper fares for Georgians",
                                             "more transit traffic for Tbilisi",
                                             "new maintenance jobs at Kutaisi"]),
            ("Risks", "risks", "con", ["fuel costs", "a shortage of pilots",
                                       "tensions between Russia and its neighbours that could "
                                       "close airspace"]),
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
