"""The berkas pengaduan: a complaint's whole file as one bookmarked PDF, for auditors
(Inspektorat, Ombudsman) and the yearly archive (app.naskah.berkas.arsip).

Sections, each a bookmark (naskah and attachments one bookmark each beneath theirs): the
cover (kop, register number, status, deadlines, contents, a checksum line identifying the
pack), the complaint's data as the viewer may see it, the history (every step pass, who,
when, working time against the standard, notes, every return for revision and hold), the
SOP swimlane, each naskah (the signed version where one exists, else the latest, marked
which on every page), each attachment in order (images become pages; a file that cannot be
turned into pages is listed with its SHA-256). Every page says "Halaman x dari y".

The swimlane is drawn by the GUI's renderer (ui.swimlane, Qt): the caller passes its PDF
(`swimlane_pdf`), as the command line and the case screen do. No Qt here; call `build` off
the GUI thread: a naskah not yet in the PDF cache is converted by Word or LibreOffice.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter, Transformation

from app.i18n import _
from app.naskah.berkas import pages as sections
from app.naskah.berkas.content import BerkasCancelled, Pack, Part, gather
from app.naskah.berkas.convert import NaskahPdf
from app.naskah.berkas.typeset import (
    A4,
    BOLD,
    REGULAR,
    Flow,
    Fonts,
    stamp,
    text_op,
    text_width,
)
from app.services import audit, settings
from app.store.models import Attachment, Document, User

__all__ = ["Berkas", "BerkasCancelled", "NaskahPdf", "Part", "build", "write"]

Progress = Callable[[int, int], None]


@dataclass
class Berkas:
    path: Path
    register_no: str
    pages: int
    size: int
    sha256: str  # of the PDF file
    checksum: str  # the pack's checksum printed on the cover
    bookmarks: list[tuple[int, str, int]] = field(default_factory=list)  # level, title, page
    parts: list[Part] = field(default_factory=list)  # naskah then attachments


def _checksum(pack: Pack) -> str:
    """What identifies the pack: the same data printed again gives the same value."""
    case = pack.case
    data = {"register": case.register_no, "versi": case.row_version,
            "tampilan": "lengkap" if pack.unmasked else
            "terlihat" if pack.reporter_visible else "disamarkan",
            "riwayat": [[h.seq, h.step_no, h.pass_no, h.outcome_code, str(h.ended_at)]
                        for h in case.history],
            "penundaan": [[h.step_no, str(h.started_at), str(h.ended_at)] for h in case.holds],
            "isi": [[p.section, p.title, p.sha256, p.note] for p in pack.naskah + pack.lampiran],
            # a new version of a telaahan or nota dinas changes the data pages, not the row
            "hasil": sorted([kind, o.version] for kind, o in pack.outputs.items() if o)}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def build(complaint_id: int, viewer: User | None, out: str | Path, *,
          unmasked: bool = False, swimlane_pdf: bytes | None = None,
          converter: NaskahPdf | None = None, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None, record: bool = True) -> Berkas:
    """Write the berkas of `complaint_id` to `out` as `viewer` may see it (None: someone
    who may see no confidential reporter), or whole with `unmasked` (the archive: the
    caller checks that an administrator asked). `progress(done, total)`; `cancelled()`
    true stops with BerkasCancelled and nothing written. Audited as "berkas.cetak" unless
    `record` is false (the archive records itself). Raises InvalidAction for a missing
    complaint, OSError when `out` cannot be written."""
    report = progress or (lambda _d, _t: None)
    total = 6 + (Document.select().where(Document.complaint == complaint_id).count()
                 + Attachment.select().where(Attachment.complaint == complaint_id).count())
    done = [0]

    def step(_label: str = "") -> None:
        if cancelled is not None and cancelled():
            raise BerkasCancelled(_("Pembuatan berkas dibatalkan."))
        done[0] += 1
        report(min(done[0], total - 1), total)

    step()
    pack = gather(complaint_id, viewer, unmasked=unmasked, converter=converter, step=step)
    step()
    berkas = write(pack, out, swimlane_pdf=swimlane_pdf)
    report(total, total)
    if record:
        audit.record("berkas.cetak", actor="cli" if viewer is None else viewer.username,
                      complaint_id=complaint_id, detail={
                         "halaman": berkas.pages, "sidik": berkas.checksum,
                         "sha256": berkas.sha256, "tampilan": "lengkap" if unmasked
                         else "disamarkan" if not pack.reporter_visible else "terlihat"})
    return berkas


def write(pack: Pack, out: str | Path, *, swimlane_pdf: bytes | None = None) -> Berkas:
    """Assemble `pack` into the PDF `out` (written beside it, then renamed)."""
    out = Path(out)
    case = pack.case
    readers = {id(p): PdfReader(io.BytesIO(p.pdf)) for p in pack.naskah + pack.lampiran
               if p.pdf is not None}
    for part in pack.naskah + pack.lampiran:
        part.pages = len(readers[id(part)].pages) if id(part) in readers else 0
    swimlane = PdfReader(io.BytesIO(swimlane_pdf)) if swimlane_pdf else None
    data, history = sections.data_pages(pack), sections.history_pages(pack)
    no_chart = None
    if swimlane is None:
        no_chart = Flow()
        no_chart.heading(_("Bagan Alir SOP"))
        no_chart.paragraph(_("Bagan alir tidak disertakan: penggambarnya tidak tersedia "
                             "pada perintah ini."), 9)
    chart_pages = len(swimlane.pages) if swimlane else len(no_chart.pages)

    # Page numbers are known before anything is drawn: lay the listings out once to count.
    def listing(title, parts, numbers):
        return sections.listing_pages(pack, title, parts, numbers)

    naskah_title, lampiran_title = _("Naskah Dinas"), _("Lampiran")
    n_list = len(listing(naskah_title, pack.naskah, {}).pages)
    l_list = len(listing(lampiran_title, pack.lampiran, {}).pages)
    cover_pages = len(sections.cover(pack, [("-", 0)] * 5, "0" * 64, 0).pages)
    page = 1 + cover_pages
    starts = {"data": page}
    page += len(data.pages)
    starts["history"] = page
    page += len(history.pages)
    starts["chart"] = page
    page += chart_pages
    starts["naskah"] = page
    page += n_list
    first: dict[int, int] = {}
    for part in pack.naskah:
        if part.pages:
            first[id(part)] = page
            page += part.pages
    starts["lampiran"] = page
    page += l_list
    for part in pack.lampiran:
        if part.pages:
            first[id(part)] = page
            page += part.pages
    total = page - 1
    contents = [(_("Data Pengaduan"), starts["data"]),
                (_("Riwayat Penanganan"), starts["history"]),
                (_("Bagan Alir SOP"), starts["chart"]), (naskah_title, starts["naskah"]),
                (lampiran_title, starts["lampiran"])]
    checksum = _checksum(pack)
    cover = sections.cover(pack, contents, checksum, total)

    writer = PdfWriter()
    fonts = Fonts(writer)
    marks: dict[int, str] = {}  # page index -> the mark at its top
    bookmarks: list[tuple[int, str, int]] = []

    def mark(title, index, level=0, parent=None):
        bookmarks.append((level, title, index + 1))
        return writer.add_outline_item(title=title, page_number=index, parent=parent)

    mark(_("Sampul"), cover.render(writer, fonts))
    mark(_("Data Pengaduan"), data.render(writer, fonts))
    mark(_("Riwayat Penanganan"), history.render(writer, fonts))
    if swimlane is not None:
        mark(_("Bagan Alir SOP"), _append(writer, swimlane))
    else:
        mark(_("Bagan Alir SOP"), no_chart.render(writer, fonts))
    for title, parts in ((naskah_title, pack.naskah), (lampiran_title, pack.lampiran)):
        head = mark(title, listing(title, parts, first).render(writer, fonts))
        for part in parts:
            if id(part) in readers:
                at = _append(writer, readers[id(part)], fit_small=True)
                for index in range(at, at + part.pages):
                    marks[index] = part.mark
                mark(pack.clean(part.title), at, 1, head)
    if len(writer.pages) != total:
        raise RuntimeError(f"berkas: {len(writer.pages)} halaman, dihitung {total}")
    footer = _("Berkas Pengaduan {n}").format(n=case.register_no)
    for index, page_obj in enumerate(writer.pages):
        stamp(writer, fonts, page_obj, _stamp_ops(page_obj, index + 1, total, footer,
                                                  pack.clean(marks.get(index, ""))))
        _inert(page_obj)
    office = settings.current()
    writer.add_metadata({"/Title": _("Berkas Pengaduan {n}").format(n=case.register_no),
                         "/Author": office.office_name, "/Subject": _("Berkas pengaduan"),
                         "/Creator": "Pengaduan", "/Producer": "Pengaduan (pypdf)"})
    writer.page_mode = "/UseOutlines"
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=out.parent, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            writer.write(stream)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    digest = hashlib.sha256()
    with open(out, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return Berkas(out, case.register_no, total, out.stat().st_size, digest.hexdigest(),
                  checksum, bookmarks, pack.naskah + pack.lampiran)


SMALL = (420.0, 595.0)  # a page smaller than A5 both ways is set on an A4 sheet


# What a page of someone else's PDF may do when opened (scripts, launching programs,
# sending forms): the berkas is the office's document and does none of it.
ACTIVE = ("/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm", "/Rendition",
          "/GoToR", "/GoToE")


def _inert(page) -> None:
    """Another program's notes about the page dropped, and every action a page or its
    annotations would run on opening, clicking or closing (links to a page or a web
    address stay)."""
    for key in ("/Metadata", "/PieceInfo", "/AA"):
        if key in page:
            del page[key]
    for annotation in page.get("/Annots") or []:
        annotation = annotation.get_object()
        if "/AA" in annotation:
            del annotation["/AA"]
        action = annotation.get("/A")
        if action is not None and action.get_object().get("/S") in ACTIVE:
            del annotation["/A"]


def _append(writer: PdfWriter, reader: PdfReader, *, fit_small: bool = False) -> int:
    """Add the pages of `reader`; with `fit_small`, a small page (a photo or a receipt
    scanned at its own size) is scaled onto an A4 sheet, so it prints readably and the
    page number and mark have room."""
    first = len(writer.pages)
    for page in reader.pages:
        box = page.cropbox
        width, height = float(box.width), float(box.height)
        if page.rotation % 180:
            width, height = height, width
        if not fit_small or width >= SMALL[0] or height >= SMALL[1] or min(width, height) <= 0:
            writer.add_page(page)
            continue
        if page.rotation:
            page.transfer_rotation_to_content()
            box = page.cropbox
        sheet = PageObject.create_blank_page(width=A4[0], height=A4[1])
        scale = min((A4[0] - 80) / width, (A4[1] - 110) / height)
        x = (A4[0] - width * scale) / 2 - float(box.left) * scale
        y = (A4[1] - height * scale) / 2 - float(box.bottom) * scale
        sheet.merge_transformed_page(page, Transformation().scale(scale).translate(x, y))
        writer.add_page(sheet)
    return first


def _stamp_ops(page, number: int, total: int, footer: str, mark: str) -> bytes:
    box = page.cropbox
    left, bottom = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    size = 7.5
    label = _("Halaman {x} dari {y}").format(x=number, y=total)
    label_width = text_width(label, size, BOLD)
    x = left + width - 20 - label_width
    ops = [b"q 1 g %.2f %.2f %.2f %.2f re f Q\n" % (x - 3, bottom + 9, label_width + 6,
                                                     size + 5),
           text_op(x, bottom + 12, label, size, BOLD),
           text_op(left + 20, bottom + 12, footer, 6.5, REGULAR, gray=0.35)]
    if mark:
        mark_width = min(text_width(mark, size, REGULAR), width - 40)
        ops.insert(0, b"q 1 g %.2f %.2f %.2f %.2f re f Q\n" % (
            left + 17, bottom + height - 17, mark_width + 6, size + 5))
        ops.append(text_op(left + 20, bottom + height - 14, mark, size, REGULAR))
    return b"".join(ops)
