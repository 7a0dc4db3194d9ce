"""Readers: each format's text, title, dates and markup hints; every bad input a one-line
InputError naming the input (and the line, for JSON Lines); no network, no clock."""

from __future__ import annotations

import io
import json
import socket
import sys
from datetime import date
from pathlib import Path

import hypothesis
import pytest
from hypothesis import strategies as st
from typer.testing import CliRunner

from artex.cli import app
from artex.readers import (
    format_of,
    iter_records,
    read_records,
    record_from_html,
    record_from_markdown,
    record_from_object,
)
from artex.record import InputError, Record
from artex.settings import Settings

DATA = Path(__file__).parent / "data" / "readers"
ARTICLE_HTML = DATA / "article.html"
ARTICLE_MD = DATA / "article.md"
ARTICLE_JSON = DATA / "article.json"
ARTICLES_JSONL = DATA / "articles.jsonl"
SETTINGS = Settings()


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def read_one(source, fmt=None, settings=SETTINGS) -> Record:
    records = list(read_records(str(source), settings, fmt))
    assert len(records) == 1
    return records[0]


def write(tmp_path, name, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def read_one_html(html: str) -> Record:
    """The record of a JSON object whose ``html`` field holds ``html``."""
    return record_from_object({"html": html}, "doc.json")


def hinted(record: Record, kind: str) -> list[str]:
    return [record.text[m.start:m.end] for m in record.markup if m.kind == kind]


def blocks(record: Record) -> list[str]:
    return record.text.split("\n\n")


def error_of(source, fmt=None, settings=SETTINGS) -> InputError:
    with pytest.raises(InputError) as caught:
        list(read_records(str(source), settings, fmt))
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(source))
    return caught.value


# --- plain text ---------------------------------------------------------------------------------

def test_plain_text_is_kept_as_it_is_with_unix_line_ends(tmp_path):
    path = write(tmp_path, "a.txt", b"Title\r\n\r\nFirst line.\rSecond line.\n")
    record = read_one(path)
    assert record.text == "Title\n\nFirst line.\nSecond line.\n"
    assert (record.title, record.published, record.markup) == (None, None, ())


# --- HTML ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def html_record() -> Record:
    return read_one(ARTICLE_HTML)


def test_html_title_and_published_date_come_from_the_page_metadata(html_record):
    assert html_record.title == "Rail signalling upgrade approved"
    assert html_record.published == date(2023, 11, 2)
    assert html_record.source == str(ARTICLE_HTML)


@pytest.mark.parametrize("chrome", [
    "cookies", "Accept", "Sport", "Opinion", "Search", "Share on", "Email", "Related stories",
    "HS2 costs", "newsletter", "Subscribe", "Comments", "About time too", "Privacy policy",
    "All rights reserved",
])
def test_html_text_leaves_out_navigation_share_cookie_comment_and_footer_text(html_record,
                                                                               chrome):
    assert chrome not in html_record.text


def test_html_text_follows_the_plain_text_conventions(html_record):
    assert blocks(html_record) == [
        "Rail signalling upgrade approved",
        "By Tom Reed, Transport correspondent",
        "LONDON — The Department for Transport on Thursday approved a £1.4 billion upgrade of "
        "signalling on the East Coast Main Line, a project that ministers say will allow up to "
        "20% more trains an hour between London and Edinburgh by 2030.",
        "Network Rail will replace equipment dating from the 1970s with in-cab digital "
        "signalling\nreplacing lineside lights, following trials on the Northern City Line "
        "that ran from 2019 to 2022. The contract went to a consortium led by Siemens Mobility.",
        "What the upgrade brings",
        "- Capacity: up to two more trains an hour on the busiest sections.\n"
        "- Reliability: fewer delays caused by signal failures, which account for about 8% of "
        "lost minutes.\n"
        "- Safety: automatic train protection across the whole route.",
        "Concerns",
        "- Cost overruns: earlier digital schemes ran 30% over budget.\n"
        "- Disruption: weekend closures are planned for at least three years.",
        "Next steps",
        "1. Design approval by March 2024.\n2. Trial running on the Welwyn section.",
        "The first section, between Welwyn and Hitchin, is due to go live in late 2025, the "
        "department said.",
    ]


