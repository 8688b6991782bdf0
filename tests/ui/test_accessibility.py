"""Every control a screen reader lands on says what it is: an accessible name (Indonesian,
through app.i18n) or a QLabel whose buddy it is. Every page of the main window as the
administrator and as each lane, and every dialog the tests can open, is walked."""

from __future__ import annotations

import pytest

from tests.ui.conftest import click


def unnamed(root) -> list[str]:
    """The interactive widgets under `root` (itself included) with neither an accessible
    name nor a buddy label: "Class objectName (in Parent)" each."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QTabBar,
        QTextEdit,
        QToolButton,
        QWidget,
    )

    widgets = [root, *root.findChildren(QWidget)]
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    if isinstance(root, QWidget) and root.window() is not root:  # labels around a part
        buddies |= {id(label.buddy()) for label in root.window().findChildren(QLabel)
                    if label.buddy()}
    # parts of a composite control: a combo's or a spin box's line edit, a field's clear
    # button, a view's editors, a tab bar's scroll arrows
    inner = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)

    def interactive(w) -> bool:
        if w.objectName().startswith("qt_") or isinstance(w, QHeaderView):
            return False
        parent = w.parentWidget()
        while parent is not None:  # a part of a composite control (its own line edit...)
            if isinstance(parent, inner):
                return False
            parent = parent.parentWidget()
        if isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox | QTextEdit | QPlainTextEdit
                      | QAbstractItemView):
            return True
        if isinstance(w, QCheckBox | QPushButton | QToolButton):
            return not w.text().replace("&", "").strip()
        return isinstance(w, QAbstractButton) and not w.text().strip()

    return [f"{type(w).__name__} {w.objectName() or '?'} (in "
            f"{type(w.parentWidget()).__name__ if w.parentWidget() else '-'} "
            f"{w.parentWidget().objectName() if w.parentWidget() else ''})"
            for w in widgets if interactive(w) and not w.accessibleName().strip()
            and id(w) not in buddies]


def visit_every_page(window) -> list[str]:
    problems = []
    for row in range(window.ui.nav_list.count()):
        window.ui.nav_list.setCurrentRow(row)
        problems += [f"page {row}: {p}" for p in unnamed(window.page(row))]
    return problems


@pytest.fixture
def no_config(tmp_path, monkeypatch):
    monkeypatch.setenv("PENGADUAN_CONFIG", str(tmp_path / "config.json"))


@pytest.mark.parametrize("who", ["admin", "kakanwil", "kasubag_pphti", "divisi_terkait"])
def test_every_control_of_every_page_has_a_name(qtbot, registered, users, main_window,
                                                no_config, who):
    from PySide6.QtWidgets import QApplication

    from app.store.models import User

    window = main_window(User.get_by_id(users[who].id))
    problems = visit_every_page(window) + unnamed(window)
    # whatever else the log-in opened (a reminder of the day's work, a notice)
    problems += [p for top in QApplication.topLevelWidgets()
                 if top.isVisible() and top is not window for p in unnamed(top)]
    assert problems == [], "\n".join(problems)
    window.close()


def test_every_control_of_every_dialog_has_a_name(qtbot, registered, users, main_window,
                                                  open_case, no_config):
    from app.store.models import User
    from ui.connection_dialog import ConnectionDialog
    from ui.login import LoginDialog, SetupDialog
    from ui.worker import TaskRunner

    admin = User.get_by_id(users["admin"].id)
    window = main_window(admin)
    window.ui.nav_list.setCurrentRow(3)
    page = window.settings_page
    dialogs = {"intake": window.open_intake(),
               "connection": page.open_connection_dialog(),
               "password": page.open_password_dialog()}
    page.user_admin.ui.users_table.selectRow(0)
    dialogs["user (new)"] = page.user_admin.add_user()
    dialogs["user (edit)"] = page.user_admin.edit_user()
    dialogs["about"] = window.open_about()
    dialogs["login"] = LoginDialog("sqlite:///x.db")
    dialogs["setup"] = SetupDialog(TaskRunner(synchronous=True))
    dialogs["connection (new)"] = ConnectionDialog(TaskRunner(synchronous=True))
    case = open_case(User.get_by_id(users["kakanwil"].id), registered.id)
    dialogs["case"] = case
    for name, tab in ((case.ui.tabs.tabText(i), case.ui.tabs.widget(i))
                      for i in range(case.ui.tabs.count())):
        case.ui.tabs.setCurrentWidget(tab)
        dialogs[f"case tab {name}"] = tab
    assert case.action_buttons
    for action, button in case.action_buttons.items():  # each action's own form
        click(qtbot, button)
        dialogs[f"action {action}"] = case.action_dialog
    dialogs["scan"] = case.attach_panel.scan_dialog_factory(case)
    problems = [f"{name}: {p}" for name, dialog in dialogs.items() if dialog is not None
                for p in unnamed(dialog)]
    assert problems == [], "\n".join(problems)
    for dialog in dialogs.values():
        if dialog is not None and dialog.isWindow():
            dialog.close()
    window.close()


def test_the_viewer_the_scanner_and_the_swimlane_name_their_controls(qtbot):
    from app.files import scanning
    from ui.attachments.scan_dialog import ScanDialog
    from ui.attachments.viewer import AttachmentViewer
    from ui.main import make_application
    from ui.worker import TaskRunner

    make_application()
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    scan = ScanDialog(TaskRunner(synchronous=True), backends=[
        scanning.SaneBackend(program=""), scanning.InboxBackend(None)])
    qtbot.addWidget(scan)
    from ui.swimlane.window import SwimlaneWindow

    swimlane = SwimlaneWindow()
    qtbot.addWidget(swimlane)
    problems = unnamed(viewer) + unnamed(scan) + unnamed(swimlane)
    assert problems == [], "\n".join(problems)


def test_the_check_finds_an_unnamed_field(qtbot):
    """The walk above would pass on nothing: a bare field is reported, a named or
    labelled one is not."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    bare, named, labelled = QLineEdit(objectName="bare"), QLineEdit(), QLineEdit()
    named.setAccessibleName("Nama")
    label = QLabel("Alamat:")
    label.setBuddy(labelled)
    layout.addRow(bare)
    layout.addRow(named)
    layout.addRow(label, labelled)
    layout.addRow(QPushButton("Simpan"))
    layout.addRow(QPushButton(objectName="icon_only"))
    assert [p.split()[1] for p in unnamed(form)] == ["bare", "icon_only"]


def test_every_designer_form_names_its_controls(qtbot):
    """Every form in ui/forms, built bare (the product forms, the swimlane's and the
    scanner's included, whatever step a test could reach)."""
    import importlib
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from PySide6 import QtWidgets

    import ui.forms

    problems = []
    for path in sorted(Path(ui.forms.__file__).parent.glob("*.ui")):
        top = ET.parse(path).getroot().find("widget")
        module = importlib.import_module(f"ui.forms.ui_{path.stem}")
        form = getattr(module, f"Ui_{ET.parse(path).getroot().findtext('class')}")()
        widget = getattr(QtWidgets, top.get("class"))()
        qtbot.addWidget(widget)
        form.setupUi(widget)
        problems += [f"{path.name}: {p}" for p in unnamed(widget)]
    assert problems == [], "\n".join(problems)
