"""artex_dates stage: time expressions as TIMEX3 (DATE, TIME, DURATION, SET), resolved against
the article's reference date.

Candidates come from regular expressions built from the lexicon in ``models/dates.json``
(month, weekday and season names, units, modifier words, deictic words); the statistical NER,
when it ran, only confirms ambiguous month and season words ("May", "fall"). Overlapping
candidates are settled longest first. Each expression is then resolved in document order, so
that "the same day" or "a year earlier" can lean on the dates mentioned before them.

Conventions (TIMEX3, as the gold corpora annotate it):

- Extents: modifier words TIMEX3 keeps inside the expression are in the span ("early April",
  "the end of the year", "mid-2025", "the next 18 months", "over a decade"); signal
  prepositions are outside ("by 2024" -> "2024"). A signal just before a DATE that has no
  modifier of its own gives it one, so that a deadline or a starting point is not read as the
  date itself: before -> BEFORE, after -> AFTER, by/until -> ON_OR_BEFORE, since ->
  ON_OR_AFTER (models/dates.json "signal_modifiers"); the value stays the date's own. "from"
  is left out: it opens a range ("from 2019 to 2021"), whose ends carry no modifier.
- Modifiers: early/"the start of"/"the beginning of" -> START, mid/"the middle of" -> MID,
  late/"the end of"/"the close of" -> END; before durations: about/around/roughly/some ->
  APPROX, nearly/almost/under/less than -> LESS_THAN, over/more than -> MORE_THAN, at least ->
  EQUAL_OR_MORE, up to/no more than/at most -> EQUAL_OR_LESS.
- start_date/end_date: the inclusive interval a DATE covers, narrowed to the START/MID/END
  third (see ``timex``: early April 2024 -> 04-01..04-10, mid -> 11..20, late -> 21..30); a
  TIME gives the day it falls on; seasons (which depend on the hemisphere), fiscal years,
  durations, sets and *_REF values give none.
- Resolution: "last year", "next month", "yesterday", "two years ago", "the second quarter",
  "the end of the year" count from the reference date; "a year earlier", "the previous year",
  "the same day", "morning" from the date the sentence (for "the day": the article) last talked
  about, else the reference date. A weekday, or a month or day without a year, is the one on or
  before the reference date in past-tense sentences, on or after it in future ones, else the
  nearest. A present perfect dates no definite time ("has cancelled the parade on Feb. 16":
  the nearest), unless a span frames it ("since April"); "until" yields to the past verb it
  follows ("which she chaired until June"); a weekday after a present-tense verb and no past
  one is a fixture or a forecast, the coming one (not in a photo caption).
  Without a reference date nothing reads the clock: values stay underspecified
  ("XXXX-04", "XXXX" for "last year", "XXXX-XX-XX" for "yesterday") and cover no interval.
- Values: quarters "2025-Q2", halves "2026-H1", seasons "2025-SU", ISO weeks "2024-W15" and
  weekends "2024-W15-WE", decades "202", centuries "20" ("the 1800s" -> "18"), fiscal years
  "FY2026", durations "P17Y", "P18M", "PT30M", a decade "P10Y", vague counts "PXY";
  "at present" PRESENT_REF, "in the past" PAST_REF, "in the future" FUTURE_REF, and the single
  adverbs "now", "currently", "recently", "soon" (not adjectives such as "current").
- Ranges ("2019-2021", "from 2019 to 2021", "between March and May") give one DATE per end.
- dateparser reads only numeric dates ("7/8/07", month first) on their own span, with
  languages=['en'], a fixed RELATIVE_BASE that never matters (all parts are required) and a cache;
  two-digit years pivot at 50 (07 -> 2007, 95 -> 1995).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from artex.numbers import TENS, UNITS, parse_number
from artex.stages.common import (
    CUES_FILE,
    NOT_BODY,
    Stage,
    doc_ents,
    doc_text,
    load_json,
    section_ranges,
    sentence_starts,
    token_starts,
    word_alternation,
)
from artex.stages.money import QUANTITIES_KEY
from artex.stages.timex import (
    GRANULARITY_ORDER,
    Period,
    coarsen,
    duration_value,
    month_end,
    narrowed_interval,
    period_of,
)

KEY = "artex_dates"
# A fixed base: numeric dates must carry day, month and year, so it never shows in a value.
PARSER_SETTINGS = {"DATE_ORDER": "MDY", "RELATIVE_BASE": datetime(2000, 1, 1),
                   "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
DATE_PARSER_CACHE = 4096
# Reference dates outside these years are ignored (treated as absent).
REFERENCE_YEARS = (1000, 9000)
HAVE_FORMS = {"has", "have", "had", "'s", "'ve", "'d"}
PRESENT_PERFECT = {"has", "have", "'ve"}
# A photo caption or its credit on the line: captions tell past events in the present.
CAPTION_MARK = re.compile(r"\b(?:photo|picture|image)s?\s*:", re.IGNORECASE)
# Signal words of the future that are no verbs ("until June"): a verb before them speaks first.
SIGNAL_FUTURE = ("until", "till")
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "gets", "got"}
# A verb of putting off, then "to" or "until" right before the date: the date it was put off to.
POSTPONED_TO = re.compile(r"\b(?:adjourn|postpon|defer|reschedul|push(?:ed|es|ing)?\s+back|"
                          r"put\s+off|delay)\w*(?:\s+[\w'’-]+){0,3}?\s+(?:to|until|till)\s+$",
                          re.IGNORECASE)
# What may stand before a year that opens a sentence and frames it ("In 2023, ...").
FRAME_OPENING = re.compile(r"[\s\"“‘']*(?:(?:back\s+)?in|during|throughout)?\s*", re.IGNORECASE)
# Reporting periods a comparison counts from, and how many of each make a year.
COMPARED_GRANULARITIES = ("month", "quarter", "half", "season", "year")
PER_YEAR = {"month": 12, "quarter": 4, "half": 2, "season": 4}
# What may stand between an amount and the "a year" that makes it a rate: a conversion in
# brackets, a comparative.
RATE_INSERT = re.compile(r"(?:\s*\([^()\n]*\)|\s+(?:more|less|extra))\s*$", re.IGNORECASE)
# What closes a clause inside a sentence: a colon or semicolon (not one in "10:30"), a dash.
CLAUSE_BREAK = re.compile(r"(?<!\d)[:;](?!\d)|\s[-–—]\s|[–—]")


def _one_line(pattern: str) -> str:
    """``pattern`` with its whitespace unable to cross a line break: a dateline or a heading
    is never part of the expression on the line before it."""
    return pattern.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().strip())


@dataclass
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match


@dataclass
class Found:
    """A resolved expression: offsets, its timex dict and the period it names (for anchors)."""

    start: int
    end: int
    timex: dict
    period: Period | None = None
    # Counted from another date ("a year earlier"): never itself what a comparison counts from.
    anaphoric: bool = False


_DECIMAL_DIGIT = re.compile(r"\d")


class Grammar:
    """The candidate patterns, built once from the lexicon."""

    def __init__(self, lex: dict):
        month = word_alternation(lex["months"])
        weekday = word_alternation(lex["weekdays"])
        season = word_alternation(lex["seasons"])
        number_word = word_alternation(list(UNITS) + list(TENS) + ["hundred"])
        number = (rf"(?:\d+(?:\.\d+)?|{number_word}(?:[\s-]+(?:and\s+)?{number_word})*)"
                  r"(?:\s+and\s+a\s+half)?")
        vague = word_alternation(lex["vague_counts"])
        unit = word_alternation(lex["duration_units"])
        calendar_unit = word_alternation(lex["calendar_units"])
        modifier = word_alternation(lex["modifier_prefixes"])
        zone = word_alternation(lex["time_zones"])
        year = r"(?P<year>\d{4})"
        day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        lead_weekday = rf"(?:{weekday},?\s+)?"
        count = rf"(?P<num>{number}|{vague}|an?|one)"
        rules = {
            "full_date": rf"\b{lead_weekday}(?P<mon>{month})\.?\s+{day},?\s+{year}\b",
            "full_date_dmy": rf"\b{lead_weekday}{day}\s+(?:of\s+)?(?P<mon>{month})\.?,?\s+"
                             rf"{year}\b",
            "numeric_date": r"(?<![\d/.-])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
                            r"(?![\d/.-]\d)",
            "month_day": rf"\b{lead_weekday}(?P<mon>{month})\.?\s+{day}\b"
                         r"(?!\s*(?:%|percent)|[.,:]\d)",
            "day_month": rf"\b{day}\s+(?:of\s+)?(?P<mon>{month})\b",
            "month_year": rf"\b(?P<mon>{month})\.?,?\s+(?:of\s+)?{year}\b",
            "month": rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<mon>{month})\b"
                     r"(?:\s+(?P<yrel>last|next|this)\s+year\b)?",
            "year_range": r"(?<![\w$£€¥#.,/:@+])(?P<year>1[89]\d\d|20\d\d)\s*[-–—/]\s*"
                          r"(?P<year2>1[89]\d\d|20\d\d|\d\d)\b(?![-–.,]\d)",
            "year": r"(?<![\w$£€¥#.,/:@+])(?<!\d[-–])(?P<year>1[89]\d\d|20\d\d)"
                    r"(?![.,:/]?\d|\s*%|s\b|[-–]\d)",
            "decade": r"(?<![$£€¥\w])(?:the\s+)?(?:(?P<dmod>early|mid|late)[\s-]+)?"
                      r"(?:(?P<dec>1\d\d|20\d)0|['’](?P<dec2>\d)0)['’]?s\b",
            "century": rf"\b(?:the\s+)?(?:(?P<cmod>early|mid|late)[\s-]+)?"
                       rf"(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{word_alternation(lex['century_ordinals'])})"
                       r"[\s-]+century\b",
            "quarter": rf"\b(?:the\s+)?(?:(?:fiscal|calendar)\s+)?"
                       rf"(?P<ord>{word_alternation(lex['quarter_ordinals'])})[\s-]+"
                       r"(?:(?:fiscal|calendar)\s+)?quarter"
                       r"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<year>\d{4})\b|"
                       r"(?P<rel>last|this|next)\s+year|the\s+(?P<arel>previous|prior|same)"
                       r"\s+year|the\s+year))?\b(?!\s+of\b)",
            "quarter_code": r"\b(?:(?P<year>\d{4})[\s-]*)?Q(?P<n>[1-4])"
                            r"(?:\s*(?P<year2>\d{4}|['’]\d{2})|\s+of\s+(?P<year3>\d{4})|"
                            r"\s+of\s+(?P<rel>last|this|next)\s+year)?\b",
            # "the June quarter", "June-quarter growth": a quarter named by its last month.
            "month_quarter": rf"\b(?:the\s+)?(?P<mon>{month})[\s-]quarter\b",
            "half": rf"\b(?:the\s+)?(?P<ord>{word_alternation(lex['half_ordinals'])})[\s-]+half"
                    r"(?:\s+of\s+(?:(?P<year>\d{4})\b|(?P<rel>last|this|next)\s+year|"
                    r"the\s+(?P<arel>previous|prior|same)\s+year|the\s+year))?\b(?!\s+of\b)",
            "half_code": r"\b(?:H(?P<n>[12])\s*(?P<year>\d{4})|(?P<year2>\d{4})[\s-]*H(?P<n2>[12]))"
                         r"\b",
            "season": rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<season>{season})"
                      r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b",
            "fiscal": r"\b(?:(?:fiscal|financial)(?:\s+year)?\s+(?P<year>\d{4}|['’]?\d{2})|"
                      r"FY\s?['’]?(?P<year2>\d{4}|\d{2})|the\s+(?P<year3>\d{4})\s+fiscal\s+year)"
                      r"\b",
            "relative_fiscal": r"\b(?:the\s+)?(?P<rel>current|this|last|next|previous)\s+"
                               r"(?:fiscal|financial)\s+year\b",
            "months_of_year": r"\bthe\s+(?P<edge>first|last|final)\s+(?P<n>three|six|3|6)\s+"
                              r"months\s+of\s+(?:(?P<year>\d{4})\b|the\s+year\b|"
                              r"(?P<rel>last|this|next)\s+year\b)",
            "weekday": rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<wd>{weekday})"
                       r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
            "clock": rf"\b(?P<h>\d{{1,2}})(?::(?P<m>\d{{2}}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
                     rf"(?:\s*(?P<tz>{zone})\b)?(?:\s+(?:on\s+)?(?P<wd>{weekday}))?",
            "clock_24h": rf"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![:.]?\d)"
                         rf"(?:\s*(?P<tz>{zone})\b)?(?:\s+(?:on\s+)?(?P<wd>{weekday}))?",
            # "at 5:30 in the morning", "six in the evening": an hour read by its part of day.
            "clock_part": r"\b(?P<h>\d{1,2}(?:[:.](?P<m>[0-5]\d))?|[a-z]+)\s+in\s+the\s+"
                          rf"(?P<part>morning|afternoon|evening|night)\b"
                          rf"(?:\s+(?:on\s+)?(?P<wd>{weekday}))?",
            "part_of_day": r"\b(?:(?P<pre>this|yesterday|tomorrow|last)\s+)?"
                           r"(?P<part>morning|afternoon|evening|night)\b",
            "day_word": r"\b(?:(?P<pre>earlier|later)\s+)?(?P<dw>today|yesterday|tomorrow|"
                        r"tonight)\b|\bthe\s+day\s+(?P<far>before\s+yesterday|after\s+tomorrow)"
                        r"\b",
            # "as soon as", "as recently as" compare; they name no time themselves.
            "reference": rf"(?<!\bas\s)\b{word_alternation(lex['reference_words'])}\b(?!\s+as\b)",
            "relative_unit": rf"\b(?P<the>the\s+)?(?P<rel>last|next|this|coming|current|past|"
                             rf"previous|prior|preceding|following|same|that)\s+"
                             rf"(?P<unit>{calendar_unit})\b",
            "unit_before": rf"\bthe\s+(?P<unit>{calendar_unit})\s+(?P<suf>before|previous|"
                           r"earlier|after|later)\b(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|as)\b)",
            "relative_count": rf"\b(?:the\s+)?(?P<rel>past|last|next|coming|previous|following|"
                              rf"first|final|remaining|recent)\s+(?:{count}\s+)?(?P<unit>{unit})\b",
            "offset": rf"\b{count}\s+(?P<unit>{unit})\s+(?P<dir>ago|from\s+now|hence|earlier|"
                      r"previously|later|before|after)\b",
            "same_ago": r"\bthe\s+same\s+(?P<unit>day|week|month|quarter|period|time|season)\s+"
                        r"(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:of\s+)?the\s+"
                        r"(?:previous|prior)\s+year|of\s+last\s+year)\b",
            "modified_unit": rf"\b(?P<modp>{modifier})\s+(?:the|this)\s+"
                             r"(?P<unit>day|week|month|year|quarter|decade|century)\b",
            "unit_end": r"\b(?P<unit>year|quarter|month)[\s-]end\b",
            "clock_word": rf"\b(?P<word>noon|midday|midnight)(?:\s+(?:on\s+)?(?P<wd>{weekday}))?\b",
            "in_the_unit": r"\b(?P<el>early|late|earlier|later)\s+(?:in|on)\s+the\s+"
                           r"(?P<unit>day|week|month|year)\b",
            "the_day": r"\b(?:the\s+same|that|the)\s+day\b(?!['’]s|\s+(?:of|when|that|before|"
                       r"after)\b)",
            "the_weekend": r"\b(?:the|this)\s+weekend\b",
            # A results story's "during the quarter": the quarter it reports.
            "the_quarter": r"\bthe\s+quarter\b(?!\s+(?:of|to|ended|ending|through)\b|['’-])",
            # Ages ("56-year-old") and growth rates ("year-on-year") are not time expressions.
            "duration": rf"\b(?:the\s+)?{count}[\s-]+(?P<unit>{unit})\b"
                        r"(?![\s-]+olds?\b|-(?:on|to|over)-)",
            "bare_unit": r"\b(?:for|in|within)\s+(?:just\s+|only\s+)?(?P<unit>years|months|weeks|"
                         r"days|hours|minutes|decades)\b|\bover\s+the\s+(?P<unit2>years|decades|"
                         r"months)\b|(?<!\bsame\s)\b(?P<unit3>years|decades|months|weeks)(?=\s+of\b)"
                         # What takes or lasts months, and weeks before or after an event.
                         r"|\b(?:take|takes|took|taken|taking|last|lasts|lasted|lasting)\s+"
                         r"(?P<unit4>years|months|weeks|days|hours|decades)\b"
                         r"|\b(?P<unit5>years|months|weeks|days|hours|decades)(?=\s+(?:before|after)\b)",
            "every": rf"\b(?:every|each|per)\s+(?:(?P<num>{number}|other)\s+)?(?P<unit>{unit})\b",
            "set_word": rf"\b{word_alternation(lex['set_words'])}\b",
            "holiday": rf"\b(?P<name>{word_alternation(lex['holidays'])})"
                       r"(?:,?\s+(?P<year>\d{4}))?\b",
        }
        self.rules = [(name, re.compile(_one_line(pattern), re.IGNORECASE))
                      for name, pattern in rules.items()]
        self.triggers = self._triggers(lex)
        self.second_triggers = self._second_triggers(lex)
        # For some rules of digits, characters one of which any match also holds: "7/8/07" and
        # "2024-05-01" a slash or hyphen, "2019-20" a dash or slash, "the 1990s" or "the '90s"
        # an "0s", "14:30" a colon. The line is scanned only when it has one.
        self.digit_marks = {"numeric_date": ("/", "-"), "year_range": ("-", "–", "—", "/"),
                            "decade": ("0s", "0's", "0’s"), "clock_24h": (":",)}
        missing = {name for name, _ in self.rules} - set(self.triggers)
        if missing:
            raise ValueError(f"artex_dates: rules without trigger words: {sorted(missing)}")
        self.range_end_year = re.compile(_one_line(
            rf"^\s*(?:and|to|through|until|till|-|–)\s+{month}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
            r",?\s+(?P<year>\d{4})\b"), re.IGNORECASE)
        self.modifier_before = re.compile(
            _one_line(rf"(?:^|\b)(?P<modp>{modifier})[\s-]*$"), re.IGNORECASE)
        self.approximator_before = re.compile(
            _one_line(rf"\b(?P<approx>{word_alternation(lex['approximators'])})\s+$"),
            re.IGNORECASE)
        self.signal_before = re.compile(
            _one_line(rf"\b(?P<signal>{word_alternation(lex['signal_modifiers'])})\s+$"),
            re.IGNORECASE)

    @staticmethod
    def _triggers(lex: dict) -> dict[str, frozenset[str] | None]:
        """For each rule, words one of which any match contains (None: a digit). A rule runs
        only on the lines that hold one: scanning every line with every pattern is what
        would cost time, as Python's regex engine tries each pattern at each position."""
        months, units = frozenset(lex["months"]), frozenset(lex["duration_units"])
        calendar = frozenset(lex["calendar_units"]) | {"weekend"}
        # Each deictic phrase ends in one of these words ("at present", "in the future").
        deictic = frozenset(p.split()[-1] for p in lex["reference_words"])
        return {
            "full_date": months, "full_date_dmy": months, "month_day": months,
            "day_month": months, "month_year": months, "month": months,
            "numeric_date": None, "year_range": None, "year": None, "decade": None,
            "clock_24h": None, "century": frozenset({"century"}),
            "quarter": frozenset({"quarter"}), "quarter_code": frozenset({"q"}),
            "month_quarter": frozenset({"quarter"}),
            "half": frozenset({"half"}), "half_code": frozenset({"h"}),
            "season": frozenset(lex["seasons"]),
            "fiscal": frozenset({"fiscal", "financial", "fy"}),
            "relative_fiscal": frozenset({"fiscal", "financial"}),
            "months_of_year": frozenset({"months"}), "weekday": frozenset(lex["weekdays"]),
            "clock": frozenset({"am", "pm", "m"}),
            "clock_word": frozenset({"noon", "midday", "midnight"}),
            "part_of_day": frozenset(lex["parts_of_day"]),
            "clock_part": frozenset(lex["parts_of_day"]),
            "day_word": frozenset(lex["day_words"]), "reference": deictic,
            "relative_unit": calendar, "unit_before": calendar, "relative_count": units,
            "offset": units, "same_ago": frozenset({"same"}), "modified_unit": calendar,
            "unit_end": frozenset({"end"}), "in_the_unit": calendar,
            "the_day": frozenset({"day"}), "the_weekend": frozenset({"weekend"}),
            "the_quarter": frozenset({"quarter"}),
            "duration": units, "bare_unit": units, "every": units,
            "set_word": frozenset(lex["set_words"]),
            # A holiday's first word: "day", "new" or the "s" of "year's" are in most lines.
            "holiday": frozenset(re.findall(r"[a-z]+", name)[0] for name in lex["holidays"]),
        }

    @staticmethod
    def _second_triggers(lex: dict) -> dict[str, frozenset[str]]:
        """For some rules, a second set of words one of which any match also contains, beside
        the unit its trigger words name: an offset's direction ("three weeks ago"), a
        repetition's "every", a relative count's word ("the past two years"). Lines that name
        a unit are common; lines that also hold one of these are not."""
        relative = frozenset({"last", "next", "this", "coming", "current", "past", "previous",
                              "prior", "preceding", "following", "same", "that"})
        return {
            "offset": frozenset({"ago", "now", "hence", "earlier", "previously", "later",
                                 "before", "after"}),
            "every": frozenset({"every", "each", "per"}),
            "relative_unit": relative,
            "relative_count": frozenset({"past", "last", "next", "coming", "previous",
                                         "following", "first", "final", "remaining",
                                         "recent"}),
            # Only plural units stand alone ("for years", "over the decades").
            "bare_unit": frozenset({"years", "months", "weeks", "days", "hours", "minutes",
                                    "decades"}),
        }

    def matches(self, text: str) -> list[Candidate]:
        """Every match of every rule, line by line (no pattern crosses a line break)."""
        found = []
        for line in re.finditer(r"[^\n]+", text):
            start, end = line.span()
            lower = line.group().lower()
            words = set(re.findall(r"[a-z]+", lower))
            # Every rule of digits needs a decimal digit (\d): one search, not a test a character.
            has_digit = _DECIMAL_DIGIT.search(lower) is not None
            for name, regex in self.rules:
                needed = self.triggers[name]
                if needed is None:
                    marks = self.digit_marks.get(name)
                    run = has_digit and (marks is None or any(m in lower for m in marks))
                else:
                    run = not words.isdisjoint(needed) and (
                        name not in self.second_triggers
                        or not words.isdisjoint(self.second_triggers[name]))
                if run:
                    found.extend(Candidate(m.start(), m.end(), name, m)
                                 for m in regex.finditer(text, start, end))
        return found

    def candidates(self, text: str, accept: Callable[[Candidate], bool]) -> list[Candidate]:
        """Non-overlapping matches in text order: the longest that ``accept`` keeps wins, so a
        rejected long match ("February 30, 2024") leaves its parts ("2024") to shorter ones."""
        found = self.matches(text)
        order = {name: i for i, (name, _) in enumerate(self.rules)}
        found.sort(key=lambda c: (c.start - c.end, c.start, order[c.rule]))
        # The characters of the matches chosen so far: a candidate overlaps one of them when it
        # covers any (no rule matches the empty string). One lookup, not a scan of every match.
        taken = bytearray(len(text))
        chosen = []
        for cand in found:
            if taken.find(1, cand.start, cand.end) != -1 or not accept(cand):
                continue
            taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            chosen.append(cand)
        return sorted(chosen, key=lambda c: c.start)


