"""Naskah dinas: each template rendered from a complaint and read back with python-docx,
typed text exactly as typed, sandboxed templates, numbering across workstations, versions
and signed scans, PDF through LibreOffice."""

from __future__ import annotations

import datetime as dt
import io
import multiprocessing
import struct
import zlib
from pathlib import Path

import docx
import pytest
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.errors import DocumentError, NotPermitted
from app.naskah import documents
from app.office.vocab import DOC_TYPES
from app.services import naskah_records, settings, workflow
from app.store.models import Attachment, AuditEntry, Document, User
from tests.app.attachment_files import named_pdf
from tests.app.documents_worker import make_documents
from tests.conftest import T0, complaint_input, pelapor_input

AT = dt.datetime(2026, 11, 28, 9, 0)
# What people type: XML's specials, Indonesian and other scripts, docxtpl's and Jinja's own
# markers, tabs and line breaks.
TRICKY = ("Pungli & <biaya> \"admin\" 'kunjungan' di Lapas — Rp1.500.000,00; ½ ✓ é "
          "ꦧꦸꦢꦶ محمد 😊\nBaris kedua\tdengan tab {{ nomor }} {% if x %} {_{ }_} {_% %_} "
          "{# x #} </w:t> &amp; \\n ")
DESCRIPTION = (TRICKY * 60)[:5000]
NAME = "Ni Kadek O'Neil & <Putri> \"Ayu\" Widyaningsih"


# --------------------------------------------------------------------------- helpers

def read(document) -> docx.Document:
    return docx.Document(io.BytesIO(documents.document_content(document)))


def blocks(container):
    """Every paragraph, in reading order, descending into (nested) tables."""
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from blocks(cell)


def texts(document) -> list[str]:
    return [p.text for p in blocks(read(document))]


def rows(document) -> list[list[str]]:
    """Table rows as lists of cell texts (nested tables included)."""
    found = []

    def walk(container):
        for block in container.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    found.append([c.text for c in row.cells])
                    for cell in row.cells:
                        walk(cell)

    walk(read(document))
    return found


def field(document, label: str) -> str:
    """The value printed after `label` (and its colon, if any) in a table row."""
    for cells in rows(document):
        for i, text in enumerate(cells[:-1]):
            if text == label:
                rest = [c for c in cells[i + 1:] if c != ":"]
                return rest[0]
    raise AssertionError(f"{label!r} not found in {rows(document)}")


def tiny_png() -> bytes:
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80\x20\x20" * 8 for _ in range(8)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def template_with(tmp_path: Path, *lines: str, name: str = "templat.docx") -> Path:
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    path = tmp_path / name
    doc.save(path)
    return path


@pytest.fixture
def tricky(users):
    """A complaint whose every typed field holds what breaks naive templating."""
    return workflow.register_complaint(
        users["kasubag_pphti"],
        complaint_input(summary=TRICKY.strip()[:200], description=DESCRIPTION,
                        subject_name="Lapas Kelas IIA \"Tua-Tunu\" & <Rutan>",
                        lapor_ticket="LAPOR-2026-0042"),
        pelapor_input(name=NAME, address="Jl. Soekarno–Hatta No. 7\nRT 01/RW 02, Gabek"),
        attachments=[("surat", "surat & lampiran <1>.pdf", named_pdf("s"))], at=T0)


def walk_to(complaint, users, step_no, at):
    """Forward the complaint as the owner of each lane until it reaches `step_no`."""
    while complaint.current_step < step_no:
        lane = complaint.current_lane
        at += dt.timedelta(minutes=5)
        complaint = workflow.forward(User.get_by_id(users[lane].id), complaint.id,
                                     note=f"Disposisi langkah {complaint.current_step}",
                                     at=at)
    return complaint


# --------------------------------------------------------------------------- each template

