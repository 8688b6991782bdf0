"""Changes made on other workstations, pushed to this one.

PostgreSQL: every audited change (i.e. every change) sends NOTIFY on the channel
`pengaduan` inside its own transaction, so listeners hear of it exactly when it commits and
never of a rolled-back one. SQLite: `PRAGMA data_version` on a connection of our own changes
whenever any other connection commits; polling it is a cheap local read.

`ChangeFeed` runs in a background thread and calls `on_change(Change)` and
`on_connection(bool)`; the Qt layer turns those into signals. A lost server is retried
with back-off, and on return one "resync" change (complaint_id None) tells listeners to
reload, since notifications sent while away are lost.
"""

from __future__ import annotations

import contextlib
import json
import logging
import select
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlparse

from peewee import PostgresqlDatabase

from app.store.models import database

CHANNEL = "pengaduan"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    seq: int | None  # audit sequence number; None: "something changed, reload"
    action: str | None = None
    complaint_id: int | None = None


def notify(seq: int, action: str, complaint_id: int | None) -> None:
    """Queue a notification in the current transaction (PostgreSQL only; a no-op else)."""
    if isinstance(database.obj, PostgresqlDatabase):
        payload = json.dumps({"seq": seq, "action": action, "complaint": complaint_id})
        database.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, payload))


def parse_payload(payload: str) -> Change:
    try:
        data = json.loads(payload)
        return Change(data.get("seq"), data.get("action"), data.get("complaint"))
    except (ValueError, AttributeError):
        return Change(None)


class ChangeFeed:
    """Listen for changes in a daemon thread. `stop()` ends it within `poll_seconds`."""

    def __init__(self, url: str, on_change: Callable[[Change], None],
                 on_connection: Callable[[bool], None] = lambda _ok: None, *,
                 poll_seconds: float = 1.0, retry_seconds: float = 3.0):
        self.url, self.on_change, self.on_connection = url, on_change, on_connection
        self.poll_seconds, self.retry_seconds = poll_seconds, retry_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected: bool | None = None

    def start(self) -> ChangeFeed:
        scheme = urlparse(self.url).scheme
        target = self._run_postgres if scheme.startswith("postgres") else self._run_sqlite
        self._thread = threading.Thread(target=target, name="pengaduan-live", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=self.poll_seconds + 5)

    def _set_connected(self, ok: bool) -> None:
        if ok != self.connected:
            self.connected = ok
            self.on_connection(ok)

    def _run_postgres(self) -> None:
        import psycopg2

        first = True
        while not self._stop.is_set():
            try:
                conn = psycopg2.connect(self.url, connect_timeout=5)
                conn.autocommit = True
                with conn.cursor() as cur:
                    cur.execute(f"LISTEN {CHANNEL}")
            except psycopg2.Error as exc:
                log.info("live: tidak tersambung: %s", exc)
                self._set_connected(False)
                self._stop.wait(self.retry_seconds)
                continue
            self._set_connected(True)
            if not first:
                self.on_change(Change(None))  # we may have missed notifications
            first = False
            try:
                self._listen(conn)
            except (psycopg2.Error, OSError, ValueError) as exc:
                log.info("live: sambungan terputus: %s", exc)
                self._set_connected(False)
            finally:
                with contextlib.suppress(psycopg2.Error):
                    conn.close()  # already dead, most likely

    def _listen(self, conn) -> None:
        idle = 0.0
        while not self._stop.is_set():
            ready, _w, _x = select.select([conn], [], [], self.poll_seconds)
            if ready:
                conn.poll()
                while conn.notifies:
                    self.on_change(parse_payload(conn.notifies.pop(0).payload))
                idle = 0.0
            else:
                idle += self.poll_seconds
                if idle >= 10:  # a silent line may be a dead one: ask the server
                    with conn.cursor() as cur:
                        cur.execute("SELECT 1")
                    idle = 0.0

    def _run_sqlite(self) -> None:
        path = urlparse(self.url).path[1:]
        last = None
        conn = None
        while not self._stop.is_set():
            try:
                if conn is None:
                    conn = sqlite3.connect(path, timeout=5, check_same_thread=False)
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                self._set_connected(True)
                if last is not None and version != last:
                    self.on_change(Change(None))
                last = version
            except sqlite3.Error as exc:
                log.info("live: SQLite tidak terbaca: %s", exc)
                self._set_connected(False)
                conn = None
            self._stop.wait(self.poll_seconds)
        if conn is not None:
            conn.close()

