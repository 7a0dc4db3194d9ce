"""The output contract (schema version 1.2): pydantic models for one Article.

Every span carries ``text``, ``start`` and ``end``: character offsets into ``Article.text``,
end exclusive, with ``text == Article.text[start:end]`` (checked when an Article is built).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.2"

EntityLabel = Literal[
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART",
    "LANGUAGE",
]
Qualifier = Literal[
    "exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range",
]
SectionKind = Literal["title", "byline", "dateline", "body", "list", "references", "boilerplate"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Polarity = Literal["pro", "con", "neutral"]
QuoteKind = Literal["direct", "partial", "indirect"]
ClaimPolarity = Literal["pro", "con"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Span(_Model):
    text: str = Field(description="The span's text, equal to Article.text[start:end].")
    start: int = Field(ge=0, description="Character offset of the span's start in Article.text.")
    end: int = Field(ge=0, description="Character offset just past the span's end (exclusive).")


class Mention(_Span):
    """One place where an entity is named."""


class Entity(_Model):
    id: str = Field(description="Id of the entity within the article (e1, e2, … by first mention).")
    name: str = Field(description="Canonical name: the fullest form used in the article.")
    label: EntityLabel = Field(description="Entity type (spaCy/OntoNotes labels).")
    count: int = Field(ge=1, description="Number of mentions.")
    aliases: list[str] = Field(description="The other surface forms used for this entity.")
    country_code: str | None = Field(
        description="ISO 3166-1 alpha-2 code when the entity is a country, else null.")
    titles: list[str] = Field(
        default_factory=list,
        description="Titles stripped from a person's mentions (e.g. 'Prime Minister').")
    mentions: list[Mention] = Field(description="Every mention, in text order.")


MONEY_ROLES = ("payer", "payee", "holder", "place", "source")


class MoneyRoles(_Model):
    """Who an amount belongs to. Each role lists entity references (ids in an Article, names in
    gold) and, when no named entity fills it, the words that name its filler (``*_text``:
    "the government", "private investors"). An empty role is unknown or not stated. Bylines,
    datelines, agency credits and photo credits never fill a role."""

    payer: list[str] = Field(
        default_factory=list,
        description="Who pays, invests, lends, grants, spends, buys, subsidises or is fined.")
    payer_text: str | None = Field(
        default=None, description="The words naming the payer when no named entity does.")
    payee: list[str] = Field(
        default_factory=list,
        description="Who receives, raises, borrows, is paid, sells or charges.")
    payee_text: str | None = Field(
        default=None, description="The words naming the payee when no named entity does.")
    holder: list[str] = Field(
        default_factory=list,
        description="Whose value, price, revenue, profit, loss, cost, debt, budget or "
                    "valuation the amount is.")
    holder_text: str | None = Field(
        default=None, description="The words naming the holder when no named entity does.")
    place: list[str] = Field(
        default_factory=list,
        description="Where the money goes (the plant in X, the investment in Y).")
    place_text: str | None = Field(
        default=None, description="The words naming the place when no named entity does.")
    source: list[str] = Field(
        default_factory=list,
        description="Who states the figure (according to X, X said).")
    source_text: str | None = Field(
        default=None, description="The words naming the source when no named entity does.")


class Money(_Span):
    amount: float = Field(description="The amount in major units (50 cents → 0.5).")
    amount_max: float | None = Field(
        description="Upper end of a range (qualifier 'range'), else null.")
    currency: str | None = Field(description="ISO 4217 currency code, null when unknown.")
    qualifier: Qualifier = Field(description="How the amount is qualified in the text.")
    per: str | None = Field(description="Unit of a rate ('share' in '$5 a share'), else null.")
    entities: list[str] = Field(
        description="Ids of the entities mentioned in the same sentence (co-occurrence only, "
                    "kept for compatibility: `roles` says who pays, receives, holds or states "
                    "the amount).")
    roles: MoneyRoles = Field(default_factory=MoneyRoles,
                              description="Who pays, receives, holds or states the amount.")


class Quantity(_Span):
    value: float = Field(description="The number (30% → 30).")
    value_max: float | None = Field(
        default=None, description="Upper end of a range (qualifier 'range'), else null.")
    unit: str = Field(description="What is counted or measured: 'percent', 'jobs', 'nanometre'…")
    qualifier: Qualifier = Field(description="How the value is qualified in the text.")


class TimeExpression(_Span):
    type: TimexType = Field(description="TIMEX3 type.")
    value: str | None = Field(
        description="TIMEX3 value ('2025-04', '2024-Q2', 'P17Y', 'XXXX-04' when the year is "
                    "unknown), null when it cannot be given.")
    modifier: str | None = Field(
        description="TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER, …) or null.")
    granularity: str | None = Field(
        description="Unit of the value: day, week, month, quarter, half, season, year, decade, "
                    "century, or null.")
    start_date: date | None = Field(
        description="First day of the interval a DATE covers (inclusive), else null.")
    end_date: date | None = Field(
        description="Last day of the interval a DATE covers (inclusive), else null.")
    relative: bool = Field(description="True when the value depended on the reference date.")


class ListItem(_Model):
    title: str | None = Field(description="The item's title ('Economic Growth'), null if none.")
    text: str = Field(description="The item's description, equal to Article.text[start:end].")
    start: int = Field(ge=0, description="Character offset of the description's start.")
    end: int = Field(ge=0, description="Character offset just past the description's end.")
    entities: list[str] = Field(
        default_factory=list, description="Ids of entities mentioned in the item.")


class ArticleList(_Model):
    heading: str | None = Field(description="The list's heading without its colon, or null.")
    kind: str = Field(
        description="What the list holds: advantages, disadvantages, challenges, benefits, risks, "
                    "pros, cons, … or 'other'.")
    polarity: Polarity = Field(description="pro, con or neutral.")
    start: int = Field(ge=0, description="Character offset of the list's start (its heading).")
    end: int = Field(ge=0, description="Character offset just past the list's last item.")
    items: list[ListItem] = Field(description="The items, in order.")


class Quote(_Span):
    """Who said what: a quotation in marks (``text`` without the marks) or reported speech."""

    kind: QuoteKind = Field(
        description="direct (a quotation that stands as its own sentence or follows 'X said:'), "
                    "partial (quoted words inside the writer's sentence: called the plan "
                    "\"reckless\") or indirect (reported speech without marks: X said (that) …).")
    speaker: str | None = Field(
        default=None, description="Id of the entity who speaks (an Article), its name (gold); "
                                  "null when the speaker is no named entity or unknown.")
    speaker_text: str | None = Field(
        default=None, description="The words that name the speaker ('Salinas', 'she', 'a "
                                  "spokeswoman for the group', 'analysts'); null if none.")
    cue: str | None = Field(
        default=None, description="The reporting words (said, told, added, according to, "
                                  "called, …); null for a quotation that continues the "
                                  "previous speaker's.")


class Claim(_Span):
    """A statement that argues for or against what the article is about, marked by its own
    words (critics say …, the main drawback is …); list items are in ``lists``, not here."""

    polarity: ClaimPolarity = Field(description="pro (for) or con (against).")
    holder: str | None = Field(
        default=None, description="Id (an Article) or name (gold) of the entity that holds the "
                                  "claim, null when no named entity does.")
    holder_text: str | None = Field(
        default=None, description="The words that name the holder ('critics', 'residents of "
                                  "the valley'); null for a claim stated by its cue noun.")
    cue: str | None = Field(
        default=None, description="The word that marks the claim (the arguing verb or the cue "
                                  "noun: warn, argue, drawback, benefit, …).")


class Section(_Model):
    kind: SectionKind = Field(description="What the block is.")
    heading: str | None = Field(description="The heading that introduces the block, or null.")
    start: int = Field(ge=0, description="Character offset of the block's start.")
    end: int = Field(ge=0, description="Character offset just past the block's end.")


class Stats(_Model):
    characters: int = Field(ge=0, description="Characters in Article.text.")
    words: int = Field(ge=0, description="Tokens that are neither punctuation nor white space.")
    sentences: int = Field(ge=0, description="Sentences (no sentence crosses a line break).")
    paragraphs: int = Field(ge=0, description="Blocks of text separated by blank lines.")


class Article(_Model):
    schema_version: Literal["1.2"] = Field(
        default=SCHEMA_VERSION, description="Version of this output contract.")
    id: str = Field(description="The caller's id, else the first 16 hex digits of the text's "
                                "SHA-256.")
    source: str = Field(description="Input path or URL ('-' for standard input).")
    title: str | None = Field(description="Headline, from the input's metadata or the text.")
    published: date | None = Field(description="Publication date, when known.")
    reference_date: date | None = Field(
        description="Date relative expressions were resolved against: explicit option > "
                    "published > null.")
    text: str = Field(description="The article text all offsets refer to.")
    stats: Stats = Field(description="Sizes of the text.")
    sections: list[Section] = Field(description="The article's blocks, in text order.")
    entities: list[Entity] = Field(description="One record per real-world entity.")
    money: list[Money] = Field(description="Every monetary figure, in text order.")
    quantities: list[Quantity] = Field(description="Percentages and counted amounts.")
    dates: list[TimeExpression] = Field(description="Every time expression, in text order.")
    lists: list[ArticleList] = Field(description="Every list, in text order.")
    quotes: list[Quote] = Field(
        default_factory=list, description="Every quotation and reported speech, in text order.")
    claims: list[Claim] = Field(
        default_factory=list, description="Every claim for or against, in text order.")
    warnings: list[str] = Field(description="What the pipeline could not do, in words.")

    @model_validator(mode="after")
    def _spans_match_text(self) -> Article:
        check_spans(self)
        return self


def check_spans(article: Article | GoldArticle) -> None:
    """Every span's text must be the article text between its offsets."""
    spans = [m for e in article.entities for m in e.mentions]
    spans += [*article.money, *article.quantities, *article.dates]
    spans += [i for lst in article.lists for i in lst.items]
    spans += [*(article.quotes or []), *(article.claims or [])]
    for span in spans:
        found = article.text[span.start:span.end]
        if found != span.text or span.start > span.end:
            raise ValueError(f"span {span.text!r} at [{span.start}:{span.end}] does not "
                             f"match the text, which has {found!r} there")


