"""Round 19-money-roles-14: the annotations, by hand. Offsets come from a plain text search (the
helpers of round 19-money-roles, copied here unchanged from round 19-money-roles-13; never artex);
run python3 build_gold.py from any folder. Standard library only.

The round has .txt articles, a .json record with "text" and one with "html" (the title lives
only in "title"), a Markdown file with front matter and a CMS HTML page; the readers below
(copied unchanged from round 19-money-roles-13) turn the .md and .html files into the text a
reader shows, by the rules of corpus/README.md; read_record sends a .json record with "html"
through the same <article> block reader. Lists are given as (heading, kind, polarity,
[(title, text, nth)]).
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

EU = "European Union"
EC = "European Commission"
SFA = "Seychelles Fishing Authority"
ADE = "Jean-Paul Adeline"
MFBE = "Ministry of Fisheries and Blue Economy"
CBS = "Central Bank of Seychelles"
ILO = "International Labour Organization"
BOW = "Blue Ocean Watch"
MCH = "Marie-Claire Hoareau"
ARPCE = "Regulatory Authority for Post and Electronic Communications"
ATM = "Atlas Mobile"
SAH = "Sahel Telecom"
NUM = "Numidia Connect"
BEA = "Banque Extérieure d\u2019Algérie"
MBR = "Maghreb Business Review"
KEST = "Kestrel Iron Inc"
FLO = "Augustine Flomo"
ICSID = "International Centre for Settlement of Investment Disputes"
CBL = "Central Bank of Liberia"
GBC = "Grand Bassa County"
IMF = "International Monetary Fund"
COPY_LR = "© 2027 Monrovia Business Monitor. All rights reserved."
DRS = "Dahomey Routes SA"
VIA = "Vialis Concessions"
ZIN = "Aurélien Zinsou"
MIT = "Ministry of Infrastructure and Transport"
BOAD = "West African Development Bank"
FSIB = "Fonds Souverain d'Investissements du Bénin"
SINO = "Sinoroute Engineering"
UNTRB = "National Union of Road Hauliers of Benin"
PCRIC = "Pacific Catastrophe Risk Insurance Company"
MOF = "Ministry of Finance"
ADB = "Asian Development Bank"
FIF = "Losaline Fifita"
TSD = "Tonga Statistics Department"
NRBT = "National Reserve Bank of Tonga"
USP = "University of the South Pacific"
LAH = "Lahyr Air"
ORA = "Myrat Orazov"
EXIM = "Export-Import Bank of the United States"
SBFEA = "State Bank for Foreign Economic Affairs"
MOFE = "Ministry of Finance and Economy"
CAL = "Caspian Aircraft Leasing"
AIA = "Ashgabat International Airport"
BLFC = "Banjul Lions FC"
HAS = "Sporting Hasselt"
CEE = "Lamin Ceesay"
SOWE = "Ebrima Sowe"
GFF = "Gambia Football Federation"
BFA = "Brikama Football Academy"
ABOUT_GM = ("Banjul Lions FC was founded in 1994 and plays in the GFF First Division. The club has "
            "won the national league four times and runs a youth academy in Bakau. Media contact: "
            "Awa Touray, +220 772 4410, media@banjullions.gm")


def end_of_year(y: int) -> tuple[str, str]:
    return f"{y}-09-01", f"{y}-12-31"


def half(y: int, h: int) -> tuple[str, str]:
    return (f"{y}-01-01", f"{y}-06-30") if h == 1 else (f"{y}-07-01", f"{y}-12-31")


ARTICLES = {
    "seychelles-eu-fisheries-deal.txt": {
        "reference_date": "2027-02-09",
        "not_mentions": [],
        "entities": [
            (EU, "ORG", None, ["EU", EU]),
            ("Seychelles", "GPE", "SC", ["Seychelles"]),
            (MCH, "PERSON", None, [MCH]),
            ("Victoria", "GPE", None, ["VICTORIA", "Victoria"]),
            ("AFP", "ORG", None, ["AFP"]),
            ("European", "NORP", None, ["European"]),
            ("Spain", "GPE", "ES", ["Spain"]),
            ("France", "GPE", "FR", ["France"]),
            ("Italy", "GPE", "IT", ["Italy"]),
            ("Portugal", "GPE", "PT", ["Portugal"]),
            ("Indian Ocean", "LOC", None, ["Indian Ocean"]),
            (EC, "ORG", None, [EC, "Commission"]),
            (SFA, "ORG", None, [SFA, "SFA"]),
            (ADE, "PERSON", None, [ADE, "Adeline"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Providence", "GPE", None, ["Providence"]),
            ("Mahé", "LOC", None, ["Mahé"]),
            (MFBE, "ORG", None, [MFBE]),
            (CBS, "ORG", None, [CBS]),
            ("Taiwanese", "NORP", None, ["Taiwanese"]),
            ("Amirantes", "LOC", None, ["Amirantes"]),
            ("Sri Lankan", "NORP", None, ["Sri Lankan"]),
            ("Seychellois", "NORP", None, ["Seychellois"]),
            (ILO, "ORG", None, [ILO]),
            (BOW, "ORG", None, [BOW]),
            ("Nadia Labiche", "PERSON", None, ["Nadia Labiche"]),
            ("Port Victoria", "FAC", None, ["Port Victoria"]),
            ("Rassin Vannier", "PERSON", None, ["Rassin Vannier"]),
            ("Lucas Ferrand", "PERSON", None, ["Lucas Ferrand"]),
            ("Brussels", "GPE", None, ["Brussels"]),
            ("Tom Ashworth", "PERSON", None, ["Tom Ashworth"]),
        ],
        "money": [
            ("€58 Million", 0, 58e6, None, "EUR", "exact", None,
             {"payer": [EU], "payee": ["Seychelles"]}),
            ("€58 million", 0, 58e6, None, "EUR", "exact", None,
             {"payer": [EU], "payee": ["Seychelles"], "source": [EU, "Seychelles"]}),
            ("€5.3 million", 0, 5.3e6, None, "EUR", "exact", None,
             {"payer": [EU], "payee": ["Seychelles"], "source": [EC]}),
            ("€4.4 million", 0, 4.4e6, None, "EUR", "exact", "year",
             {"payer": [EU], "payee": ["Seychelles"], "source": [EC]}),
            ("€85", 0, 85.0, None, "EUR", "exact", "tonne",
             {"payer_text": "Shipowners", "payee": [SFA], "source": [SFA]}),
            ("€70", 0, 70.0, None, "EUR", "exact", None,
             {"payer_text": "Shipowners", "payee": [SFA], "source": [SFA]}),
            ("€30,000", 0, 30000.0, None, "EUR", "exact", "year",
             {"payer_text": "Each purse seiner"}),
            ("SCR 1.2 billion", 0, 1.2e9, None, "SCR", "approximate", None,
             {"payee": ["Seychelles"], "source": [ADE]}),
            ("$83 million", 0, 83e6, None, "USD", "approximate", None,
             {"payee": ["Seychelles"], "source": [ADE]}),
            ("SCR 95 million", 0, 95e6, None, "SCR", "exact", None,
             {"payer_text": "The government", "place": ["Providence", "Mahé"],
              "source": [MFBE]}),
            ("SCR 5.8 billion", 0, 5.8e9, None, "SCR", "exact", None,
             {"payee": ["Seychelles"], "source": [CBS]}),
            ("SCR 12 million", 0, 12e6, None, "SCR", "exact", None,
             {"payer_text": "the owners of a Taiwanese-flagged longliner", "payee": [SFA]}),
            ("SCR 4.5 million", 0, 4.5e6, None, "SCR", "exact", None,
             {"payer_text": "a Sri Lankan-owned vessel"}),
            ("€500,000", 0, 500000.0, None, "EUR", "at_most", "offence", {"source": [EC]}),
            ("$658", 0, 658.0, None, "USD", "at_least", "month",
             {"payee_text": "Seychellois crew members on EU vessels",
              "source_text": "the agreement"}),
            ("€400 million", 0, 400e6, None, "EUR", "more_than", "year",
             {"holder_text": "the EU fleet's catch in Seychelles waters", "source": [BOW]}),
        ],
        "quantities": [
            ("40 purse seiners", 0, 40.0, None, "purse seiners", "exact"),
            ("12 longliners", 0, 12.0, None, "longliners", "exact"),
            ("1.37 million square kilometres", 0, 1.37e6, None, "square kilometre",
             "approximate"),
            ("50,000 tonnes", 0, 50000.0, None, "tonne", "exact"),
            ("300 young fishers", 0, 300.0, None, "fishers", "exact"),
            ("2 local seamen", 0, 2.0, None, "seamen", "at_least"),
            ("2%", 0, 2.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("Feb 9", 0, "DATE", "2027-02-09", None, day("2027-02-09")),
            ("six years", 0, "DURATION", "P6Y", None, NONE),
            ("Tuesday", 0, "DATE", "2027-02-09", None, day("2027-02-09")),
            ("2020", 0, "DATE", "2020", None, year(2020)),
            ("January", 0, "DATE", "2027-01", None, month("2027-01")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("a year", 2, "SET", "P1Y", None, NONE),
            ("last year", 0, "DATE", "2026", None, year(2026)),
            ("Last year", 0, "DATE", "2026", None, year(2026)),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("a year", 3, "SET", "P1Y", None, NONE),
            ("2028", 0, "DATE", "2028", None, year(2028)),
            ("Feb 8", 0, "DATE", "2027-02-08", None, day("2027-02-08")),
        ],
        "lists": [],
    },
    "algeria-5g-spectrum-auction.html": {
        "reference_date": "2027-03-16",
        "not_mentions": [],
        "entities": [
            ("Algeria", "GPE", "DZ", ["Algeria"]),
            ("Amina Belkacem", "PERSON", None, ["Amina Belkacem"]),
            ("Algiers", "GPE", None, ["Algiers", "ALGIERS"]),
            (MBR, "ORG", None, [MBR]),
            ("Yacine Mansouri", "PERSON", None, ["Yacine Mansouri"]),
            (ARPCE, "ORG", None, [ARPCE, "ARPCE"]),
            (ATM, "ORG", None, [ATM]),
            (SAH, "ORG", None, [SAH]),
            (NUM, "ORG", None, [NUM]),
            ("Finance Ministry", "ORG", None, ["Finance Ministry"]),
            ("Karim Zerrouki", "PERSON", None, ["Karim Zerrouki"]),
            ("Samira Ouali", "PERSON", None, ["Samira Ouali", "Ouali"]),
            ("Oran", "GPE", None, ["Oran"]),
            ("Constantine", "GPE", None, ["Constantine"]),
            (BEA, "ORG", None, [BEA, "BEA"]),
            ("Nadir Hamidi", "PERSON", None, ["Nadir Hamidi"]),
            ("Emirati", "NORP", None, ["Emirati"]),
            ("Gulf Horizon Capital", "ORG", None, ["Gulf Horizon Capital"]),
            ("Fitch Solutions", "ORG", None, ["Fitch Solutions"]),
            ("Algerians", "NORP", None, ["Algerians"]),
        ],
        "money": [
            ("DA 98 Billion", 0, 98e9, None, "DZD", "exact", None, {"payee": ["Algeria"]}),
            ("DA 98 billion", 0, 98e9, None, "DZD", "exact", None,
             {"payee": ["Algeria"], "source": [ARPCE]}),
            ("$728 million", 0, 728e6, None, "USD", "exact", None,
             {"payee": ["Algeria"], "source": [ARPCE]}),
            ("DA 60 billion", 0, 60e9, None, "DZD", "exact", None,
             {"holder_text": "the six blocks on offer", "source": [ARPCE]}),
            ("DA 41 billion", 0, 41e9, None, "DZD", "exact", None,
             {"payer": [ATM], "holder_text": "three blocks in the 3.5 GHz band",
              "source": [ARPCE]}),
            ("DA 33 billion", 0, 33e9, None, "DZD", "exact", None,
             {"payer": [SAH], "holder_text": "two blocks", "source": [ARPCE]}),
            ("DA 24 billion", 0, 24e9, None, "DZD", "exact", None,
             {"payer": [NUM], "holder_text": "the sixth block", "source": [ARPCE]}),
            ("DA 39 billion", 0, 39e9, None, "DZD", "approximate", None,
             {"payer_text": "The winners", "payee_text": "the state treasury",
              "source": ["Karim Zerrouki"]}),
            ("DA 750 million", 0, 750e6, None, "DZD", "exact", "block",
             {"payer_text": "Winners", "payee": [ARPCE]}),
            ("120 billion dinars", 0, 120e9, None, "DZD", "exact", None,
             {"payer": [ATM], "place": ["Algiers", "Oran", "Constantine"], "source": [ATM]}),
            ("DA 50 billion", 0, 50e9, None, "DZD", "exact", None,
             {"payer": [BEA], "payee": [ATM], "source": ["Nadir Hamidi"]}),
            ("DA 18.6 billion", 0, 18.6e9, None, "DZD", "exact", None,
             {"holder": [SAH], "source": [SAH]}),
            ("DA 142 billion", 0, 142e9, None, "DZD", "exact", None,
             {"holder": [SAH], "source": [SAH]}),
            ("DA 30 billion", 0, 30e9, None, "DZD", "exact", None,
             {"payer_text": "its shareholders", "payee": [NUM], "source": [NUM]}),
            ("$1.5 billion and $2 billion", 0, 1.5e9, 2e9, "USD", "range", None,
             {"payer_text": "the three operators", "source": ["Fitch Solutions"]}),
            ("DA 1,000", 0, 1000.0, None, "DZD", "approximate", "month",
             {"payer_text": "Subscribers"}),
            ("DA 2,500", 0, 2500.0, None, "DZD", "exact", "month",
             {"holder_text": "entry-level 5G plans"}),
        ],
        "quantities": [
            ("3.5 GHz", 0, 3.5, None, "gigahertz", "exact"),
            ("40%", 0, 40.0, None, "percent", "exact"),
            ("2,500 base stations", 0, 2500.0, None, "base stations", "exact"),
            ("5.25%", 0, 5.25, None, "percent", "exact"),
            ("600 sites", 0, 600.0, None, "sites", "exact"),
            ("21 million subscribers", 0, 21e6, None, "subscribers", "approximate"),
            ("16 million", 0, 16e6, None, "subscribers", "approximate"),
            ("2 million", 0, 2e6, None, "subscribers", "less_than"),
            ("26 GHz", 0, 26.0, None, "gigahertz", "exact"),
            ("20 gigabytes", 0, 20.0, None, "gigabyte", "exact"),
            ("45%", 0, 45.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("March 2", 0, "DATE", "2027-03-02", None, day("2027-03-02")),
            ("Monday", 0, "DATE", "2027-03-15", None, day("2027-03-15")),
            ("this year", 0, "DATE", "2027", None, year(2027)),
            ("each year", 0, "SET", "P1Y", None, NONE),
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("last year", 0, "DATE", "2026", None, year(2026)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", "ON_OR_AFTER", year(2024)),
            ("the first half of 2028", 0, "DATE", "2028-H1", None, half(2028, 1)),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("a month", 1, "SET", "P1M", None, NONE),
            ("the first two years", 0, "DURATION", "P2Y", None, NONE),
            ("the end of 2026", 0, "DATE", "2026", "END", end_of_year(2026)),
        ],
        "lists": [],
    },
    "liberia-iron-ore-settlement.md": {
        "reference_date": "2027-01-26",
        "not_mentions": [COPY_LR],
        "entities": [
            (KEST, "ORG", None, ["Kestrel Iron", KEST, "Kestrel"]),
            ("Liberia", "GPE", "LR", ["Liberia"]),
            ("Josephine Kollie", "PERSON", None, ["Josephine Kollie"]),
            ("Monrovia", "GPE", None, ["Monrovia", "MONROVIA"]),
            ("Indian", "NORP", None, ["Indian"]),
            ("Mount Kpeh", "FAC", None, ["Mount Kpeh"]),
            (FLO, "PERSON", None, [FLO, "Flomo"]),
            (ICSID, "ORG", None, [ICSID, "ICSID"]),
            (CBL, "ORG", None, [CBL]),
            (GBC, "GPE", None, [GBC]),
            ("Comfort Wleh", "PERSON", None, ["Comfort Wleh"]),
            ("Kpeh Citizens Forum", "ORG", None, ["Kpeh Citizens Forum"]),
            (IMF, "ORG", None, [IMF]),
            ("Buchanan", "GPE", None, ["Buchanan"]),
        ],
        "money": [
            ("$310 Million", 0, 310e6, None, "USD", "exact", None,
             {"payer": [KEST], "payee": ["Liberia"]}),
            ("$310 million", 0, 310e6, None, "USD", "exact", None,
             {"payer": [KEST], "payee": ["Liberia"], "source": [FLO]}),
            ("$412 million", 0, 412e6, None, "USD", "exact", None,
             {"payer": [KEST], "payee": ["Liberia"]}),
            ("$268 million", 0, 268e6, None, "USD", "exact", None,
             {"payer": [KEST], "payee": ["Liberia"]}),
            ("$96 million", 0, 96e6, None, "USD", "exact", None,
             {"payer": [KEST], "payee": ["Liberia"]}),
            ("$1.1 billion", 0, 1.1e9, None, "USD", "exact", None, {"source": [KEST]}),
            ("$120 million", 0, 120e6, None, "USD", "exact", None,
             {"payer": [KEST], "source_text": "the settlement agreement"}),
            ("$63 million", 0, 63e6, None, "USD", "approximate", None,
             {"payer": [KEST], "source_text": "the settlement agreement"}),
            ("$20 million", 0, 20e6, None, "USD", "approximate", None,
             {"payer": [KEST], "source": [CBL]}),
            ("L$3.9 billion", 0, 3.9e9, None, "LRD", "approximate", None,
             {"payer": [KEST], "source": [CBL]}),
            ("$1.06 billion", 0, 1.06e9, None, "USD", "exact", None,
             {"holder_text": "the government"}),
            ("$5 million", 0, 5e6, None, "USD", "exact", "year",
             {"payer": [KEST], "payee_text": "a community development fund",
              "place": ["Mount Kpeh", GBC], "source": [FLO]}),
            ("$1.5 million", 0, 1.5e6, None, "USD", "exact", None,
             {"payer": [KEST], "payee_text": "a community development fund",
              "place": ["Mount Kpeh", GBC], "source": [FLO]}),
            ("$9 million", 0, 9e6, None, "USD", "exact", None,
             {"payee_text": "the old fund", "source_text": "Community leaders"}),
            ("$85", 0, 85.0, None, "USD", "less_than", "tonne",
             {"holder_text": "the iron-ore price"}),
            ("$1.8 billion", 0, 1.8e9, None, "USD", "approximate", None,
             {"holder": ["Liberia"], "source": [IMF]}),
        ],
        "quantities": [
            ("3.5%", 0, 3.5, None, "percent", "exact"),
            ("14 towns", 0, 14.0, None, "towns", "exact"),
            ("8%", 0, 8.0, None, "percent", "exact"),
            ("4.2 million tonnes", 0, 4.2e6, None, "tonne", "exact"),
            ("6 million tonnes", 0, 6e6, None, "tonne", "exact"),
        ],
        "dates": [
            ("Monday", 0, "DATE", "2027-01-25", None, day("2027-01-25")),
            ("September", 0, "DATE", "2026-09", None, month("2026-09", "30")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("five more years", 0, "DURATION", "P5Y", None, NONE),
            ("30 days", 0, "DURATION", "P30D", None, NONE),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("2028", 0, "DATE", "2028", None, year(2028)),
            ("2029", 0, "DATE", "2029", None, year(2029)),
            ("2027", 1, "DATE", "2027", None, year(2027)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2011", 0, "DATE", "2011", None, year(2011)),
            ("2015", 0, "DATE", "2015", "ON_OR_AFTER", year(2015)),
            ("six months", 0, "DURATION", "P6M", None, NONE),
            ("last year", 0, "DATE", "2026", None, year(2026)),
            ("last year", 1, "DATE", "2026", None, year(2026)),
            ("2029", 1, "DATE", "2029", "ON_OR_BEFORE", year(2029)),
        ],
        "lists": [
            ("Risks for the treasury", "risks", "con", [
                ("Ore prices", "Kestrel can delay the last two tranches if the iron-ore price "
                 "falls below $85 a tonne for more than six months.", 0),
                ("Currency", "The Liberian-dollar portion exposes the budget to exchange-rate "
                 "swings; the currency lost 8% against the US dollar last year.", 0),
                ("Debt", "Liberia owes external creditors about $1.8 billion, according to the "
                 "International Monetary Fund, and the first tranche is already earmarked for "
                 "arrears.", 0),
            ]),
        ],
    },
    "benin-toll-road-concession.json": {
        "reference_date": "2026-06-03",
        "not_mentions": [],
        "entities": [
            ("Rodrigue Houngbédji", "PERSON", None, ["Rodrigue Houngbédji"]),
            ("Cotonou", "GPE", None, ["COTONOU", "Cotonou"]),
            ("Benin", "GPE", "BJ", ["Benin"]),
            ("Parakou", "GPE", None, ["Parakou"]),
            (DRS, "ORG", None, [DRS, "Dahomey Routes"]),
            ("French", "NORP", None, ["French"]),
            (VIA, "ORG", None, [VIA]),
            ("Moroccan", "NORP", None, ["Moroccan"]),
            ("Atlas BTP", "ORG", None, ["Atlas BTP"]),
            (ZIN, "PERSON", None, [ZIN, "Zinsou"]),
            (MIT, "ORG", None, [MIT]),
            (BOAD, "ORG", None, [BOAD, "BOAD"]),
            ("Afreximbank", "ORG", None, ["Afreximbank"]),
            (FSIB, "ORG", None, [FSIB, "FSIB"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            ("Chinese", "NORP", None, ["Chinese"]),
            (SINO, "ORG", None, [SINO]),
            ("Bohicon", "GPE", None, ["Bohicon"]),
            (UNTRB, "ORG", None, [UNTRB, "UNTRB"]),
            ("Zacharie Agossou", "PERSON", None, ["Zacharie Agossou"]),
            ("Niger", "GPE", "NE", ["Niger"]),
            ("Port of Cotonou", "FAC", None, ["Port of Cotonou"]),
            ("Burkina Faso", "GPE", "BF", ["Burkina Faso"]),
            ("Nigeria", "GPE", "NG", ["Nigeria"]),
        ],
        "money": [
            ("45 billion CFA francs", 0, 45e9, None, "XOF", "exact", None,
             {"payer": [DRS], "payee_text": "the state", "source": [ZIN]}),
            ("€68.6 million", 0, 68.6e6, None, "EUR", "exact", None,
             {"payer": [DRS], "payee_text": "the state", "source": [ZIN]}),
            ("620 billion CFA francs", 0, 620e9, None, "XOF", "approximate", None,
             {"holder_text": "The project", "source": [MIT]}),
            ("€945 million", 0, 945e6, None, "EUR", "approximate", None,
             {"holder_text": "The project", "source": [MIT]}),
            ("FCFA 410 billion", 0, 410e9, None, "XOF", "exact", None,
             {"payer": [BOAD, "Afreximbank"], "payer_text": "four local banks",
              "payee": [DRS]}),
            ("FCFA 120 billion", 0, 120e9, None, "XOF", "exact", None,
             {"payer": [VIA, "Atlas BTP"]}),
            ("FCFA 30 billion", 0, 30e9, None, "XOF", "exact", None,
             {"payer": [FSIB], "holder": [DRS], "source": [ZIN]}),
            ("€150 million", 0, 150e6, None, "EUR", "at_most", None,
             {"payer": ["World Bank"], "payee_text": "the lenders"}),
            ("FCFA 480 billion", 0, 480e9, None, "XOF", "exact", None,
             {"payer": [DRS], "payee": [SINO]}),
            ("FCFA 18,500", 0, 18500.0, None, "XOF", "exact", None,
             {"payer_text": "hauliers", "payee": [DRS], "source": [MIT]}),
            ("FCFA 4,000", 0, 4000.0, None, "XOF", "exact", None,
             {"payer_text": "private car drivers", "payee": [DRS], "source": [MIT]}),
            ("FCFA 38 billion and FCFA 45 billion", 0, 38e9, 45e9, "XOF", "range", "year",
             {"holder": [DRS], "source": [DRS]}),
            ("FCFA 9 billion", 0, 9e9, None, "XOF", "at_most", "year",
             {"payer_text": "the state", "payee": [DRS], "source_text": "the contract"}),
            ("FCFA 240,000", 0, 240000.0, None, "XOF", "approximate", "month",
             {"holder_text": "each of its members", "source": [UNTRB]}),
        ],
        "quantities": [
            ("410-kilometre", 0, 410.0, None, "kilometre", "exact"),
            ("3%", 0, 3.0, None, "percent", "exact"),
            ("20%", 0, 20.0, None, "percent", "exact"),
            ("160 kilometres", 0, 160.0, None, "kilometre", "exact"),
            ("40-tonne", 0, 40.0, None, "tonne", "exact"),
            ("6,500 vehicles", 0, 6500.0, None, "vehicles", "less_than"),
            ("70%", 0, 70.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("3 June 2026", 0, "DATE", "2026-06-03", None, day("2026-06-03")),
            ("25-year", 0, "DURATION", "P25Y", None, NONE),
            ("Tuesday", 0, "DATE", "2026-06-02", None, day("2026-06-02")),
            ("each year", 0, "SET", "P1Y", None, NONE),
            ("18 years", 0, "DURATION", "P18Y", None, NONE),
            ("September", 0, "DATE", "2026-09", None, month("2026-09", "30")),
            ("the end of 2028", 0, "DATE", "2028", "END", end_of_year(2028)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("a week", 0, "SET", "P1W", None, NONE),
        ],
        "lists": [],
    },
    "tonga-cyclone-insurance-payout.json": {
        "reference_date": "2027-02-26",
        "not_mentions": [],
        "entities": [
            ("Sione Tupou", "PERSON", None, ["Sione Tupou"]),
            ("Pacific", "LOC", None, ["Pacific"]),
            ("Nuku'alofa", "GPE", None, ["NUKU'ALOFA"]),
            ("Tonga", "GPE", "TO", ["Tonga"]),
            (PCRIC, "ORG", None, [PCRIC, "PCRIC"]),
            ("Cyclone Mele", "EVENT", None, ["Cyclone Mele"]),
            ("Ha'apai", "LOC", None, ["Ha'apai"]),
            ("Vava'u", "LOC", None, ["Vava'u"]),
            (MOF, "ORG", None, [MOF]),
            ("Australia", "GPE", "AU", ["Australia"]),
            ("New Zealand", "GPE", "NZ", ["New Zealand"]),
            (ADB, "ORG", None, [ADB]),
            (FIF, "PERSON", None, [FIF, "Fifita"]),
            ("London", "GPE", None, ["London"]),
            ("Zurich", "GPE", None, ["Zurich"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            ("Neiafu", "GPE", None, ["Neiafu"]),
            ("Cyclone Ian", "EVENT", None, ["Cyclone Ian"]),
            ("Cyclone Gita", "EVENT", None, ["Cyclone Gita"]),
            ("Pangai", "GPE", None, ["Pangai"]),
            (TSD, "ORG", None, [TSD]),
            ("Tongans", "NORP", None, ["Tongans"]),
            ("United States", "GPE", "US", ["United States"]),
            (NRBT, "ORG", None, [NRBT]),
            ("Ana Taufa", "PERSON", None, ["Ana Taufa"]),
            (USP, "ORG", None, [USP]),
            ("Suva", "GPE", None, ["Suva"]),
        ],
        "money": [
            ("US$9.6 million", 0, 9.6e6, None, "USD", "exact", None,
             {"payer": [PCRIC], "payee": ["Tonga"], "source": [MOF]}),
            ("T$22.5 million", 0, 22.5e6, None, "TOP", "exact", None,
             {"payer": [PCRIC], "payee": ["Tonga"], "source": [MOF]}),
            ("US$30 million", 0, 30e6, None, "USD", "more_than", None,
             {"source_text": "the insurer's model"}),
            ("US$1.1 million", 0, 1.1e6, None, "USD", "exact", None,
             {"payer_text": "Donors", "payee": [PCRIC], "holder": ["Tonga"]}),
            ("US$40 million", 0, 40e6, None, "USD", "more_than", None,
             {"payer": [PCRIC], "payee_text": "Pacific members"}),
            ("T$6 million", 0, 6e6, None, "TOP", "exact", None,
             {"payer_text": "The government",
              "payee_text": "12,000 households in Ha'apai and Vava'u",
              "place": ["Ha'apai", "Vava'u"], "source": [FIF]}),
            ("T$500", 0, 500.0, None, "TOP", "exact", None,
             {"payer_text": "The government",
              "payee_text": "12,000 households in Ha'apai and Vava'u",
              "place": ["Ha'apai", "Vava'u"], "source": [FIF]}),
            ("US$25 million", 0, 25e6, None, "USD", "exact", None,
             {"payer": ["World Bank"], "payee": ["Tonga"]}),
            ("US$8 million", 0, 8e6, None, "USD", "exact", None,
             {"payer": ["World Bank"], "payee": ["Tonga"], "place": ["Neiafu"]}),
            ("US$5 million", 0, 5e6, None, "USD", "exact", None,
             {"payer": [ADB], "source": [ADB]}),
            ("US$6 million", 0, 6e6, None, "USD", "exact", None, {"payer": ["Australia"]}),
            ("US$3.5 million", 0, 3.5e6, None, "USD", "exact", None,
             {"payer": ["New Zealand"], "source_text": "its foreign ministry"}),
            ("T$280 million", 0, 280e6, None, "TOP", "exact", None,
             {"holder_text": "the damage", "source": [TSD]}),
            ("US$119 million", 0, 119e6, None, "USD", "exact", None,
             {"holder_text": "the damage", "source": [TSD]}),
            ("T$450 million", 0, 450e6, None, "TOP", "approximate", "year",
             {"payer_text": "Tongans in Australia, New Zealand and the United States",
              "source": [NRBT]}),
        ],
        "quantities": [
            ("60%", 0, 60.0, None, "percent", "approximate"),
            ("12,000 households", 0, 12000.0, None, "households", "approximate"),
            ("1,800 homes", 0, 1800.0, None, "homes", "approximate"),
            ("40%", 0, 40.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Friday", 0, "DATE", "2027-02-26", None, day("2027-02-26")),
            ("eight days", 0, "DURATION", "P8D", None, NONE),
            ("Feb 14", 0, "DATE", "2027-02-14", None, day("2027-02-14")),
            ("two weeks", 0, "DURATION", "P2W", None, NONE),
            ("Thursday", 0, "DATE", "2027-02-25", None, day("2027-02-25")),
            ("2016", 0, "DATE", "2016", "ON_OR_AFTER", year(2016)),
            ("next week", 0, "DATE", "2027-W09", None, ("2027-03-01", "2027-03-07")),
            ("Thursday", 1, "DATE", "2027-02-25", None, day("2027-02-25")),
            ("Monday", 0, "DATE", "2027-02-22", None, day("2027-02-22")),
            ("2013", 0, "DATE", "2013", None, year(2013)),
            ("2014", 0, "DATE", "2014", None, year(2014)),
            ("2018", 0, "DATE", "2018", None, year(2018)),
            ("Friday", 1, "DATE", "2027-02-26", None, day("2027-02-26")),
            ("a year", 0, "SET", "P1Y", None, NONE),
        ],
        "lists": [],
    },
    "turkmenistan-airline-aircraft-deal.txt": {
        "reference_date": "2026-10-20",
        "not_mentions": [],
        "entities": [
            ("Turkmen", "NORP", None, ["Turkmen"]),
            (LAH, "ORG", None, [LAH]),
            ("Boeing", "ORG", None, ["Boeing"]),
            ("Airbus", "ORG", None, ["Airbus"]),
            ("Aydogdy Annayev", "PERSON", None, ["Aydogdy Annayev"]),
            ("Kerstin Vogel", "PERSON", None, ["Kerstin Vogel"]),
            ("Ashgabat", "GPE", None, ["ASHGABAT", "Ashgabat"]),
            ("Turkmenistan", "GPE", "TM", ["Turkmenistan"]),
            ("Boeing 787-9", "PRODUCT", None, ["Boeing 787-9"]),
            (ORA, "PERSON", None, [ORA, "Orazov"]),
            ("London", "GPE", None, ["London"]),
            ("Kuala Lumpur", "GPE", None, ["Kuala Lumpur"]),
            (EXIM, "ORG", None, [EXIM, "EXIM"]),
            (SBFEA, "ORG", None, [SBFEA]),
            (MOFE, "ORG", None, [MOFE]),
            ("Seattle", "GPE", None, ["Seattle"]),
            ("Airbus A321neo", "PRODUCT", None, ["Airbus A321neo"]),
            ("Dubai", "GPE", None, ["Dubai"]),
            (CAL, "ORG", None, [CAL]),
            ("Istanbul", "GPE", None, ["Istanbul"]),
            ("Moscow", "GPE", None, ["Moscow"]),
            (AIA, "FAC", None, [AIA]),
            ("Ralf Diekmann", "PERSON", None, ["Ralf Diekmann"]),
            ("Frankfurt", "GPE", None, ["Frankfurt"]),
            ("AeroStrat", "ORG", None, ["AeroStrat"]),
            ("Paul Mercer", "PERSON", None, ["Paul Mercer"]),
        ],
        "money": [
            ("$1.17 billion", 0, 1.17e9, None, "USD", "exact", None,
             {"payer": [LAH], "payee": ["Boeing"], "source": [LAH]}),
            ("$560 million", 0, 560e6, None, "USD", "approximate", None,
             {"payer": [LAH], "source_text": "Industry analysts"}),
            ("$35 million", 0, 35e6, None, "USD", "exact", None,
             {"payer": [LAH], "payee": ["Boeing"], "source": [ORA]}),
            ("$480 million", 0, 480e6, None, "USD", "exact", None,
             {"payer": [EXIM], "payee": [SBFEA], "source": [EXIM]}),
            ("TMT 280 million", 0, 280e6, None, "TMT", "exact", None,
             {"payer_text": "The state budget", "source": [MOFE]}),
            ("$80 million", 0, 80e6, None, "USD", "exact", None,
             {"payer_text": "The state budget", "source": [MOFE]}),
            ("$4 million", 0, 4e6, None, "USD", "approximate", None,
             {"payer": ["Boeing"], "place": ["Seattle"], "source": ["Boeing"]}),
            ("$390,000", 0, 390000.0, None, "USD", "approximate", "month",
             {"payer": [LAH], "payee": [CAL],
              "source_text": "a person familiar with the deal"}),
            ("$75 million", 0, 75e6, None, "USD", "approximate", None,
             {"holder_text": "The leases", "source_text": "the person"}),
            ("$2.3 million", 0, 2.3e6, None, "USD", "approximate", None,
             {"payer": [LAH], "payee": [CAL]}),
            ("1.9 billion manats", 0, 1.9e9, None, "TMT", "exact", None,
             {"holder": [LAH], "source": [LAH]}),
            ("1.6 billion manats", 0, 1.6e9, None, "TMT", "exact", None,
             {"holder": [LAH], "source": [LAH]}),
            ("$2.3 billion", 0, 2.3e9, None, "USD", "exact", None, {"holder": [AIA]}),
            ("$450 and $600", 0, 450.0, 600.0, "USD", "range", None,
             {"holder_text": "a one-way economy ticket", "source": [ORA]}),
        ],
        "quantities": [
            ("50%", 0, 50.0, None, "percent", "approximate"),
            ("60 pilots", 0, 60.0, None, "pilots", "exact"),
            ("2.1 million passengers", 0, 2.1e6, None, "passengers", "exact"),
            ("17 million passengers", 0, 17e6, None, "passengers", "exact"),
            ("290 seats", 0, 290.0, None, "seats", "exact"),
        ],
        "dates": [
            ("Oct 20", 0, "DATE", "2026-10-20", None, day("2026-10-20")),
            ("Tuesday", 0, "DATE", "2026-10-20", None, day("2026-10-20")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("2029", 0, "DATE", "2029", None, year(2029)),
            ("2031", 0, "DATE", "2031", None, year(2031)),
            ("12 years", 0, "DURATION", "P12Y", None, NONE),
            ("eight years", 0, "DURATION", "P8Y", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("three months", 0, "DURATION", "P3M", None, NONE),
            ("March", 0, "DATE", "2027-03", None, month("2027-03")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2016", 0, "DATE", "2016", None, year(2016)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("every day", 0, "SET", "P1D", None, NONE),
        ],
        "lists": [],
    },
    "gambia-football-transfer.txt": {
        "reference_date": "2026-04-14",
        "not_mentions": ["About Banjul Lions FC", ABOUT_GM],
        "entities": [
            (BLFC, "ORG", None, ["Banjul Lions", BLFC, "Lions"]),
            (CEE, "PERSON", None, [CEE, "Ceesay", "Lamin"]),
            (HAS, "ORG", None, [HAS]),
            ("Banjul", "GPE", None, ["Banjul"]),
            ("Belgian", "NORP", None, ["Belgian"]),
            ("Gambia", "GPE", "GM", ["Gambia"]),
            ("Belgium", "GPE", "BE", ["Belgium"]),
            ("Gambian", "NORP", None, ["Gambian"]),
            ("Europe", "LOC", None, ["Europe"]),
            (SOWE, "PERSON", None, [SOWE, "Sowe"]),
            ("Modou Jallow", "PERSON", None, ["Modou Jallow"]),
            ("Kankurang Sports Management", "ORG", None, ["Kankurang Sports Management"]),
            ("FIFA", "ORG", None, ["FIFA"]),
            (BFA, "ORG", None, [BFA]),
            ("Fatou Njie", "PERSON", None, ["Fatou Njie"]),
            (GFF, "ORG", None, [GFF, "GFF"]),
            ("Bakau", "GPE", None, ["Bakau"]),
            ("West African", "NORP", None, ["West African"]),
            ("Pieter Claes", "PERSON", None, ["Pieter Claes"]),
            ("European", "NORP", None, ["European"]),
        ],
        "money": [
            ("€2.4 Million", 0, 2.4e6, None, "EUR", "exact", None,
             {"payer": [HAS], "payee": [BLFC]}),
            ("€2.4 million", 0, 2.4e6, None, "EUR", "exact", None,
             {"payer": [HAS], "payee": [BLFC], "source": [BLFC]}),
            ("D190 million", 0, 190e6, None, "GMD", "approximate", None,
             {"payer": [HAS], "payee": [BLFC], "source": [BLFC]}),
            ("€600,000", 0, 600000.0, None, "EUR", "at_most", None, {"payee": [BLFC]}),
            ("€10 million", 0, 10e6, None, "EUR", "exact", None, {"payee": [HAS]}),
            ("€1.5 million", 0, 1.5e6, None, "EUR", "exact", None, {"payee": [BLFC]}),
            ("€12,000", 0, 12000.0, None, "EUR", "approximate", "month",
             {"payer": [HAS], "payee": [CEE]}),
            ("D15,000", 0, 15000.0, None, "GMD", "exact", "month",
             {"payer": [BLFC], "payee": [CEE]}),
            ("€240,000", 0, 240000.0, None, "EUR", "exact", None,
             {"payer": [HAS], "payee": ["Modou Jallow"]}),
            ("€120,000", 0, 120000.0, None, "EUR", "exact", None,
             {"payee_text": "the clubs that trained Ceesay as a youth"}),
            ("€30,000", 0, 30000.0, None, "EUR", "approximate", None,
             {"payee": [BFA], "source": [BLFC]}),
            ("D3.8 million", 0, 3.8e6, None, "GMD", "approximate", None, {"payee": [GFF]}),
            ("€9 million", 0, 9e6, None, "EUR", "more_than", None,
             {"payer": [HAS], "payee_text": "West African clubs",
              "source_text": "the club's annual accounts"}),
            ("D35 million", 0, 35e6, None, "GMD", "exact", None,
             {"holder": [BLFC], "source": [SOWE]}),
            ("60 million dalasis", 0, 60e6, None, "GMD", "exact", None,
             {"payer": [BLFC], "place": ["Bakau"], "source": [SOWE]}),
            ("D25,000", 0, 25000.0, None, "GMD", "exact", None,
             {"payer": [BLFC], "payee_text": "each of its 28 first-team players"}),
        ],
        "quantities": [
            ("19 goals", 0, 19.0, None, "goals", "exact"),
            ("24 league matches", 0, 24.0, None, "matches", "exact"),
            ("15%", 0, 15.0, None, "percent", "exact"),
            ("10%", 0, 10.0, None, "percent", "exact"),
            ("5%", 0, 5.0, None, "percent", "exact"),
            ("2%", 0, 2.0, None, "percent", "exact"),
            ("28 first-team players", 0, 28.0, None, "players", "exact"),
        ],
        "dates": [
            ("14 April 2026", 0, "DATE", "2026-04-14", None, day("2026-04-14")),
            ("today", 0, "DATE", "2026-04-14", None, day("2026-04-14")),
            ("July", 0, "DATE", "2026-07", None, month("2026-07")),
            ("four-year", 0, "DURATION", "P4Y", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("a month", 1, "SET", "P1M", None, NONE),
            ("2017", 0, "DATE", "2017", None, year(2017)),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("a year", 0, "DURATION", "P1Y", None, NONE),
            ("the end of 2025", 0, "DATE", "2025", "END", end_of_year(2025)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2020", 0, "DATE", "2020", "ON_OR_AFTER", year(2020)),
            ("February", 0, "DATE", "2026-02", None, month("2026-02", "28")),
            ("2022", 0, "DATE", "2022", "ON_OR_AFTER", year(2022)),
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
    the byline (class="byline") moved to right after the <h1>. Added in this round (round 11's
    pages had no lists): a <ul>/<ol> is one block, its items one per line as "- item" / "1. item"
    (corpus/README.md); "<strong>Title:</strong> text" reads "Title: text", and so does
    "<strong>Title</strong> text" (review: the colon is added after a bold title that has none)."""

    BLOCKS = {"h1", "h2", "p", "li"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = False
        self.skip = 0
        self.current: list[str] | None = None
        self.current_byline = False
        self.blocks: list[str] = []
        self.byline: str | None = None
        self.items: list[str] | None = None
        self.ordered = False
        self.item_title = False
        self.colon_pending = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.in_article = True
        elif not self.in_article:
            return
        elif tag == "time" or attrs.get("class") == "share":
            self.skip += 1
        elif tag in ("ul", "ol") and not self.skip:
            self.items, self.ordered = [], tag == "ol"
        elif tag == "strong" and self.items is not None and self.current is not None \
                and not "".join(self.current).strip():
            self.item_title = True
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
        elif tag == "strong" and self.item_title:
            # A colon after the bold title unless the title ends with one or the text after it
            # starts with one ("<strong>Title</strong>: text").
            self.item_title = False
            title = "".join(self.current).rstrip()
            self.current[:] = [title]
            self.colon_pending = not title.endswith(":")
        elif tag in ("ul", "ol") and self.items is not None:
            self.blocks.append("\n".join(self.items))
            self.items = None
        elif tag in self.BLOCKS and self.current is not None:
            block = " ".join("".join(self.current).split())
            if self.current_byline:
                self.byline = block
            elif tag == "li" and self.items is not None:
                marker = f"{len(self.items) + 1}." if self.ordered else "-"
                self.items.append(f"{marker} {block}")
            else:
                self.blocks.append(block)
            self.current = None

    def handle_data(self, data):
        if self.in_article and not self.skip and self.current is not None:
            if self.colon_pending and data.strip():
                self.colon_pending = False
                if not data.lstrip().startswith(":"):
                    self.current.append(":")
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


def read_record(raw: str) -> tuple[str, str | None, str | None]:
    """A .json record: "text" as it is (read_json); "html" (a fragment of <p> and <h2>) by the
    <article> block reader above, blocks separated by a blank line."""
    record = json.loads(raw)
    if "html" not in record:
        return read_json(raw)
    parser = _ArticleBlocks()
    parser.feed(f"<article>{record['html']}</article>")
    return "\n\n".join(parser.blocks), record["title"], record["published"][:10]


READERS = {".txt": read_txt, ".json": read_record, ".md": read_md, ".html": read_html}


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
