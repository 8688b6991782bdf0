# Runtime hook: qtpy (qtawesome's Qt layer) must pick PySide6, the only binding bundled,
# without first trying the others.
import os

os.environ["QT_API"] = "pyside6"
