"""`python -m cli`: the `pengaduan` command."""

import sys

from cli.main import main

sys.exit(main())
