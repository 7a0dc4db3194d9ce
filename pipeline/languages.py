"""The language names of the entities stage (``models/languages.json``), from pycountry.

The names of the ISO 639-1 languages (the 184 with a two-letter code: "Swahili", "Arabic",
"Kinyarwanda"), without pycountry's qualifiers ("Swahili (macrolanguage)" -> "Swahili"),
and the heads of their inverted names ("Gaelic, Scottish" -> "Gaelic").
The names of ISO 639-3's other living languages as well ("Sranan Tongo", "Kriol"), which the
entities stage reads as languages only where the words around them say so, never as a
people's adjective. ``python -m artex.languages`` writes the file; tests/test_languages.py
checks that the shipped file is what the pinned pycountry gives.
"""

from __future__ import annotations

import re
from pathlib import Path

from artex.generated import write_generated

FILE = Path(__file__).resolve().parent.parent / "models" / "languages.json"
NAME = "languages.json"

# "Swahili (macrolanguage)", "Modern Greek (1453-)": pycountry's qualifier in brackets.
QUALIFIER = re.compile(r"\s*\(.*\)$")


def build() -> list[str]:
    import pycountry

    listed = [language for language in pycountry.languages if hasattr(language, "alpha_2")]
    # The head of the inverted name as well ("Gaelic, Scottish" -> "Gaelic", "Greek, Modern"
    # -> "Greek"): the short name an article uses for "Scottish Gaelic" or "Modern Greek".
    heads = {language.inverted_name.split(",")[0] for language in listed
             if hasattr(language, "inverted_name")}
    return sorted({QUALIFIER.sub("", language.name) for language in listed} | heads)


def build_living() -> list[str]:
    """The names of ISO 639-3's living languages that ISO 639-1 lacks ("Sranan Tongo", "Kriol",
    "Garifuna", "Tok Pisin"): creoles and the languages of small peoples, which an article
    names as a language only where the words around them say so."""
    import pycountry

    known = set(build())
    living = {QUALIFIER.sub("", language.name) for language in pycountry.languages
              if getattr(language, "type", None) == "L"}
    return sorted(living - known)


def document() -> dict:
    from importlib.metadata import version

    return {
        "_comment": "Language names for the entities stage (family language_names), generated "
                    "by `python -m artex.languages` from pycountry's ISO 639-1 languages, "
                    "without the qualifier in brackets, and the heads of their inverted names "
                    "(\"Gaelic, Scottish\" -> \"Gaelic\"); living_names: the names of ISO "
                    "639-3's living languages that ISO 639-1 lacks (\"Sranan Tongo\", "
                    "\"Kriol\"), read as languages only where a language word or 'in' says so.",
        "source": f"pycountry {version('pycountry')}",
        "names": build(),
        "living_names": build_living(),
    }


def main() -> None:
    found = document()
    write_generated(FILE, found, indent=0, summary=f"{len(found['names'])} languages")


if __name__ == "__main__":
    main()
