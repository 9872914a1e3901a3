"""`followup check` without Typer: the same output and exit codes, and a light start."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import textwrap
from email.message import EmailMessage
from pathlib import Path

import pytest
import typer.main

import followup.cli
from followup.cli import check_command
from followup.cli.app import app
from followup.cli.check_command import CheckOptions, parse_fast
from followup.cli.choices import FailOn, OutputFormat

from conftest import w1

PLACEHOLDER = (
    "Subject: Data Engineer interview\n\nDear Mr. Okafor,\n\nThanks for the talk about [topic]. "
    "When will I hear back?\n\nI beleive the the team is great!!!\n"
)
HEAVY = ("typer", "click", "pydantic", "sqlalchemy", "yaml", "holidays", "icalendar")
HEAVY_OURS = ("followup.store", "followup.records", "followup.planner", "followup.cli.app")


@pytest.fixture
def files(tmp_path: Path, record_file) -> dict[str, Path]:
    draft = tmp_path / "draft.txt"
    draft.write_text(PLACEHOLDER, "utf-8")
    note = EmailMessage()
    note["From"] = "Priya Raman <priya@example.com>"
    note["Subject"] = "Thank you"
    note.set_content("Dear Mr. Okafor,\n\nThanks for the chat about [topic].\n")
    eml = tmp_path / "note.eml"
    eml.write_bytes(bytes(note))
    config = tmp_path / "review.yaml"
    config.write_text("rules:\n  placeholder: off\n")
    return {"draft": draft, "eml": eml, "record": record_file(w1()), "config": config}


CASES = [
    ["{draft}"],
    ["{draft}", "--format", "json"],
    ["--format=json", "{draft}"],
    ["{draft}", "--fail-on", "never"],
    ["{draft}", "--fail-on", "warning", "--format", "json"],
    ["{draft}", "--kind", "check-in", "--format", "json"],
    ["{draft}", "--kind", "memo"],
    ["{eml}", "--format", "json"],
    ["{draft}", "--config", "{config}", "--format", "json"],
    [
        "{draft}",
        "--context",
        "{record}",
        "--to",
        "Marcus Okafor",
        "--send-at",
        "2026-03-03T12:30-05:00",
    ],
    ["{draft}", "--context", "{record}", "--to", "Nobody Here"],
    ["{draft}", "--to", "Ann"],
    ["{draft}", "--send-at", "noonish"],
    ["missing.txt"],
    ["-", "--format", "json"],
]


def run_main(monkeypatch, capsys, args: list[str], *, typer_only: bool) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["followup", "check", *args])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PLACEHOLDER.encode())))
    monkeypatch.setenv("COLUMNS", "200")
    with monkeypatch.context() as patch:
        if typer_only:
            patch.setattr(check_command, "parse_fast", lambda args: None)
        else:  # the fast path must not even build the Typer app
            patch.setattr(followup.cli, "_typer_app", lambda: pytest.fail("Typer was used"))
        try:
            followup.cli.main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("case", CASES, ids=lambda case: " ".join(case))
def test_the_fast_path_answers_as_typer_does(case, files, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    args = [arg.format(**files) for arg in case]
    assert parse_fast(args) is not None
    fast = run_main(monkeypatch, capsys, args, typer_only=False)
    typer_way = run_main(monkeypatch, capsys, args, typer_only=True)
    assert fast == typer_way
    assert fast[0] in (0, 1, 2) and (fast[0] != 2 or fast[2].count("\n") == 1)


def test_the_cases_cover_every_exit_code(files, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    codes = {
        run_main(monkeypatch, capsys, [a.format(**files) for a in case], typer_only=False)[0]
        for case in CASES
    }
    assert codes == {0, 1, 2}


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["-h"],
        ["draft.txt", "--help"],
        ["draft.txt", "--format", "JSON"],
        ["draft.txt", "--fail-on", "info"],
        ["draft.txt", "--kind"],
        ["draft.txt", "--kind", ""],
        ["draft.txt", "--to="],
        ["draft.txt", "--to", "--format"],
        ["draft.txt", "--colour", "red"],
        ["draft.txt", "-x"],
        ["a.txt", "b.txt"],
        [""],
        ["--", "draft.txt"],
    ],
)
def test_anything_unusual_is_left_to_typer(args):
    assert parse_fast(args) is None


def test_shell_completion_is_left_to_typer(monkeypatch):
    monkeypatch.setenv("_FOLLOWUP_COMPLETE", "bash_complete")
    assert parse_fast(["draft.txt"]) is None


def test_the_options_are_read_as_typer_reads_them():
    assert parse_fast(["-"]) == CheckOptions("-")
    assert parse_fast(
        ["--kind", "card", "n.txt", "--context=r.yaml", "--send-at", "2026-03-03", "--db", "x",
         "--format", "json", "--fail-on", "never", "--to", "Ann", "--kind", "check-in"]
    ) == CheckOptions(
        "n.txt", kind="check-in", context=Path("r.yaml"), to="Ann", send_at="2026-03-03",
        output=OutputFormat.JSON, fail_on=FailOn.NEVER, db="x",
    )  # fmt: skip


def test_the_fast_parser_knows_exactly_the_typer_options():
    command = typer.main.get_command(app).commands["check"]
    options = {
        name: param.name
        for param in command.params
        if param.param_type_name == "option"
        for name in param.opts
    }
    assert options == check_command.OPTIONS
    assert all(
        not p.is_flag and p.nargs == 1 for p in command.params if p.param_type_name == "option"
    )
    assert [p.name for p in command.params if p.param_type_name == "argument"] == ["file"]


def test_help_and_usage_errors_still_come_from_typer(cli, files):
    done = cli("check", "--help")
    assert done.code == 0 and "Usage" in done.out and "--fail-on" in done.out
    bad = cli("check", str(files["draft"]), "--format", "JSON")
    assert bad.code == 2 and "Invalid value for '--format'" in bad.err


def modules_after_check(args: list[str]) -> set[str]:
    """The modules `followup check ARGS` imported, run as a new process."""
    probe = textwrap.dedent(
        f"""
        import atexit, sys
        atexit.register(lambda: sys.stderr.write("\\nMODULES " + repr(sorted(sys.modules))))
        sys.argv = ["followup", "check", *{args!r}]
        from followup.cli import main
        main()
        """
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    return set(ast.literal_eval(done.stderr.rsplit("MODULES ", 1)[1]))


def test_a_plain_check_starts_without_typer_pydantic_or_the_store(files):
    loaded = modules_after_check([str(files["draft"]), "--format", "json"])
    assert {m.split(".")[0] for m in loaded} & {*HEAVY, "rich"} == set()
    assert loaded & set(HEAVY_OURS) == set()
    assert "email.policy" not in loaded and "platformdirs" not in loaded
    text_view = modules_after_check([str(files["draft"])])
    assert "rich.console" in text_view
    assert {m.split(".")[0] for m in text_view} & set(HEAVY) == set()


def test_a_check_with_a_record_loads_what_it_needs(files):
    loaded = modules_after_check([str(files["draft"]), "--context", str(files["record"])])
    assert {"pydantic", "yaml", "followup.records"} <= loaded
    assert "typer" not in loaded


def test_the_package_still_names_the_typer_app():
    probe = "import typer\nfrom followup.cli import app\nassert isinstance(app, typer.Typer), app\n"
    subprocess.run([sys.executable, "-c", probe], check=True)
