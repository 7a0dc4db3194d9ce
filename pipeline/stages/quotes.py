"""artex_quotes: who said what (issue #18).

Quotations are found by their marks, in the text of the body (and list) sections:

- straight and curly double quotes, guillemets, and single quotes (curly, or straight ones that
  open after a space and close before a space or punctuation, so that "won't" is no mark);
  single marks inside a double-quoted passage belong to it;
- a quotation whose paragraph ends before its closing mark continues into the next paragraph
  when that paragraph opens with a mark (the news convention for a quote over paragraphs);
  otherwise it ends with its paragraph.

A marked quotation is ``direct`` when it opens its sentence, or follows a colon or a reporting
verb ('X said: "…"', 'said, "…"'); otherwise ``partial`` ('called the plan "reckless"'), and a
partial one with no reporting or describing verb in its sentence is a quoted term ('digital
"in-cab" signalling'), not a quotation. Reported speech without marks is ``indirect``: a
sentence with a reporting verb whose subject names a speaker and whose other side is a clause
('X said (that) CLAUSE', 'CLAUSE, X said', 'CLAUSE, according to X').

The speaker is read from the words around the quotation, in this order: a reporting verb after
it ('"…," X said' / 'said X' / 'according to X'), a reporting or describing verb before it in
its sentence ('X said: "…"', 'X called the plan "…"'), else the speaker of the quotation or
reported speech just before it in the same or the previous paragraph (a quote that continues).
The speaker words resolve to a merged entity: a person named in them before any other entity;
else the first organisation, place or group named; 'he'/'she' to the nearest person named
before; 'the minister' / 'the chief executive' to the nearest person named before with that
title beside the name; 'the company' to the nearest organisation named before, 'the ministry'
to the nearest organisation whose name has that word. Words that name no one ('a spokeswoman
for the group', 'analysts') stay words (``speaker_text``). The lexicon is models/quotes.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from artex.stages.common import (
    SECTIONS_KEY,
    Stage,
    credit_tokens,
    doc_text,
    doc_words,
    entity_mentions,
    load_json,
    record_spans,
)

KEY = "artex_quotes"
ENTITIES_KEY = "artex_entities"
QUOTES_FILE = "quotes.json"
# Sections whose text holds no quotation artex reports.
NOT_QUOTED = frozenset({"title", "byline", "dateline", "boilerplate", "references"})
CREDIT_SECTIONS = frozenset({"dateline", "byline"})
DOUBLE_PAIRS = {"“": "”", "«": "»", "„": "“"}
SINGLE_PAIRS = {"‘": "’"}
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "shall", "should", "may",
                         "might", "can", "could", "must", "did", "does", "do", "is", "was",
                         "are", "were", "also", "previously", "repeatedly", "again", "later",
                         "then", "earlier", "once", "first", "reportedly"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
SENTENCE_END = frozenset({".", "!", "?"})
MARKS = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
DEFINITE = frozenset({"the", "its", "his", "her", "their", "this", "that"})
RELATIVES = frozenset({"which", "who", "whose", "whom"})
SUBORDINATORS = frozenset({"and", "but", "while", "as", "because", "after", "when", "since",
                           "although", "though", "if", "whereas"})


@dataclass
class Mark:
    """One marked quotation: the marks' offsets and the text between them."""

    open: int  # offset of the opening mark
    start: int  # first character inside the marks
    end: int  # just past the last character inside
    close: int  # just past the closing mark (== end when the paragraph ended it)
    paragraph: int


@Language.factory(
    "artex_quotes",
    assigns=["doc.spans", f"doc._.{KEY}"],
    requires=["doc.spans", "token.tag", "token.is_sent_start"],
    default_config={"lexicon": QUOTES_FILE, "phrase_words": 16, "that_window": 8},
)
def make_quotes(nlp: Language, name: str, lexicon: str, phrase_words: int, that_window: int):
    return QuoteStage(nlp, name, lexicon, phrase_words, that_window)


