"""One call per user intent: each checks who may do it now, runs its transaction and writes
its audit entry (accounts, settings, permissions, SOP versions, workflow, attachments,
register, case file, swimlane model)."""
