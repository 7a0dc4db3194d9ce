"""artex_money stage: monetary amounts and counted quantities, normalised.

Candidates come from a scan of ``doc.text`` (numbers in digits or words, then the currency
marks, scale, unit and qualifier words around them), so the stage works on a blank pipeline.
What the statistical model adds, when it ran, is extra: part-of-speech tags let any plural
noun be a count's unit ("1,100 dealerships") and find amounts written without a currency
("the four billion it has already received"), as do the NER's MONEY entities. Every table is
in ``models/currencies.json`` and ``models/money.json``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from artex.currency_table import local_marks, world_currencies
from artex.numbers import (
    COUNT_NOUNS,
    FRACTIONS,
    SCALES,
    TENS,
    UNITS,
    parse_number,
    round_float,
)
from artex.stages.common import (
    NOT_BODY,
    Stage,
    doc_text,
    load_json,
    section_ranges,
    token_starts,
    word_alternation,
)

MONEY_KEY = "artex_money"
QUANTITIES_KEY = "artex_quantities"

CURRENCIES_FILE = "currencies.json"
LEXICON_FILE = "money.json"

# Indian grouping ("45,67,890.50", "1,23,45,678") before the Western one ("1,500").
_DIGITS = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_JOINERS = ("a", "an", "and", "of")
# Words in the longest number read ("one hundred and twenty-five thousand three hundred and
# six" has 11); it bounds the work on long runs of number words.
_LONGEST_NUMBER = 16
# Years stand alone in text far more often than they count anything.
_YEAR_RANGE = (1900, 2100)


def _alternation(phrases, *, ignore_case: bool, open_end: bool = False) -> str:
    """Longest-first alternation of literal phrases; inner spaces match spaces or hyphens and
    a phrase that starts (ends) with a letter must not continue a word (it may run into what
    follows when open_end: "USD5m")."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"[\s-]+".join(re.escape(p) for p in phrase.split(" "))
        if phrase[:1].isalnum():
            body = r"(?<![^\W_])" + body
        if phrase[-1:].isalnum() and not open_end:
            body += r"(?![^\W_])"
        parts.append(body)
    joined = "|".join(parts)
    return f"(?i:{joined})" if ignore_case else f"(?:{joined})"


def _key(phrase: str) -> str:
    """A phrase as the tables key it: lower case, words joined by one space."""
    return re.sub(r"(?<=\w)[\s-]+(?=\w)", " ", phrase.lower())


def _ascii(text: str) -> str:
    """"colón" -> "colon": names as an English keyboard writes them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def _adjective(name: str) -> str:
    """The capitalised words before a currency's noun: "South Korean" of "South Korean won"."""
    words = name.split(" ")[:-1]
    taken = []
    for word in words:
        if not word[:1].isupper():
            break
        taken.append(word)
    return " ".join(taken)


def _compact(mark: str) -> str:
    """A currency mark without its spaces: "HK $" is keyed "HK$"."""
    return re.sub(r"\s+", "", mark)


@dataclass(frozen=True)
class MinorUnit:
    """A word for a hundredth ("cents", "kobo"): the currencies it may belong to, and the one
    it belongs to when no amount of theirs is near ("dollar": the text's dollar)."""

    currencies: tuple[str, ...]
    default: str | None


@dataclass(frozen=True)
class Atom:
    """One number with what is written around it (offsets into doc.text)."""

    start: int  # first character of the expression (currency mark or number)
    end: int  # last character + 1 (scale, currency name or unit included)
    value: float
    scale: float  # the scale written with the number ("billion", "bn"), 1 when none
    currency: str | None = None
    money: bool = False  # some currency mark was seen (currency may still be unknown)
    bare_dollar: bool = False  # "$" or "dollars": the text's dollar, USD unless glossed
    ambiguous_name: str | None = None  # "pesos", "¥", "Sh": resolved by the places named
    minor: str | None = None  # "cents", "centavos": the word for a hundredth, settled by context
    # A one-letter scale written without a currency ("4m" in "$3-4m"): (factor, end).
    pending_scale: tuple[float, int] | None = None
    unit: str | None = None
    vague: bool = False


