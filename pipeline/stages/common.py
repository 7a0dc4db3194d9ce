"""What the stages share: doc inputs, section look-ups and extension registration."""

# No `from __future__ import annotations` here: spaCy validates the arguments of
# `Stage.initialize` against its annotations, which must then be real types, not strings.

import re
import weakref
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    LIKE_NUM,
    LOWER,
    ORTH,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span

from artex.settings import DEFAULT_MODELS_DIR

SECTIONS_KEY = "artex_sections"
# Sections whose text feeds no body extractor (money, quantities, dates, lists).
NOT_BODY = frozenset({"boilerplate", "references"})
# Sections whose text feeds no extractor at all.
NOT_TEXT = frozenset({"boilerplate"})
# The line cues of artex_segment, among them the photo caption whose names and dates the
# entities and dates stages read though it is furniture.
CUES_FILE = "boilerplate.json"

# Every extension of the stage contract (see stages/__init__.py), registered in one place so
# that convert can read a Doc whatever stages ran.
DOC_EXTENSIONS = ("artex_reference_date", "artex_markup", "artex_continues", "artex_text_places",
                  "artex_entities", "artex_dateline_date", "artex_roles",
                  "artex_quotes", "artex_claims")
SPAN_EXTENSIONS = ("artex_heading", "artex_items", "artex_entity_id", "artex_money",
                   "artex_quantity", "artex_timex", "artex_list")


# Idempotent: modules may be imported again (tests, worker processes).
for _owner, _names in ((Doc, DOC_EXTENSIONS), (Span, SPAN_EXTENSIONS)):
    for _name in _names:
        if not _owner.has_extension(_name):
            _owner.set_extension(_name, default=None)


# Where ``doc_text`` keeps a doc's text (in ``doc.user_data``, which travels with the doc).
TEXT_KEY = "artex_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins it from the tokens on every access (half a
    millisecond for an article), and every stage and the conversion read it. The tokens never
    change a text (retokenizing merges or splits tokens, not characters)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Give ``doc_text`` the text the doc was made from (the tokenizer keeps every character),
    so that it is never built from the tokens at all."""
    doc.user_data[TEXT_KEY] = text
    return doc


def prepare_doc(doc: Doc, reference_date: str | None, markup: Iterable[tuple[int, int, str]],
                continues: bool = False, text_places: dict[str, int] | None = None):
    """Set the doc inputs every stage may read; call before the pipeline runs. ``continues``:
    the doc is a later piece of a long text, so it has no title, byline or dateline;
    ``text_places``: for a piece of a long text, how often the whole text names the places of
    each currency (``MoneyExtractor.places_named``)."""
    doc._.artex_reference_date = reference_date
    doc._.artex_markup = [list(m) for m in markup]
    doc._.artex_continues = continues
    doc._.artex_text_places = text_places
    return doc


def merged_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges sorted, with those that overlap or touch joined into one."""
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


