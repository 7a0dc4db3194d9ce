"""artex_money: amounts, currencies, qualifiers, ranges, rates and what is not money."""

import re
from collections import Counter

import pytest

from artex.numbers import COUNT_NOUNS, FRACTIONS, SCALES, TENS, UNITS
from artex.stages.common import SECTIONS_KEY
from artex.stages.money import _DIGITS, _JOINERS, _place_key, _place_pattern


@pytest.fixture(scope="module")
def money(spans_of):
    return spans_of("artex_money", "artex_money", "artex_money")


def one(found):
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), [
    ("It costs $750 billion.", "$750 billion", 750e9, "USD"),
    ("a US$40 billion deal", "US$40 billion", 40e9, "USD"),
    ("a GB £20.1 billion deal", "GB £20.1 billion", 20.1e9, "GBP"),
    ("planes for 9.9 billion yuan.", "9.9 billion yuan", 9.9e9, "CNY"),
    ("it raised $45m last year", "$45m", 45e6, "USD"),
    ("a deal worth £1.2bn", "£1.2bn", 1.2e9, "GBP"),
    ("It will invest 2 billion Swedish crowns.", "2 billion Swedish crowns", 2e9, "SEK"),
    ("The fare rose by 50 cents.", "50 cents", 0.5, "USD"),
    ("Shares fell 470 pence.", "470 pence", 4.7, "GBP"),
    ("Shares fell 470p.", "470p", 4.7, "GBP"),
    ("a €300 million loan", "€300 million", 300e6, "EUR"),
    ("a ¥500 billion fund", "¥500 billion", 500e9, "JPY"),
    ("paid ₹35,000 crore", "₹35,000 crore", 350e9, "INR"),
    ("paid 24,000 crore rupees", "24,000 crore rupees", 240e9, "INR"),
    ("paid Rs.500 crore", "Rs.500 crore", 5e9, "INR"),
    ("a deal worth USD5m", "USD5m", 5e6, "USD"),
    ("a deal worth $5million", "$5million", 5e6, "USD"),
    ("a deal worth $5 BN", "$5 BN", 5e9, "USD"),
    ("a deal worth 5 mln USD", "5 mln USD", 5e6, "USD"),
    ("a $5.3-billion deal", "$5.3-billion", 5.3e9, "USD"),
    ("a 10-million-dollar fine", "10-million-dollar", 1e7, "USD"),
    ("raised A$5 million", "A$5 million", 5e6, "AUD"),
    ("raised C$5 million", "C$5 million", 5e6, "CAD"),
    ("raised HK$10 million", "HK$10 million", 10e6, "HKD"),
    ("sold for R$3 billion", "R$3 billion", 3e9, "BRL"),
    ("a ₩2 trillion plan", "₩2 trillion", 2e12, "KRW"),
    ("a ₽40 billion loan", "₽40 billion", 40e9, "RUB"),
    ("a ₺12 million fine", "₺12 million", 12e6, "TRY"),
    ("priced at USD 5m", "USD 5m", 5e6, "USD"),
    ("priced at 5m USD", "5m USD", 5e6, "USD"),
    ("will cost $249 USD", "$249 USD", 249, "USD"),
    ("lost a net $5.9 billion dollars", "$5.9 billion dollars", 5.9e9, "USD"),
    ("received two billion dollars", "two billion dollars", 2e9, "USD"),
    ("received half a billion euros", "half a billion euros", 5e8, "EUR"),
    ("a million dollars in cash", "a million dollars", 1e6, "USD"),
    ("paid 3 million Swiss francs", "3 million Swiss francs", 3e6, "CHF"),
    ("paid 3 million pounds sterling", "3 million pounds sterling", 3e6, "GBP"),
    ("paid 40 billion US dollars", "40 billion US dollars", 40e9, "USD"),
    ("sold for $7.4 Billion", "$7.4 Billion", 7.4e9, "USD"),
    ("sold for 200 million kronor", "200 million kronor", 200e6, "SEK"),
    ("a 5 billion renminbi fund", "5 billion renminbi", 5e9, "CNY"),
])
def test_amounts_currencies_and_spans(money, text, span, amount, currency):
    found_span, value = one(money(text))
    assert (found_span, value["currency"], value["qualifier"]) == (span, currency, "exact")
    assert value["amount"] == pytest.approx(amount)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("peaked beyond $750 billion", "more_than"),
    ("worth approximately $3.9 billion", "approximate"),
    ("about $5 million", "approximate"),
    ("around $5 million", "approximate"),
    ("roughly $5 million", "approximate"),
    ("some $5 million", "approximate"),
    ("nearly $5 million", "approximate"),
    ("almost $5 million", "approximate"),
    ("an estimated $5 million", "approximate"),
    ("close to $5 million", "approximate"),
    ("closer to $5 million", "approximate"),
    ("nearer to $5 million", "approximate"),
    ("more than $5 million", "more_than"),
    ("over $5 million", "more_than"),
    ("above $5 million", "more_than"),
    ("in excess of $5 million", "more_than"),
    ("upwards of $5 million", "more_than"),
    ("at least $5 million", "at_least"),
    ("$5 million or more", "at_least"),
    ("less than $5 million", "less_than"),
    ("under $5 million", "less_than"),
    ("below $5 million", "less_than"),
    ("some of the $5 million", "less_than"),
    ("part of the $5 million", "less_than"),
    ("a share of the $5 million", "less_than"),
    ("most of the $5 million", "less_than"),
    ("up to $5 million", "at_most"),
    ("as much as $5 million", "at_most"),
    ("as high as $5 million", "at_most"),
    ("no more than $5 million", "at_most"),
    ("It paid $5 million.", "exact"),
])
def test_qualifier_comes_from_the_words_around_and_stays_outside_the_span(
        money, text, qualifier):
    span, value = one(money(text))
    assert span == "$5 million" if "5 million" in text else span.startswith("$")
    assert value["qualifier"] == qualifier


