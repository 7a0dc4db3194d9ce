"""artex_segment: the article's block structure from its lines (plus reader markup hints).

Every non-blank line ends up in exactly one section, in order: title, byline, dateline, body
paragraphs, lists (with their items), references (runs of link-like lines) and boilerplate.
A heading is not a section of its own: the section it introduces starts at the heading and
names it in ``span._.artex_heading``. Line and cue shapes come from models/boilerplate.json,
inline list headings ("Pros: a; b.") from models/headings.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from artex.stages.common import CUES_FILE, SECTIONS_KEY, Stage, doc_text, load_json

HEADINGS_FILE = "headings.json"

SENTENCE_END = (".", "!", "?")
HEAD_KINDS = frozenset({"title", "byline", "dateline"})
# Words that stay lower-case in a title-case heading.
MINOR_WORDS = frozenset((
    "a", "an", "the", "of", "and", "or", "nor", "but", "for", "to", "in", "on", "at", "by",
    "from", "with", "between", "through", "into", "as", "vs", "via", "per", "over", "under",
    "about", "than",
))
STRONG_MARKS = re.compile(r"(\*\*|__)(?P<inner>.+?)\1")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# The sentence end that closes an inline list (not the point of "U.S.").
INLINE_LIST_END = re.compile(r"(?<![A-Z])[.!?](?=\s+[A-Z\"“*_]|\s*$)")
LEADING_CONJUNCTION = re.compile(r"(?:and|or)\s+(?=\S)")
ITEM_NUMBER = re.compile(r"\(?(\d{1,3})[.)]")
# "Title: text" at the start of an item or line: a short title before the first colon.
TITLE_COLON = re.compile(r"(?P<title>[A-Z0-9\"“'][^:;!?\"“”]{0,80}?)\s*:\s+(?=\S)")


@dataclass
class Line:
    start: int
    end: int
    text: str
    gap_before: bool
    indent: int
    words: int = field(init=False)

    def __post_init__(self):
        self.words = len(self.text.split())

    @property
    def indented(self) -> bool:
        return self.indent > 0


@dataclass
class Section:
    kind: str
    start: int
    end: int
    heading: dict | None = None
    items: list[dict] | None = field(default=None)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, trimmed, each knowing whether a blank line precedes it."""
    lines: list[Line] = []
    gap = False
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            indent = len(raw) - len(raw.lstrip())
            start = offset + indent
            lines.append(Line(start, start + len(stripped), stripped, gap and bool(lines),
                              indent))
            gap = False
        else:
            gap = True
        offset += len(raw)
    return lines


class Cues:
    """The compiled line cues of models/boilerplate.json and models/headings.json."""

    def __init__(self, cues: dict, headings: dict):
        ci = re.IGNORECASE
        self.boilerplate_line = one_of(cues["boilerplate_lines"], ci)
        self.boilerplate_phrase = one_of(cues["boilerplate_phrases"], ci)
        self.contact_heading = one_of(cues["contact_headings"], ci)
        self.kicker_line = one_of(cues["kicker_lines"], ci)
        self.reference_cue = one_of(cues["reference_cues"], ci)
        self.link_line = re.compile(cues["link_line"], ci)
        self.byline = one_of(cues["byline_lines"])
        self.dateline = one_of(cues["dateline_lines"], ci)
        self.dateline_prefix = one_of(cues["dateline_prefixes"])
        self.item_marker = re.compile(cues["item_marker"])
        self.link_separators = re.compile(cues["link_separators"])
        terms = sorted({t for k in headings["kinds"] for t in k["terms"]}, key=len, reverse=True)
        alternatives = "|".join(re.escape(t) for t in terms)
        self.list_term = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
        # An inline list heading opens a line or a sentence and ends in a kind of list and a
        # colon: "Cons: a; b." or "The main risks: a; b."
        self.inline_heading = re.compile(
            rf"(?:(?<![^\n])|(?<=[.!?])\s+)(?P<open>(?:\*\*|__)?)"
            rf"(?P<heading>(?:[A-Z][\w'-]*\s+(?:[\w'-]+\s+){{0,2}})?(?i:{alternatives}))"
            r"(?:\*\*|__)?\s*:(?:\*\*|__)?\s+"
        )


def covers(hints: list[tuple[int, int]], start: int, end: int) -> bool:
    """One of the sorted, non-overlapping hints spans start..end (end inclusive)."""
    i = bisect_right(hints, (start, float("inf"))) - 1
    return i >= 0 and hints[i][1] >= end


