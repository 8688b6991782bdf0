"""Screenshots of every screen against demo data, for the README and for review, at the two
office screens the program is checked on: 1280 x 720, and 1920 x 1080 with Windows' 125 %
scaling (QT_SCALE_FACTOR=1.25: the same pictures a quarter larger, laid out in 1536 x 864).

`python -m tools.screenshots [OUTDIR] [--scale 1|1.25|all] [--only NAME,...]` writes
screen_<name>.png (1280 x 720) and screen_<name>_125.png (1920 x 1080, 256 colours to keep
the README light). Each scale runs in its own process: Qt reads the scale factor once.
Offscreen, on a temporary SQLite database and configuration; nothing of the user's data is
touched. The office's clock stands on a Wednesday at 10.00 WIB so the pictures repeat."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SCREENS = {"1": ((1280, 720), ""), "1.25": ((1920, 1080), "_125")}
# A Wednesday, 10.00 WIB (03.00 UTC): every deadline reads as on a working morning.
AT = dt.datetime(2026, 11, 25, 10, 0)
AT_UTC = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)


def _find_looped_case():
    from app.store.models import Complaint, StepRecord

    # a loop behind it and the operator's turn now: the screen shows history and actions
    query = (Complaint.select(Complaint.id).join(StepRecord)
             .where((StepRecord.outcome == "dikembalikan")
                    & (Complaint.current_lane == "kasubag_pphti")
                    & (Complaint.status == "proses"))
             .order_by(Complaint.current_step.desc(), Complaint.id))
    row = query.first() or (Complaint.select(Complaint.id).join(StepRecord)
                            .where(StepRecord.outcome == "dikembalikan").first())
    return row.id if row else Complaint.select(Complaint.id).first().id


def _case_with_documents():
    from app.store.models import Complaint, Document

    row = (Document.select(Document.complaint).join(Complaint)
           .where(Complaint.status == "proses").order_by(Document.version.desc()).first())
    return row.complaint_id if row else _find_looped_case()


class Camera:
    """Saves a widget as the scale's PNG; the large set in 256 colours (a third the bytes)."""

    def __init__(self, app, out: Path, suffix: str, only: set[str]):
        self.app, self.out, self.suffix, self.only = app, out, suffix, only

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def __call__(self, widget, name: str) -> None:
        if not self.wanted(name):
            return
        for _round in range(3):  # layouts settle, lazy pages fill
            self.app.processEvents()
        path = self.out / f"screen_{name}{self.suffix}.png"
        widget.grab().save(str(path))
        if self.suffix:
            from PIL import Image

            with Image.open(path) as image:
                image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(
                    path, optimize=True)
        print(path)


def shoot(out: Path, scale: str, only: set[str]) -> int:
    (width, height), suffix = SCREENS[scale]
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="pengaduan-layar-"))
    os.environ["PENGADUAN_CONFIG"] = str(folder / "config.json")
    (folder / "pindaian").mkdir()

    from PySide6.QtCore import QSettings

    from app.files import scanning
    from app.services import demo, desk, sop_versions
    from app.store import clock
    from app.store.db import open_database
    from app.store.models import User
    from ui.main import make_application
    from ui.main_window import PAGE_REGISTER, PAGE_REPORTS, PAGE_SETTINGS, MainWindow, Session
    from ui.worker import TaskRunner

    app = make_application()
    screen = (round(width / float(scale)), round(height / float(scale)))  # logical pixels
    url = "sqlite:///" + str(folder / "demo.db")
    open_database(url)
    clock.use_source(lambda: AT_UTC)
    sop = sop_versions.current_sop()
    demo.generate(400, seed=7, at=AT)
    scanning.set_inbox_folder(folder / "pindaian")
    runner = TaskRunner(synchronous=True)
    shot = Camera(app, out, suffix, only)

    def session_for(username: str) -> Session:
        return Session(user=User.get(User.username == username), db_url=url, runner=runner,
                       lanes=desk.lane_choices(), sop_text=f"{sop.name} ({sop.number})",
                       log_path=str(folder / "pengaduan.log"))

    def fit(dialog, size=None) -> None:
        """A dialog at its own size (or `size`), never larger than the screen."""
        want = size or (dialog.width(), dialog.height())
        dialog.resize(min(want[0], screen[0]), min(want[1], screen[1] - 40))  # a title bar

    from ui.login import LoginDialog

    login = LoginDialog(url)
    login.ui.username_edit.setText("kasubag_pphti")
    login.ui.password_edit.setText(demo.DEMO_PASSWORD)
    login.show()
    shot(login, "login")
    login.close()

    settings = QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session_for("kasubag_pphti"), settings)
    window.resize(*screen)
    window.show()
    shot(window, "tasks")
    window.ui.nav_list.setCurrentRow(PAGE_REGISTER)
    shot(window, "register")
    if shot.wanted("reports") or shot.wanted("reports_compliance"):
        window.ui.nav_list.setCurrentRow(PAGE_REPORTS)
        page = window.reports_page
        for tab, name in ((page.ui.dashboard_tab, "reports"),
                          (page.ui.compliance_tab, "reports_compliance")):
            page.ui.tabs.setCurrentWidget(tab)
            shot(window, name)
    window.ui.nav_list.setCurrentRow(PAGE_SETTINGS)
    shot(window, "settings_readonly")

    if shot.wanted("intake"):
        _intake(window, folder, fit, shot, demo)
    case = window.open_case(_find_looped_case())
    fit(case, (1200, 760))
    case.ui.tabs.setCurrentWidget(case.ui.history_tab)
    shot(case, "case")
    case.ui.tabs.setCurrentWidget(case.ui.detail_tab)
    shot(case, "case_detail")
    case.ui.tabs.setCurrentWidget(case.ui.swimlane_tab)
    shot(case, "case_swimlane")
    if case.action_buttons and shot.wanted("action"):
        next(iter(case.action_buttons.values())).click()
        shot(case.action_dialog, "action")
        case.action_dialog.reject()
    case.close()
    files = window.open_case(_case_with_documents())
    fit(files, (1200, 760))
    files.ui.tabs.setCurrentWidget(files.ui.files_tab)
    shot(files, "case_files")
    files.close()
    window.close()

    admin = MainWindow(session_for("admin"), settings)
    admin.resize(*screen)
    admin.show()
    admin.ui.nav_list.setCurrentRow(PAGE_SETTINGS)
    page = admin.settings_page
    shot(admin, "settings")
    scroll = admin.ui.page_stack.currentWidget()
    scroll.ensureWidgetVisible(page.ui.numbering_group, 0, 0)
    scroll.verticalScrollBar().setValue(page.ui.numbering_group.y() - 8)
    shot(admin, "settings_numbers")
    scroll.verticalScrollBar().setValue(page.user_admin.y() - 8)
    shot(admin, "admin")
    if shot.wanted("connection"):
        dialog = page.open_connection_dialog()
        shot(dialog, "connection")
        dialog.reject()
    if shot.wanted("user"):
        page.user_admin.ui.users_table.selectRow(1)
        dialog = page.user_admin.edit_user()
        shot(dialog, "user")
        dialog.reject()
    admin.close()
    if shot.wanted("viewer") or shot.wanted("scan"):
        _attachments(app, shot, fit)
    clock.use_source(None)
    return 0


