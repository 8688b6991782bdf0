"""Printing everywhere: the swimlane's print/export window reached from the case screen and
the attachment viewer print through a print-to-PDF printer handed to their replaceable
`ask_printer` (read back with pypdf: pages and text or images); the viewer closes with its
button and Escape; "Buka" with no program for the file says so in Indonesian, with the
file's place and "Simpan Sebagai...", not the system's error."""

from __future__ import annotations

import zipfile

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.app.attachment_files import named_pdf
from tests.ui.conftest import activate

pytestmark = pytest.mark.usefixtures("db")


def to_pdf(path, answers=None):
    """An ask_printer that answers with a print-to-PDF printer at `path` (no dialog)."""
    from PySide6.QtPrintSupport import QPrinter

    def ask(printer, _parent, title):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if answers is not None:
            answers.append(title)
        return True

    return ask


def test_the_swimlane_prints_from_the_case_screen(qtbot, open_case, registered, users,
                                                  tmp_path):
    case = open_case(users["kakanwil"], registered.id)
    case.ui.tabs.setCurrentWidget(case.ui.swimlane_tab)
    assert case.swimlane_print_button.isVisibleTo(case)
    qtbot.mouseClick(case.swimlane_print_button, Qt.MouseButton.LeftButton)
    window = case.swimlane_window
    assert window is not None and window.isVisible()
    assert registered.register_no in window.windowTitle()
    asked = []
    window.ask_printer = to_pdf(tmp_path / "bagan.pdf", asked)
    window.actions_by_name["print"].trigger()
    assert asked == ["Cetak bagan SOP"]
    reader = PdfReader(str(tmp_path / "bagan.pdf"))
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert registered.register_no in text and "Kakanwil" in text
    # Cancelled: nothing is printed.
    (tmp_path / "bagan.pdf").unlink()
    window.ask_printer = lambda printer, *_a: (to_pdf(tmp_path / "bagan.pdf")(printer, *_a)
                                               and False)
    window.actions_by_name["print"].trigger()
    assert not (tmp_path / "bagan.pdf").exists()


def _open_letter(qtbot, case):
    tree = case.ui.attachments_tree
    tree.setCurrentItem(tree.topLevelItem(0))
    case.open_attachment()
    viewer = case.viewer
    qtbot.waitUntil(lambda: viewer.page_count == 1, timeout=5000)
    return viewer


def test_the_attachment_viewer_prints_closes_and_escapes(qtbot, open_case, registered, users,
                                                         tmp_path):
    case = open_case(users["kasubag_pphti"], registered.id)
    viewer = _open_letter(qtbot, case)
    assert viewer.print_button.isEnabled() and viewer.close_button.isVisible()
    viewer.ask_printer = to_pdf(tmp_path / "lampiran.pdf")
    assert viewer.print_pages() == 1
    reader = PdfReader(str(tmp_path / "lampiran.pdf"))
    assert len(reader.pages) == 1
    assert len(reader.pages[0].images) == 1  # the page, printed as the scan it is
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    assert not viewer.isVisible()
    again = _open_letter(qtbot, case)
    activate(qtbot, again)
    qtbot.keyClick(again.ui.page_scroll, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert case.isVisible()  # Escape closed the viewer only


def test_a_rotated_page_prints_turned(qtbot, tmp_path):
    from ui.attachments.viewer import AttachmentViewer

    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.open_content(named_pdf("surat"), "application/pdf", "surat.pdf")
    viewer.rotate(90)
    viewer.ask_printer = to_pdf(tmp_path / "putar.pdf")
    assert viewer.print_pages() == 1
    [image] = PdfReader(str(tmp_path / "putar.pdf")).pages[0].images
    width, height = image.image.size
    assert width > height  # an A4 portrait page turned a quarter is landscape
    viewer.ask_printer = lambda *_a: False
    assert viewer.print_pages() == 0


def test_buka_without_a_program_explains_and_offers_simpan_sebagai(qtbot, open_case,
                                                                    registered, users,
                                                                    tmp_path, monkeypatch):
    import ui.opening

    case = open_case(users["kasubag_pphti"], registered.id)
    docs = case.documents
    docs.doc_type_combo.setCurrentIndex(docs.doc_type_combo.findData("tanda_terima"))
    docs.generate_document()
    tree = case.ui.documents_tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    tree.setCurrentItem(tree.topLevelItem(0))
    empty = tmp_path / "tanpa-program"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # this PC has no program for .docx (nor xdg-open)
    ui.opening.last_notice = None
    docs.open_document()
    box = ui.opening.last_notice
    assert box is not None and box.isVisible()
    assert "Tidak ada program di komputer ini" in box.text() and ".docx" in box.text()
    assert "Errno" not in box.text() and "WinError" not in box.text()
    target = tmp_path / "salinan.docx"
    monkeypatch.setattr(ui.opening, "ask_save_path", lambda _parent, name: str(target))
    [save] = [b for b in box.buttons() if b.text() == "Simpan Sebagai..."]
    save.click()
    assert zipfile.is_zipfile(target)  # the receipt itself, kept where the user said
    assert "salinan.docx" in case.ui.message_label.text()
    QApplication.processEvents()
