"""What a naskah says about a complaint: every template variable (see
app.naskah.catalogue) from the complaint, the SOP's lanes and the office settings, with the
reporter hidden where the rule or the acting user's role requires it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import DocumentError
from app.i18n import _
from app.naskah.catalogue import (
    INSTRUCTIONS,
    LIST_VARIABLES,
    PLACEHOLDER,
    SIFAT,
    VARIABLES,
)
from app.office import timefmt
from app.office.vocab import (
    ATTACHMENT_KINDS,
    CATEGORIES,
    CHANNELS,
    CONFIDENTIAL,
    CONFIDENTIALITY,
    DOC_SIGNERS,
    DOC_TYPES,
    SUBJECT_KINDS,
    label,
)
from app.office.wording import long_date, long_datetime, short_date, short_datetime, terbilang
from app.services import outputs, settings, sop_versions
from app.services.accounts import Actor
from app.services.naskah_records import checked_type
from app.services.office_lists import division_for
from app.services.permissions import identity_in_prose, naskah_masked
from app.store.models import (
    OUTCOME_FORWARDED,
    Attachment,
    Complaint,
    Document,
    Paraf,
    StepRecord,
    User,
    UserLane,
    now,
)


def build_context(complaint: Complaint, doc_type: str, *, actor: Actor | None = None,
                  number: str = "", version: int = 1, step_no: int | None = None,
                  at: dt.datetime | None = None, output_id: int | None = None,
                  extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every template variable (see VARIABLES) for `complaint`, as plain text and lists.

    The reporter of a rahasia/anonim complaint is hidden when a reader of this type may not
    see them (app.services.permissions.naskah_masked), with the names of the attached files
    (scans are often named after their sender).
    What the steps produced fills the naskah (app.services.outputs): the disposition of the
    level `step_no`, the telaahan, the nota dinas fields `output_id` (else the latest), the
    division's answer. `extra` overrides any variable (what the user edited before
    generating); an unknown name raises DocumentError."""

    checked_type(doc_type)
    at = at or now()
    person = actor if isinstance(actor, User) else None  # the command line is nobody
    # By where the naskah goes, not by who makes it (app.services.permissions).
    mask_reporter = naskah_masked(complaint.confidentiality, doc_type)
    sop = sop_versions.sop_of(complaint)
    pelapor = complaint.pelapor
    confidential = complaint.confidentiality in CONFIDENTIAL
    office = settings.current()  # read once: every line of the kop and every signatory
    roles = _roles(doc_type, complaint, office)
    signer = signatory(roles["penandatangan"], office)
    attachments = list(Attachment.select().where(Attachment.complaint == complaint)
                       .order_by(Attachment.id))

    def reporter(value: str | None) -> str:
        return _("Dirahasiakan") if mask_reporter else (value or "-")

    name = reporter(pelapor.name if pelapor.name and not pelapor.anonymous else _("Anonim"))
    filled = _from_outputs(complaint, doc_type, sop, office, step_no, output_id, attachments,
                           name)
    attachments = filled.pop("_berkas")
    history = _dispositions(complaint, sop)
    context: dict[str, Any] = {
        "logo": settings.office_logo_bytes(office) or "",  # bytes: the kop's image
        "kop_kementerian": office.office_ministry,
        "kop_kantor": office.office_name,
        "kop_alamat": office.office_address,
        "kop_kontak": _("Telepon {p}, Faksimili {f}").format(p=office.office_phone,
                                                             f=office.office_fax),
        "kop_laman": _("Laman {w}, email {e}").format(w=office.office_web,
                                                      e=office.office_email),
        "jenis_dokumen": _(DOC_TYPES[doc_type]),
        "nomor": number or "-",
        "versi": str(version),
        "langkah": str(step_no or complaint.current_step or "-"),
        "tanggal": long_date(at),
        "tempat": office.office_city,
        "tempat_tanggal": f"{office.office_city}, {long_date(at)}",
        "yth": roles["yth"],
        "dari": roles["dari"],
        "sifat": _(SIFAT["rahasia" if confidential else roles["sifat"]]),
        "sifat_kode": "rahasia" if confidential else roles["sifat"],
        "lampiran": (f"{len(attachments)} ({terbilang(len(attachments))}) "
                     + _("berkas")) if attachments and roles["lampiran"] else "-",
        "hal": roles["hal"],
        "tembusan": list(roles["tembusan"]),
        "penandatangan_jabatan": signer["jabatan"],
        "penandatangan_nama": signer["nama"],
        "penandatangan_nip": signer["nip"],
        # Paraf boxes are small: the SOP's short lane names (Kabag P2), not full titles.
        "paraf": [{"jabatan": sop.lane(lane).name, "nama": signatory(lane, office)["nama"],
                   "tanggal": filled["_paraf"].get(lane, "")} for lane in roles["paraf"]],
        "petugas_nama": (person.full_name if person else "") or PLACEHOLDER[:30],
        "petugas_nip": (person.nip if person else "") or PLACEHOLDER[:25],
        "petugas_jabatan": (person.jabatan if person else "") or "",
        "nomor_register": complaint.register_no,
        "tanggal_diterima": long_date(complaint.received_at),
        "waktu_diterima": long_datetime(complaint.received_at),
        "saluran": label(CHANNELS, complaint.channel),
        "kategori": label(CATEGORIES, complaint.category),
        "tingkat": office.tiers.get(complaint.tier, {}).get("nama", complaint.tier),
        "jenis_terlapor": label(SUBJECT_KINDS, complaint.subject_kind),
        "terlapor": complaint.subject_name,
        "ringkasan": complaint.summary,
        "uraian": complaint.description,
        "kerahasiaan": label(CONFIDENTIALITY, complaint.confidentiality),
        "tiket_lapor": complaint.lapor_ticket or "-",
        # a deadline is a moment: its closing time and zone (app.office.timefmt)
        "batas_waktu": timefmt.long(complaint.due_at),
        "pelapor_dirahasiakan": bool(mask_reporter),
        "pelapor_nama": name,
        "pelapor_nik": reporter(pelapor.nik),
        "pelapor_alamat": reporter(pelapor.address),
        "pelapor_telepon": reporter(pelapor.phone),
        "pelapor_email": reporter(pelapor.email),
        "penerima": (_("Pelapor (dirahasiakan)") if mask_reporter
                     else _("Sdr. {n}").format(n=pelapor.name) if pelapor.name and not
                     pelapor.anonymous else _("Pelapor (anonim)")),
        "penerima_alamat": (pelapor.address if pelapor.address and not pelapor.anonymous
                            and not mask_reporter
                            else _("melalui {s}").format(s=label(CHANNELS, complaint.channel))),
        "lampiran_berkas": [
            {"nama": (_("Berkas {i}").format(i=i) if mask_reporter else a.filename),
             "jenis": _(ATTACHMENT_KINDS.get(a.kind, a.kind))}
            for i, a in enumerate(attachments, start=1)],
        "nomor_surat": complaint.letter_number or "-",
        "tanggal_surat": long_date(complaint.letter_date) if complaint.letter_date else "-",
        "perihal_surat": complaint.letter_subject or complaint.summary,
        "nomor_agenda": complaint.register_no,
        "diserahkan_langsung": complaint.channel == "langsung",
        "disposisi": [{k: v for k, v in row.items() if k != "lane"} for row in history],
    }
    context.update({k: v for k, v in filled.items() if not k.startswith("_")})
    if doc_type == "tanda_terima":  # what was received, when it was received
        context.update(tanggal=long_date(complaint.received_at),
                       tempat_tanggal=f"{office.office_city}, "
                                      f"{long_date(complaint.received_at)}")
    for key, value in (extra or {}).items():
        if key not in VARIABLES:
            raise DocumentError(_("Isian naskah tidak dikenal: {k}").format(k=key))
        if key in LIST_VARIABLES and not isinstance(value, list | tuple):
            raise DocumentError(_("Isian naskah {k} harus berupa daftar.").format(k=key))
        context[key] = list(value) if key in LIST_VARIABLES else value
    if mask_reporter:
        _hide_in_prose(context, identity_in_prose(pelapor))
    return context