class QuoteStage(Stage):
    def __init__(self, nlp: Language, name: str, lexicon: str, phrase_words: int,
                 that_window: int):
        self.name = name
        self.lexicon_file = lexicon
        self.phrase_words = phrase_words
        self.that_window = that_window

    def load_data(self, models_dir: Path, nlp: Language | None) -> None:
        data = load_json(models_dir, self.lexicon_file)
        self.say_verbs = frozenset(data["say_verbs"])
        self.tell_verbs = frozenset(data["tell_verbs"])
        self.partial_verbs = frozenset(data["partial_verbs"])
        self.according_to = [tuple(p.split()) for p in data["according_to"]]
        # The words such a phrase starts with: most tokens are none, and need no further test.
        self.according_first = frozenset(words[0] for words in self.according_to if words)
        self.complementisers = frozenset(data["complementisers"])
        self.person_pronouns = frozenset(data["person_pronouns"])
        self.thing_pronouns = frozenset(data["thing_pronouns"])
        self.group_pronouns = frozenset(data["group_pronouns"])
        self.indefinite = frozenset(data["indefinite_determiners"])
        self.company_nouns = frozenset(data["company_nouns"])
        self.institution_nouns = frozenset(data["institution_nouns"])
        self.person_nouns = frozenset(data["person_nouns"])
        self.speaker_labels = list(data["speaker_labels"])
        self.paragraph_window = data["paragraph_window"]
        self.not_reporting_before = {verb: frozenset(words)
                                     for verb, words in data["not_reporting_before"].items()}

    def match(self, doc: Doc) -> list[dict]:
        """One record per quotation: {"start", "end" (the words without the marks), "kind",
        "cue", "speaker" (entity id or None), "speaker_start", "speaker_end" (the speaker's
        words, or None)}, in text order."""
        return _Reader(doc, self).quotes()

    def set_annotations(self, doc: Doc, found: list[dict]) -> Doc:
        doc._.artex_quotes = found
        doc.spans[KEY] = record_spans(doc, found, "kind")
        return doc


# --- the marks ----------------------------------------------------------------------------

def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    found, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            found.append((start, end))
        start = end + 1
    return found


def _opens_single(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "(—–-\"“") and (after.isalnum() or after in "“\"")


