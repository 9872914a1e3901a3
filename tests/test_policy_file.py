"""Policy override files: YAML keys are Policy fields, values typed by the field."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest
import yaml

from followup.errors import RecordError
from followup.policy import DEFAULT_POLICY, DayCount, Policy, SlotMode
from followup.records import load_policy, policy_to_dict
from followup.records.policy_file import format_duration, load_policy_text, parse_duration


def write(tmp_path: pathlib.Path, text: str) -> pathlib.Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_overrides_apply(tmp_path: pathlib.Path) -> None:
    path = write(
        tmp_path,
        "thank_you_latest: 12h\n"
        "thank-you-earliest: 30m\n"
        "slot-mode: same-day\n"
        "send_hour: '9:30'\n"
        "latest_same_day_hour: 16:00\n"
        "check_in_days: 5\n"
        "check_in_day_count: business\n"
        "holiday_country: CA\n"
        "holiday_subdivision: ON\n"
        "card_cultures: [traditional, corporate]\n"
        "cards: false\n"
        "long_game_interval: 1w 2d\n"
        "duplicate_threshold: 0.9\n",
    )
    policy = load_policy(path)
    assert policy == DEFAULT_POLICY.with_overrides(
        thank_you_latest=dt.timedelta(hours=12),
        thank_you_earliest=dt.timedelta(minutes=30),
        slot_mode=SlotMode.SAME_DAY,
        send_hour=dt.time(9, 30),
        latest_same_day_hour=dt.time(16),
        check_in_days=5,
        check_in_day_count=DayCount.BUSINESS,
        holiday_country="CA",
        holiday_subdivision="ON",
        card_cultures=("traditional", "corporate"),
        cards=False,
        long_game_interval=dt.timedelta(days=9),
        duplicate_threshold=0.9,
    )


def test_an_empty_file_is_the_default_policy(tmp_path: pathlib.Path) -> None:
    assert load_policy(write(tmp_path, "# nothing changed\n")) == DEFAULT_POLICY


def test_a_whole_hour_is_a_time_of_day() -> None:
    assert load_policy_text("send_hour: 9\n", "p.yaml").send_hour == dt.time(9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1h", dt.timedelta(hours=1)), ("24h", dt.timedelta(days=1)), ("90d", dt.timedelta(days=90)),
     ("30m", dt.timedelta(minutes=30)), ("1h30m", dt.timedelta(minutes=90)),
     ("2 weeks", dt.timedelta(days=14)), ("45s", dt.timedelta(seconds=45))],
)  # fmt: skip
def test_durations(text: str, expected: dt.timedelta) -> None:
    assert parse_duration(text) == expected


def test_durations_format_back() -> None:
    assert [format_duration(dt.timedelta(hours=h)) for h in (1, 24, 36)] == ["1h", "1d", "36h"]
    assert format_duration(dt.timedelta(minutes=90)) == "90m"


def test_policy_to_dict_round_trips(tmp_path: pathlib.Path) -> None:
    changed = DEFAULT_POLICY.with_overrides(
        thank_you_latest=dt.timedelta(hours=36),
        send_hour=dt.time(8, 15),
        holiday_subdivision="NY",
        card_title_words=("Director",),
    )
    data = policy_to_dict(changed)
    assert data["thank_you_latest"] == "36h"
    assert data["send_hour"] == "08:15"
    assert data["slot_mode"] == "balanced"
    assert data["card_title_words"] == ["Director"]
    assert list(data) == list(Policy.__dataclass_fields__)
    path = write(tmp_path, yaml.safe_dump(data, sort_keys=False))
    assert load_policy(path) == changed
    assert load_policy_text(yaml.safe_dump(policy_to_dict(Policy())), "p") == DEFAULT_POLICY


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "cards: true\nthank_you_lastest: 24h\n",
            "p.yaml: thank_you_lastest, line 2: unknown policy setting 'thank_you_lastest' "
            "(did you mean 'thank_you_latest'?)",
            id="unknown-key-typo",
        ),
        pytest.param(
            "colour: blue\n",
            "p.yaml: colour, line 1: unknown policy setting 'colour'",
            id="unknown-key",
        ),
        pytest.param(
            "cards: true\nthank_you_latest: soon\n",
            "p.yaml: thank_you_latest, line 2: "
            "expected a duration like '30m', '24h' or '90d', not text 'soon'",
            id="bad-duration",
        ),
        pytest.param(
            "thank_you_latest: 24\n",
            "p.yaml: thank_you_latest, line 1: "
            "expected a duration like '30m', '24h' or '90d', not the number 24",
            id="bare-number-duration",
        ),
        pytest.param(
            "send_hour: 25:00\n",
            "p.yaml: send_hour, line 1: expected a time of day like '10:00', not text '25:00'",
            id="bad-time",
        ),
        pytest.param(
            "slot_mode: whenever\n",
            "p.yaml: slot_mode, line 1: expected one of balanced, same-day, next-day, "
            "not text 'whenever'",
            id="bad-enum",
        ),
        pytest.param(
            "check_in_days: -1\n",
            "p.yaml: check_in_days, line 1: expected a whole number, 0 or more, not the number -1",
            id="negative-count",
        ),
        pytest.param(
            "cards: sometimes\n",
            "p.yaml: cards, line 1: expected true or false, not text 'sometimes'",
            id="bad-flag",
        ),
        pytest.param(
            "card_cultures: traditional\n",
            "p.yaml: card_cultures, line 1: "
            "expected a list of words, like [traditional, corporate], not text 'traditional'",
            id="text-for-list",
        ),
        pytest.param(
            "duplicate_threshold: 1.5\n",
            "p.yaml: duplicate_threshold, line 1: expected a number from 0 to 1, not 1.5",
            id="threshold-range",
        ),
        pytest.param(
            "holiday_country: XX\n",
            "p.yaml: holiday_country, line 1: "
            "unknown holiday country 'XX' (use a code such as 'US' or 'GB')",
            id="unknown-country",
        ),
        pytest.param(
            "holiday_subdivision: ZZ\n",
            "p.yaml: holiday_subdivision, line 1: unknown subdivision 'ZZ' of holiday country 'US'",
            id="unknown-subdivision",
        ),
        pytest.param(
            "slot_mode: same-day\nslot-mode: next-day\n",
            "p.yaml: slot-mode, line 2: slot_mode is set twice (also as 'slot_mode' on line 1)",
            id="set-twice",
        ),
        pytest.param(
            "- cards\n",
            "p.yaml: line 1: expected policy settings as a mapping (key: value), not a list",
            id="not-a-mapping",
        ),
    ],
)
def test_policy_errors(text: str, message: str) -> None:
    with pytest.raises(RecordError) as caught:
        load_policy_text(text, "p.yaml")
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_a_missing_policy_file(tmp_path: pathlib.Path) -> None:
    with pytest.raises(RecordError) as caught:
        load_policy(tmp_path / "none.yaml")
    assert str(caught.value) == f"{tmp_path / 'none.yaml'}: no such file"


def test_every_policy_field_reads_back_from_its_dumped_value() -> None:
    """A new Policy field with a type the file reader does not know fails here, not for users."""
    for name, value in policy_to_dict(DEFAULT_POLICY).items():
        text = yaml.safe_dump({name: value})
        assert getattr(load_policy_text(text, "p.yaml"), name) == getattr(DEFAULT_POLICY, name)
