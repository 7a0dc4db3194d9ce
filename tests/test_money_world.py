"""artex_money on the world's money: the ISO 4217 table, historic currencies, local signs and
prefixes, ambiguous signs, Indian numbering, amounts in two units and minor units."""

import json

import pycountry
import pytest

from artex.currency_table import world_currencies
from artex.numbers import parse_number


@pytest.fixture(scope="module")
def money(spans_of):
    return spans_of("artex_money", "artex_money", "artex_money")


@pytest.fixture(scope="module")
def quantities(spans_of):
    return spans_of("artex_money", "artex_quantities", "artex_quantity")


def found(money, text):
    return [(span, v["amount"], v["amount_max"], v["currency"]) for span, v in money(text)]


def test_the_shipped_table_is_what_the_pinned_pycountry_and_babel_give():
    from artex import currency_table

    shipped = json.loads(currency_table.FILE.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(currency_table.document(), ensure_ascii=False))
    assert world_currencies() == currency_table.build_world_currencies()


def test_the_table_has_every_active_iso_currency_paid_in_money():
    codes = {c.code for c in world_currencies() if c.active}
    iso = {c.alpha_3 for c in pycountry.currencies}
    # Left out: precious metals, SDR, bond units, test codes and what CLDR calls no legal
    # tender (funds, the digital bolívar VED): not money anyone is paid in.
    assert iso - codes == {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "VED",
                           "XAD", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD",
                           "XPT", "XSU", "XTS", "XUA", "XXX"}
    assert codes <= iso


@pytest.mark.parametrize(("code", "name", "plural", "digits"), [
    ("INR", "Indian rupee", "Indian rupees", 2),
    ("NGN", "Nigerian naira", "Nigerian nairas", 2),
    ("JPY", "Japanese yen", "Japanese yen", 0),
    ("KWD", "Kuwaiti dinar", "Kuwaiti dinars", 3),
    ("DEM", "German mark", "German marks", 2),
    ("ESP", "Spanish peseta", "Spanish pesetas", 0),
])
def test_the_table_gives_names_plurals_and_minor_units(code, name, plural, digits):
    currency = next(c for c in world_currencies() if c.code == code)
    assert (currency.name, currency.plural, currency.minor_digits) == (name, plural, digits)


def test_historic_currencies_are_those_withdrawn_since_1960_under_their_own_names():
    historic = {c.code for c in world_currencies() if not c.active}
    assert {"DEM", "FRF", "ITL", "ESP", "NLG", "FIM", "IEP", "PTE", "GRD", "BEF", "ATS",
            "ZWD", "HRK"} <= historic
    # The Mexican silver peso is named like no active currency only because of "silver".
    assert "MXP" in historic and "TRL" not in historic  # "Turkish lira" is the active TRY


@pytest.mark.parametrize(("text", "span", "amount", "currency"), [
    ("The bill was 500,000 pesetas in Spain.", "500,000 pesetas", 5e5, "ESP"),
    ("It cost 3 million Deutsche marks.", "3 million Deutsche marks", 3e6, "DEM"),
    ("It cost 3 million German marks.", "3 million German marks", 3e6, "DEM"),
    ("The Dutch firm paid 2 million guilders.", "2 million guilders", 2e6, "NLG"),
    ("It was sold for 5 million Finnish markkas.", "5 million Finnish markkas", 5e6, "FIM"),
    ("It was sold for 5 million markkas.", "5 million markkas", 5e6, "FIM"),
    ("France paid 10,000 francs.", "10,000 francs", 1e4, "FRF"),
    ("Rome paid 9 billion Italian lire.", "9 billion Italian lire", 9e9, "ITL"),
    ("It lent 1.2 billion Kenyan shillings.", "1.2 billion Kenyan shillings", 1.2e9, "KES"),
    ("It raised 4 billion naira.", "4 billion naira", 4e9, "NGN"),
    ("A ticket costs 150,000 soums.", "150,000 soums", 1.5e5, "UZS"),
    ("The bank lent 2.5 trillion soums.", "2.5 trillion soums", 2.5e12, "UZS"),
    ("It raised 3 billion Ethiopian birr.", "3 billion Ethiopian birr", 3e9, "ETB"),
    ("It raised 300 million Ghanaian cedis.", "300 million Ghanaian cedis", 3e8, "GHS"),
    ("It raised 20 billion Costa Rican colones.", "20 billion Costa Rican colones", 2e10,
     "CRC"),
    ("It raised 20 billion Costa Rican colons.", "20 billion Costa Rican colons", 2e10, "CRC"),
    ("It raised 7 million Zambian kwacha.", "7 million Zambian kwacha", 7e6, "ZMW"),
    ("It raised UGX 5 billion.", "UGX 5 billion", 5e9, "UGX"),
    ("It raised 5 billion KZT.", "5 billion KZT", 5e9, "KZT"),
])
def test_currencies_by_code_name_plural_and_historic_name(money, text, span, amount, currency):
    assert found(money, text) == [(span, pytest.approx(amount), None, currency)]


