"""User accounts: argon2 password hashes, lanes, login with lockout; every change audited."""

from __future__ import annotations

import datetime as dt
import functools
import json
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


def lanes_now(user: User) -> frozenset[str]:
    """The lanes `user`'s account holds at this moment; none once it is deactivated or
    gone. One plain query without a lock, for what a user may *see* (a search, a list):
    an action's rights come from current(), which also share-locks the account."""
    if not isinstance(user, User):
        raise TypeError(f"user must be a User, not {user!r}")
    mark = database.obj.param
    rows = database.execute_sql(
        f'SELECT l.lane FROM "{UserLane._meta.table_name}" l JOIN "{User._meta.table_name}" u '
        f"ON u.id = l.user_id WHERE u.id = {mark} AND u.active", [user.id]).fetchall()
    return frozenset(lane for (lane,) in rows)


def current(actor: User) -> User:
    """The account of `actor` as it is now: its row, active flag, administrator flag and
    lanes read again (never the User loaded at login, whose rights may have been revoked
    since). Call it inside the action's transaction: on PostgreSQL the row is then
    share-locked until the action ends, so a deactivation or demotion made meanwhile
    waits for it (SQLite's IMMEDIATE transactions already serialise writers). Raises
    NotPermitted for an account that is gone or deactivated; TypeError for a non-User."""
    if not isinstance(actor, User):
        raise TypeError(f"actor must be a User, not {actor!r}")
    query = User.select().where(User.id == actor.id)
    if database.obj.for_update:
        query = query.for_update("FOR SHARE")
    row = query.first()
    if row is None or not row.active:
        raise NotPermitted(_("Akun {u} tidak aktif lagi; hak aksesnya sudah dicabut. "
                             "Hubungi administrator.").format(u=actor.username))
    # The lanes of this moment, filled here so they are read in the same transaction.
    row.__dict__["_lanes"] = set(UserLane.select(UserLane.lane)
                                 .where(UserLane.user == row.id).scalars())
    return row


def require_admin(actor: Actor) -> str:
    """The audit name of `actor`. Raises NotPermitted for a user who is not, or no longer,
    an active administrator (read by current(): call it inside the transaction of the
    change it guards), and for FIRST_RUN once an account exists; TypeError for anything
    that is not an Actor."""
    if isinstance(actor, User):
        if not current(actor).is_admin:
            raise NotPermitted(_("Hanya administrator yang dapat mengelola akun dan "
                                 "pengaturan."))
        return actor.username
    if actor == FIRST_RUN:
        if User.select().exists():
            raise NotPermitted(_("Persiapan awal hanya untuk basis data yang belum memiliki "
                                 "akun."))
        return actor.name
    if isinstance(actor, SystemActor):
        return actor.name
    raise TypeError(f"actor must be a User or a SystemActor, not {actor!r}")


