"""The office's vocabularies: code stored in the database -> Indonesian label for the screen.
Labels go through `_()` when shown, so an English UI can follow."""

from app.i18n import _

CHANNELS = {
    "langsung": "Langsung (datang ke kantor)",
    "surat": "Surat",
    "email": "Email",
    "telepon": "Telepon",
    "website": "Website",
    "sp4n_lapor": "SP4N-LAPOR!",
    "media": "Media massa",
    "media_sosial": "Media sosial",
}

SUBJECT_KINDS = {"divisi": "Divisi", "upt": "UPT", "lainnya": "Lainnya"}

CATEGORIES = {
    "pelayanan": "Pelayanan publik",
    "pelanggaran_disiplin": "Pelanggaran disiplin pegawai",
    "penyalahgunaan_wewenang": "Penyalahgunaan wewenang",
    "pungli": "Pungutan liar / gratifikasi",
    "informasi": "Permintaan informasi",
    "lainnya": "Lainnya",
}

CONFIDENTIALITY = {"biasa": "Biasa", "rahasia": "Rahasia", "anonim": "Anonim"}
# Whose reporter only the confidential viewers may see (the setting confidential_viewers).
CONFIDENTIAL = frozenset({"rahasia", "anonim"})

STATUSES = {"proses": "Dalam proses", "ditunda": "Ditunda (menunggu pelapor)",
            "selesai": "Selesai"}

OUTCOMES = {"diteruskan": "Diteruskan", "dikembalikan": "Dikembalikan untuk perbaikan",
            "selesai": "Selesai", "ditunda": "Ditunda"}

# The naskah dinas the program writes, code -> title. An attachment of one of these kinds is
# the scan of its printed, signed version.
DOC_TYPES = {
    "nota_dinas": "Nota Dinas",
    "lembar_disposisi": "Lembar Disposisi",
    "hasil_telaahan": "Hasil Telaahan",
    "surat_tanggapan": "Surat Tanggapan",
    "tanda_terima": "Tanda Terima",
}

# Who reads each naskah inside the office: the lanes it is addressed to or passes through
# (paraf, disposition levels). It shows a confidential reporter only when every reader may
# see them (the setting confidential_viewers): classified by where it goes, never by who
# pressed the button. The complainant reads the receipt and the answer: their own identity.
DOC_READERS = {
    "nota_dinas": ("divisi_terkait", "kadiv", "kabag_p2", "kakanwil"),
    "lembar_disposisi": ("kakanwil", "kadiv", "kabag_p2", "kasubag_pphti"),
    "hasil_telaahan": ("kabag_p2", "kasubag_pphti"),
    "surat_tanggapan": ("kakanwil", "kasubag_pphti"),
    "tanda_terima": ("kasubag_pphti",),
}

# Who signs each naskah (its signature block; app.naskah.context prints that official).
DOC_SIGNERS = {
    "nota_dinas": "kakanwil",
    "lembar_disposisi": "kakanwil",
    "hasil_telaahan": "kasubag_pphti",
    "surat_tanggapan": "kakanwil",
    "tanda_terima": "kasubag_pphti",
}

# Kinds of attached file, code -> label (the SOP's evidence kinds first). A kind named after
# a naskah type (nota_dinas) is the scan of that naskah's signed version.
ATTACHMENT_KINDS = {
    "surat": "Surat pengaduan",
    "nota_dinas": "Nota dinas",
    "jawaban": "Jawaban / laporan / press release",
    "lainnya": "Lainnya",
}

# The "Dengan hormat harap" boxes of the lembar disposisi, ticked per level.
DISPOSITION_INSTRUCTIONS = ("Tanggapan dan saran", "Proses lebih lanjut",
                            "Koordinasi / konfirmasikan", "Untuk diketahui", "Siapkan bahan",
                            "Arsip")

# How the answer went back to the complainant (step 14's delivery record).
DELIVERY_CHANNELS = {
    "langsung": "Diserahkan langsung",
    "pos": "Pos / kurir",
    "email": "Email",
    "lapor": "SP4N-LAPOR!",
    "laman": "Laman (website) kantor",
    "telepon": "Telepon / pesan singkat",
}

DEADLINE_STATES = {"tepat_waktu": "Tepat waktu", "segera": "Segera jatuh tempo",
                   "terlambat": "Terlambat"}


def label(vocabulary: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return _(vocabulary.get(code, code))
