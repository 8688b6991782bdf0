"""Who may see what. Enforced here, in the core, not only by hiding widgets."""

from __future__ import annotations

from app.i18n import _
from app.office.vocab import CONFIDENTIAL
from app.services import settings
from app.store.models import User


def can_see_reporter(user: User | None, confidentiality: str) -> bool:
    """A confidential complainant's identity is for the configured lanes only (default:
    Kasubag PPHTI and Kakanwil); whistle-blowers are protected (Perpres 76/2013)."""
    if confidentiality not in CONFIDENTIAL:
        return True
    if user is None:
        return False
    return bool(user.lanes & set(settings.current().confidential_viewers))


def reporter_display(user: User | None, confidentiality: str, name: str | None, *,
                     may_see: bool | None = None) -> str:
    """The reporter's name as this user may see it. `may_see`: can_see_reporter(user,
    "rahasia") when the caller already knows it (lists ask once, not per row)."""
    if confidentiality == "anonim" or name is None:
        return _("Anonim")
    if confidentiality in CONFIDENTIAL and not (
            may_see if may_see is not None else can_see_reporter(user, confidentiality)):
        return _("(dirahasiakan)")
    return name


def attachment_reveals_reporter(kind: str, step_no: int | None) -> bool:
    """The complainant's own material (the letter, whatever came in at registration)
    carries their identity; later files (drafts, the division's answer) do not."""
    return kind == "surat" or step_no == 1


def can_open_attachment(user: User | None, confidentiality: str, kind: str,
                        step_no: int | None) -> bool:
    return (not attachment_reveals_reporter(kind, step_no)
            or can_see_reporter(user, confidentiality))
