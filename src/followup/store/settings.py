"""The user's standing choices: the profile, the spelling dictionary, review rule levels.

Functions over a `Session` the caller opened. There is one profile; saving
replaces it. Dictionary words are kept as written (``dbt`` and ``DBT`` are
two words) and listed case-insensitively sorted. A rule setting maps a
review rule id to a `Severity`, or to None for a rule switched off.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from followup.errors import UserError
from followup.review import RULES, Severity
from followup.store.round_rows import candidate_data, candidate_from_data
from followup.store.schema import DictionaryWordRow, ProfileRow, RuleSettingRow
from followup.store.values import Profile

PROFILE_ID = 1
OFF = "off"


def save_profile(session: Session, profile: Profile, now: dt.datetime) -> None:
    overrides = json.loads(json.dumps(profile.policy_overrides))  # plain JSON data only
    person = candidate_data(profile.candidate)
    row = session.get(ProfileRow, PROFILE_ID) or ProfileRow(id=PROFILE_ID)
    row.name = person["name"]
    row.email = person["email"]
    row.phone = person["phone"]
    row.links = profile.candidate.links
    row.skills = profile.candidate.skills
    row.achievements = profile.candidate.achievements
    row.time_zone = person["time_zone"]
    row.tone = profile.candidate.tone
    row.country = profile.country
    row.region = profile.region
    row.policy_overrides = overrides
    row.updated_at = now
    session.add(row)


def load_profile(session: Session) -> Profile | None:
    row = session.get(ProfileRow, PROFILE_ID)
    if row is None:
        return None
    person = {
        "name": row.name,
        "email": row.email,
        "phone": row.phone,
        "links": row.links,
        "skills": row.skills,
        "achievements": row.achievements,
        "time_zone": row.time_zone,
        "tone": row.tone,
    }
    return Profile(
        candidate=candidate_from_data(person),
        country=row.country,
        region=row.region,
        policy_overrides=dict(row.policy_overrides),
    )


def add_words(session: Session, words: Iterable[str], now: dt.datetime) -> list[str]:
    """Add `words` (stripped, blanks skipped) to the dictionary; the ones that were new."""
    wanted = list(dict.fromkeys(word.strip() for word in words if word.strip()))
    known = set(
        session.scalars(select(DictionaryWordRow.word).where(DictionaryWordRow.word.in_(wanted)))
    )
    added = [word for word in wanted if word not in known]
    session.add_all(DictionaryWordRow(word=word, added_at=now) for word in added)
    return added


def remove_words(session: Session, words: Iterable[str]) -> list[str]:
    """Remove `words` from the dictionary; the ones that were there."""
    wanted = [word.strip() for word in words]
    found = list(
        session.scalars(select(DictionaryWordRow.word).where(DictionaryWordRow.word.in_(wanted)))
    )
    session.execute(delete(DictionaryWordRow).where(DictionaryWordRow.word.in_(found)))
    return found


def list_words(session: Session) -> list[str]:
    words = session.scalars(select(DictionaryWordRow.word))
    return sorted(words, key=lambda word: (word.casefold(), word))


def set_rule_level(session: Session, rule_id: str, level: Severity | None) -> None:
    """Re-grade rule `rule_id` to `level`, or switch it off with None."""
    known = {rule.id for rule in RULES}
    if rule_id not in known:
        raise UserError(f"no review rule {rule_id!r} — `followup rules` lists them")
    row = session.get(RuleSettingRow, rule_id) or RuleSettingRow(rule_id=rule_id)
    row.level = OFF if level is None else level.value
    session.add(row)


def reset_rule_level(session: Session, rule_id: str) -> bool:
    """Back to the rule's own severity; False if it had no setting."""
    row = session.get(RuleSettingRow, rule_id)
    if row is None:
        return False
    session.delete(row)
    return True


def rule_levels(session: Session) -> dict[str, Severity | None]:
    """Every rule setting: rule id → severity, or None for off (the reviewer's `RuleSettings`)."""
    rows = session.scalars(select(RuleSettingRow).order_by(RuleSettingRow.rule_id))
    return {row.rule_id: None if row.level == OFF else Severity(row.level) for row in rows}
