"""Render each naskah dinas from a sample complaint to PNG (first page) for the README.

    python -m tools.render_document_images [OUT_DIR]     # default: docs/img

Needs LibreOffice (soffice) and poppler's pdftoppm. Sample data is fictitious.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.naskah import versions  # noqa: E402
from app.naskah.pdf import convert_to_pdf  # noqa: E402
from app.office.vocab import DOC_TYPES  # noqa: E402
from app.services import accounts, sop_versions, workflow  # noqa: E402
from app.services.workflow import ComplaintInput, PelaporInput  # noqa: E402
from app.store.db import open_database  # noqa: E402
from tests.app.attachment_files import image_bytes, named_pdf  # noqa: E402

OFFICIALS = {
    "kakanwil": ("Dr. Harun Sulianto, S.H., M.H.", "197001011995031001"),
    "kadiv": ("Rina Marlina, S.H., M.Si.", "197503152000032001"),
    "kabag_p2": ("Agus Prasetyo, S.Kom., M.M.", "198002202005011002"),
    "kasubag_pphti": ("Dewi Anggraini, S.H.", "198806102010122003"),
    "divisi_terkait": ("Yusuf Hamdani, S.H.", "198304122008011004"),
}
DESCRIPTION = (
    "Pada hari Senin tanggal 23 November 2026 sekitar pukul 10.00 WIB, saya mengunjungi "
    "keluarga saya yang menjadi warga binaan. Petugas di pintu layanan kunjungan meminta uang "
    "sebesar Rp50.000 & mengatakan \"ini biaya administrasi\" tanpa kuitansi.\n"
    "Saya menolak, namun petugas tidak mengizinkan saya masuk sampai saya membayar.\n"
    "Mohon agar hal ini ditindaklanjuti.")
NOTES = {
    2: "Kadivmin agar segera menindaklanjuti dan mengonfirmasi kebenaran pengaduan.",
    3: "Kabag P2 proses sesuai SOP.",
    4: "Kasubag PPHTI telaah dan siapkan konsep nota dinas.",
    5: "Berkas lengkap: surat pengaduan dan foto loket kunjungan. Pengaduan memenuhi syarat "
       "untuk ditindaklanjuti oleh Divisi Pemasyarakatan.",
    11: "Kadiv agar memantau tindak lanjut dan menyiapkan laporan.",
    12: "Kabag P2 siapkan laporan pimpinan.",
    13: "Kasubag PPHTI kirim surat tanggapan kepada pelapor.",
}
# Each naskah at the step where the SOP makes it (app.services.permissions.naskah_steps):
# the receipt at registration, the telaahan at the review, the nota dinas as its draft,
# the answer with the division's report, the disposition sheet at Kakanwil's disposition of
# the report (listing the dispositions of steps 2-4).
MADE_AT = {"tanda_terima": 2, "hasil_telaahan": 5, "nota_dinas": 6, "surat_tanggapan": 10,
           "lembar_disposisi": 11}
EXTRA = {
    "lembar_disposisi": {"nomor_surat": "-", "tanggal_surat": "23 November 2026"},
    # The review's analysis is the note with which step 5 is forwarded, after it is made.
    "hasil_telaahan": {"kesimpulan": "Laporan pengaduan lengkap dan layak ditindaklanjuti.",
                       "analisis": NOTES[5]},
    "surat_tanggapan": {"isi_tanggapan": (
        "1. Pengaduan Saudara telah kami teruskan kepada Kepala Divisi Pemasyarakatan untuk "
        "diperiksa.\n2. Petugas yang bersangkutan telah diperiksa dan diberi sanksi disiplin "
        "sesuai ketentuan.\n3. Layanan kunjungan tidak dipungut biaya apa pun.")},
}


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        open_database(f"sqlite:///{work}/contoh.db")
        sop = sop_versions.current_sop()
        lanes = {lane.key for lane in sop.lanes}
        users = {lane: accounts.create_user(lane, name, "rahasia-123", [lane],
                                            valid_lanes=lanes, nip=nip,
                                            actor=accounts.COMMAND_LINE)
                 for lane, (name, nip) in OFFICIALS.items()}
        t = dt.datetime(2026, 11, 25, 8, 0)
        complaint = workflow.register_complaint(
            users["kasubag_pphti"],
            ComplaintInput(received_at=t, channel="surat", subject_kind="upt",
                           subject_name="Lapas Kelas IIA Pangkalpinang", category="pungli",
                           tier="pelanggaran", description=DESCRIPTION,
                           summary="Dugaan pungutan liar pada layanan kunjungan warga binaan"),
            PelaporInput(name="Budi Santoso", nik="1971010101010001",
                         address="Jl. Mentok No. 12, Pangkalpinang", phone="0812-7788-9900",
                         email="budi@example.id"),
            # Real files: registration checks every file's content.
            attachments=[("surat", "surat-pengaduan.pdf", named_pdf("surat pengaduan")),
                         ("lainnya", "foto-loket.jpg", image_bytes("JPEG"))], at=t)
        at = dt.datetime(2026, 11, 28, 9, 0)
        for doc_type in sorted(DOC_TYPES, key=MADE_AT.__getitem__):
            while complaint.current_step < MADE_AT[doc_type]:
                t += dt.timedelta(minutes=10)
                step = complaint.current_step
                complaint = workflow.forward(users[sop.acting_lane(step)], complaint.id,
                                             note=NOTES.get(step), at=t)
            made = versions.generate(users["kasubag_pphti"], complaint.id, doc_type, at=at,
                                     extra=EXTRA.get(doc_type))
            docx_path = versions.export_docx(made, work / f"doc_{doc_type}.docx")
            pdf = convert_to_pdf(docx_path, work)
            # First page at 100 dpi: legible in the README, small in the repository.
            subprocess.run([shutil.which("pdftoppm") or "pdftoppm", "-png",
                            "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(out_dir / f"doc_{doc_type}")], check=True)
            print(out_dir / f"doc_{doc_type}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img")
