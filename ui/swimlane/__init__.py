"""The SOP swimlane chart (PermenPAN-RB 35/2012 table form) drawn with Qt.

Embed `SwimlaneView` (`show_complaint(id)`, `show_blank(sop)`, signal `stepClicked(int)`);
`SwimlaneWindow` is the stand-alone window; `export_png`, `export_pdf`, `print_chart` write
or print a chart built by `app.swimlane`.
"""

from ui.swimlane._pyside_guard import guard_none_refcount

guard_none_refcount()

from ui.swimlane.export import export_pdf, export_png, print_chart  # noqa: E402
from ui.swimlane.view import SwimlaneView  # noqa: E402

__all__ = ["SwimlaneView", "export_pdf", "export_png", "print_chart"]
