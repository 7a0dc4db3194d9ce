"""Writes the gold files of this round from the hand-written annotations below.

Offsets are found by searching each article's text for the annotated words (never by artex),
with the builder of round 19-money-roles (``../19-money-roles/build_gold.py``, reading this
folder's articles): an entity's
mentions are every whole-word occurrence of its surface forms, minus those inside a longer
mention; money, quantities and dates name their words and, when the words occur more than
once, which occurrence (0-based). Run from this folder: python build_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "19-money-roles"))
import build_gold as round_19  # noqa: E402

year, day = round_19.year, round_19.day


NONE = (None, None)

ARTICLES = {
    "ghana-cocoa-regulator-qa": {
        "reference_date": "2025-10-09",
        "entities": [
            ("Ghana", "GPE", "GH", ["Ghana"]),
            ("Efua Mensah", "PERSON", None, ["Efua Mensah"]),
            ("Accra", "GPE", None, ["ACCRA"]),
            ("Kwabena Asante-Darko", "PERSON", None, ["Kwabena Asante-Darko"]),
            ("Ghana Cocoa Board", "ORG", None, ["Ghana Cocoa Board", "Cocobod"]),
            ("Côte d'Ivoire", "GPE", "CI", ["Côte d'Ivoire"]),
            ("Togo", "GPE", "TG", ["Togo"]),
            ("Western North", "LOC", None, ["Western North"]),
            ("Standard Chartered", "ORG", None, ["Standard Chartered"]),
            ("Absa Bank Ghana", "ORG", None, ["Absa Bank Ghana"]),
            ("Barry Callebaut", "ORG", None, ["Barry Callebaut"]),
            ("Cargill", "ORG", None, ["Cargill"]),
            ("Olam Agri", "ORG", None, ["Olam Agri"]),
            ("Tema", "GPE", None, ["Tema"]),
            ("Ministry of Finance", "ORG", None, ["Ministry of Finance"]),
            ("Ama Serwaa Boateng", "PERSON", None, ["Ama Serwaa Boateng"]),
            ("Kumasi", "GPE", None, ["Kumasi"]),
        ],
        "money": [
            ("$1.3 billion", 0, 1.3e9, None, "USD", "approximate", None,
             {"payer": ["Standard Chartered", "Absa Bank Ghana"],
              "payee": ["Ghana Cocoa Board"]}),
        ],
        "quantities": [
            ("15%", 0, 15.0, None, "percent", "exact"),
            ("150,000 tonnes", 0, 150000.0, None, "tonne", "approximate"),
        ],
        "dates": [
            ("Oct. 9, 2025", 0, "DATE", "2025-10-09", None, day("2025-10-09")),
            ("Monday", 0, "DATE", "2025-10-06", None, day("2025-10-06")),
            ("now", 0, "DATE", "PRESENT_REF", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("the end of November", 0, "DATE", "2025-11", "END", ("2025-11-21", "2025-11-30")),
            ("last month", 0, "DATE", "2025-09", None, ("2025-09-01", "2025-09-30")),
        ],
    },
    "lagos-fintech-court-order": {
        "reference_date": "2025-03-18",
        "entities": [
            ("Lagos", "GPE", None, ["Lagos", "LAGOS"]),
            ("Paylink Africa Ltd", "ORG", None, ["Paylink Africa Ltd", "Paylink"]),
            ("Zenith Bank", "ORG", None, ["Zenith Bank"]),
            ("Chidi Okonkwo", "PERSON", None, ["Chidi Okonkwo"]),
            ("Federal High Court", "ORG", None, ["Federal High Court"]),
            ("Oluwatoyin Adeyemi", "PERSON", None, ["Oluwatoyin Adeyemi"]),
            ("Babatunde Fashola-Okoro", "PERSON", None, ["Babatunde Fashola-Okoro"]),
            ("Ghana", "GPE", "GH", ["Ghana"]),
            ("Kenya", "GPE", "KE", ["Kenya"]),
            ("Ngozi Eze", "PERSON", None, ["Ngozi Eze"]),
            ("Central Bank of Nigeria", "ORG", None, ["Central Bank of Nigeria", "CBN"]),
            ("Musa Abdullahi", "PERSON", None, ["Musa Abdullahi"]),
            ("Tunde Bakare", "PERSON", None, ["Tunde Bakare"]),
            ("Access Bank", "ORG", None, ["Access Bank"]),
            ("Partech Africa", "ORG", None, ["Partech Africa"]),
        ],
        "money": [
            ("₦4.2 billion", 0, 4.2e9, None, "NGN", "exact", None,
             {"holder": ["Paylink Africa Ltd"]}),
            ("$12 million", 0, 12e6, None, "USD", "exact", None,
             {"payee": ["Paylink Africa Ltd"], "payer": ["Partech Africa"]}),
        ],
        "quantities": [
            ("2 million transactions", 0, 2e6, None, "transactions", "approximate"),
        ],
        "dates": [
            ("March 18, 2025", 0, "DATE", "2025-03-18", None, day("2025-03-18")),
            ("Tuesday", 0, "DATE", "2025-03-18", None, day("2025-03-18")),
            ("January", 0, "DATE", "2025-01", None, ("2025-01-01", "2025-01-31")),
            ("2019", 0, "DATE", "2019", None, year(2019)),
            ("2022", 0, "DATE", "2022", None, year(2022)),
            ("a month", 0, "SET", "P1M", None, NONE),
            ("April 29", 0, "DATE", "2025-04-29", None, day("2025-04-29")),
        ],
    },
    "asean-business-briefs": {
        "reference_date": "2025-11-14",
        "entities": [
            ("Asia", "LOC", None, ["Asia"]),
            ("Thai", "NORP", None, ["Thai"]),
            ("Vietnamese", "NORP", None, ["Vietnamese"]),
            ("Malaysian", "NORP", None, ["Malaysian"]),
            ("Nur Aisyah Rahman", "PERSON", None, ["Nur Aisyah Rahman"]),
            ("Bangkok", "GPE", None, ["BANGKOK", "Bangkok"]),
            ("Siam Volt Motors", "ORG", None, ["Siam Volt Motors"]),
            ("Rayong", "GPE", None, ["Rayong"]),
            ("Somchai Wattanakul", "PERSON", None, ["Somchai Wattanakul"]),
            ("Hanoi", "GPE", None, ["HANOI"]),
            ("Truong Phat Steel Corp", "ORG", None, ["Truong Phat Steel Corp"]),
            ("Vietnam", "GPE", "VN", ["Vietnam"]),
            ("European Union", "ORG", None, ["European Union"]),
            ("Australia", "GPE", "AU", ["Australia"]),
            ("Penang", "GPE", None, ["PENANG"]),
            ("Malaysia", "GPE", "MY", ["Malaysia"]),
            ("Kinetic Silicon Sdn Bhd", "ORG", None, ["Kinetic Silicon Sdn Bhd"]),
            ("Bursa Malaysia", "ORG", None, ["Bursa Malaysia"]),
            ("Lim Wei Ling", "PERSON", None, ["Lim Wei Ling"]),
            ("Kuala Lumpur", "GPE", None, ["Kuala Lumpur"]),
            ("Mark Heller", "PERSON", None, ["Mark Heller"]),
        ],
        "money": [
            ("2 billion baht", 0, 2e9, None, "THB", "exact", None,
             {"payer": ["Siam Volt Motors"], "place": ["Rayong"]}),
            ("1.1 trillion dong", 0, 1.1e12, None, "VND", "exact", None,
             {"holder": ["Truong Phat Steel Corp"]}),
        ],
        "quantities": [
            ("40%", 0, 40.0, None, "percent", "exact"),
            ("600 engineers", 0, 600.0, None, "engineers", "exact"),
        ],
        "dates": [
            ("14 November 2025", 0, "DATE", "2025-11-14", None, day("2025-11-14")),
            ("Thursday", 0, "DATE", "2025-11-13", None, day("2025-11-13")),
            ("the second half of 2026", 0, "DATE", "2026-H2", None,
             ("2026-07-01", "2026-12-31")),
            ("third-quarter", 0, "DATE", "2025-Q3", None, ("2025-07-01", "2025-09-30")),
            ("this year", 0, "DATE", "2025", None, year(2025)),
        ],
    },
    "colombia-energy-opinion": {
        "reference_date": "2025-06-02",
        "entities": [
            ("Colombia", "GPE", "CO", ["Colombia"]),
            ("Valentina Restrepo", "PERSON", None, ["Valentina Restrepo"]),
            ("Bogotá", "GPE", None, ["BOGOTÁ", "Bogotá"]),
            ("Ecopetrol", "ORG", None, ["Ecopetrol"]),
            ("Chile", "GPE", "CL", ["Chile"]),
            ("Brazil", "GPE", "BR", ["Brazil"]),
            ("Atacama Desert", "LOC", None, ["Atacama Desert"]),
            ("Andes Solar Partners", "ORG", None, ["Andes Solar Partners"]),
            ("BNDES", "ORG", None, ["BNDES"]),
            ("Bahia", "GPE", None, ["Bahia"]),
            ("Colombian", "NORP", None, ["Colombian"]),
            ("Ministry of Mines and Energy", "ORG", None, ["Ministry of Mines and Energy"]),
            ("La Guajira", "GPE", None, ["La Guajira"]),
            ("Bancolombia", "ORG", None, ["Bancolombia"]),
            ("Universidad de los Andes", "ORG", None, ["Universidad de los Andes"]),
            ("National Planning Department", "ORG", None, ["National Planning Department"]),
        ],
        "money": [
            ("25 trillion pesos", 0, 25e12, None, "COP", "approximate", None,
             {"payer": ["Ecopetrol"]}),
        ],
        "quantities": [
            ("3 gigawatts", 0, 3.0, None, "gigawatt", "more_than"),
        ],
        "dates": [
            ("June 2, 2025", 0, "DATE", "2025-06-02", None, day("2025-06-02")),
            ("Last year", 0, "DATE", "2024", None, year(2024)),
        ],
    },
    "chile-pharmacy-founder-obituary": {
        "reference_date": "2025-08-04",
        "entities": [
            ("Rosa Elena Fuentes", "PERSON", None, ["Rosa Elena Fuentes", "Fuentes"]),
            ("Chilean", "NORP", None, ["Chilean"]),
            ("Farmacias Cordillera SA", "ORG", None,
             ["Farmacias Cordillera SA", "Farmacias Cordillera"]),
            ("Tomás Ibarra", "PERSON", None, ["Tomás Ibarra"]),
            ("Santiago", "GPE", None, ["SANTIAGO"]),
            ("Chile", "GPE", "CL", ["Chile"]),
            ("AP", "ORG", None, ["AP"]),
            ("Valparaíso", "GPE", None, ["Valparaíso"]),
            ("Latin America", "LOC", None, ["Latin America"]),
            ("Viña del Mar", "GPE", None, ["Viña del Mar"]),
            ("Andrés Fuentes", "PERSON", None, ["Andrés Fuentes"]),
            ("Banco del Estado de Chile", "ORG", None, ["Banco del Estado de Chile"]),
            ("Santiago Stock Exchange", "ORG", None, ["Santiago Stock Exchange"]),
            ("Peru", "GPE", "PE", ["Peru"]),
            ("Bolivia", "GPE", "BO", ["Bolivia"]),
            ("Claudia Morales", "PERSON", None, ["Claudia Morales"]),
            ("Jorge Pizarro", "PERSON", None, ["Jorge Pizarro"]),
            ("Isabel", "PERSON", None, ["Isabel"]),
            ("Carmen", "PERSON", None, ["Carmen"]),
        ],
        "money": [],
        "quantities": [
            ("300 stores", 0, 300.0, None, "stores", "exact"),
            ("1,900 stores", 0, 1900.0, None, "stores", "more_than"),
            ("24,000 people", 0, 24000.0, None, "people", "approximate"),
        ],
        "dates": [
            ("Aug. 4, 2025", 0, "DATE", "2025-08-04", None, day("2025-08-04")),
            ("Sunday", 0, "DATE", "2025-08-03", None, day("2025-08-03")),
            ("2016", 0, "DATE", "2016", None, year(2016)),
            ("several months", 0, "DURATION", "PXM", None, NONE),
            ("1971", 0, "DATE", "1971", None, year(1971)),
            ("1998", 0, "DATE", "1998", None, year(1998)),
        ],
    },
    "india-cement-broker-note": {
        "reference_date": "2025-07-21",
        "entities": [
            ("Dalal Street Capital", "ORG", None, ["Dalal Street Capital"]),
            ("Shree Vindhya Cement Ltd", "ORG", None,
             ["Shree Vindhya Cement Ltd", "Shree Vindhya Cement", "Shree Vindhya"]),
            ("Arjun Mehta", "PERSON", None, ["Arjun Mehta"]),
            ("Mumbai", "GPE", None, ["Mumbai"]),
            ("Madhya Pradesh", "GPE", None, ["Madhya Pradesh"]),
            ("Uttar Pradesh", "GPE", None, ["Uttar Pradesh"]),
            ("Priya Raghavan", "PERSON", None, ["Priya Raghavan", "Raghavan"]),
            ("Satna", "GPE", None, ["Satna"]),
            ("National Stock Exchange", "ORG", None, ["National Stock Exchange"]),
            ("UltraTech Cement", "ORG", None, ["UltraTech Cement"]),
            ("Ambuja Cements", "ORG", None, ["Ambuja Cements"]),
            ("Reserve Bank of India", "ORG", None, ["Reserve Bank of India"]),
        ],
        "money": [
            ("₹1,480", 0, 1480.0, None, "INR", "exact", None,
             {"holder": ["Shree Vindhya Cement Ltd"], "source": ["Dalal Street Capital"]}),
            ("₹1,210", 0, 1210.0, None, "INR", "exact", None,
             {"holder": ["Shree Vindhya Cement Ltd"], "source": ["Dalal Street Capital"]}),
            ("₹640 crore", 0, 6.4e9, None, "INR", "exact", None,
             {"holder": ["Shree Vindhya Cement Ltd"], "source": ["Priya Raghavan"]}),
            ("₹410 crore", 0, 4.1e9, None, "INR", "exact", None,
             {"holder": ["Shree Vindhya Cement Ltd"], "source": ["Priya Raghavan"]}),
            ("₹1,262", 0, 1262.0, None, "INR", "exact", None,
             {"holder": ["Shree Vindhya Cement Ltd"]}),
        ],
        "quantities": [
            ("4 million tonne", 0, 4e6, None, "tonne", "exact"),
            ("18%", 0, 18.0, None, "percent", "exact"),
            ("3.2%", 0, 3.2, None, "percent", "exact"),
        ],
        "dates": [
            ("21 July 2025", 0, "DATE", "2025-07-21", None, day("2025-07-21")),
            ("Monday", 0, "DATE", "2025-07-21", None, day("2025-07-21")),
            ("the current fiscal year", 0, "DATE", "FY2025", None, NONE),
            ("last year", 0, "DATE", "2024", None, year(2024)),
            ("August", 0, "DATE", "2025-08", None, ("2025-08-01", "2025-08-31")),
        ],
    },
}


if __name__ == "__main__":
    round_19.write({name: {"not_mentions": [], **spec} for name, spec in ARTICLES.items()}, HERE)