@pytest.mark.parametrize(("mark", "currency"), [
    ("₹", "INR"), ("Rs ", "INR"), ("Rs.", "INR"), ("INR ", "INR"), ("₦", "NGN"), ("₱", "PHP"),
    ("₵", "GHS"), ("GH₵", "GHS"), ("GH¢", "GHS"), ("₺", "TRY"), ("₴", "UAH"), ("₸", "KZT"),
    ("₩", "KRW"),
    ("₫", "VND"), ("₡", "CRC"), ("₾", "GEL"), ("₭", "LAK"), ("元", "CNY"), ("RMB ", "CNY"),
    ("CNY ", "CNY"), ("R$", "BRL"), ("R$ ", "BRL"), ("NT$", "TWD"), ("S$", "SGD"),
    ("HK$", "HKD"), ("A$", "AUD"), ("NZ$", "NZD"), ("C$", "CAD"), ("KSh ", "KES"),
    ("Ksh", "KES"), ("USh ", "UGX"), ("TSh ", "TZS"), ("Rp ", "IDR"), ("RM", "MYR"),
    ("₪", "ILS"), ("৳", "BDT"), ("Tk ", "BDT"), ("Tk", "BDT"), ("฿", "THB"),
])
def test_signs_and_prefixes_of_the_news_markets(money, mark, currency):
    text = f"The group will invest {mark}2.3 billion in the plant."
    assert found(money, text) == [(f"{mark}2.3 billion", pytest.approx(2.3e9), None, currency)]


@pytest.mark.parametrize(("text", "span", "currency"), [
    ("the bid of hk $ 2.3 billion", "hk $ 2.3 billion", "HKD"),
    ("the bid of c $ 75 million", "c $ 75 million", "CAD"),
    ("the bid of nt $ 75 million", "nt $ 75 million", "TWD"),
    ("the bid of s$75 million", "s$75 million", "SGD"),
    ("the bid of r $ 75 million", "r $ 75 million", "BRL"),
    ("the bid of HK $2.3 billion", "HK $2.3 billion", "HKD"),
    ("the bid of us $ 75 million", "us $ 75 million", "USD"),
    # Lower-case "a" is the article, and a possessive "s" no Singapore dollar.
    ("a $5.3-billion deal", "$5.3-billion", "USD"),
    ("the firm's $5 million bid", "$5 million", "USD"),
])
def test_prefixed_dollars_in_any_case_and_spacing(money, text, span, currency):
    assert [(s, v["currency"]) for s, v in money(text)] == [(span, currency)]


