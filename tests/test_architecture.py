"""The shape of the code: the core never imports an edge, and never reads the clock."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "followup"
CORE = ("model", "policy", "workdays", "timeline", "planner", "compose", "review", "errors")
EDGES = ("records", "store", "mail", "ics", "service", "cli", "web", "worker")
ALLOWED_THIRD_PARTY = {"holidays", "jinja2", "spellchecker"}
CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("date", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "monotonic"),
    ("time", "localtime"),
}


def core_files() -> list[Path]:
    files: list[Path] = []
    for name in CORE:
        module, package = PACKAGE / f"{name}.py", PACKAGE / name
        if module.exists():
            files.append(module)
        if package.is_dir():
            files.extend(sorted(package.rglob("*.py")))
    return files


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            if node.module == "followup":
                found.extend((node.lineno, f"followup.{alias.name}") for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            found.append((node.lineno, "." * node.level + (node.module or "")))
    return found


def wrong_way(path: Path) -> list[str]:
    problems = []
    for line, module in imported_modules(ast.parse(path.read_text("utf-8"))):
        where = f"{path.name}:{line}"
        parts = module.split(".")
        if module.startswith("."):
            problems.append(f"{where}: relative import {module!r} (use absolute imports)")
        elif parts[0] == "followup" and len(parts) > 1 and parts[1] in EDGES:
            problems.append(f"{where}: core imports edge {module!r}")
        elif (
            parts[0] != "followup" and parts[0] not in sys.stdlib_module_names | ALLOWED_THIRD_PARTY
        ):
            problems.append(f"{where}: core imports third-party {module!r}")
    return problems


def test_core_modules_exist():
    names = {path.stem for path in core_files()} | {path.parent.name for path in core_files()}
    assert {"model", "policy", "workdays", "planner"} <= names


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_never_imports_an_edge(path: Path):
    assert wrong_way(path) == []


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_never_reads_the_clock(path: Path):
    reads = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.func.attr) in CLOCK_READS:
                reads.append(f"{path.name}:{node.lineno}: {name}.{node.func.attr}()")
    assert reads == []


def test_the_checker_catches_a_wrong_way_import(tmp_path: Path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import yaml\nfrom followup.records import load_round\nfrom followup import cli\n"
    )
    problems = wrong_way(bad)
    assert len(problems) == 3
    assert "third-party 'yaml'" in problems[0]
    assert "edge 'followup.records'" in problems[1]
    assert "edge 'followup.cli'" in problems[2]
