"""Docs are tests: every etiquette setting is documented with its real default."""

from __future__ import annotations

import re
from pathlib import Path

from followup.cli.policy_output import _shown
from followup.policy import DEFAULT_POLICY
from followup.records.policy_file import load_policy_text
from followup.service.planning import policy_settings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "policy.md"


def documented_defaults() -> dict[str, str]:
    rows = re.findall(r"^\| `([a-z_]+)` \| `([^`]*)` \|", DOCS.read_text("utf-8"), re.MULTILINE)
    return dict(rows)


def test_every_policy_setting_is_documented_with_its_default():
    expected = {s.name: _shown(s.default) for s in policy_settings(DEFAULT_POLICY)}
    assert documented_defaults() == expected


def test_the_documented_example_policy_file_loads():
    example = re.search(r"```yaml\n(.*?)```", DOCS.read_text("utf-8"), re.DOTALL)
    assert example is not None
    policy = load_policy_text(example.group(1), "docs/policy.md")
    assert policy.slot_mode.value == "next-day"
    assert policy.holiday_subdivision == "ON"
    assert policy.long_game_interval.days == 120


def test_policy_command_shows_overrides(cli, tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("slot_mode: next-day\n")
    result = cli("policy", "--policy", str(path), "--format", "json")
    assert result.code == 0, result.err
    slot = result.json()["settings"]["slot_mode"]
    assert slot["value"] == "next-day" and slot["default"] == "balanced"
    assert slot["source"].startswith("003")


def test_every_command_has_help_with_an_example(cli):
    for command in ("plan", "policy", "check", "rules"):
        result = cli(command, "--help")
        assert result.code == 0
        assert re.search(r"Examples?:", result.out), command


def test_docs_rules_page_matches_the_registry():
    from followup.cli.rules_output import rules_markdown
    from followup.review import RULES

    page = (DOCS.parent / "rules.md").read_text("utf-8")
    assert rules_markdown(RULES) in page
    documented = re.findall(r"^\| `([a-z-]+)` \|", page, re.MULTILINE)
    assert documented == [rule.id for rule in RULES]


def test_every_text_rules_example_fires_it():
    from followup.review import RULES, review

    for rule in RULES:
        assert rule.example, rule.id
        if rule.needs_context or " — " in rule.example or "(" in rule.example:
            continue  # described cases (context, length, missing parts), not literal text
        text = rule.example.replace("\\n", "\n")
        fired = {f.rule for f in review(text, "thank-you").findings}
        assert rule.id in fired, (rule.id, text)


def test_rules_command_lists_every_rule(cli):
    from followup.review import RULES

    result = cli("rules", "--format", "json")
    assert result.code == 0
    listed = result.json()["rules"]
    assert [r["id"] for r in listed] == [rule.id for rule in RULES]
    assert all(r["example"] and r["source"] and r["severity"] for r in listed)
