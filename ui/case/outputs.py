"""What the steps produce, on the case screen: in the "Hasil Langkah" tab the form of the
acting official's product (ui.case.product_forms) beside the outputs recorded so far,
read-only; and, while the nota dinas is drafted, corrected and signed, the correction notes
in full and what changed between its last two versions, in a framed box above the
actions."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.i18n import _
from app.office import wording
from app.office.vocab import DELIVERY_CHANNELS
from app.services import casefile, outputs, settings, tasks
from ui.case.product_forms import FORMS, SIFAT_LABELS, DraftReview
from ui.forms.ui_case_dialog import Ui_CaseDialog

CORRECTION_STYLE = ("QFrame#correction_frame { background: #fff3d6; border: 1px solid #d9a441;"
                    " border-radius: 4px; }")
NOTA_DINAS_PHASE = (outputs.NOTA_DINAS, "paraf", "tanda_tangan")


class OutputsSection(QObject):
    """The outputs part of the case dialog `dialog` (its form `ui`). Emits `saved(message)`
    after a product was stored, so the dialog reloads and says so."""

    saved = Signal(str)

    def __init__(self, dialog: QWidget, ui: Ui_CaseDialog, session, complaint_id: int):
        super().__init__(dialog)
        self.dialog, self.ui = dialog, ui
        self.session, self.complaint_id = session, complaint_id
        self.form: QWidget | None = None  # the product's form (ui.case.product_forms)
        self.form_ui = None  # its Designer form
        self._form_key: tuple | None = None
        self.case: casefile.CaseFile | None = None
        ui.correction_frame.setStyleSheet(CORRECTION_STYLE)
        ui.correction_title_label.setStyleSheet("font-weight: bold; color: #8a5300;")
        ui.diff_title_label.setStyleSheet("font-weight: bold; color: #333;")
        ui.correction_frame.hide()
        ui.summary_view.setOpenLinks(False)

    # -- filling
    def fill(self, c: casefile.CaseFile) -> None:
        self.case = c
        self._fill_corrections(c)
        # Who reads the draft in its own panel does not need it twice.
        self._fill_summary(c, skip={outputs.NOTA_DINAS} if self._signer(c) else set())
        key = (c.current_step, c.current_part, c.current_pass, c.product,
               c.may_write_output, self._signer(c))
        if key != self._form_key:
            self._form_key = key
            self._build_form(c)
        hint = self._hint(c)
        if hint and c.may_write_output and c.instruction is not None \
                and not c.instruction.returned:  # a return's note is in its own frame
            hint = tasks.instruction_text(c.instruction) + "\n" + hint  # where one acts
        self.ui.output_hint_label.setText(hint)
        self.ui.output_hint_label.setVisible(bool(hint))

    def _signer(self, c: casefile.CaseFile) -> bool:
        """An official who corrects and initials (steps 7-9) or signs (step 9's sub-step)
        the nota dinas now: they read the draft here."""
        return c.product in ("paraf", "tanda_tangan") and c.may_act

    def _hint(self, c: casefile.CaseFile) -> str:
        if c.current_step is None:
            return _("Pengaduan sudah selesai; hasil setiap langkah di bawah hanya dapat "
                     "dibaca.")
        if c.may_write_output:
            return {
                outputs.TELAAHAN: _("Tulis hasil telaahan, klik Simpan Telaahan, lalu Selesai "
                                    "Telaah."),
                outputs.NOTA_DINAS: _("Isi konsep nota dinas, klik Simpan Konsep (tersimpan "
                                      "sebagai versi baru beserta .docx-nya), lalu Selesai "
                                      "Konsep."),
                outputs.ANSWER: _("Tulis jawaban divisi, klik Simpan Jawaban, lalu Kirim "
                                  "Jawaban."),
                outputs.DELIVERY: _("Isi surat tanggapan dan catat penyampaiannya, klik "
                                    "Simpan Penyampaian, lalu Kirim Jawaban dan Tutup."),
            }.get(c.product, "")
        return ""

    def _fill_corrections(self, c: casefile.CaseFile) -> None:
        """The correction notes in full and the draft's last change, while the nota dinas is
        being drafted, corrected or signed."""
        ui = self.ui
        show = bool(c.corrections) and c.product in NOTA_DINAS_PHASE
        ui.correction_frame.setVisible(show)
        if not show:
            return
        ui.correction_title_label.setText(_(
            "Nota dinas dikembalikan untuk perbaikan ({n} kali). Catatan koreksi:").format(
            n=len(c.corrections)))
        lines = []
        for item in c.corrections:
            lines.append(_("<b>Langkah {s}, {lane} ({by}, {at}):</b> {note}").format(
                s=item.step_no, lane=html.escape(item.lane), by=html.escape(item.by),
                at=wording.short_datetime(item.at),
                note=html.escape(item.note).replace("\n", "<br>")))
        ui.correction_label.setTextFormat(Qt.TextFormat.RichText)
        ui.correction_label.setText("<br>".join(lines))
        if c.previous_draft is None:
            ui.diff_title_label.setText(_("Perubahan konsep"))
            ui.diff_view.setPlainText(_("Belum ada versi baru sejak dikembalikan: perbaiki "
                                        "konsep lalu klik Simpan Konsep."))
            return
        old, new = c.previous_draft, c.outputs[outputs.NOTA_DINAS]
        ui.diff_title_label.setText(_("Perubahan konsep versi {a} ke versi {b}").format(
            a=old.version, b=new.version))
        ui.diff_view.setHtml(self.diff_html(self._readable(old.fields, c),
                                            self._readable(new.fields, c)))

    @staticmethod
    def diff_html(old: dict, new: dict) -> str:
        """outputs.diff as coloured lines: removed red, added green."""
        changes = outputs.diff(old, new)
        if not changes:
            return html.escape(_("Tidak ada perubahan isian."))
        parts = []
        for name, lines in changes:
            parts.append(f"<div><b>{html.escape(name)}</b></div>")
            for line in lines:
                if not line[2:].strip():
                    continue  # a paragraph's blank line
                color = "#fde7e7; color: #8c1d18" if line.startswith("-") else \
                    "#e6f4e7; color: #1b5e20"
                parts.append(f'<div style="background: {color.split(";")[0]};'
                             f'{color.split(";")[1]}; white-space: pre-wrap;">'
                             f"{html.escape(line)}</div>")
        return "".join(parts)

    def _readable(self, data: dict, c: casefile.CaseFile) -> dict:
        """Stored fields as a person reads them: file names, not ids; names, not codes."""
        files = {a.id: a.filename for a in c.attachments}
        divisions = {d["kode"]: d["nama"] for d in settings.current().divisi_terkait}
        result = dict(data)
        if "kepada" in result:
            result["kepada"] = [self.session.lanes.get(k, k) for k in result["kepada"]]
        for name in ("lampiran", "bukti"):
            if name in result:
                result[name] = [files.get(i, str(i)) for i in result[name]]
        if "divisi" in result:
            result["divisi"] = divisions.get(result["divisi"], result["divisi"])
        if "sifat" in result:
            result["sifat"] = _(SIFAT_LABELS.get(result["sifat"], result["sifat"]))
        return result

    def _fill_summary(self, c: casefile.CaseFile, skip: set[str]) -> None:
        """The outputs recorded so far, newest version of each, read-only."""
        blocks = []
        for kind, title in ((outputs.DELIVERY, _("Penyampaian jawaban")),  # newest first
                            (outputs.REPLY, _("Surat tanggapan")),
                            (outputs.ANSWER, _("Jawaban divisi terkait")),
                            (outputs.NOTA_DINAS, _("Konsep nota dinas")),
                            (outputs.TELAAHAN, _("Hasil telaahan")),
                            (outputs.DISPOSITION, _("Disposisi terakhir"))):
            output = c.outputs.get(kind)
            if output is None or kind in skip:
                continue
            head = _("{t} (versi {v}, langkah {s}, {by}, {at})").format(
                t=title, v=output.version, s=output.step_no, by=output.by,
                at=wording.short_datetime(output.at))
            blocks.append(self._fields_html(head, output.fields, c))
        self.ui.summary_view.setHtml("".join(blocks) or html.escape(
            _("Belum ada hasil langkah yang tercatat.")))

    def _fields_html(self, head: str, data: dict, c: casefile.CaseFile) -> str:
        """One output's fields as a small table, in the order of outputs.LABELS."""
        order = list(outputs.LABELS)
        rows = []
        readable = self._readable(data, c)
        for name in sorted(readable, key=lambda n: order.index(n) if n in order else 99):
            value = readable[name]
            if name == "saluran":
                value = _(DELIVERY_CHANNELS.get(value, value))
            if isinstance(value, bool):
                value = _("ya") if value else _("tidak")
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value) or "-"
            text = html.escape(str(value) or "-").replace("\n", "<br>")
            rows.append(f"<tr><td style='padding-right: 8px; color: #555;'>"
                        f"{html.escape(_(outputs.LABELS.get(name, name)))}</td>"
                        f"<td>{text}</td></tr>")
        return f"<p><b>{html.escape(head)}</b></p><table>{''.join(rows)}</table>"

    # -- the product's form
    def _build_form(self, c: casefile.CaseFile) -> None:
        layout = self.ui.output_form_layout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.form, self.form_ui = None, None
        if c.may_write_output and c.product in FORMS:
            form = FORMS[c.product](self.session, c, self.ui.output_form_host)
        elif self._signer(c):
            form = DraftReview(self.session, c, self._fields_html, self.ui.output_form_host)
        else:
            self.ui.output_form_host.hide()
            return
        form.saved.connect(self.saved)
        self.form, self.form_ui = form, form.ui
        layout.addWidget(form)
        self.ui.output_form_host.show()
        width = max(self.ui.output_splitter.width(), 1000)
        self.ui.output_splitter.setSizes([int(width * 0.72), int(width * 0.28)])
        self.ui.tabs.setCurrentWidget(self.ui.output_tab)
