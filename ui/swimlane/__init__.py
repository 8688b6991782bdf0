"""The SOP swimlane chart (PermenPAN-RB 35/2012 table form) drawn with Qt.

Embed `SwimlaneView` (`show_complaint(id)`, `show_blank(sop)`, signal `stepClicked(int)`);
`SwimlaneWindow` is the stand-alone window; `export_png`, `export_pdf`, `print_chart` write
or print a chart built by `app.services.swimlane`.
"""

from ui.swimlane.export import export_pdf, export_png, print_chart
from ui.swimlane.view import SwimlaneView

__all__ = ["SwimlaneView", "export_pdf", "export_png", "print_chart"]
