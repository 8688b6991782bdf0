"""SQLite on a network share is refused: its file locking is unreliable there
(sqlite.org/useovernet.html), so concurrent workstations would corrupt the database. Used both
when the database is opened and when the connection dialog tests a path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.errors import DatabaseConfigError
from app.i18n import _

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "fuse.sshfs",
    "fuse.rclone", "davfs", "fuse.davfs2", "ncpfs", "lustre", "gpfs",
}


def refuse_network_path(path: str, mounts: str | None = None) -> None:
    """Refuse an SQLite file on a network share: SQLite's locking is unreliable there
    (sqlite.org/useovernet.html), so concurrent workstations would corrupt it."""
    if _is_network_path(path, mounts):
        raise DatabaseConfigError(_(
            "Berkas SQLite '{path}' berada di folder jaringan. SQLite tidak aman dipakai "
            "bersama lewat jaringan karena penguncian berkasnya tidak andal. Untuk beberapa "
            "komputer, gunakan server PostgreSQL kantor (Pengaturan > Basis Data)."
        ).format(path=path))


def _is_network_path(path: str, mounts: str | None = None) -> bool:
    if path.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    return filesystem_type(path, mounts) in NETWORK_FILESYSTEMS


def filesystem_type(path: str, mounts: str | None = None) -> str | None:
    """The filesystem type of the deepest mount point holding `path` (from /proc/mounts)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return None
    target = os.path.abspath(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix)) and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_drive_is_remote(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
