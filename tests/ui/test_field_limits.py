"""The intake form types no more than the core accepts: its limits come from
app.services.fields, and a description over its limit is refused by name, nothing stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.app.attachment_files import named_pdf

pytestmark = pytest.mark.usefixtures("db")


def test_the_intake_form_shows_the_cores_limits(qtbot, users, make_session, tmp_path):
    from app.services import fields
    from app.store.models import Complaint
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(make_session(users["kasubag_pphti"]))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    for name in ("subject_name", "summary", "lapor_ticket", "name", "nik", "address", "phone",
                 "email", "waiver", "override"):
        assert getattr(ui, f"{name}_edit").maxLength() == fields.limit(name), name
    ui.subject_name_edit.setText("L" * 1000)
    assert len(ui.subject_name_edit.text()) == 255
    ui.summary_edit.setText("Pungutan")
    ui.description_edit.setPlainText("U" * (fields.limit("description") + 1))
    ui.name_edit.setText("Budi Santoso")
    letter = tmp_path / "surat.pdf"
    letter.write_bytes(named_pdf("surat"))
    dialog.add_file(str(letter), "surat")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert "paling banyak" in ui.error_label.text()
    assert ui.description_edit.styleSheet()  # marked as the offending field
    assert Complaint.select().count() == 0