@pytest.mark.parametrize(("kind", "expected"), [
    ("heading", ["Rail signalling upgrade approved", "What the upgrade brings", "Concerns",
                 "Next steps"]),
    ("item", ["Capacity: up to two more trains an hour on the busiest sections.",
              "Reliability: fewer delays caused by signal failures, which account for about 8% "
              "of lost minutes.",
              "Safety: automatic train protection across the whole route.",
              "Cost overruns: earlier digital schemes ran 30% over budget.",
              "Disruption: weekend closures are planned for at least three years.",
              "Design approval by March 2024.",
              "Trial running on the Welwyn section."]),
    ("strong", ["Capacity:", "Reliability:", "Safety:", "Cost overruns:", "Disruption:",
                "March 2024"]),
])
def test_html_markup_hints_point_at_the_hinted_text(html_record, kind, expected):
    assert hinted(html_record, kind) == expected


@pytest.mark.parametrize(("html", "text"), [
    ("<p>Shares <b>rose</b> 4%.</p><p>Analysts   were\n   surprised.</p>",
     "Shares rose 4%.\n\nAnalysts were surprised."),
    ("<h2>Pros</h2><ul><li><strong>Jobs:</strong> 1,500 new jobs.</li><li>Cheap power.</li></ul>",
     "Pros\n\n- Jobs: 1,500 new jobs.\n- Cheap power."),
    ("<ul><li>Beta item<ul><li>sub one</li><li>sub two</li></ul></li><li>Gamma</li></ul>",
     "- Beta item\n  - sub one\n  - sub two\n- Gamma"),
    ("<ul><li><p><b>Alpha</b></p><p>alpha text</p></li></ul>", "- Alpha: alpha text"),
    ("<ol><li>First step</li><li>Second step</li></ol><ol><li>Other list</li></ol>",
     "1. First step\n2. Second step\n\n1. Other list"),
    ("<p>Control\x0bcharacters\x1b are\x7f dropped.</p>", "Control characters are dropped."),
    ("<blockquote><p>We will build it, she said.</p></blockquote><p>Costs &amp; risks.</p>",
     "We will build it, she said.\n\nCosts & risks."),
])
def test_html_fragment_becomes_plain_text_blocks(html, text):
    record = read_one_html(html)
    assert record.text == text


@pytest.mark.parametrize(("html", "text"), [
    ("<ul><li><b>Cost</b> high</li></ul>", "- Cost: high"),
    ("<ul><li><b>Cost:</b> high</li></ul>", "- Cost: high"),
    ("<ul><li><b>Cost</b>: high</li></ul>", "- Cost: high"),
    ("<ol><li><strong>Clean power</strong> - runs on water</li></ol>",
     "1. Clean power - runs on water"),
    ("<ul><li><b>Why now?</b> Prices fell</li></ul>", "- Why now? Prices fell"),
    ("<ul><li><b>All of it bold</b></li></ul>", "- All of it bold"),
    ("<ul><li>Plain <b>bold</b> inside</li></ul>", "- Plain bold inside"),
    ("<p><b>Lead</b> paragraph</p>", "Lead paragraph"),
])
def test_bold_item_title_reads_title_colon_text(html, text):
    assert read_one_html(html).text == text


def test_html_list_of_short_items_is_kept_as_article_text(tmp_path):
    page = ("<html><body><p>The council approved the new tram line on Monday after a debate "
            "that lasted most of the day.</p><p>Pros:</p><ul><li>Lower cost</li>"
            "<li>More jobs</li></ul><p>Opponents said the budget of the project was too "
            "optimistic and would have to be revised.</p></body></html>")
    record = read_one(write(tmp_path, "a.html", page))
    assert "Pros:\n\n- Lower cost\n- More jobs\n\n" in record.text


@pytest.mark.parametrize("meta", [
    '<meta charset="windows-1252">',
    '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
])
def test_html_that_is_not_utf8_is_read_in_the_encoding_it_declares(tmp_path, meta):
    page = (f"<html><head>{meta}<title>Prices</title></head><body><article><p>Café prices "
            "in Zürich rose by 5% in March, the statistics office said.</p></article></body>"
            "</html>")
    record = read_one(write(tmp_path, "a.html", page.encode("cp1252")))
    assert record.text.startswith("Café prices in Zürich rose")


