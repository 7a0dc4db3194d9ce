"""artex_money quantities: percentages and counted amounts with a unit."""

import pytest


@pytest.fixture(scope="module")
def quantities(spans_of):
    return spans_of("artex_money", "artex_quantities", "artex_quantity")


@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier"), [
    ("Sales rose 30% in May.", "30%", 30, "percent", "exact"),
    ("Sales rose 40 percent.", "40 percent", 40, "percent", "exact"),
    ("Inflation was 4.5 per cent.", "4.5 per cent", 4.5, "percent", "exact"),
    ("Inflation was 4.5pc.", "4.5pc", 4.5, "percent", "exact"),
    ("It reported a 15% drop.", "15%", 15, "percent", "exact"),
    ("Prices fell almost six per cent.", "six per cent", 6, "percent", "approximate"),
    ("Rates rose 25 basis points.", "25 basis points", 25, "basis point", "exact"),
    ("It employs about 3,000 people.", "3,000 people", 3000, "people", "approximate"),
    ("generating over a million jobs", "a million jobs", 1e6, "jobs", "more_than"),
    ("trial production of 2-nanometer chips", "2-nanometer", 2, "nanometre", "exact"),
    ("a 2nm process", "2nm", 2, "nanometre", "exact"),
    ("It will build up to 150,000 vehicles.", "150,000 vehicles", 150000, "vehicles",
     "at_most"),
    ("The line is 150 kilometres long.", "150 kilometres", 150, "kilometre", "exact"),
    ("output of 1.4 million tonnes", "1.4 million tonnes", 1.4e6, "tonne", "exact"),
    ("with 44,000 new positions", "44,000 new positions", 44000, "positions", "exact"),
    ("capacity of 10 gigawatts", "10 gigawatts", 10, "gigawatt", "exact"),
    ("a 60GB edition", "60GB", 60, "gigabyte", "exact"),
    ("a 3.5-inch display", "3.5-inch", 3.5, "inch", "exact"),
    ("a 500,000 square foot data center", "500,000 square foot", 5e5, "square foot", "exact"),
    ("a 2,000-square-metre store", "2,000-square-metre", 2000, "square metre", "exact"),
])
def test_quantities_have_value_unit_and_qualifier(quantities, text, span, value, unit,
                                                   qualifier):
    assert quantities(text) == [(span, {"value": pytest.approx(value), "value_max": None,
                                        "unit": unit, "qualifier": qualifier})]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("likely to create 1,500 to 2,000 jobs", "1,500 to 2,000 jobs", 1500, 2000, "jobs"),
    ("a gain of 30 to 40 percent", "30 to 40 percent", 30, 40, "percent"),
    ("improvements of 15-20% are required", "15-20%", 15, 20, "percent"),
    ("sales to rise by 15% to 18% this year", "15% to 18%", 15, 18, "percent"),
    ("between 1.30 million and 1.34 million tonnes", "1.30 million and 1.34 million tonnes",
     1.3e6, 1.34e6, "tonne"),
])
def test_ranges_of_quantities(quantities, text, span, low, high, unit):
    assert quantities(text) == [(span, {"value": pytest.approx(low),
                                        "value_max": pytest.approx(high), "unit": unit,
                                        "qualifier": "range"})]


def test_or_more_than_qualifies_what_follows_not_what_precedes(quantities):
    found = quantities("The Dow fell 678 points or more than 7.3%.")
    assert [(s, q["value"], q["unit"], q["qualifier"]) for s, q in found] == [
        ("678 points", 678, "points", "exact"), ("7.3%", 7.3, "percent", "more_than")]


@pytest.mark.parametrize("text,span,value", [
    ("The index closed up 41.6 points at 7,204.9 points.", "7,204.9 points", 7204.9),
    ("She scored 31 points against the champions.", "31 points", 31),
    ("The gauge slipped 12 index points in a week.", "12 index points", 12),
])
def test_points_are_counted_and_keep_the_plural_written(quantities, text, span, value):
    found = {s: q for s, q in quantities(text)}
    assert found[span]["value"] == pytest.approx(value) and found[span]["unit"] == "points"


