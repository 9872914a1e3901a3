"""Business days, holidays and local wall-clock slots, DST included."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.workdays import BusinessCalendar, UnknownTimeZone, at_local, is_known_country, zone

NEW_YORK = zone("America/New_York")


def test_us_holidays_and_weekends_are_not_business_days():
    us = BusinessCalendar("US")
    assert not us.is_business_day(dt.date(2026, 11, 26))  # Thanksgiving
    assert us.is_business_day(dt.date(2026, 11, 27))  # the Friday after is a workday
    assert not us.is_business_day(dt.date(2026, 3, 7))  # Saturday
    assert us.holiday_name(dt.date(2026, 7, 3)) is not None  # July 4th observed on Friday


def test_next_business_day_skips_a_long_weekend():
    us = BusinessCalendar("US")
    assert us.next_business_day(dt.date(2026, 1, 16)) == dt.date(2026, 1, 20)  # MLK Day on the 19th
    assert us.add_business_days(dt.date(2026, 3, 10), 2) == dt.date(2026, 3, 12)
    assert us.add_business_days(dt.date(2026, 12, 23), 2) == dt.date(2026, 12, 28)
    assert us.on_or_after(dt.date(2026, 3, 9)) == dt.date(2026, 3, 9)


def test_holiday_country_comes_from_the_caller():
    assert BusinessCalendar("GB").is_business_day(dt.date(2026, 11, 26))
    assert not BusinessCalendar("DE").is_business_day(dt.date(2026, 10, 3))  # Unity Day
    assert not BusinessCalendar("CA", "ON").is_business_day(dt.date(2026, 2, 16))  # Family Day
    assert BusinessCalendar("CA").is_business_day(dt.date(2026, 2, 16))
    assert is_known_country("US") and not is_known_country("XX")


def test_slots_follow_daylight_saving_time():
    assert (
        at_local(dt.date(2026, 3, 6), dt.time(10), NEW_YORK).isoformat()
        == "2026-03-06T10:00:00-05:00"
    )
    assert (
        at_local(dt.date(2026, 3, 9), dt.time(10), NEW_YORK).isoformat()
        == "2026-03-09T10:00:00-04:00"
    )


def test_a_wall_time_skipped_by_dst_moves_forward_and_an_ambiguous_one_takes_the_first():
    skipped = at_local(dt.date(2026, 3, 8), dt.time(2, 30), NEW_YORK)
    assert skipped.isoformat() == "2026-03-08T03:30:00-04:00"
    repeated = at_local(dt.date(2026, 11, 1), dt.time(1, 30), NEW_YORK)
    assert repeated.isoformat() == "2026-11-01T01:30:00-04:00"


def test_unknown_time_zones_are_reported_by_name():
    with pytest.raises(UnknownTimeZone, match="'Mars/Base'"):
        zone("Mars/Base")
    with pytest.raises(UnknownTimeZone):
        zone("../../etc/passwd")


ZONES = st.sampled_from(
    [
        "America/New_York",
        "Europe/Berlin",
        "Australia/Lord_Howe",
        "Pacific/Apia",
        "America/Santiago",
        "Asia/Kathmandu",
        "UTC",
    ]
)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)), st.times(), ZONES)
def test_at_local_always_gives_a_real_instant_close_to_the_wall_time(day, wall, name):
    where = zone(name)
    instant = at_local(day, wall, where)
    assert instant.tzinfo is where
    shown = instant.replace(tzinfo=None)
    wanted = dt.datetime.combine(day, wall)
    # Equal, or moved forward by at most the gap of a DST change (or Samoa's skipped day).
    assert dt.timedelta(0) <= shown - wanted <= dt.timedelta(hours=24)
    assert instant.astimezone(dt.UTC).astimezone(where) == instant
