# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Account passwords: in the OS keyring through ``keyring``, else in memory.

``KeyringSecretStore`` is the app's store. Keyring backends block (an unlock
prompt waits for the user), so every keyring call runs in ``asyncio.to_thread``.
When no secure keyring exists, or the keyring fails (locked, prompt dismissed,
D-Bus gone), the store keeps passwords in memory for the rest of the session and
says so in ``status``, which listeners hear about. Passwords never reach the logs
(only account ids and error types do) and never touch the disk outside the
keyring. ``MemorySecretStore`` is the in-memory store on its own, for tests.

Both implement ``messenger.core.interfaces.SecretStore`` structurally.

``keyring`` is imported only in the functions that run in the worker thread
(the probe, the delete): importing it and its backends takes tens of
milliseconds, which must not hold up the GUI's first frame or the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from messenger.core.model import SecretStorageStatus

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

MEMORY_REASON = "No system keyring is in use."
NO_KEYRING_REASON = "No system keyring was found."
# Below this priority keyring calls a backend "not recommended" (plain text files,
# the null keyring): no place for passwords.
MIN_PRIORITY = 1.0

_BACKEND_NAMES = {
    "keyring.backends.SecretService": "Secret Service",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Locker",
    "keyring.backends.fail": "none",
    "keyring.backends.null": "none",
}


StatusListener = Callable[[SecretStorageStatus], None]


def backend_name(backend: KeyringBackend) -> str:
    """A human-readable name for a keyring backend."""
    from keyring.backends.chainer import ChainerBackend  # noqa: PLC0415 (see above)

    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        return backend_name(chained[0]) if chained else "none"
    module = type(backend).__module__
    for prefix, name in _BACKEND_NAMES.items():
        if module == prefix or module.startswith(prefix + "."):
            return name
    return str(type(backend).__name__)


def _priority(backend: KeyringBackend) -> float:
    """The backend's priority; a backend that cannot say is unusable."""
    try:
        return float(backend.priority)
    except Exception:  # noqa: BLE001 - backends signal "not here" by raising anything
        return -1.0


def _check_backend(backend: KeyringBackend) -> str:
    """Return why ``backend`` cannot hold passwords, or "" when it can."""
    from keyring.backends import fail  # noqa: PLC0415 (see the module docstring)
    from keyring.backends.chainer import ChainerBackend  # noqa: PLC0415

    if isinstance(backend, fail.Keyring):
        return NO_KEYRING_REASON
    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return NO_KEYRING_REASON
        priority = max(_priority(b) for b in chained)
    else:
        priority = _priority(backend)
    if priority < MIN_PRIORITY:
        return (
            f"The only keyring found ({backend_name(backend)}) does not keep "
            "passwords safe."
        )
    return ""


def _failure_reason(name: str, exc: BaseException) -> str:
    # Only called after a keyring call failed: the probe (in the worker thread)
    # imported keyring already, so this import is a lookup in sys.modules.
    from keyring.errors import InitError  # noqa: PLC0415
    from keyring.errors import KeyringLocked  # noqa: PLC0415

    if isinstance(exc, KeyringLocked):
        return f"The system keyring ({name}) is locked and was not unlocked."
    if isinstance(exc, InitError):
        return f"The system keyring ({name}) could not be opened."
    return f"The system keyring ({name}) stopped working."


def _delete_entry(backend: KeyringBackend, service: str, account_id: str) -> bool:
    """Delete one entry; False when there was none. Runs in the worker thread."""
    from keyring.errors import PasswordDeleteError  # noqa: PLC0415 (see above)

    try:
        backend.delete_password(service, account_id)
    except PasswordDeleteError:
        return False
    return True


class MemorySecretStore:
    """Passwords in a dict for this process only; never persistent."""

    def __init__(self, reason: str = MEMORY_REASON) -> None:
        self._passwords: dict[str, str] = {}
        self._status = SecretStorageStatus(
            persistent=False, backend="none", reason=reason
        )

    @property
    def status(self) -> SecretStorageStatus:
        return self._status

    async def get_password(self, account_id: str) -> str | None:
        return self._passwords.get(account_id)

    async def set_password(self, account_id: str, password: str) -> None:
        self._passwords[account_id] = password

    async def delete_password(self, account_id: str) -> None:
        self._passwords.pop(account_id, None)

    async def probe(self) -> SecretStorageStatus:
        """Nothing to find out: memory is always there."""
        return self._status

    def on_status_changed(self, callback: StatusListener) -> None:
        """The status of a memory store never changes: nothing to tell."""

    def remove_status_listener(self, callback: StatusListener) -> None:
        """Nothing to remove: see ``on_status_changed``."""


