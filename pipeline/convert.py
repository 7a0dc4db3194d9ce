"""The only code that reads a finished Doc: it builds the pydantic Article."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from spacy.tokens import Doc, Span

from artex.record import Record
from artex.schema import (
    Article,
    ArticleList,
    Entity,
    ListItem,
    Mention,
    Money,
    Quantity,
    Section,
    Stats,
    TimeExpression,
)

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def spans(doc: Doc, key: str) -> list[Span]:
    return sorted(doc.spans.get(key, []), key=lambda s: (s.start_char, s.end_char))


def to_article(doc: Doc, record: Record) -> Article:
    mentions_by_entity = defaultdict(list)
    for mention in spans(doc, "artex_entities"):
        mentions_by_entity[mention._.artex_entity_id].append(mention)
    entities = [
        Entity(**info, count=len(mentions_by_entity[info["id"]]),
               mentions=[_mention(m) for m in mentions_by_entity[info["id"]]])
        for info in (doc._.artex_entities or []) if mentions_by_entity[info["id"]]
    ]
    sections = [
        Section(kind=s.label_, heading=(s._.artex_heading or {}).get("text"),
                start=s.start_char, end=s.end_char)
        for s in spans(doc, "artex_sections")
    ]
    stated = doc._.artex_dateline_date
    reference = doc._.artex_reference_date or stated
    dates = [TimeExpression(**_span_fields(s), **s._.artex_timex)
             for s in spans(doc, "artex_dates")]
    return Article(
        id=record.article_id,
        source=record.source,
        title=record.title or _title_from_sections(doc),
        published=record.published or (date.fromisoformat(stated) if stated else None),
        reference_date=date.fromisoformat(reference) if reference else None,
        text=doc.text,
        stats=_stats(doc),
        sections=sections,
        entities=entities,
        money=[
            Money(**_span_fields(s), **s._.artex_money,
                  entities=_entity_ids_within(mentions_by_entity, s.sent.start_char,
                                              s.sent.end_char))
            for s in spans(doc, "artex_money")
        ],
        quantities=[Quantity(**_span_fields(s), **s._.artex_quantity)
                    for s in spans(doc, "artex_quantities")],
        dates=dates,
        lists=[_list(s, mentions_by_entity) for s in spans(doc, "artex_lists")],
        warnings=_warnings(reference, dates),
    )


def _span_fields(span: Span) -> dict:
    return {"text": span.text, "start": span.start_char, "end": span.end_char}


def _mention(span: Span) -> Mention:
    return Mention(**_span_fields(span))


def _entity_ids_within(mentions_by_entity, start: int, end: int) -> list[str]:
    """Ids of the entities mentioned between two offsets, by first mention there."""
    firsts = []
    for entity_id, mentions in mentions_by_entity.items():
        inside = [m.start_char for m in mentions if start <= m.start_char and m.end_char <= end]
        if inside:
            firsts.append((min(inside), entity_id))
    return [entity_id for _, entity_id in sorted(firsts)]


def _list(span: Span, mentions_by_entity) -> ArticleList:
    info = span._.artex_list
    items = [ListItem(**item, entities=_entity_ids_within(mentions_by_entity, item["start"],
                                                          item["end"]))
             for item in info["items"]]
    return ArticleList(heading=info["heading"], kind=info["kind"], polarity=info["polarity"],
                       start=span.start_char, end=span.end_char, items=items)


def _title_from_sections(doc: Doc) -> str | None:
    titles = [s for s in spans(doc, "artex_sections") if s.label_ == "title"]
    return titles[0].text.strip() if titles else None


def _stats(doc: Doc) -> Stats:
    sentences = sum(1 for s in doc.sents if not all(t.is_space for t in s)) \
        if doc.has_annotation("SENT_START") else 0
    return Stats(
        characters=len(doc.text),
        words=sum(1 for t in doc if not (t.is_punct or t.is_space)),
        sentences=sentences,
        paragraphs=sum(1 for block in PARAGRAPH_BREAK.split(doc.text) if block.strip()),
    )


def _warnings(reference: str | None, dates: list[TimeExpression]) -> list[str]:
    if reference is None and any(d.value is None or "X" in d.value for d in dates):
        return ["no reference date: relative time expressions are left unresolved"]
    return []
