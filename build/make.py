"""Build the one-folder bundle (and on Windows, on request, the installer).

    python build/make.py                 # dist/pengaduan/ (PyInstaller work files: build/work/)
    python build/make.py --self-test     # ... then run the bundle's --self-test
    python build/make.py --installer     # Windows: also dist/installer/ with Inno Setup
    python build/make.py --installer --installer-version 0.0.1   # an "older" installer,
                                         # for the workflow's upgrade test

Needs `pip install -e '.[build]'`. The bundle's third-party notices (dist/pengaduan/notices)
come from build/notices.py, run by the spec. Prints the bundle's size. Exit code: non-zero
when a step fails.

Code signing (Windows), when PENGADUAN_SIGN_CERT names a .pfx file: SignTool signs the
bundle's two executables, and Inno Setup signs the installer and the uninstaller with it.
PENGADUAN_SIGN_PASSWORD is the .pfx's password, PENGADUAN_SIGN_TIMESTAMP the RFC 3161
time-stamp server (default below), SIGNTOOL the signtool.exe to use (default: on PATH or
the newest Windows SDK's).

The installer's wizard is Indonesian: Inno Setup ships Indonesian.isl among its
"Unofficial" translations, which its installer does not install. It is looked for in
PENGADUAN_INNO_INDONESIAN, build/work/Indonesian.isl (where the workflow downloads it), and
Inno Setup's Languages folders.
"""

from __future__ import annotations

import argparse
import glob
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
DEFAULT_TIMESTAMP = "http://timestamp.digicert.com"
SIGN_TOOL_NAME = "pengaduan"  # the name installer.iss's SignTool= refers to


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


def find_indonesian_messages(iscc: str | None) -> Path | None:
    """Inno Setup's Indonesian.isl (see the module's docstring); None when not found."""
    candidates = [os.environ.get("PENGADUAN_INNO_INDONESIAN"), WORK / "Indonesian.isl"]
    if iscc:
        languages = Path(iscc).parent / "Languages"
        candidates += [languages / "Indonesian.isl", languages / "Unofficial" / "Indonesian.isl"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def find_signtool() -> str | None:
    """signtool.exe: $SIGNTOOL, on PATH, or the newest Windows 10/11 SDK's x64 one."""
    if os.environ.get("SIGNTOOL"):
        return os.environ["SIGNTOOL"]
    found = shutil.which("signtool")
    if found:
        return found
    kits = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Windows Kits"
    versions = sorted(glob.glob(str(kits / "10" / "bin" / "10.*" / "x64" / "signtool.exe")),
                      key=lambda p: tuple(int(n) for n in Path(p).parts[-3].split(".")))
    return versions[-1] if versions else None


def signing() -> dict[str, str] | None:
    """The signing settings from the environment, None when no certificate is given."""
    cert = os.environ.get("PENGADUAN_SIGN_CERT")
    if not cert:
        return None
    return {"cert": cert, "password": os.environ.get("PENGADUAN_SIGN_PASSWORD", ""),
            "timestamp": os.environ.get("PENGADUAN_SIGN_TIMESTAMP", DEFAULT_TIMESTAMP)}


def signtool_arguments(settings: dict[str, str], quote: str = '"') -> list[str]:
    """SignTool's arguments after the executable: SHA-256 file digest, RFC 3161 time stamp
    (a signature outlives its certificate), the program's name as the description."""
    args = ["sign", "/fd", "sha256", "/f", f"{quote}{settings['cert']}{quote}"]
    if settings["password"]:
        args += ["/p", settings["password"]]
    return args + ["/tr", settings["timestamp"], "/td", "sha256",
                   "/d", f"{quote}Pengaduan{quote}"]


def sign_command(signtool: str, settings: dict[str, str], files: list[Path]) -> list[str]:
    arguments = [a.strip('"') for a in signtool_arguments(settings)]
    return [signtool, *arguments, *map(str, files)]


def installer_command(iscc: str, *, version: str | None = None,
                      messages: Path | None = None, signtool: str | None = None,
                      sign: dict[str, str] | None = None) -> list[str]:
    """ISCC's command line. With `sign` (and `signtool`), Inno Setup signs setup.exe and the
    uninstaller through the sign tool SIGN_TOOL_NAME, written with Inno's $q for quotes
    ($f: the file), as ISCC's own command line does not unescape them."""
    command = [iscc, f"/DAppVersion={version or project_version()}", f"/DBundleDir={BUNDLE}",
               f"/DOutputDir={DIST / 'installer'}"]
    if messages is not None:
        command.append(f"/DIndonesianMessages={messages}")
    if sign is not None and signtool is not None:
        tool = " ".join([f"$q{signtool}$q", *signtool_arguments(sign, quote="$q"), "$f"])
        command += [f"/DSignToolName={SIGN_TOOL_NAME}", f"/S{SIGN_TOOL_NAME}={tool}"]
    return command + [str(INSTALLER_SCRIPT)]


def redacted(command: list[str]) -> str:
    """`command` as printed: the signing password (if any) never reaches a log."""
    text = " ".join(map(str, command))
    password = os.environ.get("PENGADUAN_SIGN_PASSWORD")
    return text.replace(password, "***") if password else text


def run(command: list[str], **kwargs) -> None:
    print("+ " + redacted(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-test")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: build the Inno Setup installer too")
    parser.add_argument("--installer-version", metavar="X.Y.Z",
                        help="the installer's version (default: pyproject.toml's); with "
                             "--skip-bundle, an installer over the bundle already built")
    parser.add_argument("--skip-bundle", action="store_true",
                        help="use dist/pengaduan as it is (no PyInstaller run)")
    args = parser.parse_args(argv)
    if args.installer and not WINDOWS:
        parser.error("the installer is built on Windows only")
    sign = signing()
    try:
        if not args.skip_bundle:
            run(pyinstaller_command(args.clean), cwd=ROOT)
            if sign is not None:
                signtool = find_signtool()
                if signtool is None:
                    print("PENGADUAN_SIGN_CERT is set but signtool.exe was not found",
                          file=sys.stderr)
                    return 1
                executables = sorted(BUNDLE.glob("*.exe"))
                run(sign_command(signtool, sign, executables), cwd=ROOT)
        size = folder_size(BUNDLE)
        print(f"bundle: {BUNDLE} ({size / 2**20:.1f} MiB), version {project_version()}")
        if args.self_test:
            run([str(cli_executable()), "--self-test"], cwd=DIST)
        if args.installer:
            iscc = find_iscc()
            if iscc is None:
                print("Inno Setup 6 (ISCC.exe) not found", file=sys.stderr)
                return 1
            messages = find_indonesian_messages(iscc)
            if messages is None:
                print("Indonesian.isl not found: put Inno Setup's Files/Languages/Unofficial/"
                      f"Indonesian.isl in {WORK} (see this script's docstring)",
                      file=sys.stderr)
                return 1
            run(installer_command(iscc, version=args.installer_version, messages=messages,
                                  signtool=find_signtool() if sign else None, sign=sign),
                cwd=ROOT)
    except subprocess.CalledProcessError as exc:
        print(f"failed ({exc.returncode}): {redacted(exc.cmd)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
