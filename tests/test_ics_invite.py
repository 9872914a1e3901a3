"""Reading calendar invitations: each producer's real shape, every bad file, and fuzzing.

The fixtures in ``tests/invites/`` follow what the products emit (CRLF line
ends, lines folded at 75 octets); the people, companies and links are
invented.

- ``google_meet.ics``: Google Calendar, METHOD:REQUEST, UTC times, a Meet
  link (X-GOOGLE-CONFERENCE), a room resource, attendees whose CN is their
  address, Google's "-::~:~::" description block.
- ``google_phone_screen.ics``: Google Calendar, an event on a shared
  recruiting calendar (the organizer is a ``group.calendar.google.com``
  address), TZID with Google's VTIMEZONE, an HTML description.
- ``outlook_panel.ics``: Outlook 16, a Windows zone name as TZID with its
  VTIMEZONE (1601 rules), ``MAILTO:``, quoted "Last, First" CNs,
  X-MS-OLK and X-MICROSOFT fields, X-ALT-DESC, a Teams meeting.
- ``exchange_onsite.ics``: Exchange 2010, "Pacific Standard Time" during
  daylight time, a street address, an attendee with no CN.
- ``apple_final.ics``: Apple Calendar (macOS), VTIMEZONE America/Los_Angeles,
  EMAIL parameters, a ``urn:uuid:`` attendee, X-APPLE-STRUCTURED-LOCATION.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.errors import UserError
from followup.ics.invite import (
    InviteDraft,
    InviteError,
    iana_name,
    invite_to_round,
    load_invite,
    read_invite,
)
from followup.model import Format, Interviewer, ParticipantRole, Stage

INVITES = Path(__file__).parent / "invites"
ME = ("priya.raman@example.com",)


def fixture(name: str, default_zone: str | None = None) -> InviteDraft:
    return load_invite(INVITES / name, ME, default_zone=default_zone)


def people(draft: InviteDraft) -> list[tuple[str, str | None]]:
    return [(person.name, person.email) for person in draft.interviewers]


BASE = {
    "UID": "UID:test-1@followup.example",
    "DTSTART": "DTSTART;TZID=America/New_York:20260303T100000",
    "DTEND": "DTEND;TZID=America/New_York:20260303T110000",
    "SUMMARY": "SUMMARY:Interview: Data Engineer – Northwind",
    "ORGANIZER": "ORGANIZER;CN=Maria Lopez:mailto:maria.lopez@northwind.example",
    "ATTENDEE": "ATTENDEE;CN=Priya Raman:mailto:priya.raman@example.com",
}


def ics(*extra: str, head: str = "", zones: str = "", **lines: str | None) -> str:
    """A small invitation: BASE's event lines, some replaced (None drops one), `extra` added."""
    event = [line for line in {**BASE, **lines}.values() if line] + list(extra)
    body = "\r\n".join(event)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followup tests//EN\r\n{head}{zones}"
        f"BEGIN:VEVENT\r\n{body}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def read(text: str | bytes, default_zone: str | None = None) -> InviteDraft:
    return read_invite(text, "invite.ics", ME, default_zone=default_zone)


def fails(text: str | bytes, default_zone: str | None = None) -> str:
    with pytest.raises(UserError) as caught:
        read(text, default_zone)
    message = str(caught.value)
    assert message.startswith("invite.ics: ")
    assert "\n" not in message and "Traceback" not in message
    return message


