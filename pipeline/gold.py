"""Gold annotations: the corpus gold files, the MEANTIME development file, and a validator.

A corpus gold file is ``corpus/NAME.gold.json`` beside the annotated ``corpus/NAME.ext``, in
gold format 1.0 (``schema.GoldArticle``) or as a full ``schema.Article`` (the golden case).
Every problem is a ``GoldError`` whose message names the file and, for a bad span, the span.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from artex.schema import GOLD_VERSION, MONEY_ROLES, Article, GoldArticle

GOLD_SUFFIX = ".gold.json"

# MEANTIME entity labels -> the artex labels a prediction may carry to count as right.
# MEANTIME marks a demonym that stands for its place ("Canadian", "Romanian" plants) as a LOC
# mention of that place; the artex contract (OntoNotes) labels the same word NORP.
MEANTIME_LABELS = {
    "PER": frozenset({"PERSON"}),
    "ORG": frozenset({"ORG"}),
    "LOC": frozenset({"GPE", "LOC", "FAC", "NORP"}),
}
# The label a MEANTIME mention gets in the gold model (one of its set above).
MEANTIME_GOLD_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
# MEANTIME annotates entities, time expressions and values only in its first sentences: the
# title, the dateline and four sentences, six lines of this file (seven where the rebuilt text
# split a sentence in two; the region then runs to the line of the last annotation).
MEANTIME_ANNOTATED_LINES = 6
# Lowercase words before the last name of a MEANTIME noun phrase that make that name no head of
# it ("Boeing and Lockheed Martin", "the plant of Opel").
HEAD_BREAKS = frozenset({"and", "or", "nor", "of", "in", "at", "for", "to", "from", "by", "with",
                         "on", "near"})
MEANTIME_QUANTITY_TYPES = frozenset({"PERCENT", "QUANTITY"})
# One MEANTIME article writes its dct and a date as DD-MM-YYYY ("February 03, 2009" is
# "03-02-2009"); read as ISO.
DAY_FIRST_DATE = re.compile(r"^(\d\d)-(\d\d)-(\d{4})$")


class GoldError(Exception):
    """A gold file that cannot be used. ``str()`` names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class GoldCase:
    """One annotated text and how to score against it.

    ``gold_path`` is the file the gold was read from. ``source`` is the file the systems read
    (corpus), or None when they read ``gold.text`` (MEANTIME). ``label_sets`` maps a gold entity
    label to the predicted labels counted right (identity when absent). ``ignored_mentions`` are
    gold mentions of types artex does not extract: a prediction there is neither right nor
    wrong. ``annotated_end`` bounds the text that is annotated (None: all of it); nothing after
    it is scored. ``merges_annotated`` says whether the gold groups mentions into entities.
    """

    dataset: str
    name: str
    gold: GoldArticle
    gold_path: Path | None = None
    source: Path | None = None
    label_sets: dict[str, frozenset[str]] = field(default_factory=dict)
    ignored_mentions: tuple[tuple[int, int], ...] = ()
    annotated_end: int | None = None
    merges_annotated: bool = True


