"""artex_lists: every list the segmenter found, typed by its heading (models/headings.json).

The segmenter already cut list sections into items; this stage names each list's kind
("advantages", "risks", ... or "other") and polarity (pro, con, neutral) and turns item offsets
into {title, text, start, end}. A list without a heading is typed by the paragraph that
introduces it ("The report names three risks:"), a sub-list whose own heading names no kind
by the heading above it.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from artex.stages.common import SECTIONS_KEY, Stage, doc_text, load_json

LISTS_KEY = "artex_lists"
HEADINGS_FILE = "headings.json"


class HeadingLexicon:
    """Kind and polarity of a list heading: the kind of the first lexicon term it contains."""

    def __init__(self, data: dict):
        self.other_kind = data["other_kind"]
        self.neutral = data["neutral_polarity"]
        self.kind_of_term: dict[str, tuple[str, str]] = {}
        for entry in data["kinds"]:
            for term in entry["terms"]:
                self.kind_of_term[term.lower()] = (entry["kind"], entry["polarity"])
        terms = sorted(self.kind_of_term, key=len, reverse=True)
        self.pattern = re.compile(
            r"\b(" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE
        )

    def classify(self, heading: str | None) -> tuple[str, str]:
        if not heading:
            return self.other_kind, self.neutral
        found = [self.kind_of_term[m.group(1).lower()] for m in self.pattern.finditer(heading)]
        if not found:
            return self.other_kind, self.neutral
        kind, polarity = found[0]
        # "Pros and Cons" without sub-headings: the list holds both sides.
        if any(p != polarity for _, p in found):
            polarity = self.neutral
        return kind, polarity


@Language.factory(
    "artex_lists",
    assigns=["doc.spans", "span._.artex_list"],
    requires=["doc.spans"],
    default_config={},
)
def make_lists(nlp: Language, name: str):
    return ArtexLists(nlp, name)


class ArtexLists(Stage):
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lexicon: HeadingLexicon | None = None

    def load_data(self, models_dir: Path, nlp: Language | None) -> None:
        self.lexicon = HeadingLexicon(load_json(models_dir, HEADINGS_FILE))

    def match(self, doc: Doc) -> list[tuple[Span, dict]]:
        sections = list(doc.spans[SECTIONS_KEY]) if SECTIONS_KEY in doc.spans else []
        text = doc_text(doc)
        found = []
        # A heading standing alone above sub-lists ("Risks" over "Short term", "Long term").
        parent = None
        for position, section in enumerate(sections):
            heading = section._.artex_heading
            if section.label_ != "list":
                alone = section.label_ == "body" and heading and "\n" not in section.text
                parent = heading["text"] if alone else None
                continue
            typed_by = heading["text"] if heading else introduction(sections, position)
            kind, polarity = self.lexicon.classify(typed_by)
            if kind == self.lexicon.other_kind and parent:
                kind, polarity = self.lexicon.classify(parent)
            found.append((section, {
                "heading": heading["text"] if heading else None,
                "heading_start": heading["start"] if heading else None,
                "heading_end": heading["end"] if heading else None,
                "kind": kind,
                "polarity": polarity,
                "items": [list_item(text, item) for item in section._.artex_items or []],
            }))
        return found

    def set_annotations(self, doc: Doc, found: list[tuple[Span, dict]]) -> Doc:
        spans = []
        for section, record in found:
            span = Span(doc, section.start, section.end, label=record["kind"])
            span._.artex_list = record
            spans.append(span)
        doc.spans[LISTS_KEY] = spans
        return doc


def introduction(sections: list[Span], position: int) -> str | None:
    """The last sentence of the body paragraph just before a list, when it ends in ":"."""
    if position == 0:
        return None
    previous = sections[position - 1]
    text = previous.text.rstrip()
    if previous.label_ != "body" or not text.endswith(":"):
        return None
    return re.split(r"(?<=[.!?])\s+", text)[-1]


def list_item(text: str, item: dict) -> dict:
    has_title = item["title_start"] is not None
    return {
        "title": text[item["title_start"]:item["title_end"]] if has_title else None,
        "text": text[item["text_start"]:item["text_end"]],
        "start": item["text_start"],
        "end": item["text_end"],
    }