@pytest.mark.parametrize(("text", "span", "low", "high", "currency"), [
    ("sales of $3-4 billion", "$3-4 billion", 3e9, 4e9, "USD"),
    ("between €300 million and €400 million", "€300 million and €400 million", 3e8, 4e8,
     "EUR"),
    ("fines of $1.2 million to $23.5 million", "$1.2 million to $23.5 million", 1.2e6, 23.5e6,
     "USD"),
    ("between £600m and £800m", "£600m and £800m", 6e8, 8e8, "GBP"),
    ("contracts worth US$300 to 350 million a year", "US$300 to 350 million", 3e8, 3.5e8,
     "USD"),
    ("prices ranging from $5 to $10", "$5 to $10", 5, 10, "USD"),
    # A participle of price takes "from A to B" as a range of prices.
    ("Seats for the final, priced from £35 to £140, went fast.", "£35 to £140", 35, 140,
     "GBP"),
    ("Flats costing from €180,000 to €260,000 are planned.", "€180,000 to €260,000", 1.8e5,
     2.6e5, "EUR"),
    ("It raised $1.2bn-$1.5bn.", "$1.2bn-$1.5bn", 1.2e9, 1.5e9, "USD"),
    ("It raised $3–$4 billion.", "$3–$4 billion", 3e9, 4e9, "USD"),
    ("a cost of $3-4m", "$3-4m", 3e6, 4e6, "USD"),
    ("a cost of £1m-2m", "£1m-2m", 1e6, 2e6, "GBP"),
    ("between two and three billion dollars", "two and three billion dollars", 2e9, 3e9, "USD"),
])
def test_ranges_give_one_item_with_amount_max(money, text, span, low, high, currency):
    found_span, value = one(money(text))
    assert (found_span, value["qualifier"], value["currency"]) == (span, "range", currency)
    assert (value["amount"], value["amount_max"]) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "span", "amount"), [
    ("The board cut its spending plan for 2027 to 9 billion crowns.", "9 billion crowns", 9e9),
    ("Its target for 2030 to $40 million was kept.", "$40 million", 4e7),
])
def test_a_year_before_to_opens_no_range(money, text, span, amount):
    found_span, value = one(money(text))
    assert (found_span, value["qualifier"], value["amount_max"]) == (span, "exact", None)
    assert value["amount"] == pytest.approx(amount)


@pytest.mark.parametrize("text", [
    "Revenue rose from $1.2 million to $23.5 million.",
    "It cut its costs from $5 billion to $4 billion.",
    "Crude was down $2.86 to $77.11 in New York.",
])
def test_a_change_gives_two_exact_items(money, text):
    found = money(text)
    assert len(found) == 2
    assert [v["qualifier"] for _, v in found] == ["exact", "exact"]
    assert all(v["amount_max"] is None for _, v in found)


