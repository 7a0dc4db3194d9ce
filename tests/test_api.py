"""The Python API: artex.load() -> Extractor.extract / Extractor.pipe, and a cheap import."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from importlib.metadata import version

import pytest
from typer.testing import CliRunner

import artex
from artex.api import Extractor
from artex.cli import app
from artex.record import Record

TEXT = "Acme Corp said on Tuesday it would invest $5 million in Ohio.\n"


@pytest.fixture(scope="module")
def extractor(nlp, settings) -> Extractor:
    """What artex.load() returns, on the session's pipeline (loaded once for all tests)."""
    return Extractor(nlp, settings)


def test_import_artex_does_not_import_spacy():
    program = "import sys, artex; print(sorted({'spacy', 'artex.api'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_version_option_prints_the_installed_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"artex {version('artex')}" == f"artex {artex.__version__}"


def test_the_lazy_names_are_the_library_s_own():
    from artex.core import ArticleError
    from artex.record import InputError
    from artex.schema import Article

    assert (artex.Extractor, artex.Article, artex.ArticleError, artex.InputError) == (
        Extractor, Article, ArticleError, InputError)
    with pytest.raises(AttributeError, match="no_such_name"):
        artex.no_such_name  # noqa: B018


@pytest.mark.model
def test_a_string_is_the_article_and_a_path_is_a_file_holding_it(extractor, tmp_path):
    path = tmp_path / "acme.txt"
    path.write_text(TEXT, encoding="utf-8")
    from_text = extractor.extract(TEXT, reference_date="2024-04-12")
    from_file = extractor.extract(path, reference_date=date(2024, 4, 12))
    assert (from_text.source, from_file.source) == ("<text>", str(path))
    assert from_text.model_dump(exclude={"source"}) == from_file.model_dump(exclude={"source"})
    assert [(m.text, m.amount, m.currency) for m in from_text.money] == [
        ("$5 million", 5e6, "USD")]
    tuesday = next(d for d in from_text.dates if d.text == "Tuesday")
    assert tuesday.value == "2024-04-09"


@pytest.mark.model
def test_id_and_format_are_applied(extractor):
    article = extractor.extract("<p>Acme raised <b>$5 million</b> in March.</p>", format="html",
                                id="a1")
    assert article.id == "a1"
    assert article.text.strip() == "Acme raised $5 million in March."
    assert [m.text for m in article.money] == ["$5 million"]


@pytest.mark.parametrize(("source", "options", "message"), [
    ("", {}, "<text>: empty"),
    ("x\x00y", {}, "<text>: binary"),
    ('{"id": 1}', {"format": "json"}, "<text>: has no 'text', 'html' or 'markdown' field"),
    (TEXT, {"format": "jsonl"}, "<text>: a string holds one article"),
    (TEXT, {"format": "pdf"}, "<text>: unknown format 'pdf'"),
])
def test_a_string_that_is_no_article_raises_input_error_naming_it(extractor, source, options,
                                                                    message):
    with pytest.raises(artex.InputError) as caught:
        extractor.extract(source, **options)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_file_holding_several_articles_is_refused_by_extract(extractor, tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": TEXT}) + "\n")
    with pytest.raises(artex.InputError, match="holds 2 articles; use pipe"):
        extractor.extract(path)


def test_a_malformed_reference_date_is_refused(extractor):
    with pytest.raises(ValueError, match="'12/04/2024' is not a date"):
        extractor.extract(TEXT, reference_date="12/04/2024")


@pytest.mark.model
def test_pipe_takes_texts_files_objects_and_records_in_input_order(extractor, tmp_path):
    lines = tmp_path / "two.jsonl"
    lines.write_text(json.dumps({"id": "j1", "text": "It cost $1 million."}) + "\n"
                     + json.dumps({"id": "j2", "text": "It cost $2 million."}) + "\n")
    items = ["It cost $3 million.", lines,
             {"id": "o1", "text": "It cost $4 million.", "published": "2024-04-12"},
             Record(text="It cost $5 million.", source="mine", id="r1")]
    articles = list(extractor.pipe(items))
    assert [a.money[0].amount for a in articles] == [3e6, 1e6, 2e6, 4e6, 5e6]
    assert [a.id for a in articles][1:] == ["j1", "j2", "o1", "r1"]
    assert [a.source for a in articles] == ["<records[0]>", str(lines), str(lines),
                                            "<records[2]>", "mine"]
    assert articles[3].published == date(2024, 4, 12)


@pytest.mark.model
def test_pipe_gives_what_extract_gives(extractor):
    texts = [TEXT, "Shares of Toyota fell 3% in Tokyo on Monday."]
    piped = [a.model_dump(exclude={"source"}) for a in extractor.pipe(texts)]
    single = [extractor.extract(t).model_dump(exclude={"source"}) for t in texts]
    assert piped == single


@pytest.mark.model
def test_pipe_raises_article_error_naming_the_first_item_that_is_no_article(extractor):
    articles = extractor.pipe(["It cost $3 million.", {"title": "no text"}, TEXT])
    assert next(articles).money[0].amount == 3e6
    with pytest.raises(artex.ArticleError,
                       match=r"^<records\[1\]>: has no 'text', 'html' or 'markdown'"):
        next(articles)
