"""`make run`, the README's first command, reads the articles the project has gold for."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from artex.gold import load_gold

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")
def test_make_run_reads_every_article_with_a_gold_file_and_nothing_else():
    dry_run = subprocess.run(["make", "--no-print-directory", "-n", "run"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    command = next(line for line in dry_run.splitlines() if " batch " in line).split()
    inputs = command[command.index("batch") + 1:command.index("--out")]
    golds = [*ROOT.glob("corpus/*.gold.json"), *ROOT.glob("corpus/first-contact/*/*.gold.json")]
    sources = [gold.parent / load_gold(gold).source for gold in golds]
    assert len(golds) > 150
    assert inputs == sorted(str(source.relative_to(ROOT)) for source in sources)
