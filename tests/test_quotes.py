"""artex_quotes and artex_claims: quotation marks alone on spacy.blank("en"), attribution,
speakers and claims on the full pipeline (they read mentions, tags and sentences)."""

from __future__ import annotations

import pytest

from artex import core
from artex.record import Record
from artex.stages.quotes import find_marks


def inside(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_marks(text, lambda offset: True)]


@pytest.mark.parametrize(("text", "expected"), [
    ('"We are ready," she said.', ["We are ready"]),
    ("“We are ready,” she said.", ["We are ready"]),
    ("‘We are ready,’ she said.", ["We are ready"]),
    ("'We are ready,' she said.", ["We are ready"]),
    ("« Nous sommes prêts », a-t-il dit.", ["Nous sommes prêts"]),
    ("He called the plan “reckless” and left.", ["reckless"]),
    # An apostrophe is no mark.
    ("The plant won't open, the firm's chief said.", []),
    # Single marks inside a double-quoted passage belong to it.
    ('"They told us \'wait\' for years," he said.', ["They told us 'wait' for years"]),
])
def test_marks_of_every_style_delimit_the_quoted_words(text, expected):
    assert inside(text) == expected


def test_a_quote_open_at_the_end_of_its_paragraph_continues_into_the_next_one():
    text = ('"The first part goes on\n\n"and the second part ends here," he said.\n\n'
            'Next paragraph.')
    assert inside(text) == ['The first part goes on\n\n"and the second part ends here']


def test_a_mark_left_open_with_no_mark_on_the_next_paragraph_ends_with_its_paragraph():
    text = 'He said: "We will build it\n\nNext paragraph without marks.'
    assert inside(text) == ["We will build it"]


def test_the_stage_on_a_blank_pipeline_writes_its_spans_and_records(blank_with):
    doc = blank_with("artex_quotes")('"We are ready," Smith said.')
    assert [(s.text, s.label_) for s in doc.spans["artex_quotes"]] == [("We are ready",
                                                                       "direct")]
    (record,) = doc._.artex_quotes
    assert record["cue"] == "said"
    assert doc.text[record["speaker_start"]:record["speaker_end"]] == "Smith"


@pytest.fixture(scope="module")
def article_of(nlp, settings):
    def run(text: str):
        return next(core.articles([Record(text=text, source="test")], nlp, settings))
    return run


def quotes_of(article) -> list[tuple[str, str, str | None, str | None]]:
    names = {e.id: e.name for e in article.entities}
    return [(q.text, q.kind, names.get(q.speaker) or q.speaker_text, q.cue)
            for q in article.quotes]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ('"Prices will fall next year," Maria Gonzalez said.',
     [("Prices will fall next year", "direct", "Maria Gonzalez", "said")]),
    ('"Prices will fall next year," said Maria Gonzalez, an economist at Itaú.',
     [("Prices will fall next year", "direct", "Maria Gonzalez", "said")]),
    ('Maria Gonzalez told reporters: "Prices will fall next year."',
     [("Prices will fall next year.", "direct", "Maria Gonzalez", "told")]),
    ('Senator Tom Reyes called the plan "reckless" on Monday.',
     [("reckless", "partial", "Tom Reyes", "called")]),
    ("Maria Gonzalez said prices would fall next year.",
     [("prices would fall next year", "indirect", "Maria Gonzalez", "said")]),
    ("Prices will fall next year, Maria Gonzalez said on Monday.",
     [("Prices will fall next year", "indirect", "Maria Gonzalez", "said")]),
    ("Exports rose 5% in May, according to the Central Bank of Kenya.",
     [("Exports rose 5% in May", "indirect", "Central Bank of Kenya", "according to")]),
])
def test_attribution_patterns_give_kind_speaker_and_cue(article_of, text, expected):
    assert quotes_of(article_of(text)) == expected


@pytest.mark.model
def test_a_pronoun_speaker_is_the_nearest_person_named_before(article_of):
    article = article_of('Finance Minister Amara Okonjo presented the budget on Monday. '
                         '"This budget protects the poor," she said.')
    assert quotes_of(article)[-1] == ("This budget protects the poor", "direct",
                                      "Amara Okonjo", "said")


@pytest.mark.model
def test_a_title_speaker_is_the_person_named_with_that_title(article_of):
    article = article_of("Finance Minister Amara Okonjo presented the budget on Monday. "
                         "Trade union leaders walked out of the session. "
                         '"This budget protects the poor," the minister said.')
    assert quotes_of(article)[-1][2] == "Amara Okonjo"


@pytest.mark.model
def test_a_quote_without_attribution_continues_the_previous_speaker(article_of):
    article = article_of('"We will hire 500 people," said Lena Berg, the plant manager. '
                         '"Most of them will come from the region."')
    assert [q[2] for q in quotes_of(article)] == ["Lena Berg", "Lena Berg"]


@pytest.mark.model
def test_a_term_in_quotes_with_no_speaker_is_no_quotation(article_of):
    assert article_of('The trains will use digital "in-cab" signalling.').quotes == []


