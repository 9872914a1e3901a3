"""`make run` works: the demo's steps (examples/demo.py) through the real entry point, in a
temporary demo directory, twice in a row; and it never empties a directory it did not make."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

pytest_plugins = ("workflow_fixtures",)

ROOT = Path(__file__).resolve().parents[1]


def load_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("demo", ROOT / "examples" / "demo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def demo(user, monkeypatch):
    """The demo script, its steps run in this process with the environment it gives them."""
    module = load_demo()
    monkeypatch.chdir(ROOT)  # the record paths are relative to the checkout, as in `make run`
    monkeypatch.setenv("FOLLOWUP_DATABASE_URL", "sqlite:////nonexistent/real-store.db")
    transcript: list[str] = []

    def run_step(step: list[str], env: dict[str, str]) -> int:
        with monkeypatch.context() as patch:
            patch.setenv("FOLLOWUP_DATA_DIR", env["FOLLOWUP_DATA_DIR"])
            if "FOLLOWUP_DATABASE_URL" in env:
                patch.setenv("FOLLOWUP_DATABASE_URL", env["FOLLOWUP_DATABASE_URL"])
            else:
                patch.delenv("FOLLOWUP_DATABASE_URL")
            done = user.run(*step)
        transcript.append(done.out)
        assert done.code == 0, (step, done.err)
        return done.code

    monkeypatch.setattr(module, "run_step", run_step)
    module.transcript = transcript
    return module


def test_the_demo_runs_and_runs_again(demo, user, capsys):
    demo.main(["--data-dir", str(user.data_dir)])
    out = "".join(demo.transcript) + capsys.readouterr().out
    assert len(demo.transcript) == len(demo.demo_steps())
    assert "Saved your profile" in out
    assert out.count("Added ") == 4
    assert "Thank-you note → Marcus Okafor: off the plan" in out
    agenda = demo.transcript[3]  # after the command line the demo prints before each step
    assert "\nNow: write the reply to the rejection to Sam Ortiz (Corvid Health)" in agenda
    for part in ("Overdue (1)", "Due today (", "Upcoming (", "Waiting (1)"):
        assert part in agenda
    assert "check-in to Marcus Okafor on Tue 17 Mar" in agenda  # the round that waits
    # Helena Pell is in Berlin: her 10:00 is the user's 04:00, and the agenda says both
    assert "Wed 4 Mar 04:00" in agenda and "theirs: 10:00 CET" in agenda
    assert out.count("stored as a new draft") == 2
    assert out.count("Reviewer: no findings.") == 2
    assert user.rows("select count(*) from rounds") == [(4,)]

    # Again, from a fresh store: the same rounds, the same draft numbers.
    demo.transcript.clear()
    demo.main(["--data-dir", str(user.data_dir)])
    assert "Draft 1 (rejection-reply → Sam Ortiz, revision 1)" in demo.transcript[4]
    assert user.rows("select count(*) from rounds") == [(4,)]


def test_the_demo_never_empties_a_directory_it_did_not_make(tmp_path, capsys):
    demo = load_demo()
    real = tmp_path / "real"
    real.mkdir()
    (real / "followup.db").write_text("a real store")
    with pytest.raises(SystemExit) as stopped:
        demo.main(["--data-dir", str(real)])
    assert stopped.value.code == 2
    assert (
        capsys.readouterr().err
        == f"demo: {real} is not a demo directory (no .followup-demo in it)\n"
    )
    assert (real / "followup.db").read_text() == "a real store"
