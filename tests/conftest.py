"""Shared fixtures: real SQLite files and, with PENGADUAN_TEST_PG_URL set, a real PostgreSQL.

`db` is parametrised over both backends; without the URL the PostgreSQL half is skipped with
a visible reason. With the URL set, an unreachable server fails the run loudly."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from tests.app.attachment_files import named_pdf

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("PENGADUAN_TEST_PG_URL")
LANES = ["kakanwil", "kadiv", "kabag_p2", "kasubag_pphti", "divisi_terkait"]
PASSWORD = "rahasia-123"
# A Wednesday morning in office hours, so standard step times stay within the day.
T0 = dt.datetime(2026, 11, 25, 8, 0)


def reset_postgres(url: str) -> None:
    """Drop everything in the test database so each test starts empty."""
    import psycopg2

    conn = psycopg2.connect(url, connect_timeout=5)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    conn.close()


def _backend_params():
    return [
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="PENGADUAN_TEST_PG_URL not set: "
                               "PostgreSQL tests skipped (.ci/run sets it)")]),
    ]


@pytest.fixture(params=_backend_params())
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path / "pengaduan.db")
    if not PG_URL:
        pytest.skip("PENGADUAN_TEST_PG_URL not set: PostgreSQL tests skipped (.ci/run sets it)")
    reset_postgres(PG_URL)
    return PG_URL


# Put on a test that only makes sense on the shared server: `db`, `users`, ... then run on
# PostgreSQL alone.
postgres_only = pytest.mark.parametrize("db_url", ["postgres"], indirect=True)


@pytest.fixture
def sqlite_url(tmp_path):
    return "sqlite:///" + str(tmp_path / "pengaduan.db")


@pytest.fixture
def pg_url():
    if not PG_URL:
        pytest.skip("PENGADUAN_TEST_PG_URL not set: PostgreSQL tests skipped (.ci/run sets it)")
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def db(db_url):
    from app.store.db import open_database

    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def sop(db):
    from app.services import sop_versions

    return sop_versions.current_sop()


@pytest.fixture
def users(db, sop):
    """One user per lane (username = lane key) plus an administrator "admin"."""
    from app.services import accounts

    valid = {lane.key for lane in sop.lanes}
    made = {lane: accounts.create_user(lane, lane.replace("_", " ").title(), PASSWORD, [lane],
                                       valid_lanes=valid, actor=accounts.COMMAND_LINE)
            for lane in LANES}
    made["admin"] = accounts.create_user("admin", "Administrator", PASSWORD,
                                         ["administrator"], valid_lanes=valid,
                                         actor=accounts.COMMAND_LINE)
    return made


def complaint_input(**overrides):
    from app.services.workflow import ComplaintInput

    values = dict(received_at=T0, channel="surat", subject_kind="upt",
                  subject_name="Lapas Kelas IIA Pangkalpinang", category="pungli",
                  tier="pelanggaran", summary="Pungutan pada layanan kunjungan",
                  description="Pelapor dimintai uang saat berkunjung.")
    values.update(overrides)
    return ComplaintInput(**values)


def pelapor_input(**overrides):
    from app.services.workflow import PelaporInput

    values = dict(name="Budi Santoso", nik="1971010101010001", address="Jl. Mentok 12",
                  phone="0812-7788-9900", email="budi@example.id")
    values.update(overrides)
    return PelaporInput(**values)


@pytest.fixture
def registered(users):
    """A complaint registered with its letter at 08:00, now at step 2 (Kakanwil)."""
    from app.services import workflow

    return workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(), pelapor_input(),
        attachments=[("surat", "surat-pengaduan.pdf", named_pdf("surat"))], at=T0)


# What each step's product holds in the tests (app.services.outputs).
TELAAHAN = {"persoalan": "Dugaan pungutan liar oleh petugas layanan.",
            "praanggapan": "Pelapor menyampaikan keadaan yang dialaminya sendiri.",
            "fakta": "Surat pengaduan bertanggal 20 November 2026 dengan bukti kuitansi.",
            "analisis": "Perbuatan yang diadukan termasuk kewenangan divisi terkait.",
            "kesimpulan": "Pengaduan lengkap dan dapat ditindaklanjuti.",
            "saran": "Diteruskan kepada divisi terkait melalui nota dinas."}


def nota_dinas_fields(isi="Bersama ini kami teruskan laporan pengaduan untuk ditindaklanjuti."):
    from app.services import settings

    return {"divisi": settings.current().divisi_terkait[0]["kode"],
            "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat", "isi": isi,
            "tembusan": ["Kepala Kantor Wilayah"]}


def provide_kelengkapan(complaint, step_no: int, actor=None, at=None):
    """Put the step's required input and product on the complaint, as the office would:
    the telaahan at step 5, a nota dinas draft at step 6 (fields, and a version row without
    rendering), the signed scan at the Kakanwil's share of step 9, the division's answer at
    step 10, the delivery record at step 14 (disposition steps need only a note)."""
    from app.services import outputs
    from app.services.accounts import COMMAND_LINE
    from app.services.attachments import add_attachment
    from app.services.naskah_records import attach_signed
    from app.store.models import Complaint, Document, User

    actor = actor or COMMAND_LINE
    person = actor if isinstance(actor, User) else None  # a file's uploader is a person
    complaint = Complaint.get_by_id(complaint.id)
    product = _product(complaint)
    if product == "telaahan" and outputs.latest(complaint.id, "telaahan") is None:
        outputs.save(actor, complaint.id, "telaahan", TELAAHAN, at=at)
    if step_no == 6 and product == "nota_dinas":
        # As the konseptor writes it: who complained, unless the reporter is hidden.
        who = complaint.pelapor.name if complaint.confidentiality == "biasa" else None
        row = outputs.save(actor, complaint.id, "nota_dinas", nota_dinas_fields(
            f"Bersama ini kami teruskan laporan pengaduan dari {who or 'pelapor'} untuk "
            "ditindaklanjuti."), at=at)
        previous = outputs.latest_nota_dinas(complaint.id)
        Document.create(complaint=complaint.id, doc_type="nota_dinas", step_no=6, output=row,
                        version=(previous.version + 1) if previous else 1,
                        created_at=at or row.created_at)
    elif step_no == 6 and not Document.select().where(
            (Document.complaint == complaint.id) & (Document.doc_type == "nota_dinas")).exists():
        Document.create(complaint=complaint.id, doc_type="nota_dinas", version=1, step_no=6)
    if product == "tanda_tangan":
        document = outputs.latest_nota_dinas(complaint.id)
        if document.signed_attachment_id is None:
            scan = add_attachment(complaint, "nota_dinas", "nota-dinas-ttd.pdf",
                                  named_pdf(f"nota dinas ttd {document.version}"),
                                  actor=person, step_no=9)
            attach_signed(actor, document, scan)
    if step_no == 10:
        scan = add_attachment(complaint, "jawaban", "jawaban.pdf", named_pdf("jawaban"),
                              actor=person, step_no=10)
        if product == "jawaban":
            outputs.save(actor, complaint.id, "jawaban", {
                "isi": "Petugas telah diperiksa dan diberi pembinaan.", "lampiran": [scan.id]},
                at=at)
    if product == "penyampaian":
        day = (at or complaint.received_at).date()
        outputs.save(actor, complaint.id, "penyampaian", {
            "saluran": "email", "tanggal": max(day, complaint.received_at.date()).isoformat(),
            "dipublikasikan": False}, at=at)


def provide_all_products(complaint):
    """Every step's product at once, written as rows (a test's set-up, not the office's
    way): for tests that forward a complaint through all its steps without stopping, e.g.
    two racing processes."""
    import json

    from app.services.attachments import add_attachment
    from app.store.models import Document, StepOutput

    made = {}
    for kind, step_no, data in (("telaahan", 5, TELAAHAN), ("nota_dinas", 6, nota_dinas_fields()),
                                ("jawaban", 10, {"isi": "Sudah ditindaklanjuti."}),
                                ("penyampaian", 14, {"saluran": "email", "tanggal": "2026-11-25",
                                                     "dipublikasikan": False})):
        made[kind] = StepOutput.create(complaint=complaint.id, kind=kind, version=1,
                                       step_no=step_no, fields=json.dumps(data))
    scan = add_attachment(complaint, "nota_dinas", "ttd.pdf", named_pdf("ttd"), step_no=9)
    Document.create(complaint=complaint.id, doc_type="nota_dinas", version=1, step_no=6,
                    output=made["nota_dinas"], signed_attachment=scan)
    add_attachment(complaint, "jawaban", "jawaban.pdf", named_pdf("jawaban"), step_no=10)


def _product(complaint):
    from app.services import sop_versions

    if complaint.current_step is None:
        return None
    step = sop_versions.sop_of(complaint).step(complaint.current_step)
    return step.produces_of(complaint.current_part or 0)


def act_as_owner(complaint, users, at, note="Mohon ditindaklanjuti."):
    """Forward the complaint's current step as the user of its lane."""
    from app.services import workflow
    from app.store.models import User

    user = User.get_by_id(users[complaint.current_lane].id)
    provide_kelengkapan(complaint, complaint.current_step, user, at)
    return workflow.forward(user, complaint.id, expected_version=complaint.row_version,
                            note=note, at=at)


def advance_to(complaint, users, step_no, at=T0, note="Mohon ditindaklanjuti."):
    """Forward the complaint step by step (act_as_owner, each 5 minutes after `at`) until
    it stands at `step_no`: where the SOP makes the naskah a test generates. `note` may
    name the step forwarded, e.g. "Disposisi langkah {no}"."""
    while complaint.current_step < step_no:
        at += dt.timedelta(minutes=5)
        complaint = act_as_owner(complaint, users, at,
                                 note=note.format(no=complaint.current_step))
    return complaint


@pytest.fixture(autouse=True)
def office_clock():
    """Every test starts on this workstation's real clock, in WIB, with nothing measured
    (a test may shift the clock or switch the zone; the next one must not inherit it)."""
    from app.office.zones import DEFAULT_ZONE, set_office_zone
    from app.store import clock

    clock.use_source(None)
    clock.set_offset(None)
    set_office_zone(DEFAULT_ZONE)
    yield clock
    clock.use_source(None)
    clock.set_offset(None)
    set_office_zone(DEFAULT_ZONE)
