"""Opening the database: the embedded SQLite file by default, or the office's PostgreSQL.

`open_database(url)` connects, checks the schema version (upgrading an older database,
refusing a newer one) and binds every model. URLs: `sqlite:///C:/path/file.db`,
`postgresql://user:password@host:5432/dbname`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

from peewee import (
    Database,
    DatabaseError,
    DataError,
    InterfaceError,
    OperationalError,
    PostgresqlDatabase,
    SqliteDatabase,
)
from playhouse.shortcuts import ReconnectMixin

from app.errors import DatabaseConfigError, DiskFull, ValidationError
from app.i18n import _
from app.office import wording
from app.office.zones import DEFAULT_ZONE, set_office_zone
from app.paths import user_data_dir
from app.store import clock, migrations
from app.store.models import Complaint, Setting, database
from app.store.network_share import refuse_network_path
from app.store.sqlite_file import refuse_non_sqlite_file

log = logging.getLogger(__name__)

ENV_URL = "PENGADUAN_DB_URL"
# What "the database is unavailable or refused the command" raises, whatever the backend:
# catch these (`except DATABASE_ERRORS`) where a screen must survive a lost server, so that
# no caller above this layer names the driver or peewee. Errors a user can cause are
# PengaduanError; these are the ones the network and the server cause.
DATABASE_ERRORS: tuple[type[Exception], ...] = (DatabaseError, InterfaceError)
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15000,  # workstations of one machine wait for each other, not fail
    "synchronous": "normal",  # safe with WAL; a power cut loses at most the last commit
    "cache_size": -32000,
}


class OfficePostgresDatabase(ReconnectMixin, PostgresqlDatabase):
    """PostgreSQL that reconnects by itself after a server restart or a pulled cable.

    Only statements outside a transaction are retried (peewee's ReconnectMixin refuses to
    retry inside one); an action that dies mid-transaction is rolled back by the server and
    reported to the user, never half-done."""

    reconnect_errors = (
        (OperationalError, "server closed the connection"),
        (OperationalError, "terminating connection"),
        (OperationalError, "could not receive data"),
        (OperationalError, "could not send data"),
        (OperationalError, "connection reset"),
        (OperationalError, "no connection to the server"),
        (OperationalError, "ssl syscall error"),
        (InterfaceError, "connection already closed"),
        (InterfaceError, "cursor already closed"),
    )

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except OperationalError as exc:
            _raise_disk_full(exc, None)
            raise
        except DataError as exc:
            # A value over a column's length (SQLSTATE 22001): the services check every
            # typed field first (app.services.fields); this is the net below them, so that
            # a missed one is a refused input, not "the server cannot be reached".
            if getattr(getattr(exc, "orig", None), "pgcode", None) != "22001":
                raise
            raise ValidationError(_("Isian terlalu panjang untuk basis data; tidak ada yang "
                                    "tersimpan. Persingkat isian lalu coba lagi.")) from exc


class OfficeSqliteDatabase(SqliteDatabase):
    """SQLite whose full disk is reported as such. On "database or disk is full" SQLite has
    already rolled the transaction back itself; peewee's own ROLLBACK would then fail with
    "cannot rollback - no transaction is active" and hide the cause (and a screen would
    blame the network). Here that rollback is skipped and the error becomes DiskFull."""

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self._open_transaction():
            return None  # SQLite rolled the whole transaction back already
        try:
            return super().execute_sql(sql, params)
        except OperationalError as exc:
            _raise_disk_full(exc, self.database)
            raise

    def commit(self):
        try:
            return super().commit()
        except OperationalError as exc:
            _raise_disk_full(exc, self.database)
            raise

    def rollback(self):
        if not self.is_closed() and not self._open_transaction():
            return None
        return super().rollback()

    def _open_transaction(self) -> bool:
        return self._state.conn is not None and self._state.conn.in_transaction


def _raise_disk_full(exc: Exception, where: str | None) -> None:
    full = _disk_full(exc, where)
    if full is not None:
        raise full from exc


def _disk_full(exc: Exception, where: str | None) -> DiskFull | None:
    """DiskFull for an error that says the disk is full (SQLite's SQLITE_FULL, PostgreSQL's
    SQLSTATE 53100), naming the disk; None for any other error."""
    original = getattr(exc, "orig", exc)  # peewee keeps the driver's error as `orig`
    if getattr(original, "pgcode", None) == "53100":
        return DiskFull(_(
            "Disk server basis data penuh; perubahan ini dibatalkan dan tidak ada yang "
            "tersimpan. Minta petugas TI mengosongkan ruang di disk server PostgreSQL, lalu "
            "coba lagi."))
    if "database or disk is full" not in str(exc).lower():
        return None
    folder = Path(where).resolve().parent if where and where != ":memory:" else None
    try:
        free = wording.file_size(shutil.disk_usage(folder).free) if folder else "?"
    except OSError:
        free = "?"
    return DiskFull(_(
        "Disk tempat berkas basis data penuh ({folder}, sisa {free}); perubahan ini "
        "dibatalkan dan tidak ada yang tersimpan. Kosongkan ruang di disk itu, lalu coba "
        "lagi.").format(folder=folder or where, free=free))


def default_url() -> str:
    """`PENGADUAN_DB_URL`, else the config file's URL, else the per-user SQLite file."""
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    from app.config import load_config

    configured = load_config().get("database_url")
    if configured:
        from app.store.connection import with_password

        return with_password(configured)  # the password lives in the OS keyring
    return "sqlite:///" + str(user_data_dir() / "pengaduan.db")


