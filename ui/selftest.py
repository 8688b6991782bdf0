"""`pengaduan --self-test` and `pengaduan --startup-probe`: proof that an installed program
(a PyInstaller bundle above all) has everything it needs.

The self-test runs offscreen on a temporary SQLite database filled with demo data: it opens
the main window, draws a swimlane to PNG, renders a nota dinas, turns a scanned JPEG and
two TIFFs into one PDF (Pillow, img2pdf, PDFium, Qt's JPEG plugin), checks that a
database from a newer version is refused, that the third-party notices are next to the
program (ui.about), and that PySide6 keeps its references to None (the 6.12 bug on
Python 3.11). On Windows it also loads what the offscreen run never reaches: the Windows
platform plugin, printer support, the keyring back-end, win32com and libpq. It prints
each check with its time and returns 0, or 1 at the first failure (with the reason).
Nothing of the user's own data is read or written.

The startup probe opens the main window on the given (or default) database for its first
active user, without the login dialog, prints `STARTUP_READY <seconds>` once the window is
exposed, and exits: `bench/bench_startup_bundle.py` times it from the outside.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

from app.i18n import _
from app.office import wording

READY_MARKER = "STARTUP_READY"
DEMO_COMPLAINTS = 40  # enough for loops, holds and every step; a second or two to make


class CheckFailed(Exception):
    """A self-test check found something wrong; the message says what."""


def _offscreen() -> None:
    # The self-test must never put a window on someone's screen, nor need a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _wait_exposed(window, timeout: float = 10.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while True:
        QApplication.processEvents()
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            return
        if time.perf_counter() > deadline:
            raise CheckFailed(_("jendela utama tidak tampil dalam {s} detik").format(s=timeout))
        time.sleep(0.005)


def _session_for(user, url: str, folder: Path):
    from PySide6.QtCore import QSettings

    from app.services import desk, sop_versions
    from ui.main_window import Session
    from ui.worker import TaskRunner

    sop = sop_versions.current_sop()
    session = Session(user=user, db_url=url, runner=TaskRunner(synchronous=True),
                      lanes=desk.lane_choices(), sop_text=f"{sop.name} ({sop.number})",
                      log_path=str(folder / "pengaduan.log"))
    # window geometry goes to a file of its own, not to the user's registry/config
    return session, QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat)


# --------------------------------------------------------------------------- the checks

class _Context:
    def __init__(self, folder: Path):
        self.folder = folder
        self.url = "sqlite:///" + (folder / "selftest.db").as_posix()
        self.app = None
        self.user = None
        self.window = None
        self.complaint_id: int | None = None
        self.db = None  # the database this run opened, closed at the end


def _check_resources(ctx: _Context) -> str:
    from app.naskah.templates import bundled_template
    from app.office.holidays import holidays_version, national_holidays
    from app.office.sop import load_sop
    from app.office.vocab import DOC_TYPES
    from app.paths import default_sop_path, resource_dir

    sop = load_sop(default_sop_path())
    missing = [t for t in DOC_TYPES if not bundled_template(t).is_file()]
    if missing:
        raise CheckFailed(_("templat tidak ada: {t}").format(t=", ".join(missing)))
    icon = resource_dir() / "icons" / "pengaduan.png"
    if not icon.is_file():
        raise CheckFailed(_("ikon aplikasi tidak ada: {p}").format(p=icon))
    # `holidays` loads its country module by name: a bundle can lose it without a warning.
    # Asked directly, not through the cache a previous start may have filled.
    holiday = national_holidays(2026, use_cache=False).get(dt.date(2026, 8, 17))
    if not holiday or "Kemerdekaan" not in holiday:
        raise CheckFailed(_("hari libur nasional tidak terbaca (17 Agustus: {h})").format(
            h=holiday))
    # The holiday cache is keyed by the package's version, read from its metadata folder:
    # without it every start imports `holidays` again (~130 ms).
    if holidays_version() is None:
        raise CheckFailed(_("versi paket holidays tidak terbaca; tembolok hari libur mati"))
    return _("{d}; SOP {n}, {k} langkah; {t} templat; {h}").format(
        d=resource_dir(), n=sop.number, k=len(sop.steps), t=len(DOC_TYPES), h=holiday)


def _check_qt(ctx: _Context) -> str:
    from PySide6.QtCore import qVersion

    from ui.common import icon
    from ui.main import make_application

    ctx.app = make_application(["pengaduan"])
    pixmap = icon("fa5s.balance-scale").pixmap(32, 32)
    if pixmap.isNull():
        raise CheckFailed(_("ikon qtawesome tidak tergambar (fon ikon hilang?)"))
    return _("Qt {v}, platform {p}, fon ikon terbaca").format(
        v=qVersion(), p=ctx.app.platformName())


def _check_demo(ctx: _Context) -> str:
    from app.services import demo
    from app.store.db import open_database
    from app.store.models import Complaint, User

    ctx.db = open_database(ctx.url)
    demo.generate(DEMO_COMPLAINTS, seed=1)
    ctx.user = User.get(User.username == "kasubag_pphti")
    count = Complaint.select().count()
    if count != DEMO_COMPLAINTS:
        raise CheckFailed(_("{n} pengaduan tersimpan, bukan {m}").format(
            n=count, m=DEMO_COMPLAINTS))
    return _("{n} pengaduan contoh di {p}").format(n=count, p=ctx.folder / "selftest.db")


def _check_main_window(ctx: _Context) -> str:
    from ui.main_window import MainWindow

    session, qsettings = _session_for(ctx.user, ctx.url, ctx.folder)
    ctx.window = MainWindow(session, qsettings)
    ctx.window.resize(1366, 768)
    ctx.window.show()
    _wait_exposed(ctx.window)
    image = ctx.window.grab()
    if image.isNull() or image.width() < 600:
        raise CheckFailed(_("jendela utama tidak tergambar"))
    return _("jendela utama {w}x{h} untuk {u}").format(
        w=image.width(), h=image.height(), u=ctx.user.username)


def _check_swimlane(ctx: _Context) -> str:
    from PySide6.QtGui import QImage

    from app.services import swimlane
    from app.store.models import Complaint, StepRecord
    from ui.swimlane import export_png

    # a complaint that went round the correction loop draws the most of the chart
    looped = (Complaint.select(Complaint.id).join(StepRecord)
              .where(StepRecord.outcome == "dikembalikan").first())
    ctx.complaint_id = (looped or Complaint.select(Complaint.id).first()).id
    out = export_png(swimlane.complaint_chart(ctx.complaint_id), ctx.folder / "swimlane.png")
    image = QImage(str(out))
    if image.isNull() or image.width() < 500:
        raise CheckFailed(_("bagan swimlane tidak terbaca sebagai PNG: {p}").format(p=out))
    return _("bagan {w}x{h} px, {s}").format(
        w=image.width(), h=image.height(), s=wording.file_size(out.stat().st_size))


def _check_nota_dinas(ctx: _Context) -> str:
    from app.naskah import versions
    from app.store.models import STATUS_OPEN, Complaint

    # A nota dinas is made at steps 6-9 only (app.services.permissions): a complaint there.
    drafting = (Complaint.select(Complaint.id).where(
        (Complaint.status == STATUS_OPEN) & Complaint.current_step.between(6, 9)).first())
    if drafting is None:
        raise CheckFailed(_("data contoh tidak memuat pengaduan pada langkah 6-9"))
    document = versions.generate(ctx.user, drafting.id, "nota_dinas")
    content = versions.document_content(document)
    with zipfile.ZipFile(io.BytesIO(content)) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    if "{{" in xml or "{%" in xml:
        raise CheckFailed(_("nota dinas masih memuat tag templat"))
    if document.number and document.number not in xml:
        raise CheckFailed(_("nomor {n} tidak ada di nota dinas").format(n=document.number))
    (ctx.folder / "nota_dinas.docx").write_bytes(content)
    return _("nota dinas {n}, {s}").format(n=document.number, s=wording.file_size(len(content)))


def _check_scanning(ctx: _Context) -> str:
    from PIL import Image, ImageCms
    from pypdf import PdfReader

    from app.files import scanning
    from app.files.rendering import PageSource
    from app.services import attachments
    from ui.attachments.scan_dialog import thumbnail

    # What scanners hand over: a JPEG, a two-page LZW TIFF and a bilevel Group 4 TIFF.
    letter = Image.linear_gradient("L").resize((850, 1100))
    jpeg, tiff, g4 = io.BytesIO(), io.BytesIO(), io.BytesIO()
    letter.save(jpeg, "JPEG", dpi=(100, 100))
    letter.save(tiff, "TIFF", compression="tiff_lzw", save_all=True,
                append_images=[letter.rotate(90)], dpi=(100, 100))
    letter.convert("1").save(g4, "TIFF", compression="group4", dpi=(100, 100))
    pages = []
    for name, data in (("surat.jpg", jpeg), ("surat.tif", tiff), ("surat_g4.tif", g4)):
        attachments.inspect(name, data.getvalue())  # decodes every frame, or raises
        pages += scanning.page_from_image(data.getvalue(), source=name)
    if len(pages) != 4:
        raise CheckFailed(_("{n} halaman terbaca dari pindaian, bukan 4").format(n=len(pages)))
    if thumbnail(pages[0]).isNull():  # the scan dialog's thumbnails: Qt's JPEG plugin
        raise CheckFailed(_("gambaran kecil JPEG tidak terbaca oleh Qt"))
    # img2pdf reads a scan's ICC profile with Pillow's lcms2
    ImageCms.getProfileName(ImageCms.createProfile("sRGB"))
    pdf = scanning.assemble_pdf(pages)
    info = attachments.inspect("pindaian.pdf", pdf)
    source = PageSource(pdf, info.mime)  # the viewer draws it with PDFium
    try:
        raster = source.render(3, 0.25)
    finally:
        source.close()
    if len(PdfReader(io.BytesIO(pdf)).pages) != 4 or info.pages != 4 or raster.width < 50:
        raise CheckFailed(_("PDF pindaian tidak berisi 4 halaman yang terbaca"))
    return _("JPEG, TIFF LZW dan TIFF G4 menjadi PDF {n} halaman, {s}").format(
        n=info.pages, s=wording.file_size(len(pdf)))


def _check_newer_refused(ctx: _Context) -> str:
    from app.errors import SchemaTooNew
    from app.store import migrations
    from app.store.db import open_database
    from app.store.models import SchemaInfo

    if ctx.window is not None:
        ctx.window.close()
        ctx.window = None
    url = "sqlite:///" + (ctx.folder / "lebih_baru.db").as_posix()
    db = open_database(url)
    SchemaInfo.update(version=migrations.SCHEMA_VERSION + 1).execute()
    db.close()
    try:
        open_database(url).close()
    except SchemaTooNew as exc:
        return _("ditolak: {e}").format(e=exc)
    raise CheckFailed(_("basis data versi lebih baru tidak ditolak"))


VOID_CALLS = 1000  # void-returning calls in the reference check; None holds ~14k references


def _none_refcount() -> int:
    return sys.getrefcount(None)


def _check_none_references(ctx: _Context) -> str:
    """PySide6 6.12.0 on Python 3.11 released a reference to None on every void-returning
    call, and the interpreter aborted ("none_dealloc") once they ran out: a few thousand
    calls into a session. A quick loop shows the leak long before that."""
    from PySide6.QtCore import QObject, QPoint

    holder, point = QObject(), QPoint()
    before = _none_refcount()
    for number in range(VOID_CALLS):
        holder.setObjectName("uji")  # each returns None from C++ void
        point.setX(number)
    after = _none_refcount()
    if before - after >= VOID_CALLS // 2:
        raise CheckFailed(_("PySide6 melepas referensi None pada setiap panggilan void "
                            "({a} -> {b} setelah {n} panggilan): versi PySide6 ini rusak "
                            "untuk Python ini, lihat pyproject.toml").format(
                                a=before, b=after, n=VOID_CALLS))
    return _("{n} panggilan void, referensi None {a} -> {b}").format(
        n=2 * VOID_CALLS, a=before, b=after)


def _check_notices(ctx: _Context) -> str:
    from ui.about import REQUIRED_NOTICES, notice_problems, notices_dir, read_index

    folder = notices_dir()
    if not getattr(sys, "frozen", False) and not folder.is_dir():
        return _("dari sumber: belum dibuat ({p}; python build/notices.py)").format(p=folder)
    problems = notice_problems(folder)
    if problems:
        raise CheckFailed("; ".join(problems))
    return _("{n} komponen di {p}, {k} teks wajib ada").format(
        n=len(read_index(folder)), p=folder, k=len(REQUIRED_NOTICES))


CHECKS: list[tuple[str, Callable[[_Context], str]]] = [
    ("sumber daya", _check_resources),
    ("pemberitahuan lisensi", _check_notices),
    ("Qt offscreen", _check_qt),
    ("referensi None", _check_none_references),
    ("data contoh", _check_demo),
    ("jendela utama", _check_main_window),
    ("swimlane", _check_swimlane),
    ("nota dinas", _check_nota_dinas),
    ("pindaian", _check_scanning),
    ("basis data lebih baru", _check_newer_refused),
]


def run(keep: bool = False) -> int:
    """Run every check in order, printing one line each; 0 when all pass, 1 otherwise.
    `keep` leaves the temporary folder (database, PNG, .docx) for inspection."""
    from app import __version__

    _offscreen()
    started = time.perf_counter()
    frozen = getattr(sys, "frozen", False)
    print(_("Uji mandiri Pengaduan {v} ({k})").format(
        v=__version__, k=_("bundel") if frozen else _("dari sumber")), flush=True)
    folder = Path(tempfile.mkdtemp(prefix="pengaduan-ujimandiri-"))
    ctx = _Context(folder)
    failed = False
    checks = CHECKS + (windows_checks() if sys.platform == "win32" else [])
    try:
        for name, check in checks:
            t0 = time.perf_counter()
            try:
                detail = check(ctx)
            except Exception as exc:  # noqa: BLE001 - every failure is reported, then we stop
                ms = (time.perf_counter() - t0) * 1000
                print(f"  GAGAL {_(name)} ({ms:.0f} ms): {exc}", flush=True)
                if not isinstance(exc, CheckFailed):  # unexpected: the trace is the clue
                    traceback.print_exc(file=sys.stderr)
                failed = True
                break
            ms = (time.perf_counter() - t0) * 1000
            print(f"  OK    {_(name)} ({ms:.0f} ms): {detail}", flush=True)
    finally:
        if ctx.window is not None:
            ctx.window.close()
        if ctx.db is not None:
            ctx.db.close()  # before the folder goes: Windows cannot delete an open file
        if keep:
            print(_("Berkas uji disimpan di {p}").format(p=folder))
        else:
            shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - started
    if failed:
        print(_("Uji mandiri GAGAL setelah {s:.1f} detik.").format(s=total), flush=True)
        return 1
    print(_("Uji mandiri lulus: {n} pemeriksaan dalam {s:.1f} detik.").format(
        n=len(checks), s=total), flush=True)
    return 0


# --------------------------------------------------------------------------- Windows only
# The self-test runs offscreen from the console program, so what only Pengaduan.exe on a
# desktop would load is loaded here on purpose.

def find_plugin(folder: str, stem: str) -> Path | None:
    """Qt plugin `stem` (qwindows, libqxcb...) in `folder` (platforms, ...) on Qt's plugin
    paths, whatever the platform's file naming; None when absent."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    roots = [*QCoreApplication.libraryPaths(),
             QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    for root in roots:
        for name in (f"{stem}.dll", f"lib{stem}.so", f"{stem}.so", f"lib{stem}.dylib"):
            path = Path(root) / folder / name
            if path.is_file():
                return path
    return None