def demo_accounts() -> set[str]:
    """The user names of the existing accounts the demo generator made (the audit log names
    DEMO as the maker of each): they share a password everybody knows, so they and real
    accounts never live in one database (see app.services.demo)."""
    made = AuditEntry.select(AuditEntry.detail).where(
        (AuditEntry.action == "akun.buat") & (AuditEntry.actor == DEMO.name))
    names = {json.loads(detail).get("pengguna") for detail in made.scalars()}
    return set(User.select(User.username).where(User.username.in_(sorted(names))).scalars()
               ) if names else set()


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
    username = username.strip()
    if not username:
        raise ValidationError(_("Nama pengguna wajib diisi."), "username")
    _check_password(password)
    _check_lanes(lanes, valid_lanes)
    password_hash = hash_password(password)
    with database.atomic():
        actor_name = require_admin(actor)  # as the account is now, in this transaction
        demo_names = demo_accounts() if actor != DEMO else set()
        if demo_names:
            raise NotPermitted(_(
                "Basis data ini basis data uji coba: berisi akun demo dengan kata sandi yang "
                "diketahui umum ({u}). Akun sungguhan tidak dapat dibuat di sampingnya; "
                "pakai basis data baru untuk pemakaian sungguhan.").format(
                u=", ".join(sorted(demo_names))))
        if User.select().where(User.username == username).exists():
            raise ValidationError(_("Nama pengguna '{u}' sudah dipakai.").format(u=username),
                                  "username")
        user = User.create(username=username, full_name=full_name or username, nip=nip,
                           jabatan=jabatan, password_hash=password_hash,
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
    if lanes is not None:
        _check_lanes(lanes, valid_lanes)
    with database.atomic():
        actor_name = require_admin(actor)  # as the account is now, in this transaction
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
    if own and not _password_matches(user.password_hash, old_password or ""):
        raise AuthError(_("Kata sandi lama salah."))
    password_hash = hash_password(new_password)
    with database.atomic():
        # Checked as the account is now, in this transaction: a deactivated user changes
        # no password, not even their own.
        actor_name = current(actor).username if own else require_admin(actor)
        User.update(password_hash=password_hash, failed_logins=0,
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
    """Return the user, or raise AuthError. Five failures lock the account for five minutes.

    Every guess takes its place in the count before its password is verified, in one
    transaction (the conditional UPDATE below; the row lock of PostgreSQL, the IMMEDIATE
    transaction of SQLite), and a locked account is refused before any verification: from
    however many processes, no more than MAX_FAILED_LOGINS guesses per lockout are ever
    verified. An unknown or deactivated name costs one password hash too (a dummy one), and
    is audited without the text typed (it may be a password typed in the wrong field)."""
    at = at or now()
    name = username.strip()
    user = User.get_or_none(User.username == name)
    if user is None or not user.active:
        _password_matches(_dummy_hash(), password)  # the same cost as a known name
        with database.atomic():
            audit.record("login.gagal", actor=name if user else None,
                         detail={"alasan": "nonaktif" if user else "tidak dikenal",
                                 **({} if user else {"nama": masked_name(name)})}, at=at)
        raise AuthError(_("Nama pengguna atau kata sandi salah."))
    attempt = _take_attempt(user.id, at)
    if attempt is None:
        locked_until = User.select(User.locked_until).where(User.id == user.id).scalar()
        raise AuthError(_("Akun terkunci sampai pukul {t} karena terlalu banyak percobaan.")
                        .format(t=wording.clock(locked_until or at + LOCKOUT)))
    if not _password_matches(user.password_hash, password):
        locked = attempt >= MAX_FAILED_LOGINS
        with database.atomic():
            audit.record("login.terkunci" if locked else "login.gagal", actor=name,
                         detail={"percobaan": attempt}, at=at)
        if locked:
            raise AuthError(_("Akun dikunci 5 menit karena {n} kali salah kata sandi.")
                            .format(n=MAX_FAILED_LOGINS)) from None
        raise AuthError(_("Nama pengguna atau kata sandi salah.")) from None
    with database.atomic():
        matched = (User.update(failed_logins=0, locked_until=None, last_login=at)
                   .where((User.id == user.id) & User.active).execute())
        if matched != 1:  # deactivated while the password was being checked
            raise AuthError(_("Nama pengguna atau kata sandi salah."))
        audit.record("login.berhasil", actor=name, at=at)
    return User.get_by_id(user.id)


def _take_attempt(user_id: int, at: dt.datetime) -> int | None:
    """Count one more login attempt on the account, before its password is verified: the
    attempt's number (1..MAX_FAILED_LOGINS), or None when the account is locked. The
    attempt that reaches the limit locks the account at once (a success lifts it)."""
    open_ = User.locked_until.is_null() | (User.locked_until <= at)
    with database.atomic():
        matched = (User.update(failed_logins=User.failed_logins + 1)
                   .where((User.id == user_id) & User.active & open_
                          & (User.failed_logins < MAX_FAILED_LOGINS)).execute())
        if matched != 1:
            return None
        attempt = User.select(User.failed_logins).where(User.id == user_id).scalar()
        if attempt >= MAX_FAILED_LOGINS:
            User.update(failed_logins=0, locked_until=at + LOCKOUT).where(
                User.id == user_id).execute()
        return attempt


@functools.cache
def _dummy_hash() -> str:
    """A hash of a random password, verified for a name that has no usable account."""
    import secrets

    return hash_password(secrets.token_urlsafe(16))


def masked_name(text: str) -> str:
    """How the audit log shows a user name that matches no account: the first character
    and the length only (the text may be a password typed into the user-name field)."""
    if not text:
        return "-"
    return _("{c}\u2026 ({n} karakter)").format(c=text[0], n=len(text))


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
    with database.atomic():
        actor_name = require_admin(actor)
        user = User.get_by_id(user_id)
        User.update(failed_logins=0, locked_until=None).where(User.id == user_id).execute()
        audit.record("akun.buka_kunci", actor=actor_name, detail={"pengguna": user.username})


def audit_name(actor: Actor | None) -> str | None:
    """How the audit log names `actor`: the account's user name or the system actor's."""
    if isinstance(actor, User):
        return actor.username
    return actor.name if isinstance(actor, SystemActor) else None
