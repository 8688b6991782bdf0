"""A full disk is named as such on screen, never blamed on the network."""

from __future__ import annotations

import pytest

from tests.app.attachment_files import named_pdf
from tests.conftest import T0, complaint_input, pelapor_input


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_full_disk_is_shown_as_a_full_disk(qapp, users):
    from PySide6.QtWidgets import QLabel

    from app.services import workflow
    from app.store.models import Complaint, User, database
    from ui.common import Failed, guarded
    from ui.main import unexpected_error_text

    db = database.obj
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    label = QLabel()
    with pytest.raises(Failed) as failure:
        guarded(label, workflow.register_complaint, User.get_by_id(users["kasubag_pphti"].id),
                complaint_input(description="Uraian panjang. " * 1000), pelapor_input(),
                attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)
    for text in (label.text(), unexpected_error_text(failure.value.__cause__, "log.txt")):
        assert "penuh" in text and "disk" in text.lower()
        assert "jaringan" not in text and "rollback" not in text
    assert Complaint.select().count() == 0