def vtimezone(tzid: str, standard: str, daylight: str | None = None) -> str:
    """A VTIMEZONE with US rules (or none, when `daylight` is None)."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16011104T020000"]
    if daylight:
        lines.append("RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11")
    lines += [f"TZOFFSETFROM:{daylight or standard}", f"TZOFFSETTO:{standard}", "END:STANDARD"]
    if daylight:
        lines += [
            "BEGIN:DAYLIGHT",
            "DTSTART:16010311T020000",
            "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
            f"TZOFFSETFROM:{standard}",
            f"TZOFFSETTO:{daylight}",
            "END:DAYLIGHT",
        ]
    return "\r\n".join([*lines, "END:VTIMEZONE"]) + "\r\n"


# --- Each producer ---------------------------------------------------------------------


def test_google_invite_in_utc_is_shown_in_the_users_zone():
    draft = fixture("google_meet.ics", default_zone="America/New_York")
    assert draft.start == dt.datetime(2026, 3, 3, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    assert draft.start.utcoffset() == dt.timedelta(hours=-5)
    assert draft.end - draft.start == dt.timedelta(hours=1)
    assert draft.time_zone == "America/New_York"
    assert people(draft) == [
        ("Maria Lopez", "maria.lopez@northwind.example"),
        ("Daniel Chen", "daniel.chen@northwind.example"),
    ]
    assert (draft.company, draft.role, draft.stage) == ("Northwind", "Data Engineer", None)
    assert draft.format is Format.VIDEO
    assert draft.organizer == "maria.lopez@northwind.example"
    assert draft.summary == "Interview: Data Engineer – Northwind"
    assert "Join with Google Meet: https://meet.google.com/qzm-rtwk-bnd" in draft.description
    assert draft.notes == (
        "the name of daniel.chen@northwind.example is guessed from the address: Daniel Chen",
    )


def test_google_invite_in_utc_without_a_zone_stays_in_utc_with_a_note():
    draft = fixture("google_meet.ics")
    assert draft.start == dt.datetime(2026, 3, 3, 15, 0, tzinfo=dt.UTC)
    assert draft.time_zone == "UTC"
    assert "the invite gives its times in UTC; set the interview's time zone" in draft.notes


def test_google_shared_calendar_phone_screen():
    draft = fixture("google_phone_screen.ics")
    assert draft.start.isoformat() == "2026-04-07T09:30:00-05:00"
    assert draft.end.isoformat() == "2026-04-07T10:00:00-05:00"
    assert draft.time_zone == "America/Chicago"
    # The user's own address is written Priya.Raman@Example.com: still the user.
    assert people(draft) == [("Jordan Blake", "jordan.blake@acme-corp.example")]
    assert draft.organizer is not None and draft.organizer.endswith("@group.calendar.google.com")
    assert any("left out the organizer" in note and "automatic" in note for note in draft.notes)
    assert (draft.company, draft.role) == ("Acme Corp", "Analytics Engineer")
    assert (draft.stage, draft.format) == (Stage.PHONE_SCREEN, Format.PHONE)
    assert "<p>" not in draft.description
    assert "Jordan Blake will call you" in draft.description


def test_outlook_invite_with_a_windows_zone_and_quoted_names():
    draft = fixture("outlook_panel.ics")
    assert draft.start == dt.datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert draft.start.utcoffset() == dt.timedelta(hours=1)
    assert draft.end.isoformat() == "2026-03-10T15:30:00+01:00"
    assert draft.time_zone == "Europe/Berlin"
    assert people(draft) == [
        ("Jana Schmidt", "jana.schmidt@halvorsen.example"),
        ("Marcus Okafor", "Marcus.Okafor@halvorsen.example"),
        ("Astrid Lindqvist", "astrid.lindqvist@halvorsen.example"),
    ]
    assert (draft.company, draft.role) == ("Halvorsen Analytics", "Data Engineer")
    assert (draft.stage, draft.format) == (Stage.PANEL, Format.VIDEO)
    assert draft.location == "Microsoft Teams Meeting"
    assert "Thank you for making time for the panel" in draft.description
    assert draft.notes == ()


def test_exchange_pacific_standard_time_in_summer_is_daylight_time():
    draft = fixture("exchange_onsite.ics")
    assert draft.start.isoformat() == "2026-03-10T09:00:00-07:00"
    assert draft.end.isoformat() == "2026-03-10T13:00:00-07:00"
    assert draft.time_zone == "America/Los_Angeles"
    assert people(draft) == [
        ("Hannah Whitfield", "hannah.whitfield@corvid-health.example"),
        ("Kenji Nakamura", "kenji.nakamura@corvid-health.example"),
        ("Samira Haddad", "samira.haddad@corvid-health.example"),
    ]
    assert (draft.company, draft.role) == ("Corvid Health", "Senior Data Engineer")
    assert (draft.stage, draft.format) == (Stage.FINAL_ROUND, Format.IN_PERSON)
    assert "company guessed from the organizer's domain 'corvid-health.example'" in draft.notes
    assert any("guessed from the address: Samira Haddad" in note for note in draft.notes)


def test_apple_invite_after_the_change_back_to_standard_time():
    draft = fixture("apple_final.ics")
    assert draft.start == dt.datetime(2026, 11, 2, 10, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert draft.start.utcoffset() == dt.timedelta(hours=-8)
    assert draft.time_zone == "America/Los_Angeles"
    assert people(draft) == [
        ("Tomás Ferreira", "tomas.ferreira@brightline.example"),
        ("Grace Okonkwo", "grace.okonkwo@brightline.example"),
        ("Lukas Brandt", "lukas.brandt@brightline.example"),  # urn:uuid + EMAIL=
    ]
    assert (draft.company, draft.role) == ("Brightline Logistics", "Senior Operations Analyst")
    assert (draft.stage, draft.format) == (Stage.FINAL_ROUND, Format.IN_PERSON)
    assert draft.location is not None and "500 Howard St, Floor 9" in draft.location
    assert draft.notes == (
        "Lukas Brandt declined the invitation; remove them if they were not there",
    )


@pytest.mark.parametrize(
    ("name", "utc"),
    [
        ("google_meet.ics", "2026-03-03T15:00:00+00:00"),
        ("google_phone_screen.ics", "2026-04-07T14:30:00+00:00"),
        ("outlook_panel.ics", "2026-03-10T13:00:00+00:00"),
        ("exchange_onsite.ics", "2026-03-10T16:00:00+00:00"),
        ("apple_final.ics", "2026-11-02T18:30:00+00:00"),
    ],
)
def test_every_producer_gives_the_right_instant(name: str, utc: str):
    draft = fixture(name, default_zone="Europe/London")
    assert draft.start.astimezone(dt.UTC).isoformat() == utc
    assert draft.end > draft.start
    assert all(person.role is ParticipantRole.PANELIST for person in draft.interviewers)
    assert not any(person.email == ME[0] for person in draft.interviewers)


def test_the_same_bytes_as_text_read_the_same():
    data = (INVITES / "outlook_panel.ics").read_bytes()
    assert read(data) == read(data.decode("utf-8"))


def test_unix_line_ends_and_a_byte_order_mark_are_fine():
    text = (INVITES / "apple_final.ics").read_text("utf-8").replace("\r\n", "\n")
    assert read(("\ufeff" + text).encode("utf-8")).start == fixture("apple_final.ics").start


# --- Time zones ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tzid", "zone", "offset"),
    [
        ("Pacific Standard Time", "America/Los_Angeles", "-07:00"),
        ("Eastern Standard Time", "America/New_York", "-04:00"),
        ("W. Europe Standard Time", "Europe/Berlin", "+02:00"),
        ("GMT Standard Time", "Europe/London", "+01:00"),
        ("India Standard Time", "Asia/Kolkata", "+05:30"),
        ("Tokyo Standard Time", "Asia/Tokyo", "+09:00"),
        ("AUS Eastern Standard Time", "Australia/Sydney", "+10:00"),
        ('"(UTC-08:00) Pacific Time (US & Canada)"', "America/Los_Angeles", "-07:00"),
        ("Cape Verde Standard Time", "Atlantic/Cape_Verde", "-01:00"),  # CLDR's table
        ("America/Chicago", "America/Chicago", "-05:00"),
        ('"America/Chicago"', "America/Chicago", "-05:00"),
        ("/mozilla.org/20050126_1/America/New_York", "America/New_York", "-04:00"),
        ("/freeassociation.sourceforge.net/Tzfile/Europe/Berlin", "Europe/Berlin", "+02:00"),
    ],
)
def test_zone_names_without_a_definition(tzid: str, zone: str, offset: str):
    draft = read(
        ics(
            DTSTART=f"DTSTART;TZID={tzid}:20260615T100000",
            DTEND=f"DTEND;TZID={tzid}:20260615T110000",
        )
    )
    assert draft.time_zone == zone
    assert draft.start.isoformat() == f"2026-06-15T10:00:00{offset}"
    assert draft.notes == ()


def test_a_windows_name_with_its_definition_uses_the_iana_zone():
    text = ics(
        zones=vtimezone("Eastern Standard Time", "-0500", "-0400"),
        DTSTART="DTSTART;TZID=Eastern Standard Time:20260309T100000",
        DTEND="DTEND;TZID=Eastern Standard Time:20260309T110000",
    )
    draft = read(text)
    assert (draft.time_zone, draft.start.isoformat()) == (
        "America/New_York",
        "2026-03-09T10:00:00-04:00",
    )
    assert draft.notes == ()


def test_a_definition_that_disagrees_with_the_name_wins_with_a_note():
    text = ics(
        zones=vtimezone("Eastern Standard Time", "-0300"),
        DTSTART="DTSTART;TZID=Eastern Standard Time:20260615T100000",
        DTEND=None,
        DURATION="DURATION:PT1H",
    )
    draft = read(text)
    assert draft.start.astimezone(dt.UTC).isoformat() == "2026-06-15T13:00:00+00:00"
    assert draft.time_zone == "America/New_York"
    assert any("gives UTC-03:00" in note and "the invite's is used" in note for note in draft.notes)


def test_a_custom_zone_is_matched_to_an_iana_zone_in_each_file_on_its_own():
    eastern = ics(
        zones=vtimezone("Customized Time Zone", "-0500", "-0400"),
        DTSTART="DTSTART;TZID=Customized Time Zone:20260615T100000",
        DTEND="DTEND;TZID=Customized Time Zone:20260615T110000",
    )
    pacific = eastern.replace("-0500", "-0800").replace("-0400", "-0700")
    first, second = read(eastern), read(pacific)
    assert (first.time_zone, first.start.isoformat()) == (
        "America/New_York",
        "2026-06-15T10:00:00-04:00",
    )
    # icalendar caches "Customized Time Zone" for the process: this file's rules still win.
    assert (second.time_zone, second.start.isoformat()) == (
        "America/Los_Angeles",
        "2026-06-15T10:00:00-07:00",
    )
    assert "the invite's time zone 'Customized Time Zone' is not a known name; " in second.notes[0]


def test_a_custom_zone_no_iana_zone_matches_keeps_its_offset():
    text = ics(
        zones=vtimezone("Station Time", "+0517"),
        DTSTART="DTSTART;TZID=Station Time:20260615T100000",
        DTEND="DTEND;TZID=Station Time:20260615T110000",
    )
    draft = read(text)
    assert draft.time_zone is None
    assert draft.start.utcoffset() == dt.timedelta(hours=5, minutes=17)
    assert draft.end - draft.start == dt.timedelta(hours=1)
    assert any("matches no IANA zone" in note for note in draft.notes)


def test_a_definition_with_an_x_lic_location_uses_it():
    zones = vtimezone("tz-1", "-0600", "-0500").replace(
        "TZID:tz-1", "TZID:tz-1\r\nX-LIC-LOCATION:America/Chicago"
    )
    draft = read(ics(zones=zones, DTSTART="DTSTART;TZID=tz-1:20260615T100000", DTEND=None))
    assert draft.time_zone == "America/Chicago"


def test_utc_times_with_a_default_zone():
    text = ics(DTSTART="DTSTART:20260615T140000Z", DTEND="DTEND:20260615T150000Z")
    draft = read(text, default_zone="Asia/Kolkata")
    assert draft.start.isoformat() == "2026-06-15T19:30:00+05:30"
    assert draft.time_zone == "Asia/Kolkata"


def test_floating_times_are_read_in_the_calendars_zone_then_the_default_zone():
    text = ics(DTSTART="DTSTART:20260615T100000", DTEND="DTEND:20260615T110000")
    with_calendar_zone = read(
        ics(head="X-WR-TIMEZONE:Europe/Paris\r\n", DTSTART="DTSTART:20260615T100000", DTEND=None)
    )
    assert with_calendar_zone.start.isoformat() == "2026-06-15T10:00:00+02:00"
    assert with_calendar_zone.time_zone == "Europe/Paris"
    draft = read(text, default_zone="America/Denver")
    assert draft.start.isoformat() == "2026-06-15T10:00:00-06:00"
    assert "the invite's times have no time zone; read them in America/Denver" in draft.notes
    assert "no time zone" in fails(text)


def test_an_unknown_zone_names_the_file_and_the_zone():
    message = fails(ics(DTSTART="DTSTART;TZID=Mars/Olympus_Mons:20260615T100000"))
    assert message == (
        "invite.ics: unknown time zone 'Mars/Olympus_Mons' (not an IANA or Windows name, nor defined)"
    )


@pytest.mark.parametrize("tzid", ["localtime", "posixrules", "../../etc/passwd", ""])
def test_files_of_the_zone_directory_are_not_zones(tzid: str):
    assert iana_name(tzid) is None


def test_an_unknown_default_zone_is_a_user_error():
    with pytest.raises(UserError, match="unknown time zone: 'Nowhere/Town'"):
        read(ics(), default_zone="Nowhere/Town")


# --- End times -------------------------------------------------------------------------


def test_duration_instead_of_an_end():
    draft = read(ics(DTEND=None, DURATION="DURATION:PT45M"))
    assert draft.end - draft.start == dt.timedelta(minutes=45)
    assert draft.notes == ()


def test_a_duration_across_a_clock_change_is_elapsed_time():
    draft = read(
        ics(
            DTSTART="DTSTART;TZID=America/New_York:20261101T010000",
            DTEND=None,
            DURATION="DURATION:PT2H",
        )
    )
    assert draft.end.astimezone(dt.UTC) - draft.start.astimezone(dt.UTC) == dt.timedelta(hours=2)


def test_no_end_assumes_an_hour_with_a_note():
    draft = read(ics(DTEND=None))
    assert draft.end - draft.start == dt.timedelta(hours=1)
    assert "the invite gives no usable end time; assumed one hour" in draft.notes


def test_an_end_in_another_zone_is_shown_in_the_starts_zone():
    draft = read(ics(DTEND="DTEND;TZID=Europe/London:20260303T160000"))
    assert draft.end.isoformat() == "2026-03-03T11:00:00-05:00"


def test_an_end_before_the_start_is_an_error():
    message = fails(ics(DTEND="DTEND;TZID=America/New_York:20260303T090000"))
    assert message == (
        "invite.ics: the event ends (2026-03-03 09:00) before it starts (2026-03-03 10:00)"
    )


# --- Bad files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"),
        (
            b"Thanks for applying!\n",
            "not an iCalendar file (it does not begin with BEGIN:VCALENDAR)",
        ),
        (b"<!DOCTYPE html><html></html>", "not an iCalendar file (it does not begin"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not an iCalendar file (binary data)"),
        (
            "BEGIN:VCALENDAR\r\nSUMMARY:Caf\xe9\r\n".encode("latin-1"),
            "not UTF-8 text (byte 0xe9 at offset 28)",
        ),
        (
            b"From: Maria <maria@northwind.example>\r\nSubject: Invitation\r\n\r\nBEGIN:VCALENDAR\r\n",
            "an email message; save its .ics attachment",
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260303T100000Z\r\n",
            "not a complete iCalendar file (no END:VCALENDAR)",
        ),
        (
            b"BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n",
            "not a valid iCalendar file (Content line could not be parsed",
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
            "no event in the file (no VEVENT)",
        ),
    ],
)
def test_a_file_that_is_not_an_invitation(data: bytes, problem: str):
    assert fails(data).startswith(f"invite.ics: {problem}")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (ics(DTSTART=None), "the event has no start time (no DTSTART)"),
        (
            ics(DTSTART="DTSTART;VALUE=DATE:20260303", DTEND="DTEND;VALUE=DATE:20260304"),
            "an all-day event has no interview time (DTSTART 2026-03-03)",
        ),
        (ics(DTSTART="DTSTART:next tuesday"), "DTSTART 'next tuesday' is not a date and time"),
        (ics(DTSTART="DTSTART:16010101T090000"), "DTSTART is in the year 1601"),
        (
            ics(head="METHOD:CANCEL\r\n", STATUS="STATUS:CANCELLED"),
            "the invite was cancelled (METHOD:CANCEL)",
        ),
        (ics(STATUS="STATUS:CANCELLED"), "the event was cancelled (STATUS:CANCELLED)"),
    ],
)
def test_an_event_that_cannot_be_an_interview(text: str, problem: str):
    assert fails(text).startswith(f"invite.ics: {problem}")


def test_several_events_give_the_first_live_one_with_a_note():
    cancelled = ics(STATUS="STATUS:CANCELLED", SUMMARY="SUMMARY:Old time")
    live = ics(UID="UID:test-2@followup.example", SUMMARY="SUMMARY:Panel – Northwind")
    later = ics(UID="UID:test-3@followup.example", SUMMARY="SUMMARY:Final round – Northwind")
    events = [
        text.split("BEGIN:VEVENT")[1].split("END:VCALENDAR")[0] for text in (cancelled, live, later)
    ]
    text = (
        ics().split("BEGIN:VEVENT")[0]
        + "".join("BEGIN:VEVENT" + event for event in events)
        + "END:VCALENDAR\r\n"
    )
    draft = read(text)
    assert (draft.summary, draft.stage) == ("Panel – Northwind", Stage.PANEL)
    assert "the file holds 3 events; this is the first, 'Panel – Northwind'" in draft.notes


def test_a_repeating_event_gives_its_first_occurrence_with_a_note():
    draft = read(ics("RRULE:FREQ=WEEKLY;COUNT=3"))
    assert draft.start.isoformat() == "2026-03-03T10:00:00-05:00"
    assert "the event repeats; this is its first occurrence" in draft.notes


def test_load_invite_names_the_file_it_cannot_read(tmp_path: Path):
    missing = tmp_path / "nowhere.ics"
    with pytest.raises(InviteError, match=r"nowhere\.ics: no such file$"):
        load_invite(missing)
    with pytest.raises(InviteError, match="is a directory"):
        load_invite(tmp_path)


def test_a_huge_file_is_refused():
    assert "too large for an invitation" in fails(b"BEGIN:VCALENDAR\r\n" + b"X" * 5_000_001)


# --- Text and people -------------------------------------------------------------------


def test_folded_lines_and_escaped_text():
    text = ics(
        "DESCRIPTION:Bring your portfolio\\; we will\\, as promised\\, talk about the\r\n"
        "  migration.\\nSee you then.",
        SUMMARY="SUMMARY:Acme\\, Inc. \\; Interview",
        ATTENDEE='ATTENDEE;CN="Okafor, Ma\r\n rcus";RSVP=TRUE:MAILTO:m.okafor@acme.exa\r\n mple',
    )
    draft = read(text)
    assert draft.summary == "Acme, Inc. ; Interview"
    assert draft.description == (
        "Bring your portfolio; we will, as promised, talk about the migration.\nSee you then."
    )
    assert ("Marcus Okafor", "m.okafor@acme.example") in people(draft)


@pytest.mark.parametrize(
    ("attendee", "name"),
    [
        ('ATTENDEE;CN="Lopez, Maria":MAILTO:ml@acme.example', "Maria Lopez"),
        ('ATTENDEE;CN="Lopez, Maria (Recruiting)":MAILTO:ml@acme.example', "Maria Lopez"),
        ('ATTENDEE;CN="Smith, Jr.":MAILTO:js@acme.example', "Smith, Jr."),
        ("ATTENDEE;CN=Ana María Pérez:mailto:ana@acme.example", "Ana María Pérez"),
        ("ATTENDEE;CN=maria.lopez@acme.example:mailto:maria.lopez@acme.example", "Maria Lopez"),
        ("ATTENDEE:mailto:m.okafor+interviews@acme.example", "M. Okafor"),
        ("ATTENDEE;RSVP=TRUE:MAILTO:DANIEL_CHEN2@ACME.EXAMPLE", "Daniel Chen"),
    ],
)
def test_names_from_cn_or_the_address(attendee: str, name: str):
    draft = read(ics(attendee, ORGANIZER=None))
    assert [person.name for person in draft.interviewers] == [name]


def test_own_addresses_are_skipped_in_any_case_and_with_mailto():
    text = ics(ATTENDEE="ATTENDEE;CN=Priya:MAILTO:PRIYA@Home.Example")
    draft = read_invite(text, "invite.ics", ["mailto:priya@home.example"])
    assert people(draft) == [("Maria Lopez", "maria.lopez@northwind.example")]


def test_rooms_groups_observers_and_automatic_senders_are_left_out():
    draft = read(
        ics(
            "ATTENDEE;CUTYPE=ROOM;CN=Fjord (8):mailto:fjord@northwind.example",
            "ATTENDEE;CUTYPE=RESOURCE;CN=Projector:mailto:projector@northwind.example",
            "ATTENDEE;CUTYPE=GROUP;CN=Data team:mailto:data@northwind.example",
            "ATTENDEE;ROLE=NON-PARTICIPANT;CN=Sam Ito:mailto:sam.ito@northwind.example",
            "ATTENDEE;CN=Daniel Chen:mailto:daniel.chen@northwind.example",
            "ATTENDEE;CN=Maria Lopez:mailto:Maria.Lopez@northwind.example",  # the organizer again
            ORGANIZER="ORGANIZER;CN=Google Calendar:mailto:calendar-notification@google.com",
        )
    )
    assert people(draft) == [
        ("Daniel Chen", "daniel.chen@northwind.example"),
        ("Maria Lopez", "Maria.Lopez@northwind.example"),
    ]
    assert draft.organizer == "calendar-notification@google.com"
    assert (
        "left out the organizer calendar-notification@google.com: an automatic sender"
        in draft.notes
    )
    assert "left out Data team <data@northwind.example>: a group, not a person" in draft.notes
    assert any("Sam Ito" in note and "for information only" in note for note in draft.notes)
    assert draft.format is Format.IN_PERSON  # a room was booked


def test_two_people_of_one_name_keep_the_first_with_a_note():
    draft = read(
        ics(
            "ATTENDEE;CN=Maria Lopez:mailto:maria@lopez-consulting.example",
            "ATTENDEE;CN=maria lopez:mailto:m.lopez@northwind.example",
        )
    )
    assert people(draft) == [("Maria Lopez", "maria.lopez@northwind.example")]
    assert "two people are called maria lopez; kept maria.lopez@northwind.example" in draft.notes


def test_an_invite_with_nobody_else_says_so():
    draft = read(ics(ORGANIZER="ORGANIZER:mailto:noreply@greenhouse.io"))
    assert draft.interviewers == ()
    assert "the invite names nobody besides you; add the interviewers" in draft.notes


# --- Guesses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "company", "role", "stage"),
    [
        ("Interview: Data Engineer – Northwind", "Northwind", "Data Engineer", None),
        (
            "Northwind / Priya Raman — Data Engineer (Panel)",
            "Northwind",
            "Data Engineer",
            Stage.PANEL,
        ),
        ("Phone screen with Acme Corp", "Acme Corp", None, Stage.PHONE_SCREEN),
        (
            "Acme Corp Final Round: Product Designer",
            "Acme Corp",
            "Product Designer",
            Stage.FINAL_ROUND,
        ),
        ("Priya <> Northwind | Onsite", "Northwind", None, Stage.FINAL_ROUND),
        ("Data Engineer @ Northwind Traders", "Northwind Traders", "Data Engineer", None),
        ("Interview with Maria Lopez", "Northwind", None, None),
        (
            "Invitation: First round interview for the Staff Engineer role",
            "Northwind",
            "Staff Engineer",
            Stage.FIRST_ROUND,
        ),
        ("Priya Raman x Wayfinder Labs – technical interview", "Wayfinder Labs", None, None),
        ("Quick chat", "Northwind", None, None),
    ],
)
def test_company_role_and_stage_from_the_title(
    summary: str, company: str, role: str | None, stage: Stage | None
):
    draft = read(ics(SUMMARY=f"SUMMARY:{summary}"))
    assert (draft.company, draft.role, draft.stage) == (company, role, stage)
    guessed = "company guessed from the organizer's domain 'northwind.example'" in draft.notes
    assert guessed == (
        summary
        in {
            "Interview with Maria Lopez",
            "Quick chat",
            "Invitation: First round interview for the Staff Engineer role",
        }
    )


def test_a_title_company_matching_a_domain_wins():
    draft = read(ics(SUMMARY="SUMMARY:Priya Raman / Jordan / Northwind Traders"))
    assert draft.company == "Northwind Traders"


@pytest.mark.parametrize(
    ("organizer", "attendee", "company"),
    [
        ("mailto:hiring@mail.acme-corp.co.uk", None, "Acme Corp"),
        ("mailto:someone@gmail.com", None, None),
        (
            "mailto:noreply@greenhouse.io",
            "ATTENDEE;CN=Jo Park:mailto:jo.park@tidewater.example",
            "Tidewater",
        ),
    ],
)
def test_company_from_an_address_domain(organizer: str, attendee: str | None, company: str | None):
    draft = read(
        ics(
            *([attendee] if attendee else []),
            SUMMARY="SUMMARY:Interview",
            ORGANIZER=f"ORGANIZER:{organizer}",
        )
    )
    assert draft.company == company


def test_stage_from_the_description_says_so():
    draft = read(
        ics("DESCRIPTION:This is the final round of our process.", SUMMARY="SUMMARY:Northwind")
    )
    assert draft.stage is Stage.FINAL_ROUND
    assert "stage guessed from the description: final-round" in draft.notes


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("LOCATION:https://us02web.zoom.us/j/87654321098?pwd=abc",), Format.VIDEO),
        (("X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",), Format.VIDEO),
        (("DESCRIPTION:A video interview with the team.",), Format.VIDEO),
        (("LOCATION:Northwind\\, 221 Baker Street\\, London NW1 6XE",), Format.IN_PERSON),
        (("LOCATION:Northwind GmbH\\, Friedrichstraße 68\\, 10117 Berlin",), Format.IN_PERSON),
        (("DESCRIPTION:A short phone call with our recruiter.",), Format.PHONE),
        (("LOCATION:Conference room 4B",), None),
        ((), None),
    ],
)
def test_format_from_links_addresses_and_words(lines: tuple[str, ...], expected: Format | None):
    assert read(ics(*lines)).format is expected


# --- The round -------------------------------------------------------------------------


def test_a_confirmed_draft_becomes_a_round_with_fixed_offsets():
    draft = fixture("outlook_panel.ics")
    round_ = invite_to_round(draft, "Halvorsen Analytics", " Data  Engineer ", Stage.PANEL)
    assert (round_.company, round_.role, round_.stage) == (
        "Halvorsen Analytics",
        "Data Engineer",
        Stage.PANEL,
    )
    assert round_.start == draft.start and round_.end == draft.end
    assert round_.start.tzinfo == dt.timezone(dt.timedelta(hours=1))
    assert round_.time_zone == "Europe/Berlin"
    assert round_.format is Format.VIDEO
    assert round_.interviewers == draft.interviewers


def test_the_user_can_replace_the_format_and_the_interviewers():
    draft = fixture("google_meet.ics", default_zone="America/New_York")
    only = (
        Interviewer(
            name="Maria Lopez",
            email="maria.lopez@northwind.example",
            role=ParticipantRole.RECRUITER,
        ),
    )
    round_ = invite_to_round(
        draft,
        "Northwind",
        "Data Engineer",
        Stage.PHONE_SCREEN,
        format=Format.PHONE,
        interviewers=only,
    )
    assert (round_.format, round_.interviewers) == (Format.PHONE, only)


def test_a_round_needs_a_company_a_role_and_someone_to_thank():
    draft = read(ics(ORGANIZER=None))
    with pytest.raises(InviteError, match=r"^invite\.ics: the company is empty$"):
        invite_to_round(draft, "  ", "Data Engineer", Stage.PANEL)
    with pytest.raises(InviteError, match=r"^invite\.ics: no interviewer"):
        invite_to_round(draft, "Northwind", "Data Engineer", Stage.PANEL)


# --- Never a traceback -----------------------------------------------------------------

ROBUST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINES = sorted(
    {
        line
        for path in INVITES.glob("*.ics")
        for line in path.read_text("utf-8").replace("\r\n ", "").split("\r\n")
        if line
    }
    | {
        "DTSTART;VALUE=DATE:20260101",
        "DTSTART;TZID=Customized Time Zone:20260308T023000",
        "TZID:Customized Time Zone",
        "TZOFFSETFROM:+2500",
        "DURATION:-PT1H",
        "DTSTART:99991231T235959Z",
        "STATUS:CANCELLED",
        "METHOD:CANCEL",
    }
)


def only_user_errors(data: bytes | str) -> None:
    try:
        read(data, default_zone="America/New_York")
    except UserError as error:
        assert "\n" not in str(error) and str(error).startswith("invite.ics: ")


@ROBUST
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_nothing_but_a_user_error(data: bytes):
    only_user_errors(data)
    only_user_errors(b"BEGIN:VCALENDAR\r\n" + data)


@ROBUST
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=12)), max_size=40))
def test_shuffled_invitation_lines_raise_nothing_but_a_user_error(lines: list[str]):
    only_user_errors(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
        + "\r\n".join(lines)
        + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@ROBUST
@given(
    st.sampled_from(sorted(INVITES.glob("*.ics"))),
    st.integers(min_value=0),
    st.integers(min_value=0, max_value=40),
    st.binary(max_size=16),
)
def test_damaged_fixtures_raise_nothing_but_a_user_error(
    path: Path, at: int, cut: int, junk: bytes
):
    data = path.read_bytes()
    at %= len(data) + 1
    only_user_errors(data[:at] + junk + data[at + cut :])
