"""Every etiquette number as one value, each field with its default and its source.

The seeds are the career-advice articles in `shared/seeds/` (000-004); a
field's `source` names the ones it rests on so a reader can check it. Users
override fields from a YAML file (see `followup.records.load_policy`); nothing
else in the product hard-codes these numbers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class SlotMode(StrEnum):
    BALANCED = "balanced"
    SAME_DAY = "same-day"
    NEXT_DAY = "next-day"


class DayCount(StrEnum):
    CALENDAR = "calendar"
    BUSINESS = "business"


def _rule(default: Any, source: str, doc: str) -> Any:
    """A policy field: its default, the seeds it comes from, what it means."""
    return field(default=default, metadata={"source": source, "doc": doc})


SENIOR_TITLE_WORDS = ("Director", "Head", "VP", "Vice President", "Chief", "Partner", "Principal")


@dataclass(frozen=True)
class Policy:
    thank_you_earliest: dt.timedelta = _rule(
        dt.timedelta(hours=1), "003, 001", "No thank-you sooner than this after the interview."
    )
    thank_you_latest: dt.timedelta = _rule(
        dt.timedelta(hours=24), "000, 001, 002, 003, 004", "A thank-you goes out within this."
    )
    slot_mode: SlotMode = _rule(
        SlotMode.BALANCED,
        "003 (balanced), 002 (same-day), 000 (next-day)",
        "balanced: same day after a morning interview, next morning after an afternoon one.",
    )
    send_hour: dt.time = _rule(
        dt.time(10, 0), "001", "Local hour messages are planned for (recipients read mail then)."
    )
    latest_same_day_hour: dt.time = _rule(
        dt.time(17, 0), "003, 001", "A same-day thank-you is not planned after this hour."
    )
    morning_ends: dt.time = _rule(
        dt.time(12, 0), "003", "An interview ending before this counts as a morning one."
    )
    check_in_days: int = _rule(
        7, "001, 002", "Days to wait for a check-in when no timeline was stated."
    )
    check_in_day_count: DayCount = _rule(
        DayCount.CALENDAR,
        "001, 002 (calendar week); 004 (business days)",
        "calendar: the days count every day, then move to a business day.",
    )
    grace_business_days: int = _rule(
        2, "000, 002", "Business days to wait past a stated timeline before checking in."
    )
    max_follow_ups: int = _rule(
        2, "001, 002", "Follow-ups per round and per person: the thank-you and one check-in."
    )
    holiday_country: str = _rule(
        "US", "001", "Country whose public holidays are not business days."
    )
    holiday_subdivision: str | None = _rule(None, "001", "State or region for local holidays.")
    card_cultures: tuple[str, ...] = _rule(
        ("traditional",), "001, 003", "Company cultures where a handwritten card is suggested."
    )
    card_title_words: tuple[str, ...] = _rule(
        SENIOR_TITLE_WORDS,
        "001, 003",
        "Words in a role title that make it senior (card suggested).",
    )
    cards: bool = _rule(True, "000, 001, 003", "Suggest handwritten cards at all.")
    long_game: bool = _rule(False, "001", "Plan occasional updates to a contact after a rejection.")
    long_game_interval: dt.timedelta = _rule(
        dt.timedelta(days=90), "001", "At most one long-game update in this long."
    )
    duplicate_threshold: float = _rule(
        0.8, "001, 002", "Two notes of a round this similar (word shingles) are duplicates."
    )

    def with_overrides(self, **changes: Any) -> Policy:
        return dataclasses.replace(self, **changes)


def policy_fields() -> tuple[dataclasses.Field[Any], ...]:
    """The fields of `Policy`, in order, for documentation and config files."""
    return dataclasses.fields(Policy)


DEFAULT_POLICY = Policy()
