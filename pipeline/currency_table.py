"""The world's currencies as the maintained tables give them, for the money stage.

Which codes are active ISO 4217 currencies comes from pycountry (its copy of the ISO 4217
list); English names and their plurals, the digits of the minor unit, the territories that use
a currency, the letter marks and plurals the locales of those territories write ("P" in
Botswana, "quetzales" in Guatemala) and the currencies withdrawn since 1960 come from the
Unicode CLDR through babel. Nothing here is typed by hand: what the press adds to these
tables (local marks such as "Sh" or "N", minor-unit words, ambiguity rules) lives in
``models/currencies.json``.

Reading CLDR through babel takes a tenth of a second at every start, so ``python -m
artex.currency_table`` writes the finished table once to ``models/world_currencies.json``,
which the money stage reads; tests/test_money_world.py checks that the shipped file is what the
pinned pycountry and babel give.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import cache

from artex.generated import write_generated
from artex.settings import DEFAULT_MODELS_DIR

# In the shipped data (``artex/models`` in a wheel, ``models/`` in a checkout).
FILE = DEFAULT_MODELS_DIR / "world_currencies.json"

# A currency withdrawn before this year is too old to be quoted as money in the news.
_HISTORIC_SINCE = 1960
_LOCALE = "en"
# CLDR names a redenominated currency with its years: "Brazilian cruzados (1986–1989)".
_YEARS = re.compile(r"\s*\([^)]*\)\s*$")
_LETTERS_DOLLAR = re.compile(r"[A-Z][A-Za-z]{0,3}\$")
_DOLLAR_LETTERS = re.compile(r"\$[A-Z]{1,3}")


@dataclass(frozen=True)
class Currency:
    """One currency: ``name`` and ``plural`` in English as CLDR writes them ("Indian rupee",
    "Indian rupees"), ``minor_digits`` the digits of its minor unit (2 for cents, 0 for the
    yen), ``places`` the English names of the territories that use or used it;
    ``local_marks`` the letters the locales of those territories write for it ("P" in
    Botswana, "Q" in Guatemala, "KM" in Bosnia), ``local_signs`` the signs with letters they
    write ("RD$" in the Dominican Republic, "T$" in Tonga), ``local_names`` the plural of its
    noun in their languages where it is the English noun inflected ("quetzales",
    "meticais")."""

    code: str
    name: str
    plural: str
    minor_digits: int
    places: tuple[str, ...]
    active: bool
    local_marks: tuple[str, ...] = ()
    local_signs: tuple[str, ...] = ()
    local_names: tuple[str, ...] = ()


def _uses() -> tuple[dict[str, list[str]], dict[str, list[str]], set[str]]:
    """(territories where each currency is legal tender today, territories where each was
    legal tender since _HISTORIC_SINCE, codes CLDR lists only as non-tender funds)."""
    current: dict[str, list[str]] = {}
    former: dict[str, list[str]] = {}
    funds: set[str] = set()
    for territory, spans in _territory_currencies().items():
        for code, _start, end, tender in spans:
            if not tender:
                funds.add(code)
            elif end is None:
                current.setdefault(code, []).append(territory)
            elif end[0] >= _HISTORIC_SINCE:
                former.setdefault(code, []).append(territory)
    return current, former, funds - set(current)


def _local(code: str, territories: list[str], singular: str, plural: str) -> tuple[
        tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(letter marks, signs opening with letters, plurals of the noun other than the English
    one) that the locales of the territories write for the currency."""
    from babel import localedata
    from babel.numbers import get_currency_name, get_currency_symbol

    noun, nouns = singular.split(" ")[-1].lower(), plural.split(" ")[-1].lower()
    marks: set[str] = set()
    signs: set[str] = set()
    names: set[str] = set()
    for locale in localedata.locale_identifiers():
        if locale.rsplit("_", 1)[-1] not in territories or "_" not in locale:
            continue
        symbol = get_currency_symbol(code, locale)
        if symbol != code and symbol.isascii() and symbol.replace(".", "").isalpha():
            marks.add(symbol)
        elif symbol.isascii() and symbol[:1].isalpha() and not symbol.isalnum():
            # "RD$", "B/.": the letters tell this currency's sign from another's ("$").
            signs.add(symbol)
        # "quetzales guatemaltecos": the word that inflects the English noun ("quetzal").
        for word in get_currency_name(code, count=2, locale=locale).split(" "):
            if word.lower() not in (noun, nouns) and len(noun) >= 4 and word.isalpha() \
                    and word.islower() and word.startswith(noun[:4]):
                names.add(word)
    # The locales of other countries write the currency as the press of the world does: "BZ$"
    # (Swedish) for the Belize dollar, "$BZ" (French) that is "BZ$" the other way round,
    # "ZiG" (Dutch) for Zimbabwe gold. Letters before "$" tell one dollar from another in any
    # text; a mark of letters counts only in a text about the currency's places, as above. A
    # currency code is no mark ("ANG" for the Caribbean guilder is the code of the old one).
    for locale in localedata.locale_identifiers():
        symbol = get_currency_symbol(code, locale)
        if _LETTERS_DOLLAR.fullmatch(symbol):
            signs.add(symbol)
        elif _DOLLAR_LETTERS.fullmatch(symbol):
            signs.add(symbol[1:] + "$")
        elif symbol.isascii() and symbol.replace(".", "").isalpha() and territories \
                and symbol not in _codes():
            marks.add(symbol)
    return tuple(sorted(marks)), tuple(sorted(signs)), tuple(sorted(names))


