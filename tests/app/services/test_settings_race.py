"""Two administrators saving the office's settings at once (two workstations on one
database): the second is compared with what the first stored, not with what was there before
the first committed, and the audit names the value it really replaced."""

from __future__ import annotations

import json

import pytest

from app.errors import ValidationError
from app.services import settings, settings_form
from app.store.models import AuditEntry, User
from tests.app.elsewhere import committing_elsewhere

KEY, LABEL = "office_city", "Kota"


def save(admin, value: str, loaded: str) -> None:
    settings_form.save({KEY: value}, actor=admin, loaded={KEY: loaded}, labels={KEY: LABEL})


def test_a_save_committing_elsewhere_is_waited_for_and_then_refuses_this_one(db, users):
    admin = User.get_by_id(users["admin"].id)
    before = settings.current().office_city
    with committing_elsewhere(lambda: save(admin, "Sungailiat", before)), \
            pytest.raises(ValidationError, match="telah diubah di komputer lain"):
        save(admin, "Muntok", before)  # this page was opened before the other save
    assert settings.current().office_city == "Sungailiat"
    # Saved again from a page showing the new value: accepted, the audit says from what.
    save(admin, "Muntok", "Sungailiat")
    entry = (AuditEntry.select().where(AuditEntry.action == "pengaturan.ubah")
             .order_by(AuditEntry.seq.desc()).first())
    assert json.loads(entry.detail) == {"kunci": KEY, "lama": "Sungailiat", "baru": "Muntok"}
