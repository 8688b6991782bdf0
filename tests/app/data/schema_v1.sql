-- A Pengaduan database at schema version 1 (before the SP4N-LAPOR! ticket column),
-- with one registered complaint. Used to prove that opening it upgrades it.
BEGIN TRANSACTION;
CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "filename" VARCHAR(255) NOT NULL, "mime" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "pages" INTEGER, "blob_id" VARCHAR(64) NOT NULL, "step_no" INTEGER, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id") ON DELETE CASCADE, FOREIGN KEY ("blob_id") REFERENCES "blob" ("sha256"), FOREIGN KEY ("created_by_id") REFERENCES "user" ("id"));
INSERT INTO "attachment" VALUES(1,1,'surat','s.pdf','application/pdf',11,NULL,'8a21e0c407f1e0abc7cbbdef814dd776943bfabe966d8af0c798b80ebc37bc16',1,1,'2026-11-28 11:27:01');
CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "seq" INTEGER NOT NULL, "at" DATETIME NOT NULL, "actor" VARCHAR(255), "action" VARCHAR(255) NOT NULL, "complaint_id" INTEGER, "detail" TEXT NOT NULL, "prev_hash" VARCHAR(64) NOT NULL, "hash" VARCHAR(64) NOT NULL);
INSERT INTO "audit_entry" VALUES(1,1,'2026-11-28 11:27:01',NULL,'akun.buat',NULL,'{"jabatan": null, "nip": null, "pengguna": "kasubag_pphti", "peran": ["kasubag_pphti"]}','0000000000000000000000000000000000000000000000000000000000000000','1a9da733dcccb6511309d5eb19904706930fee691187e856e1208543c453a9e5');
INSERT INTO "audit_entry" VALUES(2,2,'2026-03-02 09:30:00','kasubag_pphti','pengaduan.registrasi',1,'{"nomor": "0001/PENGADUAN/III/2026", "saluran": "surat", "sop": "3dcd8e4525823d92"}','1a9da733dcccb6511309d5eb19904706930fee691187e856e1208543c453a9e5','a74d7e8d50656a8c6a1523d70855329258558b71a2fc07bec9823646b2c7df82');
INSERT INTO "audit_entry" VALUES(3,3,'2026-03-02 09:30:00','kasubag_pphti','pengaduan.teruskan',1,'{"catatan": null, "ke": 2, "langkah": 1, "override": null, "pengecualian": null}','a74d7e8d50656a8c6a1523d70855329258558b71a2fc07bec9823646b2c7df82','ed12172a2f0b21a92a9d5c76d92b15e22cc4639747dfd9351e8b6d22581eeab3');
CREATE TABLE "audit_head" ("id" INTEGER NOT NULL PRIMARY KEY, "seq" INTEGER NOT NULL, "last_hash" VARCHAR(64) NOT NULL);
INSERT INTO "audit_head" VALUES(1,3,'ed12172a2f0b21a92a9d5c76d92b15e22cc4639747dfd9351e8b6d22581eeab3');
CREATE TABLE "blob" ("sha256" VARCHAR(64) NOT NULL PRIMARY KEY, "size" INTEGER NOT NULL, "data" BLOB NOT NULL);
INSERT INTO "blob" VALUES('8a21e0c407f1e0abc7cbbdef814dd776943bfabe966d8af0c798b80ebc37bc16',11,X'255044462D312E34207631');
CREATE TABLE "complaint" ("id" INTEGER NOT NULL PRIMARY KEY, "register_no" VARCHAR(255) NOT NULL, "received_at" DATETIME NOT NULL, "channel" VARCHAR(255) NOT NULL, "pelapor_id" INTEGER NOT NULL, "subject_kind" VARCHAR(255) NOT NULL, "subject_name" VARCHAR(255) NOT NULL, "category" VARCHAR(255) NOT NULL, "tier" VARCHAR(255) NOT NULL, "summary" VARCHAR(500) NOT NULL, "description" TEXT NOT NULL, "confidentiality" VARCHAR(255) NOT NULL, "sop_version_id" INTEGER NOT NULL, "current_step" INTEGER, "current_lane" VARCHAR(255), "current_pass" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "step_started_at" DATETIME, "step_due_at" DATETIME, "due_at" DATETIME, "held_minutes" REAL NOT NULL, "closed_at" DATETIME, "created_by_id" INTEGER, "row_version" INTEGER NOT NULL, FOREIGN KEY ("pelapor_id") REFERENCES "pelapor" ("id"), FOREIGN KEY ("sop_version_id") REFERENCES "sop_version" ("id"), FOREIGN KEY ("created_by_id") REFERENCES "user" ("id"));
INSERT INTO "complaint" VALUES(1,'0001/PENGADUAN/III/2026','2026-03-02 09:00:00','surat',1,'upt','Rutan Kelas IIB Koba','pelayanan','sederhana','Antrean kunjungan','Uraian','biasa',1,2,'kakanwil',1,'proses','2026-03-02 09:30:00','2026-03-02 09:40:00','2026-03-09 16:00:00',0.0,NULL,1,2);
CREATE TABLE "counter" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "year" INTEGER NOT NULL, "value" INTEGER NOT NULL);
INSERT INTO "counter" VALUES(1,'pengaduan',2026,1);
CREATE TABLE "document" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL, "doc_type" VARCHAR(255) NOT NULL, "number" VARCHAR(255), "version" INTEGER NOT NULL, "step_no" INTEGER, "blob_id" VARCHAR(64), "signed_attachment_id" INTEGER, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id") ON DELETE CASCADE, FOREIGN KEY ("blob_id") REFERENCES "blob" ("sha256"), FOREIGN KEY ("signed_attachment_id") REFERENCES "attachment" ("id"), FOREIGN KEY ("created_by_id") REFERENCES "user" ("id"));
CREATE TABLE "hold" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL, "step_no" INTEGER NOT NULL, "reason" TEXT NOT NULL, "started_at" DATETIME NOT NULL, "started_by_id" INTEGER, "ended_at" DATETIME, "ended_by_id" INTEGER, "working_minutes" REAL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id") ON DELETE CASCADE, FOREIGN KEY ("started_by_id") REFERENCES "user" ("id"), FOREIGN KEY ("ended_by_id") REFERENCES "user" ("id"));
CREATE TABLE "holiday_override" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "kind" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL);
CREATE TABLE "pelapor" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255), "nik" VARCHAR(255), "address" TEXT, "phone" VARCHAR(255), "email" VARCHAR(255), "anonymous" INTEGER NOT NULL);
INSERT INTO "pelapor" VALUES(1,'Siti Rahayu',NULL,NULL,NULL,NULL,0);
CREATE TABLE "schema_info" ("id" INTEGER NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL, "app_version" VARCHAR(255) NOT NULL, "updated_at" DATETIME NOT NULL);
INSERT INTO "schema_info" VALUES(1,1,'0.0.9','2026-11-28 11:27:01');
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "sop_version" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "version" VARCHAR(255) NOT NULL, "number" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "loaded_at" DATETIME NOT NULL);
INSERT INTO "sop_version" VALUES(1,'layanan-pengaduan','3dcd8e4525823d92','W.7-OT.01.02-566','LAYANAN PENGADUAN MASYARAKAT','# SOP Layanan Pengaduan Masyarakat, transcribed from the office''s SOP document
# (PermenPAN-RB 35/2012 form). The engine, the deadlines and the swimlane read this file;
# changing a time or adding a step needs no code change. A complaint keeps the exact text of
# the version it started under (stored in the database), so edits here never rewrite history.

[identitas]
kode = "layanan-pengaduan"
nomor = "W.7-OT.01.02-566"
nama = "LAYANAN PENGADUAN MASYARAKAT"
instansi = "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA"
unit = "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM KEP. BANGKA BELITUNG"
tanggal_pembuatan = 2020-01-02
tanggal_revisi = ""
tanggal_efektif = 2020-01-02
disahkan_jabatan = "Kepala Kantor Wilayah"
disahkan_nama = "Drs. Anas Jaeful Anwar, Bc. IP., M.Si"
disahkan_nip = "196202191986031002"

dasar_hukum = [
    "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008",
    "Peraturan Menteri Hukum dan HAM Nomor 30 Tahun 2018 tentang Organisasi dan Tata Kerja Kantor Wilayah Kementerian Hukum dan HAM",
]
kualifikasi_pelaksana = [
    "Memiliki tugas dan fungsi Sistem dan Prosedur Administrasi Pemerintahan",
    "Mengetahui dan memahami Peraturan tentang Penanganan Pengaduan Masyarakat",
    "Mengetahui dan memahami Peraturan tentang Keterbukaan Informasi Publik",
]
keterkaitan = []
peralatan = [
    "Surat Permohonan/Disposisi",
    "Komputer/Printer/Scanner",
    "Jaringan Internet",
    "Jaringan Telekomunikasi",
]
peringatan = "Apabila data-data/persyaratan yang diperlukan tidak terkumpul tepat waktu maka terlambatnya penanganan Layanan Pengaduan Masyarakat"
pencatatan = "Di simpan sebagai data elektronik dan manual"

# Lanes ("Pelaksana") in the column order of the SOP''s flowchart table.
# A lane that is not a user of the program (the complainant) is acted for by another lane.
[[pelaksana]]
kode = "divisi_terkait"
nama = "Divisi Terkait"

[[pelaksana]]
kode = "kakanwil"
nama = "Kakanwil"

[[pelaksana]]
kode = "kadiv"
nama = "Kadiv"

[[pelaksana]]
kode = "kabag_p2"
nama = "Kabag P2"

[[pelaksana]]
kode = "kasubag_pphti"
nama = "Kasubag PPHTI"

[[pelaksana]]
kode = "pelapor"
nama = "Pelapor"
diwakili_oleh = "kasubag_pphti"   # the operator registers what the complainant delivers

# What counts as having a step''s kelengkapan at hand. Evidence forms:
#   "catatan"            the instruction/note given with the action (a disposition''s text)
#   "lampiran:<jenis>"   an attachment of that kind on the complaint ("lampiran:*" any)
#   "dokumen:<jenis>"    a generated document of that kind on the complaint
[kelengkapan.surat]
nama = "Surat"
bukti = ["lampiran:surat"]

[kelengkapan.disposisi]
nama = "Disposisi"
bukti = ["catatan", "dokumen:lembar_disposisi"]

[kelengkapan.berkas_laporan]
nama = "Berkas laporan"
bukti = ["lampiran:*"]

[kelengkapan.draft_nota_dinas]
nama = "Draft nota dinas"
bukti = ["dokumen:nota_dinas", "lampiran:nota_dinas"]

[kelengkapan.nota_dinas]
nama = "Nota dinas"
bukti = ["dokumen:nota_dinas", "lampiran:nota_dinas"]

[kelengkapan.laporan]
nama = "Laporan/press release"
bukti = ["lampiran:jawaban", "dokumen:surat_tanggapan"]

# The 14 activities. `menit` is the standard time in working minutes.
# `catatan_wajib`: the action needs a note (a disposition''s instruction).
# `dapat_ditunda`: the complaint may wait on the complainant here (the SOP''s warning).
[[langkah]]
no = 1
pelaksana = "pelapor"
aktivitas = "Pelapor menyampaikan laporan pengaduan secara langsung/tidak langsung terkait dengan dugaan pelanggaran dari Divisi/UPT/Masyarakat/Media"
kelengkapan = "surat"
menit = 30
output = "Mengetahui permasalahan"
aksi = "Registrasi"

[[langkah]]
no = 2
pelaksana = "kakanwil"
aktivitas = "Kakanwil memerintahkan Kadivmin untuk menindaklanjuti laporan pengaduan/konfirmasi kebenaran pengaduan tersebut"
kelengkapan = "disposisi"
menit = 10
output = "Disposisi/instruksi"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 3
pelaksana = "kadiv"
aktivitas = "Kadivmin memerintahkan Kabag P2 untuk memproses laporan pengaduan"
kelengkapan = "disposisi"
menit = 15
output = "Laporan"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 4
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 memerintahkan Kasubag PPHTI untuk memproses laporan pengaduan"
kelengkapan = "disposisi"
menit = 15
output = "Laporan"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 5
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI menelaah dan meneliti, memeriksa syarat kelengkapan laporan pengaduan"
kelengkapan = "berkas_laporan"
menit = 60
output = "Hasil telaahan"
aksi = "Selesai Telaah"
dapat_ditunda = true

[[langkah]]
no = 6
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI membuat konsep nota dinas Divisi Administrasi terkait laporan pengaduan untuk disampaikan ke divisi terkait untuk ditindaklanjuti"
kelengkapan = "draft_nota_dinas"
menit = 25
output = "Nota dinas"
aksi = "Selesai Konsep"

[[langkah]]
no = 7
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI menyampaikan konsep nota dinas Divisi Administrasi ke Kabag P2 untuk dikoreksi dan paraf"
kelengkapan = "draft_nota_dinas"
menit = 25
output = "Nota dinas"
aksi = "Teruskan"

[[langkah]]
no = 8
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 menyampaikan konsep nota dinas ke Kadivmin untuk dikoreksi dan paraf"
kelengkapan = "nota_dinas"
menit = 20
output = "Nota dinas"
aksi = "Paraf"

[[langkah]]
no = 9
pelaksana = "kadiv"
aktivitas = "Kadivmin menyampaikan nota dinas ke Kakanwil untuk koreksi dan ditandatangani dan diteruskan ke Divisi terkait untuk ditindaklanjuti"
kelengkapan = "nota_dinas"
menit = 15
output = "Nota dinas"
aksi = "Tanda Tangan dan Teruskan"

[[langkah]]
no = 10
pelaksana = "divisi_terkait"
aktivitas = "Divisi terkait memberikan jawaban/informasi atas laporan yang disampaikan dalam bentuk laporan/press release"
kelengkapan = "laporan"
menit = 20
output = "Laporan/press release"
aksi = "Kirim Jawaban"

[[langkah]]
no = 11
pelaksana = "kakanwil"
aktivitas = "Kakanwil memerintahkan Kadiv terkait untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 10
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 12
pelaksana = "kadiv"
aktivitas = "Kadivmin memerintahkan Kabag P2 untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 10
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 13
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 memerintahkan Kasubag PPHTI untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 15
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true

[[langkah]]
no = 14
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI meneruskan jawaban kepada masyarakat secara langsung atau melalui website"
kelengkapan = "laporan"
menit = 20
output = "Laporan/press release"
aksi = "Kirim Jawaban dan Tutup"

# Transitions. "teruskan" completes a step and opens the next; "selesai" ends the SOP;
# "perbaikan" returns the draft to the drafter (the correction loop of steps 7 to 9).
[[alur]]
dari = 1
ke = 2
[[alur]]
dari = 2
ke = 3
[[alur]]
dari = 3
ke = 4
[[alur]]
dari = 4
ke = 5
[[alur]]
dari = 5
ke = 6
[[alur]]
dari = 6
ke = 7
[[alur]]
dari = 7
ke = 8
[[alur]]
dari = 8
ke = 9
[[alur]]
dari = 9
ke = 10
[[alur]]
dari = 10
ke = 11
[[alur]]
dari = 11
ke = 12
[[alur]]
dari = 12
ke = 13
[[alur]]
dari = 13
ke = 14
[[alur]]
dari = 14
ke = "selesai"

[[alur]]
dari = 7
ke = 6
jenis = "perbaikan"
[[alur]]
dari = 8
ke = 6
jenis = "perbaikan"
[[alur]]
dari = 9
ke = 6
jenis = "perbaikan"
','2026-11-28 11:27:01');
CREATE TABLE "step_record" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "step_no" INTEGER NOT NULL, "lane" VARCHAR(255) NOT NULL, "pass_no" INTEGER NOT NULL, "started_at" DATETIME NOT NULL, "ended_at" DATETIME, "actor_id" INTEGER, "outcome" VARCHAR(255), "note" TEXT, "kelengkapan_waiver" TEXT, "override_reason" TEXT, "working_minutes" REAL, "standard_minutes" INTEGER NOT NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "user" ("id"));
INSERT INTO "step_record" VALUES(1,1,1,1,'pelapor',1,'2026-03-02 09:00:00','2026-03-02 09:30:00',1,'diteruskan',NULL,NULL,NULL,30.0,30);
INSERT INTO "step_record" VALUES(2,1,2,2,'kakanwil',1,'2026-03-02 09:30:00',NULL,NULL,NULL,NULL,NULL,NULL,NULL,10);
CREATE TABLE "user" ("id" INTEGER NOT NULL PRIMARY KEY, "username" VARCHAR(255) NOT NULL, "full_name" VARCHAR(255) NOT NULL, "nip" VARCHAR(255), "jabatan" VARCHAR(255), "password_hash" VARCHAR(255) NOT NULL, "is_admin" INTEGER NOT NULL, "active" INTEGER NOT NULL, "failed_logins" INTEGER NOT NULL, "locked_until" DATETIME, "last_login" DATETIME, "created_at" DATETIME NOT NULL, "row_version" INTEGER NOT NULL);
INSERT INTO "user" VALUES(1,'kasubag_pphti','Rina',NULL,NULL,'$argon2id$v=19$m=65536,t=3,p=4$m7jqM1mFqDJ2UjNKpaXSww$A0OaSo7mkYtWoYZpoQeH2AqgTeRhlSBQ4OIDqZz3xSk',0,1,0,NULL,NULL,'2026-11-28 11:27:01',1);
CREATE TABLE "user_lane" ("id" INTEGER NOT NULL PRIMARY KEY, "user_id" INTEGER NOT NULL, "lane" VARCHAR(255) NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE);
INSERT INTO "user_lane" VALUES(1,1,'kasubag_pphti');
CREATE UNIQUE INDEX "sop_version_version" ON "sop_version" ("version");
CREATE UNIQUE INDEX "user_username" ON "user" ("username");
CREATE UNIQUE INDEX "complaint_register_no" ON "complaint" ("register_no");
CREATE INDEX "complaint_received_at" ON "complaint" ("received_at");
CREATE INDEX "complaint_pelapor_id" ON "complaint" ("pelapor_id");
CREATE INDEX "complaint_sop_version_id" ON "complaint" ("sop_version_id");
CREATE INDEX "complaint_current_lane" ON "complaint" ("current_lane");
CREATE INDEX "complaint_status" ON "complaint" ("status");
CREATE INDEX "complaint_created_by_id" ON "complaint" ("created_by_id");
CREATE INDEX "complaint_current_lane_step_due_at" ON "complaint" ("current_lane", "step_due_at");
CREATE INDEX "complaint_current_lane_due_at" ON "complaint" ("current_lane", "due_at");
CREATE INDEX "complaint_status_step_due_at" ON "complaint" ("status", "step_due_at");
CREATE INDEX "attachment_complaint_id" ON "attachment" ("complaint_id");
CREATE INDEX "attachment_blob_id" ON "attachment" ("blob_id");
CREATE INDEX "attachment_created_by_id" ON "attachment" ("created_by_id");
CREATE UNIQUE INDEX "audit_entry_seq" ON "audit_entry" ("seq");
CREATE INDEX "audit_entry_complaint_id" ON "audit_entry" ("complaint_id");
CREATE UNIQUE INDEX "counter_name_year" ON "counter" ("name", "year");
CREATE INDEX "document_complaint_id" ON "document" ("complaint_id");
CREATE INDEX "document_blob_id" ON "document" ("blob_id");
CREATE INDEX "document_signed_attachment_id" ON "document" ("signed_attachment_id");
CREATE INDEX "document_created_by_id" ON "document" ("created_by_id");
CREATE UNIQUE INDEX "document_complaint_id_doc_type_version" ON "document" ("complaint_id", "doc_type", "version");
CREATE INDEX "hold_complaint_id" ON "hold" ("complaint_id");
CREATE INDEX "hold_started_by_id" ON "hold" ("started_by_id");
CREATE INDEX "hold_ended_by_id" ON "hold" ("ended_by_id");
CREATE UNIQUE INDEX "holiday_override_day" ON "holiday_override" ("day");
CREATE INDEX "step_record_complaint_id" ON "step_record" ("complaint_id");
CREATE INDEX "step_record_actor_id" ON "step_record" ("actor_id");
CREATE UNIQUE INDEX "step_record_complaint_id_seq" ON "step_record" ("complaint_id", "seq");
CREATE INDEX "step_record_step_no_ended_at" ON "step_record" ("step_no", "ended_at");
CREATE INDEX "user_lane_user_id" ON "user_lane" ("user_id");
CREATE UNIQUE INDEX "user_lane_user_id_lane" ON "user_lane" ("user_id", "lane");
COMMIT;
