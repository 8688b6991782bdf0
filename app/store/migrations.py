"""Schema versions and upgrades.

A fresh database gets the current schema. An older one is upgraded in one transaction on
open (an SQLite file is first copied aside as `<name>.v<N>.bak`). A newer one is refused:
an old program must not write into tables it does not understand.

To change the schema: change `app/models.py`, bump SCHEMA_VERSION, add `_to_v<N>` below.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import CharField, Database, PostgresqlDatabase, SqliteDatabase, TextField

from app import __version__
from app.errors import DatabaseConfigError, SchemaTooNew
from app.i18n import _
from app.store.models import (
    ALL_MODELS,
    GENESIS_HASH,
    AuditHead,
    Complaint,
    SchemaInfo,
    StepRecord,
    StepTally,
)

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

SCHEMA_VERSION = 4
_PG_LOCK_KEY = 7_566_2020  # advisory lock: workstations starting together migrate once


def _to_v2(migrator: SchemaMigrator) -> None:
    """v2: the SP4N-LAPOR! tracking number, so answers can be handed back by hand."""
    from playhouse.migrate import migrate

    migrate(migrator.add_column("complaint", "lapor_ticket", CharField(null=True)))


def _to_v3(migrator: SchemaMigrator) -> None:
    """v3: one search column per complaint, filled from what exists."""
    from playhouse.migrate import migrate

    from app.store.search_columns import backfill

    migrate(migrator.add_column("complaint", "search_text", TextField(null=True)),
            migrator.add_column("complaint", "search_private", TextField(null=True)))
    backfill()


def _to_v4(migrator: SchemaMigrator) -> None:
    """v4: the step tally and the reports' indexes, so a year's report reads in well under a
    second at 100k complaints; the tally is filled from the step records."""
    from app.store import step_tally

    migrator.database.create_tables([StepTally])
    for model in (Complaint, StepRecord):
        model._schema.create_indexes(safe=True)
    step_tally.rebuild()


UPGRADES: dict[int, Callable[[SchemaMigrator], None]] = {2: _to_v2, 3: _to_v3, 4: _to_v4}


def ensure_schema(db: Database) -> int:
    """Create, upgrade or refuse; returns the version the database now has."""
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_lock(%s)", (_PG_LOCK_KEY,))
    try:
        return _ensure_schema(db)
    finally:
        if isinstance(db, PostgresqlDatabase):
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (_PG_LOCK_KEY,))


def schema_version(db: Database) -> int | None:
    if not db.table_exists("schema_info"):
        return None
    row = SchemaInfo.select().order_by(SchemaInfo.id.desc()).first()
    return row.version if row else None


def _ensure_schema(db: Database) -> int:
    version = schema_version(db)
    if version is None:
        if db.table_exists("complaint"):
            raise DatabaseConfigError(
                _("Basis data berisi tabel Pengaduan tanpa nomor versi skema; tidak dibuka."))
        with db.atomic():
            db.create_tables(ALL_MODELS)
            SchemaInfo.create(version=SCHEMA_VERSION, app_version=__version__)
            AuditHead.create(seq=0, last_hash=GENESIS_HASH)
        return SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(_(
            "Basis data ini dibuat oleh versi Pengaduan yang lebih baru (skema {db}, program "
            "ini mengenal sampai {mine}). Perbarui program di komputer ini terlebih dahulu."
        ).format(db=version, mine=SCHEMA_VERSION))
    if version < SCHEMA_VERSION:
        _backup_sqlite(db, version)
        # playhouse.migrate loads only when there is something to upgrade (not every start)
        from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

        migrator = (PostgresqlMigrator(db) if isinstance(db, PostgresqlDatabase)
                    else SqliteMigrator(db))
        with db.atomic():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                UPGRADES[target](migrator)
            SchemaInfo.update(version=SCHEMA_VERSION, app_version=__version__).execute()
    return SCHEMA_VERSION


def _backup_sqlite(db: Database, version: int) -> Path | None:
    if not isinstance(db, SqliteDatabase) or db.database == ":memory:":
        return None
    source = Path(db.database)
    target = source.with_name(f"{source.name}.v{version}.bak")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(source, target)
    return target
