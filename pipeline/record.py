"""What a reader yields: the text every offset refers to, plus metadata."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


class InputError(Exception):
    """An input that cannot be read as an article. `str()` is a one-line message for users."""

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Markup:
    """A structural hint a reader knows from the input's markup (HTML, Markdown).

    kind: "heading", "item" (a list item) or "strong" (bold text); offsets into Record.text.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Record:
    text: str
    source: str
    id: str | None = None
    title: str | None = None
    published: date | None = None
    reference_date: date | None = None
    # Line number of the record inside its input (JSONL), for error reports.
    line: int | None = None
    markup: tuple[Markup, ...] = field(default_factory=tuple)
    # What reading changed or noticed, in words (control characters removed, a language that
    # is not English): reported in Article.warnings.
    warnings: tuple[str, ...] = ()

    @property
    def article_id(self) -> str:
        """The caller's id, else one derived from the text's SHA-256 (stable across runs)."""
        if self.id:
            return self.id
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Failure:
    """An input that produced no article: what the errors sink writes, one JSON line each."""

    input: str
    line: int | None
    reason: str
    id: str | None = None
