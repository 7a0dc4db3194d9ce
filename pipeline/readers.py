"""Readers: turn an input (file or standard input) into Records, or InputErrors.

Formats, chosen by ``--format`` or else by the file suffix (unknown suffixes read as plain text):

- ``txt``: the text as it is (UTF-8, Unix line ends).
- ``html`` (``.html``, ``.htm``): the main text found by trafilatura (no navigation, footer,
  comments, tables or images), the title and the publication date from the page's metadata.
  UTF-8, else the encoding the page declares. A fragment (no ``<html>``/``<body>``, as in a
  JSON ``html`` field) is taken as the article itself and has no title or date of its own.
- ``md`` (``.md``, ``.markdown``): CommonMark parsed by markdown-it-py, markup removed (raw
  HTML and images left out); a YAML front matter block gives the title and date.
- ``json``: one object ``{id?, text | html | markdown, title?, published?, reference_date?,
  source?}``; ``html`` and ``markdown`` go through the HTML and Markdown readers; dates are ISO
  (a datetime keeps its date); other keys are ignored, so that richer dumps can be read as
  they are.
- ``jsonl`` (``.jsonl``, ``.ndjson``): one such object a line, read as a stream (memory stays
  flat however large the file; the size limit applies to each line); blank lines are skipped.

HTML and Markdown become the plain-text conventions the segmenter parses: headings on their own
line, blocks separated by a blank line, the items of one list one a line as ``- text`` (``<ul>``)
or ``1. text`` (``<ol>``, numbered as rendered), nested items indented by two spaces a level,
bold text kept as plain text (an item ``<b>Cost:</b> high`` reads ``- Cost: high``, and so
does ``<b>Cost</b> high``: a bold item title without a separator gets a colon). What the
markup said is kept in ``Record.markup`` hints, offsets into ``Record.text``:
``heading`` (the heading's text), ``item`` (an item's text, without its ``- `` marker) and
``strong`` (bold text). The title stays in the text when the article body holds it (the
top-level Markdown heading; an HTML headline inside the extracted article) and is also
``Record.title``.

Two entry points:

- ``iter_records(source, settings, fmt=None) -> Iterator[Record | InputError]`` yields every
  record and every problem, and never raises InputError: a JSONL line that cannot be read is
  yielded as ``InputError(source, reason, line=N)`` and reading goes on with the next line; a
  problem with the whole input (missing, too large, binary, ...) is yielded once and ends it.
  This is what a batch runner uses: it records the errors and goes on.
- ``read_records(source, settings, fmt=None) -> Iterator[Record]`` raises the first InputError,
  for single-article use.

Every InputError's message names the input (and the line, for JSONL) and the reason in one line.
Nothing here reads the clock or the network: HTML is parsed from the string by lxml without
network access, and the date search gets that parsed tree (never a string that could be taken
for a URL) and a fixed latest date instead of "today".
"""

from __future__ import annotations

import codecs
import html.parser
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from artex.record import InputError, Markup, Record
from artex.settings import Settings

if TYPE_CHECKING:
    from lxml import etree

STDIN = "-"

# Without a handler of their own, the warnings trafilatura and htmldate log for pages they
# discard would reach stderr through logging's last resort; the reader reports them instead.
for _library in ("trafilatura", "htmldate"):
    logging.getLogger(_library).addHandler(logging.NullHandler())


# --- bytes and text -----------------------------------------------------------------------------

def read_bytes(source: str, settings: Settings) -> bytes:
    """The raw bytes of a file or of standard input, refusing what is missing or too large."""
    if source == STDIN:
        data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    else:
        path = existing_file(source)
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            raise InputError(source, f"too large ({size:,} bytes; the limit is "
                                     f"{settings.max_input_bytes:,}, --max-bytes)")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(source, f"cannot be read ({error.strerror})") from None
    if len(data) > settings.max_input_bytes:
        raise InputError(source, f"too large (over {settings.max_input_bytes:,} bytes, "
                                 "--max-bytes)")
    return data


def existing_file(source: str) -> Path:
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file")
    if path.is_dir():
        raise InputError(source, "is a directory, not an article")
    return path


