# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Unit tests of the password stores, without any real keyring.

tests/conftest.py selects keyring's fail backend, the headless default. Stand-in
backends are plain classes passed in with ``cast``: subclasses of KeyringBackend
would join keyring's global backend registry for the whole test session.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import cast

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.backends import null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import InitError
from keyring.errors import KeyringLocked
from keyring.errors import PasswordDeleteError

from messenger.core.interfaces import SecretStore
from messenger.core.model import SecretStorageStatus
from messenger.storage.secrets import MEMORY_REASON
from messenger.storage.secrets import KeyringSecretStore
from messenger.storage.secrets import MemorySecretStore

PASSWORD = "s3cret-Pässword-that-must-not-leak"


class DictBackend:
    """A working keyring stand-in; ``fail_with`` makes every call raise."""

    priority = 5.0

    def __init__(self, fail_with: Exception | None = None) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.fail_with = fail_with
        self.calls = 0

    def _maybe_fail(self) -> None:
        self.calls += 1
        if self.fail_with is not None:
            raise self.fail_with

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail()
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail()
        self.items[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail()
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class PlaintextBackend(DictBackend):
    """Like keyrings.alt's plain-text file keyring: works, but is not secure."""

    priority = 0.5


def as_backend(backend: DictBackend) -> KeyringBackend:
    return cast(KeyringBackend, backend)


@pytest.fixture(autouse=True)
def fail_keyring() -> Iterator[None]:
    """keyring's global backend is the fail backend, whatever ran before."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)


def test_stores_match_the_core_protocol() -> None:
    stores: list[SecretStore] = [KeyringSecretStore(), MemorySecretStore()]
    assert len(stores) == 2


@pytest.mark.asyncio
async def test_fail_backend_falls_back_to_memory() -> None:
    assert isinstance(keyring.get_keyring(), fail.Keyring)
    store = KeyringSecretStore()

    status = await store.probe()

    assert status == store.status
    assert status.persistent is False
    assert status.backend == "none"
    assert status.reason == "No system keyring was found."


@pytest.mark.asyncio
async def test_round_trip_in_memory_after_fallback() -> None:
    store = KeyringSecretStore()

    await store.set_password("acc-1", PASSWORD)
    assert await store.get_password("acc-1") == PASSWORD
    assert await store.get_password("acc-2") is None
    await store.delete_password("acc-1")
    assert await store.get_password("acc-1") is None
    await store.delete_password("acc-1")  # deleting twice is fine
    assert store.status.persistent is False


@pytest.mark.asyncio
async def test_password_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for backend in (None, DictBackend(), DictBackend(fail_with=KeyringLocked("x"))):
        store = KeyringSecretStore(
            backend=None if backend is None else as_backend(backend)
        )
        await store.set_password("acc-log", PASSWORD)
        assert await store.get_password("acc-log") == PASSWORD
        await store.delete_password("acc-log")

    assert "acc-log" in caplog.text  # the store does log, by account id
    assert PASSWORD not in caplog.text
    for record in caplog.records:
        assert PASSWORD not in repr(record.args)


@pytest.mark.asyncio
async def test_working_backend_is_persistent() -> None:
    backend = DictBackend()
    store = KeyringSecretStore("messenger-test", backend=as_backend(backend))

    await store.set_password("acc", PASSWORD)

    assert store.status == SecretStorageStatus(
        persistent=True, backend="DictBackend", reason=""
    )
    assert backend.items == {("messenger-test", "acc"): PASSWORD}
    assert await store.get_password("acc") == PASSWORD
    await store.delete_password("acc")
    assert backend.items == {}
    await store.delete_password("acc")  # PasswordDeleteError means "not there"
    assert store.status.persistent is True


@pytest.mark.asyncio
async def test_low_priority_backend_is_not_used() -> None:
    backend = PlaintextBackend()
    store = KeyringSecretStore(backend=as_backend(backend))

    await store.set_password("acc", PASSWORD)

    assert store.status.persistent is False
    assert "does not keep passwords safe" in store.status.reason
    assert backend.items == {}
    assert await store.get_password("acc") == PASSWORD


@pytest.mark.asyncio
async def test_null_backend_is_not_used() -> None:
    store = KeyringSecretStore(backend=null.Keyring())  # type: ignore[no-untyped-call]

    status = await store.probe()

    assert status.persistent is False
    assert status.backend == "none"


@pytest.mark.asyncio
async def test_empty_chainer_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [])
    store = KeyringSecretStore(backend=ChainerBackend())  # type: ignore[no-untyped-call]

    status = await store.probe()

    assert status.persistent is False
    assert "No system keyring was found" in status.reason


@pytest.mark.asyncio
async def test_chainer_takes_the_name_of_its_best_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [DictBackend(), PlaintextBackend()])
    store = KeyringSecretStore(backend=ChainerBackend())  # type: ignore[no-untyped-call]

    status = await store.probe()

    assert status == SecretStorageStatus(
        persistent=True, backend="DictBackend", reason=""
    )


@pytest.mark.asyncio
async def test_error_on_set_falls_back_and_notifies() -> None:
    backend = DictBackend()
    store = KeyringSecretStore(backend=as_backend(backend))
    seen: list[SecretStorageStatus] = []
    store.on_status_changed(seen.append)
    await store.set_password("early", "known-before")
    backend.fail_with = KeyringLocked("Failed to unlock the collection!")

    await store.set_password("acc", PASSWORD)

    assert store.status.persistent is False
    assert store.status.backend == "DictBackend"
    assert "locked" in store.status.reason
    assert [s.persistent for s in seen] == [True, False]
    assert await store.get_password("acc") == PASSWORD
    # Passwords seen before the failure stay usable.
    assert await store.get_password("early") == "known-before"
    calls = backend.calls
    await store.set_password("acc", "another")
    assert backend.calls == calls  # the broken keyring is left alone
    assert len(seen) == 2


@pytest.mark.asyncio
async def test_error_on_get_falls_back() -> None:
    backend = DictBackend(fail_with=InitError("D-Bus is gone"))
    store = KeyringSecretStore(backend=as_backend(backend))

    assert await store.get_password("acc") is None

    assert store.status.persistent is False
    assert "could not be opened" in store.status.reason


@pytest.mark.asyncio
async def test_any_error_on_delete_falls_back() -> None:
    store = KeyringSecretStore(backend=as_backend(DictBackend(fail_with=OSError())))

    await store.delete_password("acc")

    assert store.status.persistent is False
    assert "stopped working" in store.status.reason


@pytest.mark.asyncio
async def test_unsubscribed_and_failing_listeners() -> None:
    store = KeyringSecretStore(backend=as_backend(DictBackend(fail_with=OSError())))
    seen: list[SecretStorageStatus] = []

    def broken(status: SecretStorageStatus) -> None:
        raise RuntimeError("listener bug")

    store.on_status_changed(broken)
    store.on_status_changed(seen.append)
    later: list[SecretStorageStatus] = []
    store.on_status_changed(later.append)
    await store.probe()
    store.remove_status_listener(seen.append)
    store.remove_status_listener(seen.append)  # twice is harmless

    await store.get_password("acc")

    assert len(seen) == 1
    assert [s.persistent for s in later] == [True, False]


@pytest.mark.asyncio
async def test_concurrent_first_use_probes_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    probes = 0

    def counting_get_keyring() -> KeyringBackend:
        nonlocal probes
        probes += 1
        return fail.Keyring()  # type: ignore[no-untyped-call]

    monkeypatch.setattr(keyring, "get_keyring", counting_get_keyring)
    store = KeyringSecretStore()

    await asyncio.gather(
        store.get_password("a"), store.set_password("b", "x"), store.probe()
    )

    assert probes == 1


@pytest.mark.asyncio
async def test_memory_store() -> None:
    store = MemorySecretStore()

    assert store.status == SecretStorageStatus(
        persistent=False, backend="none", reason=MEMORY_REASON
    )
    assert store.status.reason == "No system keyring is in use."
    await store.set_password("acc", PASSWORD)
    assert await store.get_password("acc") == PASSWORD
    await store.delete_password("acc")
    assert await store.get_password("acc") is None