def _closes_single(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


_OPENING_MARK = re.compile(
    "[" + re.escape("".join(sorted({*DOUBLE_PAIRS, *SINGLE_PAIRS, '"', "'"}))) + "]")


def find_marks(text: str, allowed) -> list[Mark]:
    """The marked quotations of ``text`` whose opening mark lies in ``allowed`` (a predicate on
    offsets)."""
    marks: list[Mark] = []
    lines = paragraphs(text)
    pending: tuple[str, int, int] | None = None  # (closing mark, opening offset, paragraph)
    for number, (start, end) in enumerate(lines):
        i = start
        if pending is not None:
            closer, opened, first = pending
            # The quote goes on only when this paragraph opens with a mark again.
            stripped = start + len(text[start:end]) - len(text[start:end].lstrip())
            if stripped < end and text[stripped] in ('"', "“", "«", "‘", "'") and \
                    allowed(stripped):
                i = stripped + 1
            else:
                marks.append(Mark(opened, opened + 1, lines[number - 1][1],
                                  lines[number - 1][1], first))
                pending = None
        while i < end:
            if pending is None:
                # Only an opening mark can start a quotation: go straight to the next one.
                found = _OPENING_MARK.search(text, i, end)
                if found is None:
                    break
                i = found.start()
                char = text[i]
                closer = None
                if char in DOUBLE_PAIRS:
                    closer = DOUBLE_PAIRS[char]
                elif char == '"':
                    closer = '"'
                elif char in SINGLE_PAIRS and _opens_single(text, i, char):
                    closer = SINGLE_PAIRS[char]
                elif char == "'" and _opens_single(text, i, char):
                    closer = "'"
                if closer is not None and allowed(i):
                    pending = (closer, i, number)
                i += 1
                continue
            closer, opened, first = pending
            # Only the closing mark can end it: go straight to the next one.
            i = text.find(closer, i, end)
            if i == -1:
                break
            if closer not in ("'", "’") or _closes_single(text, i):
                if i > opened + 1:
                    marks.append(Mark(opened, opened + 1, i, i + 1, first))
                pending = None
            i += 1
        if pending is not None and number == len(lines) - 1:
            marks.append(Mark(pending[1], pending[1] + 1, end, end, pending[2]))
            pending = None
    # White space inside the marks, and the comma that hands over to the attribution
    # ('"…," she said'), are not the speaker's words.
    for mark in marks:
        inner = text[mark.start:mark.end]
        mark.start += len(inner) - len(inner.lstrip())
        mark.end -= len(inner) - len(inner.rstrip(" \t\n,"))
    return [m for m in marks if m.end > m.start]


# --- reading the doc ------------------------------------------------------------------------

class _Reader:
    def __init__(self, doc: Doc, stage: QuoteStage):
        self.doc = doc
        self.stage = stage
        self.text = doc_text(doc)
        sections = list(doc.spans.get(SECTIONS_KEY, []))
        self.excluded = [(s.start_char, s.end_char) for s in sections if s.label_ in NOT_QUOTED]
        self.credit = credit_tokens(doc, CREDIT_SECTIONS)
        self.tagged = doc.has_annotation("TAG")
        self.titles = {e["id"]: [t.lower() for t in e.get("titles") or []]
                       for e in (doc._.artex_entities or [])}
        self.names = {e["id"]: e["name"] for e in (doc._.artex_entities or [])}
        # (token start, end, entity id, label), and the same by token
        self.mentions, self.mention_at = entity_mentions(doc, self.credit)
        self.mention_starts = [m[0] for m in self.mentions]
        self.line_starts = [start for start, _ in paragraphs(self.text)]
        self.quoted: set[int] = set()  # tokens inside marked quotations
        # The tokens' attributes read once: the verb and phrase tests run at every token.
        self.words = doc_words(doc)
        self.lowers = self.words.lower
        # The only tokens that may cue reported speech: a reporting verb's form or the first
        # word of an "according to" phrase (``reported`` looks at no other).
        self.cue_candidates = [i for i, lower in enumerate(self.lowers)
                               if lower in stage.say_verbs or lower in stage.according_first]

    # -- tokens ---------------------------------------------------------------------------

    def token_at(self, offset: int) -> int:
        """Index of the token that holds (or follows) a character offset."""
        doc = self.doc
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and len(span):
            return span.start
        return len(doc)

    def is_verb(self, i: int) -> bool:
        return not self.tagged or self.words.tag[i].startswith("VB")

    def is_say(self, i: int) -> bool:
        lowers = self.lowers
        lower = lowers[i]
        if lower not in self.stage.say_verbs or not self.is_verb(i):
            return False
        following = lowers[i + 1] if i + 1 < len(lowers) else ""
        return following not in self.stage.not_reporting_before.get(lower, ())

    def is_finite(self, i: int) -> bool:
        token = self.doc[i]
        if not self.tagged:
            return token.lower_ in self.stage.say_verbs
        return token.tag_ in FINITE_TAGS

    def according_at(self, i: int) -> int:
        """Length of an 'according to' phrase at token i (0 if none)."""
        lowers = self.lowers
        if i >= len(lowers) or lowers[i] not in self.stage.according_first:
            return 0
        for words in self.stage.according_to:
            if i + len(words) <= len(lowers) and all(
                    lowers[i + k] == w for k, w in enumerate(words)):
                return len(words)
        return 0

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect_left(self.line_starts, offset + 1) - 1)

    def allowed(self, offset: int) -> bool:
        return not any(start <= offset < end for start, end in self.excluded)

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """The sentence of token i without its dateline, white space and final stop."""
        doc, words = self.doc, self.words
        if doc.has_annotation("SENT_START"):
            sentence = doc[i].sent
            start, end = sentence.start, sentence.end
        else:
            start = end = i
            while start > 0 and "\n" not in words.text[start - 1]:
                start -= 1
            while end < len(doc) and "\n" not in words.text[end]:
                end += 1
        while start < end and (start in self.credit or words.is_space[start]
                               or words.text[start] in ("-", "—", "–", "(", ")")
                               and start - 1 in self.credit):
            start += 1
        while end > start and (words.is_space[end - 1] or words.text[end - 1] in SENTENCE_END):
            end -= 1
        return start, end

    # -- the quotations -------------------------------------------------------------------

    def quotes(self) -> list[dict]:
        marks = find_marks(self.text, self.allowed)
        marked = []
        for mark in marks:
            first, last = self.token_at(mark.start), self.token_at(mark.end - 1)
            self.quoted.update(range(first, last + 1))
            marked.append((mark, first, last + 1))
        records = []
        cue_tokens: set[int] = set()
        for mark, first, end in marked:
            record = self.marked_quote(mark, first, end, cue_tokens)
            if record is not None:
                records.append(record)
        records += self.indirect_quotes(cue_tokens, records)
        records.sort(key=lambda r: (r["start"], r["end"]))
        # A quotation that names no speaker continues the previous one's.
        previous = None
        for record in records:
            paragraph = self.paragraph_of(record["start"])
            if record.pop("continues") and previous is not None and \
                    paragraph - previous[1] <= self.stage.paragraph_window - 1:
                source = previous[0]
                record.update(speaker=source["speaker"], speaker_start=source["speaker_start"],
                              speaker_end=source["speaker_end"])
            if record["speaker"] is not None or record["speaker_start"] is not None:
                previous = (record, self.paragraph_of(record["end"]))
        return records

    def marked_quote(self, mark: Mark, first: int, end: int, cue_tokens: set[int],
                     ) -> dict | None:
        doc = self.doc
        open_token = self.token_at(mark.open)
        close_token = self.token_at(mark.close - 1) if mark.close > mark.end else end - 1
        before = self.context_before(open_token)
        after = self.context_after(close_token + 1 if mark.close > mark.end else end)
        opens_sentence = not before or doc[before[-1]].text == ":" or (
            before[-1] == open_token - 1 and doc[before[-1]].text == "," and len(before) > 1
            and self.is_say(before[-2])) or self.is_say(before[-1])
        kind = "direct" if opens_sentence else "partial"
        speaker = None
        if kind == "direct":
            speaker = self.speaker_after(after) or self.speaker_before(before, say_only=True)
        else:
            speaker = self.speaker_before(before, say_only=False) or self.speaker_after(after)
        if kind == "partial" and speaker is None:
            return None  # a quoted term, not a quotation
        record = {"start": mark.start, "end": mark.end, "kind": kind, "cue": None,
                  "speaker": None, "speaker_start": None, "speaker_end": None,
                  "continues": speaker is None}
        if speaker is not None:
            cue, phrase = speaker
            if kind == "direct":
                cue_tokens.add(cue[0])
            record["cue"] = doc[cue[0]:cue[1]].text.lower()
            self.fill_speaker(record, phrase, self.words.start[first])
        return record

    def context_before(self, open_token: int) -> list[int]:
        """Tokens of the sentence before an opening mark, back to the sentence start or the
        previous quotation."""
        doc = self.doc
        found = []
        i = open_token - 1
        while i >= 0 and len(found) < 3 * self.stage.phrase_words:
            token = doc[i]
            if "\n" in token.text or i in self.quoted or token.text in SENTENCE_END \
                    or i in self.credit or token.text in ('"', "“", "”", "«", "»"):
                break
            if not token.is_space:
                found.append(i)
            i -= 1
        return found[::-1]

    def context_after(self, start: int) -> list[int]:
        """Tokens after a closing mark up to the end of the sentence or the next quotation."""
        doc = self.doc
        found = []
        i = start
        while i < len(doc) and len(found) < 3 * self.stage.phrase_words:
            token = doc[i]
            if "\n" in token.text or i in self.quoted or token.text in SENTENCE_END \
                    or token.text in ('"', "“", "«", "‘"):
                break
            if not token.is_space:
                found.append(i)
            i += 1
        return found

    def speaker_after(self, after: list[int]):
        """'"…," X said' / 'said X' / 'according to X': ((cue start, cue end), phrase)."""
        doc = self.doc
        tokens = [i for i in after if self.words.text[i] not in (",", "”", "’", "»")] \
            if after and doc[after[0]].text in (",", "”", "’", "»") else after
        if not tokens:
            return None
        first = tokens[0]
        if self.is_say(first) or self.words.lower[first] in self.stage.partial_verbs:
            phrase = self.phrase_after(tokens[1:])
            return ((first, first + 1), phrase) if phrase else None
        size = self.according_at(first)
        if size:
            phrase = self.phrase_after(tokens[size:])
            return ((first, first + size), phrase) if phrase else None
        for k, i in enumerate(tokens[:self.stage.phrase_words]):
            if self.is_say(i) and k + 1 < len(tokens) and doc[tokens[k + 1]].lower_ == "by":
                # '"…," as stated by X' / 'was said by X': the agent speaks.
                phrase = self.phrase_after(tokens[k + 2:])
                return ((i, i + 1), phrase) if phrase else None
            if self.is_say(i):
                subject = self.subject(tokens[:k])
                return ((i, i + 1), subject) if subject else None
            if self.is_finite(i) and self.words.lower[i] not in AUXILIARIES:
                return None
        return None

    def phrase_after(self, tokens: list[int]) -> tuple[int, int] | None:
        """The speaker after an inverted verb: up to the sentence end, cut before 'in a
        statement', time words and a following clause."""
        words = self.words
        if not tokens:
            return None
        end = tokens[0]
        for i in tokens[:self.stage.phrase_words]:
            if self.is_finite(i) or words.lower[i] in ("on", "in", "during", "at", "to") \
                    and i not in self.mention_at and end > tokens[0] and \
                    self.mention_between(tokens[0], end) and words.lower[i] != "at":
                break
            end = i + 1
        while end > tokens[0] and words.is_punct[end - 1]:
            end -= 1
        return (tokens[0], end) if end > tokens[0] else None

    def mention_between(self, start: int, end: int) -> bool:
        return any(i in self.mention_at for i in range(start, end))

    def speaker_before(self, before: list[int], say_only: bool):
        """'X said: "…"' / 'X called the plan "…"': the last reporting (or, for a partial
        quotation, describing) verb before the mark, and its subject."""
        words = self.words
        for k in range(len(before) - 1, -1, -1):
            i = before[k]
            size = self.according_at(i)
            if size:
                phrase = self.phrase_until_comma(before[k + size:])
                if phrase:
                    return (i, i + size), phrase
            if self.is_say(i) or not say_only and words.lower[i] in self.stage.partial_verbs \
                    and self.is_verb(i):
                subject = self.subject(before[:k])
                if subject:
                    return (i, i + 1), subject
        return None

    def phrase_until_comma(self, tokens: list[int]) -> tuple[int, int] | None:
        end = None
        for i in tokens:
            if self.words.text[i] == ",":
                break
            end = i + 1
        return (tokens[0], end) if tokens and end else None

    def relatives(self, tokens: list[int]) -> set[int]:
        """Tokens of relative clauses between commas (", which owns …,", ", who …,")."""
        doc = self.doc
        inside, found = False, set()
        for k, i in enumerate(tokens):
            if not inside and self.words.text[i] == "," and k + 1 < len(tokens) \
                    and doc[tokens[k + 1]].lower_ in RELATIVES:
                inside = True
            elif inside and self.words.text[i] in (",", ";", "—", "–"):
                inside = False
                found.add(i)
            if inside:
                found.add(i)
        return found

    def subject(self, tokens: list[int]) -> tuple[int, int] | None:
        """The subject of a verb that follows ``tokens``: back from the verb over auxiliaries,
        then to the clause's start (the sentence start, a complementiser or subordinator, or a
        comma after a clause); None when it holds a finite verb (relative clauses aside) or no
        noun."""
        doc = self.doc
        tokens = list(tokens)
        while tokens and doc[tokens[-1]].lower_ in AUXILIARIES | {"not", "n't"}:
            tokens.pop()
        while tokens and self.tagged and doc[tokens[-1]].tag_ in ("RB", "RBR") \
                and doc[tokens[-1]].lower_ not in ("too",):
            tokens.pop()
        if not tokens:
            return None
        relative = self.relatives(tokens)
        # The clause starts after the last complementiser or comma that closes a clause.
        start = 0
        for k, i in enumerate(tokens):
            lower = self.words.lower[i]
            if i in relative:
                continue
            opens = lower in self.stage.complementisers or lower in SUBORDINATORS
            closes = self.words.text[i] in (",", ";", "—", "–", ":") and any(
                self.is_finite(j) for j in tokens[:k] if j not in relative)
            if opens or closes:
                start = k + 1
        tokens = tokens[start:]
        # Appositions are kept ("Mick Barrow, general secretary of the RMT union, said").
        if not tokens or len(tokens) > self.stage.phrase_words:
            return None
        if any(self.is_finite(i) and self.words.lower[i] not in AUXILIARIES for i in tokens
               if i not in relative):
            return None
        if self.tagged and not any(self.words.tag[i] in NOUN_TAGS or i in self.mention_at
                                   for i in tokens):
            return None
        while tokens and doc[tokens[0]].is_punct:
            tokens.pop(0)
        while tokens and doc[tokens[-1]].is_punct:
            tokens.pop()
        return (tokens[0], tokens[-1] + 1) if tokens else None

    def coordinated(self, verb: int, start: int) -> bool:
        """A reporting verb that shares its subject with the clause before it ("It delivered
        … and warned that …", "…, and said …", "…, saying …")."""
        words = self.words
        i = verb - 1
        while i > start and self.tagged and words.tag[i] in ("RB", "RBR"):
            i -= 1
        # "… welcomed the plan, saying it will …": a participle reports for the clause's
        # subject too.
        participle = self.tagged and words.tag[verb] == "VBG" and words.text[i] == ","
        return i > start and (words.lower[i] in ("and", "but") or participle)

    def first_subject(self, start: int, verb: int) -> tuple[int, int] | None:
        """The subject of the sentence's first clause: the words before its first finite
        verb."""
        tokens = list(range(start, verb))
        relative = self.relatives(tokens)
        for k, i in enumerate(tokens):
            if i not in relative and self.is_finite(i):
                return self.subject(tokens[:k]) if k else None
        return None

    # -- reported speech ------------------------------------------------------------------

    def indirect_quotes(self, cue_tokens: set[int], marked: list[dict]) -> list[dict]:
        doc = self.doc
        if not doc.has_annotation("SENT_START"):
            return []
        direct = [(r["start"], r["end"]) for r in marked if r["kind"] == "direct"]
        found = []
        for sentence in doc.sents:
            start, end = self.clause_bounds(sentence.start)
            if start >= end or not self.allowed(self.words.start[start]):
                continue
            for record in self.reported(start, end, cue_tokens):
                if not any(s < record["end"] and record["start"] < e for s, e in direct):
                    found.append(record)
        return found

    def reported(self, start: int, end: int, cue_tokens: set[int]) -> list[dict]:
        """The reported speech of one sentence: one record per reporting verb whose clause is
        not inside another's."""
        doc = self.doc
        found, covered = [], set()
        candidates = self.cue_candidates
        for i in candidates[bisect_left(candidates, start):bisect_left(candidates, end)]:
            if i in self.quoted or i in cue_tokens or i in covered:
                continue
            size = self.according_at(i)
            if size:
                speech = self.according_speech(i, size, start, end)
            elif self.is_say(i):
                speech = self.said_speech(i, start, end)
            else:
                continue
            if speech is None:
                continue
            (content_start, content_end), speaker = speech
            # The model's sentences may run on past a quotation ("… 'hard but fair'. 'Nobody
            # …"): a clause after its verb ends at its own stop.
            if content_start > i:
                content_end = next((k for k in range(content_start, content_end)
                                    if self.words.text[k] in SENTENCE_END and k not in self.quoted),
                                   content_end)
            while content_end > content_start and self.words.is_punct[content_end - 1] \
                    and not self.closes_inner_quote(content_start, content_end - 1):
                content_end -= 1
            while content_start < content_end and self.words.is_punct[content_start]:
                content_start += 1
            if content_end - content_start < 3 or not any(
                    self.is_finite(j) for j in range(content_start, content_end)):
                continue
            last = content_end - 1
            record = {"start": self.words.start[content_start],
                      "end": self.words.start[last] + len(self.words.text[last]),
                      "kind": "indirect", "cue": self.words.span_text(i, i + (size or 1)).lower(),
                      "speaker": None, "speaker_start": None, "speaker_end": None,
                      "continues": False}
            self.fill_speaker(record, speaker, doc[speaker[0]].idx)
            covered.update(range(content_start, content_end))
            found.append(record)
        return found

    def closes_inner_quote(self, start: int, i: int) -> bool:
        """Token i is the closing mark of a quotation that opened after token ``start``
        ("said the deal was 'hard but fair'")."""
        words = self.words
        return words.text[i] in MARKS and i - 1 in self.quoted and any(
            words.text[k] in MARKS for k in range(start, i - 1))

    def according_speech(self, i: int, size: int, start: int, end: int):
        words = self.words
        if i == start:
            # "According to X, CLAUSE."
            phrase = self.phrase_until_comma(list(range(i + size, end)))
            if phrase is None or phrase[1] >= end:
                return None
            return (phrase[1] + 1, end), phrase
        if words.text[i - 1] != ",":
            return None
        phrase = self.phrase_until_comma(list(range(i + size, end)))
        return ((start, i - 1), phrase) if phrase else None

    def said_speech(self, verb: int, start: int, end: int):
        words = self.words
        subject = self.subject(list(range(start, verb)))
        if subject is None:
            if self.coordinated(verb, start):
                subject = self.first_subject(start, verb)
                if subject is not None:
                    return (self.clause_after(verb, end), subject)
            return None
        before = subject[0] - 1
        clause_before = before > start and words.text[before] == "," and any(
            self.is_finite(j) for j in range(start, before)
            if j not in self.relatives(list(range(start, before + 1))))
        after = verb + 1
        if not clause_before or after < end and (
                words.lower[after] in self.stage.complementisers
                or self.tagged and words.tag[after] in ("MD", "VBD", "VBZ")):
            # "X said (that) CLAUSE"; "a move ministers said would power …"
            return (self.clause_after(verb, end), subject)
        # "CLAUSE, X said …"
        return ((start, before), subject)

    def first_word(self, tokens: list[int]) -> int | None:
        for i in tokens:
            if not self.words.is_punct[i]:
                return i
        return None

    def clause_after(self, verb: int, end: int) -> tuple[int, int]:
        """The reported clause after a reporting verb: after 'that' when it comes within a
        few words ('said last week that …', 'told reporters that …'), else after the verb."""
        words = self.words
        for k in range(verb + 1, min(end, verb + 1 + self.stage.that_window)):
            if words.lower[k] in self.stage.complementisers:
                return (k + 1, end)
            if self.is_finite(k):
                break
        start = verb + 1
        if words.lower[verb] in self.stage.tell_verbs and self.tagged:
            # "told reporters the plant would …": the person told is no part of the clause.
            k = start
            if k < end and words.tag[k] in ("DT", "PRP$"):
                k += 1
            while k < end and (words.tag[k] in ("NN", "NNS", "NNP", "NNPS", "JJ", "PRP")
                               or k in self.mention_at):
                k += 1
                if words.tag[k - 1] == "PRP":
                    break
            if k < end and k > start and words.tag[k] in ("DT", "PRP", "NNP", "NNS", "CD",
                                                          "PRP$", "EX"):
                start = k
        return (start, end)

    # -- speakers -------------------------------------------------------------------------

    def fill_speaker(self, record: dict, phrase: tuple[int, int], before: int) -> None:
        words = self.words
        start, end = phrase
        record["speaker_start"] = words.start[start]
        record["speaker_end"] = words.start[end - 1] + len(words.text[end - 1])
        record["speaker"] = self.resolve(start, end, min(before, words.start[start]))

    def resolve(self, start: int, end: int, before: int) -> str | None:
        """The entity the speaker words name or refer to (see the module docstring)."""
        words = self.words
        # A relative clause names no speaker ("The group, which owns dealerships across the
        # United States, said").
        relative = self.relatives(list(range(start, end)))
        if relative:
            end = min(relative)
        named = [self.mention_at[i] for i in range(start, end) if i in self.mention_at]
        for label in self.stage.speaker_labels:
            for mention in named:
                if mention[3] == label:
                    return mention[2]
        words = [words.lower[i] for i in range(start, end) if not words.is_punct[i]]
        if not words:
            return None
        if len(words) == 1 and words[0] in self.stage.person_pronouns:
            return self.nearest(before, ("PERSON",))
        if len(words) == 1 and words[0] in self.stage.thing_pronouns:
            return self.nearest(before, ("ORG",))
        if len(words) == 1 and words[0] in self.stage.group_pronouns:
            return self.previous_subject_entity(start)
        if words[0] not in DEFINITE or any(w in POSSESSIVES for w in words) \
                or len(words) > 5:
            return None
        head = words[-1]
        nouns = [w for w in words[1:] if w in self.stage.person_nouns]
        if nouns:
            return self.titled_person(before, nouns)
        if head in self.stage.institution_nouns:
            # The named institution, whatever label the entities stage gave its name.
            return self.nearest(before, ("ORG", "FAC", "LOC", "GPE"),
                                lambda e: head in self.names[e].lower().split())
        if head in self.stage.company_nouns:
            # "the company", "the group": the organisation last named as a sentence's subject,
            # else the last one named.
            return self.nearest(before, ("ORG",), subject_only=True) \
                or self.nearest(before, ("ORG",))
        return None

    def previous_subject_entity(self, i: int) -> str | None:
        """'They': the entity named in the subject of the sentence before ("Analysts at
        Nordea estimated … They cautioned …")."""
        doc = self.doc
        if not doc.has_annotation("SENT_START"):
            return None
        sentence = doc[i].sent
        if sentence.start == 0:
            return None
        previous = doc[sentence.start - 1].sent
        for k in range(previous.start, previous.end):
            if self.is_finite(k):
                break
            if k in self.mention_at and self.mention_at[k][3] in ("ORG", "PERSON", "GPE",
                                                                   "NORP"):
                return self.mention_at[k][2]
        return None

    def nearest(self, before: int, labels: tuple[str, ...], accept=lambda e: True,
                subject_only: bool = False) -> str | None:
        """The entity of the last mention before an offset with one of the labels, outside
        quotations (``subject_only``: a mention that opens its clause, before its verb)."""
        words = self.words
        for start, _end, entity, label in reversed(self.mentions):
            if words.start[start] >= before or start in self.quoted:
                continue
            if label in labels and accept(entity) and (
                    not subject_only or self.is_subject(start)):
                return entity
        return None

    def is_subject(self, i: int) -> bool:
        """A mention before any verb of its sentence."""
        doc = self.doc
        if not doc.has_annotation("SENT_START"):
            return False
        start, _ = self.clause_bounds(i)
        return all(not self.is_finite(k) for k in range(start, i))

    def titled_person(self, before: int, nouns: list[str]) -> str | None:
        """The last person named before an offset whose titles, or the words beside one of
        whose mentions, hold one of the nouns ('Chief Executive Karin Lindqvist', 'Karin
        Lindqvist, the company's chief executive')."""
        doc = self.doc
        for start, end, entity, label in reversed(self.mentions):
            if label != "PERSON" or self.words.start[start] >= before:
                continue
            if any(n in title.split() for title in self.titles.get(entity, []) for n in nouns):
                return entity
            window = range(max(0, start - 4), min(len(doc), end + 8))
            if any(self.words.lower[i] in nouns for i in window if not start <= i < end):
                return entity
        return None

