"""The PDF converter chain: Word through a fake of its COM automation (as pywin32 presents
it), LibreOffice found through a fake Windows registry, a hanging fake soffice whose whole
process tree is killed, temporary folders removed even when a file stays locked, the
Windows tree kill (CREATE_NEW_PROCESS_GROUP, taskkill /T), and a real LibreOffice that stays
warm between conversions."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import threading
import time
import types
from pathlib import Path

import pytest

from app.naskah.pdf import (
    ConverterNotFound,
    PdfError,
    convert_to_pdf,
    converters,
    find_soffice,
    libreoffice,
    processes,
)

posix_only = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
RPC_E_DISCONNECTED = 0x80010108


def signed(code: int) -> int:
    return code - (1 << 32) if code >= 1 << 31 else code


class com_error(Exception):  # noqa: N801 - pywintypes' name
    def __init__(self, hresult, strerror, excepinfo, argerror):
        super().__init__(hresult, strerror, excepinfo, argerror)
        self.hresult, self.strerror, self.excepinfo, self.argerror = (hresult, strerror,
                                                                      excepinfo, argerror)


def small_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def cold_converters(monkeypatch, tmp_path):
    """Every test starts without a running converter, with its own temporary folder."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    converters.close_all()
    yield temp
    converters.close_all()


class Registry:
    """winreg: keys are (hive, path, view) -> {value name: value}; OpenKey raises
    FileNotFoundError (an OSError) for a missing key, as the real one does."""

    HKEY_CLASSES_ROOT, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE = 0x80000000, 0x80000001, 0x80000002
    KEY_READ, KEY_WOW64_64KEY, KEY_WOW64_32KEY = 0x20019, 0x0100, 0x0200

    def __init__(self, keys):
        self.keys, self.opened = keys, []

    def OpenKey(self, hive, path, reserved=0, access=KEY_READ):  # noqa: N802
        view = access & (self.KEY_WOW64_64KEY | self.KEY_WOW64_32KEY)
        self.opened.append((hive, path, view))
        for (k_hive, k_path, k_view), values in self.keys.items():
            if (k_hive, k_path.lower()) == (hive, path.lower()) and k_view in (None, view):
                return _Key(values)
        raise FileNotFoundError(2, "The system cannot find the file specified")

    @staticmethod
    def QueryValueEx(key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name], 1  # REG_SZ


class _Key:
    def __init__(self, values):
        self.values = values

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def install_registry(monkeypatch, keys) -> Registry:
    registry = Registry(keys)
    module = types.ModuleType("winreg")
    for name in ("HKEY_CLASSES_ROOT", "HKEY_CURRENT_USER", "HKEY_LOCAL_MACHINE", "KEY_READ",
                 "KEY_WOW64_64KEY", "KEY_WOW64_32KEY"):
        setattr(module, name, getattr(Registry, name))
    module.OpenKey, module.QueryValueEx = registry.OpenKey, registry.QueryValueEx
    monkeypatch.setitem(sys.modules, "winreg", module)
    return registry


def no_libreoffice(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "kosong"))
    monkeypatch.setattr(libreoffice, "_usual_places", lambda: [])


# --------------------------------------------------------------------------- Word
class FakeDocument:
    def __init__(self, app, kwargs):
        self.app, self.open_args = app, kwargs

    def ExportAsFixedFormat(self, OutputFileName, ExportFormat, **options):  # noqa: N802, N803
        self.app.calls.append(("ExportAsFixedFormat", ExportFormat, options))
        if self.app.fail_export:
            raise com_error(signed(0x80020009), "Exception occurred.",
                            (0, "Microsoft Word", "Dokumen rusak.", None, 0,
                             signed(0x800A1066)), None)
        time.sleep(self.app.export_seconds)
        Path(OutputFileName).write_bytes(small_pdf())

    def Close(self, SaveChanges=None):  # noqa: N802, N803
        self.app.calls.append(("Close", SaveChanges))
        self.app.open_documents.remove(self)


