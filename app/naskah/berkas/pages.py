"""The berkas's own pages: the cover (kop, register number, status, deadlines, the contents
and the checksum line), the complaint's data, and the history of every step pass, hold and
return for revision."""

from __future__ import annotations

from app.i18n import _
from app.naskah.berkas.content import MASKED, Pack
from app.naskah.berkas.typeset import BOLD, Flow
from app.office import wording
from app.services import outputs, settings, sop_versions


def _when(moment) -> str:
    return wording.short_datetime(moment) if moment else "-"


def _span(start, end) -> str:
    """"Rab, 25-11-2026\n08.00–08.10" within a day; both moments in full otherwise."""
    if end is None:
        return _("{t}\nbelum selesai").format(t=_when(start))
    if start.date() == end.date():
        first = wording.clock(start).rsplit(" ", 1)[0]  # the zone once, after the end
        return f"{wording.short_date(start.date())}\n{first}–{wording.clock(end)}"
    return f"{_when(start)}\n{_when(end)}"


def cover(pack: Pack, contents: list[tuple[str, int]], checksum: str, total: int) -> Flow:
    """One page. `contents`: (section title, first page number)."""
    office = settings.current()
    case = pack.case
    flow = Flow()
    flow.clean = pack.clean
    flow.line(office.office_ministry, 12, BOLD, align="center")
    flow.line(office.office_name, 12, BOLD, align="center")
    flow.line(office.office_address, 9, align="center")
    flow.line(_("Telepon {t}, Faksimili {f}").format(t=office.office_phone,
                                                      f=office.office_fax), 9, align="center")
    flow.line(_("Laman {w}, Pos-el {e}").format(w=office.office_web, e=office.office_email),
              9, align="center")
    flow.rule(1.5)
    flow.space(40)
    flow.line(_("BERKAS PENGADUAN"), 20, BOLD, align="center")
    flow.line(_("Layanan Pengaduan Masyarakat — SOP {n}").format(n=case.sop_number), 10,
              align="center")
    flow.space(10)
    flow.line(case.register_no, 16, BOLD, align="center")
    flow.space(30)
    flow.field(_("Status"), case.status + (
        _(" — langkah {n}: {a}").format(n=case.current_step, a=case.current_activity)
        if case.current_step else ""))
    flow.field(_("Diterima"), _when(case.received_at))
    flow.field(_("Saluran"), case.channel)
    flow.field(_("Tingkat"), case.tier)
    flow.field(_("Kerahasiaan"), case.confidentiality)
    flow.field(_("Batas penyelesaian"), _when(case.due_at))
    if case.closed_at:
        flow.field(_("Selesai"), _when(case.closed_at))
    elif case.step_due_at:
        flow.field(_("Batas langkah ini"), _when(case.step_due_at))
    flow.field(_("Putaran perbaikan"), str(case.revision_loops))
    flow.field(_("Penundaan"), str(len(case.holds)))
    flow.space(20)
    flow.line(_("Isi berkas"), 11, BOLD)
    for title, page in contents:
        flow.field(title, _("halaman {p}").format(p=page), label_width=200)
    flow.space(20)
    flow.field(_("Dicetak"), _("{t} untuk {u}").format(t=_when(pack.made_at),
                                                       u=pack.viewer_name))
    flow.field(_("Tampilan"), _("lengkap, tanpa penyamaran (arsip kantor)") if pack.unmasked
               else _("sesuai hak akses pengguna") if pack.reporter_visible
               else _("identitas pelapor dirahasiakan untuk pengguna ini"))
    flow.field(_("Jumlah halaman"), str(total))
    flow.space(6)
    flow.line(_("Sidik isi berkas (SHA-256):"), 9, BOLD)
    flow.line(" ".join(checksum[i:i + 8] for i in range(0, 64, 8)), 9)
    flow.paragraph(_("Sidik ini dihitung dari nomor register, versi data pengaduan, riwayat "
                     "dan sidik SHA-256 setiap naskah dan lampiran yang dimuat; berkas yang "
                     "dicetak ulang dari data yang sama memiliki sidik yang sama."), 7)
    return flow