def test_html_fragment_takes_no_title_or_date_from_its_text():
    record = read_one_html("<h2>Pros</h2><p>Published 2024-03-05 10:00, the plan was "
                           "welcomed by unions and employers alike.</p>")
    assert (record.title, record.published) == (None, None)


def test_html_publication_date_does_not_depend_on_todays_date(tmp_path):
    # htmldate's default latest acceptable date is today: a later date would be refused.
    page = ("<html><head><title>Launch</title>"
            '<meta property="article:published_time" content="2991-05-01T09:00:00Z"></head>'
            "<body><article><h1>Launch</h1><p>The probe was launched on Friday after a decade "
            "of work by engineers from twelve countries.</p></article></body></html>")
    assert read_one(write(tmp_path, "future.html", page)).published == date(2991, 5, 1)


def test_html_external_entities_are_not_resolved(tmp_path):
    secret = write(tmp_path, "secret.txt", "TOPSECRET")
    page = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            "<html><body><article><p>The contract was signed on Monday after long talks "
            "&xxe; between the two companies and their unions.</p></article></body></html>")
    record = read_one(write(tmp_path, "xxe.html", page))
    assert "The contract was signed" in record.text
    assert "TOPSECRET" not in record.text


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("<p>Café</p>".encode("latin-1"), "not UTF-8"),
    ('<meta charset="x-unknown"><p>Café</p>'.encode("latin-1"), "not UTF-8"),
    (b"This is plain text saved as HTML.\n\nIt has no markup.", "not HTML"),
    (b"https://news.example.com/article", "not HTML"),
    (b"<html><body></body></html>", "no article text found in HTML"),
    (b"<html><head><title>T</title></head><body><script>var a = 1;</script></body></html>",
     "no article text found in HTML"),
])
def test_bad_html_is_refused_with_the_reason(tmp_path, content, reason):
    path = write(tmp_path, "page.html", content)
    assert reason in error_of(path).reason


# --- Markdown -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("markdown", "text"), [
    ("## Pros\n\n- **Cost:** high\n", "Pros\n\n- Cost: high"),
    ("See [the report](https://example.com) *now*, _please_.", "See the report now, please."),
    ("1. One\n2. **Two**\n", "1. One\n2. Two"),
    ("3. Three\n4. Four\n", "3. Three\n4. Four"),
    ("- Top\n  - Nested\n- Next\n", "- Top\n  - Nested\n- Next"),
    ("- Loose one\n\n  more of one\n\n- Loose two\n", "- Loose one more of one\n- Loose two"),
    ("A line\nwrapped in the source.", "A line wrapped in the source."),
    ("A hard  \nbreak.", "A hard\nbreak."),
    ("Prices &amp; `costs` rose.", "Prices & costs rose."),
    ("> Quoted\n> words.\n\nAfter.", "Quoted words.\n\nAfter."),
    ("Text\n\n<div>raw block</div>\n\nMore.", "Text\n\nMore."),
])
def test_markdown_markup_is_removed_from_the_text(tmp_path, markdown, text):
    assert read_one(write(tmp_path, "a.md", markdown)).text == text


def test_markdown_bold_item_title_gets_a_colon_and_hints_follow_it(tmp_path):
    record = read_one(write(tmp_path, "a.md", "- **Cost** high and **rising**\n"))
    assert record.text == "- Cost: high and rising"
    assert hinted(record, "strong") == ["Cost", "rising"]
    assert hinted(record, "item") == ["Cost: high and rising"]


@pytest.mark.parametrize(("markdown", "title"), [
    ("# Plant opens\n\nText.", "Plant opens"),
    ("Plant opens\n===========\n\nText.", "Plant opens"),
    ("## Background\n\nText.", None),
    ("Text first.\n\n# Late heading\n", None),
])
def test_markdown_title_is_a_first_level_heading_at_the_top(tmp_path, markdown, title):
    record = read_one(write(tmp_path, "a.md", markdown))
    assert record.title == title
    if title:
        assert record.text.startswith(title + "\n\n")


