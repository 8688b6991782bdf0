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


def provide_kelengkapan(complaint, step_no: int, actor=None):
    """Put the step's required input on the complaint, as the office would: the draft nota
    dinas at step 6, the division's answer at step 10 (disposition steps need only a note)."""
    from app.services.attachments import add_attachment
    from app.store.models import Document

    if step_no == 6 and not Document.select().where(
            (Document.complaint == complaint.id) & (Document.doc_type == "nota_dinas")).exists():
        Document.create(complaint=complaint.id, doc_type="nota_dinas", version=1, step_no=6)
    if step_no == 10:
        add_attachment(complaint, "jawaban", "jawaban.pdf", named_pdf("jawaban"), actor=actor,
                       step_no=10)


def act_as_owner(complaint, users, at, note="Mohon ditindaklanjuti."):
    """Forward the complaint's current step as the user of its lane."""
    from app.services import workflow
    from app.store.models import User

    user = User.get_by_id(users[complaint.current_lane].id)
    provide_kelengkapan(complaint, complaint.current_step, user)
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