@pytest.mark.parametrize(("text", "amounts"), [
    # Local marks: money only where the text names one of their countries.
    ("Nigeria's Okuta will spend N850bn.", [("N850bn", 850e9, "NGN")]),
    ("The N95 masks sold out.", []),
    ("Manila's P28-billion plant opened.", [("P28-billion", 28e9, "PHP")]),
    ("The P90 submachine gun and the G7 summit.", []),
    ("Kenya earned Sh215bn; Uganda earned less than Kenya.", [("Sh215bn", 215e9, "KES")]),
    ("Kenya earned Sh215bn; Uganda earned less.", []),
    ("In Uganda, a Kampala firm paid Sh4 billion.", [("Sh4 billion", 4e9, "UGX")]),
    ("South Africa's Eskom needs R20 billion.", [("R20 billion", 20e9, "ZAR")]),
    ("It needs R20 billion for R&D.", []),
    # The dirham's newsroom mark: the UAE's where Dubai or the Emirates are named, Morocco's
    # where Morocco is; nowhere else.
    ("Dubai's port operator earned Dh4.6 billion.", [("Dh4.6 billion", 4.6e9, "AED")]),
    ("Its shares closed at Dh7.40 in the United Arab Emirates.", [("Dh7.40", 7.4, "AED")]),
    ("An Abu Dhabi fund paid Dhs 120 million.", [("Dhs 120 million", 120e6, "AED")]),
    ("Morocco's OCP will spend Dh2 billion.", [("Dh2 billion", 2e9, "MAD")]),
    ("The firm will spend Dh2 billion.", []),
    # A wire dateline names its city in capitals.
    ("JOHANNESBURG, Aug 27 (Reuters) - The miner will return R6.5 billion.",
     [("R6.5 billion", 6.5e9, "ZAR")]),
    ("NAIROBI (Reuters) - The operator earned Sh4 billion.", [("Sh4 billion", 4e9, "KES")]),
    # "$" is the US dollar unless the text says otherwise.
    ("Australia will spend $5 billion.", [("$5 billion", 5e9, "USD")]),
    ("Ford will pay $57 million (US$78 million).",
     [("$57 million", 57e6, None), ("US$78 million", 78e6, "USD")]),
    # Names shared by several currencies: the country the text names most, else none.
    ("Kenya earned 5 billion shillings.", [("5 billion shillings", 5e9, "KES")]),
    ("It earned 5 billion shillings.", [("5 billion shillings", 5e9, None)]),
    ("The Philippines earned 5 billion pesos.", [("5 billion pesos", 5e9, "PHP")]),
    # "Rs" is the rupee of the country the text names: India's unless another is named.
    ("Pakistan's budget of Rs17.6 trillion", [("Rs17.6 trillion", 17.6e12, "PKR")]),
    ("A Colombo bank lent Rs. 2 billion.", [("Rs. 2 billion", 2e9, "LKR")]),
    ("Mauritius will spend Rs 4 billion.", [("Rs 4 billion", 4e9, "MUR")]),
    ("A Mumbai bank lent Rs 500 crore.", [("Rs 500 crore", 5e9, "INR")]),
    ("The firm lent Rs 500 crore.", [("Rs 500 crore", 5e9, "INR")]),
    # So is the name "rupees".
    ("A Sri Lankan bank lent 3 billion rupees.", [("3 billion rupees", 3e9, "LKR")]),
    ("Nepal will spend 40 billion rupees.", [("40 billion rupees", 4e10, "NPR")]),
    ("A Karachi firm raised 900 million rupees.", [("900 million rupees", 9e8, "PKR")]),
    ("The firm raised 900 million rupees.", [("900 million rupees", 9e8, "INR")]),
    ("A Delhi firm will build a 700-crore-rupee plant.",
     [("700-crore-rupee", 7e9, "INR")]),
])
def test_ambiguous_signs_are_settled_only_by_what_the_text_states(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == amounts


@pytest.mark.parametrize(("text", "span", "amount", "amount_max"), [
    ("NHAI will spend ₹2.4 lakh crore.", "₹2.4 lakh crore", 2.4e12, None),
    ("NHAI will spend Rs 3 lakh.", "Rs 3 lakh", 3e5, None),
    ("NHAI will spend ₹500 crore.", "₹500 crore", 5e9, None),
    ("It plans a 5,000-crore-rupee issue.", "5,000-crore-rupee", 5e10, None),
    ("It plans a ₹1,000-crore issue.", "₹1,000-crore", 1e10, None),
    ("It spent 1.5 lakh crore rupees.", "1.5 lakh crore rupees", 1.5e12, None),
    ("It was paid Rs 45,67,890.50.", "Rs 45,67,890.50", 4567890.5, None),
    ("It was paid ₹1,23,45,678.", "₹1,23,45,678", 12345678, None),
    ("Bids may reach Rs 8,000-10,000 crore.", "Rs 8,000-10,000 crore", 8e10, 1e11),
])
def test_indian_numbering_for_money(money, text, span, amount, amount_max):
    assert found(money, text) == [(span, pytest.approx(amount),
                                   None if amount_max is None else pytest.approx(amount_max),
                                   "INR")]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("It employs 12 lakh workers.", "12 lakh workers", 1.2e6, "workers"),
    ("It used 1.2 crore tonnes of cement.", "1.2 crore tonnes", 1.2e7, "tonne"),
    ("It counted 1,23,45,678 people.", "1,23,45,678 people", 12345678, "people"),
])
def test_indian_numbering_for_quantities(quantities, text, span, value, unit):
    assert [(s, v["value"], v["unit"]) for s, v in quantities(text)] == [
        (span, pytest.approx(value), unit)]


