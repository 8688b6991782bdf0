"""The Word round trip on the case screen: "Buka di Word" opens a working copy; when the
user saves it in Word, the documents part offers to store it as the next version; a save
that carries macros is refused there, and nothing is stored. Word itself is replaced by a
fake that records which file it was asked to open; the saves are made with python-docx."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import docx
import pytest

from app.naskah import versions
from app.services import naskah_records
from tests.app.naskah.reading import texts
from tests.app.naskah.test_untrusted_docx import edited_in_word, macro_enabled
from tests.conftest import advance_to
from tests.ui.conftest import click

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(autouse=True)
def temp_folder(tmp_path, monkeypatch):
    """The working copies go to the test's own folder, not the system's temp folder."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()


@pytest.fixture
def word(monkeypatch):
    """The files "opened in Word", in order; nothing is launched."""
    opened: list[Path] = []
    monkeypatch.setattr("ui.case.documents.open_in_default_app",
                        lambda path: opened.append(Path(path)))
    return opened


@pytest.fixture
def nota(registered, users):
    """A complaint at step 6 (Kasubag PPHTI drafts the nota dinas) with version 1."""
    complaint = advance_to(registered, users, 6)
    versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas",
                      extra={"hal": "Konsep pertama"})
    return complaint





def open_in_word(qtbot, case, row: int = 0) -> None:
    tree = case.ui.documents_tree
    tree.setCurrentItem(tree.topLevelItem(row))
    click(qtbot, case.documents.open_button)


def save_in_word(path: Path, content: bytes) -> None:
    """As Word saves: a new file written beside the document, renamed over it."""
    temporary = path.with_name("~WRL0001.tmp")
    temporary.write_bytes(content)
    os.replace(temporary, path)


def stored(complaint) -> list[int]:
    return [d.version for d in naskah_records.document_versions(complaint.id, "nota_dinas")]


def offered(case) -> bool:
    bar = case.documents.bar
    return bar.isVisible() and bar.store_button.isVisible()


def test_a_nota_dinas_saved_in_word_is_offered_and_stored_as_the_next_version(
        qtbot, open_case, users, nota, word):
    case = open_case(users["kasubag_pphti"], nota.id)
    bar = case.documents.bar
    open_in_word(qtbot, case)
    v1 = naskah_records.document_versions(nota.id, "nota_dinas")[0]
    [path] = word
    assert path.name == versions.suggested_filename(v1)
    assert path.parent.parent == Path(tempfile.gettempdir())  # the user's temp folder
    assert path.read_bytes() == versions.document_content(v1)
    assert "dibuka di Word" in case.ui.message_label.text()
    assert not bar.isVisible()  # nothing saved yet

    # Saved in Word (python-docx writes in place): the bar offers version 2.
    document = docx.Document(path)
    hal = next(p for t in document.tables for r in t.rows for c in r.cells
               for p in c.paragraphs if "Konsep pertama" in p.text)
    hal.runs[0].text = "Konsep diperbaiki di Word"
    for run in hal.runs[1:]:
        run.text = ""
    document.save(path)
    qtbot.waitUntil(lambda: offered(case), timeout=5000)
    assert "versi 1 telah Anda ubah" in bar.text_label.text()
    assert "sebagai versi 2" in bar.text_label.text()
    assert case.ui.tabs.currentWidget() is case.ui.files_tab
    first_save = path.read_bytes()
    click(qtbot, bar.store_button)
    assert stored(nota) == [1, 2]
    assert not bar.isVisible()
    assert case.ui.documents_tree.topLevelItemCount() == 2
    assert "versi 2" in case.ui.message_label.text()
    v1, v2 = naskah_records.document_versions(nota.id, "nota_dinas")
    assert versions.document_content(v2) == first_save
    assert versions.document_content(v1) != first_save  # version 1 is not overwritten
    assert any("Konsep diperbaiki di Word" in t for t in texts(v2))

    # A second save (replacing the file, as Word does) is offered again: version 3.
    save_in_word(path, edited_in_word(first_save, "Konsep diperbaiki", "Konsep akhir"))
    qtbot.waitUntil(lambda: offered(case), timeout=5000)
    assert "versi 2 telah Anda ubah" in bar.text_label.text()
    click(qtbot, bar.store_button)
    assert stored(nota) == [1, 2, 3]
    assert any("Konsep akhir" in t for t in texts(
        naskah_records.document_versions(nota.id, "nota_dinas")[2]))

    # A save that carries macros is refused in the bar; nothing is stored.
    save_in_word(path, macro_enabled(path.read_bytes()))
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5000)
    assert not bar.store_button.isVisible()
    assert "memuat makro" in bar.text_label.text()
    assert "tidak dapat disimpan sebagai versi baru" in bar.text_label.text()
    click(qtbot, bar.ignore_button)  # "Tutup"
    assert not bar.isVisible()
    assert stored(nota) == [1, 2, 3]

    # The case screen closes: the watch ends.
    case.close()
    assert case.documents.word.watcher.files() == []
    save_in_word(path, first_save)
    qtbot.wait(1500)
    assert not bar.isVisible() and stored(nota) == [1, 2, 3]


