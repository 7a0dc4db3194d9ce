"""The one settings object, built once (by the CLI or the caller) and passed down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path


def _default_models_dir() -> Path:
    """The data the stages read: inside the installed package (a wheel carries `models/` as
    `artex/models`), else the repository's own `models/` beside `pipeline/` (a checkout or an
    editable install, where no copy exists)."""
    package = Path(__file__).resolve().parent
    installed = package / "models"
    return installed if installed.is_dir() else package.parent / "models"


DEFAULT_MODELS_DIR = _default_models_dir()


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
    # A text longer than this many characters is processed in pieces of at most this size
    # (see artex.pieces), so that memory follows the piece size, not the text's. spaCy runs
    # `batch_size` pieces at once, and its memory grows with the tokens of the batch: on a
    # text of comma-separated numbers (a token every 3 characters) the peak RSS of one
    # process was 344, 370, 469 and 674 MB with pieces of 2,000, 2,500, 5,000 and 10,000
    # characters (benchmarks/README.md). 6,000 keeps the worst text well under 800 MB and
    # every article of the corpus (the longest has 5,563 characters) in one piece; a smaller
    # piece gives the model and the stages less context.
    piece_chars: int = 6_000
    # Seconds an article may take before it is given up as a failure (None: no limit). It is
    # checked between pieces, so a text is stopped at most one piece after its budget ran out.
    time_budget: float | None = None
    # Rule families switched off in every stage that has them, on top of those models/
    # pipeline.cfg switches off (`artex eval --ablate FAMILY` measures one this way).
    disabled_families: tuple[str, ...] = ()
