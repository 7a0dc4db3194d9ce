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
company noun ("the company", "the bank"), the country of "the UK government" (the town of
"Lisbon's city council"), the owner of a party's part ("Vale's mines" → Vale), or else its
words (a text filler: "private investors").
What the text calls an entity ("regulator Aneel", "X, a payments company,") resolves "the
regulator" and makes a name the tagger took for a person a company for "it"; "the company" in
what a company's officer says is that company. Further frames of the clause: a gapped clause
("X will give $A and Y the remaining $B"), a coordinated verb that ends the clause, a purpose
clause's places ("to expand across East Africa"), a name modifying a frame noun ("a $450 million
IDB loan"), an amount compared with an earlier one ("down from $B"), a coordinated amount's own
prepositions ("owes $A to X and $B to Y"), an infinitive after the amount that takes the later
prepositions ("a contract to supply drones for the Army"). An institution noun ("the council")
is the organisation whose name holds it; words for the amount itself ("the money", "a
dividend", "rent") are no party; a value noun ("a €196 million budget", "raised its budget to")
makes the subject the holder, and so does "sold for" / "fetches" for what is sold. A place after
a preposition qualifies the noun before it ("Farmers in Saskatchewan"); a place before the
clause ("In Leeds, …") is where the money goes; a name in commas after an object is the object
("its chief executive, Laura Finch,"); "which cost $N" with no object makes the subject the
holder; a purpose clause's facility ("to electrify the Midland Main Line") and the places of
"between A and B" are where the money goes. "paid $N for X from Y" makes Y the seller, while
"paid for with $N from Y" makes Y the payer and what is paid for no party. "Its"/"Her"
opening a sentence of a paragraph that names no one of its kind is the article's main
organisation or person; an object followed by what it holds ("giving the company a market value
of …") holds the amount; a gerund of means ("raised $N by selling shares to investors at $P")
shares the main subject and lends its prepositions; "It" after an object names the organisation
that a sentence opened by "The <company noun>," described. Sources: the name after "a report by",
"calculations by", the filer of "its filing", "people familiar with the talks" whole, the
valuer of "Forbes valued X at". "The shares" are the main company's; an apposition does not count
in a frame noun's window; "The owner of X, Y," is Y; "The city of Porto" is Porto; a relative
clause in commas after a subject names no one else; "a group led by X" after a frame's
preposition is that group in words; the organisation after an investing verb's "into" is paid;
after an infinitive ("a contract to build lines to a consortium") only the frame's "to" comes
back; a year inside a value's phrase ("raised its 2026 capital budget to") does not end it; a
form that is also a noun after a relative clause in commas is the verb ("The strike, which …,
cost shipping lines £8 million"); a price's noun may stand beyond the window ("completed the
signing of X from Y for a club-record £48 million") A verb before an infinitive's "to" shares its
subject ("has pledged to spend"); "analysts had expected X to earn $N" makes X the holder of a
forecast and the analysts its source. A base verb coordinated after the frame's verb ("will pay X
$A and cap a fare at $B") governs its own amount; a name in commas after an object is paid also
before the noun phrase that leads to the amount ("its operator, X, a subsidy of $N"); a plural
subject qualified by a locating phrase ("Drivers on 14 routes", "passengers stepping ashore at
X") is that group in words, not the names inside the phrase; a loan's participle after the main
clause's object ("spend $A on a hub, financed by a $B loan from Z") makes that clause's subject
the borrower. What is worth an amount by a copula or in the commas after the sentence's subject
("The charters are worth $N", "The tender, worth $N,") holds it, as a creditor holds what it is
owed and what was built for an amount its cost, and "The cost of X is $N" X; "the combined bank"
a merger makes is words. A country paid or paying is no place too, nor is "Brazil's" before a
company's name; "according to the merger agreement" names the agreement as the source. A gapped
clause takes its verb's voice ("X was fined $A and Y $B": Y pays); "a consortium (joint venture)
of X and Y" is X and Y; a coordinated verb skips the subject of an adverbial clause ("X will
step down when the merger closes and will receive $N": X); money used "with $N from X" is X's;
names coordinated in commas after an object are paid; a verb that grants does not count when its
object is a levy others pay ("approved a levy of €8"); a participle's clause in commas ("The
budget, sent to parliament on Monday, foresees …") governs no amount after its closing comma.
What a subject owns, writes off or books is its own ("which owns $N of the bonds"), also of a
frame noun after "of" ("written off $N of farm loans"); "The round values X at $N" is the verb
though the tagger reads a plural noun; a value someone holds joined to the amount by "of" ("pay
the rest from cash reserves of $N") is the amount's frame, held by the verb's named subject; a
public body named in Spanish, Portuguese, French or German ("Dirección General de …") is no
company.
Who shares an amount is paid, unless it shares it out among others ("the league shares $N among
its clubs": the payer); sharing a cost is no receipt; who receives a fine pays it; a gapped clause
may follow an amount qualified by a preposition ("gave $A towards the price and Y the remaining
$B"). Mentions in datelines and bylines (agency credits) never fill a role. The cues are in
``models/roles.json``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from artex.stages.common import SECTIONS_KEY, credit_tokens, entity_mentions, load_json
from artex.stages.money import LEXICON_FILE as MONEY_LEXICON_FILE

KEY = "artex_roles"
MONEY_KEY = "artex_money"
ENTITIES_KEY = "artex_entities"
DATES_KEY = "artex_dates"
# Sections whose names never fill a role: datelines and bylines (agency credit lines are bylines).
CREDIT_SECTIONS = frozenset({"dateline", "byline"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PHRASE_TAGS = NOUN_TAGS | {"JJ", "JJR", "JJS", "DT", "PRP$", "CD", "POS", "HYPH", "VBN"}
COORDINATORS = frozenset({"and", "or", "&"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words between a gapped clause's subject and its amount: "the remaining", "a further".
GAP_WORDS = frozenset({"DT", "JJ", "RB", "VBG"})
# Prepositions that qualify an amount before a gapped clause ("$A towards the price and Y $B").
QUALIFIER_PREPOSITIONS = frozenset({"towards", "toward", "as", "for", "in", "from", "to", "of"})
# Prepositions whose place qualifies the noun before them ("Farmers in Saskatchewan").
QUALIFYING_PREPOSITIONS = frozenset({"in", "of", "at", "from"})
# Prepositions of a phrase that locates a group ("Drivers on 14 routes", "tourists landing at
# X"), not of time ("hours after the company agreed").
LOCATING_PREPOSITIONS = frozenset({"in", "on", "at", "from", "across", "around", "near",
                                   "outside"})
# Words tagged IN that open a clause, not a prepositional phrase.
SUBORDINATORS = frozenset({"that", "if", "whether", "because", "although", "while", "as"})
# Words that open an adverbial clause ("when the merger closes"), whose verb no later "and"
# coordinates with.
ADVERBIAL_OPENERS = frozenset({"when", "after", "before", "until", "once", "if", "because",
                               "since", "unless"})
# Marks that open a list item ("- Afya Wings won …").
LIST_MARKS = frozenset({"-", "–", "—", "•", "*"})
# "people familiar with the matter", "sources close to the talks" … (phrase_left/phrase_right)
FAMILIAR = frozenset({"familiar"})
# Prepositions that open a gerund clause sharing the main clause's subject ("by selling",
# "despite forecasting"); those of means lend the gerund's prepositions to the amount's clause.
GERUND_OPENERS = frozenset({"by", "after", "before", "while", "without", "through", "despite",
                            "when", "since"})
MEANS_PREPOSITIONS = frozenset({"by", "through"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
# Words of a qualifier between "worth" and its amount ("worth more than", "worth up to").
WORTH_QUALIFIERS = frozenset({"about", "around", "than", "up", "to", "some", "nearly"})
# Labels of things (films, products), which hold what they take in rather than receive it.
WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})
# Frame keys whose lists are read as tuples.
TUPLE_KEYS = frozenset({"before_amount", "goods_prepositions", "borne_nouns"})


@dataclass(frozen=True)
class Frame:
    """What a cue says about the noun phrases around it (see models/roles.json)."""

    subject: str | None = None
    object: str | None = None
    passive_subject: str | None = None
    possessor: str | None = None
    places: bool = False
    place_subject: bool = False
    # The role of a name that modifies a frame noun after the amount ("a $450 million IDB loan").
    modifier: str | None = None
    # The subject's role when the amount follows the verb's "for" ("A painting sold for $N").
    intransitive_subject: str | None = None
    # The subject's role when no object comes before the amount ("The film cost $150 million").
    bare_subject: str | None = None
    prepositions: dict[str, str] = field(default_factory=dict)
    # Prepositions whose named organisation (not a place, not words) fills a role: "inject
    # ₹500 crore into the airline" (the investee is paid), "invest in Poland" (a place).
    organisation_prepositions: dict[str, str] = field(default_factory=dict)
    # Roles of prepositions after the "for" phrase that follows the amount, which names what is
    # bought: "paid £210 million for drones from X" makes X the seller ("paid for the deal
    # with $N from X": the payer).
    after_for: dict[str, str] = field(default_factory=dict)
    # Prepositions after the amount that, like "for", name what is bought, so that 'after_for'
    # applies after them ("spend $N on two tugboats from X": X sells).
    goods_prepositions: tuple[str, ...] = ()
    # A country after the frame's prepositions is where the money goes, no party ("sent $5.1
    # billion to Kenya").
    country_places: bool = False
    # The subject's role when the verb is an infinitive after a forecasting verb and its
    # object ("analysts had expected Najd to earn $N": Najd holds the forecast result).
    forecast_subject: str | None = None
    # An object before the amount leaves the subject no role: it is the cause ("Tourism
    # earned the country $4.4 billion": the country is paid).
    object_displaces_subject: bool = False
    # The frame counts only when its subject is a name ("Pilbara Crest jumped 14% to A$1.87");
    # else a frame noun governs ("Revenue at X rose to …").
    named_subject: bool = False
    # A frame noun after the amount gives the subject its possessor's role and its
    # prepositions ("repay a $200 million loan from X": a loan the subject took).
    noun_governs: bool = False
    # The frame counts only when one of these words comes just before the amount ("puts the
    # trade at $N": a valuation; not "put $N into X").
    before_amount: tuple[str, ...] = ()
    # A noun frame's role for the subject of the active verb before it when a possessor fills
    # the noun's own role ("the court set his bail at $N": the court is paid).
    setter: str | None = None
    # The frame counts only when the amount is the verb's object, after determiners and
    # adverbs at most ("released $18 million from a fund"; not "was released from custody
    # after the court set his bail at $N").
    amount_object: bool = False
    # The subject's role when the amount is a share of an offering ("took KM 35 million of the
    # issue": a buyer of the bonds), not a takings ("The film took $40 million").
    partitive_subject: str | None = None
    # A company's description as the object ("values the Detroit start-up at $N") is the
    # organisation bought or owned in the clause before the verb (named after one of the
    # 'acquired_prepositions': "for Redline Motors", "a stake in X"), not the buyer.
    acquired_object: bool = False
    # The passive subject's role when "in" and a word for money follow the amount ("are owed
    # $N in unpaid rent": a payment due), not a claim held ("is owed $N").
    due_subject: str | None = None
    # Prepositions whose noun phrase fills the role only when it names a value its owner holds
    # ("add $N a year to its wage bill"; not "add $N to the fund").
    value_prepositions: dict[str, str] = field(default_factory=dict)
    # An object that is a charge others pay ("approved a passenger levy of €8 a head") makes
    # the frame not count: the subject decides the charge, it does not pay it.
    levied_object: bool = False
    # The subject's role when one of the frame's prepositions follows the amount: "the league
    # shares $N among its clubs" hands the amount out, while "the clubs will share $N" get it.
    handing_subject: str | None = None
    # Words for what the parties bear that make the frame not count when they head the object
    # or follow the amount ("will share the $N cost", "split $N in costs"): the noun's own
    # frame says who pays.
    borne_nouns: tuple[str, ...] = ()
    # The subject's role when a demand for money ("a fine of", "a tax bill of") is the object
    # right before the amount: "X received a fine of $N" pays it.
    demand_subject: str | None = None


PLACES_ONLY = Frame(places=True)


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
        self.document_say_verbs = frozenset(lexicon["document_say_verbs"])
        self.according_to = [tuple(p.split()) for p in lexicon["according_to"]]
        self.joint_speakers = frozenset(tuple(p.split()) for p in lexicon["joint_speakers"])
        self.source_nouns = frozenset(lexicon["source_nouns"])
        self.group_markers = [tuple(m.split()) for m in lexicon["group_markers"]]
        self.member_nouns = [tuple(n.split()) for n in
                             sorted(lexicon["member_nouns"], key=lambda n: -len(n.split()))]
        self.auxiliaries = frozenset(lexicon["auxiliaries"])
        self.passive_auxiliaries = frozenset(lexicon["passive_auxiliaries"])
        self.relative_pronouns = frozenset(lexicon["relative_pronouns"])
        self.company_nouns = frozenset(lexicon["company_nouns"])
        self.merged_words = frozenset(lexicon["merged_words"])
        self.government_nouns = frozenset(lexicon["government_nouns"])
        self.noun_subject_verbs = frozenset(lexicon["noun_subject_verbs"])
        self.intention_nouns = frozenset(lexicon["intention_nouns"])
        self.actor_labels = frozenset(lexicon["actor_labels"])
        self.place_labels = frozenset(lexicon["place_labels"])
        self.non_party_nouns = frozenset(lexicon["non_party_nouns"])
        self.money_nouns = frozenset(lexicon["money_nouns"])
        self.institution_nouns = frozenset(lexicon["institution_nouns"])
        self.public_body_nouns = frozenset(lexicon["public_body_nouns"])
        self.state_modifiers = frozenset(lexicon["state_modifiers"])
        self.party_nouns = frozenset(lexicon["party_nouns"])
        self.company_parts = frozenset(lexicon["company_parts"])
        self.place_heads = frozenset(lexicon["place_heads"])
        self.town_nouns = frozenset(lexicon["town_nouns"])
        self.region_nouns = frozenset(lexicon["region_nouns"])
        self.event_nouns = frozenset(lexicon["event_nouns"])
        self.country_nouns = frozenset(lexicon["country_nouns"])
        self.amount_qualifiers = frozenset(tuple(q.split()) for q in lexicon["amount_qualifiers"])
        self.value_nouns = frozenset(lexicon["value_nouns"])
        self.party_participles = frozenset(lexicon["party_participles"])
        self.place_adverbs = frozenset(lexicon["place_adverbs"])
        self.modifier_prepositions = frozenset(lexicon["modifier_prepositions"])
        self.work_nouns = frozenset(lexicon["work_nouns"])
        self.comparison_markers = [tuple(m.split()) for m in lexicon["comparison_markers"]]
        self.relative_clause_openers = frozenset(lexicon["relative_clause_openers"])
        self.approximations = [tuple(m.split()) for m in lexicon["approximations"]]
        self.distributives = frozenset(lexicon["distributives"])
        self.forecast_verbs = frozenset(lexicon["forecast_verbs"])
        self.demand_nouns = [tuple(n.split()) for n in
                             sorted(lexicon["demand_nouns"], key=lambda n: -len(n.split()))]
        self.help_verbs = frozenset(lexicon["help_verbs"])
        self.wage_periods = frozenset(lexicon["wage_periods"])
        self.offering_nouns = frozenset(lexicon["offering_nouns"])
        self.acquired_prepositions = frozenset(lexicon["acquired_prepositions"])
        self.repaying_verbs = frozenset(lexicon["repaying_verbs"])
        # What a purpose clause repays or settles: a debt, or a claim ("to settle a dispute
        # with X"), whose other side is paid.
        self.settled_nouns = frozenset(lexicon["debt_nouns"]) | frozenset(lexicon["claim_nouns"])
        self.creditor_prepositions = frozenset(lexicon["creditor_prepositions"])
        self.levied_nouns = frozenset(lexicon["levied_nouns"])
        self.held_values = frozenset(lexicon["held_values"])
        # The words the money stage reads as an amount's qualifier ("about", "more than"),
        # which may open a conversion's bracket: "182 million lekë (about €1.8 million)".
        self.qualifier_words = sorted(
            (tuple(q.lower().split()) for q in
             load_json(models_dir, MONEY_LEXICON_FILE)["qualifiers_before"]),
            key=len, reverse=True)
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
            for filler in dict.fromkeys(reader.fillers(amount, amounts)):
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
        frame = Frame(**{k: tuple(v) if k in TUPLE_KEYS else v
                         for k, v in entry.items() if k != "forms"})
        for form in entry["forms"]:
            frames[tuple(form.split())] = frame
    return frames


class _Reader:
    """The token-level views of one doc that the role rules read."""

    def __init__(self, doc: Doc, stage: RoleStage):
        self.doc = doc
        self.stage = stage
        self.credit = credit_tokens(doc, CREDIT_SECTIONS)
        self.names = {e["id"]: e["name"] for e in (doc._.artex_entities or [])}
        # An entity by each of its names, lower case (a name two entities share names none).
        by_name: dict[str, set[str]] = {}
        for e in doc._.artex_entities or []:
            for name in [e["name"], *e.get("aliases", [])]:
                by_name.setdefault(name.lower(), set()).add(e["id"])
        self.named = {name: ids.pop() for name, ids in by_name.items() if len(ids) == 1}
        self.countries = {e["id"] for e in (doc._.artex_entities or [])
                          if e.get("country_code") and e["label"] == "GPE"}
        money = doc.spans.get(MONEY_KEY, [])
        self.in_money = {i for span in money for i in range(span.start, span.end)}
        # (mention start, mention end, entity id, label), and the same by token index. A name
        # inside an amount is its currency ("70 billion FCFA" where FCFA was taken for an
        # organisation), no party; one that only reaches into it ("Tarvana Finance Ar" of
        # "… and Tarvana Finance Ar 40 billion") still names its party.
        self.mentions, self.mention_at = entity_mentions(doc, self.credit)
        currencies = [m for m in self.mentions
                      if all(k in self.in_money for k in range(m[0], m[1]))]
        for mention in currencies:
            self.mentions.remove(mention)
            for k in range(mention[0], mention[1]):
                del self.mention_at[k]
        self.in_date = {i for span in doc.spans.get(DATES_KEY, [])
                        for i in range(span.start, span.end)}
        self.tagged = doc.has_annotation("TAG")
        # Every token's lower-case form, read once from the doc's array: the frame and word
        # tests read them at every token.
        strings = doc.vocab.strings
        self.lowers = [strings[lower] for lower in doc.to_array(LOWER).tolist()]
        # (start, end) of a clause -> its "according to" cues and reporting verbs, found once
        # for all the amounts in it (a clause of thousands of amounts stays linear).
        self.cues: dict[tuple[int, int], tuple[list[tuple[int, tuple[str, ...]]], list[int]]] = {}
        self.money_first = {span.start for span in money}
        self.money_last = {span.end - 1 for span in money}
        self.title = set()
        for section in doc.spans.get(SECTIONS_KEY, []):
            if section.label_ == "title":
                self.title.update(range(section.start, section.end))
        # What the text calls each entity: "regulator Aneel", "Lipa Haraka, a … company,".
        self.described: list[tuple[int, str, str]] = []  # (token, entity id, noun)
        # What the text calls a state body ("the state motorway operator X"): no company.
        self.state_bodies: set[str] = set()
        for m_start, m_end, entity, _ in self.mentions:
            # "from Portuguese club Vila Serra": a name inside a prepositional phrase is no
            # one the article goes on to call "the club"; an apposition in commas still
            # describes it ("Sales at Kinetra, Brenner's robotics unit, …" → "the unit").
            before = None if self.after_preposition(m_start) else self.noun_before(m_start)
            for noun in (before, self.apposed_noun(m_end)):
                if noun:
                    self.described.append((m_start, entity, noun))
            if before and self.state_owned(m_start - 1):
                self.state_bodies.add(entity)
        # "The city of Lakeport", "the province of Alba": the place is what the text calls a
        # city, a province.
        for m_start, _, entity, _ in self.mentions:
            if m_start >= 2 and self.lower(m_start - 1) == "of" \
                    and self.lower(m_start - 2) in stage.town_nouns | stage.region_nouns:
                self.described.append((m_start, entity, self.lower(m_start - 2)))
        # The place a dateline names ("LAKEPORT, May 2 -"): the town the article is from.
        self.dateline_place = next(
            (mention._.artex_entity_id for section in doc.spans.get(SECTIONS_KEY, [])
             if section.label_ == "dateline"
             for mention in doc.spans.get("artex_entities", [])
             if section.start <= mention.start < section.end
             and mention.label_ not in ("PERSON", "NORP")), None)
        # "AKTAU, Kazakhstan, March 3 -": the country the article is datelined in.
        self.dateline_country = next(
            (mention._.artex_entity_id for section in doc.spans.get(SECTIONS_KEY, [])
             if section.label_ == "dateline"
             for mention in doc.spans.get("artex_entities", [])
             if section.start <= mention.start < section.end
             and mention._.artex_entity_id in self.countries), None)
        # The first token of a titled list item's text -> the title's tokens ("- Farm
        # labourers: 14,420 colones a day").
        self.item_titles: dict[int, tuple[int, int]] = {}
        for section in doc.spans.get(SECTIONS_KEY, []):
            for item in (section._.artex_items or []) if section.label_ == "list" else []:
                if item["title_start"] is None:
                    continue
                title = doc.char_span(item["title_start"], item["title_end"],
                                      alignment_mode="expand")
                text = doc.char_span(item["text_start"], item["text_end"],
                                     alignment_mode="expand")
                if title is not None and text is not None:
                    self.item_titles[text.start] = (title.start, title.end)
        self.descriptors: dict[str, set[str]] = {}
        for _, entity, noun in self.described:
            self.descriptors.setdefault(entity, set()).add(noun)

    def after_preposition(self, i: int) -> bool:
        """Whether the noun phrase that ends in the name starting at token i follows a
        preposition."""
        j = i - 1
        while j >= 0 and (j in self.mention_at or self.doc[j].tag_ in (
                "JJ", "NN", "NNS", "HYPH", "VBN") or self.lower(j) in COORDINATORS):
            j = self.mention_at[j][0] - 1 if j in self.mention_at else j - 1
        while j >= 0 and self.doc[j].tag_ in ("DT", "PRP$"):
            j -= 1
        return j >= 0 and self.doc[j].tag_ == "IN" and self.doc[j].lower_ not in SUBORDINATORS

    def named_holding(self, before: int, noun: str) -> str | None:
        """The organisation named last before token ``before`` whose name holds the noun
        ("the council" → Galway City Council)."""
        for m_start, _, entity, label in reversed(self.mentions):
            if m_start < before and label not in ("GPE", "NORP", "PERSON") \
                    and self.name_holds(entity, noun):
                return entity
        return None

    def name_holds(self, entity: str, noun: str) -> bool:
        """Whether the entity's name holds the noun, or its plural ("the airline" → Skyvista
        Airlines)."""
        words = self.names.get(entity, "").lower().split()
        return noun in words or noun + "s" in words

    def credit_end(self, start: int, end: int) -> int:
        """The first token from ``start`` that is not in a dateline or byline."""
        while start < end and start in self.credit:
            start += 1
        return start

    def state_owned(self, noun: int) -> bool:
        """Whether a state modifier (``state_modifiers``) stands among the words before the
        noun at token ``noun``, after its determiner: "the state motorway operator X"."""
        i = noun - 1
        while i >= 0 and noun - i <= 3 and (self.doc[i].is_lower or self.doc[i].text == "-"):
            if self.doc[i].lower_ in self.stage.state_modifiers:
                return True
            i -= 1
        return False

    def noun_before(self, i: int) -> str | None:
        """The common noun just before a name ("power distributor Energia Paulista SA")."""
        if i < 1 or not self.tagged or i - 1 in self.mention_at or i - 1 in self.credit:
            return None
        token = self.doc[i - 1]
        if i >= 3 and self.doc[i - 2].text == "-" and token.is_alpha:
            return self.doc[i - 3:i].text.lower()  # "start-up"
        return token.lower_ if token.tag_ in ("NN", "NNS") and token.is_alpha else None

    def apposed_noun(self, i: int) -> str | None:
        """The head noun of an apposition after a name: ", a Nairobi-based payments company,",
        ", Brenner's robotics unit,"."""
        doc = self.doc
        # "the Nordic Pension Agency (NPA), the country's pension fund,": past the name's
        # abbreviation in brackets.
        if i + 1 < len(doc) and doc[i].text == ")" and doc[i + 1].text == ",":
            i += 1
        if i + 2 >= len(doc) or doc[i].text != ",":
            return None
        one_of = doc[i + 1].lower_ == "one" and doc[i + 2].lower_ == "of"
        if doc[i + 1].lower_ in ("a", "an", "its", "their", "his", "her"):
            j = i + 2
        elif one_of:
            j = i + 3  # ", one of the country's largest banks,": one bank
            if j < len(doc) and doc[j].lower_ in ("the", "its", "their"):
                j += 1
            elif j in self.mention_at and self.mention_at[j][1] < len(doc) \
                    and doc[self.mention_at[j][1]].text in POSSESSIVES:
                j = self.mention_at[j][1] + 1
        elif doc[i + 1].lower_ == "the" and i + 3 < len(doc) and doc[i + 2].tag_ == "NN" \
                and i + 2 not in self.mention_at and doc[i + 3].text in POSSESSIVES:
            j = i + 4  # ", the country's sovereign wealth fund,"
        elif i + 1 in self.mention_at and self.mention_at[i + 1][0] == i + 1 \
                and self.mention_at[i + 1][1] < len(doc) \
                and doc[self.mention_at[i + 1][1]].text in POSSESSIVES:
            j = self.mention_at[i + 1][1] + 1
        else:
            return None
        head = None
        while j < len(doc) and j - i < 12:
            if j in self.mention_at:
                j = self.mention_at[j][1]
                continue
            token = doc[j]
            if token.tag_ in ("NN", "NNS") and token.is_alpha:
                head = token.lower_
            elif token.tag_ not in ("JJ", "JJS", "VBN", "HYPH", "CD", "NNP") \
                    and token.text != "-" and not (one_of and token.tag_ == "POS"):
                break
            j += 1
        if head and one_of:
            head = singular(head) if doc[j - 1].tag_ == "NNS" else None
        return head if j < len(doc) and doc[j].text in (",", ".") else None

    def is_kind(self, mention: tuple[int, int, str, str], label: str) -> bool:
        """Whether a mention names an organisation ("ORG") or a person, trusting what the text
        calls the entity ("a payments company") over the entity label."""
        company = bool(self.descriptors.get(mention[2], set()) & self.stage.company_nouns)
        if label == "ORG":  # a company the model took for a product or a work is still one
            return mention[3] in ("ORG", "PRODUCT", "WORK_OF_ART") \
                or company and mention[3] == "PERSON"
        return mention[3] == label and not company

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

    def fillers(self, amount: Span, amounts: list[Span] = ()) -> list[Filler]:
        # "lend 9 billion tenge ($18 million)": a conversion in brackets has the roles of the
        # amount it converts (the earlier amount is no party of it).
        converted = self.converted(amount, amounts)
        if converted is not None:
            return self.fillers(converted, amounts)
        start, end = self.sentence(amount)
        if start >= end:
            return []
        # "X imported $A, followed by Y at $B": Y's amount, though the verb's window holds it.
        fillers = self.listed_fillers(amount, start, amounts, followed=True) \
            or self.frame_fillers(amount, start, end)
        if not fillers:
            fillers = self.listed_fillers(amount, start, amounts)
        if not fillers:
            fillers = self.worth_fillers(amount, start)
        if not fillers:
            fillers = self.compared_fillers(amount, start, amounts)
        if not fillers:
            fillers = self.basis_fillers(amount, start, amounts)
        if not any(f.role == "payer" for f in fillers):
            fillers += self.supplier_fillers(amount, end)
        fillers = self.without_self_payment([self.as_named(f) for f in fillers])
        # "a loan to Nicaragua": a country paid or paying is a party, not also the place.
        parties = {f.entity for f in fillers if f.entity and f.role in ("payer", "payee")}
        fillers = [f for f in fillers if f.role != "place" or f.entity not in parties]
        sources = [joint for source in self.source_fillers(amount, start, end)
                   for joint in self.joint_speakers(source, fillers, start, end)]
        if not fillers:
            fillers = self.reported_holder(amount, start, end, sources)
        return fillers + sources

    def worth_fillers(self, amount: Span, start: int) -> list[Filler]:
        """"The charters are worth $N", "The tender, worth about $N, was cancelled": what is
        worth the amount holds it, when a copula or the comma after the sentence's subject
        ties it to "worth" ("a contract worth $N" names no owner)."""
        doc = self.doc
        i = amount.start - 1
        while i > start and (doc[i].tag_ in ("RB", "RBR", "JJR")
                             or self.lower(i) in WORTH_QUALIFIERS):
            i -= 1
        if i - 1 <= start or self.lower(i) != "worth":
            return []
        if self.lower(i - 1) in self.stage.passive_auxiliaries:
            holders = self.subject_fillers("holder", i - 1, start)
        elif doc[i - 1].text == "," and self.phrase_left(i - 1, start)[0] == start:
            holders = self.phrase_fillers("holder", *self.phrase_left(i - 1, start))
        else:
            return []
        # "The fee is worth …", "the credit is worth …": the money itself holds nothing.
        return [f for f in holders if f.entity or not (
            self.lower(f.end - 1) in self.stage.money_nouns
            or self.noun_at(f.end - 1) is not None)]

    def supplier_fillers(self, amount: Span, end: int) -> list[Filler]:
        """"was built with $N from the X Trust", "bought with $N from X": the named party the
        money used came from pays it."""
        k = amount.start - 1
        while k > 0 and (self.doc[k].tag_ in ("RB", "RBR", "JJR")
                         or self.lower(k) in ("about", "around", "nearly", "up", "to")):
            k -= 1
        if k < 0 or self.lower(k) != "with":
            return []
        j = self.after_conversion(amount.end, end)
        if j >= end or self.lower(j) != "from":
            return []
        return [f for f in self.phrase_fillers("payer", *self.phrase_right(j + 1, end),
                                               allow_text=False)
                if f.entity and self.label(f) in self.stage.actor_labels]

    def joint_speakers(self, source: Filler, parties: list[Filler], start: int, end: int,
                       ) -> list[Filler]:
        """"X will pay $N to Y, both sides said", "…, the two companies said": the speakers
        are the two named parties of the amount, else the two organisations the sentence
        names; the words stay where neither names two."""
        words = [self.lower(k) for k in range(source.start, source.end)]
        if source.entity is not None or len(words) < 2 \
                or tuple(words[:-1]) not in self.stage.joint_speakers \
                or self.doc[source.end - 1].tag_ != "NNS":
            return [source]
        named = dict.fromkeys(f.entity for f in parties
                              if f.entity and f.role in ("payer", "payee"))
        if len(named) != 2:
            named = dict.fromkeys(m[2] for m in self.mentions
                                  if start <= m[0] < end and self.is_kind(m, "ORG"))
        if len(named) != 2:
            return [source]
        return [replace(source, entity=entity) for entity in named]

    def as_named(self, filler: Filler) -> Filler:
        """Proper nouns that are an entity's name where the entities found no mention
        ("Mozambique Receives $18 Million" in a headline) fill the role with that entity
        (not a common noun an entity's name happens to be: "Landlords are owed …")."""
        if filler.entity is not None or any(self.doc[k].tag_ not in ("NNP", "NNPS")
                                            for k in range(filler.start, filler.end)):
            return filler
        entity = self.named.get(self.doc[filler.start:filler.end].text.lower())
        return filler if entity is None else replace(filler, entity=entity)

    def reported_holder(self, amount: Span, start: int, end: int, sources: list[Filler],
                        ) -> list[Filler]:
        """"Revenue slipped to 9.8 billion riyals, the company said": a result before the
        amount that names no owner in its clause is the company that reports it after, when
        the text calls it "the company" or "it" (not a firm named to estimate a market's
        figure: "Venture debt reached $N, X said")."""
        named = [f for f in sources if f.entity and f.start >= amount.end
                 and self.is_organisation(f) and (
                     f.end - f.start == 1 and self.lower(f.start) == "it"
                     or f.end - f.start == 2 and self.lower(f.start) == "the"
                     and self.lower(f.start + 1) in self.stage.company_nouns)]
        if len({f.entity for f in named}) != 1:
            return []
        noun = self.noun_cue(amount, start, self.clause_end(amount, end))
        if noun is None or noun[0] >= amount.start or noun[2].possessor != "holder":
            return []
        return [replace_role(named[0], "holder")]

    def listed_fillers(self, amount: Span, start: int, amounts: list[Span],
                       followed: bool = False) -> list[Filler]:
        """A list's later party beyond the verb's window ("X pledged $A, followed by Y with
        $B and Z with $C"): the subject's role of the verb of the list's first amount."""
        listed = self.listed_subject(amount, start, followed)
        if listed is None:
            return []
        for earlier in amounts:
            if start <= earlier.start and earlier.end <= listed[0]:
                verb = self.verb_cue(earlier, start)
                if verb is not None and verb[2].subject in ("payer", "payee"):
                    return self.phrase_fillers(verb[2].subject, *listed)
        return []

    def converted(self, amount: Span, amounts: list[Span]) -> Span | None:
        """The amount just before the bracket that opens this amount's conversion, with or
        without a qualifier's words after the bracket ("(about $22)")."""
        i = next((i for i in range(amount.start - 1, max(amount.start - 5, 0), -1)
                  if self.doc[i].text == "(" and self.after_qualifier(i + 1) == amount.start),
                 0)
        if i < 1 or i - 1 not in self.money_last:
            return None
        return next((a for a in amounts if a.end == i), None)

    def after_qualifier(self, i: int) -> int:
        """The token after the qualifier's words ("about", "more than") at token i, else i."""
        return i + next((len(q) for q in self.stage.qualifier_words if self.words_at(i, q)), 0)

    def without_self_payment(self, fillers: list[Filler]) -> list[Filler]:
        """"Novapay agreed to pay the club", "X has given the group a grant": no one pays
        itself, so a payer or payee that only a reference ("the club", "it") gave the same
        entity as the other party's name is not that entity."""
        named = {(f.role, f.entity) for f in fillers
                 if f.entity and self.mention_at.get(f.start, (None,))[0] == f.start}
        other = {"payer": "payee", "payee": "payer"}
        return [f for f in fillers if not (
            f.role in other and f.entity and (other[f.role], f.entity) in named
            and (f.role, f.entity) not in named)]

    def compared_fillers(self, amount: Span, start: int, amounts: list[Span]) -> list[Filler]:
        """"… fell to $2.2 billion, down from $4.5 billion": an amount compared with an earlier
        amount of its sentence has that amount's parties."""
        i = amount.start
        while i > start and (self.doc[i - 1].tag_ == "RB" or self.lower(i - 1) in (
                "about", "around", "nearly", "roughly", "almost")) \
                and self.lower(i - 1) not in ("down", "up"):
            i -= 1
        if i > start and self.lower(i - 1) == "the":  # "ahead of the €2.35 billion expected"
            i -= 1
        marker = next((m for m in self.stage.comparison_markers
                       if i - len(m) >= start and self.words_at(i - len(m), m)), None)
        if marker is None:
            return []
        earlier = [a for a in amounts if start <= a.start and a.end <= i - len(marker)]
        if not earlier:
            return []
        return [f for f in self.frame_fillers(earlier[-1], start, self.sentence(earlier[-1])[1])
                if f.role != "source"]

    def basis_fillers(self, amount: Span, start: int, amounts: list[Span]) -> list[Filler]:
        """"X's profit rose to $A on revenue of $B": a value the earlier amount of the clause
        was made on ("on revenue of", "on sales of") has that amount's holder."""
        of = amount.start - 1
        if of - 2 < start or self.lower(of) != "of":
            return []
        noun = of - 1
        while noun > start and self.doc[noun - 1].tag_ in ("JJ", "NN") \
                and self.lower(noun) not in self.stage.possession_nouns:
            noun -= 1
        if self.lower(noun) not in self.stage.possession_nouns:
            return []
        on = noun - 1
        while on > start and self.doc[on].tag_ == "JJ":
            on -= 1
        earlier = [a for a in amounts if start <= a.start and a.end <= on]
        if self.lower(on) != "on" or not earlier:
            return []
        return [f for f in self.frame_fillers(earlier[-1], start, self.sentence(earlier[-1])[1])
                if f.role == "holder"]

    # -- words ------------------------------------------------------------------------------

    def lower(self, i: int) -> str:
        return self.lowers[i]

    def words_at(self, i: int, words: tuple[str, ...]) -> bool:
        lowers = self.lowers
        return i + len(words) <= len(lowers) and all(
            lowers[i + k] == w for k, w in enumerate(words))

    def form_at(self, i: int, frames: dict) -> tuple[tuple[str, ...], Frame] | None:
        """The longest frame form starting at token i."""
        for form in self.stage.forms_by_first_word(frames).get(self.lower(i), ()):
            if self.words_at(i, form):
                return form, frames[form]
        return None

    def is_verb(self, i: int, form: tuple[str, ...]) -> bool:
        tag = self.doc[i].tag_
        # "a guaranteed price": a participle after a determiner is an adjective.
        if tag in ("VBN", "VBG") and i > 0 and self.doc[i - 1].tag_ == "DT":
            return False
        if form in self.stage.ambiguous or not self.tagged:
            return tag.startswith("VB") or not self.tagged
        return not tag.startswith("NN") or tag == "NNS" and i > 0 and i - 1 in self.mention_at \
            or self.title_case_verb(i)

    def title_case_verb(self, i: int) -> bool:
        """"Mozambique Receives $18 Million", "Sarajevo Canton Sells KM 120 Million Bond": a
        headline's capitalised form in -s after a name is its verb in the present (the tagger
        reads it as part of the name)."""
        token = self.doc[i]
        return i in self.title and token.is_title and token.lower_.endswith("s") and i > 0 \
            and (i - 1 in self.mention_at or self.doc[i - 1].tag_ in ("NNP", "NNPS"))

    def is_say_verb(self, i: int) -> bool:
        lower = self.lowers[i]
        if lower not in self.stage.say_verbs or i in self.mention_at:
            return False
        token = self.doc[i]
        if lower in self.stage.document_say_verbs \
                and (i == 0 or self.lowers[i - 1] not in self.stage.source_nouns):
            return False
        # "X told to repay £N", "X was told to pay": an order, not a report.
        if i + 2 < len(self.doc) and self.doc[i + 1].tag_ == "TO" \
                and self.doc[i + 2].tag_ == "VB":
            return False
        # "if the money is found": a passive participle reports nothing.
        if token.tag_ == "VBN" and i > 0 \
                and self.doc[i - 1].lower_ in self.stage.passive_auxiliaries:
            return False
        if not self.tagged or token.tag_.startswith("VB"):
            return True
        # "…, analysts at Maybank estimate.": a sentence-final form after its subject.
        return i > 0 and i + 1 < len(self.doc) and self.doc[i + 1].text in (".", "!") \
            and (i - 1 in self.mention_at or self.doc[i - 1].tag_ == "NNS")

    def phrase_token(self, i: int) -> bool:
        token = self.doc[i]
        if i in self.in_money:
            return False  # "pays farmers GH¢3,850, up from GH¢3,228": an amount ends a phrase
        if i in self.mention_at:
            return True
        if token.text in ("(", ")"):
            # "(ADB)", "(K-SURE)": a name's short form in brackets.
            inner = i + 1 if token.text == "(" else i - 1
            return inner in self.mention_at or 0 <= inner < len(self.doc) \
                and self.doc[inner].text.isupper() and self.doc[inner].tag_ == "NNP"
        if not self.tagged:
            return token.is_alpha
        # "charges shipping lines $185", "existing investors": a gerund modifying a noun.
        if token.tag_ == "VBG" and i + 1 < len(self.doc) and i + 1 not in self.mention_at \
                and self.doc[i + 1].tag_ in ("NN", "NNS"):
            return True
        return token.tag_ in PHRASE_TAGS or token.text in POSSESSIVES or token.text == "-"

    # -- noun phrases -----------------------------------------------------------------------

    def phrase_left(self, end: int, low: int) -> tuple[int, int]:
        """The noun phrase that ends just before token ``end`` (coordinations included)."""
        start = end
        if end - 1 >= low and self.doc[end - 1].tag_ == "PRP":
            return end - 1, end
        # A name counts as one word ("Korea Trade Insurance Corporation (K-SURE) and the Japan
        # Bank for International Cooperation (JBIC) are in talks …").
        words = 0
        coordinated = False
        while start > low and words < self.stage.phrase_words:
            i = start - 1
            words += 1
            if i in self.mention_at:
                start = self.mention_at[i][0]
                continue
            if self.lower(i) in COORDINATORS and start < end and i > low \
                    and self.phrase_token(i - 1):
                start = i
                coordinated = True
                continue
            # "The European Bank for Reconstruction and Development, the African Development
            # Bank and British International Investment": a list's comma between names.
            if self.doc[i].text == "," and coordinated and i - 1 > low \
                    and i - 1 in self.mention_at and (start in self.mention_at
                                                      or self.doc[start].tag_ == "DT"):
                start = i
                continue
            # "two people familiar with the matter": the people, not the matter.
            if i - 2 >= low and self.lower(i) == "with" and self.lower(i - 1) in FAMILIAR \
                    and self.doc[i - 2].tag_ in ("NN", "NNS"):
                start = i - 1
                continue
            # "Kenyans (living) abroad": an adverb of where a group lives ends its phrase.
            if start == end and self.lower(i) in self.stage.place_adverbs and i - 1 >= low:
                k, first = i - 1, i
                if self.doc[k].tag_ == "VBG" and k - 1 >= low:
                    k, first = k - 1, k
                if k in self.mention_at or self.doc[k].tag_ in ("NNS", "NNPS"):
                    start = first
                    continue
            # A headline's comma joins names: "Ottawa, Quebec pledge C$310 million".
            if self.doc[i].text == "," and i in self.title and start in self.mention_at \
                    and i - 1 in self.mention_at and i > low:
                start = i
                continue
            # "Farmers in Saskatchewan": a place after a preposition qualifies the noun before.
            if self.lower(i) in QUALIFYING_PREPOSITIONS and start in self.mention_at \
                    and self.mention_at[start][3] in self.stage.place_labels \
                    and i - 1 >= low and (i - 1 in self.mention_at
                                          or self.doc[i - 1].tag_ in ("NN", "NNS")):
                start = i
                continue
            # "a monthly pass": a date's adjective before the head is part of the phrase.
            if not self.phrase_token(i) or self.doc[i].tag_ == "VBN" and start == end \
                    or i in self.in_date and (start == end or self.doc[i].tag_ != "JJ"):
                break
            start = i
            # A determiner opens its phrase: "told analysts the company had …".
            if self.doc[i].tag_ == "DT" and not (i > low and self.lower(i - 1) in COORDINATORS) \
                    and not (coordinated and i - 2 > low and self.doc[i - 1].text == ","
                             and i - 2 in self.mention_at):
                break
        return max(start, low), end

    def phrase_right(self, start: int, high: int) -> tuple[int, int]:
        """The noun phrase that starts at token ``start``."""
        end, headed = start, False
        if start < high and self.doc[start].tag_ == "PRP":
            return start, start + 1
        # "to about 9,000 policyholders": an approximation opens the phrase of its number.
        if start + 1 < high and self.doc[start].tag_ == "RB" \
                and self.doc[start + 1].tag_ == "CD" and start + 1 not in self.in_money:
            end += 1
        # "to each of its 2,500 employees": the group each member of which is paid.
        if start + 2 < high and self.lower(start) in self.stage.distributives \
                and self.lower(start + 1) == "of":
            end += 2
        # "from more than 9,000 donors": so do words of approximation.
        for words in self.stage.approximations:
            number = start + len(words)
            if number < high and self.words_at(start, words) \
                    and self.doc[number].tag_ == "CD" and number not in self.in_money:
                end = number
                break
        while end < high and end - start < self.stage.phrase_words:
            token = self.doc[end]
            if end in self.mention_at:
                # A nationality ("Danish cold-storage operator …") modifies; a name heads.
                label = self.mention_at[end][3]
                headed = headed or label in self.stage.actor_labels | self.stage.place_labels
                end = self.mention_at[end][1]
                continue
            lower = token.lower_
            if end > start and (lower in self.stage.place_adverbs or token.tag_ == "VBG"
                                and end + 1 < high
                                and self.lower(end + 1) in self.stage.place_adverbs) \
                    and self.doc[end - 1].tag_ in ("NNS", "NNPS"):
                end += 1 if lower in self.stage.place_adverbs else 2  # "Kenyans abroad"
                break
            if headed and lower in FAMILIAR and end + 2 < high and self.lower(end + 1) == "with":
                end += 2  # "two people familiar with the deal"
                headed = False
                continue
            if lower in COORDINATORS or lower == "of":
                if headed and end + 1 < high and self.phrase_token(end + 1):
                    end += 1
                    headed = False
                    continue
                break
            # "state-owned Saigon Hi-Tech Park": a compound modifier goes on.
            if token.tag_ in ("VBN", "VBG", "JJ") and end > start and self.doc[end - 1].text == "-":
                end, headed = end + 1, False
                continue
            if not self.phrase_token(end) or end in self.in_date \
                    or headed and token.tag_ not in NOUN_TAGS | {"POS", "HYPH"} \
                    and token.text not in POSSESSIVES and token.text not in "()":
                break
            # "the watchdog's annual report": a possessive opens the phrase of its head.
            headed = (headed or token.tag_ in NOUN_TAGS) and token.text not in POSSESSIVES
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
        members = self.member_fillers(role, start, end)
        if members:
            return members
        found = []
        for part_start, part_end in self.conjuncts(start, end):
            found += self.conjunct_fillers(role, part_start, part_end, allow_text)
        return found

    def member_fillers(self, role: str, start: int, end: int) -> list[Filler]:
        """The named members of "a consortium of X and Y", "a joint venture of X and Y": the
        group is no name of its own, so its members are the parties."""
        opener = start + (start < end and self.doc[start].tag_ == "DT")
        member = next((n for n in self.stage.member_nouns if self.words_at(opener, n)), None)
        if member is None or opener + len(member) >= end - 1 \
                or self.lower(opener + len(member)) != "of":
            return []
        members = [f for part in self.conjuncts(opener + len(member) + 1, end)
                   for f in self.conjunct_fillers(role, *part, allow_text=False)]
        return members if members and all(f.entity for f in members) else []

    def conjunct_fillers(self, role: str, start: int, end: int, allow_text: bool,
                         ) -> list[Filler]:
        doc = self.doc
        # "- Afya Wings won …": a list item's dash is no part of the name.
        while start < end - 1 and doc[start].text in LIST_MARKS:
            start += 1
        # "Asian Development Bank (ADB)": the acronym in brackets repeats the name before it.
        if end - start > 3 and doc[end - 1].text == ")" and end - 2 in self.mention_at \
                and doc[self.mention_at[end - 2][0] - 1].text == "(":
            end = self.mention_at[end - 2][0] - 1
        elif end - start > 3 and doc[end - 1].text == ")":
            # "Korea Trade Insurance Corporation (K-SURE)": a short form no name was found for.
            bracket = next((k for k in range(end - 2, max(start, end - 6), -1)
                            if doc[k].text == "("), None)
            if bracket is not None and bracket > start and all(
                    doc[k].text.isupper() or doc[k].tag_ == "HYPH"
                    for k in range(bracket + 1, end - 1)):
                end = bracket
        head = end - 1
        while head > start and (doc[head].text in POSSESSIVES or doc[head].text in "()"):
            head -= 1
        if head > start and self.lower(head) in self.stage.place_adverbs:
            head -= 1  # "Kenyans living abroad": the group is the head
            if head > start and doc[head].tag_ == "VBG":
                head -= 1
        # "the family of the late collector Harold Brennan", "Farmers in Saskatchewan": the
        # head comes before the preposition.
        k = start + 1
        while k < head:
            if k in self.mention_at:
                k = self.mention_at[k][1]
                continue
            if (self.lower(k) in QUALIFYING_PREPOSITIONS or self.lower(k) in FAMILIAR) \
                    and doc[k - 1].tag_ in ("NN", "NNS", "NNP", "NNPS"):
                # "The city of Porto", "the state of Ohio": the place is the party.
                if self.lower(k) == "of" and self.lower(k - 1) in self.stage.place_heads \
                        and k + 1 in self.mention_at and self.mention_at[k + 1][1] == end \
                        and self.mention_at[k + 1][3] == "GPE":
                    return [Filler(role, *self.mention_at[k + 1][:3])]
                head = k - 1
                break
            k += 1
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
            if label in labels:
                return [Filler(role, m_start, m_end, entity)]
            # "Landlords are owed …", "Americans spent …": a group named by a plural noun is
            # words, not the nationality the model took it for.
            if label == "NORP" and allow_text and role != "place" \
                    and doc[head].tag_ in ("NNS", "NNPS") and doc[head].lower_.endswith("s"):
                return [Filler(role, start, end, None)]
            return []
        if head == start and lower in THING_PRONOUNS | PERSON_PRONOUNS:
            entity = self.reporter(start, lower in PERSON_PRONOUNS) \
                or self.antecedent(start, "PERSON" if lower in PERSON_PRONOUNS else "ORG",
                                   speaker=role == "source")
            return [Filler(role, start, end, entity)] if entity else []
        inner = [self.mention_at[i] for i in range(start, head) if i in self.mention_at]
        if role == "holder" and lower in self.stage.possession_nouns:
            owners = [m for m in inner if m[3] in labels]
            if not owners and doc[start].lower_ in ("its", "his", "her"):  # "Its endowment"
                entity = self.antecedent(start, "ORG" if doc[start].lower_ == "its" else
                                         "PERSON")
                return [Filler(role, start, end, entity)] if entity else []
            return [Filler(role, m[0], m[1], m[2]) for m in owners[-1:]]
        if role == "source" and lower in self.stage.source_nouns:
            named = [m for m in inner if m[3] in labels]  # "National Audit Office figures"
            if named:
                return [Filler(role, m[0], m[1], m[2]) for m in named[-1:]]
        if lower in self.stage.money_nouns and role in ("payer", "payee"):
            return []  # "pay the money", "a dividend": the amount, not a party
        # "its intention to invest", "was in talks" (but "according to the merger agreement"
        # states the figure: the agreement itself is the source).
        if lower in self.stage.intention_nouns and role != "source":
            low = doc[head].sent.start if doc.has_annotation("SENT_START") else start
            return self.possessor_fillers(role, head, max(low, self.credit_end(low, head)))
        if lower in self.stage.government_nouns:
            countries = [m for m in inner if m[3] == "GPE"]
            # "the government of Oman": the country after "of".
            if head + 2 < len(doc) and self.lower(head + 1) == "of" and head + 2 in \
                    self.mention_at and self.mention_at[head + 2][3] == "GPE":
                countries.append(self.mention_at[head + 2])
            if countries:
                return [Filler(role, *countries[-1][:3])]
        if (lower in self.stage.company_nouns or lower in self.stage.institution_nouns) \
                and role == "source" and start in self.title and not inner:
            # "…, central bank says" in a headline: the body names the source ("the Central
            # Bank of Kenya said …").
            entity = self.named_ahead(start + (doc[start].lower_ == "the"), end)
            if entity:
                return [Filler(role, start, end, entity)]
        if role == "source" and head == start + 1 and doc[start].lower_ == "the" \
                and doc[head].tag_ == "NN" and end < len(doc) and self.is_say_verb(end):
            # "The Asian Development Bank has committed …, the lender said", "Ontario will
            # lend …, the province said": a description speaking after its clause, which the
            # text has not used for a name, is the clause's subject.
            kinds = self.stage.company_nouns | self.stage.institution_nouns
            label = "ORG" if lower in kinds else "GPE" if lower in self.stage.place_heads \
                else None
            entity = label and (self.named_holding(start, lower)
                                or self.described_as(start, lower)
                                or self.speaker_company(start)
                                or self.sentence_party(start, label))
            if entity:
                return [Filler(role, start, end, entity)]
        # "The combined bank", "the merged group's costs": what a merger makes is none of the
        # companies named, only words.
        if lower in self.stage.company_nouns and doc[start].lower_ == "the" \
                and head > start + 1 and self.lower(start + 1) in self.stage.merged_words:
            return [Filler(role, start, end, None)] if allow_text and role != "place" else []
        # "the IG Metall union", "the Acme group": the name that the noun describes.
        if (lower in self.stage.company_nouns or lower in self.stage.institution_nouns) \
                and doc[start].lower_ == "the" and role != "place" and head - 1 in self.mention_at \
                and self.mention_at[head - 1][1] == head \
                and self.mention_at[head - 1][3] in ("ORG", "PERSON"):
            return [Filler(role, *self.mention_at[head - 1][:3])]
        if lower in self.stage.company_nouns and doc[start].lower_ == "the" and role != "place" \
                and head - 1 > start and doc[head - 1].is_lower \
                and doc[head - 1].tag_ in ("NN", "VBG"):
            # "owned by Emirates Harbour Holding ... The holding company's stake": a noun before
            # the head that an organisation's name holds names it, whichever the text names
            # most.
            entity = self.named_holding(start, doc[head - 1].lower_)
            if entity:
                return [Filler(role, start, end, entity)]
        if lower in self.stage.company_nouns and doc[start].lower_ == "the" and role != "place":
            return [Filler(role, start, end, entity)
                    for entity in self.companies(start, lower, plural=doc[head].tag_ == "NNS",
                                                 speaker=role == "source")]
        if doc[start].lower_ == "the" and head == start + 1 and role != "place":
            entity = self.named_by_noun(start, lower)
            if entity:
                return [Filler(role, start, end, entity)]
        if lower in self.stage.institution_nouns and doc[start].lower_ == "the" \
                and role != "place":
            # "the council" → Galway City Council, "the ministry" of no named ministry stays
            # words.
            entity = self.named_holding(start, lower) or self.described_as(start, lower)
            if entity:
                return [Filler(role, start, end, entity)]
        if doc[start].lower_ == "the" and role != "place" and head - start <= 2:
            entity = self.described_as(start, lower)  # "regulator Aneel" … "the regulator"
            if entity:
                return [Filler(role, start, end, entity)]
        # "Vale's mines", "Quebec's economy ministry", "the regulator's website": the owner.
        mark = next((i for i in range(head - 1, start, -1) if doc[i].text in POSSESSIVES), None)
        # "The government, the country's largest employer,": a party the country has is no
        # name of the country.
        if mark is not None and doc[start].lower_ == "the" \
                and self.lower(mark - 1) in self.stage.country_nouns:
            mark = None
        if mark is not None and (role in ("payer", "payee")
                                 or role == "source" and lower in self.stage.source_nouns):
            owners = [f for f in self.conjunct_fillers(role, start, mark, allow_text=False)
                      if f.entity]
            # "Jamaica's sprinters", "Kenya's farmers": a country's people are a group, no
            # country.
            if owners and allow_text and role in ("payer", "payee") \
                    and doc[head].tag_ == "NNS" and head == mark + 1 \
                    and all(self.label(f) == "GPE" for f in owners):
                return [Filler(role, start, end, None)]
            if owners:
                return owners
        if lower in self.stage.work_nouns and doc[start].lower_ in ("the", "its", "their") \
                and role != "place" and allow_text:
            entity = self.last_work(start)  # "The thriller" → the film named before
            if entity:
                return [Filler(role, start, end, entity)]
        if self.tagged and all(doc[k].tag_ in NOUN_TAGS and doc[k].text[:1].isupper()
                               for k in range(start, end)):
            # "Citizens has $9.2 billion": the first words of a name the text gave before.
            entity = self.named_by_prefix(doc[start:end].text, start)
            if entity:
                return [Filler(role, start, end, entity)]
        if allow_text and role != "place" and (doc[head].tag_ in NOUN_TAGS or not self.tagged):
            return [Filler(role, start, end, None)]
        return []

    def named_ahead(self, start: int, end: int) -> str | None:
        """The organisation named first after token ``end`` whose name holds the words from
        ``start`` in a row ("central bank" → Central Bank of Kenya)."""
        words = [self.lower(k) for k in range(start, end)]
        size = len(words)
        for m_start, _, entity, label in self.mentions:
            if m_start >= end and label == "ORG":
                name = self.names.get(entity, "").lower().split()
                if any(name[k:k + size] == words for k in range(len(name) - size + 1)):
                    return entity
        return None

    def last_work(self, before: int) -> str | None:
        """The film, book or product named last before token ``before``."""
        for m_start, _, entity, label in reversed(self.mentions):
            if m_start < before and label in WORK_LABELS:
                return entity
        return None

    def is_work(self, filler: Filler) -> bool:
        """Whether a filler is a thing (a film, a product), which holds what it takes in."""
        if filler.entity:
            mention = self.mention_at.get(filler.start)
            return mention is not None and mention[3] in WORK_LABELS \
                and not self.descriptors.get(filler.entity, set()) & self.stage.company_nouns
        return self.lower(filler.end - 1) in self.stage.work_nouns

    def named_by_prefix(self, text: str, before: int) -> str | None:
        """The one organisation or person named before token ``before`` whose name starts
        with these words."""
        words = text.lower().split()
        found = {entity for m_start, _, entity, label in self.mentions
                 if m_start < before and label in ("ORG", "PERSON")
                 and self.names.get(entity, "").lower().split()[:len(words)] == words}
        return found.pop() if len(found) == 1 else None

    # -- reference ----------------------------------------------------------------------------

    def antecedent(self, before: int, label: str, speaker: bool = False) -> str | None:
        """The entity of the nearest earlier mention of the kind, preferring one that is no
        object of a preposition ("raised … from GIC and others. Its revenue" is not GIC's); a
        speaker ("she said") may be the person named last in the paragraph before."""
        fallback = None
        sentence = self.doc[before].sent.start if self.doc.has_annotation("SENT_START") else 0
        opener = self.credit_end(sentence, before)
        pronouns = PERSON_PRONOUNS if label == "PERSON" else THING_PRONOUNS
        if opener < before and self.lower(opener) in pronouns and not any(
                opener < m[0] < before and self.is_kind(m, label) for m in self.mentions):
            # "It cut its investment budget …": the possessive is the opening pronoun's.
            return self.antecedent(opener, label)
        paragraph = self.paragraph_start(before)
        previous = None
        for mention in reversed(self.mentions):
            if mention[0] >= before or not self.is_kind(mention, label):
                continue
            if mention[0] < paragraph:  # a pronoun refers within its paragraph
                # "…, Chief Financial Officer Layla Mansour told reporters. ¶ The company will
                # pay …, she said.": a person named last in the paragraph before.
                if speaker and label == "PERSON" and paragraph > 0 \
                        and mention[0] >= self.paragraph_start(paragraph - 1):
                    previous = mention[2]
                break
            if self.after_preposition(mention[0]):
                # "from Tiger Global and Sequoia Capital …, and its revenue": an object of a
                # preposition is the antecedent only when nothing else is, in an earlier sentence.
                if mention[0] < sentence:
                    fallback = fallback or mention[2]
                continue
            return mention[2]
        if previous and not fallback:
            return previous
        if fallback and label == "ORG":
            # "The trust, which …, will receive £35m from NHS England. It spent …": a sentence
            # opened by a description of a named organisation comes before the object.
            return self.described_subject(paragraph, before) or fallback
        if fallback or before != sentence:
            return fallback
        return self.main_entity(before, label)

    def reporter(self, i: int, person: bool) -> str | None:
        """"Japan said it would provide …", "X told analysts that he expected …": the pronoun
        after a reporting verb (and "that") is the named speaker, of any kind that acts."""
        j = i - 1
        if j > 0 and self.lower(j) == "that":
            j -= 1
        if j < 1 or not self.is_say_verb(j):
            return None
        if j - 1 not in self.mention_at:
            return None if person else self.speaker_owner(j)
        mention = self.mention_at[j - 1]
        if (mention[3] == "PERSON") != person or mention[3] not in self.stage.actor_labels:
            return None
        return mention[2]

    def speaker_owner(self, say: int) -> str | None:
        """"the city's finance department estimates it will pay …", "Kestrel's chief executive
        said it would …": "it" after what an owner's department or officer says is the owner
        (a name, or "the city" / "the company" resolved)."""
        k = say - 1
        while k > 0 and k not in self.mention_at and self.doc[k].tag_ in ("NN", "NNS", "JJ"):
            k -= 1
        if k == say - 1 or self.doc[k].text not in POSSESSIVES or k < 1:
            return None
        if k - 1 in self.mention_at:
            owner = self.mention_at[k - 1]
            return owner[2] if owner[3] in self.stage.actor_labels else None
        if k < 2 or self.lower(k - 2) != "the":
            return None
        noun = self.lower(k - 1)
        if noun in self.stage.company_nouns:
            return next(iter(self.companies(k - 2, noun, plural=False)), None)
        return self.named_by_noun(k - 2, noun)

    def described_subject(self, low: int, before: int) -> str | None:
        """The organisation that the last sentence between ``low`` and ``before`` opened by
        "The <company or institution noun>" refers to."""
        if not self.doc.has_annotation("SENT_START"):
            return None
        nouns = self.stage.company_nouns | self.stage.institution_nouns
        sentence = self.doc[before].sent
        while sentence.start > low:
            sentence = self.doc[sentence.start - 1].sent
            i = self.credit_end(sentence.start, sentence.end)
            if i + 2 < sentence.end and self.lower(i) == "the" and self.lower(i + 1) in nouns \
                    and (self.doc[i + 2].text == "," or self.doc[i + 2].tag_ in FINITE_TAGS):
                found = [f for f in self.conjunct_fillers("payer", i, i + 2, allow_text=False)
                         if f.entity]
                if found:
                    return found[0].entity
        return None

    def main_entity(self, before: int, label: str) -> str | None:
        """The entity of the kind named most often before token ``before`` (at least twice,
        and twice as often as any other): what "Its"/"Her" opening a
        sentence of a paragraph that names no one of its kind refers to, the organisation or
        person the article is about."""
        counts: Counter = Counter()
        first: dict[str, int] = {}
        for mention in self.mentions:
            if mention[0] >= before:
                break
            if self.is_kind(mention, label):
                counts[mention[2]] += 1
                first.setdefault(mention[2], mention[0])
        ranked = sorted(counts, key=lambda e: (-counts[e], first[e]))
        if not ranked or counts[ranked[0]] < 2 \
                or len(ranked) > 1 and counts[ranked[1]] * 2 > counts[ranked[0]]:
            return None
        return ranked[0]

    def paragraph_start(self, i: int) -> int:
        """The first token of the body paragraph (section) that holds token i, or 0."""
        start = 0
        for section in self.doc.spans.get(SECTIONS_KEY, []):
            if section.start <= i < section.end and section.label_ == "body":
                start = section.start
        return start

    def sentence_party(self, before: int, label: str) -> str | None:
        """The first entity of the kind named in the sentence before token ``before`` that is
        no object of a preposition: the subject of the clause that "…, the agency said"
        reports."""
        if not self.doc.has_annotation("SENT_START"):
            return None
        low = self.doc[before].sent.start
        found = [m for m in self.mentions if low <= m[0] < before
                 and (m[3] == label if label != "ORG" else self.is_kind(m, "ORG"))]
        subjects = [m for m in found if not self.after_preposition(m[0])]
        return subjects[0][2] if subjects else None

    def named_town(self, before: int, noun: str, dateline: bool = True) -> str | None:
        """What "the city" ("the town", "the municipality") refers to: the place named last
        before token ``before`` whose name the noun opens or closes ("Municipality of Brava",
        "Lakeport City"), else the one the text called so ("the city of Lakeport",
        "Lakeport, a port city,"), else the town of the dateline (with ``dateline``: a
        dateline names a town, no province); never a council or company whose name holds the
        noun."""
        for m_start, _, entity, label in reversed(self.mentions):
            if m_start >= before or label in ("PERSON", "NORP"):
                continue
            words = self.names.get(entity, "").lower().split()
            if words[:2] == [noun, "of"] or label == "GPE" and len(words) > 1 \
                    and words[-1] == noun:
                return entity
        return self.described_as(before, noun) or (self.dateline_place if dateline else None)

    def named_by_noun(self, before: int, noun: str) -> str | None:
        """What "the <noun>" refers to where the noun names a kind of place or event: "the
        city" the city named before, "the canton" Tuzla Canton, "the race" the race named
        before, "the country's debt" the country."""
        stage = self.stage
        if noun in stage.town_nouns or noun in stage.region_nouns:
            return self.named_town(before, noun, dateline=noun in stage.town_nouns)
        if noun in stage.event_nouns:
            return self.named_event(before)
        if noun in stage.country_nouns:
            return self.named_country(before)
        return None

    def named_event(self, before: int) -> str | None:
        """What "the event" ("the race", "the festival") refers to: the event named last before
        token ``before``."""
        return next((entity for m_start, _, entity, label in reversed(self.mentions)
                     if m_start < before and label == "EVENT"), None)

    def named_country(self, before: int) -> str | None:
        """What "the country" refers to: the country of the dateline, else the country named
        most often (at least twice) before token ``before``, the last named of those named as
        often; not merely the last one named ("imports from Tanzania and South Africa. The
        country's debt …"), nor a country named once in passing."""
        if self.dateline_country:
            return self.dateline_country
        counts: Counter = Counter()
        last: dict[str, int] = {}
        for m_start, _, entity, _ in self.mentions:
            if m_start >= before:
                break
            if entity in self.countries:
                counts[entity] += 1
                last[entity] = m_start
        best = max(counts, key=lambda e: (counts[e], last[e]), default=None)
        return best if best and counts[best] >= 2 else None

    def described_as(self, before: int, noun: str) -> str | None:
        """The entity that the text last called by the noun ("regulator Aneel" → "the
        regulator")."""
        for i, entity, described in reversed(self.described):
            if i < before and described == noun:
                return entity
        return None

    def is_public_body(self, entity: str) -> bool:
        """Whether the text calls the organisation a public body ("regulator X") or its name
        holds one ("Ministry of Transport", "Central Environmental Authority"), and never a
        company."""
        stage = self.stage
        descriptors = self.descriptors.get(entity, set())
        if entity in self.state_bodies:
            return True
        if descriptors & stage.company_nouns:
            return False
        return bool(descriptors & stage.public_body_nouns) \
            or any(self.name_holds(entity, noun) for noun in stage.public_body_nouns)

    def speaker_company(self, before: int) -> str | None:
        """"NordFrost Chief Executive Mikko Lahtinen said the group would …": the speaker's
        organisation is the company of the reported clause."""
        doc = self.doc
        low = doc[before].sent.start if doc.has_annotation("SENT_START") else 0
        say = next((i for i in range(before - 1, low - 1, -1) if self.is_say_verb(i)), None)
        if say is None or say - 1 not in self.mention_at:
            return None
        speaker = self.mention_at[say - 1]
        if speaker[3] != "PERSON":
            return None
        i = speaker[0] - 1
        while i >= low and i not in self.mention_at and (
                doc[i].tag_ in ("NNP", "NN", "NNPS") or doc[i].text in POSSESSIVES):
            i -= 1
        if i < low or i not in self.mention_at or i == speaker[0] - 1:
            return None
        owner = self.mention_at[i]
        return owner[2] if self.is_kind(owner, "ORG") else None

    def companies(self, before: int, noun: str, plural: bool,
                  speaker: bool = False) -> list[str]:
        """What "the company" (the companies) refers to: the organisations named in the
        sentence for a plural, else the organisation named most often so far (ties: the one
        named first), preferring one whose name holds the noun ("the bank" -> "… Bank")."""
        earlier = [m for m in self.mentions if m[0] < before and self.is_kind(m, "ORG")]
        if not earlier:
            return []
        # "The company reported revenue …": a company, not the tax authority or the ministry
        # the article names as often, unless it names no other organisation.
        earlier = [m for m in earlier if not self.is_public_body(m[2])] or earlier
        if not plural:
            named = self.named_holding(before, noun) or self.speaker_company(before) \
                or self.described_as(before, noun)
            if named:
                return [named]
        if plural:
            sentence_start = self.doc[before].sent.start \
                if self.doc.has_annotation("SENT_START") else 0
            named = list(dict.fromkeys(m[2] for m in earlier if m[0] >= sentence_start))
            return named if len(named) > 1 else []
        holding = [m[2] for m in earlier if self.name_holds(m[2], noun)]
        if holding:
            return [holding[-1]]
        # "X has agreed to buy Y from Z for $N, the company said": the speaker is the
        # organisation that opens the sentence, its subject, not one named after it as an
        # object.
        if speaker and self.doc.has_annotation("SENT_START"):
            sentence_start = self.doc[before].sent.start
            inside = [m for m in earlier if m[0] >= sentence_start]
            if inside and not self.after_preposition(inside[0][0]):
                return [inside[0][2]]
        # "Shares of Universal Insurance Holdings fell … The Fort Lauderdale-based insurer
        # bought …": the one organisation the sentence before names.
        if self.doc.has_annotation("SENT_START"):
            sentence = self.doc[before].sent
            if sentence.start > self.paragraph_start(before):
                previous = self.doc[sentence.start - 1].sent
                # "EVN paid the company … The company reported …": the same words name the
                # same company as in the sentence before, not that sentence's other name.
                again = next((k for k in range(previous.start, previous.end - 1)
                              if self.lower(k) == "the" and self.lower(k + 1) == noun), None)
                if again is not None:
                    return self.companies(again, noun, plural=False)
                named = {m[2] for m in earlier if previous.start <= m[0] < previous.end}
                if len(named) == 1:
                    return [named.pop()]
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
            if found and (self.is_verb(i, found[0]) or self.headline_verb(i, found[0])
                          or found[0] in self.stage.ambiguous and self.after_relative_clause(i)
                          or self.agreeing_verb(i, found[0], amount)
                          or self.valuing_verb(i, found[0], amount)):
                if found[1].borne_nouns and self.borne(i + len(found[0]), amount,
                                                       found[1].borne_nouns):
                    return None
                return i, found[0], found[1]
            # "charges merchants a fee and processed payments worth …", "…, and its revenue has
            # reached …": another verb's amount.
            if self.doc[i].tag_ in FINITE_TAGS | {"VBN"} and i > low and (
                    self.lower(i - 1) in COORDINATORS
                    or self.lower(i - 1) in self.stage.auxiliaries
                    and self.doc[i - 1].tag_ != "TO"):
                return None
            # "will pay X $A a year and cap a fare at $B": a base form after "and" is a verb
            # coordinated under the same auxiliary, with its own amount.
            if self.doc[i].tag_ == "VB" and i > low and self.lower(i - 1) in COORDINATORS:
                return None
            # "will pay 10% of the fee, or €1.8 million, to X": the amount restates what the
            # verb governs.
            if self.lower(i) in COORDINATORS and i > low and self.doc[i - 1].text == "," \
                    and not (self.lower(i) == "or" and i == amount.start - 1):
                # "will provide $A as a credit, and the government $B": a gapped clause
                # shares the verb.
                if i + 1 < amount.start and self.ends_gap(i, low) and all(
                        k in self.mention_at or self.phrase_token(k)
                        for k in range(i + 1, amount.start)):
                    continue
                return None
        return None

    def borne(self, after_verb: int, amount: Span, nouns: tuple[str, ...]) -> bool:
        """Whether one of ``nouns`` stands between the verb and the amount or within the three
        words after it ("share the $N cost", "split $N in costs")."""
        high = min(len(self.doc), amount.end + 3)
        return any(self.lower(k) in nouns
                   for k in (*range(after_verb, amount.start), *range(amount.end, high)))

    def after_relative_clause(self, i: int) -> bool:
        """"The strike, which lasted eight days, cost shipping lines …": a form after the comma
        that closes a relative clause in commas is the main verb."""
        doc = self.doc
        if i < 3 or doc[i - 1].text != ",":
            return False
        low = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
        return any(self.lower(k) in self.stage.relative_clause_openers
                   and doc[k - 1].text == "," for k in range(max(low + 1, i - 15), i - 1))

    def agreeing_verb(self, i: int, form: tuple[str, ...], amount: Span) -> bool:
        """"a monthly pass costs $60": a form in -s that is also a noun, after a singular noun
        and just before the amount, is the verb of that noun (the tagger reads "pass costs" as
        one plural noun)."""
        doc = self.doc
        return form in self.stage.ambiguous and len(form) == 1 and doc[i].tag_ == "NNS" \
            and doc[i].lower_.endswith("s") and i > 0 and doc[i - 1].tag_ == "NN" \
            and i - 1 not in self.mention_at \
            and all(doc[k].tag_ == "RB" for k in range(i + 1, amount.start))

    def valuing_verb(self, i: int, form: tuple[str, ...], amount: Span) -> bool:
        """"The round values Alpenmed at CHF 610 million": a verb's form in -s read as a
        plural noun, followed by a name and "at" just before the amount, is the verb whose
        object the name is (the tagger reads "round values" as one plural noun)."""
        doc = self.doc
        after = i + len(form)
        if not (len(form) == 1 and doc[i].tag_ == "NNS"
                and doc[i].lower_.endswith("s") and after in self.mention_at
                and self.mention_at[after][0] == after):
            return False
        at = self.mention_at[after][1]
        return at < amount.start and self.lower(at) == "at" \
            and self.after_qualifier(at + 1) == amount.start

    def headline_verb(self, i: int, form: tuple[str, ...]) -> bool:
        """"EU fines Dutch chipmaker Veldhoven Optics €95 million", "X charges shipping lines
        $185": a form that is also a noun, between a name and a noun phrase, is the verb (the
        tagger reads headlines and such clauses badly)."""
        return form in self.stage.ambiguous and i - 1 in self.mention_at \
            and self.mention_at[i - 1][3] in self.stage.actor_labels \
            and i + len(form) < len(self.doc) and self.doc[i + len(form)].tag_ in (
                "JJ", "NNP", "NN", "NNS", "VBG", "DT") \
            and (i - 2 < 0 or self.doc[i - 2].text not in POSSESSIVES)

    def noun_cue(self, amount: Span, start: int, end: int,
                 ) -> tuple[int, tuple[str, ...], Frame] | None:
        low = max(start, amount.start - self.stage.noun_window)
        # "Sales at Kinetra, Brenner's robotics unit, jumped …": an apposition in commas after
        # a name does not count in the window.
        commas = [k for k in range(low, amount.start) if self.doc[k].text == ","]
        if len(commas) >= 2 and commas[0] - 1 in self.mention_at:
            low = max(start, low - (commas[1] - commas[0] + 1))
        for i in range(amount.start - 1, low - 1, -1):
            if self.is_say_verb(i):
                break
            found = self.noun_at(i)
            if found:
                return i, *found
        if self.is_price(amount, start):
            # "completed the signing of X from Y for a club-record £48 million": a price's
            # noun may stand further back, within its clause (no verb between).
            for i in range(low - 1, max(start, amount.start - self.stage.verb_window) - 1, -1):
                if self.doc[i].tag_.startswith("VB") or self.doc[i].text in (",", ";"):
                    break
                found = self.noun_at(i)
                if found:
                    return i, *found
        return self.noun_after(amount, end)

    def is_price(self, amount: Span, start: int) -> bool:
        """Whether "for" comes before the amount and its modifiers ("for a club-record $N")."""
        i = amount.start - 1
        while i > start and (self.doc[i].tag_ in ("DT", "JJ", "NN", "HYPH", "RB")
                             and i not in self.mention_at):
            i -= 1
        return i >= start and self.lower(i) == "for"

    def noun_after(self, amount: Span, end: int) -> tuple[int, tuple[str, ...], Frame] | None:
        after = self.after_conversion(amount.end, end)
        high = after + self.stage.noun_after_window
        if after < end and self.lower(after) == "of":
            # "$600 million of Puna Litio's net debt": the possessor's name may come between.
            high = self.phrase_right(after + 1, end)[1] + 1
        high = min(end, high)
        for i in range(after, high):
            if self.doc[i].text in (",", ";"):
                break
            found = self.noun_at(i)
            if found:
                return i, *found
        return None

    def after_conversion(self, i: int, end: int) -> int:
        """The token after the bracketed conversion that opens at token i ("AED 3.2 billion
        ($871 million) loan" → "loan", "(about $871 million)" too), else i."""
        if i + 2 < end and self.doc[i].text == "(":
            j = self.after_qualifier(i + 1)
            if j not in self.money_first:
                return i
            while j < end and j in self.in_money:
                j += 1
            if j < end and self.doc[j].text == ")":
                return j + 1
        return i

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
                    or token.tag_ in ("MD", "RB", "TO") \
                    and token.lower_ not in self.stage.place_adverbs:
                i = previous
                continue
            if token.lower_ in ("on", "in", "last", "this", "next") and i in self.in_date:
                i = previous
                continue
            # "has pledged to spend", "expect to pay", "had committed to invest": a verb
            # before an infinitive's "to" shares the infinitive's subject.
            if token.tag_.startswith("VB") and self.doc[i].tag_ == "TO":
                i = previous
                continue
            break
        return i

    def relative_clause_start(self, i: int, low: int) -> int | None:
        """The comma that opens a relative clause (", which …", ", who …") ending in the
        comma just before token i, else None."""
        if i - 1 < low or self.doc[i - 1].text != ",":
            return None
        comma = next((k for k in range(i - 2, low - 1, -1) if self.doc[k].text == ","), None)
        if comma is None or self.lower(comma + 1) not in self.stage.relative_clause_openers:
            return None
        return comma

    def participle_clause_start(self, i: int, low: int) -> int | None:
        """The comma that opens a participle's clause (", issued through …,") whose
        prepositional phrase ends at the noun phrase starting at token i, else None."""
        k = i - 1
        while k >= low and self.doc[k].tag_ in ("IN", "RB"):
            k -= 1
        if k == i - 1 or k - 1 < low or self.doc[k].tag_ != "VBN" or self.doc[k - 1].text != ",":
            return None
        return k - 1

    def subject_fillers(self, role: str, cue: int, low: int, modified: bool = False,
                        ) -> list[Filler]:
        """The fillers of the subject of the verb at ``cue``; ``modified`` takes the subject's
        prepositional modifiers in ("The extension from Bukhara cost …")."""
        doc = self.doc
        group = self.verb_group_start(cue, low)
        before = group - 1
        if before < low:
            return []
        if doc[before].lower_ in COORDINATORS:
            # "Helix hoped to file … and could charge …": the subject of the first verb; not a
            # verb of a relative clause in commas ("X would add pupils to the programme,
            # which feeds 420,000, and would cost $N": X would cost it).
            # Nor a participle after a determiner, an adjective ("for a combined $58 million").
            last = self.relative_clause_start(before, low) or before
            earlier = next((i for i in range(last - 1, low - 1, -1)
                            if doc[i].tag_.startswith("VB") and i not in self.in_date
                            and not (doc[i].tag_ in ("VBN", "VBG") and i > 0
                                     and doc[i - 1].tag_ == "DT")), None)
            # "A judge ordered X to pay Y … for cancelling …, and fined X …": a finite verb is
            # coordinated with the finite verb before it, not with an infinitive or a gerund.
            if earlier is not None and earlier > low and doc[group].tag_ in FINITE_TAGS \
                    and (doc[earlier - 1].tag_ == "TO"
                         or doc[earlier].tag_ == "VBG" and doc[earlier - 1].tag_ == "IN"):
                earlier = next((i for i in range(earlier - 1, low - 1, -1)
                                if doc[i].tag_ in FINITE_TAGS and i not in self.in_date
                                and i not in self.mention_at), None)
            # "X will step down when the merger closes and will receive …": a finite verb is
            # not coordinated with the verb of an adverbial clause inside the first one.
            if earlier is not None and doc[group].tag_ in FINITE_TAGS:
                opener = self.phrase_left(self.verb_group_start(earlier, low), low)[0] - 1
                if opener > low and self.lower(opener) in ADVERBIAL_OPENERS:
                    earlier = next((i for i in range(opener - 1, low - 1, -1)
                                    if doc[i].tag_.startswith("VB") and i not in self.in_date
                                    and i not in self.mention_at), None)
            return self.subject_fillers(role, earlier, low) if earlier is not None else []
        if doc[before].text == "," and doc[group].tag_ == "VBG" and group == cue:
            # "Brightway filed for bankruptcy, listing debts of …": a participial clause's
            # subject is the subject of the finite verb before it.
            main = next((i for i in range(before - 1, low - 1, -1)
                         if doc[i].tag_ in FINITE_TAGS and i not in self.mention_at
                         and i not in self.in_date), None)
            return self.subject_fillers(role, main, low) if main is not None else []
        if doc[before].lower_ in GERUND_OPENERS and doc[group].tag_ == "VBG" and group == cue:
            # "X raised $840 million by selling shares at $24": the gerund's subject is the
            # subject of the finite verb before it.
            main = next((i for i in range(before - 1, low - 1, -1)
                         if doc[i].tag_ in FINITE_TAGS and i not in self.mention_at
                         and i not in self.in_date), None)
            return self.subject_fillers(role, main, low) if main is not None else []
        subject = self.phrase_left(group, low)
        # "will use (part of) the proceeds to repay …": money is no subject of the infinitive;
        # the user is.
        if doc[group].tag_ == "TO" and subject[1] > subject[0] \
                and doc[subject[1] - 1].lower_ in self.stage.money_nouns:
            k = subject[0] - 1
            if k > low and doc[k].lower_ == "of":
                k = self.phrase_left(k, low)[0] - 1
            if k >= low and doc[k].tag_.startswith("VB") and k not in self.mention_at:
                return self.subject_fillers(role, k, low)
        if subject[1] > subject[0] and subject[0] - 1 >= low \
                and doc[subject[0] - 1].lower_ in ("which", "that") \
                and any(doc[k].tag_ == "TO" for k in range(group, cue)):
            # "charges, which officials expect to raise €1.2 million": the relative clause's
            # subject foresees what the antecedent does.
            return []
        if doc[before].lower_ in ("that", "which", "who") and before - 1 >= low \
                and doc[before].tag_ in ("WDT", "WP") and doc[before - 1].tag_ in NOUN_TAGS:
            # "a green hydrogen plant that will cost $N": a relative clause's subject is the
            # noun phrase it follows (not a prepositional phrase's: "a round led by X that
            # valued it"); "X, a Singapore-based fund that manages $N": the name described.
            phrase = self.phrase_left(before, low)
            named = self.named_before_comma(phrase[0] - 1, low)
            if named is not None and named[3] in self.stage.actor_labels \
                    and doc[phrase[0]].tag_ == "DT":
                return [Filler(role, *named[:3])]
            if phrase[0] - 2 < low or doc[phrase[0] - 1].tag_ != "IN" \
                    or doc[phrase[0] - 2].tag_ != "VBN":
                return self.phrase_fillers(role, *phrase)
        if doc[before].lower_ in self.stage.relative_pronouns and before - 1 >= low \
                and doc[before - 1].text == ",":
            # "… Kaleva Mutual and the Nordic Fund, which put in €8 million": a relative clause
            # after a coordination describes its last part.
            # "a permit, issued through the board's app, that costs $N": a participle's clause
            # in commas between a noun and its relative clause describes the noun.
            comma = self.participle_clause_start(self.phrase_left(before - 1, low)[0], low)
            phrase = self.conjuncts(*self.phrase_left(before - 1 if comma is None else comma,
                                                      low))
            # "Casa Transports, the city's transit authority, which awarded …": the name the
            # apposition describes.
            first = phrase[-1][0] if phrase else before
            named = self.named_before_comma(first - 1, low)
            if len(phrase) == 1 and doc[first].tag_ in ("DT", "PRP$") and named is not None \
                    and named[3] in self.stage.actor_labels \
                    and not any(k in self.mention_at for k in range(*phrase[0])):
                return [Filler(role, *named[:3])]
            return self.phrase_fillers(role, *phrase[-1]) if phrase else []
        if doc[before].text == ",":
            comma = before - 1
            while comma >= low and doc[comma].text != "," or comma in self.mention_at:
                comma -= 1
            # "Dana Okoro, 38, a teacher from Bristol, inherited …": an age in commas
            # belongs to the apposition, not to the subject.
            while comma - 2 >= low and doc[comma - 1].like_num and doc[comma - 2].text == ",":
                comma -= 2
            if comma < low:
                return []
            inside = (comma + 1, before)
            # "The Stormriders, who were bought … by a group led by X, paid …": a relative
            # clause in commas describes the subject; its words name no one else.
            if self.lower(comma + 1) in self.stage.relative_pronouns:
                return self.phrase_fillers(role, *self.phrase_left(comma, low))
            for i in range(*inside):
                marker = next((m for m in self.stage.group_markers if self.words_at(i, m)), None)
                if marker:
                    return self.phrase_fillers(role, *self.phrase_right(i + len(marker), before),
                                               allow_text=False)
            outer_phrase = self.phrase_left(comma, low)
            outer = self.phrase_fillers(role, *outer_phrase)
            # "The contractor, a joint venture of X and Y, will be paid …": an unnamed subject
            # is the members its apposition names.
            members = self.member_fillers(role, *inside)
            if members and not any(f.entity for f in outer):
                return members
            apposed = [] if self.relates_others(*inside) \
                else self.phrase_fillers(role, *inside, allow_text=False)
            # "Harrowgate's owners, the investment group Redwater Sports, have spent …": the
            # apposition names the head that the possessive only owns.
            # "Florida's state-backed insurer, Citizens Property Insurance Corp, expects …": a
            # name in commas after a described head is that head.
            whole_name = inside[0] in self.mention_at \
                and self.mention_at[inside[0]][:2] == inside
            if outer_phrase[1] - 1 not in self.mention_at \
                    and (doc[comma + 1].tag_ == "DT" or whole_name) \
                    and any(f.entity for f in apposed):
                return apposed
            # "The owner of Hopfenhaus, Munich investment firm Isarwerk Capital, has agreed …":
            # a common noun before "of" heads the subject; the apposition names it.
            of = outer_phrase[0] - 1
            if of - 1 >= low and self.lower(of) == "of" and doc[of - 1].tag_ in ("NN", "NNS") \
                    and of - 1 not in self.mention_at and any(f.entity for f in apposed):
                return apposed
            if any(f.entity for f in outer):
                return outer
            return apposed or outer
        subject = self.phrase_left(group, low)
        if subject[0] == subject[1] and before - 2 >= low and doc[before].tag_ in ("VBP", "VBD") \
                and self.lower(before - 1) in ("who", "that") \
                and doc[before - 2].tag_ in NOUN_TAGS:
            # "Staff who leave will receive …": the group a relative clause picks out.
            phrase = self.phrase_left(before - 1, low)
            found = self.phrase_fillers(role, *phrase)
            return [Filler(role, phrase[0], before + 1, None) if f.entity is None else f
                    for f in found]
        head = self.modified_plural(subject, low) if role != "source" else None
        if head is not None:
            return [Filler(role, *head, None)]
        return self.phrase_fillers(role, *self.modified_phrase(subject, low)
                                   if modified else subject)

    def modified_plural(self, phrase: tuple[int, int], low: int) -> tuple[int, int] | None:
        """The plural noun, in words, that a prepositional phrase or a participle's phrase
        qualifies: "Drivers on 14 routes paid …", "tourists landing at Hvar and Korcula have
        paid …" (the group pays, not the routes or the islands; "Analysts at X" are X's)."""
        doc = self.doc
        if any(k in self.mention_at and self.mention_at[k][3] == "ORG" for k in range(*phrase)):
            return None
        preposition = phrase[0] - 1
        if preposition - 1 < low or self.lower(preposition) not in LOCATING_PREPOSITIONS:
            return None
        noun = preposition - 1
        if doc[noun].tag_ == "RB" and noun - 1 >= low and doc[noun - 1].tag_ == "VBG":
            noun -= 1  # "stepping ashore at"
        if doc[noun].tag_ == "VBG":
            noun -= 1
        if noun < low or doc[noun].tag_ != "NNS" or noun in self.mention_at:
            return None
        phrase = self.phrase_left(noun + 1, low)
        if any(k in self.mention_at for k in range(*phrase)):
            return None
        return phrase

    def modified_phrase(self, phrase: tuple[int, int], low: int) -> tuple[int, int]:
        """The noun phrase that ``phrase`` ends, with the prepositional phrases after its head:
        "Green hydrogen from the Gulf costs …", "A stake in X would cost …": what costs is
        the head the prepositions modify, not their object."""
        start, end = phrase
        doc = self.doc
        while start - 2 >= low and self.lower(start - 1) in self.stage.modifier_prepositions \
                and (start - 2 in self.mention_at or doc[start - 2].tag_ in NOUN_TAGS):
            head = self.phrase_left(start - 1, low)
            if head[1] - head[0] == 0:
                break
            start = head[0]
        return start, end

    def named_before_comma(self, comma: int, low: int) -> tuple[int, int, str, str] | None:
        """The mention that ends just before the comma at token ``comma``, also across the
        abbreviation in brackets after its name ("the Nordic Pension Agency (NPA), the
        country's pension fund, which …"), else None."""
        doc = self.doc
        if comma - 1 < low or doc[comma].text != ",":
            return None
        last = comma - 1
        if doc[last].text == ")" and last - 1 in self.mention_at:
            abbreviation = self.mention_at[last - 1]
            if abbreviation[0] - 1 >= low and doc[abbreviation[0] - 1].text == "(":
                last -= 1
        named = self.mention_at.get(last)
        return named if named is not None and named[1] == last + 1 else None

    def relates_others(self, start: int, end: int) -> bool:
        """Whether an apposition names others only after a preposition of its common noun:
        "The company, a joint venture between X and Y,", "a unit of X": they are not the
        subject it describes."""
        doc = self.doc
        k = start
        while k < end and k not in self.mention_at and (
                doc[k].tag_ in ("DT", "JJ", "NN", "HYPH") or doc[k].text == "-"):
            k += 1
        return start < k < end and k not in self.mention_at and doc[k].tag_ == "IN" \
            and doc[k - 1].tag_ == "NN" and any(j in self.mention_at for j in range(k, end))

    def frame_fillers(self, amount: Span, start: int, end: int) -> list[Filler]:
        clause_end = self.clause_end(amount, end)
        if self.bare_relative(amount, clause_end):
            # "short of the $2 billion the government had sought": the clause after a definite
            # amount says what it is; the verb before it is another amount's.
            return self.relative_fillers(amount, clause_end)
        verb = self.verb_cue(amount, start)
        noun = self.noun_cue(amount, start, clause_end)
        fillers: list[Filler] = []
        if verb is not None and verb[2].named_subject and not self.named_mover(amount, verb[0],
                                                                              start):
            verb = None
        if verb is not None and noun is not None and verb[0] < noun[0] \
                and self.owned_level(amount, noun):
            verb = None
        if verb is not None and noun is not None and verb[2].subject != "holder" \
                and verb[0] < noun[0] and self.held_value(amount, noun):
            verb = None
        if verb is not None and verb[2].amount_object \
                and not self.amount_after_determiners(verb[0] + len(verb[1]), amount.end):
            verb = None
        # "approved a passenger levy of €8 a head": the subject decides a charge that others
        # pay; the charge's own noun frame, if any, governs.
        if verb is not None and verb[2].levied_object and not self.passive_verb(verb[0], start) \
                and self.levied(verb[0] + len(verb[1]), amount):
            verb = None
        # "The draft budget, sent to parliament on Monday, foresees spending of $N": a
        # participle's clause in commas ends at its closing comma.
        if verb is not None and self.closed_participle(verb[0], amount):
            verb = None
        if verb is not None and verb[2].before_amount:
            i = amount.start - 1
            while i > verb[0] and (self.doc[i].tag_ in ("RB", "RBR", "JJR")
                                   or self.lower(i) in ("about", "around", "nearly")):
                i -= 1
            if self.lower(i) not in verb[2].before_amount:
                verb = None
        if verb is not None:
            cue, form, frame = verb
            if frame.partitive_subject and self.offering_share(cue + len(form), clause_end):
                frame = replace(frame, subject=frame.partitive_subject)
            gapped = self.gapped_subject(amount, cue + len(form)) \
                or self.listed_subject(amount, cue + len(form))
            reach = self.continued(frame, clause_end, end)
            after = self.noun_after(amount, clause_end)
            # "closed a $40 million round from X": the noun's frame, the verb's subject; not
            # "has written off $N of farm loans", a part of what the subject holds.
            if after is not None and cue < amount.start and after[2].possessor in (
                    "payer", "payee") and (frame.subject == "holder" and not frame.object
                                           and not self.partitive(amount, after[0])
                                           or frame.noun_governs):
                return self.subject_fillers(after[2].possessor, cue, start) \
                    + self.preposition_fillers(after[2], after[0] + len(after[1]),
                                               clause_end, amount)
            # "will finance the purchase with a $300 million loan from X": what the subject
            # pays with is its loan (grant, sale …); the noun's frame gives the roles.
            if after is not None and cue < amount.start and self.with_object(amount, cue) \
                    and after[2].possessor:
                return self.subject_fillers(after[2].possessor, cue, start) \
                    + self.modifier_fillers(amount, *after) \
                    + self.preposition_fillers(after[2], after[0] + len(after[1]),
                                               clause_end, amount)
            # "approved a €196 million budget": the amount is what the subject has.
            if after is not None and cue < amount.start and frame.subject == "payer" \
                    and " ".join(after[1]) in self.stage.value_nouns \
                    and not any(self.doc[k].tag_ == "IN" for k in range(amount.end, after[0])):
                frame = replace(frame, subject="holder", object=None, prepositions={})
            if gapped and frame.subject:
                # "X was fined $A and Y $B": the passive's role for Y too.
                role = frame.passive_subject if self.passive_verb(cue, start) else frame.subject
                if role:
                    fillers += self.phrase_fillers(role, *gapped)
                fillers += self.preposition_fillers(frame, amount.end, reach, amount)
            else:
                fillers += self.verb_fillers(amount, cue, form, frame, start, reach)
            fillers += self.means_fillers(amount, clause_end)
            if {frame.subject, frame.object} & {"payer", "payee"}:
                fillers += self.purpose_places(amount, clause_end)
                fillers += self.fronted_places(start, cue)
                fillers += self.where_places(start, cue)
            if frame.subject == "payer" and not any(f.role == "payee" for f in fillers):
                fillers += self.helped_fillers(amount, clause_end) \
                    or self.creditor_fillers(amount, clause_end)
            if after is not None:
                fillers += self.modifier_fillers(amount, *after)
                fillers += self.preposition_fillers(after[2], after[0] + len(after[1]),
                                                    clause_end, amount)
            return fillers
        fillers = self.relative_fillers(amount, clause_end)
        if not fillers and noun is not None:
            fillers = self.noun_fillers(amount, *noun, start, clause_end)
        return fillers or self.titled_fillers(amount)

    def partitive(self, amount: Span, noun: int) -> bool:
        """Whether "of" joins the amount to the phrase of the noun at token ``noun`` ("$N of
        farm loans")."""
        after = self.after_conversion(amount.end, noun)
        return after < noun and self.lower(after) == "of"

    def offering_share(self, after_verb: int, end: int) -> bool:
        """Whether the verb's object is an amount of an offering: "took KM 35 million of the
        issue", "$40 million of the new bonds" (the verb's first amount, which a gapped clause
        after it shares: "and insurer X KM 25 million")."""
        j = after_verb
        while j < end and j not in self.money_first and self.doc[j].tag_ in GAP_WORDS:
            j += 1
        if j not in self.money_first:
            return False
        while j < end and j in self.in_money:
            j += 1
        j = self.after_conversion(j, end)
        if j >= end or self.lower(j) != "of":
            return False
        for k in range(j + 1, min(end, j + 6)):
            if self.lower(k) in self.stage.offering_nouns:
                return True
            if k not in self.mention_at and self.doc[k].tag_ not in PHRASE_TAGS:
                return False
        return False

    def owned_level(self, amount: Span, noun: tuple[int, tuple[str, ...], Frame]) -> bool:
        """"earned a 6% return, lifting its assets to $N", "cutting the group's debt to $N":
        a holder's noun with its owner, just before the level it reaches, is the amount's frame,
        not the verb before it."""
        cue, form, frame = noun
        after = cue + len(form)
        return frame.possessor == "holder" and cue > 0 \
            and (self.lower(cue - 1) in THING_PRONOUNS | {"their"}
                 or self.doc[cue - 1].text in POSSESSIVES) \
            and after < amount.start and self.lower(after) in ("to", "at") \
            and all(self.doc[k].tag_ in ("RB", "IN") for k in range(after + 1, amount.start))

    def held_value(self, amount: Span, noun: tuple[int, tuple[str, ...], Frame]) -> bool:
        """"would pay the rest from cash reserves of $N", "to cut a deficit of $N": a value
        someone holds, joined to the amount by "of", is the amount's frame, not the verb
        before it."""
        cue, form, _ = noun
        after = cue + len(form)
        return " ".join(form) in self.stage.held_values and after < amount.start \
            and self.lower(after) == "of" and self.after_qualifier(after + 1) == amount.start

    def titled_fillers(self, amount: Span) -> list[Filler]:
        """"- Unskilled workers: 372,400 colones a month", "- Tickets: $12 for the festival": a
        list item whose text opens with the amount (an approximation may come first) is about
        what its plural title names, paid that much per period (a wage), else priced at it."""
        i = amount.start
        while i not in self.item_titles and i > amount.start - 3 and i - 1 >= 0 \
                and self.doc[i - 1].tag_ in ("RB", "RBR", "JJR", "IN"):
            i -= 1
        if i not in self.item_titles:
            return []
        start, end = self.item_titles[i]
        head = self.doc[end - 1]
        if head.tag_ != "NNS" or head.lower_ in self.stage.money_nouns \
                or (head.lower_,) in self.stage.noun_frames:
            return []
        per = amount._.artex_money.get("per") if amount.has_extension("artex_money") else None
        role = "payee" if per in self.stage.wage_periods else "holder"
        return self.phrase_fillers(role, start, end)

    def named_mover(self, amount: Span, cue: int, start: int) -> bool:
        """"Pilbara Crest jumped 14% to A$1.87", "X fell to second place with $28 million": a
        name opens the subject of a verb of change, and the amount is the level it reaches
        (not "…, after it signed a deal worth $N", nor "Benchmark copper on the LME rose")."""
        doc = self.doc
        i = amount.start - 1
        while i > cue and (doc[i].tag_ in ("RB", "DT", "JJ", "JJR")
                           or self.lower(i) in ("about", "around", "nearly", "roughly")):
            i -= 1
        if i <= cue or not (self.lower(i) in ("to", "at", "with", "from")
                            or doc[i].tag_ == "VBG" and doc[i - 1].text == ","):
            return False
        first = self.phrase_left(self.verb_group_start(cue, start), start)[0]
        if first - 2 >= start and self.lower(first - 1) in ("of", "in") \
                and self.lower(first - 2) in self.stage.company_parts:
            first -= 2  # "Shares of X fell …"
        if first > start and doc[first - 1].tag_ == "IN":
            return False
        while first < cue and doc[first].tag_ == "DT":
            first += 1
        return any(f.entity and (f.start == first or self.lower(first) in self.stage.company_parts)
                   for f in self.subject_fillers("holder", cue, start))

    def with_object(self, amount: Span, cue: int) -> bool:
        """Whether the amount's noun phrase is the object of "with" after an active verb ("paid
        for the deal with a €250 million loan")."""
        doc = self.doc
        group = self.verb_group_start(cue, max(cue - 6, 0))
        if doc[cue].tag_ == "VBN" and any(doc[k].lower_ in self.stage.passive_auxiliaries
                                          for k in range(group, cue)):
            return False  # "The purchase will be financed with …": the subject is no party
        i = amount.start - 1
        while i > cue and doc[i].tag_ in ("DT", "PRP$", "RB", "JJ"):
            i -= 1
        return i > cue and self.lower(i) == "with"

    def restated(self, amount: Span) -> bool:
        """"10% of the fee, or €1.8 million": the amount restates the phrase before it."""
        return amount.start >= 2 and self.lower(amount.start - 1) == "or" \
            and self.doc[amount.start - 2].text == ","

    def clause_end(self, amount: Span, end: int) -> int:
        """The first comma or semicolon after the amount outside a name, or a reporting verb
        (not the comma closing a restatement: "10% of the fee, or €1.8 million, to X")."""
        i = amount.end
        if self.restated(amount) and i + 1 < end and self.doc[i].text == ",":
            i += 1
        while i < end:
            if i in self.mention_at:
                i = self.mention_at[i][1]
                continue
            if self.doc[i].text in (",", ";", "—", "--") or self.is_say_verb(i):
                return i
            if self.lower(i) in COORDINATORS and self.starts_clause(i + 1, end):
                return i
            i += 1
        return end

    def continued(self, frame: Frame, clause_end: int, end: int) -> int:
        """"raised $38 million in a round led by X, with participation from Y": a comma followed
        by one of the frame's prepositions of several words goes on with the clause."""
        longer = [tuple(p.split()) for p in frame.prepositions if " " in p]
        while clause_end + 1 < end and self.doc[clause_end].text == "," and any(
                self.words_at(clause_end + 1, p) for p in longer):
            i = clause_end + 1
            while i < end and self.doc[i].text not in (",", ";", "—", "--") \
                    and not self.is_say_verb(i):
                i = self.mention_at[i][1] if i in self.mention_at else i + 1
            clause_end = i
        return clause_end

    def starts_clause(self, i: int, end: int) -> bool:
        """After a coordinator: a verb ("and has agreed to buy …") or a gapped clause, a noun
        phrase and an amount ("and Quebec's economy ministry the remaining C$130 million")."""
        if i >= end:
            return False
        if self.doc[i].tag_ in FINITE_TAGS or i in self.money_first:
            return True
        j = self.phrase_right(i, end)[1]
        return j > i and self.amount_after_determiners(j, end)

    def amount_after_determiners(self, j: int, end: int) -> bool:
        while j < end and j not in self.money_first and self.doc[j].tag_ in GAP_WORDS:
            j += 1
        # "add about $4 million": the amount's qualifier (tagged a preposition) is its own.
        qualifier = next((q for q in self.stage.qualifier_words if self.words_at(j, q)), ())
        return j + len(qualifier) in self.money_first

    def gapped_subject(self, amount: Span, low: int) -> tuple[int, int] | None:
        """The subject of a gapped clause that holds the amount: "X will contribute $A and
        Y the remaining $B" gives Y for $B."""
        k = amount.start
        while k > low and self.doc[k - 1].tag_ in GAP_WORDS and k - 1 not in \
                self.mention_at:
            k -= 1
        c = k - 1
        while c > low and k - c <= self.stage.phrase_words and not (
                self.lower(c) in COORDINATORS and self.ends_gap(c, low)):
            if c in self.mention_at:
                c = self.mention_at[c][0] - 1
                continue
            if not self.phrase_token(c):
                return None
            c -= 1
        if c <= low or c + 1 >= k or self.lower(c) not in COORDINATORS \
                or not self.ends_gap(c, low):
            return None
        return c + 1, k

    def ends_gap(self, i: int, low: int) -> bool:
        """Whether the coordinator at i follows the verb's own amount, directly or after what
        qualifies it and a comma ("had given $A towards the price and Y the remaining $B",
        "will provide $A as a credit, and Y $B"): no verb between."""
        if self.ends_amount(i, low):
            return True
        k = i - 1
        if k > low and self.doc[k].text == ",":
            k -= 1
        while k > low and i - k <= self.stage.phrase_words and k not in self.money_last:
            if k in self.mention_at:
                k = self.mention_at[k][0] - 1
                continue
            if not (self.phrase_token(k) or self.doc[k].tag_ in ("IN", "RB")):
                return False
            k -= 1
        return k > low and k in self.money_last and self.lower(k + 1) in QUALIFIER_PREPOSITIONS

    def ends_amount(self, i: int, low: int) -> bool:
        """Whether an amount, or an amount and the "of" phrase it is a part of ("KM 35 million
        of the issue"), ends just before token i."""
        if i - 1 in self.money_last:
            return True
        of = i - 1
        while of > low and self.lower(of) != "of" and (of in self.mention_at
                                                       or self.phrase_token(of)):
            of -= 1
        return of < i - 1 and self.lower(of) == "of" and of - 1 in self.money_last

    def listed_subject(self, amount: Span, low: int, followed: bool = False,
                       ) -> tuple[int, int] | None:
        """The party of a list that goes on after the verb's amount: "X pledged $A, followed
        by Y with $B and Z with $C" (or "at $B") gives Y for $B and Z for $C; ``followed``
        asks for a list opened by "followed by"."""
        k = amount.start
        while k > low and self.doc[k - 1].tag_ in GAP_WORDS and k - 1 not in self.mention_at:
            k -= 1
        if k - 2 <= low or self.lower(k - 1) not in ("with", "at") \
                or k - 2 not in self.mention_at:
            return None
        first = self.mention_at[k - 2][0]
        while first - 1 > low and self.doc[first - 1].tag_ == "DT":
            first -= 1
        opener = first - 1
        if self.words_at(opener - 1, ("followed", "by")):
            opener -= 1
        elif followed or not (self.lower(opener) in COORDINATORS or self.doc[opener].text == ","):
            return None
        # the list follows an earlier amount of the clause
        if not any(m in self.money_last for m in range(low, opener)):
            return None
        return first, k - 1

    def passive_verb(self, cue: int, low: int) -> bool:
        """Whether the participle at ``cue`` follows a passive auxiliary ("was fined")."""
        return self.doc[cue].tag_ == "VBN" and any(
            self.lower(i) in self.stage.passive_auxiliaries
            for i in range(self.verb_group_start(cue, low), cue))

    def verb_fillers(self, amount: Span, cue: int, form: tuple[str, ...], frame: Frame,
                     start: int, end: int) -> list[Filler]:
        doc = self.doc
        group = self.verb_group_start(cue, start)
        passive = self.passive_verb(cue, start)
        # "Pixelcraft, valued at $400 million, …": a participle after a name's comma is passive
        # and its subject is that name.
        # "Bank of Cyprus, owed €52 million, will get …": the tagger may read the participle as
        # a past tense when the amount follows it in the commas.
        reduced = group == cue and group - 1 > start and doc[group - 1].text == "," and (
            doc[cue].tag_ == "VBN" or doc[cue].tag_ == "VBD" and frame.passive_subject
            and cue + len(form) == amount.start and amount.end < len(doc)
            and doc[amount.end].text == ",")
        passive = passive or reduced
        fillers = []
        subject_role = frame.passive_subject if passive else frame.subject
        if passive and frame.due_subject and amount.end + 1 < end \
                and self.lower(amount.end) == "in" \
                and self.lower(self.phrase_right(amount.end + 1, end)[1] - 1) \
                in self.stage.money_nouns:
            subject_role = frame.due_subject
        after_verb = cue + len(form)
        # "earned a record $2 billion", "paid a total of $N": words that qualify the amount
        # are no object.
        qualifier = tuple(self.lower(k) for k in range(after_verb, amount.start))
        if qualifier in self.stage.amount_qualifiers:
            after_verb = amount.start
        # "The work will be paid for with €380 million from …": what is paid for is bought, no
        # party (a stranded "for" before an adverb, a preposition or the amount); what was
        # built or sold for the amount holds it ("The school, built for $N,").
        if passive and frame.passive_subject != "holder" and after_verb + 1 < len(doc) \
                and self.lower(after_verb) == "for" \
                and doc[after_verb + 1].tag_ in ("RB", "IN", "$", "CD", ",", "."):
            subject_role = None
        # "A painting sold for $62 million": what is sold holds the price.
        if frame.intransitive_subject and not passive and after_verb < len(doc) \
                and self.lower(after_verb) in ("for", "at") and after_verb + 1 == amount.start:
            subject_role = frame.intransitive_subject
        if frame.demand_subject and not passive and self.demand_before(after_verb, amount):
            subject_role = frame.demand_subject
        if frame.handing_subject and not passive and any(
                self.lower(k) in frame.prepositions for k in range(amount.end, end)):
            subject_role = frame.handing_subject
        if frame.forecast_subject and not passive and self.forecast(cue, start):
            subject_role = frame.forecast_subject
        bare = frame.bare_subject is not None and not passive and all(
            doc[i].tag_ in ("RB", "IN") for i in range(after_verb, amount.start))
        if bare:
            subject_role = frame.bare_subject
        if not passive and after_verb < amount.start and subject_role in ("payer", "payee"):
            head = self.phrase_right(after_verb, amount.start)[1] - 1
            # "raised its 2026 capital budget to C$3.2 billion": a value the subject has (a
            # year inside the phrase does not end it).
            while head + 1 < amount.start and (head + 1 in self.in_date
                                               or self.doc[head + 1].tag_ in NOUN_TAGS):
                head += 1
            if head >= after_verb and self.lower(head) in self.stage.value_nouns:
                return self.subject_fillers("holder", cue, start) + self.preposition_fillers(
                    PLACES_ONLY, amount.end, end, amount)
            # "raised its dividend to 3.20 crowns": a change of what the object names gives the
            # subject the role of that noun's possessor.
            changed = self.noun_at(head) if head >= after_verb else None
            value = head + 2
            while value < amount.start and doc[value].tag_ == "RB":
                value += 1
            if changed is not None and changed[1].possessor and value <= amount.start \
                    and self.lower(head + 1) == "to" and value in self.money_first:
                return self.subject_fillers(changed[1].possessor, cue, start) \
                    + self.preposition_fillers(PLACES_ONLY, amount.end, end, amount)
        if frame.object and not passive and after_verb < amount.start:
            held = self.held_object(after_verb, amount)
            if held is not None:
                return held
            # "sent X a tax bill of $N", "gave X a fine of $N": X is to pay the subject.
            demanded = self.demanded_object(after_verb, amount) \
                if frame.subject == "payer" and frame.object == "payee" else None
            if demanded:
                return self.subject_fillers("payee", cue, start) + demanded
            # "Tourism earned the country $N" (not "earned more than $N", nor "earned a fee
            # of $N": a word for the money is no party).
            nouns = [k for k in range(*self.phrase_right(after_verb, amount.start))
                     if doc[k].tag_ in NOUN_TAGS or k in self.mention_at]
            if frame.object_displaces_subject and nouns \
                    and self.lower(nouns[-1]) not in self.stage.money_nouns:
                subject_role = None
        if subject_role:
            main = self.main_verb_before_thing(group - 1, start) \
                if reduced and self.amount_noun_possessor(amount, end) == subject_role else None
            subject = self.subject_fillers(subject_role, main, start) if main is not None \
                else self.phrase_fillers(subject_role, *self.phrase_left(group - 1, start)) \
                if reduced else self.subject_fillers(subject_role, cue, start,
                                                     modified=bare and subject_role == "holder")
            if frame.place_subject:
                subject = [replace_role(f, "place") if f.entity and self.label(f) in
                           self.stage.place_labels else f for f in subject]
            if subject_role == "payee":  # "The Glass Harbour earned $96 million": takings
                subject = [replace_role(f, "holder") if self.is_work(f) else f for f in subject]
            if passive:  # "The purchase will be financed with …" names no party
                subject = [f for f in subject if f.entity or self.lower(f.end - 1)
                           not in self.stage.non_party_nouns]
            if subject_role == "source":
                # "Forbes valued …" (not "The deal values …", nor "…, valuing the company")
                subject = [f for f in subject if f.entity and self.label(f) != "GPE"
                           and doc[cue].tag_ not in ("VBG", "VBN")]
            fillers += subject
        if frame.object and not passive and after_verb < amount.start \
                and not self.restated(amount):
            object_start, object_end = self.phrase_right(after_verb, amount.start)
            # "approved a subsidy for Rapidus worth …": the object is the money, not a party.
            if object_end > object_start and self.noun_at(object_end - 1) is None:
                # "buy nickel from …": a bought thing is no holder, a bought company is.
                # "buy Manchester's tallest building for £210 million": the price is its own.
                text = frame.object != "holder" or frame.subject != "payer" \
                    or doc[object_end - 1].tag_ == "NNS" or self.lower(object_end) == "for" \
                    and object_end + 1 in self.money_first
                named = self.apposed_names(object_end, amount.start)
                acquired = self.acquired_before(cue, start) if frame.acquired_object \
                    and self.lower(object_start) == "the" \
                    and self.head_word(object_end) in self.stage.company_nouns \
                    and object_end - 1 not in self.mention_at else None
                if acquired:
                    fillers.append(Filler(frame.object, object_start, object_end, acquired))
                else:
                    fillers += [Filler(frame.object, *m[:3]) for m in named] if named else \
                        self.phrase_fillers(frame.object, object_start, object_end,
                                            allow_text=text)
        if passive and frame.subject and "by" not in frame.prepositions:
            # "was acquired by Loomly for $400 million": the agent has the active subject's role.
            frame = replace(frame, prepositions={**frame.prepositions, "by": frame.subject})
        sellers = self.preposition_fillers(frame, self.own_part(amount, after_verb), end, amount)
        if frame.subject == "payer" and frame.object == "holder" and not passive \
                and any(f.role == "payee" for f in sellers):
            # "agreed to buy X from its owner, Y, for $N": the price is paid to the seller; the
            # company bought holds no value of its own.
            fillers = [f for f in fillers if f.role != "holder"]
        return fillers + sellers

    def closed_participle(self, cue: int, amount: Span) -> bool:
        """Whether the verb at ``cue`` is a participle opened by a comma whose clause a comma
        closes before the amount ("X, sent to parliament on Monday, foresees …")."""
        return self.doc[cue].tag_ == "VBN" and cue > 0 and self.doc[cue - 1].text == "," \
            and any(self.doc[k].text == "," for k in range(cue + 1, amount.start))

    def levied(self, after_verb: int, amount: Span) -> bool:
        """Whether the verb's first amount, up to this one, is a charge on others: "a passenger
        levy of €8 a head, up from €3", "a $5 toll"."""
        first = next((k for k in range(after_verb, amount.start) if k in self.money_first),
                     amount.start)
        last = first
        while last + 1 < len(self.doc) and last not in self.money_last:
            last += 1
        k = first - 1
        while k > after_verb and (self.doc[k].tag_ == "RB" or self.lower(k) == "about"):
            k -= 1
        if k > after_verb and self.lower(k) == "of" \
                and self.lower(k - 1) in self.stage.levied_nouns:
            return True
        return last + 1 < len(self.doc) and self.lower(last + 1) in self.stage.levied_nouns

    def amount_noun_possessor(self, amount: Span, end: int) -> str | None:
        """The possessor's role of the frame noun the amount names ("a $B loan", "a loan of
        $B"): whose loan it is."""
        found = self.noun_after(amount, end)
        if found is None and amount.start >= 2 and self.lower(amount.start - 1) == "of":
            found = self.noun_at(amount.start - 2)
            found = found and (amount.start - 2, *found)
        return found[2].possessor if found else None

    def main_verb_before_thing(self, comma: int, start: int) -> int | None:
        """"X plans to spend $A on a hub in Y, financed partly by a $B loan from Z": a passive
        participle after a thing (a common noun, or a place that qualifies one) that ends the
        main clause's object, with an amount whose noun's possessor has the participle's role
        (a loan), is said of the main clause, whose subject takes that role (X borrows); not
        after a name ("Pixelcraft, valued at …") nor after a reporting verb."""
        doc = self.doc
        last = comma - 1
        if last < start or doc[last].tag_ not in NOUN_TAGS:
            return None
        if last in self.mention_at and (self.mention_at[last][3] not in self.stage.place_labels
                                        or self.mention_at[last][0] - 1 < start
                                        or doc[self.mention_at[last][0] - 1].tag_ != "IN"):
            return None
        head = self.phrase_left(comma, start)[0]
        main = next((k for k in range(head - 1, start - 1, -1)
                     if doc[k].tag_ in FINITE_TAGS and k not in self.mention_at
                     and k not in self.in_date), None)
        if main is None or any(self.is_say_verb(k) for k in range(main, comma)):
            return None
        return main

    def head_word(self, end: int) -> str:
        """The last word before token ``end``, with the words a hyphen joins ("start-up")."""
        if end >= 3 and self.doc[end - 2].text == "-":
            return "".join(self.lower(k) for k in range(end - 3, end))
        return self.lower(end - 1)

    def acquired_before(self, cue: int, start: int) -> str | None:
        """The organisation named last before the verb after one of the acquired
        prepositions ("pay $5 a share for Redline Motors", "a stake in X", "$N of X's debt")
        or as a buying verb's object ("agreed to buy X"), in the verb's sentence, else in the
        sentence before it."""
        spans = [(start, cue)]
        if start > 0 and self.doc.has_annotation("SENT_START"):
            previous = self.doc[start - 1].sent
            spans.append((previous.start, previous.end))
        for low, high in spans:
            for m_start, _, entity, label in reversed(self.mentions):
                if low <= m_start < high and self.is_kind((m_start, 0, entity, label), "ORG") \
                        and self.is_acquired(self.phrase_opener(m_start, low)):
                    return entity
        return None

    def phrase_opener(self, i: int, low: int) -> int:
        """The word before the noun phrase holding the name at token i ("in" of "in
        state-owned X", "to" of "to Kazakhstan's X"), or low - 1."""
        j = i - 1
        while j >= low and (j in self.mention_at or self.doc[j].tag_ in (
                "JJ", "NN", "NNS", "HYPH", "VBN", "DT", "PRP$", "CD", "POS")
                            or self.doc[j].text in POSSESSIVES):
            j = self.mention_at[j][0] - 1 if j in self.mention_at else j - 1
        return j

    def is_acquired(self, opener: int) -> bool:
        """Whether a noun phrase after this word is what is bought or owned: after an
        acquired preposition, or the object of a buying verb ("agreed to buy X")."""
        if opener < 0:
            return False
        if self.doc[opener].tag_ == "IN":
            return self.lower(opener) in self.stage.acquired_prepositions
        frame = self.stage.verb_frames.get((self.lower(opener),))
        return frame is not None and frame.subject == "payer" and frame.object == "holder" \
            and self.doc[opener].tag_.startswith("VB")

    def forecast(self, cue: int, start: int) -> tuple[int, int, int] | None:
        """"analysts had expected the company to earn $N": the forecasting verb before the
        infinitive's object, and that object's first and end tokens."""
        to = cue - 1
        while to > start and self.doc[to].tag_ == "RB":
            to -= 1
        if to <= start or self.doc[to].tag_ != "TO":
            return None
        first, end = self.phrase_left(to, start)
        # The phrase may take in a participle ("had expected Najd"): the verb ends it.
        verb = next((k for k in range(end - 2, first - 1, -1)
                     if self.doc[k].tag_.startswith("VB")), first - 1)
        if verb + 1 < end and verb >= start and self.lower(verb) in self.stage.forecast_verbs:
            return verb, verb + 1, end
        return None

    def demand_before(self, after_verb: int, amount: Span) -> bool:
        """Whether the words from ``after_verb`` to the amount are a demand for money and its
        "of" ("a fine of", "a reduced penalty of about")."""
        doc = self.doc
        j = after_verb
        while j < amount.start and doc[j].tag_ in ("DT", "JJ", "JJR", "JJS", "VBN", "PRP$"):
            j += 1
        noun = next((n for n in self.stage.demand_nouns if self.words_at(j, n)), None)
        k = j + len(noun) if noun else amount.start
        return k < amount.start and self.lower(k) == "of" and all(
            doc[i].tag_ in ("RB", "IN") for i in range(k + 1, amount.start))

    def demanded_object(self, after_verb: int, amount: Span) -> list[Filler]:
        """"sent X a tax bill of $N": the object before a demand for money ("a bill of", "a
        fine of") pays it."""
        doc = self.doc
        object_start, object_end = self.phrase_right(after_verb, amount.start)
        j = object_end
        while j < amount.start and doc[j].tag_ in ("DT", "JJ", "JJR", "JJS"):
            j += 1
        noun = next((n for n in self.stage.demand_nouns if self.words_at(j, n)), None)
        if object_end == object_start or noun is None:
            return []
        k = j + len(noun)
        if k >= amount.start or self.lower(k) != "of" or any(
                doc[i].tag_ not in ("RB", "IN") for i in range(k + 1, amount.start)):
            return []
        return self.phrase_fillers("payer", object_start, object_end, allow_text=False)

    def helped_fillers(self, amount: Span, end: int) -> list[Filler]:
        """"pledged $420 million to help Zambia feed …": the named party a purpose clause
        helps is paid."""
        for i in range(amount.end, end - 2):
            if self.doc[i].tag_ == "TO" and self.lower(i + 1) in self.stage.help_verbs:
                return [f for f in self.phrase_fillers(
                    "payee", *self.phrase_right(i + 2, end), allow_text=False) if f.entity]
        return []

    def creditor_fillers(self, amount: Span, end: int) -> list[Filler]:
        """"will use $N to repay loans from X and Y", "to clear debts with X and with former
        players", "to settle a dispute with X": the creditors a purpose clause repays, the
        other side of a claim it settles, are paid."""
        for i in range(amount.end, end - 3):
            if self.doc[i].tag_ != "TO" or self.lower(i + 1) not in self.stage.repaying_verbs:
                continue
            debt_start, debt_end = self.phrase_right(i + 2, end)
            # "a six-year tax dispute": a duration inside the phrase does not end it.
            if debt_end < end and debt_end in self.in_date:
                while debt_end < end and debt_end in self.in_date:
                    debt_end += 1
                debt_end = self.phrase_right(debt_end, end)[1]
            if debt_end == debt_start or self.lower(debt_end - 1) not in self.stage.settled_nouns:
                return []
            fillers = []
            k = debt_end
            while k + 1 < end and self.lower(k) in self.stage.creditor_prepositions:
                phrase = self.phrase_right(k + 1, end)
                named = self.named_apposition(phrase[1])
                fillers += [Filler("payee", *named[:3])] if named is not None \
                    else self.phrase_fillers("payee", *phrase)
                k = phrase[1]
                # "with X and with Y": each creditor's own preposition
                if k + 1 < end and self.lower(k) in COORDINATORS:
                    k += 1
            return fillers
        return []

    def held_object(self, after_verb: int, amount: Span) -> list[Filler] | None:
        """"giving the company a market value of €9.6 billion": an object followed by what it
        holds ("a value of", "a profit of") holds the amount; the verb names no payment."""
        doc = self.doc
        object_start, object_end = self.phrase_right(after_verb, amount.start)
        j = object_end
        while j < amount.start and doc[j].tag_ in ("DT", "JJ", "JJR", "JJS"):
            j += 1
        found = self.form_at(j, self.stage.noun_frames) if j < amount.start else None
        if object_end == object_start or not found or found[1].possessor != "holder":
            return None
        k = j + len(found[0])
        if k >= amount.start or self.lower(k) != "of" or any(
                doc[i].tag_ not in ("RB", "IN") for i in range(k + 1, amount.start)):
            return None
        return self.phrase_fillers("holder", object_start, object_end, allow_text=False)

    def apposed_names(self, i: int, end: int) -> list[tuple[int, int, str, str]]:
        """"its chief executive, Laura Finch, $9.7 million": the names in commas after a
        phrase, just before the amount or the noun phrase that leads to it ("its bus operator,
        X, a subsidy of $N"), also coordinated ("its advisers, X and law firm Y, fees of $N")."""
        doc = self.doc
        if i + 2 >= end or doc[i].text != ",":
            return []
        names, k = [], i + 1
        while k < end and k in self.mention_at and self.mention_at[k][0] == k \
                and self.mention_at[k][3] in self.stage.actor_labels:
            names.append(self.mention_at[k])
            k = self.mention_at[k][1]
            if k + 1 < end and self.lower(k) in COORDINATORS:
                k += 1
                # "and law firm Y": a few words that describe the next name.
                first = k
                while k < end and k - first < 3 and k not in self.mention_at \
                        and doc[k].tag_ in ("NN", "JJ"):
                    k += 1
        if not names or k >= end or doc[k].text != "," or not all(
                doc[x].tag_ in PHRASE_TAGS or self.lower(x) == "of" for x in range(k + 1, end)):
            return []
        return names

    def apposed_party(self, i: int, end: int) -> tuple[int, int, str, str] | None:
        """The organisation or person named in commas at token i, after a phrase ("its owner,
        Y,")."""
        if i + 2 < end and self.doc[i].text == "," and i + 1 in self.mention_at:
            mention = self.mention_at[i + 1]
            if mention[0] == i + 1 and mention[1] < len(self.doc) \
                    and self.doc[mention[1]].text in (",", ".") \
                    and mention[3] in ("ORG", "PERSON") \
                    and self.doc[i - 1].tag_ in ("NN", "NNS"):
                return mention
        return None

    def named_apposition(self, i: int) -> tuple[int, int, str, str] | None:
        """"a dispute with the country's tax authority, the Kestrel Revenue Office (KRO),":
        the organisation named in commas (after "the", before its bracketed short name) at
        token i after a phrase in words that names no one."""
        doc = self.doc
        if i + 2 >= len(doc) or doc[i].text != "," or i - 1 in self.mention_at:
            return None
        j = i + 2 if self.lower(i + 1) == "the" else i + 1
        mention = self.mention_at.get(j)
        if mention is None or mention[0] != j or mention[1] >= len(doc) \
                or doc[mention[1]].text not in (",", ".", "(") \
                or not self.is_kind(mention, "ORG"):
            return None
        return mention

    def own_part(self, amount: Span, start: int) -> int:
        """"owes $620 million to bondholders and $140 million to suppliers": a coordinated
        amount's prepositions follow it; the earlier amount's are not its own."""
        k = amount.start
        while k > start and self.doc[k - 1].tag_ in GAP_WORDS and k - 1 not in self.mention_at:
            k -= 1
        if k - 1 > start and self.lower(k - 1) in COORDINATORS \
                and any(i in self.money_first for i in range(start, k - 1)):
            return amount.start
        return start

    def means_fillers(self, amount: Span, end: int) -> list[Filler]:
        """"raised $840 million by selling shares to investors": the parties after the
        prepositions of a gerund of means after the amount."""
        doc = self.doc
        for i in range(amount.end, end - 1):
            if self.lower(i) in MEANS_PREPOSITIONS and doc[i + 1].tag_ == "VBG":
                found = self.form_at(i + 1, self.stage.verb_frames)
                if found is None:
                    return []
                return [f for f in self.preposition_fillers(
                    replace(found[1], places=False), i + 1 + len(found[0]), end, amount)
                    if f.role in ("payer", "payee")]
        return []

    def fronted_places(self, start: int, cue: int) -> list[Filler]:
        """"In Leeds, the city council spent …", "And in Glasgow, …": a place before the
        clause."""
        i = start + 1 if start < cue and self.lower(start) in COORDINATORS else start
        if i + 2 < cue and self.lower(i) in ("in", "at") and i + 1 in self.mention_at:
            m_start, m_end, entity, label = self.mention_at[i + 1]
            if m_start == i + 1 and label in self.stage.place_labels and m_end < cue \
                    and self.doc[m_end].text == ",":
                return [Filler("place", m_start, m_end, entity)]
        return []

    def where_places(self, start: int, cue: int) -> list[Filler]:
        """"at a plant in Kenitra, where it has pledged to invest €120 million": the place a
        relative "where" opens on."""
        for i in range(cue - 1, start + 1, -1):
            if self.doc[i].text in (",", ";") and i + 1 < cue and self.lower(i + 1) != "where":
                return []
            if self.lower(i) == "where" and self.doc[i - 1].text == "," \
                    and i - 2 in self.mention_at:
                m_start, m_end, entity, label = self.mention_at[i - 2]
                if label in self.stage.place_labels and m_end == i - 1:
                    return [Filler("place", m_start, m_end, entity)]
                return []
        return []

    def purpose_places(self, amount: Span, end: int) -> list[Filler]:
        """"raises $38 million to expand across East Africa": the places of a purpose clause
        (up to the next amount: "to repay a loan of $A and to spend $B on a terminal in X")."""
        doc = self.doc
        end = next((i for i in range(self.after_conversion(amount.end, end), end)
                    if i in self.money_first), end)
        for i in range(amount.end, end - 1):
            if self.lower(i) == "for" and doc[i + 1].tag_ != "VBG" \
                    and (doc[i + 1].tag_ != "DT" and doc[i + 1].tag_ != "PRP$"
                         or self.lower(i + 1) in ("a", "an")):
                # "for community kitchens in Southern Province", "for a depot in X": where
                # what it pays for will be (not a reason: "for his record run in Zurich").
                phrase_end = self.phrase_right(i + 1, end)[1]
                if phrase_end > i + 1 and phrase_end + 1 < end \
                        and self.lower(phrase_end) in ("in", "at"):
                    return self.places_after(phrase_end + 1, end)
            if doc[i].tag_ == "TO" and doc[i + 1].tag_ == "VB":
                # "to electrify the Midland Main Line between Kettering and Sheffield": a
                # facility as the object (a country there is seldom where money goes: "to
                # settle Ohio claims").
                objects = [f for f in self.places_after(i + 2, end)
                           if self.mention_at[f.start][3] == "FAC"]
                return objects + [f for j in range(i + 2, end)
                        if self.lower(j) in self.stage.place_prepositions
                        and self.lower(j) not in ("to", "for")
                        for f in self.places_after(j + 1, end)]
        return []

    def modifier_fillers(self, amount: Span, cue: int, form: tuple[str, ...], frame: Frame,
                         ) -> list[Filler]:
        """"a $450 million IDB loan": a name between the amount and its noun."""
        if not frame.modifier or cue < amount.end:
            return []
        labels = self.stage.actor_labels
        return [Filler(frame.modifier, m[0], m[1], m[2])
                for m in dict.fromkeys(self.mention_at[i] for i in range(amount.end, cue)
                                       if i in self.mention_at) if m[3] in labels]

    def noun_fillers(self, amount: Span, cue: int, form: tuple[str, ...], frame: Frame,
                     start: int, end: int) -> list[Filler]:
        if cue < amount.start and frame.possessor in ("payer", "payee") \
                and self.share_price(amount):
            return []  # "priced its offering at $N per share": a price, not the payment
        fillers = self.preposition_fillers(frame, cue + len(form), end, amount)
        fillers += self.modifier_fillers(amount, cue, form, frame)
        # "Keswick Re made a payout of $4 million to Orbis": a party the noun's preposition
        # already gives the possessor's role leaves the possessor (the subject) another role.
        if frame.possessor and not any(f.role == frame.possessor for f in fillers):
            compound = self.compound_name(cue, start)
            if compound is not None:  # "Fjordvik shares fell", "an IDB loan"
                fillers += [Filler(frame.modifier or frame.possessor, *compound[:3])]
            else:
                fillers += self.possessor_fillers(frame.possessor, cue, start)
            if not fillers and " ".join(form) in self.stage.company_parts and cue > start \
                    and self.lower(cue - 1) == "the":
                # "The shares opened at $31": the shares of the company the article is about.
                fillers += [Filler(frame.possessor, cue - 1, cue + len(form), entity)
                            for entity in self.companies(cue - 1, "company", plural=False)]
            if frame.setter and fillers and cue < amount.start:
                verb = next((k for k in range(cue - 1, max(start, cue - 6) - 1, -1)
                             if self.doc[k].tag_ in ("VBD", "VBZ", "VBP")
                             and k not in self.mention_at), None)
                if verb is not None:
                    fillers += [f for f in self.subject_fillers(frame.setter, verb, start)
                                if f.entity and f.entity not in {g.entity for g in fillers}]
            after = cue + len(form)
            if not fillers and after + 1 < amount.start \
                    and self.lower(after) in ("at", "of", "in"):
                # "Revenue at Orbis Energy rose to $4.2 billion", "Shares in X rose to $N":
                # the noun's organisation (not a place: "Revenue in Kenya"); "The cost of the
                # bridge is $N": what a copula gives the value of holds it, also in words.
                phrase = self.phrase_right(after + 1, amount.start)
                stated = frame.possessor == "holder" and self.lower(after) == "of" \
                    and self.copula_before(phrase[1], amount.start)
                fillers += [f for f in self.phrase_fillers(
                    frame.possessor, *phrase, allow_text=stated)
                    if self.label(f) not in self.stage.place_labels]
            if not fillers and frame.possessor == "holder" \
                    and self.held_value(amount, (cue, form, frame)):
                # "would pay the rest from cash reserves of $N": the value is the subject's.
                # The nearest verb, not a participle that qualifies an amount ("the remaining
                # $N"); none through another clause's participle ("figures showing a profit").
                verb = next((k for k in range(cue - 1, start - 1, -1)
                             if self.doc[k].tag_.startswith("VB") and k not in self.mention_at
                             and k + 1 not in self.money_first), None)
                if verb is not None and self.doc[verb].tag_ == "VBG":
                    verb = None
                # A name or "it", not a description the text may give several companies ("The
                # British retailer"), nor a person forecasting a company's figure.
                if verb is not None:
                    fillers += [f for f in self.subject_fillers("holder", verb, start)
                                if f.entity and not self.is_person(f)
                                and (f.start in self.mention_at
                                     or self.lower(f.start) in THING_PRONOUNS)]
        return fillers

    def copula_before(self, i: int, amount_start: int) -> bool:
        """Whether "is", "was", "will be" … at token ``i`` join what comes before it to the
        amount, with adverbs at most between ("is about $N")."""
        k = i
        while k < amount_start and (self.lower(k) in self.stage.auxiliaries
                                    or self.lower(k) in self.stage.passive_auxiliaries):
            k += 1
        while k < amount_start and self.doc[k].tag_ in ("RB", "RBR", "JJR", "IN"):
            k += 1
        return k > i and k == amount_start and any(
            self.lower(j) in ("is", "are", "was", "were", "be") for j in range(i, k))

    def share_price(self, amount: Span) -> bool:
        """"at NT$450 per share", "at $24 a share": the price of one share."""
        i = amount.start - 1
        while i > 0 and self.doc[i].tag_ == "RB":
            i -= 1
        j = amount.end
        return i >= 0 and self.lower(i) == "at" and j + 1 < len(self.doc) \
            and self.lower(j) in ("per", "a") and self.lower(j + 1) == "share"

    def compound_name(self, cue: int, low: int) -> tuple[int, int, str, str] | None:
        """The organisation named just before a frame noun, which it modifies as a possessor
        would ("Fjordvik shares", "Acme revenue"); not a name of a longer noun phrase ("the
        Acme Tower project")."""
        mention = self.mention_at.get(cue - 1)
        if mention is None or mention[1] != cue or mention[0] < low \
                or not self.is_kind(mention, "ORG"):
            return None
        return mention

    def possessor_fillers(self, role: str, cue: int, low: int) -> list[Filler]:
        doc = self.doc
        i = cue - 1
        while i >= low and i not in self.mention_at and (doc[i].tag_ in (
                "JJ", "NN", "NNP", "VBG", "VBN", "CD", "HYPH") or i in self.in_money) \
                and not (doc[i].tag_.startswith("VB")
                         and doc[i].lower_ in self.stage.noun_subject_verbs):
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
        # "Tuul says revenue rose 180% to €19 million": a company reporting its own result.
        say = i - 1 if token.lower_ == "that" and i - 1 >= low else i
        if role == "holder" and token.tag_ in ("VBD", "VBZ", "VBP", "IN") \
                and self.is_say_verb(say) and doc[say].tag_.startswith("VB"):
            return [f for f in self.subject_fillers(role, say, low)
                    if f.entity and self.is_organisation(f)]
        # "X reported an operating profit of …", "it expected a hit of …", "it was in talks",
        # "Citizens has $9.2 billion in reserves"
        with_at = None
        while i >= low and (doc[i].tag_ in ("DT", "JJ", "RB", "IN", "RP") or i in self.in_money):
            if doc[i].lower_ == "with" and with_at is None:
                with_at = i
            i -= 1
        if i >= low and doc[i].lower_ in self.stage.noun_subject_verbs:
            subject = self.subject_fillers(role, i, low)
            # "She expects net profit of ₹640 crore": a person's forecast of a result is the
            # company's the article is about (the person is its source).
            if role == "holder" and doc[i].lower_ in self.stage.forecast_verbs and subject \
                    and all(self.is_person(f) for f in subject):
                company = self.main_entity(i, "ORG")
                return [Filler(role, cue, cue + 1, company)] if company else []
            return subject
        if i > low and doc[i].lower_ in COORDINATORS:
            # "reported revenue of $A last year and an operating profit of $B": the second
            # object of the verb before.
            verb = next((k for k in range(i - 1, low - 1, -1) if doc[k].tag_.startswith("VB")
                         and k not in self.mention_at and k not in self.in_date), None)
            if verb is not None and doc[verb].tag_ in FINITE_TAGS \
                    and doc[verb].lower_ in self.stage.noun_subject_verbs:
                return self.subject_fillers(role, verb, low)
        if with_at is not None and (with_at + 1 in self.money_first
                                    or doc[with_at + 1].lower_ in ("a", "an")
                                    and with_at + 2 in self.money_first):
            # "Brightway files for bankruptcy with $1.8 billion of debt", "will go ahead with a
            # $90 million expansion": the clause's subject.
            verb = next((k for k in range(with_at - 1, low - 1, -1)
                         if doc[k].tag_ in FINITE_TAGS and k not in self.mention_at), None)
            if verb is not None:
                return self.subject_fillers(role, verb, low)
        return []

    def bare_relative(self, amount: Span, end: int) -> bool:
        """Whether a relative clause without its pronoun follows a definite amount: "the $2
        billion the government had sought" (a phrase, then a finite verb or an auxiliary)."""
        doc = self.doc
        if amount.start < 1 or self.lower(amount.start - 1) != "the" or amount.end >= end \
                or not (doc[amount.end].tag_ in ("DT", "PRP", "PRP$")
                        or amount.end in self.mention_at):
            return False
        verb = self.phrase_right(amount.end, end)[1]
        return verb < end and verb > amount.end and (doc[verb].tag_ in FINITE_TAGS)

    def relative_fillers(self, amount: Span, end: int) -> list[Filler]:
        """"… the $12 a share that early investors paid": a relative clause after the amount."""
        doc = self.doc
        i = amount.end
        while i < end and doc[i].lower_ not in self.stage.relative_pronouns:
            if i - amount.end > self.stage.noun_after_window:
                i = end
                break
            i += 1
        if i < end:
            phrase_start, phrase_end = self.phrase_right(i + 1, end)
        elif amount.start > 0 and self.lower(amount.start - 1) == "the" and amount.end < end \
                and (doc[amount.end].tag_ in ("DT", "PRP", "PRP$")
                     or amount.end in self.mention_at):
            # "the £96 million the department spent last year on …": a relative clause
            # without its pronoun after a definite amount.
            phrase_start, phrase_end = self.phrase_right(amount.end, end)
        else:
            return []
        verb = phrase_end
        while verb < end and (self.lower(verb) in self.stage.auxiliaries
                              or self.doc[verb].tag_ in ("MD", "RB")):
            verb += 1
        if verb >= end or phrase_end == phrase_start:
            return []
        found = self.form_at(verb, self.stage.verb_frames)
        if not found or not found[1].subject:
            return []
        form, frame = found
        return self.phrase_fillers(frame.subject, phrase_start, phrase_end) \
            + self.preposition_fillers(replace(frame, prepositions={}), verb + len(form), end,
                                       amount)

    def preposition_fillers(self, frame: Frame, start: int, end: int, amount: Span,
                            ) -> list[Filler]:
        """Noun phrases after the frame's prepositions, and places, between ``start`` and the
        clause end (the amount itself is skipped)."""
        fillers = []
        prepositions = sorted({**frame.value_prepositions, **frame.prepositions}.items(),
                              key=lambda p: -len(p[0].split()))
        bought = infinitive = False
        i = start
        while i < end:
            if amount.start <= i < amount.end:
                i = amount.end
                continue
            # "a contract to supply drones for the British Army": not the frame's "for".
            # "a contract to build tram lines to a consortium": the frame's "to" comes back,
            # for a party, not a place.
            if i > amount.end and self.doc[i].tag_ == "VB" and self.doc[i - 1].tag_ == "TO":
                prepositions = [(p, r) for p, r in prepositions if p == "to"]
                infinitive = True
            if i in self.mention_at and frame.places and self.is_place_possessive(i):
                fillers.append(Filler("place", *self.mention_at[i][:3]))
            matched = next(((tuple(p.split()), role) for p, role in prepositions
                            if self.words_at(i, tuple(p.split()))), None)
            # "on tools from Japan's Nikon": the seller, not where the goods come from.
            seller_only = False
            if i >= amount.end and self.lower(i) in frame.goods_prepositions:
                bought = True
            elif not matched and bought and self.lower(i) in frame.after_for:
                matched = (self.lower(i),), frame.after_for[self.lower(i)]
                seller_only = True
            skip = 0
            if matched:
                words, role = matched
                if words == ("for",) and i >= amount.end:
                    bought = True  # "paid $N for X": not "paid for the deal with $N from Y"
                elif bought and len(words) == 1 and words[0] in frame.after_for:
                    role = frame.after_for[words[0]]
                skip = len(words) - 1  # "led by" is not also "by"
                phrase = self.phrase_right(i + len(words), end)
                # "from a group of lenders led by X and Y": the named members.
                marker = next((m for m in self.stage.group_markers
                               if self.words_at(phrase[1], m)), None)
                if marker and phrase[1] - phrase[0] == 2 and self.doc[phrase[0]].tag_ == "DT" \
                        and self.lower(phrase[0] + 1) in self.stage.company_nouns:
                    # "by a group led by software entrepreneur X": the group, in words.
                    named = self.phrase_right(phrase[1] + len(marker), end)
                    if named[1] > named[0] and named[1] - 1 in self.mention_at:
                        fillers.append(Filler(role, phrase[0], named[1], None))
                        i = named[1]
                        continue
                if marker:
                    phrase = self.phrase_right(phrase[1] + len(marker), end)
                if words == ("for",) and self.purpose_gerund(phrase[0]):
                    phrase = (phrase[0], phrase[0])  # "for rebuilding embankments": a purpose
                if " ".join(words) in frame.value_prepositions \
                        and " ".join(words) not in frame.prepositions \
                        and not self.holds_value(*phrase):
                    phrase = (phrase[0], phrase[0])
                # "from its private equity owner, Cordillera Capital Partners, for …": the name
                # in commas after the phrase is the party.
                # A name closing the sentence after the clause's comma counts ("a payment by
                # the developer's insurer, X.").
                named = self.apposed_party(phrase[1], len(self.doc) if phrase[1] == end
                                           else end)
                if named is not None:
                    fillers.append(Filler(role, *named[:3]))
                    i = named[1]
                    continue
                found = self.phrase_fillers(role, *phrase, allow_text=self.party_words(*phrase)
                                            and role != "holder")
                if frame.country_places:
                    found = [replace_role(f, "place") if f.entity and self.label(f) == "GPE"
                             else f for f in found]
                # "committed $20 billion to U.S. battery plants": words that hold a place are
                # where the money goes (a place), no party in words.
                if frame.places and any(self.mention_at[k][3] in self.stage.place_labels
                                        for k in range(*phrase) if k in self.mention_at):
                    found = [f for f in found if f.entity]
                fillers += [f for f in found
                            if not (f.entity and self.label(f) in self.stage.place_labels
                                    and (frame.places and self.label(f) != "GPE"
                                         or infinitive or seller_only))
                            # "the signing of striker X": the person signed is no company
                            # bought ("paid £2 million for Matos" still values the player).
                            and not (role == "holder" and words == ("of",)
                                     and self.label(f) == "PERSON")]
            role = frame.organisation_prepositions.get(self.lower(i))
            if role and not matched:
                fillers += [f for f in self.phrase_fillers(
                    role, *self.phrase_right(i + 1, end), allow_text=False)
                    if f.entity and self.is_organisation(f)]
            if frame.places and self.lower(i) in self.stage.place_prepositions:
                fillers += self.places_after(i + 1, end)
            i += 1 + skip
        return fillers

    def holds_value(self, start: int, end: int) -> bool:
        """Whether the noun phrase's head is a value someone holds ("its wage bill",
        "Anatolia's earnings")."""
        return end > start and any(
            self.doc[max(start, end - n):end].text.lower() in self.stage.possession_nouns
            for n in (1, 2, 3))

    def purpose_gerund(self, i: int) -> bool:
        """"for rebuilding embankments", "for building homes": a gerund after "for" names what
        the money does, no party ("for existing shareholders" does: party_participles)."""
        return i < len(self.doc) and self.doc[i].tag_ == "VBG" \
            and self.lower(i) not in self.stage.party_participles

    def party_words(self, start: int, end: int) -> bool:
        """Whether the words after a frame's preposition can name a party that is no named
        entity: a plural ("to shareholders"), a government, the state, a group, a trust or a
        person by kin or trade ("to the federal government", "from her aunt"), not a thing
        ("for the deal", "to the project")."""
        doc = self.doc
        # "to Spanish side Real Betis": words cut before a name the entities missed; "from its
        # own fund": the possessor's own money.
        if end <= start or end < len(doc) and doc[end].is_alpha and doc[end].is_title \
                or doc[start].lower_ == "its":
            return False
        head = doc[end - 1]
        if head.lower_ in self.stage.place_adverbs and end - 1 > start:
            head = doc[end - 2]  # "from Kenyans abroad"
        lower = head.lower_
        if head.tag_ == "NNS" or head.tag_ == "NNPS" and lower.endswith("s") \
                and head.i in self.mention_at:
            return True
        # "the agency", "the company": a reference to a named entity, never words.
        described = lower in self.stage.company_nouns or lower in self.stage.institution_nouns
        # "the national treasury": a lower-case word the tagger took for a name is a noun.
        singular = head.tag_ == "NN" or head.tag_ == "NNP" and head.is_lower
        return singular and (
            lower in self.stage.government_nouns or lower in self.stage.party_nouns
            or doc[start].lower_ in self.stage.distributives  # "to each household"
            or described and doc[start].lower_ != "the")

    def is_organisation(self, filler: Filler) -> bool:
        mention = self.mention_at.get(filler.start)
        if mention is not None and mention[0] == filler.start:
            return self.is_kind(mention, "ORG")
        return any(m[2] == filler.entity and self.is_kind(m, "ORG") for m in self.mentions)

    def is_place_possessive(self, i: int) -> bool:
        m_start, m_end, _, label = self.mention_at[i]
        return i == m_start and label == "GPE" and m_end < len(self.doc) \
            and self.doc[m_end].text in POSSESSIVES and not self.owns_name(m_end)

    def owns_name(self, end: int) -> bool:
        """Whether a possessive at token ``end`` modifies a name: "Brazil's Construtora Vale
        Verde" (a country's company is no place the money goes)."""
        named = self.mention_at.get(end + 1)
        return end < len(self.doc) and self.doc[end].text in POSSESSIVES \
            and named is not None and named[0] == end + 1 and named[3] in ("ORG", "PERSON")

    def places_after(self, start: int, end: int) -> list[Filler]:
        # "in and around Campinas"
        if start + 1 < end and self.lower(start) in COORDINATORS \
                and self.doc[start + 1].tag_ == "IN":
            start += 2
        phrase_start, phrase_end = self.phrase_right(start, end)
        mentions = list(dict.fromkeys(self.mention_at[i] for i in range(phrase_start, phrase_end)
                                      if i in self.mention_at))
        places = [Filler("place", m[0], m[1], m[2])
                  for m in mentions if m[3] in self.stage.place_labels
                  and not self.owns_name(m[1])]
        # "in Newport, Wales": the region after the place's comma.
        after = phrase_end + 1
        if places and phrase_end + 1 < len(self.doc) and self.doc[phrase_end].text == "," \
                and after in self.mention_at and self.mention_at[after][0] == after \
                and self.mention_at[after][3] in self.stage.place_labels:
            region = self.mention_at[after]
            if region[1] >= len(self.doc) or self.doc[region[1]].is_punct:
                places.append(Filler("place", *region[:3]))
        # "at the Danish sites": a place named by its nationality is written out.
        if not places and mentions and phrase_end - 1 not in self.mention_at \
                and self.doc[phrase_end - 1].tag_ in ("NN", "NNS") \
                and self.lower(phrase_start) in ("the", "its", "their") \
                and all(m[3] == "NORP" for m in mentions):
            places = [Filler("place", phrase_start, phrase_end, None)]
        return places

    def is_person(self, filler: Filler) -> bool:
        """A named person, or one referred to by "he"/"she"."""
        return filler.entity is not None and (self.label(filler) == "PERSON" or (
            filler.end - filler.start == 1 and self.lower(filler.start) in PERSON_PRONOUNS))

    def label(self, filler: Filler) -> str | None:
        mention = self.mention_at.get(filler.start)
        return mention[3] if mention else None

    # -- sources ----------------------------------------------------------------------------

    def clause_cues(self, start: int, end: int
                    ) -> tuple[list[tuple[int, tuple[str, ...]]], list[int]]:
        """The "according to" markers (position, words) and the reporting verbs of a clause."""
        if (start, end) not in self.cues:
            according = [(i, marker) for i in range(start, end)
                         for marker in self.stage.according_to if self.words_at(i, marker)]
            says = [i for i in range(start, end) if self.is_say_verb(i)]
            self.cues[start, end] = according, says
        return self.cues[start, end]

    def source_fillers(self, amount: Span, start: int, end: int) -> list[Filler]:
        """The speaker of the reporting verb nearest before the amount in its sentence (else
        the nearest after), or what follows "according to"."""
        doc = self.doc
        according, says = self.clause_cues(start, end)
        if according:
            i, marker = according[0]
            return self.according_fillers(i + len(marker), end)
        before = bisect_left(says, amount.start)  # the reporting verbs before the amount
        after = bisect_left(says, amount.end)  # the first one after it
        if before == 0 and after == len(says):
            verb = self.verb_cue(amount, start)
            forecast = self.forecast(verb[0], start) if verb is not None else None
            # "analysts had expected Najd to earn $N": who expected it.
            if forecast:
                return self.forecasters(forecast[0], start)
            return self.person_forecaster(amount, start)
        verb = says[before - 1] if before else says[after]
        # "had sought $N, saying it lost …": a participle of saying reports what follows it.
        if not before and doc[verb].tag_ == "VBG":
            return []
        if not before and self.in_relative_clause(amount, start, verb):
            return []
        # "filed for bankruptcy, listing debts of $A, and said it had lined up $B": a reporting
        # verb coordinated after the amount reports its own clause.
        if not before and self.lower(verb - 1) in COORDINATORS:
            return []
        # "The club reported a loss … and borrowed £90 million": the report is of the loss.
        # "Karoo said it had paid … and had set aside $N": a reported clause goes on.
        coordinated = before and any(
            self.lower(k) in COORDINATORS and doc[k + 1].tag_.startswith("VB")
            for k in range(verb + 1, amount.start - 1))
        if coordinated and not (verb + 1 < end and (doc[verb + 1].tag_ == "PRP"
                                                    or self.lower(verb + 1) == "that")):
            return []
        if coordinated:  # the speaker of a reported clause that goes on is a name
            return [f for f in self.subject_fillers("source", verb, start) if f.entity]
        following = verb + 1
        # "…, said Mariko Tanaka, an analyst at …": the speaker follows the verb (not in
        # "X, Y's president, said U.S. mills had …", where a clause follows).
        if following < end and following in self.mention_at and verb > start \
                and doc[verb - 1].text in (",", '"', "”", "’"):
            speaker = self.phrase_right(following, end)
            if speaker[1] >= end or doc[speaker[1]].is_punct:
                return self.phrase_fillers("source", *speaker, allow_text=False)
        return self.subject_fillers("source", verb, start)

    def person_forecaster(self, amount: Span, start: int) -> list[Filler]:
        """"She expects net profit of ₹640 crore": a person who forecasts the amount."""
        verb = next((k for k in range(amount.start - 1, start - 1, -1)
                     if self.doc[k].tag_.startswith("VB")), None)
        if verb is None or self.lower(verb) not in self.stage.forecast_verbs or not any(
                (found := self.noun_at(k)) and found[1].possessor == "holder"
                for k in range(verb + 1, amount.start)):
            return []  # not "she expects 36 million tugriks": her own income
        return [f for f in self.subject_fillers("source", verb, start) if self.is_person(f)]

    def forecasters(self, verb: int, start: int) -> list[Filler]:
        """Who forecast an amount: the subject of the forecasting verb, with the participle
        that says how they were asked ("Analysts polled by Reuters" whole)."""
        doc = self.doc
        first, end = self.phrase_left(self.verb_group_start(verb, start), start)
        if first - 2 >= start and first < end and self.lower(first - 1) == "by" \
                and doc[first - 2].tag_ == "VBN":
            outer = self.phrase_left(first - 2, start)[0]
            if outer < first - 2 and doc[outer].tag_ in NOUN_TAGS | {"DT", "JJ"}:
                return [Filler("source", outer, end, None)]
        return self.subject_fillers("source", verb, start)

    def in_relative_clause(self, amount: Span, start: int, verb: int) -> bool:
        """"Veldhoven Optics, whose revenue was €2.3 billion, said it would appeal": the amount
        describes the speaker; the speaker says something else."""
        comma = self.verb_group_start(verb, amount.end) - 1
        return self.doc[comma].text == "," and any(
            self.lower(k) in self.stage.relative_clause_openers and self.doc[k - 1].text == ","
            for k in range(start + 1, amount.start))

    def according_fillers(self, start: int, end: int) -> list[Filler]:
        phrase_start, phrase_end = self.phrase_right(start, end)
        head = phrase_end - 1
        # "according to data from Briter Bridges": the data's origin is the source.
        # "a report by the Bureau of …", "calculations by broker X": wherever its name is.
        source_noun = phrase_end > phrase_start and self.lower(head) in self.stage.source_nouns
        if source_noun and phrase_end + 1 < end \
                and self.lower(phrase_end) in ("from", "by", "of"):
            by = self.phrase_right(phrase_end + 1, end)
            named = [f for f in self.phrase_fillers("source", *by, allow_text=False) if f.entity]
            # "a report by the council's director of housing, Ger Buckley": the name in commas.
            apposed = self.apposed_party(by[1], len(self.doc))
            if apposed is not None and apposed[3] == "PERSON":
                return [Filler("source", *apposed[:3])]
            if named:
                return named
        # "according to its filing": the filer.
        if source_noun and self.lower(phrase_start) == "its" and all(
                self.doc[k].tag_ in ("JJ", "NN") for k in range(phrase_start + 1, head)):
            entity = self.antecedent(phrase_start, "ORG")
            if entity:
                return [Filler("source", phrase_start, phrase_end, entity)]
        return self.phrase_fillers("source", phrase_start, phrase_end)


def singular(noun: str) -> str:
    """The singular of a regular plural noun: "banks" -> "bank", "companies" -> "company"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def replace_role(filler: Filler, role: str) -> Filler:
    return Filler(role, filler.start, filler.end, filler.entity)
