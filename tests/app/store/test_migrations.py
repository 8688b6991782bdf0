"""Schema versions: an older database is upgraded on open, a newer one is refused."""

import sqlite3
from pathlib import Path

import pytest

from app.errors import SchemaTooNew
from app.store import migrations
from app.store.db import open_database
from app.store.models import Complaint, SchemaInfo, StepRecord

V1_DUMP = Path(__file__).parents[1] / "data" / "schema_v1.sql"


def test_fresh_database_gets_the_current_schema(sqlite_url):
    db = open_database(sqlite_url)
    assert migrations.schema_version(db) == migrations.SCHEMA_VERSION


def test_old_schema_database_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "lama.db"
    con = sqlite3.connect(path)
    con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    con.close()
    db = open_database("sqlite:///" + str(path))
    assert SchemaInfo.get().version == migrations.SCHEMA_VERSION
    complaint = Complaint.get()
    assert complaint.register_no == "0001/PENGADUAN/III/2026"
    assert complaint.lapor_ticket is None
    Complaint.update(lapor_ticket="LAPOR-123").execute()  # the new column works
    db.close()
    backup = tmp_path / "lama.db.v1.bak"
    assert backup.exists()  # the SQLite file was copied aside before upgrading
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version FROM schema_info").fetchone()[0] == 1
    old.close()


def test_old_schema_is_upgraded_on_postgres_too(pg_url):
    db = open_database(pg_url)
    _back_to_v3(db)
    for column in ("lapor_ticket", "search_text", "search_private"):  # back to v1
        db.execute_sql(f"ALTER TABLE complaint DROP COLUMN {column}")
    SchemaInfo.update(version=1).execute()
    db.close()
    db = open_database(pg_url)
    assert SchemaInfo.get().version == migrations.SCHEMA_VERSION
    columns = [c.name for c in db.get_columns("complaint")]
    assert {"lapor_ticket", "search_text", "search_private"} <= set(columns)
    assert db.table_exists("step_tally")


def _report_indexes(db):
    names = {i.name for model in (Complaint, StepRecord)
             for i in db.get_indexes(model._meta.table_name)}
    return {n for n in names if n == "step_record_returned" or "received_at_status" in n}


def _back_to_v6(db):
    """Undo v7 (the step's stored "due soon" instant): its index and column go."""
    db.execute_sql('DROP INDEX "complaint_status_step_soon_at"')
    db.execute_sql('ALTER TABLE "complaint" DROP COLUMN "step_soon_at"')


def _back_to_v5(db):
    """Undo v6 (the SOP outputs): its tables and columns go, as a v5 database had none."""
    from peewee import PostgresqlDatabase
    from playhouse.migrate import SchemaMigrator, migrate

    _back_to_v6(db)
    db.execute_sql('DROP TABLE "paraf"')
    # SQLite cannot drop a column with a foreign key in place: copy the table instead.
    legacy = {} if isinstance(db, PostgresqlDatabase) else {"legacy": True}
    migrate(SchemaMigrator.from_database(db).drop_column("document", "output_id", **legacy))
    db.execute_sql('DROP TABLE "step_output"')
    for table, column in (("complaint", "letter_number"), ("complaint", "letter_date"),
                          ("complaint", "letter_subject"), ("complaint", "division_code"),
                          ("complaint", "current_part"), ("step_record", "part")):
        db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')


def _back_to_v4(db):
    from app.store.migrations import v5

    _back_to_v5(db)

    frozen = [v5.CalendarDay, v5.CalendarYear, v5.HolidayOverride]
    with db.bind_ctx(frozen):
        db.drop_tables(frozen[:2])
        db.create_tables(frozen[2:])


def _back_to_v3(db):
    _back_to_v4(db)
    for name in _report_indexes(db):
        db.execute_sql(f'DROP INDEX "{name}"')
    db.execute_sql("DROP TABLE step_tally")


def test_v3_database_gets_its_step_tally_filled_from_the_step_records(db_url):
    import datetime as dt

    from app.services import demo
    from app.store import step_tally

    db = open_database(db_url)
    demo.generate(60, seed=3, at=dt.datetime(2026, 11, 27, 10))
    expected = step_tally.stored()
    assert len(_report_indexes(db)) == 2
    _back_to_v3(db)
    SchemaInfo.update(version=3).execute()
    db.close()
    db = open_database(db_url)
    assert SchemaInfo.get().version == migrations.SCHEMA_VERSION
    assert step_tally.stored() == expected and step_tally.verify() == []
    assert len(_report_indexes(db)) == 2


def test_newer_database_is_refused_with_a_clear_message(sqlite_url):
    db = open_database(sqlite_url)
    SchemaInfo.update(version=migrations.SCHEMA_VERSION + 1).execute()
    db.close()
    with pytest.raises(SchemaTooNew, match="versi Pengaduan yang lebih baru"):
        open_database(sqlite_url)


def test_foreign_tables_without_a_version_are_not_touched(tmp_path):
    path = tmp_path / "asing.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE complaint (id INTEGER PRIMARY KEY, x TEXT)")
    con.close()
    with pytest.raises(Exception, match="tanpa nomor versi"):
        open_database("sqlite:///" + str(path))


def test_upgrade_fills_the_search_column_so_old_complaints_are_found(tmp_path):
    from app.services import register

    path = tmp_path / "lama.db"
    con = sqlite3.connect(path)
    con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    con.close()
    open_database("sqlite:///" + str(path))
    found = register.complaint_ids(register.RegisterFilter(text="siti rahayu"))
    assert found == [Complaint.get().id]
