"""The rules of app.services.permissions, one by one: who sees a confidential reporter, which
naskah and files show them (by what they are, not by who asks), and who may write what at
which step. Defaults: the confidential viewers are Kasubag PPHTI and Kakanwil."""

from __future__ import annotations

import pytest

from app.errors import NotPermitted
from app.services import accounts, settings
from app.services.permissions import (
    ATTACH,
    NASKAH,
    OUTPUT,
    SIGNED,
    attachment_reveals_reporter,
    can_open_attachment,
    can_see_reporter,
    identity_in_text,
    naskah_masked,
    naskah_steps,
    operator_lanes,
    prose_for,
    reporter_display,
    require_write,
    write_refusal,
)
from app.store.models import STATUS_CLOSED, User
from tests.app.quick_accounts import hash_each_password_once  # noqa: F401
from tests.conftest import LANES


def fresh(users, name: str) -> User:
    return User.get_by_id(users[name].id)


def deactivate(users, name: str) -> User:
    row = fresh(users, name)
    accounts.update_user(row.id, expected_version=row.row_version, valid_lanes=set(LANES),
                         actor=accounts.COMMAND_LINE, active=False)
    return row


def at_step(complaint, step: int, part: int | None = None, confidentiality: str = "biasa"):
    """The complaint as it stands at `step` (a test's set-up: write_refusal reads the row
    it is given)."""
    complaint.current_step, complaint.current_part = step, part
    complaint.confidentiality = confidentiality
    return complaint


def lane_name(sop, key: str) -> str:
    return sop.lane(key).name


# ------------------------------------------------------------------ who sees the reporter

@pytest.mark.parametrize("confidentiality", ["rahasia", "anonim"])
def test_a_confidential_reporter_is_seen_by_the_configured_lanes_only(db, users,
                                                                      confidentiality):
    seen = {name for name in [*LANES, "admin"]
            if can_see_reporter(fresh(users, name), confidentiality)}
    assert seen == {"kasubag_pphti", "kakanwil"}
    assert not can_see_reporter(None, confidentiality)


def test_an_ordinary_reporter_is_seen_by_everyone_even_without_a_user(db, users):
    assert can_see_reporter(None, "biasa")
    assert all(can_see_reporter(fresh(users, name), "biasa") for name in LANES)


def test_the_viewers_are_read_from_the_settings_now(db, users):
    settings.put("confidential_viewers", ["kadiv"], actor=accounts.COMMAND_LINE)
    assert can_see_reporter(fresh(users, "kadiv"), "rahasia")
    assert not can_see_reporter(fresh(users, "kakanwil"), "rahasia")


def test_a_deactivated_viewer_sees_no_confidential_reporter(db, users):
    kakanwil = deactivate(users, "kakanwil")
    assert not can_see_reporter(kakanwil, "rahasia")
    assert can_see_reporter(kakanwil, "biasa")


def test_the_reporters_name_as_each_user_may_see_it(db, users):
    kadiv, kakanwil = fresh(users, "kadiv"), fresh(users, "kakanwil")
    assert reporter_display(kakanwil, "rahasia", "Budi") == "Budi"
    assert reporter_display(kadiv, "rahasia", "Budi") == "(dirahasiakan)"
    assert reporter_display(None, "rahasia", "Budi") == "(dirahasiakan)"
    assert reporter_display(None, "biasa", "Budi") == "Budi"
    # An anonymous complaint has no name to show, to anyone.
    assert reporter_display(kakanwil, "anonim", "Budi") == "Anonim"
    assert reporter_display(kakanwil, "biasa", None) == "Anonim"


def test_a_list_may_answer_who_sees_once_for_all_rows(db, users):
    kadiv, kakanwil = fresh(users, "kadiv"), fresh(users, "kakanwil")
    assert reporter_display(kadiv, "rahasia", "Budi", may_see=True) == "Budi"
    assert reporter_display(kakanwil, "rahasia", "Budi", may_see=False) == "(dirahasiakan)"
    assert reporter_display(kadiv, "biasa", "Budi", may_see=False) == "Budi"


# --------------------------------------------------------- what a naskah or a file shows

NOTE = ("Pak Budi Santoso (NIK 1971 0101 0101 0001, HP +62 812 7788 9900, budi@example.id, "
        "Jl. Mentok 12) minta dikabari")
HIDDEN = ("Pak (dirahasiakan) (NIK (dirahasiakan), HP (dirahasiakan), (dirahasiakan), "
          "(dirahasiakan)) minta dikabari")


