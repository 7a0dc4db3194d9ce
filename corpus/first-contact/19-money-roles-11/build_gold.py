"""Round 19-money-roles-11: the annotations, by hand. Offsets come from a plain text search (the
helpers of round 19-money-roles, copied here unchanged from round 19-money-roles-10; never artex);
run python3 build_gold.py from any folder. Standard library only.

The round has .txt articles, a .json record with "text" and one with "html" (the title lives
only in "title"), a Markdown file with front matter and a CMS HTML page; the readers below
(copied unchanged from round 19-money-roles-10) turn the .md and .html files into the text a
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

ARC = "African Risk Capacity"
MEF = "Ministry of Economy and Finance"
BBT = "Beira Bulk Terminals"
IND = "Índico Seguros"
MAR = "Marmara Tersanecilik"
IST = "Istmo Maritime Holdings"
GEO = "Geoje Heavy Industries"
VER = "Marisol Vergara"
KEX = "Export-Import Bank of Korea"
ACP = "Panama Canal Authority"
BOC = "Bocas Shipbrokers"
DUN = "FK Dunav Novi Sad"
RHE = "FC Rheinhafen"
ILI = "Nenad Ilić"
FSS = "Football Association of Serbia"
MIL = "Dragan Milošević"
JOV = "Luka Jovanović"
MPF = "Mauritius Public Employees Pension Fund"
RAM = "Devika Ramdin"
CEB = "Central Electricity Board"
LBR = "Lagon Bleu Resorts"
IOAS = "Indian Ocean Actuarial Services"
MOFM = "Ministry of Finance, Economic Planning and Development"
FPSU = "Federation of Public Sector Unions"
SC = "Sarajevo Canton"
SCMF = "Sarajevo Canton Ministry of Finance"
SASE = "Sarajevo Stock Exchange"
MEH = "Edin Mehmedović"
EBRD = "European Bank for Reconstruction and Development"
SECO = "State Secretariat for Economic Affairs"
SEI = "State Environmental Inspectorate"
ATG = "Ala-Too Gold"
MNR = "Ministry of Natural Resources, Ecology and Technical Supervision"
TSR = "Tien Shan Resources Corp"
EDB = "Eurasian Development Bank"
SAH = "Sahel Textiles"
UGTT = "Tunisian General Labour Union"
JAZ = "Hichem Jaziri"
MLS = "Moda Levante SA"
EU = "European Union"
MIME = "Ministry of Industry, Mines and Energy"
INS = "National Institute of Statistics"
BTS = "Banque Tunisienne de Solidarité"

ARTICLES = {
    "mozambique-cyclone-insurance.txt": {
        "reference_date": "2026-12-14",
        "not_mentions": [],
        "entities": [
            ("Mozambique", "GPE", "MZ", ["Mozambique"]),
            ("Beira", "GPE", None, ["Beira"]),
            ("Helena Macuácua", "PERSON", None, ["Helena Macuácua"]),
            ("Maputo", "GPE", None, ["MAPUTO", "Maputo"]),
            ("Lusa", "ORG", None, ["Lusa"]),
            (ARC, "ORG", None, [ARC, "ARC"]),
            ("Cyclone Nadia", "EVENT", None, ["Cyclone Nadia"]),
            ("Sofala", "GPE", None, ["Sofala"]),
            (MEF, "ORG", None, [MEF]),
            ("African Development Bank", "ORG", None, ["African Development Bank"]),
            ("Carlos Nhantumbo", "PERSON", None, ["Carlos Nhantumbo"]),
            ("Dondo", "GPE", None, ["Dondo"]),
            (BBT, "ORG", None, [BBT]),
            ("Port of Beira", "FAC", None, ["Port of Beira"]),
            ("Rui Tembe", "PERSON", None, ["Rui Tembe", "Tembe"]),
            (IND, "ORG", None, [IND]),
            ("London", "GPE", None, ["London"]),
            ("Turkish", "NORP", None, ["Turkish"]),
            (MAR, "ORG", None, [MAR]),
            ("World Bank", "ORG", None, ["World Bank"]),
            ("Manica", "GPE", None, ["Manica"]),
            ("Japan", "GPE", "JP", ["Japan"]),
            (EU, "ORG", None, [EU]),
            ("Munhava", "GPE", None, ["Munhava"]),
            ("Chaimite", "GPE", None, ["Chaimite"]),
            ("Fátima Langa", "PERSON", None, ["Fátima Langa"]),
            ("Tomás Mabunda", "PERSON", None, ["Tomás Mabunda"]),
            ("Sara Mendes", "PERSON", None, ["Sara Mendes"]),
        ],
        "money": [
            ("$18 Million", 0, 18e6, None, "USD", "exact", None, {"payee": ["Mozambique"]}),
            ("$18 million", 0, 18e6, None, "USD", "exact", None,
             {"payer": [ARC], "payee": ["Mozambique"], "source": [MEF]}),
            ("$2.6 million", 0, 2.6e6, None, "USD", "exact", None,
             {"payer": ["Mozambique"], "source": [MEF]}),
            ("410 million meticais", 0, 410e6, None, "MZN", "exact", None,
             {"payer_text": "The government", "source": ["Carlos Nhantumbo"]}),
            ("$46 million", 0, 46e6, None, "USD", "approximate", None,
             {"holder": [BBT], "source": ["Rui Tembe"]}),
            ("$12.5 million", 0, 12.5e6, None, "USD", "exact", None,
             {"payer": [IND], "source": ["Rui Tembe"]}),
            ("$4 million", 0, 4e6, None, "USD", "exact", None,
             {"payer": [IND], "source": ["Rui Tembe"]}),
            ("$31 million", 0, 31e6, None, "USD", "exact", None,
             {"payer": [BBT], "payee": [MAR]}),
            ("$88 million", 0, 88e6, None, "USD", "exact", None,
             {"holder": [BBT], "source": [BBT]}),
            ("$390 million", 0, 390e6, None, "USD", "exact", None,
             {"holder_text": "total damage from the storm", "source": ["World Bank"]}),
            ("$150 million", 0, 150e6, None, "USD", "exact", None,
             {"payer": ["World Bank"], "place": ["Sofala", "Manica"]}),
            ("$20 million", 0, 20e6, None, "USD", "exact", None, {"payer": ["Japan"]}),
            ("€15 million", 0, 15e6, None, "EUR", "exact", None,
             {"payer": [EU], "source": [EU]}),
            ("1.2 billion meticais", 0, 1.2e9, None, "MZN", "exact", None,
             {"payer": ["Beira"], "place": ["Munhava", "Chaimite"], "source": ["Beira"]}),
            ("640 million meticais", 0, 640e6, None, "MZN", "exact", None,
             {"holder": ["Beira"], "source": ["Beira"]}),
            ("38 million meticais", 0, 38e6, None, "MZN", "exact", None,
             {"payer_text": "residents and local businesses", "payee": ["Beira"],
              "source": ["Fátima Langa"]}),
        ],
        "quantities": [
            ("40%", 0, 40.0, None, "percent", "exact"),
            ("120,000 people", 0, 120000.0, None, "people", "approximate"),
        ],
        "dates": [
            ("Dec 14", 0, "DATE", "2026-12-14", None, day("2026-12-14")),
            ("last month", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("Monday", 0, "DATE", "2026-12-14", None, day("2026-12-14")),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("last week", 0, "DATE", "2026-W50", None, ("2026-12-07", "2026-12-13")),
            ("the end of 2027", 0, "DATE", "2027", "END", ("2027-09-01", "2027-12-31")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("Dec 10", 0, "DATE", "2026-12-10", None, day("2026-12-10")),
        ],
        "lists": [],
    },
    "panama-lng-carrier-order.txt": {
        "reference_date": "2026-12-15",
        "not_mentions": ["Canal Business Review"],
        "entities": [
            ("Panamanian", "NORP", None, ["Panamanian"]),
            ("Ricardo Almengor", "PERSON", None, ["Ricardo Almengor"]),
            ("Panama City", "GPE", None, ["PANAMA CITY"]),
            (IST, "ORG", None, [IST, "Istmo"]),
            ("South Korea", "GPE", "KR", ["South Korea"]),
            (GEO, "ORG", None, [GEO]),
            (VER, "PERSON", None, [VER, "Vergara"]),
            (KEX, "ORG", None, [KEX, "KEXIM"]),
            ("Panama", "GPE", "PA", ["Panama"]),
            ("Banco General", "ORG", None, ["Banco General"]),
            ("Latinex", "ORG", None, ["Latinex"]),
            ("Panama Canal", "FAC", None, ["Panama Canal"]),
            (ACP, "ORG", None, [ACP, "ACP"]),
            ("Rodrigo Batista", "PERSON", None, ["Rodrigo Batista"]),
            (BOC, "ORG", None, [BOC]),
            ("Gatun Lake", "LOC", None, ["Gatun Lake"]),
            ("Asia", "LOC", None, ["Asia"]),
            ("Laura Cedeño", "PERSON", None, ["Laura Cedeño"]),
        ],
        "money": [
            ("$1.3 Billion", 0, 1.3e9, None, "USD", "exact", None,
             {"payer_text": "Panamanian Shipowner"}),
            ("$1.3 billion", 0, 1.3e9, None, "USD", "exact", None,
             {"payer": [IST], "payee": [GEO], "source": [IST]}),
            ("$216 million", 0, 216e6, None, "USD", "approximate", None,
             {"holder_text": "Each vessel", "source": [VER]}),
            ("$900 million", 0, 900e6, None, "USD", "exact", None,
             {"payer": [KEX, "Banco General"], "payee": [IST]}),
            ("$400 million", 0, 400e6, None, "USD", "exact", None, {"payer": [IST]}),
            ("$250 million", 0, 250e6, None, "USD", "at_most", None,
             {"payee": [IST], "source": [VER]}),
            ("$14.20", 0, 14.2, None, "USD", "exact", None, {"holder": [IST]}),
            ("$1.1 billion", 0, 1.1e9, None, "USD", "approximate", None, {"holder": [IST]}),
            ("$6,800", 0, 6800.0, None, "USD", "exact", "month",
             {"payer": [IST], "payee_text": "Panamanian officers", "source": [VER]}),
            ("35 cents", 0, 0.35, None, "USD", "exact", "share", {"payer": [IST]}),
            ("$400,000 and $600,000", 0, 400000.0, 600000.0, "USD", "range", "transit",
             {"payer_text": "Shipowners", "source": [ACP]}),
            ("$5.7 billion", 0, 5.7e9, None, "USD", "exact", None,
             {"holder": [ACP], "source": [ACP]}),
            ("$2.5 billion", 0, 2.5e9, None, "USD", "exact", None,
             {"payer": [ACP], "payee_text": "the national treasury",
              "source": ["Rodrigo Batista"]}),
            ("$1 billion", 0, 1e9, None, "USD", "approximate", None,
             {"holder_text": "shipping lines", "source": [BOC]}),
            ("$95,000", 0, 95000.0, None, "USD", "exact", "day",
             {"payee_text": "each ship", "source": [BOC]}),
        ],
        "quantities": [
            ("240 officers", 0, 240.0, None, "officers", "approximate"),
            ("18%", 0, 18.0, None, "percent", "exact"),
        ],
        "dates": [
            ("15 December 2026", 0, "DATE", "2026-12-15", None, day("2026-12-15")),
            ("Tuesday", 0, "DATE", "2026-12-15", None, day("2026-12-15")),
            ("2004", 0, "DATE", "2004", None, year(2004)),
            ("the second half of 2028", 0, "DATE", "2028-H2", None,
             ("2028-07-01", "2028-12-31")),
            ("the first quarter of next year", 0, "DATE", "2027-Q1", None, quarter(2027, 1)),
            ("Tuesday", 1, "DATE", "2026-12-15", None, day("2026-12-15")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("June", 0, "DATE", "2026-06", None, month("2026-06", "30")),
            ("fiscal 2026", 0, "DATE", "FY2026", None, NONE),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("last week", 0, "DATE", "2026-W50", None, ("2026-12-07", "2026-12-13")),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("this year", 0, "DATE", "2026", None, year(2026)),
        ],
        "lists": [],
    },
    "serbia-striker-transfer.txt": {
        "reference_date": "2026-12-16",
        "not_mentions": [],
        "entities": [
            (DUN, "ORG", None, [DUN, "Dunav"]),
            (JOV, "PERSON", None, [JOV, "Jovanović"]),
            ("German", "NORP", None, ["German"]),
            ("Milica Đorđević", "PERSON", None, ["Milica Đorđević"]),
            ("Novi Sad", "GPE", None, ["NOVI SAD", "Novi Sad"]),
            ("Tanjug", "ORG", None, ["Tanjug"]),
            (RHE, "ORG", None, [RHE, "Rheinhafen"]),
            ("Serbian", "NORP", None, ["Serbian"]),
            ("Champions League", "EVENT", None, ["Champions League"]),
            (ILI, "PERSON", None, [ILI, "Ilić"]),
            (FSS, "ORG", None, [FSS]),
            ("FIFA", "ORG", None, ["FIFA"]),
            ("FK Sloga Temerin", "ORG", None, ["FK Sloga Temerin"]),
            (MIL, "PERSON", None, [MIL, "Milošević"]),
            ("Hamburg", "GPE", None, ["Hamburg"]),
            ("Elbe Capital", "ORG", None, ["Elbe Capital"]),
            ("FK Begej Zrenjanin", "ORG", None, ["FK Begej Zrenjanin"]),
            ("Stefan Kostić", "PERSON", None, ["Stefan Kostić"]),
            ("Zoran Petrović", "PERSON", None, ["Zoran Petrović"]),
        ],
        "money": [
            ("€14 Million", 0, 14e6, None, "EUR", "exact", None,
             {"payer_text": "German Side", "payee": [DUN]}),
            ("€14 million", 0, 14e6, None, "EUR", "exact", None,
             {"payer": [RHE], "payee": [DUN], "source": [DUN]}),
            ("€17 million", 0, 17e6, None, "EUR", "exact", None,
             {"holder_text": "The fee", "source": [ILI]}),
            ("€6 million", 0, 6e6, None, "EUR", "exact", None,
             {"payer": [RHE],
              "source_text": "documents filed with the Football Association of Serbia"}),
            ("€700,000", 0, 700000.0, None, "EUR", "approximate", None,
             {"payee_text": "the clubs that trained him as a youth player"}),
            ("€120,000", 0, 120000.0, None, "EUR", "approximate", None,
             {"payee": ["FK Sloga Temerin"], "source": [ILI]}),
            ("€1.8 million", 0, 1.8e6, None, "EUR", "approximate", "year",
             {"payee": [JOV], "source_text": "a person familiar with the terms"}),
            ("620 million dinars", 0, 620e6, None, "RSD", "exact", None,
             {"holder": [DUN], "source": [MIL]}),
            ("1.1 billion dinars", 0, 1.1e9, None, "RSD", "exact", None, {"holder": [DUN]}),
            ("280 million dinars", 0, 280e6, None, "RSD", "exact", None, {"holder": [DUN]}),
            ("450 million dinars", 0, 450e6, None, "RSD", "exact", None,
             {"payer": ["Novi Sad"], "payee": [DUN], "source": [MIL]}),
            ("€1 million", 0, 1e6, None, "EUR", "exact", None,
             {"payer": [DUN], "source": [MIL]}),
            ("5 million dinars", 0, 5e6, None, "RSD", "exact", None,
             {"payer": [DUN], "payee": [JOV], "source": [MIL]}),
            ("€96 million", 0, 96e6, None, "EUR", "exact", None,
             {"payee_text": "Serbian clubs", "source": [FSS]}),
            ("€22 million", 0, 22e6, None, "EUR", "exact", None,
             {"holder": [RHE], "source": [RHE]}),
            ("€40 million", 0, 40e6, None, "EUR", "approximate", None,
             {"payer": [RHE], "source": [RHE]}),
        ],
        "quantities": [
            ("15%", 0, 15.0, None, "percent", "exact"),
            ("19 goals", 0, 19.0, None, "goals", "exact"),
            ("31 matches", 0, 31.0, None, "matches", "exact"),
        ],
        "dates": [
            ("Dec 16", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("Wednesday", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("January", 0, "DATE", "2027-01", None, month("2027-01")),
            ("July 2028", 0, "DATE", "2028-07", "ON_OR_BEFORE", month("2028-07")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("five-year", 0, "DURATION", "P5Y", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("last month", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("2025", 1, "DATE", "2025", None, year(2025)),
            ("the summer", 0, "DATE", "2026-SU", "ON_OR_AFTER", NONE),
            ("Nov 29", 0, "DATE", "2026-11-29", None, day("2026-11-29")),
        ],
        "lists": [],
    },
    "mauritius-pension-fund.md": {
        "reference_date": "2026-12-15",
        "not_mentions": ["Island Finance Review"],
        "entities": [
            ("Mauritian", "NORP", None, ["Mauritian"]),
            ("Anjali Seewoosunkur", "PERSON", None, ["Anjali Seewoosunkur"]),
            ("Port Louis", "GPE", None, ["PORT LOUIS"]),
            (MPF, "ORG", None, [MPF, "MPEPF"]),
            (RAM, "PERSON", None, [RAM, "Ramdin"]),
            ("Henrietta", "GPE", None, ["Henrietta"]),
            ("Plaines Wilhems", "GPE", None, ["Plaines Wilhems"]),
            (CEB, "ORG", None, [CEB]),
            ("Soleil Austral Ltd", "ORG", None, ["Soleil Austral Ltd"]),
            (LBR, "ORG", None, [LBR, "Lagon Bleu"]),
            ("French", "NORP", None, ["French"]),
            ("Groupe Alizé", "ORG", None, ["Groupe Alizé"]),
            ("Financial Services Commission", "ORG", None, ["Financial Services Commission"]),
            ("Mauritius", "GPE", "MU", ["Mauritius"]),
            (IOAS, "ORG", None, [IOAS]),
            (MOFM, "ORG", None, [MOFM]),
            (FPSU, "ORG", None, [FPSU]),
            ("Vikash Doobur", "PERSON", None, ["Vikash Doobur"]),
        ],
        "money": [
            ("Rs 148 billion", 0, 148e9, None, "MUR", "exact", None,
             {"holder": [MPF], "source": [MPF]}),
            ("Rs 139 billion", 0, 139e9, None, "MUR", "exact", None, {"holder": [MPF]}),
            ("Rs 11.3 billion", 0, 11.3e9, None, "MUR", "exact", None,
             {"payer": [MPF], "source": [RAM]}),
            ("Rs 9.6 billion", 0, 9.6e9, None, "MUR", "exact", None,
             {"payer_text": "the government", "source": [RAM]}),
            ("Rs 3.1 billion", 0, 3.1e9, None, "MUR", "exact", None,
             {"payer_text": "members", "source": [RAM]}),
            ("Rs 2.1 billion", 0, 2.1e9, None, "MUR", "exact", None,
             {"payer": [MPF], "place": ["Henrietta", "Plaines Wilhems"], "source": [RAM]}),
            ("Rs 4.90", 0, 4.9, None, "MUR", "exact", "kilowatt hour", {"payer": [CEB]}),
            ("Rs 600 million", 0, 600e6, None, "MUR", "exact", None,
             {"payee": ["Soleil Austral Ltd"]}),
            ("Rs 1.4 billion", 0, 1.4e9, None, "MUR", "exact", None,
             {"payer": [MPF], "payee": ["Groupe Alizé"]}),
            ("Rs 7 billion", 0, 7e9, None, "MUR", "exact", None, {"holder": [LBR]}),
            ("Rs 3.50", 0, 3.5, None, "MUR", "exact", "share", {"payer": [LBR]}),
            ("Rs 610 million", 0, 610e6, None, "MUR", "exact", None,
             {"holder": [LBR], "source": [LBR]}),
            ("Rs 26 billion", 0, 26e9, None, "MUR", "exact", None,
             {"holder": [MPF], "source": [IOAS]}),
            ("Rs 1,100", 0, 1100.0, None, "MUR", "approximate", "month",
             {"holder_text": "a typical teacher", "source": [FPSU]}),
            ("Rs 24,600", 0, 24600.0, None, "MUR", "exact", "month",
             {"payee_text": "Retired civil servants"}),
            ("Rs 27,900", 0, 27900.0, None, "MUR", "exact", "month",
             {"payee_text": "Police and fire officers"}),
            ("Rs 22,150", 0, 22150.0, None, "MUR", "exact", "month",
             {"payee_text": "Teachers"}),
            ("Rs 21,400", 0, 21400.0, None, "MUR", "exact", None, {"payee_text": "Teachers"}),
            ("Rs 9,850", 0, 9850.0, None, "MUR", "exact", "month",
             {"payee_text": "Survivors"}),
        ],
        "quantities": [
            ("7.1%", 0, 7.1, None, "percent", "exact"),
            ("7.1%", 1, 7.1, None, "percent", "exact"),
            ("61,000 retirees", 0, 61000.0, None, "retirees", "approximate"),
            ("45-megawatt", 0, 45.0, None, "megawatt", "exact"),
            ("20%", 0, 20.0, None, "percent", "exact"),
            ("4%", 0, 4.0, None, "percent", "exact"),
            ("6%", 0, 6.0, None, "percent", "exact"),
            ("8%", 0, 8.0, None, "percent", "exact"),
        ],
        "dates": [
            ("June", 0, "DATE", "2026-06", None, month("2026-06", "30")),
            ("Monday", 0, "DATE", "2026-12-14", None, day("2026-12-14")),
            ("a year earlier", 0, "DATE", "2025-06", None, month("2025-06", "30")),
            ("20 years", 0, "DURATION", "P20Y", None, NONE),
            ("mid-2028", 0, "DATE", "2028", "MID", ("2028-05-01", "2028-08-31")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("June", 1, "DATE", "2026-06", None, month("2026-06", "30")),
            ("the next 15 years", 0, "DURATION", "P15Y", None, NONE),
            ("June", 2, "DATE", "2026-06", None, month("2026-06", "30")),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("July 2027", 0, "DATE", "2027-07", None, month("2027-07")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("this year", 0, "DATE", "2026", None, year(2026)),
            ("a month", 1, "SET", "P1M", None, NONE),
            ("a month", 2, "SET", "P1M", None, NONE),
            ("a month", 3, "SET", "P1M", None, NONE),
            ("a month", 4, "SET", "P1M", None, NONE),
        ],
        "lists": [
            ("Average pensions paid by the fund this year", "other", "neutral", [
                ("Retired civil servants", "Rs 24,600 a month.", 0),
                ("Police and fire officers", "Rs 27,900 a month.", 0),
                ("Teachers", "Rs 22,150 a month, up from Rs 21,400.", 0),
                ("Survivors", "Rs 9,850 a month.", 0),
            ]),
        ],
    },
    "sarajevo-tram-bond.html": {
        "reference_date": "2026-12-16",
        "not_mentions": ["Swiss francs"],
        "entities": [
            (SC, "GPE", None, [SC]),
            ("Amra Hadžić", "PERSON", None, ["Amra Hadžić"]),
            ("Sarajevo", "GPE", None, ["SARAJEVO", "Sarajevo"]),
            (SASE, "ORG", None, [SASE]),
            (SCMF, "ORG", None, [SCMF]),
            ("Bosnia and Herzegovina", "GPE", "BA", ["Bosnia and Herzegovina"]),
            ("Bosna Invest Banka", "ORG", None, ["Bosna Invest Banka"]),
            ("Unija Osiguranje", "ORG", None, ["Unija Osiguranje"]),
            ("Ilidža", "GPE", None, ["Ilidža"]),
            ("Marijin Dvor", "GPE", None, ["Marijin Dvor"]),
            ("Novo Sarajevo", "GPE", None, ["Novo Sarajevo"]),
            (MEH, "PERSON", None, [MEH, "Mehmedović"]),
            ("Dženan Kovač", "PERSON", None, ["Dženan Kovač"]),
            ("Switzerland", "GPE", "CH", ["Switzerland"]),
            (EBRD, "ORG", None, [EBRD, "EBRD"]),
            ("Swiss", "NORP", None, ["Swiss"]),
            ("Alpentram AG", "ORG", None, ["Alpentram AG"]),
            (SECO, "ORG", None, [SECO, "SECO"]),
            ("GRAS", "ORG", None, ["GRAS"]),
            ("Lejla Begić", "PERSON", None, ["Lejla Begić"]),
            ("Hrasnica", "GPE", None, ["Hrasnica"]),
        ],
        "money": [
            ("KM 120 Million", 0, 120e6, None, "BAM", "exact", None, {"payee": [SC]}),
            ("120 million convertible marks", 0, 120e6, None, "BAM", "exact", None,
             {"payee": [SC], "source": [SCMF]}),
            ("€61 million", 0, 61e6, None, "EUR", "exact", None,
             {"payee": [SC], "source": [SCMF]}),
            ("KM 35 million", 0, 35e6, None, "BAM", "exact", None,
             {"payer": ["Bosna Invest Banka"], "source": [SASE]}),
            ("KM 25 million", 0, 25e6, None, "BAM", "exact", None,
             {"payer": ["Unija Osiguranje"], "source": [SASE]}),
            ("KM 84 million", 0, 84e6, None, "BAM", "exact", None,
             {"payer": [SC], "place": ["Ilidža", "Marijin Dvor"], "source": [MEH]}),
            ("KM 36 million", 0, 36e6, None, "BAM", "exact", None,
             {"payer": [SC], "place": ["Novo Sarajevo"], "source": [MEH]}),
            ("€40 million", 0, 40e6, None, "EUR", "exact", None,
             {"payer": [EBRD], "payee": [SC]}),
            ("€52 million", 0, 52e6, None, "EUR", "exact", None, {"payee": ["Alpentram AG"]}),
            ("8 million Swiss francs", 0, 8e6, None, "CHF", "exact", None,
             {"payer": ["Switzerland"]}),
            ("€3.5 million", 0, 3.5e6, None, "EUR", "approximate", None,
             {"holder_text": "Each tram", "source": ["Alpentram AG"]}),
            ("KM 48 million", 0, 48e6, None, "BAM", "exact", "year",
             {"payer": [SC], "payee": ["GRAS"], "source": ["GRAS"]}),
            ("KM 22 million", 0, 22e6, None, "BAM", "exact", "year",
             {"payee": ["GRAS"], "source": ["GRAS"]}),
            ("KM 1.80", 0, 1.8, None, "BAM", "exact", None,
             {"holder_text": "A single ticket"}),
            ("KM 53", 0, 53.0, None, "BAM", "exact", None, {"holder_text": "a monthly pass"}),
            ("KM 410 million", 0, 410e6, None, "BAM", "exact", None,
             {"holder": [SC], "source": ["Lejla Begić"]}),
            ("KM 27 million", 0, 27e6, None, "BAM", "approximate", None,
             {"payer": [SC], "source": ["Lejla Begić"]}),
            ("KM 6 million", 0, 6e6, None, "BAM", "exact", "year",
             {"holder": [SC], "source": [MEH]}),
            ("€25 million", 0, 25e6, None, "EUR", "exact", None,
             {"payer": [EBRD], "place": ["Hrasnica"], "source": [EBRD]}),
        ],
        "quantities": [
            ("4.25%", 0, 4.25, None, "percent", "exact"),
            ("9 kilometres", 0, 9.0, None, "kilometre", "exact"),
            ("15 trams", 0, 15.0, None, "trams", "exact"),
        ],
        "dates": [
            ("10-year", 0, "DURATION", "P10Y", None, NONE),
            ("Wednesday", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("Tuesday", 0, "DATE", "2026-12-15", None, day("2026-12-15")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("March", 0, "DATE", "2026-03", None, month("2026-03")),
            ("October", 0, "DATE", "2026-10", None, month("2026-10")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("a year", 1, "SET", "P1Y", None, NONE),
            ("a year", 2, "SET", "P1Y", None, NONE),
            ("the 1980s", 0, "DATE", "198", "ON_OR_AFTER", ("1980-01-01", "1989-12-31")),
            ("Tuesday", 1, "DATE", "2026-12-15", None, day("2026-12-15")),
            ("mid-2027", 0, "DATE", "2027", "MID", ("2027-05-01", "2027-08-31")),
        ],
        "lists": [],
    },
    "kyrgyzstan-gold-mine-fine.json": {
        "reference_date": "2026-12-17",
        "not_mentions": [],
        "entities": [
            ("Aibek Toktogulov", "PERSON", None, ["Aibek Toktogulov"]),
            ("Bishkek", "GPE", None, ["BISHKEK", "Bishkek"]),
            (SEI, "ORG", None, [SEI]),
            (ATG, "ORG", None, [ATG, "Ala-Too"]),
            ("Chong-Tash", "FAC", None, ["Chong-Tash"]),
            ("Talas", "GPE", None, ["Talas"]),
            (MNR, "ORG", None, [MNR]),
            (TSR, "ORG", None, [TSR, "Tien Shan Resources"]),
            ("Toronto", "GPE", None, ["Toronto"]),
            ("State Tax Service", "ORG", None, ["State Tax Service"]),
            ("Kyrgyzstan", "GPE", "KG", ["Kyrgyzstan"]),
            ("Nurlan Asanov", "PERSON", None, ["Nurlan Asanov"]),
            (EDB, "ORG", None, [EDB, "EDB"]),
            ("Gareth Monroe", "PERSON", None, ["Gareth Monroe"]),
            ("Canadian", "NORP", None, ["Canadian"]),
            ("Kara-Buura", "GPE", None, ["Kara-Buura"]),
            ("Aizada Osmonova", "PERSON", None, ["Aizada Osmonova"]),
            ("Bolot Jumabaev", "PERSON", None, ["Bolot Jumabaev"]),
            ("Taza Suu", "ORG", None, ["Taza Suu"]),
            ("Bermet Sydykova", "PERSON", None, ["Bermet Sydykova"]),
            ("Daniyar Karimov", "PERSON", None, ["Daniyar Karimov"]),
        ],
        "money": [
            ("2.4 billion soms", 0, 2.4e9, None, "KGS", "exact", None,
             {"payer": [ATG], "payee": [SEI], "source": [MNR]}),
            ("$27.5 million", 0, 27.5e6, None, "USD", "exact", None,
             {"payer": [ATG], "payee": [SEI], "source": [MNR]}),
            ("650 million soms", 0, 650e6, None, "KGS", "exact", None, {"source": [ATG]}),
            ("3.9 billion soms", 0, 3.9e9, None, "KGS", "exact", None,
             {"payer": [ATG], "payee_text": "the state budget",
              "source": ["State Tax Service"]}),
            ("61 billion soms", 0, 61e9, None, "KGS", "exact", None,
             {"payer_text": "gold producers", "payee": ["Kyrgyzstan"],
              "source": ["Nurlan Asanov"]}),
            ("$140 million", 0, 140e6, None, "USD", "exact", None, {"payer": [TSR]}),
            ("$90 million", 0, 90e6, None, "USD", "exact", None,
             {"payer": [EDB], "payee": [TSR]}),
            ("C$2.35", 0, 2.35, None, "CAD", "exact", None, {"holder": [TSR]}),
            ("C$480 million", 0, 480e6, None, "CAD", "approximate", None, {"holder": [TSR]}),
            ("95 million soms", 0, 95e6, None, "KGS", "approximate", "year",
             {"payer": [ATG], "payee_text": "a development fund", "place": ["Talas"]}),
            ("20 million soms", 0, 20e6, None, "KGS", "exact", None,
             {"payer": [ATG], "place": ["Kara-Buura"], "source": ["Aizada Osmonova"]}),
            ("$12 million", 0, 12e6, None, "USD", "more_than", None,
             {"holder_text": "cleaning up contaminated farmland near the mine",
              "source_text": "Environmental groups"}),
            ("1.8 million soms", 0, 1.8e6, None, "KGS", "exact", None,
             {"payee": ["Taza Suu"], "source": ["Bermet Sydykova"]}),
            ("5.7 billion soms", 0, 5.7e9, None, "KGS", "exact", None,
             {"payer_text": "mining companies", "payee": [SEI], "source": [SEI]}),
        ],
        "quantities": [
            ("4.1 tonnes", 0, 4.1, None, "tonne", "exact"),
            ("6%", 0, 6.0, None, "percent", "approximate"),
            ("11%", 0, 11.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Thursday 17 December 2026", 0, "DATE", "2026-12-17", None, day("2026-12-17")),
            ("Wednesday", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("30 days", 0, "DURATION", "P30D", None, NONE),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("2025", 1, "DATE", "2025", None, year(2025)),
            ("May", 0, "DATE", "2026-05", None, month("2026-05")),
            ("Wednesday", 1, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("Wednesday", 2, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("last month", 0, "DATE", "2026-11", None, month("2026-11", "30")),
            ("2022", 0, "DATE", "2022", "ON_OR_AFTER", year(2022)),
        ],
        "lists": [],
    },
    "tunisia-textile-wage-deal.json": {
        "reference_date": "2026-12-18",
        "not_mentions": [],
        "entities": [
            ("Sonia Ben Salah", "PERSON", None, ["Sonia Ben Salah"]),
            ("Karim Trabelsi", "PERSON", None, ["Karim Trabelsi"]),
            ("Monastir", "GPE", None, ["MONASTIR", "Monastir"]),
            (SAH, "ORG", None, [SAH]),
            ("Tunisia", "GPE", "TN", ["Tunisia"]),
            (UGTT, "ORG", None, [UGTT, "UGTT"]),
            (JAZ, "PERSON", None, [JAZ, "Jaziri"]),
            ("Spanish", "NORP", None, ["Spanish"]),
            (MLS, "ORG", None, [MLS]),
            ("Morocco", "GPE", "MA", ["Morocco"]),
            ("Europe", "LOC", None, ["Europe"]),
            (EU, "ORG", None, [EU]),
            ("Ksar Hellal", "GPE", None, ["Ksar Hellal"]),
            (MIME, "ORG", None, [MIME]),
            (INS, "ORG", None, [INS, "INS"]),
            ("Confection Nour", "ORG", None, ["Confection Nour"]),
            ("Mahdia", "GPE", None, ["Mahdia"]),
            ("Amel Gharbi", "PERSON", None, ["Amel Gharbi", "Gharbi"]),
            (BTS, "ORG", None, [BTS]),
        ],
        "money": [
            ("19 million dinars", 0, 19e6, None, "TND", "approximate", None,
             {"holder": [SAH], "source": [UGTT]}),
            ("$6.1 million", 0, 6.1e6, None, "USD", "approximate", None,
             {"holder": [SAH], "source": [UGTT]}),
            ("14 million dinars", 0, 14e6, None, "TND", "approximate", "year",
             {"holder": [SAH], "source": [JAZ]}),
            ("600 dinars", 0, 600.0, None, "TND", "exact", None, {"payee_text": "Workers"}),
            ("720 dinars", 0, 720.0, None, "TND", "exact", "month",
             {"payee_text": "the lowest-paid machinists"}),
            ("665 dinars", 0, 665.0, None, "TND", "exact", None,
             {"payee_text": "the lowest-paid machinists"}),
            ("2.5 million dinars", 0, 2.5e6, None, "TND", "exact", None,
             {"payer": [SAH], "payee_text": "its workers", "source": [JAZ]}),
            ("€32 million", 0, 32e6, None, "EUR", "exact", None,
             {"payer": [MLS], "source": [JAZ]}),
            ("410 million dinars", 0, 410e6, None, "TND", "exact", None, {"holder": [SAH]}),
            ("€4.5 million", 0, 4.5e6, None, "EUR", "exact", None,
             {"payer": [EU], "payee": [SAH], "place": ["Monastir", "Ksar Hellal"]}),
            ("6 million dinars", 0, 6e6, None, "TND", "exact", None, {"payer": [SAH]}),
            ("9.2 billion dinars", 0, 9.2e9, None, "TND", "exact", None,
             {"payee": ["Tunisia"], "source": [INS]}),
            ("780 dinars", 0, 780.0, None, "TND", "exact", "month",
             {"payee_text": "Textile workers", "source": [UGTT]}),
            ("1,150 dinars", 0, 1150.0, None, "TND", "exact", None, {"source": [UGTT]}),
            ("95,000 dinars", 0, 95000.0, None, "TND", "exact", None,
             {"payee_text": "340 workers", "source": ["Amel Gharbi"]}),
            ("250,000 dinars", 0, 250000.0, None, "TND", "exact", None,
             {"payer": [BTS], "payee_text": "the group"}),
            ("0.450 dinars", 0, 0.45, None, "TND", "exact", "share",
             {"payer": [SAH], "source_text": "its board"}),
        ],
        "quantities": [
            ("8%", 0, 8.0, None, "percent", "exact"),
            ("6,200 workers", 0, 6200.0, None, "workers", "exact"),
            ("70%", 0, 70.0, None, "percent", "exact"),
            ("3%", 0, 3.0, None, "percent", "exact"),
            ("160,000 people", 0, 160000.0, None, "people", "approximate"),
            ("340 workers", 0, 340.0, None, "workers", "exact"),
        ],
        "dates": [
            ("18 December 2026", 0, "DATE", "2026-12-18", None, day("2026-12-18")),
            ("three-week", 0, "DURATION", "P3W", None, NONE),
            ("Thursday", 0, "DATE", "2026-12-17", None, day("2026-12-17")),
            ("Wednesday", 0, "DATE", "2026-12-16", None, day("2026-12-16")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("January", 0, "DATE", "2027-01", None, month("2027-01")),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("the first half of 2026", 0, "DATE", "2026-H1", None,
             ("2026-01-01", "2026-06-30")),
            ("a year earlier", 0, "DATE", "2025-H1", None, ("2025-01-01", "2025-06-30")),
            ("a month", 1, "SET", "P1M", None, NONE),
            ("2026", 2, "DATE", "2026", None, year(2026)),
            ("a year earlier", 1, "DATE", "2025", None, year(2025)),
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
