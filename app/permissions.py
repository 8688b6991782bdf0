"""Who may see what. Enforced here, in the core, not only by hiding widgets."""

from __future__ import annotations

from app import settings
from app.i18n import _
from app.models import User

CONFIDENTIAL = ("rahasia", "anonim")


def can_see_reporter(user: User | None, confidentiality: str) -> bool:
    """A confidential complainant's identity is for the configured lanes only (default:
    Kasubag PPHTI and Kakanwil); whistle-blowers are protected (Perpres 76/2013)."""
    if confidentiality not in CONFIDENTIAL:
        return True
    if user is None:
        return False
    return bool(user.lanes & set(settings.get("confidential_viewers")))


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
