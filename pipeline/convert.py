"""The only code that reads a finished Doc: it builds the pydantic Article."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date

from spacy.attrs import IS_PUNCT, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

from artex.record import Record
from artex.schema import (
    MONEY_ROLES,
    Article,
    ArticleList,
    Claim,
    Entity,
    ListItem,
    Mention,
    Money,
    MoneyRoles,
    Quantity,
    Quote,
    Section,
    Stats,
    TimeExpression,
)
from artex.stages.common import doc_text
from artex.stages.entities import ACRONYM, fold, initials, name_preference

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def spans(doc: Doc, key: str) -> list[Span]:
    return sorted(doc.spans.get(key, []), key=lambda s: (s.start_char, s.end_char))


def to_article(doc: Doc, record: Record) -> Article:
    text = doc_text(doc)
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
    entity_ids = {e.id for e in entities}
    roles_by_amount = _money_roles(doc, text, entity_ids)
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
        text=text,
        stats=_stats(doc, text),
        sections=sections,
        entities=entities,
        money=[
            Money(**_span_fields(s), **s._.artex_money,
                  entities=_entity_ids_within(mentions_by_entity, s.sent.start_char,
                                              s.sent.end_char),
                  roles=roles_by_amount.get((s.start_char, s.end_char), MoneyRoles()))
            for s in spans(doc, "artex_money")
        ],
        quantities=[Quantity(**_span_fields(s), **s._.artex_quantity)
                    for s in spans(doc, "artex_quantities")],
        dates=dates,
        lists=[_list(s, mentions_by_entity) for s in spans(doc, "artex_lists")],
        quotes=_quotes(doc, text, entity_ids),
        claims=_claims(doc, text, entity_ids),
        warnings=[*record.warnings, *_warnings(reference, dates)],
    )


def _words(text: str, start: int | None, end: int | None) -> str | None:
    return text[start:end] if start is not None and end is not None else None


def _quotes(doc: Doc, text: str, entity_ids: set[str]) -> list[Quote]:
    return [Quote(text=text[q["start"]:q["end"]], start=q["start"], end=q["end"],
                  kind=q["kind"], cue=q["cue"],
                  speaker=q["speaker"] if q["speaker"] in entity_ids else None,
                  speaker_text=_words(text, q["speaker_start"], q["speaker_end"]))
            for q in sorted(doc._.artex_quotes or [], key=lambda q: (q["start"], q["end"]))]


def _claims(doc: Doc, text: str, entity_ids: set[str]) -> list[Claim]:
    return [Claim(text=text[c["start"]:c["end"]], start=c["start"], end=c["end"],
                  polarity=c["polarity"], cue=c["cue"],
                  holder=c["holder"] if c["holder"] in entity_ids else None,
                  holder_text=_words(text, c["holder_start"], c["holder_end"]))
            for c in sorted(doc._.artex_claims or [], key=lambda c: (c["start"], c["end"]))]


def _money_roles(doc: Doc, text: str, entity_ids: set[str]) -> dict[tuple[int, int], MoneyRoles]:
    """The roles of each amount (keyed by its offsets): entity ids in text order, and for each
    role the first words that name a filler that is no entity."""
    found: dict[tuple[int, int], dict] = {}
    for record in sorted(doc._.artex_roles or [], key=lambda r: r["start"]):
        roles = found.setdefault((record["money_start"], record["money_end"]),
                                 {role: [] for role in MONEY_ROLES})
        role, entity = record["role"], record["entity"]
        if entity is None:
            roles.setdefault(f"{role}_text", text[record["start"]:record["end"]])
        elif entity in entity_ids and entity not in roles[role]:
            roles[role].append(entity)
    return {key: MoneyRoles(**roles) for key, roles in found.items()}


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


def _stats(doc: Doc, text: str) -> Stats:
    # Read from the doc's arrays, not token by token.
    flags = doc.to_array([IS_PUNCT, IS_SPACE, SENT_START]).tolist()
    return Stats(
        characters=len(text),
        words=sum(1 for punct, space, _ in flags if not (punct or space)),
        sentences=_sentences(doc, flags),
        paragraphs=_paragraphs(text),
    )


def _sentences(doc: Doc, flags: list[list[int]]) -> int:
    """The sentences (``doc.sents``) with a token that is not white space; 0 without sentence
    boundaries. A sentence starts at the first token and at every token whose SENT_START is
    1, as ``doc.sents`` cuts them."""
    if not doc.has_annotation("SENT_START"):
        return 0
    if "sents" in doc.user_hooks:
        return sum(1 for s in doc.sents if not all(t.is_space for t in s))
    count, counted = 0, False
    for i, (_, space, start) in enumerate(flags):
        if i > 0 and start == 1:
            counted = False
        if not space and not counted:
            count, counted = count + 1, True
    return count


def _paragraphs(text: str) -> int:
    return sum(1 for block in PARAGRAPH_BREAK.split(text) if block.strip())


def _warnings(reference: str | None, dates: list[TimeExpression]) -> list[str]:
    if reference is None and any(d.value is None or "X" in d.value for d in dates):
        return ["no reference date: relative time expressions are left unresolved"]
    return []


# --- long texts: the Articles of a text's pieces joined into one ------------------------------

def join_pieces(record: Record, parts: list[tuple[int, Article]]) -> Article:
    """One Article for a text processed in pieces (see artex.pieces): ``parts`` are each
    piece's start in ``record.text`` and its Article, in text order. Offsets move into the
    whole text; the pieces' entities are merged (see EntityMerger); sections split by a cut
    are joined again; warnings are kept once each.

    ``parts`` is emptied as it is read: each piece's Article is let go of once its spans are
    moved, so that a long text's spans are held once, not twice, while they are joined."""
    first = parts[0][1]
    parts.reverse()
    merger = EntityMerger()
    sections: list[Section] = []
    money, quantities, dates, lists, warnings = [], [], [], [], []
    quotes, claims = [], []
    words = sentences = 0
    while parts:
        offset, part = parts.pop()
        ids = merger.add(part.entities, offset)
        sections.extend(_joined_sections(record.text, sections, part.sections, offset))
        money.extend(_moved(m, offset, entities=_renamed(m.entities, ids),
                            roles=_renamed_roles(m.roles, ids)) for m in part.money)
        quantities.extend(_moved(q, offset) for q in part.quantities)
        dates.extend(_moved(d, offset) for d in part.dates)
        lists.extend(_moved_list(item, offset, ids) for item in part.lists)
        quotes.extend(_moved(q, offset, speaker=ids.get(q.speaker)) for q in part.quotes)
        claims.extend(_moved(c, offset, holder=ids.get(c.holder)) for c in part.claims)
        warnings.extend(w for w in part.warnings if w not in warnings)
        words += part.stats.words
        sentences += part.stats.sentences
    return Article(
        id=record.article_id, source=record.source, title=record.title or first.title,
        published=first.published, reference_date=first.reference_date, text=record.text,
        stats=Stats(characters=len(record.text), words=words, sentences=sentences,
                    paragraphs=_paragraphs(record.text)),
        sections=sections, entities=merger.entities(), money=money, quantities=quantities,
        dates=dates, lists=lists, quotes=quotes, claims=claims, warnings=warnings,
    )


