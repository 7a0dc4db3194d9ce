"""artex_claims: what is argued for and against in prose (issue #18).

A claim is a sentence of body prose (not a list: list items stay in ``lists``) that argues, by
its own words, for or against what the article is about:

- a holder word heads the subject of an arguing verb ('Critics say …', 'Some residents fear
  …', '…, opponents argue'), or a group (a plural noun, 'they') or a named entity is the
  subject of a verb that argues by itself ('carmakers warned that …', 'the institute opposes
  …'): the claim is the clause the verb reports, the holder the subject;
- or a cue noun before the sentence's verb states a benefit or a drawback ('The main
  drawback is the cost', 'One benefit of the plan is …'): the claim is the sentence.

Polarity comes from the holder (critics: con, supporters: pro), else from the verb (warn,
fear: con; welcome, praise: pro), else from the cue noun, else from the pro and con words of
the claim's own clause (more con words: con); a sentence that none of them gives a polarity is
no claim. The holder is the entity its words name (the first one, as for a quotation's
speaker), else the words themselves. The lexicon is models/claims.json.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from artex.stages.common import SECTIONS_KEY, Stage, doc_words, load_json, record_spans

KEY = "artex_claims"
ENTITIES_KEY = "artex_entities"
CLAIMS_FILE = "claims.json"
# Claims are read only in body prose.
CLAIM_SECTIONS = frozenset({"body"})
CREDIT_SECTIONS = frozenset({"dateline", "byline"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "may", "might", "can", "could",
                         "must", "did", "does", "do", "also", "still", "long", "often"})
SENTENCE_END = frozenset({".", "!", "?"})
ENTITY_ORDER = ("PERSON", "ORG", "GPE", "NORP")
RELATIVES = frozenset({"which", "who", "whose", "whom"})
SUBORDINATORS = frozenset({"as", "while", "because", "after", "when", "since", "although",
                           "though", "if", "whereas"})


@Language.factory(
    "artex_claims",
    assigns=["doc.spans", f"doc._.{KEY}"],
    requires=["doc.spans", "token.tag", "token.is_sent_start"],
    default_config={"lexicon": CLAIMS_FILE, "holder_words": 8},
)
def make_claims(nlp: Language, name: str, lexicon: str, holder_words: int):
    return ClaimStage(nlp, name, lexicon, holder_words)


class ClaimStage(Stage):
    def __init__(self, nlp: Language, name: str, lexicon: str, holder_words: int):
        self.name = name
        self.lexicon_file = lexicon
        self.holder_words = holder_words

    def load_data(self, models_dir: Path, nlp: Language | None) -> None:
        data = load_json(models_dir, self.lexicon_file)
        self.holders: dict[str, str | None] = data["holders"]
        self.verbs: dict[str, str | None] = data["verbs"]
        self.cue_nouns: dict[str, str] = data["cue_nouns"]
        self.pro_words = frozenset(data["pro_words"])
        self.con_words = frozenset(data["con_words"])

    def match(self, doc: Doc) -> list[dict]:
        """One record per claim: {"start", "end", "polarity", "cue", "holder" (entity id or
        None), "holder_start", "holder_end" (the holder's words, or None)}."""
        if not doc.has_annotation("SENT_START"):
            return []
        reader = _Reader(doc, self)
        found = []
        for sentence in doc.sents:
            found += reader.claims(sentence)
        return found

    def set_annotations(self, doc: Doc, found: list[dict]) -> Doc:
        doc._.artex_claims = found
        doc.spans[KEY] = record_spans(doc, found, "polarity")
        return doc


class _Reader:
    def __init__(self, doc: Doc, stage: ClaimStage):
        self.doc = doc
        self.stage = stage
        self.tagged = doc.has_annotation("TAG")
        # The tokens' attributes read once: the verb and cue tests look at every token of
        # every sentence.
        self.words = doc_words(doc)
        self.lowers = self.words.lower
        sections = list(doc.spans.get(SECTIONS_KEY, []))
        self.body = [(s.start, s.end) for s in sections if s.label_ in CLAIM_SECTIONS] \
            if sections else [(0, len(doc))]
        self.credit = {i for s in sections if s.label_ in CREDIT_SECTIONS
                       for i in range(s.start, s.end)}
        labels = {e["id"]: e["label"] for e in (doc._.artex_entities or [])}
        self.mention_at: dict[int, tuple[str, str]] = {}
        for mention in doc.spans.get(ENTITIES_KEY, []):
            entity = mention._.artex_entity_id
            for i in range(mention.start, mention.end):
                self.mention_at[i] = (entity, labels.get(entity, mention.label_))

    def in_body(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.body)

    def is_finite(self, i: int) -> bool:
        return self.words.tag[i] in FINITE_TAGS if self.tagged else False

    def bounds(self, sentence: Span) -> tuple[int, int]:
        words = self.words
        start, end = sentence.start, sentence.end
        while start < end and (start in self.credit or words.is_space[start]
                               or words.is_punct[start] and start - 1 in self.credit):
            start += 1
        while end > start and (words.is_space[end - 1] or words.text[end - 1] in SENTENCE_END
                               or words.text[end - 1] in ('"', "”", "’")):
            end -= 1
        return start, end

    def claims(self, sentence: Span) -> list[dict]:
        start, end = self.bounds(sentence)
        # A heading ("Upsides and downsides for Mexico") is no sentence of prose.
        if end - start < 4 or not self.in_body(start, end) \
                or self.words.span_text(sentence.start, sentence.end).rstrip()[-1:] \
                not in ('.', '!', '?', '"', '”', '’'):
            return []
        found = self.held_claims(start, end)
        if not found:
            cue = self.cue_claim(start, end)
            found = [cue] if cue else []
        return found

    def held_claims(self, start: int, end: int) -> list[dict]:
        """The claims of a sentence's arguing verbs; a verb coordinated with the one before
        ("welcomed the investment but warned about jobs") shares its subject."""
        words = self.words
        found: list[dict] = []
        previous_subject = None
        for verb in range(start, end):
            lower = self.lowers[verb]
            if lower not in self.stage.verbs or self.tagged and not words.tag[verb].startswith(
                    "VB"):
                continue
            subject = self.subject(start, verb)
            if subject is None and previous_subject is not None \
                    and words.lower[verb - 1] in ("and", "but"):
                subject = previous_subject
            if subject is None:
                continue
            holder = self.holder_noun(*subject)
            if holder is None and not (self.stage.verbs[lower] and self.group_subject(*subject)):
                continue
            content = self.clause_after(verb, end)
            if not any(self.is_finite(j) for j in range(*content)) \
                    and subject[0] > start + 1 and words.text[subject[0] - 1] == ",":
                content = (start, subject[0] - 1)  # "CLAUSE, critics say"
            if content[1] - content[0] < 2:
                continue
            polarity = self.stage.holders.get(holder) or self.stage.verbs[lower] \
                or self.cue_polarity(*content) or self.word_polarity(*content)
            if polarity is None:
                continue
            previous_subject = subject
            found.append(self.record(content, polarity, words.text[verb].lower(), subject))
        return found

    def subject(self, start: int, verb: int) -> tuple[int, int] | None:
        """The words before an arguing verb back to the clause's start, auxiliaries and a
        leading subordinator left out; a relative clause or a name in apposition between commas
        is passed over ("The institute, which represents producers, opposes …", "Its
        president, Carlos Benavides, warned …")."""
        doc = self.doc
        end = verb
        while end > start and (self.words.lower[end - 1] in AUXILIARIES
                               or self.tagged and self.words.tag[end - 1] in ("RB", "MD")):
            end -= 1
        begin = end
        while begin > start and end - begin < self.stage.holder_words:
            token = doc[begin - 1]
            if token.text == "," and begin - 1 > start:
                opening = self.relative_opening(start, begin - 1) \
                    or self.apposition_opening(start, begin - 1)
                if opening is not None:
                    begin = opening
                    continue
            if token.text in (",", ";", ":", "—", "–") or token.lower_ in ("that", "and", "but") \
                    or self.is_finite(begin - 1):
                break
            begin -= 1
        while begin < end and self.words.lower[begin] in SUBORDINATORS:
            begin += 1
        return (begin, end) if end > begin else None

    def relative_opening(self, start: int, comma: int) -> int | None:
        """When the comma at ``comma`` closes a relative clause (", which … ,"), the offset of
        the comma that opens it."""
        words = self.words
        for k in range(comma - 1, max(start, comma - 3 * self.stage.holder_words) - 1, -1):
            if words.text[k] == "," and k + 1 < comma and words.lower[k + 1] in RELATIVES:
                return k
            if words.text[k] in (",", ";", ":"):
                return None
        return None

    def apposition_opening(self, start: int, comma: int) -> int | None:
        """When the comma at ``comma`` closes a name in apposition ("Its president, Carlos
        Benavides, warned"), the offset of the comma before the name."""
        words = self.words
        end = comma
        begin = end
        while begin > start and begin - 1 in self.mention_at:
            begin -= 1
        if begin < end and begin - 1 > start and words.text[begin - 1] == ",":
            return begin - 1
        return None

    def group_subject(self, start: int, end: int) -> bool:
        """A subject that can hold a view by itself with an arguing verb of its own polarity:
        a group ('carmakers', 'grid operators', 'they') or a named entity ('the institute
        (AISI)', 'its president, Carlos Benavides')."""
        doc = self.doc
        last = doc[end - 1]
        return self.tagged and last.tag_ == "NNS" or last.lower_ in ("they", "we") \
            or any(i in self.mention_at for i in range(start, end))

    def holder_noun(self, start: int, end: int) -> str | None:
        """The holder word that heads the subject (its last holder word)."""
        for i in range(end - 1, start - 1, -1):
            lower = self.lowers[i]
            if lower in self.stage.holders and (
                    not self.tagged or self.words.tag[i] in ("NN", "NNS", "NNP", "NNPS", "DT")):
                return lower
        return None

    def plural_head(self, start: int, end: int) -> bool:
        """A group of people or firms as the subject ('carmakers warned', 'grid operators
        fear'): a plural common noun heads it."""
        return self.tagged and self.words.tag[end - 1] == "NNS"

    def clause_after(self, verb: int, end: int) -> tuple[int, int]:
        """What the verb argues: after it (and after 'that'), up to a coordinated arguing verb
        ('… but warned …')."""
        words = self.words
        start = verb + 1
        for k in range(verb + 1, min(end, verb + 8)):
            if words.lower[k] == "that":
                start = k + 1
                break
            if self.is_finite(k):
                break
        for k in range(start, end - 1):
            if words.lower[k] in ("and", "but") and words.lower[k + 1] in self.stage.verbs \
                    and (not self.tagged or words.tag[k + 1].startswith("VB")):
                return (start, k)
        return (start, end)

    def cue_polarity(self, start: int, end: int) -> str | None:
        for i in range(start, end):
            polarity = self.stage.cue_nouns.get(self.lowers[i])
            if polarity and (not self.tagged or self.words.tag[i].startswith("NN")):
                return polarity
        return None

    def word_polarity(self, start: int, end: int) -> str | None:
        words = [self.lowers[i] for i in range(start, end)]
        pro = sum(w in self.stage.pro_words for w in words)
        con = sum(w in self.stage.con_words for w in words)
        if pro == con:
            return None
        return "pro" if pro > con else "con"

    def cue_claim(self, start: int, end: int) -> dict | None:
        words = self.words
        for i in range(start, end):
            polarity = self.stage.cue_nouns.get(self.lowers[i])
            if polarity is None or self.tagged and not words.tag[i].startswith("NN"):
                continue
            # "risk" in a compound name ("Risk Committee") is no cue, nor a cue noun after the
            # sentence's verb ("dispelling doubts about the strength of …"): the cue names
            # what the sentence is about ("The main drawback is …", "Benefits include …").
            if i in self.mention_at or any(self.is_finite(j) for j in range(start, i)):
                continue
            if not any(self.is_finite(j) for j in range(i + 1, end)):
                return None
            return self.record((start, end), polarity, words.lower[i], None)
        return None

    def record(self, content: tuple[int, int], polarity: str, cue: str,
               holder: tuple[int, int] | None) -> dict:
        words = self.words
        start, end = content
        while end > start and words.is_punct[end - 1]:
            end -= 1
        while start < end and words.is_punct[start]:
            start += 1
        record = {"start": words.start[start],
                  "end": words.start[end - 1] + len(words.text[end - 1]),
                  "polarity": polarity, "cue": cue, "holder": None, "holder_start": None,
                  "holder_end": None}
        if holder is not None:
            record["holder_start"] = words.start[holder[0]]
            record["holder_end"] = words.start[holder[1] - 1] + len(words.text[holder[1] - 1])
            named = [self.mention_at[i] for i in range(*holder) if i in self.mention_at]
            for label in ENTITY_ORDER:
                entity = next((e for e, lab in named if lab == label), None)
                if entity is not None:
                    record["holder"] = entity
                    break
        return record
