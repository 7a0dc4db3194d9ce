"""Writes the gold files of round 11-round-8 from the hand-written annotations below.

Written by a writer session that never read artex's rule code and never ran artex (nor a spaCy
model) on these articles. Offsets are found by searching each article's text for the annotated
words: an entity's mentions are every whole-word occurrence of its surface forms before the
article's boilerplate, minus those inside a longer mention or a listed non-mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). The text of a .md, .html or .json (``html`` field) article is made by the
rules of corpus/README.md (``reader_text`` below, copied unchanged from round 11-round-7's
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


RCC = "Riga City Council"
KNAB = "Corruption Prevention and Combating Bureau"
VB = "Vanšu Bridge"
UNODC = "UN Office on Drugs and Crime"
TIP = "Law on Suppression of Human Trafficking and Sexual Exploitation"
BMC = "Botswana Meat Commission"
WOAH = "World Organisation for Animal Health"
DVS = "Department of Veterinary Services"
CONRED = "National Coordinator for Disaster Reduction"
INSIV = "National Institute of Seismology, Volcanology, Meteorology and Hydrology"
GSPA = "Guatemalan Sugar Producers Association"
UNHCR = "UN Refugee Agency"
AADF = "Albanian-American Development Foundation"
MZH = "Mzuzu Highlanders"
FAM = "Football Association of Malawi"


ARTICLES = {
    "latvia-riga-vansu-bridge-repair": {
        "source": "latvia-riga-vansu-bridge-repair.txt",
        "reference_date": "2026-03-10",
        "published": "2026-03-10",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            (RCC, "ORG", None, ["Riga Council", RCC]),
            (VB, "FAC", None, [VB]),
            ("Ilze Kalniņa", "PERSON", None, ["Ilze Kalniņa"]),
            ("Riga", "GPE", None, ["RIGA", "Riga"]),
            ("LETA", "ORG", None, ["LETA"]),
            ("New Unity", "ORG", None, ["New Unity"]),
            ("National Alliance", "ORG", None, ["National Alliance"]),
            ("Edgars Liepiņš", "PERSON", None, ["Edgars Liepiņš", "Liepiņš"]),
            ("Old Town", "GPE", None, ["Old Town"]),
            ("Ķīpsala", "GPE", None, ["Ķīpsala"]),
            ("Daugava", "LOC", None, ["Daugava"]),
            ("State Construction Control Bureau", "ORG", None,
             ["State Construction Control Bureau"]),
            ("Jānis Krūmiņš", "PERSON", None, ["Jānis Krūmiņš"]),
            ("European Union", "ORG", None, ["European Union"]),
            ("Cohesion Fund", "ORG", None, ["Cohesion Fund"]),
            ("Latvia", "GPE", "LV", ["Latvia"]),
            ("Ministry of Transport", "ORG", None, ["Ministry of Transport"]),
            ("Baltijas Tilti", "ORG", None, ["Baltijas Tilti"]),
            ("Jelgava", "GPE", None, ["Jelgava"]),
            ("Lithuanian", "NORP", None, ["Lithuanian"]),
            ("Estonian", "NORP", None, ["Estonian"]),
            ("Māris Ozols", "PERSON", None, ["Māris Ozols"]),
            ("Daiga Bērziņa", "PERSON", None, ["Daiga Bērziņa"]),
            (KNAB, "ORG", None, [KNAB, "KNAB"]),
            ("Island Bridge", "FAC", None, ["Island Bridge"]),
            ("Stone Bridge", "FAC", None, ["Stone Bridge"]),
            ("Rīgas satiksme", "ORG", None, ["Rīgas satiksme"]),
            ("Pārdaugava", "GPE", None, ["Pārdaugava"]),
            ("Imanta", "GPE", None, ["Imanta"]),
            ("Līga Ābele", "PERSON", None, ["Līga Ābele"]),
            ("Zunda Canal", "LOC", None, ["Zunda Canal"]),
            ("Krišjāņa Valdemāra Street", "FAC", None, ["Krišjāņa Valdemāra Street"]),
            ("Progressives", "ORG", None, ["Progressives"]),
            ("Kaspars Gailītis", "PERSON", None, ["Kaspars Gailītis"]),
            ("Southern Bridge", "FAC", None, ["Southern Bridge"]),
            ("Daugavpils", "GPE", None, ["Daugavpils"]),
            ("Liepāja", "GPE", None, ["Liepāja"]),
            ("Andris Vītols", "PERSON", None, ["Andris Vītols"]),
            ("Kristīne Auziņa", "PERSON", None, ["Kristīne Auziņa"]),
        ],
        "money": [
            ("€48 Million", 0, 48e6, None, "EUR", "exact", None, {"payer": [RCC]}),
            ("48 million euros", 0, 48e6, None, "EUR", "exact", None, {"payer": [RCC]}),
            ("5 million euros", 0, 5e6, None, "EUR", "exact", None,
             {"payer": ["Ministry of Transport"]}),
            ("2 million and 3 million euros", 0, 2e6, 3e6, "EUR", "range", None,
             {"holder_text": "a dedicated bus lane on Krišjāņa Valdemāra Street"}),
            ("6 million lats", 0, 6e6, None, "LVL", "approximate", None,
             {"holder_text": "The last major repair of the Vanšu Bridge"}),
        ],
        "quantities": [
            ("60-member", 0, 60.0, None, "member", "exact"),
            ("40,000 vehicles", 0, 40000.0, None, "vehicles", "more_than"),
            ("70%", 0, 70.0, None, "percent", "approximate"),
            ("120 workers", 0, 120.0, None, "workers", "approximate"),
            ("11%", 0, 11.0, None, "percent", "exact"),
            ("36 seats", 0, 36.0, None, "seats", "exact"),
        ],
        "dates": [
            ("Months", 0, "DURATION", "PXM", None, NONE),
            ("March 10", 0, "DATE", "2026-03-10", None, day("2026-03-10")),
            ("Tuesday", 0, "DATE", "2026-03-10", None, day("2026-03-10")),
            ("last October", 0, "DATE", "2025-10", "ON_OR_AFTER", month("2025-10")),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("May", 0, "DATE", "2026-05", None, month("2026-05")),
            ("the end of 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("1981", 0, "DATE", "1981", None, year(1981)),
            ("September", 0, "DATE", "2025-09", None, month("2025-09")),
            ("October", 1, "DATE", "2025-10", None, month("2025-10")),
            ("March 3", 0, "DATE", "2026-03-03", None, day("2026-03-03")),
            ("Monday", 0, "DATE", "2026-03-09", None, day("2026-03-09")),
            ("25 minutes", 0, "DURATION", "PT25M", None, NONE),
            ("December", 0, "DATE", "2025-12", None, month("2025-12")),
            ("February", 0, "DATE", "2026-02", None, month("2026-02")),
            ("an hour", 0, "DURATION", "PT1H", None, NONE),
            ("a week", 0, "SET", "P1W", None, NONE),
            ("six months", 0, "DURATION", "P6M", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("June 2029", 0, "DATE", "2029-06", None, month("2029-06")),
            ("Tuesday", 1, "DATE", "2026-03-10", None, day("2026-03-10")),
            ("2013", 0, "DATE", "2013", None, year(2013)),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("2004", 0, "DATE", "2004", None, year(2004)),
            ("14 months", 0, "DURATION", "P14M", None, NONE),
            ("2014", 0, "DATE", "2014", None, year(2014)),
        ],
        "lists": [],
    },
    "cambodia-sihanoukville-scam-compound-raid": {
        "source": "cambodia-sihanoukville-scam-compound-raid.html",
        "reference_date": "2026-06-18",
        "published": "2026-06-18",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Sihanoukville", "GPE", None, ["Sihanoukville", "SIHANOUKVILLE"]),
            ("Sreymom Chhun", "PERSON", None, ["Sreymom Chhun"]),
            ("Cambodian", "NORP", None, ["Cambodian"]),
            ("National Police", "ORG", None, ["National Police"]),
            ("Golden Lotus Resort", "FAC", None, ["Golden Lotus Resort"]),
            ("Otres Beach", "LOC", None, ["Otres Beach"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Zhang", "PERSON", None, ["Zhang"]),
            ("Keo Sovann", "PERSON", None, ["Keo Sovann"]),
            ("Phnom Penh", "GPE", None, ["Phnom Penh"]),
            ("Vannak Sok", "PERSON", None, ["Vannak Sok"]),
            ("AFP", "ORG", None, ["AFP"]),
            ("Indonesia", "GPE", "ID", ["Indonesia"]),
            ("Kenya", "GPE", "KE", ["Kenya"]),
            ("Myanmar", "GPE", "MM", ["Myanmar"]),
            ("Sri Lanka", "GPE", "LK", ["Sri Lanka"]),
            ("Vietnam", "GPE", "VN", ["Vietnam"]),
            ("Mekong Daily Observer", "ORG", None, ["Mekong Daily Observer"]),
            ("Facebook", "ORG", None, ["Facebook"]),
            ("Bangkok", "GPE", None, ["Bangkok"]),
            ("Thailand", "GPE", "TH", ["Thailand"]),
            ("Dewi Lestari", "PERSON", None, ["Dewi Lestari"]),
            ("Medan", "GPE", None, ["Medan"]),
            (TIP, "LAW", None, [TIP]),
            ("Chan Dara", "PERSON", None, ["Chan Dara"]),
            ("Preah Sihanouk Provincial Court", "ORG", None,
             ["Preah Sihanouk Provincial Court"]),
            ("Angkor Digital Pay", "ORG", None, ["Angkor Digital Pay"]),
            ("Ministry of Interior", "ORG", None, ["Ministry of Interior"]),
            ("Cambodia", "GPE", "KH", ["Cambodia"]),
            (UNODC, "ORG", None, [UNODC, "UNODC"]),
            ("Southeast Asia", "LOC", None, ["Southeast Asia"]),
            ("Laos", "GPE", "LA", ["Laos"]),
            ("Kenyan", "NORP", None, ["Kenyan"]),
        ],
        "money": [
            ("$1.3 million", 0, 1.3e6, None, "USD", "approximate", None,
             {"payee_text": "Police", "source": ["Keo Sovann"]}),
            ("$1,500", 0, 1500.0, None, "USD", "exact", "month",
             {"holder_text": "customer-service jobs in Bangkok"}),
            ("2.6 billion riels", 0, 2.6e9, None, "KHR", "approximate", None,
             {"holder_text": "14 accounts"}),
            ("$640,000", 0, 640000.0, None, "USD", "approximate", None,
             {"holder_text": "14 accounts"}),
            ("$40 billion", 0, 40e9, None, "USD", "at_most", "year",
             {"payee_text": "scam operations", "source": [UNODC]}),
        ],
        "quantities": [
            ("212 Workers", 0, 212.0, None, "workers", "exact"),
            ("212 workers", 0, 212.0, None, "workers", "exact"),
            ("41 suspects", 0, 41.0, None, "suspects", "exact"),
            ("86 laptops", 0, 86.0, None, "laptops", "exact"),
            ("900 mobile phones", 0, 900.0, None, "mobile phones", "more_than"),
            ("14 accounts", 0, 14.0, None, "accounts", "exact"),
            ("30 raids", 0, 30.0, None, "raids", "more_than"),
            ("58 citizens", 0, 58.0, None, "citizens", "exact"),
            ("17 workers", 0, 17.0, None, "workers", "exact"),
        ],
        "dates": [
            ("Wednesday", 0, "DATE", "2026-06-17", None, day("2026-06-17")),
            ("Thursday", 0, "DATE", "2026-06-18", None, day("2026-06-18")),
            ("Wednesday", 1, "DATE", "2026-06-17", None, day("2026-06-17")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("seven months", 0, "DURATION", "P7M", None, NONE),
            ("15 years", 0, "DURATION", "P15Y", None, NONE),
            ("the end of July", 0, "DATE", "2026-07", "END", ("2026-07-21", "2026-07-31")),
            ("2022", 0, "DATE", "2022", "ON_OR_AFTER", year(2022)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("next week", 0, "DATE", "2026-W26", None, ("2026-06-22", "2026-06-28")),
            ("Thursday", 1, "DATE", "2026-06-18", None, day("2026-06-18")),
        ],
        "lists": [
            ("How to spot a job scam", "other", "neutral", [
                ("Pay", "Offers of high wages for simple work with no interview."),
                ("Travel", "Employers who insist on arranging a visa-free entry through a third "
                           "country."),
                ("Documents", "Any request to hand over a passport on arrival."),
            ]),
        ],
    },
    "botswana-ngamiland-foot-and-mouth-vaccination": {
        "source": "botswana-ngamiland-foot-and-mouth-vaccination.md",
        "reference_date": "2026-09-08",
        "published": "2026-09-08",
        "boilerplate": "© 2026 Kalahari Farm Weekly",
        "not_mentions": [],
        "entities": [
            ("Botswana", "GPE", "BW", ["Botswana"]),
            ("Ngamiland", "GPE", None, ["Ngamiland"]),
            ("Kagiso Molefe", "PERSON", None, ["Kagiso Molefe"]),
            ("Maun", "GPE", None, ["MAUN", "Maun"]),
            ("Okavango Delta", "LOC", None, ["Okavango Delta"]),
            (DVS, "ORG", None, [DVS]),
            ("Shorobe", "GPE", None, ["Shorobe"]),
            ("Thato Kgosi", "PERSON", None, ["Thato Kgosi"]),
            ("Onalenna Ramotswa", "PERSON", None, ["Onalenna Ramotswa", "Ramotswa"]),
            ("Tlou-3", "PRODUCT", None, ["Tlou-3"]),
            ("Botswana Vaccine Institute", "ORG", None, ["Botswana Vaccine Institute"]),
            ("Gaborone", "GPE", None, ["Gaborone"]),
            ("European Union", "ORG", None, ["European Union"]),
            (BMC, "ORG", None, [BMC, "BMC"]),
            ("Francistown", "GPE", None, ["Francistown"]),
            ("Namibia", "GPE", "NA", ["Namibia"]),
            ("Zambia", "GPE", "ZM", ["Zambia"]),
            ("Keabetswe Motsumi", "PERSON", None, ["Keabetswe Motsumi"]),
            ("Ngamiland Cattle Producers Association", "ORG", None,
             ["Ngamiland Cattle Producers Association"]),
            ("Lobatse", "GPE", None, ["Lobatse"]),
            ("European", "NORP", None, ["European"]),
            (WOAH, "ORG", None, [WOAH, "WOAH"]),
            ("Chobe", "GPE", None, ["Chobe"]),
            ("Central District", "GPE", None, ["Central District"]),
            ("Gumare", "GPE", None, ["Gumare"]),
            ("Sehithwa", "GPE", None, ["Sehithwa"]),
        ],
        "money": [
            ("P85 million", 0, 85e6, None, "BWP", "exact", None,
             {"payer_text": "the government", "source": ["Onalenna Ramotswa"]}),
            ("$6.3 million", 0, 6.3e6, None, "USD", "approximate", None,
             {"payer_text": "the government", "source": ["Onalenna Ramotswa"]}),
            ("P7,500", 0, 7500.0, None, "BWP", "approximate", None,
             {"holder_text": "a weaned steer", "source": ["Keabetswe Motsumi"]}),
            ("P1.1 billion", 0, 1.1e9, None, "BWP", "exact", None, {"payee": [BMC]}),
            ("P200 million", 0, 200e6, None, "BWP", "approximate", None,
             {"holder_text": "farmers"}),
            ("P30 million", 0, 30e6, None, "BWP", "at_least", None, {"holder_text": "farmers"}),
        ],
        "quantities": [
            ("37 animals", 0, 37.0, None, "animals", "exact"),
            ("240,000 animals", 0, 240000.0, None, "animals", "approximate"),
            ("1.5 million doses", 0, 1.5e6, None, "doses", "exact"),
            ("10%", 0, 10.0, None, "percent", "approximate"),
            ("2.2 million cattle", 0, 2.2e6, None, "cattle", "exact"),
            ("20-kilometre", 0, 20.0, None, "kilometre", "exact"),
            ("150 vaccinators", 0, 150.0, None, "vaccinators", "exact"),
        ],
        "dates": [
            ("8 September 2026", 0, "DATE", "2026-09-08", None, day("2026-09-08")),
            ("Monday", 0, "DATE", "2026-09-07", None, day("2026-09-07")),
            ("90 days", 0, "DURATION", "P90D", None, NONE),
            ("last Thursday", 0, "DATE", "2026-09-03", None, day("2026-09-03")),
            ("Monday", 1, "DATE", "2026-09-07", None, day("2026-09-07")),
            ("the end of October", 0, "DATE", "2026-10", "END", ("2026-10-21", "2026-10-31")),
            ("Monday", 2, "DATE", "2026-09-07", None, day("2026-09-07")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("July", 0, "DATE", "2026-07", None, month("2026-07")),
            ("this month", 0, "DATE", "2026-09", None, month("2026-09")),
            ("January", 0, "DATE", "2027-01", None, month("2027-01")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("six months", 0, "DURATION", "P6M", None, NONE),
            ("years", 0, "DURATION", "PXY", None, NONE),
            ("April", 0, "DATE", "2026-04", None, month("2026-04")),
            ("next week", 0, "DATE", "2026-W38", None, ("2026-09-14", "2026-09-20")),
            ("December 7", 0, "DATE", "2026-12-07", None, day("2026-12-07")),
        ],
        "lists": [
            ("Benefits", "benefits", "pro", [
                ("Faster control", "mass vaccination within a 20-kilometre ring should stop the "
                                   "virus reaching the Central District."),
                ("Market access", "WOAH rules let Ngamiland apply to resume trade six months "
                                  "after the last case."),
                ("Jobs", "the campaign has hired 150 vaccinators on short contracts, most of them "
                         "from villages in the district."),
            ]),
            ("Risks", "risks", "con", [
                ("Buffalo", "wild herds in the Okavango Delta can carry the virus for years."),
                ("Fences", "stretches of the border fence with Namibia have been down since the "
                           "floods of April."),
                ("Cash flow", "farmers expect to lose at least P30 million in sales before the "
                              "ban is lifted."),
            ]),
        ],
    },
    "guatemala-fuego-volcano-evacuation": {
        "source": "guatemala-fuego-volcano-evacuation.json",
        "reference_date": "2026-07-22",
        "published": "2026-07-22",
        "title": "Thousands evacuated as Guatemala's Fuego volcano sends flows down three "
                 "ravines",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Ana Lucía Xicará", "PERSON", None, ["Ana Lucía Xicará"]),
            ("Escuintla", "GPE", None, ["ESCUINTLA", "Escuintla"]),
            ("Guatemala", "GPE", "GT", ["Guatemala"]),
            ("EFE", "ORG", None, ["EFE"]),
            ("Volcán de Fuego", "LOC", None, ["Volcán de Fuego", "Fuego"]),
            (CONRED, "ORG", None, [CONRED, "CONRED"]),
            ("El Rodeo", "GPE", None, ["El Rodeo"]),
            ("La Reina", "GPE", None, ["La Reina"]),
            ("Panimaché", "GPE", None, ["Panimaché"]),
            ("Alotenango", "GPE", None, ["Alotenango"]),
            ("Sacatepéquez", "GPE", None, ["Sacatepéquez"]),
            (INSIV, "ORG", None, [INSIV, "INSIVUMEH"]),
            ("Chimaltenango", "GPE", None, ["Chimaltenango"]),
            ("Suchitepéquez", "GPE", None, ["Suchitepéquez"]),
            ("La Aurora International Airport", "FAC", None, ["La Aurora International Airport"]),
            ("Guatemala City", "GPE", None, ["Guatemala City"]),
            ("Avianca", "ORG", None, ["Avianca"]),
            ("Copa Airlines", "ORG", None, ["Copa Airlines"]),
            ("Rodolfo Batz", "PERSON", None, ["Rodolfo Batz"]),
            ("RN-14", "FAC", None, ["RN-14"]),
            ("San Miguel Los Lotes", "GPE", None, ["San Miguel Los Lotes", "Los Lotes"]),
            ("Elvira Chun", "PERSON", None, ["Elvira Chun"]),
            ("Irene Sacalxot", "PERSON", None, ["Irene Sacalxot"]),
            ("Ministry of Communications, Infrastructure and Housing", "ORG", None,
             ["Ministry of Communications, Infrastructure and Housing"]),
            ("CA-2", "FAC", None, ["CA-2"]),
            ("Pacific", "LOC", None, ["Pacific"]),
            (GSPA, "ORG", None, [GSPA, "Azucareros del Sur"]),
            ("Central America", "LOC", None, ["Central America"]),
            ("Antigua Guatemala", "GPE", None, ["Antigua Guatemala"]),
            ("Pan American Health Organization", "ORG", None,
             ["Pan American Health Organization"]),
            ("U.S. Geological Survey", "ORG", None, ["U.S. Geological Survey"]),
            ("Guatemalan", "NORP", None, ["Guatemalan"]),
            ("Óscar Tuyuc", "PERSON", None, ["Óscar Tuyuc"]),
            ("Marta Ruiz", "PERSON", None, ["Marta Ruiz"]),
        ],
        "money": [
            ("25 million quetzales", 0, 25e6, None, "GTQ", "exact", None,
             {"payer_text": "the government", "source": ["Irene Sacalxot"]}),
            ("$3.2 million", 0, 3.2e6, None, "USD", "approximate", None,
             {"payer_text": "the government", "source": ["Irene Sacalxot"]}),
            ("Q40 million", 0, 40e6, None, "GTQ", "at_most", None,
             {"holder_text": "roughly 3,000 hectares of cane", "source": [GSPA]}),
        ],
        "quantities": [
            ("4,200 people", 0, 4200.0, None, "people", "more_than"),
            ("14 schools", 0, 14.0, None, "schools", "exact"),
            ("5,000 metres", 0, 5000.0, None, "metre", "approximate"),
            ("22 flights", 0, 22.0, None, "flights", "at_least"),
            ("1,200 metres", 0, 1200.0, None, "metre", "less_than"),
            ("190 people", 0, 190.0, None, "people", "more_than"),
            ("3,000 hectares", 0, 3000.0, None, "hectare", "approximate"),
            ("3,763 metres", 0, 3763.0, None, "metre", "exact"),
            ("10,000 face masks", 0, 10000.0, None, "face masks", "exact"),
            ("11 municipalities", 0, 11.0, None, "municipalities", "exact"),
        ],
        "dates": [
            ("July 22", 0, "DATE", "2026-07-22", None, day("2026-07-22")),
            ("Wednesday", 0, "DATE", "2026-07-22", None, day("2026-07-22")),
            ("10 p.m.", 0, "TIME", "XXXX-XX-XXT22:00", "AFTER", NONE),
            ("Tuesday", 0, "DATE", "2026-07-21", None, day("2026-07-21")),
            ("nine hours", 0, "DURATION", "PT9H", None, NONE),
            ("Wednesday", 1, "DATE", "2026-07-22", None, day("2026-07-22")),
            ("Thursday", 0, "DATE", "2026-07-23", "ON_OR_BEFORE", day("2026-07-23")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("2018", 0, "DATE", "2018", None, year(2018)),
            ("June 2018", 0, "DATE", "2018-06", None, month("2018-06")),
            ("Wednesday", 2, "DATE", "2026-07-22", None, day("2026-07-22")),
            ("several days", 0, "DURATION", "PXD", None, NONE),
            ("Friday", 0, "DATE", "2026-07-24", "ON_OR_BEFORE", day("2026-07-24")),
            ("July 22, 2026", 0, "DATE", "2026-07-22", None, day("2026-07-22")),
        ],
        "lists": [],
    },
    "jordan-mafraq-telemedicine-clinics": {
        "source": "jordan-mafraq-telemedicine-clinics.json",
        "reference_date": "2026-10-14",
        "published": "2026-10-14",
        "title": "Jordan to link 38 rural clinics to Amman specialists by video",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Rania Haddad", "PERSON", None, ["Rania Haddad"]),
            ("Amman", "GPE", None, ["AMMAN", "Amman"]),
            ("Petra", "ORG", None, ["Petra"]),
            ("Jordan", "GPE", "JO", ["Jordan"]),
            ("Ministry of Health", "ORG", None, ["Ministry of Health"]),
            ("Mafraq", "GPE", None, ["Mafraq"]),
            ("Irbid", "GPE", None, ["Irbid"]),
            ("Ziad Obeidat", "PERSON", None, ["Ziad Obeidat", "Obeidat"]),
            ("Al Bashir Hospital", "ORG", None, ["Al Bashir Hospital"]),
            ("Jordan University Hospital", "ORG", None, ["Jordan University Hospital"]),
            ("Umm al-Jimal", "GPE", None, ["Umm al-Jimal"]),
            ("European Union", "ORG", None, ["European Union"]),
            ("Jordan University of Science and Technology", "ORG", None,
             ["Jordan University of Science and Technology"]),
            ("Zaatari", "FAC", None, ["Zaatari"]),
            ("Syria", "GPE", "SY", ["Syria"]),
            (UNHCR, "ORG", None, [UNHCR, "UNHCR"]),
            ("Jordanian", "NORP", None, ["Jordanian"]),
            ("Lina Khasawneh", "PERSON", None, ["Lina Khasawneh"]),
            ("Orange Jordan", "ORG", None, ["Orange Jordan"]),
            ("Jordan Nursing Council", "ORG", None, ["Jordan Nursing Council"]),
            ("Badia", "LOC", None, ["Badia"]),
            ("Jordan Medical Association", "ORG", None, ["Jordan Medical Association"]),
            ("Personal Data Protection Law", "LAW", None, ["Personal Data Protection Law"]),
            ("Karak", "GPE", None, ["Karak"]),
            ("Ma’an", "GPE", None, ["Ma’an"]),
        ],
        "money": [
            ("JD6.2 million", 0, 6.2e6, None, "JOD", "exact", None,
             {"holder_text": "The two-year programme"}),
            ("$8.7 million", 0, 8.7e6, None, "USD", "exact", None,
             {"holder_text": "The two-year programme"}),
            ("JD25", 0, 25.0, None, "JOD", "approximate", "visit",
             {"holder_text": "families", "source": ["Ministry of Health"]}),
        ],
        "quantities": [
            ("38 health centres", 0, 38.0, None, "health centres", "exact"),
            ("60%", 0, 60.0, None, "percent", "approximate"),
            ("9,500 video consultations", 0, 9500.0, None, "video consultations", "approximate"),
            ("75,000 refugees", 0, 75000.0, None, "refugees", "approximate"),
            ("38 villages", 0, 38.0, None, "villages", "exact"),
            ("8%", 0, 8.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Oct 14", 0, "DATE", "2026-10-14", None, day("2026-10-14")),
            ("next month", 0, "DATE", "2026-11", None, month("2026-11")),
            ("Wednesday", 0, "DATE", "2026-10-14", None, day("2026-10-14")),
            ("two-year", 0, "DURATION", "P2Y", None, NONE),
            ("three-hour", 0, "DURATION", "PT3H", None, NONE),
            ("18-month", 0, "DURATION", "P18M", None, NONE),
            ("March 2025", 0, "DATE", "2025-03", None, month("2025-03")),
            ("August", 0, "DATE", "2026-08", None, month("2026-08")),
            ("47 days", 0, "DURATION", "P47D", None, NONE),
            ("12 days", 0, "DURATION", "P12D", None, NONE),
            ("the first half of 2027", 0, "DATE", "2027-H1", None, ("2027-01-01", "2027-06-30")),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("five-day", 0, "DURATION", "P5D", None, NONE),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("the end of 2028", 0, "DATE", "2028", "END", ("2028-09-01", "2028-12-31")),
        ],
        "lists": [
            ("Advantages", "advantages", "pro", [
                ("Access", "Patients in 38 villages can see a specialist without travelling to "
                           "the capital."),
                ("Cost", "The ministry estimates families will save about JD25 a visit in "
                         "transport."),
                ("Data", "Digital records will follow patients between clinics and hospitals."),
            ]),
            ("Concerns", "concerns", "con", [
                ("Connectivity", "Power cuts in the Badia region interrupted 8% of pilot calls."),
                ("Staffing", "The Jordan Medical Association warns that specialists in Amman "
                             "are already overbooked."),
                ("Privacy", "Jordan’s Personal Data Protection Law took effect only in 2024, and "
                            "the rules for storing video are unclear."),
            ]),
        ],
    },
    "albania-gjirokaster-iso-polyphony-museum": {
        "source": "albania-gjirokaster-iso-polyphony-museum.txt",
        "reference_date": "2026-05-27",
        "published": "2026-05-27",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Gjirokastër", "GPE", None, ["Gjirokastër", "GJIROKASTËR"]),
            ("Arben Hoxha", "PERSON", None, ["Arben Hoxha"]),
            ("Albanian", "NORP", None, ["Albanian"]),
            ("UNESCO", "ORG", None, ["UNESCO"]),
            ("Gjirokastër Castle", "FAC", None, ["Gjirokastër Castle"]),
            ("Drino", "LOC", None, ["Drino"]),
            ("Zagoria", "LOC", None, ["Zagoria"]),
            ("Tirana", "GPE", None, ["Tirana"]),
            ("Drita Kurti", "PERSON", None, ["Drita Kurti", "Kurti"]),
            ("Academy of Albanian Studies", "ORG", None, ["Academy of Albanian Studies"]),
            ("Ministry of Culture", "ORG", None, ["Ministry of Culture"]),
            (AADF, "ORG", None, [AADF]),
            ("Polyphonic Ensemble of Lunxhëria", "ORG", None,
             ["Polyphonic Ensemble of Lunxhëria"]),
            ("Elton Çela", "PERSON", None, ["Elton Çela"]),
            ("ATA", "ORG", None, ["ATA"]),
            ("Ottoman", "NORP", None, ["Ottoman"]),
            ("National Folklore Festival", "EVENT", None, ["National Folklore Festival"]),
            ("Bazaar Street", "FAC", None, ["Bazaar Street"]),
            ("Kostandin Leka", "PERSON", None, ["Kostandin Leka"]),
            ("Lazarat", "GPE", None, ["Lazarat"]),
            ("Kënga e Drinos", "WORK_OF_ART", None, ["Kënga e Drinos"]),
            ("Museum of Ethnography", "ORG", None, ["Museum of Ethnography"]),
            ("Berat", "GPE", None, ["Berat"]),
            ("Greek Folklore Society", "ORG", None, ["Greek Folklore Society"]),
            ("Ioannina", "GPE", None, ["Ioannina"]),
            ("Greece", "GPE", "GR", ["Greece"]),
            ("Greek", "LANGUAGE", None, ["Greek"]),
            ("Flamur Golemi", "PERSON", None, ["Flamur Golemi"]),
            ("Mirela Dervishi", "PERSON", None, ["Mirela Dervishi"]),
        ],
        "money": [
            ("182 million lekë", 0, 182e6, None, "ALL", "exact", None,
             {"holder_text": "The restoration", "source": ["Ministry of Culture"]}),
            ("€1.8 million", 0, 1.8e6, None, "EUR", "approximate", None,
             {"holder_text": "The restoration", "source": ["Ministry of Culture"]}),
            ("€1.2 million", 0, 1.2e6, None, "EUR", "exact", None, {"payer": [AADF]}),
            ("500 lekë", 0, 500.0, None, "ALL", "exact", None,
             {"holder_text": "a surcharge", "source": ["Drita Kurti"]}),
            ("800 lekë", 0, 800.0, None, "ALL", "exact", None,
             {"holder_text": "adult tickets", "source": ["Drita Kurti"]}),
        ],
        "quantities": [
            ("1,400 recordings", 0, 1400.0, None, "recordings", "approximate"),
            ("24 speakers", 0, 24.0, None, "speakers", "exact"),
            ("30,000 visitors", 0, 30000.0, None, "visitors", "more_than"),
            ("312,000 overnight stays", 0, 312000.0, None, "overnight stays", "exact"),
            ("18%", 0, 18.0, None, "percent", "exact"),
        ],
        "dates": [
            ("27 May 2026", 0, "DATE", "2026-05-27", None, day("2026-05-27")),
            ("Wednesday", 0, "DATE", "2026-05-27", None, day("2026-05-27")),
            ("four years", 0, "DURATION", "P4Y", None, NONE),
            ("the 1930s", 0, "DATE", "193", None, ("1930-01-01", "1939-12-31")),
            ("years", 1, "DURATION", "PXY", None, NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("a decade", 0, "DURATION", "P10Y", None, NONE),
            ("May 27", 0, "DATE", "2026-05-27", None, day("2026-05-27")),
            ("2005", 0, "DATE", "2005", None, year(2005)),
            ("every five years", 0, "SET", "P5Y", None, NONE),
            ("May 2027", 0, "DATE", "2027-05", None, month("2027-05")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("the summer", 0, "DATE", "2026-SU", None, NONE),
            ("1998", 0, "DATE", "1998", "ON_OR_AFTER", year(1998)),
            ("2017", 0, "DATE", "2017", None, year(2017)),
            ("June", 0, "DATE", "2026-06", None, month("2026-06")),
            ("the end of next year", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("9 a.m.", 0, "TIME", "XXXX-XX-XXT09:00", None, NONE),
            ("7 p.m.", 0, "TIME", "XXXX-XX-XXT19:00", None, NONE),
        ],
        "lists": [],
    },
    "malawi-super-league-title-decider": {
        "source": "malawi-super-league-title-decider.txt",
        "reference_date": "2026-11-03",
        "published": "2026-11-03",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Yamikani Mwale", "PERSON", None, ["Mwale", "Yamikani Mwale"]),
            (MZH, "ORG", None, [MZH, "Highlanders"]),
            ("Super League of Malawi", "ORG", None, ["Super League", "Super League of Malawi"]),
            ("Chikondi Banda", "PERSON", None, ["Chikondi Banda"]),
            ("Blantyre", "GPE", None, ["BLANTYRE", "Blantyre"]),
            ("MANA", "ORG", None, ["MANA"]),
            ("Blantyre Rangers", "ORG", None, ["Blantyre Rangers", "Rangers"]),
            ("Kamuzu Stadium", "FAC", None, ["Kamuzu Stadium"]),
            ("Chimwemwe Phiri", "PERSON", None, ["Chimwemwe Phiri"]),
            ("Brighton Nyirenda", "PERSON", None, ["Brighton Nyirenda", "Nyirenda"]),
            ("Mzuzu", "GPE", None, ["Mzuzu"]),
            ("Zodiak Broadcasting Station", "ORG", None, ["Zodiak Broadcasting Station"]),
            ("Thoko Gondwe", "PERSON", None, ["Thoko Gondwe"]),
            ("Lilongwe", "GPE", None, ["Lilongwe"]),
            ("Kamuzu Barracks", "ORG", None, ["Kamuzu Barracks"]),
            ("Masauko Chipembere Highway", "FAC", None, ["Masauko Chipembere Highway"]),
            ("Malawi", "GPE", "MW", ["Malawi"]),
            ("Northern Region", "GPE", None, ["Northern Region"]),
            ("Patrick Kamanga", "PERSON", None, ["Patrick Kamanga"]),
            ("Flames", "ORG", None, ["Flames", "FLAMES"]),
            ("Airtel Malawi", "ORG", None, ["Airtel Malawi"]),
            ("CAF Champions League", "EVENT", None, ["CAF Champions League"]),
            ("Africa", "LOC", None, ["Africa"]),
            (FAM, "ORG", None, [FAM, "FAM"]),
            ("Cairo", "GPE", None, ["Cairo"]),
            ("Madalitso Tembo", "PERSON", None, ["Madalitso Tembo"]),
            ("Richard Msowoya", "PERSON", None, ["Richard Msowoya"]),
            ("Africa Cup of Nations", "EVENT", None, ["Africa Cup of Nations"]),
            ("Namibia", "GPE", "NA", ["Namibia"]),
            ("Mozambique", "GPE", "MZ", ["Mozambique"]),
            ("Bingu National Stadium", "FAC", None, ["Bingu National Stadium"]),
            ("FAM Charity Shield", "EVENT", None, ["FAM Charity Shield"]),
            ("Ephraim Chirwa", "PERSON", None, ["Ephraim Chirwa"]),
            ("Grace Mhango", "PERSON", None, ["Grace Mhango"]),
        ],
        "money": [
            ("MK180 million", 0, 180e6, None, "MWK", "approximate", "year",
             {"holder_text": "a squad", "source": ["Patrick Kamanga"]}),
            ("MK75 million", 0, 75e6, None, "MWK", "exact", None,
             {"payer": ["Airtel Malawi"], "holder_text": "The win"}),
            ("K2,000", 0, 2000.0, None, "MWK", "exact", None,
             {"holder_text": "the cheapest tickets", "source": ["Madalitso Tembo"]}),
        ],
        "quantities": [
            ("64 points", 0, 64.0, None, "points", "exact"),
            ("30 games", 0, 30.0, None, "games", "exact"),
            ("19 goals", 0, 19.0, None, "goals", "exact"),
            ("40,000 people", 0, 40000.0, None, "people", "approximate"),
            ("750 kilometres", 0, 750.0, None, "kilometre", "exact"),
            ("6,200 fans", 0, 6200.0, None, "fans", "exact"),
            ("4,800 fans", 0, 4800.0, None, "fans", "exact"),
        ],
        "dates": [
            ("19 Years", 0, "DURATION", "P19Y", None, NONE),
            ("Nov 3", 0, "DATE", "2026-11-03", None, day("2026-11-03")),
            ("Sunday", 0, "DATE", "2026-11-01", None, day("2026-11-01")),
            ("2007", 0, "DATE", "2007", "ON_OR_AFTER", year(2007)),
            ("34 minutes", 0, "DURATION", "PT34M", None, NONE),
            ("six minutes", 0, "DURATION", "PT6M", None, NONE),
            ("Nov. 1, 2026", 0, "DATE", "2026-11-01", None, day("2026-11-01")),
            ("two hours", 0, "DURATION", "PT2H", None, NONE),
            ("Saturday", 0, "DATE", "2026-10-31", None, day("2026-10-31")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("December", 0, "DATE", "2026-12", None, month("2026-12")),
            ("2026", 1, "DATE", "2026", None, year(2026)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("3 p.m.", 0, "TIME", "XXXX-XX-XXT15:00", None, NONE),
            ("Monday", 0, "DATE", "2026-11-02", None, day("2026-11-02")),
            ("this month", 0, "DATE", "2026-11", None, month("2026-11")),
            ("Nov. 9", 0, "DATE", "2026-11-09", None, day("2026-11-09")),
            ("Nov. 13", 0, "DATE", "2026-11-13", None, day("2026-11-13")),
            ("May", 0, "DATE", "2026-05", None, month("2026-05")),
            ("Monday", 1, "DATE", "2026-11-02", None, day("2026-11-02")),
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
