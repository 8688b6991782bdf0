"""Child programs that leave nothing behind: started as the root of their own process tree
(a session on POSIX, a process group on Windows) with no pipe a grandchild could keep open,
killed as a whole tree (LibreOffice's `soffice` launcher starts `soffice.bin`, which outlives
a killed launcher), and temporary folders removed even when Windows still holds a file in
them for a moment: retried, then left with a note that the next start acts on."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

# winbase.h; named here so the Windows path can be tested on any system.
CREATE_NEW_PROCESS_GROUP = 0x00000200
CREATE_NO_WINDOW = 0x08000000
NOTE_SUFFIX = ".hapus"  # "<folder>.hapus": a folder that could not be removed yet
REMOVE_TRIES, REMOVE_WAIT = 5, 0.2


def _windows() -> bool:
    return sys.platform == "win32"


def start_tree(command: list[str], *, output: IO[bytes],
               windows: bool | None = None) -> subprocess.Popen:
    """Start `command` as the root of a new process tree, stdin from nothing and stdout and
    stderr into `output` (an open file: a pipe would stay open as long as any grandchild
    lives). Raises OSError when the program cannot be started."""
    windows = _windows() if windows is None else windows
    options: dict = {"stdin": subprocess.DEVNULL, "stdout": output, "stderr": subprocess.STDOUT}
    if windows:
        options["creationflags"] = CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW
    else:
        options["start_new_session"] = True
    return subprocess.Popen(command, **options)


def kill_tree(proc: subprocess.Popen, *, grace: float = 0.0,
              windows: bool | None = None) -> None:
    """End `proc` and every process it started. With `grace` seconds, POSIX programs are
    first asked to stop (SIGTERM) and killed only if they do not; Windows has no such
    request for a program without a window, so the tree is ended at once."""
    windows = _windows() if windows is None else windows
    if windows:
        # taskkill /T follows the parent links, so it must run while the root is alive.
        subprocess.run(["taskkill", "/PID", str(proc.pid), "/T", "/F"],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, creationflags=CREATE_NO_WINDOW,
                       timeout=30, check=False)
        if proc.poll() is None:
            proc.kill()
    else:
        if grace and _signal_group(proc.pid, signal.SIGTERM):
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(grace)
        # The group outlives its leader: kill it even when the leader has gone.
        _signal_group(proc.pid, signal.SIGKILL)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        log.warning("process %s did not end after being killed", proc.pid)


def _signal_group(pgid: int, sig: int) -> bool:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def remove_folder(folder: Path, *, tries: int = REMOVE_TRIES,
                  wait: float = REMOVE_WAIT) -> bool:
    """Remove `folder` and its contents. A file still held open (Windows lets no one delete
    it then) is waited for, `tries` times; if it stays, a note `<folder>.hapus` is left
    beside it for `sweep_leftovers`, a warning is logged and False returned."""
    folder = Path(folder)
    problem: OSError | None = None
    for attempt in range(tries):
        try:
            shutil.rmtree(folder)
            return True
        except FileNotFoundError:
            return True
        except OSError as exc:
            problem = exc
            time.sleep(wait * (attempt + 1))
    note = folder.with_name(folder.name + NOTE_SUFFIX)
    try:
        note.write_text(f"{folder}\n{problem}\n", encoding="utf-8")
    except OSError as exc:
        log.warning("no note for %s: %s", folder, exc)
    log.warning("temporary folder %s not removed (%s); removed at the next start",
                folder, problem)
    return False


def sweep_leftovers(parent: Path | None = None) -> int:
    """Remove the folders that earlier runs left with a note (in `parent`, default the
    temporary folder); returns how many went. A folder still locked keeps its note."""
    parent = Path(parent or tempfile.gettempdir())
    removed = 0
    for note in parent.glob(f"pengaduan-*{NOTE_SUFFIX}"):
        folder = note.with_name(note.name[:-len(NOTE_SUFFIX)])
        try:
            if folder.exists():
                shutil.rmtree(folder)
            note.unlink()
        except OSError as exc:
            log.info("leftover %s still locked: %s", folder, exc)
            continue
        removed += 1
    return removed
