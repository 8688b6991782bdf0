"""Attachments on screen: the page viewer, the attach panel (file dialog, drag and drop,
scan folder) and the scan dialog. Business rules live in app.services.attachments and
app.files (filetypes, scanning)."""
