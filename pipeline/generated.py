"""How the generators of models/ files (`python -m artex.places`, `artex.currency_table`,
`artex.first_names`, `artex.languages`, `artex.function_words`) write what they build: the same
JSON form for each, so that a regenerated file compares byte for byte with the shipped one."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def write_generated(path: Path, document: dict, *, indent: int, summary: str) -> None:
    """Write `document` to `path` as UTF-8 JSON with a final newline, and say on stderr what it
    holds (`summary`, such as "120 languages")."""
    path.write_text(json.dumps(document, ensure_ascii=False, indent=indent) + "\n",
                    encoding="utf-8")
    print(f"{path}: {summary}", file=sys.stderr)
