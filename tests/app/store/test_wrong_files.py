"""Wrong files and faults when opening the database: another program's database, a random
file or a folder, a network share behind a symbolic link or a FUSE mount, a full disk, and
a password in an unknown URL. Each gets a clear DatabaseConfigError, and nothing is changed."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from peewee import OperationalError

from app.errors import DatabaseConfigError, DiskFull, PengaduanError
from app.store import db as dbmod
from app.store import network_share


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(path):
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master "
                                                "WHERE type = 'table'"))
    finally:
        con.close()


# --------------------------------------------------------------------------- foreign files
@pytest.mark.parametrize("ddl", [
    "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT);"
    "INSERT INTO contacts (name) VALUES ('Ani')",
    "CREATE TABLE user (id INTEGER PRIMARY KEY, login TEXT)",
    "CREATE TABLE schema_info (id INTEGER PRIMARY KEY, name TEXT, revision INTEGER)",
], ids=["other-tables", "a-table-named-like-ours", "another-schema-info"])
def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path, ddl):
    path = tmp_path / "kontak.db"
    con = sqlite3.connect(path)
    con.executescript(ddl)
    con.commit()
    con.close()
    before, tables = _digest(path), _tables(path)
    with pytest.raises(DatabaseConfigError, match="bukan milik Pengaduan"):
        dbmod.open_database("sqlite:///" + str(path))
    assert _tables(path) == tables
    assert _digest(path) == before


def test_an_empty_sqlite_file_still_becomes_a_pengaduan_database(tmp_path):
    path = tmp_path / "kosong.db"
    sqlite3.connect(path).close()
    database = dbmod.open_database("sqlite:///" + str(path))
    database.close()
    assert "schema_info" in _tables(path)


def test_another_programs_tables_on_postgres_are_not_taken_over(pg_url):
    import psycopg2

    con = psycopg2.connect(pg_url)
    with con, con.cursor() as cur:
        cur.execute('CREATE TABLE "user" (id serial PRIMARY KEY, login text)')
    con.close()
    with pytest.raises(DatabaseConfigError, match="bukan milik Pengaduan"):
        dbmod.open_database(pg_url).close()
    con = psycopg2.connect(pg_url)
    with con, con.cursor() as cur:
        cur.execute("SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'public'")
        assert [r[0] for r in cur.fetchall()] == ["user"]
    con.close()


@pytest.mark.parametrize("content", [
    b"%PDF-1.4 surat pengaduan\n" * 100,
    b"hello",
    b"SQLite format 3\x00" + b"\xff" * 4000,
], ids=["a-pdf", "a-few-bytes", "damaged-sqlite"])
def test_a_file_that_is_no_database_is_refused_clearly(tmp_path, content):
    path = tmp_path / "pengaduan.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseConfigError, match="pengaduan.db") as info:
        dbmod.open_database("sqlite:///" + str(path))
    assert "SQLite" in str(info.value)
    assert path.read_bytes() == content


def test_a_folder_given_as_the_database_is_refused_clearly(tmp_path):
    with pytest.raises(DatabaseConfigError, match="folder"):
        dbmod.open_database("sqlite:///" + str(tmp_path))
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- network shares
MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/umum /mnt/umum cifs rw,vers=3.0 0 0
fileserver:/export /srv/nfs nfs4 rw 0 0
tmpfs {tmp} tmpfs rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev 0 0
smbnetfs /home/rina/smb fuse.smbnetfs rw 0 0
s3fs /mnt/arsip fuse.s3fs rw 0 0
rina@server:/data /mnt/ssh fuse.sshfs rw 0 0
sshfs#rina@server:/lama /mnt/ssh\\040lama fuse rw 0 0
/dev/sdb1 /media/usb\\040disk fuseblk rw 0 0
"""


@pytest.fixture
def mount_table(tmp_path, monkeypatch):
    """A fake /proc/self/mounts: this machine has no network mounts to test with."""
    text = MOUNTS.format(tmp=tmp_path)
    table = tmp_path / "mounts"
    table.write_text(text)
    monkeypatch.setattr(network_share, "MOUNT_TABLE", str(table), raising=False)
    return text


@pytest.mark.parametrize("path", [
    "/run/user/1000/gvfs/smb-share:server=fs,share=umum/pengaduan.db",
    "/home/rina/smb/FILESERVER/umum/pengaduan.db",
    "/mnt/arsip/pengaduan.db",
    "/mnt/ssh/pengaduan.db",
    "/mnt/ssh lama/pengaduan.db",
], ids=["gvfs", "smbnetfs", "s3fs", "sshfs", "old-style-sshfs"])
def test_fuse_network_mounts_are_refused(mount_table, path):
    with pytest.raises(DatabaseConfigError, match="jaringan"):
        network_share.refuse_network_path(path, mount_table)
    with pytest.raises(DatabaseConfigError, match="jaringan"):
        dbmod.connect("sqlite:///" + path)


