"""v6: what each SOP step produces, stored as fields (issue 14): the complainant's letter on
the complaint, the division the nota dinas goes to, the sub-step within a step (the
Kakanwil's signature in step 9), the outputs' versions, the nota dinas versions' source
fields and the paraf. Existing rows keep their meaning: no letter, part 0 (the step
itself), documents not filled from stored fields. Defined as at v6, not from
app.store.models."""

from __future__ import annotations

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator, migrate

DERIVED: frozenset[str] = frozenset()


class _Ref(Model):  # stands for an existing table a new one refers to (never created)
    class Meta:
        legacy_table_names = False


class Complaint(_Ref):
    class Meta:
        table_name = "complaint"


class User(_Ref):
    class Meta:
        table_name = "user"


class Document(_Ref):
    class Meta:
        table_name = "document"


class StepOutput(Model):
    complaint = ForeignKeyField(Complaint, on_delete="CASCADE")
    kind = CharField()
    version = IntegerField()
    step_no = IntegerField()
    pass_no = IntegerField(default=1)
    fields = TextField()
    created_by = ForeignKeyField(User, null=True)
    created_at = DateTimeField()

    class Meta:
        legacy_table_names = False  # index names as the models make them
        table_name = "step_output"
        indexes = ((("complaint", "kind", "version"), True),)


class Paraf(Model):
    document = ForeignKeyField(Document, on_delete="CASCADE")
    lane = CharField()
    actor = ForeignKeyField(User, null=True)
    at = DateTimeField()
    step_no = IntegerField()

    class Meta:
        legacy_table_names = False
        table_name = "paraf"
        indexes = ((("document", "lane"), True),)


def upgrade(migrator: SchemaMigrator) -> None:
    db = migrator.database
    with db.bind_ctx([Complaint, User, Document, StepOutput, Paraf]):
        db.create_tables([StepOutput])
        migrate(
            migrator.add_column("complaint", "letter_number", CharField(null=True)),
            migrator.add_column("complaint", "letter_date", DateField(null=True)),
            migrator.add_column("complaint", "letter_subject",
                                CharField(max_length=500, null=True)),
            migrator.add_column("complaint", "division_code", CharField(null=True)),
            migrator.add_column("document", "output_id",
                                ForeignKeyField(StepOutput, null=True, field=StepOutput.id)),
        )
        db.create_tables([Paraf])
        # NOT NULL with a default in one ALTER: playhouse's SQLite migrator would copy the
        # table to add the constraint, and dropping the old complaint table would cascade
        # to its step records.
        for table, column in (("complaint", "current_part"), ("step_record", "part")):
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" INTEGER NOT NULL '
                           "DEFAULT 0")