@cache
def _codes() -> frozenset[str]:
    import pycountry

    return frozenset(entry.alpha_3 for entry in pycountry.currencies) | {
        code for spans in _territory_currencies().values() for code, *_ in spans}


def _territory_currencies() -> dict:
    from babel.core import get_global

    return get_global("territory_currencies")


def _names(code: str) -> tuple[str, str]:
    from babel.numbers import get_currency_name

    singular = _YEARS.sub("", get_currency_name(code, count=1, locale=_LOCALE))
    plural = _YEARS.sub("", get_currency_name(code, count=2, locale=_LOCALE))
    return singular, plural


@cache
def world_currencies() -> tuple[Currency, ...]:
    """``build_world_currencies()``, read from the shipped file (built when it is missing)."""
    if not FILE.is_file():
        return build_world_currencies()
    return tuple(Currency(**{**entry, "places": tuple(entry["places"]),
                             "local_marks": tuple(entry["local_marks"]),
                             "local_signs": tuple(entry["local_signs"]),
                             "local_names": tuple(entry["local_names"])})
                 for entry in json.loads(FILE.read_text(encoding="utf-8"))["currencies"])


def local_marks(table: dict) -> dict[str, list[str]]:
    """The letter marks that are money only in a text about one of their currencies' places:
    the press's (``local_marks`` of models/currencies.json, ``table``), then those the locales
    of the active currencies write that the table does not already give a meaning
    ("Q" Guatemalan quetzales, "MK" Malawian kwacha), also without their closing stop."""
    taken = {symbol for entry in table["currencies"] for symbol in entry["symbols"]}
    taken |= set(table["ambiguous_symbols"])
    marks = {mark: list(codes) for mark, codes in table["local_marks"].items()}
    for currency in world_currencies():
        # "Nu 2 million": the press leaves out the stop of an abbreviation CLDR writes ("Nu.").
        for mark in currency.local_marks if currency.active else ():
            for written in dict.fromkeys((mark, mark.rstrip(".") if len(mark) > 2 else mark)):
                if written not in taken and currency.code not in marks.setdefault(written, []):
                    marks[written].append(currency.code)
    return marks


def build_world_currencies() -> tuple[Currency, ...]:
    """Every active ISO 4217 currency (the precious metals, test and fund codes, which are not
    money anyone is paid in, left out), then every currency withdrawn since 1960 whose English
    name no active currency uses (the pre-euro ones, old redenominations)."""
    import pycountry
    from babel import Locale
    from babel.numbers import get_currency_precision

    current, former, funds = _uses()
    territories = Locale.parse(_LOCALE).territories
    found: list[Currency] = []
    for entry in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        code = entry.alpha_3
        if code in funds or (code not in current and code.startswith("X")):
            continue
        singular, plural = _names(code)
        found.append(Currency(code, singular, plural, get_currency_precision(code),
                              tuple(territories[t] for t in current.get(code, ())
                                    if t in territories), True,
                              *_local(code, current.get(code, []), singular, plural)))
    taken = {name.lower() for c in found for name in (c.name, c.plural)}
    for code in sorted(set(former) - {c.code for c in found}):
        singular, plural = _names(code)
        if singular.lower() in taken or plural.lower() in taken or singular == code:
            continue
        taken.update((singular.lower(), plural.lower()))
        found.append(Currency(code, singular, plural, get_currency_precision(code),
                              tuple(territories[t] for t in former[code] if t in territories),
                              False))
    return tuple(found)


def document() -> dict:
    from importlib.metadata import version

    return {
        "_comment": "The world's currencies for the money stage, generated by `python -m "
                    "artex.currency_table` from pycountry (ISO 4217) and the Unicode CLDR "
                    "through babel; see pipeline/currency_table.py.",
        "source": f"pycountry {version('pycountry')}, babel {version('babel')}",
        "currencies": [asdict(c) for c in build_world_currencies()],
    }


def main() -> None:
    found = document()
    write_generated(FILE, found, indent=1, summary=f"{len(found['currencies'])} currencies")


if __name__ == "__main__":
    main()