def data_pages(pack: Pack) -> Flow:
    case = pack.case
    flow = Flow(header=_("Berkas Pengaduan {n} — Data Pengaduan").format(n=case.register_no))
    flow.clean = pack.clean
    flow.heading(_("Data Pengaduan"))
    for label, value in (
            (_("Nomor register"), case.register_no), (_("Diterima"), _when(case.received_at)),
            (_("Saluran"), case.channel), (_("Tiket SP4N-LAPOR!"), case.lapor_ticket or "-"),
            (_("Kategori"), case.category), (_("Terlapor"), case.subject_name),
            (_("Tingkat"), case.tier), (_("Kerahasiaan"), case.confidentiality),
            (_("Nomor surat"), case.letter_number or "-"),
            (_("Tanggal surat"), wording.long_date(case.letter_date) if case.letter_date
             else "-"),
            (_("Perihal surat"), case.letter_subject or "-"),
            (_("Ringkasan"), case.summary),
            (_("Uraian"), case.description if pack.reporter_visible else MASKED)):
        flow.field(label, value)
    flow.heading(_("Pelapor"), 11)
    reporter = case.reporter
    if reporter.visible or pack.unmasked:
        flow.field(_("Nama"), reporter.name)
        for label, value in ((_("NIK"), reporter.nik), (_("Alamat"), reporter.address),
                             (_("Telepon"), reporter.phone), (_("Pos-el"), reporter.email)):
            flow.field(label, value or "-")
    else:
        flow.field(_("Nama"), reporter.name)
        flow.paragraph(_("Identitas pelapor dirahasiakan untuk pengguna ini (Perpres 76/2013)."
                         ), 9)
    flow.heading(_("Hasil Langkah"), 11)
    shown = False
    lanes = {lane.key: lane.name for lane in sop_versions.sop_of(pack.complaint).lanes}
    shown_outputs = []
    for kind in outputs.KINDS:
        if pack.outputs.get(kind) is None:
            continue
        # Every disposition (one per level); the latest version of the other products.
        shown_outputs += (outputs.history(pack.complaint.id, kind) if kind == outputs.DISPOSITION
                          else [pack.outputs[kind]])
    for output in shown_outputs:
        kind = output.kind
        shown = True
        flow.line(_("{k} — versi {v}, langkah {s}, {by}, {t}").format(
            k=_(outputs.LABELS.get(kind, kind.replace("_", " ").title())),
            v=output.version, s=output.step_no, by=output.by, t=_when(output.at)), 10, BOLD)
        order = list(outputs.LABELS)
        for name, value in sorted(output.fields.items(), key=lambda kv: order.index(kv[0])
                                  if kv[0] in order else len(order)):
            if name == "lampiran":
                value = _("{n} berkas (lihat Lampiran)").format(n=len(value or []))
            elif name == "kepada":
                value = "; ".join(lanes.get(v, v) for v in value or [])
            elif name == "divisi" and case.division:
                value = case.division
            elif isinstance(value, list):
                value = "; ".join(str(v) for v in value)
            elif isinstance(value, bool):
                value = _("ya") if value else _("tidak")
            flow.field(_(outputs.LABELS.get(name, name)), str(value))
        flow.space(4)
    if not shown:
        flow.paragraph(_("Belum ada hasil langkah yang dapat ditampilkan."), 9)
    if not pack.reporter_visible:
        flow.paragraph(_("Telaahan, disposisi, surat tanggapan dan catatan penyampaian dapat "
                         "memuat identitas pelapor dan tidak ditampilkan untuk pengguna ini."),
                       8)
    return flow


