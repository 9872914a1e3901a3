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

# The examples, planned as of the afternoon after the first one (a fixed moment, so the
# output is the same on every machine).
DEMO_NOW ?= 2026-03-03T16:00:00-05:00

run: $(STAMP)
	$(BIN)/followup plan examples/*.yaml --now $(DEMO_NOW)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/plan_bench.py
	$(BIN)/python bench/review_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
