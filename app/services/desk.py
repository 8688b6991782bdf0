"""The small reads a desktop session makes around its screens, so widgets never issue
queries of their own: the lanes of the SOP in force and their names, whose turn an open
complaint is, whether the user may register a complaint, whether anything changed since
the last look (the change token), whether the session's account is still active, whether
the database has any user yet, whether an administrator should hear that this
installation's SOP file is not the one in force, and reconnecting after a broken connection.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.errors import NotPermitted
from app.i18n import _
from app.services import accounts, sop_versions
from app.store.models import STATUS_OPEN, AuditHead, Complaint, User, database


@dataclass
class IntakePermission:
    allowed: bool
    needs_override: bool
    reason: str = ""


def intake_permission(user: User) -> IntakePermission:
    """Whether `user` may register a complaint (step 1's acting lane, or an administrator
    who must then give a reason), as the account is now."""
    try:
        user = accounts.current(user)
    except NotPermitted as exc:
        return IntakePermission(False, False, str(exc))
    sop = sop_versions.current_sop()
    lane = sop.acting_lane(sop.first_step.no)
    if lane in user.lanes:
        return IntakePermission(True, False)
    lane_name = sop.lane(lane).name
    if user.is_admin:
        return IntakePermission(True, True, _("Administrator mendaftarkan atas nama {lane}.")
                                .format(lane=lane_name))
    return IntakePermission(False, False, _("Hanya {lane} yang dapat mendaftarkan pengaduan.")
                            .format(lane=lane_name))


def lane_choices() -> dict[str, str]:
    """Lane key -> name of the lanes that act (for filters), in the SOP's column order."""
    sop = sop_versions.current_sop()
    return {lane.key: lane.name for lane in sop.lanes if lane.represented_by is None}


def lane_name(key: str | None) -> str:
    if not key:
        return ""
    try:
        return sop_versions.current_sop().lane(key).name
    except KeyError:
        return key


def waiting_on(complaint_id: int) -> tuple[str, str] | None:
    """(lane key, register number) of the open complaint's current step, None when it is
    closed, held or gone: what a live notification needs to know whose turn it is."""
    row = (Complaint.select(Complaint.current_lane, Complaint.register_no)
           .where((Complaint.id == complaint_id) & (Complaint.status == STATUS_OPEN))
           .tuples().first())
    return (row[0], row[1]) if row and row[0] else None


def lanes_of(user: User) -> list[str]:
    names = [lane_name(k) for k in sorted(user.lanes)]
    if user.is_admin:
        names.append(_("Administrator"))
    return names


def change_token() -> int:
    """A number that grows with every change anywhere (each change is audited): the desktop
    compares it to decide whether to reload. Raises the driver's error when disconnected."""
    return AuditHead.select(AuditHead.seq).scalar() or 0


def reconnect() -> None:
    """Drop a broken connection so the next query opens a fresh one."""
    try:
        database.close()
    except Exception as exc:  # noqa: BLE001 - closing a dead connection may itself fail
        logging.getLogger(__name__).info("koneksi lama tidak dapat ditutup: %s", exc)
    database.connect(reuse_if_open=True)


def session_end_reason(user: User) -> str:
    """Why the session of `user` must end now (the account was deactivated or removed on
    another workstation), in the words shown to them; "" while the account is active.
    Raises the driver's error when disconnected."""
    try:
        accounts.current(user)
    except NotPermitted as exc:
        return str(exc)
    return ""


def has_users() -> bool:
    return User.select().exists()


def sop_notice(user: User) -> str:
    """For an administrator, one line when this installation's bundled SOP file differs
    from the SOP in force (with the command that adopts it); empty otherwise."""
    if not user.is_admin:
        return ""
    status = sop_versions.bundled_sop_status()
    if status.same:
        return ""
    if status.bundled is None:
        return _("Berkas SOP bawaan komputer ini tidak dapat dipakai: {e}").format(
            e=status.problem)
    return _("Berkas SOP bawaan komputer ini ({b}) berbeda dari SOP yang berlaku ({a}) dan "
             "belum berlaku. Untuk memberlakukannya: pengaduan sop adopsi --user {u}").format(
        b=sop_versions.describe(status.bundled), a=sop_versions.describe(status.adopted),
        u=user.username)
