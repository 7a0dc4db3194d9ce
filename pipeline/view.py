"""The reading view: an Article as one HTML page (the text with its highlights, the merged
entities, the lists, a JSON download), used by ``artex render`` and by the service's page at
``/``. One template, ``templates/reading_view.html``, with its CSS inline: the page loads
nothing from the network.

What is highlighted is data-driven: ``HIGHLIGHT_KINDS`` lists each kind with its colour and the
function that finds its spans in an Article; the legend, the colours and the highlights all
come from that table, so a new kind (quotes, claims, ...) is one more entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from artex.schema import Article, Claim, Money, Quantity, Quote, TimeExpression

TEMPLATE = "reading_view.html"


@dataclass(frozen=True)
class Highlight:
    """One highlighted span: offsets into Article.text, its kind and the tooltip's text."""

    kind: str
    start: int
    end: int
    tip: str
    # Further data-* attributes (say, the entity id that links a mention to its table row).
    data: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class HighlightKind:
    name: str  # the value of data-kind
    label: str  # the legend's word
    colour: str  # background of the highlight (text stays dark on it)
    spans: Callable[[Article], Iterable[Highlight]]


def entity_highlights(article: Article) -> Iterator[Highlight]:
    for entity in article.entities:
        tip = " · ".join(part for part in (entity.name, entity.label, entity.country_code)
                         if part)
        for mention in entity.mentions:
            yield Highlight("entity", mention.start, mention.end, tip,
                            (("entity", entity.id),))


def number(value: float) -> str:
    """A value as people write it: thousands separated, no trailing '.0'."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"


def amount_text(value: float, value_max: float | None) -> str:
    return number(value) + (f"–{number(value_max)}" if value_max is not None else "")


def money_tip(money: Money) -> str:
    amount = " ".join(part for part in (amount_text(money.amount, money.amount_max),
                                        money.currency or "currency unknown") if part)
    per = f" per {money.per}" if money.per else ""
    return f"{amount}{per} · {money.qualifier}"


def quantity_tip(quantity: Quantity) -> str:
    return (f"{amount_text(quantity.value, quantity.value_max)} {quantity.unit} · "
            f"{quantity.qualifier}")


def date_tip(timex: TimeExpression) -> str:
    parts = [f"{timex.type} {timex.value or '(no value)'}"]
    if timex.modifier:
        parts.append(f"mod {timex.modifier}")
    if timex.start_date and timex.end_date:
        parts.append(f"{timex.start_date.isoformat()} to {timex.end_date.isoformat()}")
    return " · ".join(parts)


def quote_tip(article: Article, quote: Quote) -> str:
    names = {e.id: e.name for e in article.entities}
    speaker = names.get(quote.speaker) or quote.speaker_text or "speaker unknown"
    return " · ".join(part for part in (f"{quote.kind} quote", speaker, quote.cue) if part)


def claim_tip(article: Article, claim: Claim) -> str:
    names = {e.id: e.name for e in article.entities}
    holder = names.get(claim.holder) or claim.holder_text
    return " · ".join(part for part in (f"{claim.polarity} claim", holder, claim.cue) if part)


HIGHLIGHT_KINDS: tuple[HighlightKind, ...] = (
    HighlightKind("entity", "Entity", "#cfe3ff", entity_highlights),
    HighlightKind("money", "Money", "#c9f0c9",
                  lambda a: (Highlight("money", m.start, m.end, money_tip(m)) for m in a.money)),
    HighlightKind("quantity", "Quantity", "#ffe6b3",
                  lambda a: (Highlight("quantity", q.start, q.end, quantity_tip(q))
                             for q in a.quantities)),
    HighlightKind("date", "Date", "#f3d1f4",
                  lambda a: (Highlight("date", d.start, d.end, date_tip(d)) for d in a.dates)),
    HighlightKind("quote", "Quote", "#fff3a8",
                  lambda a: (Highlight("quote", q.start, q.end, quote_tip(a, q),
                                       (("speaker", q.speaker or ""),)) for q in a.quotes)),
    HighlightKind("claim", "Claim", "#ffd6d6",
                  lambda a: (Highlight("claim", c.start, c.end, claim_tip(a, c),
                                       (("polarity", c.polarity),)) for c in a.claims)),
)
KIND_ORDER = {kind.name: order for order, kind in enumerate(HIGHLIGHT_KINDS)}


def highlights(article: Article) -> list[Highlight]:
    """Every highlight, outer before inner where spans share a start."""
    found = [h for kind in HIGHLIGHT_KINDS for h in kind.spans(article)]
    return sorted(found, key=lambda h: (h.start, -h.end, KIND_ORDER[h.kind]))


def open_tag(highlight: Highlight, continued: bool) -> str:
    data = "".join(f' data-{name}="{escape(value)}"' for name, value in highlight.data)
    part = ' data-part="continued"' if continued else ""
    return (f'<mark class="hl" tabindex="0" data-kind="{highlight.kind}" '
            f'data-start="{highlight.start}" data-end="{highlight.end}"{data}{part} '
            f'data-tip="{escape(highlight.tip)}">')


def highlighted_text(text: str, spans: list[Highlight]) -> Markup:
    """The text, escaped, with one <mark> element a span. Spans nest; where two cross, the one
    still open when the other closes is closed and reopened as a continued part, so that the
    HTML stays well formed and every element keeps its span's own offsets."""
    boundaries = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans)})
    starting: dict[int, list[Highlight]] = {}
    for highlight in spans:
        starting.setdefault(highlight.start, []).append(highlight)
    out: list[str] = []
    stack: list[Highlight] = []
    for position, following in zip(boundaries, boundaries[1:] + [None], strict=True):
        while any(h.end == position for h in stack):
            reopened = []
            while stack[-1].end != position:
                reopened.append(stack.pop())
                out.append("</mark>")
            stack.pop()
            out.append("</mark>")
            for highlight in reversed(reopened):
                stack.append(highlight)
                out.append(open_tag(highlight, continued=True))
        for highlight in starting.get(position, []):
            if highlight.end > highlight.start:
                stack.append(highlight)
                out.append(open_tag(highlight, continued=False))
        if following is not None:
            out.append(str(escape(text[position:following])))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