class FakeWord:
    """Word.Application as far as the converter uses it; every call is recorded with the
    thread it came from (COM objects belong to the thread that made them)."""

    def __init__(self, log):
        self.__dict__.update(calls=log, open_documents=[], fail_export=False,
                             export_seconds=0, disconnect_once=False, thread=None)
        self.calls.append(("Dispatch", threading.get_ident()))
        self.thread = threading.get_ident()
        self.Documents = types.SimpleNamespace(Open=self._open, Count=0)

    def __setattr__(self, name, value):
        self.calls.append(("set", name, value))
        object.__setattr__(self, name, value)

    def _open(self, FileName, **kwargs):  # noqa: N803
        assert threading.get_ident() == self.thread, "Word used from another thread"
        if self.disconnect_once:
            object.__setattr__(self, "disconnect_once", False)
            raise com_error(signed(RPC_E_DISCONNECTED), "The object invoked has "
                            "disconnected from its clients.", None, None)
        self.calls.append(("Open", FileName, kwargs))
        document = FakeDocument(self, kwargs)
        self.open_documents.append(document)
        return document

    def Quit(self, SaveChanges=None):  # noqa: N802, N803
        self.calls.append(("Quit", SaveChanges))


@pytest.fixture
def word_com(monkeypatch, tmp_path):
    """pywin32 and a registered Word: `word_com.apps` are the Word instances started."""
    install_registry(monkeypatch, {(Registry.HKEY_CLASSES_ROOT, r"Word.Application\CLSID",
                                    None): {"": "{000209FF-0000-0000-C000-000000000046}"}})
    calls: list = []
    apps: list[FakeWord] = []
    setup = {"fail_export": False, "export_seconds": 0, "disconnect_once": False}

    def dispatch(prog_id):
        assert prog_id == "Word.Application"
        app = FakeWord(calls)
        for key, value in setup.items():
            object.__setattr__(app, key, value)
        setup["disconnect_once"] = False
        apps.append(app)
        return app

    client = types.ModuleType("win32com.client")
    client.Dispatch = dispatch
    package = types.ModuleType("win32com")
    package.client = client
    pythoncom = types.ModuleType("pythoncom")
    pythoncom.CoInitialize = lambda: calls.append(("CoInitialize", threading.get_ident()))
    pythoncom.CoUninitialize = lambda: calls.append(("CoUninitialize",
                                                     threading.get_ident()))
    for name, module in (("win32com", package), ("win32com.client", client),
                         ("pythoncom", pythoncom)):
        monkeypatch.setitem(sys.modules, name, module)
    no_libreoffice(monkeypatch, tmp_path)
    return types.SimpleNamespace(calls=calls, apps=apps, setup=setup)


def docx(tmp_path, name="nota-dinas.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 bukan docx sungguhan; Word palsu tidak membacanya")
    return path


def test_word_makes_the_pdf_and_stays_open_between_conversions(word_com, tmp_path):
    source = docx(tmp_path)
    results = []
    # Two conversions from two different threads, as the GUI's task pool would.
    for _ in range(2):
        worker = threading.Thread(target=lambda: results.append(
            convert_to_pdf(source, tmp_path / "pdf", timeout=10)))
        worker.start()
        worker.join()
    assert [p.read_bytes()[:5] for p in results] == [b"%PDF-"] * 2
    (app,) = word_com.apps  # started once, kept warm
    names = [c[0] for c in word_com.calls]
    assert names.count("Open") == 2 and names.count("Close") == 2
    assert ("set", "Visible", False) in word_com.calls
    assert ("set", "DisplayAlerts", 0) in word_com.calls
    assert ("set", "AutomationSecurity", 3) in word_com.calls  # macros of the file off
    opened = next(c for c in word_com.calls if c[0] == "Open")
    assert opened[1] == str(source.resolve()) and opened[2]["ReadOnly"] is True
    assert opened[2]["AddToRecentFiles"] is False
    assert all(c[1] == 17 for c in word_com.calls if c[0] == "ExportAsFixedFormat")
    assert all(c[1] == 0 for c in word_com.calls if c[0] == "Close")  # not saved
    assert "Quit" not in names
    converters.close_all()
    assert ("Quit", 0) in word_com.calls
    assert names[0] == "CoInitialize" and word_com.calls[-1][0] == "CoUninitialize"
    assert not list(Path(tempfile.gettempdir()).iterdir())  # work folders removed