@pytest.mark.parametrize(("text", "span", "per"), [
    ("a dividend of $5 a share", "$5", "share"),
    ("oil at $80 per barrel", "$80", "barrel"),
    ("workers earn $28 an hour", "$28", "hour"),
    ("a fee of €2 million a year", "€2 million", "year"),
    ("gold at $2,000/oz", "$2,000", "ounce"),
    ("a strike price of £82 per megawatt hour", "£82", "megawatt hour"),
    ("a $100,000-a-year job", "$100,000", "year"),
    ("up from $1.04 billion a year earlier", "$1.04 billion", None),
])
def test_rates_keep_the_amount_as_span_and_name_the_unit(money, text, span, per):
    found_span, value = one(money(text))
    assert (found_span, value["per"]) == (span, per)


def test_a_conversion_in_parentheses_gives_two_items(money):
    found = money("The fund of ¥500 billion ($3.3 billion) opens.")
    assert [(s, v["amount"], v["currency"]) for s, v in found] == [
        ("¥500 billion", 500e9, "JPY"), ("$3.3 billion", 3.3e9, "USD")]


def test_a_conversion_shares_the_qualifier_of_the_amount_it_converts(money):
    found = money("It will provide up to ¥500 billion ($3.3 billion) in subsidies.")
    assert [v["qualifier"] for _, v in found] == ["at_most", "at_most"]


def test_a_conversion_with_its_own_qualifier_keeps_it(money):
    found = money("jets for 9.9 billion yuan (about US$1.4 billion).")
    assert [v["qualifier"] for _, v in found] == ["exact", "approximate"]


def test_a_dollar_glossed_in_us_dollars_is_not_taken_for_one(money):
    found = money("Ford will pay $57 million (US$78 million) for the plant.")
    assert [(v["amount"], v["currency"]) for _, v in found] == [(57e6, None), (78e6, "USD")]


@pytest.mark.parametrize(("text", "currency"), [
    ("Mexico gave tax breaks worth 1.5 billion pesos.", "MXN"),
    ("The firm was fined 5 million pesos.", None),
    ("The Swedish group will invest 2 billion crowns.", "SEK"),
    ("China's central bank injected ¥500 billion.", "CNY"),
    ("Tokyo will spend ¥500 billion.", "JPY"),
    ("The fund will spend ¥500 billion.", "JPY"),
])
def test_an_ambiguous_currency_is_settled_by_the_places_in_the_text(money, text, currency):
    _, value = one(money(text))
    assert value["currency"] == currency


def test_plural_scales_of_a_currency_are_vague_lower_bounds(money):
    span, value = one(money("It would buy billions of dollars of bad loans."))
    assert (span, value["amount"], value["currency"], value["qualifier"]) == (
        "billions of dollars", 1e9, "USD", "more_than")


@pytest.mark.parametrize("text", [
    "1. Strengthening of bilateral relations",
    "The COVID-19 crisis and the Fortune 500 list.",
    "Its Series B round and the new 5G network.",
    "The Airbus A330 and the KC-45 tanker, and 787s.",
    "It grew in 2027 and employs 1,200.",
    "He weighed 200 pounds of flour.",
    "The 5m wall and the 10k race.",
    "The office still runs Win 10 and pays Boeing 737 crews.",
])
def test_names_list_numbers_years_and_plain_numbers_are_not_money(money, text):
    assert money(text) == []


@pytest.mark.parametrize(("text", "span", "amount", "currency"), [
    # A headline's verb or a company before an amount is no name with a number.
    ("Growers Win 1.8 Billion Rupiah Payout", "1.8 Billion Rupiah", 1.8e9, "IDR"),
    ("The carrier will pay Boeing 2 billion euros.", "2 billion euros", 2e9, "EUR"),
])
def test_a_number_going_on_to_a_scale_word_is_an_amount_not_a_names_number(
        money, text, span, amount, currency):
    found, value = one(money(text))
    assert (found, value["amount"], value["currency"]) == (span, amount, currency)


