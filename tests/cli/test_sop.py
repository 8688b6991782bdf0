"""`pengaduan sop status` and `pengaduan sop adopsi`, as real subprocesses on SQLite and
PostgreSQL."""

from app.paths import default_sop_path
from tests.cli.test_main import pengaduan

PASSWORD = "sandi-rahasia\n"


def test_sop_status_and_adoption_from_the_command_line(db_url, tmp_path):
    out = pengaduan(db_url, "init")
    assert out.returncode == 0, out.stderr
    assert "W.7-OT.01.02-566" in out.stdout and "BERBEDA" not in out.stdout
    for name, role in (("admin", "administrator"), ("rina", "kasubag_pphti")):
        out = pengaduan(db_url, "user", "add", name, "--role", role, "--password-stdin",
                        stdin=PASSWORD)
        assert out.returncode == 0, out.stderr
    out = pengaduan(db_url, "sop", "status")
    assert out.returncode == 0, out.stderr
    assert "W.7-OT.01.02-566" in out.stdout and "sama dengan SOP yang berlaku" in out.stdout

    edited = tmp_path / "sop_revisi.toml"
    edited.write_text(default_sop_path().read_text(encoding="utf-8").replace(
        'nomor = "W.7-OT.01.02-566"', 'nomor = "W.7-OT.01.02-600"', 1), encoding="utf-8")
    broken = tmp_path / "sop_rusak.toml"
    broken.write_text("[identitas\n", encoding="utf-8")

    out = pengaduan(db_url, "sop", "adopsi", str(edited), "--user", "rina",
                    "--password-stdin", stdin=PASSWORD)
    assert out.returncode == 1 and "Hanya administrator" in out.stderr
    out = pengaduan(db_url, "sop", "adopsi", str(edited), "--user", "admin",
                    "--password-stdin", stdin="salah-sandi\n")
    assert out.returncode == 1 and "kata sandi salah" in out.stderr
    out = pengaduan(db_url, "sop", "adopsi", str(broken), "--user", "admin",
                    "--password-stdin", stdin=PASSWORD)
    assert out.returncode == 1
    assert "SOP tidak valid" in out.stderr and "sop_rusak.toml" in out.stderr
    out = pengaduan(db_url, "sop", "status")
    assert "sama dengan SOP yang berlaku" in out.stdout  # nothing changed by the refusals

    out = pengaduan(db_url, "sop", "adopsi", str(edited), "--user", "admin",
                    "--password-stdin", stdin=PASSWORD)
    assert out.returncode == 0, out.stderr
    assert "diberlakukan" in out.stdout and "W.7-OT.01.02-600" in out.stdout
    out = pengaduan(db_url, "sop", "status")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "W.7-OT.01.02-600" in lines[0]  # in force
    assert "BERBEDA" in lines[1] and "W.7-OT.01.02-566" in lines[1]  # this PC's file
    assert "pengaduan sop adopsi --user" in out.stdout
    out = pengaduan(db_url, "init")
    assert "W.7-OT.01.02-600" in out.stdout and "BERBEDA" in out.stdout

    # no file: this installation's bundled one
    out = pengaduan(db_url, "sop", "adopsi", "--user", "admin", "--password-stdin",
                    stdin=PASSWORD)
    assert out.returncode == 0 and "W.7-OT.01.02-566" in out.stdout, out.stderr
    out = pengaduan(db_url, "sop", "adopsi", "--user", "admin", "--password-stdin",
                    stdin=PASSWORD)
    assert out.returncode == 0 and "sudah berlaku" in out.stdout, out.stderr
    assert pengaduan(db_url, "audit", "verify").returncode == 0
