"""Writes the gold files of round 11-round-4 from the hand-written annotations below.

Written by a writer session that never read artex's rule code and never ran artex (nor a spaCy
model) on these articles. Offsets are found by searching each article's text for the annotated
words: an entity's mentions are every whole-word occurrence of its surface forms before the
article's boilerplate, minus those inside a longer mention or a listed non-mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). The text of a .md, .html or .json (``html`` field) article is made by the
rules of corpus/README.md (``reader_text`` below, copied from round 11-round-3's build_gold.py).
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

STEPPE = "Steppe Rail Logistics JSC"
ANATOLIA = "Anatolia Lokomotif AS"
EDB = "Eurasian Development Bank"
TITR = "Trans-Caspian International Transport Route"
LOTUS = "Lotus Ledger Technology Joint Stock Company"
KESTREL = "Kestrel Ventures"
IFC = "International Finance Corporation"
GOBI_FIBRE = "Gobi Fibre LLC"
LANIERI = "Filatura Lanieri SpA"
TSETSEGMAA = "Tsetsegmaa Dorj"
ARANDU = "Arandu Data Centers SA"
NORDVIK = "Nordvik Compute AS"
ANDE = "Administración Nacional de Electricidad"
TESFAY = "Habtom Tesfay"
TOUR = "Tour du Rwanda"
CCC = "Cork County Council"
DOH = "Department of Housing"
FILM = "Mama wa Mawimbi"

ARTICLES = {
    "kazakhstan-rail-locomotives-wire": {
        "source": "kazakhstan-rail-locomotives-wire.txt",
        "reference_date": "2025-03-03",
        "published": "2025-03-03",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Kazakh", "NORP", None, ["Kazakh"]),
            ("China", "GPE", "CN", ["China"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Aktau", "GPE", None, ["AKTAU", "Aktau"]),
            ("Kazakhstan", "GPE", "KZ", ["Kazakhstan"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            (STEPPE, "ORG", None, [STEPPE, "Steppe Rail"]),
            ("Turkey", "GPE", "TR", ["Turkey"]),
            (ANATOLIA, "ORG", None, [ANATOLIA, "Anatolia Lokomotif"]),
            ("Caspian Sea", "LOC", None, ["Caspian Sea"]),
            ("Almaty", "GPE", None, ["Almaty"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Khorgos", "GPE", None, ["Khorgos"]),
            (TITR, "FAC", None, [TITR, "Middle Corridor"]),
            ("Russia", "GPE", "RU", ["Russia"]),
            ("Red Sea", "LOC", None, ["Red Sea"]),
            ("Yerlan Baimukhanov", "PERSON", None, ["Yerlan Baimukhanov", "Baimukhanov"]),
            (EDB, "ORG", None, [EDB, "EDB"]),
            ("Atyrau", "GPE", None, ["Atyrau"]),
            ("Kazakhstan Temir Zholy", "ORG", None, ["Kazakhstan Temir Zholy", "KTZ"]),
            ("Baku", "GPE", None, ["Baku"]),
            ("Azerbaijan", "GPE", "AZ", ["Azerbaijan"]),
            ("Georgia", "GPE", "GE", ["Georgia"]),
            ("Black Sea", "LOC", None, ["Black Sea"]),
            ("Poti", "GPE", None, ["Poti"]),
            ("Batumi", "GPE", None, ["Batumi"]),
            ("Xi'an", "GPE", None, ["Xi'an"]),
            ("Georgian", "NORP", None, ["Georgian"]),
            ("Africa", "LOC", None, ["Africa"]),
            ("Kuryk", "GPE", None, ["Kuryk"]),
            ("Alat", "GPE", None, ["Alat"]),
            ("European", "NORP", None, ["European"]),
            ("Dana Seitkali", "PERSON", None, ["Dana Seitkali"]),
            ("Tengri Capital", "ORG", None, ["Tengri Capital"]),
            ("Singapore", "GPE", "SG", ["Singapore"]),
            ("Orchard Strait Partners", "ORG", None, ["Orchard Strait Partners"]),
            ("Astana International Exchange", "ORG", None,
             ["Astana International Exchange", "AIX"]),
            ("Eskisehir", "GPE", None, ["Eskisehir"]),
            ("Turkish State Railways", "ORG", None, ["Turkish State Railways", "TCDD"]),
            ("Istanbul", "GPE", None, ["Istanbul"]),
            ("Aigerim Nurlanova", "PERSON", None, ["Aigerim Nurlanova"]),
            ("Mert Yildiz", "PERSON", None, ["Mert Yildiz"]),
            ("Clara Hughes", "PERSON", None, ["Clara Hughes"]),
        ],
        "money": [
            ("$310 million", 0, 310e6, None, "USD", "approximate", None,
             {"payer": [STEPPE], "payee": [ANATOLIA], "source": [STEPPE]}),
            ("$180 million", 0, 180e6, None, "USD", "exact", None,
             {"payer": [EDB], "payee": [STEPPE], "source": ["Yerlan Baimukhanov"]}),
            ("9 billion tenge", 0, 9e9, None, "KZT", "exact", None,
             {"payer": [EDB], "place": ["Atyrau"], "source": [EDB]}),
            ("$18 million", 0, 18e6, None, "USD", "exact", None,
             {"payer": [EDB], "place": ["Atyrau"], "source": [EDB]}),
            ("112 billion tenge", 0, 112e9, None, "KZT", "exact", None,
             {"holder": [STEPPE], "source": [STEPPE]}),
        ],
        "quantities": [
            ("40 locomotives", 0, 40.0, None, "locomotives", "exact"),
            ("40 locomotives", 1, 40.0, None, "locomotives", "exact"),
            ("12 locomotives", 0, 12.0, None, "locomotives", "exact"),
            ("62%", 0, 62.0, None, "percent", "exact"),
            ("4.5 million tonnes", 0, 4.5e6, None, "tonne", "exact"),
            ("900 employees", 0, 900.0, None, "employees", "exact"),
            ("140 clients", 0, 140.0, None, "clients", "exact"),
            ("8%", 0, 8.0, None, "percent", "exact"),
            ("15%", 0, 15.0, None, "percent", "approximate"),
            ("6.1 million tonnes", 0, 6.1e6, None, "tonne", "exact"),
            ("25 million tonnes", 0, 25e6, None, "tonne", "exact"),
            ("35%", 0, 35.0, None, "percent", "exact"),
            ("4.2%", 0, 4.2, None, "percent", "exact"),
        ],
        "dates": [
            ("March 3", 0, "DATE", "2025-03-03", None, day("2025-03-03")),
            ("Monday", 0, "DATE", "2025-03-03", None, day("2025-03-03")),
            ("the end of September", 0, "DATE", "2025-09", "END", ("2025-09-21", "2025-09-30")),
            ("the first half of 2026", 0, "DATE", "2026-H1", None, ("2026-01-01", "2026-06-30")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("Two years ago", 0, "DATE", "2023", None, year(2023)),
            ("Today", 0, "DATE", "2025-03-03", None, day("2025-03-03")),
            ("last week", 0, "DATE", "2025-W09", None, ("2025-02-24", "2025-03-02")),
            ("January", 0, "DATE", "2025-01", None, month("2025-01")),
            ("18 days", 0, "DURATION", "P18D", None, NONE),
            ("12 days", 0, "DURATION", "P12D", None, NONE),
            ("40 days", 0, "DURATION", "P40D", None, NONE),
            ("last year", 1, "DATE", "2024", None, year(2024)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("2014", 0, "DATE", "2014", None, year(2014)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("Monday", 1, "DATE", "2025-03-03", None, day("2025-03-03")),
        ],
        "lists": [],
    },
    "vietnam-fintech-press-release": {
        "source": "vietnam-fintech-press-release.json",
        "reference_date": "2025-05-06",
        "published": "2025-05-06",
        "title": "Lotus Ledger raises $24 million Series B to take its small-business payments "
                 "app beyond Vietnam",
        "boilerplate": "Media contact:",
        "not_mentions": [],
        "entities": [
            ("Ho Chi Minh City", "GPE", None, ["HO CHI MINH CITY", "Ho Chi Minh City"]),
            ("Vietnam", "GPE", "VN", ["Vietnam"]),
            ("PRNewswire", "ORG", None, ["PRNewswire"]),
            (LOTUS, "ORG", None, [LOTUS, "Lotus Ledger"]),
            ("Vietnamese", "NORP", None, ["Vietnamese"]),
            (KESTREL, "ORG", None, [KESTREL]),
            ("Mekong Seed Fund", "ORG", None, ["Mekong Seed Fund"]),
            (IFC, "ORG", None, [IFC, "IFC"]),
            ("World Bank Group", "ORG", None, ["World Bank Group"]),
            ("Indonesia", "GPE", "ID", ["Indonesia"]),
            ("Philippines", "GPE", "PH", ["Philippines"]),
            ("Hanoi", "GPE", None, ["Hanoi"]),
            ("Da Nang", "GPE", None, ["Da Nang"]),
            ("Nguyen Thi Mai Anh", "PERSON", None, ["Nguyen Thi Mai Anh"]),
            ("Tran Quoc Bao", "PERSON", None, ["Tran Quoc Bao"]),
            ("Surabaya", "GPE", None, ["Surabaya"]),
            ("Cebu", "GPE", None, ["Cebu"]),
            ("Singapore", "GPE", "SG", ["Singapore"]),
            ("South-East Asia", "LOC", None, ["South-East Asia"]),
            ("Rohan Pillai", "PERSON", None, ["Rohan Pillai"]),
            ("Bach Dang Commercial Bank", "ORG", None, ["Bach Dang Commercial Bank"]),
            ("State Bank of Vietnam", "ORG", None, ["State Bank of Vietnam"]),
            ("India", "GPE", "IN", ["India"]),
        ],
        "money": [
            ("$24 million", 0, 24e6, None, "USD", "exact", None,
             {"payer": [KESTREL, "Mekong Seed Fund", IFC], "payee": [LOTUS],
              "source": [LOTUS]}),
            ("14 trillion dong", 0, 14e12, None, "VND", "exact", None, {"holder": [LOTUS]}),
            ("$550 million", 0, 550e6, None, "USD", "exact", None, {"holder": [LOTUS]}),
            ("5.2 trillion dong", 0, 5.2e12, None, "VND", "exact", None, {"holder": [LOTUS]}),
            ("$420 million", 0, 420e6, None, "USD", "exact", None, {"holder": [KESTREL]}),
            ("$12", 0, 12.0, None, "USD", "less_than", None,
             {"holder": [LOTUS], "source": ["Rohan Pillai"]}),
            ("$24 million", 1, 24e6, None, "USD", "exact", None,
             {"payer": [KESTREL], "payee": [LOTUS]}),
        ],
        "quantities": [
            ("300 people", 0, 300.0, None, "people", "exact"),
            ("85,000 merchants", 0, 85000.0, None, "merchants", "more_than"),
            ("70%", 0, 70.0, None, "percent", "exact"),
            ("2,000 merchants", 0, 2000.0, None, "merchants", "exact"),
            ("410 people", 0, 410.0, None, "people", "exact"),
        ],
        "dates": [
            ("May 6, 2025", 0, "DATE", "2025-05-06", None, day("2025-05-06")),
            ("today", 0, "DATE", "2025-05-06", None, day("2025-05-06")),
            ("the end of 2026", 0, "DATE", "2026", "END", ("2026-09-01", "2026-12-31")),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("a year earlier", 0, "DATE", "2023", None, year(2023)),
            ("July 2022", 0, "DATE", "2022-07", "ON_OR_AFTER", month("2022-07")),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("the second half of 2025", 0, "DATE", "2025-H2", None,
             ("2025-07-01", "2025-12-31")),
            ("the third quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
        ],
        "lists": [
            ("Highlights of the round", "other", "neutral", [
                (None, "$24 million Series B led by Kestrel Ventures, the company's largest "
                       "round"),
                (None, "Launch in Indonesia and the Philippines in the second half of 2025"),
                (None, "A working-capital loan product with Bach Dang Commercial Bank, to be "
                       "piloted with 2,000 merchants in the third quarter"),
            ]),
        ],
    },
    "mongolia-cashmere-feature": {
        "source": "mongolia-cashmere-feature.html",
        "reference_date": "2025-05-18",
        "published": "2025-05-18",
        "title": "The cashmere bargain: Mongolia's herders trade numbers for quality",
        "boilerplate": "Sign up for Asia Weekly",
        "not_mentions": [],
        "entities": [
            ("Mongolia", "GPE", "MN", ["Mongolia"]),
            ("Hannah Ellery", "PERSON", None, ["Hannah Ellery"]),
            ("Bayandalai", "GPE", None, ["BAYANDALAI", "Bayandalai"]),
            (TSETSEGMAA, "PERSON", None, [TSETSEGMAA, "Tsetsegmaa"]),
            (GOBI_FIBRE, "ORG", None, [GOBI_FIBRE, "Gobi Fibre"]),
            ("Ulaanbaatar", "GPE", None, ["Ulaanbaatar"]),
            ("Ömnögovi", "GPE", None, ["Ömnögovi"]),
            ("Swiss Agency for Development and Cooperation", "ORG", None,
             ["Swiss Agency for Development and Cooperation", "SDC"]),
            ("Italian", "NORP", None, ["Italian"]),
            (LANIERI, "ORG", None, [LANIERI, "Filatura Lanieri"]),
            ("United Nations Development Programme", "ORG", None,
             ["United Nations Development Programme", "UNDP"]),
            ("Gurvan Saikhan", "LOC", None, ["Gurvan Saikhan"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Inner Mongolia", "GPE", None, ["Inner Mongolia"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Bolormaa Ganbaatar", "PERSON", None, ["Bolormaa Ganbaatar", "Bolormaa"]),
            ("Songinokhairkhan", "GPE", None, ["Songinokhairkhan"]),
            ("Biella", "GPE", None, ["Biella"]),
            ("Italy", "GPE", "IT", ["Italy"]),
            ("Bank of Mongolia", "ORG", None, ["Bank of Mongolia"]),
            ("Gobi", "LOC", None, ["Gobi"]),
            ("Batkhuyag Sodnom", "PERSON", None, ["Batkhuyag Sodnom"]),
            ("National University of Mongolia", "ORG", None,
             ["National University of Mongolia"]),
            ("Enkhjargal Tserendorj", "PERSON", None, ["Enkhjargal Tserendorj"]),
            ("Dalanzadgad", "GPE", None, ["Dalanzadgad"]),
        ],
        "money": [
            ("145,000 tugriks", 0, 145000.0, None, "MNT", "exact", "kilogram",
             {"payer": [GOBI_FIBRE]}),
            ("$42", 0, 42.0, None, "USD", "exact", "kilogram", {"payer": [GOBI_FIBRE]}),
            ("38 billion tugriks", 0, 38e9, None, "MNT", "exact", None,
             {"holder": [GOBI_FIBRE]}),
            ("€6 million", 0, 6e6, None, "EUR", "exact", None,
             {"payer": [LANIERI], "payee": [GOBI_FIBRE]}),
            ("2 million tugriks", 0, 2e6, None, "MNT", "exact", "year",
             {"payer": [GOBI_FIBRE], "payee_text": "any family"}),
            ("31 million tugriks", 0, 31e6, None, "MNT", "exact", None,
             {"payee_text": "her family"}),
            ("36 million tugriks", 0, 36e6, None, "MNT", "exact", None,
             {"payee": [TSETSEGMAA]}),
        ],
        "quantities": [
            ("300 grams", 0, 300.0, None, "gram", "approximate"),
            ("1,200 families", 0, 1200.0, None, "families", "exact"),
            ("20%", 0, 20.0, None, "percent", "exact"),
            ("27 million animals", 0, 27e6, None, "animals", "exact"),
            ("70%", 0, 70.0, None, "percent", "approximate"),
            ("400 goats", 0, 400.0, None, "goats", "exact"),
            ("60 camels", 0, 60.0, None, "camels", "exact"),
            ("60%", 0, 60.0, None, "percent", "approximate"),
            ("260 people", 0, 260.0, None, "people", "exact"),
            ("180 tonnes", 0, 180.0, None, "tonne", "exact"),
            ("10%", 0, 10.0, None, "percent", "at_least"),
            ("7.1 million animals", 0, 7.1e6, None, "animals", "exact"),
            ("180 kilometres", 0, 180.0, None, "kilometre", "exact"),
        ],
        "dates": [
            ("5:30 in the morning", 0, "TIME", "XXXX-XX-XXT05:30", None, NONE),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("the 1990s", 0, "DATE", "199", None, ("1990-01-01", "1999-12-31")),
            ("20 years", 0, "DURATION", "P20Y", None, NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("every year", 0, "SET", "P1Y", None, NONE),
            ("2017", 0, "DATE", "2017", None, year(2017)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2029", 0, "DATE", "2029", "ON_OR_BEFORE", year(2029)),
            ("2016", 0, "DATE", "2016", None, year(2016)),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("October", 0, "DATE", "2023-10", None, month("2023-10")),
            ("Last winter", 0, "DATE", "2024-WI", None, NONE),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("30 years", 0, "DURATION", "P30Y", None, NONE),
            ("Last year", 0, "DATE", "2024", None, year(2024)),
            ("this year", 1, "DATE", "2025", None, year(2025)),
        ],
        "lists": [],
    },
    "paraguay-data-centres-analysis": {
        "source": "paraguay-data-centres-analysis.md",
        "reference_date": "2025-07-21",
        "published": "2025-07-21",
        "title": "Paraguay's cheap hydropower draws data centres. Can the grid keep up?",
        "boilerplate": "© 2025 Río de la Plata Business Review",
        "not_mentions": [],
        "entities": [
            ("Paraguay", "GPE", "PY", ["Paraguay"]),
            ("Lucía Benítez", "PERSON", None, ["Lucía Benítez"]),
            ("Asunción", "GPE", None, ["ASUNCIÓN", "Asunción"]),
            ("Itaipu", "FAC", None, ["Itaipu"]),
            ("Paraná River", "LOC", None, ["Paraná River"]),
            ("Brazil", "GPE", "BR", ["Brazil"]),
            ("Yacyretá", "FAC", None, ["Yacyretá"]),
            ("Argentina", "GPE", "AR", ["Argentina"]),
            (ARANDU, "ORG", None, [ARANDU, "Arandu"]),
            ("Paraguayan", "NORP", None, ["Paraguayan"]),
            ("Grupo Tacuary", "ORG", None, ["Grupo Tacuary"]),
            ("Hernandarias", "GPE", None, ["Hernandarias"]),
            (NORDVIK, "ORG", None, [NORDVIK]),
            ("Norwegian", "NORP", None, ["Norwegian"]),
            ("Villa Hayes", "GPE", None, ["Villa Hayes"]),
            (ANDE, "ORG", None, [ANDE, "ANDE"]),
            ("Texas", "GPE", None, ["Texas"]),
            ("Chile", "GPE", "CL", ["Chile"]),
            ("Javier Ocampo", "PERSON", None, ["Javier Ocampo"]),
            ("Rodrigo Giménez", "PERSON", None, ["Rodrigo Giménez", "Giménez"]),
            ("United States", "GPE", "US", ["United States"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Inter-American Development Bank", "ORG", None,
             ["Inter-American Development Bank", "IDB"]),
        ],
        "money": [
            ("US$480 million", 0, 480e6, None, "USD", "exact", None,
             {"payer": [ARANDU], "place": ["Hernandarias"]}),
            ("US$1.1 billion", 0, 1.1e9, None, "USD", "at_most", None,
             {"payer": [NORDVIK], "place": ["Villa Hayes"], "source": [NORDVIK]}),
            ("US$38", 0, 38.0, None, "USD", "approximate", "megawatt hour",
             {"payer_text": "large industrial users", "payee": [ANDE]}),
            ("US$3 billion", 0, 3e9, None, "USD", "exact", None,
             {"payer_text": "data centres", "source_text": "The government"}),
            ("US$60 million", 0, 60e6, None, "USD", "approximate", "year",
             {"holder": [ANDE], "source": [ANDE]}),
            ("US$10", 0, 10.0, None, "USD", "approximate", "megawatt hour",
             {"payer": ["Brazil"], "payee_text": "the state"}),
            ("US$1.6 billion", 0, 1.6e9, None, "USD", "exact", None, {"payer": [ANDE]}),
        ],
        "quantities": [
            ("8.5 gigawatts", 0, 8.5, None, "gigawatt", "approximate"),
            ("5.1 gigawatts", 0, 5.1, None, "gigawatt", "exact"),
            ("100-megawatt", 0, 100.0, None, "megawatt", "exact"),
            ("20 kilometres", 0, 20.0, None, "kilometre", "exact"),
            ("2,000 jobs", 0, 2000.0, None, "jobs", "exact"),
            ("40 sites", 0, 40.0, None, "sites", "more_than"),
            ("60%", 0, 60.0, None, "percent", "less_than"),
            ("500-kilovolt", 0, 500.0, None, "kilovolt", "exact"),
            ("100-megawatt", 1, 100.0, None, "megawatt", "exact"),
            ("150 people", 0, 150.0, None, "people", "approximate"),
        ],
        "dates": [
            ("Monday 21 July 2025", 0, "DATE", "2025-07-21", None, day("2025-07-21")),
            ("January", 0, "DATE", "2025-01", None, month("2025-01")),
            ("decades", 0, "DURATION", "PXDE", None, NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("this month", 0, "DATE", "2025-07", None, month("2025-07")),
            ("June", 0, "DATE", "2025-06", None, month("2025-06")),
            ("last week", 0, "DATE", "2025-W29", None, ("2025-07-14", "2025-07-20")),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("15-year", 0, "DURATION", "P15Y", None, NONE),
            ("2030", 1, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("2027", 0, "DATE", "2027", "BEFORE", year(2027)),
            ("1973", 0, "DATE", "1973", None, year(1973)),
            ("next year", 0, "DATE", "2026", None, year(2026)),
            ("May", 0, "DATE", "2025-05", None, month("2025-05")),
            ("the next five years", 0, "DURATION", "P5Y", None, NONE),
        ],
        "lists": [
            ("Advantages", "advantages", "pro", [
                ("Cheap, clean power", "Hydropower lets operators offer customers in the "
                 "United States and Europe carbon-free computing at a price few rivals can "
                 "match."),
                ("Spare capacity", "ANDE estimates that Paraguay will use less than 60% of its "
                 "generation until 2030, leaving room for several large campuses."),
                ("A better price for the surplus", "Energy exported to Brazil earns the state "
                 "around US$10 per megawatt hour; sold to data centres at home, it earns "
                 "nearly four times as much."),
            ]),
            ("Risks", "risks", "con", [
                ("Transmission", "ANDE's 500-kilovolt lines from the dams to the capital are "
                 "close to their limits, and a new line to Villa Hayes will not be ready "
                 "before 2027."),
                ("Few jobs", "A 100-megawatt campus employs about 150 people once it is built, "
                 "far fewer than a factory using the same power."),
                ("Politics", "The 1973 treaty that governs Itaipu is being renegotiated with "
                 "Brazil, and the price Paraguay receives for its share could change next "
                 "year."),
            ]),
        ],
    },
    "tour-du-rwanda-stage-report": {
        "source": "tour-du-rwanda-stage-report.txt",
        "reference_date": "2025-02-27",
        "published": "2025-02-27",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Eritrea", "GPE", "ER", ["Eritrea"]),
            (TESFAY, "PERSON", None, [TESFAY, "Tesfay"]),
            (TOUR, "EVENT", None, [TOUR]),
            ("Lake Kivu", "LOC", None, ["Lake Kivu"]),
            ("Claudine Uwase", "PERSON", None, ["Claudine Uwase"]),
            ("Rubavu", "GPE", None, ["RUBAVU", "Rubavu"]),
            ("Rwanda", "GPE", "RW", ["Rwanda"]),
            ("France", "GPE", "FR", ["France"]),
            ("Lucas Perrin", "PERSON", None, ["Lucas Perrin", "Perrin"]),
            ("Nairobi", "GPE", None, ["Nairobi"]),
            ("Savannah Velo", "ORG", None, ["Savannah Velo"]),
            ("Musanze", "GPE", None, ["Musanze"]),
            ("Volcanoes National Park", "LOC", None, ["Volcanoes National Park"]),
            ("French", "NORP", None, ["French"]),
            ("Azur Sud Cyclisme", "ORG", None, ["Azur Sud Cyclisme"]),
            ("Samuel Twizeyimana", "PERSON", None, ["Samuel Twizeyimana", "Twizeyimana"]),
            ("African", "NORP", None, ["African"]),
            ("Eritrean", "NORP", None, ["Eritrean"]),
            ("Kigali", "GPE", None, ["Kigali"]),
            ("Goma", "GPE", None, ["Goma"]),
            ("Democratic Republic of Congo", "GPE", "CD", ["Democratic Republic of Congo"]),
            ("Rwanda Cycling Federation", "ORG", None, ["Rwanda Cycling Federation", "FERWACY"]),
            ("Rwanda Development Board", "ORG", None, ["Rwanda Development Board", "RDB"]),
            ("UCI", "ORG", None, ["UCI"]),
            ("Africa", "LOC", None, ["Africa"]),
            ("European", "NORP", None, ["European"]),
            ("Eritrean National Cycling Federation", "ORG", None,
             ["Eritrean National Cycling Federation"]),
            ("Muhanga", "GPE", None, ["Muhanga"]),
            ("Karongi", "GPE", None, ["Karongi"]),
            ("Peter Kiprono", "PERSON", None, ["Peter Kiprono"]),
        ],
        "money": [
            ("1.5 million Rwandan francs", 0, 1.5e6, None, "RWF", "exact", None,
             {"payee": [TESFAY]}),
            ("$1,050", 0, 1050.0, None, "USD", "exact", None, {"payee": [TESFAY]}),
            ("60 million Rwandan francs", 0, 60e6, None, "RWF", "exact", None,
             {"holder": [TOUR]}),
            ("45 million Rwandan francs", 0, 45e6, None, "RWF", "exact", None,
             {"holder": [TOUR]}),
        ],
        "quantities": [
            ("172-kilometre", 0, 172.0, None, "kilometre", "exact"),
            ("40,000 spectators", 0, 40000.0, None, "spectators", "approximate"),
            ("5 kilometres", 0, 5.0, None, "kilometre", "exact"),
            ("90 riders", 0, 90.0, None, "riders", "exact"),
            ("20 kilometres", 0, 20.0, None, "kilometre", "exact"),
            ("158-kilometre", 0, 158.0, None, "kilometre", "exact"),
            ("3,200 metres", 0, 3200.0, None, "metre", "approximate"),
        ],
        "dates": [
            ("February 27, 2025", 0, "DATE", "2025-02-27", None, day("2025-02-27")),
            ("Thursday", 0, "DATE", "2025-02-27", None, day("2025-02-27")),
            ("38 seconds", 0, "DURATION", "PT38S", None, NONE),
            ("four hours, 21 minutes and 9 seconds", 0, "DURATION", "PT4H21M9S", None, NONE),
            ("January", 0, "DATE", "2025-01", None, month("2025-01")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("31 seconds", 0, "DURATION", "PT31S", None, NONE),
            ("2 minutes 40 seconds", 0, "DURATION", "PT2M40S", None, NONE),
            ("today", 0, "DATE", "2025-02-27", None, day("2025-02-27")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("eight-day", 0, "DURATION", "P8D", None, NONE),
            ("2009", 0, "DATE", "2009", "ON_OR_AFTER", year(2009)),
            ("this year", 1, "DATE", "2025", None, year(2025)),
            ("Sunday", 0, "DATE", "2025-02-23", None, day("2025-02-23")),
            ("Tuesday", 0, "DATE", "2025-02-25", None, day("2025-02-25")),
            ("Friday", 0, "DATE", "2025-02-28", None, day("2025-02-28")),
            ("Sunday", 1, "DATE", "2025-03-02", None, day("2025-03-02")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("three days", 0, "DURATION", "P3D", None, NONE),
        ],
        "lists": [],
    },
    "cork-council-mallow-housing": {
        "source": "cork-council-mallow-housing.txt",
        "reference_date": "2025-04-08",
        "published": "2025-04-08",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Mallow", "GPE", None, ["Mallow"]),
            ("Siobhán Keane", "PERSON", None, ["Siobhán Keane"]),
            (CCC, "ORG", None, [CCC]),
            ("Carrigoon", "GPE", None, ["Carrigoon"]),
            ("County Hall", "FAC", None, ["County Hall"]),
            ("Fianna Fáil", "ORG", None, ["Fianna Fáil"]),
            ("Fine Gael", "ORG", None, ["Fine Gael"]),
            ("Sinn Féin", "ORG", None, ["Sinn Féin"]),
            (DOH, "ORG", None, [DOH]),
            ("Ger Buckley", "PERSON", None, ["Ger Buckley", "Buckley"]),
            ("An Bord Pleanála", "ORG", None, ["An Bord Pleanála"]),
            ("Department of Education", "ORG", None, ["Department of Education"]),
            ("N20", "FAC", None, ["N20"]),
            ("Transport Infrastructure Ireland", "ORG", None,
             ["Transport Infrastructure Ireland", "TII"]),
            ("County Cork", "GPE", None, ["County Cork"]),
            ("Residential Tenancies Board", "ORG", None, ["Residential Tenancies Board", "RTB"]),
            ("Donal Twomey", "PERSON", None, ["Donal Twomey"]),
            ("Fermoy", "GPE", None, ["Fermoy"]),
            ("Cork", "GPE", None, ["Cork"]),
            ("Australia", "GPE", "AU", ["Australia"]),
            ("Aoife Hegarty", "PERSON", None, ["Aoife Hegarty"]),
            ("Michael O'Callaghan", "PERSON", None, ["Michael O'Callaghan"]),
            ("River Blackwater", "LOC", None, ["River Blackwater"]),
            ("Midleton", "GPE", None, ["Midleton"]),
        ],
        "money": [
            ("€95 million", 0, 95e6, None, "EUR", "exact", None, {"place": ["Mallow"]}),
            ("€95 million", 1, 95e6, None, "EUR", "exact", None,
             {"place": ["Carrigoon", "Mallow"]}),
            ("€74 million", 0, 74e6, None, "EUR", "exact", None,
             {"payer": [DOH], "source": ["Ger Buckley"]}),
            ("€21 million", 0, 21e6, None, "EUR", "exact", None,
             {"payer": [CCC], "source": ["Ger Buckley"]}),
            ("€12 million", 0, 12e6, None, "EUR", "exact", None, {"place": ["Mallow"]}),
            ("€1,350", 0, 1350.0, None, "EUR", "approximate", "month",
             {"payer_text": "Tenants", "source": ["Aoife Hegarty"]}),
        ],
        "quantities": [
            ("600 homes", 0, 600.0, None, "homes", "exact"),
            ("600 homes", 1, 600.0, None, "homes", "exact"),
            ("420 homes", 0, 420.0, None, "homes", "exact"),
            ("180 homes", 0, 180.0, None, "homes", "exact"),
            ("400 pupils", 0, 400.0, None, "pupils", "exact"),
            ("150 homes", 0, 150.0, None, "homes", "exact"),
            ("5,400 households", 0, 5400.0, None, "households", "exact"),
            ("900 households", 0, 900.0, None, "households", "approximate"),
            ("38%", 0, 38.0, None, "percent", "exact"),
            ("600 households", 0, 600.0, None, "households", "exact"),
            ("13,000 people", 0, 13000.0, None, "people", "approximate"),
            ("35 kilometres", 0, 35.0, None, "kilometre", "exact"),
            ("11%", 0, 11.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Tuesday 8 April 2025", 0, "DATE", "2025-04-08", None, day("2025-04-08")),
            ("the 1970s", 0, "DATE", "197", "ON_OR_AFTER", ("1970-01-01", "1979-12-31")),
            ("Monday", 0, "DATE", "2025-04-07", None, day("2025-04-07")),
            ("February", 0, "DATE", "2025-02", None, month("2025-02")),
            ("the end of 2026", 0, "DATE", "2026", "END", ("2026-09-01", "2026-12-31")),
            ("the third quarter of 2027", 0, "DATE", "2027-Q3", None,
             ("2027-07-01", "2027-09-30")),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("20 years", 0, "DURATION", "P20Y", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("ten years ago", 0, "DATE", "2015", None, year(2015)),
            ("2016", 0, "DATE", "2016", None, year(2016)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("September", 0, "DATE", "2025-09", None, month("2025-09")),
            ("early next year", 0, "DATE", "2026", "START", ("2026-01-01", "2026-04-30")),
            ("June", 0, "DATE", "2025-06", None, month("2025-06")),
        ],
        "lists": [
            ("What the plan includes", "other", "neutral", [
                (None, "420 homes for social rent and 180 homes for cost rental, built in "
                       "three phases"),
                (None, "A €12 million upgrade of the Mallow wastewater treatment plant, to be "
                       "finished by the end of 2026"),
                (None, "A site for a primary school for 400 pupils, subject to funding from "
                       "the Department of Education"),
                (None, "A new link road from the N20 to Carrigoon, paid for by Transport "
                       "Infrastructure Ireland (TII)"),
            ]),
        ],
    },
    "kenya-pwani-film-festival": {
        "source": "kenya-pwani-film-festival.json",
        "reference_date": "2025-10-12",
        "published": "2025-10-12",
        "title": "Tanzanian fishing drama wins top prize at Mombasa's Pwani Film Festival",
        "boilerplate": None,
        "not_mentions": ["Kenyan shillings"],
        "entities": [
            ("Wanjiru Kamau", "PERSON", None, ["Wanjiru Kamau"]),
            ("Mombasa", "GPE", None, ["MOMBASA", "Mombasa"]),
            ("Kenya", "GPE", "KE", ["Kenya"]),
            ("AFP", "ORG", None, ["AFP"]),
            ("Swahili", "LANGUAGE", None, ["Swahili"]),
            ("Pwani Film Festival", "EVENT", None, ["Pwani Film Festival"]),
            ("Tanzanian", "NORP", None, ["Tanzanian"]),
            (FILM, "WORK_OF_ART", None, [FILM, "Mother of the Waves"]),
            ("Zanzibar", "GPE", None, ["Zanzibar"]),
            ("Rehema Mushi", "PERSON", None, ["Rehema Mushi", "Mushi"]),
            ("Pemba", "LOC", None, ["Pemba"]),
            ("Senegalese", "NORP", None, ["Senegalese"]),
            ("Awa Ndiaye", "PERSON", None, ["Awa Ndiaye"]),
            ("Fort Jesus", "FAC", None, ["Fort Jesus"]),
            ("Portuguese", "NORP", None, ["Portuguese"]),
            ("Chake Chake", "GPE", None, ["Chake Chake"]),
            ("Coast Development Authority", "ORG", None, ["Coast Development Authority"]),
            ("Tausi Pictures Ltd", "ORG", None, ["Tausi Pictures Ltd"]),
            ("Nairobi", "GPE", None, ["Nairobi"]),
            ("Tanzania", "GPE", "TZ", ["Tanzania"]),
            ("Uganda", "GPE", "UG", ["Uganda"]),
            ("Hassan Omar Bwana", "PERSON", None, ["Hassan Omar Bwana", "Bwana"]),
            ("Arabic", "LANGUAGE", None, ["Arabic"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("Lamu", "GPE", None, ["Lamu"]),
            ("Dar es Salaam", "GPE", None, ["Dar es Salaam"]),
            ("Kenya Film Commission", "ORG", None, ["Kenya Film Commission"]),
            ("East Africa", "LOC", None, ["East Africa"]),
            ("European", "NORP", None, ["European"]),
            ("Salt Roads", "WORK_OF_ART", None, ["Salt Roads"]),
            ("Kenyan", "NORP", None, ["Kenyan"]),
            ("Otieno Achieng", "PERSON", None, ["Otieno Achieng"]),
            ("Magarini", "GPE", None, ["Magarini"]),
            ("Taa", "WORK_OF_ART", None, ["Taa"]),
            ("Ugandan", "NORP", None, ["Ugandan"]),
            ("Brian Ssekandi", "PERSON", None, ["Brian Ssekandi"]),
            ("Juma Salim", "PERSON", None, ["Juma Salim"]),
        ],
        "money": [
            ("$200,000", 0, 200000.0, None, "USD", "less_than", None, {"holder": [FILM]}),
            ("2 million Kenyan shillings", 0, 2e6, None, "KES", "exact", None,
             {"payer": ["Coast Development Authority"]}),
            ("$15,500", 0, 15500.0, None, "USD", "exact", None,
             {"payer": ["Coast Development Authority"]}),
        ],
        "quantities": [
            ("74 films", 0, 74.0, None, "films", "exact"),
            ("22 countries", 0, 22.0, None, "countries", "exact"),
            ("31,000 tickets", 0, 31000.0, None, "tickets", "exact"),
            ("18%", 0, 18.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Oct. 12", 0, "DATE", "2025-10-12", None, day("2025-10-12")),
            ("Saturday", 0, "DATE", "2025-10-11", None, day("2025-10-11")),
            ("34 days", 0, "DURATION", "P34D", None, NONE),
            ("2019", 0, "DATE", "2019", "ON_OR_AFTER", year(2019)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("This year", 0, "DATE", "2025", None, year(2025)),
            ("nine days", 0, "DURATION", "P9D", None, NONE),
            ("last year", 1, "DATE", "2024", None, year(2024)),
            ("next year", 0, "DATE", "2026", None, year(2026)),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("Oct. 2", 0, "DATE", "2026-10-02", None, day("2026-10-02")),
        ],
        "lists": [
            ("Other winners", "other", "neutral", [
                ("Best Documentary", "“Salt Roads”, by the Kenyan director Otieno Achieng, "
                                     "about women who harvest salt at Magarini"),
                ("Best Short Film", "“Taa”, by the Ugandan director Brian Ssekandi"),
                ("Audience Award", "“Mama wa Mawimbi”, by Rehema Mushi"),
                ("Best Actor", "Juma Salim, for his role as the dhow captain in “Mama wa "
                               "Mawimbi”"),
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
            "lists": lists(text, spec["lists"])}


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
