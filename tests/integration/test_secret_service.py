# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""KeyringSecretStore against a real gnome-keyring on a private D-Bus."""

from __future__ import annotations

import asyncio
import contextlib
import secrets

import pytest
import secretstorage

from messenger.core.model import SecretStorageStatus
from messenger.storage.secrets import KeyringSecretStore
from tests.testbed.secret_service import SecretService

PASSWORD = "real-keyring-Pässwörd"
TIMEOUT = 10.0


def _secrets_in_service(service: str, account_id: str) -> list[str]:
    """Look the item up with secretstorage, bypassing keyring and our store."""
    with contextlib.closing(secretstorage.dbus_init()) as conn:
        collection = secretstorage.get_default_collection(conn)
        items = collection.search_items({"service": service, "username": account_id})
        return [item.get_secret().decode() for item in items]


async def _in_service(service: str, account_id: str) -> list[str]:
    return await asyncio.to_thread(_secrets_in_service, service, account_id)


@pytest.mark.asyncio
async def test_round_trip(keyring_env: SecretService) -> None:
    service = f"messenger-test-{secrets.token_hex(4)}"
    account_id = "account-1"
    store = KeyringSecretStore(service)

    async with asyncio.timeout(TIMEOUT):
        await store.set_password(account_id, PASSWORD)
        assert store.status == SecretStorageStatus(
            persistent=True, backend="Secret Service", reason=""
        )
        assert await _in_service(service, account_id) == [PASSWORD]

        fresh = KeyringSecretStore(service)
        assert await fresh.get_password(account_id) == PASSWORD
        assert fresh.status.persistent is True

        await fresh.delete_password(account_id)
        assert await _in_service(service, account_id) == []
        assert await KeyringSecretStore(service).get_password(account_id) is None
        assert fresh.status.persistent is True


@pytest.mark.asyncio
async def test_locked_keyring_falls_back_to_memory(keyring_env: SecretService) -> None:
    service = f"messenger-test-{secrets.token_hex(4)}"
    store = KeyringSecretStore(service)
    seen: list[SecretStorageStatus] = []
    store.on_status_changed(seen.append)

    async with asyncio.timeout(TIMEOUT):
        await store.set_password("account-1", "stored-before")
        await asyncio.to_thread(keyring_env.lock)
        # Unlocking needs a prompt, and this private bus has no prompter.
        await store.set_password("account-1", PASSWORD)

        assert store.status.persistent is False
        assert "locked" in store.status.reason
        assert [s.persistent for s in seen] == [True, False]
        assert await store.get_password("account-1") == PASSWORD

        await asyncio.to_thread(keyring_env.unlock)
        assert await _in_service(service, "account-1") == ["stored-before"]
        await KeyringSecretStore(service).delete_password("account-1")


@pytest.mark.asyncio
async def test_vanished_service_falls_back_to_memory(
    keyring_env: SecretService, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = SecretService()
    try:
        await asyncio.to_thread(own.start)
        for name, value in own.env.items():
            monkeypatch.setenv(name, value)
        store = KeyringSecretStore()
        async with asyncio.timeout(TIMEOUT):
            await store.set_password("account-1", PASSWORD)
            assert store.status.persistent is True
            await asyncio.to_thread(own.stop)

            assert await store.get_password("account-1") == PASSWORD

        after = store.status
        assert after.persistent is False
        assert after.backend == "Secret Service"
        assert "Secret Service" in after.reason
    finally:
        await asyncio.to_thread(own.close)
