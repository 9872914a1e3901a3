"""The user's profile, dictionary and review rule levels in the store."""

from __future__ import annotations

import pytest

from followup.errors import UserError
from followup.model import Candidate, Tone
from followup.review import RULES, Severity
from followup.store import Profile, Store

pytest_plugins = ("store_fixtures",)

PRIYA = Candidate(
    name="Priya Raman",
    email="priya.raman@example.com",
    phone="+1 415 555 0100",
    links=("https://www.linkedin.com/in/priya-raman-example",),
    skills=("Kafka", "Spark"),
    achievements=("cut the nightly batch from 6 h to 40 min",),
    time_zone="America/New_York",
    tone=Tone.WARM,
)


def test_there_is_no_profile_until_one_is_saved(store: Store) -> None:
    assert store.load_profile() is None


def test_the_profile_loads_back_equal_and_saving_replaces_it(store: Store) -> None:
    profile = Profile(
        candidate=PRIYA,
        country="CA",
        region="ON",
        policy_overrides={"thank_you_latest": "24h", "long_game_cultures": ["traditional"]},
    )
    store.save_profile(profile)
    assert store.load_profile() == profile
    plain = Profile(candidate=Candidate(name="Priya Raman"))
    store.save_profile(plain)
    assert store.load_profile() == plain


def test_dictionary_words_are_kept_as_written(store: Store) -> None:
    assert store.add_words(["Halvorsen", " dbt ", "", "Halvorsen", "DBT"]) == [
        "Halvorsen",
        "dbt",
        "DBT",
    ]
    assert store.add_words(["dbt", "Okafor"]) == ["Okafor"]
    assert store.list_words() == ["DBT", "dbt", "Halvorsen", "Okafor"]
    assert store.remove_words(["DBT", "nope"]) == ["DBT"]
    assert store.list_words() == ["dbt", "Halvorsen", "Okafor"]


def test_rule_levels_regrade_or_switch_off(store: Store) -> None:
    first, second = RULES[0].id, RULES[1].id
    assert store.rule_levels() == {}
    store.set_rule_level(first, None)
    store.set_rule_level(second, Severity.INFO)
    assert store.rule_levels() == {first: None, second: Severity.INFO}
    store.set_rule_level(first, Severity.ERROR)
    assert store.rule_levels()[first] is Severity.ERROR
    assert store.reset_rule_level(first) is True
    assert store.reset_rule_level(first) is False
    assert store.rule_levels() == {second: Severity.INFO}


def test_an_unknown_rule_is_one_line(store: Store) -> None:
    with pytest.raises(UserError) as caught:
        store.set_rule_level("no-such-rule", Severity.INFO)
    assert str(caught.value) == "no review rule 'no-such-rule' — `followup rules` lists them"
    assert store.rule_levels() == {}