@Language.factory(
    "artex_money",
    assigns=["doc.spans", "span._.artex_money", "span._.artex_quantity"],
    requires=["doc.text"],
    default_config={"context_chars": 40},
)
class MoneyExtractor(Stage):
    """Finds money amounts ("US$40 billion", "9.9 billion yuan", "$5 a share") and quantities
    ("30%", "3,000 people", "2-nanometer") with qualifiers, ranges and rates."""

    def __init__(self, nlp: Language, name: str, context_chars: int):
        self.name = name
        self.context_chars = context_chars

    def load_data(self, models_dir: Path, nlp: Language | None) -> None:
        self._compile_currencies(load_json(models_dir, CURRENCIES_FILE))
        self._compile_lexicon(load_json(models_dir, LEXICON_FILE))

    # ------------------------------------------------------------------ tables
    def _compile_currencies(self, table: dict) -> None:
        self.default_dollar = table["default_dollar"]
        world = world_currencies()
        # Marks ("HK$", "Rs", "USD") and names ("Indian rupees") -> currency (None: the text's
        # dollar, or a currency the places of the text settle).
        self.symbol_currency: dict[str, str | None] = {}
        self.name_currency: dict[str, str | None] = {}
        self.place_currency: dict[str, set[str]] = {}
        self.local_marks = local_marks(table)
        written_marks = [*table["dollar_symbols"], *self.local_marks]
        for entry in table["currencies"]:
            written_marks += entry["symbols"]
            for symbol in entry["symbols"]:
                self.symbol_currency[_compact(symbol)] = entry["code"]
            for name in entry["names"]:
                self.name_currency[_key(name)] = entry["code"]
            self._add_places(entry["places"], entry["code"])
        for symbol in table["dollar_symbols"]:
            self.symbol_currency[symbol] = None
        for name in table["dollar_names"]:
            self.name_currency[name] = None
        self.ambiguous_names = dict(table["ambiguous_names"])
        self.first_when_unnamed = frozenset(table["first_when_unnamed"])
        self.ambiguous_symbols = {sign: list(codes)
                                  for sign, codes in table["ambiguous_symbols"].items()}
        for mark in self.local_marks:
            self.symbol_currency[mark] = None
        shared_heads: dict[str, list[str]] = {}
        for currency in world:
            self.symbol_currency.setdefault(currency.code, currency.code)
            written_marks.append(currency.code)
            # "RD$2.8 billion": a sign the locales write. One that another currency has too
            # ("C$": the Canadian dollar, first, and the córdoba) is shared, and the places the
            # text names settle it, as for the other shared signs.
            for sign in currency.local_signs if currency.active else ():
                owner = self.symbol_currency.get(_compact(sign), currency.code)
                if _compact(sign) not in self.symbol_currency:
                    self.symbol_currency[_compact(sign)] = currency.code
                    written_marks.append(sign)
                elif owner not in (None, currency.code):
                    options = self.ambiguous_symbols.setdefault(_compact(sign), [owner])
                    if currency.code not in options:
                        options.append(currency.code)
            for name in (currency.name, currency.plural):
                for written in {_key(name), _key(_ascii(name))}:
                    self.name_currency.setdefault(written, currency.code)
                # "120 million convertible marks": the name without its country's adjective,
                # where more than the noun is left.
                rest = name[len(_adjective(name)):].strip()
                if " " in rest:
                    self.name_currency.setdefault(_key(rest), currency.code)
            head = _key(currency.plural).split(" ")[-1]
            if head != _key(currency.plural) or currency.name == currency.plural:
                shared_heads.setdefault(head, []).append(currency.code)
            self._add_places([*currency.places, _adjective(currency.name)], currency.code)
        # "25 million quetzales", "410 million meticais": the plural of the country's own
        # language, after the English ones.
        for currency in world:
            for name in currency.local_names:
                for written in {_key(name), _key(_ascii(name))}:
                    shared_heads.setdefault(written, []).append(currency.code)
        # "45 million denars", "3,000 leks": the English plural the press gives a noun whose
        # plural CLDR writes in the country's language ("denari", "lekë"); not that of a noun
        # that is an English word ("3 golds" are medals).
        for currency in world:
            noun = _key(currency.name).split(" ")[-1]
            if noun not in table["not_bare_names"] and not noun.endswith("s"):
                codes = shared_heads.setdefault(noun + "s", [])
                if currency.code not in codes:
                    codes.append(currency.code)
        for head, codes in shared_heads.items():
            if head in self.name_currency or head in self.ambiguous_names \
                    or head in table["not_bare_names"]:
                continue
            if len(codes) == 1:
                self.name_currency[head] = codes[0]
            else:
                self.ambiguous_names[head] = codes
                self.name_currency[head] = None
        # "a 1.2 billion-real plant", "a 500-peso fine": a compound keeps the noun singular,
        # and after a hyphen the noun of any currency is its name ("real" alone is a word).
        singular_heads: dict[str, list[str]] = {}
        for currency in world:
            singular_heads.setdefault(_key(currency.name).split(" ")[-1], []).append(
                currency.code)
        self.hyphen_names: dict[str, str | None] = {}
        for head, codes in singular_heads.items():
            if head in self.name_currency or head in table["not_hyphen_names"]:
                continue
            self.hyphen_names[head] = codes[0] if len(codes) == 1 else None
            if len(codes) > 1:
                self.ambiguous_names.setdefault(head, codes)
        self.hyphen_suffix_re = re.compile(
            rf"-({_alternation(self.hyphen_names, ignore_case=True)})")
        # "18 million birr", "40 billion kip", "6 million lats": the press writes many
        # currencies' nouns without the plural CLDR gives them. Such a singular is a name after
        # a number only in lower case ("5,000 Guarani" are people).
        self.bare_singular_re = re.compile(r"\s+({})".format(_alternation(
            [head for head in self.hyphen_names if head not in table["not_bare_names"]],
            ignore_case=False)))
        for name in self.ambiguous_names:
            self.name_currency.setdefault(name, None)
        self.place_names = sorted(self.place_currency)
        # The place names by their first three characters, for those that start with a capital
        # letter (all but "US"): places_named tests only those whose three characters stand in
        # the text after one of the capitals that open a name, instead of all of them.
        self.places_by_head: dict[str, list[int]] = {}
        self.unheaded_places: list[int] = []
        for k, place in enumerate(self.place_names):
            if len(place) >= 3 and place[0].isupper():
                self.places_by_head.setdefault(place[:3], []).append(k)
            else:
                self.unheaded_places.append(k)
        openers = sorted({head[0] for head in self.places_by_head})
        self.place_opener_re = re.compile(f"[{re.escape(''.join(openers))}]") if openers \
            else None
        self.dollar_marks = set(table["dollar_symbols"]) | set(table["dollar_names"])

        self.minor_units: dict[str, MinorUnit] = {}
        by_head: dict[str, list[str]] = {}
        for currency in world:
            by_head.setdefault(_key(currency.name).split(" ")[-1], []).append(currency.code)
        for minor in table["minor_units"]:
            currencies = tuple(minor.get("currencies") or
                               (c for head in minor["of"] for c in by_head.get(head, ())))
            unit = MinorUnit(currencies, minor.get("default", currencies[0]))
            for name in minor["names"]:
                self.minor_units[_key(name)] = unit
        for currency in world:
            # "2.45 Singapore cents": a country's own cents.
            if _key(currency.name).endswith(" dollar") and currency.active:
                unit = MinorUnit((currency.code,), currency.code)
                for cents in ("cents", "cent"):
                    self.minor_units.setdefault(f"{_key(_adjective(currency.name))} {cents}",
                                                unit)
        self.minor_digits = {c.code: c.minor_digits for c in world}
        self.active = {c.code for c in world if c.active}
        self.name_words = {c.code: len(c.name.split()) for c in world}

        # The capital letters before a sign match in any case and may stand apart from it
        # ("hk $ 2.3 billion", "c $ 75 million"), unless in lower case they are an English word
        # ("a $5" is not "A$5"); other marks match as written.
        words = set(table["lower_case_words"])
        self.any_case_marks: dict[str, str] = {}
        for mark in map(_compact, written_marks):
            letters, sign = re.match(r"([A-Za-z.]*)(.*)$", mark, re.S).groups()
            if sign and letters.isupper() and letters.lower() not in words:
                self.any_case_marks[mark.casefold()] = mark
        self.mark_window = max(map(len, written_marks)) + 2
        self.prefix_last_chars = {c for mark in written_marks
                                  for c in (mark[-1], mark[-1].lower())}
        codes = _alternation([c.code for c in world], ignore_case=False)
        names = _alternation(self.name_currency, ignore_case=True)
        minors = _alternation([m for m in self.minor_units if len(m) > 1 and m.isascii()],
                              ignore_case=True)
        signs = "|".join(re.escape(m) for m in written_marks if m not in self.dollar_marks
                         and not any(c.isascii() and c.isalnum() for c in m))
        self.suffix_re = re.compile(rf"(?:\s+|-)({codes}|{minors}|{names})|\s?({signs})")
        # The same pattern's sign branch alone, for the common case where the word after the
        # number starts no code or name: that branch then cannot match, and trying the long
        # alternation of names at every number was most of the cost of this pattern.
        self.sign_suffix_re = re.compile(rf"\s?({signs})")
        phrases = [c.code for c in world] + [m for m in self.minor_units
                                             if len(m) > 1 and m.isascii()]
        self.suffix_leads = _Leads([*phrases, *self.name_currency])
        singular = _alternation([m for m in self.minor_units if " " not in m and len(m) > 1],
                                ignore_case=True)
        self.single_minor_re = re.compile(rf"(?<![^\W_])(?i:an?)\s+({singular})")
        attached = [m for m in self.minor_units if len(m) == 1]
        self.attached_minor_re = re.compile(
            rf"({'|'.join(map(re.escape, attached))})(?![^\W_])")
        # "$57 million (US$78 million)": the "$" amount is glossed in US dollars.
        self.gloss_re = re.compile(r"\s*\(\s*(?:[a-z]+\s+)?(?:US\$|U\.S\.\$|USD\s?)\d")
        self.two_units_gap_re = re.compile(r"\s+(?:and\s+)?")

    def _add_places(self, places, code: str) -> None:
        # CLDR writes "Bosnia & Herzegovina", "Trinidad & Tobago": the press "Bosnia and
        # Herzegovina", or the first name alone.
        places = [written for place in places for written in
                  ([place, place.replace(" & ", " and "), place.split(" & ")[0]]
                   if " & " in place else [place])]
        for place in places:
            if place:
                self.place_currency.setdefault(_place_key(place), set()).add(code)
                # Wire datelines write the city in capitals ("JOHANNESBURG, Aug 27 -"); short
                # names in capitals are too often something else ("MALI" no, "US" an acronym).
                if len(place) >= 5 and not place.isupper():
                    self.place_currency.setdefault(_place_key(place.upper()), set()).add(code)

    def _compile_lexicon(self, lexicon: dict) -> None:
        self.scale_words = lexicon["scale_words"]
        self.scale_abbreviations = lexicon["scale_abbreviations"]
        abbreviations = sorted(self.scale_abbreviations, key=len, reverse=True)
        self.attached_scale_re = re.compile(
            rf"({'|'.join(map(re.escape, abbreviations))})(?![^\W_])")
        words = "|".join(sorted(self.scale_words, key=len, reverse=True))
        spaced = "|".join(re.escape(a) for a in abbreviations if len(a) > 1)
        self.spaced_scale_re = re.compile(rf"(?:[\s-]*((?i:{words}))|\s+({spaced}))(?![^\W_])")
        vague = lexicon["vague_scales"]
        self.vague_plural = vague["plural"]
        self.vague_multipliers = vague["multipliers"]
        self.vague_qualifier = vague["qualifier"]
        plural = _alternation(self.vague_plural, ignore_case=True)
        multiplier = _alternation(self.vague_multipliers, ignore_case=True)
        self.vague_re = re.compile(rf"(?:({multiplier})\s+of\s+)?({plural})\s+of(?=\s)")

        self.qualifier_before = {_key(k): v for k, v in lexicon["qualifiers_before"].items()}
        self.qualifier_after = {_key(k): v for k, v in lexicon["qualifiers_after"].items()}
        before = _alternation(self.qualifier_before, ignore_case=True)
        self.qualifier_before_re = re.compile(rf"({before})[\s(]*$")
        after = _alternation([q for q in self.qualifier_after if q[0].isalpha()],
                             ignore_case=True)
        attached_after = "|".join(re.escape(q) for q in self.qualifier_after
                                  if not q[0].isalpha())
        # "678 points or more than 7.3%": "or more" followed by "than" qualifies what follows.
        self.qualifier_after_re = re.compile(
            rf"(?:\s+({after})|({attached_after})(?![^\W_]))(?!\s+than\b)")

        ranges = lexicon["range"]
        symbols = "|".join(re.escape(c) for c in ranges["connectors"] if not c.isalpha())
        words = "|".join(c for c in ranges["connectors"] if c.isalpha())
        self.range_gap_re = re.compile(rf"\s*(?:{symbols})\s*|\s+(?:{words})\s+")
        self.and_gap_re = re.compile(r"\s+and\s+")
        self.between_words = set(ranges["between_words"])
        self.from_words = set(ranges["from_words"])
        self.by_words = set(ranges["by_words"])
        self.range_verbs = set(ranges["range_verbs"])
        self.change_words = set(ranges["change_words"])
        self.range_window = ranges["window"]

        rate = lexicon["rate"]
        self.rate_units = {_key(k): v for k, v in rate["units"].items()}
        joiners = "|".join(j for j in rate["joiners"] if j.isalpha())
        not_rate = _alternation(rate["not_followed_by"], ignore_case=True)
        self.rate_re = re.compile(
            rf"(?:[\s-]+(?i:{joiners})[\s-]+|\s*/\s*)"
            rf"({_alternation(self.rate_units, ignore_case=True)})(?!\s+{not_rate})")

        units = lexicon["quantity_units"]
        self.count_units = {_key(k): v for k, v in units["counts"].items()}
        self.quantity_units = {_key(k): v for k, v in units["measures"].items()}
        self.quantity_units.update(self.count_units)
        measures = set(units["measures"].values())
        self.measure_per_re = re.compile(
            rf"\s+per\s+({_alternation(units['per'], ignore_case=False)})(?![^\W_])")
        self.measure_names = {name for name in measures if " per " not in name}
        self.count_noun_tags = set(lexicon["count_noun_tags"])
        self.not_count_nouns = set(lexicon["not_count_nouns"])
        # Their singulars, as a hyphen compound writes them ("a 15-year deal").
        self.not_count_singulars = {
            noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun
            for noun in self.not_count_nouns}
        self.modifier_tags = set(lexicon["modifier_tags"])
        self.unit_modifier_tags = set(lexicon["unit_modifier_tags"])
        self.elliptic_determiners = set(lexicon["elliptic_determiners"])
        self.quantity_modifiers = {m.lower() for m in lexicon["quantity_modifiers"]}
        modifiers = _alternation(lexicon["quantity_modifiers"], ignore_case=True)
        unit_words = _alternation([u for u in self.quantity_units if u[0].isalpha()],
                                  ignore_case=True)
        self.unit_re = re.compile(rf"(?:\s+(?:{modifiers}\s+)?|-)({unit_words})")
        attached = "|".join(re.escape(u) for u in sorted(lexicon["attached_units"], key=len,
                                                         reverse=True) if u != "%")
        self.attached_unit_re = re.compile(rf"\s?(%)|(?i:({attached}))(?![^\W_])")
        self.exclusion_res = [re.compile(p) for p in lexicon["exclusions"]]

        number_words = [*UNITS, *TENS, *SCALES, *COUNT_NOUNS, *FRACTIONS, *_JOINERS]
        # The words as a trie, and a run only tried where a digit or a number word's first
        # letter stands: the scan tries the pattern at every position of the text.
        token = rf"(?:{_DIGITS})|(?i:\b{word_alternation(number_words)}\b)"
        first_letters = re.escape("".join(sorted({word[0] for word in number_words})))
        # Not inside another number ("1.5", "1,500"); "Rs.500" is a number after a symbol.
        self.number_run_re = re.compile(
            rf"(?=\d|(?i:[{first_letters}]))"
            rf"(?<![\d,])(?<!\d\.)(?:{token})(?:(?:[ \t]+|-)(?:{token}))*")
        self.number_token_re = re.compile(token)
        self.list_number_re = re.compile(r"[ \t]*\d+[.)](?=\s|\Z)")  # at a line start
        self.name_before_re = re.compile(r"(?:[^\W\d_]|(?<![\w-])[^\W\d_]\w*-)$")
        joiners = _alternation(ranges["joiners"], ignore_case=True)
        # A count just before ("five new 737 aircraft": the second number is a model's name);
        # a year is none ("the drought of 2024 killed 7.1 million animals").
        self.counted_before_re = re.compile(
            rf"(?:\d(?<!\b1[89]\d\d)(?<!\b20\d\d)|(?i:\b(?:{'|'.join([*UNITS, *TENS])})))\s+"
            rf"(?:(?!{joiners})[a-z]+\s+)?$")
        self.coordination_re = re.compile(r"\s*(?:,|,?\s+(?i:and|or))\s+")

    # ------------------------------------------------------------------ matching
    def match(self, doc: Doc) -> dict[str, list[dict]]:
        """Money and quantity candidates as plain data: {"money": [...], "quantities": [...]},
        each {"start", "end", "value"} with the extension value."""
        text = doc_text(doc)
        atoms = self._atoms(text)
        atoms += self._vague_atoms(text, atoms)
        atoms += self._single_minor_atoms(text)
        atoms.sort(key=lambda a: a.start)
        if doc.has_annotation("TAG"):
            atoms = self._tagged_units(doc, text, atoms)
        dollar = self._text_dollar(text, atoms)
        places = self.places_named(text) if any(a.ambiguous_name or a.minor for a in atoms) \
            else Counter()
        # A piece of a long text falls back on the places the whole text names.
        wider = Counter(doc._.artex_text_places or {})
        atoms = self._join_two_units(text, self._settle_currencies(atoms, dollar, places,
                                                                   wider))
        atoms = self._elliptic_amounts(doc, text, atoms)
        skipped = section_ranges(doc, NOT_BODY)
        money, quantities = [], []
        previous = None
        for item in self._join_ranges(text, atoms):
            if skipped and skipped.overlaps(item[0].start, item[-1].end):
                continue
            if not all(math.isfinite(atom.value) for atom in item):
                continue  # a number past a float's range (400 nines) is no figure
            if item[0].money:
                money.append(self._money_record(text, item, previous))
            elif item[-1].unit is not None:
                quantities.append(self._quantity_record(text, item, previous))
            previous = item
        return {"money": money, "quantities": quantities}

    def set_annotations(self, doc: Doc, found: dict[str, list[dict]]) -> Doc:
        doc.spans[MONEY_KEY] = _spans(doc, found["money"], "MONEY", "artex_money")
        doc.spans[QUANTITIES_KEY] = _spans(doc, found["quantities"], "QUANTITY",
                                           "artex_quantity")
        return doc

    # ------------------------------------------------------------------ atoms
    def _is_blocked(self, text: str, start: int, end: int, names: bool = True) -> bool:
        """The number at text[start:end] numbers a list item or (when names) is part of a
        name."""
        numbering = self.list_number_re.match(text, text.rfind("\n", 0, start) + 1)
        if numbering and start < numbering.end():
            return True
        if not names:
            return False
        # Searching only around the number keeps the cost of the patterns off long texts.
        window_start, window_end = max(0, start - self.context_chars), end + 10
        return any(found.start() < end and start < found.end()
                   for pattern in self.exclusion_res
                   for found in pattern.finditer(text, window_start, window_end))

    def places_named(self, text: str) -> Counter:
        """How often the text names a place of each currency ("Kenya", "Nairobi": KES)."""
        if not self.initialized:
            self.initialize()
        # A pattern of the few places the text contains is far faster than one of them all.
        heads = {text[found.start():found.start() + 3]
                 for found in self.place_opener_re.finditer(text)} \
            if self.place_opener_re is not None else set()
        tried = sorted(self.unheaded_places + [k for head in heads
                                               for k in self.places_by_head.get(head, ())])
        named = tuple(self.place_names[k] for k in tried if self.place_names[k] in text)
        if not named:
            return Counter()
        return Counter(code for found in _place_pattern(named).finditer(text)
                       for code in self.place_currency[_place_key(found.group())])

    def _settle_currencies(self, atoms: list[Atom], dollar: str | None, places: Counter,
                           wider: Counter) -> list[Atom]:
        """Give each amount its currency: "$" the text's dollar; a shared name or sign ("pesos",
        "¥") the currency whose places the text names most (else those ``wider``, the whole
        text of which this is a piece, names most); a local mark ("N850bn") that one, or it
        is no money at all; a minor unit that of the amount nearest before it (else after
        it) that may own it, in the major unit."""
        def most_named(options) -> str | None:
            return _most_named(options, places, self.active, self.name_words) \
                or _most_named(options, wider, self.active, self.name_words)

        settled = []
        for atom in atoms:
            name = atom.ambiguous_name
            if atom.bare_dollar:
                atom = replace(atom, currency=dollar)
            elif name in self.local_marks:
                currency = most_named(self.local_marks[name])
                if currency is None:
                    continue
                atom = replace(atom, currency=currency)
            elif name in self.ambiguous_names:
                options = self.ambiguous_names[name]
                currency = most_named(options)
                if currency is None and name in self.first_when_unnamed:
                    currency = options[0]
                atom = replace(atom, currency=currency)
            elif name in self.ambiguous_symbols:
                options = self.ambiguous_symbols[name]
                atom = replace(atom, currency=most_named(options) or options[0])
            settled.append(atom)
        for i, atom in enumerate(settled):
            if atom.minor is not None:
                settled[i] = self._settle_minor(atom, settled, i, dollar)
        return settled

    def _settle_minor(self, atom: Atom, atoms: list[Atom], i: int, dollar: str | None) -> Atom:
        unit = self.minor_units[atom.minor]
        nearest = [a for a in (*reversed(atoms[:i]), *atoms[i + 1:])
                   if a.money and a.minor is None and a.currency in unit.currencies]
        bare_dollar = False
        if nearest:
            currency = nearest[0].currency
        elif unit.default == "dollar":
            currency, bare_dollar = dollar, True
        else:
            currency = unit.default
        digits = self.minor_digits.get(currency) or 2
        return replace(atom, currency=currency, bare_dollar=bare_dollar, minor=None,
                       value=round_float(atom.value / 10 ** digits),
                       scale=atom.scale / 10 ** digits)

    def _join_two_units(self, text: str, atoms: list[Atom]) -> list[Atom]:
        """"7 dollars 25 cents", "three pounds and twenty pence": one amount."""
        joined: list[Atom] = []
        for atom in atoms:
            major = joined[-1] if joined else None
            if major is not None and major.money and atom.money and major.scale == 1 \
                    and major.value.is_integer() and atom.scale < 1 and atom.value < 1 \
                    and major.currency == atom.currency \
                    and not major.vague and not atom.vague and major.end <= atom.start \
                    and self.two_units_gap_re.fullmatch(text[major.end:atom.start]):
                joined[-1] = replace(major, end=atom.end,
                                     value=round_float(major.value + atom.value))
            else:
                joined.append(atom)
        return joined

    def _atoms(self, text: str) -> list[Atom]:
        """Each number in the text, read as the longest run of number words that parses, with
        what is written around it."""
        atoms = []
        for run in self.number_run_re.finditer(text):
            tokens = list(self.number_token_re.finditer(text, run.start(), run.end()))
            i = 0
            while i < len(tokens):
                for j in range(min(len(tokens), i + _LONGEST_NUMBER), i, -1):
                    first, last = tokens[i].start(), tokens[j - 1].end()
                    value = _number_value(text[first:last])
                    if value is not None:
                        atom = self._atom(text, first, last, value)
                        if atom is not None:
                            atoms.append(atom)
                        i = j
                        break
                else:
                    i += 1
        return atoms

    def _atom(self, text: str, start: int, end: int, value: float) -> Atom | None:
        prefix = self._currency_prefix(text, start)
        mark = prefix[1] if prefix else None
        # "P90" is a name ("G7", "P5") unless the text is Philippine: decided with its places.
        if self._is_blocked(text, start, end, names=mark not in self.local_marks):
            return None
        if not prefix and self.name_before_re.search(text, max(0, start - 12), start):
            return None  # part of a name or code: "A330", "KC-45", "COVID-19" (not "1m-2m")
        is_digits = text[start].isdigit()
        last_word = re.split(r"[\s-]+", text[start:end].lower())[-1]
        scale = SCALES[last_word] if last_word in SCALES and last_word != "hundred" else 1.0
        pos, atom_start = end, start
        currency, money, bare_dollar, ambiguous_name = None, False, False, None
        if prefix:
            currency, money = self.symbol_currency[mark], True
            bare_dollar = mark in self.dollar_marks
            ambiguous_name = mark if mark in self.ambiguous_symbols \
                or mark in self.local_marks else None
            atom_start = prefix[0]
        multiplier, pos, pending = self._scale_after(text, pos, is_digits, money)
        if len(mark or "") == 1 and mark in self.local_marks and multiplier == 1 \
                and end - start == 1 and not self.rate_re.match(text, pos):
            # "Q3 results", "a P2 protein": one letter and one digit name a thing, unless a
            # rate follows ("a dividend of R8 a share").
            return None
        scale, value = scale * multiplier, round_float(value * multiplier)
        if pending:
            return Atom(start, pos, value, scale, pending_scale=pending)
        suffix, suffix_start = self._currency_suffix(text, pos), pos
        attached = self.attached_minor_re.match(text, pos) if is_digits and not money else None
        minor = None
        if suffix is not None:
            suffix_currency, minor, pos, suffix_dollar = suffix
            # A named currency outranks a bare "$" ("$5 Australian dollars").
            if minor is not None:
                currency, bare_dollar, ambiguous_name = None, False, None
            elif not money or (bare_dollar and not suffix_dollar and suffix_currency):
                currency, bare_dollar = suffix_currency, suffix_dollar
                name = _key(text[suffix_start:pos].strip(" \t\n-"))
                ambiguous_name = name if name in self.ambiguous_names else None
            money = True
        elif attached:
            minor, money, pos = attached.group(1).lower(), True, attached.end()
        unit = None
        if not money:
            unit, unit_end = self._unit(text, pos, is_digits)
            if unit is not None and unit != "percent" and _looks_like_name(text, start, value):
                return None  # "Fortune 500 companies"
            if unit in self.count_units.values() and (
                    not is_digits and scale == 1 or self.counted_before_re.search(
                        text, max(0, start - self.context_chars), start)):
                # "the two nations": a small count in words is not a figure; in "five new
                # 737 aircraft" the second number is a model name.
                unit = None
            pos = unit_end if unit is not None else pos
        if is_digits and text[pos:pos + 1].isalpha():
            return None  # "5G", "787s", "2nd"
        return Atom(atom_start, pos, value, scale, currency, money, bare_dollar, unit=unit,
                    ambiguous_name=ambiguous_name, minor=minor)

    def _scale_after(self, text: str, pos: int, is_digits: bool,
                     money: bool) -> tuple[float, int, Atom | None]:
        """(multiplier, end, pending) of the scale written after the number. Words ("crore")
        and abbreviations of two letters or more ("bn") always count; a one-letter one ("4m")
        only for money, as "m" may be metres: without a currency it is left pending, for a
        range to settle ("$3-4m")."""
        multiplier, pending = 1.0, None
        abbreviation = self.attached_scale_re.match(text, pos) if is_digits else None
        if abbreviation:
            factor = self.scale_abbreviations[abbreviation.group(1)]
            if money or len(abbreviation.group(1)) > 1 \
                    or self._currency_suffix(text, abbreviation.end()):
                multiplier, pos = factor, abbreviation.end()
            else:
                pending = (factor, abbreviation.end())
        spaced = self.spaced_scale_re.match(text, pos)
        if spaced:
            word, abbreviated = spaced.groups()
            factor = self.scale_words[word.lower()] if word \
                else self.scale_abbreviations[abbreviated]
            pos = spaced.end()
            # "2.4 lakh crore", "5 thousand crore": a larger scale word multiplies again.
            while (larger := self.spaced_scale_re.match(text, pos)) and larger.group(1) \
                    and self.scale_words[larger.group(1).lower()] > factor:
                factor *= self.scale_words[larger.group(1).lower()]
                pos = larger.end()
            return multiplier * factor, pos, None
        return multiplier, pos, pending

    def _currency_prefix(self, text: str, start: int) -> tuple[int, str] | None:
        """(where it starts, the mark as the tables key it) for the longest currency symbol or
        code written just before the number at start (one space may stand between). A mark
        never continues a word or follows an apostrophe ("firm's $5")."""
        end = start - 1 if start > 0 and text[start - 1] in " \t\u00a0" else start
        if end == 0 or text[end - 1] not in self.prefix_last_chars:
            return None  # most numbers
        for begin in range(max(0, end - self.mark_window), end):
            written = text[begin:end]
            if written[0].isspace():
                continue
            compact = _compact(written)
            mark = compact if compact in self.symbol_currency \
                else self.any_case_marks.get(compact.casefold())
            if mark is None:
                continue
            before = text[begin - 1] if begin else " "
            if mark[0].isalnum() and (before.isalnum() or before in "'’"):
                continue
            return begin, mark
        return None

    def _currency_suffix(self, text: str, pos: int):
        """(currency, minor unit, end, is_dollar) for a currency code, name, sign or minor unit
        written after the number, else None."""
        if self.suffix_leads.may_start_at(text, _after_separator(text, pos)):
            found = self.suffix_re.match(text, pos)
            mark, sign = found.groups() if found else (None, None)
        else:
            found = self.sign_suffix_re.match(text, pos)
            mark, sign = None, found.group(1) if found else None
        if not found:
            found = self.hyphen_suffix_re.match(text, pos) or self.bare_singular_re.match(
                text, pos)
            if found is None:
                return None
            return self.hyphen_names[_key(found.group(1))], None, found.end(), False
        if sign:  # "500元"
            return self.symbol_currency[sign], None, found.end(), False
        key = _key(mark)
        if key in self.minor_units:
            return None, key, found.end(), False
        if mark in self.symbol_currency:
            return self.symbol_currency[mark], None, found.end(), False
        if key in ("pounds", "pound") and re.match(r"\s+of\b", text[found.end():]):
            return None  # a weight: "5 pounds of beef"
        return self.name_currency.get(key), None, found.end(), key in self.dollar_marks

    def _unit(self, text: str, pos: int, is_digits: bool) -> tuple[str | None, int]:
        attached = self.attached_unit_re.match(text, pos)
        if attached and (attached.group(1) or is_digits):
            found = attached.group(1) or attached.group(2)
            return self._per(text, self.quantity_units[found.lower()], attached.end())
        worded = self.unit_re.match(text, pos)
        if worded:
            return self._per(text, self.quantity_units[_key(worded.group(1))], worded.end())
        return None, pos

    def _per(self, text: str, unit: str, pos: int) -> tuple[str, int]:
        """"50 megabits per second": a measure per unit is one unit, "megabit per second"."""
        rate = self.measure_per_re.match(text, pos) if unit in self.measure_names else None
        return (f"{unit} per {rate.group(1)}", rate.end()) if rate else (unit, pos)

    def _vague_atoms(self, text: str, atoms: list[Atom]) -> list[Atom]:
        """"billions of dollars", "hundreds of millions of euros": vague lower bounds. (Vague
        counts such as "thousands of people" are not reported.)"""
        found = []
        lowered = text.lower()
        if not any(f"{plural} of" in lowered for plural in self.vague_plural):
            return found  # the common case, decided without the slower pattern
        for vague in self.vague_re.finditer(text):
            if any(a.start < vague.end() and vague.start() < a.end for a in atoms):
                continue
            value = self.vague_plural[vague.group(2).lower()]
            if vague.group(1):
                value *= self.vague_multipliers[vague.group(1).lower()]
            suffix = self._currency_suffix(text, vague.end())
            if suffix is not None and suffix[1] is None:
                found.append(Atom(vague.start(), suffix[2], value, value, suffix[0], True,
                                  suffix[3], vague=True))
        return found

    def _single_minor_atoms(self, text: str) -> list[Atom]:
        """"a penny", "a cent": one hundredth."""
        return [Atom(found.start(), found.end(), 1.0, 1.0, money=True,
                     minor=_key(found.group(1)))
                for found in self.single_minor_re.finditer(text)
                if not self._is_blocked(text, found.start(1), found.end())]

    def _tagged_units(self, doc: Doc, text: str, atoms: list[Atom]) -> list[Atom]:
        """With a tagger, a count's unit may be any plural noun ("1,100 dealerships",
        "1.2 million customer records"), not only the ones in the lexicon."""
        token_at: dict[int, int] | None = None  # token index by start, built when needed
        found = []
        for atom in atoms:
            counted = text[atom.start].isdigit() or atom.scale > 1
            if atom.money or atom.unit or atom.vague or not counted:
                found.append(atom)
                continue
            if token_at is None:
                token_at = {start: i for i, start in enumerate(token_starts(doc))}
            if text[atom.end:atom.end + 1] == "-":
                found.append(self._hyphen_unit(doc, text, atom, token_at.get(atom.end + 1)))
                continue
            index = token_at.get(_skip_spaces(text, atom.end))
            if index is None or _looks_like_name(text, atom.start, atom.value):
                found.append(atom)
                continue
            token = doc[index]
            modifiers, nouns, kept = 0, [], []
            while token is not None and modifiers < 2:
                # "low-cost homes": words joined by hyphens modify as one word.
                compound = _hyphen_compound(token)
                if compound is not None:
                    kept, token = [], _next_token(compound[-1])
                elif token.is_alpha and (token.tag_ in self.modifier_tags
                                         or token.lower_ in self.quantity_modifiers):
                    kept = [*kept, token] if token.tag_ in self.unit_modifier_tags \
                        and token.lower_ not in self.quantity_modifiers else []
                    token = _next_token(token)
                else:
                    break
                modifiers += 1
            while token is not None and token.is_alpha and token.tag_.startswith("NN"):
                nouns.append(token)
                token = _next_token(token)
            while nouns and nouns[-1].tag_ not in self.count_noun_tags:
                nouns.pop()
            # Neither its noun nor the first ("trades at 11 times earnings", "5 years
            # experience": a multiplier or a duration before the noun, which the number then
            # does not count) may be one the lexicon says counts nothing.
            if nouns and nouns[0].lower_ not in self.not_count_nouns \
                    and nouns[-1].lower_ not in self.not_count_nouns \
                    and not self.counted_before_re.search(
                        text, max(0, atom.start - self.context_chars), atom.start):
                unit = " ".join(t.lower_ for t in (*kept, *nouns))
                atom = replace(atom, end=nouns[-1].idx + len(nouns[-1]), unit=unit)
            found.append(atom)
        return found

    def _hyphen_unit(self, doc: Doc, text: str, atom: Atom, index: int | None) -> Atom:
        """"a 300-bed hospital", "the 51-member council": a count joined by a hyphen to a
        singular noun that modifies the noun after it counts that noun (not a duration, which
        is a date: "a 15-year deal", "a 12-year-old")."""
        if index is None or not text[atom.start].isdigit() or _looks_like_name(
                text, atom.start, atom.value):
            return atom
        token = doc[index]
        following = _next_token(token)
        if not (token.is_alpha and token.tag_ == "NN" and token.is_lower) \
                or token.lower_ in self.not_count_singulars or following is None \
                or not (following.tag_.startswith(("NN", "JJ")) or following.text == ",") \
                or self.counted_before_re.search(
                    text, max(0, atom.start - self.context_chars), atom.start):
            return atom
        return replace(atom, end=token.idx + len(token), unit=token.lower_)

    def _elliptic_amounts(self, doc: Doc, text: str, atoms: list[Atom]) -> list[Atom]:
        """A scaled number with no currency and nothing counted, after a determiner ("on top of
        the four billion it has already received") or called MONEY by the NER, is money in the
        currency of the amount before it in the sentence."""
        if not any(a.scale > 1 and not a.money and not a.unit for a in atoms):
            return atoms
        money_ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "MONEY"] \
            if doc.has_annotation("ENT_IOB") else []
        tagged = doc.has_annotation("TAG")
        split = doc.has_annotation("SENT_START")
        token_at = {start: i for i, start in enumerate(token_starts(doc))} if tagged else {}
        found = []
        for i, atom in enumerate(atoms):
            following_atom = atoms[i + 1] if i + 1 < len(atoms) else None
            if atom.money or atom.unit or atom.scale == 1 or (
                    following_atom is not None and self._range_gap(
                        text[atom.end:following_atom.start])):
                found.append(atom)
                continue
            in_money_ent = any(s <= atom.start and atom.end <= e for s, e in money_ents)
            index = token_at.get(_skip_spaces(text, atom.end))
            following = doc[index] if index is not None else None
            previous_word = re.search(r"(\w+)\W*$", text[max(0, atom.start - 20):atom.start])
            stands_alone = tagged and (following is None or not following.tag_.startswith(
                ("NN", "JJ", "CD"))) and previous_word is not None \
                and previous_word.group(1).lower() in self.elliptic_determiners
            sentence_start = _sentence_start(doc, text, atom.start, split)
            earlier = [a for a in found if a.money and sentence_start <= a.start]
            if in_money_ent or (stands_alone and earlier):
                source = earlier[-1] if earlier else Atom(0, 0, 0.0, 1.0)
                atom = replace(atom, money=True, currency=source.currency,
                               bare_dollar=source.bare_dollar)
            found.append(atom)
        return found

    def _text_dollar(self, text: str, atoms: list[Atom]) -> str | None:
        """The currency a bare "$" stands for: the default dollar, unless the text glosses its
        "$" amounts in US dollars ("$57 million (US$78 million)"), which says that they are
        some other currency the text does not name."""
        for atom in atoms:
            if atom.bare_dollar and self.gloss_re.match(text, atom.end):
                return None
        return self.default_dollar

    # ------------------------------------------------------------------ ranges and records
    def _join_ranges(self, text: str, atoms: list[Atom]) -> list[list[Atom]]:
        atoms = self._share_coordinated_units(text, atoms)
        items: list[list[Atom]] = []
        i = 0
        while i < len(atoms):
            first = atoms[i]
            second = atoms[i + 1] if i + 1 < len(atoms) else None
            if second is not None and (first.money or second.money):
                first, second = _settle_scale(first), _settle_scale(second)
            if second is not None and self._is_range(text, first, second):
                items.append(_share_range(first, second))
                i += 2
            else:
                items.append([first])
                i += 1
        return items

    def _share_coordinated_units(self, text: str, atoms: list[Atom]) -> list[Atom]:
        """"fell by 1.5 and 3 percent", "500 and 1,000 songs": the unit written once belongs
        to every number of the list (a "between" pair is a range, left to _is_range)."""
        shared = list(atoms)
        for i in range(len(shared) - 2, -1, -1):
            atom, following = shared[i], shared[i + 1]
            if atom.money or atom.unit or following.money or following.unit is None \
                    or not self.coordination_re.fullmatch(text[atom.end:following.start]) \
                    or self._words_before(text, atom.start)[-1:] == ["between"] \
                    or _looks_like_name(text, atom.start, atom.value):
                continue
            if following.unit in self.count_units.values() and atom.scale == 1 \
                    and not text[atom.start].isdigit():
                continue
            shared[i] = replace(atom, unit=following.unit)
        return shared

    def _is_range(self, text: str, first: Atom, second: Atom) -> bool:
        if first.vague or second.vague or first.end > second.start:
            return False
        if first.money and second.money:
            if first.currency != second.currency and not (first.bare_dollar
                                                          or second.bare_dollar):
                return False
        elif first.money or second.money:
            # Only a bare number may borrow the other end's currency ("$3-4 billion").
            bare = second if first.money else first
            # "cut its budget for 2026 to 24 billion crowns": a year is no end of an amount.
            if bare.unit is not None or bare is first and first.scale == 1 \
                    and _is_year(text, first.start, first.value):
                return False
        elif second.unit is None or first.unit not in (None, second.unit):
            return False
        gap = text[first.end:second.start]
        if not self._range_gap(gap):
            return False
        words = self._words_before(text, first.start)
        if self.and_gap_re.fullmatch(gap):
            joined = bool(words) and words[-1] in self.between_words
        else:
            if words and words[-1] in self.from_words:
                joined = any(w in self.range_verbs for w in words[:-1])
            elif words and words[-1] in self.by_words:
                joined = True  # "rise by 15% to 18%": the change itself is the range
            else:
                joined = not any(w in self.change_words for w in words)
        low, high = _range_values(first, second)
        return joined and low < high

    def _range_gap(self, gap: str) -> bool:
        return bool(self.and_gap_re.fullmatch(gap) or self.range_gap_re.fullmatch(gap))

    def _words_before(self, text: str, start: int) -> list[str]:
        line_start = text.rfind("\n", 0, start) + 1
        window = text[max(line_start, start - self.context_chars * 2):start]
        window = re.split(r"[.;:!?]\s", window)[-1]
        return re.findall(r"[a-z]+", window.lower())[-self.range_window:]

    def _qualifier(self, text: str, item: list[Atom], previous: list[Atom] | None) -> str:
        """From the words around the item; a conversion in parentheses with no qualifier of
        its own ("up to ¥500 billion ($3.3 billion)") shares that of the amount it converts."""
        if len(item) == 2:
            return "range"
        atom = item[0]
        after = self.qualifier_after_re.match(text, atom.end)
        if after:
            return self.qualifier_after[_key(after.group(1) or after.group(2))]
        line_start = text.rfind("\n", 0, atom.start) + 1
        before = self.qualifier_before_re.search(
            text, max(line_start, atom.start - self.context_chars), atom.start)
        if before:
            return self.qualifier_before[_key(before.group(1))]
        if previous is not None and len(previous) == 1 and previous[0].money == atom.money \
                and re.fullmatch(r"\s*\(\s*", text[previous[-1].end:atom.start]):
            return self._qualifier(text, previous, None)
        return self.vague_qualifier if atom.vague else "exact"

    def _money_record(self, text: str, item: list[Atom], previous: list[Atom] | None) -> dict:
        first, last = item[0], item[-1]
        currency = last.currency
        rate = self.rate_re.match(text, last.end)
        return {"start": first.start, "end": last.end, "value": {
            "amount": first.value,
            "amount_max": last.value if len(item) == 2 else None,
            "currency": currency,
            "qualifier": self._qualifier(text, item, previous),
            "per": self.rate_units[_key(rate.group(1))] if rate else None,
        }}

    def _quantity_record(self, text: str, item: list[Atom], previous: list[Atom] | None) -> dict:
        first, last = item[0], item[-1]
        return {"start": first.start, "end": last.end, "value": {
            "value": first.value,
            "value_max": last.value if len(item) == 2 else None,
            "unit": last.unit,
            "qualifier": self._qualifier(text, item, previous),
        }}


