"""`pengaduan document` and `pengaduan template` from the command line."""

from __future__ import annotations

import docx
import pytest

from app.naskah import templates
from app.naskah.pdf import find_soffice
from app.services import naskah_records
from cli.main import main
from tests.conftest import advance_to


def test_document_command_writes_the_docx_and_stores_a_version(registered, db_url, tmp_path,
                                                               capsys):
    out = tmp_path / "tanda terima.docx"
    code = main(["document", "tanda_terima", registered.register_no, "--out", str(out),
                 "--db", db_url, "--user", "kasubag_pphti", "--set", "catatan=a\\nb"])
    assert code == 0
    assert "versi 1" in capsys.readouterr().out
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert "TANDA TERIMA PENGADUAN" in texts
    stored = naskah_records.document_versions(registered.id, "tanda_terima")
    assert [d.created_by.username for d in stored] == ["kasubag_pphti"]


def test_document_command_explains_an_unknown_register_number(db_url, users, tmp_path,
                                                              capsys):
    code = main(["document", "nota_dinas", "9999/X/2026", "--out", str(tmp_path / "x.docx"),
                 "--db", db_url])
    assert code == 1
    assert "tidak ditemukan" in capsys.readouterr().err


@pytest.mark.skipif(find_soffice() is None,
                    reason="LibreOffice (soffice) not installed: PDF test skipped")
def test_document_command_also_makes_the_pdf(registered, users, db_url, tmp_path):
    complaint = advance_to(registered, users, 6)  # the nota dinas is drafted at step 6
    out = tmp_path / "nd.docx"
    assert main(["document", "nota_dinas", complaint.register_no, "--out", str(out), "--pdf",
                 "--db", db_url]) == 0
    assert (tmp_path / "nd.pdf").read_bytes().startswith(b"%PDF")


def test_template_check_refuses_a_malicious_template(tmp_path, capsys):
    bad = tmp_path / "jahat.docx"
    doc = docx.Document()
    doc.add_paragraph("{{ cycler.__init__.__globals__ }}")
    doc.save(bad)
    assert main(["template", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Templat ditolak" in err and "__init__" in err


def test_template_replace_export_and_reset(db_url, users, registered, tmp_path, capsys):
    mine = tmp_path / "nd.docx"
    assert main(["template", "export", "nota_dinas", str(mine), "--db", db_url]) == 0
    assert mine.read_bytes() == templates.bundled_template("nota_dinas").read_bytes()
    custom = tmp_path / "kantor.docx"
    doc = docx.Document()
    doc.add_paragraph("NOTA KANTOR {{ nomor }}")
    doc.save(custom)
    assert main(["template", "replace", "nota_dinas", str(custom), "--db", db_url]) == 0
    assert templates.template_source("nota_dinas")["nama_berkas"] == "kantor.docx"
    assert main(["template", "reset", "nota_dinas", "--db", db_url]) == 0
    assert templates.template_source("nota_dinas") is None


def test_paragraphs_given_on_the_command_line_become_the_naskahs_paragraphs(
        registered, users, db_url, tmp_path):
    complaint = advance_to(registered, users, 6)  # the nota dinas is drafted at step 6
    out = tmp_path / "nd.docx"
    code = main(["document", "nota_dinas", complaint.register_no, "--out", str(out),
                 "--db", db_url, "--set", "isi=Paragraf satu.\\n\\nParagraf dua.",
                 "--set", "tembusan=Kepala Kantor Wilayah\\nKepala Divisi Administrasi"])
    assert code == 0
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert "Paragraf satu." in texts and "Paragraf dua." in texts
    joined = "\n".join(texts + [c.text for t in docx.Document(out).tables
                                for r in t.rows for c in r.cells])
    assert "2. Kepala Divisi Administrasi" in joined
