"""The reviewer's data kept in the user's cache directory: the English dictionary as a
compact table, and what the phrase families start on.

pyspellchecker ships its dictionary as gzipped JSON: about 180 ms of CPU to
load in a new process (marshal of the same dict: ~43 ms, pickle ~54 ms, plain
JSON ~95 ms). The first use reads it that way and saves the same words and
counts as a `followup.service.word_table` in the cache directory
(``FOLLOWUP_CACHE_DIR``, else platformdirs' user cache directory); later runs
read and check that in about 3 ms, and search it in place.

The table is keyed by pyspellchecker's version and the size and modification
time of its dictionary file, so a new or changed pyspellchecker rebuilds it.
It is written to a temporary file and renamed into place, so a concurrent
run never reads half of one. A cache directory that cannot be written, or a
table that is damaged, only means the slow way: the words are the same.

The phrase families' starts (`followup.review.phrase_starts`: some 20 ms of
parsing in a new process) are kept beside it with marshal, under keys that
hold every phrase, so a changed phrase is worked out again.

`install` makes the core's `english_words` and phrase starts load through
here (the CLI calls it in `check` and `draft`); the core itself reads no file.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Mapping

from followup.review import lexicon, phrase_starts
from followup.service import word_table

CACHE_DIR_ENV = "FOLLOWUP_CACHE_DIR"
TABLE_NAME = "english-words.table"
STARTS_NAME = "phrase-starts.marshal"
VERSION_LINE = re.compile(r"""^__version__\s*=\s*["']([^"'\n]+)["']""", re.MULTILINE)
StrPath = str | os.PathLike[str]
# Paths are strings here, and files are handled with os and open() (hence the PTH noqa):
# importing pathlib would cost `followup check` some 4 ms, and nothing else on its way needs it.


def install() -> None:
    """Have the reviewer's `english_words` and phrase starts load through the cache from now on."""
    lexicon.load_english_words_with(cached_english_words)
    phrase_starts.keep_starts_with(read_phrase_starts, save_phrase_starts)


def read_phrase_starts() -> object:
    """The kept phrase starts (any value: the core checks what it reads), or None."""
    import marshal

    try:
        with open(os.path.join(cache_dir(), STARTS_NAME), "rb") as file:  # noqa: PTH118,PTH123
            return marshal.loads(file.read())
    except (OSError, RuntimeError, EOFError, ValueError, TypeError):
        return None


def save_phrase_starts(table: dict[str, object]) -> None:
    import marshal

    try:
        data = marshal.dumps(table)
        path = os.path.join(cache_dir(), STARTS_NAME)  # noqa: PTH118
    except (OSError, RuntimeError, ValueError):
        return
    save_bytes(path, data)


def cache_dir() -> str:
    """``FOLLOWUP_CACHE_DIR``, else the user cache directory (``~/.cache/followup`` on Linux)."""
    given = os.environ.get(CACHE_DIR_ENV)
    if given:
        return os.path.expanduser(given)  # noqa: PTH111
    return _xdg_cache_dir() or _platform_cache_dir()


def _xdg_cache_dir() -> str | None:
    """platformdirs' answer on Linux in the usual case, without importing it (that costs ~7 ms).

    ``$XDG_CACHE_HOME/followup`` when it is absolute, else ``~/.cache/followup`` when HOME
    is absolute or unset; None (ask platformdirs) in any other case, or on Android.
    """
    if sys.platform != "linux" or "ANDROID_DATA" in os.environ:
        return None
    xdg, home = os.environ.get("XDG_CACHE_HOME", ""), os.environ.get("HOME", "/")
    if xdg.startswith("/"):
        return os.path.join(xdg, "followup")  # noqa: PTH118
    if home.startswith("/"):
        return os.path.join(os.path.expanduser("~/.cache"), "followup")  # noqa: PTH111,PTH118
    return None


def _platform_cache_dir() -> str:
    import platformdirs

    return platformdirs.user_cache_dir("followup")


def cached_english_words() -> Mapping[str, int]:
    """`lexicon.dictionary_words()`, from the cached table when it is there, whole and current."""
    try:
        key = dictionary_key()
        path = os.path.join(cache_dir(), TABLE_NAME)  # noqa: PTH118
    except (OSError, RuntimeError):  # no pyspellchecker files to key on, or no home: no cache
        return lexicon.dictionary_words()
    table = read_table(path, key)
    if table is not None:
        return table
    words = lexicon.dictionary_words()
    save_table(path, words, key)
    return words


def read_table(path: StrPath, key: str) -> word_table.WordTable | None:
    """The table at `path` if it is there, whole, and made for `key`."""
    try:
        with open(path, "rb") as file:  # noqa: PTH123
            data = file.read()
    except OSError:
        return None
    return word_table.decode(data, key)


def dictionary_key() -> str:
    """pyspellchecker's version, and the size and mtime of its English dictionary file.

    Found without importing pyspellchecker (its import alone costs milliseconds).
    """
    from importlib.util import find_spec

    spec = find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("spellchecker")
    package = next(iter(spec.submodule_search_locations))
    with open(os.path.join(package, "info.py"), encoding="utf-8", errors="replace") as info:  # noqa: PTH118,PTH123
        found = VERSION_LINE.search(info.read())
    version = found.group(1) if found else "unknown"
    source = os.stat(os.path.join(package, "resources", "en.json.gz"))  # noqa: PTH116,PTH118
    return f"pyspellchecker {version} en.json.gz {source.st_size} {source.st_mtime_ns}"


def save_table(path: StrPath, words: Mapping[str, int], key: str) -> bool:
    """Write `words` as a table at `path`, atomically; False (and nothing written) on failure."""
    try:
        data = word_table.encode(words, key)
    except ValueError:
        return False
    return save_bytes(path, data)


def save_bytes(path: StrPath, data: bytes) -> bool:
    """Write `data` at `path` through a temporary file renamed into place; False on failure."""
    import tempfile  # only when writing: it costs milliseconds to import

    folder, name = os.path.split(path)
    try:
        os.makedirs(folder, exist_ok=True)  # noqa: PTH103
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
    except (OSError, ValueError):
        return False
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)  # noqa: PTH105
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # noqa: PTH108
        return False
    return True