def test_nota_dinas_prints_every_field_where_the_tata_naskah_puts_it(tricky, users):
    nd = documents.generate(users["kasubag_pphti"], tricky.id, "nota_dinas", at=AT)
    lines = texts(nd)
    assert nd.number == "W.7-UM.01.01-1"
    assert lines.count("NOTA DINAS") == 1 and f"NOMOR {nd.number}" in lines
    assert "KANTOR WILAYAH KEPULAUAN BANGKA BELITUNG" in lines
    assert "Telepon (0717) 422072, Faksimili (0717) 423018" in lines
    assert field(nd, "Yth.") == "Kepala Divisi Pemasyarakatan"  # "Lapas" -> Pemasyarakatan
    assert field(nd, "Dari") == "Kepala Kantor Wilayah"
    assert field(nd, "Tanggal") == "28 November 2026"
    assert field(nd, "Sifat") == "Segera"
    assert field(nd, "Lampiran") == "1 (satu) berkas"
    assert field(nd, "Hal") == "Tindak Lanjut Laporan Pengaduan Masyarakat"
    assert field(nd, "Pelapor") == NAME
    assert field(nd, "Pokok pengaduan") == tricky.summary
    assert DESCRIPTION in lines
    # Signature: jabatan with a comma, the name, NIP; three paraf boxes beside it.
    assert "Kepala Kantor Wilayah," in lines and "Kakanwil" in lines
    assert any(line.startswith("NIP. ") for line in lines)
    assert [r[1] for r in rows(nd) if r[0] in ("1.", "2.", "3.")] == [
        "Kasubag PPHTI", "Kabag P2", "Kadiv"]
    assert lines[lines.index("Tembusan:") + 1] == "1. Kepala Divisi Administrasi"


def test_lembar_disposisi_lists_the_dispositions_given(registered, users):
    complaint = walk_to(registered, users, 5, T0)
    sheet = documents.generate(users["kasubag_pphti"], complaint.id, "lembar_disposisi",
                               at=AT, extra={"nomor_surat": "12/X/2026"})
    assert field(sheet, "Nomor Agenda") == "0001/AGENDA/2026"
    assert field(sheet, "Surat dari") == "Budi Santoso"
    assert field(sheet, "Nomor Surat") == "12/X/2026"
    assert field(sheet, "Diterima Tgl.") == "25 November 2026"
    assert field(sheet, "Perihal") == registered.summary
    history = [r for r in rows(sheet) if r[0] in ("1", "2", "3")]
    assert [(r[2], r[3], r[4]) for r in history] == [
        ("Kakanwil", "Kadiv", "Disposisi langkah 2"), ("Kadiv", "Kabag P2", "Disposisi langkah 3"),
        ("Kabag P2", "Kasubag PPHTI", "Disposisi langkah 4")]
    lines = texts(sheet)
    assert "\u2612 Segera" in lines and "\u2610 Rahasia" in lines
    assert "\u2612 Kepala Divisi Administrasi" in lines


def test_hasil_telaahan_carries_the_review(tricky, users):
    review = documents.generate(users["kasubag_pphti"], tricky.id, "hasil_telaahan", at=AT,
                                extra={"analisis": "Berkas lengkap.\nLayak ditindaklanjuti.",
                                       "kesimpulan": "Lengkap."})
    lines = texts(review)
    assert "HASIL TELAAHAN" in lines and f"NOMOR {review.number}" in lines
    assert field(review, "Yth.") == "Kepala Bagian Program dan Pelaporan"
    assert field(review, "Pelapor") == NAME
    assert field(review, "NIK") == "1971010101010001"
    assert field(review, "Alamat") == "Jl. Soekarno–Hatta No. 7\nRT 01/RW 02, Gabek"
    assert field(review, "SP4N-LAPOR!") == "LAPOR-2026-0042"
    assert "1. surat & lampiran <1>.pdf (Surat pengaduan)" in lines
    assert "Berkas lengkap.\nLayak ditindaklanjuti." in lines and "Lengkap." in lines
    assert DESCRIPTION in lines


def test_surat_tanggapan_addresses_the_complainant(tricky, users):
    answer = documents.generate(users["kasubag_pphti"], tricky.id, "surat_tanggapan", at=AT,
                                extra={"isi_tanggapan": "Petugas telah dibina & ditegur."})
    assert field(answer, "Nomor") == "W.7-HM.02.01-1"
    assert "Pangkalpinang, 28 November 2026" in rows(answer)[1]  # on the Nomor line
    assert field(answer, "Hal").endswith(tricky.register_no)
    lines = texts(answer)
    assert f"Yth. Sdr. {NAME}" in lines
    assert "Jl. Soekarno–Hatta No. 7\nRT 01/RW 02, Gabek" in lines
    assert "Petugas telah dibina & ditegur." in lines