@pytest.mark.parametrize(("written", "value"), [
    ("45,67,890.50", 4567890.5), ("1,23,45,678", 12345678), ("12,34,567", 1234567),
    ("1,500", 1500), ("45,67", None), ("1,2345", None),
])
def test_parse_number_reads_indian_grouping(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize(("text", "span", "amount", "currency"), [
    ("It cost 7 dollars 25 cents.", "7 dollars 25 cents", 7.25, "USD"),
    ("It cost three pounds and twenty pence.", "three pounds and twenty pence", 3.2, "GBP"),
    ("It cost 5 euros 50 cents.", "5 euros 50 cents", 5.5, "EUR"),
    ("It cost 12 rupees 50 paise.", "12 rupees 50 paise", 12.5, "INR"),
])
def test_an_amount_in_two_units_is_one_amount(money, text, span, amount, currency):
    assert found(money, text) == [(span, pytest.approx(amount), None, currency)]


def test_a_decimal_amount_and_a_minor_unit_stay_two_amounts(money):
    assert [s for s, _ in money("Tickets cost $1.50 and 20 cents more.")] == ["$1.50",
                                                                             "20 cents"]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), [
    ("Shares fell 305 pence.", "305 pence", 3.05, "GBP"),
    ("Shares fell 20p.", "20p", 0.2, "GBP"),
    ("Shares fell 99 cents.", "99 cents", 0.99, "USD"),
    ("Shares fell a penny.", "a penny", 0.01, "GBP"),
    ("In Lagos, shares rose 50 kobo.", "50 kobo", 0.5, "NGN"),
    ("It pays 2.45 Singapore cents a unit.", "2.45 Singapore cents", 0.0245, "SGD"),
    ("It pays 12 US cents a unit.", "12 US cents", 0.12, "USD"),
])
def test_a_minor_unit_alone_is_read_in_the_major_unit(money, text, span, amount, currency):
    assert found(money, text) == [(span, pytest.approx(amount), None, currency)]


@pytest.mark.parametrize(("text", "currency"), [
    ("The Manila plant cost P28 billion; rates fall 45 centavos.", "PHP"),
    ("Vale earned R$3 billion and pays 45 centavos a share.", "BRL"),
    ("Kepler paid S$1.5 billion and pays 2.31 cents a unit.", "SGD"),
    ("The firm paid £5 million and the fare rose 50 cents.", "USD"),
])
def test_a_shared_minor_unit_belongs_to_the_nearest_amount_that_may_own_it(money, text,
                                                                          currency):
    assert money(text)[-1][1]["currency"] == currency


