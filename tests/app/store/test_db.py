"""Opening the database: SQLite pragmas, URLs, and SQLite on a network share refused."""

import pytest

from app.errors import DatabaseConfigError
from app.store import db as dbmod
from app.store import network_share

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/umum /mnt/umum cifs rw,vers=3.0 0 0
fileserver:/export /srv/nfs nfs4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_sqlite_uses_wal_foreign_keys_and_a_busy_timeout(sqlite_url):
    database = dbmod.open_database(sqlite_url)
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


@pytest.mark.parametrize("url", ["sqlite://fileserver/umum/pengaduan.db",
                                 "sqlite://///fileserver/umum/pengaduan.db"])
def test_sqlite_on_a_unc_path_is_refused_pointing_to_postgres(url):
    with pytest.raises(DatabaseConfigError, match="PostgreSQL"):
        dbmod.connect(url)


@pytest.mark.parametrize("path, network", [
    ("/mnt/umum/data/pengaduan.db", True), ("/srv/nfs/pengaduan.db", True),
    ("/home/rina/pengaduan.db", False), ("/mnt/umumlain/x.db", False),
])
def test_sqlite_on_a_mounted_share_is_refused(path, network):
    kind = network_share.filesystem_type(path, MOUNTS)
    assert (kind in network_share.NETWORK_FILESYSTEMS) is network
    if network:
        with pytest.raises(DatabaseConfigError, match="jaringan"):
            network_share.refuse_network_path(path, MOUNTS)
    else:
        network_share.refuse_network_path(path, MOUNTS)


def test_unknown_url_scheme_is_explained():
    with pytest.raises(DatabaseConfigError, match="tidak dikenal"):
        dbmod.connect("mysql://x/y")


def test_environment_url_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("PENGADUAN_DB_URL", "sqlite:///" + str(tmp_path / "env.db"))
    assert dbmod.default_url().endswith("env.db")


def test_config_file_url_is_used(monkeypatch, tmp_path):
    from app.config import save_config

    monkeypatch.delenv("PENGADUAN_DB_URL", raising=False)
    monkeypatch.setenv("PENGADUAN_CONFIG", str(tmp_path / "config.json"))
    save_config({"database_url": "postgresql://u@server/kanwil"})
    assert dbmod.default_url() == "postgresql://u@server/kanwil"
    assert dbmod.describe_url(dbmod.default_url()) == "PostgreSQL: server/kanwil"


def test_unreachable_postgres_fails_with_a_connection_error():
    with pytest.raises(Exception, match="(?i)connect|refused|could not"):
        dbmod.open_database("postgresql://u:p@127.0.0.1:1/none?connect_timeout=2")
