"""Long texts: processed in pieces by the one core and joined into one Article whose offsets
refer to the whole text, with the same findings as one pass over the text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from artex import core
from artex.record import Record

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PIECE_CHARS = 3000


@pytest.fixture(scope="module")
def long_text() -> str:
    """The plain-text corpus articles one after another: about 24,000 characters."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))


@pytest.fixture(scope="module")
def whole_and_pieced(nlp, settings, long_text):
    record = Record(text=long_text, source="long.txt")
    whole = core.extract(record, nlp, replace(settings, piece_chars=len(long_text)))
    pieced = core.extract(record, nlp, replace(settings, piece_chars=PIECE_CHARS))
    return whole, pieced


def spans_of(article, key: str, *fields: str) -> list[tuple]:
    return [(s.text, s.start, s.end, *(getattr(s, f) for f in fields))
            for s in getattr(article, key)]


def test_the_text_is_cut_into_pieces(long_text):
    assert len(long_text) > 5 * PIECE_CHARS


@pytest.mark.parametrize(("key", "fields"), [
    ("money", ("amount", "amount_max", "qualifier")),
    ("quantities", ("value", "unit")),
    ("dates", ("type", "value")),
])
def test_pieces_find_what_one_pass_over_the_whole_text_finds(whole_and_pieced, key, fields):
    whole, pieced = whole_and_pieced
    assert spans_of(pieced, key, *fields) == spans_of(whole, key, *fields)


def test_pieces_settle_currencies_as_one_pass_does_or_from_nearer_context(whole_and_pieced):
    """An ambiguous currency ("pesos") is settled by the places in the piece, else in the whole
    text: one pass over articles about Chile and Mexico cannot tell, the piece about Mexico
    alone can."""
    whole, pieced = whole_and_pieced
    pairs = list(zip(whole.money, pieced.money, strict=True))
    assert all(p.currency == w.currency for w, p in pairs if w.currency is not None)
    assert sum(w.currency == p.currency for w, p in pairs) >= len(pairs) - 2


REPORT = "\n\n".join(["NAIROBI (Reuters) - Trading on Kenya's stock exchange was brisk this week.",
                       *["Brokers said turnover was steady and that investors were waiting for "
                         "news on interest rates before buying more shares."] * 40,
                       "Shares of the telecoms operator closed at Sh45.50 on Friday."])


@pytest.mark.parametrize(("text", "currencies"), [
    (REPORT, ["KES"]),
    (REPORT.replace("NAIROBI (Reuters) - Trading on Kenya's", "Trading on the"), []),  # no place
])
def test_a_local_mark_is_settled_by_a_place_named_pieces_before_it(nlp, settings, text,
                                                                  currencies):
    pieced = replace(settings, piece_chars=1500)
    article = core.extract(Record(text=text, source="report.txt"), nlp, pieced)
    assert len(article.text) > 3 * 1500
    assert [(m.text, m.amount, m.currency) for m in article.money] == \
        [("Sh45.50", 45.5, c) for c in currencies]


def test_the_joined_article_refers_to_the_whole_text(whole_and_pieced, long_text):
    _, pieced = whole_and_pieced
    assert pieced.text == long_text and pieced.stats.characters == len(long_text)
    mentions = [m for e in pieced.entities for m in e.mentions]
    for span in [*mentions, *pieced.money, *pieced.dates, *pieced.quantities]:
        assert long_text[span.start:span.end] == span.text
    assert [s.start for s in pieced.sections] == sorted(s.start for s in pieced.sections)


def test_an_entity_named_in_several_pieces_is_one_entity(whole_and_pieced):
    _, pieced = whole_and_pieced
    names = [(e.name, e.label) for e in pieced.entities]
    assert len(names) == len(set(names))
    assert [e.id for e in pieced.entities] == [f"e{n}" for n in range(1, len(names) + 1)]
    ids = {e.id for e in pieced.entities}
    assert all(set(m.entities) <= ids for m in pieced.money)
    japan = [e for e in pieced.entities if e.name == "Japan"]
    assert len(japan) == 1 and japan[0].count >= 2


def test_a_later_piece_has_no_title_or_dateline(whole_and_pieced):
    _, pieced = whole_and_pieced
    heads = [s for s in pieced.sections if s.kind in ("title", "dateline")]
    assert all(s.start < PIECE_CHARS for s in heads)


def test_two_runs_give_identical_json(nlp, settings, long_text):
    record = Record(text=long_text[:8000], source="long.txt")
    pieced = replace(settings, piece_chars=1500)
    assert core.extract(record, nlp, pieced).model_dump_json() == \
        core.extract(record, nlp, pieced).model_dump_json()


def test_the_roles_of_the_pieces_refer_to_the_merged_entities(whole_and_pieced):
    """Each piece's role fillers are renamed to the joined article's entity ids and mostly name
    the entities one pass names ("the company" is resolved within the text at hand, which a
    piece makes shorter: here the articles are concatenated, so the two may differ)."""
    whole, pieced = whole_and_pieced
    ids = {e.id for e in pieced.entities}

    def named_roles(article) -> set[tuple]:
        names = {e.id: e.name for e in article.entities}
        return {(m.start, role, names[i]) for m in article.money
                for role in ("payer", "payee", "holder", "place", "source")
                for i in getattr(m.roles, role)}

    assert all(set(getattr(m.roles, role)) <= ids for m in pieced.money
               for role in ("payer", "payee", "holder", "place", "source"))
    shared = named_roles(pieced) & named_roles(whole)
    assert len(shared) >= 0.9 * len(named_roles(whole)) > 0
