"""Fixtures for the workflow tests: a private store per test and a runner that can type answers.

Test modules load this with ``pytest_plugins = ("workflow_fixtures",)``.
`user` runs ``followup ARGS...`` in this process through the real entry
point, with ``FOLLOWUP_DATA_DIR`` in the test's temporary directory (and no
``FOLLOWUP_DATABASE_URL``), so no test touches real data; `input` is what
the user types at the prompts. `editor` makes ``$EDITOR`` a small Python
script that rewrites the file it is given.
"""

from __future__ import annotations

import sqlite3
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import Result, run_main

ROOT = Path(__file__).resolve().parents[1]
INVITES = ROOT / "tests" / "invites"
EXAMPLES = ROOT / "examples"


Outcome = Result


@dataclass
class User:
    """Runs followup as the user would, against the test's own store."""

    data_dir: Path
    run: Callable[..., Outcome]

    @property
    def db(self) -> Path:
        return self.data_dir / "followup.db"

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.db) as connection:
            return connection.execute(sql).fetchall()


@pytest.fixture
def user(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> User:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("FOLLOWUP_DATA_DIR", str(data_dir))
    monkeypatch.delenv("FOLLOWUP_DATABASE_URL", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("TZ", "America/New_York")

    def run(*args: str, input: str = "") -> Outcome:
        return run_main(args, capsys, monkeypatch, typed=input)

    return User(data_dir, run)


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """Set ``$EDITOR`` to a script whose body (Python) edits ``text``, the file's content."""
    counter = iter(range(1000))

    def install(body: str) -> Path:
        script = tmp_path / f"editor-{next(counter)}.py"
        script.write_text(
            "import sys\nfrom pathlib import Path\n"
            "path = Path(sys.argv[1])\ntext = path.read_text('utf-8')\n"
            + textwrap.dedent(body)
            + "\npath.write_text(text, 'utf-8')\n",
            "utf-8",
        )
        monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
        return script

    return install
