"""Round 19-money-roles-7: the annotations, by hand. Offsets come from a plain text search (the
helpers of round 19-money-roles, copied here; never artex); run python build_gold.py in this
folder. Standard library only.

The round has .txt articles, a .json record with "text" (the title lives only in "title"), a
Markdown file with front matter and two CMS HTML pages; the readers below turn the .md and
.html files into the text a reader shows, by the rules of corpus/README.md.
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

SALAR = "Salar Minerals SA"
PUNA = "Puna Litio"
CORD = "Cordillera Capital Partners"
ROJAS = "Valentina Rojas"
MINING = "Secretariat of Mining"
SAHRA = "Sahra Ports & Logistics"
MANSOUR = "Layla Mansour"
EHH = "Emirates Harbour Holding"
CBK = "Central Bank of Kenya"
TUMA = "Tuma Money"
OCHIENG = "Brian Ochieng"
KRA = "Kenya Revenue Authority"
KNBS = "Kenya National Bureau of Statistics"
UK = "United Kingdom"
KARIM = "Rezaul Karim"
FJ = "Fjordvik Energi ASA"
NL = "Northlight Robotics Inc"
MRV = "Maple Ridge Ventures"
CDPQ = "Caisse de dépôt et placement du Québec"
OKAFOR = "Daniel Okafor"
RH = "Rheinland Assekuranz AG"
VZBV = "Federation of German Consumer Organisations"
GDV = "German Insurance Association"

ARTICLES = {
    "salar-puna-lithium-deal.txt": {
        "reference_date": "2026-03-03",
        "not_mentions": [],
        "entities": [
            (SALAR, "ORG", None, [SALAR, "Salar Minerals", "Salar"]),
            ("Argentine", "NORP", None, ["Argentine"]),
            (PUNA, "ORG", None, [PUNA]),
            ("Santiago", "GPE", None, ["SANTIAGO", "Santiago"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("Chilean", "NORP", None, ["Chilean"]),
            (CORD, "ORG", None, [CORD, "Cordillera"]),
            ("South America", "LOC", None, ["South America"]),
            (ROJAS, "PERSON", None, [ROJAS, "Rojas"]),
            ("Banco Santander", "ORG", None, ["Banco Santander"]),
            ("BNP Paribas", "ORG", None, ["BNP Paribas"]),
            ("Laguna Blanca", "FAC", None, ["Laguna Blanca"]),
            ("Catamarca", "GPE", None, ["Catamarca"]),
            ("Argentina", "GPE", "AR", ["Argentina"]),
            (MINING, "ORG", None, [MINING]),
            ("Chile", "GPE", "CL", ["Chile"]),
            ("Rodrigo Paz", "PERSON", None, ["Rodrigo Paz"]),
            ("BTG Pactual", "ORG", None, ["BTG Pactual"]),
            ("Natalia Ortiz", "PERSON", None, ["Natalia Ortiz"]),
            ("Martín Gallo", "PERSON", None, ["Martín Gallo"]),
            ("Buenos Aires", "GPE", None, ["Buenos Aires"]),
            ("Simon Cartwright", "PERSON", None, ["Simon Cartwright"]),
        ],
        "money": [
            ("$2.4 billion", 0, 2.4e9, None, "USD", "exact", None,
             {"payer": [SALAR], "holder": [PUNA]}),
            ("$2.4 billion", 1, 2.4e9, None, "USD", "exact", None,
             {"payer": [SALAR], "payee": [CORD], "source": [SALAR]}),
            ("$600 million", 0, 600e6, None, "USD", "approximate", None,
             {"holder": [PUNA], "source": [ROJAS]}),
            ("$3 billion", 0, 3e9, None, "USD", "approximate", None,
             {"holder": [PUNA], "source": [ROJAS]}),
            ("$1.5 billion", 0, 1.5e9, None, "USD", "exact", None,
             {"payee": [SALAR], "source": [ROJAS]}),
            ("$900 million", 0, 900e6, None, "USD", "exact", None,
             {"payer": ["Banco Santander", "BNP Paribas"], "payee": [SALAR],
              "source": [ROJAS]}),
            ("$410 million", 0, 410e6, None, "USD", "exact", None,
             {"holder": [PUNA], "source": [PUNA, CORD]}),
            ("$118 million", 0, 118e6, None, "USD", "exact", None,
             {"holder": [PUNA], "source": [PUNA, CORD]}),
            ("$700 million", 0, 700e6, None, "USD", "approximate", None,
             {"payer": [CORD], "holder": [PUNA],
              "source_text": "two people familiar with the matter"}),
            ("8,350 pesos", 0, 8350.0, None, "CLP", "exact", None, {"holder": [SALAR]}),
            ("11.6 trillion pesos", 0, 11.6e12, None, "CLP", "approximate", None,
             {"holder": [SALAR]}),
            ("$12.3 billion", 0, 12.3e9, None, "USD", "approximate", None,
             {"holder": [SALAR]}),
            ("$1.1 billion", 0, 1.1e9, None, "USD", "exact", None,
             {"payer": [SALAR], "place": ["Catamarca"], "source": [MINING]}),
            ("$72 million", 0, 72e6, None, "USD", "exact", None,
             {"payer": [SALAR], "payee": [CORD]}),
            ("$11,500", 0, 11500.0, None, "USD", "approximate", "tonne", {}),
        ],
        "quantities": [
            ("4.2%", 0, 4.2, None, "percent", "exact"),
            ("40,000 tonnes", 0, 40000.0, None, "tonne", "exact"),
        ],
        "dates": [
            ("March 3", 0, "DATE", "2026-03-03", None, day("2026-03-03")),
            ("Tuesday", 0, "DATE", "2026-03-03", None, day("2026-03-03")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("the next five years", 0, "DURATION", "P5Y", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("the third quarter", 0, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("late 2022", 0, "DATE", "2022", "END", ("2022-09-01", "2022-12-31")),
        ],
        "lists": [],
    },
    "sahra-ports-sukuk.html": {
        "reference_date": "2026-05-19",
        "not_mentions": [],
        "entities": [
            (SAHRA, "ORG", None, [SAHRA, "Sahra Ports", "Sahra"]),
            ("Omar Haddad", "PERSON", None, ["Omar Haddad"]),
            ("Dubai", "GPE", None, ["Dubai"]),
            ("Islamic", "NORP", None, ["Islamic"]),
            ("Gulf", "LOC", None, ["Gulf"]),
            ("Emirates NBD Capital", "ORG", None, ["Emirates NBD Capital"]),
            ("First Abu Dhabi Bank", "ORG", None, ["First Abu Dhabi Bank"]),
            ("HSBC", "ORG", None, ["HSBC"]),
            ("Standard Chartered", "ORG", None, ["Standard Chartered"]),
            ("Asia", "LOC", None, ["Asia"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Oman", "GPE", "OM", ["Oman"]),
            ("Duqm", "GPE", None, ["Duqm"]),
            (MANSOUR, "PERSON", None, [MANSOUR, "Mansour"]),
            ("United Arab Emirates", "GPE", "AE", ["United Arab Emirates"]),
            ("Egypt", "GPE", "EG", ["Egypt"]),
            ("Fitch Ratings", "ORG", None, ["Fitch Ratings"]),
            (EHH, "ORG", None, [EHH]),
            ("Faisal Qureshi", "PERSON", None, ["Faisal Qureshi"]),
        ],
        "money": [
            ("$1.5bn", 0, 1.5e9, None, "USD", "exact", None, {"payee": [SAHRA]}),
            ("$1.5 billion", 0, 1.5e9, None, "USD", "exact", None,
             {"payee": [SAHRA], "source": [SAHRA]}),
            ("$6 billion", 0, 6e9, None, "USD", "more_than", None, {"source": [SAHRA]}),
            ("AED 3.2 billion", 0, 3.2e9, None, "AED", "exact", None,
             {"payer_text": "a group of local banks", "payee": [SAHRA],
              "source": [MANSOUR]}),
            ("$871 million", 0, 871e6, None, "USD", "exact", None,
             {"payer_text": "a group of local banks", "payee": [SAHRA],
              "source": [MANSOUR]}),
            ("$1.1 billion", 0, 1.1e9, None, "USD", "approximate", None,
             {"payer": [SAHRA], "place": ["Duqm", "Oman"], "source": [MANSOUR]}),
            ("$12", 0, 12.0, None, "USD", "exact", "container",
             {"payer": [SAHRA], "payee": ["Oman"], "source": [MANSOUR]}),
            ("Dh4.6 billion", 0, 4.6e9, None, "AED", "exact", None,
             {"holder": [SAHRA], "source": [MANSOUR]}),
            ("Dh1.05 billion", 0, 1.05e9, None, "AED", "exact", None,
             {"holder": [SAHRA], "source": [MANSOUR]}),
            ("$38 billion", 0, 38e9, None, "USD", "exact", None,
             {"payee_text": "Gulf issuers", "source": ["Fitch Ratings"]}),
            ("Dh9.8 billion", 0, 9.8e9, None, "AED", "approximate", None,
             {"holder": [EHH]}),
            ("Dh7.40", 0, 7.4, None, "AED", "exact", None, {"holder": [SAHRA]}),
        ],
        "quantities": [
            ("5.25%", 0, 5.25, None, "percent", "exact"),
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("9 million containers", 0, 9e6, None, "containers", "approximate"),
            ("51%", 0, 51.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Tuesday", 0, "DATE", "2026-05-19", None, day("2026-05-19")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("30-year", 0, "DURATION", "P30Y", None, NONE),
            ("February", 0, "DATE", "2026-02", None, month("2026-02", "28")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("the first quarter", 0, "DATE", "2026-Q1", None, quarter(2026, 1)),
            ("Tuesday", 1, "DATE", "2026-05-19", None, day("2026-05-19")),
        ],
        "lists": [],
    },
    "kenya-diaspora-remittances.md": {
        "reference_date": "2026-06-10",
        "not_mentions": ["The East African Ledger"],
        "entities": [
            ("Kenyans", "NORP", None, ["Kenyans"]),
            ("Wanjiru Kamau", "PERSON", None, ["Wanjiru Kamau"]),
            ("Nairobi", "GPE", None, ["NAIROBI", "Nairobi"]),
            ("Kenya", "GPE", "KE", ["Kenya"]),
            (CBK, "ORG", None, [CBK, "CBK"]),
            ("United States", "GPE", "US", ["United States"]),
            (UK, "GPE", "GB", [UK, "Britain"]),
            ("Saudi Arabia", "GPE", "SA", ["Saudi Arabia"]),
            (TUMA, "ORG", None, [TUMA]),
            (OCHIENG, "PERSON", None, [OCHIENG, "Ochieng"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            ("sub-Saharan Africa", "LOC", None, ["sub-Saharan Africa"]),
            ("National Treasury", "ORG", None, ["National Treasury"]),
            ("Peter Otieno", "PERSON", None, ["Peter Otieno"]),
            ("Parliament", "ORG", None, ["Parliament"]),
            (KRA, "ORG", None, [KRA, "KRA"]),
            (KNBS, "ORG", None, [KNBS]),
            ("Mercy Wambui", "PERSON", None, ["Mercy Wambui"]),
            ("Mzalendo Policy Institute", "ORG", None, ["Mzalendo Policy Institute"]),
        ],
        "money": [
            ("$5.1bn", 0, 5.1e9, None, "USD", "exact", None,
             {"payer_text": "Kenyans abroad", "source": [CBK]}),
            ("$5.1 billion", 0, 5.1e9, None, "USD", "exact", None,
             {"payer_text": "Kenyans living abroad", "place": ["Kenya"], "source": [CBK]}),
            ("Sh658 billion", 0, 658e9, None, "KES", "approximate", None, {}),
            ("$2.7 billion", 0, 2.7e9, None, "USD", "exact", None, {"source": [CBK]}),
            ("$560 million", 0, 560e6, None, "USD", "exact", None, {"source": [CBK]}),
            ("$410 million", 0, 410e6, None, "USD", "exact", None, {"source": [CBK]}),
            ("£2.99", 0, 2.99, None, "GBP", "exact", "transfer",
             {"payer_text": "senders in Britain", "payee": [TUMA], "source": [OCHIENG]}),
            ("£4.50", 0, 4.5, None, "GBP", "exact", None,
             {"payer_text": "senders in Britain", "payee": [TUMA], "source": [OCHIENG]}),
            ("Sh3.2 billion", 0, 3.2e9, None, "KES", "exact", None,
             {"holder": [TUMA], "source": [OCHIENG]}),
            ("$300 million", 0, 300e6, None, "USD", "exact", None,
             {"payer_text": "Kenyans abroad", "payee": ["National Treasury"],
              "source": ["Peter Otieno"]}),
            ("Sh4 billion", 0, 4e9, None, "KES", "exact", "year", {"source": [KRA]}),
            ("Sh9,400", 0, 9400.0, None, "KES", "exact", "month",
             {"payer_text": "households receiving money from relatives abroad",
              "source": [KNBS]}),
        ],
        "quantities": [
            ("8%", 0, 8.0, None, "percent", "exact"),
            ("31%", 0, 31.0, None, "percent", "exact"),
            ("1.4 million users", 0, 1.4e6, None, "users", "exact"),
            ("7.9%", 0, 7.9, None, "percent", "exact"),
            ("1.5%", 0, 1.5, None, "percent", "exact"),
        ],
        "dates": [
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("Wednesday", 0, "DATE", "2026-06-10", None, day("2026-06-10")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("two years ago", 0, "DATE", "2024", None, year(2024)),
            ("2025", 1, "DATE", "2025", None, year(2025)),
            ("December", 0, "DATE", "2026-12", "BEFORE", month("2026-12")),
            ("last year", 1, "DATE", "2025", None, year(2025)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("a month", 0, "SET", "P1M", None, NONE),
        ],
        "lists": [],
    },
    "bangladesh-flood-pledges.json": {
        "reference_date": "2026-08-13",
        "not_mentions": [],
        "entities": [
            ("Dhaka", "GPE", None, ["DHAKA", "Dhaka"]),
            ("AFP", "ORG", None, ["AFP"]),
            ("Bangladesh", "GPE", "BD", ["Bangladesh"]),
            ("United Nations Development Programme", "ORG", None,
             ["United Nations Development Programme", "UNDP"]),
            ("World Bank", "ORG", None, ["World Bank"]),
            ("Asian Development Bank", "ORG", None, ["Asian Development Bank"]),
            ("Japan", "GPE", "JP", ["Japan"]),
            ("Sylhet", "GPE", None, ["Sylhet"]),
            ("Sunamganj", "GPE", None, ["Sunamganj"]),
            (UK, "GPE", "GB", ["Britain"]),
            ("World Food Programme", "ORG", None, ["World Food Programme"]),
            ("BRAC", "ORG", None, ["BRAC"]),
            ("Saudi Fund for Development", "ORG", None, ["Saudi Fund for Development"]),
            ("Swiss Re", "ORG", None, ["Swiss Re"]),
            (KARIM, "PERSON", None, [KARIM, "Karim"]),
            ("Farhana Akter", "PERSON", None, ["Farhana Akter"]),
            ("David Laurent", "PERSON", None, ["David Laurent"]),
        ],
        "money": [
            ("$1.1 billion", 0, 1.1e9, None, "USD", "approximate", None,
             {"payer_text": "Donors", "payee": ["Bangladesh"], "source_text": "officials"}),
            ("$2 billion", 0, 2e9, None, "USD", "exact", None, {"source_text": "officials"}),
            ("$1.8 billion", 0, 1.8e9, None, "USD", "approximate", None,
             {"source": ["United Nations Development Programme"]}),
            ("$500 million", 0, 500e6, None, "USD", "exact", None,
             {"payer": ["World Bank"], "payee": ["Bangladesh"]}),
            ("$250 million", 0, 250e6, None, "USD", "exact", None,
             {"payer": ["Asian Development Bank"], "payee_text": "the government"}),
            ("¥15 billion", 0, 15e9, None, "JPY", "exact", None,
             {"payer": ["Japan"], "place": ["Sylhet", "Sunamganj"], "source": ["Japan"]}),
            ("$102 million", 0, 102e6, None, "USD", "exact", None,
             {"payer": ["Japan"], "place": ["Sylhet", "Sunamganj"], "source": ["Japan"]}),
            ("£40 million", 0, 40e6, None, "GBP", "exact", None,
             {"payer": [UK], "payee": ["World Food Programme", "BRAC"], "source": [UK]}),
            ("$75 million", 0, 75e6, None, "USD", "exact", None,
             {"payer": ["Saudi Fund for Development"]}),
            ("$28 million", 0, 28e6, None, "USD", "exact", None,
             {"payer": ["Swiss Re"], "payee": ["Bangladesh"], "source": [KARIM]}),
            ("Tk 3,200 crore", 0, 3.2e10, None, "BDT", "exact", None,
             {"payer_text": "The government", "source": [KARIM]}),
            ("Tk 2.7 lakh crore", 0, 2.7e12, None, "BDT", "approximate", None,
             {"holder": ["Bangladesh"], "source": [KARIM]}),
        ],
        "quantities": [
            ("1.2 million households", 0, 1.2e6, None, "households", "approximate"),
            ("4.9%", 0, 4.9, None, "percent", "exact"),
            ("4.2%", 0, 4.2, None, "percent", "exact"),
            ("6 million people", 0, 6e6, None, "people", "approximate"),
        ],
        "dates": [
            ("Aug 13", 0, "DATE", "2026-08-13", None, day("2026-08-13")),
            ("Thursday", 0, "DATE", "2026-08-13", None, day("2026-08-13")),
            ("two decades", 0, "DURATION", "P20Y", None, NONE),
            ("July", 0, "DATE", "2026-07", None, month("2026-07")),
            ("11 days", 0, "DURATION", "P11D", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("the current fiscal year", 0, "DATE", "FY2026", None, NONE),
        ],
        "lists": [],
    },
    "fjordvik-energi-q3.txt": {
        "reference_date": "2026-10-29",
        "not_mentions": ["Norwegian crowns"],
        "entities": [
            (FJ, "ORG", None, [FJ, "Fjordvik Energi", "Fjordvik"]),
            ("Ingrid Solberg", "PERSON", None, ["Ingrid Solberg"]),
            ("Oslo", "GPE", None, ["OSLO", "Oslo"]),
            ("Norway", "GPE", "NO", ["Norway"]),
            ("European", "NORP", None, ["European"]),
            ("Henrik Dahl", "PERSON", None, ["Henrik Dahl"]),
            ("Hertha", "FAC", None, ["Hertha"]),
            ("Norwegian Sea", "LOC", None, ["Norwegian Sea"]),
            ("Canadian", "NORP", None, ["Canadian"]),
            ("Polaris Petroleum", "ORG", None, ["Polaris Petroleum"]),
            ("Torunn Haug", "PERSON", None, ["Torunn Haug", "Haug"]),
            ("Eirik Nes", "PERSON", None, ["Eirik Nes"]),
            ("NTB", "ORG", None, ["NTB"]),
        ],
        "money": [
            ("11.4 billion crowns", 0, 11.4e9, None, "NOK", "exact", None, {"payer": [FJ]}),
            ("4.8 billion Norwegian crowns", 0, 4.8e9, None, "NOK", "exact", None,
             {"holder": [FJ], "source": [FJ]}),
            ("$452 million", 0, 452e6, None, "USD", "exact", None,
             {"holder": [FJ], "source": [FJ]}),
            ("6.1 billion crowns", 0, 6.1e9, None, "NOK", "exact", None,
             {"holder": [FJ], "source": [FJ]}),
            ("31.2 billion crowns", 0, 31.2e9, None, "NOK", "exact", None,
             {"holder": [FJ], "source": [FJ]}),
            ("5.1 billion crowns", 0, 5.1e9, None, "NOK", "exact", None,
             {"holder": [FJ], "source_text": "analysts"}),
            ("€31", 0, 31.0, None, "EUR", "exact", "megawatt hour", {}),
            ("11.4 billion crowns", 1, 11.4e9, None, "NOK", "exact", None,
             {"payer": [FJ], "payee_text": "the state"}),
            ("45 billion crowns", 0, 45e9, None, "NOK", "approximate", None,
             {"payer": [FJ], "source": ["Henrik Dahl"]}),
            ("3.20 crowns", 0, 3.2, None, "NOK", "exact", "share", {"payer": [FJ]}),
            ("3.9 billion crowns", 0, 3.9e9, None, "NOK", "approximate", None,
             {"payer": [FJ]}),
            ("1.3 billion crowns", 0, 1.3e9, None, "NOK", "approximate", None,
             {"payee": ["Norway"]}),
            ("$640 million", 0, 640e6, None, "USD", "exact", None,
             {"payer": ["Polaris Petroleum"], "payee": [FJ]}),
            ("24 billion crowns", 0, 24e9, None, "NOK", "exact", None, {"holder": [FJ]}),
            ("187.40 crowns", 0, 187.4, None, "NOK", "exact", None, {"holder": [FJ]}),
        ],
        "quantities": [
            ("12%", 0, 12.0, None, "percent", "exact"),
            ("34%", 0, 34.0, None, "percent", "exact"),
            ("20%", 0, 20.0, None, "percent", "exact"),
            ("2.3%", 0, 2.3, None, "percent", "exact"),
        ],
        "dates": [
            ("Oct 29", 0, "DATE", "2026-10-29", None, day("2026-10-29")),
            ("third-quarter", 0, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("Thursday", 0, "DATE", "2026-10-29", None, day("2026-10-29")),
            ("the third quarter of last year", 0, "DATE", "2025-Q3", None,
             quarter(2025, 3)),
            ("last year", 1, "DATE", "2025", None, year(2025)),
            ("the third quarter", 1, "DATE", "2026-Q3", None, quarter(2026, 3)),
            ("2026", 0, "DATE", "2026", None, year(2026)),
            ("the first quarter of 2027", 0, "DATE", "2027-Q1", None, quarter(2027, 1)),
            ("2026", 1, "DATE", "2026", None, year(2026)),
            ("February", 0, "DATE", "2027-02", None, month("2027-02", "28")),
        ],
        "lists": [],
    },
    "northlight-robotics-funding.txt": {
        "reference_date": "2026-09-24",
        "not_mentions": [],
        "entities": [
            ("Toronto", "GPE", None, ["Toronto"]),
            (NL, "ORG", None, [NL, "Northlight Robotics", "Northlight"]),
            ("Priya Raman", "PERSON", None, ["Priya Raman"]),
            ("Vancouver", "GPE", None, ["Vancouver"]),
            (MRV, "ORG", None, [MRV, "Maple Ridge"]),
            (CDPQ, "ORG", None, [CDPQ]),
            ("Boreal Growth Partners", "ORG", None, ["Boreal Growth Partners"]),
            ("Hamilton", "GPE", None, ["Hamilton"]),
            ("Ontario", "GPE", None, ["Ontario"]),
            ("Claire Beaulieu", "PERSON", None, ["Claire Beaulieu"]),
            (OKAFOR, "PERSON", None, [OKAFOR, "Okafor"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Argos Vision", "ORG", None, ["Argos Vision"]),
            ("Pittsburgh", "GPE", None, ["Pittsburgh"]),
            ("North America", "LOC", None, ["North America"]),
            ("Kestrel Research", "ORG", None, ["Kestrel Research"]),
            ("Sofia Lindgren", "PERSON", None, ["Sofia Lindgren"]),
            ("University of Waterloo", "ORG", None, ["University of Waterloo"]),
        ],
        "money": [
            ("C$85 million", 0, 85e6, None, "CAD", "exact", None, {"payee": [NL]}),
            ("C$85 million", 1, 85e6, None, "CAD", "exact", None,
             {"payer": [MRV, CDPQ, "Boreal Growth Partners"], "payee": [NL],
              "source": [NL]}),
            ("US$61 million", 0, 61e6, None, "USD", "exact", None,
             {"payer": [MRV, CDPQ, "Boreal Growth Partners"], "payee": [NL],
              "source": [NL]}),
            ("C$640 million", 0, 640e6, None, "CAD", "exact", None,
             {"holder": [NL], "source_text": "a person familiar with the financing"}),
            ("C$390 million", 0, 390e6, None, "CAD", "exact", None,
             {"holder": [NL], "source_text": "a person familiar with the financing"}),
            ("C$22 million", 0, 22e6, None, "CAD", "exact", None,
             {"payer_text": "The federal government", "payee": [NL],
              "place": ["Hamilton", "Ontario"], "source": ["Claire Beaulieu"]}),
            ("C$70 million", 0, 70e6, None, "CAD", "approximate", None,
             {"payer": [NL], "place": ["Hamilton"]}),
            ("C$10 million", 0, 10e6, None, "CAD", "exact", None,
             {"payer": ["Ontario"], "payee": [NL], "source": ["Ontario"]}),
            ("C$48 million", 0, 48e6, None, "CAD", "exact", None,
             {"holder": [NL], "source": [OKAFOR]}),
            ("C$100 million", 0, 100e6, None, "CAD", "approximate", None,
             {"holder": [NL], "source": [OKAFOR]}),
            ("C$31 million", 0, 31e6, None, "CAD", "exact", None, {"holder": [NL]}),
            ("US$18 million", 0, 18e6, None, "USD", "exact", None,
             {"payer": [NL], "holder": ["Argos Vision"], "source": [OKAFOR]}),
            ("US$14 billion", 0, 14e9, None, "USD", "exact", None,
             {"place": ["North America"], "source": ["Kestrel Research"]}),
        ],
        "quantities": [
            ("400 people", 0, 400.0, None, "people", "exact"),
            ("35 employees", 0, 35.0, None, "employees", "exact"),
            ("520 people", 0, 520.0, None, "people", "approximate"),
        ],
        "dates": [
            ("Thursday, September 24, 2026", 0, "DATE", "2026-09-24", None,
             day("2026-09-24")),
            ("Thursday", 1, "DATE", "2026-09-24", None, day("2026-09-24")),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("late 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2028", 0, "DATE", "2028", "ON_OR_BEFORE", year(2028)),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
        ],
        "lists": [],
    },
    "rheinland-assekuranz-fine.html": {
        "reference_date": "2026-11-18",
        "not_mentions": [],
        "entities": [
            ("BaFin", "ORG", None, ["BaFin"]),
            (RH, "ORG", None, [RH, "Rheinland Assekuranz", "Rheinland"]),
            ("Lukas Brenner", "PERSON", None, ["Lukas Brenner"]),
            ("Frankfurt", "GPE", None, ["Frankfurt"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            ("Bavaria", "GPE", None, ["Bavaria"]),
            ("Hanseatic Leben", "ORG", None, ["Hanseatic Leben"]),
            (VZBV, "ORG", None, [VZBV, "vzbv"]),
            ("Munich", "GPE", None, ["Munich"]),
            ("Munich Re", "ORG", None, ["Munich Re"]),
            ("Markus Vogel", "PERSON", None, ["Markus Vogel", "Vogel"]),
            ("German", "NORP", None, ["German"]),
            (GDV, "ORG", None, [GDV, "GDV"]),
        ],
        "money": [
            ("€18 million", 0, 18e6, None, "EUR", "exact", None,
             {"payer": [RH], "payee": ["BaFin"]}),
            ("€18 million", 1, 18e6, None, "EUR", "exact", None,
             {"payer": [RH], "payee": ["BaFin"], "source": ["BaFin"]}),
            ("€11.5 million", 0, 11.5e6, None, "EUR", "exact", None,
             {"payer": ["Hanseatic Leben"], "payee": ["BaFin"]}),
            ("€42 million", 0, 42e6, None, "EUR", "exact", None,
             {"payer": [RH], "payee_text": "about 9,000 policyholders"}),
            ("€2,500 and €6,000", 0, 2500.0, 6000.0, "EUR", "range", None,
             {"payee_text": "Each household", "source": [VZBV]}),
            ("€310 million", 0, 310e6, None, "EUR", "exact", None,
             {"payer": [RH], "source": [RH]}),
            ("€450 million", 0, 450e6, None, "EUR", "approximate", None,
             {"payer": [RH], "source": [RH]}),
            ("€200 million", 0, 200e6, None, "EUR", "approximate", None,
             {"payer": ["Munich Re"], "source": [RH]}),
            ("€650,000", 0, 650000.0, None, "EUR", "exact", None, {"source": [RH]}),
            ("€2.1 million", 0, 2.1e6, None, "EUR", "exact", None,
             {"payer": [RH], "payee": ["Markus Vogel"], "source": [RH]}),
            ("€5.7 billion", 0, 5.7e9, None, "EUR", "exact", None,
             {"payer_text": "German insurers", "source": [GDV]}),
            ("€150 million", 0, 150e6, None, "EUR", "exact", None,
             {"payer": ["Bavaria"], "payee_text": "uninsured households"}),
            ("€54.20", 0, 54.2, None, "EUR", "exact", None, {"holder": [RH]}),
            ("€4.3 billion", 0, 4.3e9, None, "EUR", "approximate", None, {"holder": [RH]}),
            ("€7.9 billion", 0, 7.9e9, None, "EUR", "exact", None, {"holder": [RH]}),
        ],
        "quantities": [
            ("9,000 policyholders", 0, 9000.0, None, "policyholders", "approximate"),
            ("14,200 claims", 0, 14200.0, None, "claims", "exact"),
            ("3.1%", 0, 3.1, None, "percent", "exact"),
            ("6%", 0, 6.0, None, "percent", "exact"),
        ],
        "dates": [
            ("June last year", 0, "DATE", "2025-06", None, month("2025-06", "30")),
            ("Wednesday", 0, "DATE", "2026-11-18", None, day("2026-11-18")),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("June", 1, "DATE", "2025-06", None, month("2025-06", "30")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2021", 0, "DATE", "2021", "ON_OR_AFTER", year(2021)),
            ("2025", 1, "DATE", "2025", None, year(2025)),
            ("the first half", 0, "DATE", "2026-H1", None, ("2026-01-01", "2026-06-30")),
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
    the byline (class="byline") moved to right after the <h1>."""

    BLOCKS = {"h1", "h2", "p", "li"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = False
        self.skip = 0
        self.current: list[str] | None = None
        self.current_byline = False
        self.blocks: list[str] = []
        self.byline: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.in_article = True
        elif not self.in_article:
            return
        elif tag == "time" or attrs.get("class") == "share":
            self.skip += 1
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
        elif tag in self.BLOCKS and self.current is not None:
            block = " ".join("".join(self.current).split())
            if self.current_byline:
                self.byline = block
            else:
                self.blocks.append(block)
            self.current = None

    def handle_data(self, data):
        if self.in_article and not self.skip and self.current is not None:
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


READERS = {".txt": read_txt, ".json": read_json, ".md": read_md, ".html": read_html}


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
            "lists": spec["lists"]}


def write() -> None:
    for source, spec in ARTICLES.items():
        path = HERE / f"{Path(source).stem}.gold.json"
        data = gold(source, spec)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(path.name, len(data["entities"]), "entities", len(data["money"]), "money",
              len(data["quantities"]), "quantities", len(data["dates"]), "dates")


if __name__ == "__main__":
    write()