@pytest.mark.parametrize(("markdown", "title", "published", "text"), [
    ('---\ntitle: "Plant opens"\ndate: 2024-03-05 08:30:00 +0100\ntags: [a]\n---\nText.\n',
     "Plant opens", date(2024, 3, 5), "Text."),
    ("---\npublished: 2024-03-05\n---\n# Heading title\n\nText.", "Heading title",
     date(2024, 3, 5), "Heading title\n\nText."),
    ("---\ntitle: Plant\ndate: last week\n...\nText.", "Plant", None, "Text."),
    ("Text.\n\n---\ntitle: not front matter\n---\n", None, None,
     "Text.\n\ntitle: not front matter"),
])
def test_markdown_front_matter_gives_title_and_date_and_is_not_text(tmp_path, markdown, title,
                                                                     published, text):
    record = read_one(write(tmp_path, "a.md", markdown))
    assert (record.title, record.published, record.text) == (title, published, text)


@pytest.fixture(scope="module")
def md_record() -> Record:
    return read_one(ARTICLE_MD)


@pytest.mark.parametrize(("kind", "expected"), [
    ("heading", ["Rail signalling upgrade approved", "What the upgrade brings", "Next steps"]),
    ("item", ["Capacity: up to two more trains an hour on the busiest sections.",
              "Reliability: fewer delays caused by signal failures.",
              "Signal failures account for about 8% of lost minutes.",
              "Automatic train protection across the whole route.",
              "Design approval by March 2024.",
              "Trial running on the Welwyn section."]),
    ("strong", ["Capacity:", "Reliability:", "March 2024"]),
])
def test_markdown_markup_hints_point_at_the_hinted_text(md_record, kind, expected):
    assert hinted(md_record, kind) == expected


def test_markdown_keeps_list_lines_and_hard_breaks(md_record):
    assert "\n- Capacity: up to two" in md_record.text
    assert "\n  - Signal failures account" in md_record.text
    assert "late 2025,\nthe department said." in md_record.text
    assert md_record.title == "Rail signalling upgrade approved"


def test_markdown_without_text_is_refused(tmp_path):
    assert "no text" in error_of(write(tmp_path, "a.md", "<div>only raw html</div>\n")).reason


# --- JSON ---------------------------------------------------------------------------------------

def test_json_record_takes_its_fields_and_ignores_unknown_ones():
    record = read_one(ARTICLE_JSON)
    assert record == Record(
        text="Voltera opens battery plant\n\nSTOCKHOLM, March 5 (Reuters) - Swedish battery "
             "maker Voltera opened its first gigafactory.",
        source="https://news.example.com/voltera-plant", id="voltera-plant",
        title="Voltera opens battery plant", published=date(2024, 3, 5))


def test_json_html_field_goes_through_the_html_reader_and_json_fields_win(tmp_path):
    page = ARTICLE_HTML.read_text(encoding="utf-8")
    path = write(tmp_path, "a.json", json.dumps({"html": page, "title": "Given title",
                                                 "reference_date": "2024-01-31"}))
    record = read_one(path)
    assert record.text == read_one(ARTICLE_HTML).text
    assert record.title == "Given title"
    assert (record.published, record.reference_date) == (date(2023, 11, 2), date(2024, 1, 31))
    assert hinted(record, "strong")[0] == "Capacity:"


def test_json_markdown_field_goes_through_the_markdown_reader(tmp_path):
    path = write(tmp_path, "a.json", json.dumps({"markdown": ARTICLE_MD.read_text("utf-8"),
                                                 "id": "given"}))
    record = read_one(path)
    from_file = read_one(ARTICLE_MD)
    assert (record.text, record.markup, record.id) == (from_file.text, from_file.markup, "given")


@pytest.mark.parametrize(("content", "reason"), [
    ('{"text": "a", ', "not valid JSON"),
    ('[{"text": "a"}]', "expected a JSON object, found an array"),
    ('"just a string"', "expected a JSON object, found a string"),
    ('{"title": "No body"}', "has no 'text', 'html' or 'markdown' field"),
    ('{"text": "  \\n "}', "field 'text' is empty"),
    ('{"html": ""}', "field 'html' is empty"),
    ('{"text": 5}', "field 'text' must be a string, not a number"),
    ('{"text": "a", "title": ["x"]}', "field 'title' must be a string, not an array"),
    ('{"text": "a", "id": true}', "field 'id' must be a string or an integer"),
    ('{"text": "a", "html": "<p>b</p>"}', "has both 'text' and 'html'"),
    ('{"html": "<p>a</p>", "markdown": "b"}', "has both 'html' and 'markdown'"),
    ('{"markdown": " "}', "field 'markdown' is empty"),
    ('{"text": "a", "published": "yesterday"}', "field 'published' is not an ISO date"),
    ('{"text": "a", "reference_date": "2024-02-30"}', "field 'reference_date' is not an ISO"),
    ('{"html": "no markup here"}', "not HTML"),
])
def test_bad_json_is_refused_with_the_reason(tmp_path, content, reason):
    assert reason in error_of(write(tmp_path, "a.json", content)).reason


