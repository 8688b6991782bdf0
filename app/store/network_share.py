"""SQLite on a network share is refused: its file locking is unreliable there
(sqlite.org/useovernet.html), so concurrent workstations would corrupt the database. Used both
when the database is opened and when the connection dialog tests a path."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from app.errors import DatabaseConfigError
from app.i18n import _

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "fuse.sshfs",
    "fuse.rclone", "davfs", "fuse.davfs2", "ncpfs", "lustre", "gpfs", "coda", "ocfs2",
    "gfs2", "beegfs", "orangefs", "fuse.gvfsd-fuse", "fuse.smbnetfs", "fuse.s3fs",
    "fuse.goofys", "fuse.gcsfuse", "fuse.blobfuse", "fuse.blobfuse2", "fuse.curlftpfs",
    "fuse.httpfs2", "fuse.juicefs", "fuse.glusterfs", "fuse.ceph-fuse", "fuse.cephfs",
    "fuse.mountpoint-s3", "fuse.afpfs", "fuse.afpfs-ng", "fuse.onedriver",
    "fuse.google-drive-ocamlfuse",
}
# FUSE programs that reach a remote server (their mount type is "fuse.<program>", or, for
# some versions, plain "fuse" with "<program>#<remote>" as the source).
NETWORK_FUSE_PROGRAMS = {name.removeprefix("fuse.") for name in NETWORK_FILESYSTEMS
                         if name.startswith("fuse.")} | {"gvfsd-fuse", "sshfs", "s3fs"}
# Where the kernel lists this process's mounts; a test points it at a fake table.
MOUNT_TABLE = "/proc/self/mounts"


def refuse_network_path(path: str, mounts: str | None = None) -> None:
    """Refuse an SQLite file on a network share: SQLite's locking is unreliable there
    (sqlite.org/useovernet.html), so concurrent workstations would corrupt it. Symbolic
    links are followed first: a link into a share is the share. `mounts` is the text of a
    mount table (default: the file MOUNT_TABLE)."""
    if _is_network_path(path, mounts):
        raise DatabaseConfigError(_(
            "Berkas SQLite '{path}' berada di folder jaringan. SQLite tidak aman dipakai "
            "bersama lewat jaringan karena penguncian berkasnya tidak andal. Untuk beberapa "
            "komputer, gunakan server PostgreSQL kantor (Pengaturan > Basis Data)."
        ).format(path=path))


def _is_network_path(path: str, mounts: str | None = None) -> bool:
    for candidate in dict.fromkeys((path, os.path.realpath(path))):
        if candidate.startswith(("\\\\", "//")):
            return True
        if sys.platform == "win32":
            if _windows_drive_is_remote(candidate):
                return True
        elif is_network_filesystem(filesystem_type(candidate, mounts)):
            return True
    return False


def is_network_filesystem(kind: str | None) -> bool:
    """Whether a mount type (as /proc/mounts names it) reaches a remote server."""
    if not kind:
        return False
    if kind in NETWORK_FILESYSTEMS:
        return True
    return kind.startswith("fuse.") and kind.removeprefix("fuse.") in NETWORK_FUSE_PROGRAMS


def filesystem_type(path: str, mounts: str | None = None) -> str | None:
    """The filesystem type of the deepest mount point holding `path` (from the mount table;
    symbolic links in `path` followed). A plain "fuse" mount reports the program behind it
    as "fuse.<program>" when its source names one ("sshfs#host:/dir")."""
    if mounts is None:
        try:
            mounts = Path(MOUNT_TABLE).read_text(errors="replace")
        except OSError:
            return None
    target = os.path.realpath(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = _unescape(fields[1])
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix)) and len(mount_point) >= len(
                best):
            best, best_type = mount_point, fields[2]
            if best_type in ("fuse", "fuseblk") and "#" in fields[0]:
                best_type = "fuse." + _unescape(fields[0]).partition("#")[0].rsplit("/", 1)[-1]
    return best_type


def _unescape(field: str) -> str:
    """A mount table field: space, tab, newline and backslash are written as octal."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _windows_drive_is_remote(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
