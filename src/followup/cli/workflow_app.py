"""The workflow commands (issue 5), registered on the one `followup` app.

`followup.cli.app` imports this module last; the command modules only
define functions (their heavy imports happen when a command runs), so
`followup check` starts as fast as before.
"""

from followup.cli import round_commands, work_commands

__all__ = ["round_commands", "work_commands"]
