"""The core stays Qt-free: importing every module of app/ loads no Qt binding."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import app

QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtawesome", "qtpy")


def test_no_module_in_app_imports_qt():
    modules = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
    assert "app.services.workflow" in modules
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            f"print([q for q in {QT!r} if q in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_no_source_line_in_app_mentions_a_qt_import():
    root = Path(app.__file__).parent
    offenders = [f"{path.name}:{n}" for path in root.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if line.lstrip().startswith(("import ", "from "))
                 and any(q in line for q in QT)]
    assert offenders == []
