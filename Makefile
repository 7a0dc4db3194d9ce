# `make run` and `make test` create .venv when it is missing, then run.
# The environment is installed from requirements.lock (every package, pinned, with hashes),
# using the pip that `python3 -m venv` bundles. After changing the dependencies in
# pyproject.toml, run `make lock` and commit requirements.lock with the change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
# The locking tool is pinned too, so that two people refreshing the lock get the same file.
UV_VERSION := 0.13.8

.PHONY: run test fuzz eval bench lint lock clean

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# --no-deps: the lock already holds every package. Without it, pip 23 resolves an extra
	@# (justext's `lxml[html_clean]`) apart from the pin and picks the newest lxml, unhashed.
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@# Fails when pyproject.toml asks for something the lock does not hold: run `make lock`.
	$(BIN)/python -m pip check
	touch $(STAMP)

# Resolves pyproject.toml (with the dev extra) for Python 3.11 on every platform. Versions
# already in the lock are kept unless pyproject.toml rules them out; `make lock UPGRADE=1`
# moves every package to its newest allowed release.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes --quiet --custom-compile-command 'make lock' \
		$(if $(UPGRADE),--upgrade) --output-file $(LOCK)

# The main job reads every article the project has a gold file for (corpus/ and its first-contact
# rounds), each found by its gold file's name (NAME.gold.json beside NAME.ext), so the folders'
# RESULTS.md, FIRST_CONTACT.md and eval-run.json records are not read as articles.
CORPUS_GOLD = $(wildcard corpus/*.gold.json corpus/first-contact/*/*.gold.json)
CORPUS_ARTICLES = $(sort $(filter-out %.gold.json,$(foreach gold,$(CORPUS_GOLD),$(wildcard $(gold:.gold.json=).*))))

run: $(STAMP)
	$(BIN)/artex batch $(CORPUS_ARTICLES) --out outputs/ --db sqlite:///outputs/artex.db

test: $(STAMP)
	$(BIN)/python -m pytest

# The property-based fuzz tests (tests/test_fuzz.py) with 5,000 examples each; `make test` runs
# a few of each, derandomized. Random here: a failure is kept in .hypothesis/ and tried first.
fuzz: $(STAMP)
	ARTEX_FUZZ_EXAMPLES=5000 $(BIN)/python -m pytest tests/test_fuzz.py

eval: $(STAMP)
	$(BIN)/artex eval corpus/ ../shared/eval/meantime_dev.jsonl

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py
	@# artex serve on loopback: 2,000 requests from 8 clients, beside artex batch on the same articles.
	$(BIN)/python benchmarks/serve_bench.py --requests 2000 --clients 8 --workers 2 --compare
	@# artex batch --cluster on a loopback scheduler and 2 Dask workers beside --workers 2.
	$(BIN)/python benchmarks/dask_bench.py --articles 2000 --large 10000

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) outputs/*.jsonl outputs/*.json outputs/*.db
