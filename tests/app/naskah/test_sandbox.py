"""The naskah sandbox against a hostile template (issue 15, defect 1): nothing live in the
render context (the logo is put in after rendering), lists and dicts cannot be changed, a
render has a budget of steps, size and time that stops loops, repetition and doubling, and
validation renders exactly as a real render does, so a payload cannot hide from it."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import textwrap
import zipfile

import docx
import pytest
from PIL import Image

from app.naskah import templates
from app.naskah.context import build_context
from app.services import accounts, settings

CLI = accounts.COMMAND_LINE


def template(*lines: str, header: str | None = None) -> bytes:
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    if header is not None:
        doc.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def png(size=(60, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "PNG")
    return out.getvalue()


def media(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [archive.read(n) for n in archive.namelist() if n.startswith("word/media/")]


# --------------------------------------------------------------------------- no live objects

# Today's escape: the logo was a docxtpl InlineImage holding the live DocxTemplate, whose
# public methods write files. Guarded, so that validation's sample logo ("") never fires.
ESCAPES = [
    "{{ logo }}{% if logo.tpl is defined %}{{ logo.tpl.write_xml(target) }}{% endif %}",
    "{{ logo }}{% if logo.tpl is defined %}{{ logo.tpl.save(target) }}{% endif %}",
    "{{ logo }}{% if logo.tpl is defined %}{{ logo.tpl.docx.save(target) }}{% endif %}",
]


@pytest.mark.parametrize("payload", ESCAPES)
def test_a_template_cannot_write_files_through_the_logo(registered, tmp_path, payload):
    settings.set_office_logo(png(), filename="logo.png", actor=CLI)
    target = tmp_path / "ditulis.xml"
    hostile = template(payload.replace("target", json.dumps(str(target)).replace('"', "'")))
    context = build_context(registered, "nota_dinas")
    with contextlib.suppress(templates.TemplateError):  # refusing is as good as nothing
        templates.render(hostile, context)
    assert not target.exists()
    assert all(isinstance(v, str | bool | int | list | bytes) for v in context.values())


def test_the_logo_is_still_printed_in_the_body_and_the_header(db):
    logo = png()
    out = templates.render(template("Kop: {{ logo }} selesai", "{{ logo }}{{ logo }}",
                                    header="{{ logo }} Kepala"), {"logo": logo})
    document = docx.Document(io.BytesIO(out))
    assert len(document.inline_shapes) == 3  # body
    header = document.sections[0].header
    assert header.paragraphs[0].text == " Kepala"
    assert header._element.xpath(".//pic:pic")  # header
    assert document.paragraphs[0].text == "Kop:  selesai"  # the text around stays
    assert set(media(out)) == {logo}
    # Nothing where there is no logo, and no mark left anywhere.
    out = templates.render(template("[{{ logo }}]"), {"logo": ""})
    assert docx.Document(io.BytesIO(out)).paragraphs[0].text == "[]" and not media(out)
    with zipfile.ZipFile(io.BytesIO(templates.render(template("{{ logo }}"), {"logo": logo}))
                         ) as archive:
        assert not any(b"LOGO" in archive.read(n) for n in archive.namelist())


def test_a_value_cannot_smuggle_wordprocessingml_in(db):
    from markupsafe import Markup

    out = templates.render(template("{{ uraian }}"),
                           {"uraian": Markup("</w:t></w:r><w:r><w:t>SISIPAN"), "logo": ""})
    assert docx.Document(io.BytesIO(out)).paragraphs[0].text == "</w:t></w:r><w:r><w:t>SISIPAN"


def test_lists_and_dicts_in_the_context_cannot_be_changed(db):
    for payload in ("{% if tembusan.append(1) %}{% endif %}",
                    "{% if paraf[0].update({'nama': 'X'}) %}{% endif %}",
                    "{% set x = [] %}{% if x.append(1) %}{% endif %}"):
        with pytest.raises(templates.TemplateError, match="append|update"):
            templates.render(template(payload), {"tembusan": ["a"], "paraf": [{"nama": "a"}]})


# --------------------------------------------------------------------------- the budget

# Each runs in its own process with a memory ceiling, so that today's unbounded render fails
# (MemoryError, killed, or out of time) instead of taking the machine down.
EXHAUSTING = {
    "nested loops": "{% for a in uraian %}{% for b in uraian %}{% endfor %}{% endfor %}",
    "growing list": "{% set x = [] %}{% for a in uraian %}{% for b in uraian %}"
                    "{% if x.append(1) %}{% endif %}{% endfor %}{% endfor %}",
    "range": "{% for i in range(10**9) %}x{% endfor %}",
    "repetition": "{{ 'a' * 10**9 }}",
    "output": "{% for a in uraian %}{{ uraian }}{% endfor %}",
    "doubling": "{% set s = uraian ~ uraian %}" + "{% set s = s ~ s %}" * 20 + "{{ s }}",
    "replace": "{{ uraian.replace('', uraian) }}",
    "replace filter": "{{ uraian|replace('', uraian) }}",
    "join": "{{ uraian.join(uraian) }}",
    "width": "{{ 'x'.center(10**10) }}",
    "format": "{{ '{:>9999999999}'.format(1) }}",
    "percent": "{{ '%09999999999d' % 1 }}",
    "big numbers": "{% set n = 10**60 %}" + "{% set n = n * n %}" * 40 + "{{ n > 1 }}",
    "recursion": "{% for a in uraian recursive %}{{ loop(uraian) }}{% endfor %}",
}

_RUN = textwrap.dedent("""
    import io, json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    import docx
    from app.naskah import templates
    doc = docx.Document()
    doc.add_paragraph(sys.argv[1])
    data = io.BytesIO()
    doc.save(data)
    context = {"uraian": "u" * 100_000, "logo": ""}
    try:
        templates.render(data.getvalue(), context)
        outcome = "rendered"
    except templates.TemplateError as exc:
        outcome = "refused: " + str(exc)
    except BaseException as exc:
        outcome = "crashed: " + type(exc).__name__
    # VmHWM: ru_maxrss would carry over the parent's peak through fork and exec.
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status
                    if line.startswith("VmHWM")) // 1024
    print(json.dumps({"outcome": outcome, "peak_mb": peak}))