def one_of(patterns: list[str], flags: int = 0) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@dataclass(frozen=True)
class Limits:
    """Word counts that tell line shapes apart (the stage's config)."""

    max_heading_words: int
    max_short_heading_words: int
    max_question_heading_words: int
    max_title_words: int
    max_short_line_words: int
    max_item_title_words: int
    max_boilerplate_words: int
    # A dateline is looked for in the article's first lines, also after a standfirst or a
    # byline below the title ("SINGAPORE, May 6, 2025 —" under a press release's subtitle).
    max_dateline_line: int


class Layout:
    """One doc's lines with the questions the segmenter asks about them."""

    def __init__(self, text: str, markup: list | None, cues: Cues, limits: Limits):
        self.text = text
        self.cues = cues
        self.limits = limits
        self.lines = split_lines(text)
        self.has_gaps = any(line.gap_before for line in self.lines)
        markup = markup or []
        heading_hints = sorted((s, e) for s, e, k in markup if k == "heading")
        self.strong_hints = sorted((s, e) for s, e, k in markup if k == "strong")
        item_hints = sorted((s, e) for s, e, k in markup if k == "item")
        # Line shapes asked about again and again, computed once.
        self.item_hints = [self.first_hint_on(line, item_hints) for line in self.lines]
        self.marker_ends = [self.find_marker_end(line) for line in self.lines]
        self.furniture = [self.find_boilerplate(line) for line in self.lines]
        self.hinted_headings = [covers(heading_hints, line.start, line.end - 1)
                                for line in self.lines]
        self.bold_lines = [self.find_bold_line(line) for line in self.lines]

    def __len__(self) -> int:
        return len(self.lines)

    # -- line shapes ---------------------------------------------------------------------
    @staticmethod
    def first_hint_on(line: Line, hints: list[tuple[int, int]]) -> tuple[int, int] | None:
        i = bisect_left(hints, (line.start, -1))
        return hints[i] if i < len(hints) and hints[i][0] < line.end else None

    def find_marker_end(self, line: Line) -> int | None:
        match = self.cues.item_marker.match(line.text)
        return line.start + match.end() if match else None

    def find_boilerplate(self, line: Line) -> bool:
        if line.words > self.limits.max_boilerplate_words:
            return False
        bare = self.cues.item_marker.sub("", line.text)
        if self.cues.boilerplate_phrase.search(bare):
            return True
        # A menu line ("Privacy policy | Terms of use") is furniture when every entry is.
        entries = [e.strip(" .:!*_#") for e in self.cues.link_separators.split(bare)]
        # An entry of marks alone is a rule ("---", "* * *").
        return all(not e.strip("-=~*_ ") or self.cues.boilerplate_line.fullmatch(e)
                   for e in entries)

    def marker_family(self, i: int) -> str:
        """What kind of marker opens item line i: "1." and "2." are alike, "-" and "1." not."""
        if self.marker_ends[i] is None:
            return "hint"
        marker = self.text[self.lines[i].start:self.marker_ends[i]].strip()
        return re.sub(r"\d+", "0", re.sub(r"^\(?[a-z]([.)])$", r"a\1", marker))

    def item_number(self, i: int) -> int | None:
        """The number of a numbered item line ("3." or "3)"), else None."""
        match = ITEM_NUMBER.match(self.lines[i].text) if self.marker_ends[i] else None
        return int(match[1]) if match else None

    def strong_hint_at(self, offset: int) -> tuple[int, int] | None:
        """The reader's bold span opening at offset (or one character later, after a quote
        or bracket), if any."""
        i = bisect_left(self.strong_hints, (offset, -1))
        if i < len(self.strong_hints) and self.strong_hints[i][0] <= offset + 1:
            return self.strong_hints[i]
        return None

    def item_hint(self, i: int) -> tuple[int, int] | None:
        """The reader's item hint that starts on line i (it may run over later lines)."""
        return self.item_hints[i]

    def marker_end(self, i: int) -> int | None:
        """Offset just after the list marker opening line i ("1.", "-", "•"), if any."""
        return self.marker_ends[i]

    def sign_off(self, i: int) -> bool:
        """A paragraph of one short line opening with a dash that ends the story, only page
        furniture after it ("— The Canadian Press", "– Staff and agencies"): the story's
        credit, not a list of one item."""
        line, end = self.lines[i], self.marker_ends[i]
        if end is None or not line.gap_before or not all(
                self.boilerplate(k) for k in range(i + 1, len(self.lines))):
            return False
        rest = self.text[end:line.end].strip()
        return self.text[line.start:end].strip() in ("—", "–", "--") and rest[:1].isupper() \
            and len(rest.split()) <= self.limits.max_short_heading_words \
            and not ends_sentence(rest)

    def starts_item(self, i: int) -> bool:
        return i < len(self.lines) and (
            self.item_hints[i] is not None or self.marker_ends[i] is not None)

    def find_bold_line(self, line: Line) -> bool:
        """The whole line is bold (a Markdown "**Pros**" or a "strong" hint)."""
        bare = line.text.rstrip(":").rstrip()
        return bool(STRONG_MARKS.fullmatch(bare)) or covers(
            self.strong_hints, line.start, line.start + len(bare))

    def hinted_heading(self, i: int) -> bool:
        return self.hinted_headings[i]

    def strong_line(self, i: int) -> bool:
        return self.bold_lines[i]

    def boilerplate(self, i: int) -> bool:
        return self.furniture[i]

    def kicker(self, i: int) -> bool:
        """Line i labels the piece ("PRESS RELEASE", "OPINION") above its headline."""
        return bool(self.cues.kicker_line.fullmatch(self.lines[i].text.strip(" .:!*_#|")))

    def link(self, i: int) -> bool:
        line = self.lines[i]
        return line.words <= self.limits.max_short_line_words and bool(
            self.cues.link_line.search(line.text))

    def reference_cue(self, text: str) -> bool:
        return bool(self.cues.reference_cue.search(text))

    def reference_line(self, i: int) -> bool:
        """A short line that is itself a reference: "Read more: ...", "Related: ..."."""
        line = self.lines[i]
        if line.words > 15 or line.text.endswith(":"):
            return False
        return bool(self.cues.reference_cue.match(unemphasised(line.text)))

    def byline(self, i: int) -> bool:
        return bool(self.cues.byline.match(unemphasised(self.lines[i].text)))

    def dateline(self, i: int) -> bool:
        """A date line ("Tuesday 10 June 2025"), or an agency dateline standing alone on its
        line above the story ("NEW PLYMOUTH, New Zealand, Oct 18 (AAP) —")."""
        text = self.lines[i].text
        if self.cues.dateline.match(unemphasised(text)):
            return True
        prefix = self.cues.dateline_prefix.match(text.rstrip())
        return prefix is not None and prefix.end() == len(text.rstrip())

    def short(self, i: int) -> bool:
        line = self.lines[i]
        return line.words <= self.limits.max_short_line_words and not ends_sentence(line.text)

    def headline(self, i: int) -> bool:
        """Line i can be a title or heading by its shape alone."""
        line = self.lines[i]
        if self.starts_item(i) or self.boilerplate(i) or self.link(i):
            return False
        first_word = line.text.lstrip("#*_ \"“'").split(maxsplit=1)[0] if line.text else ""
        # "iPhone sales surge": a brand may open a headline in lower case.
        return first_word[:1].isupper() or first_word[:1].isdigit() or (
            first_word[:1].isalpha() and any(c.isupper() for c in first_word))

    def heading(self, i: int) -> bool:
        """Line i introduces the block after it."""
        if i + 1 >= len(self.lines):
            return False
        if self.starts_item(i):
            return self.numbered_heading(i)
        if not self.headline(i):
            return False
        line = self.lines[i]
        if self.hinted_heading(i) or MARKDOWN_HEADING.match(line.text):
            return True
        if line.words > self.limits.max_heading_words:
            return False
        if line.text.endswith(":"):
            return True
        if line.text.endswith("?"):
            return self.question_heading(i)
        if ends_sentence(line.text) or line.text.endswith((",", ";")):
            return False
        if self.strong_line(i):
            return True
        return title_case(line.text) and (
            self.starts_item(i + 1) or self.lines[i + 1].gap_before or not self.has_gaps
            or self.heading_over_its_paragraph(i)
        )

    def announces_list(self, i: int) -> bool:
        """Heading i may head unmarked item lines: it ends in a colon, the reader marked it,
        it is bold, or it names a kind of list ("Benefits")."""
        text = self.lines[i].text
        return (text.endswith(":") or self.hinted_heading(i) or self.strong_line(i)
                or bool(self.cues.list_term.search(text)))

    def question_heading(self, i: int) -> bool:
        """A short question alone in its block heads what follows ("What are the risks?")."""
        line, following = self.lines[i], self.lines[i + 1]
        alone = (i == 0 or line.gap_before) and following.gap_before
        return line.words <= self.limits.max_question_heading_words and (
            alone or self.starts_item(i + 1))

    def heading_over_its_paragraph(self, i: int) -> bool:
        """A short line opening a block ("Background" then its paragraph, no blank line
        between) and not the first line of a hard-wrapped paragraph, which is longer or
        breaks after a minor word ("... met in")."""
        line = self.lines[i]
        opens_block = i == 0 or line.gap_before
        last_word = line.text.split()[-1].lower()
        return opens_block and line.words <= self.limits.max_short_heading_words and (
            last_word not in MINOR_WORDS)

    def numbered_heading(self, i: int) -> bool:
        """A numbered line alone above a paragraph ("2. Results") is a heading, not a list
        of one item, unless a list intro ("Risks:") or another item comes before it."""
        line, following = self.lines[i], self.lines[i + 1]
        if self.marker_ends[i] is None or self.item_hints[i] is not None:
            return False
        rest = self.text[self.marker_ends[i]:line.end]
        before = self.lines[i - 1] if i else None
        return (
            following.gap_before
            and not self.starts_item(i + 1)
            and not self.furniture[i + 1]
            and len(rest.split()) <= self.limits.max_short_heading_words
            and rest[:1].isupper()
            and not ends_sentence(rest)
            and not (before and (before.text.endswith(":") or self.starts_item(i - 1)))
        )

    def title(self, i: int) -> bool:
        """Line i, the first line past any page furniture, is the headline."""
        if i + 1 >= len(self.lines) or not self.headline(i):
            return False
        line = self.lines[i]
        if self.hinted_heading(i) or MARKDOWN_HEADING.match(line.text):
            return True
        # A question is a headline too when a byline or dateline follows it ("Money makeover:
        # should Priya's inheritance go on her mortgage?" above "By NAME").
        question = line.text.rstrip("\"”’')*_ ").endswith("?") \
            and (self.byline(i + 1) or self.dateline(i + 1))
        return (
            line.words <= self.limits.max_title_words
            and (question or not ends_sentence(line.text))
            and not line.text.endswith(":")
            and not (self.starts_item(i + 1) and not self.heading(i + 1))
            and not self.byline(i)
            and not self.dateline(i)
        )

    def heading_span(self, i: int) -> dict:
        """The heading's words: without Markdown marks, bold marks or the trailing colon."""
        line = self.lines[i]
        start, end = line.start, line.end
        lead = MARKDOWN_HEADING.match(line.text)
        if lead:
            start += lead.end()
        while end > start and self.text[end - 1] in ":*_ ":
            end -= 1
        while start < end and self.text[start] in "*_ ":
            start += 1
        return {"text": self.text[start:end], "start": start, "end": end}


