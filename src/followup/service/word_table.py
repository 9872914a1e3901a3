"""A word list with counts as one compact block of bytes, searched in place.

The reviewer's dictionary has about 160,000 words. Building a dict of them
takes tens of milliseconds whatever the file format (marshal, pickle, JSON:
most of it is making 160,000 strings), while a typical message needs fewer
than a hundred lookups. So the table keeps the words sorted, as UTF-8, in one
`bytes`, with an array of where each word starts and an array of counts, and
answers a lookup by binary search (a few microseconds). Only when a caller
makes many lookups (spelling suggestions for a message full of slips) does it
build the dict once and answer from it.

Layout (native byte order and int size, which the key line names):

    MAGIC, then the key line: the caller's key, byte order, int size; zero padding
    count, size of the words block, CRC-32 of all that follows       (3 x uint32)
    starts: count + 1 offsets into the words block                   (unsigned int)
    counts: count values                                             (unsigned int)
    words: the words, sorted as UTF-8 bytes, each followed by "\\n"
"""

from __future__ import annotations

import array
import struct
import sys
import zlib
from collections.abc import Iterator, Mapping
from itertools import accumulate
from typing import TypeVar, overload

MAGIC = b"followup word table 1\n"
HEAD = struct.Struct("=III")
ITEM = array.array("I").itemsize
T = TypeVar("T")
LOOKUPS_BEFORE_A_DICT = 8_000
"""About what building the dict costs, in binary searches (one is ~4 us, the dict ~30 ms)."""


class WordTable(Mapping[str, int]):
    """Words and their counts, read in place from `encode`'s bytes."""

    __slots__ = ("_counts", "_dict", "_lookups", "_size", "_starts", "_words")

    def __init__(self, words: bytes, starts: memoryview, counts: memoryview) -> None:
        self._words = words
        self._starts = starts
        self._counts = counts
        self._size = len(counts)
        self._lookups = 0
        self._dict: dict[str, int] | None = None

    def _index(self, word: object) -> int:
        """Where `word` is in the table, or -1."""
        if not isinstance(word, str):
            return -1
        try:
            key = word.encode()
        except UnicodeEncodeError:  # a lone surrogate: no dictionary word has one
            return -1
        words, starts = self._words, self._starts
        low, high = 0, self._size
        while low < high:
            middle = (low + high) // 2
            if words[starts[middle] : starts[middle + 1] - 1] < key:
                low = middle + 1
            else:
                high = middle
        if low < self._size and words[starts[low] : starts[low + 1] - 1] == key:
            return low
        return -1

    def _as_dict(self) -> dict[str, int] | None:
        """The words as a dict once lookups are many (they then cost less than the search)."""
        if self._dict is None:
            self._lookups += 1
            if self._lookups > LOOKUPS_BEFORE_A_DICT:
                self._dict = dict(zip(self._word_list(), self._counts, strict=True))
        return self._dict

    def _word_list(self) -> list[str]:
        return self._words[:-1].decode().split("\n") if self._size else []

    def __contains__(self, word: object) -> bool:
        loaded = self._as_dict()
        if loaded is not None:
            return word in loaded
        return self._index(word) >= 0

    def __getitem__(self, word: str) -> int:
        loaded = self._as_dict()
        if loaded is not None:
            return loaded[word]
        index = self._index(word)
        if index < 0:
            raise KeyError(word)
        count: int = self._counts[index]
        return count

    @overload
    def get(self, word: str, /) -> int | None: ...
    @overload
    def get(self, word: str, /, default: int | T) -> int | T: ...
    def get(self, word: str, /, default: object = None) -> object:
        loaded = self._as_dict()
        if loaded is not None:
            return loaded.get(word, default)
        index = self._index(word)
        if index < 0:
            return default
        count: int = self._counts[index]
        return count

    def __iter__(self) -> Iterator[str]:
        return iter(self._word_list())

    def __len__(self) -> int:
        return self._size


def encode(words: Mapping[str, int], key: str) -> bytes:
    """`words` as a table for `decode(..., key)`; ValueError if a word or count does not fit."""
    if "\n" in key:
        raise ValueError("the key is one line")
    encoded = sorted((word.encode(), count) for word, count in words.items())
    block = b"\n".join(word for word, _ in encoded) + (b"\n" if encoded else b"")
    if block.count(b"\n") != len(encoded):
        raise ValueError("a word contains a line break")
    try:
        starts = array.array("I", accumulate((len(word) + 1 for word, _ in encoded), initial=0))
        counts = array.array("I", [count for _, count in encoded])
    except (OverflowError, TypeError) as error:  # a count below 0 or past 2**32, or not an int
        raise ValueError(f"a count does not fit: {error}") from None
    body = starts.tobytes() + counts.tobytes() + block
    return _header(key) + HEAD.pack(len(encoded), len(block), zlib.crc32(body)) + body


def decode(data: bytes, key: str) -> WordTable | None:
    """The table in `data` if it was encoded with `key` and is whole; else None."""
    head = _header(key)
    if not data.startswith(head) or len(data) < len(head) + HEAD.size:
        return None
    size, block, crc = HEAD.unpack_from(data, len(head))
    start = len(head) + HEAD.size
    counts_at = start + ITEM * (size + 1)
    words_at = counts_at + ITEM * size
    if len(data) != words_at + block or zlib.crc32(memoryview(data)[start:]) != crc:
        return None
    view = memoryview(data)
    starts = view[start:counts_at].cast("I")
    if starts[0] != 0 or starts[size] != block:
        return None
    return WordTable(data[words_at:], starts, view[counts_at:words_at].cast("I"))


def _header(key: str) -> bytes:
    head = MAGIC + f"{key} {sys.byteorder} {ITEM}\n".encode()
    return head + b"\0" * (-len(head) % ITEM)