def _place_key(place: str) -> str:
    return re.sub(r"[\s-]+", " ", place)


@lru_cache(maxsize=256)
def _place_pattern(places: tuple[str, ...]) -> re.Pattern:
    return re.compile(_alternation(places, ignore_case=False))


def _most_named(candidates, places: Counter, active: set[str],
                name_words: dict[str, int]) -> str | None:
    """The candidate whose places the text names most often, a currency in use before a
    withdrawn one ("Mexico": the peso, not the silver peso), and of withdrawn ones the one
    named by its noun alone ("leva" in Bulgaria: the lev, not the hard or the socialist lev);
    None when none is named or two are named equally often."""
    named = sorted(((places[c], c in active, -name_words.get(c, 0), c)
                    for c in candidates if places[c]), reverse=True)
    if not named or (len(named) > 1 and named[0][:3] == named[1][:3]):
        return None
    return named[0][3]


def _hyphen_compound(token) -> list | None:
    """The tokens of "low-cost" or "state-of-the-art" from its first word, else None."""
    tokens = [token]
    while tokens[-1].is_alpha and not tokens[-1].whitespace_ \
            and tokens[-1].i + 2 < len(tokens[-1].doc):
        hyphen, word = tokens[-1].nbor(), tokens[-1].nbor(2)
        if hyphen.text != "-" or hyphen.whitespace_ or not word.is_alpha:
            break
        tokens += [hyphen, word]
    return tokens if len(tokens) > 1 and tokens[-1].is_alpha else None


