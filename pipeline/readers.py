"""Readers: turn an input (file or standard input) into Records, or raise InputError.

Every failure is an InputError whose message names the input and the reason in one line.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from pipeline.record import InputError, Record
from pipeline.settings import Settings

STDIN = "-"


def read_bytes(source: str, settings: Settings) -> bytes:
    """The raw bytes of a file or of standard input, refusing what is missing or too large."""
    if source == STDIN:
        data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(source, "no such file")
        if path.is_dir():
            raise InputError(source, "is a directory, not an article")
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            raise InputError(source, f"too large ({size:,} bytes; the limit is "
                                     f"{settings.max_input_bytes:,})")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(source, f"cannot be read ({error.strerror})") from None
    if len(data) > settings.max_input_bytes:
        raise InputError(source, f"too large (over {settings.max_input_bytes:,} bytes)")
    return data


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text with Unix line ends, refusing binary, undecodable and empty input."""
    if b"\x00" in data:
        raise InputError(source, "binary data, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            source, f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset "
                    f"{error.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "empty: no text to extract")
    return text


def read_plain_text(source: str, settings: Settings) -> Iterator[Record]:
    yield Record(text=decode_text(read_bytes(source, settings), source), source=source)


READERS = {
    "txt": read_plain_text,
}


def format_of(source: str, fmt: str | None) -> str:
    """The reader to use: the explicit format, else the file suffix (plain text by default)."""
    if fmt:
        if fmt not in READERS:
            raise InputError(source, f"unknown format {fmt!r} (known: {', '.join(READERS)})")
        return fmt
    suffix = Path(source).suffix.lower().lstrip(".")
    return suffix if suffix in READERS else "txt"


def read_records(source: str, settings: Settings, fmt: str | None = None) -> Iterator[Record]:
    """The Records in one input: a file (its suffix chooses the reader) or '-' for stdin."""
    return READERS[format_of(source, fmt)](source, settings)
