"""Pengaduan: the Qt-free core (SOP, workflow, deadlines, database, documents).

Nothing in this package may import Qt; `ui/` renders what this package decides.
"""

__version__ = "0.1.0"