def test_json_file_holding_json_lines_points_to_the_jsonl_format(tmp_path):
    path = write(tmp_path, "a.json", '{"text": "a"}\n{"text": "b"}\n')
    error = error_of(path)
    assert error.line == 2 and "use a .jsonl file or --format jsonl" in error.reason


@pytest.mark.parametrize("empty", ["title", "source", "id"])
def test_json_empty_optional_field_counts_as_absent(tmp_path, empty):
    record = read_one(write(tmp_path, "a.json", json.dumps({"text": "a", empty: ""})))
    assert (record.title, record.source, record.id) == (None, str(tmp_path / "a.json"), None)


def test_json_syntax_error_names_its_line(tmp_path):
    path = write(tmp_path, "a.json", '{\n  "id": "x",\n  "text": "a"\n  "title": "t"\n}')
    error = error_of(path)
    assert error.line == 4
    assert str(error).startswith(f"{path}:4: not valid JSON")


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-04-12", date(2024, 4, 12)),
    ("2024-04-12T23:30:00", date(2024, 4, 12)),
    ("2024-04-12T23:30:00-05:00", date(2024, 4, 12)),
    ("2024-04-12T23:30:00Z", date(2024, 4, 12)),
])
def test_json_dates_keep_the_date_as_written(tmp_path, value, expected):
    path = write(tmp_path, "a.json", json.dumps({"text": "a", "published": value}))
    assert read_one(path).published == expected


# --- JSON Lines ---------------------------------------------------------------------------------

def test_jsonl_bad_lines_are_reported_and_the_good_ones_still_read():
    items = list(iter_records(str(ARTICLES_JSONL), SETTINGS))
    summary = [(type(item).__name__, item.line) for item in items]
    assert summary == [("Record", 1), ("InputError", 2), ("Record", 3), ("InputError", 5),
                       ("InputError", 6), ("Record", 7)]
    assert [item.id for item in items if isinstance(item, Record)] == ["rail-1", "html-2", "3"]
    assert str(items[1]).startswith(f"{ARTICLES_JSONL}:2: not valid JSON")
    assert items[3].reason == "expected a JSON object, found an array"
    assert items[4].reason == "has no 'text', 'html' or 'markdown' field"


def test_jsonl_records_carry_their_source_dates_and_html_structure():
    records = [item for item in iter_records(str(ARTICLES_JSONL), SETTINGS)
               if isinstance(item, Record)]
    assert records[0].source == str(ARTICLES_JSONL)
    assert records[0].published == date(2023, 11, 2)
    html = records[1]
    assert html.source == "https://news.example.com/plant"
    assert html.reference_date == date(2024, 3, 5)
    assert html.text.startswith("Pros\n\n- Jobs: about 1,500 new jobs in the region.\n- Power:")
    assert hinted(html, "strong") == ["Jobs:", "Power:"]


def test_read_records_raises_the_first_bad_line_after_the_good_ones_before_it():
    seen = []
    with pytest.raises(InputError) as caught:
        for record in read_records(str(ARTICLES_JSONL), SETTINGS):
            seen.append(record.id)
    assert seen == ["rail-1"]
    assert caught.value.line == 2


def test_jsonl_line_over_the_size_limit_is_skipped_and_reading_goes_on(tmp_path):
    lines = [json.dumps({"id": "a", "text": "short"}),
             json.dumps({"id": "big", "text": "x" * 5000}),
             json.dumps({"id": "b", "text": "short too"})]
    path = write(tmp_path, "a.jsonl", "\n".join(lines) + "\n")
    items = list(iter_records(str(path), Settings(max_input_bytes=200)))
    assert [(type(i).__name__, i.line) for i in items] == [
        ("Record", 1), ("InputError", 2), ("Record", 3)]
    assert "record too large" in items[1].reason