def _validation_message(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    problem = first["msg"].removeprefix("Value error, ")
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {problem}{more}" if where else f"{problem}{more}"


def gold_from_article(article: Article) -> GoldArticle:
    """The gold view of a full Article (the golden case's gold file, or a prediction)."""
    data = article.model_dump(include={"reference_date", "title", "published", "text",
                                       "entities", "money", "quantities", "dates", "lists",
                                       "quotes", "claims"})
    names = {entity["id"]: entity["name"] for entity in data["entities"]}
    for entity in data["entities"]:
        del entity["id"], entity["count"], entity["titles"]
    for money in data["money"]:
        del money["entities"]
        for role in MONEY_ROLES:
            money["roles"][role] = [names[i] for i in money["roles"][role] if i in names]
    for quote in data["quotes"]:
        quote["speaker"] = names.get(quote["speaker"])
    for claim in data["claims"]:
        claim["holder"] = names.get(claim["holder"])
    for timex in data["dates"]:
        del timex["granularity"], timex["relative"]
    for lst in data["lists"]:
        del lst["start"], lst["end"]
        for item in lst["items"]:
            del item["entities"]
    return GoldArticle(gold_version=GOLD_VERSION, source=Path(article.source).name, **data)


def load_gold(path: str | Path) -> GoldArticle:
    """Read and validate one gold file; for a .txt source its text must be the file's content."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GoldError(path, f"cannot be read ({error.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(path, f"not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise GoldError(path, "not a JSON object")
    try:
        if "schema_version" in data:
            gold = gold_from_article(Article.model_validate(data))
        else:
            gold = GoldArticle.model_validate(data)
    except ValidationError as error:
        raise GoldError(path, _validation_message(error)) from None
    source = path.parent / gold.source
    if not source.is_file():
        raise GoldError(path, f"its source {gold.source!r} is not a file beside it")
    if source.suffix == ".txt" and source.read_text(encoding="utf-8") != gold.text:
        raise GoldError(path, f"text differs from the content of {gold.source}")
    return gold


def corpus_case(path: Path) -> GoldCase:
    """A gold file's case; its dataset is its folder ("corpus", "11-round-1"), so that a
    first-contact round is scored apart from the corpus even when both are read at once."""
    gold = load_gold(path)
    return GoldCase(dataset=path.resolve().parent.name,
                    name=path.name.removesuffix(GOLD_SUFFIX), gold=gold, gold_path=path,
                    source=path.parent / gold.source)


def line_end(text: str, lines: int, at_least: int) -> int:
    """The offset just past the first ``lines`` lines, or past the line holding ``at_least``."""
    end = 0
    for line in text.split("\n"):
        end += len(line) + 1
        lines -= 1
        if lines <= 0 and end > at_least:
            break
    return min(end, len(text))


def iso_date_text(value: str) -> str:
    return DAY_FIRST_DATE.sub(r"\3-\2-\1", value)


def headed_by_a_mention(text: str, mention: dict, mentions: list[dict]) -> bool:
    """True when a MEANTIME mention without a head is a noun phrase that ends with another
    mention of the same label right after a lowercase descriptive word ("US automaker GM",
    "the company's vice president John Smith"): that name is the phrase's head, and the
    articles that give heads annotate such a phrase once, as its head ("President Dmitry
    Medvedev" -> "Dmitry Medvedev"). The articles without heads also annotate the name on its
    own (not always), so the phrase would count the one mention twice. Not a coordination
    ("Boeing and Lockheed Martin"), a place and its region ("Long Beach, California") nor an
    acronym in brackets ("the Air Force (USAF"), whose last name is no head."""
    start, end = mention["start"], mention["end"]
    for inner in mentions:
        if inner is mention or inner["label"] != mention["label"] or inner["end"] != end \
                or not start < inner["start"] or inner.get("head_start") is not None:
            continue
        before = text[start:inner["start"]].split()
        if before and before[-1].isalpha() and before[-1].islower() \
                and before[-1] not in HEAD_BREAKS:
            return True
    return False


def meantime_case(row: dict, path: Path | None = None) -> GoldCase:
    """A GoldCase from one line of meantime_dev.jsonl (see ../shared/eval/README.md)."""
    text = row["text"]
    last_annotation = max((span["end"] for key in ("entities", "timexes", "values")
                           for span in row[key]), default=0)
    annotated_end = line_end(text, MEANTIME_ANNOTATED_LINES, last_annotation)
    entities, ignored = [], []
    for mention in row["entities"]:
        start, end = mention["start"], mention["end"]
        if mention.get("head_start") is not None:
            # The head is the name inside a longer noun phrase ("United States airframer Boeing").
            start, end = mention["head_start"], mention["head_end"]
        elif headed_by_a_mention(text, mention, row["entities"]):
            continue
        label = MEANTIME_GOLD_LABEL.get(mention["label"])
        if label is None:
            ignored.append((start, end))
            continue
        entities.append({"name": text[start:end], "label": label, "country_code": None,
                         "aliases": [], "mentions": [{"text": text[start:end], "start": start,
                                                      "end": end}]})
    money = [{"text": text[m["start"]:m["end"]], "start": m["start"], "end": m["end"],
              "amount": m["amount"], "amount_max": m.get("amount_max"),
              "currency": m["currency"], "qualifier": m["qualifier"], "per": m.get("per")}
             for m in row["money"]]
    quantities = [{"text": v["text"], "start": v["start"], "end": v["end"], "value": None,
                   "value_max": None, "unit": None, "qualifier": None}
                  for v in row["values"] if v["type"] in MEANTIME_QUANTITY_TYPES]
    dates = [{"text": t["text"], "start": t["start"], "end": t["end"], "type": t["type"],
              "value": t["value"] and iso_date_text(t["value"]), "modifier": t["mod"],
              "start_date": None, "end_date": None}
             for t in row["timexes"]]
    gold = GoldArticle(gold_version=GOLD_VERSION, source=row["doc_id"],
                       reference_date=date.fromisoformat(iso_date_text(row["dct"])),
                       title=row["title"], published=None, text=text, entities=entities,
                       money=money, quantities=quantities, dates=dates, lists=[])
    return GoldCase(dataset="meantime", name=row["doc_id"], gold=gold, gold_path=path,
                    label_sets=dict(MEANTIME_LABELS), ignored_mentions=tuple(ignored),
                    annotated_end=annotated_end, merges_annotated=False)


def read_meantime(path: Path) -> Iterator[GoldCase]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield meantime_case(json.loads(line), path)
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise GoldError(f"{path}:{number}", f"not a MEANTIME record ({error!r})") from None
            except ValidationError as error:
                raise GoldError(f"{path}:{number}", _validation_message(error)) from None


def read_cases(paths: list[str | Path]) -> list[GoldCase]:
    """The cases in gold files, folders (every *.gold.json inside) and MEANTIME .jsonl files."""
    cases: list[GoldCase] = []
    for given in map(Path, paths):
        if given.is_dir():
            found = sorted(given.glob(f"*{GOLD_SUFFIX}"))
            if not found:
                raise GoldError(given, f"holds no *{GOLD_SUFFIX} file")
            cases += [corpus_case(path) for path in found]
        elif given.suffix == ".jsonl":
            if not given.is_file():
                raise GoldError(given, "no such file")
            cases += read_meantime(given)
        elif given.name.endswith(GOLD_SUFFIX):
            if not given.is_file():
                raise GoldError(given, "no such file")
            cases.append(corpus_case(given))
        else:
            raise GoldError(given, f"neither a *{GOLD_SUFFIX} file, a folder nor a .jsonl file")
    return cases
