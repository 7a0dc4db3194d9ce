"""artex_roles: who pays, receives, holds or states each amount, on the full pipeline (the
roles are read from entity mentions, tags and sentences)."""

from __future__ import annotations

import pytest

from artex import core
from artex.record import Record
from artex.schema import MONEY_ROLES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def roles_of(nlp, settings):
    """A function from a text to its amounts' roles: [(amount text, {role: names or words})]."""

    def run(text: str) -> list[tuple[str, dict]]:
        article = next(core.articles([Record(text=text, source="test")], nlp, settings))
        names = {e.id: e.name for e in article.entities}
        found = []
        for money in article.money:
            roles = {}
            for role in MONEY_ROLES:
                fillers = [names[i] for i in getattr(money.roles, role)]
                if getattr(money.roles, f"{role}_text"):
                    fillers.append(getattr(money.roles, f"{role}_text"))
                if fillers:
                    roles[role] = fillers
            found.append((money.text, roles))
        return found

    return run


@pytest.mark.parametrize(("text", "expected"), [
    ("Orbis Energy Inc will invest $2 billion in a new plant in Poland, the company said on "
     "Monday.",
     {"payer": ["Orbis Energy Inc"], "place": ["Poland"], "source": ["Orbis Energy Inc"]}),
    ("Barclays will lend €50 million to Harlow Foods Ltd, a maker of frozen meals.",
     {"payer": ["Barclays"], "payee": ["Harlow Foods Ltd"]}),
    ("Brightwave Inc raised $30 million from private investors last month.",
     {"payee": ["Brightwave Inc"], "payer": ["private investors"]}),
    ("The European Commission fined Copperline Mining Corp €12 million on Friday.",
     {"payee": ["European Commission"], "payer": ["Copperline Mining Corp"]}),
    ("Copperline Mining Corp was fined €12 million for breaching the rules.",
     {"payer": ["Copperline Mining Corp"]}),
    ("Atlas Foods Inc, which is valued at $3 billion, plans to list its shares.",
     {"holder": ["Atlas Foods Inc"]}),
    ("The deal values Pinecrest Labs Ltd at $900 million, according to Bloomberg.",
     {"holder": ["Pinecrest Labs Ltd"], "source": ["Bloomberg"]}),
    ("Toyota Motor Corp reported an operating profit of ¥1.2 trillion.",
     {"holder": ["Toyota Motor Corp"], "source": ["Toyota Motor Corp"]}),
    ("Walmart Inc will pay $2 billion for Harlow Foods Ltd, its chief executive said.",
     {"payer": ["Walmart Inc"], "holder": ["Harlow Foods Ltd"],
      "source": ["its chief executive"]}),
    ("Ford Motor Co said it expected a hit of about $1 billion from the tariffs.",
     {"holder": ["Ford Motor Co"], "source": ["Ford Motor Co"]}),
])
def test_frames_give_each_role_its_filler(roles_of, text, expected):
    (_, roles), = roles_of(text)
    assert roles == expected


def test_a_dateline_and_its_agency_fill_no_role(roles_of):
    text = ("LONDON, May 2 (Reuters) - Halden Oil Plc will spend £400 million on new wells in "
            "the North Sea, the company said.\n\nReporting by Jane Smith; Editing by Tom Ray\n")
    (_, roles), = roles_of(text)
    named = {name for fillers in roles.values() for name in fillers}
    assert named.isdisjoint({"London", "LONDON", "Reuters", "Jane Smith", "Tom Ray"})
    assert roles["payer"] == ["Halden Oil Plc"]


def test_one_phrase_can_fill_roles_of_two_amounts(roles_of):
    found = roles_of("Developers will receive £82 per megawatt hour, up from £44 per megawatt "
                     "hour, according to government documents.")
    assert [roles for _, roles in found] == [
        {"payee": ["Developers"], "source": ["government documents"]}] * 2


def test_an_amount_without_cues_has_no_roles_but_keeps_its_cooccurring_entities(nlp, settings):
    article = next(core.articles([Record(text="Germany and France: $5 billion.", source="t")],
                               nlp, settings))
    (money,) = article.money
    assert money.entities and not any(getattr(money.roles, r) for r in MONEY_ROLES)