@Language.factory("artex_dates",
                  assigns=["doc.spans", "span._.artex_timex", "doc._.artex_dateline_date"],
                  requires=["doc._.artex_reference_date"],
                  default_config={"lexicon": "dates.json"})
def make_dates(nlp: Language, name: str, lexicon: str):
    return DatesStage(nlp, name, lexicon)


class DatesStage(Stage):
    def __init__(self, nlp: Language, name: str, lexicon: str):
        self.name = name
        self.lexicon = lexicon
        self.grammar: Grammar | None = None
        self.lex: dict = {}
        self.caption_line: re.Pattern | None = None
        self.set_word_kinds: frozenset[str] = frozenset()

    def load_data(self, models_dir: Path, nlp: Language | None) -> None:
        lex = load_json(models_dir, self.lexicon)
        # A photo caption is furniture, but the day it names is the article's ("Photo: Crews
        # clear the road on March 3. (Agency/Name)").
        self.caption_line = re.compile(load_json(models_dir, CUES_FILE)["caption_line"],
                                       re.IGNORECASE)
        self.grammar = Grammar(lex)
        self.lex = lex
        self.set_word_kinds = frozenset(lex["set_word_kinds"])
        self.match_cue = re.compile("|".join(lex["match_cues"]), re.IGNORECASE)
        # An amount or a word of amounts before "a year" makes it a rate (Resolver.is_rate).
        self.set_preceder_re = re.compile(
            rf"(?:\d|%|\b{word_alternation(lex['set_preceders'])})\s*$", re.IGNORECASE)
        self._date_parser = None
        self.parse_numeric_date = lru_cache(maxsize=DATE_PARSER_CACHE)(self._parse_numeric_date)

    def match(self, doc: Doc) -> DatesFound:
        given = reference_date_of(doc)
        stated, yearless = self.dateline_date(doc, given)
        found = self.find(doc, given or stated)
        if given is None and stated is None and yearless is not None:
            # "BLANTYRE, Nov 3 (MANA) —" over a text that names "Nov. 1, 2026": the day of
            # the dateline is the one just after the recent full dates the article gives.
            stated = year_of_recent_full_dates(yearless, found)
            if stated is not None:
                found = self.find(doc, stated)
        return DatesFound(found, stated)

    def find(self, doc: Doc, reference: date | None) -> list[Found]:
        """The article's time expressions, resolved against ``reference``."""
        skip = section_ranges(doc, NOT_BODY, self.caption_line)
        resolver = Resolver(self, doc, reference)

        def accept(cand: Candidate) -> bool:
            return not (skip and skip.overlaps(cand.start, cand.end)) and \
                resolver.handle(cand) is not None

        found: list[Found] = []
        for cand in self.grammar.candidates(resolver.text, accept):
            found.extend(resolver.resolve(cand, found[-1].end if found else 0))
        return join_compound_durations(resolver.text, found)

    def dateline_date(self, doc: Doc, given: date | None = None
                      ) -> tuple[date | None, tuple[int, int] | None]:
        """The date of the article's dateline (or byline): the publication date the article
        states, and, without a reference date from the caller, the anchor of its relative
        expressions. A
        full date ("March 01, 2008") stands as it is; a wire dateline's day without a year
        ("NEW PLYMOUTH, Oct 18 (AAP) —") is that day on or before the caller's reference date,
        and unknown without one (its month and day are then given beside the None)."""
        # A byline may carry the date too ("By Jane Doe | March 3, 2025").
        datelines = section_ranges(doc, ["dateline", "byline"])
        if not datelines:
            return None, None
        resolver = Resolver(self, doc, None)
        # The datelines open the article: scan only the text up to them (offsets unchanged).
        head = resolver.text[:datelines.end]
        for cand in self.grammar.candidates(
                head, lambda c: datelines.overlaps(c.start, c.end)):
            for item in resolver.resolve(cand, 0):
                value = item.timex["value"] or ""
                if FULL_DATE.fullmatch(value) and not item.timex["relative"]:
                    return date.fromisoformat(value), None
                day = YEARLESS_DAY.fullmatch(value)
                if day:
                    month_day = int(day["month"]), int(day["day"])
                    return (day_on_or_before(*month_day, given) if given else None), month_day
        return None, None

    def set_annotations(self, doc: Doc, found: DatesFound) -> Doc:
        spans, seen = [], set()
        for item in found.items:
            span = doc.char_span(item.start, item.end, alignment_mode="expand")
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            span._.artex_timex = item.timex
            spans.append(span)
        doc.spans[KEY] = spans
        doc._.artex_dateline_date = found.dateline_date.isoformat() if found.dateline_date \
            else None
        return doc

    def _parse_numeric_date(self, text: str) -> date | None:
        month_first = text.split("/")
        if len(month_first) == 3 and len(month_first[2]) == 2:
            short = int(month_first[2])
            month_first[2] = str(2000 + short if short < 50 else 1900 + short)
            text = "/".join(month_first)
        # A valid month-first (or ISO) date is read directly: dateparser gives the same date for
        # each (checked on every month and day, written with one or two digits, of 15 years, and
        # on four days of every year 0001-9999). It is asked only about the rest ("13/5/2020",
        # which it reads day first), as building it and each call cost most of a millisecond.
        fields = text.split("/") if "/" in text else text.split("-")
        if len(fields) == 3 and text.isascii():  # \d also matches other scripts' digits
            month, day, year = fields if "/" in text else (fields[1], fields[2], fields[0])
            try:
                return date(int(year), int(month), int(day))
            except ValueError:
                pass
        if self._date_parser is None:
            # Built on the first numeric date, not at load: importing dateparser and building
            # its tables takes most of a second, and most articles have no such date.
            from dateparser.date import DateDataParser

            self._date_parser = DateDataParser(languages=["en"], settings=PARSER_SETTINGS)
        data = self._date_parser.get_date_data(text)
        return data.date_obj.date() if data and data.date_obj else None


