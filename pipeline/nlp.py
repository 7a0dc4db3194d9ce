"""Build the artex spaCy pipeline from models/pipeline.cfg."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex
from thinc.api import Config

import artex.stages  # noqa: F401  (registers the artex factories)
from artex.settings import Settings

PIPELINE_CONFIG = "pipeline.cfg"


def load_pipeline_config(settings: Settings) -> Config:
    return Config().from_disk(settings.models_dir / PIPELINE_CONFIG, interpolate=False)


def build_nlp(settings: Settings) -> Language:
    """The pinned English model (only the components the stages use) plus the artex stages,
    each initialised with the data in ``settings.models_dir``."""
    config = load_pipeline_config(settings)
    base = config["base"]
    nlp = spacy.load(base["model"], exclude=base["exclude"])
    for name in base["enable"]:
        nlp.enable_pipe(name)
    add_stages(nlp, settings, config)
    return nlp


def add_stages(nlp: Language, settings: Settings, config: Config | None = None,
               only: list[str] | None = None) -> Language:
    """Add the tokenizer rules the stages rely on, then add and initialise the artex stages
    (all, or ``only`` these) to ``nlp``.

    Used by ``build_nlp`` and by tests that run a stage on ``spacy.blank("en")``."""
    config = config or load_pipeline_config(settings)
    add_infixes(nlp, config["tokenizer"]["extra_infixes"])
    add_prefixes(nlp, config["tokenizer"].get("extra_prefixes", []))
    stage_config = config["stages"]
    for name in stage_config["order"]:
        if only is not None and name not in only:
            continue
        runs_before_ner = name in stage_config["before_ner"] and "ner" in nlp.pipe_names
        where = {"before": "ner"} if runs_before_ner else {}
        component = nlp.add_pipe(name, name=name, config=stage_settings(config, name, settings),
                                 **where)
        component.initialize(lambda: [], nlp=nlp, models_dir=str(settings.models_dir))
    return nlp


def stage_settings(config: Config, name: str, settings: Settings) -> dict:
    """A stage's section of pipeline.cfg; where it has rule families, those the settings
    switch off are added to its own ``disabled_families``."""
    values = dict(config.get(name, {}))
    if "disabled_families" in values:
        values["disabled_families"] = [*values["disabled_families"], *settings.disabled_families]
    return values


def add_infixes(nlp: Language, infixes: list[str]) -> None:
    tokenizer = nlp.tokenizer
    current = [tokenizer.infix_finditer.__self__.pattern] if tokenizer.infix_finditer else []
    tokenizer.infix_finditer = compile_infix_regex(current + infixes).finditer


def add_prefixes(nlp: Language, prefixes: list[str]) -> None:
    """Prefixes added to the model's (the slash opening a press wire's "/PRNewswire/")."""
    tokenizer = nlp.tokenizer
    if prefixes:
        current = [tokenizer.prefix_search.__self__.pattern] if tokenizer.prefix_search else []
        tokenizer.prefix_search = compile_prefix_regex(current + prefixes).search