# Byte-order marks of the encodings read besides UTF-8 (whose own BOM is dropped by utf-8-sig).
BYTE_ORDER_MARKS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Control characters that are no text: C0 but the white space (tab, line feed, vertical tab,
# form feed, carriage return); DEL; C1.
STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A text may hold this share of control characters (or, in a short text, up to MIN_STRAY ones
# under SHORT_SHARE of it): they are removed with a warning. More, and the input is taken for
# binary data.
STRAY_SHARE = 0.01
MIN_STRAY = 3
SHORT_SHARE = 0.1


@dataclass(frozen=True)
class Decoded:
    """Text read from bytes, and what reading it changed (for Record.warnings)."""

    text: str
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes, source: str, fallback_encoding: str | None = None) -> Decoded:
    """UTF-8 text (UTF-16 with a byte-order mark; else text in ``fallback_encoding``) with Unix
    line ends and without stray control characters (removed, with a warning), refusing binary,
    undecodable and empty input."""
    text = None
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data[len(mark):].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(source, f"not UTF-16 text, though it starts with a UTF-16 "
                                         f"byte-order mark (invalid bytes at offset "
                                         f"{error.start + len(mark)})") from None
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if b"\x00" in data:
                raise InputError(source, "binary data, not text (contains NUL bytes)") from None
            text = decoded_or_none(data, fallback_encoding)
            if text is None:
                raise InputError(
                    source, f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset "
                            f"{error.start})") from None
    text, warnings = without_stray_controls(text, source)
    text = unix_line_ends(text)
    if not text.strip():
        raise InputError(source, "empty: no text to extract")
    return Decoded(text, warnings)


def without_stray_controls(text: str, source: str,
                           line: int | None = None) -> tuple[str, tuple[str, ...]]:
    """The text without control characters, and a warning saying how many were removed;
    InputError when they are more than a small share of it (binary data, or UTF-16 without a
    byte-order mark)."""
    found = STRAY_CONTROLS.findall(text)
    if not found:
        return text, ()
    if len(found) > max(STRAY_SHARE * len(text), min(MIN_STRAY, SHORT_SHARE * len(text))):
        raise InputError(source, f"binary data, not text ({len(found):,} control characters "
                                 f"in {len(text):,})", line)
    names = ", ".join(f"U+{ord(c):04X}" for c in sorted(set(found))[:5])
    plural = "s" if len(found) > 1 else ""
    return STRAY_CONTROLS.sub("", text), (
        f"removed {len(found)} control character{plural} ({names}) from the text; offsets "
        "refer to the text without them",)


def with_warnings(record: Record, warnings: tuple[str, ...]) -> Record:
    """The record with reading's warnings before its own."""
    return replace(record, warnings=(*warnings, *record.warnings)) if warnings else record


def from_decoded(parse: Callable[[str, str], Record], decoded: Decoded, source: str) -> Record:
    """A record parsed from decoded text, carrying the decoding's warnings."""
    return with_warnings(parse(decoded.text, source), decoded.warnings)


def decoded_or_none(data: bytes, encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def unix_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- structured text: blocks of inline runs, rendered to plain text with markup hints -----------

SPACES = re.compile(r"\s+")
INDENT = "  "


@dataclass
class Block:
    """A heading, paragraph or list item being built: its text and the bold ranges in it."""

    kind: str  # "heading", "paragraph" or "item"
    marker: str = ""  # "- " or "3. " for items, after their indentation
    depth: int = 0  # nesting depth of an item's list (0 for a top-level list)
    group: int | None = None  # items of one top-level list share a group (one line each)
    text: str = ""
    strong: list[list[int]] = field(default_factory=list)

    def add(self, piece: str, strong: bool) -> None:
        """Append source text, collapsing whitespace runs (also across pieces) to one space."""
        piece = SPACES.sub(" ", piece)
        if not self.text or self.text[-1] in " \n":
            piece = piece.lstrip(" ")
        if not piece:
            return
        start = len(self.text)
        self.text += piece
        if strong:
            if self.strong and self.strong[-1][1] == start:
                self.strong[-1][1] = len(self.text)
            else:
                self.strong.append([start, len(self.text)])

    def line_break(self) -> None:
        """A hard line break (HTML <br>, Markdown hard break): a new line, never a blank one."""
        self.text = self.text.rstrip(" ")
        if self.text and not self.text.endswith("\n"):
            self.text += "\n"

    def finished(self) -> tuple[str, list[tuple[int, int]]]:
        """The block's text, trimmed, and its bold ranges, trimmed of surrounding space.

        An item that opens with a bold title gets a colon after it when the source has no
        separator there (``<b>Cost</b> high`` reads ``Cost: high``, as ``<b>Cost:</b> high``
        does), so that every titled item reads ``Title: text``."""
        text = self.text.rstrip()
        ranges = []
        for start, end in self.strong:
            end = min(end, len(text))
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                ranges.append((start, end))
        if self.kind == "item" and ranges and ranges[0][0] == 0 and lacks_separator(
                text, ranges[0][1]):
            title_end = ranges[0][1]
            text = f"{text[:title_end]}:{text[title_end:]}"
            ranges[1:] = [(start + 1, end + 1) for start, end in ranges[1:]]
        return text, ranges


# What may end an item's bold title, or start the text after it, in place of a colon.
TITLE_SEPARATORS = ":.?!-–—,;)"


def lacks_separator(text: str, title_end: int) -> bool:
    """Whether the bold title ending at ``title_end`` runs into the item's text (after a
    space) without punctuation between them."""
    rest = text[title_end:]
    return (rest[:1].isspace() and bool(rest.strip())
            and text[title_end - 1] not in TITLE_SEPARATORS
            and rest.lstrip()[0] not in TITLE_SEPARATORS)


class TextBuilder:
    """Collects blocks in document order; ``render`` joins them by the plain-text conventions."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.groups = 0

    def new_group(self) -> int:
        """A number for a new top-level list, whose items (nested ones too) are one a line."""
        self.groups += 1
        return self.groups

    def open(self, kind: str, **details: Any) -> Block:
        self.close()
        self.current = Block(kind, **details)
        return self.current

    def close(self) -> None:
        if self.current is not None and self.current.text.strip():
            self.blocks.append(self.current)
        self.current = None

    def add(self, piece: str, strong: bool = False) -> None:
        """Append text to the open block; loose text outside any block starts a paragraph."""
        if self.current is None:
            if not piece.strip():
                return
            self.open("paragraph")
        self.current.add(piece, strong)

    def line_break(self) -> None:
        if self.current is not None:
            if self.current.kind == "paragraph":
                self.current.line_break()
            else:  # headings and items stay on one line
                self.current.add(" ", False)

    def render(self) -> tuple[str, tuple[Markup, ...]]:
        self.close()
        parts: list[str] = []
        markup: list[Markup] = []
        length = 0
        previous: Block | None = None
        for block in self.blocks:
            if previous is not None:
                same_list = block.kind == previous.kind == "item" and block.group == previous.group
                separator = "\n" if same_list else "\n\n"
                parts.append(separator)
                length += len(separator)
            text, strong = block.finished()
            prefix = INDENT * block.depth + block.marker if block.kind == "item" else ""
            start = length + len(prefix)
            parts.append(prefix + text)
            length = start + len(text)
            if block.kind in ("heading", "item"):
                markup.append(Markup(start, length, block.kind))
            markup.extend(Markup(start + s, start + e, "strong") for s, e in strong)
            previous = block
        return "".join(parts), tuple(sorted(markup, key=lambda m: (m.start, -m.end, m.kind)))


def item_marker(ordered: bool, number: int) -> str:
    return f"{number}. " if ordered else "- "


# --- HTML ---------------------------------------------------------------------------------------

@cache
def html_parser():
    """lxml's HTML parser (lxml is imported when a page is read: plain text never needs it).
    It never loads DTDs or external entities; no_network is stated all the same."""
    import lxml.html

    return lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                collect_ids=False, default_doctype=False)


XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# An HTML start or end tag, comment or doctype: text without any is not HTML.
HTML_TAG = re.compile(r"<(?:[a-zA-Z][\w:-]*[\s/>]|/[a-zA-Z]|!)")
DECLARED_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# Control characters make lxml give up on the whole page; they are no text anyway.
CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
WHOLE_PAGE = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
# htmldate refuses dates after its latest date, which defaults to today; a fixed far-future
# bound keeps the result independent of the day the reader runs.
LATEST_DATE = "2999-12-31"
DATE_SEARCH = {"extensive_search": False, "original_date": True, "max_date": LATEST_DATE}

# Elements of trafilatura's output tree that are blocks of their own.
HTML_BLOCKS = frozenset({"head", "p", "quote", "table", "code"})
# A CMS byline element ("<p class="byline">By <a>Name</a>, Role</p>"): trafilatura drops it as
# page furniture, so the reader puts its text back under the title; longer text is no byline.
BYLINE_ELEMENTS = "//body//*[contains(@class, 'byline')]"
# Where a page has no byline element, a CMS's author element: its parts ("Jane Doe", "Business
# Reporter") joined by commas as a byline line writes them.
AUTHOR_ELEMENTS = ("//body//*[@rel='author' or @itemprop='author' or contains(@class, 'author')]"
                   "[not(ancestor::*[@rel='author' or @itemprop='author'"
                   " or contains(@class, 'author')])]"
                   "[not(ancestor-or-self::*[contains(@class, 'comment')])]")
MAX_BYLINE_CHARACTERS = 150
# Blocks that, inside a line (a heading or an item), join it after a space.
JOINED_BLOCKS = frozenset({"head", "p", "quote", "table"})


def record_from_html(html: str, source: str, line: int | None = None) -> Record:
    """The main text, title and date of an HTML page (a whole document or a fragment)."""
    if not HTML_TAG.search(html):
        raise InputError(source, "not HTML (no markup found)", line)
    html = CONTROL_CHARACTERS.sub(" ", XML_DECLARATION.sub("", html))
    whole_page = WHOLE_PAGE.search(html) is not None
    if not whole_page:
        # A fragment has no page around it: it is the article (saying so keeps trafilatura
        # from falling back to a flat, structureless text for short fragments), and it has no
        # page metadata (a headline guessed from a subheading, a date from the body text).
        html = f"<html><body><article>{html}</article></body></html>"
    import lxml.html
    from lxml import etree

    parser = html_parser()
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise InputError(source, f"HTML cannot be parsed ({one_line(error)})", line) from None
    if any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log):
        # Nested deeper than libxml2 builds a tree for: lxml drops what lies deeper.
        return record_from_deep_html(html, source, line)
    byline = byline_of(tree)
    # favor_recall: in balanced mode trafilatura drops lists of short items (a pro/con list
    # of a few words an item) as if they were navigation; what it still lets through is left
    # to the segmenter's boilerplate sections.
    # output_format="xml": the walk below reads the extracted tree, so trafilatura need not
    # render it as text too. Imported here: it takes a tenth of a second, and only HTML needs it.
    import trafilatura

    extracted = trafilatura.bare_extraction(
        tree, output_format="xml", favor_recall=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, include_formatting=True,
        with_metadata=whole_page, date_extraction_params=dict(DATE_SEARCH))
    if extracted is None or extracted.body is None:
        raise InputError(source, "no article text found in HTML", line)
    builder = TextBuilder()
    walk_html(extracted.body, builder)
    text, markup = builder.render()
    if not text.strip():
        raise InputError(source, "no article text found in HTML", line)
    if byline and byline not in text:
        text, markup = with_byline(text, markup, byline, extracted.title)
    return Record(text=text, source=source, title=extracted.title or None,
                  published=date.fromisoformat(extracted.date) if extracted.date else None,
                  line=line, markup=markup)


class FlatHTML(html.parser.HTMLParser):
    """A page read tag by tag into blocks, without a tree: for pages nested deeper than lxml's
    parser goes. Headings, paragraphs and list items as the tree walk makes them; scripts,
    styles, navigation, headers, footers and forms left out (no boilerplate detection)."""

    LEFT_OUT = frozenset({"head", "script", "style", "noscript", "template", "svg", "nav",
                          "header", "footer", "aside", "form", "iframe", "button", "select"})
    HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
    BLOCKS = frozenset({"p", "div", "section", "article", "main", "blockquote", "pre", "table",
                        "tr", "figure", "figcaption", "dl", "dt", "dd", "address", "hr"})
    BOLD = frozenset({"b", "strong"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = TextBuilder()
        self.left_out = 0
        self.bold = 0
        self.lists: list[OpenList] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.LEFT_OUT:
            self.left_out += 1
        elif self.left_out:
            return
        elif tag in self.HEADINGS:
            self.builder.open("heading")
        elif tag in ("ul", "ol"):
            group = self.lists[-1].group if self.lists else self.builder.new_group()
            self.lists.append(OpenList(tag == "ol", 1, group))
            self.builder.close()
        elif tag == "li" and self.lists:
            current = self.lists[-1]
            self.builder.open("item", marker=item_marker(current.ordered, current.next_number),
                              depth=len(self.lists) - 1, group=current.group)
            current.next_number += 1
        elif tag in self.BLOCKS or tag == "li":
            self.builder.close()
        elif tag == "br":
            self.builder.line_break()
        elif tag in self.BOLD:
            self.bold += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.LEFT_OUT:
            self.left_out = max(0, self.left_out - 1)
        elif self.left_out:
            return
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.builder.close()
        elif tag in self.HEADINGS or tag in self.BLOCKS or tag == "li":
            self.builder.close()
        elif tag in self.BOLD:
            self.bold = max(0, self.bold - 1)

    def handle_data(self, data: str) -> None:
        if not self.left_out:
            self.builder.add(data, self.bold > 0)


def record_from_deep_html(page: str, source: str, line: int | None) -> Record:
    """The text of a page nested too deeply for lxml, read flat (FlatHTML)."""
    reader = FlatHTML()
    reader.feed(page)
    reader.close()
    text, markup = reader.builder.render()
    if not text.strip():
        raise InputError(source, "no article text found in HTML (nested too deeply to parse "
                                 "as a tree; read flat)", line)
    return Record(text=text, source=source, line=line, markup=markup)


def byline_of(tree: etree._Element) -> str | None:
    """The text of the page's first byline element, if it is short enough to be one; failing
    one, of its first author element ("Jane Doe, Business Reporter" from the name and role
    elements inside it)."""
    for element in tree.xpath(BYLINE_ELEMENTS):
        text = " ".join(element.text_content().split())
        if 0 < len(text) <= MAX_BYLINE_CHARACTERS:
            return text
    for element in tree.xpath(AUTHOR_ELEMENTS):
        parts = [" ".join(child.text_content().split()) for child in element
                 if isinstance(child.tag, str)] if len(element) > 1 else []
        parts = [part for part in parts if part]
        text = ", ".join(parts) if len(parts) > 1 and not (element.text or "").strip() \
            else " ".join(element.text_content().split())
        if 0 < len(text) <= MAX_BYLINE_CHARACTERS:
            return text
    return None


def with_byline(text: str, markup: tuple[Markup, ...], byline: str,
                title: str | None) -> tuple[str, tuple[Markup, ...]]:
    """The byline as a block of its own below the headline (the first block when it is the
    title), else at the top; the markup hints after it move along."""
    first_block = text.split("\n\n", 1)[0]
    at = len(first_block) + 2 if title and first_block.strip() == title.strip() \
        and len(first_block) < len(text) else 0
    inserted = f"{byline}\n\n"
    moved = tuple(replace(m, start=m.start + len(inserted), end=m.end + len(inserted))
                  if m.start >= at else m for m in markup)
    return text[:at] + inserted + text[at:], moved


def walk_html(element: etree._Element, builder: TextBuilder, strong: bool = False,
              in_line: bool = False, depth: int = 0, group: int | None = None) -> None:
    """Turn the children of one element of trafilatura's output tree into blocks.

    ``in_line``: inside a heading, paragraph or list item, whose inner paragraphs and quotes
    join its text (separated by a space) instead of starting blocks of their own.
    """
    for child in element:
        tag = child.tag
        bold = strong or (tag == "hi" and child.get("rend") == "#b")
        if tag == "list":
            nested = group is not None
            walk_html_list(child, builder, strong, depth + 1 if nested else 0,
                           group if nested else builder.new_group())
            builder.close()
        elif tag == "lb":
            builder.line_break()
        elif tag in HTML_BLOCKS and not in_line:
            builder.open("heading" if tag == "head" else "paragraph")
            builder.add(child.text or "", bold)
            walk_html(child, builder, bold, in_line=tag != "quote")
            builder.close()
        else:
            if tag in JOINED_BLOCKS:
                builder.add(" ")
            builder.add(child.text or "", bold)
            walk_html(child, builder, bold, in_line, depth, group)
        builder.add(child.tail or "", strong)


def walk_html_list(element: etree._Element, builder: TextBuilder, strong: bool, depth: int,
                   group: int) -> None:
    ordered = element.get("rend") == "ol"
    items = [child for child in element if child.tag == "item"]
    for number, item in enumerate(items, start=1):
        builder.open("item", marker=item_marker(ordered, number), depth=depth, group=group)
        builder.add(item.text or "", strong)
        walk_html(item, builder, strong, in_line=True, depth=depth, group=group)


def read_html(source: str, settings: Settings) -> Iterator[Record]:
    data = read_bytes(source, settings)
    yield from_decoded(record_from_html, decode_text(data, source, declared_encoding(data)),
                       source)


def declared_encoding(page: bytes) -> str | None:
    """The encoding a page declares in a <meta> tag in its first 1024 bytes (where browsers
    look), as a Python codec name; ISO-8859-1 and ASCII read as windows-1252, as browsers do."""
    declared = DECLARED_CHARSET.search(page[:1024])
    if declared is None:
        return None
    try:
        name = codecs.lookup(declared.group(1).decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "ascii") else name


# --- Markdown -----------------------------------------------------------------------------------

@cache
def markdown_parser():
    """markdown-it's CommonMark parser, built when a Markdown file is read."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


@dataclass
class OpenList:
    ordered: bool
    next_number: int
    group: int


# A YAML front matter block (Jekyll, Hugo, ...): page metadata, not article text.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_MATTER_FIELD = re.compile(r"^(title|date|published)[ \t]*:[ \t]*(.*?)[ \t]*$",
                                re.MULTILINE)
LEADING_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def front_matter(markdown: str) -> tuple[str, str | None, date | None]:
    """The document without its front matter, and the title and date the front matter gives
    (a date that is not ISO is left out: the block follows no schema of ours)."""
    block = FRONT_MATTER.match(markdown)
    if block is None:
        return markdown, None, None
    fields = {name: value.strip("'\"") for name, value in FRONT_MATTER_FIELD.findall(block[1])}
    day = LEADING_DATE.match(fields.get("published") or fields.get("date") or "")
    try:
        published = date.fromisoformat(day[0]) if day else None
    except ValueError:
        published = None
    return markdown[block.end():], fields.get("title") or None, published


def record_from_markdown(markdown: str, source: str) -> Record:
    """The text of a Markdown document. The title is the front matter's, else a first-level
    heading that opens the document (and stays in the text)."""
    markdown, given_title, published = front_matter(markdown)
    builder = TextBuilder()
    lists: list[OpenList] = []
    title = None
    for token in markdown_parser().parse(markdown):
        kind = token.type
        if kind == "heading_open":
            builder.open("heading")
        elif kind == "heading_close":
            if token.tag == "h1" and not builder.blocks and builder.current is not None:
                title = builder.current.finished()[0]
            builder.close()
        elif kind in ("bullet_list_open", "ordered_list_open"):
            group = lists[-1].group if lists else builder.new_group()
            lists.append(OpenList(kind == "ordered_list_open", int(token.attrs.get("start", 1)),
                                  group))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            builder.close()
        elif kind == "list_item_open":
            current = lists[-1]
            builder.open("item", marker=item_marker(current.ordered, current.next_number),
                         depth=len(lists) - 1, group=current.group)
            current.next_number += 1
        elif kind == "paragraph_open":
            if builder.current is not None and builder.current.kind == "item":
                builder.add(" ")  # a loose item's later paragraphs join its line
            else:
                builder.open("paragraph")
        elif kind == "paragraph_close" and not lists or kind in ("hr", "blockquote_close"):
            builder.close()
        elif kind in ("fence", "code_block"):
            builder.open("paragraph")
            for code_line in token.content.rstrip("\n").split("\n"):
                builder.add(code_line)
                builder.line_break()
            builder.close()
        elif kind == "inline":
            add_markdown_inline(token.children or [], builder)
    text, markup = builder.render()
    if not text.strip():
        raise InputError(source, "no text found in Markdown")
    return Record(text=text, source=source, title=given_title or title or None,
                  published=published, markup=markup)


def add_markdown_inline(children: Iterable, builder: TextBuilder) -> None:
    """Inline tokens: text kept, emphasis and link markup dropped, images and raw HTML left out."""
    bold = 0
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            builder.add(child.content, bold > 0)
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "softbreak":
            builder.add(" ")
        elif kind == "hardbreak":
            builder.line_break()


def read_markdown(source: str, settings: Settings) -> Iterator[Record]:
    yield from_decoded(record_from_markdown, decode_text(read_bytes(source, settings), source),
                       source)


# --- plain text ---------------------------------------------------------------------------------

def read_plain_text(source: str, settings: Settings) -> Iterator[Record]:
    yield from_decoded(record_from_plain_text,
                       decode_text(read_bytes(source, settings), source), source)


def record_from_plain_text(text: str, source: str) -> Record:
    return Record(text=text, source=source)


# --- JSON and JSON Lines ------------------------------------------------------------------------

OPTIONAL_TEXT_FIELDS = ("title", "source")
# The article itself, in one of three forms (exactly one is given).
BODY_FIELDS = ("text", "html", "markdown")
DATE_FIELDS = ("published", "reference_date")


def record_from_object(value: Any, source: str, line: int | None = None) -> Record:
    """A Record from one decoded JSON value (see the module docstring for the fields)."""
    if not isinstance(value, dict):
        raise InputError(source, f"expected a JSON object, found {json_type(value)}", line)
    for name in (*OPTIONAL_TEXT_FIELDS, *DATE_FIELDS, *BODY_FIELDS):
        if value.get(name) is not None and not isinstance(value[name], str):
            raise InputError(source, f"field {name!r} must be a string, not "
                                     f"{json_type(value[name])}", line)
    article_id = value.get("id")
    if article_id is not None and (isinstance(article_id, bool)
                                   or not isinstance(article_id, str | int)):
        raise InputError(source, f"field 'id' must be a string or an integer, not "
                                 f"{json_type(article_id)}", line)
    given = [name for name in BODY_FIELDS if value.get(name) is not None]
    if len(given) > 1:
        raise InputError(source, f"has both {given[0]!r} and {given[1]!r}; give one", line)
    if not given:
        raise InputError(source, "has no 'text', 'html' or 'markdown' field", line)
    body_field = given[0]
    body, warnings = without_stray_controls(unix_line_ends(value[body_field]), source, line)
    if not body.strip():
        raise InputError(source, f"field {body_field!r} is empty", line)
    if body_field == "text":
        record = Record(text=body, source=source, line=line)
    elif body_field == "html":
        record = record_from_html(body, source, line)
    else:
        record = replace(record_from_markdown(body, source), line=line)
    overrides: dict[str, Any] = {
        name: parse_iso_date(value[name], name, source, line)
        for name in DATE_FIELDS if value.get(name) is not None
    }
    # An empty title, source or id is no value: the record keeps its own (or derived) one.
    overrides.update({name: value[name] for name in OPTIONAL_TEXT_FIELDS if value.get(name)})
    if article_id is not None and str(article_id):
        overrides["id"] = str(article_id)
    return with_warnings(replace(record, **overrides), warnings)


def parse_iso_date(value: str, name: str, source: str, line: int | None) -> date:
    """An ISO date; a full ISO datetime keeps its date as written (no time-zone shift)."""
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise InputError(source, f"field {name!r} is not an ISO date (YYYY-MM-DD): "
                                 f"{value[:40]!r}", line) from None


def json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def one_line(error: Exception) -> str:
    return SPACES.sub(" ", str(error)).strip()


def decode_json(text: str, source: str, line: int | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        reason = f"not valid JSON ({error.msg.removesuffix(' at')} at column {error.colno})"
        if line is None and error.msg == "Extra data":
            reason += "; for one object a line, use a .jsonl file or --format jsonl"
        raise InputError(source, reason, line if line is not None else error.lineno) from None
    except RecursionError:
        raise InputError(source, "not valid JSON (nested too deeply)", line) from None


def read_json(source: str, settings: Settings) -> Iterator[Record]:
    yield from_decoded(record_from_json, decode_text(read_bytes(source, settings), source),
                       source)


def record_from_json(text: str, source: str) -> Record:
    return record_from_object(decode_json(text, source, None), source)


def read_json_lines(source: str, settings: Settings) -> Iterator[Record | InputError]:
    """One record a line, streamed; a bad line is yielded as an InputError and reading goes on."""
    if source == STDIN:
        yield from records_from_lines(sys.stdin.buffer, source, settings)
        return
    path = existing_file(source)
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror})") from None
    with handle:
        yield from records_from_lines(handle, source, settings)