def _number_value(number_text: str) -> float | None:
    lowered = number_text.lower()
    if lowered in FRACTIONS or lowered in _JOINERS:
        return None
    return parse_number(number_text)


def _is_year(text: str, start: int, value: float) -> bool:
    """The number at ``start`` is written as a year ("2026", not "2,026" or "2026.5")."""
    return value.is_integer() and _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1] \
        and re.match(r"\d{4}(?!\d)", text[start:start + 5]) is not None


def _looks_like_name(text: str, start: int, value: float) -> bool:
    """A count straight after a word with a capital inside a sentence is part of a name
    ("Fortune 500 companies", "Boeing 787 jets", "iOS 5 users"); a bare year counts nothing."""
    if _is_year(text, start, value):
        return True
    previous = re.search(r"(\S+)[ \t]+$", text[max(0, start - 40):start])
    if not previous or not previous.group(1).isalpha() \
            or not any(c.isupper() for c in previous.group(1)):
        return False
    head = text[:start - len(previous.group(0))].rstrip(" \t")
    return bool(head) and head[-1] not in ".!?:;\n\"“(‘'"


def _next_token(token):
    return token.nbor() if token.i + 1 < len(token.doc) else None


_SPACES = re.compile(r"\s+")
_LEAD = re.compile(r"[^\W_]*")


