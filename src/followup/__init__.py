"""followup: the right follow-up, to the right person, at the right time."""

__version__ = "0.1.0"