def load_plugin(path: Path) -> list[str]:
    """Load the Qt plugin at `path` (its DLL and every Qt DLL it links); its metadata keys.
    Raises CheckFailed with Qt's reason when it does not load."""
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(path))
    if not loader.load():
        raise CheckFailed(_("plugin Qt {p} tidak termuat: {e}").format(
            p=path, e=loader.errorString()))
    return [str(key) for key in loader.metaData().get("MetaData", {}).get("Keys", [])]


def check_platform_plugin(stem: str = "qwindows", key: str = "windows") -> str:
    path = find_plugin("platforms", stem)
    if path is None:
        raise CheckFailed(_("plugin platform {s} tidak ada di bundel").format(s=stem))
    keys = load_plugin(path)
    if key not in keys:
        raise CheckFailed(_("{p} bukan plugin platform {k} ({ks})").format(
            p=path.name, k=key, ks=keys))
    return _("plugin platform {p} termuat").format(p=path.name)


def check_printing() -> str:
    """Qt 6 on Windows has its printer support inside Qt6PrintSupport.dll (no plugin):
    load it and ask the spooler for printers; a default printer must be a native one."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    default = QPrinterInfo.defaultPrinter()
    if not default.isNull():
        printer = QPrinter(default)
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
            raise CheckFailed(_("pencetak {p} tidak terbuka sebagai pencetak Windows").format(
                p=default.printerName()))
    return _("dukungan cetak termuat, {n} pencetak").format(n=len(names))


def check_keyring() -> str:
    """The back-end that keeps the PostgreSQL password (app.store.connection): Windows
    Credential Manager, never keyring's "fail" back-end (then no password can be saved)."""
    import keyring

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    module = type(backend).__module__
    if module == "keyring.backends.fail" or chained == []:
        raise CheckFailed(_("keyring tanpa penyimpan sandi ({b}): metadata back-end keyring "
                            "tidak ada di bundel?").format(b=type(backend).__name__))
    return _("keyring: {m}.{n}").format(m=module, n=type(backend).__name__)


