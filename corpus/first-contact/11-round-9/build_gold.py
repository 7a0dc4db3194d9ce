"""Writes the gold files of round 11-round-9 from the hand-written annotations below.

Written by a writer session that never read artex's rule code and never ran artex (nor a spaCy
model) on these articles. Offsets are found by searching each article's text for the annotated
words: an entity's mentions are every whole-word occurrence of its surface forms before the
article's boilerplate, minus those inside a longer mention or a listed non-mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). The text of a .md, .html or .json (``html`` field) article is made by the
rules of corpus/README.md (``reader_text`` below, copied unchanged from round 11-round-8's
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

KPL_AG = "Champasak Provincial Agriculture and Forestry Office"
MAF = "Ministry of Agriculture and Forestry"
LCA = "Lao Coffee Association"
DMH = "Department of Meteorology and Hydrology"
BGC = "Bolaven Gold Coffee Co."
MEJIA = "Óscar Danilo Mejía"
SENT = "First Sentencing Court of San Pedro Sula"
AOTUC = "Cortés Urban Transport Operators Association"
FNAMP = "National Anti-Gang Force"
CONADEH = "National Commissioner for Human Rights"
OMC = "Ohrid Municipal Council"
SDSM = "Social Democratic Union of Macedonia"
MEPP = "Ministry of Environment and Physical Planning"
ANSP = "National Agency for Public Health"
WHO = "World Health Organization"
DMA = "Disaster Management Authority"
LMS = "Lesotho Meteorological Services"
LDF = "Lesotho Defence Force"
LNWMGA = "Lesotho National Wool and Mohair Growers Association"
MANOEL = "Manoel Theatre"
ERDF = "European Regional Development Fund"
MIAF = "Malta International Arts Festival"
TTRF = "Trinidad and Tobago Red Force"
TTCB = "Trinidad and Tobago Cricket Board"
CWI = "Cricket West Indies"
MSCD = "Ministry of Sport and Community Development"


ARTICLES = {
    "laos-bolaven-coffee-rain-losses": {
        "source": "laos-bolaven-coffee-rain-losses.txt",
        "reference_date": "2026-10-06",
        "published": "2026-10-06",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Bolaven Plateau", "LOC", None, ["Bolaven Plateau"]),
            ("Somphone Keovilay", "PERSON", None, ["Somphone Keovilay"]),
            ("Paksong", "GPE", None, ["PAKSONG", "Paksong"]),
            ("Laos", "GPE", "LA", ["Laos"]),
            ("KPL", "ORG", None, ["KPL"]),
            (KPL_AG, "ORG", None, [KPL_AG]),
            ("Khamla Sisouphanh", "PERSON", None, ["Khamla Sisouphanh"]),
            ("Ban Nong Luang", "GPE", None, ["Ban Nong Luang"]),
            ("Vilayphone Inthavong", "PERSON", None, ["Vilayphone Inthavong"]),
            (MAF, "ORG", None, [MAF]),
            ("Vientiane", "GPE", None, ["Vientiane"]),
            (LCA, "ORG", None, [LCA]),
            (DMH, "ORG", None, [DMH, "DMH"]),
            ("Keo Manivong", "PERSON", None, ["Keo Manivong"]),
            ("Pacific", "LOC", None, ["Pacific"]),
            ("Mekong", "LOC", None, ["Mekong"]),
            ("Route 16", "FAC", None, ["Route 16"]),
            ("Pakse", "GPE", None, ["Pakse"]),
            ("Vietnam", "GPE", "VN", ["Vietnam"]),
            ("Thailand", "GPE", "TH", ["Thailand"]),
            ("Champasak", "GPE", None, ["Champasak"]),
            ("Sekong", "GPE", None, ["Sekong"]),
            ("Attapeu", "GPE", None, ["Attapeu"]),
            ("Phonesavanh Douangchak", "PERSON", None, ["Phonesavanh Douangchak"]),
            (BGC, "ORG", None, [BGC, "Bolaven Gold"]),
            ("Japan", "GPE", "JP", ["Japan"]),
            ("South Korea", "GPE", "KR", ["South Korea"]),
            ("Laem Chabang", "FAC", None, ["Laem Chabang"]),
            ("Yokohama", "GPE", None, ["Yokohama"]),
            ("Lao", "NORP", None, ["Lao"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Boten", "GPE", None, ["Boten"]),
            ("Kunming", "GPE", None, ["Kunming"]),
            ("Laos-China Railway", "FAC", None, ["Laos-China Railway"]),
            ("Paksong Coffee Festival", "EVENT", None, ["Paksong Coffee Festival"]),
            ("Bangkok", "GPE", None, ["Bangkok"]),
            ("Souphanouvong University", "ORG", None, ["Souphanouvong University"]),
            ("Anousone Vongsa", "PERSON", None, ["Anousone Vongsa"]),
            ("Bounmy Phommachanh", "PERSON", None, ["Bounmy Phommachanh"]),
        ],
        "money": [
            ("9,500 kip", 0, 9500.0, None, "LAK", "approximate", "kilogram",
             {"holder_text": "fresh cherries"}),
            ("7,000 kip", 0, 7000.0, None, "LAK", "exact", None,
             {"holder_text": "fresh cherries"}),
            ("12 billion kip", 0, 12e9, None, "LAK", "exact", None,
             {"payer": [MAF], "source": ["Vilayphone Inthavong"]}),
            ("$550,000", 0, 550000.0, None, "USD", "approximate", None,
             {"payer": [MAF], "source": ["Vilayphone Inthavong"]}),
            ("5 billion kip", 0, 5e9, None, "LAK", "exact", None,
             {"payer": [LCA], "payee_text": "members", "source": [LCA]}),
            ("50,000 kip", 0, 50000.0, None, "LAK", "exact", None, {"holder_text": "Tickets"}),
        ],
        "quantities": [
            ("4 hectares", 0, 4.0, None, "hectare", "exact"),
            ("15 kilometres", 0, 15.0, None, "kilometre", "approximate"),
            ("38,000 tonnes", 0, 38000.0, None, "tonne", "exact"),
            ("47,000 tonnes", 0, 47000.0, None, "tonne", "exact"),
            ("31 exporters", 0, 31.0, None, "exporters", "exact"),
            ("612 millimetres", 0, 612.0, None, "millimetre", "exact"),
            ("6,000 tonnes", 0, 6000.0, None, "tonne", "approximate"),
        ],
        "dates": [
            ("Oct 6", 0, "DATE", "2026-10-06", None, day("2026-10-06")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("weeks", 0, "DURATION", "PXW", None, NONE),
            ("Tuesday", 0, "DATE", "2026-10-06", None, day("2026-10-06")),
            ("late August", 0, "DATE", "2026-08", "END", ("2026-08-21", "2026-08-31")),
            ("September", 0, "DATE", "2026-09", None, month("2026-09")),
            ("early November", 0, "DATE", "2026-11", "START", ("2026-11-01", "2026-11-10")),
            ("ten days", 0, "DURATION", "P10D", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("October 2025", 0, "DATE", "2025-10", None, month("2025-10")),
            ("Monday", 0, "DATE", "2026-10-05", None, day("2026-10-05")),
            ("the end of March", 0, "DATE", "2027-03", "END", ("2027-03-21", "2027-03-31")),
            ("September", 1, "DATE", "2026-09", None, month("2026-09")),
            ("three days", 0, "DURATION", "P3D", None, NONE),
            ("last week", 0, "DATE", "2026-W40", None, ("2026-09-28", "2026-10-04")),
            ("Friday", 0, "DATE", "2026-10-02", None, day("2026-10-02")),
            ("2019", 0, "DATE", "2019", "ON_OR_AFTER", year(2019)),
            ("this month", 0, "DATE", "2026-10", None, month("2026-10")),
            ("six weeks", 0, "DURATION", "P6W", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("December 2021", 0, "DATE", "2021-12", None, month("2021-12")),
            ("every year", 0, "SET", "P1Y", None, NONE),
            ("Dec. 12", 0, "DATE", "2026-12-12", None, day("2026-12-12")),
            ("Oct. 4, 2026", 0, "DATE", "2026-10-04", None, day("2026-10-04")),
        ],
        "lists": [],
    },
    "honduras-san-pedro-sula-extortion-sentence": {
        "source": "honduras-san-pedro-sula-extortion-sentence.html",
        "reference_date": "2026-04-16",
        "published": "2026-04-16",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("San Pedro Sula", "GPE", None, ["San Pedro Sula", "SAN PEDRO SULA"]),
            ("María José Castellanos", "PERSON", None, ["María José Castellanos"]),
            (MEJIA, "PERSON", None, [MEJIA, "Mejía"]),
            ("Elvin Reyes", "PERSON", None, ["Elvin Reyes"]),
            ("AFP", "ORG", None, ["AFP"]),
            ("Rivera Hernández", "GPE", None, ["Rivera Hernández"]),
            (SENT, "ORG", None, [SENT]),
            ("Penal Code", "LAW", None, ["Penal Code"]),
            ("Karla Patricia Zelaya", "PERSON", None, ["Karla Patricia Zelaya"]),
            ("Liberal Party", "ORG", None, ["Liberal Party"]),
            ("Barrio 18", "ORG", None, ["Barrio 18"]),
            ("Public Ministry", "ORG", None, ["Public Ministry"]),
            ("Boulevard del Este", "FAC", None, ["Boulevard del Este"]),
            ("Chamelecón", "GPE", None, ["Chamelecón"]),
            ("MS-13", "ORG", None, ["MS-13"]),
            ("Wilmer Alvarado", "PERSON", None, ["Wilmer Alvarado"]),
            (AOTUC, "ORG", None, [AOTUC, "AOTUC"]),
            ("Sula Valley", "LOC", None, ["Sula Valley"]),
            ("Rigoberto Paz", "PERSON", None, ["Rigoberto Paz"]),
            ("Supreme Court of Justice", "ORG", None, ["Supreme Court of Justice"]),
            ("Tegucigalpa", "GPE", None, ["Tegucigalpa"]),
            (FNAMP, "ORG", None, [FNAMP, "FNAMP"]),
            ("Choloma", "GPE", None, ["Choloma"]),
            ("Transportes Sula Express", "ORG", None, ["Transportes Sula Express"]),
            ("Henry Fúnez", "PERSON", None, ["Henry Fúnez"]),
            ("Cortés", "GPE", None, ["Cortés"]),
            ("El Pozo", "FAC", None, ["El Pozo"]),
            ("Ilama", "GPE", None, ["Ilama"]),
            ("Santa Bárbara", "GPE", None, ["Santa Bárbara"]),
            ("Honduras", "GPE", "HN", ["Honduras"]),
            (CONADEH, "ORG", None, [CONADEH, "CONADEH"]),
            ("Congress", "ORG", None, ["Congress"]),
        ],
        "money": [
            ("L1 million", 0, 1e6, None, "HNL", "exact", None,
             {"payer": [MEJIA], "payee": [SENT]}),
            ("L4.2 million", 0, 4.2e6, None, "HNL", "approximate", None,
             {"payer_text": "drivers on 14 routes", "payee": ["Barrio 18"],
              "source": ["Public Ministry"]}),
            ("$170,000", 0, 170000.0, None, "USD", "approximate", None,
             {"payer_text": "drivers on 14 routes", "payee": ["Barrio 18"],
              "source": ["Public Ministry"]}),
            ("500 lempiras", 0, 500.0, None, "HNL", "exact", "week",
             {"payer_text": "Drivers", "source_text": "Drivers"}),
        ],
        "quantities": [
            ("14 routes", 0, 14.0, None, "routes", "exact"),
            ("11 drivers", 0, 11.0, None, "drivers", "exact"),
            ("3,000 payments", 0, 3000.0, None, "payments", "more_than"),
            ("214 extortion cases", 0, 214.0, None, "extortion cases", "exact"),
            ("18%", 0, 18.0, None, "percent", "exact"),
        ],
        "dates": [
            ("12 Years", 0, "DURATION", "P12Y", None, NONE),
            ("Wednesday", 0, "DATE", "2026-04-15", None, day("2026-04-15")),
            ("Wednesday", 1, "DATE", "2026-04-15", None, day("2026-04-15")),
            ("12 years", 0, "DURATION", "P12Y", None, NONE),
            ("every week", 0, "SET", "P1W", None, NONE),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("four years", 0, "DURATION", "P4Y", None, NONE),
            ("a week", 0, "SET", "P1W", None, NONE),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("January", 0, "DATE", "2026-01", "ON_OR_AFTER", month("2026-01")),
            ("10 days", 0, "DURATION", "P10D", None, NONE),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("March 2024", 0, "DATE", "2024-03", None, month("2024-03")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("the first three months of 2026", 0, "DATE", "2026-Q1", None,
             ("2026-01-01", "2026-03-31")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("December 2022", 0, "DATE", "2022-12", "ON_OR_AFTER", month("2022-12")),
            ("next week", 0, "DATE", "2026-W17", None, ("2026-04-20", "2026-04-26")),
        ],
        "lists": [],
    },
    "north-macedonia-ohrid-lakeside-car-ban": {
        "source": "north-macedonia-ohrid-lakeside-car-ban.md",
        "reference_date": "2026-05-19",
        "published": "2026-05-19",
        "boilerplate": "© 2026 Lakeside Herald",
        "not_mentions": [],
        "entities": [
            (OMC, "ORG", None, ["Ohrid Council", OMC]),
            ("Elena Stojanovska", "PERSON", None, ["Elena Stojanovska"]),
            ("Ohrid", "GPE", None, ["OHRID", "Ohrid"]),
            ("Kej Makedonija", "FAC", None, ["Kej Makedonija"]),
            ("North Macedonia", "GPE", "MK", ["North Macedonia"]),
            ("VMRO-DPMNE", "ORG", None, ["VMRO-DPMNE"]),
            (SDSM, "ORG", None, [SDSM, "SDSM"]),
            ("Levica", "ORG", None, ["Levica"]),
            ("Goran Talevski", "PERSON", None, ["Goran Talevski", "Talevski"]),
            ("UNESCO", "ORG", None, ["UNESCO"]),
            ("Biljanini Izvori", "LOC", None, ["Biljanini Izvori"]),
            (MEPP, "ORG", None, [MEPP]),
            ("Sveti Kliment Ohridski Boulevard", "FAC", None, ["Sveti Kliment Ohridski Boulevard"]),
            ("Church of St. John at Kaneo", "FAC", None, ["Church of St. John at Kaneo"]),
            ("Biljana Naumovska", "PERSON", None, ["Biljana Naumovska"]),
            ("Ohrid Hoteliers Association", "ORG", None, ["Ohrid Hoteliers Association"]),
            ("Nikola Andonoski", "PERSON", None, ["Nikola Andonoski"]),
            ("Poland", "GPE", "PL", ["Poland"]),
            ("Serbia", "GPE", "RS", ["Serbia"]),
            ("Bulgaria", "GPE", "BG", ["Bulgaria"]),
            ("St. Paul the Apostle Airport", "FAC", None, ["St. Paul the Apostle Airport"]),
            ("Vesna Jovanoska", "PERSON", None, ["Vesna Jovanoska"]),
            ("Ljupčo Stefanovski", "PERSON", None, ["Ljupčo Stefanovski"]),
            ("Struga", "GPE", None, ["Struga"]),
            ("Resen", "GPE", None, ["Resen"]),
            ("Lake Ohrid", "LOC", None, ["Lake Ohrid"]),
            ("Galičica", "LOC", None, ["Galičica"]),
            ("Prespa", "LOC", None, ["Prespa"]),
            ("Varoš", "GPE", None, ["Varoš"]),
            ("Ohrid Summer Festival", "EVENT", None, ["Ohrid Summer Festival"]),
            ("Ardian Rexhepi", "PERSON", None, ["Ardian Rexhepi"]),
        ],
        "money": [
            ("45 million denars", 0, 45e6, None, "MKD", "exact", None, {"payer": ["Ohrid"]}),
            ("€730,000", 0, 730000.0, None, "EUR", "approximate", None, {"payer": ["Ohrid"]}),
            ("100 denars", 0, 100.0, None, "MKD", "exact", "hour", {"payer_text": "visitors"}),
            ("12 million denars", 0, 12e6, None, "MKD", "exact", None, {"payer": [MEPP]}),
            ("9 million denars", 0, 9e6, None, "MKD", "exact", "year", {"holder": ["Ohrid"]}),
        ],
        "quantities": [
            ("23-member", 0, 23.0, None, "member", "exact"),
            ("400-space", 0, 400.0, None, "space", "exact"),
            ("62 hotels", 0, 62.0, None, "hotels", "exact"),
            ("8%", 0, 8.0, None, "percent", "exact"),
            ("30%", 0, 30.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("This Summer", 0, "DATE", "2026-SU", None, NONE),
            ("19 May 2026", 0, "DATE", "2026-05-19", None, day("2026-05-19")),
            ("Monday", 0, "DATE", "2026-05-18", None, day("2026-05-18")),
            ("June 15", 0, "DATE", "2026-06-15", None, day("2026-06-15")),
            ("September 15", 0, "DATE", "2026-09-15", None, day("2026-09-15")),
            ("six-hour", 0, "DURATION", "PT6H", None, NONE),
            ("July", 0, "DATE", "2025-07", None, month("2025-07")),
            ("August", 0, "DATE", "2025-08", None, month("2025-08")),
            ("an hour", 0, "SET", "PT1H", None, NONE),
            ("every 10 minutes", 0, "SET", "PT10M", None, NONE),
            ("10 a.m.", 0, "TIME", "XXXX-XX-XXT10:00", "ON_OR_BEFORE", NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("this summer", 0, "DATE", "2026-SU", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("the summer", 0, "DATE", "2026-SU", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("10 a.m.", 1, "TIME", "XXXX-XX-XXT10:00", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("October", 0, "DATE", "2026-10", None, month("2026-10")),
            ("July 12", 0, "DATE", "2026-07-12", None, day("2026-07-12")),
        ],
        "lists": [
            ("Benefits", "benefits", "pro", [
                ("Cleaner air", "the municipality expects nitrogen dioxide levels on the shore "
                                "to fall by about 30% over the summer."),
                ("Safer streets", "pedestrians and cyclists would no longer share the narrow "
                                  "road with buses and trucks."),
                ("Heritage", "the ban answers a 2023 UNESCO report that criticised traffic near "
                             "Lake Ohrid."),
            ]),
            ("Drawbacks", "drawbacks", "con", [
                ("Deliveries", "shops say the 10 a.m. cut-off is too early for suppliers coming "
                               "over Galičica from Prespa."),
                ("Displaced traffic", "residents of Varoš fear cars will pour into their narrow "
                                      "streets."),
                ("Cost", "running the shuttles could cost the municipality 9 million denars a "
                         "year."),
            ]),
        ],
    },
    "moldova-balti-measles-vaccination": {
        "source": "moldova-balti-measles-vaccination.json",
        "reference_date": "2026-02-26",
        "published": "2026-02-26",
        "title": "Moldova opens mobile vaccination points as measles outbreak spreads from Bălți",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Natalia Ciobanu", "PERSON", None, ["Natalia Ciobanu"]),
            ("Bălți", "GPE", None, ["BĂLȚI", "Bălți"]),
            ("Moldpres", "ORG", None, ["Moldpres"]),
            ("Moldova", "GPE", "MD", ["Moldova"]),
            (ANSP, "ORG", None, [ANSP, "ANSP"]),
            ("Dacia", "GPE", None, ["Dacia"]),
            ("Fălești", "GPE", None, ["Fălești"]),
            ("Sîngerei", "GPE", None, ["Sîngerei"]),
            ("Glodeni", "GPE", None, ["Glodeni"]),
            ("Veronica Munteanu", "PERSON", None, ["Veronica Munteanu"]),
            ("Bălți Municipal Clinical Hospital", "ORG", None,
             ["Bălți Municipal Clinical Hospital"]),
            ("Tatiana Bodrug", "PERSON", None, ["Tatiana Bodrug"]),
            ("Chișinău", "GPE", None, ["Chișinău"]),
            ("UNICEF", "ORG", None, ["UNICEF"]),
            ("Copenhagen", "GPE", None, ["Copenhagen"]),
            (WHO, "ORG", None, [WHO, "WHO"]),
            ("European Union", "ORG", None, ["European Union", "EU"]),
            ("Bălți Central Market", "FAC", None, ["Bălți Central Market"]),
            ("Ștefan cel Mare Street", "FAC", None, ["Ștefan cel Mare Street"]),
            ("Alecu Russo State University", "ORG", None, ["Alecu Russo State University"]),
            ("Transnistria", "GPE", None, ["Transnistria"]),
            ("Sergiu Lupașcu", "PERSON", None, ["Sergiu Lupașcu"]),
            ("Părinți pentru Sănătate", "ORG", None, ["Părinți pentru Sănătate"]),
            ("Prut", "LOC", None, ["Prut"]),
            ("Italy", "GPE", "IT", ["Italy"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            ("Romania", "GPE", "RO", ["Romania"]),
            ("Telegram", "ORG", None, ["Telegram"]),
            ("Victor Guțu", "PERSON", None, ["Victor Guțu"]),
            ("Mihai Lungu", "PERSON", None, ["Mihai Lungu"]),
        ],
        "money": [
            ("18 million lei", 0, 18e6, None, "MDL", "exact", None,
             {"payer_text": "the ministry", "source": ["Tatiana Bodrug"]}),
            ("€930,000", 0, 930000.0, None, "EUR", "approximate", None,
             {"payer_text": "the ministry", "source": ["Tatiana Bodrug"]}),
            ("150 lei", 0, 150.0, None, "MDL", "exact", "child",
             {"payer_text": "the ministry",
              "payee_text": "family doctors in the worst-hit districts",
              "source": ["Tatiana Bodrug"]}),
            ("6 million lei", 0, 6e6, None, "MDL", "exact", None,
             {"payer": ["European Union"], "source_text": "the EU delegation"}),
        ],
        "quantities": [
            ("47 children", 0, 47.0, None, "children", "exact"),
            ("112 confirmed cases", 0, 112.0, None, "confirmed cases", "exact"),
            ("19 children", 0, 19.0, None, "children", "exact"),
            ("20,000 children", 0, 20000.0, None, "children", "exact"),
            ("40,000 doses", 0, 40000.0, None, "doses", "exact"),
            ("12 family medicine centres", 0, 12.0, None, "family medicine centres", "exact"),
            ("82%", 0, 82.0, None, "percent", "approximate"),
            ("95%", 0, 95.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Feb 26", 0, "DATE", "2026-02-26", None, day("2026-02-26")),
            ("the start of the year", 0, "DATE", "2026", "START", ("2026-01-01", "2026-04-30")),
            ("Thursday", 0, "DATE", "2026-02-26", None, day("2026-02-26")),
            ("late January", 0, "DATE", "2026-01", "END", ("2026-01-21", "2026-01-31")),
            ("Wednesday", 0, "DATE", "2026-02-25", None, day("2026-02-25")),
            ("the end of April", 0, "DATE", "2026-04", "END", ("2026-04-21", "2026-04-30")),
            ("8 a.m.", 0, "TIME", "XXXX-XX-XXT08:00", None, NONE),
            ("6 p.m.", 0, "TIME", "XXXX-XX-XXT18:00", None, NONE),
            ("every day", 0, "SET", "P1D", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("the next two weeks", 0, "DURATION", "P2W", None, NONE),
            ("years", 0, "DURATION", "PXY", None, NONE),
            ("42 days", 0, "DURATION", "P42D", None, NONE),
            ("Feb. 24", 0, "DATE", "2026-02-24", None, day("2026-02-24")),
        ],
        "lists": [],
        "inline_lists": [
            ("Concerns", "concerns", "con", [
                "many rural family-doctor posts in Glodeni have been empty for years",
                "children who moved to Romania or Italy with their parents often have no "
                "vaccination record",
                "rumours shared on Telegram channels have scared some parents",
            ]),
        ],
    },
    "lesotho-mokhotlong-snowstorm": {
        "source": "lesotho-mokhotlong-snowstorm.json",
        "reference_date": "2026-07-08",
        "published": "2026-07-08",
        "title": "Snow cuts off 40 highland villages in Lesotho, kills 1,200 animals",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Palesa Mokhethi", "PERSON", None, ["Palesa Mokhethi"]),
            ("Mokhotlong", "GPE", None, ["MOKHOTLONG", "Mokhotlong"]),
            ("Lesotho", "GPE", "LS", ["Lesotho"]),
            (DMA, "ORG", None, [DMA, "DMA"]),
            ("Thaba-Tseka", "GPE", None, ["Thaba-Tseka"]),
            (LMS, "ORG", None, [LMS, "LMS"]),
            ("Letšeng-la-Terae", "GPE", None, ["Letšeng-la-Terae"]),
            ("Mpho Letsie", "PERSON", None, ["Mpho Letsie"]),
            ("Maluti Mountains", "LOC", None, ["Maluti Mountains"]),
            ("A1", "FAC", None, ["A1"]),
            ("Butha-Buthe", "GPE", None, ["Butha-Buthe"]),
            ("South African", "NORP", None, ["South African"]),
            ("Sani Pass", "LOC", None, ["Sani Pass"]),
            ("KwaZulu-Natal", "GPE", None, ["KwaZulu-Natal"]),
            ("Ministry of Education and Training", "ORG", None,
             ["Ministry of Education and Training"]),
            (LDF, "ORG", None, [LDF, "LDF"]),
            ("Linakaneng", "GPE", None, ["Linakaneng"]),
            ("Sehonghong", "GPE", None, ["Sehonghong"]),
            ("Thabo Ramakatane", "PERSON", None, ["Thabo Ramakatane"]),
            ("Senqu", "LOC", None, ["Senqu"]),
            ("Rethabile Ntšekhe", "PERSON", None, ["Rethabile Ntšekhe"]),
            ("Tlokoeng", "GPE", None, ["Tlokoeng"]),
            ("Tšeliso Mokoena", "PERSON", None, ["Tšeliso Mokoena"]),
            ("Lesotho Red Cross Society", "ORG", None, ["Lesotho Red Cross Society"]),
            ("Letšeng Diamonds", "ORG", None, ["Letšeng Diamonds"]),
            ("South Africa", "GPE", "ZA", ["South Africa"]),
            ("Lesotho Highlands Water Project", "FAC", None, ["Lesotho Highlands Water Project"]),
            (LNWMGA, "ORG", None, [LNWMGA, "LNWMGA"]),
            ("Katse Dam", "FAC", None, ["Katse Dam"]),
            ("LENA", "ORG", None, ["LENA"]),
            ("Teboho Sello", "PERSON", None, ["Teboho Sello"]),
        ],
        "money": [
            ("M4.5 million", 0, 4.5e6, None, "LSL", "exact", None,
             {"payer_text": "The government", "source": ["Tšeliso Mokoena"]}),
            ("$250,000", 0, 250000.0, None, "USD", "approximate", None,
             {"payer_text": "The government", "source": ["Tšeliso Mokoena"]}),
            ("M1.2 million", 0, 1.2e6, None, "LSL", "exact", None,
             {"payee": ["Lesotho Red Cross Society"]}),
            ("M600 million", 0, 600e6, None, "LSL", "approximate", None,
             {"holder_text": "Wool and mohair", "source": [LNWMGA]}),
        ],
        "quantities": [
            ("40 villages", 0, 40.0, None, "villages", "at_least"),
            ("1,200 animals", 0, 1200.0, None, "animals", "more_than"),
            ("3,000 metres", 0, 3000.0, None, "metre", "more_than"),
            ("60 centimetres", 0, 60.0, None, "centimetre", "at_most"),
            ("150 truck drivers", 0, 150.0, None, "truck drivers", "approximate"),
            ("23 herders", 0, 23.0, None, "herders", "exact"),
            ("37 sheep", 0, 37.0, None, "sheep", "exact"),
            ("40 villages", 1, 40.0, None, "villages", "at_least"),
            ("1,200 animals", 1, 1200.0, None, "animals", "more_than"),
        ],
        "dates": [
            ("8 July 2026", 0, "DATE", "2026-07-08", None, day("2026-07-08")),
            ("Wednesday", 0, "DATE", "2026-07-08", None, day("2026-07-08")),
            ("Sunday", 0, "DATE", "2026-07-05", None, day("2026-07-05")),
            ("Tuesday", 0, "DATE", "2026-07-07", None, day("2026-07-07")),
            ("2012", 0, "DATE", "2012", "ON_OR_AFTER", year(2012)),
            ("Friday", 0, "DATE", "2026-07-10", None, day("2026-07-10")),
            ("Monday", 0, "DATE", "2026-07-06", "ON_OR_AFTER", day("2026-07-06")),
            ("July 13", 0, "DATE", "2026-07-13", "ON_OR_BEFORE", day("2026-07-13")),
            ("Tuesday", 1, "DATE", "2026-07-07", None, day("2026-07-07")),
            ("48 hours", 0, "DURATION", "PT48H", None, NONE),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("August", 0, "DATE", "2026-08", None, month("2026-08")),
            ("Tuesday", 2, "DATE", "2026-07-07", None, day("2026-07-07")),
        ],
        "lists": [
            ("Key facts", "other", "neutral", [
                ("Villages cut off", "at least 40 villages, most of them in Mokhotlong district."),
                ("Livestock lost", "more than 1,200 animals, according to the DMA."),
                ("Roads", "the A1 and the Sani Pass road are closed; the road to Katse Dam is "
                          "open to 4x4 vehicles only."),
                ("Help", "the DMA asks residents to report stranded herders to their local chief "
                         "or call 112."),
            ]),
        ],
    },
    "malta-valletta-manoel-theatre-reopening": {
        "source": "malta-valletta-manoel-theatre-reopening.txt",
        "reference_date": "2026-09-18",
        "published": "2026-09-18",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Valletta", "GPE", None, ["Valletta", "VALLETTA"]),
            (MANOEL, "ORG", None, [MANOEL, "Teatru Manoel", "Manoel"]),
            ("Maltese", "LANGUAGE", None, ["Maltese"]),
            ("Marija Camilleri", "PERSON", None, ["Marija Camilleri"]),
            ("Luke Farrugia", "PERSON", None, ["Luke Farrugia"]),
            ("Is-Sirena ta' Marsaxlokk", "WORK_OF_ART", None, ["Is-Sirena ta' Marsaxlokk"]),
            ("Żejtun", "GPE", None, ["Żejtun"]),
            ("Reuben Grech", "PERSON", None, ["Reuben Grech", "Grech"]),
            ("Ilona Borg", "PERSON", None, ["Ilona Borg"]),
            ("Malta Philharmonic Orchestra", "ORG", None, ["Malta Philharmonic Orchestra", "MPO"]),
            ("Sarah Attard Montalto", "PERSON", None, ["Sarah Attard Montalto"]),
            ("Italian", "LANGUAGE", None, ["Italian"]),
            ("English", "LANGUAGE", None, ["English"]),
            ("French", "LANGUAGE", None, ["French"]),
            ("António Manoel de Vilhena", "PERSON", None, ["António Manoel de Vilhena"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Heritage Malta", "ORG", None, ["Heritage Malta"]),
            (ERDF, "ORG", None, [ERDF]),
            ("Josianne Vella", "PERSON", None, ["Josianne Vella"]),
            (MIAF, "EVENT", None, [MIAF]),
            ("Mdina", "GPE", None, ["Mdina"]),
            ("Birgu", "GPE", None, ["Birgu"]),
            ("Arts Council Malta", "ORG", None, ["Arts Council Malta"]),
            ("TVM", "ORG", None, ["TVM"]),
            ("Gozo Channel", "ORG", None, ["Gozo Channel"]),
            ("Grand Harbour", "LOC", None, ["Grand Harbour"]),
            ("Clint Xuereb", "PERSON", None, ["Clint Xuereb"]),
            ("Malta", "GPE", "MT", ["Malta"]),
            ("British", "NORP", None, ["British"]),
            ("Valletta Local Council", "ORG", None, ["Valletta Local Council"]),
            ("Old Theatre Street", "FAC", None, ["Old Theatre Street"]),
            ("Nationalist Party", "ORG", None, ["Nationalist Party"]),
            ("Verona", "GPE", None, ["Verona"]),
            ("Sicilian", "NORP", None, ["Sicilian"]),
            ("MUŻA", "ORG", None, ["MUŻA"]),
            ("Merchants Street", "FAC", None, ["Merchants Street"]),
            ("Caravaggio", "PERSON", None, ["Caravaggio"]),
            ("Beheading of Saint John the Baptist", "WORK_OF_ART", None,
             ["Beheading of Saint John the Baptist"]),
            ("St John's Co-Cathedral", "FAC", None, ["St John's Co-Cathedral"]),
            ("Valletta Baroque Festival", "EVENT", None, ["Valletta Baroque Festival"]),
            ("DOI", "ORG", None, ["DOI"]),
            ("Kevin Abela", "PERSON", None, ["Kevin Abela"]),
            ("Daniel Mizzi", "PERSON", None, ["Daniel Mizzi"]),
        ],
        "money": [
            ("€4.8 million", 0, 4.8e6, None, "EUR", "exact", None, {"payer": ["Heritage Malta"]}),
            ("€1.6 million", 0, 1.6e6, None, "EUR", "exact", None, {"payer": [ERDF]}),
            ("€750,000", 0, 750000.0, None, "EUR", "exact", None,
             {"payer": ["Arts Council Malta"], "payee": [MIAF], "source": ["Arts Council Malta"]}),
            ("€620,000", 0, 620000.0, None, "EUR", "exact", None,
             {"payer": ["Arts Council Malta"], "payee": [MIAF], "source": ["Arts Council Malta"]}),
            ("€25 to €90", 0, 25.0, 90.0, "EUR", "range", None,
             {"holder_text": "Tickets for the premiere"}),
        ],
        "quantities": [
            ("563 seats", 0, 563.0, None, "seats", "exact"),
            ("623 seats", 0, 623.0, None, "seats", "exact"),
            ("46 events", 0, 46.0, None, "events", "exact"),
        ],
        "dates": [
            ("Sept 18", 0, "DATE", "2026-09-18", None, day("2026-09-18")),
            ("Saturday", 0, "DATE", "2026-09-19", None, day("2026-09-19")),
            ("two-year", 0, "DURATION", "P2Y", None, NONE),
            ("1883", 0, "DATE", "1883", None, year(1883)),
            ("300 years", 0, "DURATION", "P300Y", None, NONE),
            ("Wednesday", 0, "DATE", "2026-09-16", None, day("2026-09-16")),
            ("1731", 0, "DATE", "1731", None, year(1731)),
            ("1960s", 0, "DATE", "196", None, ("1960-01-01", "1969-12-31")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("Oct. 4", 0, "DATE", "2026-10-04", "ON_OR_BEFORE", day("2026-10-04")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("four hours", 0, "DURATION", "PT4H", None, NONE),
            ("August", 0, "DATE", "2026-08", None, month("2026-08")),
            ("every year", 0, "SET", "P1Y", None, NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("1866", 0, "DATE", "1866", None, year(1866)),
            ("next month", 0, "DATE", "2026-10", None, month("2026-10")),
            ("six weeks", 0, "DURATION", "P6W", None, NONE),
            ("Sept 26", 0, "DATE", "2026-09-26", None, day("2026-09-26")),
            ("January", 0, "DATE", "2027-01", None, month("2027-01")),
        ],
        "lists": [],
    },
    "trinidad-red-force-championship-win": {
        "source": "trinidad-red-force-championship-win.txt",
        "reference_date": "2026-03-02",
        "published": "2026-03-02",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            (TTRF, "ORG", None, ["Red Force", TTRF]),
            ("Barbados Pride", "ORG", None, ["Barbados Pride", "Pride"]),
            ("Kerwin Ramdass", "PERSON", None, ["Kerwin Ramdass"]),
            ("Port of Spain", "GPE", None, ["PORT OF SPAIN", "Port of Spain"]),
            ("CMC", "ORG", None, ["CMC"]),
            ("West Indies Championship", "EVENT", None, ["West Indies Championship"]),
            ("Queen's Park Oval", "FAC", None, ["Queen's Park Oval", "OVAL", "Oval"]),
            ("Imran Mohammed", "PERSON", None, ["Imran Mohammed", "Mohammed"]),
            ("Couva", "GPE", None, ["Couva"]),
            ("Guyana Harpy Eagles", "ORG", None, ["Guyana Harpy Eagles"]),
            ("Joshua Ramkissoon", "PERSON", None, ["Joshua Ramkissoon"]),
            ("Kevon Baptiste", "PERSON", None, ["Kevon Baptiste"]),
            ("San Fernando", "GPE", None, ["San Fernando"]),
            ("West Indies", "ORG", None, ["West Indies"]),
            ("Bangladesh", "GPE", "BD", ["Bangladesh"]),
            ("Dhaka", "GPE", None, ["Dhaka"]),
            ("Renaldo Clarke", "PERSON", None, ["Renaldo Clarke"]),
            (TTCB, "ORG", None, [TTCB, "TTCB"]),
            ("Anand Persad", "PERSON", None, ["Anand Persad", "Persad"]),
            (CWI, "ORG", None, [CWI, "CWI"]),
            (MSCD, "ORG", None, [MSCD]),
            ("Brian Lara Cricket Academy", "FAC", None, ["Brian Lara Cricket Academy"]),
            ("Tarouba", "GPE", None, ["Tarouba"]),
            ("Jamaica Scorpions", "ORG", None, ["Jamaica Scorpions"]),
            ("Tobago House of Assembly", "ORG", None, ["Tobago House of Assembly"]),
            ("Shaw Park Cultural Complex", "FAC", None, ["Shaw Park Cultural Complex"]),
            ("Scarborough", "GPE", None, ["Scarborough"]),
            ("Stephon Gomez", "PERSON", None, ["Stephon Gomez", "Gomez"]),
            ("Providence", "GPE", None, ["Providence"]),
            ("Guyana", "GPE", "GY", ["Guyana"]),
            ("Caribbean", "LOC", None, ["Caribbean"]),
            ("Trinidad and Tobago", "GPE", "TT", ["Trinidad and Tobago"]),
            ("Trinidad and Tobago Meteorological Service", "ORG", None,
             ["Trinidad and Tobago Meteorological Service", "TTMS"]),
            ("Nyla Sookdeo", "PERSON", None, ["Nyla Sookdeo"]),
            ("Marlon Joseph", "PERSON", None, ["Marlon Joseph"]),
        ],
        "money": [
            ("TT$20", 0, 20.0, None, "TTD", "exact", None, {"holder_text": "ticket prices"}),
            ("TT$25,000", 0, 25000.0, None, "TTD", "exact", None,
             {"payer": [TTCB], "payee_text": "each Red Force player", "source": ["Anand Persad"]}),
            ("US$50,000", 0, 50000.0, None, "USD", "exact", None,
             {"payer": [CWI], "source": ["Anand Persad"]}),
            ("TT$3 million", 0, 3e6, None, "TTD", "exact", None,
             {"payer": [MSCD], "place": ["Tarouba"]}),
        ],
        "quantities": [
            ("96 Runs", 0, 96.0, None, "runs", "exact"),
            ("96 runs", 0, 96.0, None, "runs", "exact"),
            ("98 points", 0, 98.0, None, "points", "exact"),
            ("4,500 spectators", 0, 4500.0, None, "spectators", "approximate"),
        ],
        "dates": [
            ("2019", 0, "DATE", "2019", "ON_OR_AFTER", year(2019)),
            ("March 2", 0, "DATE", "2026-03-02", None, day("2026-03-02")),
            ("Sunday", 0, "DATE", "2026-03-01", None, day("2026-03-01")),
            ("a decade", 0, "DURATION", "P10Y", None, NONE),
            ("2019", 1, "DATE", "2019", None, year(2019)),
            ("next month", 0, "DATE", "2026-04", None, month("2026-04")),
            ("2020", 0, "DATE", "2020", "ON_OR_AFTER", year(2020)),
            ("years", 0, "DURATION", "PXY", None, NONE),
            ("March 12", 0, "DATE", "2026-03-12", None, day("2026-03-12")),
            ("March 15", 0, "DATE", "2026-03-15", None, day("2026-03-15")),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("Tuesday", 0, "DATE", "2026-03-03", None, day("2026-03-03")),
            ("Friday", 0, "DATE", "2026-03-06", None, day("2026-03-06")),
            ("Saturday", 0, "DATE", "2026-03-07", None, day("2026-03-07")),
            ("March 1, 2026", 0, "DATE", "2026-03-01", None, day("2026-03-01")),
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
