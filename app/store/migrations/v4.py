"""v4: the step tally and the reports' indexes, so a year's report reads in well under a
second at 100k complaints. The tally is filled after the last upgrade step (DERIVED).

The tables and indexes are defined here as they were at v4, not taken from app.store.models:
a later version may change the models, and an upgrade from v3 must still build v4 first."""

from __future__ import annotations

from peewee import (
    SQL,
    CharField,
    DateTimeField,
    IntegerField,
    Model,
)
from playhouse.migrate import SchemaMigrator

DERIVED = frozenset({"step_tally"})


class StepTally(Model):
    month = CharField(max_length=7)
    step_no = IntegerField()
    actor_id = IntegerField()
    minutes = IntegerField()
    passes = IntegerField()
    within = IntegerField()
    returned = IntegerField()

    class Meta:
        legacy_table_names = False  # index names as the models make them
        table_name = "step_tally"
        indexes = ((("month", "step_no", "actor_id", "minutes"), True),)


class Complaint(Model):
    """Only the columns of the index v4 adds."""

    received_at = DateTimeField()
    status = CharField()
    current_lane = CharField(null=True)
    channel = CharField()
    tier = CharField()
    subject_kind = CharField()
    subject_name = CharField()
    due_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)

    class Meta:
        legacy_table_names = False  # index names as the models make them
        table_name = "complaint"
        indexes = ((("received_at", "status", "current_lane", "channel", "tier",
                     "subject_kind", "subject_name", "due_at", "closed_at"), False),)


class StepRecord(Model):
    complaint_id = IntegerField(column_name="complaint_id")
    outcome = CharField(null=True)

    class Meta:
        legacy_table_names = False  # index names as the models make them
        table_name = "step_record"


def upgrade(migrator: SchemaMigrator) -> None:
    db = migrator.database
    with db.bind_ctx([StepTally, Complaint, StepRecord]):
        db.create_tables([StepTally])
        Complaint._schema.create_indexes(safe=True)
        # The revision loops of a period are counted from the returned passes only.
        db.execute(StepRecord.index(StepRecord.complaint_id, name="step_record_returned")
                   .where(SQL("\"outcome\" = 'dikembalikan'")).safe(True))
