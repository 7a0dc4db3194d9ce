"""Round 19-money-roles-4: the annotations, by hand. The files are written by the search and
writer of round 19-money-roles (never by artex); run python build_gold.py in this folder.
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
ROVERS = "Glasgow Rovers"
DFT = "Department for Transport"
MML = "Midland Main Line"
CITIZENS = "Citizens Property Insurance Corp"
UNIVERSAL = "Universal Insurance Holdings"
FEMA = "Federal Emergency Management Agency"
FILM = "The Glass Harbour"
MERIDIAN = "Meridian Pictures"
HUTCHISON = "Hutchison Ports"

ARTICLES = {
    "shirt-sponsorship-deal": {
        "reference_date": "2025-07-15",
        "not_mentions": [],
        "entities": [
            ("Novapay", "ORG", None, ["Novapay"]),
            (ROVERS, "ORG", None, [ROVERS, "Rovers"]),
            ("Scottish", "NORP", None, ["Scottish"]),
            ("BetNorth", "ORG", None, ["BetNorth"]),
            ("East Kilbride", "GPE", None, ["East Kilbride"]),
            ("Dutch", "NORP", None, ["Dutch"]),
            ("Keizer Capital", "ORG", None, ["Keizer Capital"]),
            ("Leah Morton", "PERSON", None, ["Leah Morton"]),
            ("BBC Scotland", "ORG", None, ["BBC Scotland"]),
        ],
        "money": [
            ("£12m", 0, 12e6, None, "GBP", "exact", "season",
             {"payer": ["Novapay"], "payee": [ROVERS]}),
            ("£12 million", 0, 12e6, None, "GBP", "exact", "season",
             {"payer": ["Novapay"], "payee": [ROVERS]}),
            ("£4.5 million", 0, 4.5e6, None, "GBP", "exact", "season",
             {"payer": ["BetNorth"], "payee": [ROVERS]}),
            ("£310 million", 0, 310e6, None, "GBP", "exact", None,
             {"holder": ["Novapay"], "source": ["Novapay"]}),
            ("£25 million", 0, 25e6, None, "GBP", "approximate", None,
             {"payer": ["Novapay"], "source": ["Leah Morton"]}),
            ("£58 million", 0, 58e6, None, "GBP", "exact", None,
             {"holder": [ROVERS], "source": [ROVERS]}),
        ],
        "quantities": [],
        "dates": [
            ("five years", 0, "DURATION", "P5Y", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("last year", 1, "DATE", "2024", None, year(2024)),
        ],
    },
    "funding-roundup-newsletter": {
        "reference_date": "2025-10-10",
        "not_mentions": [],
        "entities": [
            ("Terrawatt", "ORG", None, ["Terrawatt"]),
            ("Lisbon", "GPE", None, ["Lisbon"]),
            ("Breakthrough Energy Ventures", "ORG", None, ["Breakthrough Energy Ventures"]),
            ("Porto", "GPE", None, ["Porto"]),
            ("Carbonline", "ORG", None, ["Carbonline"]),
            ("Lowercarbon Capital", "ORG", None, ["Lowercarbon Capital"]),
            ("Amazon", "ORG", None, ["Amazon"]),
            ("Climate Pledge Fund", "ORG", None, ["Climate Pledge Fund"]),
            ("Denver", "GPE", None, ["Denver"]),
            ("European Investment Bank", "ORG", None, ["European Investment Bank"]),
            ("Finnish", "NORP", None, ["Finnish"]),
            ("Vetyvoima", "ORG", None, ["Vetyvoima"]),
            ("Oulu", "GPE", None, ["Oulu"]),
            ("Kelpfarm", "ORG", None, ["Kelpfarm"]),
            ("Maine", "GPE", None, ["Maine"]),
            ("U.S. Department of Energy", "ORG", None, ["U.S. Department of Energy"]),
            ("PitchBook", "ORG", None, ["PitchBook"]),
        ],
        "money": [
            ("€22 million", 0, 22e6, None, "EUR", "exact", None,
             {"payee": ["Terrawatt"], "payer": ["Breakthrough Energy Ventures"]}),
            ("$40 million", 0, 40e6, None, "USD", "exact", None,
             {"payee": ["Carbonline"], "payer": ["Lowercarbon Capital", "Climate Pledge Fund"]}),
            ("€60 million", 0, 60e6, None, "EUR", "exact", None,
             {"payer": ["European Investment Bank"], "payee": ["Vetyvoima"],
              "place": ["Oulu"]}),
            ("$2.5 million", 0, 2.5e6, None, "USD", "exact", None,
             {"payee": ["Kelpfarm"], "payer": ["U.S. Department of Energy"]}),
            ("$9.1 billion", 0, 9.1e9, None, "USD", "exact", None,
             {"payee_text": "climate startups", "source": ["PitchBook"]}),
            ("$11.4 billion", 0, 11.4e9, None, "USD", "exact", None,
             {"payee_text": "climate startups", "source": ["PitchBook"]}),
        ],
        "quantities": [],
        "dates": [
            ("This week", 0, "DATE", "2025-W41", None, ("2025-10-06", "2025-10-12")),
            ("this week", 0, "DATE", "2025-W41", None, ("2025-10-06", "2025-10-12")),
            ("the third quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
            ("the second quarter", 0, "DATE", "2025-Q2", None, ("2025-04-01", "2025-06-30")),
        ],
    },
    "rail-electrification-announcement": {
        "reference_date": "2025-05-21",
        "not_mentions": [],
        "entities": [
            (MML, "FAC", None, [MML]),
            (DFT, "ORG", None, [DFT]),
            ("Kettering", "GPE", None, ["Kettering"]),
            ("Sheffield", "GPE", None, ["Sheffield"]),
            ("Nadia Rahman", "PERSON", None, ["Nadia Rahman", "Rahman"]),
            ("Network Rail", "ORG", None, ["Network Rail"]),
            ("Derbyshire County Council", "ORG", None, ["Derbyshire County Council"]),
            ("Alfreton", "GPE", None, ["Alfreton"]),
            ("Belper", "GPE", None, ["Belper"]),
            ("Leicester", "GPE", None, ["Leicester"]),
            ("London St Pancras", "FAC", None, ["London St Pancras"]),
            ("East Midlands Railway", "ORG", None, ["East Midlands Railway"]),
        ],
        "money": [
            ("£1.1 billion", 0, 1.1e9, None, "GBP", "exact", None,
             {"payer_text": "Government", "place": [MML]}),
            ("£1.1 billion", 1, 1.1e9, None, "GBP", "exact", None,
             {"payer_text": "The government", "place": [MML, "Kettering", "Sheffield"],
              "source": ["Nadia Rahman"]}),
            ("£35 million", 0, 35e6, None, "GBP", "exact", None,
             {"payer": ["Derbyshire County Council"], "place": ["Alfreton", "Belper"]}),
            ("£96 million", 0, 96e6, None, "GBP", "exact", None,
             {"payer": [DFT], "place": ["Leicester", "London St Pancras"]}),
            ("£20 million", 0, 20e6, None, "GBP", "approximate", "year",
             {"holder": ["East Midlands Railway"], "source": ["Nadia Rahman"]}),
        ],
        "quantities": [
            ("28 million passengers", 0, 28e6, None, "passengers", "exact"),
        ],
        "dates": [
            ("today", 0, "DATE", "2025-05-21", None, day("2025-05-21")),
            ("2029", 0, "DATE", "2029", None, year(2029)),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("2024", 0, "DATE", "2024", None, year(2024)),
            ("a year", 0, "SET", "P1Y", None, NONE),
        ],
    },
    "hurricane-insurance-losses": {
        "reference_date": "2025-09-15",
        "not_mentions": [],
        "entities": [
            ("Hurricane Delia", "EVENT", None, ["Hurricane Delia"]),
            ("Swiss Re", "ORG", None, ["Swiss Re"]),
            ("Zurich", "GPE", None, ["ZURICH"]),
            ("Bloomberg", "ORG", None, ["Bloomberg"]),
            ("Florida", "GPE", None, ["Florida"]),
            ("Gulf Coast", "LOC", None, ["Gulf Coast"]),
            (CITIZENS, "ORG", None, [CITIZENS, "Citizens"]),
            (FEMA, "ORG", None, [FEMA]),
            ("Lee", "GPE", None, ["Lee"]),
            ("Charlotte", "GPE", None, ["Charlotte"]),
            (UNIVERSAL, "ORG", None, [UNIVERSAL]),
            ("Fort Lauderdale", "GPE", None, ["Fort Lauderdale"]),
        ],
        "money": [
            ("$14 billion", 0, 14e9, None, "USD", "exact", None, {"source": ["Swiss Re"]}),
            ("$14 billion", 1, 14e9, None, "USD", "exact", None, {"source": ["Swiss Re"]}),
            ("$3 billion", 0, 3e9, None, "USD", "approximate", None,
             {"payer": [CITIZENS], "payee_text": "policyholders",
              "source_text": "its president"}),
            ("$9.2 billion", 0, 9.2e9, None, "USD", "exact", None, {"holder": [CITIZENS]}),
            ("$450 million", 0, 450e6, None, "USD", "exact", None,
             {"payer": [FEMA], "payee_text": "households", "place": ["Lee", "Charlotte"]}),
            ("$70 million", 0, 70e6, None, "USD", "approximate", None,
             {"holder": [UNIVERSAL]}),
            ("$1.1 billion", 0, 1.1e9, None, "USD", "exact", None,
             {"payer": [UNIVERSAL], "source": [UNIVERSAL]}),
        ],
        "quantities": [
            ("8%", 0, 8.0, None, "percent", "exact"),
        ],
        "dates": [
            ("last week", 0, "DATE", "2025-W37", None, ("2025-09-08", "2025-09-14")),
            ("Monday", 0, "DATE", "2025-09-15", None, day("2025-09-15")),
            ("Monday", 1, "DATE", "2025-09-15", None, day("2025-09-15")),
            ("June", 0, "DATE", "2025-06", "BEFORE", ("2025-06-01", "2025-06-30")),
        ],
    },
    "box-office-weekend": {
        "reference_date": "2025-06-09",
        "not_mentions": [],
        "entities": [
            (FILM, "WORK_OF_ART", None, [FILM]),
            ("North American", "NORP", None, ["North American"]),
            (MERIDIAN, "ORG", None, [MERIDIAN]),
            ("China", "GPE", "CN", ["China"]),
            ("Sofia Varga", "PERSON", None, ["Sofia Varga"]),
            ("Lumen", "ORG", None, ["Lumen"]),
            ("Pip and Pepper", "WORK_OF_ART", None, ["Pip and Pepper"]),
        ],
        "money": [
            ("$96 million", 0, 96e6, None, "USD", "exact", None, {"holder": [FILM]}),
            ("$96 million", 1, 96e6, None, "USD", "exact", None,
             {"holder": [FILM], "source": [MERIDIAN]}),
            ("$150 million", 0, 150e6, None, "USD", "approximate", None, {"holder": [FILM]}),
            ("$110 million", 0, 110e6, None, "USD", "exact", None, {"holder": [FILM]}),
            ("$31 million", 0, 31e6, None, "USD", "exact", None, {"holder": [FILM]}),
            ("$12 million", 0, 12e6, None, "USD", "exact", None,
             {"payer": [MERIDIAN], "payee": ["Sofia Varga"],
              "source_text": "people familiar with the deal"}),
            ("$80 million", 0, 80e6, None, "USD", "exact", None,
             {"payer": ["Lumen"], "holder_text": "the film's exclusive online rights"}),
            ("$28 million", 0, 28e6, None, "USD", "exact", None, {"holder": ["Pip and Pepper"]}),
        ],
        "quantities": [
            ("48 markets", 0, 48.0, None, "markets", "exact"),
        ],
        "dates": [
            ("the weekend", 0, "DATE", "2025-W23-WE", None, ("2025-06-07", "2025-06-08")),
            ("2025", 0, "DATE", "2025", None, year(2025)),
            ("Sunday", 0, "DATE", "2025-06-08", None, day("2025-06-08")),
            ("March", 0, "DATE", "2025-03", None, ("2025-03-01", "2025-03-31")),
        ],
    },
    "dock-workers-pay-deal": {
        "reference_date": "2025-03-18",
        "not_mentions": [],
        "entities": [
            ("Port of Felixstowe", "FAC", None, ["Port of Felixstowe", "Felixstowe"]),
            ("Unite", "ORG", None, ["Unite"]),
            (HUTCHISON, "ORG", None, [HUTCHISON]),
            ("British Ports Association", "ORG", None, ["British Ports Association"]),
            ("Maersk", "ORG", None, ["Maersk"]),
            ("Rotterdam", "GPE", None, ["Rotterdam"]),
        ],
        "money": [
            ("£42,000", 0, 42000.0, None, "GBP", "exact", "year",
             {"payee_text": "crane operators"}),
            ("£36,500", 0, 36500.0, None, "GBP", "exact", None,
             {"payee_text": "crane operators"}),
            ("£1,500", 0, 1500.0, None, "GBP", "exact", None,
             {"payer": [HUTCHISON], "payee_text": "each worker"}),
            ("£8 million", 0, 8e6, None, "GBP", "approximate", "day",
             {"holder_text": "shipping lines", "source": ["British Ports Association"]}),
            ("£215 million", 0, 215e6, None, "GBP", "exact", None,
             {"holder": [HUTCHISON], "source": ["Unite"]}),
        ],
        "quantities": [
            ("14%", 0, 14.0, None, "percent", "exact"),
            ("14%", 1, 14.0, None, "percent", "exact"),
            ("30 ships", 0, 30.0, None, "ships", "exact"),
        ],
        "dates": [
            ("Thursday", 0, "DATE", "2025-03-20", None, day("2025-03-20")),
            ("two years", 0, "DURATION", "P2Y", None, NONE),
            ("a year", 0, "SET", "P1Y", None, NONE),
            ("eight days", 0, "DURATION", "P8D", None, NONE),
            ("a day", 0, "SET", "P1D", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
        ],
    },
}


if __name__ == "__main__":
    _round.write(ARTICLES, HERE)
