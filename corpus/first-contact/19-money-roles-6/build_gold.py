"""Round 19-money-roles-6: the annotations, by hand. Offsets come from the text search of round
19-money-roles (never artex); run python build_gold.py in this folder.

The round has .txt articles and one .json record with "text" (the title lives only in
"title", so it is not part of the text and not annotated).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "round_19_money_roles", HERE.parent / "19-money-roles" / "build_gold.py")
_round = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round)
year, day, span, entities, roles = _round.year, _round.day, _round.span, _round.entities, \
    _round.roles

NONE = (None, None)
TRUST = "Ashworth University Hospitals NHS Trust"
OBRAS = "Obras Castellana"
ADC = "Autoridade da Concorrência"
KAROO = "Karoo Platinum Holdings"
PIC = "Public Investment Corporation"
HL = "Harbourline"
NPHC = "Nigerian Ports Holding Company"
FIRS = "Federal Inland Revenue Service"
BELLO = "Halima Bello"
PIKE = "Darren Pike"
ELLIS = "Margaret Ellis"


def month(m: str, last: str = "31") -> tuple[str, str]:
    return f"{m}-01", f"{m}-{last}"


ARTICLES = {
    "ashworth-hospital-budget.txt": {
        "reference_date": "2026-03-12",
        "not_mentions": [],
        "entities": [
            ("Manchester", "GPE", None, ["Manchester"]),
            ("Helen Marsh", "PERSON", None, ["Helen Marsh"]),
            (TRUST, "ORG", None, [TRUST]),
            ("Greater Manchester", "GPE", None, ["Greater Manchester"]),
            ("NHS England", "ORG", None, ["NHS England"]),
            ("Owen Pryce", "PERSON", None, ["Owen Pryce"]),
            ("Meridian Health Partners", "ORG", None, ["Meridian Health Partners"]),
            ("National Audit Office", "ORG", None, ["National Audit Office"]),
            ("Unison", "ORG", None, ["Unison"]),
            ("Ashworth Hospitals Charity", "ORG", None, ["Ashworth Hospitals Charity"]),
            ("Salford", "GPE", None, ["Salford"]),
            ("Healthwatch Salford", "ORG", None, ["Healthwatch Salford"]),
        ],
        "money": [
            ("£1.4bn", 0, 1.4e9, None, "GBP", "exact", None, {"holder": [TRUST]}),
            ("£1.4bn", 1, 1.4e9, None, "GBP", "exact", None,
             {"holder": [TRUST], "source": [TRUST]}),
            ("£62m", 0, 62e6, None, "GBP", "exact", None,
             {"holder": [TRUST], "source": [TRUST]}),
            ("£35m", 0, 35e6, None, "GBP", "exact", None,
             {"payer": ["NHS England"], "payee": [TRUST]}),
            ("£20m", 0, 20e6, None, "GBP", "exact", None,
             {"payer": ["NHS England"], "payee": [TRUST]}),
            ("£48m", 0, 48e6, None, "GBP", "exact", None, {"payer": [TRUST]}),
            ("£27m", 0, 27e6, None, "GBP", "approximate", "year",
             {"payer": [TRUST], "payee": ["Meridian Health Partners"],
              "source": ["Owen Pryce"]}),
            ("£300m", 0, 300e6, None, "GBP", "more_than", None,
             {"holder": [TRUST], "source": ["National Audit Office"]}),
            ("£1.2m", 0, 1.2e6, None, "GBP", "exact", None,
             {"holder": [TRUST], "payee_text": "nurses", "source": ["Unison"]}),
            ("£4.5m", 0, 4.5e6, None, "GBP", "exact", None,
             {"payer": ["Ashworth Hospitals Charity"], "place": ["Salford"]}),
            ("£12", 0, 12.0, None, "GBP", "exact", "day",
             {"payee": [TRUST], "source": ["Healthwatch Salford"]}),
        ],
        "quantities": [
            ("14,000 staff", 0, 14000.0, None, "staff", "exact"),
        ],
        "dates": [
            ("next year", 0, "DATE", "2027", None, year(2027)),
            ("Thursday", 0, "DATE", "2026-03-12", None, day("2026-03-12")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
            ("last year", 1, "DATE", "2025", None, year(2025)),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("1998", 0, "DATE", "1998", None, year(1998)),
            ("June", 0, "DATE", "2026-06", "ON_OR_BEFORE", month("2026-06", "30")),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("a day", 0, "SET", "P1D", None, NONE),
        ],
        "lists": [],
    },
    "porto-tram-tender.txt": {
        "reference_date": "2025-04-22",
        "not_mentions": [],
        "entities": [
            ("Porto", "GPE", None, ["Porto"]),
            ("Spanish", "NORP", None, ["Spanish"]),
            ("Lisbon", "GPE", None, ["LISBON"]),
            ("Lusa", "ORG", None, ["Lusa"]),
            (OBRAS, "ORG", None, [OBRAS]),
            ("Rui Tavares", "PERSON", None, ["Rui Tavares", "Tavares"]),
            ("Portuguese", "NORP", None, ["Portuguese"]),
            ("Ribeira Engenharia", "ORG", None, ["Ribeira Engenharia"]),
            ("French", "NORP", None, ["French"]),
            ("Vialis", "ORG", None, ["Vialis"]),
            ("European Union", "ORG", None, ["European Union"]),
            ("Portugal", "GPE", "PT", ["Portugal"]),
            (ADC, "ORG", None, [ADC]),
            ("Algarve", "LOC", None, ["Algarve"]),
            ("Sofia Mendes", "PERSON", None, ["Sofia Mendes"]),
            ("Paulo Reis", "PERSON", None, ["Paulo Reis"]),
        ],
        "money": [
            ("€610 million", 0, 610e6, None, "EUR", "exact", None,
             {"payer": ["Porto"], "payee_text": "Spanish-led group"}),
            ("€610 million", 1, 610e6, None, "EUR", "exact", None,
             {"payer": ["Porto"],
              "payee_text": "a consortium led by Spanish builder Obras Castellana",
              "source": ["Rui Tavares"]}),
            ("€655 million", 0, 655e6, None, "EUR", "exact", None, {}),
            ("€380 million", 0, 380e6, None, "EUR", "exact", None,
             {"payer": ["European Union"]}),
            ("€150 million", 0, 150e6, None, "EUR", "exact", None, {"payer": ["Portugal"]}),
            ("€1.80", 0, 1.8, None, "EUR", "exact", "trip", {}),
            ("€2.3 billion", 0, 2.3e9, None, "EUR", "exact", None, {"holder": [OBRAS]}),
            ("€14.60", 0, 14.6, None, "EUR", "exact", None, {"holder": [OBRAS]}),
            ("€4 million", 0, 4e6, None, "EUR", "exact", None,
             {"payer": ["Vialis"], "payee": [ADC]}),
        ],
        "quantities": [
            ("90,000 passengers", 0, 90000.0, None, "passengers", "exact"),
            ("800 workers", 0, 800.0, None, "workers", "exact"),
            ("3%", 0, 3.0, None, "percent", "exact"),
        ],
        "dates": [
            ("April 22", 0, "DATE", "2025-04-22", None, day("2025-04-22")),
            ("Tuesday", 0, "DATE", "2025-04-22", None, day("2025-04-22")),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("2029", 0, "DATE", "2029", None, year(2029)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2023", 0, "DATE", "2023", None, year(2023)),
        ],
        "lists": [],
    },
    "karoo-platinum-payout.json": {
        "reference_date": "2025-08-27",
        "not_mentions": [],
        "entities": [
            ("Johannesburg", "GPE", None, ["JOHANNESBURG"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            (KAROO, "ORG", None, [KAROO, "Karoo"]),
            ("Thandi Mokoena", "PERSON", None, ["Thandi Mokoena"]),
            (PIC, "ORG", None, [PIC]),
            ("Anchor Securities", "ORG", None, ["Anchor Securities"]),
            ("Limpopo", "GPE", None, ["Limpopo"]),
            ("Nomvula Dlamini", "PERSON", None, ["Nomvula Dlamini"]),
            ("Jason Neely", "PERSON", None, ["Jason Neely"]),
        ],
        "money": [
            ("R6.5 billion", 0, 6.5e9, None, "ZAR", "exact", None,
             {"payer": [KAROO], "payee_text": "shareholders", "source": [KAROO]}),
            ("R8", 0, 8.0, None, "ZAR", "exact", "share", {"payer": [KAROO]}),
            ("R2.1 billion", 0, 2.1e9, None, "ZAR", "approximate", None, {"payer": [KAROO]}),
            ("R3.50", 0, 3.5, None, "ZAR", "exact", "share", {"payer": [KAROO]}),
            ("R4.4 billion", 0, 4.4e9, None, "ZAR", "at_most", None, {"payer": [KAROO]}),
            ("R9.8 billion", 0, 9.8e9, None, "ZAR", "exact", None,
             {"holder": [KAROO], "source": ["Thandi Mokoena"]}),
            ("R41 billion", 0, 41e9, None, "ZAR", "exact", None, {"holder": [KAROO]}),
            ("R900 million", 0, 900e6, None, "ZAR", "approximate", None,
             {"payee": [PIC], "source": ["Anchor Securities"]}),
            ("R1.2 billion", 0, 1.2e9, None, "ZAR", "exact", None,
             {"payer": [KAROO], "payee_text": "the state", "source": [KAROO]}),
            ("R350 million", 0, 350e6, None, "ZAR", "exact", None,
             {"payer": [KAROO], "payee_text": "a community trust", "place": ["Limpopo"],
              "source": [KAROO]}),
            ("R212", 0, 212.0, None, "ZAR", "exact", None, {"holder": [KAROO]}),
            ("R57 billion", 0, 57e9, None, "ZAR", "approximate", None, {"holder": [KAROO]}),
        ],
        "quantities": [
            ("64%", 0, 64.0, None, "percent", "exact"),
            ("14%", 0, 14.0, None, "percent", "exact"),
            ("7%", 0, 7.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Aug 27", 0, "DATE", "2025-08-27", None, day("2025-08-27")),
            ("Wednesday", 0, "DATE", "2025-08-27", None, day("2025-08-27")),
            ("the next 12 months", 0, "DURATION", "P12M", None, NONE),
            ("the first half", 0, "DATE", "2025-H1", None, ("2025-01-01", "2025-06-30")),
        ],
        "lists": [],
    },
    "harbourline-ipo.txt": {
        "reference_date": "2026-10-15",
        "not_mentions": [],
        "entities": [
            (HL, "ORG", None, [HL]),
            ("Nasdaq", "ORG", None, ["Nasdaq"]),
            ("Marcus Lee", "PERSON", None, ["Marcus Lee"]),
            ("Dana Ruiz", "PERSON", None, ["Dana Ruiz", "Ruiz"]),
            ("Kofi Mensah", "PERSON", None, ["Kofi Mensah"]),
            ("New York", "GPE", None, ["New York"]),
            ("Jenna Park", "PERSON", None, ["Jenna Park"]),
            ("Getty Images", "ORG", None, ["Getty Images"]),
            ("San Francisco", "GPE", None, ["San Francisco"]),
            ("Larkspur Ventures", "ORG", None, ["Larkspur Ventures"]),
            ("Securities and Exchange Commission", "ORG", None,
             ["Securities and Exchange Commission"]),
            ("JPMorgan Chase", "ORG", None, ["JPMorgan Chase"]),
            ("Goldman Sachs", "ORG", None, ["Goldman Sachs"]),
            ("Morgan Stanley", "ORG", None, ["Morgan Stanley"]),
            ("Renaissance Capital", "ORG", None, ["Renaissance Capital"]),
            ("United States", "GPE", "US", ["United States"]),
            ("Canada", "GPE", "CA", ["Canada"]),
        ],
        "money": [
            ("$840 million", 0, 840e6, None, "USD", "exact", None, {"payee": [HL]}),
            ("$840 million", 1, 840e6, None, "USD", "exact", None,
             {"payer_text": "investors", "payee": [HL]}),
            ("$24", 0, 24.0, None, "USD", "exact", "share",
             {"payer_text": "investors", "payee": [HL]}),
            ("$6.2 billion", 0, 6.2e9, None, "USD", "approximate", None, {"holder": [HL]}),
            ("$31", 0, 31.0, None, "USD", "exact", None, {"holder": [HL]}),
            ("$120 million", 0, 120e6, None, "USD", "exact", None,
             {"payee": ["Larkspur Ventures"]}),
            ("$512 million", 0, 512e6, None, "USD", "exact", None,
             {"holder": [HL], "source": [HL]}),
            ("$38 million", 0, 38e6, None, "USD", "exact", None,
             {"holder": [HL], "source": [HL]}),
            ("$560 million", 0, 560e6, None, "USD", "approximate", None,
             {"holder": ["Dana Ruiz"]}),
            ("$200 million", 0, 200e6, None, "USD", "exact", None,
             {"payer": ["JPMorgan Chase"], "payee": [HL]}),
            ("$42 million", 0, 42e6, None, "USD", "approximate", None,
             {"payee": ["Goldman Sachs", "Morgan Stanley"], "source": ["Renaissance Capital"]}),
        ],
        "quantities": [
            ("35 million shares", 0, 35e6, None, "shares", "exact"),
            ("5 million shares", 0, 5e6, None, "shares", "exact"),
            ("41%", 0, 41.0, None, "percent", "exact"),
            ("9%", 0, 9.0, None, "percent", "approximate"),
            ("9,000 employers", 0, 9000.0, None, "employers", "more_than"),
        ],
        "dates": [
            ("Thursday", 0, "DATE", "2026-10-15", None, day("2026-10-15")),
            ("Thursday", 1, "DATE", "2026-10-15", None, day("2026-10-15")),
            ("last year", 0, "DATE", "2025", None, year(2025)),
        ],
        "lists": [],
    },
    "nphc-ports-profit.txt": {
        "reference_date": "2026-03-09",
        "not_mentions": [],
        "entities": [
            (NPHC, "ORG", None, ["NPHC", NPHC]),
            ("Chinedu Okafor", "PERSON", None, ["Chinedu Okafor"]),
            ("Abuja", "GPE", None, ["ABUJA"]),
            (BELLO, "PERSON", None, [BELLO, "Bello"]),
            (FIRS, "ORG", None, [FIRS]),
            ("Apapa", "GPE", None, ["Apapa"]),
            ("Nigeria", "GPE", "NG", ["Nigeria"]),
            ("Lagos", "GPE", None, ["Lagos"]),
            ("Bureau of Public Enterprises", "ORG", None, ["Bureau of Public Enterprises"]),
            ("Onne", "GPE", None, ["Onne"]),
            ("Rivers State", "GPE", None, ["Rivers State"]),
            ("Islamic Development Bank", "ORG", None, ["Islamic Development Bank"]),
        ],
        "money": [
            ("₦412bn", 0, 412e9, None, "NGN", "exact", None, {"holder": [NPHC]}),
            ("₦150bn", 0, 150e9, None, "NGN", "exact", None,
             {"payer": [NPHC], "payee_text": "government"}),
            ("₦412 billion", 0, 412e9, None, "NGN", "exact", None,
             {"holder": [NPHC], "source": [BELLO]}),
            ("₦268 billion", 0, 268e9, None, "NGN", "exact", None,
             {"holder": [NPHC], "source": [BELLO]}),
            ("₦150 billion", 0, 150e9, None, "NGN", "exact", None,
             {"payer": [NPHC], "payee_text": "the federal government"}),
            ("₦37 billion", 0, 37e9, None, "NGN", "exact", None,
             {"payer": [NPHC], "payee": [FIRS]}),
            ("₦1.1 trillion", 0, 1.1e12, None, "NGN", "exact", None,
             {"holder": [NPHC], "source": [BELLO]}),
            ("$185", 0, 185.0, None, "USD", "exact", "container",
             {"payer_text": "shipping lines", "payee": [NPHC]}),
            ("$140", 0, 140.0, None, "USD", "exact", None,
             {"payer_text": "shipping lines", "payee": [NPHC]}),
            ("₦96 billion", 0, 96e9, None, "NGN", "exact", None,
             {"holder": [NPHC], "payee_text": "contractors",
              "source": ["Bureau of Public Enterprises"]}),
            ("₦220 billion", 0, 220e9, None, "NGN", "exact", None,
             {"payer_text": "the federal government", "payee": [NPHC],
              "place": ["Onne", "Rivers State"]}),
            ("$300 million", 0, 300e6, None, "USD", "exact", None,
             {"payer": ["Islamic Development Bank"], "payee": [NPHC]}),
            ("₦75 billion", 0, 75e9, None, "NGN", "exact", None,
             {"payer": [NPHC], "source": [BELLO]}),
        ],
        "quantities": [
            ("38%", 0, 38.0, None, "percent", "exact"),
        ],
        "dates": [
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("a year earlier", 0, "DATE", "2024", None, year(2024)),
            ("Monday", 0, "DATE", "2026-03-09", None, day("2026-03-09")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("Last month", 0, "DATE", "2026-02", None, month("2026-02", "28")),
            ("this year", 0, "DATE", "2026", None, year(2026)),
        ],
        "lists": [],
    },
    "pike-fraud-compensation.txt": {
        "reference_date": "2026-05-14",
        "not_mentions": [],
        "entities": [
            (PIKE, "PERSON", None, [PIKE, "Pike"]),
            ("Ossett", "GPE", None, ["Ossett"]),
            (ELLIS, "PERSON", None, [ELLIS, "Ellis"]),
            ("Gemma Holt", "PERSON", None, ["Gemma Holt"]),
            ("Wakefield", "GPE", None, ["Wakefield"]),
            ("Yorkshire Bank", "ORG", None, ["Yorkshire Bank"]),
            ("Leeds Crown Court", "ORG", None, ["Leeds Crown Court"]),
            ("Simon Carter", "PERSON", None, ["Simon Carter"]),
            ("West Yorkshire Police", "ORG", None, ["West Yorkshire Police"]),
            ("Amy Rowe", "PERSON", None, ["Amy Rowe"]),
            ("Tom Varley", "PERSON", None, ["Tom Varley"]),
        ],
        "money": [
            ("£86,000", 0, 86000.0, None, "GBP", "exact", None,
             {"payer": [PIKE], "payee": [ELLIS]}),
            ("£86,000", 1, 86000.0, None, "GBP", "exact", None,
             {"payer": [PIKE], "payee": [ELLIS]}),
            ("£86,000", 2, 86000.0, None, "GBP", "exact", None, {"holder": [ELLIS]}),
            ("£30,000", 0, 30000.0, None, "GBP", "exact", None,
             {"payer": ["Yorkshire Bank"], "payee": [ELLIS]}),
            ("£86,000", 3, 86000.0, None, "GBP", "exact", None, {"payer": [PIKE]}),
            ("£5,000", 0, 5000.0, None, "GBP", "exact", None, {"payer": [PIKE]}),
            ("£21,000", 0, 21000.0, None, "GBP", "more_than", None,
             {"payer_text": "donors", "payee": [ELLIS]}),
            ("£14.2m", 0, 14.2e6, None, "GBP", "exact", None,
             {"holder_text": "victims in the county", "source": ["Amy Rowe"]}),
        ],
        "quantities": [],
        "dates": [
            ("March 2024", 0, "DATE", "2024-03", None, month("2024-03")),
            ("four years", 0, "DURATION", "P4Y", None, NONE),
            ("three months", 0, "DURATION", "P3M", None, NONE),
            ("18 months", 0, "DURATION", "P18M", None, NONE),
            ("last year", 0, "DATE", "2025", None, year(2025)),
        ],
        "lists": [],
    },
}


def read_txt(raw: str) -> tuple[str, str | None, str | None]:
    return raw, raw.split("\n", 1)[0], None


def read_json(raw: str) -> tuple[str, str | None, str | None]:
    record = json.loads(raw)
    return record["text"], record["title"], record["published"][:10]


READERS = {".txt": read_txt, ".json": read_json}


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