def describe_url(url: str) -> str:
    """For the status bar: the SQLite file or the PostgreSQL host and database, no password."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        return _("SQLite: {path}").format(path=_sqlite_path(parsed))
    return _("PostgreSQL: {host}/{db}").format(host=parsed.hostname or "localhost",
                                                db=parsed.path.lstrip("/"))


def connect(url: str) -> Database:
    """Make the peewee database for `url` (not yet bound to the models)."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = _sqlite_path(parsed)
        if path != ":memory:":
            refuse_network_path(path)
            refuse_non_sqlite_file(path)
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # IMMEDIATE: a transaction takes the write lock up front, so two workstations never
        # deadlock upgrading read locks; the loser waits (busy_timeout) instead.
        return OfficeSqliteDatabase(path, pragmas=SQLITE_PRAGMAS, timeout=15,
                                    lock_type="IMMEDIATE")
    if parsed.scheme in ("postgres", "postgresql"):
        params = dict(parse_qsl(parsed.query))
        return OfficePostgresDatabase(
            parsed.path.lstrip("/"),
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname, port=parsed.port or 5432,
            connect_timeout=int(params.pop("connect_timeout", 5)), **params,
        )
    raise DatabaseConfigError(
        _("Alamat basis data tidak dikenal: {url} (gunakan sqlite:/// atau postgresql://)")
        .format(url=redact_url(url)))


def redact_url(url: str) -> str:
    """`url` fit for a message or a log: the password (and anything that might be one)
    left out, whatever the scheme."""
    try:
        parsed = urlparse(url)
        netloc = parsed.netloc
    except ValueError:
        return _("(alamat tidak terbaca)")
    if "@" in netloc:
        userinfo, _at, host = netloc.rpartition("@")
        user, colon, _secret = userinfo.partition(":")
        netloc = f"{user}:***@{host}" if colon else netloc
    query = "&".join(f"{k}=***" if "pass" in k.lower() else f"{k}={v}"
                     for k, v in parse_qsl(parsed.query, keep_blank_values=True))
    return parsed._replace(netloc=netloc, query=query).geturl()


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Connect to `url` (default: `default_url()`), bring the schema up to date, bind models.

    Raises DatabaseConfigError for an unusable location and SchemaTooNew for a database
    written by a newer program.
    """
    db = connect(url or default_url())
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if migrate:
            migrations.ensure_schema(db)
    except DatabaseError as exc:
        if not isinstance(db, SqliteDatabase):
            raise  # the server: DATABASE_ERRORS, as a lost connection is
        db.close()
        raise DatabaseConfigError(_(
            "Berkas basis data '{path}' tidak dapat dibuka sebagai basis data SQLite ({e})."
        ).format(path=db.database, e=exc)) from exc
    if migrate:
        sync_clock(db)
    return db


# The office's zone is an office setting (app.services.settings.OfficeSettings.office_zone);
# the clock reads it here, below the services, when it measures the server's clock.
ZONE_SETTING = "office_zone"


def sync_clock(db: Database) -> None:
    """Measure the time of record for app.store.clock: the office's zone from the settings,
    and on PostgreSQL the server's clock; again every few minutes from then on."""

    def measure() -> None:
        if db.in_transaction():  # never inside a caller's transaction: ask again next time
            clock.measure_soon()
            return
        try:
            _read_zone()
            if isinstance(db, PostgresqlDatabase):
                before = clock.workstation_clock()
                (server,) = db.execute_sql("SELECT clock_timestamp()").fetchone()
                after = clock.workstation_clock()
                clock.set_offset(server - (before + (after - before) / 2), measure)
            else:
                clock.set_offset(None, measure)
        except DATABASE_ERRORS as exc:  # a lost connection keeps the last measurement
            log.warning("jam server tidak dapat dibaca: %s", exc)

    measure()


def _read_zone() -> None:
    row = Setting.get_or_none(Setting.key == ZONE_SETTING)
    try:
        name = json.loads(row.value) if row else DEFAULT_ZONE
        set_office_zone(name)
    except (KeyError, TypeError, ValueError):  # edited outside the program
        log.warning("zona waktu kantor %r tidak dikenal; %s dipakai",
                    row.value if row else None, DEFAULT_ZONE)
        set_office_zone(DEFAULT_ZONE)


def _sqlite_path(parsed) -> str:
    # peewee/SQLAlchemy convention: sqlite:///relative.db, sqlite:////abs/file.db,
    # sqlite:///C:/abs/file.db on Windows.
    path = unquote(parsed.path)[1:]
    if parsed.netloc:  # sqlite://server/share/file.db is a UNC path in disguise
        return "//" + parsed.netloc + "/" + path
    return path or ":memory:"


def as_datetime(value) -> dt.datetime | None:
    """A DATETIME column read with plain SQL, as the driver returns it: text from SQLite (as
    peewee stored it), a datetime already from PostgreSQL."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


_SETTINGS_LOCK_KEY = 7_566_2021  # advisory lock: one change of the office's settings at a time


def lock_settings() -> None:
    """Changes of the office's settings wait for each other until the caller's transaction
    ends: on PostgreSQL two administrators saving at once would each check against the old
    values (READ COMMITTED) and the second would overwrite the first unnoticed, its audit
    naming the wrong old value. SQLite's IMMEDIATE transactions already serialise writers."""
    if getattr(database.obj, "for_update", False):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_SETTINGS_LOCK_KEY,))


def locked_complaint(complaint_id: int) -> Complaint | None:
    """The complaint row, locked on PostgreSQL until the caller's transaction ends, so two
    workstations writing to the same complaint wait for each other (SQLite's IMMEDIATE
    transactions already serialise writers); None when there is no such complaint."""
    query = Complaint.select().where(Complaint.id == complaint_id)
    if getattr(database.obj, "for_update", False):
        query = query.for_update()
    return query.first()
