"""Use cases, composed from the core and the edges: one place for each.

The CLI and the web app call these; they never reach into files, the store
or the mail servers themselves.
"""

from followup.service.planning import PlannedRound, parse_moment, plan_files, read_policy

__all__ = ["PlannedRound", "parse_moment", "plan_files", "read_policy"]
