"""Hand-built Articles for the sink and database tests (no model: they check storage only)."""

from __future__ import annotations

from artex.schema import Article


def span(text: str, part: str, after: int = 0) -> dict:
    start = text.index(part, after)
    return {"text": part, "start": start, "end": start + len(part)}


def company_article(article_id: str, companies: list[tuple[str, list[tuple[str, str]]]],
                    ) -> Article:
    """An article with one sentence per company: ``Acme paid $5 and EUR 3.``, given
    ``("Acme", [("$5", "USD"), ("EUR 3", "EUR")])``; every amount is linked to its company,
    which is its payer."""
    sentences = [f"{name} paid {' and '.join(figure for figure, _ in figures)}."
                 for name, figures in companies]
    text = " ".join(sentences)
    entities, money = [], []
    offset = 0
    for number, ((name, figures), sentence) in enumerate(zip(companies, sentences, strict=True),
                                                         1):
        entity_id = f"e{number}"
        entities.append({"id": entity_id, "name": name, "label": "ORG", "count": 1,
                         "aliases": [], "country_code": None,
                         "mentions": [span(text, name, offset)]})
        for figure, currency in figures:
            amount = float(figure.split()[-1].lstrip("$"))
            money.append({**span(text, figure, offset), "amount": amount, "amount_max": None,
                          "currency": currency, "qualifier": "exact", "per": None,
                          "entities": [entity_id], "roles": {"payer": [entity_id]}})
        offset += len(sentence) + 1
    first = span(text, companies[0][0])
    return Article.model_validate({
        "id": article_id, "source": f"{article_id}.txt", "title": None, "published": None,
        "reference_date": "2024-04-12", "text": text,
        "stats": {"characters": len(text), "words": len(text.split()),
                  "sentences": len(sentences), "paragraphs": 1},
        "sections": [{"kind": "body", "heading": None, "start": 0, "end": len(text)}],
        "entities": entities, "money": money,
        "quantities": [], "warnings": [],
        "dates": [{**first, "type": "DATE", "value": "2024-04-12", "modifier": None,
                   "granularity": "day", "start_date": "2024-04-12", "end_date": "2024-04-12",
                   "relative": True}],
        "lists": [{"heading": "Pros", "kind": "pros", "polarity": "pro", "start": 0,
                   "end": len(sentences[0]),
                   "items": [{**span(text, sentences[0]), "title": None,
                              "entities": ["e1"]}]}],
        # The first sentence as reported speech of its company and as a claim it holds.
        "quotes": [{**span(text, sentences[0]), "kind": "indirect", "speaker": "e1",
                    "speaker_text": companies[0][0], "cue": "said"}],
        "claims": [{**span(text, sentences[0]), "polarity": "pro", "holder": "e1",
                    "holder_text": companies[0][0], "cue": "argue"}],
    })
