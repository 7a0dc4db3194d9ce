"""The quality gate: artex's scores on the corpus gold, on the first-contact rounds that have
been run (a round's folder with its RESULTS.md: from then on it is development data) and on
MEANTIME never drop below the floors in quality_baseline.json, which were measured on gold with
the recorded SHA-256. A round still waiting for its one first-contact run is never read here.

A changed or added gold file fails the gate until the floors are measured again, deliberately:
    artex eval corpus/ ROUND-FOLDERS... ../shared/eval/meantime_dev.jsonl --no-baseline \\
        --save-floors tests/quality_baseline.json          (from the repository root)
with ROUND-FOLDERS the corpus/first-contact/ folders that hold a RESULTS.md. Floors are raised
whenever scores rise; they are never lowered to let a regression through.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artex.evaluate import ARTEX, EvalOptions, run_eval, sha256_of
from artex.gold import GOLD_SUFFIX

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
MEANTIME = ROOT.parent / "shared" / "eval" / "meantime_dev.jsonl"
# First-contact rounds already run once (RESULTS.md written): development data with floors.
ROUNDS = sorted(path for path in (CORPUS / "first-contact").iterdir()
                if (path / "RESULTS.md").is_file())
RECORD = json.loads((ROOT / "tests" / "quality_baseline.json").read_text(encoding="utf-8"))
FLOORS = [(dataset, metric, floor)
          for dataset, floors in sorted(RECORD["floors"].items())
          for metric, floor in sorted(floors.items())]


def skip_without_meantime() -> None:
    if not MEANTIME.is_file():
        pytest.skip(f"{MEANTIME} is missing: the MEANTIME development data is read from "
                    "../shared/eval/ beside the clone, not kept in the repository")


@pytest.fixture(scope="module")
def report(nlp, settings):
    """One pass of the pipeline over the corpus, the rounds run and, when present, MEANTIME."""
    paths = [CORPUS, *ROUNDS, *([MEANTIME] if MEANTIME.is_file() else [])]
    return run_eval(paths, settings, EvalOptions(baseline=False), nlp=nlp)


@pytest.mark.parametrize("path", sorted(RECORD["gold_sha256"]))
def test_the_gold_is_the_gold_the_floors_were_measured_on(path):
    gold = (ROOT / path).resolve()
    if gold == MEANTIME.resolve():
        skip_without_meantime()
    assert gold.is_file(), f"{path} is gone: measure the floors again"
    assert sha256_of(gold) == RECORD["gold_sha256"][path], (
        f"{path} changed since the floors were measured: measure them again")


def test_every_corpus_gold_file_has_its_floors_measured():
    recorded = {path for path in RECORD["gold_sha256"]
                if path.startswith("corpus/") and path.count("/") == 1}
    present = {f"corpus/{p.name}" for p in CORPUS.glob(f"*{GOLD_SUFFIX}")}
    assert present == recorded, "corpus gold files were added or removed: measure the floors"


@pytest.mark.parametrize(("dataset", "metric", "floor"), FLOORS)
def test_the_score_stays_at_or_above_its_floor(report, dataset, metric, floor):
    if dataset == "meantime":
        skip_without_meantime()
    score = report.datasets[dataset].metrics(ARTEX)[metric]
    assert score is not None, f"{dataset} {metric}: nothing left to score"
    assert score >= floor, f"{dataset} {metric} fell to {score:.4f}, below its floor {floor}"
