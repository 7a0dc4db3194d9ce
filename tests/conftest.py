"""Shared fixtures. No model is loaded at import time: the full pipeline is built on first use."""

from __future__ import annotations

from functools import cache

import pytest
import spacy

from artex.nlp import add_stages, build_nlp
from artex.settings import Settings


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@cache
def shared_nlp() -> spacy.language.Language:
    """The whole artex pipeline on the pinned English model, built on first use (also for the
    service's tests, whose app loads its model through a function)."""
    return build_nlp(Settings())


@pytest.fixture(scope="session")
def nlp():
    """The whole artex pipeline on the pinned English model (loaded once per session)."""
    return shared_nlp()


@pytest.fixture(scope="session")
def blank_with(settings):
    """``blank_with("artex_money")``: spacy.blank("en") with only the named artex stages."""
    cache: dict[tuple[str, ...], spacy.language.Language] = {}

    def make(*stages: str):
        if stages not in cache:
            cache[stages] = add_stages(spacy.blank("en"), settings, only=list(stages))
        return cache[stages]

    return make


@pytest.fixture(scope="session")
def spans_of(blank_with):
    """``spans_of("artex_money", "artex_quantities", "artex_quantity")``: a function from a text
    to the (text, extension value) pairs that one stage, run alone, writes under one key."""

    def make(stage: str, key: str, extension: str):
        nlp = blank_with(stage)

        def run(text: str) -> list[tuple[str, object]]:
            doc = nlp(text)
            return [(span.text, span._.get(extension)) for span in doc.spans[key]]

        return run

    return make
