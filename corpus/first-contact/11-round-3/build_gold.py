"""Writes the gold files of round 11-round-3 from the hand-written annotations below.

Written by a writer session that never read artex's rule code and never ran artex (nor a spaCy
model) on these articles. Offsets are found by searching each article's text for the annotated
words: an entity's mentions are every whole-word occurrence of its surface forms before the
article's boilerplate, minus those inside a longer mention or a listed non-mention; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). The text of a .md, .html or .json (``html`` field) article is made by the
rules of corpus/README.md (``reader_text`` below; it reproduces the text of every .md, .html and
.json gold file of the corpus and of round 11-round-1 exactly). Run from any folder:
python build_gold.py
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

MALIK = "Haroon Rashid Malik"
FBR = "Federal Board of Revenue"
IMF = "International Monetary Fund"
NTEL = "PT Nusantara Telematika Tbk"
MEGHNA = "Meghna Knitwear Ltd"
BEZA = "Bangladesh Economic Zones Authority"
EBRD = "European Bank for Reconstruction and Development"
AFDB = "African Development Bank"
BII = "British International Investment"
ADN = "Agrícola Arándano del Norte SAC"
RBA = "Reserve Bank of Australia"
PILBARA_CREST = "Pilbara Crest Lithium Ltd"
CORAL = "Coral Coast Tourism Group"

ARTICLES = {
    "pakistan-budget-live-blog": {
        "source": "pakistan-budget-live-blog.txt",
        "reference_date": "2025-06-10",
        "published": "2025-06-10",
        "boilerplate": "© 2025 Indus Business Daily",
        "not_mentions": [],
        "entities": [
            (MALIK, "PERSON", None, [MALIK, "Malik"]),
            (FBR, "ORG", None, [FBR, "FBR"]),
            ("Sana Iqbal", "PERSON", None, ["Sana Iqbal"]),
            ("Islamabad", "GPE", None, ["Islamabad"]),
            ("Omar Farooq", "PERSON", None, ["Omar Farooq"]),
            ("Karachi", "GPE", None, ["Karachi"]),
            ("National Assembly", "ORG", None, ["National Assembly"]),
            ("Pakistan Stock Exchange", "ORG", None, ["Pakistan Stock Exchange", "PSX"]),
            ("Karachi Chamber of Commerce and Industry", "ORG", None,
             ["Karachi Chamber of Commerce and Industry", "KCCI"]),
            ("Faisal Qureshi", "PERSON", None, ["Faisal Qureshi"]),
            ("Punjab", "GPE", None, ["Punjab"]),
            ("Sindh", "GPE", None, ["Sindh"]),
            ("Bangladesh", "GPE", "BD", ["Bangladesh"]),
            ("Vietnam", "GPE", "VN", ["Vietnam"]),
            ("Margalla Securities", "ORG", None, ["Margalla Securities"]),
            ("Khyber Pakhtunkhwa", "GPE", None, ["Khyber Pakhtunkhwa"]),
            ("Balochistan", "GPE", None, ["Balochistan"]),
            ("Benazir Income Support Programme", "ORG", None,
             ["Benazir Income Support Programme"]),
            (IMF, "ORG", None, [IMF, "IMF"]),
            ("Pakistan", "GPE", "PK", ["Pakistan"]),
        ],
        "money": [
            ("Rs17.6 trillion", 0, 17.6e12, None, "PKR", "exact", None, {}),
            ("Rs14.1 trillion", 0, 14.1e12, None, "PKR", "exact", None, {"payee": [FBR]}),
            ("Rs600 billion", 0, 600e9, None, "PKR", "approximate", None,
             {"holder": [FBR], "source": ["Margalla Securities"]}),
            ("Rs1.2 million", 0, 1.2e6, None, "PKR", "at_most", "year", {}),
            ("Rs1 trillion", 0, 1e12, None, "PKR", "exact", None,
             {"place": ["Khyber Pakhtunkhwa", "Balochistan"]}),
            ("Rs716 billion", 0, 716e9, None, "PKR", "exact", None,
             {"payee": ["Benazir Income Support Programme"]}),
            ("$1 billion", 0, 1e9, None, "USD", "exact", None,
             {"payer": [IMF], "payee": ["Pakistan"]}),
            ("$7 billion", 0, 7e9, None, "USD", "exact", None,
             {"payer": [IMF], "payee": ["Pakistan"]}),
        ],
        "quantities": [
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("1.2%", 0, 1.2, None, "percent", "exact"),
            ("25%", 0, 25.0, None, "percent", "exact"),
            ("18%", 1, 18.0, None, "percent", "exact"),
            ("1%", 0, 1.0, None, "percent", "exact"),
            ("10%", 0, 10.0, None, "percent", "exact"),
            ("10 million families", 0, 10e6, None, "families", "approximate"),
        ],
        "dates": [
            ("Tuesday 10 June 2025", 0, "DATE", "2025-06-10", None, day("2025-06-10")),
            ("18:40", 0, "TIME", "XXXX-XX-XXT18:40", None, NONE),
            ("today", 0, "DATE", "2025-06-10", None, day("2025-06-10")),
            ("Thursday", 0, "DATE", "2025-06-12", None, day("2025-06-12")),
            ("June 26", 0, "DATE", "2025-06-26", None, day("2025-06-26")),
            ("17:55", 0, "TIME", "XXXX-XX-XXT17:55", None, NONE),
            ("17:10", 0, "TIME", "XXXX-XX-XXT17:10", None, NONE),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("16:25", 0, "TIME", "XXXX-XX-XXT16:25", None, NONE),
            ("the 12 months", 0, "DURATION", "P12M", None, NONE),
            ("July 1", 0, "DATE", "2025-07-01", None, day("2025-07-01")),
            ("June 30", 0, "DATE", "2025-06-30", "ON_OR_BEFORE", day("2025-06-30")),
            ("15:50", 0, "TIME", "XXXX-XX-XXT15:50", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("15:05", 0, "TIME", "XXXX-XX-XXT15:05", None, NONE),
            ("last month", 0, "DATE", "2025-05", None, month("2025-05")),
            ("next week", 0, "DATE", "2025-W25", None, ("2025-06-16", "2025-06-22")),
        ],
        "lists": [
            ("Key measures announced so far", "other", "neutral", [
                (None, "Income tax on salaries of up to Rs1.2 million a year cut to 1%"),
                (None, "Rs1 trillion for development projects, a third of it in Khyber "
                       "Pakhtunkhwa and Balochistan"),
                (None, "A 10% raise for federal government employees"),
                (None, "Rs716 billion for the Benazir Income Support Programme, which pays "
                       "cash to about 10 million families"),
            ]),
        ],
    },
    "taranaki-canterbury-match-report": {
        "source": "taranaki-canterbury-match-report.txt",
        "reference_date": "2025-10-18",
        "published": "2025-10-18",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Sione Fifita", "PERSON", None, ["Sione Fifita", "Fifita", "Sione"]),
            ("Taranaki", "ORG", None, ["Taranaki"]),
            ("Canterbury", "ORG", None, ["Canterbury"]),
            ("Mihi Tawhiri", "PERSON", None, ["Mihi Tawhiri"]),
            ("New Plymouth", "GPE", None, ["NEW PLYMOUTH", "New Plymouth"]),
            ("New Zealand", "GPE", "NZ", ["New Zealand"]),
            ("AAP", "ORG", None, ["AAP"]),
            ("Yarrow Stadium", "FAC", None, ["Yarrow Stadium"]),
            ("Tom Whitlock", "PERSON", None, ["Tom Whitlock", "Whitlock"]),
            ("Ben Ashby", "PERSON", None, ["Ben Ashby"]),
            ("Ryan O'Dowd", "PERSON", None, ["Ryan O'Dowd"]),
            ("Wiremu Karaka", "PERSON", None, ["Wiremu Karaka"]),
            ("Jack Dempsey-Rowe", "PERSON", None, ["Jack Dempsey-Rowe", "Dempsey-Rowe"]),
            ("Rebecca Hale", "PERSON", None, ["Rebecca Hale"]),
            ("Christchurch", "GPE", None, ["Christchurch"]),
            ("New Zealand Rugby", "ORG", None, ["New Zealand Rugby"]),
            ("Wellington", "ORG", None, ["Wellington"]),
            ("Bay of Plenty", "ORG", None, ["Bay of Plenty"]),
            ("Tauranga", "GPE", None, ["Tauranga"]),
            ("All Blacks", "ORG", None, ["All Blacks"]),
        ],
        "money": [],
        "quantities": [
            ("14,500 fans", 0, 14500.0, None, "fans", "exact"),
            ("12 points", 0, 12.0, None, "points", "exact"),
            ("11 wins", 0, 11.0, None, "wins", "exact"),
            ("20,000 tickets", 0, 20000.0, None, "tickets", "approximate"),
        ],
        "dates": [
            ("Oct 18", 0, "DATE", "2025-10-18", None, day("2025-10-18")),
            ("next Saturday", 0, "DATE", "2025-10-25", None, day("2025-10-25")),
            ("three minutes", 0, "DURATION", "PT3M", None, NONE),
            ("Saturday", 1, "DATE", "2025-10-18", None, day("2025-10-18")),
            ("2019", 0, "DATE", "2019", "ON_OR_AFTER", year(2019)),
            ("10 minutes", 0, "DURATION", "PT10M", None, NONE),
            ("Monday", 0, "DATE", "2025-10-20", None, day("2025-10-20")),
            ("Sunday", 0, "DATE", "2025-10-19", None, day("2025-10-19")),
        ],
        "lists": [],
    },
    "nusantara-telematika-earnings-call": {
        "source": "nusantara-telematika-earnings-call.md",
        "reference_date": "2025-10-30",
        "published": "2025-10-30",
        "title": "Nusantara Telematika earnings call: data centres carry the quarter, analysts "
                 "press on spending",
        "boilerplate": "© 2025 Archipelago Markets Weekly",
        "not_mentions": [],
        "entities": [
            (NTEL, "ORG", None, [NTEL, "Nusantara Telematika", "Nusantara"]),
            ("Dewi Lestari", "PERSON", None, ["Dewi Lestari"]),
            ("Jakarta", "GPE", None, ["Jakarta", "JAKARTA"]),
            ("Indonesia", "GPE", "ID", ["Indonesia"]),
            ("Indonesia Stock Exchange", "ORG", None, ["Indonesia Stock Exchange", "IDX"]),
            ("Java", "LOC", None, ["Java"]),
            ("Sumatra", "LOC", None, ["Sumatra"]),
            ("Agus Santoso", "PERSON", None, ["Agus Santoso", "Santoso"]),
            ("Arunika Cloud", "ORG", None, ["Arunika Cloud"]),
            ("Singapore", "GPE", "SG", ["Singapore"]),
            ("Cikarang", "GPE", None, ["Cikarang"]),
            ("Maya Hartono", "PERSON", None, ["Maya Hartono", "Hartono"]),
            ("DBS Bank", "ORG", None, ["DBS Bank"]),
            ("Bank Mandiri", "ORG", None, ["Bank Mandiri"]),
            ("Rahul Menon", "PERSON", None, ["Rahul Menon"]),
            ("UBS", "ORG", None, ["UBS"]),
            ("Citra Wulandari", "PERSON", None, ["Citra Wulandari"]),
            ("Samudra Sekuritas", "ORG", None, ["Samudra Sekuritas"]),
            ("Kalimantan", "LOC", None, ["Kalimantan"]),
            ("Kevin Tan", "PERSON", None, ["Kevin Tan"]),
            ("Morgan Stanley", "ORG", None, ["Morgan Stanley"]),
            ("Bank Indonesia", "ORG", None, ["Bank Indonesia"]),
        ],
        "money": [
            ("Rp 85", 0, 85.0, None, "IDR", "exact", "share", {"payer": [NTEL]}),
            ("Rp 9 trillion", 0, 9e12, None, "IDR", "exact", None, {"payer": [NTEL]}),
            ("Rp 3.4 trillion", 0, 3.4e12, None, "IDR", "exact", None,
             {"holder": [NTEL], "source": [NTEL]}),
            ("Rp 610 billion", 0, 610e9, None, "IDR", "exact", None,
             {"holder": [NTEL], "source": [NTEL]}),
            ("US$400 million", 0, 400e6, None, "USD", "exact", None,
             {"payer": ["DBS Bank", "Bank Mandiri"], "source": ["Maya Hartono"]}),
            ("Rp 9 trillion", 1, 9e12, None, "IDR", "exact", None, {}),
            ("Rp 2,480", 0, 2480.0, None, "IDR", "exact", None, {"holder": [NTEL]}),
        ],
        "quantities": [
            ("41%", 0, 41.0, None, "percent", "exact"),
            ("12%", 0, 12.0, None, "percent", "exact"),
            ("21,400 towers", 0, 21400.0, None, "towers", "exact"),
            ("36-megawatt", 0, 36.0, None, "megawatt", "exact"),
            ("600 towers", 0, 600.0, None, "towers", "exact"),
            ("3.5%", 0, 3.5, None, "percent", "exact"),
        ],
        "dates": [
            ("the quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
            ("30 October 2025", 0, "DATE", "2025-10-30", None, day("2025-10-30")),
            ("the third quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
            ("Thursday", 0, "DATE", "2025-10-30", None, day("2025-10-30")),
            ("Third-quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("15-year", 0, "DURATION", "P15Y", None, NONE),
            ("the second half of 2026", 0, "DATE", "2026-H2", None,
             ("2026-07-01", "2026-12-31")),
            ("the end of 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("next year", 0, "DATE", "2026", None, year(2026)),
            ("January", 0, "DATE", "2025-01", "ON_OR_AFTER", month("2025-01")),
            ("last month", 0, "DATE", "2025-09", None, month("2025-09")),
        ],
        "lists": [
            ("What analysts asked", "other", "neutral", [
                ("Capex", "Rahul Menon of UBS asked whether the Rp 9 trillion budget could "
                          "rise. Santoso said it was fixed until the end of 2027."),
                ("Towers", "Citra Wulandari, an analyst at Samudra Sekuritas, asked about "
                           "Kalimantan, where the government wants coverage for the new "
                           "capital. Hartono said the company would add 600 towers there next "
                           "year."),
                ("Dividend", "Kevin Tan of Morgan Stanley asked whether the payout would keep "
                             "rising. Santoso would not commit, citing the rupiah's fall "
                             "against the dollar since January."),
            ]),
        ],
    },
    "egypt-green-ammonia-explainer": {
        "source": "egypt-green-ammonia-explainer.json",
        "reference_date": "2025-11-03",
        "published": "2025-11-03",
        "title": "Five things to know about Egypt's $4 billion green ammonia deal at Ain Sokhna",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Mona El-Sayed", "PERSON", None, ["Mona El-Sayed"]),
            ("Karim Abdelaziz", "PERSON", None, ["Karim Abdelaziz"]),
            ("Cairo", "GPE", None, ["CAIRO", "Cairo"]),
            ("Egypt", "GPE", "EG", ["Egypt"]),
            ("Nile Helios Energy SAE", "ORG", None, ["Nile Helios Energy SAE", "Nile Helios"]),
            ("Vantoria Wasserstoff GmbH", "ORG", None,
             ["Vantoria Wasserstoff GmbH", "Vantoria"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            ("Ain Sokhna", "GPE", None, ["Ain Sokhna"]),
            ("Red Sea", "LOC", None, ["Red Sea"]),
            ("Suez", "GPE", None, ["Suez"]),
            ("Hany Farouk", "PERSON", None, ["Hany Farouk"]),
            ("Africa", "LOC", None, ["Africa"]),
            (EBRD, "ORG", None, [EBRD, "EBRD"]),
            (AFDB, "ORG", None, [AFDB]),
            (BII, "ORG", None, [BII]),
            ("Tarek Mansour", "PERSON", None, ["Tarek Mansour", "Mansour"]),
            ("Zafarana", "GPE", None, ["Zafarana"]),
            ("Netherlands", "GPE", "NL", ["Netherlands"]),
            ("Rotterdam", "GPE", None, ["Rotterdam"]),
            ("Japanese", "NORP", None, ["Japanese"]),
            ("Korean", "NORP", None, ["Korean"]),
            ("Suez Canal Economic Zone", "ORG", None, ["Suez Canal Economic Zone", "SCZone"]),
            ("Norway", "GPE", "NO", ["Norway"]),
            ("Nordvind Hydrogen AS", "ORG", None, ["Nordvind Hydrogen AS"]),
            ("Hossam Nassar", "PERSON", None, ["Hossam Nassar"]),
            ("Egyptian", "NORP", None, ["Egyptian"]),
            ("Gulf of Suez", "LOC", None, ["Gulf of Suez"]),
            ("Julia Brenner", "PERSON", None, ["Julia Brenner"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Morocco", "GPE", "MA", ["Morocco"]),
        ],
        "money": [
            ("$4 billion", 0, 4e9, None, "USD", "approximate", None,
             {"payer_text": "The partners"}),
            ("$1.5 billion", 0, 1.5e9, None, "USD", "at_most", None,
             {"payer": [EBRD, AFDB, BII], "source": ["Tarek Mansour"]}),
        ],
        "quantities": [
            ("400,000 tonnes", 0, 400000.0, None, "tonne", "exact"),
            ("2 gigawatts", 0, 2.0, None, "gigawatt", "exact"),
            ("14 agreements", 0, 14.0, None, "agreements", "exact"),
            ("1,500 cubic metres", 0, 1500.0, None, "cubic metre", "exact"),
        ],
        "dates": [
            ("Nov 3", 0, "DATE", "2025-11-03", None, day("2025-11-03")),
            ("Monday", 0, "DATE", "2025-11-03", None, day("2025-11-03")),
            ("the next six years", 0, "DURATION", "P6Y", None, NONE),
            ("the first half of 2028", 0, "DATE", "2028-H1", None,
             ("2028-01-01", "2028-06-30")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2022", 0, "DATE", "2022", "ON_OR_AFTER", year(2022)),
            ("25 years", 0, "DURATION", "P25Y", None, NONE),
            ("last week", 0, "DATE", "2025-W44", None, ("2025-10-27", "2025-11-02")),
            ("an hour", 0, "SET", "PT1H", None, NONE),
            ("mid-2026", 0, "DATE", "2026", "MID", ("2026-05-01", "2026-08-31")),
        ],
        "lists": [
            ("Five things to know", "other", "neutral", [
                ("The money", "The partners expect to spend about $4 billion over the next six "
                              "years. The European Bank for Reconstruction and Development, the "
                              "African Development Bank and British International Investment "
                              "are in talks to lend up to $1.5 billion, Nile Helios chief "
                              "executive Tarek Mansour said."),
                ("The output", "The first phase, due to start in the first half of 2028, will "
                               "make 400,000 tonnes of ammonia a year, powered by 2 gigawatts "
                               "of wind and solar farms near Zafarana."),
                ("The buyers", "Vantoria has agreed to take half of the output for its "
                               "customers in Germany and the Netherlands, shipped through "
                               "Rotterdam. Talks with Japanese and Korean utilities are "
                               "continuing, Mansour said."),
                ("The zone", "The plant sits in the Suez Canal Economic Zone (SCZone), which "
                             "has signed 14 agreements of this kind since 2022 but where only "
                             "one plant, a pilot run by Norway’s Nordvind Hydrogen AS, has "
                             "produced fuel. The zone’s chairman, Hossam Nassar, said land and "
                             "port fees would be fixed in dollars for 25 years."),
                ("The doubts", "The EBRD said last week that Egyptian projects still face "
                               "delays in getting foreign currency out of the country. The "
                               "plant will also need 1,500 cubic metres of desalinated water an "
                               "hour, taken from the Gulf of Suez."),
            ]),
        ],
    },
    "bangladesh-knitwear-plant": {
        "source": "bangladesh-knitwear-plant.html",
        "reference_date": "2025-08-12",
        "published": "2025-08-12",
        "title": "Meghna Knitwear to build Tk 1,100 crore plant in Mirsarai as buyers shift "
                 "orders",
        "boilerplate": "Morning Briefing",
        "not_mentions": [],
        "entities": [
            (MEGHNA, "ORG", None, [MEGHNA, "Meghna Knitwear", "Meghna"]),
            ("Mirsarai", "GPE", None, ["Mirsarai"]),
            ("Farhana Akter", "PERSON", None, ["Farhana Akter"]),
            ("Chattogram", "GPE", None, ["Chattogram"]),
            ("Bangladesh", "GPE", "BD", ["Bangladesh"]),
            ("Shahriar Kabir Chowdhury", "PERSON", None,
             ["Shahriar Kabir Chowdhury", "Chowdhury"]),
            ("Dhaka", "GPE", None, ["Dhaka"]),
            ("Narayanganj", "GPE", None, ["Narayanganj"]),
            ("Gazipur", "GPE", None, ["Gazipur"]),
            ("Swedish", "NORP", None, ["Swedish"]),
            ("Nordvik Retail AB", "ORG", None, ["Nordvik Retail AB"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            ("Halbach Mode GmbH", "ORG", None, ["Halbach Mode GmbH"]),
            (BEZA, "ORG", None, [BEZA, "BEZA"]),
            ("Nasima Begum", "PERSON", None, ["Nasima Begum"]),
            ("Bay of Bengal", "LOC", None, ["Bay of Bengal"]),
            ("Titas Gas", "ORG", None, ["Titas Gas"]),
            ("Sonali Bank", "ORG", None, ["Sonali Bank"]),
            ("European Union", "ORG", None, ["European Union"]),
            ("Bangladeshi", "NORP", None, ["Bangladeshi"]),
            ("Bangladesh Garment Manufacturers and Exporters Association", "ORG", None,
             ["Bangladesh Garment Manufacturers and Exporters Association", "BGMEA"]),
            ("Export Promotion Bureau", "ORG", None, ["Export Promotion Bureau"]),
        ],
        "money": [
            ("Tk 1,100 crore", 0, 1.1e10, None, "BDT", "exact", None,
             {"payer": [MEGHNA], "place": ["Mirsarai"]}),
            ("Tk 1,100 crore", 1, 1.1e10, None, "BDT", "exact", None,
             {"payer": [MEGHNA], "place": ["Mirsarai"], "source": [MEGHNA]}),
            ("$90 million", 0, 90e6, None, "USD", "exact", None,
             {"payer": [MEGHNA], "place": ["Mirsarai"], "source": [MEGHNA]}),
            ("$1.50", 0, 1.5, None, "USD", "exact", "square metre",
             {"payee": [BEZA], "payer_text": "garment makers"}),
            ("Tk 400 crore", 0, 4e9, None, "BDT", "exact", None, {"payer": ["Sonali Bank"]}),
            ("$24.2 billion", 0, 24.2e9, None, "USD", "exact", None,
             {"source": ["Export Promotion Bureau"]}),
        ],
        "quantities": [
            ("40 acres", 0, 40.0, None, "acre", "exact"),
            ("60 kilometres", 0, 60.0, None, "kilometre", "approximate"),
            ("12,000 workers", 0, 12000.0, None, "workers", "exact"),
            ("35%", 0, 35.0, None, "percent", "approximate"),
            ("41 investors", 0, 41.0, None, "investors", "exact"),
            ("9.4%", 0, 9.4, None, "percent", "exact"),
        ],
        "dates": [
            ("Tuesday", 0, "DATE", "2025-08-12", None, day("2025-08-12")),
            ("the second half of 2027", 0, "DATE", "2027-H2", None,
             ("2027-07-01", "2027-12-31")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("2021", 0, "DATE", "2021", "ON_OR_AFTER", year(2021)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("the end of next year", 0, "DATE", "2026", "END", ("2026-09-01", "2026-12-31")),
            ("nine days", 0, "DURATION", "P9D", None, NONE),
            ("last month", 0, "DATE", "2025-07", None, month("2025-07")),
            ("the 12 months", 0, "DURATION", "P12M", None, NONE),
            ("June", 0, "DATE", "2025-06", None, month("2025-06")),
        ],
        "lists": [
            ("What the company is asking for", "other", "neutral", [
                (None, "A gas connection from Titas Gas before the end of next year"),
                (None, "Faster customs clearance at Chattogram, where containers often wait "
                       "nine days"),
                (None, "A loan of Tk 400 crore from state-owned Sonali Bank, which is under "
                       "review"),
            ]),
        ],
    },
    "peru-blueberry-founder-profile": {
        "source": "peru-blueberry-founder-profile.txt",
        "reference_date": "2025-11-16",
        "published": "2025-11-16",
        "boilerplate": "© 2025 Andes Review",
        "not_mentions": [],
        "entities": [
            ("Peru", "GPE", "PE", ["Peru"]),
            ("Lucía Paredes", "PERSON", None, ["Lucía Paredes"]),
            ("Chao", "GPE", None, ["CHAO", "Chao"]),
            (ADN, "ORG", None, [ADN, "Arándano del Norte"]),
            ("María Fernanda Quispe", "PERSON", None,
             ["María Fernanda Quispe", "María Fernanda", "Quispe"]),
            ("Rotterdam", "GPE", None, ["Rotterdam"]),
            ("Ernesto Villanueva", "PERSON", None, ["Ernesto Villanueva"]),
            ("Cajamarca", "GPE", None, ["Cajamarca"]),
            ("Andes", "LOC", None, ["Andes"]),
            ("Universidad Nacional de Trujillo", "ORG", None,
             ["Universidad Nacional de Trujillo"]),
            ("Chile", "GPE", "CL", ["Chile"]),
            ("Chavimochic", "FAC", None, ["Chavimochic"]),
            ("Santa River", "LOC", None, ["Santa River"]),
            ("La Libertad", "GPE", None, ["La Libertad"]),
            ("Virú", "GPE", None, ["Virú"]),
            ("United States", "GPE", "US", ["United States"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("China", "GPE", "CN", ["China"]),
            ("Shanghai", "GPE", None, ["Shanghai"]),
            ("Lambayeque", "GPE", None, ["Lambayeque"]),
            ("Ica", "GPE", None, ["Ica"]),
            ("Canadian", "NORP", None, ["Canadian"]),
            ("Laurentian Retirement Partners", "ORG", None, ["Laurentian Retirement Partners"]),
            ("Banco de Crédito del Perú", "ORG", None, ["Banco de Crédito del Perú", "BCP"]),
            ("Luis Alberto Ramos", "PERSON", None, ["Luis Alberto Ramos", "Luis"]),
            ("Peruvian Blueberry Growers Association", "ORG", None,
             ["Peruvian Blueberry Growers Association"]),
            ("Gonzalo Chirinos", "PERSON", None, ["Gonzalo Chirinos"]),
        ],
        "money": [
            ("$240 million", 0, 240e6, None, "USD", "exact", None, {"payee": [ADN]}),
            ("1.2 billion soles", 0, 1.2e9, None, "PEN", "approximate", None,
             {"holder": [ADN], "source_text": "people familiar with the deal"}),
            ("$320 million", 0, 320e6, None, "USD", "approximate", None,
             {"holder": [ADN], "source_text": "people familiar with the deal"}),
            ("180 million soles", 0, 180e6, None, "PEN", "exact", None,
             {"payee": [ADN], "payer": ["Banco de Crédito del Perú"]}),
        ],
        "quantities": [
            ("15 hectares", 0, 15.0, None, "hectare", "exact"),
            ("2,300 hectares", 0, 2300.0, None, "hectare", "exact"),
            ("4,500 people", 0, 4500.0, None, "people", "approximate"),
            ("38,000 tonnes", 0, 38000.0, None, "tonne", "exact"),
            ("30%", 0, 30.0, None, "percent", "exact"),
            ("100,000 people", 0, 100000.0, None, "people", "more_than"),
        ],
        "dates": [
            ("Sunday 16 November 2025", 0, "DATE", "2025-11-16", None, day("2025-11-16")),
            ("six in the morning", 0, "TIME", "XXXX-XX-XXT06:00", None, NONE),
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("2004", 0, "DATE", "2004", None, year(2004)),
            ("2011", 0, "DATE", "2011", None, year(2011)),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("March", 0, "DATE", "2025-03", None, month("2025-03")),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("now", 1, "DATE", "PRESENT_REF", None, NONE),
            ("a week", 0, "DURATION", "P1W", None, NONE),
            ("eight days", 0, "DURATION", "P8D", None, NONE),
            ("June", 0, "DATE", "2025-06", "ON_OR_BEFORE", month("2025-06")),
        ],
        "lists": [],
    },
    "australia-asx-market-wrap": {
        "source": "australia-asx-market-wrap.json",
        "reference_date": "2025-09-02",
        "published": "2025-09-02",
        "title": "ASX 200 ends higher as lithium miners rally; Pilbara Crest jumps 14%",
        "boilerplate": None,
        "not_mentions": [],
        "entities": [
            ("Chloe Nguyen", "PERSON", None, ["Chloe Nguyen"]),
            ("Sydney", "GPE", None, ["SYDNEY", "Sydney"]),
            ("Australian", "NORP", None, ["Australian"]),
            (RBA, "ORG", None, [RBA, "RBA"]),
            (PILBARA_CREST, "ORG", None, [PILBARA_CREST, "Pilbara Crest"]),
            ("Hanwol Energy Solutions", "ORG", None, ["Hanwol Energy Solutions"]),
            ("South Korea", "GPE", "KR", ["South Korea"]),
            ("Wodgina Hills", "FAC", None, ["Wodgina Hills"]),
            ("Pilbara", "LOC", None, ["Pilbara"]),
            ("Rhys Calloway", "PERSON", None, ["Rhys Calloway", "Calloway"]),
            ("Asia", "LOC", None, ["Asia"]),
            ("Goldfields Ridge Mining", "ORG", None, ["Goldfields Ridge Mining"]),
            ("Kalgoorlie", "GPE", None, ["Kalgoorlie"]),
            (CORAL, "ORG", None, [CORAL, "Coral Coast"]),
            ("Cairns", "GPE", None, ["Cairns"]),
            ("Great Barrier Reef", "LOC", None, ["Great Barrier Reef"]),
            ("China", "GPE", "CN", ["China"]),
            ("Japan", "GPE", "JP", ["Japan"]),
            ("Westpac", "ORG", None, ["Westpac"]),
            ("ANZ", "ORG", None, ["ANZ"]),
            ("Commonwealth Bank of Australia", "ORG", None, ["Commonwealth Bank of Australia"]),
            ("New Zealand", "GPE", "NZ", ["New Zealand"]),
            ("Queenstown", "GPE", None, ["Queenstown"]),
            ("Alpine Haven Hotels", "ORG", None, ["Alpine Haven Hotels"]),
            ("Dana Whitford", "PERSON", None, ["Dana Whitford"]),
            ("Queensland", "GPE", None, ["Queensland"]),
            ("Priya Natarajan", "PERSON", None, ["Priya Natarajan", "Natarajan"]),
            ("Harbourview Capital", "ORG", None, ["Harbourview Capital"]),
            ("Melbourne", "GPE", None, ["Melbourne"]),
            ("Western Australia", "GPE", None, ["Western Australia"]),
            ("Sam Fletcher", "PERSON", None, ["Sam Fletcher"]),
            ("Perth", "GPE", None, ["Perth"]),
        ],
        "money": [
            ("A$1.87", 0, 1.87, None, "AUD", "exact", None, {"holder": [PILBARA_CREST]}),
            ("A$420 million", 0, 420e6, None, "AUD", "exact", None,
             {"payee": [PILBARA_CREST], "payer": ["Hanwol Energy Solutions"]}),
            ("A$5,300", 0, 5300.0, None, "AUD", "exact", "ounce", {}),
            ("A$80 million and A$95 million", 0, 80e6, 95e6, "AUD", "range", None,
             {"holder": [CORAL]}),
            ("NZ$48 million", 0, 48e6, None, "NZD", "exact", None,
             {"payee": [CORAL], "payer": ["Alpine Haven Hotels"]}),
        ],
        "quantities": [
            ("3.6%", 0, 3.6, None, "percent", "exact"),
            ("0.8%", 0, 0.8, None, "percent", "exact"),
            ("8,912.4 points", 0, 8912.4, None, "points", "exact"),
            ("14%", 0, 14.0, None, "percent", "exact"),
            ("6.2%", 0, 6.2, None, "percent", "exact"),
            ("310,000 ounces", 0, 310000.0, None, "ounce", "exact"),
            ("9%", 0, 9.0, None, "percent", "exact"),
            ("0.5% and 1.1%", 0, 0.5, 1.1, "percent", "range"),
        ],
        "dates": [
            ("Sept. 2, 2025", 0, "DATE", "2025-09-02", None, day("2025-09-02")),
            ("Tuesday", 0, "DATE", "2025-09-02", None, day("2025-09-02")),
            ("three weeks", 0, "DURATION", "P3W", None, NONE),
            ("Sept. 30", 0, "DATE", "2025-09-30", None, day("2025-09-30")),
            ("June-quarter", 0, "DATE", "2025-Q2", None, ("2025-04-01", "2025-06-30")),
            ("Wednesday", 0, "DATE", "2025-09-03", None, day("2025-09-03")),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("June", 1, "DATE", "2025-06", "ON_OR_AFTER", month("2025-06")),
            ("Twelve months ago", 0, "DATE", "2024-09", None, month("2024-09")),
            ("a year", 0, "DURATION", "P1Y", None, NONE),
            ("Now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("fiscal 2026", 0, "DATE", "FY2026", None, NONE),
            ("the end of the year", 0, "DATE", "2025", "END", ("2025-09-01", "2025-12-31")),
        ],
        "lists": [
            ("Top movers", "other", "neutral", [
                (None, "Goldfields Ridge Mining rose 6.2% as spot gold hit a record A$5,300 an "
                       "ounce; the Kalgoorlie-based miner said it was on track to produce "
                       "310,000 ounces this year"),
                (None, "Coral Coast Tourism Group fell 9% after it cut its profit forecast for "
                       "fiscal 2026 to between A$80 million and A$95 million, blaming fewer "
                       "visitors to Cairns and the Great Barrier Reef from China and Japan"),
                (None, "Westpac, ANZ and Commonwealth Bank of Australia lost between 0.5% and "
                       "1.1% as bond yields fell"),
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
