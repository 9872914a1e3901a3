"""The dictionary cache: built on first use, reused, rebuilt for a new pyspellchecker, ignored
when damaged or unwritable, and always the same words as pyspellchecker's."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import platformdirs
import pytest

from followup.review import lexicon
from followup.service import word_cache, word_table
from followup.service.word_table import WordTable

SAMPLE = {"a": 9, "résumé": 7, "don't": 5, "zürich": 3, "the": 100_000, "thé": 2}


@pytest.fixture(scope="module")
def dictionary() -> Mapping[str, int]:
    return lexicon.dictionary_words()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(word_cache.CACHE_DIR_ENV, str(folder))
    return folder / word_cache.TABLE_NAME


@pytest.fixture
def slow_loads(monkeypatch: pytest.MonkeyPatch, dictionary: Mapping[str, int]) -> list[int]:
    """Counts the slow loads (pyspellchecker's JSON), which give the module's dictionary."""
    loads: list[int] = []

    def load() -> Mapping[str, int]:
        loads.append(1)
        return dictionary

    monkeypatch.setattr(lexicon, "dictionary_words", load)
    return loads


def test_the_first_use_builds_the_table_and_the_next_reads_it(cache, slow_loads, dictionary):
    first = word_cache.cached_english_words()
    assert first is dictionary and slow_loads == [1]
    assert cache.is_file()
    second = word_cache.cached_english_words()
    assert isinstance(second, WordTable) and slow_loads == [1]
    assert len(second) == len(dictionary)
    assert [p.name for p in cache.parent.iterdir()] == [cache.name]  # no temporary left


def test_the_table_gives_exactly_pyspellchecker_words(cache, dictionary):
    assert word_cache.save_table(cache, dictionary, "k")
    table = word_table.decode(cache.read_bytes(), "k")
    assert table is not None
    assert dict(table.items()) == dict(dictionary)
    for word in ("the", "résumé", "don't", "zürich's", "thankyou", "teh", "", "Zurich"):
        assert (word in table, table.get(word)) == (word in dictionary, dictionary.get(word))


def test_a_new_pyspellchecker_rebuilds_the_table(cache, slow_loads, monkeypatch):
    word_cache.cached_english_words()
    monkeypatch.setattr(word_cache, "dictionary_key", lambda: "pyspellchecker 9.9 other")
    assert not isinstance(word_cache.cached_english_words(), WordTable)
    assert slow_loads == [1, 1]
    assert b"pyspellchecker 9.9 other" in cache.read_bytes()[:100]
    assert isinstance(word_cache.cached_english_words(), WordTable)


def test_the_key_names_the_version_and_the_dictionary_file():
    import spellchecker

    key = word_cache.dictionary_key()
    source = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    assert key.startswith(f"pyspellchecker {spellchecker.__version__} ")
    assert f"{source.stat().st_size} {source.stat().st_mtime_ns}" in key


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-1],
        lambda data: data[: len(data) // 2],
        lambda data: data[:-5] + bytes([data[-5] ^ 1]) + data[-4:],
        lambda data: b"",
        lambda data: b"\x00" * len(data),
        lambda data: data.replace(word_table.MAGIC, b"followup word table 0\n"),
    ],
    ids=["one-byte-short", "half", "flipped-bit", "empty", "zeros", "other-format"],
)
def test_a_damaged_table_is_ignored_and_rebuilt(cache, slow_loads, dictionary, damage):
    word_cache.cached_english_words()
    cache.write_bytes(damage(cache.read_bytes()))
    assert word_cache.cached_english_words() is dictionary
    assert slow_loads == [1, 1]
    assert isinstance(word_cache.cached_english_words(), WordTable)


def test_an_unwritable_cache_directory_means_the_slow_way(tmp_path, monkeypatch, slow_loads):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(word_cache.CACHE_DIR_ENV, str(blocker / "cache"))
    assert not isinstance(word_cache.cached_english_words(), WordTable)
    assert not isinstance(word_cache.cached_english_words(), WordTable)
    assert slow_loads == [1, 1]


def test_a_failed_write_leaves_the_old_table_and_no_temporary(cache, monkeypatch, dictionary):
    assert word_cache.save_table(cache, SAMPLE, "k")
    before = cache.read_bytes()

    def fail(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    assert not word_cache.save_table(cache, dictionary, "k")
    assert cache.read_bytes() == before
    assert [p.name for p in cache.parent.iterdir()] == [cache.name]


def test_words_that_cannot_be_stored_are_not_cached(cache):
    assert not word_cache.save_table(cache, {"a\nb": 1}, "k")
    assert not word_cache.save_table(cache, {"a": -1}, "k")
    assert not word_cache.save_table(cache, {"a": 2**40}, "k")
    assert not cache.exists()


def test_without_pyspellchecker_files_there_is_no_cache(cache, slow_loads, monkeypatch):
    def missing() -> str:
        raise FileNotFoundError("spellchecker")

    monkeypatch.setattr(word_cache, "dictionary_key", missing)
    assert not isinstance(word_cache.cached_english_words(), WordTable)
    assert not cache.parent.exists()


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"XDG_CACHE_HOME": "/var/tmp/xdg"},
        {"XDG_CACHE_HOME": "/var/tmp/xdg/"},
        {"XDG_CACHE_HOME": "relative"},
        {"XDG_CACHE_HOME": ""},
        {"HOME": "/home/someone/"},
        {"HOME": None},
        {"HOME": "relative", "XDG_CACHE_HOME": "/var/tmp/xdg"},
    ],
)
def test_the_default_cache_directory_is_platformdirs(monkeypatch, env):
    monkeypatch.delenv(word_cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert word_cache.cache_dir() == platformdirs.user_cache_dir("followup")


def test_the_environment_names_the_cache_directory(monkeypatch, tmp_path):
    monkeypatch.setenv(word_cache.CACHE_DIR_ENV, str(tmp_path / "here"))
    assert word_cache.cache_dir() == str(tmp_path / "here")


@pytest.fixture
def loader_restored() -> Iterator[None]:
    saved = lexicon._loader
    yield
    lexicon.load_english_words_with(saved)
    lexicon.english_words.cache_clear()


def test_installed_the_reviewer_spells_with_the_cached_table(cache, loader_restored, dictionary):
    word_cache.save_table(cache, dictionary, word_cache.dictionary_key())
    word_cache.install()
    lexicon.english_words.cache_clear()
    lexicon.is_known.cache_clear()
    lexicon.correction.cache_clear()
    try:
        assert isinstance(lexicon.english_words(), WordTable)
        assert lexicon.is_known("organisation") and not lexicon.is_known("experiance")
        assert lexicon.correction("experiance", True) == "experience"
        assert lexicon.correction("dont", True) == "don't"
    finally:
        lexicon.is_known.cache_clear()
        lexicon.correction.cache_clear()


def test_concurrent_first_runs_all_get_the_words(tmp_path):
    """Four processes building the table at once: each reads a whole table or builds its own."""
    probe = (
        "from followup.service import word_cache\n"
        "words = word_cache.cached_english_words()\n"
        "print(len(words), words.get('the'), 'experiance' in words)\n"
    )
    env = {**os.environ, word_cache.CACHE_DIR_ENV: str(tmp_path)}
    runs = [
        subprocess.Popen([sys.executable, "-c", probe], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outputs = {run.communicate()[0] for run in runs}
    assert len(outputs) == 1 and outputs.pop().endswith(" False\n")
    again = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert again.stdout.startswith(str(len(lexicon.dictionary_words())))
    assert [p.name for p in tmp_path.iterdir()] == [word_cache.TABLE_NAME]


class TestTheTable:
    @pytest.fixture
    def table(self) -> WordTable:
        found = word_table.decode(word_table.encode(SAMPLE, "k"), "k")
        assert found is not None
        return found

    def test_lookups(self, table):
        assert table["résumé"] == 7 and table.get("don't") == 5 and "thé" in table
        assert table.get("nope") is None and table.get("nope", 0) == 0 and "nope" not in table
        with pytest.raises(KeyError):
            table["nope"]
        assert len(table) == len(SAMPLE) and sorted(table) == sorted(SAMPLE)

    def test_anything_that_is_not_a_word_is_not_in_it(self, table):
        for key in (None, 3, b"a", "", "\ud800", "a\n", "\n"):
            assert key not in table
            assert table.get(key) is None

    def test_many_lookups_build_the_dict_once_with_the_same_answers(self, table, monkeypatch):
        monkeypatch.setattr(word_table, "LOOKUPS_BEFORE_A_DICT", 3)
        answers = [(w in table, table.get(w)) for w in [*SAMPLE, "nope", None] * 3]
        assert table._dict == SAMPLE
        assert answers == [(w in SAMPLE, SAMPLE.get(w)) for w in [*SAMPLE, "nope", None] * 3]

    def test_an_empty_table(self):
        table = word_table.decode(word_table.encode({}, "k"), "k")
        assert table is not None and len(table) == 0 and "a" not in table and list(table) == []

    def test_another_key_is_not_this_table(self):
        data = word_table.encode(SAMPLE, "k")
        assert word_table.decode(data, "k2") is None and word_table.decode(data, "") is None
