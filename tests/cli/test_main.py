"""The `pengaduan` command line, run as a real subprocess against a real database."""

import subprocess
import sys

import pytest


def pengaduan(url, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "cli", "--db", url, *args],
                          input=stdin, capture_output=True, text=True, timeout=300)


def test_init_user_demo_audit_and_backup(tmp_path):
    office = "sqlite:///" + str(tmp_path / "kantor.db")
    out = pengaduan(office, "init")
    assert out.returncode == 0, out.stderr
    assert "W.7-OT.01.02-566" in out.stdout
    out = pengaduan(office, "user", "add", "rina", "--role", "kasubag_pphti", "--full-name",
                    "Rina Marlina", "--password-stdin", stdin="sandi-rahasia\n")
    assert out.returncode == 0, out.stderr
    out = pengaduan(office, "user", "add", "x", "--role", "lurah", "--password-stdin",
                    stdin="sandi-rahasia\n")
    assert out.returncode == 1 and "Peran tidak dikenal" in out.stderr
    listing = pengaduan(office, "user", "list")
    assert "rina\tRina Marlina\tkasubag_pphti" in listing.stdout
    # Demo data and its well-known passwords never enter a database with real accounts.
    refused = pengaduan(office, "demo", "--complaints", "40")
    assert refused.returncode == 1
    # A try-out database: the demo, its audit chain and its backup.
    url = "sqlite:///" + str(tmp_path / "kanwil.db")
    out = pengaduan(url, "demo", "--complaints", "40", "--seed", "3")
    assert out.returncode == 0, out.stderr
    assert "40 pengaduan" in out.stdout
    again = pengaduan(url, "demo", "--complaints", "40", "--if-empty")
    assert again.returncode == 0 and "sudah berisi" in again.stdout
    assert pengaduan(url, "audit", "verify").returncode == 0
    backup = tmp_path / "cadangan" / "kanwil-2026.db"
    out = pengaduan(url, "backup", str(backup))
    assert out.returncode == 0, out.stderr
    copy = pengaduan("sqlite:///" + str(backup), "audit", "verify")
    assert copy.returncode == 0 and "utuh" in copy.stdout
    out = pengaduan(url, "backup", str(backup))
    assert out.returncode == 1 and "sudah ada" in out.stderr


def test_backup_of_postgres_points_to_pg_dump(pg_url):
    out = pengaduan(pg_url, "backup", "/tmp/tidak-dipakai.db")
    assert out.returncode == 1 and "pg_dump" in out.stderr


def test_network_share_is_refused_from_the_command_line():
    out = pengaduan("sqlite://fileserver/umum/pengaduan.db", "init")
    assert out.returncode == 1 and "PostgreSQL" in out.stderr


@pytest.mark.parametrize("args", [["--help"], ["demo", "--help"]])
def test_help_is_indonesian(args):
    out = subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and ("pengaduan" in out.stdout.lower())
