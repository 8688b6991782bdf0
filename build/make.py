"""Build the one-folder bundle (and on Windows, on request, the installer).

    python build/make.py                 # dist/pengaduan/ (PyInstaller work files: build/work/)
    python build/make.py --self-test     # ... then run the bundle's --self-test
    python build/make.py --installer     # Windows: also dist/installer/ with Inno Setup

Needs `pip install -e '.[build]'`. Prints the bundle's size. Exit code: non-zero when a
step fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "pengaduan.spec"
WORK = ROOT / "build" / "work"  # ignored by git, apart from the tracked build/ sources
DIST = ROOT / "dist"
BUNDLE = DIST / "pengaduan"
INSTALLER_SCRIPT = ROOT / "build" / "installer.iss"
WINDOWS = sys.platform == "win32"


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def cli_executable(bundle: Path = BUNDLE) -> Path:
    """The bundle's console executable (commands, --self-test)."""
    return bundle / ("pengaduan-cli.exe" if WINDOWS else "pengaduan")


def pyinstaller_command(clean: bool = False) -> list[str]:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--workpath", str(WORK), "--distpath", str(DIST), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    return command


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def find_iscc() -> str | None:
    """Inno Setup's compiler: on PATH or in its default install folders."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def installer_command(iscc: str) -> list[str]:
    return [iscc, f"/DAppVersion={project_version()}", f"/DBundleDir={BUNDLE}",
            f"/DOutputDir={DIST / 'installer'}", str(INSTALLER_SCRIPT)]


def run(command: list[str], **kwargs) -> None:
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-test")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: build the Inno Setup installer too")
    args = parser.parse_args(argv)
    if args.installer and not WINDOWS:
        parser.error("the installer is built on Windows only")
    try:
        run(pyinstaller_command(args.clean), cwd=ROOT)
        size = folder_size(BUNDLE)
        print(f"bundle: {BUNDLE} ({size / 2**20:.1f} MiB), version {project_version()}")
        if args.self_test:
            run([str(cli_executable()), "--self-test"], cwd=DIST)
        if args.installer:
            iscc = find_iscc()
            if iscc is None:
                print("Inno Setup 6 (ISCC.exe) not found", file=sys.stderr)
                return 1
            run(installer_command(iscc), cwd=ROOT)
    except subprocess.CalledProcessError as exc:
        print(f"failed ({exc.returncode}): {' '.join(map(str, exc.cmd))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
