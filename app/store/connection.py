"""Where this workstation's database is: the local SQLite file or the office's PostgreSQL
server. The settings become the URL in config.json; the password never goes there but into
the operating system's keyring (Windows Credential Manager, macOS Keychain, Secret Service),
and is put back into the URL only in memory when the program connects."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlparse

from app.config import load_config, save_config
from app.i18n import _

KEYRING_SERVICE = "pengaduan"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass
class ConnectionSettings:
    kind: str = "sqlite"  # "sqlite" or "postgresql"
    sqlite_path: str = ""
    host: str = "localhost"
    port: int = 5432
    database: str = "pengaduan"
    user: str = "pengaduan"
    sslmode: str = "prefer"

    def url(self, password: str | None = None) -> str:
        """The database URL; with `password` only for connecting, never for saving."""
        if self.kind == "sqlite":
            return "sqlite:///" + self.sqlite_path.replace("\\", "/")
        secret = f":{quote(password, safe='')}" if password else ""
        query = urlencode({"sslmode": self.sslmode}) if self.sslmode else ""
        return (f"postgresql://{quote(self.user, safe='')}{secret}@{self.host}:{self.port}/"
                f"{quote(self.database, safe='')}" + (f"?{query}" if query else ""))

    @property
    def keyring_key(self) -> str:
        """One keyring entry per server, database and user."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> ConnectionSettings:
        parsed = urlparse(url)
        if parsed.scheme == "sqlite":
            path = unquote(parsed.path)[1:]
            if parsed.netloc:
                path = "//" + parsed.netloc + "/" + path
            return cls(kind="sqlite", sqlite_path=path)
        if parsed.scheme in ("postgres", "postgresql"):
            params = dict(parse_qsl(parsed.query))
            return cls(kind="postgresql", host=parsed.hostname or "localhost",
                       port=parsed.port or 5432, database=unquote(parsed.path.lstrip("/")),
                       user=unquote(parsed.username or ""),
                       sslmode=params.get("sslmode", "prefer"))
        raise ValueError(url)


def url_password(url: str) -> str | None:
    parsed = urlparse(url)
    return unquote(parsed.password) if parsed.password else None


def store_password(settings: ConnectionSettings, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, settings.keyring_key, password)


def stored_password(settings: ConnectionSettings) -> str | None:
    """The password saved for this server and user, None when there is none (or no keyring
    can be reached; the user is then asked again)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_key)
    except KeyringError:
        return None


def save(settings: ConnectionSettings, password: str | None = None) -> None:
    """Make `settings` this workstation's database: the password (if any) into the keyring,
    the URL without it into config.json (other keys kept)."""
    if settings.kind == "postgresql" and password:
        store_password(settings, password)
    config = load_config()
    config["database_url"] = settings.url()
    save_config(config)


def configured() -> ConnectionSettings | None:
    """The settings in config.json, None when this workstation has none yet (first run)."""
    url = load_config().get("database_url")
    if not url:
        return None
    try:
        return ConnectionSettings.from_url(url)
    except ValueError:
        return None


def with_password(url: str) -> str:
    """`url` with the keyring's password filled in (PostgreSQL); unchanged otherwise."""
    if not url.startswith(("postgres://", "postgresql://")) or url_password(url):
        return url
    settings = ConnectionSettings.from_url(url)
    password = stored_password(settings)
    return settings.url(password) if password else url


def test_connection(settings: ConnectionSettings, password: str | None = None, *,
                    timeout: int = 5) -> tuple[bool, str]:
    """Try the settings without touching this program's open database. Returns (ok,
    message in Indonesian): the server's version, or what is wrong in words a clerk can act
    on (wrong password, unknown host, refused, missing database, timeout, network share)."""
    if settings.kind == "sqlite":
        return _test_sqlite(settings)
    import psycopg2

    try:
        conn = psycopg2.connect(host=settings.host, port=settings.port,
                                dbname=settings.database, user=settings.user,
                                password=password or None, sslmode=settings.sslmode,
                                connect_timeout=timeout)
    except psycopg2.OperationalError as exc:
        return False, explain_failure(str(exc), settings)
    try:
        with conn.cursor() as cur:
            cur.execute("SHOW server_version")
            version = cur.fetchone()[0]
    finally:
        conn.close()
    return True, _("Koneksi berhasil: PostgreSQL {v} di {h}:{p}, basis data {d}.").format(
        v=version, h=settings.host, p=settings.port, d=settings.database)


def explain_failure(error: str, settings: ConnectionSettings) -> str:
    """The driver's message (English, libpq) turned into what the user should check."""
    text = error.lower()
    where = f"{settings.host}:{settings.port}"
    if "password authentication failed" in text or "no password supplied" in text:
        return _("Kata sandi atau nama pengguna '{u}' salah.").format(u=settings.user)
    if "could not translate host name" in text or "name or service not known" in text:
        return _("Server '{h}' tidak dikenal. Periksa nama atau alamat IP server.").format(
            h=settings.host)
    if "does not exist" in text and "database" in text:
        return _("Basis data '{d}' tidak ada di server {w}.").format(d=settings.database,
                                                                     w=where)
    if "timeout expired" in text or "timed out" in text:
        return _("Server {w} tidak menjawab (batas waktu habis). Periksa jaringan, kabel "
                 "dan firewall.").format(w=where)
    if "connection refused" in text:
        return _("Server {w} menolak sambungan. Pastikan PostgreSQL berjalan dan port "
                 "benar.").format(w=where)
    if "ssl" in text:
        return _("Sambungan SSL gagal ({m}). Periksa mode SSL.").format(
            m=error.strip().splitlines()[-1])
    if "no pg_hba.conf entry" in text:
        return _("Server {w} tidak mengizinkan komputer ini (pg_hba.conf).").format(w=where)
    return _("Koneksi gagal: {e}").format(e=error.strip().splitlines()[0] if error else "-")


def _test_sqlite(settings: ConnectionSettings) -> tuple[bool, str]:
    import sqlite3
    from pathlib import Path

    from app.errors import DatabaseConfigError
    from app.store.network_share import refuse_network_path
    from app.store.sqlite_file import refuse_non_sqlite_file

    path = settings.sqlite_path.strip()
    if not path:
        return False, _("Pilih lokasi berkas SQLite.")
    try:
        refuse_network_path(path)
        refuse_non_sqlite_file(path)  # a folder, another program's file or database
    except DatabaseConfigError as exc:
        return False, str(exc)
    folder = Path(path).parent
    if not folder.exists():
        return False, _("Folder {f} tidak ada.").format(f=folder)
    try:
        conn = sqlite3.connect(path, timeout=5)
        conn.execute("PRAGMA schema_version").fetchone()
        conn.close()
    except sqlite3.Error as exc:
        return False, _("Berkas SQLite tidak dapat dibuka: {e}").format(e=exc)
    return True, _("Berkas SQLite dapat dipakai: {p}").format(p=path)