def test_tanda_terima_gives_the_register_number(tricky, users):
    receipt = documents.generate(users["kasubag_pphti"], tricky.id, "tanda_terima", at=AT)
    assert f"NOMOR {receipt.number}" in texts(receipt)
    assert field(receipt, "Nomor Register") == tricky.register_no
    assert field(receipt, "Nama Pelapor") == NAME
    assert field(receipt, "Pihak yang Diadukan") == tricky.subject_name
    assert field(receipt, "Diterima") == "25 November 2026 pukul 08.00 WIB"
    assert field(receipt, "Batas Penyelesaian") == documents.long_date(tricky.due_at)
    assert "1. surat & lampiran <1>.pdf" in texts(receipt)


def test_typed_text_comes_out_exactly_as_typed_in_every_template(tricky, users):
    for doc_type in DOC_TYPES:
        made = documents.generate(users["kasubag_pphti"], tricky.id, doc_type, at=AT,
                                  extra={"catatan": TRICKY, "isi_tanggapan": TRICKY,
                                         "analisis": TRICKY})
        joined = "\n".join(texts(made))
        assert tricky.summary in joined, doc_type
        if doc_type != "tanda_terima":
            assert TRICKY in joined, doc_type


def test_a_5000_character_description_is_kept_whole(tricky, users):
    nd = documents.generate(users["kasubag_pphti"], tricky.id, "nota_dinas", at=AT)
    assert len(DESCRIPTION) == 5000
    assert DESCRIPTION in texts(nd)


def test_characters_word_cannot_hold_are_dropped_not_fatal(users):
    # (NUL itself never reaches a document: PostgreSQL refuses it at intake.)
    assert documents.clean_text("a\x00b") == "ab"
    typed = "a\x01b\x07c\x0bd\r\ne\x0cf\ufffeg"
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(description=typed), pelapor_input(),
        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    nd = documents.generate(None, complaint.id, "nota_dinas", at=AT)
    assert "abc\nd\ne\nfg" in texts(nd)


def test_the_logo_from_settings_appears_in_the_kop(registered, users, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    settings.put("office_logo", str(logo))
    nd = documents.generate(users["kasubag_pphti"], registered.id, "nota_dinas", at=AT)
    assert len(read(nd).inline_shapes) == 1
    settings.put("office_logo", str(tmp_path / "hilang.png"))  # missing: no logo, no failure
    nd2 = documents.generate(users["kasubag_pphti"], registered.id, "nota_dinas", at=AT)
    assert len(read(nd2).inline_shapes) == 0


# --------------------------------------------------------------------------- confidentiality

@pytest.mark.parametrize("confidentiality", ["rahasia", "anonim"])
def test_divisi_terkait_does_not_learn_who_complained(users, confidentiality):
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality=confidentiality),
        pelapor_input(), attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    secrets = ("Budi Santoso", "1971010101010001", "0812-7788-9900", "budi@example.id")
    for doc_type in sorted(documents.ADDRESSED_TO_DIVISI):
        made = documents.generate(users["kasubag_pphti"], complaint.id, doc_type, at=AT)
        joined = "\n".join(texts(made))
        assert not any(s in joined for s in secrets), doc_type
        assert "Rahasia" in joined
    nd = naskah_records.latest(complaint.id, "nota_dinas")
    assert field(nd, "Pelapor") == "Dirahasiakan (identitas pelapor dilindungi)"
    assert field(nd, "Sifat") == "Rahasia"
    entry = AuditEntry.select().where(AuditEntry.action == "dokumen.buat").first()
    assert '"pelapor_dirahasiakan": true' in entry.detail
    # The receipt goes to the complainant: their own contact details stay on it (an
    # anonymous report keeps none at all).
    receipt = documents.generate(users["kasubag_pphti"], complaint.id, "tanda_terima", at=AT)
    assert field(receipt, "Telepon") == (
        "-" if confidentiality == "anonim" else "0812-7788-9900")
    # The hook for role-based masking: the caller may decide either way.
    shown = documents.generate(users["kakanwil"], complaint.id, "nota_dinas", at=AT,
                               mask_reporter=False)
    expected = "Anonim" if confidentiality == "anonim" else "Budi Santoso"
    assert field(shown, "Pelapor") == expected


# --------------------------------------------------------------------------- sandbox

