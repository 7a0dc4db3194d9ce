"""artex_lists stage: PLACEHOLDER until its owner replaces this module (see stages/__init__.py)."""

from spacy.language import Language


@Language.factory("artex_lists")
class Placeholderlists:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def initialize(self, get_examples=None, *, nlp=None, models_dir: str):
        self.models_dir = models_dir

    def __call__(self, doc):
        return doc
