"""The catalogue of naskah variables, in step with the templates' README."""

from __future__ import annotations

from app.naskah import catalogue, templates


def test_readme_documents_every_variable():
    readme = (templates.bundled_template("nota_dinas").parent / "README.md").read_text()
    missing = [name for name in catalogue.VARIABLES if f"`{name}`" not in readme]
    assert not missing
