"""The stages as spaCy plugins: declared as entry points, usable without initialize()."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.util import registry

import artex.stages  # noqa: F401  (registers the factories this test compares with)

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_every_artex_factory_is_declared_as_a_spacy_factories_entry_point():
    declared = tomllib.loads(PYPROJECT.read_text())["project"]["entry-points"]["spacy_factories"]
    # Other tests register factories of their own; the stages are those defined in artex.stages.
    registered = {name for name in Language.factories
                  if registry.factories.get(name).__module__.startswith("artex.stages.")}
    assert set(declared) == registered
    for name, target in declared.items():
        module, _, attribute = target.partition(":")
        factory = getattr(__import__(module, fromlist=[attribute]), attribute)
        assert registry.factories.get(name) is factory, name


@pytest.mark.parametrize(("stage", "key", "text", "found"), [
    ("artex_money", "artex_money", "It raised $40 million.", "$40 million"),
    ("artex_dates", "artex_dates", "The plant opened on 3 March 2021.", "3 March 2021"),
    ("artex_entities", "artex_entities", "Shares of Toyota Motor Corp rose.",
     "Toyota Motor Corp"),
    ("artex_segment", "artex_sections", "Markets rally\n\nShares rose on Monday.\n",
     "Shares rose on Monday."),
])
def test_a_stage_never_initialised_reads_the_shipped_data_on_its_first_document(
        stage, key, text, found):
    nlp = spacy.blank("en")
    nlp.add_pipe(stage)
    doc = nlp(text)
    assert found in [span.text for span in doc.spans[key]]


def test_lists_never_initialised_read_the_shipped_heading_lexicon():
    nlp = spacy.blank("en")
    nlp.add_pipe("artex_segment")
    nlp.add_pipe("artex_lists")
    doc = nlp("Pros:\n- cheap\n- fast\n\nCons:\n- heavy\n")
    assert [span._.artex_list["polarity"] for span in doc.spans["artex_lists"]] == ["pro", "con"]


def test_nlp_initialize_initialises_the_stages_with_the_shipped_data():
    nlp = spacy.blank("en")
    nlp.add_pipe("artex_money")
    nlp.initialize()
    assert nlp.get_pipe("artex_money").initialized
    doc = nlp("a €300 million loan")
    assert [span.text for span in doc.spans["artex_money"]] == ["€300 million"]


def test_initialize_reads_the_data_from_the_models_dir_it_is_given(tmp_path):
    nlp = spacy.blank("en")
    money = nlp.add_pipe("artex_money")
    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        money.initialize(nlp=nlp, models_dir=str(tmp_path))


def test_spacy_finds_the_factories_in_a_program_that_never_imports_artex():
    """Through the entry points of the installed distribution (the editable install here; the
    wheel's in test_installed_wheel)."""
    program = ("import spacy\n"
               "nlp = spacy.blank('en')\n"
               "nlp.add_pipe('artex_money')\n"
               "doc = nlp('It raised $40 million.')\n"
               "print([span.text for span in doc.spans['artex_money']])\n")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            cwd=Path(__file__).parent, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['$40 million']"
