"""Property: any amount, currency and qualifier written into a sentence comes back exactly."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artex.currency_table import world_currencies
from artex.settings import DEFAULT_MODELS_DIR

PREFIXES = [("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
            ("A$", "AUD"), ("C$", "CAD"), ("HK$", "HKD"), ("NZ$", "NZD"), ("S$", "SGD"),
            ("R$", "BRL"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"),
            ("USD ", "USD"), ("EUR ", "EUR"), ("CHF ", "CHF")]
SUFFIXES = [(" euros", "EUR"), (" yen", "JPY"), (" yuan", "CNY"), (" Swiss francs", "CHF"),
            (" Swedish crowns", "SEK"), (" kronor", "SEK"), (" rupees", "INR"),
            (" pounds sterling", "GBP"), (" US dollars", "USD"), (" dollars", "USD"),
            (" renminbi", "CNY"), (" EUR", "EUR"), (" GBP", "GBP"), (" USD", "USD")]
SCALES = [("", 1), (" thousand", 1e3), (" million", 1e6), (" billion", 1e9),
          (" trillion", 1e12), ("m", 1e6), ("bn", 1e9), ("k", 1e3), (" mln", 1e6),
          ("tn", 1e12)]
QUALIFIERS = [("", "exact"), ("about ", "approximate"), ("around ", "approximate"),
              ("roughly ", "approximate"), ("nearly ", "approximate"),
              ("almost ", "approximate"), ("an estimated ", "approximate"),
              ("close to ", "approximate"), ("approximately ", "approximate"),
              ("more than ", "more_than"), ("over ", "more_than"), ("above ", "more_than"),
              ("in excess of ", "more_than"), ("beyond ", "more_than"),
              ("upwards of ", "more_than"), ("at least ", "at_least"),
              ("less than ", "less_than"), ("under ", "less_than"), ("below ", "less_than"),
              ("up to ", "at_most"), ("as much as ", "at_most"), ("as high as ", "at_most"),
              ("no more than ", "at_most")]
TEMPLATES = ["The company said it would pay {} for the plant.",
             "{}, officials said on Tuesday.",
             "Analysts expect a loss of {} this year."]


@st.composite
def amounts(draw):
    whole = draw(st.integers(min_value=1, max_value=999_999))
    cents = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=99)))
    number = f"{whole:,}" + ("" if cents is None else f".{cents:02d}")
    value = whole + (0 if cents is None else cents / 100)
    scale_text, scale = draw(st.sampled_from(SCALES))
    if draw(st.booleans()):
        mark, currency = draw(st.sampled_from(PREFIXES))
        text = f"{mark}{number}{scale_text}"
    else:
        mark, currency = draw(st.sampled_from(SUFFIXES))
        text = f"{number}{scale_text}{mark}"
    return text, value * scale, currency


@settings(max_examples=300, deadline=None)
@given(amount=amounts(), qualifier=st.sampled_from(QUALIFIERS),
       template=st.sampled_from(TEMPLATES))
def test_written_amounts_come_back_exactly(blank_with, amount, qualifier, template):
    text, value, currency = amount
    phrase, expected_qualifier = qualifier
    if template.startswith("{}"):
        phrase = phrase[:1].upper() + phrase[1:]
    doc = blank_with("artex_money")(template.format(phrase + text))
    found = [(s.text, s._.artex_money) for s in doc.spans["artex_money"]]
    assert len(found) == 1, found
    span, money = found[0]
    assert (span, money["currency"], money["qualifier"], money["amount_max"], money["per"]) \
        == (text, currency, expected_qualifier, None, None)
    assert money["amount"] == pytest.approx(value, rel=1e-12)


@st.composite
def ranges(draw):
    low = draw(st.integers(min_value=1, max_value=899))
    high = draw(st.integers(min_value=low + 1, max_value=999))
    scale_text, scale = draw(st.sampled_from([s for s in SCALES if s[0].startswith(" ")]))
    mark, currency = draw(st.sampled_from([p for p in PREFIXES if not p[0].endswith(" ")]))
    form = draw(st.sampled_from(["between {m}{lo}{s} and {m}{hi}{s}", "{m}{lo}-{hi}{s}",
                                 "{m}{lo}{s} to {m}{hi}{s}", "{m}{lo} to {hi}{s}"]))
    text = form.format(m=mark, lo=low, hi=high, s=scale_text)
    span = text.removeprefix("between ")
    return text, span, low * scale, high * scale, currency


@settings(max_examples=200, deadline=None)
@given(written=ranges())
def test_written_ranges_come_back_as_one_item(blank_with, written):
    text, span, low, high, currency = written
    doc = blank_with("artex_money")(f"The group expects to spend {text} on the project.")
    found = [(s.text, s._.artex_money) for s in doc.spans["artex_money"]]
    assert len(found) == 1, found
    got_span, money = found[0]
    assert (got_span, money["currency"], money["qualifier"]) == (span, currency, "range")
    assert (money["amount"], money["amount_max"]) == (pytest.approx(low, rel=1e-12),
                                                      pytest.approx(high, rel=1e-12))


@settings(max_examples=200, deadline=None)
@given(value=st.decimals(min_value=0, max_value=100, places=1),
       unit=st.sampled_from(["%", " percent", " per cent"]),
       qualifier=st.sampled_from(QUALIFIERS))
def test_written_percentages_come_back_exactly(blank_with, value, unit, qualifier):
    phrase, expected_qualifier = qualifier
    written = f"{value}{unit}"
    doc = blank_with("artex_money")(f"Sales rose by {phrase}{written} in May.")
    found = [(s.text, s._.artex_quantity) for s in doc.spans["artex_quantities"]]
    assert found == [(written, {"value": float(value), "value_max": None, "unit": "percent",
                                "qualifier": expected_qualifier})]


def _table_marks() -> list[tuple[str, bool, str]]:
    """(mark, written before the number, currency) for every code, English name and plural of
    the currency table and every symbol of models/currencies.json that names one currency
    alone (shared names and signs need the places of the text: tested in test_money_world)."""
    table = json.loads((DEFAULT_MODELS_DIR / "currencies.json").read_text(encoding="utf-8"))
    # The press's names outrank the table's ("Israeli shekels" are the new shekel, not the
    # shekel of 1980-85).
    named = {name.lower(): entry["code"] for entry in table["currencies"]
             for name in entry["names"]}
    marks = []
    for currency in world_currencies():
        marks += [(f"{currency.code} ", True, currency.code),
                  (f" {currency.code}", False, currency.code)]
        marks += [(f" {name}", False, named.get(name.lower(), currency.code))
                  for name in {currency.name, currency.plural}]
    shared = set(table["ambiguous_symbols"]) | set(table["local_marks"])
    for entry in table["currencies"]:
        marks += [(symbol, True, entry["code"]) for symbol in entry["symbols"]
                  if symbol not in shared]
    return marks


TABLE_MARKS = _table_marks()
TABLE_SCALES = [("", 1), (" thousand", 1e3), (" million", 1e6), (" billion", 1e9), ("m", 1e6),
                ("bn", 1e9), (" lakh", 1e5), (" crore", 1e7), (" lakh crore", 1e12)]


@st.composite
def table_amounts(draw):
    whole = draw(st.integers(min_value=1, max_value=99_99_999))
    grouping = draw(st.sampled_from(["plain", "western", "indian"]))
    if grouping == "western":
        number = f"{whole:,}"
    elif grouping == "indian" and whole >= 100_000:
        head, last = divmod(whole, 1000)
        number = f"{','.join(_pairs(head))},{last:03d}"
    else:
        number = str(whole)
    cents = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=99)))
    number += "" if cents is None else f".{cents:02d}"
    scale_text, scale = draw(st.sampled_from(TABLE_SCALES))
    mark, before, currency = draw(st.sampled_from(TABLE_MARKS))
    text = f"{mark}{number}{scale_text}" if before else f"{number}{scale_text}{mark}"
    return text, (whole + (cents or 0) / 100) * scale, currency


def _pairs(number: int) -> list[str]:
    """12345 -> ["1", "23", "45"]: Indian grouping in twos."""
    digits = str(number)
    head = digits[:len(digits) % 2 or 2] if len(digits) > 2 else digits
    rest = digits[len(head):]
    return [head, *(rest[i:i + 2] for i in range(0, len(rest), 2))]


@settings(max_examples=400, deadline=None)
@given(amount=table_amounts(), template=st.sampled_from(TEMPLATES))
def test_every_currency_of_the_table_round_trips(blank_with, amount, template):
    text, value, currency = amount
    doc = blank_with("artex_money")(template.format(text))
    found = [(s.text, s._.artex_money) for s in doc.spans["artex_money"]]
    assert len(found) == 1, found
    span, money = found[0]
    assert (span.strip(), money["currency"], money["qualifier"]) == (text.strip(), currency,
                                                                      "exact")
    assert money["amount"] == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(("mark", "before", "currency"), TABLE_MARKS,
                         ids=[f"{m.strip()}-{c}" for m, _, c in TABLE_MARKS])
def test_each_mark_of_the_table_names_its_currency(blank_with, mark, before, currency):
    written = f"{mark}5 million" if before else f"5 million{mark}"
    doc = blank_with("artex_money")(f"The company said it would pay {written} for the plant.")
    assert [(s.text, s._.artex_money["currency"]) for s in doc.spans["artex_money"]] == [
        (written.strip(), currency)]