def _moved(span, offset: int, **changes):
    return span.model_copy(update={"start": span.start + offset, "end": span.end + offset,
                                   **changes})


def _renamed(entity_ids: list[str], ids: dict[str, str]) -> list[str]:
    return list(dict.fromkeys(ids[i] for i in entity_ids))


def _renamed_roles(roles: MoneyRoles, ids: dict[str, str]) -> MoneyRoles:
    return roles.model_copy(update={role: _renamed(getattr(roles, role), ids)
                                    for role in MONEY_ROLES})


def _moved_list(found: ArticleList, offset: int, ids: dict[str, str]) -> ArticleList:
    items = [_moved(item, offset, entities=_renamed(item.entities, ids)) for item in found.items]
    return _moved(found, offset, items=items)


def _joined_sections(text: str, before: list[Section], sections: list[Section],
                     offset: int) -> list[Section]:
    """The piece's sections moved into the whole text; a body section cut in two inside its
    paragraph (a piece with no paragraph break to end at) is joined again."""
    moved = [_moved(s, offset) for s in sections]
    if moved and before and before[-1].kind == moved[0].kind == "body" \
            and moved[0].heading is None \
            and not PARAGRAPH_BREAK.search(text, before[-1].end, moved[0].start + 1):
        before[-1] = before[-1].model_copy(update={"end": moved[0].end})
        moved = moved[1:]
    return moved