def unemphasised(text: str) -> str:
    """The line without the Markdown emphasis around it ("*By Tom Reyes*")."""
    return text.strip("*_ ")


def ends_sentence(text: str) -> bool:
    """The line ends a sentence ("... growth." but not "... the U.S.")."""
    text = text.rstrip("\"”’')*_ ")
    if not text.endswith(SENTENCE_END):
        return False
    last = text.split()[-1]
    return not (text.endswith(".") and "." in last[:-1])


def title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", text) if w.lower() not in MINOR_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6 or len(words) <= 3 and words[0][0].isupper()


class Segmenter:
    """Walks one doc's lines once, emitting sections in order."""

    def __init__(self, layout: Layout, has_head: bool = True):
        self.layout = layout
        self.lines = layout.lines
        self.text = layout.text
        self.sections: list[Section] = []
        # A later piece of a long text (see artex.pieces) has no head.
        self.has_head = has_head
        # Still in the article's head (title, byline, dateline), where datelines may appear.
        self.at_top = has_head
        # A dateline opens the story: none after a dateline or a paragraph of the story, but
        # one after a standfirst (a subtitle line without a sentence end) may still come.
        self.story_started = not has_head

    def add(self, section: Section):
        self.sections.append(section)
        self.at_top = self.at_top and section.kind in HEAD_KINDS
        self.story_started = self.story_started or section.kind == "dateline" \
            or section.kind != "byline" and ends_sentence(self.text[section.start:section.end])

    def may_hold_dateline(self, i: int) -> bool:
        """Line i is in the article's head, or among its first lines before the story starts
        ("SINGAPORE, May 6, 2025 —" under a press release's subtitle)."""
        return self.at_top or not self.story_started \
            and i < self.layout.limits.max_dateline_line

    def emit(self, kind: str, first: int, last: int, heading: int | None = None, **extra):
        start = self.lines[heading if heading is not None else first].start
        head = self.layout.heading_span(heading) if heading is not None else None
        self.add(Section(kind, start, self.lines[last].end, head, **extra))

    def run(self) -> list[Section]:
        layout, n = self.layout, len(self.layout)
        i = 0
        while i < n and (layout.boilerplate(i) or self.has_head and layout.kicker(i)):
            if layout.boilerplate(i):
                i = self.boilerplate_run(i)
            else:
                # A kicker is furniture, and the line under it may be the headline.
                self.emit("boilerplate", i, i)
                i += 1
        if i < n and self.has_head and layout.title(i):
            self.emit("title", i, i)
            i += 1
        while i < n:
            if layout.byline(i) or self.may_hold_dateline(i) and layout.dateline(i):
                self.emit("byline" if layout.byline(i) else "dateline", i, i)
                i += 1
            elif layout.boilerplate(i):
                i = self.boilerplate_run(i)
            elif layout.sign_off(i):
                # "— The Canadian Press" under the story: who wrote it, no list of one item.
                self.emit("byline", i, i)
                i += 1
            elif layout.heading(i):
                i = self.headed_block(i)
            else:
                i = self.block(i, None)
        return self.sections

    def boilerplate_run(self, i: int) -> int:
        j = i + 1
        while j < len(self.lines) and not self.lines[j].gap_before and self.layout.boilerplate(j):
            j += 1
        self.emit("boilerplate", i, j - 1)
        return j

    def headed_block(self, h: int) -> int:
        layout = self.layout
        i = h + 1
        if layout.cues.contact_heading.fullmatch(self.lines[h].text.strip(" :*_#")):
            # "Media contact:" over a name, a role, an e-mail address and a telephone number:
            # the press release's contact block is furniture, no list.
            while i < len(self.lines) and not self.lines[i].gap_before:
                i += 1
            self.emit("boilerplate", h, i - 1)
            return i
        if layout.announces_list(h):
            end, items = self.subheaded_items(i)
            if items:
                self.emit("list", i, end - 1, heading=h, items=items)
                return end
        if layout.heading(i) or layout.boilerplate(i):
            # A heading over another heading (or over page furniture) stands alone, naming
            # itself: under "Pros and Cons", each sub-list carries its own sub-heading.
            self.emit("body", h, h, heading=h)
            return i
        references = layout.reference_cue(self.lines[h].text)
        if not layout.starts_item(i) and (references or layout.announces_list(h)):
            end = self.unmarked_items(i)
            if end > i:
                kind = "references" if references else "list"
                items = None if references else [self.unmarked_item(k) for k in range(i, end)]
                self.emit(kind, i, end - 1, heading=h, items=items)
                return end
        return self.block(i, h, references=references)

    def subheaded_items(self, i: int) -> tuple[int, list[dict]]:
        """Items written as short sub-headings over a paragraph each, under a list heading
        ("Benefits" / "Lower Costs" + paragraph / "More Jobs" + paragraph): the end of the
        run and its items, or no items when fewer than two. Sub-headings that name a kind
        of list ("Pros") head lists of their own instead."""
        layout, n = self.layout, len(self.layout)
        items = []
        j = i
        # Items share one shape: a blank line between sub-heading and paragraph, or none.
        spaced = i + 1 < n and self.lines[i + 1].gap_before
        while (
            j + 1 < n
            and self.lines[j + 1].gap_before == spaced
            and layout.heading(j)
            and not layout.starts_item(j)
            and self.lines[j].words <= layout.limits.max_item_title_words
            and not layout.cues.list_term.search(self.lines[j].text)
        ):
            first = j + 1
            if (layout.heading(first) or layout.boilerplate(first) or layout.starts_item(first)
                    or layout.link(first)):
                break
            end = self.paragraph_end(first)
            title = layout.heading_span(j)
            items.append({"start": self.lines[j].start, "end": self.lines[end - 1].end,
                          "title_start": title["start"], "title_end": title["end"],
                          "text_start": self.lines[first].start,
                          "text_end": self.lines[end - 1].end})
            j = end
        return (j, items) if len(items) >= 2 else (i, [])

    def block(self, i: int, heading: int | None, references: bool = False) -> int:
        layout = self.layout
        if layout.starts_item(i):
            return self.list_block(i, heading, references)
        if layout.link(i) or layout.reference_line(i):
            j = i + 1
            # Links, and the short lines of the block a reference cue opens ("See also").
            while j < len(self.lines) and not layout.boilerplate(j) and (
                layout.link(j) or layout.reference_line(j)
                or layout.reference_line(i) and not self.lines[j].gap_before and layout.short(j)
            ):
                j += 1
            self.emit("references", i, j - 1, heading=heading)
            return j
        j = self.paragraph_end(i)
        if references:
            self.emit("references", i, j - 1, heading=heading)
            return j
        self.paragraph(i, j - 1, heading)
        if self.lines[j - 1].text.endswith(":") and j < len(self.lines):
            return self.introduced_run(j - 1, j)
        return j

    def introduced_run(self, intro: int, i: int) -> int:
        """Short lines after a paragraph ending in ":": links if the paragraph says so, else
        an unmarked list."""
        layout = self.layout
        if layout.starts_item(i):
            return i
        end = self.unmarked_items(i)
        if end <= i:
            return i
        if layout.reference_cue(self.lines[intro].text) or any(
            layout.link(k) for k in range(i, end)
        ):
            self.emit("references", i, end - 1)
        else:
            self.emit("list", i, end - 1, items=[self.unmarked_item(k) for k in range(i, end)])
        return end

    def unmarked_items(self, i: int) -> int:
        """End (exclusive) of a run of at least two unmarked item lines from i: "Title: text"
        lines (blank lines allowed between them when every line so far is titled) or short
        lines of one block. Returns i when there is no such run."""
        layout, n = self.layout, len(self.layout)
        j = i
        all_titled = True
        while (j < n and not layout.starts_item(j) and not layout.boilerplate(j)
               and not self.opens_inline_list(j)):
            line = self.lines[j]
            same_block = j == i or not line.gap_before
            titled = self.item_title_ok(line.text)
            if not (titled and (same_block or all_titled) or layout.short(j) and same_block):
                break
            all_titled = all_titled and titled
            j += 1
            if j < n and layout.heading(j) and self.lines[j].gap_before:
                break
        return j if j - i >= 2 else i

    def opens_inline_list(self, j: int) -> bool:
        """Line j starts with an inline list ("Pros: a; b."), a list of its own."""
        line = self.lines[j]
        match = self.layout.cues.inline_heading.match(self.text, line.start, line.end)
        return bool(match) and len(split_inline_items(self.text, match.end(), line.end)) >= 2

    def item_title_ok(self, text: str) -> bool:
        match = TITLE_COLON.match(text)
        limit = self.layout.limits.max_item_title_words
        return bool(match) and len(match["title"].split()) <= limit

    def unmarked_item(self, k: int) -> dict:
        line = self.lines[k]
        return self.item(line.start, line.start, line.end, k, k)

    def paragraph_end(self, i: int) -> int:
        """End (exclusive) of the paragraph starting at line i."""
        layout, n = self.layout, len(self.layout)
        j = i + 1
        while (
            j < n
            and self.layout.has_gaps
            and not self.lines[j].gap_before
            and not self.lines[j - 1].text.endswith(":")
            and not layout.starts_item(j)
            and not layout.boilerplate(j)
            and not layout.link(j)
            and not layout.hinted_heading(j)
            and not (layout.heading(j) and layout.starts_item(j + 1))
        ):
            j += 1
        return j

    def paragraph(self, first: int, last: int, heading: int | None):
        """A body paragraph, split off its agency dateline and its inline lists."""
        start = self.lines[first].start
        end = self.lines[last].end
        if self.may_hold_dateline(first):
            prefix = self.layout.cues.dateline_prefix.match(self.text, start, end)
            if prefix:
                if heading is not None:
                    # The dateline opens the story, so the line above it heads no paragraph:
                    # it is a line of the head of a shape not known (a credit, a standfirst).
                    self.emit("body", heading, heading)
                    heading = None
                self.add(Section("dateline", start, prefix.end()))
                start = skip_space(self.text, prefix.end(), end)
        pieces = self.inline_lists(start, end)
        if not pieces:
            return
        if heading is not None and pieces[0][0] != "body":
            # The heading stands alone, naming itself, above the inline list opening the
            # paragraph.
            self.emit("body", heading, heading, heading=heading)
            heading = None
        for position, (kind, s, e, inline_heading, items) in enumerate(pieces):
            if kind == "list":
                self.add(Section("list", s, e, inline_heading, items))
            elif position == 0 and heading is not None:
                self.add(Section("body", self.lines[heading].start, e,
                                 self.layout.heading_span(heading)))
            else:
                self.add(Section("body", s, e))

    def inline_lists(self, start: int, end: int):
        """Cut a paragraph into body text and inline lists ("Pros: a; b; c. Cons: d; e.")."""
        text = self.text
        pieces = []
        matches = list(self.layout.cues.inline_heading.finditer(text, start, end))
        cuts = [m.start("open") for m in matches] + [end]
        cursor = start
        for match, stop in zip(matches, cuts[1:], strict=True):
            items = split_inline_items(text, match.end(), stop)
            if len(items) < 2:
                continue
            if match.start("open") > cursor:
                body_end = strip_back(text, cursor, match.start("open"), "")
                pieces.append(("body", cursor, body_end, None, None))
            heading = {"text": match["heading"], "start": match.start("heading"),
                       "end": match.end("heading")}
            pieces.append(("list", match.start("open"), items[-1]["end"], heading, items))
            cursor = skip_space(text, items[-1]["end"], end)
            cursor = skip_space(text, cursor + (text[cursor:cursor + 1] in ".!"), end)
        if cursor < end:
            pieces.append(("body", cursor, end, None, None))
        return pieces

    def list_block(self, i: int, heading: int | None, references: bool) -> int:
        layout, n = self.layout, len(self.layout)
        items = []
        j = i
        family = layout.marker_family(i)
        while j < n and layout.starts_item(j) and (j == i or layout.marker_family(j) == family):
            k = j + 1
            hint = layout.item_hint(j)
            while k < n and self.continues_item(k, j, hint):
                k += 1
            k = self.numbered_item_end(j, k)
            # A reader's hint may start before or after a marker it left in the text.
            body_start = max(hint[0] if hint else self.lines[j].start,
                             layout.marker_end(j) or self.lines[j].start)
            items.append(self.item(self.lines[j].start, body_start, self.lines[k - 1].end, j,
                                   k - 1))
            j = k
        if references:
            self.emit("references", i, j - 1, heading=heading)
        elif all(layout.boilerplate(k) for k in range(i, j)):
            self.emit("boilerplate", i, j - 1, heading=heading)
        else:
            self.emit("list", i, j - 1, heading=heading, items=items)
        return j

    def numbered_item_end(self, j: int, k: int) -> int:
        """Item j, whose lines end before k, also holds the paragraphs between it and the
        item numbered next ("1. ..." / paragraph / "2. ...")."""
        layout, n = self.layout, len(self.layout)
        number = layout.item_number(j)
        while (
            number is not None
            and k < n
            and self.lines[k].gap_before
            and not layout.starts_item(k)
            and not layout.boilerplate(k)
            and not layout.heading(k)
        ):
            end = self.paragraph_end(k)
            if end >= n or layout.item_number(end) != number + 1:
                break
            k = end
        return k

    def continues_item(self, k: int, item: int, hint: tuple[int, int] | None) -> bool:
        """Line k carries on the item opened on line ``item``: inside the reader's item, else
        a line of the same block that opens nothing new, an indented paragraph or a sub-item
        indented under it. Where paragraphs are not separated by blank lines, only an indented
        line carries on an item."""
        layout, line = self.layout, self.lines[k]
        if hint is not None:
            return line.start < hint[1]
        sub_item = layout.starts_item(k) and line.indent > self.lines[item].indent
        return (
            (line.indented if line.gap_before else layout.has_gaps or line.indented)
            and (sub_item or not layout.starts_item(k))
            and not layout.boilerplate(k)
            and not layout.hinted_heading(k)
            and not (layout.heading(k) and layout.starts_item(k + 1))
        )

    def item(self, start: int, body_start: int, end: int, first: int, last: int) -> dict:
        """An item's offsets: whole item, title (if any) and the description text."""
        text = self.text
        body_start = skip_space(text, body_start, end)
        title = self.item_title(body_start, end, first, last)
        if title is None:
            return {"start": start, "end": end, "title_start": None, "title_end": None,
                    "text_start": body_start, "text_end": end}
        title_start, title_end, text_start = title
        return {"start": start, "end": end, "title_start": title_start, "title_end": title_end,
                "text_start": text_start, "text_end": end}

    def item_title(self, body_start: int, end: int, first: int, last: int):
        """(title_start, title_end, text_start) or None, from a bold lead, a "Title:" lead,
        or a short first line over further lines."""
        text = self.text
        line_end = self.lines[first].end
        strong = self.layout.strong_hint_at(body_start)
        if strong is not None and strong[1] < end:
            s, e = strong
            return s, strip_back(text, s, e, ":*_ "), skip_separator(text, e, end)
        bold = STRONG_MARKS.match(text, body_start, line_end)
        if bold and bold.end() < end:
            title_start, title_end = bold.start("inner"), strip_back(
                text, bold.start("inner"), bold.end("inner"), ": ")
            return title_start, title_end, skip_separator(text, bold.end(), end)
        lead = TITLE_COLON.match(text, body_start, line_end)
        if lead and len(lead["title"].split()) <= self.layout.limits.max_item_title_words:
            return lead.start("title"), lead.end("title"), lead.end()
        if last > first and self.title_line(text[body_start:line_end], self.lines[first + 1].text):
            title_end = strip_back(text, body_start, line_end, ": ")
            return body_start, title_end, self.lines[first + 1].start
        return None

    def title_line(self, first_line: str, next_line: str) -> bool:
        """An item's first line is its title when it is short, reads as a heading and the
        description starts afresh on the next line (not a sentence wrapped mid-way)."""
        too_long = len(first_line.split()) > self.layout.limits.max_item_title_words
        if too_long or not next_line[:1].isupper():
            return False
        return first_line.endswith(":") or not ends_sentence(first_line) and title_case(first_line)


