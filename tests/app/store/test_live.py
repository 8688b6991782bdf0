"""Live updates: a NOTIFY reaches a second connection within a second (PostgreSQL); other
connections' commits are seen by polling data_version (SQLite)."""

import queue
import time

import pytest

from app.services import audit
from app.store import live
from app.store.db import open_database
from app.store.models import database


def _feed(url, **kwargs):
    changes = queue.Queue()
    states = queue.Queue()
    feed = live.ChangeFeed(url, changes.put, states.put, poll_seconds=0.1, **kwargs).start()
    assert states.get(timeout=10) is True  # connected
    return feed, changes


def test_notify_reaches_a_second_connection_within_one_second(pg_url):
    open_database(pg_url)
    feed, changes = _feed(pg_url)
    try:
        time.sleep(0.2)
        with database.atomic():
            entry = audit.record("uji.siaran", actor="tester", complaint_id=42)
        committed = time.perf_counter()
        change = changes.get(timeout=5)
        latency = time.perf_counter() - committed
        assert latency < 1.0, latency
        assert (change.seq, change.action, change.complaint_id) == (
            entry.seq, "uji.siaran", 42)
    finally:
        feed.stop()


def test_a_rolled_back_change_is_never_announced(pg_url):
    open_database(pg_url)
    feed, changes = _feed(pg_url)
    try:
        with pytest.raises(RuntimeError), database.atomic():
            audit.record("uji.batal", actor="tester")
            raise RuntimeError("batal")
        audit.record("uji.jadi", actor="tester")
        assert changes.get(timeout=5).action == "uji.jadi"
    finally:
        feed.stop()


def test_sqlite_poll_sees_commits_of_other_connections(sqlite_url):
    open_database(sqlite_url)
    feed, changes = _feed(sqlite_url)
    try:
        time.sleep(0.3)  # the feed has read its first data_version
        audit.record("uji.lokal", actor="tester")
        change = changes.get(timeout=5)
        assert change.seq is None  # SQLite says "something changed": reload
    finally:
        feed.stop()


def test_payload_that_is_not_ours_means_reload():
    assert live.parse_payload("bukan json") == live.Change(None)
