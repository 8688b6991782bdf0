"""What the bundled executables run: the `pengaduan` command (no command: the GUI).

Everything runs under cli.startup.guarded: faulthandler writes to the user's crash.log, and
a failure to start (PySide6 not loading, above all) is logged and shown in a message box
by the windowed Pengaduan.exe, which has no console, with exit code 1. Should even the
guard not import, a last message box (Windows) or stderr says so.
"""

import sys


def _run_cli() -> int:
    from cli.main import main

    return main()


def _last_resort(exc: BaseException) -> int:
    text = f"Pengaduan tidak dapat dimulai:\n{type(exc).__name__}: {exc}"
    try:
        if sys.platform == "win32" and (sys.stderr is None or sys.stdout is None):
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, text, "Pengaduan", 0x10)
        elif sys.stderr is not None:
            print(text, file=sys.stderr)
    except Exception:  # noqa: BLE001 - nothing is left to report with; the code says it
        return 1
    return 1


if __name__ == "__main__":
    try:
        from cli.startup import guarded
    except Exception as exc:  # noqa: BLE001 - a bundle missing its own modules
        sys.exit(_last_resort(exc))
    sys.exit(guarded(_run_cli))