class LinesOnly(io.BytesIO):
    """A byte stream that can be read line by line but refuses to be read whole."""

    def read(self, size=-1):
        raise AssertionError("JSON Lines input was read whole")

    def __iter__(self):
        raise AssertionError("JSON Lines input was iterated without a line length limit")


def test_jsonl_is_read_line_by_line_not_whole(monkeypatch):
    stream = LinesOnly(ARTICLES_JSONL.read_bytes())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream, encoding="utf-8"))
    items = list(iter_records("-", SETTINGS, "jsonl"))
    assert [i.line for i in items if isinstance(i, Record)] == [1, 3, 7]


@pytest.mark.parametrize(("content", "reason", "line"), [
    (b"", "empty: no records", None),
    (b"\n  \n\n", "empty: no records", None),
    (b'{"text": "a"}\n\x00\x01\x02binary\n{"text": "b"}\n', "binary data", 2),
])
def test_jsonl_input_that_holds_no_records_is_one_error(tmp_path, content, reason, line):
    items = list(iter_records(str(write(tmp_path, "a.jsonl", content)), SETTINGS))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and items[-1] is errors[0]
    assert reason in errors[0].reason and errors[0].line == line


def test_jsonl_line_that_is_not_utf8_is_reported_with_its_line(tmp_path):
    content = b'{"text": "a"}\n{"text": "caf\xe9"}\n{"text": "b"}\n'
    items = list(iter_records(str(write(tmp_path, "a.jsonl", content)), SETTINGS))
    assert [(type(i).__name__, i.line) for i in items] == [
        ("Record", 1), ("InputError", 2), ("Record", 3)]
    assert "not UTF-8" in items[1].reason


# --- every format -------------------------------------------------------------------------------

ALL_FORMATS = ["txt", "html", "md", "json", "jsonl"]


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_missing_file_is_an_error_naming_it(tmp_path, fmt):
    error = error_of(tmp_path / f"missing.{fmt}")
    assert error.reason == "no such file"


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_directory_is_an_error(tmp_path, fmt):
    assert "directory" in error_of(tmp_path, fmt).reason


@pytest.mark.parametrize("fmt", ["txt", "html", "md", "json"])
def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch, fmt):
    path = tmp_path / f"huge.{fmt}"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("file was read"))
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: pytest.fail("file was opened"))
    error = error_of(path)
    assert error.reason == "too large (209,715,200 bytes; the limit is 20,971,520, --max-bytes)"