@dataclass
class DatesFound:
    items: list[Found]
    # The date the dateline states, when the caller gave no reference date (else None).
    dateline_date: date | None


FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
YEARLESS_DAY = re.compile(r"XXXX-(?P<month>\d{2})-(?P<day>\d{2})")


def day_on_or_before(month: int, day: int, reference: date) -> date | None:
    """The last date with this month and day on or before ``reference`` (None for a day that
    no year near it has, such as 30 February)."""
    for year in (reference.year, reference.year - 1, reference.year - 2, reference.year - 3,
                 reference.year - 4):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= reference:
            return found
    return None


# How many days a full date in the text may precede a dateline's day to give it its year.
RECENT_DAYS = 14


def year_of_recent_full_dates(month_day: tuple[int, int], found: list[Found]) -> date | None:
    """The dateline's day in the one year in which it falls at most RECENT_DAYS days after
    (or on) a full date the article states; None when no such year, or several, fit."""
    fits = set()
    for item in found:
        value = item.timex["value"] or ""
        if not FULL_DATE.fullmatch(value) or item.timex["relative"]:
            continue
        stated = date.fromisoformat(value)
        for year in (stated.year, stated.year + 1):
            try:
                day = date(year, *month_day)
            except ValueError:
                continue
            if 0 <= (day - stated).days <= RECENT_DAYS:
                fits.add(day)
    return fits.pop() if len(fits) == 1 else None