def _intake(window, folder: Path, fit, shot, demo) -> None:
    intake = window.open_intake()
    ui = intake.ui
    ui.channel_combo.setCurrentIndex(ui.channel_combo.findData("sp4n_lapor"))
    ui.lapor_ticket_edit.setText("LAP-2026-0412-7781")
    ui.category_combo.setCurrentIndex(ui.category_combo.findData("pungli"))
    ui.tier_combo.setCurrentIndex(ui.tier_combo.findData("pelanggaran"))
    ui.subject_kind_combo.setCurrentIndex(ui.subject_kind_combo.findData("upt"))
    ui.subject_name_edit.setText("Rutan Kelas IIB Pangkalpinang")
    ui.summary_edit.setText("Keluarga warga binaan dimintai uang untuk titipan makanan")
    ui.description_edit.setPlainText(
        "Pada hari Sabtu pukul 10.00 keluarga warga binaan dimintai Rp50.000 oleh petugas "
        "di pos penitipan barang agar titipan makanan dapat diterima.")
    ui.name_edit.setText("Siti Rahayu")
    ui.nik_edit.setText("1971015505800002")
    ui.address_edit.setText("Jl. Depati Amir 17, Pangkalpinang")
    ui.phone_edit.setText("0813-1111-2222")
    letter = folder / "surat-pengaduan-siti-rahayu.pdf"
    letter.write_bytes(demo.DEMO_PDF)
    intake.add_file(str(letter), "surat")
    fit(intake)
    shot(intake, "intake")
    intake.reject()


def _attachments(app, shot, fit) -> None:
    """The viewer on a 50-page letter and the scan dialog with seven pages."""
    import img2pdf

    from app.files import scanning
    from tests.app.attachment_files import letter_page
    from ui.attachments.scan_dialog import ScanDialog, _with_thumbnails
    from ui.attachments.viewer import AttachmentViewer
    from ui.worker import TaskRunner

    viewer = AttachmentViewer()
    viewer.setWindowTitle("surat-pengaduan.pdf")
    fit(viewer, (1100, 780))
    viewer.show()
    shown: list[int] = []
    viewer.page_shown.connect(shown.append)
    viewer.open_content(img2pdf.convert([letter_page(n + 1) for n in range(50)]),
                        "application/pdf", "surat-pengaduan.pdf")
    viewer.go_to(2)
    while not shown or shown[-1] != 2:
        app.processEvents()
    for _ in range(40):  # the visible thumbnails arrive
        viewer.renderer.wait()
        app.processEvents()
    shot(viewer, "viewer")
    viewer.close()
    dialog = ScanDialog(TaskRunner(synchronous=True), backends=[
        scanning.SaneBackend(program=""), scanning.InboxBackend(None)],
        filename="surat-pengaduan-budi.pdf")
    fit(dialog, (900, 640))
    dialog._devices_found(scanning.Discovery(
        [scanning.ScanDevice("wia", "1", "Canon DR-C225 II (WIA)")], []))
    pages = [scanning.page_from_image(letter_page(n + 1, dpi=150))[0] for n in range(7)]
    pages[3] = pages[3].rotated(90)
    dialog.add_pages(_with_thumbnails(pages))
    dialog.select_rows([3])
    dialog.show()
    shot(dialog, "scan")
    dialog.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="docs/img")
    parser.add_argument("--scale", choices=[*SCREENS, "all"], default="all")
    parser.add_argument("--only", default="", help="names, e.g. tasks,case,settings")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    only = {n for n in args.only.split(",") if n}
    if args.scale != "all":
        return shoot(out, args.scale, only)
    for scale in SCREENS:  # a process each: QT_SCALE_FACTOR is read once per process
        command = [sys.executable, "-m", "tools.screenshots", str(out), "--scale", scale]
        if args.only:
            command += ["--only", args.only]
        done = subprocess.run(command, check=False)
        if done.returncode:
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