MALICIOUS = [
    "{{ cycler.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ uraian.__class__ }}",
    "{{ uraian['__class__'] }}",
    "{{ lipsum.__globals__ }}",
    "{% include 'etc/passwd' %}",
    "{% import 'os' as os %}",
]


@pytest.mark.parametrize("payload", MALICIOUS)
def test_a_template_that_reaches_for_python_internals_is_refused(db, tmp_path, payload):
    path = template_with(tmp_path, "Nomor {{ nomor }}", payload)
    with pytest.raises(documents.TemplateError) as refused:
        documents.validate_template(path, "nota_dinas")
    assert refused.value.problems
    with pytest.raises(documents.TemplateError):
        documents.replace_template("nota_dinas", path, "admin")
    assert documents.template_source("nota_dinas") is None


def test_the_sandbox_holds_even_for_a_template_that_skipped_validation(registered):
    # e.g. a file swapped in the install folder: rendering itself refuses.
    path_bytes = io.BytesIO()
    doc = docx.Document()
    doc.add_paragraph("{{ uraian.__class__.__mro__ }}")
    doc.save(path_bytes)
    context = documents.build_context(registered, "nota_dinas")
    with pytest.raises(documents.TemplateError, match="tidak dapat diisi"):
        documents.render(path_bytes.getvalue(), context)


def test_broken_jinja_unknown_variables_and_non_docx_are_refused_with_the_reason(db,
                                                                                tmp_path):
    broken = template_with(tmp_path, "{% if nomor %}Nomor {{ nomor }}")
    with pytest.raises(documents.TemplateError, match="Jinja rusak"):
        documents.validate_template(broken, "nota_dinas")
    unknown = template_with(tmp_path, "{{ nomor }} {{ gaji_pegawai }} {{ nama_kabag }}",
                            name="u.docx")
    with pytest.raises(documents.TemplateError, match="gaji_pegawai, nama_kabag"):
        documents.validate_template(unknown, "nota_dinas")
    text = tmp_path / "surat.docx"
    text.write_text("bukan word")
    with pytest.raises(documents.TemplateError, match="bukan dokumen Word"):
        documents.validate_template(text)
    renamed = tmp_path / "templat.doc"
    renamed.write_bytes(template_with(tmp_path, "{{ nomor }}", name="x.docx").read_bytes())
    with pytest.raises(documents.TemplateError, match="bukan .docx"):
        documents.validate_template(renamed)
    huge = template_with(tmp_path, "{{ 'x' * 100000000 }}", name="h.docx")
    with pytest.raises(documents.TemplateError, match="terlalu besar"):
        documents.validate_template(huge)


def test_every_bundled_template_passes_its_own_validation(db):
    for doc_type in DOC_TYPES:
        check = documents.validate_template(documents.bundled_template(doc_type), doc_type)
        assert check.variables <= documents.VARIABLES.keys()
        assert not check.warnings


def test_administrator_replaces_a_template_for_every_workstation(registered, users, tmp_path):
    custom = template_with(tmp_path, "TEMPLAT KANTOR {{ nomor }} untuk {{ nomor_register }}")
    with pytest.raises(NotPermitted):
        documents.replace_template("tanda_terima", custom, users["kasubag_pphti"])
    documents.replace_template("tanda_terima", custom, users["admin"])
    assert documents.template_source("tanda_terima")["diganti_oleh"] == "admin"
    receipt = documents.generate(users["kasubag_pphti"], registered.id, "tanda_terima")
    assert texts(receipt) == [f"TEMPLAT KANTOR {receipt.number} untuk {registered.register_no}"]
    assert AuditEntry.select().where(AuditEntry.action == "templat.ganti").exists()
    documents.reset_template("tanda_terima", users["admin"])
    again = documents.generate(users["kasubag_pphti"], registered.id, "tanda_terima")
    assert "TANDA TERIMA PENGADUAN" in texts(again)


# --------------------------------------------------------------------------- numbers, versions

