"""Schema versions and upgrades.

A fresh database gets the current schema from app.store.models. An older one is upgraded in
one transaction on open (an SQLite file is first copied aside as `<name>.v<N>.bak`). A newer
one is refused: an old program must not write into tables it does not understand.

Each upgrade is a module `v<N>.py` that carries its own frozen table definitions (never the
current models: an upgrade from v3 must build v4's tables as v4 had them, whatever v7 did to
the models since). Data derived from other tables (the search columns, the step tally) is
recomputed once, by today's code, after the last upgrade: each module names what it made
stale in DERIVED. tests/app/store/test_upgrades.py upgrades a database made by every
earlier program and compares the result with a fresh one.

To change the schema: change app/store/models.py, bump SCHEMA_VERSION, add `v<N>.py`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from app import __version__
from app.errors import DatabaseConfigError, SchemaTooNew
from app.i18n import _
from app.store.models import ALL_MODELS, GENESIS_HASH, AuditHead, SchemaInfo

SCHEMA_VERSION = 7
_PG_LOCK_KEY = 7_566_2020  # advisory lock: workstations starting together migrate once


def _rebuild_search_columns() -> None:
    from app.store.search_columns import backfill

    backfill()


def _rebuild_step_tally() -> None:
    from app.store import step_tally

    step_tally.rebuild()


def _rebuild_search_index() -> None:
    from app.store import search_index

    search_index.rebuild()


# What an upgrade can leave stale, and how today's code recomputes it.
_REBUILDERS = {"search_columns": _rebuild_search_columns, "step_tally": _rebuild_step_tally,
               "search_index": _rebuild_search_index}


def _upgrades():
    """The upgrade modules by target version; imported (with playhouse.migrate) only when a
    database needs upgrading, not at every start."""
    from app.store.migrations import v2, v3, v4, v5, v6, v7

    return {2: v2, 3: v3, 4: v4, 5: v5, 6: v6, 7: v7}


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


def refuse_foreign(db: Database) -> None:
    """A database that is not Pengaduan's is neither opened nor given our tables: a
    schema_info without our columns, tables named like ours without a version, or (an
    SQLite file, which belongs to one program) any table at all without our schema_info."""
    tables = [t for t in db.get_tables() if not t.startswith("sqlite_")]
    if "schema_info" in tables:
        columns = {c.name for c in db.get_columns("schema_info")}
        if {"version", "app_version"} <= columns:
            return
    elif not tables:
        return
    if "complaint" in tables and "schema_info" not in tables:
        raise DatabaseConfigError(
            _("Basis data berisi tabel Pengaduan tanpa nomor versi skema; tidak dibuka."))
    ours = {model._meta.table_name for model in ALL_MODELS}
    # A PostgreSQL database may hold other programs' tables beside ours, not in their place.
    if isinstance(db, SqliteDatabase) or "schema_info" in tables or set(tables) & ours:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise DatabaseConfigError(_(
            "Basis data ini bukan milik Pengaduan (berisi tabel {tables} dari program lain); "
            "tidak dibuka dan tidak diubah. Pilih berkas basis data Pengaduan atau nama "
            "berkas baru.").format(tables=shown))


def _ensure_schema(db: Database) -> int:
    refuse_foreign(db)
    version = schema_version(db)
    if version is None:
        if db.table_exists("complaint"):
            raise DatabaseConfigError(
                _("Basis data berisi tabel Pengaduan tanpa nomor versi skema; tidak dibuka."))
        with db.atomic():
            db.create_tables(ALL_MODELS)
            _create_index_objects(db)
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
        from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

        migrator = (PostgresqlMigrator(db) if isinstance(db, PostgresqlDatabase)
                    else SqliteMigrator(db))
        with db.atomic():
            stale: set[str] = set()
            upgrades = _upgrades()
            for target in range(version + 1, SCHEMA_VERSION + 1):
                step = upgrades[target]
                step.upgrade(migrator)
                stale |= step.DERIVED
            for name in sorted(stale):
                _REBUILDERS[name]()
            SchemaInfo.update(version=SCHEMA_VERSION, app_version=__version__).execute()
    return SCHEMA_VERSION


def _create_index_objects(db: Database) -> None:
    """What the models cannot declare: the search index's FTS5 table and triggers or its
    pg_trgm GIN index (the v6 upgrade makes the same from its frozen copy)."""
    from app.store import search_index

    search_index.create_objects(db)


def _backup_sqlite(db: Database, version: int) -> Path | None:
    if not isinstance(db, SqliteDatabase) or db.database == ":memory:":
        return None
    source = Path(db.database)
    target = source.with_name(f"{source.name}.v{version}.bak")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(source, target)
    return target
