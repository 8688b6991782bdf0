"""The start-up guard: the windowed program (Pengaduan.exe has no console) never fails
silently.

`guarded(main)` turns on `faulthandler` into `crash.log` in the user's log folder (a crash
in Qt's or a driver's C code leaves its trace there), runs `main`, and reports any
exception that escapes it, an ImportError of PySide6 above all: the trace is appended to
`crash.log`, the user sees a native message box (MessageBoxW; with a console, stderr), and
the exit code is 1. Only the standard library and app.paths/app.i18n are needed, lazily, so
the guard works when nearly everything else is broken.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

CRASH_LOG = "crash.log"
CRASH_LOG_LIMIT = 1_000_000  # bytes; beyond it the log starts afresh (one old copy kept)
EXIT_STARTUP_FAILED = 1
MB_OK, MB_ICONERROR, MB_SETFOREGROUND = 0x0, 0x10, 0x10000
_fault_file = None  # kept open for the process's lifetime: faulthandler writes to its fd


def log_folder() -> Path:
    """The user's log folder (app.paths: <user data>/logs), else one in the temp folder."""
    try:
        from app.paths import user_data_dir

        folder = user_data_dir() / "logs"
    except Exception:  # noqa: BLE001 - a broken install still gets its log
        folder = Path(tempfile.gettempdir()) / "Pengaduan" / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def crash_log_path() -> Path:
    return log_folder() / CRASH_LOG


def enable_faulthandler() -> Path | None:
    """faulthandler into crash.log (appended; rotated once past CRASH_LOG_LIMIT); the path,
    or None when no log could be opened (then faulthandler writes to stderr, if any)."""
    global _fault_file
    try:
        path = crash_log_path()
        if path.exists() and path.stat().st_size > CRASH_LOG_LIMIT:
            os.replace(path, path.with_suffix(".log.1"))
        _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - kept open on purpose
        faulthandler.enable(file=_fault_file, all_threads=True)
        return path
    except (OSError, RuntimeError, ValueError):
        if sys.stderr is not None:
            faulthandler.enable(all_threads=True)
        return None


def windowed() -> bool:
    """True in a program with no console: PyInstaller's windowed Pengaduan.exe has no
    sys.stderr (and no sys.stdout)."""
    return sys.stderr is None or sys.stdout is None


def show_error(title: str, text: str) -> None:
    """A native message box on Windows when there is no console; otherwise stderr (a box
    would wait for a click that no script or CI run gives)."""
    if sys.platform == "win32" and windowed():
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, title,
                                         MB_OK | MB_ICONERROR | MB_SETFOREGROUND)
    elif sys.stderr is not None:
        print(f"{title}: {text}", file=sys.stderr, flush=True)


def _translate(text: str) -> str:
    try:
        from app.i18n import _

        return _(text)
    except Exception:  # noqa: BLE001 - the source text is Indonesian already
        return text


def failure_text(exc: BaseException, path: Path | None) -> str:
    """What the user reads: what failed, in Indonesian, and where the details are."""
    missing = getattr(exc, "name", None) or ""
    if isinstance(exc, ImportError) and missing.split(".")[0] in ("PySide6", "shiboken6"):
        head = _translate("Pustaka tampilan (Qt/PySide6) tidak dapat dimuat. Pasang ulang "
                          "program; bila tetap gagal, hubungi petugas TI.")
    elif isinstance(exc, ImportError):
        head = _translate("Sebagian program tidak dapat dimuat. Pasang ulang program; bila "
                          "tetap gagal, hubungi petugas TI.")
    else:
        head = _translate("Pengaduan tidak dapat dimulai karena kesalahan yang tidak "
                          "terduga.")
    detail = f"{type(exc).__name__}: {exc}"
    where = (_translate("Rincian untuk petugas TI dicatat di:\n{p}").format(p=path)
             if path else _translate("Rincian tidak dapat dicatat (folder log tidak dapat "
                                     "ditulis)."))
    return f"{head}\n\n{detail}\n\n{where}"


def write_crash(exc: BaseException) -> Path | None:
    """Append the trace of `exc` (with time, program and Python) to crash.log; its path,
    or None when it cannot be written."""
    try:
        path = crash_log_path()
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"\n=== {dt.datetime.now().isoformat(timespec='seconds')} start gagal: "
                      f"{sys.executable} {' '.join(sys.argv[1:])} (Python {sys.version})\n")
            log.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None


def report_startup_failure(exc: BaseException) -> int:
    """Log `exc`, tell the user, return the exit code (never raises)."""
    path = write_crash(exc)
    try:
        show_error("Pengaduan", failure_text(exc, path))
    except Exception as box_error:  # noqa: BLE001 - the log and the exit code still stand
        write_crash(box_error)
    return EXIT_STARTUP_FAILED


def guarded(main: Callable[[], int | None]) -> int:
    """Run `main` with faulthandler on; an exception out of it is reported (log, box) and
    gives exit code 1. SystemExit (argparse, sys.exit) passes through unchanged."""
    enable_faulthandler()
    try:
        return main() or 0
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:  # noqa: BLE001 - nothing may end the program unseen
        return report_startup_failure(exc)
