"""Screenshots of every main screen against demo data, for the README and for review:
`python -m tools.screenshots OUTDIR` writes screen_login.png, screen_tasks.png,
screen_register.png, screen_intake.png, screen_case.png and screen_settings.png. Runs
offscreen on a temporary SQLite database; nothing of the user's data is touched."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

MAIN_SIZE = (1366, 768)  # a common office screen


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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "docs/img")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    from app.services import demo, desk, sop_versions
    from app.store.db import open_database
    from app.store.models import User
    from ui.main import make_application
    from ui.main_window import PAGE_REGISTER, PAGE_SETTINGS, MainWindow, Session
    from ui.worker import TaskRunner

    app = make_application()
    folder = Path(tempfile.mkdtemp(prefix="pengaduan-layar-"))
    url = "sqlite:///" + str(folder / "demo.db")
    open_database(url)
    sop = sop_versions.current_sop()
    at = dt.datetime.now().replace(microsecond=0)
    demo.generate(400, seed=7, at=at)
    runner = TaskRunner(synchronous=True)

    def shot(widget, name):
        app.processEvents()
        path = out / f"screen_{name}.png"
        widget.grab().save(str(path))
        print(path)

    from ui.login import LoginDialog

    login = LoginDialog(url)
    login.ui.username_edit.setText("kasubag_pphti")
    login.ui.password_edit.setText(demo.DEMO_PASSWORD)
    login.show()
    shot(login, "login")

    user = User.get(User.username == "kasubag_pphti")
    session = Session(user=user, db_url=url, runner=runner, lanes=desk.lane_choices(),
                      sop_text=f"{sop.name} ({sop.number})",
                      log_path=str(folder / "pengaduan.log"))
    settings = QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    window.resize(*MAIN_SIZE)
    window.show()
    shot(window, "tasks")
    window.ui.nav_list.setCurrentRow(PAGE_REGISTER)
    shot(window, "register")
    window.ui.nav_list.setCurrentRow(PAGE_SETTINGS)
    shot(window, "settings")

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
    intake.resize(1100, 700)
    shot(intake, "intake")
    intake.reject()

    case = window.open_case(_find_looped_case())
    case.resize(1200, 760)
    case.ui.tabs.setCurrentWidget(case.ui.history_tab)
    shot(case, "case")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
