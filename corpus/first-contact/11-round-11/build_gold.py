"""Writes the gold files of round 11-round-11 from the hand-written annotations below.

Written by a writer session that never read artex's rule code and never ran artex (nor a spaCy
model) on these articles. Offsets are found by searching each article's text for the annotated
words: an entity's mentions are every whole-word occurrence of its surface forms before the
article's boilerplate, minus those inside a longer mention or a listed non-mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). The text of a .md, .html or .json (``html`` field) article is made by the
rules of corpus/README.md (``reader_text`` below, copied unchanged from round 11-round-10's
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

MOH = "Ministry of Health"
WHO = "World Health Organization"
BERCS = "Baphalali Eswatini Red Cross Society"
HGH = "Hlathikhulu Government Hospital"
ECGC = "Ermera Coffee Growers Cooperative"
MAPPF = "Ministry of Agriculture, Livestock, Fisheries and Forestry"
BNCTL = "Banco Nacional de Comércio de Timor-Leste"
SRU = "Samoa Rugby Union"
SLRA = "Sierra Leone Roads Authority"
ACC = "Anti-Corruption Commission"
MLC = "Mohamed Lansana Conteh"
ARB = "Abdul Rahman Bangura"
CCM = "Mindelo Cultural Centre"
MCCI = "Ministry of Culture and Creative Industries"
ITCV = "Cabo Verde Tourism Institute"
LARI = "Lebanese Agricultural Research Institute"
LRA = "Litani River Authority"
UNHCR = "Office of the United Nations High Commissioner for Refugees"
DRM = "Disaster Risk Management Unit"
EDL = "Électricité du Liban"
GLSA = "Ghoubet Logistics SA"
DMP = "Doraleh Multipurpose Port"
DIFTZ = "Djibouti International Free Trade Zone"
AFC = "Africa Finance Corporation"
EDR = "Ethio-Djibouti Railways"
DPFZA = "Djibouti Ports and Free Zones Authority"
IGAD = "Intergovernmental Authority on Development"


ARTICLES = {
    "eswatini-shiselweni-measles-vaccination": {
        "source": "eswatini-shiselweni-measles-vaccination.txt",
        "reference_date": "2026-10-20",
        "published": "2026-10-20",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Eswatini", "GPE", "SZ", ["Eswatini"]),
            ("Shiselweni", "GPE", None, ["Shiselweni"]),
            ("Thandeka Dlamini", "PERSON", None, ["Thandeka Dlamini"]),
            ("Mbabane", "GPE", None, ["MBABANE", "Mbabane"]),
            ("AFP", "ORG", None, ["AFP"]),
            (MOH, "ORG", None, [MOH]),
            (HGH, "ORG", None, [HGH]),
            ("Nomvula Shongwe", "PERSON", None, ["Nomvula Shongwe", "Shongwe"]),
            ("Bongani Magagula", "PERSON", None, ["Bongani Magagula", "Magagula"]),
            ("Durban", "GPE", None, ["Durban"]),
            ("South Africa", "GPE", "ZA", ["South Africa"]),
            ("UNICEF", "ORG", None, ["UNICEF"]),
            (WHO, "ORG", None, [WHO, "WHO"]),
            ("Gavi", "ORG", None, ["Gavi"]),
            ("King Mswati III International Airport", "FAC", None,
             ["King Mswati III International Airport"]),
            ("Mkhondvo River", "LOC", None, ["MKHONDVO", "Mkhondvo River"]),
            ("Nhlangano", "GPE", None, ["Nhlangano"]),
            (BERCS, "ORG", None, [BERCS, "BERCS"]),
            ("Sipho Nxumalo", "PERSON", None, ["Sipho Nxumalo", "Nxumalo"]),
            ("Mahamba", "GPE", None, ["Mahamba"]),
            ("siSwati", "LANGUAGE", None, ["siSwati"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("Mpumalanga", "GPE", None, ["Mpumalanga"]),
            ("Lavumisa", "GPE", None, ["Lavumisa"]),
            ("Public Health Act", "LAW", None, ["Public Health Act"]),
            ("Lubombo", "GPE", None, ["Lubombo"]),
            ("Hhohho", "GPE", None, ["Hhohho"]),
            ("Manzini", "GPE", None, ["Manzini"]),
            ("Musa Simelane", "PERSON", None, ["Musa Simelane"]),
            ("Claire Fontaine", "PERSON", None, ["Claire Fontaine"]),
        ],
        "money": [
            ("E14.5 million", 0, 14.5e6, None, "SZL", "exact", None,
             {"payer_text": "the government", "source": [MOH]}),
            ("$600,000", 0, 600000.0, None, "USD", "exact", None,
             {"payer": ["UNICEF", WHO], "source": [MOH]}),
        ],
        "quantities": [
            ("38 cases", 0, 38.0, None, "cases", "exact"),
            ("120,000 children", 0, 120000.0, None, "children", "approximate"),
            ("90%", 0, 90.0, None, "percent", "less_than"),
            ("24 beds", 0, 24.0, None, "beds", "exact"),
            ("150,000 doses", 0, 150000.0, None, "doses", "exact"),
            ("78%", 0, 78.0, None, "percent", "exact"),
            ("91%", 0, 91.0, None, "percent", "exact"),
            ("20 kilometres", 0, 20.0, None, "kilometre", "more_than"),
        ],
        "dates": [
            ("Oct 20", 0, "DATE", "2026-10-20", None, day("2026-10-20")),
            ("two-week", 0, "DURATION", "P2W", None, NONE),
            ("Monday", 0, "DATE", "2026-10-19", None, day("2026-10-19")),
            ("late September", 0, "DATE", "2026-09", "END", ("2026-09-21", "2026-09-30")),
            ("early December", 0, "DATE", "2026-12", "START", ("2026-12-01", "2026-12-10")),
            ("three weeks", 0, "DURATION", "P3W", None, NONE),
            ("mid-September", 0, "DATE", "2026-09", "MID", ("2026-09-11", "2026-09-20")),
            ("Oct. 15", 0, "DATE", "2026-10-15", None, day("2026-10-15")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("Thursday", 0, "DATE", "2026-10-22", None, day("2026-10-22")),
            ("next week", 0, "DATE", "2026-W44", None, ("2026-10-26", "2026-11-01")),
            ("mid-November", 0, "DATE", "2026-11", "MID", ("2026-11-11", "2026-11-20")),
            ("Oct. 19, 2026", 0, "DATE", "2026-10-19", None, day("2026-10-19")),
        ],
        "lists": [],
    },
    "timor-leste-ermera-coffee-harvest": {
        "source": "timor-leste-ermera-coffee-harvest.html",
        "reference_date": "2026-07-08",
        "published": "2026-07-08",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Ermera", "GPE", None, ["Ermera"]),
            ("Joana Ximenes", "PERSON", None, ["Joana Ximenes"]),
            ("Letefoho", "GPE", None, ["Letefoho"]),
            ("Lafaek News", "ORG", None, ["Lafaek News"]),
            ("Mateus Pereira", "PERSON", None, ["Mateus Pereira"]),
            ("Timor-Leste", "GPE", "TL", ["Timor-Leste"]),
            (ECGC, "ORG", None, [ECGC, "ECGC"]),
            ("Gleno", "GPE", None, ["Gleno"]),
            ("Domingos da Costa Soares", "PERSON", None, ["Domingos da Costa Soares", "Soares"]),
            ("Dili", "GPE", None, ["Dili"]),
            ("Australia", "GPE", "AU", ["Australia"]),
            ("Japan", "GPE", "JP", ["Japan"]),
            ("United States", "GPE", "US", ["United States"]),
            ("Japanese", "NORP", None, ["Japanese"]),
            ("Kobe Highland Roasters", "ORG", None, ["Kobe Highland Roasters"]),
            (MAPPF, "ORG", None, [MAPPF, "MAPPF"]),
            ("Eugénia Belo", "PERSON", None, ["Eugénia Belo"]),
            ("Mount Ramelau", "LOC", None, ["Mount Ramelau"]),
            ("Hatulia", "GPE", None, ["Hatulia"]),
            ("Railaco", "GPE", None, ["Railaco"]),
            (BNCTL, "ORG", None, [BNCTL, "BNCTL"]),
            ("Tibar Bay Port", "FAC", None, ["Tibar Bay Port"]),
            ("Portuguese", "NORP", None, ["Portuguese"]),
            ("Lourdes Martins", "PERSON", None, ["Lourdes Martins"]),
            ("Tetum", "LANGUAGE", None, ["Tetum"]),
            ("Mambai", "LANGUAGE", None, ["Mambai"]),
            ("Indonesian", "NORP", None, ["Indonesian"]),
            ("Ermera Coffee Festival", "EVENT", None, ["Ermera Coffee Festival"]),
        ],
        "money": [
            ("$3.10", 0, 3.1, None, "USD", "exact", "kilogram",
             {"payer_text": "Buyers in Dili", "source": ["Domingos da Costa Soares"]}),
            ("$2.40", 0, 2.4, None, "USD", "exact", None,
             {"payer_text": "Buyers in Dili", "source": ["Domingos da Costa Soares"]}),
            ("$1.2 million", 0, 1.2e6, None, "USD", "exact", None,
             {"payer": [BNCTL], "payee": [ECGC], "place": ["Gleno"]}),
        ],
        "quantities": [
            ("6,000 households", 0, 6000.0, None, "households", "approximate"),
            ("4,500 tonnes", 0, 4500.0, None, "tonne", "approximate"),
            ("20%", 0, 20.0, None, "percent", "exact"),
            ("90%", 0, 90.0, None, "percent", "approximate"),
            ("1,200 hectares", 0, 1200.0, None, "hectare", "exact"),
        ],
        "dates": [
            ("Sunday", 0, "DATE", "2026-07-05", None, day("2026-07-05")),
            ("six years", 0, "DURATION", "P6Y", None, NONE),
            ("Tuesday", 0, "DATE", "2026-07-07", None, day("2026-07-07")),
            ("September", 0, "DATE", "2026-09", None, month("2026-09")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("October", 0, "DATE", "2025-10", None, month("2025-10")),
            ("May", 0, "DATE", "2026-05", None, month("2026-05")),
            ("ten-year", 0, "DURATION", "P10Y", None, NONE),
            ("last year", 1, "DATE", "2025", None, year(2025)),
            ("three-year", 0, "DURATION", "P3Y", None, NONE),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("the next five years", 0, "DURATION", "P5Y", None, NONE),
            ("eight hours", 0, "DURATION", "PT8H", None, NONE),
            ("October", 1, "DATE", "2026-10", None, month("2026-10")),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("the 1990s", 0, "DATE", "199", None, ("1990-01-01", "1999-12-31")),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("Aug. 14", 0, "DATE", "2026-08-14", None, day("2026-08-14")),
            ("Aug. 16", 0, "DATE", "2026-08-16", None, day("2026-08-16")),
        ],
        "lists": [],
    },
    "samoa-manu-samoa-pacific-nations-cup": {
        "source": "samoa-manu-samoa-pacific-nations-cup.md",
        "reference_date": "2026-08-17",
        "published": "2026-08-17",
        "boilerplate": "© 2026 Pacific Sports Weekly",
        "not_mentions": [],
        "entities": [
            ("Manu Samoa", "ORG", None, ["Manu Samoa"]),
            ("Tonga", "GPE", "TO", ["Tonga"]),
            ("Apia Park", "FAC", None, ["Apia Park"]),
            ("Pacific Nations Cup", "EVENT", None, ["Pacific Nations Cup"]),
            ("Iosefa Tuilagi", "PERSON", None, ["Iosefa Tuilagi"]),
            ("Apia", "GPE", None, ["APIA", "Apia"]),
            ("Losa Fa'atoese", "PERSON", None, ["Losa Fa'atoese", "Fa'atoese"]),
            ("Savai'i", "LOC", None, ["Savai'i"]),
            ("Salelologa", "GPE", None, ["Salelologa"]),
            ("Tavita Afamasaga-Lemalu", "PERSON", None,
             ["Tavita Afamasaga-Lemalu", "Afamasaga-Lemalu"]),
            ("Viliami Hufanga", "PERSON", None, ["Viliami Hufanga"]),
            ("Chiefs", "ORG", None, ["Chiefs"]),
            ("New Zealand", "GPE", "NZ", ["New Zealand"]),
            ("Samoa", "GPE", "WS", ["Samoa"]),
            ("Mikaele Leauma", "PERSON", None, ["Mikaele Leauma"]),
            ("Suva", "GPE", None, ["Suva"]),
            ("Fiji", "GPE", "FJ", ["Fiji"]),
            ("Tokyo", "GPE", None, ["Tokyo"]),
            (SRU, "ORG", None, [SRU, "SRU"]),
            ("Upolu", "LOC", None, ["Upolu"]),
            ("World Rugby", "ORG", None, ["World Rugby"]),
            ("Faleolo Ioane", "PERSON", None, ["Faleolo Ioane"]),
            ("Samoan", "NORP", None, ["Samoan"]),
            ("Sione Tuimavave", "PERSON", None, ["Sione Tuimavave"]),
            ("Ropati Lealaiauloto", "PERSON", None, ["Ropati Lealaiauloto"]),
            ("Tongan", "NORP", None, ["Tongan"]),
            ("Faleolo International Airport", "FAC", None, ["Faleolo International Airport"]),
        ],
        "money": [
            ("WS$310,000", 0, 310000.0, None, "WST", "approximate", None,
             {"payee": [SRU], "place": ["Upolu", "Savai'i"], "source": [SRU]}),
            ("WS$1.8 million", 0, 1.8e6, None, "WST", "exact", None,
             {"payer": ["World Rugby"], "payee": [SRU]}),
            ("WS$2.6 million", 0, 2.6e6, None, "WST", "exact", None,
             {"payer": [SRU], "payee_text": "the Samoan government",
              "source": ["Faleolo Ioane"]}),
        ],
        "quantities": [
            ("11,000 spectators", 0, 11000.0, None, "spectators", "approximate"),
            ("40 metres", 0, 40.0, None, "metre", "exact"),
            ("14 penalties", 0, 14.0, None, "penalties", "exact"),
        ],
        "dates": [
            ("17 August 2026", 0, "DATE", "2026-08-17", None, day("2026-08-17")),
            ("Saturday", 0, "DATE", "2026-08-15", None, day("2026-08-15")),
            ("2019", 0, "DATE", "2019", "ON_OR_AFTER", year(2019)),
            ("15 minutes", 0, "DURATION", "PT15M", None, NONE),
            ("Aug. 29", 0, "DATE", "2026-08-29", None, day("2026-08-29")),
            ("late September", 0, "DATE", "2026-09", "END", ("2026-09-21", "2026-09-30")),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("Five years ago", 0, "DATE", "2021", None, year(2021)),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("Thursday", 0, "DATE", "2026-08-20", None, day("2026-08-20")),
            ("next week", 0, "DATE", "2026-W35", None, ("2026-08-24", "2026-08-30")),
        ],
        "lists": [
            ("Strengths", "strengths", "pro", [
                ("Set piece", "the Samoan scrum won every one of its own feeds and earned four "
                              "penalties."),
                ("Bench", "replacements Sione Tuimavave and Ropati Lealaiauloto lifted the pace "
                          "in the closing stages."),
                ("Goal-kicking", "Fa'atoese landed six from seven attempts."),
            ]),
            ("Weaknesses", "weaknesses", "con", [
                ("Discipline", "Samoa conceded 14 penalties, nine of them before the break."),
                ("Lineout", "the side lost five throws on its own ball against a Tongan pack "
                            "that competed in the air."),
                ("Depth", "three first-choice forwards are still injured and will miss the Fiji "
                          "match."),
            ]),
        ],
    },
    "sierra-leone-magbele-bridge-bribery-trial": {
        "source": "sierra-leone-magbele-bridge-bribery-trial.json",
        "reference_date": "2026-03-12",
        "published": "2026-03-12",
        "title": "Former roads official jailed for six years over Rokel River bridge bribes",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Fatmata Sesay", "PERSON", None, ["Fatmata Sesay"]),
            ("Freetown", "GPE", None, ["FREETOWN", "Freetown"]),
            (SLRA, "ORG", None, [SLRA, "SLRA"]),
            ("Rokel River", "LOC", None, ["Rokel River", "Rokel"]),
            (ACC, "ORG", None, [ACC, "ACC"]),
            ("Adeline Kamara", "PERSON", None, ["Adeline Kamara"]),
            ("High Court", "ORG", None, ["High Court"]),
            (MLC, "PERSON", None, [MLC, "Conteh"]),
            ("Anti-Corruption Act", "LAW", None, ["Anti-Corruption Act"]),
            ("Kissy Builders Ltd", "ORG", None, ["Kissy Builders Ltd", "Kissy Builders"]),
            ("Magbele Bridge", "FAC", None, ["Magbele Bridge"]),
            ("Port Loko", "GPE", None, ["Port Loko"]),
            ("Makeni", "GPE", None, ["Makeni"]),
            (ARB, "PERSON", None, [ARB, "Bangura"]),
            ("Bo", "GPE", None, ["Bo"]),
            ("Ishmael Fofanah", "PERSON", None, ["Ishmael Fofanah"]),
            ("Wilberforce Street", "FAC", None, ["Wilberforce Street"]),
            ("Ibrahim Sorie Turay", "PERSON", None, ["Ibrahim Sorie Turay", "Turay"]),
            ("Court of Appeal", "ORG", None, ["Court of Appeal"]),
            ("Port Loko District", "GPE", None, ["Port Loko District"]),
            ("Queen Elizabeth II Quay", "FAC", None, ["Queen Elizabeth II Quay"]),
            ("Lunsar", "GPE", None, ["Lunsar"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Hunan Bridge Engineering", "ORG", None, ["Hunan Bridge Engineering"]),
            ("Road Maintenance Fund", "ORG", None, ["Road Maintenance Fund"]),
            ("Transparency International", "ORG", None, ["Transparency International"]),
            ("Sierra Leone", "GPE", "SL", ["Sierra Leone"]),
            ("Magbele", "GPE", None, ["Magbele"]),
            ("Aminata Kanu", "PERSON", None, ["Aminata Kanu"]),
            ("Krio", "LANGUAGE", None, ["Krio"]),
            ("Temne", "LANGUAGE", None, ["Temne"]),
            ("Alhaji Jalloh", "PERSON", None, ["Alhaji Jalloh"]),
        ],
        "money": [
            ("NLe 250,000", 0, 250000.0, None, "SLE", "exact", None,
             {"payer": [MLC], "payee": ["Adeline Kamara"]}),
            ("NLe 4.2 million", 0, 4.2e6, None, "SLE", "exact", None,
             {"payer": [MLC], "payee_text": "the state"}),
            ("US$185,000", 0, 185000.0, None, "USD", "approximate", None,
             {"payer": [MLC], "payee_text": "the state"}),
            ("NLe 31 million", 0, 31e6, None, "SLE", "exact", None,
             {"payee": ["Kissy Builders Ltd"]}),
            ("NLe 80,000", 0, 80000.0, None, "SLE", "exact", None, {"payer": [ARB]}),
            ("NLe 38 million", 0, 38e6, None, "SLE", "exact", None,
             {"payer": ["Road Maintenance Fund"], "payee": ["Hunan Bridge Engineering"],
              "source": [SLRA]}),
            ("NLe 120 million", 0, 120e6, None, "SLE", "more_than", None,
             {"payee": [ACC], "source": [ACC]}),
        ],
        "quantities": [
            ("90-kilometre", 0, 90.0, None, "kilometre", "exact"),
            ("180 countries", 0, 180.0, None, "countries", "exact"),
        ],
        "dates": [
            ("12 March 2026", 0, "DATE", "2026-03-12", None, day("2026-03-12")),
            ("six years", 0, "DURATION", "P6Y", None, NONE),
            ("Wednesday", 0, "DATE", "2026-03-11", None, day("2026-03-11")),
            ("12 months", 0, "DURATION", "P12M", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("January", 0, "DATE", "2026-01", None, month("2026-01")),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("August 2022", 0, "DATE", "2022-08", None, month("2022-08")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("Thursday", 0, "DATE", "2026-03-12", None, day("2026-03-12")),
            ("the end of 2026", 0, "DATE", "2026", "END", ("2026-09-01", "2026-12-31")),
            ("2008", 0, "DATE", "2008", "ON_OR_AFTER", year(2008)),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("Every year", 0, "SET", "P1Y", None, NONE),
        ],
        "lists": [],
    },
    "cabo-verde-baia-das-gatas-festival": {
        "source": "cabo-verde-baia-das-gatas-festival.json",
        "reference_date": "2026-08-06",
        "published": "2026-08-06",
        "title": "Baía das Gatas festival to honour Cesária Évora with a night of morna",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Nilda Fortes", "PERSON", None, ["Nilda Fortes"]),
            ("Mindelo", "GPE", None, ["MINDELO", "Mindelo"]),
            ("Inforpress", "ORG", None, ["Inforpress"]),
            ("Baía das Gatas Festival", "EVENT", None, ["Baía das Gatas Festival"]),
            ("São Vicente", "LOC", None, ["São Vicente"]),
            ("Cesária Évora", "PERSON", None, ["Cesária Évora", "Cesária", "Évora"]),
            (CCM, "ORG", None, [CCM, "CCM"]),
            ("Baía das Gatas", "LOC", None, ["Baía das Gatas"]),
            ("Djaimilia Lopes", "PERSON", None, ["Djaimilia Lopes"]),
            ("Kriolu", "LANGUAGE", None, ["Kriolu"]),
            ("Orquestra Nacional de Cabo Verde", "ORG", None,
             ["Orquestra Nacional de Cabo Verde"]),
            ("Sodade", "WORK_OF_ART", None, ["Sodade"]),
            ("France", "GPE", "FR", ["France"]),
            ("Santo Antão", "LOC", None, ["Santo Antão"]),
            ("Fogo", "LOC", None, ["Fogo"]),
            ("Santiago", "LOC", None, ["Santiago"]),
            ("Portugal", "GPE", "PT", ["Portugal"]),
            ("Senegal", "GPE", "SN", ["Senegal"]),
            (MCCI, "ORG", None, [MCCI]),
            ("Carla Spencer", "PERSON", None, ["Carla Spencer"]),
            (ITCV, "ORG", None, [ITCV, "ITCV"]),
            ("TACV Cabo Verde Airlines", "ORG", None, ["TACV Cabo Verde Airlines"]),
            ("Praia", "GPE", None, ["Praia"]),
            ("Cesária Évora International Airport", "FAC", None,
             ["Cesária Évora International Airport"]),
            ("Os Ventos de Monte Cara", "ORG", None, ["Os Ventos de Monte Cara"]),
            ("Senegalese", "NORP", None, ["Senegalese"]),
            ("Awa Ndiaye", "PERSON", None, ["Awa Ndiaye"]),
            ("Petit Pays", "WORK_OF_ART", None, ["Petit Pays"]),
            ("Museu do Mar", "ORG", None, ["Museu do Mar"]),
            ("Rua de Lisboa", "FAC", None, ["Rua de Lisboa"]),
            ("Lisbon", "GPE", None, ["Lisbon"]),
            ("Salamansa", "GPE", None, ["Salamansa"]),
            ("José Brito", "PERSON", None, ["José Brito"]),
        ],
        "money": [
            ("CVE 1,500", 0, 1500.0, None, "CVE", "exact", "day", {"holder_text": "Tickets"}),
            ("CVE 3,500", 0, 3500.0, None, "CVE", "exact", None, {"holder_text": "Tickets"}),
            ("CVE 18 million", 0, 18e6, None, "CVE", "exact", None,
             {"payer": [MCCI], "source": ["Carla Spencer"]}),
            ("€163,000", 0, 163000.0, None, "EUR", "approximate", None,
             {"payer": [MCCI], "source": ["Carla Spencer"]}),
        ],
        "quantities": [
            ("40,000 people", 0, 40000.0, None, "people", "approximate"),
            ("12 kilometres", 0, 12.0, None, "kilometre", "approximate"),
        ],
        "dates": [
            ("Aug. 6", 0, "DATE", "2026-08-06", None, day("2026-08-06")),
            ("next weekend", 0, "DATE", "2026-W33-WE", None, ("2026-08-15", "2026-08-16")),
            ("1941", 0, "DATE", "1941", None, year(1941)),
            ("December 2011", 0, "DATE", "2011-12", None, month("2011-12")),
            ("three days", 0, "DURATION", "P3D", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("Fifteen years", 0, "DURATION", "P15Y", None, NONE),
            ("Saturday, Aug. 15", 0, "DATE", "2026-08-15", None, day("2026-08-15")),
            ("the early 1990s", 0, "DATE", "199", "START", ("1990-01-01", "1993-12-31")),
            ("Tuesday", 0, "DATE", "2026-08-04", None, day("2026-08-04")),
            ("the end of September", 0, "DATE", "2026-09", "END",
             ("2026-09-21", "2026-09-30")),
            ("Friday", 0, "DATE", "2026-08-07", None, day("2026-08-07")),
            ("Every year", 0, "SET", "P1Y", None, NONE),
            ("30 years", 0, "DURATION", "P30Y", None, NONE),
        ],
        "lists": [
            ("Programme", "other", "neutral", [
                ("Opening night", "the coladeira band Os Ventos de Monte Cara and the Senegalese "
                                  "singer Awa Ndiaye on the main stage."),
                ("Morna night", "the orchestra and twelve singers perform the songs of Cesária "
                                "Évora, from Sodade to Petit Pays."),
                ("Closing night", "funaná from Santiago and a fireworks show over the bay."),
            ]),
        ],
    },
    "lebanon-storm-floods-coastal-highway": {
        "source": "lebanon-storm-floods-coastal-highway.txt",
        "reference_date": "2026-01-14",
        "published": "2026-01-14",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Lebanon", "GPE", "LB", ["Lebanon"]),
            ("Rania Haddad", "PERSON", None, ["Rania Haddad"]),
            ("Karim Saab", "PERSON", None, ["Karim Saab"]),
            ("Beirut", "GPE", None, ["BEIRUT", "Beirut"]),
            ("Jounieh", "GPE", None, ["Jounieh"]),
            (LARI, "ORG", None, [LARI, "LARI"]),
            ("Batroun", "GPE", None, ["Batroun"]),
            ("Mount Lebanon", "LOC", None, ["Mount Lebanon"]),
            ("Civil Defence", "ORG", None, ["Civil Defence"]),
            ("Nahr Ibrahim", "LOC", None, ["Nahr Ibrahim"]),
            ("Georges Abi Nader", "PERSON", None, ["Georges Abi Nader"]),
            ("Zahle", "GPE", None, ["Zahle"]),
            ("Lebanese Army", "ORG", None, ["Lebanese Army"]),
            ("Bekaa Valley", "LOC", None, ["Bekaa Valley", "Bekaa"]),
            ("Litani River", "LOC", None, ["Litani River"]),
            (LRA, "ORG", None, [LRA, "LRA"]),
            ("Qaraoun Dam", "FAC", None, ["Qaraoun Dam"]),
            ("Lake Qaraoun", "LOC", None, ["Lake Qaraoun"]),
            (UNHCR, "ORG", None, [UNHCR, "UNHCR"]),
            ("Syrian", "NORP", None, ["Syrian"]),
            ("Akkar", "GPE", None, ["Akkar"]),
            ("Lina Khoury", "PERSON", None, ["Lina Khoury"]),
            (DRM, "ORG", None, [DRM, "DRM"]),
            ("Presidency of the Council of Ministers", "ORG", None,
             ["Presidency of the Council of Ministers"]),
            ("Walid Mansour", "PERSON", None, ["Walid Mansour"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            (EDL, "ORG", None, [EDL, "EDL"]),
            ("Tripoli", "GPE", None, ["Tripoli"]),
            ("Byblos", "GPE", None, ["Byblos"]),
            ("Chouf", "GPE", None, ["Chouf"]),
            ("Directorate General of Civil Aviation", "ORG", None,
             ["Directorate General of Civil Aviation"]),
            ("Beirut–Rafic Hariri International Airport", "FAC", None,
             ["Beirut–Rafic Hariri International Airport"]),
            ("Mount Hermon", "LOC", None, ["Mount Hermon"]),
            ("Qornet el Sawda", "LOC", None, ["Qornet el Sawda"]),
            ("Syria", "GPE", "SY", ["Syria"]),
            ("Nada Sleiman", "PERSON", None, ["Nada Sleiman"]),
            ("Lebanese Red Cross", "ORG", None, ["Lebanese Red Cross"]),
            ("Arabic", "LANGUAGE", None, ["Arabic"]),
            ("French", "LANGUAGE", None, ["French"]),
            ("Hussein Fakih", "PERSON", None, ["Hussein Fakih"]),
            ("Tyre", "GPE", None, ["Tyre"]),
        ],
        "money": [
            ("$45", 0, 45.0, None, "USD", "exact", "family",
             {"payer": [UNHCR], "source": ["Lina Khoury"]}),
            ("LBP 900 billion", 0, 900e9, None, "LBP", "exact", None, {"source": [DRM]}),
            ("$10 million", 0, 10e6, None, "USD", "approximate", None, {"source": [DRM]}),
            ("$4 million", 0, 4e6, None, "USD", "exact", None,
             {"payer": ["World Bank"], "source": ["Walid Mansour"]}),
        ],
        "quantities": [
            ("124 millimetres", 0, 124.0, None, "millimetre", "exact"),
            ("95 kilometres per hour", 0, 95.0, None, "kilometre per hour", "exact"),
            ("1,400 metres", 0, 1400.0, None, "metre", "more_than"),
            ("37 people", 0, 37.0, None, "people", "exact"),
            ("2.5 metres", 0, 2.5, None, "metre", "more_than"),
            ("6,500 tents", 0, 6500.0, None, "tents", "approximate"),
        ],
        "dates": [
            ("Jan 14", 0, "DATE", "2026-01-14", None, day("2026-01-14")),
            ("Tuesday", 0, "DATE", "2026-01-13", None, day("2026-01-13")),
            ("24 hours", 0, "DURATION", "PT24H", None, NONE),
            ("January 2019", 0, "DATE", "2019-01", "ON_OR_AFTER", month("2019-01")),
            ("five hours", 0, "DURATION", "PT5H", None, NONE),
            ("ten minutes", 0, "DURATION", "PT10M", None, NONE),
            ("last winter", 0, "DATE", "2024-WI", None, NONE),
            ("Thursday", 0, "DATE", "2026-01-15", None, day("2026-01-15")),
            ("Wednesday", 0, "DATE", "2026-01-14", "ON_OR_BEFORE", day("2026-01-14")),
            ("this weekend", 0, "DATE", "2026-W03-WE", None, ("2026-01-17", "2026-01-18")),
            ("about two hours", 0, "DURATION", "PT2H", "APPROX", NONE),
            ("Tuesday", 1, "DATE", "2026-01-13", None, day("2026-01-13")),
            ("Friday", 0, "DATE", "2026-01-16", None, day("2026-01-16")),
            ("Saturday", 0, "DATE", "2026-01-17", None, day("2026-01-17")),
            ("Monday", 0, "DATE", "2026-01-19", "ON_OR_BEFORE", day("2026-01-19")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("October", 0, "DATE", "2025-10", "ON_OR_AFTER", month("2025-10")),
        ],
        "lists": [],
    },
    "djibouti-doraleh-cold-storage-terminal": {
        "source": "djibouti-doraleh-cold-storage-terminal.txt",
        "reference_date": "2026-09-24",
        "published": "2026-09-24",
        "boilerplate": "Media contact",
        "not_mentions": [],
        "entities": [
            (GLSA, "ORG", None, ["Ghoubet Logistics", GLSA]),
            (DMP, "FAC", None, ["Doraleh", DMP]),
            ("Ethiopian", "NORP", None, ["Ethiopian"]),
            ("Djibouti City", "GPE", None, ["Djibouti City"]),
            ("Djibouti", "GPE", "DJ", ["Djibouti"]),
            ("Ethiopia", "GPE", "ET", ["Ethiopia"]),
            (DIFTZ, "FAC", None, [DIFTZ, "DIFTZ"]),
            (AFC, "ORG", None, [AFC, "AFC"]),
            ("Fatouma Houmed Ali", "PERSON", None, ["Fatouma Houmed Ali"]),
            ("Addis Ababa–Djibouti Railway", "FAC", None, ["Addis Ababa–Djibouti Railway"]),
            (EDR, "ORG", None, [EDR, "EDR"]),
            ("Modjo", "GPE", None, ["Modjo"]),
            ("Dire Dawa", "GPE", None, ["Dire Dawa"]),
            ("Idriss Mahamoud Said", "PERSON", None, ["Idriss Mahamoud Said"]),
            (DPFZA, "ORG", None, [DPFZA, "DPFZA", "Authority"]),
            ("Bishoftu", "GPE", None, ["Bishoftu"]),
            ("Somali", "NORP", None, ["Somali"]),
            ("Hargeisa", "GPE", None, ["Hargeisa"]),
            ("Somaliland", "GPE", None, ["Somaliland"]),
            ("Gulf of Tadjoura", "LOC", None, ["Gulf of Tadjoura"]),
            ("Balbala", "GPE", None, ["Balbala"]),
            ("Arta", "GPE", None, ["Arta"]),
            ("Institut Supérieur d'Études Portuaires", "ORG", None,
             ["Institut Supérieur d'Études Portuaires"]),
            ("Ahmed Moussa Ibrahim", "PERSON", None, ["Ahmed Moussa Ibrahim"]),
            ("Tesfaye Bekele", "PERSON", None, ["Tesfaye Bekele"]),
            (IGAD, "ORG", None, [IGAD, "IGAD"]),
            ("Ghoubet", "LOC", None, ["Ghoubet"]),
            ("Port of Djibouti", "FAC", None, ["Port of Djibouti"]),
            ("Tadjourah", "GPE", None, ["Tadjourah"]),
            ("Djiboutian", "NORP", None, ["Djiboutian"]),
            ("Hassan Daher Robleh", "PERSON", None, ["Hassan Daher Robleh"]),
            ("Dubai", "GPE", None, ["Dubai"]),
            ("Al Khor Capital", "ORG", None, ["Al Khor Capital"]),
        ],
        "money": [
            ("DJF 3.5 billion", 0, 3.5e9, None, "DJF", "exact", None,
             {"holder_text": "The project"}),
            ("US$19.7 million", 0, 19.7e6, None, "USD", "approximate", None,
             {"holder_text": "The project"}),
            ("DJF 2 billion", 0, 2e9, None, "DJF", "exact", None, {"payer": [AFC]}),
            ("DJF 9,000", 0, 9000.0, None, "DJF", "exact", "day", {"payee": [GLSA]}),
        ],
        "quantities": [
            ("5.5 hectares", 0, 5.5, None, "hectare", "exact"),
            ("4,000 tonnes", 0, 4000.0, None, "tonne", "exact"),
            ("320 plugs", 0, 320.0, None, "plugs", "exact"),
            ("750 kilometres", 0, 750.0, None, "kilometre", "approximate"),
            ("90%", 0, 90.0, None, "percent", "more_than"),
            ("140 staff", 0, 140.0, None, "staff", "exact"),
            ("600 people", 0, 600.0, None, "people", "approximate"),
        ],
        "dates": [
            ("24 September 2026", 0, "DATE", "2026-09-24", None, day("2026-09-24")),
            ("today", 0, "DATE", "2026-09-24", None, day("2026-09-24")),
            ("now", 0, "DATE", "PRESENT_REF", "ON_OR_BEFORE", NONE),
            ("three days", 0, "DURATION", "P3D", None, NONE),
            ("today", 1, "DATE", "2026-09-24", None, day("2026-09-24")),
            ("a week", 0, "SET", "P1W", None, NONE),
            ("now", 1, "DATE", "PRESENT_REF", None, NONE),
            ("about 12 hours", 0, "DURATION", "PT12H", "APPROX", NONE),
            ("2028", 0, "DATE", "2028", "ON_OR_BEFORE", year(2028)),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("the second half of 2027", 0, "DATE", "2027-H2", None,
             ("2027-07-01", "2027-12-31")),
            ("2015", 0, "DATE", "2015", None, year(2015)),
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
