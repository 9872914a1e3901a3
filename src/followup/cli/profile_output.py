"""The saved profile, for people and as JSON."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console

from followup.cli.app import OutputFormat
from followup.store import Profile


def profile_json(profile: Profile, location: str) -> dict[str, Any]:
    person = profile.candidate
    return {
        "name": person.name,
        "email": person.email,
        "phone": person.phone,
        "links": list(person.links),
        "time_zone": person.time_zone,
        "tone": person.tone.value if person.tone else None,
        "country": profile.country,
        "region": profile.region,
        "database": location,
    }


def print_profile(profile: Profile, location: str, output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        print(json.dumps(profile_json(profile, location), ensure_ascii=False, indent=2))  # noqa: T201
        return
    person = profile.candidate
    console = Console(highlight=False)
    console.print(f"Saved your profile in {location}:")
    where = person.time_zone or "this computer's time zone"
    holidays = (profile.country or "US") + (f"-{profile.region}" if profile.region else "")
    console.print(f"  {person.name} <{person.email}>, {where}, {person.tone or 'formal'} tone")
    if person.phone or person.links:
        console.print("  " + " · ".join([*([person.phone] if person.phone else []), *person.links]))
    console.print(f"  Business days follow the public holidays of {holidays}.")
    console.print("Next: `followup import INVITE.ics` or `followup add`.")