def claims_of(article) -> list[tuple[str, str, str | None]]:
    names = {e.id: e.name for e in article.entities}
    return [(c.text, c.polarity, names.get(c.holder) or c.holder_text) for c in article.claims]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Critics say the plant will drain the aquifer.",
     [("the plant will drain the aquifer", "con", "Critics")]),
    ("Supporters argue that the line will cut travel times in half.",
     [("the line will cut travel times in half", "pro", "Supporters")]),
    ("The mine will create jobs, proponents contend.",
     [("The mine will create jobs", "pro", "proponents")]),
    ("Farmers warned that the dam would flood their fields.",
     [("the dam would flood their fields", "con", "Farmers")]),
    ("The main drawback is the cost of the new turbines.",
     [("The main drawback is the cost of the new turbines", "con", None)]),
])
def test_claims_are_found_by_their_holders_verbs_and_cue_nouns(article_of, text, expected):
    assert claims_of(article_of(text)) == expected


@pytest.mark.model
def test_a_list_item_is_no_claim(article_of):
    article = article_of("Risks of the project:\n\n- Cost: The main risk is that steel prices "
                         "rise further.\n- Delay: Permits could take two years.\n")
    assert article.claims == []
    assert article.lists and article.lists[0].polarity == "con"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # A relative clause inside the subject names no speaker; "the group" is the company
    # last named as a subject.
    ("Acme Holdings Inc will buy Redline Motors for $1 billion. The group, which owns 1,100 "
     "dealerships across the United States, said it would sell the trucks.",
     [("it would sell the trucks", "indirect", "Acme Holdings Inc", "said")]),
    # A reporting verb coordinated with the clause before it shares its subject.
    ("Redline Motors delivered 2,300 trucks last year and warned that it could run out of "
     "money.",
     [("it could run out of money", "indirect", "Redline Motors", "warned")]),
    # Two reporting verbs, two pieces of reported speech.
    ("Steel prices will rise, Helen Marsh said on Thursday, as carmakers warned that costs "
     "would climb.",
     [("Steel prices will rise", "indirect", "Helen Marsh", "said"),
      ("costs would climb", "indirect", "carmakers", "warned")]),
])
def test_reported_speech_reads_past_relative_clauses_and_coordination(article_of, text,
                                                                      expected):
    assert quotes_of(article_of(text)) == expected


@pytest.mark.model
def test_they_is_the_entity_named_in_the_subject_of_the_sentence_before(article_of):
    article = article_of("Analysts at Nordea estimated that the plant could supply 150,000 "
                         "vehicles a year. They cautioned that European cell makers have "
                         "struggled.")
    assert quotes_of(article)[-1][2] == "Nordea"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The American Iron and Steel Institute, which represents producers, opposes any "
     "exemptions.",
     [("any exemptions", "con", "American Iron and Steel Institute")]),
    ("Unions welcomed the investment but warned about jobs.",
     [("the investment", "pro", "Unions"), ("about jobs", "con", "Unions")]),
])
def test_named_holders_and_coordinated_verbs_give_claims(article_of, text, expected):
    assert claims_of(article_of(text)) == expected


@pytest.mark.model
def test_the_textacy_baseline_gives_direct_quotes_without_marks_and_its_speaker_entity():
    from artex.evaluate import TextacyBaseline

    text = '"We will build the plant next year," said Maria Gonzalez, the chief executive.'
    (annotated,) = TextacyBaseline().annotate([Record(text=text, source="t")])
    assert [(q.text, q.kind, q.speaker_text) for q in annotated.quotes] == [
        ("We will build the plant next year", "direct", "Maria Gonzalez")]
    assert [m.text for e in annotated.entities for m in e.mentions] == ["Maria Gonzalez"]


@pytest.mark.model
def test_the_textacy_baseline_finds_nothing_where_textacy_refuses_odd_quotation_marks():
    from artex.evaluate import TextacyBaseline

    text = '"We will build it," she said.\n\n"It will take years\n\n"and cost a lot," he said.'
    (annotated,) = TextacyBaseline().annotate([Record(text=text, source="t")])
    assert annotated.quotes == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # A participle reports for the subject of its clause.
    ("Business groups welcomed the plan, saying it will cut congestion on the ring road.",
     [("it will cut congestion on the ring road", "indirect", "Business groups", "saying")]),
    # An institution's head noun refers back to the institution.
    ("The Consumer Financial Protection Bureau fined Portlake Bank on Thursday. About 240,000 "
     "borrowers paid extra fees, according to the bureau.",
     [("About 240,000 borrowers paid extra fees", "indirect",
       "Consumer Financial Protection Bureau", "according to")]),
])
def test_participles_and_institution_nouns_attribute_reported_speech(article_of, text,
                                                                     expected):
    assert quotes_of(article_of(text)) == expected


@pytest.mark.model
def test_reported_speech_ends_at_its_stop_when_the_model_runs_sentences_together(article_of):
    article = article_of("Fisheries minister Daniel Croft said the deal was 'hard but fair'. "
                         "'Nobody in the fleet wanted to hear the word cut,' the minister said.")
    assert [(q.text, q.kind) for q in article.quotes] == [
        ("the deal was 'hard but fair'", "indirect"), ("hard but fair", "partial"),
        ("Nobody in the fleet wanted to hear the word cut", "direct")]


@pytest.mark.model
def test_a_name_in_apposition_holds_the_claim_of_its_verb(article_of):
    article = article_of("The National Society of Mining opposed the bill. Its president, "
                         "Carlos Benavides, warned that investors would leave Peru.")
    assert ("investors would leave Peru", "con", "Carlos Benavides") in claims_of(article)