# Gold annotations (format 1.0): corpus/NAME.gold.json beside corpus/NAME.ext, read by
# `artex eval`. The same models carry predictions converted for scoring, which is why values a
# system may fail to give (an amount, a unit, a qualifier) may be null.

GOLD_VERSION = "1.0"


class GoldEntity(_Model):
    name: str = Field(description="Canonical name.")
    label: EntityLabel = Field(description="Entity type.")
    country_code: str | None = Field(description="ISO 3166-1 alpha-2 code for countries.")
    aliases: list[str] = Field(description="The other surface forms.")
    mentions: list[Mention] = Field(min_length=1, description="Every mention, in text order.")


class GoldMoney(_Span):
    amount: float | None = Field(description="The amount in major units.")
    amount_max: float | None = Field(description="Upper end of a range, else null.")
    currency: str | None = Field(description="ISO 4217 currency code, null when unknown.")
    qualifier: Qualifier | None = Field(description="How the amount is qualified.")
    per: str | None = Field(description="Unit of a rate, else null.")
    roles: MoneyRoles | None = Field(
        default=None, description="Roles by entity name; null when not annotated.")


class GoldQuantity(_Span):
    value: float | None = Field(description="The number.")
    value_max: float | None = Field(description="Upper end of a range, else null.")
    unit: str | None = Field(description="What is counted or measured.")
    qualifier: Qualifier | None = Field(description="How the value is qualified.")


