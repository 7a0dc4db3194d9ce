"""artex: news articles to structured, verifiable JSON.

    import artex

    extractor = artex.load()                      # the pipeline, loaded once
    article = extractor.extract("WASHINGTON (Reuters) - ...", reference_date="2024-03-01")
    article.money[0].currency                     # an artex.Article (pydantic)
    for article in extractor.pipe(texts_or_paths):
        ...

``artex.extract(...)`` is the one-call form. ``import artex`` is cheap: spaCy and the model
are imported by ``load`` (or on first use of ``Extractor``, ``Article``, ``InputError`` or
``ArticleError``), not here.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "ArticleError", "Extractor", "InputError", "__version__", "extract",
           "load"]

if TYPE_CHECKING:
    import os

    from artex.api import Extractor, Source
    from artex.core import ArticleError
    from artex.record import InputError
    from artex.schema import Article

# Names served from the module that defines them, imported on first use (PEP 562).
_LAZY = {"Extractor": "artex.api", "Article": "artex.schema", "ArticleError": "artex.core",
         "InputError": "artex.record"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'artex' has no attribute {name!r}")


def load(*, models_dir: str | os.PathLike[str] | None = None, batch_size: int = 8) -> Extractor:
    """Load the artex pipeline once (a few seconds) and return an ``Extractor``.

    ``models_dir``: a folder of artex data files to use instead of the shipped ones;
    ``batch_size``: documents per spaCy batch in ``Extractor.pipe``."""
    from artex import api

    return api.load(models_dir=models_dir, batch_size=batch_size)


def extract(text_or_path: Source, *, reference_date: date | str | None = None,
            format: str | None = None, id: str | None = None) -> Article:
    """One article to an ``Article`` in one call (loads the pipeline each time; see
    ``Extractor.extract`` for the arguments)."""
    from artex import api

    return api.extract(text_or_path, reference_date=reference_date, format=format, id=id)