def check_win32com() -> str:
    """COM through pywin32 (Word for PDF, WIA for scanning), with a component every
    Windows has."""
    import pythoncom
    import win32com.client

    pythoncom.CoInitialize()
    try:
        name = win32com.client.Dispatch("Scripting.FileSystemObject").GetTempName()
    except Exception as exc:  # noqa: BLE001 - pywintypes.com_error and friends
        raise CheckFailed(_("COM melalui win32com gagal: {e}").format(e=exc)) from exc
    finally:
        pythoncom.CoUninitialize()
    return _("win32com dan COM berjalan ({n})").format(n=name)


def check_libpq() -> str:
    """libpq (inside psycopg2) loads and speaks: a connection to a closed local port fails
    in libpq itself (refused; on Windows perhaps only after its SYN retries, a timeout),
    through the same call the connection dialog makes."""
    import socket

    from app.store.connection import ConnectionSettings, test_connection

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = ConnectionSettings(kind="postgresql", host="127.0.0.1", port=port,
                                  database="uji", user="uji", sslmode="disable")
    try:
        ok, message = test_connection(settings, timeout=5)
    except ImportError as exc:
        raise CheckFailed(_("libpq/psycopg2 tidak termuat: {e}").format(e=exc)) from exc
    if ok or not message:
        raise CheckFailed(_("libpq tidak menjawab seperti semestinya: {m}").format(m=message))
    return _("libpq termuat ({m})").format(m=message)


