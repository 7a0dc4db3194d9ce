"""Round 19-money-roles-13: the annotations, by hand. Offsets come from a plain text search (the
helpers of round 19-money-roles, copied here unchanged from round 19-money-roles-12; never artex);
run python3 build_gold.py from any folder. Standard library only.

The round has .txt articles, a .json record with "text" and one with "html" (the title lives
only in "title"), a Markdown file with front matter and a CMS HTML page; the readers below
(copied unchanged from round 19-money-roles-12) turn the .md and .html files into the text a
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

SEP = "Setouchi Electric Power Co"
ADL = "Al Daayen LNG Co"
QSE = "Qatar Stock Exchange"
QNB = "QNB Financial Services"
PSA = "Planning and Statistics Authority"
METI = "Ministry of Economy, Trade and Industry"
ABB = "Al Bahar Bank"
MCB = "Muharraq Commercial Bank"
KAM = "Khalid Al-Mannai"
CBB = "Central Bank of Bahrain"
GIB = "Gulf International Bank"
HP = "Hassan & Partners"
FAJ = "Fatima Al-Jishi"
ES = "El Salvador"
MOF = "Ministry of Finance"
BCR = "Central Reserve Bank"
BH = "Banco Hipotecario"
POS = "Jerson Posada"
IMF = "International Monetary Fund"
FUS = "Salvadoran Foundation for Economic and Social Development"
CABEI = "Central American Bank for Economic Integration"
EU = "European Union"
MEM = "Ministry of Energy and Mines"
RGM = "Río Grande de Matagalpa"
IADB = "Inter-American Development Bank"
CVV = "Construtora Vale Verde"
ISEG = "Ingeniería Segovia"
CBN = "Central Bank of Nicaragua"
PET = "Andreas Petrides"
ABC = "Aphrodite Bulk Carriers Ltd"
SBP = "Straits Bulk Partners"
ITF = "International Transport Workers’ Federation"
NPI = "Nordhavn P&I Club"
LAM = "Stelios Lambrianou"
HCOB = "Hamburg Commercial Bank"
LDC = "Limassol District Court"
CSC = "Cyprus Shipping Chamber"
SOFAZ = "State Oil Fund of Azerbaijan"
BTC = "Baku-Tbilisi-Ceyhan"
TANAP = "Trans-Anatolian Pipeline"
SCC = "State Customs Committee"
HAS = "Orkhan Hasanli"
KAR = "Leyla Karimova"
MTC = "Ministry of Transport and Communications"
RRF = "Recovery and Resilience Facility"
NRIC = "National Railway Infrastructure Company"
CPC = "Commission for the Protection of Competition"
VSS = "Vitosha Signal Systems"
ABOUT_BG = ("The Ministry of Transport and Communications sets transport policy in Bulgaria and "
            "oversees the national rail, road, air and water transport companies. Media contact: "
            "press office, +359 2 940 9771.")


def end_of(m: str, last: str) -> tuple[str, str]:
    return f"{m}-21", f"{m}-{last}"


ARTICLES = {
    "qatar-lng-supply-deal.txt": {
        "reference_date": "2027-02-09",
        "not_mentions": [],
        "entities": [
            ("Japan", "GPE", "JP", ["Japan"]),
            (SEP, "ORG", None, ["Setouchi Electric", SEP, "Setouchi"]),
            ("Qatari", "NORP", None, ["Qatari"]),
            ("Omar Al-Sulaiti", "PERSON", None, ["Omar Al-Sulaiti"]),
            ("Doha", "GPE", None, ["DOHA", "Doha"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            (ADL, "ORG", None, [ADL, "Al Daayen"]),
            ("Okayama", "GPE", None, ["Okayama"]),
            (QSE, "ORG", None, [QSE]),
            (QNB, "ORG", None, [QNB]),
            ("Kenji Morimoto", "PERSON", None, ["Kenji Morimoto"]),
            ("Tokyo", "GPE", None, ["Tokyo"]),
            ("Ras Laffan", "GPE", None, ["Ras Laffan"]),
            ("QatarEnergy", "ORG", None, ["QatarEnergy"]),
            ("Hamad Al-Kuwari", "PERSON", None, ["Hamad Al-Kuwari"]),
            ("Asian", "NORP", None, ["Asian"]),
            ("Greek", "NORP", None, ["Greek"]),
            ("Aegeon Gas Carriers", "ORG", None, ["Aegeon Gas Carriers"]),
            ("Qatar", "GPE", "QA", ["Qatar"]),
            (PSA, "ORG", None, [PSA]),
            (METI, "ORG", None, [METI]),
            ("Ibrahim Al-Omari", "PERSON", None, ["Ibrahim Al-Omari"]),
            ("Yuki Tanabe", "PERSON", None, ["Yuki Tanabe"]),
            ("Clara Denholm", "PERSON", None, ["Clara Denholm"]),
        ],
        "money": [
            ("$18 Billion", 0, 18e9, None, "USD", "exact", None, {"payer": [SEP]}),
            ("$18 billion", 0, 18e9, None, "USD", "approximate", None,
             {"payer": [SEP], "payee": [ADL], "source": [ADL, SEP]}),
            ("40 cents", 0, 0.4, None, "USD", "exact", "mmBtu",
             {"payer": [SEP], "source_text": "a summary filed with the Qatar Stock Exchange"}),
            ("$11", 0, 11.0, None, "USD", "approximate", "mmBtu",
             {"holder_text": "the gas", "source": [QNB]}),
            ("QR1.8 billion", 0, 1.8e9, None, "QAR", "exact", None,
             {"payer": [SEP], "payee": [ADL], "source": ["Kenji Morimoto"]}),
            ("$494 million", 0, 494e6, None, "USD", "exact", None,
             {"payer": [SEP], "payee": [ADL], "source": ["Kenji Morimoto"]}),
            ("QR9 billion", 0, 9e9, None, "QAR", "exact", None,
             {"payer": [ADL], "place": ["Ras Laffan"]}),
            ("QR26.4 billion", 0, 26.4e9, None, "QAR", "exact", None,
             {"holder": [ADL], "source": [ADL]}),
            ("7.1 billion riyals", 0, 7.1e9, None, "QAR", "exact", None,
             {"holder": [ADL], "source": [ADL]}),
            ("$98,000", 0, 98000.0, None, "USD", "exact", "day",
             {"payer": [SEP], "payee": ["Aegeon Gas Carriers"],
              "source_text": "a person familiar with the terms"}),
            ("$2.1 billion", 0, 2.1e9, None, "USD", "approximate", None,
             {"holder_text": "The charters", "source_text": "the person"}),
            ("$48 billion", 0, 48e9, None, "USD", "approximate", None,
             {"payee": ["Qatar"], "source": [PSA]}),
            ("1.2 trillion yen", 0, 1.2e12, None, "JPY", "exact", None,
             {"payer": [SEP], "source": [SEP]}),
            ("$8 billion", 0, 8e9, None, "USD", "exact", None,
             {"payer": [SEP], "source": [SEP]}),
            ("60 billion yen", 0, 60e9, None, "JPY", "exact", None,
             {"payer": [METI], "payee": [SEP], "source": [METI]}),
            ("QR4.85", 0, 4.85, None, "QAR", "exact", None, {"holder": [ADL]}),
        ],
        "quantities": [
            ("2 million tonnes", 0, 2e6, None, "tonne", "exact"),
            ("12.2%", 0, 12.2, None, "percent", "exact"),
            ("4 million tonnes", 0, 4e6, None, "tonne", "exact"),
            ("70%", 0, 70.0, None, "percent", "exact"),
            ("5 million households", 0, 5e6, None, "households", "approximate"),
            ("3%", 0, 3.0, None, "percent", "at_most"),
            ("2.4%", 0, 2.4, None, "percent", "exact"),
        ],
        "dates": [
            ("20-Year", 0, "DURATION", "P20Y", None, NONE),
            ("Feb 9", 0, "DATE", "2027-02-09", None, day("2027-02-09")),
            ("20-year", 0, "DURATION", "P20Y", None, NONE),
            ("Tuesday", 0, "DATE", "2027-02-09", None, day("2027-02-09")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("2028", 0, "DATE", "2028", None, year(2028)),
            ("July", 0, "DATE", "2027-07", None, month("2027-07")),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("2029", 0, "DATE", "2029", "ON_OR_BEFORE", year(2029)),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("the next 20 years", 0, "DURATION", "P20Y", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("15 years", 0, "DURATION", "P15Y", None, NONE),
            ("last year", 0, "DATE", "2026", None, year(2026)),
            ("March 2026", 0, "DATE", "2026-03", None, month("2026-03")),
            ("April", 0, "DATE", "2027-04", None, month("2027-04", "30")),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("Monday", 0, "DATE", "2027-02-08", None, day("2027-02-08")),
            ("Tuesday", 1, "DATE", "2027-02-09", None, day("2027-02-09")),
            ("Jan. 28", 0, "DATE", "2027-01-28", None, day("2027-01-28")),
        ],
        "lists": [],
    },
    "bahrain-bank-merger.html": {
        "reference_date": "2027-02-08",
        "not_mentions": [],
        "entities": [
            (ABB, "ORG", None, [ABB, "Al Bahar"]),
            (MCB, "ORG", None, ["Muharraq Commercial", MCB, "MCB"]),
            ("Reem Al-Sayed", "PERSON", None, ["Reem Al-Sayed"]),
            ("Manama", "GPE", None, ["Manama", "MANAMA"]),
            ("Gulf Ledger", "ORG", None, ["Gulf Ledger"]),
            ("Ali Hameed", "PERSON", None, ["Ali Hameed"]),
            ("Bahrain Bourse", "ORG", None, ["Bahrain Bourse"]),
            (KAM, "PERSON", None, [KAM, "Al-Mannai"]),
            ("Bahrain", "GPE", "BH", ["Bahrain"]),
            ("Saudi Arabia", "GPE", "SA", ["Saudi Arabia"]),
            (CBB, "ORG", None, [CBB]),
            ("Muharraq", "GPE", None, ["Muharraq"]),
            (FAJ, "PERSON", None, [FAJ]),
            (GIB, "ORG", None, [GIB]),
            (HP, "ORG", None, [HP]),
            ("SICO", "ORG", None, ["SICO"]),
        ],
        "money": [
            ("BD 410 Million", 0, 410e6, None, "BHD", "exact", None,
             {"payer": [ABB], "holder": [MCB]}),
            ("BD 410 million", 0, 410e6, None, "BHD", "exact", None,
             {"payer": [ABB], "holder": [MCB], "source": [ABB, MCB]}),
            ("$1.09 billion", 0, 1.09e9, None, "USD", "exact", None,
             {"payer": [ABB], "holder": [MCB], "source": [ABB, MCB]}),
            ("45 fils", 0, 0.045, None, "BHD", "exact", "share",
             {"payer": [ABB], "payee_text": "MCB shareholders"}),
            ("312 fils", 0, 0.312, None, "BHD", "exact", "share",
             {"payer": [ABB], "payee_text": "MCB shareholders"}),
            ("BD 24 million", 0, 24e6, None, "BHD", "approximate", None,
             {"holder": [ABB], "source": [KAM]}),
            ("6.3 billion dinars", 0, 6.3e9, None, "BHD", "approximate", None,
             {"holder_text": "The combined bank"}),
            ("BD 8 million", 0, 8e6, None, "BHD", "exact", None,
             {"payer": [MCB], "payee": [ABB], "source_text": "the merger agreement"}),
            ("BD 4 million", 0, 4e6, None, "BHD", "exact", None,
             {"payer": [ABB], "payee": [MCB]}),
            ("BD 30,000", 0, 30000.0, None, "BHD", "at_most", None,
             {"payee_text": "Staff who leave", "source": [KAM]}),
            ("BD 3.5 million", 0, 3.5e6, None, "BHD", "exact", None,
             {"payer": [ABB], "source": [KAM]}),
            ("BD 650,000", 0, 650000.0, None, "BHD", "exact", None,
             {"payee": [FAJ], "source_text": "the filing"}),
            ("BD 2.2 million", 0, 2.2e6, None, "BHD", "exact", None,
             {"payer": [ABB], "payee": [GIB, HP]}),
            ("BD 71.6 million", 0, 71.6e6, None, "BHD", "exact", None,
             {"holder": [ABB], "source": [ABB]}),
            ("BD 63 million", 0, 63e6, None, "BHD", "exact", None,
             {"holder": [ABB], "source": [ABB]}),
            ("BD 19.4 million", 0, 19.4e6, None, "BHD", "exact", None, {"holder": [MCB]}),
            ("598 fils", 0, 0.598, None, "BHD", "exact", None, {"holder": [ABB]}),
            ("290 fils", 0, 0.29, None, "BHD", "exact", None, {"holder": [MCB]}),
            ("BD 15 million", 0, 15e6, None, "BHD", "approximate", None,
             {"holder_text": "the merged bank", "source": ["SICO"]}),
        ],
        "quantities": [
            ("28%", 0, 28.0, None, "percent", "exact"),
            ("34 branches", 0, 34.0, None, "branches", "exact"),
            ("11 branches", 0, 11.0, None, "branches", "exact"),
            ("180 jobs", 0, 180.0, None, "jobs", "approximate"),
            ("3.1%", 0, 3.1, None, "percent", "exact"),
            ("19%", 0, 19.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Feb. 7", 0, "DATE", "2027-02-07", None, day("2027-02-07")),
            ("Sunday", 0, "DATE", "2027-02-07", None, day("2027-02-07")),
            ("Thursday", 0, "DATE", "2027-02-04", None, day("2027-02-04")),
            ("1979", 0, "DATE", "1979", None, year(1979)),
            ("2023", 0, "DATE", "2023", "ON_OR_AFTER", year(2023)),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("a year earlier", 0, "DATE", "2025", None, year(2025)),
            ("Sunday", 1, "DATE", "2027-02-07", None, day("2027-02-07")),
            ("2029", 0, "DATE", "2029", "ON_OR_BEFORE", year(2029)),
            ("the end of June", 0, "DATE", "2027-06", "END", end_of("2027-06", "30")),
        ],
        "lists": [],
    },
    "el-salvador-diaspora-bond.md": {
        "reference_date": "2027-02-10",
        "not_mentions": [],
        "entities": [
            (ES, "GPE", "SV", [ES]),
            ("Ana Lucía Menjívar", "PERSON", None, ["Ana Lucía Menjívar"]),
            ("San Salvador", "GPE", None, ["SAN SALVADOR"]),
            ("Salvadorans", "NORP", None, ["Salvadorans", "Salvadoran"]),
            (MOF, "ORG", None, [MOF]),
            (BCR, "ORG", None, [BCR, "BCR"]),
            ("United States", "GPE", "US", ["United States"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            (BH, "ORG", None, [BH]),
            (POS, "PERSON", None, [POS, "Posada"]),
            ("San Miguel", "GPE", None, ["San Miguel"]),
            ("Santa Ana", "GPE", None, ["Santa Ana"]),
            ("Morazán", "GPE", None, ["Morazán"]),
            (IMF, "ORG", None, [IMF]),
            ("Fitch Ratings", "ORG", None, ["Fitch Ratings"]),
            (FUS, "ORG", None, [FUS, "FUSADES"]),
            ("Rodrigo Chávez", "PERSON", None, ["Rodrigo Chávez"]),
        ],
        "money": [
            ("$500 million", 0, 500e6, None, "USD", "at_most", None,
             {"payer_text": "Salvadorans living abroad", "payee": [ES], "source": [MOF]}),
            ("$8.9 billion", 0, 8.9e9, None, "USD", "exact", None,
             {"payer_text": "Salvadorans abroad", "source": [BCR]}),
            ("$7", 0, 7.0, None, "USD", "exact", None,
             {"payee_text": "Money-transfer companies", "source": ["World Bank"]}),
            ("$200", 0, 200.0, None, "USD", "exact", None, {"source": ["World Bank"]}),
            ("$100 and $100,000", 0, 100.0, 100000.0, "USD", "range", None,
             {"payer_text": "Buyers"}),
            ("$200 million", 0, 200e6, None, "USD", "exact", None,
             {"payer_text": "The government", "payee_text": "foreign investors",
              "source": [POS]}),
            ("$1.1 billion", 0, 1.1e9, None, "USD", "exact", None, {"holder": [ES]}),
            ("$45 million", 0, 45e6, None, "USD", "approximate", "year",
             {"holder_text": "the state", "source": [POS]}),
            ("$1.4 billion", 0, 1.4e9, None, "USD", "more_than", None,
             {"payer_text": "the government", "payee_text": "bondholders",
              "source_text": "the budget"}),
            ("$150 million", 0, 150e6, None, "USD", "exact", None,
             {"payee_text": "private developers", "place": ["San Miguel", "Santa Ana"]}),
            ("$90 million", 0, 90e6, None, "USD", "exact", None, {"place": ["Morazán"]}),
            ("$60 million", 0, 60e6, None, "USD", "exact", None,
             {"payer": [BH], "payee_text": "firms run by returning migrants"}),
            ("$25,000", 0, 25000.0, None, "USD", "at_most", None,
             {"payer": [BH], "payee_text": "firms run by returning migrants"}),
            ("$33 billion", 0, 33e9, None, "USD", "approximate", None,
             {"holder": [ES], "source": [IMF]}),
        ],
        "quantities": [
            ("24%", 0, 24.0, None, "percent", "approximate"),
            ("2.5 million people", 0, 2.5e6, None, "people", "approximate"),
            ("6.25%", 0, 6.25, None, "percent", "exact"),
            ("9.5%", 0, 9.5, None, "percent", "exact"),
            ("6,000 low-cost homes", 0, 6000.0, None, "homes", "exact"),
            ("400 kilometres", 0, 400.0, None, "kilometre", "exact"),
            ("84%", 0, 84.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Tuesday", 0, "DATE", "2027-02-09", None, day("2027-02-09")),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("10-year", 0, "DURATION", "P10Y", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("March", 0, "DATE", "2027-03", None, month("2027-03")),
            ("2029", 0, "DATE", "2029", None, year(2029)),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("Last year", 0, "DATE", "2026", None, year(2026)),
            ("every month", 0, "SET", "P1M", None, NONE),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("2037", 0, "DATE", "2037", "BEFORE", year(2037)),
        ],
        "lists": [
            ("What the money buys", "other", "neutral", [
                ("Housing", "$150 million for 6,000 low-cost homes in San Miguel and Santa Ana, "
                 "built by private developers.", 0),
                ("Roads", "$90 million to pave 400 kilometres of rural roads in Morazán.", 0),
                ("Small business", "Banco Hipotecario will lend $60 million to firms run by "
                 "returning migrants, in loans of up to $25,000 each.", 0),
            ]),
            ("Risks for bondholders", "risks", "con", [
                ("Debt load", "El Salvador's public debt stands at about $33 billion, or 84% of "
                 "GDP, according to the International Monetary Fund.", 0),
                ("Credit rating", "Fitch Ratings rates the country B-, six notches below "
                 "investment grade.", 0),
                ("Liquidity", "There is no secondary market, so holders who need cash before "
                 "2037 must sell the notes back to the ministry at a discount.", 0),
            ]),
        ],
    },
    "nicaragua-hydro-cofinancing.json": {
        "reference_date": "2026-06-03",
        "not_mentions": [],
        "entities": [
            ("Carlos Urbina", "PERSON", None, ["Carlos Urbina"]),
            ("Managua", "GPE", None, ["MANAGUA", "Managua"]),
            (CABEI, "ORG", None, [CABEI, "CABEI"]),
            ("Nicaragua", "GPE", "NI", ["Nicaragua"]),
            ("Mulukukú", "GPE", None, ["Mulukukú"]),
            (EU, "ORG", None, [EU]),
            ("Las Brisas", "FAC", None, ["Las Brisas"]),
            (MEM, "ORG", None, [MEM]),
            (RGM, "LOC", None, [RGM]),
            ("Marta Quirós", "PERSON", None, ["Marta Quirós"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            (IADB, "ORG", None, [IADB]),
            ("ENATREL", "ORG", None, ["ENATREL"]),
            ("Brazil", "GPE", "BR", ["Brazil"]),
            (CVV, "ORG", None, [CVV]),
            (ISEG, "ORG", None, [ISEG]),
            ("Chinese", "NORP", None, ["Chinese"]),
            ("Matagalpa", "GPE", None, ["Matagalpa"]),
            ("Francisco Lacayo", "PERSON", None, ["Francisco Lacayo"]),
            ("Jinotega", "GPE", None, ["Jinotega"]),
            ("ENACAL", "ORG", None, ["ENACAL"]),
            ("Julio Arróliga", "PERSON", None, ["Julio Arróliga"]),
            (CBN, "ORG", None, [CBN]),
        ],
        "money": [
            ("US$210 million", 0, 210e6, None, "USD", "exact", None,
             {"payer": [CABEI], "payee": ["Nicaragua"], "place": ["Mulukukú"],
              "source": [CABEI]}),
            ("US$45 million", 0, 45e6, None, "USD", "exact", None,
             {"payer": [EU], "source_text": "the loan documents"}),
            ("C$1.1 billion", 0, 1.1e9, None, "NIO", "exact", None,
             {"payer_text": "the government", "source_text": "the loan documents"}),
            ("US$30 million", 0, 30e6, None, "USD", "approximate", None,
             {"payer_text": "the government", "source_text": "the loan documents"}),
            ("US$285 million", 0, 285e6, None, "USD", "exact", None,
             {"holder": ["Las Brisas"], "source": [MEM]}),
            ("US$9 million", 0, 9e6, None, "USD", "approximate", None,
             {"payer": ["Nicaragua"], "source": ["Marta Quirós"]}),
            ("US$3.2 billion", 0, 3.2e9, None, "USD", "more_than", None,
             {"payer": [CABEI], "payee": ["Nicaragua"]}),
            ("US$168 million", 0, 168e6, None, "USD", "exact", None,
             {"payer": ["ENATREL"], "payee": [CVV, ISEG], "source": ["ENATREL"]}),
            ("US$181 million", 0, 181e6, None, "USD", "exact", None,
             {"source_text": "the tender report"}),
            ("C$150 million", 0, 150e6, None, "NIO", "approximate", None,
             {"payer": [ISEG], "payee_text": "suppliers in Matagalpa",
              "place": ["Matagalpa"], "source": [ISEG]}),
            ("C$9.50", 0, 9.5, None, "NIO", "exact", "cubic metre",
             {"payer_text": "households", "payee": ["ENACAL"], "source": ["Julio Arróliga"]}),
            ("C$7.80", 0, 7.8, None, "NIO", "exact", None,
             {"payer_text": "households", "payee": ["ENACAL"], "source": ["Julio Arróliga"]}),
            ("C$420", 0, 420.0, None, "NIO", "exact", "month",
             {"payer_text": "Households in Managua", "source": [CBN]}),
            ("US$15.6 billion", 0, 15.6e9, None, "USD", "exact", None,
             {"holder": ["Nicaragua"], "source": [CBN]}),
        ],
        "quantities": [
            ("120 megawatts", 0, 120.0, None, "megawatt", "exact"),
            ("300,000 homes", 0, 300000.0, None, "homes", "approximate"),
            ("400 families", 0, 400.0, None, "families", "approximate"),
            ("18 square kilometres", 0, 18.0, None, "square kilometre", "exact"),
            ("6.8%", 0, 6.8, None, "percent", "approximate"),
            ("1,500 local workers", 0, 1500.0, None, "workers", "at_least"),
            ("8%", 1, 8.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("3 June 2026", 0, "DATE", "2026-06-03", None, day("2026-06-03")),
            ("Tuesday", 0, "DATE", "2026-06-02", None, day("2026-06-02")),
            ("20 years", 0, "DURATION", "P20Y", None, NONE),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("every six months", 0, "SET", "P6M", None, NONE),
            ("2018", 0, "DATE", "2018", "ON_OR_AFTER", year(2018)),
            ("2022", 0, "DATE", "2022", "ON_OR_AFTER", year(2022)),
            ("September", 0, "DATE", "2026-09", None, month("2026-09", "30")),
            ("fifty years", 0, "DURATION", "P50Y", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("the end of 2025", 0, "DATE", "2025", "END", ("2025-09-01", "2025-12-31")),
            ("2030", 0, "DATE", "2030", None, year(2030)),
        ],
        "lists": [],
    },
    "cyprus-shipping-insolvency.json": {
        "reference_date": "2027-02-11",
        "not_mentions": [],
        "entities": [
            ("Eleni Charalambous", "PERSON", None, ["Eleni Charalambous"]),
            ("Limassol", "GPE", None, ["LIMASSOL", "Limassol"]),
            (PET, "PERSON", None, [PET, "Petrides"]),
            (ABC, "ORG", None, [ABC, "Aphrodite"]),
            ("Greek", "NORP", None, ["Greek"]),
            ("Kallisti Maritime", "ORG", None, ["Kallisti Maritime"]),
            ("Turkish", "NORP", None, ["Turkish"]),
            ("Ege Denizcilik", "ORG", None, ["Ege Denizcilik"]),
            ("Singapore", "GPE", "SG", ["Singapore"]),
            (SBP, "ORG", None, [SBP]),
            ("Piraeus", "GPE", None, ["Piraeus"]),
            ("Cypriot", "NORP", None, ["Cypriot"]),
            (ITF, "ORG", None, [ITF, "ITF"]),
            ("Yiannis Stavrou", "PERSON", None, ["Yiannis Stavrou"]),
            ("Hellenic Bank", "ORG", None, ["Hellenic Bank"]),
            ("Bank of Cyprus", "ORG", None, ["Bank of Cyprus"]),
            ("Oslo", "GPE", None, ["Oslo"]),
            (NPI, "ORG", None, [NPI]),
            ("Crete", "LOC", None, ["Crete"]),
            (LAM, "PERSON", None, [LAM, "Lambrianou"]),
            ("German", "NORP", None, ["German"]),
            (HCOB, "ORG", None, [HCOB]),
            (LDC, "ORG", None, [LDC]),
            (CSC, "ORG", None, [CSC]),
        ],
        "money": [
            ("€61 million", 0, 61e6, None, "EUR", "exact", None,
             {"payee": [PET], "source_text": "court documents"}),
            ("€240 million", 0, 240e6, None, "EUR", "exact", None,
             {"holder": [ABC], "source_text": "court documents"}),
            ("€27 million", 0, 27e6, None, "EUR", "exact", None,
             {"payer": ["Kallisti Maritime"], "holder_text": "two bulk carriers"}),
            ("€21 million", 0, 21e6, None, "EUR", "exact", None,
             {"payer": ["Ege Denizcilik"], "holder_text": "two smaller ships"}),
            ("€13 million", 0, 13e6, None, "EUR", "exact", None,
             {"payer": [SBP], "holder_text": "the last vessel"}),
            ("€4.6 million", 0, 4.6e6, None, "EUR", "exact", None,
             {"payee_text": "212 seafarers", "source": [PET]}),
            ("€21,700", 0, 21700.0, None, "EUR", "approximate", None,
             {"payee_text": "212 seafarers", "source": [PET]}),
            ("€6.2 million", 0, 6.2e6, None, "EUR", "exact", None, {"source": [ITF]}),
            ("€118 million", 0, 118e6, None, "EUR", "exact", None,
             {"holder": ["Hellenic Bank"], "source_text": "the liquidator's report"}),
            ("€38 million", 0, 38e6, None, "EUR", "approximate", None,
             {"payee": ["Hellenic Bank"], "source_text": "the liquidator's report"}),
            ("€52 million", 0, 52e6, None, "EUR", "exact", None,
             {"holder": ["Bank of Cyprus"]}),
            ("€9 million", 0, 9e6, None, "EUR", "exact", None, {"payee": ["Bank of Cyprus"]}),
            ("€64 million", 0, 64e6, None, "EUR", "approximate", None,
             {"holder_text": "Unsecured creditors", "source": [PET]}),
            ("5 cents", 0, 0.05, None, "EUR", "less_than", None,
             {"payee_text": "Unsecured creditors", "source": [PET]}),
            ("€7.5 million", 0, 7.5e6, None, "EUR", "exact", None,
             {"payer": [NPI], "source": [NPI]}),
            ("€43 million", 0, 43e6, None, "EUR", "exact", None, {"holder": [ABC]}),
            ("€90 million", 0, 90e6, None, "EUR", "exact", None,
             {"payer": [HCOB], "payee": [ABC]}),
            ("€1.8 million", 0, 1.8e6, None, "EUR", "approximate", None, {"payee": [PET]}),
            ("€1.1 billion", 0, 1.1e9, None, "EUR", "approximate", "year",
             {"holder_text": "the sector", "source": [CSC]}),
        ],
        "quantities": [
            ("10%", 0, 10.0, None, "percent", "approximate"),
            ("212 seafarers", 0, 212.0, None, "seafarers", "exact"),
            ("3%", 0, 3.0, None, "percent", "exact"),
            ("4%", 0, 4.0, None, "percent", "exact"),
            ("200 shipping companies", 0, 200.0, None, "companies", "more_than"),
        ],
        "dates": [
            ("December", 0, "DATE", "2026-12", "ON_OR_AFTER", month("2026-12")),
            ("the end of March", 0, "DATE", "2027-03", "END", end_of("2027-03", "31")),
            ("eight months", 0, "DURATION", "P8M", None, NONE),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("1998", 0, "DATE", "1998", None, year(1998)),
            ("2025", 1, "DATE", "2025", None, year(2025)),
            ("October", 0, "DATE", "2026-10", None, month("2026-10")),
            ("Wednesday", 0, "DATE", "2027-02-10", None, day("2027-02-10")),
            ("a year", 0, "SET", "P1Y", None, NONE),
        ],
        "lists": [],
    },
    "azerbaijan-transit-fees-oil-fund.txt": {
        "reference_date": "2026-10-20",
        "not_mentions": [],
        "entities": [
            ("Azerbaijan", "GPE", "AZ", ["Azerbaijan"]),
            (SOFAZ, "ORG", None, ["Oil Fund", SOFAZ, "SOFAZ"]),
            ("Rashad Guliyev", "PERSON", None, ["Rashad Guliyev"]),
            ("Nigar Mammadova", "PERSON", None, ["Nigar Mammadova"]),
            ("Baku", "GPE", None, ["BAKU", "Baku"]),
            (MOF, "ORG", None, [MOF]),
            ("Southern Gas Corridor", "FAC", None, ["Southern Gas Corridor"]),
            ("Turkey", "GPE", "TR", ["Turkey"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("South Caucasus Pipeline", "FAC", None, ["South Caucasus Pipeline"]),
            (TANAP, "FAC", None, [TANAP, "TANAP"]),
            ("SOCAR", "ORG", None, ["SOCAR"]),
            (BTC, "FAC", None, [BTC, "BTC"]),
            (SCC, "ORG", None, [SCC]),
            (HAS, "PERSON", None, [HAS, "Hasanli"]),
            ("Elnur Sadigov", "PERSON", None, ["Elnur Sadigov"]),
            ("Central Asia", "LOC", None, ["Central Asia"]),
            (KAR, "PERSON", None, [KAR]),
            ("Caspian Policy Institute", "ORG", None, ["Caspian Policy Institute"]),
            ("Azeri-Chirag-Gunashli", "FAC", None, ["Azeri-Chirag-Gunashli"]),
        ],
        "money": [
            ("12.4 Billion Manats", 0, 12.4e9, None, "AZN", "exact", None,
             {"payer": [SOFAZ], "payee": ["Azerbaijan"]}),
            ("12.4 billion manats", 0, 12.4e9, None, "AZN", "exact", None,
             {"payer": [SOFAZ], "payee": ["Azerbaijan"], "source": [MOF]}),
            ("$7.3 billion", 0, 7.3e9, None, "USD", "exact", None,
             {"payer": [SOFAZ], "payee": ["Azerbaijan"], "source": [MOF]}),
            ("13.1 billion manats", 0, 13.1e9, None, "AZN", "exact", None,
             {"payer": [SOFAZ], "payee_text": "the budget"}),
            ("41.8 billion manats", 0, 41.8e9, None, "AZN", "exact", None,
             {"holder_text": "The draft budget"}),
            ("38.2 billion manats", 0, 38.2e9, None, "AZN", "exact", None,
             {"holder_text": "The draft budget"}),
            ("3.6 billion manats", 0, 3.6e9, None, "AZN", "approximate", None,
             {"holder_text": "The draft budget"}),
            ("$710 million", 0, 710e6, None, "USD", "exact", None,
             {"payer_text": "shippers", "payee": ["Azerbaijan"], "source": ["SOCAR"]}),
            ("$580 million", 0, 580e6, None, "USD", "exact", None,
             {"payer_text": "shippers", "payee": ["Azerbaijan"], "source": ["SOCAR"]}),
            ("$4", 0, 4.0, None, "USD", "approximate", "barrel",
             {"payer_text": "Oil shippers",
              "source_text": "a person familiar with the contracts"}),
            ("$6.8 billion", 0, 6.8e9, None, "USD", "approximate", None,
             {"payee": ["Azerbaijan"], "source": [SCC]}),
            ("$61.5 billion", 0, 61.5e9, None, "USD", "exact", None,
             {"holder": [SOFAZ], "source": [SOFAZ]}),
            ("$58.2 billion", 0, 58.2e9, None, "USD", "exact", None,
             {"holder": [SOFAZ], "source": [SOFAZ]}),
            ("$1.5 billion", 0, 1.5e9, None, "USD", "at_most", None,
             {"payer": [SOFAZ], "place": ["Azerbaijan", "Central Asia"],
              "source": ["Elnur Sadigov"]}),
            ("1.2 billion manats", 0, 1.2e9, None, "AZN", "exact", None,
             {"payer_text": "The government", "payee_text": "public-sector workers",
              "source": [HAS]}),
            ("AZN 400", 0, 400.0, None, "AZN", "at_least", "month",
             {"payee_text": "the lowest-paid state employees", "source": [HAS]}),
            ("$9 billion", 0, 9e9, None, "USD", "approximate", None,
             {"holder": ["Azerbaijan"], "source": [KAR]}),
            ("$65", 0, 65.0, None, "USD", "exact", "barrel",
             {"holder_text": "Brent crude", "source": [KAR]}),
        ],
        "quantities": [
            ("2.9%", 0, 2.9, None, "percent", "exact"),
            ("12.9 billion cubic metres", 0, 12.9e9, None, "cubic metre", "exact"),
            ("10%", 0, 10.0, None, "percent", "exact"),
            ("600,000 barrels", 0, 600000.0, None, "barrel", "approximate"),
        ],
        "dates": [
            ("Oct 20", 0, "DATE", "2026-10-20", None, day("2026-10-20")),
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("Tuesday", 0, "DATE", "2026-10-20", None, day("2026-10-20")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("Monday", 0, "DATE", "2026-10-19", None, day("2026-10-19")),
            ("the first half of the year", 0, "DATE", "2026-H1", None,
             ("2026-01-01", "2026-06-30")),
            ("a year earlier", 0, "DATE", "2025-H1", None, ("2025-01-01", "2025-06-30")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("the end of June", 0, "DATE", "2026-06", "END", end_of("2026-06", "30")),
            ("the start of the year", 0, "DATE", "2026", "START", ("2026-01-01", "2026-04-30")),
            ("the next five years", 0, "DURATION", "P5Y", None, NONE),
            ("January", 0, "DATE", "2027-01", None, month("2027-01")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("next year", 1, "DATE", "2027", None, year(2027)),
            ("six years", 0, "DURATION", "P6Y", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
        ],
        "lists": [],
    },
    "bulgaria-recovery-grant-fine.txt": {
        "reference_date": "2026-04-14",
        "not_mentions": ["About the Ministry of Transport and Communications", ABOUT_BG],
        "entities": [
            (EU, "ORG", None, ["EU", EU]),
            ("Ruse", "GPE", None, ["Ruse"]),
            ("Varna", "GPE", None, ["Varna"]),
            ("Sofia", "GPE", None, ["Sofia"]),
            (MTC, "ORG", None, [MTC]),
            (RRF, "ORG", None, [RRF]),
            ("Kalina Doneva", "PERSON", None, ["Kalina Doneva"]),
            ("Bulgarian", "NORP", None, ["Bulgarian"]),
            ("Strandzha Infra", "ORG", None, ["Strandzha Infra"]),
            ("Austria", "GPE", "AT", ["Austria"]),
            ("Tauern Bahnbau", "ORG", None, ["Tauern Bahnbau"]),
            (NRIC, "ORG", None, [NRIC, "NRIC"]),
            ("Bulgaria", "GPE", "BG", ["Bulgaria"]),
            ("Georgi Petkov", "PERSON", None, ["Georgi Petkov"]),
            ("Danube", "LOC", None, ["Danube"]),
            ("Black Sea", "LOC", None, ["Black Sea"]),
            (CPC, "ORG", None, [CPC, "CPC"]),
            (VSS, "ORG", None, [VSS]),
            ("Iskar Montazh", "ORG", None, ["Iskar Montazh"]),
            ("Balkan Rail Tech", "ORG", None, ["Balkan Rail Tech"]),
            ("Dunav Kabel", "ORG", None, ["Dunav Kabel"]),
            ("Nadezhda Ilieva", "PERSON", None, ["Nadezhda Ilieva"]),
            ("BDZ", "ORG", None, ["BDZ"]),
            ("Vladimir Kostov", "PERSON", None, ["Vladimir Kostov"]),
            ("Railway Workers' Union", "ORG", None, ["Railway Workers' Union"]),
        ],
        "money": [
            ("€210 Million", 0, 210e6, None, "EUR", "exact", None,
             {"payer_text": "EU Recovery Funds", "place": ["Ruse", "Varna"]}),
            ("€210 million", 0, 210e6, None, "EUR", "exact", None,
             {"payer": [RRF], "payee": [MTC], "place": ["Ruse", "Varna"]}),
            ("BGN 410.7 million", 0, 410.7e6, None, "BGN", "exact", None,
             {"payer": [RRF], "payee": [MTC], "place": ["Ruse", "Varna"]}),
            ("BGN 612 million", 0, 612e6, None, "BGN", "exact", None,
             {"holder_text": "the project"}),
            ("BGN 201.3 million", 0, 201.3e6, None, "BGN", "exact", None,
             {"payer_text": "The state budget", "source": ["Kalina Doneva"]}),
            ("BGN 548 million", 0, 548e6, None, "BGN", "exact", None,
             {"payer": [NRIC], "payee": ["Strandzha Infra", "Tauern Bahnbau"]}),
            ("BGN 14.6 million", 0, 14.6e6, None, "BGN", "exact", None,
             {"payer_text": "four construction companies", "payee": [CPC], "source": [CPC]}),
            ("BGN 6.2 million", 0, 6.2e6, None, "BGN", "exact", None,
             {"payer": [VSS], "payee": [CPC]}),
            ("BGN 3.9 million", 0, 3.9e6, None, "BGN", "exact", None,
             {"payer": ["Iskar Montazh"]}),
            ("BGN 2.8 million", 0, 2.8e6, None, "BGN", "exact", None,
             {"payer": ["Balkan Rail Tech"]}),
            ("BGN 1.7 million", 0, 1.7e6, None, "BGN", "exact", None,
             {"payer": ["Dunav Kabel"]}),
            ("€38 million", 0, 38e6, None, "EUR", "approximate", None,
             {"holder_text": "The tender"}),
            ("BGN 2,150", 0, 2150.0, None, "BGN", "exact", "month",
             {"payer": ["BDZ"], "payee_text": "its staff"}),
            ("BGN 1,920", 0, 1920.0, None, "BGN", "exact", None,
             {"payer": ["BDZ"], "payee_text": "its staff"}),
            ("1,500 leva", 0, 1500.0, None, "BGN", "at_least", "month",
             {"payee_text": "track maintenance workers"}),
            ("BGN 46 million", 0, 46e6, None, "BGN", "approximate", "year",
             {"holder": ["BDZ"], "source": [MTC]}),
            ("BGN 30 million", 0, 30e6, None, "BGN", "exact", None,
             {"payer_text": "the state", "payee": ["BDZ"], "source": [MTC]}),
        ],
        "quantities": [
            ("224-kilometre", 0, 224.0, None, "kilometre", "exact"),
            ("12%", 0, 12.0, None, "percent", "exact"),
            ("9,000 employees", 0, 9000.0, None, "employees", "approximate"),
        ],
        "dates": [
            ("14 April 2026", 0, "DATE", "2026-04-14", None, day("2026-04-14")),
            ("today", 0, "DATE", "2026-04-14", None, day("2026-04-14")),
            ("February", 0, "DATE", "2026-02", None, month("2026-02", "28")),
            ("the end of 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("Monday", 0, "DATE", "2026-04-13", None, day("2026-04-13")),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("1 May", 0, "DATE", "2026-05-01", None, day("2026-05-01")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("a month", 1, "SET", "P1M", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("three years", 0, "DURATION", "P3Y", None, NONE),
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
