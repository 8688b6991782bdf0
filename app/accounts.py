"""User accounts: argon2 password hashes, lanes, login with lockout; every change audited."""

from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app import audit
from app.errors import AuthError, ValidationError
from app.i18n import _
from app.models import ADMIN_ROLE, User, UserLane, database, now

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=5)
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(username: str, full_name: str, password: str, lanes: list[str], *,
                valid_lanes: set[str], nip: str | None = None, jabatan: str | None = None,
                actor: str | None = None) -> User:
    """Create an account. `lanes` are SOP lane keys and/or "administrator"."""
    username = username.strip()
    if not username:
        raise ValidationError(_("Nama pengguna wajib diisi."), "username")
    if len(password) < 8:
        raise ValidationError(_("Kata sandi minimal 8 karakter."), "password")
    unknown = [lane for lane in lanes if lane not in valid_lanes and lane != ADMIN_ROLE]
    if unknown:
        raise ValidationError(_("Peran tidak dikenal: {r}. Pilihan: {c}").format(
            r=", ".join(unknown), c=", ".join(sorted(valid_lanes | {ADMIN_ROLE}))), "lanes")
    with database.atomic():
        if User.select().where(User.username == username).exists():
            raise ValidationError(_("Nama pengguna '{u}' sudah dipakai.").format(u=username),
                                  "username")
        user = User.create(username=username, full_name=full_name or username, nip=nip,
                           jabatan=jabatan, password_hash=hash_password(password),
                           is_admin=ADMIN_ROLE in lanes)
        for lane in sorted(set(lanes) - {ADMIN_ROLE}):
            UserLane.create(user=user, lane=lane)
        audit.record("akun.buat", actor=actor, detail={
            "pengguna": username, "peran": sorted(lanes), "nip": nip, "jabatan": jabatan})
    return user


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
                        .format(t=user.locked_until.strftime("%H:%M")))
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
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
