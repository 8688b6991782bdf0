"""Every office setting an administrator saves is checked, with the reason in Indonesian,
and nothing changes when it is refused (issue 16 review: tiers, numbers, lanes, texts)."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.services import accounts, settings

CASES = [
    ("tiers", {"sederhana": {"nama": "x", "hari_kerja": "lima"}}, "hari_kerja harus"),
    ("tiers", {}, "sekurang-kurangnya satu"),
    ("attachment_max_mb", -5, "harus angka dari"),
    ("due_soon_days", 1000, "harus angka dari"),
    ("confidential_viewers", ["siapa_saja"], "tidak ada dalam SOP"),
    ("confidential_viewers", ["kakanwil", 3], "daftar kode jabatan"),
    ("office_name", "KANTOR WILAYAH\nBARIS DUA", "satu baris"),
]


@pytest.mark.parametrize("key, value, reason", CASES, ids=[c[0] for c in CASES])
def test_a_bad_setting_is_refused_with_its_reason(db, users, key, value, reason):
    before = getattr(settings.current(), key)
    with pytest.raises(ValidationError, match=reason):
        settings.put(key, value, actor=accounts.COMMAND_LINE)
    assert getattr(settings.current(), key) == before


def test_a_tier_in_use_by_an_open_complaint_cannot_be_removed(registered):
    tiers = settings.current().tiers
    kept = {k: v for k, v in tiers.items() if k != registered.tier}
    with pytest.raises(ValidationError, match="masih dipakai"):
        settings.put("tiers", kept, actor=accounts.COMMAND_LINE)
    settings.put("tiers", tiers | {"baru": {"nama": "Tingkat baru", "hari_kerja": 7}},
                 actor=accounts.COMMAND_LINE)
    assert settings.tier_days("baru") == 7
