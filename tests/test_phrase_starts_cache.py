"""The phrase families' starts kept in the cache directory: worked out once, read back, worked
out again when a phrase changes or the kept file is damaged, and always the same starts."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from followup.review import RULES, phrase_starts
from followup.review.phrase_starts import family_starts
from followup.review.phrases import _FAMILIES
from followup.service import word_cache

assert RULES  # every rule module imported, so every family is registered
FAMILIES = [(family.key, family._phrases_to_analyse()) for family in _FAMILIES]


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The cache in a temporary directory, the keeper installed, and the analyses counted."""
    monkeypatch.setenv(word_cache.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(phrase_starts, "_keeper", None)
    word_cache.install()
    return tmp_path / word_cache.STARTS_NAME


@pytest.fixture
def analyses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    count: list[int] = []
    work = phrase_starts._analyse

    def counted(phrases):  # type: ignore[no-untyped-def]
        count.append(1)
        return work(phrases)

    monkeypatch.setattr(phrase_starts, "_analyse", counted)
    return count


def test_worked_out_once_then_read_back_the_same(kept, analyses):
    first = family_starts(FAMILIES)
    worked = len(analyses)
    assert worked == sum(1 for _, phrases in FAMILIES if phrases is not None)
    assert kept.is_file()
    second = family_starts(FAMILIES)
    assert len(analyses) == worked  # nothing worked out again
    assert second == first
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no temporary left


def test_a_changed_phrase_is_worked_out_again(kept, analyses):
    family_starts(FAMILIES)
    before = len(analyses)
    key, phrases = FAMILIES[0]
    changed = [(key.replace("salar", "salair"), [p.replace("salar", "salair") for p in phrases])]
    family_starts(changed + FAMILIES[1:])
    assert len(analyses) == before + 1


def _other_version() -> bytes:
    table = {key: None for key, _ in FAMILIES}  # "no family is tied to words": not to be trusted
    return marshal.dumps({"analysis": phrase_starts.ANALYSIS + 1, **table})


DAMAGE = {
    "empty": lambda: b"",
    "not marshal": lambda: b"not marshal at all",
    "not a table": lambda: marshal.dumps(["a", "list"]),
    "rows not starts": lambda: marshal.dumps(
        {"analysis": phrase_starts.ANALYSIS, **{key: ("not", "starts") for key, _ in FAMILIES}}
    ),
    "another analysis": _other_version,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_or_foreign_file_is_worked_out_again(kept, analyses, damage):
    truth = family_starts(FAMILIES)
    worked = len(analyses)
    kept.write_bytes(damage())
    assert family_starts(FAMILIES) == truth
    assert len(analyses) == 2 * worked


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch, analyses):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache directory should be")
    monkeypatch.setenv(word_cache.CACHE_DIR_ENV, str(blocked))
    monkeypatch.setattr(phrase_starts, "_keeper", None)
    word_cache.install()
    assert family_starts(FAMILIES) == family_starts(FAMILIES)
