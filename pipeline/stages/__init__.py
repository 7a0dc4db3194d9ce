"""The artex stages: spaCy components, Doc -> Doc, registered as factories on import.

Contract shared by every stage (see also ../../README.md, "How it works"):

- A stage is a ``common.Stage`` subclass registered with ``@Language.factory("artex_NAME",
  assigns=[...], requires=[...], default_config={...})`` and declared under
  ``[project.entry-points.spacy_factories]`` in pyproject.toml, so that an installed artex
  gives ``nlp.add_pipe("artex_NAME")`` to any spaCy pipeline without ``import artex``.
  ``default_config`` holds names and numbers only; data (patterns, gazetteers, tables) is read
  from ``models/`` in ``load_data``, which ``initialize(get_examples=None, *, nlp=None,
  models_dir=None)`` calls (the shipped ``models/`` when ``models_dir`` is None; a stage never
  initialised initialises itself so on its first document).
- ``__call__(doc)`` is ``self.set_annotations(doc, self.match(doc))``: ``match`` finds candidates
  and returns plain data, ``set_annotations`` writes the stage's own ``doc.spans[KEY]`` and its
  plain-data extensions (dicts, lists, str, int, float, bool, None), nothing else, so that
  ``nlp.pipe(n_process>1)`` can serialise the Doc.
- Stages never import ``artex.schema``, ``artex.convert`` or the sinks.

Doc inputs, set by the caller before the pipeline runs (see ``common.prepare_doc``):
  ``doc._.artex_reference_date``  ISO date string or None
  ``doc._.artex_markup``          list of [start, end, kind] hints from HTML/Markdown readers
  ``doc._.artex_continues``       True for a later piece of a long text (see artex.pieces):
                                  it has no head (title, byline, dateline)
  ``doc._.artex_text_places``     for a piece of a long text, {currency code: how often the
                                  whole text names its places}, so that a local mark ("Sh45")
                                  in any piece is settled by the country the text names
                                  anywhere; None when the doc is the whole text

What each stage writes (char offsets are into ``doc.text``, end exclusive):

artex_segment   doc.spans["artex_sections"]: one span per block, label_ = kind
                (title, byline, dateline, body, list, references, boilerplate);
                span._.artex_heading = {"text", "start", "end"} or None;
                span._.artex_items (list sections) = [{"start", "end", "title_start",
                "title_end", "text_start", "text_end"}] (title_* None when an item has no title).
                It also marks line breaks as sentence starts.
artex_entities  doc.spans["artex_entities"]: mention spans, label_ = PERSON, ORG, GPE, ...;
                span._.artex_entity_id = "e1", ...;
                doc._.artex_entities = [{"id", "name", "label", "aliases", "country_code",
                "titles"}] in order of first mention.
artex_money     doc.spans["artex_money"]: span._.artex_money = {"amount", "amount_max",
                "currency", "qualifier", "per"};
                doc.spans["artex_quantities"]: span._.artex_quantity = {"value", "value_max",
                "unit", "qualifier"}.
artex_dates     doc.spans["artex_dates"]: span._.artex_timex = {"type", "value", "modifier",
                "granularity", "start_date", "end_date", "relative"};
                doc._.artex_dateline_date = the ISO date a dateline states (a day without a
                year, "Oct 18 (AAP) —", only on or before a reference date the caller gave);
                without a reference date from the caller it anchors the relative expressions.
artex_lists     doc.spans["artex_lists"]: one span per list; span._.artex_list = {"heading",
                "heading_start", "heading_end", "kind", "polarity",
                "items": [{"title", "text", "start", "end"}]} (item start/end are those of text).
artex_roles     doc._.artex_roles = [{"money_start", "money_end" (the amount's offsets in
                artex_money), "role" (payer, payee, holder, place, source), "entity" (id or
                None), "start", "end" (the words that fill the role: a mention, or a phrase
                such as "private investors")}]; doc.spans["artex_roles"]: those words, label_ =
                the role. Reads artex_money, artex_entities, artex_dates and the sections.

artex_quotes    doc._.artex_quotes = [{"start", "end" (the quoted or reported words, without
                the marks), "kind" (direct, partial, indirect), "cue" (said, told, according
                to, …, or None for a quotation that continues the previous speaker's),
                "speaker" (entity id or None), "speaker_start", "speaker_end" (the words that
                name the speaker, or None)}]; doc.spans["artex_quotes"]: the quoted words,
                label_ = kind. Reads artex_entities and the sections.
artex_claims    doc._.artex_claims = [{"start", "end", "polarity" (pro, con), "cue" (the verb or
                cue noun), "holder" (entity id or None), "holder_start", "holder_end"}];
                doc.spans["artex_claims"]: the claims, label_ = polarity. Reads
                artex_entities and the sections (body prose only).

Sections of kind boilerplate feed no extractor; references feed only entities.
"""

from artex.stages import (  # noqa: F401  (registers)
    claims,
    dates,
    entities,
    lists,
    money,
    quotes,
    roles,
    segment,
)
