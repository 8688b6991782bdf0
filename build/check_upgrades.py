"""Upgrades as an installed program meets them, checked on a built executable:

    python build/check_upgrades.py dist/pengaduan/pengaduan      # or ...\\pengaduan-cli.exe

1. A database written by version 1 of the schema (tests/app/data/schema_v1.sql) is
   upgraded by `init`, keeps its complaint, and its SQLite file is first copied aside
   as `<name>.v1.bak`.
2. A database from a newer version is refused: `init` exits 1 with the message saying so,
   and the file is left as it was.

The executable runs with a bare environment (no PATH), as in CI. Exit 0 when both hold.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
V1_DUMP = ROOT / "tests" / "app" / "data" / "schema_v1.sql"
NEWER = 99


def _run(executable: Path, db: Path, folder: Path) -> subprocess.CompletedProcess:
    # only what Windows needs to start a process; no PATH, so no Python to fall back on
    env = {key: os.environ[key] for key in ("SYSTEMROOT", "TEMP", "TMP") if key in os.environ}
    env.update(HOME=str(folder), LOCALAPPDATA=str(folder), APPDATA=str(folder),
               QT_QPA_PLATFORM="offscreen")
    url = "sqlite:///" + db.as_posix()
    return subprocess.run([str(executable), "--db", url, "init"], cwd=folder, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def _version(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT max(version) FROM schema_info").fetchone()[0]


def check(executable: Path) -> list[str]:
    """Problems found (empty when both checks pass)."""
    problems = []
    folder = Path(tempfile.mkdtemp(prefix="pengaduan-upgrade-"))
    old = folder / "lama.db"
    with sqlite3.connect(old) as con:
        con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    con.close()
    result = _run(executable, old, folder)
    backup = folder / "lama.db.v1.bak"
    if result.returncode != 0:
        problems.append(f"old database: init exited {result.returncode}: {result.stderr}")
    elif not backup.exists():
        problems.append("old database: upgraded without the .v1.bak copy")
    elif _version(backup) != 1 or _version(old) <= 1:
        problems.append(f"old database: versions {_version(backup)} -> {_version(old)}")
    else:
        with sqlite3.connect(old) as con:
            kept = con.execute("SELECT count(*) FROM complaint").fetchone()[0]
        con.close()
        print(f"upgrade: schema 1 -> {_version(old)}, {kept} complaint(s) kept, "
              f"backup {backup.name}")

    newer = folder / "baru.db"
    with sqlite3.connect(old) as src, sqlite3.connect(newer) as dst:
        src.backup(dst)
        dst.execute("UPDATE schema_info SET version = ?", (NEWER,))
    src.close()
    dst.close()
    before = hashlib.sha256(newer.read_bytes()).hexdigest()
    result = _run(executable, newer, folder)
    message = (result.stdout + result.stderr).strip()
    if result.returncode != 1 or "lebih baru" not in message:
        problems.append(f"newer database: exit {result.returncode}, output: {message!r}")
    elif hashlib.sha256(newer.read_bytes()).hexdigest() != before:
        problems.append("newer database: refused, but the file was changed")
    else:
        print(f"newer database refused: {message}")
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(Path(argv[0]).resolve())
    for problem in problems:
        print("FAILED " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
