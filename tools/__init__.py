"""Developer scripts, run from the repository root as `python -m tools.NAME`: screenshots,
form compilation, template building, document and report images. Not installed, not
bundled; they may use the tests' helpers."""
