"""What the bundled executables run: the `pengaduan` command (no command: the GUI)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
