"""The rules tests make six accounts per test; argon2 spends half a second on each. Each
password is hashed once per process instead (a real argon2 hash: logging in with it still
works), so a mutation run can afford to run these tests once per mutant."""

from __future__ import annotations

import functools

import pytest

from app.services import accounts

_hash = functools.cache(accounts.hash_password)


@pytest.fixture(autouse=True)
def hash_each_password_once(monkeypatch):
    monkeypatch.setattr(accounts, "hash_password", _hash)
