"""The scan folder through the scan dialog: its files leave the folder only once the PDF
made of their pages is stored, never while scanning, and a bad file costs the others
nothing."""

from __future__ import annotations

import os
import time

import pytest

from tests.app.attachment_files import image_bytes, pdf_bytes


@pytest.fixture
def runner(qapp):
    from ui.worker import TaskRunner

    return TaskRunner(synchronous=True)


def _aged(path, data, seconds):
    path.write_bytes(data)
    past = time.time() - seconds
    os.utime(path, (past, past))
    return path


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "pindaian"
    folder.mkdir()
    _aged(folder / "1.png", image_bytes("PNG"), 30)
    _aged(folder / "2.pdf", b"%PDF-1.4 rusak", 20)
    _aged(folder / "3.pdf", pdf_bytes(2), 10)
    return folder


def _dialog(qtbot, runner, inbox):
    from app.files import scanning
    from ui.attachments.scan_dialog import ScanDialog

    dialog = ScanDialog(runner, backends=[scanning.InboxBackend(inbox)])
    qtbot.addWidget(dialog)
    dialog.scan()
    return dialog


def test_the_scan_folder_keeps_its_files_until_the_pdf_is_stored(qtbot, runner, inbox):
    from ui.attachments.attach_panel import AttachPanel

    panel = AttachPanel(runner, scan_backends=[])
    qtbot.addWidget(panel)
    stored = []
    panel.files_ready.connect(stored.extend)
    dialog = _dialog(qtbot, runner, inbox)
    assert dialog.ui.page_list.count() == 3  # 1.png and the two pages of 3.pdf
    assert "2.pdf" in dialog.ui.status_label.text()
    assert sorted(p.name for p in inbox.iterdir()) == ["1.png", "2.pdf", "3.pdf"]
    dialog.accept()
    assert dialog.pdf and not (inbox / "dilampirkan").exists()
    panel.take_scan(dialog.filename, dialog.pdf, kind="surat", dialog=dialog)
    assert len(stored) == 1 and stored[0].info.pages == 3
    assert sorted(p.name for p in (inbox / "dilampirkan").iterdir()) == ["1.png", "3.pdf"]
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == ["2.pdf"]


def test_a_cancelled_scan_leaves_the_folder_as_it_was(qtbot, runner, inbox):
    dialog = _dialog(qtbot, runner, inbox)
    dialog.select_rows([0])
    dialog.delete_selected()  # 1.png's only page: it stays in the folder even when saved
    assert [p.name for p in dialog.inbox_files()] == ["3.pdf"]
    dialog.reject()
    assert sorted(p.name for p in inbox.iterdir()) == ["1.png", "2.pdf", "3.pdf"]
