"""Word opens every naskah without repairing it: each bundled template and a naskah of each
type made from a real complaint (with the office's logo in the kop) pass openxml-audit's
schema, semantic and package checks. A finding the transitional schema allows would be
listed in ALLOWED with its reason; any other fails."""

from __future__ import annotations

import zipfile

import pytest
from openxml_audit import OpenXmlValidator

from app.naskah import templates, versions
from app.office.vocab import DOC_TYPES
from app.services import accounts, permissions, settings, sop_versions
from tests.app.naskah.reading import AT
from tests.app.naskah.test_logo import image
from tests.conftest import advance_to

# (part, element or attribute, start of the description) -> why it is not a defect.
# Empty: the templates and what rendering adds (docxtpl's runs, the logo's picture) give
# openxml-audit nothing to report. An entry needs its reason, e.g.
#   ("/word/document.xml", "val", "Attribute 'val' has invalid value 'true'"):
#       "ST_OnOff of the transitional schema allows true/false as well as 1/0",
ALLOWED: dict[tuple[str, str, str], str] = {}


def findings(path) -> list[str]:
    """Every finding of openxml-audit on the .docx at `path` that ALLOWED does not
    excuse, as readable lines."""
    result = OpenXmlValidator(max_errors=0).validate(path)
    return [f"{e.severity.value} {e.part_uri} {e.path} {e.node}: {e.description}"
            for e in result.errors
            if not any(e.part_uri == part and e.node == node and e.description.startswith(text)
                       for part, node, text in ALLOWED)]


@pytest.mark.parametrize("doc_type", sorted(DOC_TYPES))
def test_every_bundled_template_is_valid_ooxml(doc_type):
    assert findings(templates.bundled_template(doc_type)) == []


def test_a_naskah_of_each_type_from_a_real_complaint_is_valid_ooxml(registered, users,
                                                                    tmp_path):
    settings.set_office_logo(image("PNG", (120, 90)), filename="logo.png",
                             actor=accounts.COMMAND_LINE)
    sop = sop_versions.sop_of(registered)
    complaint = registered
    for doc_type in sorted(DOC_TYPES, key=lambda t: min(permissions.naskah_steps(sop, t))):
        complaint = advance_to(complaint, users, min(permissions.naskah_steps(sop, doc_type)))
        made = versions.generate(users["kasubag_pphti"], complaint.id, doc_type, at=AT)
        path = versions.export_docx(made, tmp_path / f"{doc_type}.docx")
        assert findings(path) == [], doc_type
        with zipfile.ZipFile(path) as archive:  # the logo, in the kop
            assert archive.read("word/document.xml").count(b"<pic:pic") == 1, doc_type


def test_the_allowed_findings_each_give_their_reason():
    assert all(reason.strip() for reason in ALLOWED.values())