class EntityMerger:
    """The entities of consecutive pieces merged into one record per real-world entity.

    A piece's entity joins the one earlier entity it matches by the entities stage's own
    tests, applied to names instead of mentions: the same country, or a name or alias equal
    once folded (case, periods, spacing), an acronym made of the initials of an earlier name,
    a one-word name that is the surname of an earlier person, a company name that begins an
    earlier company's name, or an earlier one-word name that is its surname. When no single earlier
    entity matches, it is a new one. The merged name is the fullest form, the label the one
    most mentions carry; ids are given anew in order of first mention."""

    def __init__(self) -> None:
        self._merged: list[dict] = []
        self._by_key: dict[tuple, set[int]] = defaultdict(set)
        self._by_initials: dict[str, set[int]] = defaultdict(set)

    def add(self, entities: list[Entity], offset: int) -> dict[str, str]:
        """Merge one piece's entities; returns the piece's ids mapped to the merged ids."""
        ids = {}
        for entity in entities:
            forms = [entity.name, *entity.aliases]
            index = self._match(entity, forms)
            if index is None:
                index = len(self._merged)
                self._merged.append({"name": entity.name, "labels": Counter(), "aliases": [],
                                     "country_code": entity.country_code, "titles": [],
                                     "mentions": []})
            merged = self._merged[index]
            for form in forms:
                self._by_key[_name_key(entity.label, entity.country_code, form)].add(index)
                if len(form.split()) > 1:
                    self._by_initials[initials(form)].add(index)
            if name_preference(entity.name) > name_preference(merged["name"]):
                merged["aliases"] = [a for a in [*merged["aliases"], merged["name"]]
                                     if a != entity.name]
                merged["name"] = entity.name
            merged["aliases"].extend(f for f in forms if f != merged["name"]
                                     and f not in merged["aliases"])
            merged["titles"].extend(t for t in entity.titles if t not in merged["titles"])
            merged["country_code"] = merged["country_code"] or entity.country_code
            merged["labels"][entity.label] += entity.count
            merged["mentions"].extend(_moved(m, offset) for m in entity.mentions)
            ids[entity.id] = f"e{index + 1}"
        return ids

    def _match(self, entity: Entity, forms: list[str]) -> int | None:
        for form in forms:
            found = self._by_key.get(_name_key(entity.label, entity.country_code, form))
            if found and len(found) == 1:
                return next(iter(found))
        name = entity.name
        if ACRONYM.match(name) and not entity.country_code:
            found = self._by_initials.get(name.replace(".", "").rstrip("s"))
            if found and len(found) == 1:
                return next(iter(found))
        if entity.label in ("PERSON", "ORG") and " " not in name:
            found = {i for i, e in enumerate(self._merged)
                     if _label(e) == "PERSON" and e["name"].endswith(" " + name)
                     or _label(e) == "ORG" and e["name"].startswith(name + " ")}
        elif entity.label == "ORG":
            found = {i for i, e in enumerate(self._merged)
                     if _label(e) == "ORG" and e["name"].startswith(name + " ")}
        elif entity.label == "PERSON":
            last = name.rsplit(" ", 1)[1]
            found = {i for i, e in enumerate(self._merged)
                     if _label(e) == "PERSON" and e["name"] == last}
        else:
            found = set()
        return next(iter(found)) if len(found) == 1 else None

    def entities(self) -> list[Entity]:
        return [Entity(id=f"e{n}", name=e["name"], label=_label(e), count=len(e["mentions"]),
                       aliases=e["aliases"], country_code=e["country_code"],
                       titles=e["titles"], mentions=e["mentions"])
                for n, e in enumerate(self._merged, 1)]


def _name_key(label: str, country_code: str | None, form: str) -> tuple:
    """Names that are the same entity whatever the piece: one country, or one folded form (a
    nationality apart from the rest, as in the entities stage)."""
    return ("code", country_code) if country_code else (label == "NORP", fold(form))


def _label(merged: dict) -> str:
    """The label most mentions carry (ties: the first seen)."""
    return merged["labels"].most_common(1)[0][0]
