# Entry points: make run | make test | make lint | make bench
# Only python3 and make are assumed; everything else goes into .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The demo (examples/demo.py): a fresh store in DEMO_DIR (never your own store) with the
# example rounds, the agenda and the drafts that are due, as of a fixed moment (the
# afternoon of the first interviews, so the output is the same on every machine).
DEMO_DIR ?= .demo
DEMO_NOW ?= 2026-03-03T16:00:00-05:00

run: $(STAMP)
	@$(BIN)/python examples/demo.py --data-dir $(DEMO_DIR) --now $(DEMO_NOW)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench examples
	$(BIN)/ruff format --check src tests bench examples
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/plan_bench.py
	$(BIN)/python bench/agenda_bench.py
	$(BIN)/python bench/review_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .demo