def test_a_unit_written_once_belongs_to_every_number_of_a_list(quantities):
    found = quantities("Exxon and Chevron fell by 1.5 and 3 percent.")
    assert [(s, q["value"], q["unit"]) for s, q in found] == [
        ("1.5", 1.5, "percent"), ("3 percent", 3, "percent")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The flood of 2024 displaced 40,000 people.", "40,000 people", 40000),
    ("Since 1998 about 3 million homes were built.", "3 million homes", 3e6),
    ("The strike of 2019 cost 1,200 jobs.", "1,200 jobs", 1200),
])
def test_a_year_just_before_a_count_does_not_make_it_a_name(quantities, text, span, value):
    assert [(s, q["value"]) for s, q in quantities(text)] == [(span, pytest.approx(value))]


@pytest.mark.parametrize("text", [
    "the first rate hike in 17 years",
    "Asia's second-largest economy",
    "1. Strengthening of Bilateral Relations",
    "2. Economic Growth: jobs in both countries",
    "The Fortune 500 companies grew.",
    "It bought five new 737 aircraft.",
    "He sold 787s and A330s to 5G operators during COVID-19.",
    "the partnership between the two nations",
    "In 2027 people will see.",
    "At one point the index rose.",
    "Most iOS 5 users upgraded.",
])
def test_no_quantity_from_durations_ordinals_lists_names_or_small_worded_counts(
        quantities, text):
    assert quantities(text) == []


def test_the_model_tags_open_class_count_nouns(nlp):
    doc = nlp("The group owns more than 1,100 dealerships and 1.2 million customer records "
              "were copied; it will cut 2,000 salaried jobs.")
    found = [(s.text, s._.artex_quantity["unit"], s._.artex_quantity["qualifier"])
             for s in doc.spans["artex_quantities"]]
    assert found == [("1,100 dealerships", "dealerships", "more_than"),
                     ("1.2 million customer records", "customer records", "exact"),
                     ("2,000 salaried jobs", "jobs", "exact")]


@pytest.mark.parametrize("text, expected", [
    ("The town will open a 120-bed clinic next year.", [("120-bed", 120, "bed")]),
    ("The 35-member board approved the plan.", [("35-member", 35, "member")]),
    ("They built a 600-seat theatre and an 80-room inn.",
     [("600-seat", 600, "seat"), ("80-room", 80, "room")]),
    # Durations are dates, and a number joined to a name is no count.
    ("She signed a 15-year lease for a 9-year-old boy.", []),
    ("The Boeing 737-max and COVID-19 tests were delayed.", []),
])
def test_a_count_joined_by_a_hyphen_to_a_noun_counts_that_noun_in_the_singular(
        nlp, text, expected):
    doc = nlp(text)
    found = [(s.text, s._.artex_quantity["value"], s._.artex_quantity["unit"])
             for s in doc.spans["artex_quantities"]]
    assert found == expected


@pytest.mark.parametrize("text", [
    "The shares trade at 14 times earnings, well above rivals.",
    "Applicants need 5 years experience in logistics.",
    "The stock changed hands at 2.5 times sales last week.",
])
def test_a_multiplier_or_a_duration_before_a_noun_counts_nothing(nlp, text):
    assert [s.text for s in nlp(text).spans["artex_quantities"]] == []


@pytest.mark.parametrize("text, expected", [
    # A participle says which are counted and stays in the unit; an adjective does not, nor
    # a hyphenated one.
    ("The clinic hired 14 trained midwives.", [("14 trained midwives", "trained midwives")]),
    ("Only 900 registered members voted.", [("900 registered members", "registered members")]),
    ("The fund will pay for 3,500 low-income flats.", [("3,500 low-income flats", "flats")]),
    ("The port added 40 new cranes.", [("40 new cranes", "cranes")]),
])
def test_a_participle_before_the_counted_noun_is_part_of_the_unit(nlp, text, expected):
    found = [(s.text, s._.artex_quantity["unit"]) for s in nlp(text).spans["artex_quantities"]]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("The cable carries 40 gigabits per second.", [("40 gigabits per second",
                                                    "gigabit per second")]),
    ("Maize yields reached 6 tonnes per hectare.", [("6 tonnes per hectare",
                                                     "tonne per hectare")]),
])
def test_a_measure_per_unit_is_one_unit_and_no_date(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.artex_quantity["unit"]) for s in doc.spans["artex_quantities"]] \
        == expected
    assert [s.text for s in doc.spans["artex_dates"]] == []