class GoldTimeExpression(_Span):
    type: TimexType = Field(description="TIMEX3 type.")
    value: str | None = Field(description="TIMEX3 value.")
    modifier: str | None = Field(description="TIMEX3 mod, or null.")
    start_date: date | None = Field(description="First day of the interval a DATE covers.")
    end_date: date | None = Field(description="Last day of the interval a DATE covers.")


class GoldList(_Model):
    heading: str | None = Field(description="The list's heading without its colon, or null.")
    kind: str = Field(description="What the list holds (advantages, risks, …, or 'other').")
    polarity: Polarity = Field(description="pro, con or neutral.")
    items: list[ListItem] = Field(description="The items, in order.")


class GoldArticle(_Model):
    gold_version: Literal["1.0"] = Field(description="Version of the gold format.")
    source: str = Field(description="The annotated file's name, beside the gold file.")
    reference_date: date | None = Field(description="Date relative expressions resolve to.")
    title: str | None = Field(description="Headline.")
    published: date | None = Field(description="Publication date.")
    text: str = Field(description="The text all offsets refer to (for .txt: the file's content).")
    entities: list[GoldEntity] = Field(description="One record per real-world entity.")
    money: list[GoldMoney] = Field(description="Every monetary figure.")
    quantities: list[GoldQuantity] = Field(description="Percentages and counted amounts.")
    dates: list[GoldTimeExpression] = Field(description="Every time expression.")
    lists: list[GoldList] = Field(description="Every list outside references and boilerplate.")
    quotes: list[Quote] | None = Field(
        default=None, description="Every quotation and reported speech (speakers by entity "
                                  "name); null when the file does not annotate quotes.")
    claims: list[Claim] | None = Field(
        default=None, description="Every claim (holders by entity name); null when the file "
                                  "does not annotate claims.")

    @model_validator(mode="after")
    def _spans_match_text(self) -> GoldArticle:
        check_spans(self)
        return self


# The HTTP service's request and error bodies (`artex serve`).

class ExtractRequest(BaseModel):
    """One article for POST /v1/extract: exactly one of text, html or markdown."""

    model_config = ConfigDict(extra="allow")

    text: str | None = Field(default=None, description="The article as plain text.")
    html: str | None = Field(default=None, description="The article as an HTML page or fragment.")
    markdown: str | None = Field(default=None, description="The article as Markdown.")
    id: str | int | None = Field(default=None, description="Id to give the article.")
    title: str | None = Field(default=None, description="Headline, if the input has none.")
    source: str | None = Field(default=None, description="Where the article comes from.")
    published: str | None = Field(default=None, description="Publication date (YYYY-MM-DD).")
    reference_date: str | None = Field(
        default=None, description="Resolve relative dates against this date (YYYY-MM-DD).")


class ErrorBody(_Model):
    error: str = Field(description="What was wrong, in one line (the CLI's wording).")
    line: int | None = Field(
        default=None, description="Line of a JSON Lines batch the error is about, else null.")