# Free text a reporter or an officer wrote, which may name the reporter (the officials'
# own names, the office's kop and the terlapor are not prose and stay as they are).
PROSE = ("uraian", "ringkasan", "perihal_surat", "hal", "isi", "catatan", "yth", "tembusan",
         "jawaban_divisi", "isi_tanggapan", *outputs.TELAAHAN_PARTS)


def _hide_in_prose(context: dict[str, Any], hide) -> None:
    """The reporter's identity out of every prose variable of a masked naskah, typed before
    generating or not (app.office.masking)."""
    for key in PROSE:
        if key in context:
            context[key] = hide.deep(context[key])
    context["disposisi"] = [{**row, "isi": hide.deep(row["isi"])}
                            if isinstance(row, dict) and "isi" in row else hide.deep(row)
                            for row in context.get("disposisi", [])]


def _paragraphs(text: str) -> list[str]:
    """A typed text as the naskah's paragraphs: split at blank lines, or at every line
    when there is none (one paragraph per line typed)."""
    text = (text or "").strip()
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()] if "\n\n" in text else \
        [line.strip() for line in text.splitlines() if line.strip()]
    return blocks or ["-"]


CLOSING = ("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")


def default_isi(complaint: Complaint, reporter_name: str) -> list[str]:
    """The nota dinas's body before the konseptor writes one (also the draft form's first
    text): the complaint in one paragraph, asking for the division's follow-up."""
    return [
        _("Bersama ini kami sampaikan laporan pengaduan masyarakat dari {p} yang diterima "
          "pada tanggal {d} melalui {c} dengan Nomor Register {n}, perihal {s}.").format(
            p=reporter_name, d=long_date(complaint.received_at),
            c=label(CHANNELS, complaint.channel).lower(), n=complaint.register_no,
            s=complaint.summary.rstrip(".")),
        _("Sehubungan dengan hal tersebut, mohon Saudara menindaklanjuti laporan pengaduan "
          "dimaksud sesuai dengan kewenangan dan menyampaikan jawaban atau laporan hasil "
          "tindak lanjutnya kepada Kepala Kantor Wilayah melalui Bagian Program dan "
          "Pelaporan.")]