def _after_separator(text: str, pos: int) -> int | None:
    """Where a word after the number starts when one or more spaces or a hyphen stand before
    it (``(?:\\s+|-)`` of the suffix pattern; a phrase never starts with a space), else None."""
    if text.startswith("-", pos):
        return pos + 1
    spaces = _SPACES.match(text, pos)
    return spaces.end() if spaces else None


class _Leads:
    """The letters and digits each phrase of an alternation starts with (its leading word, up
    to any other character), to tell at once that no phrase can start at a position: a phrase
    matches only where the run of letters and digits there is its leading word, in any case.
    The test is exact for ASCII words; a word with other letters (whose case folding ``re``
    may treat otherwise than ``str.lower``) always counts as possible."""

    def __init__(self, phrases):
        leads = {_LEAD.match(phrase).group() for phrase in phrases}
        self.ascii = {lead.lower() for lead in leads if lead.isascii()}
        self.other_lengths = {len(lead) for lead in leads if not lead.isascii()}

    def may_start_at(self, text: str, pos: int | None) -> bool:
        if pos is None:
            return False
        word = _LEAD.match(text, pos).group()
        return not word.isascii() or len(word) in self.other_lengths \
            or word.lower() in self.ascii


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _sentence_start(doc: Doc, text: str, char: int, split: bool) -> int:
    """Start of the sentence holding char: from the sentence splitter when the doc is split,
    else from the line."""
    if split:
        token = doc.char_span(char, char + 1, alignment_mode="expand")
        if token is not None:
            return token.sent.start_char
    return text.rfind("\n", 0, char) + 1