def history_pages(pack: Pack) -> Flow:
    case = pack.case
    flow = Flow(header=_("Berkas Pengaduan {n} — Riwayat Penanganan").format(
        n=case.register_no))
    flow.clean = pack.clean
    flow.heading(_("Riwayat Penanganan"))
    worked = sum(h.working_minutes for h in case.history)
    flow.paragraph(_("{n} langkah dijalani dalam {p} pengerjaan; waktu kerja {w} (waktu baku SOP "
                     "seluruhnya {s} menit); {r} kali dikembalikan untuk perbaikan; {h} kali "
                     "ditunda.").format(n=len({h.step_no for h in case.history}),
                                        p=len(case.history), w=wording.working_minutes(worked),
                                        s=case.standard_total, r=case.revision_loops,
                                        h=len(case.holds)), 9)
    flow.space(4)
    rows = []
    for h in case.history:
        step = str(h.step_no) + (_("\nke-{n}").format(n=h.pass_no) if h.pass_no > 1 else "")
        over = _(" — lewat baku") if h.ended_at and h.over_standard else ""
        notes = [h.outcome or _("berjalan")]
        notes += [_("Catatan: {n}").format(n=h.note)] if h.note else []
        notes += [_("Kelengkapan dikecualikan: {n}").format(n=h.waiver)] if h.waiver else []
        notes += [_("Oleh administrator: {n}").format(n=h.override_reason)] \
            if h.override_reason else []
        rows.append([step, f"{h.activity}\n{h.lane}", h.actor or "-",
                     _span(h.started_at, h.ended_at),
                     _("{w} / {s} mnt{o}").format(w=wording.working_minutes(h.working_minutes),
                                                  s=h.standard_minutes, o=over),
                     "\n".join(notes)])
    flow.table([6, 33, 13, 15, 12, 30],
               [_("Lkh"), _("Kegiatan / pelaksana"), _("Oleh"), _("Mulai / selesai"),
                _("Waktu kerja / baku"), _("Hasil dan catatan")], rows)
    flow.heading(_("Penundaan"), 11)
    if case.holds:
        flow.table([8, 20, 20, 14, 38], [_("Lkh"), _("Mulai (oleh)"), _("Dilanjutkan"),
                                         _("Waktu kerja"), _("Alasan")],
                   [[str(h.step_no), f"{_when(h.started_at)}\n{h.started_by}",
                     _when(h.ended_at) if h.ended_at else _("masih ditunda"),
                     wording.working_minutes(h.working_minutes)
                     if h.working_minutes is not None else "-", h.reason]
                    for h in case.holds])
    else:
        flow.paragraph(_("Tidak pernah ditunda."), 9)
    flow.heading(_("Pengembalian untuk Perbaikan"), 11)
    if case.corrections:
        flow.table([8, 22, 22, 48], [_("Lkh"), _("Oleh"), _("Waktu"), _("Catatan perbaikan")],
                   [[str(c.step_no), f"{c.by}\n{c.lane}", _when(c.at), c.note]
                    for c in reversed(case.corrections)])
    else:
        flow.paragraph(_("Tidak pernah dikembalikan."), 9)
    return flow


def listing_pages(pack: Pack, title: str, parts, first_pages: dict[int, int]) -> Flow:
    """The list of a section's items: each with its SHA-256, size, and its first page or
    why it has none. `first_pages` maps id(part) to its first page number."""
    flow = Flow(header=_("Berkas Pengaduan {n} — {t}").format(n=pack.case.register_no,
                                                               t=title))
    flow.clean = pack.clean
    flow.heading(title)
    rows = []
    for part in parts:
        where = (_("halaman {p} ({n} hlm)").format(p=first_pages[id(part)], n=part.pages)
                 if id(part) in first_pages else part.note or "-")
        rows.append([part.title, wording.file_size(part.size) if part.size else "-",
                     part.sha256 or "-", where])
    if rows:
        flow.table([30, 10, 36, 24], [_("Berkas"), _("Ukuran"), _("SHA-256"), _("Halaman")],
                   rows, size=7)
    else:
        flow.paragraph(_("Tidak ada."), 9)
    return flow