def _from_outputs(complaint: Complaint, doc_type: str, sop, office, step_no: int | None,
                  output_id: int | None, attachments: list[Attachment],
                  reporter_name: str) -> dict[str, Any]:
    """The variables the steps' outputs fill for `doc_type`; "_berkas" is the files sent
    with (or received as) the naskah, "_paraf" the paraf dates by lane."""
    first_step = sop.first_step.no
    result: dict[str, Any] = {"_paraf": {}, "_berkas": attachments}
    # Dispositions: one sheet per level; the boxes of that level ticked.
    level = outputs.latest(complaint.id, outputs.DISPOSITION, step_no=step_no) \
        if step_no is not None else None
    level = level or outputs.latest(complaint.id, outputs.DISPOSITION)
    chosen = level.fields if level else {}
    level_lane = sop.acting_lane(level.step_no) if level else sop.acting_lane(
        step_no or complaint.current_step or first_step)
    result.update(
        disposisi_dari=signatory(level_lane, office)["jabatan"],
        diteruskan=[{"jabatan": signatory(lane, office)["jabatan"],
                     "dicentang": lane in chosen.get("kepada", [])}
                    for lane in ("kadiv", "kabag_p2", "kasubag_pphti")],
        instruksi=[{"teks": _(text), "dicentang": text in chosen.get("instruksi", [])}
                   for text in INSTRUCTIONS],
        catatan=chosen.get("catatan", ""))
    # The telaahan's six parts (or why there is none).
    review = outputs.latest(complaint.id, outputs.TELAAHAN)
    parts = review.fields if review else {}
    waived = parts.get("pengecualian")
    for name in outputs.TELAAHAN_PARTS:
        result[name] = parts.get(name) or ("-" if review else PLACEHOLDER)
    if waived:
        result["saran"] = _("Tanpa telaahan: {r}").format(r=waived)
    # The nota dinas: the fields of the version made (or the latest), their paraf.
    draft = outputs.get(output_id) if output_id else outputs.latest(complaint.id,
                                                                     outputs.NOTA_DINAS)
    division = outputs.division_of(complaint, office)
    result["divisi_terkait"] = division["nama"] if division else _("Divisi Terkait")
    if doc_type == "nota_dinas" and draft is not None:
        note = draft.fields
        chosen_division = next((d for d in office.divisi_terkait
                                if d["kode"] == note["divisi"]), division)
        sent = [a for a in attachments if a.id in note.get("lampiran", [])]
        result.update(yth=note["yth"], hal=note["hal"], isi=_paragraphs(note["isi"]),
                      tembusan=list(note.get("tembusan", [])), _berkas=sent,
                      divisi_terkait=chosen_division["nama"] if chosen_division else "-")
        if note.get("sifat") and complaint.confidentiality not in CONFIDENTIAL:
            result.update(sifat=_(SIFAT[note["sifat"]]), sifat_kode=note["sifat"])
        result["_paraf"] = _paraf_dates(draft.id)
    else:
        result["isi"] = default_isi(complaint, reporter_name)
    if doc_type == "nota_dinas" and not result["isi"][-1].startswith("Demikian"):
        result["isi"] = [*result["isi"], _(CLOSING)]  # kept with the signature
    if doc_type == "nota_dinas" and draft is None:
        result["_berkas"] = [a for a in attachments if a.step_no == first_step]
    if doc_type == "tanda_terima":  # only what the complainant handed in
        result["_berkas"] = [a for a in attachments if a.step_no == first_step]
    # The division's answer, and the letter to the complainant built on it.
    answer = outputs.latest(complaint.id, outputs.ANSWER)
    reply = outputs.latest(complaint.id, outputs.REPLY)
    result["jawaban_divisi"] = answer.fields["isi"] if answer else "-"
    text = reply.fields["isi"] if reply else answer.fields["isi"] if answer else None
    result["isi_tanggapan"] = _paragraphs(text) if text else [PLACEHOLDER]
    return result