@pytest.mark.parametrize(("fmt", "content", "text"), [
    (None, "Plain text.\n", "Plain text.\n"),
    ("txt", "Plain text.\n", "Plain text.\n"),
    ("md", "## Pros\n\n- **Cost:** high\n", "Pros\n\n- Cost: high"),
    ("html", "<p>From <b>standard</b> input.</p>", "From standard input."),
    ("json", '{"text": "From JSON."}', "From JSON."),
])
def test_standard_input_is_read_in_the_given_format(monkeypatch, fmt, content, text):
    stdin = io.TextIOWrapper(io.BytesIO(content.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert read_one("-", fmt).text == text


@pytest.mark.parametrize(("source", "fmt", "expected"), [
    ("a.txt", None, "txt"), ("a.HTML", None, "html"), ("a.htm", None, "html"),
    ("a.md", None, "md"), ("a.markdown", None, "md"), ("a.json", None, "json"),
    ("a.jsonl", None, "jsonl"), ("a.ndjson", None, "jsonl"), ("a.xyz", None, "txt"),
    ("-", None, "txt"), ("-", "markdown", "md"), ("a.txt", "html", "html"),
])
def test_format_comes_from_the_option_else_the_suffix(source, fmt, expected):
    assert format_of(source, fmt) == expected


def test_unknown_format_is_an_error():
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        format_of("a.pdf", "pdf")


@pytest.mark.parametrize("path", [ARTICLE_HTML, ARTICLE_MD, ARTICLE_JSON, ARTICLES_JSONL])
def test_reading_twice_gives_the_same_records(path):
    def read():
        return [item if isinstance(item, Record) else str(item)
                for item in iter_records(str(path), SETTINGS)]
    assert read() == read()


@pytest.mark.parametrize("path", [ARTICLE_HTML, ARTICLE_MD, ARTICLES_JSONL])
def test_every_hint_covers_trimmed_text_inside_the_record(path):
    records = [i for i in iter_records(str(path), SETTINGS) if isinstance(i, Record)]
    hints = [(r, m) for r in records for m in r.markup]
    assert hints
    for record, hint in hints:
        covered = record.text[hint.start:hint.end]
        assert covered and covered == covered.strip() and "\n" not in covered
        assert hint.kind in ("heading", "item", "strong")


MARKDOWN_PIECES = st.sampled_from([
    "# ", "## ", "- ", "1. ", "  - ", "**", "*", "_", "`", "[", "](x)", "\n", "\n\n", "  \n",
    "> ", "---\n", "```\n", "<div>", "    ", "2) ", "+ ", "===\n", "\\", "&amp;"])
HTML_PIECES = st.sampled_from([
    "<p>", "</p>", "<ul>", "</ul>", "<ol>", "<li>", "</li>", "<b>", "</b>", "<strong>", "<h2>",
    "</h2>", "<br>", "<html>", "<body>", "<blockquote>", "<!--", "-->", "<script>", "</script>",
    "&amp;", "&#0;", "&nbsp;", "<", ">", "\x0b", "\ufeff", "<div>", "</div>", "<article>"])
WORDS = st.text(max_size=20)


def assert_hints_inside_the_text(record: Record) -> None:
    for hint in record.markup:
        covered = record.text[hint.start:hint.end]
        assert 0 <= hint.start < hint.end <= len(record.text)
        assert covered == covered.strip()


@hypothesis.settings(max_examples=200, deadline=None,
                     suppress_health_check=[hypothesis.HealthCheck.too_slow])
@hypothesis.given(st.lists(st.one_of(MARKDOWN_PIECES, WORDS), max_size=40).map("".join))
def test_any_markdown_gives_a_record_with_valid_hints_or_an_input_error(markdown):
    try:
        record = record_from_markdown(markdown, "doc.md")
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert_hints_inside_the_text(record)


@hypothesis.settings(max_examples=100, deadline=None,
                     suppress_health_check=[hypothesis.HealthCheck.too_slow])
@hypothesis.given(st.lists(st.one_of(HTML_PIECES, WORDS), max_size=40).map("".join))
def test_any_html_gives_a_record_with_valid_hints_or_an_input_error(html):
    try:
        record = record_from_html(html, "page.html")
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert_hints_inside_the_text(record)


CORPUS = Path(__file__).parent.parent / "corpus"
MARKED_UP_ARTICLES = sorted(
    path for path in CORPUS.glob("*.gold.json")
    if json.loads(path.read_text(encoding="utf-8"))["source"].rsplit(".", 1)[-1] != "txt")


@pytest.mark.parametrize("gold_path", MARKED_UP_ARTICLES, ids=lambda path: path.name)
def test_reader_gives_the_text_and_title_the_corpus_gold_is_written_against(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    record = read_one(CORPUS / gold["source"])
    assert (record.text, record.title) == (gold["text"], gold["title"])


# --- the command line ---------------------------------------------------------------------------

runner = CliRunner()


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["extract", str(ARTICLES_JSONL)], None, f"artex: error: {ARTICLES_JSONL}:2: not valid JSON"),
    (["extract", "-", "--format", "html"], "no markup", "artex: error: -: not HTML"),
    (["extract", "-", "--format", "json"], "[]", "artex: error: -: expected a JSON object"),
])
def test_extract_reports_bad_input_in_one_line_and_exits_2(args, stdin, message):
    result = runner.invoke(app, args, input=stdin)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1


# --- hostile bytes: stray control characters, UTF-16, deep nesting, a reader's own fault -------

ARTICLE_TEXT = "Acme said on Monday it would invest $5 million in a plant in Ohio.\n"


