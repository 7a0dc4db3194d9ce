"""The one settings object, built once (by the CLI or the caller) and passed down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEFAULT_MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


@dataclass(frozen=True)
class Settings:
    """Options that shape a run. Immutable so that every stage sees the same values."""

    models_dir: Path = DEFAULT_MODELS_DIR
    # Overrides the reference date of every record (explicit option > published > none).
    reference_date: date | None = None
    batch_size: int = 8
    workers: int = 1
    # Inputs larger than this are refused by the readers, before any parsing.
    max_input_bytes: int = 20 * 1024 * 1024