def test_a_local_fuse_disk_is_not_a_network_share(mount_table):
    network_share.refuse_network_path("/media/usb disk/pengaduan.db", mount_table)


@pytest.mark.parametrize("share", ["/mnt/umum", "/srv/nfs"], ids=["cifs", "nfs"])
def test_a_symbolic_link_into_a_share_is_refused(tmp_path, mount_table, share):
    link = tmp_path / "data"
    link.symlink_to(share, target_is_directory=True)
    path = str(link / "pengaduan.db")
    with pytest.raises(DatabaseConfigError, match="jaringan"):
        network_share.refuse_network_path(path, mount_table)
    with pytest.raises(DatabaseConfigError, match="jaringan"):
        dbmod.connect("sqlite:///" + path)
    file_link = tmp_path / "pengaduan.db"
    file_link.symlink_to(share + "/pengaduan.db")
    with pytest.raises(DatabaseConfigError, match="jaringan"):
        network_share.refuse_network_path(str(file_link), mount_table)


def test_a_local_file_under_the_fake_table_opens(tmp_path, mount_table):
    dbmod.open_database("sqlite:///" + str(tmp_path / "lokal.db")).close()


# --------------------------------------------------------------------------- a full disk
# SQLite's page limit makes the disk "full" for real; PostgreSQL's disk cannot be filled here.
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_full_disk_is_named_rolled_back_and_not_blamed_on_the_network(users):
    from app.services import workflow
    from app.store.models import Blob, Complaint, Pelapor, StepRecord, User, database
    from tests.app.attachment_files import named_pdf
    from tests.conftest import T0, complaint_input, pelapor_input

    db = database.obj
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    before = (Complaint.select().count(), Pelapor.select().count(),
              StepRecord.select().count(), Blob.select().count())
    with pytest.raises(DiskFull) as info:
        workflow.register_complaint(
            pphti, complaint_input(description="Uraian panjang. " * 1000), pelapor_input(),
            attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)
    message = str(info.value)
    assert "penuh" in message and str(Path(db.database).resolve().parent) in message
    assert "jaringan" not in message and "rollback" not in message
    assert isinstance(info.value, PengaduanError)
    assert not isinstance(info.value, dbmod.DATABASE_ERRORS)  # screens do not say "offline"
    assert not db.in_transaction()
    assert (Complaint.select().count(), Pelapor.select().count(),
            StepRecord.select().count(), Blob.select().count()) == before
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    c = workflow.register_complaint(pphti, complaint_input(), pelapor_input(),
                                    attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    assert Complaint.get_by_id(c.id).register_no


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_full_disk_inside_a_nested_transaction_rolls_back_cleanly(db):
    from app.store.models import Setting, database

    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(DiskFull), database.atomic():
        Setting.create(key="a", value="1")
        with database.atomic():
            for n in range(100):
                Setting.create(key=f"k{n}", value="x" * 4000)
    assert Setting.select().where(Setting.key.in_(["a", "k0"])).count() == 0
    assert database.transaction_depth() == 0


def test_postgres_disk_full_is_named_too():
    class ServerError(Exception):
        pgcode = "53100"

    full = dbmod._disk_full(OperationalError(ServerError("could not extend file")), None)
    assert isinstance(full, DiskFull) and "server" in str(full)
    assert dbmod._disk_full(OperationalError("server closed the connection"), None) is None


# --------------------------------------------------------------------------- URLs
@pytest.mark.parametrize("url", [
    "mysql://root:S3cr3t-Kanwil@server/pengaduan",
    "postgresq://pengaduan:S3cr3t-Kanwil@server:5432/pengaduan",
    "postgresql+psycopg2://pengaduan:S3cr3t-Kanwil@server/pengaduan",
    "mssql://server/pengaduan?user=sa&password=S3cr3t-Kanwil",
])
def test_an_unknown_url_scheme_never_echoes_the_password(url):
    with pytest.raises(DatabaseConfigError, match="tidak dikenal") as info:
        dbmod.connect(url)
    assert "S3cr3t-Kanwil" not in str(info.value)
    assert "server" in str(info.value)


def test_the_connection_test_refuses_what_opening_would_refuse(tmp_path):
    from app.store.connection import ConnectionSettings, test_connection

    foreign = tmp_path / "kontak.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY)")
    con.close()
    for path, reason in ((foreign, "bukan milik Pengaduan"), (tmp_path, "folder")):
        ok, message = test_connection(ConnectionSettings(kind="sqlite", sqlite_path=str(path)))
        assert not ok and reason in message


def test_a_value_too_long_for_postgres_is_a_refused_input_not_a_lost_server(pg_url):
    from app.errors import ValidationError
    from app.store.models import Setting, database

    dbmod.open_database(pg_url)
    with pytest.raises(ValidationError, match="terlalu panjang"), database.atomic():
        Setting.create(key="k" * 300, value="1")
    assert Setting.select().where(Setting.key.startswith("kkk")).count() == 0
    database.close()