""")


@pytest.mark.skipif(sys.platform != "linux", reason="measured with rlimit and /proc")
@pytest.mark.parametrize("payload", EXHAUSTING.values(), ids=EXHAUSTING.keys())
def test_a_template_that_would_exhaust_memory_or_time_is_stopped(payload):
    try:
        done = subprocess.run([sys.executable, "-c", _RUN, payload], capture_output=True,
                              text=True, timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("the render ran for more than 90 s")
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(payload[:40], result)
    assert result["outcome"].startswith("refused:"), result
    assert result["peak_mb"] < 400, result


def test_a_real_naskah_stays_well_inside_the_budget(registered):
    for doc_type in ("nota_dinas", "lembar_disposisi", "hasil_telaahan", "surat_tanggapan",
                     "tanda_terima"):
        templates.render(templates.template_bytes(doc_type),
                         build_context(registered, doc_type, extra={"uraian": "u" * 200_000}))


# --------------------------------------------------------------------------- validation

# Each fails only on values that look real: the number of a real pattern, a real register
# number, the office's logo. Validation with fixed sample values let them all through.
HIDDEN = [
    "{% if '<' not in nomor %}{{ nomor.tidak_ada() }}{% endif %}",
    "{% if 'contoh' not in nomor_register %}{{ nomor_register.tidak_ada() }}{% endif %}",
    "{% if logo %}{{ logo.tidak_ada() }}{% endif %}",
    "{% if pelapor_nama|length < 20 %}{{ pelapor_nama.tidak_ada() }}{% endif %}",
]


@pytest.mark.parametrize("payload", HIDDEN)
def test_validation_cannot_be_told_apart_from_a_real_render(registered, payload):
    settings.set_office_logo(png(), filename="logo.png", actor=CLI)
    with pytest.raises(templates.TemplateError, match="tidak dapat diisi"):
        templates.validate_template(template("{{ nomor }}", payload), "nota_dinas")


def test_validation_in_an_empty_database_uses_random_values(db):
    trials = [templates._trial_context("nota_dinas") for _ in range(5)]
    assert trials[0].keys() == build_context.__globals__["VARIABLES"].keys()
    assert len({t["uraian"] for t in trials}) == 5
    assert not any("contoh" in str(t) for t in trials)
    with pytest.raises(templates.TemplateError, match="tidak dapat diisi"):
        templates.validate_template(template("{{ nomor }}", "{{ uraian.tidak_ada() }}"),
                                    "nota_dinas")
