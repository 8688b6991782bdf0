"""`pengaduan cari`: the matches as the named user may see them, for scripts."""

from __future__ import annotations

from cli.main import main
from tests.app.attachment_files import named_pdf
from tests.conftest import T0, complaint_input, pelapor_input


def _register(users, confidentiality="biasa"):
    from app.services import workflow

    return workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(
            confidentiality=confidentiality, letter_number="W.7-UM.01.01-1473",
            description="Petugas meminta uang rokok kepada keluarga."),
        pelapor_input(name="Çahyani Putri"),
        attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)


def test_cari_prints_number_field_and_snippet(db_url, users, capsys):
    complaint = _register(users)
    assert main(["cari", "um.01.01", "--db", db_url, "--user", "kabag_p2"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    number, field, snippet = line.split("\t")
    assert number == complaint.register_no
    assert field == "Nomor surat"
    assert snippet == "W.7-[UM.01.01]-1473"


def test_cari_finds_an_accented_name_without_its_accent(db_url, users, capsys):
    complaint = _register(users)
    assert main(["cari", "cahyani", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith(complaint.register_no) and "[Çahyani] Putri" in out


def test_cari_hides_a_confidential_reporter_from_who_may_not_see_them(db_url, users, capsys):
    complaint = _register(users, "rahasia")
    for who in (["--user", "kabag_p2"], []):  # without --user: nobody's lanes
        for text in ("cahyani", "uang rokok"):
            assert main(["cari", text, "--db", db_url, *who]) == 0
            out = capsys.readouterr().out
            assert complaint.register_no not in out and "Tidak ada pengaduan" in out
    assert main(["cari", "uang rokok", "--db", db_url, "--user", "kakanwil"]) == 0
    assert "[uang rokok]" in capsys.readouterr().out


def test_cari_limits_the_matches(db_url, users, capsys):
    for _ in range(3):
        _register(users)
    assert main(["cari", "lapas", "--db", db_url, "--limit", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_cari_explains_an_unknown_user(db_url, users, capsys):
    assert main(["cari", "lapas", "--db", db_url, "--user", "tidakada"]) == 1
    assert "tidak ada" in capsys.readouterr().err
