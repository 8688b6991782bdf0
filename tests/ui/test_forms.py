"""Every Designer form's committed Python matches what pyside6-uic generates from its .ui."""

from __future__ import annotations

import pytest

from tools import build_forms

FORMS = build_forms.ui_files()


def test_every_form_is_compiled():
    assert FORMS, "no .ui files found"
    for ui_file in FORMS:
        assert build_forms.target_of(ui_file).exists(), f"{ui_file.name} was never compiled"


@pytest.mark.parametrize("ui_file", FORMS, ids=[f.stem for f in FORMS])
def test_generated_code_matches_its_ui_file(ui_file, tmp_path):
    generated = build_forms.compile_form(ui_file)
    (tmp_path / f"ui_{ui_file.stem}.py").write_text(generated, encoding="utf-8")
    committed = build_forms.target_of(ui_file).read_text(encoding="utf-8")
    assert build_forms.normalized(committed) == build_forms.normalized(generated), (
        f"{build_forms.target_of(ui_file).name} is stale: run python -m tools.build_forms")


def test_object_names_are_english_snake_case():
    import re
    import xml.etree.ElementTree as ET

    for ui_file in FORMS:
        root = ET.parse(ui_file).getroot()
        top = root.find("widget").get("name")
        for element in root.iter():
            name = element.get("name")
            if element.tag in ("widget", "layout", "action", "spacer") and name != top:
                assert re.fullmatch(r"[a-z][a-z0-9_]*", name), f"{ui_file.name}: {name}"