@pytest.mark.parametrize(("name", "content", "text", "removed"), [
    ("nul.txt", b"Acme said\x00 on Monday.\n", "Acme said on Monday.\n", "1 control character "
     "(U+0000)"),
    ("bell.md", b"# Title\n\nAcme\x07 rang\x1b twice.\n", "Title\n\nAcme rang twice.",
     "2 control characters (U+0007, U+001B)"),
    ("obj.json", b'{"text": "Acme\\u0000 paid $5."}', "Acme paid $5.", "1 control character"),
    ("page.html", b"<html><body><p>Acme\x00 paid $5 million for the plant in Ohio on Monday."
                  b"</p></body></html>", "Acme paid $5 million for the plant in Ohio on Monday.",
     "1 control character"),
])
def test_a_few_stray_control_characters_are_removed_with_a_warning(tmp_path, name, content,
                                                                   text, removed):
    record = read_one(write(tmp_path, name, content))
    assert record.text == text
    assert len(record.warnings) == 1
    assert record.warnings[0].startswith(f"removed {removed}")


@pytest.mark.parametrize("content", [
    "Acme paid".encode("utf-16-le"),  # UTF-16 without a byte-order mark: half the bytes NUL
    b"\x01\x02\x03\x04 text",
    b"ab\x00cd\x00ef\x00gh\x00ij",
])
def test_text_with_many_control_characters_is_binary_data(tmp_path, content):
    assert "binary data, not text" in error_of(write(tmp_path, "a.txt", content)).reason


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_utf8_with_a_byte_order_mark_are_read(tmp_path, encoding):
    content = ARTICLE_TEXT.encode(encoding)
    if encoding == "utf-16-be":
        content = b"\xfe\xff" + content
    record = read_one(write(tmp_path, "a.txt", content))
    assert record.text == ARTICLE_TEXT and record.warnings == ()


def test_utf16_that_does_not_decode_is_an_error_saying_so(tmp_path):
    assert "not UTF-16 text" in error_of(write(tmp_path, "a.txt", b"\xff\xfeA\x00\x00\xd8")).reason


@pytest.mark.parametrize("depth", [300, 5000])
def test_html_nested_deeper_than_the_parser_goes_still_gives_its_text(tmp_path, depth):
    page = ("<html><body>" + "<div>" * depth + "<h2>Plant news</h2><p>Acme will invest "
            "<b>$5 million</b> in Ohio.</p><ul><li>Jobs: 200</li><li>Start: 2025</li></ul>"
            + "</div>" * depth + "<footer>Contact us</footer></body></html>")
    record = read_one(write(tmp_path, "deep.html", page))
    assert record.text == "Plant news\n\nAcme will invest $5 million in Ohio.\n\n- Jobs: 200\n" \
                          "- Start: 2025"
    assert [(record.text[m.start:m.end], m.kind) for m in record.markup] == [
        ("Plant news", "heading"), ("$5 million", "strong"), ("Jobs: 200", "item"),
        ("Start: 2025", "item")]


def test_a_readers_own_fault_is_one_input_error_and_not_a_crash(tmp_path, monkeypatch):
    def broken(html, source, line=None):
        raise KeyError("boom")

    monkeypatch.setattr("artex.readers.record_from_html", broken)
    items = list(iter_records(str(write(tmp_path, "a.html", "<p>x</p>")), SETTINGS))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].reason == "internal error: KeyError: 'boom'"


AUTHOR_PAGE = ("<html><head><title>Acme buys rival | Daily News</title></head><body><article>"
               "<h1>Acme buys rival for $2 billion</h1>{meta}"
               + "".join(f"<p>Paragraph {i}: Acme said on Monday it would buy Beta for $2 billion,"
                         " in a deal that would create the largest maker of widgets in Europe,"
                         " the companies said.</p>" for i in range(6))
               + "{foot}</article></body></html>")


@pytest.mark.parametrize("meta, foot, byline", [
    # A CMS author element: its name and role parts joined as a byline line writes them.
    ('<div class="author-block"><span class="author-name">Jane Doe</span>'
     '<span class="author-role">Business Reporter</span></div>', "",
     "Jane Doe, Business Reporter"),
    ('<div class="meta"><span itemprop="author">Jane Doe</span></div>', "", "Jane Doe"),
    # A commenter is no author of the article.
    ("", '<div class="comments"><span class="comment-author">Troll99</span></div>', None),
])
def test_a_pages_author_element_is_kept_as_its_byline(meta, foot, byline):
    record = record_from_html(AUTHOR_PAGE.format(meta=meta, foot=foot), "page.html")
    second = record.text.split("\n\n")[1]
    if byline is None:
        assert second.startswith("Paragraph 0")
    else:
        assert byline in record.text.split("\n\n")[:3]
