"""PDF through Microsoft Word's COM automation, Word kept open between conversions.

A COM object belongs to the thread (single-threaded apartment) that created it, and the
GUI's tasks run on any thread of a pool, so Word lives on one thread of its own: conversions
are handed to it and waited for. Word is started hidden with its alerts off and macros of
opened files disabled; each .docx is opened read-only, exported with
`ExportAsFixedFormat(OutputFileName, ExportFormat=wdExportFormatPDF)` and closed unsaved.
When the program ends, Word is quit, unless a document of the user's own has meanwhile opened
in that instance (Windows may hand a double-clicked file to a running Word): then it is only
made visible, so nothing of theirs is closed.
"""

from __future__ import annotations

import logging
import queue
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from app.files.wia import com_error_code
from app.i18n import _
from app.naskah.pdf.errors import PdfError
from app.naskah.pdf.processes import remove_folder

log = logging.getLogger(__name__)

PROG_ID = "Word.Application"
WD_EXPORT_FORMAT_PDF = 17
WD_EXPORT_OPTIMIZE_FOR_PRINT = 0
WD_DO_NOT_SAVE_CHANGES = 0
WD_ALERTS_NONE = 0
MSO_AUTOMATION_SECURITY_FORCE_DISABLE = 3
# The Word process went away (closed by the user, crashed): start a new one and retry.
GONE = {0x80010108, 0x800706BA, 0x800706BE, 0x800401FD}  # RPC_E_DISCONNECTED, ...


def word_installed() -> bool:
    """Whether pywin32 is there and Word's automation class is registered (nothing is
    started to find out)."""
    try:
        import winreg

        import win32com.client  # noqa: F401 - Windows only
    except ImportError:
        return False
    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, PROG_ID + r"\CLSID"):
            return True
    except OSError:
        return False


@dataclass
class _Job:
    docx: Path
    target: Path
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None


_STOP = object()


class Word:
    """Word through COM on a thread of its own; `close()` quits it."""

    name = "Microsoft Word"

    def __init__(self, prog_id: str = PROG_ID):
        self.prog_id = prog_id
        self._jobs: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def convert(self, docx: Path, out_dir: Path, timeout: float) -> Path:
        """`docx` as `out_dir/<stem>.pdf`. Raises PdfError (Word failed, or did not finish
        within `timeout` seconds: that Word is then left behind and the next conversion
        starts another)."""
        with self._lock:
            work = Path(tempfile.mkdtemp(prefix="pengaduan-pdf-"))
            try:
                job = _Job(docx, work / (docx.stem + ".pdf"))
                self._start_thread()
                self._jobs.put(job)
                if not job.done.wait(timeout):
                    log.warning("Word did not finish %s in %ss; abandoning it", docx, timeout)
                    self._jobs.put(_STOP)  # it quits Word if it ever comes back
                    self._thread = None
                    self._jobs = queue.Queue()
                    raise PdfError(_("Microsoft Word tidak selesai dalam {s} detik; konversi "
                                     "PDF dibatalkan.").format(s=f"{timeout:g}"))
                if job.error is not None:
                    raise PdfError(_("Microsoft Word gagal membuat PDF: {e}").format(
                        e=_describe(job.error))) from job.error
                if not job.target.is_file():
                    raise PdfError(_("Microsoft Word tidak menghasilkan PDF."))
                target = out_dir / job.target.name
                shutil.move(str(job.target), str(target))
                return target
            finally:
                remove_folder(work)

    def _start_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._serve, args=(self._jobs,),
                                            name="word-pdf", daemon=True)
            self._thread.start()

    def close(self, timeout: float = 30) -> None:
        """Quit Word (see the module for when it is only made visible)."""
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is not None and thread.is_alive():
                self._jobs.put(_STOP)
                thread.join(timeout)

    # -- on Word's own thread
    def _serve(self, jobs: queue.Queue) -> None:
        import pythoncom

        pythoncom.CoInitialize()
        app = None
        try:
            while (job := jobs.get()) is not _STOP:
                try:
                    try:
                        if app is None:  # no truth test: it would ask Word for a length
                            app = self._start_word()
                        self._export(app, job)
                    except Exception as exc:  # noqa: BLE001 - com_error: retry if Word went
                        if com_error_code(exc) not in GONE:
                            raise
                        log.info("Word went away (%s); starting it again", exc)
                        app = self._start_word()
                        self._export(app, job)
                except Exception as exc:  # noqa: BLE001 - handed to the waiting caller
                    job.error = exc
                finally:
                    job.done.set()
        finally:
            if app is not None:
                self._quit(app)
            app = None
            pythoncom.CoUninitialize()

    def _start_word(self):
        import win32com.client

        app = win32com.client.Dispatch(self.prog_id)
        app.Visible = False
        app.DisplayAlerts = WD_ALERTS_NONE
        try:
            app.AutomationSecurity = MSO_AUTOMATION_SECURITY_FORCE_DISABLE
        except Exception as exc:  # noqa: BLE001 - an older Word: the .docx has no macros
            log.info("Word AutomationSecurity not set: %s", exc)
        return app

    @staticmethod
    def _export(app, job: _Job) -> None:
        document = app.Documents.Open(FileName=str(job.docx), ConfirmConversions=False,
                                      ReadOnly=True, AddToRecentFiles=False, Visible=False)
        try:
            document.ExportAsFixedFormat(OutputFileName=str(job.target),
                                         ExportFormat=WD_EXPORT_FORMAT_PDF,
                                         OpenAfterExport=False,
                                         OptimizeFor=WD_EXPORT_OPTIMIZE_FOR_PRINT)
        finally:
            document.Close(SaveChanges=WD_DO_NOT_SAVE_CHANGES)

    @staticmethod
    def _quit(app) -> None:
        try:
            if app.Documents.Count:
                log.info("Word has the user's documents open; leaving it to them")
                app.Visible = True
            else:
                app.Quit(SaveChanges=WD_DO_NOT_SAVE_CHANGES)
        except Exception as exc:  # noqa: BLE001 - Word already gone
            log.info("Word not quit: %s", exc)


def _describe(exc: BaseException) -> str:
    """Word's own description from a com_error's excepinfo, else the exception's text."""
    excepinfo = getattr(exc, "excepinfo", None)
    if isinstance(excepinfo, tuple) and len(excepinfo) > 2 and excepinfo[2]:
        return str(excepinfo[2])
    code = com_error_code(exc)
    return f"0x{code:08X}" if code is not None else str(exc)