def reference_date_of(doc: Doc) -> date | None:
    """The caller's reference date (doc input), if any."""
    reference = doc._.artex_reference_date
    return date.fromisoformat(str(reference)[:10]) if reference else None


def _date_timex(period: Period, modifier: str | None = None, relative: bool = False,
                kind: str = "DATE") -> dict:
    # Seasons depend on the hemisphere, so they claim no calendar interval.
    span = None if period.granularity == "season" else narrowed_interval(period, modifier)
    return {"type": kind, "value": period.value, "modifier": modifier,
            "granularity": period.granularity,
            "start_date": span[0].isoformat() if span else None,
            "end_date": span[1].isoformat() if span else None, "relative": relative}


def _plain_timex(kind: str, value: str | None, granularity: str | None = None,
                 modifier: str | None = None, relative: bool = False) -> dict:
    return {"type": kind, "value": value, "modifier": modifier, "granularity": granularity,
            "start_date": None, "end_date": None, "relative": relative}


# What may join the parts of one duration ("four hours, 21 minutes and 9 seconds", "2 minutes
# 40 seconds"; never across a line break), and the designators of a counted duration from the
# largest unit down (a time designator ranks below every date one).
_PART_JOINER = re.compile(_one_line(r"(?:\s*,)?\s+(?:and\s+)?|\s*,\s*"))
_DURATION_PART = re.compile(r"(T?)(\d+(?:\.\d+)?)([YMWDHS])")
_PART_RANK = {("", "Y"): 0, ("", "M"): 1, ("", "W"): 2, ("", "D"): 3, ("T", "H"): 4,
              ("T", "M"): 5, ("T", "S"): 6}


def join_compound_durations(text: str, items: list[Found]) -> list[Found]:
    """Counted durations written one after another from the largest unit down ("four hours, 21
    minutes and 9 seconds") are one duration (PT4H21M9S), as a race time is one length of time;
    a smaller unit before a larger ("40 seconds, two hours") is not."""
    out: list[Found] = []
    for item in items:
        last = out[-1] if out else None
        if last is not None and last.timex["type"] == item.timex["type"] == "DURATION" \
                and not item.timex["modifier"] \
                and _PART_JOINER.fullmatch(text, last.end, item.start):
            first, second = _duration_parts(last.timex["value"]), \
                _duration_parts(item.timex["value"])
            if first and second and _PART_RANK[first[-1][::2]] < _PART_RANK[second[0][::2]]:
                parts = first + second
                date_part = "".join(n + u for t, n, u in parts if not t)
                time_part = "".join(n + u for t, n, u in parts if t)
                value = "P" + date_part + ("T" + time_part if time_part else "")
                last.timex = {**last.timex, "value": value,
                              "granularity": item.timex["granularity"]}
                last.end = item.end
                continue
        out.append(item)
    return out


def _duration_parts(value: str | None) -> list[tuple[str, str, str]] | None:
    """The (time designator, count, unit) parts of a counted duration ("PT4H21M": ("T", "4",
    "H"), ("T", "21", "M")); None for any other value ("PXY", a date)."""
    if not value or not value.startswith("P"):
        return None
    parts, pos, timed = [], 1, ""
    while pos < len(value):
        m = _DURATION_PART.match(value, pos)
        if m is None:
            return None
        timed = timed or m.group(1)
        if (timed, m.group(3)) not in _PART_RANK:
            return None
        parts.append((timed, m.group(2), m.group(3)))
        pos = m.end()
    return parts or None


UNIT_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour",
                    "MIN": "minute", "S": "second", "DE": "decade", "CE": "century",
                    "Q": "quarter", "FN": "week"}


