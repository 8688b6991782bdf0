"""Naskah dinas: the catalogue of types, templates and their sandbox, the render context,
versions, and conversion to PDF."""