def test_word_is_left_to_the_user_when_their_own_document_opened_in_it(word_com, tmp_path):
    convert_to_pdf(docx(tmp_path), tmp_path / "pdf", timeout=10)
    word_com.apps[0].Documents.Count = 1  # a double-clicked .docx landed in our Word
    converters.close_all()
    assert not [c for c in word_com.calls if c[0] == "Quit"]
    assert ("set", "Visible", True) in word_com.calls


def test_word_closed_by_the_user_is_started_again(word_com, tmp_path):
    convert_to_pdf(docx(tmp_path), tmp_path / "pdf", timeout=10)
    object.__setattr__(word_com.apps[0], "disconnect_once", True)
    pdf = convert_to_pdf(docx(tmp_path), tmp_path / "pdf", timeout=10)
    assert pdf.is_file() and len(word_com.apps) == 2


def test_a_word_failure_is_reported_with_words_own_words(word_com, tmp_path):
    word_com.setup["fail_export"] = True
    with pytest.raises(PdfError, match="Microsoft Word gagal membuat PDF: Dokumen rusak"):
        convert_to_pdf(docx(tmp_path), tmp_path / "pdf", timeout=10)
    assert ("Close", 0) in word_com.calls  # the document is closed all the same


def test_word_that_does_not_finish_is_given_up(word_com, tmp_path):
    word_com.setup["export_seconds"] = 2
    with pytest.raises(PdfError, match="tidak selesai dalam 0.3 detik"):
        convert_to_pdf(docx(tmp_path), tmp_path / "pdf", timeout=0.3)
    word_com.setup["export_seconds"] = 0
    assert convert_to_pdf(docx(tmp_path), tmp_path / "pdf", timeout=10).is_file()
    assert len(word_com.apps) == 2  # a new Word for the next conversion


@posix_only
def test_when_word_fails_libreoffice_makes_the_pdf(word_com, tmp_path, monkeypatch):
    word_com.setup["fail_export"] = True
    program = fake_soffice(tmp_path)
    monkeypatch.setenv("PATH", str(program.parent))
    steps = []
    pdf = convert_to_pdf(docx(tmp_path), tmp_path / "pdf", timeout=20, progress=steps.append)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Microsoft Word" in steps[0] and "LibreOffice" in steps[1]


def test_without_word_or_libreoffice_the_message_says_what_to_do(tmp_path, monkeypatch):
    no_libreoffice(monkeypatch, tmp_path)
    install_registry(monkeypatch, {})
    with pytest.raises(ConverterNotFound, match="Microsoft Word maupun LibreOffice tidak "
                                                "ditemukan"):
        convert_to_pdf(docx(tmp_path), tmp_path)


# --------------------------------------------------------------------------- finding soffice
def test_libreoffice_is_found_through_the_windows_registry(tmp_path, monkeypatch):
    no_libreoffice(monkeypatch, tmp_path)
    folder = tmp_path / "LibreOffice 24" / "program"
    folder.mkdir(parents=True)
    (folder / "soffice.exe").write_bytes(b"MZ")
    registry = install_registry(monkeypatch, {
        (Registry.HKEY_LOCAL_MACHINE, libreoffice.REGISTRY_KEY, Registry.KEY_WOW64_32KEY):
            {"": str(folder)}})
    assert find_soffice() == str(folder / "soffice.exe")
    assert (Registry.HKEY_LOCAL_MACHINE, libreoffice.REGISTRY_KEY,
            Registry.KEY_WOW64_64KEY) in registry.opened  # the 64-bit view is asked first


def test_libreoffice_is_found_in_the_usual_program_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "kosong"))
    install_registry(monkeypatch, {})
    program = tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe"
    program.parent.mkdir(parents=True)
    program.write_bytes(b"MZ")
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    monkeypatch.setattr(libreoffice, "POSIX_CANDIDATES", ())
    assert find_soffice() == str(program)