def _paraf_dates(output_id: int) -> dict[str, str]:
    """The date each lane initialled a version filled from these fields."""
    rows = (Paraf.select(Paraf.lane, Paraf.at).join(Document)
            .where(Document.output == output_id).order_by(Paraf.at))
    dates: dict[str, str] = {}
    for lane, at in rows.tuples():
        dates.setdefault(lane, short_date(at))
    return dates


def signatory(lane: str, office: settings.OfficeSettings | None = None) -> dict[str, str]:
    """jabatan, nama, nip of who signs for `lane`: the settings (`office`, else read now),
    else the first active user holding the lane, else a line to fill in by hand."""
    office = office or settings.current()
    conf = office.signatories.get(lane, {})
    jabatan, nama, nip = conf.get("jabatan") or lane, conf.get("nama"), conf.get("nip")
    if not nama:
        holder = (User.select().join(UserLane).where((UserLane.lane == lane) & User.active)
                  .order_by(User.id).first())
        if holder is not None:
            nama, nip = holder.full_name, nip or holder.nip
    return {"jabatan": jabatan, "nama": nama or PLACEHOLDER[:30], "nip": nip or PLACEHOLDER[:25]}


def _roles(doc_type: str, complaint: Complaint,
           office: settings.OfficeSettings) -> dict[str, Any]:
    """Addressee, sender, signer and initials per type, from the SOP's lanes."""
    kakanwil = signatory("kakanwil", office)["jabatan"]
    hal_register = _("Laporan Pengaduan Nomor Register {n}").format(n=complaint.register_no)
    base = {"sifat": "biasa", "lampiran": False, "tembusan": [], "paraf": []}
    table = {
        "nota_dinas": dict(yth=_yth_divisi(complaint, office), dari=kakanwil,
                           sifat="segera", lampiran=True,
                           hal=_("Tindak Lanjut Laporan Pengaduan Masyarakat"),
                           paraf=["kasubag_pphti", "kabag_p2", "kadiv"],
                           tembusan=[signatory("kadiv", office)["jabatan"]]),
        "lembar_disposisi": dict(yth=kakanwil, dari="", sifat="segera", hal=complaint.summary),
        "hasil_telaahan": dict(yth=signatory("kabag_p2", office)["jabatan"],
                               dari=signatory("kasubag_pphti", office)["jabatan"],
                               lampiran=True,
                               hal=_("Hasil Telaahan ") + hal_register),
        "surat_tanggapan": dict(yth="", dari=kakanwil, hal=_("Tanggapan atas ") + hal_register),
        "tanda_terima": dict(yth="", dari="", hal=_("Tanda Terima ") + hal_register),
    }
    return base | table[doc_type] | {"penandatangan": DOC_SIGNERS[doc_type]}


def _yth_divisi(complaint: Complaint, office: settings.OfficeSettings) -> str:
    """The nota dinas's addressee: the head of the division the office's list points the
    complaint to (app.services.office_lists.division_for), else the head of the division
    named, else a line to correct by hand."""
    division = division_for(complaint.subject_kind, complaint.subject_name,
                            office.divisi_terkait)
    if division is not None:
        return division["jabatan"]
    if complaint.subject_kind == "divisi":
        name = complaint.subject_name
        return name if name.lower().startswith("kepala") else _("Kepala {n}").format(n=name)
    return _("Kepala Divisi Terkait")


def _dispositions(complaint: Complaint, sop) -> list[dict[str, str]]:
    """The dispositions given so far: the steps whose kelengkapan is a disposition (SOP
    data), forwarded with their instruction."""
    steps = {step.no for step in sop.steps if step.kelengkapan == "disposisi"}
    records = (StepRecord.select().where((StepRecord.complaint == complaint)
                                         & StepRecord.step_no.in_(steps)
                                         & (StepRecord.outcome == OUTCOME_FORWARDED))
               .order_by(StepRecord.seq))
    rows = []
    for record in records:
        target = sop.forward_of(record.step_no).target
        target_lane = sop.step(target).lane if target is not None else None
        actor = User.get_by_id(record.actor_id) if record.actor_id else None
        rows.append({
            "tanggal": short_datetime(record.ended_at),
            "dari": sop.lane(record.lane).name,
            "kepada": sop.lane(target_lane).name if target_lane else "-",
            "isi": record.note or "-",
            "oleh": actor.full_name if actor else "-",
            "lane": target_lane,
        })
    return rows
