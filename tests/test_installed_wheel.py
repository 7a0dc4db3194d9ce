"""artex as a user gets it: the sdist, a wheel built from it, installed into a fresh venv.

One venv for the whole module (installing takes most of its time). The venv is made with
`python -m venv`, so its pip is the one Python bundles (23.x for 3.11), and that pip resolves
the wheel's own requirements, held to the versions of requirements.lock (as constraints: a
user's `pip install artex-….whl` resolves the same way, and a dependency the wheel fails to
declare is missing here too). Everything then runs in a folder outside the checkout.

Marked `wheel`: it needs PyPI or pip's cache (the dependencies) and takes a couple of minutes;
`pytest -m "not wheel"` leaves it out.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from artex import __version__

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = "corpus/japan-us-tech-investments.txt"
GOLD = ROOT / "corpus" / "japan-us-tech-investments.gold.json"
REFERENCE_DATE = "2024-04-12"
MODEL_FILES = sorted(path.name for path in (ROOT / "models").iterdir() if path.is_file())


def run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def unhashed(lock: str) -> str:
    """requirements.lock without its hashes: pip takes no hashes in a constraints file."""
    lines = (line.rstrip(" \\") for line in lock.splitlines())
    return "\n".join(line for line in lines if not line.lstrip().startswith("--hash")) + "\n"


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel `python -m build` makes from it (the wheel is built from the
    unpacked sdist, so it holds only what the sdist carries)."""
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: the build backend is the dev environment's locked setuptools.
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT, cwd=ROOT)
    return out


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; returns its bin/ folder."""
    home = tmp_path_factory.mktemp("user")
    venv = home / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=home)
    constraints = home / "constraints.txt"
    constraints.write_text(unhashed((ROOT / "requirements.lock").read_text()))
    wheel = next(dist.glob("artex-*.whl"))
    run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--constraint",
        constraints, wheel, cwd=home)
    run(venv / "bin" / "python", "-m", "pip", "check", cwd=home)
    return venv / "bin"


@pytest.fixture(scope="module")
def elsewhere(installed, tmp_path_factory) -> Path:
    """A folder outside the checkout holding only the golden article, as corpus/…"""
    folder = tmp_path_factory.mktemp("elsewhere")
    (folder / "corpus").mkdir()
    shutil.copy(ROOT / GOLDEN, folder / GOLDEN)
    return folder


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def test_the_sdist_carries_the_code_the_data_and_the_lock(dist):
    sdist = next(dist.glob("artex-*.tar.gz"))
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {f"models/{name}" for name in MODEL_FILES} <= names
    assert {"pipeline/__init__.py", "pipeline/py.typed", "pipeline/stages/money.py",
            "pyproject.toml", "requirements.lock"} <= names


def test_the_installed_pip_is_the_one_venv_bundles(installed, elsewhere):
    bundled = run(sys.executable, "-c", "import ensurepip; print(ensurepip.version())",
                  cwd=elsewhere).strip()
    assert run(installed / "python", "-m", "pip", "--version", cwd=elsewhere).startswith(
        f"pip {bundled} ")


def test_the_package_is_artex_with_its_data_and_no_top_level_pipeline(installed, elsewhere):
    program = ("import importlib.util, json, artex\n"
               "from artex.settings import DEFAULT_MODELS_DIR\n"
               "print(json.dumps({'artex': artex.__file__, 'models': str(DEFAULT_MODELS_DIR),\n"
               "  'files': sorted(p.name for p in DEFAULT_MODELS_DIR.iterdir()),\n"
               "  'pipeline': importlib.util.find_spec('pipeline') is not None,\n"
               "  'typed': (DEFAULT_MODELS_DIR.parent / 'py.typed').is_file()}))\n")
    found = json.loads(run(installed / "python", "-c", program, cwd=elsewhere))
    site_packages = str(installed.parent / "lib")
    assert found["artex"].startswith(site_packages)
    assert found["models"].startswith(site_packages)
    assert set(MODEL_FILES) <= set(found["files"])
    assert found["pipeline"] is False
    assert found["typed"] is True


def test_artex_version_answers(installed, elsewhere):
    assert run(installed / "artex", "--version", cwd=elsewhere).strip() == f"artex {__version__}"


def test_the_installed_cli_gives_the_golden_output(installed, elsewhere, gold):
    output = json.loads(run(installed / "artex", "extract", GOLDEN, "--reference-date",
                            REFERENCE_DATE, cwd=elsewhere))
    assert output == gold


def test_import_artex_extracts_the_golden_case(installed, elsewhere, gold):
    program = ("import json, pathlib, artex\n"
               f"article = artex.extract(pathlib.Path({GOLDEN!r}),"
               f" reference_date={REFERENCE_DATE!r})\n"
               "print(article.model_dump_json())\n")
    assert json.loads(run(installed / "python", "-c", program, cwd=elsewhere)) == gold


def test_spacy_blank_add_pipe_artex_money_finds_money(installed, elsewhere):
    program = ("import spacy\n"
               "nlp = spacy.blank('en')\n"
               "nlp.add_pipe('artex_money')\n"
               "doc = nlp('Rapidus will get a further 590 billion yen, about $3.9 billion.')\n"
               "print([(s.text, s._.artex_money['amount'], s._.artex_money['currency'])\n"
               "       for s in doc.spans['artex_money']])\n")
    found = run(installed / "python", "-c", program, cwd=elsewhere).strip()
    assert found == ("[('590 billion yen', 590000000000.0, 'JPY'), "
                     "('$3.9 billion', 3900000000.0, 'USD')]")