class CharRanges:
    """Sorted, non-overlapping character ranges with a fast overlap test."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        merged = merged_ranges(ranges)
        self._starts = [r[0] for r in merged]
        self._ends = [r[1] for r in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start

    @property
    def end(self) -> int:
        """Where the last range ends (0 when there is none)."""
        return self._ends[-1] if self._ends else 0

    def __bool__(self) -> bool:
        return bool(self._starts)


def section_ranges(doc: Doc, kinds: Iterable[str],
                   except_lines: re.Pattern | None = None) -> CharRanges:
    """Character ranges of the sections of the given kinds (none when the doc has no sections,
    as in a unit test that runs one stage alone), but for those whose text ``except_lines``
    matches (a photo caption among the boilerplate: models/boilerplate.json "caption_line")."""
    wanted = set(kinds)
    sections = doc.spans.get(SECTIONS_KEY, [])
    return CharRanges((s.start_char, s.end_char) for s in sections if s.label_ in wanted
                      and not (except_lines and except_lines.match(s.text)))


class Stage:
    """What every artex stage shares: ``__call__`` is ``set_annotations(doc, match(doc))``,
    and the data it reads comes from ``initialize``.

    ``initialize(models_dir=None)`` reads the data artex ships (the ``artex/models`` package
    data) unless ``models_dir`` names another folder; spaCy calls it from ``nlp.initialize()``,
    and ``[initialize.components.NAME] models_dir`` in a spaCy config sets the folder. A stage
    that runs before anyone initialised it initialises itself with the shipped data: that is
    how ``nlp.add_pipe("artex_money")`` works on a trained pipeline, where calling
    ``nlp.initialize()`` would reset the trained components' weights."""

    name: str
    initialized = False

    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   models_dir: str | Path | None = None) -> None:
        self.load_data(Path(models_dir) if models_dir is not None else DEFAULT_MODELS_DIR, nlp)
        self.initialized = True

    def load_data(self, models_dir: Path, nlp: Language | None) -> None:
        """Read the stage's data (patterns, lexicons, tables) from ``models_dir``."""
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        if not self.initialized:
            self.initialize()
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc):
        """Find the stage's candidates in ``doc``; plain data, nothing written."""
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found) -> Doc:
        """Write what ``match`` found to the stage's own spans key and extensions."""
        raise NotImplementedError


class Words:
    """A doc's token attributes as Python lists indexed by token (``words.lower[i]`` is
    ``doc[i].lower_``), read from one array: ``doc[i]`` makes a new Token object at every
    call, and the stages' rules ask about the same tokens millions of times a batch."""

    __slots__ = ("doc_text", "start", "text", "lower", "tag", "whitespace", "is_title",
                 "is_lower", "is_alpha", "is_punct", "is_space", "like_num")

    def __init__(self, doc: Doc):
        array = doc.to_array([IDX, ORTH, LOWER, TAG, SPACY, IS_TITLE, IS_LOWER, IS_ALPHA,
                              IS_PUNCT, IS_SPACE, LIKE_NUM])
        rows = array[:, :4].T.tolist() if len(doc) else [[]] * 4
        # numpy's bools become Python's in one step (bool() of each value costs more than the
        # array's whole reading).
        flags = array[:, 4:].astype(bool).T.tolist() if len(doc) else [[]] * 7
        strings = doc.vocab.strings
        names = {key: strings[key] for key in {*rows[1], *rows[2], *rows[3]}}
        self.doc_text = doc_text(doc)
        self.start = rows[0]
        self.text = [names[key] for key in rows[1]]
        self.lower = [names[key] for key in rows[2]]
        self.tag = [names[key] for key in rows[3]]
        (self.whitespace, self.is_title, self.is_lower, self.is_alpha, self.is_punct,
         self.is_space, self.like_num) = flags

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (the same slice: negative indices count from the end, and
        both are clipped to the doc)."""
        if not 0 <= start < end <= len(self.text):
            start, end, _ = slice(start, end).indices(len(self.text))
            if start >= end:
                return ""
        return self.doc_text[self.start[start]:self.start[end - 1] + len(self.text[end - 1])]


# Each doc's Words, built on the first request and dropped with the doc. Not kept in
# ``doc.user_data``, which is serialised with the doc. The stages write spans and extensions,
# never token attributes, so the lists stay true for the doc's life once the model has run.
_WORDS: "weakref.WeakKeyDictionary[Doc, Words]" = weakref.WeakKeyDictionary()


# The doc last asked for and its Words, one tuple replaced whole (so a thread never reads one
# doc's Words for another's): the stages ask for the same doc's Words about 600 times a doc,
# and the weak dictionary's look-up cost more than the lists' reads it serves.
_last_words: tuple[Doc | None, Words | None] = (None, None)


def doc_words(doc: Doc) -> Words:
    """The doc's ``Words`` (for a stage after the model: the tags are read once)."""
    global _last_words
    last = _last_words
    if last[0] is doc:
        return last[1]
    found = _WORDS.get(doc)
    if found is None:
        found = _WORDS[doc] = Words(doc)
    _last_words = (doc, found)
    return found


