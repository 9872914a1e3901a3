"""Shared fixtures: a record builder and an in-process runner for the real CLI."""

from __future__ import annotations

import copy
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from followup.cli import main

W1: dict[str, Any] = {
    "company": "Halvorsen Analytics",
    "role": "Data Engineer",
    "stage": "first-round",
    "format": "video",
    "start": "2026-03-03T10:00:00-05:00",
    "end": "2026-03-03T11:00:00-05:00",
    "time_zone": "America/New_York",
    "interviewers": [
        {
            "name": "Marcus Okafor",
            "honorific": "Mr.",
            "title": "Engineering Manager",
            "email": "m.okafor@halvorsen.example",
            "role": "hiring-manager",
            "topics": ["migrating the nightly batch jobs to streaming"],
        }
    ],
}


def w1(**changes: Any) -> dict[str, Any]:
    """W1's record with top-level keys changed (None removes a key)."""
    record = copy.deepcopy(W1)
    for key, value in changes.items():
        if value is None:
            record.pop(key, None)
        else:
            record[key] = value
    return record


@pytest.fixture(autouse=True, scope="session")
def word_cache_of_this_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The CLI's dictionary cache (`followup.service.word_cache`) in a folder of this test run.

    Never the user's cache directory; set for the whole session, so subprocesses get it too.
    """
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOLLOWUP_CACHE_DIR", str(folder))
        yield folder


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    """Run `followup ARGS...` in this process through the real entry point."""

    def run(*args: str) -> Result:
        monkeypatch.setenv("COLUMNS", "200")
        return run_main(args, capsys, monkeypatch)

    return run


def run_main(
    args: Sequence[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    typed: str | None = None,
) -> Result:
    """`followup ARGS...` through the real entry point; `typed` is what the user types."""
    monkeypatch.setattr(sys, "argv", ["followup", *args])
    if typed is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    code = 0
    try:
        main()
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


@pytest.fixture
def record_file(tmp_path: Path) -> Callable[..., Path]:
    """Write a record (a dict) as YAML and return its path."""
    counter = iter(range(10_000))

    def write(record: dict[str, Any], name: str | None = None) -> Path:
        path = tmp_path / (name or f"record-{next(counter)}.yaml")
        path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True), "utf-8")
        return path

    return write
