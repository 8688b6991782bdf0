"""The build: the PyInstaller spec (read with stand-ins for PyInstaller's builders, so no
bundle is built here; .ci/run builds one), make.py, the installer script, the icon, and
`pengaduan --self-test` from source."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"


def _load(name: str, path: Path):
    # by path: `build` is also the name of a PyPI package
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def load_notices():
    """build/notices.py, loaded by path."""
    return _load("pengaduan_notices", BUILD / "notices.py")


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    """The spec's namespace after running it with recording stand-ins for Analysis, PYZ,
    EXE and COLLECT; `calls` holds what each was given."""
    pytest.importorskip("PyInstaller")
    calls: dict[str, list] = {"Analysis": [], "EXE": [], "COLLECT": []}

    def analysis(scripts, **kwargs):
        calls["Analysis"].append((scripts, kwargs))
        return SimpleNamespace(datas=[], binaries=[], pure=[], scripts=[], zipfiles=[])

    def exe(*args, **kwargs):
        calls["EXE"].append(kwargs)
        return kwargs["name"]

    def collect(*args, **kwargs):
        calls["COLLECT"].append((args, kwargs))

    out = tmp_path_factory.mktemp("pyinstaller")
    namespace = {"SPECPATH": str(BUILD), "Analysis": analysis, "PYZ": lambda *a, **k: None,
                 "EXE": exe, "COLLECT": collect, "__file__": str(BUILD / "pengaduan.spec"),
                 "workpath": str(out / "work" / "pengaduan"), "DISTPATH": str(out / "dist")}
    path = sys.path.copy()
    try:
        exec(compile((BUILD / "pengaduan.spec").read_text(encoding="utf-8"),
                     str(BUILD / "pengaduan.spec"), "exec"), namespace)
    finally:
        sys.path[:] = path
    namespace["calls"] = calls
    return namespace


def _qt_modules_used() -> set[str]:
    used = set()
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return used


def test_spec_leaves_out_unused_qt_and_every_other_binding(spec):
    excludes = spec["calls"]["Analysis"][0][1]["excludes"]
    for binding in ("PyQt5", "PyQt6", "PySide2"):
        assert binding in excludes
    for unused in ("QtQml", "QtQuick", "QtNetwork", "QtSql", "QtWebEngineCore", "QtTest"):
        assert f"PySide6.{unused}" in excludes
    used = _qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded_but_used = {m for m in used if f"PySide6.{m}" in excludes}
    assert not excluded_but_used, f"used by the program but excluded: {excluded_but_used}"


def test_spec_bundles_the_resources_and_qtawesome_fonts(spec):
    datas = spec["calls"]["Analysis"][0][1]["datas"]
    by_dest = {(Path(src).name, dest.replace("\\", "/")) for src, dest in datas}
    assert ("layanan_pengaduan.toml", "resources/sop") in by_dest
    for template in (ROOT / "resources" / "templates").glob("*.docx"):
        assert (template.name, "resources/templates") in by_dest
    assert ("pengaduan.png", "resources/icons") in by_dest
    assert ("pengaduan.ico", "resources/icons") in by_dest
    assert not any(name.endswith(".py") for name, _ in by_dest)  # generators stay out
    fonts = [name for name, dest in by_dest if dest == "qtawesome/fonts"]
    assert any(name.startswith("fontawesome5-solid") and name.endswith(".ttf") for name in fonts)
    assert any(name.endswith(".json") for name in fonts)  # the charmaps
    assert ("ID.mo", "holidays/locale/id/LC_MESSAGES") in by_dest


def _icon_prefixes_used() -> set[str]:
    used = set()
    for path in (ROOT / "ui").rglob("*.py"):
        used |= set(re.findall(r"[\"']([a-z]+\d?[a-z]?)\.[a-z0-9-]+[\"']",
                               path.read_text(encoding="utf-8")))
    return used


def test_spec_bundles_the_icon_fonts_the_program_draws_from_and_no_other(spec):
    qtawesome = pytest.importorskip("qtawesome")
    fonts = {prefix: (ttf, charmap) for prefix, ttf, charmap in qtawesome._BUNDLED_FONTS}
    used = _icon_prefixes_used() & set(fonts)
    assert "fa5s" in used
    datas = spec["calls"]["Analysis"][0][1]["datas"]
    bundled = {Path(src).name for src, dest in datas if dest.replace("\\", "/") ==
               "qtawesome/fonts"}
    assert bundled == {name for prefix in used for name in fonts[prefix]}
    # PyInstaller's own qtawesome hook collects all twelve: the spec's filter keeps these
    wanted = spec["_wanted"]
    for prefix, (ttf, charmap) in fonts.items():
        for name in (ttf, charmap):
            assert wanted((f"qtawesome/fonts/{name}", "src", "DATA")) == (prefix in used)


def test_qtawesome_draws_with_only_the_bundled_font(tmp_path):
    """The runtime hook trims qtawesome's font list to the fonts that are there."""
    qtawesome = pytest.importorskip("qtawesome")
    package = tmp_path / "qtawesome"
    shutil.copytree(Path(qtawesome.__file__).parent, package,
                    ignore=shutil.ignore_patterns("tests", "__pycache__"))
    for font in (package / "fonts").iterdir():
        if not font.name.startswith("fontawesome5-solid-webfont-"):
            font.unlink()
    code = "\n".join([
        "import runpy, sys",
        f"sys.path.insert(0, {str(tmp_path)!r})",
        f"runpy.run_path({str(BUILD / 'hooks' / 'rthook_qtawesome_fonts.py')!r})",
        "from PySide6.QtWidgets import QApplication",
        "app = QApplication([])",
        "import qtawesome",
        f"assert qtawesome.__file__.startswith({str(tmp_path)!r}), qtawesome.__file__",
        "assert [f[0] for f in qtawesome._BUNDLED_FONTS] == ['fa5s'], qtawesome._BUNDLED_FONTS",
        "assert not qtawesome.icon('fa5s.balance-scale').pixmap(32, 32).isNull()",
    ])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_spec_leaves_out_what_the_program_never_runs_and_keeps_what_scans_need(spec):
    excludes = set(spec["calls"]["Analysis"][0][1]["excludes"])
    assert {"PIL._imagingft", "PIL._webp", "readline", "doctest", "tests"} <= excludes
    # scans: img2pdf reads ICC profiles with lcms2; pypdf needs unicodedata; no Pillow core
    assert not {"PIL._imagingcms", "PIL._imaging", "unicodedata", "img2pdf", "pypdf",
                "pypdfium2", "PIL.Image", "PIL.TiffImagePlugin"} & excludes
    hidden = spec["calls"]["Analysis"][0][1]["hiddenimports"]
    assert "ui.attachments.scan_dialog" in hidden
    assert not [name for name in hidden if name.startswith("tools")]


