# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A real ``LocalCore`` on in-memory storage whose network is the
``ScriptedBackend`` test double: the set-up GUI tests share."""

from __future__ import annotations

import asyncio
from pathlib import Path

from messenger.core.interfaces import BackendFactory
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import ProtocolKind
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend

TIMEOUT = 5.0


async def memory_core(cache_dir: Path) -> tuple[LocalCore, BackendRecorder]:
    """A started core (``:memory:`` store, memory secrets) with scripted XMPP."""
    recorder = BackendRecorder()
    backends: dict[ProtocolKind, BackendFactory] = {ProtocolKind.XMPP: recorder}
    core = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), backends, cache_dir)
    await core.start()
    return core, recorder


async def scripted_account(
    core: LocalCore,
    recorder: BackendRecorder,
    address: str = "romeo@montague.example",
    *,
    display_name: str = "",
    contacts: dict[Address, str] | None = None,
) -> tuple[Account, ScriptedBackend]:
    """Add an account, wait until its backend is built, give it ``contacts``."""
    account = await core.add_account(
        ProtocolKind.XMPP, address, display_name=display_name
    )
    async with asyncio.timeout(TIMEOUT):
        while account.id not in recorder.built:  # noqa: ASYNC110 (no event for it)
            await asyncio.sleep(0)
    backend = recorder.built[account.id]
    if contacts:
        roster = [
            Contact(account_id=account.id, address=contact, name=name)
            for contact, name in contacts.items()
        ]
        await backend.sink.roster_received(roster, complete=True)
    return account, backend