class KeyringSecretStore:
    """Passwords in the OS keyring under ``service``, one entry per account id.

    The first use (or ``probe()``) checks ``keyring.get_keyring()``, or the
    ``backend`` given for tests. The fail backend, a chain without backends and
    backends below priority 1 (plain-text keyrings) are unusable. Unusable, or
    any keyring error later, switches the store to memory for the rest of the
    session; ``status`` then says why and ``on_status_changed`` listeners are
    told. Passwords read or written in this session stay available after the
    switch.
    """

    def __init__(
        self, service: str = "messenger", *, backend: KeyringBackend | None = None
    ) -> None:
        self.service = service
        self._requested_backend = backend
        self._backend: KeyringBackend | None = None
        self._backend_name = "none"  # of the backend checked, usable or not
        self._memory = MemorySecretStore()
        self._probed = False
        self._probe_lock = asyncio.Lock()
        self._listeners: list[StatusListener] = []
        self._status = SecretStorageStatus(
            persistent=False,
            backend="none",
            reason="The system keyring has not been checked yet.",
            checked=False,
        )

    @property
    def status(self) -> SecretStorageStatus:
        return self._status

    def on_status_changed(self, callback: StatusListener) -> None:
        """Call ``callback(status)`` on every status change, in the event loop."""
        self._listeners.append(callback)

    def remove_status_listener(self, callback: StatusListener) -> None:
        """Stop calling ``callback``; unknown callbacks are ignored."""
        if callback in self._listeners:
            self._listeners.remove(callback)

    async def probe(self) -> SecretStorageStatus:
        """Check the keyring once (later calls return the known status)."""
        async with self._probe_lock:
            if not self._probed:
                await self._probe()
                self._probed = True
        return self._status

    async def get_password(self, account_id: str) -> str | None:
        backend = await self._usable_backend()
        if backend is not None:
            try:
                password = await asyncio.to_thread(
                    backend.get_password, self.service, account_id
                )
            except Exception as exc:  # noqa: BLE001 - any backend error means fall back
                self._fall_back_after("get", account_id, exc)
            else:
                if password is None:
                    await self._memory.delete_password(account_id)
                else:
                    await self._memory.set_password(account_id, password)
                return password
        return await self._memory.get_password(account_id)

    async def set_password(self, account_id: str, password: str) -> None:
        backend = await self._usable_backend()
        await self._memory.set_password(account_id, password)
        if backend is None:
            return
        try:
            await asyncio.to_thread(
                backend.set_password, self.service, account_id, password
            )
        except Exception as exc:  # noqa: BLE001 - any backend error means fall back
            self._fall_back_after("set", account_id, exc)
        else:
            log.debug("Stored the password of %s in the keyring", account_id)

    async def delete_password(self, account_id: str) -> None:
        backend = await self._usable_backend()
        await self._memory.delete_password(account_id)
        if backend is None:
            return
        try:
            deleted = await asyncio.to_thread(
                _delete_entry, backend, self.service, account_id
            )
        except Exception as exc:  # noqa: BLE001 - any backend error means fall back
            self._fall_back_after("delete", account_id, exc)
            return
        if deleted:
            log.debug("Deleted the password of %s from the keyring", account_id)
        else:
            log.debug("No password of %s in the keyring to delete", account_id)

    async def _usable_backend(self) -> KeyringBackend | None:
        await self.probe()
        return self._backend

    async def _probe(self) -> None:
        try:
            backend, name, reason = await asyncio.to_thread(self._inspect)
        except Exception as exc:  # noqa: BLE001 - keyring set-up fails in many ways
            log.warning("Could not load a keyring backend (%s)", type(exc).__name__)
            backend, name, reason = None, "none", "No system keyring could be loaded."
        self._backend_name = name
        if reason or backend is None:
            log.warning("No usable keyring (%s): %s", self._backend_name, reason)
            self._set_status(
                SecretStorageStatus(
                    persistent=False,
                    backend=self._backend_name,
                    reason=reason,
                )
            )
            return
        log.info("Passwords go to the keyring: %s", self._backend_name)
        self._backend = backend
        self._set_status(
            SecretStorageStatus(persistent=True, backend=self._backend_name, reason="")
        )

    def _inspect(self) -> tuple[KeyringBackend, str, str]:
        """Return (backend, its name, why unusable or "").

        Runs in a thread: backends may talk to D-Bus just to say if they work.
        """
        backend = self._requested_backend
        if backend is None:
            import keyring  # noqa: PLC0415 (see the module docstring)

            backend = keyring.get_keyring()
        return backend, backend_name(backend), _check_backend(backend)

    def _fall_back_after(self, operation: str, account_id: str, exc: Exception) -> None:
        # Only the error type: messages of some backends quote their input.
        log.warning(
            "Keyring %s for %s failed (%s); passwords stay in memory from now on",
            operation,
            account_id,
            type(exc).__name__,
        )
        if self._backend is None:
            return
        self._backend = None
        reason = _failure_reason(self._backend_name, exc)
        self._set_status(
            SecretStorageStatus(
                persistent=False,
                backend=self._backend_name,
                reason=reason,
            )
        )

    def _set_status(self, status: SecretStorageStatus) -> None:
        if status == self._status:
            return
        self._status = status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:
                log.exception("A secret store status listener failed")