def _range_values(first: Atom, second: Atom) -> tuple[float, float]:
    low = first.value
    if first.scale == 1 and second.scale > 1 and low * second.scale <= second.value:
        # "$3-4 billion": the scale written once covers both ends.
        low = round_float(low * second.scale)
    return low, second.value


def _settle_scale(atom: Atom) -> Atom:
    """Apply a pending one-letter scale: the other end of a range is money."""
    if atom.pending_scale is None:
        return atom
    factor, end = atom.pending_scale
    return replace(atom, value=round_float(atom.value * factor), scale=atom.scale * factor,
                   end=end, pending_scale=None)


def _share_range(first: Atom, second: Atom) -> list[Atom]:
    """Both ends of a range, with the currency and unit written at either end."""
    low, _ = _range_values(first, second)
    source = first if first.money else second
    shared = {"currency": source.currency, "money": first.money or second.money,
              "bare_dollar": source.bare_dollar, "ambiguous_name": source.ambiguous_name,
              "unit": second.unit or first.unit}
    return [replace(first, value=low, **shared), replace(second, **shared)]


def _spans(doc: Doc, records: list[dict], label: str, extension: str) -> list:
    spans = []
    for record in records:
        # Expanding keeps an amount whose edge falls inside a token ("HK$10") rather than
        # losing it; the value is the record's either way.
        span = doc.char_span(record["start"], record["end"], label=label,
                             alignment_mode="expand")
        if span is not None:
            span._.set(extension, record["value"])
            spans.append(span)
    return spans
