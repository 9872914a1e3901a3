"""Use cases, composed from the core and the edges: one place for each.

The CLI and the web app call these; they never reach into files, the store
or the mail servers themselves.
"""

from followup.service.planning import (
    PlannedRound,
    Setting,
    parse_moment,
    plan_files,
    policy_settings,
    read_policy,
)

__all__ = [
    "PlannedRound",
    "Setting",
    "parse_moment",
    "plan_files",
    "policy_settings",
    "read_policy",
]
