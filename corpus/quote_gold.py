"""Adds the hand-written quote and claim annotations below to gold files (issue #18).

Offsets are found by searching the gold text for the annotated words (never by artex); words
that occur more than once name their occurrence (0-based). Speakers and holders are entity
names of the gold file (checked), or None when the words name no entity. The conventions are in
corpus/README.md ("Quotes and claims"). Run from the repository root:

    python corpus/quote_gold.py corpus/
    python corpus/quote_gold.py corpus/first-contact/ROUND/
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# name -> {"quotes": [(text, kind, speaker, speaker_text, cue[, occurrence])],
#          "claims": [(text, polarity, holder, holder_text, cue[, occurrence])]}
ANNOTATIONS: dict[str, dict[str, list[tuple]]] = {
    "chile-copper-output": {
        "quotes": [
            ("Output fell 4% in the first half", "indirect", "Codelco", "the company", "said"),
            ("the company would spend more than US$4 billion a year on new projects until 2030 "
             "to stop the decline", "indirect", "Rodrigo Salinas",
             "Codelco chairman Rodrigo Salinas", "told"),
            ("We are paying the price for decades in which we did not invest enough", "direct",
             "Rodrigo Salinas", "Salinas", "said"),
            ("lower Codelco output had cost the state about $1.2 billion in revenue over the "
             "past three years, as the company paid smaller dividends to the treasury",
             "indirect", None, "The country's finance ministry", "said"),
            ("the problems could last", "indirect", None, "Analysts", "said"),
            ("Codelco has been fighting declining grades for a decade, and the big expansion "
             "projects won't be fully running before the early 2030s", "direct", "Ana Ferreira",
             "Ana Ferreira, head of metals research at BMO Capital Markets in Toronto", "said"),
            ("The company's board will meet on Thursday to discuss whether to seek new partners "
             "for its Andina division", "indirect", None, "a person familiar with the matter",
             "said"),
        ],
        "claims": [
            ("the problems could last", "con", None, "Analysts", "said"),
        ],
    },
    "india-solar-manufacturing": {
        "quotes": [
            ("Suryoday Renewables Ltd will invest ₹35,000 crore ($4.2 billion) to build India's "
             "largest solar cell factory in the western state of Gujarat", "indirect",
             "Suryoday Renewables Ltd", "the company", "said"),
            ("the company had secured loans of up to $2.5 billion from a group of lenders led by "
             "the State Bank of India (SBI) and the Asian Development Bank (ADB)", "indirect",
             "Vikram Sethi", "Chairman Vikram Sethi", "said"),
            ("it would lend about $600 million of that amount", "indirect",
             "Asian Development Bank", "The ADB", "said"),
            ("Five years ago, nearly every solar panel installed in India came from abroad",
             "direct", "Vikram Sethi", "Sethi", "said"),
            ("By the end of the decade, we want to export to Europe and the United States.",
             "direct", "Vikram Sethi", "Sethi", None),
            ("banks had lent more than ₹80,000 crore to the renewable sector since January, up "
             "35% on the same period of 2024", "indirect", "Anil Mehra",
             "SBI chairman Anil Mehra", "said"),
            ("The project still faces significant hurdles", "indirect", None,
             "industry analysts", "said"),
            ("Cells made in India cost 30 to 40 percent more than imported ones", "indirect",
             "Bridge to India", "the consultancy Bridge to India", "according to"),
        ],
        "claims": [
            ("The project still faces significant hurdles", "con", None, "industry analysts",
             "said"),
        ],
    },
    "kansai-chip-subsidy": {
        "quotes": [
            ("Japan's Ministry of Economy, Trade and Industry (METI) will provide up to ¥500 "
             "billion ($3.3 billion) in subsidies for a new semiconductor plant near Osaka",
             "indirect", "Kiroshi Semiconductor Corp", "Kiroshi Semiconductor Corp", "said"),
            ("Kiroshi plans to begin trial production in fiscal 2026 and reach volume output in "
             "2028", "indirect", "Haruto Sugimoto", "President Haruto Sugimoto", "told"),
            ("the company would invest about ¥1.2 trillion in the project over the next five "
             "years and hire 1,800 engineers, many of them from Taiwan and South Korea",
             "indirect", "Haruto Sugimoto", "Sugimoto", "said"),
            ("the aid would be paid in stages, with the first tranche in Q3 of next year, once "
             "the company shows that its production line works", "indirect", "Yoko Arai",
             "Industry minister Yoko Arai", "said"),
            ("the company faced a difficult task", "indirect", None, "Analysts", "said"),
            ("Nobody has built a leading-edge fab in Japan for two decades", "direct",
             "Mariko Tanaka", "Mariko Tanaka, an analyst at Mizuho Securities", "said"),
            ("the total cost could rise to $9bn if equipment prices keep climbing", "indirect",
             "Mariko Tanaka", "She", "said"),
        ],
        "claims": [
            ("the company faced a difficult task", "con", None, "Analysts", "said"),
        ],
    },
    "korea-ev-battery-georgia": {
        "quotes": [
            ("South Korea's Hanbit Motors Co and battery maker Daesan Energy Solution will spend "
             "another ₩2 trillion ($1.4 billion) to expand their joint battery plant in the U.S. "
             "state of Georgia", "indirect", None, "the companies", "said"),
            ("the venture had received more than 40,000 applications for its first 1,500 "
             "positions", "indirect", "Park Ji-hoon", "Hanbit Vice Chairman Park Ji-hoon",
             "said"),
            ("Georgia has become a second home for Korean industry", "direct", "Park Ji-hoon",
             "Park", "told"),
            ("it will review the IRA after it takes office on Jan. 20", "indirect", None,
             "The incoming administration", "said"),
            ("Korean companies have committed more than $20 billion to U.S. battery and car "
             "plants since 2022", "indirect", "Korea International Trade Association",
             "the Korea International Trade Association (KITA)", "according to"),
            ("Korean exports of batteries fell 11.8% between January and November", "indirect",
             "Korea International Trade Association", "KITA", "said"),
        ],
        "claims": [],
    },
    "mexico-nearshoring-plant": {
        "quotes": [
            ("Chinese home appliance maker Hualing Electric Co will build an $800 million "
             "factory in the northern state of Nuevo León", "indirect", "Mexico",
             "Mexico's economy ministry", "said"),
            ("the investment showed that Mexico remained attractive despite trade tensions",
             "indirect", "Rafael Ortega", "Economy Minister Rafael Ortega", "said"),
            ("Companies come here because our workers are skilled and our border is a short "
             "drive from their customers", "direct", "Rafael Ortega", "Ortega", "told"),
            ("Foreign direct investment in Mexico reached a record $36.9 billion between "
             "January and September", "indirect", None, "ministry figures", "according to"),
            ("Chinese firms use Mexico as a back door into the American market", "indirect",
             "United States", "U.S. officials", "complained"),
            ("at least 60% of the components in its Mexican-made appliances would come from "
             "North America", "indirect", "Hualing Electric Co", "Hualing", "said"),
            ("The company will receive tax breaks worth about 1.5 billion pesos over a decade "
             "from the Nuevo León state government", "indirect", "Samuel Treviño-Garza",
             "Governor Samuel Treviño-Garza", "said"),
            ("the state had attracted more than 200 factories since 2019", "indirect",
             "Samuel Treviño-Garza", "Treviño-Garza", "said"),
        ],
        "claims": [
            ("Chinese firms use Mexico as a back door into the American market", "con",
             "United States", "U.S. officials", "complained"),
        ],
    },
    "north-sea-wind-auction": {
        "quotes": [
            ("would power about 10 million homes by the early 2030s", "indirect", None,
             "ministers", "said"),
            ("a turning point for British industry", "partial", "Ed Harlow",
             "Energy Secretary Ed Harlow", "called"),
            ("the projects would create 7,000 jobs in construction, many of them in ports such "
             "as Hull and Esbjerg", "indirect", "Ed Harlow", "Harlow", "said"),
            ("the two countries had learned from the failed round of 2023, when developers "
             "walked away because guaranteed prices were too low", "indirect",
             "Lars Vestergaard", "His Danish counterpart, Lars Vestergaard", "said"),
            ("Developers will receive a guaranteed price of £82 per megawatt hour, up from £44 "
             "per megawatt hour in the previous round", "indirect", None,
             "government documents", "according to"),
            ("connecting the farms could take until 2033 unless planning rules change",
             "indirect", None, "Grid operators", "warned"),
        ],
        "claims": [
            ("connecting the farms could take until 2033 unless planning rules change", "con",
             None, "Grid operators", "warned"),
        ],
    },
    "uk-rail-signalling-upgrade": {
        "quotes": [
            ("The UK government has approved a £1.2bn programme to replace outdated signalling "
             "on rail lines across northern England", "indirect", "Louise Kendrick",
             "Transport Secretary Louise Kendrick", "announced"),
            ("work would begin in the second quarter of 2026 and take five years to complete",
             "indirect", "Network Rail", "Network Rail, which owns and maintains Britain's "
             "railway infrastructure", "said"),
            ("the new system would allow up to 30 per cent more trains to run on the busiest "
             "sections", "indirect", "Louise Kendrick", "Kendrick", "told"),
            ("Passengers in Yorkshire and Lancashire have waited far too long for a railway "
             "that works", "direct", "Louise Kendrick", "she", "said"),
            ("Punctuality on the routes fell to 61.2 per cent in the 12 months to March",
             "indirect", "Office of Rail and Road", "the Office of Rail and Road (ORR), the "
             "industry regulator", "according to"),
            ("cancellations had risen 4.5 per cent compared with 2023", "indirect",
             "Office of Rail and Road", "The ORR", "said"),
            ("the funding fell short of what was needed", "indirect", None, "Critics", "said"),
            ("fares had risen by an average of 4.6 per cent a year since 2020", "indirect",
             "Campaign for Better Transport", "The Campaign for Better Transport", "said"),
            ("about 1,500 workers would need retraining", "indirect", "Mick Barrow",
             "Mick Barrow, general secretary of the RMT union", "said"),
            ("the union would seek talks with Network Rail in the third quarter", "indirect",
             "Mick Barrow", "Barrow", "said"),
        ],
        "claims": [
            ("the funding fell short of what was needed", "con", None, "Critics", "said"),
            ("the investment", "pro", None, "Unions", "welcomed"),
            ("about jobs", "con", None, "Unions", "warned"),
        ],
    },
    "voltera-battery-plant": {
        "quotes": [
            ("Swedish battery maker Voltera AB will invest 2 billion Swedish crowns in a new "
             "cell factory in the northern town of Skellefteå", "indirect", "Voltera AB",
             "the company", "said"),
            ("The European Investment Bank (EIB) has agreed to lend between €300 million and "
             "€400 million to the project, with the final amount depending on how quickly "
             "production ramps up", "indirect", "Voltera AB", "Voltera", "said"),
            ("the plant would employ about 3,000 people when fully operational and should start "
             "trial production by mid-2025", "indirect", "Karin Lindqvist",
             "Chief Executive Karin Lindqvist", "told"),
            ("the first cells would go to Scania and to a second truck maker she declined to "
             "name", "indirect", "Karin Lindqvist", "Lindqvist", "said"),
            ("We have spent three years preparing this site, and the grid connection is already "
             "in place", "direct", "Karin Lindqvist", "Lindqvist", "said"),
            ("Sweden's north gives us cheap, clean power that our competitors in China simply "
             "cannot match.", "direct", "Karin Lindqvist", "Lindqvist", None),
            ("The company raised $45m from private investors last year and is considering a "
             "listing before the end of the year", "indirect", None,
             "two people familiar with the matter", "said"),
            ("European cell makers have struggled: Northvolt, once the region's best-funded "
             "start-up, filed for bankruptcy protection in the United States in November 2024 "
             "after failing to meet production targets", "indirect", "Nordea", "They",
             "cautioned"),
            ("it would decide next month whether to add a state guarantee", "indirect",
             "Swedish", "The Swedish government", "said"),
            ("the project fitted Sweden's plan to double electricity production over the next "
             "20 years", "indirect", "Ebba Holm", "Energy Minister Ebba Holm", "said"),
        ],
        "claims": [
            ("European cell makers have struggled: Northvolt, once the region's best-funded "
             "start-up, filed for bankruptcy protection in the United States in November 2024 "
             "after failing to meet production targets", "con", "Nordea", "They", "cautioned"),
        ],
    },
    "acme-ev-dealer-network": {
        "quotes": [
            ("Acme Holdings Inc will pay $5 a share in cash for Redline Motors, a struggling "
             "maker of electric pickup trucks, in a deal that values the Detroit start-up at "
             "about $1bn", "indirect", None, "the companies", "said"),
            ("it would begin selling Redline trucks through its showrooms in the second half of "
             "the year", "indirect", "Acme Holdings Inc", "The Fortune 500 group, which owns "
             "more than 1,100 dealerships across the United States", "said"),
            ("America's dealers know their customers better than any app does", "direct",
             "Dana Whitfield", "Acme Chief Executive Dana Whitfield", "said"),
            ("the group would spend $3-4 billion over the next three years on charging equipment "
             "and training for 12,000 salespeople", "indirect", "Dana Whitfield", "Whitfield",
             "said"),
            ("it could run out of money by mid-2025", "indirect", "Redline Motors", "It",
             "warned"),
        ],
        "claims": [],
    },
    "us-steel-tariff-exemptions": {
        "quotes": [
            ("The United States is considering exemptions from its 25% steel tariffs for some "
             "Canadian and Mexican producers", "indirect", "Helen Marsh",
             "Commerce Secretary Helen Marsh", "said"),
            ("higher metal costs would add as much as $3,000 to the price of a new vehicle",
             "indirect", None, "carmakers", "warned"),
            ("the administration would decide \"within the next 30 days\" whether to grant "
             "quotas to mills that buy most of their raw materials in North America",
             "indirect", "Helen Marsh", "Marsh", "told"),
            ("within the next 30 days", "partial", "Helen Marsh", "Marsh", "told"),
            ("imports from Canada and Mexico had risen 18 percent in the first quarter, "
             "compared with the first quarter of 2024", "indirect", "Helen Marsh", "He", "said"),
            ("U.S. mills had invested more than $20bn since 2018 and were running at 77% of "
             "capacity", "indirect", "Paul Okafor", "Its president, Paul Okafor", "said"),
            ("The tariffs are working", "direct", "Paul Okafor", "he", "said"),
            ("the industry employs about 140,000 people", "indirect",
             "American Iron and Steel Institute", "The AISI", "says"),
            ("tariffs would cost it between $4 billion and $5 billion this year", "indirect",
             "General Motors Co", "General Motors Co, which builds trucks in Ontario and the "
             "Mexican state of Coahuila", "said"),
            ("it expected a hit of about $1.5 billion in fiscal 2025", "indirect",
             "Ford Motor Co", "Ford Motor Co", "said"),
        ],
        "claims": [
            ("higher metal costs would add as much as $3,000 to the price of a new vehicle",
             "con", None, "carmakers", "warned"),
            ("any exemptions", "con", "American Iron and Steel Institute",
             "The American Iron and Steel Institute (AISI), which represents domestic producers",
             "opposes"),
        ],
    },
}


def find(text: str, words: str, occurrence: int, where: str) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(words, start + 1)
        if start < 0:
            raise SystemExit(f"{where}: {words!r} (occurrence {occurrence}) not in the text")
    return start, start + len(words)


def annotate(gold_path: Path, annotation: dict[str, list[tuple]]) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold["text"]
    names = {e["name"] for e in gold["entities"]}
    if "schema_version" in gold:  # a full Article (the golden case): ids, not names
        raise SystemExit(f"{gold_path}: annotate the golden case by hand (entity ids)")
    quotes, claims = [], []
    for text_words, kind, speaker, speaker_text, cue, *occurrence in annotation["quotes"]:
        start, end = find(text, text_words, occurrence[0] if occurrence else 0, gold_path.name)
        if speaker is not None and speaker not in names:
            raise SystemExit(f"{gold_path.name}: no entity {speaker!r}")
        find(text, speaker_text, 0, gold_path.name)
        quotes.append({"text": text_words, "start": start, "end": end, "kind": kind,
                       "speaker": speaker, "speaker_text": speaker_text, "cue": cue})
    for text_words, polarity, holder, holder_text, cue, *occurrence in annotation["claims"]:
        start, end = find(text, text_words, occurrence[0] if occurrence else 0, gold_path.name)
        if holder is not None and holder not in names:
            raise SystemExit(f"{gold_path.name}: no entity {holder!r}")
        if holder_text is not None:
            find(text, holder_text, 0, gold_path.name)
        claims.append({"text": text_words, "start": start, "end": end, "polarity": polarity,
                       "holder": holder, "holder_text": holder_text, "cue": cue})
    gold["quotes"] = sorted(quotes, key=lambda q: (q["start"], q["end"]))
    gold["claims"] = sorted(claims, key=lambda c: (c["start"], c["end"]))
    gold_path.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")


def main(folder: str) -> None:
    for name, annotation in ANNOTATIONS.items():
        path = Path(folder) / f"{name}.gold.json"
        if path.is_file():
            annotate(path, annotation)
            print(f"{path}: {len(annotation['quotes'])} quotes, "
                  f"{len(annotation['claims'])} claims")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "corpus")
