"""User accounts: argon2 password hashes, lanes, login with lockout; every change audited."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from app.errors import AuthError, NotPermitted, PengaduanError, ValidationError
from app.i18n import _
from app.office import wording
from app.services import audit
from app.store.models import ADMIN_ROLE, AuditEntry, User, UserLane, database, now

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=5)


# argon2 loads at the first password typed, not at every start of the program.
@functools.cache
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def _password_matches(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class SystemActor:
    """An actor that is not a person's account; the audit log records it by `name`."""

    name: str


# The command line, run by whoever holds the database credentials (trusted like them).
COMMAND_LINE = SystemActor("cli")
# The demo data generator (an empty or a demo database).
DEMO = SystemActor("demo")
# The first start: creates the first administrator, and only while there is no account.
FIRST_RUN = SystemActor("persiapan-awal")

# Who acts on an administrator's service: a User (checked as the account is now, not as it
# was at login) or one of the system actors above; never a bare name.
Actor = User | SystemActor


def require_admin(actor: Actor) -> str:
    """The audit name of `actor`. Raises NotPermitted for a user who is not, or no longer,
    an active administrator, and for FIRST_RUN once an account exists; TypeError for
    anything that is not an Actor."""
    if isinstance(actor, User):
        current = User.get_or_none(User.id == actor.id)
        if current is None or not (current.is_admin and current.active):
            raise NotPermitted(_("Hanya administrator yang dapat mengelola akun dan "
                                 "pengaturan."))
        return current.username
    if actor == FIRST_RUN:
        if User.select().exists():
            raise NotPermitted(_("Persiapan awal hanya untuk basis data yang belum memiliki "
                                 "akun."))
        return actor.name
    if isinstance(actor, SystemActor):
        return actor.name
    raise TypeError(f"actor must be a User or a SystemActor, not {actor!r}")


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise ValidationError(_("Kata sandi minimal 8 karakter."), "password")


def _check_lanes(lanes: list[str], valid_lanes: set[str]) -> None:
    unknown = [lane for lane in lanes if lane not in valid_lanes and lane != ADMIN_ROLE]
    if unknown:
        raise ValidationError(_("Peran tidak dikenal: {r}. Pilihan: {c}").format(
            r=", ".join(unknown), c=", ".join(sorted(valid_lanes | {ADMIN_ROLE}))), "lanes")


def create_user(username: str, full_name: str, password: str, lanes: list[str], *,
                valid_lanes: set[str], nip: str | None = None, jabatan: str | None = None,
                actor: Actor) -> User:
    """Create an account. `lanes` are SOP lane keys and/or "administrator"."""
    actor_name = require_admin(actor)
    username = username.strip()
    if not username:
        raise ValidationError(_("Nama pengguna wajib diisi."), "username")
    _check_password(password)
    _check_lanes(lanes, valid_lanes)
    with database.atomic():
        if User.select().where(User.username == username).exists():
            raise ValidationError(_("Nama pengguna '{u}' sudah dipakai.").format(u=username),
                                  "username")
        user = User.create(username=username, full_name=full_name or username, nip=nip,
                           jabatan=jabatan, password_hash=hash_password(password),
                           is_admin=ADMIN_ROLE in lanes)
        for lane in sorted(set(lanes) - {ADMIN_ROLE}):
            UserLane.create(user=user, lane=lane)
        audit.record("akun.buat", actor=actor_name, detail={
            "pengguna": username, "peran": sorted(lanes), "nip": nip, "jabatan": jabatan})
    return user


def update_user(user_id: int, *, expected_version: int, valid_lanes: set[str],
                full_name: str | None = None, nip: str | None = None,
                jabatan: str | None = None, lanes: list[str] | None = None,
                active: bool | None = None, actor: Actor) -> User:
    """Change an account's data, roles or active flag. Optimistic: raises StaleRecord
    ("diubah oleh X pukul HH:MM") when someone else changed it since `expected_version`."""
    actor_name = require_admin(actor)
    if lanes is not None:
        _check_lanes(lanes, valid_lanes)
    with database.atomic():
        user = User.get_by_id(user_id)
        changes = {k: v for k, v in (("full_name", full_name), ("nip", nip),
                                     ("jabatan", jabatan), ("active", active)) if v is not None}
        if lanes is not None:
            changes["is_admin"] = ADMIN_ROLE in lanes
        if isinstance(actor, User) and actor.id == user_id and (
                changes.get("active") is False or changes.get("is_admin") is False):
            raise ValidationError(_("Administrator tidak dapat menonaktifkan atau mencabut "
                                    "hak administratornya sendiri."), "lanes")
        matched = (User.update(row_version=User.row_version + 1, **changes)
                   .where((User.id == user_id) & (User.row_version == expected_version))
                   .execute())
        if matched != 1:
            raise StaleRecord(_stale_user_message(user))
        before = sorted(user.lanes)
        if lanes is not None:
            UserLane.delete().where(UserLane.user == user_id).execute()
            for lane in sorted(set(lanes) - {ADMIN_ROLE}):
                UserLane.create(user=user_id, lane=lane)
        audit.record("akun.ubah", actor=actor_name, detail={
            "pengguna": user.username, "perubahan": {k: str(v) for k, v in changes.items()},
            "peran_lama": before, "peran_baru": sorted(lanes) if lanes is not None else None})
    return User.get_by_id(user_id)


