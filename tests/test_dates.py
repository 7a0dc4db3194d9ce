"""artex_dates: TIMEX3 time expressions found and resolved against the reference date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from artex.stages.dates import Candidate

GOLDEN = Path(__file__).resolve().parent.parent / "corpus" / "japan-us-tech-investments.txt"


@pytest.fixture(scope="module")
def dates(blank_with):
    nlp = blank_with("artex_dates")

    def run(text: str, reference: str | None = "2024-04-12") -> list[tuple[str, dict]]:
        doc = nlp.make_doc(text)
        doc._.artex_reference_date = reference
        doc = nlp(doc)
        return [(span.text, span._.artex_timex) for span in doc.spans["artex_dates"]]

    return run


def brief(found):
    return [(text, t["type"], t["value"], t["modifier"]) for text, t in found]


def test_golden_article_gives_exactly_its_time_expressions(dates):
    found = dates(GOLDEN.read_text(encoding="utf-8"))
    assert brief(found) == [
        ("Last year", "DATE", "2023", None),
        ("early April", "DATE", "2024-04", "START"),
        ("April 2025", "DATE", "2025-04", None),
        ("2027", "DATE", "2027", None),
        ("recently", "DATE", "PAST_REF", None),
        ("17 years", "DURATION", "P17Y", None),
        ("2024", "DATE", "2024", "ON_OR_BEFORE"),
    ]
    timex = dict(found)
    assert timex["Last year"]["relative"] and timex["early April"]["relative"]
    assert not timex["April 2025"]["relative"]
    assert (timex["early April"]["start_date"], timex["early April"]["end_date"]) == (
        "2024-04-01", "2024-04-10")


def test_golden_article_without_reference_date_stays_underspecified(dates):
    timex = dict(dates(GOLDEN.read_text(encoding="utf-8"), reference=None))
    assert timex["Last year"]["value"] == "XXXX"
    assert timex["early April"]["value"] == "XXXX-04"
    assert timex["early April"]["start_date"] is None
    assert timex["April 2025"]["value"] == "2025-04"


def test_counts_beyond_the_calendar_and_absurd_reference_dates_stay_unknown(dates):
    assert dates("It formed nine hundred centuries ago.")[0][1]["value"] == "XX"
    assert dates("Sales fell last year.", "0001-01-01")[0][1]["value"] == "XXXX"


@pytest.mark.parametrize("text,expected", [
    ("Sales fell last year.", [("last year", "DATE", "2023", None)]),
    ("It will open next month.", [("next month", "DATE", "2024-05", None)]),
    ("Orders rose this week.", [("this week", "DATE", "2024-W15", None)]),
    ("Shares fell yesterday.", [("yesterday", "DATE", "2024-04-11", None)]),
    ("The plant closed two years ago.", [("two years ago", "DATE", "2022", None)]),
    ("Profit rose in the second quarter.", [("the second quarter", "DATE", "2024-Q2", None)]),
    ("A listing is planned before the end of the year.",
     [("the end of the year", "DATE", "2024", "END")]),
    ("The deal closed at the end of last year.",
     [("the end of last year", "DATE", "2023", "END")]),
    ("Output peaked in the second half of last year.",
     [("the second half of last year", "DATE", "2023-H2", None)]),
    ("Results for Q3 of next year are due.", [("Q3 of next year", "DATE", "2025-Q3", None)]),
    ("Sales will rise in the current fiscal year.",
     [("the current fiscal year", "DATE", "FY2024", None)]),
])
def test_relative_expressions_resolve_against_the_reference_date(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Revenue rose in Q2 2025, in 2025-Q3 and in 2026-H1.",
     [("Q2 2025", "DATE", "2025-Q2", None), ("2025-Q3", "DATE", "2025-Q3", None),
      ("2026-H1", "DATE", "2026-H1", None)]),
    ("Output will double in the first half of 2026.",
     [("the first half of 2026", "DATE", "2026-H1", None)]),
    ("Trials start in summer 2025.", [("summer 2025", "DATE", "2025-SU", None)]),
    ("Costs rose in fiscal 2026.", [("fiscal 2026", "DATE", "FY2026", None)]),
    ("Demand grew through the 2020s.", [("the 2020s", "DATE", "202", None)]),
    ("Supply arrives in the early 2030s.", [("the early 2030s", "DATE", "203", "START")]),
    ("It was built in the 19th century.", [("the 19th century", "DATE", "18", None)]),
    ("Mills spread in the 1800s.", [("the 1800s", "DATE", "18", None)]),
    ("Trading starts in mid-2025.", [("mid-2025", "DATE", "2025", "MID")]),
    ("Cuts are due by end-2025 and targets by year-end.",
     [("end-2025", "DATE", "2025", "END"), ("year-end", "DATE", "2024", "END")]),
    ("It beat 2023's record and the 1990's peak.",
     [("2023", "DATE", "2023", None), ("the 1990's", "DATE", "199", None)]),
    ("The firm was founded on February 24, 1955.",
     [("February 24, 1955", "DATE", "1955-02-24", None)]),
    ("It was chosen as 7/8/07 reads well.", [("7/8/07", "DATE", "2007-07-08", None)]),
    ("Talks resume on 11 December 2023.", [("11 December 2023", "DATE", "2023-12-11", None)]),
    ("Sales rose in may 2024. It fell on February 30, 2024.",
     [("2024", "DATE", "2024", None), ("February", "DATE", "2024-02", None),
      ("2024", "DATE", "2024", None)]),
])
def test_calendar_units_get_timex3_values(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text,start,end", [
    ("in early April 2024", "2024-04-01", "2024-04-10"),
    ("in mid-April 2024", "2024-04-11", "2024-04-20"),
    ("in late April 2024", "2024-04-21", "2024-04-30"),
    ("by mid-2025", "2025-05-01", "2025-08-31"),
    ("in the early 2030s", "2030-01-01", "2033-12-31"),
    ("in the second quarter of 2025", "2025-04-01", "2025-06-30"),
    ("in winter 2024", None, None),
    ("during the week of April 8, 2024, and last week", "2024-04-01", "2024-04-07"),
])
def test_dates_cover_their_documented_interval(dates, text, start, end):
    """Seasons depend on the hemisphere and claim no interval."""
    timex = dates(text)[-1][1]
    assert (timex["start_date"], timex["end_date"]) == (start, end)


@pytest.mark.parametrize("text,expected", [
    ("the first rate hike in 17 years", [("17 years", "DURATION", "P17Y", None)]),
    ("Cash lasts for the next 18 months.", [("the next 18 months", "DURATION", "P18M", None)]),
    ("Sales rose in the three months to June 30.",
     [("the three months", "DURATION", "P3M", None), ("June 30", "DATE", "2024-06-30", None)]),
    ("Codelco has fought falling grades for a decade.", [("a decade", "DURATION", "P10Y", None)]),
    ("Delivery slipped by almost two and a half years.",
     [("almost two and a half years", "DURATION", "P2.5Y", "LESS_THAN")]),
    ("The index fell within minutes.", [("minutes", "DURATION", "PTXM", None)]),
    ("It has taken several years.", [("several years", "DURATION", "PXY", None)]),
    ("Prices will rise in the coming months.", [("the coming months", "DURATION", "PXM", None)]),
    ("The engines ran for thirty minutes.", [("thirty minutes", "DURATION", "PT30M", None)]),
    ("It will spend $4 billion a year.", [("a year", "SET", "P1Y", None)]),
    ("Inspections happen every year and weekly audits too.",
     [("every year", "SET", "P1Y", None), ("weekly", "SET", "P1W", None)]),
])
def test_durations_and_sets(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Port Reopens After Weeks of Blockade", [("Weeks", "DURATION", "PXW", None)]),
    ("The talks ended after months of wrangling.", [("months", "DURATION", "PXM", None)]),
    ("The mayor resigned, hours after the vote (42-17), citing health.",
     [("hours", "DURATION", "PTXH", None)]),
    # A count before it makes it the counted duration; "the same months of" compares.
    ("She left 3 hours after the vote.", [("3 hours", "DURATION", "PT3H", None)]),
    ("Exports rose from the same months of 2023.", [("2023", "DATE", "2023", None)]),
])
def test_a_bare_plural_unit_of_or_before_an_event_is_a_vague_duration(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The insurer's annual report shows a loss.", []),
    ("Riders buy a monthly pass for the buses.", []),
    ("Shareholders meet at the annual meeting in May.", [("May", "DATE", "2024-05", None)]),
    ("The quarterly review of the plan found delays.", []),
    # The frequency of other things stays one.
    ("The council publishes the figures weekly.", [("weekly", "SET", "P1W", None)]),
])
def test_a_frequency_word_before_a_kind_of_document_or_gathering_is_no_time(dates, text,
                                                                            expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # A conversion in brackets between an amount and its rate.
    ("The levy raises Rs 900 million ($11 million) a year for the port.",
     [("a year", "SET", "P1Y", None)]),
    ("Tolls bring in 2 billion forints (about €5 million) a month.",
     [("a month", "SET", "P1M", None)]),
    # A comparative between them.
    ("Nurses will earn 40 dollars more a week.", [("a week", "SET", "P1W", None)]),
    ("Each household pays 300 pesos less a month.", [("a month", "SET", "P1M", None)]),
])
def test_a_rate_may_follow_a_conversion_or_a_comparative(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The winner crossed the line in three hours, 12 minutes and 5 seconds.",
     [("three hours, 12 minutes and 5 seconds", "DURATION", "PT3H12M5S", None)]),
    ("She trailed the leader by 1 minute 55 seconds.",
     [("1 minute 55 seconds", "DURATION", "PT1M55S", None)]),
    ("The ferry crossing takes about two hours and 40 minutes.",
     [("about two hours and 40 minutes", "DURATION", "PT2H40M", "APPROX")]),
    ("He was jailed for four years and six months.",
     [("four years and six months", "DURATION", "P4Y6M", None)]),
    # A line break ends the expression: the next line's duration is another.
    ("Term: 4 years\n6 months of training first",
     [("4 years", "DURATION", "P4Y", None), ("6 months", "DURATION", "P6M", None)]),
    # A smaller unit before a larger one is two lengths of time.
    ("The alarm rang for 30 seconds, then for two hours.",
     [("30 seconds", "DURATION", "PT30S", None), ("two hours", "DURATION", "PT2H", None)]),
])
def test_a_duration_written_in_several_units_is_one_duration(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # A clock time that names no day falls on none.
    ("Most days the bakery opens at 4:45 in the morning.",
     [("4:45 in the morning", "TIME", "XXXX-XX-XXT04:45", None)]),
    ("By seven in the evening the square is full.",
     [("seven in the evening", "TIME", "XXXX-XX-XXT19:00", None)]),
    ("The count ends at 11 in the night on Sunday.",
     [("11 in the night on Sunday", "TIME", "2024-04-14T23:00", None)]),
    # A word that is no hour leaves the part of day alone.
    ("Trading was thin in the morning.", [("morning", "TIME", "2024-04-12TMO", None)]),
])
def test_an_hour_with_its_part_of_day_is_one_clock_time(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Revenue grew from 2019 to 2021.",
     [("2019", "DATE", "2019", None), ("2021", "DATE", "2021", None)]),
    ("Revenue grew in 2019-2021.",
     [("2019", "DATE", "2019", None), ("2021", "DATE", "2021", None)]),
    ("Rain fell between March and May 2023.",
     [("March", "DATE", "2023-03", None), ("May 2023", "DATE", "2023-05", None)]),
])
def test_ranges_give_both_ends(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text", [
    "Trial production of 2-nanometer chips begins.",
    "COVID-19 hit 5G rollouts and a Series B round.",
    "It joined the Fortune 500 list.",
    "Call 555-2024 or +1 212 555 1999.",
    "The network has 1,100 dealerships and 2000 employees.",
    "Investment peaked beyond $750 billion.",
    "1. Strengthening of Bilateral Relations: the first and second steps.",
    "You may go, and troops march on; the spring broke.",
    "A second plant opens; the fall in prices continued.",
    "The 56-year-old chief saw a year-on-year rise and five years old machines.",
])
def test_numbers_that_are_not_dates_give_nothing(dates, text):
    assert dates(text) == []


@pytest.mark.parametrize("text,value", [
    ("The company said on Tuesday it had won the contract.", "2024-04-09"),
    ("The company will report results on Tuesday.", "2024-04-16"),
    ("Shares fell on Friday.", "2024-04-12"),
    ("Sales fell last Friday.", "2024-04-05"),
])
def test_weekdays_follow_the_tense(dates, text, value):
    assert dates(text)[0][1]["value"] == value


def test_weekday_tense_comes_from_the_tagger(nlp):
    from artex.stages.common import prepare_doc

    doc = nlp(prepare_doc(nlp.make_doc("Apple announced the phone on Monday."), "2024-04-12", []))
    past = [s._.artex_timex["value"] for s in doc.spans["artex_dates"]]
    doc = nlp(prepare_doc(nlp.make_doc("Apple plans to launch the phone on Monday."),
                          "2024-04-12", []))
    future = [s._.artex_timex["value"] for s in doc.spans["artex_dates"]]
    assert (past, future) == (["2024-04-08"], ["2024-04-15"])


@pytest.mark.parametrize("text,value", [
    # The verb before the date governs it, not an infinitive of purpose after it.
    ("The club borrowed $40 million in May to repay its bonds.", "2024-05"),
    ("The cinema chain agreed in March to sell two sites.", "2024-03"),
    # ... and an infinitive before it does.
    ("The investor has agreed to put $9 million into the firm by June, she said.", "2024-06"),
    ("The ministry plans to sell a $200 million bond before December, an official said.",
     "2024-12"),
    # A compound adjective ("gas-fired") and a figure tagged as a verb mark no tense.
    ("From September the gas-fired plant will supply the city.", "2024-09"),
    ("Shares of the group rose 90 cents to P41.20 on Monday, valuing it at P3 billion.",
     "2024-06-10"),
    # A past verb before the date wins over a present one after it.
    ("Ten of the riders who set off on Sunday have since quit the race.", "2024-06-09"),
    # A colon closes the clause: the verb after it tells the date's tense.
    ("Lenders have grown keener to finance small firms: in May, one bank agreed to lend more.",
     "2024-05"),
    # A past verb of putting off moves the date, it does not date it: the nearest one wins.
    ("The hearing was adjourned to July 2.", "2024-07-02"),
    ("The board postponed the vote until June 20.", "2024-06-20"),
])
def test_yearless_dates_take_the_tense_of_their_own_clause(nlp, text, value):
    from artex.stages.common import prepare_doc

    doc = nlp(prepare_doc(nlp.make_doc(text), "2024-06-12", []))
    assert [s._.artex_timex["value"] for s in doc.spans["artex_dates"]] == [value]


@pytest.mark.parametrize("text,stamps", [
    ("Port strike: live\n\n09:15\nPickets arrive at the gate.\n\n**10:40**\nTalks resume.",
     ["09:15", "10:40"]),
    # Inside a sentence a bare "h:mm" needs a preposition; ratios and scores stay out.
    ("The board voted 7:2 for the plan.\n\nIt won 3:1 on the night.", []),
])
def test_a_time_alone_on_its_line_is_a_time_stamp(dates, text, stamps):
    found = dates(text)
    assert [t for t, x in found if x["type"] == "TIME"] == stamps


@pytest.mark.parametrize("text,expected", [
    # The quarter the article reports, else the last one ended by the reference date.
    ("Profit rose in the third quarter of 2023. The bank sold bonds during the quarter.",
     ("the quarter", "2023-Q3")),
    ("Miners carry the quarter as prices rise", ("the quarter", "2024-Q1")),
])
def test_the_quarter_is_the_quarter_reported(dates, text, expected):
    assert [(t, x["value"]) for t, x in dates(text)][-1] == expected


@pytest.mark.parametrize("text", ["Residents of the quarter held a protest.",
                                  "A quarter of the mines closed."])
def test_a_quarter_that_is_no_period_is_no_date(dates, text):
    assert dates(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Floods hit the valley in June last year.", ("June last year", "2023-06")),
    ("The dam should be full by March next year.", ("March next year", "2025-03")),
    ("Prices peaked in May this year.", ("May this year", "2024-05")),
])
def test_a_month_with_last_next_or_this_year_is_one_date(dates, text, expected):
    assert [(t, x["value"]) for t, x in dates(text)] == [expected]


@pytest.mark.parametrize("text,value", [
    ("In 2019 the mill ran short of wool in November.", "2019-11"),
    ("Back in 2021, the ferry sank on May 4.", "2021-05-04"),
    ("Last year the river froze in January.", "2023-01"),
    # A year inside the sentence frames nothing.
    ("The mill, which opened in 2019, will shut in November.", "2024-11"),
])
def test_a_year_opening_the_sentence_gives_its_yearless_dates_their_year(dates, text, value):
    assert dates(text)[-1][1]["value"] == value


@pytest.mark.parametrize("text,expected", [
    ("A permit can take months to arrive.", [("months", "DURATION", "PXM", None)]),
    ("Repairs took weeks, the owner said.", [("weeks", "DURATION", "PXW", None)]),
    ("Cleaning the river will take decades.", [("decades", "DURATION", "PXDE", None)]),
    ("The shop closed weeks before the holiday.", [("weeks", "DURATION", "PXW", None)]),
    ("The shop closed 3 weeks before the holiday.", [("3 weeks", "DURATION", "P3W", None)]),
])
def test_bare_plural_units_after_verbs_of_lasting_are_vague_durations(dates, text, expected):
    assert brief(dates(text)) == expected


@pytest.mark.parametrize("text", [
    "The story ran in Harbour Weekly on Friday.",
    "Asked about the deal, the sports daily Gazeta quoted no source.",
    "Grain market weekly: oats slip as rain returns",
    "Coast Business Daily — Ports",
])
def test_frequency_words_in_a_publications_name_are_no_sets(dates, text):
    assert [t["type"] for _, t in dates(text)].count("SET") == 0


@pytest.mark.parametrize("text", ["Weekly sales rose 4%.", "Prices in Oslo. Weekly sales rose.",
                                  "The index had its best weekly gain.", "Fees are paid daily."])
def test_frequency_words_as_adjectives_and_adverbs_stay_sets(dates, text):
    assert [t["type"] for _, t in dates(text)].count("SET") == 1


@pytest.mark.parametrize("text,expected", [
    ("Sales rose 5% in 2019; a year earlier they had fallen.", "2018"),
    ("Sales rose 5%; a year earlier they had fallen.", "2023"),
    ("Sales fell in 2008, after rising the previous year.", "2007"),
])
def test_anchored_expressions_use_the_sentence_date_else_the_reference(dates, text, expected):
    assert dates(text)[-1][1]["value"] == expected


@pytest.mark.parametrize("text,value", [
    # The reporting period of the sentence, at its own granularity, a year back.
    ("The bakery chain made a third-quarter profit of $8 million on Monday, up from $6 million "
     "a year earlier.", "2023-Q3"),
    ("Exports rose to $2 billion in March. Imports fell from $1.5 billion a year earlier.",
     "2023-03"),
    # The first period of the last sentence that named one: what it reports, not its base.
    ("The port handled 9 million tonnes last year, up from 8 million in 2022.\n\n"
     "Container traffic rose 4% from a year earlier.", "2022"),
    # ... and not what a comparison gave ("a year earlier" is no reporting period).
    ("Revenue rose 5% in the third quarter of 2023.\n\nMargins were wider than a year "
     "earlier, and the dividend matched the previous quarter.", "2023-Q2"),
    # Nothing reported before: the year before the reference date.
    ("Margins were wider than a year earlier.", "2023"),
])
def test_comparisons_count_from_the_period_the_article_reports(dates, text, value):
    assert dates(text)[-1][1]["value"] == value


@pytest.mark.parametrize("text,value", [
    ("Sales fell in January, compared with the same month a year ago.", "2023-01"),
    ("Sales rose on March 30 against the same day a year earlier.", "2023-03-30"),
])
def test_same_period_a_year_ago_follows_the_period_talked_about(dates, text, value):
    assert dates(text)[-1][1]["value"] == value


def test_the_same_day_and_clock_times_use_the_day_last_talked_about(dates):
    found = dates("Stocks fell on Thursday. The Dow was down 2% at 16:08 UTC, and data came "
                  "out the same day.")
    assert brief(found) == [
        ("Thursday", "DATE", "2024-04-11", None),
        ("16:08 UTC", "TIME", "2024-04-11T16:08Z", None),
        ("the same day", "DATE", "2024-04-11", None),
    ]


@pytest.mark.parametrize("text,value", [
    ("Stores open on Thanksgiving 2024.", "2024-11-28"),
    ("Memorial Day 2025 traffic fell.", "2025-05-26"),
    ("Sales rose at Christmas.", "2023-12-25"),
    ("Shops will close on Christmas Eve.", "2024-12-24"),
])
def test_holidays_are_days(dates, text, value):
    assert dates(text)[0][1]["value"] == value


@pytest.mark.parametrize("text,expected", [
    ("The ferry left the harbour at 7:15 a.m. and docked at 2 p.m.",
     [("7:15 a.m.", "TIME", "XXXX-XX-XXT07:15", None),
      ("2 p.m.", "TIME", "XXXX-XX-XXT14:00", None)]),
    # Nor does a day the article or the sentence named before it.
    ("The strike began on Tuesday. Pickets arrived at 6 a.m.",
     [("Tuesday", "DATE", "2024-04-09", None), ("6 a.m.", "TIME", "XXXX-XX-XXT06:00", None)]),
    ("On April 8 the polls closed at 21:00 and counting began.",
     [("April 8", "DATE", "2024-04-08", None), ("21:00", "TIME", "XXXX-XX-XXT21:00", None)]),
    # A day inside the expression dates it.
    ("Trading resumes at 9 a.m. Wednesday.", [("9 a.m. Wednesday", "TIME", "2024-04-10T09:00",
                                                None)]),
])
def test_a_clock_time_names_a_day_only_when_it_carries_one(dates, text, expected):
    assert brief(dates(text)) == expected


def test_clock_words_are_times(dates):
    assert brief(dates("Voting closes at midnight on Friday.")) == [
        ("midnight on Friday", "TIME", "2024-04-12T00:00", None)]


def test_the_next_day_counts_from_the_day_talked_about(dates):
    found = dates("The strike began on Tuesday and ended the next day.")
    assert brief(found) == [("Tuesday", "DATE", "2024-04-09", None),
                            ("the next day", "DATE", "2024-04-10", None)]


def test_yearless_month_without_tense_takes_the_nearest(dates):
    assert dates("Tariffs come into force on Aug. 1.", "2025-07-15")[0][1]["value"] == \
        "2025-08-01"
    assert dates("Prices are at their highest since May.", "2025-07-15")[0][1]["value"] == \
        "2025-05"


@pytest.mark.parametrize(("text", "expected"), [
    ("It has backed projects since 2019.", ("2019", "ON_OR_AFTER")),
    ("It aims for a full recovery by 2024.", ("2024", "ON_OR_BEFORE")),
    ("The plant must close before 2030.", ("2030", "BEFORE")),
    ("Prices fell after March 2020.", ("March 2020", "AFTER")),
    ("Output should peak by mid-2025.", ("mid-2025", "MID")),
    ("Sales rose in 2023.", ("2023", None)),
])
def test_signal_prepositions_stay_outside_and_give_a_modifier(dates, text, expected):
    (span, timex), = dates(text)
    assert (span, timex["modifier"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan has recently ended negative rates and is now growing.",
     [("recently", "PAST_REF"), ("now", "PRESENT_REF")]),
    ("The plant will open soon.", [("soon", "FUTURE_REF")]),
    ("The current account and ongoing talks were discussed.", []),
    ("Shares traded at 50 cents as recently as October.", [("October", "2023-10")]),
    ("Talks resume as soon as possible.", []),
])
def test_deictic_adverbs_are_reference_values_but_adjectives_are_not(dates, text, expected):
    assert [(span, timex["value"]) for span, timex in dates(text)] == expected


def test_sections_outside_the_body_are_skipped(blank_with):
    nlp = blank_with("artex_dates")
    doc = nlp.make_doc("Sales rose in 2023.\n\n© 2025 Reuters. All rights reserved.")
    doc._.artex_reference_date = "2025-03-04"
    doc.spans["artex_sections"] = [doc.char_span(0, 19, label="body"),
                                   doc.char_span(21, len(doc.text), label="boilerplate")]
    doc = nlp(doc)
    assert [s.text for s in doc.spans["artex_dates"]] == ["2023"]


def test_extension_values_are_plain_data(dates):
    for _, timex in dates("On Tuesday, early April and 17 years later at 3 p.m."):
        assert set(timex) == {"type", "value", "modifier", "granularity", "start_date",
                              "end_date", "relative"}
        assert all(v is None or isinstance(v, (str, bool)) for v in timex.values())



FRAGMENTS = ["early", "April", "2024", "last", "year", "the", "end", "of", "two", "years", "ago",
             "on", "Tuesday", "May", "1.", "$750", "billion", "mid-2025", "Q3", "fiscal",
             "since", "17", "days", "at", "16:08", "UTC", "the 2020s", "a", "decade", "7/8/07",
             "\n", ",", "next", "month", "Christmas", "half", "second", "quarter", "30"]


@given(words=st.lists(st.sampled_from(FRAGMENTS), max_size=25),
       reference=st.sampled_from([None, "2024-02-29", "2025-12-31"]))
@example(words=["7/8/07", "at", "16:08"], reference=None)
@example(words=["at", "16:08", "7/8/07"], reference=None)
@hypothesis_settings(max_examples=200, deadline=None)
def test_any_mix_of_date_words_gives_consistent_timexes(dates, words, reference):
    explicit_date_seen = False
    for text, timex in dates(" ".join(words), reference):
        assert text.strip() == text and "\n" not in text
        assert timex["type"] in ("DATE", "TIME", "DURATION", "SET")
        if timex["start_date"] is not None:
            assert timex["start_date"] <= timex["end_date"]
        # Without a reference date, a relative expression can only be anchored on a date the
        # text itself stated earlier ("7/8/07 at 16:08").
        if reference is None and timex["relative"] and not explicit_date_seen:
            assert timex["start_date"] is None
        explicit_date_seen |= not timex["relative"] and timex["start_date"] is not None


DATELINED = "Chip maker opens plant\nMarch 01, 2008\nThe company opened the plant last year.\n"


def test_without_a_reference_date_the_dateline_anchors_relative_dates(blank_with):
    nlp = blank_with("artex_segment", "artex_dates")
    doc = nlp(DATELINED)
    assert doc._.artex_dateline_date == "2008-03-01"
    values = {s.text: s._.artex_timex["value"] for s in doc.spans["artex_dates"]}
    assert values == {"March 01, 2008": "2008-03-01", "last year": "2007"}


def test_a_given_reference_date_wins_over_the_dateline(blank_with):
    nlp = blank_with("artex_segment", "artex_dates")
    doc = nlp.make_doc(DATELINED)
    doc._.artex_reference_date = "2010-06-01"
    doc = nlp(doc)
    # The dateline still states the publication date; the reference date anchors.
    assert doc._.artex_dateline_date == "2008-03-01"
    assert {s.text: s._.artex_timex["value"] for s in doc.spans["artex_dates"]}["last year"] \
        == "2009"


@pytest.mark.parametrize(("dateline", "reference", "stated"), [
    ("NEW PLYMOUTH, New Zealand, Oct 18 (AAP) —", "2025-10-18", "2025-10-18"),
    ("SAO PAULO, Sept 3 (Reuters) -", "2025-09-20", "2025-09-03"),
    # The day before the reference date's new year is last year's.
    ("LONDON, Dec 30 -", "2026-01-02", "2025-12-30"),
    # Without a reference date a day without a year states no date.
    ("LONDON, Dec 30 -", None, None),
])
def test_a_wire_datelines_day_is_the_last_such_day_by_the_reference_date(
        blank_with, dateline, reference, stated):
    nlp = blank_with("artex_segment", "artex_dates")
    doc = nlp.make_doc(f"Headline Words Here\n\n{dateline}\n\nThe minister spoke on Friday.\n")
    doc._.artex_reference_date = reference
    assert nlp(doc)._.artex_dateline_date == stated


@pytest.mark.parametrize("furniture, found", [
    # A photo caption is furniture, but the day it names is the article's.
    ("Photo: Farmers load sacks at the depot in Kisumu on March 3. (Agency/Jo Otieno)",
     {"March 3": "2025-03-03"}),
    ("PICTURE: Divers search the lake near the dam on Nov. 2, 2024. AGENCY/Ana Ruiz",
     {"Nov. 2, 2024": "2024-11-02"}),
    # A photo credit alone, and other furniture, name no date of the article's.
    ("Photo: Jo Otieno/Agency", {}),
    ("© 2024 Lakeside Courier. All rights reserved.", {}),
])
def test_a_date_in_a_photo_caption_is_the_articles(blank_with, furniture, found):
    nlp = blank_with("artex_segment", "artex_dates")
    doc = nlp.make_doc(f"Headline Words Here\n\nThe council met on Friday.\n\n{furniture}\n")
    doc._.artex_reference_date = "2025-03-10"
    doc = nlp(doc)
    values = {s.text: s._.artex_timex["value"] for s in doc.spans["artex_dates"]}
    assert values == {"Friday": "2025-03-07", **found}


@pytest.mark.parametrize("byline, stated", [
    ("By Jane Doe | March 3, 2025", "2025-03-03"),
    ("By Jane Doe, Senior Correspondent | 3 Mar 2025", "2025-03-03"),
    ("By Jane Doe, Senior Correspondent", None),
])
def test_a_date_in_the_byline_is_the_date_the_article_states(blank_with, byline, stated):
    nlp = blank_with("artex_segment", "artex_dates")
    doc = nlp(f"Headline Words Here\n\n{byline}\n\nThe minister spoke on Friday.\n")
    assert doc._.artex_dateline_date == stated


@pytest.mark.parametrize("text", [
    "Sales rose in the 1990s and again in the '00s, and fell in the late 2010s.",
    "The meeting on 7/8/07 was moved to 2025-03-14 at 14:30 GMT on Friday.",
    "Output in 2019-20 beat 2018/19; the plant opened at 09:15 after a 2-hour delay.",
    "The firm, founded in 1987, had 40 staff; 3 of them left in May.\nA second line: 12:45.",
    "No digits here at all, only words like eighteen and nineteen ninety.",
    # Rules that also need a second word: a direction, "every", a relative word, a plural.
    "The mill reopens three days from now.\nIt shut two weeks ago.\nIt paid three years hence.",
    "Prices rise every other month.\nTwice per year.\nOver the past two years it grew.",
    "It ran for years.\nThe previous quarter was weak.\nThe coming year's plan is not.",
    "A year and a day: the day's tally, the year's end, a new model each day.",
    "The parade fell on Labor Day.\nThe sale on New Year's Eve.\nA vote on Christmas.",
])
def test_rules_skipped_for_lack_of_a_trigger_find_nothing_on_those_lines(blank_with, text):
    grammar = next(c for _, c in blank_with("artex_dates").pipeline).grammar
    scanned = [Candidate(m.start(), m.end(), name, m)
               for line in re.finditer(r"[^\n]+", text)
               for name, regex in grammar.rules
               for m in regex.finditer(text, *line.span())]
    assert sorted((c.start, c.end, c.rule) for c in grammar.matches(text)) == \
        sorted((c.start, c.end, c.rule) for c in scanned)


@pytest.mark.parametrize("year", ["2007", "1995", "2000", "2024", "0999", "9999"])
def test_numeric_dates_read_directly_are_what_dateparser_reads(blank_with, year):
    from dateparser.date import DateDataParser

    from artex.stages.dates import PARSER_SETTINGS

    stage = blank_with("artex_dates").get_pipe("artex_dates")
    reference = DateDataParser(languages=["en"], settings=PARSER_SETTINGS)
    forms = ["1", "2", "02", "9", "11", "12", "13", "28", "29", "30", "31", "32", "00", "0"]
    texts = [f"{m}/{d}/{year}" for m in forms for d in forms]
    texts += [f"{year}-{m}-{d}" for m in ("01", "02", "12", "13") for d in ("01", "29", "31")]
    for text in texts:
        data = reference.get_date_data(text)
        expected = data.date_obj.date() if data and data.date_obj else None
        assert stage._parse_numeric_date(text) == expected, text


@pytest.mark.parametrize("text", ["Schedule: three return trips a day, more in June.",
                                  "- Service: four shuttle runs a day"])
def test_a_count_the_tagger_read_as_a_verb_before_a_day_is_a_rate(nlp, text):
    doc = nlp(text)
    found = [(s.text, s._.artex_timex["type"], s._.artex_timex["value"])
             for s in doc.spans["artex_dates"]]
    assert found[0] == ("a day", "SET", "P1D")


@pytest.mark.parametrize("text,value", [
    # A present-tense fixture or forecast before the weekday: the coming one.
    ("Harbour United play the league leaders at home on Saturday.", "2024-06-15"),
    ("Strong winds are forecast for Friday, the weather office said.", "2024-06-14"),
    # A past verb in the clause, a photo caption and a present perfect keep the last one.
    ("The mill raised the price it pays growers on Monday.", "2024-06-10"),
    ("A nurse checks a patient in the ward on Tuesday. Photo: Lena Ortiz/Agency", "2024-06-11"),
    ("The board has approved the plan after a long meeting on Monday.", "2024-06-10"),
    # A present state after the weekday says nothing of it.
    ("At Monday's closing price, the group is worth $2 billion.", "2024-06-10"),
])
def test_a_weekday_with_a_present_tense_fixture_is_the_coming_one(nlp, text, value):
    from artex.stages.common import prepare_doc

    doc = nlp(prepare_doc(nlp.make_doc(text), "2024-06-12", []))
    assert [s._.artex_timex["value"] for s in doc.spans["artex_dates"]] == [value]


@pytest.mark.parametrize("text,value", [
    # A present perfect takes no definite past time: the date is its object's, the nearest.
    ("The town has cancelled the street fair on June 20.", "2024-06-20"),
    ("Officials have warned of queues into August.", "2024-08"),
    # ... unless a span frames it ("since March").
    ("Since March, riders have paid more during the weeks from May to July.", "2024-05"),
    # A modal perfect names what did not happen.
    ("He said the ban should have applied from September.", "2024-09"),
    # "until" yields to the past verb it follows, not to a participle.
    ("The society, which she led until May, says it has 900 members.", "2024-05"),
    ("The firm said trading would stay suspended until July 2.", "2024-07-02"),
])
def test_perfects_and_until_do_not_date_the_clause(nlp, text, value):
    from artex.stages.common import prepare_doc

    doc = nlp(prepare_doc(nlp.make_doc(text), "2024-06-12", []))
    values = [s._.artex_timex["value"] for s in doc.spans["artex_dates"]]
    # The expression under test is the one with a month in it, not the frame ("Since March").
    assert [v for v in values if v != "2024-03"][0] == value


@pytest.mark.parametrize("text,expected", [
    ("Analysts await the June quarter figures.", [("the June quarter", "2024-Q2")]),
    ("Exports fell in the March-quarter report.", [("the March-quarter", "2024-Q1")]),
    # Before the quarter ends, the named quarter is last year's.
    ("The September quarter was weak.", [("The September quarter", "2023-Q3")]),
])
def test_a_quarter_named_by_its_last_month_is_the_last_one_ended(dates, text, expected):
    assert [(t, x["value"]) for t, x in dates(text, "2024-07-20")] == expected


@pytest.mark.parametrize("text,found", [
    # "shortly after" and "every … of" relate to what follows: no time of their own.
    ("The fire started shortly after midnight.", ["midnight"]),
    ("The keeper played every minute of the cup.", []),
    ("Buses run every hour.", ["every hour"]),
    ("The results will be out shortly.", ["shortly"]),
    # A capitalised part of day or season inside a title is a name's.
    ("The museum bought Morning on the Lake, a river scene.", []),
    ("Morning on the Lake hangs in the hall. The museum bought Morning on the Lake.", []),
    ("It also owns Harbour in Winter by the same painter.", []),
    ("The ministers held their Autumn meetings in Rome.", ["Autumn"]),
    ("Trading was thin in the morning.", ["morning"]),
])
def test_words_that_name_no_time_are_not_dates(dates, text, found):
    assert [t for t, _ in dates(text)] == found


@pytest.mark.parametrize("text,found", [
    # A match report's halves are the game's ...
    ("The hosts led at half-time and scored early in the second half.", ["half-time"]),
    ("The striker scored in the 88th minute, late in the second half.", []),
    # ... elsewhere they are the year's.
    ("Profit rose in the second half.", ["the second half"]),
])
def test_a_half_in_a_match_report_is_the_games(dates, text, found):
    assert [t for t, _ in dates(text)] == [t for t in found if t != "half-time"]


@pytest.mark.parametrize(("body", "stated"), [
    # A dateline's day without a year takes the year of a full date just before it ...
    ("Voting closed on Nov. 1, 2026, and the count ended on Monday.", "2026-11-03"),
    # ... not of one far from it, nor of dates that disagree.
    ("The plant opened on May 4, 2019.", None),
    ("Talks began on Oct. 30, 2026; a first round ended on Oct. 31, 2025.", None),
])
def test_a_yearless_dateline_takes_the_year_of_recent_full_dates(blank_with, body, stated):
    nlp = blank_with("artex_segment", "artex_dates")
    doc = nlp.make_doc(f"Headline Words Here\n\nLONDON, Nov 3 (Wire) —\n\n{body}\n")
    doc._.artex_reference_date = None
    doc = nlp(doc)
    assert doc._.artex_dateline_date == stated
    if stated:
        # The relative dates resolve against the day found.
        values = {s.text: s._.artex_timex["value"] for s in doc.spans["artex_dates"]}
        assert values["Monday"] == "2026-11-02"
