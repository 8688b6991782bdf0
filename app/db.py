"""Opening the database: the embedded SQLite file by default, or the office's PostgreSQL.

`open_database(url)` connects, checks the schema version (upgrading an older database,
refusing a newer one) and binds every model. URLs: `sqlite:///C:/path/file.db`,
`postgresql://user:password@host:5432/dbname`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

from peewee import Database, InterfaceError, OperationalError, PostgresqlDatabase, SqliteDatabase
from playhouse.shortcuts import ReconnectMixin

from app import migrations
from app.errors import DatabaseConfigError
from app.i18n import _
from app.models import database
from app.paths import user_data_dir

ENV_URL = "PENGADUAN_DB_URL"
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "fuse.sshfs",
    "fuse.rclone", "davfs", "fuse.davfs2", "ncpfs", "lustre", "gpfs",
}
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


def default_url() -> str:
    """`PENGADUAN_DB_URL`, else the config file's URL, else the per-user SQLite file."""
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    from app.config import load_config

    configured = load_config().get("database_url")
    if configured:
        from app.connection import with_password

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
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # IMMEDIATE: a transaction takes the write lock up front, so two workstations never
        # deadlock upgrading read locks; the loser waits (busy_timeout) instead.
        return SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, timeout=15, lock_type="IMMEDIATE")
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
        .format(url=url))


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Connect to `url` (default: `default_url()`), bring the schema up to date, bind models.

    Raises DatabaseConfigError for an unusable location and SchemaTooNew for a database
    written by a newer program.
    """
    db = connect(url or default_url())
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if migrate:
        migrations.ensure_schema(db)
    return db


def _sqlite_path(parsed) -> str:
    # peewee/SQLAlchemy convention: sqlite:///relative.db, sqlite:////abs/file.db,
    # sqlite:///C:/abs/file.db on Windows.
    path = unquote(parsed.path)[1:]
    if parsed.netloc:  # sqlite://server/share/file.db is a UNC path in disguise
        return "//" + parsed.netloc + "/" + path
    return path or ":memory:"


def refuse_network_path(path: str, mounts: str | None = None) -> None:
    """Refuse an SQLite file on a network share: SQLite's locking is unreliable there
    (sqlite.org/useovernet.html), so concurrent workstations would corrupt it."""
    if _is_network_path(path, mounts):
        raise DatabaseConfigError(_(
            "Berkas SQLite '{path}' berada di folder jaringan. SQLite tidak aman dipakai "
            "bersama lewat jaringan karena penguncian berkasnya tidak andal. Untuk beberapa "
            "komputer, gunakan server PostgreSQL kantor (Pengaturan > Basis Data)."
        ).format(path=path))


def _is_network_path(path: str, mounts: str | None = None) -> bool:
    if path.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    return filesystem_type(path, mounts) in NETWORK_FILESYSTEMS


def filesystem_type(path: str, mounts: str | None = None) -> str | None:
    """The filesystem type of the deepest mount point holding `path` (from /proc/mounts)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return None
    target = os.path.abspath(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix)) and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_drive_is_remote(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
