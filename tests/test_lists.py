"""artex_lists: lists typed by their heading (kind, polarity), items split into title and text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

GOLDEN = Path(__file__).resolve().parent.parent / "corpus" / "japan-us-tech-investments.txt"


@pytest.fixture(scope="module")
def lists_of(blank_with):
    nlp = blank_with("artex_segment", "artex_lists")

    def run(text: str):
        doc = nlp(text)
        return doc, [span._.artex_list for span in doc.spans["artex_lists"]]

    return run


def with_heading(heading: str) -> str:
    return f"Headline Words Here\n\nSome body text.\n\n{heading}\n- First point here\n" \
           "- Second point here\n"


@pytest.fixture(scope="module")
def golden(lists_of):
    return lists_of(GOLDEN.read_text(encoding="utf-8"))


def test_golden_lists_are_typed_in_order(golden):
    _, lists = golden
    assert [(lst["heading"], lst["kind"], lst["polarity"]) for lst in lists] == [
        ("Advantages of Tech Investments Between Japan and the U.S.", "advantages", "pro"),
        ("Key Challenges and Controversies", "challenges", "con"),
        ("Disadvantages of Tech Investments", "disadvantages", "con"),
    ]


def test_golden_item_titles(golden):
    _, lists = golden
    assert [[item["title"] for item in lst["items"]] for lst in lists] == [
        ["Strengthening of Bilateral Relations", "Economic Growth", "Innovation Enhancement",
         "Supply Chain Security"],
        ["Geopolitical Tensions", "Intellectual Property", "Potential Dependency",
         "Economic and Policy Balancing"],
        ["Market Distortion", "Privacy and Security", "Economic Vulnerability"],
    ]


def test_golden_item_text_is_the_description_with_offsets(golden):
    doc, lists = golden
    item = lists[2]["items"][2]
    assert item["text"].startswith("The focus on AI") and item["text"].endswith("industries.")
    for lst in lists:
        for item in lst["items"]:
            assert doc.text[item["start"]:item["end"]] == item["text"]


def test_list_span_runs_from_heading_through_last_item(golden):
    doc, lists = golden
    span = doc.spans["artex_lists"][1]
    assert span.start_char == lists[1]["heading_start"]
    assert span.text.endswith("without negative repercussions.")
    assert doc.text[lists[1]["heading_start"]:lists[1]["heading_end"]] == lists[1]["heading"]


@pytest.mark.parametrize(("heading", "kind", "polarity"), [
    ("Advantages:", "advantages", "pro"),
    ("Key Benefits of the Deal:", "benefits", "pro"),
    ("Opportunities:", "opportunities", "pro"),
    ("Strengths:", "strengths", "pro"),
    ("Upsides:", "upsides", "pro"),
    ("Disadvantages:", "disadvantages", "con"),
    ("Main Drawbacks:", "drawbacks", "con"),
    ("Risks:", "risks", "con"),
    ("Key Challenges and Controversies:", "challenges", "con"),
    ("Concerns:", "concerns", "con"),
    ("Weaknesses:", "weaknesses", "con"),
    ("Threats:", "threats", "con"),
    ("Downsides:", "downsides", "con"),
    ("Key facts:", "other", "neutral"),
    ("What happens next:", "other", "neutral"),
])
def test_heading_gives_kind_and_polarity(lists_of, heading, kind, polarity):
    _, lists = lists_of(with_heading(heading))
    assert (lists[0]["heading"], lists[0]["kind"], lists[0]["polarity"]) == (
        heading.rstrip(":"), kind, polarity)


def test_heading_naming_both_sides_without_sub_headings_is_neutral(lists_of):
    _, lists = lists_of(with_heading("Advantages and Disadvantages:"))
    assert (lists[0]["kind"], lists[0]["polarity"]) == ("advantages", "neutral")


def test_pros_and_cons_heading_splits_by_sub_headings(lists_of):
    _, lists = lists_of("Headline Words Here\n\nIntro text.\n\nPros and Cons\n\nPros\n"
                        "- Cheap to run\n- Fast\n\nCons\n- Loud\n- Heavy to carry\n")
    assert [(lst["heading"], lst["kind"], lst["polarity"]) for lst in lists] == [
        ("Pros", "pros", "pro"), ("Cons", "cons", "con")]
    assert [item["text"] for item in lists[1]["items"]] == ["Loud", "Heavy to carry"]


def test_inline_pros_and_cons_split_at_semicolons(lists_of):
    doc, lists = lists_of("Headline Words Here\n\nAnalysts weighed the plan. Pros: fewer "
                          "delays; more trains; lower costs. Cons: long closures; no new "
                          "stations.\n")
    assert [(lst["heading"], lst["polarity"]) for lst in lists] == [("Pros", "pro"),
                                                                    ("Cons", "con")]
    assert [item["text"] for item in lists[0]["items"]] == ["fewer delays", "more trains",
                                                            "lower costs"]
    assert all(item["title"] is None for item in lists[0]["items"])
    last = lists[1]["items"][-1]
    assert doc.text[last["start"]:last["end"]] == "no new stations"


def test_bold_markdown_titles_lose_their_marks(lists_of):
    _, lists = lists_of("Headline Words Here\n\nSome text.\n\n## Cons\n\n- **Dealer resistance:**"
                        " Owners may not push them.\n- **Price**: Below what investors paid.\n")
    assert [(i["title"], i["text"]) for i in lists[0]["items"]] == [
        ("Dealer resistance", "Owners may not push them."), ("Price", "Below what investors paid.")]
    assert (lists[0]["heading"], lists[0]["kind"]) == ("Cons", "cons")


def test_list_introduced_by_a_sentence_is_typed_by_it(lists_of):
    _, lists = lists_of("Headline Words Here\n\nOfficials said on Friday that the report, "
                        "published by the central bank, names three risks:\n\n- Inflation\n"
                        "- Debt\n- War\n")
    assert (lists[0]["heading"], lists[0]["kind"], lists[0]["polarity"]) == (None, "risks", "con")


def test_references_and_boilerplate_are_not_lists(lists_of):
    _, lists = lists_of("Headline Words Here\n\nBody text here.\n\nRelated:\n- A linked story\n"
                        "- Another linked story\n\n- Privacy policy\n- Contact us\n")
    assert lists == []


def test_article_without_lists_has_none(lists_of):
    _, lists = lists_of("Headline Words Here\n\nOne paragraph.\n\nAnother paragraph.\n")
    assert lists == []


def test_sub_lists_without_a_kind_take_the_parent_heading(lists_of):
    _, lists = lists_of("Headline Words Here\n\nIntro text.\n\nRisks\n\nShort term\n- Delays\n"
                        "- Strikes\n\nLong term\n- Obsolescence\n- Debt\n")
    assert [(lst["heading"], lst["kind"], lst["polarity"]) for lst in lists] == [
        ("Short term", "risks", "con"), ("Long term", "risks", "con")]


LIST_LINES = ["", "Advantages:", "Pros and Cons", "Cons", "Key facts:", "Related:",
              "1. Growth: Jobs will rise.", "- **Reach:** Many stores.", "• Short item",
              "  wrapped on.", "Cost: It is cheap.", "Body sentence that ends here.",
              "Analysts said: Pros: a; b. Cons: c; and d.", "Privacy policy"]


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(LIST_LINES), min_size=1, max_size=12))
def test_any_list_layout_gives_items_whose_offsets_hold_their_text(lists_of, lines):
    doc, lists = lists_of("\n".join(lines))
    for lst in lists:
        assert lst["polarity"] in ("pro", "con", "neutral")
        if lst["heading"] is not None:
            assert doc.text[lst["heading_start"]:lst["heading_end"]] == lst["heading"]
            assert not lst["heading"].endswith(":")
        for item in lst["items"]:
            assert item["text"] and doc.text[item["start"]:item["end"]] == item["text"]
            assert item["title"] is None or not item["title"].endswith((":", "*"))


def test_question_heading_types_its_list(lists_of):
    _, lists = lists_of("Headline Words Here\n\nIntro text here.\n\nWhat are the risks?\n\n"
                        "- Delays\n- Strikes\n")
    assert (lists[0]["heading"], lists[0]["kind"]) == ("What are the risks?", "risks")


def test_inline_list_opened_by_a_short_phrase_naming_its_kind(lists_of):
    _, lists = lists_of("Title Here\n\nThe plan is bold. The main risks: inflation; debt; war. "
                        "Officials were calm.\n")
    assert [(lst["heading"], lst["kind"], [i["text"] for i in lst["items"]]) for lst in lists] == [
        ("The main risks", "risks", ["inflation", "debt", "war"])]


def test_pros_and_cons_heading_over_inline_lists_on_their_own_lines(lists_of):
    _, lists = lists_of("Title Here\n\nPros and Cons\n\nPros: cheap; fast; reliable.\n"
                        "Cons: loud; heavy.\n")
    assert [(lst["heading"], lst["polarity"], [i["text"] for i in lst["items"]])
            for lst in lists] == [("Pros", "pro", ["cheap", "fast", "reliable"]),
                                  ("Cons", "con", ["loud", "heavy"])]
