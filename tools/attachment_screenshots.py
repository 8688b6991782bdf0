"""Pictures for the README: the viewer with a 50-page scan, the scan dialog with pages.

    python -m tools.attachment_screenshots [--out docs/img]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/img")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    import img2pdf
    from PySide6.QtWidgets import QApplication

    from app.files import scanning
    from tests.app.attachment_files import letter_page
    from ui.attachments.scan_dialog import ScanDialog, _with_thumbnails
    from ui.attachments.viewer import AttachmentViewer
    from ui.main import make_application
    from ui.worker import TaskRunner

    app = QApplication.instance() or make_application()
    pdf = img2pdf.convert([letter_page(n + 1) for n in range(50)])
    viewer = AttachmentViewer()
    viewer.setWindowTitle("surat-pengaduan.pdf")
    viewer.resize(1100, 780)
    viewer.show()
    shown = []
    viewer.page_shown.connect(shown.append)
    viewer.open_content(pdf, "application/pdf", "surat-pengaduan.pdf")
    viewer.go_to(2)
    while not shown or shown[-1] != 2:
        app.processEvents()
    for _ in range(40):  # let the visible thumbnails arrive
        viewer.renderer.wait()
        app.processEvents()
    viewer.grab().save(str(out / "screen_viewer.png"))

    dialog = ScanDialog(TaskRunner(synchronous=True), backends=[
        scanning.SaneBackend(program=""), scanning.InboxBackend(None)],
        filename="surat-pengaduan-budi.pdf")
    dialog.resize(900, 640)
    dialog._devices_found(scanning.Discovery(
        [scanning.ScanDevice("wia", "1", "Canon DR-C225 II (WIA)")], []))
    pages = [scanning.page_from_image(letter_page(n + 1, dpi=150))[0] for n in range(7)]
    pages[3] = pages[3].rotated(90)
    dialog.add_pages(_with_thumbnails(pages))
    dialog.select_rows([3])
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "screen_scan.png"))
    print(f"{out / 'screen_viewer.png'}\n{out / 'screen_scan.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