def split_inline_items(text: str, start: int, stop: int) -> list[dict]:
    """Items of an inline list, split at ";", up to the end of the sentence that holds them."""
    segment = text[start:stop]
    period = INLINE_LIST_END.search(segment)
    if period is not None:
        segment = segment[: period.start()]
    if ";" not in segment:
        return []
    items = []
    offset = start
    for part in segment.split(";"):
        s = skip_space(text, offset, offset + len(part))
        conjunction = LEADING_CONJUNCTION.match(text, s, offset + len(part))
        s = conjunction.end() if conjunction else s
        e = strip_back(text, s, offset + len(part), " ")
        if e > s:
            items.append({"start": s, "end": e, "title_start": None, "title_end": None,
                          "text_start": s, "text_end": e})
        offset += len(part) + 1
    return items


def skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def skip_separator(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ":–—-*_"):
        start += 1
    return start


def strip_back(text: str, start: int, end: int, chars: str) -> int:
    while end > start and (text[end - 1] in chars or text[end - 1].isspace()):
        end -= 1
    return end


@Language.factory(
    "artex_segment",
    assigns=["doc.spans", "span._.artex_heading", "span._.artex_items", "token.is_sent_start"],
    requires=[],
    default_config={
        "max_heading_words": 12,
        "max_short_heading_words": 6,
        "max_question_heading_words": 10,
        "max_title_words": 25,
        "max_short_line_words": 12,
        "max_item_title_words": 8,
        "max_boilerplate_words": 30,
        "max_dateline_line": 6,
    },
)
def make_segment(nlp: Language, name: str, max_heading_words: int,
                 max_short_heading_words: int, max_question_heading_words: int,
                 max_title_words: int, max_short_line_words: int, max_item_title_words: int,
                 max_boilerplate_words: int, max_dateline_line: int):
    return ArtexSegment(nlp, name, Limits(
        max_heading_words=max_heading_words, max_short_heading_words=max_short_heading_words,
        max_question_heading_words=max_question_heading_words, max_title_words=max_title_words,
        max_short_line_words=max_short_line_words, max_item_title_words=max_item_title_words,
        max_boilerplate_words=max_boilerplate_words, max_dateline_line=max_dateline_line))


