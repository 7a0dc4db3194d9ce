"""The first-name lexicon of the entities stage (``models/first_names.json``), made from Faker.

Faker (MIT licence, https://github.com/joke2k/faker) keeps lists of given names for dozens of
locales (census and registry lists of Europe, the Americas, Africa and Asia). The lexicon is
every given name of its person providers written in the Latin alphabet, one word, title case,
and no English stop word ("May", "Will"). Faker's generic ``en`` provider also lists words that
are rarely anyone's name ("China", "General", "Royal", "Park"): a name found only there is left
out; one that another locale lists too is kept ("Georgia", "Marcus").

Faker is a development dependency only: ``python -m artex.first_names`` rewrites the file from
the pinned version, and tests/test_first_names.py checks that the shipped file is what that
version gives. artex itself reads the JSON file.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections import Counter
from pathlib import Path

from artex.generated import write_generated

FILE = Path(__file__).resolve().parent.parent / "models" / "first_names.json"
# The attributes of Faker's person providers that hold given names (lists, or dicts of weights).
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
              "first_romanized_names", "first_names_romanized")
GENERIC_LOCALE = "en"


def is_latin_name(name: str) -> bool:
    """One token of the tokenizer ("Anna-Lena" is three), title case, Latin letters."""
    return len(name) > 1 and name[0].isupper() and name[1:] == name[1:].lower() \
        and all(c.isalpha() and (c.isascii() or unicodedata.name(c, "").startswith("LATIN"))
                for c in name)


def names_by_locale() -> dict[str, set[str]]:
    import faker.providers.person as person  # a development dependency

    found = {}
    for module in pkgutil.iter_modules(person.__path__):
        if not module.ispkg:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        names: set[str] = set()
        for attribute in ATTRIBUTES:
            value = getattr(provider, attribute, None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names |= {name for name in value if isinstance(name, str)}
        found[module.name] = {name for name in names if is_latin_name(name)}
    return found


def lexicon() -> list[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    by_locale = names_by_locale()
    locales = Counter(name for names in by_locale.values() for name in names)
    generic = by_locale.get(GENERIC_LOCALE, set())
    return sorted(name for name in locales if name.lower() not in STOP_WORDS
                  and (name not in generic or locales[name] > 1))


def document() -> dict:
    import faker

    return {
        "_comment": "Given names for the entities stage's first_names rule family, generated "
                    "by `python -m artex.first_names` from Faker's person providers (MIT "
                    "licence, https://github.com/joke2k/faker): every locale's given names in "
                    "the Latin alphabet, one word, title case, no English stop word; a name "
                    "that only Faker's generic 'en' list has is left out.",
        "source": f"faker {faker.VERSION}",
        "names": lexicon(),
    }


def main() -> None:
    found = document()
    write_generated(FILE, found, indent=0, summary=f"{len(found['names'])} names")


if __name__ == "__main__":
    main()
