"""What every command needs: the database the `--db` option names, and the account or
complaint a command names, each with a clear error when there is none."""

from __future__ import annotations

from app.errors import PengaduanError
from app.i18n import _


def open_database(args):
    """Open (and upgrade) the database of `--db`, else the configured one; a workstation
    clock far off the server's is reported on stderr."""
    import sys

    from app.store import clock
    from app.store.db import open_database as _open_database

    db = _open_database(args.db)
    warning = clock.skew_warning()
    if warning:
        print(_("Peringatan: {w}").format(w=warning), file=sys.stderr)
    return db


def user_named(name: str):
    """The account `name`; a clear error when there is none (for every command)."""
    from app.errors import ValidationError
    from app.store.models import User

    user = User.get_or_none(User.username == name)
    if user is None:
        raise ValidationError(_("Pengguna '{u}' tidak ada.").format(u=name), "username")
    return user


def complaint_numbered(register_no: str):
    """The complaint with that register number; a clear error when there is none."""
    from app.store.models import Complaint

    complaint = Complaint.get_or_none(Complaint.register_no == register_no)
    if complaint is None:
        raise PengaduanError(_("Pengaduan dengan nomor register {n} tidak ditemukan.")
                             .format(n=register_no))
    return complaint
