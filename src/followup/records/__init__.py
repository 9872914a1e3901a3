"""The `records` edge: interview record files and policy files in, YAML out.

`load_round` / `load_round_text` / `round_from_data` turn a YAML or JSON
record (``records.md``) into a `followup.model.Round`, `dump_round` writes
one back losslessly, and `load_policy` reads a policy override file. Every
problem is a `followup.errors.RecordError` with one line naming the file,
the key path, the line and the problem.
"""

from followup.records.dump import dump_round
from followup.records.load import load_round, load_round_text, round_from_data
from followup.records.policy_file import load_policy, policy_to_dict

__all__ = [
    "dump_round",
    "load_policy",
    "load_round",
    "load_round_text",
    "policy_to_dict",
    "round_from_data",
]
