"""The parts of the case screen (`ui.case_view.CaseDialog`): the actions and their dialog,
the attachments, and the documents (naskah dinas), each a section of the one Designer form."""