def test_officers_notes_hide_a_confidential_reporter_from_who_may_not_see_them(registered,
                                                                              users):
    complaint = at_step(registered, 5, confidentiality="rahasia")
    hide = prose_for(fresh(users, "kabag_p2"), complaint)
    assert hide(NOTE) == HIDDEN
    assert prose_for(None, complaint)(NOTE) == HIDDEN  # no user: nobody who may see
    # Who may see them reads the note as written.
    assert prose_for(fresh(users, "kasubag_pphti"), complaint) is None
    # A list that asked once passes the answer; it is not asked again.
    assert prose_for(fresh(users, "kabag_p2"), complaint, may_see=True) is None
    assert prose_for(fresh(users, "kasubag_pphti"), complaint, may_see=False)(NOTE) == HIDDEN
    # An ordinary reporter is no secret: everyone reads the note as written.
    assert prose_for(fresh(users, "kabag_p2"), at_step(registered, 5)) is None


def test_a_typed_text_names_the_reporter_by_their_whole_values_only(registered):
    identity = identity_in_text(registered.pelapor)
    for text in ("dari budi santoso", "NIK 1971010101010001", "HP 0812 7788 9900",
                 "BUDI@example.id"):
        assert identity.reveals(text), text
    # A first name may be an official's too; the address is no way to reach them in a letter.
    for text in ("Pak Budi menolak", "Jl. Mentok 12", "", None):
        assert not identity.reveals(text), text


def test_a_naskah_hides_the_reporter_when_any_reader_may_not_see_them(db):
    masked = {doc for doc in ("nota_dinas", "lembar_disposisi", "hasil_telaahan",
                              "surat_tanggapan", "tanda_terima")
              if naskah_masked("rahasia", doc)}
    # The receipt and the answer go to the reporter's own desk and to them.
    assert masked == {"nota_dinas", "lembar_disposisi", "hasil_telaahan"}
    assert naskah_masked("anonim", "nota_dinas")
    assert not naskah_masked("biasa", "nota_dinas")
    # A naskah of unknown readers goes to the division: masked.
    assert naskah_masked("rahasia", "naskah_baru")


def test_a_naskah_shows_the_reporter_once_all_its_readers_are_viewers(db):
    settings.put("confidential_viewers", ["divisi_terkait", "kadiv", "kabag_p2", "kakanwil"],
                 actor=accounts.COMMAND_LINE)
    assert not naskah_masked("rahasia", "nota_dinas")
    assert naskah_masked("rahasia", "tanda_terima")  # its reader is no longer a viewer
    assert not naskah_masked("rahasia", "naskah_baru")  # read by the division alone


@pytest.mark.parametrize("kind, step_no, reveals", [
    ("surat", 1, True),  # the complainant's letter
    ("surat", None, True),
    ("lainnya", 5, True),  # an unspecific kind may show anything: a KTP, a sender's name
    ("jawaban", 10, False),  # the division's answer
    ("jawaban", 1, True),  # whatever came in at registration is the complainant's own
    ("nota_dinas", 9, False),  # the signed scan of a masked naskah
    ("nota_dinas", 1, True),
    ("tanda_terima", 5, True),  # the receipt names the reporter
    ("surat_tanggapan", 14, True),
    ("hasil_telaahan", 5, False),
])
def test_a_file_reveals_the_reporter_by_what_it_is(db, kind, step_no, reveals):
    assert attachment_reveals_reporter(kind, step_no) is reveals


def test_a_file_that_reveals_the_reporter_opens_only_for_those_who_may_see_them(db, users):
    kadiv, kakanwil = fresh(users, "kadiv"), fresh(users, "kakanwil")
    assert not can_open_attachment(kadiv, "rahasia", "surat", 1)
    assert can_open_attachment(kakanwil, "rahasia", "surat", 1)
    assert can_open_attachment(kadiv, "biasa", "surat", 1)
    assert can_open_attachment(kadiv, "rahasia", "jawaban", 10)
    assert not can_open_attachment(kadiv, "rahasia", "jawaban", 1)  # came in with the letter
    assert can_open_attachment(None, "rahasia", "nota_dinas", 9)
    assert not can_open_attachment(None, "anonim", "tanda_terima", 3)


# ------------------------------------------------------------------ where naskah are made

def test_the_steps_of_each_naskah_come_from_the_sop(db, sop):
    assert naskah_steps(sop, "nota_dinas") == {6, 7, 8, 9}
    assert naskah_steps(sop, "lembar_disposisi") == {2, 3, 4, 11, 12, 13}
    assert naskah_steps(sop, "hasil_telaahan") == {5}
    assert naskah_steps(sop, "surat_tanggapan") == {10, 11, 12, 13, 14}
    assert naskah_steps(sop, "tanda_terima") == set(range(1, 15))
    assert naskah_steps(sop, "naskah_baru") == set()


