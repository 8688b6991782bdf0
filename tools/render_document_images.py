"""Render each naskah dinas from a sample complaint to PNG (first page) for the README.

    python -m tools.render_document_images [OUT_DIR]     # default: docs/img

Needs LibreOffice (soffice) and poppler's pdftoppm. Sample data is fictitious.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.naskah import versions  # noqa: E402
from app.naskah.pdf import convert_to_pdf  # noqa: E402
from app.office.vocab import DOC_TYPES  # noqa: E402
from app.services import accounts, settings, sop_versions, workflow  # noqa: E402
from app.services.workflow import ComplaintInput, PelaporInput  # noqa: E402
from app.store.db import open_database  # noqa: E402
from tests.app.attachment_files import image_bytes, named_pdf  # noqa: E402
from tests.conftest import provide_kelengkapan  # noqa: E402

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
# the report.
MADE_AT = {"tanda_terima": 2, "hasil_telaahan": 5, "nota_dinas": 6, "surat_tanggapan": 10,
           "lembar_disposisi": 11}
LETTER = {"nomor_surat": "01/BS/XI/2026", "tanggal_surat": "24 November 2026",
          "perihal_surat": "Pengaduan pungutan liar pada layanan kunjungan"}
# What the officials type before generating: realistic text in every field a person writes.
EXTRA = {
    "tanda_terima": {"diserahkan_langsung": True},
    "lembar_disposisi": LETTER | {"catatan": NOTES[11]},
    "hasil_telaahan": {
        "persoalan": "Laporan pengaduan Sdr. Budi Santoso tentang dugaan pungutan liar sebesar "
                     "Rp50.000 pada layanan kunjungan warga binaan di Lapas Kelas IIA "
                     "Pangkalpinang.",
        "praanggapan": "Layanan kunjungan warga binaan tidak dipungut biaya; pungutan tanpa "
                       "dasar hukum merupakan pelanggaran disiplin pegawai.",
        "fakta": "1. Pengaduan diterima melalui surat tanggal 24 November 2026 beserta foto "
                 "loket kunjungan.\n2. Pelapor menyebutkan waktu kejadian, tempat dan ciri "
                 "petugas.\n3. Identitas pelapor lengkap dan dapat dihubungi.",
        "analisis": NOTES[5],
        "kesimpulan": "Laporan pengaduan lengkap dan layak ditindaklanjuti.",
        "saran": "Laporan pengaduan diteruskan kepada Kepala Divisi Pemasyarakatan melalui "
                 "nota dinas untuk diperiksa dan ditindaklanjuti."},
    "nota_dinas": {"isi": [
        "Sehubungan dengan laporan pengaduan masyarakat yang diterima pada tanggal 25 "
        "November 2026 melalui surat dari Sdr. Budi Santoso, perihal dugaan pungutan liar "
        "pada layanan kunjungan warga binaan di Lapas Kelas IIA Pangkalpinang, dengan hormat "
        "kami sampaikan bahwa pelapor dimintai uang sebesar Rp50.000 tanpa kuitansi dan tidak "
        "diizinkan masuk sebelum membayar.",
        "Berkenaan dengan hal tersebut, mohon Saudara menindaklanjuti laporan pengaduan "
        "dimaksud sesuai dengan ketentuan peraturan perundang-undangan dan menyampaikan "
        "laporan atau press release hasil tindak lanjutnya kepada Kepala Kantor Wilayah "
        "paling lambat 16 Desember 2026.",
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."]},
    "surat_tanggapan": {"isi_tanggapan": [
        "Pengaduan Saudara telah kami teruskan kepada Kepala Divisi Pemasyarakatan untuk "
        "diperiksa. Petugas yang bersangkutan telah diperiksa dan dijatuhi hukuman disiplin "
        "sesuai dengan ketentuan peraturan perundang-undangan.",
        "Kami tegaskan bahwa layanan kunjungan warga binaan tidak dipungut biaya apa pun. "
        "Apabila Saudara kembali menemui pungutan, mohon segera melaporkannya melalui "
        "SP4N-LAPOR! atau langsung kepada kami."]},
}


def emblem() -> bytes:
    """A fictitious round emblem for the kop (the office sets its real logo)."""
    picture = Image.new("RGB", (320, 320), "white")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((8, 8, 312, 312), outline=(24, 54, 120), width=16)
    draw.ellipse((44, 44, 276, 276), fill=(24, 54, 120))
    draw.polygon([(160, 70), (250, 240), (70, 240)], fill=(214, 168, 40))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


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
        settings.set_office_logo(emblem(), filename="lambang.png", actor=accounts.COMMAND_LINE)
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
                user = users[complaint.current_lane]
                # What each step needs before it is forwarded (the telaahan, the nota
                # dinas and its signed scan, the division's answer), as the tests do it.
                provide_kelengkapan(complaint, step, user, t)
                complaint = workflow.forward(user, complaint.id, note=NOTES.get(step), at=t)
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
