"""Hand-written gold of round 19-money-roles-3. `../19-money-roles/build_gold.py` turns the
annotations into gold files (offsets by text search, never by artex): python build_gold.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "round_19_money_roles", HERE.parent / "19-money-roles" / "build_gold.py")
_round = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round)
year, day = _round.year, _round.day


NONE = (None, None)
BRIGHTWAY = "Brightway Stores Inc"
SOCIETY = "Ashworth Community Pub Society"
MFA = "Museum of Fine Arts"
OTPP = "Ontario Teachers' Pension Plan"
PGC = "Prairie Grain Co-operative"

ARTICLES = {
    "auction-record-painting": {
        "reference_date": "2025-05-16",
        "not_mentions": [],
        "entities": [
            ("David Hockney", "PERSON", None, ["David Hockney", "Hockney"]),
            ("New York", "GPE", None, ["New York", "NEW YORK"]),
            ("Christie's", "ORG", None, ["Christie's"]),
            ("British", "NORP", None, ["British"]),
            ("Harold Brennan", "PERSON", None, ["Harold Brennan"]),
            ("London", "GPE", None, ["London"]),
            (MFA, "ORG", None, [MFA]),
            ("Houston", "GPE", None, ["Houston"]),
            ("Georgia O'Keeffe", "PERSON", None, ["Georgia O'Keeffe"]),
            ("Abernathy Trust", "ORG", None, ["Abernathy Trust"]),
            ("Sotheby's", "ORG", None, ["Sotheby's"]),
        ],
        "money": [
            ("$62 million", 0, 62e6, None, "USD", "exact", None,
             {"holder_text": "Hockney pool painting"}),
            ("$62 million", 1, 62e6, None, "USD", "exact", None,
             {"holder_text": "A David Hockney swimming-pool painting"}),
            # A seller is named: the seller is the payee, the sold picture holds no role.
            ("$2.4 million", 0, 2.4e6, None, "USD", "exact", None,
             {"payer_text": "the family of the late collector Harold Brennan",
              "payee_text": "a London dealer", "source": ["Christie's"]}),
            ("$50 million", 0, 50e6, None, "USD", "exact", None,
             {"payer": ["Christie's"], "payee_text": "the seller"}),
            ("$7 million", 0, 7e6, None, "USD", "approximate", None,
             {"payee": ["Christie's"], "payer_text": "the buyer"}),
            ("$8.5 million", 0, 8.5e6, None, "USD", "exact", None,
             {"payer": [MFA], "holder_text": "a Georgia O'Keeffe landscape"}),
            ("$10 million", 0, 10e6, None, "USD", "exact", None,
             {"payer": ["Abernathy Trust"], "source": [MFA]}),
            ("$1.1 billion", 0, 1.1e9, None, "USD", "exact", None,
             {"holder": ["Sotheby's"]}),
        ],
        "quantities": [],
        "dates": [
            ("Thursday", 0, "DATE", "2025-05-15", None, day("2025-05-15")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("1989", 0, "DATE", "1989", None, year(1989)),
            ("last month", 0, "DATE", "2025-04", None, ("2025-04-01", "2025-04-30")),
            ("Monday", 0, "DATE", "2025-05-19", None, day("2025-05-19")),
        ],
    },
    "brightway-chapter-11": {
        "reference_date": "2025-03-10",
        "not_mentions": [],
        "entities": [
            (BRIGHTWAY, "ORG", None, [BRIGHTWAY, "Brightway Stores", "Brightway"]),
            ("Wilmington", "GPE", None, ["WILMINGTON"]),
            ("Delaware", "GPE", None, ["Del.", "Delaware"]),
            ("Bank of America", "ORG", None, ["Bank of America"]),
            ("Pinecrest Capital", "ORG", None, ["Pinecrest Capital"]),
            ("Laura Finch", "PERSON", None, ["Laura Finch"]),
            ("Mark Delaney", "PERSON", None, ["Mark Delaney"]),
        ],
        "money": [
            ("$1.8 billion", 0, 1.8e9, None, "USD", "exact", None, {"holder": [BRIGHTWAY]}),
            ("$1.8 billion", 1, 1.8e9, None, "USD", "approximate", None,
             {"holder": [BRIGHTWAY]}),
            ("$275 million", 0, 275e6, None, "USD", "exact", None,
             {"payee": [BRIGHTWAY], "source": [BRIGHTWAY]}),
            # "X owes $N to Y": the debt is X's (holder), Y is owed it (payee).
            ("$620 million", 0, 620e6, None, "USD", "exact", None,
             {"holder": [BRIGHTWAY], "payee_text": "bondholders",
              "source_text": "the filing"}),
            ("$140 million", 0, 140e6, None, "USD", "exact", None,
             {"holder": [BRIGHTWAY], "payee_text": "suppliers", "source_text": "the filing"}),
            ("30 cents", 0, 0.3, None, "USD", "exact", None, {"payee_text": "suppliers"}),
            ("$60 million", 0, 60e6, None, "USD", "exact", None,
             {"payer": ["Pinecrest Capital"]}),
            ("$4.2 billion", 0, 4.2e9, None, "USD", "exact", None, {"holder": [BRIGHTWAY]}),
            ("$9.7 million", 0, 9.7e6, None, "USD", "exact", None,
             {"payer": [BRIGHTWAY], "payee": ["Laura Finch"]}),
            ("$85 million", 0, 85e6, None, "USD", "approximate", None,
             {"payee_text": "Landlords", "source": ["Mark Delaney"]}),
        ],
        "quantities": [
            ("640 shops", 0, 640.0, None, "shops", "exact"),
            ("41%", 0, 41.0, None, "percent", "exact"),
            ("11%", 0, 11.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Sunday", 0, "DATE", "2025-03-09", None, day("2025-03-09")),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
        ],
    },
    "manchester-office-deal": {
        "reference_date": "2025-07-04",
        "not_mentions": [],
        "entities": [
            ("Canadian", "NORP", None, ["Canadian"]),
            ("Manchester", "GPE", None, ["Manchester"]),
            ("London", "GPE", None, ["London"]),
            (OTPP, "ORG", None, [OTPP]),
            ("Aviva Investors", "ORG", None, ["Aviva Investors"]),
            ("Riverside Tower", "FAC", None, ["Riverside Tower"]),
            ("Knight Frank", "ORG", None, ["Knight Frank"]),
            ("Hargreaves Lloyd", "ORG", None, ["Hargreaves Lloyd"]),
            ("Savills", "ORG", None, ["Savills"]),
            ("Leeds", "GPE", None, ["Leeds"]),
            ("Glasgow", "GPE", None, ["Glasgow"]),
            ("Clyde Quarter", "ORG", None, ["Clyde Quarter"]),
            ("Santander", "ORG", None, ["Santander"]),
            ("Clyde", "LOC", None, ["Clyde"]),
        ],
        "money": [
            ("£210m", 0, 210e6, None, "GBP", "exact", None,
             {"payer_text": "Canadian pension fund", "holder_text": "Manchester tower"}),
            ("£210 million", 0, 210e6, None, "GBP", "exact", None,
             {"payer_text": "A Canadian pension fund",
              "holder_text": "Manchester's tallest office building"}),
            ("£38", 0, 38.0, None, "GBP", "approximate", "square foot",
             {"payer": ["Hargreaves Lloyd"]}),
            ("£14.5 million", 0, 14.5e6, None, "GBP", "exact", None,
             {"payer_text": "the city council", "place": ["Leeds"]}),
            ("£95 million", 0, 95e6, None, "GBP", "exact", None,
             {"payee": ["Clyde Quarter"], "payer": ["Santander"],
              "place": ["Glasgow", "Clyde"]}),
        ],
        "quantities": [
            ("31 floors", 0, 31.0, None, "floors", "exact"),
            ("9%", 0, 9.0, None, "percent", "exact"),
            ("420 flats", 0, 420.0, None, "flats", "exact"),
        ],
        "dates": [
            ("the week", 0, "DATE", "2025-W27", None, ("2025-06-30", "2025-07-06")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("2034", 0, "DATE", "2034", "ON_OR_BEFORE", year(2034)),
            ("last July", 0, "DATE", "2024-07", "ON_OR_AFTER", ("2024-07-01", "2024-07-31")),
        ],
    },
    "prairie-grain-report": {
        "reference_date": "2025-08-08",
        "not_mentions": [],
        "entities": [
            ("Saskatchewan", "GPE", None, ["Saskatchewan"]),
            (PGC, "ORG", None, [PGC]),
            ("Viterra", "ORG", None, ["Viterra"]),
            ("Australian", "NORP", None, ["Australian"]),
            ("Canada", "GPE", "CA", ["Canada"]),
            ("Ottawa", "GPE", None, ["Ottawa"]),
            ("Vancouver", "GPE", None, ["Vancouver"]),
            ("Denise Okoro", "PERSON", None, ["Denise Okoro"]),
            ("Western Grain Elevator Association", "ORG", None,
             ["Western Grain Elevator Association"]),
        ],
        "money": [
            ("C$310", 0, 310.0, None, "CAD", "approximate", "tonne",
             {"payee_text": "Farmers in Saskatchewan"}),
            ("C$345", 0, 345.0, None, "CAD", "exact", "tonne",
             {"payee_text": "Farmers in Saskatchewan"}),
            ("C$12", 0, 12.0, None, "CAD", "exact", "tonne",
             {"payer": [PGC], "payee_text": "members", "source": [PGC]}),
            ("C$2.3 billion", 0, 2.3e9, None, "CAD", "exact", None, {"holder": [PGC]}),
            ("C$280 million", 0, 280e6, None, "CAD", "approximate", None,
             {"payer": ["Viterra"], "payee_text": "Australian growers", "source": ["Viterra"]}),
            ("C$45 million", 0, 45e6, None, "CAD", "exact", None,
             {"payer": ["Ottawa"], "source": ["Denise Okoro"]}),
            ("C$500 million", 0, 500e6, None, "CAD", "approximate", None,
             {"holder_text": "Growers", "source": ["Western Grain Elevator Association"]}),
        ],
        "quantities": [
            ("6,000 farms", 0, 6000.0, None, "farms", "exact"),
            ("400,000 tonnes", 0, 400000.0, None, "tonne", "exact"),
        ],
        "dates": [
            ("this week", 0, "DATE", "2025-W32", None, ("2025-08-04", "2025-08-10")),
            ("a month ago", 0, "DATE", "2025-07", None, ("2025-07-01", "2025-07-31")),
            ("August 31", 0, "DATE", "2025-08-31", "BEFORE", day("2025-08-31")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("Tuesday", 0, "DATE", "2025-08-05", None, day("2025-08-05")),
            ("2022", 0, "DATE", "2022", "ON_OR_AFTER", year(2022)),
        ],
    },
    "loomly-pixelcraft-blog": {
        "reference_date": "2025-09-24",
        "not_mentions": [],
        "entities": [
            ("Loomly", "ORG", None, ["Loomly"]),
            ("Pixelcraft", "ORG", None, ["Pixelcraft"]),
            ("Berlin", "GPE", None, ["Berlin"]),
            ("Index Ventures", "ORG", None, ["Index Ventures"]),
            ("Tiger Global", "ORG", None, ["Tiger Global"]),
            ("Sequoia Capital", "ORG", None, ["Sequoia Capital"]),
            ("Priya Raman", "PERSON", None, ["Priya Raman"]),
        ],
        "money": [
            ("$400M", 0, 400e6, None, "USD", "approximate", None,
             {"payer": ["Loomly"], "holder": ["Pixelcraft"]}),
            ("$400 million", 0, 400e6, None, "USD", "approximate", None,
             {"payer": ["Loomly"], "holder": ["Pixelcraft"]}),
            ("$45 million", 0, 45e6, None, "USD", "exact", None,
             {"payee": ["Pixelcraft"], "payer": ["Index Ventures"]}),
            ("$310 million", 0, 310e6, None, "USD", "exact", None, {"holder": ["Pixelcraft"]}),
            ("$250 million", 0, 250e6, None, "USD", "exact", None,
             {"payee": ["Loomly"], "payer": ["Tiger Global", "Sequoia Capital"],
              "source": ["Priya Raman"]}),
            ("$180 million", 0, 180e6, None, "USD", "approximate", "year",
             {"holder": ["Loomly"], "source": ["Priya Raman"]}),
            ("$12", 0, 12.0, None, "USD", "exact", "month",
             {"payee": ["Pixelcraft"], "payer_text": "its 2 million users"}),
        ],
        "quantities": [
            ("2 million users", 0, 2e6, None, "users", "exact"),
        ],
        "dates": [
            ("weeks", 0, "DURATION", "PXW", None, NONE),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("April", 0, "DATE", "2025-04", None, ("2025-04-01", "2025-04-30")),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("June", 0, "DATE", "2025-06", None, ("2025-06-01", "2025-06-30")),
            ("a month", 0, "SET", "P1M", None, NONE),
        ],
    },
    "ashworth-pub-appeal": {
        "reference_date": "2025-06-12",
        "not_mentions": [],
        "entities": [
            ("Ashworth", "GPE", None, ["Ashworth"]),
            ("Ashworth Community News", "ORG", None, ["Ashworth Community News"]),
            ("Red Lion", "FAC", None, ["Red Lion"]),
            ("Marston Taverns", "ORG", None, ["Marston Taverns"]),
            (SOCIETY, "ORG", None, [SOCIETY]),
            ("Plunkett Foundation", "ORG", None, ["Plunkett Foundation"]),
            ("Sue Whitfield", "PERSON", None, ["Sue Whitfield"]),
            ("Ben Okafor", "PERSON", None, ["Ben Okafor"]),
            ("Community Ownership Fund", "ORG", None, ["Community Ownership Fund"]),
        ],
        "money": [
            ("£48,000", 0, 48000.0, None, "GBP", "exact", None, {"payee_text": "Villagers"}),
            ("£48,000", 1, 48000.0, None, "GBP", "exact", None,
             {"payee_text": "Residents of Ashworth"}),
            ("£320,000", 0, 320000.0, None, "GBP", "exact", None, {}),
            ("£290,000", 0, 290000.0, None, "GBP", "exact", None,
             {"payee": ["Marston Taverns"], "payer": [SOCIETY]}),
            ("£15,000", 0, 15000.0, None, "GBP", "exact", None,
             {"payer": ["Plunkett Foundation"], "payee": [SOCIETY],
              "source": ["Sue Whitfield"]}),
            ("£5,000", 0, 5000.0, None, "GBP", "exact", None,
             {"payer_text": "the village's parish council", "source": ["Sue Whitfield"]}),
            ("£50", 0, 50.0, None, "GBP", "exact", None, {"holder_text": "Shares"}),
            ("£150,000", 0, 150000.0, None, "GBP", "at_most", None,
             {"payee": [SOCIETY], "payer": ["Community Ownership Fund"]}),
        ],
        "quantities": [
            ("412 people", 0, 412.0, None, "people", "exact"),
        ],
        "dates": [
            ("June", 0, "DATE", "2025-06", None, ("2025-06-01", "2025-06-30")),
            ("six weeks", 0, "DURATION", "P6W", None, NONE),
            ("the end of September", 0, "DATE", "2025-09", "END", ("2025-09-21", "2025-09-30")),
            ("Tuesday", 0, "DATE", "2025-06-10", None, day("2025-06-10")),
        ],
    },
}


if __name__ == "__main__":
    _round.write(ARTICLES, HERE)