def test_an_ignored_save_is_not_offered_again_but_the_next_one_is(qtbot, open_case, users,
                                                                  nota, word):
    case = open_case(users["kasubag_pphti"], nota.id)
    bar = case.documents.bar
    open_in_word(qtbot, case)
    [path] = word
    original = path.read_bytes()
    save_in_word(path, edited_in_word(original, "Konsep pertama", "Coba-coba"))
    qtbot.waitUntil(lambda: offered(case), timeout=5000)
    click(qtbot, bar.ignore_button)
    assert not bar.isVisible() and stored(nota) == [1]
    open_in_word(qtbot, case)  # opened again: the edited copy, not the stored version
    assert word == [path, path] and "Coba-coba" in docx_text(path)
    save_in_word(path, edited_in_word(original, "Konsep pertama", "Konsep kedua"))
    qtbot.waitUntil(lambda: offered(case), timeout=5000)
    click(qtbot, bar.store_button)
    assert stored(nota) == [1, 2]


def docx_text(path: Path) -> str:
    document = docx.Document(path)
    return "\n".join(p.text for t in document.tables for r in t.rows for c in r.cells
                     for p in c.paragraphs)


def test_who_may_not_write_the_nota_dinas_gets_a_read_only_copy(qtbot, open_case, users,
                                                                nota, word):
    # At step 6 the nota dinas is Kasubag PPHTI's; Kakanwil reads it but stores nothing.
    case = open_case(users["kakanwil"], nota.id)
    open_in_word(qtbot, case)
    [path] = word
    assert "hanya untuk dibaca" in case.ui.message_label.text()
    assert case.documents.word.copies == {}
    assert not os.stat(path).st_mode & stat.S_IWUSR
    assert not case.documents.upload_button.isEnabled()
    open_in_word(qtbot, case)  # again: the same read-only copy
    assert word == [path, path] and "hanya untuk dibaca" in case.ui.message_label.text()


def test_an_edited_docx_is_uploaded_through_the_same_check(qtbot, open_case, users, nota,
                                                           tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    case = open_case(users["kasubag_pphti"], nota.id)
    v1 = naskah_records.document_versions(nota.id, "nota_dinas")[0]
    chosen = tmp_path / "nota-dinas-bermakro.docx"
    chosen.write_bytes(macro_enabled(versions.document_content(v1)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(chosen), "")))
    case.ui.documents_tree.setCurrentItem(case.ui.documents_tree.topLevelItem(0))
    assert case.documents.upload_button.isEnabled()
    click(qtbot, case.documents.upload_button)
    assert "memuat makro" in case.ui.message_label.text()
    assert stored(nota) == [1]
    chosen.write_bytes(edited_in_word(versions.document_content(v1), "Konsep pertama",
                                      "Konsep dari unggahan"))
    click(qtbot, case.documents.upload_button)
    assert stored(nota) == [1, 2]
    assert "nota-dinas-bermakro.docx disimpan sebagai Nota Dinas versi 2" in \
        case.ui.message_label.text()
