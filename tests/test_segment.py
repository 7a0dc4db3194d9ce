"""artex_segment: sections (title, byline, dateline, body, list, references, boilerplate),
headings, list items and line-break sentence starts."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artex.stages.common import prepare_doc

GOLDEN = Path(__file__).resolve().parent.parent / "corpus" / "japan-us-tech-investments.txt"

ARTICLE = """Markets Rally as Rates Fall

By Jane Doe
March 01, 2008

Shares rose sharply on Monday after the central bank cut rates.

Analysts expect more gains this year.

Key risks:

- Inflation: Prices could climb again.
- Debt: Governments owe more than ever.

Related:
Bank cuts rates again
Markets close higher

Privacy policy
Contact
"""


@pytest.fixture(scope="module")
def segment(blank_with):
    nlp = blank_with("artex_segment")

    def run(text: str, markup: list[tuple[int, int, str]] = ()):
        return prepare_doc(nlp.make_doc(text), None, markup) if markup else nlp.make_doc(text)

    def segmented(text: str, markup: list[tuple[int, int, str]] = ()):
        return nlp(run(text, markup))

    return segmented


def kinds(doc) -> list[str]:
    return [s.label_ for s in doc.spans["artex_sections"]]


def section_texts(doc, kind: str) -> list[str]:
    return [s.text for s in doc.spans["artex_sections"] if s.label_ == kind]


def item_parts(doc, section) -> list[tuple[str | None, str]]:
    parts = []
    for item in section._.artex_items:
        title = None
        if item["title_start"] is not None:
            title = doc.text[item["title_start"]:item["title_end"]]
        parts.append((title, doc.text[item["text_start"]:item["text_end"]]))
    return parts


def lists_of(doc):
    return [s for s in doc.spans["artex_sections"] if s.label_ == "list"]


# -- the golden case ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def golden(segment):
    return segment(GOLDEN.read_text(encoding="utf-8"))


def test_golden_title_is_the_headline(golden):
    assert section_texts(golden, "title") == [
        "Japan and U.S. Forge Stronger Bonds through Tech Investments"]


def test_golden_has_three_headed_lists_in_order(golden):
    headings = [s._.artex_heading["text"] for s in lists_of(golden)]
    assert headings == ["Advantages of Tech Investments Between Japan and the U.S.",
                        "Key Challenges and Controversies", "Disadvantages of Tech Investments"]
    assert [len(s._.artex_items) for s in lists_of(golden)] == [4, 4, 3]


def test_golden_items_have_titles_and_descriptions(golden):
    title, text = item_parts(golden, lists_of(golden)[0])[1]
    assert title == "Economic Growth"
    assert text.startswith("Investments from tech giants") and text.endswith("global economy.")


def test_golden_link_lines_after_intro_are_one_references_section(golden):
    assert section_texts(golden, "references") == [
        "Ministry of Justice of Japan\nU.S. Department of State\nInternational Monetary Fund"]
    bodies = section_texts(golden, "body")
    assert any(b.startswith("For further understanding") for b in bodies)
    assert any(b.startswith("Please note that") for b in bodies)


def test_golden_footer_is_boilerplate(golden):
    assert section_texts(golden, "boilerplate") == ["Privacy policy\nContact"]


# -- structure ---------------------------------------------------------------------------------

COVERAGE_CASES = [
    ARTICLE,
    GOLDEN.read_text(encoding="utf-8"),
    "Pros and Cons\n\nPros\n- Cheap\n- Fast\nCons\n- Loud\n",
    "A one-line note with no structure.",
    "Title\n\nBackground\n\nOrphan heading at the end\n",
]


def assert_well_formed(doc) -> None:
    """Sections in order without overlap, covering every non-blank line; headings and items
    inside their section, with offsets that agree with the text."""
    text = doc.text
    sections = list(doc.spans["artex_sections"])
    for before, after in zip(sections, sections[1:], strict=False):
        assert before.end_char <= after.start_char
    for section in sections:
        heading = section._.artex_heading
        if heading:
            assert text[heading["start"]:heading["end"]] == heading["text"]
            assert section.start_char <= heading["start"] < heading["end"] <= section.end_char
        for item in section._.artex_items or []:
            assert section.start_char <= item["start"] <= item["text_start"]
            assert item["text_start"] < item["text_end"] <= item["end"] <= section.end_char
            if item["title_start"] is not None:
                assert item["start"] <= item["title_start"] < item["title_end"]
                assert item["title_end"] <= item["text_start"]
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            start = offset + len(line) - len(line.lstrip())
            assert any(s.start_char <= start < s.end_char for s in sections), line
        offset += len(line)


@pytest.mark.parametrize("text", COVERAGE_CASES)
def test_sections_cover_every_non_blank_line_in_order(segment, text):
    assert_well_formed(segment(text))


def test_article_sections_are_typed(segment):
    assert kinds(segment(ARTICLE)) == [
        "title", "byline", "dateline", "body", "body", "list", "references", "boilerplate"]


@pytest.mark.parametrize("line", ["By Jane Doe", "By Jane Doe and John Roe", "Jane Doe, Reuters",
                                  "By A. Smith", "By Thea Lund", "BY JANE DOE",
                                  "By Tom Reyes | February 11, 2025",
                                  "Reporting by Anna Berg; Editing by Mark Potter",
                                  "By J. Smith, Reuters Staff",
                                  "By Pieter de Vries", "By Ana van der Berg, Reuters",
                                  "Ana Ribeiro | Europe Correspondent",
                                  "Kwame Mensah, Senior Business Reporter",
                                  # A newsroom's desk or bureau as the role.
                                  "Lena Okafor | Business Desk", "Tomás Rey | Sports Desk",
                                  "Priya Nair, Mumbai Bureau", "Hugo Lind | Newsroom",
                                  "(Reporting by Daniel Otieno; Editing by Ruth Achieng)",
                                  "Associated Press writer Mari Yamaguchi contributed to this "
                                  "report.",
                                  "Photo: Ines Moreau/AFP", "Pictures: Lars Holm / NTB Scanpix",
                                  "Live coverage by Sana Iqbal in Islamabad and Omar Farooq in "
                                  "Karachi",
                                  # The reporter's city after the names.
                                  "By Jane Doe in Lisbon", "By Ana Lima and Tom Roe in Rio de "
                                  "Janeiro",
                                  "By Jane Doe in Lisbon and John Roe in Porto",
                                  "By Ana Lima in Quito, Tom Berg in Oslo and Eva Holm in Riga",
                                  # Names after a role and a colon, one credit or several.
                                  "Words: Ana Lima · Photos: Tom Roe",
                                  "Text and photos: Eva de la Cruz",
                                  "Words: Ana Lima and Tom Roe | Pictures: Jan Holm"])
def test_byline_lines(segment, line):
    doc = segment(f"A Headline Here\n\n{line}\n\nThe body starts here and goes on.\n")
    assert section_texts(doc, "byline") == [line]


@pytest.mark.parametrize("line", ["By Émilie Gagnon", "By Željko Ivanović and Ömer Çelik",
                                  "Élodie Martin | Staff Writer", "Łukasz Nowak, Reuters",
                                  "Reporting by Ángel Ruiz; Editing by Øyvind Berg",
                                  "Photo: Åsa Lindqvist/TT"])
def test_byline_names_may_open_with_an_accented_capital(segment, line):
    doc = segment(f"A Headline Here\n\n{line}\n\nThe body starts here and goes on.\n")
    assert kinds(doc) == ["title", "byline", "body"]
    assert section_texts(doc, "byline") == [line]


@pytest.mark.parametrize("line", ["By Émilie Gagnon", "By Jane Doe and John Roe",
                                  "Ana Ribeiro | Europe Correspondent", "*By Tom Reyes*"])
def test_a_byline_opening_a_text_whose_title_is_outside_it_is_no_title(segment, line):
    # A JSON record's "text" or "html", an HTML page's body under its og:title: the text
    # starts with the byline.
    doc = segment(f"{line}\n\nTORONTO — A judge on Tuesday approved the settlement.\n\n"
                  "The company said it would not appeal.\n")
    assert kinds(doc) == ["byline", "dateline", "body", "body"]
    assert section_texts(doc, "byline") == [line]


@pytest.mark.parametrize("title", ["By the numbers: what the settlement pays",
                                   "By Any Measure, a Record Year for Exports",
                                   "By Design: How Tallinn Builds Its Drones",
                                   "By The Numbers", "By Any Means Necessary",
                                   "BY THE NUMBERS: A YEAR OF EXPORTS", "By Their Own Hand"])
def test_a_title_opening_with_the_word_by_stays_a_title(segment, title):
    doc = segment(f"{title}\n\nA judge on Tuesday approved the settlement.\n")
    assert section_texts(doc, "title") == [title]
    assert section_texts(doc, "byline") == []


@pytest.mark.parametrize("credit", ["— The Harbour Gazette", "– Staff and agencies",
                                    "— Jane Doe",
                                    # A role and a colon before the name.
                                    "Editor: Li Wei", "Editing: Ruth Achieng"])
def test_a_dash_or_role_line_closing_the_story_is_its_credit_not_a_list(segment, credit):
    doc = segment(f"A Headline Here\n\nThe port raised its fees on Monday.\n\n{credit}\n\n"
                  "© 2025 The Harbour Gazette\n")
    assert kinds(doc) == ["title", "body", "byline", "boilerplate"]
    assert section_texts(doc, "byline") == [credit]


@pytest.mark.parametrize("text", [
    "— First point made here\n\nThe story goes on after it.",
    "— First point\n— Second point",
    "— this one is lower case",
])
def test_dash_lines_that_are_no_closing_credit_stay_text_or_list(segment, text):
    doc = segment(f"A Headline Here\n\nThe port raised its fees on Monday.\n\n{text}\n")
    assert section_texts(doc, "byline") == []


@pytest.mark.parametrize("line", ["Text: The Full Speech", "Editor: Thank you.",
                                  "Editor: We Asked Five Experts", "Photos: How It Looked"])
def test_a_role_label_before_no_name_is_no_credit_line(segment, line):
    doc = segment(f"A Headline Here\n\nThe port raised its fees on Monday.\n\n{line}\n")
    assert section_texts(doc, "byline") == []


def test_a_bold_day_first_dateline_under_a_words_and_photos_credit(segment):
    doc = segment("# A Headline Here\n\n**Words:** Ana Lima · **Photos:** Tom Roe\n\n"
                  "**SUCRE, Bolivia, 3 May 2025 —** The mine reopened on Friday.\n")
    assert section_texts(doc, "byline") == ["**Words:** Ana Lima · **Photos:** Tom Roe"]
    assert section_texts(doc, "dateline") == ["**SUCRE, Bolivia, 3 May 2025 —**"]


def test_a_photo_caption_is_no_credit_line(segment):
    doc = segment("A Headline Here\n\nThe body starts here and goes on.\n\n"
                  "Photo: the new terminal at dusk\n")
    assert section_texts(doc, "byline") == []


@pytest.mark.parametrize("line", ["March 01, 2008", "Tuesday 17 June 2025", "12 April 2024",
                                  "Published: April 12, 2024", "2024-04-12",
                                  "Chennai | 4 March 2025", "Kochi | Tuesday, March 4, 2025"])
def test_dateline_lines(segment, line):
    doc = segment(f"A Headline Here\n{line}\nThe body starts here and goes on.\n")
    assert kinds(doc) == ["title", "dateline", "body"]


@pytest.mark.parametrize("prefix", ["TOKYO, April 12 (Reuters) -", "BOSTON (AP) —",
                                    "WASHINGTON —", "STOCKHOLM, March 4 (Reuters) -",
                                    "(Bloomberg) --", "SAN FRANCISCO/LONDON (Reuters) -",
                                    "MONTERREY, Mexico, Nov 14 (Reuters) -",
                                    "WASHINGTON, April 3, 2025 —", "**LONDON, May 2** —",
                                    "MEDELLÍN, May 3, 2025 —", "SÃO PAULO (Reuters) -",
                                    # Capitals beyond Latin-1.
                                    "ŁÓDŹ —", "KRAKÓW, May 6 (PAP) -", "İZMİR, June 2 -",
                                    "Tokyo, April 12 (Reuters) -",
                                    "JAKARTA, 30 October 2025 —", "NEW DELHI:",
                                    "DHAKA, 4 Jan (UNB) -", "MUMBAI, Mar 3 (PTI):",
                                    "Nairobi, Kenya, March 3, 2025 —",
                                    "Porto Alegre, 3 March 2025 —",
                                    # A press wire between slashes.
                                    "HO CHI MINH CITY, Vietnam, May 6, 2025 /PRNewswire/ --",
                                    "MANILA, Philippines, June 2, 2025 /PRNewswire/ --",
                                    "Lagos, Nigeria, June 2, 2025 /PRNewswire/ --"])
def test_agency_dateline_opening_the_first_paragraph_is_its_own_section(segment, prefix):
    doc = segment(f"Headline Words Here\n\n{prefix} The minister said on Friday.\n\nMore.\n")
    assert section_texts(doc, "dateline") == [prefix]
    assert section_texts(doc, "body")[0] == "The minister said on Friday."


@pytest.mark.parametrize("opening", ["AI - it is everywhere, the minister said.",
                                     "Analysts (mostly bearish) - said little.",
                                     "BREAKING: The minister said on Friday.",
                                     # A title-case place needs a full date.
                                     "Nairobi, Kenya — The minister said on Friday.",
                                     "Paris, March 3 — The minister said on Friday.",
                                     "UPDATE: The minister said on Friday."])
def test_openings_that_only_look_like_datelines(segment, opening):
    doc = segment(f"Headline Words Here\n\n{opening}\n")
    assert section_texts(doc, "dateline") == []


def test_dateline_prefix_only_at_the_top(segment):
    doc = segment("Headline Words Here\n\nFirst paragraph.\n\nLONDON - Later text.\n")
    assert section_texts(doc, "dateline") == []


@pytest.mark.parametrize(("head", "dateline"), [
    # A byline, a blank line, then the wire dateline.
    ("By Pieter de Vries\n\nROTTERDAM, April 8, 2025 —", "ROTTERDAM, April 8, 2025 —"),
    # A press release's subtitle (no sentence end) before the dateline.
    ("New software targets storage projects in Vietnam\n\nSINGAPORE, May 6, 2025 —",
     "SINGAPORE, May 6, 2025 —"),
    # "NAME | ROLE" byline, then a date line.
    ("Ana Ribeiro | Europe Correspondent\nMonday 3 March 2025\n\nThe", "Monday 3 March 2025"),
    # A city of several words in capitals, "OF" among them, with an agency.
    ("By Lena Okafor\n\nVILLA OF SAN MARCO, June 4 (Wire) —",
     "VILLA OF SAN MARCO, June 4 (Wire) —"),
    # Under a head line of no shape known (a credit, a standfirst), the dateline still opens
    # the story: the line above is no heading of the dateline's paragraph.
    ("Ines Varga // Night Team\n\nBUENOS AIRES, Aug. 9 (Wire) —",
     "BUENOS AIRES, Aug. 9 (Wire) —"),
    ("Local Growers Count The Cost\n\nSANTO DOMINGO, Jan 5 —", "SANTO DOMINGO, Jan 5 —"),
])
def test_a_dateline_in_the_first_lines_after_a_byline_or_standfirst(segment, head, dateline):
    doc = segment(f"Headline Words Here\n\n{head} the company said on Tuesday.\n\nMore.\n")
    assert section_texts(doc, "dateline") == [dateline]


@pytest.mark.parametrize("dateline", ["NEW PLYMOUTH, New Zealand, Oct 18 (AAP) —",
                                      "ROTTERDAM, April 8, 2025 —", "ZURICH (Bloomberg) --"])
def test_an_agency_dateline_on_a_line_of_its_own(segment, dateline):
    doc = segment(f"Headline Words Here\n\nBy Mihi Tawhiri\n{dateline}\n\n"
                  "The home side will host the final next Saturday.\n")
    assert kinds(doc) == ["title", "byline", "dateline", "body"]
    assert section_texts(doc, "dateline") == [dateline]


@pytest.mark.parametrize(("head", "title"), [
    ("Should Priya's inheritance go on her mortgage?\n\nBy Helen Marsh, Personal Finance Editor",
     True),
    ("Is the boom over?\nLONDON, May 2, 2025 —", True),
    # A question opening the text above its own answer is no headline.
    ("Is the boom over?\nPrices fell for a third month.", False),
])
def test_a_question_is_a_title_above_a_byline_or_dateline(segment, head, title):
    doc = segment(f"{head}\n\nThe body starts here and goes on.\n")
    assert (kinds(doc)[0] == "title") is title


def test_first_line_ending_a_sentence_is_not_a_title(segment):
    assert kinds(segment("The minister spoke on Friday.\nShe left.\n"))[0] == "body"


@pytest.mark.parametrize("line", ["Privacy policy", "Contact", "Contact us", "Subscribe",
                                  "Sign up for our newsletter", "Share this article",
                                  "© 2024 News Corp. All rights reserved.",
                                  "We use cookies to improve your experience.",
                                  "Follow us on Twitter", "Privacy policy | Terms of use",
                                  "Cookie settings",
                                  "Disclaimer: This article is not investment advice.",
                                  "Story continues below advertisement",
                                  "Already a subscriber? Log in"])
def test_boilerplate_lines(segment, line):
    doc = segment(f"Headline Words Here\n\nThe body of the story is here.\n\n{line}\n")
    assert section_texts(doc, "boilerplate") == [line]


@pytest.mark.parametrize("line", ["Copyright lawsuits against AI firms rose sharply.",
                                  "Shares of Amazon.com", "Investors flock to Booking.com"])
def test_lines_that_only_mention_furniture_words_or_domains_stay_text(segment, line):
    doc = segment(f"Headline Words Here\n\nThe body of the story.\n\n{line}\n\nMore text.\n")
    assert section_texts(doc, "boilerplate") == section_texts(doc, "references") == []


def test_heading_names_the_paragraph_it_introduces(segment):
    text = "Headline Words Here\n\nFirst paragraph.\n\nBackground\n\nThe plant opened in 1998.\n"
    doc = segment(text)
    body = [s for s in doc.spans["artex_sections"] if s.label_ == "body"][1]
    start = text.index("Background")
    assert body._.artex_heading == {"text": "Background", "start": start, "end": start + 10}
    assert body.text.startswith("Background")


def test_heading_with_nothing_after_it_is_body(segment):
    doc = segment("Headline Words Here\n\nFirst paragraph.\n\nThe End\n")
    assert kinds(doc) == ["title", "body", "body"]


def test_markdown_heading_marks_are_not_heading_text(segment):
    doc = segment("# Big Story\n\nText here.\n\n## Pros\n\n- Cheap\n- Fast\n")
    assert lists_of(doc)[0]._.artex_heading["text"] == "Pros"


@pytest.mark.parametrize("intro", ["Related:", "Read more:", "Sources:", "See also"])
def test_link_lines_after_a_reference_heading_are_references(segment, intro):
    doc = segment(f"Headline Words Here\n\nBody text.\n\n{intro}\nFirst linked story\n"
                  "Second linked story\n")
    assert section_texts(doc, "references")[0].endswith("Second linked story")
    assert lists_of(doc) == []


def test_url_lines_are_references(segment):
    doc = segment("Headline Words Here\n\nBody text.\n\nhttps://example.com/a\nwww.example.org\n")
    assert section_texts(doc, "references") == ["https://example.com/a\nwww.example.org"]


def test_bulleted_list_under_a_reference_heading_is_references(segment):
    doc = segment("Headline Words Here\n\nBody text.\n\nFurther reading:\n- One story\n"
                  "- Another story\n")
    assert kinds(doc) == ["title", "body", "references"]


def test_short_lines_after_a_plain_intro_are_an_unmarked_list(segment):
    doc = segment("Headline Words Here\n\nThe company named three priorities:\nLower costs\n"
                  "Faster delivery\nBetter service\n\nMore text follows.\n")
    assert [t for _, t in item_parts(doc, lists_of(doc)[0])] == [
        "Lower costs", "Faster delivery", "Better service"]


def test_article_without_lists_has_no_list_sections(segment):
    doc = segment("Headline Words Here\n\nOne paragraph.\n\nAnother paragraph, longer.\n")
    assert lists_of(doc) == []


def test_line_breaks_start_sentences(segment):
    doc = segment("Title Line Here\nfirst line without a period\nsecond line continues")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "first" in starts and "second" in starts


def test_one_sentence_a_line_layout_gives_one_paragraph_a_line(segment):
    doc = segment("Airline Orders Jets\nMarch 01, 2008\nThe airline ordered jets.\n"
                  "The deal is worth $1 billion.\n")
    assert kinds(doc) == ["title", "dateline", "body", "body"]


# -- list layouts ------------------------------------------------------------------------------

LAYOUTS = {
    "numbered": "Benefits:\n\n1. Cost: It is cheap.\n\n2. Speed: It is fast.\n",
    "numbered_parenthesis": "Benefits:\n1) Cost: It is cheap.\n2) Speed: It is fast.\n",
    "dash": "Benefits:\n- Cost: It is cheap.\n- Speed: It is fast.\n",
    "check_mark": "Benefits:\n✅ Cost: It is cheap.\n✅ Speed: It is fast.\n",
    "star": "Benefits:\n* Cost: It is cheap.\n* Speed: It is fast.\n",
    "bullet": "Benefits:\n• Cost: It is cheap.\n• Speed: It is fast.\n",
    "en_dash": "Benefits:\n– Cost: It is cheap.\n– Speed: It is fast.\n",
    "markdown_bold": "Benefits\n\n- **Cost:** It is cheap.\n- **Speed**: It is fast.\n",
    "unmarked_titled": "Benefits:\n\nCost: It is cheap.\n\nSpeed: It is fast.\n",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_list_layouts_give_titled_items(segment, layout):
    doc = segment("Headline Words Here\n\nIntro paragraph text.\n\n" + LAYOUTS[layout])
    (section,) = lists_of(doc)
    assert section._.artex_heading["text"] == "Benefits"
    assert item_parts(doc, section) == [("Cost", "It is cheap."), ("Speed", "It is fast.")]


def test_item_span_includes_its_marker(segment):
    text = "Headline Words Here\n\nBenefits:\n1. Cost: It is cheap.\n2. Speed: It is fast.\n"
    doc = segment(text)
    first = lists_of(doc)[0]._.artex_items[0]
    assert text[first["start"]:first["end"]] == "1. Cost: It is cheap."


def test_items_without_titles(segment):
    doc = segment("Headline Words Here\n\nRisks:\n- Prices could rise.\n- Demand may fall.\n")
    assert item_parts(doc, lists_of(doc)[0]) == [(None, "Prices could rise."),
                                                 (None, "Demand may fall.")]


def test_items_running_over_several_lines(segment):
    doc = segment("Headline Words Here\n\nRisks:\n- Prices could rise faster than\n"
                  "  wages this year.\n- Demand may fall.\n")
    assert item_parts(doc, lists_of(doc)[0]) == [
        (None, "Prices could rise faster than\n  wages this year."), (None, "Demand may fall.")]


def test_item_title_on_its_own_line(segment):
    doc = segment("Headline Words Here\n\nRisks:\n1. Rising Prices\nCosts could climb.\n"
                  "2. Weak Demand\nSales may fall.\n")
    assert item_parts(doc, lists_of(doc)[0]) == [("Rising Prices", "Costs could climb."),
                                                 ("Weak Demand", "Sales may fall.")]


def test_html_reader_hints_give_items_and_bold_titles(segment):
    text = "Headline Words Here\n\nAdvantages\nReliable coverage: Calls work.\nShared costs: " \
           "One network.\n"
    heading = text.index("Advantages")
    first = text.index("Reliable")
    second = text.index("Shared")
    markup = [(heading, heading + len("Advantages"), "heading"),
              (first, text.index("\n", first), "item"), (first, first + 18, "strong"),
              (second, len(text) - 1, "item"), (second, second + 13, "strong")]
    doc = segment(text, markup)
    (section,) = lists_of(doc)
    assert section._.artex_heading["text"] == "Advantages"
    assert item_parts(doc, section) == [("Reliable coverage", "Calls work."),
                                        ("Shared costs", "One network.")]


def test_markdown_reader_strong_hints_give_titles(segment):
    text = "Headline Words Here\n\nPros\n\n- Reach: Many stores.\n- Cost: Low outlay.\n"
    markup = [(text.index("Reach"), text.index("Reach") + 6, "strong"),
              (text.index("Cost"), text.index("Cost") + 5, "strong")]
    doc = segment(text, markup)
    assert item_parts(doc, lists_of(doc)[0]) == [("Reach", "Many stores."), ("Cost", "Low outlay.")]


def test_pros_and_cons_sub_headings_give_two_lists(segment):
    doc = segment("Headline Words Here\n\nPros and Cons\n\nPros\n- Cheap\n- Fast\nCons\n"
                  "- Loud\n- Heavy\n")
    assert [s._.artex_heading["text"] for s in lists_of(doc)] == ["Pros", "Cons"]
    assert [len(s._.artex_items) for s in lists_of(doc)] == [2, 2]


def test_inline_pros_and_cons_inside_a_paragraph(segment):
    text = ("Headline Words Here\n\nAnalysts weighed the plan. Pros: cheaper power; fewer "
            "emissions. Cons: high cost; delays. Officials disagree.\n")
    doc = segment(text)
    assert kinds(doc) == ["title", "body", "list", "list", "body"]
    pros, cons = lists_of(doc)
    assert pros._.artex_heading["text"] == "Pros"
    assert [t for _, t in item_parts(doc, pros)] == ["cheaper power", "fewer emissions"]
    assert [t for _, t in item_parts(doc, cons)] == ["high cost", "delays"]


def test_inline_heading_without_semicolons_stays_body(segment):
    doc = segment("Headline Words Here\n\nThe plan has one benefit: it is cheap.\n")
    assert lists_of(doc) == []


def test_item_hints_after_a_marker_the_reader_kept(segment):
    text = "Headline Words Here\n\nDisadvantages\n\n- Night closures Lines shut at 10 p.m.\n" \
           "- Late delivery Projects ran a year late.\n"
    first = text.index("Night")
    second = text.index("Late")
    markup = [(first, text.index("\n", first), "item"), (first, first + 14, "strong"),
              (second, len(text) - 1, "item"), (second, second + 13, "strong")]
    doc = segment(text, markup)
    (section,) = lists_of(doc)
    assert item_parts(doc, section) == [("Night closures", "Lines shut at 10 p.m."),
                                        ("Late delivery", "Projects ran a year late.")]
    assert text[section._.artex_items[0]["start"]:first] == "- "


def test_without_blank_lines_an_item_does_not_swallow_the_next_paragraph(segment):
    doc = segment("Markets Rally\nShares rose on Monday, traders said.\nAdvantages\n"
                  "- Cheaper loans\n- More jobs\nThe bank will meet again in June.")
    assert item_parts(doc, lists_of(doc)[0]) == [(None, "Cheaper loans"), (None, "More jobs")]
    assert section_texts(doc, "body")[-1] == "The bank will meet again in June."


def test_short_heading_directly_above_its_paragraph(segment):
    doc = segment("Markets Rally\n\nFirst paragraph here.\n\nBackground\nThe alliance dates to "
                  "1951.\n")
    assert [s._.artex_heading["text"] for s in doc.spans["artex_sections"]
            if s._.artex_heading] == ["Background"]


def test_hard_wrapped_paragraph_is_not_cut_at_a_title_case_line(segment):
    doc = segment("Markets Rally\n\nPrime Minister Fumio Kishida and President Joe Biden met in\n"
                  "Washington on Wednesday to discuss trade.\n")
    assert kinds(doc) == ["title", "body"]


def test_numbered_headings_over_paragraphs_are_headings_not_lists(segment):
    doc = segment("Title Of Story\n\n1. Introduction\n\nThe study looked at 500 firms.\n\n"
                  "2. Results\n\nMost firms grew.\n")
    assert kinds(doc) == ["title", "body", "body"]
    assert [s._.artex_heading["text"] for s in list(doc.spans["artex_sections"])[1:]] == [
        "1. Introduction", "2. Results"]


def test_inline_items_keep_abbreviations_and_drop_a_leading_and(segment):
    doc = segment("Title Here\n\nAnalysts weighed it. Pros: more U.S. jobs; cheaper power; and "
                  "less smog. Cons: cost; delays. The end.\n")
    assert [t for _, t in item_parts(doc, lists_of(doc)[0])] == [
        "more U.S. jobs", "cheaper power", "less smog"]


def test_colon_paragraphs_under_a_plain_heading_stay_body(segment):
    doc = segment("Title Here\n\nBackground\n\nUpdate: The company said more.\n\n"
                  "Note: Something else here.\n")
    assert lists_of(doc) == []


@pytest.mark.parametrize("line", ["By Tuesday, the company must file its report.",
                                  "By March 2025 the plant should be running."])
def test_sentences_opening_with_by_are_not_bylines(segment, line):
    assert section_texts(segment(f"Title Here\n\n{line}\n\nMore text.\n"), "byline") == []


def test_headline_may_open_with_a_lower_case_brand(segment):
    assert kinds(segment("iPhone sales surge in China\n\nApple said on Monday.\n"))[0] == "title"


def test_headline_after_page_furniture_is_the_title(segment):
    doc = segment("Skip to content\nMenu\n\nBig Headline Here\n\nText of the story.\n")
    assert kinds(doc) == ["boilerplate", "title", "body"]


def test_raw_markdown_emphasis_around_byline_and_related_line(segment):
    doc = segment("# Big Headline\n\n*By Tom Reyes | February 11, 2025*\n\nStory text here.\n\n"
                  "---\n\n*Related: [A story](https://example.com/a) · [B](https://example.com/b)*"
                  "\n\n*© 2025 Motor Ledger. All rights reserved.*\n")
    assert kinds(doc) == ["title", "byline", "body", "boilerplate", "references", "boilerplate"]


LINE_SHAPES = [
    "", "", "Big Headline About Markets", "By Jane Doe", "March 01, 2008", "Advantages:", "Pros",
    "Pros and Cons", "Key Challenges and Controversies:", "1. Growth: Jobs will rise.",
    "2) Cost: It is cheap.", "- **Reach:** Many stores.", "• Short item", "  continued here.",
    "The company said on Monday that profits rose.", "Analysts said: Pros: a; b. Cons: c; d.",
    "TOKYO, April 12 (Reuters) - Shares fell.", "Related:", "https://example.com/story",
    "Ministry of Justice of Japan", "Privacy policy | Contact", "© 2024 All rights reserved.",
    "For further reading, visit these sites:", "## Background", "Cost: It is cheap.", "---",
    "   - sub item", "What are the risks?", "Lower Costs", "Benefits", "(Bloomberg) -- Up.",
]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(LINE_SHAPES), min_size=1, max_size=14))
def test_any_mix_of_lines_is_covered_in_order_with_consistent_offsets(segment, lines):
    assert_well_formed(segment("\n".join(lines)))


@pytest.mark.parametrize("heading", ["Sources of growth", "Related party deals"])
def test_headings_that_only_start_like_reference_cues_are_not_references(segment, heading):
    doc = segment(f"Title Here\n\nBody text.\n\n{heading}\n\n- Exports rose\n- Demand held\n")
    assert section_texts(doc, "references") == []
    assert lists_of(doc)[0]._.artex_heading["text"] == heading


def test_paragraph_between_numbered_items_belongs_to_the_item_above(segment):
    doc = segment("Title Here\n\nRisks:\n\n1. Delays: The plant may open late.\n\nExperts say "
                  "delays are common.\n\n2. Costs: Prices may rise.\n\nThe end paragraph.\n")
    (section,) = lists_of(doc)
    assert item_parts(doc, section) == [
        ("Delays", "The plant may open late.\n\nExperts say delays are common."),
        ("Costs", "Prices may rise.")]
    assert section_texts(doc, "body") == ["The end paragraph."]


def test_a_change_of_marker_starts_a_new_list(segment):
    doc = segment("Title Here\n\nRisks:\n\n1. Delays\n2. Costs\n\n- Bullet one\n- Bullet two\n")
    assert [len(s._.artex_items) for s in lists_of(doc)] == [2, 2]


def test_indented_sub_items_and_paragraphs_stay_in_their_item(segment):
    doc = segment("Title Here\n\nRisks:\n\n1. Delays: The plant may open late.\n   - permits\n"
                  "   - strikes\n\n   Both have happened before.\n\n2. Costs: Prices may rise.\n")
    (section,) = lists_of(doc)
    assert [title for title, _ in item_parts(doc, section)] == ["Delays", "Costs"]
    assert item_parts(doc, section)[0][1].endswith("Both have happened before.")


def test_sub_headings_over_paragraphs_under_a_list_heading_are_titled_items(segment):
    doc = segment("Title Here\n\nIntro.\n\nBenefits\n\nLower Costs\nFactories save money.\n\n"
                  "More Jobs\nThe plant hires 500 people.\n\nBackground\n\nThe plan dates to "
                  "2019.\n")
    (section,) = lists_of(doc)
    assert section._.artex_heading["text"] == "Benefits"
    assert item_parts(doc, section) == [("Lower Costs", "Factories save money."),
                                        ("More Jobs", "The plant hires 500 people.")]
    assert section_texts(doc, "body")[-1].startswith("Background")


def test_sub_headings_naming_list_kinds_are_sections_not_items(segment):
    doc = segment("Title Here\n\nIntro.\n\nAdvantages and Disadvantages\n\nAdvantages\n"
                  "Factories save money.\n\nDisadvantages\nThe plant is loud.\n")
    assert lists_of(doc) == []


def test_inline_headings_in_markdown_bold(segment):
    doc = segment("Title Here\n\nAnalysts weighed it. **Pros:** cheap; fast. **Cons**: loud; "
                  "heavy.\n")
    assert [s._.artex_heading["text"] for s in lists_of(doc)] == ["Pros", "Cons"]
    assert [t for _, t in item_parts(doc, lists_of(doc)[0])] == ["cheap", "fast"]
    assert section_texts(doc, "body") == ["Analysts weighed it."]


def test_word_limits_come_from_the_stage_config(settings):
    nlp = spacy.blank("en")
    nlp.add_pipe("artex_segment", config={"max_title_words": 3})
    nlp.get_pipe("artex_segment").initialize(nlp=nlp, models_dir=str(settings.models_dir))
    doc = nlp("A Headline of Five Words\n\nThe story.\n")
    assert [s.label_ for s in doc.spans["artex_sections"]][0] != "title"


@pytest.mark.parametrize("heading", ["Media contact:", "Press contacts", "Media enquiries:",
                                     "Investor relations contact:", "**Media Contact:**"])
def test_a_press_release_contact_block_is_furniture_not_a_list(segment, heading):
    doc = segment("Acme opens plant\n\nAcme said on Monday it opened a plant.\n\n"
                  f"{heading}\nJane Doe\nCommunications Manager, Acme\npress@acme.example\n"
                  "+44 20 7946 0000\n")
    assert kinds(doc) == ["title", "body", "boilerplate"]


def test_a_list_under_another_heading_stays_a_list(segment):
    doc = segment("Acme opens plant\n\nAcme said on Monday it opened a plant.\n\n"
                  "Key figures:\n600 jobs\n$95 million\n")
    assert kinds(doc) == ["title", "body", "list"]


@pytest.mark.parametrize("kicker", ["PRESS RELEASE", "For Immediate Release", "OPINION",
                                    "Analysis", "BREAKING NEWS", "EXCLUSIVE:"])
def test_a_kicker_above_the_headline_is_no_title(segment, kicker):
    doc = segment(f"{kicker}\n\nHarbour Board Opens New Ferry Pier\n\n"
                  "The board opened the pier on Monday, it said.\n")
    assert kinds(doc)[:2] == ["boilerplate", "title"]
    assert section_texts(doc, "title") == ["Harbour Board Opens New Ferry Pier"]