def test_a_naskah_asked_for_as_kelengkapan_is_made_there_too():
    """An office whose SOP also asks for the telaahan and the disposition sheet as a
    step's input (kelengkapan): those steps make it too, besides the review and the steps
    that need an instruction."""
    from app.office.sop import parse_sop
    from app.paths import default_sop_path

    text = default_sop_path().read_text(encoding="utf-8").replace(
        'bukti = ["lampiran:jawaban", "dokumen:surat_tanggapan"]',
        'bukti = ["lampiran:jawaban", "dokumen:surat_tanggapan", "dokumen:hasil_telaahan", '
        '"dokumen:lembar_disposisi"]')
    other = parse_sop(text)
    laporan = {s.no for s in other.steps if s.kelengkapan == "laporan"}
    assert laporan == {10, 11, 12, 13, 14}
    assert naskah_steps(other, "hasil_telaahan") == {5} | laporan
    assert naskah_steps(other, "lembar_disposisi") == {2, 3, 4} | laporan


def test_the_operator_acts_for_the_complainant(db, sop):
    assert operator_lanes(sop) == {"kasubag_pphti"}


# ----------------------------------------------------------------------- who may write

def test_a_closed_complaint_is_read_only_for_everyone(registered, users):
    registered.status = STATUS_CLOSED
    for actor in (accounts.COMMAND_LINE, fresh(users, "admin"), fresh(users, "kakanwil")):
        reason = write_refusal(actor, registered, ATTACH)
        assert reason == f"Pengaduan {registered.register_no} sudah selesai; berkasnya " \
                         "hanya dapat dibaca."


def test_a_naskah_is_made_only_at_its_steps_administrators_included(registered, users):
    complaint = at_step(registered, 2)
    expected = "Nota Dinas dibuat pada langkah 6, 7, 8, 9, bukan pada langkah 2."
    assert write_refusal(fresh(users, "admin"), complaint, NASKAH, "nota_dinas") == expected
    assert write_refusal(accounts.COMMAND_LINE, complaint, NASKAH, "nota_dinas") == expected
    assert write_refusal(accounts.COMMAND_LINE, complaint, NASKAH, "naskah_baru") == \
        "naskah_baru dibuat pada langkah -, bukan pada langkah 2."
    assert write_refusal(accounts.COMMAND_LINE, at_step(registered, 6), NASKAH,
                         "nota_dinas") is None


def test_a_signed_scan_waits_until_its_naskah_is_made(registered, users):
    admin = fresh(users, "admin")
    assert write_refusal(admin, at_step(registered, 5), SIGNED, "nota_dinas") == (
        "Nota Dinas belum dibuat pada langkah 5; pindaiannya yang ditandatangani belum dapat "
        "dilampirkan.")
    assert write_refusal(admin, at_step(registered, 6), SIGNED, "nota_dinas") is None
    assert write_refusal(admin, at_step(registered, 14), SIGNED, "nota_dinas") is None
    assert write_refusal(admin, at_step(registered, 14), SIGNED, "naskah_baru") is not None


def test_no_user_and_a_deactivated_user_may_write_nothing(registered, users):
    complaint = at_step(registered, 2)
    assert write_refusal(None, complaint, ATTACH) == "Tidak ada pengguna yang masuk."
    assert write_refusal(None, complaint, OUTPUT, "disposisi") == \
        "Tidak ada pengguna yang masuk."
    kakanwil = deactivate(users, "kakanwil")
    for what, doc in ((ATTACH, None), (OUTPUT, "disposisi")):
        assert "Akun kakanwil tidak aktif lagi" in write_refusal(kakanwil, complaint, what, doc)


def test_the_command_line_writes_at_any_step_within_the_sop(registered):
    for step in (2, 5, 10):
        assert write_refusal(accounts.COMMAND_LINE, at_step(registered, step), ATTACH) is None


def test_a_naskah_showing_a_confidential_reporter_is_made_only_by_a_viewer(registered, users):
    complaint = at_step(registered, 5, confidentiality="rahasia")
    refusal = ("Tanda Terima memuat identitas pelapor yang dirahasiakan; hanya pejabat yang "
               "berwenang yang dapat membuatnya.")
    assert write_refusal(fresh(users, "admin"), complaint, NASKAH, "tanda_terima") == refusal
    assert write_refusal(fresh(users, "kasubag_pphti"), complaint, NASKAH,
                         "tanda_terima") is None
    # A masked naskah shows no one: the rule of the step decides alone.
    assert write_refusal(fresh(users, "admin"), complaint, NASKAH, "hasil_telaahan") is None
    assert write_refusal(fresh(users, "admin"), at_step(registered, 5), NASKAH,
                         "tanda_terima") is None


def test_a_file_is_added_by_the_steps_lane_the_operator_or_an_administrator(registered,
                                                                            users, sop):
    complaint = at_step(registered, 2)
    allowed = {name for name in [*LANES, "admin"]
               if write_refusal(fresh(users, name), complaint, ATTACH) is None}
    assert allowed == {"kakanwil", "kasubag_pphti", "admin"}
    assert write_refusal(fresh(users, "kadiv"), complaint, ATTACH) == (
        f"Pada langkah 2 hanya {lane_name(sop, 'kakanwil')} (atau operator) yang dapat "
        "menambah lampiran.")