def test_numbers_run_per_type_and_restart_each_year(users):
    made = []
    for received in (T0, T0 + dt.timedelta(hours=1)):
        c = workflow.register_complaint(
            users["kasubag_pphti"], complaint_input(received_at=received), pelapor_input(),
            attachments=[("surat", "s.pdf", named_pdf("surat"))], at=received)
        made.append(c)
    first = documents.generate(None, made[0].id, "nota_dinas", at=AT)
    second = documents.generate(None, made[1].id, "nota_dinas", at=AT)
    receipt = documents.generate(None, made[0].id, "tanda_terima", at=AT)
    assert (first.number, second.number) == ("W.7-UM.01.01-1", "W.7-UM.01.01-2")
    assert receipt.number == "0001/TT-PENGADUAN/XI/2026"
    next_year = documents.generate(None, made[1].id, "surat_tanggapan",
                                   at=dt.datetime(2027, 1, 4, 8, 0))
    assert next_year.number == "W.7-HM.02.01-1"


def test_a_pattern_that_would_repeat_another_types_number_is_refused(registered, users):
    documents.generate(None, registered.id, "nota_dinas", at=AT)
    patterns = dict(settings.get("document_patterns"))
    patterns["hasil_telaahan"] = patterns["nota_dinas"]
    classes = dict(settings.get("document_classification"), hasil_telaahan="UM.01.01")
    settings.put("document_patterns", patterns)
    settings.put("document_classification", classes)
    with pytest.raises(DocumentError, match="sudah dipakai"):
        documents.generate(None, registered.id, "hasil_telaahan", at=AT)
    patterns["hasil_telaahan"] = "{nomor_tidak_ada}"
    settings.put("document_patterns", patterns)
    with pytest.raises(DocumentError, match="Pola nomor"):
        documents.generate(None, registered.id, "hasil_telaahan", at=AT)
    assert not naskah_records.document_versions(registered.id, "hasil_telaahan")  # rolled back


def test_revision_loop_keeps_every_draft_of_the_nota_dinas(registered, users, tmp_path):
    complaint = walk_to(registered, users, 6, T0)
    pphti, kabag = users["kasubag_pphti"], users["kabag_p2"]
    v1 = documents.generate(pphti, complaint.id, "nota_dinas", extra={"hal": "Konsep 1"})
    at = T0 + dt.timedelta(hours=3)
    complaint = workflow.forward(pphti, complaint.id, at=at)  # step 6: draft present
    complaint = workflow.forward(pphti, complaint.id, at=at + dt.timedelta(minutes=5))
    assert complaint.current_step == 8
    complaint = workflow.return_for_revision(kabag, complaint.id, note="Perbaiki hal.",
                                             at=at + dt.timedelta(minutes=10))
    v2 = documents.generate(pphti, complaint.id, "nota_dinas", extra={"hal": "Konsep 2"})
    # Kabag corrects the draft in Word and uploads it: a third version, same number.
    edited = tmp_path / "koreksi.docx"
    edited.write_bytes(documents.document_content(v2))
    v3 = documents.store_revision(kabag, complaint.id, "nota_dinas", edited.read_bytes(),
                                  step_no=8, filename=edited.name)
    versions = naskah_records.document_versions(complaint.id, "nota_dinas")
    assert [(d.version, d.step_no, d.created_by.username) for d in versions] == [
        (1, 6, "kasubag_pphti"), (2, 6, "kasubag_pphti"), (3, 8, "kabag_p2")]
    assert {d.number for d in versions} == {v1.number}
    assert field(versions[0], "Hal") == "Konsep 1"  # the first draft is still readable
    assert field(versions[1], "Hal") == "Konsep 2"
    assert v3.blob_id == v2.blob_id  # same bytes stored once
    with pytest.raises(DocumentError, match="bukan dokumen Word"):
        documents.store_revision(kabag, complaint.id, "nota_dinas", b"%PDF-1.4")


def test_the_signed_scan_becomes_the_signed_version(registered, users, tmp_path):
    v1 = documents.generate(users["kasubag_pphti"], registered.id, "nota_dinas")
    v2 = documents.generate(users["kasubag_pphti"], registered.id, "nota_dinas")
    signed = documents.attach_signed_scan(users["kakanwil"], v2, "nota-dinas-ttd.pdf",
                                          named_pdf("scan"))
    scan = Attachment.get_by_id(signed.signed_attachment_id)
    assert (scan.kind, scan.filename) == ("nota_dinas", "nota-dinas-ttd.pdf")
    assert Document.get_by_id(v1.id).signed_attachment_id is None
    with pytest.raises(DocumentError, match="sudah memiliki"):
        documents.attach_signed_scan(users["kakanwil"], signed, "lagi.pdf", named_pdf("2"))
    path = documents.export_docx(v1, tmp_path / documents.suggested_filename(v1))
    assert path.name == "nota_dinas_W.7-UM.01.01-1_v1.docx"
    assert path.read_bytes() == documents.document_content(v1)


