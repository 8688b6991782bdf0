"""The catalogue of naskah dinas: every variable a template may use, what it holds and an
example value, and the fixed choices (sifat, disposition instructions). The types and who
reads each are DOC_TYPES and DOC_READERS in app.office.vocab."""

from __future__ import annotations

from typing import Any

from app.office.vocab import DISPOSITION_INSTRUCTIONS, DOC_TYPES

PLACEHOLDER = "." * 60  # a line to write on by hand, for what the program cannot know

# Every variable a template may use (the program provides all of them for every type).
# resources/templates/README.md documents them; a test keeps the two in step.
VARIABLES: dict[str, str] = {
    "logo": "logo kantor dari pengaturan (kosong bila tidak ada)",
    "kop_kementerian": "nama kementerian",
    "kop_kantor": "nama kantor wilayah",
    "kop_alamat": "alamat kantor",
    "kop_kontak": "Telepon ..., Faksimili ...",
    "kop_laman": "Laman ..., email ...",
    "jenis_dokumen": "nama jenis naskah (Nota Dinas, ...)",
    "nomor": "nomor naskah (pola per jenis dan tahun)",
    "versi": "nomor versi naskah",
    "langkah": "langkah SOP saat naskah dibuat",
    "tanggal": "tanggal naskah (28 November 2026)",
    "tempat": "kota kantor",
    "tempat_tanggal": "kota dan tanggal naskah (Pangkalpinang, 28 November 2026)",
    "yth": "tujuan naskah (Yth.)",
    "dari": "pengirim naskah (Dari)",
    "sifat": "sifat naskah (Biasa, Segera, Rahasia)",
    "sifat_kode": "sifat sebagai kode: sangat_segera, segera, rahasia, biasa",
    "lampiran": "jumlah lampiran (1 (satu) berkas) atau -",
    "hal": "perihal naskah",
    "tembusan": "daftar tembusan (teks)",
    "penandatangan_jabatan": "jabatan penanda tangan",
    "penandatangan_nama": "nama lengkap penanda tangan",
    "penandatangan_nip": "NIP penanda tangan",
    "paraf": "daftar pejabat yang memaraf: p.jabatan, p.nama, p.tanggal (kosong bila belum)",
    "petugas_nama": "nama pengguna yang membuat naskah",
    "petugas_nip": "NIP pengguna yang membuat naskah",
    "petugas_jabatan": "jabatan pengguna yang membuat naskah",
    "nomor_register": "nomor register pengaduan",
    "tanggal_diterima": "tanggal pengaduan diterima",
    "waktu_diterima": "tanggal dan jam pengaduan diterima",
    "saluran": "saluran pengaduan",
    "kategori": "kategori pengaduan",
    "tingkat": "tingkat penyelesaian pengaduan",
    "jenis_terlapor": "jenis pihak yang diadukan (Divisi, UPT, Lainnya)",
    "terlapor": "nama pihak yang diadukan",
    "ringkasan": "ringkasan pengaduan",
    "uraian": "uraian pengaduan (apa adanya, dengan baris barunya)",
    "kerahasiaan": "kerahasiaan pengaduan (Biasa, Rahasia, Anonim)",
    "tiket_lapor": "nomor tiket SP4N-LAPOR! atau -",
    "batas_waktu": "batas waktu penyelesaian pengaduan",
    "pelapor_dirahasiakan": "benar bila identitas pelapor disembunyikan di naskah ini",
    "pelapor_nama": "nama pelapor (Anonim / Dirahasiakan bila perlu)",
    "pelapor_nik": "NIK pelapor",
    "pelapor_alamat": "alamat pelapor",
    "pelapor_telepon": "telepon pelapor",
    "pelapor_email": "email pelapor",
    "penerima": "penerima surat tanggapan (Sdr. ...)",
    "penerima_alamat": "alamat penerima surat tanggapan",
    "lampiran_berkas": "daftar berkas pengaduan: b.nama, b.jenis",
    "nomor_surat": "nomor surat pelapor, atau -",
    "tanggal_surat": "tanggal surat pelapor, atau -",
    "perihal_surat": "perihal surat pelapor (bila kosong: ringkasan pengaduan)",
    "nomor_agenda": "nomor agenda (lembar disposisi): nomor register pengaduan",
    "diserahkan_langsung": "benar bila pengaduan diserahkan langsung (tanda terima: "
                           "tanda tangan Yang Menyerahkan)",
    "disposisi_dari": "jabatan pemberi disposisi tingkat ini (lembar disposisi)",
    "diteruskan": "tujuan disposisi tingkat ini: d.jabatan, d.dicentang",
    "instruksi": "instruksi disposisi tingkat ini: i.teks, i.dicentang",
    "disposisi": "riwayat disposisi: d.tanggal, d.dari, d.kepada, d.isi, d.oleh",
    "catatan": "isi disposisi tingkat ini (lembar disposisi)",
    "persoalan": "persoalan (hasil telaahan)",
    "praanggapan": "praanggapan (hasil telaahan)",
    "fakta": "fakta-fakta yang mempengaruhi (hasil telaahan)",
    "analisis": "analisis (hasil telaahan)",
    "kesimpulan": "kesimpulan (hasil telaahan)",
    "saran": "saran (hasil telaahan)",
    "isi": "isi nota dinas: daftar paragraf",
    "divisi_terkait": "nama divisi yang menindaklanjuti (tujuan nota dinas)",
    "jawaban_divisi": "jawaban divisi terkait (langkah 10)",
    "isi_tanggapan": "isi jawaban kepada pelapor (surat tanggapan): daftar paragraf",
}
LIST_VARIABLES = frozenset({"tembusan", "paraf", "lampiran_berkas", "diteruskan", "instruksi",
                            "disposisi", "isi", "isi_tanggapan"})

SIFAT = {"sangat_segera": "Sangat Segera", "segera": "Segera", "rahasia": "Rahasia",
         "biasa": "Biasa"}
INSTRUCTIONS = DISPOSITION_INSTRUCTIONS


def sample_context(doc_type: str) -> dict[str, Any]:
    """Example values for every variable (validation's trial render, documentation)."""
    person = {"jabatan": "Kepala Bagian Program dan Pelaporan", "nama": "Nama Pejabat"}
    context: dict[str, Any] = {name: f"<{name}> & \"contoh\" 'é'" for name in VARIABLES}
    context.update(logo="", pelapor_dirahasiakan=False, sifat_kode="segera",
                   diserahkan_langsung=True, isi=[context["isi"], context["isi"]],
                   isi_tanggapan=[context["isi_tanggapan"]],
                   tembusan=["Kepala Divisi Administrasi"],
                   paraf=[person | {"tanggal": "25-11-2026"}, person | {"tanggal": ""}],
                   lampiran_berkas=[{"nama": "surat.pdf", "jenis": "Surat pengaduan"}],
                   diteruskan=[{"jabatan": "Kepala Divisi Administrasi", "dicentang": True}],
                   instruksi=[{"teks": "Proses lebih lanjut", "dicentang": True}],
                   disposisi=[{"tanggal": "25-11-2026 08.10", "dari": "Kakanwil",
                               "kepada": "Kadiv", "isi": "Tindak lanjuti", "oleh": "Nama"}],
                   jenis_dokumen=DOC_TYPES.get(doc_type, doc_type))
    return context