@cache
def environment() -> Environment:
    return Environment(loader=PackageLoader("artex", "templates"),
                       autoescape=select_autoescape(default=True), trim_blocks=True,
                       lstrip_blocks=True, keep_trailing_newline=True)


def size_text(size: int) -> str:
    """A byte count as people read it: '20 MiB', '1.5 KiB', '900 bytes'."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size:,} bytes"


def render_page(article: Article | None = None, *, interactive: bool = False,
                error: str | None = None, form: dict[str, str] | None = None,
                max_bytes: int | None = None) -> str:
    """The reading view. ``interactive``: with the form that posts an article to the service
    (the page at ``/``), which takes at most ``max_bytes`` (the service's body limit, told on
    the page and checked by its script before sending); without it, the static page of
    ``artex render``."""
    article_json = article.model_dump_json(indent=2) if article is not None else None
    return environment().get_template(TEMPLATE).render(
        article=article,
        kinds=HIGHLIGHT_KINDS,
        text=highlighted_text(article.text, highlights(article)) if article else None,
        json_href="data:application/json;charset=utf-8," + quote(article_json)
        if article_json else None,
        interactive=interactive,
        error=error,
        form=form or {},
        max_bytes=max_bytes,
        max_size=size_text(max_bytes) if max_bytes else None,
        counts={kind.name: sum(1 for _ in kind.spans(article)) for kind in HIGHLIGHT_KINDS}
        if article else {},
        names={e.id: e.name for e in article.entities} if article else {},
    )