def test_spec_keeps_python_docx_templates_where_it_looks_for_them(spec):
    wanted = spec["_wanted"]
    assert not wanted(("docx/templates/default-docx-template/word/styles.xml", "s", "DATA"))
    for kept in ("default.docx", "default-footer.xml", "default-styles.xml"):
        assert wanted((f"docx/templates/{kept}", "s", "DATA"))
    # docx/parts/../templates must resolve on Linux: docx/parts exists in the bundle
    mode = spec["calls"]["Analysis"][0][1]["module_collection_mode"]
    assert mode["docx.parts"] == "pyz+py"


def test_linux_bundle_takes_cups_and_dbus_from_the_system(spec):
    assert spec["LINUX_SYSTEM_ROOTS"] == {"libcups.so.2", "libdbus-1.so.3"}


def test_qt_hook_keeps_the_plugins_the_program_loads(monkeypatch):
    pytest.importorskip("PyInstaller")
    plugins = {"platforms": ["qxcb", "qoffscreen", "qwayland", "qeglfs"],
               "imageformats": ["qjpeg", "qtiff", "qwebp", "qsvg", "qgif"],
               "iconengines": ["qsvgicon"], "printsupport": ["cupsprintersupport"],
               "platformthemes": ["qgtk3", "qxdgdesktopportal"],
               "platforminputcontexts": ["composeplatforminputcontextplugin"]}
    collected = [(f"/qt/plugins/{folder}/lib{name}.so", f"PySide6/Qt/plugins/{folder}")
                 for folder, names in plugins.items() for name in names]
    collected.append(("/qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib"))
    fake = SimpleNamespace(add_qt6_dependencies=lambda hook_file: ([], collected, []))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks.qt", fake)
    hook = _load("hook_qtgui", BUILD / "hooks" / "hook-PySide6.QtGui.py")
    kept = {Path(source).name for source, _dest in hook.binaries}
    assert kept == {"libqxcb.so", "libqoffscreen.so", "libqjpeg.so",
                    "libcupsprintersupport.so", "libcomposeplatforminputcontextplugin.so",
                    "libQt6Gui.so.6"}