# --------------------------------------------------------------------------- process trees
def fake_soffice(tmp_path, *, hang=False, no_server=False) -> Path:
    """A `soffice` that behaves like LibreOffice's launcher: started with a document it
    opens it (the lock file beside it) and stays; with --convert-to it writes the PDF.
    With `hang`, it starts a child and both hang, their pids written to pids.txt; with
    `no_server` it will not stay running (an office that cannot be kept warm)."""
    sample = tmp_path / "sample.pdf"
    sample.write_bytes(small_pdf())
    program = tmp_path / "bin" / "soffice"
    program.parent.mkdir(exist_ok=True)
    hanging = (f'sleep 300 &\necho $$ $! >> "{tmp_path}/pids.txt"\nwait\n' if hang else "")
    program.write_text(f"""#!/bin/sh
PATH=/usr/bin:/bin
{hanging}outdir=""; file=""; convert=""
while [ $# -gt 0 ]; do
  case "$1" in
    --convert-to) convert=1; shift;;
    --outdir) outdir="$2"; shift;;
    -*) ;;
    *) file="$1";;
  esac
  shift
done
echo "$convert" >> "{tmp_path}/launches.txt"
if [ -n "$convert" ]; then
  mkdir -p "$outdir"; cp "{sample}" "$outdir/$(basename "$file" .docx).pdf"; exit 0
fi
{"exit 0" if no_server else ""}
touch "$(dirname "$file")/.~lock.$(basename "$file")#"
exec sleep 300
""")
    program.chmod(0o755)
    return program


