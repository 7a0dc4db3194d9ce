"""artex_roles stage: who pays, receives, holds or states each monetary amount (issue #19).

For each amount of ``doc.spans["artex_money"]`` the stage reads the amount's sentence with the
tagger's tags and the entity mentions of ``artex_entities`` (no dependency parse):

- the cue that governs the amount: the nearest verb of a frame to its left ("will invest",
  "raised", "fined", "values … at"), else the nearest frame noun ("Kuldeby's revenue rose to",
  "a hit of", "€400 million loan from …");
- the verb's subject (across appositions, "X, which …", auxiliaries and time expressions), the
  noun phrase between the verb and the amount (its object), and the noun phrases after the
  frame's prepositions ("from", "to", "led by") each fill the role the frame gives them; a noun's
  possessor ("X's", "its", "whose") fills the noun's role;
- places: names of places after place prepositions in a frame where money goes somewhere
  ("a factory in Gujarat", "into the U.S.");
- the source: the speaker of the nearest reporting verb ("X said", "said X", "X estimates") or
  the phrase after "according to".

A noun phrase gives the named entity that heads it (not a modifier: "Japan's Ministry of …" is
the ministry), each name of a coordination, an entity referred to by "it"/"its"/"he"/"she" or a
company noun ("the company", "the bank"), the country of "the UK government", or else its words
(a text filler: "private investors"). Mentions in datelines and bylines (agency credits) never
fill a role. The cues are in ``models/roles.json``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from artex.stages.common import SECTIONS_KEY, load_json

KEY = "artex_roles"
MONEY_KEY = "artex_money"
ENTITIES_KEY = "artex_entities"
DATES_KEY = "artex_dates"
# Sections whose names never fill a role: datelines and bylines (agency credit lines are bylines).
CREDIT_SECTIONS = frozenset({"dateline", "byline"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PHRASE_TAGS = NOUN_TAGS | {"JJ", "JJR", "JJS", "DT", "PRP$", "CD", "POS", "HYPH", "VBN"}
COORDINATORS = frozenset({"and", "or", "&"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})


@dataclass(frozen=True)
class Frame:
    """What a cue says about the noun phrases around it (see models/roles.json)."""

    subject: str | None = None
    object: str | None = None
    passive_subject: str | None = None
    possessor: str | None = None
    places: bool = False
    place_subject: bool = False
    prepositions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Filler:
    role: str
    start: int  # token offsets of the words that fill the role
    end: int
    entity: str | None


@Language.factory(
    "artex_roles",
    assigns=["doc.spans", f"doc._.{KEY}"],
    requires=["doc.spans", "token.tag", "token.is_sent_start"],
    default_config={"lexicon": "roles.json", "verb_window": 25, "noun_window": 12,
                    "noun_after_window": 4, "phrase_words": 12},
)
class RoleStage:
    def __init__(self, nlp: Language, name: str, lexicon: str, verb_window: int,
                 noun_window: int, noun_after_window: int, phrase_words: int):
        self.name = name
        self.lexicon_file = lexicon
        self.verb_window = verb_window
        self.noun_window = noun_window
        self.noun_after_window = noun_after_window
        self.phrase_words = phrase_words

    def initialize(self, get_examples=None, *, nlp: Language | None = None, models_dir: str):
        lexicon = load_json(models_dir, self.lexicon_file)
        self.verb_frames = _frames(lexicon["verb_frames"])
        self.noun_frames = _frames(lexicon["noun_frames"])
        # A form that is also a frame noun ("fines", "costs") is a verb only when tagged one.
        self.ambiguous = frozenset(self.verb_frames) & frozenset(self.noun_frames)
        self.place_prepositions = frozenset(lexicon["place_prepositions"])
        self.say_verbs = frozenset(lexicon["say_verbs"])
        self.according_to = [tuple(p.split()) for p in lexicon["according_to"]]
        self.source_nouns = frozenset(lexicon["source_nouns"])
        self.group_markers = [tuple(m.split()) for m in lexicon["group_markers"]]
        self.auxiliaries = frozenset(lexicon["auxiliaries"])
        self.passive_auxiliaries = frozenset(lexicon["passive_auxiliaries"])
        self.relative_pronouns = frozenset(lexicon["relative_pronouns"])
        self.company_nouns = frozenset(lexicon["company_nouns"])
        self.government_nouns = frozenset(lexicon["government_nouns"])
        self.noun_subject_verbs = frozenset(lexicon["noun_subject_verbs"])
        self.intention_nouns = frozenset(lexicon["intention_nouns"])
        self.actor_labels = frozenset(lexicon["actor_labels"])
        self.place_labels = frozenset(lexicon["place_labels"])
        self._form_index: dict[int, dict[str, list[tuple[str, ...]]]] = {}
        self.possession_nouns = frozenset(
            " ".join(form) for form, frame in self.noun_frames.items()
            if frame.possessor == "holder")

    def forms_by_first_word(self, frames: dict) -> dict[str, list[tuple[str, ...]]]:
        """The forms of a frame table by their first word, longest first (built once)."""
        index = self._form_index.get(id(frames))
        if index is None:
            index = {}
            for form in sorted(frames, key=len, reverse=True):
                index.setdefault(form[0], []).append(form)
            self._form_index[id(frames)] = index
        return index

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[dict]:
        """One record per role filler: {"start", "end" (chars of the filling words), "role",
        "money_start", "money_end", "entity" (id or None)}."""
        amounts = sorted(doc.spans.get(MONEY_KEY, []), key=lambda s: s.start)
        if not amounts:
            return []
        reader = _Reader(doc, self)
        found = []
        for amount in amounts:
            for filler in dict.fromkeys(reader.fillers(amount)):
                words = doc[filler.start:filler.end]
                found.append({"start": words.start_char, "end": words.end_char,
                              "role": filler.role, "money_start": amount.start_char,
                              "money_end": amount.end_char, "entity": filler.entity})
        return found

    def set_annotations(self, doc: Doc, found: list[dict]) -> Doc:
        # The records live in a doc extension: span extensions are stored per character
        # offsets, and one phrase may fill several roles of several amounts.
        doc._.artex_roles = found
        spans = []
        for record in found:
            words = doc.char_span(record["start"], record["end"], alignment_mode="expand")
            if words is not None:
                spans.append(Span(doc, words.start, words.end, label=record["role"]))
        doc.spans[KEY] = spans
        return doc


def _frames(entries: list[dict]) -> dict[tuple[str, ...], Frame]:
    frames = {}
    for entry in entries:
        frame = Frame(**{k: v for k, v in entry.items() if k != "forms"})
        for form in entry["forms"]:
            frames[tuple(form.split())] = frame
    return frames


class _Reader:
    """The token-level views of one doc that the role rules read."""

    def __init__(self, doc: Doc, stage: RoleStage):
        self.doc = doc
        self.stage = stage
        self.credit = set()
        for section in doc.spans.get(SECTIONS_KEY, []):
            if section.label_ in CREDIT_SECTIONS:
                self.credit.update(range(section.start, section.end))
        labels = {e["id"]: e["label"] for e in (doc._.artex_entities or [])}
        self.names = {e["id"]: e["name"] for e in (doc._.artex_entities or [])}
        # token index -> (mention start, mention end, entity id, label)
        self.mention_at: dict[int, tuple[int, int, str, str]] = {}
        self.mentions: list[tuple[int, int, str, str]] = []
        for mention in sorted(doc.spans.get(ENTITIES_KEY, []), key=lambda s: s.start):
            if any(i in self.credit for i in range(mention.start, mention.end)):
                continue
            entity = mention._.artex_entity_id
            record = (mention.start, mention.end, entity, labels.get(entity, mention.label_))
            self.mentions.append(record)
            for i in range(mention.start, mention.end):
                self.mention_at[i] = record
        self.in_date = {i for span in doc.spans.get(DATES_KEY, [])
                        for i in range(span.start, span.end)}
        self.tagged = doc.has_annotation("TAG")

    # -- the amount's clause ----------------------------------------------------------------

    def sentence(self, amount: Span) -> tuple[int, int]:
        doc = self.doc
        if doc.has_annotation("SENT_START"):
            start, end = amount.sent.start, amount.sent.end
        else:
            start, end = amount.start, amount.end
            while start > 0 and "\n" not in doc[start - 1].text:
                start -= 1
            while end < len(doc) and "\n" not in doc[end].text:
                end += 1
        # A dateline opens the first sentence: the clause starts after it.
        while start < end and (start in self.credit or doc[start].is_space):
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        return start, end

    def fillers(self, amount: Span) -> list[Filler]:
        start, end = self.sentence(amount)
        if start >= end:
            return []
        fillers = self.frame_fillers(amount, start, end)
        fillers += self.source_fillers(amount, start, end)
        return fillers

    # -- words ------------------------------------------------------------------------------

    def lower(self, i: int) -> str:
        return self.doc[i].lower_

    def words_at(self, i: int, words: tuple[str, ...]) -> bool:
        doc = self.doc
        return i + len(words) <= len(doc) and all(
            doc[i + k].lower_ == w for k, w in enumerate(words))

    def form_at(self, i: int, frames: dict) -> tuple[tuple[str, ...], Frame] | None:
        """The longest frame form starting at token i."""
        for form in self.stage.forms_by_first_word(frames).get(self.lower(i), ()):
            if self.words_at(i, form):
                return form, frames[form]
        return None

    def is_verb(self, i: int, form: tuple[str, ...]) -> bool:
        tag = self.doc[i].tag_
        if form in self.stage.ambiguous or not self.tagged:
            return tag.startswith("VB") or not self.tagged
        return not tag.startswith("NN") or tag == "NNS" and i > 0 and i - 1 in self.mention_at

    def is_say_verb(self, i: int) -> bool:
        token = self.doc[i]
        return token.lower_ in self.stage.say_verbs and (
            not self.tagged or token.tag_.startswith("VB"))

    def phrase_token(self, i: int) -> bool:
        token = self.doc[i]
        if i in self.mention_at:
            return True
        if token.text in ("(", ")"):
            return (i + 1 in self.mention_at) if token.text == "(" else (i - 1 in self.mention_at)
        if not self.tagged:
            return token.is_alpha
        return token.tag_ in PHRASE_TAGS or token.text in POSSESSIVES or token.text == "-"

    # -- noun phrases -----------------------------------------------------------------------

    def phrase_left(self, end: int, low: int) -> tuple[int, int]:
        """The noun phrase that ends just before token ``end`` (coordinations included)."""
        start = end
        if end - 1 >= low and self.doc[end - 1].tag_ == "PRP":
            return end - 1, end
        while start > low and end - start < self.stage.phrase_words:
            i = start - 1
            if i in self.mention_at:
                start = self.mention_at[i][0]
                continue
            if self.lower(i) in COORDINATORS and start < end and i > low \
                    and self.phrase_token(i - 1):
                start = i
                continue
            if not self.phrase_token(i) or self.doc[i].tag_ == "VBN" and start == end \
                    or i in self.in_date:
                break
            start = i
            # A determiner opens its phrase: "told analysts the company had …".
            if self.doc[i].tag_ == "DT" and not (i > low and self.lower(i - 1) in COORDINATORS):
                break
        return max(start, low), end

    def phrase_right(self, start: int, high: int) -> tuple[int, int]:
        """The noun phrase that starts at token ``start``."""
        end, headed = start, False
        if start < high and self.doc[start].tag_ == "PRP":
            return start, start + 1
        while end < high and end - start < self.stage.phrase_words:
            token = self.doc[end]
            if end in self.mention_at:
                end, headed = self.mention_at[end][1], True
                continue
            lower = token.lower_
            if lower in COORDINATORS or lower == "of":
                if headed and end + 1 < high and self.phrase_token(end + 1):
                    end += 1
                    headed = lower == "of" and headed
                    continue
                break
            if not self.phrase_token(end) or end in self.in_date \
                    or headed and token.tag_ not in NOUN_TAGS | {"POS", "HYPH"} \
                    and token.text not in POSSESSIVES and token.text not in "()":
                break
            headed = headed or token.tag_ in NOUN_TAGS
            end += 1
        return start, end

    def conjuncts(self, start: int, end: int) -> list[tuple[int, int]]:
        parts, part_start, i = [], start, start
        while i < end:
            if i in self.mention_at:
                i = self.mention_at[i][1]
                continue
            if self.lower(i) in COORDINATORS or self.doc[i].text == ",":
                parts.append((part_start, i))
                part_start = i + 1
            i += 1
        parts.append((part_start, end))
        return [(s, e) for s, e in parts if s < e]

    def phrase_fillers(self, role: str, start: int, end: int, allow_text: bool = True,
                       ) -> list[Filler]:
        """The fillers a noun phrase gives (see the module docstring)."""
        found = []
        for part_start, part_end in self.conjuncts(start, end):
            found += self.conjunct_fillers(role, part_start, part_end, allow_text)
        return found

    def conjunct_fillers(self, role: str, start: int, end: int, allow_text: bool,
                         ) -> list[Filler]:
        doc = self.doc
        # "Asian Development Bank (ADB)": the acronym in brackets repeats the name before it.
        if end - start > 3 and doc[end - 1].text == ")" and end - 2 in self.mention_at \
                and doc[self.mention_at[end - 2][0] - 1].text == "(":
            end = self.mention_at[end - 2][0] - 1
        head = end - 1
        while head > start and (doc[head].text in POSSESSIVES or doc[head].text in "()"):
            head -= 1
        # "Marlow & Finch plc" where the name was found without its legal form.
        if head not in self.mention_at and head - 1 >= start and head - 1 in self.mention_at \
                and doc[head].tag_ in ("NNP", "NNPS"):
            head -= 1
        lower = doc[head].lower_
        if head >= start + 2 and doc[head - 1].text == "-":  # "start-up"
            lower = doc[head - 2:head + 1].text.lower()
        labels = self.stage.place_labels if role == "place" else self.stage.actor_labels
        if head in self.mention_at:
            m_start, m_end, entity, label = self.mention_at[head]
            return [Filler(role, m_start, m_end, entity)] if label in labels else []
        if head == start and lower in THING_PRONOUNS | PERSON_PRONOUNS:
            entity = self.antecedent(start, "PERSON" if lower in PERSON_PRONOUNS else "ORG")
            return [Filler(role, start, end, entity)] if entity else []
        inner = [self.mention_at[i] for i in range(start, head) if i in self.mention_at]
        if role == "holder" and lower in self.stage.possession_nouns:
            owners = [m for m in inner if m[3] in labels]
            return [Filler(role, m[0], m[1], m[2]) for m in owners[-1:]]
        if lower in self.stage.intention_nouns:  # "its intention to invest"
            return self.possessor_fillers(role, head, start)
        if lower in self.stage.government_nouns:
            countries = [m for m in inner if m[3] == "GPE"]
            if countries:
                return [Filler(role, *countries[-1][:3])]
        if lower in self.stage.company_nouns and doc[start].lower_ == "the" and role != "place":
            return [Filler(role, start, end, entity)
                    for entity in self.companies(start, lower, plural=doc[head].tag_ == "NNS")]
        if allow_text and role != "place" and (doc[head].tag_ in NOUN_TAGS or not self.tagged):
            return [Filler(role, start, end, None)]
        return []

    # -- reference ----------------------------------------------------------------------------

    def antecedent(self, before: int, label: str) -> str | None:
        """The entity of the nearest earlier mention with the label."""
        for m_start, _, entity, m_label in reversed(self.mentions):
            if m_start < before and m_label == label:
                return entity
        return None

    def companies(self, before: int, noun: str, plural: bool) -> list[str]:
        """What "the company" (the companies) refers to: the organisations named in the
        sentence for a plural, else the organisation named most often so far (ties: the one
        named first), preferring one whose name holds the noun ("the bank" -> "… Bank")."""
        earlier = [m for m in self.mentions if m[0] < before and m[3] == "ORG"]
        if not earlier:
            return []
        if plural:
            sentence_start = self.doc[before].sent.start \
                if self.doc.has_annotation("SENT_START") else 0
            named = list(dict.fromkeys(m[2] for m in earlier if m[0] >= sentence_start))
            return named if len(named) > 1 else []
        holding = [m[2] for m in earlier if noun in self.names.get(m[2], "").lower().split()]
        if holding:
            return [holding[-1]]
        counts = Counter(m[2] for m in earlier)
        first = {}
        for m in earlier:
            first.setdefault(m[2], m[0])
        return [max(counts, key=lambda e: (counts[e], -first[e]))]

    # -- frames -----------------------------------------------------------------------------

    def verb_cue(self, amount: Span, start: int) -> tuple[int, tuple[str, ...], Frame] | None:
        low = max(start, amount.start - self.stage.verb_window)
        for i in range(amount.start - 1, low - 1, -1):
            if self.is_say_verb(i):
                return None
            if i in self.mention_at:
                continue
            found = self.form_at(i, self.stage.verb_frames)
            if found and self.is_verb(i, found[0]):
                return i, found[0], found[1]
        return None

    def noun_cue(self, amount: Span, start: int, end: int,
                 ) -> tuple[int, tuple[str, ...], Frame] | None:
        low = max(start, amount.start - self.stage.noun_window)
        for i in range(amount.start - 1, low - 1, -1):
            if self.is_say_verb(i):
                break
            found = self.noun_at(i)
            if found:
                return i, *found
        return self.noun_after(amount, end)

    def noun_after(self, amount: Span, end: int) -> tuple[int, tuple[str, ...], Frame] | None:
        high = min(end, amount.end + self.stage.noun_after_window)
        for i in range(amount.end, high):
            if self.doc[i].text in (",", ";"):
                break
            found = self.noun_at(i)
            if found:
                return i, *found
        return None

    def noun_at(self, i: int) -> tuple[tuple[str, ...], Frame] | None:
        found = self.form_at(i, self.stage.noun_frames)
        if found and (not self.tagged or self.doc[i].tag_ in NOUN_TAGS):
            return found
        return None

    def verb_group_start(self, cue: int, low: int) -> int:
        """First token of the auxiliaries, adverbs and time expressions before a verb."""
        i = cue
        while i > low:
            previous = i - 1
            token = self.doc[previous]
            if previous in self.in_date or token.lower_ in self.stage.auxiliaries \
                    or token.tag_ in ("MD", "RB", "TO"):
                i = previous
                continue
            if token.lower_ in ("on", "in", "last", "this", "next") and i in self.in_date:
                i = previous
                continue
            break
        return i

    def subject_fillers(self, role: str, cue: int, low: int) -> list[Filler]:
        doc = self.doc
        group = self.verb_group_start(cue, low)
        before = group - 1
        if before < low:
            return []
        if doc[before].lower_ in COORDINATORS:
            # "Helix hoped to file … and could charge …": the subject of the first verb.
            earlier = next((i for i in range(before - 1, low - 1, -1)
                            if doc[i].tag_.startswith("VB") and i not in self.in_date), None)
            return self.subject_fillers(role, earlier, low) if earlier is not None else []
        if doc[before].lower_ in self.stage.relative_pronouns and before - 1 >= low \
                and doc[before - 1].text == ",":
            return self.phrase_fillers(role, *self.phrase_left(before - 1, low))
        if doc[before].text == ",":
            comma = before - 1
            while comma >= low and doc[comma].text != "," or comma in self.mention_at:
                comma -= 1
            if comma < low:
                return []
            inside = (comma + 1, before)
            for i in range(*inside):
                marker = next((m for m in self.stage.group_markers if self.words_at(i, m)), None)
                if marker:
                    return self.phrase_fillers(role, *self.phrase_right(i + len(marker), before),
                                               allow_text=False)
            outer = self.phrase_fillers(role, *self.phrase_left(comma, low))
            if any(f.entity for f in outer):
                return outer
            apposed = self.phrase_fillers(role, *inside, allow_text=False)
            return apposed or outer
        return self.phrase_fillers(role, *self.phrase_left(group, low))

    def frame_fillers(self, amount: Span, start: int, end: int) -> list[Filler]:
        clause_end = self.clause_end(amount, end)
        verb = self.verb_cue(amount, start)
        noun = self.noun_cue(amount, start, clause_end)
        fillers: list[Filler] = []
        if verb is not None:
            cue, form, frame = verb
            fillers += self.verb_fillers(amount, cue, form, frame, start, clause_end)
            after = self.noun_after(amount, clause_end)
            if after is not None:
                fillers += self.preposition_fillers(after[2], after[0] + len(after[1]),
                                                    clause_end, amount)
            return fillers
        fillers = self.relative_fillers(amount, clause_end)
        if not fillers and noun is not None:
            fillers = self.noun_fillers(amount, *noun, start, clause_end)
        return fillers

    def clause_end(self, amount: Span, end: int) -> int:
        """The first comma or semicolon after the amount outside a name, or a reporting verb."""
        i = amount.end
        while i < end:
            if i in self.mention_at:
                i = self.mention_at[i][1]
                continue
            if self.doc[i].text in (",", ";", "—", "--") or self.is_say_verb(i):
                return i
            i += 1
        return end

    def verb_fillers(self, amount: Span, cue: int, form: tuple[str, ...], frame: Frame,
                     start: int, end: int) -> list[Filler]:
        doc = self.doc
        group = self.verb_group_start(cue, start)
        passive = doc[cue].tag_ == "VBN" and any(
            doc[i].lower_ in self.stage.passive_auxiliaries for i in range(group, cue))
        fillers = []
        subject_role = frame.passive_subject if passive else frame.subject
        if subject_role:
            subject = self.subject_fillers(subject_role, cue, start)
            if frame.place_subject:
                subject = [replace_role(f, "place") if f.entity and self.label(f) in
                           self.stage.place_labels else f for f in subject]
            fillers += subject
        after_verb = cue + len(form)
        if frame.object and not passive and after_verb < amount.start:
            object_start, object_end = self.phrase_right(after_verb, amount.start)
            # "approved a subsidy for Rapidus worth …": the object is the money, not a party.
            if object_end > object_start and self.noun_at(object_end - 1) is None:
                fillers += self.phrase_fillers(frame.object, object_start, object_end)
        fillers += self.preposition_fillers(frame, after_verb, end, amount)
        return fillers

    def noun_fillers(self, amount: Span, cue: int, form: tuple[str, ...], frame: Frame,
                     start: int, end: int) -> list[Filler]:
        fillers = self.preposition_fillers(frame, cue + len(form), end, amount)
        if frame.possessor:
            fillers += self.possessor_fillers(frame.possessor, cue, start)
        return fillers

    def possessor_fillers(self, role: str, cue: int, low: int) -> list[Filler]:
        doc = self.doc
        i = cue - 1
        while i >= low and i not in self.mention_at and doc[i].tag_ in (
                "JJ", "NN", "NNP", "VBG", "VBN", "CD", "HYPH"):
            i -= 1
        if i < low:
            return []
        token = doc[i]
        if token.text in POSSESSIVES:
            return self.phrase_fillers(role, *self.phrase_left(i, low), allow_text=False)
        if token.lower_ == "whose" and i - 1 >= low and doc[i - 1].text == ",":
            return self.phrase_fillers(role, *self.phrase_left(i - 1, low))
        if token.tag_ == "PRP$" and token.lower_ in ("its", "his", "her"):
            label = "ORG" if token.lower_ == "its" else "PERSON"
            entity = self.antecedent(i, label)
            return [Filler(role, i, i + 1, entity)] if entity else []
        # "X reported an operating profit of …", "it expected a hit of …"
        while i >= low and doc[i].tag_ in ("DT", "JJ", "RB"):
            i -= 1
        if i >= low and doc[i].lower_ in self.stage.noun_subject_verbs:
            return self.subject_fillers(role, i, low)
        return []

    def relative_fillers(self, amount: Span, end: int) -> list[Filler]:
        """"… the $12 a share that early investors paid": a relative clause after the amount."""
        doc = self.doc
        i = amount.end
        while i < end and doc[i].lower_ not in self.stage.relative_pronouns:
            if i - amount.end > self.stage.noun_after_window:
                return []
            i += 1
        if i >= end:
            return []
        phrase_start, phrase_end = self.phrase_right(i + 1, end)
        verb = phrase_end
        while verb < end and (self.lower(verb) in self.stage.auxiliaries
                              or self.doc[verb].tag_ in ("MD", "RB")):
            verb += 1
        if verb >= end or phrase_end == phrase_start:
            return []
        found = self.form_at(verb, self.stage.verb_frames)
        if not found or not found[1].subject:
            return []
        return self.phrase_fillers(found[1].subject, phrase_start, phrase_end)

    def preposition_fillers(self, frame: Frame, start: int, end: int, amount: Span,
                            ) -> list[Filler]:
        """Noun phrases after the frame's prepositions, and places, between ``start`` and the
        clause end (the amount itself is skipped)."""
        fillers = []
        prepositions = sorted(frame.prepositions.items(), key=lambda p: -len(p[0].split()))
        i = start
        while i < end:
            if amount.start <= i < amount.end:
                i = amount.end
                continue
            if i in self.mention_at and frame.places and self.is_place_possessive(i):
                fillers.append(Filler("place", *self.mention_at[i][:3]))
            matched = next(((tuple(p.split()), role) for p, role in prepositions
                            if self.words_at(i, tuple(p.split()))), None)
            if matched:
                words, role = matched
                phrase = self.phrase_right(i + len(words), end)
                # "from a group of lenders led by X and Y": the named members.
                marker = next((m for m in self.stage.group_markers
                               if self.words_at(phrase[1], m)), None)
                if marker:
                    phrase = self.phrase_right(phrase[1] + len(marker), end)
                plural = phrase[1] > phrase[0] and self.doc[phrase[1] - 1].tag_ == "NNS"
                fillers += [f for f in self.phrase_fillers(role, *phrase,
                                                           allow_text=plural and role != "holder")
                            if not (frame.places and f.entity
                                    and self.label(f) in self.stage.place_labels
                                    and self.label(f) != "GPE")]
            if frame.places and self.lower(i) in self.stage.place_prepositions:
                fillers += self.places_after(i + 1, end)
            i += 1
        return fillers

    def is_place_possessive(self, i: int) -> bool:
        m_start, m_end, _, label = self.mention_at[i]
        return i == m_start and label == "GPE" and m_end < len(self.doc) \
            and self.doc[m_end].text in POSSESSIVES

    def places_after(self, start: int, end: int) -> list[Filler]:
        phrase_start, phrase_end = self.phrase_right(start, end)
        return [Filler("place", m[0], m[1], m[2])
                for m in dict.fromkeys(self.mention_at[i] for i in range(phrase_start, phrase_end)
                                       if i in self.mention_at)
                if m[3] in self.stage.place_labels]

    def label(self, filler: Filler) -> str | None:
        mention = self.mention_at.get(filler.start)
        return mention[3] if mention else None

    # -- sources ----------------------------------------------------------------------------

    def source_fillers(self, amount: Span, start: int, end: int) -> list[Filler]:
        """The speaker of the reporting verb nearest before the amount in its sentence (else
        the nearest after), or what follows "according to"."""
        doc = self.doc
        for i in range(start, end):
            marker = next((m for m in self.stage.according_to if self.words_at(i, m)), None)
            if marker:
                return self.according_fillers(i + len(marker), end)
        before = [i for i in range(start, amount.start) if self.is_say_verb(i)]
        after = [i for i in range(amount.end, end) if self.is_say_verb(i)]
        if not before and not after:
            return []
        verb = before[-1] if before else after[0]
        following = verb + 1
        # "…, said Mariko Tanaka, an analyst at …": the speaker follows the verb (not in
        # "X, Y's president, said U.S. mills had …", where a clause follows).
        if following < end and following in self.mention_at and verb > start \
                and doc[verb - 1].text in (",", '"', "”", "’"):
            speaker = self.phrase_right(following, end)
            if speaker[1] >= end or doc[speaker[1]].is_punct:
                return self.phrase_fillers("source", *speaker, allow_text=False)
        return self.subject_fillers("source", verb, start)

    def according_fillers(self, start: int, end: int) -> list[Filler]:
        phrase_start, phrase_end = self.phrase_right(start, end)
        head = phrase_end - 1
        # "according to data from Briter Bridges": the data's origin is the source.
        if phrase_end > phrase_start and self.lower(head) in self.stage.source_nouns \
                and phrase_end + 1 < end and self.lower(phrase_end) in ("from", "by", "of") \
                and phrase_end + 1 in self.mention_at:
            return self.phrase_fillers("source", *self.phrase_right(phrase_end + 1, end),
                                       allow_text=False)
        return self.phrase_fillers("source", phrase_start, phrase_end)


def replace_role(filler: Filler, role: str) -> Filler:
    return Filler(role, filler.start, filler.end, filler.entity)