def change_password(user_id: int, new_password: str, *, old_password: str | None = None,
                    actor: Actor) -> None:
    """A user changes their own password (old one required); an administrator resets
    anyone's (and unlocks the account). Audited; the password itself never is."""
    _check_password(new_password)
    user = User.get_by_id(user_id)
    own = isinstance(actor, User) and actor.id == user_id
    if own:
        if not _password_matches(user.password_hash, old_password or ""):
            raise AuthError(_("Kata sandi lama salah."))
        actor_name = actor.username
    else:
        actor_name = require_admin(actor)
    with database.atomic():
        User.update(password_hash=hash_password(new_password), failed_logins=0,
                    locked_until=None, row_version=User.row_version + 1).where(
            User.id == user_id).execute()
        audit.record("akun.sandi", actor=actor_name,
                     detail={"pengguna": user.username, "sendiri": own})


class StaleRecord(PengaduanError):
    """Someone else changed the record since it was loaded."""


def _stale_user_message(user: User) -> str:
    last = (AuditEntry.select().where(AuditEntry.action.startswith("akun."))
            .order_by(AuditEntry.seq.desc()).first())
    who = last.actor if last else "-"
    when = wording.clock(last.at) if last else "-"
    return _("Akun {u} telah diubah oleh {who} pukul {t}. Muat ulang lalu coba lagi.").format(
        u=user.username, who=who, t=when)


def authenticate(username: str, password: str, *, at: dt.datetime | None = None) -> User:
    """Return the user, or raise AuthError. Five failures lock the account for five minutes."""
    at = at or now()
    user = User.get_or_none(User.username == username.strip())
    if user is None or not user.active:
        with database.atomic():
            audit.record("login.gagal", actor=username, detail={"alasan": "tidak dikenal"},
                         at=at)
        raise AuthError(_("Nama pengguna atau kata sandi salah."))
    if user.locked_until and user.locked_until > at:
        raise AuthError(_("Akun terkunci sampai pukul {t} karena terlalu banyak percobaan.")
                        .format(t=wording.clock(user.locked_until)))
    if not _password_matches(user.password_hash, password):
        failures = user.failed_logins + 1
        locked = at + LOCKOUT if failures >= MAX_FAILED_LOGINS else None
        with database.atomic():
            User.update(failed_logins=0 if locked else failures, locked_until=locked).where(
                User.id == user.id).execute()
            audit.record("login.terkunci" if locked else "login.gagal", actor=username,
                         detail={"percobaan": failures}, at=at)
        if locked:
            raise AuthError(_("Akun dikunci 5 menit karena {n} kali salah kata sandi.")
                            .format(n=MAX_FAILED_LOGINS)) from None
        raise AuthError(_("Nama pengguna atau kata sandi salah.")) from None
    with database.atomic():
        User.update(failed_logins=0, locked_until=None, last_login=at).where(
            User.id == user.id).execute()
        audit.record("login.berhasil", actor=username, at=at)
    return User.get_by_id(user.id)


@dataclass
class AccountRow:
    """One account as the administration screen lists it."""

    id: int
    username: str
    full_name: str
    nip: str
    jabatan: str
    lanes: list[str]  # lane keys, plus "administrator"
    active: bool
    locked_until: dt.datetime | None
    last_login: dt.datetime | None
    row_version: int


def list_accounts(actor: Actor) -> list[AccountRow]:
    """Every account, by username; administrators only."""
    require_admin(actor)
    lanes: dict[int, list[str]] = {}
    for user_id, lane in UserLane.select(UserLane.user, UserLane.lane).tuples():
        lanes.setdefault(user_id, []).append(lane)
    return [AccountRow(u.id, u.username, u.full_name or "", u.nip or "", u.jabatan or "",
                       sorted(lanes.get(u.id, [])) + ([ADMIN_ROLE] if u.is_admin else []),
                       u.active, u.locked_until, u.last_login, u.row_version)
            for u in User.select().order_by(User.username)]


def unlock(user_id: int, *, actor: Actor) -> None:
    """Lift a lockout after too many wrong passwords (administrators; audited)."""
    actor_name = require_admin(actor)
    with database.atomic():
        user = User.get_by_id(user_id)
        User.update(failed_logins=0, locked_until=None).where(User.id == user_id).execute()
        audit.record("akun.buka_kunci", actor=actor_name, detail={"pengguna": user.username})
