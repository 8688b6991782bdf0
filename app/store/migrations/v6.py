"""v6: what each SOP step produces, stored as fields (issue 14): the complainant's letter on
the complaint, the division the nota dinas goes to, the sub-step within a step (the
Kakanwil's signature in step 9), the outputs' versions, the nota dinas versions' source
fields and the paraf; the search index over every field and output (issue 20: search_doc
with SQLite FTS5 or pg_trgm, filled by today's code after the upgrade, DERIVED). Existing
rows keep their meaning: no letter, part 0 (the step itself), documents not filled from
stored fields. Defined as at v6, not from app.store.models."""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, migrate

DERIVED: frozenset[str] = frozenset({"search_index"})


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


class SearchDoc(Model):
    id = BigIntegerField(primary_key=True)
    complaint = ForeignKeyField(Complaint, on_delete="CASCADE")
    private = BooleanField()
    body = TextField()
    text = TextField()

    class Meta:
        legacy_table_names = False
        table_name = "search_doc"


_SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, content='search_doc', "
    "content_rowid='id', tokenize='trigram case_sensitive 1')",
    "CREATE TRIGGER IF NOT EXISTS search_doc_ai AFTER INSERT ON search_doc BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER IF NOT EXISTS search_doc_ad AFTER DELETE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER IF NOT EXISTS search_doc_au AFTER UPDATE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
)
_POSTGRES_SEARCH = (
    "CREATE INDEX IF NOT EXISTS search_doc_body ON search_doc USING gin (body gin_trgm_ops)",
)


def upgrade(migrator: SchemaMigrator) -> None:
    db = migrator.database
    with db.bind_ctx([Complaint, User, Document, StepOutput, Paraf, SearchDoc]):
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
        db.create_tables([SearchDoc])
        if isinstance(migrator, PostgresqlMigrator):
            from app.store.search_index import require_pg_trgm  # a clear refusal

            require_pg_trgm(db)
        for statement in (_POSTGRES_SEARCH if isinstance(migrator, PostgresqlMigrator)
                          else _SQLITE_SEARCH):
            db.execute_sql(statement)