def test_spec_bundles_every_command_module(spec):
    import pkgutil

    import cli

    hidden = spec["calls"]["Analysis"][0][1]["hiddenimports"]
    commands = {m.name for m in pkgutil.walk_packages(cli.__path__, "cli.")}
    assert {"cli.main", "cli.report", "cli.swimlane"} <= commands <= set(hidden)
    assert "ui.selftest" in hidden and "holidays.countries.indonesia" in hidden
    assert not any(name.startswith(("tools", "tests")) for name in hidden)


def test_version_comes_from_pyproject_everywhere(spec):
    import app

    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    make = _load("pengaduan_make", BUILD / "make.py")
    assert spec["VERSION"] == version == make.project_version() == app.__version__
    if sys.platform == "win32":  # PyInstaller's versioninfo needs pywin32
        assert f"FileVersion', '{version}'" in str(spec["version_info"]())


def test_executables_have_the_icon_and_a_console_for_commands(spec):
    executables = spec["calls"]["EXE"]
    assert all(Path(e["icon"]).is_file() for e in executables)
    names = {e["name"]: e["console"] for e in executables}
    if sys.platform == "win32":
        assert names == {"Pengaduan": False, "pengaduan-cli": True}
    else:
        assert names == {"pengaduan": True}
    assert spec["calls"]["COLLECT"][0][1]["name"] == "pengaduan"  # one folder: dist/pengaduan