def gone(pid: int) -> bool:
    """No such process, or only its zombie (a container's init may not reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state == "Z"


@posix_only
@pytest.mark.parametrize("warm", [True, False], ids=["warm", "cold"])
def test_a_hanging_libreoffice_is_killed_with_its_children_and_leaves_no_folder(
        tmp_path, cold_converters, warm):
    program = fake_soffice(tmp_path, hang=True)
    office = libreoffice.LibreOffice(str(program), warm=warm)
    started = time.monotonic()
    with pytest.raises(PdfError, match="tidak selesai dalam 0.5 detik"):
        office.convert(docx(tmp_path), tmp_path, 0.5)
    assert time.monotonic() - started < 20
    pids = [int(p) for p in (tmp_path / "pids.txt").read_text().split()]
    # The launcher and its child; warm, twice: the background office that never came up,
    # then the cold conversion tried instead.
    assert len(pids) == (4 if warm else 2)
    deadline = time.monotonic() + 5
    while not all(gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(gone(pid) for pid in pids)
    assert not list(cold_converters.iterdir())  # profile and work folders removed
    assert not office.running


@posix_only
def test_the_warm_libreoffice_is_started_once_and_ended_at_close(tmp_path, cold_converters):
    program = fake_soffice(tmp_path)
    office = libreoffice.LibreOffice(str(program))
    first = office.convert(docx(tmp_path, "a.docx"), tmp_path, 10)
    server = office._server
    second = office.convert(docx(tmp_path, "b.docx"), tmp_path, 10)
    assert first.name == "a.pdf" and second.name == "b.pdf" and office._server is server
    office.close()
    assert gone(server.pid) and not list(cold_converters.iterdir())


@posix_only
def test_an_office_that_will_not_stay_running_still_converts_cold(tmp_path):
    program = fake_soffice(tmp_path, no_server=True)
    office = libreoffice.LibreOffice(str(program))
    for name in ("a.docx", "b.docx"):
        assert office.convert(docx(tmp_path, name), tmp_path, 10).is_file()
    # One try at a background office, then cold conversions without trying again.
    assert (tmp_path / "launches.txt").read_text().split("\n") == ["", "1", "1", ""]
    assert not office.running


def test_on_windows_the_tree_gets_its_own_group_and_taskkill_ends_it(monkeypatch, tmp_path):
    started, ran = [], []

    class Popen:
        pid = 4242
        returncode = None

        def __init__(self, command, **options):
            started.append((command, options))

        def poll(self):
            return self.returncode

        def wait(self, timeout=None):
            return self.returncode

        def kill(self):
            self.returncode = 1

    def run(command, **options):
        ran.append((command, options))
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(processes.subprocess, "Popen", Popen)
    monkeypatch.setattr(processes.subprocess, "run", run)
    with (tmp_path / "log").open("wb") as output:
        proc = processes.start_tree(["soffice.exe", "--headless"], output=output, windows=True)
        (command, options), = started
        assert options["creationflags"] & processes.CREATE_NEW_PROCESS_GROUP
        assert options["creationflags"] & processes.CREATE_NO_WINDOW
        # No pipe a child could hold open: the output goes to a file.
        assert options["stdout"] is output and options["stderr"] == subprocess.STDOUT
        assert options["stdin"] == subprocess.DEVNULL and "start_new_session" not in options
    processes.kill_tree(proc, windows=True)
    assert ran[0][0] == ["taskkill", "/PID", "4242", "/T", "/F"]
    assert proc.returncode == 1  # killed directly too when taskkill left it


# --------------------------------------------------------------------------- folders
def test_a_folder_with_a_briefly_locked_file_is_removed_on_a_retry(tmp_path, monkeypatch):
    folder = tmp_path / "pengaduan-pdf-x"
    (folder / "soffice.log").parent.mkdir()
    (folder / "soffice.log").write_text("terkunci")
    real, attempts = processes.shutil.rmtree, []

    def locked_twice(path, *args, **kwargs):
        attempts.append(path)
        if len(attempts) <= 2:
            raise PermissionError(32, "The process cannot access the file because it is "
                                      "being used by another process", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(processes.shutil, "rmtree", locked_twice)
    monkeypatch.setattr(processes, "REMOVE_WAIT", 0.01)
    assert processes.remove_folder(folder, wait=0.01) and not folder.exists()
    assert len(attempts) == 3


def test_a_folder_that_stays_locked_gets_a_note_and_goes_at_the_next_start(tmp_path,
                                                                          monkeypatch,
                                                                          caplog):
    folder = tmp_path / "pengaduan-lo-x"
    folder.mkdir()
    (folder / "profil.lock").write_text("")
    real = processes.shutil.rmtree

    def locked(path, *args, **kwargs):
        raise PermissionError(32, "being used by another process", str(path))

    monkeypatch.setattr(processes.shutil, "rmtree", locked)
    assert not processes.remove_folder(folder, tries=3, wait=0.01)
    note = tmp_path / "pengaduan-lo-x.hapus"
    assert note.is_file() and "being used" in note.read_text()
    assert "not removed" in caplog.text
    assert processes.sweep_leftovers(tmp_path) == 0 and note.exists()  # still locked
    monkeypatch.setattr(processes.shutil, "rmtree", real)
    assert processes.sweep_leftovers(tmp_path) == 1
    assert not folder.exists() and not note.exists()


# --------------------------------------------------------------------------- real LibreOffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) not installed "
                    "(.ci/run installs libreoffice-writer-nogui)")
@pytest.mark.slow
def test_a_real_libreoffice_converts_a_naskah_and_stays_warm(registered, users, tmp_path,
                                                            cold_converters):
    from pypdf import PdfReader

    from app.naskah import versions
    from tests.conftest import advance_to

    complaint = advance_to(registered, users, 6)  # the nota dinas is drafted at step 6
    nd = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas")
    path = versions.export_docx(nd, tmp_path / "nd.docx")
    timings = []
    for _ in range(2):
        started = time.monotonic()
        pdf = convert_to_pdf(path, tmp_path / "pdf", timeout=120)
        timings.append(time.monotonic() - started)
        assert len(PdfReader(pdf).pages) >= 1
    office = converters.chain()[-1]
    assert office.running  # kept for the next conversion
    assert timings[1] < timings[0]
    converters.close_all()
    assert not office.running and not list(cold_converters.iterdir())