def test_the_acting_lane_of_a_sub_step_decides(registered, users):
    # Step 9 is the Kadiv's paraf; its part 1 the Kakanwil's signature.
    allowed = {part: {name for name in LANES
                      if write_refusal(fresh(users, name), at_step(registered, 9, part),
                                       ATTACH) is None}
               for part in (None, 1)}
    assert allowed == {None: {"kadiv", "kasubag_pphti"}, 1: {"kakanwil", "kasubag_pphti"}}


def test_a_naskah_is_made_by_the_steps_lane_or_the_operator(registered, users, sop):
    complaint = at_step(registered, 3)
    allowed = {name for name in [*LANES, "admin"]
               if write_refusal(fresh(users, name), complaint, NASKAH,
                                "lembar_disposisi") is None}
    assert allowed == {"kadiv", "kasubag_pphti", "admin"}
    assert write_refusal(fresh(users, "kakanwil"), complaint, NASKAH, "lembar_disposisi") == (
        f"Lembar Disposisi pada langkah 3 dibuat oleh {lane_name(sop, 'kadiv')} atau "
        "operator.")


def test_a_signed_scan_comes_from_the_naskahs_officials_never_its_addressee(registered,
                                                                            users):
    for step in (9, 10):
        complaint = at_step(registered, step)
        allowed = {name for name in LANES
                   if write_refusal(fresh(users, name), complaint, SIGNED, "nota_dinas")
                   is None}
        # The steps' officials (Kasubag PPHTI at 6 and 7, Kabag P2 at 8, Kadiv at 9), the
        # signer (Kakanwil); never the division the nota dinas goes to.
        assert allowed == {"kasubag_pphti", "kabag_p2", "kadiv", "kakanwil"}
    assert write_refusal(fresh(users, "divisi_terkait"), complaint, SIGNED, "nota_dinas") == (
        "Pindaian Nota Dinas yang ditandatangani tidak dapat dilampirkan oleh Anda pada "
        "langkah 10.")
    # The signer alone, where no official of the naskah's steps holds the lane.
    settings_lanes = {name for name in LANES
                      if write_refusal(fresh(users, name), at_step(registered, 14), SIGNED,
                                       "hasil_telaahan") is None}
    assert settings_lanes == {"kasubag_pphti"}


def test_a_steps_product_is_written_at_its_step_by_its_lane(registered, users, sop):
    complaint = at_step(registered, 5)
    allowed = {name for name in [*LANES, "admin"]
               if write_refusal(fresh(users, name), complaint, OUTPUT, "telaahan") is None}
    assert allowed == {"kasubag_pphti", "admin"}
    assert write_refusal(accounts.COMMAND_LINE, complaint, OUTPUT, "telaahan") is None
    assert write_refusal(fresh(users, "kadiv"), complaint, OUTPUT, "telaahan") == (
        f"Pada langkah 5 isian ini dibuat oleh {lane_name(sop, 'kasubag_pphti')}.")
    assert write_refusal(accounts.COMMAND_LINE, complaint, OUTPUT, "jawaban") == \
        "Isian ini dibuat pada langkah 10, bukan pada langkah 5."
    assert write_refusal(accounts.COMMAND_LINE, complaint, OUTPUT, "tidak_ada") == \
        "Isian ini dibuat pada langkah -, bukan pada langkah 5."
    assert write_refusal(accounts.COMMAND_LINE, complaint, OUTPUT, None) == \
        "Isian ini dibuat pada langkah -, bukan pada langkah 5."


def test_the_signature_is_the_product_of_step_9s_second_part(registered, users):
    allowed = {name for name in LANES
               if write_refusal(fresh(users, name), at_step(registered, 9, 1), OUTPUT,
                                "tanda_tangan") is None}
    assert allowed == {"kakanwil"}
    assert write_refusal(accounts.COMMAND_LINE, at_step(registered, 9), OUTPUT,
                         "tanda_tangan") == \
        "Isian ini dibuat pada langkah 9, bukan pada langkah 9."


def test_require_write_raises_the_refusal(registered, users):
    complaint = at_step(registered, 2)
    require_write(fresh(users, "kakanwil"), complaint, ATTACH)
    require_write(accounts.COMMAND_LINE, at_step(registered, 6), NASKAH, "nota_dinas")
    complaint = at_step(registered, 2)
    with pytest.raises(NotPermitted) as refused:
        require_write(fresh(users, "kadiv"), complaint, ATTACH)
    assert str(refused.value) == write_refusal(fresh(users, "kadiv"), complaint, ATTACH)