def windows_checks() -> list[tuple[str, Callable[[_Context], str]]]:
    return [("plugin platform Windows", lambda ctx: check_platform_plugin()),
            ("dukungan cetak", lambda ctx: check_printing()),
            ("keyring", lambda ctx: check_keyring()),
            ("win32com", lambda ctx: check_win32com()),
            ("libpq", lambda ctx: check_libpq())]


def startup_probe(db_url: str | None = None) -> int:
    """Open the main window on `db_url` (default database) as its first active user, print
    `STARTUP_READY <seconds since this call>` when it is exposed, close it; 0 or 1."""
    t0 = time.perf_counter()
    from app.store.db import default_url, open_database
    from app.store.models import User
    from ui.main import make_application
    from ui.main_window import MainWindow

    make_application(["pengaduan"])
    url = db_url or default_url()
    open_database(url)
    user = (User.select().where(User.active & (User.username == "kasubag_pphti")).first()
            or User.select().where(User.active).order_by(User.id).first())
    if user is None:
        print(_("Galat: basis data belum berisi pengguna."), file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="pengaduan-probe-"))
    try:
        session, qsettings = _session_for(user, url, folder)
        window = MainWindow(session, qsettings)
        window.show()
        _wait_exposed(window)
        print(f"{READY_MARKER} {time.perf_counter() - t0:.3f}", flush=True)
        window.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0
