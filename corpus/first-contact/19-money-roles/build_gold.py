"""Writes the gold files of this round from the hand-written annotations below.

Offsets are found by searching each article's text for the annotated words (never by artex):
an entity's mentions are every whole-word occurrence of its surface forms, minus those inside a
longer mention or inside a listed non-mention (the "Danish" of "212 Danish crowns"); a city seen
only in a dateline's capitals is named in its usual spelling, the capitals an alias; money,
quantities and dates name their words and, when the words occur more than once, which
occurrence (0-based). Run from this folder: python build_gold.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROLES = ("payer", "payee", "holder", "place", "source")


def year(y: int) -> tuple[str, str]:
    return f"{y}-01-01", f"{y}-12-31"


def day(d: str) -> tuple[str, str]:
    return d, d


ARTICLES = {
    "nordfrost-kuldeby-acquisition": {
        "reference_date": "2025-06-03",
        "not_mentions": ["Danish crowns"],
        "entities": [
            ("NordFrost Oyj", "ORG", None, ["NordFrost Oyj", "NordFrost"]),
            ("Danish", "NORP", None, ["Danish"]),
            ("Kuldeby A/S", "ORG", None, ["Kuldeby A/S", "Kuldeby"]),
            ("Copenhagen", "GPE", None, ["COPENHAGEN"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("Finnish", "NORP", None, ["Finnish"]),
            ("Nordic", "NORP", None, ["Nordic"]),
            ("Denmark", "GPE", "DK", ["Denmark"]),
            ("Sweden", "GPE", "SE", ["Sweden"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            ("Mikko Lahtinen", "PERSON", None, ["Mikko Lahtinen"]),
            ("Nordea", "ORG", None, ["Nordea"]),
            ("Danske Bank", "ORG", None, ["Danske Bank"]),
            ("European Commission", "ORG", None, ["European Commission"]),
            ("Sofie Brandt", "PERSON", None, ["Sofie Brandt"]),
            ("Tom Hargreaves", "PERSON", None, ["Tom Hargreaves"]),
        ],
        "money": [
            ("€640 million", 0, 640e6, None, "EUR", "exact", None,
             {"payer": ["NordFrost Oyj"], "holder": ["Kuldeby A/S"]}),
            ("€640 million", 1, 640e6, None, "EUR", "exact", None,
             {"payer": ["NordFrost Oyj"], "holder": ["Kuldeby A/S"],
              "source": ["NordFrost Oyj", "Kuldeby A/S"]}),
            ("212 Danish crowns", 0, 212.0, None, "DKK", "exact", "share",
             {"payer": ["NordFrost Oyj"]}),
            ("€700 million", 0, 700e6, None, "EUR", "approximate", None,
             {"holder": ["Kuldeby A/S"]}),
            ("1.9 billion crowns", 0, 1.9e9, None, "DKK", "exact", None,
             {"holder": ["Kuldeby A/S"]}),
            ("€120 million", 0, 120e6, None, "EUR", "exact", None,
             {"payer": ["NordFrost Oyj"], "place_text": "the Danish sites",
              "source": ["Mikko Lahtinen"]}),
            ("€400 million", 0, 400e6, None, "EUR", "exact", None,
             {"payer": ["Nordea"], "source": ["Mikko Lahtinen"]}),
        ],
        "quantities": [
            ("31%", 0, 31.0, None, "percent", "exact"),
            ("46 warehouses", 0, 46.0, None, "warehouses", "exact"),
            ("58%", 0, 58.0, None, "percent", "exact"),
        ],
        "dates": [
            ("June 3", 0, "DATE", "2025-06-03", None, day("2025-06-03")),
            ("Tuesday", 0, "DATE", "2025-06-03", None, day("2025-06-03")),
            ("Monday", 0, "DATE", "2025-06-02", None, day("2025-06-02")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("the next three years", 0, "DURATION", "P3Y", None, (None, None)),
            ("the fourth quarter", 0, "DATE", "2025-Q4", None, ("2025-10-01", "2025-12-31")),
        ],
    },
    "lipa-haraka-funding": {
        "reference_date": "2025-02-12",
        "not_mentions": [],
        "entities": [
            ("Kenyan", "NORP", None, ["Kenyan"]),
            ("Lipa Haraka", "ORG", None, ["Lipa Haraka"]),
            ("East Africa", "LOC", None, ["East Africa"]),
            ("Grace Wanjiru", "PERSON", None, ["Grace Wanjiru"]),
            ("Nairobi", "GPE", None, ["NAIROBI", "Nairobi"]),
            ("Kenya", "GPE", "KE", ["Kenya"]),
            ("AP", "ORG", None, ["AP"]),
            ("Helios Investment Partners", "ORG", None, ["Helios Investment Partners"]),
            ("International Finance Corporation", "ORG", None,
             ["International Finance Corporation", "IFC"]),
            ("Amina Odhiambo", "PERSON", None, ["Amina Odhiambo", "Odhiambo"]),
            ("Uganda", "GPE", "UG", ["Uganda"]),
            ("Tanzania", "GPE", "TZ", ["Tanzania"]),
            ("Kampala", "GPE", None, ["Kampala"]),
            ("Dar es Salaam", "GPE", None, ["Dar es Salaam"]),
            ("African", "NORP", None, ["African"]),
            ("Briter Bridges", "ORG", None, ["Briter Bridges"]),
            ("Daniel Kiprop", "PERSON", None, ["Daniel Kiprop"]),
        ],
        "money": [
            ("$38 million", 0, 38e6, None, "USD", "exact", None,
             {"payee": ["Lipa Haraka"], "place": ["East Africa"]}),
            ("$38 million", 1, 38e6, None, "USD", "exact", None,
             {"payee": ["Lipa Haraka"],
              "payer": ["Helios Investment Partners", "International Finance Corporation"],
              "source": ["Lipa Haraka"]}),
            ("$210 million", 0, 210e6, None, "USD", "exact", None,
             {"holder": ["Lipa Haraka"], "source_text": "two people familiar with the deal"}),
            ("$1.2 billion", 0, 1.2e9, None, "USD", "exact", None,
             {"holder": ["Lipa Haraka"], "source": ["Amina Odhiambo"]}),
            ("$6 million", 0, 6e6, None, "USD", "exact", None,
             {"payer": ["International Finance Corporation"],
              "source": ["International Finance Corporation"]}),
            ("$2.2 billion", 0, 2.2e9, None, "USD", "exact", None,
             {"payee_text": "African start-ups", "source": ["Briter Bridges"]}),
            ("$4.5 billion", 0, 4.5e9, None, "USD", "exact", None,
             {"payee_text": "African start-ups", "source": ["Briter Bridges"]}),
        ],
        "quantities": [
            ("1.5%", 0, 1.5, None, "percent", "exact"),
            ("150 engineers", 0, 150.0, None, "engineers", "exact"),
        ],
        "dates": [
            ("Feb. 12", 0, "DATE", "2025-02-12", None, day("2025-02-12")),
            ("Wednesday", 0, "DATE", "2025-02-12", None, day("2025-02-12")),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("the end of 2026", 0, "DATE", "2026", "END", ("2026-09-01", "2026-12-31")),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("a year earlier", 0, "DATE", "2023", None, year(2023)),
        ],
    },
    "veldhoven-optics-cartel-fine": {
        "reference_date": "2025-10-02",
        "not_mentions": [],
        "entities": [
            ("EU", "ORG", None, ["EU"]),
            ("Dutch", "NORP", None, ["Dutch"]),
            ("Veldhoven Optics NV", "ORG", None, ["Veldhoven Optics NV", "Veldhoven Optics"]),
            ("Brussels", "GPE", None, ["BRUSSELS"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("European Commission", "ORG", None, ["European Commission", "Commission"]),
            ("Germany", "GPE", "DE", ["Germany"]),
            ("Kessler Glas GmbH", "ORG", None, ["Kessler Glas GmbH"]),
            ("Belgian", "NORP", None, ["Belgian"]),
            ("Optirex", "ORG", None, ["Optirex"]),
            ("Japan", "GPE", "JP", ["Japan"]),
            ("Hoshino Precision", "ORG", None, ["Hoshino Precision"]),
            ("Elena Ruiz", "PERSON", None, ["Elena Ruiz"]),
            ("Amsterdam", "GPE", None, ["Amsterdam"]),
            ("Marta Kowalczyk", "PERSON", None, ["Marta Kowalczyk"]),
            ("Daniel Frost", "PERSON", None, ["Daniel Frost"]),
        ],
        "money": [
            ("€95 million", 0, 95e6, None, "EUR", "exact", None,
             {"payer": ["Veldhoven Optics NV"], "payee": ["EU"]}),
            ("€95 million", 1, 95e6, None, "EUR", "exact", None,
             {"payer": ["Veldhoven Optics NV"], "payee": ["European Commission"]}),
            ("€41 million", 0, 41e6, None, "EUR", "exact", None,
             {"payer": ["Kessler Glas GmbH", "Optirex"]}),
            ("€30 million", 0, 30e6, None, "EUR", "approximate", None,
             {"source": ["European Commission"]}),
            ("€2.3 billion", 0, 2.3e9, None, "EUR", "approximate", None,
             {"holder": ["Veldhoven Optics NV"]}),
            ("€180 million", 0, 180e6, None, "EUR", "approximate", None,
             {"holder": ["Veldhoven Optics NV"]}),
        ],
        "quantities": [
            ("4.2%", 0, 4.2, None, "percent", "exact"),
        ],
        "dates": [
            ("Oct 2", 0, "DATE", "2025-10-02", None, day("2025-10-02")),
            ("Thursday", 0, "DATE", "2025-10-02", None, day("2025-10-02")),
            ("2017", 0, "DATE", "2017", None, year(2017)),
            ("2021", 0, "DATE", "2021", None, year(2021)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2019", 0, "DATE", "2019", "ON_OR_AFTER", year(2019)),
        ],
    },
    "lumina-cathode-subsidy": {
        "reference_date": "2025-03-14",
        "not_mentions": [],
        "entities": [
            ("Ottawa", "GPE", None, ["Ottawa"]),
            ("Quebec", "GPE", None, ["Quebec"]),
            ("Trois-Rivières", "GPE", None, ["Trois-Rivières"]),
            ("Marc-André Gagnon", "PERSON", None, ["Marc-André Gagnon"]),
            ("Canadian Press", "ORG", None, ["Canadian Press"]),
            ("Montreal", "GPE", None, ["MONTREAL"]),
            ("Lumina Cathode Inc", "ORG", None, ["Lumina Cathode Inc", "Lumina"]),
            ("Daniel Okafor", "PERSON", None, ["Daniel Okafor", "Okafor"]),
            ("South Korea", "GPE", "KR", ["South Korea"]),
            ("Pohang Materials", "ORG", None, ["Pohang Materials"]),
            ("Vale", "ORG", None, ["Vale"]),
            ("Sudbury", "GPE", None, ["Sudbury"]),
            ("Mauricie", "LOC", None, ["Mauricie"]),
            ("Julie Lacasse", "PERSON", None, ["Julie Lacasse"]),
        ],
        "money": [
            ("C$310 million", 0, 310e6, None, "CAD", "exact", None,
             {"payer": ["Ottawa", "Quebec"], "place": ["Trois-Rivières"]}),
            ("C$310 million", 1, 310e6, None, "CAD", "exact", None,
             {"payer": ["Quebec"], "payer_text": "The federal government",
              "payee": ["Lumina Cathode Inc"], "place": ["Trois-Rivières"],
              "source": ["Daniel Okafor"]}),
            ("C$180 million", 0, 180e6, None, "CAD", "exact", None,
             {"payer": ["Ottawa"], "source": ["Daniel Okafor"]}),
            ("C$130 million", 0, 130e6, None, "CAD", "exact", None,
             {"payer": ["Quebec"], "source": ["Daniel Okafor"]}),
            ("C$1.1 billion", 0, 1.1e9, None, "CAD", "exact", None,
             {"payer": ["Lumina Cathode Inc"]}),
            ("412 billion won", 0, 412e9, None, "KRW", "exact", None,
             {"holder": ["Pohang Materials"], "source": ["Pohang Materials"]}),
            ("C$90 million", 0, 90e6, None, "CAD", "approximate", "year",
             {"payer_text": "The plant", "payee": ["Vale"], "source": ["Lumina Cathode Inc"]}),
        ],
        "quantities": [
            ("450 people", 0, 450.0, None, "people", "exact"),
        ],
        "dates": [
            ("Friday", 0, "DATE", "2025-03-14", None, day("2025-03-14")),
            ("2027", 0, "DATE", "2027", None, year(2027)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("a year", 0, "SET", "P1Y", None, (None, None)),
            ("two decades", 0, "DURATION", "P20Y", None, (None, None)),
        ],
    },
    "tanjong-data-vietnam": {
        "reference_date": "2025-05-14",
        "not_mentions": [],
        "entities": [
            ("Singapore", "GPE", "SG", ["Singapore"]),
            ("Tanjong Data Holdings", "ORG", None, ["Tanjong Data Holdings", "Tanjong Data"]),
            ("Vietnam", "GPE", "VN", ["Vietnam"]),
            ("Hanoi", "GPE", None, ["HANOI", "Hanoi"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("Ho Chi Minh City", "GPE", None, ["Ho Chi Minh City"]),
            ("Saigon Hi-Tech Park", "ORG", None, ["Saigon Hi-Tech Park"]),
            ("PetroVietnam Power", "ORG", None, ["PetroVietnam Power"]),
            ("GIC", "ORG", None, ["GIC"]),
            ("Lim Wei Ling", "PERSON", None, ["Lim Wei Ling"]),
            ("South-East Asia", "LOC", None, ["South-East Asia"]),
            ("Maybank", "ORG", None, ["Maybank"]),
            ("Nguyen Thi Lan", "PERSON", None, ["Nguyen Thi Lan"]),
            ("Rachel Moss", "PERSON", None, ["Rachel Moss"]),
        ],
        "money": [
            ("$1.1 billion", 0, 1.1e9, None, "USD", "exact", None,
             {"payer": ["Tanjong Data Holdings"], "place": ["Vietnam"]}),
            ("$1.1 billion", 1, 1.1e9, None, "USD", "exact", None,
             {"payer": ["Tanjong Data Holdings"], "place": ["Ho Chi Minh City"],
              "source_text": "Vietnam's planning ministry"}),
            ("$14 million", 0, 14e6, None, "USD", "exact", "year",
             {"payer": ["Tanjong Data Holdings"], "payee": ["Saigon Hi-Tech Park"],
              "source_text": "the ministry"}),
            ("S$4 billion", 0, 4e9, None, "SGD", "approximate", None,
             {"holder": ["Tanjong Data Holdings"], "source": ["Lim Wei Ling"]}),
            ("S$600 million", 0, 600e6, None, "SGD", "exact", None,
             {"payee": ["Tanjong Data Holdings"], "payer": ["GIC"],
              "payer_text": "other investors", "source": ["Lim Wei Ling"]}),
            ("S$310 million", 0, 310e6, None, "SGD", "exact", None,
             {"holder": ["Tanjong Data Holdings"]}),
            ("$20.2 billion", 0, 20.2e9, None, "USD", "exact", None,
             {"place": ["Vietnam"], "source_text": "official data"}),
            ("$30 billion", 0, 30e9, None, "USD", "exact", None,
             {"place": ["South-East Asia"], "source": ["Maybank"]}),
        ],
        "quantities": [
            ("22%", 0, 22.0, None, "percent", "exact"),
        ],
        "dates": [
            ("May 14", 0, "DATE", "2025-05-14", None, day("2025-05-14")),
            ("five years", 0, "DURATION", "P5Y", None, (None, None)),
            ("Wednesday", 0, "DATE", "2025-05-14", None, day("2025-05-14")),
            ("a year", 0, "SET", "P1Y", None, (None, None)),
            ("March", 0, "DATE", "2025-03", None, ("2025-03-01", "2025-03-31")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("January", 0, "DATE", "2025-01", None, ("2025-01-01", "2025-01-31")),
            ("April", 0, "DATE", "2025-04", None, ("2025-04-01", "2025-04-30")),
            ("2030", 0, "DATE", "2030", "ON_OR_BEFORE", year(2030)),
        ],
    },
    "energia-paulista-idb-loan": {
        "reference_date": "2025-08-21",
        "not_mentions": [],
        "entities": [
            ("Brazilian", "NORP", None, ["Brazilian"]),
            ("Energia Paulista SA", "ORG", None, ["Energia Paulista SA", "Energia Paulista"]),
            ("Inter-American Development Bank", "ORG", None,
             ["IDB", "Inter-American Development Bank"]),
            ("São Paulo", "GPE", None, ["SAO PAULO"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("Campinas", "GPE", None, ["Campinas"]),
            ("Ricardo Menezes", "PERSON", None, ["Ricardo Menezes"]),
            ("Aneel", "ORG", None, ["Aneel"]),
            ("Canadian", "NORP", None, ["Canadian"]),
            ("Laurentian Capital", "ORG", None, ["Laurentian Capital"]),
            ("B3", "ORG", None, ["B3"]),
            ("Beatriz Lima", "PERSON", None, ["Beatriz Lima"]),
            ("Helen Porter", "PERSON", None, ["Helen Porter"]),
        ],
        "money": [
            ("$450 million", 0, 450e6, None, "USD", "exact", None,
             {"payee": ["Energia Paulista SA"], "payer": ["Inter-American Development Bank"]}),
            ("$450 million", 1, 450e6, None, "USD", "exact", None,
             {"payer": ["Inter-American Development Bank"], "payee": ["Energia Paulista SA"],
              "place": ["Campinas"], "source": ["Inter-American Development Bank"]}),
            ("3.4 billion reais", 0, 3.4e9, None, "BRL", "exact", None,
             {"payer": ["Energia Paulista SA"], "source": ["Ricardo Menezes"]}),
            ("2.10 reais", 0, 2.1, None, "BRL", "exact", "month",
             {"payee": ["Energia Paulista SA"], "payer_text": "customers"}),
            ("48 million reais", 0, 48e6, None, "BRL", "exact", None,
             {"payer": ["Energia Paulista SA"], "payee": ["Aneel"], "source": ["Aneel"]}),
            ("1.1 billion reais", 0, 1.1e9, None, "BRL", "exact", None,
             {"holder": ["Energia Paulista SA"]}),
        ],
        "quantities": [
            ("2 million homes", 0, 2e6, None, "homes", "exact"),
            ("12%", 0, 12.0, None, "percent", "exact"),
            ("1.6%", 0, 1.6, None, "percent", "exact"),
        ],
        "dates": [
            ("Aug 21", 0, "DATE", "2025-08-21", None, day("2025-08-21")),
            ("Thursday", 0, "DATE", "2025-08-21", None, day("2025-08-21")),
            ("2028", 0, "DATE", "2028", "ON_OR_BEFORE", year(2028)),
            ("a month", 0, "SET", "P1M", None, (None, None)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("the second quarter", 0, "DATE", "2025-Q2", None, ("2025-04-01", "2025-06-30")),
        ],
    },
}


def occurrences(text: str, words: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]


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
            assert set(value) <= names, (key, value)
    return given


def gold(name: str, spec: dict, here: Path = HERE) -> dict:
    source = f"{name}.txt"
    text = (here / source).read_text(encoding="utf-8")
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
            "reference_date": spec["reference_date"], "title": text.split("\n", 1)[0],
            "published": spec["reference_date"], "text": text, "entities": ents,
            "money": money, "quantities": quantities, "dates": dates, "lists": []}


def write(articles: dict, here: Path = HERE) -> None:
    """Writes the gold files of the articles of a round folder (the later 19-money-roles rounds
    call this with their own annotations)."""
    for article, spec in articles.items():
        path = here / f"{article}.gold.json"
        data = gold(article, spec, here)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(path.name, len(data["entities"]), "entities", len(data["money"]), "money")


if __name__ == "__main__":
    write(ARTICLES)