def records_from_lines(stream: IO[bytes], source: str,
                       settings: Settings) -> Iterator[Record | InputError]:
    found = False
    for number, data in numbered_lines(stream, settings.max_input_bytes):
        if data is None:
            found = True
            yield InputError(source, f"record too large (over {settings.max_input_bytes:,} "
                                     "bytes, --max-bytes)", number)
            continue
        if b"\x00" in data:
            raise InputError(source, "binary data, not JSON Lines (contains NUL bytes)", number)
        if not data.strip():
            continue
        found = True
        try:
            text = data.decode("utf-8-sig" if number == 1 else "utf-8")
            yield record_from_object(decode_json(text, source, number), source, number)
        except UnicodeDecodeError as error:
            yield InputError(source, f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} "
                                     f"at column {error.start + 1})", number)
        except InputError as error:
            yield error
    if not found:
        raise InputError(source, "empty: no records")


def numbered_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line, or (line number, None) for a line over ``limit``
    bytes, which is skipped without holding more than ``limit`` bytes of it in memory."""
    number = 0
    while True:
        data = stream.readline(limit + 1)
        if not data:
            return
        number += 1
        if len(data) > limit and not data.endswith(b"\n"):
            while data and not data.endswith(b"\n"):
                data = stream.readline(limit + 1)
            yield number, None
        else:
            yield number, data


# --- choosing the reader ------------------------------------------------------------------------

Reader = Callable[[str, Settings], Iterator["Record | InputError"]]
READERS: dict[str, Reader] = {
    "txt": read_plain_text,
    "html": read_html,
    "md": read_markdown,
    "json": read_json,
    "jsonl": read_json_lines,
}
# File suffixes (and --format aliases) of each format.
FORMAT_ALIASES = {"text": "txt", "htm": "html", "markdown": "md", "ndjson": "jsonl"}


def format_of(source: str, fmt: str | None) -> str:
    """The reader to use: the explicit format, else the file suffix (plain text by default)."""
    if fmt:
        known = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        if known not in READERS:
            raise InputError(source, f"unknown format {fmt!r} (known: {', '.join(READERS)})")
        return known
    suffix = Path(source).suffix.lower().lstrip(".")
    suffix = FORMAT_ALIASES.get(suffix, suffix)
    return suffix if suffix in READERS else "txt"


# Formats a string in memory can hold: one article each.
STRING_PARSERS: dict[str, Callable[[str, str], Record]] = {
    "txt": record_from_plain_text,
    "html": record_from_html,
    "md": record_from_markdown,
    "json": record_from_json,
}


def record_from_string(text: str, source: str, settings: Settings,
                       fmt: str | None = None) -> Record:
    """One article given as a string (the Python API), read as ``fmt`` (plain text by
    default) with the checks a file of that format gets; ``source`` names it in errors."""
    fmt = format_of(source, fmt or "txt")
    if fmt not in STRING_PARSERS:
        raise InputError(source, f"a string holds one article; format {fmt!r} is for files "
                                 f"(known for strings: {', '.join(STRING_PARSERS)})")
    # The same size, binary and emptiness checks as a file's bytes get.
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > settings.max_input_bytes:
        raise InputError(source, f"too large ({len(data):,} bytes; the limit is "
                                 f"{settings.max_input_bytes:,}, --max-bytes)")
    return from_decoded(STRING_PARSERS[fmt], decode_text(data, source), source)


def record_from_bytes(data: bytes, source: str, fmt: str) -> Record:
    """One article from bytes already in memory (a request body, an upload), read as a file of
    that format (txt, html, md, json) would be. Raises InputError."""
    encoding = declared_encoding(data) if fmt == "html" else None
    return from_decoded(STRING_PARSERS[fmt], decode_text(data, source, encoding), source)


def iter_records(source: str, settings: Settings,
                 fmt: str | None = None) -> Iterator[Record | InputError]:
    """Every record of one input and every problem met, in input order; never raises
    InputError (see the module docstring)."""
    try:
        yield from READERS[format_of(source, fmt)](source, settings)
    except InputError as error:
        yield error
    except Exception as error:  # a reader's fault: this input fails in one line, a run goes on
        yield InputError(source, f"internal error: {type(error).__name__}: {one_line(error)}")


def read_records(source: str, settings: Settings, fmt: str | None = None) -> Iterator[Record]:
    """The Records in one input: a file (its suffix chooses the reader) or '-' for stdin.
    Raises the first InputError."""
    for item in iter_records(source, settings, fmt):
        if isinstance(item, InputError):
            raise item
        yield item