class ArtexSegment(Stage):
    def __init__(self, nlp: Language, name: str, limits: Limits):
        self.name = name
        self.limits = limits
        self.cues: Cues | None = None

    def load_data(self, models_dir: Path, nlp: Language | None) -> None:
        self.cues = Cues(load_json(models_dir, CUES_FILE), load_json(models_dir, HEADINGS_FILE))

    def match(self, doc: Doc) -> tuple[list[Section], list[int]]:
        """The sections, and the offsets where lines start (each a sentence start)."""
        layout = Layout(doc_text(doc), doc._.artex_markup, self.cues, self.limits)
        sections = Segmenter(layout, has_head=not doc._.artex_continues).run()
        return sections, [line.start for line in layout.lines]

    def set_annotations(self, doc: Doc, found: tuple[list[Section], list[int]]) -> Doc:
        sections, line_starts = found
        # Token look-ups by bisection: Doc.char_span scans the doc on every call.
        token_starts = doc.to_array(IDX).tolist()
        spans = []
        for section in sections:
            start = bisect_right(token_starts, section.start) - 1
            end = bisect_left(token_starts, section.end)
            span = Span(doc, max(start, 0), end, label=section.kind)
            span._.artex_heading = section.heading
            span._.artex_items = section.items
            spans.append(span)
        doc.spans[SECTIONS_KEY] = spans
        mark_sentence_starts(doc, token_starts, line_starts)
        return doc


def mark_sentence_starts(doc: Doc, token_starts: list[int], offsets: list[int]) -> None:
    """Sentences never cross a line break: the token opening each line starts a sentence.

    Written as one array (setting ``token.is_sent_start`` one by one rescans the doc each time).
    """
    if len(doc) < 2:
        return
    sent_starts = doc.to_array(SENT_START)
    for offset in offsets:
        i = bisect_left(token_starts, offset)
        if 0 < i < len(doc) and token_starts[i] == offset:
            sent_starts[i] = 1
    doc.from_array([SENT_START], sent_starts.reshape(-1, 1))
