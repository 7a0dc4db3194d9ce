"""Long texts cut into pieces of bounded size at the boundaries the text itself gives.

A text longer than ``max_chars`` is cut into consecutive pieces that tile it (piece k is
``text[start_k:end_k]`` and ``end_k == start_{k+1}``), so that an offset in a piece becomes an
offset in the whole text by adding the piece's start. Each cut is the last boundary of the best
kind between half and all of ``max_chars`` past the piece's start:

1. a blank line (a paragraph break) that neither opens a list item, follows a line that
   introduces something (ends with a colon), follows a heading-like short line, nor falls
   inside a quotation still open in the paragraph before it, nor inside a list the reader's
   markup marks;
2. any blank line;
3. a line break, with the same conditions as 1;
4. the end of a sentence;
5. white space;
6. ``max_chars`` itself (a text with no space at all, such as one endless token).

No spaCy here: cutting is plain text work, done before any Doc exists.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from artex.record import Markup

BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
LINE_BREAK = re.compile(r"\n\s*")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
WHITE_SPACE = re.compile(r"\s+")
# A line that opens a list item: a bullet, or a number or letter followed by . or ).
ITEM_START = re.compile(r"[ \t]*(?:[-*•·‣▪–—+]|\(?(?:\d{1,3}|[a-zA-Z])[.)])\s")
# A heading-like line: short and not ending a sentence.
HEADING_MAX_WORDS = 12
SENTENCE_FINAL = tuple(".!?…\"'”’)")
OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"
# How far back the line before a cut is looked for (a longer line is no heading or intro).
LOOK_BACK = 2000
# Two marked list items this close (in characters) around a cut are one list.
ITEM_GAP = 4


def piece_bounds(text: str, max_chars: int,
                 markup: Sequence[Markup] = ()) -> list[tuple[int, int]]:
    """(start, end) of each piece; one piece when the text is not longer than ``max_chars``."""
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    items = sorted((m.start, m.end) for m in markup if m.kind == "item")
    bounds = []
    start = 0
    while len(text) - start > max_chars:
        end = cut(text, start, max_chars, items)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def cut(text: str, start: int, max_chars: int, items: list[tuple[int, int]]) -> int:
    """Where the piece starting at ``start`` ends (see the module docstring)."""
    low, high = start + max_chars // 2, start + max_chars
    blank_lines = _ends(BLANK_LINE, text, low, high)
    line_breaks = _ends(LINE_BREAK, text, low, high)
    for candidates, check in ((blank_lines, True), (blank_lines, False),
                              (line_breaks, True)):
        for position in reversed(candidates):
            if not check or _keeps_blocks_whole(text, position, items):
                return position
    for pattern in (SENTENCE_END, WHITE_SPACE):
        found = _ends(pattern, text, low, high)
        if found:
            return found[-1]
    return high


def _ends(pattern: re.Pattern, text: str, low: int, high: int) -> list[int]:
    """The ends of the pattern's matches that fall in (low, high], text beyond excluded."""
    return [m.end() for m in pattern.finditer(text, low, high) if low < m.end() <= high]


def _keeps_blocks_whole(text: str, position: int, items: list[tuple[int, int]]) -> bool:
    """Whether cutting before ``position`` (the start of a line) leaves lists, introduced
    blocks, headed blocks and quotations whole."""
    line_end = text.find("\n", position)
    next_line = text[position:line_end if line_end >= 0 else len(text)]
    before = text[max(0, position - LOOK_BACK):position].rstrip()
    previous_line = before[before.rfind("\n") + 1:]
    if ITEM_START.match(next_line) or previous_line.endswith(":"):
        return False
    if previous_line and len(previous_line.split()) <= HEADING_MAX_WORDS \
            and not previous_line.endswith(SENTENCE_FINAL):
        return False
    if _quote_open(previous_line):
        return False
    return not _inside_marked_list(position, items)


def _quote_open(line: str) -> bool:
    """A quotation opened in the line and not closed in it (a quote that runs on into the next
    paragraph, as news quotes do)."""
    last_open = max(line.rfind(q) for q in OPENING_QUOTES)
    last_close = max(line.rfind(q) for q in CLOSING_QUOTES)
    if last_open > last_close:
        return True
    return last_open < 0 and last_close < 0 and line.count('"') % 2 == 1


def _inside_marked_list(position: int, items: list[tuple[int, int]]) -> bool:
    """Whether a list item the reader marked covers ``position``, or one ends just before it
    and another starts just after it (``items`` sorted by start)."""
    first_after = bisect_left(items, (position, -1))
    earlier = items[max(0, first_after - ITEM_GAP):first_after]
    if any(end > position for _, end in earlier):
        return True
    ends_just_before = any(position - ITEM_GAP <= end <= position for _, end in earlier)
    starts_just_after = first_after < len(items) and items[first_after][0] <= position + ITEM_GAP
    return ends_just_before and starts_just_after
