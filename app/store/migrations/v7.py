"""v7: when the current step turns "due soon" (issue 18: a share of the step's standard
time used, `due_soon_step_percent`, instead of a fixed 30 minutes longer than most steps),
stored as complaint.step_soon_at so the register's filter stays an index range. Steps open
at the upgrade get it at 80 % (the setting's default) of the working time they were given,
counted on the office hours and national holidays (not the office's own days off: a step
is minutes long, and its next action stores the exact instant). Defined as at v7, not from
app.store.models."""

from __future__ import annotations

from peewee import DateTimeField, Model, PostgresqlDatabase
from playhouse.migrate import SchemaMigrator, migrate

from app.office.working_time import WorkingCalendar

DERIVED: frozenset[str] = frozenset()

SOON_PERCENT = 80.0


class Complaint(Model):
    step_started_at = DateTimeField(null=True)
    step_soon_at = DateTimeField(null=True)
    step_due_at = DateTimeField(null=True)

    class Meta:
        legacy_table_names = False
        table_name = "complaint"


def upgrade(migrator: SchemaMigrator) -> None:
    db = migrator.database
    if isinstance(db, PostgresqlDatabase):  # the search index's finer statistics (as at v7)
        db.execute_sql("ALTER TABLE search_doc ALTER COLUMN body SET STATISTICS 1000")
        db.execute_sql("ANALYZE search_doc")
    migrate(
        migrator.add_column("complaint", "step_soon_at", DateTimeField(null=True)),
        migrator.add_index("complaint", ("status", "step_soon_at"), False),
    )
    calendar = WorkingCalendar()
    with db.bind_ctx([Complaint]):
        rows = (Complaint.select(Complaint.id, Complaint.step_started_at, Complaint.step_due_at)
                .where(Complaint.step_started_at.is_null(False)
                       & Complaint.step_due_at.is_null(False)).tuples())
        for cid, started, due in list(rows):
            allowed = calendar.working_minutes_between(started, due)
            soon = calendar.add_working_minutes(started, allowed * SOON_PERCENT / 100)
            Complaint.update(step_soon_at=min(soon, due)).where(Complaint.id == cid).execute()