# Each doc's named entities as plain records, kept as ``_WORDS`` keeps its words (the model's
# entities are token attributes too, which no stage changes).
_ENTS: "weakref.WeakKeyDictionary[Doc, list[tuple[int, int, str, int, int]]]" = \
    weakref.WeakKeyDictionary()


def doc_ents(doc: Doc) -> list[tuple[int, int, str, int, int]]:
    """``doc.ents`` as (start, end, label, start character, end character), read once per doc:
    spaCy builds every Span anew at each ``doc.ents``, which the stages read five times."""
    found = _ENTS.get(doc)
    if found is None:
        found = _ENTS[doc] = [(e.start, e.end, e.label_, e.start_char, e.end_char)
                              for e in doc.ents]
    return found


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` cut from the doc's text (spaCy joins it from a Token per
    word)."""
    return doc_words(doc).span_text(start, end)


def token_starts(doc: Doc) -> list[int]:
    """The character offset of each token (``token.idx``), read from one array rather than by
    creating every Token."""
    return doc.to_array(IDX).tolist()


def sentence_starts(doc: Doc) -> list[int]:
    """The character offsets where ``doc.sents`` starts its sentences (the first token, then
    every token marked a sentence start), read from two arrays rather than from the Spans."""
    if not len(doc):
        return []
    starts, flags = doc.to_array(IDX), doc.to_array(SENT_START)
    return [int(starts[0]), *starts[1:][flags[1:] == 1].tolist()]


def credit_tokens(doc: Doc, kinds: Iterable[str]) -> set[int]:
    """Indices of the tokens in sections of the given kinds (datelines and bylines)."""
    wanted = set(kinds)
    return {i for section in doc.spans.get(SECTIONS_KEY, []) if section.label_ in wanted
            for i in range(section.start, section.end)}


def entity_mentions(doc: Doc, skipped: set[int],
                    ) -> tuple[list[tuple[int, int, str, str]], dict[int, tuple]]:
    """The mentions of ``doc.spans["artex_entities"]`` that touch no skipped token, as (token
    start, token end, entity id, label of the merged entity), in text order, and the same
    records by each token they cover."""
    labels = {e["id"]: e["label"] for e in (doc._.artex_entities or [])}
    mentions: list[tuple[int, int, str, str]] = []
    mention_at: dict[int, tuple[int, int, str, str]] = {}
    for mention in sorted(doc.spans.get("artex_entities", []), key=lambda s: s.start):
        if any(i in skipped for i in range(mention.start, mention.end)):
            continue
        entity = mention._.artex_entity_id
        record = (mention.start, mention.end, entity, labels.get(entity, mention.label_))
        mentions.append(record)
        for i in range(mention.start, mention.end):
            mention_at[i] = record
    return mentions, mention_at


def record_spans(doc: Doc, records: list[dict], label: str) -> list[Span]:
    """One span per record of character offsets ("start", "end"), widened to whole tokens and
    labelled by the record's ``label`` value."""
    spans = []
    for record in records:
        words = doc.char_span(record["start"], record["end"], alignment_mode="expand")
        if words is not None:
            spans.append(Span(doc, words.start, words.end, label=record[label]))
    return spans


def load_json(models_dir: str | Path, name: str):
    """Read a JSON asset from models/, naming the file in the error when it is missing."""
    path = Path(models_dir) / name
    if not path.exists():
        raise FileNotFoundError(f"artex model asset missing: {path}")
    return srsly.read_json(path)


def word_alternation(words) -> str:
    """A regex matching any of ``words`` (the longest possible), spaces matching any
    whitespace. It is written as a trie ("jan(?:uary)?|ju(?:ly|ne)") because Python's regex
    engine tries the branches of a flat alternation one by one at every position."""
    trie: dict = {}
    for word in {w.lower() for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + trie_pattern(trie) + ")"


def trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
