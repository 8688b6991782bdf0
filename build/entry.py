"""What the bundled executables run: the `pengaduan` command (no command: the GUI)."""

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
