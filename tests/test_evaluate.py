"""The scorer of `artex eval` on tiny hand-made gold and predictions (no model is loaded)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime

import pytest
from dateparser.date import DateDataParser
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from artex.cli import app
from artex.evaluate import (
    ABLATED,
    ARTEX,
    COUNT_KEYS,
    METRICS,
    DatasetReport,
    SpacyBaseline,
    align_gold,
    fold_names,
    match_spans,
    metrics_of,
    normalise_timex,
    overlap,
    score_article,
)
from artex.gold import GoldCase, GoldError, load_gold, meantime_case, read_cases
from artex.schema import GOLD_VERSION, Article, GoldArticle, Stats

TEXT = ("Acme Corp said on Monday it will spend $2 billion in Ohio. Acme hired 300 people. "
        "Jane Doe, Acme's chief, met Ohio officials.")


def at(text: str, word: str, nth: int = 0) -> dict:
    """A span dict for the ``nth`` occurrence of ``word`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return {"text": word, "start": start, "end": start + len(word)}


def entity(label: str, *mentions: dict) -> dict:
    return {"name": mentions[0]["text"], "label": label, "country_code": None, "aliases": [],
            "mentions": list(mentions)}


def money(span: dict, amount, currency="USD", qualifier="exact", amount_max=None,
          roles: dict | None = None) -> dict:
    return {**span, "amount": amount, "amount_max": amount_max, "currency": currency,
            "qualifier": qualifier, "per": None, "roles": roles}


def quantity(span: dict, value, unit) -> dict:
    return {**span, "value": value, "value_max": None, "unit": unit, "qualifier": "exact"}


def timex(span: dict, value, type_="DATE") -> dict:
    return {**span, "type": type_, "value": value, "modifier": None, "start_date": None,
            "end_date": None}


def annotations(text: str = TEXT, **fields) -> GoldArticle:
    empty = {"entities": [], "money": [], "quantities": [], "dates": [], "lists": []}
    return GoldArticle(gold_version=GOLD_VERSION, source="a.txt", reference_date=None,
                       title=None, published=None, text=text, **{**empty, **fields})


def score(gold: GoldArticle, predicted: GoldArticle, case: GoldCase | None = None) -> dict:
    case = case or GoldCase(dataset="corpus", name="a", gold=gold)
    return metrics_of(score_article(case, gold, predicted).counts)


ACME = [at(TEXT, "Acme Corp"), at(TEXT, "Acme", 1), at(TEXT, "Acme", 2)]


# --- matching -------------------------------------------------------------------------------

def test_each_span_matches_at_most_one_other_largest_overlap_first():
    gold = [(0, 10), (20, 30)]
    predicted = [(5, 25), (0, 9), (28, 29)]
    assert match_spans(gold, predicted) == [(0, 1), (1, 0)]


def test_a_preferred_pair_wins_over_a_larger_overlap():
    pairs = match_spans([(0, 10)], [(0, 10), (2, 5)], preferred=lambda g, p: p == 1)
    assert pairs == [(0, 1)]


def test_a_span_inside_a_longer_gold_span_keeps_its_prediction():
    # "the Moscone West center in San Francisco" and "San Francisco": best pair first would
    # give the long gold span the "San Francisco" prediction and leave two spans unmatched.
    gold = [(0, 40), (27, 40)]
    predicted = [(4, 16), (27, 40)]
    assert match_spans(gold, predicted) == [(0, 0), (1, 1)]
    assert match_spans(gold, predicted, preferred=lambda g, p: True) == [(0, 0), (1, 1)]


def test_preferred_pairs_come_before_more_pairs():
    # One preferred pair is worth more than two that are not.
    pairs = match_spans([(0, 10), (8, 20)], [(5, 12)], preferred=lambda g, p: g == 1)
    assert pairs == [(1, 0)]
    pairs = match_spans([(0, 10), (8, 20)], [(0, 9), (9, 20)], preferred=lambda g, p: g == p)
    assert pairs == [(0, 0), (1, 1)]


def test_spans_that_only_touch_do_not_match():
    assert match_spans([(0, 5)], [(5, 9)]) == []


# --- entities -------------------------------------------------------------------------------

def test_entity_mentions_count_as_right_only_with_the_gold_label():
    gold = annotations(entities=[entity("ORG", *ACME), entity("GPE", at(TEXT, "Ohio"))])
    predicted = annotations(entities=[entity("ORG", *ACME[:2]),
                                      entity("PERSON", at(TEXT, "Ohio")),
                                      entity("PERSON", at(TEXT, "Jane Doe"))])
    scores = score(gold, predicted)
    assert scores["entities.precision"] == pytest.approx(2 / 4)
    assert scores["entities.recall"] == pytest.approx(2 / 4)
    assert scores["entities.span_recall"] == pytest.approx(3 / 4)
    assert scores["entities.label_accuracy"] == pytest.approx(2 / 3)


def test_a_mapped_label_set_accepts_any_of_its_labels_and_ignored_mentions_are_neutral():
    gold = annotations(entities=[entity("LOC", at(TEXT, "Ohio"))])
    predicted = annotations(entities=[entity("GPE", at(TEXT, "Ohio")),
                                      entity("PERSON", at(TEXT, "Jane Doe"))])
    case = GoldCase(dataset="meantime", name="a", gold=gold,
                    label_sets={"LOC": frozenset({"GPE", "LOC", "FAC"})},
                    ignored_mentions=((at(TEXT, "Jane Doe")["start"], at(TEXT, "Jane")["end"]),),
                    merges_annotated=False)
    scores = score(gold, predicted, case)
    assert scores["entities.precision"] == 1.0
    assert scores["entities.recall"] == 1.0
    assert scores["entities.merge_accuracy"] is None


@pytest.mark.parametrize(("predicted_entities", "merged"), [
    ([entity("ORG", *ACME)], True),
    ([entity("ORG", *ACME[:2]), entity("ORG", ACME[2])], False),
    ([entity("ORG", *ACME, at(TEXT, "Ohio"))], False),
    ([entity("ORG", *ACME[:2])], True),
    ([], False),
], ids=["one-entity", "split", "merged-with-another", "one-mention-missed", "not-found"])
def test_a_gold_entity_is_merged_right_only_when_one_predicted_entity_holds_just_it(
        predicted_entities, merged):
    gold = annotations(entities=[entity("ORG", *ACME)])
    scores = score(gold, annotations(entities=predicted_entities))
    assert scores["entities.merge_accuracy"] == (1.0 if merged else 0.0)


# --- money, quantities, dates ---------------------------------------------------------------

@pytest.mark.parametrize(("predicted", "right"), [
    (money(at(TEXT, "$2 billion"), 2e9), True),
    (money(at(TEXT, "$2 billion"), 2e9 * (1 + 1e-8)), True),
    (money(at(TEXT, "$2 billion"), 2.0), False),
    (money(at(TEXT, "$2 billion"), 2e9, currency=None), False),
    (money(at(TEXT, "$2 billion"), 2e9, qualifier="range", amount_max=3e9), False),
    (money(at(TEXT, "2 billion"), 2e9, currency="usd"), True),
], ids=["equal", "within-tolerance", "scale-missed", "no-currency", "false-range",
        "overlap-and-case"])
def test_money_amount_and_currency_accuracy_on_matched_spans(predicted, right):
    gold = annotations(money=[money(at(TEXT, "$2 billion"), 2e9)])
    scores = score(gold, annotations(money=[predicted]))
    assert scores["money.span_f1"] == 1.0
    assert scores["money.amount_currency_accuracy"] == (1.0 if right else 0.0)


def test_money_qualifier_is_scored_only_on_matched_spans():
    gold = annotations(money=[money(at(TEXT, "$2 billion"), 2e9, qualifier="approximate")])
    predicted = annotations(money=[money(at(TEXT, "$2 billion"), 2e9, qualifier="exact"),
                                   money(at(TEXT, "300"), 300.0)])
    scores = score(gold, predicted)
    assert scores["money.span_precision"] == 0.5
    assert scores["money.qualifier_accuracy"] == 0.0


def test_quantity_value_and_unit_must_both_be_right():
    gold = annotations(quantities=[quantity(at(TEXT, "300 people"), 300, "people")])
    assert score(gold, annotations(quantities=[quantity(at(TEXT, "300"), 300, None)]))[
        "quantities.value_unit_accuracy"] == 0.0
    assert score(gold, annotations(quantities=[quantity(at(TEXT, "300 people"), 300, "People")]))[
        "quantities.value_unit_accuracy"] == 1.0


@pytest.mark.parametrize(("gold_value", "predicted_value", "equal"), [
    ("2009-06-01T12:00Z", "2009-06-01T12:00", True),
    ("2009-06-01T12:00:00", "2009-06-01T12:00", True),
    ("2009-06-01T12:00+01:00", "2009-06-01T12:00", True),
    ("2008-w35", "2008-W35", True),
    ("P1Y", "P12M", False),
    ("2008-03", "2008-03-01", False),
    ("PRESENT_REF", None, False),
])
def test_timex_values_compare_after_the_documented_normalisation(gold_value, predicted_value,
                                                                 equal):
    assert (normalise_timex(gold_value) == normalise_timex(predicted_value)) is equal


def test_date_type_and_value_accuracy_on_matched_spans():
    gold = annotations(dates=[timex(at(TEXT, "Monday"), "2024-04-08")])
    predicted = annotations(dates=[timex(at(TEXT, "on Monday"), "2024-04-08", "TIME")])
    scores = score(gold, predicted)
    assert scores["dates.span_f1"] == 1.0
    assert scores["dates.type_accuracy"] == 0.0
    assert scores["dates.value_accuracy"] == 1.0


def test_every_error_behind_the_scores_is_listed_in_words():
    gold = annotations(dates=[timex(at(TEXT, "Monday"), "2024-04-08")],
                       money=[money(at(TEXT, "$2 billion"), 2e9)])
    predicted = annotations(dates=[timex(at(TEXT, "Monday"), "2024-04-15")],
                            money=[money(at(TEXT, "300"), 300.0)])
    case = GoldCase(dataset="corpus", name="a", gold=gold)
    assert score_article(case, gold, predicted).errors == [
        "money missed: '$2 billion' [39:49]",
        "money spurious: '300' [70:73]",
        "dates value: 'Monday' [18:24] is 2024-04-08, not 2024-04-15",
    ]


# --- lists ----------------------------------------------------------------------------------

LIST_TEXT = "Risks:\n- Cost: It is dear.\n- Delay: It is late.\n\nUpsides:\n- Jobs: Many.\n"


def a_list(heading, polarity, *items) -> dict:
    return {"heading": heading, "kind": "risks" if polarity == "con" else "benefits",
            "polarity": polarity,
            "items": [{"title": title, **at(LIST_TEXT, text)} for title, text in items]}


def test_lists_match_by_item_overlap_or_heading_and_score_polarity_and_items():
    gold = annotations(LIST_TEXT, lists=[
        a_list("Risks", "con", ("Cost", "It is dear."), ("Delay", "It is late.")),
        a_list("Upsides", "pro", ("Jobs", "Many."))])
    predicted = annotations(LIST_TEXT, lists=[
        a_list("Risks", "pro", ("Cost", "It is dear."), (None, "Delay: It is late.")),
        a_list("upsides:", "pro")])
    scores = score(gold, predicted)
    assert scores["lists.recall"] == 1.0
    assert scores["lists.polarity_accuracy"] == 0.5
    assert scores["lists.item_precision"] == 1.0
    assert scores["lists.item_recall"] == pytest.approx(2 / 3)
    assert scores["lists.item_exact_accuracy"] == 0.5


def test_the_gold_scored_against_itself_is_right_everywhere():
    text = TEXT + "\n\n" + LIST_TEXT
    gold = annotations(
        text, entities=[entity("ORG", at(text, "Acme Corp"), at(text, "Acme", 1))],
        money=[money(at(text, "$2 billion"), 2e9, roles={
            "payer": ["Acme Corp"], "payee_text": "contractors", "holder_text": "the plant",
            "place_text": "Ohio", "source": ["Acme Corp"]})],
        quantities=[quantity(at(text, "300 people"), 300, "people")],
        dates=[timex(at(text, "Monday"), "2024-04-08")],
        lists=[{"heading": "Risks", "kind": "risks", "polarity": "con",
                "items": [{"title": "Cost", **at(text, "It is dear.")}]}],
        quotes=[{**at(text, "it will spend $2 billion in Ohio"), "kind": "indirect",
                 "speaker": "Acme Corp", "speaker_text": "Acme Corp", "cue": "said"}],
        claims=[{**at(text, "It is dear"), "polarity": "con", "holder": None,
                 "holder_text": None, "cue": "risks"}])
    scores = score(gold, gold)
    # Fillers outside credits are counted from a whole Article by run_eval, not here.
    assert scores.pop("roles.outside_credits") == 0.0
    assert scores == dict.fromkeys(scores, 1.0)


def test_role_fillers_match_by_entity_mentions_and_by_shared_content_words():
    acme = entity("ORG", *ACME)
    ohio = entity("GPE", at(TEXT, "Ohio"), at(TEXT, "Ohio", 1))
    gold = annotations(entities=[acme, ohio], money=[money(at(TEXT, "$2 billion"), 2e9, roles={
        "payer": ["Acme Corp"], "place": ["Ohio"], "source_text": "a company statement"})])
    # The prediction names Acme differently, puts Ohio as payer too, and words the source
    # differently ("statement" is shared); its place is missing.
    predicted = annotations(
        entities=[{**acme, "name": "Acme"}, ohio],
        money=[money(at(TEXT, "$2 billion"), 2e9, roles={
            "payer": ["Acme", "Ohio"], "source_text": "the statement"})])
    scores = score(gold, predicted)
    assert scores["roles.payer.precision"] == 0.5
    assert scores["roles.payer.recall"] == 1.0
    assert scores["roles.place.recall"] == 0.0
    assert scores["roles.place.precision"] is None
    assert scores["roles.source.f1"] == 1.0
    assert scores["roles.all.precision"] == pytest.approx(2 / 3)


def test_an_article_without_gold_roles_is_not_scored_for_roles():
    gold = annotations(money=[money(at(TEXT, "$2 billion"), 2e9)])
    predicted = annotations(money=[money(at(TEXT, "$2 billion"), 2e9,
                                         roles={"payer_text": "Acme"})])
    assert score(gold, predicted)["roles.all.precision"] is None


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 10)), max_size=8),
       st.lists(st.tuples(st.integers(0, 40), st.integers(1, 10)), max_size=8))
def test_matched_spans_overlap_and_are_used_once(gold, predicted):
    gold = [(start, start + length) for start, length in gold]
    predicted = [(start, start + length) for start, length in predicted]
    pairs = match_spans(gold, predicted)
    assert len({g for g, _ in pairs}) == len({p for _, p in pairs}) == len(pairs)
    assert all(overlap(gold[g], predicted[p]) > 0 for g, p in pairs)
    # No unmatched gold span is left overlapping an unmatched prediction.
    free_gold = set(range(len(gold))) - {g for g, _ in pairs}
    free_predicted = set(range(len(predicted))) - {p for _, p in pairs}
    assert not any(overlap(gold[g], predicted[p]) > 0 for g in free_gold for p in free_predicted)


# --- regions, alignment, metrics ------------------------------------------------------------

def test_nothing_after_the_annotated_region_is_scored():
    gold = annotations(entities=[entity("ORG", ACME[0])])
    predicted = annotations(entities=[entity("ORG", ACME[0]), entity("GPE", at(TEXT, "Ohio", 1))])
    case = GoldCase(dataset="meantime", name="a", gold=gold, annotated_end=len("Acme Corp said"))
    assert score(gold, predicted, case)["entities.precision"] == 1.0


def test_gold_offsets_move_onto_a_differently_extracted_text():
    gold = annotations("Title\n\nAcme hired 300 people.",
                       entities=[entity("ORG", {"text": "Acme", "start": 7, "end": 11}),
                                 entity("ORG", {"text": "Title", "start": 0, "end": 5})])
    moved, unmapped = align_gold(gold, "# Extra\nAcme hired 300 people.")
    assert unmapped == 1
    assert [m.text for e in moved.entities for m in e.mentions] == ["Acme"]
    assert moved.entities[0].mentions[0].start == 8


def test_a_ratio_with_nothing_to_score_is_none_and_f1_is_the_harmonic_mean():
    scores = metrics_of(Counter({"dates.matched": 3, "dates.gold": 4, "dates.predicted": 6}))
    assert scores["dates.span_f1"] == pytest.approx(2 * 0.5 * 0.75 / (0.5 + 0.75))
    assert scores["money.span_f1"] is None


def test_the_json_report_has_every_key_even_where_nothing_was_scored():
    report = DatasetReport("meantime", counts={"artex": Counter({"dates.gold": 2})})
    system = report.to_json()["systems"]["artex"]
    assert list(system["metrics"]) == [m.key for m in METRICS]
    assert list(system["counts"]) == COUNT_KEYS
    assert system["metrics"]["dates.span_recall"] == 0.0
    assert system["metrics"]["lists.f1"] is None


# --- gold files -----------------------------------------------------------------------------

def write_gold(folder, **changes):
    text = "Acme hired 300 people.\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    data = {"gold_version": "1.0", "source": "a.txt", "reference_date": "2024-04-12",
            "title": None, "published": None, "text": text,
            "entities": [entity("ORG", at(text, "Acme"))], "money": [], "quantities": [],
            "dates": [], "lists": [], **changes}
    path = folder / "a.gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_valid_gold_file_loads(tmp_path):
    assert load_gold(write_gold(tmp_path)).entities[0].mentions[0].text == "Acme"


@pytest.mark.parametrize(("changes", "message"), [
    ({"entities": [entity("ORG", {"text": "Acme", "start": 1, "end": 5})]},
     "span 'Acme' at [1:5] does not match the text, which has 'cme ' there"),
    ({"text": "Acme hired 300 people."}, "text differs from the content of a.txt"),
    ({"source": "missing.txt"}, "its source 'missing.txt' is not a file beside it"),
    ({"money": [{"text": "300", "start": 11, "end": 14}]}, "money.0.amount: Field required"),
    ({"gold_version": "2.0"}, "gold_version"),
])
def test_a_bad_gold_file_is_refused_naming_the_file_and_the_problem(tmp_path, changes, message):
    path = write_gold(tmp_path, **changes)
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


def test_a_gold_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "a.gold.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON"):
        load_gold(path)


def test_a_full_article_json_is_read_as_gold(tmp_path):
    text = "Acme hired 300 people.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = Article(
        id="x", source="corpus/a.txt", title=None, published=None,
        reference_date=date(2024, 4, 12), text=text,
        stats=Stats(characters=len(text), words=4, sentences=1, paragraphs=1), sections=[],
        entities=[{"id": "e1", "name": "Acme", "label": "ORG", "count": 1, "aliases": [],
                   "country_code": None, "mentions": [at(text, "Acme")]}],
        money=[], quantities=[], dates=[], lists=[], warnings=[])
    path = tmp_path / "a.gold.json"
    path.write_text(article.model_dump_json(), encoding="utf-8")
    gold = load_gold(path)
    assert gold.source == "a.txt"
    assert gold.reference_date == date(2024, 4, 12)
    assert gold.entities[0].label == "ORG"


def test_a_folder_without_gold_files_is_refused(tmp_path):
    with pytest.raises(GoldError, match="holds no"):
        read_cases([tmp_path])


MEANTIME_TEXT = "Boeing wins\n03-02-2009\nUnited States airframer Boeing gained 5%.\n"


def test_a_meantime_record_maps_labels_heads_dates_and_the_annotated_region():
    text = MEANTIME_TEXT
    phrase = at(text, "United States airframer Boeing")
    row = {"doc_id": "d", "dct": "03-02-2009", "title": "Boeing wins", "text": text,
           "entities": [{**phrase, "label": "ORG", "head_start": at(text, "Boeing", 1)["start"],
                         "head_end": at(text, "Boeing", 1)["end"]},
                        {**at(text, "Boeing"), "label": "PRO"}],
           "timexes": [{**at(text, "03-02-2009"), "type": "DATE", "value": "03-02-2009",
                        "mod": None}],
           "values": [{**at(text, "5%"), "type": "PERCENT"}], "money": []}
    case = meantime_case(row)
    assert case.gold.reference_date == date(2009, 2, 3)
    assert case.gold.dates[0].value == "2009-02-03"
    assert [m.text for e in case.gold.entities for m in e.mentions] == ["Boeing"]
    assert case.gold.entities[0].mentions[0].start == at(text, "Boeing", 1)["start"]
    assert case.ignored_mentions == ((0, 6),)
    assert case.label_sets["LOC"] == {"GPE", "LOC", "FAC", "NORP"}
    assert case.annotated_end == len(text)
    assert case.gold.quantities[0].value is None


@pytest.mark.parametrize("phrase, name, counted", [
    # A descriptive word before the name: the name heads the phrase, counted once.
    ("US automaker Norvane", "Norvane", ["Norvane"]),
    ("the company's vice president Ana Ruiz", "Ana Ruiz", ["Ana Ruiz"]),
    # A coordination, a place and its region, an acronym in brackets: two mentions.
    ("Norvane and Kestrel Motors", "Kestrel Motors", ["Norvane and Kestrel Motors",
                                                      "Kestrel Motors"]),
    ("Port Ellis, Westshire", "Westshire", ["Port Ellis, Westshire", "Westshire"]),
    ("the Norvane Air Force (NAF", "NAF", ["the Norvane Air Force (NAF", "NAF"]),
])
def test_a_meantime_phrase_without_a_head_ending_with_a_name_counts_once(phrase, name,
                                                                         counted):
    text = f"Title\n03-02-2009\n{phrase} grew.\n"
    row = {"doc_id": "d", "dct": "03-02-2009", "title": "Title", "text": text,
           "entities": [{**at(text, phrase), "label": "ORG"}, {**at(text, name), "label": "ORG"}],
           "timexes": [], "values": [], "money": []}
    case = meantime_case(row)
    assert [m.text for e in case.gold.entities for m in e.mentions] == counted


# --- the baseline's normalisation helpers ---------------------------------------------------

@pytest.mark.parametrize(("symbol", "code"), [
    ("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("SEK", "SEK"),
    ("kr", None), (None, None),
])
def test_baseline_currency_symbols_map_to_iso_codes(symbol, code):
    assert SpacyBaseline.currency(symbol) == code


@pytest.mark.parametrize(("text", "label", "value"), [
    ("March 4", "DATE", "2025-03-04"),
    ("November 2024", "DATE", "2024-11"),
    ("last year", "DATE", "2024"),
    # Preferring the past, dateparser puts a clock time before the midnight reference.
    ("14:58", "TIME", "2025-03-03T14:58"),
    ("the middle of nowhere", "DATE", None),
])
def test_baseline_dates_are_written_at_the_granularity_dateparser_reports(text, label, value):
    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(2025, 3, 4), "PREFER_DATES_FROM": "past"})
    assert SpacyBaseline.timex(parser, text, label) == value


def test_eval_refuses_a_missing_gold_path_with_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nothing.gold.json")])
    assert result.exit_code == 2
    assert f"{tmp_path / 'nothing.gold.json'}: no such file" in result.output


def test_eval_validate_checks_the_gold_without_running_the_pipeline(tmp_path):
    write_gold(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--validate", str(tmp_path)])
    assert result.exit_code == 0
    assert result.output == "1 gold articles are valid\n"


def meantime_like(name: str) -> GoldCase:
    return GoldCase(dataset="meantime", name=name, gold=annotations())


def test_folds_deal_the_development_documents_by_id_and_leave_other_datasets_whole():
    cases = [meantime_like(name) for name in ("d", "a", "c", "b", "e")] \
        + [GoldCase(dataset="corpus", name="x", gold=annotations())]
    assert fold_names(cases, 2) == ["meantime fold 2/2", "meantime fold 1/2", "meantime fold 1/2",
                                    "meantime fold 2/2", "meantime fold 1/2", "corpus"]
    assert fold_names(cases, 1) == ["meantime"] * 5 + ["corpus"]


def test_an_ablation_reports_the_familys_gain_per_dataset():
    report = DatasetReport("meantime fold 1/2", counts={
        ARTEX: Counter({"mentions.predicted": 10, "mentions.gold": 10,
                        "entities.label_correct": 8}),
        ABLATED: Counter({"mentions.predicted": 10, "mentions.gold": 10,
                          "entities.label_correct": 6})})
    gains = report.to_json()["gains"]
    assert gains["entities.precision"] == pytest.approx(0.2)
    assert gains["money.span_precision"] is None


@pytest.mark.parametrize("options, reason", [
    (["--ablate", "no_such_family"], "--ablate: no rule family 'no_such_family'"),
    (["--folds", "0"], "--folds: must be at least 1"),
])
def test_eval_refuses_an_unknown_family_or_fold_count_in_one_line(tmp_path, options, reason):
    write_gold(tmp_path)
    result = CliRunner().invoke(app, ["eval", *options, str(tmp_path)])
    assert result.exit_code == 2
    assert reason in result.output and len(result.output.strip().splitlines()) == 1


QUOTE_TEXT = ('"We will build it," Jane Doe said. Acme Corp said costs would rise. '
              'Critics say the plant will drain the river.')


def quote(words: str, kind: str, speaker: str | None, speaker_text: str | None) -> dict:
    return {**at(QUOTE_TEXT, words), "kind": kind, "speaker": speaker,
            "speaker_text": speaker_text, "cue": "said"}


def claim(words: str, polarity: str) -> dict:
    return {**at(QUOTE_TEXT, words), "polarity": polarity, "holder": None,
            "holder_text": "Critics", "cue": "say"}


def test_quotes_score_span_speaker_by_entity_mentions_and_kind_on_matches():
    jane = entity("PERSON", at(QUOTE_TEXT, "Jane Doe"))
    acme = entity("ORG", at(QUOTE_TEXT, "Acme Corp"))
    gold = annotations(QUOTE_TEXT, entities=[jane, acme], quotes=[
        quote("We will build it", "direct", "Jane Doe", "Jane Doe"),
        quote("costs would rise", "indirect", "Acme Corp", "Acme Corp"),
        quote("the plant will drain the river", "indirect", None, "Critics")])
    # The prediction names Jane Doe differently (her mention is the same), gives Acme's
    # quote no speaker and a wrong kind, and misses the critics' words.
    predicted = annotations(QUOTE_TEXT, entities=[{**jane, "name": "Doe"}], quotes=[
        quote("We will build it", "direct", "Doe", "Jane Doe"),
        quote("costs would rise", "direct", None, "Acme Corp")])
    scores = score(gold, predicted)
    assert scores["quotes.span_precision"] == 1.0
    assert scores["quotes.span_recall"] == pytest.approx(2 / 3)
    assert scores["quotes.speaker_accuracy"] == 0.5
    assert scores["quotes.kind_accuracy"] == 0.5


@pytest.mark.parametrize(("gold_text", "predicted_text", "right"), [
    ("Critics", "critics", True),
    ("a spokeswoman for the group", "the spokeswoman", True),
    ("analysts", "officials", False),
    (None, None, True),
])
def test_a_speaker_that_is_no_entity_is_right_by_shared_content_words(gold_text,
                                                                      predicted_text, right):
    gold = annotations(QUOTE_TEXT, quotes=[quote("costs would rise", "indirect", None,
                                                 gold_text)])
    predicted = annotations(QUOTE_TEXT, quotes=[quote("costs would rise", "indirect", None,
                                                      predicted_text)])
    assert score(gold, predicted)["quotes.speaker_accuracy"] == (1.0 if right else 0.0)


def test_claims_score_span_and_polarity_and_only_where_the_gold_gives_them():
    gold = annotations(QUOTE_TEXT, claims=[claim("the plant will drain the river", "con")])
    wrong_side = annotations(QUOTE_TEXT, claims=[claim("the plant will drain", "pro")])
    scores = score(gold, wrong_side)
    assert scores["claims.span_f1"] == 1.0
    assert scores["claims.polarity_accuracy"] == 0.0
    unannotated = annotations(QUOTE_TEXT)
    assert score(unannotated, wrong_side)["claims.span_precision"] is None
    assert score(unannotated, wrong_side)["quotes.span_precision"] is None


def test_a_partial_quote_inside_reported_speech_pairs_with_its_own_kind():
    text = 'Marsh said the decision would come "within 30 days" of the vote.'
    marsh = entity("PERSON", at(text, "Marsh"))

    def q(words: str, kind: str) -> dict:
        return {**at(text, words), "kind": kind, "speaker": "Marsh", "speaker_text": "Marsh",
                "cue": "said"}

    both = [q('the decision would come "within 30 days" of the vote', "indirect"),
            q("within 30 days", "partial")]
    gold = annotations(text, entities=[marsh], quotes=both)
    predicted = annotations(text, entities=[marsh], quotes=list(reversed(both)))
    assert score(gold, predicted)["quotes.kind_accuracy"] == 1.0
