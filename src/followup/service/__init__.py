"""Use cases, composed from the core and the edges: one place for each.

The CLI and the web app call these; they never reach into files, the store
or the mail servers themselves. Import the module of the use case
(`followup.service.planning`, `followup.service.reviewing`, …): this package
imports nothing itself, so a command loads only what it uses.
"""
