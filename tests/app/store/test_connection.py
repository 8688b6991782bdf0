"""Connection settings: URL round trip, the password in the keyring and never in
config.json, and "Tes Koneksi" against the real local PostgreSQL."""

from __future__ import annotations

import json
import os
import socket
from urllib.parse import urlparse

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.store import connection
from app.store.connection import ConnectionSettings

PG_URL = os.environ.get("PENGADUAN_TEST_PG_URL")


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its secrets in a dict (no OS store in CI)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    path = tmp_path / "config.json"
    monkeypatch.setenv("PENGADUAN_CONFIG", str(path))
    monkeypatch.delenv("PENGADUAN_DB_URL", raising=False)
    return path


def pg_settings(**overrides) -> tuple[ConnectionSettings, str]:
    parsed = urlparse(PG_URL)
    values = dict(kind="postgresql", host=parsed.hostname, port=parsed.port or 5432,
                  database=parsed.path.lstrip("/"), user=parsed.username, sslmode="prefer")
    values.update(overrides)
    return ConnectionSettings(**values), parsed.password


needs_pg = pytest.mark.skipif(not PG_URL, reason="PENGADUAN_TEST_PG_URL not set")


def test_settings_survive_the_url_round_trip():
    s = ConnectionSettings(kind="postgresql", host="db.kanwil.local", port=5433,
                           database="pengaduan", user="petugas pengaduan", sslmode="require")
    assert ConnectionSettings.from_url(s.url()) == s
    assert "rahasia" not in s.url()
    assert ConnectionSettings.from_url(s.url("rahasia/@:")) == s
    assert connection.url_password(s.url("rahasia/@:")) == "rahasia/@:"
    lite = ConnectionSettings(kind="sqlite", sqlite_path="C:/Data Pengaduan/pengaduan.db")
    assert ConnectionSettings.from_url(lite.url()).sqlite_path == lite.sqlite_path


def test_saving_puts_the_password_in_the_keyring_not_in_config(memory_keyring, config_file):
    config_file.write_text(json.dumps({"other": 1}))
    s = ConnectionSettings(kind="postgresql", host="10.0.0.5", database="pengaduan",
                           user="pengaduan")
    connection.save(s, "Sandi-Kantor-2026")
    text = config_file.read_text()
    assert "Sandi-Kantor-2026" not in text
    assert json.loads(text) == {"other": 1, "database_url": s.url()}
    assert memory_keyring.secrets == {("pengaduan", s.keyring_key): "Sandi-Kantor-2026"}
    assert connection.configured() == s
    from app.store.db import default_url

    assert connection.url_password(default_url()) == "Sandi-Kantor-2026"


def test_first_run_has_no_settings(config_file):
    assert connection.configured() is None


@needs_pg
def test_tes_koneksi_succeeds_against_the_office_server():
    s, password = pg_settings()
    ok, message = connection.test_connection(s, password)
    assert ok, message
    assert "Koneksi berhasil" in message


@needs_pg
def test_a_wrong_password_is_named_as_such():
    s, _password = pg_settings()
    ok, message = connection.test_connection(s, "bukan-sandinya")
    assert not ok
    assert message == f"Kata sandi atau nama pengguna '{s.user}' salah."


@needs_pg
def test_a_missing_database_is_named():
    s, password = pg_settings(database="tidak_ada_di_server")
    ok, message = connection.test_connection(s, password)
    assert not ok
    assert "Basis data 'tidak_ada_di_server' tidak ada" in message


def test_an_unknown_host_is_named():
    s = ConnectionSettings(kind="postgresql", host="server-tidak-ada.invalid")
    ok, message = connection.test_connection(s, "x")
    assert not ok and "tidak dikenal" in message


def test_a_closed_port_is_refused():
    s = ConnectionSettings(kind="postgresql", host="127.0.0.1", port=1)
    ok, message = connection.test_connection(s, "x")
    assert not ok and "menolak sambungan" in message


def test_a_silent_server_times_out():
    # A listening socket nobody answers on: the handshake waits until the timeout.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        s = ConnectionSettings(kind="postgresql", host="127.0.0.1",
                               port=silent.getsockname()[1], sslmode="disable")
        ok, message = connection.test_connection(s, "x", timeout=1)
    assert not ok
    assert "tidak menjawab (batas waktu habis)" in message


def test_sqlite_on_a_network_share_is_refused():
    ok, message = connection.test_connection(
        ConnectionSettings(kind="sqlite", sqlite_path="//fileserver/bersama/pengaduan.db"))
    assert not ok and "folder jaringan" in message


def test_a_local_sqlite_file_is_accepted(tmp_path):
    ok, message = connection.test_connection(
        ConnectionSettings(kind="sqlite", sqlite_path=str(tmp_path / "pengaduan.db")))
    assert ok, message