@pytest.mark.parametrize(("text", "amounts"), [
    # The CFA franc is West Africa's (XOF) or Central Africa's (XAF): the places settle it.
    ("DAKAR, Senegal - A trawler pays 48 million CFA francs a year.",
     [("48 million CFA francs", 48e6, "XOF")]),
    ("Ivory Coast pays its growers 2,800 CFA francs a kilogram.",
     [("2,800 CFA francs", 2800, "XOF")]),
    ("Cameroon's budget sets aside 25 billion CFA francs.",
     [("25 billion CFA francs", 25e9, "XAF")]),
    ("The fund sets aside 25 billion CFA francs.", [("25 billion CFA francs", 25e9, None)]),
    # "F$" is the Fiji dollar, not the US one.
    ("Insurers in Fiji expect to pay F$140 million.", [("F$140 million", 140e6, "FJD")]),
    # The zloty's sign after the number, with and without its accent.
    ("The club lost 11 million zł in 2025.", [("11 million zł", 11e6, "PLN")]),
    ("The stadium will cost 45 million zl.", [("45 million zl", 45e6, "PLN")]),
    # "SR" is the riyal in a Saudi text, the Seychelles rupee in a Seychelles one, else none.
    ("The Saudi chemicals maker will spend SR 14 billion.",
     [("SR 14 billion", 14e9, "SAR")]),
    ("The Seychelles government will spend SR 2 billion.", [("SR 2 billion", 2e9, "SCR")]),
    ("The group will spend SR 14 billion.", []),
    # "Bs" is the boliviano in a Bolivian text, else none (a degree, a plural of "B").
    ("A night in a hostel in Sucre, Bolivia, costs Bs 120.", [("Bs 120", 120, "BOB")]),
    ("The Bolivian mine will spend Bs 3.5 million on roads.",
     [("Bs 3.5 million", 3.5e6, "BOB")]),
    ("The club will spend Bs 3.5 million on roads.", []),
    # Piastres are the hundredth of the pound of the nearest amount that may own them.
    ("Egypt spends EGP 160 billion; bread costs 20 piastres a loaf.",
     [("EGP 160 billion", 160e9, "EGP"), ("20 piastres", 0.2, "EGP")]),
    ("Bread costs 20 piastres a loaf.", [("20 piastres", 0.2, None)]),
])
def test_marks_of_the_cfa_franc_fiji_dollar_zloty_riyal_boliviano_and_piastre(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == \
        [(span, pytest.approx(amount), currency) for span, amount, currency in amounts]


@pytest.mark.parametrize(("text", "amounts"), [
    ("Usina Verde will build a 1.2 billion-real plant.", [("1.2 billion-real", 1.2e9, "BRL")]),
    ("Mexico imposed a 500-peso fine.", [("500-peso", 500, "MXN")]),
    ("It paid a 5-million-rupiah bonus.", [("5-million-rupiah", 5e6, "IDR")]),
    ("It printed a 10,000-naira note.", [("10,000-naira", 1e4, "NGN")]),
    # Without a hyphen the singular is a word; "the 5,000-mark" is a level, not money.
    ("It has 2 real advantages.", []),
    ("The DAX crossed the 5,000-mark in Germany.", []),
])
def test_a_compound_keeps_the_currency_noun_singular(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == amounts


@pytest.mark.parametrize(("text", "amounts"), [
    ("The Addis Ababa council set aside 250 million birr.", [("250 million birr", 2.5e8, "ETB")]),
    ("A Vientiane hotel changed hands for 90 billion kip.", [("90 billion kip", 9e10, "LAK")]),
    ("Farmers near Lusaka got 1,200 kwacha in Zambia.", [("1,200 kwacha", 1200, "ZMW")]),
    ("The Tegucigalpa clinic charged 300 lempira in Honduras.", [("300 lempira", 300, "HNL")]),
    # Capitalised, the word names a people or a town, not the currency.
    ("Some 5,000 Guarani farm the valley in Paraguay.", []),
    # An English word among the singulars stays a word.
    ("Brazil has 3 real options.", []),
])
def test_the_singular_currency_noun_the_press_uses_as_its_plural(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == \
        [(span, pytest.approx(amount), currency) for span, amount, currency in amounts]


@pytest.mark.parametrize(("text", "amounts"), [
    # The marks the locales of a currency's countries write (CLDR): money where the text names
    # one of those countries, never elsewhere.
    ("A Gaborone dairy in Botswana borrowed P12 million; milk sells at P9.50.",
     [("P12 million", 12e6, "BWP"), ("P9.50", 9.5, "BWP")]),
    ("Guatemala's coffee growers lost Q18 million.", [("Q18 million", 18e6, "GTQ")]),
    ("The Malawi tea estate paid MK4 billion in wages.", [("MK4 billion", 4e9, "MWK")]),
    ("Bosnia and Herzegovina will lend KM 15 million to farmers.",
     [("KM 15 million", 15e6, "BAM")]),
    ("The firm lent Q18 million and MK4 billion.", []),
    # One letter before one digit is a quarter, a part or a name, even in those countries.
    ("Guatemala's banks reported Q3 results.", []),
    ("A Botswana lab isolated the P2 protein.", []),
    ("Malawi fans of K-pop bought K2 posters.", []),
    ("Botswana's miner will pay P4 a share.", [("P4", 4.0, "BWP")]),
    # The press's own marks: "JD" in Jordan.
    ("Jordan's water authority will spend JD8 million; a tanker costs JD40.",
     [("JD8 million", 8e6, "JOD"), ("JD40", 40.0, "JOD")]),
    ("The student from JD Wetherspoon paid 8 dollars.", [("8 dollars", 8.0, "USD")]),
])
def test_local_marks_of_the_countries_locales(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == amounts


@pytest.mark.parametrize(("text", "span", "amount", "currency"), [
    # The plural of the country's own language, the name without its country's adjective and
    # a withdrawn currency's noun as the press writes it after a number.
    ("The council will spend 30 million quetzales on schools.", "30 million quetzales", 3e7,
     "GTQ"),
    ("The port spent 250 million meticais on cranes.", "250 million meticais", 2.5e8, "MZN"),
    ("The canton raised 90 million convertible marks.", "90 million convertible marks", 9e7,
     "BAM"),
    ("The old ferry cost 4 million lats in 1999.", "4 million lats", 4e6, "LVL"),
    ("A room cost 300 litas before the euro.", "300 litas", 300.0, "LTL"),
])
def test_local_plurals_short_names_and_withdrawn_nouns(money, text, span, amount, currency):
    assert found(money, text) == [(span, pytest.approx(amount), None, currency)]


@pytest.mark.parametrize(("text", "amounts"), [
    # The signs with letters the locales of a currency's countries write (CLDR): that currency
    # wherever they stand, and the qualifier before the letters is the amount's.
    ("The hotel chain owes about RD$310 million in back taxes.",
     [("RD$310 million", 3.1e8, "DOP", "approximate")]),
    ("Nuku'alofa's wharf will cost T$18 million.", [("T$18 million", 1.8e7, "TOP", "exact")]),
    ("A Samoan co-operative borrowed WS$2.5 million.",
     [("WS$2.5 million", 2.5e6, "WST", "exact")]),
    ("The canal authority set aside B/.40 million.", [("B/.40 million", 4e7, "PAB", "exact")]),
    # A sign the press gives another currency keeps it: "C$" is Canada's, not the córdoba.
    ("The pension fund invested C$12 billion.", [("C$12 billion", 1.2e10, "CAD", "exact")]),
])
def test_signs_with_letters_of_the_countries_locales(money, text, amounts):
    assert [(s, v["amount"], v["currency"], v["qualifier"]) for s, v in money(text)] == \
        [(span, pytest.approx(amount), currency, qualifier)
         for span, amount, currency, qualifier in amounts]


@pytest.mark.parametrize(("text", "amounts"), [
    # The Gulf press's marks: money in a text about their country, never elsewhere.
    ("The Kuwaiti airline lost KD 14 million in the year.",
     [("KD 14 million", 1.4e7, "KWD")]),
    ("Bahrain's aluminium smelter earned BD 30 million.", [("BD 30 million", 3e7, "BHD")]),
    ("A Qatar utility will invest QR 2 billion.", [("QR 2 billion", 2e9, "QAR")]),
    ("Oman's telecom group raised RO 60 million.", [("RO 60 million", 6e7, "OMR")]),
    ("The band KD and the label BD signed 3 deals.", []),
    # Their minor units: fils a thousandth of a dinar, a hundredth of a dirham.
    ("The Kuwait bank will pay 25 fils a share, or KD 30 million in all.",
     [("25 fils", 0.025, "KWD"), ("KD 30 million", 3e7, "KWD")]),
    ("A Dubai taxi ride now costs 12 dirhams and 50 fils.",
     [("12 dirhams and 50 fils", 12.5, "AED")]),
    ("The Omani firm pays 12 baisa a share.", [("12 baisa", 0.012, "OMR")]),
    ("The Saudi bank pays 90 halalas a share.", [("90 halalas", 0.9, "SAR")]),
])
def test_gulf_marks_and_minor_units(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == \
        [(span, pytest.approx(amount), currency) for span, amount, currency in amounts]


@pytest.mark.parametrize(("text", "amounts"), [
    # The English plural of a noun whose plural CLDR gives in the country's language.
    ("Skopje's council set aside 30 million denars for buses.",
     [("30 million denars", 3e7, "MKD")]),
    ("A Tirana cafe charges 250 leks for coffee.", [("250 leks", 250, "ALL")]),
    ("The Antananarivo clinic got 80 million ariarys.", [("80 million ariarys", 8e7, "MGA")]),
    # Not the plural of a noun that is an English word, nor that word alone.
    ("The swimmer won 4 gold medals and now has 9 golds.", []),
    ("The rover has driven for 1,200 sols.", []),
    ("Zimbabwe's miners paid 20 million Zimbabwean gold.",
     [("20 million Zimbabwean gold", 2e7, "ZWG")]),
])
def test_the_english_plural_of_a_currency_noun(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == \
        [(span, pytest.approx(amount), currency) for span, amount, currency in amounts]


@pytest.mark.parametrize(("text", "amounts"), [
    # "lei" is the plural of the Romanian and the Moldovan leu: the country the text names
    # most decides, the Romanian one when it names neither.
    ("Chisinau's water utility in Moldova will borrow 75 million lei, with help from Romania.",
     [("75 million lei", 7.5e7, "MDL")]),
    ("A Moldovan farmer earns 4,000 lei a month.", [("4,000 lei", 4000, "MDL")]),
    ("The Cluj-Napoca hospital in Romania will spend 90 million lei.",
     [("90 million lei", 9e7, "RON")]),
    ("The retailer booked a profit of 12 million lei.", [("12 million lei", 1.2e7, "RON")]),
    ("Moldova's government set a 200-leu fee.", [("200-leu", 200, "MDL")]),
])
def test_lei_belong_to_the_country_the_text_names(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == \
        [(span, pytest.approx(amount), currency) for span, amount, currency in amounts]


@pytest.mark.parametrize(("text", "amounts"), [
    # Letters before "$" that some locale writes (or writes after it: French "$BZ").
    ("The Belize ferry board will spend BZ$12.5 million on a pier; a ticket is BZ$30.",
     [("BZ$12.5 million", 1.25e7, "BZD"), ("BZ$30", 30.0, "BZD")]),
    ("Fiji's council set aside FJ$4 million for seawalls.", [("FJ$4 million", 4e6, "FJD")]),
    ("A Trinidad hospital wing cost TT$90 million.", [("TT$90 million", 9e7, "TTD")]),
    # "B$": Brunei's, or the Bahamas' when the text is about them.
    ("Brunei's ministry will spend B$40 million on a bridge.", [("B$40 million", 4e7, "BND")]),
    ("A Nassau hotel in the Bahamas sold for B$75 million.", [("B$75 million", 7.5e7, "BSD")]),
])
def test_letters_before_the_dollar_sign_name_the_dollar(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == amounts


@pytest.mark.parametrize(("text", "amounts"), [
    # "C$": the Canadian dollar, unless the text is about Nicaragua (the córdoba's sign).
    ("Toronto's transit agency will borrow C$2 billion.", [("C$2 billion", 2e9, "CAD")]),
    ("The firm raised C$300 million from investors.", [("C$300 million", 3e8, "CAD")]),
    ("Nicaragua's utility in Managua will spend C$800 million on pylons in Nicaragua.",
     [("C$800 million", 8e8, "NIO")]),
])
def test_a_sign_two_currencies_write_goes_to_the_country_the_text_names(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == amounts


@pytest.mark.parametrize(("text", "amounts"), [
    # Marks other locales write, and an abbreviation without its stop, in a text about the
    # currency's country only.
    ("Zimbabwe's council in Harare collected ZiG 9 million in rates.",
     [("ZiG 9 million", 9e6, "ZWG")]),
    ("A Bhutan monastery got Nu 3 million for its roof.", [("Nu 3 million", 3e6, "BTN")]),
    ("A Bhutan farmer sold yaks for Nu. 40,000.", [("Nu. 40,000", 4e4, "BTN")]),
    ("The ZiG 9 team scored twice.", []),
])
def test_marks_of_other_locales_and_without_a_stop(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == amounts


@pytest.mark.parametrize(("text", "amounts"), [
    # Of withdrawn currencies the text's places name equally, the one named by its noun alone.
    ("Bulgaria's postal workers earned 900 leva a month in 2019.",
     [("900 leva", 900.0, "BGN")]),
])
def test_a_plural_shared_by_withdrawn_currencies_of_one_country(money, text, amounts):
    assert [(s, v["amount"], v["currency"]) for s, v in money(text)] == amounts
