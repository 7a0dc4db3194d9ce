"""Writes the gold files of this round (issue #18: quotes and claims) from the hand-written
annotations below, before artex has run on the articles.

Entities, money, quantities and dates are found in the text by the helpers of round
19-money-roles (whole-word occurrences of the annotated words); quotes and claims by
corpus/quote_gold.py, with the conventions of corpus/README.md ("Quotes and claims").
Run from this folder: python build_gold.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ROUND_19 = _module(HERE.parent / "19-money-roles" / "build_gold.py", "round_19_gold")
QUOTE_GOLD = _module(HERE.parent.parent / "quote_gold.py", "quote_gold")
day, year = ROUND_19.day, ROUND_19.year
NO_INTERVAL = (None, None)

ARTICLES = {
    "valdera-lithium-aquifer": {
        "reference_date": "2025-05-20",
        "not_mentions": [],
        "entities": [
            ("Spanish", "NORP", None, ["Spanish"]),
            ("Valdera", "GPE", None, ["VALDERA", "Valdera"]),
            ("Spain", "GPE", "ES", ["Spain"]),
            ("Reuters", "ORG", None, ["Reuters"]),
            ("Iberlit Resources SA", "ORG", None, ["Iberlit Resources SA", "Iberlit"]),
            ("Lucía Moreno", "PERSON", None, ["Lucía Moreno"]),
            ("Javier Ortiz", "PERSON", None, ["Javier Ortiz"]),
            ("University of Granada", "ORG", None, ["University of Granada"]),
            ("Sergio Llorente", "PERSON", None, ["Sergio Llorente"]),
        ],
        "money": [],
        "quantities": [("40 hectares", 0, 40.0, None, "hectares", "exact")],
        "dates": [
            ("May 20", 0, "DATE", "2025-05-20", None, day("2025-05-20")),
            ("2028", 0, "DATE", "2028", "ON_OR_AFTER", year(2028)),
            ("1990", 0, "DATE", "1990", "ON_OR_AFTER", year(1990)),
            ("Monday", 0, "DATE", "2025-05-19", None, day("2025-05-19")),
            ("July", 0, "DATE", "2025-07", None, ("2025-07-01", "2025-07-31")),
        ],
        "quotes": [
            ("will bring badly needed jobs", "indirect", None, "regional officials", "say"),
            ("the refinery will drain the aquifer that irrigates the valley's olive groves",
             "indirect", None, "Critics", "say"),
            ("We are being asked to trade our water for someone else's batteries", "direct",
             "Lucía Moreno", "Lucía Moreno, who farms 40 hectares of olives outside the village",
             "said"),
            ("Once the aquifer is gone, it does not come back.", "direct", "Lucía Moreno",
             "Lucía Moreno", None),
            ("the refinery will keep young people in a region that has lost a third of its "
             "population since 1990", "indirect", None, "Supporters", "argue"),
            ("a second chance for the interior", "partial", "Javier Ortiz",
             "Regional economy minister Javier Ortiz", "called"),
            ("the regional government would require Iberlit to recycle most of the water it "
             "uses", "indirect", "Javier Ortiz", "The minister", "said"),
            ("nobody knows how much water the aquifer still holds", "indirect",
             "University of Granada", "hydrologists at the University of Granada",
             "according to"),
            ("the company would publish its water study before the public consultation closes "
             "in July", "indirect", "Sergio Llorente", "Iberlit chief executive Sergio Llorente",
             "told"),
            ("We have nothing to hide", "direct", "Sergio Llorente", "he", "said"),
        ],
        "claims": [
            ("will bring badly needed jobs", "pro", None, "regional officials", "say"),
            ("the refinery will drain the aquifer that irrigates the valley's olive groves",
             "con", None, "Critics", "say"),
            ("trucks carrying chemicals will pass through the village twice an hour", "con",
             None, "Some residents", "fear"),
            ("the refinery will keep young people in a region that has lost a third of its "
             "population since 1990", "pro", None, "Supporters", "argue"),
            ("The main drawback, according to hydrologists at the University of Granada, is "
             "that nobody knows how much water the aquifer still holds", "con",
             "University of Granada", "hydrologists at the University of Granada", "drawback"),
        ],
    },
    "tramline-extension-leeds": {
        "reference_date": "2025-10-08",
        "not_mentions": [],
        "entities": [
            ("Leeds", "GPE", None, ["Leeds", "LEEDS"]),
            ("Hannah Price", "PERSON", None, ["Hannah Price"]),
            ("England", "GPE", None, ["England"]),
            ("Leeds City Council", "ORG", None, ["Leeds City Council"]),
            ("Europe", "LOC", None, ["Europe"]),
            ("Amira Shah", "PERSON", None, ["Amira Shah", "Shah"]),
            ("Royal Infirmary", "FAC", None, ["Royal Infirmary"]),
            ("Department for Transport", "ORG", None, ["Department for Transport"]),
            ("Marcus Hale", "PERSON", None, ["Marcus Hale"]),
            ("West Yorkshire Combined Authority", "ORG", None,
             ["West Yorkshire Combined Authority"]),
        ],
        "money": [("£2.1 billion", 0, 2.1e9, None, "GBP", "approximate", None, None)],
        "quantities": [],
        "dates": [
            ("Oct 8", 0, "DATE", "2025-10-08", None, day("2025-10-08")),
            ("Wednesday", 0, "DATE", "2025-10-08", None, day("2025-10-08")),
            ("decades", 0, "DURATION", "PXDE", None, NO_INTERVAL),
            ("2031", 0, "DATE", "2031", None, year(2031)),
            ("forty years", 0, "DURATION", "P40Y", None, NO_INTERVAL),
            ("Today", 0, "DATE", "2025-10-08", None, day("2025-10-08")),
            ("next year", 0, "DATE", "2026", None, year(2026)),
        ],
        "quotes": [
            ("the first line, from the city centre to the Royal Infirmary and the southern "
             "suburbs, would open in 2031", "indirect", "Amira Shah", "Council leader Amira Shah",
             "said"),
            ("For forty years this city has been promised a tram and given a bus", "direct",
             "Amira Shah", "Shah", "told"),
            ("Today we stop promising. We have the money, we have the route and we have the "
             "people of Leeds behind us.", "direct", "Amira Shah", "Shah", None),
            ("The scheme will cost about £2.1 billion", "indirect", None, "a council report",
             "according to"),
            ("the route misses the poorest districts of the city", "indirect", None,
             "Opponents", "contend"),
            ("it will cut congestion on the ring road", "indirect", None, "Business groups",
             "saying"),
            ("the government would not fund cost overruns", "indirect", "Marcus Hale",
             "Transport Secretary Marcus Hale", "added"),
            ("It is ambitious, but it is achievable if the council keeps its nerve.", "direct",
             "Marcus Hale", "he", "said"),
            ("construction contracts would be tendered next year", "indirect",
             "West Yorkshire Combined Authority",
             "A spokeswoman for the West Yorkshire Combined Authority", "said"),
        ],
        "claims": [
            ("the route misses the poorest districts of the city", "con", None, "Opponents",
             "contend"),
            ("the plan, saying it will cut congestion on the ring road", "pro", None,
             "Business groups", "welcomed"),
        ],
    },
    "north-sea-cod-quota": {
        "reference_date": "2025-12-12",
        "not_mentions": [],
        "entities": [
            ("United Kingdom", "GPE", "GB", ["UK", "Britain"]),
            ("Norway", "GPE", "NO", ["Norway"]),
            ("London", "GPE", None, ["LONDON"]),
            ("North Sea", "LOC", None, ["North Sea"]),
            ("Bergen", "GPE", None, ["Bergen"]),
            ("Daniel Croft", "PERSON", None, ["Daniel Croft", "Croft"]),
            ("Norwegian", "NORP", None, ["Norwegian"]),
            ("Ingrid Solheim", "PERSON", None, ["Ingrid Solheim"]),
            ("NRK", "ORG", None, ["NRK"]),
            ("Scottish Fishermen's Federation", "ORG", None,
             ["Scottish Fishermen's Federation"]),
            ("International Council for the Exploration of the Sea", "ORG", None,
             ["International Council for the Exploration of the Sea"]),
            ("Peterhead", "GPE", None, ["Peterhead"]),
        ],
        "money": [("£40 million", 0, 40e6, None, "GBP", "approximate", None, None)],
        "quantities": [
            ("15%", 0, 15.0, None, "percent", "exact"),
            ("25%", 0, 25.0, None, "percent", "exact"),
        ],
        "dates": [
            ("Dec 12", 0, "DATE", "2025-12-12", None, day("2025-12-12")),
            ("Thursday", 0, "DATE", "2025-12-11", None, day("2025-12-11")),
            ("next year", 0, "DATE", "2026", None, year(2026)),
            ("two days", 0, "DURATION", "P2D", None, NO_INTERVAL),
            ("a decade", 0, "DURATION", "P10Y", None, NO_INTERVAL),
            ("2015", 0, "DATE", "2015", "ON_OR_AFTER", year(2015)),
            ("Monday", 0, "DATE", "2025-12-15", None, day("2025-12-15")),
        ],
        "quotes": [
            ("the deal was 'hard but fair'", "indirect", "Daniel Croft",
             "Fisheries minister Daniel Croft", "said"),
            ("hard but fair", "partial", "Daniel Croft", "Fisheries minister Daniel Croft",
             "said"),
            ("Nobody in the fleet wanted to hear the word cut", "direct", "Daniel Croft",
             "the minister", "said"),
            ("But the stock is below the level scientists consider safe, and we cannot fish our "
             "way out of that.", "direct", "Daniel Croft", "the minister", None),
            ("Norway had pushed for a deeper cut", "indirect", "Ingrid Solheim",
             "His Norwegian counterpart, Ingrid Solheim", "said"),
            ("We would have gone further", "direct", "Ingrid Solheim", "she", "told"),
            ("a blow to coastal communities", "partial", "Scottish Fishermen's Federation",
             "The Scottish Fishermen's Federation", "called"),
            ("its members would lose about £40 million in earnings", "indirect",
             "Scottish Fishermen's Federation", "The Scottish Fishermen's Federation", "said"),
            ("the quota system has failed to rebuild the stock in a decade of cuts", "indirect",
             None, "Skeptics", "warn"),
            ("the spawning stock has shrunk by half since 2015", "indirect",
             "International Council for the Exploration of the Sea", "the council",
             "according to"),
            ("He is expected to offer a compensation scheme", "indirect", None,
             "a government official", "said"),
        ],
        "claims": [
            ("the quota system has failed to rebuild the stock in a decade of cuts", "con",
             None, "Skeptics", "warn"),
        ],
    },
    "portlake-bank-fine": {
        "reference_date": "2025-03-27",
        "not_mentions": [],
        "entities": [
            ("Portlake Bank", "ORG", None, ["Portlake Bank", "Portlake"]),
            ("Daniel Ochoa", "PERSON", None, ["Daniel Ochoa"]),
            ("Washington", "GPE", None, ["WASHINGTON"]),
            ("Consumer Financial Protection Bureau", "ORG", None,
             ["Consumer Financial Protection Bureau", "CFPB"]),
            ("Rosa Whitaker", "PERSON", None, ["Rosa Whitaker", "Whitaker"]),
            ("Paul Brennan", "PERSON", None, ["Paul Brennan"]),
            ("Mark Ellison", "PERSON", None, ["Mark Ellison"]),
            ("Center for Fair Lending", "ORG", None, ["Center for Fair Lending"]),
            ("Stonebridge Securities", "ORG", None, ["Stonebridge Securities"]),
        ],
        "money": [
            ("$95 million", 0, 95e6, None, "USD", "exact", None, None),
            ("$60 million", 0, 60e6, None, "USD", "approximate", None, None),
            ("Ninety-five million dollars", 0, 95e6, None, "USD", "exact", None, None),
        ],
        "quantities": [
            ("240,000 borrowers", 0, 240000.0, None, "borrowers", "approximate"),
            ("8%", 0, 8.0, None, "percent", "approximate"),
            ("2.1%", 0, 2.1, None, "percent", "exact"),
        ],
        "dates": [
            ("March 27", 0, "DATE", "2025-03-27", None, day("2025-03-27")),
            ("Thursday", 0, "DATE", "2025-03-27", None, day("2025-03-27")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("2023", 0, "DATE", "2023", None, year(2023)),
            ("first-quarter", 0, "DATE", "2025-Q1", None, ("2025-01-01", "2025-03-31")),
        ],
        "quotes": [
            ("the bank had \"systematically\" added charges that customers never agreed to",
             "indirect", "Rosa Whitaker", "CFPB director Rosa Whitaker", "told"),
            ("systematically", "partial", "Rosa Whitaker", "CFPB director Rosa Whitaker",
             "told"),
            ("These were not mistakes", "direct", "Rosa Whitaker", "Whitaker", "said"),
            ("They were a business model.", "direct", "Rosa Whitaker", "Whitaker", None),
            ("About 240,000 borrowers paid extra fees between 2019 and 2023", "indirect",
             "Consumer Financial Protection Bureau", "the bureau", "according to"),
            ("it had \"cooperated fully\" with the investigation and had already changed its "
             "lending practices", "indirect", "Portlake Bank", "Portlake", "said"),
            ("cooperated fully", "partial", "Portlake Bank", "Portlake", "said"),
            ("the bank regretted \"any inconvenience\" to customers", "indirect",
             "Paul Brennan", "Chief executive Paul Brennan", "added"),
            ("any inconvenience", "partial", "Paul Brennan", "Chief executive Paul Brennan",
             "added"),
            ("it was too small to change behaviour at a bank of Portlake's size", "indirect",
             None, "Consumer advocates", "said"),
            ("Ninety-five million dollars is a rounding error for them", "direct",
             "Mark Ellison", "Mark Ellison, director of the Center for Fair Lending", "said"),
            ("They will make that back in no time.", "direct", "Mark Ellison", "Mark Ellison",
             None),
            ("the penalty would cut Portlake's first-quarter earnings by about 8%", "indirect",
             "Stonebridge Securities", "Analysts at Stonebridge Securities", "said"),
        ],
        "claims": [
            ("the fine", "pro", None, "Consumer advocates", "welcomed"),
            ("it was too small to change behaviour at a bank of Portlake's size", "con", None,
             "Consumer advocates", "said"),
        ],
    },
    "kestrel-foods-layoffs": {
        "reference_date": "2025-09-03",
        "not_mentions": [],
        "entities": [
            ("Kestrel Foods Inc", "ORG", None, ["Kestrel Foods Inc", "Kestrel Foods", "Kestrel"]),
            ("Chicago", "GPE", None, ["CHICAGO"]),
            ("AP", "ORG", None, ["AP"]),
            ("Iowa", "GPE", None, ["Iowa"]),
            ("Nebraska", "GPE", None, ["Nebraska"]),
            ("Janet Kowalski", "PERSON", None, ["Janet Kowalski"]),
            ("Dale Ferguson", "PERSON", None, ["Dale Ferguson"]),
            ("United Food and Commercial Workers", "ORG", None,
             ["United Food and Commercial Workers"]),
            ("Ruth Halvorsen", "PERSON", None, ["Ruth Halvorsen"]),
        ],
        "money": [("$120 million", 0, 120e6, None, "USD", "approximate", "year", None)],
        "quantities": [
            ("900 jobs", 0, 900.0, None, "jobs", "exact"),
            ("900 jobs", 1, 900.0, None, "jobs", "approximate"),
        ],
        "dates": [
            ("Sept 3", 0, "DATE", "2025-09-03", None, day("2025-09-03")),
            ("Tuesday", 0, "DATE", "2025-09-02", None, day("2025-09-02")),
            ("a year", 0, "SET", "P1Y", None, NO_INTERVAL),
        ],
        "quotes": [
            ("Kestrel Foods Inc will close two meat-processing plants in Iowa and Nebraska and "
             "cut about 900 jobs", "indirect", "Kestrel Foods Inc", "the company", "said"),
            ("This was the hardest decision I have taken in my time at Kestrel", "direct",
             "Janet Kowalski", "Janet Kowalski, the company’s chief executive", "said"),
            ("The plants are old, and bringing them up to standard would cost more than they "
             "will ever earn.", "direct", "Janet Kowalski", "Janet Kowalski", None),
            ("affected workers would be offered jobs at other Kestrel sites", "indirect", None,
             "A spokeswoman for the company", "said"),
            ("few would be able to move", "indirect", None, "Union officials", "said"),
            ("Most of these people have houses and children in school here", "direct",
             "Dale Ferguson", "Dale Ferguson, president of the local branch of the United Food "
             "and Commercial Workers", "said"),
            ("a betrayal of families who kept the lines running through the pandemic.",
             "partial", "Dale Ferguson", "He", "called"),
            ("the state would help workers find new jobs", "indirect", "Ruth Halvorsen",
             "Iowa Governor Ruth Halvorsen", "said"),
            ("the closures reflect a wider shift toward fewer, larger plants", "indirect", None,
             "Economists", "say"),
            ("they will save about $120 million a year", "indirect", "Kestrel Foods Inc",
             "the company", "said"),
        ],
        "claims": [
            ("The main risk for Kestrel is that rivals move into the markets the plants served",
             "con", None, None, "risk"),
            ("One benefit of the closures, the company said, is that they will save about $120 "
             "million a year", "pro", "Kestrel Foods Inc", "the company", "benefit"),
        ],
    },
    "andes-copper-royalty": {
        "reference_date": "2025-07-16",
        "not_mentions": [],
        "entities": [
            ("Peru", "GPE", "PE", ["Peru"]),
            ("Lima", "GPE", None, ["LIMA"]),
            ("Congress", "ORG", None, ["Congress"]),
            ("Elena Ramírez", "PERSON", None, ["Elena Ramírez", "Ramírez"]),
            ("Jorge Valdivia", "PERSON", None, ["Jorge Valdivia"]),
            ("National Society of Mining, Petroleum and Energy", "ORG", None,
             ["National Society of Mining, Petroleum and Energy"]),
            ("Carlos Benavides", "PERSON", None, ["Carlos Benavides"]),
            ("Chile", "GPE", "CL", ["Chile"]),
            ("Argentina", "GPE", "AR", ["Argentina"]),
            ("Credicorp Capital", "ORG", None, ["Credicorp Capital"]),
            ("Andean", "NORP", None, ["Andean"]),
        ],
        "money": [("4 billion soles", 0, 4e9, None, "PEN", "approximate", "year", None)],
        "quantities": [
            ("12%", 0, 12.0, None, "percent", "at_most"),
            ("8%", 0, 8.0, None, "percent", "exact"),
            ("5%", 0, 5.0, None, "percent", "approximate"),
        ],
        "dates": [
            ("July 16", 0, "DATE", "2025-07-16", None, day("2025-07-16")),
            ("Wednesday", 0, "DATE", "2025-07-16", None, day("2025-07-16")),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("a year", 0, "SET", "P1Y", None, NO_INTERVAL),
        ],
        "quotes": [
            ("This is money that belongs to the regions where the metal is dug out of the "
             "ground", "direct", "Elena Ramírez", "she", "said"),
            ("For too long it has left with the ships.", "direct", "Elena Ramírez", "she", None),
            ("the change would raise about 4 billion soles a year", "indirect",
             "Jorge Valdivia", "Finance minister Jorge Valdivia", "said"),
            ("investors would take their money to Chile and Argentina", "indirect",
             "Carlos Benavides", "Its president, Carlos Benavides", "warned"),
            ("Peru is changing the rules in the middle of the game", "direct",
             "Carlos Benavides", "he", "said"),
            ("Peru's royalties remain lower than those of its neighbours", "indirect", None,
             "Proponents", "counter"),
            ("the change would cut mining companies' profits by about 5% but was unlikely to "
             "stop projects already under construction", "indirect", "Credicorp Capital",
             "Analysts at Credicorp Capital", "said"),
            ("they see little benefit from the mines", "indirect", "Andean",
             "Andean communities", "complained"),
            ("two thirds of the country's social conflicts involve mining", "indirect", None,
             "the ombudsman's office", "according to"),
        ],
        "claims": [
            ("the bill", "con", "National Society of Mining, Petroleum and Energy",
             "The National Society of Mining, Petroleum and Energy, which represents the "
             "industry", "opposed"),
            ("investors would take their money to Chile and Argentina", "con",
             "Carlos Benavides", "Its president, Carlos Benavides", "warned"),
            ("Peru's royalties remain lower than those of its neighbours", "pro", None,
             "Proponents", "counter"),
        ],
    },
}


def base_spec(spec: dict) -> dict:
    """The round-19 builder's view: money roles are not annotated in this round."""
    money = [(words, nth, amount, amount_max, currency, qualifier, per, {})
             for words, nth, amount, amount_max, currency, qualifier, per, _ in spec["money"]]
    return {**spec, "money": money}


if __name__ == "__main__":
    ROUND_19.HERE = HERE  # the round-19 builder reads the article beside its gold file
    for article, annotations in ARTICLES.items():
        path = HERE / f"{article}.gold.json"
        data = ROUND_19.gold(article, base_spec(annotations))
        for money in data["money"]:
            money["roles"] = None
        data["source"] = f"{article}.txt"
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        QUOTE_GOLD.annotate(path, annotations)
        print(path.name, len(data["entities"]), "entities", len(annotations["quotes"]),
              "quotes", len(annotations["claims"]), "claims")