class Resolver:
    """Resolves candidates of one document in order, remembering the dates it has seen."""

    def __init__(self, stage: DatesStage, doc: Doc, ref: date | None):
        self.stage = stage
        self.lex = stage.lex
        self.doc = doc
        self.text = doc_text(doc)
        # Counting a few centuries either way must stay inside Python's calendar.
        self.reference = ref if ref and REFERENCE_YEARS[0] <= ref.year <= REFERENCE_YEARS[1] \
            else None
        self.last_day: Period | None = None
        self.last_period: Period | None = None
        # The last month, quarter, half, season or year talked about, in the article and per
        # sentence: what "a year earlier" and "the previous quarter" compare with.
        self.last_compared: Period | None = None
        self.sentence_compared: dict[int, Period] = {}
        self.sentence_stated: dict[int, Period] = {}
        # The year a sentence opens with ("In 2023, ...", "Last year ..."): its frame.
        self.sentence_frame: dict[int, tuple[Period, bool]] = {}
        self.sentence_periods: dict[int, Period] = {}
        self.tenses_by_sentence: dict[int, list[tuple[int, str]]] = {}
        if doc.has_annotation("SENT_START"):
            self.sentence_starts = sentence_starts(doc)
        else:
            self.sentence_starts = [0] + [m.end() for m in
                                          re.finditer(r"\n+|(?<=[.!?])\s+(?=[A-Z\"“])", self.text)]
        self.has_tags = doc.has_annotation("TAG")
        self.token_starts = token_starts(doc)
        self.date_ents = [(start, end) for _, _, label, start, end in doc_ents(doc)
                          if label in ("DATE", "TIME")]

    @cached_property
    def is_match_report(self) -> bool:
        """Whether the article reports a game (models/dates.json "match_cues"); read only
        when a half is named."""
        return self.stage.match_cue.search(self.text) is not None

    # ----- context -------------------------------------------------------------------------

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def previous_words(self, start: int, n: int = 2) -> list[str]:
        before = self.text[max(0, start - 40):start]
        return [w.lower() for w in re.findall(r"[\w'’.&#-]+", before)][-n:]

    def next_word(self, end: int) -> str:
        m = re.match(r"\s*([\w%'’-]+)", self.text[end:end + 30])
        return m.group(1) if m else ""

    def in_date_entity(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.date_ents)

    def direction(self, start: int, end: int) -> str | None:
        """"past" or "future" from the tense marker nearest before the expression in its
        sentence, else the nearest after it. A time adverbial modifies the verb it follows
        ("borrowed £9m in March to refinance" is past, "agreed to inject £5m by June" future);
        one before any verb ("On Monday the board said") takes the verb that follows."""
        tense = self.tense_near(start, end)
        if tense == "perfect":
            # A present perfect takes no definite past time ("has cancelled its parade on Feb.
            # 16" names the parade's day), but one framed by a span ("since April, passengers
            # have paid … from June") reports that span's past.
            index = self.sentence_of(start)
            return "past" if any(self.text[offset:offset + 9].lower().startswith(
                tuple(self.lex["past_words"])) for offset, _ in self.sentence_tenses(index)) \
                else None
        # A present-tense verb nearest says nothing about direction: the nearest date wins.
        return tense if tense != "present" else None

    def tense_near(self, start: int, end: int) -> str | None:
        """The tense marker ``direction`` reads, "present" included."""
        if POSTPONED_TO.search(self.text, max(0, start - 60), start):
            # "The hearing was adjourned to May 4": the past verb moved the date, it does not
            # date it; the nearest such date wins.
            return None
        index = self.sentence_of(start)
        tenses = [(idx, tense) for idx, tense in self.sentence_tenses(index)
                  if not start <= idx < end]
        # A colon, semicolon or dash closes a clause: its verbs say nothing of the next one's.
        low = self.sentence_starts[index]
        cuts = [m.end() for m in CLAUSE_BREAK.finditer(self.text, low, start)]
        clause_start = cuts[-1] if cuts else low
        after_break = CLAUSE_BREAK.search(self.text, end)
        clause_end = after_break.start() if after_break else len(self.text)
        before = [item for item in tenses if clause_start <= item[0] < start]
        after = [item for item in tenses if end <= item[0] < clause_end]
        # "which she chaired until June": a signal word of the future yields to the tense of
        # the verb it follows; it speaks only where no verb did ("the offer runs until June").
        while len(before) > 1 and self.text[before[-1][0]:start].lower().startswith(
                SIGNAL_FUTURE) and self.is_finite_verb(before[-2][0]):
            before.pop()
        best = before[-1] if before else (after[0] if after else None)
        if best is None and tenses:
            best = min(tenses, key=lambda item: abs(item[0] - start))
        return best[1] if best else None

    def is_finite_verb(self, offset: int) -> bool:
        """Whether the token at ``offset`` is a past-tense verb or a modal ("chaired", "will"),
        not a participle ("suspended until Friday", which its auxiliary dates)."""
        index = bisect_left(self.token_starts, offset)
        token = self.doc[index] if index < len(self.doc) else None
        return token is not None and (token.tag_ in ("VBD", "MD"))

    def sentence_tenses(self, index: int) -> list[tuple[int, str]]:
        """(offset, tense) of each token of sentence ``index`` that marks a tense, in order;
        read once per sentence, however many expressions it holds."""
        tenses = self.tenses_by_sentence.get(index)
        if tenses is None:
            low = self.sentence_starts[index]
            high = (self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts)
                    else len(self.text))
            tenses = [(token.idx, tense)
                      for token in self.doc.char_span(low, high, alignment_mode="expand") or []
                      if (tense := self.tense_of(token)) is not None]
            self.tenses_by_sentence[index] = tenses
        return tenses

    def tense_of(self, token) -> str | None:
        """The tense ``token`` marks: "past", "future", "present", or None for no marker."""
        lower = token.lower_
        if lower in self.lex["past_words"]:
            return "past"
        if not self.has_tags:
            return "future" if lower in self.lex["future_words"] else None
        tag = token.tag_
        if lower in self.lex["future_words"]:
            return "future"
        if not token.is_alpha:
            return None  # a figure the tagger took for a verb ("rose to P38.90/VB")
        if tag == "VBD":
            return "past"
        if tag == "VBN":
            if token.i > 0 and token.doc[token.i - 1].text == "-":
                return None  # a compound adjective ("gas-fired", "state-owned") tells no time
            # A passive takes the tense of its auxiliary; a bare participle ("tonnes forecast
            # in January") and a perfect report the past.
            before = [t.lower_ for t in token.doc[max(0, token.i - 3):token.i]]
            have = next((i for i in range(len(before) - 1, -1, -1) if before[i] in HAVE_FORMS),
                        None)
            if have is not None:
                # A present perfect ("has cancelled the parade on Feb. 16") takes no definite
                # past time, and a modal one ("should have applied from October") names what
                # did not happen: the date is not the verb's, and reads as a present's would.
                if before[have] in PRESENT_PERFECT:
                    return "perfect"
                return "past"
            return None if any(w in BE_FORMS for w in before[-2:]) else "past"
        if tag == "VB" and token.i > 0 and token.doc[token.i - 1].lower_ == "to":
            return "future"
        return "present" if tag in ("VBZ", "VBP") else None

    def anchor(self, start: int) -> tuple[Period | None, bool]:
        """The period the sentence last talked about, else the reference day; and whether the
        reference date was used."""
        period = self.sentence_periods.get(self.sentence_of(start))
        if period is not None:
            return period, False
        return (period_of(self.reference, "day"), True) if self.reference else (None, True)

    def compared_anchor(self, start: int) -> Period | None:
        """What an anaphoric "a year earlier" or "the previous quarter" counts from: the
        reporting period the sentence names ("third-quarter profit ... on Monday, down from a
        year earlier"), else any date it names, else the last reporting period the article
        named, else the reference day."""
        index = self.sentence_of(start)
        period = self.sentence_compared.get(index) or self.sentence_stated.get(index) \
            or self.last_compared
        if period is not None:
            return period
        return period_of(self.reference, "day") if self.reference else None

    def remember(self, item: Found) -> None:
        period = item.period
        if period is None or not period.resolved or item.timex["type"] not in ("DATE", "TIME"):
            return
        self.last_period = period
        self.sentence_periods[self.sentence_of(item.start)] = period
        if period.granularity == "day":
            self.last_day = period
        if item.anaphoric:
            return
        index = self.sentence_of(item.start)
        self.sentence_stated[index] = period
        if period.granularity == "year" and FRAME_OPENING.fullmatch(
                self.text[self.sentence_starts[index]:item.start]):
            self.sentence_frame.setdefault(index, (period, bool(item.timex.get("relative"))))
        if period.granularity in COMPARED_GRANULARITIES:
            # The first such period of a sentence is the one it reports ("profit last year,
            # up from Sh1bn in 2023"); the ones after it are what it is compared with.
            self.last_compared = self.sentence_compared.setdefault(index, period)

    # ----- resolution ----------------------------------------------------------------------

    def handle(self, cand: Candidate) -> Found | list[Found] | None:
        """The rule's reading of the candidate (None: not a time expression). Rules only read
        the resolver's memory, so a candidate can be tried before its turn."""
        return getattr(self, "rule_" + cand.rule)(cand.match)

    def resolve(self, cand: Candidate, floor: int) -> list[Found]:
        """Read the candidate in text order, with what the article said before it."""
        result = self.handle(cand)
        if result is None:
            return []
        items = result if isinstance(result, list) else [result]
        out = []
        for item in items:
            if item.timex["type"] == "DATE" and not item.timex["modifier"] and item.period:
                self.attach_modifier(item, floor)
            elif item.timex["type"] == "DURATION" and not item.timex["modifier"] and not \
                    self.text[item.start:item.end].lower().startswith("the"):
                self.attach_approximator(item, floor)
            self.remember(item)
            out.append(item)
        return out

    def attach_modifier(self, item: Found, floor: int) -> None:
        before = self.text[max(floor, item.start - 25):item.start]
        m = self.stage.grammar.modifier_before.search(before)
        if m:
            item.start -= len(m.group(0))
            item.timex = _date_timex(item.period, self.modifier_named(m.group("modp")),
                                     item.timex["relative"])
            return
        signal = self.stage.grammar.signal_before.search(before)
        if signal:
            item.timex["modifier"] = self.lex["signal_modifiers"][_words(signal.group("signal"))]

    def modifier_named(self, words: str) -> str | None:
        """The TIMEX3 mod of a modifier prefix ("the end of" -> END, "mid-" -> MID)."""
        key = _words(words)
        prefixes = self.lex["modifier_prefixes"]
        return prefixes.get(key) or prefixes.get(key.rstrip("-")) or prefixes.get(key + "-")

    def attach_approximator(self, item: Found, floor: int) -> None:
        m = self.stage.grammar.approximator_before.search(self.text[max(floor, item.start - 20):
                                                                    item.start])
        if m:
            item.start -= len(m.group(0))
            item.timex["modifier"] = self.lex["approximators"][_words(m.group("approx"))]

    def found(self, m: re.Match, timex: dict, period: Period | None = None,
              span: tuple[int, int] | None = None) -> Found:
        start, end = span or (m.start(), m.end())
        return Found(start, end, timex, period)

    def month_number(self, word: str) -> int:
        return self.lex["months"][word.lower().rstrip(".")]

    def pick(self, options: list[Period], start: int, direction: str | None = None) -> Period:
        """Among periods around the reference date, the one the tense points to."""
        direction = direction or self.direction(start, start + 1)
        ref = self.reference
        spans = [(p, p.interval()) for p in options]
        if direction == "past":
            past = [p for p, (first, _) in spans if first <= ref]
            if past:
                return past[-1]
        if direction == "future":
            future = [p for p, (_, last) in spans if last >= ref]
            if future:
                return future[0]

        def distance(item):
            _, (first, last) = item
            return 0 if first <= ref <= last else min(abs((first - ref).days),
                                                       abs((last - ref).days))

        return min(spans, key=distance)[0]

    def yearless(self, granularity: str, index: int, day: int | None, start: int,
                 direction: str | None = None, end: int | None = None) -> tuple[Period, bool]:
        """A month, day or season without a year: the year of the range it opens ("between
        March and May 2023"), else the one the tense points to around the reference date."""
        if end is not None:
            range_end = self.stage.grammar.range_end_year.match(self.text[end:end + 40])
            if range_end:
                return Period(granularity, int(range_end.group("year")), index, day), False
        frame = self.sentence_frame.get(self.sentence_of(start))
        if frame is not None:
            # "In 2023 we ran out of hay in October": the year the sentence opened with.
            return Period(granularity, frame[0].year, index, day), frame[1]
        if self.reference is None:
            return Period(granularity, None, index, day), True
        options = []
        for year in (self.reference.year - 1, self.reference.year, self.reference.year + 1):
            try:
                Period(granularity, year, index, day).interval()
            except ValueError:
                continue
            options.append(Period(granularity, year, index, day))
        if not options:
            return Period(granularity, None, index, day), True
        return self.pick(options, start, direction), True

    def relative_year(self, rel: str | None, arel: str | None, start: int) -> tuple[int | None,
                                                                                    bool]:
        """The year named by "last/this/next year" (reference) or "the previous year"
        (anchor)."""
        if rel:
            shift = self.lex["relative_words"][rel.lower()]
            return (self.reference.year + shift if self.reference else None), True
        if arel:
            anchor = self.compared_anchor(start)
            shift = self.lex["anchored_relative_words"][arel.lower()]
            return (anchor.year + shift if anchor and anchor.year else None), True
        return (self.reference.year if self.reference else None), True

    # ----- rules (one method per grammar rule; None rejects the candidate) -----------------

    def _capitalised_month(self, m: re.Match) -> bool:
        return m.group("mon")[0].isupper()

    def rule_full_date(self, m):
        if not self._capitalised_month(m):
            return None
        try:
            period = Period("day", int(m.group("year")), self.month_number(m.group("mon")),
                            int(m.group("day")))
            period.interval()
        except ValueError:
            return None
        return self.found(m, _date_timex(period), period)

    rule_full_date_dmy = rule_full_date

    def rule_numeric_date(self, m):
        parsed = self.stage.parse_numeric_date(m.group(0))
        if parsed is None:
            return None
        period = period_of(parsed, "day")
        return self.found(m, _date_timex(period), period)

    def rule_month_day(self, m):
        day, month = int(m.group("day")), self.month_number(m.group("mon"))
        # 2000 is a leap year: February 29 exists in some year, February 30 in none.
        if not self._capitalised_month(m) or not 1 <= day <= month_end(2000, month).day:
            return None
        period, relative = self.yearless("day", month, day, m.start(), end=m.end())
        return self.found(m, _date_timex(period, relative=relative), period)

    rule_day_month = rule_month_day

    def rule_month_year(self, m):
        if not self._capitalised_month(m):
            return None
        period = Period("month", int(m.group("year")), self.month_number(m.group("mon")))
        return self.found(m, _date_timex(period), period)

    def rule_month(self, m):
        word = m.group("mon")
        rel = m.group("rel")
        if not word[0].isupper():
            return None
        if word.lower().rstrip(".") in self.lex["month_needs_context"] and not rel:
            previous = self.previous_words(m.start(), 1)
            has_modifier = self.stage.grammar.modifier_before.search(
                self.text[max(0, m.start() - 25):m.start()])
            if not (previous and previous[0] in self.lex["month_context_words"] or has_modifier
                    or self.in_date_entity(m.start(), m.end())):
                return None
            if self.next_word(m.end()).lower() in ("be", "have", "not", "i", "we", "you"):
                return None
        month = self.month_number(word)
        if m.group("yrel"):
            # "June last year": the month of the year the words name.
            year, _ = self.relative_year(m.group("yrel"), None, m.start())
            period = Period("month", year, month)
        elif rel and self.reference:
            shift = self.lex["relative_words"][rel.lower()]
            options = [Period("month", y, month) for y in
                       (self.reference.year - 1, self.reference.year, self.reference.year + 1)]
            ref_month = Period("month", self.reference.year, self.reference.month)
            if shift < 0:
                period = [p for p in options if p.interval()[0] < ref_month.interval()[0]][-1]
            elif shift > 0:
                period = [p for p in options if p.interval()[0] > ref_month.interval()[0]][0]
            else:
                period = Period("month", self.reference.year, month)
        else:
            period, _ = self.yearless("month", month, None, m.start(), end=m.end())
        return self.found(m, _date_timex(period, relative=True), period)

    def year_allowed(self, m: re.Match) -> bool:
        previous = self.previous_words(m.start(), 1)
        if previous and previous[0] in self.lex["year_blockers"]:
            return False
        # A digit group right before or after is a phone or account number ("555 1999").
        if re.search(r"\d[ \t]+$", self.text[max(0, m.start() - 3):m.start()]):
            return False
        following = self.next_word(m.end())
        if following.isdigit():
            return False
        signalled = previous and previous[0] in self.lex["year_signals"]
        counted = following.lower() in self.lex["year_count_nouns"] or self.is_plural_noun(
            m.end())
        return signalled or not counted

    def is_plural_noun(self, end: int) -> bool:
        """Whether the word after ``end`` is a plural noun ("2000 employees"): its tag when the
        tagger ran, else its shape (lower case, ending in a plural -s)."""
        if self.has_tags:
            index = bisect_left(self.token_starts, end)
            return index < len(self.doc) and self.doc[index].tag_ == "NNS"
        word = self.next_word(end)
        return (word.islower() and len(word) > 3 and word.endswith("s")
                and not word.endswith(("ss", "us", "is", "'s")) and word not in ("this", "does"))

    def rule_year(self, m):
        if not self.year_allowed(m):
            return None
        period = Period("year", int(m.group("year")))
        return self.found(m, _date_timex(period), period)

    def rule_year_range(self, m):
        first = int(m.group("year"))
        second_text = m.group("year2")
        second = int(second_text) if len(second_text) == 4 else first - first % 100 + int(
            second_text)
        if second <= first:
            return None
        items = []
        for year, group in ((first, "year"), (second, "year2")):
            period = Period("year", year)
            items.append(Found(m.start(group), m.end(group), _date_timex(period), period))
        return items

    def rule_decade(self, m):
        digits = m.group("dec")
        if digits is None:
            short = int(m.group("dec2"))
            digits = f"{19 if short >= 3 else 20}{short}"
        modifier = {"early": "START", "mid": "MID", "late": "END"}.get(
            (m.group("dmod") or "").lower())
        # "the 1800s" is the century of those years, "the 1980s" their decade.
        year = int(digits) * 10
        period = Period("century" if year % 100 == 0 else "decade", year)
        return self.found(m, _date_timex(period, modifier), period)

    def rule_century(self, m):
        word = _words(m.group("cent"))
        number = self.lex["century_ordinals"].get(word) or int(re.sub(r"\D", "", word) or 0)
        if not 1 <= number <= 30:
            return None
        modifier = {"early": "START", "mid": "MID", "late": "END"}.get(
            (m.group("cmod") or "").lower())
        period = Period("century", (number - 1) * 100)
        return self.found(m, _date_timex(period, modifier), period)

    def _quarter_like(self, m, granularity: str, number: int, year_text: str | None):
        if year_text:
            year, relative = int(year_text), False
        else:
            year, relative = self.relative_year(m.group("rel"), m.group("arel"), m.start())
        period = Period(granularity, year, number)
        return self.found(m, _date_timex(period, relative=relative), period)

    def rule_quarter(self, m):
        number = self.lex["quarter_ordinals"][m.group("ord").lower()]
        return self._quarter_like(m, "quarter", number, m.group("year"))

    def rule_month_quarter(self, m):
        """A quarter named by its last month ("the June quarter") is one of results already
        ended: the last such quarter ended by the reference date."""
        month = self.month_number(m.group("mon"))
        if not self._capitalised_month(m) or month % 3:
            return None
        year = None
        if self.reference is not None:
            ended = (self.reference.month, self.reference.day) >= (
                month, month_end(2001, month).day)
            year = self.reference.year if ended else self.reference.year - 1
        period = Period("quarter", year, month // 3)
        return self.found(m, _date_timex(period, relative=True), period)

    def rule_half(self, m):
        # "early in the second half" of a match report is a half of the game.
        if not (m.group("year") or m.group("rel") or m.group("arel")) and self.is_match_report:
            return None
        number = self.lex["half_ordinals"][m.group("ord").lower()]
        return self._quarter_like(m, "half", number, m.group("year"))

    def _code_year(self, text: str | None) -> int | None:
        if not text:
            return None
        digits = re.sub(r"\D", "", text)
        return int(digits) if len(digits) == 4 else 2000 + int(digits)

    def rule_quarter_code(self, m):
        year = self._code_year(m.group("year") or m.group("year2") or m.group("year3"))
        relative = year is None
        if relative:
            year, _ = self.relative_year(m.group("rel"), None, m.start())
        period = Period("quarter", year, int(m.group("n")))
        return self.found(m, _date_timex(period, relative=relative), period)

    def rule_half_code(self, m):
        year = int(m.group("year") or m.group("year2"))
        period = Period("half", year, int(m.group("n") or m.group("n2")))
        return self.found(m, _date_timex(period), period)

    def rule_season(self, m):
        word = m.group("season").lower()
        rel, year_text = m.group("rel"), m.group("year")
        index = self.lex["seasons"][word]
        if not rel and not year_text:
            # "Lake Bled in Winter", "the Winter Olympics"; not "their Autumn meetings".
            if self.is_name_word(m.start("season"), m.end("season")) and self.in_title_case(
                    m.start("season"), m.end("season")):
                return None
            previous = self.previous_words(m.start(), 2)
            context = set(self.lex["season_context_words"])
            if not (previous and previous[-1] in context) and not self.in_date_entity(
                    m.start(), m.end()):
                return None
            if previous and previous[-1] == "the" and (len(previous) < 2 or previous[0] not in
                                                       context):
                return None
            if self.next_word(m.end()).lower() in ("of", "in", "to", "from", "by", "below",
                                                   "above", "on", "back", "into", "short"):
                return None
        if year_text:
            period, relative = Period("season", int(year_text), index), False
        elif rel and self.reference:
            current = period_of(self.reference, "season")
            shift = self.lex["relative_words"][rel.lower()]
            options = [Period("season", y, index) for y in range(current.year - 1,
                                                                  current.year + 2)]
            if shift < 0:
                period = [p for p in options if p.interval()[1] < self.reference][-1]
            elif shift > 0:
                period = [p for p in options if p.interval()[0] > self.reference][0]
            else:
                period = Period("season", self.reference.year, index)
            relative = True
        else:
            period, relative = self.yearless("season", index, None, m.start())
        return self.found(m, _date_timex(period, relative=relative), period)

    def rule_fiscal(self, m):
        year = self._code_year(m.group("year") or m.group("year2") or m.group("year3"))
        # Fiscal calendars differ by company and country: the value names the fiscal year
        # and no calendar interval is claimed.
        return self.found(m, _plain_timex("DATE", f"FY{year}", "year"))

    def rule_relative_fiscal(self, m):
        rel = m.group("rel").lower()
        shift = self.lex["relative_words"].get(rel, self.lex["anchored_relative_words"].get(rel))
        value = f"FY{self.reference.year + shift}" if self.reference else "FYXXXX"
        return self.found(m, _plain_timex("DATE", value, "year", relative=True))

    def rule_months_of_year(self, m):
        """"the first six months of the year" is the first half, "the last three months of
        2024" the fourth quarter."""
        months = 3 if m.group("n").lower() in ("three", "3") else 6
        granularity = "quarter" if months == 3 else "half"
        index = 1 if m.group("edge").lower() == "first" else 12 // months
        year_text = m.group("year")
        year, relative = (int(year_text), False) if year_text else self.relative_year(
            m.group("rel"), None, m.start())
        period = Period(granularity, year, index)
        return self.found(m, _date_timex(period, relative=relative), period)

    def weekday_period(self, weekday: int, rel: str | None, start: int) -> tuple[Period, bool]:
        if self.reference is None:
            return Period("day", None), True
        ref = self.reference
        days = [ref + timedelta(days=k) for k in range(-7, 8)
                if (ref + timedelta(days=k)).isoweekday() == weekday]
        rel = (rel or "").lower()
        if rel in ("last", "past"):
            chosen = [d for d in days if d < ref][-1]
        elif rel in ("next", "coming"):
            chosen = [d for d in days if d > ref][0]
        else:
            options = [period_of(d, "day") for d in days]
            return self.pick(options, start, self.weekday_direction(start)), True
        return period_of(chosen, "day"), True

    def weekday_direction(self, start: int) -> str | None:
        """A weekday's direction. With a present-tense verb before it and no past one, it is
        a fixture or a forecast ("Cerro play away on Saturday", "rain is forecast for Friday"):
        the coming one; a photo caption's present tells what happened ("A worker fumigates a
        street on Thursday. Photo: …"). A present perfect dates its event in the past ("has
        approved the budget after a meeting on Monday")."""
        tense = self.tense_near(start, start + 1)
        if tense == "perfect":
            return "past"
        if tense != "present":
            return tense
        index = self.sentence_of(start)
        before = [t for offset, t in self.sentence_tenses(index)
                  if self.sentence_starts[index] <= offset < start]
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
        if not before or before[-1] != "present" or "past" in before or "perfect" in before \
                or CAPTION_MARK.search(line):
            return None
        return "future"

    def rule_weekday(self, m):
        weekday = self.lex["weekdays"][m.group("wd").lower()]
        period, relative = self.weekday_period(weekday, m.group("rel"), m.start())
        part = m.group("part")
        if part:
            return self.found(m, self.time_timex(period, "T" + self.lex["parts_of_day"][
                part.lower()], "part_of_day", relative), period)
        if period.year is None:
            timex = _plain_timex("DATE", f"XXXX-WXX-{weekday}", "day", relative=True)
            return self.found(m, timex)
        return self.found(m, _date_timex(period, relative=relative), period)

    def time_timex(self, day: Period | None, time: str, granularity: str,
                   relative: bool) -> dict:
        timex = _date_timex(day, relative=relative, kind="TIME") if day and day.resolved else \
            _plain_timex("TIME", None, relative=relative)
        timex["value"] = (day.value if day and day.resolved else "XXXX-XX-XX") + time
        timex["granularity"] = granularity
        return timex

    def clock_day(self, m) -> tuple[Period | None, bool]:
        """The day a clock time falls on: the weekday it names ("10 p.m. Tuesday"). A clock
        time with no day of its own ("left at 6:40 a.m.", "kick-off at 3 p.m.") names none, as
        TIMEX3 writes it (XXXX-XX-XXT06:40), whatever day the sentence talks about: only a
        time stamp in a named zone ("down 2% at 16:08 UTC"), a wire's clock, falls on a day
        named earlier in the sentence or, in a past-tense sentence (any sentence when no tagger
        ran), the day the article last talked about, else the reference date."""
        if m.group("wd"):
            weekday = self.lex["weekdays"][m.group("wd").lower()]
            return self.weekday_period(weekday, None, m.start())
        if not m.groupdict().get("tz"):
            return None, False
        in_sentence = self.sentence_periods.get(self.sentence_of(m.start()))
        if in_sentence is not None and in_sentence.granularity == "day":
            return in_sentence, True
        if self.has_tags and self.direction(m.start(), m.end()) != "past":
            return None, False
        if self.last_day is not None:
            return self.last_day, True
        return (period_of(self.reference, "day"), True) if self.reference else (None, True)

    def rule_clock(self, m):
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        ampm = m.group("ampm").lower().replace(".", "")
        if not 1 <= hour <= 12 or minute > 59:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
        return self._clock(m, hour, minute, "hour" if m.group("m") is None else "minute")

    def rule_clock_24h(self, m):
        if not m.group("tz") and not m.group("wd") and self.previous_words(m.start(), 1) not in (
                ["at"], ["by"], ["until"], ["from"], ["to"], ["after"], ["before"]) and \
                not self.stands_alone(m.start(), m.end()):
            return None
        return self._clock(m, int(m.group("h")), int(m.group("m")), "minute")

    def stands_alone(self, start: int, end: int) -> bool:
        """The expression is its line's only text, emphasis aside: a live blog's or a
        timeline's time stamp ("18:40" over the entry it opens)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        return not self.text[line_start:start].strip(" \t*_#") and \
            not self.text[end:line_end].strip(" \t*_")

    def _clock(self, m, hour: int, minute: int, granularity: str):
        day, relative = self.clock_day(m)
        zone = self.lex["time_zones"].get((m.groupdict().get("tz") or "").lower()) or ""
        timex = self.time_timex(day, f"T{hour:02d}:{minute:02d}{zone}", granularity, relative)
        return self.found(m, timex, day)

    def rule_clock_part(self, m):
        hour = parse_number(m.group("h").split(":")[0].split(".")[0].lower())
        minute = int(m.group("m") or 0)
        if hour is None or not hour.is_integer() or not 1 <= hour <= 12:
            return None
        part = m.group("part").lower()
        # An afternoon's or evening's hour is after noon, a night's from six on.
        after_noon = part in ("afternoon", "evening") or part == "night" and hour >= 6
        hour = int(hour) % 12 + (12 if after_noon else 0)
        return self._clock(m, hour, minute, "hour" if m.group("m") is None else "minute")

    def rule_clock_word(self, m):
        hour = 0 if m.group("word").lower() == "midnight" else 12
        return self._clock(m, hour, 0, "hour")

    def rule_part_of_day(self, m):
        part, pre = m.group("part").lower(), (m.group("pre") or "").lower()
        if not pre and (part not in self.lex["bare_parts_of_day"]
                        or self.is_name_word(m.start("part"), m.end("part"))):
            return None
        if pre in ("this", "yesterday", "tomorrow", "last"):
            shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(pre, 0)
            day = period_of(self.reference + timedelta(days=shift), "day") if self.reference \
                else None
        else:
            day = self.last_day or (period_of(self.reference, "day") if self.reference else None)
        code = "T" + self.lex["parts_of_day"][part]
        return self.found(m, self.time_timex(day, code, "part_of_day", True), day)

    def rule_day_word(self, m):
        far = m.group("far")
        word = (m.group("dw") or "").lower()
        shift = (-2 if far.lower().startswith("before") else 2) if far else \
            self.lex["day_words"][word]
        day = period_of(self.reference + timedelta(days=shift), "day") if self.reference else \
            Period("day", None)
        if word == "tonight":
            return self.found(m, self.time_timex(day, "TNI", "part_of_day", True), day)
        return self.found(m, _date_timex(day, relative=True), day)

    def is_name_word(self, start: int, end: int) -> bool:
        """A capitalised common word inside a sentence is part of a name ("the painting
        Morning on the River", "Lake Bled in Winter", the song "Entoto Morning"); at a
        sentence's opening, it is one when the article also writes it so inside a sentence."""
        word = self.text[start:end]
        if not word[:1].isupper():
            return False
        if not self.opens_sentence(start):
            return True
        return any(not self.opens_sentence(other.start())
                   for other in re.finditer(rf"\b{re.escape(word)}\b", self.text))

    def in_title_case(self, start: int, end: int) -> bool:
        """Whether a capitalised word stands beside another, or after one and a small word
        ("Lake Bled in Winter"): a run of title case, a name's."""
        before = re.search(r"([\w'’]+)\s+(?:(?:in|of|the|and|at|on)\s+)?$",
                           self.text[max(0, start - 40):start])
        after = re.match(r"\s+([\w'’]+)", self.text[end:end + 40])
        return bool(before and before.group(1)[0].isupper() and not self.opens_sentence(
            start - len(before.group(0))) or after and after.group(1)[0].isupper())

    def opens_sentence(self, start: int) -> bool:
        opening = self.text[self.sentence_starts[self.sentence_of(start)]:start]
        line = self.text[self.text.rfind("\n", 0, start) + 1:start]
        return not opening.strip(" \t\"“‘'*_#-") or not line.strip(" \t\"“‘'*_#-")

    def rule_reference(self, m):
        # "shortly after 10 p.m.", "soon after tea": the time is the one named after it.
        if self.next_word(m.end()).lower() in ("after", "before"):
            return None
        value = self.lex["reference_words"][_words(m.group(0))]
        return self.found(m, _plain_timex("DATE", value, relative=False))

    def rule_relative_unit(self, m):
        unit, rel, the = m.group("unit").lower(), m.group("rel").lower(), m.group("the")
        granularity = unit
        if rel in ("past", "next", "coming") and the and unit not in ("day", "weekend"):
            code = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y",
                    "decade": "DE", "century": "CE"}[unit]
            return self.found(m, _plain_timex("DURATION", duration_value(1, code), unit))
        # Days count from the day the sentence talks about ("the next day"), not from today.
        if rel in self.lex["anchored_relative_words"] or rel == "that" or unit == "day":
            shift = self.lex["anchored_relative_words"].get(rel, self.lex["relative_words"].get(
                rel, 0))
            base = self.last_period if rel in ("that", "same") else (
                self.anchor(m.start())[0] if unit == "day" else self.compared_anchor(m.start()))
            period = coarsen(base, granularity) if base else None
            if rel == "that" and period is None:
                return None
            period = period.shift(shift) if period else Period(granularity, None)
            found = self.found(m, _date_timex(period, relative=True), period)
            found.anaphoric = True
            return found
        shift = self.lex["relative_words"][rel]
        if self.reference is None:
            period = Period(granularity, None)
        else:
            period = period_of(self.reference, granularity).shift(shift)
        return self.found(m, _date_timex(period, relative=True), period)

    def rule_unit_before(self, m):
        unit = m.group("unit").lower()
        shift = self.lex["anchored_relative_suffixes"][m.group("suf").lower()]
        anchor, _ = self.anchor(m.start())
        period = coarsen(anchor, unit) if anchor else None
        period = period.shift(shift) if period else Period(unit, None)
        return self.found(m, _date_timex(period, relative=True), period)

    def count_of(self, text: str) -> float | None:
        words = _words(text)
        if words in ("a", "an"):
            return 1.0
        if words in self.lex["vague_counts"]:
            return None
        return parse_number(words)

    def rule_relative_count(self, m):
        """"the next 18 months"; without a count, a plural unit is a vague duration ("in the
        coming months" PXM)."""
        unit = m.group("unit").lower()
        code = self.lex["duration_units"][unit]
        if m.group("num") is None:
            if not unit.endswith("s"):
                return None
            return self.found(m, _plain_timex("DURATION", duration_value(None, code),
                                              UNIT_GRANULARITY[code]))
        count = self.count_of(m.group("num"))
        if count is None and _words(m.group("num")) not in self.lex["vague_counts"]:
            return None
        return self.found(m, _plain_timex("DURATION", duration_value(count, code),
                                          UNIT_GRANULARITY[code]))

    def rule_offset(self, m):
        unit_word = m.group("unit").lower()
        code = self.lex["duration_units"][unit_word]
        count = self.count_of(m.group("num"))
        direction, base = self.lex["offset_directions"][_words(m.group("dir"))]
        if base == "anchor" and _words(m.group("dir")) in ("before", "after") and not re.match(
                r"\s*(?:[,.;:)]|$)", self.text[m.end():m.end() + 2]):
            return self.rule_duration(m, span=(m.start(), m.start("unit") + len(unit_word)))
        granularity = UNIT_GRANULARITY[code]
        if count is None or not float(count).is_integer() or granularity not in (
                "day", "week", "month", "quarter", "year", "decade", "century"):
            return self.found(m, _plain_timex("DATE", "PAST_REF" if direction < 0 else
                                              "FUTURE_REF"))
        start_period = (self.compared_anchor(m.start()) if base == "anchor" else
                        (period_of(self.reference, "day") if self.reference else None))
        if start_period is None:
            period = Period(granularity, None)
        elif base == "anchor" and granularity == "year" and \
                start_period.granularity in PER_YEAR:
            # "sales in the first quarter, up from a year earlier": the same quarter then.
            period = start_period.shift(int(count) * direction * PER_YEAR[start_period.granularity])
        else:
            period = coarsen(start_period, granularity) or Period(granularity, None)
            period = period.shift(int(count) * direction)
        found = self.found(m, _date_timex(period, relative=True), period)
        found.anaphoric = base == "anchor"
        return found

    def rule_same_ago(self, m):
        """"the same month a year ago": the period last talked about, seen at the named unit,
        one year earlier (the reference year's predecessor when nothing was talked about)."""
        unit = m.group("unit").lower()
        anchor = self.last_period
        if anchor is not None and unit in GRANULARITY_ORDER:
            anchor = coarsen(anchor, unit)
        if anchor is None or not anchor.resolved:
            anchor = period_of(self.reference, "year") if self.reference else None
        if anchor is None:
            return self.found(m, _date_timex(Period("year", None), relative=True))
        first = anchor.interval()[0]
        # February 29 has no twin a year earlier; the 28th stands in for it.
        leap_day = (first.month, first.day) == (2, 29)
        earlier = first.replace(year=first.year - 1, day=28 if leap_day else first.day)
        period = period_of(earlier, anchor.granularity)
        return self.found(m, _date_timex(period, relative=True), period)

    def rule_modified_unit(self, m):
        unit = m.group("unit").lower()
        modifier = self.modifier_named(m.group("modp"))
        period = self.current(unit)
        return self.found(m, _date_timex(period, modifier, relative=True), period)

    def rule_in_the_unit(self, m):
        unit = m.group("unit").lower()
        modifier = {"early": "START", "late": "END"}.get(m.group("el").lower())
        period = self.current(unit)
        return self.found(m, _date_timex(period, modifier, relative=True), period)

    def rule_unit_end(self, m):
        period = self.current(m.group("unit").lower())
        return self.found(m, _date_timex(period, "END", relative=True), period)

    def current(self, unit: str) -> Period:
        """"the day" is the day talked about; "the year", "the month" those of the reference
        date."""
        if unit == "day" and self.last_day is not None:
            return self.last_day
        return period_of(self.reference, unit) if self.reference else Period(unit, None)

    def rule_the_day(self, m):
        day = self.last_day or (period_of(self.reference, "day") if self.reference else None)
        period = day or Period("day", None)
        return self.found(m, _date_timex(period, relative=True), period)

    def rule_the_quarter(self, m):
        """The quarter the article reports (its last month or quarter talked about), else
        the last quarter ended by the reference date, the one results are given for. Not a
        town's quarter ("residents of the quarter")."""
        if self.previous_words(m.start(), 1) == ["of"]:
            return None
        last = self.last_compared
        if last is not None and last.granularity in ("month", "quarter"):
            period = coarsen(last, "quarter")
        elif self.reference is not None:
            period = period_of(self.reference, "quarter").shift(-1)
        else:
            period = Period("quarter", None)
        found = self.found(m, _date_timex(period, relative=True), period)
        found.anaphoric = True
        return found

    def rule_the_weekend(self, m):
        """The weekend before the reference date in past-tense sentences, else the coming one
        (the reference date's own weekend when it falls on one)."""
        if self.reference is None:
            return self.found(m, _date_timex(Period("weekend", None), relative=True))
        this_week = period_of(self.reference, "weekend")
        first, last = this_week.interval()
        if self.reference < first and self.direction(m.start(), m.end()) == "past":
            this_week = this_week.shift(-1)
        return self.found(m, _date_timex(this_week, relative=True), this_week)

    def rule_duration(self, m, span: tuple[int, int] | None = None):
        unit_word = m.group("unit").lower()
        code = self.lex["duration_units"][unit_word]
        num = _words(m.group("num"))
        if code == "Q" and self.next_word(m.end()).lower() == "of":
            return None
        count = self.count_of(num)
        if count is None and num not in self.lex["vague_counts"]:
            return None
        if num in ("a", "an", "one"):
            if code == "S":
                return None
            previous = self.previous_words(m.start(), 1)
            if previous and previous[0] in self.lex["duration_signals"]:
                pass
            elif num != "one" and self.is_rate(m.start()):
                return self.found(m, _plain_timex("SET", duration_value(1, code),
                                                  UNIT_GRANULARITY[code]), span=span)
            elif num != "one" and not self.is_verb_before(m.start()):
                return None
        return self.found(m, _plain_timex("DURATION", duration_value(count, code),
                                          UNIT_GRANULARITY[code]), span=span)

    def is_rate(self, start: int) -> bool:
        """Whether "a year" at ``start`` follows an amount, making it a frequency ("15 a year",
        "$4 billion a year", "150,000 vehicles a year", "£4m in sales a day"), a conversion in
        brackets or a comparative between them ("TSh 4.5 billion ($1.7 million) a year", "400
        pesos more a month")."""
        insert = RATE_INSERT.search(self.text, max(0, start - 60), start)
        if insert:
            start = insert.start()
        before = self.text[max(0, start - 40):start]
        if self.stage.set_preceder_re.search(before):
            return True
        token = self.token_before(start)
        if token is None:
            return False
        if self.has_tags:
            # "two return trips a day": a plural the tagger took for a verb after a count.
            counted = token.tag_ == "VBZ" and any(
                t.tag_ == "CD" for t in token.doc[max(0, token.i - 2):token.i])
            return token.tag_ in ("NN", "NNS", "NNP", "NNPS", "CD") or counted
        return token.is_lower and token.text.endswith("s") and len(token.text) > 3

    def is_verb_before(self, start: int) -> bool:
        token = self.token_before(start)
        return bool(token is not None and self.has_tags and token.tag_.startswith("VB"))

    def token_before(self, start: int):
        index = bisect_left(self.token_starts, start) - 1
        return self.doc[index] if index >= 0 else None

    def rule_bare_unit(self, m):
        group = next(g for g in ("unit", "unit2", "unit3", "unit4", "unit5") if m.group(g))
        if group == "unit5" and re.search(r"\d[\s-]*$", self.text[max(0, m.start(group) - 8):
                                                                m.start(group)]):
            return None  # counted ("3 weeks before"): the duration rule reads it
        code = self.lex["duration_units"][m.group(group).lower()]
        span = (m.start(group), m.end(group)) if group in ("unit", "unit4") else None
        return self.found(m, _plain_timex("DURATION", duration_value(None, code),
                                          UNIT_GRANULARITY[code]), span=span)

    def rule_every(self, m):
        # "played every minute of the championship": each part of a whole, no frequency.
        if self.next_word(m.end()).lower() == "of":
            return None
        # "50 megabits per second": the money stage read a rate of a measure, one unit.
        if any(span.start_char <= m.start() < span.end_char
               for span in self.doc.spans.get(QUANTITIES_KEY, ())):
            return None
        code = self.lex["duration_units"][m.group("unit").lower()]
        num = m.group("num")
        count = 2 if num and num.lower() == "other" else (self.count_of(num) if num else 1)
        return self.found(m, _plain_timex("SET", duration_value(count, code),
                                          UNIT_GRANULARITY[code]))

    def holiday(self, name: str, year: int) -> Period:
        """A holiday's day in ``year``: a fixed [month, day] or the nth weekday of a month
        [month, isoweekday, n] (n = -1: the last)."""
        spec = self.lex["holidays"][name]
        if len(spec) == 2:
            return Period("day", year, spec[0], spec[1])
        month, weekday, nth = spec
        days = [date(year, month, d) for d in range(1, month_end(year, month).day + 1)
                if date(year, month, d).isoweekday() == weekday]
        return period_of(days[nth if nth < 0 else nth - 1], "day")

    def rule_holiday(self, m):
        if not m.group("name")[0].isupper():
            return None
        name = _words(m.group("name")).replace("’", "'")
        if m.group("year"):
            period = self.holiday(name, int(m.group("year")))
            return self.found(m, _date_timex(period), period)
        if self.reference is None:
            spec = self.lex["holidays"][name]
            period = Period("day", None, spec[0], spec[1] if len(spec) == 2 else None)
            return self.found(m, _date_timex(period, relative=True), period)
        options = [self.holiday(name, y) for y in range(self.reference.year - 1,
                                                        self.reference.year + 2)]
        period = self.pick(options, m.start())
        return self.found(m, _date_timex(period, relative=True), period)

    def rule_set_word(self, m):
        # A publication's name ("Harbour Weekly", "the sports daily Gazeta", "Grain market
        # weekly:" over a column) names no frequency: the word ends a name or a heading, or
        # stands as a noun before one.
        before = self.text[max(0, m.start() - 30):m.start()]
        if m.group(0)[0].isupper() and re.search(r"[A-Z][\w'’&-]*\s+$", before) or \
                re.match(r"\s*(?:[:|–—]|-\s|[A-Z])", self.text[m.end():m.end() + 3]):
            return None
        # "the annual report", "a monthly pass": a kind of document, gathering or ticket.
        if self.next_word(m.end()).lower() in self.stage.set_word_kinds:
            return None
        kind, value, granularity = self.lex["set_words"][m.group(0).lower()]
        return self.found(m, _plain_timex(kind, value, granularity))
