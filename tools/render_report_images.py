"""Pictures of the reports for the README, on demo data in a temporary SQLite database:

    python -m tools.render_report_images [OUTDIR]

writes screen_reports.png (the Laporan page, dashboard tab), screen_reports_compliance.png
(the SOP compliance tab) and report_recap.png (page 1 of the recap .docx, via LibreOffice
and pdftoppm -r 80)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AT = dt.datetime(2026, 11, 27, 10, 0)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else Path(__file__).resolve().parent.parent / "docs" / "img")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings

    from app.reports import export as report_export
    from app.reports.periods import Period
    from app.reports.report import build
    from app.services import demo, desk
    from app.store.db import open_database
    from app.store.models import User
    from ui.main import make_application
    from ui.main_window import PAGE_REPORTS, MainWindow, Session
    from ui.report_charts import chart_images
    from ui.worker import TaskRunner

    app = make_application()
    folder = Path(tempfile.mkdtemp(prefix="pengaduan-laporan-"))
    url = "sqlite:///" + str(folder / "demo.db")
    open_database(url)
    demo.generate(1500, seed=7, at=AT)
    user = User.get(User.username == "kakanwil")
    session = Session(user=user, db_url=url, runner=TaskRunner(synchronous=True),
                      lanes=desk.lane_choices(), sop_text="SOP", log_path="-")
    window = MainWindow(session, QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat))
    window.resize(1366, 768)
    window.show()
    window.ui.nav_list.setCurrentRow(PAGE_REPORTS)
    page = window.reports_page
    app.processEvents()
    for tab, name in ((page.ui.dashboard_tab, "screen_reports"),
                      (page.ui.compliance_tab, "screen_reports_compliance")):
        page.ui.tabs.setCurrentWidget(tab)
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    report = build(Period.quarter(2026, 3), AT)
    docx = report_export.write_docx(report, folder / "rekap.docx", chart_images(report.charts))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    str(docx)], check=True, capture_output=True, timeout=180)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(folder / "rekap.pdf"), str(out / "report_recap")], check=True)
    print(out / "report_recap.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