def test_make_keeps_pyinstallers_files_out_of_the_tracked_sources():
    make = _load("pengaduan_make", BUILD / "make.py")
    command = make.pyinstaller_command()
    work = Path(command[command.index("--workpath") + 1])
    dist = Path(command[command.index("--distpath") + 1])
    assert work == ROOT / "build" / "work" and dist == ROOT / "dist"
    ignored = subprocess.run(["git", "check-ignore", "build/work/x", "dist/pengaduan/x"],
                             cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert ignored == ["build/work/x", "dist/pengaduan/x"]


def test_icon_holds_every_windows_size():
    data = (ROOT / "resources" / "icons" / "pengaduan.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sides = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides


def test_installer_installs_per_machine_and_upgrades_in_place():
    text = (BUILD / "installer.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}", text, re.M)  # fixed: upgrades find it
    assert "PrivilegesRequired=admin" in text
    assert r"DefaultDirName={autopf}\Pengaduan" in text
    assert r'Name: "{autoprograms}\Pengaduan"; Filename: "{app}\Pengaduan.exe"' in text
    assert "AppVersion={#AppVersion}" in text
    # an upgrade clears only the program's own files; user data is never named
    for line in text.splitlines():
        if line.startswith("Type: filesandordirs"):
            assert '"{app}\\' in line
    assert "{localappdata}" not in text and "{userappdata}" not in text
    make = _load("pengaduan_make", BUILD / "make.py")
    command = make.installer_command("ISCC.exe")
    assert f"/DAppVersion={make.project_version()}" in command


def test_windows_workflow_builds_installs_upgrades_and_self_tests():
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    assert re.search(r'python-version: "3\.13"', text) and "3.11\"" not in text
    assert "python build/make.py --self-test --installer" in text
    assert "--installer-version 0.0.1" in text  # an older installer to upgrade from
    assert re.search(r'pengaduan-cli\.exe"? --self-test', text)
    assert "unins000.exe" in text and "DisplayVersion" in text
    # signing only with a certificate, verified when it happened
    assert "secrets.WINDOWS_SIGNING_PFX" in text and "if: env.SIGNING == 'true'" in text
    assert "signtool verify /pa" in text
    assert "Indonesian.isl" in text


def test_readme_documents_the_windows_build_and_says_it_has_not_run():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("Building the program for distribution", 1)[1].split("\n## ", 1)[0]
    for needed in ("windows.yml", "WINDOWS_SIGNING_PFX", "SignTool", "notices",
                   "has not run"):
        assert needed in section, needed


def test_installer_speaks_indonesian_shows_the_notices_and_signs_with_a_certificate():
    text = (BUILD / "installer.iss").read_text(encoding="utf-8")
    assert re.search(r'^Name: "id"; MessagesFile: "\{#IndonesianMessages\}"', text, re.M)
    assert r"LicenseFile={#BundleDir}\notices\PEMBERITAHUAN.txt" in text
    assert re.search(r"#ifdef SignToolName\s+(;.*\s+)*SignTool=\{#SignToolName\}", text)
    assert 'Type: filesandordirs; Name: "{app}\\notices"' in text  # no stale notices


def test_make_signs_through_inno_setup_without_printing_the_password(monkeypatch, tmp_path):
    make = _load("pengaduan_make", BUILD / "make.py")
    monkeypatch.setenv("PENGADUAN_SIGN_CERT", r"C:\certs\kanwil.pfx")
    monkeypatch.setenv("PENGADUAN_SIGN_PASSWORD", "rahasia")
    sign = make.signing()
    signtool = r"C:\Program Files (x86)\Windows Kits\10\bin\10.0.22621.0\x64\signtool.exe"
    command = make.installer_command("ISCC.exe", messages=tmp_path / "Indonesian.isl",
                                     signtool=signtool, sign=sign)
    assert f"/DIndonesianMessages={tmp_path / 'Indonesian.isl'}" in command
    assert "/DSignToolName=pengaduan" in command
    [tool] = [arg for arg in command if arg.startswith("/Spengaduan=")]
    # ISCC's command line has no escaped quotes: Inno's $q stands for them, $f is the file
    assert tool.startswith(f"/Spengaduan=$q{signtool}$q sign /fd sha256 /f $q")
    assert tool.endswith(" $f") and "/tr http://timestamp.digicert.com /td sha256" in tool
    assert '"' not in tool
    exes = make.sign_command(signtool, sign, [tmp_path / "Pengaduan.exe"])
    assert exes[:2] == [signtool, "sign"] and exes[-1].endswith("Pengaduan.exe")
    assert "rahasia" in exes and "rahasia" not in make.redacted(exes)
    monkeypatch.delenv("PENGADUAN_SIGN_CERT")
    assert make.signing() is None


def test_make_finds_the_indonesian_messages(monkeypatch, tmp_path):
    make = _load("pengaduan_make", BUILD / "make.py")
    monkeypatch.delenv("PENGADUAN_INNO_INDONESIAN", raising=False)
    monkeypatch.setattr(make, "WORK", tmp_path / "work")
    iscc = tmp_path / "Inno Setup 6" / "ISCC.exe"
    assert make.find_indonesian_messages(str(iscc)) is None
    unofficial = iscc.parent / "Languages" / "Unofficial" / "Indonesian.isl"
    unofficial.parent.mkdir(parents=True)
    unofficial.write_text("[LangOptions]\nLanguageName=Bahasa Indonesia\n")
    assert make.find_indonesian_messages(str(iscc)) == unofficial


# -- third-party notices

def test_spec_ships_the_notices_next_to_the_executables(spec):
    from ui.about import notice_problems

    folder = Path(spec["DISTPATH"]) / "pengaduan" / "notices"
    assert notice_problems(folder) == []
    summary = (folder / "PEMBERITAHUAN.txt").read_bytes()
    assert summary.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as Inno Setup reads it
    assert b"LGPL" in summary


def test_notices_require_what_the_self_test_requires():
    from ui.about import REQUIRED_NOTICES

    assert set(load_notices().REQUIRED) == set(REQUIRED_NOTICES)


def test_notices_cover_every_distribution_pyinstaller_collected():
    notices = load_notices()
    pure = [("PySide6.QtCore", "x", "PYMODULE"), ("jaraco.functools", "x", "PYMODULE"),
            ("app.paths", "x", "PYMODULE"), ("json", "x", "PYMODULE")]
    binaries = [("psycopg2_binary.libs/libssl-8bd944e8.so.3", "x", "BINARY"),
                ("pypdfium2_raw/libpdfium.so", "x", "BINARY")]
    datas = [("qtawesome/fonts/fontawesome5-solid-webfont-5.15.4.ttf", "x", "DATA")]
    found = {name.lower().replace("_", "-")
             for name in notices.bundled_distributions(pure, binaries, datas)}
    assert {"pyside6-essentials", "jaraco.functools", "psycopg2-binary", "pypdfium2",
            "qtawesome"} <= found
    assert "pengaduan" not in found and "jaraco.classes" not in found


def test_notices_carry_each_distributions_own_licence_files(tmp_path):
    notices = load_notices()
    components = notices.write_notices(tmp_path / "notices", ["lxml"], "0.1.0")
    lxml = next(c for c in components if c.key == "lxml")
    assert lxml.version and lxml.licence == "BSD-3-Clause"
    assert any(f.endswith("LICENSE.txt") for f in lxml.files)
    pdfium = next(c for c in components if c.key == "PDFium")
    assert any("BUILD_LICENSES/pdfium.txt" in f for f in pdfium.files)


# -- pyproject: PySide6 per Python, resources in the wheel

def test_pyside6_is_pinned_per_python_version():
    from packaging.requirements import Requirement

    with open(ROOT / "pyproject.toml", "rb") as f:
        dependencies = [Requirement(d) for d in tomllib.load(f)["project"]["dependencies"]]
    pyside = [r for r in dependencies if r.name == "PySide6-Essentials"]

    def allowed(python: str, version: str) -> bool:
        return any(r.specifier.contains(version) for r in pyside
                   if r.marker.evaluate({"python_version": python}))

    assert not allowed("3.11", "6.12.0")  # the None reference bug
    assert allowed("3.11", "6.11.3")
    assert allowed("3.13", "6.12.0") and allowed("3.13", "6.11.3")
    assert not allowed("3.13", "6.13.0")


@pytest.mark.slow
def test_wheel_carries_the_resources_and_app_paths_finds_them(tmp_path):
    import zipfile

    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", "dist", "work", "*.egg-info", "__pycache__", ".pytest_cache", "tests"))
    wheels = tmp_path / "w"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", ".", "-w",
                    str(wheels)], cwd=source, check=True, capture_output=True, timeout=600)
    [wheel] = wheels.glob("pengaduan-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "resources/sop/layanan_pengaduan.toml" in names
    for template in (ROOT / "resources" / "templates").glob("*.docx"):
        assert f"resources/templates/{template.name}" in names
    assert "resources/icons/pengaduan.png" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    code = ("import app, app.paths\n"
            "from app.naskah.templates import bundled_template\n"
            "print(app.__file__)\n"
            "print(app.paths.default_sop_path().is_file(), "
            "bundled_template('nota_dinas').is_file())")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, env=dict(os.environ, PYTHONPATH=str(target)),
                            timeout=120)
    installed, found = result.stdout.splitlines()
    assert Path(installed).is_relative_to(target)  # the installed copy, not the source tree
    assert found == "True True"


@pytest.mark.slow
def test_self_test_from_source_passes(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "cli", "--self-test"], cwd=tmp_path,
                            env=env | {"PYTHONPATH": str(ROOT)}, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("jendela utama", "swimlane", "nota dinas", "pindaian",
                  "basis data lebih baru"):
        assert re.search(rf"^  OK +{check} ", result.stdout, re.M), result.stdout
    assert "Uji mandiri lulus" in result.stdout


def test_self_test_reports_a_failure_and_exits_1(monkeypatch, capsys):
    from ui import selftest

    def broken(ctx):
        raise selftest.CheckFailed("templat tidak ada: nota_dinas")

    monkeypatch.setattr(selftest, "CHECKS", [("sumber daya", broken)])
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "GAGAL sumber daya" in out and "templat tidak ada: nota_dinas" in out
