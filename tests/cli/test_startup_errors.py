"""The windowed program never fails silently: faulthandler writes to the user's crash.log,
and a start that fails (PySide6 not loading) is logged, shown in a native message box
(MessageBoxW, faked here: no Windows) and ends with a non-zero exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from cli import startup

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "build" / "entry.py"


def _run_entry_windowed(tmp_path: Path, block: str) -> dict:
    """Run build/entry.py as Pengaduan.exe would (Windows, no console), with `block`
    made unimportable and MessageBoxW recorded; returns exit code, boxes, crash log."""
    out = tmp_path / "result.json"
    code = textwrap.dedent(f"""
        import ctypes, json, runpy, sys, types
        import app.paths, cli.main  # platformdirs has chosen the Linux paths under HOME
        sys.modules[{block!r}] = None  # unimportable, as when its DLLs do not load
        boxes = []
        def message_box(hwnd, text, title, flags):
            boxes.append([text, title, flags])
            return 1  # IDOK
        ctypes.windll = types.SimpleNamespace(user32=types.SimpleNamespace(
            MessageBoxW=message_box))
        sys.platform = "win32"
        sys.stdout = sys.stderr = None  # PyInstaller's windowed executable
        sys.argv = ["Pengaduan"]
        try:
            runpy.run_path({str(ENTRY)!r}, run_name="__main__")
            exit_code = 0
        except SystemExit as exc:
            exit_code = exc.code
        from cli import startup
        with open({str(out)!r}, "w") as f:
            json.dump({{"code": exit_code, "boxes": boxes,
                       "log": str(startup.crash_log_path())}}, f)
    """)
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert out.exists(), result.stdout + result.stderr
    return json.loads(out.read_text())


def test_pyside6_that_does_not_load_is_logged_shown_and_exits_non_zero(tmp_path):
    result = _run_entry_windowed(tmp_path, "PySide6")
    assert result["code"] not in (0, None)
    [(text, title, flags)] = result["boxes"]
    assert title == "Pengaduan"
    assert flags & startup.MB_ICONERROR
    assert "Qt/PySide6" in text and "Pasang ulang program" in text
    log = Path(result["log"])
    assert str(log) in text  # the box says where the details are
    assert log.parent == tmp_path / "data" / "Pengaduan" / "logs"
    trace = log.read_text(encoding="utf-8")
    assert "start gagal" in trace and "ModuleNotFoundError" in trace and "PySide6" in trace
    assert "ui/main.py" in trace.replace("\\", "/")  # where it broke


def test_a_bundle_missing_its_command_module_is_reported_too(tmp_path):
    result = _run_entry_windowed(tmp_path, "cli.main")
    assert result["code"] == startup.EXIT_STARTUP_FAILED
    [(text, _title, _flags)] = result["boxes"]
    assert "Sebagian program tidak dapat dimuat" in text


def test_faulthandler_writes_to_the_crash_log(tmp_path):
    code = textwrap.dedent("""
        import faulthandler
        from cli import startup
        path = startup.enable_faulthandler()
        assert faulthandler.is_enabled()
        print(path)
        faulthandler._sigsegv()  # a crash in C code, as a broken driver would
    """)
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    log = Path(result.stdout.strip())
    assert log.name == "crash.log"
    text = log.read_text(encoding="utf-8")
    assert "Segmentation fault" in text or "Windows fatal exception" in text


@pytest.fixture
def logs(tmp_path, monkeypatch):
    monkeypatch.setattr(startup, "log_folder", lambda: tmp_path)
    monkeypatch.setattr(startup, "enable_faulthandler", lambda: tmp_path / "crash.log")
    return tmp_path


def test_with_a_console_the_failure_goes_to_stderr_not_a_box(logs, monkeypatch, capsys):
    boxes = []
    monkeypatch.setattr(sys, "platform", "win32")  # pengaduan-cli.exe: a console
    monkeypatch.setattr("ctypes.windll", SimpleNamespace(user32=SimpleNamespace(
        MessageBoxW=lambda *a: boxes.append(a))), raising=False)

    def broken():
        raise RuntimeError("DLL load failed")

    assert startup.guarded(broken) == 1
    assert boxes == []  # a box would wait for a click no script gives
    assert "DLL load failed" in capsys.readouterr().err
    assert "RuntimeError: DLL load failed" in (logs / "crash.log").read_text(encoding="utf-8")


def test_exit_codes_of_the_program_pass_through(logs):
    assert startup.guarded(lambda: 0) == 0
    assert startup.guarded(lambda: 2) == 2
    with pytest.raises(SystemExit) as exit_info:
        startup.guarded(lambda: sys.exit(2))  # argparse's usage error
    assert exit_info.value.code == 2
    assert not (logs / "crash.log").exists()


def test_gui_that_cannot_import_raises_instead_of_printing_help(monkeypatch):
    from cli import main

    monkeypatch.setitem(sys.modules, "ui.main", None)
    with pytest.raises(ImportError):
        main.main([])
