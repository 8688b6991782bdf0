"""The scan dialog offers the feeder and duplex only for a device that has them, and a jam
mid-batch keeps the pages scanned before it, with the reason shown."""

from __future__ import annotations

import pytest

from app.files import scanning
from tests.app.attachment_files import image_bytes


@pytest.fixture
def runner(qapp):
    from ui.worker import TaskRunner

    return TaskRunner(synchronous=True)


class Feeder(scanning.ScanBackend):
    """Two devices: one with a duplexer, one flatbed only. Scanning jams after two pages."""

    key = "wia"

    def __init__(self):
        self.asked: list[scanning.ScanOptions] = []

    def label(self):
        return "WIA"

    def devices(self):
        return [scanning.ScanDevice("wia", "adf", "Canon DR-C225", frozenset(
                    {scanning.FLATBED, scanning.FEEDER, scanning.DUPLEX})),
                scanning.ScanDevice("wia", "flat", "Canon LiDE", frozenset({scanning.FLATBED}))]

    def scan(self, device, options, *, progress=None, cancelled=None):
        self.asked.append(options)
        pages = [scanning.page_from_image(image_bytes("JPEG"))[0] for _ in range(2)]
        raise scanning.ScanInterrupted("Kertas macet di pemindai.", pages)


def test_duplex_is_offered_only_for_a_device_with_a_duplexer(qtbot, runner):
    from ui.attachments.scan_dialog import ScanDialog

    backend = Feeder()
    dialog = ScanDialog(runner, backends=[backend])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.feeder_check.isEnabled() and not ui.duplex_check.isEnabled()
    ui.feeder_check.setChecked(True)
    assert ui.duplex_check.isEnabled()
    ui.duplex_check.setChecked(True)
    assert dialog.options().duplex and dialog.options().feeder
    ui.device_combo.setCurrentIndex(1)  # flatbed only
    assert not ui.feeder_check.isEnabled() and not ui.duplex_check.isEnabled()
    assert not dialog.options().feeder and not dialog.options().duplex


def test_a_jam_keeps_the_pages_scanned_before_it(qtbot, runner):
    from ui.attachments.scan_dialog import ScanDialog

    dialog = ScanDialog(runner, backends=[Feeder()])
    qtbot.addWidget(dialog)
    dialog.ui.feeder_check.setChecked(True)
    dialog.scan()
    assert dialog.ui.page_list.count() == 2
    assert "macet" in dialog.ui.status_label.text()
