"""The self-test's own checks: PySide6's references to None, the notices folder, and what
only Windows loads (platform plugin, printer support, keyring, win32com, libpq), run here
with sys.platform patched and fakes of the Windows pieces."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from ui import selftest

ROOT = Path(__file__).resolve().parents[2]


# -- PySide6 6.12 on Python 3.11: a reference to None lost on every void-returning call

def test_void_calls_keep_their_references_to_none(qapp):
    assert selftest._check_none_references(None).startswith("2000 panggilan void")


def test_a_pyside_that_drops_none_fails_the_self_test(qapp, monkeypatch):
    counts = iter([25_000, 25_000 - selftest.VOID_CALLS])  # one lost per call, as 6.12.0
    monkeypatch.setattr(selftest, "_none_refcount", lambda: next(counts))
    with pytest.raises(selftest.CheckFailed, match="referensi None"):
        selftest._check_none_references(None)


# -- the notices next to the program

@pytest.fixture(scope="module")
def notices_folder(tmp_path_factory):
    from tests.test_packaging import load_notices

    folder = tmp_path_factory.mktemp("bundle") / "notices"
    notices = load_notices()
    notices.write_notices(folder, notices.requirement_closure(), "0.1.0")
    return folder


def test_bundle_without_notices_fails_the_self_test(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "pengaduan"))
    with pytest.raises(selftest.CheckFailed, match="folder pemberitahuan lisensi tidak ada"):
        selftest._check_notices(None)


def test_bundle_with_every_notice_passes(notices_folder, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(notices_folder.parent / "pengaduan"))
    assert "teks wajib ada" in selftest._check_notices(None)


def test_a_missing_lgpl_text_fails_the_self_test(notices_folder, tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    shutil.copytree(notices_folder, bundle / "notices")
    (bundle / "notices" / "docxtpl" / "LGPL-2.1.txt").unlink()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "pengaduan"))
    with pytest.raises(selftest.CheckFailed) as failure:
        selftest._check_notices(None)
    assert "docxtpl/LGPL-2.1.txt" in str(failure.value)
    assert "teks lisensi docxtpl tidak ada" in str(failure.value)


# -- Windows: run only there, tested here with the platform patched

def test_windows_checks_run_only_on_windows(monkeypatch, capsys):
    ran = []
    monkeypatch.setattr(selftest, "CHECKS", [("sumber daya", lambda ctx: "ok")])
    monkeypatch.setattr(selftest, "windows_checks",
                        lambda: [("libpq", lambda ctx: ran.append("libpq") or "ok")])
    assert selftest.run() == 0 and ran == []
    monkeypatch.setattr(sys, "platform", "win32")
    assert selftest.run() == 0 and ran == ["libpq"]
    assert "OK    libpq" in capsys.readouterr().out


def test_platform_plugin_is_loaded_not_just_found(qapp):
    # the real thing, with the platform plugin this machine has (qwindows on Windows)
    assert "termuat" in selftest.check_platform_plugin("qoffscreen", "offscreen")
    with pytest.raises(selftest.CheckFailed, match="bukan plugin platform windows"):
        selftest.check_platform_plugin("qoffscreen", "windows")
    with pytest.raises(selftest.CheckFailed, match="tidak ada di bundel"):
        selftest.check_platform_plugin("qwindows", "windows") if sys.platform != "win32" \
            else selftest.check_platform_plugin("qnonexistent", "windows")


def test_a_platform_plugin_that_does_not_load_fails(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    (tmp_path / "platforms").mkdir()
    (tmp_path / "platforms" / "qwindows.dll").write_bytes(b"MZ not really a DLL")
    monkeypatch.setattr(QCoreApplication, "libraryPaths", lambda: [str(tmp_path)])
    with pytest.raises(selftest.CheckFailed, match="tidak termuat"):
        selftest.check_platform_plugin()


def test_printing_check_asks_the_spooler(qapp):
    assert "dukungan cetak termuat" in selftest.check_printing()


@pytest.fixture
def keyring_backend():
    keyring = pytest.importorskip("keyring")
    before = keyring.get_keyring()
    yield keyring
    keyring.set_keyring(before)


def test_keyrings_fail_backend_fails_the_self_test(keyring_backend):
    from keyring.backends import fail

    keyring_backend.set_keyring(fail.Keyring())
    with pytest.raises(selftest.CheckFailed, match="keyring tanpa penyimpan sandi"):
        selftest.check_keyring()


def test_a_real_keyring_backend_passes(keyring_backend):
    from keyring.backend import KeyringBackend

    class WinVaultKeyring(KeyringBackend):  # stands in for keyring.backends.Windows
        priority = 5

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            pass

        def delete_password(self, service, username):
            pass

    keyring_backend.set_keyring(WinVaultKeyring())
    assert "WinVaultKeyring" in selftest.check_keyring()


def _fake_pywin32(monkeypatch, dispatch):
    """pythoncom and win32com.client as pywin32 has them, recording COM's set-up."""
    calls = []
    pythoncom = ModuleType("pythoncom")
    pythoncom.CoInitialize = lambda: calls.append("CoInitialize")
    pythoncom.CoUninitialize = lambda: calls.append("CoUninitialize")
    win32com = ModuleType("win32com")
    client = ModuleType("win32com.client")
    client.Dispatch = dispatch
    win32com.client = client
    monkeypatch.setitem(sys.modules, "pythoncom", pythoncom)
    monkeypatch.setitem(sys.modules, "win32com", win32com)
    monkeypatch.setitem(sys.modules, "win32com.client", client)
    return calls