def test_the_golden_article_has_exactly_its_three_amounts(money):
    from pathlib import Path
    text = (Path(__file__).parent.parent / "corpus" / "japan-us-tech-investments.txt").read_text()
    found = [(s, v["amount"], v["currency"], v["qualifier"]) for s, v in money(text)]
    assert found == [("$750 billion", 750e9, "USD", "more_than"),
                     ("$2.9 billion", 2.9e9, "USD", "exact"),
                     ("$3.9 billion", 3.9e9, "USD", "approximate")]


def test_sections_outside_the_body_give_nothing(blank_with):
    nlp = blank_with("artex_money")
    doc = nlp.make_doc("Subscribe for $1 a week.\nIt paid $5 million.")
    doc.spans[SECTIONS_KEY] = [doc.char_span(0, 24, label="boilerplate"),
                               doc.char_span(25, len(doc.text), label="body")]
    doc = nlp(doc)
    assert [s.text for s in doc.spans["artex_money"]] == ["$5 million"]


def test_the_model_finds_a_scaled_number_that_stands_for_money(nlp):
    doc = nlp("GM asked for an additional US$5 billion in aid on top of the four billion it "
              "has already received.")
    found = [(s.text, s._.artex_money["amount"], s._.artex_money["currency"])
             for s in doc.spans["artex_money"]]
    assert found == [("US$5 billion", 5e9, "USD"), ("four billion", 4e9, "USD")]


def test_a_scaled_number_that_counts_something_unnamed_is_not_money(nlp):
    doc = nlp("The company, which holds $5 billion in assets, employs 1.2 million.")
    assert [s.text for s in doc.spans["artex_money"]] == ["$5 billion"]


@pytest.mark.parametrize("text", [
    "He paid $" + "9" * 400 + " for it.",
    "He paid " + "9" * 400 + " euros.",
    "He paid $" + "9" * 300 + " billion.",
])
def test_a_number_past_the_range_of_a_float_is_no_amount(money, text):
    """Found by the fuzz tests: the amount was infinity, written as null in the JSON."""
    assert money(text) == []


def test_the_largest_amounts_a_float_holds_are_kept(money):
    (_, value), = money("He paid $" + "9" * 300 + ".")
    assert value["amount"] == pytest.approx(10.0 ** 300)


@pytest.mark.parametrize("text", [
    "Prices rose in Kenya, Nairobi and Mexico; the US and Japan held rates.",
    "A trip from Ålesund to Oslo, then Zürich and São Paulo, cost 900 crowns.",
    "no capital letters here at all",
    "",
])
def test_the_places_a_text_names_are_found_by_their_first_letters(blank_with, text):
    stage = blank_with("artex_money").get_pipe("artex_money")
    every = tuple(place for place in stage.place_names if place in text)
    heads = {text[i:i + 3] for i in range(len(text))}
    tried = [place for k, place in enumerate(stage.place_names)
             if k in stage.unheaded_places or place[:3] in heads]
    assert tuple(place for place in tried if place in text) == every
    expected = Counter(code for found in _place_pattern(every).finditer(text)
                       for code in stage.place_currency[_place_key(found.group())]) \
        if every else Counter()
    assert stage.places_named(text) == expected


@pytest.mark.parametrize("text", [
    "Sixty-five riders and a half-dozen vans covered two hundred and forty miles.",
    "SEVEN of the 1,25,000 bonds paid 4.5 percent; a quarter of them, 3,400, did not.",
    "Of the ſix forks, an eighth was bent (1.5 cm) and twenty-one were new.",
    "Scores: 12-9, then 7 - 3 and nil-all.\nThe team of nineteen won a score of games.",
])
def test_number_runs_are_those_a_flat_alternation_of_number_words_finds(blank_with, text):
    """The scan's trie and its first-letter look-ahead change its speed, not its runs."""
    stage = blank_with("artex_money").get_pipe("artex_money")
    words = sorted([*UNITS, *TENS, *SCALES, *COUNT_NOUNS, *FRACTIONS, *_JOINERS], key=len,
                   reverse=True)
    token = rf"(?:{_DIGITS})|(?i:\b(?:{'|'.join(words)})\b)"
    flat = re.compile(rf"(?<![\d,])(?<!\d\.)(?:{token})(?:(?:[ \t]+|-)(?:{token}))*")
    assert [m.span() for m in stage.number_run_re.finditer(text)] == \
        [m.span() for m in flat.finditer(text)]
    assert [m.span() for m in stage.number_token_re.finditer(text)] == \
        [m.span() for m in re.compile(token).finditer(text)]