def test_unknown_type_variable_or_complaint_is_a_clear_error(registered):
    with pytest.raises(DocumentError, match="Jenis naskah tidak dikenal"):
        documents.generate(None, registered.id, "surat_cinta")
    with pytest.raises(DocumentError, match="tidak dikenal: gaji"):
        documents.generate(None, registered.id, "nota_dinas", extra={"gaji": "1"})
    with pytest.raises(DocumentError, match="tidak ditemukan"):
        documents.generate(None, 999_999, "nota_dinas")


@pytest.mark.slow
def test_two_workstations_generating_at_once_never_share_a_number(db_url, users):
    complaints = [workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(), pelapor_input(),
        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0).id for _ in range(12)]
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    orders = [complaints, complaints[::-1]]  # both make every complaint's receipt
    workers = [ctx.Process(target=make_documents, args=(db_url, "kasubag_pphti", order,
                                                        "tanda_terima", barrier, results))
               for order in orders]
    for w in workers:
        w.start()
    made = [row for _ in workers for row in results.get(timeout=300)]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    stored = naskah_records.document_versions
    numbers = {}
    for cid in complaints:
        versions = stored(cid, "tanda_terima")
        assert [d.version for d in versions] == [1, 2]
        assert versions[0].number == versions[1].number
        numbers[cid] = versions[0].number
    assert len(set(numbers.values())) == len(complaints)  # never a duplicate
    assert sorted(int(n[:4]) for n in numbers.values()) == list(range(1, 13))  # no gap
    assert len(made) == 24


# --------------------------------------------------------------------------- formats, PDF

def test_dates_and_counts_in_indonesian():
    assert documents.long_date(dt.date(2026, 11, 28)) == "28 November 2026"
    assert documents.long_date(dt.datetime(2027, 2, 1, 7, 30)) == "1 Februari 2027"
    assert [documents.terbilang(n) for n in (1, 11, 12, 20, 21, 100, 115)] == [
        "satu", "sebelas", "dua belas", "dua puluh", "dua puluh satu", "seratus",
        "seratus lima belas"]


def test_readme_documents_every_variable():
    readme = (documents.bundled_template("nota_dinas").parent / "README.md").read_text()
    missing = [name for name in documents.VARIABLES if f"`{name}`" not in readme]
    assert not missing


def test_templates_are_rebuilt_byte_for_byte_by_their_script(tmp_path):
    from tools import build_templates

    folder = documents.bundled_template("nota_dinas").parent
    for path in build_templates.build(tmp_path):
        assert path.read_bytes() == (folder / path.name).read_bytes(), path.name


needs_soffice = pytest.mark.skipif(documents.find_soffice() is None,
                                   reason="LibreOffice (soffice) not installed: PDF tests "
                                          "skipped (.ci/run installs libreoffice-writer-nogui)")


@needs_soffice
@pytest.mark.slow
def test_pdf_through_libreoffice(registered, users, tmp_path):
    nd = documents.generate(users["kasubag_pphti"], registered.id, "nota_dinas")
    path = documents.export_docx(nd, tmp_path / "nd.docx")
    steps = []
    pdf = documents.convert_to_pdf(path, tmp_path / "pdf", progress=steps.append)
    assert pdf.read_bytes().startswith(b"%PDF") and len(steps) == 2


def test_pdf_without_libreoffice_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(documents, "WINDOWS_SOFFICE", ())
    if documents.find_soffice():
        pytest.skip("LibreOffice found outside PATH")
    with pytest.raises(documents.SofficeNotFound, match="LibreOffice tidak ditemukan"):
        documents.convert_to_pdf(tmp_path / "a.docx", tmp_path)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs a POSIX shell")
def test_a_hanging_libreoffice_is_stopped_after_the_timeout(tmp_path):
    hanging = tmp_path / "soffice"
    hanging.write_text("#!/bin/sh\nsleep 30\n")
    hanging.chmod(0o755)
    with pytest.raises(documents.PdfError, match="tidak selesai dalam"):
        documents.convert_to_pdf(tmp_path / "a.docx", tmp_path, timeout=0.5,
                                 soffice=str(hanging))