def test_win32com_check_dispatches_a_com_object(monkeypatch):
    calls = _fake_pywin32(monkeypatch, lambda progid: SimpleNamespace(
        GetTempName=lambda: "rad3F2A1.tmp") if progid == "Scripting.FileSystemObject"
        else None)
    assert "rad3F2A1.tmp" in selftest.check_win32com()
    assert calls == ["CoInitialize", "CoUninitialize"]


def test_win32com_check_fails_when_com_does(monkeypatch):
    def dispatch(progid):
        raise OSError(-2147221005, "Invalid class string")  # as pywintypes.com_error

    calls = _fake_pywin32(monkeypatch, dispatch)
    with pytest.raises(selftest.CheckFailed, match="COM melalui win32com gagal"):
        selftest.check_win32com()
    assert calls == ["CoInitialize", "CoUninitialize"]


def test_libpq_check_really_loads_libpq():
    pytest.importorskip("psycopg2")
    assert "libpq termuat" in selftest.check_libpq()


def test_libpq_that_does_not_load_fails(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg2", None)  # its DLLs missing from the bundle
    with pytest.raises(selftest.CheckFailed, match="libpq/psycopg2 tidak termuat"):
        selftest.check_libpq()


def test_windows_self_test_passes_with_everything_windows_has(qapp, monkeypatch, capsys,
                                                              keyring_backend, tmp_path):
    """All five Windows checks through selftest.run(), as on a workstation: the plugin
    loader and pywin32 faked, keyring a Windows-like back-end, printing and libpq real."""
    from keyring.backends import null  # a stand-in that is not the fail back-end

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(selftest, "CHECKS", [])
    plugin = tmp_path / "platforms" / "qwindows.dll"
    monkeypatch.setattr(selftest, "find_plugin", lambda folder, stem: plugin)
    monkeypatch.setattr(selftest, "load_plugin", lambda path: ["windows"])
    _fake_pywin32(monkeypatch, lambda progid: SimpleNamespace(GetTempName=lambda: "rad1.tmp"))
    keyring_backend.set_keyring(null.Keyring())
    assert selftest.run() == 0
    out = capsys.readouterr().out
    for name in ("plugin platform Windows", "dukungan cetak", "keyring", "win32com", "libpq"):
        assert f"OK    {name} " in out, out
