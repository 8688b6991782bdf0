"""The register's queries: filters, deadline states, search, and the reporter masked."""

import datetime as dt

from app.office import deadlines
from app.services import register, workflow
from app.services.register import RegisterFilter
from app.store.models import User
from tests.app.attachment_files import named_pdf
from tests.conftest import T0, complaint_input, pelapor_input

MIN = dt.timedelta(minutes=1)


def _register(users, **overrides):
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    pelapor = overrides.pop("pelapor", pelapor_input())
    data = complaint_input(**overrides)
    return workflow.register_complaint(pphti, data, pelapor,
                                       attachments=[("surat", "s.pdf", named_pdf("surat"))],
                                       at=max(T0, data.received_at))


def test_deadline_states_by_step_time(users):
    c = _register(users)  # step 2 opened 08:00, standard 10 minutes, due 08:10
    early = register.current_cutoffs(T0 + 2 * MIN)
    rows = register.page(RegisterFilter(lane="kakanwil"), cutoffs=early)
    assert [r.state for r in rows] == [deadlines.ON_TIME]  # 20 % of its time used
    cut = register.current_cutoffs(T0 + 8 * MIN)  # 80 % used: due soon
    rows = register.page(RegisterFilter(lane="kakanwil"), cutoffs=cut)
    assert [r.state for r in rows] == [deadlines.DUE_SOON]
    late = register.current_cutoffs(T0 + 11 * MIN)
    assert register.page(RegisterFilter(deadline_state=deadlines.OVERDUE),
                         cutoffs=late)[0].id == c.id
    assert register.count(RegisterFilter(deadline_state=deadlines.ON_TIME), cutoffs=late) == 0
    assert register.count(RegisterFilter(lane="kadiv"), cutoffs=late) == 0


def test_overdue_is_measured_in_working_time():
    from app.office.working_time import WorkingCalendar

    calendar = WorkingCalendar()
    due = dt.datetime(2026, 11, 27, 16, 0)  # half an hour before Friday closes (16:30)
    monday = dt.datetime(2026, 11, 30, 7, 45)
    assert deadlines.minutes_left(calendar, monday, due) == -(30 + 15)
    assert deadlines.minutes_left(calendar, due, monday) == 45


def test_search_finds_number_names_and_text(users):
    a = _register(users, summary="Antrean paspor lama")
    _register(users, pelapor=pelapor_input(name="Siti Aminah"))
    assert register.complaint_ids(RegisterFilter(text="PASPOR")) == [a.id]
    assert len(register.complaint_ids(RegisterFilter(text="aminah"))) == 1
    # "0001/": the number's first part (the NIK 1971010101010001 holds 0001 too, and every
    # typed field is searched)
    assert register.complaint_ids(RegisterFilter(text=a.register_no[:5])) == [a.id]
    assert register.complaint_ids(RegisterFilter(text="100%_")) == []  # % and _ are literal
    odd = _register(users, summary="Diskon 100%_khusus")
    assert register.complaint_ids(RegisterFilter(text="100%_")) == [odd.id]


def test_confidential_reporter_is_masked_and_not_searchable_for_others(users):
    c = _register(users, confidentiality="rahasia",
                  pelapor=pelapor_input(name="Pelapor Rahasia"))
    kabag = User.get_by_id(users["kabag_p2"].id)
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    assert register.fetch_rows([c.id], kabag)[c.id].reporter == "(dirahasiakan)"
    assert register.fetch_rows([c.id], pphti)[c.id].reporter == "Pelapor Rahasia"
    assert register.complaint_ids(RegisterFilter(text="Rahasia"), kabag) == []
    assert register.complaint_ids(RegisterFilter(text="Rahasia"), pphti) == [c.id]


def test_anonymous_complaint_keeps_no_identity(users):
    c = _register(users, confidentiality="anonim", pelapor=pelapor_input(name="Tidak Disimpan"))
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    assert register.fetch_rows([c.id], pphti)[c.id].reporter == "Anonim"
    assert c.pelapor.name is None and c.pelapor.nik is None


def test_my_tasks_lists_my_lane_nearest_deadline_first(users):
    first = _register(users)
    second = _register(users, received_at=T0 + 30 * MIN)
    kakanwil = User.get_by_id(users["kakanwil"].id)
    workflow.forward(kakanwil, first.id, note="Proses.", at=T0 + 40 * MIN)
    assert [r.id for r in register.my_tasks(kakanwil, at=T0 + 41 * MIN)] == [second.id]
    kadiv = User.get_by_id(users["kadiv"].id)
    assert [r.id for r in register.my_tasks(kadiv, at=T0 + 41 * MIN)] == [first.id]


def test_filters_by_channel_tier_and_dates(users):
    _register(users, channel="email", tier="sederhana")
    _register(users, received_at=T0 - dt.timedelta(days=30))
    assert register.count(RegisterFilter(channel="email")) == 1
    assert register.count(RegisterFilter(tier="pelanggaran")) == 1
    assert register.count(RegisterFilter(received_from=T0.date())) == 1
    assert register.count(RegisterFilter(received_to=T0.date() - dt.timedelta(days=1))) == 1
